"""restore_newsroom PATH: load a backup_newsroom file into an empty, migrated database.

One transaction: a bad file restores nothing. Refuses a database that already
holds stories, so a restore never mixes two newsrooms' data.
"""

from __future__ import annotations

from pathlib import Path

from django.core.management.base import BaseCommand

from stories.backup import backup_restore
from stories.models import CheckEvent, Story


class Command(BaseCommand):
    help = "Restore a backup written by backup_newsroom into an empty, migrated database."

    def add_arguments(self, parser):
        parser.add_argument("path", metavar="PATH", help="backup file to read")
        parser.add_argument("--database", default="default", help="database alias")

    def handle(self, *args, path, database, **options):
        backup_restore(Path(path), using=database)
        self.stdout.write(
            f"Restored {Story.objects.using(database).count()} stories and "
            f"{CheckEvent.objects.using(database).count()} check events from {path}."
        )
