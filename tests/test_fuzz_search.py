"""story_search fuzzed: any query text runs without a database error and only narrows the queryset."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from stories.models import Story, StoryStatus
from stories.search import story_search
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def stories():
    published = factories.make_story(
        headline="Bridge opens “today”",
        body="Jane & John said <b>yes</b>.",
        status=StoryStatus.PUBLISHED,
    )
    draft = factories.make_story(headline="Bridge draft", body="Secret words: bridge, Jane.")
    return published, draft


@settings(
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
    database=None,
)
@given(
    query=st.one_of(
        st.text(max_size=300),
        # NUL, other control characters and lone surrogates, among letters.
        st.text(st.characters(categories=["Cc", "Cs", "Ll"]), max_size=40),
        st.lists(
            st.sampled_from(
                [
                    '"',
                    "'",
                    "-",
                    "|",
                    "&",
                    "!",
                    "(",
                    ")",
                    ":*",
                    "OR",
                    "bridge",
                    "jane",
                    " ",
                    "\\",
                    "%",
                    "_",
                ]
            ),
            max_size=30,
        ).map("".join),
    )
)
def test_any_query_runs_and_never_widens_the_queryset(stories, query):
    published, draft = stories
    base = Story.objects.filter(status=StoryStatus.PUBLISHED)

    found = list(story_search(base, query))

    assert draft not in found
    assert set(found) <= {published}
