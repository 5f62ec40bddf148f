"""The fortieth round, second pass (docs/article-import.md, "Round 40"): rules written from
the first reading of dev-blind68's articles. One behaviour per test; the sentences are
invented, in the shape real articles take, and each test fails without its rule.
"""

from __future__ import annotations

import datetime as dt

from tests.language.article_ledgers import read

Y = dt.date


# --- Finding a commitment: items without a verb ---------------------------------------------


def test_the_start_of_works_with_a_date_is_planned():
    text = "Halden Transit agrandit son dépôt nord. Début des travaux le 2 septembre."
    assert read.windows(text, language="fr") == [(Y(2024, 9, 2), Y(2024, 9, 2))]
    text = "Halden Transit will widen its north depot, with the start of construction in 2026."
    assert read.windows(text) == [(Y(2026, 1, 1), Y(2026, 12, 31))]


def test_the_beginning_of_the_works_told_of_is_no_plan():
    # "Au début des travaux" is a time in a past story, with its verb: no item.
    text = "Au début des travaux en 2020, le dépôt de Halden Transit comptait dix bus."
    assert read.windows(text, language="fr") == []


# --- The page: the last line -----------------------------------------------------------------


def test_a_closing_note_of_the_schedule_is_read():
    # Nothing follows it to head: an action noun and its date close the text.
    text = (
        "Le conseil de Halden Transit a validé l'extension du dépôt nord.\n\n"
        "Le dépôt accueillera soixante bus.\n\n"
        "Début du chantier le 2 septembre"
    )
    assert read.windows(text, language="fr") == [(Y(2024, 9, 2), Y(2024, 9, 2))]


def test_a_closing_line_with_no_date_stays_apart():
    text = (
        "Le conseil de Halden Transit a validé l'extension du dépôt nord.\n\n"
        "Mise en service du dépôt"
    )
    assert read.windows(text, language="fr") == []
