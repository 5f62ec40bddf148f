"""The forty-fourth round, third helper (docs/article-import.md, "Round 44"): the drafts whose
quote is right and whose window is not, sorted by cause. One behaviour per test; the sentences
are invented, in the shape real articles take, and each test fails without its rule.
"""

from __future__ import annotations

import datetime as dt

from tests.language.article_ledgers import read

Y = dt.date


# --- Which date belongs to which phrase ----------------------------------------------------


def test_a_participle_right_after_a_figure_is_the_counted_objects_adjective():
    # Written on Friday 14 June 2024. "100 converted depots" counts depots that will be
    # converted: no past event stands between the commitment and the date after it.
    text = (
        "Halden Transit is slated to have roughly 100 converted depots re-opening toward the "
        "end of the year."
    )
    assert read.windows(text) == [(Y(2024, 9, 1), Y(2024, 12, 31))]
    text = "Halden Transit will put 40 refurbished buses into service in March 2025."
    assert read.windows(text) == [(Y(2025, 3, 1), Y(2025, 3, 31))]
    # A figure that is the subject of a past verb is still a past event: "of which 12
    # opened in 2023" dates no promise.
    text = "Halden Transit runs 30 depots, of which 12 opened in 2023."
    assert read.windows(text) == []


def test_a_date_after_if_is_the_conditions_not_the_promises():
    # Written on Friday 14 June 2024: the promise is dated by "this year"; October is when
    # the condition may be met, no second deadline.
    text = (
        "Halden Transit expects the new line to open this year if it receives approval from "
        "regulators in October."
    )
    assert read.windows(text) == [(Y(2024, 1, 1), Y(2024, 12, 31))]
    text = (
        "Halden Transit ouvrira la ligne cette année si le ministère donne son accord en octobre."
    )
    assert read.windows(text, language="fr") == [(Y(2024, 1, 1), Y(2024, 12, 31))]
    # A condition told first leaves the promise's own date to it.
    text = "If regulators agree, Halden Transit will open the line in October."
    assert read.windows(text) == [(Y(2024, 10, 1), Y(2024, 10, 31))]
