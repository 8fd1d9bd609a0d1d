"""JSON shapes of the API: read-only public serializers and the newsroom's write serializers.

Serializers only translate: what rows and links are public is decided by the
selectors (``public_source_id``, ``public_body``, ``checker_role`` are
annotations made there). They never expose staff names or emails, nor a
person's birth date.
"""

from __future__ import annotations

from django.urls import reverse
from rest_framework import serializers

from ..models import CheckStatus, ClaimKind, DatePrecision, SourceKind, StoryStatus


class FastReadSerializer(serializers.Serializer):
    """A read-only serializer that walks its fields with a plan made once per serializer.

    Same output as DRF's ``to_representation`` (each field's own conversion for
    dates, nested serializers and method fields) without DRF's per-field
    attribute lookups and checks, which cost more than the query on a list page.
    """

    _SIMPLE = (serializers.CharField, serializers.ChoiceField, serializers.SlugField)

    def _plan(self):
        plan = getattr(self, "_fast_plan", None)
        if plan is None:
            plan = []
            for name, field in self.fields.items():
                if isinstance(field, serializers.SerializerMethodField):
                    plan.append((name, (), getattr(self, field.method_name), True))
                    continue
                attrs = tuple(field.source.split(".")) if field.source != "*" else ()
                convert = None if isinstance(field, self._SIMPLE) else field.to_representation
                plan.append((name, attrs, convert, False))
            self._fast_plan = plan
        return plan

    def to_representation(self, instance):
        out = {}
        for name, attrs, convert, whole in self._plan():
            if whole:
                out[name] = convert(instance)
                continue
            value = instance
            for attr in attrs:
                value = getattr(value, attr)
                if value is None:
                    break
            out[name] = value if value is None or convert is None else convert(value)
        return out

    def slug_url(self, name: str, slug: str) -> str:
        """``reverse(name, slug=slug)``, reversed once per serializer: per row it costs more
        than the row's query. Slugs need no quoting."""
        templates = self.__dict__.setdefault("_url_templates", {})
        if name not in templates:
            templates[name] = reverse(name, kwargs={"slug": "__slug__"})
        return templates[name].replace("__slug__", slug)


PUBLIC_STORY_STATUSES = [StoryStatus.PUBLISHED.value, StoryStatus.RETRACTED.value]


class PersonRefSerializer(FastReadSerializer):
    name = serializers.CharField(read_only=True)
    slug = serializers.SlugField(read_only=True)


class PersonSerializer(PersonRefSerializer):
    page_url = serializers.SerializerMethodField(help_text="The person's public page.")

    def get_page_url(self, person) -> str:
        return self.slug_url("stories:person_detail", person.slug)


class CheckedSerializer(FastReadSerializer):
    """What every verified entry shows about its check: never who, only which role."""

    verdict_note = serializers.CharField(read_only=True, help_text="Why it was verified.")
    evidence_url = serializers.CharField(read_only=True, help_text="The evidence, when linked.")
    checked_at = serializers.DateTimeField(read_only=True, allow_null=True)
    checked_by_role = serializers.ChoiceField(
        source="checker_role",
        choices=["editor", "fact-checker", "reporter"],
        read_only=True,
        allow_null=True,
        help_text="The newsroom role of whoever verified it.",
    )


class QuoteSerializer(CheckedSerializer):
    id = serializers.IntegerField(read_only=True)
    story = serializers.SlugField(source="story.slug", read_only=True)
    text = serializers.CharField(read_only=True, help_text="The words inside the quotation marks.")
    start = serializers.IntegerField(read_only=True, help_text="Offset in the story body.")
    end = serializers.IntegerField(read_only=True)
    is_fragment = serializers.BooleanField(read_only=True)
    speaker = PersonRefSerializer(read_only=True, allow_null=True)
    source = serializers.IntegerField(
        source="public_source_id",
        read_only=True,
        allow_null=True,
        help_text="Id of the verified source it comes from (null when none is verified).",
    )


