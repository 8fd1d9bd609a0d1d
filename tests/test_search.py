"""story_search: ranking, people's names, narrowing only; on SQLite and on PostgreSQL (with its GIN index)."""

import pytest
from django.db import connection

from stories.models import Story, StoryStatus
from stories.search import story_search
from tests import factories

pytestmark = pytest.mark.django_db


def _story(headline: str, body: str, **overrides) -> Story:
    return factories.make_story(headline=headline, body=body, **overrides)


def test_headline_match_ranks_above_body_match():
    in_body = _story("Council meets on Tuesday", "The new harbour bridge was discussed at length.")
    in_headline = _story("Harbour bridge opens", "Cars crossed for the first time on Monday.")
    _story("Weather turns cold", "Snow is expected on the hills.")

    found = list(story_search(Story.objects.all(), "bridge"))

    assert found == [in_headline, in_body]
    assert found[0].search_rank > found[1].search_rank


def test_every_word_must_match_and_case_is_ignored():
    both = _story("Harbour bridge opens", "The mayor cut the ribbon.")
    _story("Harbour reopens", "Boats are back.")

    assert list(story_search(Story.objects.all(), "BRIDGE harbour")) == [both]


def test_people_names_and_aliases_are_found_even_when_the_text_does_not_name_them():
    story = _story("Author posts a photo", "She wrote that she was tired.")
    other = _story("Author posts a video", "He wrote that he was tired.")
    person = factories.make_person(name="Chrissy Teigen", aliases=["the model"])
    factories.make_source(story=story, author=person)
    factories.make_source(story=other)

    assert list(story_search(Story.objects.all(), "Teigen")) == [story]
    assert list(story_search(Story.objects.all(), "model")) == [story]


def test_people_from_quotes_and_claims_count_too():
    quoted = _story("Bridge opens", factories.BODY)
    claimed = _story("Bridge closes", factories.BODY)
    speaker = factories.make_person(name="Gabrielle Union")
    subject = factories.make_person(name="Jordan Peele")
    factories.make_quote(story=quoted, speaker=speaker)
    factories.make_claim(story=claimed, subject=subject)

    assert list(story_search(Story.objects.all(), "Union")) == [quoted]
    assert list(story_search(Story.objects.all(), "Peele")) == [claimed]


def test_search_only_narrows_the_queryset_it_is_given():
    public = _story("Bridge opens", "A bridge story.", status=StoryStatus.PUBLISHED)
    draft = _story("Bridge draft", "A bridge draft nobody may see.")

    found = list(story_search(Story.objects.published(), "bridge"))

    assert found == [public]
    assert draft not in found


def test_blank_or_wordless_query_returns_the_queryset_unchanged():
    a, b = _story("One", "x"), _story("Two", "y")
    qs = Story.objects.filter(pk__in=[a.pk, b.pk])

    for query in ["", "   ", "!!! ---", None]:
        assert list(story_search(qs, query)) == list(qs)


def test_a_query_of_a_hundred_words_runs_and_still_narrows():
    story = _story("Bridge opens", "A bridge story.")
    _story("Harbour closes", "Boats stay out.")
    many = "bridge " + " ".join(f"w{n}" for n in range(100))

    # Every word nests the SQLite rank deeper: a hundred once overflowed its parser.
    assert list(story_search(Story.objects.all(), many)) == []
    repeated = " ".join(["bridge"] * 100)
    assert list(story_search(Story.objects.all(), repeated)) == [story]


@pytest.mark.parametrize(
    "query",
    ['"unterminated', "a & b | !c", "<script>", "' OR 1=1 --", "bridge -closed", "x" * 10_000],
)
def test_hostile_queries_are_plain_text(query):
    _story("Bridge opens", "A bridge story.")

    # Must run without a database error; the result is whatever matches as words.
    list(story_search(Story.objects.all(), query))


def test_stemming_on_postgresql_and_substrings_elsewhere():
    story = _story("Bridges reopened", "Traffic is flowing.")

    # "bridge" finds "Bridges" on both: stemming on PostgreSQL, substring on SQLite.
    assert list(story_search(Story.objects.all(), "bridge")) == [story]


@pytest.mark.skipif(
    connection.vendor != "postgresql", reason="the GIN index exists on PostgreSQL only"
)
def test_postgresql_answers_the_text_match_from_the_gin_index():
    _story("Harbour bridge opens", "Cars crossed.")
    qs = story_search(Story.objects.all(), "bridge")
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        plan = qs.explain()
    assert "story_search_gin" in plan


@pytest.mark.skipif(connection.vendor == "postgresql", reason="checks the SQLite fallback")
def test_sqlite_has_no_search_index():
    with connection.cursor() as cursor:
        cursor.execute("SELECT name FROM sqlite_master WHERE type = 'index'")
        names = {row[0] for row in cursor.fetchall()}
    assert "story_search_gin" not in names
