"""The importer's rules from the tenth round (docs/article-import.md, "Tenth round"), from
the misses of the first batch labelled blind to our conventions: a name right after a
thing's noun names the thing, a connective before a fronted date leaves the date to the
phrase after it, "est censé" / "is supposed to" in the present is an expectation of today
(the past tense is a plan the article tells as superseded), and a few more ways to say a
plan: a date "set for", a reduced relative ("a region, to be opened in"), a French
participle before "cette année", a gerund of promising, and a date whose own words hold the
phrase ("completion date is scheduled for"); then, from the second and third blind batches,
sentences run together or led by a short question, duplicates of an unnamed promiser, events
still to come ("ahead of liftoff in June"), more commitment phrases, clefts, elided
complements and "5G". One behaviour per test; the sentences are invented, in the shape real
articles take.
"""

from __future__ import annotations

import datetime as dt

import pytest

from language.articles import KnownOrganisation
from tests.language.article_reading import Reader

PUBLISHED = dt.date(2024, 6, 14)
ORGS = [KnownOrganisation(1, "Halden Transit"), KnownOrganisation(2, "Corvane Motors")]

read = Reader(ORGS, PUBLISHED)
Y = dt.date


# --- A name right after a thing's noun --------------------------------------------------


def test_a_station_named_after_its_noun_is_the_builders_promise():
    text = (
        "Halden Transit prolonge sa ligne nord.\n\n"
        "La station Porte des Lilas devrait être mise en service en mars 2026."
    )
    [draft] = read.dated_drafts(text, language="fr")
    assert (draft.promiser_name, draft.start, draft.end) == (
        "Halden Transit",
        Y(2026, 3, 1),
        Y(2026, 3, 31),
    )


def test_a_company_named_after_its_noun_is_still_an_outsider():
    text = (
        "Halden Transit prolonge sa ligne nord.\n\n"
        "La société Bramwell devrait livrer les rames en mars 2026."
    )
    assert read.dated_drafts(text, language="fr") == []


# --- A connective before a fronted date --------------------------------------------------


def test_a_date_after_puis_belongs_to_the_commitment_after_it():
    text = (
        "Halden Transit ouvre trois stations.\n\n"
        "Puis, en 2027, Halden Transit va prolonger la ligne."
    )
    [draft] = read.dated_drafts(text, language="fr")
    assert (draft.start, draft.end) == (Y(2027, 1, 1), Y(2027, 12, 31))


def test_a_date_after_then_belongs_to_the_commitment_after_it():
    text = (
        "Corvane Motors opens its plant this month.\n\n"
        "Then, in 2027, Corvane Motors will add a second line."
    )
    [draft] = read.dated_drafts(text)
    assert (draft.start, draft.end) == (Y(2027, 1, 1), Y(2027, 12, 31))


# --- "est censé" and "is supposed to": present and past ----------------------------------


def test_est_cense_in_the_present_is_an_expectation():
    text = "Halden Transit agrandit le dépôt.\n\nLe chantier est censé se terminer en 2026."
    [draft] = read.dated_drafts(text, language="fr")
    assert (draft.end, draft.strength) == (Y(2026, 12, 31), "expects")


def test_etait_cense_is_a_superseded_plan():
    text = "Halden Transit agrandit le dépôt.\n\nLe chantier était censé se terminer en 2026."
    assert read.dated_drafts(text, language="fr") == []


def test_is_supposed_to_in_the_present_is_an_expectation():
    text = "Corvane Motors is building a van plant.\n\nThe plant is supposed to open in 2026."
    [draft] = read.dated_drafts(text)
    assert (draft.promiser_name, draft.strength) == ("Corvane Motors", "expects")


def test_was_supposed_to_is_a_superseded_plan():
    text = "Corvane Motors is building a van plant.\n\nThe plant was supposed to open in 2026."
    assert read.dated_drafts(text) == []


# --- More ways to say a plan ---------------------------------------------------------------


def test_a_date_set_for_a_things_completion_is_a_plan():
    text = "Corvane Motors is building a van plant.\n\nIts completion date is set for March 2027."
    [draft] = read.dated_drafts(text)
    assert (draft.start, draft.end, draft.strength) == (None, Y(2027, 3, 31), "plans")


