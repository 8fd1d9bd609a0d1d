"""People named in a story: canonical names, aliases, and reference resolution.

``find_people`` returns a ``PeopleIndex`` that lists everyone named and
resolves a name, surname, pronoun or description at a position to the
canonical (fullest) name. Pure Python.
"""

from __future__ import annotations

from dataclasses import dataclass

from .types import Person


@dataclass(frozen=True)
class PeopleIndex:
    """Everyone named in one text, and how references to them resolve."""

    people: tuple[Person, ...] = ()

    def resolve(self, mention: str, start: int) -> str | None:
        return None  # Rules arrive with the quotes-and-people extraction issue.


def find_people(text: str) -> PeopleIndex:
    """Everyone named in ``text`` with the aliases the text uses for them."""
    return PeopleIndex()
