"""Dates and deadline windows in the active language, for pages and e-mails.

`language.deadlines.format_window` is the ledger's one plain form ("by 2025-12-31"), which
exports, webhooks and the admin's lists keep; this is its translated twin for readers. In
English both give the same text; in French, "au plus tard le 31 décembre 2025".
"""

from __future__ import annotations

import datetime as dt

from django.utils import formats
from django.utils.translation import get_language, gettext

LEDGER_DATE_FORMAT = "LEDGER_DATE_FORMAT"


def ledger_date(value: dt.date | None) -> str:
    """A ledger date as the active language writes it (config/formats/<lang>/formats.py)."""
    if value is None:
        return ""
    pattern = formats.get_format(LEDGER_DATE_FORMAT)
    if pattern == LEDGER_DATE_FORMAT:  # a language without our formats module: Django's own
        pattern = formats.get_format("DATE_FORMAT")
    text = formats.date_format(value, pattern)
    # French writes the first of the month as an ordinal: "1er janvier 2026".
    if value.day == 1 and (get_language() or "").startswith("fr") and text.startswith("1 "):
        text = "1er " + text[2:]
    return text


def window_display(start: dt.date | None, end: dt.date | None) -> str:
    """A deadline window in words, in the active language."""
    if start and end:
        return gettext("%(start)s to %(end)s") % {
            "start": ledger_date(start),
            "end": ledger_date(end),
        }
    if end:
        return gettext("by %(end)s") % {"end": ledger_date(end)}
    if start:
        return gettext("not before %(start)s (no deadline)") % {"start": ledger_date(start)}
    return gettext("no deadline")
