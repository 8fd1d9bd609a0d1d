"""Faster scanning for patterns that open with plain words: the same matches as ``finditer``.

Provides ``openings(pattern)``, the literal strings every match of a pattern
starts with (read from the pattern itself), and ``OpeningScan``, which finds
those openings for several patterns in one pass and tries each pattern only
where one of its openings stands. The regex engine checks a long alternation
of words at every character; a trie of openings rules most places out at
once. It must never change what a pattern matches: a pattern whose openings
cannot be read is scanned with plain ``finditer``. Pure Python: no Django, no I/O.

Also ``word_trie(words)``, a long list of words written as an alternation that
matches the same but groups the words by their shared beginnings, and
``AnchoredScan``, which finds a pattern's matches from a rarer part that
follows their start (an age after a name).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from re import _constants as sre  # the parsed form of a pattern, to read its openings
from re import _parser as sre_parse

_LENGTH = 4  # openings longer than this add little: four letters rule out most places
_MAX_OPENINGS = 2000


def _walk(items: list, starts: set[str]) -> tuple[set[str], set[str]]:
    """Extend ``starts`` by ``items``: (prefixes that may grow further, finished prefixes)."""
    growing = set(starts)
    finished: set[str] = set()
    for op, arg in items:
        if not growing:
            break
        if op is sre.LITERAL:
            growing = {p + chr(arg) for p in growing}
        elif op is sre.IN and all(kind is sre.LITERAL for kind, _ in arg):
            growing = {p + chr(c) for p in growing for _, c in arg}
        elif op is sre.SUBPATTERN and not arg[1] and not arg[2]:
            growing, done = _walk(list(arg[3]), growing)
            finished |= done
        elif op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            continue  # zero-width: the characters a match starts with come after it
        elif op is sre.BRANCH:
            grown: set[str] = set()
            for alternative in arg[1]:
                more, done = _walk(list(alternative), growing)
                grown |= more
                finished |= done
            growing = grown
        else:
            # A repeat, a class, an assertion or a flag change: the literal opening ends here.
            finished |= growing
            growing = set()
        full = {p for p in growing if len(p) >= _LENGTH}
        finished |= full
        growing -= full
        if len(growing) + len(finished) > _MAX_OPENINGS:
            return set(), {""}
    return growing, finished


def openings(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Literal strings (up to four characters) that every match of ``pattern`` starts with.

    None when some match could start otherwise (a class, an assertion, an empty
    match, a case-insensitive pattern): such a pattern is scanned as it is.
    """
    if pattern.flags & ~(re.UNICODE | re.VERBOSE):
        return None
    try:
        tree = sre_parse.parse(pattern.pattern, pattern.flags)
        growing, finished = _walk(list(tree), {""})
    except (re.error, AttributeError, TypeError, ValueError):
        # The parsed form is the engine's own, not a public API: if a Python release
        # changes it, every pattern falls back to plain finditer rather than fail.
        return None
    found = growing | finished
    if not found or "" in found:
        return None
    return frozenset(found)


def _trie(words: set[str]) -> str:
    """A regex matching wherever one of ``words`` starts (alternatives grouped by first character)."""
    if "" in words:
        return ""
    by_first: dict[str, set[str]] = {}
    for word in words:
        by_first.setdefault(word[0], set()).add(word[1:])
    parts = []
    for first, rests in sorted(by_first.items()):
        rest = _trie(rests)
        parts.append(re.escape(first) + (f"(?:{rest})" if rest else ""))
    return "|".join(parts)


def word_trie(words: Iterable[str]) -> str:
    """An alternation of ``words`` that matches as ``"|".join`` of them escaped, longest first.

    The words are grouped by their shared beginnings ("son|sons|sister" as
    ``s(?:on(?:s|)|ister)``), so the engine compares each letter once instead of trying every
    word in turn; a word that ends where a longer one goes on is tried after it, as longest-first
    does. Only words that are prefixes of one another can match at the same place, so that is
    the only order that counts.
    """
    groups: dict[str, set[str]] = {}
    ends = False
    for word in words:
        if word:
            groups.setdefault(word[0], set()).add(word[1:])
        else:
            ends = True
    parts = [re.escape(first) + word_trie(rests) for first, rests in sorted(groups.items())]
    if ends:
        if not parts:
            return ""
        parts.append("")  # the word may end here, once every longer one has been tried
    return parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"


