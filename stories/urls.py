"""Public URLs of the stories app (namespace ``stories``): pages, feeds, sitemap, robots.txt."""

from django.contrib.sitemaps.views import sitemap
from django.urls import path
from django.views.decorators.cache import cache_control

from . import views
from .feeds import LatestStoriesAtomFeed, LatestStoriesFeed
from .sitemaps import SITEMAPS

app_name = "stories"

public = cache_control(public=True, max_age=views.PUBLIC_MAX_AGE)

urlpatterns = [
    path("", views.story_list, name="story_list"),
    path("stories/<slug:slug>/", views.story_detail, name="story_detail"),
    path("corrections/", views.correction_list, name="correction_list"),
    path("people/<slug:slug>/", views.person_detail, name="person_detail"),
    path("feeds/rss/", public(LatestStoriesFeed()), name="feed_rss"),
    path("feeds/atom/", public(LatestStoriesAtomFeed()), name="feed_atom"),
    path("sitemap.xml", public(sitemap), {"sitemaps": SITEMAPS}, name="sitemap"),
    path("robots.txt", views.robots_txt, name="robots_txt"),
]
