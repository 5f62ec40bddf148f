"""The thirty-ninth round, second pass (docs/article-import.md, "Round 39"): rules written
from the first reading of dev-blind67's articles. One behaviour per test; the sentences are
invented, in the shape real articles take, and each test fails without its rule.
"""

from __future__ import annotations

import datetime as dt

from tests.language.article_ledgers import read

Y = dt.date


# --- Finding a commitment ----------------------------------------------------------------


def test_closures_that_take_place_are_the_organisations_own_acts():
    text = "Halden Transit said the remaining depot closures will take place by the end of June."
    assert read.windows(text) == [(None, Y(2024, 6, 30))]
    text = "Halden Transit a indiqué que les fermetures auront lieu d'ici la fin de l'été."
    assert read.windows(text, language="fr") == [(None, Y(2024, 8, 31))]


def test_a_meeting_that_takes_place_is_still_someone_elses_event():
    text = "Halden Transit said the shareholder meeting will take place on 12 June."
    assert read.windows(text) == []


def test_a_projected_date_for_a_project_is_planned():
    text = "Halden Transit's new depot has a projected commercial operation date in June 2026."
    assert read.windows(text) == [(Y(2026, 6, 1), Y(2026, 6, 30))]


def test_a_planned_date_pushed_back_is_no_new_date():
    text = "Halden Transit's depot will see its planned August completion date pushed back."
    assert read.windows(text) == []


def test_the_present_perfect_of_planned_is_the_plan_now_held():
    text = "Halden Transit has so far planned to close 12 ticket offices this year."
    assert read.windows(text) == [(Y(2024, 1, 1), Y(2024, 12, 31))]


def test_the_pluperfect_of_planned_is_still_an_earlier_plan():
    text = "Halden Transit had planned to close 12 ticket offices this year."
    assert read.windows(text) == []


def test_a_closure_scheduled_is_announced():
    text = "Halden Transit has scheduled the closure of twelve ticket offices in 2025."
    assert read.windows(text) == [(Y(2025, 1, 1), Y(2025, 12, 31))]


def test_a_sentence_is_kept_over_a_heading_that_says_the_same():
    # The heading, read as an item of the list the colon opens, and the sentence below it
    # give one promise: the sentence's words are kept.
    text = (
        "Halden Transit will close two more offices on the third or fifth of this month:\n\n"
        "Ticket offices set to close in 2025\n\n"
        "Already, Halden Transit has scheduled the closure of twelve ticket offices in 2025."
    )
    drafts = [d for d in read.dated_drafts(text) if d.start == Y(2025, 1, 1)]
    assert [d.quote for d in drafts] == [
        "Already, Halden Transit has scheduled the closure of twelve ticket offices in 2025."
    ]


def test_a_participle_of_planning_before_an_infinitive_is_a_plan():
    text = (
        "Halden Transit a un nouveau chantier. Prévu de démarrer le 2 septembre, il durera un an."
    )
    assert read.windows(text, language="fr") == [(Y(2024, 9, 2), Y(2024, 9, 2))]


def test_what_was_planned_to_begin_stays_an_earlier_plan():
    text = "Halden Transit a un chantier. Il était prévu de démarrer le 2 septembre."
    assert read.windows(text, language="fr") == []


# --- Dates that are no promise --------------------------------------------------------------


def test_a_count_of_passengers_expected_is_a_forecast_of_traffic():
    text = "Halden Transit indique que 18 400 voyageurs par jour sont attendus dès 2029."
    assert read.windows(text, language="fr") == []
    text = "Halden Transit says 12,000 riders a day are expected by 2028."
    assert read.windows(text) == []


def test_a_line_with_its_riders_expected_to_open_is_still_a_promise():
    text = (
        "Halden Transit says the new line, with 12,000 riders a day, is expected to open by 2028."
    )
    assert read.windows(text) == [(None, Y(2028, 12, 31))]


# --- When a promise was made ---------------------------------------------------------------


def test_a_statement_named_as_the_occasion_dates_the_promise_before_it():
    # Published Friday 14 June 2024: the lead's promise was made on Thursday 13 June, the
    # statement the next paragraph names, not on the Wednesday of someone's later news.
    text = (
        "Halden Transit confirmed its commitment to running 300 electric buses over the next "
        "five years.\n\n"
        "In a statement to the council on Thursday, its chief executive told members the "
        "fleet was ready.\n\n"
        "The mayor announced on Wednesday that the council will help Halden Transit reach its "
        "goal."
    )
    drafts = [d for d in read.dated_drafts(text) if d.end and d.end.year == 2029]
    assert [(d.stated_on, d.end) for d in drafts] == [(Y(2024, 6, 13), Y(2029, 6, 13))]
