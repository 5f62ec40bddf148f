"""Benchmark the set-based deadline sweep on 1,000,000 claims against a naive per-claim loop.

Run from the project root (PostgreSQL on 127.0.0.1:5432, role postgres or root):

    .venv/bin/python bench/bench_sweep.py [--no-assert] [--claims N] [--sample N] [--keep]

It creates its own database, pw_bench_sweep (dropped at the end unless --keep), migrates it,
and generates the claims with INSERT ... SELECT generate_series: each with one deadline
revision and the cached deadline columns, spread over four years around the sweep day, in three
time zones, a tenth undated and a twentieth fulfilled. Each claim's stored status is the one it
had a year before the sweep day, so the sweep has many transitions to record.

Measured, in this order and in the same run:
  1. the naive loop (per claim: claim_status_on, then update and create an event when the
     status changed) on the first `--sample` claims, while they are the only claims;
  2. claims_sweep_statuses + claims_record_due_soon on those same claims (reset first);
  3. the same on all `--claims` claims (the sample reset and the rest generated);
  4. a second sweep right after (nothing left to change: the hourly steady state).
The query counts of 2 and 3 must be equal. Exits with status 1 when a target is missed.
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


def setup_django(role: str) -> None:
    os.environ["DATABASE_URL"] = f"postgres://{role}@{HOST}:{PORT}/{DATABASE}"
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
                created_at, updated_at)
            SELECT g, 'Subject ' || (g %% 5000), 1 + g %% 1000, 'Deliver milestone ' || g, '',
                   (%(categories)s::text[])[1 + g %% 6], (SELECT min(id) FROM claims_source),
                   DATE '2024-01-16', '', (%(zones)s::text[])[1 + g %% 3],
                   CASE WHEN g %% 20 = 7 THEN 'fulfilled' ELSE '' END,
                   CASE WHEN g %% 20 = 7 THEN DATE '2025-06-01' END, '',
                   end_on - length, end_on, end_on - length, end_on,
                   CASE WHEN end_on IS NOT NULL THEN g END, '', now(), now()
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
                                                recorded_at)
            SELECT id, id, source_id, stated_on, 'generated window ' || id, deadline_start,
                   deadline_end, 'day', CASE WHEN deadline_start IS NULL THEN 'by' ELSE 'in' END,
                   'en', now()
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


def forget_events() -> None:
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("TRUNCATE claims_statusevent CASCADE")


def analyze() -> None:
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("VACUUM (ANALYZE) claims_claim, claims_deadlinerevision, claims_statusevent")


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


def sweep() -> dict:
    """One run of what the hourly job does to statuses: transitions, then due-soon marks."""
    from claims.services import claims_record_due_soon, claims_sweep_statuses

    with counting_queries() as queries:
        started = time.perf_counter()
        transitions = claims_sweep_statuses(now=NOW)
        swept = time.perf_counter()
        due_soon = claims_record_due_soon(now=NOW)
        done = time.perf_counter()
    return {
        "seconds": done - started,
        "status_seconds": swept - started,
        "due_soon_seconds": done - swept,
        "queries": len(queries),
        "transitions": sum(transitions.values()),
        "by_status": dict(transitions),
        "due_soon": due_soon,
    }


def naive_loop() -> dict:
    """What the sweep would be as a loop: per claim, ask its status, then save and record."""
    from claims.models import Claim, StatusEvent, today_in
    from claims.selectors import claim_status_on

    transitions = 0
    with counting_queries() as queries:
        started = time.perf_counter()
        for claim in Claim.objects.order_by("id").iterator(chunk_size=2000):
            today = today_in(claim.timezone, NOW)
            new_status = claim_status_on(claim, today=today)
            if new_status == claim.status:
                continue
            # An UPDATE of the two columns, as save(update_fields=...) would send, minus the
            # history row django-simple-history would add (the set-based sweep writes none).
            Claim.objects.filter(pk=claim.pk).update(status=new_status, updated_at=NOW)
            StatusEvent.objects.create(
                claim=claim,
                happened_at=NOW,
                as_of=today,
                old_status=claim.status,
                new_status=new_status,
                job="naive",
                revision_id=claim.current_revision_id,
            )
            transitions += 1
        seconds = time.perf_counter() - started
    return {"seconds": seconds, "queries": len(queries), "transitions": transitions}


def main() -> int:
    arguments = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    arguments.add_argument("--no-assert", action="store_true", help="report only, never fail")
    arguments.add_argument("--claims", type=int, default=1_000_000, help="claims in the big run")
    arguments.add_argument("--sample", type=int, default=10_000, help="claims in the naive run")
    arguments.add_argument("--keep", action="store_true", help="keep the database afterwards")
    options = arguments.parse_args()
    if options.sample >= options.claims:
        arguments.error("--sample must be smaller than --claims")

    role = server_role()
    log(f"creating database {DATABASE} as {role}")
    recreate_database(role, DATABASE)
    try:
        setup_django(role)
        from django.db import connection

        with connection.cursor() as cursor:
            cursor.execute("SHOW server_version")
            server_version = cursor.fetchone()[0]

        log(f"generating {options.sample:,} claims")
        generate_claims(1, options.sample)
        analyze()
        log("naive loop on the sample")
        naive = naive_loop()
        log(f"  {naive['seconds']:.1f} s, {naive['transitions']:,} transitions")
        forget_events()
        make_stale(1, options.sample)
        log("set-based sweep on the sample")
        small = sweep()
        forget_events()
        make_stale(1, options.sample)

        log(f"generating claims {options.sample + 1:,}..{options.claims:,}")
        started = time.perf_counter()
        generate_claims(options.sample + 1, options.claims)
        analyze()
        log(f"  generated in {time.perf_counter() - started:.1f} s")
        log(f"set-based sweep on {options.claims:,} claims")
        big = sweep()
        log(f"  {big['seconds']:.1f} s, {big['transitions']:,} transitions")
        log("second sweep (nothing to change)")
        idle = sweep()
    finally:
        from django.db import connections

        connections.close_all()
        if not options.keep:
            recreate_database(role, DATABASE, drop_only=True)

    per_claim_naive = naive["seconds"] / options.sample
    extrapolated = per_claim_naive * options.claims
    ratio = extrapolated / big["seconds"]
    sample_ratio = naive["seconds"] / small["seconds"]
    rows = [
        ("claims", f"{options.sample:,}", f"{options.claims:,}", ""),
        (
            "naive loop: seconds",
            f"{naive['seconds']:.2f}",
            f"{extrapolated:.0f} (extrapolated)",
            "",
        ),
        ("naive loop: queries", f"{naive['queries']:,}", "", ""),
        ("naive loop: transitions", f"{naive['transitions']:,}", "", ""),
        (
            "sweep: seconds (status + due soon)",
            f"{small['seconds']:.2f}",
            f"{big['seconds']:.2f} ({big['status_seconds']:.2f} + {big['due_soon_seconds']:.2f})",
            f"< {TARGET_SECONDS:.0f} s",
        ),
        ("sweep: queries", f"{small['queries']}", f"{big['queries']}", "equal"),
        ("sweep: transitions", f"{small['transitions']:,}", f"{big['transitions']:,}", ""),
        ("sweep: due-soon marks", f"{small['due_soon']:,}", f"{big['due_soon']:,}", ""),
        ("ratio naive / sweep", f"{sample_ratio:.0f}x", f"{ratio:.0f}x", ""),
        (
            "second sweep: seconds, queries",
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
    if big["queries"] != small["queries"]:
        missed.append(f"queries grew with the claims: {small['queries']} -> {big['queries']}")
    if idle["transitions"] or idle["due_soon"]:
        missed.append("the second sweep recorded something again")
    if missed and not options.no_assert:
        print(f"MISSED: {'; '.join(missed)}")
        return 1
    print("MISSED (not asserted): " + "; ".join(missed) if missed else "All targets met.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
