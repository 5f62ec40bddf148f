"""Deadline phrasings the forty-sixth round taught the parser (helper a).

Written from the readable misses (those of dev-blind88 and dev-blind89, read for the first
time, first), each read as a construction of English or French and generalised to its
neighbours: the first topic's misses came from three batches; the others follow from the
grammar with misses in fewer and were kept at no readable cost. Each topic lists phrasings
that failed before its rule and, as guards, neighbours the rule must leave alone. The
phrasings are invented. Rows are `(phrase, stated_on, start, end)`; dates are ISO strings and
None means "no such bound".
"""

from __future__ import annotations

import datetime as dt

import pytest

from language.deadlines import DeadlineParseError, find_deadlines, parse_deadline
from tests.language.deadline_specs import assert_window_on
from tests.language.deadline_specs import day as _d

# --- A move names what it moves before its "from ... to ..." ---------------------------------


@pytest.mark.parametrize(
    ("phrase", "stated_on", "start", "end"),
    [
        # Two words joined by "and" inside the object are one part of it, not a new clause.
        (
            "moving the opening of both the northern and southern terminals from May 4 to June 8",
            "2026-03-02",
            "2026-06-08",
            "2026-06-08",
        ),
        (
            "to delay the migration of its payroll and billing platforms from March 2027 to"
            " September",
            "2026-03-02",
            "2027-09-01",
            "2027-09-30",
        ),
        (
            "a décidé de décaler la mise en service des lignes nord et sud de 2027 à 2029",
            "2026-03-02",
            "2029-01-01",
            "2029-12-31",
        ),
        # An aside in brackets is not counted among the object's words, which may run to
        # twelve.
        (
            "reporter l'entrée en vigueur des nouvelles règles sur la collecte des déchets"
            " ménagers (dites REP) de 2026 à 2028",
            "2025-06-10",
            "2028-01-01",
            "2028-12-31",
        ),
        # Guard: an "and" before an auxiliary opens a clause of its own; its verb of extent
        # makes the two years a span.
        (
            "delayed the tender and will run the works from 2027 to 2029",
            "2026-03-02",
            "2027-01-01",
            "2029-12-31",
        ),
        # In a deadline phrase, a bare "push" with its object is a move too.
        (
            "will push the switch-over of customer accounts and cards from October 2026 to January",
            "2026-03-02",
            "2027-01-01",
            "2027-01-31",
        ),
    ],
)
def test_a_move_reaches_across_its_whole_object(
    phrase: str, stated_on: str, start: str | None, end: str | None
) -> None:
    assert_window_on(phrase, stated_on, start, end)


@pytest.mark.parametrize(
    ("phrase", "stated_on"),
    [
        # Guards: an "and" before a subject opens a clause of its own, and "push" as a noun
        # moves nothing: "from A to B" is still a move or a span, refused.
        ("delayed the tender and they will hold the works from 2027 to 2029", "2026-03-02"),
        ("a push for a launch from 2027 to 2029", "2026-03-02"),
    ],
)
def test_a_move_does_not_reach_into_another_clause(phrase: str, stated_on: str) -> None:
    with pytest.raises(DeadlineParseError):
        parse_deadline(phrase, stated_on=dt.date.fromisoformat(stated_on))


@pytest.mark.parametrize(
    "phrase",
    [
        # Guards: an "and" before a subject opened by its determiner, or with a verb of its
        # own after it, opens a clause whose "from ... to ..." is a span of its verb; "push"
        # before a bare noun is the noun ("push notifications"), no move.
        "the company delayed the works and the trains will run from May 4 to June 8",
        "delayed the tender and replacement buses run from May 4 to June 8",
        "push notifications will be sent from May 4 to June 8",
    ],
)
def test_a_new_clause_after_a_move_keeps_its_span(phrase: str) -> None:
    assert_window_on(phrase, "2026-03-02", "2026-05-04", "2026-06-08")


