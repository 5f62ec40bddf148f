"""Deadline phrasings the thirty-ninth round taught the parser (helper b, second pass).

Written from the misses of the batches read for the first time in this pass (`dev-blind67`'s
and `dev-blind76`'s phrasings), generalised to their neighbours: each topic lists phrasings
that failed before its rule and, as guards, neighbours it already read. The sentences are
invented. Every phrase is stated on STATED (Monday 4 May 2026) unless its row says
otherwise. Rows are `(phrase, start, end)`; dates are ISO strings and None means "no such
bound".
"""

from __future__ import annotations

import datetime as dt

import pytest

from language.deadlines import DeadlineInPastError, DeadlineParseError, parse_deadline
from tests.language.deadline_specs import day as _d

STATED = dt.date(2026, 5, 4)


def _check(phrase: str, start: str | None, end: str | None, stated_on: dt.date = STATED) -> None:
    window = parse_deadline(phrase, stated_on=stated_on)
    assert (window.start, window.end) == (_d(start), _d(end)), phrase


# --- A fiscal period told by the day it closes on, whatever stands between (rule 1) -------


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    [
        # The closing told in the future.
        ("l'exercice qui sera clos le 30 janvier 2027", "2026-01-31", "2027-01-30"),
        ("pour l'exercice qui sera clos le\n31 janvier 2027", "2026-02-01", "2027-01-31"),
        # The company between the noun and its closing day.
        ("l'exercice de la Société qui sera clos le 30 janvier 2027", "2026-01-31", "2027-01-30"),
        ("l'exercice du groupe clos le 31 mars 2027", "2026-04-01", "2027-03-31"),
        # "exercice financier", as "exercice fiscal".
        (
            "au cours du prochain exercice financier qui se termine le 31 janvier 2027",
            "2026-02-01",
            "2027-01-31",
        ),
        # An ordinal before a quarter or a half told by its closing day says no more.
        ("le deuxième trimestre clos le 2 août 2026", "2026-05-03", "2026-08-02"),
        ("the second quarter ended August 2, 2026", "2026-05-03", "2026-08-02"),
        ("le second semestre clos le 31 décembre 2026", "2026-07-01", "2026-12-31"),
        # Guards, read before.
        ("l'exercice clos le 31 mars 2027", "2026-04-01", "2027-03-31"),
        ("le trimestre clos le 2 août 2026", "2026-05-03", "2026-08-02"),
        ("le deuxième trimestre 2026", "2026-04-01", "2026-06-30"),
        ("in the first half of the fiscal year ending March 31, 2027", "2026-04-01", "2026-09-30"),
    ],
)
def test_a_fiscal_period_told_by_its_closing_day(phrase: str, start: str, end: str) -> None:
    _check(phrase, start, end)


@pytest.mark.parametrize(
    "phrase",
    [
        "le troisième trimestre clos le 1er novembre 2025",
        "le premier trimestre clos le 3 mai 2026",
        "the fourth quarter ended January 31, 2026",
    ],
)
def test_a_quarter_closed_before_the_day_said_is_past(phrase: str) -> None:
    # Its ordinal once made it the next third quarter; the day it closed on tells it.
    with pytest.raises(DeadlineInPastError):
        parse_deadline(phrase, stated_on=STATED)


# --- A season named by its feast or its shops is December, not the feast's day (rule 12) --


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    [
        ("during the Christmas season", "2026-12-01", "2026-12-31"),
        ("the new line should be on shelves for the Christmas season", "2026-12-01", "2026-12-31"),
        ("ahead of the holiday shopping season this year", None, "2026-11-30"),
        ("the holiday shopping season this year", "2026-12-01", "2026-12-31"),
        ("by the festive season", None, "2026-12-31"),
        ("before the 2027 Christmas shopping season", None, "2027-11-30"),
        # Guards, read before: the feast itself is its day, the holiday season December.
        ("by Christmas", None, "2026-12-25"),
        ("during the holiday season", "2026-12-01", "2026-12-31"),
    ],
)
def test_a_season_named_by_its_feast_is_december(
    phrase: str, start: str | None, end: str | None
) -> None:
    _check(phrase, start, end)


# --- "Au cours des deux derniers mois" looks back: no deadline (rules 6, 17) --------------


