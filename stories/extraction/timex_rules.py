"""The TIMEX3 recogniser: compiled patterns that find temporal expressions in English news.

Provides ``scan(text)``, which returns non-overlapping candidate spans in
reading order, each tagged with the rule that found it and its regex match.
It only finds; the values are computed in ``timex_values``. Pure Python:
no Django, no I/O. Patterns are compiled once at import and written so
that no rule can backtrack catastrophically (no nested unbounded
repetition), because stories may be megabytes without a newline.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import NamedTuple

from .scanning import OpeningScan

MONTHS = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sept": 9,
    "sep": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}
WEEKDAYS = {
    "monday": 1,
    "mon": 1,
    "tuesday": 2,
    "tue": 2,
    "tues": 2,
    "wednesday": 3,
    "wed": 3,
    "thursday": 4,
    "thu": 4,
    "thur": 4,
    "thurs": 4,
    "friday": 5,
    "fri": 5,
    "saturday": 6,
    "sat": 6,
    "sunday": 7,
    "sun": 7,
}
UNITS = {
    "second": "S",
    "minute": "M",
    "hour": "H",
    "day": "D",
    "night": "D",
    "week": "W",
    "weekend": "WE",
    "fortnight": "2W",
    "month": "M",
    "quarter": "Q",
    "year": "Y",
    "decade": "DE",
    "century": "CE",
    "centurie": "CE",
}
SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "tonight": "NI"}

_ONES = (
    "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    "fifteen|sixteen|seventeen|eighteen|nineteen"
)
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"


def _by_first_letter(alternatives: list[str]) -> str:
    """An alternation of ``alternatives`` (in the order they are tried) that matches the same,
    with those that open with the same letter grouped behind it ("t(?:wenty…|wo…|…)").

    In a pattern that ignores case the engine tries every word of a long alternation in turn
    at each word it meets; grouped, it reads a letter once and goes on only where the letter
    fits. Alternatives opening with different letters cannot match at the same place (no
    character matches two letters, case aside), so only the order within a group counts, and
    it is kept; an alternative that does not open with a plain letter keeps its place, and no
    group reaches across it.
    """
    parts: list[str] = []
    run: dict[str, list[str]] = {}
    for alternative in [*alternatives, ""]:
        if alternative[:1].isalpha() and alternative[1:2] not in ("?", "*", "+", "{"):
            run.setdefault(alternative[0].lower(), []).append(alternative[1:])
            continue
        parts.extend(
            letter + (_by_first_letter(rests) if rests != [""] else "")
            for letter, rests in run.items()
        )
        run = {}
        parts.append(alternative)
    parts.pop()  # (the empty end marker)
    return parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"


# A count: digits, a number in words, or a vague quantity ("several", "a few"); written out word
# by word in the order the engine tries them (tens, then ones, then the quantities).
NUM = _by_first_letter(
    [r"\d+(?:\.\d+)?(?:\s+1/2)?"]
    + [
        rf"{tens}(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine))?"
        for tens in _TENS.split("|")
    ]
    + [rf"{ones}(?:\s+and\s+a\s+half)?" for ones in _ONES.split("|")]
    + [r"a\s+hundred", r"one\s+hundred", r"a\s+dozen", r"dozens\s+of", r"a\s+couple\s+of"]
    + [r"a\s+couple", r"couple\s+of", r"a\s+few", "few", "several", "many", "some", "a", "an"]
)
MONTH_FULL = "January|February|March|April|May|June|July|August|September|October|November|December"
MONTH_ABBR = r"Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept\.|Sep\.|Oct\.|Nov\.|Dec\.|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
MONTH = rf"(?:{MONTH_FULL}|{MONTH_ABBR})"
WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon\.|Tues?\.|Wed\.|Thu(?:rs?)?\.|Fri\.|Sat\.|Sun\.)"
YEAR = r"(?:1[0-9]\d\d|20\d\d)"
DAY = r"(?:[0-3]?\d|4\d|5\d)(?:st|nd|rd|th)?"  # up to 59 so "the 45th" is seen and refused
UNIT = r"(?:second|minute|hour|day|night|week|weekend|fortnight|month|quarter|year|decade|centur(?:y|ie))s?"
SEASON = r"(?:spring|summer|fall|autumn|winter)"
PART = r"(?:morning|afternoon|evening|night)"
ORD = r"(?:first|second|third|fourth|1st|2nd|3rd|4th)"
# A year said in words, as broadcast transcripts write it: "nineteen ninety-four", "two thousand".
# (not a count: "In June two thousand workers were laid off", "two thousand fans"; a plural
# noun is written in lower case, so "In nineteen ninety-one Charles Keating" is a year)
SPOKEN_YEAR = rf"""(?:nineteen\s+(?:{_TENS})(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine))?
    |two\s+thousand(?:\s+and)?(?:\s+(?:{_ONES}))?)
    (?![-\s]+(?-i:(?!(?:was|is|has|says|saw|does|goes)\b)[a-z]+s|people|men|women|children)\b)"""
NOT_DIGIT_AFTER = r"(?![\d,]\d|\d|:\d|%|-(?:year|month|day))"


class Rule(NamedTuple):
    name: str
    pattern: re.Pattern[str]


def _rule(name: str, first: str, pattern: str) -> Rule:
    # The lookahead on the possible first characters is case-sensitive, so the regex
    # engine can skip most positions cheaply; the body itself ignores case. Without it
    # an IGNORECASE pattern tries every position of the text and runs several times slower.
    # (An alternative that opens with look-behinds is likewise tried at every place, inside
    # words too: a look-ahead on the letters its words start with, case aside, rules most
    # places out first, "(?=[Ww])(?<=\bon\s)weekends".)
    return Rule(name, re.compile(f"(?=[{first}])(?i:{pattern})", re.VERBOSE))


# Ordered by preference when two rules find spans of the same length at the same place.
RULES: tuple[Rule, ...] = (
    _rule(
        "time",
        "0-9NnMmOoTtFfSsEe",
        rf"""\b(?P<hour>[01]?\d|2[0-3])(?::(?P<minute>[0-5]\d))?\s*(?P<ampm>a\.m\.?|p\.m\.?|am\b|pm\b)
        (?:\s+(?:EDT|EST|ET|CDT|CST|CT|MDT|MST|MT|PDT|PST|PT|GMT|UTC|BST|local\s+time)\b)?
        (?:,?\s+(?:on\s+)?(?P<day>{WEEKDAY}|today|yesterday|tomorrow|(?-i:{MONTH})\s+[0-3]?\d\b(?!,?\s+\d)))?
        |\b(?P<hour2>[01]?\d|2[0-3]):(?P<minute2>[0-5]\d)\b(?!:\d|\.\d|,\d)
        |\b(?P<noon>noon|midnight)(?:\s+(?P<day2>{WEEKDAY}|today|yesterday|tomorrow))?
        |\b(?P<mid>mid[- ]?(?:morning|afternoon|day)|midday)(?:\s+(?P<day3>{WEEKDAY}|today|yesterday|tomorrow))?
        |\b(?P<hour3>one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{{1,2}})\s+o['’]clock""",
    ),
    _rule(
        "full_date",
        "MTWFSJAOND0-9Tt",
        rf"""(?:\b(?P<weekof>the\s+week\s+of)\s+)?(?:\b(?P<wd>{WEEKDAY}),?\s+)?
        (?:\b(?P<month>{MONTH})\s+(?P<day>{DAY})\b(?!\.\d|,\d{{3}})(?:,?\s+(?P<year>{YEAR})\b)?
        |(?:\bthe\s+)?\b(?P<day2>{DAY})(?:\s+of)?\s+(?P<month2>{MONTH})\b(?:,?\s+(?P<year2>{YEAR})\b)?)
        {NOT_DIGIT_AFTER}""",
    ),
    _rule("iso_date", "0-9", r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b(?!-)"),
    _rule(
        "numeric_date",
        "0-9",
        r"(?<![\d/.])\b(?P<m>\d{1,2})/(?P<d>\d{1,2})/(?P<y>\d{4}|\d{2})\b(?![/\d])",
    ),
    _rule(
        "month_year",
        "JFMASOND",
        rf"""\b(?P<month>{MONTH_FULL}|{MONTH_ABBR})(?:\s+of)?,?\s+(?P<year>{YEAR})\b{NOT_DIGIT_AFTER}
        |\b(?P<month2>{MONTH_FULL})\s+(?P<rel>last|this|next)\s+year\b
        |\b(?P<month3>{MONTH_FULL})(?:\s+of)?,?\s+(?P<spoken>{SPOKEN_YEAR})\b""",
    ),
    _rule(
        "relative_month",
        "LlNnTtPpCc",
        rf"\b(?P<rel>last|next|this|this\s+past|this\s+coming|past|coming|the\s+following|the\s+next|the\s+previous|that)\s+(?P<month>{MONTH_FULL})\b",
    ),
    _rule("month", "JFMASOND", rf"\b(?P<month>{MONTH_FULL})\b(?!\s*\d)"),
    _rule(
        "decade",
        "Tt0-9'",
        r"""(?:\bthe\s+)?(?P<dec>(?:1[0-9]|20)\d0)['’]?s\b
        |(?:\bthe\s+)?['’](?P<short>\d0)s\b
        |\bthe\s+(?P<word>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b""",
    ),
    _rule(
        "century",
        "Tt0-9LlNn",
        r"(?:\bthe\s+)?\b(?P<n>\d{1,2})(?:st|nd|rd|th)[-\s]century\b|\b(?P<rel>this|last|next)\s+century\b",
    ),
    _rule(
        "year",
        "FfCc0-9TtNn",
        rf"""(?:\b(?P<fiscal>fiscal|calendar|FY)\s*)?(?<![$#£€.,\d])(?:\b|(?<=\bFY))(?P<year>{YEAR})\b{NOT_DIGIT_AFTER}(?!\s*(?:percent|per\s+cent|%)|\.\d)
        |\b(?:the\s+year\s+)?(?P<spoken>{SPOKEN_YEAR})\b""",
    ),
    _rule(
        "quarter",
        "TtLlNnFf0-9SsCcPpYyRrQqHh",
        rf"""(?:\bthe\s+)?(?:\b(?P<year>{YEAR})(?:['’]s)?\s+|\b(?P<rel0>this|last|next)\s+year['’]s\s+)?(?:\bthe\s+)?(?:\b(?P<fiscal>fiscal)\s+)?
        \b(?:(?P<ord>{ORD}|final|latest|current|previous|past|last|same|comparable|year-earlier|year-ago|recent|fiscal|this|that|first\s+two|last\s+two)[-\s](?:fiscal[-\s])?)?
        (?P<unit>quarter|half)(?P<plural>s)?\b(?!-?(?:point|percent|mile|inch|hour|century)|-to-)
        (?:\s+of\s+(?:fiscal\s+)?(?:(?P<year2>{YEAR})\b|(?P<rel>this|last|next)\s+year\b)
        |\s+(?P<back>a\s+year\s+(?:ago|earlier))\b)?""",
    ),
    # Quarters and halves as business news writes them: "Q3", "Q2 2021", "2021 Q4", "H1 2020".
    _rule(
        "quarter_code",
        "QH0-9",
        rf"""(?:\b(?P<year0>{YEAR})\s+)?\b(?-i:(?P<unit>[QH])(?P<n>[1-4]))\b
        (?:\s+(?:of\s+)?(?:fiscal\s+|(?-i:FY)\s?)?(?P<year>{YEAR})\b{NOT_DIGIT_AFTER})?""",
    ),
    _rule(
        "holiday",
        "LlNnTtPpCcIJFHVEMBG",
        rf"""\b(?:(?P<rel>last|next|this|this\s+past|this\s+coming|past|coming)\s+)?
        (?P<name>Thanksgiving(?:\s+Day)?|Christmas(?:\s+Day|\s+Eve)?|New\s+Year['’]s(?:\s+Day|\s+Eve)?|Independence\s+Day|July\s+Fourth|Fourth\s+of\s+July
        |Halloween|Valentine['’]s\s+Day|Election\s+Day|Easter(?:\s+Sunday)?|Labor\s+Day|Memorial\s+Day|Veterans\s+Day|Boxing\s+Day
        |Good\s+Friday|Mother['’]s\s+Day|Father['’]s\s+Day)\b(?:,?\s+(?P<year>{YEAR})\b)?""",
    ),
    _rule(
        "period_end",
        "YyMmTt",
        r"""\b(?P<what>year-end|year\s+end|year['’]s\s+end|month-end|the\s+(?P<edge>end|beginning|start|middle|close|rest)\s+of\s+the\s+(?P<unit>year|month|week|decade|century|day|quarter))\b""",
    ),
    _rule("the_year", "Tt", r"\bthe\s+(?P<full>full\s+)?year\b(?![-'’])"),
    # "earlier in the week", "later in the month": the week or month under discussion.
    _rule(
        "in_the_unit",
        "Tt",
        r"""(?:(?<=\bearlier\sin\s)|(?<=\blater\sin\s)|(?<=\bearly\sin\s)|(?<=\blate\sin\s))
        the\s+(?P<unit>week|month)\b(?![-'’])""",
    ),
    _rule(
        "period",
        "Tt0-9LlSsCc",
        rf"""(?:\bthe\s+)?\b(?:(?P<year>{YEAR})|(?P<which>latest|same|comparable|corresponding))\s+period\b
        (?:\s+(?P<back>last\s+year|a\s+year\s+(?:ago|earlier))\b)?""",
    ),
    _rule(
        "fiscal_year",
        "TtCcLlPpNnFf",
        r"\b(?:the\s+)?(?:(?P<rel>current|latest|previous|past|last|next|new|coming|prior)\s+)?fiscal\s+year\b(?!\s*(?:['’]s\s+)?\d)(?!\s+(?:19|20)\d\d)",
    ),
    _rule(
        "year_ago_adj",
        "YyAaTt",
        r"\b(?P<what>year-earlier|year-ago|the\s+year-earlier\s+period|the\s+year-ago\s+period)\b",
    ),
    _rule(
        "weekend",
        "TtLlNn",
        r"\b(?P<rel>the|this|last|next|this\s+past|this\s+coming|that)\s+weekend\b",
    ),
    _rule(
        "deictic",
        "JjTtYy",
        rf"""(?:\bjust\s+)?\b(?P<word>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|today|tonight|tomorrow|yesterday)
        (?:['’]s)?(?:\s+(?P<part>{PART}))?\b""",
    ),
    _rule(
        "this_part",
        "TtLlEe",
        rf"\b(?P<rel>this|that|last|the\s+next|the\s+previous|the\s+following|early\s+this|late\s+this)\s+(?P<part>{PART})\b",
    ),
    _rule(
        "weekday",
        "LlNnTtPpCcMWFS",
        rf"""\b(?:(?P<rel>last|next|this|this\s+past|this\s+coming|past|coming|the\s+following|the\s+previous)\s+)?
        (?P<wd>{WEEKDAY})(?P<plural>s)?(?:['’]s)?\b
        (?:\s+(?P<part>{PART})(?P<plural2>s)?\b)?""",
    ),
    _rule(
        "part_of_weekday",
        "MmAaEeNn",
        rf"\b(?P<part>{PART})\s+of\s+(?P<wd>{WEEKDAY})\b",
    ),
    _rule(
        "season",
        "TtLlNnPpCcEeMmIiSsFfAaWw",
        rf"""\b(?P<rel>this|last|next|this\s+past|this\s+coming|past|coming|early|late|mid-?|the\s+following|the\s+next|the\s+previous|the|that)\s+(?P<season>{SEASON})\b(?:\s+(?:of\s+)?(?:(?P<year>{YEAR})|(?P<spoken>{SPOKEN_YEAR}))\b
        |\s+of\s+(?P<year_rel>last|this|next)\s+year\b)?
        |\b(?P<season2>{SEASON})(?:\s+of)?\s+(?P<year2>{YEAR})\b""",
    ),
    _rule(
        "relative_unit",
        "TtLlNnPpCcEe",
        r"""\b(?P<rel>this|last|next|past|previous|coming|current|the\s+past|the\s+last|the\s+previous|the\s+next|the\s+coming|the\s+current|the\s+same|the\s+following|that|the\s+prior|later\s+that|earlier\s+that)
        \s+(?P<unit>day|week|weekend|month|year|decade|fortnight)\b(?!-)""",
    ),
    _rule(
        "ago",
        "0-9OoTtFfSsEeNnAaMmCcDdHh",
        rf"""\b(?P<num>{NUM})[-\s]+(?P<unit>{UNIT})(?P<half>\s+and\s+a\s+half)?\s+
        (?P<dir>ago|earlier|later|before|after|back|hence|from\s+now|previously|prior)\b""",
    ),
    _rule(
        "vague_ago",
        "SsMmHhDdNnWwFfQqYyCc",
        rf"\b(?P<unit>{UNIT})\s+(?P<dir>ago|earlier|later|before)\b",
    ),
    _rule(
        "anchored_day",
        "Tt",
        r"""\b(?P<what>the\s+(?:following|next|previous|prior|preceding)\s+(?:day|morning|evening|night|week|month|year)
        |the\s+(?:day|week|month|year|night)\s+(?:before|after)
        |(?:that|the)\s+(?:same\s+)?day|that\s+night|that\s+morning|that\s+year|that\s+month|that\s+week)\b(?!\s+(?:of|when|that)\b)""",
    ),
    _rule(
        "duration",
        "0-9OoTtFfSsEeNnAaMmCcDdHh",
        rf"""\b(?P<num>{NUM})[-\s]+(?:more\s+|additional\s+|straight\s+|consecutive\s+|full\s+|long\s+|trading\s+|business\s+|working\s+)?(?P<unit>{UNIT})\b(?P<adj>-long|-plus)?(?P<half>\s+and\s+a\s+half\b)?(?!-old|\s+old\b)""",
    ),
    _rule(
        "span_duration",
        "TtPpLlNnRrCcOo",
        rf"""\b(?P<lead>the\s+(?:past|last|next|first|final|previous|coming|latest|remaining|preceding|following)|past|last|next|recent|coming|the)
        \s+(?:(?P<num>{NUM})\s+)?(?P<unit>{UNIT})\b(?!-)""",
    ),
    _rule(
        "vague_duration",
        "SsMmHhDdNnWwFfQqYyCcRr",
        r"""(?:(?=[YyMmWwDdHhCc])(?:(?<=\bfor\s)|(?<=\bover\s)|(?<=\bwithin\s)|(?<=\bin\s))|\brecent\s+|\bcoming\s+)(?P<unit>years|months|weeks|days|hours|minutes|decades|centuries)\b
        |\b(?P<unit3>years|months|weeks|days|hours|decades)-long\b
        |\b(?P<unit2>decades|centuries)\b""",
    ),
    # A rule of its own: "the" is frequent, and trying it inside the rule above was slow.
    _rule(
        "the_vague_duration",
        "Tt",
        r"""\bthe\s+(?P<ahead>years|months|weeks|days)\s+ahead\b
        |(?:(?<=\bover\s)|(?<=\bin\s)|(?<=\bthrough\s)|(?<=\bduring\s))the\s+(?P<span>years|decades)\b(?!\s+(?:of|ahead|before|after|since|between|from|to)\b)""",
    ),
    _rule(
        "set",
        "EePpHhDdNnWwBbMmAaYySsOoTtQq0-9MTWFS",
        rf"""\b(?P<every>every|each|per)\s+(?:(?P<other>other|single)\s+)?(?:(?P<num>\d+|two|three|four|five|six|few|several)\s+)?
        (?P<unit>second|minute|hour|day|night|week|weekend|month|quarter|year|decade|morning|afternoon|evening|{WEEKDAY}|{SEASON}|{MONTH_FULL})s?\b
        |\b(?P<adv>hourly|daily|nightly|weekly|biweekly|monthly|quarterly|annually|yearly|semiannually)\b
        |(?=[Ww])(?:(?<=\bon\s)|(?<=\bduring\s))(?P<weekends>weekends)\b
        |\b(?P<freq>once|twice|three\s+times|\d+\s+times|several\s+times|many\s+times)\s+(?:a|per|each)\s+(?P<unit2>day|week|month|year|decade)\b
        |\b(?P<wdp>Mondays|Tuesdays|Wednesdays|Thursdays|Fridays|Saturdays|Sundays)\b""",
    ),
    _rule(
        "reference",
        "RrNnCcPpAaTtLlIiFf",
        r"""\b(?P<present>right\s+now|now|currently|nowadays|presently|at\s+present|these\s+days|at\s+the\s+moment|this\s+time)\b
        |\b(?P<past>recently|lately|recent\s+(?:years|months|weeks|days|times)|in\s+the\s+past|the\s+past|formerly)\b(?!\s+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|few|several|many|year|month|week|day|decade|century|quarter))
        |\b(?P<future>the\s+future|the\s+near\s+future|the\s+coming\s+(?:years|months|weeks|days)|the\s+(?:near|short)\s+term|a\s+(?:later|future)\s+date)\b(?!-)
        |(?-i:\b(?P<adj>then\s+current|current)\b(?=\s[a-z])(?!\s(?:was|is|were|are|of|in|on|and|or|to|from|at|that|which|flows?|swept|carried|account|accounts|assets|liabilities|affairs|events)\b))""",
    ),
)

