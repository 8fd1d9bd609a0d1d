"""The check page's data: every entry of one story in reading order, with its computed value and machine check.

Reads only (a fixed number of queries, whatever the number of entries) and
builds the highlighted article text, escaping every piece of the story body.
Machine checks are computed here, on every render, from the current birth
dates, source dates and captured texts, so they can never be stale; they
never set a verdict. Nothing here writes.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from django.db.models import Prefetch
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe

from stories.checks import (
    AgeAnchor,
    CheckResult,
    check_age,
    check_date,
    check_quote,
    describe_timex,
)
from stories.checks.dates import timex_period
from stories.models import (
    OPEN_STATUSES,
    CheckEvent,
    CheckStatus,
    Claim,
    ClaimKind,
    EntryType,
    Quote,
    Source,
    Story,
)
from stories.values import date_to_timex

ENTRY_MODELS: dict[str, type[Source] | type[Quote] | type[Claim]] = {
    EntryType.SOURCE: Source,
    EntryType.QUOTE: Quote,
    EntryType.CLAIM: Claim,
}


def entry_key(entry: Source | Quote | Claim) -> str:
    return f"{entry._meta.model_name}-{entry.pk}"


@dataclass
class EntryRow:
    """One entry as the check page shows it."""

    entry: Source | Quote | Claim
    key: str
    number: str
    kind_label: str
    computed: list[str] = field(default_factory=list)
    check: CheckResult | None = None
    source: Source | None = None
    events: list[CheckEvent] = field(default_factory=list)
    note: str = ""
    evidence_url: str = ""
    # Filled by story_workspace so the template does no lookups or URL reversing per row.
    type: str = ""
    status: str = ""
    status_label: str = ""
    data_kind: str = ""
    who: str = ""
    source_url: str = ""
    reattribute_url: str = ""

    @property
    def is_open(self) -> bool:
        return self.entry.status in OPEN_STATUSES


@dataclass
class Workspace:
    story: Story
    sources: list[EntryRow]
    rows: list[EntryRow]
    events: list[CheckEvent]
    body_html: SafeString

    @property
    def log(self) -> list[tuple[CheckEvent, str, str]]:
        """The story's check log: each event with what it was about and a link to its row."""
        rows = {(r.type, r.entry.pk): r for r in self.all_rows}
        shown = []
        for event in self.events:
            row = rows.get((event.entry_type, event.entry_id))
            if event.entry_type == EntryType.STORY:
                shown.append((event, "the story", ""))
            elif row is None:
                shown.append((event, f"{event.entry_type} {event.entry_id} (removed)", ""))
            else:
                shown.append((event, f"{row.number}. {row.kind_label}: {row.entry}", row.key))
        return shown

    @property
    def all_rows(self) -> list[EntryRow]:
        return [*self.sources, *self.rows]

    def row(self, key: str) -> EntryRow | None:
        return next((r for r in self.all_rows if r.key == key), None)

    @property
    def counts(self) -> dict[str, int]:
        return status_counts(r.entry.status for r in self.all_rows)

    @property
    def open_rows(self) -> list[EntryRow]:
        return [r for r in self.all_rows if r.is_open]


def status_counts(statuses: Iterable[str]) -> dict[str, int]:
    """Counts for the progress bar: verified, incorrect, unverifiable, open (unchecked or in progress)."""
    counts = {"verified": 0, "incorrect": 0, "unverifiable": 0, "open": 0}
    for status in statuses:
        if status in (CheckStatus.UNCHECKED, CheckStatus.IN_PROGRESS):
            counts["open"] += 1
        else:
            counts[status] += 1
    counts["total"] = sum(counts.values())
    return counts


def _source_timex(source: Source | None) -> str | None:
    if source is None or source.date is None:
        return None
    return date_to_timex(source.date, source.date_precision or "day")


def _source_name(source: Source) -> str:
    label = f"{source.label}: " if source.label else ""
    when = f" ({source.date_display})" if source.date else ""
    return f"{label}{source}{when}"


class _Spans:
    """Find the quote enclosing a position and the source whose reporting sentence covers a span."""

    def __init__(self, story: Story, quotes: list[Quote], sources: list[Source]) -> None:
        self.quotes = sorted(quotes, key=lambda q: (q.start, -q.end))
        self.starts = [q.start for q in self.quotes]
        self.reported: list[tuple[int, int, Source]] = []
        for source in sources:
            text = (source.reported_text or "").strip()
            at = story.body.find(text) if text else -1
            if at >= 0:
                self.reported.append((at, at + len(text), source))

    def enclosing_quote(self, start: int, end: int) -> Quote | None:
        i = bisect.bisect_right(self.starts, start)
        # Quotes do not nest, so the nearest quote starting at or before the span is the only candidate.
        for quote in reversed(self.quotes[max(0, i - 3) : i]):
            if quote.start <= start and end <= quote.end:
                return quote
        return None

    def reporting_source(self, start: int, end: int) -> Source | None:
        for first, last, source in self.reported:
            if first <= start and end <= last:
                return source
        return None


