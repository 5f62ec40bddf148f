"""Deadline phrasings the thirty-eighth round taught the parser.

Written from the misses of batches read for the first time this round (`dev-blind60`'s and
`dev-blind65`'s phrasings, then the round's new blind batches) and generalised to their
neighbours: each topic lists phrasings that failed before its rule and, as guards,
neighbours it already read. Every phrase is stated on STATED (Tuesday 6 January 2026) unless
its row says otherwise. Rows are `(phrase, start, end)`; dates are ISO strings and None means
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

STATED = dt.date(2026, 1, 6)


def _check(phrase: str, start: str | None, end: str | None, stated_on: dt.date = STATED) -> None:
    window = parse_deadline(phrase, stated_on=stated_on)
    assert (window.start, window.end) == (_d(start), _d(end)), phrase


# --- Feasts counted from Easter: carnival's end, Lent, Holy Week, Ascension ------------------


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    [
        # Easter 2027 falls on 28 March: Mardi Gras is 47 days before, Ash Wednesday 46.
        ("by Mardi Gras 2027", None, "2027-02-09"),
        ("d'ici Mardi gras", None, "2026-02-17"),
        ("by Shrove Tuesday", None, "2026-02-17"),
        ("avant le mercredi des Cendres 2027", None, "2027-02-09"),
        ("by Ash Wednesday 2027", None, "2027-02-10"),
        ("le jeudi de l'Ascension", "2026-05-14", "2026-05-14"),
        ("by Palm Sunday", None, "2026-03-29"),
        ("le jeudi saint", "2026-04-02", "2026-04-02"),
        ("by Whit Monday 2027", None, "2027-05-17"),
        # Guards: the feasts the rule already knew, and a plain Tuesday.
        ("by Easter 2027", None, "2027-03-28"),
        ("avant Pâques", None, "2026-04-04"),
        ("by Tuesday", None, "2026-01-06"),
        ("mardi prochain", "2026-01-13", "2026-01-13"),
    ],
)
def test_a_feast_that_moves_with_easter_is_its_day(phrase, start, end):
    _check(phrase, start, end)


def test_mardi_gras_is_not_read_as_a_plain_tuesday_in_an_article():
    found = find_deadlines("The arena will be ready for Mardi Gras 2027.", stated_on=STATED)
    assert [(f.window.start, f.window.end) for f in found] == [
        (dt.date(2027, 2, 9), dt.date(2027, 2, 9))
    ]


# --- A span counted "since" a time gone by looks back (rule 17) ------------------------------


@pytest.mark.parametrize(
    "phrase",
    [
        "in the 18 months since July 2024",
        "in the two years since 2024",
        "dans les deux ans depuis 2024",
    ],
)
def test_a_span_counted_since_a_past_date_is_past(phrase):
    with pytest.raises(DeadlineInPastError):
        parse_deadline(phrase, stated_on=STATED)


def test_a_span_counted_since_an_event_is_no_deadline():
    with pytest.raises(DeadlineParseError):
        parse_deadline("in the 18 months since the launch", stated_on=STATED)


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    [
        # Guards: spans ahead of the day said, and one from a day named after it.
        ("within 18 months", None, "2027-07-06"),
        ("in the next two years", None, "2028-01-06"),
        ("in the 18 months from July 2026", "2026-07-01", "2028-01-01"),
    ],
)
def test_a_span_ahead_is_still_read(phrase, start, end):
    _check(phrase, start, end)
