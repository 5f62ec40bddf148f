"""The thirty-seventh round (docs/article-import.md, "Round 37"): rules written from the first
reading of a batch no rule was tuned on (dev-blind54's articles) and from the statements a
page dates by the occasion they were made at. One behaviour per test; the sentences are
invented, in the shape real articles take, and each test fails without its rule.
"""

from __future__ import annotations

import datetime as dt

from tests.language.article_ledgers import read

Y = dt.date


# --- When it was said: the occasion a statement was made at --------------------------------


def test_an_occasion_named_with_its_year_dates_the_target_set_there():
    text = (
        "At its 2021 capital markets day, Halden Transit set a target of 400 electric buses "
        "by 2027."
    )
    assert read.dated(text) == [(None, Y(2027, 12, 31), Y(2021, 1, 1))]


def test_an_occasion_named_with_its_month_dates_what_was_said_there():
    for text, language in (
        (
            "At its capital markets day in March 2022, Halden Transit set a target of 400 "
            "electric buses by 2027.",
            "en",
        ),
        (
            "At an investor gathering in March 2022, the chief executive of Halden Transit "
            "maintained that the new depot will open in the fall of 2025.",
            "en",
        ),
        (
            "Halden Transit a promis lors du salon Eurobus en mars 2022 400 bus électriques "
            "d'ici 2027.",
            "fr",
        ),
    ):
        stated = [d.stated_on for d in read.dated_drafts(text, language=language)]
        assert stated == [Y(2022, 3, 1)], text


def test_an_occasion_last_month_dates_what_was_said_there():
    text = (
        "At an investor gathering last month, Halden Transit's chief executive maintained that "
        "the new depot will open in the fall of 2025."
    )
    assert read.dated(text) == [(Y(2025, 9, 1), Y(2025, 11, 30), Y(2024, 5, 1))]


def test_an_occasion_still_to_come_dates_nothing():
    text = "At the Eurobus show in March 2025, Halden Transit will unveil its new bus by June."
    assert [d.stated_on for d in read.dated_drafts(text)] == [Y(2024, 6, 14)]


# --- Who said it: "added" as a verb of saying, not as joining ---------------------------------


def test_a_route_being_added_on_a_day_is_a_timetable_not_a_time_of_speech():
    text = (
        "Halden Transit will open its line to Corby on October 27, with Kettering and "
        "Wellingborough being added on December 9."
    )
    assert read.dated(text) == [
        (Y(2024, 10, 27), Y(2024, 10, 27), Y(2024, 6, 14)),
        (Y(2024, 12, 9), Y(2024, 12, 9), Y(2024, 6, 14)),
    ]


# --- Which date: "respectively" and a range ----------------------------------------------------


def test_respectively_elsewhere_does_not_split_a_range_opened_by_from():
    text = (
        "Halden Transit will run the buses to Corby and Kettering, the two towns of the county "
        "respectively, from October 7, 2024 to December 8, 2024."
    )
    assert read.windows(text) == [(Y(2024, 10, 7), Y(2024, 12, 8))]


# --- Finding a commitment: French plans without a verb of planning -----------------------------


def test_an_action_being_prepared_is_a_plan():
    text = "Halden Transit prépare le lancement de sa ligne de nuit pour 2025."
    assert read.found(text, language="fr") == [(Y(2025, 1, 1), Y(2025, 12, 31), "Halden Transit")]


def test_vehicles_deliverable_from_a_year_are_due_then():
    text = (
        "Halden Transit a annoncé une commande ferme de 31 bus : 16 Citea et 15 Urbino "
        "livrables à partir de 2027."
    )
    assert read.windows(text, language="fr") == [(Y(2027, 1, 1), Y(2027, 12, 31))]


# --- One draft per promise: a period narrowed right after it ---------------------------------


def test_a_period_narrowed_right_after_a_comma_is_one_promise():
    text = (
        "Halden Transit prépare le lancement de sa ligne de nuit pour l'an prochain, entre mai "
        "et septembre 2025, selon un document interne."
    )
    assert read.windows(text, language="fr") == [(Y(2025, 5, 1), Y(2025, 9, 30))]


