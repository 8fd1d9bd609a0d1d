"""URL map of Newsroom: the admin, the public pages and the API."""

from django.contrib import admin
from django.urls import include, path

from newsroom.health import healthz

urlpatterns = [
    path("admin/", admin.site.urls),
    path("api/", include("stories.api.urls")),
    path("", include("stories.urls")),
    path("healthz/", healthz, name="healthz"),
]
