"""Deadline phrasings the forty-second round taught the parser (helper a).

Written from the forms `dev-blind81` and `dev-blind83` showed once read, and from the
readable misses of every batch, generalised to their neighbours: each topic lists phrasings
that failed before its rule and, as guards, neighbours it already read. The sentences are
invented. Every phrase is stated on STATED (Monday 4 May 2026) unless its row says
otherwise. Rows are `(phrase, start, end)`; dates are ISO strings and None means "no such
bound".
"""

from __future__ import annotations

import datetime as dt

import pytest

from language.deadlines import DeadlineParseError, parse_deadline
from tests.language.deadline_specs import day as _d

STATED = dt.date(2026, 5, 4)
TUESDAY = dt.date(2026, 5, 5)


def _check(phrase: str, start: str | None, end: str | None, stated_on: dt.date = STATED) -> None:
    window = parse_deadline(phrase, stated_on=stated_on)
    assert (window.start, window.end) == (_d(start), _d(end)), phrase


# --- "by" before a bare count of units says how far, not when --------------------------------


@pytest.mark.parametrize(
    "phrase", ["by one week", "by about three months", "by 2 years", "by a couple of weeks"]
)
def test_by_a_bare_count_of_units_is_the_size_of_a_move(phrase: str) -> None:
    with pytest.raises(DeadlineParseError, match="how far"):
        parse_deadline(phrase, stated_on=STATED)


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    [
        # Guards: counted from a time, or a period named after "by".
        ("by two weeks from now", None, "2026-05-18"),
        ("by next week", None, "2026-05-17"),
        ("within two weeks", None, "2026-05-18"),
        ("by one year from today", None, "2027-05-04"),
    ],
)
def test_by_a_count_from_a_time_is_still_a_deadline(
    phrase: str, start: str | None, end: str | None
) -> None:
    _check(phrase, start, end)


# --- Verbs of ending and latest dates ------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    [
        # Taught: "will conclude" as "will end"; "until as late as" as "until".
        ("the festival will conclude June 14", None, "2026-06-14"),
        ("talks would conclude on 30 September", None, "2026-09-30"),
        ("the vote can be held until as late as 20 November", None, "2026-11-20"),
        # Guards: "will end", and a move until a date stays the new date.
        ("the season will end on 14 June", None, "2026-06-14"),
        ("delayed until as late as 2029", "2029-01-01", "2029-12-31"),
    ],
)
def test_verbs_of_ending_and_latest_dates(phrase: str, start: str | None, end: str | None) -> None:
    _check(phrase, start, end)


# --- A deadline noun, a comma, then the verb that sets it ----------------------------------


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    [
        ("la date butoir, fixée au 15 juillet", None, "2026-07-15"),
        ("the deadline, set for October 2", None, "2026-10-02"),
        # Guard: without the comma, as before.
        ("la date limite fixée au 15 juillet", None, "2026-07-15"),
    ],
)
def test_a_deadline_noun_then_a_comma_then_its_setting(
    phrase: str, start: str | None, end: str | None
) -> None:
    _check(phrase, start, end)


# --- A weekday after a word of starting looks ahead -----------------------------------------


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    [
        # Taught: said on a Tuesday, "from Monday" is next week's Monday.
        ("prices go up from Monday", "2026-05-11", "2026-05-11"),
        ("à partir de lundi", "2026-05-11", "2026-05-11"),
        ("starting Monday", "2026-05-11", "2026-05-11"),
    ],
)
def test_a_weekday_after_a_word_of_starting_is_the_coming_one(
    phrase: str, start: str | None, end: str | None
) -> None:
    _check(phrase, start, end, TUESDAY)


@pytest.mark.parametrize(
    "phrase", ["on Monday", "dès ce lundi", "From Monday, the fares were raised"]
)
def test_yesterdays_weekday_is_gone_by_without_a_word_of_starting(phrase: str) -> None:
    with pytest.raises(DeadlineParseError):
        parse_deadline(phrase, stated_on=TUESDAY)


