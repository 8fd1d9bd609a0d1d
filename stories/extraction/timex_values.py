"""TIMEX3 normalisation: the type, value and mod of each candidate the recogniser found.

Provides ``resolve(text, candidates, ref_at)``: walks the candidates in
reading order, refuses look-alikes, and computes values against the
reference time of each position (the dateline, or the post a quote came
from) or, for "one month later" style expressions, against the last date
the text named. It never guesses: what cannot be resolved gets value None.
Pure Python: no Django, no I/O.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable
from typing import NamedTuple

from .lexicon import ABBREVIATIONS, ABBREVIATIONS_BEFORE_NUMBER
from .numbers import ONES, TENS, words_value
from .scanning import word_trie
from .timex_rules import MONTHS, PARTS_OF_DAY, SEASONS, UNITS, WEEKDAYS, Candidate


class Ref(NamedTuple):
    """A reference time: a date known to the day ("D") or only to the month ("M")."""

    date: dt.date
    precision: str
    label: str


class Found(NamedTuple):
    start: int
    end: int
    type: str
    value: str | None
    mod: str | None
    anchor: str | None


class _Point(NamedTuple):
    """A resolved date at a granularity: D, W, M, Q, H (half), S (season), Y."""

    date: dt.date
    gran: str
    extra: str = ""  # the quarter, half or season code when gran is Q, H or S


_COARSENESS = {"D": 0, "W": 1, "M": 2, "S": 3, "Q": 3, "H": 4, "Y": 5}


def _fmt(point: _Point) -> str:
    d = point.date
    if point.gran == "D":
        return f"{d.year:04d}-{d.month:02d}-{d.day:02d}"
    if point.gran == "W":
        year, week, _ = d.isocalendar()
        return f"{year:04d}-W{week:02d}"
    if point.gran == "M":
        return f"{d.year:04d}-{d.month:02d}"
    if point.gran in ("Q", "H", "S"):
        return f"{d.year:04d}-{point.extra}"
    return f"{d.year:04d}"


def _coarsen(point: _Point, ref: Ref) -> _Point:
    # A day computed from a month-precision reference is only known to the month.
    # "Just yesterday" in a post known only to the month is that month: the day is
    # unknown, so the post's month is the best honest answer.
    if ref.precision == "M" and _COARSENESS[point.gran] < _COARSENESS["M"]:
        return _Point(ref.date, "M")
    return point


def _add_months(d: dt.date, months: int) -> dt.date:
    index = d.year * 12 + d.month - 1 + months
    year, month = divmod(index, 12)
    if year < 1 or year > 9999:
        raise OverflowError
    return dt.date(year, month + 1, min(d.day, calendar.monthrange(year, month + 1)[1]))


def _shift(d: dt.date, unit: str, n: int) -> dt.date:
    if unit == "D":
        return d + dt.timedelta(days=n)
    if unit in ("W", "WE"):
        return d + dt.timedelta(weeks=n)
    if unit == "2W":
        return d + dt.timedelta(weeks=2 * n)
    if unit == "M":
        return _add_months(d, n)
    if unit == "Q":
        return _add_months(d, 3 * n)
    if unit == "Y":
        return _add_months(d, 12 * n)
    if unit == "DE":
        return _add_months(d, 120 * n)
    if unit == "CE":
        return _add_months(d, 1200 * n)
    raise ValueError(unit)


_WORD_NUMBERS = ONES
_TENS_NUMBERS = TENS
_VAGUE = {"a few", "few", "several", "many", "some", "dozens of"}
_WS = re.compile(r"[\s-]+")


def _number(raw: str) -> float | None:
    """The count a NUM token stands for; None when it is vague ("several")."""
    words = _WS.sub(" ", raw.lower()).strip()
    if words in _VAGUE:
        return None
    if words in ("a", "an", "one"):
        return 1
    if words in ("a couple of", "a couple", "couple of"):
        return 2
    if words == "a dozen":
        return 12
    if words in ("a hundred", "one hundred"):
        return 100
    half = 0.0
    if words.endswith(" 1/2"):
        words, half = words[:-4], 0.5
    if words.endswith(" and a half"):
        words, half = words[:-11], 0.5
    try:
        return float(words) + half
    except ValueError:
        pass
    total = words_value(words.split())
    return None if total is None else total + half


def _duration(n: float | None, unit: str) -> str:
    """A TIMEX3 duration value: P3Y, PT5H, P2Y6M, PXD for a vague count."""
    time_units = {"H": "H", "MIN": "M", "S": "S"}
    if unit == "WE":
        return "P2D" if n == 1 else ("PXWE" if n is None else f"P{_num(n)}WE")
    if unit == "2W":
        return "PXW" if n is None else f"P{_num(2 * n)}W"
    if unit == "DE":
        return "PXDE" if n is None else f"P{_num(10 * n)}Y"
    if unit == "CE":
        return "PXCE" if n is None else f"P{_num(100 * n)}Y"
    if unit == "Q":
        return "PXQ" if n is None else f"P{_num(3 * n)}M"
    prefix = "PT" if unit in time_units else "P"
    letter = time_units.get(unit, unit)
    if n is None:
        return f"{prefix}X{letter}"
    if n != int(n):
        whole = int(n)
        if unit == "Y":
            return f"P{whole}Y6M" if whole else "P6M"
        if unit == "H":
            return f"PT{whole}H30M" if whole else "PT30M"
        if unit == "D":
            return f"P{whole}DT12H" if whole else "PT12H"
        if unit == "MIN":
            return f"PT{whole}M30S" if whole else "PT30S"
    return f"{prefix}{_num(n)}{letter}"


def _num(n: float) -> str:
    return str(int(n)) if n == int(n) else f"{n:g}"


def _unit(raw: str, follows_time: bool = False) -> str:
    word = raw.lower()
    if word.endswith("ies"):
        word = word[:-3] + "y"
    elif word.endswith("s") and word != "centurie":
        word = word[:-1]
    code = UNITS.get(word, "")
    if word == "minute":
        return "MIN"
    if word == "second":
        return "S"
    return code


# --- tense: decides whether a bare "Friday" or "December" is the last one or the next one.
# Tense markers. The one nearest the date decides: "said the sale would close in
# mid-November" is future (would), "she penned an essay in late October" past (penned).
# Words are looked up in sets rather than matched by one large case-blind regex,
# which was the slowest step of the whole extraction.
_FUTURE_WORDS = frozenset(
    [
        "will",
        "won't",
        "shall",
        "going",
        "plan",
        "plans",
        "planned",
        "scheduled",
        "expect",
        "expects",
        "expected",
        "anticipated",
        "intend",
        "intends",
        "would",
        "could",
        "might",
        "due",
        "upcoming",
        "forthcoming",
        "next",
        "tomorrow",
        "until",
        "starting",
        "planning",
        "preparing",
        # A timetable in the present tense: "the trial begins Monday", "filming wraps in
        # March", "Ohio State opens at home at noon Saturday".
        "begins",
        "starts",
        "opens",
        "kicks",
        "wraps",
        "expires",
        "airs",
        "premieres",
        "debuts",
        "resumes",
        "runs",
        "closes",
        "ends",
        "meets",
        "hosts",
        "plays",
        "faces",
        "visits",
        "arrives",
        "departs",
        "returns",
        "intending",
        "beginning",
        "effective",
    ]
)
_PAST_WORDS = frozenset(
    [
        "was",
        "were",
        "had",
        "did",
        "said",
        "told",
        "ago",
        "last",
        "earlier",
        "previously",
        "wrote",
        "saw",
        "met",
        "went",
        "came",
        "gave",
        "made",
        "took",
        "began",
        "left",
        "won",
        "lost",
        "got",
        "found",
        "became",
        "brought",
        "bought",
        "thought",
        "felt",
        "kept",
        "held",
        "led",
        "ran",
        "sat",
        "spoke",
        "stood",
        "sent",
        "spent",
        "built",
        "fell",
        "grew",
        "knew",
        "paid",
        "rose",
        "sold",
        "taught",
        "caught",
        "fought",
        "chose",
        "drove",
        "flew",
        "forgot",
        "hid",
        "meant",
        "rode",
        "sang",
        "shook",
        "shot",
        "slept",
        "stole",
        "struck",
        "swore",
        "threw",
        "understood",
        "woke",
        "wore",
        "broke",
        "ate",
        "drank",
        "sought",
    ]
)
_TENSE_MARKER = re.compile(
    # Matched against the lower-cased window: a case-blind regex is several times slower.
    r"\b(?:(?P<future>"
    + word_trie(_FUTURE_WORDS)
    + r")|(?P<past>"
    + word_trie(_PAST_WORDS)
    + r"|[a-z]{3,}ed))\b|['’]ll\b"
)
# Past verbs whose "to" infinitive names a later event ("agreed to buy it in February").
_FORWARD_VERBS = frozenset(
    [
        "agreed",
        "decided",
        "promised",
        "pledged",
        "vowed",
        "offered",
        "proposed",
        "hoped",
        "supposed",
        "slated",
        "voted",
        "aimed",
    ]
)
# "urged residents to get shots before Christmas", "asked the court to rule by May":
# the verb asks for something still to happen, so its date is a later one.
_OBJECT_CONTROL_VERBS = frozenset(
    ["urged", "asked", "encouraged", "ordered", "pressed", "advised", "invited", "told"]
)
_OBJECT_TO_INFINITIVE = re.compile(
    r"(?: (?!to\b)[a-z’'-]+){1,3} to (?!the\b|a\b|an\b|his\b|her\b|its\b|their\b|\d)[a-z]+"
)
# Words ending in "-ed" that are no past tense ("will succeed him Feb. 1").
_NOT_PAST = frozenset(
    [
        "succeed",
        "proceed",
        "exceed",
        "need",
        "indeed",
        "speed",
        "feed",
        "seed",
        "breed",
        "hundred",
        "sacred",
        "naked",
        "wicked",
    ]
)
_TO_INFINITIVE = re.compile(r" to (?!the\b|a\b|an\b|his\b|her\b|its\b|their\b|\d)[a-z]+")
_HAD_BEEN = re.compile(r"\bhad\s+been\s+$")
_AFTER_BE = re.compile(r"\b(?:be|been|being|is|are|am)\s+$")
# "a still unspecified date", "the newly formed unit": an "-ed" word right after a
# determiner (and at most an adverb) is an adjective, not a past tense.
_AFTER_DETERMINER = re.compile(
    r"\b(?:a|an|the|its|their|his|her|our|this|these|those)\s+(?:(?:still|not|yet|well|much|long|newly|recently|previously|widely|highly|hastily|heavily|largely|closely|jointly|privately|publicly|specially|poorly|badly|so-called)\s+)?$"
)
# "is to resume trading Tuesday", "are to meet in May": a plan, so a later time.
_BE_TO = re.compile(r"\b(?:is|are|am)\s+(?:not\s+)?(?:due\s+)?to\s+(?!blame\b|say\b)[a-z]+\b")


def _markers(window: str) -> list[tuple[int, int, str]]:
    """(start, end, tense) of each tense marker in a window; participles after "be" skipped."""
    lowered = window.lower()
    found = []
    for m in _TENSE_MARKER.finditer(lowered):
        if m.group("past"):
            word = m.group("past")
            if word in _NOT_PAST:
                continue
            if (word in _FORWARD_VERBS and _TO_INFINITIVE.match(lowered, m.end())) or (
                word in _OBJECT_CONTROL_VERBS and _OBJECT_TO_INFINITIVE.match(lowered, m.end())
            ):
                # "agreed to buy it in February", "is supposed to end by May": the event
                # lies after the verb's time, so it counts as future.
                found.append((m.start(), m.end(), "future"))
                continue
            # "will be held": a participle, not a past tense.
            if _AFTER_BE.search(lowered, max(0, m.start() - 7), m.start()):
                continue
            if (
                word.endswith("ed")
                and word not in _PAST_WORDS
                and _AFTER_DETERMINER.search(lowered, max(0, m.start() - 24), m.start())
            ):
                continue
            found.append((m.start(), m.end(), "past"))
        elif _HAD_BEEN.search(lowered, max(0, m.start() - 9), m.start()):
            # "it had been due to expire Friday": a plan already overtaken, so the past.
            found.append((m.start(), m.end(), "past"))
        else:
            found.append((m.start(), m.end(), "future"))
    if "to " in lowered:
        found.extend((b.start(), b.end(), "future") for b in _BE_TO.finditer(lowered))
        found.sort()
    return found


# A period after an abbreviation ("Sept. 14", "Mr. Smith", "Corp.", "U.S.") or an initial
# does not end the sentence whose verbs decide the tense; after any other word ("a dry
# June and July. The city will...") it does.
_SENTENCE_END = re.compile(r"[.!?\n][\"'”’)]*\s")
_WORD_BEFORE_PERIOD = re.compile(r"([A-Za-z.]+)$")


def _ends_sentence(window: str, match: re.Match[str]) -> bool:
    if window[match.start()] != ".":
        return True
    word = _WORD_BEFORE_PERIOD.search(window, max(0, match.start() - 12), match.start())
    if word is None:
        return True
    word_text = word.group(1).lower().lstrip(".")
    if word_text in ABBREVIATIONS_BEFORE_NUMBER:
        return not window[match.end() : match.end() + 1].isdigit()  # "No. 5", "voted no."
    return len(word_text) > 1 and word_text not in ABBREVIATIONS


def _sentence(text: str, start: int, end: int) -> tuple[str, str]:
    """The text before and after a span, within its sentence (bounded, so long texts stay linear)."""
    before = text[max(0, start - 160) : start]
    for match in reversed(list(_SENTENCE_END.finditer(before))):
        if _ends_sentence(before, match):
            before = before[match.end() :]
            break
    after = text[end : end + 120]
    for match in _SENTENCE_END.finditer(after):
        if _ends_sentence(after, match):
            after = after[: match.start()]
            break
    return before, after


# "the first storm since early January": whatever the verbs say, "since" looks back.
_SINCE_BEFORE = re.compile(
    r"(?i)\bsince\s+(?:(?:early|late|mid-?|the\s+(?:start|end|beginning|middle)\s+of)\s*)?$"
)


def _tense(text: str, start: int, end: int) -> str | None:
    """ "future", "past", "since" (surely past) or None, from the words around a span."""
    if _SINCE_BEFORE.search(text, max(0, start - 40), start):
        return "since"
    before, after = _sentence(text, start, end)
    before, after = before[-80:], after[:60]
    nearest: tuple[int, str] | None = None
    marks = _markers(before)
    if marks:
        nearest = (len(before) - marks[-1][1], marks[-1][2])
    marks = _markers(after)
    if marks and (nearest is None or marks[0][0] * 2 < nearest[0]):
        nearest = (marks[0][0], marks[0][2])
    return nearest[1] if nearest else None


# For a day or a weekday ("Sept. 30", "Friday"): how much farther the date on the
# tense's side may be than the other and still be chosen. The tense test is a guess
# from nearby words, so a date a day away on the other side still wins.
_TENSE_BIAS = 4


def _pick(past_gap: int, future_gap: int, tense: str | None, bias: float = _TENSE_BIAS) -> str:
    """ "past" or "future": which of two candidate dates a bare name refers to."""
    if tense == "since":
        return "past"
    if tense == "future":
        return "future" if future_gap <= past_gap * bias else "past"
    if tense == "past":
        return "past" if past_gap <= future_gap * bias else "future"
    return "past" if past_gap <= future_gap else "future"


# A month or a holiday named in a past-tense sentence ("she penned an essay in late
# October") is the last one, however near the next one is, and with no tense at all
# it is the last one too (news reports what happened); a day ("Sept. 30") may be a
# near future date the tense test misread, so it keeps the softer bias.
_STRICT = float("inf")


def _choose_year(ref: dt.date, month: int, day: int | None, tense: str | None) -> int:
    """The year of a month (and day) named without one: the last or next such date near the reference."""
    if day is None:
        gap = month - ref.month
        if gap == 0:
            return ref.year
        past_gap = -gap if gap < 0 else 12 - gap
        future_gap = gap if gap > 0 else 12 + gap
        past_year = ref.year if gap < 0 else ref.year - 1
        return (
            past_year
            if _pick(past_gap, future_gap, tense or "past", _STRICT) == "past"
            else past_year + 1
        )
    this_year = dt.date(ref.year, month, min(day, calendar.monthrange(ref.year, month)[1]))
    if this_year == ref:
        return ref.year
    if this_year < ref:
        past_year, past_gap = ref.year, (ref - this_year).days
        other = dt.date(ref.year + 1, month, min(day, calendar.monthrange(ref.year + 1, month)[1]))
        future_gap = (other - ref).days
    else:
        past_year = ref.year - 1
        other = dt.date(past_year, month, min(day, calendar.monthrange(past_year, month)[1]))
        past_gap, future_gap = (ref - other).days, (this_year - ref).days
    return past_year if _pick(past_gap, future_gap, tense or "past") == "past" else past_year + 1


class _Ctx:
    """What a value rule may look at: the text, the reference time, the last date named."""

    def __init__(
        self,
        text: str,
        ref: Ref | None,
        last: tuple[str, _Point] | None,
        last_end: int = -1,
        quarter: tuple[str, _Point] | None = None,
        reported: tuple[str, _Point] | None = None,
    ) -> None:
        self.text = text
        self.ref = ref
        self.last = last  # (text that named it, its point)
        self.last_end = last_end  # where that date's text ends
        self.quarter = quarter  # (text, point) of the quarter under discussion nearby, if any
        # The quarter the text first reported, however far back: "the year-earlier
        # period" late in an earnings report still compares with it.
        self.reported = reported


class _Value(NamedTuple):
    type: str
    value: str | None
    mod: str | None = None
    # "absolute", "ref" (resolved against the reference time), "last" (anchored on the last date named)
    basis: str = "absolute"
    point: _Point | None = None  # a date a later "one month later" may anchor on
    anchor: str | None = None  # for basis "last" when not the last date named: what it counts from


Handler = Callable[[re.Match[str], _Ctx], _Value | None]


def _month_of(raw: str) -> int | None:
    return MONTHS.get(raw.lower().rstrip("."))


def _is_cap(raw: str) -> bool:
    return raw[:1].isupper()


def _valid_day(year: int | None, month: int, day: int) -> bool:
    if day < 1 or month < 1 or month > 12:
        return False
    return day <= calendar.monthrange(year if year else 2000, month)[1]


def _day_number(raw: str) -> int:
    return int(re.sub(r"\D", "", raw))


def _full_date(m: re.Match[str], ctx: _Ctx) -> _Value | None:
    found = _day_date(m, ctx)
    if m.group("weekof") and found is not None and found.point is not None:
        # "the week of March 6": the (ISO) week that holds the day.
        point = _Point(found.point.date, "W")
        return found._replace(value=_fmt(point), point=point)
    return found


def _day_date(m: re.Match[str], ctx: _Ctx) -> _Value | None:
    month_raw = m.group("month") or m.group("month2")
    if not _is_cap(month_raw):
        return None
    month = _month_of(month_raw)
    day_raw = m.group("day") or m.group("day2")
    year_raw = m.group("year") or m.group("year2")
    if month is None:
        return None
    if month_raw.lower() == "may" and not year_raw and not m.group("day"):
        return None
    day = _day_number(day_raw)
    year = int(year_raw) if year_raw else None
    if day > 31 and m.group("day"):
        # "Sept. 45" reads as month + count more often than as a bad date; refuse.
        return None
    if not _valid_day(year, month, day):
        return _Value("DATE", None)
    if year is not None:
        point = _Point(dt.date(year, month, day), "D")
        return _Value("DATE", _fmt(point), point=point)
    if ctx.ref is None:
        return _Value("DATE", None, basis="ref")
    year = _choose_year(ctx.ref.date, month, day, _tense(ctx.text, m.start(), m.end()))
    if not _valid_day(year, month, day):
        return _Value("DATE", None, basis="ref")
    point = _coarsen(_Point(dt.date(year, month, day), "D"), ctx.ref)
    return _Value("DATE", _fmt(point), basis="ref", point=point)


def _iso_date(m: re.Match[str], ctx: _Ctx) -> _Value | None:
    year, month, day = int(m.group("y")), int(m.group("m")), int(m.group("d"))
    if not 1000 <= year <= 2999:
        return None
    if not _valid_day(year, month, day):
        return _Value("DATE", None)
    point = _Point(dt.date(year, month, day), "D")
    return _Value("DATE", _fmt(point), point=point)


def _numeric_date(m: re.Match[str], ctx: _Ctx) -> _Value | None:
    month, day, year = int(m.group("m")), int(m.group("d")), int(m.group("y"))
    if len(m.group("y")) == 2:
        year += 1900 if year >= 30 else 2000
    if month > 12 or month < 1:
        return None
    if not _valid_day(year, month, day):
        return _Value("DATE", None)
    point = _Point(dt.date(year, month, day), "D")
    return _Value("DATE", _fmt(point), point=point)


def _month_year(m: re.Match[str], ctx: _Ctx) -> _Value | None:
    month_raw = m.group("month") or m.group("month2") or m.group("month3")
    if not _is_cap(month_raw):
        return None
    month = _month_of(month_raw)
    if month is None:
        return None
    year = _spoken_year(m.group("spoken")) if m.group("spoken") else None
    if m.group("year") or year:
        point = _Point(dt.date(year or int(m.group("year")), month, 1), "M")
        return _Value("DATE", _fmt(point), point=point)
    if ctx.ref is None:
        return _Value("DATE", None, basis="ref")
    offset = {"last": -1, "this": 0, "next": 1}[m.group("rel").lower()]
    point = _Point(dt.date(ctx.ref.date.year + offset, month, 1), "M")
    return _Value("DATE", _fmt(point), basis="ref", point=point)


# "that summer", "that March": "that" is a determiner at the start of a sentence or after a
# preposition of time; after a verb it is more often a conjunction ("warned that winter ...").
_THAT_AS_DETERMINER = re.compile(
    r"(?:\A|[.!?\n]['\"”’)]*\s+|\b(?:in|during|by|until|till|through|throughout|over|since|of|and)\s+)$",
    re.IGNORECASE,
)
_ANCHORED_REL = {"that": 0, "the following": 1, "the next": 1, "the previous": -1}


def _year_from_last(ctx: _Ctx, rel: str, start_month: int) -> int | None:
    """The year of a month or season that begins in ``start_month``, named from the date last
    named: "the following January" is the first after it, "the previous spring" the last
    before it, "that summer" the one of its year. None when no date was named."""
    if ctx.last is None:
        return None
    base = ctx.last[1]
    offset = _ANCHORED_REL[rel]
    if base.gran == "Y" or offset == 0:
        return base.date.year + offset
    month = base.date.month
    if offset > 0:
        return base.date.year if month < start_month else base.date.year + 1
    return base.date.year if month > start_month else base.date.year - 1


def _that_is_conjunction(ctx: _Ctx, rel: str, start: int) -> bool:
    if rel != "that":
        return False
    return not _THAT_AS_DETERMINER.search(ctx.text, max(0, start - 16), start)


def _relative_month(m: re.Match[str], ctx: _Ctx) -> _Value | None:
    month_raw = m.group("month")
    if not _is_cap(month_raw):
        return None
    month = MONTHS[month_raw.lower()]
    rel = _WS.sub(" ", m.group("rel").lower())
    if rel in _ANCHORED_REL and (rel == "that" or ctx.last is not None):
        # "took office the following January", "That March, ...": from the date last named.
        if _that_is_conjunction(ctx, rel, m.start()):
            return None
        year = _year_from_last(ctx, rel, month)
        if year is None:
            return _Value("DATE", None, basis="last")
        point = _Point(dt.date(year, month, 1), "M")
        return _Value("DATE", _fmt(point), basis="last", point=point)
    if ctx.ref is None:
        return _Value("DATE", None, basis="ref")
    ref = ctx.ref.date
    if rel in ("last", "past", "this past", "the previous"):
        year = ref.year if month < ref.month else ref.year - 1
    elif rel in ("next", "coming", "this coming", "the following", "the next"):
        year = ref.year if month > ref.month else ref.year + 1
    else:
        year = ref.year
    point = _Point(dt.date(year, month, 1), "M")
    return _Value("DATE", _fmt(point), basis="ref", point=point)


_MONTH_CONTEXT = re.compile(
    r"(?i)\b(?:in|on|by|since|until|till|through|from|to|of|during|before|after|early|late|mid|last|next|this|since|and|or|between)[\s-]*$"
)
_CAPITALISED_WORD = re.compile(r"\s+[A-Z][a-z]")
_MARCH_NOUN_AFTER = re.compile(r"\s+(?:for|of|on|against|to|through|across)\b(?!\s+\d)")
# "stepped down in March for health reasons": after a preposition of time and before a
# plain word, the month; "the March for Life" has a name after "for".
_TIME_PREPOSITION = re.compile(r"\b(?:in|since|until|by|during|early|late|mid)[\s-]+$")
_LOWER_WORD_AFTER = re.compile(r"\s+[a-z]+\s+[a-z]")
_MARCH_NOUN_BEFORE = re.compile(r"(?i)\b(?:annual|million|women's|people's|peace|protest)\s+$")


_DEADLINE_BEFORE = re.compile(r"(?i)\b(?:by|until|till)\s+(?:(?:early|mid|late)[-\s]+)?$")


_INFINITIVE_BEFORE = re.compile(r"\bto\s+(?!the\b|a\b|an\b)[a-z]+\b")


def _month(m: re.Match[str], ctx: _Ctx) -> _Value | None:
    month_raw = m.group("month")
    if not _is_cap(month_raw):
        return None
    before = ctx.text[max(0, m.start() - 12) : m.start()]
    if month_raw == "May" and not _MONTH_CONTEXT.search(before):
        return None  # "May" is more often the verb
    # "April Smith", "June Carter": a month name followed by a name is a person.
    after = ctx.text[m.end() : m.end() + 3]
    if _CAPITALISED_WORD.match(after + "  ") and not _MONTH_CONTEXT.search(before):
        return None
    if month_raw == "March" and (
        (
            _MARCH_NOUN_AFTER.match(ctx.text, m.end())
            and not (
                _TIME_PREPOSITION.search(before) and _LOWER_WORD_AFTER.match(ctx.text, m.end())
            )
        )
        or _MARCH_NOUN_BEFORE.search(before)
    ):
        return None  # "the annual March for Life": a march, not the month
    month = MONTHS[month_raw.lower()]
    if ctx.ref is None:
        return _Value("DATE", None, basis="ref")
    tense = _tense(ctx.text, m.start(), m.end())
    if _DEADLINE_BEFORE.search(before) and (
        tense != "past" or _INFINITIVE_BEFORE.search(ctx.text, max(0, m.start() - 60), m.start())
    ):
        # "to pay it down by February", "talks to end by May": a deadline ahead; but
        # "by March the virus had spread" stays in the past.
        tense = "future"
    year = _choose_year(ctx.ref.date, month, None, tense)
    point = _Point(dt.date(year, month, 1), "M")
    return _Value("DATE", _fmt(point), basis="ref", point=point)


_DECADE_WORDS = {
    "twenties": 2,
    "thirties": 3,
    "forties": 4,
    "fifties": 5,
    "sixties": 6,
    "seventies": 7,
    "eighties": 8,
    "nineties": 9,
}


def _decade(m: re.Match[str], ctx: _Ctx) -> _Value | None:
    if m.group("dec"):
        if m.group("dec").endswith("00") and m.group("dec") < "2000":
            # "the 1800s" are the hundred years 1800-1899 (TIMEX3 "18"); "the 2000s", the
            # first decade of this century, stay a decade.
            return _Value("DATE", m.group("dec")[:2])
        return _Value("DATE", m.group("dec")[:3])
    tens = (
        int(m.group("short")) // 10 if m.group("short") else _DECADE_WORDS[m.group("word").lower()]
    )
    # "the '90s" and "the nineties" name a decade of the century of the reference time.
    century = (ctx.ref.date.year // 100) if ctx.ref else 19
    if ctx.ref and tens * 10 > ctx.ref.date.year % 100:
        century -= 1
    return _Value("DATE", f"{century:02d}{tens}")


def _century(m: re.Match[str], ctx: _Ctx) -> _Value | None:
    if m.group("n"):
        n = int(m.group("n"))
        return _Value("DATE", f"{n - 1:02d}") if 1 <= n <= 30 else _Value("DATE", None)
    if ctx.ref is None:
        return _Value("DATE", None, basis="ref")
    offset = {"this": 0, "last": -1, "next": 1}[m.group("rel").lower()]
    return _Value("DATE", f"{ctx.ref.date.year // 100 + offset:02d}", basis="ref")


def _spoken_year(raw: str) -> int | None:
    words = _WS.sub(" ", raw.lower()).replace(" and", "").split()
    if not words:
        return None
    if words[:2] == ["two", "thousand"]:
        rest = words[2:]
        return 2000 + (_WORD_NUMBERS.get(rest[0], -99) if rest else 0)
    if words[0] == "nineteen":
        total = 0
        for w in words[1:]:
            total += _TENS_NUMBERS.get(w, _WORD_NUMBERS.get(w, 0))
        return 1900 + total
    return None


_NUMBERISH_BEFORE = re.compile(
    r"(?i)(?:\b(?:No|Nos|Number|Flight|Route|Room|Highway|Interstate|Model|Boeing|Airbus|Rule|Article|Section|Chapter|page|pages|Resolution|Act|Form|Code|Bill|H\.R|Channel|Suite|Apartment|Box|Gate|Unit|Version|Windows|Office|Apollo|Mercury|Galaxy|Lotus|Fund|Plan)\.?|(?<!['’])\b(?:p|pp|S|v)\.|[$#£€]|\d[.,-]?)\s*$"
)
_NUMBERISH_AFTER = re.compile(
    r"(?i)^\s*(?:percent|per\s+cent|%|people|persons|men|women|children|troops|soldiers|workers|jobs|employees|students|votes|points|shares|units|cars|vehicles|homes|houses|acres|feet|foot|miles|meters|metres|kilometers|tons|tonnes|barrels|pounds|kilograms|dollars|yen|marks|francs|euros|yuan|rupees|words|pages|copies|members|residents|cases|deaths|sq|square|calories|rpm|mph|km|kg|lbs|ft|m\b|cc\b|:\d|[-–]\d)"
)


_UNIT_AFTER = re.compile(r"(?i)^[-\s]+(?:year|month|week|day|hour|minute|decade|centur)")


def _year(m: re.Match[str], ctx: _Ctx) -> _Value | None:
    if m.group("spoken"):
        # "two thousand years", "nineteen eighty people": a count, not a year.
        after = ctx.text[m.end() : m.end() + 16]
        if _NUMBERISH_AFTER.match(after) or _UNIT_AFTER.match(after):
            return None
        year = _spoken_year(m.group("spoken"))
        return _Value("DATE", f"{year:04d}") if year else None
    year = int(m.group("year"))
    before = ctx.text[max(0, m.start("year") - 14) : m.start("year")]
    after = ctx.text[m.end() : m.end() + 16]
    if _NUMBERISH_BEFORE.search(before) or _NUMBERISH_AFTER.match(after):
        return None
    if not m.group("fiscal") and not 1600 <= year <= 2099:
        return None
    point = _Point(dt.date(year, 1, 1), "Y")
    return _Value("DATE", f"{year:04d}", point=point)


_ORDINALS = {
    "first": 1,
    "1st": 1,
    "second": 2,
    "2nd": 2,
    "third": 3,
    "3rd": 3,
    "fourth": 4,
    "4th": 4,
}


def _last_quarter(ctx: _Ctx) -> _Point | None:
    if ctx.last and ctx.last[1].gran == "Q":
        # A forecast ("fourth-quarter charges") is not the latest quarter reported.
        reported = ctx.quarter is not None and ctx.quarter[1] == ctx.last[1]
        if reported or ctx.ref is None or _add_months(ctx.last[1].date, 3) <= ctx.ref.date:
            return ctx.last[1]
    if ctx.quarter is not None:
        # "Sun earned $5.2 million in the fiscal first quarter ... sales for the quarter ended
        # Sept. 29": the quarter under discussion, though a day was named since.
        return ctx.quarter[1]
    if ctx.ref is None:
        return None
    # The latest quarter that has ended by the reference time.
    q = (ctx.ref.date.month - 1) // 3  # index of the current quarter, 0..3
    year = ctx.ref.date.year
    if q == 0:
        year, q = year - 1, 4
    return _quarter(year, q)


def _quarter(year: int, q: int) -> _Point:
    return _Point(dt.date(year, 3 * q - 2, 1), "Q", f"Q{q}")


_QUARTER_ENDED = re.compile(
    r"\s+(?:ended|ending)\s+(?:on\s+)?(?P<month>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
    r"\s+(?P<day>[0-3]?\d)\b(?:,?\s+(?P<year>(?:19|20)\d\d)\b)?"
)


def _quarter_ending(ctx: _Ctx, end: int) -> _Point | None:
    """ "the quarter ended July 31", with no quarter under discussion: the calendar quarter
    that holds most of the three months up to that day (May to July: the second)."""
    match = _QUARTER_ENDED.match(ctx.text, end)
    if match is None or ctx.ref is None:
        return None
    month, day = MONTHS[match.group("month").lower()], int(match.group("day"))
    if match.group("year"):
        year = int(match.group("year"))
    else:
        year = ctx.ref.date.year if month <= ctx.ref.date.month else ctx.ref.date.year - 1
    if not _valid_day(year, month, day):
        return None
    middle = dt.date(year, month, day) - dt.timedelta(days=45)
    return _quarter(middle.year, (middle.month - 1) // 3 + 1)


def _quarter_rule(m: re.Match[str], ctx: _Ctx) -> _Value | None:
    found = _quarter_value(m, ctx)
    if not m.group("back") or found is None or found.point is None:
        return found
    # "the quarter a year ago": that quarter, a year back; a comparison, so it anchors nothing.
    point = _Point(_add_months(found.point.date, -12), found.point.gran, found.point.extra)
    return found._replace(value=_fmt(point), point=None)


# Words a quarter's code follows ("in Q3", "for Q2 2021"); after a name it is a model
# ("the Audi Q3").
_BEFORE_QUARTER_CODE = re.compile(
    r"(?:\A|[.!?(\n]['\"”’)]*\s*|,\s*|\b(?:in|for|during|of|since|by|until|through|from|to|the|and|or|its|their|a|last|this|next|each|per|year['’]s|company['’]s)\s+)$",
    re.IGNORECASE,
)


def _quarter_code(m: re.Match[str], ctx: _Ctx) -> _Value | None:
    """ "Q3 2021", "2021 Q4", "H1 2020", or "Q3" alone: a quarter or half of a year."""
    unit, n = m.group("unit"), int(m.group("n"))
    year_raw = m.group("year") or m.group("year0")
    if unit == "H" and n > 2:
        return None
    if not year_raw and not _BEFORE_QUARTER_CODE.search(
        ctx.text, max(0, m.start() - 16), m.start()
    ):
        return None
    if year_raw:
        year = int(year_raw)
    elif ctx.ref is None:
        return _Value("DATE", None, basis="ref")
    else:
        # As "the third quarter" or "the second half" with no year: the latest such period,
        # or the next one when the sentence looks ahead.
        year = ctx.ref.date.year
        current = (ctx.ref.date.month - 1) // (3 if unit == "Q" else 6) + 1
        if n > current and _tense(ctx.text, m.start(), m.end()) != "future":
            year -= 1
    half = _Point(dt.date(year, 6 * n - 5, 1), "H", f"H{n}") if unit == "H" else None
    point = half or _quarter(year, n)
    return _Value("DATE", _fmt(point), basis="absolute" if year_raw else "ref", point=point)


def _quarter_value(m: re.Match[str], ctx: _Ctx) -> _Value | None:
    ord_raw = " ".join((m.group("ord") or "").lower().split())
    unit = m.group("unit").lower()
    year_raw = m.group("year") or m.group("year2")
    text = m.group(0).lower()
    rel = (m.group("rel") or m.group("rel0") or "").lower()
    if m.group("plural") or ord_raw.endswith("two"):
        # "the first two quarters of 1990" is that year's first half; with no year named,
        # "the first two quarters" is a span of time, for the duration rule.
        if not (m.group("plural") and unit == "quarter" and ord_raw.endswith("two")):
            return None
        if not (year_raw or rel):
            return None
        if not year_raw and ctx.ref is None:
            return _Value("DATE", None, basis="ref")
        h = 1 if ord_raw.startswith("first") else 2
        year = (
            int(year_raw)
            if year_raw
            else ctx.ref.date.year + {"this": 0, "last": -1, "next": 1}[rel]
        )
        point = _Point(dt.date(year, 6 * h - 5, 1), "H", f"H{h}")
        return _Value("DATE", _fmt(point), basis="absolute" if year_raw else "ref", point=point)
    if not ord_raw and not year_raw and not m.group("rel0") and not text.startswith("the"):
        # A bare "quarter" or "half" is a fraction ("a quarter of last year's sales"),
        # not a period; "last year's quarter" is one.
        return None
    if (
        ord_raw in ("this", "that")
        and not (year_raw or rel)
        and re.match(r"\s+of\b", ctx.text[m.end() : m.end() + 4])
    ):
        return None  # "that quarter of the city": a district
    if unit == "half":
        if ord_raw not in ("first", "second", "1st", "2nd", "last"):
            return None
        if not (year_raw or rel or m.group("fiscal")):
            return None  # "the second half" of a game or a book is no period of a year
        h = 1 if ord_raw in ("first", "1st") else 2
        year = int(year_raw) if year_raw else (ctx.ref.date.year if ctx.ref else None)
        if year is None:
            return _Value("DATE", None, basis="ref")
        if rel and not year_raw:
            # "the first half of next year", "last year's second half": that year's half.
            year += {"this": 0, "last": -1, "next": 1}[rel]
        elif not year_raw and h == 2 and ctx.ref.date.month <= 6:
            year -= 1
        point = _Point(dt.date(year, 6 * h - 5, 1), "H", f"H{h}")
        return _Value("DATE", _fmt(point), basis="absolute" if year_raw else "ref", point=point)
    if ord_raw in ("last", "final") and (year_raw or rel):
        # "the last quarter of 2020", "the final quarter of next year": a year's fourth.
        ord_raw = "fourth"
    if ord_raw in _ORDINALS:
        q = _ORDINALS[ord_raw]
        if year_raw:
            point = _quarter(int(year_raw), q)
            return _Value("DATE", _fmt(point), point=point)
        if rel and ctx.ref:
            offset = {"this": 0, "last": -1, "next": 1}[rel]
            point = _quarter(ctx.ref.date.year + offset, q)
            return _Value("DATE", _fmt(point), basis="ref", point=point)
        if ctx.ref is None:
            return _Value("DATE", None, basis="ref")
        current = (ctx.ref.date.month - 1) // 3 + 1
        year = ctx.ref.date.year
        if q > current and _tense(ctx.text, m.start(), m.end()) != "future":
            year -= 1
        point = _quarter(year, q)
        return _Value("DATE", _fmt(point), basis="ref", point=point)
    if ctx.ref is None:
        return _Value("DATE", None, basis="ref")
    if ord_raw == "this" and ctx.quarter is not None:
        # "This quarter's loss" in an earnings report is the quarter being reported.
        return _Value("DATE", _fmt(ctx.quarter[1]), basis="last", anchor=ctx.quarter[0])
    if ord_raw in ("current", "this"):
        point = _quarter(ctx.ref.date.year, (ctx.ref.date.month - 1) // 3 + 1)
        return _Value("DATE", _fmt(point), basis="ref", point=point)
    if ord_raw == "that":
        if ctx.last is None or ctx.last[1].gran != "Q":
            return None  # with no quarter just named, "that quarter" is likely a district
        return _Value("DATE", _fmt(ctx.last[1]), basis="last", point=ctx.last[1])
    if not ord_raw and not year_raw and not rel and ctx.quarter is None:
        ended = _quarter_ending(ctx, m.end())
        if ended is not None:
            return _Value("DATE", _fmt(ended), basis="ref", point=ended)
    last = _last_quarter(ctx)
    if last is None:
        return _Value("DATE", None, basis="ref")
    if rel and not ord_raw:
        # "last year's quarter": the quarter under discussion, in that year.
        offset = {"this": 0, "last": -1, "next": 1}[rel]
        point = _Point(dt.date(ctx.ref.date.year + offset, last.date.month, 1), "Q", last.extra)
        return _Value("DATE", _fmt(point), basis="ref")
    if ord_raw in ("year-earlier", "year-ago", "comparable"):
        point = _Point(_add_months(last.date, -12), "Q", last.extra)
        # A comparison period is not the period under discussion: it anchors nothing.
        return _Value("DATE", _fmt(point), basis="ref")
    if ord_raw in ("previous", "past", "last"):
        prev = _add_months(last.date, -3)
        point = _quarter(prev.year, (prev.month - 1) // 3 + 1)
        return _Value("DATE", _fmt(point), basis="ref", point=point)
    if ord_raw in ("", "latest", "same", "recent", "final", "fiscal"):
        if year_raw:
            # "the 1988 quarter": the quarter under discussion, in that year.
            point = _Point(last.date.replace(year=int(year_raw)), "Q", last.extra)
            return _Value("DATE", _fmt(point), basis="ref")
        return _Value("DATE", _fmt(last), basis="ref", point=last)
    return None


def _easter(year: int) -> dt.date:
    # Anonymous Gregorian computus.
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    m_ = (32 + 2 * e + 2 * i - h - k) % 7
    n = (a + 11 * h + 22 * m_) // 451
    month, day = divmod(h + m_ - 7 * n + 114, 31)
    return dt.date(year, month, day + 1)


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    """The n-th given weekday (ISO number) of a month; n = -1 for the last one."""
    if n > 0:
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (n - 1))
    last = dt.date(year, month, calendar.monthrange(year, month)[1])
    return last - dt.timedelta(days=(last.isoweekday() - weekday) % 7)


def _holiday_date(name: str, year: int) -> dt.date:
    if name.startswith("thanksgiving"):
        return _nth_weekday(year, 11, 4, 4)
    if name.startswith("christmas eve"):
        return dt.date(year, 12, 24)
    if name.startswith("christmas"):
        return dt.date(year, 12, 25)
    if name == "new year's eve":
        return dt.date(year, 12, 31)
    if name.startswith("new year's"):
        return dt.date(year, 1, 1)
    if name in ("independence day", "july fourth", "fourth of july"):
        return dt.date(year, 7, 4)
    if name == "halloween":
        return dt.date(year, 10, 31)
    if name == "valentine's day":
        return dt.date(year, 2, 14)
    if name == "election day":
        return _nth_weekday(year, 11, 1, 1) + dt.timedelta(days=1)
    if name.startswith("easter"):
        return _easter(year)
    if name == "good friday":
        return _easter(year) - dt.timedelta(days=2)
    if name == "labor day":
        return _nth_weekday(year, 9, 1, 1)
    if name == "memorial day":
        return _nth_weekday(year, 5, 1, -1)
    if name == "veterans day":
        return dt.date(year, 11, 11)
    if name == "boxing day":
        return dt.date(year, 12, 26)
    if name == "mother's day":
        return _nth_weekday(year, 5, 7, 2)
    if name == "father's day":
        return _nth_weekday(year, 6, 7, 3)
    raise ValueError(name)


def _holiday(m: re.Match[str], ctx: _Ctx) -> _Value | None:
    name = _WS.sub(" ", m.group("name").lower()).replace("’", "'")
    if m.group("year"):
        point = _Point(_holiday_date(name, int(m.group("year"))), "D")
        return _Value("DATE", _fmt(point), point=point)
    if ctx.ref is None:
        return _Value("DATE", None, basis="ref")
    ref = ctx.ref.date
    past = _holiday_date(name, ref.year)
    if past > ref:
        past = _holiday_date(name, ref.year - 1)
    future = _holiday_date(name, ref.year)
    if future < ref:
        future = _holiday_date(name, ref.year + 1)
    rel = _WS.sub(" ", (m.group("rel") or "").lower())
    if rel in ("last", "past", "this past"):
        day = past
    elif rel in ("next", "coming", "this coming"):
        day = future
    else:
        choice = _pick(
            (ref - past).days,
            (future - ref).days,
            _tense(ctx.text, m.start(), m.end()) or "past",
            _STRICT,
        )
        day = past if choice == "past" else future
    point = _coarsen(_Point(day, "D"), ctx.ref)
    return _Value("DATE", _fmt(point), basis="ref", point=point)


# "the year ended Sept. 30", "ending tomorrow" (but not "the year ended badly").
_YEAR_ENDED = re.compile(
    r"\s+(?:ended|ending)\s+(?:on\s+)?(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d|today|tomorrow|yesterday|last|this|next)"
)
_FOR_THE_YEAR = re.compile(r"(?i)\bfor\s+$")
_PART_OF_THE_YEAR = re.compile(
    r"(?i)\b(?:months\s+of|(?:high|low|best|worst|peak)\s+for|(?:earlier|later|early|late)\s+in)\s+$"
)
_CLAUSE_END = re.compile(r"\s*[,.;]")
_YEAR_NUMBER_AFTER = re.compile(r"\s+(?:1[0-9]|20)\d\d\b")  # "the year 2020": the year rule's


def _the_year(m: re.Match[str], ctx: _Ctx) -> _Value | None:
    """ "The year ended June 30" (a span of a year), "for the full year" (this year)."""
    if _YEAR_ENDED.match(ctx.text, m.end()):
        return _Value("DURATION", "P1Y")
    before = ctx.text[max(0, m.start() - 5) : m.start()]
    if _PART_OF_THE_YEAR.search(
        ctx.text, max(0, m.start() - 24), m.start()
    ) and not _YEAR_NUMBER_AFTER.match(ctx.text, m.end()):
        # "the first nine months of the year", "a high for the year", "earlier in the
        # year": the year under discussion, the one last named or else the dateline's.
        base = ctx.last[1] if ctx.last and 0 <= m.start() - ctx.last_end < 300 else None
        if base is not None and base.gran == "Y":
            return _Value("DATE", _fmt(base), basis="last", point=base)
        if ctx.ref is None:
            return _Value("DATE", None, basis="ref")
        point = _Point(ctx.ref.date.replace(month=1, day=1), "Y")
        return _Value("DATE", _fmt(point), basis="ref", point=point)
    if not m.group("full") and not (
        _FOR_THE_YEAR.search(before) and _CLAUSE_END.match(ctx.text, m.end())
    ):
        return None  # a bare "the year" is too often some other year, or no date at all
    if ctx.ref is None:
        return _Value("DATE", None, basis="ref")
    point = _Point(ctx.ref.date.replace(month=1, day=1), "Y")
    return _Value("DATE", _fmt(point), basis="ref", point=point)


def _in_the_unit(m: re.Match[str], ctx: _Ctx) -> _Value | None:
    """ "Later in the week", "earlier in the month": that of the day named just before (if
    one was named nearby), or else the dateline's."""
    gran = "W" if m.group("unit").lower() == "week" else "M"
    base = ctx.last[1] if ctx.last and 0 <= m.start() - ctx.last_end < 300 else None
    if base is not None and base.gran in ("D", gran):
        point = _Point(base.date, gran)
        return _Value("DATE", _fmt(point), basis="last", point=point)
    if base is not None and base.date.year != (ctx.ref.date.year if ctx.ref else None):
        return _Value("DATE", None, basis="last")  # "in 2019 ... later in the month": unknown
    if ctx.ref is None:
        return _Value("DATE", None, basis="ref")
    point = _coarsen(_Point(ctx.ref.date, gran), ctx.ref)
    return _Value("DATE", _fmt(point), basis="ref", point=point)


