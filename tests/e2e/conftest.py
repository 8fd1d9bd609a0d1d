"""Real-browser fixtures: one headless Debian Chromium per module and a fresh page per test.

Never downloads a browser: it drives /usr/bin/chromium (override with
NEWSROOM_CHROMIUM). Screenshots go to test-artifacts/ (git-ignored).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# Playwright's sync API runs an event loop in this thread; the ORM calls in tests are still synchronous.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = os.environ.get("NEWSROOM_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"


# Module scope: a browser per module, closed before the next module starts, so a module
# that drives its own Playwright never runs inside another's event loop.
@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        message = f"no Chromium at {CHROMIUM} (Debian package chromium; .ci/run installs it)"
        if os.environ.get("CI"):
            pytest.fail(message)  # in CI a missing browser is a failure, not a skip
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
        yield chromium
        chromium.close()
    # ORM calls made under Playwright's loop may have opened their own connections; left
    # open, PostgreSQL could not drop the test database at the end of the run.
    from django.db import connections

    connections.close_all()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1440, "height": 960})
    context.set_default_timeout(10_000)
    tab = context.new_page()
    yield tab
    context.close()


@pytest.fixture
def artifacts() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS


@pytest.fixture(autouse=True)
def _static_without_manifest(settings):
    """The live server serves static files from the finders; no collectstatic manifest in tests."""
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }


@pytest.fixture
def login(page, live_server):
    """Log the page in to the admin as ``username``; returns the page."""

    def log_in(username: str, password: str):
        page.context.clear_cookies()
        page.goto(f"{live_server.url}/admin/login/")
        page.fill("#id_username", username)
        page.fill("#id_password", password)
        page.click("input[type=submit]")
        page.wait_for_selector("#user-tools")
        return page

    return log_in


@pytest.fixture
def newsroom_roles(transactional_db):
    """The role groups, recreated: a transactional test's flush empties the tables the migration filled."""
    from django.apps import apps
    from django.contrib.auth.management import create_permissions

    from stories.permissions import roles_sync

    for app_config in apps.get_app_configs():
        create_permissions(app_config, verbosity=0)
    roles_sync()
