"""Small security pieces Django 5.2 does not ship: a Content-Security-Policy header, the login client's address, the lockout backend.

``ContentSecurityPolicyMiddleware`` adds the policy in ``settings.CONTENT_SECURITY_POLICY``
to every response that has none. ``client_ip`` tells django-axes who is logging in,
trusting ``X-Forwarded-For`` only as far as ``settings.NEWSROOM_PROXY_COUNT`` proxies.
``LoginLockoutBackend`` is axes' lockout check for logins made over HTTP.
Nothing here reads or writes the database.
"""

from __future__ import annotations

from collections.abc import Callable

from axes.backends import AxesStandaloneBackend
from django.conf import settings
from django.http import HttpRequest, HttpResponse


class ContentSecurityPolicyMiddleware:
    """Sends the site's Content-Security-Policy unless a view set its own."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        policy = getattr(settings, "CONTENT_SECURITY_POLICY", "")
        if policy and "Content-Security-Policy" not in response:
            response["Content-Security-Policy"] = policy
        return response


def client_ip(request: HttpRequest) -> str | None:
    """The login's client address: REMOTE_ADDR, or behind N proxies the Nth X-Forwarded-For hop from the right.

    Entries left of the trusted ones are whatever the client claimed, so they are ignored.
    """
    proxies = getattr(settings, "NEWSROOM_PROXY_COUNT", 0)
    if proxies > 0:
        hops = [h.strip() for h in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
        hops = [h for h in hops if h]
        if len(hops) >= proxies:
            return hops[-proxies]
    return request.META.get("REMOTE_ADDR")


class LoginLockoutBackend(AxesStandaloneBackend):
    """django-axes' lockout check, applied to every login that comes with an HTTP request.

    Axes refuses ``authenticate()`` calls without a request; those come from code,
    not from a client that could be locked out (management commands, the test
    client's ``login()``), so they pass through to the next backend unchanged.
    Every HTTP login path (admin form, DRF authentication) passes the request.
    """

    def authenticate(self, request, username=None, password=None, **kwargs):
        if request is None:
            return None
        return super().authenticate(request, username=username, password=password, **kwargs)
