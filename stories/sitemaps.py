"""``sitemap.xml``: the front page, the corrections log, published stories and public people.

Built with django.contrib.sitemaps; every item comes from ``stories.selectors``
so drafts, retracted stories and people seen only in unpublished or
unverified entries are never listed.
"""

from __future__ import annotations

import datetime as dt

from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from . import selectors
from .models import Person, Story


class StaticSitemap(Sitemap):
    changefreq = "hourly"
    priority = 0.6

    def items(self) -> list[str]:
        return ["stories:story_list", "stories:correction_list"]

    def location(self, item: str) -> str:
        return reverse(item)


class StorySitemap(Sitemap):
    changefreq = "daily"
    priority = 0.8
    limit = 5000

    def items(self):
        return selectors.story_list_published_recent().only("slug", "updated_at", "published_at")

    def lastmod(self, item: Story) -> dt.datetime | None:
        return item.updated_at or item.published_at


class PersonSitemap(Sitemap):
    changefreq = "weekly"
    priority = 0.4
    limit = 5000

    def items(self):
        return selectors.person_list_public().only("slug").order_by("slug")

    def location(self, item: Person) -> str:
        return item.get_absolute_url()


SITEMAPS = {"static": StaticSitemap, "stories": StorySitemap, "people": PersonSitemap}
