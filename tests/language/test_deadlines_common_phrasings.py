"""Common phrasings of deadlines in English and French business and public-sector news.

From an audit of the ordinary ways a deadline is stated, written from the languages rather than
from the labelled sets: each topic lists the phrasings the grammar lacked (each failed before
its rule or word was added) and, as guards, neighbouring phrasings it already read. Every
phrase is stated on STATED (Wednesday 12 March 2025) unless its row says otherwise. Rows are
`(phrase, start, end)`; dates are ISO strings and None means "no such bound".
"""

from __future__ import annotations

import datetime as dt

import pytest

from language.deadlines import DeadlineParseError, find_deadlines, parse_deadline
from tests.language.deadline_specs import day as _d

STATED = dt.date(2025, 3, 12)


def _check(phrase: str, start: str | None, end: str | None, stated_on: dt.date = STATED) -> None:
    window = parse_deadline(phrase, stated_on=stated_on)
    assert (window.start, window.end) == (_d(start), _d(end)), phrase


def _rows(*rows: tuple[str, str | None, str | None]) -> list[tuple[str, str | None, str | None]]:
    return list(rows)


# --- A year written before a quarter's or a half's code (roadmaps, results tables) ----------

YEAR_FIRST_CODES = _rows(
    ("2026 Q3", "2026-07-01", "2026-09-30"),
    ("2026-Q3", "2026-07-01", "2026-09-30"),
    ("2026 T3", "2026-07-01", "2026-09-30"),
    ("FY26 Q2", "2026-04-01", "2026-06-30"),
    ("FY2026-Q4", "2026-10-01", "2026-12-31"),
    ("2026 H2", "2026-07-01", "2026-12-31"),
    ("FY26 H1", "2026-01-01", "2026-06-30"),
    ("by 2026 Q3", None, "2026-09-30"),
    ("CY2026 Q3", "2026-07-01", "2026-09-30"),
    ("fiscal year 2026 Q2", "2026-04-01", "2026-06-30"),
)
YEAR_FIRST_GUARDS = _rows(
    ("Q3 2026", "2026-07-01", "2026-09-30"),
    ("3Q26", "2026-07-01", "2026-09-30"),
    ("Q3 FY26", "2026-07-01", "2026-09-30"),
    ("fiscal 2026 second quarter", "2026-04-01", "2026-06-30"),
    ("H2 2026", "2026-07-01", "2026-12-31"),
    ("2025-2026", "2025-01-01", "2026-12-31"),
    ("FY26", "2026-01-01", "2026-12-31"),
)


@pytest.mark.parametrize(("phrase", "start", "end"), YEAR_FIRST_CODES + YEAR_FIRST_GUARDS)
def test_a_year_may_come_before_a_quarter_or_half_code(phrase, start, end):
    _check(phrase, start, end)


def test_a_quarter_past_four_is_still_refused_with_its_year_first():
    with pytest.raises(DeadlineParseError, match="quarter 5"):
        parse_deadline("2026 Q5", stated_on=STATED)


# --- Numeric days: dashes, two-digit years, the French day and month -------------------------

NUMERIC_DAYS = _rows(
    ("31-12-2026", "2026-12-31", "2026-12-31"),
    ("31/12/26", "2026-12-31", "2026-12-31"),
    ("d'ici le 31/12/26", None, "2026-12-31"),
    ("le 31/12", "2025-12-31", "2025-12-31"),
    ("avant le 30/06", None, "2025-06-29"),
    ("au plus tard le 15/04", None, "2025-04-15"),
)
NUMERIC_GUARDS = _rows(
    ("31/12/2026", "2026-12-31", "2026-12-31"),
    ("31.12.2026", "2026-12-31", "2026-12-31"),
    ("2026-12-31", "2026-12-31", "2026-12-31"),
    ("12/31/2026", "2026-12-31", "2026-12-31"),
    ("06/2026", "2026-06-01", "2026-06-30"),
)


# --- A day of a month named from the stated date ------------------------------------------------

DAY_OF_NAMED_MONTH = _rows(
    ("on the 15th of next month", "2025-04-15", "2025-04-15"),
    ("the 1st of next month", "2025-04-01", "2025-04-01"),
    ("by the 20th of this month", None, "2025-03-20"),
    ("le 15 du mois prochain", "2025-04-15", "2025-04-15"),
    ("le 15 du mois prochain au plus tard", None, "2025-04-15"),
    ("avant le 15 du mois prochain", None, "2025-04-14"),
    ("le 20 de ce mois-ci", "2025-03-20", "2025-03-20"),
)
DAY_OF_NAMED_MONTH_GUARDS = _rows(
    ("by the 15th", None, "2025-03-15"),
    ("le 23", "2025-03-23", "2025-03-23"),
    ("next month", "2025-04-01", "2025-04-30"),
    ("le mois prochain", "2025-04-01", "2025-04-30"),
)


@pytest.mark.parametrize(("phrase", "start", "end"), DAY_OF_NAMED_MONTH + DAY_OF_NAMED_MONTH_GUARDS)
def test_a_day_of_a_month_named_from_the_stated_date(phrase, start, end):
    _check(phrase, start, end)


def test_a_day_the_named_month_lacks_is_refused():
    with pytest.raises(DeadlineParseError, match="April 2025 has 30 days"):
        parse_deadline("le 31 du mois prochain", stated_on=STATED)


@pytest.mark.parametrize(("phrase", "start", "end"), NUMERIC_DAYS + NUMERIC_GUARDS)
def test_numeric_days(phrase, start, end):
    _check(phrase, start, end)


@pytest.mark.parametrize("phrase", ["le 1/3 des sites", "version 1.2.25", "le 31/02"])
def test_fractions_versions_and_impossible_days_are_no_numeric_day(phrase):
    with pytest.raises(DeadlineParseError):
        parse_deadline(phrase, stated_on=STATED)


# --- Months and years named from the stated date ----------------------------------------------

NAMED_FROM_TODAY = _rows(
    ("this June", "2025-06-01", "2025-06-30"),
    ("by this December", None, "2025-12-31"),
    ("en cours d'année", "2025-01-01", "2025-12-31"),
    ("en cours d'exercice", "2025-01-01", "2025-12-31"),
    ("in the coming fiscal year", "2026-01-01", "2026-12-31"),
    ("the week after next", "2025-03-24", "2025-03-30"),
    ("the month after next", "2025-05-01", "2025-05-31"),
    ("for the rest of the year", "2025-03-12", "2025-12-31"),
    ("over the remainder of 2025", "2025-03-12", "2025-12-31"),
    ("the balance of the year", "2025-03-12", "2025-12-31"),
    ("le reste de l'année", "2025-03-12", "2025-12-31"),
    ("for the rest of the month", "2025-03-12", "2025-03-31"),
    ("for the rest of the week", "2025-03-12", "2025-03-16"),
    ("le reste du mois", "2025-03-12", "2025-03-31"),
    ("le reste de 2025", "2025-03-12", "2025-12-31"),
    ("the quarter after next", "2025-07-01", "2025-09-30"),
    ("in the upcoming fiscal year", "2026-01-01", "2026-12-31"),
)
NAMED_FROM_TODAY_GUARDS = _rows(
    ("June this year", "2025-06-01", "2025-06-30"),
    ("next June", "2025-06-01", "2025-06-30"),
    ("next week", "2025-03-17", "2025-03-23"),
    ("the coming year", "2026-01-01", "2026-12-31"),
    ("next fiscal year", "2026-01-01", "2026-12-31"),
    ("later this year", "2025-03-12", "2025-12-31"),
    ("plus tard cette année", "2025-03-12", "2025-12-31"),
    ("dans le courant de l'année", "2025-01-01", "2025-12-31"),
)


