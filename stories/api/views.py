"""API views: thin translations from HTTP to selectors (reads) and services (writes).

Public views read only through ``stories.selectors``'s API selectors and are
read-only for everyone; every successful read carries a content ETag and
answers ``If-None-Match`` with 304. Newsroom views call ``stories.services``
and map its errors to HTTP (403 not allowed, 409 stale, 400 otherwise); they
never write rows themselves.
"""

from __future__ import annotations

import hashlib

from django.core.exceptions import ObjectDoesNotExist
from django.db import transaction
from django.utils.cache import get_conditional_response, patch_vary_headers
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView
from rest_framework import generics, status
from rest_framework.exceptions import NotFound
from rest_framework.permissions import AllowAny, BasePermission, IsAuthenticated
from rest_framework.response import Response
from rest_framework.views import APIView

from .. import cache as public_cache
from .. import selectors, services
from ..models import Story
from . import filters, serializers
from .pagination import PublicCursorPagination, PublicPageNumberPagination
from .throttles import AnonThrottle, UserThrottle

NOT_MODIFIED = OpenApiResponse(description="Not modified: the ETag in If-None-Match still holds.")
BAD_PARAMETER = OpenApiResponse(
    response=OpenApiTypes.OBJECT,
    description="A parameter has a bad value; the body maps its name to the problem.",
)
THROTTLED = OpenApiResponse(description="Too many requests; retry after the Retry-After header.")


class ConditionalGetMixin:
    """Content ETag on every successful read, and 304 when the client already has it.

    The ETag is a hash of the body, so it is right whatever changed (a verdict,
    a correction, a retraction); a timestamp would miss changes that leave no
    timestamp behind (a quote re-attributed back to unchecked).
    """

    @staticmethod
    def add_etag(response) -> None:
        response.render()
        digest = hashlib.blake2b(response.content, digest_size=16).hexdigest()
        response["ETag"] = f'"{digest}"'
        patch_vary_headers(response, ("Accept",))

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        if request.method in ("GET", "HEAD") and response.status_code == 200:
            self.add_etag(response)
            return get_conditional_response(request, etag=response["ETag"], response=response)
        return response


class PublicReadView(ConditionalGetMixin, generics.GenericAPIView):
    """A public read endpoint whose anonymous answers are served from the shared cache.

    The cache is consulted after authentication, permissions and throttling
    (DRF's ``initial``), so a cached answer is still throttled; it is stored
    once rendered, before the conditional-GET check turns it into a 304.
    """

    permission_classes = [AllowAny]
    throttle_classes = [AnonThrottle, UserThrottle]
    http_method_names = ["get", "head", "options"]
    cache_key: str | None = None

    def cache_scopes(self) -> list[str]:
        """What this answer depends on: every list depends on all public stories."""
        return [public_cache.LISTS]

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        self.cache_key = public_cache.response_key(request, self.cache_scopes())

    def get(self, request, *args, **kwargs):
        hit = public_cache.response_get(self.cache_key)
        if hit is not None:
            return hit
        return super().get(request, *args, **kwargs)

    def finalize_response(self, request, response, *args, **kwargs):
        if response.get(public_cache.CACHE_HEADER) == "hit":
            return get_conditional_response(request, etag=response.get("ETag"), response=response)
        response = super(ConditionalGetMixin, self).finalize_response(
            request, response, *args, **kwargs
        )
        if request.method in ("GET", "HEAD") and response.status_code == 200:
            self.add_etag(response)
            public_cache.response_set(self.cache_key, response, request=request)
            return get_conditional_response(request, etag=response["ETag"], response=response)
        return response


class PublicListView(PublicReadView, generics.ListAPIView):
    filter_backends = [filters.FilterBackend, filters.StrictOrderingFilter]
    pagination_class = PublicCursorPagination
    ordering = ["-id"]


_LIST_RESPONSES = {304: NOT_MODIFIED, 400: BAD_PARAMETER, 429: THROTTLED}


@extend_schema(
    responses={200: serializers.StoryListSerializer(many=True), **_LIST_RESPONSES},
    parameters=filters.schema_parameters(filters.StoryFilter),
)
class StoryList(PublicListView):
    """Published stories, newest dateline first, and retracted ones (their notice only)."""

    serializer_class = serializers.StoryListSerializer
    filterset_class = filters.StoryFilter
    ordering_fields = ["dateline", "headline", "id"]
    ordering = ["-dateline", "-id"]

    def get_queryset(self):
        return selectors.story_list_api()


