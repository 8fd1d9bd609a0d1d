"""The only code that changes workflow state: import, verdicts, submit, publish, correct, retract.

Every service is keyword-only, runs in one transaction and checks the user's
permission and the transition; every status change (and every change to
what was checked) writes one ``CheckEvent``. Filing a story and editing a
draft's headline are not checks and are not logged. Services take
``now=None`` so tests fix time. Errors are ``ServiceError`` subclasses
whose message a user can act on; a refused call writes nothing. The admin, the API and the management commands all
call these, so they behave the same.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.text import slugify

from . import permissions
from .cache import invalidate_story
from .extraction import extract, parse_seed_header
from .extraction.types import AgeClaim, DateClaim, Extraction, QuoteClaim
from .models import (
    OPEN_STATUSES,
    CheckEvent,
    CheckStatus,
    Claim,
    ClaimKind,
    Correction,
    EntryType,
    Person,
    Quote,
    Source,
    SourceKind,
    Story,
    StoryStatus,
)
from .values import timex_to_date

# ---------------------------------------------------------------------------
# Errors


class ServiceError(Exception):
    """A refused action; ``str(error)`` is a message for the user."""


class NotAllowed(ServiceError):
    pass


class InvalidTransition(ServiceError):
    pass


class StaleEdit(ServiceError):
    """Someone changed the row since the user loaded it."""

    def __init__(self, message: str, *, current_version: int) -> None:
        super().__init__(message)
        self.current_version = current_version


class PublishBlocked(ServiceError):
    """The story still has open entries; ``open_entries`` lists them."""

    def __init__(self, message: str, *, open_entries: list[Source | Quote | Claim]) -> None:
        super().__init__(message)
        self.open_entries = open_entries


class ImportRejected(ServiceError):
    pass


# ---------------------------------------------------------------------------
# Transition tables: the single definition of what may follow what.

CHECK_TRANSITIONS: dict[str, frozenset[str]] = {
    CheckStatus.UNCHECKED: frozenset(
        {
            CheckStatus.IN_PROGRESS,
            CheckStatus.VERIFIED,
            CheckStatus.INCORRECT,
            CheckStatus.UNVERIFIABLE,
        }
    ),
    CheckStatus.IN_PROGRESS: frozenset(
        {
            CheckStatus.UNCHECKED,
            CheckStatus.VERIFIED,
            CheckStatus.INCORRECT,
            CheckStatus.UNVERIFIABLE,
        }
    ),
    # A decided verdict is reopened (in progress) or replaced; it never goes back to unchecked.
    CheckStatus.VERIFIED: frozenset(
        {CheckStatus.IN_PROGRESS, CheckStatus.INCORRECT, CheckStatus.UNVERIFIABLE}
    ),
    CheckStatus.INCORRECT: frozenset(
        {CheckStatus.IN_PROGRESS, CheckStatus.VERIFIED, CheckStatus.UNVERIFIABLE}
    ),
    CheckStatus.UNVERIFIABLE: frozenset(
        {CheckStatus.IN_PROGRESS, CheckStatus.VERIFIED, CheckStatus.INCORRECT}
    ),
}

STORY_TRANSITIONS: dict[str, frozenset[str]] = {
    StoryStatus.DRAFT: frozenset({StoryStatus.IN_REVIEW}),
    StoryStatus.IN_REVIEW: frozenset({StoryStatus.DRAFT, StoryStatus.PUBLISHED}),
    StoryStatus.PUBLISHED: frozenset({StoryStatus.RETRACTED}),
    StoryStatus.RETRACTED: frozenset(),
}

# Verdicts that claim something about the world need a reason a reader can follow.
VERDICTS_NEEDING_EVIDENCE = frozenset({CheckStatus.VERIFIED, CheckStatus.INCORRECT})

ENTRY_TYPES: dict[type, str] = {
    Source: EntryType.SOURCE,
    Quote: EntryType.QUOTE,
    Claim: EntryType.CLAIM,
}


def _now(now: dt.datetime | None) -> dt.datetime:
    return now or timezone.now()


def _actor(user):
    return user if user is not None and user.is_authenticated else None


def _user_label(user) -> str:
    if user is None:
        return "someone"
    return user.get_full_name() or user.get_username()


def _require(allowed: bool, message: str) -> None:
    if not allowed:
        raise NotAllowed(message)


def _log(
    *,
    story: Story,
    entry_type: str,
    entry_id: int,
    from_status: str,
    to_status: str,
    user,
    now: dt.datetime,
    note: str = "",
    evidence_url: str = "",
) -> CheckEvent:
    return CheckEvent.objects.create(
        story=story,
        entry_type=entry_type,
        entry_id=entry_id,
        from_status=from_status,
        to_status=to_status,
        note=note,
        evidence_url=evidence_url,
        actor=_actor(user),
        created_at=now,
    )


# ---------------------------------------------------------------------------
# Import


@dataclass(frozen=True)
class ParsedStory:
    body: str
    dateline: dt.date
    headline: str
    checksum: str


@dataclass
class ImportResult:
    story: Story
    created: bool
    counts: dict[str, int] = field(default_factory=dict)


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’]?\s+(?=[\"“‘A-Z0-9])")


def headline_from_body(body: str, *, limit: int = 200) -> str:
    """The first sentence of the body, shortened on a word boundary to ``limit`` characters."""
    text = " ".join(body.split())
    first = _SENTENCE_END.split(text, maxsplit=1)[0].strip()
    if len(first) <= limit:
        return first
    cut = first[:limit].rsplit(" ", 1)[0]
    return cut.rstrip(",;:") + "…"


def parse_story_file(data: bytes | str, *, dateline: dt.date | None = None) -> ParsedStory:
    """Validate a story file and split it into dateline and body; raises ImportRejected."""
    # Callers pass what a request or a file gave them: refuse anything that is not text.
    if isinstance(data, bytearray | memoryview):
        data = bytes(data)
    if not isinstance(data, bytes | str):
        raise ImportRejected(f"a story file is text or bytes, not {type(data).__name__}")
    if dateline is not None and (
        not isinstance(dateline, dt.date) or isinstance(dateline, dt.datetime)
    ):
        raise ImportRejected(f"the dateline must be a date (YYYY-MM-DD), not {dateline!r:.40}")
    if isinstance(data, str):
        try:
            data = data.encode("utf-8")
        except UnicodeEncodeError as exc:
            raise ImportRejected(
                f"the text is not valid Unicode (lone surrogate at position {exc.start})"
            ) from None
    limit = settings.NEWSROOM_MAX_IMPORT_BYTES
    if len(data) > limit:
        raise ImportRejected(
            f"the file is {len(data) / 1_048_576:.1f} MB; the limit is {limit / 1_048_576:.1f} MB "
            "(NEWSROOM_MAX_IMPORT_BYTES)"
        )
    if not data.strip():
        raise ImportRejected("the file is empty")
    if b"\x00" in data:
        raise ImportRejected("the file is binary (it contains NUL bytes), not a text story")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ImportRejected(
            f"the file is not valid UTF-8 (bad byte 0x{data[exc.start]:02x} at position {exc.start})"
        ) from None
    text = text.removeprefix("\ufeff")
    if len(_CONTROL.findall(text[:65536])) > 8:
        raise ImportRejected(
            "the file contains control characters: it looks binary, not a text story"
        )
    try:
        header_dateline, body_start = parse_seed_header(text)
    except ValueError as exc:
        raise ImportRejected(str(exc)) from None
    chosen = dateline or header_dateline
    if chosen is None:
        raise ImportRejected(
            "the story has no dateline: start the file with ' date YYYY-MM-DD ' or pass --dateline YYYY-MM-DD"
        )
    body = text[body_start:]
    if not body.strip():
        raise ImportRejected("the story has a dateline but no text")
    headline = headline_from_body(body)
    checksum = hashlib.sha256(data).hexdigest()
    return ParsedStory(body=body, dateline=chosen, headline=headline, checksum=checksum)


def _check_line(value: Any, what: str) -> None:
    """A one-line text field from the caller: text, no control characters, valid Unicode."""
    if not isinstance(value, str):
        raise ImportRejected(f"the {what} must be text, not {type(value).__name__}")
    if _CONTROL.search(value) or "\x00" in value:
        raise ImportRejected(f"the {what} contains control characters")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise ImportRejected(
            f"the {what} is not valid Unicode (lone surrogate at position {exc.start})"
        ) from None


def _unique_slug(base: str) -> str:
    base = (slugify(base)[:100].strip("-")) or "story"
    slug, n = base, 2
    while Story.objects.filter(slug=slug).exists():
        slug = f"{base}-{n}"
        n += 1
    return slug


def _person_slug(name: str) -> str:
    base = (slugify(name)[:100].strip("-")) or "person"
    slug, n = base, 2
    while Person.objects.filter(slug=slug).exists():
        slug = f"{base}-{n}"
        n += 1
    return slug


def person_get_or_create(*, name: str, aliases: Iterable[str] = ()) -> Person:
    """The Person with this canonical name, created if new; new aliases are merged in."""
    person = Person.objects.filter(name=name).first()
    if person is None:
        person = Person.objects.create(
            name=name, slug=_person_slug(name), aliases=sorted(set(aliases))
        )
        return person
    merged = sorted({*person.aliases, *aliases})
    if merged != sorted(person.aliases):
        person.aliases = merged
        person.save(update_fields=["aliases"])
    return person


_PLATFORM_KINDS = {
    "medium": SourceKind.ESSAY,
    "substack": SourceKind.ESSAY,
    "press release": SourceKind.PRESS_RELEASE,
    "statement": SourceKind.STATEMENT,
}
_SOCIAL = {
    "instagram",
    "x",
    "twitter",
    "tiktok",
    "facebook",
    "youtube",
    "threads",
    "snapchat",
    "bluesky",
}


def _source_kind(platform: str | None, what: str | None) -> str:
    key = (platform or "").strip().lower()
    if key in _PLATFORM_KINDS:
        return _PLATFORM_KINDS[key]
    if key in _SOCIAL:
        return SourceKind.POST
    hint = (what or "").lower()
    for word, kind in (
        ("interview", SourceKind.INTERVIEW),
        ("podcast", SourceKind.INTERVIEW),
        ("essay", SourceKind.ESSAY),
        ("press release", SourceKind.PRESS_RELEASE),
        ("statement", SourceKind.STATEMENT),
    ):
        if word in hint:
            return kind
    return SourceKind.POST if key else SourceKind.OTHER


def _check_span(body: str, start: int, end: int, text: str, what: str) -> None:
    if not (0 <= start < end <= len(body)) or body[start:end] != text:
        raise ImportRejected(
            f"internal error: the extractor's {what} at {start}-{end} does not match the story text"
        )


def _store_extraction(story: Story, found: Extraction, shift: int) -> dict[str, int]:
    """Create the Person, Source, Quote and Claim rows of one extraction."""
    people: dict[str, Person] = {}
    for mention in found.people:
        people[mention.name] = person_get_or_create(name=mention.name, aliases=mention.aliases)

    def person(name: str | None) -> Person | None:
        # A joint speaker ("Chrissy Teigen and John Legend" for "they") is not one Person;
        # the quote stays unattributed for the fact-checker rather than inventing a person.
        if not name or " and " in name:
            return None
        if name not in people:
            people[name] = person_get_or_create(name=name)
        return people[name]

    sources: dict[str, Source] = {}
    for post in found.posts:
        date, precision = timex_to_date(post.date)
        sources[post.id] = Source.objects.create(
            story=story,
            label=post.id,
            kind=_source_kind(post.platform, post.what),
            platform=post.platform or "",
            author=person(post.author),
            date=date,
            date_precision=precision,
            description=post.what or "",
            reported_text=post.text,
        )

    quotes: list[Quote] = []
    claims: list[Claim] = []
    body = story.body
    for item in found.claims:
        start, end = item.start - shift, item.end - shift
        if start < 0:
            continue  # inside the seed header, not the body
        if isinstance(item, QuoteClaim):
            _check_span(body, start, end, item.text, "quote")
            quotes.append(
                Quote(
                    story=story,
                    text=item.text,
                    start=start,
                    end=end,
                    speaker=person(item.speaker),
                    source=sources.get(item.post) if item.post else None,
                    is_fragment=item.partial,
                )
            )
        elif isinstance(item, DateClaim):
            _check_span(body, start, end, item.text, "date")
            resolved, _ = timex_to_date(item.value) if item.type == "DATE" else (None, "")
            claims.append(
                Claim(
                    story=story,
                    kind=ClaimKind.DATE,
                    text=item.text,
                    start=start,
                    end=end,
                    value={
                        "type": item.type,
                        "value": item.value,
                        "mod": item.mod,
                        "anchor": item.anchor,
                    },
                    resolved_date=resolved,
                )
            )
        elif isinstance(item, AgeClaim):
            _check_span(body, start, end, item.text, "age")
            claims.append(
                Claim(
                    story=story,
                    kind=ClaimKind.AGE,
                    text=item.text,
                    start=start,
                    end=end,
                    value={"age": item.value},
                    subject=person(item.subject),
                )
            )
    Quote.objects.bulk_create(quotes)
    Claim.objects.bulk_create(claims)
    return {
        "people": len(people),
        "sources": len(sources),
        "quotes": len(quotes),
        "claims": len(claims),
    }


def story_import(
    *,
    data: bytes | str,
    dateline: dt.date | None = None,
    headline: str | None = None,
    byline: str = "",
    user=None,
    now: dt.datetime | None = None,
) -> ImportResult:
    """File a story from the text of a story file: validate, extract claims, store everything.

    One transaction: a rejected file writes nothing. Idempotent by the file's
    checksum: importing the same bytes again returns the existing story.
    """
    if user is not None:
        _require(user.has_perm("stories.add_story"), "You do not have permission to file stories.")
    if headline is not None:
        _check_line(headline, "headline")
    _check_line(byline, "byline")
    parsed = parse_story_file(data, dateline=dateline)
    existing = Story.objects.filter(source_checksum=parsed.checksum).first()
    if existing is not None:
        return ImportResult(story=existing, created=False)
    found = extract(parsed.body, parsed.dateline)
    now = _now(now)
    try:
        with transaction.atomic():
            story = Story.objects.create(
                headline=(headline or parsed.headline)[:300],
                slug=_unique_slug(headline or parsed.headline),
                dateline=parsed.dateline,
                byline=byline,
                body=parsed.body,
                source_checksum=parsed.checksum,
                created_by=_actor(user),
            )
            counts = _store_extraction(story, found, shift=0)
    except IntegrityError:
        # Another process imported the same file at the same moment.
        existing = Story.objects.filter(source_checksum=parsed.checksum).first()
        if existing is None:
            raise
        return ImportResult(story=existing, created=False)
    return ImportResult(story=story, created=True, counts=counts)


# ---------------------------------------------------------------------------
# Verdicts


def entry_type_of(entry: Source | Quote | Claim) -> str:
    return ENTRY_TYPES[type(entry)]


def _stale_message(entry, kind: str) -> str:
    who = _user_label(entry.checked_by) if entry.checked_by_id else "someone"
    when = (
        timezone.localtime(entry.checked_at).strftime("%Y-%m-%d %H:%M")
        if entry.checked_at
        else "recently"
    )
    return (
        f"This {kind} was changed by {who} at {when} after you loaded it "
        f"(it is now “{entry.get_status_display()}”). Reload to see their change, then decide again."
    )


def _locked_entry(entry, *, user, expected_version: int | None, refusal: str):
    """The entry, locked for this transaction, after the permission and the stale-version check.

    The story row is locked first (as ``story_publish`` does), so a verdict and
    a publication of the same story are serialised: the permission and the
    cache invalidation see the story's status as it is when the verdict lands.
    """
    story_id = type(entry).objects.filter(pk=entry.pk).values_list("story_id", flat=True).get()
    story = Story.objects.select_for_update().get(pk=story_id)
    current = (
        type(entry)
        .objects.select_for_update(of=("self",))
        .select_related("checked_by")
        .get(pk=entry.pk)
    )
    current.story = story
    if current.story.status in (StoryStatus.PUBLISHED, StoryStatus.RETRACTED):
        refusal = "Only an editor may change the checks of a published story."
    _require(permissions.can_set_verdict(user, current.story), refusal)
    if expected_version is not None and current.version != expected_version:
        raise StaleEdit(
            _stale_message(current, entry_type_of(current)), current_version=current.version
        )
    return current


def _write_entry(
    current,
    *,
    fields: dict[str, Any],
    to_status: str,
    user,
    now: dt.datetime,
    note: str = "",
    evidence_url: str = "",
) -> None:
    """Write ``fields`` to a locked entry by compare-and-swap on its version, log it, invalidate.

    The version check makes the write safe even where ``select_for_update``
    is a no-op; a lost race raises StaleEdit and writes nothing.
    """
    kind = entry_type_of(current)
    updated = (
        type(current)
        .objects.filter(pk=current.pk, version=current.version)
        .update(**fields, version=F("version") + 1)
    )
    if updated != 1:
        current.refresh_from_db()
        raise StaleEdit(_stale_message(current, kind), current_version=current.version)
    _log(
        story=current.story,
        entry_type=kind,
        entry_id=current.pk,
        from_status=current.status,
        to_status=to_status,
        user=user,
        now=now,
        note=note,
        evidence_url=evidence_url,
    )
    if current.story.is_public:
        invalidate_story(current.story)


def entry_set_status(
    *,
    entry: Source | Quote | Claim,
    to_status: str,
    user,
    expected_version: int | None = None,
    note: str = "",
    evidence_url: str = "",
    now: dt.datetime | None = None,
) -> Source | Quote | Claim:
    """Set the check status of one entry (a verdict), logged as a CheckEvent.

    Refuses a user without the fact-checker permission, an unknown
    transition, a verdict without evidence, and a stale version.
    """
    kind = entry_type_of(entry)
    if to_status not in CheckStatus.values:
        raise InvalidTransition(
            f"“{to_status}” is not a check status; use one of {', '.join(CheckStatus.values)}."
        )
    note, evidence_url = (note or "").strip(), (evidence_url or "").strip()
    now = _now(now)
    with transaction.atomic():
        current = _locked_entry(
            entry,
            user=user,
            expected_version=expected_version,
            refusal="You do not have permission to set verdicts on this story.",
        )
        allowed = CHECK_TRANSITIONS[current.status]
        if to_status not in allowed:
            raise InvalidTransition(
                f"A {kind} cannot go from “{current.get_status_display()}” to "
                f"“{CheckStatus(to_status).label}”."
            )
        if to_status in VERDICTS_NEEDING_EVIDENCE and not (note or evidence_url):
            raise InvalidTransition(
                f"Say why: a “{CheckStatus(to_status).label}” verdict needs an evidence URL or a note."
            )
        _write_entry(
            current,
            fields={
                "status": to_status,
                "verdict_note": note,
                "evidence_url": evidence_url,
                "checked_by": _actor(user),
                "checked_at": now,
            },
            to_status=to_status,
            user=user,
            now=now,
            note=note,
            evidence_url=evidence_url,
        )
    current.refresh_from_db()
    return current


def entry_update_evidence(
    *,
    entry: Source | Quote | Claim,
    user,
    expected_version: int,
    note: str | None = None,
    evidence_url: str | None = None,
    now: dt.datetime | None = None,
) -> Source | Quote | Claim:
    """Change an entry's note or evidence URL without changing its status (logged, stale-checked)."""
    now = _now(now)
    with transaction.atomic():
        current = _locked_entry(
            entry,
            user=user,
            expected_version=expected_version,
            refusal="You do not have permission to check this story.",
        )
        changes: dict[str, Any] = {}
        if note is not None:
            changes["verdict_note"] = note.strip()
        if evidence_url is not None:
            changes["evidence_url"] = evidence_url.strip()
        if not changes:
            return current
        note_after = changes.get("verdict_note", current.verdict_note)
        evidence_after = changes.get("evidence_url", current.evidence_url)
        if current.status in VERDICTS_NEEDING_EVIDENCE and not (note_after or evidence_after):
            raise InvalidTransition(
                f"A “{current.get_status_display()}” verdict needs an evidence URL or a note; "
                "it cannot lose both."
            )
        _write_entry(
            current,
            fields=changes,
            to_status=current.status,
            user=user,
            now=now,
            note=note_after,
            evidence_url=evidence_after,
        )
    current.refresh_from_db()
    return current


