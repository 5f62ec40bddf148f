"""Alerts: ledger events become alert rows (fan-out), delivered once each (dispatch) by
e-mail (immediately or in a daily digest), signed webhook or Apprise URL (tracker.services
.channels); subscriptions are stopped and claims snoozed here. What a message says is worked
out in tracker.services.alert_content."""

from __future__ import annotations

import datetime as dt
import logging
import smtplib
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, TypedDict

from django.core import signing
from django.core.mail import EmailMultiAlternatives, get_connection
from django.core.mail.backends.base import BaseEmailBackend
from django.db import DatabaseError, connection, transaction
from django.db.models import F, Q, QuerySet
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import ngettext

from claims.links import absolute
from claims.models import Claim, Status, StatusEvent, today_in
from claims.selectors import claims_with_metrics
from claims.services import User, saved_user

from ..models import Alert, AlertEvent, ClaimSnooze, FanOutMark, Subscription
from ..selectors import UNSUBSCRIBE_SALT
from .alert_content import SUBJECT_MAX, alert_content, single_line, status_tone
from .channels import (
    Delivery,
    apprise_deliver,
    apprise_text,
    webhook_deliver,
    webhook_message_id,
    webhook_payload,
)
from .secrets import InvalidToken
from .subscriptions import subscription_record_failure, subscription_record_success

logger = logging.getLogger(__name__)


# Refusals of one message (its recipient or its content). A 5xx refusal is final: the alert
# fails. A 4xx one ("mailbox full") is tried again later, up to MAX_ALERT_ATTEMPTS, without
# holding up the alerts behind it. Anything else (a refused sender, an authentication error,
# a lost connection) concerns every message: it is raised and the task retries with backoff.
MESSAGE_REFUSALS = (smtplib.SMTPRecipientsRefused, smtplib.SMTPDataError)
MAX_ALERT_ATTEMPTS = 10
DEFERRED = "deferred"
WAITING = "waiting"


def _refusal_is_final(error: smtplib.SMTPException) -> bool:
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        return all(code >= 500 for code, _ in error.recipients.values())
    return getattr(error, "smtp_code", 500) >= 500


def _record_refusal(alert_ids: list[int], error: smtplib.SMTPException) -> bool:
    """Count a refused attempt on these alerts; fail them when it is final or the last one.
    Returns whether they failed."""
    alerts = Alert.objects.filter(pk__in=alert_ids)
    alerts.update(attempts=F("attempts") + 1, last_error=f"{type(error).__name__}: {error}"[:500])
    if _refusal_is_final(error):
        alerts.update(state=Alert.State.FAILED)
        return True
    return bool(alerts.filter(attempts__gte=MAX_ALERT_ATTEMPTS).update(state=Alert.State.FAILED))


# Which alert each ledger event causes. The fan-out reads these tables on both paths: in
# Python (alert_event_for, SQLite) and as one SQL CASE (PostgreSQL).
ALERT_FOR_STATUS: dict[str, str] = {
    Status.OVERDUE: AlertEvent.OVERDUE,
    Status.MISSED: AlertEvent.MISSED,
    Status.FULFILLED_ON_TIME: AlertEvent.FULFILLED,
    Status.FULFILLED_LATE: AlertEvent.FULFILLED,
}
ALERT_FOR_DUE_SOON: dict[int, str] = {30: AlertEvent.DUE_30, 7: AlertEvent.DUE_7}


def alert_event_for(kind: str, new_status: str, days: int | None) -> str | None:
    """Which alert a ledger event causes, if any."""
    if kind == StatusEvent.Kind.STATUS:
        return ALERT_FOR_STATUS.get(new_status)
    if kind == StatusEvent.Kind.DUE_SOON:
        return None if days is None else ALERT_FOR_DUE_SOON.get(days)
    if kind == StatusEvent.Kind.RESTATED:
        return AlertEvent.SLIPPED if days and days > 0 else None
    if kind == StatusEvent.Kind.EVIDENCE:
        return AlertEvent.EVIDENCE
    return None


def alert_content_key(
    alert_event: str, *, revision_id: int | None, evidence_id: int | None, source_id: int | None
) -> str:
    """What makes two alerts of one event kind on one claim say the same thing.

    A deadline event is about the revision then in force; evidence is about its source (two
    events for the same piece of evidence, or for two kinds read from one article, are one
    alert). The unique constraint on Alert collapses alerts with the same key.
    """
    if alert_event == AlertEvent.EVIDENCE:
        return f"source:{source_id}" if source_id else f"evidence:{evidence_id or 0}"
    return f"revision:{revision_id or 0}"


