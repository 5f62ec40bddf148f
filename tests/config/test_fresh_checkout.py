"""`make run` on a fresh clone: git ignores var/, so the embedded defaults (SQLite, kombu's
filesystem broker) must make the folders they keep their files in."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[2]
# Connects to the database and queues a message, as `manage.py migrate` and the first task do.
FIRST_USE = (
    "from django.db import connection; connection.ensure_connection(); "
    "from config.celery import app; app.send_task('pledgewatch.first-use-probe')"
)


def test_a_checkout_without_var_opens_its_database_and_queues_on_the_embedded_defaults(tmp_path):
    checkout = tmp_path / "checkout"
    # Settings find var/ beside their own package and Python looks for packages beside the
    # script, both through links, so config/ and manage.py are copied; the rest is linked.
    shutil.copytree(PROJECT / "config", checkout / "config")
    shutil.copy(PROJECT / "manage.py", checkout / "manage.py")
    for name in ("claims", "tracker", "language", "templates", "locale"):
        (checkout / name).symlink_to(PROJECT / name)
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"DATABASE_URL", "REDIS_URL", "CELERY_BROKER_URL"}
    }
    env["DJANGO_SETTINGS_MODULE"] = "config.settings.base"

    result = subprocess.run(  # noqa: S603 - our own fixed command
        [sys.executable, "manage.py", "shell", "-c", FIRST_USE],
        cwd=checkout,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )

    assert result.returncode == 0, result.stderr[-2000:]
    assert (checkout / "var" / "pledgewatch.sqlite3").is_file()
    assert [path.suffix for path in (checkout / "var" / "broker").iterdir()] == [".msg"]
