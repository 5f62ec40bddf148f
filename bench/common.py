"""What the PostgreSQL benchmarks share: progress lines, the login role, a scratch database."""

from __future__ import annotations

import time

import psycopg

HOST, PORT = "127.0.0.1", 5432
STARTED = time.perf_counter()


def log(message: str) -> None:
    print(f"[{time.perf_counter() - STARTED:6.1f} s] {message}", flush=True)


def server_role() -> str:
    """The first of postgres and root that may log in (the CI machine allows one of them)."""
    for role in ("postgres", "root"):
        try:
            with psycopg.connect(host=HOST, port=PORT, user=role, dbname="postgres"):
                return role
        except psycopg.OperationalError:
            continue
    raise SystemExit(f"No PostgreSQL role (postgres or root) can log in on {HOST}:{PORT}.")


def recreate_database(role: str, name: str, *, drop_only: bool = False) -> None:
    """Drop the benchmark's own database and, unless `drop_only`, create it empty."""
    with psycopg.connect(
        host=HOST, port=PORT, user=role, dbname="postgres", autocommit=True
    ) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        if not drop_only:
            admin.execute(f'CREATE DATABASE "{name}"')
