import datetime as dt
import json
import zoneinfo

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from claims.services import FutureDateError
from tracker.services import deadlines_sweep


class Command(BaseCommand):
    help = (
        "Run the deadline sweep once: move claim statuses, mark deadlines 30 and 7 days away, "
        "queue the alerts. The same code as the hourly task."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "--as-of",
            metavar="YYYY-MM-DD",
            help="Sweep as if it were noon on this day (default: now); a future day only with "
            "--dry-run.",
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="Report the status changes without making them."
        )
        parser.add_argument("--json", action="store_true", help="Print one JSON object of counts.")

    def handle(self, *args, as_of: str | None, dry_run: bool, **options) -> None:
        now = None
        if as_of:
            try:
                day = dt.date.fromisoformat(as_of)
            except ValueError as error:
                raise CommandError(
                    f"--as-of must be a date as YYYY-MM-DD, not {as_of!r}."
                ) from error
            zone = zoneinfo.ZoneInfo(settings.CLAIMS_DEFAULT_TIMEZONE)
            today = timezone.localtime(timezone.now(), zone).date()
            if day > today and not dry_run:
                raise CommandError(
                    f"--as-of {day} is in the future: a sweep as of it would record events that "
                    "have not happened and alert people. Add --dry-run to preview it."
                )
            # Today: now. An earlier day: noon on it, so every time zone is on that date.
            now = None if day == today else dt.datetime.combine(day, dt.time(12), zone)
        try:
            report = deadlines_sweep(now=now, dry_run=dry_run)
        except FutureDateError as error:
            raise CommandError(str(error)) from error
        if options["json"]:
            self.stdout.write(_json(report.as_dict() | {"dry_run": dry_run}))
            return
        verb = "Would move" if dry_run else "Moved"
        moved = sum(report.transitions.values())
        detail = ", ".join(f"{n} to {status}" for status, n in sorted(report.transitions.items()))
        self.stdout.write(f"{verb} {moved} claim(s){': ' + detail if detail else ''}.")
        if not dry_run:
            self.stdout.write(
                f"Marked {report.due_soon} approaching deadline(s); "
                f"queued {report.alerts} alert(s)."
            )


def _json(data: dict) -> str:
    return json.dumps(data, sort_keys=True)
