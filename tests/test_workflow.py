"""The workflow services: every allowed and forbidden transition, the publish gate, the log, the roles."""

import datetime as dt
import itertools

import pytest

from stories import services
from stories.models import CheckEvent, CheckStatus, Story, StoryStatus
from stories.services import CHECK_TRANSITIONS, STORY_TRANSITIONS
from tests.factories import make_claim, make_quote, make_source, make_story

pytestmark = pytest.mark.django_db

ENTRY_MAKERS = {"quote": make_quote, "claim": make_claim, "source": make_source}
CHECK_PAIRS = list(itertools.product(CheckStatus.values, CheckStatus.values))
STORY_PAIRS = list(itertools.product(StoryStatus.values, StoryStatus.values))


@pytest.mark.parametrize("entry_type", ENTRY_MAKERS)
@pytest.mark.parametrize(("from_status", "to_status"), CHECK_PAIRS)
def test_entry_transition_follows_the_table(entry_type, from_status, to_status, checker, now):
    entry = ENTRY_MAKERS[entry_type](status=from_status)
    allowed = to_status in CHECK_TRANSITIONS[from_status]
    if allowed:
        result = services.entry_set_status(
            entry=entry,
            to_status=to_status,
            user=checker,
            note="Checked against the post.",
            now=now,
        )
        assert result.status == to_status
        assert result.version == entry.version + 1
        assert result.checked_by == checker
        assert result.checked_at == now
        event = CheckEvent.objects.get()
        assert (event.entry_type, event.entry_id) == (entry_type, entry.pk)
        assert (event.from_status, event.to_status, event.actor) == (
            from_status,
            to_status,
            checker,
        )
    else:
        with pytest.raises(services.InvalidTransition, match="cannot go from"):
            services.entry_set_status(
                entry=entry, to_status=to_status, user=checker, note="n", now=now
            )
        entry.refresh_from_db()
        assert entry.status == from_status
        assert not CheckEvent.objects.exists()


def test_unknown_status_is_refused(checker):
    quote = make_quote()
    with pytest.raises(services.InvalidTransition, match="not a check status"):
        services.entry_set_status(entry=quote, to_status="approved", user=checker)


@pytest.mark.parametrize("verdict", ["verified", "incorrect"])
def test_verdict_needs_evidence_or_note(verdict, checker):
    quote = make_quote()
    with pytest.raises(services.InvalidTransition, match="needs an evidence URL or a note"):
        services.entry_set_status(entry=quote, to_status=verdict, user=checker)
    services.entry_set_status(
        entry=quote, to_status=verdict, user=checker, evidence_url="https://example.org/p"
    )
    quote.refresh_from_db()
    assert quote.status == verdict
    assert quote.evidence_url == "https://example.org/p"


def test_stale_verdict_is_refused_naming_who_and_when(checker, now):
    other = checker.__class__.objects.create_user(
        username="other", first_name="Olga", last_name="Other"
    )
    other.groups.add(*checker.groups.all())
    claim = make_claim()
    loaded_version = claim.version
    services.entry_set_status(entry=claim, to_status="in_progress", user=other, now=now)
    with pytest.raises(services.StaleEdit) as info:
        services.entry_set_status(
            entry=claim,
            to_status="verified",
            user=checker,
            expected_version=loaded_version,
            note="n",
        )
    message = str(info.value)
    assert "Olga Other" in message
    assert "2021-10-01 09:30" in message
    assert info.value.current_version == loaded_version + 1
    claim.refresh_from_db()
    assert claim.status == "in_progress"
    assert CheckEvent.objects.count() == 1


def test_current_version_is_accepted(checker):
    claim = make_claim()
    services.entry_set_status(
        entry=claim, to_status="verified", user=checker, expected_version=claim.version, note="ok"
    )
    assert CheckEvent.objects.filter(to_status="verified").count() == 1


def test_evidence_update_is_logged_and_stale_checked(checker):
    quote = make_quote()
    updated = services.entry_update_evidence(
        entry=quote, user=checker, expected_version=1, evidence_url="https://example.org/e"
    )
    assert updated.evidence_url == "https://example.org/e"
    assert updated.version == 2
    with pytest.raises(services.StaleEdit):
        services.entry_update_evidence(entry=quote, user=checker, expected_version=1, note="late")
    assert CheckEvent.objects.count() == 1


def test_reattributing_a_quote_is_logged_and_reopens_it(checker):
    from tests.factories import make_person

    quote = make_quote(status="verified")
    speaker = make_person(name="Joan Doe", slug="joan-doe")
    source = make_source(story=quote.story)
    result = services.quote_reattribute(
        quote=quote, user=checker, expected_version=quote.version, speaker=speaker, source=source
    )
    assert (result.speaker, result.source, result.status) == (speaker, source, "unchecked")
    event = CheckEvent.objects.get()
    assert "Re-attributed" in event.note and "Joan Doe" in event.note


