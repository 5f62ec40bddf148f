"""The importer's rules from the fifteenth round (docs/article-import.md, "Fifteenth round:
the sixteenth blind batch"), from the misses of the sixteenth batch, on promises an article
reports as made earlier, once it had been scored untuned. One behaviour per test; the
sentences are invented, in the shape real articles take.
"""

from __future__ import annotations

import datetime as dt

from language.articles import KnownOrganisation
from tests.language.article_reading import Reader

# A Thursday.
PUBLISHED = dt.date(2025, 3, 6)
ORGS = [
    KnownOrganisation(1, "Brenmoor Kali Mining (Brekam)"),
    KnownOrganisation(2, "Ostvale Water Board"),
    KnownOrganisation(3, "Tarrow Agency (France)"),
    KnownOrganisation(4, "Ostvale Council (Department of Parks and Roads)"),
]

read = Reader(ORGS, PUBLISHED)
Y = dt.date


# --- Who promises: a gloss that shortens the name or is a body's, a consortium, a headline ----


def test_a_gloss_that_shortens_the_name_names_the_organisation():
    text = "Brekam will open its second potash shaft by the end of 2026."
    assert read.found(text) == [(None, Y(2026, 12, 31), "Brenmoor Kali Mining (Brekam)")]


def test_a_gloss_that_names_a_place_is_no_name_of_the_organisation():
    text = "France will open the new border post by the end of 2026."
    assert [promiser for _, _, promiser in read.found(text)] != ["Tarrow Agency (France)"]


def test_a_gloss_that_is_a_bodys_own_name_names_the_organisation():
    text = "The Department of Parks and Roads will resurface the ring road by 2027."
    assert read.found(text) == [
        (None, Y(2027, 12, 31), "Ostvale Council (Department of Parks and Roads)")
    ]


def test_a_consortium_is_named_without_the_word_consortium():
    reader = Reader([KnownOrganisation(1, "Kestrel 6x6 consortium (Halden, Corvane)")], PUBLISHED)
    text = "Les premiers blindés du Kestrel 6x6 seront livrés en novembre 2026."
    assert reader.found(text, language="fr") == [
        (Y(2026, 11, 1), Y(2026, 11, 30), "Kestrel 6x6 consortium (Halden, Corvane)")
    ]


def test_a_part_of_a_thing_opening_the_headline_is_no_promiser():
    text = (
        "Work on the Harbour Stretch is nearly done. The stretch to the harbour is set to open "
        "in June, officials said."
    )
    drafts = read.dated_drafts(text, title="Stretch of Ostvale tram line on track to open in June")
    assert [d.promiser_name for d in drafts] == [""]


# --- When it was said: a dated statement told after the promise -----------------------------------


def test_a_statement_its_organisation_dates_afterwards_dates_the_lead():
    text = (
        "Brenmoor Kali Mining plans to open its second potash shaft in the second half of "
        "2026, the company said.\n\n"
        "The first shaft reached full output in January with a crew of forty, Brenmoor Kali "
        "Mining said in a statement on Tuesday."
    )
    assert read.dated(text) == [(Y(2026, 7, 1), Y(2026, 12, 31), Y(2025, 3, 4))]


def test_the_time_of_an_event_its_organisation_tells_does_not_date_its_next_promise():
    text = (
        "Brenmoor Kali Mining will sink a new shaft by 2026.\n\n"
        "The first shaft opened in 2019, Brenmoor Kali Mining said. It will open a third one "
        "by 2028."
    )
    assert read.dated(text) == [
        (None, Y(2026, 12, 31), PUBLISHED),
        (None, Y(2028, 12, 31), PUBLISHED),
    ]


def test_a_weekday_in_an_attribution_between_commas_is_when_it_was_said():
    text = (
        "“The pumps will be running in May,” board chair Ida Marsh told reporters during a "
        "site tour on Monday, according to the Ostvale Courier."
    )
    assert read.dated(text) == [(Y(2025, 5, 1), Y(2025, 5, 31), Y(2025, 3, 3))]


# --- When it was said: the promise's own time, not its report's -----------------------------------


