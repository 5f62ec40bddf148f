"""The forty-eighth round, second helper (docs/article-import.md, "Round 48"): the drafts that
match no label, by cause, across the readable batches. One behaviour per test; the sentences
are invented, in the shape real articles take, and each test fails without its rule.
"""

from __future__ import annotations

import datetime as dt

from tests.language.article_ledgers import read

Y = dt.date


# --- What is not a promise -----------------------------------------------------------------


def test_a_promise_its_subject_backed_down_from_is_no_promise():
    # Written on Friday 14 June 2024. The sentence tells a promise given up, not one made.
    text = (
        "Halden Transit has backed down from its election pledge to open the new depot by "
        "2026, admitting that the works will take longer."
    )
    assert read.windows(text) == []
    text = "Halden Transit has reneged on its promise to open the new depot by 2026."
    assert read.windows(text) == []


def test_a_plan_its_sentence_says_is_behind_schedule_is_no_promise():
    # The plan with its date is the subject of "was behind schedule": a review of it, no promise.
    text = (
        "A review found that Halden Transit's plan to open 12 new depots by 2027 was "
        "behind schedule."
    )
    assert read.windows(text) == []
    # A plan on schedule is still one.
    text = "Halden Transit said its plan to open the new depot by 2026 is on schedule."
    assert read.windows(text) == [(None, Y(2026, 12, 31))]


def test_a_promise_the_same_sentence_says_will_not_be_kept_by_then_is_no_promise():
    # The promise, then after a semicolon what will not be done by then: the promise is broken.
    text = (
        "Halden Transit promised 20 new trams by 2027; it now appears that half of them will "
        "not even be ordered by then."
    )
    assert read.windows(text) == []
    # Without what will not be done by then, the promise stands.
    text = "Halden Transit promised 20 new trams by 2027; the first will arrive in May."
    assert (None, Y(2027, 12, 31)) in read.windows(text)


# --- Finding a commitment ------------------------------------------------------------------


def test_a_timetable_verb_after_a_determiner_or_an_adjective_is_a_plural_noun():
    # "launches", "starts", "opens" after "the other scheduled", "competitive", "two" are
    # nouns: no timetable of the organisation's own.
    text = (
        "Halden Transit said that, given the other scheduled launches in 2025, a new date "
        "would be hard to find."
    )
    assert read.windows(text) == []
    text = (
        "Halden Transit has long been in competition with rivals for competitive launches "
        "this year."
    )
    assert read.windows(text) == []
    # The verb after its subject still sets a timetable.
    text = "The new Halden Transit route launches in September."
    assert read.windows(text) == [(Y(2024, 9, 1), Y(2024, 9, 30))]
