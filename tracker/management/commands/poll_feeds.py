import json

from django.core.management.base import BaseCommand, CommandError

from tracker.models import Feed
from tracker.services import feed_poll, feeds_claim_due


class Command(BaseCommand):
    help = (
        "Poll the news feeds that are due (or one feed, due or not), store new items and queue "
        "evidence candidates. The same code as the 15-minute task, run here in one process."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("--feed", type=int, metavar="ID", help="Poll this feed now.")
        parser.add_argument("--json", action="store_true", help="Print one JSON object per feed.")

    def handle(self, *args, feed: int | None, **options) -> None:
        if feed is not None:
            if not Feed.objects.filter(pk=feed).exists():
                raise CommandError(f"There is no feed with id {feed}.")
            feed_ids = [feed]
        else:
            feed_ids = feeds_claim_due()
        reports = [feed_poll(feed_id=feed_id) for feed_id in feed_ids]
        if options["json"]:
            for report in reports:
                self.stdout.write(json.dumps(report.as_dict(), sort_keys=True))
            return
        for report in reports:
            line = (
                f"feed {report.feed}: {report.status}, {report.new_items} new item(s), "
                f"{report.duplicates} already stored, {report.evidence} evidence candidate(s)"
            )
            self.stdout.write(line + (f" - {report.error}" if report.error else ""))
        if not reports:
            self.stdout.write("No feed is due.")