def test_a_bare_push_in_running_text_is_no_move() -> None:
    # In an article, "push" stays read as before: the two dates are no move.
    found = find_deadlines(
        "The bank will push the switch-over of customer accounts and cards from October 2026"
        " to January 2027.",
        stated_on=dt.date(2026, 3, 2),
    )
    assert all(
        (f.window.start, f.window.end) != (dt.date(2027, 1, 1), dt.date(2027, 1, 31)) for f in found
    )


# --- Days named with their weekdays after a move ----------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "stated_on", "start", "end"),
    [
        # Each day carries its weekday, the first with its "du" or "from": the move still
        # keeps the day named second.
        (
            "le report du scrutin du dimanche 12 avril 2026 au dimanche 19 avril 2026",
            "2026-03-02",
            "2026-04-19",
            "2026-04-19",
        ),
        (
            "postponing the vote from Sunday, April 12, 2026 to Sunday, April 19, 2026",
            "2026-03-02",
            "2026-04-19",
            "2026-04-19",
        ),
        # Guards: with no move, the days are still a range.
        (
            "du lundi 13 avril au vendredi 17 avril 2026",
            "2026-03-02",
            "2026-04-13",
            "2026-04-17",
        ),
        (
            "from Monday, April 13 to Friday, April 17, 2026",
            "2026-03-02",
            "2026-04-13",
            "2026-04-17",
        ),
    ],
)
def test_a_move_between_days_named_with_their_weekdays(
    phrase: str, stated_on: str, start: str | None, end: str | None
) -> None:
    assert_window_on(phrase, stated_on, start, end)


# --- A plan in three parts or more -------------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "stated_on", "start", "end"),
    [
        # Each part joins the range the ones before it made, as two parts did.
        ("in 2028, the second in 2030 and the third in 2032", "2026-03-02", "2028-01-01",
         "2032-12-31"),
        ("en 2027, la deuxième en 2029, la troisième en 2031", "2026-03-02", "2027-01-01",
         "2031-12-31"),
        # A quantity written with its thousands is one word between two parts.
        ("12,500 homes in 2027 and 20,000 in 2029", "2026-03-02", "2027-01-01", "2029-12-31"),
        ("in 2027 and reach 1,200,000 users in 2029", "2026-03-02", "2027-01-01", "2029-12-31"),
        # Guard: a word of change still makes the last part replace the others.
        ("in 2027, then in 2029 and now in 2031", "2026-03-02", "2031-01-01", "2031-12-31"),
    ],
)  # fmt: skip
def test_a_plan_in_three_parts_is_one_range(
    phrase: str, stated_on: str, start: str | None, end: str | None
) -> None:
    assert_window_on(phrase, stated_on, start, end)


# --- A floor counted from a day known only to its month ---------------------------------------


@pytest.mark.parametrize(
    ("phrase", "precision", "start", "end"),
    [
        # The floor reaches the month's (or the year's) last day, as a span's end does.
        ("ne sera pas prêt avant quatre ans", "month", "2030-03-31", None),
        ("not for another 18 months", "month", "2027-09-30", None),
        ("pas avant deux à trois ans", "year", "2029-12-31", None),
        # Guards: a day known exactly keeps its day; a span's end was already so.
        ("ne sera pas prêt avant quatre ans", "day", "2030-03-10", None),
        ("dans quatre ans", "month", None, "2030-03-31"),
    ],
)
def test_a_floor_from_a_month_reaches_its_last_day(
    phrase: str, precision: str, start: str | None, end: str | None
) -> None:
    window = parse_deadline(phrase, stated_on=dt.date(2026, 3, 10), stated_precision=precision)
    assert (window.start, window.end) == (_d(start), _d(end)), phrase


# --- "Dans une fourchette de" leads a span ------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "stated_on", "start", "end"),
    [
        # A range of spans: the longer one's end (rule 8).
        ("dans une fourchette de trois à cinq ans", "2026-03-10", None, "2031-03-10"),
        ("within a range of 12 to 18 months", "2026-03-10", None, "2027-09-10"),
        ("dans une fourchette de six mois", "2026-03-10", None, "2026-09-10"),
    ],
)
def test_a_range_of_spans_is_a_span(
    phrase: str, stated_on: str, start: str | None, end: str | None
) -> None:
    assert_window_on(phrase, stated_on, start, end)


