"""Forecasts from the track record: refresh the stored snapshot, and score the method.

The ledger is read into plain records (claims.forecasting), the model is fitted on what was
recorded before today, and one ForecastRun with a row per open claim and per organisation is
written in one transaction; the previous run's rows stop being the latest. Nothing here
runs on a write to the ledger: a failed refresh leaves the last snapshot in place, and the
pages say how old it is. docs/forecasts.md explains the model.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable
from dataclasses import asdict, dataclass, replace
from typing import Any

from django.db import connection, transaction
from django.db.models import Count, Max, Sum
from django.utils import timezone

from claims.forecasting import (
    EMPIRICAL_BAYES,
    MODEL_VERSION,
    PUBLISHED_PRIOR,
    ClaimRecord,
    Revision,
    fit,
    forecast,
)
from claims.forecasting.backtest import backtest, bounds, run_forecasts, summarise
from claims.forecasting.synthetic import synthetic_ledger, synthetic_today

from ..models import (
    Claim,
    ClaimForecast,
    DeadlineRevision,
    ForecastRun,
    Organisation,
    OrganisationForecast,
    Outcome,
)

Progress = Callable[[str], None]

NO_DEADLINE = "No forecast: the claim has no dated deadline."
NO_REFERENCE = "No forecast: no claim in the ledger has reached its deadline yet to learn from."


@dataclass(frozen=True)
class ForecastRefreshResult:
    """What a refresh did: the run's id (None when skipped) and its counts."""

    run_id: int | None
    skipped: bool
    as_of: str
    claims: int
    forecasts: int
    without_forecast: int
    organisations: int
    resolved: int
    method: str
    model_version: str = MODEL_VERSION

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def claim_records() -> list[ClaimRecord]:
    """Every claim the model may learn from or forecast, as plain records: two queries.

    Unverifiable claims are left out (nothing can settle them). Deadline statements are read
    as claim_sync_deadline reads them: each as its latest correction, ordered by the day
    stated, so the first and last here are the ledger's first deadline and deadline in force.
    """
    rows = list(
        Claim.objects.exclude(outcome=Outcome.UNVERIFIABLE)
        .order_by("id")
        .values_list("id", "promiser__slug", "category", "stated_on", "outcome", "outcome_on")
    )
    statements: dict[int, list[dict[str, Any]]] = defaultdict(list)
    revisions = list(
        DeadlineRevision.objects.filter(claim_id__in=[row[0] for row in rows])
        .order_by("id")
        .values("id", "claim_id", "corrects_id", "stated_on", "end")
    )
    latest_correction = {r["corrects_id"]: r for r in revisions if r["corrects_id"]}
    for revision in revisions:
        if revision["corrects_id"] is None:
            statements[revision["claim_id"]].append(
                {**latest_correction.get(revision["id"], revision), "order": revision["id"]}
            )
    records = []
    for claim_id, organisation, category, stated_on, outcome, outcome_on in rows:
        chain = sorted(statements.get(claim_id, []), key=lambda r: (r["stated_on"], r["order"]))
        fulfilled = outcome == Outcome.FULFILLED
        records.append(
            ClaimRecord(
                id=claim_id,
                organisation=organisation,
                category=category,
                stated_on=stated_on,
                revisions=tuple(Revision(r["stated_on"], r["end"]) for r in chain),
                outcome=outcome,
                # The ledger records fulfilment to the day.
                fulfilled_from=outcome_on if fulfilled else None,
                fulfilled_to=outcome_on if fulfilled else None,
                outcome_on=outcome_on,
            )
        )
    return records


def _ledger_seen() -> str:
    """A fingerprint of the claims: how many, the sum of their versions, the newest change."""
    seen = Claim.objects.aggregate(n=Count("pk"), versions=Sum("version"), latest=Max("updated_at"))
    latest = seen["latest"].isoformat() if seen["latest"] else "-"
    return f"{seen['n']}:{seen['versions'] or 0}:{latest}"


# Any constant: two refreshes at once (a nightly run and a 15-minute one) take turns.
_REFRESH_LOCK = 1_4_2026


