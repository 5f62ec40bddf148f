"""The importer's rules from the ninth round (docs/article-import.md, "Ninth round"), the
first tuned on a batch labelled blind to our conventions: a project is not who runs it, the
day of a source an attribution names is when the promise was made, a capitalised "Today"
after a name is part of it, "by" with a bare amount of time is a margin, and a sentence with
its own verb of saying is a statement made now. One behaviour per test; the sentences are
invented, in the shape real articles take.
"""

from __future__ import annotations

import datetime as dt

from language.articles import KnownOrganisation
from tests.language.article_reading import Reader

PUBLISHED = dt.date(2024, 6, 14)  # a Friday
ORGS = [
    KnownOrganisation(1, "Corvane Motors", ("Corvane",)),
    KnownOrganisation(2, "Halden Yards"),
]

read = Reader(ORGS, PUBLISHED)
Y = dt.date


# --- A project is not who runs it ----------------------------------------------------------


def test_a_project_opening_a_sentence_is_the_organisations_promise():
    text = (
        "Corvane Motors announced Thursday its next electric van.\n\n"
        "Project Falcon will begin production at the Leeds plant in 2026."
    )
    [draft] = read.dated_drafts(text)
    assert (draft.promiser_name, draft.start, draft.end) == (
        "Corvane Motors",
        Y(2026, 1, 1),
        Y(2026, 12, 31),
    )


def test_a_french_projet_is_not_an_organisation_either():
    text = (
        "Halden Yards agrandit son chantier.\n\n"
        "Projet Borée doit entrer en service en 2027, selon le groupe."
    )
    [draft] = read.dated_drafts(text, language="fr")
    assert draft.promiser_name == "Halden Yards"


def test_an_unknown_name_opening_a_sentence_still_promises_for_itself():
    text = "Nordvik Cloud will open its first region in 2026."
    [draft] = read.dated_drafts(text)
    assert draft.promiser_name == "Nordvik Cloud"


# --- The day of the source an attribution names --------------------------------------------


def test_a_report_dated_in_the_attribution_dates_the_promise():
    text = (
        "Corvane is on track to open a battery plant in October, according to a report by "
        "the regional daily Leeds Courier on June 3."
    )
    [draft] = read.dated_drafts(text)
    assert (draft.stated_on, draft.start, draft.end) == (
        Y(2024, 6, 3),
        Y(2024, 10, 1),
        Y(2024, 10, 31),
    )


def test_a_french_source_published_on_a_day_dates_the_promise():
    text = (
        "Halden Yards livrera son premier ferry en septembre, selon un communiqué publié le 3 juin."
    )
    [draft] = read.dated_drafts(text, language="fr")
    assert draft.stated_on == Y(2024, 6, 3)


def test_a_source_without_a_day_leaves_the_article_s_date():
    text = "Corvane is on track to open a battery plant in October, according to a report."
    [draft] = read.dated_drafts(text)
    assert draft.stated_on == PUBLISHED


# --- A name that ends in "Today" -----------------------------------------------------------


def test_a_capitalised_today_after_a_name_is_no_deadline():
    text = (
        "Corvane will open a battery plant in October, according to the outlet Hunan Today "
        "on June 3."
    )
    assert [(d.start, d.end) for d in read.dated_drafts(text)] == [
        (Y(2024, 10, 1), Y(2024, 10, 31))
    ]


# --- "by" and an amount of time ------------------------------------------------------------


def test_missing_a_target_by_a_decade_is_no_deadline():
    text = "Halden Yards is on course to miss its hiring target by a decade, the firm said."
    assert read.dated_drafts(text) == []


def test_late_by_two_years_is_no_deadline():
    text = "Corvane will deliver the vans late by two years, the company said."
    assert read.dated_drafts(text) == []


def test_within_two_years_is_still_a_deadline():
    text = "Corvane will deliver the vans within two years, the company said."
    [draft] = read.dated_drafts(text)
    assert draft.end == Y(2026, 6, 14)


# --- A statement of its own is made now ----------------------------------------------------


def test_a_sentence_with_its_own_verb_of_saying_is_not_dated_by_an_older_statement():
    text = (
        "Halden Yards a annoncé l'an dernier que le chantier serait agrandi. La production "
        "doit débuter au début de l'année 2026, a déclaré Halden Yards."
    )
    [draft] = read.dated_drafts(text, language="fr")
    assert (draft.stated_on, draft.start, draft.end) == (
        PUBLISHED,
        Y(2026, 1, 1),
        Y(2026, 4, 30),
    )


def test_a_sentence_citing_a_source_still_continues_the_older_statement():
    text = (
        "Halden Yards a annoncé l'an dernier que le chantier serait agrandi. Selon Halden "
        "Yards, la production doit débuter au début de l'année 2026."
    )
    [draft] = read.dated_drafts(text, language="fr")
    assert draft.stated_on.year == 2023


def test_a_source_d_apres_with_its_day_dates_the_promise():
    text = (
        "Halden Yards livrera son premier ferry en septembre, d'après un rapport publié le 3 juin."
    )
    [draft] = read.dated_drafts(text, language="fr")
    assert draft.stated_on == Y(2024, 6, 3)
