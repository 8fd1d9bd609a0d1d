"""Query filters and ordering for the public API.

Every filter narrows a queryset that already comes from ``stories.selectors``;
filters that follow a link (a person, a source) only follow public links, so
a filter can never reveal that a hidden row exists. A malformed value is a
400 whose body names the parameter (ranges are two plain parameters, ``<field>_after``
and ``<field>_before``, so the error names the one that is wrong) (django-filter's form errors, and
``StrictOrderingFilter`` for ``ordering``).
"""

from __future__ import annotations

import django_filters as df
from django import forms
from django.core.validators import RegexValidator
from django_filters.rest_framework import DjangoFilterBackend
from drf_spectacular.utils import OpenApiParameter
from rest_framework.exceptions import ValidationError
from rest_framework.filters import OrderingFilter

from .. import selectors
from ..models import CheckStatus, Claim, ClaimKind, Quote, Source, Story

_slug = RegexValidator(r"^[-a-zA-Z0-9_]+\Z", "Enter a slug: letters, numbers, hyphens.")


class SlugFilter(df.CharFilter):
    """Exact match on a slug; anything that is not a slug is a 400."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("validators", [_slug])
        kwargs.setdefault("max_length", 120)
        super().__init__(*args, **kwargs)


class IdFilter(df.NumberFilter):
    """A row id: a positive whole number that fits the database's integer."""

    field_class = forms.IntegerField

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("min_value", 1)
        kwargs.setdefault("max_value", 2**63 - 1)
        super().__init__(*args, **kwargs)


class TextFilter(df.CharFilter):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("max_length", 200)
        kwargs.setdefault("lookup_expr", "icontains")
        super().__init__(*args, **kwargs)


class StoryFilter(df.FilterSet):
    dateline_after = df.DateFilter(
        field_name="dateline", lookup_expr="gte", help_text="Dateline on or after (YYYY-MM-DD)."
    )
    dateline_before = df.DateFilter(
        field_name="dateline", lookup_expr="lte", help_text="Dateline on or before (YYYY-MM-DD)."
    )
    person = SlugFilter(
        method="filter_person",
        help_text="Slug of a person named by a verified quote, claim or source of the story.",
    )
    q = TextFilter(
        method="filter_text",
        help_text="Text in the headline, or in the body of a published story.",
    )

    class Meta:
        model = Story
        fields = ["dateline_after", "dateline_before", "person", "q"]

    def filter_person(self, queryset, name, value):
        return selectors.story_list_mentioning(queryset, person_slug=value)

    def filter_text(self, queryset, name, value):
        return selectors.story_list_matching(queryset, text=value)


class ClaimFilter(df.FilterSet):
    kind = df.ChoiceFilter(choices=ClaimKind.choices, help_text="`date` or `age`.")
    story = SlugFilter(field_name="story__slug", help_text="Slug of the story.")
    subject = SlugFilter(field_name="subject__slug", help_text="Slug of the person it is about.")
    resolved_date_after = df.DateFilter(
        field_name="resolved_date",
        lookup_expr="gte",
        help_text="Resolved date on or after (YYYY-MM-DD).",
    )
    resolved_date_before = df.DateFilter(
        field_name="resolved_date",
        lookup_expr="lte",
        help_text="Resolved date on or before (YYYY-MM-DD).",
    )

    class Meta:
        model = Claim
        fields = ["kind", "story", "subject", "resolved_date_after", "resolved_date_before"]


class QuoteFilter(df.FilterSet):
    speaker = SlugFilter(field_name="speaker__slug", help_text="Slug of the speaker.")
    source = IdFilter(
        method="filter_source",
        help_text="Id of a verified source the quote comes from.",
    )
    story = SlugFilter(field_name="story__slug", help_text="Slug of the story.")
    text = TextFilter(help_text="Words in the quote (case-insensitive).")

    class Meta:
        model = Quote
        fields = ["speaker", "source", "story", "text"]

    def filter_source(self, queryset, name, value):
        # Only a verified source is a public link; an unverified one matches nothing.
        return queryset.filter(source_id=value, source__status=CheckStatus.VERIFIED)


