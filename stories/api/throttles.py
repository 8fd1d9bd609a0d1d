"""Request throttles for the API, with rates read from settings at request time.

DRF's throttles copy their rates when the module is imported; these read
``REST_FRAMEWORK["DEFAULT_THROTTLE_RATES"]`` on every request so settings
overrides (tests, benchmarks) apply. They only count requests; nothing else.
"""

from __future__ import annotations

from django.conf import settings
from rest_framework.throttling import AnonRateThrottle, UserRateThrottle


def _rate(scope: str) -> str | None:
    return settings.REST_FRAMEWORK.get("DEFAULT_THROTTLE_RATES", {}).get(scope) or None


class AnonThrottle(AnonRateThrottle):
    """Anonymous clients, by IP address (scope ``anon``)."""

    def get_rate(self) -> str | None:
        return _rate(self.scope)


class UserThrottle(UserRateThrottle):
    """Authenticated clients, by user (scope ``user``); anonymous clients are AnonThrottle's."""

    def get_rate(self) -> str | None:
        return _rate(self.scope)

    def get_cache_key(self, request, view):
        # DRF's UserRateThrottle falls back to the client address for anonymous requests,
        # which would hold anonymous clients to the user rate as well.
        if not (request.user and request.user.is_authenticated):
            return None
        return super().get_cache_key(request, view)
