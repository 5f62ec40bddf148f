"""Which phrases commit (docs/article-import.md): aims, plans, hopes and expectations told by
their words in English and French (a target, an objective, "due", "est censé", "devant",
"cibler", an announcement told by its infinitive, getting ready to act, the next step),
reported speech that goes on into the next sentence, and the events organisers put on. One
behaviour per test; the sentences are invented, in the shape real articles take.
"""

from __future__ import annotations

import datetime as dt

import pytest

from language.articles import KnownOrganisation
from language.deadlines import find_deadlines
from tests.language.article_ledgers import (
    OCTOBER_1,
    read,
    read_brenmoor,
    read_in_october,
    read_on_june_1,
    read_pharma_yards_and_lumeo,
    read_transit_yards_and_lumeo,
)
from tests.language.article_reading import Reader

Y = dt.date


# --- Aims and targets ----------------------------------------------------------------------------


def test_a_target_for_a_thing_is_an_aim():
    [draft] = read.dated_drafts("Halden Transit says its target for certification is by June 2025.")
    assert (draft.strength, draft.end) == ("aims", Y(2025, 6, 30))


def test_a_target_named_with_two_words_is_an_aim():
    text = "Halden Transit has a fleet electrification target of 400 buses by 2028."
    [draft] = read.dated_drafts(text)
    assert (draft.strength, draft.start, draft.end) == ("aims", None, Y(2028, 12, 31))


def test_a_goal_after_an_is_an_aim():
    text = "Halden Transit has set an internal goal to electrify its buses by 2032."
    assert read_on_june_1.found(text) == [(None, Y(2032, 12, 31), "Halden Transit")]


def test_avec_un_objectif_de_is_an_aim():
    text = (
        "La production de Lumeo a doublé sur le site de Vierzon, avec un objectif de 50 000 "
        "pièces d'ici la fin de l'année."
    )
    found = read_pharma_yards_and_lumeo.dated_drafts(text, language="fr")
    assert [(d.end, d.strength) for d in found] == [(Y(2024, 12, 31), "aims")]


def test_nous_voulons_in_a_quote_is_an_aim():
    text = "« Nous voulons ouvrir 40 stations d'ici deux ans », a indiqué Halden Transit."
    [draft] = read.dated_drafts(text, language="fr")
    assert (draft.start, draft.strength) == (None, "aims")


def test_openings_au_programme_are_a_plan():
    text = "D'ici la fin de l'année, deux ouvertures de Halden Transit sont également au programme."
    [draft] = read.dated_drafts(text, language="fr")
    assert (draft.end, draft.strength) == (Y(2024, 12, 31), "plans")


def test_aurait_with_a_thing_after_a_promise_is_the_promise():
    text = "La ministre a promis que Halden Transit aurait ses 40 rames en service en 2026."
    [draft] = read.dated_drafts(text, language="fr")
    assert (draft.start, draft.end) == (Y(2026, 1, 1), Y(2026, 12, 31))
    # Before a participle it is a past conditional: "aurait dû".
    said = "La ministre a dit que Halden Transit aurait dû ouvrir la ligne en 2026."
    assert read.dated_drafts(said, language="fr") == []


def test_a_launch_delayed_by_a_margin_to_a_date_is_moved_to_it():
    text = (
        "Officials have delayed the Halden Transit launch of the new shuttle line by 24 hours "
        "to no earlier than Friday, June 21."
    )
    [draft] = read.dated_drafts(text)
    assert (draft.start, draft.end) == (Y(2024, 6, 21), None)


def test_cibler_is_an_aim():
    text = "Halden Transit cible 40 rames en service à partir de 2026."
    [draft] = read.dated_drafts(text, language="fr")
    assert (draft.start, draft.strength) == (Y(2026, 1, 1), "aims")


def test_wanting_a_thing_to_be_done_is_an_aim():
    text = "Corvane Motors wants 3,000 charge points to be installed by 2030."
    [draft] = read.dated_drafts(text)
    assert (draft.end, draft.strength) == (Y(2030, 12, 31), "aims")


def test_an_aim_that_remains_is_an_aim_in_french():
    text = (
        "Halden Transit a pris du retard sur le chantier du dépôt. "
        "Mais l'objectif reste toujours d'ouvrir la ligne en 2027."
    )
    [draft] = read.dated_drafts(text, language="fr")
    assert (draft.promiser_name, draft.strength, draft.start, draft.end) == (
        "Halden Transit",
        "aims",
        Y(2027, 1, 1),
        Y(2027, 12, 31),
    )


def test_an_aim_that_remains_is_an_aim_in_english():
    text = "Halden Transit's goal remains to open the line in 2027."
    [draft] = read.dated_drafts(text)
    assert (draft.promiser_name, draft.strength, draft.end) == (
        "Halden Transit",
        "aims",
        Y(2027, 12, 31),
    )


