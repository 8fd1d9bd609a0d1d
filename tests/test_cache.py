"""The public response cache: what is cached, and that changes invalidate exactly their scopes."""

import os
import socket

import pytest
from django.core.cache import cache, caches
from django.http import HttpResponse
from django.test import RequestFactory, override_settings

from stories import services
from stories.cache import CACHE_HEADER, LISTS, cache_public, story_scope
from tests.factories import make_quote, make_story

pytestmark = pytest.mark.django_db(transaction=True)

calls: list[str] = []


def _view_for(scope_fn):
    @cache_public(scope_fn)
    def view(request, slug="x"):
        calls.append(slug)
        response = HttpResponse(f"page {slug} #{len(calls)}")
        if request.GET.get("status"):
            response.status_code = int(request.GET["status"])
        if request.GET.get("private"):
            response["Cache-Control"] = "private, no-store"
        return response

    return view


@pytest.fixture(autouse=True)
def _clean():
    cache.clear()
    calls.clear()
    yield
    cache.clear()


@pytest.fixture
def rf():
    return RequestFactory()


def _get(view, rf, path="/p/", user=None, **extra):
    from django.contrib.auth.models import AnonymousUser

    request = rf.get(path, **extra)
    request.user = user or AnonymousUser()
    return view(request)


def test_anonymous_get_is_served_from_cache_the_second_time(rf):
    view = _view_for(lambda request: [LISTS])
    first, second = _get(view, rf), _get(view, rf)
    assert first[CACHE_HEADER] == "miss" and second[CACHE_HEADER] == "hit"
    assert second.content == first.content
    assert len(calls) == 1


@pytest.mark.parametrize(
    "query",
    ["?preview=1", "?status=404", "?status=500", "?private=1"],
    ids=["preview", "404", "500", "private"],
)
def test_previews_errors_and_private_responses_are_never_cached(rf, query):
    view = _view_for(lambda request: [LISTS])
    _get(view, rf, path="/p/" + query)
    response = _get(view, rf, path="/p/" + query)
    assert response.get(CACHE_HEADER) != "hit"
    assert len(calls) == 2


def test_logged_in_and_token_requests_bypass_the_cache(rf, editor):
    view = _view_for(lambda request: [LISTS])
    _get(view, rf, user=editor)
    _get(view, rf, user=editor)
    _get(view, rf, HTTP_AUTHORIZATION="Token abc")
    _get(view, rf, HTTP_AUTHORIZATION="Token abc")
    assert len(calls) == 4


def test_post_is_never_cached(rf):
    view = _view_for(lambda request: [LISTS])
    from django.contrib.auth.models import AnonymousUser

    for _ in range(2):
        request = rf.post("/p/")
        request.user = AnonymousUser()
        view(request)
    assert len(calls) == 2


def test_correction_invalidates_the_story_and_the_lists_but_not_other_stories(rf, editor):
    story, other = make_story(status="published"), make_story(status="published")
    story_view = _view_for(lambda request, slug: [story_scope(slug)])
    list_view = _view_for(lambda request: [LISTS])

    def page(view, slug=None):
        from django.contrib.auth.models import AnonymousUser

        request = rf.get(f"/s/{slug}/" if slug else "/")
        request.user = AnonymousUser()
        return view(request, slug=slug) if slug else view(request)

    for _ in range(2):
        page(story_view, story.slug), page(story_view, other.slug), page(list_view)
    assert len(calls) == 3

    services.story_correct(story=story, note="The date was wrong.", user=editor)
    assert page(story_view, story.slug)[CACHE_HEADER] == "miss"
    assert page(list_view)[CACHE_HEADER] == "miss"
    assert page(story_view, other.slug)[CACHE_HEADER] == "hit"


