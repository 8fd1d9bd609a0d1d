"""Leak test from the outside: nothing unpublished or unverified is reachable through the API.

Builds stories in every status with entries in every status (and people,
sources and links that are only reachable through hidden rows), then walks
every public API endpoint with every filter, ordering and page parameter,
following every cursor, anonymously and as a logged-in reporter, and checks
every answer against what is public. Hidden rows carry marker words, so a
leak through any field (text, note, name, alias) is caught, not only by id.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
from urllib.parse import parse_qs, urlsplit

import pytest
from django.core.cache import cache
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from stories.models import CheckStatus, Claim, ClaimKind, Correction, Quote, Source, StoryStatus
from tests.factories import make_checker, make_person, make_reporter, make_story

pytestmark = pytest.mark.django_db

HIDDEN = "zzhidden"  # marker in every text a reader must not see
CHECKED_AT = dt.datetime(2021, 9, 30, 10, tzinfo=dt.UTC)


def _is_public(story_status: str, entry_status: str) -> bool:
    return story_status == StoryStatus.PUBLISHED and entry_status == CheckStatus.VERIFIED


@pytest.fixture(autouse=True)
def _no_throttle(settings):
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {"anon": None, "user": None},
    }
    cache.clear()


@pytest.fixture
def world(db):
    checker = make_checker(username=f"{HIDDEN}-staff", email=f"{HIDDEN}@staff.example")
    public = {"stories": set(), "sources": set(), "quotes": set(), "claims": set(), "people": set()}
    hidden_ids = {"sources": set(), "quotes": set(), "claims": set()}
    listed_stories = set()
    n = itertools.count()
    for story_status in StoryStatus.values:
        visible_story = story_status == StoryStatus.PUBLISHED
        body_words = "" if visible_story else f" {HIDDEN} body"
        headline_words = "" if story_status in ("published", "retracted") else f" {HIDDEN}"
        for copy in range(2):
            words = [f"w{i}" for i in range(40)]
            body = " ".join(words) + body_words
            story = make_story(
                slug=f"{story_status.replace('_', '-')}-{copy}",
                headline=f"A {story_status} story{headline_words}",
                status=story_status,
                body=body,
                dateline=dt.date(2021, 1 + copy, 10 + len(story_status)),
                retraction_note="Withdrawn." if story_status == "retracted" else "",
                retracted_at=CHECKED_AT if story_status == "retracted" else None,
            )
            if story_status in ("published", "retracted"):
                listed_stories.add(story.slug)
            if visible_story:
                public["stories"].add(story.slug)
                Correction.objects.create(story=story, note="Public note.", corrected_at=CHECKED_AT)
            # An entry of each type in each status. Quotes and claims link to the source
            # made just before them, so a verified quote links to a hidden source and a
            # hidden one to the verified source.
            previous_source = None
            for i, entry_status in enumerate(CheckStatus.values):
                shown = _is_public(story_status, entry_status)
                tag = "public" if shown else HIDDEN
                person = make_person(
                    name=f"{tag} person {next(n)}",
                    slug=f"{tag}-person-{next(n)}",
                    aliases=[f"{HIDDEN} alias"],
                    birth_date=dt.date(1901, 2, 3),
                )
                source = Source.objects.create(
                    story=story,
                    label=f"P{i}",
                    platform=f"{tag}gram",
                    author=person,
                    date=dt.date(2020, 1 + i, 1),
                    date_precision="day",
                    description=f"{tag} description",
                    reported_text=f"{tag} reported",
                    captured_text=f"{tag} captured",
                    url=f"https://{tag}.example/post",
                    status=entry_status,
                    verdict_note=f"{tag} source note",
                    checked_by=checker,
                    checked_at=CHECKED_AT,
                )
                start = 3 * i
                quote = Quote.objects.create(
                    story=story,
                    text=body[start : start + 2],
                    start=start,
                    end=start + 2,
                    speaker=person,
                    source=previous_source,
                    status=entry_status,
                    verdict_note=f"{tag} quote note",
                    evidence_url=f"https://{tag}.example/evidence",
                    checked_by=checker,
                    checked_at=CHECKED_AT,
                )
                claim = Claim.objects.create(
                    story=story,
                    kind=ClaimKind.DATE if i % 2 else ClaimKind.AGE,
                    text=body[start : start + 2],
                    start=start,
                    end=start + 2,
                    value={"note": f"{tag} value"},
                    resolved_date=dt.date(2019, 1 + i, 1),
                    subject=person,
                    source=previous_source,
                    status=entry_status,
                    verdict_note=f"{tag} claim note",
                    machine_check={"birth_date": "1901-02-03", "note": HIDDEN},
                    checked_by=checker,
                    checked_at=CHECKED_AT,
                )
                for name, row in (("sources", source), ("quotes", quote), ("claims", claim)):
                    (public[name] if shown else hidden_ids[name]).add(row.pk)
                if shown:
                    public["people"].add(person.slug)
                previous_source = source
    return {
        "public": public,
        "hidden": hidden_ids,
        "listed_stories": listed_stories,
    }


def _filter_values(world) -> dict[str, dict[str, list[str]]]:
    """Every filter of every list, with values taken from public AND hidden rows."""
    from stories.models import Person, Source, Story

    slugs = list(Story.objects.values_list("slug", flat=True)) + ["nope"]
    people = list(Person.objects.values_list("slug", flat=True))
    source_ids = [str(pk) for pk in Source.objects.values_list("pk", flat=True)]
    platforms = sorted(set(Source.objects.values_list("platform", flat=True)))
    dates = ["2019-01-01", "2020-03-01", "2021-01-15", "2021-02-20"]
    words = ["public", HIDDEN, "body", "w1", "story", "person", "A", "gram"]
    return {
        "/api/stories/": {
            "dateline_after": dates,
            "dateline_before": dates,
            "person": people,
            "q": words,
            "ordering": ["dateline", "-dateline", "headline", "-headline", "id", "-id"],
        },
        "/api/claims/": {
            "kind": ["date", "age"],
            "story": slugs,
            "subject": people,
            "resolved_date_after": dates,
            "resolved_date_before": dates,
            "ordering": ["id", "-id", "story_dateline", "-story_dateline", "start", "-start"],
        },
        "/api/quotes/": {
            "speaker": people,
            "source": source_ids,
            "story": slugs,
            "text": words,
            "ordering": ["id", "-id", "story_dateline", "-story_dateline", "start", "-start"],
        },
        "/api/sources/": {
            "platform": platforms,
            "author": people,
            "date_after": dates,
            "date_before": dates,
            "ordering": ["id", "-id", "story_dateline", "-story_dateline", "platform", "-platform"],
        },
        "/api/people/": {"q": words, "ordering": ["name", "-name"]},
    }


def _names_hidden_row(world, params) -> bool:
    """Whether a filter value can only match hidden rows (so the answer must be empty)."""
    hidden_sources = {str(pk) for pk in world["hidden"]["sources"]}
    public_stories = world["public"]["stories"]
    for param, value in params.items():
        if HIDDEN in value:
            return True
        if param == "source" and value in hidden_sources:
            return True
        if param == "story" and value not in public_stories:
            return True
    return False


def _walk(client, url, params) -> list[dict]:
    """Every page of a list, following next and previous links; returns each page's JSON."""
    pages, seen_urls = [], set()
    todo = [(url, params)]
    while todo:
        u, p = todo.pop()
        key = (u, json.dumps(p, sort_keys=True))
        if key in seen_urls:
            continue
        seen_urls.add(key)
        response = client.get(u, p)
        assert response.status_code == 200, (u, p, response.content)
        data = response.json()
        pages.append((u, p, response.content.decode(), data))
        for link in (data.get("next"), data.get("previous")):
            if link:
                parts = urlsplit(link)
                todo.append((parts.path, {k: v[0] for k, v in parse_qs(parts.query).items()}))
        assert len(seen_urls) < 500, "pagination does not end"
    return pages