def test_quote_cannot_come_from_another_storys_source(checker):
    quote = make_quote()
    with pytest.raises(services.InvalidTransition, match="its own story"):
        services.quote_reattribute(
            quote=quote, user=checker, expected_version=1, source=make_source()
        )


# --- Story workflow --------------------------------------------------------

STORY_ACTIONS = {
    StoryStatus.IN_REVIEW: lambda story, editor: services.story_submit(story=story, user=editor),
    StoryStatus.DRAFT: lambda story, editor: services.story_return_to_draft(
        story=story, user=editor
    ),
    StoryStatus.PUBLISHED: lambda story, editor: services.story_publish(story=story, user=editor),
    StoryStatus.RETRACTED: lambda story, editor: services.story_retract(
        story=story, user=editor, note="Wrong."
    ),
}


@pytest.mark.parametrize(("from_status", "to_status"), STORY_PAIRS)
def test_story_transition_follows_the_table(from_status, to_status, editor):
    story = make_story(status=from_status)
    if to_status in STORY_TRANSITIONS[from_status]:
        result = STORY_ACTIONS[to_status](story, editor)
        assert result.status == to_status
        assert result.version == story.version + 1
        event = CheckEvent.objects.get()
        assert (event.entry_type, event.from_status, event.to_status) == (
            "story",
            from_status,
            to_status,
        )
    else:
        with pytest.raises(services.InvalidTransition):
            STORY_ACTIONS[to_status](story, editor)
        story.refresh_from_db()
        assert story.status == from_status
        assert not CheckEvent.objects.exists()


@pytest.mark.parametrize("open_status", ["unchecked", "in_progress", "incorrect"])
@pytest.mark.parametrize("entry_type", ENTRY_MAKERS)
def test_publish_refuses_story_with_open_entry(entry_type, open_status, editor):
    story = make_story(status="in_review")
    entry = ENTRY_MAKERS[entry_type](story=story, status=open_status)
    make_claim(story=story, status="verified", start=0, end=8, text=story.body[:8])
    with pytest.raises(services.PublishBlocked) as info:
        services.story_publish(story=story, user=editor)
    assert info.value.open_entries == [entry]
    message = str(info.value)
    assert "1 entry is still open" in message
    assert entry_type in message and open_status.replace("_", " ") in message
    story.refresh_from_db()
    assert story.status == "in_review"
    assert story.published_at is None
    assert not CheckEvent.objects.exists()


def test_publish_lists_every_open_entry_in_reading_order(editor):
    story = make_story(status="in_review")
    claim = make_claim(story=story)
    quote = make_quote(story=story, status="in_progress")
    source = make_source(story=story, status="incorrect")
    with pytest.raises(services.PublishBlocked) as info:
        services.story_publish(story=story, user=editor)
    assert info.value.open_entries == [source, claim, quote]
    assert "3 entries are still open" in str(info.value)


@pytest.mark.parametrize("done_status", ["verified", "unverifiable"])
def test_publish_accepts_story_whose_entries_are_all_decided(done_status, editor, now):
    story = make_story(status="in_review")
    make_quote(story=story, status=done_status)
    make_claim(story=story, status="verified")
    make_source(story=story, status=done_status)
    published = services.story_publish(story=story, user=editor, now=now)
    assert published.status == "published"
    assert published.published_at == now


def test_correction_is_dated_public_and_logged(editor, now):
    story = make_story(status="published")
    correction = services.story_correct(
        story=story, note="The post was from Sept. 27.", user=editor, now=now
    )
    assert correction.corrected_at == now
    assert list(story.corrections.all()) == [correction]
    services.story_correct(
        story=story, note="A second fix.", user=editor, now=now + dt.timedelta(days=1)
    )
    assert story.corrections.count() == 2
    assert CheckEvent.objects.filter(entry_type="story", note__startswith="Correction").count() == 2


@pytest.mark.parametrize("status", ["draft", "in_review", "retracted"])
def test_only_published_stories_can_be_corrected(status, editor):
    story = make_story(status=status)
    with pytest.raises(services.InvalidTransition, match="Only a published story"):
        services.story_correct(story=story, note="x", user=editor)
    assert not story.corrections.exists()


def test_correction_and_retraction_need_a_note(editor):
    story = make_story(status="published")
    with pytest.raises(services.InvalidTransition, match="needs a note"):
        services.story_correct(story=story, note="  ", user=editor)
    with pytest.raises(services.InvalidTransition, match="needs a note"):
        services.story_retract(story=story, note="", user=editor)


def test_retraction_keeps_the_note_for_readers(editor, now):
    story = make_story(status="published")
    retracted = services.story_retract(
        story=story, note="The interview never happened.", user=editor, now=now
    )
    assert retracted.retraction_note == "The interview never happened."
    assert retracted.retracted_at == now
    assert Story.objects.published().filter(pk=story.pk).exists()  # the notice stays public


