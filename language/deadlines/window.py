"""What a deadline phrase becomes: a window of dates, its precision and qualifier."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from typing import NamedTuple


class Precision(StrEnum):
    DAY = "day"
    MONTH = "month"
    QUARTER = "quarter"
    HALF = "half"
    SEASON = "season"
    PART_OF_YEAR = "part_of_year"
    YEAR = "year"
    RELATIVE = "relative"


class Qualifier(StrEnum):
    BY = "by"
    IN = "in"
    BEFORE = "before"
    NOT_BEFORE = "not_before"
    WITHIN = "within"
    ON = "on"


def format_window(start: dt.date | None, end: dt.date | None) -> str:
    """A window in words, as every page, report and export shows it."""
    if start and end:
        return f"{start:%Y-%m-%d} to {end:%Y-%m-%d}"
    if end:
        return f"by {end:%Y-%m-%d}"
    if start:
        return f"not before {start:%Y-%m-%d} (no deadline)"
    return "no deadline"


class DeadlineParseError(ValueError):
    """The phrase holds no deadline; the message says why, for the editor."""


class DeadlineInPastError(DeadlineParseError):
    """The phrase names a date that had already passed when it was said: `window` is what it
    names, for callers that can explain it (an old promise reported by a later article)."""

    def __init__(self, message: str, *, window: DeadlineWindow) -> None:
        super().__init__(message)
        self.window = window


@dataclass(frozen=True)
class DeadlineWindow:
    """A deadline as inclusive dates: `end` is the deadline, `start` the earliest date.

    `unused` lists the words of the phrase that no rule read (filler words left out), as
    written, so the editor sees what the window ignored ("avant la rentree 2026" read as
    2026 alone would list "rentree").
    """

    text: str
    start: dt.date | None
    end: dt.date | None
    precision: str
    qualifier: str
    language: str
    unused: tuple[str, ...] = ()


class FoundDeadline(NamedTuple):
    """One deadline expression found by `find_deadlines` in a longer text."""

    text: str
    window: DeadlineWindow
    span: tuple[int, int]


MAX_PHRASE_LENGTH = 500
MAX_SCAN_LENGTH = 20_000
MIN_DATE = dt.date(1900, 1, 1)
MAX_DATE = dt.date(2100, 12, 31)
