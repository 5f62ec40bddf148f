"""Questions asked of the ledger. Status and slippage are SQL expressions, so a list of any
length costs a fixed number of queries and the sweep can move claims set-based."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any, TypedDict, TypeVar, cast, overload

from django.conf import settings
from django.db import connection
from django.db.models import (
    Aggregate,
    Avg,
    Case,
    Count,
    F,
    FloatField,
    Func,
    IntegerField,
    Max,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    Value,
    When,
)
from django.db.models.functions import Coalesce, ExtractYear

from .models import Claim, DeadlineRevision, Outcome, Status

if TYPE_CHECKING:
    from django.db.backends.base.base import BaseDatabaseWrapper
    from django.db.models.sql.compiler import SQLCompiler
    from django_stubs_ext import WithAnnotations


class DaysBetween(Func):
    """Whole days from the second date to the first (negative when the first is earlier)."""

    output_field = IntegerField()
    arity = 2

    def as_sql(
        self,
        compiler: SQLCompiler,
        connection: BaseDatabaseWrapper,
        function: str | None = None,
        template: str | None = None,
        arg_joiner: str | None = None,
        **extra_context: Any,
    ) -> tuple[str, tuple[str | int, ...]]:
        # PostgreSQL: date - date is already an integer number of days.
        return super().as_sql(
            compiler,
            connection,
            function,
            template or "(%(expressions)s)",
            arg_joiner or " - ",
            **extra_context,
        )

    def as_sqlite(
        self, compiler: SQLCompiler, connection: BaseDatabaseWrapper, **extra_context: Any
    ) -> tuple[str, tuple[str | int, ...]]:
        return super().as_sql(
            compiler,
            connection,
            template="CAST(julianday(%(expressions)s) AS INTEGER)",
            arg_joiner=") - julianday(",
            **extra_context,
        )


def grace_days(category: str) -> int:
    """Days an overdue claim of this category waits before it counts as missed."""
    return settings.CLAIMS_GRACE_DAYS_BY_CATEGORY.get(category, settings.CLAIMS_GRACE_DAYS)


def status_expression(*, today: dt.date) -> Case:
    """The status a claim has on `today`, as one SQL expression: the single rule for status.

    The rules are tried in order (docs/status.md draws them):
    an editor's outcome settles the claim; otherwise, without a deadline end the claim is
    undated; before its window it is pending; inside it, due; past its end it is overdue for
    its category's grace period, then missed. "On time" is judged against the original
    deadline: a restated deadline does not excuse lateness, it is counted as slippage.
    """
    promised_end = Coalesce("original_deadline_end", "deadline_end")
    overdue_rules = [
        When(
            category=category,
            deadline_end__gte=today - dt.timedelta(days=days),
            then=Value(Status.OVERDUE),
        )
        for category, days in settings.CLAIMS_GRACE_DAYS_BY_CATEGORY.items()
    ]
    return Case(
        When(outcome=Outcome.WITHDRAWN, then=Value(Status.WITHDRAWN)),
        When(outcome=Outcome.UNVERIFIABLE, then=Value(Status.UNVERIFIABLE)),
        When(
            Q(outcome=Outcome.FULFILLED)
            & (
                Q(original_deadline_end__isnull=True, deadline_end__isnull=True)
                | Q(outcome_on__lte=promised_end)
            ),
            then=Value(Status.FULFILLED_ON_TIME),
        ),
        When(outcome=Outcome.FULFILLED, then=Value(Status.FULFILLED_LATE)),
        When(deadline_end__isnull=True, then=Value(Status.UNDATED)),
        When(deadline_start__gt=today, then=Value(Status.PENDING)),
        When(deadline_start__isnull=False, deadline_end__gte=today, then=Value(Status.DUE)),
        When(deadline_end__gte=today, then=Value(Status.PENDING)),
        *overdue_rules,
        When(
            ~Q(category__in=list(settings.CLAIMS_GRACE_DAYS_BY_CATEGORY)),
            deadline_end__gte=today - dt.timedelta(days=settings.CLAIMS_GRACE_DAYS),
            then=Value(Status.OVERDUE),
        ),
        default=Value(Status.MISSED),
    )


def slippage_days_expression() -> Case:
    """Days from the original deadline end to the current one, or to the fulfilment date."""
    return Case(
        When(
            outcome=Outcome.FULFILLED,
            original_deadline_end__isnull=False,
            outcome_on__isnull=False,
            then=DaysBetween("outcome_on", "original_deadline_end"),
        ),
        When(
            deadline_end__isnull=False,
            original_deadline_end__isnull=False,
            then=DaysBetween("deadline_end", "original_deadline_end"),
        ),
        default=Value(None),
        output_field=IntegerField(),
    )


def restatement_count_expression() -> Coalesce:
    """Revisions after the first one: how often the deadline was stated again."""
    revisions = (
        DeadlineRevision.objects.filter(claim=OuterRef("pk"))
        .order_by()
        .values("claim")
        .annotate(n=Count("pk"))
        .values("n")
    )
    return Coalesce(Subquery(revisions, output_field=IntegerField()) - 1, 0)


class ClaimMetrics(TypedDict):
    """What claims_with_metrics annotates a claim with."""

    slippage_days: int | None
    restatements: int
    slipped: bool


if TYPE_CHECKING:
    ClaimWithMetrics = WithAnnotations[Claim, ClaimMetrics]


def claims_with_metrics(queryset: QuerySet[Claim] | None = None) -> QuerySet[ClaimWithMetrics]:
    """Claims annotated with `slippage_days`, `restatements` and `slipped`, in one query."""
    queryset = Claim.objects.all() if queryset is None else queryset
    return queryset.select_related("promiser", "source").annotate(
        slippage_days=slippage_days_expression(),
        restatements=restatement_count_expression(),
        slipped=Case(
            When(deadline_end__gt=F("original_deadline_end"), then=Value(True)),
            default=Value(False),
        ),
    )


def claim_status_on(claim: Claim, *, today: dt.date) -> str:
    """The status `claim` has on `today`, by the same rule the sweep applies."""
    return (
        Claim.objects.filter(pk=claim.pk)
        .annotate(derived=status_expression(today=today))
        .values_list("derived", flat=True)
        .get()
    )


# ---------------------------------------------------------------------------------------
# Scorecards and slippage aggregates: read by the API (organisations, scorecard, slippage,
# badges) and through it the dashboard. Each costs a fixed number of queries whatever the
# number of claims: grouped aggregates in the database; percentiles with percentile_cont on
# PostgreSQL, and on other backends from one values_list query sorted in Python.
# ---------------------------------------------------------------------------------------

# A promise is settled, for the on-time shares, once it was kept (on time or late) or missed.
SETTLED_STATUSES = (Status.FULFILLED_ON_TIME, Status.FULFILLED_LATE, Status.MISSED)
# Past the current deadline with no outcome: still open, and late.
PAST_DEADLINE_STATUSES = (Status.OVERDUE, Status.MISSED)


class PercentileCont(Aggregate):
    """PostgreSQL's continuous percentile (linear interpolation), an ordered-set aggregate."""

    function = "PERCENTILE_CONT"
    template = "%(function)s(%(fraction)s) WITHIN GROUP (ORDER BY %(expressions)s)"
    output_field = FloatField()

    def __init__(self, expression, fraction: float, **extra) -> None:
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


