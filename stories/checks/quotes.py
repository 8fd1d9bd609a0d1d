"""The quote check: a quote against its source's captured text (exact, near with a word diff, or not found).

Comparison ignores case, typographic quote and dash styles, and punctuation
at word edges, because a story re-typesets what it quotes; any difference in
the words themselves is shown. Pure Python: no Django import, no I/O.
"""

from __future__ import annotations

import difflib
import re
import unicodedata

from .result import CheckResult, DiffPart, Outcome

_TRANSLATE = str.maketrans(
    {
        "‘": "'",
        "’": "'",
        "‚": "'",
        "ʼ": "'",
        "“": '"',
        "”": '"',
        "„": '"',
        "–": "-",
        "—": "-",
        "…": "...",
    }
)
_WORD = re.compile(r"\S+")
_EDGE_PUNCT = re.compile(r"^[\W_]+|[\W_]+$")

# A near match needs most of the quote's words, in order.
NEAR_RATIO = 0.75


def words(text: str) -> list[str]:
    """The words of a text as they read (original spelling, for showing)."""
    return _WORD.findall(text)


def _key(word: str) -> str:
    word = unicodedata.normalize("NFKC", word).translate(_TRANSLATE).casefold()
    return _EDGE_PUNCT.sub("", word) or word


def _diff(quote: list[str], source: list[str]) -> tuple[float, tuple[DiffPart, ...]]:
    qk, sk = [_key(w) for w in quote], [_key(w) for w in source]
    matcher = difflib.SequenceMatcher(None, qk, sk, autojunk=False)
    parts: list[DiffPart] = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            parts.append(DiffPart("equal", " ".join(quote[i1:i2])))
            continue
        if i2 > i1:
            parts.append(DiffPart("quote", " ".join(quote[i1:i2])))
        if j2 > j1:
            parts.append(DiffPart("source", " ".join(source[j1:j2])))
    matched = sum(block.size for block in matcher.get_matching_blocks())
    # Share of the quote found, penalised by words the source has in between.
    ratio = matched / max(len(qk), len(sk))
    return ratio, tuple(parts)


def _best_window(quote: list[str], source: list[str]) -> tuple[int, int]:
    """The stretch of the source most like the quote: windows around each place the quote's words occur."""
    qk = [_key(w) for w in quote]
    sk = [_key(w) for w in source]
    n, m = len(sk), len(qk)
    wanted = set(qk)
    best, best_span = -1.0, (0, min(n, m))
    starts = {
        max(0, i - j) for i, w in enumerate(sk) if w in wanted for j in range(m) if qk[j] == w
    }
    for start in sorted(starts):
        for length in {m - 1, m, m + 1}:
            end = min(n, start + max(length, 1))
            matcher = difflib.SequenceMatcher(None, qk, sk[start:end], autojunk=False)
            if matcher.quick_ratio() <= best:
                continue
            score = matcher.ratio()
            if score > best:
                best, best_span = score, (start, end)
    return best_span


def check_quote(*, quote: str, source_text: str, source_label: str = "the source") -> CheckResult:
    """Find a quote in its source's captured text."""
    if not source_text.strip():
        return CheckResult(
            Outcome.UNKNOWN,
            f"No captured text for {source_label}: paste it on the source's page to compare.",
        )
    q_words, s_words = words(quote), words(source_text)
    if not q_words:
        return CheckResult(Outcome.UNKNOWN, "The quote is empty.")
    q_keys = [_key(w) for w in q_words]
    s_keys = [_key(w) for w in s_words]
    m = len(q_keys)
    for i in range(len(s_keys) - m + 1):
        if s_keys[i : i + m] == q_keys:
            return CheckResult(
                Outcome.EXACT,
                f"Found word for word in {source_label}.",
                " ".join(s_words[i : i + m]),
            )
    start, end = _best_window(q_words, s_words)
    ratio, parts = _diff(q_words, s_words[start:end])
    if ratio >= NEAR_RATIO:
        return CheckResult(
            Outcome.NEAR,
            f"Close to {source_label} but not the same words ({ratio:.0%} alike): see the difference.",
            " ".join(s_words[start:end]),
            parts,
        )
    return CheckResult(Outcome.NOT_FOUND, f"Not found in {source_label}'s captured text.")
