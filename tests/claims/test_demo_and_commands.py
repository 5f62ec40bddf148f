"""The demo ledger and the ledger's management commands."""

import contextlib
import datetime as dt
import io
import os
import shlex
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from django.contrib.auth import authenticate, get_user_model
from django.core.management import call_command
from django.test import RequestFactory

from claims.models import Claim, DeadlineRevision, Evidence, Organisation, Source, StatusEvent
from tests.factories import bleu_story
from tracker.models import Alert, NewsItem, Subscription

pytestmark = pytest.mark.django_db

LEDGER_MODELS = [
    Organisation,
    Source,
    Claim,
    DeadlineRevision,
    Evidence,
    StatusEvent,
    NewsItem,
    Subscription,
    Alert,
]


def run(*args) -> str:
    out = io.StringIO()
    call_command(*args, stdout=out)
    return out.getvalue()


def row_counts() -> dict[str, int]:
    return {model.__name__: model.objects.count() for model in LEDGER_MODELS}


def test_loading_the_demo_twice_leaves_the_same_rows(now):
    first = run("load_demo")
    counts = row_counts()
    snapshot = list(Claim.objects.order_by("pk").values())
    second = run("load_demo")
    assert "created" in first
    assert "nothing to create" in second
    assert row_counts() == counts
    assert list(Claim.objects.order_by("pk").values()) == snapshot


def test_the_bleu_story_reads_with_statuses_and_slippage(now):
    from claims.selectors import claims_with_metrics

    bleu_story()
    claims = {c.category: c for c in claims_with_metrics().filter(promiser__slug="bleu")}
    assert claims["programme"].status == "fulfilled_late"
    assert claims["programme"].outcome_on == dt.date(2024, 1, 16)
    assert claims["programme"].days_late == 381
    assert claims["programme"].first_deadline_met is False
    assert claims["programme"].slippage_days == 0  # never restated: the deadline did not move
    assert claims["launch"].deadline_start == dt.date(2024, 12, 31)
    assert claims["launch"].deadline_end is None
    assert claims["certification"].status == "missed"
    assert (claims["certification"].deadline_start, claims["certification"].deadline_end) == (
        dt.date(2025, 1, 1),
        dt.date(2025, 12, 31),
    )
    assert claims["membership"].status == "undated"
    assert set(claims["certification"].partners.values_list("slug", flat=True)) == {
        "orange",
        "capgemini",
    }


def test_the_slippage_report_lists_each_claim_with_status_and_slippage(now):
    bleu_story()
    report = run("slippage_report")
    lines = report.splitlines()
    assert lines[0].split()[:3] == ["Promiser", "Statement", "Status"]
    readiness = next(line for line in lines if "readiness programme" in line)
    assert "fulfilled late" in readiness
    assert "MISSED" in readiness and " 381 " in readiness
    assert "4 claim(s)." in report


def test_the_slippage_report_says_so_when_the_ledger_is_empty():
    assert "No claims recorded." in run("slippage_report")


def sign_in_request():
    # django-axes (the login lockout) counts attempts per request: authenticate() needs one.
    return RequestFactory().post("/admin/login/")


def test_ensure_admin_prints_a_random_password_once_and_never_resets_it():
    first = run("ensure_admin")
    password = first.split("Password: ")[1].split()[0]
    assert authenticate(sign_in_request(), username="admin", password=password) is not None
    second = run("ensure_admin")
    assert "already exists" in second
    assert password not in second
    assert authenticate(sign_in_request(), username="admin", password=password) is not None
    get_user_model().objects.all().delete()
    assert run("ensure_admin").split("Password: ")[1].split()[0] != password


ROOT = Path(__file__).resolve().parents[2]


def make_run_commands() -> list[list[str]]:
    """The manage.py commands `make run` runs before it starts serving, read from the Makefile."""
    recipe = ROOT.joinpath("Makefile").read_text().split("\nrun:", 1)[1].split("\n\n", 1)[0]
    return [
        shlex.split(line.split("manage.py", 1)[1])
        for line in recipe.splitlines()
        if "manage.py" in line
    ]


def test_make_runs_start_migrates_loads_the_demo_and_creates_an_admin_on_fresh_sqlite(tmp_path):
    commands = make_run_commands()
    assert [command[0] for command in commands] == [
        "migrate",
        "load_demo",
        "refresh_forecasts",
        "ensure_admin",
    ]
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"DJANGO_SETTINGS_MODULE", "DATABASE_URL", "REDIS_URL", "EMAIL_URL"}
    }
    database = tmp_path / "pledgewatch.sqlite3"
    # The development defaults, on a fresh file; the broker in memory so that nothing queued
    # here lands in the repository's var/ for someone's worker.
    env.update(DATABASE_URL=f"sqlite:///{database}", CELERY_BROKER_URL="memory://")
    outputs = []
    for command in commands:
        result = subprocess.run(
            [sys.executable, "manage.py", *command],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=180,
        )
        assert result.returncode == 0, result.stderr
        outputs.append(result.stdout)
    assert "28 claims" in outputs[1] and "47 sources" in outputs[1]
    assert "open claim(s)" in outputs[2] and "from 2" in outputs[2]
    assert "Username: admin" in outputs[3]
    with contextlib.closing(sqlite3.connect(database)) as connection:
        (claims,) = connection.execute("select count(*) from claims_claim").fetchone()
        (promisers,) = connection.execute(
            "select count(distinct promiser_id) from claims_claim"
        ).fetchone()
        (forecasts,) = connection.execute(
            "select count(*) from claims_claimforecast where is_latest"
        ).fetchone()
    assert (claims, promisers) == (28, 13)
    assert forecasts >= 1
