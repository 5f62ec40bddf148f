"""The ledger's rules as SQL expressions: status, lateness, slippage. A list of any length costs
a fixed number of queries, and the sweep moves claims set-based with the same rule.

docs/status.md explains each figure with worked examples."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any, TypedDict

from django.conf import settings
from django.db.models import (
    BooleanField,
    Case,
    Count,
    F,
    Func,
    IntegerField,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    Value,
    When,
)
from django.db.models.functions import Coalesce
from django.utils import timezone

from ..models import Claim, DeadlineRevision, Outcome, Status

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
    """How far the deadline in force moved from the first: its end minus the first's end.

    Positive when the promiser restated a later date. It says nothing about whether the
    promise was kept; `days_late_expression` does.
    """
    return Case(
        When(
            deadline_end__isnull=False,
            original_deadline_end__isnull=False,
            then=DaysBetween("deadline_end", "original_deadline_end"),
        ),
        default=Value(None),
        output_field=IntegerField(),
    )


def days_late_expression(*, today: dt.date) -> Case:
    """Days past the end of the first stated deadline, never negative; None when unknown.

    Counted until the fulfilment date for a fulfilled claim (0 when kept on time), until the
    withdrawal for one withdrawn after its first deadline, and until `today` for a claim
    still open (missed, or restated to a later date: a restatement does not stop the count).
    None when the claim has no first deadline, the first deadline has not passed, or the
    claim is unverifiable or was withdrawn before its first deadline.
    """
    first_end = F("original_deadline_end")
    return Case(
        When(original_deadline_end__isnull=True, then=Value(None)),
        When(
            outcome=Outcome.FULFILLED,
            outcome_on__gt=first_end,
            then=DaysBetween("outcome_on", "original_deadline_end"),
        ),
        When(outcome=Outcome.FULFILLED, then=Value(0)),
        When(outcome=Outcome.UNVERIFIABLE, then=Value(None)),
        When(
            outcome=Outcome.WITHDRAWN,
            outcome_on__gt=first_end,
            then=DaysBetween("outcome_on", "original_deadline_end"),
        ),
        When(outcome=Outcome.WITHDRAWN, then=Value(None)),
        When(
            original_deadline_end__lt=today,
            then=DaysBetween(Value(today), "original_deadline_end"),
        ),
        default=Value(None),
        output_field=IntegerField(),
    )


def _deadline_met_expression(*, end_field: str, today: dt.date) -> Case:
    """Whether a deadline (the first, or the one in force) was met: True when fulfilled on or
    before its end, False when fulfilled after it or when it passed without fulfilment
    (still open, or withdrawn), None when not known yet."""
    end = F(end_field)
    return Case(
        When(**{f"{end_field}__isnull": True}, then=Value(None)),
        When(outcome=Outcome.FULFILLED, outcome_on__lte=end, then=Value(True)),
        When(outcome=Outcome.FULFILLED, then=Value(False)),
        When(outcome=Outcome.UNVERIFIABLE, then=Value(None)),
        # Open or withdrawn: not met once its end has passed (a promise dropped was not kept,
        # whenever the ledger learned of the withdrawal).
        When(**{f"{end_field}__lt": today}, then=Value(False)),
        default=Value(None),
        output_field=BooleanField(),
    )


def first_deadline_met_expression(*, today: dt.date) -> Case:
    """Was the first stated deadline met? Once it passed unmet, no restatement changes that:
    only a fulfilment dated on or before it (learned late) or a correction of the first
    statement itself can, and both are recorded in the timeline."""
    return _deadline_met_expression(end_field="original_deadline_end", today=today)


def in_force_deadline_met_expression(*, today: dt.date) -> Case:
    """Was the deadline in force met (the latest statement's end)?"""
    return _deadline_met_expression(end_field="deadline_end", today=today)


def restatement_count_expression() -> Coalesce:
    """Statements after the first one: how often the deadline was stated again (corrections
    of a statement are not restatements)."""
    revisions = (
        DeadlineRevision.objects.filter(claim=OuterRef("pk"), corrects__isnull=True)
        .order_by()
        .values("claim")
        .annotate(n=Count("pk"))
        .values("n")
    )
    return Coalesce(Subquery(revisions, output_field=IntegerField()) - 1, 0)


class ClaimMetrics(TypedDict):
    """What claims_with_metrics annotates a claim with."""

    slippage_days: int | None
    days_late: int | None
    first_deadline_met: bool | None
    restatements: int
    slipped: bool


if TYPE_CHECKING:
    ClaimWithMetrics = WithAnnotations[Claim, ClaimMetrics]


def claims_with_metrics(
    queryset: QuerySet[Claim] | None = None, *, today: dt.date | None = None
) -> QuerySet[ClaimWithMetrics]:
    """Claims annotated with `days_late`, `first_deadline_met`, `slippage_days`,
    `restatements` and `slipped`, in one query. `today` defaults to the service's date."""
    queryset = Claim.objects.all() if queryset is None else queryset
    today = today or timezone.localdate()
    return queryset.select_related("promiser", "source").annotate(
        slippage_days=slippage_days_expression(),
        days_late=days_late_expression(today=today),
        first_deadline_met=first_deadline_met_expression(today=today),
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
