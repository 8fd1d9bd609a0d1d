"""The authenticated newsroom API: filing a story for checking and setting verdicts.

Success and refusal tests share their setup, and every refusal asserts that
nothing was written.
"""

from __future__ import annotations

import pytest
from django.core.cache import cache
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from stories.models import CheckEvent, CheckStatus, Claim, Quote, Source, Story, StoryStatus
from tests.factories import make_claim, make_quote, make_source, make_story, make_user

pytestmark = pytest.mark.django_db

STORY_TEXT = (
    " date 2021-09-29 Jane Doe, 42, said on Sept. 28 that the bridge would open. "
    "“We are ready,” she wrote on Instagram. A year ago it was closed."
)


@pytest.fixture(autouse=True)
def _fresh_throttle_counts():
    cache.clear()
    yield
    cache.clear()


def _client_for(user) -> APIClient:
    client = APIClient()
    token = Token.objects.create(user=user)
    client.credentials(HTTP_AUTHORIZATION=f"Token {token.key}")
    return client


def _written() -> tuple[int, ...]:
    return (
        Story.objects.count(),
        Quote.objects.count(),
        Claim.objects.count(),
        Source.objects.count(),
        CheckEvent.objects.count(),
    )


def _entries_in_db(story: Story) -> dict[str, list[tuple]]:
    return {
        "sources": sorted((s.pk, s.status, s.version) for s in story.sources.all()),
        "quotes": sorted((q.pk, q.status, q.version) for q in story.quotes.all()),
        "claims": sorted((c.pk, c.status, c.version) for c in story.claims.all()),
    }


def _entries_in_answer(data: dict) -> dict[str, list[tuple]]:
    return {
        name: sorted((e["id"], e["status"], e["version"]) for e in data[name])
        for name in ("sources", "quotes", "claims")
    }


# -- filing a story ----------------------------------------------------------


def test_reporter_files_a_story_and_gets_exactly_its_entries(reporter):
    response = _client_for(reporter).post(
        "/api/newsroom/stories/", {"text": STORY_TEXT, "byline": "Rita"}, format="json"
    )
    assert response.status_code == 201, response.content
    data = response.json()
    story = Story.objects.get(pk=data["id"])
    assert data["created"] is True
    assert data["status"] == story.status == StoryStatus.IN_REVIEW
    assert data["version"] == story.version
    assert data["dateline"] == "2021-09-29"
    assert story.byline == "Rita"
    assert story.created_by == reporter
    assert _entries_in_answer(data) == _entries_in_db(story)
    assert all(e["status"] == CheckStatus.UNCHECKED for n in ("quotes", "claims") for e in data[n])
    submitted = CheckEvent.objects.get(story=story, entry_type="story")
    assert (submitted.from_status, submitted.to_status, submitted.actor) == (
        StoryStatus.DRAFT,
        StoryStatus.IN_REVIEW,
        reporter,
    )


def test_filing_the_same_text_again_changes_nothing(reporter):
    client = _client_for(reporter)
    first = client.post("/api/newsroom/stories/", {"text": STORY_TEXT}, format="json").json()
    before = _written()
    again = client.post("/api/newsroom/stories/", {"text": STORY_TEXT}, format="json")
    assert again.status_code == 200
    assert again.json()["id"] == first["id"]
    assert again.json()["created"] is False
    assert _written() == before


@pytest.mark.parametrize(
    ("payload", "field", "words"),
    [
        ({"text": "   "}, "text", "empty"),
        ({"text": "A story with no header."}, "text", "dateline"),
        ({"text": " date 2021-02-30 Body."}, "text", "not a real date"),
        ({"text": "No header.", "dateline": "yesterday"}, "dateline", "date"),
        ({"byline": "Rita"}, "text", "required"),
        ({"text": "Body \x00 with NUL", "dateline": "2021-09-29"}, "text", "null"),
    ],
)
def test_rejected_story_writes_nothing_and_names_the_problem(reporter, payload, field, words):
    before = _written()
    response = _client_for(reporter).post("/api/newsroom/stories/", payload, format="json")
    assert response.status_code == 400
    body = response.json()
    assert field in body, body
    assert words in " ".join(body[field]).lower()
    assert _written() == before


def test_oversized_story_is_refused_with_the_limit(reporter, settings):
    settings.NEWSROOM_MAX_IMPORT_BYTES = 100
    before = _written()
    response = _client_for(reporter).post(
        "/api/newsroom/stories/", {"text": STORY_TEXT * 3}, format="json"
    )
    assert response.status_code == 400
    assert "limit" in response.json()["text"][0]
    assert _written() == before


def test_fact_checker_may_not_file_stories(checker):
    before = _written()
    response = _client_for(checker).post(
        "/api/newsroom/stories/", {"text": STORY_TEXT}, format="json"
    )
    assert response.status_code == 403
    assert _written() == before


def test_anonymous_client_may_not_file_stories(db):
    response = APIClient().post("/api/newsroom/stories/", {"text": STORY_TEXT}, format="json")
    assert response.status_code == 401
    assert _written() == (0, 0, 0, 0, 0)


def test_newsroom_endpoints_have_no_get(reporter):
    assert _client_for(reporter).get("/api/newsroom/stories/").status_code == 405