def quote_reattribute(
    *,
    quote: Quote,
    user,
    expected_version: int,
    speaker: Person | None = None,
    source: Source | None = None,
    now: dt.datetime | None = None,
) -> Quote:
    """Attribute a quote to another speaker or source; logged, and the quote goes back to unchecked."""
    now = _now(now)
    with transaction.atomic():
        current = _locked_entry(
            quote,
            user=user,
            expected_version=expected_version,
            refusal="You do not have permission to re-attribute quotes.",
        )
        if source is not None and source.story_id != current.story_id:
            raise InvalidTransition("A quote can only come from a source of its own story.")
        old = (
            f"speaker {current.speaker.name if current.speaker_id else 'unknown'}, "
            f"source {current.source_id or 'none'}"
        )
        new_speaker = speaker if speaker is not None else current.speaker
        new_source = source if source is not None else current.source
        if new_speaker == current.speaker and new_source == current.source:
            return current  # nothing changed: the verdict stands
        new = (
            f"speaker {new_speaker.name if new_speaker else 'unknown'}, "
            f"source {new_source.pk if new_source else 'none'}"
        )
        _write_entry(
            current,
            fields={"speaker": new_speaker, "source": new_source, "status": CheckStatus.UNCHECKED},
            to_status=CheckStatus.UNCHECKED,
            user=user,
            now=now,
            note=f"Re-attributed: {old} → {new}.",
        )
    current.refresh_from_db()
    return current


