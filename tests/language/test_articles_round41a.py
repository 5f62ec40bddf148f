"""The forty-first round, first pass (docs/article-import.md, "Round 41"): rules written from
the first reading of dev-blind80's articles. One behaviour per test; the sentences are
invented, in the shape real articles take, and each test fails without its rule.
"""

from __future__ import annotations

import datetime as dt

from tests.language.article_ledgers import read

Y = dt.date


# --- The page ------------------------------------------------------------------------------


def test_the_title_repeated_under_a_kicker_is_a_headline():
    title = "Halden Transit is expanding its depot, aiming for forty electric buses by 2027."
    text = (
        f"Update: {title}\n\n"
        "Halden Transit is expanding its north depot, aiming to run forty electric buses by "
        "January 2027, its chief said."
    )
    assert read.windows(text, title=title) == [(None, Y(2027, 1, 31))]


# --- When it was said ----------------------------------------------------------------------


def test_a_digest_item_closed_by_its_source_and_day_was_said_that_day():
    text = (
        "Recent investment news\n\n"
        "  • Buses: Halden Transit plans to open a new depot in the north by the end of next "
        "year. (Valley Courier, May 20, 2024)\n"
        "  • Cars: Corvane Motors plans to add twelve showrooms over the next three years. "
        "(Motor Weekly, May 2, 2024)"
    )
    assert read.dated(text) == [
        (None, Y(2025, 12, 31), Y(2024, 5, 20)),
        (None, Y(2027, 5, 2), Y(2024, 5, 2)),
    ]


def test_a_source_cited_more_than_a_year_before_the_page_dates_nothing():
    text = (
        "Halden Transit plans to open a new depot in the north by 2026. "
        "(Valley Courier, May 20, 2022)"
    )
    assert read.dated(text) == [(None, Y(2026, 12, 31), Y(2024, 6, 14))]


# --- Finding a commitment ----------------------------------------------------------------


def test_the_aim_told_as_le_but_est_de():
    text = "« Le but est de passer à quarante bus électriques d'ici 2027 », dit Halden Transit."
    assert read.windows(text, language="fr") == [(None, Y(2027, 12, 31))]


def test_a_hope_with_that_left_out():
    text = "Halden Transit hopes the north depot can reopen within six months."
    assert read.windows(text) == [(None, Y(2024, 12, 14))]


def test_the_plan_is_for_it_to_be_done():
    text = "The plan is for the north depot to be finished by September, Halden Transit said."
    assert read.windows(text) == [(None, Y(2024, 9, 30))]


def test_what_the_schedule_sets_told_in_the_present():
    text = (
        "Selon le calendrier du projet, Halden Transit entre dans la phase des travaux cette année."
    )
    assert read.windows(text, language="fr") == [(Y(2024, 1, 1), Y(2024, 12, 31))]
    text = "According to the timetable, Halden Transit starts the works on the depot in 2025."
    assert read.windows(text) == [(Y(2025, 1, 1), Y(2025, 12, 31))]


def test_the_schedule_named_inside_the_sentence_makes_no_plan():
    text = "Halden Transit a annoncé vendredi la reprise, selon le calendrier établi, cet hiver."
    assert read.windows(text, language="fr") == []


def test_a_time_considered_as_the_plan_in_hand():
    text = "La mise en service du dépôt de Halden Transit n'est toutefois pas envisagée avant 2030."
    assert read.windows(text, language="fr") == [(Y(2030, 12, 31), None)]
    text = "Le dépôt de Halden Transit, qui était envisagé pour la fin 2023, ouvrira plus tard."
    assert read.windows(text, language="fr") == []


def test_the_date_announced_before_the_action():
    text = (
        "Halden Transit a annoncé pour la fin de l'an prochain, l'entrée en service de son "
        "premier dépôt électrique."
    )
    assert read.windows(text, language="fr") == [(Y(2025, 9, 1), Y(2025, 12, 31))]


# --- What is not a promise -----------------------------------------------------------------


def test_a_sum_a_study_forecasts_is_no_promise():
    text = (
        "Halden Transit and the valley's other operators will invest US$400mn through 2030 "
        "in new depots, according to a study by the regional transport board."
    )
    assert read.windows(text) == []


def test_a_hall_named_for_the_feasts_is_no_date():
    text = "Halden Transit doit aussi rénover la salle des fêtes de l'hôtel de ville."
    assert read.windows(text, language="fr") == []
    text = "Halden Transit ouvrira le dépôt avant les fêtes."
    assert read.windows(text, language="fr") == [(None, Y(2024, 11, 30))]


def test_an_action_dated_between_commas_after_a_past_verb_is_past():
    # On a page of 10 January, "le 3 octobre" told by "a lancé" is the October gone by.
    text = "Halden Transit a lancé, le 3 octobre, la construction du dépôt nord."
    assert read.windows(text, Y(2026, 1, 10), language="fr") == []
    text = "Halden Transit a confirmé le calendrier : en 2027, ouverture du dépôt nord."
    assert read.windows(text, Y(2026, 1, 10), language="fr") == [(Y(2027, 1, 1), Y(2027, 12, 31))]
