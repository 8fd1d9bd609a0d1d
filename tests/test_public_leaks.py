"""Leak test for the public pages: nothing unpublished or unverified ever reaches a reader.

One newsroom holds a story in every status, each with quotes, claims and
sources in every check status, corrections, and people seen only in what
must stay inside. Everything that must stay inside carries the token LEAK.
Text of unverified entries of the published story carries UNV: it is part
of the published text, so it may appear in that story's body, but never
marked, listed, attributed or described anywhere. The walk follows every
link from the front page, feeds and sitemap and also asks for every story
and person address directly, anonymously and as logged-in staff without
preview. The staff preview, which must show the LEAK text, proves the
scanner would see a leak.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import deque

import pytest

from stories.models import CheckStatus, ClaimKind, Person, Story, StoryStatus
from tests.factories import (
    make_checked,
    make_claim_at,
    make_correction,
    make_editor,
    make_person,
    make_quote_at,
    make_source,
    make_story,
)

pytestmark = pytest.mark.django_db

UNVERIFIED = [s for s in CheckStatus.values if s != CheckStatus.VERIFIED]
START_URLS = ["/", "/corrections/", "/feeds/rss/", "/feeds/atom/", "/sitemap.xml", "/robots.txt"]
LINK = re.compile(r'(?:href="|<loc>|<link>)(?:http://testserver)?(/[^"<#\s]*)')
BODY_DIV = re.compile(r'<div class="story__body">(.*?)</div>', re.S)
MARK_TEXT = re.compile(r"<mark\b[^>]*>(.*?)</mark>", re.S)


def _published_body() -> str:
    paragraphs = [
        "okpub The council met on Sept. 28 and Okpub Jane, 42, spoke first.",
        "“okpub quote verified a,” she said. “okpub quote verified b,” Okpub Sam added.",
    ]
    for status in UNVERIFIED:
        paragraphs.append(
            f"“UNV quote {status} by public person,” one said. “UNV quote {status} by hidden person,”"
            f" said another. It happened on UNV date {status} when someone was UNV age {status}."
        )
    return "\n\n".join(paragraphs)


def _hidden_body(status: str) -> str:
    parts = [f"LEAK body of a {status} story. It happened on LEAK date here."]
    for check in CheckStatus.values:
        parts.append(f"“LEAK quote {check} in {status},” someone said.")
    return "\n\n".join(parts)


@pytest.fixture
def newsroom(db):
    checker = make_editor(
        username="leak-username-checker",
        email="leak-email@example.org",
        first_name="Leakfirst",
        last_name="Leaklast",
    )
    public_jane = make_person(name="Okpub Jane", slug="okpub-jane", aliases=["LEAK alias"])
    public_sam = make_person(name="Okpub Sam", slug="okpub-sam", birth_date_note="LEAK birth note")
    hidden_people: list[Person] = []

    def hidden_person(label: str) -> Person:
        n = len(hidden_people)
        person = make_person(name=f"LEAK person {n} {label}", slug=f"hidden-{n}")
        hidden_people.append(person)
        return person

    def verdict(entry, status: str, public: bool):
        token = "okpub" if public else "LEAK"
        return make_checked(
            entry,
            checker=checker,
            status=status,
            evidence_url=f"https://evidence.example/{token}-{entry._meta.model_name}-{entry.pk}",
            verdict_note=f"{token} note {entry._meta.model_name} {status}",
        )

    # The published story.
    published = make_story(
        status=StoryStatus.PUBLISHED,
        headline="okpub Published headline",
        slug="published-story",
        byline="okpub Byline",
        body=_published_body(),
    )
    verified_post = verdict(
        make_source(
            published,
            author=public_sam,
            platform="Instagram",
            url="https://okpub.example/post",
            archived_url="https://okpub.example/archive",
            description="LEAK description",
            captured_text="LEAK captured text",
            reported_text="LEAK reported text",
        ),
        CheckStatus.VERIFIED,
        public=True,
    )
    hidden_posts = {
        status: verdict(
            make_source(
                published,
                author=hidden_person(f"author {status}"),
                platform=f"LEAK platform {status}",
                url=f"https://evidence.example/LEAK-post-{status}",
                archived_url=f"https://evidence.example/LEAK-archive-{status}",
            ),
            status,
            public=False,
        )
        for status in UNVERIFIED
    }
    # A verified quote whose own source is not verified: the source must stay hidden.
    verdict(
        make_quote_at(
            published,
            "okpub quote verified a,",
            speaker=public_jane,
            source=hidden_posts[CheckStatus.UNCHECKED],
        ),
        CheckStatus.VERIFIED,
        public=True,
    )
    verdict(
        make_quote_at(
            published, "okpub quote verified b,", speaker=public_sam, source=verified_post
        ),
        CheckStatus.VERIFIED,
        public=True,
    )
    verdict(
        make_claim_at(published, "Sept. 28", subject=public_jane, source=verified_post),
        CheckStatus.VERIFIED,
        public=True,
    )
    verdict(
        make_claim_at(published, "42", kind=ClaimKind.AGE, value={"age": 42}, subject=public_jane),
        CheckStatus.VERIFIED,
        public=True,
    )
    for status in UNVERIFIED:
        verdict(
            make_quote_at(
                published,
                f"UNV quote {status} by public person,",
                speaker=public_jane,
                source=verified_post,
            ),
            status,
            public=False,
        )
        verdict(
            make_quote_at(
                published,
                f"UNV quote {status} by hidden person,",
                speaker=hidden_person(f"speaker {status}"),
                source=hidden_posts[status],
            ),
            status,
            public=False,
        )
        verdict(
            make_claim_at(
                published,
                f"UNV date {status}",
                subject=public_jane,
                value={"type": "DATE", "value": "LEAK-value", "mod": None, "anchor": "dateline"},
            ),
            status,
            public=False,
        )
        verdict(
            make_claim_at(
                published,
                f"UNV age {status}",
                kind=ClaimKind.AGE,
                value={"age": "LEAK-age"},
                subject=hidden_person(f"subject {status}"),
            ),
            status,
            public=False,
        )
    make_correction(published, note="okpub correction of the published story")

    # Stories readers must never read: drafts, stories in review, and a retracted one.
    hidden_stories = {}
    for status in (StoryStatus.DRAFT, StoryStatus.IN_REVIEW, StoryStatus.RETRACTED):
        retracted = status == StoryStatus.RETRACTED
        story = make_story(
            status=status,
            headline="okpub Retracted headline" if retracted else f"LEAK {status} headline",
            slug=f"{status.replace('_', '-')}-story",
            byline=f"LEAK byline {status}",
            body=_hidden_body(status),
            retraction_note="okpub retraction note" if retracted else "",
            retracted_at=dt.datetime(2021, 10, 3, tzinfo=dt.UTC) if retracted else None,
        )
        hidden_stories[status] = story
        post = make_source(
            story,
            author=public_sam,
            platform=f"LEAK platform of {status}",
            url=f"https://evidence.example/LEAK-{status}-post",
        )
        verdict(post, CheckStatus.VERIFIED, public=False)
        for check in CheckStatus.values:
            # Even a verified quote by a public person must not surface from these stories.
            verdict(
                make_quote_at(
                    story,
                    f"LEAK quote {check} in {status},",
                    speaker=public_jane if check == CheckStatus.VERIFIED else hidden_person(check),
                    source=post,
                ),
                check,
                public=False,
            )
        verdict(
            make_claim_at(story, "LEAK date here", subject=public_jane),
            CheckStatus.VERIFIED,
            public=False,
        )
        make_correction(
            story,
            note="okpub correction of the retracted story"
            if retracted
            else f"LEAK correction {status}",
        )
    return {
        "published": published,
        "hidden_stories": hidden_stories,
        "people": [public_jane, public_sam, *hidden_people],
        "public_people": {public_jane.slug, public_sam.slug},
    }


def _walk(client, newsroom) -> dict[str, tuple[int, str]]:
    """Every page reachable from the start pages, plus every story and person address."""
    queue = deque(START_URLS)
    queue.extend(story.get_absolute_url() for story in Story.objects.all())
    queue.extend(person.get_absolute_url() for person in newsroom["people"])
    seen: dict[str, tuple[int, str]] = {}
    while queue:
        url = queue.popleft()
        if url in seen or url.startswith(("/admin/", "/static/", "/api/")):
            continue
        response = client.get(url)
        text = response.content.decode()
        seen[url] = (response.status_code, text)
        if response.status_code == 200:
            queue.extend(match.replace("&amp;", "&") for match in LINK.findall(text))
    return seen


def _assert_nothing_leaks(pages: dict[str, tuple[int, str]], newsroom) -> None:
    published_url = newsroom["published"].get_absolute_url()
    for url, (_status, text) in pages.items():
        assert "leak" not in text.lower(), f"{url} shows something unpublished or unverified"
        outside_body = text
        if url == published_url:
            [body] = BODY_DIV.findall(text)
            for marked in MARK_TEXT.findall(body):
                assert "UNV" not in marked, f"{url} marks an unverified entry: {marked}"
            outside_body = BODY_DIV.sub("", text)
        assert "UNV" not in outside_body, (
            f"{url} lists, attributes or describes an unverified entry"
        )


def _assert_walk_covered_everything(pages, newsroom) -> None:
    published = newsroom["published"]
    ok = {url for url, (status, _) in pages.items() if status == 200}
    assert {*START_URLS, published.get_absolute_url()} <= ok
    assert newsroom["hidden_stories"][StoryStatus.RETRACTED].get_absolute_url() in ok
    for status in (StoryStatus.DRAFT, StoryStatus.IN_REVIEW):
        assert pages[newsroom["hidden_stories"][status].get_absolute_url()][0] == 404
    for person in newsroom["people"]:
        expected = 200 if person.slug in newsroom["public_people"] else 404
        assert pages[person.get_absolute_url()][0] == expected, person.name
    # The reader still gets everything that is public.
    story_page = pages[published.get_absolute_url()][1]
    assert story_page.count('class="check-item ') == 5  # 2 quotes, 2 claims, 1 source
    assert "okpub correction of the published story" in story_page
    assert (
        "okpub retraction note"
        in pages[newsroom["hidden_stories"][StoryStatus.RETRACTED].get_absolute_url()][1]
    )


def _claim_reviews(html: str) -> list[dict]:
    [block] = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return [item for item in json.loads(block) if item["@type"] == "ClaimReview"]


@pytest.mark.parametrize("who", ["anonymous", "reporter", "editor"])
def test_no_public_page_shows_anything_unpublished_or_unverified(client, newsroom, who, request):
    if who != "anonymous":
        client.force_login(request.getfixturevalue(who))
    pages = _walk(client, newsroom)
    _assert_walk_covered_everything(pages, newsroom)
    _assert_nothing_leaks(pages, newsroom)
    reviews = _claim_reviews(pages[newsroom["published"].get_absolute_url()][1])
    assert len(reviews) == 4
    assert all("UNV" not in json.dumps(r) and "LEAK" not in json.dumps(r) for r in reviews)


def test_the_scanner_sees_leaks_in_the_staff_preview(client, newsroom, reporter):
    """Same setup, same scanner: the preview does show the hidden material, and is marked private."""
    client.force_login(reporter)
    for story in (newsroom["published"], *newsroom["hidden_stories"].values()):
        response = client.get(story.get_absolute_url() + "?preview=1")
        assert response.status_code == 200
        with pytest.raises(AssertionError):
            _assert_nothing_leaks(
                {story.get_absolute_url(): (200, response.content.decode())}, newsroom
            )
        assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
        assert "Preview: not public." in response.content.decode()
