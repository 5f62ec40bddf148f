"""Which date a promise's verb governs, and the window it gives (docs/article-import.md): a
fronted date and the commitment it belongs to, an open end, the term of a contract or a
closure, a span, a pace and an amount of time, weekdays and words that are no date, the date
of another event the sentence names, and the background date of a line the subject connects
to. One behaviour per test; the sentences are invented, in the shape real articles take.
"""

from __future__ import annotations

import datetime as dt

from tests.language.article_ledgers import (
    read,
    read_brenmoor,
    read_in_october,
    read_motors_and_yards,
    read_on_june_1,
    read_pharma_yards_and_lumeo,
    read_transit_and_yards,
    read_transit_yards_and_lumeo,
)

Y = dt.date


# --- A fronted date and the commitment it belongs to ---------------------------------------------


def test_a_fronted_deadline_reaches_past_a_long_subject():
    text = (
        "Halden Transit a présenté son plan.\n\n"
        "D'ici 2027, un centre de maintenance réunissant les équipes des lignes de bus, de "
        "tramway et de métro de toute la région devrait être construit à Briffaut."
    )
    [draft] = read.dated_drafts(text, language="fr")
    assert (draft.start, draft.end) == (None, Y(2027, 12, 31))


def test_a_fronted_period_still_reaches_only_a_few_words():
    text = (
        "Halden Transit a présenté son plan.\n\n"
        "En 2027, un centre de maintenance réunissant les équipes des lignes de bus, de "
        "tramway et de métro de toute la région devrait être construit à Briffaut."
    )
    assert read.dated_drafts(text, language="fr") == []


def test_a_date_after_puis_belongs_to_the_commitment_after_it():
    text = (
        "Halden Transit ouvre trois stations.\n\n"
        "Puis, en 2027, Halden Transit va prolonger la ligne."
    )
    [draft] = read.dated_drafts(text, language="fr")
    assert (draft.start, draft.end) == (Y(2027, 1, 1), Y(2027, 12, 31))


def test_a_date_after_a_place_or_stage_set_before_it_still_opens_the_clause():
    for text, language in (
        (
            "Halden Transit ouvre trois stations.\n\n"
            "Dans un second temps, à partir de fin septembre 2027, Halden Transit va "
            "prolonger la ligne.",
            "fr",
        ),
        (
            "Corvane Motors opens its plant this month.\n\n"
            "In Europe, by late September 2027, Corvane Motors will add a second line.",
            "en",
        ),
    ):
        [draft] = read.dated_drafts(text, language=language)
        assert draft.end == Y(2027, 9, 30), text


def test_a_date_after_a_word_that_sums_up_is_its_gloss():
    text = (
        "Halden Transit ouvre trois stations.\n\n"
        "En clair, d'ici quatre ans, les voyageurs pourront traverser la ville en tramway."
    )
    assert read.dated_drafts(text, language="fr") == []


def test_a_date_after_then_belongs_to_the_commitment_after_it():
    text = (
        "Corvane Motors opens its plant this month.\n\n"
        "Then, in 2027, Corvane Motors will add a second line."
    )
    [draft] = read.dated_drafts(text)
    assert (draft.start, draft.end) == (Y(2027, 1, 1), Y(2027, 12, 31))


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


def test_a_cleft_puts_the_date_first_and_it_is_still_the_plans():
    text = "C'est le 17 juillet prochain qu'Halden Transit prévoit d'ouvrir la ligne."
    [draft] = read.dated_drafts(text, language="fr")
    assert (draft.start, draft.end) == (Y(2024, 7, 17), Y(2024, 7, 17))


def test_a_time_between_the_subject_and_its_commitment_is_the_commitments():
    text = "Halden Transit next year will renegotiate its contract with the region."
    [draft] = read.dated_drafts(text)
    assert (draft.promiser_name, draft.start, draft.end) == (
        "Halden Transit",
        Y(2025, 1, 1),
        Y(2025, 12, 31),
    )


def test_a_time_after_a_participle_in_the_subject_is_not_the_commitments():
    text = "Halden Transit is rebuilding its network. The depot built in 2025 will close."
    assert read.dated_drafts(text) == []


def test_a_participle_and_a_short_place_before_by_a_date_are_a_passive_future():
    text = (
        "Halden Transit has signed a deal that will see a tram depot opened in Brell by the end "
        "of 2026."
    )
    assert read.windows(text) == [(None, Y(2026, 12, 31))]


def test_an_adjective_in_ous_before_a_participle_opens_no_relative_clause():
    text = (
        "Halden Transit intends to bring changes in autonomous driving to a new line of trams "
        "to be launched in 2026."
    )
    assert read.windows(text) == [(Y(2026, 1, 1), Y(2026, 12, 31))]


