"""The forty-second round, third pass (docs/article-import.md, "Round 42, third pass"): rules
written from two classes of the labels every readable batch misses, a named thing read as an
outside subject and a date refused where it is promised. One behaviour per test; the
sentences are invented, in the shape real articles take, and each test fails without its rule.
"""

from __future__ import annotations

import datetime as dt

from tests.language.article_ledgers import read

Y = dt.date


# --- Who promises --------------------------------------------------------------------------


def test_a_model_named_before_its_vehicles_is_no_outsider():
    text = (
        "Halden Transit has ordered a new fleet. The Ostrava T45 trams are expected to be "
        "delivered to its depot in 2026."
    )
    assert read.windows(text) == [(Y(2026, 1, 1), Y(2026, 12, 31))]
    # The maker itself as the subject is still someone else's expectation.
    text = (
        "Halden Transit has ordered a new fleet. Ostrava Rail is expected to deliver the "
        "trams in 2026."
    )
    assert read.windows(text) == []


def test_a_thing_known_by_its_number_is_no_outsider():
    text = "Halden Transit is extending its station. Hall 2 is expected to open in March 2025."
    assert read.windows(text) == [(Y(2025, 3, 1), Y(2025, 3, 31))]
    text = "Halden Transit is extending the airport link. Terminal 3 should open by May 2025."
    assert read.windows(text) == [(None, Y(2025, 5, 31))]


def test_things_counted_with_a_spelled_number_are_no_outsider():
    text = (
        "Halden Transit will extend its network, with four new Depots expected to open by "
        "the end of 2026."
    )
    assert read.windows(text) == [(None, Y(2026, 12, 31))]


# --- The deadline --------------------------------------------------------------------------


def test_not_before_a_weekday_is_a_date_not_a_meeting():
    # Written on Friday 14 June 2024: the Sunday after it.
    text = "Les lignes de Halden Transit ne reprendront pas avant dimanche."
    assert read.windows(text, language="fr") == [(Y(2024, 6, 16), None)]
    # A weekday alone after a verb is still the day of a meeting.
    text = "Halden Transit doit détailler mercredi son plan pour le dépôt."
    assert read.windows(text, language="fr") == []
