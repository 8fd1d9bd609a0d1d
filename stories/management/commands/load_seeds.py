"""load_seeds: import every story in the seeds folder and the people's reference data."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from stories.services import ServiceError, person_get_or_create, story_import

from ._files import read_story_file


class Command(BaseCommand):
    help = "Import every seed story (seeds/*.txt) and load seeds/people.json (birth dates with evidence)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--dir", type=Path, default=None, help="the seeds folder (default: NEWSROOM_SEEDS_DIR)"
        )

    def handle(self, *args, dir: Path | None, **options):
        folder = dir or Path(settings.NEWSROOM_SEEDS_DIR)
        if not folder.is_dir():
            raise CommandError(f"{folder}: no such seeds folder")
        self._load_people(folder / "people.json")
        paths = sorted(folder.glob("*.txt"))
        for n, path in enumerate(paths, start=1):
            try:
                result = story_import(data=read_story_file(path))
            except ServiceError as exc:
                raise CommandError(f"{path.name}: {exc}") from None
            verb = "imported" if result.created else "unchanged"
            self.stdout.write(f"[{n}/{len(paths)}] {verb} {path.name}: “{result.story.headline}”")
        self._load_people(folder / "people.json")

    def _load_people(self, path: Path) -> None:
        """Birth dates go on the Person rows the stories created (or new ones)."""
        if not path.exists():
            return
        try:
            rows = json.loads(path.read_text(encoding="utf-8"))["people"]
            with transaction.atomic():
                for row in rows:
                    person = person_get_or_create(name=row["name"])
                    person.birth_date = dt.date.fromisoformat(row["birth_date"])
                    person.birth_date_evidence = row.get("evidence", "")
                    person.birth_date_note = row.get("note", "")
                    person.save(
                        update_fields=["birth_date", "birth_date_evidence", "birth_date_note"]
                    )
        except (KeyError, ValueError, TypeError) as exc:
            raise CommandError(f"{path.name}: malformed reference data ({exc})") from None
