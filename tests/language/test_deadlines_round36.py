"""Deadline phrasings the thirty-sixth round taught the parser.

Written from the languages (audits of ordinary English and French phrasings, each window set
down before the parser ran), not from the labelled sets: each topic lists the phrasings that
failed before its rule and, as guards, neighbours it already read. Every phrase is stated on
STATED (Wednesday 12 March 2025) unless its row says otherwise. Rows are
`(phrase, start, end)`; dates are ISO strings and None means "no such bound".
"""

from __future__ import annotations

import datetime as dt

import pytest

from language.deadlines import find_deadlines, parse_deadline
from tests.language.deadline_specs import day as _d

STATED = dt.date(2025, 3, 12)


def _check(phrase: str, start: str | None, end: str | None, stated_on: dt.date = STATED) -> None:
    window = parse_deadline(phrase, stated_on=stated_on)
    assert (window.start, window.end) == (_d(start), _d(end)), phrase


def _found(
    text: str, stated_on: dt.date = STATED
) -> list[tuple[str, dt.date | None, dt.date | None]]:
    return [
        (f.window.text, f.window.start, f.window.end)
        for f in find_deadlines(text, stated_on=stated_on)
    ]


# --- Negative contractions written without their apostrophe ("wont", "doesnt") -----------


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    [
        ("it wont open before 2027", "2027-12-31", None),
        ("the line doesnt open until 2027", "2027-12-31", None),
        ("services cant start before June", "2025-06-30", None),
        ("they wont be available till late in May", "2025-05-31", None),
        # Guards: the contraction with its apostrophe, and no negation at all.
        ("it won't open before 2027", "2027-12-31", None),
        ("it opens before 2027", None, "2026-12-31"),
    ],
)
def test_a_contraction_without_its_apostrophe_still_negates(phrase, start, end):
    _check(phrase, start, end)


def test_a_date_denied_by_a_bare_contraction_is_left_out():
    assert _found("Opening in 2027 isnt expected any more.") == []
    assert _found("The line was due in 2027. That wont happen, officials say.") == []
    # Guard: with no denial the date is found.
    assert [start for _, start, _ in _found("Opening in 2027 is expected.")] == [
        dt.date(2027, 1, 1)
    ]
