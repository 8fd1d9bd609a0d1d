"""The newsroom's admin: the fact-checker's workspace (story list, check page) and reference data.

Importing this package registers every ModelAdmin. State changes go through
``stories.services`` only; nothing here writes a status field itself.
"""

from django.contrib import admin

from .entries import (
    CheckEventAdmin,
    ClaimAdmin,
    CorrectionAdmin,
    PersonAdmin,
    QuoteAdmin,
    SourceAdmin,
)
from .story import StoryAdmin

admin.site.site_header = "Newsroom"
admin.site.site_title = "Newsroom"
admin.site.index_title = "Stories and fact-checks"

__all__ = [
    "CheckEventAdmin",
    "ClaimAdmin",
    "CorrectionAdmin",
    "PersonAdmin",
    "QuoteAdmin",
    "SourceAdmin",
    "StoryAdmin",
]
