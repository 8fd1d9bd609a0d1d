"""Benchmark: server time of the seed story's check page (and the story list) in the admin.

Rerunnable: builds a throw-away database (SQLite in a temp dir unless
DATABASE_URL is set), loads the seeds as the demo does, logs in a
fact-checker and times GET requests through Django's test client (the full
middleware stack and template rendering, no network). Prints the median and
the 95th percentile; exits non-zero when the median passes the budget.

    .venv/bin/python benchmarks/admin_page.py [--runs 200] [--budget-ms 50]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=200)
    parser.add_argument("--budget-ms", type=float, default=50.0)
    args = parser.parse_args()

    tmp = tempfile.TemporaryDirectory()
    os.environ.setdefault("DATABASE_URL", f"sqlite:///{tmp.name}/bench.sqlite3")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsroom.test_settings")
    import django

    django.setup()
    from django.core.management import call_command
    from django.test import Client
    from django.test.utils import override_settings, setup_test_environment
    from django.urls import reverse

    setup_test_environment()
    override_settings(
        STORAGES={
            "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
            "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
        }
    ).enable()
    if "sqlite" not in os.environ["DATABASE_URL"]:
        print("Using DATABASE_URL; the benchmark adds a story and users to that database.")
    call_command("migrate", verbosity=0)

    from tests import factories

    story = factories.make_seed_story()
    checker = factories.make_checker()
    client = Client()
    client.force_login(checker)
    pages = {
        "check page (seed story)": reverse("admin:stories_story_check", args=[story.pk]),
        "story list": reverse("admin:stories_story_changelist"),
    }
    entries = story.quotes.count() + story.claims.count() + story.sources.count()
    print(f"seed story: {entries} entries; {args.runs} runs per page after 10 warm-up requests")
    verdict = 0
    for name, url in pages.items():
        for _ in range(10):
            assert client.get(url).status_code == 200
        times = []
        for _ in range(args.runs):
            start = time.perf_counter()
            response = client.get(url)
            times.append((time.perf_counter() - start) * 1000)
            assert response.status_code == 200
        median = statistics.median(times)
        p95 = statistics.quantiles(times, n=20)[-1]
        print(f"{name:<26} median {median:6.1f} ms   p95 {p95:6.1f} ms   max {max(times):6.1f} ms")
        if name.startswith("check page") and median > args.budget_ms:
            verdict = 1
    print(
        "budget:",
        f"{args.budget_ms:.0f} ms median for the check page:",
        "FAIL" if verdict else "ok",
    )
    tmp.cleanup()
    return verdict


if __name__ == "__main__":
    sys.exit(main())