@pytest.mark.parametrize(("phrase", "start", "end"), NAMED_FROM_TODAY + NAMED_FROM_TODAY_GUARDS)
def test_periods_named_from_the_stated_date(phrase, start, end):
    _check(phrase, start, end)


@pytest.mark.parametrize("phrase", ["this January", "this past January", "this past summer"])
def test_this_month_name_already_over_is_past(phrase):
    with pytest.raises(DeadlineParseError, match="already past"):
        parse_deadline(phrase, stated_on=STATED)


# --- Two parts of a year joined by dashes -----------------------------------------------------

PART_RANGES = _rows(
    ("mid-to-late 2026", "2026-05-01", "2026-12-31"),
    ("early-to-mid 2026", "2026-01-01", "2026-08-31"),
    ("by mid-to-late 2026", None, "2026-12-31"),
)
PART_RANGE_GUARDS = _rows(
    ("early to mid 2025", "2025-01-01", "2025-08-31"),
    ("mid-2026", "2026-05-01", "2026-08-31"),
    ("late 2026 or early 2027", "2026-09-01", "2027-04-30"),
)


@pytest.mark.parametrize(("phrase", "start", "end"), PART_RANGES + PART_RANGE_GUARDS)
def test_two_parts_make_a_range(phrase, start, end):
    _check(phrase, start, end)


# --- Not before: "as soon as" a period --------------------------------------------------------

AS_SOON_AS = _rows(
    ("as soon as next year", "2026-12-31", None),
    ("as soon as 2027", "2027-12-31", None),
)
AS_SOON_AS_GUARDS = _rows(
    ("as early as 2027", "2027-12-31", None),
    ("no earlier than 2027", "2027-12-31", None),
)


@pytest.mark.parametrize(("phrase", "start", "end"), AS_SOON_AS + AS_SOON_AS_GUARDS)
def test_as_soon_as_a_period_is_its_earliest_date(phrase, start, end):
    _check(phrase, start, end)


def test_as_soon_as_possible_stays_vague():
    with pytest.raises(DeadlineParseError, match="vague"):
        parse_deadline("as soon as possible", stated_on=STATED)


# --- Year-end, by analysts' abbreviation --------------------------------------------------------

YEAR_END = _rows(
    ("by YE2026", None, "2026-12-31"),
    ("by YE26", None, "2026-12-31"),
)
YEAR_END_GUARDS = _rows(
    ("by year-end", None, "2025-12-31"),
    ("by year-end 2026", None, "2026-12-31"),
    ("by end-2025", None, "2025-12-31"),
    ("year-end 2025", "2025-09-01", "2025-12-31"),
)


@pytest.mark.parametrize(("phrase", "start", "end"), YEAR_END + YEAR_END_GUARDS)
def test_year_end(phrase, start, end):
    _check(phrase, start, end)


# --- "by" with an approximation is still a deadline ---------------------------------------------

APPROXIMATE_BY = _rows(
    ("by around 2030", None, "2030-12-31"),
    ("by about 2030", None, "2030-12-31"),
    ("by roughly mid-2027", None, "2027-08-31"),
    ("by approximately 2030", None, "2030-12-31"),
    ("d'ici environ 2030", None, "2030-12-31"),
    ("d'ici à environ 2030", None, "2030-12-31"),
)
APPROXIMATE_GUARDS = _rows(
    ("around 2030", "2030-01-01", "2030-12-31"),
    ("vers 2030", "2030-01-01", "2030-12-31"),
    ("d'ici 2030", None, "2030-12-31"),
)


@pytest.mark.parametrize(("phrase", "start", "end"), APPROXIMATE_BY + APPROXIMATE_GUARDS)
def test_an_approximate_deadline(phrase, start, end):
    _check(phrase, start, end)


# --- Spans: decimals, hours written "h", French terms, more qualifiers --------------------------

SPANS = _rows(
    ("within 1.5 years", None, "2026-09-12"),
    ("dans 1,5 an", None, "2026-09-12"),
    ("within 2.5 years", None, "2027-09-12"),
    ("sous 48h", None, "2025-03-14"),
    ("dans les 72h", None, "2025-03-15"),
    ("within 48h", None, "2025-03-14"),
    ("sous huitaine", None, "2025-03-20"),
    ("sous quinzaine", None, "2025-03-27"),
    ("dans la quinzaine", None, "2025-03-27"),
    ("dans un délai maximal de deux ans", None, "2027-03-12"),
    ("within a period of six months", None, "2025-09-12"),
    ("within a maximum of two years", None, "2027-03-12"),
    ("dans un délai max de deux ans", None, "2027-03-12"),
    ("à un horizon de cinq ans", None, "2030-03-12"),
    ("dans un horizon de deux ans", None, "2027-03-12"),
    ("sur un horizon de trois ans", None, "2028-03-12"),
)
SPAN_GUARDS = _rows(
    ("within 18 months", None, "2026-09-12"),
    ("in a year and a half", None, "2026-09-12"),
    ("d'ici deux ans et demi", None, "2027-09-12"),
    ("within 48 hours", None, "2025-03-14"),
    ("sous 48 heures", None, "2025-03-14"),
    ("dans une quinzaine de jours", None, "2025-03-27"),
    ("dans un délai maximum de deux ans", None, "2027-03-12"),
    ("sous deux ans", None, "2027-03-12"),
    ("dans les six mois", None, "2025-09-12"),
    ("over the next three years", None, "2028-03-12"),
    ("in the next 12-18 months", None, "2026-09-12"),
    ("la première quinzaine de juillet", "2025-07-01", "2025-07-15"),
)


@pytest.mark.parametrize(("phrase", "start", "end"), SPANS + SPAN_GUARDS)
def test_spans_from_the_stated_date(phrase, start, end):
    _check(phrase, start, end)


@pytest.mark.parametrize("phrase", ["d'ici 18h", "la quinzaine commerciale", "six months"])
def test_times_of_day_and_bare_durations_are_no_span(phrase):
    with pytest.raises(DeadlineParseError):
        parse_deadline(phrase, stated_on=STATED)


# --- The summer break is the summer ------------------------------------------------------------

SUMMER_BREAK = _rows(
    ("avant les vacances d'été", None, "2025-05-31"),
    ("pendant les vacances d'été 2026", "2026-06-01", "2026-08-31"),
    ("avant la pause estivale", None, "2025-05-31"),
    ("d'ici la trêve estivale", None, "2025-08-31"),
    ("pendant les congés d'été", "2025-06-01", "2025-08-31"),
    ("avant les vacances estivales", None, "2025-05-31"),
)
SUMMER_GUARDS = _rows(
    ("avant l'été", None, "2025-05-31"),
    ("before the summer holidays", None, "2025-05-31"),
    ("d'ici l'été", None, "2025-08-31"),
    ("cet été", "2025-06-01", "2025-08-31"),
)


@pytest.mark.parametrize(("phrase", "start", "end"), SUMMER_BREAK + SUMMER_GUARDS)
def test_the_summer_break(phrase, start, end):
    _check(phrase, start, end)


@pytest.mark.parametrize(
    "phrase",
    ["before the summer break", "before the summer recess", "before the summer vacation",
     "before the summer holidays"],
)  # fmt: skip
def test_the_english_summer_break_is_read_whole(phrase):
    # "summer" alone was read before; the break is now part of the name, no word left unused.
    window = parse_deadline(phrase, stated_on=STATED)
    assert (window.end, window.unused) == (dt.date(2025, 5, 31), ()), phrase


