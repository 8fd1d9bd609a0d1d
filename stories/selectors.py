"""Read-only queries: the single definition of what the public may see.

Every public page and every API endpoint reads through these selectors, so
"published story" and "verified entry" are defined once. A reader sees
published stories (and the notice of retracted ones) and, of their entries,
only the verified ones. Nothing here writes.
"""

from __future__ import annotations

from django.db.models import Exists, OuterRef, Prefetch, Q, QuerySet

from .models import CheckStatus, Claim, Person, Quote, Source, Story, StoryStatus


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