@extend_schema(
    responses={
        200: serializers.StoryDetailSerializer,
        304: NOT_MODIFIED,
        404: OpenApiResponse(description="No published or retracted story has this slug."),
        429: THROTTLED,
    },
    parameters=[
        OpenApiParameter(
            "slug",
            {"type": "string", "pattern": filters.SLUG_PATTERN},
            OpenApiParameter.PATH,
        )
    ],
)
class StoryDetail(PublicReadView, generics.RetrieveAPIView):
    """One story with its verified quotes, claims, sources and the people they name.

    A retracted story keeps its headline and shows its retraction note; its
    body is null and it lists no entries.
    """

    serializer_class = serializers.StoryDetailSerializer

    def cache_scopes(self) -> list[str]:
        return [public_cache.story_scope(self.kwargs["slug"])]

    def get_queryset(self):
        return selectors.story_list_public()

    def get_object(self):
        try:
            return selectors.story_get_api(slug=self.kwargs["slug"])
        except Story.DoesNotExist:
            raise NotFound("No published story has this address.") from None


@extend_schema(
    responses={200: serializers.ClaimSerializer(many=True), **_LIST_RESPONSES},
    parameters=filters.schema_parameters(filters.ClaimFilter),
)
class ClaimList(PublicListView):
    """Verified claims (dates and ages) of published stories."""

    serializer_class = serializers.ClaimSerializer
    filterset_class = filters.ClaimFilter
    ordering_fields = ["id", "story_dateline", "start"]

    def get_queryset(self):
        return selectors.claim_list_api()


@extend_schema(
    responses={200: serializers.QuoteSerializer(many=True), **_LIST_RESPONSES},
    parameters=filters.schema_parameters(filters.QuoteFilter),
)
class QuoteList(PublicListView):
    """Verified quotes of published stories."""

    serializer_class = serializers.QuoteSerializer
    filterset_class = filters.QuoteFilter
    ordering_fields = ["id", "story_dateline", "start"]

    def get_queryset(self):
        return selectors.quote_list_api()


@extend_schema(
    responses={200: serializers.SourceSerializer(many=True), **_LIST_RESPONSES},
    parameters=filters.schema_parameters(filters.SourceFilter),
)
class SourceList(PublicListView):
    """Verified sources (posts, essays, interviews…) of published stories."""

    serializer_class = serializers.SourceSerializer
    filterset_class = filters.SourceFilter
    ordering_fields = ["id", "story_dateline", "platform"]

    def get_queryset(self):
        return selectors.source_list_api()


@extend_schema(
    responses={
        200: serializers.PersonSerializer(many=True),
        **_LIST_RESPONSES,
        404: OpenApiResponse(description="The page number is past the last page."),
    },
    parameters=filters.schema_parameters(filters.PersonFilter),
)
class PersonList(PublicListView):
    """People named by verified entries of published stories, by name. No birth dates."""

    serializer_class = serializers.PersonSerializer
    filterset_class = filters.PersonFilter
    pagination_class = PublicPageNumberPagination
    ordering_fields = ["name"]
    ordering = ["name", "id"]

    def get_queryset(self):
        return selectors.person_list_api()


class Schema(ConditionalGetMixin, SpectacularAPIView):
    """The OpenAPI 3 schema of this API."""


class Docs(SpectacularSwaggerSplitView):
    """Swagger UI for the schema, served from this site's static files (no CDN).

    The split view serves its start-up script from this same address
    (``?script=``) instead of inline, so the Content-Security-Policy can
    forbid inline scripts. No ETag: the page carries a per-request CSRF
    token, so its body never repeats.
    """


# ---------------------------------------------------------------------------
# Newsroom API: authenticated staff, same services as the admin.


def service_error_response(exc: services.ServiceError, *, field: str | None = None) -> Response:
    """403 for a refused permission, 409 for a stale version, 400 for anything else refused."""
    if isinstance(exc, services.StaleEdit):
        return Response(
            {"detail": str(exc), "current_version": exc.current_version},
            status=status.HTTP_409_CONFLICT,
        )
    if isinstance(exc, services.NotAllowed):
        return Response({"detail": str(exc)}, status=status.HTTP_403_FORBIDDEN)
    if field:
        return Response({field: [str(exc)]}, status=status.HTTP_400_BAD_REQUEST)
    return Response({"detail": str(exc)}, status=status.HTTP_400_BAD_REQUEST)


