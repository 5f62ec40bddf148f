"""Benchmark the hourly deadline sweep (statuses, due-soon marks, alert fan-out) on 1,000,000
claims, and against a fair per-claim loop on 10,000.

Run from the project root (PostgreSQL on 127.0.0.1:5432, role postgres or root):

    .venv/bin/python bench/bench_sweep.py [--no-assert] [--claims N] [--sample N] [--keep]
        [--database NAME] [--no-one-transaction] [--no-loop]

It creates its own database, pw_bench_sweep unless --database names another (dropped at the
end unless --keep), migrates it,
and generates the claims with INSERT ... SELECT generate_series: each with one deadline
revision and the cached deadline columns, spread over four years around the sweep day, in three
time zones, a tenth undated and a twentieth fulfilled. Each claim's stored status is the one it
had a year before the sweep day, so the sweep has many transitions to record. Twenty-two
subscriptions follow them (everything, one category, twenty organisations), so the fan-out
has alerts to make.

Measured, in this order and in the same run:
  1. on the first `--sample` claims, while they are the only claims, the real job
     (tracker.services.deadlines_sweep: statuses, due-soon marks, alert fan-out) and a
     per-claim loop doing the same work, each once to warm the caches and then timed, each
     inside one transaction that is rolled back so both start from the same state;
  2. the real job on all `--claims` claims (the rest generated) inside one transaction, rolled
     back and vacuumed away (skipped with --no-one-transaction);
  3. the real job on all claims as the hourly task runs it, the headline figure: no
     transaction around it, so each step and each fan-out batch commits on its own;
  4. a second run right after, also as the task runs it (nothing left to change: the hourly
     steady state).
The query counts of the job in one transaction on the sample and on all claims must be equal
without the fan-out's (the committed run sends no savepoints, so its count is reported, not
compared). Exits with status 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import os
import platform
import sys
import time
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(PROJECT_ROOT))

from common import HOST, PORT, log, recreate_database, server_role  # noqa: E402

DATABASE = "pw_bench_sweep"
# The day the sweep runs for: noon UTC, so every time zone used below is on the same date.
NOW = dt.datetime(2026, 11, 28, 12, 0, tzinfo=dt.UTC)
STALE_DAYS = 365  # the stored statuses are those of this many days earlier
TARGET_SECONDS = 30.0
TIME_ZONES = ("Europe/Paris", "America/New_York", "Asia/Tokyo")
CATEGORIES = ("programme", "launch", "availability", "certification", "membership", "other")


def setup_django(role: str, database: str) -> None:
    os.environ["DATABASE_URL"] = f"postgres://{role}@{HOST}:{PORT}/{database}"
    # The fan-out queues a dispatch task after commit: kept in memory, nothing is sent.
    os.environ["CELERY_BROKER_URL"] = "memory://"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.base")
    os.environ.setdefault("LOG_LEVEL", "WARNING")  # the sweep's own log line is not the report
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def generate_claims(first: int, last: int) -> None:
    """Insert claims first..last (ids), each with its revision, in one transaction.

    Claim.current_revision and DeadlineRevision.claim point at each other; Django's foreign keys
    are DEFERRABLE INITIALLY DEFERRED on PostgreSQL, so revision i is given id i and both
    tables are filled before the constraints are checked at commit.
    """
    from django.db import connection, transaction

    day = NOW.date()
    with transaction.atomic(), connection.cursor() as cursor:
        # A bulk load of rows valid by construction, as pg_restore does it: the ledger's
        # per-row integrity triggers are off for this transaction only (a million revision
        # inserts through them took over 18 minutes). The sweep itself runs with them on.
        cursor.execute("SET LOCAL session_replication_role = replica")
        cursor.execute(
            """
            INSERT INTO claims_organisation (name, slug, kind, website, aliases)
            SELECT 'Vendor ' || g, 'vendor-' || g, 'vendor', '', ''
            FROM generate_series(1, 1000) AS g
            ON CONFLICT DO NOTHING
            """
        )
        cursor.execute(
            """
            INSERT INTO claims_source (url, kind, title, publisher, author, published_on,
                                       language, text, recorded_at)
            SELECT NULL, 'article', 'Benchmark source', '', '', DATE '2024-01-16', 'en', '', now()
            WHERE NOT EXISTS (SELECT 1 FROM claims_source)
            """
        )
        # Windows: an end spread over four years around the sweep day; 60% with a start
        # (a "during" window up to a year long), 30% "by" an end, 10% undated.
        cursor.execute(
            """
            WITH spec AS (
                SELECT g,
                       CASE WHEN g %% 10 = 0 THEN NULL
                            ELSE %(day)s::date + ((g * 7919) %% 1461 - 730)::int END AS end_on,
                       CASE WHEN g %% 10 BETWEEN 1 AND 6 THEN ((g * 104729) %% 366)::int
                       END AS length
                FROM generate_series(%(first)s::bigint, %(last)s::bigint) AS g
            )
            INSERT INTO claims_claim (
                id, subject, promiser_id, statement, quote, category, source_id, stated_on,
                keywords, timezone, outcome, outcome_on, reason, deadline_start, deadline_end,
                original_deadline_start, original_deadline_end, current_revision_id, status,
                created_at, updated_at, reported_after_the_fact, stated_on_precision, version)
            SELECT g, 'Subject ' || (g %% 5000), 1 + g %% 1000, 'Deliver milestone ' || g, '',
                   (%(categories)s::text[])[1 + g %% 6], (SELECT min(id) FROM claims_source),
                   DATE '2024-01-16', '', (%(zones)s::text[])[1 + g %% 3],
                   CASE WHEN g %% 20 = 7 THEN 'fulfilled' ELSE '' END,
                   CASE WHEN g %% 20 = 7 THEN DATE '2025-06-01' END, '',
                   end_on - length, end_on, end_on - length, end_on,
                   CASE WHEN end_on IS NOT NULL THEN g END, '', now(), now(), false, 'day', 1
            FROM spec
            """,
            {
                "day": day,
                "first": first,
                "last": last,
                "categories": list(CATEGORIES),
                "zones": list(TIME_ZONES),
            },
        )
        cursor.execute(
            """
            INSERT INTO claims_deadlinerevision (id, claim_id, source_id, stated_on, text,
                                                start, "end", precision, qualifier, language,
                                                recorded_at, reason, stated_on_precision)
            SELECT id, id, source_id, stated_on, 'generated window ' || id, deadline_start,
                   deadline_end, 'day', CASE WHEN deadline_start IS NULL THEN 'by' ELSE 'in' END,
                   'en', now(), '', 'day'
            FROM claims_claim WHERE id BETWEEN %s AND %s AND current_revision_id IS NOT NULL
            """,
            [first, last],
        )
        for table in ("claims_claim", "claims_deadlinerevision"):
            cursor.execute(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "  # noqa: S608
                f"(SELECT max(id) FROM {table}))"
            )
    make_stale(first, last)


def make_stale(first: int, last: int) -> None:
    """Store the status each claim had STALE_DAYS ago, as if the sweep had not run since."""
    from claims.models import Claim
    from claims.selectors import status_expression

    stale_day = NOW.date() - dt.timedelta(days=STALE_DAYS)
    Claim.objects.filter(id__range=(first, last)).update(status=status_expression(today=stale_day))


def analyze(*, every_table: bool = False) -> None:
    from django.db import connection

    with connection.cursor() as cursor:
        if every_table:  # after a rolled-back job: its dead rows are in the alert tables too
            cursor.execute("VACUUM (ANALYZE)")
        else:
            cursor.execute(
                "VACUUM (ANALYZE) claims_claim, claims_deadlinerevision, claims_statusevent"
            )


class QueryCounter:
    """Counts the statements sent on the default connection (CaptureQueriesContext keeps at
    most 9,000, too few for the naive loop)."""

    def __init__(self) -> None:
        self.count = 0

    def __call__(self, execute, sql, params, many, context):
        self.count += 1
        return execute(sql, params, many, context)

    def __len__(self) -> int:
        return self.count


@contextlib.contextmanager
def counting_queries():
    from django.db import connection

    counter = QueryCounter()
    with connection.execute_wrapper(counter):
        yield counter


class Rollback(Exception):
    """Raised to undo a timed run, so the next one starts from the same state."""


def subscribe() -> None:
    """Followers for the fan-out: everything, one category, and twenty organisations.

    They subscribed long before the events, so every event is theirs to be told about.
    """
    from tracker.models import Subscription

    Subscription.objects.bulk_create(
        [
            Subscription(email="all@example.org"),
            Subscription(email="certification@example.org", category="certification"),
            *(
                Subscription(email=f"vendor-{n}@example.org", organisation_id=n)
                for n in range(1, 21)
            ),
        ]
    )
    Subscription.objects.update(created_at=dt.datetime(2020, 1, 1, tzinfo=dt.UTC))


def sweep(*, rollback: bool = False, one_transaction: bool = True) -> dict:
    """One run of the hourly job: transitions, due-soon marks and the alerts they cause.

    In one transaction (rolled back with `rollback`), or, with `one_transaction=False`, as the
    hourly task runs it: each step and each fan-out batch commits on its own."""
    from unittest import mock

    from django.db import transaction

    from tracker.services import deadlines_sweep
    from tracker.services import sweep as sweep_module

    fan_out = sweep_module.alerts_fan_out
    fan_out_queries = []
    fan_out_seconds = []

    def counted_fan_out(**kwargs):
        # The fan-out works in fixed batches of events: its queries grow with the events it
        # turns into alerts, not with the claims; the rest of the job must not grow at all.
        before, began = len(queries), time.perf_counter()
        try:
            return fan_out(**kwargs)
        finally:
            fan_out_queries.append(len(queries) - before)
            fan_out_seconds.append(time.perf_counter() - began)

    with (
        counting_queries() as queries,
        mock.patch.object(sweep_module, "alerts_fan_out", counted_fan_out),
    ):
        started = time.perf_counter()
        if not one_transaction:
            report = deadlines_sweep(now=NOW)
            done = time.perf_counter()
        else:
            try:
                with transaction.atomic():
                    report = deadlines_sweep(now=NOW)
                    done = time.perf_counter()
                    if rollback:
                        raise Rollback
            except Rollback:
                pass
    return {
        "seconds": done - started,
        "queries": len(queries),
        "fan_out_queries": sum(fan_out_queries),
        "fan_out_seconds": round(sum(fan_out_seconds), 3),
        "transitions": sum(report.transitions.values()),
        "by_status": dict(report.transitions),
        "due_soon": report.due_soon,
        "alerts": report.alerts,
    }


def naive_loop() -> dict:
    """The same job as a loop over claims, in one transaction (rolled back at the end): per
    claim, ask its status and save it with an event when it changed, mark a deadline 30 or 7
    days away once per revision, and make an alert for every follower of each event."""
    from django.db import transaction

    from claims.models import Claim, StatusEvent, today_in
    from claims.selectors import claim_status_on
    from tracker.models import Alert, Subscription
    from tracker.services import alert_event_for

    def follow(claim: Claim, event: StatusEvent) -> int:
        alert_event = alert_event_for(event.kind, event.new_status, event.days)
        if alert_event is None:
            return 0
        followers = Subscription.objects.filter(active=True, **{f"on_{alert_event}": True})
        followers = followers.filter(
            Q(claim=claim) | Q(organisation_id=claim.promiser_id) | Q(category=claim.category)
            | Q(claim__isnull=True, organisation__isnull=True, category="")
        )  # fmt: skip
        made = 0
        for subscription in followers:
            Alert.objects.create(
                subscription=subscription,
                claim=claim,
                event=alert_event,
                revision_id=event.revision_id,
                status_event=event,
            )
            made += 1
        return made

    from django.db.models import Q

    transitions = due_soon = alerts = 0
    with counting_queries() as queries:
        started = time.perf_counter()
        try:
            with transaction.atomic():
                for claim in Claim.objects.order_by("id").iterator(chunk_size=2000):
                    today = today_in(claim.timezone, NOW)
                    new_status = claim_status_on(claim, today=today)
                    if new_status != claim.status:
                        Claim.objects.filter(pk=claim.pk).update(status=new_status, updated_at=NOW)
                        event = StatusEvent.objects.create(
                            claim=claim,
                            happened_at=NOW,
                            as_of=today,
                            old_status=claim.status,
                            new_status=new_status,
                            job="naive",
                            revision_id=claim.current_revision_id,
                        )
                        transitions += 1
                        alerts += follow(claim, event)
                    if claim.outcome or claim.deadline_end is None:
                        continue
                    left = (claim.deadline_end - today).days
                    mark = 7 if 0 <= left <= 7 else 30 if 7 < left <= 30 else None
                    if mark is None or StatusEvent.objects.filter(
                        claim=claim, kind="due_soon", revision_id=claim.current_revision_id,
                        days=mark,
                    ).exists():  # fmt: skip
                        continue
                    event = StatusEvent.objects.create(
                        claim=claim,
                        kind="due_soon",
                        happened_at=NOW,
                        as_of=today,
                        old_status=new_status,
                        new_status=new_status,
                        days=mark,
                        job="naive",
                        revision_id=claim.current_revision_id,
                    )
                    due_soon += 1
                    alerts += follow(claim, event)
                seconds = time.perf_counter() - started
                raise Rollback
        except Rollback:
            pass
    return {
        "seconds": seconds,
        "queries": len(queries),
        "transitions": transitions,
        "due_soon": due_soon,
        "alerts": alerts,
    }


def main() -> int:
    arguments = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    arguments.add_argument("--no-assert", action="store_true", help="report only, never fail")
    arguments.add_argument("--claims", type=int, default=1_000_000, help="claims in the big run")
    arguments.add_argument("--sample", type=int, default=10_000, help="claims in the naive run")
    arguments.add_argument("--keep", action="store_true", help="keep the database afterwards")
    arguments.add_argument("--database", default=DATABASE, help="the scratch database's name")
    arguments.add_argument(
        "--no-one-transaction",
        action="store_true",
        help="time only the job as the task runs it, not also inside one transaction",
    )
    arguments.add_argument(
        "--no-loop", action="store_true", help="skip the per-claim loop (about a minute)"
    )
    options = arguments.parse_args()
    if options.sample >= options.claims:
        arguments.error("--sample must be smaller than --claims")

    role = server_role()
    log(f"creating database {options.database} as {role}")
    recreate_database(role, options.database)
    try:
        setup_django(role, options.database)
        from django.db import connection

        with connection.cursor() as cursor:
            cursor.execute("SHOW server_version")
            server_version = cursor.fetchone()[0]

        log(f"generating {options.sample:,} claims")
        generate_claims(1, options.sample)
        subscribe()
        analyze()
        log("warming up: the job and the loop once each, rolled back")
        sweep(rollback=True)
        naive = None
        if not options.no_loop:
            naive_loop()
            log("per-claim loop on the sample (one transaction, rolled back)")
            naive = naive_loop()
            log(f"  {naive['seconds']:.1f} s, {naive['transitions']:,} transitions")
        log("the job on the sample (rolled back)")
        small = sweep(rollback=True)
        log(f"  {small['seconds']:.2f} s, {small['transitions']:,} transitions")

        log(f"generating claims {options.sample + 1:,}..{options.claims:,}")
        started = time.perf_counter()
        generate_claims(options.sample + 1, options.claims)
        analyze()
        log(f"  generated in {time.perf_counter() - started:.1f} s")
        one = None
        if not options.no_one_transaction:
            log(f"the job on {options.claims:,} claims in one transaction (rolled back)")
            one = sweep(rollback=True)
            log(f"  {one['seconds']:.1f} s, {one['transitions']:,} transitions")
            analyze(every_table=True)  # the rolled-back rows, gone before the timed run
        log(f"the job on {options.claims:,} claims as the task runs it (each step commits)")
        big = sweep(one_transaction=False)
        log(f"  {big['seconds']:.1f} s, {big['transitions']:,} transitions")
        log("second run (nothing to change)")
        idle = sweep(one_transaction=False)
    finally:
        from django.db import connections

        connections.close_all()
        if not options.keep:
            recreate_database(role, options.database, drop_only=True)

    same_work = naive is None or all(
        naive[key] == small[key] for key in ("transitions", "due_soon", "alerts")
    )
    rows = [("claims", f"{options.sample:,}", f"{options.claims:,}", "")]
    if naive:
        rows += [
            ("per-claim loop: seconds (warm, 1 tx)", f"{naive['seconds']:.2f}", "", ""),
            ("per-claim loop: queries", f"{naive['queries']:,}", "", ""),
            (
                "per-claim loop: transitions, marks, alerts",
                f"{naive['transitions']:,}, {naive['due_soon']:,}, {naive['alerts']:,}",
                "",
                "",
            ),
        ]
    rows += [
        (
            "job as the task runs it (each step commits): seconds",
            "",
            f"{big['seconds']:.2f}",
            f"< {TARGET_SECONDS:.0f} s",
        ),
        ("  of which the alert fan-out, seconds", "", f"{big['fan_out_seconds']:.2f}", ""),
        ("  queries (of which fan-out)", "", f"{big['queries']} ({big['fan_out_queries']})", ""),
        (
            "job in one transaction: seconds",
            f"{small['seconds']:.2f}",
            f"{one['seconds']:.2f}" if one else "",
            "",
        ),
        (
            "  of which the alert fan-out, seconds",
            f"{small['fan_out_seconds']:.2f}",
            f"{one['fan_out_seconds']:.2f}" if one else "",
            "",
        ),
        (
            "  queries (of which fan-out)",
            f"{small['queries']} ({small['fan_out_queries']})",
            f"{one['queries']} ({one['fan_out_queries']})" if one else "",
            "equal without the fan-out",
        ),
        (
            "job: transitions, marks, alerts",
            f"{small['transitions']:,}, {small['due_soon']:,}, {small['alerts']:,}",
            f"{big['transitions']:,}, {big['due_soon']:,}, {big['alerts']:,}",
            "",
        ),
        (
            "ratio loop / job (same claims, warm)",
            f"{naive['seconds'] / small['seconds']:.0f}x" if naive else "",
            "",
            "",
        ),
        (
            "second run: seconds, queries",
            "",
            f"{idle['seconds']:.2f}, {idle['queries']} ({idle['transitions']} transitions)",
            "",
        ),
    ]
    print()
    print(
        f"Deadline sweep benchmark — PostgreSQL {server_version}, Python "
        f"{platform.python_version()}, {os.cpu_count()} CPUs"
    )
    print(f"transitions in the big run: {big['by_status']}")
    widths = [max(len(row[i]) for row in rows) for i in range(4)]
    header = ("measure", "sample", "full", "target")
    widths = [max(w, len(h)) for w, h in zip(widths, header, strict=True)]
    for row in (header, *rows):
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)))
    missed = []
    if big["seconds"] >= TARGET_SECONDS:
        missed.append(f"sweep took {big['seconds']:.1f} s (target < {TARGET_SECONDS:.0f} s)")
    fixed_small = small["queries"] - small["fan_out_queries"]
    fixed_big = one["queries"] - one["fan_out_queries"] if one else fixed_small
    if fixed_big != fixed_small:
        missed.append(f"queries grew with the claims: {fixed_small} -> {fixed_big}")
    if one and any(one[key] != big[key] for key in ("transitions", "due_soon", "alerts")):
        missed.append("the job in one transaction and as the task runs it did different work")
    if idle["transitions"] or idle["due_soon"] or idle["alerts"]:
        missed.append("the second run recorded something again")
    if not same_work:
        missed.append("the loop and the job did not do the same work on the sample")
    if missed and not options.no_assert:
        print(f"MISSED: {'; '.join(missed)}")
        return 1
    print("MISSED (not asserted): " + "; ".join(missed) if missed else "All targets met.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
