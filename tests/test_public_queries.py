"""Query counts of the public pages: the same fixed number for a small and a large newsroom."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from stories.models import Person, Story, StoryStatus
from tests.factories import (
    make_checked,
    make_claim,
    make_correction,
    make_person,
    make_quote,
    make_source,
    make_story,
)

pytestmark = pytest.mark.django_db

# url -> the most queries it may run, whatever the number of rows.
PAGES = {
    "/": 2,
    "/?page=2": 2,
    "/corrections/": 2,
    "/people/jane-doe/": 4,
    "/feeds/rss/": 1,
    "/feeds/atom/": 1,
    "/sitemap.xml": 4,
    "/stories/story-0/": 6,
}


def build_newsroom(size: int, checker) -> None:
    jane = make_person(name="Jane Doe", slug="jane-doe")
    for n in range(size):
        story = make_story(
            status=StoryStatus.PUBLISHED,
            slug=f"story-{n}",
            published_at=dt.datetime(2021, 9, 1, tzinfo=dt.UTC) + dt.timedelta(hours=n),
        )
        post = make_checked(make_source(story, author=make_person()), checker=checker)
        make_checked(make_quote(story, speaker=jane, source=post), checker=checker)
        make_checked(make_claim(story, subject=jane, source=post), checker=checker)
        make_correction(story, note=f"Correction {n}.")
        make_story(status=StoryStatus.DRAFT)


@pytest.mark.parametrize("size", [2, 60])
@pytest.mark.parametrize(("url", "most"), PAGES.items())
def test_page_runs_a_fixed_number_of_queries(
    client, checker, size, url, most, django_assert_max_num_queries
):
    build_newsroom(size, checker)
    with django_assert_max_num_queries(most):
        response = client.get(url)
    assert response.status_code == 200


@pytest.mark.parametrize("url", PAGES)
def test_query_count_does_not_grow_with_the_data(client, checker, url):
    build_newsroom(3, checker)
    with CaptureQueriesContext(connection) as small:
        client.get(url)
    build_more = 50
    jane = Person.objects.get(slug="jane-doe")
    story_0 = Story.objects.get(slug="story-0")
    for n in range(build_more):
        story = make_story(status=StoryStatus.PUBLISHED, slug=f"more-{n}")
        make_checked(make_quote(story, speaker=jane), checker=checker)
        make_correction(story)
        # More entries on story-0 and about Jane, so their pages grow too.
        text = f"extra {n}"
        story_0.body += f" {text}."
        story_0.save(update_fields=["body"])
        start = story_0.body.index(text)
        make_checked(
            make_quote(story_0, text=text, start=start, end=start + len(text), speaker=jane),
            checker=checker,
        )
    cache.clear()  # factories write around the services, so nothing invalidated the cached page
    with CaptureQueriesContext(connection) as large:
        client.get(url)
    assert len(large) == len(small), [q["sql"] for q in large.captured_queries]


@pytest.mark.parametrize("url", PAGES)
def test_cached_public_page_runs_no_queries(client, checker, url, django_assert_num_queries):
    build_newsroom(3, checker)
    first = client.get(url)
    with django_assert_num_queries(0):
        second = client.get(url)
    assert second["X-Newsroom-Cache"] == "hit"
    assert second.content == first.content
