"""The forty-fourth round, second helper (docs/article-import.md, "Round 44"): the drafts the
importer makes and no label keeps, sorted by cause. One behaviour per test; the sentences are
invented, in the shape real articles take, and each test fails without its rule.
"""

from __future__ import annotations

import datetime as dt

from tests.language.article_ledgers import read

Y = dt.date


# --- One draft per promise -----------------------------------------------------------------


def test_an_ordinal_states_the_same_figure_as_its_number():
    # Written on Friday 14 June 2024: a promise, then its restatement that names the same
    # anniversary by its rank. "75th" is the figure 75, so the two state the same amounts.
    text = (
        "Halden Transit plans to open the depot by 2026, the year the city marks 75 years as a "
        'borough. The company said: "Halden Transit plans to open the depot by 2026, at the '
        'time of the 75th anniversary of the borough."'
    )
    assert read.windows(text) == [(None, Y(2026, 12, 31))]
    text = (
        "Halden Transit ouvrira le dépôt d'ici 2026, pour les 75 ans de la ville. « Halden "
        "Transit ouvrira le dépôt d'ici 2026, pour le 75e anniversaire de la ville », a "
        "indiqué la société."
    )
    assert read.windows(text, language="fr") == [(None, Y(2026, 12, 31))]
    # Two ranks are two figures: two phases, two promises.
    text = (
        "Halden Transit will open the 2nd phase of the depot by 2026. It will open the 3rd "
        "phase of the depot by 2026."
    )
    assert read.windows(text) == [(None, Y(2026, 12, 31)), (None, Y(2026, 12, 31))]


def test_a_rank_is_no_count_of_what_the_first_is_one_of():
    # Written on Friday 14 June 2024. "The first of the new clinics" is a milestone of its
    # own beside a count of clinics; a rank ("its 3rd region") counts nothing, so the first
    # of them restates the plan, as it would with no figure at all.
    text = (
        "Halden Health will open new clinics across its 3rd health region in 2025. The first "
        "of the new clinics will open in March 2025."
    )
    assert read.windows(text) == [(Y(2025, 3, 1), Y(2025, 3, 31))]
    # Nor is a rank the first's own count: beside "12 new clinics", the first of them on
    # "the 12th floor" is still the first of many.
    text = (
        "Halden Health will open 12 new clinics in 2025. The first of the new clinics, on the "
        "12th floor of the station tower, will open in March 2025."
    )
    assert read.windows(text) == [(Y(2025, 1, 1), Y(2025, 12, 31)), (Y(2025, 3, 1), Y(2025, 3, 31))]