@pytest.mark.parametrize("action", ["publish", "retract", "verdict"])
def test_workflow_changes_to_public_stories_invalidate_them(rf, editor, action):
    status = "in_review" if action == "publish" else "published"
    story = make_story(status=status)
    quote = make_quote(story=story, status="verified")
    view = _view_for(lambda request, **kw: [story_scope(story.slug)])
    _get(view, rf)
    assert _get(view, rf)[CACHE_HEADER] == "hit"
    if action == "publish":
        services.story_publish(story=story, user=editor)
    elif action == "retract":
        services.story_retract(story=story, note="Withdrawn.", user=editor)
    else:
        services.entry_set_status(
            entry=quote, to_status="incorrect", user=editor, note="Misquoted."
        )
    assert _get(view, rf)[CACHE_HEADER] == "miss"


def test_a_refused_change_invalidates_nothing(rf, editor):
    story = make_story(status="in_review")
    make_quote(story=story)  # unchecked: publish is refused
    view = _view_for(lambda request, **kw: [story_scope(story.slug), LISTS])
    _get(view, rf)
    with pytest.raises(services.PublishBlocked):
        services.story_publish(story=story, user=editor)
    assert _get(view, rf)[CACHE_HEADER] == "hit"


def _redis_url() -> str | None:
    url = os.environ.get("REDIS_URL") or "redis://127.0.0.1:6379/9"
    try:
        socket.create_connection(("127.0.0.1", 6379), timeout=0.5).close()
    except OSError:
        if os.environ.get("CI"):
            raise
        return None
    return url


def test_two_app_servers_sharing_redis_agree_after_an_invalidation(rf, editor):
    """Two cache clients (as two gunicorn servers have) see one change on their next request."""
    url = _redis_url()
    if url is None:
        pytest.skip("no Redis on 127.0.0.1:6379 (CI starts one)")
    redis_cache = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": url,
            "KEY_PREFIX": "t2s",
        }
    }
    story = make_story(status="published")
    with override_settings(CACHES=redis_cache):
        caches["default"].clear()
        server_a = _view_for(lambda request: [story_scope(story.slug)])
        server_b = _view_for(lambda request: [story_scope(story.slug)])
        _get(server_a, rf)
        assert _get(server_b, rf)[CACHE_HEADER] == "hit"  # B serves what A cached
        services.story_correct(story=story, note="Fixed.", user=editor)
        assert _get(server_b, rf)[CACHE_HEADER] == "miss"
        assert _get(server_a, rf)[CACHE_HEADER] == "hit"  # A now serves what B rebuilt
        caches["default"].clear()


def test_correction_shows_on_the_next_request_to_the_real_story_page(client, editor):
    story = make_story(status="published")
    url = story.get_absolute_url()
    assert client.get(url)["X-Newsroom-Cache"] == "miss"
    assert client.get(url)["X-Newsroom-Cache"] == "hit"
    services.story_correct(story=story, note="The bridge opened on Sept. 27.", user=editor)
    response = client.get(url)
    assert response["X-Newsroom-Cache"] == "miss"
    assert "The bridge opened on Sept. 27." in response.content.decode()
    front = client.get("/")
    assert front.status_code == 200


def test_a_draft_is_never_cached_and_publishing_makes_it_appear_at_once(client, editor):
    story = make_story(status="in_review", headline="Council reopens library")
    url = story.get_absolute_url()
    assert client.get(url).status_code == 404
    assert "Council reopens library" not in client.get("/").content.decode()
    assert client.get("/")["X-Newsroom-Cache"] == "hit"
    services.story_publish(story=story, user=editor)
    assert client.get(url).status_code == 200
    assert "Council reopens library" in client.get("/").content.decode()


def test_staff_preview_is_never_served_from_or_stored_in_the_cache(client, editor):
    story = make_story(status="draft", headline="Secret scoop")
    client.force_login(editor)
    for _ in range(2):
        response = client.get(story.get_absolute_url() + "?preview=1")
        assert response.status_code == 200
        assert "X-Newsroom-Cache" not in response
    client.logout()
    assert client.get(story.get_absolute_url()).status_code == 404


