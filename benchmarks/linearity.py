"""Linearity of the whole extraction on long paragraphs that repeat one report form.

Run from the project root: ``python benchmarks/linearity.py``. Each row repeats one
form (reports quoted in one endless sentence, unattributed quotes, a post's author
named afterwards, updates and interviews named again, answers in a thread, statements in one
sentence, possessives before names, quotes opening paragraphs, runs of words with
"release", "statement" or "review" and no punctuation, capitalised words, comments in one
sentence, quote-only paragraphs after posts, runs of spaces inside a document's or a piece's
phrase, names in one endless sentence) to 0.5,
1 and 2 MB of a single paragraph and prints the CPU time of ``extract()`` for each.
Time that grows in proportion to the text (a ratio near 4 from 0.5 to 2 MB) is
linear; a ratio near 16 would be quadratic. Prints figures only; asserts nothing.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from stories.extraction import extract  # noqa: E402

UNITS = {
    "reports in one sentence": "the report found the drug works and ",
    "studies in one sentence": "a study published in Nature found the drug works and ",
    "unattributed quotes": "“I like my job.” ",
    "author named afterwards": (
        "A post on Reddit drew notice. “We are here,” the post said. Its author turned out to "
        "be Margit Lindahl. "
    ),
    "updates": "Jane Doe posted an update. “We are fine,” she wrote. ",
    "interviews named again": (
        "Jane Doe wrote on Instagram. “Hi,” she wrote. Tom Ray spoke to us. “We are fine,” he "
        "said in the interview. "
    ),
    "answers in a thread": (
        "Jane Doe wrote on Instagram. “Hi,” she wrote. Tom Ray spoke to us. “We are fine,” he "
        "answered. "
    ),
    "statements in one sentence": "Tesco said in a statement that it would reopen the store, ",
    "possessives before names": "The Celtics’ Tatum scored 30 points against the Knicks’ Brunson. ",
    "quotes opening paragraphs": "“We will keep going, and we will not stop until it is done\n\n",
    "nicknames inside names": "Jordan “the Wall” Mensah-Pryce said he was fine. ",
    # (many anchors of the scanners read back from a rarer word, and no punctuation)
    "release and review words": "the article was reviewed by the statement released to the press ",
    "releases and statements": "Company releases new statement on quarterly earnings by region\n",
    "capitalised words": "Alpha Beta Gamma Delta Epsilon Zeta Eta Theta Iota Kappa Lambda ",
    # (a comment's words going on in its sentence; quote-only paragraphs after posts)
    "comments in one sentence": "Jo Bell replied under the post, “a,” she commented, ",
    "quote paragraphs after posts": "Lena Ray posted a statement on Instagram.\n\n“One.”\n\n",
    # (runs of spaces between a document's words: once read many ways, 34 s for 213 characters)
    "spaces in a document's phrase": "The memo from" + " " * 30 + "Alder" + " " * 30 + "Birch. ",
    "spaces after signed": "In a memo, signed"
    + " " * 20
    + "x"
    + " " * 20
    + "by the end, he wrote. ",
    "spaces in a piece's phrase": "in a piece of"
    + " " * 20
    + "published"
    + " " * 20
    + "on Sunday in. ",
    # (names in one endless sentence: each was once read back to the sentence's start)
    "names in one sentence": "He told Jornal do Brasil das Neves dos Santos do Rio da Prata, ",
}
SIZES_MB = (0.5, 1.0, 2.0)


def main() -> None:
    for name, unit in UNITS.items():
        times = []
        for megabytes in SIZES_MB:
            size = int(megabytes * 1_000_000)
            text = "Intro. The " + (unit * (size // len(unit) + 1))[:size] + " “Yes.” Next."
            started = time.process_time()
            extract(text, None)
            times.append(time.process_time() - started)
        cells = " / ".join(f"{t:.2f}" for t in times)
        print(f"{name:26} {cells} s at 0.5 / 1 / 2 MB  (2 MB / 0.5 MB = {times[2] / times[0]:.1f})")


if __name__ == "__main__":
    main()