class _ClaimRow(TypedDict):
    """The columns of a claim the fan-out reads."""

    id: int
    promiser_id: int
    category: str
    timezone: str


def _follows(subscription: Mapping[str, Any], claim: _ClaimRow) -> bool:
    if subscription["claim_id"]:
        return subscription["claim_id"] == claim["id"]
    if subscription["organisation_id"]:
        return subscription["organisation_id"] == claim["promiser_id"]
    if subscription["category"]:
        return subscription["category"] == claim["category"]
    return True


def alerts_fan_out(
    *, now: dt.datetime | None = None, batch_size: int = 2000, enqueue_dispatch: bool = True
) -> int:
    """Turn ledger events not yet seen into alerts for the subscriptions that follow them.

    Alerts come only from recorded events, never from the claims' current state, and only
    from events that happened once the subscription existed: subscribing (or loading the demo)
    does not replay history. The unique constraint on Alert makes a second fan-out of the
    same event (a re-run, a crash between insert and marking, or two overlapping runs) insert
    nothing, and collapses alerts that would say the same thing. Alerts for a claim under a
    snooze are stored as suppressed. Returns the number of alerts stored; when any were, a
    dispatch is enqueued once the caller's transaction commits.

    An event is fanned out once its FanOutMark exists: the mark and the event's alerts are
    written in one transaction, and the mark's key is the event, so of two fan-outs that read
    the same event as new only the one whose mark goes in makes its alerts (the other's insert
    waits for the first to commit or roll back, then makes nothing or takes over). Events are
    never updated. Each run reads from the oldest event with no mark, then on from its last
    batch: an event it passed over (locked by another fan-out, or not yet committed) is found
    by the next run if it is still unmarked.

    Set-based on PostgreSQL: one statement per batch of events locks them (SKIP LOCKED, so two
    fan-outs share the work), inserts their marks and then their alerts. Elsewhere the same
    rules run through the ORM.
    """
    now = now or timezone.now()
    batch = _fan_out_batch_sql if connection.vendor == "postgresql" else _fan_out_batch_orm
    created = 0
    after = 0  # the last event id this run has looked at
    while True:
        with transaction.atomic():
            seen, stored, after = batch(now=now, batch_size=batch_size, after=after)
        created += stored
        if seen < batch_size:
            break
    if created and enqueue_dispatch:
        _enqueue_dispatch()
    return created


def _fan_out_batch_orm(*, now: dt.datetime, batch_size: int, after: int) -> tuple[int, int, int]:
    """One batch through the ORM: (events seen, alerts stored, last event id seen)."""
    events = list(
        StatusEvent.objects.filter(id__gt=after, fan_out_mark__isnull=True)
        .select_for_update(skip_locked=True, of=("self",))
        .order_by("id")
        .values(
            "id",
            "claim_id",
            "kind",
            "new_status",
            "days",
            "revision_id",
            "evidence_id",
            "source_id",
            "happened_at",
        )[:batch_size]
    )
    if not events:
        return 0, 0, after
    ids = [event["id"] for event in events]
    # The marks first: on a conflict (another fan-out marked one meanwhile) the insert fails
    # and the transaction rolls back, rather than alerts being made twice.
    FanOutMark.objects.bulk_create(
        [FanOutMark(event_id=event_id, queued_at=now) for event_id in ids], batch_size=1000
    )
    subscriptions = list(
        Subscription.objects.filter(active=True).values(
            "id",
            "claim_id",
            "organisation_id",
            "category",
            "delivery",
            "created_at",
            *[f"on_{event}" for event in AlertEvent.values],
        )
    )
    claims = {
        claim["id"]: claim
        for claim in Claim.objects.filter(id__in={e["claim_id"] for e in events}).values(
            "id", "promiser_id", "category", "timezone"
        )
    }
    snoozed = _snoozed_claim_ids(claims.values(), now)
    alerts: list[Alert] = []
    for event in events:
        alert_event = alert_event_for(event["kind"], event["new_status"], event["days"])
        if alert_event is None:
            continue
        claim = claims[event["claim_id"]]
        content_key = alert_content_key(
            alert_event,
            revision_id=event["revision_id"],
            evidence_id=event["evidence_id"],
            source_id=event["source_id"],
        )
        alerts.extend(
            Alert(
                subscription_id=subscription["id"],
                claim_id=claim["id"],
                event=alert_event,
                revision_id=event["revision_id"],
                evidence_id=event["evidence_id"],
                status_event_id=event["id"],
                content_key=content_key,
                digest=subscription["delivery"] == Subscription.Delivery.DIGEST,
                state=Alert.State.SUPPRESSED if claim["id"] in snoozed else Alert.State.PENDING,
            )
            for subscription in subscriptions
            if subscription[f"on_{alert_event}"]
            and subscription["created_at"] <= event["happened_at"]
            and _follows(subscription, claim)
        )
    # The transaction holds the write lock (SQLite), so the difference is what this batch stored.
    before = Alert.objects.filter(status_event_id__in=ids).count()
    Alert.objects.bulk_create(alerts, ignore_conflicts=True, batch_size=1000)
    stored = Alert.objects.filter(status_event_id__in=ids).count() - before
    return len(events), stored, ids[-1]


