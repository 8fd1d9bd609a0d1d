"""Machine checks: tables of ages, dates and quotes, and the package's purity."""

import ast
import datetime as dt
from pathlib import Path

import pytest

from stories.checks import (
    AgeAnchor,
    Outcome,
    age_on,
    check_age,
    check_date,
    check_quote,
    describe_timex,
    timex_period,
)

D = dt.date
PACKAGE = Path(__file__).resolve().parents[1] / "stories" / "checks"
FORBIDDEN = ("django", "stories.models", "os", "io", "pathlib", "socket", "subprocess", "requests")


@pytest.mark.parametrize("path", sorted(PACKAGE.glob("*.py")), ids=lambda p: p.name)
def test_checks_module_imports_nothing_impure(path):
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    bad = {n for n in names if any(n == f or n.startswith(f + ".") for f in FORBIDDEN)}
    assert not bad, f"{path.name} imports {sorted(bad)}"


@pytest.mark.parametrize(
    ("birth", "day", "age"),
    [
        (D(1985, 11, 30), D(2021, 9, 29), 35),
        (D(1985, 11, 30), D(2021, 11, 30), 36),  # the birthday itself counts
        (D(1985, 11, 30), D(2021, 11, 29), 35),
        (D(2000, 2, 29), D(2021, 2, 28), 20),  # leap-day birthday: not yet on Feb 28
        (D(2000, 2, 29), D(2021, 3, 1), 21),
        (D(2018, 5, 16), D(2021, 9, 28), 3),
        (D(2021, 9, 29), D(2021, 9, 29), 0),
    ],
)
def test_age_on(birth, day, age):
    assert age_on(birth, day) == age


DATELINE = AgeAnchor("dateline", D(2021, 9, 29), D(2021, 9, 29))


@pytest.mark.parametrize(
    ("stated", "birth", "anchors", "outcome", "summary"),
    [
        (
            35,
            D(1985, 11, 30),
            [DATELINE],
            Outcome.CONSISTENT,
            "35 on 2021-09-29 (dateline): consistent",
        ),
        (36, D(1985, 11, 30), [DATELINE], Outcome.INCONSISTENT, "but the story says 36"),
        (3, D(2018, 5, 16), [DATELINE], Outcome.CONSISTENT, "3 on 2021-09-29"),
        # A quote's age may date from its post: a match on either anchor is consistent.
        (
            34,
            D(1985, 11, 30),
            [DATELINE, AgeAnchor("post", D(2020, 10, 1), D(2020, 10, 1))],
            Outcome.CONSISTENT,
            "34 on 2020-10-01 (post)",
        ),
        # A post known only to the month spans a birthday: both ages are allowed.
        (
            35,
            D(1985, 11, 30),
            [AgeAnchor("post", D(2020, 11, 1), D(2020, 11, 30))],
            Outcome.CONSISTENT,
            "34–35 on 2020-11-01…2020-11-30",
        ),
        (35, None, [DATELINE], Outcome.UNKNOWN, "No birth date"),
        (None, D(1985, 11, 30), [DATELINE], Outcome.UNKNOWN, "could not be read"),
        (35, D(1985, 11, 30), [], Outcome.UNKNOWN, "No date"),
    ],
)
def test_check_age(stated, birth, anchors, outcome, summary):
    result = check_age(stated=stated, birth_date=birth, anchors=anchors)
    assert result.outcome == outcome
    assert summary in result.summary


@pytest.mark.parametrize(
    ("value", "period"),
    [
        ("2021-09-28", (D(2021, 9, 28), D(2021, 9, 28))),
        ("2020-02", (D(2020, 2, 1), D(2020, 2, 29))),
        ("2020", (D(2020, 1, 1), D(2020, 12, 31))),
        ("2020-W12", (D(2020, 3, 16), D(2020, 3, 22))),
        ("2021-Q4", (D(2021, 10, 1), D(2021, 12, 31))),
        ("2021-02-30", None),
        ("P1Y", None),
        ("PRESENT_REF", None),
        (None, None),
    ],
)
def test_timex_period(value, period):
    assert timex_period(value) == period


@pytest.mark.parametrize(
    ("value", "mod", "words"),
    [
        ("2021-09-28", None, "Tuesday 28 September 2021"),
        ("2020-10", "END", "late October 2020"),
        ("2020-10", "START", "early October 2020"),
        ("2020-10", "MID", "mid-October 2020"),
        ("2020", None, "the year 2020"),
        ("PRESENT_REF", None, "the present"),
        ("P1Y", None, "P1Y"),
        (None, None, "unresolved"),
    ],
)
def test_describe_timex(value, mod, words):
    assert describe_timex(value, mod) == words


@pytest.mark.parametrize(
    ("claim", "source", "outcome"),
    [
        ("2021-09-28", "2021-09-28", Outcome.CONSISTENT),
        ("2021-09-18", "2021-09-28", Outcome.INCONSISTENT),
        ("2021-09-18", "2021-09", Outcome.CONSISTENT),  # the post is known to the month only
        ("2020-10", "2020-10-27", Outcome.CONSISTENT),
        ("2020-11", "2020-10", Outcome.INCONSISTENT),
        ("2021-09-28", None, Outcome.UNKNOWN),
        ("P1Y", "2021-09-28", Outcome.UNKNOWN),
    ],
)
def test_check_date(claim, source, outcome):
    assert check_date(claim_value=claim, source_value=source).outcome == outcome


POST = (
    "To the son we almost had. A year ago you gave me the greatest pain I could ever imagine "
    "to show me I could survive anything, even if I didn't want to."
)


@pytest.mark.parametrize(
    ("quote", "outcome"),
    [
        ("To the son we almost had,", Outcome.EXACT),
        # Typographic apostrophes and case do not count as a difference.
        ("even if I didn’t want to.", Outcome.EXACT),
        ("A year ago you gave me the worst pain I could ever imagine", Outcome.NEAR),
        ("A year ago you gave me the greatest pain I could imagine", Outcome.NEAR),
        ("We are ready to open the bridge tomorrow", Outcome.NOT_FOUND),
    ],
)
def test_check_quote(quote, outcome):
    assert check_quote(quote=quote, source_text=POST).outcome == outcome


def test_near_quote_shows_the_word_level_difference():
    result = check_quote(
        quote="A year ago you gave me the worst pain I could ever imagine", source_text=POST
    )
    changed = [(p.op, p.text) for p in result.diff if p.op != "equal"]
    assert changed == [("quote", "worst"), ("source", "greatest")]
    assert "greatest pain" in result.computed


def test_quote_without_captured_text_is_unknown_not_a_failure():
    result = check_quote(quote="Love u,", source_text="  ")
    assert result.outcome == Outcome.UNKNOWN
    assert not result.flagged
