"""RSS 2.0 and Atom feeds of published stories, built with django.contrib.syndication.

Items come from ``stories.selectors.story_list_published_recent``: published
stories only (a retracted story leaves the feed). The description is the
story's first paragraph as plain text. Feeds never list unverified entries.
"""

from __future__ import annotations

import datetime as dt

from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed

from . import selectors
from .markup import first_paragraph
from .models import Story

FEED_SIZE = 30


class LatestStoriesFeed(Feed):
    feed_type = Rss201rev2Feed
    title = "Newsroom: latest fact-checked stories"
    description = (
        "Stories published by Newsroom. Only what our fact-checkers verified is published."
    )

    def link(self) -> str:
        return reverse("stories:story_list")

    def items(self):
        return selectors.story_list_published_recent().only(
            "headline", "slug", "byline", "body", "published_at", "dateline", "updated_at"
        )[:FEED_SIZE]

    def item_title(self, item: Story) -> str:
        return item.headline

    def item_description(self, item: Story) -> str:
        return first_paragraph(item.body, limit=500)

    def item_link(self, item: Story) -> str:
        return item.get_absolute_url()

    def item_guid(self, item: Story) -> str:
        return item.get_absolute_url()

    def item_author_name(self, item: Story) -> str | None:
        return item.byline or None

    def item_pubdate(self, item: Story) -> dt.datetime | None:
        return item.published_at

    def item_updateddate(self, item: Story) -> dt.datetime | None:
        return item.updated_at


class LatestStoriesAtomFeed(LatestStoriesFeed):
    feed_type = Atom1Feed
    subtitle = LatestStoriesFeed.description