def _slippage_stats(values: list[float]) -> dict[str, float | None]:
    return {"median": percentile(values, 0.5), "p90": percentile(values, 0.9)}


def organisation_scorecards(*, organisation_ids: list[int]) -> dict[int, dict]:
    """Scorecards of these organisations' promises (as promiser), keyed by organisation id.

    Each holds `claims`, `by_status` (every status, zero included), `settled` and the shares
    kept on time, kept late and missed among settled claims (None when nothing is settled),
    slippage days (mean, median, 90th percentile, over claims that have a slippage), mean
    restatements, and `open_overdue`: claims past their deadline with no outcome.
    Two queries at most, whatever the number of organisations and claims.
    """
    slippage = slippage_days_expression()
    aggregates = {
        "claims": Count("pk"),
        **{f"status__{status}": Count("pk", filter=Q(status=status)) for status in Status.values},
        "mean_restatements": Avg(restatement_count_expression()),
        "mean_slippage": Avg(slippage),
    }
    if _percentiles_in_database():
        aggregates["median_slippage"] = PercentileCont(slippage, 0.5)
        aggregates["p90_slippage"] = PercentileCont(slippage, 0.9)
    claims = Claim.objects.filter(promiser_id__in=organisation_ids).order_by()
    # Each row also holds the aggregates, which the plugin cannot see through **aggregates.
    rows = {
        row["promiser_id"]: cast(dict[str, Any], row)
        for row in claims.values("promiser_id").annotate(**aggregates)
    }

    if not _percentiles_in_database():
        samples: dict[int, list[float]] = {}
        for promiser_id, days in (
            claims.annotate(days=slippage)
            .filter(days__isnull=False)
            .values_list("promiser_id", "days")
        ):
            samples.setdefault(promiser_id, []).append(days)
        for promiser_id, row in rows.items():
            stats = _slippage_stats(samples.get(promiser_id, []))
            row["median_slippage"], row["p90_slippage"] = stats["median"], stats["p90"]

    return {
        organisation_id: _scorecard(rows.get(organisation_id))
        for organisation_id in organisation_ids
    }


