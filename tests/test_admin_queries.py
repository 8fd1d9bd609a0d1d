"""The story list and the check page run a fixed number of queries, whatever the number of rows."""

from __future__ import annotations

import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from stories.models import CheckStatus, Claim, ClaimKind, Person, Quote, Source, Story, StoryStatus
from tests import factories

pytestmark = pytest.mark.django_db

LIST_MAX_QUERIES = 14
CHECK_PAGE_MAX_QUERIES = 12
STATUSES = CheckStatus.values


@pytest.fixture(autouse=True)
def _static_without_manifest(settings):
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }


def make_stories(n: int) -> None:
    start = Story.objects.count()
    stories = Story.objects.bulk_create(
        Story(
            headline=f"Story {start + i}",
            slug=f"story-{start + i}",
            dateline=dt.date(2021, 1, 1) + dt.timedelta(days=i % 300),
            byline="Staff",
            body=factories.BODY,
            status=StoryStatus.IN_REVIEW,
        )
        for i in range(n)
    )
    at = factories.BODY.index("Sept. 28")
    Claim.objects.bulk_create(
        Claim(
            story=s,
            kind=ClaimKind.DATE,
            text="Sept. 28",
            start=at,
            end=at + 8,
            status=STATUSES[i % len(STATUSES)],
        )
        for i, s in enumerate(stories)
    )


def make_entries(story: Story, n: int) -> None:
    """``n`` entries over a long body: quotes with speakers and sources, date and age claims."""
    people = [factories.make_person(birth_date=dt.date(1980, 1, i + 1)) for i in range(5)]
    sources = [
        Source.objects.create(story=story, label=f"P{i}", author=people[i], platform="Instagram")
        for i in range(5)
    ]
    quotes, claims = [], []
    unit = "“We are ready,” she wrote on Sept. 28, aged 42. "
    for i in range(n // 2):
        base = i * len(unit)
        quotes.append(
            Quote(
                story=story,
                text="We are ready,",
                start=base + 1,
                end=base + 14,
                speaker=people[i % 5],
                source=sources[i % 5],
                status=STATUSES[i % len(STATUSES)],
            )
        )
        kind_age = i % 2
        text = "42" if kind_age else "Sept. 28"
        at = base + unit.index(text)
        claims.append(
            Claim(
                story=story,
                kind=ClaimKind.AGE if kind_age else ClaimKind.DATE,
                text=text,
                start=at,
                end=at + len(text),
                value={"age": 42} if kind_age else {"type": "DATE", "value": "2021-09-28"},
                subject=people[i % 5] if kind_age else None,
                status=STATUSES[i % len(STATUSES)],
            )
        )
    Quote.objects.bulk_create(quotes)
    Claim.objects.bulk_create(claims)


def count_queries(client, url: str, **params) -> int:
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url, params)
    assert response.status_code == 200
    return len(ctx.captured_queries)


def test_story_list_query_count_does_not_grow_with_stories(
    client, editor, django_assert_max_num_queries
):
    client.force_login(editor)
    url = reverse("admin:stories_story_changelist")
    make_stories(10)
    small = count_queries(client, url)
    make_stories(990)
    assert Story.objects.count() == 1000
    with django_assert_max_num_queries(LIST_MAX_QUERIES):
        response = client.get(url)
    assert response.status_code == 200
    large = count_queries(client, url)
    print(f"story list queries: 10 stories {small}, 1000 stories {large}")
    assert large == small
    # Filters and search too.
    for params in ({"has_incorrect": "yes"}, {"status__exact": "in_review"}, {"q": "Story 5"}):
        with django_assert_max_num_queries(LIST_MAX_QUERIES):
            assert client.get(url, params).status_code == 200


def test_check_page_query_count_does_not_grow_with_entries(
    client, checker, django_assert_max_num_queries
):
    client.force_login(checker)
    unit = "“We are ready,” she wrote on Sept. 28, aged 42. "
    small_story = factories.make_story(body=unit * 10, status=StoryStatus.IN_REVIEW)
    make_entries(small_story, 10)
    small = count_queries(client, reverse("admin:stories_story_check", args=[small_story.pk]))

    story = factories.make_story(body=unit * 100, status=StoryStatus.IN_REVIEW)
    make_entries(story, 200)
    assert story.quotes.count() + story.claims.count() == 200
    url = reverse("admin:stories_story_check", args=[story.pk])
    with django_assert_max_num_queries(CHECK_PAGE_MAX_QUERIES):
        response = client.get(url)
    assert response.content.decode().count('<article class="entry') == 205  # 200 + 5 sources
    large = count_queries(client, url)
    print(f"check page queries: 10 entries {small}, 200 entries {large}")
    assert large == small
    assert Person.objects.count() == 10