def test_the_cache_can_be_switched_off(rf, settings):
    settings.PUBLIC_CACHE_ENABLED = False
    view = _view_for(lambda request: [LISTS])
    _get(view, rf)
    assert CACHE_HEADER not in _get(view, rf)
    assert len(calls) == 2


def test_api_answers_are_cached_and_a_verdict_change_shows_at_once(client, editor):
    story = make_story(status="published", slug="bridge-opens")
    quote = make_quote(story=story, status="verified", evidence_url="https://example.org/e")
    assert len(client.get("/api/stories/bridge-opens/").json()["quotes"]) == 1
    cache.clear()
    for url in ("/api/quotes/", "/api/stories/bridge-opens/"):
        assert client.get(url)["X-Newsroom-Cache"] == "miss"
        hit = client.get(url)
        assert hit["X-Newsroom-Cache"] == "hit"
        assert client.get(url, HTTP_IF_NONE_MATCH=hit["ETag"]).status_code == 304
    services.entry_set_status(entry=quote, to_status="incorrect", user=editor, note="Misquoted.")
    assert client.get("/api/quotes/").json()["results"] == []
    assert client.get("/api/stories/bridge-opens/").json()["quotes"] == []


def test_cached_api_answers_are_still_throttled(client, settings):
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {"anon": "3/minute", "user": "100/minute"},
    }
    codes = [client.get("/api/claims/").status_code for _ in range(4)]
    assert codes == [200, 200, 200, 429]


def test_token_clients_are_never_served_from_the_cache(client, editor):
    from rest_framework.authtoken.models import Token

    token = Token.objects.create(user=editor)
    client.get("/api/stories/")
    response = client.get("/api/stories/", HTTP_AUTHORIZATION=f"Token {token.key}")
    assert response.status_code == 200
    assert "X-Newsroom-Cache" not in response


def test_a_page_that_used_the_csrf_token_is_never_shared(client):
    """The browsable API's HTML embeds the visitor's CSRF token: it must not reach the next visitor."""
    make_story(status="published", slug="bridge-opens")
    first = client.get("/api/stories/", HTTP_ACCEPT="text/html")
    assert first.status_code == 200
    second = client.get("/api/stories/", HTTP_ACCEPT="text/html")
    assert second.get("X-Newsroom-Cache") != "hit"
    # The JSON answer has no token and is shared.
    client.get("/api/stories/")
    assert client.get("/api/stories/")["X-Newsroom-Cache"] == "hit"


def test_each_host_gets_its_own_cached_page(client, settings):
    settings.ALLOWED_HOSTS = ["news.example.org", "www.news.example.org"]
    story = make_story(status="published")
    a = client.get(story.get_absolute_url(), HTTP_HOST="news.example.org")
    b = client.get(story.get_absolute_url(), HTTP_HOST="www.news.example.org")
    assert b["X-Newsroom-Cache"] == "miss"
    assert (
        "https://www.news.example.org" in b.content.decode()
        or "//www.news.example.org" in b.content.decode()
    )
    assert a.content != b.content


def test_renaming_a_person_in_the_admin_updates_public_pages_at_once(client, editor):
    from tests.factories import make_person

    story = make_story(status="published")
    jane = make_person(name="Jane Doe", slug="jane-doe")
    make_quote(story=story, speaker=jane, status="verified", evidence_url="https://e.x/")
    assert "Jane Doe" in client.get(story.get_absolute_url()).content.decode()
    staff = client.__class__()
    staff.force_login(editor)
    response = staff.post(
        f"/admin/stories/person/{jane.pk}/change/",
        {
            "name": "Jane Q. Doe",
            "aliases": "[]",
            "birth_date": "",
            "birth_date_evidence": "",
            "birth_date_note": "",
        },
    )
    assert response.status_code == 302, response.content.decode()[:500]
    jane.refresh_from_db()
    assert (jane.name, jane.slug) == ("Jane Q. Doe", "jane-doe")  # the public address stays
    assert "Jane Q. Doe" in client.get(story.get_absolute_url()).content.decode()
