"""Deadline phrasings the forty-eighth round taught the parser (helper a).

Written from the misses of dev-blind92 and dev-blind93, read for the first time, each read as
a construction of English or French and generalised to its neighbours. Every topic follows
from the grammar and was kept at no readable cost; the batches each comes from are named in
docs/deadlines.md. Each topic lists phrasings that failed before its rule and, as guards,
neighbours the rule must leave alone. The phrasings are invented. Rows are `(phrase,
stated_on, start, end)`; dates are ISO strings and None means "no such bound".
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.language.deadline_specs import assert_refused_on, assert_window_on, found_on

# --- "The week of" a day written in figures is that week, as with a month's name ---------------


@pytest.mark.parametrize(
    ("phrase", "stated_on", "start", "end"),
    [
        # A Wednesday: its Monday-to-Sunday week.
        ("Week of 6/17/2026", "2026-05-04", "2026-06-15", "2026-06-21"),
        ("the week of 17/06/2026", "2026-05-04", "2026-06-15", "2026-06-21"),
        ("wk of 6/17/26", "2026-05-04", "2026-06-15", "2026-06-21"),
        ("the week commencing 2026-06-15", "2026-05-04", "2026-06-15", "2026-06-21"),
        # French writes the day first: the week of 6 July, not of 7 June.
        ("la semaine du 06/07/2026", "2026-05-04", "2026-07-06", "2026-07-12"),
        ("la semaine du 08/07", "2026-05-04", "2026-07-06", "2026-07-12"),
        # A Sunday opens its week; a weekend holds its Saturday and Sunday.
        ("the week of 6/21/2026", "2026-05-04", "2026-06-21", "2026-06-27"),
        ("the weekend of 6/20/2026", "2026-05-04", "2026-06-20", "2026-06-21"),
        ("by the week of 6/17/2026", "2026-05-04", None, "2026-06-21"),
    ],
)  # fmt: skip
def test_the_week_of_a_numeric_day(phrase: str, stated_on: str, start: str, end: str) -> None:
    assert_window_on(phrase, stated_on, start, end)


def test_a_numeric_day_alone_is_still_that_day() -> None:
    assert_window_on("6/17/2026", "2026-05-04", "2026-06-17", "2026-06-17")
    assert_window_on("le 06/07/2026", "2026-05-04", "2026-07-06", "2026-07-06")


def test_the_week_of_a_numeric_day_in_a_timetable() -> None:
    text = "Week of 6/17/2026 - Crews to pave the north lane."
    assert found_on(text, "2026-05-04") == [
        ("Week of 6/17/2026", dt.date(2026, 6, 15), dt.date(2026, 6, 21))
    ]


# --- "close" before its day is a closing date, the day's number no object ---------------------


@pytest.mark.parametrize(
    ("phrase", "stated_on", "start", "end"),
    [
        ("Entries close 14 March 2027", "2026-11-02", None, "2027-03-14"),
        ("Submissions close 14/03/2027", "2026-11-02", None, "2027-03-14"),
        # Its subject left out of the words given.
        ("close 14 March 2027", "2026-11-02", None, "2027-03-14"),
        ("close on 14 March 2027", "2026-11-02", None, "2027-03-14"),
        ("close March 14, 2027", "2026-11-02", None, "2027-03-14"),
    ],
)  # fmt: skip
def test_close_before_a_day_first_date(phrase: str, stated_on: str, start: str, end: str) -> None:
    assert_window_on(phrase, stated_on, start, end)


def test_close_with_its_object_is_an_event_on_the_day() -> None:
    # Something closed, a count or an article between the verb and the period: an act done
    # then, not a closing date.
    assert_window_on(
        "will close 40 branches on 14 March 2027", "2026-11-02", "2027-03-14", "2027-03-14"
    )
    assert_window_on(
        "will close the depot on 14 March 2027", "2026-11-02", "2027-03-14", "2027-03-14"
    )
    assert_window_on("will close 40 branches next year", "2026-11-02", "2027-01-01", "2027-12-31")
    assert_window_on("close to 2040", "2026-11-02", "2040-01-01", "2040-12-31")


# --- "This" season or month is the stated year's, whatever the verb ----------------------------


@pytest.mark.parametrize(
    ("phrase", "stated_on", "start", "end"),
    [
        # Said in February, "this summer" is still to come: a participle cut from its future
        # auxiliary ("is to be finished this summer") cannot make it last year's.
        ("finished this summer", "2027-02-08", "2027-06-01", "2027-08-31"),
        ("delivered this autumn", "2027-02-08", "2027-09-01", "2027-11-30"),
        ("achevé cet été", "2027-02-08", "2027-06-01", "2027-08-31"),
        ("completed this October", "2027-02-08", "2027-10-01", "2027-10-31"),
    ],
)  # fmt: skip
def test_this_season_under_a_past_participle_said_before_it(
    phrase: str, stated_on: str, start: str, end: str
) -> None:
    assert_window_on(phrase, stated_on, start, end)


def test_this_season_gone_by_and_a_plain_season_stay_past() -> None:
    assert_refused_on("finished this summer", "2027-11-08")  # the stated year's summer, over
    assert_refused_on("finished in the summer", "2027-02-08")  # no "this": the summer gone by
    assert_refused_on("opened in October", "2027-02-08")


# --- "until sometime" before any period is its end, as "until sometime in" was -----------------


@pytest.mark.parametrize(
    ("phrase", "stated_on", "start", "end"),
    [
        ("until sometime next year", "2026-04-20", None, "2027-12-31"),
        ("till sometime this autumn", "2026-04-20", None, "2026-11-30"),
        # Denied, the end is the earliest date (rule 5).
        ("will not reopen until sometime this summer", "2026-04-20", "2026-08-31", None),
        ("won't open until some time next year", "2026-04-20", "2027-12-31", None),
        ("will not open until sometime in 2027", "2026-04-20", "2027-12-31", None),  # as before
    ],
)  # fmt: skip
def test_until_sometime_before_a_period(phrase: str, stated_on: str, start: str, end: str) -> None:
    assert_window_on(phrase, stated_on, start, end)


def test_sometime_alone_stays_in_its_period() -> None:
    assert_window_on("sometime this summer", "2026-04-20", "2026-06-01", "2026-08-31")
    assert_refused_on("until some time", "2026-04-20")


# --- "The earliest date for" an event, however long its name, is a floor ----------------------


@pytest.mark.parametrize(
    ("phrase", "stated_on", "start", "end"),
    [
        ("the earliest possible date for the delayed opening of the bridge is 9 June",
         "2026-04-20", "2026-06-09", None),
        ("the earliest date for a vote on the new harbour plan would be September 2026",
         "2026-04-20", "2026-09-30", None),
        ("the earliest time for the relaunch of the night ferries is 2027",
         "2026-04-20", "2027-12-31", None),
        ("the earliest date for it would be 2027", "2026-04-20", "2027-12-31", None),  # as before
    ],
)  # fmt: skip
def test_the_earliest_date_for_an_event_is_a_floor(
    phrase: str, stated_on: str, start: str, end: str
) -> None:
    assert_window_on(phrase, stated_on, start, end)


def test_the_earliest_as_an_adjective_of_a_long_subject_stays_a_date() -> None:
    # "the earliest" qualifying the subject's own noun is no floor, however far its verb.
    assert_window_on(
        "the earliest carriages of the second order will be delivered in 2027",
        "2026-04-20",
        "2027-01-01",
        "2027-12-31",
    )
    assert_window_on(
        "the earliest opportunity is in 2027", "2026-04-20", "2027-01-01", "2027-12-31"
    )


# --- A verb with no passive, in -ed, tells of the period gone by ------------------------------


@pytest.mark.parametrize(
    "phrase",
    [
        "the contractor collapsed in March",
        "the old operator collapsed on 3 March",
        "the chief executive resigned in April",
        "the first cracks emerged in May",
    ],
)
def test_a_verb_with_no_passive_tells_of_the_month_gone_by(phrase: str) -> None:
    # Said on 20 August 2026: the March, April or May of 2026, gone by (rules 6, 17).
    assert_refused_on(phrase, "2026-08-20")


def test_a_verb_with_a_passive_may_lose_its_future_auxiliary() -> None:
    # "(to be) released in May": the next May, as before.
    assert_window_on("released in May", "2026-08-20", "2027-05-01", "2027-05-31")
    assert_window_on("could collapse in March", "2026-08-20", "2027-03-01", "2027-03-31")


# --- The future perfect looks ahead -------------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "stated_on", "start", "end"),
    [
        ("will have opened by March", "2026-08-20", None, "2027-03-31"),
        ("the builder will have fully finished the works by May", "2026-08-20", None, "2027-05-31"),
        ("we'll have completed the works by March", "2026-08-20", None, "2027-03-31"),
    ],
)  # fmt: skip
def test_a_participle_after_will_have_looks_ahead(
    phrase: str, stated_on: str, start: str, end: str
) -> None:
    assert_window_on(phrase, stated_on, start, end)


def test_the_counterfactual_would_have_stays_past() -> None:
    assert_refused_on("would have opened in March", "2026-08-20")