# --- An open end, a contract's term, a closure ---------------------------------------------------


def test_a_start_with_or_later_is_no_promise():
    text = "Corvane said new riders will get their passes from mid-2025 or later."
    assert read_transit_and_yards.windows(text) == []


def test_a_french_date_with_ou_plus_tard_is_no_promise():
    text = "Halden Yards ouvrira son second quai en 2026 ou plus tard, a indiqué la direction."
    assert read_transit_and_yards.windows(text, language="fr") == []


def test_a_year_and_beyond_is_no_promise():
    text = "Les projets de Halden Yards prévus pour 2026 et au-delà sont nombreux."
    assert read_transit_and_yards.windows(text, language="fr") == []
    text = "Halden Yards will keep adding berths in 2026 and beyond."
    assert read_transit_and_yards.windows(text) == []
    # The year alone is still the plan's.
    text = "Halden Yards will add two berths in 2026."
    assert read_transit_and_yards.windows(text) == [(Y(2026, 1, 1), Y(2026, 12, 31))]


def test_either_just_before_a_time_or_after_it_is_no_promise():
    text = "Halden Transit ouvrira sa ligne soit juste avant les fêtes ou après les fêtes."
    assert read.windows(text, language="fr") == []
    text = "Halden Transit will open its line before the summer or after it."
    assert read.windows(text) == []


def test_a_start_without_an_open_end_is_still_a_promise():
    text = "Corvane said new riders will get their passes from mid-2025."
    assert read_transit_and_yards.windows(text) == [(Y(2025, 5, 1), Y(2025, 8, 31))]


def test_a_second_commitment_after_a_contract_keeps_its_until_date():
    text = (
        "La moitié des contrats de Halden Yards seront résiliés d'ici fin septembre et les "
        "postes restants seront supprimés jusqu'en 2026, a indiqué le groupe."
    )
    assert read_transit_and_yards.windows(text, language="fr") == [
        (None, Y(2024, 9, 30)),
        (None, Y(2026, 12, 31)),
    ]


def test_a_single_commitment_on_a_contract_until_a_date_is_still_a_term():
    text = "Halden Yards will supply the depot under a contract until 2030, the company said."
    assert read_transit_and_yards.windows(text) == []


def test_a_french_contract_prolonged_until_a_date_is_still_a_term():
    text = "Les contrats de Halden Yards seront prolongés jusqu'en 2027, a indiqué le groupe."
    assert read_transit_and_yards.windows(text, language="fr") == []


def test_the_span_a_contract_runs_for_is_its_term_not_a_deadline():
    text = "Halden Yards said the contract would run for 18 months starting in September."
    assert read_pharma_yards_and_lumeo.windows(text) == []


def test_works_that_last_until_a_date_end_by_it():
    text = "Les travaux de Lumeo dureront jusqu'en 2026."
    assert read_pharma_yards_and_lumeo.windows(text, language="fr") == [(None, Y(2026, 12, 31))]


def test_a_contract_to_be_negotiated_is_the_parties_event_not_a_promise():
    text = "The contract for the next four ships is expected to be negotiated in 2026."
    assert read_pharma_yards_and_lumeo.windows(text, title="Halden Yards wins frigate deal") == []


def test_a_contract_to_be_signed_by_a_named_party_is_that_partys_promise():
    text = "The contract is expected to be signed by Halden Yards in 2025."
    assert read_pharma_yards_and_lumeo.windows(text) == [(Y(2025, 1, 1), Y(2025, 12, 31))]


def test_a_promise_to_deliver_under_a_contract_is_still_a_promise():
    text = "Under the contract, Halden Yards is expected to deliver the first ship in 2027."
    assert read_pharma_yards_and_lumeo.windows(text) == [(Y(2027, 1, 1), Y(2027, 12, 31))]


def test_a_closure_until_a_date_is_the_date_it_ends_in_french():
    text = "Le dépôt de Halden Transit est actuellement fermé pour travaux jusqu'en 2026."
    assert read_in_october.windows(text, language="fr") == [(None, Y(2026, 12, 31))]


def test_a_closure_until_a_date_is_the_date_it_ends():
    text = "The Halden Transit depot is temporarily closed for renovation until March 2026."
    assert read_in_october.windows(text) == [(None, Y(2026, 3, 31))]


def test_a_closure_with_no_end_is_no_promise():
    text = "The Halden Transit depot is closed for renovation, and was rebuilt in 2019."
    assert read_in_october.dated_drafts(text) == []


# --- Spans, paces and amounts of time ------------------------------------------------------------


def test_a_least_duration_is_how_long_not_a_date_promised():
    text = "Le guichet de Halden Transit déménagera sous une tente pour au moins deux ans."
    assert read.dated_drafts(text, language="fr") == []


