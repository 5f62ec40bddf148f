"""The importer's rules from the seventh round (docs/article-import.md, "Seventh round"): a
negation after a date told first, "anticipated" and "projeté" as planning words, and the
date of a line or project the subject connects to or extends, told in a relative clause.
One behaviour per test; the sentences are invented, in the shape real articles take.
"""

from __future__ import annotations

import datetime as dt

from language.articles import KnownOrganisation
from tests.language.article_reading import Reader

PUBLISHED = dt.date(2024, 6, 14)  # a Friday
ORGS = [
    KnownOrganisation(1, "Corvane Transit", ("Corvane",)),
    KnownOrganisation(2, "Halden Yards"),
    KnownOrganisation(3, "Lumeo"),
]

read = Reader(ORGS, PUBLISHED)
drafts = read.dated_drafts
windows = read.windows
Y = dt.date


# --- A negation after a date told first ---------------------------------------------------


def test_a_date_told_first_then_a_negated_verb_is_no_promise():
    text = "En juillet et en août, la patinoire de Halden Yards ne pourra pas rouvrir ses portes."
    assert windows(text, language="fr") == []


def test_a_date_told_first_then_a_negated_verb_in_english_is_no_promise():
    text = "In 2025, Lumeo will not open its Leiden depot, the company said."
    assert windows(text) == []


def test_a_date_told_first_then_a_plain_verb_is_still_a_promise():
    text = "En juillet et en août, la patinoire de Halden Yards pourra rouvrir ses portes."
    assert windows(text, language="fr") == [(Y(2024, 7, 1), Y(2024, 8, 31))]


# --- Planning words -----------------------------------------------------------------------


def test_anticipated_to_is_read_like_expected_to():
    text = "Lumeo said the depot is anticipated to be completed in late 2026."
    assert windows(text) == [(Y(2026, 9, 1), Y(2026, 12, 31))]


def test_projete_pour_is_read_like_prevu_pour():
    text = "Le nouveau dépôt de Lumeo est projeté pour 2027, selon l'entreprise."
    assert windows(text, language="fr") == [(Y(2027, 1, 1), Y(2027, 12, 31))]


# --- The date of what the subject connects to or extends ----------------------------------


def test_the_date_of_a_line_the_subject_extends_is_background():
    text = (
        "Le tronçon de Corvane, prolongement de la ligne existante dont la mise en service est "
        "prévue fin 2025, comportera six stations et sera achevé d'ici fin 2030."
    )
    assert windows(text, language="fr") == [(None, Y(2030, 12, 31))]


def test_the_date_of_a_line_the_subject_connects_to_is_background():
    text = (
        "La nouvelle ligne de Corvane se connecterait aux futurs tramways T4 et T5, qui doivent "
        "voir le jour en 2026."
    )
    assert windows(text, language="fr") == []


def test_the_date_of_a_line_it_links_to_is_background_in_english_too():
    text = (
        "Corvane's new bus route will link to the airport rail line, which is due to open in 2026."
    )
    assert windows(text) == []


def test_a_relative_clause_on_the_subjects_own_project_is_still_its_promise():
    text = (
        "Corvane a lancé le chantier du tramway de Lisière, dont la mise en service est prévue "
        "fin 2027."
    )
    assert windows(text, language="fr") == [(Y(2027, 9, 1), Y(2027, 12, 31))]


def test_a_connection_to_the_promisers_own_network_keeps_its_date():
    text = "Lumeo will connect the town to its fibre network, which will be completed by 2026."
    assert windows(text) == [(None, Y(2026, 12, 31))]
