"""Mends of the review of round 50's deadline rules (helper b), fifty-first round (mender m).

Each topic holds phrasings the review found read wrong after a rule of that round (or, where
the root was older, before it), and neighbours the rule's gains must keep. The phrasings are
invented. Rows are `(phrase, stated_on, start, end)`; dates are ISO strings and None means
"no such bound".
"""

from __future__ import annotations

import pytest

from tests.language.deadline_specs import assert_window_on, found_on


def _found(text: str, stated_on: str) -> list[tuple[str, str, str]]:
    return [(said, str(start), str(end)) for said, start, end in found_on(text, stated_on)]


# --- A move's size before "until" needs its verb, and an extension is no move ---------------


@pytest.mark.parametrize(
    ("phrase", "stated_on", "start", "end"),
    [
        # The verb of the size is an extension: the term runs until then.
        ("the government has extended the emergency housing scheme for low-income families "
         "by two years until 2028", "2026-10-20", None, "2028-12-31"),
        # No verb of a move at all: the size is of something else.
        ("the licence was lengthened by five years until 2035", "2026-10-20", None,
         "2035-12-31"),
        ("the regulator prolonged the price cap on household energy bills by six months until "
         "March", "2026-10-20", None, "2027-03-31"),
        ("the government renewed the mandate of the inquiry by one year until 2028",
         "2026-10-20", None, "2028-12-31"),
        ("the programme runs by another two years until 2029", "2026-10-20", None,
         "2029-12-31"),
        # "A quarter" here is a fraction, not three months.
        ("emissions must fall by a quarter until 2030", "2026-10-20", None, "2030-12-31"),
        # A move in a clause of its own.
        ("the council delayed the tender and the scheme runs by two years until 2029",
         "2026-10-20", None, "2029-12-31"),
    ],
)  # fmt: skip
def test_a_size_with_no_move_before_it_keeps_until_as_by(
    phrase: str, stated_on: str, start: str | None, end: str | None
) -> None:
    assert_window_on(phrase, stated_on, start, end)


def test_an_extension_by_a_size_and_a_comma_until_is_found_as_by() -> None:
    text = (
        "The council extended the grant that helps bakers in small towns by two years, until 2028."
    )
    assert _found(text, "2026-10-20") == [("until 2028", "None", "2028-12-31")]


@pytest.mark.parametrize(
    ("phrase", "stated_on", "start", "end"),
    [
        # The move's object is long, a name set off by commas among it: still the new date.
        ("the bank has delayed the launch of its new payment and clearing engine, Comet, by "
         "four months until next March", "2026-10-20", "2027-03-01", "2027-03-31"),
        ("the council has pushed back the opening of the new swimming pool in the town centre "
         "by six months until March 2027", "2026-10-20", "2027-03-01", "2027-03-31"),
    ],
)  # fmt: skip
def test_a_size_after_its_move_still_makes_until_the_new_date(
    phrase: str, stated_on: str, start: str | None, end: str | None
) -> None:
    assert_window_on(phrase, stated_on, start, end)


# --- A comma before "until" keeps the move's only after a postponement ---------------------


@pytest.mark.parametrize(
    ("phrase", "stated_on", "start", "end"),
    [
        # Nouns and other senses: how long a state lasts.
        ("riders face delays, until March 2027", "2026-03-02", None, "2027-03-31"),
        ("drivers should expect delays, until the end of 2027", "2026-03-02", None,
         "2027-12-31"),
        ("the tenants were moved temporarily, until March 2027", "2026-03-02", None,
         "2027-03-31"),
        ("the porters will work longer shifts, until March 2027", "2026-03-02", None,
         "2027-03-31"),
        ("les cours suivront des horaires décalés, jusqu'en juin 2027", "2026-03-02", None,
         "2027-06-30"),
        ("les usagers devront patienter, jusqu'en mars 2027", "2026-03-02", None,
         "2027-03-31"),
        # A delay only foreseen: the disruption's end.
        ("ferries could be delayed, until March 2027", "2026-03-02", None, "2027-03-31"),
        ("buses will be delayed, until March 2027", "2026-03-02", None, "2027-03-31"),
    ],
)  # fmt: skip
def test_a_comma_until_after_no_postponement_is_by(
    phrase: str, stated_on: str, start: str | None, end: str | None
) -> None:
    assert_window_on(phrase, stated_on, start, end)


def test_a_foreseen_delay_with_a_comma_until_is_found_as_by() -> None:
    text = "Ferries could be delayed, until March 2027, while the quay is rebuilt."
    assert _found(text, "2026-03-02") == [("until March 2027", "None", "2027-03-31")]


@pytest.mark.parametrize(
    ("phrase", "stated_on", "start", "end"),
    [
        ("the hearing has been delayed once again, until the third quarter of 2027",
         "2026-03-02", "2027-07-01", "2027-09-30"),
        ("the ballot was postponed twice, until March 2027", "2026-03-02", "2027-03-01",
         "2027-03-31"),
        ("the referendum was pushed back, until the spring of 2027", "2026-03-02",
         "2027-03-01", "2027-05-31"),
        ("l'ouverture est repoussée, jusqu'en 2028", "2026-03-02", "2028-01-01", "2028-12-31"),
        ("l'ouverture est décalée, jusqu'en 2028", "2026-03-02", "2028-01-01", "2028-12-31"),
        ("the handover has slipped again, until 2028", "2026-03-02", "2028-01-01",
         "2028-12-31"),
    ],
)  # fmt: skip
def test_a_comma_until_after_a_postponement_is_the_new_date(
    phrase: str, stated_on: str, start: str | None, end: str | None
) -> None:
    assert_window_on(phrase, stated_on, start, end)


