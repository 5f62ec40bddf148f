"""Deadline phrasings the forty-first round taught the parser (helper b, its second pass).

Written from two behaviours the round's first pass noticed, and from the misses left over
every readable batch, generalised to their neighbours: each topic lists phrasings that failed
before its rule and, as guards, neighbours it already read. The sentences are invented. Every
phrase is stated on STATED (Monday 4 May 2026) unless its row says otherwise. Rows are
`(phrase, start, end)`; dates are ISO strings and None means "no such bound".
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


# --- "this Friday, Dec. 12" when the 12th is a Saturday: a slip, not last year's day --------

# Tuesday 10 November 2026: 12 December 2026 is a Saturday, 12 December 2025 was a Friday.
NOVEMBER = dt.date(2026, 11, 10)


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    [
        # Taught: a weekday that does not fit the coming day no longer sends it a year back.
        ("this Friday, Dec. 12", "2026-12-12", "2026-12-12"),
        ("on Friday, December 12", "2026-12-12", "2026-12-12"),
        ("by Friday, Dec. 12", None, "2026-12-12"),
        ("ce vendredi 12 décembre", "2026-12-12", "2026-12-12"),
        # Guards: a weekday that fits the coming day, and a day with its year.
        ("Saturday, Dec. 12", "2026-12-12", "2026-12-12"),
        ("Friday, Dec. 11", "2026-12-11", "2026-12-11"),
        ("Saturday, December 12, 2026", "2026-12-12", "2026-12-12"),
    ],
)
def test_a_weekday_that_does_not_fit_does_not_move_the_day_a_year_back(
    phrase: str, start: str | None, end: str | None
) -> None:
    _check(phrase, start, end, NOVEMBER)


@pytest.mark.parametrize(
    ("phrase", "stated_on"),
    [
        # Guards: a day gone by a few weeks before, on that weekday, is still that one, past.
        ("as early as Wednesday, January 24", dt.date(2024, 2, 2)),
        ("by Friday, December 12", dt.date(2026, 1, 10)),
    ],
)
def test_a_weekday_still_names_a_day_just_gone_by(phrase: str, stated_on: dt.date) -> None:
    with pytest.raises(DeadlineInPastError):
        parse_deadline(phrase, stated_on=stated_on)


# --- "by next spring or possibly summer": the season after "next" one comes after it -------


@pytest.mark.parametrize(
    ("phrase", "start", "end", "stated_on"),
    [
        # Taught: said after spring's middle, "next spring" is next year's, and the summer
        # offered after it is the one that follows it, not the one before it.
        ("by next spring or possibly summer", None, "2027-08-31", STATED),
        ("next spring or summer", "2027-03-01", "2027-08-31", STATED),
        ("d'ici le printemps prochain ou peut-être l'été", None, "2027-08-31", STATED),
        ("between next spring and summer", "2027-03-01", "2027-08-31", STATED),
        ("next June or July", "2027-06-01", "2027-07-31", dt.date(2026, 7, 10)),
        # Guards: said before spring's middle, this spring; a bare spring; "this" as before.
        ("by next spring or possibly summer", None, "2026-08-31", dt.date(2026, 1, 15)),
        ("by spring or possibly summer", None, "2026-08-31", STATED),
        ("between this autumn and next spring", "2026-09-01", "2027-05-31", STATED),
    ],
)
def test_a_period_after_a_next_one_is_the_occurrence_after_it(
    phrase: str, start: str | None, end: str | None, stated_on: dt.date
) -> None:
    _check(phrase, start, end, stated_on)


# --- "between the middle and the end of 2027": two parts of one period ----------------------


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    [
        # Taught: two parts joined by "and" or "or" share the period named after the second,
        # the first with its "of" left out: from the first part's start to the second's end.
        ("between the middle and the end of 2028", "2028-05-01", "2028-12-31"),
        ("between the start and the middle of next year", "2027-01-01", "2027-08-31"),
        ("in the middle or at the end of 2028", "2028-05-01", "2028-12-31"),
        ("entre le début et le milieu de 2028", "2028-01-01", "2028-08-31"),
        ("au milieu ou à la fin de l'année prochaine", "2027-05-01", "2027-12-31"),
        ("entre le milieu et la fin des années 2030", "2033-01-01", "2039-12-31"),
        ("début ou mi-2028", "2028-01-01", "2028-08-31"),
        ("by early or mid 2028", None, "2028-08-31"),
        # Guards: the parts joined by "to", and two periods each with its part, as before.
        ("early to mid 2028", "2028-01-01", "2028-08-31"),
        ("between the end of 2027 and the end of 2028", "2027-09-01", "2028-12-31"),
        ("late 2027 and early 2028", "2027-09-01", "2028-04-30"),
    ],
)
def test_two_parts_joined_by_and_or_or_share_one_period(
    phrase: str, start: str | None, end: str | None
) -> None:
    _check(phrase, start, end)


# --- "on the fifth or ninth of next month": days in words, or two days, of a month named ----


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    [
        # Taught: a day in words before "of this month" or "of next month", and two days
        # joined by "or", "and" or "to", the range from the first to the last.
        ("on the fifth of next month", "2026-06-05", "2026-06-05"),
        ("by the twenty-second of this month", None, "2026-05-22"),
        ("on the fifth or ninth of next month", "2026-06-05", "2026-06-09"),
        ("the 18th or 21st of this month", "2026-05-18", "2026-05-21"),
        ("from the 3rd to the 7th of next month", "2026-06-03", "2026-06-07"),
        # Guards: one day in digits, a day in words before a month's name, a day alone.
        ("by the 20th of next month", None, "2026-06-20"),
        ("on the fifth of June", "2026-06-05", "2026-06-05"),
        ("by the 15th", None, "2026-05-15"),
    ],
)
def test_days_in_words_or_two_days_of_this_or_next_month(
    phrase: str, start: str | None, end: str | None
) -> None:
    _check(phrase, start, end)
