"""Pagination for the API: cursor pages for the long lists, numbered pages for people.

Malformed ``cursor``, ``page`` and ``page_size`` values are answered with a
400 naming the parameter instead of being ignored or turned into a 404 or
500. Pagination only slices the selector's queryset; it never widens it.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError as DjangoValidationError
from rest_framework.exceptions import NotFound, ValidationError
from rest_framework.pagination import CursorPagination, PageNumberPagination

MAX_PAGE_SIZE = 100


def _page_size(request, param: str, default: int) -> int:
    raw = request.query_params.get(param)
    if raw is None:
        return default
    try:
        size = int(raw)
    except ValueError:
        size = 0
    if not 1 <= size <= MAX_PAGE_SIZE:
        raise ValidationError({param: [f"Must be a whole number from 1 to {MAX_PAGE_SIZE}."]})
    return size


def _tighten(parameters: list[dict], view) -> list[dict]:
    """Say in the schema what the code enforces: page sizes 1..100, page numbers from 1."""
    for param in parameters:
        if param["name"] == "page_size":
            param["schema"] = {"type": "integer", "minimum": 1, "maximum": MAX_PAGE_SIZE}
        elif param["name"] == "page":
            param["schema"] = {"type": "integer", "minimum": 1}
        elif param["name"] == "cursor":
            param["description"] = "Opaque: take it from a `next` or `previous` link."
    return parameters


class PublicCursorPagination(CursorPagination):
    """Cursor pages: stable under inserts and as fast on page 500 as on page 1."""

    page_size = 20
    page_size_query_param = "page_size"
    max_page_size = MAX_PAGE_SIZE
    ordering = "-id"

    def get_page_size(self, request) -> int:
        return _page_size(request, self.page_size_query_param, self.page_size)

    def get_schema_operation_parameters(self, view):
        return _tighten(super().get_schema_operation_parameters(view), view)

    def decode_cursor(self, request):
        try:
            return super().decode_cursor(request)
        except NotFound:
            raise ValidationError(
                {self.cursor_query_param: ["Invalid cursor: use a `next` or `previous` link."]}
            ) from None

    def paginate_queryset(self, queryset, request, view=None):
        # A hand-made cursor can carry a position that is not a value of the ordering field.
        try:
            return super().paginate_queryset(queryset, request, view)
        except (DjangoValidationError, ValueError, TypeError, OverflowError):
            raise ValidationError(
                {self.cursor_query_param: ["Invalid cursor: use a `next` or `previous` link."]}
            ) from None


class PublicPageNumberPagination(PageNumberPagination):
    """Numbered pages with a total count, for short lists."""

    page_size = 50
    page_size_query_param = "page_size"
    max_page_size = MAX_PAGE_SIZE

    def get_page_size(self, request) -> int:
        return _page_size(request, self.page_size_query_param, self.page_size)

    def get_schema_operation_parameters(self, view):
        return _tighten(super().get_schema_operation_parameters(view), view)

    def paginate_queryset(self, queryset, request, view=None):
        raw = request.query_params.get(self.page_query_param)
        if raw is not None and raw != "last" and not (raw.isascii() and raw.isdigit()):
            raise ValidationError({self.page_query_param: ["Must be a page number (1, 2, …)."]})
        return super().paginate_queryset(queryset, request, view)
