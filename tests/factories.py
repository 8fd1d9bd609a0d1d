"""Test data builders: ``make_<thing>(**overrides)`` with sensible defaults."""

from __future__ import annotations

import datetime as dt
import itertools

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from stories.models import (
    CheckStatus,
    Claim,
    ClaimKind,
    Correction,
    Person,
    Quote,
    Source,
    Story,
    StoryStatus,
)
from stories.permissions import EDITOR, FACT_CHECKER, REPORTER, roles_sync

_seq = itertools.count(1)

BODY = (
    "Jane Doe, 42, said on Sept. 28 that the bridge would open. "
    "“We are ready,” she wrote on Instagram. A year ago it was closed."
)


def make_user(role: str | None = None, **overrides):
    n = next(_seq)
    fields = {"username": f"user{n}", "is_staff": True, **overrides}
    user = get_user_model().objects.create_user(password="pw-for-tests-only", **fields)
    if role:
        if not Group.objects.filter(name=role).exists():
            roles_sync()  # a transactional test flushed the migration's groups
        user.groups.add(Group.objects.get(name=role))
    return user


def make_reporter(**overrides):
    return make_user(REPORTER, **overrides)


def make_checker(**overrides):
    return make_user(FACT_CHECKER, **overrides)


def make_editor(**overrides):
    return make_user(EDITOR, **overrides)


def make_story(**overrides) -> Story:
    n = next(_seq)
    fields = {
        "headline": f"Bridge opens, story {n}",
        "slug": f"bridge-opens-{n}",
        "dateline": dt.date(2021, 9, 29),
        "body": BODY,
        "status": StoryStatus.DRAFT,
    }
    fields.update(overrides)
    if (
        fields["status"] in (StoryStatus.PUBLISHED, StoryStatus.RETRACTED)
        and "published_at" not in fields
    ):
        fields["published_at"] = dt.datetime(2021, 9, 29, 12, tzinfo=dt.UTC)
    return Story.objects.create(**fields)


def make_person(**overrides) -> Person:
    n = next(_seq)
    fields = {"name": f"Person {n}", "slug": f"person-{n}"}
    fields.update(overrides)
    return Person.objects.create(**fields)


def make_source(story: Story | None = None, **overrides) -> Source:
    fields = {"story": story or make_story(), "platform": "Instagram", "label": "P1"}
    fields.update(overrides)
    return Source.objects.create(**fields)


def make_quote(story: Story | None = None, **overrides) -> Quote:
    story = story or make_story()
    start = story.body.index("We are ready,")
    fields = {
        "story": story,
        "text": "We are ready,",
        "start": start,
        "end": start + len("We are ready,"),
    }
    fields.update(overrides)
    return Quote.objects.create(**fields)


def make_claim(story: Story | None = None, **overrides) -> Claim:
    story = story or make_story()
    start = story.body.index("Sept. 28")
    fields = {
        "story": story,
        "kind": ClaimKind.DATE,
        "text": "Sept. 28",
        "start": start,
        "end": start + len("Sept. 28"),
        "value": {"type": "DATE", "value": "2021-09-28", "mod": None, "anchor": "dateline"},
        "resolved_date": dt.date(2021, 9, 28),
    }
    fields.update(overrides)
    return Claim.objects.create(**fields)


# ---------------------------------------------------------------------------
# Public pages


def make_correction(story: Story, **overrides) -> Correction:
    fields = {
        "story": story,
        "note": "An earlier version gave the wrong date of the post.",
        "corrected_at": dt.datetime(2021, 10, 2, 8, tzinfo=dt.UTC),
    }
    fields.update(overrides)
    return Correction.objects.create(**fields)


def make_checked(entry, *, checker=None, status: str = CheckStatus.VERIFIED, **overrides):
    """Give ``entry`` a verdict directly (test data only; the app uses services.entry_set_status)."""
    fields = {
        "status": status,
        "checked_by": checker,
        "checked_at": dt.datetime(2021, 9, 30, 15, tzinfo=dt.UTC),
        "evidence_url": f"https://evidence.example/{entry._meta.model_name}/{entry.pk}",
        "verdict_note": "Matches the original post.",
    }
    fields.update(overrides)
    for name, value in fields.items():
        setattr(entry, name, value)
    entry.save()
    return entry


def make_quote_at(story: Story, text: str, **overrides) -> Quote:
    """A quote of ``text`` at its first place in ``story.body``."""
    start = story.body.index(text)
    fields = {"story": story, "text": text, "start": start, "end": start + len(text)}
    fields.update(overrides)
    return Quote.objects.create(**fields)