def test_a_pledge_made_for_a_campaign_was_made_in_its_year():
    text = (
        "Yesterday the Ostvale Courier reported: “The Water Board has kept its pledge to "
        "replace every lead pipe by 2029, which was made before the 2021 local election.”"
    )
    assert read.dated(text) == [(None, Y(2029, 12, 31), Y(2021, 1, 1))]


def test_a_clause_saying_when_a_promise_was_first_made_dates_it():
    text = (
        "Last week the board restated its promise to open a second reservoir by 2030, which "
        "was first announced in 2022."
    )
    assert read.dated(text) == [(None, Y(2030, 12, 31), Y(2022, 1, 1))]


def test_a_french_campaign_names_its_year():
    text = (
        "Ostvale Water Board s'est engagé à ouvrir la piscine d'ici 2027, une promesse faite "
        "lors de la campagne municipale de 2020."
    )
    assert read.dated(text, language="fr") == [(None, Y(2027, 12, 31), Y(2020, 1, 1))]


def test_a_pledge_made_during_a_campaign_was_made_in_its_year():
    text = (
        "Ostvale Water Board pledged during the 2022 mayoral election campaign to replace "
        "every lead pipe by 2029."
    )
    assert read.dated(text) == [(None, Y(2029, 12, 31), Y(2022, 1, 1))]


def test_a_manifesto_named_by_its_year_dates_its_pledges():
    text = "In its 2022 manifesto, Ostvale Water Board promised to replace every lead pipe by 2029."
    assert read.dated(text) == [(None, Y(2029, 12, 31), Y(2022, 1, 1))]


def test_a_pledge_named_by_its_year_was_made_that_year():
    text = (
        "Ostvale Water Board's 2022 pledge to replace every lead pipe by 2029 was quietly "
        "dropped last week."
    )
    assert read.dated(text) == [(None, Y(2029, 12, 31), Y(2022, 1, 1))]


def test_an_interview_named_by_its_month_dates_what_was_said_in_it():
    text = (
        "In a June 2023 interview, Ostvale Water Board chair Ida Marsh said the reservoir "
        "would open in 2027."
    )
    assert read.dated(text) == [(Y(2027, 1, 1), Y(2027, 12, 31), Y(2023, 6, 1))]


def test_a_relative_clause_that_says_when_the_promise_was_made_dates_it():
    text = (
        "The reservoir, which Ostvale Water Board said in 2022 would open in 2027, has been "
        "held up by a planning appeal."
    )
    assert read.dated(text) == [(Y(2027, 1, 1), Y(2027, 12, 31), Y(2022, 1, 1))]


def test_a_relative_clause_about_who_someone_is_does_not_date_the_promise():
    text = (
        "Ida Marsh, who joined Ostvale Water Board in 2019, said the reservoir would open in 2027."
    )
    assert read.dated(text) == [(Y(2027, 1, 1), Y(2027, 12, 31), PUBLISHED)]


# --- When it was said: an occasion of speech, and the present that goes on telling it -------------


def test_speaking_somewhere_on_a_day_dates_what_the_speaker_goes_on_to_promise():
    text = (
        "Speaking in the council chamber on 3 March, Ostvale Water Board chair Ida Marsh "
        "reiterated the plan and gave an update. She said “We are committed to finishing the "
        "new reservoir by 2028.”"
    )
    assert read.dated(text) == [(None, Y(2028, 12, 31), Y(2025, 3, 3))]


def test_speaking_somewhere_on_a_day_without_saying_anything_dates_nothing_after():
    text = (
        "Speaking at the site on 3 March, the chair of Ostvale Water Board thanked the "
        "workers. Ostvale Water Board will widen the dam by 2027."
    )
    assert read.dated(text) == [(None, Y(2027, 12, 31), PUBLISHED)]


def test_a_visit_on_a_day_dates_what_is_said_in_the_present_just_after():
    text = (
        "En visite chez Ostvale Water Board le lundi 3 mars pour inaugurer la station, la "
        "ministre Ida Marsh a annoncé que l'ancienne usine pourrait tourner jusqu'en 2027. La "
        "ministre assure que Ostvale Water Board fermera l'ancienne usine en 2026."
    )
    assert read.dated(text, language="fr") == [(Y(2026, 1, 1), Y(2026, 12, 31), Y(2025, 3, 3))]


