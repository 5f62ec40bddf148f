"""Deadline phrasings the thirty-ninth round taught the parser (helper a).

Written from the misses of the batches read for the first time this round (`dev-blind66`'s
and `dev-blind68`'s phrasings) and of the other readable batches, and generalised to their
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


# --- "The following year", "l'année suivante": the one after a time given elsewhere --------


@pytest.mark.parametrize(
    "phrase",
    [
        "the following year",
        "with full output over the following year",
        "l'année suivante",
        "les livraisons commenceront l’année suivante",
        "durant l'hiver suivant",
        "the following winter",
        "l'exercice suivant",
    ],
)
def test_the_following_year_points_to_a_date_given_elsewhere(phrase):
    with pytest.raises(DeadlineParseError, match="points to a date given elsewhere"):
        parse_deadline(phrase, stated_on=STATED)


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    [
        # With its year in the phrase, it is read from it or beside it.
        ("en 2027 et l'année suivante", "2027-01-01", "2027-12-31"),
        # A law's "month following" is next month's (rule 14); a day in brackets is read.
        ("le premier jour du mois suivant", "2026-06-01", "2026-06-01"),
        ("le dimanche suivant (22 novembre)", "2026-11-22", "2026-11-22"),
        # "next year", "l'année prochaine" still count from the day said.
        ("next year", "2027-01-01", "2027-12-31"),
        ("l'année prochaine", "2027-01-01", "2027-12-31"),
    ],
)
def test_the_following_year_guards(phrase, start, end):
    _check(phrase, start, end)


def test_the_following_year_in_running_text_follows_the_year_named_before():
    # In an article it is the year after the last one named before it, else it is left out.
    text = "Production will start in 2027, with deliveries by the end of the following year."
    found = find_deadlines(text, stated_on=STATED)
    assert [(f.text, f.window.start, f.window.end) for f in found] == [
        ("in 2027", _d("2027-01-01"), _d("2027-12-31")),
        ("by the end of the following year", None, _d("2028-12-31")),
    ]
    assert find_deadlines("Les livraisons commenceront l'année suivante.", stated_on=STATED) == []


# --- A part of the day between "by" or "until" and its day keeps the "by" ---------------------


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    [
        ("until the morning of Sept. 3", None, "2026-09-03"),
        ("by the evening of June 12", None, "2026-06-12"),
        # Guards: read so already; a time of day already kept the "by"; alone, the evening
        # is the day.
        ("no later than the afternoon of 30 June", None, "2026-06-30"),
        ("d'ici le soir du 3 juin", None, "2026-06-03"),
        ("by 5 p.m. on June 12", None, "2026-06-12"),
        ("on the evening of June 12", "2026-06-12", "2026-06-12"),
    ],
)
def test_a_part_of_the_day_keeps_the_by(phrase, start, end):
    _check(phrase, start, end)


# --- French hours set with spaces: "à 22 h 30" --------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    [
        (
            "du mercredi 3 juin à 22 h 30 au vendredi 5 juin à 5 h 00",
            "2026-06-03",
            "2026-06-05",
        ),
        ("du 3 juin à 22 h 30 au 5 juin", "2026-06-03", "2026-06-05"),
        ("le 5 juin à 17 h 30 au plus tard", None, "2026-06-05"),
        # Guards: the hours written without spaces.
        ("du 3 juin à 22h30 au 5 juin à 5h00", "2026-06-03", "2026-06-05"),
        ("du 12 juin 2026 à 17:00 au 30 juin 2026", "2026-06-12", "2026-06-30"),
    ],
)
def test_spaced_french_hours_in_a_range(phrase, start, end):
    _check(phrase, start, end)


# --- "se finir" is a verb of ending, as "se terminer" is ---------------------------------------


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    [
        ("pour se finir en 2028", None, "2028-12-31"),
        ("les travaux se finiront fin 2027", None, "2027-12-31"),
        # A start and an end said of one piece of work: one range (rule 9).
        ("qui démarreront en 2027 pour se finir en 2028", "2027-01-01", "2028-12-31"),
        # Guards: "se terminer" already was; "finir les travaux" is an act in the period.
        ("pour se terminer en 2028", None, "2028-12-31"),
        ("pour finir les travaux en fin juin", "2026-06-01", "2026-06-30"),
    ],
)
def test_se_finir_ends_then(phrase, start, end):
    _check(phrase, start, end)


# --- Two periods after a comma, a few words saying what the second is: one range -------------


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    [
        ("La première ligne ouvrira en 2027, la seconde en 2029", "2027-01-01", "2029-12-31"),
        ("en 2027, pour une livraison en 2029", "2027-01-01", "2029-12-31"),
        ("the first hall in 2027, the second in 2028", "2027-01-01", "2028-12-31"),
        # Guards: a plan given up, a move, a denial, a sequence told are no range.
        ("initialement prévue pour 2027, puis 2029", "2029-01-01", "2029-12-31"),
        ("en 2027, reportée en 2029", "2029-01-01", "2029-12-31"),
        ("auront lieu non plus en juillet, mais en octobre", "2026-10-01", "2026-10-31"),
        ("in 2027, then in 2029", "2029-01-01", "2029-12-31"),
        # "and" already joined them.
        ("la première en 2027 et la seconde en 2029", "2027-01-01", "2029-12-31"),
    ],
)
def test_two_periods_after_a_comma_are_one_range(phrase, start, end):
    _check(phrase, start, end)


# --- "or, <aside>, P": the alternative holds across an aside between commas -----------------


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    [
        ("in 2027 or, later than hoped, in 2028", "2027-01-01", "2028-12-31"),
        ("en 2027 ou, plus vraisemblablement, en 2028", "2027-01-01", "2028-12-31"),
        ("in Q3 or, more realistically, Q4 2027", "2027-07-01", "2027-12-31"),
        # Guards: a qualifier in the aside keeps its meaning; no aside, as before.
        ("in 2027 or, at the latest, in 2028", None, "2028-12-31"),
        ("in 2027 or 2028", "2027-01-01", "2028-12-31"),
    ],
)
def test_an_alternative_across_an_aside(phrase, start, end):
    _check(phrase, start, end)


def test_an_aside_after_or_is_not_joined_in_running_text():
    # In an article a comma does not join two periods (rule 9): each is its own.
    found = find_deadlines(
        "Sales fell in 2025 or, as the firm put it, in 2026 they will recover.",
        stated_on=STATED,
    )
    assert len(found) == 2


# --- A quarter of a company's fiscal year, the company named ---------------------------------


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    [
        ("in the fourth quarter of the Company’s fiscal 2027", "2027-10-01", "2027-12-31"),
        ("in the first half of Norvane's fiscal 2027", "2027-01-01", "2027-06-30"),
        # Guards: a pronoun's, and no possessive.
        ("in the fourth quarter of its fiscal 2027", "2027-10-01", "2027-12-31"),
        ("in the fourth quarter of fiscal 2027", "2027-10-01", "2027-12-31"),
    ],
)
def test_a_quarter_of_a_named_companys_fiscal_year(phrase, start, end):
    _check(phrase, start, end)


# --- A part of "the December quarter" adds nothing to it ---------------------------------------


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    [
        ("early in the December quarter", "2026-10-01", "2026-12-31"),
        ("late in the March quarter of 2027", "2027-01-01", "2027-03-31"),
        ("by the end of the September quarter", None, "2026-09-30"),
        # Guard: the quarter alone.
        ("in the December quarter", "2026-10-01", "2026-12-31"),
    ],
)
def test_a_part_of_a_month_quarter_is_the_quarter(phrase, start, end):
    _check(phrase, start, end)


# --- A day named with its weekday is the one on which that weekday falls --------------------


@pytest.mark.parametrize(
    ("phrase", "stated_on", "start", "end"),
    [
        # Guards (the refusals below fail without the rule): 24 January 2025 is a Friday.
        ("as early as Friday, January 24", "2024-02-02", "2025-01-24", None),
        ("as early as Friday, January 24", "2025-01-10", "2025-01-24", None),
        # Guards: no weekday, or the weekday of the coming day.
        ("as early as January 24", "2024-02-02", "2025-01-24", None),
        ("by Friday, March 8", "2024-02-02", None, "2024-03-08"),
        ("du vendredi 2 au lundi 26 août", "2024-02-02", "2024-08-02", "2024-08-26"),
    ],
)
def test_a_weekday_says_which_years_day_it_is(phrase, stated_on, start, end):
    _check(phrase, start, end, stated_on=dt.date.fromisoformat(stated_on))


@pytest.mark.parametrize(
    "phrase", ["as early as Wednesday, January 24", "by Wednesday, January 24"]
)
def test_a_weekday_that_falls_on_the_day_gone_by_is_past(phrase):
    # Said on Friday 2 February 2024: 24 January 2024 was a Wednesday, the one gone by (the
    # next 24 January, in 2025, is a Friday).
    with pytest.raises(DeadlineParseError, match="already past"):
        parse_deadline(phrase, stated_on=dt.date(2024, 2, 2))


# --- "ne peut", "ne pourra" deny a date with no "pas" --------------------------------------------


@pytest.mark.parametrize(
    "phrase",
    [
        "la fermeture ne peut avoir lieu entre septembre et novembre",
        "le chantier ne pourra démarrer en 2027",
        "les essais ne pouvaient se tenir en juin",
    ],
)
def test_ne_pouvoir_without_pas_denies_the_date(phrase):
    with pytest.raises(DeadlineParseError, match="negated date"):
        parse_deadline(phrase, stated_on=STATED)


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    [
        # Guards: "ne ... que" is only then; before "avant" it is a start (rule 5).
        ("ne pourra ouvrir qu'en 2027", "2027-01-01", "2027-12-31"),
        ("ne peut que s'achever en 2027", None, "2027-12-31"),
        ("ne pourra être raccordée au réseau avant juin 2027", "2027-06-30", None),
    ],
)
def test_ne_pouvoir_guards(phrase, start, end):
    _check(phrase, start, end)


# --- The end of a term whose years are in brackets -----------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    [
        ("d'ici la fin de son plan stratégique (2025-2028)", None, "2028-12-31"),
        ("d'ici la fin de son projet d'entreprise (2024-2027)", None, "2027-12-31"),
        ("by the end of this parliament (May 2029)", None, "2029-05-31"),
        ("by the end of the pilot phase (Q3 2027)", None, "2027-09-30"),
        ("by the end of the project in 2028", None, "2028-12-31"),
        # Guards: the term already dated after "en", "in" or a comma.
        ("d'ici la fin du plan stratégique, en 2028", None, "2028-12-31"),
        ("by the end of his term in 2027", None, "2027-12-31"),
        ("d'ici la fin du plan 2025-2028", None, "2028-12-31"),
    ],
)
def test_the_end_of_a_term_with_its_years_in_brackets(phrase, start, end):
    _check(phrase, start, end)


# --- A single year before "season" names a league's or a venue's season --------------------


@pytest.mark.parametrize(
    "phrase",
    [
        "for the 2027 NFL season",
        "in time for the 2027 season",
        "ready for the club’s 2028 season",
    ],
)
def test_a_years_season_is_an_event(phrase):
    with pytest.raises(DeadlineParseError, match="names an event"):
        parse_deadline(phrase, stated_on=STATED)


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    [
        # Guards: calendar seasons and holidays, seasons across two years, French "saison".
        ("for the 2027 summer season", "2027-06-01", "2027-08-31"),
        ("during the 2027 holiday season", "2027-12-01", "2027-12-31"),
        ("during the fall 2027 construction season", "2027-09-01", "2027-11-30"),
        ("in the 2027-28 season", "2027-01-01", "2028-12-31"),
        ("la saison 2027", "2027-01-01", "2027-12-31"),
    ],
)
def test_a_years_season_guards(phrase, start, end):
    _check(phrase, start, end)


def test_a_years_season_in_running_text_keeps_its_year():
    # A news item's "pushed back to the 2028 season" is labelled the year (the best date it
    # gives): only a deadline phrase alone is refused.
    text = "The stadium, slated for the 2027 season, has been pushed back to the 2028 season."
    found = find_deadlines(text, stated_on=STATED)
    assert [(f.window.start, f.window.end) for f in found][-1] == (
        _d("2028-01-01"),
        _d("2028-12-31"),
    )


# --- A decision date is a deadline noun, as a target action date is --------------------------


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    [
        ("a decision date of July 31, 2026", None, "2026-07-31"),
        ("the agency's decision date is September 15", None, "2026-09-15"),
        # Guards: a target action date already was; a decision made on a day is that day.
        ("a target action date of July 31, 2026", None, "2026-07-31"),
        ("the decision will be made on July 31, 2026", "2026-07-31", "2026-07-31"),
    ],
)
def test_a_decision_date_is_a_deadline(phrase, start, end):
    _check(phrase, start, end)


# --- "At the latest" set before the verb holds for a period with no preposition -------------


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    [
        ("au plus tard ce serait début 2028", None, "2028-04-30"),
        ("at the latest it would be early 2028", None, "2028-04-30"),
        # Guards: with a preposition it already did; alone, the part is its window.
        ("au plus tard, ce sera en 2028", None, "2028-12-31"),
        ("début 2028", "2028-01-01", "2028-04-30"),
    ],
)
def test_at_the_latest_before_the_verb_of_a_bare_period(phrase, start, end):
    _check(phrase, start, end)
