"""The thirty-eighth round (docs/article-import.md, "Round 38"): rules written from the first
reading of a batch no rule was tuned on (dev-blind55's articles). One behaviour per test;
the sentences are invented, in the shape real articles take, and each test fails without its
rule.
"""

from __future__ import annotations

import datetime as dt

from tests.language.article_ledgers import read

Y = dt.date


# --- Finding a commitment ----------------------------------------------------------------


def test_a_passive_future_perfect_is_no_past_event():
    text = (
        "Halden Transit renouvelle sa flotte ; l'ensemble de ses dépôts auront été rénovés en 2025."
    )
    assert read.windows(text, language="fr") == [(Y(2025, 1, 1), Y(2025, 12, 31))]


def test_a_passive_future_perfect_with_a_month_is_no_past_event():
    text = "Tous les abris de Halden Transit auront été remplacés en septembre 2025."
    assert read.windows(text, language="fr") == [(Y(2025, 9, 1), Y(2025, 9, 30))]


def test_being_able_to_do_a_thing_by_a_date_is_an_expectation():
    text = "Halden Transit est quant à elle en mesure de livrer 40 bus neufs d'ici 2026."
    drafts = read.dated_drafts(text, language="fr")
    assert [(d.end, d.strength) for d in drafts] == [(Y(2026, 12, 31), "expects")]


def test_not_being_able_to_do_a_thing_is_no_promise():
    text = "Halden Transit n'est pas en mesure de livrer 40 bus neufs d'ici 2026."
    assert read.windows(text, language="fr") == []


def test_more_than_after_a_presentational_cleft_is_no_past_participle():
    text = "L'année prochaine, ce sont plus de 40 bus qui seront mis en service par Halden Transit."
    assert read.windows(text, language="fr") == [(Y(2025, 1, 1), Y(2025, 12, 31))]
