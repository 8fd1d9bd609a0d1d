"""The public search page: published stories only, people only through verified entries."""

import pytest
from django.core.cache import cache

from tests.factories import make_checked, make_person, make_quote, make_story

pytestmark = pytest.mark.django_db


def _found(client, q):
    response = client.get("/search/", {"q": q})
    assert response.status_code == 200
    return response.content.decode()


def test_search_finds_published_stories_by_headline_and_body(client):
    make_story(status="published", headline="Council reopens the library", slug="library")
    make_story(
        status="published",
        headline="Storm closes harbour",
        slug="harbour",
        body="Fishermen waited for the storm.",
    )
    page = _found(client, "library")
    assert "Council reopens the library" in page and "Storm closes harbour" not in page
    assert "Storm closes harbour" in _found(client, "fishermen")
    assert "1 story found" in _found(client, "fishermen")


@pytest.mark.parametrize("status", ["draft", "in_review", "retracted"])
def test_search_never_shows_unpublished_or_retracted_stories(client, status):
    make_story(
        status=status, headline="Secret library plan", slug="secret", body="The library will close."
    )
    page = _found(client, "library")
    assert "Secret library plan" not in page
    assert "No published story matches" in page


def test_people_match_only_through_verified_entries(client, checker):
    story = make_story(status="published", headline="Bridge opens", slug="bridge")
    hidden = make_person(name="Zebulon Quirke", slug="zq", aliases=["the secret source"])
    make_quote(story=story, speaker=hidden)  # unchecked: who said it is not public
    assert "Bridge opens" not in _found(client, "Quirke")
    assert "Bridge opens" not in _found(client, "secret source")
    make_checked(story.quotes.get(), checker=checker)
    cache.clear()  # the factory wrote around the services, which would have invalidated the page
    assert "Bridge opens" in _found(client, "Quirke")
    assert "Bridge opens" not in _found(client, "secret source")  # aliases are never public


def test_search_output_is_escaped_and_empty_query_shows_the_form(client):
    page = _found(client, "<script>alert(1)</script>")
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;" in page
    assert 'name="q"' in _found(client, "")


def test_search_runs_a_fixed_number_of_queries(client, django_assert_max_num_queries):
    for n in range(30):
        make_story(status="published", headline=f"Library story {n}", slug=f"lib-{n}")
    with django_assert_max_num_queries(3):
        client.get("/search/", {"q": "library"})
