"""A Redis cache that degrades to "no cache" when Redis is down, instead of failing the request.

Django's ``RedisCache`` raises on connection errors, which would turn a Redis
outage into a site outage. ``FailSafeRedisCache`` logs the error, answers
reads as misses and drops writes, and stops trying Redis for a few seconds
after a failure so every request does not pay the connection timeout. It must
never hide errors other than Redis's own (bugs in callers still raise).
"""

from __future__ import annotations

import logging
import time
from typing import Any

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)

# After a failure, skip Redis for this many seconds (per process).
RETRY_AFTER_SECONDS = 5.0


class FailSafeRedisCache(RedisCache):
    """``RedisCache`` whose connection errors are logged and read as cache misses."""

    def __init__(self, server: str, params: dict[str, Any]) -> None:
        super().__init__(server, params)
        self._down_until = 0.0

    def _available(self) -> bool:
        return time.monotonic() >= self._down_until

    def _failed(self, operation: str, exc: Exception) -> None:
        first = self._available()
        self._down_until = time.monotonic() + RETRY_AFTER_SECONDS
        if first:
            # One line per outage window, not one per request.
            logger.warning(
                "Redis cache %s failed (%s: %s); serving without cache for %.0f s",
                operation,
                type(exc).__name__,
                exc,
                RETRY_AFTER_SECONDS,
            )

    def _guard(self, operation: str, default: Any, call, *args, **kwargs) -> Any:
        if not self._available():
            return default
        try:
            return call(*args, **kwargs)
        except RedisError as exc:
            self._failed(operation, exc)
            return default

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._guard("add", False, super().add, key, value, timeout, version)

    def get(self, key, default=None, version=None):
        return self._guard("get", default, super().get, key, default, version)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._guard("set", None, super().set, key, value, timeout, version)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self._guard("touch", False, super().touch, key, timeout, version)

    def delete(self, key, version=None):
        return self._guard("delete", False, super().delete, key, version)

    def get_many(self, keys, version=None):
        return self._guard("get_many", {}, super().get_many, keys, version)

    def has_key(self, key, version=None):
        return self._guard("has_key", False, super().has_key, key, version)

    def incr(self, key, delta=1, version=None):
        missing = object()
        result = self._guard("incr", missing, super().incr, key, delta, version)
        if result is missing:
            # What a miss means for incr(): the key is not there.
            raise ValueError(f"Key '{key}' not found (the cache is unavailable).")
        return result

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        return self._guard("set_many", list(data), super().set_many, data, timeout, version)

    def delete_many(self, keys, version=None):
        return self._guard("delete_many", None, super().delete_many, keys, version)

    def clear(self):
        return self._guard("clear", False, super().clear)
