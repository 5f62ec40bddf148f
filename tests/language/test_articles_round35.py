"""The thirty-fifth round's rules (docs/article-import.md, "Round 35"). One behaviour per
test; the sentences are invented, in the shape real articles take, and each test fails
without its rule.
"""

from __future__ import annotations

import datetime as dt

from language.articles import split_sentences
from tests.language.article_ledgers import HALDEN_AND_CORVANE, read
from tests.language.article_reading import Reader

Y = dt.date


# --- The page's own day ----------------------------------------------------------------------


def test_a_time_that_begins_on_the_pages_own_day_is_a_deadline():
    # Read on Friday 14 June 2024: what starts that day, or at an hour of it, is promised.
    for text in (
        "Halden Transit said the line will be open again from June 14.",
        "Halden Transit will start running night trains June 14 at 9 p.m.",
    ):
        [draft] = read.dated_drafts(text)
        assert (draft.start, draft.end) == (Y(2024, 6, 14), Y(2024, 6, 14)), text


def test_a_meeting_on_the_pages_own_day_is_still_no_deadline():
    text = "Halden Transit va signer ce vendredi 14 juin le contrat des nouvelles rames."
    assert read.dated_drafts(text, language="fr") == []


# --- Words of an earlier time inside a future ------------------------------------------------


def test_initially_after_will_is_the_plans_first_stage_not_an_earlier_plan():
    for text, language in (
        ("Halden Transit will initially open six stations by 2026.", "en"),
        ("Halden Transit va dans un premier temps ouvrir six stations d'ici 2026.", "fr"),
    ):
        [draft] = read.dated_drafts(text, language=language)
        assert (draft.start, draft.end) == (None, Y(2026, 12, 31)), text


def test_initially_before_the_plan_is_still_an_earlier_plan():
    text = "Halden Transit initially planned to open six stations by 2026."
    assert read.dated_drafts(text) == []


# --- Reported speech in the past -------------------------------------------------------------


def test_the_imperfect_of_intent_after_que_is_the_future_as_seen_then():
    for text in (
        "Halden Transit a annoncé qu'elle allait ouvrir six stations d'ici 2026.",
        "Halden Transit a annoncé que sa filiale comptait ouvrir six stations d'ici 2026.",
    ):
        [draft] = read.dated_drafts(text, language="fr")
        assert (draft.start, draft.end) == (None, Y(2026, 12, 31)), text


def test_the_imperfect_of_intent_told_as_past_is_still_no_promise():
    text = "En 2019, Halden Transit comptait ouvrir six stations d'ici 2027."
    assert read.dated_drafts(text, language="fr") == []


# --- A date set --------------------------------------------------------------------------------


def test_a_date_fixed_for_a_thing_is_its_plan():
    for text, window in (
        ("La mise en service de la ligne est fixée à l'été 2026.", (Y(2026, 6, 1), Y(2026, 8, 31))),
        ("L'ouverture de la station est fixée au 4 juillet.", (Y(2024, 7, 4), Y(2024, 7, 4))),
    ):
        [draft] = read.dated_drafts(
            "Halden Transit a présenté son calendrier.\n\n" + text, language="fr"
        )
        assert (draft.start, draft.end) == window, text


def test_a_french_hour_is_no_half_year():
    text = (
        "Halden Transit a présenté son calendrier.\n\n"
        "L'ouverture de la station est fixée au 4 juillet, entre 23h10 et 1h30."
    )
    [draft] = read.dated_drafts(text, language="fr")
    assert (draft.start, draft.end) == (Y(2024, 7, 4), Y(2024, 7, 4))


# --- On track ------------------------------------------------------------------------------------


def test_on_track_with_its_words_quoted_or_in_french_is_a_commitment():
    for text, language in (
        ('Halden Transit is "on track" to open six stations by 2026.', "en"),
        ("Halden Transit est en bonne voie pour ouvrir six stations d'ici 2026.", "fr"),
    ):
        [draft] = read.dated_drafts(text, language=language)
        assert (draft.start, draft.end) == (None, Y(2026, 12, 31)), text


# --- Who expects it --------------------------------------------------------------------------


