"""Temporal expressions (TimeML TIMEX3): find them and resolve their values.

Absolute dates, dates relative to the dateline, dates anchored on another
date in the text, durations and sets. Inside a quote whose post date is
known, relative dates resolve against that post (an ``Anchor``). Pure
Python; an expression that cannot be resolved keeps its text with value None.
The patterns live in ``timex_rules`` and the value rules in ``timex_values``;
this module only chooses the reference time of each place in the text.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Sequence
from typing import NamedTuple

from .timex_rules import Candidate, scan
from .timex_values import Ref, resolve
from .types import DateClaim


class Anchor(NamedTuple):
    """A span of text whose relative dates resolve against ``value`` instead of the dateline."""

    start: int
    end: int
    value: str  # a TIMEX3 date value: "2021-09-28" or "2020-12"
    label: str  # shown as the claim's anchor: "post of 2021-09-28"


_SEED_HEADER = re.compile(r"\A date \d{4}-\d{2}-\d{2} ")
_ANCHOR_VALUE = re.compile(r"(\d{4})-(\d{2})(?:-(\d{2}))?")


def _anchor_ref(anchor: Anchor) -> Ref | None:
    match = _ANCHOR_VALUE.fullmatch(anchor.value or "")
    if not match:
        return None
    year, month, day = match.groups()
    try:
        if day:
            return Ref(dt.date(int(year), int(month), int(day)), "D", anchor.label)
        return Ref(dt.date(int(year), int(month), 1), "M", anchor.label)
    except ValueError:
        return None


def candidates(text: str) -> list[Candidate]:
    """The recogniser's candidate spans of ``text`` (the costly part of ``find_dates``).

    The pipeline scans once and resolves twice (before and after quotes give anchors).
    """
    return scan(text)


def find_dates(
    text: str,
    dateline: dt.date | None,
    anchors: Sequence[Anchor] = (),
    *,
    scanned: list[Candidate] | None = None,
    memo: dict[int, tuple] | None = None,
) -> list[DateClaim]:
    """Every temporal expression in ``text``, in reading order.

    ``scanned`` is ``candidates(text)`` when the caller already has it. ``memo`` is a dict the
    caller keeps between a pass with no anchors (which fills it) and a pass with anchors over
    the same ``scanned`` (which then resolves again only what the anchors change).
    """
    if not text:
        return []
    base = Ref(dateline, "D", "dateline") if dateline else None
    spans = sorted((a for a in anchors if a.end > a.start), key=lambda a: a.start)
    starts = [a.start for a in spans]
    refs = [_anchor_ref(a) for a in spans]

    def ref_at(position: int) -> Ref | None:
        index = bisect.bisect_right(starts, position) - 1
        # Anchors come from quotes and do not nest; an unreadable anchor falls back to the dateline.
        if index >= 0 and spans[index].start <= position < spans[index].end and refs[index]:
            return refs[index]
        return base

    # The seed header (" date 2021-09-29 ") states the dateline; it is not part of the story.
    header = _SEED_HEADER.match(text)
    skip = header.end() if header else 0
    claims = []
    found_spans = scanned if scanned is not None else scan(text)
    changed = (lambda position: ref_at(position) is not base) if spans else None
    kept = [c for c in found_spans if c.start >= skip]
    for found in resolve(text, kept, ref_at, memo, changed):
        anchor = None
        if found.value is not None:
            if found.basis == "ref":
                ref = ref_at(found.start)
                anchor = ref.label if ref else None
            elif found.basis == "last":
                anchor = found.anchor_text
        claims.append(
            DateClaim(
                text=text[found.start : found.end],
                start=found.start,
                end=found.end,
                type=found.type,
                value=found.value,
                mod=found.mod,
                anchor=anchor,
            )
        )
    return claims