def test_an_aim_cut_by_its_words_of_saying_is_an_aim_in_french():
    text = (
        "Halden Transit revoit son réseau. "
        '"L\'objectif", précise Anne Morel, la directrice de Halden Transit, est "de doubler '
        "la fréquentation d'ici 2028\"."
    )
    assert read_on_june_1.found(text) == [(None, Y(2028, 12, 31), "Halden Transit")]


def test_an_aim_cut_by_its_words_of_saying_is_an_aim_in_english():
    text = (
        'Halden Transit is reshaping its network. "The goal," said Anne Morel, its chief '
        'executive, "is to double ridership by 2028."'
    )
    assert read_on_june_1.windows(text) == [(None, Y(2028, 12, 31))]


def test_a_policy_set_to_reach_a_goal_is_an_aim_in_french():
    text = (
        "Le transporteur, qui a adopté une stratégie climatique pour réduire de moitié ses "
        "émissions d'ici 2030, ouvrira aussi deux dépôts."
    )
    assert read_in_october.windows(text, language="fr") == [(None, Y(2030, 12, 31))]


def test_a_programme_aimed_at_an_action_is_an_aim_in_french():
    text = (
        "Halden Transit a annoncé un plan de 80 millions d'euros visant à moderniser ses "
        "dépôts, en équipant toutes ses lignes de bus électriques d'ici 2027."
    )
    [draft] = read_in_october.dated_drafts(text)
    assert (draft.strength, draft.end) == ("aims", Y(2027, 12, 31))


# --- Plans: the words that say one ---------------------------------------------------------------


def test_due_without_its_verb_still_commits_the_thing_it_follows():
    text = "Halden Transit opened nine platforms this week, with four more due by early 2027."
    [draft] = read.dated_drafts(text)
    assert (draft.promiser_name, draft.start, draft.end) == ("Halden Transit", None, Y(2027, 4, 30))


def test_an_anticipated_completion_date_is_a_deadline():
    text = "Halden Transit gives the depot an anticipated completion date of December 2025."
    [draft] = read.dated_drafts(text)
    assert (draft.start, draft.end) == (None, Y(2025, 12, 31))


def test_anticipated_to_is_read_like_expected_to():
    text = "Lumeo said the depot is anticipated to be completed in late 2026."
    assert read_transit_yards_and_lumeo.windows(text) == [(Y(2026, 9, 1), Y(2026, 12, 31))]


def test_projete_pour_is_read_like_prevu_pour():
    text = "Le nouveau dépôt de Lumeo est projeté pour 2027, selon l'entreprise."
    assert read_transit_yards_and_lumeo.windows(text, language="fr") == [
        (Y(2027, 1, 1), Y(2027, 12, 31))
    ]


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


def test_a_meeting_planned_for_a_day_is_an_event_not_a_plan():
    text = (
        "Halden Transit a ouvert sa ligne. Le prochain point d'étape est prévu le 3 juillet 2024."
    )
    assert read.dated_drafts(text, language="fr") == []


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


def test_disponible_before_a_date_is_a_plan():
    text = (
        "Halden Transit présente sa rame, en attendant la version longue disponible courant 2026."
    )
    [draft] = read.dated_drafts(text, language="fr")
    assert (draft.start, draft.end) == (Y(2026, 1, 1), Y(2026, 12, 31))


def test_getting_ready_to_act_is_a_plan_in_french_as_in_english():
    text = (
        "Corvane Motors s'apprête à ouvrir une usine à Lyon dès fin 2025, puis une autre à "
        "Lille en 2026."
    )
    assert read_on_june_1.windows(text) == [
        (Y(2025, 9, 1), Y(2025, 12, 31)),
        (Y(2026, 1, 1), Y(2026, 12, 31)),
    ]


def test_a_date_followed_by_which_is_the_plan_is_a_plan():
    text = (
        "Halden Transit rebuilds its depot. "
        "Getting the depot finished by Dec. 15, which is the plan, would free six tracks."
    )
    [draft] = read.dated_drafts(text)
    assert (draft.promiser_name, draft.strength, draft.end) == (
        "Halden Transit",
        "plans",
        Y(2024, 12, 15),
    )


def test_a_french_date_followed_by_cest_lobjectif_is_a_plan():
    text = "Halden Transit rénove son dépôt. Le finir d'ici 2026, c'est l'objectif."
    assert read.windows(text, language="fr") == [(None, Y(2026, 12, 31))]


def test_the_next_step_named_with_its_date_is_a_plan():
    text = (
        "Halden Transit a mis en service 40 rames cette année. "
        "Prochaine étape : 60 rames en circulation d'ici la fin 2025."
    )
    [draft] = read.dated_drafts(text, language="fr")
    assert (draft.promiser_name, draft.strength, draft.end) == (
        "Halden Transit",
        "plans",
        Y(2025, 12, 31),
    )


def test_the_next_step_in_english_is_a_plan_too():
    text = "Halden Transit opened its first depot this spring. Next step: a second depot in 2026."
    [draft] = read.dated_drafts(text)
    assert (draft.promiser_name, draft.end) == ("Halden Transit", Y(2026, 12, 31))


