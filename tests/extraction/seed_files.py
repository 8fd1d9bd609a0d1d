"""The seed article (the project's seeds/) and its gold (read in place from shared/).

Tests that need the gold skip (with the path in the reason) where shared/ is
not beside the repository; CI lays shared/ beside the clone, so they run there.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
SEED_NAME = "000_e1971d8741fedcb8"


def seed_text() -> str:
    return (ROOT / "seeds" / f"{SEED_NAME}.txt").read_text(encoding="utf-8")


def seed_gold() -> dict:
    path = SHARED / "examples" / f"{SEED_NAME}.gold.json"
    if not path.exists():
        pytest.skip(f"seed gold not found at {path}")
    return json.loads(path.read_text(encoding="utf-8"))
