"""Conversions between TIMEX3 values and calendar dates. Pure functions, no database."""

from __future__ import annotations

import datetime as dt
import re

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")


def timex_to_date(value: str | None) -> tuple[dt.date | None, str]:
    """The first day a TIMEX3 date value covers, and its precision ("day", "month", "year").

    Values that name no single calendar period (``P1Y``, ``PRESENT_REF``,
    ``2020-W12``, ``XXXX-12``) give ``(None, "")``.
    """
    if not value:
        return None, ""
    try:
        if m := _DAY.match(value):
            return dt.date(int(m[1]), int(m[2]), int(m[3])), "day"
        if m := _MONTH.match(value):
            return dt.date(int(m[1]), int(m[2]), 1), "month"
        if m := _YEAR.match(value):
            return dt.date(int(m[1]), 1, 1), "year"
    except ValueError:
        return None, ""
    return None, ""


def date_to_timex(date: dt.date | None, precision: str) -> str | None:
    """The TIMEX3 value of a date known to ``precision``."""
    if date is None:
        return None
    if precision == "year":
        return f"{date:%Y}"
    if precision == "month":
        return f"{date:%Y-%m}"
    return date.isoformat()