def test_a_plans_later_stages_to_be_done_by_a_date_are_a_promise():
    text = (
        "Halden Transit's first depot opened this spring, with the remaining phases to be "
        "finished by the end of 2026."
    )
    assert read_in_october.windows(text) == [(None, Y(2026, 12, 31))]


def test_on_track_and_targeted_for_a_date_is_a_promise():
    text = (
        "With the foundations poured, the second phase of Halden Transit's depot remains on "
        "track and targeted for the second quarter of 2026."
    )
    assert read_in_october.found(text) == [(Y(2026, 4, 1), Y(2026, 6, 30), "Halden Transit")]


def test_the_future_perfect_of_an_irregular_verb_is_a_promise_in_french():
    text = "D'ici mars 2026, le nouveau quai aura atteint sa longueur définitive."
    assert read_in_october.windows(text, language="fr") == [(None, Y(2026, 3, 31))]


def test_an_announcement_told_by_its_infinitive_is_a_promise_in_french():
    text = "Halden Transit annonce fermer son dépôt de Brême d'ici 2026."
    assert read_in_october.found(text, language="fr") == [(None, Y(2026, 12, 31), "Halden Transit")]


def test_an_announcement_told_by_its_infinitive_past_an_adverb_is_a_promise_in_french():
    text = (
        "Halden Transit prépare sa ligne du port. L'opérateur historique annonce même être en "
        "mesure d'ouvrir la ligne le 18 novembre."
    )
    assert read_in_october.found(text, language="fr") == [
        (Y(2024, 11, 18), Y(2024, 11, 18), "Halden Transit")
    ]


def test_a_plan_announced_with_the_years_it_runs_over_is_a_plan():
    text = "Halden Transit annonce aujourd'hui un nouveau plan d'investissement sur cinq ans."
    assert read_in_october.found(text, language="fr") == [(None, Y(2029, 10, 1), "Halden Transit")]
    text = "Corvane Motors today unveiled a new investment plan over four years."
    [draft] = read_in_october.dated_drafts(text)
    assert (draft.end, draft.strength) == (Y(2028, 10, 1), "plans")


def test_an_announcement_in_the_perfect_told_by_its_infinitive_is_a_promise_in_french():
    text = "Corvane Motors a annoncé construire une usine de batteries en 2027."
    assert read_in_october.found(text, language="fr") == [
        (Y(2027, 1, 1), Y(2027, 12, 31), "Corvane Motors")
    ]


def test_commitments_or_agreements_signed_to_do_something_are_a_promise():
    text = "Thirty retailers have signed either commitments or supplier agreements to cut waste."
    [draft] = read_in_october.drafts(text)
    assert draft.strength == "will"


# --- Expectations and hopes ----------------------------------------------------------------------


def test_a_present_passive_expected_with_its_time_is_an_expectation():
    text = (
        "Halden Transit reopened its depot on Friday. Extra evening trains are expected next week."
    )
    assert read.windows(text) == [(Y(2024, 6, 17), Y(2024, 6, 23))]
    # Said in the past, it is a plan overtaken.
    text = "Halden Transit reopened its depot on Friday. Extra trains were expected in May."
    assert read.windows(text) == []


def test_anticipates_is_an_expectation():
    text = "Halden Transit anticipates the next phase of works to be completed by September."
    [draft] = read.dated_drafts(text)
    assert (draft.strength, draft.end) == ("expects", Y(2024, 9, 30))


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


def test_hoped_by_is_a_hope():
    text = (
        "Corvane Motors builds a plant near Leeds. When fully complete — hoped by 2026 — the "
        "plant will employ 2,000 people."
    )
    [draft] = read.dated_drafts(text)
    assert (draft.end, draft.strength) == (Y(2026, 12, 31), "hopes")


def test_hopes_that_with_a_conditional_is_a_hope():
    text = "Halden Transit currently hopes that its harbour line would be running by next year."
    [draft] = read.dated_drafts(text)
    assert (draft.end, draft.strength) == (Y(2025, 12, 31), "hopes")


def test_set_to_come_online_in_a_caption_is_a_promise():
    text = "Halden Transit's new depot in Brell, set to come fully online this year."
    assert read.found(text) == [(Y(2024, 1, 1), Y(2024, 12, 31), "Halden Transit")]


def test_the_hedge_of_one_stage_does_not_reach_the_next_in_french():
    text = (
        "Le chantier du dépôt de Halden Transit va se faire en trois étapes : une démolition qui "
        "pourrait commencer en 2025, un début des travaux pour 2026 et une mise en service "
        "prévue pour 2028."
    )
    assert (Y(2026, 1, 1), Y(2026, 12, 31)) in read_in_october.windows(text, language="fr")
    assert (Y(2025, 1, 1), Y(2025, 12, 31)) not in read_in_october.windows(text, language="fr")


