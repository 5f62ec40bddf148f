"""The importer's rules from the eleventh round (docs/article-import.md, "Eleventh round"),
from the misses of the fourth batch labelled blind to our conventions, once it had been
scored untuned. One behaviour per test; the sentences are invented, in the shape real
articles take.
"""

from __future__ import annotations

import datetime as dt

from language.articles import KnownOrganisation
from tests.language.article_reading import Reader

PUBLISHED = dt.date(2024, 6, 14)
ORGS = [KnownOrganisation(1, "Halden Transit"), KnownOrganisation(2, "Corvane Motors")]

read = Reader(ORGS, PUBLISHED)
Y = dt.date


# --- "due" without its verb ---------------------------------------------------------------


def test_due_without_its_verb_still_commits_the_thing_it_follows():
    text = "Halden Transit opened nine platforms this week, with four more due by early 2027."
    [draft] = read.dated_drafts(text)
    assert (draft.promiser_name, draft.start, draft.end) == ("Halden Transit", None, Y(2027, 4, 30))


def test_what_was_due_is_still_an_earlier_plan():
    text = "In the first plan of Halden Transit, the four platforms were due by 2026."
    assert read.dated_drafts(text) == []


# --- A plan replaced by a move in the same sentence ----------------------------------------


def test_a_date_right_before_its_postponement_is_the_plan_it_replaces():
    text = (
        "Halden Transit rebuilds its depot.\n\n"
        "The depot's opening, planned for autumn 2024, has been postponed to spring 2025."
    )
    [draft] = read.dated_drafts(text)
    assert (draft.start, draft.end) == (Y(2025, 3, 1), Y(2025, 5, 31))


def test_a_french_plan_reported_to_a_later_season_keeps_only_the_new_one():
    text = (
        "Halden Transit rénove son dépôt.\n\n"
        "Son ouverture prévue à l'automne 2024, est reportée au printemps 2025."
    )
    [draft] = read.dated_drafts(text, language="fr")
    assert (draft.start, draft.end) == (Y(2025, 3, 1), Y(2025, 5, 31))


def test_two_dates_joined_without_a_move_stay_two_promises():
    text = "Halden Transit will open the depot in autumn 2024 and the workshop in spring 2025."
    assert [(d.start, d.end) for d in read.dated_drafts(text)] == [
        (Y(2024, 9, 1), Y(2024, 11, 30)),
        (Y(2025, 3, 1), Y(2025, 5, 31)),
    ]


# --- More ways to say a plan --------------------------------------------------------------


def test_a_target_for_a_thing_is_an_aim():
    [draft] = read.dated_drafts("Halden Transit says its target for certification is by June 2025.")
    assert (draft.strength, draft.end) == ("aims", Y(2025, 6, 30))


def test_an_anticipated_completion_date_is_a_deadline():
    text = "Halden Transit gives the depot an anticipated completion date of December 2025."
    [draft] = read.dated_drafts(text)
    assert (draft.start, draft.end) == (None, Y(2025, 12, 31))


def test_anticipates_is_an_expectation():
    text = "Halden Transit anticipates the next phase of works to be completed by September."
    [draft] = read.dated_drafts(text)
    assert (draft.strength, draft.end) == ("expects", Y(2024, 9, 30))


# --- A fronted deadline before a long subject ---------------------------------------------


def test_a_fronted_deadline_reaches_past_a_long_subject():
    text = (
        "Halden Transit a présenté son plan.\n\n"
        "D'ici 2027, un centre de maintenance réunissant les équipes des lignes de bus, de "
        "tramway et de métro de toute la région devrait être construit à Briffaut."
    )
    [draft] = read.dated_drafts(text, language="fr")
    assert (draft.start, draft.end) == (None, Y(2027, 12, 31))


def test_a_fronted_period_still_reaches_only_a_few_words():
    text = (
        "Halden Transit a présenté son plan.\n\n"
        "En 2027, un centre de maintenance réunissant les équipes des lignes de bus, de "
        "tramway et de métro de toute la région devrait être construit à Briffaut."
    )
    assert read.dated_drafts(text, language="fr") == []
