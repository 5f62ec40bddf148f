"""Deadline phrasings mended after the review of the fiftieth round's parser rules (mendpa).

Each topic names a fault the review found in a rule of the round (or, for weekday ranges, an
older one), with phrasings the rule read wrong and, as guards, neighbours the rule still reads
as before. The phrasings are invented. Rows are `(phrase, stated_on, start, end)`; dates are
ISO strings and None means "no such bound".
"""

from __future__ import annotations

import datetime as dt

import pytest

from language.deadlines import DeadlineParseError, find_deadlines, parse_deadline
from tests.language.deadline_specs import assert_window_on as _check


def _refused(phrase: str, stated_on: str) -> str:
    """Why the phrase, said on that ISO day, gives no window: the message it is refused with."""
    with pytest.raises(DeadlineParseError) as refusal:
        parse_deadline(phrase, stated_on=dt.date.fromisoformat(stated_on))
    return str(refusal.value)


def _windows(text: str, stated_on: str) -> list[tuple[str | None, str | None]]:
    """The windows found in running text, as ISO bounds."""
    found = find_deadlines(text, stated_on=dt.date.fromisoformat(stated_on))
    return [
        (
            None if d.window.start is None else d.window.start.isoformat(),
            None if d.window.end is None else d.window.end.isoformat(),
        )
        for d in found
    ]


# --- "made", "took", "met" tell of a weekday only in their own clause (rule 6) ----------------


@pytest.mark.parametrize(
    "phrase",
    [
        # Said on Thursday 11 June 2026: the coming Monday, 15 June.
        "the mayor made it plain: the bridge reopens on Monday",
        "the board took stock: the vote is on Monday",
        "the unions met the minister, who says talks resume on Monday",
    ],
)
def test_a_strong_past_in_another_clause_leaves_the_weekday_ahead(phrase: str) -> None:
    _check(phrase, "2026-06-11", "2026-06-15", "2026-06-15")


def test_a_strong_past_in_the_weekday_s_own_clause_still_tells_of_the_past() -> None:
    assert "already past" in _refused("the two mayors met again on Monday", "2026-06-11")


# --- "behind" and "ahead of" after a span: a slip only from a plan (rule 10) -----------------


@pytest.mark.parametrize(
    ("phrase", "end"),
    [
        ("the new pool will open in three years behind the old library", "2029-06-11"),
        (
            "we will halve waiting lists over the next six months ahead of the regional target",
            "2026-12-11",
        ),
    ],
)
def test_a_place_or_a_goal_after_a_span_is_no_slip(phrase: str, end: str) -> None:
    _check(phrase, "2026-06-11", None, end)


@pytest.mark.parametrize(
    "phrase", ["over two years behind schedule", "it opens over a year behind, the works"]
)
def test_behind_a_plan_or_at_a_clause_end_is_still_a_slip(phrase: str) -> None:
    assert "slipped" in _refused(phrase, "2026-06-11")


# --- Late part, comma, early part: one range only when the second ends its clause ------------


@pytest.mark.parametrize(
    "text",
    [
        "The first stage ends in late August, early September the second one starts.",
        "La collecte cessera fin août, début septembre les nouveaux bacs arrivent.",
    ],
)
def test_a_period_opening_the_next_clause_is_not_joined(text: str) -> None:
    assert len(_windows(text, "2026-06-11")) == 2


@pytest.mark.parametrize(
    "text",
    [
        "The pool will reopen in late August, early September.",
        "Les bacs arriveront d'ici « fin août, début septembre ».",
    ],
)
def test_a_period_ending_its_clause_is_still_joined(text: str) -> None:
    assert _windows(text, "2026-06-11")[-1][1] == "2026-09-30"


# --- An imperfect in "-érait" after a period only when the period opens the sentence (rule 6)


def test_a_headline_s_date_before_a_comment_stays_ahead() -> None:
    _check(
        "Ouverture fin mai, le maire espérait plus tôt.", "2026-03-12", "2026-05-01", "2026-05-31"
    )


def test_a_period_opening_its_sentence_is_still_told_as_past() -> None:
    assert "already past" in _refused("Fin mai, la mairie espérait mieux.", "2026-10-12")


# --- A negation, "by", then a date with its deadline noun after it (rule 11) ------------------


@pytest.mark.parametrize(
    "phrase",
    [
        "we cannot finish the repairs by the June 30 target date",
        "the line will not be ready by the June 30 deadline",
        "the school can't open by the June 30 deadline",
    ],
)
def test_a_negated_by_before_a_dated_deadline_noun_is_not_before(phrase: str) -> None:
    _check(phrase, "2026-03-12", "2026-06-30", None)


def test_a_dated_deadline_noun_without_negation_is_still_by() -> None:
    _check("we will finish the repairs by the June 30 deadline", "2026-03-12", None, "2026-06-30")


# --- A range of two weekdays named alone runs forward (rule 8) --------------------------------


@pytest.mark.parametrize(
    ("phrase", "stated_on", "start", "end"),
    [
        # Said on Wednesday 4 March 2026: the coming Monday, then the Friday after it.
        ("from Monday to Friday", "2026-03-04", "2026-03-09", "2026-03-13"),
        ("between Monday and Friday", "2026-03-04", "2026-03-09", "2026-03-13"),
        ("du lundi au vendredi", "2026-03-04", "2026-03-09", "2026-03-13"),
        # Said on Monday 2 March 2026: the coming Friday, then the Monday after it.
        ("the road is closed from Friday noon to Monday", "2026-03-02", "2026-03-06", "2026-03-09"),
    ],
)
def test_a_range_of_two_weekdays_runs_forward(
    phrase: str, stated_on: str, start: str, end: str
) -> None:
    _check(phrase, stated_on, start, end)


def test_a_range_of_two_dated_weekdays_keeps_its_dates() -> None:
    _check("from Monday 9 March to Friday 13 March", "2026-03-04", "2026-03-09", "2026-03-13")


# --- A start, then "and" a verb of being with its state "until" a second date (rule 9) -------


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    [
        ("the pool opens on 6 June and will stay open until 31 August", "2026-06-06", "2026-08-31"),
        (
            "la piscine ouvrira le 6 juin et restera ouverte jusqu'au 31 août",
            "2026-06-06",
            "2026-08-31",
        ),
    ],
)
def test_a_state_that_lasts_from_a_start_until_a_date_is_one_range(
    phrase: str, start: str, end: str
) -> None:
    _check(phrase, "2026-03-12", start, end)


# --- "until much after", "until far after": not before, as "until well after" (rule 11) ------


@pytest.mark.parametrize(
    "phrase",
    ["the bridge won't reopen until much after 2028", "won't be built until far after 2028"],
)
def test_a_negated_until_much_or_far_after_is_not_before(phrase: str) -> None:
    _check(phrase, "2026-03-12", "2028-12-31", None)


# --- A French heading "Objectif livraison :" names the deadline, as "Target delivery:" does ---


@pytest.mark.parametrize(
    ("phrase", "end"),
    [
        ("Objectif livraison : juin 2028", "2028-06-30"),
        ("Objectif ouverture : mars 2028", "2028-03-31"),
    ],
)
def test_a_french_target_heading_names_the_deadline(phrase: str, end: str) -> None:
    _check(phrase, "2026-03-12", None, end)
