"""Direct quotations, their speakers, and the posts they came from.

Pure Python. Titles, scare quotes and nicknames in quotation marks are not
quotes. An unknown speaker stays None rather than guessed.
"""

from __future__ import annotations

from .people import PeopleIndex
from .types import DateClaim, Post, QuoteClaim


def find_quotes(
    text: str, people: PeopleIndex, dates: list[DateClaim]
) -> tuple[list[QuoteClaim], list[Post]]:
    """Every quotation in ``text`` and every post the text reports."""
    return [], []  # Rules arrive with the quotes-and-people extraction issue.
