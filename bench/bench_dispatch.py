"""Benchmark alert dispatch: 10,000 pending alerts sent to a local SMTP server.

Run from the project root (PostgreSQL on 127.0.0.1:5432, role postgres or root):

    .venv/bin/python bench/bench_dispatch.py [--no-assert] [--alerts N] [--sample N] [--keep]

It creates its own database, pw_bench_dispatch (dropped at the end unless --keep), and starts
the tests' aiosmtpd server (tests/smtp.py) in a separate process, as a mail relay would be.
Claims, their "missed" events and ten subscriptions following every claim are written in bulk;
tracker.services.alerts_fan_out turns them into `--alerts` + `--sample` pending alerts.

Measured in the same run:
  1. a naive loop on `--sample` alerts: per alert, read its claim, open a new SMTP
     connection, send, mark it sent;
  2. tracker.services.alerts_dispatch, called again and again (1,000 alerts a call, as the
     task does) until nothing is pending, on the other `--alerts` alerts; with
     `--dispatchers N`, N such loops run at once in threads (as N workers would).
Then every alert must be marked sent and have arrived once (unique Message-IDs).
Exits with status 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import platform
import sys
import time
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(PROJECT_ROOT))

from common import HOST, PORT, log, recreate_database, server_role  # noqa: E402

DATABASE = "pw_bench_dispatch"
SUBSCRIPTIONS = 10
TARGET_SECONDS = 60.0


def smtp_server_process(pipe) -> None:
    """The SMTP server's own process: answers "count", "sessions", "ids" and "stop"."""
    from tests.smtp import SMTPServer

    with SMTPServer() as server:
        pipe.send(server.port)
        while True:
            command = pipe.recv()
            if command == "count":
                pipe.send(len(server.messages))
            elif command == "sessions":
                pipe.send(server.recorder.sessions)
            elif command == "ids":
                pipe.send(server.recorder.message_ids())
            else:
                return


class MailServer:
    def __enter__(self) -> MailServer:
        context = multiprocessing.get_context("spawn")
        self.pipe, child = context.Pipe()
        self.process = context.Process(target=smtp_server_process, args=(child,), daemon=True)
        self.process.start()
        self.port = self.pipe.recv()
        return self

    def ask(self, command: str):
        self.pipe.send(command)
        return self.pipe.recv()

    def __exit__(self, *exc) -> None:
        self.pipe.send("stop")
        self.process.join(timeout=10)