def test_the_present_of_speech_with_no_dated_statement_before_is_the_articles_day():
    text = (
        "La ministre Ida Marsh a inauguré la station. La ministre assure que Ostvale Water "
        "Board fermera l'ancienne usine en 2026."
    )
    assert read.dated(text, language="fr") == [(Y(2026, 1, 1), Y(2026, 12, 31), PUBLISHED)]


def test_the_present_of_speech_after_an_old_statement_is_the_articles_day():
    text = (
        "In 2019, Ostvale Water Board said it would build a reservoir by 2022. Ostvale Water "
        "Board says the reservoir will open in 2026."
    )
    assert read.dated(text) == [
        (None, Y(2022, 12, 31), Y(2019, 1, 1)),
        (Y(2026, 1, 1), Y(2026, 12, 31), PUBLISHED),
    ]


# --- When it was said: an earlier plan dated by the act that set it -------------------------------


def test_a_plan_set_by_a_dated_contract_was_promised_when_it_was_signed():
    text = (
        "Le calendrier du contrat signé en mars 2019 prévoyait la mise en service du forage "
        "en juin 2021, avant qu'elle ne soit repoussée à octobre 2022."
    )
    assert read.dated(text, language="fr") == [(Y(2021, 6, 1), Y(2021, 6, 30), Y(2019, 3, 1))]


def test_a_plan_due_when_an_application_was_lodged_was_promised_then():
    text = (
        "A permit application was lodged in November, and the new depot was then due to open "
        "in May 2026, but the council now says the site is contaminated."
    )
    assert read.dated(text) == [(Y(2026, 5, 1), Y(2026, 5, 31), Y(2024, 11, 1))]


def test_an_earlier_plan_with_no_date_of_its_own_stays_superseded():
    text = "The new depot was due to open in May 2026, but the site is contaminated."
    assert read.dated(text) == []


def test_a_contract_signed_by_someone_in_a_year_dates_the_plan_it_provided_for():
    text = "The contract Ostvale Water Board signed in 2019 provided for a new intake by 2022."
    assert read.dated(text) == [(None, Y(2022, 12, 31), Y(2019, 1, 1))]


def test_a_contract_signed_in_an_aside_dates_the_plan_it_provided_for():
    text = (
        "Le contrat, signé en 2019 par Ostvale Water Board, prévoyait une nouvelle prise d'eau "
        "en 2022."
    )
    assert read.dated(text, language="fr") == [(Y(2022, 1, 1), Y(2022, 12, 31), Y(2019, 1, 1))]


def test_a_contract_signed_by_a_named_party_in_a_year_dates_its_plan_in_french():
    text = (
        "Le contrat signé par Ostvale Water Board en 2019 prévoyait une nouvelle prise d'eau "
        "en 2022."
    )
    assert read.dated(text, language="fr") == [(Y(2022, 1, 1), Y(2022, 12, 31), Y(2019, 1, 1))]


def test_a_schedule_published_in_a_year_dates_the_plan_it_showed():
    text = (
        "According to the timetable Ostvale Water Board published in 2021, the intake was due "
        "to open in 2024."
    )
    assert read.dated(text) == [(Y(2024, 1, 1), Y(2024, 12, 31), Y(2021, 1, 1))]


def test_what_was_to_be_by_a_schedule_presented_in_a_year_was_promised_then():
    text = (
        "Selon le calendrier présenté en 2021 par Ostvale Water Board, la prise d'eau devait "
        "ouvrir en 2024."
    )
    assert read.dated(text, language="fr") == [(Y(2024, 1, 1), Y(2024, 12, 31), Y(2021, 1, 1))]


def test_what_was_to_be_with_no_date_of_its_own_stays_superseded_in_french():
    text = "La prise d'eau d'Ostvale Water Board devait ouvrir en 2024, mais le chantier a glissé."
    assert read.dated(text, language="fr") == []


def test_a_commitment_made_by_signing_a_dated_act_was_made_then():
    text = (
        "Ostvale Water Board s'est engagé à raccorder 4.000 foyers en trois ans en signant "
        "une convention avec la région en 2021."
    )
    assert read.dated(text, language="fr") == [(None, Y(2024, 12, 31), Y(2021, 1, 1))]