SOURCE_REFERENCE_FIELDS = (
    "label",
    "kind",
    "platform",
    "author",
    "date",
    "date_precision",
    "description",
    "url",
    "archived_url",
    "captured_text",
)


def source_update(
    *,
    source: Source,
    user,
    expected_version: int,
    changes: dict[str, Any],
    now: dt.datetime | None = None,
) -> Source:
    """Change what is known about a source (its address, date, captured text…); logged.

    A decided source goes back to unchecked: its verdict was about the old facts.
    """
    unknown = set(changes) - set(SOURCE_REFERENCE_FIELDS)
    if unknown:
        raise InvalidTransition(
            f"These fields of a source are not edited here: {', '.join(sorted(unknown))}."
        )
    now = _now(now)
    with transaction.atomic():
        current = _locked_entry(
            source,
            user=user,
            expected_version=expected_version,
            refusal="You do not have permission to edit sources.",
        )
        changed = {k: v for k, v in changes.items() if getattr(current, k) != v}
        if not changed:
            return current
        _write_entry(
            current,
            fields={**changed, "status": CheckStatus.UNCHECKED},
            to_status=CheckStatus.UNCHECKED,
            user=user,
            now=now,
            note=f"Source edited: {', '.join(sorted(changed))}.",
        )
    current.refresh_from_db()
    return current