def test_the_time_hoped_for_an_action_is_a_promise_in_french():
    text = (
        "Halden Transit prévoit un chantier court et une ouverture du dépôt espérée au "
        "printemps 2027."
    )
    assert read_in_october.windows(text, language="fr") == [(Y(2027, 3, 1), Y(2027, 5, 31))]


def test_a_thing_hoped_for_is_no_promise_in_french():
    text = "Halden Transit commande six rames, dont la première espérée dès 2027, a-t-on appris."
    assert read_in_october.dated_drafts(text, language="fr") == []


# --- Reported speech that goes on into the next sentence -----------------------------------------


def test_would_in_the_sentence_after_reported_speech_is_the_speakers_promise():
    text = (
        "Brenmoor Kali Mining executives told shareholders on Tuesday that the permit was "
        "close. Digging would begin in the first half of 2026."
    )
    assert read_brenmoor.dated(text) == [(Y(2026, 1, 1), Y(2026, 6, 30), Y(2025, 3, 4))]


def test_would_after_a_sentence_of_the_writers_own_is_no_promise():
    text = (
        "Brenmoor Kali Mining opened its first shaft in 2019. Digging would begin in the "
        "first half of 2026."
    )
    assert read_brenmoor.dated(text) == []


def test_would_after_what_analysts_said_is_no_promise():
    text = (
        "Analysts told the Courier that Brenmoor Kali Mining was short of cash. A sale of the "
        "shaft would bring in money by the end of 2026."
    )
    assert read_brenmoor.dated(text) == []


# --- What organisers put on, and a list of what opens in a coming time ---------------------------


def test_the_new_dates_of_postponed_shows_are_their_organisers_plan():
    text = (
        "The Halden Boat Show and the Bremen Fair were postponed to 2026. The events will now "
        "be held at the Messe on 12-14 April 2026."
    )
    assert (Y(2026, 4, 12), Y(2026, 4, 14)) in read_in_october.windows(text)


def test_an_edition_of_a_fair_held_on_its_dates_is_a_plan_in_french():
    text = "La 12e édition du salon se déroulera en octobre 2026 au parc des expositions."
    assert read_in_october.windows(text, language="fr") == [(Y(2026, 10, 1), Y(2026, 10, 31))]


def test_works_or_a_launch_that_take_place_are_the_builders_or_launchers_schedule():
    text = "Le chantier de nuit de Halden Transit se tiendra jusqu'au 30 août 2026."
    assert read_in_october.windows(text, language="fr") == [(None, Y(2026, 8, 30))]


def test_a_meeting_someone_holds_stays_a_scheduled_event():
    text = "The shareholders' meeting will be held on 12 April 2026."
    assert read_in_october.dated_drafts(text) == []


def test_a_festival_held_over_a_range_of_days_is_dated_by_it_in_french():
    text = "La 12e édition du festival se déroulera du 3 au 6 juillet 2026."
    assert read_in_october.windows(text, language="fr") == [(Y(2026, 7, 3), Y(2026, 7, 6))]


def test_a_verb_between_an_event_and_its_days_gives_the_events_date():
    found = find_deadlines("Le salon aura lieu du 3 au 6 juillet 2026.", stated_on=OCTOBER_1)
    assert [(f.window.start, f.window.end) for f in found] == [(Y(2026, 7, 3), Y(2026, 7, 6))]
    assert find_deadlines("le festival de 2024", stated_on=OCTOBER_1) == []


def test_openings_in_a_coming_time_that_include_named_places_are_a_plan():
    hotels = Reader([KnownOrganisation(3, "Halden Hotels")], OCTOBER_1)
    text = (
        "Halden Hotels opened its first inn this week. Further openings in the spring of "
        "2025 include inns in Bremen and Kiel."
    )
    assert hotels.found(text) == [(Y(2025, 3, 1), Y(2025, 5, 31), "Halden Hotels")]


def test_past_openings_that_included_places_are_no_plan():
    hotels = Reader([KnownOrganisation(3, "Halden Hotels")], OCTOBER_1)
    text = "Halden Hotels grew fast. Its openings in 2023 included inns in Bremen and Kiel."
    assert hotels.dated_drafts(text) == []


# --- Everyday ways to say it is expected or planned ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "strength"),
    [
        ("Corvane Motors table désormais sur une ouverture de l'usine en 2027.", "fr", "expects"),
        ("Corvane Motors mise sur une ouverture de l'usine en 2027.", "fr", "expects"),
        ("Corvane Motors s'attend à ouvrir l'usine en 2027.", "fr", "expects"),
        ("Corvane Motors anticipe une ouverture de l'usine en 2027.", "fr", "expects"),
        ("Corvane Motors is poised to open the plant in 2027.", "en", "expects"),
        ("Corvane Motors pencilled in a 2027 opening for the plant.", "en", "plans"),
        ("Corvane Motors has set a 2027 target for the plant.", "en", "aims"),
    ],
)
def test_everyday_words_of_expecting_and_planning_commit(text, language, strength):
    (draft,) = read.dated_drafts(text, language=language)
    assert (draft.start, draft.end, draft.strength) == (Y(2027, 1, 1), Y(2027, 12, 31), strength)
    assert draft.promiser_name == "Corvane Motors"


