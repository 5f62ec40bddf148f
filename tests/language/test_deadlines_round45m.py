"""Mends after the review of the forty-fifth round's deadline rules (helper m, parser).

A review found five of the round's rules reading more than they meant. Each topic lists the
phrasings the rule misread, now read as the grammar says, and guards: the phrasings the rule
was written for, which it must still read. The phrasings are invented. Rows are `(phrase,
stated_on, start, end)`; dates are ISO strings and None means "no such bound".
"""

from __future__ import annotations

import datetime as dt

import pytest

from language.deadlines import DeadlineParseError, find_deadlines, parse_deadline
from tests.language.deadline_specs import assert_window_on
from tests.language.deadline_specs import day as _d

SAID = "2026-05-04"


def _found(text: str) -> list[tuple[str, dt.date | None, dt.date | None]]:
    return [
        (f.text, f.window.start, f.window.end)
        for f in find_deadlines(text, stated_on=dt.date.fromisoformat(SAID))
    ]


# --- Closing a year: only the year closed with something, and not the adjective ------------


@pytest.mark.parametrize(
    ("phrase", "stated_on", "start", "end"),
    [
        # A deal, a plant or a shop that closes "this year" or "next year" closes within it.
        ("The merger is expected to close this year", SAID, "2026-01-01", "2026-12-31"),
        ("the deal is expected to close next year", SAID, "2027-01-01", "2027-12-31"),
        # "Close" after an article is the adjective: the year names the race.
        ("a close 2027 race", SAID, "2027-01-01", "2027-12-31"),
        ("the close 2028 contest", SAID, "2028-01-01", "2028-12-31"),
        # Guards: the year is the verb's object, or is closed with something.
        ("to close 2028 with 60 branches", SAID, None, "2028-12-31"),
        ("close 2027", SAID, None, "2027-12-31"),
        ("to close this year with 90 stations", SAID, None, "2026-12-31"),
        ("hopes to close next year in the black", SAID, None, "2027-12-31"),
        ("closing this financial year in profit", SAID, None, "2026-12-31"),
        ("expects to end this year with 40 stores", SAID, None, "2026-12-31"),
        ("to end this year", SAID, None, "2026-12-31"),
    ],
)
def test_a_year_is_closed_only_as_the_verbs_object(
    phrase: str, stated_on: str, start: str | None, end: str | None
) -> None:
    assert_window_on(phrase, stated_on, start, end)


# --- A cup named by its year: a word before "cup" names it -------------------------------


@pytest.mark.parametrize(
    ("phrase", "stated_on", "start", "end"),
    [
        # A cup after an article or a word of counting is a cup, and the year is read.
        ("by 2030 every cup", SAID, None, "2030-12-31"),
        ("from 2026 the cup deposit", SAID, "2026-01-01", "2026-12-31"),
        ("by 2028 each cup sold", SAID, None, "2028-12-31"),
    ],
)
def test_a_cup_with_no_name_is_no_event(
    phrase: str, stated_on: str, start: str | None, end: str | None
) -> None:
    assert_window_on(phrase, stated_on, start, end)


def test_a_cup_after_the_year_in_running_text_keeps_the_year() -> None:
    found = _found("the levy rises in 2027 as the cup ban widens")
    assert [(t, s, e) for t, s, e in found] == [("in 2027", dt.date(2027, 1, 1), _d("2027-12-31"))]


@pytest.mark.parametrize(
    "phrase",
    [
        # Guards: a cup named by the word before it is still an event named by its year.
        "before the 2027 Africa Cup of Nations",
        "by the 2026 Asian Cup",
        "in time for the 2029 Nordic Cup",
    ],
)
def test_a_named_cup_is_still_an_event(phrase: str) -> None:
    with pytest.raises(DeadlineParseError, match="event"):
        parse_deadline(phrase, stated_on=dt.date.fromisoformat(SAID))


# --- "And" then a verb of ending: the same subject, and the verb ---------------------------


@pytest.mark.parametrize(
    ("phrase", "stated_on", "start", "end"),
    [
        # The noun "end", and another subject before the verb, tell of another thing: the
        # later deadline binds alone.
        ("in 2026 and the end of production by 2030", SAID, None, "2030-12-31"),
        ("in 2027 and the tower completes by 2029", SAID, None, "2029-12-31"),
        ("in 2027 and the line finishes by 2029", SAID, None, "2029-12-31"),
        ("en 2027 et la gare sera achevée d'ici 2029", SAID, None, "2029-12-31"),
        # Guards: the verb's own words between, the same piece of work.
        ("this month and aims to complete by December 2026", SAID, "2026-05-01", "2026-12-31"),
        ("in 2027 and should finish by 2029", SAID, "2027-01-01", "2029-12-31"),
        ("in 2027 and end in 2029", SAID, "2027-01-01", "2029-12-31"),
    ],
)
def test_and_then_ending_takes_no_other_subject(
    phrase: str, stated_on: str, start: str | None, end: str | None
) -> None:
    assert_window_on(phrase, stated_on, start, end)


# --- "Le plus" compares, it does not deny --------------------------------------------------


@pytest.mark.parametrize(
    "phrase",
    [
        "Le pont, le plus emprunté de la région, sera fermé pendant au moins 18 mois",
        "La ligne, la plus ancienne du réseau, sera rénovée pendant au moins deux ans",
        "Plus de 900 élèves y passent ; l'école sera fermée pendant au moins 6 mois",
        # Guard: no "plus" at all.
        "Le pont sera fermé pendant au moins 18 mois",
    ],
)
def test_le_plus_before_pendant_au_moins_is_no_denial(phrase: str) -> None:
    with pytest.raises(DeadlineParseError, match="how long"):
        parse_deadline(phrase, stated_on=dt.date.fromisoformat(SAID))


@pytest.mark.parametrize(
    ("phrase", "stated_on", "start", "end"),
    [
        # Guards: "ne ... plus", "ne ... pas" still deny, and the span is a floor.
        ("le pont ne rouvrira plus pendant au moins deux ans", SAID, "2028-05-04", None),
        ("le pont ne rouvrira pas pendant au moins deux ans", SAID, "2028-05-04", None),
    ],
)
def test_a_denial_before_pendant_au_moins_is_still_a_floor(
    phrase: str, stated_on: str, start: str | None, end: str | None
) -> None:
    assert_window_on(phrase, stated_on, start, end)


# --- "Until" the day after or before another: by that day ----------------------------------


@pytest.mark.parametrize(
    ("phrase", "stated_on", "start", "end"),
    [
        # "Jusqu'à" or "until" before the words that count a day: by that day, as "jusqu'à la
        # veille de Noël" (a named day) is.
        ("jusqu'au lendemain de Noël", SAID, None, "2026-12-26"),
        ("jusqu'au surlendemain de Noël", SAID, None, "2026-12-27"),
        ("jusqu'à la veille du 14 juillet", SAID, None, "2026-07-13"),
        ("d'ici le lendemain du 14 juillet", SAID, None, "2026-07-15"),
        ("until the day after Christmas", SAID, None, "2026-12-26"),
        ("by the day before 1 July", SAID, None, "2026-06-30"),
        # Guards: with no "until", the day itself.
        ("au lendemain de Noël", SAID, "2026-12-26", "2026-12-26"),
        ("le lendemain du 14 juillet", SAID, "2026-07-15", "2026-07-15"),
        ("the day after Christmas", SAID, "2026-12-26", "2026-12-26"),
    ],
)
def test_until_the_day_after_is_by_that_day(
    phrase: str, stated_on: str, start: str | None, end: str | None
) -> None:
    assert_window_on(phrase, stated_on, start, end)
