"""Newsroom's data: stories, the people, sources, quotes and claims in them, and their checks.

Models hold fields, database constraints, ``__str__`` and cheap properties;
querysets hold the read-only named filters (``published()``, ``verified()``)
that define what the public may see. Nothing here changes workflow state:
that is ``stories.services``. ``save()`` has no side effects.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse


class StoryStatus(models.TextChoices):
    DRAFT = "draft", "Draft"
    IN_REVIEW = "in_review", "In review"
    PUBLISHED = "published", "Published"
    RETRACTED = "retracted", "Retracted"


class CheckStatus(models.TextChoices):
    UNCHECKED = "unchecked", "Unchecked"
    IN_PROGRESS = "in_progress", "In progress"
    VERIFIED = "verified", "Verified"
    INCORRECT = "incorrect", "Incorrect"
    UNVERIFIABLE = "unverifiable", "Unverifiable"


# Entries in these states keep a story from being published.
OPEN_STATUSES = (CheckStatus.UNCHECKED, CheckStatus.IN_PROGRESS, CheckStatus.INCORRECT)


class DatePrecision(models.TextChoices):
    DAY = "day", "Day"
    MONTH = "month", "Month"
    YEAR = "year", "Year"


def _status_constraint(name: str, field: str, choices: type[models.TextChoices]):
    return models.CheckConstraint(condition=Q(**{f"{field}__in": choices.values}), name=name)


class StoryQuerySet(models.QuerySet):
    def published(self) -> StoryQuerySet:
        """Stories a reader may see: published ones (retracted stories show only their notice)."""
        return self.filter(status__in=(StoryStatus.PUBLISHED, StoryStatus.RETRACTED))


class Story(models.Model):
    headline = models.CharField(max_length=300, help_text="The story's title as readers see it.")
    slug = models.SlugField(
        max_length=120, unique=True, help_text="The story's address: /stories/<slug>/."
    )
    dateline = models.DateField(
        db_index=True,
        help_text="The publication date every relative date in the story (“a year ago”) is resolved against.",
    )
    byline = models.CharField(max_length=200, blank=True, help_text="Who wrote the story.")
    body = models.TextField(help_text="The text exactly as filed. The system never rewrites it.")
    status = models.CharField(
        max_length=16, choices=StoryStatus.choices, default=StoryStatus.DRAFT, db_index=True
    )
    published_at = models.DateTimeField(null=True, blank=True, db_index=True)
    retracted_at = models.DateTimeField(null=True, blank=True)
    retraction_note = models.TextField(
        blank=True, help_text="Shown to readers instead of a retracted story's text."
    )
    version = models.PositiveIntegerField(
        default=1, help_text="Raised on every change; a stale edit is refused."
    )
    source_checksum = models.CharField(
        max_length=64,
        unique=True,
        null=True,
        blank=True,
        help_text="SHA-256 of the file the story was imported from; re-importing the same file changes nothing.",
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = StoryQuerySet.as_manager()

    class Meta:
        ordering = ["-dateline", "-id"]
        verbose_name_plural = "stories"
        permissions = [
            ("submit_story", "Can submit a story for checking"),
            ("set_verdict", "Can set verdicts on quotes, claims and sources"),
            ("publish_story", "Can publish a story"),
            ("correct_story", "Can correct a published story"),
            ("retract_story", "Can retract a published story"),
        ]
        constraints = [
            _status_constraint("story_status_valid", "status", StoryStatus),
            models.CheckConstraint(
                condition=~Q(status=StoryStatus.PUBLISHED) | Q(published_at__isnull=False),
                name="story_published_has_published_at",
            ),
            models.CheckConstraint(condition=~Q(slug=""), name="story_slug_not_empty"),
        ]
        indexes = [models.Index(fields=["status", "-published_at"], name="story_status_published")]

    def __str__(self) -> str:
        return self.headline

    def get_absolute_url(self) -> str:
        return reverse("stories:story_detail", kwargs={"slug": self.slug})

    @property
    def is_public(self) -> bool:
        return self.status in (StoryStatus.PUBLISHED, StoryStatus.RETRACTED)


class Correction(models.Model):
    """A dated public note on a published story: what was wrong and what changed."""

    story = models.ForeignKey(Story, on_delete=models.CASCADE, related_name="corrections")
    note = models.TextField(help_text="Public text: what was wrong and what changed.")
    corrected_at = models.DateTimeField(db_index=True)
    corrected_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["-corrected_at", "-id"]
        constraints = [
            models.CheckConstraint(condition=~Q(note=""), name="correction_note_not_empty")
        ]

    def __str__(self) -> str:
        return f"Correction to {self.story} on {self.corrected_at:%Y-%m-%d}"


class Person(models.Model):
    name = models.CharField(
        max_length=200, unique=True, help_text="Canonical name: the fullest form used."
    )
    slug = models.SlugField(max_length=120, unique=True)
    aliases = models.JSONField(
        default=list,
        blank=True,
        help_text="Other ways stories refer to them (“Teigen”, “the model”).",
    )
    birth_date = models.DateField(null=True, blank=True, help_text="Used by the age check.")
    birth_date_evidence = models.URLField(
        max_length=500,
        blank=True,
        help_text="Where the birth date comes from (public record, official bio).",
    )
    birth_date_note = models.CharField(max_length=300, blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "people"
        constraints = [models.CheckConstraint(condition=~Q(name=""), name="person_name_not_empty")]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("stories:person_detail", kwargs={"slug": self.slug})


class CheckableQuerySet(models.QuerySet):
    def verified(self):
        return self.filter(status=CheckStatus.VERIFIED)

    def open(self):
        return self.filter(status__in=OPEN_STATUSES)


class Checkable(models.Model):
    """What every checked entry shares: its verdict, the evidence, who decided and when."""

    status = models.CharField(
        max_length=16, choices=CheckStatus.choices, default=CheckStatus.UNCHECKED, db_index=True
    )
    verdict_note = models.TextField(
        blank=True, help_text="Why this verdict: what the evidence shows."
    )
    evidence_url = models.URLField(
        max_length=500, blank=True, help_text="The evidence the verdict rests on."
    )
    checked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    checked_at = models.DateTimeField(null=True, blank=True)
    version = models.PositiveIntegerField(
        default=1, help_text="Raised on every change; a stale edit is refused."
    )

    objects = CheckableQuerySet.as_manager()

    class Meta:
        abstract = True

    @property
    def entry_type(self) -> str:
        return self._meta.model_name


class SourceKind(models.TextChoices):
    POST = "post", "Social media post"
    ESSAY = "essay", "Essay"
    INTERVIEW = "interview", "Interview"
    STATEMENT = "statement", "Statement"
    PRESS_RELEASE = "press_release", "Press release"
    OTHER = "other", "Other"


class Source(Checkable):
    """Where a statement was made: a post, an essay, an interview, a press release."""

    story = models.ForeignKey(Story, on_delete=models.CASCADE, related_name="sources")
    label = models.CharField(
        max_length=20, blank=True, help_text="The extractor's id in the story (P1, P2…)."
    )
    kind = models.CharField(max_length=16, choices=SourceKind.choices, default=SourceKind.POST)
    platform = models.CharField(
        max_length=100, blank=True, db_index=True, help_text="Instagram, Medium, X…"
    )
    author = models.ForeignKey(
        Person, null=True, blank=True, on_delete=models.SET_NULL, related_name="sources"
    )
    date = models.DateField(
        null=True, blank=True, db_index=True, help_text="First day of the period when not exact."
    )
    date_precision = models.CharField(
        max_length=8,
        choices=DatePrecision.choices,
        blank=True,
        help_text="How much of the date is known.",
    )
    description = models.TextField(
        blank=True, help_text="What it showed (“a photo of her sitting in a closet”)."
    )
    reported_text = models.TextField(
        blank=True, help_text="The sentence of the story that reports it."
    )
    url = models.URLField(max_length=500, blank=True)
    archived_url = models.URLField(max_length=500, blank=True)
    captured_text = models.TextField(
        blank=True, help_text="The source's own text, when captured; quotes are checked against it."
    )

    class Meta:
        ordering = ["story", "id"]
        constraints = [
            _status_constraint("source_status_valid", "status", CheckStatus),
            _status_constraint("source_kind_valid", "kind", SourceKind),
            models.CheckConstraint(
                condition=Q(date__isnull=True, date_precision="")
                | Q(date__isnull=False, date_precision__in=DatePrecision.values),
                name="source_date_has_precision",
            ),
        ]

    def __str__(self) -> str:
        who = self.author.name if self.author_id else "unknown author"
        where = self.platform or self.get_kind_display()
        return (
            f"{where} post by {who}"
            if self.kind == SourceKind.POST
            else f"{where} {self.get_kind_display().lower()} by {who}"
        )

    @property
    def date_display(self) -> str:
        if not self.date:
            return ""
        if self.date_precision == DatePrecision.YEAR:
            return f"{self.date:%Y}"
        if self.date_precision == DatePrecision.MONTH:
            return f"{self.date:%Y-%m}"
        return self.date.isoformat()


class Span(models.Model):
    """An exact stretch of the story body: ``story.body[start:end] == text`` (checked by the services)."""

    text = models.TextField()
    start = models.PositiveIntegerField()
    end = models.PositiveIntegerField()

    class Meta:
        abstract = True


class Quote(Checkable, Span):
    story = models.ForeignKey(Story, on_delete=models.CASCADE, related_name="quotes")
    speaker = models.ForeignKey(
        Person, null=True, blank=True, on_delete=models.SET_NULL, related_name="quotes"
    )
    source = models.ForeignKey(
        Source, null=True, blank=True, on_delete=models.SET_NULL, related_name="quotes"
    )
    is_fragment = models.BooleanField(
        default=False, help_text="A few words quoted inside narration (“daily reminder”)."
    )

    class Meta:
        ordering = ["story", "start", "id"]
        constraints = [
            _status_constraint("quote_status_valid", "status", CheckStatus),
            models.CheckConstraint(
                condition=Q(start__gte=0) & Q(start__lt=models.F("end")), name="quote_span_valid"
            ),
            models.UniqueConstraint(fields=["story", "start", "end"], name="quote_span_unique"),
        ]

    def __str__(self) -> str:
        words = self.text if len(self.text) <= 60 else self.text[:57] + "…"
        return f"“{words}”"


class ClaimKind(models.TextChoices):
    DATE = "date", "Date"
    AGE = "age", "Age"


class Claim(Checkable, Span):
    """A checkable fact that is not a quote: a date or an age, with its normalized value."""

    story = models.ForeignKey(Story, on_delete=models.CASCADE, related_name="claims")
    kind = models.CharField(max_length=16, choices=ClaimKind.choices, db_index=True)
    value = models.JSONField(
        null=True,
        blank=True,
        help_text="The normalized value: for a date its TIMEX3 type, value, mod and anchor; for an age the number.",
    )
    # The resolved calendar date of a date claim (first day of its period), for filtering by range.
    resolved_date = models.DateField(null=True, blank=True, db_index=True)
    subject = models.ForeignKey(
        Person, null=True, blank=True, on_delete=models.SET_NULL, related_name="claims"
    )
    source = models.ForeignKey(
        Source, null=True, blank=True, on_delete=models.SET_NULL, related_name="claims"
    )
    machine_check = models.JSONField(
        null=True,
        blank=True,
        help_text="The machine check's computed answer; it never sets a verdict by itself.",
    )

    class Meta:
        ordering = ["story", "start", "id"]
        constraints = [
            _status_constraint("claim_status_valid", "status", CheckStatus),
            _status_constraint("claim_kind_valid", "kind", ClaimKind),
            models.CheckConstraint(
                condition=Q(start__gte=0) & Q(start__lt=models.F("end")), name="claim_span_valid"
            ),
            models.UniqueConstraint(
                fields=["story", "kind", "start", "end"], name="claim_span_unique"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.text}"

    @property
    def value_display(self) -> str:
        if self.value is None:
            return "unresolved"
        if self.kind == ClaimKind.AGE:
            return str(self.value.get("age") if isinstance(self.value, dict) else self.value)
        if isinstance(self.value, dict):
            shown = self.value.get("value") or "unresolved"
            if self.value.get("mod"):
                shown += f" ({self.value['mod'].lower()})"
            return shown
        return str(self.value)


class EntryType(models.TextChoices):
    STORY = "story", "Story"
    SOURCE = "source", "Source"
    QUOTE = "quote", "Quote"
    CLAIM = "claim", "Claim"


class CheckEvent(models.Model):
    """One status change of one entry or of a story: append-only, never edited, never deleted.

    Entry events carry check statuses; story events (submit, publish, correct,
    retract) carry story statuses. A story with a check log cannot be deleted.
    """

    story = models.ForeignKey(Story, on_delete=models.PROTECT, related_name="check_events")
    entry_type = models.CharField(max_length=8, choices=EntryType.choices)
    entry_id = models.PositiveBigIntegerField()
    from_status = models.CharField(max_length=16)
    to_status = models.CharField(max_length=16)
    note = models.TextField(blank=True)
    evidence_url = models.URLField(max_length=500, blank=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(db_index=True)

    class Meta:
        ordering = ["created_at", "id"]
        indexes = [models.Index(fields=["entry_type", "entry_id"], name="checkevent_entry")]
        constraints = [
            models.CheckConstraint(
                condition=(
                    Q(
                        entry_type=EntryType.STORY,
                        from_status__in=StoryStatus.values,
                        to_status__in=StoryStatus.values,
                    )
                    | Q(
                        entry_type__in=(EntryType.SOURCE, EntryType.QUOTE, EntryType.CLAIM),
                        from_status__in=CheckStatus.values,
                        to_status__in=CheckStatus.values,
                    )
                ),
                name="checkevent_statuses_valid",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.entry_type} {self.entry_id}: {self.from_status} → {self.to_status}"

    def save(self, *args, **kwargs):
        if self.pk is not None and not kwargs.get("force_insert"):
            raise ValueError("CheckEvent rows are append-only: they cannot be changed.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise ValueError("CheckEvent rows are append-only: they cannot be deleted.")
