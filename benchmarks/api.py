"""API benchmark: the REST API against a bare ``.values()`` view, on SQLite and PostgreSQL.

``python benchmarks/api.py`` (or ``make bench-api``) runs, for each database, a
fresh database with the synthetic corpus of ``benchmarks/corpus.py`` (10,000
published stories, 200,000 entries of theirs), then times, in-process with
Django's test Client (no sockets), bounded loops of requests to: the story
list, a story's detail, the claims list filtered by kind, the public story
page, and minimal Django views that return the same rows as JSON through
``.values()`` (the floor of what the framework can do). It prints one table
per database and the API / floor ratio. It creates and drops its own
databases (a temp SQLite file, a ``newsroom_bench_*`` PostgreSQL database) and
never touches any other.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PG_URL = os.environ.get("BENCH_PG_URL", "postgres://postgres@127.0.0.1:5432")
REQUESTS = int(os.environ.get("BENCH_REQUESTS", "400"))
WARMUP = 30
PAGE = 20


# ---------------------------------------------------------------------------
# Floor views and URLs (this module is the benchmark's ROOT_URLCONF).


def _floor_urls():
    from django.core.serializers.json import DjangoJSONEncoder
    from django.http import JsonResponse
    from django.urls import include, path

    from stories import selectors

    def as_json(data):
        return JsonResponse(data, encoder=DjangoJSONEncoder, safe=False)

    story_fields = (
        "slug",
        "headline",
        "byline",
        "dateline",
        "status",
        "published_at",
        "retracted_at",
        "retraction_note",
    )
    claim_fields = (
        "id",
        "story__slug",
        "kind",
        "text",
        "start",
        "end",
        "value",
        "resolved_date",
        "subject__name",
        "subject__slug",
        "public_source_id",
        "verdict_note",
        "evidence_url",
        "checked_at",
        "checker_role",
    )

    def floor_story_list(request):
        rows = selectors.story_list_api().order_by("-dateline", "-id").values(*story_fields)
        return as_json({"results": list(rows[: PAGE + 1])[:PAGE]})

    def floor_claim_list(request):
        rows = (
            selectors.claim_list_api()
            .filter(kind=request.GET["kind"])
            .order_by("-id")
            .values(*claim_fields)
        )
        return as_json({"results": list(rows[: PAGE + 1])[:PAGE]})

    def floor_story_detail(request, slug):
        story = selectors.story_list_public().values(*story_fields, "id", "body").get(slug=slug)
        sid = story.pop("id")
        story["quotes"] = list(
            selectors.quote_list_api()
            .filter(story_id=sid)
            .values("id", "text", "start", "end", "speaker__name", "public_source_id")
        )
        story["claims"] = list(
            selectors.claim_list_api().filter(story_id=sid).values(*claim_fields)
        )
        story["sources"] = list(
            selectors.source_list_api()
            .filter(story_id=sid)
            .values("id", "label", "platform", "author__name", "date", "verdict_note")
        )
        story["corrections"] = []
        return as_json(story)

    return [
        path("floor/stories/", floor_story_list),
        path("floor/stories/<slug:slug>/", floor_story_detail),
        path("floor/claims/", floor_claim_list),
        path("", include("newsroom.urls")),
    ]


def __getattr__(name):
    # Django imports ROOT_URLCONF and reads ``urlpatterns``; built lazily after setup.
    if name == "urlpatterns":
        return _floor_urls()
    raise AttributeError(name)


# ---------------------------------------------------------------------------
# One database: build, warm up, measure.


def _stats(times: list[float]) -> dict[str, float]:
    times = sorted(times)
    return {
        "rps": len(times) / sum(times),
        "median_ms": statistics.median(times) * 1000,
        "p99_ms": times[min(len(times) - 1, int(len(times) * 0.99))] * 1000,
    }


def _time(client, url_sets: dict[str, list[str]], n: int) -> dict[str, dict[str, float]]:
    """Time ``n`` requests per URL set, interleaved so both see the same machine load.

    One client, one request at a time: requests per second is 1 / mean latency.
    """
    for i in range(WARMUP):
        for urls in url_sets.values():
            client.get(urls[i % len(urls)])
    times: dict[str, list[float]] = {name: [] for name in url_sets}
    for i in range(n):
        for name, urls in url_sets.items():
            url = urls[i % len(urls)]
            t0 = time.perf_counter()
            response = client.get(url)
            times[name].append(time.perf_counter() - t0)
            assert response.status_code == 200, (url, response.status_code)
    return {name: _stats(values) for name, values in times.items()}


def run_one(database_url: str) -> dict:
    os.environ["DATABASE_URL"] = database_url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsroom.test_settings")
    os.environ["ALLOWED_HOSTS"] = "testserver"
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command
    from django.test import Client
    from django.test.utils import setup_test_environment

    from benchmarks.corpus import build_corpus
    from stories.models import ClaimKind, Story, StoryStatus

    settings.ROOT_URLCONF = "benchmarks.api"
    # Throttling would cap a benchmark at the anonymous rate; it is tested elsewhere.
    settings.REST_FRAMEWORK["DEFAULT_THROTTLE_RATES"] = {"anon": None, "user": None}
    # The framework against the floor, not the cache against the floor (benchmarks/load.py
    # measures the cached site).
    settings.PUBLIC_CACHE_ENABLED = False
    setup_test_environment()
    call_command("migrate", verbosity=0)
    corpus = build_corpus()
    slugs = list(
        Story.objects.filter(status=StoryStatus.PUBLISHED)
        .order_by("?")
        .values_list("slug", flat=True)[:50]
    )
    client = Client()
    kind = ClaimKind.DATE
    pairs = {
        "story list": (["/api/stories/"], ["/floor/stories/"]),
        "story detail": (
            [f"/api/stories/{s}/" for s in slugs],
            [f"/floor/stories/{s}/" for s in slugs],
        ),
        "claims?kind=date": ([f"/api/claims/?kind={kind}"], [f"/floor/claims/?kind={kind}"]),
        "story page (HTML)": ([f"/stories/{s}/" for s in slugs], None),
    }
    results = {}
    for name, (api_urls, floor_urls) in pairs.items():
        url_sets = {"api": api_urls, **({"floor": floor_urls} if floor_urls else {})}
        results[name] = _time(client, url_sets, REQUESTS)
    # Same rows: the API's first page holds exactly the floor's rows.
    api_rows = client.get("/api/stories/").json()["results"]
    floor_rows = client.get("/floor/stories/").json()["results"]
    assert [r["slug"] for r in api_rows] == [r["slug"] for r in floor_rows]
    api_claims = client.get(f"/api/claims/?kind={kind}").json()["results"]
    floor_claims = client.get(f"/floor/claims/?kind={kind}").json()["results"]
    assert [r["id"] for r in api_claims] == [r["id"] for r in floor_claims]
    return {"corpus": corpus, "results": results}


# ---------------------------------------------------------------------------
# Driver: one child process per database, side by side.


def _child(database_url: str) -> dict:
    env = {**os.environ, "BENCH_CHILD_DATABASE_URL": database_url}
    out = subprocess.run(
        [sys.executable, __file__], env=env, capture_output=True, text=True, check=False, cwd=ROOT
    )
    if out.returncode != 0:
        raise SystemExit(f"benchmark on {database_url} failed:\n{out.stderr[-4000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    runs = {}
    with tempfile.TemporaryDirectory() as tmp:
        runs["SQLite"] = _child(f"sqlite:///{tmp}/bench.sqlite3")
    name = f"newsroom_bench_{os.getpid()}"
    subprocess.run(["psql", f"{PG_URL}/postgres", "-qc", f"CREATE DATABASE {name}"], check=True)
    try:
        runs["PostgreSQL"] = _child(f"{PG_URL}/{name}")
    finally:
        subprocess.run(["psql", f"{PG_URL}/postgres", "-qc", f"DROP DATABASE IF EXISTS {name}"])
    print(
        f"In-process (Django test Client, no sockets), one client, {REQUESTS} requests per row "
        f"after {WARMUP} warm-up, API and floor interleaved; page size {PAGE}; req/s = 1/mean."
    )
    for db, run in runs.items():
        c = run["corpus"]
        print(
            f"\n{db}: {c['stories']} stories ({c['published']} published), {c['entries']} entries, "
            f"{c['people']} people; corpus built in {c['seconds']} s"
        )
        print(
            f"{'endpoint':<20} {'':>6} {'req/s':>8} {'median ms':>10} {'p99 ms':>8}   API time / floor time"
        )
        for endpoint, row in run["results"].items():
            for which in ("api", "floor"):
                if which not in row:
                    continue
                r = row[which]
                ratio = ""
                if which == "api" and "floor" in row:
                    ratio = (
                        f"   {row['floor']['rps'] / r['rps']:.2f}x mean, "
                        f"{r['median_ms'] / row['floor']['median_ms']:.2f}x median"
                    )
                print(
                    f"{endpoint if which == 'api' else '':<20} {which:>6} {r['rps']:>8.0f} "
                    f"{r['median_ms']:>10.2f} {r['p99_ms']:>8.2f}{ratio}"
                )


if __name__ == "__main__":
    child_url = os.environ.get("BENCH_CHILD_DATABASE_URL")
    if child_url:
        print(json.dumps(run_one(child_url)))
    else:
        main()
