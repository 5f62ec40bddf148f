"""The tracker's work: sweep deadlines, turn ledger events into alerts, and send them once."""

from __future__ import annotations

import datetime as dt
import logging
import smtplib
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from django.conf import settings
from django.core import signing
from django.core.exceptions import ValidationError
from django.core.mail import EmailMultiAlternatives, get_connection
from django.db import transaction
from django.db.models import F, Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from claims.models import Claim, Evidence, Source, Status, StatusEvent, today_in
from claims.selectors import claims_with_metrics
from claims.services import (
    claims_record_due_soon,
    claims_sweep_statuses,
    evidence_add,
    evidence_review,
)

from .feeds import FeedError, items_ingest, parse_feed
from .fetch import FetchError, fetch
from .matching import ItemText, claim_profiles, match_items
from .models import Alert, AlertEvent, ClaimSnooze, Feed, NewsItem, Subscription

logger = logging.getLogger(__name__)

UNSUBSCRIBE_SALT = "tracker.unsubscribe"

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


@dataclass
class SweepReport:
    transitions: Counter[str] = field(default_factory=Counter)
    due_soon: int = 0
    alerts: int = 0

    def as_dict(self) -> dict:
        return {
            "transitions": dict(self.transitions),
            "due_soon": self.due_soon,
            "alerts": self.alerts,
        }


def deadlines_sweep(*, now: dt.datetime | None = None, dry_run: bool = False) -> SweepReport:
    """The hourly job: move statuses, mark approaching deadlines, queue the alerts they cause."""
    now = now or timezone.now()
    report = SweepReport()
    report.transitions = claims_sweep_statuses(now=now, job="sweep", dry_run=dry_run)
    if not dry_run:
        report.due_soon = claims_record_due_soon(now=now, job="sweep")
        report.alerts = alerts_fan_out(now=now)
    logger.info(
        "deadline sweep: transitions=%s due_soon=%d alerts=%d dry_run=%s",
        dict(report.transitions),
        report.due_soon,
        report.alerts,
        dry_run,
        extra={"job": "sweep", **report.as_dict(), "dry_run": dry_run},
    )
    return report


def alert_event_for(kind: str, new_status: str, days: int | None) -> str | None:
    """Which alert a ledger event causes, if any."""
    if kind == StatusEvent.Kind.STATUS:
        return {
            Status.OVERDUE: AlertEvent.OVERDUE,
            Status.MISSED: AlertEvent.MISSED,
            Status.FULFILLED_ON_TIME: AlertEvent.FULFILLED,
            Status.FULFILLED_LATE: AlertEvent.FULFILLED,
        }.get(new_status)
    if kind == StatusEvent.Kind.DUE_SOON:
        return {30: AlertEvent.DUE_30, 7: AlertEvent.DUE_7}.get(days)
    if kind == StatusEvent.Kind.RESTATED:
        return AlertEvent.SLIPPED if days and days > 0 else None
    if kind == StatusEvent.Kind.EVIDENCE:
        return AlertEvent.EVIDENCE
    return None


def _follows(subscription: dict, claim: dict) -> bool:
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
            alerts = []
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


def _snoozed_claim_ids(claims: Iterable[dict], now: dt.datetime) -> set[int]:
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
    from .tasks import send_alerts_task

    send_alerts_task.delay_on_commit()


def unsubscribe_token(subscription: Subscription) -> str:
    return signing.dumps({"subscription": subscription.pk}, salt=UNSUBSCRIBE_SALT, compress=True)


def unsubscribe_url(subscription: Subscription) -> str:
    path = reverse("tracker:unsubscribe", kwargs={"token": unsubscribe_token(subscription)})
    return f"{settings.SITE_URL}{path}"


def subscription_from_token(token: str) -> Subscription:
    """The subscription a link was signed for; raises signing.BadSignature (or its subclass
    SignatureExpired) for a forged or expired link, Subscription.DoesNotExist for a gone one."""
    data = signing.loads(token, salt=UNSUBSCRIBE_SALT, max_age=settings.TRACKER_UNSUBSCRIBE_MAX_AGE)
    return Subscription.objects.get(pk=data["subscription"])


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

    def as_dict(self) -> dict:
        return {"sent": self.sent, "failed": self.failed, "pending": self.pending}


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


def _send_one(alert_id: int, claims: dict[int, Claim], smtp) -> str | None:
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
                if sent == DEFERRED:
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


def _send_digest(subscription_id: int, smtp) -> int | str:
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
        items = defaultdict(list)
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