RULE_RANK = {rule.name: index for index, rule in enumerate(RULES)}


def _keyword(words: str) -> re.Pattern[str]:
    """A case-sensitive trigger regex; each word also matches with its first letter capitalised."""
    parts: list[str] = []
    for word in words.split("|"):
        parts.append(word)
        if word[0].isalpha() and word[0].upper() != word[0]:
            # Plain alternatives (not "[qQ]uarter") keep the engine's fast first-character scan.
            parts.append(word[0].upper() + word[1:])
    return re.compile("|".join(parts))


_UNIT_TRIGGER = _keyword(
    "second|minute|hour|day|night|week|fortnight|month|quarter|year|decade|centur"
)
_MONTH_TRIGGER = _keyword("Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec")
_WEEKDAY_TRIGGER = _keyword("Mon|Tue|Wed|Thu|Fri|Sat|Sun")
# Shared trigger objects are scanned once (windows are cached per trigger).
_PERIOD_TRIGGER = _keyword("quarter|half|period")
# Every match of a rule contains one of its trigger words, so the rule runs only in
# windows around them (the text before the trigger may hold "the", "late", a weekday...).
# Triggers are plain literals, which the regex engine finds far faster than a full rule.
_TRIGGERS: dict[str, re.Pattern[str]] = {
    "time": _keyword(
        r"a\.m|p\.m|am\b|pm\b|AM\b|PM\b|noon|midnight|mid-|mid morning|mid afternoon|mid day|midmorning|midafternoon|midday|o['’]clock|:\d\d"
    ),
    "full_date": _MONTH_TRIGGER,
    "month_year": _MONTH_TRIGGER,
    "relative_month": _MONTH_TRIGGER,
    "month": _MONTH_TRIGGER,
    "iso_date": re.compile(r"\d\d\d\d-\d\d-\d\d"),  # (not "\d{4}": a class first skips fast)
    "numeric_date": re.compile(r"\d/\d"),
    "decade": re.compile(r"0['’]?s\b|ties\b"),
    "century": re.compile(r"[Cc]entury"),
    # (The look-ahead names every first letter: the engine rules most places out with it.)
    "year": re.compile(r"(?=[\dNnTt])(?:\d\d\d\d|[Nn]ineteen|[Tt]wo thousand)"),
    "quarter": _PERIOD_TRIGGER,
    "quarter_code": re.compile(r"Q[1-4]|H[12]"),
    "holiday": _keyword(
        "Thanksgiving|Christmas|New Year|Independence|July|Fourth|Halloween|Valentine|Election|Easter|Labor|Memorial|Veterans|Boxing|Good Friday|Mother|Father"
    ),
    "period_end": _keyword("end|beginning|start|middle|close|rest"),
    "year_ago_adj": _keyword("year-|year earlier"),
    "fiscal_year": _keyword("fiscal year"),
    "period": _PERIOD_TRIGGER,
    "the_year": _UNIT_TRIGGER,
    "in_the_unit": _keyword("week|month"),
    "weekend": _keyword("weekend"),
    "deictic": _keyword("today|tonight|tomorrow|yesterday"),
    "this_part": _keyword("morning|afternoon|evening|night"),
    "weekday": _WEEKDAY_TRIGGER,
    "part_of_weekday": _WEEKDAY_TRIGGER,
    "season": _keyword("spring|summer|fall|autumn|winter"),
    "relative_unit": _keyword("day|week|month|year|decade|fortnight"),
    "ago": _UNIT_TRIGGER,
    "vague_ago": _UNIT_TRIGGER,
    "anchored_day": _keyword("day|week|month|year|night|morning|evening"),
    "duration": _UNIT_TRIGGER,
    "span_duration": _UNIT_TRIGGER,
    "vague_duration": _keyword("years|months|weeks|days|hours|minutes|decades|centuries"),
    "the_vague_duration": _keyword("years|months|weeks|days|decades"),
    "set": _keyword(
        "every|each|per |hourly|daily|nightly|weekly|monthly|quarterly|annually|yearly|weekends|times|once|twice|Mondays|Tuesdays|Wednesdays|Thursdays|Fridays|Saturdays|Sundays"
    ),
    "reference": _keyword(
        "now|current|present|moment|these days|this time|recent|lately|past|formerly|future|near term|short term|later date"
    ),
}
_BACK = 64  # enough for the longest lead before a trigger ("the day before yesterday", "Wednesday, the 5th of ")
_AHEAD = 48  # enough for what follows a trigger ("quarter of fiscal 1989", "a.m. EDT Thursday")


