"""Dates anchored on another date in the text ("one month later"), and on the dateline when none."""

import datetime as dt

import pytest

from .dates_helpers import claim_for

CASES = [
    # text, expression, value, anchor
    # A clock time with no day of its own takes the day named earlier in its sentence.
    (
        "Seattle hosts Chicago on Saturday, with kickoff set for 7 p.m.",
        "7 p.m.",
        "2021-10-02T19:00",
        "Saturday 2021",
    ),
    (
        "They met on Sept. 14 and talked until 11 p.m.",
        "11 p.m.",
        "2021-09-14T23:00",
        "Sept. 14 2021",
    ),
    # The end of a year named in an earlier past-tense sentence is that year's end.
    (
        "Sales fell in 1994. By the end of the year, the plant had closed.",
        "the end of the year",
        "1994",
        "1994",
    ),
    (
        "She wrote in late October. One month later, she spoke.",
        "One month later",
        "2020-11",
        "late October 2020",
    ),
    (
        "It opened on March 3, 2015. Two years later it closed.",
        "Two years later",
        "2017-03",
        "March 3, 2015",
    ),
    (
        "It opened on March 3, 2015. A week later it closed.",
        "A week later",
        "2015-03-10",
        "March 3, 2015",
    ),
    (
        "It opened on March 3, 2015. Three days later it closed.",
        "Three days later",
        "2015-03-06",
        "March 3, 2015",
    ),
    (
        "It opened on March 3, 2015. The following day it closed.",
        "The following day",
        "2015-03-04",
        "March 3, 2015",
    ),
    # A month or season named with "the following", "the previous" or "that" is the one
    # next to, before or in the year of the date named.
    (
        "She was elected in 2016 and took office the following January.",
        "the following January",
        "2017-01",
        "2016",
    ),
    (
        "The orchard burned in 2018. That summer, no fruit was sold.",
        "That summer",
        "2018-SU",
        "2018",
    ),
    (
        "The bridge shut in June 2014. The following spring, it reopened.",
        "The following spring",
        "2015-SP",
        "June 2014",
    ),
    # "later in the month" after a day is that day's month.
    (
        "The ferry sank on May 3, 2019. Later in the month, divers found it.",
        "the month",
        "2019-05",
        "May 3, 2019",
    ),
    # "the previous" year or month counts back from the date named, as "the following" forward.
    (
        "The mill shut in 2012. The previous year, it had cut jobs.",
        "The previous year",
        "2011",
        "2012",
    ),
    (
        "The dam failed in June 2014. The previous month, inspectors had warned of cracks.",
        "The previous month",
        "2014-05",
        "June 2014",
    ),
    (
        "It opened on March 3, 2015. The next day it closed.",
        "The next day",
        "2015-03-04",
        "March 3, 2015",
    ),
    (
        "It opened on March 3, 2015. The day before, it rained.",
        "The day before",
        "2015-03-02",
        "March 3, 2015",
    ),
    (
        "It opened on March 3, 2015. The previous day it rained.",
        "The previous day",
        "2015-03-02",
        "March 3, 2015",
    ),
    (
        "It opened on March 3, 2015. Two days earlier it rained.",
        "Two days earlier",
        "2015-03-01",
        "March 3, 2015",
    ),
    ("It opened in 2010. Five years later it closed.", "Five years later", "2015", "2010"),
    ("It opened in 2010. Later in the year it closed.", "the year", "2010", "2010"),
    (
        "It opened in May 2010. Six months later it closed.",
        "Six months later",
        "2010-11",
        "May 2010",
    ),
    (
        "The vote was on Nov. 3, 2020. That night he spoke.",
        "That night",
        "2020-11-03TNI",
        "Nov. 3, 2020",
    ),
    (
        "The vote was on Nov. 3, 2020. Later that year he left.",
        "Later that year",
        "2020",
        "Nov. 3, 2020",
    ),
    (
        "The vote was on Nov. 3, 2020. The following week he left.",
        "The following week",
        "2020-W46",
        "Nov. 3, 2020",
    ),
    (
        "The vote was in June 2019. The following month he left.",
        "The following month",
        "2019-07",
        "June 2019",
    ),
    ("The vote was in 2019. The following year he left.", "The following year", "2020", "2019"),
    (
        "The vote was on Nov. 3, 2020. A day later he left.",
        "A day later",
        "2020-11-04",
        "Nov. 3, 2020",
    ),
    (
        "The vote was on Nov. 3, 2020. That same day he left.",
        "That same day",
        "2020-11-03",
        "Nov. 3, 2020",
    ),
    (
        "It rained on Sept. 18. Two days later it snowed.",
        "Two days later",
        "2021-09-20",
        "Sept. 18 2021",
    ),
    ("It rained on Tuesday. The next day it snowed.", "The next day", "2021-09-29", "Tuesday 2021"),
    (
        "It closed on Oct. 15, 2021, up from the previous Friday.",
        "the previous Friday",
        "2021-10-08",
        "Oct. 15, 2021",
    ),
    (
        "He was hired in January 2001. Four months later he quit.",
        "Four months later",
        "2001-05",
        "January 2001",
    ),
    (
        "He was hired in January 2001. Two weeks later he quit.",
        "Two weeks later",
        "2001-01",
        "January 2001",
    ),
]


