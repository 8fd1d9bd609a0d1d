"""Dates relative to the dateline (2021-09-29, a Wednesday), and what happens without one."""

import pytest

from stories.extraction.dates import find_dates

from .dates_helpers import claim_for

CASES = [
    # sentence, expression, type, value, mod
    ("A year ago, it began.", "A year ago", "DATE", "2020-09", None),
    ("It began two years ago.", "two years ago", "DATE", "2019", None),
    ("It opened 41 years ago.", "41 years ago", "DATE", "1980", None),
    ("It began several years ago.", "several years ago", "DATE", "PAST_REF", None),
    ("It may end a few years from now.", "a few years from now", "DATE", "FUTURE_REF", None),
    ("It closed three months ago.", "three months ago", "DATE", "2021-06", None),
    ("She left 10 days ago.", "10 days ago", "DATE", "2021-09-19", None),
    ("It opened a decade ago.", "a decade ago", "DATE", "2011", None),
    # A count with a half is counted in the next smaller unit: 18 months, 30 months.
    ("She moved away a year and a half ago.", "a year and a half ago", "DATE", "2020-03", None),
    (
        "The plant shut two and a half years ago.",
        "two and a half years ago",
        "DATE",
        "2019-03",
        None,
    ),
    ("Earlier this month, she wrote.", "Earlier this month", "DATE", "2021-09", "START"),
    ("Later this year, it opens.", "Later this year", "DATE", "2021", "END"),
    ("They met last week.", "last week", "DATE", "2021-W38", None),
    ("They meet next week.", "next week", "DATE", "2021-W40", None),
    ("It starts next month.", "next month", "DATE", "2021-10", None),
    ("It ended last month.", "last month", "DATE", "2021-08", None),
    ("Sales fell last year.", "last year", "DATE", "2020", None),
    ("Sales will rise next year.", "next year", "DATE", "2022", None),
    ("Sales rose this year.", "this year", "DATE", "2021", None),
    ("It was busy this week.", "this week", "DATE", "2021-W39", None),
    ("She spoke on Tuesday.", "Tuesday", "DATE", "2021-09-28", None),
    ("She spoke Monday.", "Monday", "DATE", "2021-09-27", None),
    ("The vote will be held on Friday.", "Friday", "DATE", "2021-10-01", None),
    ("They met last Friday.", "last Friday", "DATE", "2021-09-24", None),
    ("The offer had been due to expire Saturday.", "Saturday", "DATE", "2021-09-25", None),
    # A weekday's event ("Friday's close") has happened; the dateline's own weekday is today.
    ("They will appeal Friday's ruling.", "Friday's", "DATE", "2021-09-24", None),
    ("They will appeal Wednesday's ruling.", "Wednesday's", "DATE", "2021-09-29", None),
    (
        "Shares rose ahead of Friday's vote, which will decide it.",
        "Friday's",
        "DATE",
        "2021-10-01",
        None,
    ),
    ("They were planning to drive there on Saturday.", "Saturday", "DATE", "2021-10-02", None),
    ("The minister said Thursday it will act.", "Thursday", "DATE", "2021-09-23", None),
    ("The offer is due to expire Saturday.", "Saturday", "DATE", "2021-10-02", None),
    ("They meet next Tuesday.", "next Tuesday", "DATE", "2021-10-05", None),
    ("It was hot this summer.", "this summer", "DATE", "2021-SU", None),
    ("It was cold last winter.", "last winter", "DATE", "2020-WI", None),
    ("It opens next spring.", "next spring", "DATE", "2022-SP", None),
    ("Over the summer, rivals cut prices.", "the summer", "DATE", "2021-SU", None),
    ("Prices will rise in the spring.", "the spring", "DATE", "2022-SP", None),
    ("She shared one in December.", "December", "DATE", "2020-12", None),
    ("Her essay in December.", "December", "DATE", "2020-12", None),
    ("In November: the essay.", "November", "DATE", "2020-11", None),
    ("She wrote an essay in late October.", "late October", "DATE", "2020-10", "END"),
    ("It rained in early September.", "early September", "DATE", "2021-09", "START"),
    ("It was built in mid-July.", "mid-July", "DATE", "2021-07", "MID"),
    (
        "The law will take effect in January.",
        "January",
        "DATE",
        "2022-01",
        None,
    ),
    # The verb before a date governs it more often than a participle after it.
    (
        "Qantas will double its flights by August in the search for markets untouched by the crisis.",
        "August",
        "DATE",
        "2022-08",
        None,
    ),
    ("They agreed to buy the line in February.", "February", "DATE", "2022-02", None),
    ("Talks that were to end by May invited him, it said.", "May", "DATE", "2022-05", None),
    ("The virus had spread widely by March, officials said.", "March", "DATE", "2021-03", None),
    (
        "Mr. Schwarz will succeed Daniel P. Davison in February.",
        "February",
        "DATE",
        "2022-02",
        None,
    ),
    (
        "It bought shares from Sept. 14 to Saturday at $15 each.",
        "Saturday",
        "DATE",
        "2021-09-25",
        None,
    ),
    ("It happened last March.", "last March", "DATE", "2021-03", None),
    # A month name before a full stop ends the sentence (unlike "Sept." or "U.S."): the
    # next sentence's "will" does not make it future.
    (
        "Lakes fell after a dry June and July. The city will ban watering.",
        "June",
        "DATE",
        "2021-06",
        None,
    ),
    ("The U.S. team will play in March.", "March", "DATE", "2022-03", None),
    ("The vote on No. 5 will be held in March.", "March", "DATE", "2022-03", None),
    ("The council voted no. It will vote again in March.", "March", "DATE", "2022-03", None),
    ("They met in March and voted no. It will be back.", "March", "DATE", "2021-03", None),
    ("It rained in May. Crops will suffer.", "May", "DATE", "2021-05", None),
    # "will" cannot reach back: the next such weekday, even the day after the dateline's.
    ("The board will meet Tuesday.", "Tuesday", "DATE", "2021-10-05", None),
    (
        "Shareholders will vote at 3 p.m. Tuesday.",
        "3 p.m. Tuesday",
        "TIME",
        "2021-10-05T15:00",
        None,
    ),
    ("Voters said they'll go Tuesday.", "Tuesday", "DATE", "2021-10-05", None),
    ("The board met Tuesday and will meet again soon.", "Tuesday", "DATE", "2021-09-28", None),
    # Asking someone to do something points at a later time.
    (
        "Officials urged residents to get shots before Christmas.",
        "Christmas",
        "DATE",
        "2021-12-25",
        None,
    ),
    ("She asked the court to rule by May.", "May", "DATE", "2022-05", None),
    ("She asked about it in May.", "May", "DATE", "2021-05", None),
    # "since" looks back whatever the verbs say.
    (
        "It would be the first storm since early January.",
        "early January",
        "DATE",
        "2021-01",
        "START",
    ),
    ("Nothing will change since Thursday's vote.", "Thursday's", "DATE", "2021-09-23", None),
    ("Prices will stay high, as they have since Thursday.", "Thursday", "DATE", "2021-09-23", None),
    # A timetable in the present tense is ahead.
    (
        "Ohio State opens at home at noon Saturday.",
        "noon Saturday",
        "TIME",
        "2021-10-02T12:00",
        None,
    ),
    ("Filming wraps in March.", "March", "DATE", "2022-03", None),
    (
        "The pilot begins Oct. 18 and runs through Labor Day.",
        "Labor Day",
        "DATE",
        "2022-09-05",
        None,
    ),
    ("The comment period ends Monday.", "Monday", "DATE", "2021-10-04", None),
    ("The store opened Monday.", "Monday", "DATE", "2021-09-27", None),
    # A clock time in a sentence of its own is on the dateline (see test_dates_anchored).
    ("They met on Sept. 14. Talks ended at 11 p.m.", "11 p.m.", "TIME", "2021-09-29T23:00", None),
    # A future sentence does not reach back to a year named earlier.
    (
        "Cases are the most since 1994. Clinics will open every Saturday through the end of the year.",
        "the end of the year",
        "DATE",
        "2021",
        "END",
    ),
    # Curly apostrophes read as straight ones.
    ("The offices closed on New Year’s Day.", "New Year’s Day", "DATE", "2021-01-01", None),
    ("It was popular in the ’90s.", "the ’90s", "DATE", "199", None),
    ("It ends at year’s end.", "year’s end", "DATE", "2021", "END"),
    (
        "Profit rose in the third quarter, up from $5 million in last year’s quarter.",
        "last year’s quarter",
        "DATE",
        "2020-Q3",
        None,
    ),
    # An "-ed" adjective after a determiner is no past tense: the modal decides.
    (
        "The split would be paid on a still unspecified date in January.",
        "January",
        "DATE",
        "2022-01",
        None,
    ),
    ("The vote would be held on a long delayed date in March.", "March", "DATE", "2022-03", None),
    # "is to" + verb names a plan: the next such day or month.
    ("The stock is to resume trading in Paris Friday.", "Friday", "DATE", "2021-10-01", None),
    ("The two leaders are to meet in November.", "November", "DATE", "2021-11", None),
    ("The talks are to be held in March.", "March", "DATE", "2022-03", None),
    ("The storms are to blame for the losses in March.", "March", "DATE", "2021-03", None),
    ("The company plans a sale on Friday.", "Friday", "DATE", "2021-10-01", None),
    ("Under the plans, a vote follows in March.", "March", "DATE", "2022-03", None),
    ("The company reported a loss in March.", "March", "DATE", "2021-03", None),
    ("The family reported the theft on Friday.", "Friday", "DATE", "2021-09-24", None),
    ("In the near term, prices will rise.", "the near term", "DATE", "FUTURE_REF", None),
    ("It may hurt profit in the short term.", "the short term", "DATE", "FUTURE_REF", None),
    ("The terms will be set at a later date.", "a later date", "DATE", "FUTURE_REF", None),
    # A day with no tense around it is taken as past unless the next one is far nearer.
    ("The index is near its record high of Feb. 10.", "Feb. 10", "DATE", "2021-02-10", None),
    ("The index is near its record of Oct. 2.", "Oct. 2", "DATE", "2021-10-02", None),
    ("It is planned for next April.", "next April", "DATE", "2022-04", None),
    ("She is here now.", "now", "DATE", "PRESENT_REF", None),
    ("He is currently in Rome.", "currently", "DATE", "PRESENT_REF", None),
    ("Its current chairman resigned.", "current", "DATE", "PRESENT_REF", None),
    ("It forecast a gain for the full year.", "the full year", "DATE", "2021", None),
    ("For the year, volume was flat.", "the year", "DATE", "2021", None),
    ("Revenue fell in the first nine months of the year.", "the year", "DATE", "2021", None),
    ("Shares rose to a high for the year of $42 in June.", "the year", "DATE", "2021", None),
    ("Rain delayed planting earlier in the year.", "the year", "DATE", "2021", None),
    ("They could buy at the then current price.", "then current", "DATE", "PAST_REF", None),
    ("She recently moved.", "recently", "DATE", "PAST_REF", None),
    ("In the future, it may change.", "the future", "DATE", "FUTURE_REF", None),
    ("Islam will one day be the second religion.", "one day", "DATE", "FUTURE_REF", None),
    ("He arrived today.", "today", "DATE", "2021-09-29", None),
    ("He arrived yesterday.", "yesterday", "DATE", "2021-09-28", None),
    ("He arrives tomorrow.", "tomorrow", "DATE", "2021-09-30", None),
    ("It happened just yesterday.", "just yesterday", "DATE", "2021-09-28", None),
    ("It rained yesterday morning.", "yesterday morning", "TIME", "2021-09-28TMO", None),
    ("She sang this evening.", "this evening", "TIME", "2021-09-29TEV", None),
    ("She sang Tuesday night.", "Tuesday night", "TIME", "2021-09-28TNI", None),
    ("He was shot on the night of Friday, Sept. 3.", "Friday, Sept. 3", "DATE", "2021-09-03", None),
    ("The store opens at 9 a.m. tomorrow.", "9 a.m. tomorrow", "TIME", "2021-09-30T09:00", None),
    ("It closed at 5:30 p.m.", "5:30 p.m.", "TIME", "2021-09-29T17:30", None),
    (
        "The offer runs until 5 p.m. EST Nov. 9.",
        "5 p.m. EST Nov. 9",
        "TIME",
        "2021-11-09T17:00",
        None,
    ),
    ("They met at noon.", "noon", "TIME", "2021-09-29T12:00", None),
    ("It blew up at 10:35 a.m. (0735 GMT) Monday.", "10:35 a.m.", "TIME", "2021-09-27T10:35", None),
    ("By mid-afternoon, shares fell.", "mid-afternoon", "TIME", "2021-09-29TAF", None),
    (
        "Shares fell at mid-afternoon yesterday.",
        "mid-afternoon yesterday",
        "TIME",
        "2021-09-28TAF",
        None,
    ),
    ("He appears in court at midday.", "midday", "TIME", "2021-09-29T12:00", None),
    ("Profit rose in the third quarter.", "the third quarter", "DATE", "2021-Q3", None),
    (
        "Profit fell in the fourth quarter of last year.",
        "the fourth quarter of last year",
        "DATE",
        "2020-Q4",
        None,
    ),
    (
        "Profit rose in the third quarter, up from $5 million in last year's quarter.",
        "last year's quarter",
        "DATE",
        "2020-Q3",
        None,
    ),
    ("Prices rose over the weekend.", "the weekend", "DATE", "2021-W38-WE", None),
    ("We will know by the end of the year.", "the end of the year", "DATE", "2021", "END"),
    ("It was costly at year-end.", "year-end", "DATE", "2021", "END"),
    ("He visited last Christmas.", "last Christmas", "DATE", "2020-12-25", None),
    ("He saw her on Halloween.", "Halloween", "DATE", "2020-10-31", None),
    ("It was in June last year.", "June last year", "DATE", "2020-06", None),
    ("It changed in recent years.", "recent years", "DATE", "PAST_REF", None),
    ("Profit rose in the current fiscal year.", "the current fiscal year", "DATE", "2021", None),
    ("Profit fell in the latest fiscal year.", "the latest fiscal year", "DATE", "2020", None),
    ("It was popular in the '90s.", "the '90s", "DATE", "199", None),
    ("They wed in the nineties.", "the nineties", "DATE", "199", None),
    ("It was the best of this century.", "this century", "DATE", "20", None),
    # After a preposition of time, "March for" plus a plain word is the month.
    ("He resigned in March for health reasons.", "March", "DATE", "2021-03", None),
    ("Sales rose in March on strong demand.", "March", "DATE", "2021-03", None),
    (
        "Sales fell in the last two quarters of last year.",
        "the last two quarters of last year",
        "DATE",
        "2020-H2",
        None,
    ),
    (
        "Output will peak in the final quarter of next year.",
        "the final quarter of next year",
        "DATE",
        "2022-Q4",
        None,
    ),
    # "earlier in the week", "later in the month": the dateline's week or month.
    ("Earlier in the week, the mayor resigned.", "the week", "DATE", "2021-W39", None),
    ("Fuel prices eased late in the month.", "the month", "DATE", "2021-09", None),
    # "Q2" alone is the second quarter: the latest one, or the next when the sentence looks ahead.
    ("Revenue rose 6% in Q2.", "Q2", "DATE", "2021-Q2", None),
    ("Revenue will rise in Q4.", "Q4", "DATE", "2021-Q4", None),
    # A half of a year named from the dateline is that year's half.
    (
        "Hiring will pick up in the first half of next year.",
        "the first half of next year",
        "DATE",
        "2022-H1",
        None,
    ),
    (
        "Exports slowed in last year's second half.",
        "last year's second half",
        "DATE",
        "2020-H2",
        None,
    ),
    ("They wed in the fall of last year.", "the fall of last year", "DATE", "2020-FA", None),
    ("It opens in the spring of next year.", "the spring of next year", "DATE", "2022-SP", None),
    # "the week of" a day is the week that holds it.
    ("The trial opens the week of Oct. 11.", "the week of Oct. 11", "DATE", "2021-W41", None),
]

