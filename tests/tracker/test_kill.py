"""A worker killed (SIGKILL) in the middle of sending an alert (an e-mail, a webhook POST): Redis
re-delivers its task to another worker, and every alert still arrives exactly once.

Real processes: two `celery worker` subprocesses in turn, on Redis and on the test database
(PostgreSQL, so the subprocesses share it), sending to an SMTP server in this process that
holds the first message without answering until the sender goes away.
"""

from __future__ import annotations

import asyncio
import email
import os
import signal
import subprocess
import sys
import threading
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

import pytest
import redis
import time_machine
from celery import Celery
from django.conf import settings

from tests.conftest import NOW
from tests.factories import ClaimFactory
from tests.markers import postgres_marks
from tests.smtp import Recorder, SMTPServer
from tracker.models import Alert, AlertEvent, Subscription
from tracker.services import alerts_fan_out
from tracker.tasks import send_alerts_task

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.redis,
    pytest.mark.skipif(
        not settings.REDIS_URL,
        reason="needs Redis (REDIS_URL): re-delivery after a worker dies is Redis's doing",
    ),
    *postgres_marks("the worker subprocesses must share the test database: needs PostgreSQL"),
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PROJECT_ROOT = Path(__file__).resolve().parents[2]
VISIBILITY_TIMEOUT = 5  # seconds before Redis hands an unacknowledged message out again


@dataclass
class StallFirstMessage(Recorder):
    """Holds the first message without answering until its sender disconnects, then accepts
    every other one. A message whose sender went away is never stored."""

    stalled: threading.Event = field(default_factory=threading.Event)
    stalled_message_id: str = ""

    async def handle_DATA(self, server, session, envelope):
        if not self.stalled.is_set():
            self.stalled_message_id = email.message_from_bytes(envelope.original_content)[
                "Message-ID"
            ]
            self.stalled.set()
            await asyncio.sleep(120)  # aiosmtpd cancels this when the connection is lost
        return await super().handle_DATA(server, session, envelope)


def dedicated_redis_url() -> str:
    """This test run's own Redis database (REDIS_URL), emptied before and after: the workers
    see only our task, and no other session's database is touched."""
    return settings.REDIS_URL


def shared_database_url() -> str:
    db = settings.DATABASES["default"]
    credentials = quote(db["USER"]) + (f":{quote(db['PASSWORD'])}" if db.get("PASSWORD") else "")
    return f"postgres://{credentials}@{db['HOST']}:{db['PORT'] or 5432}/{db['NAME']}"


class Worker:
    """`celery worker` in a subprocess, its output in a file shown when a test fails."""

    def __init__(self, name: str, env: dict, log_dir: Path) -> None:
        self.log_path = log_dir / f"{name}.log"
        self._log = self.log_path.open("wb")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "celery", "-A", "config", "worker", "--pool", "solo"]
            + ["--concurrency", "1", "--loglevel", "INFO", "--hostname", f"{name}@%h"]
            + ["--without-gossip", "--without-mingle", "--without-heartbeat"],
            cwd=PROJECT_ROOT,
            env=env,
            stdout=self._log,
            stderr=subprocess.STDOUT,
        )

    @property
    def log(self) -> str:
        return self.log_path.read_text(errors="replace")

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait(timeout=10)
        self._log.close()


