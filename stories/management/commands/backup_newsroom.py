"""backup_newsroom PATH: write every story, entry, person, correction and check event to a JSON file.

A full-precision JSON fixture (see stories.backup). The file holds password hashes
and API tokens; it is created readable by its owner only. Restore it with
restore_newsroom. It never changes the database.
"""

from __future__ import annotations

from pathlib import Path

from django.core.management.base import BaseCommand

from stories.backup import backup_write
from stories.models import CheckEvent, Story


class Command(BaseCommand):
    help = "Back up the newsroom's data to PATH (.json, or .json.gz/.json.xz/.json.bz2 compressed)."

    def add_arguments(self, parser):
        parser.add_argument("path", metavar="PATH", help="backup file to write")
        parser.add_argument("--database", default="default", help="database alias")

    def handle(self, *args, path, database, **options):
        target = Path(path)
        backup_write(target, using=database)
        self.stdout.write(
            f"Backed up {Story.objects.using(database).count()} stories and "
            f"{CheckEvent.objects.using(database).count()} check events to {target} "
            f"({target.stat().st_size} bytes)."
        )
