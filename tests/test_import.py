"""Importing story files: the command, its bad inputs, atomicity and idempotent re-import."""

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import call_command

from stories import services
from stories.models import Claim, Person, Quote, Source, Story

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_e1971d8741fedcb8.txt"
GOOD = " date 2021-09-29 Jane Doe opened the bridge. “We are ready,” she wrote on Instagram.\n"


def _counts():
    return [m.objects.count() for m in (Story, Person, Source, Quote, Claim)]


def _run(*args):
    """Run import_story in-process; returns (exit code, stdout, stderr)."""
    from io import StringIO

    out, err = StringIO(), StringIO()
    code = 0
    try:
        call_command("import_story", *map(str, args), stdout=out, stderr=err)
    except SystemExit as exc:
        code = exc.code
    return code, out.getvalue(), err.getvalue()


BAD_FILES = {
    "empty": (b"", "the file is empty"),
    "blank": (b"   \n\n ", "the file is empty"),
    "no-dateline": (b"Jane Doe opened the bridge.", "no dateline"),
    "impossible-dateline": (
        b" date 2021-02-30 Jane Doe opened the bridge.",
        "'2021-02-30' is not a real date",
    ),
    "dateline-no-body": (b" date 2021-02-03 ", "no text"),
    "binary": (bytes(range(256)) * 4, "binary"),
    "latin-1": (" date 2021-09-29 Café opened.".encode("latin-1"), "not valid UTF-8"),
    "control-characters": (
        b" date 2021-09-29 " + b"\x01\x02\x03\x04\x05\x06\x07\x08\x0b\x0c" * 3,
        "control characters",
    ),
}


@pytest.mark.parametrize("case", BAD_FILES)
def test_bad_file_is_refused_with_one_line_and_writes_nothing(case, tmp_path):
    data, reason = BAD_FILES[case]
    path = tmp_path / f"{case}.txt"
    path.write_bytes(data)
    code, out, err = _run(path)
    assert code == 1
    assert out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 1
    assert str(path) in lines[0] and reason in lines[0]
    assert _counts() == [0, 0, 0, 0, 0]


def test_missing_path_is_refused(tmp_path):
    code, _, err = _run(tmp_path / "nope.txt")
    assert code == 1
    assert err.strip() == f"error: {tmp_path / 'nope.txt'}: no such file"


def test_directory_is_refused(tmp_path):
    code, _, err = _run(tmp_path)
    assert code == 1
    assert "is a directory" in err


def test_file_over_the_size_limit_is_refused_without_reading_it(tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as f:
        f.truncate(50 * 1024 * 1024)
    code, _, err = _run(path)
    assert code == 1
    assert "50.0 MB; the limit is 5.0 MB" in err
    assert _counts() == [0, 0, 0, 0, 0]


def test_bad_dateline_option_is_refused(tmp_path):
    path = tmp_path / "ok.txt"
    path.write_text(GOOD, encoding="utf-8")
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="not a real date"):
        call_command("import_story", str(path), "--dateline", "2021-13-01")
    assert _counts() == [0, 0, 0, 0, 0]


def test_good_file_imports_and_reimport_changes_nothing(tmp_path):
    path = tmp_path / "good.txt"
    path.write_text(GOOD, encoding="utf-8")
    code, out, _ = _run(path)
    assert code == 0 and out.startswith(f"imported {path}")
    story = Story.objects.get()
    assert story.dateline == dt.date(2021, 9, 29)
    assert story.body == GOOD[len(" date 2021-09-29 ") :]
    assert story.headline == "Jane Doe opened the bridge."
    assert story.slug == "jane-doe-opened-the-bridge"
    assert story.status == "draft"
    before = _counts()
    code, out, _ = _run(path)
    assert code == 0
    assert out.startswith(f"unchanged {path}: already imported")
    assert _counts() == before


