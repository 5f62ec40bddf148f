"""Deadline phrasings the forty-eighth round taught the parser (helper b).

Written from the readable misses of every batch but the two read first this round, grouped by
what the parser did wrong. The groups that recur in three batches or more are labelled both
ways, or rest on the sentence around the phrase (see docs/deadlines.md, the round's history
entry); the rule here comes from one batch and follows from the grammar at no readable cost.
Each topic lists phrasings that failed before its rule and, as guards, neighbours the rule must
leave alone. The phrasings are invented. Rows are `(phrase, stated_on, start, end)`; dates are
ISO strings and None means "no such bound".
"""

from __future__ import annotations

import datetime as dt

import pytest

from language.deadlines import DeadlineParseError, find_deadlines, parse_deadline
from tests.language.deadline_specs import assert_window_on

# --- "next" said before the part of the season or month it governs ------------------------


@pytest.mark.parametrize(
    ("phrase", "stated_on", "start", "end"),
    [
        # Said in December: this year's autumn is over, the coming one is meant, and "by"
        # still governs it (the phrase had been refused as past).
        ("the pool should reopen by next late autumn", "2026-12-10", None, "2027-11-30"),
        ("by next early fall", "2026-12-10", None, "2027-11-30"),
        ("next late autumn", "2026-12-10", "2027-09-01", "2027-11-30"),
        # Two parts joined, the first after "next": the range ends with the second.
        ("by next late summer and early fall", "2026-12-10", None, "2027-11-30"),
        # Said in spring: the summer to come, as "by next summer" is; the part after "next" had
        # kept the "by" from it.
        ("by next late summer", "2026-04-02", None, "2026-08-31"),
        ("by next early spring", "2026-01-15", None, "2026-05-31"),
    ],
)  # fmt: skip
def test_next_before_a_part_governs_the_period_after_it(
    phrase: str, stated_on: str, start: str | None, end: str | None
) -> None:
    assert_window_on(phrase, stated_on, start, end)


@pytest.mark.parametrize(
    ("phrase", "stated_on", "start", "end"),
    [
        # The order the grammar already read is left as it was.
        ("by late next summer", "2026-12-10", None, "2027-08-31"),
        ("early next spring", "2026-12-10", "2027-03-01", "2027-05-31"),
        # "late" or "early" before something else than a season or a month is no part.
        ("by next year", "2026-12-10", None, "2027-12-31"),
    ],
)  # fmt: skip
def test_the_parts_after_next_are_left_alone(
    phrase: str, stated_on: str, start: str | None, end: str | None
) -> None:
    assert_window_on(phrase, stated_on, start, end)


def test_next_before_a_part_is_found_where_the_text_writes_it() -> None:
    text = "Officials said the bridge should reopen by next late summer, after repairs."
    found = find_deadlines(text, stated_on=dt.date(2026, 11, 20))
    assert [(f.text, f.span) for f in found] == [("by next late summer", (40, 59))]
    assert (found[0].window.start, found[0].window.end) == (None, dt.date(2027, 8, 31))


# --- A phrase cut after its modal, at "not", before a span after "for" ---------------------


@pytest.mark.parametrize(
    ("phrase", "stated_on", "start", "end"),
    [
        # "(will) not be ... for another 18 months": not before the span's end, as "won't be
        # ... for another 18 months" is (the phrase had been refused as a bare negation).
        ("not be finished for another 18 months", "2026-03-10", "2027-09-10", None),
        ("not reopen for two more years", "2026-03-10", "2028-03-10", None),
        ("not be back in service for another nine months", "2026-03-10", "2026-12-10", None),
    ],
)  # fmt: skip
def test_not_opening_a_phrase_before_for_a_span_is_not_before_its_end(
    phrase: str, stated_on: str, start: str | None, end: str | None
) -> None:
    assert_window_on(phrase, stated_on, start, end)


@pytest.mark.parametrize(
    "phrase",
    [
        # A past that lasted: how long, not when.
        "not been updated for two years",
        "not renewed for two years",
    ],
)
def test_not_before_a_participle_and_a_span_is_no_deadline(phrase: str) -> None:
    with pytest.raises(DeadlineParseError):
        parse_deadline(phrase, stated_on=dt.date(2026, 3, 10))
