"""The forty-fourth round, fourth helper (docs/article-import.md, "Round 44"): the labels no
draft found at all. One behaviour per test; the sentences are invented, in the shape real
articles take, and each test fails without its rule.
"""

from __future__ import annotations

import datetime as dt

from tests.language.article_ledgers import read

Y = dt.date


# --- Finding a commitment ------------------------------------------------------------------


def test_a_start_or_an_opening_to_use_announced_is_an_announced_action():
    # Written on Friday 14 June 2024. "Commencement" is a start, as "début" and "démarrage"
    # are; "mise en exploitation" puts a site to use, as "mise en service" does.
    text = "Halden Transit a annoncé un commencement des travaux du dépôt « courant 2026 »."
    assert read.windows(text, language="fr") == [(Y(2026, 1, 1), Y(2026, 12, 31))]
    text = "Halden Transit a annoncé la mise en exploitation d'ici 2027 de son dépôt nord."
    assert read.windows(text, language="fr") == [(None, Y(2027, 12, 31))]
    # An announcement with no date of its own still makes no dated draft.
    text = "Halden Transit a annoncé le commencement des travaux du dépôt."
    assert read.windows(text, language="fr") == []


def test_the_day_of_the_announcement_with_its_demonstrative_stands_before_the_action():
    # "ce lundi" tells when it was announced, as "lundi" and "ce matin" already do.
    text = "Halden Transit a annoncé ce lundi la mise en service d'ici 2027 de son dépôt nord."
    assert read.windows(text, language="fr") == [(None, Y(2027, 12, 31))]
    text = "Halden Transit a annoncé ce mercredi la fermeture du dépôt sud en 2026."
    assert read.windows(text, language="fr") == [(Y(2026, 1, 1), Y(2026, 12, 31))]
