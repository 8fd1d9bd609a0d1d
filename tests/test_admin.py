"""The fact-checker's workspace through the admin's HTTP interface: roles, verdicts, stale edits, publishing."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from stories import services
from stories.models import CheckEvent, CheckStatus, Correction, Quote, Story, StoryStatus
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _static_without_manifest(settings):
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }


def check_url(story: Story) -> str:
    return reverse("admin:stories_story_check", args=[story.pk])


def post_verdict(client, entry, op: str, *, note: str = "", evidence_url: str = "", version=None):
    return client.post(
        check_url(entry.story),
        {
            "entry": f"{entry._meta.model_name}-{entry.pk}",
            "version": entry.version if version is None else version,
            "op": op,
            "note": note,
            "evidence_url": evidence_url,
        },
    )


def post_story(client, story: Story, op: str, note: str = ""):
    return client.post(
        check_url(story), {"story_op": op, "story_version": story.version, "story_note": note}
    )


# ---------------------------------------------------------------------------
# Roles: every role against every action, success and refusal sharing one setup.

ROLES = {
    "reporter": factories.make_reporter,
    "checker": factories.make_checker,
    "editor": factories.make_editor,
}


def _verdict(client, user):
    claim = factories.make_claim(factories.make_story(status=StoryStatus.IN_REVIEW))
    client.post(
        check_url(claim.story),
        {
            "entry": f"claim-{claim.pk}",
            "version": claim.version,
            "op": "verified",
            "note": "Matches the post.",
        },
    )
    claim.refresh_from_db()
    return (
        claim.status == CheckStatus.VERIFIED
        and CheckEvent.objects.filter(entry_type="claim", entry_id=claim.pk, actor=user).exists()
    )


def _publish(client, user):
    story = factories.make_story(status=StoryStatus.IN_REVIEW)
    factories.make_claim(story, status=CheckStatus.VERIFIED)
    post_story(client, story, "publish")
    story.refresh_from_db()
    return story.status == StoryStatus.PUBLISHED


def _bulk_publish(client, user):
    story = factories.make_story(status=StoryStatus.IN_REVIEW)
    client.post(
        reverse("admin:stories_story_changelist"),
        {"action": "publish_selected", "_selected_action": [story.pk], "index": 0},
    )
    story.refresh_from_db()
    return story.status == StoryStatus.PUBLISHED


def _correct(client, user):
    story = factories.make_story(status=StoryStatus.PUBLISHED)
    post_story(client, story, "correct", "The date was Sept. 27, not Sept. 28.")
    return Correction.objects.filter(story=story).exists()


def _retract(client, user):
    story = factories.make_story(status=StoryStatus.PUBLISHED)
    post_story(client, story, "retract", "The post was a fabrication.")
    story.refresh_from_db()
    return story.status == StoryStatus.RETRACTED


def _submit(client, user):
    story = factories.make_story(status=StoryStatus.DRAFT)
    post_story(client, story, "submit")
    story.refresh_from_db()
    return story.status == StoryStatus.IN_REVIEW


def _reattribute(client, user):
    quote = factories.make_quote(factories.make_story(status=StoryStatus.IN_REVIEW))
    other = factories.make_person(name="Someone Else")
    client.post(
        reverse("admin:stories_quote_change", args=[quote.pk]),
        {"speaker": other.pk, "source": "", "loaded_version": quote.version},
    )
    quote.refresh_from_db()
    return quote.speaker_id == other.pk and CheckEvent.objects.filter(entry_id=quote.pk).exists()


ACTIONS = {
    "verdict": (_verdict, {"checker", "editor"}),
    "publish": (_publish, {"editor"}),
    "bulk_publish": (_bulk_publish, {"editor"}),
    "correct": (_correct, {"editor"}),
    "retract": (_retract, {"editor"}),
    "submit": (_submit, {"reporter", "editor"}),
    "reattribute": (_reattribute, {"checker", "editor"}),
}


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("action", ACTIONS)
def test_each_role_may_do_exactly_its_actions(client, role, action):
    user = ROLES[role]()
    client.force_login(user)
    run, allowed_roles = ACTIONS[action]
    assert run(client, user) == (role in allowed_roles)


def test_a_refused_verdict_names_the_reason_and_writes_nothing(client, reporter):
    claim = factories.make_claim(factories.make_story(status=StoryStatus.IN_REVIEW))
    client.force_login(reporter)
    response = post_verdict(client, claim, "verified", note="Looks right.")
    assert response.status_code == 403
    assert "permission" in response.content.decode()
    assert not CheckEvent.objects.exists()


def test_checker_sees_no_enabled_publish_button(client, checker):
    story = factories.make_story(status=StoryStatus.IN_REVIEW)
    client.force_login(checker)
    html = client.get(check_url(story)).content.decode()
    assert re.search(r'id="publish-btn" disabled', html)


# ---------------------------------------------------------------------------
# Verdicts on the check page


def test_verdict_writes_a_check_event_and_redirects_to_the_row(client, checker):
    claim = factories.make_claim(factories.make_story(status=StoryStatus.IN_REVIEW))
    client.force_login(checker)
    response = post_verdict(
        client, claim, "verified", note="Post dated Sept. 28.", evidence_url="https://example.org/p"
    )
    assert response.status_code == 302
    assert response["Location"].endswith(f"#entry-claim-{claim.pk}")
    event = CheckEvent.objects.get(entry_type="claim", entry_id=claim.pk)
    assert (event.from_status, event.to_status, event.actor) == ("unchecked", "verified", checker)
    assert event.evidence_url == "https://example.org/p"
    page = client.get(response["Location"]).content.decode()
    assert f'class="hl st-verified kind-claim kind-date" id="hl-claim-{claim.pk}"' in page
    assert "Post dated Sept. 28." in page


def test_stale_verdict_is_refused_naming_who_and_when_and_keeps_what_was_typed(
    client, checker, editor
):
    claim = factories.make_claim(factories.make_story(status=StoryStatus.IN_REVIEW))
    loaded_version = claim.version
    services.entry_set_status(
        entry=claim,
        to_status=CheckStatus.INCORRECT,
        user=editor,
        note="Wrong day.",
        now=dt.datetime(2021, 10, 1, 9, 30, tzinfo=dt.UTC),
    )
    client.force_login(checker)
    response = post_verdict(
        client,
        claim,
        "verified",
        note="My careful note",
        evidence_url="https://example.org/mine",
        version=loaded_version,
    )
    assert response.status_code == 409
    page = response.content.decode()
    assert "Edith Editor" in page and "2021-10-01 09:30" in page
    assert "My careful note" in page and "https://example.org/mine" in page
    claim.refresh_from_db()
    assert claim.status == CheckStatus.INCORRECT
    assert CheckEvent.objects.count() == 1


def test_verdict_without_evidence_is_refused_and_keeps_the_url_field(client, checker):
    claim = factories.make_claim(factories.make_story(status=StoryStatus.IN_REVIEW))
    client.force_login(checker)
    response = post_verdict(client, claim, "incorrect")
    assert response.status_code == 400
    assert "Say why" in response.content.decode()
    assert not CheckEvent.objects.exists()


def test_save_evidence_keeps_the_status_and_logs(client, checker):
    claim = factories.make_claim(factories.make_story(status=StoryStatus.IN_REVIEW))
    client.force_login(checker)
    post_verdict(client, claim, "save_evidence", evidence_url="https://example.org/e")
    claim.refresh_from_db()
    assert (claim.status, claim.evidence_url) == ("unchecked", "https://example.org/e")
    assert CheckEvent.objects.filter(entry_id=claim.pk, to_status="unchecked").count() == 1


def test_publish_refused_lists_every_open_entry_with_a_link(client, editor):
    story = factories.make_story(status=StoryStatus.IN_REVIEW)
    claim = factories.make_claim(story)
    quote = factories.make_quote(story, status=CheckStatus.IN_PROGRESS)
    factories.make_source(story, status=CheckStatus.VERIFIED)
    client.force_login(editor)
    response = post_story(client, story, "publish")
    assert response.status_code == 409
    blocked = response.content.decode().split('id="publish-blocked"')[1].split("</section>")[0]
    assert f'href="{check_url(story)}#entry-claim-{claim.pk}"' in blocked
    assert f'href="{check_url(story)}#entry-quote-{quote.pk}"' in blocked
    assert blocked.count("<li>") == 2
    story.refresh_from_db()
    assert story.status == StoryStatus.IN_REVIEW


def test_bulk_publish_reports_refusals_with_links(client, editor):
    ready = factories.make_story(status=StoryStatus.IN_REVIEW)
    blocked = factories.make_story(status=StoryStatus.IN_REVIEW)
    claim = factories.make_claim(blocked)
    client.force_login(editor)
    response = client.post(
        reverse("admin:stories_story_changelist"),
        {"action": "publish_selected", "_selected_action": [ready.pk, blocked.pk]},
        follow=True,
    )
    page = response.content.decode()
    assert "Published 1 story." in page
    assert f"#entry-claim-{claim.pk}" in page
    assert Story.objects.get(pk=ready.pk).status == StoryStatus.PUBLISHED
    assert Story.objects.get(pk=blocked.pk).status == StoryStatus.IN_REVIEW


def test_retract_without_note_is_refused(client, editor):
    story = factories.make_story(status=StoryStatus.PUBLISHED)
    client.force_login(editor)
    response = post_story(client, story, "retract", "")
    assert response.status_code == 400
    story.refresh_from_db()
    assert story.status == StoryStatus.PUBLISHED


# ---------------------------------------------------------------------------
# What the check page shows


def test_check_page_shows_computed_values_and_machine_checks(client, checker):
    story = factories.make_seed_story()
    client.force_login(checker)
    page = client.get(check_url(story)).content.decode()
    date = story.claims.filter(kind="date", value__value__regex=r"^\d{4}-\d{2}-\d{2}$").first()
    assert date is not None
    assert f"Resolves to {date.resolved_date:%A} {date.resolved_date.day}" in page
    age = story.claims.filter(kind="age", subject__name="Chrissy Teigen").first()
    assert age is not None
    assert "35 on 2021-09-29 (dateline): consistent" in page
    # Quotes name the post they came from.
    quote = story.quotes.exclude(source=None).first()
    assert f"From {quote.source.label}: " in page


def test_machine_check_follows_the_evidence(client, checker):
    story = factories.make_story(status=StoryStatus.IN_REVIEW)
    person = factories.make_person(name="Jane Doe", birth_date=dt.date(1979, 1, 1))
    start = story.body.index("42")
    factories.make_claim(
        story, kind="age", text="42", start=start, end=start + 2, value={"age": 42}, subject=person
    )
    client.force_login(checker)
    assert (
        "42 on 2021-09-29 (dateline): consistent" in client.get(check_url(story)).content.decode()
    )
    person.birth_date = dt.date(1970, 1, 1)
    person.save()
    page = client.get(check_url(story)).content.decode()
    assert "51 on 2021-09-29 (dateline), but the story says 42: inconsistent" in page
    claim = story.claims.get()
    assert claim.status == CheckStatus.UNCHECKED  # a machine check never sets a verdict


def test_quote_check_shows_a_word_diff_against_captured_text(client, checker):
    story = factories.make_story(status=StoryStatus.IN_REVIEW)
    source = factories.make_source(story, captured_text="We are so ready, she said.")
    factories.make_quote(story, source=source)
    client.force_login(checker)
    page = client.get(check_url(story)).content.decode()
    assert "oc-near" in page
    assert '<ins title="in the source, not in the story">so</ins>' in page


def test_story_text_is_escaped_around_the_highlights(client, checker):
    body = "<script>alert(1)</script> “We are ready,” she said, “<b>hi</b>” on Sept. 28."
    story = factories.make_story(body=body, status=StoryStatus.IN_REVIEW)
    start = body.index("<b>hi</b>")
    Quote.objects.create(story=story, text="<b>hi</b>", start=start, end=start + 9)
    factories.make_quote(story)
    factories.make_claim(story)
    client.force_login(checker)
    page = client.get(check_url(story)).content.decode()
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&lt;b&gt;hi&lt;/b&gt;" in page


def test_each_entry_has_its_history_and_the_story_its_log(client, checker, editor):
    story = factories.make_story(status=StoryStatus.IN_REVIEW)
    claim = factories.make_claim(story)
    services.entry_set_status(entry=claim, to_status="in_progress", user=checker)
    services.entry_set_status(entry=claim, to_status="verified", user=editor, note="Confirmed.")
    client.force_login(checker)
    page = client.get(check_url(story)).content.decode()
    row = page.split(f'id="entry-claim-{claim.pk}"')[1].split("</article>")[0]
    assert "History (2)" in row and "Confirmed." in row
    log = page.split('id="check-log"')[1]
    assert log.count("<tr>") == 1 + 2


# ---------------------------------------------------------------------------
# The story list


def test_story_list_shows_progress_counts_and_filters(client, checker):
    done = factories.make_story(headline="All verified", status=StoryStatus.IN_REVIEW)
    factories.make_claim(done, status=CheckStatus.VERIFIED)
    bad = factories.make_story(headline="One incorrect", status=StoryStatus.IN_REVIEW)
    factories.make_claim(bad, status=CheckStatus.INCORRECT)
    factories.make_quote(bad)
    factories.make_source(bad, status=CheckStatus.UNVERIFIABLE)
    client.force_login(checker)
    url = reverse("admin:stories_story_changelist")
    page = client.get(url).content.decode()
    row = page.split("One incorrect")[1].split("</tr>")[0]
    for text in ("0 verified", "1 incorrect", "1 unverifiable", "1 open", "1 quote", "1 claim"):
        assert text in row
    filtered = client.get(url, {"has_incorrect": "yes"}).content.decode()
    assert "One incorrect" in filtered and "All verified" not in filtered


def test_story_list_filters_by_checker_and_searches_people(client, checker, editor):
    story = factories.make_story(headline="Checked by Felix", status=StoryStatus.IN_REVIEW)
    other = factories.make_story(headline="Untouched", status=StoryStatus.IN_REVIEW)
    person = factories.make_person(name="Gabrielle Union")
    quote = factories.make_quote(story, speaker=person)
    factories.make_quote(other)
    services.entry_set_status(entry=quote, to_status="in_progress", user=checker)
    client.force_login(editor)
    url = reverse("admin:stories_story_changelist")
    by_checker = client.get(url, {"checker": checker.pk}).content.decode()
    assert "Checked by Felix" in by_checker and "Untouched" not in by_checker
    found = client.get(url, {"q": "Gabrielle"}).content.decode()
    assert "Checked by Felix" in found and "Untouched" not in found


# ---------------------------------------------------------------------------
# People, sources, quotes, the check log


def test_person_page_shows_birth_date_evidence_and_appearances(client, checker):
    person = factories.make_person(
        name="Chrissy Teigen",
        birth_date=dt.date(1985, 11, 30),
        birth_date_evidence="https://en.wikipedia.org/wiki/Chrissy_Teigen",
    )
    one, two = factories.make_story(headline="First"), factories.make_story(headline="Second")
    factories.make_quote(one, speaker=person)
    start = two.body.index("42")
    factories.make_claim(
        two, kind="age", text="42", start=start, end=start + 2, value={"age": 42}, subject=person
    )
    client.force_login(checker)
    page = client.get(reverse("admin:stories_person_change", args=[person.pk])).content.decode()
    assert "1985-11-30" in page and "https://en.wikipedia.org/wiki/Chrissy_Teigen" in page
    assert "First" in page and "Second" in page and "Age claim about them" in page


def test_source_page_shows_its_quotes_and_its_check(client, checker):
    source = factories.make_source(status=CheckStatus.VERIFIED)
    factories.make_quote(source.story, source=source)
    client.force_login(checker)
    page = client.get(reverse("admin:stories_source_change", args=[source.pk])).content.decode()
    assert "“We are ready,”" in page and "Verified" in page


def test_stale_reattribution_is_refused(client, checker, editor):
    quote = factories.make_quote()
    loaded = quote.version
    services.entry_set_status(entry=quote, to_status="in_progress", user=editor)
    other = factories.make_person(name="Someone Else")
    client.force_login(checker)
    response = client.post(
        reverse("admin:stories_quote_change", args=[quote.pk]),
        {"speaker": other.pk, "source": "", "loaded_version": loaded},
        follow=True,
    )
    assert "changed by Edith Editor" in response.content.decode()
    assert Quote.objects.get(pk=quote.pk).speaker_id is None


def test_nobody_can_change_or_delete_a_check_event_not_even_a_superuser(client):
    claim = factories.make_claim()
    services.entry_set_status(entry=claim, to_status="in_progress", user=factories.make_checker())
    event = CheckEvent.objects.get()
    admin_user = get_user_model().objects.create_superuser("root", password="pw-for-tests-only")
    client.force_login(admin_user)
    change = reverse("admin:stories_checkevent_change", args=[event.pk])
    page = client.get(change)
    assert page.status_code == 200 and 'name="_save"' not in page.content.decode()
    assert client.post(change, {"to_status": "verified"}).status_code == 403
    delete = reverse("admin:stories_checkevent_delete", args=[event.pk])
    assert client.post(delete, {"post": "yes"}).status_code == 403
    assert client.get(reverse("admin:stories_checkevent_add")).status_code == 403
    event.refresh_from_db()
    assert event.to_status == "in_progress"


# ---------------------------------------------------------------------------
# Filing and editing a story through the admin form (services.story_import / story_update)


def test_filing_a_story_in_the_admin_imports_it_and_opens_the_check_page(client, reporter):
    client.force_login(reporter)
    response = client.post(
        reverse("admin:stories_story_add"),
        {
            "headline": "Bridge opens",
            "byline": "Rita Reporter",
            "dateline": "2021-09-29",
            "body": "The bridge opened on Sept. 28, the mayor said.",
        },
    )
    story = Story.objects.get()
    assert response.status_code == 302
    assert response["Location"] == check_url(story)
    assert (story.headline, story.created_by, story.status) == ("Bridge opens", reporter, "draft")
    assert story.source_checksum


def test_editing_a_story_goes_through_story_update_and_refuses_stale_edits(client, reporter):
    story = factories.make_story()
    client.force_login(reporter)
    url = reverse("admin:stories_story_change", args=[story.pk])
    form = {"headline": "New headline", "byline": "R.", "loaded_version": story.version}
    assert client.post(url, form).status_code == 302
    story.refresh_from_db()
    assert (story.headline, story.version) == ("New headline", 2)
    stale = client.post(url, {**form, "headline": "Lost edit"}, follow=True)
    assert "changed by someone else" in stale.content.decode()
    story.refresh_from_db()
    assert story.headline == "New headline"


def test_published_story_form_is_read_only(client, editor):
    story = factories.make_story(status=StoryStatus.PUBLISHED)
    client.force_login(editor)
    url = reverse("admin:stories_story_change", args=[story.pk])
    assert 'name="_save"' not in client.get(url).content.decode()
    assert client.post(url, {"headline": "x", "loaded_version": story.version}).status_code == 403


def test_people_are_searchable_by_name_and_alias(client, checker):
    factories.make_person(name="Chrissy Teigen", aliases=["Teigen", "the model"])
    factories.make_person(name="John Legend")
    client.force_login(checker)
    url = reverse("admin:stories_person_changelist")
    page = client.get(url, {"q": "the model"}).content.decode()
    assert "Chrissy Teigen" in page and "John Legend" not in page


def _source_form(source, **overrides):
    data = {
        "label": "P1",
        "kind": "post",
        "platform": "Instagram",
        "author": "",
        "date": "2021-09-28",
        "date_precision": "day",
        "description": "",
        "url": "",
        "archived_url": "",
        "captured_text": "We are ready, she wrote.",
        "loaded_version": source.version,
    }
    return {**data, **overrides}


def test_editing_a_source_is_logged_reopens_its_check_and_the_quote_check_follows(client, checker):
    story = factories.make_story(status=StoryStatus.IN_REVIEW)
    source = factories.make_source(story, status=CheckStatus.VERIFIED, evidence_url="https://e.x/")
    factories.make_quote(story, source=source)
    client.force_login(checker)
    assert "oc-unknown" in client.get(check_url(story)).content.decode()
    response = client.post(
        reverse("admin:stories_source_change", args=[source.pk]), _source_form(source)
    )
    assert response.status_code == 302
    source.refresh_from_db()
    # The verdict was about the old facts: the source is checked again.
    assert (source.status, source.captured_text, source.version) == (
        "unchecked",
        "We are ready, she wrote.",
        2,
    )
    event = CheckEvent.objects.get(entry_type="source", entry_id=source.pk)
    assert (event.from_status, event.to_status, event.actor) == ("verified", "unchecked", checker)
    assert "captured_text" in event.note
    assert "oc-exact" in client.get(check_url(story)).content.decode()


def test_a_stale_source_edit_is_refused_and_changes_nothing(client, checker):
    story = factories.make_story(status=StoryStatus.IN_REVIEW)
    source = factories.make_source(story, url="https://example.org/original")
    client.force_login(checker)
    stale = _source_form(source, url="https://example.org/mine")
    client.post(
        reverse("admin:stories_source_change", args=[source.pk]),
        _source_form(source, url="https://example.org/theirs"),
    )
    response = client.post(
        reverse("admin:stories_source_change", args=[source.pk]), stale, follow=True
    )
    source.refresh_from_db()
    assert source.url == "https://example.org/theirs"
    assert "after you loaded it" in response.content.decode()


def test_a_fact_checker_cannot_edit_a_source_of_a_published_story(client, checker):
    story = factories.make_story(status=StoryStatus.PUBLISHED)
    source = factories.make_source(
        story, status=CheckStatus.VERIFIED, url="https://example.org/original"
    )
    client.force_login(checker)
    response = client.post(
        reverse("admin:stories_source_change", args=[source.pk]),
        _source_form(source, url="https://evil.example/x"),
        follow=True,
    )
    source.refresh_from_db()
    assert (source.url, source.status) == ("https://example.org/original", "verified")
    assert "Only an editor" in response.content.decode()


def test_evidence_must_be_a_web_address(client, checker):
    claim = factories.make_claim(factories.make_story(status=StoryStatus.IN_REVIEW))
    client.force_login(checker)
    response = post_verdict(client, claim, "verified", evidence_url="javascript:alert(1)")
    assert response.status_code == 400
    assert "http:// or https://" in response.content.decode()
    assert 'href="javascript:' not in response.content.decode()
    assert not CheckEvent.objects.exists()


def test_a_logged_non_web_evidence_is_shown_as_text_not_a_link(client, checker):
    claim = factories.make_claim(factories.make_story(status=StoryStatus.IN_REVIEW))
    services.entry_set_status(
        entry=claim, to_status="verified", user=checker, evidence_url="javascript:alert(1)"
    )
    client.force_login(checker)
    page = client.get(check_url(claim.story)).content.decode()
    assert "evidence: javascript:alert(1)" in page
    assert 'href="javascript:' not in page


def test_story_page_shows_its_full_check_log(client, checker, editor):
    story = factories.make_story(status=StoryStatus.IN_REVIEW)
    claim = factories.make_claim(story)
    services.entry_set_status(entry=claim, to_status="verified", user=checker, note="Post seen.")
    services.story_publish(story=story, user=editor)
    client.force_login(editor)
    page = client.get(reverse("admin:stories_story_change", args=[story.pk])).content.decode()
    log = page.split('class="check-log"')[1].split("</table>")[0]
    assert log.count("<tr>") == 1 + 2
    assert "Felix Checker" in log and "Post seen." in log and "Edith Editor" in log


def test_stale_verdict_after_an_evidence_only_change_names_that_change(client, checker, editor):
    claim = factories.make_claim(factories.make_story(status=StoryStatus.IN_REVIEW))
    loaded_version = claim.version
    services.entry_update_evidence(
        entry=claim,
        user=editor,
        expected_version=claim.version,
        note="Archived copy attached.",
        now=dt.datetime(2021, 10, 2, 8, 0, tzinfo=dt.UTC),
    )
    client.force_login(checker)
    response = post_verdict(client, claim, "verified", note="Mine", version=loaded_version)
    assert response.status_code == 409
    page = response.content.decode()
    assert "Edith Editor changed its evidence" in page and "2021-10-02 08:00" in page


def test_open_only_view_lists_only_entries_still_open(client, checker):
    story = factories.make_story(status=StoryStatus.IN_REVIEW)
    done = factories.make_claim(story, status=CheckStatus.VERIFIED)
    left = factories.make_quote(story)
    client.force_login(checker)
    page = client.get(check_url(story), {"show": "open"}).content.decode()
    assert f'id="entry-quote-{left.pk}"' in page
    assert f'id="entry-claim-{done.pk}"' not in page
    assert f'id="hl-claim-{done.pk}"' in page  # the article still shows every highlight


def test_a_verdict_in_the_open_only_view_returns_to_the_queue(client, checker):
    claim = factories.make_claim(factories.make_story(status=StoryStatus.IN_REVIEW))
    client.force_login(checker)
    response = client.post(
        check_url(claim.story) + "?show=open",
        {"entry": f"claim-{claim.pk}", "version": claim.version, "op": "unverifiable"},
    )
    assert response["Location"] == check_url(claim.story) + "?show=open"
