"""Rules from round 45's reading of the which-claim news misses (docs/news-watch.md,
"Matching"). Each is written as a specification on invented sentences about made-up projects,
none of them in the labelled sets, and fails without its rule.
"""

from __future__ import annotations

import datetime as dt

from language.kinds import EvidenceKind
from tests.language.matching_specs import best, profile

D = dt.date

# An island authority promised the first phase of its tramway in service by mid-2021.
TRAMWAY = profile(
    promiser="Société des Tramways de Valmonde",
    aliases=("STV",),
    subject="Tramway de Valmonde, première phase Port-Aubin – Belle-Rive",
    keywords=["tramway de Valmonde", "Port-Aubin", "Belle-Rive", "tramway"],
    category="transport",
    statement="La première phase du tramway de Valmonde sera mise en service d'ici juin 2021.",
    stated_on=D(2018, 3, 1),
    deadline_start=D(2021, 6, 1),
    deadline_end=D(2021, 6, 30),
)


def test_a_part_numbered_with_a_letter_is_still_another_part():
    # "Phase 2A" is a part of the second phase: its works launched are no news of the
    # first phase, as "phase 2" would not be.
    assert (
        best(
            "La phase 2A du tramway de Valmonde, de Belle-Rive à Mont-Cerf, a été lancée "
            "aujourd'hui\nLes travaux de la phase 2A ont été lancés ce lundi par le ministre.",
            TRAMWAY,
            on=D(2022, 3, 7),
            language="fr",
        )
        is None
    )
    assert (
        best(
            "Tramway de Valmonde : le chantier de la phase 2b démarre\n"
            "Les travaux de la phase 2b ont été lancés ce lundi.",
            TRAMWAY,
            on=D(2022, 9, 12),
            language="fr",
        )
        is None
    )


def test_a_lettered_part_of_the_promised_phase_is_still_its_news():
    # "Phase 1A" is a part of the promised first phase.
    found = best(
        "La phase 1A du tramway de Valmonde mise en service\n"
        "Le tramway de Valmonde a été mis en service ce samedi entre Port-Aubin et Belle-Rive.",
        TRAMWAY,
        on=D(2021, 5, 29),
        language="fr",
    )
    assert found is not None
    assert found.kind == EvidenceKind.FULFILMENT


# A cloud provider promised its first data centre region in Norland open during 2024.
CLOUD_REGION = profile(
    promiser="Nimbora Cloud",
    aliases=("Nimbora",),
    subject="Nimbora Cloud region in Norland (Port-Elna)",
    keywords=["Norland region", "Port-Elna", "data centre", "centre de données", "région"],
    category="cloud",
    statement="Nimbora Cloud will open its first cloud region in Norland, in Port-Elna, in 2024.",
    stated_on=D(2022, 5, 10),
    deadline_start=D(2024, 1, 1),
    deadline_end=D(2024, 12, 31),
)


def test_a_second_facility_written_with_an_abbreviated_ordinal_is_another_instance():
    # "2e centre", "2nd data centre": the ordinal abbreviated reads as written in full, and a
    # data centre is a facility as a factory or a plant is.
    assert (
        best(
            "Nimbora installe son 2e centre de données à Valdor\n"
            "Après Port-Elna, Nimbora ouvre un deuxième site en Norland.",
            CLOUD_REGION,
            on=D(2025, 3, 4),
            language="fr",
        )
        is None
    )
    assert (
        best(
            "Nimbora opens its 2nd data centre in Norland\n"
            "The new data centre, in Valdor, follows the Port-Elna region.",
            CLOUD_REGION,
            on=D(2025, 3, 4),
        )
        is None
    )


def test_the_promised_facility_itself_is_still_its_news():
    found = best(
        "Nimbora opens its Norland region in Port-Elna\n"
        "Nimbora Cloud opened its first cloud region in Norland on Tuesday.",
        CLOUD_REGION,
        on=D(2024, 6, 4),
    )
    assert found is not None
    assert found.kind == EvidenceKind.FULFILMENT


# A utility promised unit 1 of its Harrowby plant in commercial operation in 2026.
HARROWBY = profile(
    promiser="Westmark Nuclear",
    aliases=("Westmark",),
    subject="Harrowby nuclear power plant unit 1: commercial operation",
    keywords=["Harrowby", "Harrowby 1", "nuclear power plant", "commercial operation"],
    category="energy",
    statement="Westmark Nuclear will bring unit 1 of the Harrowby plant into commercial operation "
    "in 2026.",
    stated_on=D(2019, 9, 2),
    deadline_start=D(2026, 1, 1),
    deadline_end=D(2026, 12, 31),
)


def test_a_headline_naming_no_part_leaves_it_to_the_lead():
    # The headline names the plant alone; the sentence after it says the ceremony was for unit
    # 3: the item is about that unit, as if the headline had said so.
    assert (
        best(
            "Groundbreaking ceremony held at Westmark's Harrowby plant\n"
            "Ministers attended the groundbreaking ceremony for unit 3 of the Harrowby nuclear "
            "power plant on Monday. Westmark started construction of the reactor.",
            HARROWBY,
            on=D(2024, 3, 4),
        )
        is None
    )


def test_the_lead_naming_the_claims_own_part_keeps_the_item():
    found = best(
        "Westmark's Harrowby plant enters commercial operation\n"
        "Unit 1 of the Harrowby nuclear power plant entered commercial operation on Monday, "
        "Westmark said.",
        HARROWBY,
        on=D(2026, 5, 4),
    )
    assert found is not None
    assert found.kind == EvidenceKind.FULFILMENT
