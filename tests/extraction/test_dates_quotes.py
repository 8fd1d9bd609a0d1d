"""Relative dates inside a quote resolve against the post the quote came from (an Anchor)."""

import datetime as dt

import pytest

from stories.extraction.dates import Anchor, find_dates

from .dates_helpers import claim_for

DAY_POST = "2021-09-28"
MONTH_POST = "2020-12"


def _quoted(words: str, post: str) -> tuple[str, tuple[Anchor, ...]]:
    text = f"She wrote: “{words}” It was shared widely."
    start = text.index("“") + 1
    end = text.index("”")
    return text, (Anchor(start, end, post, f"post of {post}"),)


CASES = [
    # words in the quote, expression, post date, value
    ("A year ago you gave me the greatest pain.", "A year ago", DAY_POST, "2020-09"),
    ("Two years ago I met him.", "Two years ago", DAY_POST, "2019"),
    ("Yesterday was hard.", "Yesterday", DAY_POST, "2021-09-27"),
    ("Today I feel fine.", "Today", DAY_POST, "2021-09-28"),
    ("Tomorrow is another day.", "Tomorrow", DAY_POST, "2021-09-29"),
    ("Last week I cried.", "Last week", DAY_POST, "2021-W38"),
    ("Last month I cried.", "Last month", DAY_POST, "2021-08"),
    ("Last year was hard.", "Last year", DAY_POST, "2020"),
    ("On Monday I cried.", "Monday", DAY_POST, "2021-09-27"),
    ("Next month we move.", "Next month", DAY_POST, "2021-10"),
    ("This is me, just yesterday.", "just yesterday", MONTH_POST, "2020-12"),
    ("Yesterday was hard.", "Yesterday", MONTH_POST, "2020-12"),
    ("Today I feel fine.", "Today", MONTH_POST, "2020-12"),
    ("On Monday I cried.", "Monday", MONTH_POST, "2020-12"),
    ("Last month I cried.", "Last month", MONTH_POST, "2020-11"),
    ("A year ago I was pregnant.", "A year ago", MONTH_POST, "2019-12"),
    ("Last year was hard.", "Last year", MONTH_POST, "2019"),
    ("In October we lost him.", "October", MONTH_POST, "2020-10"),
    ("This morning I woke early.", "This morning", MONTH_POST, "2020-12"),
    ("Two weeks ago I was pregnant.", "Two weeks ago", MONTH_POST, "2020-12"),
]


@pytest.mark.parametrize(("words", "span", "post", "value"), CASES)
def test_relative_date_in_a_quote_resolves_against_its_post(words, span, post, value):
    text, anchors = _quoted(words, post)
    claim = claim_for(text, span, anchors=anchors)
    assert claim.value == value
    assert claim.anchor == f"post of {post}"


def test_the_same_words_outside_the_quote_resolve_against_the_dateline():
    text, anchors = _quoted("A year ago you gave me pain.", DAY_POST)
    text += " A year ago they met."
    claims = [c for c in find_dates(text, dt.date(2021, 9, 29), anchors) if c.text == "A year ago"]
    assert [(c.value, c.anchor) for c in claims] == [
        ("2020-09", "post of 2021-09-28"),
        ("2020-09", "dateline"),
    ]


def test_absolute_dates_in_a_quote_keep_no_anchor():
    text, anchors = _quoted("On March 3, 2015 I met him.", DAY_POST)
    claim = claim_for(text, "March 3, 2015", anchors=anchors)
    assert (claim.value, claim.anchor) == ("2015-03-03", None)


@pytest.mark.parametrize("bad_value", ["", "sometime", "2021-13", "2021-02-30", "XXXX"])
def test_an_unreadable_anchor_falls_back_to_the_dateline(bad_value):
    text, _ = _quoted("Yesterday was hard.", DAY_POST)
    anchors = (Anchor(0, len(text), bad_value, "post of ?"),)
    claim = claim_for(text, "Yesterday", anchors=anchors)
    assert (claim.value, claim.anchor) == ("2021-09-28", "dateline")


def test_anchors_without_a_dateline_still_resolve_inside_the_quote():
    text, anchors = _quoted("Yesterday was hard.", DAY_POST)
    claim = claim_for(text, "Yesterday", dateline=None, anchors=anchors)
    assert (claim.value, claim.anchor) == ("2021-09-27", "post of 2021-09-28")


def test_a_second_pass_that_reuses_the_first_gives_what_a_fresh_pass_gives():
    # Dates after the quote anchor on dates inside it ("a week later"), so changes cascade.
    text = (
        "On Sept. 14 she wrote: “A year ago today I lost him. Tomorrow I start again.” "
        "A week later she spoke. In December, a month later, it rained. "
    ) * 3
    anchors = []
    start = 0
    while (start := text.find("“", start)) >= 0:
        end = text.index("”", start)
        anchors.append(Anchor(start + 1, end, DAY_POST, f"post of {DAY_POST}"))
        start = end
    dateline = dt.date(2021, 9, 29)
    memo: dict = {}
    first = find_dates(text, dateline, memo=memo)
    reused = find_dates(text, dateline, anchors, memo=memo)
    fresh = find_dates(text, dateline, anchors)
    assert reused == fresh
    assert reused != first  # the anchors changed something, so the memo was really bypassed there
