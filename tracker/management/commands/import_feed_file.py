import json
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from tracker.feeds import FeedError
from tracker.services import feed_file_import


class Command(BaseCommand):
    help = (
        "Read a saved RSS or Atom file through the same path as a poll: store its items once, "
        "match them to open claims and queue evidence candidates. For offline use and tests."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("path", help="The RSS or Atom file.")
        parser.add_argument(
            "--url",
            help="The feed the items are filed under (default: the file's file:// URL); "
            "created disabled if new.",
        )
        parser.add_argument(
            "--json",
            action="store_true",
            help="Print one JSON object per item: guid, title, published, duplicate, matches.",
        )

    def handle(self, *args, path: str, url: str | None, **options) -> None:
        file = Path(path)
        try:
            size = file.stat().st_size
            if size > settings.FEEDS_MAX_BYTES:
                raise CommandError(
                    f"{path} is {size:,} bytes, more than FEEDS_MAX_BYTES "
                    f"({settings.FEEDS_MAX_BYTES:,})."
                )
            content = file.read_bytes()
        except OSError as error:
            raise CommandError(f"Cannot read {path}: {error.strerror or error}") from error
        try:
            items = feed_file_import(content=content, feed_url=url or file.resolve().as_uri())
        except FeedError as error:
            raise CommandError(f"{path}: {error.reason}") from error
        if options["json"]:
            for item in items:
                self.stdout.write(json.dumps(item.as_dict(), ensure_ascii=False))
            return
        new = sum(not item.duplicate for item in items)
        matched = sum(bool(item.matches) for item in items)
        self.stdout.write(
            f"{len(items)} item(s): {new} new, {len(items) - new} already stored; "
            f"{matched} match open claims."
        )
        for item in items:
            for match in item.matches:
                self.stdout.write(
                    f"  {item.title[:70]!r} -> claim {match['claim']} "
                    f"({match['kind']}, {match['score']:.2f})"
                )
