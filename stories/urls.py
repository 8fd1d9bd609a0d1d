"""Public URLs of the stories app (namespace ``stories``)."""

from django.urls import path

from . import views

app_name = "stories"

urlpatterns = [
    path("stories/<slug:slug>/", views.story_detail, name="story_detail"),
    path("people/<slug:slug>/", views.person_detail, name="person_detail"),
]
