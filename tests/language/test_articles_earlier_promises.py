"""Promises an article reports as made earlier, and plans it says were replaced
(docs/article-import.md): a promise dated by its own time rather than its report's (a
campaign, a manifesto, an interview, a contract signed, a schedule published, the imperfect
and the pluperfect of promising), a plan called previous, first announced or due, and a move
whose new date replaces the plan. One behaviour per test; the sentences are invented, in the
shape real articles take.
"""

from __future__ import annotations

import datetime as dt

from tests.language.article_ledgers import (
    MARCH_6_2025,
    MARCH_15,
    read,
    read_brenmoor,
    read_in_october,
    read_nordvik,
)

Y = dt.date


# --- The promise's own time, not its report's ----------------------------------------------------


def test_a_pledge_made_for_a_campaign_was_made_in_its_year():
    text = (
        "Yesterday the Ostvale Courier reported: “The Water Board has kept its pledge to "
        "replace every lead pipe by 2029, which was made before the 2021 local election.”"
    )
    assert read_brenmoor.dated(text) == [(None, Y(2029, 12, 31), Y(2021, 1, 1))]


def test_a_clause_saying_when_a_promise_was_first_made_dates_it():
    text = (
        "Last week the board restated its promise to open a second reservoir by 2030, which "
        "was first announced in 2022."
    )
    assert read_brenmoor.dated(text) == [(None, Y(2030, 12, 31), Y(2022, 1, 1))]


def test_a_year_held_since_then_told_by_what_was_said_then_dates_it():
    text = (
        "The range has not changed since 2024, when the Water Board said the reservoir would "
        "open between 2029 and 2031."
    )
    assert read_brenmoor.dated(text) == [(Y(2029, 1, 1), Y(2031, 12, 31), Y(2024, 1, 1))]


def test_a_french_campaign_names_its_year():
    text = (
        "Ostvale Water Board s'est engagé à ouvrir la piscine d'ici 2027, une promesse faite "
        "lors de la campagne municipale de 2020."
    )
    assert read_brenmoor.dated(text, language="fr") == [(None, Y(2027, 12, 31), Y(2020, 1, 1))]


def test_a_pledge_made_during_a_campaign_was_made_in_its_year():
    text = (
        "Ostvale Water Board pledged during the 2022 mayoral election campaign to replace "
        "every lead pipe by 2029."
    )
    assert read_brenmoor.dated(text) == [(None, Y(2029, 12, 31), Y(2022, 1, 1))]


def test_a_manifesto_named_by_its_year_dates_its_pledges():
    text = "In its 2022 manifesto, Ostvale Water Board promised to replace every lead pipe by 2029."
    assert read_brenmoor.dated(text) == [(None, Y(2029, 12, 31), Y(2022, 1, 1))]


def test_a_pledge_named_by_its_year_was_made_that_year():
    text = (
        "Ostvale Water Board's 2022 pledge to replace every lead pipe by 2029 was quietly "
        "dropped last week."
    )
    assert read_brenmoor.dated(text) == [(None, Y(2029, 12, 31), Y(2022, 1, 1))]


def test_an_interview_named_by_its_month_dates_what_was_said_in_it():
    text = (
        "In a June 2023 interview, Ostvale Water Board chair Ida Marsh said the reservoir "
        "would open in 2027."
    )
    assert read_brenmoor.dated(text) == [(Y(2027, 1, 1), Y(2027, 12, 31), Y(2023, 6, 1))]


def test_a_relative_clause_that_says_when_the_promise_was_made_dates_it():
    text = (
        "The reservoir, which Ostvale Water Board said in 2022 would open in 2027, has been "
        "held up by a planning appeal."
    )
    assert read_brenmoor.dated(text) == [(Y(2027, 1, 1), Y(2027, 12, 31), Y(2022, 1, 1))]


def test_a_relative_clause_about_who_someone_is_does_not_date_the_promise():
    text = (
        "Ida Marsh, who joined Ostvale Water Board in 2019, said the reservoir would open in 2027."
    )
    assert read_brenmoor.dated(text) == [(Y(2027, 1, 1), Y(2027, 12, 31), MARCH_6_2025)]