def _period(m: re.Match[str], ctx: _Ctx) -> _Value | None:
    """ "The latest period", "the 1988 period": a quarter, when an earnings report names one."""
    under_discussion = ctx.quarter or ctx.reported
    if under_discussion is None:
        return None  # "the same period" with no quarter under discussion: too vague to resolve
    named, quarter = under_discussion
    if m.group("year"):
        point = _Point(quarter.date.replace(year=int(m.group("year"))), "Q", quarter.extra)
    elif m.group("back"):
        point = _Point(_add_months(quarter.date, -12), "Q", quarter.extra)
    else:
        point = quarter
    # "the 1989 period" names the quarter reported again, and so keeps it under discussion
    # for a later "a year ago"; a comparison period ("the same period last year") does not.
    again = not m.group("back") and point == quarter
    return _Value("DATE", _fmt(point), basis="last", anchor=named, point=point if again else None)


_EDGE_MOD = {
    "end": "END",
    "close": "END",
    "beginning": "START",
    "start": "START",
    "middle": "MID",
    "rest": "END",
}


def _period_end(m: re.Match[str], ctx: _Ctx) -> _Value | None:
    what = _WS.sub(" ", m.group("what").lower()).replace("’", "'")
    if ctx.ref is None:
        return _Value("DATE", None, "END", basis="ref")
    ref = ctx.ref.date
    if what in ("year-end", "year end", "year's end"):
        return _Value("DATE", f"{ref.year:04d}", "END", basis="ref")
    if what == "month-end":
        return _Value("DATE", _fmt(_Point(ref, "M")), "END", basis="ref")
    unit = m.group("unit").lower()
    mod = _EDGE_MOD[m.group("edge").lower()]
    base = ctx.last[1] if ctx.last and 0 <= m.start() - ctx.last_end < 200 else None
    if base and base.date < ref and _tense(ctx.text, m.start(), m.end()) == "future":
        base = None  # "will hold clinics through the end of the year" after "since 1994"
    day = base.date if base else ref
    if unit == "year":
        value = f"{day.year:04d}"
    elif unit == "month":
        value = _fmt(_coarsen(_Point(day, "M"), ctx.ref))
    elif unit == "decade":
        value = f"{day.year // 10:03d}"
    elif unit == "century":
        value = f"{day.year // 100:02d}"
    elif unit == "quarter":
        value = _fmt(_quarter(day.year, (day.month - 1) // 3 + 1))
    elif unit == "week":
        value = _fmt(_coarsen(_Point(day, "W"), ctx.ref))
    else:
        value = _fmt(_coarsen(_Point(day, "D"), ctx.ref))
    return _Value("DATE", value, mod, basis="last" if base else "ref")


def _fiscal_year(m: re.Match[str], ctx: _Ctx) -> _Value | None:
    rel = (m.group("rel") or "").lower()
    if not rel and _YEAR_ENDED.match(ctx.text, m.end()):
        return _Value("DURATION", "P1Y")  # "the fiscal year ended Jan. 31", like "the year ended"
    if not m.group(0).lower().startswith("the") and re.search(
        r"(?i)\ban?\s+$", ctx.text[max(0, m.start() - 3) : m.start()]
    ):
        return None  # "changed from a fiscal year to a calendar year": a kind of year
    if ctx.ref is None:
        return _Value("DATE", None, basis="ref")
    offset = {
        "latest": -1,
        "previous": -1,
        "past": -1,
        "last": -1,
        "prior": -1,
        "next": 1,
        "coming": 1,
    }
    # Without a word before it, "the fiscal year" is the one under way at the dateline.
    year = ctx.ref.date.year + offset.get(rel, 0)
    point = _Point(dt.date(year, 1, 1), "Y")
    return _Value("DATE", f"{year:04d}", basis="ref", point=point)


def _year_ago_adj(m: re.Match[str], ctx: _Ctx) -> _Value | None:
    if ctx.ref is None:
        return _Value("DATE", None, basis="ref")
    quarter_named = ctx.quarter
    if quarter_named is None and m.group("what").lower().endswith("period"):
        quarter_named = ctx.reported  # "the year-earlier period": of the period reported
    if quarter_named is not None:
        quarter = quarter_named[1]
        point = _Point(_add_months(quarter.date, -12), "Q", quarter.extra)
    else:
        point = _Point(dt.date(ctx.ref.date.year - 1, 1, 1), "Y")
    return _Value("DATE", _fmt(point), basis="ref")


_DEICTIC_OFFSET = {
    "today": 0,
    "tonight": 0,
    "tomorrow": 1,
    "yesterday": -1,
    "the day before yesterday": -2,
    "the day after tomorrow": 2,
}


def _deictic(m: re.Match[str], ctx: _Ctx) -> _Value | None:
    word = _WS.sub(" ", m.group("word").lower())
    if word == "today" and re.match(
        r"(?i)'?s\s+(?:world|society|market|economy|youth|children|kids|standards|technology)",
        ctx.text[m.end("word") : m.end("word") + 14],
    ):
        # "today's world", "today's youth": the present age, not a date; TimeBank leaves
        # these generic uses unannotated (none of three in TBAQ), so no claim is made.
        return None
    part = (m.group("part") or "").lower()
    if word == "tonight":
        part = "tonight"
    if ctx.ref is None:
        return _Value("TIME" if part else "DATE", None, basis="ref")
    day = ctx.ref.date + dt.timedelta(days=_DEICTIC_OFFSET[word])
    point = _coarsen(_Point(day, "D"), ctx.ref)
    value = _fmt(point)
    if part and point.gran == "D":
        return _Value("TIME", f"{value}T{PARTS_OF_DAY[part]}", basis="ref", point=point)
    return _Value("DATE", value, basis="ref", point=point)


def _this_part(m: re.Match[str], ctx: _Ctx) -> _Value | None:
    rel = _WS.sub(" ", m.group("rel").lower())
    part = m.group("part").lower()
    offset = {"this": 0, "early this": 0, "late this": 0, "last": -1, "the previous": -1}.get(rel)
    if rel in ("that", "the next", "the following"):
        base = ctx.last[1] if ctx.last and ctx.last[1].gran == "D" else None
        if base is None:
            return _Value("TIME", None, basis="last")
        day = base.date + dt.timedelta(days=0 if rel == "that" else 1)
        return _Value("TIME", f"{_fmt(_Point(day, 'D'))}T{PARTS_OF_DAY[part]}", basis="last")
    if rel == "last" and part != "night":
        return None  # "last morning" is not English news usage
    if ctx.ref is None:
        return _Value("TIME", None, basis="ref")
    if ctx.ref.precision != "D":
        return _Value("TIME", _fmt(_Point(ctx.ref.date, "M")), basis="ref")
    day = ctx.ref.date + dt.timedelta(days=offset or 0)
    return _Value("TIME", f"{_fmt(_Point(day, 'D'))}T{PARTS_OF_DAY[part]}", basis="ref")


_SAID_BEFORE = re.compile(r"\b(?:said|announced|reported|told|added|disclosed)(?:\s+on)?\s+$")


def _weekday_date(ctx: _Ctx, weekday: int, rel: str, start: int, end: int) -> dt.date:
    if ctx.ref is None:
        raise ValueError("a weekday needs a reference time")
    ref = ctx.ref.date
    delta = weekday - ref.isoweekday()
    if rel in ("next", "coming", "this coming", "the following"):
        return ref + dt.timedelta(days=delta if delta > 0 else delta + 7)
    if rel in ("last", "past", "this past", "the previous"):
        return ref + dt.timedelta(days=delta if delta < 0 else delta - 7)
    if rel == "this":
        return ref + dt.timedelta(days=delta)
    if delta == 0:
        return ref
    future_gap = delta if delta > 0 else delta + 7
    past_gap = 7 - future_gap
    if _SAID_BEFORE.search(ctx.text, max(0, start - 16), start):
        # "New Zealand said Friday": a report of what was said is in the past.
        return ref - dt.timedelta(days=past_gap)
    tense = _tense(ctx.text, start, end)
    if tense == "future" and _modal_governs(ctx.text, start):
        # "Shareholders will vote at 3 p.m. Tuesday", written on a Wednesday: "will"
        # cannot reach back to yesterday, so the next Tuesday however far it is.
        return ref + dt.timedelta(days=future_gap)
    if _pick(past_gap, future_gap, tense) == "past":
        return ref - dt.timedelta(days=past_gap)
    return ref + dt.timedelta(days=future_gap)


_OF_A_DAY = re.compile(
    r"\s+of\s+(?:(?:last|next|this)\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)"
)
_MODALS = frozenset(["will", "shall", "won't", "'ll", "’ll"])


def _modal_governs(text: str, start: int) -> bool:
    """Whether the tense marker nearest before a date, in its sentence, is a future modal."""
    before, _ = _sentence(text, start, start)
    before = before[-80:]
    marks = _markers(before)
    if not marks or marks[-1][2] != "future":
        return False
    return before[marks[-1][0] : marks[-1][1]].lower() in _MODALS


def _weekend(m: re.Match[str], ctx: _Ctx) -> _Value | None:
    rel = _WS.sub(" ", m.group("rel").lower())
    if rel == "the" and _OF_A_DAY.match(ctx.text, m.end()):
        return None  # "the weekend of Aug. 14": the day's own rule takes it
    if rel == "that":
        return _Value("DATE", None, basis="last")
    if ctx.ref is None:
        return _Value("DATE", None, basis="ref")
    ref = ctx.ref.date
    if rel in ("next", "this coming") or (
        rel in ("the", "this") and _tense(ctx.text, m.start(), m.end()) == "future"
    ):
        saturday = ref + dt.timedelta(days=(6 - ref.isoweekday()) % 7 or 7)
    elif rel == "this" and ref.isoweekday() >= 6:
        saturday = ref - dt.timedelta(days=ref.isoweekday() - 6)
    else:
        # The weekend just past: news reports what happened.
        saturday = ref - dt.timedelta(days=(ref.isoweekday() - 6) % 7 or 7)
    if ctx.ref.precision != "D":
        return _Value("DATE", _fmt(_Point(ctx.ref.date, "M")), basis="ref")
    year, week, _ = saturday.isocalendar()
    point = _Point(saturday, "W")
    return _Value("DATE", f"{year:04d}-W{week:02d}-WE", basis="ref", point=point)


def _weekday(m: re.Match[str], ctx: _Ctx) -> _Value | None:
    wd_raw = m.group("wd")
    if not _is_cap(wd_raw):
        return None
    weekday = WEEKDAYS[wd_raw.lower().rstrip(".")]
    part = (m.group("part") or "").lower()
    if m.group("plural") or m.group("plural2"):
        suffix = f"T{PARTS_OF_DAY[part]}" if part else ""
        return _Value("SET", f"XXXX-WXX-{weekday}{suffix}")
    if len(wd_raw.rstrip(".")) <= 3 and not wd_raw.endswith("."):
        return None
    rel = _WS.sub(" ", (m.group("rel") or "").lower())
    if ctx.ref is None:
        return _Value("TIME" if part else "DATE", None, basis="ref")
    if (
        rel in ("the previous", "the following")
        and not part
        and ctx.last
        and ctx.last[1].gran == "D"
    ):
        # "down from the previous Friday": counted from the day last named, not the dateline.
        base = ctx.last[1].date
        if rel == "the previous":
            day = base - dt.timedelta(days=(base.isoweekday() - weekday) % 7 or 7)
        else:
            day = base + dt.timedelta(days=(weekday - base.isoweekday()) % 7 or 7)
        point = _Point(day, "D")
        return _Value("DATE", _fmt(point), basis="last", point=point)
    if not rel and _AHEAD_OF.search(ctx.text, max(0, m.start() - 20), m.start()):
        rel = "this coming"  # "ahead of Friday's vote": still to come
    if not rel and re.search(r"['’]s$", m.group(0)):
        rel = "this past"  # "Friday's close", "Wednesday's ruling": news of what has happened
        if weekday == ctx.ref.date.isoweekday():
            rel = "this"
    day = _weekday_date(ctx, weekday, rel, m.start(), m.end())
    point = _coarsen(_Point(day, "D"), ctx.ref)
    if part and point.gran == "D":
        return _Value("TIME", f"{_fmt(point)}T{PARTS_OF_DAY[part]}", basis="ref", point=point)
    return _Value("DATE", _fmt(point), basis="ref", point=point)


_FULL_DATE_AFTER = re.compile(
    r",?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d"
)


def _part_of_weekday(m: re.Match[str], ctx: _Ctx) -> _Value | None:
    if not _is_cap(m.group("wd")):
        return None
    if _FULL_DATE_AFTER.match(ctx.text, m.end()):
        return None  # "the night of Friday, Oct. 23": the full date says more; let it win
    if ctx.ref is None:
        return _Value("TIME", None, basis="ref")
    weekday = WEEKDAYS[m.group("wd").lower().rstrip(".")]
    day = _weekday_date(ctx, weekday, "", m.start(), m.end())
    point = _coarsen(_Point(day, "D"), ctx.ref)
    if point.gran != "D":
        return _Value("TIME", _fmt(point), basis="ref", point=point)
    part = PARTS_OF_DAY[m.group("part").lower()]
    return _Value("TIME", f"{_fmt(point)}T{part}", basis="ref", point=point)


_AHEAD_OF = re.compile(r"(?i)\b(?:ahead\s+of|awaiting|upcoming)\s+$")

_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
_SEASON_PREPOSITION = re.compile(
    r"(?i)\b(?:in|during|over|until|into|through|since|by|before|after|throughout)\s+$"
)
_SEASON_NOUN_AFTER = re.compile(r"\s+(?:of|in|to|from|on|for|at)\b|-")


def _season(m: re.Match[str], ctx: _Ctx) -> _Value | None:
    season = SEASONS[(m.group("season") or m.group("season2")).lower()]
    year_raw = m.group("year") or m.group("year2") or _spoken_year(m.group("spoken") or "")
    rel = _WS.sub(" ", (m.group("rel") or "").lower())
    mod = {"early": "START", "late": "END", "mid": "MID", "mid-": "MID"}.get(rel)
    if year_raw:
        point = _Point(dt.date(int(year_raw), _SEASON_START[season], 1), "S", season)
        return _Value("DATE", _fmt(point), mod, point=point)
    if m.group("year_rel"):
        # "the fall of last year": that season of the year named from the reference time.
        if ctx.ref is None:
            return _Value("DATE", None, mod, basis="ref")
        year = ctx.ref.date.year + {"last": -1, "this": 0, "next": 1}[m.group("year_rel").lower()]
        point = _Point(dt.date(year, _SEASON_START[season], 1), "S", season)
        return _Value("DATE", _fmt(point), mod, basis="ref", point=point)
    if rel in _ANCHORED_REL and (rel == "that" or ctx.last is not None):
        # "That summer, ...", "the following spring": from the date last named.
        if _that_is_conjunction(ctx, rel, m.start()) or _SEASON_NOUN_AFTER.match(ctx.text, m.end()):
            return None
        start_month = _SEASON_START[season]
        year = _year_from_last(ctx, rel, start_month)
        if year is None:
            return _Value("DATE", None, mod, basis="last")
        if (
            rel == "that"
            and season == "WI"
            and ctx.last[1].gran != "Y"
            and ctx.last[1].date.month <= 2
        ):
            year -= 1  # "that winter" after "January 2014" began in December 2013
        point = _Point(dt.date(year, start_month, 1), "S", season)
        return _Value("DATE", _fmt(point), mod, basis="last", point=point)
    if rel in ("the", "in the"):
        # "over the summer", "in the spring": a season of the story's year; but "the fall
        # of the Berlin Wall", "the fall in prices" are no seasons.
        before = ctx.text[max(0, m.start() - 8) : m.start()]
        if not _SEASON_PREPOSITION.search(before) or _SEASON_NOUN_AFTER.match(ctx.text, m.end()):
            return None
        if ctx.ref is None:
            return _Value("DATE", None, mod, basis="ref")
        middle = _SEASON_START[season] % 12 + 1
        year = _choose_year(ctx.ref.date, middle, None, _tense(ctx.text, m.start(), m.end()))
        if season == "WI" and middle < _SEASON_START[season]:
            year -= 1  # a winter is named by the year it begins in
        point = _Point(dt.date(year, _SEASON_START[season], 1), "S", season)
        return _Value("DATE", _fmt(point), mod, basis="ref", point=point)
    if ctx.ref is None:
        return _Value("DATE", None, mod, basis="ref")
    ref = ctx.ref.date
    start = _SEASON_START[season]
    year = ref.year
    if rel in ("last", "past", "this past", "the previous"):
        # The latest such season that has ended before the reference time.
        year = ref.year if ref.month >= start + 3 else ref.year - 1
    elif rel in ("next", "coming", "this coming", "the following", "the next"):
        year = ref.year if ref.month < start else ref.year + 1
    elif season == "WI" and ref.month <= 2:
        year = ref.year - 1  # "this winter" in January began last December
    point = _Point(dt.date(year, start, 1), "S", season)
    return _Value("DATE", _fmt(point), mod, basis="ref", point=point)


_COMPARED = re.compile(r"(?i)\b(?:compared\s+with|from|versus|vs\.?|against)\b[^.;]*$")


def _relative_unit(m: re.Match[str], ctx: _Ctx) -> _Value | None:
    if m.group("rel")[:1].isupper() and m.group("unit")[:1].isupper() and m.start() > 0:
        return None  # "ABC News' This Week": a title, not a week
    rel = _WS.sub(" ", m.group("rel").lower())
    unit = _unit(m.group("unit"))
    if rel in ("the next", "the previous") and ctx.last is not None:
        # "the next day", "the previous year" after a date count from that date (anchored rule)
        return None
    if rel in ("the past", "the last", "the next", "the coming", "past"):
        return _Value("DURATION", _duration(1, unit))
    if rel in ("that", "the same", "later that", "earlier that", "the following", "the prior"):
        base = ctx.last[1] if ctx.last else None
        if base is None or ctx.ref is None:
            return _Value("DATE", None, basis="last")
        offset = {"the following": 1, "the prior": -1}.get(rel, 0)
        try:
            day = _shift(base.date, unit, offset) if unit not in ("DE",) else base.date
        except (OverflowError, ValueError):
            return _Value("DATE", None, basis="last")
        gran = {"D": "D", "W": "W", "WE": "W", "M": "M", "Y": "Y"}.get(unit, "Y")
        if _COARSENESS[gran] < _COARSENESS.get(base.gran, 5) and base.gran != "D":
            gran = base.gran if base.gran in _COARSENESS else "Y"
        mod = {"later that": "END", "earlier that": "START"}.get(rel)
        point = _Point(day, gran, base.extra if gran == base.gran else "")
        if gran in ("Q", "H", "S") and not point.extra:
            point = _Point(day, "Y")
        return _Value("DATE", _fmt(point), mod, basis="last", point=point)
    if ctx.ref is None:
        return _Value("DATE", None, basis="ref")
    offset = {
        "this": 0,
        "current": 0,
        "the current": 0,
        "last": -1,
        "previous": -1,
        "the previous": -1,
        "next": 1,
        "coming": 1,
    }.get(rel)
    if offset is None:
        return None
    ref = ctx.ref.date
    if unit == "D":
        return None  # "this day", "next day": rarely a date in news
    if unit == "WE":
        day = _shift(ref, "W", offset)
        year, week, _ = day.isocalendar()
        if ctx.ref.precision == "M":
            return _Value("DATE", _fmt(_Point(ref, "M")), basis="ref")
        return _Value("DATE", f"{year:04d}-W{week:02d}-WE", basis="ref")
    if unit == "DE":
        decade = ref.year // 10 + offset
        return _Value("DATE", f"{decade:03d}", basis="ref")
    if (
        unit == "Y"
        and rel == "last"
        and ctx.quarter is not None
        and _COMPARED.search(ctx.text, max(0, m.start() - 40), m.start())
    ):
        # "earnings of $33 million last year" after a quarter's figures: that quarter, a year back.
        named, quarter = ctx.quarter
        point = _Point(_add_months(quarter.date, -12), "Q", quarter.extra)
        return _Value("DATE", _fmt(point), basis="last", anchor=named)
    try:
        day = _shift(ref, unit, offset)
    except (OverflowError, ValueError):
        return _Value("DATE", None, basis="ref")
    gran = {"W": "W", "2W": "W", "M": "M", "Y": "Y"}.get(unit, "Y")
    point = _coarsen(_Point(day, gran), ctx.ref)
    return _Value("DATE", _fmt(point), basis="ref", point=point)


_AGO_GRAN = {
    "S": "D",
    "MIN": "D",
    "H": "D",
    "D": "D",
    "W": "W",
    "WE": "W",
    "2W": "W",
    "M": "M",
    "Q": "M",
    "Y": "M",
    "DE": "Y",
    "CE": "Y",
}
# "two days before the vote", "a month after Qantas suspended flights": what follows
# "before" or "after" is the event; the count is then a duration, not a date.
_OBJECT_AFTER = re.compile(r"^[ \t]+[\w$(\"“']")


# A count with a half in a unit that splits evenly into a smaller one ("a year and a half").
_SMALLER_UNIT = {"Y": ("M", 12), "DE": ("Y", 10), "W": ("D", 7)}


def _ago(m: re.Match[str], ctx: _Ctx) -> _Value | None:
    direction = _WS.sub(" ", m.group("dir").lower())
    unit = _unit(m.group("unit"))
    n = _number(m.group("num"))
    if not unit:
        return None
    if direction in ("before", "after", "prior") and _OBJECT_AFTER.match(
        ctx.text[m.end() : m.end() + 8]
    ):
        return None  # "two days before the vote": a duration before an event, not a date
    if m.group("half") and n is not None:
        n += 0.5  # "a year and a half ago"
    if n is not None and n != int(n) and unit in _SMALLER_UNIT:
        # "a year and a half ago" is 18 months ago, "2 1/2 weeks later" 17 or 18 days later.
        unit, factor = _SMALLER_UNIT[unit]
        n *= factor
    backward = direction in ("ago", "earlier", "before", "back", "previously", "prior")
    anchored = direction in ("earlier", "later", "before", "after", "previously", "prior")
    if unit in ("S", "MIN", "H"):
        if anchored:
            # "an hour later", "a minute and a half later": the count is a duration, and
            # "later" only a signal; the duration rule takes the count on its own.
            return None
        return _Value("DURATION", _duration(n, unit))
    if n is None and direction in ("ago", "from now", "hence"):
        # "several years ago": some unknown time before the reference (TimeML PAST_REF).
        return _Value("DATE", "PAST_REF" if backward else "FUTURE_REF")
    if n is None or n != int(n):
        return _Value("DATE", None, basis="last" if anchored and ctx.last else "ref")
    steps = -int(n) if backward else int(n)
    gran = _AGO_GRAN.get(unit, "D")
    if unit == "Y" and n >= 2 and not anchored:
        # "Two years ago" is known to the year (TimeBank: 1996, not 1996-04); "a year ago"
        # keeps the month, as an anniversary does, and so does a count from a named date.
        gran = "Y"
    if ctx.quarter is not None and unit == "Y" and n == 1:
        # "Profit rose in the third quarter ... from $5 million a year ago": the same
        # quarter, a year back, even when "the quarter ended Sept. 30" named a day since.
        named, quarter = ctx.quarter
        point = _Point(_add_months(quarter.date, -12), "Q", quarter.extra)
        return _Value("DATE", _fmt(point), basis="last", anchor=named)
    if anchored and ctx.last is not None:
        base = ctx.last[1]
        try:
            day = _shift(base.date, unit, steps)
        except (OverflowError, ValueError):
            return _Value("DATE", None, basis="last")
        if base.gran in ("Q", "H", "S") and unit in ("Y", "Q", "M"):
            if unit == "Y":
                point = _Point(day, base.gran, base.extra)
            else:
                point = (
                    _quarter(day.year, (day.month - 1) // 3 + 1)
                    if base.gran == "Q"
                    else _Point(day, "M")
                )
        else:
            if gran == "W" and base.gran == "D":
                gran = "D"  # a week after a known day is a known day
            gran = max(gran, base.gran, key=lambda g: _COARSENESS.get(g, 5))
            point = _Point(day, gran)
        # A date counted back from another is not itself an anchor for the next count.
        return _Value("DATE", _fmt(point), basis="last", point=None if backward else point)
    if ctx.ref is None:
        return _Value("DATE", None, basis="ref")
    if anchored and not backward:
        # "One year later" with no earlier date: the story's own time, after an untold event.
        point = _coarsen(_Point(ctx.ref.date, gran), ctx.ref)
        return _Value("DATE", _fmt(point), basis="ref", point=point)
    try:
        day = _shift(ctx.ref.date, unit, steps)
    except (OverflowError, ValueError):
        return _Value("DATE", None, basis="ref")
    point = _coarsen(_Point(day, gran), ctx.ref)
    return _Value("DATE", _fmt(point), basis="ref", point=None)


def _vague_ago(m: re.Match[str], ctx: _Ctx) -> _Value | None:
    unit = _unit(m.group("unit"))
    if not m.group("unit").lower().endswith("s") or not unit:
        return None  # "a week ago" is caught whole by the counted rule
    direction = m.group("dir").lower()
    if direction in ("before", "after") and _OBJECT_AFTER.match(ctx.text[m.end() : m.end() + 8]):
        return None
    if direction == "ago":
        return _Value("DATE", "PAST_REF")
    return _Value("DATE", None, basis="last" if ctx.last else "ref")


def _anchored_day(m: re.Match[str], ctx: _Ctx) -> _Value | None:
    what = _WS.sub(" ", m.group("what").lower()).replace("’", "'")
    base = ctx.last[1] if ctx.last else None
    words = what.split()
    if what == "the day":
        return None  # "the day" is too often "the day of the vote" or no date at all
    if words[-1] in ("before", "after") and _OBJECT_AFTER.match(ctx.text[m.end() : m.end() + 8]):
        return None  # "the day before the plunge": a day named by an event, not by a count
    unit_word = next(
        (w for w in words if w in ("day", "morning", "evening", "night", "week", "month", "year")),
        "day",
    )
    if base is None:
        if what in (
            "that day",
            "the day",
            "that night",
            "that morning",
            "that year",
            "that month",
            "that week",
            "the same day",
            "that same day",
        ):
            return None if what == "the day" else _Value("DATE", None, basis="last")
        return _Value("DATE", None, basis="last")
    offset = 0
    if any(w in words for w in ("following", "next", "after")):
        offset = 1
    elif any(w in words for w in ("previous", "prior", "preceding", "before")):
        offset = -1
    unit = {"week": "W", "month": "M", "year": "Y"}.get(unit_word, "D")
    if unit == "D" and base.gran != "D":
        return _Value("DATE", None, basis="last")
    if what == "the day":
        return None
    try:
        day = _shift(base.date, unit, offset)
    except (OverflowError, ValueError):
        return _Value("DATE", None, basis="last")
    gran = {"D": "D", "W": "W", "M": "M", "Y": "Y"}[unit]
    if _COARSENESS[gran] < _COARSENESS.get(base.gran, 5):
        gran = base.gran if base.gran in ("D", "W", "M", "Y") else "Y"
    point = _Point(day, gran)
    if unit_word in ("morning", "evening", "night") and gran == "D":
        return _Value("TIME", f"{_fmt(point)}T{PARTS_OF_DAY[unit_word]}", basis="last", point=point)
    return _Value("DATE", _fmt(point), basis="last", point=point)


_SECOND_AS_TIME = re.compile(
    r"\s*(?:$|[,.;:!?)\"”]|or\b|and\b|later\b|earlier\b|ago\b|before\b|after\b|too\b|long\b)"
)


_SOMEDAY_BEFORE = re.compile(r"(?i)\b(?:will|would|could|may|might|shall|should)\s+$")
# "$2 million a year", "700 seats a week" are rates; "20,000 adults for a decade" is a span
# of time (a preposition before "a" makes it one).
_RATE_BEFORE = re.compile(
    r"(?i)(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|dozen|hundred|thousand|million|billion))(?:\s+[a-z]+){0,2}(?<!\bfor)(?<!\bover)(?<!\bin)(?<!\bwithin)(?<!\bduring)(?<!\bafter)(?<!\bthan)(?<!\babout)(?<!\bnearly)(?<!\balmost)\s+$"
)


def _duration_rule(m: re.Match[str], ctx: _Ctx) -> _Value | None:
    unit = _unit(m.group("unit"))
    if not unit:
        return None
    num_raw = _WS.sub(" ", m.group("num").lower())
    n = _number(num_raw)
    unit_raw = m.group("unit").lower()
    plural = unit_raw.endswith("s")
    if num_raw in ("a", "an", "one") and plural:
        return None
    if num_raw in ("some", "many") and not plural:
        return None  # "some day", "many a year"
    if unit == "WE" and n == 1 and not plural:
        return None
    if (
        num_raw == "one"
        and unit_raw == "day"
        and _SOMEDAY_BEFORE.search(ctx.text, max(0, m.start() - 12), m.start())
    ):
        return _Value("DATE", "FUTURE_REF")  # "Islam will one day be...": some future day
    if m.group("unit")[:1].isupper() and m.group("num")[:1].isdigit():
        return None  # "CBS's 60 Minutes", "48 Hours": a title
    if num_raw in ("a", "an") and _RATE_BEFORE.search(ctx.text, max(0, m.start() - 30), m.start()):
        return None  # "$2 million a year", "700 seats a week": a rate, not a span of time
    second_as_ordinal = not _SECOND_AS_TIME.match(ctx.text, m.end())
    if unit == "S" and num_raw in ("a", "an", "one") and not plural and second_as_ordinal:
        return None  # "a second betrayal", "a Second World War veteran": an ordinal
    if n is not None and n >= 1000 and unit in ("Q", "S", "H", "MIN"):
        return None  # "the 1988 quarter", "the 1988 second quarter"
    if unit == "Q" and (
        "-" in m.group(0) or re.match(r"(?i)\s+of\b", ctx.text[m.end() : m.end() + 4])
    ):
        return None  # "three-quarters of the vote" is a fraction
    if re.match(r"\s*-?\s*olds?\b", ctx.text[m.end() : m.end() + 6]):
        return None  # "the 35-year-old author" is an age
    if re.match(r"-[a-z]", ctx.text[m.end() : m.end() + 2]):
        return None  # "a year-earlier loss", "a year-end bonus": the compound is the expression
    if m.group("half") and n is not None:
        n += 0.5  # "a year and a half"
    return _Value("DURATION", _duration(n, unit))


def _span_duration(m: re.Match[str], ctx: _Ctx) -> _Value | None:
    lead = _WS.sub(" ", m.group("lead").lower())
    unit = _unit(m.group("unit"))
    if not unit:
        return None
    num_raw = m.group("num")
    plural = m.group("unit").lower().endswith("s")
    if num_raw is None:
        if lead == "the" or plural and lead in ("last", "next", "past", "coming"):
            return None
        if lead in (
            "last",
            "next",
            "coming",
            "the latest",
            "the following",
            "the previous",
            "the first",
            "the final",
        ):
            return None  # "last week" is a date; other readings are left to their rules
        if lead == "recent":
            return None
        if plural:
            return _Value("DURATION", _duration(None, unit))
        return _Value("DURATION", _duration(1, unit))
    n = _number(num_raw)
    if num_raw.lower() in ("a", "an") or (n == 1 and plural):
        return None
    return _Value("DURATION", _duration(n, unit))


_VAGUE_UNIT = {
    "years": "Y",
    "months": "M",
    "weeks": "W",
    "days": "D",
    "hours": "H",
    "minutes": "MIN",
    "decades": "DE",
    "centuries": "CE",
}


def _vague_duration(m: re.Match[str], ctx: _Ctx) -> _Value | None:
    raw = (m.group("unit") or m.group("unit2") or m.group("unit3")).lower()
    lead = m.group(0).lower()
    if lead.startswith("recent"):
        return _Value("DATE", "PAST_REF")
    if lead.startswith("coming"):
        return _Value("DATE", "FUTURE_REF")
    unit = _VAGUE_UNIT[raw]
    if unit == "DE":
        return _Value("DURATION", "PXDE")
    if unit == "CE":
        return _Value("DURATION", "PXCE")
    return _Value("DURATION", _duration(None, unit))


def _the_vague_duration(m: re.Match[str], ctx: _Ctx) -> _Value | None:
    # "the weeks ahead" is "the next few weeks": some weeks from now (TimeBank: PXW);
    # "over the years", "in the years that followed": some years (TimeBank: PXY).
    unit = _VAGUE_UNIT[(m.group("ahead") or m.group("span")).lower()]
    return _Value("DURATION", "PXDE" if unit == "DE" else _duration(None, unit))


_SET_NOUNS = frozenset(
    [
        "second",
        "minute",
        "hour",
        "day",
        "night",
        "week",
        "weekend",
        "month",
        "quarter",
        "year",
        "decade",
    ]
    + ["morning", "afternoon", "evening", "spring", "summer", "fall", "autumn", "winter"]
)
_ADJECTIVE_USE = re.compile(
    r"\s+(?!(?:and|or|but|to|for|in|on|at|by|from|with|since|until|as|than|basis|that|because|so|if|when|while|through|over|during|outside|inside|across|around|throughout|near|into|under|after|before|against|between|among|had|has|have|is|are|was|were|will|would|can|could|may|might|should|do|does|did)\b)[a-z]"
)
# "rise 8.5% annually", "10,000 units annually": a rate per unit of time, not a time
# expression (TimeBank leaves them, as it leaves "$2 million a year").
_RATE_ADVERB_BEFORE = re.compile(
    r"(?i)(?:\d%?|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|dozen|hundred|thousand|million|billion)|percent|\bcents?)(?:\s+[a-z]+){0,2}\s+$"
)
_SET_UNIT = {
    "second": "PT1S",
    "minute": "PT1M",
    "hour": "PT1H",
    "day": "P1D",
    "night": "P1D",
    "week": "P1W",
    "weekend": "P1WE",
    "month": "P1M",
    "quarter": "P3M",
    "year": "P1Y",
    "decade": "P10Y",
}
_ADVERB_SET = {
    "hourly": "PT1H",
    "daily": "P1D",
    "nightly": "P1D",
    "weekly": "P1W",
    "biweekly": "P2W",
    "monthly": "P1M",
    "quarterly": "P3M",
    "annually": "P1Y",
    "yearly": "P1Y",
    "semiannually": "P6M",
}


def _set(m: re.Match[str], ctx: _Ctx) -> _Value | None:
    if m.group("adv"):
        word = m.group("adv").lower()
        if word.endswith("ly") and word != "annually" and _ADJECTIVE_USE.match(ctx.text, m.end()):
            return None  # "a daily reminder", "the weekly newspaper": a kind of thing, not a time
        if _RATE_ADVERB_BEFORE.search(ctx.text, max(0, m.start() - 30), m.start()):
            return None
        return _Value("SET", _ADVERB_SET[word])
    if m.group("weekends"):
        return _Value("SET", "XXXX-WXX-WE")  # "closed to cars on weekends"
    if m.group("wdp"):
        if not _is_cap(m.group("wdp")):
            return None
        return _Value("SET", f"XXXX-WXX-{WEEKDAYS[m.group('wdp').lower()[:-1]]}")
    if m.group("freq"):
        return _Value("SET", _SET_UNIT[m.group("unit2").lower()])
    unit_raw = m.group("unit").lower().rstrip(".")
    unit_raw = unit_raw[:-1] if unit_raw.endswith("s") and unit_raw[:-1] in _SET_NOUNS else unit_raw
    if unit_raw in WEEKDAYS or unit_raw.rstrip("s") in WEEKDAYS:
        if not _is_cap(m.group("unit")):
            return None
        return _Value("SET", f"XXXX-WXX-{WEEKDAYS[unit_raw.rstrip('s')]}")
    if unit_raw in MONTHS:
        # "each July", "every January": that month of every year.
        if not _is_cap(m.group("unit")) or m.group("every").lower() == "per":
            return None
        return _Value("SET", f"XXXX-{MONTHS[unit_raw]:02d}")
    if unit_raw in PARTS_OF_DAY:
        return _Value("SET", f"TXX{PARTS_OF_DAY[unit_raw]}")
    if unit_raw in SEASONS:
        return _Value("SET", f"XXXX-{SEASONS[unit_raw]}")
    value = _SET_UNIT.get(unit_raw)
    if value is None:
        return None
    num = m.group("num")
    if m.group("other"):
        if m.group("other").lower() == "other":
            value = value.replace("1", "2", 1)
    elif num:
        n = _number(num)
        value = value.replace("1", _num(n) if n else "X", 1)
    return _Value("SET", value)


def _reference(m: re.Match[str], ctx: _Ctx) -> _Value | None:
    if m.group("present"):
        word = m.group("present").lower()
        if word == "this time":
            return None
        return _Value("DATE", "PRESENT_REF")
    if m.group("past"):
        return _Value("DATE", "PAST_REF")
    if m.group("adj"):
        # "its current chairman", "the then current price": TimeML marks the adjective too.
        return _Value("DATE", "PAST_REF" if m.group("adj").startswith("then") else "PRESENT_REF")
    return _Value("DATE", "FUTURE_REF")


_DAY_AFTER_ASIDE = re.compile(
    r"\s*\([^()]{1,20}\)\s*,?\s*(?:on\s+)?((?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|today|yesterday|tomorrow)\b"
)


def _time(m: re.Match[str], ctx: _Ctx) -> _Value | None:
    if m.group("hour3"):
        raw = m.group("hour3").lower()
        hour = int(raw) if raw.isdigit() else _WORD_NUMBERS.get(raw, 0)
        if not 1 <= hour <= 12:
            return None
        return _clock(ctx, m, hour, 0, None)
    if m.group("noon"):
        if m.group("noon") == "Noon" and re.search(
            r"[A-Z][a-z]*\s+$", ctx.text[max(0, m.start() - 12) : m.start()]
        ):
            return None  # "High Noon": a title
        if re.search(r"(?i)\bhigh\s+$", ctx.text[max(0, m.start() - 6) : m.start()]):
            return None  # "high noon comes today": the idiom for a showdown, not a clock time
        hour = 12 if m.group("noon").lower() == "noon" else 24
        return _clock(ctx, m, hour, 0, m.group("day2"))
    if m.group("mid"):
        word = _WS.sub("", m.group("mid").lower()).replace("mid", "", 1)
        if word == "day":
            return _clock(ctx, m, 12, 0, m.group("day3"))
        # "by mid-afternoon", "mid-afternoon yesterday": the part of that day.
        value = _clock(ctx, m, 12, 0, m.group("day3"))
        if value.value and "T" in value.value:
            return value._replace(value=value.value.split("T")[0] + "T" + PARTS_OF_DAY[word])
        return value
    if m.group("hour2"):
        hour, minute = int(m.group("hour2")), int(m.group("minute2"))
        before = ctx.text[max(0, m.start() - 10) : m.start()]
        if re.search(
            r"(?i)(?:\d[.,]?|chapter|verse|ratio|score|won|lost|beat|John|Luke|Mark|Matthew)\s*$",
            before,
        ):
            return None
        return _clock(ctx, m, hour, minute, None)
    hour = int(m.group("hour"))
    minute = int(m.group("minute") or 0)
    if hour > 12 or hour == 0:
        return None
    if m.group("ampm").lower().startswith("p") and hour != 12:
        hour += 12
    elif m.group("ampm").lower().startswith("a") and hour == 12:
        hour = 0
    day = m.group("day")
    if day is None:
        # "10:35 a.m. (0735 GMT) Friday": the day after an aside still dates the time.
        later = _DAY_AFTER_ASIDE.match(ctx.text, m.end(), m.end() + 40)
        day = later.group(1) if later else None
    return _clock(ctx, m, hour, minute, day)


_MONTH_DAY = re.compile(r"([a-z]+)\.?\s+(\d{1,2})")


def _day_named_before(ctx: _Ctx, start: int) -> bool:
    """Whether a day was named earlier in the same sentence as a clock time at ``start``."""
    if not ctx.last or ctx.last[1].gran != "D" or not 0 <= start - ctx.last_end < 160:
        return False
    between = ctx.text[ctx.last_end : start]
    return not any(_ends_sentence(between, end) for end in _SENTENCE_END.finditer(between))


def _clock(ctx: _Ctx, m: re.Match[str], hour: int, minute: int, day_raw: str | None) -> _Value:
    if ctx.ref is None:
        return _Value("TIME", None, basis="ref")
    day = ctx.ref.date
    if not day_raw and _day_named_before(ctx, m.start()):
        # "will host Chicago on Saturday, with kickoff set for 7 p.m.": that Saturday.
        day = ctx.last[1].date
        if hour == 24:
            return _Value("TIME", f"{_fmt(_Point(day, 'D'))}T24:00", basis="last")
        return _Value("TIME", f"{_fmt(_Point(day, 'D'))}T{hour:02d}:{minute:02d}", basis="last")
    if day_raw:
        word = day_raw.lower()
        month_day = _MONTH_DAY.fullmatch(word)
        if word in _DEICTIC_OFFSET:
            day = day + dt.timedelta(days=_DEICTIC_OFFSET[word])
        elif month_day:
            # "5 p.m. EST Nov. 9": the clock time of that day, the nearest such date.
            month, mday = MONTHS[month_day.group(1)], int(month_day.group(2))
            if not _valid_day(None, month, mday):
                return _Value("TIME", None, basis="ref")
            year = _choose_year(day, month, mday, _tense(ctx.text, m.start(), m.end()))
            if not _valid_day(year, month, mday):
                return _Value("TIME", None, basis="ref")
            day = dt.date(year, month, mday)
        else:
            day = _weekday_date(ctx, WEEKDAYS[word.rstrip(".")], "", m.start(), m.end())
    if ctx.ref.precision != "D":
        return _Value("TIME", _fmt(_Point(day, "M")), basis="ref")
    if hour == 24:
        return _Value("TIME", f"{_fmt(_Point(day, 'D'))}T24:00", basis="ref")
    return _Value("TIME", f"{_fmt(_Point(day, 'D'))}T{hour:02d}:{minute:02d}", basis="ref")


HANDLERS: dict[str, Handler] = {
    "time": _time,
    "full_date": _full_date,
    "iso_date": _iso_date,
    "numeric_date": _numeric_date,
    "month_year": _month_year,
    "relative_month": _relative_month,
    "month": _month,
    "decade": _decade,
    "century": _century,
    "year": _year,
    "quarter": _quarter_rule,
    "quarter_code": _quarter_code,
    "holiday": _holiday,
    "period_end": _period_end,
    "fiscal_year": _fiscal_year,
    "period": _period,
    "the_year": _the_year,
    "in_the_unit": _in_the_unit,
    "year_ago_adj": _year_ago_adj,
    "weekend": _weekend,
    "deictic": _deictic,
    "this_part": _this_part,
    "weekday": _weekday,
    "part_of_weekday": _part_of_weekday,
    "season": _season,
    "relative_unit": _relative_unit,
    "ago": _ago,
    "vague_ago": _vague_ago,
    "anchored_day": _anchored_day,
    "duration": _duration_rule,
    "span_duration": _span_duration,
    "vague_duration": _vague_duration,
    "the_vague_duration": _the_vague_duration,
    "set": _set,
    "reference": _reference,
}

# Modifiers a date expression may carry in front of it ("late October", "mid-2020",
# "the end of 1990") and approximators in front of a duration ("nearly four years").
_DATE_MOD = re.compile(
    r"""(?ix)(?:\b(?P<mod>early|earlier|late|later|mid|the\s+(?:end|close)\s+of|the\s+(?:beginning|start)\s+of|the\s+middle\s+of|
    the\s+(?:early|late|mid)|(?:the\s+)?(?:first|second|latter|last)\s+half\s+of)(?P<sep>\s*-\s*|\s+))$"""
)
_DATE_MOD_VALUE = {
    "early": "START",
    "earlier": "START",
    "the beginning of": "START",
    "the start of": "START",
    "the early": "START",
    "first half of": "START",
    "the first half of": "START",
    "late": "END",
    "later": "END",
    "the end of": "END",
    "the close of": "END",
    "the late": "END",
    "second half of": "END",
    "the second half of": "END",
    "latter half of": "END",
    "the latter half of": "END",
    "last half of": "END",
    "the last half of": "END",
    "mid": "MID",
    "the middle of": "MID",
    "the mid": "MID",
}
# What a named day may carry before it: "the day before", "the week after", "the weekend of".
_AROUND_A_DAY = re.compile(
    r"""(?i)\bthe\s+(?:(?P<unit>day|week)\s+(?P<shift>before|after)|(?P<weekend>weekend)\s+of)\s+$""",
    re.VERBOSE,
)
_DURATION_MOD = re.compile(
    r"""(?ix)\b(?P<mod>more\s+than|less\s+than|under|nearly|almost|about|around|roughly|approximately|some|at\s+least|at\s+most|up\s+to|no\s+more\s+than|no\s+less\s+than|just\s+over|just\s+under|well\s+over)\s+$"""
)
_DURATION_MOD_VALUE = {
    "more than": "MORE_THAN",
    "just over": "MORE_THAN",
    "well over": "MORE_THAN",
    "less than": "LESS_THAN",
    "under": "LESS_THAN",
    "just under": "LESS_THAN",
    "nearly": "LESS_THAN",
    "almost": "LESS_THAN",
    "about": "APPROX",
    "around": "APPROX",
    "roughly": "APPROX",
    "approximately": "APPROX",
    "some": "APPROX",
    "at least": "EQUAL_OR_MORE",
    "no less than": "EQUAL_OR_MORE",
    "at most": "EQUAL_OR_LESS",
    "up to": "EQUAL_OR_LESS",
    "no more than": "EQUAL_OR_LESS",
}
_MODIFIABLE = {
    "full_date",
    "month_year",
    "month",
    "decade",
    "century",
    "year",
    "relative_unit",
    "relative_month",
    "season",
    "weekday",
    "deictic",
    "quarter",
}


def _around_a_day(match: re.Match[str], value: _Value, day: dt.date) -> _Value:
    """A date named from a day: "the day before last Tuesday's hearing" (a day from it), "the
    week after Christmas" (the next week), "the weekend of Aug. 14" (the weekend of its week).
    ("the night of Oct. 23" stays "Oct. 23", as TimeBank marks it.)"""
    if match.group("weekend"):
        point = _Point(day, "W")
        return value._replace(value=f"{_fmt(point)}-WE", point=point)
    step = -1 if match.group("shift").lower() == "before" else 1
    if match.group("unit").lower() == "week":
        point = _Point(day + dt.timedelta(days=7 * step), "W")
    else:
        point = _Point(day + dt.timedelta(days=step), "D")
    return value._replace(value=_fmt(point), point=point)


def _extend_with_modifier(
    text: str, start: int, rule: str, value: _Value, floor: int
) -> tuple[int, _Value]:
    window_start = max(floor, start - 40)
    before = text[window_start:start]
    if value.type == "DATE" and rule in _MODIFIABLE and value.mod is None:
        match = _DATE_MOD.search(before)
        if match:
            mod_word = _WS.sub(" ", match.group("mod").lower())
            mod = _DATE_MOD_VALUE.get(mod_word)
            if mod_word in ("earlier", "later") and rule != "relative_unit":
                return start, value
            if (
                mod_word == "mid"
                and "-" not in match.group("sep")
                and rule not in ("month", "month_year")
            ):
                return start, value
            if mod:
                return window_start + match.start(), value._replace(mod=mod)
    if (
        rule in ("full_date", "weekday", "holiday")
        and value.point is not None
        and value.point.gran == "D"
        and value.type == "DATE"
    ):
        match = _AROUND_A_DAY.search(before)
        if match:
            return window_start + match.start(), _around_a_day(match, value, value.point.date)
    if value.type == "DURATION" and rule in ("duration", "span_duration") and value.mod is None:
        match = _DURATION_MOD.search(before)
        if match:
            mod = _DURATION_MOD_VALUE[_WS.sub(" ", match.group("mod").lower())]
            return window_start + match.start(), value._replace(mod=mod)
    return start, value


# How far (in characters) a quarter stays the one under discussion: an earnings report's
# paragraph ("third-quarter net ... down from $32.3 million, or 86 cents a share, a year ago").
_QUARTER_REACH = 400
_PERIOD_OF_YEAR = re.compile(
    r"(?i)the\s+(?:first\s+|latest\s+|past\s+)?(?:six|nine|\d+)\s+months\b|the\s+(?:full\s+)?year\b"
)


class Resolved(NamedTuple):
    start: int
    end: int
    type: str
    value: str | None
    mod: str | None
    basis: str  # "absolute", "ref" or "last"
    anchor_text: str | None  # for basis "last": how the anchoring date reads ("late October 2020")
    point_text: str | None = None


class _Reader:
    """The state of a reading of the text's dates, left to right: the last date named, the
    quarter under discussion, the first quarter reported, and where the last expression ended."""

    def __init__(self, text: str, ref_at: Callable[[int], Ref | None]) -> None:
        self.text = text
        self.ref_at = ref_at
        self.last: tuple[str, _Point] | None = None
        self.last_date_end = -1
        self.last_end = 0
        self.quarter: tuple[str, _Point] | None = None
        self.quarter_end = -1
        # The first quarter reported (an earnings report's lede names it); a later "flat second
        # quarter" is a comparison, not the period the report's "year-earlier period" means.
        self.reported: tuple[str, _Point] | None = None

    def state(self) -> tuple:
        return (
            self.last,
            self.last_date_end,
            self.last_end,
            self.quarter,
            self.quarter_end,
            self.reported,
        )

    def restore(self, state: tuple) -> None:
        (
            self.last,
            self.last_date_end,
            self.last_end,
            self.quarter,
            self.quarter_end,
            self.reported,
        ) = state

    def step(self, candidate: Candidate) -> Resolved | None:
        """The value of one candidate (None when it is skipped or refused), moving the state on."""
        text = self.text
        if candidate.start < self.last_end:
            return None
        near = self.quarter if 0 <= candidate.start - self.quarter_end < _QUARTER_REACH else None
        ctx = _Ctx(
            text, self.ref_at(candidate.start), self.last, self.last_date_end, near, self.reported
        )
        try:
            value = HANDLERS[candidate.rule](candidate.match, ctx)
        except (ValueError, OverflowError, KeyError, IndexError):
            # A rule that meets a date it cannot compute returns the text unresolved.
            value = _Value("DATE", None)
        if value is None:
            return None
        start, value = _extend_with_modifier(
            text, candidate.start, candidate.rule, value, self.last_end
        )
        anchor_text = None
        if value.basis == "last" and value.anchor is not None:
            anchor_text = value.anchor
        elif value.basis == "last" and self.last is not None:
            anchor_text = self.last[0]
        result = Resolved(
            start, candidate.end, value.type, value.value, value.mod, value.basis, anchor_text
        )
        self.last_end = candidate.end
        if (
            value.point is not None
            and value.point.gran == "Q"
            # Only a quarter that has ended can be reported; "losses through the third quarter
            # of 1990" or "a fourth-quarter charge" in October are forecasts.
            and (
                ctx.ref is None
                or _add_months(value.point.date, 3) <= ctx.ref.date
                # "its fourth quarter ended Sept. 30", "reported fourth-quarter earnings":
                # a fiscal quarter that has ended.
                or _YEAR_ENDED.match(text, candidate.end) is not None
                or (
                    value.point.date <= ctx.ref.date
                    and _tense(text, start, candidate.end) == "past"
                )
            )
        ):
            named = text[start : candidate.end]
            year = f"{value.point.date.year:04d}"
            self.quarter = (named if year in named else f"{named} {year}", value.point)
            self.quarter_end = candidate.end
            self.reported = self.reported or self.quarter
        elif (
            self.quarter is not None
            and value.type == "DURATION"
            and _PERIOD_OF_YEAR.match(text, start, candidate.end)
        ):
            # "For the nine months, ... a year earlier": the period under discussion is
            # now most of this year, so comparisons move to the year.
            self.quarter = self.reported = None
            if ctx.ref is not None:
                self.last = (
                    text[start : candidate.end],
                    _Point(ctx.ref.date.replace(day=1), "Y"),
                )
                self.last_date_end = candidate.end
        if value.point is not None and value.type in ("DATE", "TIME") and value.value:
            named = text[start : candidate.end]
            year = f"{value.point.date.year:04d}"
            self.last = (named if year in named else f"{named} {year}", value.point)
            self.last_date_end = candidate.end
        return result


def resolve(
    text: str,
    candidates: list[Candidate],
    ref_at: Callable[[int], Ref | None],
    memo: dict[int, tuple] | None = None,
    changed: Callable[[int], bool] | None = None,
) -> list[Resolved]:
    """Values for the candidates, in reading order; refused candidates let shorter ones through.

    ``memo`` (a dict the caller keeps between passes) holds, for each candidate, the state of
    the reading before it, what it gave and the state after. A first pass (``changed`` None)
    fills it; a later pass whose reference times differ only where ``changed(position)`` is
    true reuses a record wherever the reference time is unchanged and the state before the
    candidate is the same, so resolving again costs only what actually changes.
    """
    out: list[Resolved] = []
    reader = _Reader(text, ref_at)
    for index, candidate in enumerate(candidates):
        state = reader.state()
        if memo is not None and changed is not None:
            known = memo.get(index)
            if known is not None and not changed(candidate.start) and known[0] == state:
                if known[1] is not None:
                    out.append(known[1])
                reader.restore(known[2])
                continue
        result = reader.step(candidate)
        if result is not None:
            out.append(result)
        if memo is not None and changed is None:
            memo[index] = (state, result, reader.state())
    return out
