"""A reader's view of a story page in real Chromium: desktop and phone, with and without JavaScript.

Builds the seed story as published, with verified quotes and dates and one
unverified quote, then checks what a reader sees: the marks, the "How we
checked this" list and its links, the corrections box, text contrast and a
layout that fits a phone. Screenshots go to test-artifacts/.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from pathlib import Path

import pytest

from stories.models import CheckStatus, ClaimKind, StoryStatus
from tests.factories import (
    make_checked,
    make_checker,
    make_claim_at,
    make_correction,
    make_editor,
    make_person,
    make_quote_at,
    make_source,
    make_story,
)

# Playwright's sync API runs an event loop in this thread; the ORM calls here stay synchronous.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_e1971d8741fedcb8.txt"


@pytest.fixture
def reader_browser(browser):
    """The session's shared Chromium (tests/e2e/conftest.py)."""
    return browser


@pytest.fixture
def seed_story(newsroom_roles):
    """The seed article, published, with its checked entries."""
    text = SEED.read_text(encoding="utf-8")
    body = re.sub(r"\A date \S+ ", "", text)
    checker, editor = make_checker(), make_editor()
    story = make_story(
        status=StoryStatus.PUBLISHED,
        slug="teigen-legend-mourn-jack",
        headline="One year later, Chrissy Teigen and John Legend continue to mourn their late son Jack",
        byline="Staff writer",
        body=body,
        published_at=dt.datetime(2021, 9, 29, 14, tzinfo=dt.UTC),
    )
    teigen = make_person(name="Chrissy Teigen", slug="chrissy-teigen")
    union = make_person(name="Gabrielle Union", slug="gabrielle-union")
    post = make_checked(
        make_source(
            story,
            author=teigen,
            platform="Instagram",
            date=dt.date(2021, 9, 28),
            date_precision="day",
            url="https://www.instagram.com/p/example-post/",
            archived_url="https://web.archive.org/web/2021/https://www.instagram.com/p/example-post/",
        ),
        checker=checker,
        verdict_note="The post is on her verified account, dated September 28, 2021.",
    )
    for words in ("To the son we almost had,", "A year ago you gave me the greatest pain"):
        make_checked(make_quote_at(story, words, speaker=teigen, source=post), checker=checker)
    make_checked(make_quote_at(story, "Love u,", speaker=union), checker=editor)
    make_quote_at(story, "Your vulnerability and strength is admirable,")  # unchecked: never marked
    make_checked(make_claim_at(story, "Sept. 28", source=post), checker=checker)
    make_checked(
        make_claim_at(
            story,
            "Sept. 18",
            value={"type": "DATE", "value": "2021-09-18", "mod": None, "anchor": "dateline"},
        ),
        checker=checker,
    )
    make_checked(
        make_claim_at(story, "35-year-old", kind=ClaimKind.AGE, value={"age": 35}, subject=teigen),
        checker=editor,
        evidence_url="https://en.wikipedia.org/wiki/Chrissy_Teigen",
        verdict_note="Born November 30, 1985: she was 35 on the dateline.",
    )
    make_correction(
        story,
        note="An earlier version misstated the day of the Instagram post.",
        corrected_at=dt.datetime(2021, 9, 30, 10, tzinfo=dt.UTC),
    )
    return story


def _luminance(rgb: tuple[float, ...]) -> float:
    def channel(c: float) -> float:
        c /= 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(c) for c in rgb[:3])
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def _rgb(css: str) -> tuple[float, ...]:
    return tuple(float(v) for v in re.findall(r"[\d.]+", css)[:3])


