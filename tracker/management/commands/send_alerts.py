import json as jsonlib

from django.core.management.base import BaseCommand

from tracker.services import alerts_send


class Command(BaseCommand):
    help = (
        "Queue alerts from new ledger events and deliver the pending immediate ones (e-mail, "
        "webhooks, Apprise), once."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("--json", action="store_true", help="Print one JSON object of counts.")

    def handle(self, *args, json: bool, **options) -> None:
        report = alerts_send()
        if json:
            self.stdout.write(jsonlib.dumps(report.as_dict(), sort_keys=True))
            return
        waiting = (
            f" ({report.waiting} waiting to retry a webhook or chat)" if report.waiting else ""
        )
        self.stdout.write(
            f"Queued {report.queued} alert(s); sent {report.sent}, failed {report.failed}, "
            f"{report.pending} still pending{waiting}."
        )
