"""The fiftieth round, second helper (docs/article-import.md, "Round 50"): the drafts that
match no label, by cause, across the readable batches. One behaviour per test; the sentences
are invented, in the shape real articles take, and each test fails without its rule.
"""

from __future__ import annotations

import datetime as dt

from tests.language.article_ledgers import read

Y = dt.date


# --- What is not a promise -----------------------------------------------------------------


def test_a_figure_guessed_at_as_what_be_comes_to_is_a_level_not_a_promise():
    # Written on Friday 14 June 2024. The amount spent in a year, told with "sera".
    text = (
        "Halden Transit prévoit d'ouvrir le dépôt en 2026. Ses dépenses seront d'environ "
        "40 millions d'euros en 2027."
    )
    assert read.windows(text, language="fr") == [(Y(2026, 1, 1), Y(2026, 12, 31))]
    # A volume in a year, in English: what the output "will be", no act promised.
    text = (
        "Corvane Motors will open its battery plant in 2026. In 2027, the plant's output "
        "will be about 40,000 packs."
    )
    assert read.windows(text) == [(Y(2026, 1, 1), Y(2026, 12, 31))]


def test_an_exact_figure_things_put_in_place_and_a_share_after_be_stay_promises():
    # An exact figure may be a target: the capacity promised by a date.
    text = "Halden Transit said the depot's capacity will be 400 buses by the end of 2026."
    assert read.windows(text) == [(None, Y(2026, 12, 31))]
    # "There will be" about N things in place by a date: a promise of putting them there.
    text = "Halden Transit said there will be about 40 new buses on the road by the end of 2025."
    assert read.windows(text) == [(None, Y(2025, 12, 31))]
    # A share done by a date: the works, not a level.
    text = "Halden Transit said the depot will be about 90% complete by March 2025."
    assert read.windows(text) == [(None, Y(2025, 3, 31))]