def test_a_range_of_prices_is_no_span() -> None:
    with pytest.raises(DeadlineParseError):
        parse_deadline("une fourchette de prix de 10 à 20 euros", stated_on=dt.date(2026, 3, 10))


# --- A French participle opening the phrase, whatever its verb ---------------------------------


@pytest.mark.parametrize(
    ("phrase", "stated_on"),
    [
        # Any verb's participle, written with its accent, tells of the period after it as gone
        # by, as a past verb does (rules 6, 17).
        ("ratifiée en novembre", "2026-03-10"),
        ("Déménagé en octobre", "2026-03-10"),
        ("accordée lundi", "2026-03-12"),
    ],
)
def test_an_opening_participle_of_any_verb_tells_of_the_past(phrase: str, stated_on: str) -> None:
    with pytest.raises(DeadlineParseError):
        parse_deadline(phrase, stated_on=dt.date.fromisoformat(stated_on))


@pytest.mark.parametrize(
    ("phrase", "stated_on", "start", "end"),
    [
        # Guards: the present, written without the accent; a participle that plans or moves
        # a date; a noun in "-ité" or "côté"; a plural; a period that says it is to come.
        ("ratifie en novembre", "2026-03-10", "2026-11-01", "2026-11-30"),
        ("Programmée en novembre", "2026-03-10", "2026-11-01", "2026-11-30"),
        ("décalée en novembre", "2026-03-10", "2026-11-01", "2026-11-30"),
        ("Censé ouvrir en novembre", "2026-03-10", "2026-11-01", "2026-11-30"),
        ("Priorité en novembre", "2026-03-10", "2026-11-01", "2026-11-30"),
        ("Côté calendrier, la livraison est prévue en novembre", "2026-03-10", "2026-11-01",
         "2026-11-30"),
        ("ratifiées en novembre", "2026-03-10", "2026-11-01", "2026-11-30"),
        ("ratifiée en novembre prochain", "2026-03-10", "2026-11-01", "2026-11-30"),
        # Guards: a noun of the same ending opening the phrase, an event or a thing to come
        # (only a verb of something done, named, is a participle here).
        ("Soirée le 15 avril", "2026-03-10", "2026-04-15", "2026-04-15"),
        ("Assemblée générale le 15 avril", "2026-03-10", "2026-04-15", "2026-04-15"),
        ("Fusée en avril", "2026-03-10", "2026-04-01", "2026-04-30"),
        ("Musée ouvert en avril", "2026-03-10", "2026-04-01", "2026-04-30"),
        ("Marché de Noël en décembre", "2026-03-10", "2026-12-01", "2026-12-31"),
        ("Société en bourse en avril", "2026-03-10", "2026-04-01", "2026-04-30"),
    ],
)  # fmt: skip
def test_an_opening_participle_leaves_these_alone(
    phrase: str, stated_on: str, start: str | None, end: str | None
) -> None:
    assert_window_on(phrase, stated_on, start, end)


# --- Slips of the keyboard: a number run into what comes before it -----------------------------


@pytest.mark.parametrize(
    ("phrase", "stated_on", "start", "end"),
    [
        # A year run into the comma after its day is that day's year.
        ("on October 3,2027", "2026-03-10", "2027-10-03", "2027-10-03"),
        ("le 3 octobre,2027", "2026-03-10", "2027-10-03", "2027-10-03"),
        # A span's second number run into its "à" or "to" is still the range's end.
        ("dans 3 à5 ans", "2026-03-10", None, "2031-03-10"),
        ("within 12 to18 months", "2026-03-10", None, "2027-09-10"),
        # Guard: days listed with commas before their month stay a list.
        ("les 3,4 et 5 octobre 2027", "2026-03-10", "2027-10-03", "2027-10-05"),
    ],
)
def test_a_number_run_into_its_comma_or_preposition(
    phrase: str, stated_on: str, start: str | None, end: str | None
) -> None:
    assert_window_on(phrase, stated_on, start, end)


