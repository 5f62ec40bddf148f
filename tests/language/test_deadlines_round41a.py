"""Deadline phrasings the forty-first round taught the parser (helper a).

Written from the misses of the batches read for the first time this round (`dev-blind80`'s
and `dev-blind82`'s phrasings) and generalised to their neighbours: each topic lists
phrasings that failed before its rule and, as guards, neighbours it already read. The
sentences are invented. Every phrase is stated on STATED (Monday 4 May 2026) unless its row
says otherwise. Rows are `(phrase, start, end)`; dates are ISO strings and None means "no
such bound".
"""

from __future__ import annotations

import datetime as dt

import pytest

from language.deadlines import DeadlineInPastError, parse_deadline
from tests.language.deadline_specs import day as _d

STATED = dt.date(2026, 5, 4)


def _check(phrase: str, start: str | None, end: str | None, stated_on: dt.date = STATED) -> None:
    window = parse_deadline(phrase, stated_on=stated_on)
    assert (window.start, window.end) == (_d(start), _d(end)), phrase


# --- "This November 30": a day of the stated year, not the month ----------------------------


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    [
        # Taught: "this" before a month and its day no longer drops the day.
        ("This September 15", "2026-09-15", "2026-09-15"),
        ("the filing is due this June 1st", "2026-06-01", "2026-06-01"),
        ("by this December 31", None, "2026-12-31"),
        # Guards: the month alone, the day with its year, the weekday form.
        ("this September", "2026-09-01", "2026-09-30"),
        ("this Sept. 15, 2027", "2027-09-15", "2027-09-15"),
        ("September 15 this year", "2026-09-15", "2026-09-15"),
        ("this Friday, May 8", "2026-05-08", "2026-05-08"),
    ],
)
def test_this_before_a_month_and_its_day_names_the_day(
    phrase: str, start: str | None, end: str | None
) -> None:
    _check(phrase, start, end)


def test_this_before_a_day_gone_by_is_the_stated_years_and_refused() -> None:
    # As "this March" said in May is refused, so is "this March 20": not next year's.
    with pytest.raises(DeadlineInPastError):
        parse_deadline("this March 20", stated_on=STATED)
