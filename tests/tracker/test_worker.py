"""The tracker's tasks on a real Celery worker: Redis in CI (REDIS_URL), the in-memory broker
elsewhere. E-mails go to a real SMTP server on loopback; the tests read what arrived there.

The worker runs in a thread of this process, so the tests wait on what it did (Celery's own
task signals, the SMTP server's mailbox) rather than poll the database it is writing to.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import smtplib
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field

import pytest
import time_machine
from celery import signals
from django.db import transaction

from claims.models import Claim, StatusEvent
from config.celery import app as celery_app
from tests.conftest import NOW
from tests.factories import ClaimFactory, follow
from tests.smtp import Recorder, SMTPServer
from tracker.models import Alert, Subscription
from tracker.services import MAX_ALERT_ATTEMPTS, alerts_dispatch, alerts_fan_out
from tracker.tasks import IdempotentTask, send_alerts_task, sweep_deadlines_task

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

D = dt.date
# Five days after the end of 2026: a deadline ending on 31 December is overdue, not yet missed.
EARLY_JANUARY = "2027-01-05T12:00:00+00:00"
SWEEP = sweep_deadlines_task.name
DISPATCH = send_alerts_task.name


def wait_for(condition: Callable[[], bool], what: str, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail(f"gave up after {timeout:.0f} s waiting for {what}")
        time.sleep(0.05)


@dataclass
class Run:
    task: str
    task_id: str
    state: str
    retval: object


@dataclass
class TaskLog:
    """What Celery itself reports through its signals: publications and finished runs."""

    published: list[str] = field(default_factory=list)  # before_task_publish, by task name
    confirmed: list[str] = field(default_factory=list)  # after_task_publish
    runs: list[Run] = field(default_factory=list)  # task_postrun, in the worker thread
    retries: list[str] = field(default_factory=list)  # task_retry
    lock: threading.Lock = field(default_factory=threading.Lock)

    def on_before_publish(self, sender=None, **kwargs) -> None:
        self.published.append(sender)

    def on_after_publish(self, sender=None, **kwargs) -> None:
        self.confirmed.append(sender)

    def on_postrun(self, sender=None, task_id=None, state=None, retval=None, **kwargs) -> None:
        with self.lock:
            self.runs.append(Run(sender.name, task_id, state, retval))

    def on_retry(self, request=None, **kwargs) -> None:
        self.retries.append(request.id)

    def finished(self, task: str, *, state: str | None = None) -> list[Run]:
        with self.lock:
            return [run for run in self.runs if run.task == task and state in (None, run.state)]


@pytest.fixture
def tasks():
    log = TaskLog()
    hooks = [
        (signals.before_task_publish, log.on_before_publish),
        (signals.after_task_publish, log.on_after_publish),
        (signals.task_postrun, log.on_postrun),
        (signals.task_retry, log.on_retry),
    ]
    for signal, receiver in hooks:
        signal.connect(receiver, weak=False)
    yield log
    for signal, receiver in hooks:
        signal.disconnect(receiver)


@pytest.fixture
def broker():
    """The broker, emptied of messages other tests published without a worker (a fan-out
    enqueues a dispatch). The in-memory transport is polled every 0.1 s instead of every second,
    which keeps these tests quick; Redis pushes messages to the worker and needs no change."""
    celery_app.control.purge()
    options = celery_app.conf.broker_transport_options
    if celery_app.conf.broker_url.startswith("memory"):
        celery_app.conf.broker_transport_options = {**options, "polling_interval": 0.1}
    yield
    celery_app.conf.broker_transport_options = options


@pytest.fixture
def worker(broker, celery_worker):
    return celery_worker


@pytest.fixture
def clock():
    # Ticking: the worker's timers (retry countdowns) need time to pass.
    with time_machine.travel(NOW, tick=True) as traveller:
        yield traveller


def arrived_once(smtp_server, alerts) -> bool:
    """Every alert's e-mail is in the mailbox, once, and nothing else is."""
    ids = smtp_server.recorder.message_ids()
    return sorted(ids) == sorted(f"<alert-{alert.pk}@pledgewatch>" for alert in alerts)


