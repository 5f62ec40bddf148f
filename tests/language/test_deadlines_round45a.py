"""Deadline phrasings the forty-fifth round taught the parser (helper a).

Written from misses that recur across batches, each read as a construction of English or
French and generalised to its neighbours: each topic lists phrasings that failed before its
rule and, as guards, neighbours the rule must leave alone. The phrasings are invented. Rows
are `(phrase, stated_on, start, end)`; dates are ISO strings and None means "no such bound".
"""

from __future__ import annotations

import datetime as dt

import pytest

from language.deadlines import DeadlineParseError, find_deadlines, parse_deadline
from tests.language.deadline_specs import assert_window_on

# --- Closing a year, or ending it, is being at its end ---------------------------------------


@pytest.mark.parametrize(
    ("phrase", "stated_on", "start", "end"),
    [
        # The year is the verb's object: the company is at the year's end by then, as it is
        # when it "exits" the year (rule 3).
        ("to close 2028 with 60 branches", "2026-05-04", None, "2028-12-31"),
        ("the chain is set to close 2027 with 400 shops", "2026-05-04", None, "2027-12-31"),
        ("the insurer hopes to close 2026 in profit", "2026-05-04", None, "2026-12-31"),
        ("closing fiscal 2027 with no debt", "2026-05-04", None, "2027-12-31"),
        ("to close this year with 90 stations", "2026-05-04", None, "2026-12-31"),
        ("expects to end this year with 40 stores", "2026-05-04", None, "2026-12-31"),
        ("expects to end next year with 12 routes", "2026-05-04", None, "2027-12-31"),
        # Guards: closing in a period is an event within it; the noun "end" is the late part;
        # a move's "to end" keeps the late part of its year.
        ("the deal is expected to close in 2027", "2026-05-04", "2027-01-01", "2027-12-31"),
        ("the deal is expected to close in Q3 2027", "2026-05-04", "2027-07-01", "2027-09-30"),
        ("end 2027", "2026-05-04", "2027-09-01", "2027-12-31"),
        ("by end 2027", "2026-05-04", None, "2027-12-31"),
        ("moved from end 2026 to end 2027", "2026-05-04", "2027-09-01", "2027-12-31"),
        ("close to 2030", "2026-05-04", "2030-01-01", "2030-12-31"),
    ],
)
def test_closing_a_year_is_being_at_its_end(
    phrase: str, stated_on: str, start: str | None, end: str | None
) -> None:
    assert_window_on(phrase, stated_on, start, end)


def test_closing_the_year_in_running_text_is_not_read() -> None:
    # "The year" in running text is often one named before: only "this" or "next year", or a
    # year's number, are closed by the phrase itself.
    found = find_deadlines(
        "The airline intends to receive its first jet in March 2027 and to close the year with"
        " 13 of the type.",
        stated_on=dt.date(2026, 10, 20),
    )
    assert [(f.window.start, f.window.end) for f in found] == [
        (dt.date(2027, 3, 1), dt.date(2027, 3, 31))
    ]


# --- A cup, and a yearly address to a parliament, are events named by their year ------------


@pytest.mark.parametrize(
    "phrase",
    [
        # A tournament named by its cup, its year before it (rule 16): the tournament's own
        # dates are not in the phrase.
        "ahead of the 2029 Africa Cup of Nations",
        "before the 2027 Asian Cup",
        "the Gold Cup 2027",
        # A possessive among the name's words keeps the year in the name.
        "before the 2027 Women's World Cup",
        "in time for the 2027 Women’s Rugby World Cup",
        # A yearly address to a parliament is a day the phrase does not give.
        "her 2027 State of the Nation Address",
        "ahead of the 2027 State of the Union",
    ],
)
def test_a_cup_or_an_address_named_by_its_year_is_an_event(phrase: str) -> None:
    with pytest.raises(DeadlineParseError, match="event"):
        parse_deadline(phrase, stated_on=dt.date(2026, 5, 4))