def _check_page(world, url, text, data):
    where = f"{url}: {text[:300]}"
    assert HIDDEN not in text, where
    assert "1901-02-03" not in text, where
    public = world["public"]
    rows = data.get("results", [data])
    for row in rows:
        if url.startswith("/api/stories/"):
            assert row["slug"] in world["listed_stories"], where
            if row["status"] != "published":
                assert row.get("body") is None and not row.get("quotes"), where
            for name in ("sources", "quotes", "claims"):
                for entry in row.get(name, []):
                    assert entry["id"] in public[name], where
                    assert entry.get("source") in public["sources"] | {None}, where
            for person in row.get("people", []):
                assert person["slug"] in public["people"], where
        elif url == "/api/people/":
            assert row["slug"] in public["people"], where
        else:
            name = url.strip("/").split("/")[-1]
            assert row["id"] in public[name], where
            assert row["story"] in public["stories"], where
            if "source" in row:
                assert row["source"] in public["sources"] | {None}, where
            for person_field in ("speaker", "subject", "author"):
                if row.get(person_field):
                    assert row[person_field]["slug"] in public["people"], where


def _clients(db):
    anonymous = APIClient()
    reporter = make_reporter()
    by_session = APIClient()
    by_session.force_login(reporter)
    by_token = APIClient()
    by_token.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.create(user=reporter).key}")
    return {"anonymous": anonymous, "reporter (session)": by_session, "reporter (token)": by_token}


