"""Scorecards and lateness aggregates: read by the API (organisations, scorecard, slippage,
badges) and through it the dashboard and the public pages.

Lateness in IT delivery is heavy-tailed, so these report medians and 90th percentiles, never
means, each with the number of claims it rests on (`n`), and None ("no data") when n is 0.
Each costs a fixed number of queries whatever the number of claims: grouped aggregates in the
database; percentiles with percentile_cont on PostgreSQL, and elsewhere from one values_list
query sorted in Python.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any, TypedDict, cast

from django.db import connection
from django.db.models import Aggregate, Count, F, FloatField, Max, Q, QuerySet
from django.db.models.functions import ExtractYear
from django.utils import timezone

from ..models import Claim, Status
from .forecasts import organisation_forecasts
from .rules import (
    days_late_expression,
    first_deadline_met_expression,
    in_force_deadline_met_expression,
    slippage_days_expression,
)

if TYPE_CHECKING:
    from django_stubs_ext import WithAnnotations


class _Lateness(TypedDict):
    first_met: bool | None
    in_force_met: bool | None
    late: int | None
    moved: int | None


# A promise is settled, for the status shares, once it was kept (on time or late) or missed.
SETTLED_STATUSES = (Status.FULFILLED_ON_TIME, Status.FULFILLED_LATE, Status.MISSED)
# Past the current deadline with no outcome: still open, and late.
PAST_DEADLINE_STATUSES = (Status.OVERDUE, Status.MISSED)


class PercentileCont(Aggregate):
    """PostgreSQL's continuous percentile (linear interpolation), an ordered-set aggregate."""

    function = "PERCENTILE_CONT"
    template = "%(function)s(%(fraction)s) WITHIN GROUP (ORDER BY %(expressions)s)"
    output_field = FloatField()

    def __init__(self, expression: Any, fraction: float, **extra: Any) -> None:
        # The fraction is a constant of ours (0.5, 0.9), never user input.
        super().__init__(expression, fraction=repr(float(fraction)), **extra)


def percentile(values: list[float], fraction: float) -> float | None:
    """The same value as percentile_cont: linear interpolation between the closest ranks."""
    if not values:
        return None
    ordered = sorted(values)
    position = (len(ordered) - 1) * fraction
    low = int(position)
    high = min(low + 1, len(ordered) - 1)
    return float(ordered[low] + (ordered[high] - ordered[low]) * (position - low))


def _percentiles_in_database() -> bool:
    return connection.vendor == "postgresql"


def _rounded(value: float | None) -> float | None:
    return None if value is None else round(float(value), 2)


def _distribution(median: float | None, p90: float | None, n: int) -> dict[str, Any]:
    """Median and 90th percentile with their n; both None when there is no data."""
    if not n:
        return {"median": None, "p90": None, "n": 0}
    return {"median": _rounded(median), "p90": _rounded(p90), "n": n}


def _rate(met: int, missed: int) -> dict[str, Any]:
    """The share met among the decided, with the counts; None when nothing is decided."""
    n = met + missed
    return {"share": round(met / n, 4) if n else None, "met": met, "missed": missed, "n": n}


def _with_lateness(
    claims: QuerySet[Claim], today: dt.date
) -> QuerySet[WithAnnotations[Claim, _Lateness]]:
    return claims.annotate(
        first_met=first_deadline_met_expression(today=today),
        in_force_met=in_force_deadline_met_expression(today=today),
        late=days_late_expression(today=today),
        moved=slippage_days_expression(),
    )


def organisation_scorecards(
    *, organisation_ids: list[int], today: dt.date | None = None
) -> dict[int, dict[str, Any]]:
    """Scorecards of these organisations' promises (as promiser), keyed by organisation id.

    Each holds `claims`, `by_status` (every status, zero included), `on_time_first` and
    `on_time_in_force` (share met among claims whose deadline is decided, with met, missed
    and n), `forecast_on_time` (the forecast model's "dates this organisation announces hold
    X% of the time", with its n and a sentence; None before the first refresh), `days_late`
    (median, p90 and n over claims whose days late is known, claims
    still open past their first deadline included), `slippage_days` (the same for how far
    the deadline in force moved), `missed_first_deadline`, `restated` (claims stated again)
    and `open_overdue` (past their deadline in force with no outcome).
    Three queries at most, whatever the number of organisations and claims.
    """
    today = today or timezone.localdate()
    claims = _with_lateness(Claim.objects.filter(promiser_id__in=organisation_ids), today)
    aggregates: dict[str, Any] = {
        "claims": Count("pk"),
        **{f"status__{status}": Count("pk", filter=Q(status=status)) for status in Status.values},
        # Named apart from the annotations they count: an aggregate may not reuse their name.
        "n_first_met": Count("pk", filter=Q(first_met=True)),
        "n_first_missed": Count("pk", filter=Q(first_met=False)),
        "n_in_force_met": Count("pk", filter=Q(in_force_met=True)),
        "n_in_force_missed": Count("pk", filter=Q(in_force_met=False)),
        "late_n": Count("pk", filter=Q(late__isnull=False)),
        "moved_n": Count("pk", filter=Q(moved__isnull=False)),
        "restated": Count("pk", filter=Q(deadline_end__gt=F("original_deadline_end"))),
    }
    if _percentiles_in_database():
        aggregates["late_median"] = PercentileCont(F("late"), 0.5)
        aggregates["late_p90"] = PercentileCont(F("late"), 0.9)
        aggregates["moved_median"] = PercentileCont(F("moved"), 0.5)
        aggregates["moved_p90"] = PercentileCont(F("moved"), 0.9)
    rows = {
        row["promiser_id"]: cast(dict[str, Any], row)
        for row in claims.order_by().values("promiser_id").annotate(**aggregates)
    }
    if not _percentiles_in_database():
        samples: dict[tuple[int, str], list[float]] = {}
        for promiser_id, late, moved in claims.order_by().values_list(
            "promiser_id", "late", "moved"
        ):
            for name, value in (("late", late), ("moved", moved)):
                if value is not None:
                    samples.setdefault((promiser_id, name), []).append(value)
        for promiser_id, row in rows.items():
            for name in ("late", "moved"):
                values = samples.get((promiser_id, name), [])
                row[f"{name}_median"] = percentile(values, 0.5)
                row[f"{name}_p90"] = percentile(values, 0.9)
    forecasts = organisation_forecasts(organisation_ids=organisation_ids)
    return {
        organisation_id: {
            **_scorecard(rows.get(organisation_id)),
            "forecast_on_time": forecasts.get(organisation_id),
        }
        for organisation_id in organisation_ids
    }


