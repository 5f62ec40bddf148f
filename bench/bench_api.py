"""Benchmark the REST API on 100,000 claims (PostgreSQL) against a plain Django view.

Run from the project root (PostgreSQL on 127.0.0.1:5432, role postgres or root; Debian's
`wrk` for the load, else a bounded Python loop):

    .venv/bin/python bench/bench_api.py [--claims N] [--seconds S] [--keep] [--no-assert]

It creates its own database, pw_bench_api (dropped at the end unless --keep), migrates it and
generates the claims with INSERT ... SELECT generate_series: 50 organisations, a revision each,
a third restated a year later, a twentieth fulfilled; one status sweep then stores statuses.
gunicorn (2 sync workers, bench/api_site.py: the project's settings and URLs plus the plain
views) serves on 127.0.0.1; persistent database connections (conn_max_age=60), and Redis for
the throttle counters when REDIS_URL is set. Every target is measured in the same run:

  GET /api/v1/claims/?page_size=50                           vs /plain/claims/?page_size=50
  GET /api/v1/claims/?page_size=50&organisation=..&status=.. vs /plain/claims/?... (same)
  GET /api/v1/organisations/<slug>/scorecard/                vs /plain/scorecard/<slug>/

The plain views return the same rows with .values() and JsonResponse: what DRF costs is the
difference. SQL queries per request are counted in-process (Django's test client) at page
sizes 1, 50 and 200. Targets (issue 6): p50 < 25 ms and p99 < 100 ms for a 50-claim page,
at most 5 queries whatever the page size, at least half the plain view's throughput. Exits
with status 1 when a target is missed (--no-assert only reports). Loopback only, bounded.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import socket
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx

PROJECT_ROOT = Path(__file__).resolve().parents[1]
BENCH_DIR = Path(__file__).resolve().parent
sys.path[:0] = [str(PROJECT_ROOT), str(BENCH_DIR)]

from common import HOST, PORT, log, recreate_database, server_role  # noqa: E402

DATABASE = "pw_bench_api"
ORGANISATIONS = 50
WORKERS = 2  # gunicorn sync workers, one per core of the 2-core machine
CATEGORIES = ("programme", "launch", "availability", "certification", "membership", "other")
TARGET_P50_MS, TARGET_P99_MS, TARGET_QUERIES, TARGET_RATIO = 25.0, 100.0, 5, 0.5


def environment(role: str) -> dict[str, str]:
    return {
        **os.environ,
        "DATABASE_URL": f"postgres://{role}@{HOST}:{PORT}/{DATABASE}?conn_max_age=60",
        "DJANGO_SETTINGS_MODULE": "api_site",
        "PYTHONPATH": os.pathsep.join([str(PROJECT_ROOT), str(BENCH_DIR)]),
        "LOG_LEVEL": "WARNING",
    }


def generate(claims: int) -> None:
    """Organisations, one source, claims with their first revision, a third restated."""
    from django.db import connection, transaction

    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(
            """
            INSERT INTO claims_organisation (name, slug, kind, website, aliases)
            SELECT 'Vendor ' || g, 'vendor-' || lpad(g::text, 2, '0'), 'vendor', '', ''
            FROM generate_series(1, %s) AS g
            """,
            [ORGANISATIONS],
        )
        cursor.execute(
            """
            INSERT INTO claims_source (url, kind, title, publisher, author, published_on,
                                       language, text, recorded_at)
            VALUES ('https://bench.example.org/source', 'article', 'Benchmark source', '', '',
                    DATE '2024-01-16', 'en', '', now())
            """
        )
        # Ends spread over 2022-2028; every third claim restated a year later; a twentieth
        # fulfilled; a tenth undated.
        cursor.execute(
            """
            WITH spec AS (
                SELECT g, CASE WHEN g %% 10 = 0 THEN NULL
                               ELSE DATE '2022-01-01' + ((g * 7919) %% 2555)::int END AS first_end
                FROM generate_series(1, %(claims)s::bigint) AS g
            )
            INSERT INTO claims_claim (
                id, subject, promiser_id, statement, quote, category, source_id, stated_on,
                keywords, timezone, outcome, outcome_on, reason, deadline_start, deadline_end,
                original_deadline_start, original_deadline_end, current_revision_id, status,
                created_at, updated_at)
            SELECT g, 'Subject ' || (g %% 5000),
                   (SELECT id FROM claims_organisation ORDER BY id
                    OFFSET (g %% %(organisations)s) LIMIT 1),
                   'Deliver milestone ' || g, 'They said so.',
                   (%(categories)s::text[])[1 + g %% 6],
                   (SELECT min(id) FROM claims_source), DATE '2021-06-01', 'milestone',
                   'Europe/Paris',
                   CASE WHEN g %% 20 = 7 AND first_end IS NOT NULL THEN 'fulfilled' ELSE '' END,
                   CASE WHEN g %% 20 = 7 AND first_end IS NOT NULL
                        THEN LEAST(first_end + 30, DATE '2026-11-01') END, '',
                   NULL, first_end + CASE WHEN g %% 3 = 0 THEN 365 ELSE 0 END,
                   NULL, first_end, NULL, '', now(), now()
            FROM spec
            """,
            {"claims": claims, "organisations": ORGANISATIONS, "categories": list(CATEGORIES)},
        )
        cursor.execute(
            """
            INSERT INTO claims_deadlinerevision (claim_id, source_id, stated_on, text, start,
                                                "end", precision, qualifier, language,
                                                recorded_at)
            SELECT id, source_id, DATE '2021-06-01', 'by ' || original_deadline_end, NULL::date,
                   original_deadline_end, 'day', 'by', 'en', now()
            FROM claims_claim WHERE original_deadline_end IS NOT NULL
            UNION ALL
            SELECT id, source_id, DATE '2022-06-01', 'by ' || deadline_end, NULL::date,
                   deadline_end, 'day', 'by', 'en', now()
            FROM claims_claim WHERE deadline_end > original_deadline_end
            """
        )
        cursor.execute(
            """
            UPDATE claims_claim AS claim SET current_revision_id = latest.id
            FROM (SELECT DISTINCT ON (claim_id) claim_id, id FROM claims_deadlinerevision
                  ORDER BY claim_id, stated_on DESC, id DESC) AS latest
            WHERE latest.claim_id = claim.id
            """
        )
        cursor.execute("SELECT setval(pg_get_serial_sequence('claims_claim', 'id'), %s)", [claims])


def sweep_and_analyze() -> None:
    from django.db import connection

    from claims.services import claims_sweep_statuses

    claims_sweep_statuses(job="bench")
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")


def targets() -> dict[str, tuple[str, str]]:
    """(API path, plain path) per measure; the filtered one picks a well-populated status."""
    from django.db.models import Count

    from claims.models import Claim

    busiest = (
        Claim.objects.filter(promiser__slug="vendor-07")
        .values("status")
        .annotate(n=Count("pk"))
        .order_by("-n")
        .first()
    )
    filtered = f"organisation=vendor-07&status={busiest['status']}"
    return {
        "claims, 50 a page": ("/api/v1/claims/?page_size=50", "/plain/claims/?page_size=50"),
        f"claims filtered ({filtered}), 50 a page": (
            f"/api/v1/claims/?page_size=50&{filtered}",
            f"/plain/claims/?page_size=50&{filtered}",
        ),
        "scorecard (vendor-07)": (
            "/api/v1/organisations/vendor-07/scorecard/",
            "/plain/scorecard/vendor-07/",
        ),
    }


def count_queries(measures: dict[str, tuple[str, str]]) -> dict[str, int]:
    """SQL queries per API request, in-process, at page sizes 1, 50 and 200."""
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client()
    counts = {}
    paths = [f"/api/v1/claims/?page_size={size}" for size in (1, 50, 200)]
    paths += [api for api, _ in measures.values()][1:]
    for path in paths:
        client.get(path)  # warm: the first request of a process loads content types
        with CaptureQueriesContext(connection) as captured:
            response = client.get(path, HTTP_HOST="127.0.0.1")
        assert response.status_code == 200, (path, response.status_code)
        counts[path] = len(captured)
    return counts


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def serve(env: dict[str, str]) -> tuple[subprocess.Popen, str]:
    port = free_port()
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "config.wsgi:application",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            "2",
            "--worker-class",
            "sync",
            "--log-level",
            "warning",
            "--chdir",
            str(PROJECT_ROOT),
        ],
        env=env,
    )
    base = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            if httpx.get(base + "/api/v1/claims/?page_size=1", timeout=5).status_code == 200:
                return server, base
        except httpx.TransportError:
            time.sleep(0.2)
    server.terminate()
    raise SystemExit("gunicorn did not start")


WRK_LATENCY = re.compile(r"^\s+(50|99)%\s+([\d.]+)(us|ms|s)\s*$", re.M)


def load_wrk(url: str, seconds: int) -> dict[str, float]:
    out = subprocess.run(
        # As many connections as gunicorn workers: latency is service time, not queueing.
        ["wrk", "-t1", f"-c{WORKERS}", f"-d{seconds}s", "--timeout", "5s", "--latency", url],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    scale = {"us": 0.001, "ms": 1.0, "s": 1000.0}
    latency = {p: float(v) * scale[u] for p, v, u in WRK_LATENCY.findall(out)}
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    non_2xx = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", out)
    if non_2xx:
        raise SystemExit(f"{url}: {non_2xx.group(1)} error responses")
    return {"rps": rps, "p50": latency["50"], "p99": latency["99"]}


def load_python(url: str, seconds: int) -> dict[str, float]:
    """Fallback without wrk: a thread per gunicorn worker, keep-alive, bounded."""
    latencies: list[float] = []
    lock = threading.Lock()
    deadline = time.perf_counter() + seconds

    def worker() -> None:
        with httpx.Client(timeout=5) as client:
            while time.perf_counter() < deadline and len(latencies) < 200_000:
                started = time.perf_counter()
                client.get(url).raise_for_status()
                with lock:
                    latencies.append((time.perf_counter() - started) * 1000)

    threads = [threading.Thread(target=worker) for _ in range(WORKERS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    cuts = statistics.quantiles(latencies, n=100)
    return {"rps": len(latencies) / seconds, "p50": cuts[49], "p99": cuts[98]}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--claims", type=int, default=100_000)
    parser.add_argument("--seconds", type=int, default=10, help="load per URL")
    parser.add_argument("--keep", action="store_true", help="keep the database afterwards")
    parser.add_argument("--no-assert", action="store_true", help="report only")
    args = parser.parse_args()

    role = server_role()
    env = environment(role)
    os.environ.update({k: env[k] for k in ("DATABASE_URL", "DJANGO_SETTINGS_MODULE", "LOG_LEVEL")})
    import django
    from django.core.management import call_command

    log(f"creating database {DATABASE} as {role}")
    recreate_database(role, DATABASE)
    server = None
    try:
        django.setup()
        call_command("migrate", verbosity=0)
        log(f"generating {args.claims:,} claims")
        generate(args.claims)
        log("sweeping statuses and analysing")
        sweep_and_analyze()
        measures = targets()
        queries = count_queries(measures)
        from django.db import connections

        connections.close_all()
        server, base = serve(env)
        load = load_wrk if shutil.which("wrk") else load_python
        log(f"serving on {base}; load with {load.__name__[5:]}, {args.seconds} s per URL")
        results = {}
        for name, (api, plain) in measures.items():
            for kind, path in (("api", api), ("plain", plain)):
                load(base + path, 2)  # warm-up
                results[name, kind] = load(base + path, args.seconds)
                log(f"{name} [{kind}]: {results[name, kind]}")
    finally:
        if server is not None:
            server.terminate()
            server.wait(timeout=30)
        if not args.keep:
            from django.db import connections

            connections.close_all()
            recreate_database(role, DATABASE, drop_only=True)

    print()
    print(
        f"Python {platform.python_version()}, {os.cpu_count()} CPUs, {args.claims:,} claims, "
        f"gunicorn {WORKERS} workers, load: {load.__name__[5:]} ({WORKERS} connections), "
        "index on (deadline_end, id): yes (migration claims.0005), "
        f"load average at the end: {os.getloadavg()[0]:.1f}"
    )
    print(
        "| request | API req/s | API p50 / p99 (ms) | plain req/s | plain p50 / p99 (ms) "
        "| API / plain |"
    )
    print("|---|---|---|---|---|---|")
    failures = []
    for name in measures:
        api, plain = results[name, "api"], results[name, "plain"]
        ratio = api["rps"] / plain["rps"]
        print(
            f"| {name} | {api['rps']:,.0f} | {api['p50']:.1f} / {api['p99']:.1f} | "
            f"{plain['rps']:,.0f} | {plain['p50']:.1f} / {plain['p99']:.1f} | {ratio:.2f} |"
        )
        if name.startswith("claims"):
            if api["p50"] >= TARGET_P50_MS or api["p99"] >= TARGET_P99_MS:
                failures.append(f"{name}: p50 {api['p50']:.1f} ms, p99 {api['p99']:.1f} ms")
            if ratio < TARGET_RATIO:
                failures.append(f"{name}: {ratio:.2f} of the plain view's throughput")
    print()
    print("| API request | SQL queries |")
    print("|---|---|")
    for path, count in queries.items():
        print(f"| `{path}` | {count} |")
        if count > TARGET_QUERIES:
            failures.append(f"{path}: {count} queries")
    for failure in failures:
        print(f"TARGET MISSED: {failure}")
    return 1 if failures and not args.no_assert else 0


if __name__ == "__main__":
    sys.exit(main())
