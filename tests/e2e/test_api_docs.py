"""The API docs in a real browser (Chromium): Swagger UI renders from this site alone, no CDN."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

import pytest

from stories.models import CheckStatus, StoryStatus
from tests.factories import make_person, make_quote, make_story

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def plain_static(settings):
    # The suite does not run collectstatic; serve the sidecar's files from the finders.
    settings.ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }


def test_api_docs_render_swagger_ui_from_local_files_only(live_server, browser, plain_static):
    story = make_story(slug="bridge-opens", status=StoryStatus.PUBLISHED)
    make_quote(story, speaker=make_person(name="Jane Doe"), status=CheckStatus.VERIFIED)
    page = browser.new_page(viewport={"width": 1280, "height": 1000})
    requested, left = [], []

    def record(request):
        requested.append(request.url)
        host = urlsplit(request.url).hostname
        if request.url.startswith(("data:", "blob:")):
            return
        if host != "127.0.0.1":
            left.append(request.url)

    page.on("request", record)
    # Anything not on this server is refused, so a CDN dependency shows as a broken page too.
    page.route(
        "**/*",
        lambda route: (
            route.continue_()
            if urlsplit(route.request.url).hostname == "127.0.0.1"
            else route.abort()
        ),
    )
    live = live_server.url.replace("localhost", "127.0.0.1")
    response = page.goto(f"{live}/api/docs/")
    assert response.status == 200
    page.wait_for_selector(".swagger-ui .opblock-summary-path", timeout=15_000)
    paths = page.locator(".opblock-summary-path").all_inner_texts()
    assert any("/api/stories/" in text for text in paths)
    assert any("/api/claims/" in text for text in paths)
    assert page.locator(".swagger-ui .info .title").inner_text().startswith("Newsroom API")
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "api-docs.png"))

    # Try one call from the page itself: the story list answers with the published story.
    page.locator(".opblock-summary-path", has_text="/api/stories/").first.click()
    page.get_by_role("button", name="Try it out").first.click()
    page.get_by_role("button", name="Execute").first.click()
    page.wait_for_selector(".responses-wrapper .live-responses-table .response-col_status")
    assert "bridge-opens" in page.locator(".live-responses-table").first.inner_text()

    page.screenshot(path=str(ARTIFACTS / "api-docs-try-it.png"))
    assert any("/static/drf_spectacular_sidecar/swagger-ui-dist/" in url for url in requested)
    assert any(url.endswith("/api/schema/") for url in requested)
    assert left == [], f"requests left 127.0.0.1: {left}"
