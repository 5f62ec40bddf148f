"""Rules from round 50's second matcher pass over the readable news misses that reach the
labelled claim and find no signal (docs/news-watch.md, "Signals"). Each is written as a
specification on invented sentences about made-up projects, none of them in the labelled
sets, and fails without its rule.
"""

from __future__ import annotations

import datetime as dt

from language.kinds import EvidenceKind
from tests.language.matching_specs import kind_of, profile

D = dt.date

# A city promised the first line of its Orvelle tramway in service by the end of 2024.
TRAMWAY = profile(
    promiser="Ville d'Orvelle",
    aliases=("Orvelle",),
    subject="tramway d'Orvelle : ligne 1",
    keywords=["tramway d'Orvelle", "ligne 1 du tramway", "Orvelle tramway"],
    category="tramway mise en service",
    statement="La première ligne du tramway d'Orvelle est mise en service.",
    stated_on=D(2020, 3, 1),
    deadline_start=D(2024, 1, 1),
    deadline_end=D(2024, 12, 31),
)

# A cruise line promised its new ship Coral Vesper in service in 2025.
SHIP = profile(
    promiser="Lumen Cruises",
    aliases=("Lumen",),
    subject="Coral Vesper: entry into service",
    keywords=["Coral Vesper", "cruise ship"],
    category="ship entry into service",
    statement="Lumen Cruises puts its new cruise ship Coral Vesper into service.",
    stated_on=D(2022, 6, 1),
    deadline_start=D(2025, 1, 1),
    deadline_end=D(2025, 12, 31),
)


# --- Service begun, in the forms the list lacked --------------------------------------------


def test_put_into_commercial_operation_in_the_french_passe_compose_is_done():
    # A day name may stand inside the phrase, as inside "a été mise en service".
    assert (
        kind_of(
            "La ligne 1 du tramway d'Orvelle a été mise mardi en exploitation commerciale\n"
            "Le tramway d'Orvelle a été mis en exploitation commerciale par la ville, "
            "devant quelques centaines d'habitants.",
            TRAMWAY,
            on=D(2024, 10, 9),
        )
        == EvidenceKind.FULFILMENT
    )


def test_a_maiden_voyage_begun_is_the_ship_in_service():
    assert (
        kind_of(
            "Coral Vesper begins its maiden voyage from Lisbon\n"
            "Hundreds of passengers boarded Lumen Cruises' new ship on Sunday morning.",
            SHIP,
            on=D(2025, 4, 14),
        )
        == EvidenceKind.FULFILMENT
    )
    assert (
        kind_of(
            "Lumen's new flagship sails\n"
            "The Coral Vesper set off on its maiden cruise to the Canaries on Friday, "
            "Lumen Cruises said.",
            SHIP,
            on=D(2025, 4, 14),
        )
        == EvidenceKind.FULFILMENT
    )


def test_a_maiden_voyage_still_to_come_is_no_fulfilment():
    # The modal makes it a plan: the list's words after "will" have not happened.
    assert (
        kind_of(
            "Coral Vesper will begin its maiden voyage next spring\n"
            "Lumen Cruises said the ship's fitting-out was on schedule.",
            SHIP,
            on=D(2024, 9, 2),
        )
        != EvidenceKind.FULFILMENT
    )


# --- A duty in force, said by its word ------------------------------------------------------

# A tax office promised that filing returns online becomes mandatory in 2025.
E_FILING = profile(
    promiser="Revenue Office of Ardenne",
    aliases=("the Revenue Office",),
    subject="online tax returns: mandatory",
    keywords=["online tax return", "e-filing", "déclaration en ligne"],
    category="mandate",
    statement="Filing tax returns online (e-filing) becomes mandatory for every company.",
    stated_on=D(2021, 9, 1),
    deadline_start=D(2025, 1, 1),
    deadline_end=D(2025, 12, 31),
)


def test_a_duty_said_to_be_in_force_is_the_mandate_done():
    assert (
        kind_of(
            "What companies need to know about e-filing\n"
            "Since March 1, the online tax return has been mandatory for every company, the "
            "Revenue Office of Ardenne said.",
            E_FILING,
            on=D(2025, 4, 2),
        )
        == EvidenceKind.FULFILMENT
    )
    assert (
        kind_of(
            "Déclaration en ligne : ce qui change\n"
            "Depuis le 1er mars, le Revenue Office of Ardenne a rendu obligatoire la "
            "déclaration en ligne (e-filing) pour toutes les entreprises.",
            E_FILING,
            on=D(2025, 4, 2),
            language="fr",
        )
        == EvidenceKind.FULFILMENT
    )


def test_a_duty_still_to_come_is_no_fulfilment():
    assert (
        kind_of(
            "E-filing will become mandatory next year\n"
            "The Revenue Office of Ardenne said the online tax return becomes mandatory for "
            "every company in 2025.",
            E_FILING,
            on=D(2024, 3, 5),
        )
        != EvidenceKind.FULFILMENT
    )


# --- No date for it yet, past its deadline --------------------------------------------------


def test_no_date_yet_past_the_deadline_is_late():
    assert (
        kind_of(
            "Orvelle tramway: the wait goes on\n"
            "The city of Orvelle said no new date has been set for the opening of the "
            "Orvelle tramway.",
            TRAMWAY,
            on=D(2025, 6, 3),
        )
        == EvidenceKind.DELAY
    )
    assert (
        kind_of(
            "Tramway d'Orvelle : l'attente continue\n"
            "La Ville d'Orvelle ne souhaite fixer aucune nouvelle date pour le tramway "
            "d'Orvelle.",
            TRAMWAY,
            on=D(2025, 6, 3),
            language="fr",
        )
        == EvidenceKind.DELAY
    )


def test_no_date_yet_before_the_deadline_is_no_delay():
    assert (
        kind_of(
            "Orvelle tramway: no date yet for the opening\n"
            "The city of Orvelle said no date has been set for the opening of the Orvelle "
            "tramway, due next year.",
            TRAMWAY,
            on=D(2023, 6, 3),
        )
        != EvidenceKind.DELAY
    )


# --- Abandoned, in the feminine and the plural ----------------------------------------------


def test_a_feminine_or_plural_thing_abandoned_is_dropped():
    assert (
        kind_of(
            "Tramway d'Orvelle : coup de théâtre\n"
            "Faute de financement, la ligne 1 du tramway d'Orvelle est finalement abandonnée, "
            "a annoncé la Ville d'Orvelle.",
            TRAMWAY,
            on=D(2023, 2, 8),
            language="fr",
        )
        == EvidenceKind.DENIAL
    )
