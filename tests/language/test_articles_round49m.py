"""The forty-ninth round, the importer's mender (docs/article-import.md, "The forty-ninth round,
mendi"): the faults a reviewer found in the forty-eighth round's rules, each a promise lost or a
date drafted that no one promised. One behaviour per test; the sentences are invented, and each
test fails without its mend.
"""

from __future__ import annotations

import datetime as dt

from tests.language.article_ledgers import read

Y = dt.date


# --- A promise given up or overdue ---------------------------------------------------------


def test_a_promise_its_holder_will_not_back_down_from_is_kept():
    # Written on Friday 14 June 2024. Backing down refused is the promise held.
    text = (
        "Corvane Motors insisted it would never back down from its pledge to hire 300 staff "
        "by 2027."
    )
    assert read.windows(text) == [(None, Y(2027, 12, 31))]
    text = "Corvane Motors has refused to back down on its commitment to close the plant by 2027."
    assert read.windows(text) == [(None, Y(2027, 12, 31))]
    # Backing down itself still gives it up.
    text = "Corvane Motors has backed down from its pledge to hire 300 staff by 2027."
    assert read.windows(text) == []


def test_going_back_on_something_gives_up_only_a_promise():
    # Written on Friday 14 June 2024. "go back on" a place or a track is a return.
    text = "Corvane Motors said its buses will go back on the coastal route from 3 August."
    assert read.windows(text) == [(Y(2024, 8, 3), Y(2024, 8, 3))]
    # Gone back on a promise, it is given up.
    text = "Corvane Motors has gone back on its promise to hire 300 staff by 2027."
    assert read.windows(text) == []


def test_another_thing_behind_schedule_leaves_the_promise_standing():
    # Written on Friday 14 June 2024. What is late comes after a subordinator: not the plan.
    text = (
        "Corvane Motors still plans to open the plant by 2027 although the supplier's "
        "factory is behind schedule."
    )
    assert read.windows(text) == [(None, Y(2027, 12, 31))]


def test_by_then_said_of_another_thing_leaves_the_promise_standing():
    # Written on Friday 14 June 2024. "by then" said of something other than what was
    # promised: the old plant closing is not the new one opening.
    text = "Corvane Motors will open its new plant by 2027; the old plant will not shut by then."
    assert read.windows(text) == [(None, Y(2027, 12, 31))]


# --- A deadline named by its noun ----------------------------------------------------------


def test_a_deadline_for_a_named_body_s_project_keeps_its_promiser():
    # Written on Friday 14 June 2024. The owner after "for" names the promiser.
    text = "The new deadline for Corvane Motors' battery plant is set for May 2026."
    assert read.found(text) == [(None, Y(2026, 5, 31), "Corvane Motors")]
    # So does an owner before the noun.
    text = "Corvane Motors' revised completion date for the plant is May 2026."
    assert read.found(text) == [(None, Y(2026, 5, 31), "Corvane Motors")]


def test_a_deadline_noun_sets_only_the_date_right_after_its_verb():
    # Written on Friday 14 June 2024. "is now out of reach" sets nothing; the year further on
    # is a guess.
    text = (
        "The target date for the Corvane Motors plant is no longer in sight, with 2027 now "
        "thought likely."
    )
    assert read.windows(text) == []


def test_a_deadline_extended_for_what_others_send_is_no_promise():
    # Written on Friday 14 June 2024. The public's turn, even when the body moved it.
    text = "Corvane Motors has extended the deadline for supplier bids until 2 September."
    assert read.windows(text) == []
    # Others named as the subject of the deadline's act.
    text = "The deadline for firms to register with Corvane Motors is 2 September."
    assert read.windows(text) == []
    text = "The deadline for commenting on Corvane Motors' plant is 2 September."
    assert read.windows(text) == []


def test_a_deadline_extended_from_one_date_to_another_is_the_later():
    # Written on Friday 14 June 2024. Moved "from May 2025 to May 2026": the date moved to.
    text = "Corvane Motors has extended the deadline for the plant from May 2025 to May 2026."
    assert read.windows(text) == [(None, Y(2026, 5, 31))]


