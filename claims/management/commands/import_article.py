"""Import a news article: store it as a Source and list the draft claims found in it.

    manage.py import_article https://example.org/news/bleu.html
    manage.py import_article article.txt --published 2024-01-16 --publisher "Trade press"
    cat article.txt | manage.py import_article - --json

Other tools read the --json output, so its shape is stable: one JSON object per draft, one
per line, with the keys quote, promiser, subject, category, deadline_text, start, end,
stated_on and reason (dates as YYYY-MM-DD, absent values null). The summary goes to stderr
with --json and to stdout otherwise. Importing an article again changes nothing and says so.
The exit status is 1 when the article cannot be imported (nothing is stored then), 2 for a
malformed argument.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from claims.models import ClaimDraft
from claims.services import ARTICLE_MAX_BYTES, ArticleImportError, article_import


def _iso_date(value: str) -> dt.date:
    """argparse type for --published: an ISO date, or a usage error (exit status 2)."""
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"'{value}' is not a date: give it as YYYY-MM-DD, e.g. 2024-01-16."
        ) from None


def draft_record(draft: ClaimDraft) -> dict[str, Any]:
    """The JSON record of one draft; absent values are null."""
    promiser = draft.promiser if draft.promiser_id else None
    return {
        "quote": draft.quote,
        "promiser": promiser.name if promiser is not None else draft.promiser_name or None,
        "subject": draft.subject or None,
        "category": draft.category,
        "deadline_text": draft.deadline_text or None,
        "start": draft.start.isoformat() if draft.start else None,
        "end": draft.end.isoformat() if draft.end else None,
        "stated_on": draft.stated_on.isoformat(),
        "reason": draft.reason,
    }


def read_text(data: bytes, name: str) -> str:
    """A text file's content as text, or a CommandError for a binary or oversized one."""
    if len(data) > ARTICLE_MAX_BYTES:
        raise CommandError(
            f"{name} is {len(data):,} bytes; an article is at most {ARTICLE_MAX_BYTES:,}.",
            returncode=1,
        )
    if b"\x00" in data[:65536]:
        raise CommandError(f"{name} is a binary file, not an article's text.", returncode=1)
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise CommandError(f"{name} is not text in UTF-8 or Windows-1252.", returncode=1)


class Command(BaseCommand):
    help = "Import a news article (URL, file or - for stdin) as a source with draft claims."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("article", metavar="URL|PATH|-", help="The article: URL, file or -.")
        parser.add_argument(
            "--published",
            type=_iso_date,
            default=None,
            help="Publication date (YYYY-MM-DD); default: the one the page or byline gives.",
        )
        parser.add_argument("--publisher", default="", help="Who published it.")
        parser.add_argument("--title", default="", help="Title; default: the page's or line 1.")
        parser.add_argument("--json", action="store_true", help="One JSON object per draft.")

    def handle(self, *args: Any, **options: Any) -> None:
        target: str = options["article"]
        url = text = None
        if target.startswith(("http://", "https://")):
            url = target
        elif target == "-":
            text = read_text(sys.stdin.buffer.read(ARTICLE_MAX_BYTES + 1), "standard input")
        else:
            path = Path(target)
            if not path.is_file():
                raise CommandError(f"{target}: no such file (nor an http(s) URL).", returncode=1)
            with path.open("rb") as handle:
                text = read_text(handle.read(ARTICLE_MAX_BYTES + 1), target)
        try:
            result = article_import(
                url=url,
                text=text,
                title=options["title"],
                published_on=options["published"],
                publisher=options["publisher"],
            )
        except ArticleImportError as error:
            raise CommandError(f"{error} Nothing was stored.", returncode=1) from error
        if options["json"]:
            for draft in result.drafts:
                self.stdout.write(json.dumps(draft_record(draft), ensure_ascii=False))
            self.stderr.write(result.summary)
            return
        self.stdout.write(result.summary)
        for draft in result.drafts:
            record = draft_record(draft)
            window = f"{record['start'] or '…'} to {record['end'] or '…'}"
            deadline = (
                f"{record['deadline_text']!r} ({window})" if record["deadline_text"] else "undated"
            )
            self.stdout.write(
                f"- [{draft.get_state_display()}] {record['promiser']}: {draft.statement}\n"
                f"  deadline {deadline}, stated {record['stated_on']}, {record['category']}\n"
                f"  why: {record['reason']}"
            )
