"""Stated ages ("the 35-year-old author", "Smith, 42,") and who they are about.

Pure Python. Look-alikes that are not ages of a person ("a 10-year
anniversary", "a 24-hour shift") are not returned.
"""

from __future__ import annotations

from .types import AgeClaim, PersonResolver


def find_ages(text: str, resolver: PersonResolver) -> list[AgeClaim]:
    """Every stated age in ``text`` with its subject's canonical name."""
    return []  # Rules arrive with the dates-and-ages extraction issue.
