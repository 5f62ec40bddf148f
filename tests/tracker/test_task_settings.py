"""Task hygiene, read from the configured Celery app and the schedule in the database.

Every rule here applies to each task registered under "tracker.", so a task added later is
checked without touching this file.
"""

from __future__ import annotations

import ast
import datetime as dt
import importlib
import logging
import operator
import pkgutil
from pathlib import Path

import pytest
from django.apps import apps as django_apps
from django.core import mail
from django_celery_beat.models import PeriodicTask

import tracker
import tracker.migrations
from config.celery import app as celery_app
from tests.factories import ClaimFactory
from tracker.models import AlertEvent, Subscription
from tracker.tasks import IdempotentTask, send_alerts_task, sweep_deadlines_task


@pytest.fixture(scope="module")
def tracker_tasks():
    celery_app.loader.import_default_modules()  # what a worker does on start: autodiscovery
    tasks = {name: task for name, task in celery_app.tasks.items() if name.startswith("tracker.")}
    assert {sweep_deadlines_task.name, send_alerts_task.name} <= set(tasks)
    return tasks


def visibility_timeout() -> int:
    broker = celery_app.conf.broker_transport_options["visibility_timeout"]
    results = celery_app.conf.result_backend_transport_options["visibility_timeout"]
    assert broker == results, "broker and result backend must agree on the visibility timeout"
    return broker


_OPERATORS = {ast.Mult: operator.mul, ast.Add: operator.add, ast.Sub: operator.sub}


def _seconds(node: ast.expr, namespace: dict, where: str) -> float:
    """The value of a delay written as a number, a module constant, or arithmetic on those."""
    if isinstance(node, ast.Constant) and isinstance(node.value, int | float):
        return node.value
    if isinstance(node, ast.Name) and isinstance(namespace.get(node.id), int | float):
        return namespace[node.id]
    if isinstance(node, ast.BinOp) and type(node.op) in _OPERATORS:
        left, right = _seconds(node.left, namespace, where), _seconds(node.right, namespace, where)
        return _OPERATORS[type(node.op)](left, right)
    pytest.fail(f"{where}: write this delay as a number or a module constant, so it is checked")


def countdowns_in_tracker_code() -> list[tuple[str, float]]:
    """Every countdown= the tracker's code passes when it enqueues or retries a task."""
    found = []
    for path in sorted(Path(tracker.__file__).parent.rglob("*.py")):
        if "migrations" in path.parts:
            continue
        module = importlib.import_module(
            ".".join(path.relative_to(Path(tracker.__file__).parent.parent).with_suffix("").parts)
        )
        for node in ast.walk(ast.parse(path.read_text())):
            for keyword in getattr(node, "keywords", []) if isinstance(node, ast.Call) else []:
                if keyword.arg == "countdown":
                    where = f"{path.name}:{node.lineno}"
                    found.append((where, _seconds(keyword.value, vars(module), where)))
    return found


def test_the_visibility_timeout_is_longer_than_any_delay_redis_must_hold_a_message_for(
    tracker_tasks,
):
    # Redis hands a message nobody acknowledged within the visibility timeout to another
    # worker: a countdown, a retry delay or an acks_late task running longer would run twice,
    # and keep coming back.
    timeout = visibility_timeout()
    held = {"task_time_limit (default)": celery_app.conf.task_time_limit}
    for name, task in tracker_tasks.items():
        held[f"{name}.time_limit"] = task.time_limit
        held[f"{name}.default_retry_delay"] = task.default_retry_delay
        if getattr(task, "autoretry_for", ()) and task.retry_backoff:
            held[f"{name}.retry_backoff_max"] = task.retry_backoff_max
    held.update((f"countdown at {where}", value) for where, value in countdowns_in_tracker_code())
    too_long = {what: seconds for what, seconds in held.items() if not seconds < timeout}
    assert too_long == {}, f"visibility_timeout={timeout} s is not longer than these"


def test_every_tracker_task_has_a_soft_time_limit_below_its_hard_one(tracker_tasks):
    limits = {name: (task.soft_time_limit, task.time_limit) for name, task in tracker_tasks.items()}
    assert all(soft and hard and soft < hard for soft, hard in limits.values()), limits


