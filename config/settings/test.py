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
STATIC_ROOT.mkdir(parents=True, exist_ok=True)  # WhiteNoise warns about a missing root

# A real broker in CI (Redis, from REDIS_URL); an in-memory one where Redis is absent.
CELERY_BROKER_URL = REDIS_URL or "memory://"  # noqa: F405
CELERY_BROKER_TRANSPORT_OPTIONS = {"visibility_timeout": CELERY_VISIBILITY_TIMEOUT}  # noqa: F405
SITE_URL = "http://testserver"