def _claim_row(claim: Claim, story: Story, spans: _Spans) -> EntryRow:
    row = EntryRow(
        entry=claim,
        key=entry_key(claim),
        number="",
        kind_label=claim.get_kind_display(),
        type="claim",
    )
    value = claim.value if isinstance(claim.value, dict) else {}
    quote = spans.enclosing_quote(claim.start, claim.end)
    if claim.kind == ClaimKind.DATE:
        timex, mod, anchor = value.get("value"), value.get("mod"), value.get("anchor")
        resolved = describe_timex(timex, mod)
        shown = f"Resolves to {resolved}" + (
            f" ({timex})" if timex and timex not in resolved else ""
        )
        if anchor == "dateline" or not anchor:
            shown += f", from the dateline {story.dateline.isoformat()}"
        else:
            shown += f", from {anchor}"
        row.computed.append(shown)
        # The source a date claim is checked against: its own link, else the post whose
        # reporting sentence contains it. A date inside a quote is what the post says, not its date.
        source = claim.source or (None if quote else spans.reporting_source(claim.start, claim.end))
        if source is not None:
            row.source = source
            row.check = check_date(
                claim_value=timex,
                source_value=_source_timex(source),
                source_label=f"the {source.platform or source.get_kind_display().lower()} post",
            )
        elif quote is not None:
            row.computed.append(
                "Inside a quote: a date the speaker gave, not the date of the post."
            )
    elif claim.kind == ClaimKind.AGE:
        stated = value.get("age") if value else None
        subject = claim.subject
        if subject is None:
            row.computed.append("No subject identified: set one to check the age.")
        else:
            born = (
                f"born {subject.birth_date.isoformat()}"
                if subject.birth_date
                else "no birth date on file"
            )
            row.computed.append(f"Subject: {subject.name} ({born})")
            anchors = [AgeAnchor("dateline", story.dateline, story.dateline)]
            post = quote.source if quote is not None else None
            if post is not None and (period := timex_period(_source_timex(post))):
                anchors.append(AgeAnchor("date of the post quoted", *period))
            row.check = check_age(stated=stated, birth_date=subject.birth_date, anchors=anchors)
    return row


def _quote_row(quote: Quote) -> EntryRow:
    row = EntryRow(entry=quote, key=entry_key(quote), number="", kind_label="Quote", type="quote")
    speaker = quote.speaker.name if quote.speaker_id else "unknown speaker"
    row.computed.append(f"Said by {speaker}" + (" (a fragment)" if quote.is_fragment else ""))
    if quote.source_id:
        row.source = quote.source
        row.computed.append(f"From {_source_name(quote.source)}")
        row.check = check_quote(
            quote=quote.text,
            source_text=quote.source.captured_text,
            source_label=f"the {quote.source.platform or 'source'} {quote.source.get_kind_display().lower()}",
        )
    else:
        row.computed.append("No source: the post or interview it came from is not known.")
    return row


def _source_row(source: Source, n: int) -> EntryRow:
    row = EntryRow(
        entry=source,
        key=entry_key(source),
        number=source.label or f"S{n}",
        kind_label="Source",
        type="source",
    )
    when = source.date_display or "date unknown"
    row.computed.append(f"{source} · {when}")
    if source.description:
        row.computed.append(source.description)
    return row


