"""The stories app: stories, the claims in them and their checks."""

from django.apps import AppConfig


class StoriesConfig(AppConfig):
    name = "stories"
    verbose_name = "Stories and fact-checks"