def _fan_out_batch_sql(*, now: dt.datetime, batch_size: int, after: int) -> tuple[int, int, int]:
    """One batch in one PostgreSQL statement: (events seen, alerts stored, last event id seen).

    The events after `after` with no mark are locked (SKIP LOCKED) and their marks inserted
    (ON CONFLICT DO NOTHING: an event another fan-out marked since this statement began is
    left to it); each event whose mark this statement inserted is joined to the active subscriptions
    that follow its claim (four index-friendly branches: the claim, its organisation, its
    category, everything), that want its kind of alert and that existed when it happened; the
    rows go in with ON CONFLICT DO NOTHING on the alert's unique constraint. The events and
    their claims are looked up by primary key (`= ANY(ARRAY(...))`, and a LATERAL subquery kept
    from being flattened by OFFSET 0): joined as sets, the planner scanned both whole tables
    for every batch of 2,000 events.
    """
    ops = connection.ops
    table = {
        "event": ops.quote_name(StatusEvent._meta.db_table),
        "mark": ops.quote_name(FanOutMark._meta.db_table),
        "alert": ops.quote_name(Alert._meta.db_table),
        "claim": ops.quote_name(Claim._meta.db_table),
        "subscription": ops.quote_name(Subscription._meta.db_table),
        "snooze": ops.quote_name(ClaimSnooze._meta.db_table),
    }
    params: dict[str, Any] = {}

    def param(value: object) -> str:
        """A named placeholder for `value` (names let the SQL use a value twice)."""
        name = f"p{len(params)}"
        params[name] = value
        return f"%({name})s"

    # The event -> alert table above, as SQL.
    whens = [
        f"WHEN e.kind = {param(StatusEvent.Kind.STATUS)} AND e.new_status = {param(status)} "
        f"THEN {param(alert)}"
        for status, alert in ALERT_FOR_STATUS.items()
    ]
    whens += [
        f"WHEN e.kind = {param(StatusEvent.Kind.DUE_SOON)} AND e.days = {param(days)} "
        f"THEN {param(alert)}"
        for days, alert in ALERT_FOR_DUE_SOON.items()
    ]
    whens.append(
        f"WHEN e.kind = {param(StatusEvent.Kind.RESTATED)} AND e.days > 0 "
        f"THEN {param(AlertEvent.SLIPPED)}"
    )
    whens.append(
        f"WHEN e.kind = {param(StatusEvent.Kind.EVIDENCE)} THEN {param(AlertEvent.EVIDENCE)}"
    )
    alert_event_sql = f"CASE {' '.join(whens)} END"
    wants = " ".join(
        f"WHEN {param(event)} THEN s.{ops.quote_name(f'on_{event}')}" for event in AlertEvent.values
    )
    evidence = param(AlertEvent.EVIDENCE)
    # Named once: the batch size, the sweep's time (marking, snoozes), the insert's time.
    limit, at, created_at = param(batch_size), param(now), param(timezone.now())
    after_id = param(after)
    digest, suppressed, pending = (
        param(Subscription.Delivery.DIGEST),
        param(Alert.State.SUPPRESSED),
        param(Alert.State.PENDING),
    )
    sql = f"""
        WITH batch AS (
            SELECT e.id FROM {table["event"]} AS e
            WHERE e.id > {after_id} AND NOT EXISTS (
                SELECT 1 FROM {table["mark"]} AS q WHERE q.event_id = e.id OFFSET 0)
            ORDER BY e.id LIMIT {limit} FOR UPDATE OF e SKIP LOCKED
        ), queued AS (
            INSERT INTO {table["mark"]} (event_id, queued_at)
            SELECT id, {at} FROM batch
            ON CONFLICT DO NOTHING
            RETURNING event_id
        ), marked AS (
            SELECT e.id, e.claim_id, e.happened_at, e.revision_id, e.evidence_id,
                   e.source_id, {alert_event_sql} AS alert_event
            FROM {table["event"]} AS e
            WHERE e.id = ANY(ARRAY(SELECT event_id FROM queued))
        ), alerting AS (
            SELECT m.*, c.promiser_id, c.category, c.timezone FROM marked AS m
            CROSS JOIN LATERAL (
                SELECT promiser_id, category, timezone FROM {table["claim"]}
                WHERE id = m.claim_id OFFSET 0
            ) AS c
            WHERE m.alert_event IS NOT NULL
        ), followers AS (
            SELECT a.id AS event_id, s.id AS subscription_id FROM alerting AS a
            JOIN {table["subscription"]} AS s ON s.claim_id = a.claim_id
            UNION ALL
            SELECT a.id, s.id FROM alerting AS a
            JOIN {table["subscription"]} AS s ON s.organisation_id = a.promiser_id
            UNION ALL
            SELECT a.id, s.id FROM alerting AS a
            JOIN {table["subscription"]} AS s ON s.category = a.category AND s.category <> ''
            UNION ALL
            SELECT a.id, s.id FROM alerting AS a
            CROSS JOIN {table["subscription"]} AS s
            WHERE s.claim_id IS NULL AND s.organisation_id IS NULL AND s.category = ''
        ), inserted AS (
            INSERT INTO {table["alert"]} (
                subscription_id, claim_id, event, revision_id, evidence_id, status_event_id,
                content_key, digest, state, attempts, last_error, created_at)
            SELECT s.id, a.claim_id, a.alert_event, a.revision_id, a.evidence_id, a.id,
                   CASE WHEN a.alert_event = {evidence} THEN
                            CASE WHEN a.source_id IS NOT NULL THEN 'source:' || a.source_id
                                 ELSE 'evidence:' || COALESCE(a.evidence_id, 0) END
                        ELSE 'revision:' || COALESCE(a.revision_id, 0) END,
                   s.delivery = {digest},
                   CASE WHEN EXISTS (
                            SELECT 1 FROM {table["snooze"]} AS z WHERE z.claim_id = a.claim_id
                            AND z.until >= ({at}::timestamptz AT TIME ZONE a.timezone)::date)
                        THEN {suppressed} ELSE {pending} END,
                   0, '', {created_at}
            FROM followers AS f
            JOIN alerting AS a ON a.id = f.event_id
            JOIN {table["subscription"]} AS s ON s.id = f.subscription_id
            WHERE s.active AND s.created_at <= a.happened_at
              AND CASE a.alert_event {wants} ELSE FALSE END
            ORDER BY a.id, s.id
            ON CONFLICT DO NOTHING
            RETURNING 1
        )
        SELECT (SELECT count(*) FROM batch), (SELECT count(*) FROM inserted),
               (SELECT max(id) FROM batch)
    """  # noqa: S608 - table and column names come from model metadata, values are parameters
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        seen, stored, last = cursor.fetchone()
    return int(seen), int(stored), after if last is None else int(last)


