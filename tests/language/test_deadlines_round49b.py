"""Deadline phrasings the forty-ninth round taught the parser (helper b).

Written from phrasings the article importer's helper found read wrong or not at all in the
readable batches; each rule follows from the grammar (see docs/deadlines.md, the round's
history entry). Each topic lists phrasings that failed before its rule and, as guards,
neighbours the rule must leave alone. The phrasings are invented. Rows are
`(phrase, stated_on, start, end)`; dates are ISO strings and None means "no such bound".
"""

from __future__ import annotations

import datetime as dt

import pytest

from language.deadlines import find_deadlines, parse_deadline
from tests.language.deadline_specs import assert_refused_on, assert_window_on, found_on

# --- Approximate counts: "une centaine de jours", "a hundred or so days", "another week" ----


@pytest.mark.parametrize(
    ("phrase", "stated_on", "start", "end"),
    [
        # A round number said approximately is the number, as "une dizaine de jours" is.
        ("la boutique ouvrira dans une centaine de jours", "2026-03-02", None, "2026-06-10"),
        ("dans une cinquantaine de jours", "2026-03-02", None, "2026-04-21"),
        ("d'ici une soixantaine de jours", "2026-03-02", None, "2026-05-01"),
        ("dans une quarantaine de jours", "2026-03-02", None, "2026-04-11"),
        # A hundred in words.
        ("the line reopens in a hundred days", "2026-03-02", None, "2026-06-10"),
        ("within one hundred days", "2026-03-02", None, "2026-06-10"),
        # "or so" between the number and its unit.
        ("in a hundred or so days", "2026-03-02", None, "2026-06-10"),
        ("within 100 or so days", "2026-03-02", None, "2026-06-10"),
        # "another" alone is one more of the unit, as "another two weeks" is two.
        ("crews will start in another week or so", "2026-03-02", None, "2026-03-09"),
        ("in another month", "2026-03-02", None, "2026-04-02"),
        ("in another week or two", "2026-03-02", None, "2026-03-16"),
        # After a future negation, "for another year" is a floor (rule 5).
        ("the hall won't reopen for another year", "2026-03-02", "2027-03-02", None),
    ],
)  # fmt: skip
def test_an_approximate_count_is_the_number(
    phrase: str, stated_on: str, start: str | None, end: str | None
) -> None:
    assert_window_on(phrase, stated_on, start, end)


@pytest.mark.parametrize(
    ("phrase", "stated_on", "start", "end"),
    [
        ("in another two weeks", "2026-03-02", None, "2026-03-16"),
        ("within a week or so", "2026-03-02", None, "2026-03-09"),
        # "another" alone after no "in" tells how far a date moved: the move is read (rule 10).
        ("pushed back another month from May 3 to June 3", "2026-03-02", "2026-06-03",
         "2026-06-03"),
    ],
)  # fmt: skip
def test_counts_read_before_are_left_alone(
    phrase: str, stated_on: str, start: str | None, end: str | None
) -> None:
    assert_window_on(phrase, stated_on, start, end)


def test_another_without_a_span_qualifier_is_no_deadline() -> None:
    assert_refused_on("another year of works", "2026-03-02")


# --- Two adjacent parts of years side by side, no "to" between ------------------------------


@pytest.mark.parametrize(
    ("phrase", "stated_on", "start", "end"),
    [
        # The writer hesitates across the turn of the year: one range.
        ("more like the end of 2026 beginning of 2027", "2026-03-02", "2026-09-01", "2027-04-30"),
        ("late 2026 early 2027", "2026-03-02", "2026-09-01", "2027-04-30"),
        ("fin 2026 début 2027", "2026-03-02", "2026-09-01", "2027-04-30"),
    ],
)  # fmt: skip
def test_adjacent_parts_side_by_side_are_one_range(
    phrase: str, stated_on: str, start: str | None, end: str | None
) -> None:
    assert_window_on(phrase, stated_on, start, end)


def test_adjacent_parts_are_one_range_in_running_text() -> None:
    found = found_on("It will be the end of 2026 beginning of 2027, we are told.", "2026-03-02")
    assert [(str(s), str(e)) for _, s, e in found] == [("2026-09-01", "2027-04-30")]