def test_a_least_duration_in_english_is_no_date_either():
    text = "Halden Transit will run buses instead of trams for at least six months."
    assert read.dated_drafts(text) == []


def test_a_span_to_get_something_done_is_still_a_deadline():
    text = "Halden Transit will rebuild the depot within two years."
    [draft] = read.dated_drafts(text)
    assert draft.end == Y(2026, 6, 14)


def test_a_rate_over_a_span_is_the_pace_of_the_promise_dated_by_its_end():
    text = (
        "Ostvale Water Board will replace ten pumps a year between 2026 and 2031, so that all "
        "sixty will be in service in 2031."
    )
    assert read_brenmoor.windows(text) == [(Y(2031, 1, 1), Y(2031, 12, 31))]


def test_a_span_without_a_rate_stays_a_promise():
    text = (
        "Ostvale Water Board will rebuild the dam between 2026 and 2031, and open the new "
        "spillway in 2031."
    )
    assert read_brenmoor.windows(text) == [
        (Y(2026, 1, 1), Y(2031, 12, 31)),
        (Y(2031, 1, 1), Y(2031, 12, 31)),
    ]


def test_missing_a_target_by_a_decade_is_no_deadline():
    text = "Halden Yards is on course to miss its hiring target by a decade, the firm said."
    assert read_motors_and_yards.dated_drafts(text) == []


def test_late_by_two_years_is_no_deadline():
    text = "Corvane will deliver the vans late by two years, the company said."
    assert read_motors_and_yards.dated_drafts(text) == []


def test_within_two_years_is_still_a_deadline():
    text = "Corvane will deliver the vans within two years, the company said."
    [draft] = read_motors_and_yards.dated_drafts(text)
    assert draft.end == Y(2026, 6, 14)


# --- Weekdays, and words that are no date --------------------------------------------------------


def test_a_launch_on_a_bare_weekday_is_that_day():
    # Published on Friday 14 June 2024: "mardi" is Tuesday the 18th.
    [draft] = read.dated_drafts(
        "Halden Transit lancera mardi son abonnement mensuel.", language="fr"
    )
    assert (draft.start, draft.end) == (Y(2024, 6, 18), Y(2024, 6, 18))


def test_an_english_launch_on_a_weekday_is_that_day():
    [draft] = read.dated_drafts("Halden Transit will launch on Tuesday its monthly pass.")
    assert (draft.start, draft.end) == (Y(2024, 6, 18), Y(2024, 6, 18))


def test_a_presentation_on_a_bare_weekday_is_still_a_meeting():
    assert (
        read.dated_drafts("Halden Transit doit présenter mardi sa stratégie.", language="fr") == []
    )


def test_a_weekday_after_from_opening_the_sentence_is_when_it_begins():
    # Published on Friday 14 June 2024: "lundi" is Monday the 17th.
    text = "À partir de lundi, Halden Transit va fermer la station Gare Sud pendant deux mois."
    [draft] = read.dated_drafts(text, language="fr")
    assert (draft.promiser_name, draft.start, draft.end) == (
        "Halden Transit",
        Y(2024, 6, 17),
        Y(2024, 6, 17),
    )


def test_a_bare_weekday_before_a_presentation_is_still_a_meeting():
    text = "Lundi, Halden Transit va présenter son plan pour la station Gare Sud."
    assert read.dated_drafts(text, language="fr") == []


def test_a_model_year_is_no_second_deadline():
    text = "Corvane Motors is scheduled to deliver the coupé in 2026 as a 2027 model."
    assert read.windows(text) == [(Y(2026, 1, 1), Y(2026, 12, 31))]


def test_a_capitalised_today_after_a_name_is_no_deadline():
    text = (
        "Corvane will open a battery plant in October, according to the outlet Hunan Today "
        "on June 3."
    )
    assert [(d.start, d.end) for d in read_motors_and_yards.dated_drafts(text)] == [
        (Y(2024, 10, 1), Y(2024, 10, 31))
    ]


def test_the_end_of_a_school_year_is_its_summer_not_the_calendar_years_end():
    # Said on 1 June 2024, in the 2023-24 school year, which ends with the summer.
    text = "Corvane Motors ouvrira son centre de formation d'ici la fin de l'année scolaire."
    assert read_on_june_1.windows(text) == [(None, Y(2024, 8, 31))]


def test_the_end_of_the_calendar_year_is_still_a_deadline():
    text = "Corvane Motors ouvrira son centre de formation d'ici la fin de l'année."
    assert read_on_june_1.windows(text) == [(None, Y(2024, 12, 31))]


# --- The date of another event the sentence names ------------------------------------------------


