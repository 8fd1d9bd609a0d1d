"""Every database constraint refuses what it must (and accepts what it must not refuse)."""

import datetime as dt

import pytest
from django.db import IntegrityError, transaction

from stories.models import CheckEvent, Correction, Person, Source, Story
from tests.factories import make_claim, make_person, make_quote, make_source, make_story

pytestmark = pytest.mark.django_db


def _refused(make, **fields):
    with pytest.raises(IntegrityError), transaction.atomic():
        make(**fields)


def test_story_slug_is_unique():
    make_story(slug="same")
    _refused(make_story, slug="same")


def test_story_slug_cannot_be_empty():
    _refused(make_story, slug="")


def test_story_status_must_be_known():
    make_story(status="in_review")
    _refused(make_story, status="approved")


def test_published_story_needs_published_at():
    _refused(make_story, status="published", published_at=None)


def test_story_checksum_is_unique():
    make_story(source_checksum="a" * 64)
    _refused(make_story, source_checksum="a" * 64)
    # Many stories have no checksum (filed by hand).
    make_story(source_checksum=None)
    make_story(source_checksum=None)


@pytest.mark.parametrize(
    ("start", "end", "ok"),
    [(0, 5, True), (10, 11, True), (5, 5, False), (6, 5, False)],
)
def test_quote_span_must_be_non_empty_and_ordered(start, end, ok):
    story = make_story()
    if ok:
        make_quote(story, start=start, end=end, text=story.body[start:end])
    else:
        _refused(make_quote, story=story, start=start, end=end, text="x")


@pytest.mark.parametrize(("start", "end", "ok"), [(0, 1, True), (3, 3, False), (9, 2, False)])
def test_claim_span_must_be_non_empty_and_ordered(start, end, ok):
    story = make_story()
    if ok:
        make_claim(story, start=start, end=end, text=story.body[start:end])
    else:
        _refused(make_claim, story=story, start=start, end=end, text="x")


def test_quote_span_is_unique_within_a_story():
    story = make_story()
    make_quote(story)
    _refused(make_quote, story=story)
    make_quote(make_story())  # the same span in another story is fine


def test_claim_kind_and_status_must_be_known():
    _refused(make_claim, kind="weight")
    _refused(make_claim, status="maybe")


@pytest.mark.parametrize(
    "status", ["unchecked", "in_progress", "verified", "incorrect", "unverifiable"]
)
def test_every_check_status_is_accepted(status):
    make_quote(status=status)
    make_claim(status=status)
    make_source(status=status)


def test_source_status_and_kind_must_be_known():
    _refused(make_source, status="done")
    _refused(make_source, kind="telegram")


def test_source_date_and_precision_go_together():
    make_source(date=dt.date(2021, 9, 1), date_precision="month")
    make_source(date=None, date_precision="")
    _refused(make_source, date=dt.date(2021, 9, 1), date_precision="")
    _refused(make_source, date=None, date_precision="day")
    _refused(make_source, date=dt.date(2021, 9, 1), date_precision="week")


def test_person_name_is_unique_and_not_empty():
    make_person(name="Jane Doe", slug="jane-doe")
    _refused(make_person, name="Jane Doe", slug="jane-doe-2")
    _refused(make_person, name="", slug="nobody")


def test_correction_needs_a_note():
    story = make_story(status="published")
    _refused(
        Correction.objects.create,
        story=story,
        note="",
        corrected_at=dt.datetime(2021, 10, 1, tzinfo=dt.UTC),
    )


def _event(**fields):
    base = {
        "story": make_story(),
        "entry_type": "quote",
        "entry_id": 1,
        "from_status": "unchecked",
        "to_status": "verified",
        "created_at": dt.datetime(2021, 10, 1, tzinfo=dt.UTC),
    }
    return CheckEvent.objects.create(**{**base, **fields})


def test_check_event_statuses_must_fit_the_entry_type():
    _event()
    _event(entry_type="story", from_status="in_review", to_status="published")
    _refused(_event, entry_type="story", from_status="unchecked", to_status="verified")
    _refused(_event, entry_type="quote", from_status="draft", to_status="published")
    _refused(_event, entry_type="tweet")


def test_check_event_cannot_be_changed_or_deleted():
    event = _event()
    event.note = "rewritten"
    with pytest.raises(ValueError, match="append-only"):
        event.save()
    with pytest.raises(ValueError, match="append-only"):
        event.delete()
    assert CheckEvent.objects.get(pk=event.pk).note == ""


def test_story_with_a_check_log_cannot_be_deleted():
    event = _event()
    with pytest.raises(IntegrityError):
        Story.objects.filter(pk=event.story_id).delete()


def test_deleting_a_person_keeps_their_quotes_unattributed():
    person = make_person()
    quote = make_quote(speaker=person)
    source = make_source(author=person)
    Person.objects.filter(pk=person.pk).delete()
    quote.refresh_from_db()
    assert quote.speaker is None
    assert Source.objects.get(pk=source.pk).author is None
