"""Public pages: what readers see, server-rendered and working without JavaScript.

Every view reads through ``stories.selectors``, so readers get published
stories and, of their entries, only the verified ones; a retracted story
shows only its notice. The one exception is the staff preview of a story
(``?preview=1``, staff with ``view_story`` only), which is labelled as a
preview and never cached. Views translate requests into selector calls and
templates; they change nothing and never name staff (only their role).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.cache import add_never_cache_headers, patch_cache_control, patch_vary_headers

from . import jsonld, search, selectors
from .markup import Mark, first_paragraph, render_body
from .models import CheckStatus, Claim, ClaimKind, Person, Quote, Source, Story, StoryStatus
from .permissions import EDITOR, FACT_CHECKER, can_preview

# Browsers and shared caches revalidate public pages on every request (a cheap 304 thanks to
# the ETag that ConditionalGetMiddleware adds), so a correction shows on the reader's next
# request; the server-side cache (stories.cache) does the heavy lifting. Previews: never cached.
PUBLIC_MAX_AGE = settings.PUBLIC_BROWSER_MAX_AGE
STORIES_PER_PAGE = 20
CORRECTIONS_PER_PAGE = 50
QUOTES_PER_PAGE = 50
CLAIMS_PER_PERSON = 100

ROLE_LABELS = {FACT_CHECKER: "a fact-checker", EDITOR: "an editor"}
CLAIM_LABELS = {ClaimKind.DATE: "date", ClaimKind.AGE: "age"}


def public_cache(response: HttpResponse) -> HttpResponse:
    patch_cache_control(response, public=True, max_age=PUBLIC_MAX_AGE, must_revalidate=True)
    return response


def private_no_store(response: HttpResponse) -> HttpResponse:
    add_never_cache_headers(response)  # max-age=0, no-cache, no-store, must-revalidate, private
    patch_vary_headers(response, ["Cookie"])
    return response


def safe_link(url: str) -> str:
    """``url`` when it is a web address; anything else (``javascript:``…) is not linked."""
    return url if url.lower().startswith(("https://", "http://")) else ""


@dataclass
class CheckedEntry:
    """One line of "How we checked this"."""

    anchor: str
    kind: str  # "Quote", "Date", "Age", "Source"
    statement: str
    person: Person | None
    source: Source | None
    source_url: str
    archived_url: str
    evidence_url: str
    verdict_note: str
    status: str
    status_label: str
    role: str
    checked_on: dt.date | None


def _quote_anchor(quote: Quote) -> str:
    return f"check-quote-{quote.pk}"


def _claim_anchor(claim: Claim) -> str:
    return f"check-claim-{claim.pk}"


def _source_anchor(source: Source) -> str:
    return f"check-source-{source.pk}"


def _page(request: HttpRequest, queryset, per_page: int):
    return Paginator(queryset, per_page).get_page(request.GET.get("page"))


def story_list(request: HttpRequest) -> HttpResponse:
    page = _page(request, selectors.story_list_public_recent(), STORIES_PER_PAGE)
    items = [
        {
            "story": story,
            "retracted": story.status == StoryStatus.RETRACTED,
            "summary": "" if story.status == StoryStatus.RETRACTED else first_paragraph(story.body),
        }
        for story in page.object_list
    ]
    return public_cache(
        render(request, "stories/story_list.html", {"page": page, "items": items, "nav": "stories"})
    )


def _story_entries(story: Story, *, preview: bool) -> tuple[list[Quote], list[Claim], list[Source]]:
    # The public selector already keeps only verified entries; checking again costs nothing.
    def keep(entry) -> bool:
        return preview or entry.status == CheckStatus.VERIFIED

    quotes = [q for q in story.public_quotes if keep(q)]
    claims = [c for c in story.public_claims if keep(c)]
    sources = [s for s in story.public_sources if keep(s)]
    return quotes, claims, sources


def _source_of(entry: Quote | Claim, visible: dict[int, Source]) -> Source | None:
    """The entry's source if the reader may see it (it is among the story's visible sources)."""
    return visible.get(entry.source_id) if entry.source_id else None


def _source_fields(source: Source | None) -> dict[str, Any]:
    return {
        "source": source,
        "source_url": safe_link(source.url) if source else "",
        "archived_url": safe_link(source.archived_url) if source else "",
    }


def _checked_entries(
    story: Story,
    quotes: list[Quote],
    claims: list[Claim],
    sources: list[Source],
) -> list[CheckedEntry]:
    visible = {source.pk: source for source in sources}
    roles = selectors.checker_role_map(
        user_ids=[e.checked_by_id for e in (*quotes, *claims, *sources)]
    )

    def common(entry) -> dict[str, Any]:
        return {
            "evidence_url": safe_link(entry.evidence_url),
            "verdict_note": entry.verdict_note,
            "status": entry.status,
            "status_label": entry.get_status_display(),
            "role": ROLE_LABELS.get(roles.get(entry.checked_by_id, ""), "newsroom staff")
            if entry.checked_by_id
            else "",
            "checked_on": entry.checked_at.date() if entry.checked_at else None,
        }

    in_text: list[tuple[int, CheckedEntry]] = []
    for quote in quotes:
        in_text.append(
            (
                quote.start,
                CheckedEntry(
                    anchor=_quote_anchor(quote),
                    kind="Quote",
                    statement=f"“{quote.text}”",
                    person=quote.speaker,
                    **_source_fields(_source_of(quote, visible)),
                    **common(quote),
                ),
            )
        )
    for claim in claims:
        in_text.append(
            (
                claim.start,
                CheckedEntry(
                    anchor=_claim_anchor(claim),
                    kind=claim.get_kind_display(),
                    statement=jsonld.claim_summary(claim, story),
                    person=claim.subject,
                    **_source_fields(_source_of(claim, visible)),
                    **common(claim),
                ),
            )
        )
    in_text.sort(key=lambda item: item[0])
    listed = [entry for _, entry in in_text]
    listed.extend(
        CheckedEntry(
            anchor=_source_anchor(source),
            kind="Source",
            statement=str(source),
            person=None,
            **_source_fields(source),
            **common(source),
        )
        for source in sources
    )
    return listed


def _marks(story: Story, quotes: list[Quote], claims: list[Claim]) -> list[Mark]:
    marks = []
    for entry, anchor, kind, what in [
        *((q, _quote_anchor(q), "quote", "quote") for q in quotes),
        *((c, _claim_anchor(c), c.kind, CLAIM_LABELS.get(c.kind, "claim")) for c in claims),
    ]:
        # Offsets that no longer match the text (an edited body) are listed but not marked.
        if story.body[entry.start : entry.end] != entry.text:
            continue
        marks.append(
            Mark(
                start=entry.start,
                end=entry.end,
                anchor=anchor,
                kind=kind,
                label=f"{entry.get_status_display()} {what}",
                status=entry.status,
            )
        )
    return marks


def story_detail(request: HttpRequest, slug: str) -> HttpResponse:
    # Only look at the session when a preview is asked for, so public pages stay cacheable.
    asked_preview = "preview" in request.GET
    preview = asked_preview and can_preview(request.user)
    # A preview address is never cached, even when the preview was refused: a cache keyed
    # on the address alone must not be able to hand a staff response to a reader or back.
    finish = private_no_store if asked_preview else public_cache
    try:
        story = (
            selectors.story_get_preview(slug=slug)
            if preview
            else selectors.story_get_public(slug=slug)
        )
    except Story.DoesNotExist:
        raise Http404("No such story.") from None

    page_url = request.build_absolute_uri(story.get_absolute_url())
    home_url = request.build_absolute_uri(reverse("stories:story_list"))
    context: dict[str, Any] = {
        "story": story,
        "preview": preview,
        "retracted": story.status == StoryStatus.RETRACTED,
        "page_url": page_url,
    }
    if story.status == StoryStatus.RETRACTED and not preview:
        # A retracted story shows its notice only: no text, no entries, no corrections.
        context["jsonld"] = jsonld.to_script(
            jsonld.news_article(
                story=story, page_url=page_url, home_url=home_url, modified=story.retracted_at
            )
        )
        return finish(render(request, "stories/story_detail.html", context))

    quotes, claims, sources = _story_entries(story, preview=preview)
    corrections = list(story.corrections.all())
    modified = corrections[0].corrected_at if corrections else story.published_at
    context.update(
        paragraphs=render_body(story.body, _marks(story, quotes, claims)),
        checks=_checked_entries(story, quotes, claims, sources),
        corrections=corrections,
        modified=modified,
    )
    if preview:
        return private_no_store(render(request, "stories/story_detail.html", context))

    visible = {source.pk: source for source in sources}
    entries = [
        *((q, _quote_anchor(q), _source_of(q, visible)) for q in quotes),
        *((c, _claim_anchor(c), _source_of(c, visible)) for c in claims),
    ]
    context["jsonld"] = jsonld.to_script(
        jsonld.story_graph(
            story=story,
            entries=entries,
            page_url=page_url,
            home_url=home_url,
            absolute=request.build_absolute_uri,
            modified=modified,
        )
    )
    return finish(render(request, "stories/story_detail.html", context))


SEARCH_RESULTS_PER_PAGE = 20


def story_search(request: HttpRequest) -> HttpResponse:
    """Full-text search of published stories (headline, body, people of verified entries)."""
    query = request.GET.get("q", "").strip()[:200]
    results = None
    if query:
        found = search.story_search(selectors.story_list_published(), query, public=True)
        page = _page(request, found, SEARCH_RESULTS_PER_PAGE)
        results = {
            "page": page,
            "items": [
                {"story": story, "summary": first_paragraph(story.body)}
                for story in page.object_list
            ],
        }
    return public_cache(
        render(
            request, "stories/search.html", {"query": query, "results": results, "nav": "search"}
        )
    )


def correction_list(request: HttpRequest) -> HttpResponse:
    page = _page(request, selectors.correction_list_public(), CORRECTIONS_PER_PAGE)
    return public_cache(
        render(request, "stories/correction_list.html", {"page": page, "nav": "corrections"})
    )


def person_detail(request: HttpRequest, slug: str) -> HttpResponse:
    try:
        person = selectors.person_get_public(slug=slug)
    except Person.DoesNotExist:
        raise Http404("No such person.") from None
    page = _page(request, selectors.person_quote_list_public(person=person), QUOTES_PER_PAGE)
    claims = []
    if page.number == 1:
        claims = list(selectors.person_claim_list_public(person=person)[:CLAIMS_PER_PERSON])
    context = {
        "person": person,
        "page": page,
        "claims": [(claim, jsonld.claim_summary(claim, claim.story)) for claim in claims],
    }
    return public_cache(render(request, "stories/person_detail.html", context))


def robots_txt(request: HttpRequest) -> HttpResponse:
    sitemap_url = request.build_absolute_uri(reverse("stories:sitemap"))
    return public_cache(
        render(
            request,
            "robots.txt",
            {"sitemap_url": sitemap_url},
            content_type="text/plain; charset=utf-8",
        )
    )