def test_the_hourly_sweep_on_a_worker_ends_with_the_alerts_in_the_mailbox(
    clock, worker, smtp_server, tasks
):
    # At NOW (28 November 2026) one claim is pending and one due; both end on 31 December.
    follow()
    ClaimFactory(deadline_text="by the end of 2026", stated_on=D(2026, 11, 1))
    ClaimFactory(deadline_text="in 2026", stated_on=D(2026, 11, 1))
    assert set(Claim.objects.values_list("status", flat=True)) == {"pending", "due"}

    # The clock moves to early January: a sweep never runs as of a future day.
    clock.move_to(EARLY_JANUARY)
    sweep_deadlines_task.delay()

    wait_for(lambda: tasks.finished(DISPATCH), "the dispatch the sweep enqueued")
    [sweep] = tasks.finished(SWEEP)
    assert sweep.retval == {"transitions": {"overdue": 2}, "due_soon": 0, "alerts": 2}
    [dispatch] = tasks.finished(DISPATCH)
    assert dispatch.retval == {"sent": 2, "failed": 0, "pending": 0}
    alerts = list(Alert.objects.all())
    assert {alert.state for alert in alerts} == {Alert.State.SENT}
    assert arrived_once(smtp_server, alerts)
    assert all("overdue" in message["Subject"] for message in smtp_server.messages)


def test_alerts_refused_twice_by_the_smtp_server_arrive_once_after_the_task_retries(
    clock, worker, smtp_server, tasks
):
    follow()
    ClaimFactory.create_batch(3, deadline_text="in 2024")  # missed at NOW
    smtp_server.recorder.refuse_next = 2  # "451 Try again later", twice

    alerts_fan_out()  # enqueues the dispatch once this (auto)commit is done

    wait_for(lambda: tasks.finished(DISPATCH, state="SUCCESS"), "the dispatch to succeed")
    # The first run sends what it can and skips the two refused alerts, then retries.
    assert [run.state for run in tasks.finished(DISPATCH)] == ["RETRY", "SUCCESS"]
    assert len(tasks.retries) == 1
    alerts = list(Alert.objects.order_by("id"))
    assert arrived_once(smtp_server, alerts)
    assert {alert.state for alert in alerts} == {Alert.State.SENT}
    # The two refused alerts were tried twice (one refusal recorded, then sent); the third once.
    assert [alert.attempts for alert in alerts] == [2, 2, 1]
    assert alerts[0].last_error == ""
    assert smtp_server.recorder.sessions == 2  # one connection per run


def test_the_same_periodic_tick_delivered_twice_does_the_work_once(
    clock, worker, smtp_server, tasks
):
    follow()
    ClaimFactory.create_batch(2, deadline_text="in 2026", stated_on=D(2026, 11, 1))
    tick = str(uuid.uuid4())
    clock.move_to(EARLY_JANUARY)  # the tick fires in early January: now is its "now"

    for _ in range(2):  # as the broker re-delivers a message: same task, same id
        sweep_deadlines_task.apply_async(kwargs={"now": EARLY_JANUARY}, task_id=tick)

    wait_for(lambda: tasks.finished(DISPATCH), "the dispatch the first run enqueued")
    first, second = tasks.finished(SWEEP)
    assert first.task_id == second.task_id == tick
    assert first.retval == {"transitions": {"overdue": 2}, "due_soon": 0, "alerts": 2}
    assert second.retval == {"transitions": {}, "due_soon": 0, "alerts": 0}
    assert tasks.published.count(DISPATCH) == 1  # the second run had nothing to enqueue
    assert arrived_once(smtp_server, Alert.objects.all())
    transitions = StatusEvent.objects.filter(kind="status", new_status="overdue")
    assert sorted(transitions.values_list("claim_id", flat=True)) == sorted(
        Claim.objects.values_list("id", flat=True)
    )


class Abort(Exception):
    pass


def test_a_dispatch_enqueued_in_a_transaction_that_rolls_back_is_never_published(
    clock, worker, smtp_server, tasks
):
    follow()
    with pytest.raises(Abort), transaction.atomic():
        ClaimFactory(deadline_text="in 2024")
        assert alerts_fan_out() == 1
        raise Abort

    assert tasks.published == tasks.confirmed == []
    assert not Claim.objects.exists() and not Alert.objects.exists()

    # The same work, committed, publishes its dispatch once, after the commit.
    with transaction.atomic():
        ClaimFactory(deadline_text="in 2024")
        assert alerts_fan_out() == 1
        assert tasks.published == []
    assert tasks.published == tasks.confirmed == [DISPATCH]
    wait_for(lambda: tasks.finished(DISPATCH), "the dispatch")
    assert arrived_once(smtp_server, Alert.objects.all())


