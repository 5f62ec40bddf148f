from django.core.management.base import BaseCommand

from claims.demo import demo_load
from tracker.demo import DEMO_EMAIL, demo_feeds_load, demo_subscriber_load


class Command(BaseCommand):
    help = (
        "Load the demo ledger (Bleu, 2022-2025), a demo subscriber following every claim and "
        "the demo news feeds (their matches become evidence to review). "
        "Safe to run again: existing rows are kept."
    )

    def handle(self, *args, **options) -> None:
        created = demo_load()
        created["subscriptions"] = int(demo_subscriber_load())
        feeds = demo_feeds_load()
        created["news items"] = feeds["new_items"]
        if any(created.values()):
            summary = ", ".join(f"{count} {name}" for name, count in created.items() if count)
            self.stdout.write(self.style.SUCCESS(f"Demo loaded: created {summary}."))
        else:
            self.stdout.write("Demo already loaded: nothing to create.")
        self.stdout.write(f"Demo subscriber: {DEMO_EMAIL} (every claim, every event, immediately).")