# ---------------------------------------------------------------------------
# Story workflow


def story_entries(story: Story) -> list[Source | Quote | Claim]:
    """Every checkable entry of a story, in reading order (sources first)."""
    return [
        *story.sources.all(),
        *sorted([*story.quotes.all(), *story.claims.all()], key=lambda e: (e.start, e.end)),
    ]


def story_open_entries(story: Story) -> list[Source | Quote | Claim]:
    """The entries that keep a story from being published."""
    return [
        *Source.objects.filter(story=story, status__in=OPEN_STATUSES).order_by("id"),
        *sorted(
            [
                *Quote.objects.filter(story=story, status__in=OPEN_STATUSES),
                *Claim.objects.filter(story=story, status__in=OPEN_STATUSES),
            ],
            key=lambda e: (e.start, e.end),
        ),
    ]


def _story_transition(
    *,
    story: Story,
    to_status: str,
    user,
    now: dt.datetime,
    expected_version: int | None,
    note: str = "",
    extra: dict[str, Any] | None = None,
) -> Story:
    current = Story.objects.select_for_update().get(pk=story.pk)
    if expected_version is not None and current.version != expected_version:
        raise StaleEdit(
            f"“{current.headline}” was changed by someone else after you loaded it. Reload and try again.",
            current_version=current.version,
        )
    if to_status not in STORY_TRANSITIONS[current.status]:
        raise InvalidTransition(
            f"A story cannot go from “{current.get_status_display()}” to “{StoryStatus(to_status).label}”."
        )
    fields = {"status": to_status, **(extra or {})}
    updated = Story.objects.filter(pk=current.pk, version=current.version).update(
        **fields, version=F("version") + 1, updated_at=now
    )
    if updated != 1:
        raise StaleEdit(
            "The story changed while you were saving. Reload and try again.",
            current_version=current.version,
        )
    _log(
        story=current,
        entry_type=EntryType.STORY,
        entry_id=current.pk,
        from_status=current.status,
        to_status=to_status,
        user=user,
        now=now,
        note=note,
    )
    if to_status in (StoryStatus.PUBLISHED, StoryStatus.RETRACTED):
        invalidate_story(current)
    current.refresh_from_db()
    return current


