"""Fault drill: N fact-checkers set verdicts on the same entry at the same instant, many times over.

Run it against the database in DATABASE_URL (default: the drill database on
the local PostgreSQL); it files its own stories and checkers there. Each round
releases one thread per checker through a barrier into
services.entry_set_status with the version they loaded, then counts winners,
StaleEdit refusals, other errors and the CheckEvent rows written. Expected:
exactly one winner and one CheckEvent per round, every other checker told
StaleEdit. It writes only drill data (stories tagged "Concurrency drill").
"""

from __future__ import annotations

import argparse
import os
import sys
import threading
import time
import uuid
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=200)
    parser.add_argument("--checkers", type=int, default=4)
    args = parser.parse_args()

    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/newsroom_fault")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsroom.settings")
    os.environ.setdefault("NEWSROOM_ALLOW_DEV_KEY", "1")
    import django

    django.setup()
    from django.contrib.auth.models import Group, User
    from django.core.management import call_command
    from django.db import connection, connections

    from stories import services
    from stories.models import CheckEvent, CheckStatus, Quote, Story

    call_command("migrate", verbosity=0)
    tag = uuid.uuid4().hex[:8]
    group = Group.objects.get(name="fact-checker")
    checkers = []
    for i in range(args.checkers):
        user = User.objects.create_user(f"drill-{tag}-{i}", is_staff=True)
        user.groups.add(group)
        checkers.append(user)
    verdicts = [
        CheckStatus.VERIFIED,
        CheckStatus.UNVERIFIABLE,
        CheckStatus.INCORRECT,
        CheckStatus.IN_PROGRESS,
    ]
    body = "Concurrency drill. “We are ready,” she wrote."
    outcomes: Counter[str] = Counter()
    rounds_ok = 0
    bad_logs = 0
    started = time.perf_counter()
    for n in range(args.rounds):
        story = Story.objects.create(
            headline=f"Concurrency drill {tag} {n}",
            slug=f"drill-{tag}-{n}",
            dateline="2021-09-29",
            body=body,
            status="in_review",
        )
        start = body.index("We are ready,")
        quote = Quote.objects.create(
            story=story, text="We are ready,", start=start, end=start + len("We are ready,")
        )
        barrier = threading.Barrier(len(checkers))
        results: list[object] = [None] * len(checkers)

        def attempt(i: int, quote=quote, barrier=barrier, results=results) -> None:
            try:
                barrier.wait(timeout=10)
                results[i] = services.entry_set_status(
                    entry=quote,
                    to_status=verdicts[i % len(verdicts)],
                    user=checkers[i],
                    expected_version=quote.version,
                    note=f"checker {i}",
                )
            except Exception as exc:  # noqa: BLE001 (counted below)
                results[i] = exc
            finally:
                connections.close_all()

        threads = [threading.Thread(target=attempt, args=(i,)) for i in range(len(checkers))]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        kinds = ["won" if isinstance(r, Quote) else type(r).__name__ for r in results]
        outcomes.update(kinds)
        events = CheckEvent.objects.filter(entry_type="quote", entry_id=quote.pk).count()
        if events != 1:
            bad_logs += 1
        if (
            kinds.count("won") == 1
            and kinds.count("StaleEdit") == len(checkers) - 1
            and events == 1
        ):
            rounds_ok += 1
    elapsed = time.perf_counter() - started
    print(f"database: {connection.vendor} {connection.settings_dict['NAME']}")
    print(f"rounds: {args.rounds}, checkers per round: {args.checkers}, {elapsed:.1f}s")
    print("outcomes: " + ", ".join(f"{k} x{v}" for k, v in sorted(outcomes.items())))
    print(
        f"rounds with exactly one winner, the rest StaleEdit, one CheckEvent: {rounds_ok}/{args.rounds}"
    )
    print(f"rounds whose check log is not exactly the accepted change: {bad_logs}")


if __name__ == "__main__":
    main()
