"""The importer's rules for real text (issue 15, second round): who promises when nobody is
named, which phrases commit, which date a verb governs, page layout. One behaviour per test;
the sentences are invented, in the shape real articles take.
"""

from __future__ import annotations

import datetime as dt

from language.articles import KnownOrganisation
from tests.language.article_reading import Reader

PUBLISHED = dt.date(2024, 3, 12)
ORGS = [
    KnownOrganisation(1, "Nordvik Cloud", ("Nordvik",)),
    KnownOrganisation(2, "French State", ("l'État", "le gouvernement")),
    KnownOrganisation(3, "Skyrail"),
]

read = Reader(ORGS, PUBLISHED)
drafts = read.drafts
found = read.found


Y = dt.date


# --- Promiser --------------------------------------------------------------------------


def test_a_promise_whose_promiser_is_never_named_is_drafted_for_the_editor_to_choose():
    [draft] = drafts("The new plant is expected to begin operations by the end of 2027.")
    assert (draft.promiser_pk, draft.promiser_name, draft.end) == (None, "", Y(2027, 12, 31))
    assert "to choose" in draft.reason
    assert draft.statement.startswith("Is expected to begin operations")


def test_a_month_abbreviated_in_the_headline_is_no_promiser():
    [draft] = drafts(
        "It will be released on Nov. 12.", title="Two consoles set to be released on Nov. 12"
    )
    assert (draft.promiser_pk, draft.promiser_name) == (None, "")


def test_an_outsider_as_subject_still_makes_no_draft():
    assert drafts("The European Union aims to reach 300 GW of offshore wind by 2050.") == []


def test_an_organisation_introduced_by_its_base_before_a_comma_place_is_the_promiser():
    text = (
        "2. Nordvik Cloud plans to open a data centre in Bergen in 2025.\n\n"
        "3. Winston-Salem, N.C.-based Skyrail is planning a depot in Bluffton, S.C., "
        "expected to open in 2028."
    )
    assert found(text)[-1] == (Y(2028, 1, 1), Y(2028, 12, 31), "Skyrail")


# --- Layout ----------------------------------------------------------------------------


def test_a_line_that_is_only_a_day_dates_the_prose_below_it():
    text = (
        "Route news of the week, updated daily.\n"
        "March 15\n"
        "Skyrail will begin flights to Oslo in June 2024.\n"
    )
    [draft] = drafts(text)
    assert (draft.stated_on, draft.start, draft.end) == (
        Y(2024, 3, 15),
        Y(2024, 6, 1),
        Y(2024, 6, 30),
    )


def test_a_date_line_over_a_short_line_is_a_timetable_entry():
    text = (
        "Skyrail publie son calendrier des ouvertures.\n\n"
        "Fin 2023\n\nLigne 1 : Gare - Port\n\n"
        "Avril 2025\n\nLigne 2 : Centre - Aéroport\n\n"
        "Mi-2026 (sans doute plus tard)\n\nLigne 3 : Nord - Sud"
    )
    made = drafts(text, language="fr")
    assert [(d.quote, d.end, d.promiser_name) for d in made] == [
        ("Avril 2025\n\nLigne 2 : Centre - Aéroport", Y(2025, 4, 30), "Skyrail"),
        ("Mi-2026 (sans doute plus tard)\n\nLigne 3 : Nord - Sud", Y(2026, 8, 31), "Skyrail"),
    ]  # the 2023 entry was already past


def test_dated_short_lines_after_a_colon_inherit_its_commitment():
    text = (
        "Skyrail news\n\n"
        "Additional routes launching in Q2 2024 include:\n-\nOslo–Bergen (May 4)\n-\n"
        "Oslo–Tromsø (June 6)"
    )
    assert found(text) == [
        (Y(2024, 4, 1), Y(2024, 6, 30), "Skyrail"),
        (Y(2024, 5, 4), Y(2024, 5, 4), "Skyrail"),
        (Y(2024, 6, 6), Y(2024, 6, 6), "Skyrail"),
    ]


