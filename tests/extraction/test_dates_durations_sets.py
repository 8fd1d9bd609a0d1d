"""Durations ("for 18 years") and sets ("every day")."""

import pytest

from stories.extraction.dates import find_dates

from .dates_helpers import claim_for

DURATIONS = [
    # sentence, expression, value, mod
    ("She worked there for 18 years.", "18 years", "P18Y", None),
    ("It lasted a decade.", "a decade", "P10Y", None),
    # A preposition before "a" makes a span of time, not a rate like "$2 million a year".
    ("The study followed 20,000 adults for a decade.", "a decade", "P10Y", None),
    ("Some 300 workers struck for a week.", "a week", "P1W", None),
    ("It took two decades.", "two decades", "P20Y", None),
    ("It took three months.", "three months", "P3M", None),
    ("He waited six weeks.", "six weeks", "P6W", None),
    ("The drive took five hours.", "five hours", "PT5H", None),
    ("It took 45 minutes.", "45 minutes", "PT45M", None),
    ("He worked a 24-hour shift.", "24-hour", "PT24H", None),
    ("A 10-year anniversary was held.", "10-year", "P10Y", None),
    ("It was a two-year deal.", "two-year", "P2Y", None),
    ("They talked for two and a half hours.", "two and a half hours", "PT2H30M", None),
    ("It took 2 1/2 years.", "2 1/2 years", "P2Y6M", None),
    ("It ran for more than four hours.", "more than four hours", "PT4H", "MORE_THAN"),
    ("It took nearly forty years.", "nearly forty years", "P40Y", "LESS_THAN"),
    ("It took about a week.", "about a week", "P1W", "APPROX"),
    ("They held it for at least 72 hours.", "at least 72 hours", "PT72H", "EQUAL_OR_MORE"),
    ("Prices rose over the past two months.", "the past two months", "P2M", None),
    ("Sales rose in the first nine months.", "the first nine months", "P9M", None),
    ("Sales rose in the first two quarters.", "the first two quarters", "P6M", None),
    ("It will grow in the next five years.", "the next five years", "P5Y", None),
    ("It has fallen over the past year.", "the past year", "P1Y", None),
    ("It lasted several years.", "several years", "PXY", None),
    ("It lasted a few days.", "a few days", "PXD", None),
    ("They have fought for years.", "years", "PXY", None),
    ("It has been empty for decades.", "decades", "PXDE", None),
    ("Sales grew for the first time in years.", "years", "PXY", None),
    ("Prices may fall in the weeks ahead.", "the weeks ahead", "PXW", None),
    # TimeBank annotates all three "over / in the years" as PXY, like "for years".
    ("Over the years, it changed.", "the years", "PXY", None),
    ("In the years that followed, it grew.", "the years", "PXY", None),
    ("He spent a couple of weeks there.", "a couple of weeks", "P2W", None),
    ("It lasted twenty-four hours.", "twenty-four hours", "PT24H", None),
    ("The fair ran for 14 days.", "14 days", "P14D", None),
    ("It was a five-day trip.", "five-day", "P5D", None),
    ("He served two terms over eight years.", "eight years", "P8Y", None),
    ("It took one minute.", "one minute", "PT1M", None),
    ("It took a year and a half.", "a year and a half", "P1Y6M", None),
    ("It ended a months-long fight.", "months-long", "PXM", None),
    ("It was the best of the past decade.", "the past decade", "P10Y", None),
    ("It took 18 months.", "18 months", "P18M", None),
    ("It comes a month after Qantas cut flights.", "a month", "P1M", None),
    ("Revenue was $76 million for the year ended March 31.", "the year", "P1Y", None),
    ("Eight trading days after the crash, it recovered.", "Eight trading days", "P8D", None),
    ("In the fiscal year ended Jan. 31, sales rose.", "the fiscal year", "P1Y", None),
    ("Banks must wait 30 days before closing it.", "30 days", "P30D", None),
    # A count of hours or minutes before "later" is the duration; "later" is its signal.
    ("The crew came back an hour later.", "an hour", "PT1H", None),
    ("She rang again a minute and a half later.", "a minute and a half", "PT1M30S", None),
    ("Police arrived just over an hour later.", "just over an hour", "PT1H", "MORE_THAN"),
]

