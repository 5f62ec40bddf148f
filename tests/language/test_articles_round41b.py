"""The forty-first round, second pass (docs/article-import.md, "Round 41, second pass"): rules
written from the first reading of dev-blind82's articles. One behaviour per test; the
sentences are invented, in the shape real articles take, and each test fails without its rule.
"""

from __future__ import annotations

import datetime as dt

from tests.language.article_ledgers import read

Y = dt.date


# --- The deadline --------------------------------------------------------------------------


def test_a_second_deadline_with_its_noun_and_verb_left_out():
    text = (
        "Halden Transit's deadline for the north depot is set for December 2026 and for the "
        "south depot early 2026."
    )
    assert read.windows(text) == [(None, Y(2026, 12, 31)), (None, Y(2026, 4, 30))]


# --- Who promises --------------------------------------------------------------------------


def test_a_relative_clause_has_its_antecedent_for_subject():
    text = (
        "L'industrie des transports s'est renforcée, hier à Halden, suite à l'inauguration "
        "d'un nouveau dépôt d'une capacité de 40 bus, qui seront mis en service à "
        "compter de mars 2025."
    )
    assert read.windows(text, language="fr") == [(Y(2025, 3, 1), Y(2025, 3, 31))]
    text = "Le gouvernement a présenté son plan pour les bus, qui sera lancé en mars 2025."
    assert read.windows(text, language="fr") == []


# --- What is not a promise ----------------------------------------------------------------


def test_a_market_or_a_country_total_as_the_subject_is_a_forecast():
    text = (
        "Halden Transit will add twelve electric buses by 2026. Worldwide bus production is "
        "expected to reach 90,000 units by 2027, driven by city budgets."
    )
    assert read.windows(text) == [(None, Y(2026, 12, 31))]
    text = "Norway's electric bus output will double by 2027, industry executives told Reuters."
    assert read.windows(text) == []
    text = "La production mondiale de bus électriques devrait doubler d'ici 2027."
    assert read.windows(text, language="fr") == []
    text = "Halden Transit's bus production will double by 2027, its chief said."
    assert read.windows(text) == [(None, Y(2027, 12, 31))]


def test_time_will_tell_is_doubt_not_a_promise():
    text = '"Only time will tell over the next six months," the Halden Transit chief said.'
    assert read.windows(text) == []
    text = "Halden Transit will tell the council its choice of depot by March, its chief said."
    assert read.windows(text) == [(None, Y(2025, 3, 31))]


def test_by_the_year_is_a_rate_not_this_year():
    text = "Les nouveaux ateliers de Halden Transit permettront d'entretenir les bus à l'année."
    assert read.windows(text, language="fr") == []
    text = "Le dépôt de Halden Transit traitera 40 000 tonnes de déchets à l'an."
    assert read.windows(text, language="fr") == []
    text = "Halden Transit ouvrira son nouveau dépôt à la fin de l'année."
    assert read.windows(text, language="fr") == [(Y(2024, 9, 1), Y(2024, 12, 31))]