def test_a_date_inside_an_event_named_after_after_is_the_events():
    text = (
        "Halden Yards is looking to sign a production contract after completion of the design "
        "phase at the end of March 2025."
    )
    assert read_pharma_yards_and_lumeo.windows(text) == []


def test_a_promise_dated_before_its_after_clause_keeps_its_date():
    text = "Halden Yards will deliver the ship in 2027, after completion of the sea trials."
    assert read_pharma_yards_and_lumeo.windows(text) == [(Y(2027, 1, 1), Y(2027, 12, 31))]


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


def test_when_it_opens_dates_the_opening_of_what_the_sentence_is_about():
    text = (
        "Halden Transit is building a depot in Lyon, which will hold 40 trams when it opens "
        "in late 2025."
    )
    [draft] = read.dated_drafts(text)
    assert (draft.promiser_name, draft.start, draft.end) == (
        "Halden Transit",
        Y(2025, 9, 1),
        Y(2025, 12, 31),
    )


def test_when_a_rule_takes_effect_is_still_another_event():
    text = "Halden Transit will apply the new fare rule when it takes effect on Sept. 1, 2025."
    assert read.dated_drafts(text) == []


# --- The date of a line or project the subject connects to or extends ----------------------------


def test_the_date_of_a_line_the_subject_extends_is_background():
    text = (
        "Le tronçon de Corvane, prolongement de la ligne existante dont la mise en service est "
        "prévue fin 2025, comportera six stations et sera achevé d'ici fin 2030."
    )
    assert read_transit_yards_and_lumeo.windows(text, language="fr") == [(None, Y(2030, 12, 31))]


def test_the_date_of_a_line_the_subject_connects_to_is_background():
    text = (
        "La nouvelle ligne de Corvane se connecterait aux futurs tramways T4 et T5, qui doivent "
        "voir le jour en 2026."
    )
    assert read_transit_yards_and_lumeo.windows(text, language="fr") == []


def test_the_date_of_a_line_it_links_to_is_background_in_english_too():
    text = (
        "Corvane's new bus route will link to the airport rail line, which is due to open in 2026."
    )
    assert read_transit_yards_and_lumeo.windows(text) == []


def test_a_relative_clause_on_the_subjects_own_project_is_still_its_promise():
    text = (
        "Corvane a lancé le chantier du tramway de Lisière, dont la mise en service est prévue "
        "fin 2027."
    )
    assert read_transit_yards_and_lumeo.windows(text, language="fr") == [
        (Y(2027, 9, 1), Y(2027, 12, 31))
    ]


def test_a_connection_to_the_promisers_own_network_keeps_its_date():
    text = "Lumeo will connect the town to its fibre network, which will be completed by 2026."
    assert read_transit_yards_and_lumeo.windows(text) == [(None, Y(2026, 12, 31))]


def test_that_year_alone_in_its_sentence_is_the_one_the_sentence_before_named():
    text = (
        "Corvane Motors has pushed its second plant back to 2029. "
        "The plant is slated to begin running either that year or in 2030."
    )
    assert (Y(2029, 1, 1), Y(2030, 12, 31)) in read.windows(text)
    text = (
        "Corvane Motors will open a plant in 2027. It aims to hire 900 people by the end of "
        "that same year."
    )
    assert read.windows(text) == [(Y(2027, 1, 1), Y(2027, 12, 31)), (None, Y(2027, 12, 31))]


def test_between_then_and_a_year_starts_at_the_year_just_named():
    text = (
        "Corvane Motors expects the plant to be completed in 2028 and to begin production "
        "between then and 2029."
    )
    assert (Y(2028, 1, 1), Y(2029, 12, 31)) in read.windows(text)


def test_a_year_named_by_the_one_before_it_is_that_year():
    text = (
        "Corvane Motors aims to take pre-orders in the first half of 2025, and hopes to start "
        "sales before the end of that year."
    )
    assert read.windows(text) == [(Y(2025, 1, 1), Y(2025, 6, 30)), (None, Y(2025, 12, 31))]
    text = (
        "Corvane Motors will start production in 2026, with deliveries in Japan in the latter "
        "half of the same year."
    )
    assert read.windows(text) == [
        (Y(2026, 1, 1), Y(2026, 12, 31)),
        (Y(2026, 7, 1), Y(2026, 12, 31)),
    ]
    # "the next year" is as often the twelve months ahead: read as the parser reads it.
    text = "In 2024 Corvane Motors said it would hire 500 people over the next year."
    assert read.windows(text) == [(None, Y(2025, 12, 31))]
    text = "Corvane Motors lancera la production en 2026 et les livraisons l'année suivante."
    assert read.windows(text, language="fr") == [
        (Y(2026, 1, 1), Y(2026, 12, 31)),
        (Y(2027, 1, 1), Y(2027, 12, 31)),
    ]
