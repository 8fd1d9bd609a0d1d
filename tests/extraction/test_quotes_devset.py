"""Regression floor on the self-made dev set A (the rules were developed against it).

Not an unseen-text measure: benchmarks/quotes.py reports that on the held-out
set B. This only stops a change from quietly undoing what set A already shows.
"""

from __future__ import annotations

from collections import Counter

from stories.extraction import extract

from .quote_devset import DEV_SET


def _f1(tp: int, pred: int, gold: int) -> float:
    if not pred or not gold:
        return 1.0 if pred == gold else 0.0
    p, r = tp / pred, tp / gold
    return 2 * p * r / (p + r) if p + r else 0.0


def test_dev_set_a_span_speaker_and_post_f1_stay_above_the_targets():
    tp = pred = gold = post_tp = post_pred = post_gold = 0
    for case in DEV_SET:
        text = case["text"]
        result = extract(text, None)
        spans = {}
        for quote, speaker, _partial, post in case["quotes"]:
            start = text.index(quote)
            spans[(start, start + len(quote))] = (speaker, post)
        got = Counter((q.start, q.end, q.speaker) for q in result.quotes)
        want = Counter((s, e, v[0]) for (s, e), v in spans.items())
        tp += sum((got & want).values())
        pred += len(result.quotes)
        gold += len(spans)
        got_posts = Counter(
            (
                p.author,
                p.platform,
                frozenset((q.start, q.end) for q in result.quotes if q.post == p.id),
            )
            for p in result.posts
        )
        want_posts = Counter(
            (author, platform, frozenset(k for k, v in spans.items() if v[1] == pid))
            for pid, author, platform in case["posts"]
        )
        post_tp += sum((got_posts & want_posts).values())
        post_pred += len(result.posts)
        post_gold += len(case["posts"])
    assert _f1(tp, pred, gold) >= 0.90
    assert _f1(post_tp, post_pred, post_gold) >= 0.85
