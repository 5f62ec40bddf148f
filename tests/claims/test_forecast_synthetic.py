"""The method recovers calibration where the truth is known: issue 14's bounds on a synthetic
ledger of 2,000 claims (claims.forecasting.synthetic), through the command a reader runs.

docs/forecasts.md gives the same figures for seeds 1 to 20: at 90% per bin, a perfectly
calibrated forecaster misses one bin or more in about a third of ledgers by chance alone (the
generator's own probabilities do, for some seeds), so "every bin holds" is checked here for
the seed the issue names, and the spread across seeds is reported there, not hidden."""

from __future__ import annotations

import io
import json

import pytest
from django.core.management import call_command


@pytest.fixture(scope="module")
def seed_7() -> dict:
    out = io.StringIO()
    call_command(
        "forecast_backtest",
        "--synthetic",
        "2000",
        "--seed",
        "7",
        "--json",
        stdout=out,
        stderr=io.StringIO(),
    )
    return json.loads(out.getvalue().strip().splitlines()[-1])


def test_the_last_line_is_one_json_object_with_the_figures(seed_7):
    assert {"n", "brier", "brier_skill", "p50_coverage", "p80_coverage", "bins", "bounds"} <= set(
        seed_7
    )
    assert seed_7["ledger"] == "synthetic" and seed_7["seed"] == 7
    assert seed_7["n_forecast"] == 2000 and seed_7["n"] > 1500
    for row in seed_7["bins"]:
        assert set(row) >= {"count", "mean_forecast", "observed", "interval"}


def test_brier_skill_is_above_zero(seed_7):
    assert seed_7["brier_skill"] > 0
    assert seed_7["bounds"]["brier_skill_above_0"]


def test_p50_and_p80_coverage_are_within_their_bounds(seed_7):
    assert 0.42 <= seed_7["p50_coverage"] <= 0.58
    assert 0.72 <= seed_7["p80_coverage"] <= 0.88


def test_every_bin_with_30_claims_holds_its_observed_rate_within_its_interval(seed_7):
    checked = [row for row in seed_7["bins"] if row["count"] >= 30]
    assert len(checked) >= 3
    for row in checked:
        low, high = row["interval"]
        assert low <= row["mean_forecast"] <= high, row
    assert seed_7["bounds"]["all_hold"]


def test_the_generators_true_probabilities_are_reported_for_contrast(seed_7):
    truth = seed_7["true_probabilities"]
    # Knowing the truth beats the method, which must learn it from the record.
    assert truth["brier_skill"] > seed_7["brier_skill"]
