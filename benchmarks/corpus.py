"""A large synthetic newsroom for benchmarks: published stories full of checked entries.

``build_corpus(stories=10_000, entries_per_story=20)`` fills an empty,
migrated database with bulk inserts (no services, no per-row saves): stories
(mostly published, some in every other status), people, and per story
sources, quotes and claims in a realistic mix of check statuses. It is for
benchmarks only: it bypasses the workflow on purpose and must never run
against a real newsroom database.
"""

from __future__ import annotations

import datetime as dt
import random
import time

from django.contrib.auth.models import Group
from django.db import connection, transaction

from stories.models import (
    CheckStatus,
    Claim,
    ClaimKind,
    Person,
    Quote,
    Source,
    Story,
    StoryStatus,
)
from stories.permissions import FACT_CHECKER

WORDS = [
    "the",
    "bridge",
    "council",
    "said",
    "on",
    "monday",
    "that",
    "works",
    "would",
    "resume",
    "after",
    "a",
    "year",
    "of",
    "delays",
    "residents",
    "wrote",
    "online",
    "engineers",
    "confirmed",
    "the",
    "budget",
    "mayor",
    "insisted",
    "she",
    "posted",
    "a",
    "photo",
]
PLATFORMS = ["Instagram", "X", "Medium", "TikTok", "Facebook", "YouTube"]
# Most entries of a published story are verified; the rest were found unverifiable.
PUBLISHED_MIX = [CheckStatus.VERIFIED] * 9 + [CheckStatus.UNVERIFIABLE]
OTHER_MIX = list(CheckStatus.values)
BATCH = 2_000


def _body(rng: random.Random, n_words: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n_words))


def build_corpus(
    *,
    stories: int = 10_000,
    entries_per_story: int = 20,
    unpublished: int = 500,
    people: int = 2_000,
    seed: int = 7,
) -> dict[str, float | int]:
    """Insert the corpus; returns counts and the seconds it took."""
    from django.contrib.auth import get_user_model

    rng = random.Random(seed)
    started = time.perf_counter()
    base_date = dt.date(2018, 1, 1)
    when = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)
    with transaction.atomic():
        checker = get_user_model().objects.create_user(
            username="bench-checker", password=None, is_staff=True
        )
        checker.groups.add(Group.objects.get(name=FACT_CHECKER))
        persons = Person.objects.bulk_create(
            [Person(name=f"Person {i:05d}", slug=f"person-{i:05d}") for i in range(people)],
            batch_size=BATCH,
        )
        statuses = [StoryStatus.PUBLISHED] * stories + [
            rng.choice([StoryStatus.DRAFT, StoryStatus.IN_REVIEW, StoryStatus.RETRACTED])
            for _ in range(unpublished)
        ]
        story_rows = [
            Story(
                headline=f"Story {i}: {' '.join(rng.choice(WORDS) for _ in range(6))}",
                slug=f"story-{i:06d}",
                dateline=base_date + dt.timedelta(days=rng.randrange(2_000)),
                byline="Staff",
                body=_body(rng, 300),
                status=status,
                published_at=when if status != StoryStatus.DRAFT else None,
                retracted_at=when if status == StoryStatus.RETRACTED else None,
                retraction_note="Withdrawn." if status == StoryStatus.RETRACTED else "",
            )
            for i, status in enumerate(statuses)
        ]
        story_rows = Story.objects.bulk_create(story_rows, batch_size=BATCH)
        if story_rows[0].pk is None:  # backends that do not return ids from bulk inserts
            story_rows = list(Story.objects.order_by("id"))

        n_sources = max(1, entries_per_story // 5)
        n_quotes = (entries_per_story - n_sources) // 2
        n_claims = entries_per_story - n_sources - n_quotes
        sources = []
        for story in story_rows:
            mix = PUBLISHED_MIX if story.status == StoryStatus.PUBLISHED else OTHER_MIX
            for j in range(n_sources):
                status = rng.choice(mix)
                sources.append(
                    Source(
                        story_id=story.pk,
                        label=f"P{j + 1}",
                        platform=rng.choice(PLATFORMS),
                        author=rng.choice(persons),
                        date=base_date + dt.timedelta(days=rng.randrange(2_000)),
                        date_precision="day",
                        description="a post",
                        reported_text="she wrote online",
                        status=status,
                        verdict_note="Seen in the archive." if status == "verified" else "",
                        checked_by_id=checker.pk,
                        checked_at=when,
                    )
                )
        sources = Source.objects.bulk_create(sources, batch_size=BATCH)
        if sources[0].pk is None:
            sources = list(Source.objects.order_by("id"))
        by_story: dict[int, list[Source]] = {}
        for source in sources:
            by_story.setdefault(source.story_id, []).append(source)

        quotes, claims = [], []
        for story in story_rows:
            mix = PUBLISHED_MIX if story.status == StoryStatus.PUBLISHED else OTHER_MIX
            own_sources = by_story[story.pk]
            for k in range(n_quotes):
                status = rng.choice(mix)
                quotes.append(
                    Quote(
                        story_id=story.pk,
                        text=story.body[10 * k : 10 * k + 9],
                        start=10 * k,
                        end=10 * k + 9,
                        speaker=rng.choice(persons),
                        source=rng.choice(own_sources),
                        status=status,
                        verdict_note="Matches the post." if status == "verified" else "",
                        checked_by_id=checker.pk,
                        checked_at=when,
                    )
                )
            for k in range(n_claims):
                status = rng.choice(mix)
                start = 500 + 10 * k
                resolved = base_date + dt.timedelta(days=rng.randrange(2_000))
                is_date = k % 3 != 0
                claims.append(
                    Claim(
                        story_id=story.pk,
                        kind=ClaimKind.DATE if is_date else ClaimKind.AGE,
                        text=story.body[start : start + 7],
                        start=start,
                        end=start + 7,
                        value=(
                            {"type": "DATE", "value": resolved.isoformat(), "mod": None}
                            if is_date
                            else {"age": rng.randrange(18, 90)}
                        ),
                        resolved_date=resolved if is_date else None,
                        subject=rng.choice(persons),
                        status=status,
                        verdict_note="Checked." if status == "verified" else "",
                        checked_by_id=checker.pk,
                        checked_at=when,
                    )
                )
        Quote.objects.bulk_create(quotes, batch_size=BATCH)
        Claim.objects.bulk_create(claims, batch_size=BATCH)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    return {
        "stories": len(story_rows),
        "published": stories,
        "entries": len(sources) + len(quotes) + len(claims),
        "people": people,
        "seconds": round(time.perf_counter() - started, 1),
    }