@pytest.mark.parametrize(
    "text",
    ["Les analystes anticipent une ouverture en 2027.", "Le marché s'attend à une hausse en 2027."],
)
def test_what_third_parties_expect_is_still_no_promise(text):
    assert read.dated_drafts(text, language="fr") == []


def test_an_investor_day_is_the_promisers_occasion_not_a_third_party():
    # "investor" names who the day is for; the speaker is the company, dated by the aside.
    text = (
        "Corvane Motors, speaking at an investor day on June 4, said the Halden plant would "
        "open in 2026."
    )
    assert read.dated(text) == [(Y(2026, 1, 1), Y(2026, 12, 31), Y(2024, 6, 4))]


@pytest.mark.parametrize(
    "text",
    [
        "Corvane Motors plans to open a joint plant in Halden in 2027.",
        "Corvane Motors plans to build a unit in Halden in 2027.",
        "Corvane Motors said it will open a visit centre and a portrait gallery in 2027.",
    ],
)
def test_an_english_a_before_a_noun_is_no_french_passe_compose(text):
    # "a joint", "a unit", "a visit", "portrait" read as French would be "a joint" (has
    # joined), a past event that blocks the date: only in French text.
    assert read.windows(text, language="en") == [(Y(2027, 1, 1), Y(2027, 12, 31))]


def test_la_mise_sur_le_marche_is_a_noun_not_a_bet():
    # "mise sur" commits as "expects", but "la mise sur le marché" is the placing on the
    # market, whose date here is no one's promise (it depends on another's trials).
    text = (
        "La mise sur le marché du modèle de Corvane Motors en 2027 dépendra des essais "
        "menés par Halden Transit."
    )
    assert read.dated_drafts(text, language="fr") == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Corvane Motors has partnered with a chemicals group to build a cell plant by 2026.",
            "en",
        ),
        ("Corvane Motors and two suppliers have teamed up to build a cell plant by 2026.", "en"),
        ("Corvane Motors joined forces with the region to open a cell plant by 2026.", "en"),
        ("Corvane Motors s'est associé à un chimiste pour construire une usine d'ici 2026.", "fr"),
        (
            "Corvane Motors et neuf collectivités se sont groupées pour faire sortir de terre une "
            "usine d'ici 2026.",
            "fr",
        ),
    ],
)
def test_partners_joined_to_act_by_a_date_plan_it(text, language):
    assert [
        (d.end, d.promiser_name, d.strength) for d in read.dated_drafts(text, language=language)
    ] == [(Y(2026, 12, 31), "Corvane Motors", "plans")]


def test_partners_as_a_noun_join_nothing():
    text = "Corvane Motors invited its partners to build charging points by 2026."
    assert read.dated_drafts(text) == []


def test_partners_who_joined_for_an_event_past_promise_nothing():
    text = "Corvane Motors teamed up with Halden Transit to run shuttles during the 2023 games."
    assert read.dated_drafts(text) == []


def test_an_estimate_told_before_a_verb_of_saying_does_not_make_what_it_reports_an_estimate():
    text = (
        "Dube, who gave the earlier June estimate at an aviation event on March 26, also "
        "said that Corvane Motors remains on course to operate 18 vans by the end of 2025."
    )
    assert read.found(text) == [(None, Y(2025, 12, 31), "Corvane Motors")]
    # An estimate that governs the promise still makes it someone's estimate.
    text = "An analyst estimates that Corvane Motors will operate 18 vans by the end of 2025."
    assert read.found(text) == []


def test_nous_prevoyons_plans_and_nous_prevoyons_que_forecasts():
    text = "Corvane Motors : pour l'année en cours, nous prévoyons la bascule de 15 ateliers."
    assert read.found(text, language="fr") == [(Y(2024, 1, 1), Y(2024, 12, 31), "Corvane Motors")]
    text = (
        "Corvane Motors : « Nous prévoyons que d'ici 2030, environ 40 % des nouvelles voitures "
        "seront électriques »."
    )
    assert read.found(text, language="fr") == []


def test_a_cleft_with_seulement_puts_the_date_of_its_plan_first():
    text = "Halden Transit : c'est seulement en 2030 que l'aménagement du dépôt est prévu."
    assert read.found(text, language="fr") == [(Y(2030, 1, 1), Y(2030, 12, 31), "Halden Transit")]


def test_a_time_set_before_a_clause_that_ends_on_est_prevu_is_the_plans():
    text = (
        "Halden Transit rénove ses dépôts. D'ici 2030, un total de 40 millions d'euros de "
        "travaux est prévu, a rappelé l'entreprise."
    )
    assert read.found(text, language="fr") == [(None, Y(2030, 12, 31), "Halden Transit")]