# A trigger whose hits are those of its parts together. The year's digits and its words share
# no character, so no hit of one part overlaps a hit of the other, and the two scans give the
# trigger's own hits between them; the words then join the pass below, and the digits alone
# make a plain class the engine skips ahead on.
_TRIGGER_PARTS: dict[re.Pattern[str], tuple[re.Pattern[str], ...]] = {
    _TRIGGERS["year"]: (
        re.compile(r"\d\d\d\d"),
        re.compile(r"Nineteen|nineteen|Two thousand|two thousand"),
    ),
}
# One pass finds every trigger's hits: each is tried only where one of its literal
# openings stands, which gives the spans scanning it on its own would.
_TRIGGER_SCAN = OpeningScan(
    [part for trigger in _TRIGGERS.values() for part in _TRIGGER_PARTS.get(trigger, (trigger,))]
)


def _merge_windows(hits: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    windows: list[tuple[int, int]] = []
    for hit_start, hit_end in hits:
        start, end = max(0, hit_start - _BACK), hit_end + _AHEAD
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(windows[-1][1], end))
        else:
            windows.append((start, end))
    return windows


# Words every match of a rule holds, case aside (one word of each group): a window that lacks
# every word of a group cannot hold a match (which lies inside its window), and the rule is not
# tried there. Most windows around a unit ("three years", "that day") hold no "ago" or
# "period", and a word test on the lowered window is several times cheaper than the rule's scan.
_REQUIRED: dict[str, tuple[tuple[str, ...], ...]] = {
    # a year (1xxx or 20xx, or said in words) or "last year"
    "month_year": (("1", "2", "year", "nineteen", "two thousand"),),
    "relative_month": (
        ("last", "next", "this", "past", "coming", "following", "previous", "that"),
    ),
    "quarter": (("quarter", "half"),),
    "period_end": (
        ("end", "beginning", "start", "middle", "close", "rest"),
        ("year", "month", "week", "decade", "century", "day", "quarter"),
    ),
    "the_year": (("the",), ("year",)),
    "in_the_unit": (("earl", "late"), ("week", "month")),
    "period": (("period",),),
    "year_ago_adj": (("year-",),),
    "part_of_weekday": (("morning", "afternoon", "evening", "night"),),
    "relative_unit": (
        ("this", "last", "next", "past", "previous", "coming", "current", "same", "following")
        + ("that", "prior"),
    ),
    "ago": (
        ("ago", "earlier", "later", "before", "after", "back", "hence", "from", "previously")
        + ("prior",),
    ),
    "vague_ago": (("ago", "earlier", "later", "before"),),
}