# --- An earlier plan dated by the act that set it ------------------------------------------------


def test_a_plan_set_by_a_dated_contract_was_promised_when_it_was_signed():
    text = (
        "Le calendrier du contrat signé en mars 2019 prévoyait la mise en service du forage "
        "en juin 2021, avant qu'elle ne soit repoussée à octobre 2022."
    )
    assert read_brenmoor.dated(text, language="fr") == [
        (Y(2021, 6, 1), Y(2021, 6, 30), Y(2019, 3, 1))
    ]


def test_a_plan_due_when_an_application_was_lodged_was_promised_then():
    text = (
        "A permit application was lodged in November, and the new depot was then due to open "
        "in May 2026, but the council now says the site is contaminated."
    )
    assert read_brenmoor.dated(text) == [(Y(2026, 5, 1), Y(2026, 5, 31), Y(2024, 11, 1))]


def test_an_earlier_plan_with_no_date_of_its_own_stays_superseded():
    text = "The new depot was due to open in May 2026, but the site is contaminated."
    assert read_brenmoor.dated(text) == []


def test_a_contract_signed_by_someone_in_a_year_dates_the_plan_it_provided_for():
    text = "The contract Ostvale Water Board signed in 2019 provided for a new intake by 2022."
    assert read_brenmoor.dated(text) == [(None, Y(2022, 12, 31), Y(2019, 1, 1))]


def test_a_contract_signed_in_an_aside_dates_the_plan_it_provided_for():
    text = (
        "Le contrat, signé en 2019 par Ostvale Water Board, prévoyait une nouvelle prise d'eau "
        "en 2022."
    )
    assert read_brenmoor.dated(text, language="fr") == [
        (Y(2022, 1, 1), Y(2022, 12, 31), Y(2019, 1, 1))
    ]


def test_a_contract_signed_by_a_named_party_in_a_year_dates_its_plan_in_french():
    text = (
        "Le contrat signé par Ostvale Water Board en 2019 prévoyait une nouvelle prise d'eau "
        "en 2022."
    )
    assert read_brenmoor.dated(text, language="fr") == [
        (Y(2022, 1, 1), Y(2022, 12, 31), Y(2019, 1, 1))
    ]


def test_a_schedule_published_in_a_year_dates_the_plan_it_showed():
    text = (
        "According to the timetable Ostvale Water Board published in 2021, the intake was due "
        "to open in 2024."
    )
    assert read_brenmoor.dated(text) == [(Y(2024, 1, 1), Y(2024, 12, 31), Y(2021, 1, 1))]


def test_what_was_to_be_by_a_schedule_presented_in_a_year_was_promised_then():
    text = (
        "Selon le calendrier présenté en 2021 par Ostvale Water Board, la prise d'eau devait "
        "ouvrir en 2024."
    )
    assert read_brenmoor.dated(text, language="fr") == [
        (Y(2024, 1, 1), Y(2024, 12, 31), Y(2021, 1, 1))
    ]


def test_what_was_to_be_with_no_date_of_its_own_stays_superseded_in_french():
    text = "La prise d'eau d'Ostvale Water Board devait ouvrir en 2024, mais le chantier a glissé."
    assert read_brenmoor.dated(text, language="fr") == []


def test_what_was_planned_then_moved_keeps_only_the_new_date_in_french():
    text = (
        "La mise en eau d'Ostvale Water Board était prévue pour le 20 septembre, elle a été "
        "reportée au 20 novembre."
    )
    assert [end for _, end, _ in read_brenmoor.dated(text, language="fr")] == [Y(2025, 11, 20)]
    # Told as what someone said, the plan is held now.
    said = "Ostvale Water Board a indiqué que la mise en eau était prévue pour le 20 novembre."
    assert [end for _, end, _ in read_brenmoor.dated(said, language="fr")] == [Y(2025, 11, 20)]