def test_a_plan_noun_before_a_date_is_no_plan_to_act():
    # Written on Friday 14 June 2024. "on its plan to 2 September": "to" is no infinitive's.
    text = (
        "Corvane Motors has extended the deadline for comments on its expansion plan to "
        "2 September."
    )
    assert read.windows(text) == []


# --- Events and works ----------------------------------------------------------------------


def test_works_that_are_a_meeting_s_topic_are_no_promise():
    # Written on Friday 14 June 2024. The meeting takes place; the works are its topic.
    text = "A hearing over Corvane Motors' construction works will take place on 9 September."
    assert read.windows(text) == []
    # "work" as a modifier is no works.
    text = "Corvane Motors' work meeting will take place on 9 September."
    assert read.windows(text) == []
    # The works themselves still take place as the builder's plan.
    text = "Corvane Motors said construction work will take place in September."
    assert read.windows(text) == [(Y(2024, 9, 1), Y(2024, 9, 30))]


# --- What was said before ------------------------------------------------------------------


def test_a_plan_in_the_pluperfect_with_he_said_is_an_earlier_one():
    # Written on Friday 14 June 2024. The pluperfect sets the plan before the saying.
    text = (
        "Corvane Motors' plant manager spoke on Tuesday. The plant had been expected to open "
        "in May 2025, she said."
    )
    assert read.windows(text) == []


def test_a_plan_a_document_said_or_contrasted_is_an_earlier_one():
    # Written on Friday 14 June 2024. A document says no plan now held.
    text = "The Corvane Motors plant was due to open in May 2025, the 2020 feasibility study said."
    assert read.windows(text) == []
    # Nor one contrasted before the attribution.
    text = (
        "Corvane Motors' plant manager spoke on Tuesday. The plant was meant to open in May "
        "2025, although it now looks a year late, she said."
    )
    assert read.windows(text) == []
    # Nor one told in a past year.
    text = "The Corvane Motors plant was expected to open in 2025, the minister told MPs in 2021."
    assert read.windows(text) == []


def test_a_participle_after_an_opening_adverb_is_no_earlier_aim():
    # Written on Friday 14 June 2024. "Initially, buses aimed at students" names the buses.
    text = (
        "Initially, buses aimed at students will run every hour from 2 September, Corvane "
        "Motors said."
    )
    assert read.windows(text) == [(Y(2024, 9, 2), Y(2024, 9, 2))]


def test_an_earlier_aim_then_a_later_decision_keeps_the_decision():
    # Written on Friday 14 June 2024. "since" and "later" bring the plan held.
    text = (
        "Initially, Corvane Motors wanted to build two plants, and it later decided to build "
        "just one, by 2027."
    )
    assert read.windows(text) == [(None, Y(2027, 12, 31))]
    text = (
        "À l'origine, Corvane Motors voulait ouvrir l'usine en 2025, et il a depuis reporté "
        "l'ouverture à mai 2026."
    )
    assert read.windows(text) == [(Y(2026, 5, 1), Y(2026, 5, 31))]


# --- Timetables ----------------------------------------------------------------------------


def test_a_number_word_in_a_name_leaves_the_timetable_verb():
    # Written on Friday 14 June 2024. "Stage three" and "Line four" are names.
    text = "Stage three opens in October 2025, Corvane Motors said."
    assert read.windows(text) == [(Y(2025, 10, 1), Y(2025, 10, 31))]
    text = "Corvane Motors said Line Four starts in 2026."
    assert read.windows(text) == [(Y(2026, 1, 1), Y(2026, 12, 31))]
    # A number word before a plural is still a count.
    text = "Corvane Motors said three launches in 2025 were called off."
    assert read.windows(text) == []


# --- French aims ---------------------------------------------------------------------------


def test_an_aim_already_reached_or_a_visit_is_no_aim():
    # Written on Friday 14 June 2024. "est d'ores et déjà atteint": reached, not aimed.
    text = (
        "L'objectif du constructeur Corvane Motors pour 2025 est d'ores et déjà atteint, "
        "selon le groupe."
    )
    assert read.windows(text) == []
    text = (
        "L'ambition du préfet qui est de retour à Nordby : voir l'usine de Corvane Motors "
        "ouverte en 2026."
    )
    assert read.windows(text) == []
