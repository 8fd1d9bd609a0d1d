"""People named in a story: canonical names, aliases, and reference resolution.

``find_people`` returns a ``PeopleIndex`` that lists everyone named and
resolves a name, surname, pronoun or description at a position to the
canonical (fullest) name. Pure Python, rules only (capitalized name
sequences, kinship and role words, pronoun agreement, salience); it must not
guess: a reference it cannot tie to one person resolves to None.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

from . import given_names
from . import lexicon as lx
from .marks import Layout, layout
from .scanning import word_trie
from .types import Person

# (Latin Extended-A, Ā-ſ, mixes upper- and lower-case letters: its lower-case ones count as
# capitals too, a small cost for names such as Łukasz or Šimon. So do Latin Extended-B and
# Latin Extended Additional, for Vietnamese names such as Thảo Phạm or Nguyễn Văn Ước.)
_UPPER = "A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ"
_LOWER = "a-zß-öø-ÿĀ-ɏḀ-ỿ"
_TOKEN = rf"(?:[{_UPPER}](?:[’'][{_UPPER}])?[{_LOWER}]+(?:[{_UPPER}][{_LOWER}]+)?(?:[’'-][{_UPPER}{_LOWER}]+)*|[{_UPPER}]\.)"
_PARTICLE = lx.NAME_PARTICLE
# ("Ilse van der Berg": up to two particles inside a name)
_NAME_SEQ = re.compile(rf"{_TOKEN}(?:[ \u00a0](?:{_PARTICLE}[ \u00a0]){{0,2}}{_TOKEN})*")
# ("Wilhelmina de Groot": a particle inside a name is part of it)
_TOKEN_RE = re.compile(rf"{_TOKEN}|(?<=[ \u00a0]){_PARTICLE}(?=[ \u00a0])")
_PRONOUN = re.compile(r"\b(she|her|hers|herself|he|him|his|himself)\b", re.IGNORECASE)
_FEMALE_PRONOUNS = {"she", "her", "hers", "herself"}
_MALE_PRONOUNS = {"he", "him", "his", "himself"}
_PLURAL_PRONOUNS = {"they", "them", "their", "theirs", "themselves"}
_DESC_MOD_STOP = lx.FUNCTION_WORDS | lx.words(
    "and or of to a an with was is are were be been has have had not who that which as"
    # (a modal is a verb, not a modifier: "the government would bring forward" is no forward)
    " would will could should might must shall did does"
)
# (Long word lists as tries: the same matches as the words joined longest first, found faster;
# they are tried at every "the", "her" and "his" of the text.)
_MOD_STOP_ALT = word_trie(_DESC_MOD_STOP)
# ", a florist in Accra,", ", a local winemaker,": a role in apposition after a name
_INDEFINITE_ROLE_AFTER = re.compile(
    r",\s+an?\s+(?:[a-z][\w-]*\s+){0,2}?(?P<noun>"
    + word_trie(lx.PERSON_NOUNS)
    + r")(?=[,.;]|\s+(?:in|at|of|from|for|with|based|who)\b)"
)
_NOUN_ALT = word_trie(lx.PERSON_NOUNS | lx.KIN_NOUNS | lx.PLURAL_PERSON_NOUNS)
_AFTER_DEMONYM_OK = word_trie(
    lx.SPEECH_VERBS | lx.FUNCTION_WORDS | lx.words("was is has had will would won")
)
_GROUP_NOUN_ALT = word_trie(
    lx.words("group groups club clubs account accounts page pages forum forums association union")
)
# "the model", "her husband", "the 27-year-old Argentine": a description of a person. (Each
# determiner is spelled out in both cases, not as "[Tt]he": alternatives that open with plain
# letters let the engine skip to the places where one of those letters stands.)
_DESCRIPTION = re.compile(
    rf"(?<![\w-])(?P<det>The|the|Her|her|His|his|Their|their)\s+"
    rf"(?P<mods>(?:(?!(?:{_MOD_STOP_ALT})(?![\w-]))[\w’'.-]+\s+){{0,4}}?)"
    rf"(?P<noun>(?:{_NOUN_ALT})s?|Republicans?|Democrats?|(?P<demonym>{lx.DEMONYM_ALT})|No\.\s?\d+|[\w]+-year-old)"
    # ("the Czech foreign minister Jan Lipavsky", "the Lebanese army": a nationality before a
    # noun describes that noun; it is a person only before a verb, a function word or a mark)
    rf"(?(demonym)(?!\s+(?!(?:{_AFTER_DEMONYM_OK})(?![\w-]))[a-z]))"
    # (the last of two person nouns heads the description: "The head coach", not "The head";
    # and a person noun before an organisation's is no person: "The fan group", "the user
    # forum")
    rf"(?![\w-]|\s+(?:{_NOUN_ALT}|{_GROUP_NOUN_ALT})(?![\w-])"
    # ("the general election", "the general public", "the general counsel": an adjective)
    r"|(?<=general)\s+(?!(?:said|says|told|wrote|writes|posted|posts|added|adds|announced|"
    r"was|is|has|had|would|will|did)\b)[a-z])"
)
# The same without the look-behind, for scanning: the engine skips ahead much faster when a
# pattern starts with plain letters; _inside_word() does the look-behind's job.
_DESCRIPTION_SCAN = re.compile(_DESCRIPTION.pattern.replace("(?<![\\w-])", "", 1))


def _inside_word(text: str, pos: int) -> bool:
    before = text[pos - 1 : pos]
    return bool(before) and (before.isalnum() or before in "_-’'")


# A verb right after a description: it is the subject of its clause ("the 22-year-old said").
_VERB_AFTER = re.compile(
    r"\s+(?:\w+ly\s+)?(?:said|says|added|adds|wrote|writes|told|tells|asked|explained|[a-z]+ed)\b"
)
_VERB_RIGHT_BEFORE = re.compile(
    r"\x00?[,\s”\"]\s*(?:said|says|added|adds|wrote|writes|recalled|explained)\s+$"
)
_YEAR_OLD = re.compile(r"[\w]+-year-old$")
# (What "the word before" means; _word_right_before finds the same without the engine.)
_WORD_BEFORE = re.compile(r"([A-Za-zé]+)[,\s]{1,3}$")
_TITLE_BEFORE = re.compile(r"\b([A-Z][a-z]{1,3})\.\s$")
_AND = re.compile(r"\s+and\s+")
_COORD = re.compile(r",?\s+(?:and|&)\s+")
# ("The 33-year-old former teacher told": an adjective or two may stand before the noun)
_NOUN_AFTER = re.compile(
    rf"(?:\s+(?:former|retired|ex|veteran|fellow|new|young|single|married|local|lifelong))?"
    rf"\s+(?:{_NOUN_ALT})(?![\w-])"
)
_COMMA_SPACE = re.compile(r",?\s+")


@dataclass(frozen=True)
class Mention:
    """A reference to one person (or, with ``group``, to several) in the text."""

    start: int
    end: int
    person: int  # index into PeopleIndex.people; -1 for a group
    kind: str  # "name", "alias" or "description"
    in_quote: bool
    group: tuple[int, ...] = ()


class _Resolver:
    """The mutable state behind a PeopleIndex: mentions in reading order and what is known of each person."""

    def __init__(
        self,
        names: list[str],
        aliases: list[list[str]],
        mentions: list[Mention],
        genders: list[str | None],
        children: set[int],
        couples: list[tuple[int, int, int]],
        text: str,
        sentence_starts: tuple[int, ...],
    ) -> None:
        self.names = names
        self.aliases = aliases
        self.mentions = mentions
        self.starts = [m.start for m in mentions]
        self.genders = genders
        self.children = children
        self.couples = couples
        self.text = text
        self.sentence_starts = sentence_starts
        self.layout: Layout | None = None
        # (for people the story leaves of unknown gender, the usual sex of their given name)
        self.leanings = _leanings(names, genders)
        self.roles: dict[str, list[tuple[int, int]]] = {}
        self.exact: dict[str, int] | None = None  # built on first use, after the aliases are known
        self.words: dict[str, list[int]] | None = None
        self.desc_aliases: dict[str, int] | None = None  # see description_aliases
        self.heads: dict[str, set[int]] | None = None  # see head_noun_owner

    def description_aliases(self) -> dict[str, int]:
        """Lowered lower-case and "the …" aliases -> the first person who has them.

        Built once and kept current by ``add_alias``, so a description looks up its
        alias instead of scanning every person's aliases each time.
        """
        if self.desc_aliases is None:
            self.desc_aliases = {}
            for i, known in enumerate(self.aliases):
                for a in known:
                    _index_description_alias(self.desc_aliases, a, i)
        return self.desc_aliases

    def head_noun_owner(self, noun: str) -> int | None:
        """ "His surgeon, Dr. Beatriz Moreira-Lund, … “…,” the surgeon said": the one person
        whose description alias ends in the noun ("his surgeon", "the club’s coach")."""
        if self.heads is None:
            self.heads = {}
            for i, known in enumerate(self.aliases):
                for a in known:
                    _index_head_noun(self.heads, a, i)
        owners = self.heads.get(noun)
        return next(iter(owners)) if owners and len(owners) == 1 else None

    def add_alias(self, person: int, alias: str) -> None:
        known = self.aliases[person]
        before = len(known)
        _add_alias(known, alias, self.names[person])
        if self.desc_aliases is not None and len(known) > before:
            _index_description_alias(self.desc_aliases, known[-1], person)
        if self.heads is not None and len(known) > before:
            _index_head_noun(self.heads, known[-1], person)

    def add(self, mention: Mention) -> None:
        i = bisect_left(self.starts, mention.start)
        self.starts.insert(i, mention.start)
        self.mentions.insert(i, mention)

    def before(self, start: int, limit: int) -> list[Mention]:
        """Up to ``limit`` mentions that start before ``start``, nearest first."""
        i = bisect_left(self.starts, start)
        return self.mentions[max(0, i - limit) : i][::-1]

    def resolve(self, mention: str, start: int) -> int | tuple[int, ...] | None:
        words = mention.split()
        if not words or not self.names:
            return None
        phrase = " ".join(words)
        lowered = phrase.lower()
        if lowered.endswith(("’s", "'s")):
            lowered = lowered[:-2]
        if lowered in _FEMALE_PRONOUNS:
            return self.pronoun(start, "f")
        if lowered in _MALE_PRONOUNS:
            return self.pronoun(start, "m")
        if lowered in _PLURAL_PRONOUNS:
            return self.group_before(start)
        if lowered in {"i", "we", "me", "us", "you", "it"}:
            return None
        recorded = self.mention_at(start, len(mention))
        if recorded is not None:
            return recorded
        by_name = self.by_name(lowered, start)
        if by_name is not None:
            return by_name
        if len(words) > 2 and words[-1][:1].isupper():
            # "Meteorologist Carl Brennan", "reviewer Omar Haddad": a role before a known name
            # (not "The Late Show with Stephen Colbert": only role words may come before it).
            for k in range(1, len(words) - 1):
                if not all(_role_like(w) for w in words[:k]):
                    break
                tail = self.by_name(" ".join(words[k:]).lower(), start)
                if tail is not None:
                    return tail
        match = _DESCRIPTION.fullmatch(phrase)
        if match is not None:
            return self.description(match.group("det"), phrase.split()[-1], phrase, start)
        return None

    def mention_at(self, start: int, length: int) -> int | tuple[int, ...] | None:
        i = bisect_left(self.starts, start)
        if i < len(self.mentions) and self.mentions[i].start == start:
            m = self.mentions[i]
            if m.end - m.start <= length + 2:
                return m.group if m.person < 0 else m.person
        return None

    def description_covering(self, start: int, end: int) -> int | tuple[int, ...] | None:
        """The person of a description recorded over [start, end), or ending there ("New Zealander"
        inside "the New Zealander", "Lamontaigne’s manager")."""
        for m in self.before(end, 4):
            if m.kind == "description" and m.start <= start and abs(m.end - end) <= 1:
                return m.group if m.person < 0 else m.person
        return None

    def mention_starting(self, start: int) -> int | tuple[int, ...] | None:
        """The person of the longest recorded mention that starts exactly at ``start``."""
        i = bisect_left(self.starts, start)
        if i < len(self.mentions) and self.mentions[i].start == start:
            m = self.mentions[i]
            return m.group if m.person < 0 else m.person
        return None

    def by_name(self, lowered: str, start: int) -> int | None:
        if self.exact is None or self.words is None:
            self.exact, self.words = {}, {}
            for i, n in enumerate(self.names):
                self.exact.setdefault(n.lower(), i)
                keys = set(n.lower().split()) | {
                    a.lower() for a in self.aliases[i] if a[:1].isupper()
                }
                for key in keys:
                    self.words.setdefault(key, []).append(i)
        if lowered in self.exact:
            return self.exact[lowered]
        candidates = self.words.get(lowered, [])
        if len(candidates) <= 1:
            return candidates[0] if candidates else None
        # A surname two people share ("Ward"): the one who just opened a sentence of the same
        # paragraph in full ("Konrad Brandvold told the Herald … “…,” Brandvold said");
        # otherwise news style keeps the bare surname for the main person of the story, so the
        # most mentioned one so far, the first named on a tie.
        for m in self.before(start, 60):
            if m.person in candidates and not m.in_quote and m.kind in {"name", "alias"}:
                if (
                    m.kind == "name"
                    and self.layout is not None
                    and self.same_paragraph(m.start, start)
                    and _opens_as_subject(self.text, self.layout, m.start, m.end)
                ):
                    return m.person
                break
        counts: Counter[int] = Counter()
        first: dict[int, int] = {}
        for m in self.before(start, 400):
            if m.person in candidates and not m.in_quote and m.kind in {"name", "alias"}:
                counts[m.person] += 1
                first[m.person] = m.start
        if not counts:
            return None
        return min(counts, key=lambda p: (-counts[p], first[p]))

    def pronoun(
        self, start: int, gender: str, exclude: int | None = None, follow: bool = True
    ) -> int | None:
        """Whom a pronoun of ``gender`` at ``start`` refers to. ``follow``: whether a pronoun that
        is its sentence's subject may be followed back (once only, so resolution stays linear)."""
        if self.anonymous_before(start):
            # ("A harbour pilot who asked not to be named told NDR … “…,” he said": the source
            # granted anonymity, no one named)
            return None
        fallback: int | None = None
        for m in self.before(start, 80):
            if start - m.start > 3000:
                break
            if m.in_quote or m.person < 0 or m.person == exclude:
                continue
            if m.kind == "description" and self.text[m.end : m.end + 2] in ("’s", "'s"):
                continue  # ("grateful for the commissioner’s reply": his reply, not him speaking)
            g = self.genders[m.person]
            leaning = self.leanings[m.person]
            if g == gender or (g is None and leaning == gender):
                return (
                    m.person
                    if self._is_subject(m)
                    else self._object_or_subject(m, gender, exclude, follow)
                )
            if g is None and leaning is not None:
                # ("Marsh asked … “…,” he said": a Jenny is passed over for an earlier Derek, but
                # still taken when no one else fits.)
                if fallback is None and start - m.start < 600:
                    fallback = m.person
                continue
            if g is None and fallback is None and start - m.start < 600:
                fallback = m.person
                # A person of unknown gender named (or described: "Reached by phone, the pastor
                # said he …") in the sentence just before is nearer than anyone farther back,
                # whatever their gender.
                # (not a possessive: "Harriet Osei replied under Baek’s post. “…,” she wrote")
                if (
                    (m.kind in {"name", "alias"} or (m.kind == "description" and self._opens(m)))
                    and self.sentences_between(m.start, start) <= 1
                    and self.text[m.end : m.end + 2] not in ("’s", "'s")
                ):
                    return (
                        m.person
                        if self._is_subject(m)
                        else self._object_or_subject(m, gender, exclude, follow)
                    )
                if (
                    self.same_paragraph(m.start, start)
                    and self._is_subject(m)
                    and self._opens(m)
                    and not any(
                        o.person != m.person and o.person >= 0 and not o.in_quote
                        for o in self.before(start, 12)
                        if o.start > m.start
                    )
                ):
                    # ("The club’s president, Aurelio Mancinelli, had struck a cautious note. In
                    # an interview …, he said …": the paragraph's subject, no one else named
                    # since, before anyone in an earlier paragraph)
                    return m.person
        return fallback

    def _opens(self, m: Mention) -> bool:
        """Whether a mention opens its sentence, perhaps after a leading phrase ("Reached by
        phone, the pastor said")."""
        lo, _hi = self.sentence_bounds(m.start)
        return bool(_OPENING_PHRASE.fullmatch(self.text, lo, m.start))

    def _is_subject(self, m: Mention) -> bool:
        """Whether a mention is the subject of its clause ("Councilwoman Lorraine Hsu, who voted
        no, said …"), not an object ("… nothing against Ruiz")."""
        lo, _hi = self.sentence_bounds(m.start)
        # (the last 400 characters of the sentence only: one endless sentence is not read again
        # for each name in it)
        before = self.text[max(lo, m.start - 400) : m.start]
        return (
            bool(_SUBJECT_PLACE.search(before))
            and bool(
                _FINITE_VERB_AFTER.match(self.text, m.end, m.end + 120)
                # ("Ferrante’s spokesman, Alvaro Ketteridge, told": named in apposition to the
                # sentence's opening words, not inside another's apposition: "Tanabe, who finished
                # behind the winner, Callum Reid, posted")
                or (
                    before.count(",") == 1
                    and before.rstrip().endswith(",")
                    and self.text[m.end : m.end + 1] == ","
                    and _FINITE_VERB_AFTER.match(self.text, m.end + 1, m.end + 120)
                )
            )
        )

    def _object_or_subject(
        self, m: Mention, gender: str, exclude: int | None, follow: bool
    ) -> int | None:
        """The person a pronoun refers to when the nearest fit, m, is not its clause's subject."""
        found = self._subject_before(m, gender)
        if found == m.person and follow:
            # ("In an interview …, she told the host, Devika Raghunathan, that … “…,” she said":
            # the pronoun that is the sentence's subject, not its object)
            earlier = self._pronoun_subject_before(m, gender)
            if earlier is not None:
                return self.pronoun(earlier, gender, exclude, follow=False)
        return found

    def _pronoun_subject_before(self, m: Mention, gender: str) -> int | None:
        """Where a pronoun of ``gender`` is the subject of m's sentence, before m."""
        lo, _hi = self.sentence_bounds(m.start)
        found = _SUBJECT_PRONOUN["f" if gender == "f" else "m"].search(self.text, lo, m.start)
        return found.start("pron") if found else None

    def _subject_before(self, m: Mention, gender: str) -> int:
        """ "Hsu … said she had nothing against Ruiz. “…,” she said": a pronoun continues the
        subject of that sentence, not a person named later in it as an object."""
        lo, _hi = self.sentence_bounds(m.start)
        for earlier in self.before(m.start, 20):
            if earlier.start < lo:
                break
            if (
                not earlier.in_quote
                and earlier.person >= 0
                and earlier.person != m.person
                # (or of unknown gender: "Keisha Lambert, whose son is in Raman’s class, said …
                # “…,” she said")
                and (
                    self.genders[earlier.person] == gender
                    or (
                        self.genders[earlier.person] is None
                        and self.leanings[earlier.person] in (gender, None)
                    )
                )
                # ("The 38-year-old … told host Marisa Quint that …": a description too)
                and earlier.kind in {"name", "alias", "description"}
                and self._is_subject(earlier)
            ):
                return earlier.person
        return m.person

    def sentences_between(self, a: int, b: int) -> int:
        return bisect_left(self.sentence_starts, b + 1) - bisect_left(self.sentence_starts, a + 1)

    def group_before(self, start: int) -> tuple[int, ...] | None:
        for m in self.before(start, 40):
            if start - m.start > 2500:
                break
            if m.person < 0 and not m.in_quote:
                return m.group
        return None

    def role_holder(self, noun: str, start: int) -> int | None:
        """ "Governor Beatrice Langford … replied to the governor’s post": the one person named
        with a role word before ``start``, however far back (None when two or none were)."""
        holders = {person for pos, person in self.roles.get(noun, ()) if pos < start}
        return next(iter(holders)) if len(holders) == 1 else None

    def description(
        self, det: str, noun: str, phrase: str, start: int
    ) -> int | tuple[int, ...] | None:
        det = det.lower()
        noun = noun.lower().rstrip(".,")
        base = (
            noun[:-1]
            if noun.endswith("s") and noun[:-1] in lx.KIN_NOUNS | lx.PERSON_NOUNS
            else noun
        )
        known = self.description_aliases()
        if phrase.lower() in known:
            return known[phrase.lower()]
        if base in lx.PLURAL_PERSON_NOUNS or noun in lx.PLURAL_PERSON_NOUNS:
            return self.group_before(start)
        if base != noun:
            return None  # "the patients", "the children": several people, none of them named
        if det == "the" and base in self.roles:
            # "Goalie Sam Ortiz, 28, was blunter. “…,” the goalie said": a role word names the
            # person just introduced with it, in the same paragraph and close by; farther away,
            # "the model" is the story's main person again, not the model named in passing.
            # ("A federal judge blocked the plan. … U.S. District Judge Marisol Etxeberria
            # wrote … “…,” the judge wrote": named since the indefinite "a judge".)
            for pos, person in reversed(self.roles[base]):
                if pos < start and start - pos < 300 and self.same_paragraph(pos, start):
                    return person
        if det == "the" and self.introduced_unnamed(base, start):
            return None  # "A Google spokesperson disputed it. … the spokesperson said": unnamed
        if det == "the" and base in _OFFICES:
            # ("Defence Minister Konstantin Arvidsson told a hearing … He was pressed by Vera
            # Lindqvist-Obi … The minister answered": an office only one person in the story
            # has been named with)
            # (as the subject of its clause: "an endorsement from the governor" is left to the
            # rules below)
            holders = {person for pos, person in self.roles.get(base, ()) if pos < start}
            lo, _hi = self.sentence_bounds(start)
            if (
                len(holders) == 1
                and _SUBJECT_PLACE.search(self.text[lo:start])
                and _FINITE_VERB_AFTER.match(
                    self.text, start + len(phrase), start + len(phrase) + 120
                )
                and not self.introduced_unnamed(base, start)
            ):
                return next(iter(holders))
        if det == "the" and self.anonymous_before(start):
            # "A senior diplomat …, who asked not to be named, was less upbeat. “…,” the official
            # told the Basin Times": the source just granted anonymity, named by another noun
            return None
        if det == "the" and _OF_A_BODY.match(phrase):
            return None  # "The league’s commissioner called her …": a body's officer, unnamed
        gender = "f" if base in lx.FEMALE_NOUNS else "m" if base in lx.MALE_NOUNS else None
        if det in {"her", "his", "their"} and base in lx.KIN_NOUNS:
            if base not in lx.KIN_SPOUSE:
                return None  # "her son" with two sons in the story cannot be told apart by rules.
            owner = (
                self.group_before(start)
                if det == "their"
                else self.pronoun(start, "f" if det == "her" else "m")
            )
            owners = (
                set(owner) if isinstance(owner, tuple) else {owner} if owner is not None else set()
            )
            partners: Counter[int] = Counter()
            for a, b, _ in self.couples:
                if a in owners and b not in owners:
                    partners[b] += 1
                elif b in owners and a not in owners:
                    partners[a] += 1
            ranked = [
                p
                for p, _ in partners.most_common()
                if gender is None or self.genders[p] in (gender, None)
            ]
            return ranked[0] if ranked else None
        if det != "the":
            return None
        aged = _AGE_IN_PHRASE.search(phrase)
        if aged is not None:
            # "Mateo Villanueva, 29, says … Ingrid Halvorsen commented … The 29-year-old replied":
            # the one person named with that age before
            found = self.aged_before(start, aged.group(1))
            if found is not None and not self._age_said_of_another(start, aged.group(1), found):
                return found
        if base in _YOUNG_NOUNS:
            # "The 16-year-old snowboarder Kaito Moriyama … The teenager told reporters": the
            # one person named with a young age before.
            young = self.young_before(start)
            if young is not None:
                return young
        apposed = self._apposed_with(base, start) if det == "the" else None
        if apposed == _AMBIGUOUS:
            return None  # (two people named beside the noun: no telling which)
        if apposed is not None and (gender is None or self.genders[apposed] in (gender, None)):
            # ("Tom Reyes, the restaurant’s chef, and Lena Park, the restaurant’s manager, …
            # “…,” the manager said": the one named beside that very noun)
            return apposed
        topic = self.topic_of_previous_sentence(
            start, start + len(phrase), gender, phrase.split()[-1][:1].isupper()
        )
        if topic == _AMBIGUOUS:
            return None  # ("Kane Williamson praised Aiden Markram. “…,” said the South African")
        if topic is not None:
            return topic
        owner = self.head_noun_owner(base) if " " not in phrase.strip()[4:] else None
        if owner is not None and (gender is None or self.genders[owner] in (gender, None)):
            return owner
        return self.salient(start, gender)

    def topic_of_previous_sentence(
        self, start: int, end: int, gender: str | None, phrase_noun_capitalised: bool = False
    ) -> int | None:
        """ "Star forward Jalen Cruz … agreed. “…,” the 22-year-old said": a description that is the
        subject of its clause continues the person named first in the sentence just before."""
        inverted = not _VERB_AFTER.match(self.text, end, end + 40)
        if inverted and not (
            # ("McIlwraith told the golf weekly … “…,” said the Scot": inverted after its verb)
            _VERB_RIGHT_BEFORE.search(self.text, max(0, start - 16), start)
        ):
            return None
        i = bisect_left(self.sentence_starts, start + 1) - 1
        if i < 1:
            return None
        lo, hi = self.sentence_starts[i - 1], self.sentence_starts[i]
        across = not self.same_paragraph(lo, start)
        if across and not (
            # ("Kiara Dunmore announced … \n\n“…,” the 29-year-old wrote": a paragraph that opens
            # with a quote goes on with the one the paragraph before ended on, when that sentence
            # opens with their name)
            self.same_paragraph(self.sentence_starts[i], start)
            and self.text[self.sentence_starts[i] : start].lstrip()[:1] in '“"'
        ):
            return None
        named = [
            m
            for m in self.mentions[bisect_left(self.starts, lo) : bisect_left(self.starts, hi)]
            if not m.in_quote and m.person >= 0 and m.kind in {"name", "alias"}
        ]
        if (inverted or phrase_noun_capitalised) and len({m.person for m in named}) > 1:
            # ("Kane Williamson praised Aiden Markram. “…,” said the South African": either, and
            # no one else)
            return _AMBIGUOUS
        for m in named:
            if m.person in self.children or (
                gender and self.genders[m.person] not in (gender, None)
            ):
                return None
            if across and (self.text[lo : m.start].strip() or m.person != self.first_named()):
                # (the name must open that sentence, its subject, and be the story's first:
                # "Rhys Calloway did not respond. ¶ “…,” the reality star wrote" is not his)
                return None
            return m.person
        if across:
            return None
        # ("Asked about it after training, he smiled. “…,” said the New Zealander": no one named
        # in the sentence before, whose subject is a pronoun: whom it refers to)
        for pronoun_gender, word in _SUBJECT_PRONOUN.items():
            if gender in (None, pronoun_gender):
                found = word.search(self.text, lo, hi)
                if found:
                    return self.pronoun(found.start("pron"), pronoun_gender, follow=False)
        return None

    def first_named(self) -> int | None:
        """The person the story names first."""
        return next((m.person for m in self.mentions if m.kind == "name" and m.person >= 0), None)

    def salient(self, start: int, gender: str | None) -> int | None:
        """The main adult of the story so far: most mentioned before ``start``, first-named on a tie."""
        lo, hi = self.sentence_bounds(start)
        counts: Counter[int] = Counter()
        first_seen: dict[int, int] = {}
        excluded: set[int] = set()
        for m in self.before(start, 400):
            if m.person < 0 or m.in_quote:
                continue
            counts[m.person] += 1
            first_seen[m.person] = m.start
            if m.start >= lo and m.kind == "name":
                excluded.add(m.person)
        i = bisect_left(self.starts, start)
        while i < len(self.mentions) and self.mentions[i].start < hi:
            if self.mentions[i].kind == "name":
                excluded.add(self.mentions[i].person)
            i += 1
        ranked = sorted(
            (
                p
                for p in counts
                if p not in excluded
                and p not in self.children
                and (gender is None or self.genders[p] in (gender, None))
            ),
            key=lambda p: (-counts[p], first_seen[p]),
        )
        return ranked[0] if ranked else None

    def young_before(self, start: int) -> int | None:
        """The only person named before ``start`` with an age under 20 beside the name ("the
        16-year-old snowboarder Kaito Moriyama", "Kaito Moriyama, 16,")."""
        return self._only_one_aged(
            self.before(start, 400), _YOUNG_AGE_BEFORE, _YOUNG_AGE_AFTER, {"name"}
        )

    def aged_before(self, start: int, age: str) -> int | None:
        """The only person named before ``start`` with ``age`` beside the name ("Mateo
        Villanueva, 29,", "the 29-year-old storm chaser Mateo Villanueva")."""
        mentions = self.before(start, 400)
        if not mentions or self.text.find(age, mentions[-1].start, start) < 0:
            return None  # (the age is nowhere near: no pattern is tried)
        before, after = _age_patterns(age)
        return self._only_one_aged(mentions, before, after, {"name", "alias"})

    def _only_one_aged(
        self,
        mentions: list[Mention],
        before: re.Pattern[str],
        after: re.Pattern[str],
        kinds: set[str],
    ) -> int | None:
        """The one person among ``mentions`` (at most 400, as ``salient`` reads) whose name has
        an age written before it (``before``, ending where the name starts) or after it."""
        found: set[int] = set()
        for m in mentions:
            if m.kind not in kinds or m.person < 0 or m.in_quote:
                continue
            if after.match(self.text, m.end, m.end + 6) or before.search(
                self.text, max(0, m.start - 60), m.start
            ):
                found.add(m.person)
        return next(iter(found)) if len(found) == 1 else None

    def _age_said_of_another(self, start: int, age: str, person: int) -> bool:
        """ "The winner, Ingrid Halvorsen, who turned 29 on Sunday, …": the age is given in the
        sentence before, where someone else is named."""
        i = bisect_left(self.sentence_starts, start + 1) - 1
        if i < 1:
            return False
        lo, hi = self.sentence_starts[i - 1], self.sentence_starts[i]
        named = {
            m.person
            for m in self.mentions[bisect_left(self.starts, lo) : bisect_left(self.starts, hi)]
            if m.kind in {"name", "alias"} and not m.in_quote and m.person >= 0
        }
        # (not "Coach Ahmet Yilmaz picked Emre Kaya, 19, …": the one of that age is named there)
        return (
            person not in named
            and bool(named)
            and re.search(rf"\b{age}\b", self.text[lo:hi]) is not None
        )

    def introduced_unnamed(self, noun: str, start: int) -> bool:
        """True when "a/an … <noun>" (someone the story does not name) comes shortly before."""
        window_lo = max(0, start - 600)
        window = self.text[window_lo:start]
        if noun not in window:
            return False
        indefinite, of_phrase, possessive, noun_at = _unnamed_patterns(noun)
        # "met the prime minister of Portugal … “…,” the prime minister said": a role the story
        # gives an unnamed person ("the X of Y" with no name beside it, not in apposition).
        # "his representative confirmed … “…,” the representative said": a person introduced
        # by their relation to someone, with no name beside it.
        last = max(
            (
                m
                for m in indefinite.finditer(window)
                # (not a predicate: "Nwosu, who trained as a pastry chef", "she was a chef")
                if not _PREDICATE_BEFORE.search(window, max(0, m.start() - 12), m.start())
            ),
            key=lambda m: m.start(),
            default=None,
        )
        if last is not None:
            # ("A geologist who studied the slope, Rafael Quintanilla, told …": named in
            # apposition in the same sentence after all)
            at = max(0, start - 600) + last.end()
            lo, hi = self.sentence_bounds(at)
            named = any(
                m.kind == "name" and m.start > at and self.text[m.start - 2 : m.start] == ", "
                for m in self.before(min(hi, start), 6)
            )
            # ("Nguyen Thi Mai, a 41-year-old pharmacist who posted …": in apposition to the
            # name just before it)
            opens = max(0, start - 600) + last.start()
            named = named or (
                self.text[opens - 2 : opens] == ", "
                and any(m.kind == "name" and m.end == opens - 2 for m in self.before(opens, 2))
            )
            if not named:
                return True
        return of_phrase.search(window) is not None or (
            noun not in lx.KIN_NOUNS
            and _possessive_unnamed(
                window,
                noun,
                possessive,
                noun_at,
                # (in the quote's paragraph: one named in an earlier one is not meant)
                lambda at: (
                    self._name_right_before(window_lo + at) is not None
                    and self.same_paragraph(window_lo + at, start)
                ),
            )
        )

    def _apposed_with(self, noun: str, start: int) -> int | None:
        """The person last named with "Name, the X’s … <noun>," in the paragraph before."""
        window_lo = max(0, start - 600)
        window = self.text[window_lo:start]
        if noun not in window:
            return None
        _, _, possessive, noun_at = _unnamed_patterns(noun)
        holders: set[int] = set()
        last = None
        for at in noun_at.finditer(window):
            end = at.start() + len(noun)
            head = possessive.search(window, 0, end)
            pos = window_lo + head.start() if head else -1
            named = self._name_right_before(pos) if head else None
            last = None
            if (
                named is not None
                and self.same_paragraph(pos, start)
                # (not one who no longer holds it: "the team’s former coach")
                and not _NO_LONGER.search(head.group())
            ):
                last = named.person
                holders.add(last)
        # (the noun's last use, and no one else described with it: not "Jane Holt, the clinic’s
        # nurse, and Peter Holt, the clinic’s nurse", nor "…, a nurse on the cancer ward")
        if len(holders) > 1:
            return _AMBIGUOUS
        return last if last is not None and last >= 0 else None

    def _name_right_before(self, pos: int) -> Mention | None:
        """The name that "Name, the " ends with right at ``pos``: a description in apposition
        to it ("Ali Hassan, the hotel’s night porter,")."""
        if self.text[max(0, pos - 6) : pos] != ", the ":
            return None
        return next((m for m in self.before(pos, 3) if m.kind == "name" and m.end == pos - 6), None)

    def anonymous_before(self, start: int) -> bool:
        """True when someone was granted anonymity shortly before in the paragraph ("who asked
        not to be named") and no one has been named since."""
        lo = max(0, start - 400)
        found = max(
            lx.ANONYMITY.finditer(self.text, lo, start), key=lambda m: m.start(), default=None
        )
        if found is None or not self.same_paragraph(found.start(), start):
            return False
        # (the one granted anonymity opens the sentence: "A harbour pilot who asked not to be
        # named told …", not "Tom Hall met a donor who asked not to be named")
        sentence_lo, _hi = self.sentence_bounds(found.start())
        if not lx.ANONYMOUS_OPENING.match(self.text, sentence_lo, found.end()):
            return False
        return not any(
            m.kind in {"name", "alias"} and m.start > found.start() for m in self.before(start, 8)
        )

    def same_paragraph(self, a: int, b: int) -> bool:
        if self.layout is None:
            return "\n" not in self.text[a:b]
        return self.layout.paragraph_of(a) == self.layout.paragraph_of(b)

    def sentence_bounds(self, start: int) -> tuple[int, int]:
        starts = self.sentence_starts
        i = bisect_left(starts, start + 1) - 1
        lo = starts[i] if i >= 0 else 0
        hi = starts[i + 1] if i + 1 < len(starts) else len(self.text)
        return lo, hi


