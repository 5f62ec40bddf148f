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


def test_a_participle_after_a_figure_followed_by_a_preposition_or_an_adverb_is_a_past_verb():
    # Written on Friday 14 June 2024. After "12 opened", a preposition or an adverb of time
    # is the verb's, not a counted noun: the date is the past event's, and it dates no
    # promise (read as the coming March, it would be a wrong draft).
    for after in ("during", "around", "before", "recently in", "yesterday in"):
        text = f"Halden Transit plans to run 30 depots, and 12 opened {after} March."
        assert read.windows(text) == [], after
    text = "Halden Transit plans to run 30 depots, and 12 opened over the summer."
    assert read.windows(text) == []
    # A noun there is still the counted object's: "40 refurbished buses".
    text = "Halden Transit will put 40 refurbished buses into service in March 2025."
    assert read.windows(text) == [(Y(2025, 3, 1), Y(2025, 3, 31))]


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


def test_a_condition_set_off_by_commas_ends_at_its_closing_comma():
    # Written on Friday 14 June 2024. A condition between commas is an aside: the date after
    # its closing comma is the promise's again.
    text = "Halden Transit will, if the board agrees, open the line in October 2025."
    assert read.windows(text) == [(Y(2025, 10, 1), Y(2025, 10, 31))]
    text = "Halden Transit ouvrira la ligne, si le ministère le permet, en octobre 2025."
    assert read.windows(text, language="fr") == [(Y(2025, 10, 1), Y(2025, 10, 31))]
    text = "In October 2025, unless the board objects, Halden Transit will open the line."
    assert read.windows(text) == [(Y(2025, 10, 1), Y(2025, 10, 31))]
    # A second promise after a condition told in passing keeps its date.
    text = (
        "Halden Transit will open the first line in October, and if demand holds, a second "
        "line in 2026."
    )
    assert read.windows(text) == [
        (Y(2024, 10, 1), Y(2024, 10, 31)),
        (Y(2026, 1, 1), Y(2026, 12, 31)),
    ]
    text = (
        "Halden Transit ouvrira la première ligne en octobre, et si la demande suit, une "
        "deuxième ligne en 2026."
    )
    assert read.windows(text, language="fr") == [
        (Y(2024, 10, 1), Y(2024, 10, 31)),
        (Y(2026, 1, 1), Y(2026, 12, 31)),
    ]
    # A date inside the condition, or after a condition no comma closes, is still the
    # condition's.
    text = "Halden Transit will open the line, if approval comes in October, by the end of 2025."
    assert read.windows(text) == [(None, Y(2025, 12, 31))]
    text = "Halden Transit will open the line this year if regulators agree, in October."
    assert read.windows(text) == [(Y(2024, 1, 1), Y(2024, 12, 31))]
