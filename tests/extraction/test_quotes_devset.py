"""Regression floor on the self-made dev set A (the rules were developed against it).

Not an unseen-text measure: benchmarks/quotes.py reports that on the held-out
sets. This only stops a change from quietly undoing what set A already shows.
"""

from __future__ import annotations

from benchmarks.quotes import score_devset

from .quote_devset import DEV_SET


def test_dev_set_a_span_speaker_and_post_f1_stay_above_the_targets():
    scores = score_devset(DEV_SET)
    speaker_f1 = scores["span+speaker P/R/F1"][2]
    posts_f1 = scores["posts (author+platform+quotes) P/R/F1"][2]
    assert speaker_f1 >= 0.90
    assert posts_f1 >= 0.85
    # (a fragment flagged as such, and no whole quote flagged as one)
    assert scores["span+partial P/R/F1"][2] >= 0.98
