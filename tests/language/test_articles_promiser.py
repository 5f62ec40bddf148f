"""Who promises (docs/article-import.md): the organisation an article's promise belongs to. A
ledger name as articles write it (a gloss, a first word, a common noun, a legal form left
out), a brand, a model or a thing named after its owner, what is not the organisation (a
project, a line or a building named after a thing, a year or a figure opening the sentence,
a name in brackets), and whose promise an expectation of others or a goal set for others is.
One behaviour per test; the sentences are invented, in the shape real articles take.
"""

from __future__ import annotations

import datetime as dt

import pytest

from language.articles import KnownOrganisation
from tests.language.article_ledgers import (
    HALDEN_AND_CORVANE,
    JUNE_1,
    MARCH_6_2025,
    OCTOBER_1,
    PUBLISHED,
    read,
    read_brenmoor,
    read_in_october,
    read_motors_and_yards,
    read_nordvik,
    read_on_june_1,
    read_pharma_yards_and_lumeo,
)
from tests.language.article_reading import Reader

Y = dt.date


# --- A ledger name as articles write it ----------------------------------------------------------


def test_a_gloss_that_shortens_the_name_names_the_organisation():
    text = "Brekam will open its second potash shaft by the end of 2026."
    assert read_brenmoor.found(text) == [(None, Y(2026, 12, 31), "Brenmoor Kali Mining (Brekam)")]


def test_a_gloss_that_names_a_place_is_no_name_of_the_organisation():
    text = "France will open the new border post by the end of 2026."
    assert [promiser for _, _, promiser in read_brenmoor.found(text)] != ["Tarrow Agency (France)"]


def test_a_gloss_that_is_a_bodys_own_name_names_the_organisation():
    text = "The Department of Parks and Roads will resurface the ring road by 2027."
    assert read_brenmoor.found(text) == [
        (None, Y(2027, 12, 31), "Ostvale Council (Department of Parks and Roads)")
    ]


def test_a_consortium_is_named_without_the_word_consortium():
    reader = Reader(
        [KnownOrganisation(1, "Kestrel 6x6 consortium (Halden, Corvane)")], MARCH_6_2025
    )
    text = "Les premiers blindés du Kestrel 6x6 seront livrés en novembre 2026."
    assert reader.found(text, language="fr") == [
        (Y(2026, 11, 1), Y(2026, 11, 30), "Kestrel 6x6 consortium (Halden, Corvane)")
    ]


def test_a_ledger_name_is_found_without_its_gloss_in_brackets():
    venture = Reader(
        [KnownOrganisation(3, "Brenmoor Dairies LLC (Halden and Corvane joint venture)")],
        OCTOBER_1,
    )
    text = (
        "Brenmoor Dairies LLC will run the new creamery. It is further reported that the "
        "creamery will be completed in March 2026."
    )
    assert venture.found(text) == [
        (Y(2026, 3, 1), Y(2026, 3, 31), "Brenmoor Dairies LLC (Halden and Corvane joint venture)")
    ]


def test_a_body_named_by_a_common_noun_is_found_in_lower_case_in_french():
    town = Reader([KnownOrganisation(3, "Ville de Marvejols")], OCTOBER_1)
    text = (
        "Le réaménagement du port fait partie des projets que la ville de Marvejols veut mener. "
        "Le futur programme permettra de retenir un concessionnaire fin 2025."
    )
    assert town.found(text, language="fr") == [
        (Y(2025, 9, 1), Y(2025, 12, 31), "Ville de Marvejols")
    ]


def test_a_company_is_named_without_its_legal_form():
    reader = Reader([KnownOrganisation(7, "Ostrava Battery Works Corp.")], JUNE_1)
    text = "Ostrava Battery Works will start its recycling plant in the fourth quarter of 2025."
    assert [(d.promiser_pk, d.end) for d in reader.dated_drafts(text)] == [(7, Y(2025, 12, 31))]