# --- Alternatives: "possibly", "if not", "sinon" join two periods ------------------------------

ALTERNATIVES = _rows(
    ("in 2026, possibly 2027", "2026-01-01", "2027-12-31"),
    ("in 2026, perhaps 2027", "2026-01-01", "2027-12-31"),
    ("late 2026 if not early 2027", "2026-09-01", "2027-04-30"),
    ("fin 2026, sinon début 2027", "2026-09-01", "2027-04-30"),
    ("en 2026, peut-être 2027", "2026-01-01", "2027-12-31"),
    ("in 2026, maybe 2027", "2026-01-01", "2027-12-31"),
    ("in 2026 or perhaps 2027", "2026-01-01", "2027-12-31"),
    ("in 2026 or maybe 2027", "2026-01-01", "2027-12-31"),
    ("en 2026 ou peut-être 2027", "2026-01-01", "2027-12-31"),
    ("2026 if not 2027", "2026-01-01", "2027-12-31"),
)
ALTERNATIVE_GUARDS = _rows(
    ("in 2026 or possibly 2027", "2026-01-01", "2027-12-31"),
    ("2026, voire 2027", "2026-01-01", "2027-12-31"),
    ("fin 2026 ou début 2027", "2026-09-01", "2027-04-30"),
    ("by 2026, if not sooner", None, "2026-12-31"),
    ("Q3 or Q4 2026", "2026-07-01", "2026-12-31"),
)


@pytest.mark.parametrize(("phrase", "start", "end"), ALTERNATIVES + ALTERNATIVE_GUARDS)
def test_alternatives_are_one_window(phrase, start, end):
    _check(phrase, start, end)


# --- "From A to B" with the last counted in is a range ------------------------------------

INCLUSIVE_RANGES = _rows(
    ("de 2026 à 2028 inclus", "2026-01-01", "2028-12-31"),
    ("from 2026 to 2028 inclusive", "2026-01-01", "2028-12-31"),
    ("from 2026 to 2028 (inclusive)", "2026-01-01", "2028-12-31"),
)
INCLUSIVE_GUARDS = _rows(
    ("between 2026 and 2028", "2026-01-01", "2028-12-31"),
    ("de 2026 jusqu'à 2030", "2026-01-01", "2030-12-31"),
    ("sur la période 2026-2030", "2026-01-01", "2030-12-31"),
)


@pytest.mark.parametrize(("phrase", "start", "end"), INCLUSIVE_RANGES + INCLUSIVE_GUARDS)
def test_from_a_to_b_inclusive_is_a_range(phrase, start, end):
    _check(phrase, start, end)


def test_from_a_to_b_alone_is_still_asked_about():
    with pytest.raises(DeadlineParseError, match="names two dates"):
        parse_deadline("de 2026 à 2028", stated_on=STATED)


# --- Guards: the ordinary forms the audit found already read ---------------------------------

ORDINARY_GUARDS = _rows(
    ("courant 2026", "2026-01-01", "2026-12-31"),
    ("à l'horizon 2030", None, "2030-12-31"),
    ("au plus tard fin 2026", None, "2026-12-31"),
    ("d'ici la fin de l'exercice", None, "2025-12-31"),
    ("dans le courant du premier semestre", "2025-01-01", "2025-06-30"),
    ("au 3e trimestre 2026", "2026-07-01", "2026-09-30"),
    ("2H26", "2026-07-01", "2026-12-31"),
    ("S2 2026", "2026-07-01", "2026-12-31"),
    ("mi-2026", "2026-05-01", "2026-08-31"),
    ("by mid-2026", None, "2026-08-31"),
    ("d'ici six mois", None, "2025-09-12"),
    ("in the next couple of years", None, "2027-03-12"),
    ("no earlier than 2027", "2027-12-31", None),
    ("pas avant le 1er juillet 2026", "2026-07-01", None),
    ("au plus tôt fin 2026", "2026-12-31", None),
    ("after 2026", "2027-01-01", None),
    ("by Friday", None, "2025-03-14"),
    ("le 1er juillet 2026", "2026-07-01", "2026-07-01"),
    ("the 3rd of March 2026", "2026-03-03", "2026-03-03"),
    ("between June and August 2026", "2026-06-01", "2026-08-31"),
    ("du 1er au 15 juin 2026", "2026-06-01", "2026-06-15"),
    ("winter 2025-26", "2025-12-01", "2026-02-28"),
    ("@2025-11-20 au printemps", "2026-03-01", "2026-05-31"),
)


@pytest.mark.parametrize(("phrase", "start", "end"), ORDINARY_GUARDS)
def test_ordinary_forms(phrase, start, end):
    stated_on = STATED
    if phrase.startswith("@"):
        said, phrase = phrase[1:].split(" ", 1)
        stated_on = dt.date.fromisoformat(said)
    _check(phrase, start, end, stated_on)


@pytest.mark.parametrize(
    "phrase",
    ["soon", "prochainement", "in due course", "à terme", "dans les prochains mois",
     "in the coming weeks", "sous peu", "dans les meilleurs délais"],
)  # fmt: skip
def test_vague_phrases_are_refused(phrase):
    with pytest.raises(DeadlineParseError, match="vague"):
        parse_deadline(phrase, stated_on=STATED)


# --- "cannot" as a negation, and past verbs further from their month -----------------------

NEGATED_IN_ONE_WORD = _rows(
    ("cannot connect to the electricity grid until 2031", "2031-12-31", None),
    ("cannot open until 2031", "2031-12-31", None),
    ("cannot be completed by 2030", "2030-12-31", None),
)


@pytest.mark.parametrize(("phrase", "start", "end"), NEGATED_IN_ONE_WORD)
def test_cannot_negates_as_not_does(phrase, start, end):
    _check(phrase, start, end)


@pytest.mark.parametrize(
    "phrase",
    [
        "launched its first 5G chipset named Balong 5000 in January",
        "avait déjà revu les dates d'ouverture du Grand Paris Express fin janvier",
        "avait revu le calendrier en février",
    ],
)
def test_a_month_told_in_the_past_further_from_its_verb_is_past(phrase):
    with pytest.raises(DeadlineParseError, match="past"):
        parse_deadline(phrase, stated_on=dt.date(2025, 8, 1))


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    _rows(("avait prévu d'ouvrir le nouveau terminal en janvier", "2026-01-01", "2026-01-31")),
)
def test_a_french_pluperfect_of_planning_still_looks_ahead(phrase, start, end):
    _check(phrase, start, end, dt.date(2025, 8, 1))


# --- A date said to be out of reach; months in the plural; days listed with "or" -----------


@pytest.mark.parametrize(
    "phrase",
    [
        "targets set for 2026 will not now be met",
        "the April 2026 delivery date, set in the contract at award, is unachievable",
        "l'objectif de 100 % en 2025 est désormais intenable",
    ],
)
def test_a_date_said_after_it_to_be_out_of_reach_is_refused_as_negated(phrase):
    with pytest.raises(DeadlineParseError, match="rules the date out"):
        parse_deadline(phrase, stated_on=STATED)


@pytest.mark.parametrize(
    "phrase",
    ["après des mois de rumeurs et d'attente", "plusieurs mois de retard", "les mois à venir"],
)
def test_months_in_the_plural_are_no_one_month(phrase):
    with pytest.raises(DeadlineParseError):
        parse_deadline(phrase, stated_on=STATED)


