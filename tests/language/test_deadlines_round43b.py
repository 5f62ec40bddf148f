"""Deadline phrasings the forty-third round taught the parser (helper b).

Written from the misses that recur across batches, each class read as a construction and
generalised to its neighbours: each topic lists phrasings that failed before its rule and,
as guards, neighbours it already read. The sentences are invented. Rows are `(phrase,
stated_on, start, end)`; dates are ISO strings and None means "no such bound".
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
from tests.language.deadline_specs import assert_window_on

# --- A negation governs its whole clause up to "before" or "until" --------------------------


@pytest.mark.parametrize(
    ("phrase", "stated_on", "start", "end"),
    [
        # The negated verb, its object and their complements before "before": not before.
        (
            "would not be offered to customers of the smaller regional lenders before 2030",
            "2026-05-04",
            "2030-12-31",
            None,
        ),
        (
            "is not likely to be rolled out across every school in the north and the west"
            " until 2029",
            "2026-05-04",
            "2029-12-31",
            None,
        ),
        (
            "No replacement vessel is available anywhere in the region for charter before 2028",
            "2026-05-04",
            "2028-12-31",
            None,
        ),
        (
            "ne sera pas rouverte aux camions dans les deux sens avant mars 2027",
            "2026-05-04",
            "2027-03-31",
            None,
        ),
        # Guards: a clause of contrast or cause still ends the negation's reach.
        ("was not approved, but the line will open before 2030", "2026-05-04", None, "2029-12-31"),
        # Without the comma, "but" alone ends it.
        ("was not approved but the line will open before 2030", "2026-05-04", None, "2029-12-31"),
        ("n'a pas été approuvé mais la ligne ouvrira avant 2030", "2026-05-04", None, "2029-12-31"),
        ("not before 2028", "2026-05-04", "2028-12-31", None),
    ],
)
def test_a_negation_reaches_through_its_clause_to_before(
    phrase: str, stated_on: str, start: str | None, end: str | None
) -> None:
    assert_window_on(phrase, stated_on, start, end)


def test_running_text_keeps_the_shorter_reach_of_a_negation() -> None:
    # In an article, a negation ten words back is left to the reading of the sentence.
    text = (
        "Customers would not be offered the services linked to the new payments platform"
        " before 2030."
    )
    (found,) = find_deadlines(text, stated_on=dt.date(2026, 5, 4))
    assert found.window is not None
    assert (found.window.start, found.window.end) == (None, dt.date(2029, 12, 31))


# --- Any English past before a weekday tells of the one gone by ---------------------------
# Stated on Monday 4 May 2026.


@pytest.mark.parametrize(
    "phrase",
    [
        "the minister updated Cabinet on Thursday",
        "a barge slammed into the pier early Friday",
        "a meeting held on Wednesday",
        "the board voted on Thursday",
    ],
)
def test_a_past_verb_before_a_weekday_tells_of_the_one_gone_by(phrase: str) -> None:
    with pytest.raises(DeadlineInPastError):
        parse_deadline(phrase, stated_on=dt.date(2026, 5, 4))


@pytest.mark.parametrize(
    ("phrase", "stated_on", "start", "end"),
    [
        # Guards: a verb that looks ahead, a participle after "be", a determiner's adjective.
        ("will update Cabinet on Thursday", "2026-05-04", "2026-05-07", "2026-05-07"),
        ("is to be held on Wednesday", "2026-05-04", "2026-05-06", "2026-05-06"),
        ("the expected vote on Thursday", "2026-05-04", "2026-05-07", "2026-05-07"),
        ("the revised timetable on Friday", "2026-05-04", "2026-05-08", "2026-05-08"),
        # A word in -ed that is no verb: a number, a name.
        ("the first two hundred on Friday", "2026-05-04", "2026-05-08", "2026-05-08"),
        ("a visit by Sheikh Mohammed on Friday", "2026-05-04", "2026-05-08", "2026-05-08"),
        ("talks with Ahmed on Thursday", "2026-05-04", "2026-05-07", "2026-05-07"),
        # Before a month, a bare participle may have lost its future auxiliary: kept ahead.
        ("auctioned in January", "2025-11-29", "2026-01-01", "2026-01-31"),
        ("released in September", "2026-03-01", "2026-09-01", "2026-09-30"),
    ],
)
def test_a_weekday_or_month_that_looks_ahead_stays_ahead(
    phrase: str, stated_on: str, start: str | None, end: str | None
) -> None:
    assert_window_on(phrase, stated_on, start, end)


# --- "After" and a bare span: how long after something the phrase does not name ------------


@pytest.mark.parametrize(
    "phrase", ["after six months", "after 28 years", "après 4 ans", "Après deux ans"]
)
def test_after_a_bare_span_counts_from_an_event_not_named(phrase: str) -> None:
    with pytest.raises(DeadlineParseError, match="counted from an event"):
        parse_deadline(phrase, stated_on=dt.date(2026, 5, 4))


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    [
        # Guards: counted from the day said, said so or by "au bout de"; a period after "after".
        ("after six months from now", "2026-11-04", None),
        ("au bout de six mois", "2026-11-04", None),
        ("not before six months", "2026-11-04", None),
        ("after 2027", "2028-01-01", None),
    ],
)
def test_a_span_counted_from_the_day_said_stays_a_start(
    phrase: str, start: str | None, end: str | None
) -> None:
    assert_window_on(phrase, "2026-05-04", start, end)