def test_what_was_projected_before_a_delay_is_an_earlier_plan():
    text = (
        "Ostvale Water Board is delaying the start of its new plant to 2027. The plant, which "
        "began construction in 2021, was projected to start producing water next year."
    )
    assert [end for _, end, _ in read_brenmoor.dated(text)] == [Y(2027, 12, 31)]


def test_a_commitment_made_by_signing_a_dated_act_was_made_then():
    text = (
        "Ostvale Water Board s'est engagé à raccorder 4.000 foyers en trois ans en signant "
        "une convention avec la région en 2021."
    )
    assert read_brenmoor.dated(text, language="fr") == [(None, Y(2024, 12, 31), Y(2021, 1, 1))]


def test_an_english_commitment_made_when_signing_was_made_then():
    text = (
        "Ostvale Water Board committed to connecting 4,000 homes within three years when it "
        "signed the regional agreement in 2021."
    )
    assert read_brenmoor.dated(text) == [(None, Y(2024, 12, 31), Y(2021, 1, 1))]


# --- The imperfect and the pluperfect of promising, an aim then held -----------------------------


def test_a_promise_in_the_imperfect_is_the_one_made_at_the_time_it_opens_on():
    text = "En 2021, Ostvale Water Board promettait une nouvelle prise d'eau en 2024."
    assert read_brenmoor.dated(text, language="fr") == [
        (Y(2024, 1, 1), Y(2024, 12, 31), Y(2021, 1, 1))
    ]


def test_a_commitment_in_the_pluperfect_with_its_year_between_is_found_and_dated():
    text = "Ostvale Water Board s'était engagé en 2021 à ouvrir la prise d'eau d'ici 2024."
    assert read_brenmoor.dated(text, language="fr") == [(None, Y(2024, 12, 31), Y(2021, 1, 1))]


def test_an_aim_held_at_the_time_the_sentence_opens_on_was_stated_then():
    text = "In 2021, Ostvale Water Board was aiming to open the new intake in 2024."
    assert read_brenmoor.dated(text) == [(Y(2024, 1, 1), Y(2024, 12, 31), Y(2021, 1, 1))]


def test_a_plan_in_the_past_after_the_year_the_sentence_opens_on_was_stated_then():
    text = (
        "Back in 2021, Ostvale Water Board planned to have the new intake running by 2024. "
        "That timeline has been pushed back to 2027."
    )
    assert read_brenmoor.dated(text) == [
        (None, Y(2024, 12, 31), Y(2021, 1, 1)),
        (Y(2027, 1, 1), Y(2027, 12, 31), read_brenmoor.published_on),
    ]


def test_a_plan_in_the_past_without_its_time_is_still_an_earlier_plan():
    text = "Ostvale Water Board planned to have the new intake running by 2024."
    assert read_brenmoor.dated(text) == []


# --- A plan the article calls previous, first announced or due -----------------------------------


def test_a_goal_called_previous_is_no_promise_and_the_new_one_is():
    text = (
        "Skyrail aims to run 400 electric trains in 2026, up from its previous goal of running "
        "150 electric trains in 2025."
    )
    assert read_nordvik.dated(text) == [(Y(2026, 1, 1), Y(2026, 12, 31), MARCH_15)]


def test_what_the_promiser_previously_said_is_no_promise():
    text = (
        "Skyrail will open the Lund depot in 2026. Skyrail previously said the depot would open "
        "in the second half of 2025 when it bought the site."
    )
    assert read_nordvik.dated(text) == [(Y(2026, 1, 1), Y(2026, 12, 31), MARCH_15)]


def test_what_was_previously_said_then_replaced_in_the_same_sentence_is_not_dropped():
    text = "Skyrail previously said little, but now says the depot will open in 2026."
    assert read_nordvik.dated(text) == [(Y(2026, 1, 1), Y(2026, 12, 31), MARCH_15)]


