"""Deadline phrasings the forty-first round taught the parser (helper c, its third pass).

Written from forms the article importer met in running text, generalised to their
neighbours: each topic lists phrasings that failed before its rule and, as guards,
neighbours it already read. The sentences are invented. Every phrase is stated on STATED
(Monday 4 May 2026) unless its row says otherwise. Rows are `(phrase, start, end)`; dates
are ISO strings and None means "no such bound".
"""

from __future__ import annotations

import datetime as dt

import pytest

from language.deadlines import DeadlineParseError, find_deadlines, parse_deadline
from tests.language.deadline_specs import day as _d

STATED = dt.date(2026, 5, 4)


def _check(phrase: str, start: str | None, end: str | None, stated_on: dt.date = STATED) -> None:
    window = parse_deadline(phrase, stated_on=stated_on)
    assert (window.start, window.end) == (_d(start), _d(end)), phrase


def _found(text: str, stated_on: dt.date = STATED) -> list[tuple[str | None, str | None]]:
    return [
        (
            f.window.start.isoformat() if f.window.start else None,
            f.window.end.isoformat() if f.window.end else None,
        )
        for f in find_deadlines(text, stated_on=stated_on)
    ]


# --- An event named by its day: the day is its date (a year only names it) ------------------


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    [
        # Taught: no verb between the event and its days.
        ("le salon du 3 au 7 juin à Lyon", "2026-06-03", "2026-06-07"),
        ("Le congrès du 9 juin 2026, à Montréal", "2026-06-09", "2026-06-09"),
        ("the summit of 18 September 2026", "2026-09-18", "2026-09-18"),
        # Guards: a verb between them, and no event.
        ("le salon aura lieu du 3 au 7 juin", "2026-06-03", "2026-06-07"),
        ("fermeture du site du 3 au 7 juin", "2026-06-03", "2026-06-07"),
    ],
)
def test_an_event_named_by_its_day_is_that_day(
    phrase: str, start: str | None, end: str | None
) -> None:
    _check(phrase, start, end)


@pytest.mark.parametrize(
    "phrase", ["le festival de 2027", "avant le salon 2027", "before the 2027 summit"]
)
def test_an_event_named_by_its_year_is_still_refused(phrase: str) -> None:
    with pytest.raises(DeadlineParseError):
        parse_deadline(phrase, stated_on=STATED)


def test_an_event_named_by_its_days_in_running_text() -> None:
    text = "Les exposants sont attendus au salon du 3 au 7 juin, à Lyon."
    assert _found(text) == [("2026-06-03", "2026-06-07")]


# --- Hours in brackets after a range's first day leave the range whole ----------------------


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    [
        # Taught: hours in brackets between the two days.
        ("du mardi 12 mai (de 8h à 18h) au vendredi 15 mai", "2026-05-12", "2026-05-15"),
        ("du 12 mai (8h-18h) au 15 mai", "2026-05-12", "2026-05-15"),
        ("de ce mardi 12 mai (de 8 à 18h) jusqu'au vendredi 15 mai", "2026-05-12", "2026-05-15"),
        ("from Tuesday, May 12 (8am to 6pm) to Friday, May 15", "2026-05-12", "2026-05-15"),
        ("from May 12 (8 a.m.) to May 15", "2026-05-12", "2026-05-15"),
        # Guards: no bracket, and a bracket that narrows a year (rule 21).
        ("du 12 au 15 mai", "2026-05-12", "2026-05-15"),
        ("du 12 mai à 8h au 15 mai", "2026-05-12", "2026-05-15"),
        ("in 2026 (June)", "2026-06-01", "2026-06-30"),
    ],
)
def test_hours_in_brackets_after_the_first_day_keep_the_range(
    phrase: str, start: str | None, end: str | None
) -> None:
    _check(phrase, start, end)


def test_hours_in_brackets_in_running_text() -> None:
    text = "Le guichet sera fermé du lundi 11 mai (de 9h à 12h) au mercredi 13 mai inclus."
    assert _found(text) == [("2026-05-11", "2026-05-13")]


