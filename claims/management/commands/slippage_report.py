from django.core.management.base import BaseCommand
from django.db.models import F

from claims.selectors import claims_with_metrics
from language.deadlines import format_window


class Command(BaseCommand):
    help = (
        "Print a table of claims with their status, first and current deadline, whether the "
        "first was met, days late and how far the deadline moved."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("--organisation", help="Only this promiser (slug).")

    def handle(self, *args, organisation: str | None = None, **options) -> None:
        claims = claims_with_metrics().order_by(
            "promiser__name", F("deadline_end").asc(nulls_last=True), "id"
        )
        if organisation:
            claims = claims.filter(promiser__slug=organisation)
        headers = [
            "Promiser",
            "Statement",
            "Status",
            "First deadline",
            "Met?",
            "Days late",
            "In force",
            "Moved (d)",
            "Restated",
        ]
        rows = [
            [
                claim.promiser.name,
                claim.statement if len(claim.statement) <= 60 else claim.statement[:59] + "…",
                claim.get_status_display() or "-",
                format_window(claim.original_deadline_start, claim.original_deadline_end),
                {True: "yes", False: "MISSED", None: "-"}[claim.first_deadline_met],
                "-" if claim.days_late is None else str(claim.days_late),
                format_window(claim.deadline_start, claim.deadline_end),
                "-"
                if claim.slippage_days is None
                else f"{claim.slippage_days:+d}"
                if claim.slippage_days
                else "0",
                str(claim.restatements),
            ]
            for claim in claims
        ]
        if not rows:
            self.stdout.write("No claims recorded.")
            return
        widths = [max(len(row[i]) for row in [headers, *rows]) for i in range(len(headers))]
        line = "  ".join(f"{{:<{width}}}" for width in widths)
        self.stdout.write(line.format(*headers))
        self.stdout.write("  ".join("-" * width for width in widths))
        for row in rows:
            self.stdout.write(line.format(*row))
        self.stdout.write(f"\n{len(rows)} claim(s).")