def test_list_items_may_end_with_a_full_stop_or_go_on_with_a_sentence():
    text = (
        "Skyrail ouvre de nouvelles gares.\n\n"
        "L'ouverture des gares va s'étendre sur toute l'année, voici la liste :\n\n"
        "Oslo (Nord) : juin 2024.\n\n"
        "Bergen (Ouest) : septembre 2024. Avec ses 12 quais, elle sera la plus grande.\n\n"
        "Tromsø (Nord) : été 2024."
    )
    assert found(text, language="fr")[-3:] == [
        (Y(2024, 6, 1), Y(2024, 6, 30), "Skyrail"),
        (Y(2024, 9, 1), Y(2024, 9, 30), "Skyrail"),
        (Y(2024, 6, 1), Y(2024, 8, 31), "Skyrail"),
    ]


def test_a_photo_caption_gives_way_to_the_storys_own_words_for_one_promise():
    text = (
        "FILE - A Skyrail train at a station. Officials are projecting that millions of "
        "riders will be boarding trains by 2028. (AP Photo/Jan Berg, File)\n\n"
        "Skyrail plans to have trains running by 2028 from Oslo to Bergen."
    )
    [draft] = drafts(text)
    assert draft.quote.startswith("Skyrail plans to have trains running by 2028")


# --- Commitment phrases ----------------------------------------------------------------


def test_a_timetable_verb_in_the_present_with_a_date_is_a_plan():
    assert found("Skyrail news\n\nTest running through the valley starts in May.") == [
        (Y(2024, 5, 1), Y(2024, 5, 31), "Skyrail")
    ]
    assert found("Skyrail news\n\nThe route operates from June 12 with new trains.") == [
        (Y(2024, 6, 12), Y(2024, 6, 12), "Skyrail")
    ]


def test_a_timetable_verb_in_the_french_present_with_a_date_is_a_plan():
    text = "Skyrail annonce ses travaux.\n\nLes travaux de la gare démarrent en ce mois de mars."
    assert found(text, language="fr") == [(Y(2024, 3, 1), Y(2024, 3, 31), "Skyrail")]
    assert found("Skyrail : la nouvelle ligne ouvre le 12 juin.", language="fr") == [
        (Y(2024, 6, 12), Y(2024, 6, 12), "Skyrail")
    ]


def test_a_participle_with_its_date_and_a_progressive_are_arrangements():
    text = "Skyrail is returning to the coast line this month, starting April 2."
    assert found(text) == [
        (Y(2024, 3, 1), Y(2024, 3, 31), "Skyrail"),
        (Y(2024, 4, 2), Y(2024, 4, 2), "Skyrail"),
    ]


def test_a_timetable_verb_right_after_a_superseded_plan_is_part_of_it():
    assert drafts("The line initially was due to begin operating in 2025, but slipped.") == []


# --- Not promises ----------------------------------------------------------------------


def test_a_day_without_a_year_that_passed_within_the_month_is_past():
    assert drafts("Starting March 5, Skyrail will run a second train.") == []


def test_a_plan_someone_criticises_is_not_their_promise():
    assert drafts("Skyrail criticised the port's plans to raise charges by 5% in 2025.") == []


def test_what_earlier_reports_said_is_no_promise():
    assert drafts("Previous reports suggested that Skyrail will open the line in May.") == []


def test_an_expected_share_and_a_share_as_subject_are_forecasts():
    assert drafts("Skyrail expects rail to account for 35% of trips by the end of 2026.") == []
    text = "« Nous prévoyons que d'ici 2030, 40% des trains de Skyrail seront électriques. »"
    assert drafts(text, language="fr") == []


def test_the_findings_a_study_is_expected_to_give_are_no_promise():
    text = "La mission sur la ligne de Skyrail avance. Ses conclusions sont attendues pour juin."
    assert read.windows(text, language="fr") == []
    # The line itself expected for a time is still a plan.
    text = "La ligne de Skyrail est attendue pour juin."
    assert read.windows(text, language="fr") == [(Y(2024, 6, 1), Y(2024, 6, 30))]