# --- The French new year: "le Nouvel An" is 1 January, "l'an neuf" the next year -----------


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    [
        # Taught: "le Nouvel An" is New Year's Day, as "New Year" is.
        ("d'ici le Nouvel An", None, "2027-01-01"),
        ("au nouvel an", "2027-01-01", "2027-01-01"),
        ("le Nouvel An 2028", "2028-01-01", "2028-01-01"),
        # Taught: the passage to the new year is its first day.
        ("pour le passage à l'an neuf", "2027-01-01", "2027-01-01"),
        ("au passage à la nouvelle année", "2027-01-01", "2027-01-01"),
        ("d'ici le passage au nouvel an", None, "2027-01-01"),
        # Taught: "l'an neuf" is the new year, as "la nouvelle année" is.
        ("d'ici l'an neuf", None, "2027-01-01"),
        ("dans l'an neuf", "2027-01-01", "2027-12-31"),
        # Guards: the forms already read.
        ("d'ici la nouvelle année", None, "2027-01-01"),
        ("le jour de l'an", "2027-01-01", "2027-01-01"),
        ("by New Year", None, "2027-01-01"),
        ("in the new year", "2027-01-01", "2027-12-31"),
    ],
)
def test_the_french_new_year(phrase: str, start: str | None, end: str | None) -> None:
    _check(phrase, start, end)


@pytest.mark.parametrize("phrase", ["avant le Nouvel An chinois", "le nouvel an lunaire"])
def test_another_calendars_new_year_is_no_date(phrase: str) -> None:
    with pytest.raises(DeadlineParseError):
        parse_deadline(phrase, stated_on=STATED)


def test_the_new_year_in_running_text() -> None:
    text = "La nouvelle ligne devrait ouvrir au passage à l'an neuf, selon la mairie."
    assert _found(text) == [("2027-01-01", "2027-01-01")]


# --- "prochains", "derniers" after two months: the plural of "prochain", "dernier" ------------

DECEMBER = dt.date(2026, 12, 1)


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    [
        # Taught: the plural after the last of two months joined.
        ("en août et octobre prochains", "2027-08-01", "2027-10-31"),
        ("entre septembre et novembre prochains", "2027-09-01", "2027-11-30"),
        ("les travaux de juillet et octobre prochains", "2027-07-01", "2027-10-31"),
        # Guards: the singular, and a month with its year.
        ("en octobre prochain", "2027-10-01", "2027-10-31"),
        ("en août et octobre 2027", "2027-08-01", "2027-10-31"),
    ],
)
def test_the_plural_of_next_after_two_months(
    phrase: str, start: str | None, end: str | None
) -> None:
    _check(phrase, start, end, DECEMBER)


def test_the_plural_of_last_after_two_months_is_gone_by() -> None:
    text = "Les réunions de mai et juin derniers ont fixé le calendrier."
    assert _found(text, dt.date(2027, 2, 1)) == [("2026-05-01", "2026-06-30")]


# --- "the next half-decade": five years from the day said, as "the next decade" is ten -----


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    [
        # Taught.
        ("over the next half-decade", None, "2031-05-04"),
        ("throughout the coming half decade", None, "2031-05-04"),
        # Guards: the decade.
        ("over the next decade", None, "2036-05-04"),
        ("early next decade", "2030-01-01", "2032-12-31"),
    ],
)
def test_the_next_half_decade_is_five_years(
    phrase: str, start: str | None, end: str | None
) -> None:
    _check(phrase, start, end)


def test_the_next_half_decade_has_no_parts() -> None:
    with pytest.raises(DeadlineParseError):
        parse_deadline("early next half-decade", stated_on=STATED)


def test_the_next_half_decade_in_running_text() -> None:
    text = "The chain plans 40 new shops throughout the next half-decade."
    assert _found(text) == [(None, "2031-05-04")]
