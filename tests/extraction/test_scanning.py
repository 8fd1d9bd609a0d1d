"""The faster scanners give exactly the matches of the engine's own ``finditer``."""

from __future__ import annotations

import re

import pytest

from benchmarks.quotes import HELDOUT_SETS, heldout_set
from stories.extraction import posts, quotes
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
# Sentences for the other scanned patterns: each pattern's own phrasing and near misses.
_OTHER_SENTENCES = [
    "By evening she had posted again. He reposted a corrected version; she posted a new version.",
    "He followed up with a longer thread on aftershocks. She followed up quickly with another "
    "video.",
    "The story was deleted within an hour and reposted with softer wording.",
    "Whitcombe answered, quote-posting her message. He quoted the post. She was quoted as saying.",
    "Critic Miles Berenson, writing in The Atlantic, called it bad. She wrote in The Boston Globe "
    "that it was over. Reviewing the show in The Guardian, the critic Jonas Feldkamp agreed.",
    "The findings, reported in the journal Nature Medicine, were new. They reported on Monday in "
    "The Lancet.",
    "She used Instagram to announce it. He took to X on Monday to apologise.",
    "He gave an interview to the Irish Times. She granted a rare interview to Le Monde.",
    "The union filed a lawsuit on Friday. She filed her complaint.",
    "He said by email that it was fine. She responded via e-mail. They replied over email.",
    "She told the paper that it was over. He told the newspaper more.",
    "Justice Ann Roe wrote in dissent that the law failed. In dissent, Judge Lee agreed. "
    "Indissent in dissent; thin dissent.",
    "Pete Sandoval’s review of the new restaurant Oriel in The New York Times was harsh. In an "
    "excerpt published by the magazine Vantage, she wrote more. For the piece for Wired, he "
    "travelled. A masterpiece for The Met; her column in Élan Weekly.",
    "He told BBC Radio 4’s Today programme that it was over. NBC’s Meet the Press show aired. "
    "A.B.C. & Co.’s Late Hour programme ran; Ōsaka TV’s Ēvening show; the show’s host.",
    "A video went viral. The passenger who posted it, Marisol Grant, said so. In the video, Ana "
    "Ruiz sings. In the 18-minute video, posted on May 3, Tom Reyes explains. Who posted it?",
]


def _narrations() -> list[str]:
    texts = [*_RELEASE_SENTENCES, *_OTHER_SENTENCES, seed_text()]
    texts += [case["text"] for case in DEV_SET]
    for _letter, module, variable in HELDOUT_SETS:
        texts += [case["text"] for case in heldout_set(module, variable)]
    texts.append("\n\n".join([*_RELEASE_SENTENCES, *_OTHER_SENTENCES]))
    return [layout(text).narration for text in texts]


_SCANNERS = [
    *(
        (pattern, lambda text, scan=scan: scan.matches(text))
        for pattern, scan in posts._ANCHORED.items()
    ),
    *(
        (pattern, lambda text, pattern=pattern, scan=scan: scan.matches(text)[pattern])
        for pattern, scan in posts._BY_OPENINGS.items()
    ),
    (
        quotes._POSTER_NAMED,
        lambda text: quotes._POSTER_SCAN.matches(text)[quotes._POSTER_NAMED],
    ),
]


@pytest.fixture(scope="module")
def narrations() -> list[str]:
    return _narrations()


@pytest.mark.parametrize(
    ("pattern", "matches"), _SCANNERS, ids=lambda p: getattr(p, "pattern", "")[:30]
)
def test_a_faster_scan_finds_what_finditer_finds(pattern, matches, narrations):
    checked = 0
    for narration in narrations:
        expected = [(m.start(), m.end()) for m in pattern.finditer(narration)]
        assert [(m.start(), m.end()) for m in matches(narration)] == expected, narration
        checked += len(expected)
    assert checked >= 1  # the sentences above hold a match of every pattern, not only misses


def test_every_pattern_given_an_opening_scan_has_openings_it_can_read():
    # One whose openings cannot be read falls back to plain finditer: right, but not faster.
    from stories.extraction.scanning import openings

    assert [p.pattern[:40] for p in posts._BY_OPENINGS if openings(p) is None] == []


def test_is_word_char_is_the_engines_word_class_with_hyphen_and_apostrophes():
    word = re.compile(r"[\w’'-]")
    for code in range(0x30000):
        char = chr(code)
        assert is_word_char(char) == bool(word.match(char)), hex(code)
