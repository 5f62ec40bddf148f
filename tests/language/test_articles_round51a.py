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
    text = "Corvane Motors is building a plant in Leeds. It's expected to open in May 2026."
    (draft,) = read.dated_drafts(text)
    assert draft.quote == text


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


def test_an_announced_start_again_is_an_announced_action():
    # Written on Friday 14 June 2024. "a annoncé la reprise des travaux" announces an action
    # as "a annoncé le lancement" does; its date is the one it starts again from.
    text = (
        "Halden Transit a annoncé la reprise des travaux du dépôt de Nordby à partir du lundi "
        "1er juillet 2024."
    )
    assert read.windows(text, language="fr") == [(Y(2024, 7, 1), Y(2024, 7, 1))]
    text = "Corvane Motors announced the reopening of its Leeds showroom in September."
    assert read.windows(text) == [(Y(2024, 9, 1), Y(2024, 9, 30))]


# --- When it was said ----------------------------------------------------------------------


def test_this_monday_after_a_word_of_a_start_is_no_news_day():
    # A page dated only to July 2024. "à partir de ce lundi 29 juillet" is when the works
    # start again, not the day the page's news was told: the draft keeps the page's month.
    text = (
        "Halden Transit a annoncé la reprise des travaux du dépôt de Nordby, à partir de ce "
        "lundi 29 juillet 2024."
    )
    july = Y(2024, 7, 1)
    assert read.dated(text, july, language="fr", published_precision="month") == [
        (Y(2024, 7, 29), Y(2024, 7, 29), july)
    ]
    # The day opening the page still dates it: "Ce lundi 29 juillet, Halden Transit a …".
    text = (
        "Ce lundi 29 juillet 2024, Halden Transit a annoncé la reprise des travaux du dépôt de "
        "Nordby en septembre."
    )
    assert read.dated(text, july, language="fr", published_precision="month") == [
        (Y(2024, 9, 1), Y(2024, 9, 30), Y(2024, 7, 29))
    ]