# An earnings report compares with the quarter under discussion, even when a day was
# named since ("the quarter ended Sept. 30"); after "the nine months" it compares years.
CASES += [
    (
        "Net rose in the third quarter ended Sept. 30, up from $5 million a year earlier.",
        "a year earlier",
        "2020-Q3",
        "the third quarter 2021",
    ),
    (
        "Net fell in the third quarter. The company, based in Ohio, said net was $7.4 million,"
        " down from $32.3 million, or 86 cents a share, a year ago.",
        "a year ago",
        "2020-Q3",
        "the third quarter 2021",
    ),
    (
        "Net fell in the third quarter. For the nine months, net was $9 million, up from"
        " $7 million a year earlier.",
        "a year earlier",
        "2020",
        "the nine months",
    ),
]


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        (
            "Net fell in the third quarter. For the quarter a year ago, it earned $4 million.",
            "the quarter a year ago",
            "2020-Q3",
        ),
        # With none under discussion, "the quarter ended" a day holds most of the three
        # months up to that day.
        ("In the quarter ended July 31, sales rose 5%.", "the quarter", "2021-Q2"),
        ("For the quarter ended Sept. 30, net rose.", "the quarter", "2021-Q3"),
        (
            # "the quarter" is the one under discussion, though a day was named since.
            "Net rose in the fiscal first quarter, which ended Sept. 30. Traffic grew in the quarter.",
            "the quarter",
            "2021-Q1",
        ),
        (
            "Net fell in the third quarter from $4 million in the year-earlier quarter.",
            "the year-earlier quarter",
            "2020-Q3",
        ),
        (
            "Net fell in the third quarter. The latest period had a gain.",
            "The latest period",
            "2021-Q3",
        ),
        (
            "Net fell in the third quarter from $5 million in the 2020 period.",
            "the 2020 period",
            "2020-Q3",
        ),
        (
            "Net fell in the third quarter, against $2 million for the corresponding period last year.",
            "the corresponding period last year",
            "2020-Q3",
        ),
        (
            "Net fell in the third quarter. This quarter's loss includes charges.",
            "This quarter",
            "2021-Q3",
        ),
        (
            "Net rose in the third quarter to $24 million, compared with a loss of $3 million last year.",
            "last year",
            "2020-Q3",
        ),
        ("Net rose in the third quarter. The chief left last year.", "last year", "2020"),
        (
            "Net rose in the third quarter. It expects a fourth-quarter charge. In the latest"
            " quarter, sales fell.",
            "the latest quarter",
            "2021-Q3",
        ),
        (
            "Ralston reported a decline in fourth-quarter earnings. Net was $1 million, down"
            " from $2 million a year earlier.",
            "a year earlier",
            "2020-Q4",
        ),
        (
            "Net fell in the third quarter from $2 million in the 2020 quarter.",
            "the 2020 quarter",
            "2020-Q3",
        ),
        (
            "Net fell in the third quarter. Losses may last through the first quarter of 2022."
            " In the year-ago period it earned $3 million.",
            "the year-ago period",
            "2020-Q3",
        ),
        # Far from the lede, after a passing mention of an earlier quarter, the report's
        # periods are still its own quarter's.
        (
            "Net rose 20% in the third quarter. After a flat second quarter, sales recovered."
            + " Demand for its paper products grew in North America and in Brazil." * 8
            + " The year-earlier period included charges; in the 2021 period, costs fell.",
            "The year-earlier period",
            "2020-Q3",
        ),
        (
            "Net rose 20% in the third quarter. After a flat second quarter, sales recovered."
            + " Demand for its paper products grew in North America and in Brazil." * 8
            + " The year-earlier period included charges; in the 2021 period, costs fell.",
            "the 2021 period",
            "2021-Q3",
        ),
        # Naming the reported quarter again ("the 2021 period") keeps it under discussion:
        # a year before it is that quarter a year back, not the dateline's month.
        (
            "Profit rose 8% in the third quarter. After a weak second quarter, margins grew."
            + " Orders for its trucks rose in Canada and in Mexico." * 8
            + " In the 2021 period, fuel cost less than a year ago.",
            "a year ago",
            "2020-Q3",
        ),
    ],
)
def test_a_period_of_an_earnings_report_is_the_quarter_under_discussion(text, span, value):
    # Published in November, so a bare "this quarter" would be the fourth.
    claim = claim_for(text, span, dateline=dt.date(2021, 11, 2))
    assert (claim.type, claim.value) == ("DATE", value)


