"""Public pages: what readers see. Only published stories and verified entries."""

from django.shortcuts import get_object_or_404, render

from .models import Person, Story


def story_detail(request, slug):
    story = get_object_or_404(Story.objects.published(), slug=slug)
    return render(request, "stories/story_detail.html", {"story": story})


def person_detail(request, slug):
    person = get_object_or_404(Person, slug=slug)
    return render(request, "stories/person_detail.html", {"person": person})
