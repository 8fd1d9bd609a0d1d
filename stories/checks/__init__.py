"""Machine checks: computed answers a fact-checker confirms or rejects.

Each check takes plain values (a birth date, a dateline, a source's date or
captured text) and returns a ``CheckResult``. Pure Python: no Django import,
no I/O, no database; a check never sets a verdict by itself.
"""

from __future__ import annotations

from .ages import AgeAnchor, age_on, check_age
from .dates import check_date, describe_timex, timex_period
from .quotes import check_quote, words
from .result import CheckResult, DiffPart, Outcome

__all__ = [
    "AgeAnchor",
    "CheckResult",
    "DiffPart",
    "Outcome",
    "age_on",
    "check_age",
    "check_date",
    "check_quote",
    "describe_timex",
    "timex_period",
    "words",
]