def _snoozed_claim_ids(claims: Iterable[_ClaimRow], now: dt.datetime) -> set[int]:
    """Claims under a snooze that covers their own today."""
    claims = list(claims)
    snoozes = ClaimSnooze.objects.filter(
        claim_id__in=[claim["id"] for claim in claims],
        until__gte=min((today_in(c["timezone"], now) for c in claims), default=now.date()),
    ).values_list("claim_id", "until")
    today_by_claim = {claim["id"]: today_in(claim["timezone"], now) for claim in claims}
    return {claim_id for claim_id, until in snoozes if until >= today_by_claim[claim_id]}


def _enqueue_dispatch() -> None:
    # After commit: a rolled-back fan-out must not publish a dispatch of alerts that never were.
    from ..tasks import send_alerts_task

    send_alerts_task.delay_on_commit()


def unsubscribe_token(subscription: Subscription) -> str:
    return signing.dumps({"subscription": subscription.pk}, salt=UNSUBSCRIBE_SALT, compress=True)


def unsubscribe_url(subscription: Subscription) -> str:
    return absolute(
        reverse("tracker:unsubscribe", kwargs={"token": unsubscribe_token(subscription)})
    )


def subscription_unsubscribe(*, subscription: Subscription) -> Subscription:
    """Stop a subscription; its pending alerts are not sent."""
    with transaction.atomic():
        updated = Subscription.objects.filter(pk=subscription.pk, active=True).update(
            active=False, unsubscribed_at=timezone.now()
        )
        if updated:
            subscription.alerts.filter(state=Alert.State.PENDING).update(
                state=Alert.State.SUPPRESSED, last_error="unsubscribed"
            )
    subscription.refresh_from_db()
    return subscription


