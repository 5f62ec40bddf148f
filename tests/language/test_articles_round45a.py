"""The forty-fifth round, first helper (docs/article-import.md, "Round 45"): the labels no
draft found, sorted by where each was lost. One behaviour per test; the sentences are
invented, in the shape real articles take, and each test fails without its rule.
"""

from __future__ import annotations

import datetime as dt

from tests.language.article_ledgers import read

Y = dt.date


# --- What is not a promise: a share as the subject ----------------------------------------


def test_a_share_of_the_promisers_own_works_or_activity_is_its_target():
    # Written on Friday 14 June 2024. A share of the works the promiser does, or of its own
    # activity, is how far it promises to get, not a forecast of a market.
    text = "Halden Transit a affirmé que 40 % des travaux seront achevés d'ici la fin de l'année."
    assert read.windows(text, language="fr") == [(None, Y(2024, 12, 31))]
    text = "Halden Transit says 60% of the works will be finished by the end of the year."
    assert read.windows(text) == [(None, Y(2024, 12, 31))]
    text = "Halden Transit prévoit que 80 % de son activité reprendra d'ici fin septembre."
    assert read.windows(text, language="fr") == [(None, Y(2024, 9, 30))]
    # A share of a market or of things in general is still a forecast, not a promise.
    text = "Selon Halden Transit, 40 % des trains seront électriques d'ici 2030."
    assert read.windows(text, language="fr") == []
    text = "Halden Transit says 30% of new buses will be electric by 2030."
    assert read.windows(text) == []


def test_a_share_of_a_places_people_is_a_coverage_target():
    # Written on Friday 14 June 2024. The people of a place named by the place ("des
    # Bretons", "des Héraultais") are whom a network reaches, as "des habitants" are.
    text = "D'ici 2026, 100 % des Bretons bénéficieront d'un réseau Halden Transit."
    assert read.windows(text, language="fr") == [(None, Y(2026, 12, 31))]
    text = "D'ici 2026, 100 % des habitants bénéficieront d'un réseau Halden Transit."
    assert read.windows(text, language="fr") == [(None, Y(2026, 12, 31))]
    # Lower case, the same ending is a thing's plural ("des trains"): still a forecast.
    text = "D'ici 2026, 100 % des trains rouleront sur le réseau Halden Transit."
    assert read.windows(text, language="fr") == []


# --- Which date belongs to which phrase ----------------------------------------------------


def test_en_ce_qui_concerne_is_a_preposition_not_a_relative_clause():
    # Written on Friday 14 June 2024. "en ce qui concerne" means "regarding": the date after
    # it is still the commitment's, as the one before it is, not a relative clause's own.
    text = (
        "Chez Halden Transit, la mise en service est prévue pour fin 2025 en ce qui concerne "
        "la ligne 3 et fin 2026 pour la ligne 4."
    )
    assert read.windows(text, language="fr") == [
        (Y(2025, 9, 1), Y(2025, 12, 31)),
        (Y(2026, 9, 1), Y(2026, 12, 31)),
    ]
    # A true relative clause keeps its own date: the line that opened in 2023 dates nothing.
    text = (
        "Halden Transit prévoit de prolonger fin 2025 la ligne 3, qui a ouvert en mars 2023, "
        "vers le nord."
    )
    assert read.windows(text, language="fr") == [(Y(2025, 9, 1), Y(2025, 12, 31))]


# --- The page: sentences and lines ---------------------------------------------------------


def test_the_honourable_is_a_title_whose_full_stop_ends_no_sentence():
    # Written on Friday 14 June 2024. "Hon." stands before a name as "Sen." and "Gov." do:
    # the sentence runs on, and the draft quotes it whole.
    text = "Hon. Ama Mensah said Halden Transit will open the new line by 2026."
    (draft,) = read.dated_drafts(text)
    assert draft.quote == text
    text = "The Rt. Hon. Ama Mensah said Halden Transit will open the new line by 2026."
    (draft,) = read.dated_drafts(text)
    assert draft.quote == text


def test_a_closing_line_that_reports_what_was_pledged_is_a_sentence():
    # Written on Friday 14 June 2024. The text's last line, with no full stop, is read as a
    # sentence when its commitment is conjugated; "that" after a verb of saying opens what
    # was said, not a relative clause of a headline.
    text = (
        "Halden Transit opened its first depot last year.\n"
        "The minister pledged that Halden Transit will open the line within the next two years"
    )
    assert read.windows(text) == [(None, Y(2026, 6, 14))]
    # A noun and its relative clause as the last line stays a heading.
    text = "Halden Transit a ouvert son premier dépôt.\nUn plan qui va démarrer d'ici 2026"
    assert read.windows(text, language="fr") == []


# --- Who promises --------------------------------------------------------------------------


def test_a_name_as_the_subject_of_a_passive_expectation_is_the_thing_acted_on():
    # Written on Friday 14 June 2024. Halden Transit's article: what "is expected to be
    # completed" is done to its subject, so a name there is the thing, not an outsider who
    # expects to act; the article's organisation promises it.
    text = (
        "Halden Transit is building a crossing. The Nordvik Crossing, expected to be "
        "completed in 2026, will link the two banks of the river."
    )
    assert read.found(text) == [(Y(2026, 1, 1), Y(2026, 12, 31), "Halden Transit")]
    text = (
        "Halden Transit has ordered a ferry. Nordvik Ferries' NORDLYS is supposed to be "
        "delivered during the second quarter."
    )
    assert read.found(text) == [(Y(2024, 4, 1), Y(2024, 6, 30), "Halden Transit")]
    text = "Halden Transit étend son réseau. Le Nordvik Express devrait être livré en mars 2025."
    assert read.found(text, language="fr") == [(Y(2025, 3, 1), Y(2025, 3, 31), "Halden Transit")]
    text = (
        "Halden Transit is extending its network. The whole Nordvik area must be covered by 2025."
    )
    assert read.found(text) == [(None, Y(2025, 12, 31), "Halden Transit")]
    # In the active, a name as the subject may be someone else expected to act.
    text = (
        "Halden Transit is building a crossing. Nordvik Ferries is expected to open a route "
        "in 2026."
    )
    assert read.found(text) == []
