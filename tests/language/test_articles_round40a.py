"""The fortieth round, first pass (docs/article-import.md, "Round 40"): rules written from
the first reading of dev-blind79's articles. One behaviour per test; the sentences are
invented, in the shape real articles take, and each test fails without its rule.
"""

from __future__ import annotations

import datetime as dt

from tests.language.article_ledgers import read

Y = dt.date


# --- The page ------------------------------------------------------------------------------


def test_the_last_line_of_a_text_is_no_heading():
    # Nothing follows it to head: with its verb of commitment conjugated, it is a sentence.
    text = (
        "Halden Transit runs forty buses in the valley.\n\n"
        "Source : Le Courrier\n\n"
        "Les travaux du dépôt nord devraient débuter fin 2024 afin d'accueillir à terme "
        "soixante bus"
    )
    assert read.windows(text, language="fr") == [(Y(2024, 9, 1), Y(2024, 12, 31))]


def test_a_short_line_inside_the_text_stays_a_heading():
    text = (
        "Halden Transit runs forty buses in the valley.\n\n"
        "Le dépôt nord devrait ouvrir fin 2024\n\n"
        "Halden Transit has not said how many drivers it will hire."
    )
    assert read.windows(text, language="fr") == []


def test_a_closing_line_that_names_its_source_stays_apart():
    text = (
        "Halden Transit runs forty buses in the valley.\n\n"
        "À lire aussi : le dépôt nord devrait ouvrir fin 2024"
    )
    assert read.windows(text, language="fr") == []


# --- Finding a commitment ----------------------------------------------------------------


def test_a_date_announced_for_past_an_adverb_is_the_plan():
    text = "La réouverture du dépôt de Halden Transit est même annoncée pour le lundi 24 juin."
    assert read.windows(text, language="fr") == [(Y(2024, 6, 24), Y(2024, 6, 24))]
    text = "The reopening of Halden Transit's depot is already announced for 24 June."
    assert read.windows(text) == [(Y(2024, 6, 24), Y(2024, 6, 24))]


def test_a_novelty_to_discover_from_a_date_is_offered_then():
    text = "Nouveauté : à découvrir à partir de cet été, la tyrolienne de Halden Transit."
    assert read.windows(text, language="fr") == [(Y(2024, 6, 1), Y(2024, 8, 31))]


def test_a_thing_to_see_with_no_date_from_is_no_plan():
    text = "Le nouveau dépôt de Halden Transit est à voir en photos ci-dessous, en 2024."
    assert read.windows(text, language="fr") == []


def test_works_on_a_long_named_site_that_take_place_are_the_builders_acts():
    text = (
        "Halden Transit a précisé que les travaux de rénovation des quais et des abris de la "
        "gare nord se tiendront entre cette année et 2026."
    )
    assert read.windows(text, language="fr") == [(Y(2024, 1, 1), Y(2026, 12, 31))]


# --- What is not a promise ---------------------------------------------------------------


def test_a_thing_planned_for_a_date_told_as_done_is_no_promise():
    text = "Halden Transit said the depot extension planned for 2024 has been completed."
    assert read.windows(text) == []
    text = "Halden Transit a indiqué que la gare prévue pour 2024 a été inaugurée samedi."
    assert read.windows(text, language="fr") == []


def test_a_thing_planned_for_a_date_still_to_come_is_planned():
    text = "Halden Transit's depot extension, planned for 2025, will add forty bays."
    assert read.windows(text) == [(Y(2025, 1, 1), Y(2025, 12, 31))]


def test_a_meeting_with_others_on_a_day_is_no_promise():
    text = "Halden Transit's board is meeting with the city's leaders tomorrow to discuss grants."
    assert read.windows(text) == []
    # (The French weekday alone already kept this one out.)
    text = "Le conseil de Halden Transit rencontrera les élus de la ville lundi 17 juin."
    assert read.windows(text, language="fr") == []


def test_meeting_new_rules_is_still_a_promise():
    text = "Halden Transit will meet the new noise rules by 2027."
    assert read.windows(text) == [(None, Y(2027, 12, 31))]


# --- Who promises ------------------------------------------------------------------------


def test_customers_named_in_an_aside_are_not_the_subject():
    text = "The first 40 ticket machines, for use by its customers, will be in place in early 2025."
    assert read.windows(text) == [(Y(2025, 1, 1), Y(2025, 4, 30))]


def test_customers_as_the_subject_still_make_no_promise():
    text = "Customers of the line will be able to buy tickets on board in early 2025."
    assert read.windows(text) == []


# --- One draft per promise ---------------------------------------------------------------


def test_the_fuller_of_two_sentences_saying_the_same_is_kept():
    text = (
        "Halden Transit adds ticket machines\n\n"
        "The first 40 ticket machines will be in place in early 2025.\n\n"
        "Halden Transit is adding ticket machines to its stations.\n\n"
        "The first 40 ticket machines, for use by its customers, will be in place in early 2025."
    )
    drafts = read.dated_drafts(text, title="Halden Transit adds ticket machines")
    assert [d.quote for d in drafts] == [
        "The first 40 ticket machines, for use by its customers, will be in place in early 2025."
    ]