class ClaimSerializer(CheckedSerializer):
    id = serializers.IntegerField(read_only=True)
    story = serializers.SlugField(source="story.slug", read_only=True)
    kind = serializers.ChoiceField(choices=ClaimKind.choices, read_only=True)
    text = serializers.CharField(read_only=True)
    start = serializers.IntegerField(read_only=True)
    end = serializers.IntegerField(read_only=True)
    value = serializers.JSONField(
        read_only=True,
        allow_null=True,
        help_text="For a date: TIMEX3 type, value, mod, anchor; for an age: {age}.",
    )
    resolved_date = serializers.DateField(read_only=True, allow_null=True)
    subject = PersonRefSerializer(read_only=True, allow_null=True)
    source = serializers.IntegerField(source="public_source_id", read_only=True, allow_null=True)


class SourceSerializer(CheckedSerializer):
    id = serializers.IntegerField(read_only=True)
    story = serializers.SlugField(source="story.slug", read_only=True)
    label = serializers.CharField(read_only=True)
    kind = serializers.ChoiceField(choices=SourceKind.choices, read_only=True)
    platform = serializers.CharField(read_only=True)
    author = PersonRefSerializer(read_only=True, allow_null=True)
    date = serializers.DateField(read_only=True, allow_null=True)
    date_precision = serializers.ChoiceField(
        choices=[("", "unknown"), *DatePrecision.choices], read_only=True
    )
    description = serializers.CharField(read_only=True)
    reported_text = serializers.CharField(read_only=True)
    url = serializers.CharField(read_only=True)
    archived_url = serializers.CharField(read_only=True)
    captured_text = serializers.CharField(read_only=True)


class CorrectionSerializer(FastReadSerializer):
    note = serializers.CharField(read_only=True)
    corrected_at = serializers.DateTimeField(read_only=True)


class StoryListSerializer(FastReadSerializer):
    slug = serializers.SlugField(read_only=True)
    url = serializers.SerializerMethodField(help_text="This story in the API.")
    page_url = serializers.SerializerMethodField(help_text="The story's public page.")
    headline = serializers.CharField(read_only=True)
    byline = serializers.CharField(read_only=True)
    dateline = serializers.DateField(read_only=True)
    status = serializers.ChoiceField(
        choices=PUBLIC_STORY_STATUSES,
        read_only=True,
        help_text="`retracted`: only the retraction notice is public.",
    )
    published_at = serializers.DateTimeField(read_only=True, allow_null=True)
    retracted_at = serializers.DateTimeField(read_only=True, allow_null=True)
    retraction_note = serializers.CharField(read_only=True)

    def get_url(self, story) -> str:
        return self.slug_url("api:story-detail", story.slug)

    def get_page_url(self, story) -> str:
        return self.slug_url("stories:story_detail", story.slug)


class StoryDetailSerializer(StoryListSerializer):
    body = serializers.CharField(
        source="public_body",
        read_only=True,
        allow_null=True,
        help_text="The story as filed; null for a retracted story.",
    )
    corrections = CorrectionSerializer(source="public_corrections", many=True, read_only=True)
    quotes = QuoteSerializer(source="public_quotes", many=True, read_only=True)
    claims = ClaimSerializer(source="public_claims", many=True, read_only=True)
    sources = SourceSerializer(source="public_sources", many=True, read_only=True)
    people = serializers.SerializerMethodField(
        help_text="Everyone named by the verified entries above."
    )

    def get_people(self, story) -> list[dict[str, str]]:
        found = {}
        for entry, attr in (
            *((q, "speaker") for q in story.public_quotes),
            *((c, "subject") for c in story.public_claims),
            *((s, "author") for s in story.public_sources),
        ):
            person = getattr(entry, attr)
            if person is not None:
                found[person.slug] = {"name": person.name, "slug": person.slug}
        return sorted(found.values(), key=lambda p: p["name"])


# ---------------------------------------------------------------------------
# Newsroom (authenticated) API


