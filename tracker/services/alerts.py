"""Alerts: ledger events become alert rows (fan-out), sent once each by e-mail (dispatch),
immediately or as a daily digest; subscriptions are stopped and claims snoozed here."""

from __future__ import annotations

import datetime as dt
import logging
import smtplib
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, TypedDict

from django.conf import settings
from django.core import signing
from django.core.mail import EmailMultiAlternatives, get_connection
from django.core.mail.backends.base import BaseEmailBackend
from django.db import transaction
from django.db.models import F
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from claims.models import Claim, Status, StatusEvent, today_in
from claims.selectors import claims_with_metrics
from claims.services import User, saved_user

from ..models import Alert, AlertEvent, ClaimSnooze, Subscription
from ..selectors import UNSUBSCRIBE_SALT

logger = logging.getLogger(__name__)


# Refusals of one message (its recipient or its content). A 5xx refusal is final: the alert
# fails. A 4xx one ("mailbox full") is tried again later, up to MAX_ALERT_ATTEMPTS, without
# holding up the alerts behind it. Anything else (a refused sender, an authentication error,
# a lost connection) concerns every message: it is raised and the task retries with backoff.
MESSAGE_REFUSALS = (smtplib.SMTPRecipientsRefused, smtplib.SMTPDataError)
MAX_ALERT_ATTEMPTS = 10
DEFERRED = "deferred"


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


