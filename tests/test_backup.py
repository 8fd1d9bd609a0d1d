"""backup_newsroom / restore_newsroom round-trip every row exactly, CheckEvents included."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from django.apps import apps
from django.contrib.auth.models import Group, Permission
from django.core import serializers
from django.core.management import call_command
from django.core.management.base import CommandError
from rest_framework.authtoken.models import Token

from stories import services
from stories.backup import BACKUP_LABELS
from stories.models import CheckEvent, CheckStatus, Story
from stories.permissions import ROLE_PERMISSIONS
from tests import factories

SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_e1971d8741fedcb8.txt"
NOW = dt.datetime(2021, 10, 1, 9, 30, tzinfo=dt.UTC)

ORDER = {"auth.group": "name", "auth.user": "username"}
roundtrip = pytest.mark.django_db(transaction=True)


def _snapshot() -> dict[str, list[dict]]:
    """Every backed-up row, serialised; users by username, everything else by primary key."""
    out = {}
    for label in BACKUP_LABELS:
        model = apps.get_model(label)
        rows = serializers.serialize(
            "python",
            # Roles and users are matched by name, not id, so compare them in name order.
            model._default_manager.order_by(ORDER.get(label, "pk")),
            use_natural_foreign_keys=True,
            use_natural_primary_keys=True,
        )
        out[label] = json.loads(json.dumps(rows, default=str, sort_keys=True))
    return out


def _newsroom() -> None:
    """A newsroom with every kind of row: an imported story checked, published and corrected."""
    reporter = factories.make_reporter(username="rita")
    checker = factories.make_checker(username="felix")
    editor = factories.make_editor(username="edith")
    Token.objects.create(user=editor)
    services.story_import(data=SEED.read_bytes(), user=reporter, now=NOW)
    story = factories.make_story(byline="Rita <i>Reporter</i>")
    person = factories.make_person(name="Jane Doe", aliases=["Doe", "the engineer"])
    source = factories.make_source(
        story=story,
        author=person,
        date=dt.date(2021, 9, 1),
        date_precision="month",
        captured_text="We are ready, friends.",
    )
    factories.make_quote(story=story, speaker=person, source=source)
    factories.make_claim(story=story, subject=person, source=source)
    services.story_submit(story=story, user=reporter, now=NOW)
    for entry in services.story_entries(story):
        services.entry_set_status(
            entry=entry,
            to_status=CheckStatus.VERIFIED,
            user=checker,
            note="Matches the archived post <b>&amp;</b> “quotes”.",
            evidence_url="https://archive.example.org/x",
            now=NOW,
        )
    services.story_publish(story=story, user=editor, now=NOW)
    services.story_correct(story=story, note="The post was from Sept. 27.", user=editor, now=NOW)
    factories.make_story(headline="A draft with ünïcödé and emoji 🗞️", body="Text.\n\nMore.")


@roundtrip
@pytest.mark.parametrize("roles_migrated", [False, True], ids=["flushed", "freshly-migrated"])
def test_backup_then_restore_into_an_empty_database_gives_back_every_row(tmp_path, roles_migrated):
    _newsroom()
    before = _snapshot()
    assert len(before["stories.checkevent"]) > 5
    assert before["stories.quote"] and before["stories.claim"] and before["stories.source"]
    path = tmp_path / "newsroom.json.gz"

    call_command("backup_newsroom", str(path), verbosity=0)
    call_command("flush", interactive=False, verbosity=0)
    assert not Story.objects.exists() and not CheckEvent.objects.exists()
    if roles_migrated:
        # A new database after `migrate` already has the roles (data migration 0002), with
        # other primary keys than the backup's: they are matched by name.
        for role, codenames in reversed(ROLE_PERMISSIONS.items()):
            group = Group.objects.create(name=role)
            group.permissions.set(
                Permission.objects.filter(content_type__app_label="stories", codename__in=codenames)
            )
    call_command("restore_newsroom", str(path), verbosity=0)

    assert _snapshot() == before
    assert path.stat().st_mode & 0o777 == 0o600


@roundtrip
def test_restored_check_log_is_still_append_only(tmp_path):
    _newsroom()
    path = tmp_path / "newsroom.json"
    call_command("backup_newsroom", str(path), verbosity=0)
    call_command("flush", interactive=False, verbosity=0)
    call_command("restore_newsroom", str(path), verbosity=0)

    event = CheckEvent.objects.first()
    with pytest.raises(ValueError, match="append-only"):
        event.save()
    # New rows after a restore get fresh ids (sequences were reset past the restored ones).
    story = Story.objects.get(status="published")
    last = CheckEvent.objects.order_by("pk").last().pk
    editor = factories.make_editor()
    services.story_correct(story=story, note="Another fix.", user=editor, now=NOW)
    assert CheckEvent.objects.order_by("pk").last().pk > last


@pytest.mark.django_db
def test_restore_refuses_a_database_that_already_holds_stories(tmp_path):
    factories.make_story()
    path = tmp_path / "newsroom.json"
    call_command("backup_newsroom", str(path), verbosity=0)

    with pytest.raises(CommandError, match="already holds stories"):
        call_command("restore_newsroom", str(path), verbosity=0)


@pytest.mark.django_db
def test_backup_file_name_must_say_its_format(tmp_path):
    with pytest.raises(CommandError, match="must end with"):
        call_command("backup_newsroom", str(tmp_path / "newsroom.dump"), verbosity=0)


@pytest.mark.django_db
def test_a_broken_backup_restores_nothing(tmp_path):
    good = tmp_path / "good.json"
    factories.make_story(headline="Kept")
    call_command("backup_newsroom", str(good), verbosity=0)
    rows = json.loads(good.read_text())
    Story.objects.all().delete()
    # The last row points at a story that is not in the file.
    rows.append(
        {
            "model": "stories.correction",
            "fields": {
                "story": 999999,
                "note": "x",
                "corrected_at": "2021-10-01T00:00:00Z",
                "corrected_by": None,
            },
        }
    )
    broken = tmp_path / "broken.json"
    broken.write_text(json.dumps(rows))

    with pytest.raises(Exception):  # noqa: B017 (loaddata's error type depends on the database)
        call_command("restore_newsroom", str(broken), verbosity=0)
    assert not Story.objects.exists()