def story_submit(
    *, story: Story, user, expected_version: int | None = None, now: dt.datetime | None = None
) -> Story:
    """Send a draft to the fact-checkers (draft → in review)."""
    _require(permissions.can_submit(user, story), "You do not have permission to submit stories.")
    with transaction.atomic():
        return _story_transition(
            story=story,
            to_status=StoryStatus.IN_REVIEW,
            user=user,
            now=_now(now),
            expected_version=expected_version,
        )


def story_return_to_draft(
    *,
    story: Story,
    user,
    note: str = "",
    expected_version: int | None = None,
    now: dt.datetime | None = None,
) -> Story:
    """Send a story in review back to its reporter (in review → draft)."""
    _require(
        permissions.can_publish(user, story) or permissions.can_submit(user, story),
        "You do not have permission to send stories back to draft.",
    )
    with transaction.atomic():
        return _story_transition(
            story=story,
            to_status=StoryStatus.DRAFT,
            user=user,
            now=_now(now),
            expected_version=expected_version,
            note=note,
        )


def _describe(entry) -> str:
    kind = entry_type_of(entry)
    return f"{kind} {entry} ({entry.get_status_display().lower()})"


def story_publish(
    *, story: Story, user, expected_version: int | None = None, now: dt.datetime | None = None
) -> Story:
    """Publish a story in review; refused while any entry is unchecked, in progress or incorrect."""
    _require(permissions.can_publish(user, story), "Only an editor may publish a story.")
    now = _now(now)
    with transaction.atomic():
        locked = Story.objects.select_for_update().get(pk=story.pk)
        if locked.status == StoryStatus.IN_REVIEW:
            open_entries = story_open_entries(locked)
            if open_entries:
                listed = "; ".join(_describe(e) for e in open_entries[:10])
                more = f"; and {len(open_entries) - 10} more" if len(open_entries) > 10 else ""
                raise PublishBlocked(
                    f"“{locked.headline}” cannot be published: {len(open_entries)} "
                    f"{'entry is' if len(open_entries) == 1 else 'entries are'} still open: {listed}{more}.",
                    open_entries=open_entries,
                )
        return _story_transition(
            story=locked,
            to_status=StoryStatus.PUBLISHED,
            user=user,
            now=now,
            expected_version=expected_version,
            extra={"published_at": locked.published_at or now},
        )