def alert_event_for(kind: str, new_status: str, days: int | None) -> str | None:
    """Which alert a ledger event causes, if any."""
    if kind == StatusEvent.Kind.STATUS:
        by_status: dict[str, str] = {
            Status.OVERDUE: AlertEvent.OVERDUE,
            Status.MISSED: AlertEvent.MISSED,
            Status.FULFILLED_ON_TIME: AlertEvent.FULFILLED,
            Status.FULFILLED_LATE: AlertEvent.FULFILLED,
        }
        return by_status.get(new_status)
    if kind == StatusEvent.Kind.DUE_SOON:
        return None if days is None else {30: AlertEvent.DUE_30, 7: AlertEvent.DUE_7}.get(days)
    if kind == StatusEvent.Kind.RESTATED:
        return AlertEvent.SLIPPED if days and days > 0 else None
    if kind == StatusEvent.Kind.EVIDENCE:
        return AlertEvent.EVIDENCE
    return None


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

    Alerts come only from recorded events, never from the claims' current state. The unique
    constraint on Alert makes a second fan-out of the same event (a re-run, a crash between
    insert and marking, or two overlapping runs) insert nothing. Returns the number of alerts
    queued (a duplicate refused by the constraint is counted but not stored). When any were
    queued, a dispatch is enqueued once the caller's transaction commits.
    """
    now = now or timezone.now()
    subscriptions = list(
        Subscription.objects.filter(active=True).values(
            "id",
            "claim_id",
            "organisation_id",
            "category",
            "delivery",
            *[f"on_{event}" for event in AlertEvent.values],
        )
    )
    created = 0
    while True:
        with transaction.atomic():
            events = list(
                StatusEvent.objects.filter(alerts_queued_at__isnull=True)
                .select_for_update(skip_locked=True)
                .order_by("id")
                .values(
                    "id", "claim_id", "kind", "new_status", "days", "revision_id", "evidence_id"
                )[:batch_size]
            )
            if not events:
                break
            claim_ids = {event["claim_id"] for event in events}
            claims = {
                claim["id"]: claim
                for claim in Claim.objects.filter(id__in=claim_ids).values(
                    "id", "promiser_id", "category", "timezone"
                )
            }
            snoozed = _snoozed_claim_ids(claims.values(), now)
            alerts: list[Alert] = []
            for event in events:
                alert_event = alert_event_for(event["kind"], event["new_status"], event["days"])
                claim = claims[event["claim_id"]]
                if alert_event is None:
                    continue
                alerts.extend(
                    Alert(
                        subscription_id=subscription["id"],
                        claim_id=claim["id"],
                        event=alert_event,
                        revision_id=event["revision_id"],
                        evidence_id=event["evidence_id"],
                        status_event_id=event["id"],
                        digest=subscription["delivery"] == Subscription.Delivery.DIGEST,
                        state=Alert.State.SUPPRESSED
                        if claim["id"] in snoozed
                        else Alert.State.PENDING,
                    )
                    for subscription in subscriptions
                    if subscription[f"on_{alert_event}"] and _follows(subscription, claim)
                )
            Alert.objects.bulk_create(alerts, ignore_conflicts=True, batch_size=1000)
            created += len(alerts)
            StatusEvent.objects.filter(id__in=[event["id"] for event in events]).update(
                alerts_queued_at=now
            )
    if created and enqueue_dispatch:
        _enqueue_dispatch()
    return created


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
    path = reverse("tracker:unsubscribe", kwargs={"token": unsubscribe_token(subscription)})
    return f"{settings.SITE_URL}{path}"


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


def _claim_context(claim: Claim) -> dict:
    base = settings.SITE_URL
    return {
        "claim": claim,
        "admin_url": f"{base}{reverse('admin:claims_claim_change', args=[claim.pk])}",
        "api_url": f"{base}/api/v1/claims/{claim.pk}/",
    }


def _message(
    *, subscription: Subscription, subject: str, template: str, context: dict, message_id: str
) -> EmailMultiAlternatives:
    unsubscribe = unsubscribe_url(subscription)
    context = {**context, "subscription": subscription, "unsubscribe_url": unsubscribe}
    message = EmailMultiAlternatives(
        subject=subject,
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


def alert_message(alert: Alert, claim: Claim) -> EmailMultiAlternatives:
    """The e-mail for one alert: the claim, its source, deadlines, slippage and links."""
    event = AlertEvent(alert.event).label
    return _message(
        subscription=alert.subscription,
        subject=f"[Pledgewatch] {claim.promiser.name}: {event}: {claim.statement}"[:200],
        template="alert",
        context={**_claim_context(claim), "alert": alert, "event": event},
        message_id=f"<alert-{alert.pk}@pledgewatch>",
    )


@dataclass
class DispatchReport:
    sent: int = 0
    failed: int = 0
    pending: int = 0
    deferred: int = 0  # refused for now (4xx); retried later
    more: bool = False  # the batch was full and made progress: more may be waiting
    queued: int = 0  # alerts the fan-out made from new events before sending

    def as_dict(self) -> dict:
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
    """Send pending immediate alerts over one SMTP connection, each exactly once.

    Each alert is sent inside its own transaction that holds its row lock (SKIP LOCKED, so two
    dispatchers share the work) and marks it sent before committing. A worker killed mid-send
    rolls back, leaving the alert pending for the re-delivered task. A refused message is
    counted and skipped (failed when the refusal is final or attempts run out), so it holds
    up no other alert; a lost connection is raised after recording the attempt, so the task
    retries with backoff. Alerts tried least often go first.
    """
    report = DispatchReport()
    pending = Alert.objects.filter(state=Alert.State.PENDING, digest=False)
    ids = list(pending.order_by("attempts", "id").values_list("id", flat=True)[:limit])
    if ids:
        claim_ids = set(pending.filter(id__in=ids).values_list("claim_id", flat=True))
        claims = claims_with_metrics(Claim.objects.filter(id__in=claim_ids)).in_bulk()
        with get_connection() as smtp:
            for alert_id in ids:
                outcome = _send_one(alert_id, claims, smtp)
                if outcome == Alert.State.SENT:
                    report.sent += 1
                elif outcome == Alert.State.FAILED:
                    report.failed += 1
                elif outcome == DEFERRED:
                    report.deferred += 1
    report.more = len(ids) == limit and report.sent + report.failed > 0
    report.pending = Alert.objects.filter(state=Alert.State.PENDING, digest=False).count()
    logger.info(
        "alert dispatch: sent=%d failed=%d deferred=%d pending=%d",
        report.sent,
        report.failed,
        report.deferred,
        report.pending,
        extra={"job": "dispatch", **report.as_dict(), "deferred": report.deferred},
    )
    return report


def _send_one(alert_id: int, claims: Mapping[int, Claim], smtp: BaseEmailBackend) -> str | None:
    try:
        with transaction.atomic():
            alert = (
                Alert.objects.select_for_update(skip_locked=True, of=("self",))
                .select_related("subscription__user")
                .filter(pk=alert_id, state=Alert.State.PENDING)
                .first()
            )
            if alert is None:  # sent, suppressed, or being sent by another dispatcher
                return None
            try:
                smtp.send_messages([alert_message(alert, claims[alert.claim_id])])
            except MESSAGE_REFUSALS as error:
                return Alert.State.FAILED if _record_refusal([alert.pk], error) else DEFERRED
            alert.attempts += 1
            alert.state, alert.sent_at, alert.last_error = Alert.State.SENT, timezone.now(), ""
            alert.save(update_fields=["state", "sent_at", "attempts", "last_error"])
            return Alert.State.SENT
    except (smtplib.SMTPException, OSError) as error:
        # The connection failed: the transaction rolled back and the alert stays pending.
        # Record the attempt, then let the task retry with backoff.
        Alert.objects.filter(pk=alert_id, state=Alert.State.PENDING).update(
            attempts=F("attempts") + 1, last_error=f"{type(error).__name__}: {error}"[:500]
        )
        raise


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
                sent = _send_digest(subscription_id, smtp)
                if isinstance(sent, str):  # DEFERRED
                    report.deferred += 1
                else:
                    report.sent += sent
    report.pending = Alert.objects.filter(state=Alert.State.PENDING, digest=True).count()
    logger.info(
        "digest: sent=%d pending=%d",
        report.sent,
        report.pending,
        extra={"job": "digest", **report.as_dict()},
    )
    return report


def _send_digest(subscription_id: int, smtp: BaseEmailBackend) -> int | str:
    with transaction.atomic():
        alerts = list(
            Alert.objects.select_for_update(skip_locked=True, of=("self",))
            .filter(subscription_id=subscription_id, state=Alert.State.PENDING, digest=True)
            .select_related("subscription__user")
            .order_by("claim_id", "id")
        )
        if not alerts:
            return 0
        subscription = alerts[0].subscription
        claims = claims_with_metrics(
            Claim.objects.filter(id__in={a.claim_id for a in alerts})
        ).in_bulk()
        items: defaultdict[int, list[str]] = defaultdict(list)
        for alert in alerts:
            items[alert.claim_id].append(AlertEvent(alert.event).label)
        context = {
            "entries": [
                {**_claim_context(claims[claim_id]), "events": events}
                for claim_id, events in items.items()
            ],
            "today": timezone.localdate(),
        }
        message = _message(
            subscription=subscription,
            subject=f"[Pledgewatch] Daily digest: {len(alerts)} alert(s) on {len(items)} claim(s)",
            template="digest",
            context=context,
            message_id=f"<digest-{subscription_id}-{alerts[0].pk}-{alerts[-1].pk}@pledgewatch>",
        )
        try:
            smtp.send_messages([message])
        except MESSAGE_REFUSALS as error:
            # This subscriber's digest waits (or fails); the other digests still go out.
            _record_refusal([a.pk for a in alerts], error)
            return DEFERRED
        Alert.objects.filter(pk__in=[a.pk for a in alerts]).update(
            state=Alert.State.SENT,
            sent_at=timezone.now(),
            attempts=F("attempts") + 1,
            last_error="",
        )
        return len(alerts)


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
