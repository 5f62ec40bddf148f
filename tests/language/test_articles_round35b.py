"""The second pass of the thirty-fifth round (docs/article-import.md, "Round 35", "Second
pass"). One behaviour per test; the sentences are invented, in the shape real articles take,
and each test fails without its rule.
"""

from __future__ import annotations

import datetime as dt

from tests.language.article_ledgers import read

Y = dt.date


# --- A heading inside the article written as a sentence ---------------------------------------


def test_a_heading_written_as_a_sentence_is_read_as_the_body_is():
    for text, language, window in (
        (
            "Halden Transit is building a depot.\n\n"
            "The new depot is projected to be completed in July 2026\n\n"
            "Work began last spring on the old goods yard.",
            "en",
            (Y(2026, 7, 1), Y(2026, 7, 31)),
        ),
        (
            "Halden Transit construit un dépôt.\n\n"
            "Le chantier du nouveau dépôt devrait s'achever d'ici 2026\n\n"
            "Les travaux ont commencé au printemps sur l'ancienne gare.",
            "fr",
            (None, Y(2026, 12, 31)),
        ),
    ):
        assert read.windows(text, language=language) == [window], text


def test_a_heading_in_headline_grammar_stays_a_heading():
    for text, language in (
        (
            "Halden Transit construit un dépôt.\n\n"
            "Un dépôt qui devrait ouvrir d'ici 2026\n\n"
            "Les travaux ont commencé au printemps sur l'ancienne gare.",
            "fr",
        ),
        (
            "Halden Transit is building a depot.\n\n"
            "New depot to open by 2026\n\n"
            "Work began last spring on the old goods yard.",
            "en",
        ),
    ):
        assert read.windows(text, language=language) == [], text