def test_a_ledger_names_first_word_as_an_owner_names_it():
    lines = Reader(
        [KnownOrganisation(3, "Halden Ferries"), KnownOrganisation(4, "Marvane Cruise Line")],
        OCTOBER_1,
    )
    text = (
        "- Marvane Cruise Line will launch its new ship in 2026.\n"
        "- Halden's new Aurora has seen its delivery pushed later into 2027."
    )
    assert lines.found(text) == [
        (Y(2026, 1, 1), Y(2026, 12, 31), "Marvane Cruise Line"),
        (Y(2027, 1, 1), Y(2027, 12, 31), "Halden Ferries"),
    ]


def test_a_first_word_two_ledger_names_share_names_neither():
    lines = Reader(
        [KnownOrganisation(3, "Halden Ferries"), KnownOrganisation(4, "Halden Cruises")],
        OCTOBER_1,
    )
    text = "Halden's new Aurora has seen its delivery pushed later into 2027."
    assert [f[2] for f in lines.found(text)] != ["Halden Ferries"]


def test_a_body_named_by_its_common_noun_is_the_ledgers_one_body_of_that_noun():
    force = Reader([KnownOrganisation(3, "Halden Police Service")], OCTOBER_1)
    text = (
        "Officers have received 40 new cars. A police statement said a further 30 cars are "
        "expected to be delivered by December."
    )
    assert force.found(text) == [(None, Y(2024, 12, 31), "Halden Police Service")]


def test_a_body_named_earlier_by_its_common_noun_promises_what_nobody_else_does_in_french():
    port = Reader([KnownOrganisation(3, "Régie du port de Marvejols")], OCTOBER_1)
    text = (
        "Les plaisanciers écrivent à la Régie du port. Courant décembre, la digue nord aura "
        "atteint sa hauteur."
    )
    assert port.found(text, language="fr") == [
        (Y(2024, 12, 1), Y(2024, 12, 31), "Régie du port de Marvejols")
    ]


def test_a_common_noun_two_ledger_bodies_share_names_neither():
    forces = Reader(
        [KnownOrganisation(3, "Halden Police Service"), KnownOrganisation(4, "Bremen Police")],
        OCTOBER_1,
    )
    text = "A police statement said 30 cars are expected to be delivered by December."
    assert forces.found(text) == [(None, Y(2024, 12, 31), "")]


def test_a_partnership_formed_to_act_is_the_ledgers_entry_for_the_pair():
    pair = Reader([KnownOrganisation(3, "Halden Optics and Corvane")], OCTOBER_1)
    text = (
        "Halden Optics confirmed a partnership with Corvane to sell smart glasses, which will "
        "reach its stores in 2026."
    )
    assert pair.found(text, title="Smart Glasses Coming Next Year") == [
        (Y(2026, 1, 1), Y(2026, 12, 31), "Halden Optics and Corvane")
    ]


# --- A brand, a model or a thing named after who owns or builds it -------------------------------


def test_a_brand_named_by_its_owner_is_the_owners_promise():
    hotels = Reader([KnownOrganisation(3, "Halden Hotels")], OCTOBER_1)
    text = (
        "Halden Hotels has signed twelve new sites. Among them are Courtyard by Halden "
        "Riverside and Courtyard by Halden Old Town, both expected in the first quarter of 2025."
    )
    assert hotels.found(text) == [(Y(2025, 1, 1), Y(2025, 3, 31), "Halden Hotels")]


def test_a_name_by_another_body_is_still_an_outsider():
    hotels = Reader([KnownOrganisation(3, "Halden Hotels")], OCTOBER_1)
    text = (
        "Halden Hotels has signed twelve new sites. The Grand Plaza by Vormark Group is "
        "expected to open in the first quarter of 2025."
    )
    assert hotels.found(text) == []


def test_a_name_by_another_body_is_an_outsider_whatever_the_article_before_the_owners_name():
    # The owner's own word is "Halden", not the article every "by The ..." shares.
    hotels = Reader([KnownOrganisation(3, "The Halden Group")], OCTOBER_1)
    text = (
        "The Halden Group has signed twelve new sites. Harbour Suites by The Vormark "
        "Collection is expected to open in the first quarter of 2025."
    )
    assert hotels.found(text) == []


