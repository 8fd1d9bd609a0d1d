"""Production security: check --deploy is clean, HTTPS and headers, login lockout, and a Redis outage."""

from __future__ import annotations

import datetime as dt
import logging
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from axes.models import AccessAttempt
from django.contrib.auth.password_validation import validate_password
from django.core.cache import caches
from django.core.exceptions import ValidationError
from django.test import RequestFactory, override_settings

from newsroom.security import client_ip
from stories.cache_backend import FailSafeRedisCache
from tests import factories

ROOT = Path(__file__).resolve().parents[1]
PASSWORD = "pw-for-tests-only"
PRODUCTION_ENV = {
    "DEBUG": "0",
    "SECRET_KEY": "a-production-like-secret-key-" + "k" * 40,
    "ALLOWED_HOSTS": "news.example.org",
    "DATABASE_URL": "postgres://newsroom@db.example.org:5432/newsroom",
    "REDIS_URL": "redis://cache.example.org:6379/0",
    "DJANGO_SETTINGS_MODULE": "newsroom.settings",
}


def _production(*args: str, **env: str) -> subprocess.CompletedProcess:
    clean = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("SECURE_", "AXES_", "CSP", "PROXY_"))
        and k
        not in {"NEWSROOM_ALLOW_DEV_KEY", "DJANGO_SETTINGS_MODULE", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    }
    return subprocess.run(
        [sys.executable, *args],
        cwd=ROOT,
        env={**clean, **PRODUCTION_ENV, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def _setting(name: str, **env: str) -> str:
    proc = _production("-c", f"import newsroom.settings as s; print(s.{name})", **env)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout.strip()


# ---------------------------------------------------------------------------
# Settings


def test_check_deploy_with_production_settings_prints_no_warning():
    proc = _production("manage.py", "check", "--deploy", "--fail-level", "WARNING")

    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "System check identified no issues (0 silenced)." in proc.stdout
    assert "WARNING" not in proc.stdout + proc.stderr


def test_check_deploy_does_warn_when_https_is_switched_off():
    # The clean result above means something: switching HTTPS off is reported.
    proc = _production(
        "manage.py", "check", "--deploy", SECURE_SSL_REDIRECT="0", SECURE_COOKIES="0"
    )
    assert "security.W008" in proc.stderr + proc.stdout
    assert "security.W012" in proc.stderr + proc.stdout


@pytest.mark.parametrize(
    ("name", "env", "expected"),
    [
        ("SECURE_SSL_REDIRECT", {}, "True"),
        ("SECURE_SSL_REDIRECT", {"SECURE_SSL_REDIRECT": "0"}, "False"),
        ("SESSION_COOKIE_SECURE", {}, "True"),
        ("CSRF_COOKIE_SECURE", {}, "True"),
        ("SECURE_HSTS_SECONDS", {}, "31536000"),
        ("SECURE_PROXY_SSL_HEADER", {}, "('HTTP_X_FORWARDED_PROTO', 'https')"),
        ("SECURE_PROXY_SSL_HEADER", {"PROXY_SSL_HEADER": ""}, "None"),
        ("X_FRAME_OPTIONS", {}, "DENY"),
        ("AXES_FAILURE_LIMIT", {}, "5"),
        ("AXES_FAILURE_LIMIT", {"AXES_FAILURE_LIMIT": "3"}, "3"),
        ("AXES_COOLOFF_TIME", {"AXES_COOLOFF_MINUTES": "30"}, "0:30:00"),
        ("CACHES['default']['BACKEND']", {}, "stories.cache_backend.FailSafeRedisCache"),
    ],
)
def test_production_settings_come_from_the_environment(name, env, expected):
    assert _setting(name, **env) == expected


def test_local_development_does_not_force_https():
    assert _setting("SECURE_SSL_REDIRECT", DEBUG="1", SECRET_KEY="") == "False"
    assert _setting("SESSION_COOKIE_SECURE", DEBUG="1", SECRET_KEY="") == "False"


def test_passwords_need_twelve_characters_and_not_a_common_one():
    with pytest.raises(ValidationError):
        validate_password("short-pw1")
    with pytest.raises(ValidationError):
        validate_password("password1234")
    validate_password("correct horse battery staple")


# ---------------------------------------------------------------------------
# Headers and HTTPS (test settings turn the redirect off; these turn it back on)


@pytest.mark.django_db
def test_every_response_carries_the_security_headers(client):
    response = client.get("/admin/login/", secure=True)

    assert response.status_code == 200
    csp = response["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "frame-ancestors 'none'" in csp
    assert "unsafe-inline" not in csp.split("script-src", 1)[1].split(";", 1)[0]
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["Strict-Transport-Security"].startswith("max-age=31536000")


@pytest.mark.django_db
@override_settings(SECURE_SSL_REDIRECT=True)
def test_plain_http_is_redirected_unless_the_proxy_says_https(client):
    plain = client.get("/admin/login/")
    assert plain.status_code == 301
    assert plain["Location"] == "https://testserver/admin/login/"

    proxied = client.get("/admin/login/", headers={"X-Forwarded-Proto": "https"})
    assert proxied.status_code == 200


@pytest.mark.django_db
def test_a_view_may_set_its_own_policy(rf):
    from django.http import HttpResponse

    from newsroom.security import ContentSecurityPolicyMiddleware

    def view(request):
        response = HttpResponse("docs")
        response["Content-Security-Policy"] = "default-src 'self' cdn.example.org"
        return response

    response = ContentSecurityPolicyMiddleware(view)(rf.get("/"))
    assert response["Content-Security-Policy"] == "default-src 'self' cdn.example.org"


# ---------------------------------------------------------------------------
# Login lockout (django-axes)


def _admin_login(client, username, password, ip="203.0.113.7"):
    return client.post(
        "/admin/login/",
        {"username": username, "password": password, "next": "/admin/"},
        REMOTE_ADDR=ip,
    )


@pytest.fixture
def staff(db):
    return factories.make_editor(username="edith")


def test_five_failed_admin_logins_lock_out_even_the_right_password(client, staff):
    for _ in range(5):
        response = _admin_login(client, "edith", "wrong-password")
        assert "_auth_user_id" not in client.session
    response = _admin_login(client, "edith", PASSWORD)

    assert response.status_code == 429
    assert "_auth_user_id" not in client.session


def test_four_failures_then_the_right_password_logs_in_and_resets(client, staff):
    for _ in range(4):
        _admin_login(client, "edith", "wrong-password")
    response = _admin_login(client, "edith", PASSWORD)

    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(staff.pk)
    assert not AccessAttempt.objects.filter(username="edith").exists()


def test_lockout_is_per_user_and_address(client, staff):
    for _ in range(5):
        _admin_login(client, "edith", "wrong-password")

    # Someone else at another address is not locked out by edith's attacker.
    response = _admin_login(client, "edith", PASSWORD, ip="198.51.100.9")
    assert response.status_code == 302


def test_lockout_ends_after_the_cool_off(client, staff, settings):
    for _ in range(5):
        _admin_login(client, "edith", "wrong-password")
    assert _admin_login(client, "edith", PASSWORD).status_code == 429

    # Age the failures past the cool-off instead of sleeping.
    aged = settings.AXES_COOLOFF_TIME + dt.timedelta(seconds=1)
    for attempt in AccessAttempt.objects.filter(username="edith"):
        AccessAttempt.objects.filter(pk=attempt.pk).update(attempt_time=attempt.attempt_time - aged)
    response = _admin_login(client, "edith", PASSWORD)

    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(staff.pk)


def test_code_that_authenticates_without_a_request_is_not_counted(staff):
    from django.contrib.auth import authenticate

    for _ in range(6):
        assert authenticate(username="edith", password="wrong") is None
    assert authenticate(username="edith", password=PASSWORD) == staff


@pytest.mark.parametrize(
    ("proxies", "forwarded", "expected"),
    [
        (0, "1.2.3.4", "10.0.0.1"),
        (1, "1.2.3.4", "1.2.3.4"),
        (1, "6.6.6.6, 1.2.3.4", "1.2.3.4"),  # the client's own claim (6.6.6.6) is ignored
        (2, "6.6.6.6, 1.2.3.4, 10.0.0.2", "1.2.3.4"),
        (2, "1.2.3.4", "10.0.0.1"),  # fewer hops than proxies: do not trust the header
    ],
)
def test_client_address_trusts_only_the_configured_proxies(proxies, forwarded, expected, settings):
    settings.NEWSROOM_PROXY_COUNT = proxies
    request = RequestFactory().get("/", REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR=forwarded)
    assert client_ip(request) == expected


# ---------------------------------------------------------------------------
# Redis outage


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _redis_cache(url: str) -> FailSafeRedisCache:
    return FailSafeRedisCache(
        url, {"OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5}}
    )


def test_redis_down_reads_are_misses_and_writes_are_dropped(caplog):
    cache = _redis_cache(f"redis://127.0.0.1:{_closed_port()}/4")

    with caplog.at_level(logging.WARNING, logger="stories.cache_backend"):
        assert cache.get("story:1", "miss") == "miss"
        cache.set("story:1", "cached")
        assert cache.get_or_set("story:2", lambda: "from the database") == "from the database"
        assert cache.get_many(["a", "b"]) == {}
        assert cache.add("x", 1) is False
        cache.delete("story:1")
        with pytest.raises(ValueError, match="not found"):
            cache.incr("hits")

    warnings = [r for r in caplog.records if r.name == "stories.cache_backend"]
    assert len(warnings) == 1, "one log line per outage, not one per call"
    assert "ConnectionError" in warnings[0].getMessage()


def test_site_keeps_serving_with_redis_url_pointing_at_a_closed_port(client, staff):
    url = f"redis://127.0.0.1:{_closed_port()}/4"
    with override_settings(
        CACHES={"default": {"BACKEND": "stories.cache_backend.FailSafeRedisCache", "LOCATION": url}}
    ):
        assert caches["default"].get("anything") is None
        client.force_login(staff)
        assert client.get("/admin/").status_code == 200
        story = factories.make_story(status="published")
        assert client.get(story.get_absolute_url()).status_code == 200


def test_real_redis_still_works_through_the_fail_safe_backend():
    cache = _redis_cache(os.environ.get("NEWSROOM_TEST_REDIS_URL", "redis://127.0.0.1:6379/4"))
    try:
        cache._cache.get_client(write=True).ping()
    except Exception:  # noqa: BLE001
        pytest.skip("no Redis at 127.0.0.1:6379")
    cache.set("newsroom-test-key", {"a": 1}, 30)
    assert cache.get("newsroom-test-key") == {"a": 1}
    cache.delete("newsroom-test-key")


# ---------------------------------------------------------------------------
# Health check


@pytest.mark.django_db
@override_settings(SECURE_SSL_REDIRECT=True)
def test_healthz_answers_over_plain_http_for_the_load_balancer(client):
    response = client.get("/healthz/")
    assert response.status_code == 200
    assert response.json() == {"database": "ok", "cache": "ok"}
    assert "no-cache" in response["Cache-Control"]


@pytest.mark.django_db
def test_healthz_reports_a_cache_outage_but_stays_up(client):
    url = f"redis://127.0.0.1:{_closed_port()}/4"
    with override_settings(
        CACHES={"default": {"BACKEND": "stories.cache_backend.FailSafeRedisCache", "LOCATION": url}}
    ):
        response = client.get("/healthz/")
    assert response.status_code == 200
    assert response.json() == {"database": "ok", "cache": "down"}


@pytest.mark.django_db
def test_healthz_is_503_when_the_database_does_not_answer(client, monkeypatch):
    from django.db import OperationalError, connection

    def broken():
        raise OperationalError("connection refused")

    monkeypatch.setattr(connection, "cursor", broken)
    response = client.get("/healthz/")
    assert response.status_code == 503
    assert response.json()["database"] == "down"


# ---------------------------------------------------------------------------
# Docs stay honest


def test_every_production_setting_is_documented_for_the_operator():
    import re

    settings_text = (ROOT / "newsroom" / "settings.py").read_text()
    names = set(
        re.findall(r'(?:os\.environ\.get|env_bool|env_list)\(\s*"([A-Z_]+)"', settings_text)
    )
    # Development and test switches, not for production.
    names -= {"NEWSROOM_ALLOW_DEV_KEY", "NEWSROOM_SEEDS_DIR"}
    docs = (ROOT / "docs" / "production.md").read_text()
    assert names, "the settings read no environment variable?"
    missing = sorted(n for n in names if f"`{n}`" not in docs)
    assert missing == [], f"docs/production.md does not explain {missing}"


def test_api_password_logins_are_locked_out_too(staff):
    """Any API login that authenticates with the request (HTTP Basic here) shares the lockout."""
    import base64

    from rest_framework.authentication import BasicAuthentication
    from rest_framework.permissions import IsAuthenticated
    from rest_framework.response import Response
    from rest_framework.test import APIRequestFactory
    from rest_framework.views import APIView

    class Me(APIView):
        authentication_classes = [BasicAuthentication]
        permission_classes = [IsAuthenticated]

        def get(self, request):
            return Response({"user": request.user.username})

    def call(password: str) -> int:
        token = base64.b64encode(f"edith:{password}".encode()).decode()
        request = APIRequestFactory().get(
            "/api/me/", HTTP_AUTHORIZATION=f"Basic {token}", REMOTE_ADDR="203.0.113.8"
        )
        return Me.as_view()(request).status_code

    assert call(PASSWORD) == 200
    for _ in range(5):
        assert call("wrong-password") in (401, 403)
    assert call(PASSWORD) in (401, 403)
