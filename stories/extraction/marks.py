"""Quotation-mark spans, paragraphs and narration sentences of a story.

Finds every top-level quotation (curly or straight, double or single marks,
nested quotes folded into the outer one, a quote left open at a paragraph end
and reopened in the next one), splits paragraphs, and splits the narration
into sentences without cutting inside a quote. It only locates text: it does
not decide whether a span is a real quote (titles and scare quotes are the
quote rules' business), and it must stay linear in the length of the text.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from .lexicon import ABBREVIATIONS, ABBREVIATIONS_BEFORE_NUMBER

_MARKS = re.compile(r"[“”\"‘’'«»]")
_OPEN_BEFORE = set(" \t\n([{—–-/\u00a0") | {""}
_OPEN_BEFORE_SINGLE = _OPEN_BEFORE | set('“"')  # (a single quote may open inside a double one)
_APOSTROPHE_WORDS = re.compile(r"(?:em|til|cause|bout|round|n\b|\d0s|\d\ds)", re.IGNORECASE)


@dataclass(frozen=True)
class Span:
    """One quotation: ``text[start:end]`` are the words inside the marks."""

    start: int
    end: int
    open_at: int  # offset of the opening mark
    close_at: int | None  # offset of the closing mark; None when left open at a paragraph end
    paragraph: int  # index into ``Layout.paragraphs``


@dataclass(frozen=True)
class Layout:
    """Paragraphs, quotations and narration sentences of one text."""

    text: str
    paragraphs: tuple[tuple[int, int], ...]
    spans: tuple[Span, ...]
    sentences: tuple[tuple[int, int], ...]
    narration: str  # ``text`` with every quotation (marks included) blanked by NUL characters
    sentence_starts: tuple[int, ...]
    paragraph_starts: tuple[int, ...]

    def paragraph_of(self, offset: int) -> int:
        return max(0, bisect_right(self.paragraph_starts, offset) - 1)

    def sentence_index(self, offset: int) -> int:
        return max(0, bisect_right(self.sentence_starts, offset) - 1)

    def sentence_of(self, offset: int) -> tuple[int, int]:
        if not self.sentences:
            return (0, len(self.text))
        # (sentence_index, inlined: the quote and post rules ask this thousands of times)
        index = bisect_right(self.sentence_starts, offset) - 1
        return self.sentences[index if index > 0 else 0]


def _paragraphs(text: str) -> list[tuple[int, int]]:
    result: list[tuple[int, int]] = []
    pos = 0
    for match in re.finditer(r"\n", text):
        if text[pos : match.start()].strip():
            result.append((pos, match.start()))
        pos = match.end()
    if text[pos:].strip():
        result.append((pos, len(text)))
    return result


def _role(text: str, i: int, lo: int, hi: int) -> str | None:
    """'open', 'close' or None (an apostrophe or a mark that cannot be read) for the mark at ``i``."""
    ch = text[i]
    before = text[i - 1] if i > lo else ""
    after = text[i + 1] if i + 1 < hi else ""
    if ch in "“«":
        return "open"
    if ch in "”»":
        return "close"
    if ch == '"':
        if before in _OPEN_BEFORE and after and not after.isspace():
            return "open"
        if before and not before.isspace():
            return "close"
        return None
    if ch in "‘'":
        if before in _OPEN_BEFORE_SINGLE and after and (after.isalnum() or after in "…"):
            if _APOSTROPHE_WORDS.match(text, i + 1, min(hi, i + 6)):
                return None
            return "open"
        if ch == "'" and before and not before.isspace() and not (after and after.isalnum()):
            return "close"
        return None
    # ’ closes a single quote only where it cannot be an apostrophe inside a word (didn’t).
    if before and not before.isspace() and not (after and after.isalnum()):
        return "close"
    return None


def _kind(ch: str) -> str:
    return "double" if ch in '“”"«»' else "single"


def find_spans(text: str, paragraphs: list[tuple[int, int]]) -> list[Span]:
    """Every top-level quotation, in reading order."""
    spans: list[Span] = []
    for p_index, (lo, hi) in enumerate(paragraphs):
        open_kind: str | None = None
        open_at = -1
        nested: str | None = None
        for match in _MARKS.finditer(text, lo, hi):
            i = match.start()
            role = _role(text, i, lo, hi)
            if role is None:
                continue
            kind = _kind(text[i])
            if open_kind is None:
                if role == "open":
                    open_kind, open_at, nested = kind, i, None
                continue
            if kind != open_kind:
                # A mark of the other family inside a quote: a nested quote, folded into the outer one.
                if role == "open":
                    nested = kind
                elif nested == kind:
                    nested = None
                continue
            if role == "close":
                if i > open_at + 1:
                    spans.append(Span(open_at + 1, i, open_at, i, p_index))
                open_kind = None
            elif role == "open":
                # An opening mark while one is open: the earlier mark was never closed; start again here.
                open_kind, open_at, nested = kind, i, None
        if open_kind == "double":
            end = hi
            while end > open_at + 1 and text[end - 1].isspace():
                end -= 1
            if end > open_at + 1:
                spans.append(Span(open_at + 1, end, open_at, None, p_index))
    return _keep_continued(text, spans, paragraphs)


def _keep_continued(text: str, spans: list[Span], paragraphs: list[tuple[int, int]]) -> list[Span]:
    """Keep a quote left open at a paragraph end only when the next paragraph reopens it."""
    kept: list[Span] = []
    opening = {
        s.paragraph: s
        for s in spans
        if s.open_at == _first_non_space(text, paragraphs[s.paragraph])
    }
    for span in spans:
        if span.close_at is None:
            following = opening.get(span.paragraph + 1)
            if following is None:
                continue
        kept.append(span)
    return kept


def _first_non_space(text: str, paragraph: tuple[int, int]) -> int:
    lo, hi = paragraph
    while lo < hi and text[lo].isspace():
        lo += 1
    return lo


def _blank(text: str, spans: list[Span], paragraphs: list[tuple[int, int]]) -> str:
    pieces: list[str] = []
    pos = 0
    for span in spans:
        stop = span.close_at + 1 if span.close_at is not None else span.end
        pieces.append(text[pos : span.open_at])
        pieces.append("\x00" * (stop - span.open_at))
        pos = stop
    pieces.append(text[pos:])
    return "".join(pieces)


_PREPOSITION_BEFORE = re.compile(r"\b(?:on|to|at|in|from|via|of)\s+$")
# A run of final punctuation before a space, a quote or the end, or a blanked quotation. Written
# as one character of either kind first, then the rest of its run: a pattern that opens with a
# single class lets the engine skip every other character without trying a match there (two
# alternatives opening with repeats make it try every place), so the scan runs about twice as
# fast. The look-behinds tell which kind the first character was; the matches are those of
# "[.!?…]+(?=[\s\x00]|$)|\x00+".
_END = re.compile(r"[.!?…\x00](?:(?<=[.!?…])[.!?…]*(?=[\s\x00]|$)|(?<=\x00)\x00*)")
_WORD_AT_END = re.compile(r"([\w.]+)$")


def _sentences(
    text: str, narration: str, spans: list[Span], paragraphs: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    by_close = {s.close_at: s for s in spans if s.close_at is not None}
    result: list[tuple[int, int]] = []
    for lo, hi in paragraphs:
        start = lo
        for match in _END.finditer(narration, lo, hi):
            if match.group().startswith("\x00"):
                # A quotation: its own final punctuation may end the sentence.
                close = match.end() - 1
                span = by_close.get(close)
                if span is None or span.end <= span.start:
                    continue
                inner = text[span.start : span.end].rstrip("’'”\" ")
                if not inner or inner[-1] not in ".!?…":
                    continue
                cut = match.end()
                nxt = _next_visible(text, cut, hi)
                if nxt is None:
                    continue
                if inner[-1] != "." and not (nxt in "“\"‘'" or nxt.isupper()):
                    continue
                if nxt.islower():
                    continue
            else:
                cut = match.end()
                if match.group() == ".":
                    word = _WORD_AT_END.search(
                        narration[max(lo, match.start() - 12) : match.start()]
                    )
                    abbreviation = word is not None and (
                        word.group(1).lower() in ABBREVIATIONS or len(word.group(1)) == 1
                    )
                    if abbreviation and word.group(1).lower() in ABBREVIATIONS_BEFORE_NUMBER:
                        abbreviation = text[cut : cut + 2].strip()[:1].isdigit()
                    elif abbreviation and len(word.group(1)) == 1:
                        # "posted on X. He…": a letter after a preposition names something;
                        # an initial follows a name or a role ("George W. Bush").
                        letter_at = match.start() - 1
                        abbreviation = not _PREPOSITION_BEFORE.search(
                            narration, max(lo, letter_at - 12), letter_at
                        )
                    if abbreviation:
                        continue
                nxt = _next_visible(text, cut, hi)
                if nxt is not None and nxt.islower():
                    continue
            if text[start:cut].strip():
                result.append((start, cut))
            start = cut
            while start < hi and text[start].isspace():
                start += 1
        if text[start:hi].strip():
            result.append((start, hi))
    return result


def _next_visible(text: str, pos: int, hi: int) -> str | None:
    while pos < hi and text[pos].isspace():
        pos += 1
    return text[pos] if pos < hi else None


def layout(text: str) -> Layout:
    """Paragraphs, quotation spans, narration sentences and the blanked narration of ``text``."""
    paragraphs = _paragraphs(text)
    spans = find_spans(text, paragraphs)
    narration = _blank(text, spans, paragraphs)
    sentences = _sentences(text, narration, spans, paragraphs)
    return Layout(
        text,
        tuple(paragraphs),
        tuple(spans),
        tuple(sentences),
        narration,
        tuple(s[0] for s in sentences),
        tuple(p[0] for p in paragraphs),
    )
