"""URLs of the API (namespace ``api``), mounted at /api/ by newsroom/urls.py."""

from django.urls import path

from . import views

app_name = "api"

urlpatterns = [
    path("stories/", views.StoryList.as_view(), name="story-list"),
    path("stories/<slug:slug>/", views.StoryDetail.as_view(), name="story-detail"),
    path("claims/", views.ClaimList.as_view(), name="claim-list"),
    path("quotes/", views.QuoteList.as_view(), name="quote-list"),
    path("sources/", views.SourceList.as_view(), name="source-list"),
    path("people/", views.PersonList.as_view(), name="person-list"),
    path("newsroom/stories/", views.StorySubmit.as_view(), name="newsroom-story-submit"),
    path(
        "newsroom/<str:entry_type>/<int:entry_id>/verdict/",
        views.EntryVerdict.as_view(),
        name="newsroom-entry-verdict",
    ),
    path("schema/", views.Schema.as_view(), name="schema"),
    path("docs/", views.Docs.as_view(url_name="api:schema"), name="docs"),
]
