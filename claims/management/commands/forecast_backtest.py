import json
from typing import Any

from django.core.management.base import BaseCommand, CommandError

from claims.services.forecasts import forecasts_backtest, forecasts_backtest_synthetic


class Command(BaseCommand):
    help = (
        "Forecast each resolved claim as of the day it was stated, from what was recorded "
        "before then, and score the forecasts: Brier score and skill, a 5-bin reliability "
        "table with 90% Wilson intervals, P50/P80 coverage with censoring. With --synthetic N "
        "the ledger is drawn from a known model instead (docs/forecasts.md)."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("--json", action="store_true", help="Print one JSON object last.")
        parser.add_argument(
            "--synthetic", type=int, metavar="N", help="Backtest a synthetic ledger of N claims."
        )
        parser.add_argument(
            "--seed", type=int, default=7, help="The synthetic ledger's seed (default 7)."
        )

    def handle(self, *args, synthetic: int | None, seed: int, **options) -> None:
        if synthetic is not None and not 10 <= synthetic <= 100_000:
            raise CommandError(f"--synthetic takes 10 to 100000 claims, not {synthetic}.")
        if synthetic is None:
            self.stderr.write("Backtesting the ledger…")
            summary = forecasts_backtest()
        else:
            self.stderr.write(f"Backtesting a synthetic ledger of {synthetic} claims, seed {seed}…")
            summary = forecasts_backtest_synthetic(n=synthetic, seed=seed)
        self._report(summary)
        if options["json"]:
            self.stdout.write(json.dumps(summary, sort_keys=True))

    def _report(self, summary: dict[str, Any]) -> None:
        write = self.stdout.write
        write(
            f"{summary['ledger']} ledger as of {summary['as_of']}: n = {summary['n']} claims "
            f"whose first deadline has passed ({summary['n_forecast']} forecast), base rate "
            f"{_f(summary['base_rate'])}"
        )
        write(
            f"Brier {_f(summary['brier'])}, skill against the base rate "
            f"{_f(summary['brier_skill'])}"
        )
        write(
            "Reliability of the model's forecasts (90% Wilson interval around the observed share):"
        )
        for row in summary["bins"]:
            write(
                f"  {row['low']:.1f}-{row['high']:.1f}: {row['count']:5d} claims, "
                f"mean forecast {_f(row['mean_forecast'])}, observed {_f(row['observed'])}, "
                f"interval {row['interval'] or '-'}"
                + ("" if row["holds"] is None else (" holds" if row["holds"] else " MISSES"))
            )
        prior = summary.get("prior_period")
        if prior and prior["count"]:
            write(
                f"  Published prior alone (before the record could teach): {prior['count']} "
                f"claims, forecast {_f(prior['mean_forecast'])}, observed "
                f"{_f(prior['observed'])}, interval {prior['interval']}"
                + (" holds" if prior["holds"] else " MISSES")
            )
        write(
            f"P50 coverage {_f(summary['p50_coverage'])}, P80 coverage "
            f"{_f(summary['p80_coverage'])} (censoring-aware; {summary['beyond_data']['p80']} "
            "P80 date(s) beyond the data left out)"
        )
        if "bounds" in summary:
            write(f"Bounds: {json.dumps(summary['bounds'], sort_keys=True)}")


def _f(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"
