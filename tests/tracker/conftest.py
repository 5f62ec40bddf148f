import pytest
from celery.contrib.testing.worker import start_worker

from config.celery import app as celery_app
from tests.smtp import SMTPServer


@pytest.fixture
def smtp_server(settings):
    """A real SMTP server on a free loopback port; Django's SMTP backend sends to it."""
    with SMTPServer() as server:
        settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
        settings.EMAIL_HOST = "127.0.0.1"
        settings.EMAIL_PORT = server.port
        settings.EMAIL_USE_TLS = False
        settings.EMAIL_HOST_USER = ""
        settings.EMAIL_HOST_PASSWORD = ""
        settings.EMAIL_TIMEOUT = 10
        yield server


@pytest.fixture
def celery_worker(transactional_db):
    """A real Celery worker in a thread, on the configured broker (Redis in CI, else memory)."""
    with start_worker(
        celery_app, pool="solo", perform_ping_check=False, shutdown_timeout=30
    ) as worker:
        yield worker


# The news watch's loopback HTTP servers (tests/tracker/news_fixtures.py).
from tests.tracker.news_fixtures import (  # noqa: E402, F401
    _module_server,
    allow_loopback,
    feed_server,
    raw_server,
)

# The alert channels' loopback receivers (tests/tracker/receivers.py).
from tests.tracker.receivers import allow_outbound, receiver  # noqa: E402, F401