class StrictCharField(serializers.CharField):
    """A JSON string and nothing else (DRF would turn 42 into "42")."""

    default_error_messages = {"not_a_string": "Must be a string."}

    def to_internal_value(self, data):
        if not isinstance(data, str):
            self.fail("not_a_string")
        return super().to_internal_value(data)


class StrictIntegerField(serializers.IntegerField):
    """A JSON integer and nothing else (DRF would accept "3" and 3.0)."""

    def to_internal_value(self, data):
        if isinstance(data, bool) or not isinstance(data, int):
            self.fail("invalid")
        return super().to_internal_value(data)


class StrictURLField(StrictCharField, serializers.URLField):
    pass


class StrictDateField(serializers.DateField):
    def to_internal_value(self, data):
        if not isinstance(data, str):
            self.fail("invalid", format="YYYY-MM-DD")
        return super().to_internal_value(data)


VERDICT_CHOICES = [
    CheckStatus.IN_PROGRESS.value,
    CheckStatus.VERIFIED.value,
    CheckStatus.INCORRECT.value,
    CheckStatus.UNVERIFIABLE.value,
    CheckStatus.UNCHECKED.value,
]


class StorySubmitSerializer(serializers.Serializer):
    text = StrictCharField(
        trim_whitespace=False,
        help_text="The story file's text; may start with the header ' date YYYY-MM-DD '.",
    )
    dateline = StrictDateField(
        required=False, help_text="The dateline, when the text has no header."
    )
    headline = StrictCharField(
        required=False, max_length=300, help_text="Default: the first sentence."
    )
    byline = StrictCharField(required=False, allow_blank=True, max_length=200, default="")


class VerdictSerializer(serializers.Serializer):
    status = serializers.ChoiceField(choices=VERDICT_CHOICES)
    version = StrictIntegerField(
        min_value=1,
        max_value=2**31 - 1,
        help_text="The entry's version you decided on; a stale one is refused with 409.",
    )
    note = StrictCharField(required=False, allow_blank=True, default="", max_length=10_000)
    evidence_url = StrictURLField(required=False, allow_blank=True, default="", max_length=500)


class NewsroomEntrySerializer(serializers.Serializer):
    """An entry of any status, for newsroom staff."""

    type = serializers.CharField(source="entry_type", read_only=True)
    id = serializers.IntegerField(read_only=True)
    status = serializers.ChoiceField(choices=CheckStatus.choices, read_only=True)
    version = serializers.IntegerField(read_only=True)
    text = serializers.SerializerMethodField()
    start = serializers.IntegerField(read_only=True, default=None, allow_null=True)
    end = serializers.IntegerField(read_only=True, default=None, allow_null=True)
    kind = serializers.SerializerMethodField(
        help_text="A claim's kind, a source's kind, or `quote`."
    )
    verdict_note = serializers.CharField(read_only=True)
    evidence_url = serializers.CharField(read_only=True)
    checked_at = serializers.DateTimeField(read_only=True, allow_null=True)

    def get_text(self, entry) -> str:
        # A source has no span: its text is the sentence that reports it.
        return getattr(entry, "text", None) or getattr(entry, "reported_text", "")

    def get_kind(self, entry) -> str:
        return getattr(entry, "kind", "quote")


class NewsroomStorySerializer(serializers.Serializer):
    id = serializers.IntegerField(read_only=True)
    slug = serializers.SlugField(read_only=True)
    headline = serializers.CharField(read_only=True)
    dateline = serializers.DateField(read_only=True)
    status = serializers.ChoiceField(choices=StoryStatus.choices, read_only=True)
    version = serializers.IntegerField(read_only=True)
    created = serializers.BooleanField(
        read_only=True, help_text="False when the same file was filed before."
    )
    sources = NewsroomEntrySerializer(many=True, read_only=True)
    quotes = NewsroomEntrySerializer(many=True, read_only=True)
    claims = NewsroomEntrySerializer(many=True, read_only=True)