def test_hoped_to_is_a_hope_in_reported_speech_only():
    text = (
        "Chief executive Jane Doe said, that by the end of 2027, Corvane Motors hoped to have "
        "its van plant running."
    )
    assert read.found(text) == [(None, Y(2027, 12, 31), "Corvane Motors")]
    text = "Corvane Motors had hoped to open the plant by 2027 but cancelled it."
    assert read.found(text) == []


def test_plans_with_the_day_they_were_unveiled_before_to_are_plans():
    text = "Corvane Motors unveiled plans Tuesday to open 70 new stores before year’s end."
    assert read.found(text) == [(None, dt.date(2024, 12, 31), "Corvane Motors")]
    text = "Corvane Motors announced plans on Tuesday to break ground by 2025 on a new depot."
    assert read.found(text) == [(None, dt.date(2025, 12, 31), "Corvane Motors")]


def test_looking_forward_to_a_dated_step_is_a_hope():
    text = (
        "“We look forward to bringing our first depot online at Brenmoor in 2026,” said the "
        "chief executive of Corvane Motors."
    )
    [draft] = read.dated_drafts(text)
    assert (draft.start, draft.end, draft.strength) == (
        dt.date(2026, 1, 1),
        dt.date(2026, 12, 31),
        "hopes",
    )


def test_an_intention_or_expectation_named_with_its_owner_is_a_commitment():
    text = "Corvane Motors a annoncé ce matin son intention d'investir 2 milliards d'ici 2030."
    assert read.found(text, language="fr") == [(None, dt.date(2030, 12, 31), "Corvane Motors")]
    text = "Corvane Motors announced its expectation to reach 70 cars a day by the end of 2027."
    assert read.found(text) == [(None, dt.date(2027, 12, 31), "Corvane Motors")]


def test_an_aim_told_by_a_participle_clause_is_an_aim():
    text = "Halden Transit avance. L'objectif étant de livrer l'ensemble des gares fin 2026."
    [draft] = read.dated_drafts(text, language="fr")
    assert (draft.start, draft.end, draft.strength) == (
        dt.date(2026, 9, 1),
        dt.date(2026, 12, 31),
        "aims",
    )


def test_a_plan_or_pledge_its_owner_holds_with_its_verb_is_a_commitment():
    text = "Corvane Motors a confirmé son projet de lancer 12 modèles électriques d'ici à 2026."
    assert read.found(text, language="fr") == [(None, dt.date(2026, 12, 31), "Corvane Motors")]
    text = "« Notre engagement pour atteindre la neutralité carbone en 2035 », dit Corvane Motors."
    assert read.windows(text, language="fr") == [(dt.date(2035, 1, 1), dt.date(2035, 12, 31))]
    # A plan named by its object, with no verb, is no commitment.
    text = "Corvane Motors présente son projet de centre d'essais, ouvert depuis 2020."
    assert read.dated_drafts(text, language="fr") == []


def test_the_future_as_seen_in_reported_speech_is_a_promise():
    text = "Il a été annoncé mardi que la ligne de Halden Transit allait rouvrir en 2027."
    assert read.windows(text, language="fr") == [(dt.date(2027, 1, 1), dt.date(2027, 12, 31))]


def test_what_the_promiser_expects_to_have_doing_is_its_promise():
    # "turbines operating" is no clause on the noun whose date would be its own.
    text = "Corvane Motors expects to have five plants operating at full capacity early in 2026."
    assert read.windows(text) == [(dt.date(2026, 1, 1), dt.date(2026, 4, 30))]


def test_an_obligation_taken_on_is_a_commitment():
    text = "Corvane Motors a l'obligation de déployer 500 bornes d'ici 2026."
    assert read.found(text, language="fr") == [(None, dt.date(2026, 12, 31), "Corvane Motors")]
    text = "Corvane Motors est tenue de livrer 300 bus d'ici 2027."
    assert read.found(text, language="fr") == [(None, dt.date(2027, 12, 31), "Corvane Motors")]


def test_a_year_named_as_the_goal_or_an_aspiration_is_an_aim():
    text = "Halden Transit began work in June 2023 with a 2026 completion goal."
    assert read.windows(text) == [(dt.date(2026, 1, 1), dt.date(2026, 12, 31))]
    text = "Corvane Motors aspire à atteindre les 40 GWh en 2032."
    [draft] = read.dated_drafts(text, language="fr")
    assert (draft.end, draft.strength) == (dt.date(2032, 12, 31), "aims")


def test_an_investment_announced_with_its_deadline_is_a_commitment():
    text = "Corvane Motors annonce un investissement de 500 millions d'euros d'ici à 2027."
    assert read.found(text, language="fr") == [(None, dt.date(2027, 12, 31), "Corvane Motors")]
    text = "Corvane Motors announced an investment of $500 million in its plant by 2027."
    assert read.found(text) == [(None, dt.date(2027, 12, 31), "Corvane Motors")]