def _lock_refresh() -> None:
    """Serialise the snapshot swap on PostgreSQL (SQLite serialises every write already)."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [_REFRESH_LOCK])


def forecasts_refresh(
    *,
    now: dt.datetime | None = None,
    only_if_changed: bool = False,
    progress: Progress | None = None,
) -> ForecastRefreshResult:
    """Fit the model on the ledger as of today and store a new snapshot of forecasts.

    With `only_if_changed`, nothing is done when no claim changed since the last run saw
    the ledger (the 15-minute job; the nightly one refreshes whatever). Each open claim gets
    a row: its forecast, or the reason it has none (no dated deadline; no claim has reached
    its deadline yet). The run also stores the backtest on the ledger, for /calibration/.
    """
    say = progress or (lambda message: None)
    now = now or timezone.now()
    today = timezone.localdate(now)
    seen = _ledger_seen()
    if only_if_changed:
        last = ForecastRun.objects.order_by("-computed_at", "-id").first()
        if last is not None and last.ledger_seen == seen:
            say("No claim changed since the last refresh; nothing to do.")
            return ForecastRefreshResult(None, True, today.isoformat(), 0, 0, 0, 0, 0, "")
    records = claim_records()
    say(f"Read {len(records)} claims; fitting the model as of {today:%Y-%m-%d}.")
    model = fit(records, as_of=today)
    resolved = model.first.n_all + model.restated.n_all
    method = EMPIRICAL_BAYES if model.first.fitted else PUBLISHED_PRIOR
    open_ids = set(Claim.objects.filter(outcome=Outcome.OPEN).values_list("id", flat=True))
    rows: list[ClaimForecast] = []
    for record in records:
        if record.id not in open_ids:
            continue
        prediction = forecast(model, record, today=today) if model.first.n_all else None
        if prediction is None:
            undated = record.end_in_force(today + dt.timedelta(days=1)) is None or (
                record.first_end() is None
            )
            rows.append(
                ClaimForecast(claim_id=record.id, reason=NO_DEADLINE if undated else NO_REFERENCE)
            )
            continue
        rows.append(
            ClaimForecast(
                claim_id=record.id,
                p_on_time=prediction.p_on_time,
                p_on_time_first=prediction.p_on_time_first,
                p50_date=prediction.p50_date,
                p80_date=prediction.p80_date,
                p_beyond_data=prediction.p_beyond_data,
                n_organisation=prediction.n_organisation,
                n_category=prediction.n_category,
                n_all=prediction.n_all,
                organisation_held=prediction.organisation_held,
                organisation_n=prediction.organisation_n,
                method=prediction.method,
            )
        )
    say(f"Forecast {sum(r.reason == '' for r in rows)} open claims ({len(rows)} open).")
    organisations = list(Organisation.objects.order_by("id").values_list("id", "slug"))
    organisation_rows = []
    for organisation_id, slug in organisations:
        p, held, n = model.first.organisation_rate(slug)
        organisation_rows.append(
            OrganisationForecast(organisation_id=organisation_id, p_on_time=p, held=held, n=n)
        )
    say("Backtesting the ledger (each claim forecast as of the day it was stated).")
    ledger_backtest = backtest(records, today=today)
    with transaction.atomic():
        _lock_refresh()
        run = ForecastRun.objects.create(
            computed_at=now,
            as_of=today,
            model_version=MODEL_VERSION,
            ledger_seen=seen,
            resolved=resolved,
            fitted=model.first.fitted,
            claim_forecasts=sum(r.reason == "" for r in rows),
            backtest=ledger_backtest,
        )
        # Retire the previous latest rows before inserting the new ones: the partial unique
        # indexes allow one latest row per claim and per organisation.
        ClaimForecast.objects.filter(is_latest=True).update(is_latest=False)
        OrganisationForecast.objects.filter(is_latest=True).update(is_latest=False)
        for row in rows:
            row.run = run
        for organisation_row in organisation_rows:
            organisation_row.run = run
        ClaimForecast.objects.bulk_create(rows, batch_size=500)
        OrganisationForecast.objects.bulk_create(organisation_rows, batch_size=500)
    say(f"Stored run {run.pk}.")
    return ForecastRefreshResult(
        run_id=run.pk,
        skipped=False,
        as_of=today.isoformat(),
        claims=len(records),
        forecasts=run.claim_forecasts,
        without_forecast=len(rows) - run.claim_forecasts,
        organisations=len(organisation_rows),
        resolved=resolved,
        method=method,
    )


def forecasts_backtest(*, today: dt.date | None = None) -> dict[str, Any]:
    """The backtest on the ledger: each dated claim forecast as of its stated date from what
    was recorded before it, scored on `today` (claims.forecasting.backtest)."""
    today = today or timezone.localdate()
    return {**backtest(claim_records(), today=today), "ledger": "real"}


def forecasts_backtest_synthetic(*, n: int, seed: int) -> dict[str, Any]:
    """The same backtest on a synthetic ledger of `n` claims drawn from a known model
    (claims.forecasting.synthetic), with which of issue 14's bounds hold and, for contrast,
    the same reliability table with the generator's true probabilities as forecasts."""
    records, truth = synthetic_ledger(n, seed=seed)
    today = synthetic_today()
    scored = run_forecasts(records, today=today)
    summary = summarise(scored, today=today)
    oracle = summarise(
        [replace(item, p=truth[item.record.id], method="truth") for item in scored],
        today=today,
    )
    return {
        **summary,
        "ledger": "synthetic",
        "seed": seed,
        "bounds": bounds(summary),
        "true_probabilities": {
            "brier": oracle["brier"],
            "brier_skill": oracle["brier_skill"],
            "bins": oracle["bins"],
            "bounds": bounds(oracle),
        },
    }