def test_this_month_said_after_des_is_still_this_month():
    # "dès" folds to "des": the plural's guard reads the word before "mois", not before "ce".
    _check("dès ce mois de juin", "2025-06-01", "2025-06-30", dt.date(2025, 6, 23))


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    _rows(
        ("on 3rd or 6th/7th April", "2025-04-03", "2025-04-07"),
        ("les 3, 4 ou 5 mai", "2025-05-03", "2025-05-05"),
    ),
)
def test_days_listed_with_or_run_from_the_first_to_the_last(phrase, start, end):
    _check(phrase, start, end)


@pytest.mark.parametrize(
    "phrase",
    ["available for comment ‘by this spring’", "available for comment 'by this spring'"],
)
def test_an_opening_quote_before_a_qualifier_is_no_elision(phrase):
    _check(phrase, None, "2025-05-31")


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    _rows(
        # "l'horizon" names the period after any qualifier, as "à l'horizon" does.
        ("au-delà de l'horizon 2030", "2031-01-01", None),
        ("avant l'horizon 2030", None, "2029-12-31"),
        ("n'étant pas attendues avant l'horizon 2030", "2030-12-31", None),
        # The aim named with its year, elided: a deadline.
        ("l'objectif de 2030", None, "2030-12-31"),
    ),
)
def test_the_horizon_and_the_aim_named_after_a_qualifier(phrase, start, end):
    _check(phrase, start, end)


@pytest.mark.parametrize(
    "phrase",
    [
        "delayed by two years",
        "pushed back by about a year",
        "We will delay our projects in Poland and Germany by about two years",
        # "over" is read as the span's own word; the "by" before it still makes a margin.
        "delays plan to switch off copper landlines by over a year",
    ],
)
def test_by_a_span_after_a_move_is_a_margin_not_a_deadline(phrase):
    with pytest.raises(DeadlineParseError, match="how far the date moved"):
        parse_deadline(phrase, stated_on=STATED)


def test_by_a_span_with_no_move_before_it_is_still_a_deadline():
    _check("will open by about two years from now", None, "2027-03-12")


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    _rows(
        # The margin, then the new date after a comma: the new date.
        ("delayed by four months, to August", "2025-08-01", "2025-08-31"),
        ("will push the second launch back by four months, to August", "2025-08-01", "2025-08-31"),
        ("pushed back by four months to August", "2025-08-01", "2025-08-31"),
    ),
)
def test_a_new_date_after_the_margin_of_a_move_is_the_date(phrase, start, end):
    _check(phrase, start, end)


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    _rows(
        # "later in" the month under way runs from the day said, as "later this month".
        ("expects to launch later in March 2025", "2025-03-12", "2025-03-31"),
        ("later in March", "2025-03-12", "2025-03-31"),
        # A month still to come is the whole month.
        ("later in June", "2025-06-01", "2025-06-30"),
    ),
)
def test_later_in_the_month_under_way_starts_on_the_day_said(phrase, start, end):
    _check(phrase, start, end)


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    _rows(
        ("À partir du 16 mars 2025 et jusqu'à décembre 2026", "2025-03-16", "2026-12-31"),
        ("from 16 March 2025 and until December 2026", "2025-03-16", "2026-12-31"),
    ),
)
def test_a_from_day_and_an_until_joined_by_and_are_one_range(phrase, start, end):
    _check(phrase, start, end)


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    _rows(
        # The end of a year starts in September: a month before it is that year's.
        ("From September to the end of the year", "2025-09-01", "2025-12-31"),
        ("March - year-end", "2025-03-01", "2025-12-31"),
        # After the last one ends, the first is the year before.
        ("December or January 2027", "2026-12-01", "2027-01-31"),
    ),
)
def test_a_range_ending_with_a_part_of_a_year_is_compared_with_its_part(phrase, start, end):
    _check(phrase, start, end)


@pytest.mark.parametrize(
    ("phrase", "end"),
    [
        ("a target action date of February 26, 2026", "2026-02-26"),
        ("the target date of June 2026", "2026-06-30"),
    ],
)
def test_a_target_date_named_before_its_period_is_a_deadline(phrase, end):
    # As "a 2035 target date" and "the completion date of": the date named is the last day.
    _check(phrase, None, end)


# --- Moves told inside one period, by their size, and times of day before a day --------------


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    _rows(
        # Two quarters or halves in one match: after a move, the second is the new date.
        ("pushed from Q3 to Q4", "2025-10-01", "2025-12-31"),
        ("moved from Q3 to Q4 2026", "2026-10-01", "2026-12-31"),
        ("postponed from the third to the fourth quarter", "2025-10-01", "2025-12-31"),
        ("delayed from H1 to H2 2027", "2027-07-01", "2027-12-31"),
        # "back" here belongs to the move: not "back in", a time gone by.
        ("pushed back from Q3 to Q4", "2025-10-01", "2025-12-31"),
        # With no move, the two are a range.
        ("from Q3 to Q4 2026", "2026-07-01", "2026-12-31"),
    ),
)
def test_a_move_between_two_quarters_read_together_keeps_the_second(phrase, start, end):
    _check(phrase, start, end)


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    _rows(
        # The months are how far it moved, not a stretch ending then.
        ("delayed by three months to December 2026", "2026-12-01", "2026-12-31"),
        ("put back by three months to December 2026", "2026-12-01", "2026-12-31"),
        ("delayed six months to March 2027", "2027-03-01", "2027-03-31"),
        ("retardé de six mois à mars 2027", "2027-03-01", "2027-03-31"),
        # With no move, they are the months that end then.
        ("in the six months to June 2027", "2027-01-01", "2027-06-30"),
        ("pushed back to the quarter ending June 2027", "2027-04-01", "2027-06-30"),
    ),
)
def test_the_size_of_a_move_is_no_stretch_of_months(phrase, start, end):
    _check(phrase, start, end)


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    _rows(
        ("avant 17h le 30 juin", None, "2025-06-30"),
        ("avant le 30 juin à midi", None, "2025-06-30"),
        ("before 30 June at 5 p.m.", None, "2025-06-30"),
        ("before midnight on 31 March", None, "2025-03-31"),
        # With no time of day, "before" leaves the day out.
        ("before 30 June", None, "2025-06-29"),
    ),
)
def test_before_a_time_of_day_on_a_day_keeps_the_day(phrase, start, end):
    _check(phrase, start, end)


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    _rows(
        # The months ending with a month whose year goes unsaid: its next occurrence.
        ("in the three months to September", "2025-07-01", "2025-09-30"),
        ("in the nine months to December", "2025-04-01", "2025-12-31"),
        # A fiscal year told by its first day: the twelve months from then.
        ("in the fiscal year beginning April 1, 2027", "2027-04-01", "2028-03-31"),
        ("au cours de l'exercice ouvert le 1er juillet 2026", "2026-07-01", "2027-06-30"),
    ),
)
def test_a_stretch_told_by_its_last_or_first_month(phrase, start, end):
    _check(phrase, start, end)


