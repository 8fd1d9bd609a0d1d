"""Who may do what: the newsroom's roles and the ``can_<verb>`` checks the services use.

Roles are Django groups created by a data migration (reporter, fact-checker,
editor); each holds model permissions. These functions only answer
questions; they change nothing.
"""

from __future__ import annotations

from .models import Story, StoryStatus

REPORTER = "reporter"
FACT_CHECKER = "fact-checker"
EDITOR = "editor"

# Custom permissions live on Story (see Story.Meta.permissions).
ROLE_PERMISSIONS: dict[str, list[str]] = {
    REPORTER: [
        "add_story",
        "change_story",
        "view_story",
        "submit_story",
        "view_person",
        "add_person",
        "view_source",
        "view_quote",
        "view_claim",
        "view_correction",
        "view_checkevent",
    ],
    FACT_CHECKER: [
        "view_story",
        "view_person",
        "change_person",
        "add_person",
        "view_source",
        "change_source",
        "view_quote",
        "change_quote",
        "view_claim",
        "change_claim",
        "view_correction",
        "view_checkevent",
        "set_verdict",
    ],
}
ROLE_PERMISSIONS[EDITOR] = sorted(
    {
        *ROLE_PERMISSIONS[REPORTER],
        *ROLE_PERMISSIONS[FACT_CHECKER],
        "publish_story",
        "correct_story",
        "retract_story",
        "add_correction",
    }
)


def _has(user, codename: str) -> bool:
    return bool(user and user.is_active and user.has_perm(f"stories.{codename}"))


def can_edit_story(user, story: Story) -> bool:
    if story.status not in (StoryStatus.DRAFT, StoryStatus.IN_REVIEW):
        return False
    return _has(user, "change_story")


def can_submit(user, story: Story) -> bool:
    return _has(user, "submit_story")


def can_set_verdict(user, story: Story) -> bool:
    """Fact-checkers check entries of stories being prepared; once public only an editor may."""
    if not _has(user, "set_verdict"):
        return False
    if story.status in (StoryStatus.PUBLISHED, StoryStatus.RETRACTED):
        return _has(user, "publish_story")
    return True


def can_publish(user, story: Story) -> bool:
    return _has(user, "publish_story")


def can_correct(user, story: Story) -> bool:
    return _has(user, "correct_story")


def can_retract(user, story: Story) -> bool:
    return _has(user, "retract_story")


def roles_sync() -> None:
    """Create or update the role groups with exactly their permissions (idempotent).

    The data migration creates the roles; this keeps them right after a
    database flush (transactional tests) or a permissions change.
    """
    from django.contrib.auth.models import Group, Permission

    for role, codenames in ROLE_PERMISSIONS.items():
        group, _ = Group.objects.get_or_create(name=role)
        group.permissions.set(
            Permission.objects.filter(content_type__app_label="stories", codename__in=codenames)
        )


# Public pages: who may see a story's staff preview (drafts, unverified entries).
def can_preview(user) -> bool:
    return bool(user and user.is_authenticated and user.is_staff and _has(user, "view_story"))
