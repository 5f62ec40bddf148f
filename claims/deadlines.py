"""Turn what vendors say about a deadline into a date window.

INTERIM VERSION: the interface is final, the grammar is not (issue 3 replaces the body).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from django.db import models


class Precision(models.TextChoices):
    DAY = "day", "day"
    MONTH = "month", "month"
    QUARTER = "quarter", "quarter"
    HALF = "half", "half-year"
    SEASON = "season", "season"
    PART_OF_YEAR = "part_of_year", "part of year"
    YEAR = "year", "year"
    RELATIVE = "relative", "relative span"


class Qualifier(models.TextChoices):
    BY = "by", "by"
    IN = "in", "in / during"
    BEFORE = "before", "before"
    NOT_BEFORE = "not_before", "not before"
    WITHIN = "within", "within"
    ON = "on", "on"


class DeadlineParseError(ValueError):
    """The phrase holds no deadline; the message says why, for the editor."""


@dataclass(frozen=True)
class DeadlineWindow:
    text: str
    start: dt.date | None
    end: dt.date | None
    precision: str
    qualifier: str
    language: str


_BY_END_OF_YEAR = re.compile(r"\b(?:by|d'ici)\s+(?:the\s+)?(?:end\s+of\s+|fin\s+)?(\d{4})\b", re.I)
_IN_YEAR = re.compile(r"\b(?:in|en)?\s*(\d{4})\b", re.I)


def parse_deadline(text: str, *, stated_on: dt.date) -> DeadlineWindow:
    """Parse one deadline phrase stated on `stated_on` into a window, or raise DeadlineParseError."""
    phrase = (text or "").strip()
    if not phrase:
        raise DeadlineParseError("The deadline text is empty.")
    if m := _BY_END_OF_YEAR.search(phrase):
        year = int(m.group(1))
        return DeadlineWindow(phrase, None, dt.date(year, 12, 31), Precision.YEAR, Qualifier.BY, "en")
    if m := _IN_YEAR.search(phrase):
        year = int(m.group(1))
        return DeadlineWindow(
            phrase, dt.date(year, 1, 1), dt.date(year, 12, 31), Precision.YEAR, Qualifier.IN, "en"
        )
    raise DeadlineParseError(f"No deadline found in {phrase!r}.")