def test_a_fiscal_year_beginning_on_no_calendar_day_is_refused():
    with pytest.raises(DeadlineParseError, match="not a date on the calendar"):
        parse_deadline("the fiscal year beginning April 31, 2027", stated_on=STATED)


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    _rows(
        # A zone in words, bracketed or not, keeps the "by" as a code does.
        ("by 11:59 p.m. Pacific Time on March 31, 2026", None, "2026-03-31"),
        ("no later than 12 noon (UK time) on 1 May 2025", None, "2025-05-01"),
        # A time of day after the day, then a trailing qualifier.
        ("le 1er mars 2026 à minuit au plus tard", None, "2026-03-01"),
        ("1 March 2026, 23:59 CET, at the latest", None, "2026-03-01"),
        # Without a qualifier, the day itself.
        ("le 30 juin à 17h", "2025-06-30", "2025-06-30"),
    ),
)
def test_a_time_of_day_and_its_zone_leave_the_deadline_on_its_day(phrase, start, end):
    _check(phrase, start, end)


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    _rows(
        # "moved up" is brought forward: the new period whole, not "up to" it.
        ("moved up to March 2026", "2026-03-01", "2026-03-31"),
        ("moved up by six months to January 2026", "2026-01-01", "2026-01-31"),
        ("up to March 2026", None, "2026-03-31"),
        # "d'un trimestre" is the move's size, not the quarter under way.
        ("décalé d'un trimestre, au T4 2025", "2025-10-01", "2025-12-31"),
        ("retardé d'un semestre, au S2 2025", "2025-07-01", "2025-12-31"),
        # "pushed back three months to September": the move's size, not the back of "back in".
        ("pushed back three months to September", "2025-09-01", "2025-09-30"),
    ),
)
def test_how_far_a_date_moved_is_not_read_as_a_period(phrase, start, end):
    _check(phrase, start, end)


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    _rows(
        ("later this fiscal year", "2025-03-12", "2025-12-31"),
        ("later in fiscal 2025", "2025-03-12", "2025-12-31"),
        ("plus tard dans l'exercice", "2025-03-12", "2025-12-31"),
        ("plus tard ce trimestre", "2025-03-12", "2025-03-31"),
        ("plus tard dans la décennie", "2025-03-12", "2029-12-31"),
    ),
)
def test_later_in_a_fiscal_year_a_quarter_or_a_decade_runs_from_the_day_said(phrase, start, end):
    _check(phrase, start, end)


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    _rows(
        ("2026's second quarter", "2026-04-01", "2026-06-30"),
        ("during fiscal 2026's first half", "2026-01-01", "2026-06-30"),
    ),
)
def test_a_year_with_its_possessive_before_a_quarter_or_half(phrase, start, end):
    _check(phrase, start, end)


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    _rows(
        ("à l'horizon du second semestre 2026", None, "2026-12-31"),
        ("à l'horizon du milieu du siècle", None, "2050-12-31"),
        # "Horizon" capitalised and not after "à l'" names a plan: the other date stands.
        ("le programme Horizon 2030 démarre en 2026", "2026-01-01", "2026-12-31"),
        ("the Horizon 2035 roadmap, by 2028", None, "2028-12-31"),
        ("the Mission 2030 plan sees a launch in 2026", "2026-01-01", "2026-12-31"),
        ("à l'horizon 2030", None, "2030-12-31"),
    ),
)
def test_a_l_horizon_du_is_a_by_and_horizon_capitalised_names_a_plan(phrase, start, end):
    _check(phrase, start, end)


@pytest.mark.parametrize(
    "phrase",
    [
        # French "ne ... plus" denies the date, as "no longer" does.
        "n'est plus prévue en 2026",
        "ne sera plus livrée en 2026",
        "n'est désormais plus prévue pour 2026",
        # A counterfactual with "could have" and its participle.
        "could have opened by 2026",
        # A span from an event told in a relative clause, with no date of its own.
        "dans les six mois qui suivent la publication du décret",
        "dans le mois qui suit la signature",
    ],
)
def test_no_longer_could_have_and_a_span_after_an_undated_event_are_refused(phrase):
    with pytest.raises(DeadlineParseError):
        parse_deadline(phrase, stated_on=STATED)


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    _rows(
        # "ne ... plus que" is "only"; "ne ... plus dès" a date from which it holds.
        ("n'est plus attendue qu'en 2026", "2026-01-01", "2026-12-31"),
        ("il ne fonctionnera plus dès fin mars 2026", "2026-03-01", "2026-03-31"),
    ),
)
def test_ne_plus_with_only_or_from_keeps_its_date(phrase, start, end):
    _check(phrase, start, end)


def test_a_year_that_ended_on_a_month_day_with_no_year_is_the_one_gone_by():
    with pytest.raises(DeadlineParseError, match="already past"):
        parse_deadline("for its fiscal year ended Feb. 28", stated_on=dt.date(2025, 4, 15))
    _check("l'exercice fiscal (qui se termine le 31 mars 2026)", "2025-04-01", "2026-03-31")
    _check("in the year from April 2025", "2025-04-01", "2026-03-31")


@pytest.mark.parametrize(
    ("phrase", "start", "end", "stated_on"),
    [
        # Working days run Monday to Friday: ten of them from Monday 16 March 2026.
        ("within ten working days", None, "2026-03-30", dt.date(2026, 3, 16)),
        ("dans un délai de 10 jours ouvrés", None, "2026-03-30", dt.date(2026, 3, 16)),
        ("within two business days", None, "2026-03-16", dt.date(2026, 3, 12)),
        # Calendar days are days.
        ("within 60 calendar days", None, "2026-05-15", dt.date(2026, 3, 16)),
    ],
)
def test_working_days_skip_the_weekend_and_calendar_days_do_not(phrase, start, end, stated_on):
    _check(phrase, start, end, stated_on)


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    _rows(
        # The date left behind, said after the new one, is set aside.
        ("now expected in Q2 2026, from Q4 2025 previously", "2026-04-01", "2026-06-30"),
        ("accelerated to 2026 from 2028", "2026-01-01", "2026-12-31"),
        # A stretch of a year's quarters, with no "de" before the year.
        ("les trois premiers trimestres 2026", "2026-01-01", "2026-09-30"),
        ("fin 2025, début 2026", "2025-09-01", "2026-04-30"),
    ),
)
def test_a_date_left_behind_and_a_stretch_without_its_de(phrase, start, end):
    _check(phrase, start, end)


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    _rows(
        # An aside in brackets between a "from" and its "until" leaves the range whole.
        ("from 3 June (9am) until 5 June", "2025-06-03", "2025-06-05"),
        ("from 3 June (local time) until 5 June", "2025-06-03", "2025-06-05"),
    ),
)
def test_a_bracketed_aside_inside_a_from_until_range(phrase, start, end):
    _check(phrase, start, end)


@pytest.mark.parametrize(
    "phrase", ["se fixe comme objectif 2030", "avec pour objectif 2030", "objectif de 2030"]
)
def test_a_period_set_as_the_aim_is_a_deadline(phrase):
    _check(phrase, None, "2030-12-31")


# --- The fourth audit: weeks by number, days in words, days counted from days, "ni" --------


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    _rows(
        # ISO weeks, Monday to Sunday: week 23 of 2025 starts on Monday 2 June.
        ("by week 23", None, "2025-06-08"),
        ("in week 23 of 2026", "2026-06-01", "2026-06-07"),
        ("d'ici la semaine 40", None, "2025-10-05"),
        ("CW23 2026", "2026-06-01", "2026-06-07"),
        ("semaine du 8 juin 2026", "2026-06-08", "2026-06-14"),
        ("Go-live wk of 8 June 2026", "2026-06-08", "2026-06-14"),
    ),
)
def test_a_week_named_by_its_number_or_its_day(phrase, start, end):
    _check(phrase, start, end)


def test_a_week_of_something_counted_is_no_calendar_week():
    with pytest.raises(DeadlineParseError):
        parse_deadline("week 1 of the trial", stated_on=STATED)


