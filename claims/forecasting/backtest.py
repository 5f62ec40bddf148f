"""Honest evaluation: forecast each claim as of the day it was stated, from what was recorded
before that day only, and score the forecasts against what happened.

- Brier score of `p_on_time` against whether the first deadline was met, and its skill
  against the base rate (the observed share met, forecast for every claim).
- A reliability table: 5 bins of forecast probability, each with its count, mean forecast,
  observed share and 90% Wilson interval around the observed share; a bin "holds" when its
  mean forecast lies inside that interval. The bins hold the model's own forecasts; those
  made from the published prior alone, before the record had MIN_RESOLVED_FOR_FIT resolved
  dates to learn from, are one row of their own (`prior_period`): they test the published
  figures, not the method, and mixed into a bin they would hide which of the two is off.
  The Brier score, its skill and the coverages count every forecast, both kinds.
- P50 and P80 coverage: the share of claims fulfilled by their forecast P50 and P80 dates,
  estimated with censoring (Turnbull on the fulfilment time as a fraction of the forecast
  horizon), since many claims are still open.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from typing import Any

from .model import PUBLISHED_PRIOR, ClaimRecord, FittedModel, deadline_met, fit, forecast
from .survival import Observation, turnbull

BINS = 5
Z90 = 1.6448536269514722  # two-sided 90%
# Above this many claims the model is refitted once a month (on the data recorded before the
# month began) instead of once per stated date: the same rule, a bit less recent data.
REFIT_DAILY_UP_TO = 400


def wilson(successes: int, n: int, z: float = Z90) -> tuple[float, float]:
    """Wilson score interval for a binomial proportion."""
    if n == 0:
        return (0.0, 1.0)
    p = successes / n
    denominator = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denominator
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denominator
    return (max(0.0, centre - half), min(1.0, centre + half))


@dataclass(frozen=True)
class Scored:
    """One backtested claim: its forecast as of its stated date and what happened."""

    record: ClaimRecord
    p: float
    met: bool | None
    p50_date: dt.date | None
    p80_date: dt.date | None
    method: str = ""  # the forecast's method: PUBLISHED_PRIOR before the record could teach


def _row(members: list[tuple[float, bool]], low: float, high: float) -> dict[str, Any]:
    n = len(members)
    hits = sum(met for _, met in members)
    lower, upper = wilson(hits, n)
    mean = sum(p for p, _ in members) / n if n else None
    return {
        "low": low,
        "high": high,
        "count": n,
        "mean_forecast": None if mean is None else round(mean, 4),
        "observed": round(hits / n, 4) if n else None,
        "interval": [round(lower, 4), round(upper, 4)] if n else None,
        "holds": None if mean is None else lower <= mean <= upper,
    }


def reliability(pairs: list[tuple[float, bool]]) -> list[dict[str, Any]]:
    """Five equal-width bins of forecast probability."""
    bins: list[list[tuple[float, bool]]] = [[] for _ in range(BINS)]
    for p, met in pairs:
        bins[min(int(p * BINS), BINS - 1)].append((p, met))
    return [_row(members, index / BINS, (index + 1) / BINS) for index, members in enumerate(bins)]


def brier(pairs: list[tuple[float, bool]]) -> tuple[float | None, float | None, float | None]:
    """(Brier score, Brier skill against the base rate, base rate)."""
    if not pairs:
        return None, None, None
    score = sum((p - met) ** 2 for p, met in pairs) / len(pairs)
    base = sum(met for _, met in pairs) / len(pairs)
    reference = base * (1 - base)
    skill = None if reference == 0 else 1 - score / reference
    return score, skill, base


def coverage(scored: list[Scored], *, today: dt.date, which: str) -> tuple[float | None, int, int]:
    """Share fulfilled by the forecast date, with censoring: (coverage, n, beyond the data).

    Each claim's fulfilment time is measured in units of its forecast horizon (stated date to
    the forecast date), so one Turnbull estimate pools them; coverage is P(u <= 1). Claims
    whose forecast date lay beyond the data are counted apart, not guessed."""
    observations: list[Observation] = []
    beyond = 0
    for item in scored:
        target = item.p50_date if which == "p50" else item.p80_date
        if target is None:
            beyond += 1
            continue
        record = item.record
        span = max((target - record.stated_on).days, 1)
        if record.fulfilled_known(today):
            assert record.fulfilled_from is not None and record.fulfilled_to is not None
            observations.append(
                Observation(
                    (record.fulfilled_from - record.stated_on).days / span,
                    (record.fulfilled_to - record.stated_on).days / span,
                )
            )
        elif record.withdrawn_known(today):
            observations.append(Observation.never())
        else:
            observations.append(Observation.censored((today - record.stated_on).days / span))
    if not observations:
        return None, 0, beyond
    return turnbull(observations).cdf(1.0), len(observations), beyond


def run_forecasts(
    records: list[ClaimRecord], *, today: dt.date, claims: list[ClaimRecord] | None = None
) -> list[Scored]:
    """Forecast each claim in `claims` (default: every dated claim stated before `today`) as of
    its stated date, from `records` known before then."""
    monthly = len(records) > REFIT_DAILY_UP_TO
    fits: dict[dt.date, FittedModel] = {}
    scored = []
    targets = claims if claims is not None else records
    for record in sorted(targets, key=lambda r: r.stated_on):
        first_end = record.first_end()
        if first_end is None or record.stated_on >= today:
            continue
        as_of = record.stated_on.replace(day=1) if monthly else record.stated_on
        if as_of not in fits:
            fits[as_of] = fit(records, as_of=as_of)
        prediction = forecast(fits[as_of], record, today=record.stated_on)
        if prediction is None:
            continue
        scored.append(
            Scored(
                record,
                prediction.p_on_time_first,
                # Scored once its first deadline has passed, met or not: scoring early
                # fulfilments of recent claims while their late siblings are still open would
                # lean the observed shares toward "on time" (the fit follows the same rule).
                deadline_met(record, first_end, as_of=today) if first_end < today else None,
                prediction.p50_date,
                prediction.p80_date,
                prediction.method,
            )
        )
    return scored


def summarise(scored: list[Scored], *, today: dt.date) -> dict[str, Any]:
    """The backtest's figures, as the command prints them."""
    pairs = [(item.p, bool(item.met)) for item in scored if item.met is not None]
    learned = [
        (item.p, bool(item.met))
        for item in scored
        if item.met is not None and item.method != PUBLISHED_PRIOR
    ]
    prior = [
        (item.p, bool(item.met))
        for item in scored
        if item.met is not None and item.method == PUBLISHED_PRIOR
    ]
    score, skill, base = brier(pairs)
    p50, n50, beyond50 = coverage(scored, today=today, which="p50")
    p80, n80, beyond80 = coverage(scored, today=today, which="p80")
    return {
        "n": len(pairs),
        "n_forecast": len(scored),
        "base_rate": None if base is None else round(base, 4),
        "brier": None if score is None else round(score, 4),
        "brier_skill": None if skill is None else round(skill, 4),
        "p50_coverage": None if p50 is None else round(p50, 4),
        "p80_coverage": None if p80 is None else round(p80, 4),
        "coverage_n": {"p50": n50, "p80": n80},
        "beyond_data": {"p50": beyond50, "p80": beyond80},
        "bins": reliability(learned),
        "prior_period": _row(prior, 0.0, 1.0),
        "as_of": today.isoformat(),
    }


