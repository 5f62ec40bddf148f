"""Mends from round 50's review of the second matcher pass's signal forms (docs/news-watch.md,
"Signals"): an adjective read as a drop, a missing date or a duty in force said of something
other than the claim. Each is written as a specification on invented sentences about made-up
projects, none of them in the labelled sets, and fails without its mend.
"""

from __future__ import annotations

import datetime as dt

from language.kinds import EvidenceKind
from tests.language.matching_specs import kind_of
from tests.language.test_matching_round50b import E_FILING, TRAMWAY

D = dt.date


# --- "abandonnée(s)" after its auxiliary only ------------------------------------------------


def test_abandoned_as_an_adjective_is_no_drop():
    assert (
        kind_of(
            "Tramway d'Orvelle : le dépôt trouve sa place\n"
            "Le dépôt du tramway d'Orvelle sera bâti sur une caserne abandonnée au nord de la "
            "ville, précise la Ville d'Orvelle.",
            TRAMWAY,
            on=D(2023, 5, 4),
            language="fr",
        )
        != EvidenceKind.DENIAL
    )
    assert (
        kind_of(
            "Tramway d'Orvelle : le tracé longe le canal\n"
            "La ligne 1 du tramway d'Orvelle suivra des berges abandonnées depuis la fermeture "
            "du port, selon la Ville d'Orvelle.",
            TRAMWAY,
            on=D(2023, 5, 4),
            language="fr",
        )
        != EvidenceKind.DENIAL
    )


def test_abandoned_after_its_auxiliary_is_a_drop():
    assert (
        kind_of(
            "Tramway d'Orvelle : fin de partie\n"
            "Faute de crédits, la ligne 1 du tramway d'Orvelle est finalement abandonnée, a "
            "annoncé la Ville d'Orvelle.",
            TRAMWAY,
            on=D(2023, 5, 4),
            language="fr",
        )
        == EvidenceKind.DENIAL
    )
    assert (
        kind_of(
            "Tramway d'Orvelle : fin de partie\n"
            "La ligne 1 du tramway d'Orvelle a été abandonnée mardi, a annoncé la Ville "
            "d'Orvelle.",
            TRAMWAY,
            on=D(2023, 5, 4),
            language="fr",
        )
        == EvidenceKind.DENIAL
    )


# --- No date yet, in a sentence that names the claim --------------------------------------------


def test_no_date_for_another_step_is_not_the_claim_late():
    assert (
        kind_of(
            "Orvelle tramway: six months on\n"
            "The Orvelle tramway has run every day since its opening in December. There is "
            "still no date for its weekend late-night trips, the city of Orvelle said.",
            TRAMWAY,
            on=D(2025, 6, 3),
        )
        != EvidenceKind.DELAY
    )
    assert (
        kind_of(
            "Tramway d'Orvelle : six mois après\n"
            "Le tramway d'Orvelle circule chaque jour depuis décembre. Toujours pas de date "
            "pour les rames de nuit, précise la Ville d'Orvelle.",
            TRAMWAY,
            on=D(2025, 6, 3),
            language="fr",
        )
        != EvidenceKind.DELAY
    )


def test_no_date_said_of_the_claim_is_still_late():
    assert (
        kind_of(
            "Orvelle tramway: waiting for news\n"
            "Works are over, but there is still no date for the Orvelle tramway, the city of "
            "Orvelle said.",
            TRAMWAY,
            on=D(2025, 6, 3),
        )
        == EvidenceKind.DELAY
    )


# --- A duty in force, in the clause that names the claim ------------------------------------------


def test_another_duty_in_force_is_not_the_mandate_done():
    assert (
        kind_of(
            "E-filing: more help desks\n"
            "The Revenue Office of Ardenne staffed new desks to help with the online tax "
            "return; booking a slot has been mandatory since May.",
            E_FILING,
            on=D(2024, 6, 2),
        )
        != EvidenceKind.FULFILMENT
    )


def test_the_duty_in_the_claims_clause_is_still_done():
    assert (
        kind_of(
            "E-filing is here\n"
            "As of this spring, the online tax return has become mandatory for every company, "
            "the Revenue Office of Ardenne said.",
            E_FILING,
            on=D(2025, 5, 2),
        )
        == EvidenceKind.FULFILMENT
    )