@pytest.mark.parametrize(
    ("phrase", "day"),
    [
        # Said on Wednesday 12 March 2025: the coming Friday is the 14th.
        ("Friday week", "2025-03-21"),
        ("a week on Friday", "2025-03-21"),
        ("a fortnight on Friday", "2025-03-28"),
        ("the Friday after next", "2025-03-21"),
        ("vendredi en huit", "2025-03-21"),
        ("jeudi en quinze", "2025-03-27"),
        ("tomorrow week", "2025-03-20"),
        # Days in words.
        ("June fifteenth, 2026", "2026-06-15"),
        ("the first of July", "2025-07-01"),
        ("le quinze juin 2026", "2026-06-15"),
        ("le vingt et un mai", "2025-05-21"),
        # A day counted from another.
        ("the day after Christmas", "2025-12-26"),
        ("le lendemain du 14 juillet", "2025-07-15"),
        ("le surlendemain du 1er mai", "2025-05-03"),
        ("le 1er du mois prochain", "2025-04-01"),
    ],
)
def test_days_counted_from_a_weekday_or_written_in_words(phrase, day):
    _check(phrase, day, day)


def test_a_month_then_first_and_a_noun_is_no_day():
    window = parse_deadline("in March first deliveries began", stated_on=STATED)
    assert (window.start, window.end) == (dt.date(2025, 3, 1), dt.date(2025, 3, 31))


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    _rows(
        ("two weeks before Christmas", None, "2025-12-11"),
        ("d'ici aux alentours du 15 juin", None, "2025-06-15"),
        ("no later than around mid-June", None, "2025-06-30"),
        ("d'ici moins de deux ans", None, "2027-03-12"),
        ("in the early months of 2026", "2026-01-01", "2026-04-30"),
        ("au plus tôt dans six mois", "2025-09-12", None),
        ("no sooner than six months from now", "2025-09-12", None),
        ("the year after next", "2027-01-01", "2027-12-31"),
        ("in the quarter ahead", "2025-04-01", "2025-06-30"),
        ("Due: end-Q3", None, "2025-09-30"),
        # A date only supposed gives way to the promised one.
        ("unless it slips to 2028, by 2027", None, "2027-12-31"),
        ("ni avant 2028", "2028-12-31", None),
    ),
)
def test_approximations_floors_and_supposed_dates(phrase, start, end):
    _check(phrase, start, end)


@pytest.mark.parametrize("phrase", ["ni en 2026 ni en 2027", "ni fin 2026, ni début 2027"])
def test_ni_ni_denies_both(phrase):
    with pytest.raises(DeadlineParseError, match="negated"):
        parse_deadline(phrase, stated_on=STATED)


def test_ni_plus_ni_moins_is_no_negation():
    _check("ni plus ni moins qu'en 2026", "2026-01-01", "2026-12-31")


def test_find_deadlines_leaves_out_a_plans_name_and_a_number_that_looks_like_a_year():
    text = (
        "Under the Horizon 2030 roadmap and Article 2027 of the code, the 2030 MW park "
        "will open in June 2026."
    )
    found = find_deadlines(text, stated_on=STATED)
    assert [(f.window.start, f.window.end) for f in found] == [
        (dt.date(2026, 6, 1), dt.date(2026, 6, 30))
    ]


def test_find_deadlines_keeps_a_year_beside_a_noun_of_a_plan_for_the_statement():
    found = find_deadlines("Its 2022 pledge was to finish by 2029.", stated_on=STATED)
    assert [f.text for f in found] == ["2022", "by 2029"]


# --- The fifth audit, of whole sentences read by find_deadlines -------------------------------


def _found(text: str, stated_on: dt.date = STATED) -> list[tuple[dt.date | None, dt.date | None]]:
    return [(f.window.start, f.window.end) for f in find_deadlines(text, stated_on=stated_on)]


def test_a_ete_after_a_comma_is_the_verb_not_the_summer():
    text = "Le premier vol, prévu au second semestre 2025, a été repoussé à 2026."
    assert _found(text) == [
        (dt.date(2025, 7, 1), dt.date(2025, 12, 31)),
        (dt.date(2026, 1, 1), dt.date(2026, 12, 31)),
    ]


def test_the_date_a_move_left_is_no_deadline_of_the_text():
    text = (
        "Kerlo delayed the opening of its new battery plant near Turin to 2026, "
        "from 2024 originally."
    )
    assert _found(text) == [(dt.date(2026, 1, 1), dt.date(2026, 12, 31))]


def test_an_events_year_and_a_noun_named_extension_are_no_deadline_or_move():
    text = "Kerlo unveiled the car at the 2025 Tokyo Motor Show and will sell it in spring 2026."
    assert _found(text) == [(dt.date(2026, 3, 1), dt.date(2026, 5, 31))]
    text = "The metro extension will open in stages from December 2025 to 2027."
    assert _found(text) == [(dt.date(2025, 12, 1), dt.date(2027, 12, 31))]
    assert _found("Le chantier devrait s'étaler de 2026 à 2029.") == [
        (dt.date(2026, 1, 1), dt.date(2029, 12, 31))
    ]


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    _rows(
        # "back" before "to" belongs to the verb, not to "the back half".
        ("pushed back to the first half of 2026", "2026-01-01", "2026-06-30"),
        ("moved back to the first quarter of 2027", "2027-01-01", "2027-03-31"),
        ("the back half of 2026", "2026-07-01", "2026-12-31"),
    ),
)
def test_back_before_to_is_the_verbs(phrase, start, end):
    _check(phrase, start, end)


# --- The sixth audit: holidays written with a hyphen, moving feasts, negations' reach --------


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    _rows(
        # French writes its holidays as a day, a hyphen and the month.
        ("les festivités prévues pour le 14-Juillet", "2025-07-14", "2025-07-14"),
        ("d'ici le 11-Novembre", None, "2025-11-11"),
        ("le défilé du 8-Mai 2026", "2026-05-08", "2026-05-08"),
        # Guards: a range of days, and an English range across two months.
        ("du 12-14 juillet", "2025-07-12", "2025-07-14"),
        ("Sept. 14-October 2", "2025-09-14", "2025-10-02"),
    ),
)
def test_a_day_joined_to_a_french_month_by_a_hyphen_is_that_day(phrase, start, end):
    _check(phrase, start, end)


def test_good_friday_is_two_days_before_easter():
    _check("the works finish by Good Friday 2026", None, "2026-04-03")
    # Without a qualifier, an article or a year, "a good Friday" is just a good Friday.
    assert parse_deadline("a good Friday for markets", stated_on=STATED).end != _d("2025-04-18")


@pytest.mark.parametrize(
    "phrase", ["before Chinese New Year 2027", "avant le Nouvel An chinois 2027"]
)
def test_a_lunar_new_year_is_an_event_not_the_first_of_january(phrase):
    with pytest.raises(DeadlineParseError, match="names an event"):
        parse_deadline(phrase, stated_on=STATED)


@pytest.mark.parametrize(
    ("phrase", "start"),
    [
        ("the line won't open until after 2027", "2027-12-31"),
        ("can't start until after the summer", "2025-08-31"),
        # A subject denied by its determiner reaches over two places joined by "and".
        ("aucun train ne circulera entre Lyon et Turin avant 2028", "2028-12-31"),
        ("no trains will run between Leeds and York until 2029", "2029-12-31"),
    ],
)
def test_not_until_after_and_a_denied_subject_between_two_places_are_not_before(phrase, start):
    window = parse_deadline(phrase, stated_on=STATED)
    assert (window.start, window.end, window.qualifier) == (_d(start), None, "not_before")


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    _rows(
        ("livraison au 1er trim. 2027", "2027-01-01", "2027-03-31"),
        ("mise en service au 2e sem. 2026", "2026-07-01", "2026-12-31"),
    ),
)
def test_a_quarter_or_a_half_shortened_as_tables_write_it(phrase, start, end):
    _check(phrase, start, end)