def claim_snooze(*, claim: Claim, until: dt.date, reason: str, actor=None) -> ClaimSnooze:
    """Hold a claim's alerts until a date; alerts made meanwhile are kept as suppressed."""
    snooze = ClaimSnooze(
        claim=claim,
        until=until,
        reason=reason,
        created_by=actor if getattr(actor, "pk", None) else None,
    )
    snooze.full_clean()
    snooze.save()
    return snooze


# ---------------------------------------------------------------------------------------
# News watch: poll feeds, store their items once, match them to open claims.
# (Imports are local to each function: this section is appended to a shared file.)
# ---------------------------------------------------------------------------------------

# A feed handed to a poll task is not handed out again for this long (a lost task frees it).
FEED_LEASE = dt.timedelta(minutes=10)
# Consecutive failures push the next poll back: 15 min, 30 min, 1 h... at most a day.
FEED_BACKOFF_BASE = dt.timedelta(minutes=15)
FEED_BACKOFF_MAX = dt.timedelta(hours=24)
FEED_ACCEPT = (
    "application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, "
    "application/xml;q=0.8, text/xml;q=0.8, */*;q=0.1"
)
NEWS_JOB = "news"


def feed_backoff(*, failures: int, interval: dt.timedelta) -> dt.timedelta:
    """Delay before the next poll after `failures` consecutive failures (exponential, capped)."""
    if failures <= 0:
        return interval
    return max(interval, min(FEED_BACKOFF_BASE * 2 ** (failures - 1), FEED_BACKOFF_MAX))


def feeds_claim_due(*, now: dt.datetime | None = None, limit: int = 500) -> list[int]:
    """The enabled feeds due for a poll, leased for FEED_LEASE so no other fan-out takes them.

    Locks the due rows with SKIP LOCKED (PostgreSQL; SQLite's write lock serialises), so two
    overlapping fan-outs hand out each feed once.
    """
    now = now or timezone.now()
    with transaction.atomic():
        ids = list(
            Feed.objects.filter(enabled=True, next_poll_at__lte=now)
            .order_by("next_poll_at", "id")
            .select_for_update(skip_locked=True)
            .values_list("id", flat=True)[:limit]
        )
        Feed.objects.filter(id__in=ids).update(next_poll_at=now + FEED_LEASE)
    return ids


@dataclass
class PollReport:
    feed: int
    status: str = "ok"  # ok, not_modified, failed, skipped
    new_items: int = 0
    duplicates: int = 0
    evidence: int = 0
    error: str = ""
    transient: bool = False

    def as_dict(self) -> dict:
        return {
            "feed": self.feed,
            "status": self.status,
            "new_items": self.new_items,
            "duplicates": self.duplicates,
            "evidence": self.evidence,
            "error": self.error,
        }


def feed_poll(*, feed_id: int, now: dt.datetime | None = None) -> PollReport:
    """Fetch one feed (conditional GET), store its new items, queue evidence candidates.

    Any failure (refused address, timeout, size, unreadable document) is recorded on the feed
    with its reason and pushes the next poll back exponentially; stored items and other feeds
    are not touched. A feed already being polled by another worker is skipped.
    """

    now = now or timezone.now()
    report = PollReport(feed=feed_id)
    # Compare-and-swap: only one worker holds the feed; a lock older than the lease is stale.
    locked = (
        Feed.objects.filter(pk=feed_id)
        .filter(Q(polling_since__isnull=True) | Q(polling_since__lt=now - FEED_LEASE))
        .update(polling_since=now)
    )
    if not locked:
        report.status = "skipped"
        return report
    feed = Feed.objects.get(pk=feed_id)
    interval = dt.timedelta(minutes=feed.interval_minutes or 60)
    try:
        result = fetch(
            feed.url, etag=feed.etag, last_modified=feed.last_modified, accept=FEED_ACCEPT
        )
        if result.not_modified:
            report.status = "not_modified"
        else:
            parsed = parse_feed(
                result.content,
                content_type=result.content_type,
                url=result.url,
                default_language=feed.language,
                now=now,
            )
            ingested = items_ingest(feed=feed, entries=parsed.entries, now=now)
            report.new_items = len(ingested.new_ids)
            report.duplicates = len(ingested.duplicate_guids)
            report.evidence = news_items_match(item_ids=ingested.new_ids, now=now).evidence
    except (FetchError, FeedError) as error:
        report.status, report.error, report.transient = "failed", error.reason, error.transient
        failures = feed.consecutive_failures + 1
        Feed.objects.filter(pk=feed_id).update(
            last_polled_at=now,
            last_error_at=now,
            last_error=error.reason[:1000],
            consecutive_failures=F("consecutive_failures") + 1,
            next_poll_at=now + feed_backoff(failures=failures, interval=interval),
            polling_since=None,
        )
        logger.warning(
            "feed %s failed: %s",
            feed_id,
            error.reason,
            extra={"job": NEWS_JOB, "feed": feed_id, "failures": failures},
        )
        return report
    except BaseException:
        Feed.objects.filter(pk=feed_id).update(polling_since=None)
        raise
    values = {
        "last_polled_at": now,
        "last_success_at": now,
        "last_error": "",
        "consecutive_failures": 0,
        "next_poll_at": now + interval,
        "polling_since": None,
    }
    if not result.not_modified:
        values.update(etag=result.etag[:500], last_modified=result.last_modified[:100])
        if not feed.title and parsed.title:
            values["title"] = parsed.title
    Feed.objects.filter(pk=feed_id).update(**values)
    logger.info(
        "feed %s polled: %s, %d new item(s), %d evidence",
        feed_id,
        report.status,
        report.new_items,
        report.evidence,
        extra={"job": NEWS_JOB, **report.as_dict()},
    )
    return report


