"""Read-only queries: the single definition of what the public may see.

Every public page and every API endpoint reads through these selectors, so
"published story" and "verified entry" are defined once. A reader sees
published stories (and the notice of retracted ones) and, of their entries,
only the verified ones. Nothing here writes.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.contrib.auth import get_user_model
from django.db.models import (
    BigIntegerField,
    Case,
    Exists,
    F,
    OuterRef,
    Prefetch,
    Q,
    QuerySet,
    Subquery,
    TextField,
    Value,
    When,
)

from .models import CheckStatus, Claim, Correction, Person, Quote, Source, Story, StoryStatus


def story_list_public() -> QuerySet[Story]:
    """Stories a reader may open: published and retracted (which show only their notice)."""
    return Story.objects.filter(status__in=(StoryStatus.PUBLISHED, StoryStatus.RETRACTED))


def story_list_published() -> QuerySet[Story]:
    """Stories whose text and verified entries are public (not retracted)."""
    return Story.objects.filter(status=StoryStatus.PUBLISHED)


def quote_list_public() -> QuerySet[Quote]:
    return Quote.objects.filter(status=CheckStatus.VERIFIED, story__status=StoryStatus.PUBLISHED)


def claim_list_public() -> QuerySet[Claim]:
    return Claim.objects.filter(status=CheckStatus.VERIFIED, story__status=StoryStatus.PUBLISHED)


def source_list_public() -> QuerySet[Source]:
    return Source.objects.filter(status=CheckStatus.VERIFIED, story__status=StoryStatus.PUBLISHED)


def person_list_public() -> QuerySet[Person]:
    """People a reader can see: speakers of public quotes, subjects of public claims, authors of public sources."""
    return Person.objects.filter(
        Exists(quote_list_public().filter(speaker=OuterRef("pk")))
        | Exists(claim_list_public().filter(subject=OuterRef("pk")))
        | Exists(source_list_public().filter(author=OuterRef("pk")))
    )


def story_get_public(*, slug: str) -> Story:
    """One public story with its verified entries prefetched (raises Story.DoesNotExist)."""
    verified = Q(status=CheckStatus.VERIFIED)
    return (
        story_list_public()
        .prefetch_related(
            Prefetch(
                "quotes",
                queryset=Quote.objects.filter(verified).select_related(
                    "speaker", "source", "checked_by"
                ),
                to_attr="public_quotes",
            ),
            Prefetch(
                "claims",
                queryset=Claim.objects.filter(verified).select_related(
                    "subject", "source", "checked_by"
                ),
                to_attr="public_claims",
            ),
            Prefetch(
                "sources",
                queryset=Source.objects.filter(verified).select_related("author", "checked_by"),
                to_attr="public_sources",
            ),
            "corrections",
        )
        .get(slug=slug)
    )


# ---------------------------------------------------------------------------
# Public pages (stories/views.py, feeds.py, sitemaps.py)


def story_list_public_recent() -> QuerySet[Story]:
    """Public stories, newest publication first (the front page and its pagination)."""
    return story_list_public().order_by(F("published_at").desc(nulls_last=True), "-id")


def story_list_published_recent() -> QuerySet[Story]:
    """Published (not retracted) stories, newest first: feeds and the sitemap."""
    return story_list_published().order_by(F("published_at").desc(nulls_last=True), "-id")


def correction_list_public() -> QuerySet[Correction]:
    """Corrections readers may see: those on public stories, newest first, with their story."""
    return (
        Correction.objects.filter(story__in=story_list_public())
        .select_related("story")
        .order_by("-corrected_at", "-id")
    )


def person_get_public(*, slug: str) -> Person:
    """One person a reader may see (raises Person.DoesNotExist for anyone else)."""
    return person_list_public().get(slug=slug)


def person_quote_list_public(*, person: Person) -> QuerySet[Quote]:
    """What ``person`` said in published stories: verified quotes only, newest story first."""
    return (
        quote_list_public()
        .filter(speaker=person)
        .select_related("story", "source", "source__author")
        .order_by(F("story__published_at").desc(nulls_last=True), "story_id", "start", "id")
    )


def person_claim_list_public(*, person: Person) -> QuerySet[Claim]:
    """Verified claims about ``person`` (an age, a date) in published stories."""
    return (
        claim_list_public()
        .filter(subject=person)
        .select_related("story", "subject")
        .order_by(F("story__published_at").desc(nulls_last=True), "story_id", "start", "id")
    )


def story_get_preview(*, slug: str) -> Story:
    """One story in any status with all its entries: for staff previews only, never for readers.

    Prefetches into the same attributes as ``story_get_public`` so one template
    renders both.
    """
    return Story.objects.prefetch_related(
        Prefetch(
            "quotes",
            queryset=Quote.objects.select_related("speaker", "source", "checked_by"),
            to_attr="public_quotes",
        ),
        Prefetch(
            "claims",
            queryset=Claim.objects.select_related("subject", "source", "checked_by"),
            to_attr="public_claims",
        ),
        Prefetch(
            "sources",
            queryset=Source.objects.select_related("author", "checked_by"),
            to_attr="public_sources",
        ),
        "corrections",
    ).get(slug=slug)


def checker_role_map(*, user_ids: Iterable[int]) -> dict[int, str]:
    """The newsroom role (group name) of each checker, for "checked by a fact-checker".

    An editor who is also a fact-checker is shown as editor. Staff in neither
    role are left out; readers then see "newsroom staff".
    """
    from .permissions import EDITOR, FACT_CHECKER

    ids = {i for i in user_ids if i is not None}
    if not ids:
        return {}
    rank = {FACT_CHECKER: 1, EDITOR: 2}
    roles: dict[int, str] = {}
    memberships = (
        get_user_model()
        .groups.through.objects.filter(user_id__in=ids, group__name__in=list(rank))
        .values_list("user_id", "group__name")
    )
    for user_id, role in memberships:
        if rank[role] > rank.get(roles.get(user_id, ""), 0):
            roles[user_id] = role
    return roles


# API (branch api): one named selector per API resource.
#
# Each builds on the public selectors above, so the API cannot show more than a
# reader may see; filters, ordering and pagination only ever narrow these
# querysets. Links from a verified entry to another entry (a quote's source) are
# exposed through ``public_source_id``, which is NULL unless that source is itself
# verified, and the story body through ``public_body``, None for retracted stories.

_CHECKER_ROLES = ("editor", "fact-checker", "reporter")


def _checker_role() -> Subquery:
    """The newsroom role of whoever checked the entry (never their name or email)."""
    from django.contrib.auth.models import Group

    # Group names sort editor < fact-checker < reporter: the first is the highest role.
    return Subquery(
        Group.objects.filter(user=OuterRef("checked_by_id"), name__in=_CHECKER_ROLES)
        .order_by("name")
        .values("name")[:1]
    )


def _public_source_id() -> Case:
    return Case(
        When(
            source__status=CheckStatus.VERIFIED,
            source__story_id=F("story_id"),
            then=F("source_id"),
        ),
        default=None,
        output_field=BigIntegerField(),
    )


def _verified_in_published_stories(model):
    """Verified entries of published stories: the same rows as ``<entry>_list_public()``.

    Written as EXISTS (a published story with this id) rather than a join on the
    story's status: with the join, SQLite's planner walks every published story and
    sorts all their entries before it can return a page; with EXISTS it reads
    entries newest first and stops after a page (PostgreSQL does well either way).
    tests/test_leaks.py checks that the two definitions hold the same rows.
    """
    return model.objects.filter(
        Exists(story_list_published().filter(pk=OuterRef("story_id"))),
        status=CheckStatus.VERIFIED,
    )


def story_list_api() -> QuerySet[Story]:
    """Stories for the API list: published and retracted, without their bodies."""
    return story_list_public().only(
        "id",
        "slug",
        "headline",
        "byline",
        "dateline",
        "status",
        "published_at",
        "retracted_at",
        "retraction_note",
    )


def story_get_api(*, slug: str) -> Story:
    """One story for the API with its public entries (none for a retracted story).

    ``public_body`` is the text of a published story and None for a retracted one;
    ``public_quotes``/``public_claims``/``public_sources`` come from the public
    entry selectors, which only hold entries of published stories.
    """
    return (
        story_list_public()
        .defer("body")
        .annotate(
            public_body=Case(
                When(status=StoryStatus.PUBLISHED, then=F("body")),
                default=Value(None),
                output_field=TextField(),
            )
        )
        .prefetch_related(
            Prefetch("quotes", queryset=quote_list_api(), to_attr="public_quotes"),
            Prefetch("claims", queryset=claim_list_api(), to_attr="public_claims"),
            Prefetch("sources", queryset=source_list_api(), to_attr="public_sources"),
            Prefetch(
                "corrections",
                queryset=Correction.objects.only("id", "story_id", "note", "corrected_at"),
                to_attr="public_corrections",
            ),
        )
        .get(slug=slug)
    )


def quote_list_api() -> QuerySet[Quote]:
    """Verified quotes of published stories, with speaker, story and public source in one query."""
    return (
        _verified_in_published_stories(Quote)
        .select_related("speaker", "story")
        .only(
            "id",
            "text",
            "start",
            "end",
            "is_fragment",
            "verdict_note",
            "evidence_url",
            "checked_at",
            "story_id",
            "story__slug",
            "story__dateline",
            "speaker__name",
            "speaker__slug",
        )
        .annotate(
            public_source_id=_public_source_id(),
            checker_role=_checker_role(),
            story_dateline=F("story__dateline"),
        )
    )


def claim_list_api() -> QuerySet[Claim]:
    """Verified claims of published stories, with subject, story and public source in one query."""
    return (
        _verified_in_published_stories(Claim)
        .select_related("subject", "story")
        .only(
            "id",
            "kind",
            "text",
            "start",
            "end",
            "value",
            "resolved_date",
            "verdict_note",
            "evidence_url",
            "checked_at",
            "story_id",
            "story__slug",
            "story__dateline",
            "subject__name",
            "subject__slug",
        )
        .annotate(
            public_source_id=_public_source_id(),
            checker_role=_checker_role(),
            story_dateline=F("story__dateline"),
        )
    )


def source_list_api() -> QuerySet[Source]:
    """Verified sources of published stories, with author and story in one query."""
    return (
        _verified_in_published_stories(Source)
        .select_related("author", "story")
        .only(
            "id",
            "label",
            "kind",
            "platform",
            "date",
            "date_precision",
            "description",
            "reported_text",
            "url",
            "archived_url",
            "captured_text",
            "verdict_note",
            "evidence_url",
            "checked_at",
            "story_id",
            "story__slug",
            "story__dateline",
            "author__name",
            "author__slug",
        )
        .annotate(checker_role=_checker_role(), story_dateline=F("story__dateline"))
    )


def person_list_api() -> QuerySet[Person]:
    """People named by a verified entry of a published story: name and slug only (no birth date)."""
    return person_list_public().only("id", "name", "slug")


def story_list_mentioning(stories: QuerySet[Story], *, person_slug: str) -> QuerySet[Story]:
    """Narrow ``stories`` to those with a public entry about the person (speaker, subject, author)."""
    return stories.filter(
        Exists(quote_list_public().filter(story=OuterRef("pk"), speaker__slug=person_slug))
        | Exists(claim_list_public().filter(story=OuterRef("pk"), subject__slug=person_slug))
        | Exists(source_list_public().filter(story=OuterRef("pk"), author__slug=person_slug))
    )


def story_list_matching(stories: QuerySet[Story], *, text: str) -> QuerySet[Story]:
    """Narrow ``stories`` to those matching ``text`` (full-text search of published stories).

    Published stories match on headline, body and the people of their verified
    entries (``stories.search``); a retracted story's body is not public, so
    only its headline is searched.
    """
    from .search import story_search

    matching = story_search(story_list_published(), text, public=True).values("pk")
    return stories.filter(
        Q(pk__in=matching) | Q(status=StoryStatus.RETRACTED, headline__icontains=text)
    )


def entry_get_for_newsroom(*, entry_type: str, entry_id: int) -> Source | Quote | Claim:
    """One entry of any status, for the authenticated newsroom API (raises DoesNotExist)."""
    model = {"source": Source, "quote": Quote, "claim": Claim}[entry_type]
    return model.objects.select_related("story").get(pk=entry_id)


def story_entries_for_newsroom(*, story: Story) -> dict[str, list]:
    """Every entry of a story, any status, for the newsroom API's answer to a submission."""
    return {
        "sources": list(Source.objects.filter(story=story).select_related("author").order_by("id")),
        "quotes": list(
            Quote.objects.filter(story=story).select_related("speaker").order_by("start", "id")
        ),
        "claims": list(
            Claim.objects.filter(story=story).select_related("subject").order_by("start", "id")
        ),
    }