# Offices held by one named person at a time, named in the title before the name ("Defence
# Minister Konstantin Arvidsson"): "the minister" later in the story is that person.
# Titles written short before a name, by the role they name ("Gov. Ann Lee … the governor").
_ABBREVIATED_ROLES = {
    "gov": "governor",
    "sen": "senator",
    "supt": "superintendent",
    "gen": "general",
    "lt": "lieutenant",
    "sgt": "sergeant",
    "capt": "captain",
    "det": "detective",
    "insp": "inspector",
    "amb": "ambassador",
    "cmdr": "commander",
    "col": "colonel",
    "maj": "major",
    "atty": "attorney",
    "pres": "president",
}
_OFFICES = lx.words(
    "minister president governor senator mayor chancellor premier ambassador commissioner "
    "sheriff prosecutor manager coach chairman chairwoman director captain founder "
    "superintendent principal"
)
# A pronoun that opens a sentence or follows its leading phrase ("In an interview on the
# podcast, she told the host, …"), with its verb.
_SUBJECT_PRONOUN = {
    gender: re.compile(
        rf"(?:(?<=[.!?]\s)|(?<=^)|(?<=,\s))(?P<pron>{word})\s+[a-z]+(?:ed|old|aid|ote)\b"
    )
    for gender, word in (("m", "[Hh]e"), ("f", "[Ss]he"))
}


