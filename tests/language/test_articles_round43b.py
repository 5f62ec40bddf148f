"""The forty-third round, second helper (docs/article-import.md, "Round 43"): rules written
from the classes of the drafts the importer makes and no label keeps, each class spanning
three batches or more. One behaviour per test; the sentences are invented, in the shape real
articles take, and each test fails without its rule.
"""

from __future__ import annotations

import datetime as dt

from tests.language.article_ledgers import read

Y = dt.date


# --- What is not a promise -----------------------------------------------------------------


def test_a_by_deadline_denied_is_a_target_missed():
    # Written on Friday 14 June 2024.
    text = "Halden Transit said today that its new depot would not be ready by next summer."
    assert read.windows(text) == []
    text = "Halden Transit a reconnu que son objectif ne sera pas atteint d'ici 2026."
    assert read.windows(text, language="fr") == []
    # "Not until" and "pas avant" still promise the soonest time.
    text = "Halden Transit said today that its new depot will not open until 2026."
    assert read.windows(text) == [(Y(2026, 12, 31), None)]
    text = "Halden Transit a indiqué que son dépôt ne sera pas ouvert avant 2026."
    assert read.windows(text, language="fr") == [(Y(2026, 12, 31), None)]


def test_a_consultation_running_or_closing_is_the_procedures_calendar():
    # Written on Friday 14 June 2024.
    text = (
        "Halden Transit said the public comment period for its depot plan is set to close "
        "later in July."
    )
    assert read.windows(text) == []
    text = "Halden Transit will spend the next eight weeks consulting the public on its depot."
    assert read.windows(text) == []
    text = (
        "L'enquête publique sur le dépôt de Halden Transit vient de commencer et s'achèvera "
        "le 15 juillet."
    )
    assert read.windows(text, language="fr") == []
    text = (
        "Le projet de Halden Transit va faire l'objet d'un débat public entre le 10 octobre "
        "et le 7 février 2025."
    )
    assert read.windows(text, language="fr") == []
    text = "La concertation préalable sur le dépôt de Halden Transit s'achèvera le 15 juillet."
    assert read.windows(text, language="fr") == []
    text = "Halden Transit said the public inquiry into its depot plan will close later in July."
    assert read.windows(text) == []
    # Its launch is still a step promised, even over a span, and a close of something else
    # still a date.
    text = "Halden Transit lancera une concertation publique dans les six prochains mois."
    assert read.windows(text, language="fr") == [(None, Y(2024, 12, 14))]
    text = "Halden Transit will launch a public inquiry within the next six months."
    assert read.windows(text) == [(None, Y(2024, 12, 14))]
    text = "Halden Transit will close the old depot later in July."
    assert read.windows(text) == [(Y(2024, 7, 1), Y(2024, 7, 31))]


def test_a_service_interrupted_for_a_time_is_a_notice_not_a_promise():
    # Written on Friday 14 June 2024.
    text = "La ligne de Halden Transit sera totalement interrompue dimanche 23 juin."
    assert read.windows(text, language="fr") == []
    text = "Aucun tram de Halden Transit ne circulera ce mercredi 19 juin."
    assert read.windows(text, language="fr") == []
    text = "Halden Transit said the works will pause over the summer."
    assert read.windows(text) == []
    text = "Halden Transit said the works will pause until the end of August."
    assert read.windows(text) == []
    text = "Halden Transit said the line will be suspended on Sunday 23 June."
    assert read.windows(text) == []
    text = "Halden Transit said the bridge will be closed to traffic on Sunday 23 June."
    assert read.windows(text) == []
    # Its return is still a date promised.
    text = "Les trams de Halden Transit ne reprendront pas avant dimanche."
    assert read.windows(text, language="fr") == [(Y(2024, 6, 16), None)]
    text = "L'interruption du tram de Halden Transit prendra fin le 3 juillet."
    assert read.windows(text, language="fr") == [(None, Y(2024, 7, 3))]
