"""The forty-second round, second pass (docs/article-import.md, "Round 42, second pass"): rules
written from the labels every readable batch misses. One behaviour per test; the sentences are
invented, in the shape real articles take, and each test fails without its rule.
"""

from __future__ import annotations

import datetime as dt

from tests.language.article_ledgers import read

Y = dt.date


# --- Who promises --------------------------------------------------------------------------


def test_a_second_predicate_joined_by_and_shares_the_first_ones_subject():
    # The name after the first verb is its object, not who is expected to act.
    text = (
        "Halden Transit's new depot will link Alder Ridge to the ring road and is expected "
        "to open in March 2025."
    )
    assert read.windows(text) == [(Y(2025, 3, 1), Y(2025, 3, 31))]
    text = (
        "Halden Transit is moving its bus depot. It has signed a lease with Corran Estates "
        "for the old mill and is expected to open there in March 2025."
    )
    assert read.windows(text) == [(Y(2025, 3, 1), Y(2025, 3, 31))]
    text = (
        "Le nouveau dépôt de Halden Transit reliera Montval au périphérique et devrait "
        "ouvrir en mars 2025."
    )
    assert read.windows(text, language="fr") == [(Y(2025, 3, 1), Y(2025, 3, 31))]
    # An outsider named as the second predicate's own subject still makes no promise.
    text = (
        "Halden Transit has finished its new depot. The depot will link Alder Ridge to the ring "
        "road and Corran Estates is expected to open the mill next door in March 2025."
    )
    assert read.windows(text) == []


# --- The deadline --------------------------------------------------------------------------


def test_works_that_last_until_a_date_are_done_by_then():
    text = "Le chantier du dépôt de Halden Transit devrait durer jusqu'à la fin octobre 2025."
    assert read.windows(text, language="fr") == [(None, Y(2025, 10, 31))]
    text = (
        "Le déploiement des nouveaux bus de Halden Transit a débuté en mai et s'étendra "
        "jusqu'au premier trimestre 2025."
    )
    assert read.windows(text, language="fr") == [(None, Y(2025, 3, 31))]
    text = "Construction of Halden Transit's depot will run until March 2025."
    assert read.windows(text) == [(None, Y(2025, 3, 31))]
    text = "Halden Transit will run the old depot until March 2025."
    assert read.windows(text) == []
    # Only the works' first end: the pause after them dates nothing.
    text = (
        "« Les travaux du dépôt vont durer jusqu'à la fin octobre avant une pause qui durera "
        "jusqu'au 6 janvier », précise Halden Transit."
    )
    assert read.windows(text, language="fr") == [(None, Y(2024, 10, 31))]
    # A contract's term is still no deadline.
    text = "Le contrat de Halden Transit avec la ville durera jusqu'en 2030."
    assert read.windows(text, language="fr") == []