def _message(
    *,
    subscription: Subscription,
    subject: str,
    template: str,
    context: dict[str, Any],
    message_id: str,
) -> EmailMultiAlternatives:
    unsubscribe = unsubscribe_url(subscription)
    context = {**context, "subscription": subscription, "unsubscribe_url": unsubscribe}
    message = EmailMultiAlternatives(
        # Folded again here: whatever built the subject, a header never carries a line break.
        subject=single_line(subject, limit=SUBJECT_MAX),
        body=render_to_string(f"tracker/email/{template}.txt", context),
        to=[subscription.recipient],
        headers={
            "List-Unsubscribe": f"<{unsubscribe}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            # Stable per alert, so a receiving system can recognise a re-sent message.
            "Message-ID": message_id,
        },
    )
    message.attach_alternative(
        render_to_string(f"tracker/email/{template}.html", context), "text/html"
    )
    return message


def _claim_text(claim: Claim) -> dict[str, str]:
    """The claim's one-line texts as bodies show them (folded: a stored newline or control
    character would otherwise break the layout)."""
    return {
        "promiser": single_line(claim.promiser.name),
        "claim_subject": single_line(claim.subject),
        "claim_statement": single_line(claim.statement),
    }


def alert_message(alerts: Alert | Sequence[Alert], claim: Claim) -> EmailMultiAlternatives:
    """The e-mail for one alert, or for a burst of evidence alerts on one claim: each event as
    it happened (status, deadline in force, source, evidence), the claim and its links, in the
    subscriber's language."""
    group = [alerts] if isinstance(alerts, Alert) else list(alerts)
    # Alerts are made per subscription (the content key collapses identical ones only within
    # it), so each subscriber's message is rendered on its own, in its own language.
    with translation.override(group[0].subscription.language):
        return _alert_message(group, claim)


def _alert_message(group: list[Alert], claim: Claim) -> EmailMultiAlternatives:
    content = alert_content(group, claim)
    return _message(
        subscription=group[0].subscription,
        subject=content.subject,
        template="alert",
        context={
            "content": content,
            "status_now_tone": status_tone(content.status_now),
            **_claim_text(claim),
        },
        message_id=f"<alert-{min(alert.pk for alert in group)}@pledgewatch>",
    )


@dataclass
class DispatchReport:
    sent: int = 0  # alerts delivered (a burst of evidence alerts goes out as one message)
    failed: int = 0
    pending: int = 0
    deferred: int = 0  # e-mail refused for now (4xx); the task retries
    waiting: int = 0  # webhook or Apprise failures worth retrying, at their next_attempt_at
    more: bool = False  # the batch was full and made progress: more may be waiting
    queued: int = 0  # alerts the fan-out made from new events before sending

    def as_dict(self) -> dict[str, int]:
        return {"sent": self.sent, "failed": self.failed, "pending": self.pending}


def alerts_send(*, limit: int = 1000) -> DispatchReport:
    """The 5-minute job: turn new ledger events into alerts, then send the immediate ones owed.

    One function for the task and the command, so the two cannot drift apart.
    """
    queued = alerts_fan_out(enqueue_dispatch=False)
    report = alerts_dispatch(limit=limit)
    report.queued = queued
    return report


def digests_send() -> DispatchReport:
    """The daily job: turn new ledger events into alerts, then send each digest subscriber
    one e-mail with its pending alerts."""
    queued = alerts_fan_out(enqueue_dispatch=False)
    report = alerts_send_digests()
    report.queued = queued
    return report


