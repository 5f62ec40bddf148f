"""The importer's rules from the eighth round (docs/article-import.md, "Eighth round"): an
open end ("or later") names no date, and two commitments joined in one clause each keep
their own date even when the first names a contract. One behaviour per test; the sentences
are invented, in the shape real articles take.
"""

from __future__ import annotations

import datetime as dt

from language.articles import KnownOrganisation
from tests.language.article_reading import Reader

PUBLISHED = dt.date(2024, 6, 14)  # a Friday
ORGS = [
    KnownOrganisation(1, "Corvane Transit", ("Corvane",)),
    KnownOrganisation(2, "Halden Yards"),
]

read = Reader(ORGS, PUBLISHED)
windows = read.windows
Y = dt.date


# --- An open end ---------------------------------------------------------------------------


def test_a_start_with_or_later_is_no_promise():
    text = "Corvane said new riders will get their passes from mid-2025 or later."
    assert windows(text) == []


def test_a_french_date_with_ou_plus_tard_is_no_promise():
    text = "Halden Yards ouvrira son second quai en 2026 ou plus tard, a indiqué la direction."
    assert windows(text, language="fr") == []


def test_a_start_without_an_open_end_is_still_a_promise():
    text = "Corvane said new riders will get their passes from mid-2025."
    assert windows(text) == [(Y(2025, 5, 1), Y(2025, 8, 31))]


# --- Two commitments in one clause ---------------------------------------------------------


def test_a_second_commitment_after_a_contract_keeps_its_until_date():
    text = (
        "La moitié des contrats de Halden Yards seront résiliés d'ici fin septembre et les "
        "postes restants seront supprimés jusqu'en 2026, a indiqué le groupe."
    )
    assert windows(text, language="fr") == [(None, Y(2024, 9, 30)), (None, Y(2026, 12, 31))]


def test_a_single_commitment_on_a_contract_until_a_date_is_still_a_term():
    text = "Halden Yards will supply the depot under a contract until 2030, the company said."
    assert windows(text) == []


def test_a_french_contract_prolonged_until_a_date_is_still_a_term():
    text = "Les contrats de Halden Yards seront prolongés jusqu'en 2027, a indiqué le groupe."
    assert windows(text, language="fr") == []
