"""Stated ages ("the 35-year-old author", "Smith, 42,") and who they are about.

Pure Python. Look-alikes that are not ages of a person ("a 10-year
anniversary", "a 24-hour shift", "a 3-year-old record", "the 40 balloons")
are not returned. The subject is found from the words around the age (a
name right after, an appositive, the name before) and made canonical
through the ``PersonResolver``; a description or pronoun the resolver
cannot place leaves the subject None rather than guessed.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from itertools import accumulate

from .numbers import words_value
from .scanning import AnchoredScan, OpeningScan
from .types import AgeClaim, PersonResolver

_NUM_WORD = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine))?"
    r"|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen"
    r"|sixteen|seventeen|eighteen|nineteen|a\s+hundred|one\s+hundred)"
)
_NUM = rf"(?:\d{{1,3}}|{_NUM_WORD})"
_NAME = r"(?:[A-Z][a-z'’.-]+|[A-Z]\.)(?:\s+(?:[A-Z][a-z'’.-]+|[A-Z]\.|de|van|von|da|del|bin|al-[A-Z][a-z]+))*"

# "the 35-year-old author", "a three-year-old", "35-years-old"
_ADJECTIVE = re.compile(
    rf"(?i:\b(?P<num>{_NUM})[-\s](?P<unit>year|month|week|day)s?[-\s]old\b)(?P<plural>s\b)?"
)
# "Smith, 42, said": the age stands alone between commas after a name.
_APPOSITIVE = re.compile(rf"(?P<name>{_NAME}),\s+(?P<num>\d{{1,3}})(?=\s*[,;)]|\s+years?\s+old\b)")
# "the suspect, 24, fled": a described person with the age between commas.
_DESCRIBED = re.compile(
    r"(?P<desc>\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[a-z-]+\s+)?(?P<noun>[a-z-]+)),\s+(?P<num>\d{1,3})(?=\s*,)"
)
# "Smith (42)": the British form.
_PAREN = re.compile(rf"(?P<name>{_NAME})\s+\((?P<num>\d{{1,3}})\)")
# (The look-aheads before case-blind patterns name the letters a match starts with, in either
# case: the engine rules most places out with them before trying the pattern.)
_AGED = re.compile(
    # (The first letter stands alone, case-sensitive, with the word boundary checked after it:
    # a pattern that opens with a class lets the engine skip ahead to the places it may start.)
    rf"[Aa](?<=\b[Aa])(?i:(?:ged|ge|t\s+age|t\s+the\s+age\s+of|t)\s+)(?P<num>\d{{1,3}}|{_NUM_WORD})\b(?![-.,:/]?\d)"
)
# "when she was 19": the age at a past moment of someone named by a pronoun or a name.
_WHEN_WAS = re.compile(
    rf"\b[Ww]hen\s+(?P<who>she|he|I|they|we|{_NAME})\s+(?:was|were)\s+(?:only\s+|just\s+)?(?P<num>\d{{1,3}}|{_NUM_WORD})\b(?![-.,:/]?\d)"
)
_TURNED = re.compile(
    # (as _AGED: the first letter, then which word it opens)
    rf"[TtCc](?<=\b[TtCc])(?i:(?:(?<=[Tt])urn(?:s|ed|ing)?|(?<=[Cc])elebrat(?:es|ed|ing)\s+(?:his|her|their))\s+)(?P<num>\d{{1,3}}|{_NUM_WORD})(?P<th>st|nd|rd|th)?\b(?:\s+birthday)?"
)
_YEARS_OLD = re.compile(rf"(?i:\b(?P<num>{_NUM})\s+years?\s+old\b)")

# Nouns for people that an age adjective may describe ("the 35-year-old author").
_PERSON_NOUNS = frozenset(
    [
        "man",
        "woman",
        "boy",
        "girl",
        "baby",
        "child",
        "kid",
        "toddler",
        "teen",
        "teenager",
        "youngster",
        "youth",
        "son",
        "daughter",
        "brother",
        "sister",
        "father",
        "mother",
        "dad",
        "mom",
        "mum",
        "husband",
        "wife",
        "partner",
        "fiance",
        "fiancee",
        "boyfriend",
        "girlfriend",
        "grandson",
        "granddaughter",
        "grandmother",
        "grandfather",
        "grandma",
        "grandpa",
        "nephew",
        "niece",
        "cousin",
        "twin",
        "twins",
        "triplets",
        "author",
        "writer",
        "actor",
        "actress",
        "singer",
        "model",
        "star",
        "rapper",
        "musician",
        "artist",
        "director",
        "producer",
        "host",
        "co-host",
        "presenter",
        "anchor",
        "reporter",
        "journalist",
        "editor",
        "photographer",
        "chef",
        "comedian",
        "dancer",
        "athlete",
        "player",
        "striker",
        "goalkeeper",
        "quarterback",
        "pitcher",
        "coach",
        "swimmer",
        "runner",
        "golfer",
        "boxer",
        "champion",
        "student",
        "pupil",
        "graduate",
        "teacher",
        "professor",
        "doctor",
        "nurse",
        "surgeon",
        "lawyer",
        "attorney",
        "judge",
        "officer",
        "soldier",
        "veteran",
        "police",
        "policeman",
        "policewoman",
        "firefighter",
        "worker",
        "employee",
        "driver",
        "pilot",
        "farmer",
        "mechanic",
        "engineer",
        "designer",
        "entrepreneur",
        "founder",
        "executive",
        "ceo",
        "chairman",
        "president",
        "senator",
        "politician",
        "candidate",
        "mayor",
        "governor",
        "minister",
        "leader",
        "activist",
        "victim",
        "suspect",
        "survivor",
        "witness",
        "defendant",
        "prisoner",
        "inmate",
        "patient",
        "resident",
        "native",
        "immigrant",
        "refugee",
        "tourist",
        "passenger",
        "citizen",
        "neighbor",
        "neighbour",
        "friend",
        "mom-of-two",
        "mother-of-two",
        "father-of-two",
        "businessman",
        "businesswoman",
        "billionaire",
        "millionaire",
        "heir",
        "heiress",
        "socialite",
        "influencer",
        "youtuber",
        "blogger",
        "vlogger",
        "gunman",
        "shooter",
        "attacker",
        "killer",
        "man's",
        "woman's",
        "girl's",
        "boy's",
        "people",
        "men",
        "women",
        "children",
        "boys",
        "girls",
        "kids",
        "students",
        "players",
        "sons",
        "daughters",
        "brothers",
        "sisters",
    ]
)
_PERSON_SUFFIX = re.compile(r"(?:ist|ian|ess|or|er|ant|ent)s?$")
# Things that are often "N years old" but are not people, even when their noun ends like a person's.
_THING_NOUNS = frozenset(
    [
        "record",
        "computer",
        "paper",
        "tower",
        "trailer",
        "container",
        "printer",
        "order",
        "letter",
        "center",
        "centre",
        "monster",
        "anniversary",
        "mystery",
        "tradition",
        "law",
        "case",
        "building",
        "company",
        "firm",
        "business",
        "car",
        "house",
        "home",
        "tree",
        "dispute",
        "feud",
        "policy",
        "ban",
        "rule",
        "painting",
        "photo",
        "picture",
        "video",
        "song",
        "album",
        "film",
        "movie",
        "show",
        "series",
        "brand",
        "restaurant",
        "store",
        "shop",
        "bridge",
        "church",
        "temple",
        "statue",
        "vintage",
        "wine",
        "whisky",
        "whiskey",
        "cheese",
        "bottle",
        "tape",
        "footage",
        "recording",
        "photograph",
        "document",
        "report",
        "story",
        "investigation",
        "war",
        "conflict",
        "relationship",
        "marriage",
        "friendship",
        "rivalry",
        "debt",
        "loan",
        "bond",
        "contract",
        "treaty",
        "agreement",
        "fund",
        "system",
        "network",
        "program",
        "programme",
        "project",
        "plan",
        "strategy",
        "model's",
        "record's",
    ]
)
# Words that may follow a nominal age ("the 35-year-old said", "a 42-year-old from Ohio").
_NOMINAL_FOLLOWERS = frozenset(
    [
        "who",
        "whose",
        "was",
        "is",
        "has",
        "had",
        "said",
        "says",
        "told",
        "wrote",
        "added",
        "and",
        "or",
        "from",
        "of",
        "in",
        "on",
        "at",
        "with",
        "died",
        "remains",
        "remained",
        "appeared",
        "also",
        "then",
        "now",
        "would",
        "will",
        "could",
        "can",
        "did",
        "does",
        "got",
        "became",
        "has",
        "allegedly",
        "reportedly",
        "later",
    ]
)
_DETERMINER_BEFORE = re.compile(
    r"(?i)(?:\b(?P<det>the|a|an|his|her|their|its|our|my|your|this|that)\s+)?(?:\b(?:late|former|young|now|then)\s+)?$"
)
_WORD_AFTER = re.compile(r"\s*(?P<comma>,)?\s*(?P<word>[A-Za-z][\w'’-]*)")
_NAME_AFTER = re.compile(rf"\s*,?\s*(?P<name>{_NAME})")
_APPOSITIVE_BEFORE = re.compile(rf"(?P<name>{_NAME}),\s+$")
_NOT_NAMES = frozenset(
    [
        "The",
        "A",
        "An",
        "His",
        "Her",
        "Their",
        "Its",
        "Our",
        "My",
        "Your",
        "This",
        "That",
        "These",
        "Those",
        "He",
        "She",
        "They",
        "We",
        "I",
        "It",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
        "Jan",
        "Feb",
        "Mar",
        "Apr",
        "Jun",
        "Jul",
        "Aug",
        "Sep",
        "Sept",
        "Oct",
        "Nov",
        "Dec",
        "But",
        "And",
        "Or",
        "So",
        "Then",
        "When",
        "While",
        "After",
        "Before",
        "Since",
        "Although",
        "Though",
        "Meanwhile",
        "However",
        "Now",
        "Today",
        "Yesterday",
        "Last",
        "Next",
        "In",
        "On",
        "At",
        "By",
        "For",
        "From",
        "With",
        "Without",
        "About",
        "Also",
        "Some",
        "Many",
        "Most",
        "All",
        "Both",
        "Each",
        "Later",
        "Earlier",
        "Still",
        "Yet",
        "Instead",
        "Indeed",
        "Finally",
        "Here",
        "There",
        "Again",
        "Once",
        "Twice",
        "Sadly",
        "Luckily",
        "Recently",
        "Currently",
        "Eventually",
        "Previously",
        "Initially",
        "Ultimately",
        "Overall",
        "Plus",
        "Even",
        "Only",
        "Just",
        "Mr",
        "Mrs",
        "Ms",
        "Dr",
        "Sir",
    ]
)


_OLD = re.compile(r"old|Old|OLD")


def _old_windows(text: str) -> list[tuple[int, int]]:
    """The stretches of ``text`` just before each "old" (found once, for both patterns that
    look there)."""
    windows: list[tuple[int, int]] = []
    for hit in _OLD.finditer(text):
        start, end = max(0, hit.start() - 48), hit.end() + 2
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], end)
        else:
            windows.append((start, end))
    return windows


def _near_old(
    pattern: re.Pattern[str], text: str, windows: list[tuple[int, int]]
) -> list[re.Match[str]]:
    """Matches of a "...-year-old" pattern, searched only just before each "old".

    Every such age ends in "old"; looking there first keeps a case-blind pattern
    from being tried at every position of a long text. ``windows`` is ``_old_windows(text)``.
    """
    return [m for start, end in windows for m in pattern.finditer(text, start, end)]


def _number(raw: str) -> int | None:
    words = re.sub(r"[\s-]+", " ", raw.lower()).strip()
    if words.isdigit():
        return int(words)
    if words in ("a hundred", "one hundred"):
        return 100
    return words_value(words.split())


def _is_person_noun(word: str) -> bool:
    lower = word.lower()
    if lower in _PERSON_NOUNS:
        return True
    if lower in _THING_NOUNS:
        return False
    return bool(_PERSON_SUFFIX.search(lower)) and len(lower) > 4


_TITLES = frozenset(
    [
        "Mr",
        "Mrs",
        "Ms",
        "Miss",
        "Dr",
        "Prof",
        "Sir",
        "Dame",
        "Lady",
        "Lord",
        "Former",
        "Late",
        "President",
        "Vice",
        "Prime",
        "Minister",
        "Senator",
        "Sen",
        "Rep",
        "Representative",
        "Gov",
        "Governor",
        "Mayor",
        "Judge",
        "Justice",
        "Gen",
        "General",
        "Col",
        "Colonel",
        "Capt",
        "Captain",
        "Lt",
        "Sgt",
        "Officer",
        "Coach",
        "King",
        "Queen",
        "Prince",
        "Princess",
        "Pope",
        "Rev",
        "Father",
        "Sister",
        "Brother",
        "Chancellor",
        "Secretary",
        "Sheriff",
        "Chief",
        "Deputy",
        "Speaker",
        "Ambassador",
        "Commissioner",
        "Councilman",
        "Councilwoman",
        "Councillor",
    ]
)


def _clean_name(name: str) -> str | None:
    """The name without leading function words and titles ("Former President Jimmy Carter")."""
    words = name.split()
    while words and (words[0] in _NOT_NAMES or words[0].rstrip(".") in _TITLES):
        words = words[1:]
    while words and words[-1] in _NOT_NAMES:
        words = words[:-1]
    return " ".join(words) or None


def _proper(resolver: PersonResolver, name: str, start: int) -> str:
    """A name as written, made canonical when the resolver knows it."""
    return resolver.resolve(name, start) or name


def _adjective_ages(
    text: str, resolver: PersonResolver, old: list[tuple[int, int]]
) -> list[AgeClaim]:
    found = []
    for m in _near_old(_ADJECTIVE, text, old):
        if m.group("unit").lower() != "year" or m.group("plural"):
            continue  # "an 8-month-old" is an age in months; "35-year-olds" a group
        if "-" not in m.group(0) and m.group(0).lower().split()[1] == "years":
            continue  # "is 42 years old" is a predicate, read by the phrase rules
        value = _number(m.group("num"))
        if value is None or value > 130:
            continue
        after = _WORD_AFTER.match(text, m.end())
        word = after.group("word") if after else ""
        subject: str | None = None
        before = _DETERMINER_BEFORE.search(text, max(0, m.start() - 30), m.start())
        desc_start = before.start() if before and before.group("det") else m.start()
        if after and word and not after.group("comma") and word[0].isupper():
            name = _NAME_AFTER.match(text, m.end())
            cleaned = _clean_name(name.group("name")) if name else None
            if cleaned:  # "the 35-year-old Teigen"
                subject = _proper(resolver, cleaned, name.start("name"))
        elif after and word and not after.group("comma") and _is_person_noun(word):
            noun_end = after.end()
            name = _NAME_AFTER.match(text, noun_end)
            cleaned = _clean_name(name.group("name")) if name else None
            if cleaned and name and "\n" not in text[noun_end : name.start("name")]:
                # "their three-year-old son Miles", "her 16-year-old daughter, Apple"
                subject = _proper(resolver, cleaned, name.start("name"))
            else:
                appositive = _APPOSITIVE_BEFORE.search(text, max(0, desc_start - 80), desc_start)
                if appositive and _clean_name(appositive.group("name")):
                    cleaned = _clean_name(appositive.group("name")) or ""
                    subject = _proper(resolver, cleaned, appositive.start("name"))
                else:
                    subject = resolver.resolve(text[desc_start:noun_end], desc_start)
        elif (
            not word or after is None or after.group("comma") or word.lower() in _NOMINAL_FOLLOWERS
        ):
            # Used as a noun: "the 35-year-old said", "Smith, a 42-year-old,".
            appositive = _APPOSITIVE_BEFORE.search(text, max(0, desc_start - 80), desc_start)
            if appositive and _clean_name(appositive.group("name")):
                cleaned = _clean_name(appositive.group("name")) or ""
                subject = _proper(resolver, cleaned, appositive.start("name"))
            else:
                subject = resolver.resolve(text[desc_start : m.end()], desc_start)
        else:
            continue  # "a 3-year-old record": an age, but not of a person
        found.append(AgeClaim(m.group(0), m.start(), m.end(), value, subject))
    return found


_MENTION = re.compile(rf"\b(?P<pronoun>[Ss]he|[Hh]e|[Hh]er|[Hh]im)\b|(?P<name>{_NAME})")


def _subject_before(text: str, resolver: PersonResolver, position: int) -> str | None:
    """The person a clause is about: the nearest name or pronoun before ``position`` in its sentence."""
    window_start = max(0, position - 120)
    window = text[window_start:position]
    cut = max(window.rfind(". "), window.rfind("\n"), window.rfind("! "), window.rfind("? "))
    window_start += cut + 1 if cut >= 0 else 0
    best = None
    for m in _MENTION.finditer(text, window_start, position):
        if m.group("name") and _clean_name(m.group("name")):
            best = (m.group("name"), m.start())
        elif m.group("pronoun"):
            best = (m.group("pronoun"), m.start())
    if best is None:
        return None
    mention, start = best
    if mention[0].isupper() and mention.lower() not in ("she", "he", "her", "him"):
        cleaned = _clean_name(mention)
        if cleaned:
            offset = mention.find(cleaned)
            return _proper(resolver, cleaned, start + max(offset, 0))
    return resolver.resolve(mention, start)


_AT_NOT_AGE = re.compile(
    r"(?i)\s*(?:%|percent|per\s+cent|[ap]\.?m\b|o'clock|degrees|mph|km|miles|feet|meters|metres|points|votes|cents|dollars|pounds|euros|yen|years|months|weeks|days|hours|minutes|seconds|\w+\s+(?:street|st\.|avenue|ave\.|road|rd\.|lane))"
)
_AT_LEAD = re.compile(
    r"(?i)(?:\b(?:married|died|retired|left|began|started|joined|debuted|became|was|were|had|gave\s+birth|pregnant|moved|graduated|dropped\s+out|won|signed|arrived|even|only|just|aged|age|of)\b[^.,;!?\n]{0,40})$"
)


# Found through its openings ("When", "when"): the same matches, without the engine trying
# the pattern at every word boundary.
_WHEN_WAS_SCAN = OpeningScan([_WHEN_WAS])
# Names and descriptions before an age ("Smith, 42,", "the suspect, 24,", "Smith (42)") are
# letters, marks and spaces: found from the age after them, the rarer part, with the same matches.
_NAME_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'’.-"
_BY_AGE_AFTER = {
    _APPOSITIVE: AnchoredScan(
        _APPOSITIVE,
        re.compile(r",\s+\d{1,3}(?=\s*[,;)]|\s+years?\s+old\b)"),
        _NAME_CHARS,
        "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
    ),
    _PAREN: AnchoredScan(
        _PAREN, re.compile(r"\(\d{1,3}\)"), _NAME_CHARS, "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    ),
    _DESCRIBED: AnchoredScan(_DESCRIBED, re.compile(r",\s+\d{1,3}(?=\s*,)"), _NAME_CHARS, "TtAaHh"),
}


def _phrase_ages(
    text: str,
    resolver: PersonResolver,
    taken: list[tuple[int, int]],
    old: list[tuple[int, int]],
) -> list[AgeClaim]:
    found = []

    # Whether a span overlaps none of ``taken``: the spans that start before its end, sorted,
    # with the furthest end among the first k of them, so each test is a bisection, not a walk
    # over every age found (which made a long text quadratic).
    spans = sorted(taken)
    starts = [s for s, _ in spans]
    furthest = list(accumulate((e for _, e in spans), max))

    def free(start: int, end: int) -> bool:
        k = bisect_left(starts, end)
        return k == 0 or furthest[k - 1] <= start

    def named(pattern: re.Pattern[str]) -> None:
        """Ages right after a name ("Smith, 42," and "Smith (42)"), about that name."""
        for m in _BY_AGE_AFTER[pattern].matches(text):
            name = _clean_name(m.group("name"))
            value = int(m.group("num"))
            if not name or not 0 < value <= 120 or not free(m.start("num"), m.end("num")):
                continue
            subject = _proper(resolver, name, m.start("name") + m.group("name").find(name))
            found.append(AgeClaim(m.group("num"), m.start("num"), m.end("num"), value, subject))

    named(_APPOSITIVE)
    for m in _BY_AGE_AFTER[_DESCRIBED].matches(text):
        value = int(m.group("num"))
        if not 0 < value <= 120 or not _is_person_noun(m.group("noun")):
            continue
        if not free(m.start("num"), m.end("num")):
            continue
        subject = resolver.resolve(m.group("desc"), m.start("desc"))
        found.append(AgeClaim(m.group("num"), m.start("num"), m.end("num"), value, subject))
    named(_PAREN)
    for m in _AGED.finditer(text):
        value = _number(m.group("num"))
        lead = m.group(0).lower().split()[0]
        if value is None or not 0 < value <= 120 or not free(m.start(), m.end()):
            continue
        rest = text[m.end() : m.end() + 30]
        if _AT_NOT_AGE.match(rest):
            continue
        if lead == "at" and len(m.group(0).split()) == 2:
            # A bare "at 19" is an age only after words of a life event ("married at 19").
            if not _AT_LEAD.search(text, max(0, m.start() - 60), m.start()):
                continue
            if re.match(r"\s*[a-z]", rest) and not re.match(
                r"\s*(?:and|when|but|after|before|in|she|he|they)\b", rest
            ):
                continue  # "at 19 locations"
        found.append(
            AgeClaim(
                m.group(0), m.start(), m.end(), value, _subject_before(text, resolver, m.start())
            )
        )
    for m in _WHEN_WAS_SCAN.matches(text)[_WHEN_WAS]:
        value = _number(m.group("num"))
        if value is None or not 0 < value <= 120 or not free(m.start("num"), m.end("num")):
            continue
        if _AT_NOT_AGE.match(text, m.end()) or re.match(r"\s+[a-z]", text[m.end() : m.end() + 2]):
            continue  # "when he was 19 points behind", "when she was 5 feet tall"
        who = m.group("who")
        cleaned = _clean_name(who) if who[0].isupper() and who != "I" else None
        if cleaned:
            subject: str | None = _proper(resolver, cleaned, m.start("who"))
        else:
            subject = resolver.resolve(who, m.start("who"))
        found.append(AgeClaim(m.group("num"), m.start("num"), m.end("num"), value, subject))
    for m in _TURNED.finditer(text):
        value = _number(m.group("num"))
        if value is None or not 0 < value <= 120 or not free(m.start(), m.end()):
            continue
        rest = text[m.end() : m.end() + 20]
        if (
            _AT_NOT_AGE.match(rest)
            or re.match(r"\s*[a-z]", rest)
            and not re.match(r"\s*(?:on|in|this|last|next|and|when|years|today|yesterday)\b", rest)
        ):
            continue  # "turned 50 pages", "turned 3 points"
        if m.group("th") and "birthday" not in m.group(0).lower():
            continue
        start = m.start("num")
        found.append(
            AgeClaim(
                text[start : m.end()],
                start,
                m.end(),
                value,
                _subject_before(text, resolver, m.start()),
            )
        )
    for m in _near_old(_YEARS_OLD, text, old):
        value = _number(m.group("num"))
        if value is None or not 0 < value <= 120 or not free(m.start(), m.end()):
            continue
        found.append(
            AgeClaim(
                m.group(0), m.start(), m.end(), value, _subject_before(text, resolver, m.start())
            )
        )
    return found


def find_ages(text: str, resolver: PersonResolver) -> list[AgeClaim]:
    """Every stated age in ``text`` with its subject's canonical name."""
    if not text:
        return []
    old = _old_windows(text)
    ages = _adjective_ages(text, resolver, old)
    ages.extend(_phrase_ages(text, resolver, [(a.start, a.end) for a in ages], old))
    ages.sort(key=lambda a: (a.start, a.end))
    unique: list[AgeClaim] = []
    for age in ages:
        if unique and age.start < unique[-1].end:
            continue
        unique.append(age)
    return unique