def alerts_dispatch(*, limit: int = 1000) -> DispatchReport:
    """Deliver pending immediate alerts through each subscription's channel, each exactly once.

    Each alert is delivered inside its own transaction that holds its row lock (SKIP LOCKED, so
    two dispatchers share the work) and marks it sent before committing. A worker killed
    mid-send rolls back, leaving the alert pending for the re-delivered task. Pending evidence
    alerts of the same subscription and claim go out together, as one message listing them (a
    webhook gets one delivery per alert). An alert that cannot be built (or whose subscriber
    has no address) fails alone with its reason.

    E-mail (one SMTP connection, opened when the first e-mail is due): a refused message is
    counted and skipped (failed when the refusal is final or attempts run out), so it holds up
    no other alert; a lost connection is raised after recording the attempt, so the task
    retries with backoff. Webhooks and Apprise: a failure worth retrying waits (backoff, or the
    receiver's Retry-After) and the endpoint's other alerts wait for the next run; any other
    failure fails the alert at once; repeated failures pause the endpoint. Alerts tried least
    often go first.
    """
    report = DispatchReport()
    now = timezone.now()
    owed = Alert.objects.filter(state=Alert.State.PENDING, digest=False)
    due = owed.filter(
        Q(next_attempt_at__isnull=True) | Q(next_attempt_at__lte=now),
        subscription__paused_at__isnull=True,
    )
    batch = list(due.order_by("attempts", "id").values_list("id", "subscription_id")[:limit])
    if batch:
        claim_ids = set(
            owed.filter(id__in=[i for i, _ in batch]).values_list("claim_id", flat=True)
        )
        claims = claims_with_metrics(Claim.objects.filter(id__in=claim_ids)).in_bulk()
        mail = _LazyMailConnection()
        failing: set[int] = set()  # endpoints that failed in this run: their alerts wait
        try:
            for alert_id, subscription_id in batch:
                if subscription_id in failing:
                    continue
                outcome, count = _send_one(alert_id, claims, mail)
                if outcome == Alert.State.SENT:
                    report.sent += count
                elif outcome == Alert.State.FAILED:
                    report.failed += count
                elif outcome == DEFERRED:
                    report.deferred += count
                elif outcome == WAITING:
                    report.waiting += count
                    failing.add(subscription_id)
        finally:
            mail.close()
    report.more = len(batch) == limit and report.sent + report.failed > 0
    report.pending = owed.count()
    logger.info(
        "alert dispatch: sent=%d failed=%d deferred=%d waiting=%d pending=%d",
        report.sent,
        report.failed,
        report.deferred,
        report.waiting,
        report.pending,
        extra={
            "job": "dispatch",
            **report.as_dict(),
            "deferred": report.deferred,
            "waiting": report.waiting,
        },
    )
    return report


class _LazyMailConnection:
    """The SMTP connection, opened when the first e-mail is due and then reused: a run with
    only webhooks to deliver never touches the mail server."""

    def __init__(self) -> None:
        self._backend: BaseEmailBackend | None = None

    def get(self) -> BaseEmailBackend:
        if self._backend is None:
            backend = get_connection()
            backend.open()
            self._backend = backend
        return self._backend

    def close(self) -> None:
        if self._backend is not None:
            self._backend.close()


def _locked_alerts(queryset: QuerySet[Alert]) -> QuerySet[Alert]:
    """Pending alerts locked for this transaction (skipping those another dispatcher holds),
    with what their messages read: the event, its revision, source and evidence."""
    return (
        queryset.filter(state=Alert.State.PENDING)
        .select_for_update(skip_locked=True, of=("self",))
        .select_related(
            "subscription__user",
            "status_event__revision__source",
            "status_event__source",
            "status_event__evidence__source",
        )
        .order_by("id")
    )


def _fail(alerts: Sequence[Alert], reason: str) -> None:
    """Give these alerts up with the reason, for the admin's alert log."""
    Alert.objects.filter(pk__in=[alert.pk for alert in alerts]).update(
        state=Alert.State.FAILED, attempts=F("attempts") + 1, last_error=reason[:500]
    )
    logger.warning(
        "alert(s) %s failed: %s",
        ",".join(str(alert.pk) for alert in alerts),
        reason,
        extra={"job": "dispatch", "alerts": [alert.pk for alert in alerts]},
    )


def _mark_sent(alerts: Sequence[Alert]) -> None:
    Alert.objects.filter(pk__in=[alert.pk for alert in alerts]).update(
        state=Alert.State.SENT, sent_at=timezone.now(), attempts=F("attempts") + 1, last_error=""
    )


def _no_address_reason(subscription: Subscription) -> str | None:
    """Why a subscription's alerts cannot be e-mailed, or None when they can."""
    if subscription.recipient:
        return None
    if subscription.user_id and subscription.user is not None:
        return f"no deliverable address: user {subscription.user} has no e-mail address"
    return "no deliverable address: the subscription has neither an e-mail address nor a user"