def backtest(records: list[ClaimRecord], *, today: dt.date) -> dict[str, Any]:
    """Forecast every dated claim as of its stated date and score the forecasts on `today`."""
    return summarise(run_forecasts(records, today=today), today=today)


# The bounds issue 14 sets for a synthetic ledger of 2,000 claims.
MIN_BIN_COUNT = 30
P50_BOUNDS = (0.42, 0.58)
P80_BOUNDS = (0.72, 0.88)


def bounds(summary: dict[str, Any]) -> dict[str, Any]:
    """Which of the synthetic calibration bounds hold, each named, with the bins that miss."""
    checked = [b for b in summary["bins"] if b["count"] >= MIN_BIN_COUNT]
    missing = [f"{b['low']:.1f}-{b['high']:.1f}" for b in checked if not b["holds"]]
    p50, p80 = summary["p50_coverage"], summary["p80_coverage"]
    result = {
        "brier_skill_above_0": summary["brier_skill"] is not None and summary["brier_skill"] > 0,
        "bins_hold": not missing,
        "bins_checked": len(checked),
        "bins_missing": missing,
        "p50_within": p50 is not None and P50_BOUNDS[0] <= p50 <= P50_BOUNDS[1],
        "p80_within": p80 is not None and P80_BOUNDS[0] <= p80 <= P80_BOUNDS[1],
        # Reported, not part of the bounds: whether the published prior happened to suit
        # this ledger says nothing of the method (docs/forecasts.md, "Checking the method").
        "prior_period_holds": (summary.get("prior_period") or {}).get("holds"),
    }
    result["all_hold"] = all(
        result[name] for name in ("brier_skill_above_0", "bins_hold", "p50_within", "p80_within")
    )
    return result