def test_a_french_thing_pronoun_with_its_negation_is_still_no_person():
    text = (
        "Halden Transit éteint son vieux réseau.\n\n"
        "Fin décembre 2026, il ne devrait plus y avoir de trains diesel."
    )
    [draft] = read.dated_drafts(text, language="fr")
    assert (draft.start, draft.end) == (Y(2026, 12, 1), Y(2026, 12, 31))


def test_the_impersonal_il_is_no_person_who_expects():
    text = (
        "Halden Transit a présenté son plan.\n\n"
        "Il s'agit de la ligne 4 vers Briffaut, qui devrait ouvrir en 2027."
    )
    [draft] = read.dated_drafts(text, language="fr")
    assert (draft.start, draft.end, draft.promiser_name) == (
        Y(2027, 1, 1),
        Y(2027, 12, 31),
        "Halden Transit",
    )


# --- The French conditional of a plan reported -------------------------------------------------


def test_the_conditional_of_a_verb_of_planning_is_the_subjects_plan():
    for text in (
        "Halden Transit prévoirait d'ouvrir six stations d'ici 2026.",
        "Halden Transit envisagerait d'ouvrir six stations d'ici 2026.",
    ):
        [draft] = read.dated_drafts(text, language="fr")
        assert (draft.start, draft.end) == (None, Y(2026, 12, 31)), text


def test_the_conditional_of_another_verb_is_still_no_promise():
    text = "La nouvelle ligne de Halden Transit permettrait de gagner dix minutes d'ici 2026."
    assert read.dated_drafts(text, language="fr") == []


# --- Sentences -------------------------------------------------------------------------------


def test_etc_before_a_capital_ends_its_sentence():
    text = (
        "Halden Transit achète des rames, des bus, des quais, etc. D'ici 2026, les 40 stations "
        "de la ligne 4 doivent être équipées."
    )
    [draft] = read.dated_drafts(text, language="fr")
    assert (draft.start, draft.end) == (None, Y(2026, 12, 31))
    assert draft.quote.startswith("D'ici 2026")


def test_etc_before_a_lower_case_word_goes_on_with_its_sentence():
    sentences = split_sentences("Des rames, des bus, etc. seront livrés en 2026.")
    assert len(sentences) == 1


# --- Participles that are adjectives ---------------------------------------------------------


def test_a_participle_after_all_or_many_is_an_adjective():
    text = "Halden Transit set a target of full coverage in all populated areas by 2030."
    [draft] = read.dated_drafts(text)
    assert (draft.start, draft.end) == (None, Y(2030, 12, 31))


def test_a_participle_right_after_a_verb_in_ing_qualifies_its_object():
    text = (
        "Halden Transit is preparing a new network and launching tailored fares for "
        "students this year."
    )
    [draft] = read.dated_drafts(text)
    assert (draft.start, draft.end) == (Y(2024, 1, 1), Y(2024, 12, 31))


# --- Idioms of "aller" -----------------------------------------------------------------------


def test_an_idiom_of_aller_is_no_near_future():
    text = "Avant le 5 juillet, les rumeurs vont bon train sur la ligne 4 de Halden Transit."
    assert read.dated_drafts(text, language="fr") == []


def test_aller_with_its_infinitive_is_still_the_near_future():
    text = "Avant le 5 juillet, Halden Transit va ouvrir la ligne 4."
    [draft] = read.dated_drafts(text, language="fr")
    assert (draft.start, draft.end) == (None, Y(2024, 7, 4))


# --- A trend foreseen ----------------------------------------------------------------------------


def test_a_figure_expected_to_rise_or_fall_is_no_promise():
    for text, language in (
        ("Halden Transit a publié ses chiffres. Le trafic devrait baisser en 2025.", "fr"),
        ("Halden Transit published its figures. Ridership should grow rapidly in 2025.", "en"),
    ):
        assert read.dated_drafts(text, language=language) == [], text


def test_an_expectation_to_increase_something_is_still_an_act():
    text = "Halden Transit is expected to increase its fleet to 40 trains by 2026."
    [draft] = read.dated_drafts(text)
    assert (draft.start, draft.end) == (None, Y(2026, 12, 31))


# --- What was announced then ---------------------------------------------------------------------


def test_an_announcement_in_the_imperfect_or_pluperfect_is_an_earlier_plan():
    for text in (
        "L'an dernier, Halden Transit annonçait une ouverture de la ligne à l'été 2026.",
        "Halden Transit avait annoncé une ouverture de la ligne à l'été 2026.",
    ):
        assert read.dated_drafts(text, language="fr") == [], text


