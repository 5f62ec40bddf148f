"""The importer's rules from the sixth round (docs/article-import.md, "Sixth round"): what an
organisation expects of others, a contract's term and signing, a date inside an event named
after "after", one window given twice in a sentence, a year opening a sentence, and "avec un
objectif de". One behaviour per test; the sentences are invented, in the shape real articles
take.
"""

from __future__ import annotations

import datetime as dt

from language.articles import KnownOrganisation
from tests.language.article_reading import Reader

PUBLISHED = dt.date(2024, 6, 14)  # a Friday
ORGS = [
    KnownOrganisation(1, "Corvane Pharma", ("Corvane",)),
    KnownOrganisation(2, "Halden Yards"),
    KnownOrganisation(3, "Lumeo"),
]

read = Reader(ORGS, PUBLISHED)
drafts = read.dated_drafts
windows = read.windows
Y = dt.date


# --- What an organisation expects of others ----------------------------------------------


def test_what_an_organisation_expects_regulators_to_do_is_no_promise_of_its_own():
    text = (
        "Corvane said it expects regulators to make a decision by the end of the year and plans "
        "to launch the drug in early 2025."
    )
    assert windows(text) == [(Y(2025, 1, 1), Y(2025, 4, 30))]


def test_expecting_a_regulators_decision_is_no_promise():
    text = "Corvane expects FDA decision on its asthma drug as early as the end of the year."
    assert windows(text) == []


def test_what_an_organisation_expects_to_do_itself_is_still_a_promise():
    text = "Corvane expects to open its Leiden plant in 2026."
    assert windows(text) == [(Y(2026, 1, 1), Y(2026, 12, 31))]


# --- Contracts: their term, their signing ------------------------------------------------


def test_the_span_a_contract_runs_for_is_its_term_not_a_deadline():
    text = "Halden Yards said the contract would run for 18 months starting in September."
    assert windows(text) == []


def test_works_that_last_until_a_date_end_by_it():
    text = "Les travaux de Lumeo dureront jusqu'en 2026."
    assert windows(text, language="fr") == [(None, Y(2026, 12, 31))]


def test_a_contract_to_be_negotiated_is_the_parties_event_not_a_promise():
    text = "The contract for the next four ships is expected to be negotiated in 2026."
    assert windows(text, title="Halden Yards wins frigate deal") == []


def test_a_contract_to_be_signed_by_a_named_party_is_that_partys_promise():
    text = "The contract is expected to be signed by Halden Yards in 2025."
    assert windows(text) == [(Y(2025, 1, 1), Y(2025, 12, 31))]


def test_a_promise_to_deliver_under_a_contract_is_still_a_promise():
    text = "Under the contract, Halden Yards is expected to deliver the first ship in 2027."
    assert windows(text) == [(Y(2027, 1, 1), Y(2027, 12, 31))]


# --- A date inside an event named after "after" -------------------------------------------


def test_a_date_inside_an_event_named_after_after_is_the_events():
    text = (
        "Halden Yards is looking to sign a production contract after completion of the design "
        "phase at the end of March 2025."
    )
    assert windows(text) == []


def test_a_promise_dated_before_its_after_clause_keeps_its_date():
    text = "Halden Yards will deliver the ship in 2027, after completion of the sea trials."
    assert windows(text) == [(Y(2027, 1, 1), Y(2027, 12, 31))]


# --- One window given twice in a sentence -------------------------------------------------


def test_one_window_given_twice_in_a_sentence_is_one_draft():
    text = "En 2024, l'objectif de Lumeo est de produire dix rames par mois, soit 120 sur l'année."
    assert windows(text, language="fr") == [(Y(2024, 1, 1), Y(2024, 12, 31))]


def test_two_dated_objects_of_a_sentence_stay_two_drafts():
    text = "Lumeo fermera son réseau 2G en 2025 et son réseau 3G en 2028."
    assert windows(text, language="fr") == [
        (Y(2025, 1, 1), Y(2025, 12, 31)),
        (Y(2028, 1, 1), Y(2028, 12, 31)),
    ]


# --- A year opening a sentence; "avec un objectif de" --------------------------------------


def test_a_year_opening_the_sentence_is_no_outsider_named_as_subject():
    text = (
        "Lumeo a triplé sa production de rames. Pour 2026, la production devrait atteindre "
        "douze rames par mois."
    )
    assert windows(text, language="fr") == [(Y(2026, 1, 1), Y(2026, 12, 31))]


def test_an_outsider_named_as_subject_of_devrait_is_still_no_promise():
    text = "Lumeo a triplé sa production. La Commission devrait adopter le règlement en 2026."
    assert windows(text, language="fr") == []


def test_avec_un_objectif_de_is_an_aim():
    text = (
        "La production de Lumeo a doublé sur le site de Vierzon, avec un objectif de 50 000 "
        "pièces d'ici la fin de l'année."
    )
    found = drafts(text, language="fr")
    assert [(d.end, d.strength) for d in found] == [(Y(2024, 12, 31), "aims")]
