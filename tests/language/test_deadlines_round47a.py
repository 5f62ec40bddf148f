"""Deadline phrasings the forty-seventh round taught the parser (helper a).

Written from the readable misses (those of dev-blind90 and dev-blind91, read for the first
time, first) and from three misreadings the other helpers reported, each read as a
construction of English or French and generalised to its neighbours. Every topic follows from
the grammar and was kept at no readable cost; the batches each comes from are named in
docs/deadlines.md. Each topic lists phrasings that failed before its rule and, as guards,
neighbours the rule must leave alone. The phrasings are invented. Rows are `(phrase,
stated_on, start, end)`; dates are ISO strings and None means "no such bound".
"""

from __future__ import annotations

import datetime as dt

import pytest

from language.deadlines import DeadlineParseError, parse_deadline
from tests.language.deadline_specs import assert_refused_on, assert_window_on, found_on

# --- A unit said twice, from one to the next, is time going by --------------------------------


@pytest.mark.parametrize(
    "phrase",
    [
        "les loyers grimpent d'année en année",
        "un chantier qui avance de mois en mois",
        "des prix révisés de semaine en semaine",
        "un carnet qui se remplit de trimestre en trimestre",
    ],
)
def test_a_unit_said_twice_is_no_period(phrase: str) -> None:
    assert_refused_on(phrase, "2025-03-10")


def test_a_unit_said_twice_leaves_a_date_beside_it() -> None:
    assert_window_on(
        "les loyers grimpent d'année en année jusqu'en 2027", "2025-03-10", None, "2027-12-31"
    )
    assert_window_on("d'ici à la fin de l'année", "2025-03-10", None, "2025-12-31")  # guard
    assert found_on("Le prix du ticket augmente d'année en année.", "2025-03-10") == []


# --- A day written with its year keeps it after "previous", "last", "next" --------------------


@pytest.mark.parametrize(
    ("phrase", "stated_on", "start", "end"),
    [
        ("the previous October 15, 2026", "2026-02-02", "2026-10-15", "2026-10-15"),
        ("next March 3rd, 2027", "2026-02-02", "2027-03-03", "2027-03-03"),
    ],
)  # fmt: skip
def test_a_dated_day_after_previous_or_next(
    phrase: str, stated_on: str, start: str, end: str
) -> None:
    assert_window_on(phrase, stated_on, start, end)


def test_a_dated_day_after_previous_is_found_whole() -> None:
    text = "Filings stay due on the previous September 30, 2026 cut-off."
    assert found_on(text, "2026-02-02") == [
        ("September 30, 2026", dt.date(2026, 9, 30), dt.date(2026, 9, 30))
    ]


def test_previous_month_without_a_year_is_unchanged() -> None:
    assert_refused_on("the previous October 15", "2026-02-02")  # the October gone by
    assert_window_on("next October", "2026-02-02", "2026-10-01", "2026-10-31")


# --- An ellipsis between a word and a year is a pause ------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "end"),
    [
        ("à l'horizon... 2060", "2060-12-31"),
        ("d'ici… 2031", "2031-12-31"),
        ("by... 2029", "2029-12-31"),
    ],
)
def test_an_ellipsis_before_a_year_is_a_pause(phrase: str, end: str) -> None:
    assert_window_on(phrase, "2025-05-05", None, end)


# --- A quantifier between "avait" and its participle ------------------------------------------


def test_avait_tout_is_a_pluperfect() -> None:
    assert_refused_on("la grève avait tout bloqué en mars", "2025-09-01")  # March 2025, gone by
    assert_refused_on("les élus avaient tous voté au printemps", "2025-09-01")
    assert_window_on(
        "tout sera prêt au printemps", "2025-09-01", "2026-03-01", "2026-05-31"
    )  # guard


# --- A season in the plural, of two years ------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    [
        ("durant les étés 2026 et 2027", "2026-06-01", "2027-08-31"),
        ("over the summers of 2026 and 2027", "2026-06-01", "2027-08-31"),
        ("pendant les hivers 2026-2027 et 2027-2028", "2026-12-01", "2028-02-29"),
        ("during the winters of 2026-27 and 2027-28", "2026-12-01", "2028-02-29"),
        ("des automnes 2026 et 2027", "2026-09-01", "2027-11-30"),
    ],
)
def test_plural_seasons_of_two_years(phrase: str, start: str, end: str) -> None:
    assert_window_on(phrase, "2026-01-15", start, end)