def test_what_is_in_the_pipeline_for_a_year_is_planned():
    text = "Corvane Motors ouvre à Caen, mais Limoges et Nancy sont dans les tuyaux pour 2026."
    assert read.windows(text, language="fr") == [(dt.date(2026, 1, 1), dt.date(2026, 12, 31))]


def test_likely_to_said_of_its_subject_is_an_expectation():
    [draft] = read.dated_drafts(
        "Halden Transit is likely to close its old depot in the next three years."
    )
    assert (draft.strength, draft.end) == ("expects", read.published_on.replace(year=2027))


def test_is_to_with_a_verb_is_arranged_as_will_is():
    [draft] = read.dated_drafts("Halden Transit is to open the western extension in May 2027.")
    assert (draft.strength, draft.start, draft.end) == (
        "will",
        dt.date(2027, 5, 1),
        dt.date(2027, 5, 31),
    )
    assert read.dated_drafts("Halden Transit is to blame for the delay in 2027.") == []


def test_a_date_announced_for_a_thing_is_its_plan():
    text = "The maiden flight of Halden Transit's new shuttle is now announced for May 2027."
    [draft] = read.dated_drafts(text)
    assert (draft.strength, draft.start, draft.end) == (
        "plans",
        dt.date(2027, 5, 1),
        dt.date(2027, 5, 31),
    )
    text = "Pour Corvane Motors, l'ouverture de l'usine est désormais annoncée pour 2027."
    assert read.windows(text, language="fr") == [(dt.date(2027, 1, 1), dt.date(2027, 12, 31))]
    # The announcement of a thing is no plan for it.
    assert read.dated_drafts("Halden Transit announced for 2027 a new shuttle.") == []


def test_a_thing_that_has_been_targeted_for_a_date_is_an_aim():
    [draft] = read.dated_drafts("Halden Transit's first shuttle has been targeted for May 2027.")
    assert (draft.strength, draft.end) == ("aims", dt.date(2027, 5, 31))
    # "Targeted by" a date is an aim too.
    [draft] = read.dated_drafts(
        "Full capture of Halden Transit's depot emissions is targeted by 2030."
    )
    assert (draft.strength, draft.start, draft.end) == ("aims", None, dt.date(2030, 12, 31))


def test_a_thing_that_is_planned_to_be_done_by_a_date_is_the_plan_now_held():
    [draft] = read.dated_drafts(
        "Halden Transit said the upgrade is planned to be completed by 2027."
    )
    assert (draft.strength, draft.end) == ("plans", dt.date(2027, 12, 31))
    # With no promiser named, the editor chooses one.
    [draft] = read.dated_drafts("The upgrade is planned to be completed by 2027.")
    assert (draft.promiser_name, draft.end) == ("", dt.date(2027, 12, 31))


def test_a_thing_planned_for_a_day_is_planned():
    text = "Pour Corvane Motors, l'inauguration de l'usine est prévue le jeudi 7 novembre."
    assert read.windows(text, language="fr") == [(dt.date(2024, 11, 7), dt.date(2024, 11, 7))]
    text = "Corvane Motors : le redémarrage de l'usine est prévu le 31 août."
    assert read.windows(text, language="fr") == [(dt.date(2024, 8, 31), dt.date(2024, 8, 31))]


def test_a_tout_va_is_no_future_but_tout_va_etre_fait_is():
    text = (
        "Corvane Motors électrifie sa gamme à tout va, anticipant l'interdiction des moteurs "
        "thermiques en 2035."
    )
    assert read.dated_drafts(text, language="fr") == []
    text = "Chez Corvane Motors, tout va être fait pour ouvrir l'usine en 2027."
    assert read.windows(text, language="fr") == [(dt.date(2027, 1, 1), dt.date(2027, 12, 31))]


def test_a_passive_future_with_an_adverb_and_a_goals_perfect_still_commit():
    text = "Corvane Motors expects the plant to be fully commissioned later this month."
    assert read.windows(text) == [(read.published_on, dt.date(2024, 6, 30))]
    text = "Corvane Motors aims to have installed 15,000 chargers by 2027."
    assert read.windows(text) == [(None, dt.date(2027, 12, 31))]
    # What has been installed is no goal.
    assert read.dated_drafts("Corvane Motors has installed 5,000 chargers in 2023.") == []


def test_an_adverb_after_the_verb_of_a_plan_still_commits():
    text = "Corvane Motors' second plant is also set to restart by the end of October."
    assert read.windows(text) == [(None, dt.date(2024, 10, 31))]
    text = "Corvane Motors' new line is also due to open in September."
    assert read.windows(text) == [(dt.date(2024, 9, 1), dt.date(2024, 9, 30))]
    # The past form with the adverb is still an earlier plan, not the one held now.
    text = "Corvane Motors' new line was also expected to open in 2025."
    assert read.dated_drafts(text) == []


def test_a_thing_expected_back_is_expected_to_return():
    text = "Corvane Motors' Lyon plant is now expected back online on July 21."
    [draft] = read.dated_drafts(text)
    assert (draft.strength, draft.start, draft.end) == (
        "expects",
        dt.date(2024, 7, 21),
        dt.date(2024, 7, 21),
    )


