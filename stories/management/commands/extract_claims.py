"""extract_claims PATH [--dateline YYYY-MM-DD] [--json]: show what the extractor finds, touching no database."""

from __future__ import annotations

import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from stories.extraction import extract, parse_seed_header
from stories.services import ImportRejected

from ._files import parse_dateline_option, read_story_file


class Command(BaseCommand):
    help = (
        "Print the claims, posts and people found in a story file (offsets index the whole file)."
    )
    requires_system_checks: list[str] = []
    requires_migrations_checks = False

    def add_arguments(self, parser):
        parser.add_argument("path", metavar="PATH")
        parser.add_argument(
            "--dateline", help="the publication date (YYYY-MM-DD); overrides the file's header"
        )
        parser.add_argument(
            "--json", action="store_true", help="print the extraction contract's JSON"
        )

    def handle(self, *args, path, dateline, json: bool, **options):
        chosen = parse_dateline_option(dateline)
        try:
            data = read_story_file(Path(path))
            text = data.decode("utf-8")
        except ImportRejected as exc:
            raise CommandError(f"{path}: {exc}") from None
        except UnicodeDecodeError as exc:
            raise CommandError(
                f"{path}: the file is not valid UTF-8 (position {exc.start})"
            ) from None
        try:
            header, _ = parse_seed_header(text)
        except ValueError as exc:
            raise CommandError(f"{path}: {exc}") from None
        found = extract(text, chosen or header)
        if json:
            self.stdout.write(_dumps(found.to_dict()))
            return
        self.stdout.write(f"dateline {found.dateline or 'unknown'}")
        for claim in found.claims:
            detail = {
                k: v for k, v in claim.__dict__.items() if k not in {"text", "start", "end", "kind"}
            }
            self.stdout.write(
                f"{claim.start:>6}-{claim.end:<6} {claim.kind:<5} {claim.text!r} {detail}"
            )
        for post in found.posts:
            self.stdout.write(
                f"post {post.id}: {post.platform} by {post.author}, {post.date or 'undated'}"
            )


def _dumps(data) -> str:
    return json.dumps(data, ensure_ascii=False, indent=1)
