"""Deadline phrasings the forty-seventh round taught the parser (helper b).

Written from the readable misses that remain over the older batches, grouped by what the
parser did wrong. The last topic (a month alone opening its sentence) comes from misses in
twelve batches; the first two each come from one batch and follow from the grammar at no
readable cost. Most other groups that recur in three batches or more are labelled both ways
(see docs/deadlines.md, the round's history entry). Each topic lists phrasings that failed
before its rule and, as guards, neighbours the rule must leave alone. The phrasings are
invented. Rows are `(phrase, stated_on, start, end)`; dates are ISO strings and None means
"no such bound".
"""

from __future__ import annotations

import datetime as dt

import pytest

from language.deadlines import (
    DeadlineInPastError,
    DeadlineParseError,
    find_deadlines,
    parse_deadline,
)
from tests.language.deadline_specs import day as _d


def _check(phrase: str, stated_on: str, start: str | None, end: str | None) -> None:
    window = parse_deadline(phrase, stated_on=dt.date.fromisoformat(stated_on))
    assert (window.start, window.end) == (_d(start), _d(end)), phrase


# --- "Ce jour", written French for "aujourd'hui", after a word that starts from it -----------


@pytest.mark.parametrize(
    ("phrase", "stated_on", "start", "end"),
    [
        ("à partir de ce jour", "2026-04-14", "2026-04-14", "2026-04-14"),
        ("dès ce jour", "2026-04-14", "2026-04-14", "2026-04-14"),
        ("les nouvelles règles s'appliquent à compter de ce jour", "2026-04-14", "2026-04-14",
         "2026-04-14"),
        ("la ligne est fermée dès ce jour, pour trois semaines", "2026-04-14", "2026-04-14",
         "2026-04-14"),
        # Closing the first part of a range: from the day said to the day named after it.
        ("à partir de ce jour et jusqu'au 30 mai", "2026-04-14", "2026-04-14", "2026-05-30"),
    ],
)  # fmt: skip
def test_ce_jour_after_a_start_is_the_day_said(
    phrase: str, stated_on: str, start: str | None, end: str | None
) -> None:
    _check(phrase, stated_on, start, end)


@pytest.mark.parametrize(
    "phrase",
    [
        # "So far", "to this day": no date.
        "à ce jour",
        "jusqu'à ce jour",
        "ce jour",
        # Another day than the one said: "that day", "this feast day".
        "dès ce jour-là",
        "à partir de ce jour de fête",
        "dès ce jour férié",
    ],
)
def test_ce_jour_otherwise_names_no_date(phrase: str) -> None:
    with pytest.raises(DeadlineParseError):
        parse_deadline(phrase, stated_on=dt.date(2026, 4, 14))


def test_ce_jour_in_running_text_means_so_far() -> None:
    found = find_deadlines(
        "À ce jour, le chantier du pont n'a pas de calendrier.", stated_on=dt.date(2026, 4, 14)
    )
    assert found == []


# --- "The earliest ... is P": a floor, as "at the earliest" is --------------------------------


@pytest.mark.parametrize(
    ("phrase", "stated_on", "start", "end"),
    [
        ("the earliest the bridge could reopen is March 3", "2026-01-20", "2026-03-03", None),
        ("the earliest date for a ruling would be June 2027", "2026-01-20", "2027-06-30", None),
        ("The earliest possible start is 2028", "2026-01-20", "2028-12-31", None),
        ("the earliest it will be ready is the autumn of 2027", "2026-01-20", "2027-11-30",
         None),
    ],
)  # fmt: skip
def test_the_earliest_as_subject_of_be_sets_a_floor(
    phrase: str, stated_on: str, start: str | None, end: str | None
) -> None:
    _check(phrase, stated_on, start, end)


@pytest.mark.parametrize(
    ("phrase", "stated_on", "start", "end"),
    [
        # As soon as it can, within the period: the period itself, as before.
        ("at the earliest opportunity in 2027", "2026-01-20", "2027-01-01", "2027-12-31"),
        ("the earliest opportunity is in 2027", "2026-01-20", "2027-01-01", "2027-12-31"),
        # No "be" after "the earliest": not its subject.
        ("among the earliest to open in 2027", "2026-01-20", "2027-01-01", "2027-12-31"),
    ],
)
def test_the_earliest_otherwise_is_left_alone(
    phrase: str, stated_on: str, start: str | None, end: str | None
) -> None:
    _check(phrase, stated_on, start, end)


# --- A month alone opening its sentence, "In May", is the one gone by -------------------------


@pytest.mark.parametrize(
    ("phrase", "stated_on"),
    [
        ("In May", "2026-10-20"),  # five months on
        ("In March", "2026-11-05"),  # eight months on
        ("In August", "2026-11-30"),  # three months on
        ("En juin", "2026-12-01"),
        ("En février", "2026-08-14"),
    ],
)
def test_an_opening_month_alone_months_after_is_gone_by(phrase: str, stated_on: str) -> None:
    with pytest.raises(DeadlineInPastError):
        parse_deadline(phrase, stated_on=dt.date.fromisoformat(stated_on))


@pytest.mark.parametrize(
    ("phrase", "stated_on", "start", "end"),
    [
        # Within the lower case: "in May" may stand anywhere in a sentence, and stays the
        # next one, as before.
        ("in May", "2026-10-20", "2027-05-01", "2027-05-31"),
        ("en juin", "2026-12-01", "2027-06-01", "2027-06-30"),
        # The month under way or to come within three months stays, as does one named nine
        # months or more after it began (the coming one is then three months away or less).
        ("In October", "2026-10-20", "2026-10-01", "2026-10-31"),
        ("In January", "2026-10-20", "2027-01-01", "2027-01-31"),
        ("In February", "2026-11-05", "2027-02-01", "2027-02-28"),
        # More words than the month: what they say decides, as before.
        ("In May 2027", "2026-10-20", "2027-05-01", "2027-05-31"),
        ("In May next year", "2026-10-20", "2027-05-01", "2027-05-31"),
        ("In May, the line will reopen", "2026-10-20", "2027-05-01", "2027-05-31"),
        ("In mid-May", "2026-10-20", "2027-05-01", "2027-05-31"),
    ],
)
def test_other_months_keep_their_reading(
    phrase: str, stated_on: str, start: str | None, end: str | None
) -> None:
    _check(phrase, stated_on, start, end)


def test_an_opening_month_said_on_a_page_known_to_its_month_is_gone_by_too() -> None:
    # The months since the one named began are the same whatever the day of the month.
    with pytest.raises(DeadlineInPastError):
        parse_deadline("In May", stated_on=dt.date(2026, 10, 1), stated_precision="month")


def test_an_opening_month_said_on_a_page_known_to_its_year_keeps_its_reading() -> None:
    # The month said is not known: "In May" is that year's, as before.
    window = parse_deadline("In May", stated_on=dt.date(2026, 1, 1), stated_precision="year")
    assert (window.start, window.end) == (dt.date(2026, 5, 1), dt.date(2026, 5, 31))