def test_a_share_of_the_homes_or_people_a_network_reaches_is_its_coverage_target():
    text = "D'ici fin 2026, 60% des foyers devront disposer de la fibre de Skyrail."
    assert read.windows(text, language="fr") == [(None, Y(2026, 12, 31))]
    text = "Plus de 80% de la population devrait pouvoir prendre le train de Skyrail à fin 2026."
    assert read.windows(text, language="fr") == [(Y(2026, 9, 1), Y(2026, 12, 31))]


# --- Duplicates ------------------------------------------------------------------------


def test_two_sentences_with_one_deadline_but_different_figures_are_two_promises():
    text = (
        "Skyrail news\n\nSkyrail plans to open a 5G network on its trains by the end of 2024. "
        "The company wants to equip 12 lines with 5G by the end of 2024."
    )
    assert len(found(text)) == 2


def test_a_restatement_without_other_figures_is_one_draft():
    text = (
        "Skyrail news\n\nSkyrail plans to open the Ariane 6 line by the end of 2024. "
        "The company confirmed the line is due to open by the end of 2024."
    )
    assert len(found(text)) == 1


def test_a_lower_case_ledger_name_matches_capitalised_and_with_either_apostrophe():
    [draft] = drafts("Le gouvernement va ouvrir la ligne en 2026.", language="fr")
    assert draft.promiser_name == "French State"
    [draft] = drafts("Pour sa part, l’État va financer la ligne en 2026.", language="fr")
    assert draft.promiser_name == "French State"


def test_a_promise_as_a_noun_with_its_owner_commits():
    text = "Le gouvernement a évoqué son envie d'avoir la ligne ouverte d'ici 2026."
    assert found(text, language="fr") == [(None, Y(2026, 12, 31), "French State")]
    text = "Skyrail news\n\nSkyrail repeated its pledge to electrify the line by 2027."
    assert found(text) == [(None, Y(2027, 12, 31), "Skyrail")]


def test_more_intention_verbs():
    assert found("Skyrail seeks to replace 20% of its trains by 2026.") == [
        (None, Y(2026, 12, 31), "Skyrail")
    ]
    assert found("L'État souhaite ouvrir la ligne dès 2025.", language="fr") == [
        (Y(2025, 1, 1), Y(2025, 12, 31), "French State")
    ]
    assert found("« Nous devons ouvrir la ligne d'ici à 2030 », dit Skyrail.", language="fr")


def test_envisage_is_a_french_intention_only():
    assert drafts("The other operators envisage starting the service in 2026.") == []


def test_a_year_right_after_a_capitalised_word_is_part_of_a_name():
    text = "Skyrail va financer la ligne avec le plan France 2030."
    assert drafts(text, language="fr") == []


def test_a_model_number_or_a_capitalised_tomorrow_in_a_title_is_a_name():
    assert read.windows("Skyrail will fit its trains with the new KX-2052 radar.") == []
    assert read.windows("Skyrail will sponsor the film The Tomorrow Line.") == []
    # A year of its own still dates the plan.
    assert read.windows("Skyrail will fit its trains with a new radar in 2025.") == [
        (Y(2025, 1, 1), Y(2025, 12, 31))
    ]


def test_a_year_set_before_a_capitalised_name_is_part_of_the_name():
    text = "Skyrail will be the main sponsor for the 2025 Lund Biennale."
    assert read.windows(text) == []
    # The year after the name, or after its preposition, dates the plan.
    assert read.windows("Skyrail will sponsor the Lund Biennale in 2025.") == [
        (Y(2025, 1, 1), Y(2025, 12, 31))
    ]


