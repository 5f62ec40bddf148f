"""Round 51's mends of the forms round 50's review found missing from the matcher's signal
lists (docs/news-watch.md, "Signals"): a maiden voyage said with the ship's own pronoun, its
leaving verbs or "inaugural"; a duty said "compulsory" or "obligatoire depuis"; more ways
of saying there is no date yet; the present passive "est mise en exploitation"; and a duty in
force for a part only of those the claim binds. Each is written as a specification on
invented sentences about made-up projects, none of them in the labelled sets, and fails
without its rule.
"""

from __future__ import annotations

import datetime as dt

from language.kinds import EvidenceKind
from tests.language.matching_specs import kind_of
from tests.language.test_matching_round50b import E_FILING, SHIP, TRAMWAY

D = dt.date


# --- A maiden voyage begun, in the forms the list lacked ------------------------------------


def test_a_maiden_voyage_with_the_ships_pronoun_is_the_ship_in_service():
    assert (
        kind_of(
            "Coral Vesper begins her maiden voyage to the Azores\n"
            "Lumen Cruises' new ship left Lisbon with 2,400 guests on board.",
            SHIP,
            on=D(2025, 5, 20),
        )
        == EvidenceKind.FULFILMENT
    )


def test_a_ship_setting_sail_or_departing_on_its_maiden_voyage_is_in_service():
    assert (
        kind_of(
            "Coral Vesper sets sail on its maiden cruise\n"
            "Lumen Cruises' newest cruise ship left Lisbon on Tuesday evening.",
            SHIP,
            on=D(2025, 5, 20),
        )
        == EvidenceKind.FULFILMENT
    )
    assert (
        kind_of(
            "Lumen's new ship leaves Lisbon\n"
            "The Coral Vesper departed on her maiden voyage to Madeira on Tuesday, Lumen "
            "Cruises said.",
            SHIP,
            on=D(2025, 5, 20),
        )
        == EvidenceKind.FULFILMENT
    )


def test_an_inaugural_voyage_begun_is_a_maiden_voyage():
    assert (
        kind_of(
            "Coral Vesper embarks on its inaugural voyage\n"
            "Lumen Cruises' new cruise ship left Lisbon for Madeira on Tuesday.",
            SHIP,
            on=D(2025, 5, 20),
        )
        == EvidenceKind.FULFILMENT
    )
    assert (
        kind_of(
            "Le Coral Vesper a entamé son voyage inaugural\n"
            "Le nouveau paquebot de Lumen Cruises a quitté Lisbonne mardi pour Madère.",
            SHIP,
            on=D(2025, 5, 20),
            language="fr",
        )
        == EvidenceKind.FULFILMENT
    )


def test_a_maiden_voyage_to_come_is_still_no_fulfilment():
    assert (
        kind_of(
            "Coral Vesper will set sail on her maiden voyage in May\n"
            "Lumen Cruises said sea trials off Saint-Nazaire went well.",
            SHIP,
            on=D(2024, 11, 4),
        )
        != EvidenceKind.FULFILMENT
    )


# --- Put into commercial operation, in the present passive -----------------------------------


def test_put_into_commercial_operation_in_the_present_passive_is_done():
    assert (
        kind_of(
            "Tramway d'Orvelle : le grand jour\n"
            "La ligne 1 du tramway d'Orvelle est mise en exploitation ce samedi, indique la "
            "Ville d'Orvelle.",
            TRAMWAY,
            on=D(2024, 11, 16),
            language="fr",
        )
        == EvidenceKind.FULFILMENT
    )


# --- A duty in force, said "compulsory" or "obligatoire depuis" -----------------------------


def test_a_duty_said_compulsory_is_the_mandate_done():
    assert (
        kind_of(
            "E-filing: a checklist for accountants\n"
            "The online tax return has been compulsory for every company since February 1, "
            "the Revenue Office of Ardenne reminded.",
            E_FILING,
            on=D(2025, 3, 12),
        )
        == EvidenceKind.FULFILMENT
    )


def test_a_duty_said_in_force_since_a_day_in_french_is_the_mandate_done():
    assert (
        kind_of(
            "Déclaration en ligne : les entreprises s'adaptent\n"
            "La déclaration en ligne (e-filing) est obligatoire depuis le 1er février pour "
            "toutes les entreprises, rappelle le Revenue Office of Ardenne.",
            E_FILING,
            on=D(2025, 3, 12),
            language="fr",
        )
        == EvidenceKind.FULFILMENT
    )


def test_a_compulsory_duty_still_to_come_is_no_fulfilment():
    assert (
        kind_of(
            "E-filing to become compulsory\n"
            "The Revenue Office of Ardenne said the online tax return will become compulsory "
            "for every company next January.",
            E_FILING,
            on=D(2024, 6, 12),
        )
        != EvidenceKind.FULFILMENT
    )


# --- A duty in force for a part only ---------------------------------------------------------


def test_a_duty_in_force_for_a_part_of_those_bound_is_a_step():
    assert (
        kind_of(
            "E-filing: the big firms go first\n"
            "The online tax return became mandatory for large companies on February 1, the "
            "Revenue Office of Ardenne said.",
            E_FILING,
            on=D(2025, 3, 12),
        )
        == EvidenceKind.PROGRESS
    )
    assert (
        kind_of(
            "Déclaration en ligne : les grandes entreprises d'abord\n"
            "La déclaration en ligne (e-filing) est devenue obligatoire pour les grandes "
            "entreprises le 1er février, indique le Revenue Office of Ardenne.",
            E_FILING,
            on=D(2025, 3, 12),
            language="fr",
        )
        == EvidenceKind.PROGRESS
    )


