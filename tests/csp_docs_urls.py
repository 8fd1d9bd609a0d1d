"""URLconf for tests/test_security_browser.py: the site plus the API docs in their CSP-safe form.

Swagger UI's default view starts itself with an inline script, which the site's
Content-Security-Policy (script-src 'self') blocks; the split view serves
that script from its own URL. This module only routes; it defines no views.
"""

from django.urls import path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView

from newsroom.urls import urlpatterns as site_urlpatterns

urlpatterns = [
    *site_urlpatterns,
    path("csp-check/schema/", SpectacularAPIView.as_view(), name="csp-check-schema"),
    path(
        "csp-check/docs/",
        SpectacularSwaggerSplitView.as_view(url_name="csp-check-schema"),
        name="csp-check-docs",
    ),
]
