"""Mends to the forty-eighth round's deadline rules (helper mendp), each with the phrasings
the reviewer found it wrong on, reworded, and the guards it must keep. The phrasings are
invented. Rows are `(phrase, stated_on, start, end)`; dates are ISO strings and None means
"no such bound".
"""

from __future__ import annotations

import datetime as dt

import pytest

from language.deadlines import find_deadlines
from tests.language.deadline_specs import assert_refused_on, assert_window_on

# --- A verb with no passive in a side clause tells nothing of the period ----------------------


@pytest.mark.parametrize(
    "phrase",
    [
        "the ferry returns in April, three years after the old pier collapsed",
        "the new dean starts in April, after the former dean resigned",
        "the ward reopens in April, renamed after a surgeon who died",
        "trains run again in April, months after the landslide happened",
    ],
)
def test_a_verb_with_no_passive_in_a_side_clause_leaves_the_period_ahead(phrase: str) -> None:
    # Said on 12 September 2026: the coming April.
    assert_window_on(phrase, "2026-09-12", "2027-04-01", "2027-04-30")


def test_a_verb_with_no_passive_governing_the_period_still_tells_of_the_past() -> None:
    assert_refused_on("the old pier collapsed in April", "2026-09-12")
    assert_refused_on("her predecessor resigned suddenly in April", "2026-09-12")


# --- "This" season after an auxiliary of the past, or after "since", is the one gone by -------


@pytest.mark.parametrize(
    ("phrase", "stated_on"),
    [
        ("the harbour wall was resurfaced this autumn", "2026-02-03"),
        ("the depot has been running since this October", "2026-02-03"),
        ("les quais ont été refaits cet automne", "2026-02-03"),
        ("la passerelle a été livrée ce mois d'octobre", "2026-02-03"),
    ],
)
def test_this_season_after_a_past_auxiliary_is_gone_by(phrase: str, stated_on: str) -> None:
    assert_refused_on(phrase, stated_on)


def test_this_season_after_a_bare_or_future_participle_stays_ahead() -> None:
    assert_window_on("rebuilt this autumn", "2026-02-03", "2026-09-01", "2026-11-30")
    assert_window_on("will have been rebuilt this autumn", "2026-02-03", "2026-09-01", "2026-11-30")
    assert_window_on(
        "the wall will be rebuilt this autumn", "2026-02-03", "2026-09-01", "2026-11-30"
    )


# --- "La semaine du", "le week-end du" a numeric day, wherever the phrase starts -------------


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    [
        # 8 April 2026 is a Wednesday, 11 April a Saturday (not 4 August, 4 November).
        ("le marché se tiendra pendant la semaine du 08/04/2026", "2026-04-06", "2026-04-12"),
        ("les travaux sont prévus pour le week-end du 11/04/2026", "2026-04-11", "2026-04-12"),
        ("week-end du 11/04/2026", "2026-04-11", "2026-04-12"),
    ],
)
def test_a_french_week_of_a_numeric_day_is_day_first(phrase: str, start: str, end: str) -> None:
    assert_window_on(phrase, "2026-02-03", start, end)


def test_a_french_week_of_a_numeric_day_in_running_text() -> None:
    found = find_deadlines(
        "Le marché se tiendra pendant la semaine du 08/04/2026 sur le port.",
        stated_on=dt.date(2026, 2, 3),
    )
    assert [(f.window.start, f.window.end) for f in found] == [
        (dt.date(2026, 4, 6), dt.date(2026, 4, 12))
    ]


# --- "The earliest date for", its complement at full reach or its noun modified -------------


@pytest.mark.parametrize(
    ("phrase", "start"),
    [
        ("the earliest possible date for a ruling on the new ferry contract now would be 2028",
         "2028-12-31"),
        ("the earliest delivery date for the new trams is June 2027", "2027-06-30"),
        ("the earliest possible start date for the works on the ferry terminal is June 2027",
         "2027-06-30"),
    ],
)  # fmt: skip
def test_the_earliest_date_for_a_long_complement_is_a_floor(phrase: str, start: str) -> None:
    assert_window_on(phrase, "2026-04-20", start, None)


# --- The future perfect with an adverb after "'ll have" or a passive "have been" -------------


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    [
        ("we'll have entirely finished the roof by May", None, "2027-05-31"),
        ("the roof will have been finished by May", None, "2027-05-31"),
        ("the roof will have been finished in May", "2027-05-01", "2027-05-31"),
    ],
)
def test_the_future_perfect_passive_looks_ahead(phrase: str, start: str, end: str) -> None:
    assert_window_on(phrase, "2026-09-12", start, end)


# --- A place closed on a day, or closed for a while, is an event on that day ----------------


@pytest.mark.parametrize(
    "phrase",
    [
        "the tunnel will close 9 March 2026 for resurfacing",
        "The footbridge will close 9 March",
        "Lanes close 9 March for the parade",
        "close on 9 March for three weeks",
    ],
)
def test_a_place_closed_on_a_day_is_an_event_on_it(phrase: str) -> None:
    assert_window_on(phrase, "2026-01-20", "2026-03-09", "2026-03-09")


def test_a_closing_date_still_ends_then() -> None:
    assert_window_on("Bids close 9 March 2026", "2026-01-20", None, "2026-03-09")
    assert_window_on("close on 9 March 2026", "2026-01-20", None, "2026-03-09")
    assert_window_on("the site will close next year", "2026-01-20", None, "2027-12-31")
