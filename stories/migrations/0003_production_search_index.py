"""GIN index for full-text search of stories (stories.search), on PostgreSQL only.

The index expression is exactly the one stories.search.story_search_vector()
builds, so PostgreSQL can use it. Other databases (SQLite) get no index and
search by substring instead; the migration is a no-op there.
"""

from django.db import migrations

INDEX_NAME = "story_search_gin"


def _index():
    from django.contrib.postgres.indexes import GinIndex
    from django.contrib.postgres.search import SearchVector

    return GinIndex(
        SearchVector("headline", weight="A", config="english")
        + SearchVector("body", weight="B", config="english"),
        name=INDEX_NAME,
    )


def create_index(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.add_index(apps.get_model("stories", "Story"), _index())


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.remove_index(apps.get_model("stories", "Story"), _index())


class Migration(migrations.Migration):
    dependencies = [("stories", "0002_roles")]

    operations = [migrations.RunPython(create_index, drop_index, elidable=False)]
