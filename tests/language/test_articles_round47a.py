"""The forty-seventh round, first helper (docs/article-import.md, "Round 47"): the labels no
draft found, starting from the two batches read for the first time. One behaviour per test;
the sentences are invented, in the shape real articles take, and each test fails without its
rule.
"""

from __future__ import annotations

import datetime as dt

from tests.language.article_ledgers import read

Y = dt.date


# --- Finding a commitment ------------------------------------------------------------------


def test_an_expectation_denied_until_a_time_is_a_not_before_window():
    # Written on Friday 14 June 2024. "is not expected until 2027" says the thing comes in
    # 2027 at the earliest, as "will not come until 2027" does; "not" stands between the verb
    # and its participle.
    text = "A final decision on the Halden depot is not expected until 2027, Halden Transit said."
    assert read.windows(text) == [(Y(2027, 12, 31), None)]
    text = "The new timetable isn't expected until March 2025, Halden Transit said."
    assert read.windows(text) == [(Y(2025, 3, 31), None)]


def test_a_due_date_denied_is_a_not_before_window():
    # Written on Friday 14 June 2024. "isn't due to start ... until 2026": the start is due
    # in 2026 at the earliest.
    text = "Halden Transit, which isn't due to start building its depot until 2026, said so."
    assert read.windows(text) == [(Y(2026, 12, 31), None)]
    text = "The second platform is not due until 2026, Halden Transit said."
    assert read.windows(text) == [(Y(2026, 12, 31), None)]
    # "not due to" before a noun is a cause, not a time.
    text = "Halden Transit said the delay is not due to the weather in 2025."
    assert read.windows(text) == []


def test_due_to_with_the_infinitive_of_a_coming_is_a_plan_without_its_verb():
    # Written on Friday 14 June 2024. "with the other gates due to open next year" leaves out
    # the verb of "the other gates are due to open next year", as "with the rest set to open"
    # does.
    text = (
        "Halden Transit opened the first two gates on Monday, with the other six due to open "
        "next year."
    )
    assert read.windows(text) == [(Y(2025, 1, 1), Y(2025, 12, 31))]
    # "due to" before a noun is a cause.
    text = "Halden Transit closed the depot on Monday due to close contacts in the team."
    assert read.windows(text) == []
    # An earlier plan stays one: "was not due to be" is what was planned before.
    text = (
        "The platform was not due to be finished until October 2024, but the date has since "
        "been brought forward, Halden Transit said."
    )
    assert read.windows(text) == []


# --- Who promises --------------------------------------------------------------------------


def test_a_named_thing_expected_to_be_ready_is_the_thing_acted_on():
    # Written on Friday 14 June 2024. "The Nordvik Express is expected to be operational by
    # 2026" says what is expected of the thing named, as "expected to be completed" does: the
    # name is the thing's, not someone else's who is expected to act.
    text = "The Nordvik Express is expected to be operational by 2026."
    assert read.windows(text) == [(None, Y(2026, 12, 31))]
    text = "The K-2 terminal is expected to be ready by September next."
    assert read.windows(text) == [(None, Y(2024, 9, 30))]
    # A name standing alone is still an organisation, expected to act by someone else.
    text = "Nordvik Ferries is expected to be ready by 2026."
    assert read.windows(text) == []


# --- When it was said ----------------------------------------------------------------------


def test_a_period_of_accounts_named_before_its_results_is_not_when_they_were_given():
    # Written on Friday 14 June 2024. The year or quarter that names results, a report or an
    # earnings call is the period reported on, which had ended before they were given: the
    # promise is dated by the page, as with no time at all.
    text = (
        "Corvane Motors said it will open 12 new showrooms in 2025. The company disclosed the "
        "plan in its full-year 2023 financial results."
    )
    assert read.dated(text) == [(Y(2025, 1, 1), Y(2025, 12, 31), Y(2024, 6, 14))]
    text = (
        "Corvane Motors confirmed during the Q1 2024 earnings call that it will open 12 new "
        "showrooms in 2025."
    )
    assert read.dated(text) == [(Y(2025, 1, 1), Y(2025, 12, 31), Y(2024, 6, 14))]
    # A time that names the occasion itself still dates it: "In a March 2024 interview".
    text = "In a March 2024 interview, Corvane Motors said it will open 12 new showrooms in 2025."
    assert read.dated(text) == [(Y(2025, 1, 1), Y(2025, 12, 31), Y(2024, 3, 1))]


# --- Which date belongs to which phrase ----------------------------------------------------


def test_depuis_before_a_place_is_where_from_not_since_when():
    # Written on Friday 14 June 2024. "depuis" before a noun of place says where from
    # ("lancé depuis le centre spatial", "depuis la gare du Nord"), not since when: it tells
    # no past and leaves the promise's date alone.
    text = "Le satellite de Corvane Motors sera lancé depuis le centre spatial en octobre."
    assert read.windows(text, language="fr") == [(Y(2024, 10, 1), Y(2024, 10, 31))]
    text = "Halden Transit ouvrira des départs depuis la gare du Nord en septembre."
    assert read.windows(text, language="fr") == [(Y(2024, 9, 1), Y(2024, 9, 30))]
    text = (
        "D'ici cet été, les clients d'Halden Transit pourront acheter leurs billets depuis "
        "l'application de leur banque."
    )
    assert read.windows(text, language="fr") == [(None, Y(2024, 8, 31))]
    # Before a time it is still "since": what has run since then is no promise.
    text = "Halden Transit exploite la ligne depuis le 1er janvier 2024."
    assert read.windows(text, language="fr") == []
