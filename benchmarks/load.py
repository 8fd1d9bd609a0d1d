"""Load test of the production stack: gunicorn + PostgreSQL + Redis on loopback, driven by locust.

Builds a PostgreSQL database with a synthetic newsroom (benchmarks/corpus.py),
then runs the same reader mix (story pages, front page, filtered API lists,
API details) twice for ``--duration`` seconds: with the public cache off and
on. During each run an editor publishes and corrects stories through the
services every few seconds and checks, over HTTP, that the very next request
shows the change. Prints requests per second, p50/p99 latency and errors.

    .venv/bin/python benchmarks/load.py [--duration 60] [--users 40] [--workers 3]

Loopback only, bounded in time; it drops its database at the end.
"""

from __future__ import annotations

import argparse
import csv
import os
import secrets
import signal
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
PG_URL = os.environ.get("BENCH_PG_URL", "postgres://postgres@127.0.0.1:5432")
REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/14")


def _get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:  # noqa: S310 (loopback URL we built)
            return response.status, response.read().decode()
    except urllib.error.HTTPError as exc:
        return exc.code, ""


def _wait_up(base: str, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if _get(base + "/robots.txt")[0] == 200:
                return
        except OSError:
            pass
        time.sleep(0.3)
    raise SystemExit("gunicorn did not come up")


class Editor(threading.Thread):
    """Publishes and corrects stories through the services while readers load the site."""

    def __init__(
        self, base: str, to_publish: list[str], to_correct: list[str], every: float
    ) -> None:
        super().__init__(daemon=True)
        self.base, self.to_publish, self.to_correct, self.every = (
            base,
            to_publish,
            to_correct,
            every,
        )
        self.stop = threading.Event()
        self.changes = 0
        self.published = 0
        self.corrected = 0
        self.seen_next_request = 0
        self.missed: list[str] = []

    def run(self) -> None:
        from django.contrib.auth import get_user_model
        from django.db import connections

        from stories import services
        from stories.models import Story

        try:
            self._work(get_user_model().objects.get(username="load-editor"), services, Story)
        finally:
            connections.close_all()  # this thread's connection, or the database cannot be dropped

    def _work(self, editor, services, Story) -> None:
        n = 0
        while not self.stop.wait(self.every) and (self.to_publish or self.to_correct):
            n += 1
            if n % 2 and self.to_publish:
                slug = self.to_publish.pop()
                story = services.story_publish(story=Story.objects.get(slug=slug), user=editor)
                self.published += 1
                checks = [
                    (f"/stories/{slug}/", story.headline),
                    ("/", story.headline),
                    (f"/api/stories/{slug}/", slug),
                ]
            elif self.to_correct:
                slug = self.to_correct.pop()
                note = f"Load-test correction {secrets.token_hex(4)}."
                services.story_correct(story=Story.objects.get(slug=slug), note=note, user=editor)
                self.corrected += 1
                checks = [
                    (f"/stories/{slug}/", note),
                    (f"/api/stories/{slug}/", note),
                    ("/corrections/", note),
                ]
            else:
                continue
            self.changes += 1
            for path, expected in checks:
                status, body = _get(self.base + path)
                if status == 200 and expected in body:
                    self.seen_next_request += 1
                else:
                    self.missed.append(f"{path} ({status})")


def _setup_database(name: str, stories: int) -> tuple[list[str], list[str], list[str]]:
    """Create, migrate and fill the database; returns reader slugs, slugs to publish, slugs to correct."""
    subprocess.run(
        ["psql", f"{PG_URL}/postgres", "-qc", f"DROP DATABASE IF EXISTS {name}"], check=True
    )
    subprocess.run(["psql", f"{PG_URL}/postgres", "-qc", f"CREATE DATABASE {name}"], check=True)
    import django

    django.setup()
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group
    from django.core.management import call_command

    from benchmarks.corpus import build_corpus
    from stories.models import Story, StoryStatus
    from stories.permissions import EDITOR

    call_command("migrate", verbosity=0)
    corpus = build_corpus(
        stories=stories,
        entries_per_story=20,
        unpublished=stories // 20,
        people=max(200, stories // 5),
    )
    print(f"corpus: {corpus}", flush=True)
    editor = get_user_model().objects.create_user(username="load-editor", is_staff=True)
    editor.groups.add(Group.objects.get(name=EDITOR))
    pending = []
    for i in range(200):
        story = Story.objects.create(
            headline=f"Load-test story {i} goes live",
            slug=f"load-test-{i}",
            dateline="2024-06-01",
            body=f"Load-test story {i} goes live. Nothing in it needs checking.",
            status=StoryStatus.IN_REVIEW,
        )
        pending.append(story.slug)
    published = list(
        Story.objects.filter(status=StoryStatus.PUBLISHED).values_list("slug", flat=True)
    )
    return published[:2000], pending, published[-200:]


def _collectstatic() -> None:
    manifest = ROOT / "staticfiles" / "staticfiles.json"
    if not manifest.exists():
        print("collectstatic (once; WhiteNoise compresses every file)...", flush=True)
        subprocess.run(
            [str(BIN / "python"), "manage.py", "collectstatic", "--noinput", "-v0"],
            cwd=ROOT,
            check=True,
        )


def _run_locust(
    base: str, users: int, duration: int, slugs_file: str, prefix: str
) -> subprocess.Popen:
    env = {**os.environ, "NEWSROOM_LOAD_SLUGS": slugs_file}
    return subprocess.Popen(
        [
            str(BIN / "locust"),
            "-f",
            str(ROOT / "benchmarks" / "locustfile.py"),
            "--headless",
            "--users",
            str(users),
            "--spawn-rate",
            str(users),
            "--run-time",
            f"{duration}s",
            "--host",
            base,
            "--csv",
            prefix,
            "--only-summary",
            "--loglevel",
            "WARNING",
        ],
        env=env,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def _read_stats(prefix: str) -> list[dict[str, str]]:
    with open(f"{prefix}_stats.csv", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--duration", type=int, default=60)
    parser.add_argument("--users", type=int, default=40)
    parser.add_argument("--workers", type=int, default=3)
    parser.add_argument("--stories", type=int, default=5000)
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument(
        "--every", type=float, default=3.0, help="seconds between the editor's changes"
    )
    args = parser.parse_args()

    name = f"newsroom_load_{os.getpid()}"
    env = {
        "DJANGO_SETTINGS_MODULE": "newsroom.settings",
        "DATABASE_URL": f"{PG_URL}/{name}",
        "REDIS_URL": REDIS_URL,
        "SECRET_KEY": secrets.token_urlsafe(50),
        "DEBUG": "0",
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        # Every reader comes from 127.0.0.1; throttling one address is tested elsewhere.
        "NEWSROOM_API_ANON_RATE": "",  # empty: no throttle
        # Plain HTTP on loopback: no TLS terminator in front of this stack.
        "SECURE_SSL_REDIRECT": "0",
    }
    os.environ.update(env)
    sys.path.insert(0, str(ROOT))
    base = f"http://127.0.0.1:{args.port}"
    results = {}
    try:
        readers, to_publish, to_correct = _setup_database(name, args.stories)
        _collectstatic()
        with tempfile.TemporaryDirectory() as tmp:
            slugs_file = os.path.join(tmp, "slugs.txt")
            Path(slugs_file).write_text("\n".join(readers), encoding="utf-8")
            for mode, cache_on in (("uncached", "0"), ("cached", "1")):
                import redis

                redis.Redis.from_url(REDIS_URL).flushdb()
                server = subprocess.Popen(
                    [
                        str(BIN / "gunicorn"),
                        "newsroom.wsgi",
                        "--workers",
                        str(args.workers),
                        "--bind",
                        f"127.0.0.1:{args.port}",
                        "--log-level",
                        "warning",
                    ],
                    env={**os.environ, "PUBLIC_CACHE": cache_on},
                    cwd=ROOT,
                )
                try:
                    _wait_up(base)
                    os.environ["PUBLIC_CACHE"] = cache_on
                    from django.conf import settings

                    settings.PUBLIC_CACHE_ENABLED = cache_on == "1"
                    half = len(to_publish) // 2
                    editor = Editor(
                        base,
                        to_publish[:half] if mode == "uncached" else to_publish[half:],
                        to_correct[:100] if mode == "uncached" else to_correct[100:],
                        args.every,
                    )
                    prefix = os.path.join(tmp, mode)
                    locust = _run_locust(base, args.users, args.duration, slugs_file, prefix)
                    editor.start()
                    locust.wait(timeout=args.duration + 60)
                    editor.stop.set()
                    editor.join(timeout=30)
                    results[mode] = (_read_stats(prefix), editor)
                finally:
                    server.send_signal(signal.SIGTERM)
                    server.wait(timeout=30)
        from stories.models import Correction, Story

        lost = []
        published = sum(editor.published for _, editor in results.values())
        corrected = sum(editor.corrected for _, editor in results.values())
        if (
            Story.objects.filter(slug__startswith="load-test-", status="published").count()
            != published
        ):
            lost.append("published stories")
        if Correction.objects.filter(note__startswith="Load-test correction").count() != corrected:
            lost.append("corrections")
    finally:
        from django.db import connections

        connections.close_all()
        subprocess.run(
            ["psql", f"{PG_URL}/postgres", "-qc", f"DROP DATABASE IF EXISTS {name}"], check=False
        )

    print(
        f"\ngunicorn {args.workers} workers, locust {args.users} users, {args.duration} s per run, loopback, PostgreSQL + Redis"
    )
    print(
        f"{'run':<9} {'endpoint':<28} {'requests':>9} {'errors':>7} {'req/s':>8} {'p50 ms':>7} {'p99 ms':>7}"
    )
    for mode, (rows, editor) in results.items():
        for row in rows:
            print(
                f"{mode:<9} {row['Name']:<28} {row['Request Count']:>9} {row['Failure Count']:>7} "
                f"{float(row['Requests/s']):>8.1f} {row['50%']:>7} {row['99%']:>7}"
            )
        print(
            f"{mode:<9} editor: {editor.changes} changes, {editor.seen_next_request} of "
            f"{editor.changes * 3} follow-up requests showed the change"
            + (f"; missed: {', '.join(editor.missed[:5])}" if editor.missed else "")
        )
    print("nothing lost" if not lost else f"LOST: {', '.join(lost)}")


if __name__ == "__main__":
    main()
