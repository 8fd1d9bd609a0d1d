"""Machine-readable story pages: schema.org ``NewsArticle`` and ``ClaimReview`` as JSON-LD.

Builds plain dicts from a story and the entries the caller passes in, and
serializes them safely for a ``<script type="application/ld+json">`` tag.
It does not choose what is public: callers pass only verified entries of a
published story (see ``stories.selectors``). It never names staff: the
reviewer is the newsroom, as an organization.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable, Iterable
from typing import Any

from django.core.serializers.json import DjangoJSONEncoder
from django.utils.safestring import SafeString, mark_safe

from .models import Claim, ClaimKind, Person, Quote, Source, Story, StoryStatus
from .values import timex_to_date

PUBLISHER_NAME = "Newsroom"

# Our one public verdict on the five-point scale Google documents (1 false … 5 true).
VERIFIED_RATING = {
    "@type": "Rating",
    "ratingValue": 5,
    "bestRating": 5,
    "worstRating": 1,
    "alternateName": "Verified",
}

# Characters that could end the <script> element or start an HTML entity.
_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}
_SENTENCE = re.compile(r"[^.!?\n]*(?:[.!?]+[\"”’]?|\n|$)")


def to_script(data: Any) -> SafeString:
    """JSON for inside a script element: ``<``, ``>`` and ``&`` are escaped so no text can close it."""
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, sort_keys=False)
    return mark_safe(text.translate(_SCRIPT_ESCAPES))  # noqa: S308 - escaped just above


def _organization(home_url: str) -> dict[str, Any]:
    return {"@type": "Organization", "name": PUBLISHER_NAME, "url": home_url}


def _person(person: Person | None, absolute: Callable[[str], str]) -> dict[str, Any] | None:
    if person is None:
        return None
    return {"@type": "Person", "name": person.name, "url": absolute(person.get_absolute_url())}


def _date(value: dt.date | dt.datetime | None) -> str | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    return value.isoformat()


def sentence_around(body: str, start: int, end: int, *, limit: int = 240) -> str:
    """The sentence of ``body`` that holds ``body[start:end]``, whitespace collapsed and shortened."""
    for match in _SENTENCE.finditer(body):
        if match.start() <= start < max(match.end(), match.start() + 1):
            text = body[match.start() : max(match.end(), end)]
            break
    else:
        text = body[start:end]
    text = " ".join(text.split())
    if len(text) > limit:
        text = text[:limit].rsplit(" ", 1)[0] + "…"
    return text


def readable_timex(value: str) -> str:
    """``2021-09-28`` → ``28 September 2021``, ``2021-09`` → ``September 2021``; other values as they are."""
    head, space, rest = value.partition(" ")  # rest: a modifier such as "(approx)"
    date, precision = timex_to_date(head)
    if date is None or precision == "year":
        return value
    shown = f"{date.day} {date:%B %Y}" if precision == "day" else f"{date:%B %Y}"
    return f"{shown}{space}{rest}"


def claim_summary(claim: Claim, story: Story) -> str:
    """A short statement of what was checked, for readers and for ``claimReviewed``."""
    if claim.kind == ClaimKind.AGE and claim.subject_id:
        day = story.dateline
        return f"{claim.subject.name} was {claim.value_display} on {day.day} {day:%B %Y}"
    if claim.kind == ClaimKind.DATE:
        return f"“{claim.text}” means {readable_timex(claim.value_display)}"
    return sentence_around(story.body, claim.start, claim.end)


def _appearance(source: Source | None) -> dict[str, Any] | None:
    if source is None or not source.url.lower().startswith(("https://", "http://")):
        return None
    work: dict[str, Any] = {"@type": "CreativeWork", "url": source.url}
    if source.date and source.date_display:
        work["datePublished"] = source.date_display
    return work


def _claim_item(
    *,
    author: Person | None,
    source: Source | None,
    absolute: Callable[[str], str],
) -> dict[str, Any]:
    item: dict[str, Any] = {"@type": "Claim"}
    if who := _person(author, absolute):
        item["author"] = who
    if source is not None and source.date and source.date_display:
        item["datePublished"] = source.date_display
    if appearance := _appearance(source):
        item["appearance"] = appearance
        item["firstAppearance"] = appearance
    return item


def claim_review(
    *,
    entry: Quote | Claim,
    source: Source | None,
    story: Story,
    page_url: str,
    anchor: str,
    home_url: str,
    absolute: Callable[[str], str],
) -> dict[str, Any]:
    """One ``ClaimReview`` for a verified quote or claim of ``story``.

    ``source`` is the entry's source when the reader may see it (a verified
    one), else None: a quote's source is checked separately.
    """
    if isinstance(entry, Quote):
        reviewed = f"{entry.speaker.name} said: “{entry.text}”" if entry.speaker_id else entry.text
        author = entry.speaker if entry.speaker_id else None
    else:
        reviewed = claim_summary(entry, story)
        author = entry.subject if entry.subject_id else None
        if source is not None and source.author_id:
            author = source.author
    review: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": f"{page_url}#{anchor}",
        "claimReviewed": reviewed,
        "author": _organization(home_url),
        "reviewRating": dict(VERIFIED_RATING),
        "itemReviewed": _claim_item(author=author, source=source, absolute=absolute),
    }
    if checked := _date(entry.checked_at):
        review["datePublished"] = checked
    if entry.verdict_note:
        review["reviewBody"] = entry.verdict_note
    return review


def news_article(
    *,
    story: Story,
    page_url: str,
    home_url: str,
    modified: dt.datetime | None,
) -> dict[str, Any]:
    """The story as ``NewsArticle``; a retracted story keeps only its headline and dates."""
    article: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": story.headline[:110],
        "url": page_url,
        "mainEntityOfPage": page_url,
        "datePublished": (story.published_at or story.dateline).isoformat(),
        "publisher": _organization(home_url),
    }
    if modified:
        article["dateModified"] = modified.isoformat()
    if story.status == StoryStatus.RETRACTED:
        # The notice is all that remains public: no byline, no text.
        article["creativeWorkStatus"] = "Retracted"
        article["author"] = _organization(home_url)
    elif story.byline:
        article["author"] = {"@type": "Person", "name": story.byline}
    else:
        article["author"] = _organization(home_url)
    return article


def story_graph(
    *,
    story: Story,
    entries: Iterable[tuple[Quote | Claim, str, Source | None]],
    page_url: str,
    home_url: str,
    absolute: Callable[[str], str],
    modified: dt.datetime | None,
) -> list[dict[str, Any]]:
    """Everything for one story page: the article, then one review per (entry, anchor, source)."""
    graph = [news_article(story=story, page_url=page_url, home_url=home_url, modified=modified)]
    if story.status == StoryStatus.PUBLISHED:
        graph.extend(
            claim_review(
                entry=entry,
                source=source,
                story=story,
                page_url=page_url,
                anchor=anchor,
                home_url=home_url,
                absolute=absolute,
            )
            for entry, anchor, source in entries
        )
    return graph
