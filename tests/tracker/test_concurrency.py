"""Two sweeps and two dispatchers at once over 1,000 claims, on PostgreSQL, with a real SMTP
server (and a real webhook receiver): every transition is recorded once, every alert exists
once and arrives once.

Each job runs in its own thread, so on its own database connection; the four start together.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections import Counter

import pytest
import time_machine
from django.db import connections

from claims.models import Claim, DeadlineRevision, StatusEvent
from claims.services import claims_sweep_statuses
from tests.factories import OrganisationFactory, SourceFactory
from tests.markers import postgres_marks
from tracker.models import Alert, AlertEvent, Subscription
from tracker.services import alerts_dispatch, alerts_fan_out, deadlines_sweep

pytestmark = [
    *postgres_marks(
        "concurrent sweeps rely on PostgreSQL's row locks (SKIP LOCKED); set DATABASE_URL"
    ),
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

D = dt.date
BEFORE = dt.datetime(2026, 11, 28, 12, tzinfo=dt.UTC)
AFTER = dt.datetime(2027, 1, 5, 12, tzinfo=dt.UTC)

# Deadline windows (start, end) and what each group of claims goes through between BEFORE
# and AFTER: its status events as (kind, old status, new status, days).
GROUPS = {
    "due then overdue": (
        450,
        (D(2026, 11, 1), D(2026, 12, 31)),
        [("status", "", "due", None), ("status", "due", "overdue", None)],
    ),
    "pending then missed": (
        450,
        (None, D(2026, 12, 20)),
        [("status", "", "pending", None), ("status", "pending", "missed", None)],
    ),
    "pending, due in 15 days": (
        100,
        (None, D(2027, 1, 20)),
        [("status", "", "pending", None), ("due_soon", "pending", "pending", 30)],
    ),
}


def bulk_claims() -> dict[int, str]:
    """The claims of GROUPS, written in a few statements as claim_create would leave them."""
    promiser, source = OrganisationFactory(), SourceFactory()
    groups, claims = [], []
    for group, (count, (start, end), _) in GROUPS.items():
        for n in range(count):
            groups.append(group)
            claims.append(
                Claim(
                    subject="Bulk",
                    promiser=promiser,
                    statement=f"{group} #{n}",
                    category="launch",
                    source=source,
                    stated_on=D(2026, 1, 15),
                    deadline_start=start,
                    deadline_end=end,
                    original_deadline_start=start,
                    original_deadline_end=end,
                )
            )
    claims = Claim.objects.bulk_create(claims)
    revisions = DeadlineRevision.objects.bulk_create(
        DeadlineRevision(
            claim=claim,
            source=source,
            stated_on=claim.stated_on,
            text=f"window {claim.deadline_start}..{claim.deadline_end}",
            start=claim.deadline_start,
            end=claim.deadline_end,
            precision="day",
            qualifier="in" if claim.deadline_start else "by",
        )
        for claim in claims
    )
    for claim, revision in zip(claims, revisions, strict=True):
        claim.current_revision = revision
    Claim.objects.bulk_update(claims, ["current_revision"], batch_size=1000)
    claims_sweep_statuses()  # each claim's first status, as claim_create records it
    return {claim.pk: group for claim, group in zip(claims, groups, strict=True)}


def run_together(jobs: dict) -> dict:
    """Run the jobs in threads released at the same moment; re-raise the first failure."""
    start = threading.Barrier(len(jobs))
    results, errors = {}, []

    def run(name, job):
        try:
            start.wait(timeout=10)
            results[name] = job()
        except BaseException as error:  # reported in the test's thread below
            errors.append(error)
        finally:
            connections.close_all()  # this thread's own connection

    threads = [threading.Thread(target=run, args=item, name=item[0]) for item in jobs.items()]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert not any(thread.is_alive() for thread in threads), "a job did not finish in 120 s"
    if errors:
        raise errors[0]
    return results


def test_two_sweeps_and_two_dispatchers_at_once_record_and_send_everything_once(smtp_server):
    with time_machine.travel(BEFORE, tick=False) as clock:
        group_of = bulk_claims()
        Subscription.objects.create(
            email="analyst@example.org", **{f"on_{event}": True for event in AlertEvent.values}
        )
        alerts_fan_out(enqueue_dispatch=False)  # the first statuses owe no alert
        assert not Alert.objects.exists()
        clock.move_to(AFTER)

        sweeps_left = Counter(running=2)
        lock = threading.Lock()

        def sweep():
            try:
                return deadlines_sweep()
            finally:
                with lock:
                    sweeps_left["running"] -= 1

        def dispatch() -> int:
            # Like the 5-minute task repeated: until the sweeps are over and nothing is owed.
            sent = 0
            while True:
                with lock:
                    sweeps_over = sweeps_left["running"] == 0
                report = alerts_dispatch()
                sent += report.sent
                if sweeps_over and report.pending == 0:
                    return sent

        results = run_together(
            {"sweep 1": sweep, "sweep 2": sweep, "dispatch 1": dispatch, "dispatch 2": dispatch}
        )

    sweeps = [results["sweep 1"], results["sweep 2"]]
    assert sum((s.transitions for s in sweeps), Counter()) == {"overdue": 450, "missed": 450}
    assert sum(s.due_soon for s in sweeps) == 100
    assert sum(s.alerts for s in sweeps) == 1000  # each event fanned out by one sweep only
    assert results["dispatch 1"] + results["dispatch 2"] == 1000

    alerts = list(Alert.objects.values_list("pk", "claim_id", "event", "state"))
    assert len(alerts) == len({(claim, event) for _, claim, event, _ in alerts}) == 1000
    assert {state for *_, state in alerts} == {Alert.State.SENT}
    assert Counter(event for _, _, event, _ in alerts) == {
        AlertEvent.OVERDUE: 450,
        AlertEvent.MISSED: 450,
        AlertEvent.DUE_30: 100,
    }
    message_ids = smtp_server.recorder.message_ids()
    assert len(message_ids) == len(set(message_ids)) == 1000
    assert set(message_ids) == {f"<alert-{pk}@pledgewatch>" for pk, *_ in alerts}

    events: dict[int, list] = {claim_id: [] for claim_id in group_of}
    for claim_id, *event in StatusEvent.objects.order_by("id").values_list(
        "claim_id", "kind", "old_status", "new_status", "days"
    ):
        events[claim_id].append(tuple(event))
    unexpected = {
        claim_id: recorded
        for claim_id, recorded in events.items()
        if recorded != GROUPS[group_of[claim_id]][2]
    }
    assert unexpected == {}


def test_two_dispatchers_at_once_deliver_each_webhook_alert_once(receiver, allow_outbound):
    """300 alerts for one webhook, two dispatchers racing: each alert's delivery arrives once,
    signed, and every alert is recorded sent once."""
    from tracker.services import subscription_create

    with time_machine.travel(BEFORE, tick=True) as clock:
        bulk_claims()
        created = subscription_create(
            channel=Subscription.Channel.WEBHOOK, webhook_url=receiver.url()
        )
        receiver.secrets.append(created.secret)
        alerts_fan_out(enqueue_dispatch=False)
        clock.move_to(AFTER)
        deadlines_sweep()
        owed = Alert.objects.count()
        assert owed == 1000

        def dispatch() -> int:
            sent = 0
            while (report := alerts_dispatch(limit=100)).pending:
                sent += report.sent
            return sent + report.sent

        results = run_together({"dispatch 1": dispatch, "dispatch 2": dispatch})

    assert results["dispatch 1"] + results["dispatch 2"] == owed
    deliveries = receiver.hooks()
    ids = [d.webhook_id for d in deliveries]
    assert len(ids) == len(set(ids)) == owed  # each alert delivered once, none twice
    assert all(d.verified_with == [created.secret] for d in deliveries)
    assert {
        f"msg_pledgewatch_alert_{pk}" for pk in Alert.objects.values_list("pk", flat=True)
    } == set(ids)
    assert set(Alert.objects.values_list("state", flat=True)) == {Alert.State.SENT}
