"""The second pass of the thirty-fifth round (docs/article-import.md, "Round 35", "Second
pass"). One behaviour per test; the sentences are invented, in the shape real articles take,
and each test fails without its rule.
"""

from __future__ import annotations

import datetime as dt

from tests.language.article_ledgers import read

Y = dt.date


# --- A sentence that opens on "From" and its time ---------------------------------------------


def test_from_and_a_day_opening_a_short_sentence_is_no_byline():
    for text in (
        "Halden Transit is changing its timetable.\n\n"
        "From Monday, 1 July, six stations will open at 5 a.m.",
        "Halden Transit is changing its fares.\n\nFrom July 1, our fares will be lower.",
    ):
        assert read.windows(text) == [(Y(2024, 7, 1), Y(2024, 7, 1))], text


def test_from_and_a_name_is_still_a_byline():
    text = "From Claire Dubois in Halden\n\nHalden Transit will open six stations by 2026."
    assert read.windows(text) == [(None, Y(2026, 12, 31))]


# --- The standfirst under the title -------------------------------------------------------------


def test_a_standfirst_written_as_a_sentence_is_read_as_the_body_is():
    for text, language, window in (
        (
            "Halden Transit lays the first rail of its new line\n\n"
            "Halden Transit expects to open the new line in the first half of next year\n\n"
            "Work began last spring on the old goods yard.",
            "en",
            (Y(2025, 1, 1), Y(2025, 6, 30)),
        ),
        (
            "Halden Transit pose le premier rail de sa nouvelle ligne\n\n"
            "La nouvelle ligne de Halden Transit devrait ouvrir d'ici 2026\n\n"
            "Les travaux ont commencé au printemps sur l'ancienne gare.",
            "fr",
            (None, Y(2026, 12, 31)),
        ),
    ):
        assert read.windows(text, language=language) == [window], text


def test_a_standfirst_in_headline_grammar_or_an_intertitle_stays_a_heading():
    for text, language in (
        (
            "Halden Transit pose le premier rail de sa nouvelle ligne\n\n"
            "Une ligne qui devrait ouvrir d'ici 2026\n\n"
            "Les travaux ont commencé au printemps sur l'ancienne gare.",
            "fr",
        ),
        (
            "Halden Transit lays the first rail of its new line\n\n"
            "New line to open by 2026\n\n"
            "Work began last spring on the old goods yard.",
            "en",
        ),
        (
            "Halden Transit lays the first rail of its new line\n\n"
            "Work began last spring on the old goods yard.\n\n"
            "The new line is expected to open by 2026\n\n"
            "The yard had been empty for ten years.",
            "en",
        ),
    ):
        assert read.windows(text, language=language) == [], text