def test_session_login_needs_the_csrf_token(reporter):
    client = APIClient(enforce_csrf_checks=True)
    client.force_login(reporter)
    response = client.post("/api/newsroom/stories/", {"text": STORY_TEXT}, format="json")
    assert response.status_code == 403
    assert "CSRF" in response.json()["detail"]
    assert Story.objects.count() == 0


# -- verdicts ----------------------------------------------------------------

MAKERS = {"quotes": make_quote, "claims": make_claim, "sources": make_source}


@pytest.fixture
def in_review():
    return make_story(status=StoryStatus.IN_REVIEW)


def _verdict(client, entry_type, entry, **payload):
    payload.setdefault("version", entry.version)
    return client.post(f"/api/newsroom/{entry_type}/{entry.pk}/verdict/", payload, format="json")


@pytest.mark.parametrize("entry_type", MAKERS)
def test_checker_sets_a_verdict(checker, in_review, entry_type):
    entry = MAKERS[entry_type](in_review)
    response = _verdict(
        _client_for(checker),
        entry_type,
        entry,
        status="verified",
        note="Matches the archived post.",
        evidence_url="https://archive.example/post",
    )
    assert response.status_code == 200, response.content
    entry.refresh_from_db()
    assert entry.status == CheckStatus.VERIFIED
    assert entry.checked_by == checker
    assert response.json()["version"] == entry.version == 2
    assert response.json()["status"] == "verified"
    event = CheckEvent.objects.get(entry_id=entry.pk, entry_type=entry_type[:-1])
    assert event.evidence_url == "https://archive.example/post"


@pytest.mark.parametrize("entry_type", MAKERS)
def test_stale_version_is_a_409_and_writes_nothing(checker, in_review, entry_type):
    entry = MAKERS[entry_type](in_review)
    client = _client_for(checker)
    assert _verdict(client, entry_type, entry, status="in_progress").status_code == 200
    before = _written()
    response = _verdict(client, entry_type, entry, status="verified", note="Seen.", version=1)
    assert response.status_code == 409
    assert response.json()["current_version"] == 2
    assert "Reload" in response.json()["detail"]
    entry.refresh_from_db()
    assert entry.status == CheckStatus.IN_PROGRESS
    assert _written() == before


@pytest.mark.parametrize(
    ("payload", "field"),
    [
        ({"status": "verified", "note": "ok", "version": None}, "version"),
        ({"status": "verified", "note": "ok", "version": "one"}, "version"),
        ({"status": "true", "note": "ok"}, "status"),
        ({"status": "verified", "evidence_url": "not a url"}, "evidence_url"),
    ],
)
def test_malformed_verdict_is_a_400_naming_the_field(checker, in_review, payload, field):
    entry = make_quote(in_review)
    if payload.get("version", 0) is None:
        payload.pop("version")
        response = _client_for(checker).post(
            f"/api/newsroom/quotes/{entry.pk}/verdict/", payload, format="json"
        )
    else:
        response = _verdict(_client_for(checker), "quotes", entry, **payload)
    assert response.status_code == 400
    assert field in response.json()
    entry.refresh_from_db()
    assert (entry.status, entry.version) == (CheckStatus.UNCHECKED, 1)
    assert CheckEvent.objects.count() == 0


def test_verdict_refused_by_the_service_is_a_400_with_its_message(checker, in_review):
    entry = make_claim(in_review)
    response = _verdict(_client_for(checker), "claims", entry, status="verified")
    assert response.status_code == 400
    assert "needs an evidence URL or a note" in response.json()["detail"]
    entry.refresh_from_db()
    assert entry.status == CheckStatus.UNCHECKED
    assert CheckEvent.objects.count() == 0


@pytest.mark.parametrize("role", ["reporter", "nobody"])
def test_only_fact_checkers_set_verdicts(role, reporter, in_review):
    user = reporter if role == "reporter" else make_user(None)
    entry = make_source(in_review)
    response = _verdict(_client_for(user), "sources", entry, status="verified", note="ok")
    assert response.status_code == 403
    entry.refresh_from_db()
    assert entry.status == CheckStatus.UNCHECKED
    assert CheckEvent.objects.count() == 0


def test_checker_may_not_change_a_published_verdict_but_editor_may(checker, editor):
    story = make_story(status=StoryStatus.PUBLISHED)
    entry = make_quote(story, status=CheckStatus.VERIFIED)
    refused = _verdict(_client_for(checker), "quotes", entry, status="in_progress")
    assert refused.status_code == 403
    assert "editor" in refused.json()["detail"]
    allowed = _verdict(_client_for(editor), "quotes", entry, status="in_progress")
    assert allowed.status_code == 200


@pytest.mark.parametrize(
    "url",
    [
        "/api/newsroom/quotes/999999/verdict/",
        "/api/newsroom/people/1/verdict/",
        "/api/newsroom/quotes/99999999999999999999999/verdict/",
    ],
)
def test_unknown_entry_is_a_404(checker, url):
    response = _client_for(checker).post(
        url, {"status": "in_progress", "version": 1}, format="json"
    )
    assert response.status_code == 404
