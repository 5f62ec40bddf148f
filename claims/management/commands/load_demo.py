from django.core.management.base import BaseCommand

from claims.demo import demo_load
from tracker.demo import DEMO_EMAIL, demo_feeds_load, demo_subscriber_load


class Command(BaseCommand):
    help = (
        "Load the demo ledger (28 dated promises of the European trusted-cloud field, "
        "2020-2026, with their sources), the demo news feeds (their matches become evidence "
        "to review) and, last, a demo subscriber following every claim, who is sent only what "
        "happens after it. Safe to run again: existing rows are kept."
    )

    def handle(self, *args, **options) -> None:
        created = demo_load()
        created["news items"] = demo_feeds_load()["new_items"]
        # Last: the subscriber is created once the history above has been through the alert
        # fan-out, so it is not e-mailed the past.
        created["subscriptions"] = int(demo_subscriber_load())
        if any(created.values()):
            summary = ", ".join(f"{count} {name}" for name, count in created.items() if count)
            self.stdout.write(self.style.SUCCESS(f"Demo loaded: created {summary}."))
        else:
            self.stdout.write("Demo already loaded: nothing to create.")
        self.stdout.write(f"Demo subscriber: {DEMO_EMAIL} (every claim, every event, immediately).")
