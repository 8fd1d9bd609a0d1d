"""Temporal expressions (TimeML TIMEX3): find them and resolve their values.

Absolute dates, dates relative to the dateline, dates anchored on another
date in the text, durations and sets. Inside a quote whose post date is
known, relative dates resolve against that post (an ``Anchor``). Pure
Python; an expression that cannot be resolved keeps its text with value None.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import NamedTuple

from .types import DateClaim


class Anchor(NamedTuple):
    """A span of text whose relative dates resolve against ``value`` instead of the dateline."""

    start: int
    end: int
    value: str  # a TIMEX3 date value: "2021-09-28" or "2020-12"
    label: str  # shown as the claim's anchor: "post of 2021-09-28"


def find_dates(
    text: str, dateline: dt.date | None, anchors: Sequence[Anchor] = ()
) -> list[DateClaim]:
    """Every temporal expression in ``text``, in reading order."""
    return []  # Rules arrive with the dates-and-ages extraction issue.
