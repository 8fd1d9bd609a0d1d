"""The public read API from the outside: shapes, filters, ordering, pages, ETags, throttling, query counts."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.cache import cache
from rest_framework.test import APIClient

from stories import services
from stories.models import CheckStatus, ClaimKind, Correction, StoryStatus
from tests.factories import (
    make_checker,
    make_claim,
    make_editor,
    make_person,
    make_quote,
    make_source,
    make_story,
)

pytestmark = pytest.mark.django_db

VERIFIED = CheckStatus.VERIFIED
CHECKED_AT = dt.datetime(2021, 9, 30, 10, tzinfo=dt.UTC)


@pytest.fixture(autouse=True)
def _fresh_throttle_counts():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def api():
    return APIClient()


def _entry(maker, story, **fields):
    fields.setdefault("status", VERIFIED)
    fields.setdefault("checked_at", CHECKED_AT)
    fields.setdefault("verdict_note", "Matches the post.")
    return maker(story, **fields)


@pytest.fixture
def newsroom(db):
    """Two published stories, one retracted, one draft; entries verified and not."""
    checker = make_checker(username="felix.secret", email="felix@newsroom.example")
    jane = make_person(name="Jane Doe", slug="jane-doe", birth_date=dt.date(1979, 5, 1))
    bob = make_person(name="Bob Roe", slug="bob-roe")
    a = make_story(
        slug="bridge-opens",
        headline="Bridge opens at last",
        status=StoryStatus.PUBLISHED,
        dateline=dt.date(2021, 9, 29),
    )
    b = make_story(
        slug="harbour-closes",
        headline="Harbour closes",
        status=StoryStatus.PUBLISHED,
        dateline=dt.date(2022, 3, 1),
        body="The harbour closed on Sept. 28, Bob Roe said. “We are ready,” he wrote.",
    )
    r = make_story(
        slug="withdrawn",
        headline="Withdrawn story",
        status=StoryStatus.RETRACTED,
        retraction_note="The main source was fabricated.",
        retracted_at=CHECKED_AT,
        dateline=dt.date(2020, 1, 1),
        body="Retracted text about Jane Doe. “We are ready,” she said.",
    )
    d = make_story(slug="draft-story", headline="Draft story")
    post = _entry(
        make_source,
        a,
        author=jane,
        date=dt.date(2021, 9, 1),
        date_precision="month",
        checked_by=checker,
    )
    hidden_post = _entry(make_source, a, label="P2", platform="X", status=CheckStatus.UNCHECKED)
    q1 = _entry(make_quote, a, speaker=jane, source=post, checked_by=checker)
    q2 = _entry(make_quote, b, speaker=bob, source=None)
    c1 = _entry(make_claim, a, subject=jane)
    c2 = _entry(
        make_claim,
        b,
        kind=ClaimKind.AGE,
        text="harbour",
        start=4,
        end=11,
        value={"age": 3},
        resolved_date=None,
    )
    unverified = make_claim(a, text="Jane Doe", start=0, end=8, status=CheckStatus.INCORRECT)
    retracted_quote = _entry(make_quote, r)
    draft_quote = _entry(make_quote, d)
    Correction.objects.create(
        story=a, note="The bridge opened on Sept. 28.", corrected_at=CHECKED_AT
    )
    return {
        "a": a,
        "b": b,
        "r": r,
        "d": d,
        "jane": jane,
        "bob": bob,
        "post": post,
        "hidden_post": hidden_post,
        "q1": q1,
        "q2": q2,
        "c1": c1,
        "c2": c2,
        "unverified": unverified,
        "retracted_quote": retracted_quote,
        "draft_quote": draft_quote,
        "checker": checker,
    }


def _ids(response):
    assert response.status_code == 200, response.content
    return [row["id"] for row in response.json()["results"]]


def test_story_list_shows_published_and_retracted_notice_only(api, newsroom):
    rows = api.get("/api/stories/").json()["results"]
    assert [r["slug"] for r in rows] == ["harbour-closes", "bridge-opens", "withdrawn"]
    retracted = rows[2]
    assert retracted["status"] == "retracted"
    assert retracted["retraction_note"] == "The main source was fabricated."
    assert rows[0]["url"] == "/api/stories/harbour-closes/"
    assert rows[0]["page_url"] == "/stories/harbour-closes/"
    assert "body" not in rows[0]


def test_story_detail_lists_only_verified_entries_and_their_people(api, newsroom):
    data = api.get("/api/stories/bridge-opens/").json()
    assert data["body"] == newsroom["a"].body
    assert [q["id"] for q in data["quotes"]] == [newsroom["q1"].pk]
    assert [c["id"] for c in data["claims"]] == [newsroom["c1"].pk]
    assert [s["id"] for s in data["sources"]] == [newsroom["post"].pk]
    assert data["people"] == [{"name": "Jane Doe", "slug": "jane-doe"}]
    assert data["corrections"][0]["note"] == "The bridge opened on Sept. 28."
    quote = data["quotes"][0]
    assert quote["speaker"] == {"name": "Jane Doe", "slug": "jane-doe"}
    assert quote["source"] == newsroom["post"].pk
    assert quote["checked_by_role"] == "fact-checker"


def test_retracted_story_detail_has_notice_but_no_body_and_no_entries(api, newsroom):
    data = api.get("/api/stories/withdrawn/").json()
    assert data["status"] == "retracted"
    assert data["retraction_note"] == "The main source was fabricated."
    assert data["body"] is None
    assert data["quotes"] == data["claims"] == data["sources"] == data["people"] == []


@pytest.mark.parametrize("slug", ["draft-story", "no-such-story"])
def test_story_detail_of_unpublished_or_missing_story_is_404(api, newsroom, slug):
    assert api.get(f"/api/stories/{slug}/").status_code == 404


def test_verified_quote_hides_link_to_unverified_source(api, newsroom):
    newsroom["q1"].source = newsroom["hidden_post"]
    newsroom["q1"].save()
    rows = api.get("/api/quotes/", {"story": "bridge-opens"}).json()["results"]
    assert rows[0]["source"] is None
    assert _ids(api.get("/api/quotes/", {"source": newsroom["hidden_post"].pk})) == []


def test_no_staff_identity_birth_date_or_alias_in_any_answer(api, newsroom):
    newsroom["jane"].aliases = ["the secret alias"]
    newsroom["jane"].save()
    for url in [
        "/api/stories/",
        "/api/stories/bridge-opens/",
        "/api/claims/",
        "/api/quotes/",
        "/api/sources/",
        "/api/people/",
    ]:
        text = api.get(url).content.decode()
        for secret in ("felix.secret", "felix@newsroom.example", "1979-05-01", "secret alias"):
            assert secret not in text, (url, secret)


@pytest.mark.parametrize(
    ("url", "params", "expected"),
    [
        ("/api/claims/", {"kind": "age"}, ["c2"]),
        ("/api/claims/", {"kind": "date"}, ["c1"]),
        ("/api/claims/", {"story": "harbour-closes"}, ["c2"]),
        ("/api/claims/", {"subject": "jane-doe"}, ["c1"]),
        (
            "/api/claims/",
            {"resolved_date_after": "2021-09-01", "resolved_date_before": "2021-09-30"},
            ["c1"],
        ),
        ("/api/claims/", {"resolved_date_after": "2021-10-01"}, []),
        ("/api/quotes/", {"speaker": "bob-roe"}, ["q2"]),
        ("/api/quotes/", {"story": "bridge-opens"}, ["q1"]),
        ("/api/quotes/", {"text": "WE ARE"}, ["q2", "q1"]),
        ("/api/quotes/", {"text": "nothing like it"}, []),
        ("/api/sources/", {"platform": "instagram"}, ["post"]),
        ("/api/sources/", {"platform": "X"}, []),
        ("/api/sources/", {"author": "jane-doe"}, ["post"]),
        ("/api/sources/", {"date_after": "2021-09-01", "date_before": "2021-09-01"}, ["post"]),
        ("/api/sources/", {"date_before": "2021-08-31"}, []),
    ],
)
def test_entry_filters(api, newsroom, url, params, expected):
    assert _ids(api.get(url, params)) == [newsroom[name].pk for name in expected]


def test_quote_filter_by_verified_source(api, newsroom):
    assert _ids(api.get("/api/quotes/", {"source": newsroom["post"].pk})) == [newsroom["q1"].pk]


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"dateline_after": "2022-01-01"}, ["harbour-closes"]),
        ({"dateline_before": "2021-12-31"}, ["bridge-opens", "withdrawn"]),
        ({"person": "jane-doe"}, ["bridge-opens"]),
        ({"person": "bob-roe"}, ["harbour-closes"]),
        ({"q": "harbour"}, ["harbour-closes"]),
        ({"q": "withdrawn"}, ["withdrawn"]),
        # The body of a retracted story is not public, so it is not searched.
        ({"q": "Retracted text"}, []),
        ({"q": "draft"}, []),
    ],
)
def test_story_filters(api, newsroom, params, expected):
    rows = api.get("/api/stories/", params).json()["results"]
    assert [r["slug"] for r in rows] == expected


def test_people_lists_only_people_named_by_public_entries(api, newsroom):
    hidden = make_person(name="Hidden Speaker", slug="hidden-speaker")
    make_quote(
        newsroom["a"], speaker=hidden, start=1, end=4, text="ane", status=CheckStatus.UNCHECKED
    )
    make_quote(newsroom["r"], speaker=hidden, start=1, end=4, text="etr", status=VERIFIED)
    data = api.get("/api/people/").json()
    assert [p["slug"] for p in data["results"]] == ["bob-roe", "jane-doe"]
    assert data["count"] == 2
    assert data["results"][0]["page_url"] == "/people/bob-roe/"
    assert [p["slug"] for p in api.get("/api/people/", {"q": "jan"}).json()["results"]] == [
        "jane-doe"
    ]


@pytest.mark.parametrize(
    ("url", "param", "value"),
    [
        ("/api/claims/", "kind", "height"),
        ("/api/claims/", "resolved_date_after", "last tuesday"),
        ("/api/claims/", "story", "not a slug!"),
        ("/api/quotes/", "source", "abc"),
        ("/api/quotes/", "source", "99999999999999999999999"),
        ("/api/quotes/", "text", "x" * 201),
        ("/api/sources/", "date_before", "2021-02-30"),
        ("/api/sources/", "author", "a/b"),
        ("/api/stories/", "dateline_after", "2021-13-01"),
        ("/api/stories/", "person", "<script>"),
        ("/api/stories/", "ordering", "body"),
        ("/api/stories/", "ordering", "headline,dateline"),
        ("/api/claims/", "ordering", "--id"),
        ("/api/stories/", "page_size", "0"),
        ("/api/quotes/", "page_size", "1000"),
        ("/api/claims/", "page_size", "ten"),
        ("/api/stories/", "cursor", "not-a-cursor"),
        ("/api/people/", "page", "two"),
        ("/api/people/", "page_size", "-1"),
    ],
)
def test_bad_parameter_is_a_400_naming_it(api, newsroom, url, param, value):
    response = api.get(url, {param: value})
    assert response.status_code == 400
    assert param in response.json(), response.json()


def test_handmade_cursor_with_bad_position_is_a_400(api, newsroom):
    import base64

    cursor = base64.b64encode(b"p=not-a-date&r=0").decode()
    response = api.get("/api/stories/", {"cursor": cursor})
    assert response.status_code == 400
    assert "cursor" in response.json()


@pytest.mark.parametrize(
    ("ordering", "expected"),
    [
        ("headline", ["bridge-opens", "harbour-closes", "withdrawn"]),
        ("-headline", ["withdrawn", "harbour-closes", "bridge-opens"]),
        ("dateline", ["withdrawn", "bridge-opens", "harbour-closes"]),
    ],
)
def test_story_ordering(api, newsroom, ordering, expected):
    rows = api.get("/api/stories/", {"ordering": ordering}).json()["results"]
    assert [r["slug"] for r in rows] == expected


def test_cursor_pages_cover_every_row_once(api, db):
    stories = [
        make_story(status=StoryStatus.PUBLISHED, dateline=dt.date(2021, 1, 1 + i % 3))
        for i in range(23)
    ]
    for ordering in ("-dateline", "headline", "id"):
        seen, url, params = [], "/api/stories/", {"page_size": 4, "ordering": ordering}
        while url:
            data = api.get(url, params).json()
            seen += [r["slug"] for r in data["results"]]
            url, params = data["next"], None
        assert sorted(seen) == sorted(s.slug for s in stories), ordering
        assert len(seen) == len(stories)


def test_etag_gives_304_until_something_public_changes(api, newsroom):
    first = api.get("/api/quotes/")
    etag = first["ETag"]
    assert etag.startswith('"')
    again = api.get("/api/quotes/", HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304
    assert again.content == b""
    editor = make_editor()
    services.entry_set_status(entry=newsroom["q2"], to_status=CheckStatus.IN_PROGRESS, user=editor)
    changed = api.get("/api/quotes/", HTTP_IF_NONE_MATCH=etag)
    assert changed.status_code == 200
    assert changed["ETag"] != etag
    assert newsroom["q2"].pk not in _ids(changed)


@pytest.mark.parametrize(
    "url",
    [
        "/api/stories/",
        "/api/stories/bridge-opens/",
        "/api/claims/",
        "/api/quotes/",
        "/api/sources/",
        "/api/people/",
        "/api/schema/",
    ],
)
def test_every_read_endpoint_answers_if_none_match(api, newsroom, plain_static, url):
    etag = api.get(url)["ETag"]
    assert api.get(url, HTTP_IF_NONE_MATCH=etag).status_code == 304
    assert api.get(url, HTTP_IF_NONE_MATCH='"other"').status_code == 200


def test_anonymous_clients_are_throttled(api, newsroom, settings):
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {"anon": "3/minute", "user": "100/minute"},
    }
    codes = [api.get("/api/claims/").status_code for _ in range(4)]
    assert codes == [200, 200, 200, 429]


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
@pytest.mark.parametrize("url", ["/api/stories/", "/api/stories/bridge-opens/", "/api/claims/"])
def test_public_endpoints_are_read_only_even_for_editors(api, newsroom, method, url):
    api.force_authenticate(make_editor())
    assert getattr(api, method)(url, {}).status_code == 405


def _bulk_public_world(n_stories: int) -> None:
    """n published stories, each with a verified source, quote and claim, all with people."""
    checker = make_checker()
    for i in range(n_stories):
        story = make_story(status=StoryStatus.PUBLISHED)
        person = make_person()
        src = _entry(make_source, story, author=person, checked_by=checker)
        _entry(make_quote, story, speaker=person, source=src, checked_by=checker)
        _entry(make_claim, story, subject=person, source=src, checked_by=checker)
        if i % 2:
            Correction.objects.create(story=story, note="Fixed.", corrected_at=CHECKED_AT)


LIST_URLS = ["/api/stories/", "/api/claims/", "/api/quotes/", "/api/sources/", "/api/people/"]


def _count_queries(api, url, page_size):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as ctx:
        response = api.get(url, {"page_size": page_size})
    assert response.status_code == 200
    assert len(response.json()["results"]) == page_size
    return len(ctx.captured_queries)


@pytest.mark.parametrize("url", LIST_URLS)
def test_list_queries_do_not_grow_with_page_size(api, url, django_assert_max_num_queries):
    _bulk_public_world(30)
    small = _count_queries(api, url, 2)
    large = _count_queries(api, url, 30)
    assert small == large
    # One query for the rows; people also count their pages.
    with django_assert_max_num_queries(2):
        api.get(url, {"page_size": 30})


def test_story_detail_queries_do_not_grow_with_entries(api, django_assert_max_num_queries):
    story = make_story(status=StoryStatus.PUBLISHED)
    checker = make_checker()
    for i in range(20):
        person = make_person()
        src = _entry(make_source, story, author=person, checked_by=checker, label=f"P{i}")
        _entry(make_quote, story, speaker=person, source=src, start=i, end=i + 1, text="x")
        _entry(make_claim, story, subject=person, start=i, end=i + 1, text="x")
    # Story, quotes, claims, sources, corrections.
    with django_assert_max_num_queries(5):
        data = api.get(f"/api/stories/{story.slug}/").json()
    assert len(data["quotes"]) == len(data["claims"]) == len(data["sources"]) == 20
    assert len(data["people"]) == 20


def test_logged_in_reader_sees_the_same_lists(api, newsroom, reporter):
    anonymous = api.get("/api/claims/").json()
    api.force_login(reporter)
    assert api.get("/api/claims/").json() == anonymous


@pytest.fixture
def plain_static(settings):
    """Static URLs without the manifest: the suite does not run collectstatic."""
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }


def test_schema_is_openapi_3_and_docs_use_local_assets(api, db, plain_static):
    schema = api.get("/api/schema/", HTTP_ACCEPT="application/vnd.oai.openapi+json")
    assert schema.status_code == 200
    assert schema.json()["openapi"].startswith("3.")
    assert "/api/claims/" in schema.json()["paths"]
    docs = api.get("/api/docs/")
    assert docs.status_code == 200
    html = docs.content.decode()
    assert "swagger-ui" in html
    assert "cdn" not in html.lower()
    assert "https://" not in html.replace("https://swagger.io", "")


def test_docs_name_every_endpoint_and_parameter(api, db):
    """docs/api.md stays honest: every path and query parameter of the schema is in it."""
    from pathlib import Path

    docs = (Path(__file__).resolve().parent.parent / "docs" / "api.md").read_text()
    schema = api.get("/api/schema/", {"format": "json"}).json()
    for path, operations in schema["paths"].items():
        shown = path.replace("{slug}", "<slug>").replace(
            "{entry_type}/{entry_id}", "<sources|quotes|claims>/<id>"
        )
        assert f"`{shown}`" in docs or f" {shown}`" in docs, path
        for operation in operations.values():
            for param in operation.get("parameters", []):
                if param["in"] == "query":
                    assert f"`{param['name']}`" in docs, (path, param["name"])


def test_anonymous_clients_are_held_to_the_anonymous_rate_only(api, newsroom, settings):
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {"anon": "5/minute", "user": "2/minute"},
    }
    codes = [api.get("/api/claims/").status_code for _ in range(6)]
    assert codes == [200] * 5 + [429]