def test_a_day_set_before_its_noun_names_a_thing_not_a_time_promised():
    for text, window in (
        (
            "Skyrail expects to answer the regulator's Jan. 22 warning letter in the second "
            "quarter.",
            (Y(2024, 4, 1), Y(2024, 6, 30)),
        ),
        (
            "Skyrail will delay its initial Sept. 23 service launch date to Nov. 1.",
            (Y(2024, 11, 1), Y(2024, 11, 1)),
        ),
        (
            "We are finishing the review of our Dec. 5 derailment and will reopen the line in May.",
            (Y(2024, 5, 1), Y(2024, 5, 31)),
        ),
    ):
        assert read.windows(text) == [window], text
    # A deadline named by its day is still one to meet.
    text = "Skyrail says it will meet the June 30 deadline to open the line."
    assert [d.end for d in read.dated_drafts(text)] == [Y(2024, 6, 30)]


def test_a_name_in_a_complement_or_an_apposition_is_not_an_outside_subject():
    text = "Skyrail news\n\nLe dépôt de Virginie devrait être opérationnel dès le printemps."
    assert found(text, language="fr") == [(Y(2024, 3, 1), Y(2024, 5, 31), "Skyrail")]
    text = (
        "Skyrail news\n\nThe third line, Optimist, is built in the northern Clay County and "
        "is expected to open in early 2026."
    )
    assert found(text) == [(Y(2026, 1, 1), Y(2026, 4, 30), "Skyrail")]


def test_the_ends_of_a_stretch_named_in_the_subject_are_no_outside_subject():
    text = (
        "Skyrail news\n\nThe section between Harbour Square, to Lajpat Gate is expected to "
        "open by the end of July, while another section between Lajpat Gate and Mayur Park is "
        "expected to open by August."
    )
    assert found(text) == [
        (None, Y(2024, 7, 31), "Skyrail"),
        (None, Y(2024, 8, 31), "Skyrail"),
    ]


def test_a_name_heading_the_subject_is_still_an_outsider():
    text = "Skyrail news\n\nThe Harbour Authority is expected to finish the quay in 2026."
    assert drafts(text) == []


def test_the_fallback_promiser_is_the_organisation_last_named_even_as_an_object():
    text = (
        "Solar farm sold\n\nThe farm was bought last year by Nordvik Cloud. "
        "The company is expected to connect it in 2025."
    )
    assert found(text) == [(Y(2025, 1, 1), Y(2025, 12, 31), "Nordvik Cloud")]


# --- Which date belongs to which verb ----------------------------------------------------


def test_a_participle_after_a_non_past_form_of_etre_is_a_passive_future():
    assert found("Skyrail news\n\nL'opération doit être finalisée au second semestre 2024.") == [
        (Y(2024, 7, 1), Y(2024, 12, 31), "Skyrail")
    ]
    text = "Skyrail news\n\nLe chantier de la gare sera bouclé au dernier trimestre 2024."
    assert found(text, language="fr") == [(Y(2024, 10, 1), Y(2024, 12, 31), "Skyrail")]


def test_more_planning_phrases():
    text = "Skyrail news\n\nLe raccordement est prévu dans le courant de l'année 2025."
    assert found(text, language="fr") == [(Y(2025, 1, 1), Y(2025, 12, 31), "Skyrail")]
    text = "Skyrail news\n\nThe Oslo line, set to be commissioned in 2025, is 40 km long."
    assert found(text) == [(Y(2025, 1, 1), Y(2025, 12, 31), "Skyrail")]
    text = "Skyrail will open Oslo on April 2, followed by Bergen on April 9."
    assert found(text) == [
        (Y(2024, 4, 2), Y(2024, 4, 2), "Skyrail"),
        (Y(2024, 4, 9), Y(2024, 4, 9), "Skyrail"),
    ]


def test_the_agent_of_a_passive_is_the_promiser():
    text = "Skyrail news\n\nUn contrat devrait être signé par Nordvik dans le courant de l'année."
    assert found(text, language="fr") == [(Y(2024, 1, 1), Y(2024, 12, 31), "Nordvik Cloud")]


# --- When it was said ------------------------------------------------------------------


