"""The fifty-first round, first helper (docs/article-import.md, "Round 51"): the misses and the
wrong drafts of the two batches read for the first time this round, checked against every
readable batch. One behaviour per test; the sentences are invented, in the shape real articles
take, and each test fails without its rule.
"""

from __future__ import annotations

import datetime as dt

from tests.language.article_ledgers import read

Y = dt.date


# --- Finding a commitment ------------------------------------------------------------------


def test_it_is_due_after_a_sentence_naming_the_thing_quotes_that_sentence():
    # Written on Friday 14 June 2024. "It is due for completion" takes no clause for its
    # subject: "it" is the depot the sentence before names, so the draft quotes both.
    text = (
        "Halden Transit will build a depot in Nordby with 40 bays. It is due for completion "
        "in the first quarter of 2026."
    )
    (draft,) = read.dated_drafts(text)
    assert draft.quote == text
    assert (draft.start, draft.end) == (Y(2026, 1, 1), Y(2026, 3, 31))
    text = (
        "Corvane Motors will open a test track in Leeds. It was set to open in May 2025, "
        "the company said."
    )
    (draft,) = read.dated_drafts(text)
    assert draft.quote.startswith("Corvane Motors will open a test track in Leeds.")


def test_it_is_expected_that_still_refers_to_no_sentence():
    # "It is expected that …" is impersonal: its subject is the clause after it.
    text = (
        "Halden Transit will build a depot in Nordby. It is expected that the depot will open "
        "in 2026."
    )
    (draft,) = read.dated_drafts(text)
    assert draft.quote == "It is expected that the depot will open in 2026."


# --- What is not a promise -----------------------------------------------------------------


def test_a_plan_in_the_pluperfect_with_for_is_an_earlier_plan():
    # "had planned for a spring launch" is the plan the rest of the sentence overtakes, as
    # "had planned to launch" is; the plan held now stays.
    text = (
        "While Halden Transit had planned for a summer 2024 opening of the depot, it is now "
        "targeting an opening in the autumn."
    )
    assert read.windows(text) == [(Y(2024, 9, 1), Y(2024, 11, 30))]


def test_an_output_range_in_french_units_is_guidance():
    # An amount of a commodity given as a range for a year is a producer's guidance, in
    # French ("onces", "barils") as in English.
    text = "Le groupe Corvane Motors table sur une production de 80 000 à 90 000 onces pour 2025."
    assert read.windows(text, language="fr") == []
    text = "Corvane Motors prévoit de produire entre 2 000 et 2 500 barils par jour en 2025."
    assert read.windows(text, language="fr") == []
