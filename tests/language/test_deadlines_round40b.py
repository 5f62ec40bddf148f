"""Deadline phrasings the fortieth round taught the parser (helper b).

Written from the misses left over every readable batch once helper a's rules were in, grouped
by kind of phrase: each topic lists phrasings that failed before its rule and, as guards,
neighbours it already read. The sentences are invented. Every phrase is stated on STATED
(Monday 4 May 2026) unless its row says otherwise. Rows are `(phrase, start, end)`; dates are
ISO strings and None means "no such bound"; a row whose start and end are both "refused" is
refused.
"""

from __future__ import annotations

import datetime as dt

import pytest

from language.deadlines import DeadlineParseError, parse_deadline
from tests.language.deadline_specs import day as _d

STATED = dt.date(2026, 5, 4)
REFUSED = "refused"


def _check(phrase: str, start: str | None, end: str | None, stated_on: dt.date = STATED) -> None:
    if start == REFUSED:
        with pytest.raises(DeadlineParseError):
            parse_deadline(phrase, stated_on=stated_on)
        return
    window = parse_deadline(phrase, stated_on=stated_on)
    assert (window.start, window.end) == (_d(start), _d(end)), phrase


# --- A French past participle opening the phrase tells of the period gone by --------------


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    [
        # Taught: the participle, its noun cut off, is past: the Tuesday, the March gone by.
        ("inauguré mardi", REFUSED, REFUSED),
        ("signée en octobre", REFUSED, REFUSED),
        ("présenté à la presse en novembre", REFUSED, REFUSED),
        ("choisi en septembre", REFUSED, REFUSED),
        # Guards: the present without its accent, a noun, a period said to come, a
        # "d'ici", and a plural (often the second participle of a future auxiliary).
        ("dévoile mardi", "2026-05-05", "2026-05-05"),
        ("sortie en octobre", "2026-10-01", "2026-10-31"),
        ("lancée pour octobre", "2026-10-01", "2026-10-31"),
        ("lancée en octobre prochain", "2026-10-01", "2026-10-31"),
        ("lancée d'ici octobre", None, "2026-10-31"),
        ("publiés en décembre", "2026-12-01", "2026-12-31"),
    ],
)
def test_a_past_participle_opening_the_phrase_tells_of_the_period_gone_by(
    phrase: str, start: str | None, end: str | None
) -> None:
    _check(phrase, start, end)


# --- A year's targets, and a target at the year's end, are reached by that year -----------


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    [
        # Taught: the targets of a year are levels to reach by its end.
        ("the 2035 emissions targets", None, "2035-12-31"),
        ("its 2032 recycling targets", None, "2032-12-31"),
        ("2040 targets", None, "2040-12-31"),
        ("the group's 2027 year-end goal", None, "2027-12-31"),
        ("its 2028 end-of-year target", None, "2028-12-31"),
        # Guards: one target alone is left to the period (the labels read it both ways), a
        # deadline was already a "by", and a month's production target is that month.
        ("the 2029 target", "2029-01-01", "2029-12-31"),
        ("the 2029 filing deadline", None, "2029-12-31"),
        ("the June production target", "2026-06-01", "2026-06-30"),
    ],
)
def test_a_years_targets_are_reached_by_its_end(
    phrase: str, start: str | None, end: str | None
) -> None:
    _check(phrase, start, end)


# --- An event's edition named by its year is an event, not a date --------------------------


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    [
        # Taught: the edition of a fair, a prize or a summit, named by its year.
        ("l'édition 2027", REFUSED, REFUSED),
        ("the 2027 edition", REFUSED, REFUSED),
        ("the 2027 edition of the trade show", REFUSED, REFUSED),
        ("by the 2027 edition", REFUSED, REFUSED),
        # Guards: an edition dated by "in" is in that year, and a date after the edition's
        # year is read as that date.
        ("for its 50th edition in 2027", "2027-01-01", "2027-12-31"),
        ("le report de l'édition 2026 début septembre", "2026-09-01", "2026-09-30"),
    ],
)
def test_an_edition_named_by_its_year_is_an_event(
    phrase: str, start: str | None, end: str | None
) -> None:
    _check(phrase, start, end)
