"""demo: migrate, load the seeds, create one demo user per role, print the logins, run the server."""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.core.management.base import BaseCommand

from stories.permissions import EDITOR, FACT_CHECKER, REPORTER

# Demo logins, printed on start. For a local demo only: never use these on a public server.
DEMO_USERS = [
    ("reporter", REPORTER, "Rita", "Reporter"),
    ("checker", FACT_CHECKER, "Felix", "Checker"),
    ("editor", EDITOR, "Edith", "Editor"),
]
DEMO_PASSWORD_SUFFIX = "-demo-2026"  # noqa: S105 (printed demo logins, local only)


class Command(BaseCommand):
    help = "Set up a demo newsroom (seed story, one user per role) and run the server on 127.0.0.1:8000."

    def add_arguments(self, parser):
        parser.add_argument(
            "--no-serve", action="store_true", help="set everything up but do not run the server"
        )
        parser.add_argument("--addrport", default="127.0.0.1:8000")

    def handle(self, *args, no_serve: bool, addrport: str, **options):
        call_command("migrate", verbosity=0)
        call_command("load_seeds", stdout=self.stdout)
        User = get_user_model()
        self.stdout.write(f"\nDemo logins (open http://{addrport}/admin/):")
        for username, role, first, last in DEMO_USERS:
            password = username + DEMO_PASSWORD_SUFFIX
            user, _ = User.objects.get_or_create(
                username=username, defaults={"first_name": first, "last_name": last}
            )
            user.is_staff = True
            user.set_password(password)
            user.save()
            user.groups.set([Group.objects.get(name=role)])
            self.stdout.write(f"  {role:<13} user {username:<9} password {password}")
        if not no_serve:
            self.stdout.write("")
            call_command("runserver", addrport, use_reloader=False)