def wait_for(condition, what: str, workers: list[Worker], timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            logs = "\n".join(f"--- {w.log_path.name}\n{w.log[-3000:]}" for w in workers)
            pytest.fail(f"gave up after {timeout:.0f} s waiting for {what}\n{logs}")
        time.sleep(0.1)


def test_a_worker_killed_mid_send_leaves_its_task_to_the_next_worker_and_nothing_is_sent_twice(
    tmp_path,
):
    with time_machine.travel(NOW, tick=False):
        Subscription.objects.create(
            email="analyst@example.org", **{f"on_{event}": True for event in AlertEvent.values}
        )
        ClaimFactory.create_batch(3, deadline_text="in 2024")  # missed
        alerts_fan_out(enqueue_dispatch=False)
    alerts = list(Alert.objects.order_by("id"))
    assert len(alerts) == 3

    broker_url = dedicated_redis_url()
    redis.Redis.from_url(broker_url).flushdb()
    server = SMTPServer()
    server.recorder = recorder = StallFirstMessage()
    server.controller.handler = recorder
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "tests.worker_settings",
        "DATABASE_URL": shared_database_url(),
        "REDIS_URL": broker_url,
        "EMAIL_URL": server.email_url,
        "CELERY_VISIBILITY_TIMEOUT": str(VISIBILITY_TIMEOUT),
    }
    publisher = Celery("kill-test", broker=broker_url, set_as_current=False)
    publisher.conf.broker_transport_options = {"visibility_timeout": VISIBILITY_TIMEOUT}
    task_id = str(uuid.uuid4())
    workers: list[Worker] = []
    with server:
        try:
            publisher.send_task(send_alerts_task.name, task_id=task_id)
            workers.append(first := Worker("first", env, tmp_path))
            wait_for(recorder.stalled.is_set, "the first worker to start sending", workers)

            first.process.send_signal(signal.SIGKILL)
            first.process.wait(timeout=10)
            # Nothing arrived, and the killed worker's transaction rolled back: all still owed.
            assert recorder.message_ids() == []
            assert set(Alert.objects.values_list("state", flat=True)) == {Alert.State.PENDING}

            workers.append(second := Worker("second", env, tmp_path))
            wait_for(
                lambda: f"{send_alerts_task.name}[{task_id}] succeeded" in second.log,
                "the second worker to run the re-delivered task",
                workers,
            )
        finally:
            for worker in workers:
                worker.stop()
            publisher.close()
            redis.Redis.from_url(broker_url).flushdb()

    expected = sorted(f"<alert-{alert.pk}@pledgewatch>" for alert in alerts)
    assert sorted(recorder.message_ids()) == expected  # each once, the stalled one included
    assert recorder.stalled_message_id == expected[0]
    assert f"{send_alerts_task.name}[{task_id}] received" in first.log
    assert second.log.count(f"{send_alerts_task.name}[{task_id}] received") == 1
    assert set(Alert.objects.values_list("state", flat=True)) == {Alert.State.SENT}


def test_a_worker_killed_mid_post_leaves_each_webhook_alert_delivered_once(tmp_path, receiver):
    """The receiver holds the first POST without answering; the worker sending it is killed.
    The next worker delivers every alert, each answered once. The held POST reached the
    receiver, though, and comes again with the same webhook-id: the one gap, which the id lets
    the receiver close."""
    from tracker.services import subscription_create

    with time_machine.travel(NOW, tick=False):
        created = subscription_create(
            channel=Subscription.Channel.WEBHOOK, webhook_url=receiver.url()
        )
        ClaimFactory.create_batch(3, deadline_text="in 2024")  # missed
        alerts_fan_out(enqueue_dispatch=False)
    receiver.secrets.append(created.secret)
    alerts = list(Alert.objects.order_by("id"))
    assert len(alerts) == 3
    receiver.answers = ["stall"]

    broker_url = dedicated_redis_url()
    redis.Redis.from_url(broker_url).flushdb()
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "tests.worker_settings",
        "DATABASE_URL": shared_database_url(),
        "REDIS_URL": broker_url,
        "CELERY_VISIBILITY_TIMEOUT": str(VISIBILITY_TIMEOUT),
        # The receiver is on loopback: allowed, as in development.
        "OUTBOUND_ALLOW_PRIVATE_HOSTS": "127.0.0.1",
        "FEEDS_ALLOW_PRIVATE_HOSTS": "127.0.0.1",
        "ALERT_WEBHOOK_TIMEOUT": "60",
        "ALERT_WEBHOOK_CONNECT_TIMEOUT": "60",
    }
    publisher = Celery("kill-test", broker=broker_url, set_as_current=False)
    publisher.conf.broker_transport_options = {"visibility_timeout": VISIBILITY_TIMEOUT}
    task_id = str(uuid.uuid4())
    workers: list[Worker] = []
    try:
        publisher.send_task(send_alerts_task.name, task_id=task_id)
        workers.append(first := Worker("first", env, tmp_path))
        wait_for(receiver.stalled.is_set, "the first worker to start posting", workers)

        first.process.send_signal(signal.SIGKILL)
        first.process.wait(timeout=10)
        assert set(Alert.objects.values_list("state", flat=True)) == {Alert.State.PENDING}

        workers.append(second := Worker("second", env, tmp_path))
        wait_for(
            lambda: f"{send_alerts_task.name}[{task_id}] succeeded" in second.log,
            "the second worker to run the re-delivered task",
            workers,
        )
    finally:
        for worker in workers:
            worker.stop()
        publisher.close()
        redis.Redis.from_url(broker_url).flushdb()

    expected = [f"msg_pledgewatch_alert_{alert.pk}" for alert in alerts]
    answered = [d.webhook_id for d in receiver.delivered()]
    assert sorted(answered) == sorted(expected)  # each answered once
    assert all(d.verified_with == [created.secret] for d in receiver.hooks())
    held = [d for d in receiver.hooks() if d.answered == 0]
    assert [d.webhook_id for d in held] == [expected[0]]  # seen twice, answered once
    assert set(Alert.objects.values_list("state", flat=True)) == {Alert.State.SENT}