def setup_django(role: str, smtp_port: int) -> None:
    os.environ["DATABASE_URL"] = f"postgres://{role}@{HOST}:{PORT}/{DATABASE}"
    os.environ["EMAIL_URL"] = f"smtp://127.0.0.1:{smtp_port}"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.base")
    os.environ.setdefault("LOG_LEVEL", "WARNING")
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def generate_alerts(count: int) -> float:
    """`count` pending alerts: count / SUBSCRIPTIONS missed claims, each followed by every
    subscription. Returns the seconds alerts_fan_out took to make them."""
    import datetime as dt

    from django.utils import timezone

    from claims.models import Claim, Organisation, Source, StatusEvent
    from tracker.models import Alert, Subscription
    from tracker.services import alerts_fan_out

    promiser = Organisation.objects.create(name="Benchmark Vendor", slug="benchmark-vendor")
    source = Source.objects.create(
        title="Benchmark report", publisher="Example News", published_on=dt.date(2024, 1, 16)
    )
    claims = Claim.objects.bulk_create(
        Claim(
            subject="Benchmark",
            promiser=promiser,
            statement=f"Deliver milestone {n}",
            category="launch",
            source=source,
            stated_on=dt.date(2024, 1, 16),
            quote="We will be live by the end of 2024.",
            deadline_end=dt.date(2024, 12, 31),
            original_deadline_end=dt.date(2024, 12, 31),
            status="missed",
        )
        for n in range(count // SUBSCRIPTIONS)
    )
    # Subscribed before the events happened: a subscription is not sent earlier events.
    Subscription.objects.bulk_create(
        Subscription(email=f"analyst{n}@example.org") for n in range(SUBSCRIPTIONS)
    )
    StatusEvent.objects.bulk_create(
        StatusEvent(
            claim=claim,
            as_of=timezone.localdate(),
            old_status="overdue",
            new_status="missed",
            job="bench",
        )
        for claim in claims
    )
    started = time.perf_counter()
    alerts_fan_out(enqueue_dispatch=False)
    seconds = time.perf_counter() - started
    assert Alert.objects.filter(state="pending").count() == count
    return seconds


def naive_loop(alert_ids: list[int]) -> float:
    """Per alert: read its claim, open a new SMTP connection, send, mark it sent."""
    from django.core.mail import get_connection
    from django.db.models import F
    from django.utils import timezone

    from claims.models import Claim
    from claims.selectors import claims_with_metrics
    from tracker.models import Alert
    from tracker.services import alert_message

    started = time.perf_counter()
    for alert in (
        Alert.objects.filter(pk__in=alert_ids).select_related("subscription__user").order_by("id")
    ):
        claim = claims_with_metrics(Claim.objects.filter(pk=alert.claim_id)).get()
        with get_connection() as smtp:
            smtp.send_messages([alert_message(alert, claim)])
        Alert.objects.filter(pk=alert.pk).update(
            state=Alert.State.SENT, sent_at=timezone.now(), attempts=F("attempts") + 1
        )
    return time.perf_counter() - started


def dispatch_all(dispatchers: int) -> tuple[float, int, int]:
    """alerts_dispatch until nothing is pending, in `dispatchers` threads at once (each its own
    connection; SKIP LOCKED shares the alerts out); (seconds, calls, alerts sent)."""
    import threading

    from django.db import connections

    from tracker.services import alerts_dispatch

    totals = {"calls": 0, "sent": 0}
    lock = threading.Lock()

    def loop() -> None:
        try:
            while True:
                report = alerts_dispatch()
                with lock:
                    totals["calls"] += 1
                    totals["sent"] += report.sent
                if report.pending == 0:
                    return
        finally:
            connections.close_all()

    started = time.perf_counter()
    threads = [threading.Thread(target=loop) for _ in range(dispatchers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return time.perf_counter() - started, totals["calls"], totals["sent"]


def main() -> int:
    arguments = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    arguments.add_argument("--no-assert", action="store_true", help="report only, never fail")
    arguments.add_argument("--alerts", type=int, default=10_000, help="alerts dispatched")
    arguments.add_argument("--sample", type=int, default=500, help="alerts in the naive loop")
    arguments.add_argument("--keep", action="store_true", help="keep the database afterwards")
    arguments.add_argument(
        "--dispatchers",
        type=int,
        default=1,
        help="alerts_dispatch loops running at once (1: what one send_alerts_task does)",
    )
    options = arguments.parse_args()
    if (options.alerts + options.sample) % SUBSCRIPTIONS:
        arguments.error(f"--alerts + --sample must be a multiple of {SUBSCRIPTIONS}")

    role = server_role()
    log(f"creating database {DATABASE} as {role}")
    recreate_database(role, DATABASE)
    try:
        with MailServer() as mail_server:
            log(f"SMTP server (aiosmtpd, own process) on 127.0.0.1:{mail_server.port}")
            setup_django(role, mail_server.port)
            from django.db import connection

            from tracker.models import Alert

            total = options.alerts + options.sample
            log(f"generating {total:,} pending alerts")
            fan_out_seconds = generate_alerts(total)
            sample = list(Alert.objects.order_by("id").values_list("id", flat=True))[
                : options.sample
            ]
            log(f"naive loop on {options.sample:,} alerts")
            naive_seconds = naive_loop(sample)
            log(f"alerts_dispatch on {options.alerts:,} alerts, {options.dispatchers} at once")
            dispatch_seconds, calls, sent = dispatch_all(options.dispatchers)
            log(f"  {dispatch_seconds:.1f} s")

            message_ids = mail_server.ask("ids")
            sessions = mail_server.ask("sessions")
            unsent = Alert.objects.exclude(state=Alert.State.SENT).count()
            expected = [
                f"<alert-{pk}@pledgewatch>" for pk in Alert.objects.values_list("pk", flat=True)
            ]
            with connection.cursor() as cursor:
                cursor.execute("SHOW server_version")
                server_version = cursor.fetchone()[0]
    finally:
        from django.db import connections

        connections.close_all()
        if not options.keep:
            recreate_database(role, DATABASE, drop_only=True)

    naive_per_alert = naive_seconds / options.sample
    dispatch_per_alert = dispatch_seconds / options.alerts
    rows = [
        ("alerts", f"{options.sample:,}", f"{options.alerts:,}", ""),
        (
            "seconds",
            f"{naive_seconds:.2f}",
            f"{dispatch_seconds:.2f} ({options.dispatchers} at once, {calls} calls, {sent:,} sent)",
            f"< {TARGET_SECONDS:.0f} s",
        ),
        ("alerts/s", f"{options.sample / naive_seconds:.0f}", f"{sent / dispatch_seconds:.0f}", ""),
        ("ms per alert", f"{naive_per_alert * 1000:.2f}", f"{dispatch_per_alert * 1000:.2f}", ""),
        ("ratio naive / dispatch", "", f"{naive_per_alert / dispatch_per_alert:.1f}x", ""),
        ("SMTP sessions", f"{options.sample}", f"{sessions - options.sample}", ""),
    ]
    print()
    print(
        f"Alert dispatch benchmark — PostgreSQL {server_version}, Python "
        f"{platform.python_version()}, {os.cpu_count()} CPUs, aiosmtpd in its own process"
    )
    print(
        f"fan-out of {total:,} alerts from {total // SUBSCRIPTIONS:,} events: "
        f"{fan_out_seconds:.2f} s"
    )
    header = ("measure", "naive loop", "alerts_dispatch", "target")
    widths = [max(len(row[i]) for row in (header, *rows)) for i in range(4)]
    for row in (header, *rows):
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)))
    received = f"{len(message_ids):,} messages, {len(set(message_ids)):,} distinct Message-IDs"
    print(f"received: {received}; alerts not marked sent: {unsent}")

    missed = []
    if dispatch_seconds >= TARGET_SECONDS:
        missed.append(f"dispatch took {dispatch_seconds:.1f} s (target < {TARGET_SECONDS:.0f} s)")
    if sorted(message_ids) != sorted(expected) or unsent:
        missed.append("not every alert arrived exactly once and was marked sent")
    if missed and not options.no_assert:
        print(f"MISSED: {'; '.join(missed)}")
        return 1
    print("MISSED (not asserted): " + "; ".join(missed) if missed else "All targets met.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