@pytest.mark.parametrize(
    ("phrase", "stated_on", "start", "end"),
    [
        # Not adjacent: no range (the later one, as before).
        ("late 2026 late 2027", "2026-03-02", "2027-09-01", "2027-12-31"),
        # Whole months side by side are not parts of years: left as they were.
        ("December 2026 January 2027", "2026-03-02", "2027-01-01", "2027-01-31"),
    ],
)  # fmt: skip
def test_parts_that_do_not_meet_are_left_alone(
    phrase: str, stated_on: str, start: str | None, end: str | None
) -> None:
    assert_window_on(phrase, stated_on, start, end)


# --- "and from" opens a statement of its own -----------------------------------------------


def test_and_from_a_year_is_no_range_end_in_running_text() -> None:
    text = "Production starts in 2027 and from 2029, at full capacity, 900 people will work there."
    assert [(str(s), str(e)) for _, s, e in found_on(text, "2026-03-02")] == [
        ("2027-01-01", "2027-12-31"),
        ("2029-01-01", "2029-12-31"),
    ]
    texte = "La production débutera en 2027 et à partir de 2029, l'usine tournera à plein."
    assert [(str(s), str(e)) for _, s, e in found_on(texte, "2026-03-02")] == [
        ("2027-01-01", "2027-12-31"),
        ("2029-01-01", "2029-12-31"),
    ]


@pytest.mark.parametrize(
    ("phrase", "stated_on", "start", "end"),
    [
        # In a phrase the later statement is read (rule 8).
        ("production débutera en 2027 et à partir de 2029", "2026-03-02", "2029-01-01",
         "2029-12-31"),
        # Guards: two periods of a plan, and a start then "until", are still one range.
        ("in 2027 and 2029", "2026-03-02", "2027-01-01", "2029-12-31"),
        ("from 2027 and until 2029", "2026-03-02", "2027-01-01", "2029-12-31"),
    ],
)  # fmt: skip
def test_and_from_in_a_phrase(
    phrase: str, stated_on: str, start: str | None, end: str | None
) -> None:
    assert_window_on(phrase, stated_on, start, end)


# --- A season's "period" or "months", and its adjective -------------------------------------


@pytest.mark.parametrize(
    ("phrase", "stated_on", "start", "end"),
    [
        # The season itself: before it starts (rule 4), in it (rule 1).
        ("finished before the winter period next year", "2026-03-02", None, "2027-11-30"),
        ("during the summer months of 2027", "2026-03-02", "2027-06-01", "2027-08-31"),
        # An adjective of how busy or harsh the season is: still the season, still "before".
        ("done before the busy winter period next year", "2026-03-02", None, "2027-11-30"),
        ("before the cold winter of 2027", "2026-03-02", None, "2027-11-30"),
        ("during the peak summer of 2027", "2026-03-02", "2027-06-01", "2027-08-31"),
    ],
)  # fmt: skip
def test_a_seasons_period_is_the_season(
    phrase: str, stated_on: str, start: str | None, end: str | None
) -> None:
    assert_window_on(phrase, stated_on, start, end)


# --- Mends after review ------------------------------------------------------------------------


def test_two_parts_side_by_side_do_not_join_across_a_line_break() -> None:
    text = (
        "The first homes will be handed over in late 2026\n\nEarly 2027 will see the school open."
    )
    found = [
        (f.window.start, f.window.end) for f in find_deadlines(text, stated_on=dt.date(2026, 3, 2))
    ]
    assert found == [
        (dt.date(2026, 9, 1), dt.date(2026, 12, 31)),
        (dt.date(2027, 1, 1), dt.date(2027, 4, 30)),
    ]


def test_two_parts_of_one_year_side_by_side_are_not_a_turn_of_the_year() -> None:
    # The first part is dropped as before; the rule joins only across the year's end.
    window = parse_deadline("early 2027 mid 2027", stated_on=dt.date(2026, 3, 2))
    assert (window.start, window.end) == (dt.date(2027, 5, 1), dt.date(2027, 8, 31))


@pytest.mark.parametrize(
    "phrase",
    ["production débutera en 2025 et dès 2027", "in 2025 and as from 2027"],
)
def test_every_word_of_a_start_after_and_closes_no_range(phrase: str) -> None:
    window = parse_deadline(phrase, stated_on=dt.date(2024, 3, 2))
    assert (window.start, window.end) == (dt.date(2027, 1, 1), dt.date(2027, 12, 31))


def test_an_adjective_before_fall_leaves_it_a_drop() -> None:
    found = find_deadlines(
        "Investors shrugged off the slow fall in 2025 and expect growth by 2027.",
        stated_on=dt.date(2026, 3, 2),
    )
    assert all("slow" not in f.text for f in found)
