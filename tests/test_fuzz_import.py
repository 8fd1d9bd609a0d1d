"""The importer fuzzed: whatever arrives, it files a story or raises ImportRejected, and a rejection writes nothing."""

from __future__ import annotations

import datetime as dt

import pytest
from django.test import override_settings
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from stories import services
from stories.models import CheckEvent, Claim, Person, Quote, Source, Story

pytestmark = pytest.mark.django_db

FUZZ = settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    database=None,
)
MODELS = (Story, Person, Source, Quote, Claim, CheckEvent)


def _counts() -> tuple[int, ...]:
    return tuple(model.objects.count() for model in MODELS)


def _import_or_reject(**kwargs) -> None:
    """Import; a rejection must leave every table exactly as it was."""
    before = _counts()
    try:
        result = services.story_import(**kwargs)
    except services.ImportRejected as exc:
        assert str(exc), "a rejection must say why"
        assert _counts() == before
        return
    story = result.story
    assert Story.objects.filter(pk=story.pk).exists()
    # Whatever was stored points into the body exactly (the import's own invariant).
    for entry in [*story.quotes.all(), *story.claims.all()]:
        assert story.body[entry.start : entry.end] == entry.text


header = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)).map(
    lambda d: f" date {d.isoformat()} "
)
# Story-like text: words, quotes of every kind, numbers, dates, markup, control characters.
fragments = st.sampled_from(
    [
        "said",
        "“",
        "”",
        '"',
        "'",
        "‘",
        "’",
        "Sept. 28",
        "a year ago",
        "35-year-old",
        "Instagram",
        "posted",
        "\n\n",
        "<script>alert(1)</script>",
        "&amp;",
        "\u202e",
        "\x00",
        "\ufeff",
        "Chrissy Teigen",
        "she",
        ". ",
        "2021",
        "last week",
    ]
)
# Text PostgreSQL or UTF-8 cannot store: NUL, other control characters, lone surrogates.
hostile = st.text(st.characters(categories=["Cc", "Cs", "Lu"]), min_size=1, max_size=20)
storyish = st.lists(st.one_of(fragments, st.text(max_size=20)), max_size=60).map("".join)


@FUZZ
@given(data=st.binary(max_size=4096))
def test_random_bytes(data):
    _import_or_reject(data=data)


@FUZZ
@given(
    data=st.one_of(
        st.text(max_size=2000),
        # Lone surrogates: valid Python str, not encodable as UTF-8.
        st.text(st.characters(categories=["Cs", "Cc", "Lo", "So"]), max_size=200),
    )
)
def test_random_unicode(data):
    _import_or_reject(data=data)


@FUZZ
@given(head=header, body=storyish)
def test_story_shaped_text_with_a_header(head, body):
    _import_or_reject(data=head + body)


@FUZZ
@given(body=storyish, dateline=st.dates())
def test_story_shaped_text_with_a_dateline_argument(body, dateline):
    _import_or_reject(data=body, dateline=dateline)


@FUZZ
@given(
    data=st.one_of(
        st.none(),
        st.integers(),
        st.floats(),
        st.lists(st.integers(0, 255), max_size=10),
        st.dictionaries(st.text(max_size=5), st.text(max_size=5), max_size=3),
        st.binary(max_size=50).map(bytearray),
        st.binary(max_size=50).map(memoryview),
    )
)
def test_wrong_types_for_the_file(data):
    _import_or_reject(data=data)


@FUZZ
@given(
    dateline=st.one_of(st.none(), st.text(max_size=12), st.integers(), st.datetimes()),
    headline=st.one_of(st.none(), st.text(max_size=400), st.integers(), st.just(""), hostile),
    byline=st.one_of(st.text(max_size=300), st.integers(), st.none(), hostile),
)
def test_wrong_types_for_the_other_arguments(dateline, headline, byline):
    _import_or_reject(
        data=" date 2021-09-29 Jane Doe said “hello” on Sept. 28.",
        dateline=dateline,
        headline=headline,
        byline=byline,
    )


@override_settings(NEWSROOM_MAX_IMPORT_BYTES=4096)
@FUZZ
@given(size=st.integers(4097, 50_000), fill=st.sampled_from([b"a", b"\xe2\x80\x9c", b" ", b"\n"]))
def test_inputs_over_the_limit_are_rejected_before_any_work(size, fill):
    data = (b" date 2021-09-29 " + fill * size)[: max(size, 4097)]
    with pytest.raises(services.ImportRejected, match="limit"):
        services.story_import(data=data)


def test_a_story_just_under_the_real_limit_imports_or_is_rejected_cleanly():
    from django.conf import settings as django_settings

    limit = django_settings.NEWSROOM_MAX_IMPORT_BYTES
    sentence = "Jane Doe, 42, said on Sept. 28 that “the bridge is ready,” she wrote on Instagram. "
    head = " date 2021-09-29 "
    body = (sentence * (limit // len(sentence.encode())))[: limit - len(head) - 8]
    _import_or_reject(data=(head + body).encode()[:limit])
    _import_or_reject(data=(head + body).encode() + b"x" * limit)
