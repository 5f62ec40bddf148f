"""Rules from round 39's reading of the news of dev-blind64 (docs/news-watch.md, "Matching").
Each is written as a specification on invented sentences about made-up projects, none of them
in the labelled sets, and fails without its rule.
"""

from __future__ import annotations

import datetime as dt

from language.kinds import EvidenceKind
from tests.language.matching_specs import kind_of, profile

D = dt.date

# A concert hall its builder promised to hand over in March 2022.
HALL = profile(
    promiser="Bâtiloire",
    aliases=("Bâtiloire Construction",),
    subject="Salle de concerts de Pérouval: livraison par l'entreprise",
    keywords=["salle de concerts de Pérouval", "Pérouval", "livraison", "réception"],
    category="construction",
    statement="Bâtiloire livre la salle de concerts de Pérouval.",
    stated_on=D(2021, 2, 10),
    deadline_start=D(2022, 3, 1),
    deadline_end=D(2022, 3, 31),
)


def test_the_time_counted_since_the_works_began_is_no_step():
    # "Quatre ans après le début des travaux" tells how long the hall has been coming; the
    # news is the handover put off, a delay.
    assert kind_of(
        "Pérouval attend toujours sa salle\n"
        "Quatre ans après le début des travaux, la salle de concerts de Pérouval n'a pas été "
        "remise à la ville. La cérémonie de livraison a été reportée à une date ultérieure.",
        HALL,
        on=D(2022, 5, 4),
        language="fr",
    ) == (EvidenceKind.DELAY)


def test_the_years_since_the_start_of_construction_are_no_step_in_english_either():
    assert kind_of(
        "Pérouval concert hall: the long wait\n"
        "Six years after the start of construction, the salle de concerts de Pérouval stands "
        "empty. "
        "Bâtiloire has postponed the handover again.",
        HALL,
        on=D(2022, 5, 4),
    ) == (EvidenceKind.DELAY)


def test_assurances_received_are_the_promise_said_again_not_the_thing_received():
    # Receiving is the promise for a claim that promises a delivery, but what the mayor
    # receives here is Bâtiloire's word that the hall will be handed over in March: the
    # promise held, progress.
    assert kind_of(
        "Salle de concerts de Pérouval : le maire rassuré\n"
        "Le maire a reçu hier les garanties de Bâtiloire sur la livraison de la salle de "
        "concerts de Pérouval le 25 mars prochain.",
        HALL,
        on=D(2022, 2, 16),
        language="fr",
    ) == (EvidenceKind.PROGRESS)
