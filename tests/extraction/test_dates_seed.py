"""The seed article: every gold date and age found with its exact span and value."""

import json
from pathlib import Path

import pytest

from stories.extraction.ages import find_ages
from stories.extraction.dates import Anchor, find_dates
from stories.extraction.pipeline import parse_seed_header

SHARED = Path("/work/shared")
SEED = SHARED / "seeds" / "000_e1971d8741fedcb8.txt"
GOLD = SHARED / "examples" / "000_e1971d8741fedcb8.gold.json"

pytestmark = pytest.mark.skipif(
    not (SEED.exists() and GOLD.exists()), reason="the shared seed is not on this machine"
)


@pytest.fixture(scope="module")
def seed():
    text = SEED.read_text(encoding="utf-8")
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    return text, gold


def _anchors(gold) -> list[Anchor]:
    # The quotes and their posts come from the gold so this test measures the date rules alone.
    posts = {p["id"]: p.get("date") for p in gold.get("posts", [])}
    return [
        Anchor(c["start"], c["end"], posts[c["post"]], f"post of {posts[c['post']]}")
        for c in gold["claims"]
        if c["kind"] == "quote" and posts.get(c.get("post"))
    ]


def test_every_gold_date_is_found_with_its_span_and_value(seed):
    text, gold = seed
    dateline, _ = parse_seed_header(text)
    found = {(c.start, c.end): c for c in find_dates(text, dateline, _anchors(gold))}
    gold_dates = [c for c in gold["claims"] if c["kind"] == "date"]
    assert len(gold_dates) == 9
    for want in gold_dates:
        got = found.get((want["start"], want["end"]))
        assert got is not None, f"missing {want['text']!r}"
        assert got.text == want["text"]
        assert got.value == want["value"], want["text"]
        if "mod" in want:
            assert got.mod == want["mod"], want["text"]


def test_gold_anchors_match_where_they_name_the_dateline_or_a_date(seed):
    text, gold = seed
    dateline, _ = parse_seed_header(text)
    found = {(c.start, c.end): c for c in find_dates(text, dateline, _anchors(gold))}
    for want in gold["claims"]:
        if want["kind"] == "date" and not want["anchor"].startswith("post of"):
            assert found[(want["start"], want["end"])].anchor == want["anchor"], want["text"]


def test_the_seed_header_date_is_not_a_claim(seed):
    text, _ = seed
    dateline, body_start = parse_seed_header(text)
    assert all(c.start >= body_start for c in find_dates(text, dateline))


class _FakeResolver:
    """Stands in for people.py: resolves the one description the seed needs."""

    def __init__(self, names: dict[str, str]) -> None:
        self.names = names

    def resolve(self, mention: str, start: int) -> str | None:
        return self.names.get(mention.lower())


def test_every_gold_age_is_found_with_its_span_value_and_subject(seed):
    text, gold = seed
    resolver = _FakeResolver({"the 35-year-old author": "Chrissy Teigen"})
    found = {(a.start, a.end): a for a in find_ages(text, resolver)}
    gold_ages = [c for c in gold["claims"] if c["kind"] == "age"]
    assert len(gold_ages) == 2
    for want in gold_ages:
        got = found[(want["start"], want["end"])]
        assert (got.text, got.value, got.subject) == (want["text"], want["value"], want["subject"])
    assert len(found) == len(gold_ages)
