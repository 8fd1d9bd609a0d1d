"""GET /healthz/: is this app process able to serve? For load balancers and the fault scripts.

Answers 200 when the database answers (the cache may be down: the site then
serves without it, reported as ``"cache": "down"``), 503 when the database does
not. It reveals nothing but those two words and changes no data.
"""

from __future__ import annotations

import time

from django.core.cache import cache
from django.db import connection
from django.http import HttpRequest, JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET


@never_cache
@require_GET
def healthz(request: HttpRequest) -> JsonResponse:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
        database = "ok"
    except Exception:  # noqa: BLE001 (any database failure means: not ready)
        database = "down"
    probe = f"healthz:{time.monotonic_ns()}"
    cache.set(probe, "1", 5)
    cache_state = "ok" if cache.get(probe) == "1" else "down"
    cache.delete(probe)
    return JsonResponse(
        {"database": database, "cache": cache_state},
        status=200 if database == "ok" else 503,
    )
