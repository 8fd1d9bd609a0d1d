"""The values extraction returns: frozen dataclasses, one per kind of finding.

Plain data only. Offsets are Python ``str`` indices into the text given to
``extract`` (``text[start:end] == claim.text``). Nothing here may import
Django or do I/O.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field
from typing import Any, Protocol


@dataclass(frozen=True)
class DateClaim:
    """A TimeML TIMEX3 expression: type DATE, TIME, DURATION or SET."""

    text: str
    start: int
    end: int
    type: str
    value: str | None
    mod: str | None = None
    # What a relative value was resolved against: "dateline", "post of 2021-09-28",
    # or the text of the date it is anchored on ("late October 2020"); None when absolute.
    anchor: str | None = None
    kind: str = field(default="date", init=False)


@dataclass(frozen=True)
class AgeClaim:
    """A stated age and the canonical name of the person it is about."""

    text: str
    start: int
    end: int
    value: int | None
    subject: str | None
    kind: str = field(default="age", init=False)


@dataclass(frozen=True)
class QuoteClaim:
    """Words inside quotation marks (without the marks) and who said them."""

    text: str
    start: int
    end: int
    speaker: str | None
    partial: bool = False
    post: str | None = None
    kind: str = field(default="quote", init=False)


@dataclass(frozen=True)
class Post:
    """A post, essay, interview or statement the story reports."""

    id: str
    author: str | None
    platform: str | None
    date: str | None
    text: str  # the sentence of the story that reports the post
    what: str | None = None  # what it showed ("a photo of her sitting in a closet")
    start: int = 0
    end: int = 0


@dataclass(frozen=True)
class Person:
    """Someone named in the story: canonical (fullest) name and the other ways the story refers to them."""

    name: str
    aliases: tuple[str, ...] = ()


Claim = DateClaim | AgeClaim | QuoteClaim


class PersonResolver(Protocol):
    """Resolves a reference to a person at a position in the text to a canonical name.

    ``mention`` is a name ("Teigen"), a pronoun ("she") or a description
    ("the 35-year-old author"); ``start`` is its offset. Returns None when the
    reference cannot be resolved with confidence.
    """

    def resolve(self, mention: str, start: int) -> str | None: ...


@dataclass(frozen=True)
class Extraction:
    """Everything ``extract`` found in one text."""

    dateline: dt.date | None
    claims: tuple[Claim, ...]
    posts: tuple[Post, ...]
    people: tuple[Person, ...]

    @property
    def dates(self) -> tuple[DateClaim, ...]:
        return tuple(c for c in self.claims if isinstance(c, DateClaim))

    @property
    def ages(self) -> tuple[AgeClaim, ...]:
        return tuple(c for c in self.claims if isinstance(c, AgeClaim))

    @property
    def quotes(self) -> tuple[QuoteClaim, ...]:
        return tuple(c for c in self.claims if isinstance(c, QuoteClaim))

    def to_dict(self) -> dict[str, Any]:
        """The JSON shape of the extraction contract (DESIGN.md)."""
        claims = []
        for claim in self.claims:
            row = asdict(claim)
            kind = row.pop("kind")
            claims.append({"kind": kind, **row})
        return {
            "dateline": self.dateline.isoformat() if self.dateline else None,
            "claims": claims,
            "posts": [asdict(post) for post in self.posts],
            "people": [{"name": p.name, "aliases": list(p.aliases)} for p in self.people],
        }
