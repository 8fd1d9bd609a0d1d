"""The public response cache: what readers and anonymous API clients get, cached in Redis.

Responses are stored under keys that include a *generation* token per
scope: one for every story (``story:<slug>``) and one for everything that
lists stories (``lists``). Publishing, correcting, retracting or changing a
verdict on a public story replaces the tokens of exactly the scopes it
touches (after the transaction commits), so the next request on any app
server builds a fresh response; untouched stories stay cached. Only
anonymous GET/HEAD requests are cached: staff previews, logged-in users,
token-authenticated clients and anything not a 200 never are.
"""

from __future__ import annotations

import hashlib
import logging
import time
from collections.abc import Callable, Iterable
from functools import wraps

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models import Q
from django.utils.cache import patch_vary_headers
from django.utils.functional import empty

logger = logging.getLogger(__name__)

LISTS = "lists"
CACHE_HEADER = "X-Newsroom-Cache"


def story_scope(slug: str) -> str:
    """The scope of one story's own pages; keyed by slug, which never changes once public."""
    return f"story:{slug}"


def _gen_key(scope: str) -> str:
    return f"gen:{scope}"


def _bump_now(scopes: Iterable[str]) -> None:
    token = time.time_ns()
    try:
        cache.set_many({_gen_key(s): token for s in scopes}, timeout=None)
    except Exception:  # a cache outage must never fail a write; entries expire on their own
        logger.exception("could not invalidate public cache scopes %s", list(scopes))


def invalidate(*scopes: str) -> None:
    """Replace the generation of these scopes now and again once the transaction commits.

    The first bump makes reads later in the same transaction (and tests, which
    never commit) fresh; the second closes the window in which another server
    could have cached the old rows under the first new generation. A rollback
    costs only one extra cache miss.
    """
    scopes = tuple(dict.fromkeys(scopes))
    _bump_now(scopes)
    transaction.on_commit(lambda: _bump_now(scopes))


def invalidate_story(story) -> None:
    """A public story changed: its own pages and every list that may show it."""
    invalidate(story_scope(story.slug), LISTS)


def invalidate_person(person) -> None:
    """A person's name changed: every list, and the pages of the stories that name them."""
    from .models import Story

    slugs = (
        Story.objects.filter(
            Q(quotes__speaker=person) | Q(claims__subject=person) | Q(sources__author=person)
        )
        .values_list("slug", flat=True)
        .distinct()
    )
    invalidate(LISTS, *(story_scope(slug) for slug in slugs))


def _cacheable_request(request) -> bool:
    if not settings.PUBLIC_CACHE_ENABLED:
        return False
    if request.method not in ("GET", "HEAD"):
        return False
    if "HTTP_AUTHORIZATION" in request.META:
        return False
    # A session cookie means a possibly logged-in user. Looking at request.user would load
    # the session and make every public response vary on Cookie, so the cookie decides.
    if settings.SESSION_COOKIE_NAME in request.COOKIES:
        return False
    user = getattr(request, "user", None)
    user = getattr(user, "_wrapped", user)  # a lazy user not yet loaded stays unloaded
    if user is not None and user is not empty and user.is_authenticated:
        return False
    return "preview" not in request.GET


def _cacheable_response(response) -> bool:
    if response.status_code != 200 or response.streaming:
        return False
    control = response.get("Cache-Control", "")
    return "private" not in control and "no-store" not in control and not response.cookies


def response_key(request, scopes: Iterable[str]) -> str | None:
    """The cache key of a public response to ``request``, or None when it must not be cached."""
    if not _cacheable_request(request):
        return None
    names = list(scopes)
    try:
        gens = cache.get_many([_gen_key(s) for s in names])
        missing = {_gen_key(s): time.time_ns() for s in names if _gen_key(s) not in gens}
        if missing:
            # First use of a scope: fix its generation so every server agrees on it.
            for key, token in missing.items():
                cache.add(key, token, timeout=None)
            gens = cache.get_many([_gen_key(s) for s in names])
    except Exception:
        logger.exception("public cache unavailable; serving from the database")
        return None
    if len(gens) != len(names):
        return None  # the cache is not answering reliably
    parts = [
        # Pages carry absolute URLs (canonical link, JSON-LD), so the site's address is part of the key.
        request.scheme,
        request.get_host(),
        request.get_full_path(),
        request.META.get("HTTP_ACCEPT", ""),
        *(f"{k}={gens[k]}" for k in sorted(gens)),
    ]
    return "resp:" + hashlib.sha256("|".join(parts).encode()).hexdigest()


def response_get(key: str | None):
    """The cached response under ``key``, marked as a hit; None on a miss or an outage."""
    if key is None:
        return None
    try:
        hit = cache.get(key)
    except Exception:
        logger.exception("public cache unavailable; serving from the database")
        return None
    if hit is not None:
        hit[CACHE_HEADER] = "hit"
    return hit


def response_set(key: str | None, response, *, request=None, timeout: int | None = None) -> None:
    """Store a rendered public response under ``key`` if it may be shared.

    A response that used the CSRF token (a form, the browsable API) carries a
    secret of this visitor's, so it is never shared.
    """
    if key is None or not _cacheable_response(response):
        return
    if request is not None and request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
        return
    # Public responses are the same for every client; only the format varies (API).
    patch_vary_headers(response, ["Accept"])
    response[CACHE_HEADER] = "miss"
    try:
        cache.set(key, response, timeout if timeout is not None else settings.PUBLIC_CACHE_SECONDS)
    except Exception:
        logger.exception("could not store a public response in the cache")


def cache_public(scopes: Callable[..., Iterable[str]], *, timeout: int | None = None):
    """Cache a public view's anonymous responses under the generations of ``scopes(request, **kwargs)``."""

    def decorator(view):
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            key = response_key(request, scopes(request, *args, **kwargs))
            hit = response_get(key)
            if hit is not None:
                return hit
            response = view(request, *args, **kwargs)
            if key is not None:
                if hasattr(response, "render") and not getattr(response, "is_rendered", True):
                    response.render()
                response_set(key, response, request=request, timeout=timeout)
            return response

        return wrapped

    return decorator
