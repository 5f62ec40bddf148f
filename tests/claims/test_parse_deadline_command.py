"""`manage.py parse_deadline`: one line per phrase, stable for the tools that read it."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

PROJECT_ROOT = Path(__file__).resolve().parents[2]


def _run(*args: str) -> tuple[str, CommandError | None]:
    out = StringIO()
    try:
        call_command("parse_deadline", *args, stdout=out)
    except CommandError as exc:
        return out.getvalue(), exc
    return out.getvalue(), None


def test_it_prints_one_json_object_per_phrase_in_order() -> None:
    out, error = _run("--as-of", "2024-07-02", "--json", "by the end of 2024", "Q3 2025")
    assert error is None
    lines = [json.loads(line) for line in out.splitlines()]
    assert lines == [
        {
            "text": "by the end of 2024",
            "start": None,
            "end": "2024-12-31",
            "precision": "year",
            "qualifier": "by",
            "language": "en",
            "error": None,
        },
        {
            "text": "Q3 2025",
            "start": "2025-07-01",
            "end": "2025-09-30",
            "precision": "quarter",
            "qualifier": "in",
            "language": "en",
            "error": None,
        },
    ]


def test_it_reads_relative_phrases_against_the_as_of_date() -> None:
    out, _ = _run("--as-of", "2025-01-31", "--json", "within one month", "d'ici deux ans")
    ends = [json.loads(line)["end"] for line in out.splitlines()]
    assert ends == ["2025-02-28", "2027-01-31"]


def test_it_still_prints_every_line_and_fails_with_status_1_when_a_phrase_has_no_deadline() -> None:
    out, error = _run("--as-of", "2024-07-02", "--json", "soon", "d’ici fin 2025", "in 2300")
    records = [json.loads(line) for line in out.splitlines()]
    assert [r["text"] for r in records] == ["soon", "d’ici fin 2025", "in 2300"]
    assert records[0] == {
        "text": "soon",
        "start": None,
        "end": None,
        "precision": None,
        "qualifier": None,
        "language": None,
        "error": "'soon' is too vague to be a deadline: no date can be held against it.",
    }
    assert records[1]["end"] == "2025-12-31" and records[1]["error"] is None
    assert "outside the years" in records[2]["error"]
    assert error is not None and error.returncode == 1
    assert "2 of 3" in str(error)


def test_it_prints_a_readable_line_without_json() -> None:
    out, error = _run("--as-of", "2024-07-02", "by mid-2025", "bientôt")
    assert error is not None
    assert out.splitlines() == [
        "'by mid-2025': … to 2025-08-31 (by, part_of_year, en)",
        "'bientôt': error: 'bientôt' is too vague to be a deadline: no date can be held "
        "against it.",
    ]


def test_it_refuses_a_malformed_as_of_date() -> None:
    with pytest.raises(CommandError, match="'2024-13-02' is not a date"):
        call_command("parse_deadline", "--as-of", "2024-13-02", "in 2025", stdout=StringIO())


def test_as_of_defaults_to_today() -> None:
    out, _ = _run("--json", "next year")
    assert json.loads(out)["start"] == f"{dt.date.today().year + 1}-01-01"


def _manage(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "manage.py", "parse_deadline", *args],
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_process_exit_status_is_0_when_every_phrase_parses() -> None:
    done = _manage("--as-of", "2024-07-02", "--json", "in 2025", "le 1er juillet 2025")
    assert done.returncode == 0, done.stderr
    assert [json.loads(line)["end"] for line in done.stdout.splitlines()] == [
        "2025-12-31",
        "2025-07-01",
    ]


def test_process_exit_status_is_1_when_a_phrase_has_no_deadline() -> None:
    done = _manage("--as-of", "2024-07-02", "--json", "in 2025", "eventually")
    assert done.returncode == 1
    assert len(done.stdout.splitlines()) == 2
    assert "1 of 2 phrases hold no deadline" in done.stderr


def test_process_exit_status_is_2_for_a_malformed_as_of() -> None:
    done = _manage("--as-of", "July 2nd", "in 2025")
    assert done.returncode == 2
    assert "'July 2nd' is not a date: give it as YYYY-MM-DD" in done.stderr
    assert done.stdout == ""