def test_a_reduced_relative_on_the_thing_announced_is_a_plan():
    text = (
        "Corvane Motors has announced a new plant in Leeds, "
        "to be opened in the second half of 2026."
    )
    [draft] = read.dated_drafts(text)
    assert (draft.start, draft.end) == (Y(2026, 7, 1), Y(2026, 12, 31))


def test_a_reduced_relative_needs_a_participle():
    text = "Corvane Motors has a plan, to be honest about it, for vans in 2026."
    assert read.dated_drafts(text) == []


def test_a_french_participle_before_cette_annee_is_a_plan():
    text = (
        "Halden Transit a ouvert sa ligne.\n\n"
        "Il s'agit de la première des douze ouvertures prévues cette année par Halden Transit."
    )
    [draft] = read.dated_drafts(text, language="fr")
    assert (draft.start, draft.end) == (Y(2024, 1, 1), Y(2024, 12, 31))


def test_a_participle_before_a_day_is_an_event_not_a_plan():
    text = (
        "Halden Transit a ouvert sa ligne. Le prochain point d'étape est prévu le 3 juillet 2024."
    )
    assert read.dated_drafts(text, language="fr") == []


def test_a_gerund_of_promising_takes_the_time_that_opens_its_sentence():
    text = (
        "Halden Transit a ouvert sa ligne.\n\n"
        "À la mi-mars, Halden Transit avait réduit ses ambitions pour 2024, tout en "
        "promettant de doubler ses ouvertures en 2025."
    )
    [draft] = read.dated_drafts(text, language="fr")
    assert (draft.start, draft.stated_on, draft.strength) == (Y(2025, 1, 1), Y(2024, 3, 1), "will")


def test_a_phrase_inside_the_dates_own_words_governs_it():
    text = (
        "Corvane Motors is building a van plant.\n\n"
        "The completion date is scheduled for December 2027."
    )
    [draft] = read.dated_drafts(text)
    assert (draft.end, draft.strength) == (Y(2027, 12, 31), "plans")


# --- Sentences and duplicates ----------------------------------------------------------


def test_a_full_stop_run_into_the_next_sentence_ends_it():
    text = (
        "Corvane Motors is planning a van plant in Leeds.The company revealed the plan "
        "in its Q2 2024 earnings report. The plant is set for completion in H2 2025."
    )
    [draft] = read.dated_drafts(text)
    assert draft.quote == "The plant is set for completion in H2 2025."


def test_a_question_that_leads_into_its_answer_is_one_sentence():
    text = (
        "Halden Transit prolonge sa ligne.\n\nL’objectif ? Parvenir à une mise en service en 2028."
    )
    [draft] = read.dated_drafts(text, language="fr")
    assert (draft.quote, draft.strength) == (
        "L’objectif ? Parvenir à une mise en service en 2028.",
        "aims",
    )


def test_two_promises_of_an_unnamed_promiser_with_one_window_stay_two():
    # Neither names who promises; they share a window, not an object.
    text = (
        "Le chantier de l'école touche à sa fin.\n\n"
        "« Les deux nouvelles classes ne seront investies qu'à la rentrée », précise l'échevin. "
        "« L'inauguration officielle, ce sera en principe en septembre », promet le maïeur."
    )
    drafts = read.dated_drafts(text, language="fr")
    assert [(d.start, d.end) for d in drafts] == [(Y(2024, 9, 1), Y(2024, 9, 30))] * 2


def test_a_half_then_a_deadline_at_its_end_is_one_promise():
    text = (
        "Corvane Motors will begin van production in the second half of 2026 in Leeds.\n\n"
        "Corvane Motors is expected to begin van production in Leeds by the second half of "
        "2026."
    )
    [draft] = read.dated_drafts(text)
    assert (draft.start, draft.end) == (Y(2026, 7, 1), Y(2026, 12, 31))


# --- An event still to come -----------------------------------------------------------


def test_ahead_of_a_launch_dates_a_plan_after_a_past_verb():
    text = (
        "Corvane Motors shipped its first vans to the Paris show on Tuesday ahead of their "
        "launch in September."
    )
    [draft] = read.dated_drafts(text)
    assert (draft.start, draft.end, draft.strength) == (Y(2024, 9, 1), Y(2024, 9, 30), "plans")


def test_ahead_of_schedule_is_no_event():
    text = "Corvane Motors shipped its first vans ahead of schedule in May."
    assert read.dated_drafts(text) == []


