import json

from django.core.management.base import BaseCommand

from tracker.services import news_items_match


class Command(BaseCommand):
    help = (
        "Match the stored news items not matched yet (left by a poll that was killed or timed "
        "out) and queue their evidence candidates. The same code as the 5-minute task."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("--json", action="store_true", help="Print the counts as JSON.")

    def handle(self, *args, **options) -> None:
        report = news_items_match()
        summary = {
            "items": report.items,
            "evidence": report.evidence,
            "collapsed": report.collapsed,
            "held_back": report.held_back,
        }
        if options["json"]:
            self.stdout.write(json.dumps(summary, sort_keys=True))
            return
        self.stdout.write(
            f"{report.items} item(s) matched, {report.evidence} evidence candidate(s), "
            f"{report.collapsed} near-duplicate(s) collapsed, {report.held_back} held back "
            "by the caps."
        )