@pytest.mark.parametrize(
    ("phrase", "stated_on", "start", "end"),
    [
        # Guards: a year's possessive is no name, and a cup's date given is read.
        ("by 2027's second quarter", "2026-05-04", None, "2027-06-30"),
        ("in 2027, the company's second plant", "2026-05-04", "2027-01-01", "2027-12-31"),
        ("the cup final will be played on 14 June 2027", "2026-05-04", "2027-06-14", "2027-06-14"),
    ],
)
def test_a_year_beside_no_event_is_read(
    phrase: str, stated_on: str, start: str | None, end: str | None
) -> None:
    assert_window_on(phrase, stated_on, start, end)


# --- A start and an end of one piece of work ------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "stated_on", "start", "end"),
    [
        # French says "continue until" with "se poursuivre" or "continuer", as English says
        # "continue through" (rule 9).
        (
            "les essais débuteront le 8 juin 2026 et se poursuivront jusqu'en octobre 2026",
            "2026-05-04",
            "2026-06-08",
            "2026-10-31",
        ),
        (
            "le chantier commencera en juillet et continuera jusqu'à la fin de l'année",
            "2026-05-04",
            "2026-07-01",
            "2026-12-31",
        ),
        # After a verb of starting, "until" right after the first period opens the second, as
        # "starting in July until December" does.
        (
            "la campagne débutera en septembre jusqu'au 15 novembre",
            "2026-05-04",
            "2026-09-01",
            "2026-11-15",
        ),
        ("the works will begin in July through October", "2026-05-04", "2026-07-01", "2026-10-31"),
        # A period, then "and" and a verb of ending: the verb of starting left out of the
        # phrase, the two are still the work's start and end.
        ("this month and plans to finish by November", "2026-05-04", "2026-05-01", "2026-11-30"),
        ("in 2027 and complete the second phase by 2029", "2026-05-04", "2027-01-01", "2029-12-31"),
        ("en 2027 et s'achever d'ici 2029", "2026-05-04", "2027-01-01", "2029-12-31"),
        # Guards: a replacement or a denial between them, a "by" first, or "in" with no verb
        # of starting before "until" leave the deadline alone (rules 3 and 8, "extended in
        # March until 2035").
        ("in 2027 and now to complete by 2029", "2026-05-04", None, "2029-12-31"),
        ("by 2027 and complete by 2029", "2026-05-04", None, "2029-12-31"),
        ("en octobre jusqu'au 31 décembre", "2026-05-04", None, "2026-12-31"),
        ("extended in March until 2035", "2026-05-04", None, "2035-12-31"),
        (
            "will begin in October, delayed until March 2027",
            "2026-05-04",
            "2027-03-01",
            "2027-03-31",
        ),
    ],
)
def test_a_start_and_an_end_of_one_piece_of_work_are_its_range(
    phrase: str, stated_on: str, start: str | None, end: str | None
) -> None:
    assert_window_on(phrase, stated_on, start, end)


# --- "Up to" after a move is its "until" ------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "stated_on", "start", "end"),
    [
        # Delayed "up to" a period is delayed until it: the new period itself (rule 10).
        (
            "could be delayed up to the end of the second quarter of 2027",
            "2026-05-04",
            "2027-04-01",
            "2027-06-30",
        ),
        ("postponed up to 2028", "2026-05-04", "2028-01-01", "2028-12-31"),
        # Guards: with no move, or extended (a term's end), or "up to and including", or a
        # move's size, it keeps its reading.
        ("up to the end of 2027", "2026-05-04", None, "2027-12-31"),
        ("extended up to 2028", "2026-05-04", None, "2028-12-31"),
        ("delayed up to and including 30 June 2027", "2026-05-04", None, "2027-06-30"),
    ],
)
def test_up_to_after_a_move_is_its_until(
    phrase: str, stated_on: str, start: str | None, end: str | None
) -> None:
    assert_window_on(phrase, stated_on, start, end)


def test_delayed_by_up_to_a_span_is_still_a_margin() -> None:
    with pytest.raises(DeadlineParseError, match="how far"):
        parse_deadline("delayed by up to three months", stated_on=dt.date(2026, 5, 4))