# --- The seventh audit, of whole sentences: verbs, floors, hours, superlatives --------------


def test_fall_after_to_or_a_modal_is_the_verb_not_the_autumn():
    assert _found("Output is expected to fall in 2027 as two units close.") == [
        (dt.date(2027, 1, 1), dt.date(2027, 12, 31))
    ]
    assert _found("Prices will fall in 2028.") == [(dt.date(2028, 1, 1), dt.date(2028, 12, 31))]
    # Guards: the season itself.
    assert _found("The depot opens in the fall of 2027.") == [
        (dt.date(2027, 9, 1), dt.date(2027, 11, 30))
    ]
    assert _found("The line is due to open next fall.") == [
        (dt.date(2025, 9, 1), dt.date(2025, 11, 30))
    ]


@pytest.mark.parametrize(
    "phrase", ["until 2030 at least", "jusqu'en 2030 au moins", "jusqu'à fin 2030 au moins"]
)
def test_until_a_date_at_least_is_a_floor(phrase):
    window = parse_deadline(phrase, stated_on=STATED)
    assert (window.start, window.end, window.qualifier) == (_d("2030-12-31"), None, "not_before")


def test_a_french_hour_in_words_after_a_day_keeps_the_day():
    _check("avant le 15 décembre 2025 à 12 heures", None, "2025-12-15")
    _check("avant le 30 juin à 17 heures 30", None, "2025-06-30")


@pytest.mark.parametrize(
    "sentence",
    [
        "The winter was the coldest in a decade, driving up demand.",
        "It was the worst storm in a decade.",
        "Sales rose for the first time in five years.",
    ],
)
def test_a_span_after_a_superlative_measures_back_and_is_no_deadline(sentence):
    assert _found(sentence) == []


def test_a_span_after_a_superlative_with_a_verb_between_is_still_ahead():
    assert _found("The largest plant will open in two years.") == [(None, dt.date(2027, 3, 12))]


@pytest.mark.parametrize(
    ("phrase", "day"),
    [
        ("on the first Monday of September", "2025-09-01"),
        ("by the last Friday of October", "2025-10-31"),
        ("le premier lundi de septembre", "2025-09-01"),
        ("le dernier vendredi d'octobre 2026", "2026-10-30"),
        ("the second Tuesday in July 2026", "2026-07-14"),
    ],
)
def test_the_nth_weekday_of_a_month_is_that_day(phrase, day):
    assert parse_deadline(phrase, stated_on=STATED).end == _d(day)


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    _rows(
        # 1 November 2026 is a Sunday, 15 August 2025 a Friday.
        ("pendant le week-end du 1er novembre 2026", "2026-10-31", "2026-11-01"),
        ("the weekend of August 15", "2025-08-16", "2025-08-17"),
    ),
)
def test_the_weekend_of_a_day_is_its_saturday_and_sunday(phrase, start, end):
    _check(phrase, start, end)


def test_a_deadline_named_before_a_time_and_zone_or_after_its_date_is_a_deadline():
    found = find_deadlines(
        "The deadline for bids is 5 p.m. (CET) on 30 April 2026.", stated_on=STATED
    )
    assert [(f.window.start, f.window.end) for f in found] == [(None, dt.date(2026, 4, 30))]
    found = find_deadlines(
        "Un décret fixe au 30 juin 2026 la date limite de dépôt des dossiers.", stated_on=STATED
    )
    assert [(f.window.start, f.window.end) for f in found] == [(None, dt.date(2026, 6, 30))]


def test_today_in_running_text_is_now_not_a_date():
    assert _found("La mise en service est aujourd'hui attendue en 2028.") == [
        (dt.date(2028, 1, 1), dt.date(2028, 12, 31))
    ]
    assert _found("The fleet has 40 buses, up from 12 today.") == []
    # With a qualifier it is the day said.
    assert _found("Les inscriptions sont ouvertes dès aujourd'hui.") == [(STATED, STATED)]


def test_an_exams_year_is_an_events():
    assert _found("The minister said the 2026 exams would go ahead as planned.") == []


@pytest.mark.parametrize(
    ("phrase", "end"),
    [
        ("avant la rentrée parlementaire d'octobre 2025", "2025-10-31"),
        ("d'ici la fin de la session 2026", "2026-12-31"),
    ],
)
def test_before_a_time_named_inside_a_period_is_by_its_end(phrase, end):
    # Not "in" the period: the silent mistake of reading the period alone.
    window = parse_deadline(phrase, stated_on=STATED)
    assert (window.start, window.end, window.qualifier) == (None, _d(end), "by")


def test_a_french_models_year_gives_way_to_the_date():
    _check("le modèle 2028 arrive en concession en juin 2027", "2027-06-01", "2027-06-30")


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    _rows(
        ("livraison prévue 06.2026", "2026-06-01", "2026-06-30"),
        ("by 10-2026", None, "2026-10-31"),
    ),
)
def test_a_month_written_with_two_digits_before_its_year_is_that_month(phrase, start, end):
    _check(phrase, start, end)


def test_by_the_new_year_is_by_its_first_day():
    _check("the works will be finished by the new year", None, "2026-01-01")
    _check("d'ici la nouvelle année", None, "2026-01-01")
    # "In the new year" is still the next year.
    _check("in the new year", "2026-01-01", "2026-12-31")


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    _rows(
        ("late this year or early next", "2025-09-01", "2026-04-30"),
        ("the plant opens this year or next", "2025-01-01", "2026-12-31"),
        ("by the end of this year or early next", None, "2026-04-30"),
        ("this quarter or next", "2025-01-01", "2025-06-30"),
        ("late this decade or early next", "2027-01-01", "2032-12-31"),
    ),
)
def test_the_noun_left_out_after_next_is_the_one_before_or(phrase, start, end):
    _check(phrase, start, end)


# --- The eighth audit: "prochain" after a day, decrees' "before", a unit or two ------------


def test_a_day_said_next_is_the_one_to_come_even_just_after_this_years():
    # Said on 12 March: the 1st of March just gone is not "prochain".
    _check("le 1er mars prochain", "2026-03-01", "2026-03-01")
    _check("on March 1 next", "2026-03-01", "2026-03-01")


@pytest.mark.parametrize(
    ("phrase", "end", "qualifier"),
    [
        ("préalablement au 1er juillet 2026", "2026-06-30", "before"),
        ("antérieurement au 1er juillet 2026", "2026-06-30", "before"),
        ("up to and including 30 June 2026", "2026-06-30", "by"),
        ("by COB Dec. 15", "2025-12-15", "by"),
        ("by EOD Friday", "2025-03-14", "by"),
    ],
)
def test_a_decrees_before_and_a_days_close_are_deadlines(phrase, end, qualifier):
    window = parse_deadline(phrase, stated_on=STATED)
    assert (window.start, window.end, window.qualifier) == (None, _d(end), qualifier)


