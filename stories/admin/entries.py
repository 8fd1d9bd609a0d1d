"""Admin pages for people, sources, quotes, claims, corrections and the read-only check log.

Verdicts are set on the story's check page; these pages show an entry's
context and edit only reference data (birth dates, source dates, captured
text). Re-attributing a quote goes through ``services.quote_reattribute``.
Nobody, superusers included, may add, change or delete a CheckEvent here.
"""

from __future__ import annotations

from django import forms
from django.contrib import admin, messages
from django.db import models
from django.http import HttpResponseRedirect
from django.urls import reverse
from django.utils.html import format_html, format_html_join

from stories import services
from stories.cache import invalidate_person
from stories.models import CheckEvent, Claim, Correction, Person, Quote, Source

from .story import check_page_url
from .workspace import entry_key

CHECK_FIELDS = ["status", "verdict_note", "evidence_url", "checked_by", "checked_at", "version"]


def _status(obj) -> str:
    return format_html('<span class="badge st-{}">{}</span>', obj.status, obj.get_status_display())


# Evidence addresses typed without a scheme are taken as https, not http.
URL_FIELDS = {models.URLField: {"assume_scheme": "https"}}


class EntryAdmin(admin.ModelAdmin):
    """Shared by sources, quotes and claims: the verdict fields are read-only here."""

    formfield_overrides = URL_FIELDS
    list_select_related = ["story"]
    list_filter = ["status"]

    class Media:
        css = {"all": ["newsroom/admin.css"]}

    @admin.display(description="Status", ordering="status")
    def status_badge(self, obj) -> str:
        return _status(obj)

    @admin.display(description="Check page")
    def check_link(self, obj) -> str:
        if not obj.pk:
            return "—"
        return format_html(
            '<a class="button" href="{}">Open on the check page</a>',
            check_page_url(obj.story_id, entry_key(obj)),
        )

    def has_add_permission(self, request):
        return False


@admin.register(Person)
class PersonAdmin(admin.ModelAdmin):
    formfield_overrides = URL_FIELDS
    list_display = ["name", "birth_date", "birth_evidence"]
    search_fields = ["name", "aliases"]
    fields = [
        "name",
        "slug",
        "aliases",
        "birth_date",
        "birth_date_evidence",
        "birth_date_note",
        "appearances",
    ]
    readonly_fields = ["appearances"]
    prepopulated_fields = {"slug": ["name"]}

    class Media:
        css = {"all": ["newsroom/admin.css"]}

    def get_readonly_fields(self, request, obj=None):
        # A person's slug is their public address (/people/<slug>/): fixed once they exist.
        return [*self.readonly_fields, "slug"] if obj is not None else self.readonly_fields

    def get_prepopulated_fields(self, request, obj=None):
        return {} if obj is not None else self.prepopulated_fields

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        if change and "name" in form.changed_data:
            invalidate_person(obj)  # public pages and API answers name them

    @admin.display(description="Evidence")
    def birth_evidence(self, obj: Person) -> str:
        if not obj.birth_date_evidence.lower().startswith(("http://", "https://")):
            return obj.birth_date_evidence or "—"
        return format_html('<a href="{}" rel="noopener">{}</a>', obj.birth_date_evidence, "source")

    @admin.display(description="Claims and quotes across stories")
    def appearances(self, obj: Person) -> str:
        if not obj.pk:
            return "—"
        claims = (
            Claim.objects.filter(subject=obj)
            .select_related("story")
            .order_by("-story__dateline", "start")
        )
        quotes = (
            Quote.objects.filter(speaker=obj)
            .select_related("story", "source")
            .order_by("-story__dateline", "start")
        )
        rows = [
            (
                c.story.dateline.isoformat(),
                check_page_url(c.story_id, entry_key(c)),
                c.story.headline,
                f"{c.get_kind_display()} claim about them",
                c.text,
                c.status,
                c.get_status_display(),
            )
            for c in claims
        ] + [
            (
                q.story.dateline.isoformat(),
                check_page_url(q.story_id, entry_key(q)),
                q.story.headline,
                "Quote by them"
                + (f" ({q.source.platform})" if q.source_id and q.source.platform else ""),
                q.text,
                q.status,
                q.get_status_display(),
            )
            for q in quotes
        ]
        if not rows:
            return "None yet."
        rows.sort(key=lambda r: r[0], reverse=True)
        body = format_html_join(
            "",
            '<tr><td>{}</td><td><a href="{}">{}</a></td><td>{}</td><td>“{}”</td>'
            '<td><span class="badge st-{}">{}</span></td></tr>',
            rows,
        )
        return format_html(
            '<table class="appearances"><thead><tr><th>Dateline</th><th>Story</th><th>What</th>'
            "<th>Text</th><th>Status</th></tr></thead><tbody>{}</tbody></table>",
            body,
        )


class SourceForm(forms.ModelForm):
    loaded_version = forms.IntegerField(widget=forms.HiddenInput)
    url = forms.URLField(max_length=500, required=False, assume_scheme="https")
    archived_url = forms.URLField(max_length=500, required=False, assume_scheme="https")

    class Meta:
        model = Source
        fields = list(services.SOURCE_REFERENCE_FIELDS)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["loaded_version"].initial = self.instance.version


