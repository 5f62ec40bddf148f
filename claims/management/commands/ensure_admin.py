import os
import secrets
from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Create an admin login with a random password, printed once, unless one exists."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--username", default="admin")
        parser.add_argument(
            "--login-file",
            help="Also write the new login to this file, readable by its owner only "
            "(`make run` prints it again once start-up has settled).",
        )

    def handle(self, *args, username: str, login_file: str | None = None, **options) -> None:
        User = get_user_model()
        if User.objects.filter(username=username).exists():
            self.stdout.write(
                f"Admin login {username!r} already exists (its password was printed when it was "
                f"created; set a new one with: manage.py changepassword {username})."
            )
            return
        password = secrets.token_urlsafe(12)
        User.objects.create_superuser(username=username, email="", password=password)
        if login_file:
            write_private(Path(login_file), f"Username: {username}\nPassword: {password}\n")
        self.stdout.write(
            self.style.SUCCESS(
                f"Admin login created. Username: {username}  Password: {password}  "
                "(shown only this once)"
            )
        )


def write_private(path: Path, text: str) -> None:
    """Write `text` to a file only its owner may read, created so from the start (no moment
    when another user could open it)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.chmod(path, 0o600)  # an older file keeps its mode on open: set it
    with os.fdopen(descriptor, "w") as file:
        file.write(text)