def contrast(fg: str, bg: str) -> float:
    lighter, darker = sorted((_luminance(_rgb(fg)), _luminance(_rgb(bg))), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def test_story_page_reads_without_javascript(reader_browser, live_server, seed_story):
    ARTIFACTS.mkdir(exist_ok=True)
    context = reader_browser.new_context(
        viewport={"width": 1280, "height": 900}, java_script_enabled=False
    )
    page = context.new_page()
    response = page.goto(live_server.url + seed_story.get_absolute_url())
    assert response.status == 200
    assert page.locator("h1").count() == 1
    assert page.locator("h1").inner_text().startswith("One year later")
    marks = page.locator(".story__body mark.check")
    assert marks.count() == 6  # three quotes, two dates, one age; the unchecked quote is not marked
    assert "Your vulnerability" not in " ".join(marks.all_inner_texts())
    assert page.get_by_role("heading", name="How we checked this").is_visible()
    assert page.locator(".check-item").count() == 7  # six in the text and the post
    assert page.locator(".corrections-box").is_visible()
    # The ✓ after a mark is a plain link to its entry in "How we checked this".
    page.locator(".story__body .check-ref").first.click()
    assert re.search(r"#check-(quote|claim)-\d+$", page.url)
    target = page.locator(".check-item:target")
    assert target.count() == 1 and target.is_visible()
    page.goto(live_server.url + seed_story.get_absolute_url())
    page.screenshot(path=str(ARTIFACTS / "public-story-desktop.png"), full_page=True)
    page.screenshot(path=str(ARTIFACTS / "public-story-desktop-top.png"))
    page.goto(live_server.url + seed_story.get_absolute_url() + "#how-we-checked")
    page.screenshot(path=str(ARTIFACTS / "public-story-desktop-checks.png"))
    page.goto(live_server.url + "/corrections/")
    page.screenshot(path=str(ARTIFACTS / "public-corrections.png"))
    page.goto(live_server.url + "/people/chrissy-teigen/")
    assert page.locator(".quote-item").count() == 2
    page.screenshot(path=str(ARTIFACTS / "public-person.png"))
    retracted = make_story(
        status=StoryStatus.RETRACTED,
        headline="Singer announces surprise tour",
        body="The tour story text that must no longer be shown.",
        retraction_note="The post this story relied on was a forgery; the tour was never announced.",
        retracted_at=dt.datetime(2021, 10, 1, 9, tzinfo=dt.UTC),
        published_at=dt.datetime(2021, 9, 20, 9, tzinfo=dt.UTC),
    )
    page.goto(live_server.url + retracted.get_absolute_url())
    assert page.get_by_role("heading", name="This story has been retracted").is_visible()
    assert "must no longer be shown" not in page.content()
    page.screenshot(path=str(ARTIFACTS / "public-story-retracted.png"))
    page.goto(live_server.url + "/")
    page.screenshot(path=str(ARTIFACTS / "public-front-page.png"), full_page=True)
    context.close()


def test_story_page_fits_a_phone_and_has_readable_contrast(reader_browser, live_server, seed_story):
    ARTIFACTS.mkdir(exist_ok=True)
    context = reader_browser.new_context(
        viewport={"width": 390, "height": 844}, device_scale_factor=2, is_mobile=True
    )
    page = context.new_page()
    page.goto(live_server.url + seed_story.get_absolute_url())
    # Nothing wider than the screen: no sideways scrolling.
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    size = page.evaluate("parseFloat(getComputedStyle(document.body).fontSize)")
    assert size >= 16
    for selector in (
        ".story__body p",
        ".story__body mark.check",
        ".story__meta",
        ".check-item__facts dt",
        ".check-item__facts a",
        ".tag--verified",
        ".site-nav a",
    ):
        fg, bg = page.evaluate(
            """(sel) => {
                let el = document.querySelector(sel);
                const fg = getComputedStyle(el).color;
                while (el && getComputedStyle(el).backgroundColor === 'rgba(0, 0, 0, 0)') {
                    el = el.parentElement;
                }
                return [fg, el ? getComputedStyle(el).backgroundColor : 'rgb(255, 255, 255)'];
            }""",
            selector,
        )
        assert contrast(fg, bg) >= 4.5, (selector, fg, bg)
    page.screenshot(path=str(ARTIFACTS / "public-story-phone.png"), full_page=False)
    page.locator("#how-we-checked").scroll_into_view_if_needed()
    page.screenshot(path=str(ARTIFACTS / "public-story-phone-checks.png"), full_page=False)
    context.close()


def test_staff_preview_is_labelled(reader_browser, live_server, seed_story, client):
    draft = make_story(status=StoryStatus.DRAFT, headline="A draft nobody may read yet")
    make_quote_at(draft, "We are ready,", status=CheckStatus.IN_PROGRESS)
    editor = make_editor(username="preview-editor")
    client.force_login(editor)
    session = client.cookies["sessionid"].value
    context = reader_browser.new_context(viewport={"width": 1280, "height": 900})
    context.add_cookies([{"name": "sessionid", "value": session, "url": live_server.url}])
    page = context.new_page()
    response = page.goto(live_server.url + draft.get_absolute_url() + "?preview=1")
    assert response.status == 200
    assert "no-store" in response.headers["cache-control"]
    assert "Preview: not public." in page.get_by_role("status").text_content()
    page.screenshot(path=str(ARTIFACTS / "public-story-preview.png"), full_page=True)
    context.close()
