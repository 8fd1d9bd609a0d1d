"""Read-only queries: the single definition of what the public may see.

Every public page and every API endpoint reads through these selectors, so
"published story" and "verified entry" are defined once. A reader sees
published stories (and the notice of retracted ones) and, of their entries,
only the verified ones. Nothing here writes.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.contrib.auth import get_user_model
from django.db.models import Exists, F, OuterRef, Prefetch, Q, QuerySet

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