def test_a_period_with_no_quarter_under_discussion_is_no_date():
    found = claim_for.__globals__["find_dates"]("The latest period of growth ended.", None)
    assert [c.text for c in found] == []


def test_the_day_before_an_event_is_no_count_from_the_last_date():
    text = "He was last seen Nov. 3, 2020, the day before police issued a warrant."
    found = [c.text for c in claim_for.__globals__["find_dates"](text, None)]
    assert found == ["Nov. 3, 2020"]


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        # "the day before / after" a named day is one date, a day from it.
        (
            "The day before last Tuesday's vote, he resigned.",
            "The day before last Tuesday's",
            "2021-09-27",
        ),
        (
            "Flights stopped the day after Sept. 11, 2001.",
            "the day after Sept. 11, 2001",
            "2001-09-12",
        ),
        (
            "Stores open the day after Thanksgiving 2020.",
            "the day after Thanksgiving 2020",
            "2020-11-27",
        ),
    ],
)
def test_the_day_before_or_after_a_named_day_is_that_day_moved_by_one(text, span, value):
    claim = claim_for(text, span)
    assert (claim.type, claim.value) == ("DATE", value)


@pytest.mark.parametrize(
    ("text", "span", "type_", "value"),
    [
        # A week or the weekend named from a day is one expression computed from it.
        (
            "She flew home the week before Christmas 2020.",
            "the week before Christmas 2020",
            "DATE",
            "2020-W51",
        ),
        (
            "The fair opens the week after Labor Day 2021.",
            "the week after Labor Day 2021",
            "DATE",
            "2021-W37",
        ),
        (
            "They wed the weekend of Aug. 14, 2021.",
            "the weekend of Aug. 14, 2021",
            "DATE",
            "2021-W32-WE",
        ),
    ],
)
def test_a_week_or_weekend_named_from_a_day_is_computed_from_it(text, span, type_, value):
    claim = claim_for(text, span)
    assert (claim.type, claim.value) == (type_, value)


def test_a_year_earlier_compound_is_one_date_not_a_duration():
    text = "Net fell in the third quarter, compared with a year-earlier loss of $2 million."
    claim = claim_for(text, "year-earlier")
    assert (claim.type, claim.value) == ("DATE", "2020-Q3")


@pytest.mark.parametrize(("text", "span", "value", "anchor"), CASES)
def test_anchored_date_resolves_against_the_last_date_named(text, span, value, anchor):
    claim = claim_for(text, span)
    assert (claim.value, claim.anchor) == (value, anchor)


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("One year later, they still mourn.", "One year later", "2021-09"),
        ("One month later, they still mourn.", "One month later", "2021-09"),
        ("Two days later, they still mourn.", "Two days later", "2021-09-29"),
        ("Two days earlier, it rained.", "Two days earlier", "2021-09-27"),
        ("A year earlier, it rained.", "A year earlier", "2020-09"),
    ],
)
def test_with_no_earlier_date_the_dateline_is_the_anchor(text, span, value):
    claim = claim_for(text, span)
    assert (claim.value, claim.anchor) == (value, "dateline")


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("It opened in 2010. Days later it closed.", "Days later"),
        ("It opened in 2010. Weeks later it closed.", "Weeks later"),
        ("It opened in 2010. Years later it closed.", "Years later"),
        ("It opened in 2010. A few days later it closed.", "A few days later"),
        ("It opened in 2010. Several months later it closed.", "Several months later"),
    ],
)
def test_vague_counts_are_kept_unresolved_rather_than_guessed(text, span):
    claim = claim_for(text, span)
    assert claim.value is None
    assert claim.type == "DATE"


def test_a_count_back_from_a_date_does_not_become_the_next_anchor():
    text = "Profit rose in the third quarter of 1989. A year earlier it fell. A year earlier still, it rose."
    first, second = [
        c for c in claim_for.__globals__["find_dates"](text, None) if c.text == "A year earlier"
    ]
    assert first.value == second.value == "1988-Q3"