def test_a_duty_in_force_for_all_those_bound_is_the_mandate_done():
    assert (
        kind_of(
            "E-filing: a new routine for every firm\n"
            "The online tax return became mandatory for all companies on February 1, the "
            "Revenue Office of Ardenne said.",
            E_FILING,
            on=D(2025, 3, 12),
        )
        == EvidenceKind.FULFILMENT
    )


# --- No date for it yet, in the wordings the list lacked --------------------------------------


def test_no_date_yet_in_more_wordings_past_the_deadline_is_late():
    assert (
        kind_of(
            "Orvelle tramway: still waiting\n"
            "No dates have been set for the first trips of the Orvelle tramway, the city of "
            "Orvelle admitted.",
            TRAMWAY,
            on=D(2025, 4, 8),
        )
        == EvidenceKind.DELAY
    )
    assert (
        kind_of(
            "Tramway d'Orvelle : toujours à quai\n"
            "Le tramway d'Orvelle n'a pas encore de date de mise en service, reconnaît la "
            "Ville d'Orvelle.",
            TRAMWAY,
            on=D(2025, 4, 8),
            language="fr",
        )
        == EvidenceKind.DELAY
    )
    assert (
        kind_of(
            "Tramway d'Orvelle : toujours à quai\n"
            "Interrogée, la Ville d'Orvelle n'avance aucune date précise pour le tramway "
            "d'Orvelle.",
            TRAMWAY,
            on=D(2025, 4, 8),
            language="fr",
        )
        == EvidenceKind.DELAY
    )
    assert (
        kind_of(
            "Orvelle tramway: still waiting\n"
            "The city of Orvelle gave no firm date for the opening of the Orvelle tramway.",
            TRAMWAY,
            on=D(2025, 4, 8),
        )
        == EvidenceKind.DELAY
    )


def test_no_firm_date_before_the_deadline_is_no_delay():
    assert (
        kind_of(
            "Orvelle tramway: the works go on\n"
            "The city of Orvelle gave no firm date for the opening of the Orvelle tramway, "
            "due next year.",
            TRAMWAY,
            on=D(2023, 4, 8),
        )
        != EvidenceKind.DELAY
    )


# --- A participle opening its sentence ---------------------------------------------------------


def test_put_into_service_said_by_a_participle_opening_the_sentence_is_done():
    # "Mise en service le 12 octobre, la ligne ...": the participle set off by its comma tells
    # what was done to the subject after it.
    assert (
        kind_of(
            "Orvelle : un tramway qui séduit\n"
            "Mise en service le 12 octobre dernier, la ligne 1 du tramway d'Orvelle transporte "
            "déjà 20 000 voyageurs par jour, selon la Ville d'Orvelle.",
            TRAMWAY,
            on=D(2024, 12, 2),
            language="fr",
        )
        == EvidenceKind.FULFILMENT
    )


def test_put_into_service_ahead_opening_the_sentence_is_no_fulfilment():
    assert (
        kind_of(
            "Orvelle : le tramway se prépare\n"
            "Mise en service prévue en décembre, la ligne 1 du tramway d'Orvelle entre en "
            "phase d'essais, selon la Ville d'Orvelle.",
            TRAMWAY,
            on=D(2024, 9, 2),
            language="fr",
        )
        != EvidenceKind.FULFILMENT
    )


# --- Its opening marked, as its end is -----------------------------------------------------------


def test_an_opening_said_marked_is_the_thing_open():
    assert (
        kind_of(
            "Orvelle marks official opening of its tramway\n"
            "Hundreds of residents rode the first trams of the Orvelle tramway on Saturday, "
            "the city of Orvelle said.",
            TRAMWAY,
            on=D(2024, 11, 18),
        )
        == EvidenceKind.FULFILMENT
    )
    assert (
        kind_of(
            "Orvelle tramway: a festive weekend\n"
            "A street party on Saturday marked the opening of the Orvelle tramway's first "
            "line, the city of Orvelle said.",
            TRAMWAY,
            on=D(2024, 11, 18),
        )
        == EvidenceKind.FULFILMENT
    )


def test_a_beginning_said_marked_in_french_is_the_duty_in_force():
    assert (
        kind_of(
            "Déclaration en ligne : un tournant\n"
            "Le 1er février a marqué le début de la déclaration en ligne (e-filing) "
            "obligatoire pour toutes les entreprises, selon le Revenue Office of Ardenne.",
            E_FILING,
            on=D(2025, 3, 2),
            language="fr",
        )
        == EvidenceKind.FULFILMENT
    )


def test_the_start_of_works_marked_or_an_opening_to_be_marked_is_no_fulfilment():
    assert (
        kind_of(
            "Orvelle tramway: works begin\n"
            "A ceremony on Monday marked the start of construction of the Orvelle tramway, "
            "the city of Orvelle said.",
            TRAMWAY,
            on=D(2022, 3, 8),
        )
        != EvidenceKind.FULFILMENT
    )
    assert (
        kind_of(
            "Orvelle tramway: a festive weekend ahead\n"
            "A street party on Saturday will mark the opening of the Orvelle tramway's first "
            "line, the city of Orvelle said.",
            TRAMWAY,
            on=D(2024, 11, 12),
        )
        != EvidenceKind.FULFILMENT
    )
