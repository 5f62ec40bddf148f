"""Questions asked of the ledger. Status and slippage are SQL expressions, so a list of any
length costs a fixed number of queries and the sweep can move claims set-based."""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.db.models import (
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

from .models import Claim, DeadlineRevision, Outcome, Status


class DaysBetween(Func):
    """Whole days from the second date to the first (negative when the first is earlier)."""

    output_field = IntegerField()
    arity = 2

    def as_sql(self, compiler, connection, **extra_context):
        # PostgreSQL: date - date is already an integer number of days.
        return super().as_sql(compiler, connection, template="(%(expressions)s)",
                              arg_joiner=" - ", **extra_context)

    def as_sqlite(self, compiler, connection, **extra_context):
        return super().as_sql(
            compiler, connection,
            template="CAST(julianday(%(expressions)s) AS INTEGER)",
            arg_joiner=") - julianday(", **extra_context,
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
        When(category=category, deadline_end__gte=today - dt.timedelta(days=days),
             then=Value(Status.OVERDUE))
        for category, days in settings.CLAIMS_GRACE_DAYS_BY_CATEGORY.items()
    ]
    return Case(
        When(outcome=Outcome.WITHDRAWN, then=Value(Status.WITHDRAWN)),
        When(outcome=Outcome.UNVERIFIABLE, then=Value(Status.UNVERIFIABLE)),
        When(Q(outcome=Outcome.FULFILLED)
             & (Q(original_deadline_end__isnull=True, deadline_end__isnull=True)
                | Q(outcome_on__lte=promised_end)),
             then=Value(Status.FULFILLED_ON_TIME)),
        When(outcome=Outcome.FULFILLED, then=Value(Status.FULFILLED_LATE)),
        When(deadline_end__isnull=True, then=Value(Status.UNDATED)),
        When(deadline_start__gt=today, then=Value(Status.PENDING)),
        When(deadline_start__isnull=False, deadline_end__gte=today, then=Value(Status.DUE)),
        When(deadline_end__gte=today, then=Value(Status.PENDING)),
        *overdue_rules,
        When(~Q(category__in=list(settings.CLAIMS_GRACE_DAYS_BY_CATEGORY)),
             deadline_end__gte=today - dt.timedelta(days=settings.CLAIMS_GRACE_DAYS),
             then=Value(Status.OVERDUE)),
        default=Value(Status.MISSED),
    )


def slippage_days_expression() -> Case:
    """Days from the original deadline end to the current one, or to the fulfilment date."""
    return Case(
        When(outcome=Outcome.FULFILLED, original_deadline_end__isnull=False,
             outcome_on__isnull=False,
             then=DaysBetween("outcome_on", "original_deadline_end")),
        When(deadline_end__isnull=False, original_deadline_end__isnull=False,
             then=DaysBetween("deadline_end", "original_deadline_end")),
        default=Value(None),
        output_field=IntegerField(),
    )


def restatement_count_expression() -> Coalesce:
    """Revisions after the first one: how often the deadline was stated again."""
    revisions = (
        DeadlineRevision.objects.filter(claim=OuterRef("pk"))
        .order_by().values("claim").annotate(n=Count("pk")).values("n")
    )
    return Coalesce(Subquery(revisions, output_field=IntegerField()) - 1, 0)


def claims_with_metrics(queryset: QuerySet[Claim] | None = None) -> QuerySet[Claim]:
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


def claims_due_between(start: dt.date, end: dt.date) -> QuerySet[Claim]:
    """Open claims whose current deadline ends between two dates (inclusive)."""
    return Claim.objects.filter(outcome="", deadline_end__range=(start, end))

