"""Shared helpers for the near-miss tests of quote rounds: what a text extracts, checked whole."""

from __future__ import annotations

from stories.extraction import extract


def assert_extracts(text, quotes, posts, people=None):
    """The text's quotes (words, speaker, post), posts (author, platform) and, when given,
    people."""
    result = extract(text, None)
    assert [(q.text, q.speaker, q.post) for q in result.quotes] == quotes
    assert [(p.author, p.platform) for p in result.posts] == posts
    if people is not None:
        assert [p.name for p in result.people] == people
