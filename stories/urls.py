"""Public URLs of the stories app (namespace ``stories``): pages, feeds, sitemap, robots.txt."""

from django.contrib.sitemaps.views import sitemap
from django.urls import path
from django.views.decorators.cache import cache_control

from . import views
from .cache import LISTS, cache_public, story_scope
from .feeds import LatestStoriesAtomFeed, LatestStoriesFeed
from .sitemaps import SITEMAPS

app_name = "stories"


def public(view):
    """A public list-like page: browser revalidation headers, server cache under the lists scope."""
    return cache_public(lambda request, *args, **kwargs: [LISTS])(
        cache_control(public=True, max_age=views.PUBLIC_MAX_AGE, must_revalidate=True)(view)
    )


# A story page depends on that story only; a person page on every story they appear in.
per_story = cache_public(lambda request, slug: [story_scope(slug)])
lists = cache_public(lambda request, *args, **kwargs: [LISTS])

urlpatterns = [
    path("", lists(views.story_list), name="story_list"),
    path("stories/<slug:slug>/", per_story(views.story_detail), name="story_detail"),
    path("corrections/", lists(views.correction_list), name="correction_list"),
    path("search/", lists(views.story_search), name="search"),
    path("people/<slug:slug>/", lists(views.person_detail), name="person_detail"),
    path("feeds/rss/", public(LatestStoriesFeed()), name="feed_rss"),
    path("feeds/atom/", public(LatestStoriesAtomFeed()), name="feed_atom"),
    path("sitemap.xml", public(sitemap), {"sitemaps": SITEMAPS}, name="sitemap"),
    path("robots.txt", views.robots_txt, name="robots_txt"),
]