def test_an_announcement_in_the_perfect_is_still_the_plan_held():
    text = "Halden Transit a annoncé une ouverture de la ligne à l'été 2026."
    [draft] = read.dated_drafts(text, language="fr")
    assert (draft.start, draft.end) == (Y(2026, 6, 1), Y(2026, 8, 31))


# --- A round repeated until a date ---------------------------------------------------------------


def test_a_round_repeated_until_a_date_is_a_term_not_a_deadline():
    for text, language in (
        ("Halden Transit will run extra trains every week until September.", "en"),
        ("Halden Transit fera rouler des trains de nuit chaque semaine jusqu'en septembre.", "fr"),
    ):
        assert read.dated_drafts(text, language=language) == [], text


def test_a_single_act_until_a_date_still_is_one():
    text = "Halden Transit will not open the line until September."
    [draft] = read.dated_drafts(text)
    assert draft.start == Y(2024, 9, 30)


def test_a_show_on_view_or_a_service_operated_until_a_date_is_a_term():
    for text in (
        "Halden Transit said its old trams will be on view at the depot until October 15.",
        "Halden Transit will operate the line at half capacity until October.",
    ):
        assert read.dated_drafts(text) == [], text


def test_depuis_before_a_place_is_from_there_not_since():
    text = "Halden Transit desservira Briffaut depuis Lyon du 21 juin au 16 septembre."
    [draft] = read.dated_drafts(text, language="fr")
    assert (draft.start, draft.end) == (Y(2024, 6, 21), Y(2024, 9, 16))


# --- Days told in their order ----------------------------------------------------------------

read_on_january_14 = Reader(HALDEN_AND_CORVANE, dt.date(2025, 1, 14))


def test_a_day_after_a_day_to_come_in_its_sentence_is_to_come_too():
    text = (
        "Halden Transit a présenté son calendrier.\n\n"
        "La réouverture est prévue le 31 août pour la station A et le 31 décembre pour la "
        "station B."
    )
    windows = read_on_january_14.windows(text, language="fr")
    assert windows == [(Y(2025, 8, 31), Y(2025, 8, 31)), (Y(2025, 12, 31), Y(2025, 12, 31))]


def test_a_day_just_passed_alone_is_still_the_one_gone_by():
    text = "Halden Transit a présenté son calendrier.\n\nLa station B rouvre le 31 décembre."
    assert read_on_january_14.windows(text, language="fr") == []


# --- A weekday a start is told for ---------------------------------------------------------------


def test_a_start_told_in_its_clause_makes_a_bare_weekday_its_day():
    # Read on Friday 14 June 2024.
    for text, day in (
        ("Halden Transit will start construction of the new depot in Briffaut on Thursday.", 20),
        ("Halden Transit said its new timetable will come into effect on Sunday.", 16),
    ):
        [draft] = read.dated_drafts(text)
        assert (draft.start, draft.end) == (Y(2024, 6, day), Y(2024, 6, day)), text


def test_a_person_starting_a_post_on_a_weekday_is_still_no_promise():
    text = "Halden Transit's new chief executive is due to start his job on Monday."
    assert read.dated_drafts(text) == []


# --- After a season ----------------------------------------------------------------------------


def test_after_a_season_opens_a_window_from_the_day_after_it_ends():
    for text in (
        "Halden Transit lancera après l'été une nouvelle application.",
        "Halden Transit prévoit une livraison des rames après les vacances d'été.",
    ):
        [draft] = read.dated_drafts(text, language="fr")
        assert (draft.start, draft.end) == (Y(2024, 9, 1), None), text


def test_after_a_month_is_still_no_window():
    text = "Halden Transit lancera après juillet une nouvelle application."
    assert read.dated_drafts(text, language="fr") == []


# --- A hope held -----------------------------------------------------------------------------


def test_a_hope_held_as_a_noun_is_an_aim():
    for text in (
        "« Nous avons l'espoir de conclure la vente durant l'été », dit Halden Transit.",
        "Halden Transit a bon espoir de conclure la vente durant l'été.",
    ):
        [draft] = read.dated_drafts(text, language="fr")
        assert (draft.start, draft.end) == (Y(2024, 6, 1), Y(2024, 8, 31)), text
