"""The demo subscriber (follows every claim, every event, immediately) and the demo feeds."""

from pathlib import Path

from .models import AlertEvent, Subscription
from .services import alerts_fan_out

DEMO_EMAIL = "demo@example.org"


def demo_subscriber_load() -> bool:
    """Create the demo subscription unless it exists; True when created.

    Load it last, after the demo ledger and feeds: every event recorded so far (the ledger's
    history, the feeds' evidence) first goes through the alert fan-out, which marks it queued
    while nobody follows it, so the subscriber is never sent that history, even when its
    subscription and the last events share a timestamp. Only what happens afterwards reaches it.
    """
    if Subscription.objects.filter(email=DEMO_EMAIL, user=None).exists():
        return False
    alerts_fan_out(enqueue_dispatch=False)
    _, created = Subscription.objects.get_or_create(
        email=DEMO_EMAIL,
        user=None,
        organisation=None,
        category="",
        claim=None,
        defaults={
            **{f"on_{event}": True for event in AlertEvent.values},
            "delivery": Subscription.Delivery.IMMEDIATE,
        },
    )
    return created


DEMO_FEEDS_DIR = Path(__file__).resolve().parent / "demo_feeds"
DEMO_FEEDS_URL = "https://demo.pledgewatch.invalid/feeds/"


def demo_feeds_load() -> dict[str, int]:
    """Import the demo feed files (fictional news written for the project) through the same
    path as `manage.py import_feed_file`, so evidence candidates appear without internet.

    Each file is filed under a disabled feed at a .invalid URL, never polled. Loading twice
    stores nothing twice. Returns counts of items, new items and items with matches.
    """
    from .services import feed_file_import

    counts = {"feeds": 0, "items": 0, "new_items": 0, "matched_items": 0}
    for path in sorted(DEMO_FEEDS_DIR.glob("*.xml")):
        items = feed_file_import(content=path.read_bytes(), feed_url=DEMO_FEEDS_URL + path.name)
        counts["feeds"] += 1
        counts["items"] += len(items)
        counts["new_items"] += sum(not item.duplicate for item in items)
        counts["matched_items"] += sum(bool(item.matches) for item in items)
    return counts