def test_a_day_in_an_article_dated_only_to_its_month_is_that_day_and_dates_what_follows():
    # The statement itself promises nothing dated; the next promise in its paragraph was
    # made that day.
    text = (
        "Skyrail a annoncé mardi 26 mars sa décision d'investir dans Nordvik, qui veut "
        "s'étendre. "
        "L'opération doit être finalisée au second semestre 2024."
    )
    [draft] = drafts(text, published_on=Y(2024, 3, 1), published_precision="month", language="fr")
    assert (draft.stated_on, draft.stated_on_precision) == (Y(2024, 3, 26), "day")


def test_a_date_moved_from_x_to_y_promises_y():
    text = "Skyrail news\n\nSkyrail has delayed the Line 2.1 opening from May to June this year."
    assert found(text) == [(Y(2024, 6, 1), Y(2024, 6, 30), "Skyrail")]
    text = "Skyrail news\n\nThe opening has shifted from May 2024 to June 2024, Skyrail said."
    assert found(text) == [(Y(2024, 6, 1), Y(2024, 6, 30), "Skyrail")]


def test_a_from_to_range_without_a_moving_verb_stays_a_range():
    text = "Skyrail will run weekly trains from June to September 2024."
    assert found(text) == [(Y(2024, 6, 1), Y(2024, 9, 30), "Skyrail")]


def test_a_compound_adjective_is_no_past_event():
    text = "Skyrail said it would build lower-priced trains, delivering dozens from 2027."
    assert found(text) == [(Y(2027, 1, 1), Y(2027, 12, 31), "Skyrail")]


def test_the_date_after_plutot_que_or_rather_than_is_set_aside():
    text = "Skyrail a confirmé que la ligne ouvrirait plutôt en 2026 qu'en 2025."
    assert found(text, language="fr") == [(Y(2026, 1, 1), Y(2026, 12, 31), "Skyrail")]
    text = "Skyrail said the line would open in 2026 rather than 2025."
    assert found(text) == [(Y(2026, 1, 1), Y(2026, 12, 31), "Skyrail")]


def test_the_date_after_instead_of_or_au_lieu_de_is_set_aside():
    text = "Skyrail's new line will open on July 31, instead of the school holidays, May 22."
    assert found(text) == [(Y(2024, 7, 31), Y(2024, 7, 31), "Skyrail")]
    text = "La nouvelle ligne de Skyrail ouvrira le 31 juillet, au lieu du 22 mai."
    assert found(text, language="fr") == [(Y(2024, 7, 31), Y(2024, 7, 31), "Skyrail")]


def test_a_date_alone_between_commas_before_appositions_and_the_speech_verb_dates_it():
    text = (
        "Lors d'une conférence (UFIP), le 5 mars, son président, Jean Dupont, a confirmé que "
        "Skyrail ouvrirait la ligne en 2026."
    )
    [draft] = drafts(text, language="fr")
    assert (draft.stated_on, draft.end) == (Y(2024, 3, 5), Y(2026, 12, 31))


def test_an_item_without_a_verb_an_action_noun_and_a_date_is_a_plan():
    text = "Skyrail news\n\nThe order is large: first delivery Q4 2025, then Q2 2026."
    assert found(text)[:1] == [(Y(2025, 10, 1), Y(2025, 12, 31), "Skyrail")]
    text = (
        "Skyrail news\n\nL'offre a plusieurs atouts : suivi en temps réel, et à partir de "
        "2026, intégration des cartes de transport."
    )
    assert found(text, language="fr") == [(Y(2026, 1, 1), Y(2026, 12, 31), "Skyrail")]


def test_works_named_without_a_verb_with_a_date_are_plans():
    text = (
        "Skyrail news\n\nParmi les chantiers engagés : la construction d'un nouveau dépôt "
        "pour 2026 et l'agrandissement des quais pour juin 2027."
    )
    assert [end for _, end, _ in found(text, language="fr")] == [
        Y(2026, 12, 31),
        Y(2027, 6, 30),
    ]
    text = "Skyrail news\n\nNext on the list: the expansion of the depot by 2027."
    assert found(text) == [(None, Y(2027, 12, 31), "Skyrail")]


