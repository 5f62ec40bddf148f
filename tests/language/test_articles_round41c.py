"""The forty-first round, third pass (docs/article-import.md, "Round 41, third pass"): rules
written from the wrong drafts of every readable batch. One behaviour per test; the sentences
are invented, in the shape real articles take, and each test fails without its rule.
"""

from __future__ import annotations

import datetime as dt

from tests.language.article_ledgers import read

Y = dt.date


# --- The page ------------------------------------------------------------------------------


def test_a_french_standfirst_under_its_rubric_is_the_pages_summary():
    title = "Halden : le dépôt de bus fermera pour travaux"
    text = (
        "TRAVAUX Le dépôt nord de Halden Transit, l'un des plus grands de la région, fermera "
        "fin 2025 pour rouvrir début 2027\n\n"
        "Un bus de Halden Transit devant le dépôt nord. — Photo\n\n"
        "Le dépôt nord va fermer ses portes fin 2025 pour rouvrir début 2027.\n\n"
        "Halden Transit a choisi de fermer le dépôt pendant les travaux, a dit sa directrice."
    )
    drafts = read.dated_drafts(text, language="fr", title=title)
    assert [(d.start, d.end) for d in drafts] == [
        (Y(2025, 9, 1), Y(2025, 12, 31)),
        (Y(2027, 1, 1), Y(2027, 4, 30)),
    ]
    assert {d.quote for d in drafts} == {
        "Le dépôt nord va fermer ses portes fin 2025 pour rouvrir début 2027."
    }
    # A capitalised place before an English lead is its dateline: the lead is read.
    text = "OSLO Halden Transit will open its north depot in March 2025, its chief said."
    assert read.windows(text) == [(Y(2025, 3, 1), Y(2025, 3, 31))]


# --- What is not a promise ----------------------------------------------------------------


def test_il_aura_fallu_looks_back_it_is_no_future():
    text = "Il aura fallu la fin avril pour que le chantier de Halden Transit reprenne enfin."
    assert read.windows(text, language="fr") == []
    text = "Il aura fallu attendre mars 2024 pour que Halden Transit ouvre son dépôt nord."
    assert read.windows(text, language="fr") == []
    text = "Halden Transit aura achevé son dépôt nord en mars 2025, selon sa directrice."
    assert read.windows(text, language="fr") == [(Y(2025, 3, 1), Y(2025, 3, 31))]
