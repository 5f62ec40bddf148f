import datetime as dt

import pytest
import time_machine
from django.utils import timezone
from hypothesis import settings

# The browser tests' fresh Chromium context (tests/browser.py), a fixture for every module.
from tests.browser import browser  # noqa: F401

# Properties are checked for what they say, not for how fast each example runs: speed is
# measured in bench/, and Hypothesis's default 200 ms per example fails at random on a slow
# or busy machine.
settings.register_profile("pledgewatch", deadline=None)
settings.load_profile("pledgewatch")

# The day the suite pretends it is, unless a test moves the clock itself.
NOW = dt.datetime(2026, 11, 28, 12, 0, tzinfo=dt.UTC)


@pytest.fixture(autouse=True)
def site_language():
    """Each test starts in the site's language: a request in French (LocaleMiddleware) leaves
    French active in the thread, which would otherwise leak into the next test."""
    from django.utils import translation

    translation.deactivate()
    yield
    translation.deactivate()


@pytest.fixture
def now():
    with time_machine.travel(NOW, tick=False) as traveller:
        yield traveller


@pytest.fixture
def editor(db):
    from tests.factories import UserFactory

    return UserFactory(username="editor", groups=["Editors"])


@pytest.fixture
def viewer(db):
    from tests.factories import UserFactory

    return UserFactory(username="viewer", groups=["Viewers"])


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


@pytest.fixture
def today():
    return timezone.localdate()
