"""The extraction pipeline: runs each rule family in order and assembles the result.

Order matters: dates are found first (posts take their dates from them),
then people, then quotes and the posts they came from; dates inside a quote
whose post has a known date are then resolved again against that post;
ages come last because their subject needs the people. This module only
wires the families together; the rules live in their own modules.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Sequence

from . import ages, dates, people, quotes
from .types import Claim, DateClaim, Extraction

_SEED_HEADER = re.compile(r"\A date (\S+) ")


def parse_seed_header(text: str) -> tuple[dt.date | None, int]:
    """Read the seed header (``" date YYYY-MM-DD "``) at the start of ``text``.

    Returns the dateline and the offset where the body starts; ``(None, 0)``
    when there is no header. Raises ValueError when the header names a date
    that does not exist (``2021-02-30``).
    """
    match = _SEED_HEADER.match(text)
    if not match:
        return None, 0
    raw = match.group(1)
    try:
        dateline = dt.date.fromisoformat(raw)
    except ValueError:
        raise ValueError(f"the dateline {raw!r} is not a real date (expected YYYY-MM-DD)") from None
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", raw):
        raise ValueError(f"the dateline {raw!r} is not in the form YYYY-MM-DD")
    return dateline, match.end()


def _any_inside(found: Sequence[DateClaim], anchors: Sequence[dates.Anchor]) -> bool:
    """Whether a date lies inside an anchored quote. Only then does resolving again change
    anything: elsewhere every reference time, and so every value, comes out the same."""
    spans = sorted((a.start, a.end) for a in anchors)
    starts = [start for start, _ in spans]
    for claim in found:
        i = bisect.bisect_right(starts, claim.start) - 1
        if i >= 0 and claim.start < spans[i][1]:
            return True
    return False


def extract(text: str, dateline: dt.date | None) -> Extraction:
    """Find every checkable claim in ``text``; relative dates resolve against ``dateline``."""
    scanned = dates.candidates(text)
    memo: dict[int, tuple] = {}
    found_dates = dates.find_dates(text, dateline, scanned=scanned, memo=memo)
    index = people.find_people(text)
    found_quotes, posts = quotes.find_quotes(text, index, found_dates)

    post_dates = {post.id: post.date for post in posts if post.date}
    anchors = [
        dates.Anchor(q.start, q.end, post_dates[q.post], f"post of {post_dates[q.post]}")
        for q in found_quotes
        if q.post in post_dates
    ]
    if _any_inside(found_dates, anchors):
        found_dates = dates.find_dates(text, dateline, anchors, scanned=scanned, memo=memo)

    found_ages = ages.find_ages(text, index)
    claims: list[Claim] = [*found_dates, *found_ages, *found_quotes]
    claims.sort(key=lambda c: (c.start, c.end, c.kind))
    return Extraction(
        dateline=dateline,
        claims=tuple(claims),
        posts=tuple(posts),
        people=index.people,
    )
