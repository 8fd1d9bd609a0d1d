"""The fact-checker's main path in a real browser: verdict with evidence, publish gate, editor publishes."""

from __future__ import annotations

import re

import pytest

from stories import services
from stories.models import Story, StoryStatus
from tests import factories

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

PASSWORD = "pw-for-tests-only"
OPEN_ROWS = "article.entry[data-status=unchecked], article.entry[data-status=in_progress]"


@pytest.fixture
def seed_story(newsroom_roles):
    story = factories.make_seed_story()
    editor = factories.make_editor(username="edith", first_name="Edith", last_name="Editor")
    services.story_submit(story=story, user=editor)
    checker = factories.make_checker(username="felix", first_name="Felix", last_name="Checker")
    return story, checker, editor


def _background(page, selector: str) -> str:
    return page.eval_on_selector(selector, "el => getComputedStyle(el).backgroundColor")


def test_checker_sets_a_verdict_and_the_editor_publishes(
    page, live_server, login, seed_story, artifacts
):
    story, checker, editor = seed_story
    login("felix", PASSWORD)

    # The story list shows the story with its progress; its headline opens the check page.
    page.goto(f"{live_server.url}/admin/stories/story/")
    assert page.locator("#result_list .progress").count() == 1
    page.screenshot(path=str(artifacts / "story-list.png"), full_page=False)
    page.click(f"a.story-link:has-text({story.headline[:40]!r})")
    page.wait_for_selector(".article-text")
    assert page.locator(".article-text mark.hl").count() >= 1
    page.screenshot(path=str(artifacts / "check-page-before.png"), full_page=False)

    # The first date claim, whatever the extractor found.
    row = page.locator("article.entry[data-kind=date]").first
    key = row.get_attribute("data-entry")
    mark = f"mark#hl-{key}"
    before = _background(page, mark)
    assert "st-verified" not in page.get_attribute(mark, "class")

    row.locator("input[name=evidence_url]").fill("https://www.instagram.com/p/example/")
    row.locator("textarea[name=note]").fill("Date of the post as shown on Instagram.")
    with page.expect_navigation():
        row.locator("button[value=verified]").click()
    page.wait_for_selector(".messagelist .success")

    page.reload()
    assert "st-verified" in page.get_attribute(mark, "class")
    assert _background(page, mark) != before
    row = page.locator(f"#entry-{key}")
    assert row.get_attribute("data-status") == "verified"
    assert row.locator("input[name=evidence_url]").input_value() == (
        "https://www.instagram.com/p/example/"
    )
    assert "Felix Checker" in row.locator(".history").text_content()

    # A fact-checker cannot publish: the button is there but disabled, the gate names what is open.
    assert page.locator("#publish-btn").is_disabled()
    assert re.search(r"\d+ open entr(y|ies) block publishing", page.inner_text(".ws-actions"))
    page.screenshot(path=str(artifacts / "check-page-checker.png"), full_page=True)

    # The editor tries to publish while entries are open: refused, with each open entry linked.
    login("edith", PASSWORD)
    page.goto(f"{live_server.url}/admin/stories/story/{story.pk}/check/")
    with page.expect_navigation():
        page.click("#publish-btn")
    page.wait_for_selector("#publish-blocked")
    links = page.locator("#publish-blocked a")
    assert links.count() == page.locator(OPEN_ROWS).count() > 0
    href = links.first.get_attribute("href")
    assert re.search(r"#entry-(quote|claim|source)-\d+$", href)
    page.screenshot(path=str(artifacts / "check-page-publish-refused.png"), full_page=False)
    assert Story.objects.get(pk=story.pk).status == StoryStatus.IN_REVIEW

    # Keys work too: on the open-only view, j selects the first open entry and u marks it unverifiable.
    page.goto(f"{live_server.url}/admin/stories/story/{story.pk}/check/?show=open")
    first_open = page.locator("article.entry").first.get_attribute("data-entry")
    page.keyboard.press("j")
    with page.expect_navigation():
        page.keyboard.press("u")
    page.wait_for_selector(".messagelist .success")
    assert page.locator(f"#entry-{first_open}").count() == 0  # decided: gone from the queue
    assert "st-unverifiable" in page.get_attribute(f"#hl-{first_open}", "class")

    # The editor finishes the checks, one click (plus a note) per entry, then publishes.
    page.goto(f"{live_server.url}/admin/stories/story/{story.pk}/check/")
    for _ in range(500):
        open_row = page.locator(OPEN_ROWS).first
        if open_row.count() == 0:
            break
        open_row.locator("textarea[name=note]").fill("Checked against the original post.")
        with page.expect_navigation():
            open_row.locator("button[value=verified]").click()
        page.wait_for_selector(".messagelist .success")
    assert page.locator(OPEN_ROWS).count() == 0
    with page.expect_navigation():
        page.click("#publish-btn")
    page.wait_for_selector(".messagelist .success")
    assert "published" in page.inner_text(".messagelist")
    assert Story.objects.get(pk=story.pk).status == StoryStatus.PUBLISHED
    page.screenshot(path=str(artifacts / "check-page-published.png"), full_page=False)


def test_check_page_screenshot_mid_check(page, live_server, login, seed_story, artifacts):
    """The check page part-way through a check, for the README (test-artifacts/check-page.png)."""
    story, checker, editor = seed_story
    claims = list(story.claims.order_by("start"))
    quotes = list(story.quotes.order_by("start"))
    dated = next(c for c in claims if c.kind == "date")
    services.entry_set_status(
        entry=dated,
        to_status="verified",
        user=checker,
        evidence_url="https://www.instagram.com/p/example/",
        note="Matches the post's date.",
    )
    age = next((c for c in claims if c.kind == "age"), None)
    if age is not None:
        services.entry_set_status(entry=age, to_status="in_progress", user=checker)
    sourced = next((q for q in quotes if q.source_id), None)
    if sourced is not None:
        source = sourced.source
        source.captured_text = sourced.text
        source.save(update_fields=["captured_text"])
        services.entry_set_status(
            entry=sourced,
            to_status="verified",
            user=checker,
            evidence_url="https://www.instagram.com/p/example/",
            note="Caption matches word for word.",
        )
    if len(quotes) > 2:
        services.entry_set_status(
            entry=quotes[2], to_status="unverifiable", user=checker, note="Comment deleted."
        )
    login("felix", PASSWORD)
    page.goto(f"{live_server.url}/admin/stories/story/{story.pk}/check/")
    page.wait_for_selector(".article-text mark.hl.st-verified")
    assert page.locator(".machine.oc-consistent, .machine.oc-exact").count() >= 1
    page.screenshot(path=str(artifacts / "check-page.png"), full_page=False)
    # The sources and the check log, further down the same page.
    page.locator("#check-log").scroll_into_view_if_needed()
    page.screenshot(path=str(artifacts / "check-page-sources-and-log.png"), full_page=False)