def story_workspace(*, story_id: int) -> Workspace:
    """Load one story and everything its check page shows, in a fixed number of queries."""
    story = Story.objects.prefetch_related(
        Prefetch("sources", queryset=Source.objects.select_related("author", "checked_by")),
        Prefetch(
            "quotes",
            queryset=Quote.objects.select_related(
                "speaker", "source", "source__author", "checked_by"
            ),
        ),
        Prefetch(
            "claims",
            queryset=Claim.objects.select_related(
                "subject", "source", "source__author", "checked_by"
            ),
        ),
        Prefetch("check_events", queryset=CheckEvent.objects.select_related("actor")),
    ).get(pk=story_id)
    sources, quotes, claims = (
        list(story.sources.all()),
        list(story.quotes.all()),
        list(story.claims.all()),
    )
    events = list(story.check_events.all())
    by_entry: dict[tuple[str, int], list[CheckEvent]] = defaultdict(list)
    for event in events:
        by_entry[(event.entry_type, event.entry_id)].append(event)

    spans = _Spans(story, quotes, sources)
    source_rows = [_source_row(s, n) for n, s in enumerate(sources, start=1)]
    rows = [_quote_row(q) for q in quotes] + [_claim_row(c, story, spans) for c in claims]
    rows.sort(key=lambda r: (r.entry.start, -r.entry.end, r.type))
    for n, row in enumerate(rows, start=1):
        row.number = str(n)
    source_base = reverse("admin:stories_source_changelist")
    quote_base = reverse("admin:stories_quote_changelist")
    for row in [*source_rows, *rows]:
        entry = row.entry
        row.events = by_entry.get((row.type, entry.pk), [])
        row.note, row.evidence_url = entry.verdict_note, entry.evidence_url
        row.status, row.status_label = entry.status, entry.get_status_display()
        row.data_kind = getattr(entry, "kind", "") if row.type == "claim" else row.type
        if entry.checked_by_id:
            who = entry.checked_by.get_full_name() or entry.checked_by.get_username()
            when = (
                timezone.localtime(entry.checked_at).strftime("%Y-%m-%d %H:%M")
                if entry.checked_at
                else ""
            )
            row.who = f"Last decided by {who}, {when}".rstrip(", ")
        if row.source is not None:
            row.source_url = f"{source_base}{row.source.pk}/change/"
        if row.type == "quote":
            row.reattribute_url = f"{quote_base}{entry.pk}/change/"
    return Workspace(
        story=story,
        sources=source_rows,
        rows=rows,
        events=events,
        body_html=highlight_body(story.body, rows),
    )


# ---------------------------------------------------------------------------
# The highlighted article


def _open_mark(row: EntryRow, *, continued: bool) -> SafeString:
    entry = row.entry
    css = f"hl st-{entry.status} kind-{row.type}"
    if getattr(entry, "kind", None):
        css += f" kind-{entry.kind}"
    title = f"{row.number}. {row.kind_label} · {entry.get_status_display()}"
    if continued:
        return format_html(
            '<mark class="{} hl-cont" data-entry="{}" title="{}">', css, row.key, title
        )
    return format_html(
        '<mark class="{}" id="hl-{}" data-entry="{}" title="{}">', css, row.key, row.key, title
    )


def _close_mark(row: EntryRow, *, final: bool) -> SafeString:
    if not final:
        return mark_safe("</mark>")  # noqa: S308 (a constant tag)
    return format_html(
        '<a class="hl-ref" href="#entry-{}" aria-label="Entry {}">{}</a></mark>',
        row.key,
        row.number,
        row.number,
    )


def highlight_body(body: str, rows: list[EntryRow]) -> SafeString:
    """The story body with each entry's span wrapped in a ``<mark>`` linked to its row.

    Every stretch of the body is escaped; only our own tags are emitted.
    Spans that nest (a date inside a quote) nest as marks; spans that
    overlap without nesting are closed and reopened so the HTML stays valid.
    Rows whose offsets no longer match the body are left out of the text.
    """
    spans = [
        r
        for r in rows
        if 0 <= r.entry.start < r.entry.end <= len(body)
        and body[r.entry.start : r.entry.end] == r.entry.text
    ]
    by_start: dict[int, list[EntryRow]] = defaultdict(list)
    for r in spans:
        by_start[r.entry.start].append(r)
    for group in by_start.values():
        group.sort(key=lambda r: -r.entry.end)
    points = sorted({r.entry.start for r in spans} | {r.entry.end for r in spans})
    out: list[str] = []
    stack: list[EntryRow] = []
    pos = 0
    for p in points:
        out.append(escape(body[pos:p]))
        pos = p
        ending = [i for i, r in enumerate(stack) if r.entry.end == p]
        if ending:
            low = ending[0]
            reopen = [r for r in stack[low:] if r.entry.end != p]
            for r in reversed(stack[low:]):
                out.append(_close_mark(r, final=r.entry.end == p))
            del stack[low:]
            for r in reopen:
                out.append(_open_mark(r, continued=True))
                stack.append(r)
        for r in by_start.get(p, []):
            out.append(_open_mark(r, continued=False))
            stack.append(r)
    out.append(escape(body[pos:]))
    return mark_safe("".join(out))  # noqa: S308 (every piece above is escaped or format_html)