# --- A year, then a time inside it with no year of its own ---------------------------------


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    [
        ("in 2027 from March 8-19", "2027-03-08", "2027-03-19"),
        ("in 2027, from March 8 to March 19", "2027-03-08", "2027-03-19"),
        ("en 2027, du 8 au 19 mars", "2027-03-08", "2027-03-19"),
        ("in 2027 in March", "2027-03-01", "2027-03-31"),
        # Guards: two years, and a second time with its own year.
        ("in 2027 and 2028", "2027-01-01", "2028-12-31"),
        ("in 2027 and in March 2028", "2027-01-01", "2028-03-31"),
    ],
)
def test_a_year_then_a_time_inside_it(phrase: str, start: str | None, end: str | None) -> None:
    _check(phrase, start, end)


# --- A start and an end said by their verbs ------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    [
        # Taught: "end" before a day is the verb; opening and closing are a start and an end.
        ("will begin on June 1 and end September 18", "2026-06-01", "2026-09-18"),
        ("nominations open on 1 June and close on 31 July", "2026-06-01", "2026-07-31"),
        (
            "les inscriptions ouvrent le 1er juin et ferment le 31 juillet",
            "2026-06-01",
            "2026-07-31",
        ),
        # Taught: ending right after a first day makes it the start, whatever verb said it.
        (
            "les travaux auront lieu le 8 juin pour s'achever le 3 juillet",
            "2026-06-08",
            "2026-07-03",
        ),
        # Guards: "end" before a month and a year is still a part; a start verb as before.
        ("by end June 2027", None, "2027-06-30"),
        ("débuteront le 8 juin et se termineront le 3 juillet", "2026-06-08", "2026-07-03"),
    ],
)
def test_a_start_and_an_end_make_one_range(phrase: str, start: str | None, end: str | None) -> None:
    _check(phrase, start, end)


# --- Before a time that falls on a day ------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    [
        # Taught: a named time without its article; a time set for a day, in French.
        ("before nomination day on 12 June", None, "2026-06-11"),
        ("bien avant l'ouverture prévue le 12 juin", None, "2026-06-11"),
        # Guards: with its article, as before; "d'ici" a time of a day is by that day.
        ("before the vote on 12 June", None, "2026-06-11"),
        ("avant la rentrée parlementaire d'octobre 2026", None, "2026-10-31"),
    ],
)
def test_before_a_time_that_falls_on_a_day(phrase: str, start: str | None, end: str | None) -> None:
    _check(phrase, start, end)


# --- French "et ce" inside a range -----------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    [
        ("dès ce lundi, et ce jusqu'au 30 juin", "2026-05-04", "2026-06-30"),
        ("à partir du 1er juin et ce jusqu'en septembre", "2026-06-01", "2026-09-30"),
        # Guard: without "ce".
        ("dès ce lundi et jusqu'au 30 juin", "2026-05-04", "2026-06-30"),
    ],
)
def test_et_ce_inside_a_range(phrase: str, start: str | None, end: str | None) -> None:
    _check(phrase, start, end)


# --- A weekday that fits a yearless day only the year after ---------------------------------


@pytest.mark.parametrize(
    ("phrase", "start", "end", "stated_on"),
    [
        # Taught: 7 July 2026 is a Tuesday; the next Wednesday 7 July is in 2027.
        ("le mercredi 7 juillet", "2027-07-07", "2027-07-07", STATED),
        ("Wednesday, July 7", "2027-07-07", "2027-07-07", STATED),
        # Guards: a weekday that fits the coming one; a slip near the day said stays put.
        ("le mardi 7 juillet", "2026-07-07", "2026-07-07", STATED),
        ("this Friday, Dec. 9", "2017-12-09", "2017-12-09", dt.date(2017, 11, 20)),
    ],
)
def test_a_weekday_moves_a_yearless_day_to_the_year_it_fits(
    phrase: str, start: str | None, end: str | None, stated_on: dt.date
) -> None:
    _check(phrase, start, end, stated_on)


# --- Two spans of years that share one, joined by "and" -------------------------------------


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    [
        ("les exercices 2027-2028 et 2028-2029", "2027-01-01", "2029-12-31"),
        ("fiscal years 2027-28 and 2028-29", "2027-01-01", "2029-12-31"),
        # Guard: two years apart, as before.
        ("in 2027 and 2029", "2027-01-01", "2029-12-31"),
    ],
)
def test_two_spans_of_years_sharing_one(phrase: str, start: str | None, end: str | None) -> None:
    _check(phrase, start, end)