class SourceFilter(df.FilterSet):
    platform = df.CharFilter(
        lookup_expr="iexact", max_length=100, help_text="Instagram, Medium, X… (any case)."
    )
    author = SlugFilter(field_name="author__slug", help_text="Slug of the author.")
    date_after = df.DateFilter(
        field_name="date", lookup_expr="gte", help_text="Source date on or after (YYYY-MM-DD)."
    )
    date_before = df.DateFilter(
        field_name="date", lookup_expr="lte", help_text="Source date on or before (YYYY-MM-DD)."
    )

    class Meta:
        model = Source
        fields = ["platform", "author", "date_after", "date_before"]


class PersonFilter(df.FilterSet):
    q = TextFilter(field_name="name", help_text="Part of the person's name.")

    class Meta:
        model = selectors.Person
        fields = ["q"]


SLUG_PATTERN = r"^[-a-zA-Z0-9_]+$"
NO_NUL_PATTERN = r"^[^\x00]*$"  # Django refuses NUL characters in form input


def _or_empty(schema: dict) -> dict:
    # An empty value (``?story=``) means "no filter", as from an HTML form.
    return {"anyOf": [schema, {"type": "string", "maxLength": 0}]}


def schema_parameters(filterset: type[df.FilterSet]) -> list[OpenApiParameter]:
    """The filters' query parameters with the constraints the code enforces, for the schema."""
    params = []
    for name, flt in filterset.base_filters.items():
        if isinstance(flt, SlugFilter):
            schema = {"type": "string", "pattern": SLUG_PATTERN, "maxLength": 120}
        elif isinstance(flt, IdFilter):
            schema = {"type": "integer", "minimum": 1, "maximum": 2**63 - 1}
        elif isinstance(flt, df.DateFilter):
            schema = {"type": "string", "format": "date"}
        elif isinstance(flt, df.ChoiceFilter):
            schema = {"type": "string", "enum": [value for value, _ in flt.extra["choices"]]}
        else:
            schema = {
                "type": "string",
                "maxLength": flt.extra.get("max_length", 200),
                "pattern": NO_NUL_PATTERN,
            }
        params.append(
            OpenApiParameter(
                name, type=_or_empty(schema), description=str(flt.extra.get("help_text", ""))
            )
        )
    return params


class FilterBackend(DjangoFilterBackend):
    """django-filter's backend, skipped when the request names none of the filters.

    Building a FilterSet and its form costs more than a list page's query; with no
    filter parameter it would return the queryset unchanged anyway.
    """

    def filter_queryset(self, request, queryset, view):
        filterset_class = getattr(view, "filterset_class", None)
        if filterset_class is not None and not any(
            name in request.query_params for name in filterset_class.base_filters
        ):
            return queryset
        return super().filter_queryset(request, queryset, view)


class StrictOrderingFilter(OrderingFilter):
    """``?ordering=<field>`` or ``-<field>``, one field; an unknown one is a 400.

    The view's ``ordering_fields`` lists the allowed names; ``id`` is appended
    as a tie-breaker so pages never overlap.
    """

    def get_ordering(self, request, queryset, view):
        raw = request.query_params.get(self.ordering_param)
        if raw is None:
            return self.get_default_ordering(view)
        allowed = list(view.ordering_fields)
        term = raw.strip()
        if term.lstrip("-") not in allowed or term.count("-") > 1:
            choices = ", ".join(f"{name}, -{name}" for name in allowed)
            raise ValidationError({self.ordering_param: [f"Order by one of: {choices}."]})
        if term.lstrip("-") == "id":
            return [term]
        return [term, "-id" if term.startswith("-") else "id"]

    def get_default_ordering(self, view):
        return list(view.ordering)

    def get_schema_operation_parameters(self, view):
        params = super().get_schema_operation_parameters(view)
        names = [n for f in view.ordering_fields for n in (f, f"-{f}")]
        for param in params:
            param["schema"] = {"type": "string", "enum": names}
            param["description"] = "Order by this field; a leading `-` reverses it."
        return params
