"""The forty-ninth round, second helper (docs/article-import.md, "Round 49"): the drafts that
match no label, by cause, across the readable batches. One behaviour per test; the sentences
are invented, in the shape real articles take, and each test fails without its rule.
"""

from __future__ import annotations

import datetime as dt

from tests.language.article_ledgers import read

Y = dt.date


# --- What is not a promise -----------------------------------------------------------------


def test_each_date_a_story_of_moves_told_in_the_past_reached_is_an_earlier_plan():
    # Written on Friday 14 June 2024. The depot's moves, told in the past, then the plan now.
    text = (
        "The depot had originally been scheduled to open in 2022, but this was delayed until "
        "spring 2023, and then again to between October 2024 and March 2025. Halden Transit "
        "now says the depot will open by the end of 2025."
    )
    assert read.windows(text) == [(None, Y(2025, 12, 31))]
    # In French, "avant d'être repoussée à …, puis …": both steps are the story.
    text = (
        "Le dépôt devait ouvrir en 2023, avant d'être repoussé à l'hiver, puis à l'été 2025. "
        "Halden Transit prévoit désormais d'ouvrir le dépôt à la fin de l'année 2025."
    )
    assert read.windows(text, language="fr") == [(Y(2025, 9, 1), Y(2025, 12, 31))]


def test_a_date_moved_to_and_then_left_for_a_decision_is_an_earlier_plan():
    # "pushed the date back to November, before deciding on 27 April": November was a step.
    text = (
        "Halden Transit initially hoped to open the depot this month, but then pushed the "
        "opening back to November, before deciding on 27 April next year."
    )
    assert read.windows(text) == [(Y(2025, 4, 27), Y(2025, 4, 27))]


def test_a_move_the_article_gives_no_later_plan_for_stays():
    # With no later date in the article, the last move is the only plan told: it stays.
    text = (
        "The depot was originally scheduled to open in 2023, but was delayed first to "
        "the spring of 2025."
    )
    assert read.windows(text) == [(Y(2025, 3, 1), Y(2025, 5, 31))]
    # A move in the present perfect tells where the plan stands now, beside another date.
    text = (
        "The depot was due to open in 2023 but has been pushed back to September 2025. "
        "Halden Transit will also open a new line by the end of 2026."
    )
    assert read.windows(text) == [
        (Y(2025, 9, 1), Y(2025, 9, 30)),
        (None, Y(2026, 12, 31)),
    ]
