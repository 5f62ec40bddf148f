"""The thirty-sixth round (docs/article-import.md, "Round 36"). One behaviour per test; the
sentences are invented, in the shape real articles take, and each test fails without its
rule.
"""

from __future__ import annotations

import datetime as dt

from tests.language.article_ledgers import read_in_october

Y = dt.date


# --- The day a page known only to its month tells its news -----------------------------------


def test_the_present_of_an_announcement_with_its_day_dates_a_page_of_that_month():
    for text in (
        "Halden Transit annonce, mercredi 9 octobre 2024, la commande de douze rames. "
        "La première rame devrait arriver en 2026.",
        "Halden Transit annonce mercredi 9 octobre la commande de douze rames. "
        "La première rame devrait arriver en 2026.",
    ):
        assert read_in_october.dated(text, published_precision="month") == [
            (Y(2026, 1, 1), Y(2026, 12, 31), Y(2024, 10, 9))
        ], text


def test_a_project_made_public_on_a_day_dates_a_page_of_that_month():
    for text, language in (
        (
            "Le projet de Halden Transit rendu public lundi 7 octobre lors d'un salon va "
            "compléter le réseau à l'horizon 2028.",
            "fr",
        ),
        (
            "Halden Transit's depot plan, made public on Monday, October 7, is expected to "
            "be completed by 2028.",
            "en",
        ),
    ):
        assert read_in_october.dated(text, published_precision="month", language=language) == [
            (None, Y(2028, 12, 31), Y(2024, 10, 7))
        ], text


def test_a_day_to_come_after_the_announcement_word_still_dates_nothing():
    text = (
        "L'annonce du tracé est attendue le 28 octobre prochain. "
        "La ligne de Halden Transit devrait ouvrir en 2027."
    )
    assert [
        d.stated_on for d in read_in_october.dated_drafts(text, published_precision="month")
    ] == [Y(2024, 10, 1)]
