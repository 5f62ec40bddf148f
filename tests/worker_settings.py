"""Settings for a Celery worker that a test starts as a subprocess (tests/tracker/test_kill.py).

The test settings, except for what a separate process must share with the test: e-mail goes
over SMTP to the test's server (EMAIL_URL), the cache (IdempotentTask's delivery counter) lives
in Redis, and the broker looks for messages to re-deliver every second, so a message abandoned
by a killed worker comes back as soon as CELERY_VISIBILITY_TIMEOUT has passed.
"""

from config.settings.base import env
from config.settings.test import *  # noqa: F403
from config.settings.test import CELERY_BROKER_TRANSPORT_OPTIONS, REDIS_URL

vars().update(env.email_url("EMAIL_URL", default="memorymail://"))
# A stalled server must not hold a worker forever (the test kills it long before this).
EMAIL_TIMEOUT = 30

if REDIS_URL:
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL}
    }

CELERY_BROKER_TRANSPORT_OPTIONS = {
    **CELERY_BROKER_TRANSPORT_OPTIONS,
    "unacked_restore_interval": 1,
    "unacked_restore_throttle": 1,
}
