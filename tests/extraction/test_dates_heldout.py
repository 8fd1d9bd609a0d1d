"""Regression floor on the held-out dates sets, which later fixes have seen (no longer unseen).

Not an unseen-text measure: benchmarks/dates_heldout.py records each set's
first run. This only stops a change from quietly undoing what the date rules
reach on news written for the project, scored the TempEval-3 way.
"""

from __future__ import annotations

import pytest

from benchmarks.dates_heldout import score_set

from .dates_heldout_set import DATES_HELDOUT
from .dates_heldout_set_2 import DATES_HELDOUT_2
from .dates_heldout_set_3 import DATES_HELDOUT_3


@pytest.mark.parametrize(
    ("cases", "span_floor", "value_floor"),
    [(DATES_HELDOUT, 0.98, 0.96), (DATES_HELDOUT_2, 0.97, 0.95), (DATES_HELDOUT_3, 0.98, 0.94)],
    ids=["set-1", "set-2", "set-3"],
)
def test_held_out_dates_stay_above_their_floor(cases, span_floor, value_floor):
    errors: list = []
    score = score_set(cases, errors)
    assert score.relaxed_prf()[2] >= span_floor, errors
    assert score.value_f1() >= value_floor, errors
