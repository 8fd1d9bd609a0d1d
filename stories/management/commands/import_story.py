"""import_story PATH... [--dateline YYYY-MM-DD]: file stories from text files.

Each file is imported on its own, in one transaction: a bad file writes
nothing and the others still import. Re-importing a file changes nothing.
"""

from __future__ import annotations

import sys
from pathlib import Path

from django.core.management.base import BaseCommand

from stories.services import ServiceError, story_import

from ._files import parse_dateline_option, read_story_file


class Command(BaseCommand):
    help = "Import story files (seed format: ' date YYYY-MM-DD ' then the text) and extract their claims."

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", metavar="PATH", help="story files to import")
        parser.add_argument(
            "--dateline", help="the publication date (YYYY-MM-DD); overrides the file's header"
        )
        parser.add_argument("--byline", default="", help="who wrote the stories")

    def handle(self, *args, paths, dateline, byline, **options):
        chosen = parse_dateline_option(dateline)
        total = len(paths)
        failed = 0
        for n, raw in enumerate(paths, start=1):
            prefix = f"[{n}/{total}] " if total > 1 else ""
            try:
                data = read_story_file(Path(raw))
                result = story_import(data=data, dateline=chosen, byline=byline)
            except ServiceError as exc:
                failed += 1
                self.stderr.write(f"{prefix}error: {raw}: {exc}")
                continue
            story = result.story
            if result.created:
                c = result.counts
                self.stdout.write(
                    f"{prefix}imported {raw}: “{story.headline}” ({story.slug}), dateline {story.dateline}: "
                    f"{c['quotes']} quotes, {c['claims']} claims, {c['sources']} sources, {c['people']} people"
                )
            else:
                self.stdout.write(
                    f"{prefix}unchanged {raw}: already imported as “{story.headline}” ({story.slug})"
                )
        if failed:
            if total > 1:
                self.stderr.write(f"{failed} of {total} files were not imported.")
            sys.exit(1)
