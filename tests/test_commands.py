"""load_seeds, demo and extract_claims from the outside (call_command)."""

import datetime as dt
import json
from io import StringIO

import pytest
from django.contrib.auth import authenticate
from django.core.management import call_command
from django.core.management.base import CommandError

from stories.models import Person, Story

pytestmark = pytest.mark.django_db


def test_load_seeds_imports_the_seed_story_and_birth_dates():
    out = StringIO()
    call_command("load_seeds", stdout=out)
    assert "[1/1] imported 000_e1971d8741fedcb8.txt" in out.getvalue()
    story = Story.objects.get()
    assert story.dateline == dt.date(2021, 9, 29)
    teigen = Person.objects.get(name="Chrissy Teigen")
    assert teigen.birth_date == dt.date(1985, 11, 30)
    assert teigen.birth_date_evidence.startswith("https://")
    call_command("load_seeds", stdout=(again := StringIO()))
    assert "unchanged" in again.getvalue()
    assert Story.objects.count() == 1


def test_demo_creates_one_login_per_role_and_prints_it():
    out = StringIO()
    call_command("demo", "--no-serve", stdout=out)
    text = out.getvalue()
    for role, username in (
        ("reporter", "reporter"),
        ("fact-checker", "checker"),
        ("editor", "editor"),
    ):
        password = f"{username}-demo-2026"
        assert f"user {username}" in text and password in text
        user = authenticate(username=username, password=password)
        assert user is not None and user.is_staff
        assert list(user.groups.values_list("name", flat=True)) == [role]
    assert Story.objects.count() == 1


def test_extract_claims_prints_contract_json_without_touching_the_database(
    tmp_path, django_assert_num_queries
):
    path = tmp_path / "s.txt"
    path.write_text(" date 2021-09-29 Jane Doe spoke on Sept. 28.", encoding="utf-8")
    out = StringIO()
    with django_assert_num_queries(0):
        call_command("extract_claims", str(path), "--json", stdout=out)
    data = json.loads(out.getvalue())
    assert data["dateline"] == "2021-09-29"
    assert set(data) == {"dateline", "claims", "posts", "people"}


def test_extract_claims_dateline_option_wins(tmp_path):
    path = tmp_path / "s.txt"
    path.write_text(" date 2021-09-29 Text.", encoding="utf-8")
    out = StringIO()
    call_command("extract_claims", str(path), "--dateline", "2020-01-02", "--json", stdout=out)
    assert json.loads(out.getvalue())["dateline"] == "2020-01-02"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "no such file"),
        (b"\xff\xfe", "not valid UTF-8"),
        (b" date 2021-02-30 x", "not a real date"),
    ],
)
def test_extract_claims_bad_input_is_one_clear_error(tmp_path, content, message):
    path = tmp_path / "s.txt"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(CommandError, match=message):
        call_command("extract_claims", str(path), "--json")