class HasPerm(BasePermission):
    """The user holds the view's ``required_perm`` (checked again by the service)."""

    message = "You do not have permission to do this."

    def has_permission(self, request, view) -> bool:
        return bool(request.user and request.user.has_perm(view.required_perm))


class NewsroomView(APIView):
    permission_classes = [IsAuthenticated, HasPerm]
    throttle_classes = [UserThrottle]
    http_method_names = ["post", "options"]


_ERRORS = {
    400: BAD_PARAMETER,
    401: OpenApiResponse(description="Not logged in: send a token or a session cookie."),
    403: OpenApiResponse(description="Your role may not do this."),
    429: THROTTLED,
}


def _newsroom_story(story: Story, *, created: bool) -> dict:
    entries = selectors.story_entries_for_newsroom(story=story)
    fields = ("id", "slug", "headline", "dateline", "status", "version")
    row = {name: getattr(story, name) for name in fields}
    return serializers.NewsroomStorySerializer({**row, "created": created, **entries}).data


class StorySubmit(NewsroomView):
    """File a story for checking: extract its claims, send it to the fact-checkers.

    Answers with the story and every entry the extraction found (all
    unchecked). Filing the same text again answers with the existing story
    (200) and changes nothing. A refused story writes nothing.
    """

    required_perm = "stories.submit_story"

    @extend_schema(
        request=serializers.StorySubmitSerializer,
        responses={
            201: serializers.NewsroomStorySerializer,
            200: serializers.NewsroomStorySerializer,
            **_ERRORS,
        },
    )
    def post(self, request):
        form = serializers.StorySubmitSerializer(data=request.data)
        form.is_valid(raise_exception=True)
        data = form.validated_data
        try:
            with transaction.atomic():
                result = services.story_import(
                    data=data["text"],
                    dateline=data.get("dateline"),
                    headline=data.get("headline"),
                    byline=data["byline"],
                    user=request.user,
                )
                story = result.story
                if result.created:
                    story = services.story_submit(story=story, user=request.user)
        except services.ImportRejected as exc:
            return service_error_response(exc, field="text")
        except services.ServiceError as exc:
            return service_error_response(exc)
        return Response(
            _newsroom_story(story, created=result.created),
            status=status.HTTP_201_CREATED if result.created else status.HTTP_200_OK,
        )


ENTRY_TYPES = {"sources": "source", "quotes": "quote", "claims": "claim"}


class EntryVerdict(NewsroomView):
    """Set the verdict on one quote, claim or source (fact-checker or editor).

    ``version`` must be the entry's version you decided on: if someone changed
    it since, the answer is 409 with ``current_version`` and nothing is written.
    """

    required_perm = "stories.set_verdict"

    @extend_schema(
        request=serializers.VerdictSerializer,
        parameters=[
            OpenApiParameter(
                "entry_type", OpenApiTypes.STR, OpenApiParameter.PATH, enum=list(ENTRY_TYPES)
            ),
            OpenApiParameter("entry_id", OpenApiTypes.INT, OpenApiParameter.PATH),
        ],
        responses={
            200: serializers.NewsroomEntrySerializer,
            **_ERRORS,
            404: OpenApiResponse(description="No such entry."),
            409: OpenApiResponse(
                response=OpenApiTypes.OBJECT,
                description="Stale version: someone changed the entry; body has current_version.",
            ),
        },
    )
    def post(self, request, entry_type: str, entry_id: int):
        kind = ENTRY_TYPES.get(entry_type)
        if kind is None:
            raise NotFound("Entries are sources, quotes or claims.")
        form = serializers.VerdictSerializer(data=request.data)
        form.is_valid(raise_exception=True)
        data = form.validated_data
        try:
            entry = selectors.entry_get_for_newsroom(entry_type=kind, entry_id=entry_id)
        except (ObjectDoesNotExist, ValueError, OverflowError) as exc:
            raise NotFound(f"No {kind} has id {entry_id}.") from exc
        try:
            entry = services.entry_set_status(
                entry=entry,
                to_status=data["status"],
                user=request.user,
                expected_version=data["version"],
                note=data["note"],
                evidence_url=data["evidence_url"],
            )
        except services.ServiceError as exc:
            return service_error_response(exc)
        return Response(serializers.NewsroomEntrySerializer(entry).data)