def test_what_the_promiser_said_before_is_no_promise_when_the_sentence_opens_on_previously():
    text = (
        "Skyrail will open the Lund depot in 2026. Previously the operator said it would open "
        "the depot in June at the latest."
    )
    assert read_nordvik.dated(text) == [(Y(2026, 1, 1), Y(2026, 12, 31), MARCH_15)]


def test_what_was_initially_expected_is_no_promise_and_the_new_date_is():
    text = (
        "It was initially expected that the Lund depot would open in March 2025, but Skyrail "
        "has now confirmed that the extra works will push that date back to October 2026."
    )
    assert read_nordvik.dated(text) == [(Y(2026, 10, 1), Y(2026, 10, 31), MARCH_15)]


def test_what_was_originally_expected_then_said_anew_is_the_new_plan():
    text = (
        "The Lund depot, which was originally expected to open in March 2025 before the works "
        "stopped, will now open on 4 September 2026, Skyrail said."
    )
    assert read_nordvik.dated(text) == [(Y(2026, 9, 4), Y(2026, 9, 4), MARCH_15)]


def test_what_an_earlier_plan_said_is_no_promise_and_what_the_updated_one_shows_is():
    text = (
        "A previous fleet plan had stated that Skyrail will take 15 new trains in 2025, before "
        "the delays announced today."
    )
    assert read_nordvik.dated(text) == []
    text = "An updated fleet plan shows that Skyrail will take six new trains in 2026."
    assert read_nordvik.dated(text) == [(Y(2026, 1, 1), Y(2026, 12, 31), MARCH_15)]


def test_a_year_given_as_the_earlier_one_in_brackets_is_no_promise_accents_or_not():
    for earlier in ("précédemment", "précedemment"):
        text = f"La livraison du dépôt de Skyrail est prévue pour 2027 ({earlier} 2026)."
        assert read_nordvik.windows(text, language="fr") == [(Y(2027, 1, 1), Y(2027, 12, 31))]


def test_what_was_due_is_still_an_earlier_plan():
    text = "In the first plan of Halden Transit, the four platforms were due by 2026."
    assert read.dated_drafts(text) == []


def test_a_plan_as_first_announced_is_an_earlier_plan():
    text = (
        "Halden Transit has pushed back its new depot to 2029. "
        "When the depot was first announced in 2019, its opening was expected in 2026."
    )
    assert [d.end for d in read.dated_drafts(text)] == [Y(2029, 12, 31)]


def test_a_plan_reported_in_the_past_tense_is_still_a_plan():
    text = "Halden Transit announced on Monday that the depot was expected to open in 2026."
    [draft] = read.dated_drafts(text)
    assert (draft.promiser_name, draft.end) == ("Halden Transit", Y(2026, 12, 31))


# --- A move: its new date replaces the plan ------------------------------------------------------


def test_a_date_right_before_its_postponement_is_the_plan_it_replaces():
    text = (
        "Halden Transit rebuilds its depot.\n\n"
        "The depot's opening, planned for autumn 2024, has been postponed to spring 2025."
    )
    [draft] = read.dated_drafts(text)
    assert (draft.start, draft.end) == (Y(2025, 3, 1), Y(2025, 5, 31))


def test_a_planned_date_that_a_later_one_finally_replaces_is_the_earlier_plan():
    text = (
        "Halden Transit rénove ses rames.\n\n"
        "Les trois livraisons prévues d'ici à la fin de l'année ne seront finalement "
        "effectives qu'en mars 2025."
    )
    assert read.windows(text, language="fr") == [(Y(2025, 3, 1), Y(2025, 3, 31))]
    text = (
        "Halden Transit rebuilds its depot.\n\n"
        "It was expecting an opening in the spring of 2025, but now it looks like the depot "
        "will open in June 2025."
    )
    assert read.windows(text) == [(Y(2025, 6, 1), Y(2025, 6, 30))]
    # "Finalement" for the rest of a thing, after a date of its own, is a second date.
    text = (
        "Halden Transit ferme ses guichets.\n\n"
        "Si dix gares fermeront dès la fin du mois, ce sera finalement le 31 janvier 2026 pour "
        "les gares restantes."
    )
    assert len(read.windows(text, language="fr")) == 2


