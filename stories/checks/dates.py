"""The date check: a claim's resolved date against the date of the source it points to.

Also turns TIMEX3 values into calendar periods and words a person reads
("Tuesday 28 September 2021", "late October 2020"). Pure Python: no Django
import, no I/O.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from .result import CheckResult, Outcome

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")

_MOD_WORDS = {
    "START": "early",
    "MID": "mid-",
    "END": "late",
    "APPROX": "about",
    "BEFORE": "before",
    "AFTER": "after",
    "ON_OR_BEFORE": "on or before",
    "ON_OR_AFTER": "on or after",
    "LESS_THAN": "less than",
    "MORE_THAN": "more than",
}


def timex_period(value: str | None) -> tuple[dt.date, dt.date] | None:
    """The first and last calendar day a TIMEX3 date value covers, or None when it names no period."""
    if not value:
        return None
    try:
        if m := _DAY.match(value):
            day = dt.date(int(m[1]), int(m[2]), int(m[3]))
            return day, day
        if m := _MONTH.match(value):
            year, month = int(m[1]), int(m[2])
            return dt.date(year, month, 1), dt.date(
                year, month, calendar.monthrange(year, month)[1]
            )
        if m := _YEAR.match(value):
            year = int(m[1])
            return dt.date(year, 1, 1), dt.date(year, 12, 31)
        if m := _WEEK.match(value):
            monday = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
            return monday, monday + dt.timedelta(days=6)
        if m := _QUARTER.match(value):
            year, q = int(m[1]), int(m[2])
            first = dt.date(year, 3 * q - 2, 1)
            last_month = 3 * q
            return first, dt.date(year, last_month, calendar.monthrange(year, last_month)[1])
    except ValueError:
        return None
    return None


def describe_timex(value: str | None, mod: str | None = None) -> str:
    """A TIMEX3 value in words: ``2021-09-28`` → "Tuesday 28 September 2021"."""
    if not value:
        return "unresolved"
    text = value
    if m := _DAY.match(value):
        try:
            text = f"{dt.date(int(m[1]), int(m[2]), int(m[3])):%A} {int(m[3])} {calendar.month_name[int(m[2])]} {m[1]}"
        except ValueError:
            text = value
    elif (m := _MONTH.match(value)) and 1 <= int(m[2]) <= 12:
        text = f"{calendar.month_name[int(m[2])]} {m[1]}"
    elif m := _YEAR.match(value):
        text = f"the year {m[1]}"
    elif m := _WEEK.match(value):
        text = f"week {int(m[2])} of {m[1]}"
    elif m := _QUARTER.match(value):
        text = f"Q{m[2]} {m[1]}"
    elif value == "PRESENT_REF":
        text = "the present"
    elif value == "PAST_REF":
        text = "some time in the past"
    elif value == "FUTURE_REF":
        text = "some time in the future"
    if mod and mod.upper() in _MOD_WORDS:
        word = _MOD_WORDS[mod.upper()]
        text = f"{word}{text}" if word.endswith("-") else f"{word} {text}"
    return text


def _overlap(a: tuple[dt.date, dt.date], b: tuple[dt.date, dt.date]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def check_date(
    *, claim_value: str | None, source_value: str | None, source_label: str = "the source"
) -> CheckResult:
    """Does the claim's date fall within the date known for its source?

    Periods are compared, not single days: a post known only to the month is
    consistent with any day of that month, and says nothing more precise.
    """
    claim = timex_period(claim_value)
    if claim is None:
        return CheckResult(Outcome.UNKNOWN, "The claim names no calendar date to compare.")
    if not source_value:
        return CheckResult(
            Outcome.UNKNOWN,
            f"No date on file for {source_label}: add it (with its evidence) on the source's page.",
        )
    source = timex_period(source_value)
    if source is None:
        return CheckResult(
            Outcome.UNKNOWN, f"The date of {source_label} ({source_value}) is not a calendar date."
        )
    computed = (
        f"{describe_timex(claim_value)} vs {source_label} dated {describe_timex(source_value)}"
    )
    if _overlap(claim, source):
        return CheckResult(Outcome.CONSISTENT, f"{computed}: consistent", computed)
    return CheckResult(Outcome.INCONSISTENT, f"{computed}: inconsistent", computed)
