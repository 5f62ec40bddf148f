"""Fan-out marks: an event's alerts are queued once, recorded by inserting a mark, never by
updating the event; the upgrade carries over which events were already fanned out."""

from __future__ import annotations

import datetime as dt
import threading

import pgtrigger
import pytest
import time_machine
from django.db import DatabaseError, connection, connections, transaction
from django.db.migrations.executor import MigrationExecutor

from claims.models import StatusEvent
from tests.factories import ClaimFactory, follow
from tests.markers import postgres_only
from tracker.models import Alert, AlertEvent, FanOutMark, Subscription
from tracker.services import alerts_fan_out

row_locks = postgres_only("PostgreSQL only: row locks and triggers")

NOW = dt.datetime(2025, 6, 1, 11, tzinfo=dt.UTC)
BEFORE_MARKS = ("tracker", "0011_subscription_double_opt_in")
WITH_MARKS = ("tracker", "0012_fan_out_marks")


@pytest.fixture
def clock():
    with time_machine.travel(NOW, tick=False) as traveller:
        yield traveller


def missed_claims(count: int) -> list[int]:
    """Claims whose first event is a miss (a deadline in 2024, recorded in 2025): their ids."""
    return [ClaimFactory(deadline_text="in 2024").pk for _ in range(count)]


def alerted_claims() -> list[int]:
    return sorted(Alert.objects.values_list("claim_id", flat=True))


def migrate(target: tuple[str, str]) -> None:
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()  # the graph as the database now records it
    executor.migrate([target])


def events_then():
    """StatusEvent as it was before the marks: with the column the fan-out used to write
    (claims 0010 drops it from today's model)."""
    state = MigrationExecutor(connection).loader.project_state(
        [("claims", "0009_translated_labels"), BEFORE_MARKS]
    )
    return state.apps.get_model("claims", "StatusEvent")


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_events_fanned_out_before_the_upgrade_are_not_fanned_out_again(clock):
    migrate(BEFORE_MARKS)
    try:
        follow()
        old, new = missed_claims(2), missed_claims(1)
        # Before the upgrade the fan-out wrote the time onto the event itself.
        earlier = NOW - dt.timedelta(hours=1)
        events_then().objects.filter(claim_id__in=old).update(alerts_queued_at=earlier)

        migrate(WITH_MARKS)
        marks = dict(FanOutMark.objects.values_list("event__claim_id", "queued_at"))
        assert marks == {claim_id: earlier for claim_id in old}
        assert alerts_fan_out(enqueue_dispatch=False) == 1
        assert alerted_claims() == new

        # Going back puts each mark, old or new, into the event's column.
        migrate(BEFORE_MARKS)
        queued = dict(events_then().objects.values_list("claim_id", "alerts_queued_at"))
        assert queued == {**dict.fromkeys(old, earlier), **dict.fromkeys(new, NOW)}
    finally:
        executor = MigrationExecutor(connection)
        executor.migrate(executor.loader.graph.leaf_nodes())


@pytest.mark.django_db
@row_locks
def test_the_fan_out_never_updates_a_status_event(clock):
    follow()
    missed_claims(3)
    # An UPDATE gives the row version a new xmin; the fan-out's row locks do not.
    versions = "SELECT id, xmin::text FROM claims_statusevent ORDER BY id"
    with connection.cursor() as cursor:
        cursor.execute(versions)
        before = cursor.fetchall()
        assert alerts_fan_out() == 3
        cursor.execute(versions)
        assert cursor.fetchall() == before
    assert FanOutMark.objects.count() == len(before)


@pytest.mark.django_db
@row_locks
def test_fan_out_marks_cannot_be_updated_or_deleted_from_raw_sql(clock):
    follow()
    missed_claims(1)
    alerts_fan_out()
    mark = FanOutMark.objects.get()
    for sql in (
        "UPDATE tracker_fanoutmark SET queued_at = now() WHERE event_id = %s",
        "DELETE FROM tracker_fanoutmark WHERE event_id = %s",
    ):
        with (
            pytest.raises(DatabaseError, match="Cannot update or delete"),
            transaction.atomic(),
            connection.cursor() as cursor,
        ):
            cursor.execute(sql, [mark.event_id])
    with pgtrigger.ignore("tracker.FanOutMark:fan_out_mark_insert_only"):
        mark.delete()  # what the alert tests do to run a fan-out again
    assert not FanOutMark.objects.exists()


def in_thread(job) -> threading.Thread:
    """Run `job` on its own database connection (its own thread); close it when done."""

    def run():
        try:
            job()
        finally:
            connections.close_all()

    thread = threading.Thread(target=run)
    thread.start()
    return thread


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.parametrize("other_commits", [True, False], ids=["commits", "rolls back"])
@row_locks
def test_an_event_another_fan_out_holds_is_alerted_once_whichever_way_it_ends(clock, other_commits):
    follow()
    claims = missed_claims(3)
    held = StatusEvent.objects.get(claim_id=claims[1])
    holding, release, errors = threading.Event(), threading.Event(), []

    def other_fan_out():
        # What another fan-out's batch does with the event: lock it, mark it, make its alert.
        try:
            with transaction.atomic():
                StatusEvent.objects.select_for_update().get(pk=held.pk)
                FanOutMark.objects.create(event=held, queued_at=NOW)
                alert = Alert.objects.create(
                    subscription=Subscription.objects.get(),
                    claim_id=held.claim_id,
                    event=AlertEvent.MISSED,
                    revision_id=held.revision_id,
                    status_event=held,
                    content_key=f"revision:{held.revision_id}",
                )
                holding.set()
                release.wait(timeout=30)
                if not other_commits:
                    raise RuntimeError("the other fan-out fails")
            assert alert.pk
        except RuntimeError:
            pass
        except BaseException as error:  # reported in the test's thread
            errors.append(error)
            holding.set()

    other = in_thread(other_fan_out)
    assert holding.wait(timeout=30)
    # The held event is passed over (SKIP LOCKED), the others are alerted, nothing waits.
    assert alerts_fan_out(enqueue_dispatch=False) == 2
    release.set()
    other.join(timeout=30)
    assert not errors
    # The next run finds the held event again only if the other fan-out did not mark it.
    assert alerts_fan_out(enqueue_dispatch=False) == (0 if other_commits else 1)
    assert alerted_claims() == sorted(claims)
    assert list(FanOutMark.objects.values_list("event_id", flat=True).order_by("event_id")) == (
        sorted(StatusEvent.objects.values_list("id", flat=True))
    )


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@row_locks
def test_two_fan_outs_at_once_mark_and_alert_each_event_once(clock):
    follow()
    claims = missed_claims(300)
    start, stored, errors = threading.Barrier(2), [], []

    def fan_out():
        try:
            start.wait(timeout=10)
            stored.append(alerts_fan_out(batch_size=20, enqueue_dispatch=False))
        except BaseException as error:  # reported in the test's thread
            errors.append(error)

    for thread in [in_thread(fan_out), in_thread(fan_out)]:
        thread.join(timeout=60)
    assert not errors
    assert sum(stored) == Alert.objects.count() == 300
    assert alerted_claims() == sorted(claims)
    assert FanOutMark.objects.count() == StatusEvent.objects.count() == 300
    assert alerts_fan_out(enqueue_dispatch=False) == 0
