import json as jsonlib

from django.core.management.base import BaseCommand

from tracker.services import digests_send


class Command(BaseCommand):
    help = "Queue alerts from new ledger events and send the pending daily digests, once."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--json", action="store_true", help="Print one JSON object of counts.")

    def handle(self, *args, json: bool, **options) -> None:
        report = digests_send()
        if json:
            self.stdout.write(jsonlib.dumps(report.as_dict(), sort_keys=True))
            return
        self.stdout.write(
            f"Queued {report.queued} alert(s); sent {report.sent} in digests, "
            f"{report.deferred} digest(s) refused for now, {report.pending} still pending."
        )
