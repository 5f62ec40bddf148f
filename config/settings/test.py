"""Test settings: the base settings, made fast and deterministic.

DATABASE_URL and REDIS_URL still apply, so CI runs the suite on PostgreSQL and Redis.
"""

import os
from urllib.parse import urlsplit, urlunsplit

from .base import *  # noqa: F403
from .base import REDIS_URL, VAR_DIR


def redis_url_for_worker(url: str, worker: str) -> str:
    """The Redis database of one pytest-xdist worker ("gw0", "gw1"...): the URL's own index
    plus the worker's number, so two workers' Celery tests never take each other's tasks."""
    if not url or not worker.startswith("gw"):
        return url
    parts = urlsplit(url)
    index = int(parts.path.strip("/") or 0) + int(worker[2:])
    return urlunsplit(parts._replace(path=f"/{index}"))


# Subprocesses a test starts (a Celery worker to kill, a poll) inherit the worker's name and
# the moved URL from the environment; the mark keeps them from moving it a second time.
_WORKER = os.environ.get("PYTEST_XDIST_WORKER", "")
if REDIS_URL and os.environ.get("PLEDGEWATCH_REDIS_MOVED_FOR") != _WORKER:
    REDIS_URL = redis_url_for_worker(REDIS_URL, _WORKER)
    os.environ["REDIS_URL"] = REDIS_URL
    os.environ["PLEDGEWATCH_REDIS_MOVED_FOR"] = _WORKER

DEBUG = False
SECRET_KEY = "test-only-secret-key"  # noqa: S105
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
LOGGING = {"version": 1, "disable_existing_loggers": False}
STATIC_ROOT = VAR_DIR / "test-static"
STATIC_ROOT.mkdir(parents=True, exist_ok=True)  # WhiteNoise warns about a missing root

# A real broker in CI (Redis, from REDIS_URL); an in-memory one where Redis is absent.
CELERY_BROKER_URL = REDIS_URL or "memory://"
CELERY_BROKER_TRANSPORT_OPTIONS = {"visibility_timeout": CELERY_VISIBILITY_TIMEOUT}  # noqa: F405
SITE_URL = "http://testserver"
