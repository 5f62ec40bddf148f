import json

from django.core.management.base import BaseCommand

from claims.services.forecasts import forecasts_refresh


class Command(BaseCommand):
    help = (
        "Fit the forecast model on the ledger and store a new snapshot of forecasts for every "
        "open claim and organisation. The same service as the nightly task."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "--if-changed",
            action="store_true",
            help="Do nothing when no claim changed since the last refresh.",
        )
        parser.add_argument("--json", action="store_true", help="Print one JSON object last.")

    def handle(self, *args, if_changed: bool, **options) -> None:
        as_json = options["json"]
        # Progress goes to stderr with --json, so stdout's last line stays one JSON object.
        out = self.stderr if as_json else self.stdout
        result = forecasts_refresh(only_if_changed=if_changed, progress=out.write)
        if as_json:
            self.stdout.write(json.dumps(result.as_dict(), sort_keys=True))
        elif not result.skipped:
            self.stdout.write(
                f"Forecast {result.forecasts} open claim(s) ({result.without_forecast} without a "
                f"forecast, each with its reason) and {result.organisations} organisation(s), "
                f"from {result.resolved} resolved date(s); method {result.method}, "
                f"model {result.model_version}."
            )