def make_claim_at(story: Story, text: str, **overrides) -> Claim:
    """A claim (a date unless ``kind`` says otherwise) of ``text`` at its first place in the body."""
    start = story.body.index(text)
    fields = {
        "story": story,
        "kind": ClaimKind.DATE,
        "text": text,
        "start": start,
        "end": start + len(text),
        "value": {"type": "DATE", "value": "2021-09-28", "mod": None, "anchor": "dateline"},
        "resolved_date": dt.date(2021, 9, 28),
    }
    fields.update(overrides)
    return Claim.objects.create(**fields)


# ---------------------------------------------------------------------------
# admin-workspace: the seed story with entries, for the check page, e2e and benchmarks.

SEED_FILE = "000_e1971d8741fedcb8.txt"


def _span(story: Story, text: str, after: int = 0) -> dict:
    start = story.body.index(text, after)
    return {"text": text, "start": start, "end": start + len(text)}


def add_seed_entries(story: Story) -> None:
    """A handful of the seed story's entries, placed at their offsets in the body.

    Used only while the extractor yields nothing (the stub): the values are
    what a reader of the seed article states, written down as test data.
    """
    from stories.services import person_get_or_create

    teigen = person_get_or_create(name="Chrissy Teigen", aliases=["Teigen"])
    miles = person_get_or_create(name="Miles")
    union = person_get_or_create(name="Gabrielle Union")
    p1_sentence = story.body[
        story.body.index("Shortly after sharing") : story.body.index("pregnancy loss.") + 15
    ]
    make_source(
        story,
        label="P1",
        author=teigen,
        date=dt.date(2021, 9, 28),
        date_precision="day",
        description="photos of Miles for National Son's Day",
        reported_text=p1_sentence,
    )
    p2 = make_source(
        story,
        label="P2",
        author=teigen,
        date=dt.date(2021, 9, 1),
        date_precision="month",
        description="image of her crying in the hospital",
    )
    p3_start = story.body.index("“It’s really weird")
    p3 = make_source(
        story,
        label="P3",
        author=teigen,
        date=dt.date(2021, 9, 18),
        date_precision="day",
        description="photo of her sitting in a closet",
        reported_text=story.body[p3_start : story.body.index("closet.") + 7],
    )
    dates = [
        ("One year later", {"value": "2021-09", "anchor": "dateline"}),
        ("Sept. 28", {"value": "2021-09-28", "anchor": "dateline"}),
        ("A year ago", {"value": "2020-09", "anchor": "post of 2021-09-28"}),
        ("Sept. 18", {"value": "2021-09-18", "anchor": "dateline"}),
        ("late October", {"value": "2020-10", "mod": "END", "anchor": "dateline"}),
    ]
    for text, value in dates:
        resolved = value["value"] + ("-01" if len(value["value"]) == 7 else "")
        Claim.objects.create(
            story=story,
            kind=ClaimKind.DATE,
            **_span(story, text),
            value={"type": "DATE", "mod": None, **value},
            resolved_date=dt.date.fromisoformat(resolved),
        )
    for text, age, subject in (("three-year-old", 3, miles), ("35-year-old", 35, teigen)):
        Claim.objects.create(
            story=story,
            **_span(story, text),
            kind=ClaimKind.AGE,
            value={"age": age},
            subject=subject,
        )
    quotes = [
        ("To the son we almost had,", teigen, p2, False),
        (
            "A year ago you gave me the greatest pain I could ever imagine to show me I could survive anything, even if I didn’t want to.",
            teigen,
            p2,
            False,
        ),
        ("Love u,", union, p2, False),
        ("daily reminder", teigen, None, True),
        (
            "It’s really weird when you lose a baby and your body gets paused in time,",
            teigen,
            p3,
            False,
        ),
    ]
    for text, speaker, source, fragment in quotes:
        span = _span(story, text)
        Quote.objects.create(
            story=story, **span, speaker=speaker, source=source, is_fragment=fragment
        )


def make_seed_story() -> Story:
    """The seed article imported as the demo does (load_seeds: story and birth dates), with entries."""
    from io import StringIO

    from django.core.management import call_command

    call_command("load_seeds", stdout=StringIO())
    story = Story.objects.order_by("id").first()
    if not story.quotes.exists() and not story.claims.exists():
        add_seed_entries(story)
    return story