def _unbuildable_reason(error: Exception) -> str:
    return f"the message could not be built: {type(error).__name__}: {error}"


def _send_one(
    alert_id: int, claims: Mapping[int, Claim], mail: _LazyMailConnection
) -> tuple[str | None, int]:
    """Deliver one alert (with the evidence alerts it gathers): (outcome, alerts concerned)."""
    try:
        with transaction.atomic():
            alert = _locked_alerts(Alert.objects.filter(pk=alert_id)).first()
            if alert is None:  # sent, suppressed, or being sent by another dispatcher
                return None, 0
            channel = alert.subscription.channel
            group = [alert]
            if alert.event == AlertEvent.EVIDENCE and channel != Subscription.Channel.WEBHOOK:
                # A burst of evidence on one claim is one message, not one per item.
                group += _locked_alerts(
                    Alert.objects.filter(
                        subscription_id=alert.subscription_id,
                        claim_id=alert.claim_id,
                        event=AlertEvent.EVIDENCE,
                        digest=False,
                    ).exclude(pk=alert.pk)
                )
            claim = claims[alert.claim_id]
            if channel != Subscription.Channel.EMAIL:
                return _deliver_elsewhere(group, claim), len(group)
            reason = _no_address_reason(alert.subscription)
            if reason:
                _fail(group, reason)
                return Alert.State.FAILED, len(group)
            try:
                message = alert_message(group, claim)
            except DatabaseError:
                raise
            except Exception as error:  # this alert's content: it fails alone
                _fail(group, _unbuildable_reason(error))
                return Alert.State.FAILED, len(group)
            try:
                mail.get().send_messages([message])
            except MESSAGE_REFUSALS as error:
                failed = _record_refusal([a.pk for a in group], error)
                return (Alert.State.FAILED if failed else DEFERRED), len(group)
            except ValueError as error:  # a header refused before sending (BadHeaderError)
                _fail(group, _unbuildable_reason(error))
                return Alert.State.FAILED, len(group)
            _mark_sent(group)
            return Alert.State.SENT, len(group)
    except (smtplib.SMTPException, OSError) as error:
        # The connection failed: the transaction rolled back and the alert stays pending.
        # Record the attempt, then let the task retry with backoff.
        Alert.objects.filter(pk=alert_id, state=Alert.State.PENDING).update(
            attempts=F("attempts") + 1, last_error=f"{type(error).__name__}: {error}"[:500]
        )
        raise


def channel_backoff(attempts: int) -> dt.timedelta:
    """How long a webhook or Apprise alert waits after its `attempts`-th failed attempt."""
    return dt.timedelta(seconds=min(30 * 2 ** max(attempts - 1, 0), 3600))


def _deliver_elsewhere(group: list[Alert], claim: Claim) -> str:
    """Deliver by webhook or Apprise, inside the caller's transaction (the alerts are locked)."""
    alert = group[0]
    subscription = alert.subscription
    try:
        with translation.override(subscription.language):
            # Words (labels, windows) in the subscriber's language; codes and dates stay as is.
            content = alert_content(group, claim)
            text = (
                apprise_text(content)
                if subscription.channel == Subscription.Channel.APPRISE
                else None
            )
        if text is None:
            result = webhook_deliver(
                subscription.webhook,
                message_id=webhook_message_id(alert.pk),
                payload=webhook_payload(content),
            )
        else:
            title, body = text
            result = apprise_deliver(subscription.apprise, title=title, body=body)
    except DatabaseError:
        raise
    except InvalidToken:
        # The keys changed without resealing: nothing is lost, the endpoint pauses and says why.
        result = Delivery(
            sent=False,
            reason="the channel's sealed secret does not open with ALERT_CHANNEL_KEYS",
            transient=True,
        )
    except Exception as error:  # this alert's content or endpoint: it fails alone
        _fail(group, _unbuildable_reason(error))
        return Alert.State.FAILED
    if result.sent:
        _mark_sent(group)
        subscription_record_success(subscription_id=subscription.pk)
        return Alert.State.SENT
    subscription_record_failure(subscription_id=subscription.pk, reason=result.reason)
    attempts = alert.attempts + 1
    if not result.transient or attempts >= MAX_ALERT_ATTEMPTS:
        _fail(group, result.reason)
        return Alert.State.FAILED
    wait = channel_backoff(attempts)
    if result.retry_after is not None:
        wait = max(wait, dt.timedelta(seconds=result.retry_after))
    Alert.objects.filter(pk__in=[a.pk for a in group]).update(
        attempts=F("attempts") + 1,
        last_error=result.reason[:500],
        next_attempt_at=timezone.now() + wait,
    )
    return WAITING


