"""Parse deadline phrases from the command line, as the admin and the importer would.

Other tools read this output, so its shape is stable: one line per phrase, in order; with
--json each line is an object with the keys text, start, end, precision, qualifier,
language and error. The exit status is 0 when every phrase parsed, 1 otherwise, and 2 for
a malformed --as-of.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from language.deadlines import DeadlineParseError, DeadlineWindow, parse_deadline


def _iso_date(value: str) -> dt.date:
    """argparse type for --as-of: an ISO date, or a usage error (exit status 2)."""
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"'{value}' is not a date: give it as YYYY-MM-DD, e.g. 2025-03-31."
        ) from None


def deadline_record(text: str, window: DeadlineWindow | None, error: str | None) -> dict[str, Any]:
    """The JSON record of one phrase; absent values are null."""
    return {
        "text": text,
        "start": window.start.isoformat() if window and window.start else None,
        "end": window.end.isoformat() if window and window.end else None,
        "precision": window.precision if window else None,
        "qualifier": window.qualifier if window else None,
        "language": window.language if window else None,
        "error": error,
    }


def _readable(record: dict[str, Any]) -> str:
    if record["error"]:
        return f"{record['text']!r}: error: {record['error']}"
    return (
        f"{record['text']!r}: {record['start'] or '…'} to {record['end'] or '…'} "
        f"({record['qualifier']}, {record['precision']}, {record['language']})"
    )


class Command(BaseCommand):
    help = "Parse deadline phrases into windows (start, end, precision, qualifier, language)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--as-of",
            type=_iso_date,
            default=None,
            help="The date the phrases were stated on (YYYY-MM-DD); default: today.",
        )
        parser.add_argument("--json", action="store_true", help="One JSON object per line.")
        parser.add_argument("phrases", nargs="+", metavar="PHRASE")

    def handle(self, *args: Any, **options: Any) -> None:
        stated_on: dt.date = options["as_of"] or dt.date.today()
        failures = 0
        for phrase in options["phrases"]:
            try:
                record = deadline_record(phrase, parse_deadline(phrase, stated_on=stated_on), None)
            except DeadlineParseError as exc:
                failures += 1
                record = deadline_record(phrase, None, str(exc))
            line = json.dumps(record, ensure_ascii=False) if options["json"] else _readable(record)
            self.stdout.write(line)
        if failures:
            # Every line is printed first: a caller learns about all phrases at once.
            raise CommandError(
                f"{failures} of {len(options['phrases'])} phrases hold no deadline.", returncode=1
            )
