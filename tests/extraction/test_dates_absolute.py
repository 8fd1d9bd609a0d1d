"""Absolute dates: the text alone fixes them (the year may come from the dateline)."""

import datetime as dt

import pytest

from stories.extraction.dates import find_dates

from .dates_helpers import claim_for

CASES = [
    # sentence, expression, value, mod
    ("She posted on Sept. 28, 2019, about it.", "Sept. 28, 2019", "2019-09-28", None),
    ("It happened September 28, 2019.", "September 28, 2019", "2019-09-28", None),
    ("He left on 28 September 2019.", "28 September 2019", "2019-09-28", None),
    ("The law passed on the 4th of July, 1990.", "the 4th of July, 1990", "1990-07-04", None),
    ("It opened Jan. 5, 2003, in Paris.", "Jan. 5, 2003", "2003-01-05", None),
    ("The filing is dated 2020-03-15.", "2020-03-15", "2020-03-15", None),
    ("The form was signed 3/15/2020.", "3/15/2020", "2020-03-15", None),
    ("It was founded in 2012.", "2012", "2012", None),
    ("Sales rose in the first nine months of the year 2020.", "2020", "2020", None),
    ("It is in the company's 2012 results.", "2012", "2012", None),
    ("Sales in March 2013 rose.", "March 2013", "2013-03", None),
    ("He was born in June of 1971.", "June of 1971", "1971-06", None),
    ("Music of the 1990s is back.", "the 1990s", "199", None),
    ("Prices soared in the 1970s.", "the 1970s", "197", None),
    ("It peaked in the late 1980s.", "the late 1980s", "198", "END"),
    ("The work resumes in mid-2020.", "mid-2020", "2020", "MID"),
    ("The deal closed in early 2018.", "early 2018", "2018", "START"),
    ("It was delayed until late 2022.", "late 2022", "2022", "END"),
    ("By the end of 1990 it was over.", "the end of 1990", "1990", "END"),
    ("They met in the summer of 1969.", "the summer of 1969", "1969-SU", None),
    ("Art of the 20th century.", "the 20th century", "19", None),
    ("Results for fiscal 1989 were poor.", "fiscal 1989", "1989", None),
    ("Profit in the third quarter of 1989 fell.", "the third quarter of 1989", "1989-Q3", None),
    ("The first half of 2020 was hard.", "The first half of 2020", "2020-H1", None),
    ("Profit rose in FY2020.", "FY2020", "2020", None),
    # Quarters and halves written as business news writes them.
    ("Revenue fell 4% in Q2 2021.", "Q2 2021", "2021-Q2", None),
    ("Margins widened in 2020 Q4.", "2020 Q4", "2020-Q4", None),
    ("Orders slumped in H1 2020.", "H1 2020", "2020-H1", None),
    # The last or final quarter of a named year is its fourth.
    ("Sales dipped in the last quarter of 2019.", "the last quarter of 2019", "2019-Q4", None),
    ("Costs fell in the final quarter of 2018.", "the final quarter of 2018", "2018-Q4", None),
    # Two quarters of a named year are its half.
    (
        "Losses may run through the first two quarters of 1990.",
        "the first two quarters of 1990",
        "1990-H1",
        None,
    ),
    ("He arrived on Monday, Oct. 26, 1998.", "Monday, Oct. 26, 1998", "1998-10-26", None),
    ("The vote is set for Christmas Day, 2004.", "Christmas Day, 2004", "2004-12-25", None),
    ("Flights resumed Thanksgiving 2020.", "Thanksgiving 2020", "2020-11-26", None),
    ("Easter 2021 fell early.", "Easter 2021", "2021-04-04", None),
    ("It was nineteen ninety-six.", "nineteen ninety-six", "1996", None),
    # "the 1800s" are a hundred years, written as a century; "the 2000s" a decade.
    ("The mill dates from the 1800s.", "the 1800s", "18", None),
    ("Trams ran here in the early 1900s.", "the early 1900s", "19", "START"),
    ("Phones changed in the 2000s.", "the 2000s", "200", None),
    # A name after the year is no plural noun of a count ("two thousand fans").
    ("In nineteen ninety-two Lewis Hart won it.", "nineteen ninety-two", "1992", None),
    ("In the year two thousand, it changed.", "the year two thousand", "2000", None),
    # A year said in words takes the month or season before it, as one written in digits does.
    (
        "January nineteen ninety-seven. A bomb went off.",
        "January nineteen ninety-seven",
        "1997-01",
        None,
    ),
    ("They wed in March of nineteen ninety-one.", "March of nineteen ninety-one", "1991-03", None),
    (
        "It froze in the winter of nineteen ninety-four.",
        "the winter of nineteen ninety-four",
        "1994-WI",
        None,
    ),
    ("The final was in July 2021.", "July 2021", "2021-07", None),
    ("Dec. 7, 1941, lives in infamy.", "Dec. 7, 1941", "1941-12-07", None),
    ("The strike began the week of June 3, 2019.", "the week of June 3, 2019", "2019-W23", None),
    ("It grew in 2019 and 2020.", "2019", "2019", None),
    ("It grew in 2019 and 2020.", "2020", "2020", None),
    ("From 1990 to 1995 it fell.", "1990", "1990", None),
    ("Since March 2020, it has grown.", "March 2020", "2020-03", None),
    ("In the 19th century, it began.", "the 19th century", "18", None),
    ("It was Sept 28th, 2020 at night.", "Sept 28th, 2020", "2020-09-28", None),
    ("It rained on 28th September 2020.", "28th September 2020", "2020-09-28", None),
    ("The show aired Aug. 7, 1998.", "Aug. 7, 1998", "1998-08-07", None),
    ("In 1066, the Normans came.", "1066", None, None),  # outside 1600-2099: not taken as a year
]