@dataclass
class MatchReport:
    items: int = 0
    evidence: int = 0
    matches: dict[int, list] = field(default_factory=dict)


def _item_texts(items) -> list:

    feed_ids = {item.feed_id for item in items}
    feeds = Feed.objects.prefetch_related("organisations").in_bulk(feed_ids)
    texts = []
    for item in items:
        feed = feeds[item.feed_id]
        texts.append(
            ItemText(
                item_id=item.pk,
                text=item.search_text,
                published_on=item.observed_on,
                language=item.language or "en",
                feed_organisation_ids=frozenset(o.pk for o in feed.organisations.all()),
                feed_keywords=tuple(feed.keyword_list),
                original=f"{item.title}\n{item.summary}",
            )
        )
    return texts


def news_items_score(*, item_ids: Iterable[int], threshold: float | None = None) -> dict:
    """The matches of stored items against the open claims, without storing anything."""
    items = list(NewsItem.objects.filter(pk__in=list(item_ids)).order_by("id"))
    if not items:
        return {}
    threshold = settings.MATCH_THRESHOLD if threshold is None else threshold
    return match_items(_item_texts(items), claim_profiles(), threshold=threshold)


def news_items_match(
    *,
    item_ids: Iterable[int] | None = None,
    now: dt.datetime | None = None,
    threshold: float | None = None,
    batch_size: int = 2000,
) -> MatchReport:
    """Match items not matched yet (all of them, or those given) against the open claims and
    queue each match above the threshold as an evidence candidate, through
    claims.services.evidence_add, which records the event that alerts "new evidence" followers.

    Re-running is harmless: matched items are skipped, and evidence already recorded for the
    same claim, source and kind is not added twice.
    """
    now = now or timezone.now()
    report = MatchReport()
    pending = NewsItem.objects.filter(matched_at__isnull=True)
    if item_ids is not None:
        pending = pending.filter(pk__in=list(item_ids))
    ids = list(pending.order_by("id").values_list("id", flat=True))
    for start in range(0, len(ids), batch_size):
        batch = ids[start : start + batch_size]
        matches = news_items_score(item_ids=batch, threshold=threshold)
        items = NewsItem.objects.select_related("feed").in_bulk(list(matches))
        for item_id, item_matches in matches.items():
            report.matches[item_id] = item_matches
            report.evidence += _news_item_evidence(items[item_id], item_matches)
        NewsItem.objects.filter(pk__in=batch).update(matched_at=now)
        report.items += len(batch)
    if report.evidence:
        _enqueue_dispatch()
    return report


def _news_item_evidence(item, matches) -> int:

    claims = Claim.objects.in_bulk([match.claim_id for match in matches])
    created = 0
    with transaction.atomic():
        source = news_item_source(item=item)
        for match in matches:
            if Evidence.objects.filter(
                claim_id=match.claim_id, source=source, kind=match.kind
            ).exists():
                continue
            evidence_add(
                claim=claims[match.claim_id],
                source=source,
                observed_on=item.observed_on,
                kind=match.kind,
                summary=item.title[:1000],
                why=match.why,
                score=match.score,
                deadline_text=match.deadline_text[:500],
                job=NEWS_JOB,
            )
            created += 1
    return created