def test_a_few_weeks_before_an_opening_dates_it():
    text = (
        "Halden Transit a présenté ses rames, à quelques semaines de l'ouverture, cet automne, "
        "de sa nouvelle ligne."
    )
    [draft] = read.dated_drafts(text, language="fr")
    assert (draft.start, draft.end) == (Y(2024, 9, 1), Y(2024, 11, 30))


# --- More commitment phrases, from the third blind batch -------------------------------


def test_a_plan_for_a_thing_to_be_ready_is_a_plan():
    text = (
        "Corvane Motors launched its first van.\n\n"
        "The company plans for its charging service to be operational by next year."
    )
    [draft] = read.dated_drafts(text)
    assert (draft.end, draft.strength) == (Y(2025, 12, 31), "plans")


def test_moving_quickly_to_begin_is_a_plan():
    text = "“We're moving quickly to begin deploying vans this year,” Corvane Motors said."
    [draft] = read.dated_drafts(text)
    assert (draft.start, draft.end, draft.strength) == (Y(2024, 1, 1), Y(2024, 12, 31), "plans")


def test_wanting_a_thing_to_be_done_is_an_aim():
    text = "Corvane Motors wants 3,000 charge points to be installed by 2030."
    [draft] = read.dated_drafts(text)
    assert (draft.end, draft.strength) == (Y(2030, 12, 31), "aims")


def test_hoped_by_is_a_hope():
    text = (
        "Corvane Motors builds a plant near Leeds. When fully complete — hoped by 2026 — the "
        "plant will employ 2,000 people."
    )
    [draft] = read.dated_drafts(text)
    assert (draft.end, draft.strength) == (Y(2026, 12, 31), "hopes")


def test_devant_with_an_infinitive_is_a_plan():
    text = (
        "Halden Transit lance un appel d'offres, avec une attribution devant intervenir en "
        "septembre."
    )
    [draft] = read.dated_drafts(text, language="fr")
    assert (draft.start, draft.strength) == (Y(2024, 9, 1), "plans")


@pytest.mark.parametrize(
    "text",
    [
        "Halden Transit a présenté ses rames devant la gare en septembre.",
        "Halden Transit a présenté ses rames devant notre rédaction en septembre.",
    ],
)
def test_devant_as_a_place_is_no_plan(text):
    assert read.dated_drafts(text, language="fr") == []


def test_cibler_is_an_aim():
    text = "Halden Transit cible 40 rames en service à partir de 2026."
    [draft] = read.dated_drafts(text, language="fr")
    assert (draft.start, draft.strength) == (Y(2026, 1, 1), "aims")


def test_disponible_before_a_date_is_a_plan():
    text = (
        "Halden Transit présente sa rame, en attendant la version longue disponible courant 2026."
    )
    [draft] = read.dated_drafts(text, language="fr")
    assert (draft.start, draft.end) == (Y(2026, 1, 1), Y(2026, 12, 31))


def test_disclosed_dates_the_promise_it_reports():
    text = "Corvane Motors disclosed on Tuesday that it will open a plant in 2026."
    [draft] = read.dated_drafts(text)
    assert draft.stated_on == Y(2024, 6, 11)


# --- Subjects and fronted dates, from the third blind batch ----------------------------


def test_a_cleft_puts_the_date_first_and_it_is_still_the_plans():
    text = "C'est le 17 juillet prochain qu'Halden Transit prévoit d'ouvrir la ligne."
    [draft] = read.dated_drafts(text, language="fr")
    assert (draft.start, draft.end) == (Y(2024, 7, 17), Y(2024, 7, 17))


def test_a_name_after_an_elided_article_is_a_complement():
    text = (
        "Corvane Motors renouvelle sa gamme.\n\n"
        "La remplaçante de l'A110, qui deviendra électrique, devrait être présentée d'ici à "
        "la fin de l'année 2026."
    )
    [draft] = read.dated_drafts(text, language="fr")
    assert (draft.promiser_name, draft.end) == ("Corvane Motors", Y(2026, 12, 31))


def test_a_network_generation_is_no_one():
    text = (
        "Halden Transit équipe ses gares.\n\n"
        "La 5G devrait être disponible dans toutes les gares avant la fin de l'année."
    )
    [draft] = read.dated_drafts(text, language="fr")
    assert (draft.promiser_name, draft.end) == ("Halden Transit", Y(2024, 12, 31))