@pytest.mark.parametrize(("sentence", "span", "value", "mod"), [c for c in CASES if c[2]])
def test_absolute_date_value_and_mod(sentence, span, value, mod):
    claim = claim_for(sentence, span)
    assert (claim.type, claim.value, claim.mod) == ("DATE", value, mod)
    assert claim.anchor is None


@pytest.mark.parametrize(
    "sentence",
    [
        "It cost $2012 in total.",
        "Some 1990 people signed.",
        "Turnout was 2010 percent of nothing.",
        "Call 555-2012 now.",
        "He scored 1,999 points.",
        "Room 2012 is closed.",
        "The 40 balloons rose.",
        "You may go now.",
        "The march began at dawn.",
        "April Jones said so.",
        "In 1066, the Normans came.",
        "The index closed at 2082.1 points.",
        "The faith is more than two thousand years old.",
        "Some nineteen eighty shares changed hands.",
        "Then two thousand workers were laid off.",
        "The Audi Q3 sold well.",
        "The XFY2021 router sold well.",
        "The H1N1 virus spread.",
        "By then two thousand fans had come.",
    ],
)
def test_numbers_and_words_that_are_not_years_or_months(sentence):
    values = [(c.text, c.value) for c in find_dates(sentence, dt.date(2021, 9, 29))]
    assert not [v for v in values if v[1] and v[1][:1].isdigit()], values


@pytest.mark.parametrize(
    ("sentence", "span"),
    [
        ("It was due Feb. 30, 2021.", "Feb. 30, 2021"),
        ("It ended on the 45th of March.", "the 45th of March"),
        ("It was dated 2021-02-29.", "2021-02-29"),
        ("The form says 2/31/2020.", "2/31/2020"),
        ("Sept. 31, 2020 never came.", "Sept. 31, 2020"),
        ("April 31 is no date.", "April 31"),
    ],
)
def test_nonsense_dates_are_kept_with_value_none(sentence, span):
    claim = claim_for(sentence, span)
    assert claim.value is None
    assert claim.type == "DATE"


@pytest.mark.parametrize(
    ("sentence", "span", "value"),
    [
        ("She spoke on Sept. 28.", "Sept. 28", "2021-09-28"),
        ("She spoke on Sept. 18 about it.", "Sept. 18", "2021-09-18"),
        ("The trial opens Oct. 4 and will run.", "Oct. 4", "2021-10-04"),
        ("It was filed Feb. 2 last winter.", "Feb. 2", "2021-02-02"),
        ("He said on December 25 he was done.", "December 25", "2020-12-25"),
        ("Results will be out on Jan. 10.", "Jan. 10", "2022-01-10"),
    ],
)
def test_month_and_day_take_the_year_nearest_the_dateline(sentence, span, value):
    claim = claim_for(sentence, span)
    assert claim.value == value
    assert claim.anchor == "dateline"


@pytest.mark.parametrize(
    ("sentence", "span", "value"),
    [
        ("In June two thousand workers were laid off.", "June", "2021-06"),
        ("Last summer two thousand fans attended.", "Last summer", "2021-SU"),
    ],
)
def test_a_count_said_in_words_after_a_month_or_season_is_no_year(sentence, span, value):
    claims = find_dates(sentence, dt.date(2021, 9, 29))
    assert [(c.text, c.value) for c in claims] == [(span, value)]
