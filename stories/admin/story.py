"""The story list and the story check page: the fact-checker's main screen.

Thin: every state change goes through ``stories.services`` (verdicts,
evidence, submit, publish, correct, retract); this module only turns form
posts into service calls and service errors into messages. Reads go through
``workspace.story_workspace`` (fixed query count).
"""

from __future__ import annotations

from collections import Counter, defaultdict

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.helpers import ActionForm
from django.contrib.admin.views.main import ChangeList
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.validators import URLValidator
from django.db.models import Count, Exists, OuterRef, Q
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe

from stories import permissions, services
from stories.models import (
    CheckEvent,
    CheckStatus,
    Claim,
    EntryType,
    Quote,
    Source,
    Story,
    StoryStatus,
)
from stories.search import story_search

from .workspace import ENTRY_MODELS, entry_key, status_counts, story_workspace

VERDICT_BUTTONS = [
    (CheckStatus.VERIFIED, "Verified"),
    (CheckStatus.INCORRECT, "Incorrect"),
    (CheckStatus.UNVERIFIABLE, "Unverifiable"),
    (CheckStatus.IN_PROGRESS, "In progress"),
]
ENTRY_MODEL_LIST = (Source, Quote, Claim)
# Evidence is a web page a reader can open: nothing else becomes a link on the page.
EVIDENCE_URL = URLValidator(schemes=["http", "https"])


def stale_message(entry, kind: str) -> str | None:
    """Who changed an entry last, when and to what, from its check log (covers evidence-only edits too)."""
    last = (
        CheckEvent.objects.filter(entry_type=kind, entry_id=entry.pk)
        .select_related("actor")
        .order_by("-created_at", "-id")
        .first()
    )
    if last is None:
        return None
    who = (last.actor.get_full_name() or last.actor.get_username()) if last.actor else "someone"
    when = timezone.localtime(last.created_at).strftime("%Y-%m-%d %H:%M")
    change = (
        f"set it to “{CheckStatus(last.to_status).label}”"
        if last.from_status != last.to_status
        else "changed its evidence"
    )
    said = f" (“{last.note}”)" if last.note else ""
    return (
        f"Not saved: {who} {change}{said} at {when}, after you loaded the page. "
        "Their change is shown below and what you typed is kept: decide again."
    )


def check_page_url(story_id: int, key: str | None = None) -> str:
    url = reverse("admin:stories_story_check", args=[story_id])
    return f"{url}#entry-{key}" if key else url


def open_entries_html(story: Story, entries) -> str:
    """Links to each open entry's row on the check page (escaped)."""
    return format_html_join(
        "",
        '<li><a href="{}">{} {}</a> ({})</li>',
        (
            (
                check_page_url(story.pk, entry_key(e)),
                e._meta.verbose_name,
                str(e),
                e.get_status_display().lower(),
            )
            for e in entries
        ),
    )


class StoryChangeList(ChangeList):
    """The story list, with each shown story's entry counts read in three grouped queries."""

    def get_results(self, request):
        super().get_results(request)
        stories = list(self.result_list)  # evaluates (and caches) the page once
        by_story: dict[int, list[str]] = defaultdict(list)
        per_kind: dict[int, Counter] = defaultdict(Counter)
        for model in ENTRY_MODEL_LIST:
            rows = (
                model.objects.filter(story_id__in=[s.pk for s in stories])
                .order_by()
                .values_list("story_id", "status")
                .annotate(n=Count("pk"))
            )
            for story_id, status, n in rows:
                by_story[story_id].extend([status] * n)
                per_kind[story_id][model._meta.model_name] += n
        for story in stories:
            story.entry_counts = status_counts(by_story.get(story.pk, []))
            story.kind_counts = per_kind.get(story.pk, Counter())


class HasIncorrectFilter(admin.SimpleListFilter):
    title = "incorrect entries"
    parameter_name = "has_incorrect"

    def lookups(self, request, model_admin):
        return [("yes", "Has incorrect entries"), ("no", "No incorrect entries")]

    def queryset(self, request, queryset):
        any_incorrect = Q()
        for model in ENTRY_MODEL_LIST:
            any_incorrect |= Exists(
                model.objects.filter(story=OuterRef("pk"), status=CheckStatus.INCORRECT)
            )
        if self.value() == "yes":
            return queryset.filter(any_incorrect)
        if self.value() == "no":
            return queryset.exclude(any_incorrect)
        return queryset