def test_a_model_named_after_a_known_maker_is_that_makers_promise():
    maker = Reader([*HALDEN_AND_CORVANE, KnownOrganisation(3, "Veltra")], PUBLISHED)
    text = (
        "Veltra a présenté sa gamme à Genève. "
        "La Veltra 7 devrait être vendue en France à partir de 2025."
    )
    [draft] = maker.dated_drafts(text, language="fr")
    assert (draft.promiser_name, draft.start, draft.end) == (
        "Veltra",
        Y(2025, 1, 1),
        Y(2025, 12, 31),
    )


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


def test_a_line_named_as_the_subject_is_the_operators_promise():
    text = (
        "Halden Transit is rebuilding its network. "
        "The cross-town Northgate Line is expected to open sometime next year."
    )
    [draft] = read.dated_drafts(text)
    assert (draft.promiser_name, draft.start, draft.end) == (
        "Halden Transit",
        Y(2025, 1, 1),
        Y(2025, 12, 31),
    )


def test_an_unknown_body_named_as_the_subject_is_still_an_outsider():
    text = (
        "Halden Transit is rebuilding its network. "
        "The Northgate Consortium is expected to open its own depot next year."
    )
    assert read.dated_drafts(text) == []


def test_a_name_ending_in_center_names_a_building_not_who_acts():
    text = (
        "Halden Transit is rebuilding its network. "
        "The Northgate Maintenance Center is expected to open in 2027."
    )
    [draft] = read.dated_drafts(text)
    assert (draft.promiser_name, draft.end) == ("Halden Transit", Y(2027, 12, 31))


def test_a_name_joined_to_owned_qualifies_the_noun_after_it():
    text = (
        "Halden Transit is building a new depot. "
        "The new Halden Transit-owned yard is expected to be completed in 2028."
    )
    [draft] = read.dated_drafts(text)
    assert (draft.promiser_name, draft.end) == ("Halden Transit", Y(2028, 12, 31))


def test_a_name_ending_in_what_a_resort_or_a_town_builds_is_that_thing_not_an_outsider():
    for thing in ("the Westfield Gondola", "the Eastside Pool", "the Northgate Bypass"):
        text = f"{thing[0].upper()}{thing[1:]} is expected to open in 2027."
        [draft] = read_in_october.dated_drafts(text)
        assert draft.end == Y(2027, 12, 31), text


# --- A project is not who runs it ----------------------------------------------------------------


def test_a_project_opening_a_sentence_is_the_organisations_promise():
    text = (
        "Corvane Motors announced Thursday its next electric van.\n\n"
        "Project Falcon will begin production at the Leeds plant in 2026."
    )
    [draft] = read_motors_and_yards.dated_drafts(text)
    assert (draft.promiser_name, draft.start, draft.end) == (
        "Corvane Motors",
        Y(2026, 1, 1),
        Y(2026, 12, 31),
    )


def test_a_french_projet_is_not_an_organisation_either():
    text = (
        "Halden Yards agrandit son chantier.\n\n"
        "Projet Borée doit entrer en service en 2027, selon le groupe."
    )
    [draft] = read_motors_and_yards.dated_drafts(text, language="fr")
    assert draft.promiser_name == "Halden Yards"


def test_an_unknown_name_opening_a_sentence_still_promises_for_itself():
    text = "Nordvik Cloud will open its first region in 2026."
    [draft] = read_motors_and_yards.dated_drafts(text)
    assert draft.promiser_name == "Nordvik Cloud"


def test_a_part_of_a_thing_opening_the_headline_is_no_promiser():
    text = (
        "Work on the Harbour Stretch is nearly done. The stretch to the harbour is set to open "
        "in June, officials said."
    )
    drafts = read_brenmoor.dated_drafts(
        text, title="Stretch of Ostvale tram line on track to open in June"
    )
    assert [d.promiser_name for d in drafts] == [""]


def test_a_numbered_phase_opening_a_sentence_is_part_of_the_project_not_an_outsider():
    text = (
        "Corvane Motors is building its van plant in two phases.\n\n"
        "Phase 1 production is expected to commence in the second half of 2026."
    )
    [draft] = read_motors_and_yards.dated_drafts(text)
    assert (draft.promiser_name, draft.start, draft.end) == (
        "Corvane Motors",
        Y(2026, 7, 1),
        Y(2026, 12, 31),
    )


