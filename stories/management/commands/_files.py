"""Reading story files from disk for the management commands, with user-facing errors."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from django.conf import settings
from django.core.management.base import CommandError

from stories.services import ImportRejected


def read_story_file(path: Path) -> bytes:
    """The bytes of a story file; raises ImportRejected with a reason a user can act on."""
    if not path.exists():
        raise ImportRejected("no such file")
    if path.is_dir():
        raise ImportRejected("is a directory, not a story file")
    limit = settings.NEWSROOM_MAX_IMPORT_BYTES
    size = path.stat().st_size
    if size > limit:
        raise ImportRejected(
            f"the file is {size / 1_048_576:.1f} MB; the limit is {limit / 1_048_576:.1f} MB "
            "(NEWSROOM_MAX_IMPORT_BYTES)"
        )
    try:
        return path.read_bytes()
    except OSError as exc:
        raise ImportRejected(f"cannot be read ({exc.strerror})") from None


def parse_dateline_option(raw: str | None) -> dt.date | None:
    if raw is None:
        return None
    try:
        return dt.date.fromisoformat(raw)
    except ValueError:
        raise CommandError(
            f"--dateline {raw!r} is not a real date in the form YYYY-MM-DD"
        ) from None