@admin.register(Source)
class SourceAdmin(EntryAdmin):
    form = SourceForm
    list_display = ["__str__", "label", "story", "date", "status_badge"]
    list_filter = ["status", "kind", "platform"]
    search_fields = ["author__name", "platform", "description", "story__headline"]
    list_select_related = ["story", "author"]
    fieldsets = [
        (
            None,
            {
                "fields": [
                    "story",
                    "label",
                    "kind",
                    "platform",
                    "author",
                    "date",
                    "date_precision",
                    "loaded_version",
                ]
            },
        ),
        (
            "What it says",
            {"fields": ["description", "reported_text", "url", "archived_url", "captured_text"]},
        ),
        ("Its own check", {"fields": [*CHECK_FIELDS, "check_link"]}),
        ("Quotes from it", {"fields": ["quotes_from_it"]}),
    ]
    readonly_fields = ["story", "reported_text", *CHECK_FIELDS, "check_link", "quotes_from_it"]

    def save_model(self, request, obj, form, change):
        """Edits go through services.source_update: logged, stale-checked, and the source is re-checked."""
        edited = [f for f in form.changed_data if f in services.SOURCE_REFERENCE_FIELDS]
        if not edited:
            return
        try:
            services.source_update(
                source=Source.objects.get(pk=obj.pk),
                user=request.user,
                expected_version=form.cleaned_data["loaded_version"],
                changes={f: form.cleaned_data[f] for f in edited},
            )
        except services.ServiceError as exc:
            request._newsroom_refused = str(exc)

    def save_related(self, request, form, formsets, change):
        """Nothing else to save."""

    def response_change(self, request, obj):
        refused = getattr(request, "_newsroom_refused", None)
        if refused:
            messages.error(request, refused)
            return HttpResponseRedirect(request.path)
        return super().response_change(request, obj)

    @admin.display(description="Quotes")
    def quotes_from_it(self, obj: Source) -> str:
        quotes = list(obj.quotes.select_related("speaker").order_by("start")) if obj.pk else []
        if not quotes:
            return "No quotes point to this source."
        return format_html(
            "<ul class='plain'>{}</ul>",
            format_html_join(
                "",
                '<li><a href="{}">“{}”</a> — {} <span class="badge st-{}">{}</span></li>',
                (
                    (
                        check_page_url(q.story_id, entry_key(q)),
                        q.text,
                        q.speaker.name if q.speaker_id else "unknown speaker",
                        q.status,
                        q.get_status_display(),
                    )
                    for q in quotes
                ),
            ),
        )


class QuoteForm(forms.ModelForm):
    loaded_version = forms.IntegerField(widget=forms.HiddenInput)

    class Meta:
        model = Quote
        fields = ["speaker", "source"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["loaded_version"].initial = self.instance.version
        # Only the sources of the quote's own story are candidates.
        self.fields["source"].queryset = Source.objects.filter(
            story_id=self.instance.story_id
        ).select_related("author")
        self.fields[
            "speaker"
        ].help_text = "Re-attributing sends the quote back to unchecked and is logged."


@admin.register(Quote)
class QuoteAdmin(EntryAdmin):
    form = QuoteForm
    list_display = ["__str__", "speaker", "story", "status_badge"]
    list_select_related = ["story", "speaker"]
    search_fields = ["text", "speaker__name", "story__headline"]
    fields = [
        "story",
        "text",
        "is_fragment",
        "speaker",
        "source",
        "loaded_version",
        *CHECK_FIELDS,
        "check_link",
    ]
    readonly_fields = ["story", "text", "is_fragment", *CHECK_FIELDS, "check_link"]
    autocomplete_fields = ["speaker"]

    def save_model(self, request, obj, form, change):
        data = form.cleaned_data
        try:
            services.quote_reattribute(
                quote=Quote.objects.get(pk=obj.pk),
                user=request.user,
                expected_version=data["loaded_version"],
                speaker=data.get("speaker"),
                source=data.get("source"),
            )
        except services.ServiceError as exc:
            request._newsroom_refused = str(exc)

    def save_related(self, request, form, formsets, change):
        """Nothing else to save."""

    def response_change(self, request, obj):
        refused = getattr(request, "_newsroom_refused", None)
        if refused:
            messages.error(request, refused)
            return HttpResponseRedirect(request.path)
        messages.success(request, f"Re-attributed {obj}; it is back to unchecked.")
        return HttpResponseRedirect(reverse("admin:stories_quote_change", args=[obj.pk]))


@admin.register(Claim)
class ClaimAdmin(EntryAdmin):
    """Read-only: a claim's verdict is set on the check page, through the services."""

    list_display = ["__str__", "kind", "subject", "story", "status_badge"]
    list_filter = ["status", "kind"]
    list_select_related = ["story", "subject"]
    search_fields = ["text", "subject__name", "story__headline"]
    fields = [
        "story",
        "kind",
        "text",
        "value",
        "resolved_date",
        "subject",
        "source",
        *CHECK_FIELDS,
        "check_link",
    ]
    readonly_fields = fields

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(Correction)
class CorrectionAdmin(admin.ModelAdmin):
    """Corrections are added through the story's check page (services.story_correct)."""

    list_display = ["story", "corrected_at", "corrected_by", "note"]
    list_select_related = ["story", "corrected_by"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(CheckEvent)
class CheckEventAdmin(admin.ModelAdmin):
    formfield_overrides = URL_FIELDS
    list_display = [
        "created_at",
        "story",
        "entry_type",
        "entry_id",
        "from_status",
        "to_status",
        "actor",
    ]
    list_filter = ["entry_type", "to_status"]
    list_select_related = ["story", "actor"]
    date_hierarchy = "created_at"

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
