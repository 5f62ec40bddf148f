"""The fortieth round, second pass (docs/article-import.md, "Round 40"): rules written from
the first reading of dev-blind68's articles. One behaviour per test; the sentences are
invented, in the shape real articles take, and each test fails without its rule.
"""

from __future__ import annotations

import datetime as dt

from tests.language.article_ledgers import read

Y = dt.date


# --- Finding a commitment: items without a verb ---------------------------------------------


def test_the_start_of_works_with_a_date_is_planned():
    text = "Halden Transit agrandit son dépôt nord. Début des travaux le 2 septembre."
    assert read.windows(text, language="fr") == [(Y(2024, 9, 2), Y(2024, 9, 2))]
    text = "Halden Transit will widen its north depot, with the start of construction in 2026."
    assert read.windows(text) == [(Y(2026, 1, 1), Y(2026, 12, 31))]


def test_the_beginning_of_the_works_told_of_is_no_plan():
    # "Au début des travaux" is a time in a past story, with its verb: no item.
    text = "Au début des travaux en 2020, le dépôt de Halden Transit comptait dix bus."
    assert read.windows(text, language="fr") == []


# --- The page: the last line -----------------------------------------------------------------


def test_a_closing_note_of_the_schedule_is_read():
    # Nothing follows it to head: an action noun and its date close the text.
    text = (
        "Le conseil de Halden Transit a validé l'extension du dépôt nord.\n\n"
        "Le dépôt accueillera soixante bus.\n\n"
        "Début du chantier le 2 septembre"
    )
    assert read.windows(text, language="fr") == [(Y(2024, 9, 2), Y(2024, 9, 2))]


def test_a_closing_line_with_no_date_stays_apart():
    text = (
        "Le conseil de Halden Transit a validé l'extension du dépôt nord.\n\n"
        "Mise en service du dépôt"
    )
    assert read.windows(text, language="fr") == []


# --- One draft per promise ----------------------------------------------------------------


def test_additional_things_at_a_time_already_named_are_another_promise():
    text = (
        "Halden Transit's new depot is scheduled to open in April 2025. "
        "An additional twelve buses are expected to arrive in April 2025, the company said."
    )
    assert len(read.windows(text)) == 2
    text = (
        "Le nouveau dépôt de Halden Transit doit ouvrir en avril 2025. "
        "Douze bus supplémentaires devraient arriver en avril 2025."
    )
    assert len(read.windows(text, language="fr")) == 2


def test_a_promise_said_again_at_its_time_is_still_one_draft():
    text = (
        "Halden Transit's new depot is scheduled to open in April 2025. "
        "The depot is expected to open in April 2025, the company said."
    )
    assert len(read.windows(text)) == 1


def test_a_day_then_its_month_again_in_one_sentence_is_one_promise():
    text = (
        "Le plan prévoit d'abord la création d'une filiale de Halden Transit le 1er janvier "
        "2025 regroupant ses dépôts du nord ainsi que l'atelier central dès janvier 2025."
    )
    assert read.windows(text, language="fr") == [(Y(2025, 1, 1), Y(2025, 1, 1))]


def test_a_day_then_another_month_in_one_sentence_stays_two_promises():
    text = (
        "Le plan prévoit la création d'une filiale de Halden Transit le 1er janvier 2025 "
        "regroupant ses dépôts, puis leur fusion complète en mars 2025."
    )
    assert len(read.windows(text, language="fr")) == 2


# --- The deadline: what is no date -----------------------------------------------------------


def test_on_weekdays_is_no_week():
    text = "À partir de 2026, le dépôt de Halden Transit sera fermé la nuit en semaine."
    assert read.windows(text, language="fr") == [(Y(2026, 1, 1), Y(2026, 12, 31))]
    text = "Halden Transit's north depot will be closed at night during the week."
    assert read.windows(text) == []


def test_this_week_is_still_the_week():
    text = "Le dépôt nord de Halden Transit rouvrira cette semaine."
    assert read.windows(text, language="fr") == [(Y(2024, 6, 10), Y(2024, 6, 16))]


# --- Which date belongs to which phrase: a plan replaced -------------------------------------


def test_a_plan_told_first_then_replaced_is_no_promise():
    text = (
        "Prévus pour 2025 après plusieurs reports depuis 2019, les travaux du dépôt de Halden "
        "Transit doivent finalement débuter au printemps 2026."
    )
    assert read.windows(text, language="fr") == [(Y(2026, 3, 1), Y(2026, 5, 31))]


def test_a_plan_replaced_past_another_date_is_no_promise():
    text = (
        "Les travaux du dépôt de Halden Transit, prévus pour 2025 après des reports depuis "
        "2019, doivent finalement débuter au printemps 2026."
    )
    assert read.windows(text, language="fr") == [(Y(2026, 3, 1), Y(2026, 5, 31))]


def test_a_span_from_now_then_a_day_inside_it_is_one_promise():
    text = (
        "Halden Transit a annoncé que son ancien dépôt fermera ses portes dans les six "
        "prochains mois. L'ancien dépôt fermera ses portes le 30 septembre 2024."
    )
    assert read.windows(text, language="fr") == [(Y(2024, 9, 30), Y(2024, 9, 30))]


def test_a_span_from_now_then_a_day_for_another_thing_stays_two_promises():
    text = (
        "Halden Transit a annoncé que son ancien dépôt fermera ses portes dans les six "
        "prochains mois. La nouvelle ligne express ouvrira le 30 septembre 2024."
    )
    assert len(read.windows(text, language="fr")) == 2


# --- Which date belongs to which phrase: not past verbs --------------------------------------


def test_a_counted_objects_participle_is_no_past_event():
    text = "Halden Transit va reporter la livraison de 40 bus rénovés au-delà de 2030."
    assert read.windows(text, language="fr") == [(Y(2031, 1, 1), None)]
    text = "Halden Transit livrera 1.200 sièges neufs et 40 bus rénovés en 2030."
    assert read.windows(text, language="fr") == [(Y(2030, 1, 1), Y(2030, 12, 31))]


def test_a_participle_of_a_thing_named_with_its_year_is_still_past():
    text = "Halden Transit exploite le dépôt ouvert avec ses bus achetés en 2019."
    assert read.windows(text, language="fr") == []
