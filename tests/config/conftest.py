# The loopback HTTP servers the fetcher is tested against (tests/tracker/news_fixtures.py).
from tests.tracker.news_fixtures import (  # noqa: F401
    _module_server,
    allow_loopback,
    feed_server,
    raw_server,
)