def alerts_send_digests() -> DispatchReport:
    """Send each digest subscriber one e-mail with all its pending alerts, then mark them sent."""
    report = DispatchReport()
    subscription_ids = list(
        Alert.objects.filter(state=Alert.State.PENDING, digest=True)
        .order_by()
        .values_list("subscription_id", flat=True)
        .distinct()
    )
    if subscription_ids:
        with get_connection() as smtp:
            for subscription_id in subscription_ids:
                outcome, count = _send_digest(subscription_id, smtp)
                if outcome == DEFERRED:
                    report.deferred += 1
                elif outcome == Alert.State.FAILED:
                    report.failed += count
                else:
                    report.sent += count
    report.pending = Alert.objects.filter(state=Alert.State.PENDING, digest=True).count()
    logger.info(
        "digest: sent=%d failed=%d pending=%d",
        report.sent,
        report.failed,
        report.pending,
        extra={"job": "digest", **report.as_dict()},
    )
    return report


def digest_message(alerts: Sequence[Alert], claims: Mapping[int, Claim]) -> EmailMultiAlternatives:
    """One subscriber's daily digest, in its language: per claim, each event as it happened."""
    with translation.override(alerts[0].subscription.language):
        return _digest_message(alerts, claims)


def _digest_message(alerts: Sequence[Alert], claims: Mapping[int, Claim]) -> EmailMultiAlternatives:
    by_claim: defaultdict[int, list[Alert]] = defaultdict(list)
    for alert in alerts:
        by_claim[alert.claim_id].append(alert)
    entries = [
        {"content": alert_content(group, claims[claim_id]), **_claim_text(claims[claim_id])}
        for claim_id, group in by_claim.items()
    ]
    return _message(
        subscription=alerts[0].subscription,
        subject="[Pledgewatch] "
        + ngettext(
            "Daily digest: %(alerts)d alert on %(claims)s",
            "Daily digest: %(alerts)d alerts on %(claims)s",
            len(alerts),
        )
        % {
            "alerts": len(alerts),
            "claims": ngettext("%(count)d claim", "%(count)d claims", len(by_claim))
            % {"count": len(by_claim)},
        },
        template="digest",
        context={"entries": entries, "today": timezone.localdate()},
        message_id=f"<digest-{alerts[0].subscription_id}-{alerts[0].pk}-{alerts[-1].pk}"
        "@pledgewatch>",
    )


def _send_digest(subscription_id: int, smtp: BaseEmailBackend) -> tuple[str | None, int]:
    with transaction.atomic():
        alerts = list(
            _locked_alerts(
                Alert.objects.filter(subscription_id=subscription_id, digest=True)
            ).order_by("claim_id", "id")
        )
        if not alerts:
            return None, 0
        reason = _no_address_reason(alerts[0].subscription)
        if reason:
            _fail(alerts, reason)
            return Alert.State.FAILED, len(alerts)
        claims = claims_with_metrics(
            Claim.objects.filter(id__in={a.claim_id for a in alerts})
        ).in_bulk()
        try:
            message = digest_message(alerts, claims)
        except DatabaseError:
            raise
        except Exception as error:  # this digest's content: the other digests still go out
            _fail(alerts, _unbuildable_reason(error))
            return Alert.State.FAILED, len(alerts)
        try:
            smtp.send_messages([message])
        except MESSAGE_REFUSALS as error:
            # This subscriber's digest waits (or fails); the other digests still go out.
            _record_refusal([a.pk for a in alerts], error)
            return DEFERRED, len(alerts)
        except ValueError as error:
            _fail(alerts, _unbuildable_reason(error))
            return Alert.State.FAILED, len(alerts)
        _mark_sent(alerts)
        return Alert.State.SENT, len(alerts)


def claim_snooze(
    *, claim: Claim, until: dt.date, reason: str, actor: User | None = None
) -> ClaimSnooze:
    """Hold a claim's alerts until a date; alerts made meanwhile are kept as suppressed."""
    snooze = ClaimSnooze(
        claim=claim,
        until=until,
        reason=reason,
        created_by=saved_user(actor),
    )
    snooze.full_clean()
    snooze.save()
    return snooze
