"""The newsroom's admin: stories, people, sources, quotes, claims and the read-only check log."""

from django.contrib import admin

from .models import CheckEvent, Claim, Correction, Person, Quote, Source, Story


@admin.register(Story)
class StoryAdmin(admin.ModelAdmin):
    list_display = ["headline", "dateline", "status", "byline"]
    list_filter = ["status", "dateline"]
    search_fields = ["headline", "body"]
    readonly_fields = ["status", "published_at", "version", "source_checksum"]


@admin.register(Person)
class PersonAdmin(admin.ModelAdmin):
    list_display = ["name", "birth_date"]
    search_fields = ["name"]


for model in (Source, Quote, Claim, Correction):
    admin.site.register(model)


@admin.register(CheckEvent)
class CheckEventAdmin(admin.ModelAdmin):
    list_display = [
        "created_at",
        "story",
        "entry_type",
        "entry_id",
        "from_status",
        "to_status",
        "actor",
    ]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
