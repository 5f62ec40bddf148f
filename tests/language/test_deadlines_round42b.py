"""Deadline phrasings the forty-second round's second pass taught the parser.

Written from the forms the article importer and the news matcher found read wrongly inside
their texts, generalised to their neighbours: each topic lists phrasings that failed before its
rule and, as guards, neighbours it already read. The sentences are invented. Every phrase is
stated on STATED (Monday 4 May 2026). Rows are `(phrase, start, end)`; dates are ISO strings
and None means "no such bound".
"""

from __future__ import annotations

import datetime as dt

import pytest

from language.deadlines import find_deadlines, parse_deadline
from tests.language.deadline_specs import day as _d

STATED = dt.date(2026, 5, 4)


def _check(phrase: str, start: str | None, end: str | None) -> None:
    window = parse_deadline(phrase, stated_on=STATED)
    assert (window.start, window.end) == (_d(start), _d(end)), phrase


# --- Ending something is an act done on its day ----------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    [
        # Taught: "end" with its object before the day or the period.
        ("the carrier plans to end 2G service on 30 September", "2026-09-30", "2026-09-30"),
        ("the council hopes to end the strike tomorrow", "2026-05-05", "2026-05-05"),
        ("the two banks will end their joint venture in July", "2026-07-01", "2026-07-31"),
        # Guards: the verb right before its day or period is still a "by" (rule 3).
        ("the season will end on 14 June", None, "2026-06-14"),
        ("the contract ends on 30 November", None, "2026-11-30"),
        ("the chain will end this year with 450 shops", None, "2026-12-31"),
        # Closing something, the rule it follows.
        ("the bank will close 40 branches next year", "2027-01-01", "2027-12-31"),
    ],
)
def test_ending_something_is_done_in_the_period(
    phrase: str, start: str | None, end: str | None
) -> None:
    _check(phrase, start, end)


# --- A sports season's years after "la saison" ------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        # Taught: "la saison" before two years is read with them, and so is the qualifier
        # before it.
        (
            "Dans le courant de la saison 2026-2027, le stade sera couvert.",
            "Dans le courant de la saison 2026-2027",
        ),
        ("Le club jouera à domicile pour la saison 2027/2028.", "pour la saison 2027/2028"),
        # Guard: a season's single year is read as the year alone, as before.
        ("La saison 2027 commencera plus tard.", "2027"),
    ],
)
def test_a_season_of_two_years_is_read_with_its_noun(sentence: str, found: str) -> None:
    (deadline,) = find_deadlines(sentence, stated_on=STATED)
    assert deadline.text == found
