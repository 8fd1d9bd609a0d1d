"""User-supplied text never executes: a story full of script, javascript: links and event handlers, in a real browser.

The story is filed through services.story_import (plus a person and a source
with hostile fields), then opened in Chromium in the admin list and change
pages, published through the services and opened on its public page and the
API docs when those URLs exist. Any script that ran would set ``window.__xss``
or open a dialog; both are watched. The hostile text must still be visible as
text, so the test cannot pass by showing nothing.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

import pytest
from django.urls import Resolver404, resolve

from stories import services
from stories.models import CheckStatus, Story
from tests import factories

os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

ARTIFACTS = Path(__file__).resolve().parents[1] / "test-artifacts"
CHROMIUM = os.environ.get("NEWSROOM_CHROMIUM", "/usr/bin/chromium")
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

# Each payload would set window.__xss (or open a dialog) if it ever executed.
PAYLOADS = [
    "<script>window.__xss='script';alert('script')</script>",
    "<img src=x onerror=\"window.__xss='img';alert('img')\">",
    "<a href=\"javascript:window.__xss='href';alert('href')\">read more</a>",
    "<svg onload=\"window.__xss='svg'\"></svg>",
    "\"><script>window.__xss='attr-break'</script>",
    "</textarea><script>window.__xss='textarea'</script>",
    "&lt;script&gt;window.__xss='entity'&lt;/script&gt; &amp; &#60;b&#62;",
    "<iframe srcdoc=\"<script>parent.__xss='srcdoc'</script>\"></iframe>",
]
HEADLINE = "<script>window.__xss='headline'</script> Bridge <b onmouseover=alert(1)>opens</b>"
BODY = (
    " date 2021-09-29 Jane Doe said on Sept. 28 that the bridge would open. "
    + " ".join(PAYLOADS)
    + "\n\n“We are ready,” she wrote on Instagram. "
    + "\n\n".join(PAYLOADS)
)
VISIBLE = "<script>window.__xss='script'"

# Database work happens in fixtures listed before ``browser``: once Playwright's event loop
# runs, the ORM would open a connection in another context that teardown cannot close.
pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def browser():
    sync_api = pytest.importorskip("playwright.sync_api")
    if not Path(CHROMIUM).exists():
        if os.environ.get("CI"):
            pytest.fail(f"Chromium not found at {CHROMIUM}")  # in CI a missing browser is a failure
        pytest.skip(f"Chromium not found at {CHROMIUM}")
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        yield browser
        browser.close()


@pytest.fixture
def hostile_story():
    reporter, checker, editor = (
        factories.make_reporter(),
        factories.make_checker(),
        factories.make_editor(username="edith", is_superuser=True),
    )
    story = services.story_import(
        data=BODY, headline=HEADLINE, byline=PAYLOADS[1], user=reporter
    ).story
    person = factories.make_person(name=PAYLOADS[0][:200], aliases=PAYLOADS[2:4])
    factories.make_source(
        story=story,
        author=person,
        platform=PAYLOADS[1][:100],
        description=PAYLOADS[2],
        captured_text=PAYLOADS[4],
        url="https://example.org/post?q=%3Cscript%3E",
    )
    return story, checker, editor


def _watch(page, seen: list[str]) -> None:
    def on_dialog(dialog):
        seen.append(f"dialog: {dialog.message}")
        dialog.dismiss()

    page.on("dialog", on_dialog)


def _assert_nothing_ran(page, seen: list[str], what: str) -> None:
    # Hover and click everything a reader could, so event handlers would fire.
    for handle in page.query_selector_all("article b, td b, a, img, svg")[:20]:
        # Invisible elements cannot be hovered; that is fine.
        with contextlib.suppress(Exception):
            handle.hover(timeout=200)
    flag = page.evaluate("() => window.__xss ?? null")
    assert flag is None, f"{what}: an injected script ran ({flag})"
    assert seen == [], f"{what}: a dialog opened: {seen}"
    live = page.evaluate(
        """() => [...document.querySelectorAll('*')].flatMap(el =>
            [...el.attributes].filter(a => /^on/i.test(a.name) || /^\\s*javascript:/i.test(a.value))
              .map(a => el.tagName + ' ' + a.name + '=' + a.value))"""
    )
    assert live == [], f"{what}: user text became live markup: {live}"


def _login(page, live_server, username: str) -> None:
    page.goto(f"{live_server.url}/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", "pw-for-tests-only")
    page.click("input[type=submit]")
    page.wait_for_url(f"{live_server.url}/admin/")


def _exists(path: str) -> bool:
    try:
        resolve(path)
    except Resolver404:
        return False
    return True


def test_hostile_story_is_inert_in_the_admin(hostile_story, live_server, browser):
    story, _, editor = hostile_story
    ARTIFACTS.mkdir(exist_ok=True)
    page = browser.new_page()
    seen: list[str] = []
    _watch(page, seen)
    _login(page, live_server, editor.username)

    admin_pages = {
        "story list": "/admin/stories/story/",
        "story change": f"/admin/stories/story/{story.pk}/change/",
        "people": "/admin/stories/person/",
        "sources": "/admin/stories/source/",
        "check log": "/admin/stories/checkevent/",
    }
    for what, path in admin_pages.items():
        response = page.goto(live_server.url + path)
        assert response.status == 200, f"{what}: {response.status}"
        assert response.headers.get("content-security-policy"), f"{what}: no CSP header"
        _assert_nothing_ran(page, seen, what)
        page.screenshot(
            path=str(ARTIFACTS / f"xss-admin-{what.replace(' ', '-')}.png"), full_page=True
        )
    page.goto(live_server.url + admin_pages["story change"])
    assert VISIBLE in page.content().replace("&lt;", "<").replace("&gt;", ">")


@pytest.fixture
def published_story(hostile_story) -> Story:
    """The hostile story, checked and published through the services, as an editor would."""
    story, checker, editor = hostile_story
    services.story_submit(story=story, user=editor)
    for entry in services.story_open_entries(story):
        services.entry_set_status(
            entry=entry, to_status=CheckStatus.VERIFIED, user=checker, note=PAYLOADS[0]
        )
    return services.story_publish(story=Story.objects.get(pk=story.pk), user=editor)


def test_hostile_story_is_inert_on_its_public_page(published_story, live_server, browser):
    story = published_story
    path = f"/stories/{story.slug}/"
    if not _exists(path):
        pytest.skip(f"{path} is not routed on this branch yet (public pages are merged later)")
    page = browser.new_page()
    seen: list[str] = []
    _watch(page, seen)

    response = page.goto(live_server.url + path)

    assert response.status == 200
    assert response.headers.get("content-security-policy")
    _assert_nothing_ran(page, seen, "public story page")
    assert "<script>window.__xss='headline'</script>" in page.inner_text("body")
    assert VISIBLE in page.inner_text("body")
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "xss-public-story.png"), full_page=True)


def test_api_docs_are_inert_with_a_hostile_story_published(published_story, live_server, browser):
    if not _exists("/api/docs/"):
        pytest.skip("/api/docs/ is not routed on this branch yet (the API is merged later)")
    page = browser.new_page()
    seen: list[str] = []
    _watch(page, seen)

    response = page.goto(live_server.url + "/api/docs/")

    assert response.status == 200
    page.wait_for_load_state("networkidle")
    _assert_nothing_ran(page, seen, "API docs")


@pytest.mark.urls("tests.csp_docs_urls")
def test_swagger_ui_split_view_runs_under_the_content_security_policy(browser, live_server):
    page = browser.new_page()
    violations: list[str] = []
    page.on(
        "console",
        lambda msg: violations.append(msg.text) if "Content Security Policy" in msg.text else None,
    )

    response = page.goto(live_server.url + "/csp-check/docs/")

    assert response.status == 200
    assert response.headers.get("content-security-policy")
    page.wait_for_selector(".swagger-ui .info", timeout=10_000)
    assert violations == []
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "csp-swagger-ui.png"), full_page=True)