# --- "Since" the day said -----------------------------------------------------------------------


def test_since_the_day_said_is_no_deadline() -> None:
    # "Since" tells when a state began: said that very day, it promises nothing, as a day gone
    # by after "since" does not (rules 6, 17).
    for phrase in ("Depuis le 2 mars", "since March 2"):
        with pytest.raises(DeadlineParseError):
            parse_deadline(phrase, stated_on=dt.date(2026, 3, 2))
    with pytest.raises(DeadlineParseError):
        parse_deadline(
            "depuis le 1er mars", stated_on=dt.date(2026, 3, 1), stated_precision="month"
        )


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    [
        # Guards: a start from the day said keeps the day.
        ("à partir du 2 mars", "2026-03-02", "2026-03-02"),
        ("from March 2", "2026-03-02", "2026-03-02"),
    ],
)
def test_a_start_on_the_day_said_stays(phrase: str, start: str, end: str) -> None:
    assert_window_on(phrase, "2026-03-02", start, end)


# --- A span before something, its bound said between ------------------------------------------


@pytest.mark.parametrize(
    "phrase",
    [
        # A span before an event counts back from it, whose date the phrase does not give
        # (rule 14), also with "at the latest" or "at the earliest" between.
        "45 jours au plus tard avant la fin de la session",
        "20 jours au plus tôt avant le scrutin",
        "30 days at the latest before the vote",
    ],
)
def test_a_span_before_an_event_with_its_bound_is_no_deadline(phrase: str) -> None:
    with pytest.raises(DeadlineParseError):
        parse_deadline(phrase, stated_on=dt.date(2026, 3, 10))


def test_a_span_with_its_bound_alone_still_counts_from_the_day_said() -> None:
    assert_window_on("dans 45 jours au plus tard", "2026-03-10", None, "2026-04-24")


# --- "More like" a period: an approximation ----------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "stated_on", "start", "end"),
    [
        ("more like November", "2026-03-10", "2026-11-01", "2026-11-30"),
        ("something like 2028", "2026-03-10", "2028-01-01", "2028-12-31"),
    ],
)
def test_more_like_a_period_is_that_period(
    phrase: str, stated_on: str, start: str | None, end: str | None
) -> None:
    assert_window_on(phrase, stated_on, start, end)


# --- The years or months that end with a period ------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "stated_on", "start", "end"),
    [
        # A count of years to a year is the years that end with it, as "the six months to
        # June" are the months that end with June.
        ("for the four years to 2030", "2026-03-10", "2027-01-01", "2030-12-31"),
        ("over the three years through 2029", "2026-03-10", "2027-01-01", "2029-12-31"),
        # "The end of" the month changes nothing.
        ("in the six months to the end of December", "2026-03-10", "2026-07-01", "2026-12-31"),
        # Guards: after a move, or after "by", the count is how far the date moved.
        ("delayed three years to 2030", "2026-03-10", "2030-01-01", "2030-12-31"),
        ("by two years to 2029", "2026-03-10", "2029-01-01", "2029-12-31"),
        # Guards: so is the count after the "for" of a move, its object between, and the
        # count of years added ("another", "a further"): the year named is the new date.
        ("the licence was extended for two years to 2030", "2026-03-10", "2030-01-01",
         "2030-12-31"),
        ("the deal extends the licence for five years to 2030", "2026-03-10", "2030-01-01",
         "2030-12-31"),
        ("the contract runs another two years to 2030", "2026-03-10", "2030-01-01",
         "2030-12-31"),
        ("extended for a further five years to 2030", "2026-03-10", "2030-01-01", "2030-12-31"),
    ],
)  # fmt: skip
def test_a_count_to_a_period_is_what_ends_with_it(
    phrase: str, stated_on: str, start: str | None, end: str | None
) -> None:
    assert_window_on(phrase, stated_on, start, end)


def test_the_months_to_the_end_of_a_month_gone_by_are_past() -> None:
    with pytest.raises(DeadlineParseError):
        parse_deadline("in the six months to the end of February", stated_on=dt.date(2026, 3, 10))
