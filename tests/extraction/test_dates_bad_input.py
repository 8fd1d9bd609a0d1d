"""Bad input never raises and never yields malformed output."""

import datetime as dt
import re

import pytest

from stories.extraction import extract
from stories.extraction.dates import Anchor, find_dates

DATELINE = dt.date(2021, 9, 29)
WELL_FORMED_VALUE = re.compile(
    r"\d{2,4}(-(\d{2}|W\d{2}(-WE)?|Q\d|H\d|SP|SU|FA|WI)(-\d{2})?)?(T(\d{2}:\d{2}|MO|AF|EV|NI))?"
    r"|P(T?[\dX.]+[A-Z]+)+|P\d+Y\d+M|PT\d+H\d+M|PT\d+M\d+S|P\d+DT12H"
    r"|PRESENT_REF|PAST_REF|FUTURE_REF|XXXX-WXX-\d(T(MO|AF|EV|NI))?|TXX(MO|AF|EV|NI)|XXXX-(SP|SU|FA|WI)"
)

BAD_INPUTS = [
    "",
    " ",
    "\n\n\n",
    "no sentence at all",
    "“Unbalanced quote from Sept. 28 that never closes",
    "Closing only” on Sept. 28.",
    "Control \x00\x01\x02 characters \x1b[31m on Sept. 28 \x7f",
    "Feb. 30 and the 45th of March and 2021-02-29 and 13/45/2020",
    "99999999999999999999 years ago",
    "9999 years later, in 9999, on Dec. 31, 9999",
    "0 days ago, 00/00/0000, 0000-00-00",
    "Sept.",
    "the the the the the of of of",
    "a" * 10_000,
    "1" * 10_000,
    "year " * 2_000,
    "Monday Tuesday Wednesday " * 500,
    "\ud800 lone surrogate on Sept. 28",
    "١٢ سبتمبر and 二〇二一年 and Sept. 28",
]


@pytest.mark.parametrize("text", BAD_INPUTS, ids=range(len(BAD_INPUTS)))
@pytest.mark.parametrize("dateline", [DATELINE, None, dt.date(1, 1, 1), dt.date(9999, 12, 31)])
def test_bad_input_gives_well_formed_claims(text, dateline):
    claims = find_dates(text, dateline)
    for claim in claims:
        assert 0 <= claim.start < claim.end <= len(text)
        assert text[claim.start : claim.end] == claim.text
        assert claim.type in ("DATE", "TIME", "DURATION", "SET")
        assert claim.value is None or WELL_FORMED_VALUE.fullmatch(claim.value), claim
    starts = [c.start for c in claims]
    assert starts == sorted(starts)
    assert all(a.end <= b.start for a, b in zip(claims, claims[1:], strict=False))


def test_five_megabytes_without_a_newline_is_handled():
    # Ordinary prose with a date now and then, as one 5 MB line.
    chunk = "the council met again and talked about roads, schools and the budget " * 14
    text = ((chunk + "on Sept. 28 a year ago; ") * 5_100)[:5_000_000]
    assert len(text) == 5_000_000 and "\n" not in text
    claims = find_dates(text, DATELINE)
    assert len(claims) > 9_000
    assert claims[-1].end <= len(text)


def test_anchors_outside_the_text_or_overlapping_are_harmless():
    text = "Yesterday was hard."
    anchors = [
        Anchor(-5, 3, "2020-12", "a"),
        Anchor(2, 1_000, "2020-12-05", "b"),
        Anchor(10, 5, "2020-12", "c"),
    ]
    claims = find_dates(text, DATELINE, anchors)
    assert [c.text for c in claims] == ["Yesterday"]


@pytest.mark.parametrize("text", BAD_INPUTS[:8], ids=range(8))
def test_the_whole_pipeline_survives_bad_input(text):
    result = extract(text, DATELINE).to_dict()
    assert set(result) == {"dateline", "claims", "posts", "people"}
