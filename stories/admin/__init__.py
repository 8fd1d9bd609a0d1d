"""The newsroom's admin: the fact-checker's workspace (story list, check page) and reference data.

Importing this package registers every ModelAdmin. State changes go through
``stories.services`` only; nothing here writes a status field itself.
"""

from .entries import (
    CheckEventAdmin,
    ClaimAdmin,
    CorrectionAdmin,
    PersonAdmin,
    QuoteAdmin,
    SourceAdmin,
)
from .story import StoryAdmin

__all__ = [
    "CheckEventAdmin",
    "ClaimAdmin",
    "CorrectionAdmin",
    "PersonAdmin",
    "QuoteAdmin",
    "SourceAdmin",
    "StoryAdmin",
]