# --- A day's number alone after a day, and a worst case earlier than the first ------------


@pytest.mark.parametrize(
    ("phrase", "stated_on", "start", "end"),
    [
        ("le 3 mars 2027, au pire le 10", "2026-06-25", "2027-03-03", "2027-03-10"),
        ("le 3 mars 2027, voire le 10", "2026-06-25", "2027-03-03", "2027-03-10"),
        ("March 3, 2027, or even the 10th", "2026-06-25", "2027-03-03", "2027-03-10"),
        # A first day without its year reads as the coming one, the second with it.
        ("le 3 mars, au pire le 10", "2026-06-25", "2027-03-03", "2027-03-10"),
        # A smaller number is the next month's.
        ("le 28 mars 2027, voire le 2", "2026-06-25", "2027-03-28", "2027-04-02"),
        # A worst case that ends before the first is no range: the first alone.
        ("in 2028, at worst in 2027", "2026-06-25", "2028-01-01", "2028-12-31"),
        # Kept: a month after the first, and the worst case later.
        ("le 3 mars 2027, voire le 10 avril", "2026-06-25", "2027-03-03", "2027-04-10"),
        ("au mieux en mai 2027, au pire en 2029", "2026-06-25", "2027-05-01", "2029-12-31"),
    ],
)  # fmt: skip
def test_a_second_day_takes_the_first_ones_month(
    phrase: str, stated_on: str, start: str | None, end: str | None
) -> None:
    assert_window_on(phrase, stated_on, start, end)


# --- A verb of its own between a move word and "from ... to ..." ----------------------------


@pytest.mark.parametrize(
    ("phrase", "stated_on", "start", "end"),
    [
        ("The delayed repairs will run from the planned start in May to September 2027.",
         "2026-03-02", "2027-05-01", "2027-09-30"),
        ("The delay means the ferry will operate from the original timetable of May to "
         "August 2027.", "2026-03-02", "2027-05-01", "2027-08-31"),
        ("The delayed repairs will run from May to September 2027.", "2026-03-02",
         "2027-05-01", "2027-09-30"),
        # Kept: the move's own object before its dates.
        ("the council delayed the opening from the planned date in May to September 2027",
         "2026-03-02", "2027-09-01", "2027-09-30"),
        ("a 12-month delay to the initial operating capability from October 2027 to October "
         "2028", "2026-03-02", "2028-10-01", "2028-10-31"),
    ],
)  # fmt: skip
def test_a_verb_between_the_move_and_its_from_takes_the_range(
    phrase: str, stated_on: str, start: str | None, end: str | None
) -> None:
    assert_window_on(phrase, stated_on, start, end)


# --- "from" a later date "to" an earlier one: the date left behind, then the new one --------


@pytest.mark.parametrize(
    ("text", "stated_on", "windows"),
    [
        ("La date a été changée du 30 juin 2028 au 31 décembre 2027.", "2026-03-02",
         [("2027-12-31", "2027-12-31")]),
        ("They advanced the date from 31 December 2028 to 30 June 2027.", "2026-03-02",
         [("2027-06-30", "2027-06-30")]),
        ("La région a ramené l'objectif de 2035 à 2030.", "2026-03-02", [("None", "2030-12-31")]),
        # Kept: a title's number before a move's "to".
        ("The studio has delayed Starfall 2099 to October 14th, 2027.", "2026-03-02",
         [("2027-10-14", "2027-10-14")]),
    ],
)  # fmt: skip
def test_from_a_later_date_to_an_earlier_is_the_second(
    text: str, stated_on: str, windows: list[tuple[str, str]]
) -> None:
    assert [(start, end) for _, start, end in _found(text, stated_on)] == windows


# --- "next June 30" said in June is next year's --------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "stated_on", "start", "end"),
    [
        ("next June 30", "2026-06-01", "2027-06-30", "2027-06-30"),
        ("by Next September 20", "2026-09-14", None, "2027-09-20"),
        # Kept: "this" and "the coming" are this month's; another month is the coming one.
        ("this June 30", "2026-06-01", "2026-06-30", "2026-06-30"),
        ("the coming September 20", "2026-09-14", "2026-09-20", "2026-09-20"),
        ("next June 30", "2026-05-20", "2026-06-30", "2026-06-30"),
        ("next March 10", "2026-09-14", "2027-03-10", "2027-03-10"),
    ],
)  # fmt: skip
def test_next_before_a_day_of_the_month_said_in_is_next_years(
    phrase: str, stated_on: str, start: str | None, end: str | None
) -> None:
    assert_window_on(phrase, stated_on, start, end)


# --- "put back" before an object that is no event is no move --------------------------------


@pytest.mark.parametrize(
    ("phrase", "stated_on", "start", "end"),
    [
        ("The club put back the original turf from May to June 2027.", "2026-10-20",
         "2027-05-01", "2027-06-30"),
        ("the crews are putting back the bridge deck until March 2027", "2026-10-20", None,
         "2027-03-31"),
        # Kept: an event or a date put back.
        ("the board put back the launch of the new app until March 2027", "2026-10-20",
         "2027-03-01", "2027-03-31"),
        ("is putting back its opening date until the latter part of 2027", "2026-10-20",
         "2027-09-01", "2027-12-31"),
    ],
)  # fmt: skip
def test_put_back_moves_only_an_event_or_a_date(
    phrase: str, stated_on: str, start: str | None, end: str | None
) -> None:
    assert_window_on(phrase, stated_on, start, end)