def test_a_sector_as_the_subject_with_none_of_it_named_is_no_ones_promise():
    for text in (
        "Rail players are gearing up to run hydrogen trains next year.",
        "All four major freight carriers have vowed to electrify their fleets by 2030.",
    ):
        assert read_motors_and_yards.dated_drafts(text) == [], text
    # Named ones beside a sector still promise.
    text = "Corvane Motors has joined with van makers and will open a shared depot in 2026."
    assert [d.promiser_name for d in read_motors_and_yards.dated_drafts(text)] == ["Corvane Motors"]


def test_a_network_generation_is_no_one():
    text = (
        "Halden Transit équipe ses gares.\n\n"
        "La 5G devrait être disponible dans toutes les gares avant la fin de l'année."
    )
    [draft] = read.dated_drafts(text, language="fr")
    assert (draft.promiser_name, draft.end) == ("Halden Transit", Y(2024, 12, 31))


# --- The subject: what opens the sentence, what is an aside --------------------------------------


def test_a_name_after_an_elided_article_is_a_complement():
    text = (
        "Corvane Motors renouvelle sa gamme.\n\n"
        "La remplaçante de l'A110, qui deviendra électrique, devrait être présentée d'ici à "
        "la fin de l'année 2026."
    )
    [draft] = read.dated_drafts(text, language="fr")
    assert (draft.promiser_name, draft.end) == ("Corvane Motors", Y(2026, 12, 31))


def test_the_company_after_a_fronted_deadline_is_the_organisation_again():
    text = (
        "Halden Transit opened its tenth depot this week. "
        "By the end of 2025, the Company expects to run more than 40 depots."
    )
    [draft] = read.dated_drafts(text)
    assert (draft.promiser_name, draft.end) == ("Halden Transit", Y(2025, 12, 31))


def test_the_company_described_by_three_words_is_the_organisation_again():
    text = (
        "Halden Transit opened its tenth depot this week. "
        "The Norwegian electric bus company expects to open a new depot in early 2025."
    )
    [draft] = read.dated_drafts(text)
    assert (draft.promiser_name, draft.end) == ("Halden Transit", Y(2025, 4, 30))
    # A named outsider before the noun is still an outsider.
    text = (
        "Halden Transit opened its tenth depot this week. "
        "The European Commission's transport agency expects to rule on it in early 2025."
    )
    assert read.dated_drafts(text) == []


def test_an_outsider_after_a_fronted_deadline_is_still_an_outsider():
    text = (
        "Halden Transit opened its tenth depot this week. "
        "By the end of 2025, the European Commission is expected to rule on the subsidy."
    )
    assert read.dated_drafts(text) == []


def test_a_year_opening_the_sentence_is_no_outsider_named_as_subject():
    text = (
        "Lumeo a triplé sa production de rames. Pour 2026, la production devrait atteindre "
        "douze rames par mois."
    )
    assert read_pharma_yards_and_lumeo.windows(text, language="fr") == [
        (Y(2026, 1, 1), Y(2026, 12, 31))
    ]


def test_an_outsider_named_as_subject_of_devrait_is_still_no_promise():
    text = "Lumeo a triplé sa production. La Commission devrait adopter le règlement en 2026."
    assert read_pharma_yards_and_lumeo.windows(text, language="fr") == []


def test_a_figure_after_the_is_no_outsiders_name():
    text = (
        "Halden Transit is building a new depot. "
        "The 2.4 million-square-foot depot, which is expected to open in late 2026, will "
        "house 90 trams."
    )
    [draft] = read.dated_drafts(text)
    assert (draft.promiser_name, draft.start, draft.end) == (
        "Halden Transit",
        Y(2026, 9, 1),
        Y(2026, 12, 31),
    )


def test_a_name_in_brackets_is_an_aside_not_the_subject():
    text = (
        "Halden Transit is building a new depot. "
        "The depot near the old shipyard (Meridian Docks) is expected to open in 2027."
    )
    [draft] = read.dated_drafts(text)
    assert (draft.promiser_name, draft.end) == ("Halden Transit", Y(2027, 12, 31))


