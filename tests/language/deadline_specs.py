"""What the deadline spec tests read a phrase with: the day it is said, and its window in
the shapes the tests compare."""

from __future__ import annotations

import datetime as dt

import pytest

from language.deadlines import DeadlineParseError, find_deadlines, parse_deadline

STATED = dt.date(2025, 6, 12)  # a Thursday
JANUARY_10 = dt.date(2026, 1, 10)  # a Saturday


def window_of(
    phrase: str, stated_on: dt.date = STATED
) -> tuple[dt.date | None, dt.date | None, str]:
    window = parse_deadline(phrase, stated_on=stated_on)
    return window.start, window.end, window.qualifier


def day(iso: str | None) -> dt.date | None:
    return dt.date.fromisoformat(iso) if iso else None


def _on(stated_on: str) -> dt.date:
    return dt.date.fromisoformat(stated_on)


def assert_window(
    phrase: str, start: str | None, end: str | None, stated_on: dt.date = STATED
) -> None:
    """The phrase, said on `stated_on`, reads as the window from `start` to `end` (ISO days,
    None for an open bound)."""
    window = parse_deadline(phrase, stated_on=stated_on)
    assert (window.start, window.end) == (day(start), day(end)), phrase


def assert_window_on(phrase: str, stated_on: str, start: str | None, end: str | None) -> None:
    """`assert_window` for tables whose rows give the day said second, as an ISO string."""
    assert_window(phrase, start, end, _on(stated_on))


def assert_refused_on(phrase: str, stated_on: str) -> None:
    """The phrase, said on that ISO day, gives no window."""
    with pytest.raises(DeadlineParseError):
        parse_deadline(phrase, stated_on=_on(stated_on))


def found_on(text: str, stated_on: str) -> list[tuple[str, dt.date | None, dt.date | None]]:
    """Every deadline found in running text said on that ISO day: its words and window."""
    return [
        (found.text, found.window.start, found.window.end)
        for found in find_deadlines(text, stated_on=_on(stated_on))
    ]
