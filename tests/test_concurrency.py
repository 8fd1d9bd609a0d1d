"""Two fact-checkers set a verdict on the same entry at the same moment: exactly one wins.

Real threads with their own database connections, released together by a
barrier, against whatever database the suite runs on (PostgreSQL in CI; the
compare-and-swap on ``version`` in services.entry_set_status also holds on
SQLite, where select_for_update is a no-op).
"""

from __future__ import annotations

import threading

import pytest
from django.db import connection, connections

from stories import services
from stories.models import CheckEvent, CheckStatus, Claim, Quote, Source
from tests import factories

ROUNDS = 10

race = pytest.mark.django_db(transaction=True)


def _race(entry, checkers, verdicts) -> list[object]:
    """Run one entry_set_status per checker at the same instant; returns each result or error."""
    barrier = threading.Barrier(len(checkers))
    results: list[object] = [None] * len(checkers)

    def attempt(i: int) -> None:
        try:
            barrier.wait(timeout=10)
            results[i] = services.entry_set_status(
                entry=entry,
                to_status=verdicts[i],
                user=checkers[i],
                expected_version=entry.version,
                note=f"Checked by checker {i}.",
            )
        except Exception as exc:  # noqa: BLE001 (the test inspects whatever happened)
            results[i] = exc
        finally:
            connections.close_all()

    threads = [threading.Thread(target=attempt, args=(i,)) for i in range(len(checkers))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=30)
    assert not any(t.is_alive() for t in threads), "a checker's thread hung"
    return results


@race
@pytest.mark.parametrize(
    "make_entry", [factories.make_quote, factories.make_claim, factories.make_source]
)
def test_simultaneous_verdicts_one_wins_the_other_is_told_it_is_stale(make_entry):
    checkers = [factories.make_checker(), factories.make_checker()]
    verdicts = [CheckStatus.VERIFIED, CheckStatus.UNVERIFIABLE]
    for _ in range(ROUNDS):
        story = factories.make_story(status="in_review")
        entry = make_entry(story=story)
        model = type(entry)

        results = _race(entry, checkers, verdicts)

        winners = [r for r in results if isinstance(r, Quote | Claim | Source)]
        losers = [r for r in results if isinstance(r, services.StaleEdit)]
        assert len(winners) == 1 and len(losers) == 1, results
        winner_index = results.index(winners[0])
        final = model.objects.get(pk=entry.pk)
        assert final.status == verdicts[winner_index]
        assert final.checked_by == checkers[winner_index]
        assert final.version == entry.version + 1
        assert losers[0].current_version == final.version
        events = CheckEvent.objects.filter(entry_type=model._meta.model_name, entry_id=entry.pk)
        assert [(e.from_status, e.to_status, e.actor_id) for e in events] == [
            (CheckStatus.UNCHECKED, verdicts[winner_index], checkers[winner_index].pk)
        ]


@race
def test_the_loser_can_decide_again_after_reloading():
    checkers = [factories.make_checker(), factories.make_checker()]
    entry = factories.make_quote(story=factories.make_story(status="in_review"))
    results = _race(entry, checkers, [CheckStatus.VERIFIED, CheckStatus.INCORRECT])
    loser = next(i for i, r in enumerate(results) if isinstance(r, services.StaleEdit))

    fresh = Quote.objects.get(pk=entry.pk)
    target = CheckStatus.INCORRECT if fresh.status == CheckStatus.VERIFIED else CheckStatus.VERIFIED
    services.entry_set_status(
        entry=fresh,
        to_status=target,
        user=checkers[loser],
        expected_version=fresh.version,
        note="x",
    )

    assert Quote.objects.get(pk=entry.pk).status == target
    assert CheckEvent.objects.filter(entry_type="quote", entry_id=entry.pk).count() == 2


def test_runs_against_the_configured_database():
    # Documents where the race ran: the CI log shows both vendors.
    assert connection.vendor in {"sqlite", "postgresql"}
