"""The thirty-eighth round (docs/article-import.md, "Round 38"): rules written from the first
reading of a batch no rule was tuned on (dev-blind55's articles). One behaviour per test;
the sentences are invented, in the shape real articles take, and each test fails without its
rule.
"""

from __future__ import annotations

import datetime as dt

from tests.language.article_ledgers import read

Y = dt.date


# --- Finding a commitment ----------------------------------------------------------------


def test_a_passive_future_perfect_is_no_past_event():
    text = (
        "Halden Transit renouvelle sa flotte ; l'ensemble de ses dépôts auront été rénovés en 2025."
    )
    assert read.windows(text, language="fr") == [(Y(2025, 1, 1), Y(2025, 12, 31))]


def test_a_passive_future_perfect_with_a_month_is_no_past_event():
    text = "Tous les abris de Halden Transit auront été remplacés en septembre 2025."
    assert read.windows(text, language="fr") == [(Y(2025, 9, 1), Y(2025, 9, 30))]


def test_being_able_to_do_a_thing_by_a_date_is_an_expectation():
    text = "Halden Transit est quant à elle en mesure de livrer 40 bus neufs d'ici 2026."
    drafts = read.dated_drafts(text, language="fr")
    assert [(d.end, d.strength) for d in drafts] == [(Y(2026, 12, 31), "expects")]


def test_not_being_able_to_do_a_thing_is_no_promise():
    text = "Halden Transit n'est pas en mesure de livrer 40 bus neufs d'ici 2026."
    assert read.windows(text, language="fr") == []


def test_more_than_after_a_presentational_cleft_is_no_past_participle():
    text = "L'année prochaine, ce sont plus de 40 bus qui seront mis en service par Halden Transit."
    assert read.windows(text, language="fr") == [(Y(2025, 1, 1), Y(2025, 12, 31))]


def test_a_ceremony_the_subject_does_its_act_in_is_its_own_occasion():
    text = (
        "Halden Transit will break ground for its new depot in a ceremony to be held June 20 "
        "at 10 a.m."
    )
    assert read.windows(text) == [(Y(2024, 6, 20), Y(2024, 6, 20))]


def test_a_ceremony_someone_attends_is_still_an_event():
    text = "Halden Transit's chief executive will attend a ceremony to be held June 20."
    assert read.windows(text) == []


def test_a_project_sheets_field_inside_a_sentence_is_a_plan():
    text = (
        "Sur son site, Halden Transit affiche désormais la mention « Mise en service prévue : "
        "fin 2025 »."
    )
    assert read.windows(text, language="fr") == [(Y(2025, 9, 1), Y(2025, 12, 31))]


# --- Which date belongs to which phrase ------------------------------------------------------


def test_a_relative_clause_on_the_subject_is_no_part_of_a_fronted_periods_reach():
    text = (
        "L'an prochain, la nouvelle ligne express de nuit Halden qui appartient au groupe "
        "Corvane Motors ouvrira ses portes."
    )
    assert read.windows(text, language="fr") == [(Y(2025, 1, 1), Y(2025, 12, 31))]


def test_a_fronted_period_still_reaches_only_a_short_subject():
    text = (
        "L'an prochain, la nouvelle ligne express de nuit entre le dépôt central et la gare "
        "du nord ouvrira ses portes."
    )
    assert read.windows(text, language="fr") == []


# --- One draft per promise -------------------------------------------------------------------


def test_a_thing_also_done_at_a_time_already_named_is_another_promise():
    text = (
        "Halden Transit will start building its new depot in the fall. The new ticket office "
        "is also scheduled to open in the fall."
    )
    assert read.windows(text) == [(Y(2024, 9, 1), Y(2024, 11, 30))] * 2


def test_the_same_promise_said_again_is_still_one_draft():
    text = (
        "Halden Transit will start building its new depot in the fall. The building of the "
        "new depot is scheduled to start in the fall."
    )
    assert read.windows(text) == [(Y(2024, 9, 1), Y(2024, 11, 30))]


def test_a_goal_an_organisation_sets_itself_is_an_aim():
    text = (
        "Le dépôt est une étape de la stratégie de Halden Transit, qui se fixe une flotte de "
        "400 bus électriques d'ici 2030."
    )
    drafts = read.dated_drafts(text, language="fr")
    assert [(d.end, d.strength) for d in drafts] == [(Y(2030, 12, 31), "aims")]


def test_a_horizon_an_organisation_gives_itself_is_an_aim():
    text = (
        "Le directeur de Halden Transit a présenté le projet en se donnant un horizon de cinq "
        "ans pour électrifier la flotte."
    )
    assert read.windows(text, language="fr") == [(None, Y(2029, 6, 14))]


def test_a_purpose_told_first_dates_the_promise_it_serves():
    text = (
        "Pour électrifier la moitié de sa flotte en 2026, Halden Transit construira un "
        "nouveau dépôt."
    )
    assert read.windows(text, language="fr") == [(Y(2026, 1, 1), Y(2026, 12, 31))]


def test_a_time_inside_another_opening_clause_stays_its_own():
    text = "Selon le bilan publié en 2024, Halden Transit construira un nouveau dépôt."
    assert read.windows(text, language="fr") == []
