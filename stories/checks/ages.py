"""The age check: a subject's birth date and a day (or period) give the age they had then.

Pure Python: no Django import, no I/O.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from .result import CheckResult, Outcome


def age_on(birth_date: dt.date, day: dt.date) -> int:
    """Completed years between ``birth_date`` and ``day`` (a birthday counts on the day itself)."""
    before_birthday = (day.month, day.day) < (birth_date.month, birth_date.day)
    return day.year - birth_date.year - int(before_birthday)


@dataclass(frozen=True)
class AgeAnchor:
    """A day or period the stated age may refer to: the dateline, or the date of the post quoted."""

    label: str
    first: dt.date
    last: dt.date

    def ages(self, birth_date: dt.date) -> tuple[int, int]:
        return age_on(birth_date, self.first), age_on(birth_date, self.last)

    def shown(self) -> str:
        if self.first == self.last:
            return self.first.isoformat()
        return f"{self.first.isoformat()}…{self.last.isoformat()}"


def _ages_text(low: int, high: int) -> str:
    return str(low) if low == high else f"{low}–{high}"


def check_age(
    *, stated: int | None, birth_date: dt.date | None, anchors: Sequence[AgeAnchor]
) -> CheckResult:
    """Compare a stated age with the age the birth date gives on each anchor.

    Consistent when any anchor allows the stated age (a quote may date from its
    post rather than the dateline); when an anchor is a period (a post known to
    the month), every age within it is allowed.
    """
    if birth_date is None:
        return CheckResult(
            Outcome.UNKNOWN, "No birth date on file for the subject: add one with its evidence."
        )
    if not anchors:
        return CheckResult(Outcome.UNKNOWN, "No date to compute the age on.")
    parts = []
    matched = False
    for anchor in anchors:
        low, high = anchor.ages(birth_date)
        parts.append(f"{_ages_text(low, high)} on {anchor.shown()} ({anchor.label})")
        if stated is not None and low <= stated <= high:
            matched = True
    computed = "; ".join(parts)
    if stated is None:
        return CheckResult(
            Outcome.UNKNOWN, f"{computed}: the story's age could not be read.", computed
        )
    if matched:
        return CheckResult(Outcome.CONSISTENT, f"{computed}: consistent", computed)
    return CheckResult(
        Outcome.INCONSISTENT, f"{computed}, but the story says {stated}: inconsistent", computed
    )