def test_two_periods_of_one_sentence_not_set_side_by_side_stay_two():
    text = (
        "Halden Transit ouvrira son dépôt en 2025 et sa ligne de nuit entre mai et septembre 2025."
    )
    assert read.windows(text, language="fr") == [
        (Y(2025, 1, 1), Y(2025, 12, 31)),
        (Y(2025, 5, 1), Y(2025, 9, 30)),
    ]


# --- What is not a promise: a plan told as it stood when its first step was still ahead ------


def test_a_plan_whose_first_step_has_passed_is_the_plan_as_it_stood_then():
    text = (
        "Plans for the new depot were approved by Halden Transit's board in 2019, with work "
        "set to begin in 2021 and be completed by 2025."
    )
    assert read.dated_drafts(text) == []


def test_a_plan_whose_first_step_is_this_year_still_holds():
    text = "Halden Transit's work on the depot is set to begin in 2024 and be completed by 2026."
    # Since the forty-seventh round the start and the day the work is done by are one promise
    # (`extract._started_then_done_by`): still drafted, as one window.
    assert read.windows(text) == [(Y(2024, 1, 1), Y(2026, 12, 31))]


# --- What is not a promise, and what is: reports confirmed, counts of what remains ------------


def test_earlier_reports_the_organisation_confirms_are_its_own_word():
    text = (
        "Halden Transit has confirmed earlier reports that its new depot will not open in "
        "2025, but will be delayed until 2026."
    )
    assert read.windows(text) == [(Y(2026, 1, 1), Y(2026, 12, 31))]


def test_earlier_reports_alone_are_still_the_press_word():
    text = "According to earlier reports, Halden Transit will open its new depot in 2026."
    assert read.dated_drafts(text) == []


def test_a_count_of_what_is_left_at_a_date_is_no_past_verb():
    text = (
        "Halden Transit said that it would have 220 buses left at the end of June 2025, "
        "compared to 290 today."
    )
    assert read.windows(text) == [(Y(2025, 6, 1), Y(2025, 6, 30))]


# --- Finding a commitment: an aim held in the future, a deal to act ----------------------------


def test_an_aim_it_will_have_is_an_aim():
    text = "Halden Transit indique qu'il aura un objectif de ponctualité de 95 % en 2030."
    assert read.windows(text, language="fr") == [(Y(2030, 1, 1), Y(2030, 12, 31))]


def test_a_french_agreement_to_act_is_a_commitment():
    text = (
        "Halden Transit a passé un accord avec le constructeur Corvane Motors pour repousser "
        "à 2027 la livraison de 22 bus."
    )
    assert read.windows(text, language="fr") == [(Y(2027, 1, 1), Y(2027, 12, 31))]


def test_an_aim_with_an_adjective_before_its_colon_is_an_aim():
    text = (
        "Halden Transit lance sa ligne de nuit. Un projet qui a pris du retard mais à "
        "l'objectif ambitieux : un million de voyageurs d'ici à 2027."
    )
    assert read.windows(text, language="fr") == [(None, Y(2027, 12, 31))]


# --- Which date: a past verb inside a closed aside ---------------------------------------------


def test_a_past_verb_inside_an_aside_between_dashes_blocks_nothing():
    text = (
        "Halden Transit intends to hand the depot over to Corvane Motors — the nonprofit "
        "development corporation formed to own and operate the depot — at the end of August."
    )
    assert read.windows(text) == [(Y(2024, 8, 1), Y(2024, 8, 31))]


def test_a_past_verb_outside_an_aside_still_blocks():
    text = "Halden Transit intends to hand over the depot it built at the end of August."
    assert read.dated_drafts(text) == []


def test_a_participle_a_verb_of_seeing_takes_before_its_date_is_no_past_verb():
    text = (
        "Halden Transit devrait voir son premier bus électrique officiellement livré le 28 ou "
        "29 août 2024."
    )
    assert read.windows(text, language="fr") == [(Y(2024, 8, 28), Y(2024, 8, 29))]