def _holds_one_of_each(low: str, groups: tuple[tuple[str, ...], ...]) -> bool:
    """Whether ``low`` contains some word of every group (as plain substrings: the words hold
    no regex syntax, and ``in`` on a short window is several times cheaper than a regex search)."""
    for group in groups:
        for word in group:
            if word in low:
                break
        else:
            return False
    return True


# The characters outside ASCII that the engine, ignoring case, takes for an ASCII letter ("ſ"
# for "s", the Kelvin sign for "k"; "İ" also lowers to two characters): in a text that holds
# one, a lowered window may lack a word a rule matches there, and every rule is tried.
_FOLDING_TO_ASCII = "İıſK"


class Candidate(NamedTuple):
    start: int
    end: int
    rule: str
    match: re.Match[str]


def scan(text: str) -> list[Candidate]:
    """Every candidate span in ``text``, sorted leftmost-longest first, then by rule order.

    Candidates overlap; the caller keeps the first one at each place whose value
    rules accept it, so a rule can refuse a look-alike and let a shorter reading win.
    """
    found: list[Candidate] = []
    hits = _TRIGGER_SCAN.matches(text)
    cache: dict[int, list[tuple[int, int]]] = {}
    for trigger in _TRIGGERS.values():
        if id(trigger) not in cache:
            parts = _TRIGGER_PARTS.get(trigger, (trigger,))
            spans = [hit.span() for part in parts for hit in hits[part]]
            if len(parts) > 1:
                spans.sort()  # (the parts' hits never overlap: in order, as one scan gives them)
            cache[id(trigger)] = _merge_windows(spans)
    words_tell = text.isascii() or not any(ch in text for ch in _FOLDING_TO_ASCII)
    lowered: dict[tuple[int, int], str] = {}  # (each window lowered once, for every rule)
    for rule in RULES:
        trigger = _TRIGGERS.get(rule.name)
        spans = [(0, len(text))] if trigger is None else cache[id(trigger)]
        required = _REQUIRED.get(rule.name) if words_tell else None
        for window in spans:
            window_start, window_end = window
            if required is not None:
                low = lowered.get(window)
                if low is None:
                    low = lowered[window] = text[window_start:window_end].lower()
                if not _holds_one_of_each(low, required):
                    continue
            for match in rule.pattern.finditer(text, window_start, window_end):
                if match.end() > match.start():
                    found.append(Candidate(match.start(), match.end(), rule.name, match))
    found.sort(key=lambda c: (c.start, -(c.end - c.start), RULE_RANK[c.rule]))
    return found