SETS = [
    ("She runs every day.", "every day", "P1D"),
    ("Every day is different.", "Every day", "P1D"),
    ("She cries every single day.", "every single day", "P1D"),
    ("They meet every week.", "every week", "P1W"),
    ("It is held every year.", "every year", "P1Y"),
    ("It happens each month.", "each month", "P1M"),
    ("They meet every other week.", "every other week", "P2W"),
    ("They meet every Monday.", "every Monday", "XXXX-WXX-1"),
    ("They meet each Thursday.", "each Thursday", "XXXX-WXX-4"),
    ("He swims on Tuesdays.", "Tuesdays", "XXXX-WXX-2"),
    ("She trades daily.", "daily", "P1D"),
    ("Crowds gather daily outside the house.", "daily", "P1D"),
    ("Those who walked daily had a lower risk.", "daily", "P1D"),
    ("It pays a dividend quarterly and will report soon.", "quarterly", "P3M"),
    ("The street is closed to cars on weekends.", "weekends", "XXXX-WXX-WE"),
    ("People who read daily are calmer.", "daily", "P1D"),
    ("Rallies are held here annually.", "annually", "P1Y"),
    ("It is published weekly.", "weekly", "P1W"),
    ("It is reviewed annually.", "annually", "P1Y"),
    ("They meet twice a year.", "twice a year", "P1Y"),
    ("He calls three times a day.", "three times a day", "P1D"),
    ("She walks every morning.", "every morning", "TXXMO"),
    ("It floods every spring.", "every spring", "XXXX-SP"),
    ("It is checked every five years.", "every five years", "P5Y"),
    ("It is paid monthly.", "monthly", "P1M"),
    ("It is open once a week.", "once a week", "P1W"),
    # A month after "each" or "every" is that month of every year, not last July.
    ("Pilgrims walk the route each July.", "each July", "XXXX-07"),
    ("The board meets every January to set prices.", "every January", "XXXX-01"),
]


@pytest.mark.parametrize(("sentence", "span", "value", "mod"), DURATIONS)
def test_duration_value_and_mod(sentence, span, value, mod):
    claim = claim_for(sentence, span)
    assert (claim.type, claim.value, claim.mod) == ("DURATION", value, mod)
    assert claim.anchor is None


@pytest.mark.parametrize(("sentence", "span", "value"), SETS)
def test_set_value(sentence, span, value):
    claim = claim_for(sentence, span)
    assert (claim.type, claim.value) == ("SET", value)


@pytest.mark.parametrize(
    "sentence",
    [
        "The 35-year-old author spoke.",
        "Three-quarters of the vote was counted.",
        "A quarter of the town voted.",
        "It was a daily reminder.",
        "Every time she looks, it changes.",
        "He read the weekly newspaper.",
        "It pays a quarterly dividend.",
        "He ate some day-old bread.",
        "It will save $2 million a year in costs.",
        "The route adds 700 seats a week.",
        "Rooms cost between $35 and $55 a night.",
        "In the years of the war, it shrank.",
        "Revenue should rise 20% annually.",
        "The plant would make 10,000 units annually.",
        "It pays C$17.9 million annually.",
        "He said so on CBS's 60 Minutes last night.",
        "For him, the year ended badly.",
    ],
)
def test_look_alikes_are_not_durations_or_sets(sentence):
    found = [(c.text, c.type) for c in find_dates(sentence, None)]
    assert not [f for f in found if f[1] in ("DURATION", "SET")], found


def test_count_pattern_grouped_by_letter_matches_as_the_plain_alternation():
    import itertools
    import re

    from stories.extraction import timex_rules as tr

    plain = re.compile(
        rf"(?i:\d+(?:\.\d+)?(?:\s+1/2)?|(?:{tr._TENS})(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine))?"
        rf"|(?:{tr._ONES})(?:\s+and\s+a\s+half)?|a\s+hundred|one\s+hundred|a\s+dozen|dozens\s+of"
        r"|a\s+couple\s+of|a\s+couple|couple\s+of|a\s+few|few|several|many|some|a|an)[-\s]+years\b"
    )
    grouped = re.compile(rf"(?i:{tr.NUM})[-\s]+years\b")
    words = [
        "twenty",
        "thirty-five",
        "four",
        "fourteen",
        "one",
        "a",
        "an",
        "dozens",
        "couple",
        "few",
        "some",
        "and",
        "half",
        "3.5",
        "1/2",
    ]
    for first, second in itertools.product(words, repeat=2):
        for text in (f"{first} {second} years", f"{first}-{second} YEARS"):
            assert [m.span() for m in plain.finditer(text)] == [
                m.span() for m in grouped.finditer(text)
            ], text


def test_a_long_s_in_a_text_still_lets_a_rule_match_there():
    import datetime as dt

    # ("ſ" matches "s" when case is ignored: the window's lowered words are then not relied on,
    # and the "ago" rule still finds its span)
    found = find_dates("It happened two days previouſly.", dt.date(2020, 5, 1))
    assert [e.text for e in found] == ["two days previouſly"]
