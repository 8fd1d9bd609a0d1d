"""The faster scanners give exactly the matches of the engine's own ``finditer``."""

from __future__ import annotations

import re

import pytest

from benchmarks.quotes import HELDOUT_SETS, heldout_set
from stories.extraction import posts
from stories.extraction.marks import layout
from stories.extraction.scanning import is_word_char

from .quote_devset import DEV_SET
from .seed_files import seed_text

# Sentences around "release" and "statement", matched and not, in narration as the extractor
# sees it (a quote blanked to NULs).
_RELEASE_SENTENCES = [
    "The company’s earnings release said revenue rose.",
    "Lund University’s press release quoted her co-author.",
    "A news release from the university quoted her co-author.",
    "An earnings release by Orbi Ltd reported a loss.",
    "The company’s quarterly earnings release, published an hour later, said profits fell.",
    "The club’s statement on Thursday had been more businesslike.",
    "Fennimore’s news release on the quarter, issued before the call, reported revenue.",
    "\x00\x00\x00\x00 the university’s news release quoted.",
    "Her office’s press release said it was over. His statement said little.",
    "Its statement read: \x00\x00\x00. Their release added more.",
    "Renée Øster-Dahl’s statement said so.",
    "Saint-Étienne’s statement said so; Zoë’s release added more.",
    "the statement said the statement said",
    "Statement’s release said nothing.",
    "The press statement release said.",
    "We issued a statement. The statements said. A release was out; a release from them.",
    "irrelease said; restatement said; The_release said; The-release said.",
    "A statement from the Department of Justice said it would appeal.",
    "Mr. O’Neill’s 12-page statement, read aloud, said he regretted it.",
]


def _narrations() -> list[str]:
    texts = [*_RELEASE_SENTENCES, seed_text(), *(case["text"] for case in DEV_SET)]
    for _letter, module, variable in HELDOUT_SETS:
        texts += [case["text"] for case in heldout_set(module, variable)]
    texts.append("\n\n".join(_RELEASE_SENTENCES))
    return [layout(text).narration for text in texts]


@pytest.mark.parametrize("pattern", list(posts._ANCHORED), ids=lambda p: p.pattern[:30])
def test_an_anchored_scan_finds_what_finditer_finds(pattern):
    scanner = posts._ANCHORED[pattern]
    checked = 0
    for narration in _narrations():
        expected = [(m.start(), m.end()) for m in pattern.finditer(narration)]
        assert [(m.start(), m.end()) for m in scanner.matches(narration)] == expected, narration
        checked += len(expected)
    assert checked >= 20  # the sentences above hold matches of their own, not only misses


def test_is_word_char_is_the_engines_word_class_with_hyphen_and_apostrophes():
    word = re.compile(r"[\w’'-]")
    for code in range(0x30000):
        char = chr(code)
        assert is_word_char(char) == bool(word.match(char)), hex(code)
