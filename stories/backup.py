"""Logical backup and restore of the newsroom's data: Django's JSON fixtures, written at full precision.

``backup_write(path)`` writes every story, entry (source, quote, claim), person,
correction and CheckEvent, with the users and roles they point to and the API
tokens, as one JSON fixture read from a single consistent snapshot. It does not
call dumpdata because dumpdata's JSON drops microseconds from timestamps;
this writer keeps them, so a round trip is exact.
``backup_restore(path)`` loads such a file into an empty, migrated database in
one transaction. CheckEvent rows are append-only in ``CheckEvent.save()``;
loaddata uses raw saves (``save_base``), which bypass that guard by design so
the log can be restored exactly. Nothing here edits existing rows: a restore
into a database that already holds stories is refused.
"""

from __future__ import annotations

import bz2
import datetime as dt
import gzip
import itertools
import lzma
import os
from pathlib import Path
from typing import IO, Any

from django.apps import apps
from django.core import serializers
from django.core.management import call_command
from django.core.management.base import CommandError
from django.core.serializers.json import DjangoJSONEncoder
from django.db import DEFAULT_DB_ALIAS, connections, transaction

from .models import Story

# Models in the backup; users and roles first so that foreign keys resolve by natural key.
BACKUP_LABELS = [
    "auth.group",
    "auth.user",
    "authtoken.token",
    "stories.person",
    "stories.story",
    "stories.source",
    "stories.quote",
    "stories.claim",
    "stories.correction",
    "stories.checkevent",
]
SUFFIXES = (".json", ".json.gz", ".json.bz2", ".json.xz", ".json.lzma")


class BackupError(CommandError):
    pass


class PreciseJSONEncoder(DjangoJSONEncoder):
    """DjangoJSONEncoder without its rounding of times to milliseconds."""

    def default(self, o: Any) -> Any:
        if isinstance(o, dt.datetime):
            text = o.isoformat()
            return text.removesuffix("+00:00") + "Z" if text.endswith("+00:00") else text
        if isinstance(o, dt.time):
            return o.isoformat()
        return super().default(o)


def _open_for_writing(path: Path) -> IO[str]:
    name = path.name
    if name.endswith(".gz"):
        return gzip.open(path, "wt", encoding="utf-8")
    if name.endswith(".bz2"):
        return bz2.open(path, "wt", encoding="utf-8")
    if name.endswith((".xz", ".lzma")):
        return lzma.open(path, "wt", encoding="utf-8")
    return path.open("w", encoding="utf-8")


def _labels() -> list[str]:
    return [label for label in BACKUP_LABELS if apps.is_installed(_app_name(label))]


def _app_name(label: str) -> str:
    app_label = label.split(".", 1)[0]
    return {
        "auth": "django.contrib.auth",
        "authtoken": "rest_framework.authtoken",
        "stories": "stories",
    }[app_label]


def _check_suffix(path: Path) -> None:
    if not path.name.endswith(SUFFIXES):
        raise BackupError(
            f"{path}: a backup file name must end with one of {', '.join(SUFFIXES)} "
            "(the suffix says the format and compression)"
        )


def backup_write(path: Path, *, using: str = DEFAULT_DB_ALIAS) -> None:
    """Write the newsroom's data to ``path`` (JSON, compressed by suffix), readable only by the owner."""
    _check_suffix(path)
    # The file holds password hashes and API tokens: create it owner-only before writing.
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.close(fd)
    connection = connections[using]
    snapshot = connection.vendor == "postgresql" and not connection.in_atomic_block
    with transaction.atomic(using=using):
        if snapshot:
            # One snapshot for every table, even while editors keep working. (Inside a
            # caller's transaction the caller's isolation level applies.)
            with connection.cursor() as cursor:
                cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        rows = itertools.chain.from_iterable(
            apps.get_model(label)._base_manager.using(using).order_by("pk").iterator()
            for label in _labels()
        )
        with _open_for_writing(path) as stream:
            serializers.serialize(
                "json",
                rows,
                stream=stream,
                use_natural_foreign_keys=True,
                use_natural_primary_keys=True,
                cls=PreciseJSONEncoder,
            )


def backup_restore(path: Path, *, using: str = DEFAULT_DB_ALIAS) -> None:
    """Load a backup into an empty, migrated database (one transaction; refuses a non-empty one)."""
    _check_suffix(path)
    if not path.is_file():
        raise BackupError(f"{path}: no such backup file")
    if Story.objects.using(using).exists():
        raise BackupError(
            "the database already holds stories; restore into an empty, migrated database "
            "(create it, run `manage.py migrate`, then restore)"
        )
    with transaction.atomic(using=using):
        call_command("loaddata", str(path), database=using, verbosity=0)