def test_only_idempotent_tasks_are_acknowledged_late(tracker_tasks):
    assert celery_app.conf.task_acks_late is False  # the default stays "ack on receipt"
    for name, task in tracker_tasks.items():
        if task.acks_late or task.reject_on_worker_lost:
            assert isinstance(task, IdempotentTask), f"{name} is acked late but not idempotent"
            assert task.acks_late and task.reject_on_worker_lost, name
            assert 1 < task.max_deliveries < 10, name


def test_tracker_tasks_take_json_and_ignore_their_results(tracker_tasks):
    assert celery_app.conf.task_serializer == "json"
    assert celery_app.conf.accept_content == ["json"]
    assert all(task.ignore_result for task in tracker_tasks.values())


def period_seconds(periodic: PeriodicTask) -> float:
    if periodic.interval:
        return dt.timedelta(**{periodic.interval.period: periodic.interval.every}).total_seconds()
    assert periodic.crontab.minute.isdigit() and periodic.crontab.hour.isdigit(), periodic
    return 24 * 60 * 60  # a fixed minute and hour: once a day


@pytest.mark.django_db
def test_each_periodic_task_is_scheduled_once_and_expires_before_its_next_tick(tracker_tasks):
    schedule = list(PeriodicTask.objects.filter(task__startswith="tracker."))
    names = [periodic.task for periodic in schedule]
    assert {sweep_deadlines_task.name, send_alerts_task.name, "tracker.tasks.send_digest_task"} <= (
        set(names)
    )
    # A task may be scheduled twice with different arguments (the forecast refresh: nightly,
    # and every 15 minutes only if claims changed), never twice the same way.
    calls = [(periodic.task, periodic.kwargs) for periodic in schedule]
    assert len(calls) == len(set(calls)), f"scheduled more than once: {sorted(calls)}"
    for periodic in schedule:
        assert periodic.task in tracker_tasks, f"{periodic.name}: {periodic.task} is not a task"
        assert periodic.enabled
        # A tick not started by then is dropped; the next tick does the same work.
        assert 0 < periodic.expire_seconds <= period_seconds(periodic), periodic.name


@pytest.mark.django_db
def test_running_the_schedule_migrations_again_adds_no_second_entry():
    before = sorted(PeriodicTask.objects.values_list("name", "task"))
    migrations = [
        importlib.import_module(f"tracker.migrations.{module.name}")
        for module in pkgutil.iter_modules(tracker.migrations.__path__)
    ]
    creators = [m.create_schedule for m in migrations if hasattr(m, "create_schedule")]
    assert creators
    for create_schedule in creators:
        create_schedule(django_apps, None)
    assert sorted(PeriodicTask.objects.values_list("name", "task")) == before


@pytest.mark.django_db
def test_each_run_logs_what_it_did_as_counts(now, caplog):
    ClaimFactory.create_batch(2, deadline_text="in 2026", stated_on=dt.date(2026, 11, 1))
    Subscription.objects.create(
        email="analyst@example.org", **{f"on_{event}": True for event in AlertEvent.values}
    )
    caplog.set_level(logging.INFO)

    now.move_to("2027-01-05T12:00:00+00:00")  # a sweep never runs as of a future day
    sweep_deadlines_task.apply()
    send_alerts_task.apply()

    records = {record.getMessage().split(":")[0]: record for record in caplog.records}
    sweep, dispatch = records["deadline sweep"], records["alert dispatch"]
    assert sweep.getMessage() == (
        "deadline sweep: transitions={'overdue': 2} due_soon=0 alerts=2 dry_run=False"
    )
    assert (sweep.job, sweep.transitions, sweep.due_soon, sweep.alerts) == (
        "sweep",
        {"overdue": 2},
        0,
        2,
    )
    assert records["status sweep"].transitions == {"overdue": 2}
    assert (dispatch.job, dispatch.sent, dispatch.failed, dispatch.pending) == ("dispatch", 2, 0, 0)
    assert len(mail.outbox) == 2


def test_the_smtp_connection_gives_up_well_before_the_dispatch_tasks_time_limit(tracker_tasks):
    from config.settings import base

    timeout = getattr(base, "EMAIL_TIMEOUT", None)
    assert timeout is not None
    assert timeout < tracker_tasks[send_alerts_task.name].soft_time_limit