# --- A period said to be the deadline, the noun after it ---------------------------------------


@pytest.mark.parametrize(
    ("phrase", "stated_on", "start", "end"),
    [
        # "X is the deadline" says what "the deadline is X" says (rule 3), a few words naming
        # whose deadline it is.
        ("2031 is the deadline", "2026-05-04", None, "2031-12-31"),
        (
            "March 2027 remains the bridge's official completion date",
            "2026-05-04",
            None,
            "2027-03-31",
        ),
        ("fin 2027 reste la date butoir", "2026-05-04", None, "2027-12-31"),
        # Named as the latest date it may be, a participle before "as".
        (
            "with 30 June 2027 emerging as the latest possible date",
            "2026-05-04",
            None,
            "2027-06-30",
        ),
        ("30 June 2027 standing as the deadline", "2026-05-04", None, "2027-06-30"),
        # Guards: a deadline given up, a denied one, or a deadline noun in another clause.
        ("2027 was the original deadline", "2026-05-04", "2027-01-01", "2027-12-31"),
        ("in 2027, the deadline", "2026-05-04", "2027-01-01", "2027-12-31"),
        ("a December opening date", "2026-05-04", "2026-12-01", "2026-12-31"),
    ],
)
def test_a_period_said_to_be_the_deadline_is_a_by(
    phrase: str, stated_on: str, start: str | None, end: str | None
) -> None:
    assert_window_on(phrase, stated_on, start, end)


# --- A quarter's number after its noun ------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "stated_on", "start", "end"),
    [
        # "Quarter one" numbers the quarter as "Q1" does, in figures or in words.
        ("no later than quarter one 2028", "2026-05-04", None, "2028-03-31"),
        ("in quarter 3 of 2027", "2026-05-04", "2027-07-01", "2027-09-30"),
        ("quarter four 2026", "2026-05-04", "2026-10-01", "2026-12-31"),
        ("au trimestre 2 2027", "2026-05-04", "2027-04-01", "2027-06-30"),
        ("quarter two of next year", "2026-05-04", "2027-04-01", "2027-06-30"),
        # Guards: the ordinal and the code keep their readings.
        ("the third quarter of 2027", "2026-05-04", "2027-07-01", "2027-09-30"),
        ("Q1 2027", "2026-05-04", "2027-01-01", "2027-03-31"),
    ],
)
def test_a_quarter_numbered_after_its_noun(
    phrase: str, stated_on: str, start: str | None, end: str | None
) -> None:
    assert_window_on(phrase, stated_on, start, end)


def test_a_quarter_numbered_without_a_year_is_a_heading() -> None:
    # "Quarter 1 results" heads a table: no year, no quarter read.
    with pytest.raises(DeadlineParseError, match="No deadline"):
        parse_deadline("quarter 1 results", stated_on=dt.date(2026, 5, 4))


# --- "Pendant au moins" a span says how long it lasts ------------------------------------------


@pytest.mark.parametrize(
    "phrase",
    [
        # "pendant" and "durant" say how long something lasts: at least that long is still a
        # duration, no deadline and no floor (rule 6).
        "le pont sera fermé pendant au moins 14 mois",
        "la ligne restera fermée pendant au moins 30 ans",
        "durant au moins trois ans",
    ],
)
def test_pendant_au_moins_a_span_is_a_duration(phrase: str) -> None:
    with pytest.raises(DeadlineParseError, match="how long"):
        parse_deadline(phrase, stated_on=dt.date(2026, 5, 4))