class OpeningScan:
    """Several patterns scanned together; ``matches(text)`` equals each pattern's ``finditer(text)``."""

    def __init__(self, patterns: list[re.Pattern[str]]) -> None:
        self.patterns = list(dict.fromkeys(patterns))
        self.plain = [p for p in self.patterns if openings(p) is None]
        by_length: dict[int, dict[str, list[re.Pattern[str]]]] = {}
        words: set[str] = set()
        for pattern in self.patterns:
            found = openings(pattern)
            if found is None:
                continue
            words |= found
            for word in found:
                by_length.setdefault(len(word), {}).setdefault(word, []).append(pattern)
        self.tables = sorted(by_length.items())
        self.longest = max(by_length, default=0)
        self.scan = re.compile(_trie(words)) if words else None
        # (Kept by each pattern's number, not by the pattern: hashing a compiled pattern reads
        # its whole compiled code, which is long for a pattern of many words.)
        self.number = {pattern: k for k, pattern in enumerate(self.patterns)}

    def _candidates(self, key: str) -> list[re.Pattern[str]]:
        """The patterns with an opening that ``key`` (the text at a place) starts with."""
        found: list[re.Pattern[str]] = []
        for length, table in self.tables:
            for pattern in table.get(key[:length], ()) if length <= len(key) else ():
                if pattern not in found:
                    found.append(pattern)
        return found

    def matches(self, text: str) -> dict[re.Pattern[str], list[re.Match[str]]]:
        """Every pattern's matches in ``text``, leftmost first and non-overlapping, as ``finditer``."""
        found: dict[re.Pattern[str], list[re.Match[str]]] = {p: [] for p in self.patterns}
        for pattern in self.plain:
            found[pattern] = list(pattern.finditer(text))
        if self.scan is None:
            return found
        # A pattern matches only where one of its openings stands; trying it at each such
        # place in order, past the end of its previous match, is what finditer does.
        number = self.number
        last_end = [0] * len(self.patterns)
        # The same few letters open most places: which patterns they call for is worked out
        # once per distinct opening text.
        by_key: dict[str, list[tuple[int, Callable[..., re.Match[str] | None], list]]] = {}
        longest = self.longest
        search = self.scan.search
        hit = search(text)
        while hit:
            at = hit.start()
            key = text[at : at + longest]
            candidates = by_key.get(key)
            if candidates is None:
                candidates = by_key[key] = [
                    (number[pattern], pattern.match, found[pattern])
                    for pattern in self._candidates(key)
                ]
            for k, match_at, out in candidates:
                if at < last_end[k]:
                    continue
                match = match_at(text, at)
                if match:
                    out.append(match)
                    # A match ends past where it starts (an empty one would have no opening).
                    last_end[k] = match.end()
            hit = search(text, at + 1)
        return found


def is_word_char(char: str) -> bool:
    """True for a character of ``[\\w’'-]``: the engine's ``\\w`` is ``isalnum()`` or "_"."""
    return char.isalnum() or char in "_-’'"


class AnchoredScan:
    """``finditer`` of a pattern whose matches are short runs of a few kinds of characters
    before something rarer: "Smith, 42," (letters and spaces, then a comma and an age).

    ``anchor`` finds the rarer part (", 42,") and must match wherever a match of ``pattern``
    has it; every character of a match before it is one of ``inside`` (or whitespace), and a
    match starts with one of ``first``, before its anchor (never on the anchor's first
    character: "Statement" does not open a match of ``release|statement``). The pattern
    is then tried only at such starts in the run of ``inside`` characters just before each
    anchor, in order and past the previous match, which gives ``finditer``'s matches without
    the engine trying the pattern at every place of the text.

    ``inside`` is a string of characters, or a test of one character (``is_word_char`` for
    the ``[\\w’'-]`` of a run of words). ``reach`` bounds how far back from its anchor a match
    may start (a few words; the patterns allow no more): the walk back stops there, so a long
    run of words with many anchors and no match costs time in proportion to the text.
    """

    def __init__(
        self,
        pattern: re.Pattern[str],
        anchor: re.Pattern[str],
        inside: str | Callable[[str], bool],
        first: str,
        reach: int = 160,
    ) -> None:
        self.pattern = pattern
        self.anchor = anchor
        self.inside = frozenset(inside).__contains__ if isinstance(inside, str) else inside
        self.first = frozenset(first)
        self.reach = reach

    def matches(self, text: str) -> list[re.Match[str]]:
        found: list[re.Match[str]] = []
        inside, first, match = self.inside, self.first, self.pattern.match
        last_end = 0
        for hit in self.anchor.finditer(text):
            at = hit.start()
            if at < last_end:
                continue
            lo = at
            stop = max(last_end, at - self.reach)
            while lo > stop and (inside(text[lo - 1]) or text[lo - 1].isspace()):
                lo -= 1
            for start in range(lo, at):
                if text[start] in first:
                    m = match(text, start)
                    if m:
                        found.append(m)
                        last_end = m.end()
                        break
        return found
