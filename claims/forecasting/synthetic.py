"""A synthetic ledger drawn from a known model, to check the method where the truth is known.

The generator (docs/forecasts.md, "Checking the method"):
- organisations, a few prolific and many occasional (weights falling as 1/rank^0.8), each
  with its own propensity to hold its dates, drawn per category: logit p = category effect
  + organisation effect + organisation-in-category noise;
- claims stated uniformly over ten years, horizons log-normal around a year (30 days to about
  four years);
- a claim on time is fulfilled at a ratio R in (0, 1] of its horizon (Beta(5, 1.5)); a late
  one at R = 1 + a Lomax (Pareto II) excess with shape 1.5, a heavy tail whose scale is the
  organisation's own; one late claim in twelve is withdrawn instead;
- a late claim is restated, half the time, a few weeks after its first deadline passed;
- fulfilment dates known only to the month, one in seven (interval-censored);
- "today" is the end of the ten years: recent claims are still open (right-censored).
"""

from __future__ import annotations

import calendar
import datetime as dt
import math

import numpy as np

from .model import ClaimRecord, Revision

CATEGORIES = ("programme", "launch", "availability", "certification", "membership", "other")
START = dt.date(2016, 1, 1)
YEARS = 10


def synthetic_today() -> dt.date:
    return START + dt.timedelta(days=365 * YEARS + YEARS // 4)


def _month_bounds(day: dt.date) -> tuple[dt.date, dt.date]:
    last = calendar.monthrange(day.year, day.month)[1]
    return day.replace(day=1), day.replace(day=last)


def synthetic_ledger(n: int, *, seed: int) -> tuple[list[ClaimRecord], dict[int, float]]:
    """`n` claims and, for each claim id, the true probability that it holds its first date."""
    rng = np.random.default_rng(seed)
    today = synthetic_today()
    organisations = max(8, n // 50)
    category_effect = rng.normal(-0.2, 0.5, size=len(CATEGORIES))
    organisation_effect = rng.normal(0.0, 0.9, size=organisations)
    cell_noise = rng.normal(0.0, 0.4, size=(organisations, len(CATEGORIES)))
    logits = category_effect[None, :] + organisation_effect[:, None] + cell_noise
    propensity = 1 / (1 + np.exp(-logits))
    lateness_scale = 0.3 * np.exp(rng.normal(0.0, 0.4, size=organisations))
    weights = 1 / np.arange(1, organisations + 1) ** 0.8
    weights /= weights.sum()
    span = (today - START).days
    records: list[ClaimRecord] = []
    truth: dict[int, float] = {}
    for claim_id in range(1, n + 1):
        o = int(rng.choice(organisations, p=weights))
        c = int(rng.integers(len(CATEGORIES)))
        stated = START + dt.timedelta(days=int(rng.integers(span)))
        horizon = int(np.clip(rng.lognormal(math.log(365), 0.6), 30, 1500))
        first_end = stated + dt.timedelta(days=horizon)
        p = float(propensity[o, c])
        on_time = rng.random() < p
        withdrawn = False
        if on_time:
            ratio = float(rng.beta(5.0, 1.5))
        else:
            excess = lateness_scale[o] * (rng.random() ** (-1 / 1.5) - 1)
            ratio = 1.0 + max(float(excess), 1.5 / horizon)
            withdrawn = rng.random() < 1 / 12
        happened = stated + dt.timedelta(days=max(math.ceil(ratio * horizon), 0))
        revisions = [Revision(stated, first_end)]
        if not on_time and rng.random() < 0.5:
            restated_on = first_end + dt.timedelta(days=int(rng.integers(1, 60)))
            if restated_on < min(today, happened):
                revisions.append(
                    Revision(
                        restated_on,
                        max(happened, restated_on) + dt.timedelta(days=int(rng.integers(0, 120))),
                    )
                )
        fuzzy = rng.random() < 1 / 7
        outcome, fulfilled_from, fulfilled_to, outcome_on = "", None, None, None
        if withdrawn:
            if happened < today:
                outcome, outcome_on = "withdrawn", happened
        else:
            low, high = _month_bounds(happened) if fuzzy else (happened, happened)
            low = max(low, stated)
            if high < today:
                outcome, fulfilled_from, fulfilled_to = "fulfilled", low, high
        records.append(
            ClaimRecord(
                id=claim_id,
                organisation=f"org-{o:03d}",
                category=CATEGORIES[c],
                stated_on=stated,
                revisions=tuple(revisions),
                outcome=outcome,
                fulfilled_from=fulfilled_from,
                fulfilled_to=fulfilled_to,
                outcome_on=outcome_on or fulfilled_to,
            )
        )
        truth[claim_id] = p
    return records, truth
