"""The test settings under pytest-xdist: each worker process its own Redis database."""

import os
import subprocess
import sys
from pathlib import Path

from config.settings.test import redis_url_for_worker

ROOT = Path(__file__).resolve().parents[2]


def test_each_worker_takes_the_next_redis_database_after_the_one_named():
    assert redis_url_for_worker("redis://127.0.0.1:6379/0", "gw0") == "redis://127.0.0.1:6379/0"
    assert redis_url_for_worker("redis://127.0.0.1:6379/0", "gw1") == "redis://127.0.0.1:6379/1"
    assert redis_url_for_worker("redis://:pw@cache:6380/3", "gw2") == "redis://:pw@cache:6380/5"


def test_a_url_without_a_database_counts_from_database_0():
    assert redis_url_for_worker("redis://127.0.0.1:6379", "gw1") == "redis://127.0.0.1:6379/1"


def test_outside_xdist_or_without_redis_nothing_changes():
    assert redis_url_for_worker("redis://127.0.0.1:6379/4", "") == "redis://127.0.0.1:6379/4"
    assert redis_url_for_worker("", "gw1") == ""


# Prints the broker URL its settings give, then starts itself once more as a child.
SHOW_AND_SPAWN = """
import subprocess, sys
import django
from django.conf import settings
django.setup()
print(settings.CELERY_BROKER_URL)
if sys.argv[1:] == ["spawn"]:
    print(subprocess.run([sys.executable, __file__], capture_output=True, text=True).stdout)
"""


def test_a_subprocess_of_a_worker_keeps_the_workers_redis_database(tmp_path):
    """A Celery worker or a poll that a test starts inherits PYTEST_XDIST_WORKER and the moved
    REDIS_URL: its settings must not move the URL again, or it listens where nothing is sent."""
    script = tmp_path / "show.py"
    script.write_text(SHOW_AND_SPAWN)
    env = {
        **os.environ,
        "PYTEST_XDIST_WORKER": "gw1",
        "REDIS_URL": "redis://127.0.0.1:6379/4",
        "DJANGO_SETTINGS_MODULE": "config.settings.test",
        "PYTHONPATH": str(ROOT),
    }
    env.pop("PLEDGEWATCH_REDIS_MOVED_FOR", None)

    shown = subprocess.run(
        [sys.executable, str(script), "spawn"],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )

    assert shown.stdout.split() == ["redis://127.0.0.1:6379/5", "redis://127.0.0.1:6379/5"]