def test_an_english_commitment_made_when_signing_was_made_then():
    text = (
        "Ostvale Water Board committed to connecting 4,000 homes within three years when it "
        "signed the regional agreement in 2021."
    )
    assert read.dated(text) == [(None, Y(2024, 12, 31), Y(2021, 1, 1))]


# --- A promise found and dated: the pluperfect and imperfect of promising, an aim then held -------


def test_a_promise_in_the_imperfect_is_the_one_made_at_the_time_it_opens_on():
    text = "En 2021, Ostvale Water Board promettait une nouvelle prise d'eau en 2024."
    assert read.dated(text, language="fr") == [(Y(2024, 1, 1), Y(2024, 12, 31), Y(2021, 1, 1))]


def test_a_commitment_in_the_pluperfect_with_its_year_between_is_found_and_dated():
    text = "Ostvale Water Board s'était engagé en 2021 à ouvrir la prise d'eau d'ici 2024."
    assert read.dated(text, language="fr") == [(None, Y(2024, 12, 31), Y(2021, 1, 1))]


def test_an_aim_held_at_the_time_the_sentence_opens_on_was_stated_then():
    text = "In 2021, Ostvale Water Board was aiming to open the new intake in 2024."
    assert read.dated(text) == [(Y(2024, 1, 1), Y(2024, 12, 31), Y(2021, 1, 1))]


# --- A promise found: reported speech that goes on into the next sentence -------------------------


def test_would_in_the_sentence_after_reported_speech_is_the_speakers_promise():
    text = (
        "Brenmoor Kali Mining executives told shareholders on Tuesday that the permit was "
        "close. Digging would begin in the first half of 2026."
    )
    assert read.dated(text) == [(Y(2026, 1, 1), Y(2026, 6, 30), Y(2025, 3, 4))]


def test_would_after_a_sentence_of_the_writers_own_is_no_promise():
    text = (
        "Brenmoor Kali Mining opened its first shaft in 2019. Digging would begin in the "
        "first half of 2026."
    )
    assert read.dated(text) == []


def test_would_after_what_analysts_said_is_no_promise():
    text = (
        "Analysts told the Courier that Brenmoor Kali Mining was short of cash. A sale of the "
        "shaft would bring in money by the end of 2026."
    )
    assert read.dated(text) == []


# --- How many promises: a pace, a span said again, a move within a past story ---------------------


def test_a_rate_over_a_span_is_the_pace_of_the_promise_dated_by_its_end():
    text = (
        "Ostvale Water Board will replace ten pumps a year between 2026 and 2031, so that all "
        "sixty will be in service in 2031."
    )
    assert read.windows(text) == [(Y(2031, 1, 1), Y(2031, 12, 31))]


def test_a_span_without_a_rate_stays_a_promise():
    text = (
        "Ostvale Water Board will rebuild the dam between 2026 and 2031, and open the new "
        "spillway in 2031."
    )
    assert read.windows(text) == [
        (Y(2026, 1, 1), Y(2031, 12, 31)),
        (Y(2031, 1, 1), Y(2031, 12, 31)),
    ]


def test_a_span_said_again_with_the_day_it_runs_from_is_one_promise_dated_then():
    text = (
        "Ostvale Water Board s'est engagé à raccorder 4.000 foyers de la vallée en trois ans. "
        "Le président l'a répété hier.\n\n"
        "Ostvale Water Board s'est engagé à raccorder ces foyers en trois ans en signant une "
        "convention avec la région en 2021."
    )
    assert read.dated(text, language="fr") == [(None, Y(2024, 12, 31), Y(2021, 1, 1))]


def test_a_month_moved_to_after_a_past_date_is_the_one_gone_by():
    text = (
        "The tram extension was supposed to open in September last year. That date was "
        "subsequently pushed back to November."
    )
    assert read.dated(text) == []


def test_a_month_moved_to_with_no_past_date_before_is_ahead():
    text = "Ostvale Water Board said the reservoir's opening was pushed back to November."
    assert read.windows(text) == [(Y(2025, 11, 1), Y(2025, 11, 30))]
