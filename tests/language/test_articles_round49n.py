"""The forty-ninth round, the importer's second mender (docs/article-import.md, "The
forty-ninth round, mendj"): the faults a reviewer found in this round's rules on stories of
past moves, reported plans, works that take place and promises given up, each a promise lost
or a date drafted that no one promised. One behaviour per test; the sentences are invented,
and each test fails without its mend.
"""

from __future__ import annotations

import datetime as dt

from tests.language.article_ledgers import read

Y = dt.date


# --- A story of past moves ------------------------------------------------------------------


def test_a_single_move_from_a_first_plan_is_the_plan_now_whatever_comes_later():
    # Written on Friday 14 June 2024. One move from the first plan names the plan as it
    # stands; a later promise about something else does not make it an earlier one.
    text = (
        "The new ferry terminal was initially due to open in November, but was delayed to "
        "April 2025, Brisk Ferries said. Brisk Ferries also intends to add two routes by 2028."
    )
    assert read.windows(text) == [(Y(2025, 4, 1), Y(2025, 4, 30)), (None, Y(2028, 12, 31))]


def test_a_move_told_in_a_relative_clause_leaves_the_main_clause_its_promise():
    # Written on Friday 14 June 2024. The move is the relative's; the main verb's date is
    # the promise, even with a further step after it.
    text = (
        "The Brisk Ferries terminal, whose refit had been postponed, will reopen on 8 August, "
        "and then the second pier in 2026."
    )
    assert (Y(2024, 8, 8), Y(2024, 8, 8)) in read.windows(text)
    text = (
        "Le terminal de Brisk Ferries, dont la rénovation avait été retardée, rouvrira le "
        "8 août, puis la deuxième jetée en 2026."
    )
    assert (Y(2024, 8, 8), Y(2024, 8, 8)) in read.windows(text)


def test_a_move_in_the_future_is_no_story_of_past_moves():
    # Written on Friday 14 June 2024. "put … back" is a return, and "then moved" after "will"
    # is the plan's own next step.
    text = (
        "Brisk Ferries will put its boats back on the island run from 5 August, before "
        "opening the new terminal by the end of 2025."
    )
    assert read.windows(text) == [(Y(2024, 8, 5), Y(2024, 8, 5)), (None, Y(2025, 12, 31))]
    text = (
        "The boats will be fitted out in Kessa from 2 July and then moved to the island run "
        "in October, before the new terminal opens in 2026."
    )
    assert (Y(2024, 10, 1), Y(2024, 10, 31)) in read.windows(text)


# --- A plan reported by who said it -----------------------------------------------------------


def test_until_a_time_is_no_contrast_before_who_said_it():
    # Written on Friday 14 June 2024.
    text = "The dredging works were expected to last until October, Brisk Ferries said."
    assert read.windows(text) == [(None, Y(2024, 10, 31))]


def test_instead_is_no_contrast_before_who_said_it():
    # Written on Friday 14 June 2024.
    text = "The terminal was expected to open in April 2025 instead of June, Brisk Ferries said."
    assert read.windows(text) == [(Y(2025, 4, 1), Y(2025, 4, 30))]


def test_a_post_named_after_a_document_word_is_a_sayer():
    # Written on Friday 14 June 2024. "head of strategy" is a person; a document is not.
    text = "The terminal was expected to open in April 2025, Brisk Ferries' head of strategy said."
    assert read.windows(text) == [(Y(2025, 4, 1), Y(2025, 4, 30))]
    text = "The terminal was expected to open in April 2025, the 2019 port plans said."
    assert read.windows(text) == []


# --- Works that take place ----------------------------------------------------------------------


def test_ordinary_work_that_takes_place_is_the_builders_schedule():
    # Written on Friday 14 June 2024.
    text = "Dredging work will take place between 3 and 9 July, Brisk Ferries said."
    assert read.windows(text) == [(Y(2024, 7, 3), Y(2024, 7, 9))]
    # A share of the works is still works.
    text = "Most of the renovation work will take place in 2025, Brisk Ferries said."
    assert read.windows(text) == [(Y(2025, 1, 1), Y(2025, 12, 31))]


def test_works_as_the_topic_of_a_meeting_after_an_article_take_no_place():
    # Written on Friday 14 June 2024.
    text = "Brisk Ferries said a public meeting on its renovation work will take place on 4 July."
    assert read.windows(text) == []


# --- A promise given up or overdue ----------------------------------------------------------


def test_going_back_on_a_promise_after_its_determiner_gives_it_up():
    # Written on Friday 14 June 2024.
    text = "Brisk Ferries went back on an earlier pledge to add two routes by 2026."
    assert read.windows(text) == []
    text = "Brisk Ferries has gone back on a 2022 promise to add two routes by 2026."
    assert read.windows(text) == []


def test_a_promise_behind_schedule_as_part_of_a_deal_is_overdue():
    # Written on Friday 14 June 2024.
    text = (
        "Brisk Ferries' pledge to buy six boats by 2027 as part of its port lease is behind "
        "schedule."
    )
    assert read.windows(text) == []
    text = (
        "Brisk Ferries pledged to open the terminal by 2025; it now seems it will not be "
        "ready by then."
    )
    assert read.windows(text) == []


def test_aiming_at_doing_something_at_first_is_an_earlier_aim():
    # Written on Friday 14 June 2024.
    text = (
        "Initially, Brisk Ferries aimed at launching the route by May 2025. It now plans to "
        "launch it in September 2025."
    )
    assert read.windows(text) == [(Y(2025, 9, 1), Y(2025, 9, 30))]


def test_others_deadline_with_words_before_their_noun_is_no_promise():
    # Written on Friday 14 June 2024.
    text = "The deadline for all ferry operators to cut emissions is 2030, Brisk Ferries said."
    assert read.windows(text) == []


def test_a_deadline_that_is_still_a_date_is_read():
    # Written on Friday 14 June 2024.
    text = "The completion date for the terminal is still April 2026, Brisk Ferries said."
    assert read.windows(text) == [(None, Y(2026, 4, 30))]