class CheckerFilter(admin.SimpleListFilter):
    """Stories a given person set verdicts on (from the check log)."""

    title = "checker"
    parameter_name = "checker"

    def lookups(self, request, model_admin):
        actors = CheckEvent.objects.exclude(entry_type=EntryType.STORY).values("actor")
        users = get_user_model().objects.filter(pk__in=actors).order_by("username")
        return [(str(u.pk), u.get_full_name() or u.get_username()) for u in users]

    def queryset(self, request, queryset):
        if not self.value() or not self.value().isdigit():
            return queryset
        return queryset.filter(
            Exists(
                CheckEvent.objects.filter(story=OuterRef("pk"), actor_id=int(self.value())).exclude(
                    entry_type=EntryType.STORY
                )
            )
        )


class NoteActionForm(ActionForm):
    note = forms.CharField(
        required=False,
        label="Note",
        widget=forms.TextInput(attrs={"placeholder": "Note for correct / retract", "size": 40}),
    )


class StoryForm(forms.ModelForm):
    loaded_version = forms.IntegerField(
        widget=forms.HiddenInput, required=False
    )  # absent when adding

    class Meta:
        model = Story
        fields = ["headline", "byline", "dateline", "body"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            # Editing: the version the page was loaded with decides whether the edit is stale.
            self.fields["loaded_version"].initial = self.instance.version
            self.fields["loaded_version"].required = True


@admin.register(Story)
class StoryAdmin(admin.ModelAdmin):
    form = StoryForm
    action_form = NoteActionForm
    list_display = ["headline_link", "dateline", "status_badge", "byline", "progress", "kinds"]
    list_filter = [
        "status",
        ("dateline", admin.DateFieldListFilter),
        CheckerFilter,
        HasIncorrectFilter,
    ]
    date_hierarchy = "dateline"
    search_fields = [
        "headline",
        "body",
        "quotes__speaker__name",
        "claims__subject__name",
        "sources__author__name",
    ]
    list_per_page = 50
    actions = ["submit_selected", "publish_selected", "correct_selected", "retract_selected"]
    change_form_template = "admin/stories/story/change_form.html"

    class Media:
        css = {"all": ["newsroom/admin.css"]}

    # -- list ---------------------------------------------------------------

    def get_changelist(self, request, **kwargs):
        return StoryChangeList

    def get_search_results(self, request, queryset, search_term):
        """Full-text search (stories.search): headline, body, people's names and aliases."""
        if not search_term.strip():
            return queryset, False
        matching = story_search(Story.objects.all(), search_term).values("pk")
        return queryset.filter(pk__in=matching), False

    @admin.display(description="Headline", ordering="headline")
    def headline_link(self, obj: Story) -> str:
        return format_html(
            '<a class="story-link" href="{}">{}</a>', check_page_url(obj.pk), obj.headline
        )

    @admin.display(description="Status", ordering="status")
    def status_badge(self, obj: Story) -> str:
        return format_html(
            '<span class="badge story-{}">{}</span>', obj.status, obj.get_status_display()
        )

    @admin.display(description="Checks")
    def progress(self, obj: Story) -> str:
        return progress_html(getattr(obj, "entry_counts", None) or status_counts([]))

    @admin.display(description="Entries")
    def kinds(self, obj: Story) -> str:
        per_kind = getattr(obj, "kind_counts", {})
        return format_html_join(
            " · ",
            '<span class="kind-count">{} {}{}</span>',
            (
                (per_kind.get(k, 0), k, "" if per_kind.get(k, 0) == 1 else "s")
                for k in ("quote", "claim", "source")
            ),
        )

    # -- bulk actions (each through the services) ----------------------------

    def has_publish_permission(self, request) -> bool:
        return request.user.has_perm("stories.publish_story")

    def has_submit_permission(self, request) -> bool:
        return request.user.has_perm("stories.submit_story")

    def has_correct_permission(self, request) -> bool:
        return request.user.has_perm("stories.correct_story")

    def has_retract_permission(self, request) -> bool:
        return request.user.has_perm("stories.retract_story")

    @admin.action(description="Submit selected stories for checking", permissions=["submit"])
    def submit_selected(self, request, queryset):
        self._each(
            request,
            queryset,
            lambda s: services.story_submit(story=s, user=request.user),
            "submitted",
        )

    @admin.action(description="Publish selected stories", permissions=["publish"])
    def publish_selected(self, request, queryset):
        done, _ = [], []
        for story in queryset:
            try:
                services.story_publish(story=story, user=request.user)
                done.append(story)
            except services.PublishBlocked as exc:
                messages.error(
                    request,
                    format_html(
                        "“{}” was not published: still open:<ul class='open-list'>{}</ul>",
                        story.headline,
                        open_entries_html(story, exc.open_entries[:20]),
                    ),
                )
            except services.ServiceError as exc:
                messages.error(request, str(exc))
        if done:
            messages.success(
                request, f"Published {len(done)} {'story' if len(done) == 1 else 'stories'}."
            )

    @admin.action(description="Correct selected stories (with the note)", permissions=["correct"])
    def correct_selected(self, request, queryset):
        note = request.POST.get("note", "")
        self._each(
            request,
            queryset,
            lambda s: services.story_correct(story=s, note=note, user=request.user),
            "corrected",
        )

    @admin.action(description="Retract selected stories (with the note)", permissions=["retract"])
    def retract_selected(self, request, queryset):
        note = request.POST.get("note", "")
        self._each(
            request,
            queryset,
            lambda s: services.story_retract(story=s, note=note, user=request.user),
            "retracted",
        )

    def _each(self, request, queryset, call, verb: str) -> None:
        n = 0
        for story in queryset:
            try:
                call(story)
                n += 1
            except services.ServiceError as exc:
                messages.error(request, f"“{story.headline}”: {exc}")
        if n:
            messages.success(request, f"{n} {'story' if n == 1 else 'stories'} {verb}.")

    # -- change form: edits through the services ------------------------------

    def get_readonly_fields(self, request, obj=None):
        if obj is None:
            return []
        return ["dateline", "body", "status", "published_at", "version", "check_log"]

    def get_fields(self, request, obj=None):
        if obj is None:
            return ["headline", "byline", "dateline", "body"]
        return [
            "headline",
            "byline",
            "dateline",
            "status",
            "published_at",
            "version",
            "body",
            "loaded_version",
            "check_log",
        ]

    @admin.display(description="Check log")
    def check_log(self, obj: Story) -> str:
        events = list(obj.check_events.select_related("actor")) if obj.pk else []
        if not events:
            return "Nothing decided yet."
        rows = format_html_join(
            "",
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{} → <b>{}</b></td><td>{}</td></tr>",
            (
                (
                    f"{e.created_at:%Y-%m-%d %H:%M}",
                    (e.actor.get_full_name() or e.actor.get_username()) if e.actor else "system",
                    f"{e.entry_type} {e.entry_id}",
                    e.from_status,
                    e.to_status,
                    e.note,
                )
                for e in events
            ),
        )
        return format_html(
            '<table class="check-log"><thead><tr><th>When</th><th>Who</th><th>What</th>'
            "<th>Change</th><th>Note</th></tr></thead><tbody>{}</tbody></table>"
            '<p><a href="{}">Open the check page</a></p>',
            rows,
            check_page_url(obj.pk),
        )

    def has_change_permission(self, request, obj=None):
        allowed = super().has_change_permission(request, obj)
        return allowed and (obj is None or permissions.can_edit_story(request.user, obj))

    def save_model(self, request, obj, form, change):
        data = form.cleaned_data
        if change:
            services.story_update(
                story=obj,
                user=request.user,
                expected_version=data["loaded_version"],
                headline=data["headline"],
                byline=data["byline"],
            )
            return
        result = services.story_import(
            data=data["body"],
            dateline=data["dateline"],
            headline=data["headline"],
            byline=data["byline"],
            user=request.user,
        )
        obj.pk = result.story.pk
        obj.headline = result.story.headline

    def save_related(self, request, form, formsets, change):
        """Nothing else to save: entries change only through the check page."""

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        try:
            return super().changeform_view(request, object_id, form_url, extra_context)
        except services.ServiceError as exc:
            messages.error(request, str(exc))
            return HttpResponseRedirect(request.path)

    def response_add(self, request, obj, post_url_continue=None):
        messages.success(request, f"Filed “{obj.headline}”. Check it here.")
        return HttpResponseRedirect(check_page_url(obj.pk))

    # -- the check page -----------------------------------------------------------

    def get_urls(self):
        return [
            path(
                "<int:object_id>/check/",
                self.admin_site.admin_view(self.check_view),
                name="stories_story_check",
            ),
            *super().get_urls(),
        ]

    def check_view(self, request: HttpRequest, object_id: int) -> HttpResponse:
        story = get_object_or_404(Story, pk=object_id)
        if not self.has_view_permission(request, story):
            raise PermissionDenied
        kept: dict[str, dict[str, str]] = {}
        status = 200
        blocked = None
        if request.method == "POST":
            if "story_op" in request.POST:
                outcome = self._story_post(request, story)
            else:
                outcome = self._entry_post(request, story, kept)
            if isinstance(outcome, HttpResponse):
                return outcome
            status, blocked = outcome
        return self._render_check_page(request, story, kept=kept, status=status, blocked=blocked)

    def _entry_post(self, request, story: Story, kept: dict) -> HttpResponse | tuple:
        key = request.POST.get("entry", "")
        kind, _, pk = key.partition("-")
        model = ENTRY_MODELS.get(kind)
        if model is None or not pk.isdigit():
            raise Http404("No such entry.")
        entry = get_object_or_404(model, pk=int(pk), story=story)
        op = request.POST.get("op", "")
        note = request.POST.get("note", "")
        evidence_url = request.POST.get("evidence_url", "")
        try:
            version = int(request.POST.get("version", ""))
        except ValueError:
            version = None
        try:
            if evidence_url.strip():
                try:
                    EVIDENCE_URL(evidence_url.strip())
                except ValidationError:
                    raise services.InvalidTransition(
                        "The evidence URL must be a web address starting with http:// or https://."
                    ) from None
            if op == "save_evidence":
                services.entry_update_evidence(
                    entry=entry,
                    user=request.user,
                    expected_version=version if version is not None else -1,
                    note=note,
                    evidence_url=evidence_url,
                )
                messages.success(
                    request, f"Saved the evidence for {entry._meta.verbose_name} {entry}."
                )
            else:
                updated = services.entry_set_status(
                    entry=entry,
                    to_status=op,
                    user=request.user,
                    expected_version=version if version is not None else -1,
                    note=note,
                    evidence_url=evidence_url,
                )
                messages.success(
                    request,
                    f"{entry._meta.verbose_name.capitalize()} {entry}: {updated.get_status_display().lower()}.",
                )
        except services.ServiceError as exc:
            message = str(exc)
            if isinstance(exc, services.StaleEdit):
                message = stale_message(entry, kind) or message
            messages.error(request, message)
            kept[key] = {"note": note, "evidence_url": evidence_url}
            code = (
                409
                if isinstance(exc, services.StaleEdit)
                else 403
                if isinstance(exc, services.NotAllowed)
                else 400
            )
            return code, None
        if request.GET.get("show") == "open":
            # Working through the queue: back to the open entries, the decided one gone.
            return HttpResponseRedirect(check_page_url(story.pk) + "?show=open")
        return HttpResponseRedirect(check_page_url(story.pk, key))

    def _story_post(self, request, story: Story) -> HttpResponse | tuple:
        op = request.POST.get("story_op", "")
        note = request.POST.get("story_note", "")
        try:
            version = int(request.POST.get("story_version", ""))
        except ValueError:
            version = None
        user = request.user
        calls = {
            "submit": lambda: services.story_submit(
                story=story, user=user, expected_version=version
            ),
            "to_draft": lambda: services.story_return_to_draft(
                story=story, user=user, note=note, expected_version=version
            ),
            "publish": lambda: services.story_publish(
                story=story, user=user, expected_version=version
            ),
            "correct": lambda: services.story_correct(
                story=story, note=note, user=user, expected_version=version
            ),
            "retract": lambda: services.story_retract(
                story=story, note=note, user=user, expected_version=version
            ),
        }
        done = {
            "submit": "submitted for checking",
            "to_draft": "sent back to draft",
            "publish": "published",
            "correct": "corrected",
            "retract": "retracted",
        }
        if op not in calls:
            raise Http404("No such action.")
        try:
            calls[op]()
        except services.PublishBlocked as exc:
            messages.error(
                request,
                f"“{story.headline}” cannot be published yet: {len(exc.open_entries)} open {'entry' if len(exc.open_entries) == 1 else 'entries'} (listed below).",
            )
            return 409, exc.open_entries
        except services.ServiceError as exc:
            messages.error(request, str(exc))
            code = (
                409
                if isinstance(exc, services.StaleEdit)
                else 403
                if isinstance(exc, services.NotAllowed)
                else 400
            )
            return code, None
        messages.success(request, f"“{story.headline}” {done[op]}.")
        return HttpResponseRedirect(check_page_url(story.pk))

    def _render_check_page(self, request, story, *, kept, status, blocked) -> HttpResponse:
        ws = story_workspace(story_id=story.pk)
        for key, typed in kept.items():
            row = ws.row(key)
            if row is not None:
                row.note, row.evidence_url = typed["note"], typed["evidence_url"]
        user = request.user
        story = ws.story
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": f"Check: {story.headline}",
            "subtitle": None,
            "story": story,
            "ws": ws,
            "counts": ws.counts,
            "open_only": request.GET.get("show") == "open",
            "rows": [r for r in ws.rows if r.is_open]
            if request.GET.get("show") == "open"
            else ws.rows,
            "progress": progress_html(ws.counts),
            "verdicts": VERDICT_BUTTONS,
            "can_verdict": permissions.can_set_verdict(user, story),
            "disabled_attr": ""
            if permissions.can_set_verdict(user, story)
            else mark_safe(" disabled"),  # noqa: S308
            "can_submit": permissions.can_submit(user, story) and story.status == StoryStatus.DRAFT,
            "can_publish": permissions.can_publish(user, story)
            and story.status == StoryStatus.IN_REVIEW,
            "can_to_draft": story.status == StoryStatus.IN_REVIEW
            and (permissions.can_publish(user, story) or permissions.can_submit(user, story)),
            "can_correct": permissions.can_correct(user, story)
            and story.status == StoryStatus.PUBLISHED,
            "can_retract": permissions.can_retract(user, story)
            and story.status == StoryStatus.PUBLISHED,
            "blocked": [(e, check_page_url(story.pk, entry_key(e))) for e in blocked]
            if blocked
            else None,
            "change_url": reverse("admin:stories_story_change", args=[story.pk]),
        }
        return TemplateResponse(request, "admin/stories/story/check.html", context, status=status)


def progress_html(counts: dict[str, int]) -> str:
    total = sum(counts[k] for k in ("verified", "incorrect", "unverifiable", "open"))
    if not total:
        return format_html('<span class="progress-empty">{}</span>', "no entries")
    bars = format_html_join(
        "",
        '<span class="seg seg-{}" style="width:{}%" title="{} {}"></span>',
        (
            (k, f"{100 * counts[k] / total:.2f}", counts[k], k)
            for k in ("verified", "incorrect", "unverifiable", "open")
            if counts[k]
        ),
    )
    legend = format_html_join(
        " ",
        '<span class="cnt cnt-{}">{} {}</span>',
        ((k, counts[k], k) for k in ("verified", "incorrect", "unverifiable", "open")),
    )
    return format_html(
        '<div class="progress" role="img" aria-label="{}">{}</div><div class="counts">{}</div>',
        f"{counts['verified']} of {total} verified",
        bars,
        legend,
    )


__all__ = ["StoryAdmin", "check_page_url", "progress_html", "status_counts"]
