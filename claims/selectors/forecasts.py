"""Forecasts as readers see them: the latest snapshot's row for a claim or an organisation,
in words as well as numbers. docs/forecasts.md explains what each figure means."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.db.models import F, FilteredRelation, Q, QuerySet
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from ..models import Claim, ClaimForecast, ForecastRun, OrganisationForecast, Outcome

# The API's claim lists join the latest forecast through this relation (one LEFT JOIN, one
# row at most: the partial unique index claim_forecast_one_latest), never a query per claim.
FORECAST_FIELDS = (
    "p_on_time",
    "p_on_time_first",
    "p50_date",
    "p80_date",
    "p_beyond_data",
    "n_organisation",
    "n_category",
    "n_all",
    "organisation_held",
    "organisation_n",
    "method",
    "reason",
)
# A snapshot this old is flagged as stale on the pages that show it.
STALE_AFTER = dt.timedelta(days=2)


def with_latest_forecast(claims: QuerySet[Claim]) -> QuerySet[Claim]:
    """Claims annotated with their latest forecast's fields, `forecast_<field>`, and the run's
    `forecast_as_of`, `forecast_computed_at`, `forecast_model_version`, in the same query."""
    return claims.annotate(
        latest_forecast=FilteredRelation("forecasts", condition=Q(forecasts__is_latest=True)),
        forecast_id=F("latest_forecast__id"),
        **{f"forecast_{name}": F(f"latest_forecast__{name}") for name in FORECAST_FIELDS},
        forecast_as_of=F("latest_forecast__run__as_of"),
        forecast_computed_at=F("latest_forecast__run__computed_at"),
        forecast_model_version=F("latest_forecast__run__model_version"),
    )


def _latest_values(claim: Claim) -> dict[str, Any] | None:
    """The latest forecast row of a claim as a dict: from the annotations when the claim
    came through with_latest_forecast, else one query."""
    if hasattr(claim, "forecast_id"):
        if claim.forecast_id is None:
            return None
        return {
            name: getattr(claim, f"forecast_{name}")
            for name in (*FORECAST_FIELDS, "as_of", "computed_at", "model_version")
        }
    row = (
        ClaimForecast.objects.filter(claim_id=claim.pk, is_latest=True)
        .values(
            *FORECAST_FIELDS,
            as_of=F("run__as_of"),
            computed_at=F("run__computed_at"),
            model_version=F("run__model_version"),
        )
        .first()
    )
    return row


def _day(value: dt.date) -> str:
    return date_format(value, "j F Y")


def _sentence(claim: Claim, row: dict[str, Any]) -> str:
    """The forecast in words, the organisation's record first (translated with the page)."""
    name = claim.promiser.name
    held, n = row["organisation_held"], row["organisation_n"]
    if n:
        record = _("Dates %(name)s announces have held %(held)d of %(n)d times") % {
            "name": name,
            "held": held,
            "n": n,
        }
    else:
        record = _("No date %(name)s announced has passed yet; this rests on others' record") % {
            "name": name
        }
    chance = _("%(percent)d%% chance of holding this one.") % {
        "percent": round(100 * row["p_on_time"])
    }
    p50, p80 = row["p50_date"], row["p80_date"]
    if p80 is not None and p50 is not None:
        plan = _("Plan for %(p80)s at 80%% (even odds by %(p50)s).") % {
            "p80": _day(p80),
            "p50": _day(p50),
        }
    elif p50 is not None:
        plan = _(
            "Even odds by %(p50)s; the record holds no claim late enough to say when at 80%%."
        ) % {"p50": _day(p50)}
    else:
        plan = _("The record holds no claim late enough to say when it will be fulfilled.")
    return f"{record}; {chance} {plan}"


def claim_forecast(claim: Claim) -> dict[str, Any] | None:
    """The latest forecast for a claim, or None when it has none (claim_forecast_reason says
    why). Keys: p_on_time, p_on_time_first, p50_date, p80_date (dates or None),
    p_beyond_data, n_reference {organisation, category, all_claims}, method, model_version,
    as_of (a date), computed_at (a datetime), organisation {held, n}, sentence, age_days.
    Dates stay dates: the page draws with them and the API formats them."""
    if claim.outcome != Outcome.OPEN:
        return None
    row = _latest_values(claim)
    if row is None or row["p_on_time"] is None:
        return None
    computed_at: dt.datetime = row["computed_at"]
    return {
        "p_on_time": row["p_on_time"],
        "p_on_time_first": row["p_on_time_first"],
        "p50_date": row["p50_date"],
        "p80_date": row["p80_date"],
        "p_beyond_data": row["p_beyond_data"],
        "n_reference": {
            "organisation": row["n_organisation"],
            "category": row["n_category"],
            "all_claims": row["n_all"],
        },
        "method": row["method"],
        "model_version": row["model_version"],
        "as_of": row["as_of"],
        "computed_at": computed_at,
        "organisation": {"held": row["organisation_held"], "n": row["organisation_n"]},
        "sentence": _sentence(claim, row),
        "age_days": (timezone.now() - computed_at).days,
    }


def claim_forecast_reason(claim: Claim) -> str:
    """Why a claim has no forecast; empty when it has one."""
    if claim.outcome == Outcome.UNVERIFIABLE:
        return "No forecast: the claim is unverifiable, so the model leaves it out."
    if claim.outcome != Outcome.OPEN:
        return "No forecast: the claim is settled."
    row = _latest_values(claim)
    if row is None:
        if claim.deadline_end is None:
            return "No forecast: the claim has no dated deadline."
        return "No forecast yet: forecasts are refreshed every night and after changes."
    return str(row["reason"])


def latest_forecast_run() -> ForecastRun | None:
    """The newest refresh, or None before the first."""
    return ForecastRun.objects.order_by("-computed_at", "-id").first()


def organisation_forecasts(*, organisation_ids: list[int]) -> dict[int, dict[str, Any]]:
    """The latest "dates this organisation announces hold X% of the time (n)" per
    organisation: one query. Organisations without a snapshot are absent."""
    rows = OrganisationForecast.objects.filter(
        is_latest=True, organisation_id__in=organisation_ids
    ).values("organisation_id", "organisation__name", "p_on_time", "held", "n", "run__as_of")
    result = {}
    for row in rows:
        share = round(100 * row["p_on_time"])
        result[row["organisation_id"]] = {
            "p_on_time": round(row["p_on_time"], 4),
            "held": row["held"],
            "n": row["n"],
            "as_of": row["run__as_of"].isoformat(),
            "sentence": _(
                "Dates %(name)s announces hold %(share)d%% of the time (estimate from "
                "%(n)d of its dates whose end has passed, %(held)d held, shrunk toward all "
                "claims)."
            )
            % {
                "name": row["organisation__name"],
                "share": share,
                "n": row["n"],
                "held": row["held"],
            },
        }
    return result


__all__ = [
    "STALE_AFTER",
    "claim_forecast",
    "claim_forecast_reason",
    "latest_forecast_run",
    "organisation_forecasts",
    "with_latest_forecast",
]
