"""Claim extraction: story text and its dateline in, claims out.

``extract(text, dateline)`` finds every checkable claim in a story: dates
(TimeML TIMEX3, resolved against the dateline or the post a quote came from),
ages with their subject, quotes with their speaker, the posts they came from
and the people named. Pure Python: no Django import and no I/O (a test
enforces it), so it runs the same in the importer, the CLI and benchmarks.
"""

from __future__ import annotations

from .pipeline import extract, parse_seed_header
from .types import AgeClaim, DateClaim, Extraction, Person, Post, QuoteClaim

__all__ = [
    "AgeClaim",
    "DateClaim",
    "Extraction",
    "Person",
    "Post",
    "QuoteClaim",
    "extract",
    "parse_seed_header",
]
