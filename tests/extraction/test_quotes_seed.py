"""The seed article against its gold: every quote, speaker, post and person exactly right."""

from __future__ import annotations

import pytest

from stories.extraction import extract, parse_seed_header
from stories.extraction.people import find_people
from stories.extraction.quotes import find_quotes
from stories.extraction.types import DateClaim

from .seed_files import seed_gold, seed_text


@pytest.fixture(scope="module")
def seed():
    text = seed_text()
    dateline, _ = parse_seed_header(text)
    return text, seed_gold(), extract(text, dateline)


def _gold_quotes(gold: dict) -> list[dict]:
    return [c for c in gold["claims"] if c["kind"] == "quote"]


def test_every_gold_quote_is_found_with_its_exact_span(seed):
    text, gold, result = seed
    assert [(q.start, q.end, q.text) for q in result.quotes] == [
        (q["start"], q["end"], q["text"]) for q in _gold_quotes(gold)
    ]
    assert all(text[q.start : q.end] == q.text for q in result.quotes)


def test_every_quote_has_the_gold_speaker_partial_flag_and_post(seed):
    _, gold, result = seed
    got = [(q.text, q.speaker, q.partial, q.post) for q in result.quotes]
    want = [(q["text"], q["speaker"], q["partial"], q["post"]) for q in _gold_quotes(gold)]
    assert got == want


def test_posts_have_the_gold_ids_authors_and_platforms(seed):
    _, gold, result = seed
    assert [(p.id, p.author, p.platform) for p in result.posts] == [
        (p["id"], p["author"], p["platform"]) for p in gold["posts"]
    ]


def test_posts_report_their_sentence_and_what_they_showed(seed):
    text, _, result = seed
    for post in result.posts:
        assert text[post.start : post.end] == post.text
    by_id = {p.id: p for p in result.posts}
    assert by_id["P3"].what == "a photo of her sitting in a closet"
    assert by_id["P4"].what == "a photo showcasing her remaining bump"


def test_people_are_the_gold_people_with_at_least_the_gold_aliases(seed):
    _, gold, result = seed
    assert sorted(p.name for p in result.people) == sorted(p["name"] for p in gold["people"])
    ours = {p.name: {a.lower() for a in p.aliases} for p in result.people}
    for person in gold["people"]:
        assert {a.lower() for a in person["aliases"]} <= ours[person["name"]], person["name"]


def test_post_dates_with_the_gold_date_claims():
    # The dates family is another module; handing find_quotes the gold date claims checks the
    # post-date rules on their own, whatever the state of the dates extractor.
    text, gold = seed_text(), seed_gold()
    claims = [
        DateClaim(
            c["text"], c["start"], c["end"], "DATE", c["value"], c.get("mod"), c.get("anchor")
        )
        for c in gold["claims"]
        if c["kind"] == "date"
    ]
    _, posts = find_quotes(text, find_people(text), claims)
    assert [(p.id, p.date) for p in posts] == [(p["id"], p["date"]) for p in gold["posts"]]


def test_post_dates_through_the_real_pipeline(seed):
    _, gold, result = seed
    assert [(p.id, p.date) for p in result.posts] == [(p["id"], p["date"]) for p in gold["posts"]]
