"""Regression floor on held-out sets B-GA, which rules were later fixed against (no longer unseen).

Not an unseen-text measure: benchmarks/quotes.py records each set's first run,
which is the estimate for the rules of its day. This only stops a change from
quietly undoing what the fixes made on B-GA reached (the sets listed are those
at or above both targets).
"""

from __future__ import annotations

import pytest

from benchmarks.quotes import HELDOUT_SETS, heldout_set, score_devset

_SETS = {letter: (module, variable) for letter, module, variable in HELDOUT_SETS}


def _scores(letter: str) -> tuple[float, float]:
    """Span+speaker F1 and posts F1, as benchmarks/quotes.py scores them."""
    scores = score_devset(heldout_set(*_SETS[letter]))
    return scores["span+speaker P/R/F1"][2], scores["posts (author+platform+quotes) P/R/F1"][2]


@pytest.mark.parametrize(
    "letter",
    [
        *"BCDFGHIJKLNOPQRSTUVWXYZ",
        *(f"A{c}" for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"),
        "BB",
        "BC",
        "BE",
        "BF",
        "BJ",
        "BK",
        "BM",
        "BS",
        "BT",
        "BU",
        "BV",
        "BW",
        "CB",
        "CD",
        "CE",
        "CF",
        "CL",
        "CQ",
        "CS",
        "CV",
        "CX",
        "CY",
        "CZ",
        "DB",
        "DD",
        "DE",
        "DG",
        "DK",
        "DL",
        "DM",
        "DO",
        "DP",
        "DR",
        "DT",
        "DU",
        "DV",
        "DW",
        "DX",
        "DY",
        "BY",
        "CN",
        "CP",
        "DH",
        "DQ",
        "EB",
        "EC",
        "ED",
        "EE",
        "EF",
        "EH",
        "EI",
        "EM",
        "EJ",
        "EK",
        "EN",
        "EO",
        "EP",
        "EQ",
        "ER",
        "ES",
        "ET",
        "EU",
        "EW",
        "EX",
        "EY",
        "EZ",
        "FA",
        "FB",
        "FC",
        "FD",
        "FE",
        "FH",
        "FI",
        "FJ",
        "FK",
        "FL",
        "FN",
        "FO",
        "FQ",
        "FR",
        "FS",
        "FT",
        "FU",
        "FV",
        "FY",
        "GA",
    ],
)
def test_fixed_held_out_sets_stay_above_the_targets(letter):
    speaker_f1, post_f1 = _scores(letter)
    assert speaker_f1 >= 0.90
    assert post_f1 >= 0.85


@pytest.mark.parametrize(
    ("letter", "post_floor"),
    [
        ("M", 0.80),
        ("U", 0.84),
        ("BA", 0.80),
        ("BD", 0.80),
        ("BE", 0.80),
        ("BG", 0.65),
        ("BH", 0.72),
        ("BI", 0.72),
        ("BK", 0.82),
        ("BL", 0.70),
        ("BM", 0.78),
        ("BN", 0.72),
        ("BO", 0.70),
        ("BP", 0.72),
        ("BQ", 0.68),
        ("BR", 0.76),
        ("BV", 0.82),
        ("BX", 0.72),
        ("BZ", 0.73),
        ("CA", 0.73),
        ("CB", 0.82),
        ("CE", 0.82),
        ("CF", 0.82),
        ("CH", 0.75),
        ("CK", 0.72),
        ("CM", 0.78),
        ("CO", 0.62),
        ("CQ", 0.81),
        ("CR", 0.76),
        ("CW", 0.68),
        ("CX", 0.82),
        ("CZ", 0.83),
        ("CT", 0.70),
        ("CU", 0.79),
        ("DC", 0.75),
        ("DF", 0.79),
        ("DI", 0.79),
        ("DJ", 0.79),
        ("DN", 0.80),
        ("DS", 0.77),
        ("DZ", 0.82),
        ("EA", 0.80),
        ("EG", 0.78),
        ("EL", 0.78),
        ("EV", 0.80),
        ("FF", 0.84),
        ("FG", 0.80),
        ("FM", 0.84),
        ("FP", 0.79),
        ("FW", 0.82),
        ("FX", 0.80),
        ("FZ", 0.72),
    ],
)
def test_held_out_sets_fixed_in_part_stay_above_their_floor(letter, post_floor):
    # U, BA-BR, BV-CK, CM-CZ, CT-DC, DF, DI, DJ, DN, DS, DZ, EA, EG, EL, EV, FF, FG, FM, FP, FW, FX and FZ were fixed
    # where a general rule allowed; some posts stay below the target.
    # M's gold credits a press release to the executive it quotes, which the writers of X and
    # later were told not to do (a company's release is no one's); the rules follow them.
    speaker_f1, post_f1 = _scores(letter)
    assert speaker_f1 >= 0.90
    assert post_f1 >= post_floor


def test_held_out_set_bs_stays_above_its_floor():
    # BS was fixed in part; one speaker short of the target (0.898), posts 0.83.
    speaker_f1, post_f1 = _scores("BS")
    assert speaker_f1 >= 0.88
    assert post_f1 >= 0.80


def test_held_out_set_cc_stays_above_its_floor():
    # CC was fixed in part; speakers just short of the target (0.897), posts 0.76.
    speaker_f1, post_f1 = _scores("CC")
    assert speaker_f1 >= 0.88
    assert post_f1 >= 0.75


@pytest.mark.parametrize(
    ("letter", "speaker_floor", "post_floor"),
    [("CG", 0.89, 0.81), ("CI", 0.88, 0.78), ("CJ", 0.88, 0.72)],
)
def test_held_out_sets_fixed_in_part_with_speakers_near_the_target(
    letter, speaker_floor, post_floor
):
    # CG, CI and CJ were fixed in part; speakers at or just under the target when they were
    # (0.900, 0.895, 0.899).
    speaker_f1, post_f1 = _scores(letter)
    assert speaker_f1 >= speaker_floor
    assert post_f1 >= post_floor


def test_held_out_set_da_stays_above_its_floor():
    # DA was fixed in part; speakers just short of the target (0.894), posts 0.81.
    speaker_f1, post_f1 = _scores("DA")
    assert speaker_f1 >= 0.88
    assert post_f1 >= 0.80