def story_correct(
    *,
    story: Story,
    note: str,
    user,
    expected_version: int | None = None,
    now: dt.datetime | None = None,
) -> Correction:
    """Add a public, dated correction to a published story."""
    _require(permissions.can_correct(user, story), "Only an editor may correct a published story.")
    note = (note or "").strip()
    if not note:
        raise InvalidTransition("A correction needs a note saying what was wrong and what changed.")
    now = _now(now)
    with transaction.atomic():
        current = Story.objects.select_for_update().get(pk=story.pk)
        if current.status != StoryStatus.PUBLISHED:
            raise InvalidTransition(
                f"Only a published story can be corrected; “{current.headline}” is {current.get_status_display().lower()}."
            )
        if expected_version is not None and current.version != expected_version:
            raise StaleEdit(
                f"“{current.headline}” was changed by someone else after you loaded it. Reload and try again.",
                current_version=current.version,
            )
        correction = Correction.objects.create(
            story=current, note=note, corrected_at=now, corrected_by=_actor(user)
        )
        Story.objects.filter(pk=current.pk).update(version=F("version") + 1, updated_at=now)
        _log(
            story=current,
            entry_type=EntryType.STORY,
            entry_id=current.pk,
            from_status=current.status,
            to_status=current.status,
            user=user,
            now=now,
            note=f"Correction: {note}",
        )
        invalidate_story(current)
    return correction


