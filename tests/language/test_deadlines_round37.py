"""Deadline phrasings the thirty-seventh round taught the parser.

Written from the misses of a batch read for the first time this round (`dev-blind59`'s
phrasings) and generalised to their neighbours: each topic lists phrasings that failed before
its rule and, as guards, neighbours it already read. Every phrase is stated on STATED
(Wednesday 12 March 2025) unless its row says otherwise. Rows are `(phrase, start, end)`;
dates are ISO strings and None means "no such bound".
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


# --- A year that names an event: a cup, a fair (rule 16) -------------------------------------


@pytest.mark.parametrize(
    "phrase",
    [
        "la Coupe d'Afrique 2023",
        "avant la Coupe d'Afrique des nations 2027",
        "la Foire internationale de Dakar 2026",
        "the Hanover trade fair 2026",
        # Guards: events the rule already knew.
        "la Coupe du monde 2026",
        "before Expo 2027",
    ],
)
def test_a_year_in_an_events_name_is_no_deadline(phrase):
    with pytest.raises(DeadlineParseError, match="names an event"):
        parse_deadline(phrase, stated_on=STATED)


def test_a_fair_told_to_happen_on_its_dates_gives_them():
    # Guard: a verb between the event and its date gives the event's date.
    _check("la foire se tiendra en mai 2026", "2026-05-01", "2026-05-31")


# --- "as early as in summer 2025": the preposition said again (rule 5) -----------------------


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    [
        ("as early as in summer 2025", "2025-08-31", None),
        ("as soon as in 2026", "2026-12-31", None),
        # Guard: without "in", as before.
        ("as early as summer 2025", "2025-08-31", None),
    ],
)
def test_as_early_as_in_a_period_is_not_before_it(phrase, start, end):
    _check(phrase, start, end)


# --- A start and an end of one piece of work (rule 9) ----------------------------------------


@pytest.mark.parametrize(
    ("phrase", "start", "end", "stated_on"),
    [
        (
            "starting from this month and concluding by 31 December 2021",
            "2021-09-01",
            "2021-12-31",
            dt.date(2021, 9, 8),
        ),
        (
            "starting in September and ending by 31 December 2021",
            "2021-09-01",
            "2021-12-31",
            dt.date(2021, 9, 8),
        ),
        (
            "les travaux débuteront en mars pour se conclure en juin 2027",
            "2027-03-01",
            "2027-06-30",
            dt.date(2026, 9, 8),
        ),
        # Guard: an end alone is a "by" date.
        ("concluding by 31 December 2021", None, "2021-12-31", dt.date(2021, 9, 8)),
    ],
)
def test_a_start_and_a_conclusion_make_one_range(phrase, start, end, stated_on):
    _check(phrase, start, end, stated_on)


# --- "un horizon de 5 à 10 ans" without its preposition ------------------------------------


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    [
        ("un horizon de 5 à 10 ans", None, "2035-03-12"),
        ("un horizon de trois ans", None, "2028-03-12"),
        # Guard: with its preposition, as before.
        ("à un horizon de trois ans", None, "2028-03-12"),
    ],
)
def test_a_horizon_of_years_is_within_them(phrase, start, end):
    _check(phrase, start, end)


# --- A month with no year put into use in the past (rule 6) ----------------------------------


@pytest.mark.parametrize(
    "phrase",
    [
        "rolled out a handful of new trains in August",
        # Guards: read so before, by "was" and by a participle after its noun.
        "the scheme was deployed in November",
        "the plant, commissioned in October",
    ],
)
def test_a_month_something_was_put_into_use_in_is_the_one_gone_by(phrase):
    with pytest.raises(DeadlineParseError, match="before it was said"):
        parse_deadline(phrase, stated_on=dt.date(2025, 12, 23))


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    [
        # Guards: the same verbs looking ahead keep the coming month.
        ("will be rolled out in August", "2026-08-01", "2026-08-31"),
        ("to be deployed in September", "2026-09-01", "2026-09-30"),
    ],
)
def test_a_month_something_will_be_put_into_use_in_is_ahead(phrase, start, end):
    _check(phrase, start, end, dt.date(2025, 12, 23))


# --- Years said in words, in a phrase and in running text ------------------------------------


def _found(text: str, stated_on: dt.date = STATED) -> list[tuple[str, dt.date | None]]:
    return [(f.window.text, f.window.end) for f in find_deadlines(text, stated_on=stated_on)]


def test_a_year_in_words_is_found_in_running_text_whatever_follows_it():
    assert _found("Le groupe vise la neutralité d'ici deux mille trente, a-t-il dit.") == [
        ("d'ici deux mille trente", dt.date(2030, 12, 31))
    ]
    assert _found("It will be carbon neutral by two thousand and thirty, he said.") == [
        ("by two thousand and thirty", dt.date(2030, 12, 31))
    ]


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    [
        ("by twenty thirty", None, "2030-12-31"),
        ("in twenty twenty-six", "2026-01-01", "2026-12-31"),
        ("by twenty fifty, the minister said", None, "2050-12-31"),
        # The other way of saying it, followed by words (read at the end of a phrase only, before).
        ("d'ici deux mille trente au plus tard", None, "2030-12-31"),
    ],
)
def test_a_year_said_as_its_centurys_number_and_the_rest(phrase, start, end):
    _check(phrase, start, end)


@pytest.mark.parametrize("phrase", ["by twenty five", "twenty thirty"])
def test_twenty_and_a_unit_or_no_qualifier_is_no_year(phrase):
    # "by twenty five" is a count; a bare "twenty thirty" may be a time of day.
    with pytest.raises(DeadlineParseError):
        parse_deadline(phrase, stated_on=STATED)


def test_a_count_said_in_words_is_no_year_in_running_text():
    assert _found("It hired two thousand and twenty workers.") == []


# --- From a batch of real phrasings read this round (dev-blind69) ----------------------------


@pytest.mark.parametrize(
    "phrase",
    [
        # A move with what was moved between the verb and "forward" (rule 10).
        "brings the plan forward by 15 years",
        # A superlative measures back, "and" joining the nouns it qualifies, in French too.
        "the biggest housebuilding and infrastructure push in 50 years",
        "le plus grand chantier en 50 ans",
        # "sept" before a counted noun is seven, not September.
        "pour sept semaines consécutives",
        # Year-to-date looks back.
        "Year-to-date 2017",
        "YTD 2017",
    ],
)
def test_these_are_no_deadline(phrase):
    with pytest.raises(DeadlineParseError):
        parse_deadline(phrase, stated_on=dt.date(2017, 9, 15))


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    [
        # Guards: a verb to come after a superlative keeps the span ahead; "sept" as a month.
        ("the largest plant will open in two years", None, "2027-03-12"),
        ("la plus grande usine ouvrira en deux ans", None, "2027-03-12"),
        ("fin sept 2025", "2025-09-01", "2025-09-30"),
        ("brought the opening forward to 2026", "2026-01-01", "2026-12-31"),
    ],
)
def test_neighbours_of_those_still_read(phrase, start, end):
    _check(phrase, start, end)


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    [
        # The year as a whole, said of the year it is said in.
        ("for the full year", "2025-01-01", "2025-12-31"),
        ("sur l'ensemble de l'année", "2025-01-01", "2025-12-31"),
        ("pour l'ensemble de l'année", "2025-01-01", "2025-12-31"),
        ("the whole year 2026", "2026-01-01", "2026-12-31"),
        # "maximum" after a date is "at the latest".
        ("5 octobre 2025 maximum à 14h00", None, "2025-10-05"),
        ("en 2030 au maximum", None, "2030-12-31"),
        # "by now": by the day said.
        ("by now", None, "2025-03-12"),
        # A deadline set, then its date after a comma.
        ("la date butoir est fixée, le 30 juin", None, "2025-06-30"),
    ],
)
def test_these_read_as_the_year_or_a_by_date(phrase, start, end):
    _check(phrase, start, end)


def test_the_full_year_of_a_year_gone_by_is_past():
    with pytest.raises(DeadlineParseError, match="before it was said"):
        parse_deadline("For the full year 2024", stated_on=dt.date(2025, 1, 1))


@pytest.mark.parametrize("phrase", ["until now", "now expected"])
def test_now_alone_or_until_now_is_no_date(phrase):
    with pytest.raises(DeadlineParseError):
        parse_deadline(phrase, stated_on=STATED)


def test_by_now_in_running_text_looks_back_and_is_left_out():
    assert _found("The line should have opened by now, officials said.") == []


def test_a_weekday_told_by_a_reflexive_past_in_os_is_the_one_gone_by():
    with pytest.raises(DeadlineParseError, match="before it was said"):
        parse_deadline("se sont clos vendredi", stated_on=dt.date(2025, 9, 1))


# --- From a second batch of real phrasings read this round (dev-blind70) ---------------------


@pytest.mark.parametrize(
    ("phrase", "start", "end", "stated_on"),
    [
        # A deadline noun in the plural, a dash as its colon.
        ("by the established deadlines - April 15", None, "2013-04-15", dt.date(2013, 3, 1)),
        # A season after "d'" ("une sortie d'automne 2025").
        ("prévu pour une sortie d'automne 2025", "2025-09-01", "2025-11-30", dt.date(2025, 2, 10)),
        ("la saison d'été 2026", "2026-06-01", "2026-08-31", dt.date(2025, 2, 10)),
        # Works begun, then lasting until an end: one range (rule 9).
        (
            "ont commencé mi-2025 et devraient durer jusqu'à fin 2026",
            "2025-05-01",
            "2026-12-31",
            dt.date(2025, 10, 6),
        ),
        # "not before" a named time with its possessive: not before its day.
        (
            "ne bougera pas avant sa rencontre du 25 octobre",
            "2017-10-25",
            None,
            dt.date(2017, 8, 7),
        ),
        ("not before its meeting of 25 October", "2017-10-25", None, dt.date(2017, 8, 7)),
        # The same named time without a negation is a "by" date.
        ("avant sa rencontre du 25 octobre", None, "2017-10-25", dt.date(2017, 8, 7)),
        # Guard: a "by" date looking ahead keeps the coming month.
        ("will be completed by December", None, "2013-12-31", dt.date(2013, 3, 1)),
    ],
)
def test_more_real_phrasings_read_as_labelled(phrase, start, end, stated_on):
    _check(phrase, start, end, stated_on)


@pytest.mark.parametrize(
    ("phrase", "stated_on"),
    [
        # French "sa première ... en sept ans" measures back.
        ("sa première hausse de taux en sept ans", dt.date(2017, 8, 7)),
        # A yearless "by" month that a past verb tells of is the one gone by (rule 6).
        ("were completed by December as originally planned", dt.date(2013, 3, 1)),
    ],
)
def test_more_real_phrasings_that_are_no_deadline(phrase, stated_on):
    with pytest.raises(DeadlineParseError):
        parse_deadline(phrase, stated_on=stated_on)


# --- From a third batch of real phrasings read this round (dev-blind71) ----------------------


@pytest.mark.parametrize(
    ("phrase", "match"),
    [
        # The French acronym of the Africa Cup of Nations after its article names the event.
        ("avant la CAN 2025", "names an event"),
        # A deadline said to be missed, its date before its noun.
        ("would miss the June 2019 deadline", "will be missed"),
    ],
)
def test_an_event_by_its_acronym_and_a_deadline_missed_are_no_deadline(phrase, match):
    with pytest.raises(DeadlineParseError, match=match):
        parse_deadline(phrase, stated_on=dt.date(2018, 2, 27))


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    [
        # Guards: "can" as a verb, and a deadline met.
        ("we can deliver in 2025", "2025-01-01", "2025-12-31"),
        ("will meet the June 2019 deadline", None, "2019-06-30"),
    ],
)
def test_their_neighbours_still_read(phrase, start, end):
    _check(phrase, start, end, dt.date(2018, 2, 27))


# --- From a fourth batch of real phrasings read this round (dev-blind72) ---------------------


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    [
        # A period named as a window: "its fall window".
        ("its fall window", "2025-09-01", "2025-11-30"),
        # Guards: a window with its year, and a window a move leaves behind.
        ("a spring 2027 launch window", "2027-03-01", "2027-05-31"),
        ("moved from the previously planned 2025 window to early 2026", "2026-01-01", "2026-04-30"),
    ],
)
def test_a_period_named_as_a_window_is_that_period(phrase, start, end):
    _check(phrase, start, end)
