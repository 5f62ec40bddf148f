"""The record over time: a claim's timeline, what changed since a version, the events worth
following in feeds, and the deadlines a calendar shows."""

from __future__ import annotations

import datetime as dt
import zoneinfo
from typing import Any, TypeVar, overload

from django.db.models import Q, QuerySet
from django.utils import timezone

from ..models import Claim, DeadlineRevision, Evidence, Outcome, Status, StatusEvent

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


def claim_timeline(
    *, claim: Claim, revisions: list[DeadlineRevision] | None = None
) -> list[dict[str, Any]]:
    """What happened to a claim, in date order (same day: statement, evidence, then status).

    Entries: each deadline statement (`revision`) and each correction of one (`correction`,
    with its reason; pass `revisions` when they were prefetched); confirmed evidence
    (`evidence`; candidates are editors' business);
    status changes (`status`); and, when the first deadline passed unmet, the day after it
    (`first_deadline_missed`), which no later restatement removes. Fulfilments are dated on
    the day they happened, not the day they were recorded.
    """
    tz = zoneinfo.ZoneInfo(claim.timezone)
    if revisions is None:
        revisions = list(DeadlineRevision.objects.filter(claim=claim).order_by("stated_on", "id"))
    entries: list[dict[str, Any]] = [
        {
            "date": r.recorded_at.astimezone(tz).date() if r.corrects_id else r.stated_on,
            "kind": "correction" if r.corrects_id else "revision",
            "order": 0,
            "id": r.pk,
            "revision": r,
        }
        for r in revisions
    ]
    entries += [
        {"date": e.observed_on, "kind": "evidence", "order": 1, "id": e.pk, "evidence": e}
        for e in claim.evidence.filter(state=Evidence.State.CONFIRMED).select_related(
            "claim__promiser", "source"
        )
    ]
    for event in claim.status_events.filter(kind=StatusEvent.Kind.STATUS).select_related(
        "actor", "source", "revision"
    ):
        day = timezone.localtime(event.happened_at, tz).date()
        if (
            event.new_status in (Status.FULFILLED_ON_TIME, Status.FULFILLED_LATE)
            and claim.outcome_on
        ):
            # The fulfilment happened on its own date, whenever it was entered.
            day = min(day, claim.outcome_on)
        entries.append({"date": day, "kind": "status", "order": 2, "id": event.pk, "status": event})
    first_end = claim.original_deadline_end
    missed_since = _first_deadline_missed_on(claim)
    if first_end is not None and missed_since is not None:
        entries.append({"date": missed_since, "kind": "first_deadline_missed", "order": 3, "id": 0})
    entries.sort(key=lambda entry: (entry["date"], entry["order"], entry["id"]))
    return entries


def _first_deadline_missed_on(claim: Claim) -> dt.date | None:
    """The day the first deadline counted as missed (the day after it ended), if it was."""
    end = claim.original_deadline_end
    if end is None or claim.outcome == Outcome.UNVERIFIABLE:
        return None
    if claim.outcome in (Outcome.FULFILLED, Outcome.WITHDRAWN):
        if claim.outcome_on is None or claim.outcome_on <= end:
            return None
        return end + dt.timedelta(days=1)
    return end + dt.timedelta(days=1) if end < timezone.localdate() else None


# What a reader sees change on a claim, with the name the conflict message gives it.
_VISIBLE_FIELDS = {
    "subject": "subject",
    "statement": "statement",
    "quote": "quote",
    "category": "category",
    "keywords": "keywords",
    "timezone": "time zone",
    "outcome": "outcome",
    "outcome_on": "outcome date",
    "reason": "reason",
}


def claim_changes_since(*, claim: Claim, version: int) -> list[str]:
    """What changed on a claim since it was at `version`, in words, from its history: each
    editor's change saves the claim once, with its new version and its deadlines."""
    record = claim.history.filter(version=version).order_by("-history_date", "-history_id").first()
    if record is None:
        return []
    changed = [
        label
        for field, label in _VISIBLE_FIELDS.items()
        if getattr(record, field) != getattr(claim, field)
    ]
    if (record.original_deadline_start, record.original_deadline_end) != (
        claim.original_deadline_start,
        claim.original_deadline_end,
    ):
        changed.append("first deadline (corrected)")
    if record.current_revision_id != claim.current_revision_id:
        changed.append("deadline in force")
    return changed