_AMBIGUOUS = -2  # (a description that could be either of two people named just before)
_PREDICATE_BEFORE = re.compile(r"\b(?:as|is|was|became|becomes|been|being)\s+$")


# Nouns for a young person ("the teenager") and a young age beside a name.
@lru_cache(maxsize=128)
def _age_patterns(age: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """An age written before a name ("the 29-year-old storm chaser") and after it (", 29")."""
    return (
        re.compile(rf"\b{age}-year-old(?:,\s+|\s+(?:[a-z][\w-]*\s+){{0,3}})$"),
        re.compile(rf",\s+{age}\b"),
    )


_AGE_IN_PHRASE = re.compile(r"\b(\d{1,3})-year-old\b")
_YOUNG_NOUNS = lx.words("teenager teen youngster schoolboy schoolgirl")
# ("a 17-year-old, Bilal Hussain": the name may follow in apposition)
_YOUNG_AGE_BEFORE = re.compile(r"\b1[3-9]-year-old(?:,\s+|\s+(?:[a-z][\w-]*\s+){0,3})$")
_YOUNG_AGE_AFTER = re.compile(r",\s+1[3-9],")


_HEAD_NOUN_ALIAS = re.compile(
    r"(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[\w-]+[’']s)\s+(?:[\w’'-]+\s+){0,3}(?P<noun>[a-z][a-z-]+)"
)


def _index_head_noun(index: dict[str, set[int]], alias: str, person: int) -> None:
    found = _HEAD_NOUN_ALIAS.fullmatch(alias)
    if found:
        index.setdefault(found.group("noun"), set()).add(person)


def _index_description_alias(index: dict[str, int], alias: str, person: int) -> None:
    lowered = alias.lower()
    if (not alias[:1].isupper() or lowered.startswith("the ")) and person < index.get(
        lowered, person + 1
    ):
        index[lowered] = person


# Where a clause's subject starts: the sentence opening (perhaps after capitalized titles), or
# after a comma or a conjunction.
# ("Austin City Council member Theresa Nguyen said": a lower-case role word in the title)
_SUBJECT_PLACE = re.compile(
    # ("“Everyone on this list,” the governor said": right after a quote's closing mark)
    r"(?:^|[,;]\s+|\b(?:and|but)\s+|\x00\s*|[,!?—–-][’'”\"]\s+)"
    # ("When Rosa Delgado did not come back, her friend Helen Moreau sent …": a relation or a
    # role in lower case before the name)
    r"(?:(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:[a-z][\w-]*\s+){1,3})?"
    r"(?:(?:[A-Z][\w.’'-]*|member)\s+)*$"
)
_FINITE_VERB_AFTER = re.compile(
    # ("The 38-year-old, who works at the University of Iceland with her longtime collaborator
    # Pétur Ólafsson, said": a relative clause of up to 120 characters)
    # ("Brennan, 58, now runs a night shelter": an adverb of time before the verb)
    r"(?:(?:,[^,\x00]{1,120}){1,2},)?\s+(?:(?:\w+ly|now|still|already|later|once|again)\s+)?"
    r"(?:[a-z]+(?:ed|s)|said|told|wrote|has|had|was|"
    # (common irregular pasts: "Curtis Vandermolen, the bill’s opponent, made his case")
    r"made|took|gave|went|came|spoke|held|led|left|met|put|set|sent|won|lost|broke|began|brought|"
    r"thought|found|kept|felt|stood|ran|saw|got|paid|drew|knew|fell|fought|rose|sold|spent|"
    r"taught|withdrew|struck|is|are|were|did|became|chose|threw|wore|fled|sat|sang|hung)\b"
)


# After "his … <noun>": a name or a role word, which says the person is named ("his lawyer,
# Jo Park"). The same for every noun, so the long role-word alternation is compiled once.
# ("The church’s minister, the Rev Alan Fairbairn,": "the", perhaps a word or two, then the name)
_DAY_ALT = "|".join(sorted(lx.WEEKDAY_NAMES))
# (not "His lawyer, the following Monday, filed" nor "Its singer, the Guardian reported,": the
# name closes the apposition with a comma, and is no day)
_NAMED_AFTER = re.compile(
    rf",?\s+(?:the\s+(?:[a-z][\w-]*\s+){{0,3}}(?!(?:{_DAY_ALT})\b)"
    rf"(?=[{_UPPER}][\w’'.-]*(?:\s+[{_UPPER}][\w’'.-]*)+,))?"
    rf"(?:[{_UPPER}]|(?:{word_trie(lx.ROLE_WORDS)})\s)"
)


@lru_cache(maxsize=512)
def _unnamed_patterns(
    noun: str,
) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """ "a/an … <noun>" and "the … <noun> of <Name>": someone introduced without a name.

    The third is "his … <noun>" ending where the search stops, and the fourth finds where
    ``noun`` stands; ``_possessive_unnamed`` uses them with ``_NAMED_AFTER``.
    """
    indefinite = re.compile(
        rf"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\w’'-]+\s+){{0,3}}{re.escape(noun)}\b"
    )
    of_phrase = re.compile(
        rf"(?<!, )\b[Tt]he\s+(?:[\w’'-]+\s+){{0,2}}{re.escape(noun)}\s+(?:of|for|at)\s+"
        rf"(?:the\s+)?[{_UPPER}][\w’'-]*(?:\s+[{_UPPER}][\w’'-]*)*(?!,?\s+[{_UPPER}])"
    )
    possessive = re.compile(
        rf"\b(?:[Hh]is|[Hh]er|[Tt]heir|[\w]+[’']s)\s+(?:[\w’'-]+\s+){{0,2}}{re.escape(noun)}\Z"
    )
    noun_at = re.compile(rf"(?={re.escape(noun)}\b)")
    return indefinite, of_phrase, possessive, noun_at


_NO_LONGER = re.compile(r"\b(?:former|ex-|late|then|outgoing|interim|acting)\b")


def _possessive_unnamed(
    window: str,
    noun: str,
    possessive: re.Pattern[str],
    noun_at: re.Pattern[str],
    apposed: Callable[[int], bool],
) -> bool:
    """Whether "his/her/their/X's … <noun>" stands in ``window`` with no name or role word after.

    The same answer as one search for the phrase followed by ``(?!…_NAMED_AFTER…)``: the phrase
    ends at some place where ``noun`` ends, so each such place not followed by a name is tried
    with the phrase ending exactly there.
    """
    for at in noun_at.finditer(window):
        end = at.start() + len(noun)
        if _NAMED_AFTER.match(window, end) is not None:
            continue
        found = possessive.search(window, 0, end)
        # (not one in apposition to a name just before: "Ali Hassan, the hotel’s night porter,")
        if found and not apposed(found.start()):
            return True
    return False


@dataclass(frozen=True)
class PeopleIndex:
    """Everyone named in one text, and how references to them resolve."""

    people: tuple[Person, ...] = ()
    resolver: _Resolver | None = field(default=None, repr=False, compare=False)
    # Names the text gives organisations ("Pacifica Midstream, which operates the pipeline,").
    organisations: frozenset[str] = field(default=frozenset(), repr=False, compare=False)

    def is_organisation(self, name: str) -> bool:
        return name in self.organisations

    def resolve(self, mention: str, start: int) -> str | None:
        """The canonical name ``mention`` (name, pronoun or description) refers to at ``start``.

        A pronoun or description resolves to the most salient matching person before
        ``start``; "they" or "the couple" to "A and B". None when no one fits.
        """
        found = self.resolve_index(mention, start)
        if found is None:
            return None
        if isinstance(found, tuple):
            return " and ".join(self.people[i].name for i in found)
        return self.people[found].name

    def resolve_index(self, mention: str, start: int) -> int | tuple[int, ...] | None:
        if self.resolver is None:
            return None
        return self.resolver.resolve(mention, start)

    def role_holder(self, noun: str, start: int) -> int | None:
        return self.resolver.role_holder(noun, start) if self.resolver else None

    def possessor(self, pronoun: str, start: int, exclude: int | None) -> int | None:
        """Whom "her" or "his" at ``start`` refers to, leaving out ``exclude`` ("Cole commented
        under her post": not Cole)."""
        if self.resolver is None:
            return None
        return self.resolver.pronoun(start, "f" if pronoun.lower() == "her" else "m", exclude)

    @property
    def mentions(self) -> list[Mention]:
        return self.resolver.mentions if self.resolver else []

    def mentions_between(self, lo: int, hi: int) -> list[Mention]:
        """Mentions that start in ``[lo, hi)``, in reading order."""
        if self.resolver is None:
            return []
        starts = self.resolver.starts
        return self.resolver.mentions[bisect_left(starts, lo) : bisect_left(starts, hi)]

    def name_of(self, found: int | tuple[int, ...] | None) -> str | None:
        if found is None:
            return None
        if isinstance(found, tuple):
            return " and ".join(self.people[i].name for i in found)
        return self.people[found].name


# -- finding the people ------------------------------------------------------------------


@dataclass
class _Candidate:
    start: int
    end: int
    tokens: tuple[str, ...]
    role: str | None  # a title or kin word just before ("son", "President")
    in_quote: bool
    sentence_initial: bool


# ("Nobody asked us", "Thousands replied": pronouns and quantities that open a sentence)
_SKIP_SINGLE = (
    lx.FUNCTION_WORDS
    | lx.MONTHS
    | lx.words(
        "nobody somebody everybody anybody someone everyone anyone thousands hundreds dozens millions"
    )
)


_ROLE_SUFFIX = re.compile(r"(?:ian|or|er|ist|ant|ent|man|woman|ee|eer|ster|eur|euse)$")


def _role_like(word: str) -> bool:
    low = word.lower().rstrip(".")
    return low in lx.ROLE_WORDS or low in lx.ROLE_MODIFIERS or bool(_ROLE_SUFFIX.search(low))


def _at_sentence_start(text: str, start: int) -> bool:
    return start == 0 or text[max(0, start - 2) : start].strip() in {"", ".", "”", '"'}


def _may_be_role(token: str, next_is_given_name: bool) -> bool:
    """ "Olympian Sarah Kent", "Regulator Anna Kim": a capitalized common noun, a role when it
    opens a sentence (what the word itself must be; where it stands is asked separately)."""
    low = token.lower()
    return low not in lx.GIVEN_NAMES and (bool(_ROLE_SUFFIX.search(low)) or next_is_given_name)


def _is_title_word(token: str) -> bool:
    low = token.lower().rstrip(".")
    return low in lx.ROLE_TITLES or token.lower() in lx.ROLE_MODIFIERS or low in lx.ROLE_MODIFIERS


# (The role of a piece that no word of its run stands before: the word before the run.)
_ROLE_BEFORE_RUN = "\x00before"
_TIME_PREPOSITIONS = lx.words("in since through until till by last next this early late mid")


class _Piece(NamedTuple):
    """One possible name inside a capitalized run, with what its words alone say about it."""

    words: tuple[str, ...]
    offsets: tuple[int, ...]  # where each word starts in the run
    role: str | None  # the function or role word before it in the run, or _ROLE_BEFORE_RUN
    title: int  # the last title word among all but the last word ("Judge Karen Liu"), or -1
    may_open_with_role: bool  # "Pilot Mara Quinn", if it opens a sentence (``_may_be_role``)
    ends_in_title: bool  # "Dr.", when a period follows: no name


_NUMBER_NAME_WORDS = frozenset({"two", "three", "four"})
_TWO_WORD_PLACES = frozenset({"hong kong", "des moines"})
_SURNAME_ORG_WORDS = frozenset({"service", "salon", "branch", "fund", "team", "dairy"})
# Counts that open a run (not "ten", which opens Dutch names: "Ten Hag said").
_OPENING_NUMBERS = lx.words("four five six seven eight nine eleven twelve twenty")


@lru_cache(maxsize=4096)
def _pieces(run: str) -> tuple[_Piece, ...]:
    """The runs of name words a capitalized run splits into at function words, months, possessives
    and leading role words, in order. Everything here depends on the run's words alone, so it is
    worked out once per distinct run (a story names the same people and places again and again);
    ``_candidates`` adds what depends on where the run stands."""
    if " " not in run and run.lower() in _SKIP_SINGLE:
        return ()  # "The", "But", "September": the common case, decided without more work
    pieces: list[_Piece] = []
    words: list[str] = []
    offsets: list[int] = []
    role: str | None = _ROLE_BEFORE_RUN

    def close() -> None:
        if not words:
            return
        titles = [i for i, w in enumerate(words[:-1]) if _is_title_word(w)]
        title = titles[-1] if titles else -1
        may_open = (
            title < 0
            and len(words) >= 3
            and _may_be_role(words[0], words[1].lower() in lx.GIVEN_NAMES)
        )
        pieces.append(
            _Piece(tuple(words), tuple(offsets), role, title, may_open, _is_title_word(words[-1]))
        )
        words.clear()
        offsets.clear()

    tokens = _tokens(run)
    for k, (tok, offset) in enumerate(tokens):
        possessive = len(tok) > 2 and tok[-2] in "’'" and tok[-1] == "s"
        word = tok[:-2] if possessive else tok
        low = word.lower().rstrip(".")
        # "June Harper", "April Ross": a month name followed by a surname is a first name
        # (and "Jun Takahashi", "May Chen", "Jan Novak": a short one written without a period).
        as_name = (
            low in lx.MONTHS
            and (len(low) > 3 or not word.endswith("."))
            # (not "In May Johnson resigned", "Since May Biden has signed": a date after a
            # preposition of time)
            and role not in _TIME_PREPOSITIONS
            and k + 1 < len(tokens)
            and tokens[k + 1][0].lower() not in lx.FUNCTION_WORDS | lx.MONTHS
        )
        # "Wyatt Two Feathers", "Karen Two Bulls": a number word inside a name, after a given
        # name and before another name word (a Lakota or Crow surname), is part of it.
        in_name = (
            low in _NUMBER_NAME_WORDS
            and len(words) == 1
            # (a given name on either list: "Brandy Two Bulls")
            and (
                _plain(words[0].lower()) in given_names.FEMALE
                or _plain(words[0].lower()) in given_names.MALE
            )
            and k + 1 < len(tokens)
            and tokens[k + 1][0].lower() not in lx.FUNCTION_WORDS | lx.MONTHS
        )
        if k == 0 and low in _OPENING_NUMBERS:
            continue  # "Four Eurasian lynx were released": a count, no given name
        if (low in lx.FUNCTION_WORDS or low in lx.MONTHS) and not as_name and not in_name:
            close()
            role = low
            continue
        if not words and (
            low in lx.ROLE_TITLES
            or low in lx.PERSON_NOUNS
            or low in lx.PLURAL_PERSON_NOUNS
            or low.rstrip("s") in lx.PERSON_NOUNS
            or word.lower() in lx.ROLE_MODIFIERS
            # ("the Australian Jasmine Whitlock": a nationality before a given name)
            or (
                low in lx.DEMONYMS
                # (not "American Red Cross": a word that opens organisations' names; nor "Finn
                # Russell", "Dane Reid": a nationality that is a given name too)
                and low not in lx.ORG_WORDS
                and low not in lx.GIVEN_NAMES
                and low not in given_names.FEMALE
                and low not in given_names.MALE
                and k + 1 < len(tokens)
                and (
                    _plain(tokens[k + 1][0].lower()) in lx.GIVEN_NAMES
                    or _plain(tokens[k + 1][0].lower()) in given_names.USUAL_SEX
                )
            )
        ):
            role = low
            continue
        words.append(word)
        offsets.append(offset)
        if possessive:
            close()
            role = None
    close()
    return tuple(pieces)


_BEFORE_A_DAY = frozenset(
    {"on", "On", "by", "By", "last", "Last", "next", "Next", "this", "This", "since", "Since"}
    | {"until", "Until", "every", "Every", "early", "Early", "late", "Late"}
)


_AGE_OPENING = re.compile(r"[A-Z][a-z]+(?:-[a-z]+)?-year-old")


_SAINT = frozenset({"St", "St.", "Saint", "Ste", "Ste."})
_BEFORE_A_SAINT = frozenset({"of", "at", "in", "near", "to", "from", "and", "outside", "inside"})


def _candidates(text: str, lay: Layout) -> list[_Candidate]:
    """Runs of capitalized words, split at function words, with the role word before each run."""
    found: list[_Candidate] = []
    sentence_starts = set(lay.sentence_starts) | {p[0] for p in lay.paragraphs}
    narration = lay.narration
    for match in _NAME_SEQ.finditer(text):
        run_start = match.start()
        if _inside_word(text, run_start):
            continue
        opener = _SPEECH_VERB_OPENING.match(match.group())
        if opener and run_start in sentence_starts:
            # "Says Brigadier Lwazi Mthembu, who leads the investigation: “…”": the verb that
            # opens the sentence is no part of the name
            rest = _NAME_SEQ.match(text, run_start + opener.end())
            if rest is None:
                continue
            match, run_start = rest, rest.start()
        if match.group()[:2] == "X." and run_start + 3 in sentence_starts:
            # "Brian Lee posted on X. Adrian Cole replied": the letter ended the sentence before
            # (the platform), so the name is the run after it
            rest = _NAME_SEQ.match(text, run_start + 3)
            if rest is None:
                continue
            match, run_start = rest, rest.start()
        for words, offsets, role, title, may_open_with_role, ends_in_title in _pieces(
            match.group()
        ):
            # "Pilot Mara Quinn": a capitalized common noun before a given name opens the sentence.
            if may_open_with_role and _at_sentence_start(text, run_start + offsets[0]):
                title = 0
            if title >= 0:
                # "S. District Judge Karen Liu", "Attorney General Mark Dunn": the name follows
                # the last title word of the run.
                role = words[title].lower()
                words, offsets = words[title + 1 :], offsets[title + 1 :]
            elif role == _ROLE_BEFORE_RUN:
                role = _word_before(text, run_start)
            if (
                len(words) > 1
                and words[0] in lx.WEEKDAY_NAMES
                and _word_before(text, run_start + offsets[0]) in _BEFORE_A_DAY
            ):
                # "On Monday Sarah Lee said": a day before the name, no given name of hers (not
                # "Friday Okonkwo, the striker, said")
                words, offsets = words[1:], offsets[1:]
            if len(words) > 1 and _AGE_OPENING.fullmatch(words[0]):
                # "Twelve-year-old Arjun Mehra won": an age that opens the sentence (not a
                # headline's "Ninety-Year-Old Marathoner Finishes Race")
                words, offsets = words[1:], offsets[1:]
            if (
                len(words) > 2
                and words[0] in lx.CHAMBERS
                and text[max(0, run_start + offsets[0] - 7) : run_start + offsets[0]] == "of the "
            ):
                # "Leader of the House Noraini Hashim said", "Speaker of the House Nancy Pelosi":
                # the chamber ends the office, then the name
                words, offsets = words[1:], offsets[1:]
            if (
                words[0] in _SAINT
                and len(words) > 1
                and _word_before(text, run_start + offsets[0]) in _BEFORE_A_SAINT
            ):
                # "the church of St Peter and St Paul", "at St Mary’s": a place, not a person (not
                # "“…,” St Pierre said", a surname)
                continue
            s = run_start + offsets[0]
            e = run_start + offsets[-1] + len(words[-1])
            if ends_in_title and text[e : e + 1] == ".":
                # "Economist Dr. Fiona Grey", "Health Commissioner Dr. Lisa Cheng": the run ends in
                # an abbreviated title, not a name.
                continue
            initial = s in sentence_starts or (s > 0 and text[s - 1] in "“\"‘'")
            found.append(_Candidate(s, e, words, role, narration[s] == "\x00", initial))
    # A run that fills a whole quotation is a title or a nickname ("“Gold Rush”"), not a person.
    whole = {(sp.start, sp.end) for sp in lay.spans}
    # (Only a run that starts where a quotation opens, or four places after, can fill one.)
    opens = {sp.start for sp in lay.spans}
    kept: list[_Candidate] = []
    for c in found:
        if c.start in opens or c.start - 4 in opens:
            end = _strip_end(text, c.start, c.end)
            if (c.start, end) in whole:
                continue
            # "“The Long Run,”": a title in marks that opens with "The"
            if text[max(0, c.start - 4) : c.start] == "The " and (c.start - 4, end) in whole:
                continue
        kept.append(c)
    found = kept
    return _with_nicknames(text, lay, found)


def _tokens(run: str) -> tuple[tuple[str, int], ...]:
    """The words of a capitalized run, each with its offset in the run."""
    return tuple((m.group(), m.start()) for m in _TOKEN_RE.finditer(run))


def _strip_end(text: str, start: int, end: int) -> int:
    while end < len(text) and text[end] in ".,!?":
        end += 1
    return end


# "Jenna “JJ” Cruz": a nickname in quotation marks between a first and a last name.
# ("Jordan “the Wall” Mensah-Pryce": a nickname in marks between a given name and a surname)
_NICKNAMED = re.compile(
    rf"([{_UPPER}][{_LOWER}]+(?:-[{_UPPER}{_LOWER}][{_LOWER}]+)?)[ \u00a0][“\"‘']((?:[Tt]he[ \u00a0])?[{_UPPER}][\w.’'-]*(?:[ \u00a0][{_UPPER}][\w.’'-]*){{0,2}})[”\"’'][ \u00a0]({_TOKEN})"
)


def _with_nicknames(text: str, lay: Layout, found: list[_Candidate]) -> list[_Candidate]:
    joined: list[_Candidate] = []
    for m in _NICKNAMED.finditer(text):
        first, last = m.group(1), m.group(3)
        if _inside_word(text, m.start()):
            continue
        if first.lower() in lx.FUNCTION_WORDS or last.lower() in lx.FUNCTION_WORDS:
            continue
        role = _word_before(text, m.start())
        joined.append(_Candidate(m.start(1), m.end(3), (first, last), role, False, False))
    if not joined:
        return found
    # (the joined names do not overlap and come in order: each run is looked up by bisection,
    # not against every one of them)
    starts = [c.start for c in joined]

    def covered(pos: int) -> bool:
        k = bisect_right(starts, pos) - 1
        return k >= 0 and pos < joined[k].end

    kept = [c for c in found if not covered(c.start)]
    return sorted([*kept, *joined], key=lambda c: c.start)


_WORD_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyzé")


def _word_right_before(text: str, pos: int) -> str | None:
    """What ``_WORD_BEFORE.search(text, max(0, pos - 30), pos)`` finds as its word, read
    backwards from ``pos`` instead of tried at each of the thirty places before it (this runs
    for every capitalized run in the text).

    The match ends at ``pos`` (or before a final newline, where ``$`` also matches) after one to
    three commas or spaces, and its word is the whole run of letters before them.
    """
    lo = max(0, pos - 30)
    k = pos
    while k > lo and (text[k - 1] == "," or text[k - 1].isspace()):
        k -= 1
    gap = pos - k
    if not (1 <= gap <= 3 or (gap == 4 and text[pos - 1] == "\n")):
        return None
    start = k
    while start > lo and text[start - 1] in _WORD_LETTERS:
        start -= 1
    return text[start:k] if start < k else None


def _word_before(text: str, pos: int) -> str | None:
    word = _word_right_before(text, pos)
    if word is not None:
        if word == "up" and text[max(0, pos - 10) : pos].rstrip(", \n").lower().endswith(
            "start-up"
        ):
            return "startup"  # "the health-tech start-up Pulsewise": the hyphenated noun
        head = text[max(0, pos - 40) : pos].rstrip(", \n")
        if head[-len(word) - 1 : -len(word)] == "-":
            compound = head.rsplit(None, 1)[-1].lower()
            if compound in lx.PERSON_NOUNS:
                return compound  # "the film-maker Yara Haddad": a person's noun, not a "maker"
        return word.lower()
    if text[max(0, pos - 2) : pos] != ". ":
        return None
    # "Ms. Grant": an abbreviated title, whose period does not end a sentence.
    title = _TITLE_BEFORE.search(text, max(0, pos - 6), pos)
    if title and title.group(1).lower() in lx.ROLE_TITLES:
        return title.group(1).lower()
    return None


_OF_AFTER_CAPITAL = re.compile(rf"[{_UPPER}][\w’'&.-]*\s+(?:of|for)\s+$")
# "general manager of MetroLink Rivermont", "the founder of Brightloop", "off the coast of
# Chile": what someone runs or belongs to, or a part of a place, is not a person.
_ORG_OR_PLACE_OF = re.compile(
    r"\b(?:manager|director|president|chief|head|founder|co-founder|owner|chair|chairman|"
    r"chairwoman|chairperson|executive|principal|dean|superintendent|commissioner|member|"
    r"spokesperson|spokesman|spokeswoman|editor|publisher|coach|captain|leader|coast|shores?|"
    r"city|state|province|region|island|capital|outskirts|streets|town|village|county|"
    r"republic|kingdom|government|north|south|east|west|center|centre|heart)s?\s+of\s+$",
    re.IGNORECASE,
)
# What an operator runs when it is a company ("the rail operator", "the e-scooter operator"; not
# "the camera operator").
_NETWORKS = (
    *("rail", "train", "bus", "transit", "ferry", "network", "grid", "airport", "port"),
    *("pipeline", "telecom", "wireless", "cable", "tour", "scooter", "e-scooter", "bike"),
    *("ride-hailing", "rideshare", "delivery", "tram", "metro", "subway"),
)
_AFTER_ORG_NOUN = re.compile(
    # ("his former record label, Apex Sound,")
    # ("The regional tourism office, Salzkammer Tourismus,")
    # (not "The president of the Brookline teachers union, Denise Farrow,": she leads it)
    # ("Juniper’s parent company, Tessellate Devices,": an organisation's possessive too)
    # ("A fan group, Peña Sur,", "a law firm, Everett Sloane,": an indefinite article too; not
    # "Speaking to a business group, Ana Lindqvist said")
    # (not "In a letter to the board of trustees, Marsh-Oduya wrote": the addressee)
    r"(?<!of )(?<!for )(?<!in )(?<!at )(?<!from )(?<!with )(?<!letter to )(?<!email to )(?<!note to )(?<!memo to )(?<!message to )\b(?:(?:his|her|their|its|the|(?-i:(?<!\bto )(?<!\bby )(?<!\babout )(?<!\bon )an?|An?)|(?-i:[A-Z][\w-]*[’']s))\s+(?:former\s+|new\s+|old\s+)?"
    # ("The referees’ association, Arbitragem Nacional,")
    r"(?-i:[a-z]+(?:s[’'])?\s+){0,2})(?:"
    + word_trie(lx.ORG_NOUNS)
    + r"|"
    # ("The rail operator, Metrolink North,": an operator of a network, not a machine's)
    + "(?:"
    + "|".join(f"(?<={w} )" for w in _NETWORKS)
    # ("The coalition of groups, Campo Seguro,", "The aid group that received the money, Ação
    # Solidária Sul,": what the organisation is, or does, before the comma)
    # (not "The office of the governor, Kathy Hochul,": of someone)
    + r")operator)(?:\s+of\s+(?!(?:the|a|an|his|her|their)\b)[a-z]+(?:\s+[a-z]+)?|\s+(?:that|which)\s+[^,\x00]{1,50})?,\s+$",
    re.IGNORECASE,
)
_PERSON_OR_KIN = lx.PERSON_NOUNS | lx.KIN_NOUNS
_PERSON_IN_WORK = re.compile(
    r"\b(?:"
    + word_trie(lx.PERSON_NOUNS | lx.KIN_NOUNS)
    + r")\s+(?:in|on|from|of)\s+(?:the|a|an|his|her|their)\s+[a-z]+,\s+$"
)
_TITLE_WORD_BEFORE = re.compile(r"(?<=[\w,’'] )(?:All|Every|No|Some|Any|Our|My|Your)\s+$")
# A verb right after a name after a comma: the subject of a new clause, not an apposition
# ("Asked whether users should trust the app, Haddad paused"); an action's verb, not a
# copula, for a full name after a work's noun ("After the show, Carmina Santiago-Reyes posted").
_ACTION_VERB = r"[a-z]+ed|said|says|told|tells|wrote|writes"
_ACTION_VERB_AFTER = re.compile(rf"\s+(?:\w+ly\s+)?(?:{_ACTION_VERB})\b")
_CLAUSE_VERB_AFTER = re.compile(rf"\s+(?:\w+ly\s+)?(?:{_ACTION_VERB}|has|had|was|is)\b")


def _org_apposition(words: str) -> bool:
    """Whether the words before a name in apposition name an organisation: not when they end in
    a person ("The charity that employs the nurse, Grace Mwangi,"), nor a person's own channel
    ("In a video posted on her channel, Dana Whitcombe said")."""
    last = words.rstrip(", ").rsplit(None, 1)[-1].lower()
    if last in _PERSON_OR_KIN or last.rstrip("s") in _PERSON_OR_KIN:
        return False
    return not (last == "channel" and _PERSONAL_OWNER.search(words))


_PERSONAL_OWNER = re.compile(r"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y)\s")
_PLACE_PREPOSITIONS = lx.words("of in from at near to outside")
_ROLE_NOUN_AFTER = re.compile(r"\s+(?:" + word_trie(lx.ROLE_WORDS) + r")\s+[A-ZÀ-ÖØ-ÞĀ-ſ]")
_AGE_AFTER = re.compile(r",\s+\d{1,3},")
_ORG_AFTER = re.compile(
    r"(?:\s+(?:said|says|announced|announces|confirmed|confirms|stated|wrote|posted|added)\s+"
    r"(?:in|on|via|through)\s+its\b|\s+(?:shares|stock|stores|employees|headquarters)\b)"
)
# Lower-case words for occupations ("biologist", "organizer", "historian") end like agent nouns.
_AGENT_NOUN = re.compile(r"(?:ist|ian|er|or)$")
# Words ending like agent nouns that are not occupations ("a senior White House official").
_NOT_AGENTS = lx.ROLE_MODIFIERS | lx.words(
    "senior junior major minor other over under after for or her their either neither never ever "
    "super inner outer upper lower later former together whether rather per"
)


# "Two-time", "Oscar-winning", "Long-running": a capitalized word whose part after a
# hyphen is lower case describes; it is not part of a name ("Jean-Luc", "Smith-Jones").
# ("Two-time", "Oscar-nominated", "Grammy-winning", "First-year"; not "Hyun-woo", a given name)
_DESCRIBING_HYPHEN = re.compile(
    r"[^\W\d_][\w’']*-(?:[a-z][\w’'-]*(?:ing|ed)|time|times|year|term|based|born|old|star|class|"
    r"round|seeded|ranked|length|century|generation|season|game|week|day|month|hour|minute|"
    r"owned|run|led|level|profile|wide|long|elect|in-law|turned|\w+-\w+)"
)
# "Halcyon Air chief executive Robert Lindgren", "Acme sales director Jo Ng": a name right
# before a lower-case title and another name is the organization the title belongs to.
_TITLE_AND_NAME_AFTER = re.compile(
    r" (?:(?:" + "|".join(sorted(lx.ROLE_MODIFIERS, key=lambda w: (-len(w), w))) + r") )?"
    r"(?:chief executive|chief financial officer|chief operating officer|chief|president|"
    r"vice president|chairman|chairwoman|chair|founder|co-founder|director|manager|"
    r"spokesman|spokeswoman|spokesperson|executive|head|owner|coach|analyst|engineer|"
    # ("Ottawa Comets captain Sofia Lindgren-Maki": a team's player or captain)
    r"lawyer|attorney|CEO|CFO|COO|captain|goalkeeper|goalie|quarterback|striker|forward|"
    r"defender|midfielder|pitcher|guard|center|winger)"
    r" (?:of [a-z]+ )?[A-ZÀ-ÖØ-ÞĀ-ſ][a-zà-öø-ÿ]"
)


_ADVISER_AND_NAME_AFTER = re.compile(
    r" (?:(?!(?:and|or|but|said|says|told|with|to|of|in|on|at|for|the|a|an)\b)[a-z][a-z-]+ )?"
    r"(?:adviser|advisor|aide|official|staffer|secretary|economist|strategist|"
    r"chief executive|director|spokesman|spokeswoman|spokesperson|"
    r"chief|head|analyst|engineer|lawyer|attorney) [A-ZÀ-ÖØ-ÞĀ-ſ][a-zà-öø-ÿ]"
)
_ROLE_ACRONYMS = frozenset({"CEO", "CFO", "COO"})
# ("The Labour party MP Niamh Doyle": a member's title after the party's noun)
_MEMBER_ACRONYMS = frozenset(
    {"MP", "MPS", "MSP", "MS", "TD", "MLA", "MEP", "MPP", "MHA", "MNA", "AM", "QC", "KC", "DJ"}
)


# Nouns for organisations that are said of people too ("the broadcaster David Attenborough").
_PERSON_OR_ORG_NOUNS = lx.words("broadcaster publisher")


# ("the Mexican daily La Jornada": nouns for a newspaper that are adjectives too)
_NEWSPAPER_NOUNS = lx.words("daily tabloid broadsheet")


def _is_org_noun(word: str | None) -> bool:
    """ "startup", "carmaker", "phone maker": a common noun for an organization."""
    return bool(word) and (word.lower() in lx.ORG_NOUNS or word.lower() in _NEWSPAPER_NOUNS)


_NEXT_WORD = re.compile(r" ([A-Z][A-Za-z]+)\b")
_PRODUCT_NOUNS = lx.words(
    "phone phones smartphone laptop tablet camera cameras headphones earbuds console car cars "
    "truck sedan suv drink soda beer cereal snack ring watch smartwatch tracker headset speaker "
    "device glasses train trains tram trams flight flights festival fair expo conference summit "
    "tournament championship gala"
)
# "the Northline rail service", "the new Vireo phone": a name before an organisation's noun or
# a product's (a brand).
_ORG_NOUN_AFTER = re.compile(
    r"\s+(?:[a-z][a-z-]+\s+)?(?:" + word_trie(lx.ORG_NOUNS | _PRODUCT_NOUNS) + r")\b"
)


# ("a pair of Auralink Pro earbuds": a brand and its product line, before the product)
# ("a Lumen X3 phone": a model's number between)
_PRODUCT_AFTER = re.compile(
    r"\s+(?:[A-Z]{1,3}\d[\w-]*\s+|[A-Z]\d*\s+)?(?:" + word_trie(_PRODUCT_NOUNS) + r")\b"
)
_ORG_APPOSITION_AFTER = re.compile(
    # ("Hollister Mills, a flour producer based in Harlan,": a business based somewhere;
    # "Tessellate AI, a San Francisco startup"; "Maison Beaulieu, his Michelin-starred
    # restaurant")
    r"(?:\s+[A-Z]{2,5})?,\s+(?:which\b|(?:the|a|an)\s+(?:[\w’'-]+\s+){0,3}?[a-z]+\s+based\s+in\b|"
    # (nor "Hannah Pike, a meteorologist in that office,": the noun after a preposition)
    r"(?:the|a|an|his|her|their|its)\s+(?:(?!(?:in|at|of|for|with|from|on|to)\s)[\w’'-]+\s+){0,3}?(?:"
    + word_trie(lx.ORG_NOUNS)
    # ("Iarnród Éireann, the state rail operator,": a company that runs a network)
    + r"|(?:"
    + "|".join(_NETWORKS)
    + r")\s+operator"
    # (the organisation's noun heads the apposition: not "Beth Sandoval, a school nurse")
    # ("Casa Lumina, a brand sold at Fernway supermarkets")
    + r")s?(?=[,.;:)]|\s+(?:that|which|based|with|in|sold|made|owned|run|founded|known|"
    + r"launched)\b))"
)


# "Mei Mei, the zoo’s 12-year-old red panda,": an animal in apposition; "a golden retriever
# named Biscuit": an animal named after its kind.
_ANIMAL_APPOSITION_AFTER = re.compile(
    r",\s+(?:the|a|an|his|her|their|its|[\w-]+[’']s)\s+"
    r"(?:(?!(?:in|at|of|for|with|from|on|to)\s)[\w’'-]+\s+){0,3}?(?:"
    + word_trie(lx.ANIMAL_NOUNS)
    # (the animal heads the apposition: not "Colleen Fairweather, a bear specialist")
    + r")s?(?=[,.;:)]|\s+(?:that|which|who|at|in|from|with|whose)\b)"
)
_ANIMAL_NAMED_BEFORE = re.compile(
    r"\b(?:" + word_trie(lx.ANIMAL_NOUNS) + r")\s+(?:named|called|nicknamed)\s+$"
)
# "A group called Marlow Parents for Transparency": a body the story names after its kind.
# (an indefinite body only: "The board named Ayesha Siddiqui-Malik as captain" is a verb)
_ORG_CALLED_BEFORE = re.compile(
    r"\b[Aa]n?\s+(?:[\w-]+\s+){0,2}?(?:"
    + word_trie(lx.ORG_NOUNS)
    # ("A group calling itself Save Calloway posted")
    + r")\s+(?:called|named|known\s+as|calling\s+itself|that\s+calls\s+itself)\s+$"
)
_PERSON_APPOSITION_AFTER = re.compile(
    r",\s+(?:his|her|their|a|an|the)\s+(?:[\w’'-]+\s+){0,2}?(?:"
    + word_trie(lx.PERSON_NOUNS | lx.KIN_NOUNS)
    + r")\b"
)
_OF_A_BODY = re.compile(r"[Tt]he\s+[a-z]+[’']s\s")
_PLACE_BEFORE = lx.words("in near outside")
_WORK_NOUNS = lx.words(
    "game film movie album book novel memoir song single show series sitcom play musical "
    "documentary podcast app"
)
# The kinds of outlet whose name follows them directly ("the golf weekly Sunday Links", "the fan
# site Vale Forever"; not "a picker at the site, Thuy Anh Pham")
_OUTLET_KIND_NOUNS = lx.words(
    "weekly monthly tabloid magazine newspaper programme program site website forum blog"
)


# ("the Hendersons’ house"; "The Smiths, who live …": a family named in the plural)
_FAMILY_AFTER = re.compile(r"[’']|\s+(?:family|household|couple)\b")
# Articles that open an outlet's or a body's name and no person's (not Le, La, De or Les)
_ARTICLES_OPENING_NAMES = frozenset({"El", "Il", "Der", "Die", "Das", "Het", "Los", "Las"})
_ORG_NOUN_RIGHT_AFTER = re.compile(r"\s+(?:" + word_trie(lx.ORG_NOUNS) + r")s?\b")
_INDEFINITE_BEFORE = re.compile(r"(?:^|\s)a $")
# ("a Fulfillr warehouse", "a Zoomly driver"; not "a Trump campaign adviser", "a Messi free kick")
_LOWER_NOUN_AFTER = re.compile(
    r"\s+(?:[a-z]+\s+)?(?:warehouse|store|factory|plant|outlet|location|branch|depot|facility|"
    r"restaurant|shop|cafe|café|franchise|dealership|app|subscription|product|customer|employee|"
    r"worker|driver|courier|rider|delivery|phone|device)s?\b"
)
_COMPANY_POSSESSIONS = re.compile(
    r"\s+(?:(?:former|new|interim)\s+)?(?:chief\s+executive|chief\s+financial\s+officer|"
    r"chief\s+operating\s+officer|CEO|CFO|COO|shareholders|board\s+of\s+directors|employees|"
    r"headquarters|shares|stock|stores|warehouses?|factory|factories|app|website|customers)\b"
)
_AFTER_PUBLICATION = re.compile(
    r"\b(?:his|her|their|its|the)\s+(?:[a-z]+\s+)?(?:Substack|newsletter|blog|column|podcast),\s+$"
)
_OUTLET_POSSESSIVE_BEFORE = re.compile(r"\b([A-Z][\w&.-]*(?:\s+[A-Z\d][\w&.-]*){0,3})[’']s\s+$")
_NETWORK_OPERATOR_BEFORE = re.compile(rf"\b(?:{'|'.join(_NETWORKS)})\s+operator\s+$")
_ISSUES_STATEMENT = re.compile(
    # ("Braga announced the signing in a statement")
    r"\s+(?:said|announced|confirmed)\s+(?:on\s+\w+day\s+|(?:the\s+)?[a-z]+\s+)?in\s+a\s+"
    r"(?:brief\s+|short\s+|written\s+)?"
    r"(?:statement|press\s+release|news\s+release)\b"
)
_PLEONASTIC_IT = re.compile(r"\bit\s+(?:was|is|had\s+been|has\s+been|would\s+be|will\s+be)\b")
_IT_NOT_HE = re.compile(r"\b(?:it|its)\b")
_HE_OR_SHE = re.compile(r"\b(?:he|she|his|her|him)\b")


def _issues_its_statement(text: str, end: int, strict: bool = False) -> bool:
    """ "Tesco said in a statement that it expected …": a statement that speaks of itself as
    "it" (not "Clinton said in a written statement that he …")."""
    issued = _ISSUES_STATEMENT.match(text, end, end + 60)
    if issued is None:
        return False
    stop = text.find(".", issued.end(), issued.end() + 160)
    clause = text[issued.end() : stop if stop >= 0 else issued.end() + 160]
    if strict and _PLEONASTIC_IT.search(clause):
        # ("Zohran Mamdani said in a statement that it was time": "it" is no one; a name of
        # several words speaks as an organisation only when "it" acts: "that it would appeal")
        return False
    return bool(_IT_NOT_HE.search(clause)) and not _HE_OR_SHE.search(clause)


_MAKER_OF_BEFORE = re.compile(
    # (not "The song’s producer, Caoimhe Brennan,": a producer, developer or publisher may be
    # a person)
    r"\b(?:[Tt]he|[Ii]ts)\s+[a-z][\w-]*[’']s\s+(?:maker|manufacturer|distributor|supplier|"
    r"insurer|lender|parent\s+company),\s+$"
)
_AND_CAPITAL_AFTER = re.compile(r"\s+and\s+[A-Z][a-z]+(?![\w’'-]*\s+[A-Z])")


def _named_by_surname_after(tokens: tuple[str, ...], text: str, end: int) -> bool:
    """ "Sen. Tom Cotton, a China hawk, … Cotton said": a person named again by the last word
    of the name alone, within 3,000 characters (an animal is named in full: "Mei Mei")."""
    if len(tokens) < 2:
        return False
    last, prev = tokens[-1], tokens[-2] + " "
    hi = min(len(text), end + 3000)
    i = text.find(last, end, hi)
    while i >= 0:
        after = text[i + len(last) : i + len(last) + 1]
        before = text[i - 1 : i]
        if (
            not (after.isalnum() or after in "-")
            and not (before.isalnum() or before in "-’'")
            and text[i - len(prev) : i] != prev
        ):
            return True
        i = text.find(last, i + 1, hi)
    return False


# "hyun-woo", "ji-yeon", "mei-ling": a given name of two romanised syllables (not
# "stratford-upon", "aix-en": a place's name joined by a particle)
# (nor "two-time", "long-term", "ex-wife": English words joined)
_SYLLABLE_GIVEN_NAME = re.compile(
    r"(?!(?:one|two|three|four|five|six|ten|long|full|part|all|top|ex|half|self|well|co|vice|"
    r"good|easy|slow|free|law|ever|much|most|best|"
    r"first|multi|world|anti|pre|post|non|mid|over|under|out|off|high|low|hard|big|old|new|"
    r"fast|far|near|left|right|red|blue|up|down|in|on)-)"
    r"[a-z]{1,5}-(?!(?:en|upon|on|sur|sous|le|la|les|de|du|des|am|an|in|im|lez|lès|time|times|"
    r"star|stars|seed|term|year|old|born|based|led|run|made|wife|elect|chief|owner|pro|up|out|"
    r"off|by|to|free|ever|aged|like|wide|long|end|side|day|week)$)"
    # (nor "much-loved", "easy-going": a participle; "Mei-ling", "Shu-ching" stay names)
    r"(?![a-z]*ed$|(?:going|being|doing|dying|lying|seeing|eyed)$)[a-z]{2,5}"
)


def _syllable_given_name(token: str) -> bool:
    """ "Hyun-woo", "Mei-ling" (not "Miami-Dade": a capital after the hyphen joins two names)."""
    return (
        "-" in token
        and token.split("-", 1)[1].islower()
        and bool(_SYLLABLE_GIVEN_NAME.fullmatch(token.lower()))
    )


def _opens_with_given_name(lowered: tuple[str, ...]) -> bool:
    """Whether a run opens with a given name, from the short list or the long one."""
    return lowered[0] in lx.GIVEN_NAMES or _plain(lowered[0]) in given_names.USUAL_SEX


_SHOW_AFTER = re.compile(r"\s+(?:programme|program|show|podcast)\b")
_COMPOUND_GENERAL = re.compile(
    r"\b(?:attorney|surgeon|solicitor|inspector|secretary|postmaster|adjutant|auditor|"
    r"comptroller|advocate|consul|governor)[\s-]+general,?\s+$",
    re.IGNORECASE,
)
_COMPASS = lx.words(
    "southeast southwest northeast northwest northern southern eastern western south north east "
    "west central"
)
_COMPANY_TAILS = lx.words(
    "airlines airways air water group holdings inc corp corporation ltd llc plc bank motors energy "
    "labs technologies systems foods research capital partners pharmaceuticals logistics brands "
    "industries mobile telecom insurance financial distilling brewing spirits"
)
_CAPITAL_PLURAL_BEFORE = re.compile(r"\b[A-Z][a-z]+s[’'] $")
# ("drove to Dana Whitcombe, her chief of staff": a person, described after the name as
# someone's or by a role; not "the ferry to Isla Verde, the smaller of the two islands")
_APPOSED_ROLE_AFTER = re.compile(
    r",\s+(?:(?:her|his|their|its)\s|(?:an?|the)\s+(?:[\w’'-]+\s+){0,3}?(?:"
    + word_trie(lx.ROLE_WORDS | lx.KIN_NOUNS)
    + r")\b)"
)
_TRAVEL_TO_BEFORE = re.compile(
    r"\b(?:flights?|flew|fly|flying|trips?|travell?ed|travell?ing|moved|moving|relocated|drove|"
    r"driving|journey|route|trains?|ferry|headed|heading|deported|bound)\s+(?:back\s+)?to\s+$"
)
_PUBLISHED_IN_BEFORE = re.compile(r"\bpublished\b[^.,;:\x00]{0,30}\sin\s+$")
_BRAND_CASE = re.compile(r"(?!(?:Mac|Van|Von|Fitz|Della|Dela)[A-Z])[A-Z][a-z]{2,}[A-Z][a-z]+")


@lru_cache(maxsize=4096)
def _org_by_words(tokens: tuple[str, ...]) -> tuple[bool, tuple[str, ...]]:
    """What the words of a run alone say: whether they name an organisation, a place, a
    nationality, a party member or a description (see ``_is_org``), and the words lowered.
    Kept per run, since a story names the same ones again and again."""
    lowered = tuple(t.lower().rstrip(".") for t in tokens)
    return (
        any(
            t in lx.ORG_WORDS
            # ("Robert Service", "Maria Salon": surnames too, after a given name)
            and not (
                t in _SURNAME_ORG_WORDS and len(lowered) == 2 and _opens_with_given_name(lowered)
            )
            for t in lowered
        )
        or " ".join(lowered) in lx.OUTLET_NAMES
        # "Port Adair", "Kerrigan Bay", "Harlow County"; not "Michael Bay"
        # (nor "Hyun-woo Park": a given name of hyphenated syllables the lists do not hold)
        or (
            lowered[0] not in lx.GIVEN_NAMES
            and not _syllable_given_name(tokens[0])
            and any(t in lx.PLACE_WORDS for t in lowered)
        )
        # "a pet food maker in Wisconsin": a state or a country standing alone
        or (
            len(lowered) == 1 and lowered[0].removesuffix("’s").removesuffix("'s") in lx.PLACE_NAMES
        )
        # "Environment Canada", "Sport England": a body named after its country (not "Sarah
        # Wales": a given name opens a person's name)
        or (
            len(lowered) >= 2 and lowered[-1] in lx.PLACE_NAMES and lowered[0] not in lx.GIVEN_NAMES
        )
        # "El País", "Der Spiegel", "Il Messaggero": a name opening with a foreign article (not
        # Le, La or De, which open surnames: "Le Pen", "De Niro"; nor Les, a given name)
        # (and such an article alone is no name: "Rovers Till I Die")
        or tokens[0] in _ARTICLES_OPENING_NAMES
        or " ".join(lowered) in _TWO_WORD_PLACES
        # "Southeast Asia", "Northern Ireland", "West Bengal": a region named by its direction
        or (len(lowered) >= 2 and lowered[0] in _COMPASS)
        # "SkyMeridian", "VoltRide": a brand's inner capital (not "MacAskill", "DeShawn")
        or any(_BRAND_CASE.fullmatch(t) for t in tokens)
        # "the 27-year-old Argentine": a nationality, not a name
        or all(t.removesuffix("’s").removesuffix("'s") in lx.DEMONYMS for t in lowered)
        # "an Ohio Republican": a party member described, not a name
        or (len(lowered) >= 2 and lowered[-1] in {"republican", "democrat", "independent"})
        # "Two-time Olympic champion Kara Lindqvist": the words before the name
        or any(
            "-" in t and _DESCRIBING_HYPHEN.fullmatch(t) and not _syllable_given_name(t)
            for t in tokens
        )
    ), lowered


_ORG_HEAD_WORDS = (
    "Department|Ministry|Office|Bureau|Institute|School|College|University|Commission|Board|"
    "Council|Agency|Authority|Museum|Society|Centre|Center|Federation|Association|Union|"
    "Committee|Academy|Foundation|Division|Service|Administration"
)
_ORG_AND_BEFORE = re.compile(
    rf"\b(?:{_ORG_HEAD_WORDS})\s+(?:of|for)\s+(?:the\s+)?(?:[{_UPPER}][\w’'-]*,?\s+){{1,4}}"
    r"(?:and|&)\s+$"
)
_PIECE_FOR_BEFORE = re.compile(
    r"\b(?:op-eds?|columns?|essays?|editorials?|commentar(?:y|ies)|opinion pieces?)\s+"
    r"(?:for|in)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_AND_ORG_AFTER = re.compile(
    rf"\s+(?:and|&)\s+(?:[{_UPPER}][\w’'-]*\s+){{0,3}}(?:"
    + "|".join(w.capitalize() for w in sorted(lx.ORG_WORDS) if w.isalpha())
    # (the word ends the name: not "Sarah Lee and National Guard troops")
    + rf")\b(?![’'-]|\s+[{_UPPER}])"
)


_SPEECH_VERB_OPENING = re.compile(
    r"(?:Says|Said|Adds|Added|Writes|Wrote|Recalls|Explains)[ \u00a0]"
)
_ADJECTIVE_PLACE_BEFORE = re.compile(
    r"\b(?:[Aa]n?|[Tt]he|former|[Tt]wo|[Tt]hree|several|many|some|other|fellow)\s+$"
)
_LOWER_WORD_AFTER = re.compile(r" (?!(?:said|says|told|wrote|and|or|who|was|is|has|had)\b)[a-z]")


def _is_org(c: _Candidate, text: str) -> bool:
    """Organizations, places, events and works: "Good Morning America", "the Armchair Expert podcast"."""
    # (The tests on the words alone come first: each test only ever says yes, so the order
    # they are made in changes nothing.)
    by_words, lowered = _org_by_words(c.tokens)
    if by_words:
        return True
    if text[max(0, c.start - 4) : c.start].lower() == "the " and (
        f"the {' '.join(lowered)}" in lx.OUTLET_NAMES
    ):
        return True  # "The Guardian said": a known outlet (not "Coach Hill", "Professor Sun")
    # (Read once: the tests below look at them again and again, for every run in the text.)
    start, end, role, n = c.start, c.end, c.role, len(c.tokens)
    if (
        n == 1
        and lowered[0].endswith(("ian", "ean", "ese"))
        and lowered[0] not in lx.GIVEN_NAMES
        and lowered[0] not in given_names.USUAL_SEX
        and _LOWER_WORD_AFTER.match(text, end)
        and _ADJECTIVE_PLACE_BEFORE.search(text, max(0, start - 20), start)
    ):
        # "a former Castaverian naval officer", "the Castaverian embassy": a people's adjective
        # the lexicon does not know, before the noun it describes (not "Julian posted", a given
        # name, nor "Sarkissian announced", a surname opening its clause)
        return True
    before = text[max(0, start - 4) : start]
    # (never a name that opens with a given name: "The Ministry of Defence and Ben Wallace",
    # "Tucker Carlson and Fox News", "U.N. Secretary-General António Guterres")
    named = n >= 2 and (
        _opens_with_given_name(lowered) or any(t in lx.GIVEN_NAMES for t in lowered[1:])
    )
    if not named and (
        before[-2:] == "U." or _ORG_AND_BEFORE.search(text, max(0, start - 80), start)
    ):
        # "U.S. Immigration …", "the Department of Public Safety and Corrections": part of an
        # organisation's name
        return True
    if _PIECE_FOR_BEFORE.search(text, max(0, start - 30), start) and not _opens_with_given_name(
        lowered
    ):
        return True  # "In an op-ed for De Telegraaf": the paper a piece ran in
    if not named and n <= 2 and role not in lx.ROLE_TITLES and _AND_ORG_AFTER.match(text, end):
        # "Immigration and Customs Enforcement", "Competition and Markets Authority", "the Bill
        # and Melinda Gates Foundation" (a given name alone before "and" opens the organisation's)
        return True
    if role in _OUTLET_KIND_NOUNS and text[start - 2 : start - 1] != "," and not named:
        return True  # "told the golf weekly Sunday Links": an outlet's name after its kind
    if (
        n == 1
        and before.lower() == "the "
        and lowered[0].endswith("s")
        and not lowered[0].endswith(("ss", "us", "is"))
        and lowered[0] not in lx.GIVEN_NAMES
        and not _FAMILY_AFTER.match(text, end)
    ):
        return True  # "The Hornets said in a statement": a team or a band, by its plural name
    if lowered[0] == "x" and before[-3:] in ("on ", "to "):
        return True  # "she wrote on X. Speaking to reporters, …": the platform, not an initial
    if (before[-3:] == " & " and start >= 4 and text[start - 4].isalpha()) or (
        text[end : end + 3] == " & " and text[end + 3 : end + 4].isupper()
    ):
        return True  # "Ashdown & Lyle said", "Marks & Spencer": a firm's name joins with "&"
    if (
        n == 1
        and role in _PLACE_BEFORE
        and lowered[0] not in lx.GIVEN_NAMES
        and text[end : end + 1] not in ("’", "'")
    ):
        # "St. Brigid’s Children’s Hospital in Dayton": a place after "in" (not "in Raman’s
        # class", someone's)
        return True
    if _TITLE_WORD_BEFORE.search(text, max(0, start - 20), start):
        # "on NPR’s All Things Considered": a capitalised function word inside the sentence
        # opens a title, not a name
        return True
    if (
        role in _WORK_NOUNS
        # (not "After the show, Carmina Santiago-Reyes posted …": a person's full name, then a
        # verb, after a phrase's comma)
        and not (
            before[-2:] == ", "
            and n >= 2
            and _opens_with_given_name(lowered)
            # (an action's verb, not a copula: "Before the film, Forrest Gump was a novel")
            and _ACTION_VERB_AFTER.match(text, end)
        )
        # (not "Her co-star in the film, Rohan Mehta,": a person's noun, then where they are)
        and not (before[-2:] == ", " and _PERSON_IN_WORK.search(text, max(0, start - 60), start))
    ):
        # "the hit video game Starfall Drift", "the album Blue Hours": a work's title
        return True
    if (
        n >= 2
        and lowered[0] in lx.PLACE_NAMES
        and not _opens_with_given_name(lowered)
        and _AND_CAPITAL_AFTER.match(text, end)
    ):
        # "Colorado Parks and Wildlife": a body named after its state, its name running on
        # with "and" (not "Tennessee Williams", a person's name opening with a state's)
        return True
    if before[-3:] in ("’s ", "'s ") and not _opens_with_given_name(lowered):
        # (not "CNN’s Jake Tapper", "WTNH’s Jenna Castillo": a given name opens a journalist's)
        network = _OUTLET_POSSESSIVE_BEFORE.search(text, max(0, start - 40), start)
        if (
            network
            and network.group(1).split()[0].lower() in lx.OUTLET_NAMES
            and (n >= 2 or _SHOW_AFTER.match(text, end))
        ):
            return True  # "on BBC Radio 4’s Front Row", "NPR’s Morning Edition": a network's show
    if (
        n == 1
        and before[-3:] in ("s’ ", "s' ")
        and (lowered[0] in lx.ORG_NOUNS or lowered[0] in lx.ORG_WORDS)
        and _CAPITAL_PLURAL_BEFORE.search(text, max(0, start - 40), start)
    ):
        # "the Norwegian Locomotive Drivers’ Union": the tail of a name (not "the Celtics’
        # Tatum", a player)
        return True
    if (
        role == "in"
        and text[end : end + 1] not in ("’", "'")
        and not _opens_with_given_name(lowered)
        and _PUBLISHED_IN_BEFORE.search(text, max(0, start - 50), start)
    ):
        return True  # "a study published on Wednesday in Nature Astronomy": a publication
    if (
        role == "to"
        and n >= 2
        and text[end : end + 1] not in ("’", "'")
        and not _opens_with_given_name(lowered)
        and _TRAVEL_TO_BEFORE.search(text, max(0, start - 30), start)
        and not _APPOSED_ROLE_AFTER.match(text, end)
    ):
        return True  # "a flight to Porto Velar", "moved to Grand Rapids": a place
    if (n == 1 and _ORG_NOUN_AFTER.match(text, end)) or _PRODUCT_AFTER.match(text, end):
        return True  # "the Northline rail service": the name of the organisation
    if n >= 2 and lowered[0] not in lx.GIVEN_NAMES and _ORG_NOUN_RIGHT_AFTER.match(text, end):
        return True  # "the five Little Saffron restaurants": a name before its business's noun
    if (
        n == 1
        and before[-2:] == "a "
        and _INDEFINITE_BEFORE.search(before)
        and (_LOWER_NOUN_AFTER.match(text, end))
    ):
        return True  # "workers at a Fulfillr warehouse": a brand, not a person, after "a"
    if (
        text[end : end + 2] in ("’s", "'s")
        and not _opens_with_given_name(lowered)
        and _COMPANY_POSSESSIONS.match(text, end + 2)
    ):
        return True  # "Zoomly’s chief executive", "Fulfillr’s shareholders": a company's
    next_word = _NEXT_WORD.match(text, end)
    if next_word and next_word.group(1).lower() in lx.ORG_WORDS:
        return True  # "Metro Talk FM", "Harlan Radio": the name goes on with an organisation's word
    # ("Calloway State University, Jerome Whitfield,": the word before a comma is not his role.)
    role_adjacent = before[-2:] != ", "
    if (
        role
        and 2 <= len(role) <= 4
        and role not in lx.ROLE_TITLES
        and role.upper() not in _ROLE_ACRONYMS
        and role.upper() not in _MEMBER_ACRONYMS
        and not _opens_with_given_name(lowered)
        and text[start - len(role) - 1 : start - 1].isupper()
        and _is_org_noun(_word_before(text, start - len(role) - 1))
    ):
        return True  # "the energy workers’ union IG Strom": a body's initials, after its noun
    if role == "operator" and _NETWORK_OPERATOR_BEFORE.search(text, max(0, start - 40), start):
        return True  # "The e-scooter operator Zoomly said": a network's operator, not a person
    if (
        ((role_adjacent and _is_org_noun(role)) or (n >= 2 and _is_org_noun(lowered[0])))
        and not (
            n >= 2
            and (
                lowered[-2] in lx.GIVEN_NAMES
                or (
                    (
                        (role or "").lower() in _PERSON_OR_ORG_NOUNS
                        # ("the physicist and former regulator Katharina Brandt-Yilmaz": a
                        # former regulator is a person, not "the regulator Rosa Energía")
                        or (
                            role == "regulator"
                            and text[max(0, start - 18) : start].endswith("former regulator ")
                        )
                    )
                    # ("the broadcaster Siobhán Mac Giolla Phádraig": a given name opens a long
                    # one; not "the broadcaster Al Jazeera English", a known outlet's name)
                    and (
                        _opens_with_given_name(lowered[-2:])
                        or (
                            _opens_with_given_name(lowered)
                            and not any(
                                " ".join(lowered[:k]) in lx.OUTLET_NAMES for k in range(1, n + 1)
                            )
                        )
                    )
                )
            )
        )
    ):
        # "phone maker Orbi", "Payments startup Lumen Pay", "Carmaker Veltra"; not
        # "Regulator Anna Kim", where a given name says person, nor "the broadcaster Yasmin
        # Haddad-Ortiz", a noun said of people too, before a name from the long list.
        return True
    after = text[end + 1 : end + 4]
    if (after[:1].islower() or after in _ROLE_ACRONYMS) and _TITLE_AND_NAME_AFTER.match(text, end):
        return True
    if (
        after[:1].islower()
        and lowered[0] not in lx.GIVEN_NAMES
        and _ADVISER_AND_NAME_AFTER.match(text, end)
    ):
        # "White House economic adviser Janet Okafor", "Pentagon senior official Ray Dunn": an
        # institution's adviser or official (not "Ann Lee aide Tom Ray", whose first word is a
        # given name).
        return True
    if role == "of" and _ORG_OR_PLACE_OF.search(text, max(0, start - 30), start):
        return True
    if role in ("of", "for") and _OF_AFTER_CAPITAL.search(text, max(0, start - 40), start):
        # "Ministry of Health", "Centers for Disease Control": the tail of an institution's name
        return True
    after_org = (
        _AFTER_ORG_NOUN.search(text, max(0, start - 40), start) if before[-2:] == ", " else None
    )
    if after_org and _org_apposition(after_org.group()):
        return True  # "His club, Real Madrid,": a name in apposition to an organization noun
    if (
        before[-2:] == ", "
        and not _opens_with_given_name(lowered)
        and _MAKER_OF_BEFORE.search(text, max(0, start - 50), start)
    ):
        return True  # "The fungicide’s maker, Verdana Crop Science,": who makes a product
    if (
        before[-2:] == ", "
        and lowered[0] not in lx.GIVEN_NAMES
        and _AFTER_PUBLICATION.search(text, max(0, start - 30), start)
    ):
        # "on her Substack, Second Helpings": a publication's name (not "In a post on his
        # Substack, Michael Dunleavy wrote": a given name opens a person's)
        return True
    if role == "the" and before == "the ":
        # a person's name does not follow a lower-case "the" ("Free the Wild")
        return True
    if n >= 2 and before == "The ":
        return True  # "The White House said", "The Boston Celtics announced": not a person
    appos = _ORG_APPOSITION_AFTER.match(text, end, end + 80)
    if appos and not (
        # (not "Tom Beck, the tour operator,": a person may run tours, named by a given name)
        appos.group().rstrip().endswith("operator") and _opens_with_given_name(lowered)
    ):
        # "Pacifica Midstream, which operates the pipeline,", "Lumen Bikes, the Portland
        # e-bike maker,": "which" and an organisation's noun in apposition say organisation.
        return True
    if (
        _ANIMAL_APPOSITION_AFTER.match(text, end, end + 80)
        and not _named_by_surname_after(c.tokens, text, end)
    ) or _ANIMAL_NAMED_BEFORE.search(text, max(0, start - 30), start):
        return True  # an animal the story names
    if _ORG_CALLED_BEFORE.search(text, max(0, start - 40), start):
        return True  # "a group called Marlow Parents for Transparency"
    if text[end : end + 1] == " " and _ORG_AFTER.match(text, end, end + 60):
        return True  # "Tesla said in its earnings release", "Tesla shares fell"
    if not any(t in lx.NOT_PERSON_WORDS for t in lowered):
        return False
    # "Naomi Park", "Marcus Hill": a place word that is also a surname, when the context says person
    # (a role word before it, a common given name first, a reporting verb after it).
    evidence = (
        role in lx.ROLE_TITLES
        or role in lx.PERSON_NOUNS
        or role in lx.KIN_NOUNS
        or bool(role and _AGENT_NOUN.search(role) and role not in _NOT_AGENTS)
        or role in lx.SPEECH_VERBS  # "said Jenna Park, 34,"
        or _AGE_AFTER.match(text, end) is not None
        or (n >= 2 and lowered[0] in lx.GIVEN_NAMES and lowered[0] not in lx.NOT_PERSON_WORDS)
        # ("Hyun-woo Park spoke to the podcast": a given name of two romanised syllables)
        or (n == 2 and _syllable_given_name(c.tokens[0]))
        # ("Park Ji-yeon, who leads a relief team": the family name first)
        or (n == 2 and _syllable_given_name(c.tokens[1]))
        # ("Sung-min Park, his playing partner at last month’s Open,": a person's role)
        or _PERSON_APPOSITION_AFTER.match(text, end, end + 60) is not None
    )
    return not (evidence or _SPEECH_AFTER.match(text, end, end + 40))


# Words for a company's kind that open its name in Spanish, Portuguese and Italian ("Grupo
# Bimbo", "Banco Santander", "Minera San Lorenzo").
_COMPANY_HEADS = lx.words("grupo banco compañía sociedad minera constructora editorial")


def _surname_after_all(c: _Candidate, text: str, surnames: set[str], last_words: set[str]) -> bool:
    """A one-word name its words alone make an organisation's that is a person's surname by
    where it stands."""
    if len(c.tokens) != 1:
        return False
    token = c.tokens[0]
    return (
        # ("Lan Nguyen … the Nguyen home": after a lower-case "the", when a person's longer
        # name ends with it)
        (c.role == "the" and text[max(0, c.start - 4) : c.start] == "the " and token in surnames)
        # ("Noor Haddad … Asked whether users should trust the app, Haddad paused": after a
        # comma and before a verb, it starts a new clause)
        or (
            token in last_words
            and text[max(0, c.start - 2) : c.start] == ", "
            and _CLAUSE_VERB_AFTER.match(text, c.end) is not None
        )
    )


_LONGEST_TAIL = 6
_LONGEST_NAME = 10


def _index_tails(by_tail: dict[tuple[str, ...], int], tokens: tuple[str, ...], person: int) -> None:
    """Index the last two or more words of a longer name (at most ``_LONGEST_TAIL``: a run of
    capitalised words far longer than any name would otherwise index every one of its tails)."""
    for k in range(max(1, len(tokens) - _LONGEST_TAIL), len(tokens) - 1):
        by_tail.setdefault(tuple(tokens[k:]), person)


def find_people(text: str, lay: Layout | None = None) -> PeopleIndex:
    """Everyone named in ``text`` with the aliases the text uses for them."""
    lay = lay or layout(text)
    # (a run of more capitalised words than any name has, a headline list or a shouted line,
    # names no one)
    all_cands = [c for c in _candidates(text, lay) if len(c.tokens) <= _LONGEST_NAME]
    org_flags = [_is_org(c, text) for c in all_cands]
    # "Tesco said in a statement", "Airbnb said in a statement that …": a single name, never
    # part of a longer one nor a given name, that issues statements is an organisation's (a
    # person is named in full first: "Ana Ruiz … Ruiz said in a statement").
    in_longer = {
        t
        for c, org in zip(all_cands, org_flags, strict=True)
        if len(c.tokens) > 1 and not org
        for t in c.tokens
    }
    surnames = {
        c.tokens[-1]
        for c, org in zip(all_cands, org_flags, strict=True)
        if len(c.tokens) > 1 and not org and _opens_with_given_name((c.tokens[0].lower(),))
    }
    last_words = {
        c.tokens[-1]
        for c, org in zip(all_cands, org_flags, strict=True)
        if len(c.tokens) > 1 and not org
    }
    org_flags = [
        (org and not _surname_after_all(c, text, surnames, last_words))
        or (
            (len(c.tokens) > 1 or c.tokens[0] not in in_longer)
            and not _opens_with_given_name((c.tokens[0].lower(),))
            and _issues_its_statement(text, c.end, strict=len(c.tokens) > 1)
        )
        for c, org in zip(all_cands, org_flags, strict=True)
    ]
    cands = [c for c, org in zip(all_cands, org_flags, strict=True) if not org]
    # "Acme Corp. said … Acme said": the short form of an organization named earlier.
    # "phone maker Orbi … Orbi denied": a one-word name an organization noun introduced.
    org_heads = {
        c.tokens[0]
        for c, org in zip(all_cands, org_flags, strict=True)
        if org and (len(c.tokens) > 1 or _is_org_noun(c.role))
    }
    # ("the Portuguese club Sporting Braga … Braga announced": the last word of a two-word
    # name an organisation noun introduced, when no person's name ends with it)
    person_tails = {c.tokens[-1] for c in cands if len(c.tokens) >= 2}
    org_heads |= {
        c.tokens[-1]
        for c, org in zip(all_cands, org_flags, strict=True)
        if org
        and len(c.tokens) == 2
        and _is_org_noun(c.role)
        # (not "the broadcaster Mahnoor Qureshi": a noun said of people too, a given name)
        and (c.role or "").lower() not in lx.PERSON_NOUNS | _PERSON_OR_ORG_NOUNS
        and not _opens_with_given_name((c.tokens[0].lower(),))
        and c.tokens[-1] not in person_tails
    }
    if org_heads:
        cands = [c for c in cands if len(c.tokens) > 1 or c.tokens[0] not in org_heads]
    # "meal-kit company Pantry Lane … Pantry Lane said": a name once an organization's stays one.
    org_names = {tuple(c.tokens) for c, org in zip(all_cands, org_flags, strict=True) if org}
    # "Coral Wing Airlines … Coral Wing said": a company's name without its last word (not
    # "the Bill Gates Foundation … Bill Gates said": foundations, prizes and schools are named
    # after people).
    org_names |= {
        tokens[:k]
        for tokens in list(org_names)
        if len(tokens) >= 3
        # ("Old Harlan Distilling Co.": the word before "Co." says what the company does)
        and (
            tokens[-1 if tokens[-1].lower().rstrip(".") not in ("co", "company") else -2]
            .lower()
            .rstrip(".")
            in _COMPANY_TAILS
        )
        # (not "Ralph Lauren Corp … Ralph Lauren said": companies named after their founders;
        # the short list of common given names, so that "Coral Wing Airlines" stays a company)
        and tokens[0].lower() not in lx.GIVEN_NAMES
        for k in range(2, len(tokens))
    }
    # "Minera San Lorenzo … San Lorenzo denied": a company's name without the word for its
    # kind that opens it.
    org_names |= {
        tokens[1:]
        for tokens in list(org_names)
        if len(tokens) >= 3 and tokens[0].lower() in _COMPANY_HEADS
    }
    cands = [c for c in cands if tuple(c.tokens) not in org_names]
    full: list[list[str]] = []
    # Two runs with the same first and last word are one person; the longest run is the name.
    by_key: dict[tuple[str, str], int] = {}
    by_tail: dict[tuple[str, ...], int] = {}  # the last words of a longer name (_index_tails)
    for c in cands:
        if len(c.tokens) >= 2 and not all(t.endswith(".") for t in c.tokens):
            key = (c.tokens[0], c.tokens[-1])
            i = by_key.get(key)
            if i is None:
                # "Valentina Quispe Mamani … Quispe Mamani replied": a surname of two words,
                # the tail of a longer name already met, is that person.
                i = by_tail.get(tuple(c.tokens))
                if i is not None:
                    by_key[key] = i
                    continue
                by_key[key] = len(full)
                full.append(list(c.tokens))
                _index_tails(by_tail, c.tokens, len(full) - 1)
            elif len(c.tokens) > len(full[i]):
                full[i] = list(c.tokens)
                _index_tails(by_tail, c.tokens, i)
    names = [" ".join(f) for f in full]
    by_token: dict[str, list[int]] = {}
    for i, f in enumerate(full):
        for token in {f[0], f[-1]}:
            by_token.setdefault(token, []).append(i)
    for i, f in enumerate(full):
        # ("Esteban Quintero Gil … Quintero said": the first of two surnames alone, when no one
        # else is named by it)
        for token in f[1:-1]:
            if token[:1].isupper() and token not in by_token:
                by_token[token] = [i]
    name_index = {n: i for i, n in enumerate(names)}
    genders_prior: list[Counter[str]] = [Counter() for _ in names]
    child: set[int] = set()

    def person_for_single(token: str) -> list[int]:
        return by_token.get(token, [])

    raw_mentions: list[tuple[int, int, int, str, bool]] = []
    # Single names: a known person's first or last name, or a new person when the context says so.
    kin_list_until = -1
    for c in cands:
        if len(c.tokens) >= 2:
            idx = by_key.get((c.tokens[0], c.tokens[-1]))
            if idx is None:
                continue  # (a run of initials alone, "A. B. C.": no one's name, no one indexed)
            raw_mentions.append((c.start, c.end, idx, "name", c.in_quote))
            _role_vote(genders_prior[idx], c.role)
            continue
        token = c.tokens[0]
        if token.endswith(".") or token.lower() in lx.NOT_PERSON_WORDS:
            continue  # "Former Google engineer": a company, whatever title stands before it
        if c.role in lx.ROLE_MODIFIERS and _ROLE_NOUN_AFTER.match(text, c.end):
            continue  # "Former Fed official Karen Holt": a modifier of the role, not a person
        matches = person_for_single(token)
        if matches:
            raw_mentions.append(
                (
                    c.start,
                    c.end,
                    matches[0] if len(matches) == 1 else -2 - len(raw_mentions),
                    "alias",
                    c.in_quote,
                )
            )
            continue
        low = token.lower()
        after = text[c.end : c.end + 40]
        evidence = (
            c.role in lx.KIN_NOUNS
            or c.role in lx.ROLE_TITLES
            or c.start <= kin_list_until
            or (_SPEECH_AFTER.match(after) is not None and low not in lx.PLURAL_SUBJECTS)
            or (_SPEECH_AFTER.match(after) is not None and low in lx.GIVEN_NAMES)
            or (
                not c.sentence_initial
                and not c.in_quote
                and low in lx.GIVEN_NAMES
                and c.role not in _PLACE_PREPOSITIONS  # "of Austin", "in Florence": a place
            )
        )
        if not evidence:
            continue
        if c.role in lx.KIN_NOUNS and (c.role or "") in {
            "children",
            "kids",
            "sons",
            "daughters",
            "twins",
        }:
            kin_list_until = c.end + 40
        idx = name_index.get(token, -1)
        if idx < 0:
            full.append([token])
            names.append(token)
            genders_prior.append(Counter())
            idx = len(names) - 1
            name_index[token] = idx
        raw_mentions.append((c.start, c.end, idx, "name", c.in_quote))
        _role_vote(genders_prior[idx], c.role)
        if c.role in lx.KIN_CHILD or c.start <= kin_list_until:
            child.add(idx)
    # Late single-name people can make earlier singles ("Jack" before "son Jack") resolvable.
    resolved: list[tuple[int, int, int, str, bool]] = []
    for s, e, idx, kind, q in raw_mentions:
        if idx <= -2:
            token = text[s:e]
            matches = person_for_single(token)
            idx = _nearest_named(resolved, matches, s, text, lay)
        resolved.append((s, e, idx, kind, q))
    resolved.extend(_late_singles(cands, name_index, resolved))
    resolved.sort()

    genders = _genders(lay, names, resolved, genders_prior)
    mentions, couples = _with_groups(text, resolved)
    aliases: list[list[str]] = [[] for _ in names]
    for s, e, idx, kind, _q in resolved:
        if kind == "alias" and idx >= 0:
            _add_alias(aliases[idx], text[s:e], names[idx])
    resolver = _Resolver(
        names, aliases, mentions, genders, child, couples, text, lay.sentence_starts
    )
    resolver.layout = lay
    for c in cands:
        if (
            c.role
            and (c.role in lx.PERSON_NOUNS or c.role in lx.ROLE_TITLES)
            and len(c.tokens) >= 2
        ):
            idx = by_key.get((c.tokens[0], c.tokens[-1]))
            if c.role == "general" and _COMPOUND_GENERAL.search(
                text, max(0, c.start - 40), c.start
            ):
                continue  # ("Attorney General Letitia James": not "the general")
            if idx is not None:
                # ("Gov. Patricia …": the governor; not "Lt. Gov. Ann Lee", a lieutenant governor)
                role = (
                    c.role
                    if "Lt." in text[max(0, c.start - 12) : c.start]
                    else _ABBREVIATED_ROLES.get(c.role, c.role)
                )
                resolver.roles.setdefault(role, []).append((c.start, idx))
    for mention in resolver.mentions:
        if mention.kind != "name" or mention.person < 0 or mention.in_quote:
            continue
        role = _INDEFINITE_ROLE_AFTER.match(text, mention.end)
        if role:
            # "Sam Osei, a florist in Accra, said … “…,” the florist said": the role the name
            # was given, for "the florist" later
            resolver.roles.setdefault(role.group("noun").lower(), []).append(
                (mention.start, mention.person)
            )
    _add_descriptions(resolver, lay)
    people = tuple(Person(n, tuple(a)) for n, a in zip(names, aliases, strict=True))
    # (with the short forms: "the studio Ironleaf Games … Ironleaf said")
    organisations = frozenset(" ".join(tokens) for tokens in org_names) | org_heads
    return PeopleIndex(people=people, resolver=resolver, organisations=organisations)


_SPEECH_AFTER = re.compile(
    r"\s+(?:(?:also|later|then|has|had|once)\s+)?(?:" + word_trie(lx.SPEECH_VERBS) + r")\b"
)


def _role_vote(votes: Counter[str], role: str | None) -> None:
    if (
        role in lx.KIN_MALE
        or role in lx.MALE_NOUNS
        or role in {"mr", "sir", "lord", "king", "prince"}
    ):
        votes["m"] += 2
    elif (
        role in lx.KIN_FEMALE
        or role in lx.FEMALE_NOUNS
        or role in {"mrs", "ms", "miss", "dame", "lady", "queen", "princess"}
    ):
        votes["f"] += 2


def _opens_as_subject(text: str, lay: Layout, start: int, end: int) -> bool:
    """Whether a full name opens its sentence as the one it is about: not a possessive ("Peter
    Lindqvist’s departure"), nor a relative introduced by the name and doing something other
    than speak ("Peter Lindqvist, her nephew, left in 2019": the main person keeps the bare
    surname; "Leila Haddad, his cousin, said …" speaks)."""
    if " " not in text[start:end].strip() or lay.sentence_of(start)[0] != start:
        return False
    if text[end : end + 2] in ("’s", "'s"):
        return False
    if _KIN_APPOSITION.match(text, end):
        sentence_end = lay.sentence_of(start)[1]
        return _SPEECH_VERB.search(text, end, sentence_end) is not None
    return True


_KIN_APPOSITION = re.compile(
    r",\s+(?:her|his|their)\s+(?:[\w-]+\s+)?(?:" + word_trie(lx.KIN_NOUNS) + r")\b"
)
_SPEECH_VERB = re.compile(r"\b(?:" + word_trie(lx.SPEECH_VERBS) + r")\b")


def _nearest_named(
    resolved: list[tuple[int, int, int, str, bool]],
    matches: list[int],
    pos: int,
    text: str,
    lay: Layout,
) -> int:
    """A surname two people share: the one who just opened a sentence of the same paragraph
    in full (see ``_opens_as_subject``), else the one named most so far, the first named on a
    tie."""
    for s, e, idx, _k, q in reversed(resolved[-60:]):
        if s < pos and idx in matches and not q:
            if lay.paragraph_of(s) == lay.paragraph_of(pos) and _opens_as_subject(text, lay, s, e):
                return idx
            break
    counts: Counter[int] = Counter()
    first: dict[int, int] = {}
    wanted = set(matches)
    # The 401 latest mentions, nearest first.
    for s, _e, idx, _k, q in reversed(resolved[-401:]):
        if s < pos and idx in wanted and not q:
            counts[idx] += 1
            first[idx] = s
    if not counts:
        return matches[0]
    return min(counts, key=lambda p: (-counts[p], first[p]))


def _late_singles(
    cands: list[_Candidate],
    name_index: dict[str, int],
    resolved: list[tuple[int, int, int, str, bool]],
) -> list[tuple[int, int, int, str, bool]]:
    seen = {(s, e) for s, e, *_ in resolved}
    extra = []
    for c in cands:
        if len(c.tokens) == 1 and (c.start, c.end) not in seen and c.tokens[0] in name_index:
            extra.append((c.start, c.end, name_index[c.tokens[0]], "name", c.in_quote))
    return extra


# "Sen. Ray Caldera, a Republican, pressed her on why": the object of the person's own verb is
# someone else (the same person would be "herself"), so it says nothing of their gender.
_OBJECT_OF_OWN_VERB = re.compile(
    r"(?:,[^,\x00]{1,80},)?\s+(?:\w+ly\s+)?[a-z]+\s+(?:him|her|them)"
    r"(?=\s+(?:on|to|about|for|with|that|over|into|at|in|why|how|whether|if|again)\b|[,.;:!?]|$)"
)


# "Pryce asked whether she had considered racing": one asks about someone else.
_ASKED_WHETHER = re.compile(
    r"(?:,[^,\x00]{1,80},)?\s+(?:\w+ly\s+)?(?:asked|asks|wondered|wonders)\s+(?:[a-z]+\s+)?"
    r"(?:whether|if|why|how|when)\b"
)


# "Kahananui replied under his post": a comment under someone else's post.
_UNDER_SOMEONES_POST = re.compile(
    r"\s+(?:\w+ly\s+)?[a-z]+\s+(?:under|on|to|below|beneath)\s+(?:his|her|their)\s+"
    r"(?:[\w-]+\s+)?(?:post|video|photo|tweet|comment|message|story|thread)\b"
)


_OPENING_PHRASE = re.compile(r"\s*(?:[A-Z][^,.;:\x00“”\"]{0,40},\s+)?")


def _plain(word: str) -> str:
    """A given name without its accents ("sébastien", "zoë"), as the name lists spell them."""
    if word.isascii():
        return word
    return unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode()


def _leanings(names: list[str], genders: list[str | None]) -> list[str | None]:
    """For people whose gender the story leaves open, the sex their given name is usually given
    to (a long, noisy list: it breaks ties between pronoun candidates, never rules one out)."""
    return [
        given_names.USUAL_SEX.get(_plain(name.split()[0].lower()))
        if gender is None and not _family_name_first(name)
        else None
        for name, gender in zip(names, genders, strict=True)
    ]


def _family_name_first(name: str) -> bool:
    """ "Kim Min-jun", "Park Seo-yeon": a family name, then a given name of two syllables (so
    "Kim" here says nothing of sex)."""
    words = name.split()
    return len(words) == 2 and _syllable_given_name(words[1])


_TO_SOMEONE = re.compile(
    r"\b(?:replied|responded|answered|wrote|commented|reacted)\s+(?:to|under|beneath|below)\s+$"
)
_ANOTHER_PERSON = re.compile(
    r"\b(?:mother|father|mum|mom|dad|wife|husband|son|daughter|sister|brother|girlfriend|"
    r"boyfriend|grandmother|grandfather|aunt|uncle|niece|nephew|widow|widower)\b"
)


_OWN_POSSESSIVE = re.compile(r"\b(her|his)\s+own\b", re.IGNORECASE)
# "him", and "her" with no noun after it: an object pronoun ("praised him", "wrote about her in").
_OBJECT_PRONOUN = re.compile(
    r"(?i:him\b|her(?=\s*(?:[,.;:!?]|$)|\s+(?:in|on|at|for|to|with|as|and|or|but|that|when|"
    r"after|before|since|from|about|by|over|into|again|too|this|yesterday|today)\b(?!-)))"
)
# (a clause reported between the name and the pronoun: "Casey Moran said police had stopped
# him", where the object is the one who said it)
_REPORTED_CLAUSE = re.compile(r"\b(?:said|says|told|added|claimed|argued|recalled|that)\b")


def _genders(
    lay: Layout,
    names: list[str],
    mentions: list[tuple[int, int, int, str, bool]],
    prior: list[Counter[str]],
) -> list[str | None]:
    votes = [Counter(p) for p in prior]
    for i, name in enumerate(names):
        first = _plain(name.split()[0].lower())
        if first in lx.FEMALE_NAMES:
            votes[i]["f"] += 1.5
        elif first in lx.MALE_NAMES:
            votes[i]["m"] += 1.5
    narration = lay.narration
    for n, (s, e, idx, _kind, in_quote) in enumerate(mentions):
        if in_quote or idx < 0:
            continue
        limit = mentions[n + 1][0] if n + 1 < len(mentions) else len(narration)
        if mentions[n + 1 : n + 2] and mentions[n + 1][2] == idx and limit - e <= 2:
            continue  # "Her coach, Sébastien Marchetti, posted …": one mention, voted on once
        sentence_end = lay.sentence_of(s)[1]
        window = narration[e : min(limit, sentence_end, e + 120)]
        if (
            _AND.match(window)
            or _OBJECT_OF_OWN_VERB.match(window)
            or _ASKED_WHETHER.match(window)
            or _UNDER_SOMEONES_POST.match(window)
        ):
            continue
        # ("Oumou Sidibé-Koné shared his post on her own Facebook page": "her own" is the
        # subject's, whoever an earlier "his" stands for)
        pronoun = _OWN_POSSESSIVE.search(window) or _PRONOUN.search(window)
        if pronoun and _TO_SOMEONE.search(window, 0, pronoun.start()):
            # "Montaño-Briggs replied to her reply", "answered under his post": someone else's
            pronoun = None
        if (
            pronoun
            and _OBJECT_PRONOUN.match(window, pronoun.start())
            and not _REPORTED_CLAUSE.search(window, 0, pronoun.start())
        ):
            # ("The novelist Casimir Draganov wrote about her in an essay": an object stands for
            # someone else, not the one named)
            pronoun = None
        if pronoun and _ANOTHER_PERSON.search(window, 0, pronoun.start()):
            # "Sipho Dlamini, whose mother died in August, spoke about her death": a nearer
            # person the pronoun may stand for
            pronoun = None
        if pronoun:
            votes[idx]["f" if pronoun.group(1).lower() in _FEMALE_PRONOUNS else "m"] += 1
    for name, v in zip(names, votes, strict=True):
        usual = given_names.USUAL_SEX.get(_plain(name.split()[0].lower()))
        if usual and v["m" if usual == "f" else "f"] and not (v["f"] and v["m"]):
            # The long list of given names weighs against the pronouns only: one pronoun against
            # it leaves the gender open (the name's usual sex then breaks ties), two decide.
            v[usual] += 1
    result: list[str | None] = []
    for v in votes:
        if v["f"] > v["m"]:
            result.append("f")
        elif v["m"] > v["f"]:
            result.append("m")
        else:
            result.append(None)
    return result


def _with_groups(
    text: str, resolved: list[tuple[int, int, int, str, bool]]
) -> tuple[list[Mention], list[tuple[int, int, int]]]:
    mentions = [Mention(s, e, idx, kind, q) for s, e, idx, kind, q in resolved if idx >= 0]
    couples: list[tuple[int, int, int]] = []
    groups: list[Mention] = []
    for a, b in zip(mentions, mentions[1:], strict=False):
        if a.person != b.person and _COORD.fullmatch(text, a.end, b.start):
            couples.append((a.person, b.person, a.start))
            if not a.in_quote:
                groups.append(Mention(a.start, b.end, -1, "group", False, (a.person, b.person)))
    merged = sorted([*mentions, *groups], key=lambda m: (m.start, -m.end))
    return merged, couples


def _add_alias(aliases: list[str], alias: str, name: str) -> None:
    alias = " ".join(alias.split())
    if alias.lower() == name.lower():
        return
    if alias.lower() not in {a.lower() for a in aliases}:
        aliases.append(alias)


_ROLE_WORDS_BEFORE_NAME = re.compile(
    r"(?:(?!(?:and|or|but|then|who|whom|which|while|when|as|so|if|the|a|an|to|in|on|at|of|with"
    r"|for|from|by|said|says|told|wrote)\b)[a-z][\w-]*\s+){1,2}(?=[A-ZÀ-ÖØ-ÞĀ-ſ])"
)


_LEADING_PHRASE_OPEN = re.compile(
    r"\s*(?:In|At|On|During|After|Before|Through|Via|With|Under|From|Despite|Following|Speaking|"
    r"Writing|Asked|According)\b[^,\x00]*$"
)
_OWN_ROLE_BEFORE = re.compile(r"\b(?:as|becoming|became|become|becomes|named)\s+$")
# Words that end a role before a name: a conjunction, a verb of saying or a preposition.
_NOT_ROLE_WORD = r"(?!(?:and|or|but|who|which|said|says|told|wrote|of|for|to|from|at|in|with|by)\b)"
_THE_ROLE_BEFORE_NAME = re.compile(
    rf"the\s+(?:[A-Z][a-zà-ÿ]+\s+){{1,2}}(?:{_NOT_ROLE_WORD}[a-z][\w-]*\s+){{1,2}}(?=[A-ZÀ-ÖØ-ÞĀ-ſ])"
)
_THE_LOWER_ROLE_BEFORE_NAME = re.compile(
    rf"the\s+(?:{_NOT_ROLE_WORD}[a-z][\w-]*\s+){{1,2}}(?=[A-ZÀ-ÖØ-ÞĀ-ſ])"
)
_ROLE_RUNS_ON = re.compile(
    r"(?:(?:\s+(?:general|adviser|advisor|officer|executive|director|secretary|minister|counsel|"
    r"spokesman|spokeswoman|spokesperson|manager|chief|editor)){1,2},\s+"
    # "The Anglican bishop of Badagry East, Olumide Fashola,", "The head of the United Nations
    # humanitarian office, Claire Dubois,": what the role is of, then the name.
    # ("The leader of the No campaign, the cantonal MP Claude-Henri Rochat,": "the" and a role)
    r"|\s+of\s+(?:the\s+)?(?:[\w’'-]+\s+){0,5}?[\w’'-]+,\s+(?=[A-ZÀ-ÖØ-ÞĀ-ſ]|the\s)"
    # ("The head librarian at the Eastside branch, Agnieszka Wróbel,": where the role is held,
    # then the name in apposition, closed by its comma; not "The children at the school, Ben
    # Ortiz said,")
    r"|\s+(?:at|for)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,5}?[\w’'-]+,\s+"
    r"(?=(?:the\s+(?:[a-z][\w-]*\s+){1,3})?(?:(?:Dr|Mr|Mrs|Ms|Prof|Rev)\.\s+)?[A-ZÀ-ÖØ-ÞĀ-ſ][\w’'-]*"
    r"(?:\s+(?:[A-ZÀ-ÖØ-ÞĀ-ſ][\w’'-]*|de|la|del|van|von|da|di|du|le|el|bin|al)){0,6},)"
    # ("The chef and television host Marco Vitale": a second role joined by "and", then the name)
    r"|\s+and\s+(?:[a-z][\w-]*\s+){1,3}(?=[A-ZÀ-ÖØ-ÞĀ-ſ][\w’'-]*\s+[A-ZÀ-ÖØ-ÞĀ-ſ])"
    # "the passenger, who identified himself as Jordan Pike,": named in a relative clause.
    r"|,\s+who\s+(?:identified|described|introduced)\s+(?:himself|herself|themselves)\s+"
    r"(?:only\s+)?as\s+)"
)


_LEAD_TO_NAME = re.compile(
    rf"(?:the\s+)?(?:{_NOT_ROLE_WORD}(?:[a-z][\w-]*|[A-Z]{{2,4}})\s+)"
    r"{0,3}(?:(?:Dr|Mr|Mrs|Ms|Prof|Rev)\.\s+)?(?=[A-ZÀ-ÖØ-ÞĀ-ſ])"
)
_ABBREVIATED_TITLE = re.compile(
    r"(?:Dr|Mr|Mrs|Ms|Prof|Rev|Sen|Rep|Gov|Lt|Sgt|Capt|Gen|Col|Det)\.\s+"
    # ("The judge, Sir Robert Hale,": a title written out)
    r"|(?:Sir|Dame|Professor|Judge|Justice|Rabbi|Imam|Reverend)\s+"
)


_SENTENCE_STOP = re.compile(r"[.!?]\s+")


_COMPOUND_NOUN_AFTER = re.compile(
    r" (?:site|website|club|page|account|forum|group|base|zone|mail|fiction|art|vote|event|"
    r"section|favou?rite|service|meeting|union|association)s?\b"
)
_CAPITAL_WORD_AFTER = re.compile(r" [A-ZÀ-ÖØ-ÞĀ-ſ][\w’'-]*")


def _descriptions(narration: str) -> Iterator[re.Match[str]]:
    """Descriptions in reading order. A match that runs over a sentence's end ("… keep her
    out.\n\nThe 29-year-old") is the description that opens the next sentence."""
    for match in _DESCRIPTION_SCAN.finditer(narration):
        stops = list(_SENTENCE_STOP.finditer(match.group()))
        if not stops:
            yield match
            continue
        again = _DESCRIPTION_SCAN.match(narration, match.start() + stops[-1].end())
        if again is not None and again.end() == match.end():
            yield again


def _add_descriptions(resolver: _Resolver, lay: Layout) -> None:
    """Resolve definite descriptions in reading order; each becomes a mention and an alias."""
    text = resolver.text
    name_starts = {m.start: m for m in resolver.mentions if m.kind in {"name", "alias"}}
    name_ends = {m.end: m for m in resolver.mentions if m.kind == "name"}
    for match in _descriptions(lay.narration):
        if _inside_word(lay.narration, match.start()):
            continue
        mods = match.group("mods").split()
        if any(m.lower() in _DESC_MOD_STOP for m in mods):
            continue
        start, end = match.start(), match.end()
        if _COMPOUND_NOUN_AFTER.match(lay.narration, end):
            continue  # "the fan site Vale Forever", "the fan club": the noun modifies another
        if _CAPITAL_WORD_AFTER.match(lay.narration, end) and match.group("noun")[:1].isupper():
            continue  # "The American Red Cross", "the British Museum": a name, not a description
        extension = _NOUN_AFTER.match(text[end : end + 30])
        if extension and _YEAR_OLD.search(match.group("noun")):
            end += extension.end()
        phrase = text[start:end]
        if ". " in phrase:
            continue  # "the clip. Fellow singer": a sentence ends inside, not one description
        # "their late son Jack", "her husband, John Legend": the description names its person.
        # ("The state’s attorney general, Curtis Vann,": the role may run on a word or two.)
        runs_on = _ROLE_RUNS_ON.match(text, end, end + 60)
        if (
            runs_on
            and runs_on.group().lstrip().startswith("of ")
            and (
                match.group("noun").lower() in lx.KIN_NOUNS
                or match.group("noun").lower() in lx.PLURAL_PERSON_NOUNS
                or match.group("noun").lower().endswith("s")
            )
        ):
            # ("The parents of the missing hiker, Owen Pratt,": the one they are the parents of)
            runs_on = None
        follow = None if runs_on else _COMMA_SPACE.match(text[end : end + 3])
        after = runs_on.end() if runs_on else end + (follow.end() if follow else 0)
        person: int | tuple[int, ...] | None
        if follow and after not in name_starts:
            # "The lead author, Dr. Kwame Mensah,": an abbreviated title before the name.
            title = _ABBREVIATED_TITLE.match(text, after, after + 8)
            if title and title.end() in name_starts:
                after = title.end()
        if follow and after not in name_starts:
            # "her husband, musician Elliot Crane,": lower-case role words before a name in
            # apposition (closed by a comma; "her publicist, actress Lena Cruz is" is no apposition).
            # ("The jury president, the Danish actress Sofie Brandstrup,", "one of them, the Lagos
            # gallerist Funmilayo Okafor,": "the", a capitalised word or two and a role)
            role = _ROLE_WORDS_BEFORE_NAME.match(
                text, after, after + 40
            ) or _THE_ROLE_BEFORE_NAME.match(text, after, after + 60)
            if (
                role is None
                and match.group("det").lower() in {"her", "his", "their"}
                and match.group("noun").lower() in lx.KIN_NOUNS
            ):
                # ("her husband, the rugby player Jonah Dresner": a relative named after "the"
                # and a lower-case role)
                role = _THE_LOWER_ROLE_BEFORE_NAME.match(text, after, after + 60)
            named = name_starts.get(role.end()) if role else None
            # (or by the sentence's end: "with her husband, the rugby player Jonah Dresner.")
            if named is not None and text[named.end : named.end + 1] in {",", ".", ";"}:
                after = role.end()
        if runs_on and after not in name_starts:
            # "The head of the carnivore section, Dr. Fiona MacAllister,", "…, the cantonal MP
            # Claude-Henri Rochat,": "the", role words or a title before the name in apposition.
            lead = _LEAD_TO_NAME.match(text, after, after + 60)
            named = name_starts.get(lead.end()) if lead else None
            if named is not None and text[named.end : named.end + 1] == ",":
                after = lead.end()
        before = name_ends.get(start - 2) if text[start - 2 : start] == ", " else None
        if (
            after in name_starts
            and name_starts[after].person >= 0
            and follow
            and text[name_starts[after].end : name_starts[after].end + 1] not in {",", ".", ")"}
            and _LEADING_PHRASE_OPEN.match(text, lay.sentence_of(start)[0], start)
            # (not the subject's own role: "In her first season as the team’s coach, Emma Hayes
            # said")
            and not _OWN_ROLE_BEFORE.search(text, max(0, start - 30), start)
        ):
            # "In a statement released through her lawyer, Dana Ortiz said …": the phrase's
            # comma, then the clause's subject; no apposition
            person = resolver.description(match.group("det"), phrase.split()[-1], phrase, start)
        elif after in name_starts and name_starts[after].person >= 0:
            person = name_starts[after].person
            if runs_on:
                # ("Her coach at the University of Texas, Brennan Holloway, … the coach said": the
                # role the name was given, for "the coach" later)
                resolver.roles.setdefault(match.group("noun").lower(), []).append((start, person))
        elif (
            before is not None
            and before.person >= 0
            and match.group("det").lower() == "the"
            and text[end : end + 1] in {",", "."}
        ):
            # "Kofi Darko, the 38-year-old striker, announced": a description in apposition
            # after a name is that person's.
            person = before.person
        else:
            person = resolver.description(match.group("det"), phrase.split()[-1], phrase, start)
        if person is None:
            continue
        if isinstance(person, tuple):
            resolver.add(Mention(start, end, -1, "description", False, person))
        else:
            resolver.add(Mention(start, end, person, "description", False))
            resolver.add_alias(person, phrase)