def test_dateline_option_overrides_the_header(tmp_path):
    path = tmp_path / "good.txt"
    path.write_text(GOOD, encoding="utf-8")
    _run(path, "--dateline", "2022-01-02")
    assert Story.objects.get().dateline == dt.date(2022, 1, 2)


def test_plain_text_with_dateline_option_imports(tmp_path):
    path = tmp_path / "plain.txt"
    path.write_text("Council votes to reopen library. The vote was 7-2.", encoding="utf-8")
    code, _, _ = _run(path, "--dateline", "2024-03-05")
    assert code == 0
    assert Story.objects.get().headline == "Council votes to reopen library."


def test_many_files_show_progress_and_bad_ones_do_not_stop_the_good(tmp_path):
    paths = []
    for n in range(3):
        p = tmp_path / f"s{n}.txt"
        p.write_text(f" date 2021-09-2{n} Story number {n} happened.", encoding="utf-8")
        paths.append(p)
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"")
    code, out, err = _run(paths[0], bad, paths[1], paths[2])
    assert code == 1
    assert "[1/4] imported" in out and "[4/4] imported" in out
    assert f"[2/4] error: {bad}: the file is empty" in err
    assert "1 of 4 files were not imported." in err
    assert Story.objects.count() == 3


def test_same_headline_gets_a_unique_slug(tmp_path):
    for n in range(2):
        p = tmp_path / f"s{n}.txt"
        p.write_text(f" date 2021-09-2{n} Same headline. Body {n}.", encoding="utf-8")
        _run(p)
    assert sorted(Story.objects.values_list("slug", flat=True)) == [
        "same-headline",
        "same-headline-2",
    ]


def test_import_is_atomic_when_storing_fails_midway(monkeypatch):
    def boom(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(Claim.objects, "bulk_create", boom)
    with pytest.raises(RuntimeError):
        services.story_import(data=SEED.read_bytes())
    assert _counts() == [0, 0, 0, 0, 0]


def test_service_refuses_a_user_who_may_not_file_stories(checker):
    with pytest.raises(services.NotAllowed):
        services.story_import(data=GOOD, user=checker)
    assert _counts() == [0, 0, 0, 0, 0]


def test_seed_imports_with_its_dateline_and_body_exactly_as_filed():
    result = services.story_import(data=SEED.read_bytes())
    story = result.story
    raw = SEED.read_text(encoding="utf-8")
    assert story.dateline == dt.date(2021, 9, 29)
    assert story.body == raw[len(" date 2021-09-29 ") :]
    assert (
        story.headline
        == "One year later, Chrissy Teigen and John Legend continue to mourn their late son Jack."
    )
    for entry in [*story.quotes.all(), *story.claims.all()]:
        assert story.body[entry.start : entry.end] == entry.text


def test_command_failure_prints_no_traceback(tmp_path):
    """From the outside: a real process, a bad file, one line on stderr and exit status 1."""
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\x00garbage")
    env = {
        **os.environ,
        "DATABASE_URL": f"sqlite:///{tmp_path / 'cli.sqlite3'}",
        "NEWSROOM_ALLOW_DEV_KEY": "1",
    }
    subprocess.run([sys.executable, "manage.py", "migrate", "-v0"], cwd=ROOT, env=env, check=True)
    proc = subprocess.run(
        [sys.executable, "manage.py", "import_story", str(bad)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 1
    assert (
        proc.stderr.strip()
        == f"error: {bad}: the file is binary (it contains NUL bytes), not a text story"
    )
    assert "Traceback" not in proc.stdout + proc.stderr


def test_a_couple_speaking_together_is_not_stored_as_one_person():
    text = (
        " date 2021-09-29 Chrissy Teigen and John Legend spoke to reporters on Monday. "
        "“We are grateful for every message,” they said."
    )
    story = services.story_import(data=text).story
    assert not Person.objects.filter(name__contains=" and ").exists()
    for quote in story.quotes.all():
        assert quote.speaker is None or " and " not in quote.speaker.name