@pytest.mark.parametrize("who", ["anonymous", "reporter (session)", "reporter (token)"])
def test_no_list_leaks_anything_under_any_parameter(world, who, db):
    client = _clients(db)[who]
    requests = 0
    everything_seen = {name: set() for name in ("stories", "claims", "quotes", "sources", "people")}
    for url, filters in _filter_values(world).items():
        name = url.strip("/").split("/")[-1]
        combos = [{}] + [{param: value} for param, values in filters.items() for value in values]
        # Filters together with orderings and small pages, so cursors are followed under each.
        combos += [
            {**{p: v[0]}, "ordering": o, "page_size": "1"}
            for p, v in filters.items()
            if p != "ordering"
            for o in filters["ordering"]
        ]
        for params in combos:
            params = {"page_size": "2", **params} if "page_size" not in params else params
            must_be_empty = _names_hidden_row(world, params)
            for u, _p, text, data in _walk(client, url, params):
                requests += 1
                _check_page(world, u, text, data)
                if must_be_empty:
                    assert data["results"] == [], (url, params)
                for row in data["results"]:
                    everything_seen[name].add(row.get("slug") or row.get("id"))
    # The walk did reach everything public, so the checks above were not vacuous.
    public = world["public"]
    assert everything_seen["claims"] == public["claims"]
    assert everything_seen["quotes"] == public["quotes"]
    assert everything_seen["sources"] == public["sources"]
    assert everything_seen["people"] == public["people"]
    assert everything_seen["stories"] == world["listed_stories"]
    assert requests > 500


@pytest.mark.parametrize("who", ["anonymous", "reporter (session)", "reporter (token)"])
def test_story_detail_shows_only_public_stories_and_entries(world, who, db):
    from stories.models import Story

    client = _clients(db)[who]
    for story in Story.objects.all():
        response = client.get(f"/api/stories/{story.slug}/")
        if story.slug not in world["listed_stories"]:
            assert response.status_code == 404, story.slug
            assert HIDDEN not in response.content.decode()
            continue
        _check_page(world, "/api/stories/", response.content.decode(), response.json())
        if story.status == StoryStatus.PUBLISHED:
            assert response.json()["quotes"], "a published story shows its verified quotes"


@pytest.mark.parametrize(
    ("url", "params"),
    [
        ("/api/stories/", {"ordering": "body"}),
        ("/api/stories/", {"ordering": "status"}),
        ("/api/claims/", {"ordering": "machine_check"}),
        ("/api/claims/", {"ordering": "status"}),
        ("/api/quotes/", {"ordering": "verdict_note"}),
        ("/api/people/", {"ordering": "birth_date"}),
        ("/api/stories/", {"status": "draft"}),
        ("/api/claims/", {"status": "unchecked"}),
        ("/api/people/", {"birth_date": "1901-02-03"}),
    ],
)
def test_no_parameter_reaches_hidden_fields(world, url, params):
    response = APIClient().get(url, params)
    # Either refused (ordering), or ignored (unknown filters): never a different set of rows.
    if response.status_code == 400:
        assert list(response.json()) == list(params)
        return
    assert response.status_code == 200
    assert response.json()["results"] == APIClient().get(url).json()["results"]


def test_api_selectors_hold_exactly_the_public_rows(world):
    from stories import selectors

    pairs = [
        (selectors.quote_list_api(), selectors.quote_list_public()),
        (selectors.claim_list_api(), selectors.claim_list_public()),
        (selectors.source_list_api(), selectors.source_list_public()),
        (selectors.person_list_api(), selectors.person_list_public()),
    ]
    for api_rows, public_rows in pairs:
        api_ids = set(api_rows.values_list("pk", flat=True))
        assert api_ids == set(public_rows.values_list("pk", flat=True))
        assert api_ids


@pytest.mark.parametrize(
    "url",
    ["/api/stories/", "/api/claims/", "/api/quotes/", "/api/sources/", "/api/people/"],
)
def test_browsable_api_pages_leak_nothing(world, settings, url):
    # The HTML renderer also draws filter forms; none may list hidden choices.
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    client = APIClient()
    client.force_login(make_reporter())
    response = client.get(url, {"page_size": "100"}, HTTP_ACCEPT="text/html")
    assert response.status_code == 200
    text = response.content.decode()
    assert "<html" in text
    assert HIDDEN not in text
    assert "1901-02-03" not in text
