"""Regression floor on the self-made dev set A (the rules were developed against it).

Not an unseen-text measure: benchmarks/quotes.py reports that on the held-out
sets. This only stops a change from quietly undoing what set A already shows.
"""

from __future__ import annotations

from .quote_devset import DEV_SET
from .test_quotes_devset_heldout import _scores


def test_dev_set_a_span_speaker_and_post_f1_stay_above_the_targets():
    speaker_f1, posts_f1 = _scores(DEV_SET)
    assert speaker_f1 >= 0.90
    assert posts_f1 >= 0.85