def test_stale_story_publish_is_refused(editor):
    story = make_story(status="in_review")
    services.story_update(story=story, user=editor, expected_version=1, headline="New headline")
    with pytest.raises(services.StaleEdit):
        services.story_publish(story=story, user=editor, expected_version=1)
    story.refresh_from_db()
    assert story.status == "in_review"


def test_story_update_refuses_a_stale_version(reporter):
    story = make_story()
    services.story_update(story=story, user=reporter, expected_version=1, headline="First")
    with pytest.raises(services.StaleEdit):
        services.story_update(story=story, user=reporter, expected_version=1, headline="Second")
    story.refresh_from_db()
    assert story.headline == "First"


# --- Roles ------------------------------------------------------------------

ROLE_TABLE = [
    # action, reporter, fact-checker, editor
    ("submit", True, False, True),
    ("verdict", False, True, True),
    ("publish", False, False, True),
    ("correct", False, False, True),
    ("retract", False, False, True),
    ("edit_draft", True, False, True),
]


def _do(action, user):
    if action == "submit":
        return services.story_submit(story=make_story(), user=user)
    if action == "verdict":
        return services.entry_set_status(entry=make_quote(), to_status="in_progress", user=user)
    if action == "publish":
        return services.story_publish(story=make_story(status="in_review"), user=user)
    if action == "correct":
        return services.story_correct(story=make_story(status="published"), note="Fix.", user=user)
    if action == "retract":
        return services.story_retract(story=make_story(status="published"), note="Why.", user=user)
    if action == "edit_draft":
        return services.story_update(
            story=make_story(), user=user, expected_version=1, headline="H"
        )
    raise AssertionError(action)


@pytest.mark.parametrize(("action", "as_reporter", "as_checker", "as_editor"), ROLE_TABLE)
def test_roles_may_do_exactly_their_actions(
    action, as_reporter, as_checker, as_editor, reporter, checker, editor
):
    for user, allowed in ((reporter, as_reporter), (checker, as_checker), (editor, as_editor)):
        if allowed:
            _do(action, user)
        else:
            before = CheckEvent.objects.count()
            with pytest.raises(services.NotAllowed):
                _do(action, user)
            assert CheckEvent.objects.count() == before


def test_user_without_role_can_do_nothing(django_user_model):
    nobody = django_user_model.objects.create_user(username="nobody", is_staff=True)
    for action, *_ in ROLE_TABLE:
        with pytest.raises(services.NotAllowed):
            _do(action, nobody)


def test_fact_checker_cannot_change_verdicts_of_a_published_story(checker, editor):
    quote = make_quote(story=make_story(status="published"), status="verified")
    with pytest.raises(services.NotAllowed, match="Only an editor"):
        services.entry_set_status(entry=quote, to_status="incorrect", user=checker, note="n")
    services.entry_set_status(
        entry=quote, to_status="incorrect", user=editor, note="Found a mistake."
    )


def test_inactive_user_is_refused(checker):
    checker.is_active = False
    checker.save()
    with pytest.raises(services.NotAllowed):
        services.entry_set_status(entry=make_quote(), to_status="in_progress", user=checker)


@pytest.mark.parametrize("verdict", ["verified", "incorrect"])
def test_a_decided_verdict_cannot_lose_both_its_note_and_its_evidence(verdict, checker):
    quote = make_quote(
        status=verdict, verdict_note="Matches the post.", evidence_url="https://e.x/p"
    )
    services.entry_update_evidence(entry=quote, user=checker, expected_version=1, note="")
    with pytest.raises(services.InvalidTransition, match="cannot lose both"):
        services.entry_update_evidence(
            entry=quote, user=checker, expected_version=2, evidence_url=""
        )
    quote.refresh_from_db()
    assert quote.evidence_url == "https://e.x/p"


def test_saving_a_quote_unchanged_keeps_its_verdict(checker):
    from tests.factories import make_person

    speaker = make_person()
    quote = make_quote(status="verified", speaker=speaker)
    result = services.quote_reattribute(
        quote=quote, user=checker, expected_version=1, speaker=speaker
    )
    assert (result.status, result.version) == ("verified", 1)
    assert not CheckEvent.objects.exists()


def test_editing_a_source_reopens_it_and_logs_what_changed(checker, now):
    source = make_source(status="verified", url="https://example.org/a")
    result = services.source_update(
        source=source,
        user=checker,
        expected_version=1,
        changes={"url": "https://example.org/b"},
        now=now,
    )
    assert (result.url, result.status, result.version) == ("https://example.org/b", "unchecked", 2)
    event = CheckEvent.objects.get()
    assert (event.from_status, event.to_status, event.note) == (
        "verified",
        "unchecked",
        "Source edited: url.",
    )
    with pytest.raises(services.StaleEdit):
        services.source_update(
            source=source, user=checker, expected_version=1, changes={"url": "https://x.org/"}
        )
    with pytest.raises(services.InvalidTransition, match="not edited here"):
        services.source_update(
            source=source, user=checker, expected_version=2, changes={"status": "verified"}
        )
    assert CheckEvent.objects.count() == 1