def story_retract(
    *,
    story: Story,
    note: str,
    user,
    expected_version: int | None = None,
    now: dt.datetime | None = None,
) -> Story:
    """Retract a published story: readers see the retraction note instead of its text."""
    _require(permissions.can_retract(user, story), "Only an editor may retract a story.")
    note = (note or "").strip()
    if not note:
        raise InvalidTransition(
            "A retraction needs a note telling readers why the story was withdrawn."
        )
    now = _now(now)
    with transaction.atomic():
        return _story_transition(
            story=story,
            to_status=StoryStatus.RETRACTED,
            user=user,
            now=now,
            expected_version=expected_version,
            note=note,
            extra={"retracted_at": now, "retraction_note": note},
        )


def story_update(
    *,
    story: Story,
    user,
    expected_version: int,
    headline: str | None = None,
    byline: str | None = None,
    now: dt.datetime | None = None,
) -> Story:
    """Edit a story's headline or byline before publication (stale edits refused)."""
    _require(
        permissions.can_edit_story(user, story),
        "This story cannot be edited by you in its current state.",
    )
    changes: dict[str, Any] = {}
    if headline is not None:
        headline = headline.strip()
        if not headline:
            raise InvalidTransition("A story needs a headline.")
        changes["headline"] = headline[:300]
    if byline is not None:
        changes["byline"] = byline.strip()[:200]
    now = _now(now)
    with transaction.atomic():
        updated = Story.objects.filter(pk=story.pk, version=expected_version).update(
            **changes, version=F("version") + 1, updated_at=now
        )
        if updated != 1:
            current = Story.objects.get(pk=story.pk)
            raise StaleEdit(
                f"“{current.headline}” was changed by someone else after you loaded it. Reload and try again.",
                current_version=current.version,
            )
    story.refresh_from_db()
    return story


def stories_publish_many(
    *, stories: Sequence[Story], user, now: dt.datetime | None = None
) -> tuple[list[Story], list[str]]:
    """Publish several stories, each on its own; returns the published ones and one message per refusal."""
    done: list[Story] = []
    refused: list[str] = []
    for story in stories:
        try:
            done.append(story_publish(story=story, user=user, now=now))
        except ServiceError as exc:
            refused.append(str(exc))
    return done, refused