def test_an_action_noun_that_does_not_head_its_clause_is_no_item():
    text = "Skyrail news\n\nThe other operators envisage starting the introduction in 2026."
    assert drafts(text) == []


def test_the_french_future_perfect_promises():
    text = "Skyrail news\n\nSkyrail aura pratiquement doublé son parc d'ici 2026."
    assert found(text, language="fr") == [(None, Y(2026, 12, 31), "Skyrail")]


def test_a_hedge_inside_what_an_organisation_expects_is_part_of_it():
    text = "Skyrail anticipe que les premiers trains pourraient rouler dès 2028."
    assert found(text, language="fr") == [(Y(2028, 1, 1), Y(2028, 12, 31), "Skyrail")]
    # Alone, "could" is still a hedge, not a promise.
    assert drafts("Skyrail news\n\nThe first trains could run from 2028.") == []


def test_a_plan_set_again_is_a_plan():
    text = "Skyrail news\n\nL'ouverture de la ligne a été replanifiée fin 2025."
    assert found(text, language="fr") == [(Y(2025, 9, 1), Y(2025, 12, 31), "Skyrail")]


def test_a_date_inside_an_open_relative_clause_belongs_to_that_clause():
    text = (
        "Skyrail vise une première circulation au premier trimestre, malgré des voix qui "
        "parient plutôt sur avril 2025."
    )
    assert found(text, language="fr") == [(Y(2024, 1, 1), Y(2024, 3, 31), "Skyrail")]
    text = "Skyrail hopes to overtake rivals planning their new lines in 2025."
    assert drafts(text) == []
    # Closed by a comma, the relative clause gives the date back to the commitment.
    text = "Skyrail will open the depot, which cost $1bn, in 2025."
    assert found(text) == [(Y(2025, 1, 1), Y(2025, 12, 31), "Skyrail")]


def test_a_relative_clause_that_only_names_its_noun_has_no_date_of_its_own():
    text = "Skyrail is also launching its new train which is the Aero X to four cities on Nov. 10."
    assert found(text) == [(Y(2024, 11, 10), Y(2024, 11, 10), "Skyrail")]


def test_expected_results_are_no_promise():
    text = "Skyrail promet un chiffre d'affaires d'un milliard d'euros dans les trois ans."
    assert drafts(text, language="fr") == []
    text = "« Un contrat avec des revenus attendus au second semestre 2024 », dit Skyrail."
    assert drafts(text, language="fr") == []


def test_a_capitalised_unit_after_a_number_is_not_an_outside_subject():
    text = (
        "Skyrail news\n\nDeux chantiers (2,8 MWc), où le raccordement devrait intervenir "
        "dans le courant du mois d'août."
    )
    assert found(text, language="fr") == [(Y(2024, 8, 1), Y(2024, 8, 31), "Skyrail")]


def test_a_dated_source_dates_the_next_promises_of_its_paragraph():
    text = (
        "Skyrail receives funding, according to a March 5 report by the Daily Rail. "
        "The funding will pay for three depots, expected to open between 2026 and 2029."
    )
    [draft] = drafts(text)
    assert (draft.stated_on, draft.start, draft.end) == (
        Y(2024, 3, 5),
        Y(2026, 1, 1),
        Y(2029, 12, 31),
    )


def test_a_past_event_told_by_someone_dates_nothing_else():
    text = (
        "Skyrail news\n\nThe minister last week confirmed £40 billion of rail investment. "
        "By 2033, passengers will benefit from the new line."
    )
    [draft] = drafts(text)
    assert draft.stated_on == PUBLISHED


def test_an_item_of_a_list_is_read_though_it_has_no_full_stop():
    text = (
        "Halden Transit is building the western extension.\n\n"
        "- Expected timeline: commissioning anticipated by September 2027"
    )
    assert read.windows(text) == [(None, dt.date(2027, 9, 30))]
    # A short line without a bullet or a full stop is a heading: not read.
    heading = text.replace("- Expected", "Expected")
    assert read.windows(heading) == []