# Read in the dateline's century but reported as absolute values.
DECADES_WITHOUT_CENTURY = ("the '90s", "the ’90s", "the nineties")


@pytest.mark.parametrize(("sentence", "span", "type_", "value", "mod"), CASES)
def test_relative_date_resolves_against_the_dateline(sentence, span, type_, value, mod):
    claim = claim_for(sentence, span)
    assert (claim.type, claim.value, claim.mod) == (type_, value, mod)
    # A decade named without its century ("the '90s") is read in the dateline's century
    # but reported as absolute.
    if value and value[:1].isdigit() and span not in DECADES_WITHOUT_CENTURY:
        assert claim.anchor == "dateline"


@pytest.mark.parametrize(
    ("sentence", "span"),
    [
        (c[0], c[1])
        for c in CASES
        if c[3] and c[3][:1].isdigit() and c[1] not in (*DECADES_WITHOUT_CENTURY, "this century")
    ],
)
def test_without_a_dateline_relative_dates_keep_their_text_and_have_no_value(sentence, span):
    claim = claim_for(sentence, span, dateline=None)
    assert claim.value is None
    assert claim.anchor is None


@pytest.mark.parametrize(
    "sentence",
    [
        "The current was strong.",
        "The current account deficit grew.",
        "It was the year of the flood.",
        "It came after the fall of Rome.",
        "Forecasters warned that winter storms would come.",
        "It moved from a fiscal year to a calendar year.",
        "They live in that quarter of the city.",
        "He watched the film High Noon again.",
        "For the party, it is high noon.",
        "Traders cheered the fall in prices.",
        "A strong current of opinion.",
        "He may come.",
        "Every time you look, it changes.",
        "The day was long.",
        "She wore a March Madness shirt.",
        "A quarter of the vote went to him.",
        "He won by half a point.",
        "The daily reminder arrived.",
        "It was the time of her life.",
        "The fall of the empire was swift.",
        "He read the Sunday Times.",
        "Chelsea won 2-1.",
        "Add 1/2 cup.",
        "After 9/11 things changed.",
        "The second half of the game was better.",
        "A Second World War veteran spoke.",
        "It was a 50-50 split.",
        "Will Smith starred.",
        "Thousands joined the annual March for Life.",
        "Thousands marched in March for Our Lives.",
        "He spoke on ABC News' This Week.",
        "It will be a second betrayal.",
        "He won the day.",
        "They sold short-term notes.",
        "It has a near-term target.",
        "It matters in today's world.",
    ],
)
def test_look_alikes_are_not_dates(sentence):
    values = [(c.text, c.value) for c in find_dates(sentence, None)]
    texts = [t for t, _ in values]
    assert not [t for t in texts if t.lower() not in ("sunday",)], values