def _scorecard(row: dict | None) -> dict:
    row = row or {}
    by_status = {status: row.get(f"status__{status}", 0) for status in Status.values}
    settled = sum(by_status[status] for status in SETTLED_STATUSES)

    def share(status: str) -> float | None:
        return round(by_status[status] / settled, 4) if settled else None

    def rounded(value: float | None) -> float | None:
        return None if value is None else round(float(value), 2)

    return {
        "claims": row.get("claims", 0),
        "by_status": by_status,
        "settled": settled,
        "share_kept_on_time": share(Status.FULFILLED_ON_TIME),
        "share_kept_late": share(Status.FULFILLED_LATE),
        "share_missed": share(Status.MISSED),
        "slippage_days": {
            "mean": rounded(row.get("mean_slippage")),
            "median": rounded(row.get("median_slippage")),
            "p90": rounded(row.get("p90_slippage")),
        },
        "mean_restatements": rounded(row.get("mean_restatements")),
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


def slippage_aggregates(*, claims: QuerySet[Claim] | None = None) -> dict[str, list[dict]]:
    """Slippage of dated promises grouped by organisation, by category and by the year the
    original deadline ended: for each group the number of claims, how many slipped (restated
    to a later end), and the mean, median, 90th percentile and largest slippage in days.
    Three queries on PostgreSQL, four elsewhere.
    """
    claims = (
        (Claim.objects.all() if claims is None else claims)
        .filter(original_deadline_end__isnull=False)
        .order_by()
        .annotate(year=ExtractYear("original_deadline_end"), days=slippage_days_expression())
    )
    aggregates = {
        "claims": Count("pk"),
        "slipped": Count("pk", filter=Q(deadline_end__gt=F("original_deadline_end"))),
        "mean": Avg("days"),
        "max": Max("days"),
    }
    if _percentiles_in_database():
        aggregates["median"] = PercentileCont(F("days"), 0.5)
        aggregates["p90"] = PercentileCont(F("days"), 0.9)
    else:
        samples = list(
            claims.filter(days__isnull=False).values_list(
                "promiser__slug", "category", "year", "days"
            )
        )
    result: dict[str, list[dict]] = {}
    for group, fields in SLIPPAGE_GROUPS.items():
        rows = list(claims.values(*fields).annotate(**aggregates).order_by(*fields))
        if not _percentiles_in_database():
            index = {"organisation": 0, "category": 1, "year": 2}[group]
            by_key: dict = {}
            for sample in samples:
                by_key.setdefault(sample[index], []).append(sample[3])
            for row in rows:
                row.update(_slippage_stats(by_key.get(row[fields[0]], [])))
        result[group] = [_slippage_row(group, row) for row in rows]
    return result


def _slippage_row(group: str, row: dict) -> dict:
    key = {"organisation": "promiser__slug", "category": "category", "year": "year"}[group]
    label = row.get("promiser__name", row[key])
    return {
        "key": str(row[key]),
        "label": str(label),
        "claims": row["claims"],
        "slipped": row["slipped"],
        "mean_days": None if row["mean"] is None else round(float(row["mean"]), 2),
        "median_days": None if row["median"] is None else round(float(row["median"]), 2),
        "p90_days": None if row["p90"] is None else round(float(row["p90"]), 2),
        "max_days": row["max"],
    }


# Days a passed deadline stays in the calendar feed, so subscribers still see what just fell due.
CALENDAR_PAST_DAYS = 30


_Claim = TypeVar("_Claim", bound=Claim)


@overload
def claims_upcoming_deadlines(*, today: dt.date, claims: None = None) -> QuerySet[Claim]: ...
@overload
def claims_upcoming_deadlines(*, today: dt.date, claims: QuerySet[_Claim]) -> QuerySet[_Claim]: ...
def claims_upcoming_deadlines(
    *, today: dt.date, claims: QuerySet[Claim] | None = None
) -> QuerySet[Claim]:
    """Open claims with a dated current deadline ending from CALENDAR_PAST_DAYS ago onwards."""
    claims = Claim.objects.all() if claims is None else claims
    return claims.filter(
        outcome=Outcome.OPEN, deadline_end__gte=today - dt.timedelta(days=CALENDAR_PAST_DAYS)
    )


def status_events_for_feed(*, organisation_slug: str | None = None, limit: int = 50) -> QuerySet:
    """Status events worth following, newest first: a claim missed, kept (on time or late),
    withdrawn, or moved out of overdue/missed by a later deadline (it slipped)."""
    from .models import StatusEvent

    # Status changes only: the other event kinds include evidence still waiting for review.
    events = StatusEvent.objects.filter(kind=StatusEvent.Kind.STATUS).filter(
        Q(
            new_status__in=[
                Status.MISSED,
                Status.FULFILLED_ON_TIME,
                Status.FULFILLED_LATE,
                Status.WITHDRAWN,
            ]
        )
        | Q(
            old_status__in=[Status.OVERDUE, Status.MISSED],
            new_status__in=[Status.PENDING, Status.DUE, Status.UNDATED],
        )
    )
    if organisation_slug:
        events = events.filter(claim__promiser__slug=organisation_slug)
    return events.select_related("claim__promiser", "revision").order_by("-happened_at", "-id")[
        :limit
    ]
