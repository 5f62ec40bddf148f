"""Statuses follow the data: the set-based status sweep and the deadline-approaching marks.

Every status change is a compare-and-swap that writes exactly one StatusEvent, whoever
asks for it (an editor's write, the hourly sweep, two overlapping sweeps)."""

from __future__ import annotations

import datetime as dt
import logging
from collections import Counter
from collections.abc import Iterable

from django.db import connection, transaction
from django.db.models import Count, F, Q, QuerySet

from ..models import (
    Claim,
    Source,
    StatusEvent,
    today_in,
)
from ..selectors import status_expression
from .common import User, job_now, saved_user

logger = logging.getLogger(__name__)

# A deadline approaching is marked at these many days before its end, the nearest one only.
DUE_SOON_DAYS = (30, 7)


def claims_record_due_soon(*, now: dt.datetime | None = None, job: str = "sweep") -> int:
    """Mark open claims whose deadline end is 30 or 7 days away (once per revision and mark).

    Set-based: one INSERT ... SELECT per time zone and mark; the partial unique constraint
    `event_due_soon_once` makes a re-run, or an overlapping run, insert nothing twice.
    Returns the number of marks recorded. A future `now` is refused (FutureDateError).
    """
    now = job_now(now, dry_run=False)
    ops = connection.ops
    event_table = ops.quote_name(StatusEvent._meta.db_table)
    columns = ", ".join(ops.quote_name(c) for c in (*_EVENT_COLUMNS, "days"))
    recorded = 0
    open_claims = Claim.objects.filter(outcome="", deadline_end__isnull=False)
    time_zones = list(open_claims.order_by().values_list("timezone", flat=True).distinct())
    thresholds = sorted(DUE_SOON_DAYS)
    with transaction.atomic(), connection.cursor() as cursor:
        for tz_name in time_zones:
            today = today_in(tz_name, now)
            nearer = -1
            for days in thresholds:
                # Only the nearest mark applies: a claim 5 days from its end gets the 7-day one.
                approaching = (
                    open_claims.filter(
                        timezone=tz_name,
                        deadline_end__gt=today + dt.timedelta(days=nearer),
                        deadline_end__lte=today + dt.timedelta(days=days),
                    )
                    .annotate(claim_pk=F("pk"), revision_pk=F("current_revision_id"))
                    .order_by()
                    .values_list("claim_pk", "status", "revision_pk")
                )
                nearer = days
                select_sql, select_params = approaching.query.sql_with_params()
                cursor.execute(
                    f"""
                    INSERT INTO {event_table} ({columns})
                    SELECT claim_pk, %s, %s, status, status, NULL, %s, %s, NULL, revision_pk,
                           'due_soon', %s
                    FROM ({select_sql}) AS approaching WHERE TRUE
                    ON CONFLICT DO NOTHING
                    """,  # noqa: S608 - table names come from model metadata, values are parameters
                    [
                        ops.adapt_datetimefield_value(now),
                        ops.adapt_datefield_value(today),
                        job,
                        f"deadline in {days} days or less",
                        days,
                        *select_params,
                    ],
                )
                recorded += max(cursor.rowcount, 0)
    return recorded


def claim_refresh(
    *,
    claim: Claim,
    actor: User | None = None,
    job: str = "",
    rationale: str = "",
    source: Source | None = None,
    event_on: dt.date | None = None,
) -> Claim:
    """After an edit of a claim or its revisions: re-cache the deadline, re-derive the status.

    `event_on` dates the status change when the edit says when it happened (an outcome's
    date); otherwise it is dated today."""
    claim_sync_deadline(claim=claim)
    claims_sweep_statuses(
        claim_ids=[claim.pk],
        actor=actor,
        job=job,
        rationale=rationale,
        source=source,
        event_on=event_on,
    )
    claim.refresh_from_db()
    return claim


def claim_sync_deadline(*, claim: Claim) -> None:
    """Copy the first and the latest statements' windows onto the claim's cached columns.

    A statement that was corrected reads as its latest correction: the first deadline is the
    first statement as corrected, the deadline in force the latest statement as corrected.
    Statements are ordered by the day they were stated (as corrected), then as recorded.
    """
    revisions = list(
        claim.revisions.order_by("id").values("id", "corrects_id", "stated_on", "start", "end")
    )
    latest_correction = {r["corrects_id"]: r for r in revisions if r["corrects_id"]}
    statements = sorted(
        (
            (latest_correction.get(r["id"], r), r["id"])
            for r in revisions
            if r["corrects_id"] is None
        ),
        key=lambda pair: (pair[0]["stated_on"], pair[1]),
    )
    empty = {"id": None, "start": None, "end": None}
    first = statements[0][0] if statements else empty
    latest = statements[-1][0] if statements else empty
    values = {
        "original_deadline_start": first["start"],
        "original_deadline_end": first["end"],
        "deadline_start": latest["start"],
        "deadline_end": latest["end"],
        "current_revision_id": latest["id"],
    }
    Claim.objects.filter(pk=claim.pk).update(**values)
    for name, value in values.items():
        setattr(claim, name, value)


