"""What the deadline spec tests read a phrase with: the day it is said, and its window in
the shapes the tests compare."""

from __future__ import annotations

import datetime as dt

from language.deadlines import parse_deadline

STATED = dt.date(2025, 6, 12)  # a Thursday
JANUARY_10 = dt.date(2026, 1, 10)  # a Saturday


def window_of(
    phrase: str, stated_on: dt.date = STATED
) -> tuple[dt.date | None, dt.date | None, str]:
    window = parse_deadline(phrase, stated_on=stated_on)
    return window.start, window.end, window.qualifier


def day(iso: str | None) -> dt.date | None:
    return dt.date.fromisoformat(iso) if iso else None