def test_a_season_and_a_year_after_it_are_unchanged() -> None:
    # One season, and a second year: from the season to the end of that year, as before.
    assert_window_on("à l'été 2026 et 2027", "2026-01-15", "2026-06-01", "2027-12-31")
    assert_window_on("summer 2026", "2026-01-15", "2026-06-01", "2026-08-31")


# --- A school year named by one year; "in time for" a school year is its start ----------------


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    [
        # One year names no school year that can be dated in every hemisphere (a calendar
        # year in the south, 2026-27 or 2027-28 in the north): it is read as the year it
        # names, not fitted to one hemisphere (by the end of January 2027, as the south
        # would have it).
        ("in time for the 2027 school year", None, "2027-12-31"),
        ("by the end of the 2027 school year", None, "2027-12-31"),
        ("during the 2027 school year", "2027-01-01", "2027-12-31"),
        # Two years name a northern one: what is ready in time for it is ready in September.
        ("in time for the 2027-28 school year", None, "2027-09-30"),
        # With no year, the one under way, as before.
        ("in time for the school year", None, "2026-08-31"),
    ],
)
def test_school_years(phrase: str, start: str | None, end: str) -> None:
    assert_window_on(phrase, "2026-03-04", start, end)


# --- Initials end no clause --------------------------------------------------------------------


def test_initials_do_not_end_the_clause_of_at_the_earliest() -> None:
    assert_window_on(
        "At the earliest, U.K. exports could resume later this decade",
        "2026-04-20",
        "2029-12-31",
        None,
    )
    assert_window_on(
        "At the earliest, exports could resume later this decade", "2026-04-20", "2029-12-31", None
    )


# --- "de demain" after a noun ------------------------------------------------------------------


@pytest.mark.parametrize(
    "phrase", ["les usines de demain", "l'école de demain", "la mobilité de demain"]
)
def test_de_demain_after_a_noun_is_no_day(phrase: str) -> None:
    assert_refused_on(phrase, "2026-02-10")


@pytest.mark.parametrize("phrase", ["à partir de demain", "la soirée de demain", "d'ici demain"])
def test_tomorrow_itself_is_kept(phrase: str) -> None:
    window = parse_deadline(phrase, stated_on=dt.date(2026, 2, 10))
    assert window.end == dt.date(2026, 2, 11)


# --- "(read: ...)" glosses the period before it ------------------------------------------------


def test_read_glosses_a_bracket() -> None:
    assert_window_on(
        'pushed to "early autumn" (read: October)', "2026-05-05", "2026-10-01", "2026-10-31"
    )
    assert_window_on("in early autumn (that is, October)", "2026-05-05", "2026-10-01", "2026-10-31")


# --- "in over N years" measures back -----------------------------------------------------------


@pytest.mark.parametrize(
    "phrase",
    ["in over 30 years", "in over a decade", "in well over two decades"],
)
def test_in_over_a_span_measures_back(phrase: str) -> None:
    assert_refused_on(phrase, "2026-01-05")


def test_in_over_a_span_leaves_the_date_beside_it() -> None:
    text = "The first new refinery in more than 40 years, it is due to open in 2028."
    assert found_on(text, "2026-01-05") == [("in 2028", dt.date(2028, 1, 1), dt.date(2028, 12, 31))]
    assert_window_on("in 30 years", "2026-01-05", None, "2056-01-05")  # guard: a span ahead


# --- An event named after "at" or "aux" --------------------------------------------------------


@pytest.mark.parametrize(
    "phrase",
    [
        "at Offshore Wind Week 2027",
        "aux « Trophées de l'Eau » 2027",
        "aux Victoires du Numérique 2027",
    ],
)
def test_an_event_named_after_at_takes_its_year(phrase: str) -> None:
    assert_refused_on(phrase, "2026-01-05")