@pytest.mark.parametrize(
    "phrase",
    [
        "au cours des deux derniers mois",
        "Au cours des trois dernières années, les ventes ont doublé",
        "dans les six derniers mois",
    ],
)
def test_the_last_months_counted_back_are_past(phrase: str) -> None:
    with pytest.raises(DeadlineParseError, match="looks back"):
        parse_deadline(phrase, stated_on=STATED)


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    [
        # Guards: the next months are ahead; the last months of a year are a part of it.
        ("au cours des deux prochains mois", None, "2026-07-04"),
        ("les deux derniers mois de 2026", "2026-11-01", "2026-12-31"),
        ("dans les trois dernières semaines de juin", "2026-06-10", "2026-06-30"),
    ],
)
def test_the_next_months_and_a_years_last_months_still_read(
    phrase: str, start: str | None, end: str | None
) -> None:
    _check(phrase, start, end)


# --- "Since" an event, then its time, looks back: the one gone by (rules 6, 17) ------------


@pytest.mark.parametrize(
    "phrase",
    [
        "depuis son démarrage en septembre",
        "depuis sa mise en service en octobre",
        "since its launch in November",
        "since the first delivery in December",
    ],
)
def test_since_an_event_in_a_month_is_the_month_gone_by(phrase: str) -> None:
    with pytest.raises(DeadlineInPastError):
        parse_deadline(phrase, stated_on=STATED)


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    [
        # Guards: the month alone is the coming one; a promise after it still binds.
        ("en septembre", "2026-09-01", "2026-09-30"),
        (
            "depuis son démarrage en septembre, l'usine sera agrandie d'ici 2027",
            None,
            "2027-12-31",
        ),
    ],
)
def test_a_month_without_since_is_still_ahead(
    phrase: str, start: str | None, end: str | None
) -> None:
    _check(phrase, start, end)


# --- A move with no new date tells when it was made: the month gone by (rules 6, 10, 17) --


@pytest.mark.parametrize(
    "phrase",
    [
        "the agency postponed the launch indefinitely in February",
        "the works were suspended indefinitely in March",
        "la mairie a reporté le chantier sine die en février",
    ],
)
def test_a_move_with_no_new_date_is_told_of_as_past(phrase: str) -> None:
    with pytest.raises(DeadlineInPastError):
        parse_deadline(phrase, stated_on=STATED)


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    [
        # Guards: a move to a month is its new date; one still to come keeps the coming one.
        ("the agency postponed the launch to February", "2027-02-01", "2027-02-28"),
        ("the launch will be postponed indefinitely in June", "2026-06-01", "2026-06-30"),
    ],
)
def test_a_move_to_a_month_still_reads_ahead(phrase: str, start: str, end: str) -> None:
    _check(phrase, start, end)


# --- "Au bout de 2026" is the end of the year, as "au terme de 2026" is (rule 2) ----------


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    [
        ("au bout de 2027", "2027-09-01", "2027-12-31"),
        ("la production démarrera au bout de l'année", "2026-09-01", "2026-12-31"),
        # Guards: a span after "au bout de" counts from the day said; "au terme de" as before.
        ("au bout de trois mois", "2026-08-04", None),
        ("au terme de 2027", "2027-09-01", "2027-12-31"),
    ],
)
def test_au_bout_de_a_period_is_its_end(phrase: str, start: str | None, end: str | None) -> None:
    _check(phrase, start, end)


# --- "... in 2027 and will finally be in 2028": the second replaces the first (rule 9) ----


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    [
        ("devait ouvrir en 2027 et le sera finalement en 2028", "2028-01-01", "2028-12-31"),
        ("was due in 2027 and will now open in 2028", "2028-01-01", "2028-12-31"),
        ("prévue en 2027 et désormais en 2029", "2029-01-01", "2029-12-31"),
        # Guards: two periods of one plan joined by "and" are still one range.
        ("12 new stores in 2027 and 15 in 2028", "2027-01-01", "2028-12-31"),
        ("le premier en 2027 et le second en 2029", "2027-01-01", "2029-12-31"),
    ],
)
def test_a_period_replaced_by_the_next_is_no_range(phrase: str, start: str, end: str) -> None:
    _check(phrase, start, end)