@pytest.mark.parametrize(
    ("phrase", "stated_on", "start", "end"),
    [
        # Guards: more of it counted, or a negation before, make it a floor (rule 5).
        ("pendant au moins deux ans de plus", "2026-05-04", "2028-05-04", None),
        ("fermé encore pendant au moins deux ans", "2026-05-04", "2028-05-04", None),
        ("ne rouvrira pas pendant au moins deux ans", "2026-05-04", "2028-05-04", None),
        ("pour au moins un an de plus", "2026-05-04", "2027-05-04", None),
        ("for at least two more years", "2026-05-04", "2028-05-04", None),
    ],
)
def test_more_of_a_span_or_a_denied_one_is_a_floor(
    phrase: str, stated_on: str, start: str | None, end: str | None
) -> None:
    assert_window_on(phrase, stated_on, start, end)


# --- Small words the grammar lacked: "exactly", "time frame", "past" a year --------------------


@pytest.mark.parametrize(
    ("phrase", "stated_on", "start", "end"),
    [
        # A span's number said exactly, as "only" or "seulement" say it (rule 19).
        ("dans exactement dix jours", "2026-05-04", None, "2026-05-14"),
        ("in exactly two weeks", "2026-05-04", None, "2026-05-18"),
        # A span written as an adjective before "time frame" is that span, as before "window".
        ("in the three-year time frame", "2026-05-04", None, "2029-05-04"),
        ("in the 90-day timeframe", "2026-05-04", None, "2026-08-02"),
        # "Past" a year's number is after it, as "beyond" is (rule 13).
        ("past 2042", "2026-05-04", "2043-01-01", None),
        ("well past 2040", "2026-05-04", "2041-01-01", None),
    ],
)
def test_small_words_the_grammar_lacked(
    phrase: str, stated_on: str, start: str | None, end: str | None
) -> None:
    assert_window_on(phrase, stated_on, start, end)


@pytest.mark.parametrize("phrase", ["over the past two years", "the past year", "a two-year frame"])
def test_past_and_frame_alone_name_no_date(phrase: str) -> None:
    # "Past" before a span looks back; "frame" without "time" is no window.
    with pytest.raises(DeadlineParseError):
        parse_deadline(phrase, stated_on=dt.date(2026, 5, 4))


# --- "Chaque année" names no one year --------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "stated_on", "start", "end"),
    [
        # A yearly date is its next occurrence (rule 6); "chaque année" before it is no year
        # under way to start a range from.
        ("chaque année au mois de septembre", "2026-05-04", "2026-09-01", "2026-09-30"),
        ("chaque année, au mois de février", "2026-05-04", "2027-02-01", "2027-02-28"),
        ("each year in September", "2026-05-04", "2026-09-01", "2026-09-30"),
        # Guards: the year named keeps its reading.
        ("cette année au mois de septembre", "2026-05-04", "2026-09-01", "2026-09-30"),
        ("d'ici la fin de l'année", "2026-05-04", None, "2026-12-31"),
        ("by 15 July of each year", "2026-05-04", None, "2026-07-15"),
    ],
)
def test_each_year_names_no_one_year(
    phrase: str, stated_on: str, start: str | None, end: str | None
) -> None:
    assert_window_on(phrase, stated_on, start, end)


# --- "Au lendemain de", "à la veille de": the day after or before, "à" contracted -------------


@pytest.mark.parametrize(
    ("phrase", "stated_on", "start", "end"),
    [
        # "au" is "à le": "au lendemain de" is "le lendemain de" after "à" (rule 19's
        # contractions), the day after the day named.
        ("au lendemain de Noël", "2026-05-04", "2026-12-26", "2026-12-26"),
        ("au lendemain du 14 juillet", "2026-05-04", "2026-07-15", "2026-07-15"),
        ("au surlendemain de Noël", "2026-05-04", "2026-12-27", "2026-12-27"),
        ("à la veille de Noël", "2026-05-04", "2026-12-24", "2026-12-24"),
        # Guards: the forms without "à".
        ("le lendemain de Noël", "2026-05-04", "2026-12-26", "2026-12-26"),
        ("la veille du 14 juillet", "2026-05-04", "2026-07-13", "2026-07-13"),
    ],
)
def test_au_lendemain_is_the_day_after(
    phrase: str, stated_on: str, start: str | None, end: str | None
) -> None:
    assert_window_on(phrase, stated_on, start, end)
