"""Test settings: the base settings, made fast and deterministic.

DATABASE_URL and REDIS_URL still apply, so CI runs the suite on PostgreSQL and Redis.
"""

from .base import *  # noqa: F403
from .base import VAR_DIR

DEBUG = False
SECRET_KEY = "test-only-secret-key"  # noqa: S105
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
LOGGING = {"version": 1, "disable_existing_loggers": False}
STATIC_ROOT = VAR_DIR / "test-static"