def test_a_task_delivered_more_often_than_its_cap_is_given_up(
    clock, worker, smtp_server, tasks, caplog
):
    # A message whose worker keeps dying comes back with the same id, again and again.
    follow()
    ClaimFactory(deadline_text="in 2024")
    alerts_fan_out(enqueue_dispatch=False)
    cap = send_alerts_task.max_deliveries
    assert isinstance(send_alerts_task, IdempotentTask) and cap == 5
    delivery = str(uuid.uuid4())
    caplog.set_level(logging.ERROR, logger="tracker.tasks")

    for _ in range(cap + 1):
        send_alerts_task.apply_async(task_id=delivery)

    wait_for(lambda: len(tasks.finished(DISPATCH)) == cap + 1, f"{cap + 1} deliveries")
    results = [run.retval for run in tasks.finished(DISPATCH)]
    assert results[0] == {"sent": 1, "failed": 0, "pending": 0}
    assert results[1:cap] == [{"sent": 0, "failed": 0, "pending": 0}] * (cap - 1)
    assert results[cap] is None  # given up without running the service
    [given_up] = [r for r in caplog.records if r.getMessage().startswith("giving up on")]
    assert given_up.getMessage() == f"giving up on {DISPATCH}[{delivery}] after {cap} deliveries"
    assert given_up.deliveries == cap + 1
    assert arrived_once(smtp_server, Alert.objects.all())


def test_a_retried_task_delivered_more_often_than_its_cap_is_given_up_too(
    clock, worker, smtp_server, tasks
):
    # An SMTP refusal made the task retry once; the retry message now kills its worker, again
    # and again: Redis re-delivers it with the same id and retries=1 each time.
    cap = send_alerts_task.max_deliveries
    delivery = str(uuid.uuid4())

    for _ in range(cap + 1):
        send_alerts_task.apply_async(task_id=delivery, retries=1)

    wait_for(lambda: len(tasks.finished(DISPATCH)) == cap + 1, f"{cap + 1} deliveries")
    assert tasks.finished(DISPATCH)[cap].retval is None  # given up without running


def test_a_backlog_larger_than_one_batch_is_sent_by_one_dispatch_that_requeues_itself(
    clock, worker, smtp_server, tasks, monkeypatch
):
    # A batch of 2 instead of 1,000, so that 3 alerts are a backlog.
    monkeypatch.setitem(alerts_dispatch.__kwdefaults__, "limit", 2)
    follow()
    ClaimFactory.create_batch(3, deadline_text="in 2024")

    alerts_fan_out()  # publishes one dispatch

    wait_for(lambda: tasks.finished(DISPATCH), "the dispatch")
    wait_for(lambda: len(smtp_server.messages) == 3, "the rest of the backlog", timeout=3)


@dataclass
class RefuseOneRecipient(Recorder):
    """Answers every message to `refused` with a temporary failure, as a full mailbox does."""

    refused: str = "full-mailbox@example.org"

    async def handle_DATA(self, server, session, envelope):
        if self.refused in envelope.rcpt_tos:
            return "452 4.2.2 Mailbox full, try again later"
        return await super().handle_DATA(server, session, envelope)


def test_an_alert_refused_at_every_attempt_does_not_hold_up_the_others(clock, settings):
    Subscription.objects.create(email="full-mailbox@example.org")  # its alert comes first
    Subscription.objects.create(email="analyst@example.org")
    ClaimFactory(deadline_text="in 2024")
    alerts_fan_out(enqueue_dispatch=False)
    with SMTPServer() as server:
        server.recorder = server.controller.handler = RefuseOneRecipient()
        settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
        settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", server.port
        for _ in range(send_alerts_task.max_retries + 1):  # every retry, then the next ticks
            with contextlib.suppress(smtplib.SMTPException):
                alerts_dispatch()
        delivered = [message["To"] for message in server.messages]
        refused = Alert.objects.get(subscription__email="full-mailbox@example.org")
        assert (refused.state, refused.attempts) == (Alert.State.PENDING, 9)
        # Attempts are capped: the tenth refusal gives the alert up.
        alerts_dispatch()
    assert delivered == ["analyst@example.org"]
    refused.refresh_from_db()
    assert (refused.state, refused.attempts) == (Alert.State.FAILED, MAX_ALERT_ATTEMPTS)
    assert "Mailbox full" in refused.last_error
