"""Full-text search of stories: headline, body and the names of the people in them.

``story_search(queryset, query)`` narrows the queryset it is given to the
stories matching ``query`` and orders them best match first (a headline match
above a body match). On PostgreSQL it uses full-text search over the same
expression as the GIN index ``story_search_gin`` (migration 0003); elsewhere
(SQLite) it falls back to case-insensitive substring matching of every word.
It never widens the queryset: what the public may see is the caller's
choice (pass ``selectors.story_list_published()`` for readers). It writes nothing.
"""

from __future__ import annotations

import re

from django.db import connections
from django.db.models import (
    Case,
    FloatField,
    Q,
    QuerySet,
    TextField,
    Value,
    When,
)
from django.db.models.functions import Cast

from .models import CheckStatus, Claim, Person, Quote, Source, Story

# Text search configuration of the story text; people's names are matched word for word.
SEARCH_CONFIG = "english"
NAME_CONFIG = "simple"
# Longest query honoured; longer input is cut (a search box is not an import channel).
MAX_QUERY_CHARS = 200
# The embedded (SQLite) search matches at most this many distinct words of a query.
MAX_FALLBACK_WORDS = 12
# Weight of a match on a person's name in the ranking: below a headline, near a body match.
PERSON_MATCH_RANK = 0.1

_WORD = re.compile(r"\w+", re.UNICODE)


def story_search_vector():
    """The story document: headline weighted A, body weighted B (the GIN index's expression)."""
    from django.contrib.postgres.search import SearchVector

    return SearchVector("headline", weight="A", config=SEARCH_CONFIG) + SearchVector(
        "body", weight="B", config=SEARCH_CONFIG
    )


def _stories_of_people(people: QuerySet[Person], *, public: bool = False) -> Q:
    """Stories in which one of ``people`` is a quote's speaker, a claim's subject or a source's author.

    With ``public``, only verified entries count: a reader must not learn who an
    unverified quote is attributed to. Uncorrelated ``IN`` subqueries, so the
    database evaluates each once, not once per story.
    """
    ids = people.values("pk")
    status = {"status": CheckStatus.VERIFIED} if public else {}
    return (
        Q(pk__in=Quote.objects.filter(speaker__in=ids, **status).values("story_id"))
        | Q(pk__in=Claim.objects.filter(subject__in=ids, **status).values("story_id"))
        | Q(pk__in=Source.objects.filter(author__in=ids, **status).values("story_id"))
    )


def story_search(queryset: QuerySet[Story], query: str, *, public: bool = False) -> QuerySet[Story]:
    """The stories of ``queryset`` matching ``query``, best first, annotated with ``search_rank``.

    A blank query (or one without any word) returns ``queryset`` unchanged.
    ``public=True`` (public pages, the API) matches people only through verified
    entries and by their canonical name, never by aliases, which may come from
    unpublished stories.
    """
    # Control characters and lone surrogates cannot reach PostgreSQL (NUL) or UTF-8 at all.
    query = query or ""
    if len(query) > MAX_QUERY_CHARS:
        # Cut at a word boundary: half a word ("brid") would match nothing on PostgreSQL.
        cut = query[:MAX_QUERY_CHARS]
        if query[MAX_QUERY_CHARS].isalnum() and " " in cut:
            cut = cut.rsplit(" ", 1)[0]
        query = cut
    query = "".join(ch for ch in query if ch.isprintable() or ch == " ")
    query = query.strip()
    words = _WORD.findall(query)
    if not words:
        return queryset
    if connections[queryset.db].vendor == "postgresql":
        return _search_postgresql(queryset, query, public=public)
    # Each word nests the fallback's rank one level deeper; SQLite's parser refuses a
    # statement nested past about a hundred levels ("parser stack overflow").
    distinct = list(dict.fromkeys(word.casefold() for word in words))
    return _search_fallback(queryset, distinct[:MAX_FALLBACK_WORDS], public=public)


def _search_postgresql(queryset: QuerySet[Story], query: str, *, public: bool) -> QuerySet[Story]:
    from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVector

    text_query = SearchQuery(query, config=SEARCH_CONFIG, search_type="websearch")
    name_query = SearchQuery(query, config=NAME_CONFIG, search_type="websearch")
    # Matched ids come from subqueries so PostgreSQL can answer the text match from the
    # GIN index instead of computing every story's vector.
    text_ids = (
        Story.objects.annotate(search_document=story_search_vector())
        .filter(search_document=text_query)
        .values("pk")
    )
    names = SearchVector("name", config=NAME_CONFIG)
    if not public:
        names = SearchVector("name", Cast("aliases", TextField()), config=NAME_CONFIG)
    person_match = _stories_of_people(
        Person.objects.annotate(search_names=names).filter(search_names=name_query), public=public
    )
    return (
        queryset.filter(Q(pk__in=text_ids) | person_match)
        .annotate(
            search_rank=SearchRank(story_search_vector(), text_query)
            + Case(
                When(person_match, then=Value(PERSON_MATCH_RANK)),
                default=Value(0.0),
                output_field=FloatField(),
            )
        )
        .order_by("-search_rank", *Story._meta.ordering)
    )


def _search_fallback(
    queryset: QuerySet[Story], words: list[str], *, public: bool
) -> QuerySet[Story]:
    """Every word must appear in the headline, the body or a linked person's name or aliases."""
    rank = Value(0.0, output_field=FloatField())
    narrowed = queryset
    for word in words:
        by_name = (
            Q(name__icontains=word)
            if public
            else Q(name__icontains=word) | Q(aliases_text__icontains=word)
        )
        person_match = _stories_of_people(
            Person.objects.annotate(aliases_text=Cast("aliases", TextField())).filter(by_name),
            public=public,
        )
        narrowed = narrowed.filter(
            Q(headline__icontains=word) | Q(body__icontains=word) | person_match
        )
        rank = (
            rank
            + Case(When(headline__icontains=word, then=Value(1.0)), default=Value(0.0))
            + Case(When(body__icontains=word, then=Value(0.4)), default=Value(0.0))
            + Case(When(person_match, then=Value(PERSON_MATCH_RANK)), default=Value(0.0))
        )
    return narrowed.annotate(search_rank=rank).order_by("-search_rank", *Story._meta.ordering)
