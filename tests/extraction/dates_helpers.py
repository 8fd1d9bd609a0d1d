"""Shared helpers for the date table tests: find one expression by its text."""

from __future__ import annotations

import datetime as dt

from stories.extraction.dates import Anchor, find_dates
from stories.extraction.types import DateClaim

DATELINE = dt.date(2021, 9, 29)  # a Wednesday


def claim_for(
    text: str, span: str, dateline: dt.date | None = DATELINE, anchors: tuple[Anchor, ...] = ()
) -> DateClaim:
    """The claim whose text is exactly ``span``; fails listing what was found instead."""
    found = find_dates(text, dateline, anchors)
    for claim in found:
        if claim.text == span:
            assert text[claim.start : claim.end] == claim.text
            return claim
    raise AssertionError(f"{span!r} not found in {text!r}; found {[c.text for c in found]}")
