"""Deadline phrasings the forty-seventh round taught the parser (helper b).

Written from the readable misses that remain over the older batches, grouped by what the
parser did wrong. The groups that recur in three batches or more are labelled both ways, or
rest on the sentence around the phrase (see docs/deadlines.md, the round's history entry); the
two rules here each come from one batch and follow from the grammar at no readable cost. Each
topic lists phrasings that failed before its rule and, as guards, neighbours the rule must
leave alone. The phrasings are invented. Rows are `(phrase, stated_on, start, end)`; dates are
ISO strings and None means "no such bound".
"""

from __future__ import annotations

import datetime as dt

import pytest

from language.deadlines import DeadlineParseError, find_deadlines, parse_deadline
from tests.language.deadline_specs import assert_window_on

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
    assert_window_on(phrase, stated_on, start, end)


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
    assert_window_on(phrase, stated_on, start, end)


@pytest.mark.parametrize(
    ("phrase", "stated_on", "start", "end"),
    [
        # As soon as it can, within the period: the period itself, as before.
        ("at the earliest opportunity in 2027", "2026-01-20", "2027-01-01", "2027-12-31"),
        ("the earliest opportunity is in 2027", "2026-01-20", "2027-01-01", "2027-12-31"),
        # No "be" after "the earliest": not its subject.
        ("among the earliest to open in 2027", "2026-01-20", "2027-01-01", "2027-12-31"),
        # "Earliest" as the adjective of the subject's own noun: a plain date.
        ("the earliest trams would be delivered in 2027", "2026-01-20", "2027-01-01",
         "2027-12-31"),
        ("the earliest stage two is due in 2027", "2026-01-20", "2027-01-01", "2027-12-31"),
    ],
)  # fmt: skip
def test_the_earliest_otherwise_is_left_alone(
    phrase: str, stated_on: str, start: str | None, end: str | None
) -> None:
    assert_window_on(phrase, stated_on, start, end)


def test_the_earliest_in_running_text_is_left_alone() -> None:
    # In an article the clause often hedges a date promised beside it: it is read as before.
    found = find_deadlines(
        "The tram line should open this year, with staff saying the earliest it could happen"
        " is mid-September.",
        stated_on=dt.date(2026, 1, 20),
    )
    assert all(f.window.end is not None for f in found)