def test_an_outsider_named_outside_the_brackets_is_still_an_outsider():
    text = (
        "Halden Transit is building a new depot. "
        "The Meridian Council (the city's planning body) is expected to rule on it in 2025."
    )
    assert read.dated_drafts(text) == []


def test_two_organisations_joined_as_the_subject_each_promise():
    text = "Halden Transit and Corvane Motors announced their depots would run on solar by 2027."
    assert sorted(read_in_october.found(text), key=lambda f: f[2]) == [
        (None, Y(2027, 12, 31), "Corvane Motors"),
        (None, Y(2027, 12, 31), "Halden Transit"),
    ]


def test_an_organisation_named_in_an_apposition_does_not_join_the_subject():
    text = "Halden Transit, a client of Corvane Motors, will run electric buses by 2027."
    assert read_in_october.found(text) == [(None, Y(2027, 12, 31), "Halden Transit")]


def test_an_organisation_introduced_by_its_base_is_the_one_that_expects():
    text = (
        "Halden Transit is building a new depot. "
        "Separately, Leeds-based Arlow Rail anticipates deliveries to begin in 2026."
    )
    [draft] = read.dated_drafts(text)
    assert (draft.promiser_pk, draft.promiser_name, draft.end) == (
        None,
        "Arlow Rail",
        Y(2026, 12, 31),
    )


def test_an_organisation_named_without_its_base_is_still_an_outsider():
    text = (
        "Halden Transit is building a new depot. "
        "Separately, Arlow Rail anticipates deliveries to begin in 2026."
    )
    assert read.dated_drafts(text) == []


# --- Whose promise: what others are expected to do, goals for others, a rival's plan -------------


def test_what_an_organisation_expects_regulators_to_do_is_no_promise_of_its_own():
    text = (
        "Corvane said it expects regulators to make a decision by the end of the year and plans "
        "to launch the drug in early 2025."
    )
    assert read_pharma_yards_and_lumeo.windows(text) == [(Y(2025, 1, 1), Y(2025, 4, 30))]


def test_expecting_a_regulators_decision_is_no_promise():
    text = "Corvane expects FDA decision on its asthma drug as early as the end of the year."
    assert read_pharma_yards_and_lumeo.windows(text) == []


def test_what_an_organisation_expects_to_do_itself_is_still_a_promise():
    text = "Corvane expects to open its Leiden plant in 2026."
    assert read_pharma_yards_and_lumeo.windows(text) == [(Y(2026, 1, 1), Y(2026, 12, 31))]


def test_what_an_organisation_predicts_is_its_estimate():
    [draft] = read_in_october.dated_drafts(
        "Corvane Motors predicts the second line to start in 2026."
    )
    assert (draft.strength, draft.start, draft.end) == ("expects", Y(2026, 1, 1), Y(2026, 12, 31))


def test_a_goal_set_for_other_bodies_is_theirs_to_meet():
    text = (
        "Halden Transit's board adopted a plan that sets a regional goal for local bus "
        "operators to run only electric buses by 2035."
    )
    assert read_on_june_1.dated_drafts(text) == []


def test_a_goal_for_its_own_depots_is_the_organisations():
    text = "Halden Transit has set a goal for its depots to run on solar power by 2030."
    assert read_on_june_1.windows(text) == [(None, Y(2030, 12, 31))]


def test_a_rivals_plan_in_a_relative_clause_on_its_name_is_no_promise():
    text = (
        "Heliantha plans to open a pilot line by 2026. The timeline would put Heliantha not far "
        "behind Skyrail, the largest maker in the region, which aims to begin full production "
        "in 2025."
    )
    assert [d.promiser_name for d in read_nordvik.dated_drafts(text)] == ["Heliantha"]


def test_the_articles_own_organisation_keeps_its_plan_in_a_relative_clause():
    text = "Heliantha, which aims to begin full production in 2025, opened an office."
    assert [d.promiser_name for d in read_nordvik.dated_drafts(text)] == ["Heliantha"]