def _scorecard(row: dict[str, Any] | None) -> dict[str, Any]:
    row = row or {}
    by_status = {status: row.get(f"status__{status}", 0) for status in Status.values}
    return {
        "claims": row.get("claims", 0),
        "by_status": by_status,
        "settled": sum(by_status[status] for status in SETTLED_STATUSES),
        "on_time_first": _rate(row.get("n_first_met", 0), row.get("n_first_missed", 0)),
        "on_time_in_force": _rate(row.get("n_in_force_met", 0), row.get("n_in_force_missed", 0)),
        "days_late": _distribution(
            row.get("late_median"), row.get("late_p90"), row.get("late_n", 0)
        ),
        "slippage_days": _distribution(
            row.get("moved_median"), row.get("moved_p90"), row.get("moved_n", 0)
        ),
        "missed_first_deadline": row.get("n_first_missed", 0),
        "restated": row.get("restated", 0),
        "open_overdue": sum(by_status[status] for status in PAST_DEADLINE_STATUSES),
    }


def claims_past_deadline(*, organisation_id: int | None = None) -> QuerySet[Claim]:
    """Open claims whose current deadline has passed (overdue or missed), oldest deadline first."""
    claims = Claim.objects.filter(status__in=PAST_DEADLINE_STATUSES)
    if organisation_id is not None:
        claims = claims.filter(promiser_id=organisation_id)
    return claims.order_by("deadline_end", "id")


SLIPPAGE_GROUPS = {
    "organisation": ("promiser__slug", "promiser__name"),
    "category": ("category",),
    "year": ("year",),
}
_GROUP_KEY = {"organisation": "promiser__slug", "category": "category", "year": "year"}


def slippage_aggregates(
    *, claims: QuerySet[Claim] | None = None, today: dt.date | None = None
) -> dict[str, list[dict[str, Any]]]:
    """Dated promises grouped by organisation, by category and by the year their first
    deadline ended. For each group: the number of claims; how many slipped (restated to a
    later end) and the median, 90th percentile and largest slippage in days over those with
    two deadlines; how many missed their first deadline; and the median and 90th percentile
    of days late, each with its n. Three queries on PostgreSQL, four elsewhere.
    """
    today = today or timezone.localdate()
    claims = _with_lateness(
        (Claim.objects.all() if claims is None else claims)
        .filter(original_deadline_end__isnull=False)
        .order_by(),
        today,
    ).annotate(year=ExtractYear("original_deadline_end"))
    aggregates: dict[str, Any] = {
        "claims": Count("pk"),
        "slipped": Count("pk", filter=Q(deadline_end__gt=F("original_deadline_end"))),
        "missed_first": Count("pk", filter=Q(first_met=False)),
        "moved_n": Count("pk", filter=Q(moved__isnull=False)),
        "late_n": Count("pk", filter=Q(late__isnull=False)),
        "moved_max": Max("moved"),
    }
    in_database = _percentiles_in_database()
    if in_database:
        for name in ("moved", "late"):
            aggregates[f"{name}_median"] = PercentileCont(F(name), 0.5)
            aggregates[f"{name}_p90"] = PercentileCont(F(name), 0.9)
    else:
        samples = [
            (slug, category, year, moved, late)
            for slug, category, year, moved, late in claims.values_list(
                "promiser__slug", "category", "year", "moved", "late"
            )
        ]
    result: dict[str, list[dict[str, Any]]] = {}
    for group, fields in SLIPPAGE_GROUPS.items():
        rows = list(claims.values(*fields).annotate(**aggregates).order_by(*fields))
        if not in_database:
            index = {"organisation": 0, "category": 1, "year": 2}[group]
            for row in rows:
                mine = [s for s in samples if s[index] == row[_GROUP_KEY[group]]]
                moved = [float(s[3]) for s in mine if s[3] is not None]
                late = [float(s[4]) for s in mine if s[4] is not None]
                for name, values in (("moved", moved), ("late", late)):
                    row[f"{name}_median"] = percentile(values, 0.5)
                    row[f"{name}_p90"] = percentile(values, 0.9)
        result[group] = [_slippage_row(group, row) for row in rows]
    return result


def _slippage_row(group: str, row: dict[str, Any]) -> dict[str, Any]:
    key = _GROUP_KEY[group]
    return {
        "key": str(row[key]),
        "label": str(row.get("promiser__name", row[key])),
        "claims": row["claims"],
        "slipped": row["slipped"],
        "slippage_days": {
            **_distribution(row["moved_median"], row["moved_p90"], row["moved_n"]),
            "max": row["moved_max"] if row["moved_n"] else None,
        },
        "missed_first_deadline": row["missed_first"],
        "days_late": _distribution(row["late_median"], row["late_p90"], row["late_n"]),
    }