def news_item_source(*, item):
    """The ledger source for a news item (an article), made once and shared by its evidence."""

    if item.source_id:
        return item.source
    values = {
        "kind": Source.Kind.ARTICLE,
        "title": (item.title or "(untitled news item)")[:500],
        "publisher": (item.feed.title or urlsplit(item.feed.url).hostname or "")[:200],
        "published_on": item.observed_on,
        "language": item.language or "en",
        "text": item.summary,
    }
    if item.link:
        source, _ = Source.objects.get_or_create(url=item.link, defaults=values)
    else:
        source = Source.objects.create(url=None, **values)
    item.source = source
    type(item).objects.filter(pk=item.pk).update(source=source)
    return source


@dataclass
class ImportedItem:
    guid: str
    title: str
    published: str | None
    duplicate: bool
    matches: list[dict]

    def as_dict(self) -> dict:
        return {
            "guid": self.guid,
            "title": self.title,
            "published": self.published,
            "duplicate": self.duplicate,
            "matches": self.matches,
        }


def feed_file_import(
    *, content: bytes, feed_url: str, now: dt.datetime | None = None, content_type: str = ""
) -> list[ImportedItem]:
    """Read a saved RSS or Atom document through the same path as a poll (parse, store once,
    match, queue evidence), filed under the feed with `feed_url` (created disabled if new).

    Returns every item with whether it was already stored and its matches; the matches of a
    duplicate are worked out again but not stored again.
    """
    now = now or timezone.now()
    feed, _ = Feed.objects.get_or_create(url=feed_url, defaults={"enabled": False})
    parsed = parse_feed(
        content, content_type=content_type, url=feed_url, default_language=feed.language, now=now
    )
    if not feed.title and parsed.title:
        Feed.objects.filter(pk=feed.pk).update(title=parsed.title)
        feed.title = parsed.title
    ingested = items_ingest(feed=feed, entries=parsed.entries, now=now)
    news_items_match(item_ids=ingested.new_ids, now=now)
    stored = {
        item.guid: item
        for item in NewsItem.objects.filter(feed=feed, guid__in=[e.guid for e in ingested.entries])
    }
    matches = news_items_score(item_ids=[item.pk for item in stored.values()])
    new_ids = set(ingested.new_ids)
    claims = Claim.objects.in_bulk(
        [m.claim_id for item_matches in matches.values() for m in item_matches]
    )
    seen: set[str] = set()
    result = []
    for entry in parsed.entries:
        item = stored.get(entry.guid)
        duplicate = entry.guid in seen or item is None or item.pk not in new_ids
        seen.add(entry.guid)
        result.append(
            ImportedItem(
                guid=entry.guid,
                title=entry.title,
                published=entry.published_at.isoformat() if entry.published_at else None,
                duplicate=duplicate,
                matches=[
                    {
                        "claim": m.claim_id,
                        "subject": claims[m.claim_id].subject,
                        "statement": claims[m.claim_id].statement,
                        "kind": m.kind,
                        "score": m.score,
                        "why": m.why,
                    }
                    for m in (matches.get(item.pk, []) if item else [])
                ],
            )
        )
    return result


@dataclass
class ReviewReport:
    reviewed: int = 0
    unchanged: int = 0
    errors: list[str] = field(default_factory=list)


def evidence_review_bulk(
    *, evidence: Iterable, state: str, actor=None, fulfilled_on: dt.date | None = None
) -> ReviewReport:
    """Confirm or reject several evidence candidates, each through
    claims.services.evidence_review and in its own savepoint: one that cannot be applied (a
    date in the future, a deadline that no longer parses) is reported and the others proceed.

    A confirmed fulfilment is dated `fulfilled_on`, or each item's own date when not given;
    a confirmed delay with a new deadline becomes a revision sourced from the item.
    """

    report = ReviewReport()
    for item in evidence:
        if item.state == state:
            report.unchanged += 1
            continue
        try:
            evidence_review(
                evidence=item,
                state=state,
                actor=actor,
                fulfilled_on=fulfilled_on,
                job="" if actor else NEWS_JOB,
            )
        except ValidationError as error:
            messages = "; ".join(error.messages)
            report.errors.append(f"{item.claim}: {messages}")
            continue
        report.reviewed += 1
    if report.reviewed:
        # Confirmations change statuses and deadlines: tell their followers without waiting
        # for the 5-minute dispatch.
        _enqueue_dispatch()
    return report