def test_a_period_after_at_is_kept() -> None:
    assert_window_on("at Q1 2027", "2026-01-05", "2027-01-01", "2027-03-31")
    assert_refused_on("at CES 2027", "2026-01-05")  # one word, as before


# --- A season before a noun and a year ---------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    [
        # The year alone is read (not the autumn gone by): what it names is not a date.
        ("in Autumn Budget 2027", "2027-01-01", "2027-12-31"),
        ("in spring and summer 2027", "2027-03-01", "2027-08-31"),  # guard
        ("l'hiver austral 2027", "2027-06-01", "2027-08-31"),  # guard
        ("in autumn of 2027", "2027-09-01", "2027-11-30"),  # guard
    ],
)
def test_a_season_before_a_noun_and_a_year(phrase: str, start: str, end: str) -> None:
    assert_window_on(phrase, "2026-01-05", start, end)


def test_a_season_before_a_noun_and_a_past_year_is_refused() -> None:
    assert_refused_on("in Summer statement 2019", "2026-01-05")


# --- Mends after the review (helper mendp) -----------------------------------------------------


def test_initials_before_a_capital_may_end_the_sentence() -> None:
    # The initials end no sentence only before a word written in lower case: before a capital
    # a new sentence may start, and a negation does not reach into it.
    assert found_on(
        "Ferries will not sail to the U.K. Sailings to Norway will restart by May 2027.",
        "2026-03-04",
    ) == [("by May 2027", None, dt.date(2027, 5, 31))]
    assert found_on(
        "The group will not open offices in the U.S. Its Danish office opens in 2028.",
        "2026-03-04",
    ) == [("in 2028", dt.date(2028, 1, 1), dt.date(2028, 12, 31))]


def test_a_school_year_named_by_one_year_is_fitted_to_no_hemisphere() -> None:
    # Read as the year it names, as before the round, not as January of that year.
    assert_window_on("ready in time for the 2028 school year", "2026-03-04", None, "2028-12-31")


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # After a whole phrase the ellipsis ends the sentence; the number opens the next one.
        (
            "The bridge should reopen in May… 14 piers will be replaced.",
            [("in May", dt.date(2026, 5, 1), dt.date(2026, 5, 31))],
        ),
        (
            "The works will be done by the end of the year... 2027 looks harder.",
            [
                ("by the end of the year", None, dt.date(2026, 12, 31)),
                ("2027", dt.date(2027, 1, 1), dt.date(2027, 12, 31)),
            ],
        ),
    ],
)
def test_an_ellipsis_after_a_whole_phrase_ends_it(
    text: str, found: list[tuple[str, dt.date | None, dt.date | None]]
) -> None:
    assert found_on(text, "2026-03-04") == found


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    [
        ("by autumn perhaps 2028", None, "2028-12-31"),
        ("à l'automne voire 2028", "2027-09-01", "2028-12-31"),
    ],
)
def test_a_hedge_between_a_season_and_a_year_is_no_noun(
    phrase: str, start: str | None, end: str
) -> None:
    assert_window_on(phrase, "2026-03-04", start, end)


@pytest.mark.parametrize(
    "phrase", ["lors de l'assemblée générale de demain", "le scrutin de demain"]
)
def test_de_demain_after_an_event_is_the_day(phrase: str) -> None:
    window = parse_deadline(phrase, stated_on=dt.date(2026, 2, 10))
    assert window.end == dt.date(2026, 2, 11)


def test_in_more_than_a_span_ahead_is_refused_without_saying_it_is_past() -> None:
    with pytest.raises(DeadlineParseError) as refused:
        parse_deadline("in more than three years", stated_on=dt.date(2026, 3, 4))
    assert "measures the time gone by" not in str(refused.value)


def test_plural_seasons_of_a_list_of_years() -> None:
    assert_window_on(
        "les hivers 2026-27, 2027-28 et 2028-29", "2025-06-01", "2026-12-01", "2029-02-28"
    )
    assert_window_on("the summers of 2026, 2027 and 2028", "2025-06-01", "2026-06-01", "2028-08-31")
