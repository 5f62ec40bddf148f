"""Celery tasks: thin wrappers that run one service and log what it did."""

from __future__ import annotations

import logging
import smtplib
from typing import TypedDict

from celery import shared_task
from celery.contrib.django.task import DjangoTask
from django.conf import settings
from django.core.cache import cache
from django.db import InterfaceError, OperationalError
from django.utils.dateparse import parse_datetime

from claims.services.forecasts import forecasts_refresh

from . import services

logger = logging.getLogger(__name__)

# Delays this module asks Redis to hold a message for; settings.CELERY_VISIBILITY_TIMEOUT must
# exceed every one of them, or Redis hands the message to a second worker while it waits.
RETRY_BACKOFF_MAX = 600
MAX_RETRIES = 8


class IdempotentTask(DjangoTask):
    """A task safe to run twice: acknowledged after it ran, re-queued if its worker died.

    A task whose worker keeps dying (a crash on some input, an out-of-memory kill) would be
    re-delivered forever; deliveries are counted in the shared cache and the task gives up,
    with an error in the log, after `max_deliveries`.
    """

    abstract = True
    acks_late = True
    reject_on_worker_lost = True
    max_deliveries = 5

    def __call__(self, *args, **kwargs):
        task_id = getattr(self.request, "id", None)
        if task_id and not self.request.is_eager:
            # A retry is a new message with the same id: count deliveries of each one.
            key = f"tracker:deliveries:{task_id}:{self.request.retries or 0}"
            cache.add(
                key, 0, timeout=settings.CELERY_VISIBILITY_TIMEOUT * (self.max_deliveries + 1)
            )
            deliveries = cache.incr(key)
            if deliveries > self.max_deliveries:
                logger.error(
                    "giving up on %s[%s] after %d deliveries",
                    self.name,
                    task_id,
                    deliveries - 1,
                    extra={"task": self.name, "deliveries": deliveries},
                )
                return None
        return super().__call__(*args, **kwargs)


@shared_task(base=IdempotentTask, time_limit=1800, soft_time_limit=1700)
def sweep_deadlines_task(now: str | None = None) -> dict:
    """Hourly: move claim statuses, mark approaching deadlines, queue the alerts they cause."""
    return services.deadlines_sweep(now=parse_datetime(now) if now else None).as_dict()


class AlertsDeferred(Exception):
    """The mail server refused some alerts for now; the dispatch is retried with backoff."""


class _TaskOptions(TypedDict):
    """shared_task options spread into several tasks, typed so the call still type-checks."""

    base: type[IdempotentTask]
    autoretry_for: tuple[type[BaseException], ...]
    retry_backoff: bool
    retry_backoff_max: int
    retry_jitter: bool
    max_retries: int


# Sending e-mail: retried with exponential backoff on a lost connection or refused alerts.
SENDING: _TaskOptions = {
    "base": IdempotentTask,
    "autoretry_for": (smtplib.SMTPException, OSError, AlertsDeferred),
    "retry_backoff": True,
    "retry_backoff_max": RETRY_BACKOFF_MAX,
    "retry_jitter": True,
    "max_retries": MAX_RETRIES,
}


@shared_task(time_limit=600, soft_time_limit=570, **SENDING)
def send_alerts_task() -> dict:
    """Every 5 minutes and after each sweep: queue alerts from new events, send the owed ones.

    A full batch that made progress queues the next one at once, so a backlog drains without
    waiting for the next tick; refused alerts make the task retry later with backoff.
    """
    report = services.alerts_send()
    if report.more:
        send_alerts_task.delay()
    if report.deferred:
        raise AlertsDeferred(f"{report.deferred} alert(s) refused for now: {report.as_dict()}")
    return report.as_dict()


@shared_task(time_limit=1200, soft_time_limit=1140, **SENDING)
def send_digest_task() -> dict:
    """Daily at 08:00 Europe/Paris: one e-mail per digest subscriber with its pending alerts."""
    report = services.digests_send()
    if report.deferred:
        raise AlertsDeferred(f"{report.deferred} digest(s) refused for now: {report.as_dict()}")
    return report.as_dict()


# News watch. A feed's own failures (refused address, timeout, bad document) are not task
# errors: feed_poll records them on the feed and backs its next poll off exponentially. The
# tasks retry only when our own database is briefly unreachable.
NEWS_TRANSIENT_ERRORS = (OperationalError, InterfaceError)
# A poll task not started by then is dropped; the feed's lease expires and the next fan-out
# hands it out again.
POLL_FEED_EXPIRES = 10 * 60


@shared_task(
    base=IdempotentTask,
    time_limit=120,
    soft_time_limit=110,
    autoretry_for=NEWS_TRANSIENT_ERRORS,
    retry_backoff=True,
    retry_backoff_max=RETRY_BACKOFF_MAX,
    max_retries=3,
)
def poll_feeds_task(now: str | None = None) -> dict:
    """Every 15 minutes: lease the feeds that are due and queue one poll task for each."""
    feed_ids = services.feeds_claim_due(now=parse_datetime(now) if now else None)
    for feed_id in feed_ids:
        poll_feed_task.apply_async((feed_id,), expires=POLL_FEED_EXPIRES)
    return {"queued": len(feed_ids)}


@shared_task(
    base=IdempotentTask,
    # The fetch itself is bounded by settings.FEEDS_TIMEOUT; the rest is parsing and matching.
    time_limit=300,
    soft_time_limit=270,
    autoretry_for=NEWS_TRANSIENT_ERRORS,
    retry_backoff=True,
    retry_backoff_max=RETRY_BACKOFF_MAX,
    max_retries=3,
)
def poll_feed_task(feed_id: int) -> dict:
    """Poll one feed now: fetch, store new items, queue evidence candidates."""
    return services.feed_poll(feed_id=feed_id).as_dict()


@shared_task(
    base=IdempotentTask,
    time_limit=600,
    soft_time_limit=570,
    autoretry_for=NEWS_TRANSIENT_ERRORS,
    retry_backoff=True,
    retry_backoff_max=RETRY_BACKOFF_MAX,
    max_retries=3,
)
def match_pending_news_task() -> dict:
    """Every 5 minutes: match the stored news items still unmatched (a poll killed or stopped
    by its time limit mid-way leaves some), batch by batch; a batch cut short is redone."""
    report = services.news_items_match()
    summary = {
        "items": report.items,
        "evidence": report.evidence,
        "collapsed": report.collapsed,
        "held_back": report.held_back,
    }
    if report.items:
        logger.info("news matching: %s", summary, extra={"job": "news", **summary})
    return summary


@shared_task(base=IdempotentTask, time_limit=900, soft_time_limit=840)
def refresh_forecasts_task(only_if_changed: bool = False) -> dict:
    """Nightly at 03:30 Europe/Paris, and every 15 minutes with only_if_changed (a no-op
    unless a claim changed since the last run): a new snapshot of forecasts. A failure
    leaves the last snapshot in place; the pages say how old it is."""
    result = forecasts_refresh(only_if_changed=only_if_changed).as_dict()
    logger.info("forecast refresh: %s", result, extra={"task": "refresh_forecasts", **result})
    return result
