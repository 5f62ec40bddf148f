"""The thirty-eighth round, second reading (docs/article-import.md, "Round 38"): rules written
from the first reading of a batch no rule was tuned on (dev-blind60's articles). One
behaviour per test; the sentences are invented, in the shape real articles take, and each
test fails without its rule.
"""

from __future__ import annotations

import datetime as dt

from tests.language.article_ledgers import read

Y = dt.date


# --- Finding a commitment ----------------------------------------------------------------


def test_a_thing_rescheduled_for_a_date_is_the_plan_now_held():
    text = "Halden Transit said the depot's opening has been rescheduled for September."
    assert read.windows(text) == [(Y(2024, 9, 1), Y(2024, 9, 30))]


def test_scheduled_in_a_year_is_a_plan():
    text = "Halden Transit said the opening of its second depot is scheduled in 2027."
    assert read.windows(text) == [(Y(2027, 1, 1), Y(2027, 12, 31))]


def test_a_plan_anticipated_in_the_past_is_an_earlier_one():
    text = (
        "The opening of Halden Transit's new depot, which has faced delays, was anticipated "
        "in late June."
    )
    assert read.windows(text) == []


def test_the_date_a_thing_was_most_recently_slated_for_is_superseded():
    text = (
        "Halden Transit now says the new depot, most recently slated to open on July 1, "
        "won't be ready until autumn 2024."
    )
    assert read.windows(text) == [(Y(2024, 11, 30), None)]


# --- Which date belongs to which phrase ---------------------------------------------------


def test_a_fronted_period_reaches_past_a_past_verb_of_saying_before_that():
    text = (
        "Over the three years, she highlighted that Halden Transit hopes to "
        "move half of its ticket sales to the app."
    )
    assert read.windows(text) == [(None, Y(2027, 6, 14))]


# --- When it was said ----------------------------------------------------------------------


def test_a_dateline_of_a_day_and_a_dash_alone_dates_the_story():
    text = (
        "June 12—The opening of Halden Transit's new depot has been pushed back to mid-September."
    )
    assert read.dated(text) == [(Y(2024, 9, 1), Y(2024, 9, 30), Y(2024, 6, 12))]


def test_an_aim_told_by_the_infinitive_after_the_speech_verb():
    text = "Halden Transit dit viser en interne une flotte de 40 bus électriques d'ici 2026."
    drafts = read.dated_drafts(text, language="fr")
    assert [(d.end, d.strength) for d in drafts] == [(Y(2026, 12, 31), "aims")]


def test_a_day_after_the_speaker_named_after_the_verb_dates_a_page_of_a_month():
    text = (
        "Les tickets de Halden Transit seront gratuits à partir du 1er janvier 2025, a annoncé "
        "la directrice des services clients, Anne Morel, lundi 10 juin sur une radio locale."
    )
    drafts = read.dated_drafts(text, language="fr", published_precision="month")
    assert [d.stated_on for d in drafts] == [Y(2024, 6, 10)]