def test_a_date_its_sentence_then_says_was_delayed_is_the_plan_moved_even_with_no_new_date():
    text = (
        "Halden Transit rebuilds its depot.\n\n"
        "Initial plans for the depot's full opening in June have also been delayed some five "
        "months."
    )
    assert read.windows(text) == []
    text = (
        "Halden Transit rénove ses rames.\n\n"
        "Le retour des rames était programmé pour le 4 juin, reporté en raison d'une grève."
    )
    assert read.windows(text, language="fr") == []
    # A delay named as a noun after a new date leaves that date standing.
    text = (
        "Halden Transit rebuilds its depot.\n\n"
        "Officials now expect the depot to open in spring 2025, a delay they said would help."
    )
    assert read.windows(text) == [(Y(2025, 3, 1), Y(2025, 5, 31))]


def test_a_french_plan_reported_to_a_later_season_keeps_only_the_new_one():
    text = (
        "Halden Transit rénove son dépôt.\n\n"
        "Son ouverture prévue à l'automne 2024, est reportée au printemps 2025."
    )
    [draft] = read.dated_drafts(text, language="fr")
    assert (draft.start, draft.end) == (Y(2025, 3, 1), Y(2025, 5, 31))


def test_two_dates_joined_without_a_move_stay_two_promises():
    text = "Halden Transit will open the depot in autumn 2024 and the workshop in spring 2025."
    assert [(d.start, d.end) for d in read.dated_drafts(text)] == [
        (Y(2024, 9, 1), Y(2024, 11, 30)),
        (Y(2025, 3, 1), Y(2025, 5, 31)),
    ]


def test_a_delay_until_a_year_far_from_its_verb_is_the_whole_new_year():
    text = (
        "Skyrail said on Friday that it would delay plans to begin operations at its new depot "
        "in the north of the country until 2026."
    )
    [draft] = read_nordvik.dated_drafts(text)
    assert (draft.start, draft.end) == (Y(2026, 1, 1), Y(2026, 12, 31))
    assert draft.deadline_text == "delay until 2026"


def test_until_after_a_delay_in_another_clause_is_still_a_deadline():
    text = "The delay was short: Skyrail plans to finish the works at the old depot until 2026."
    assert read_nordvik.dated(text) == [(None, Y(2026, 12, 31), MARCH_15)]


def test_a_delay_told_by_its_participle_moves_the_date():
    text = (
        "Corvane Motors has announced a delay to its new saloon, postponing its launch from "
        "the planned spring 2025 date to late 2025."
    )
    assert read_in_october.windows(text) == [(Y(2025, 9, 1), Y(2025, 12, 31))]


def test_a_window_narrowed_to_a_part_of_it_is_the_new_date():
    text = "Corvane Motors said the 2025 launch window has been narrowed to the spring of 2025."
    assert read_in_october.windows(text) == [(Y(2025, 3, 1), Y(2025, 5, 31))]


def test_a_month_moved_to_after_a_past_date_is_the_one_gone_by():
    text = (
        "The tram extension was supposed to open in September last year. That date was "
        "subsequently pushed back to November."
    )
    assert read_brenmoor.dated(text) == []


def test_a_month_moved_to_with_no_past_date_before_is_ahead():
    text = "Ostvale Water Board said the reservoir's opening was pushed back to November."
    assert read_brenmoor.windows(text) == [(Y(2025, 11, 1), Y(2025, 11, 30))]


def test_a_date_a_past_move_named_before_a_later_one_is_an_earlier_plan():
    text = (
        "En 2020, la ligne de Halden Transit était annoncée pour 2023, un an plus tard elle a "
        "été décalée en 2025 et elle n'arrivera pas avant 2027."
    )
    assert [(d.start, d.end) for d in read.dated_drafts(text, language="fr")] == [
        (Y(2027, 12, 31), None)
    ]
