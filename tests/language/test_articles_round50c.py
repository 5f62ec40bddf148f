"""The fiftieth round, third helper (docs/article-import.md, "Round 50"): drafts whose
sentence matches a label but whose statement day or window differs, by cause, across the
readable batches. One behaviour per test; the sentences are invented, in the shape real
articles take, and each test fails without its rule.
"""

from __future__ import annotations

import datetime as dt

from tests.language.article_ledgers import read

Y = dt.date


# --- The deadline: two periods, two clauses ---------------------------------------------------


def test_a_second_period_that_opens_a_clause_of_its_own_is_that_clauses_date():
    # "start in 2026, and in 2033 the first line will open": two dates, not 2026 to 2033.
    text = (
        "Halden Transit will start building the tram depot in 2026, and in 2030 the first "
        "line will open to passengers."
    )
    assert read.windows(text) == [
        (Y(2026, 1, 1), Y(2026, 12, 31)),
        (Y(2030, 1, 1), Y(2030, 12, 31)),
    ]
    # In French, the comma after "et", and a year named again ("de la même année").
    text = (
        "Halden Transit a affirmé que le dépôt sera achevé durant l'été 2025 et, à l'automne "
        "de la même année, la totalité de la ligne devrait être terminée."
    )
    assert read.windows(text, language="fr") == [
        (Y(2025, 6, 1), Y(2025, 8, 31)),
        (Y(2025, 9, 1), Y(2025, 11, 30)),
    ]


def test_two_periods_joined_without_a_clause_of_their_own_stay_one_span():
    # No subject and verb after the second period: the words give one span.
    text = "Halden Transit will run the night buses in 2025, and in 2026, on every line."
    assert read.windows(text) == [(Y(2025, 1, 1), Y(2026, 12, 31))]
    text = "Halden Transit will open new depots in 2025 and 2026."
    assert read.windows(text) == [(Y(2025, 1, 1), Y(2026, 12, 31))]
