"""Extraction gives the same answer in every process, whatever Python's string hashing.

Python salts ``hash(str)`` per process (PYTHONHASHSEED), so anything that lets the order of a
set decide a result (a regex alternation built from a set, a tie broken by iteration order)
answers differently from one run to the next. A document-from-someone pattern once did: its
"not a month" look-ahead kept a word boundary on the last month only, and the set's order decided
which, so "a letter from Jane Moss" was Jane Moss's in some processes and not in others.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from stories.extraction import extract

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("text", "author"),
    [
        # Given names that begin with a month's name or abbreviation are names, not dates.
        ("Tom Hall shared a letter from Jane Moss accusing the board of “fraud.”", "Jane Moss"),
        ("Tom Hall shared a letter from Mark Ruiz accusing the board of “fraud.”", "Mark Ruiz"),
        ("Tom Hall shared a letter from Julia Ortiz accusing the board of “fraud.”", "Julia Ortiz"),
        (
            "Tom Hall shared a letter from Declan Byrne accusing the board of “fraud.”",
            "Declan Byrne",
        ),
        ("Tom Hall shared a letter from Maya Patel accusing the board of “fraud.”", "Maya Patel"),
        (
            "Tom Hall shared a letter from Augusta Reyes accusing the board of “fraud.”",
            "Augusta Reyes",
        ),
        (
            "Tom Hall shared a letter from Octavia Lund accusing the board of “fraud.”",
            "Octavia Lund",
        ),
        # A date after "from" names no one: the letter is the one who shared it.
        ("Tom Hall shared a letter from May 3 accusing the board of “fraud.”", "Tom Hall"),
        ("Tom Hall shared a letter from March accusing the board of “fraud.”", "Tom Hall"),
        ("Tom Hall shared a letter from last week accusing the board of “fraud.”", "Tom Hall"),
    ],
)
def test_a_document_from_someone_whose_name_begins_like_a_month(text, author):
    result = extract(text, None)
    assert [p.author for p in result.posts] == [author]
    assert [(q.speaker, q.post) for q in result.quotes] == [(author, "P1")]


_DUMP = """
import hashlib, sys
sys.path.insert(0, sys.argv[1])
from stories.extraction import extract
from benchmarks.quotes import HELDOUT_SETS, heldout_set
from tests.extraction.quote_devset import DEV_SET
from tests.extraction.seed_files import seed_text
texts = [seed_text(), *(case["text"] for case in DEV_SET)]
# every tenth text of the held-out sets: some 300, of every kind
texts += [case["text"] for _, m, v in HELDOUT_SETS for case in heldout_set(m, v)][::10]
texts += [
    f"Tom Hall shared a letter from {name} Moss accusing the board of “fraud.”"
    for name in ("Jane", "Mark", "Julia", "Declan", "Maya", "Augusta", "Octavia", "Junia",
                 "Aprilynn", "Septimus", "Novak", "Febe", "Mayor")
]
for text in texts:
    print(hashlib.sha256(repr(extract(text, None)).encode()).hexdigest())
"""


def test_the_same_texts_give_the_same_result_under_different_hash_seeds():
    outputs = []
    for seed in ("0", "12", "23"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        run = subprocess.run(
            [sys.executable, "-c", _DUMP, str(ROOT)],
            capture_output=True,
            text=True,
            env=env,
            cwd=ROOT,
            timeout=600,
        )
        assert run.returncode == 0, run.stderr
        outputs.append(run.stdout.split())
    assert len(outputs[0]) > 100
    assert outputs[1] == outputs[0]
    assert outputs[2] == outputs[0]