def test_en_vue_d_une_livraison_is_the_plan_in_view():
    text = (
        "La construction du premier bus de Corvane Motors a débuté le 3 juin en vue d'une "
        "livraison en mai 2025."
    )
    assert read.windows(text, language="fr") == [(dt.date(2025, 5, 1), dt.date(2025, 5, 31))]


def test_attendue_dans_le_courant_de_is_expected_then():
    text = (
        "La livraison du premier bus de Corvane Motors est attendue dans le courant de "
        "l'année 2025."
    )
    [draft] = read.dated_drafts(text, language="fr")
    assert (draft.strength, draft.start, draft.end) == (
        "expects",
        dt.date(2025, 1, 1),
        dt.date(2025, 12, 31),
    )


def test_prevue_le_mois_prochain_is_planned_for_next_month():
    text = "La prochaine version de l'application de Corvane Motors, prévue le mois prochain, "
    text += "permettra aussi de réserver un bus."
    assert read.windows(text, language="fr") == [(dt.date(2024, 7, 1), dt.date(2024, 7, 31))]


def test_a_described_plans_would_be_completed_commits():
    text = "Corvane Motors' new depot would cost $70 million and be completed in 2026."
    assert read.windows(text) == [(dt.date(2026, 1, 1), dt.date(2026, 12, 31))]
    text = "The depot is slated to cost about $5 million and would be complete in June of 2025."
    assert read.windows(text) == [(dt.date(2025, 6, 1), dt.date(2025, 6, 30))]
    # After a pronoun it is reported speech's, read with its time: an earlier prediction here.
    text = "Previously, Corvane Motors had predicted it would complete the depot in 2030."
    assert read.dated_drafts(text) == []


def test_a_dated_step_a_plan_is_made_for_commits():
    text = "Corvane Motors investit 50 M€ à Lyon pour une mise en exploitation en 2026."
    assert read.windows(text, language="fr") == [(dt.date(2026, 1, 1), dt.date(2026, 12, 31))]
    text = "Les travaux de l'usine de Corvane Motors se poursuivent pour une livraison mi-2025."
    assert read.windows(text, language="fr") == [(dt.date(2025, 5, 1), dt.date(2025, 8, 31))]
    # A date further on is not the step's own.
    text = "Corvane Motors prépare une livraison de bus et, en 2026, une usine."
    assert read.dated_drafts(text, language="fr") == []


def test_what_an_organisation_must_do_by_a_date_is_an_obligation():
    text = "To avoid more delays, Halden Transit must finish testing the trams by March 23, 2025."
    assert read.windows(text) == [(None, dt.date(2025, 3, 23))]
    # What it must not do is a ban, no promise.
    text = "Halden Transit must not raise fares before 2026."
    assert read.dated_drafts(text) == []


def test_a_time_estimated_for_a_things_completion_is_expected():
    text = "Corvane Motors' new plant is estimated to be completed in summer 2025."
    [draft] = read.dated_drafts(text)
    assert (draft.strength, draft.start, draft.end) == (
        "expects",
        dt.date(2025, 6, 1),
        dt.date(2025, 8, 31),
    )
    # What it is estimated to cost is an amount, not a time.
    assert read.dated_drafts("Corvane Motors' plant is estimated to cost $5 million.") == []


def test_en_vue_d_etre_remise_is_the_plan_in_view():
    text = "Le premier bus de Corvane Motors est prêt, en vue d'être remis à la régie en 2025."
    assert read.windows(text, language="fr") == [(dt.date(2025, 1, 1), dt.date(2025, 12, 31))]


def test_the_french_present_of_an_opening_takes_its_doors_and_a_weekday():
    text = "Le dépôt de Corvane Motors, fermé en 2020, rouvre vendredi 21 juin."
    assert read.windows(text, language="fr") == [(dt.date(2024, 6, 21), dt.date(2024, 6, 21))]
    text = "Le musée de Corvane Motors ouvre ses portes le 17 décembre."
    assert read.windows(text, language="fr") == [(dt.date(2024, 12, 17), dt.date(2024, 12, 17))]


def test_targeted_without_its_verb_is_the_aim_a_plan_holds():
    text = (
        "Corvane Motors will start building the plant in 2025, with production targeted to "
        "begin in 2027."
    )
    assert read.windows(text) == [
        (Y(2025, 1, 1), Y(2025, 12, 31)),
        (Y(2027, 1, 1), Y(2027, 12, 31)),
    ]
    text = "Corvane Motors is building a second plant, targeted for production in 2028."
    [draft] = read.dated_drafts(text)
    assert (draft.strength, draft.start) == ("aims", Y(2028, 1, 1))
    # "was targeted" is still the earlier plan, told as such.
    text = "Corvane Motors' plant was targeted to open in 2023, but it opens in 2025."
    assert [d.end for d in read.dated_drafts(text)] == [Y(2025, 12, 31)]