def claims_sweep_statuses(
    *,
    now: dt.datetime | None = None,
    claim_ids: Iterable[int] | None = None,
    actor: User | None = None,
    job: str = "sweep",
    rationale: str = "",
    source: Source | None = None,
    dry_run: bool = False,
    event_on: dt.date | None = None,
) -> Counter[str]:
    """Bring stored statuses in line with `status_expression`, recording one event per change.

    Set-based: one statement per time zone moves every claim whose status changed and writes
    its StatusEvent. Idempotent (a second run finds nothing to change) and safe when two
    sweeps overlap: see `_apply_transitions`. Returns the number of transitions by new status.
    A future `now` is refused (FutureDateError) unless it is a dry run, which writes nothing.
    The events are as of `event_on` when given (the day an outcome happened, recorded
    later), else as of the day the status was worked out for; `happened_at` is always now.
    """
    now = job_now(now, dry_run=dry_run)
    claims = Claim.objects.all() if claim_ids is None else Claim.objects.filter(pk__in=claim_ids)
    transitions: Counter[str] = Counter()
    time_zones = list(claims.order_by().values_list("timezone", flat=True).distinct())
    for tz_name in time_zones:
        today = today_in(tz_name, now)
        candidates = (
            claims.filter(timezone=tz_name)
            .annotate(new_status=status_expression(today=today))
            .filter(~Q(status=F("new_status")))
            .order_by()
        )
        if dry_run:
            counts = candidates.values_list("new_status").annotate(n=Count("pk"))
            transitions.update(dict(counts))
            continue
        event = {
            "happened_at": now,
            "as_of": event_on or today,
            "today": today,
            "actor_id": getattr(saved_user(actor), "pk", None),
            "job": job,
            "rationale": rationale[:500],
            "source_id": getattr(source, "pk", None),
        }
        transitions.update(_apply_transitions(candidates, event))
    if transitions:
        logger.info(
            "status sweep: %s",
            dict(transitions),
            extra={"job": job, "transitions": dict(transitions), "dry_run": dry_run},
        )
    return transitions


_EVENT_COLUMNS = (
    "claim_id",
    "happened_at",
    "as_of",
    "old_status",
    "new_status",
    "actor_id",
    "job",
    "rationale",
    "source_id",
    "revision_id",
    "kind",
)


def _apply_transitions(candidates: QuerySet[Claim], event: dict) -> dict[str, int]:
    """Move the candidate claims to their new status and record the events, in one transaction.

    PostgreSQL: a single statement locks the candidates with SKIP LOCKED, updates only rows
    whose status is still the one read (compare-and-swap) and inserts an event for exactly
    the rows it updated, so two overlapping sweeps never record a transition twice.
    SQLite: the transaction takes the database's write lock first (transaction_mode
    IMMEDIATE), so reading and writing cannot interleave with another sweep.
    """
    ops = connection.ops
    claim_table = ops.quote_name(Claim._meta.db_table)
    event_table = ops.quote_name(StatusEvent._meta.db_table)
    # Aliased columns, so the raw statements below can name them on every backend.
    rows = candidates.annotate(
        claim_pk=F("pk"), old_status=F("status"), revision_pk=F("current_revision_id")
    ).values_list("claim_pk", "old_status", "new_status", "revision_pk")
    event_params = [
        ops.adapt_datetimefield_value(event["happened_at"]),
        ops.adapt_datefield_value(event["as_of"]),
        event["actor_id"],
        event["job"],
        event["rationale"],
        event["source_id"],
    ]
    columns = ", ".join(ops.quote_name(c) for c in _EVENT_COLUMNS)
    with transaction.atomic(), connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            select_sql, select_params = rows.select_for_update(
                skip_locked=True
            ).query.sql_with_params()
            cursor.execute(
                f"""
                WITH candidate (claim_id, old_status, new_status, revision_id) AS ({select_sql}),
                changed AS (
                    UPDATE {claim_table} AS claim
                    SET status = candidate.new_status, updated_at = %s
                    FROM candidate
                    WHERE claim.id = candidate.claim_id AND claim.status = candidate.old_status
                    RETURNING candidate.*
                ),
                recorded AS (
                    INSERT INTO {event_table} ({columns})
                    SELECT claim_id, %s, %s, old_status, new_status, %s, %s, %s, %s, revision_id,
                           'status'
                    FROM changed
                    RETURNING new_status
                )
                SELECT new_status, COUNT(*) FROM recorded GROUP BY new_status
                """,  # noqa: S608 - table names come from model metadata, values are parameters
                [*select_params, event_params[0], *event_params],
            )
            return dict(cursor.fetchall())
        select_sql, select_params = rows.query.sql_with_params()
        cursor.execute(
            f"SELECT new_status, COUNT(*) FROM ({select_sql}) AS candidate GROUP BY new_status",  # noqa: S608
            select_params,
        )
        counts = dict(cursor.fetchall())
        if counts:
            cursor.execute(
                f"""
                INSERT INTO {event_table} ({columns})
                SELECT claim_pk, %s, %s, old_status, new_status, %s, %s, %s, %s, revision_pk,
                       'status'
                FROM ({select_sql}) AS candidate
                """,  # noqa: S608
                [*event_params, *select_params],
            )
            Claim.objects.filter(pk__in=candidates.values("pk")).update(
                status=status_expression(today=event["today"]), updated_at=event["happened_at"]
            )
        return counts