def test_a_promise_named_with_its_owner_inside_is_the_owners_whoever_the_article_is_about():
    text = (
        "Corvane Motors et la région ont signé un accord mardi. Il fallait trouver une "
        "solution, sous peine de mettre en péril la promesse de Halden Transit de livrer le "
        "dépôt d'ici 2027."
    )
    assert read.found(text, language="fr") == [(None, Y(2027, 12, 31), "Halden Transit")]


def test_an_alias_the_ledger_gives_two_organisations_names_neither():
    reader = Reader(
        [
            KnownOrganisation(1, "Halden Transit", ("the company",)),
            KnownOrganisation(2, "Corvane Motors", ("the company",)),
        ],
        PUBLISHED,
    )
    text = (
        "Corvane Motors delayed its van. The company also plans to start producing battery "
        "cells in Leeds in 2026."
    )
    assert reader.found(text) == [(Y(2026, 1, 1), Y(2026, 12, 31), "Corvane Motors")]


@pytest.mark.parametrize(
    "subject",
    ["LVADs", "The M1081 trucks", "The A321XLR jets"],
)
def test_an_acronym_in_the_plural_or_a_models_designation_is_a_thing_not_an_outsider(subject):
    text = (
        "Corvane Motors received four contracts from the army on Tuesday. "
        f"{subject} are expected to fully arrive by September 30, 2027."
    )
    assert read.found(text) == [(None, Y(2027, 9, 30), "Corvane Motors")]


def test_a_broadcasters_letters_and_one_digit_name_are_no_models_designation():
    # "TF1", "M6": organisations' names, not a model's, so still an outsider's expectation.
    text = (
        "Corvane Motors received four contracts from the army on Tuesday. "
        "TF1 is expected to broadcast the first race by September 30, 2027."
    )
    assert read.found(text) == []


def test_a_capitalised_name_heading_an_expectation_is_still_an_outsider():
    text = (
        "Corvane Motors received four contracts from the army on Tuesday. "
        "Brenmoor Logistics is expected to deliver the trucks by September 30, 2027."
    )
    assert read.found(text) == []


def test_a_person_named_as_the_agent_of_a_participle_is_no_outside_subject():
    text = (
        "Corvane Motors présente sa citadine. La voiture, annoncée par Luca Marni, ne devrait "
        "arriver sur le marché qu'en fin d'année 2024 ou en 2025."
    )
    assert read.found(text, language="fr") == [(Y(2024, 9, 1), Y(2025, 12, 31), "Corvane Motors")]
    # Named as the head of the subject, a person's expectation is still theirs.
    text = (
        "Corvane Motors présente sa citadine. Luca Marni devrait arriver sur le marché en fin "
        "d'année 2024 ou en 2025."
    )
    assert read.found(text, language="fr") == []


def test_elle_in_a_french_passive_is_the_thing_expected_not_a_person():
    text = (
        "La certification de la citadine de Corvane Motors glisse encore. Elle est désormais "
        "attendue d'ici fin 2025."
    )
    assert read.found(text, language="fr") == [(None, Y(2025, 12, 31), "Corvane Motors")]
    # A person who expects stays a person's estimate.
    text = "Corvane Motors a recruté Ana Berg. Elle attend une homologation d'ici fin 2025."
    assert read.found(text, language="fr") == []


def test_a_french_pronoun_before_devrait_is_the_thing_expected_not_a_person():
    text = (
        "Corvane Motors construit une nouvelle ligne d'assemblage. Elle devrait entrer en "
        "fonctionnement fin 2027."
    )
    assert read.found(text, language="fr") == [
        (dt.date(2027, 9, 1), dt.date(2027, 12, 31), "Corvane Motors")
    ]


def test_a_name_before_a_facility_noun_is_the_site_not_an_outsider_who_expects():
    text = (
        "Corvane Motors kicked off production. The Blue Ridge plant is expected to be up and "
        "running in 2027."
    )
    assert read.found(text) == [(dt.date(2027, 1, 1), dt.date(2027, 12, 31), "Corvane Motors")]
    # An outside body that heads the subject is still someone else's expectation.
    assert read.found("The Valdor Commission is expected to decide in 2027.") == []
