"""The thirty-sixth round (docs/article-import.md, "Round 36"). One behaviour per test; the
sentences are invented, in the shape real articles take, and each test fails without its
rule.
"""

from __future__ import annotations

import datetime as dt

from tests.language.article_ledgers import read, read_in_october

Y = dt.date


# --- The day a page known only to its month tells its news -----------------------------------


def test_the_present_of_an_announcement_with_its_day_dates_a_page_of_that_month():
    for text in (
        "Halden Transit annonce, mercredi 9 octobre 2024, la commande de douze rames. "
        "La première rame devrait arriver en 2026.",
        "Halden Transit annonce mercredi 9 octobre la commande de douze rames. "
        "La première rame devrait arriver en 2026.",
    ):
        assert read_in_october.dated(text, published_precision="month") == [
            (Y(2026, 1, 1), Y(2026, 12, 31), Y(2024, 10, 9))
        ], text


def test_a_project_made_public_on_a_day_dates_a_page_of_that_month():
    for text, language in (
        (
            "Le projet de Halden Transit rendu public lundi 7 octobre lors d'un salon va "
            "compléter le réseau à l'horizon 2028.",
            "fr",
        ),
        (
            "Halden Transit's depot plan, made public on Monday, October 7, is expected to "
            "be completed by 2028.",
            "en",
        ),
    ):
        assert read_in_october.dated(text, published_precision="month", language=language) == [
            (None, Y(2028, 12, 31), Y(2024, 10, 7))
        ], text


def test_a_day_to_come_after_the_announcement_word_still_dates_nothing():
    text = (
        "L'annonce du tracé est attendue le 28 octobre prochain. "
        "La ligne de Halden Transit devrait ouvrir en 2027."
    )
    assert [
        d.stated_on for d in read_in_october.dated_drafts(text, published_precision="month")
    ] == [Y(2024, 10, 1)]


# --- A move with a longer object ------------------------------------------------------------


def test_a_move_reaches_its_new_date_past_an_object_of_up_to_eight_words():
    text = (
        "Corvane Motors said it had delayed the launch of its first two electric saloons "
        "to the first week of September."
    )
    assert read.windows(text) == [(Y(2024, 9, 1), Y(2024, 9, 7))]


def test_a_move_from_one_date_to_another_still_gives_the_new_one_only():
    text = (
        "Halden Transit said it will need to push back the original opening date from June "
        "2025 to the autumn of 2025."
    )
    assert read.windows(text) == [(Y(2025, 9, 1), Y(2025, 11, 30))]


# --- An action announced ----------------------------------------------------------------------


def test_a_sale_a_setting_up_or_a_siting_announced_is_an_announced_action():
    for text, window in (
        (
            "La maison-mère de Halden Transit a annoncé la cession « avant la fin de l'année » "
            "de sa participation dans le dépôt de Briffaut.",
            (None, Y(2024, 12, 31)),
        ),
        (
            "Halden Transit a confirmé la mise en place d'une ligne de nuit d'ici septembre.",
            (None, Y(2024, 9, 30)),
        ),
        (
            "Corvane Motors annonce l'implantation d'une usine de batteries en 2027.",
            (Y(2027, 1, 1), Y(2027, 12, 31)),
        ),
    ):
        assert read.windows(text, language="fr") == [window], text


# --- An aim whose owner is an adjective -------------------------------------------------------


def test_an_aim_told_with_an_adjective_of_its_owner_is_an_aim():
    for text in (
        "Halden Transit s'inscrit dans l'objectif régional du million de trajets en "
        "tramway par an d'ici à 2027.",
        "Halden Transit partage l'ambition européenne de doubler le fret ferroviaire d'ici à 2027.",
    ):
        assert read.windows(text, language="fr") == [(None, Y(2027, 12, 31))], text


# --- A stage of a thing as the subject ----------------------------------------------------------


def test_a_capitalised_stage_of_a_thing_is_no_outsider_who_expects():
    text = (
        "Halden Transit is building a new depot. The 12-track Phase Two is under construction "
        "and is expected to open in the third quarter of 2025."
    )
    assert read.windows(text) == [(Y(2025, 7, 1), Y(2025, 9, 30))]


# --- The source set before the subject ----------------------------------------------------------


def test_a_source_set_before_the_subject_is_not_the_subject_that_expects():
    text = (
        "Le nouveau dépôt de Halden Transit est en chantier. Selon les autorités locales, il "
        "devrait être complètement opérationnel en mars 2025."
    )
    assert read.windows(text, language="fr") == [(Y(2025, 3, 1), Y(2025, 3, 31))]


def test_an_analyst_named_as_the_source_still_makes_no_promise():
    text = "Selon les analystes, Halden Transit devrait ouvrir la ligne en mars 2025."
    assert read.windows(text, language="fr") == []


# --- "annonce" as a verb before its time --------------------------------------------------------


def test_annonce_with_a_time_before_what_is_announced_is_the_verb_not_the_noun():
    for text in (
        "Halden Transit ouvre une ligne. La société annonce aujourd'hui que la ligne sera "
        "ouverte au public le 3 septembre.",
        "Halden Transit ouvre une ligne. La société annonce, mardi 11 juin, que la ligne sera "
        "ouverte au public le 3 septembre.",
    ):
        assert read.windows(text, language="fr") == [(Y(2024, 9, 3), Y(2024, 9, 3))], text


def test_the_announcement_as_the_subject_is_still_an_event():
    text = "L'annonce officielle du tracé de Halden Transit interviendra le 3 septembre."
    assert read.windows(text, language="fr") == []


# --- A plan given up is no promise to draft --------------------------------------------------


def test_a_date_the_text_says_was_given_up_is_not_drafted():
    # The day given up was drafted as a promise; the new day is read by the rules for moves.
    text = (
        "Halden Transit's depot opening that was originally scheduled for November 19th has "
        "been reset to December 5, 2024."
    )
    assert Y(2024, 11, 19) not in [start for start, _, _ in read_in_october.dated(text)]
    assert read_in_october.dated(
        "L'ouverture du dépôt de Halden Transit, qui était initialement prévue le 19 novembre, "
        "a été reportée au 5 décembre.",
        language="fr",
    ) == [(Y(2024, 12, 5), Y(2024, 12, 5), Y(2024, 10, 1))]