@pytest.mark.parametrize(
    ("phrase", "end"),
    [
        ("in the next year or two", "2027-03-12"),
        ("over the coming month or two", "2025-05-12"),
        ("over the course of the next year", "2026-03-12"),
    ],
)
def test_the_next_unit_or_two_is_counted_from_the_day_said(phrase, end):
    window = parse_deadline(phrase, stated_on=STATED)
    assert (window.start, window.end) == (None, _d(end))


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    _rows(
        ("dans la première partie de 2026", "2026-01-01", "2026-04-30"),
        ("dans la dernière partie de 2026", "2026-09-01", "2026-12-31"),
        ("in the early stages of 2026", "2026-01-01", "2026-04-30"),
        ("in the final stages of 2026", "2026-09-01", "2026-12-31"),
    ),
)
def test_parts_and_stages_of_a_year(phrase, start, end):
    _check(phrase, start, end)


@pytest.mark.parametrize(
    "phrase", ["entre cet automne et le printemps prochain", "from this autumn through next spring"]
)
def test_a_range_from_this_season_keeps_its_year_and_the_next_season_follows(phrase):
    # Said on 12 March: this autumn is 2025's; the spring after it is 2026's.
    _check(phrase, "2025-09-01", "2026-05-31")


# --- The ninth audit, of whole sentences: the day said, dates left behind, names -------------


@pytest.mark.parametrize(
    "sentence",
    [
        "L'usine ouvrira en 2028, indique mardi le ministère.",
        "Le site ouvrira courant 2028, a-t-on appris mercredi.",
        "The plant will open in 2028, according to a filing Tuesday.",
    ],
)
def test_a_weekday_right_after_a_verb_of_saying_is_the_day_said_not_a_deadline(sentence):
    assert _found(sentence) == [(dt.date(2028, 1, 1), dt.date(2028, 12, 31))]


def test_a_month_then_until_a_year_is_no_range():
    # Said on 12 March 2025: extended in March (just gone) until 2035.
    found = _found("The licence was extended in March until 2035.")
    assert (None, dt.date(2035, 12, 31)) in found
    assert all(start is None or start.year != 2034 for start, _ in found)


@pytest.mark.parametrize(
    "sentence",
    [
        "The opening is now planned for 2029 (against 2027 previously).",
        "La mise en service est désormais prévue en 2029, contre 2027 auparavant.",
    ],
)
def test_a_date_set_against_the_new_one_and_said_previous_is_left_out(sentence):
    assert _found(sentence) == [(dt.date(2029, 1, 1), dt.date(2029, 12, 31))]


@pytest.mark.parametrize(
    "sentence",
    [
        "La route départementale 2027 sera fermée jusqu'en juin.",
        "Highway 2029 will reopen in May.",
        "Le stade sera prêt avant l'Euro 2036.",
    ],
)
def test_a_roads_number_and_a_tournaments_year_are_no_deadlines(sentence):
    assert all(end is None or end.year not in (2027, 2029, 2036) for _, end in _found(sentence))


@pytest.mark.parametrize("sentence", ["Our target is 2030.", "L'objectif, c'est 2030."])
def test_a_target_named_by_is_is_a_deadline(sentence):
    assert _found(sentence) == [(None, dt.date(2030, 12, 31))]


@pytest.mark.parametrize(
    "sentence",
    [
        "A 2028 opening is unlikely.",
        "Une ouverture en 2028 semble peu probable.",
        "The group has dropped its 2035 target.",
        "Le groupe a renoncé à son objectif de 2030.",
    ],
)
def test_a_date_judged_unlikely_or_a_target_given_up_is_no_deadline(sentence):
    assert _found(sentence) == []


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    _rows(
        ("de maintenant à fin 2026", None, "2026-12-31"),
        ("l'objectif est fixé à fin 2026", None, "2026-12-31"),
        ("with the target set for 2030", None, "2030-12-31"),
        ("le 1er/01/2027", "2027-01-01", "2027-01-01"),
        ("over the remainder of the decade", "2025-03-12", "2029-12-31"),
    ),
)
def test_the_eighth_audits_other_forms(phrase, start, end):
    _check(phrase, start, end)


@pytest.mark.parametrize(
    "sentence",
    [
        "The carmaker will open its plant in Spring Hill, Tennessee, later this year.",
        "The firm moves to Winter Park in June.",
    ],
)
def test_a_season_capitalised_before_a_capitalised_word_names_a_place(sentence):
    found = find_deadlines(sentence, stated_on=STATED)
    assert not any(word in f.text for f in found for word in ("Spring", "Winter"))
    # Guards: a season capitalised before its year, or at the end of a clause, is the season.
    assert _found("The plant opens in Spring 2026.") == [
        (dt.date(2026, 3, 1), dt.date(2026, 5, 31))
    ]


# --- What the importer's pass found the parser misread -------------------------------------


def test_a_french_time_written_1h27_is_no_half():
    with pytest.raises(DeadlineParseError):
        parse_deadline("entre 22h31 et 1h27, heure de Paris", stated_on=STATED)
    _check("results for 1H26", "2026-01-01", "2026-06-30")


def test_a_clause_of_cause_ends_a_negations_reach():
    found = find_deadlines(
        "La ligne n'est pas terminée puisque d'ici 2032, les rames seront livrées.",
        stated_on=STATED,
    )
    assert [(f.window.start, f.window.end) for f in found] == [(None, dt.date(2032, 12, 31))]


def test_the_first_of_the_year_is_its_first_day():
    _check("by the first of the year", None, "2026-01-01")


# --- The eleventh and twelfth audits ------------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    _rows(
        ("by Jan 1st, '27", None, "2027-01-01"),
        ("March 3rd '26", "2026-03-03", "2026-03-03"),
        ("early/mid-2026", "2026-01-01", "2026-08-31"),
        ("mi/fin 2026", "2026-05-01", "2026-12-31"),
        ("by Tues., March 18", None, "2025-03-18"),
        ("Opening is set for February", "2026-02-01", "2026-02-28"),
        ("d'ici septante jours", None, "2025-05-21"),
        ("endéans les trente jours", None, "2025-04-11"),
        ("jusqu'au 31/12", None, "2025-12-31"),
    ),
)
def test_the_eleventh_and_twelfth_audits_forms(phrase, start, end):
    _check(phrase, start, end)


def test_an_opening_once_scheduled_for_a_month_gone_by_is_still_past():
    with pytest.raises(DeadlineParseError, match="already past"):
        parse_deadline("was scheduled for February", stated_on=STATED)


@pytest.mark.parametrize(
    ("phrase", "message"),
    [
        ("by 2027 or within two years of the permit, whichever is later", "later of a date"),
        ("in the year following approval", "counted from an event"),
        ("dans l'année suivant la décision", "counted from an event"),
    ],
)
def test_a_date_that_hangs_on_an_undated_event_is_refused(phrase, message):
    with pytest.raises(DeadlineParseError, match=message):
        parse_deadline(phrase, stated_on=STATED)


@pytest.mark.parametrize(
    ("sentence", "end"),
    [
        ("Applications close no later than 3 pm IST on 15 April 2026.", "2026-04-15"),
        ("The last date for submission of bids is 15-04-2026.", "2026-04-15"),
        ("Date limite de dépôt des offres : 17/04/2026", "2026-04-17"),
        ("La ligne bleue sera prolongée d'ici 2031.", "2031-12-31"),
    ],
)
def test_deadlines_named_in_the_styles_of_other_presses(sentence, end):
    assert _found(sentence) == [(None, _d(end))]


def test_a_laws_number_and_a_date_judged_unrealistic_are_no_deadlines():
    assert _found("La loi 2026-12 du 3 février 2025 s'applique.") == [
        (dt.date(2025, 2, 3), dt.date(2025, 2, 3))
    ]
    assert _found("Le site ouvrira d'ici 2035, un échéancier jugé irréaliste.") == []
