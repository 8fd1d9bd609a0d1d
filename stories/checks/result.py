"""The shape every machine check returns. Pure data: no Django, no I/O."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from enum import StrEnum
from typing import Any


class Outcome(StrEnum):
    CONSISTENT = "consistent"
    INCONSISTENT = "inconsistent"
    EXACT = "exact"
    NEAR = "near"
    NOT_FOUND = "not_found"
    # Not enough data to compute anything (no birth date, no source date, no captured text).
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class DiffPart:
    """One run of words in a quote-vs-source diff: ``equal``, ``quote`` (only in the story) or ``source``."""

    op: str
    text: str


@dataclass(frozen=True)
class CheckResult:
    outcome: Outcome
    summary: str
    computed: str = ""
    diff: tuple[DiffPart, ...] = field(default_factory=tuple)

    @property
    def ok(self) -> bool:
        return self.outcome in (Outcome.CONSISTENT, Outcome.EXACT)

    @property
    def flagged(self) -> bool:
        return self.outcome in (Outcome.INCONSISTENT, Outcome.NOT_FOUND, Outcome.NEAR)

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["outcome"] = str(self.outcome)
        data["diff"] = [asdict(part) for part in self.diff]
        return data
