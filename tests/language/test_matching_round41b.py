"""Rules from round 41's second reading (dev-blind82's news; docs/news-watch.md, "Matching").
Each is written as a specification on invented sentences about made-up projects, none of them
in the labelled sets, and fails without its rule.
"""

from __future__ import annotations

import datetime as dt

from language.kinds import EvidenceKind
from tests.language.matching_specs import best, kind_of, profile

D = dt.date

# A ministry promised the Valmore tramway's opening for the end of 2022.
TRAMWAY = profile(
    promiser="Ministère des Transports de Valmore",
    aliases=("ministère des Transports",),
    subject="Tramway de Valmore: inauguration et mise en service",
    keywords=["Tramway de Valmore", "tramway", "Valmore", "inauguration"],
    category="tram line",
    statement="Le tramway de Valmore est inauguré et mis en service.",
    stated_on=D(2020, 5, 4),
    deadline_start=D(2022, 12, 1),
    deadline_end=D(2022, 12, 31),
)


def test_a_headline_that_sets_the_inauguration_date_is_no_inauguration():
    # Past the deadline, "Inauguration du tramway : le ministre fixe une date" opens on the
    # event's noun but tells its date set, a plan: the date the item gives is the new one.
    found = best(
        "Inauguration du Tramway de Valmore : la ministre fixe une date\n"
        "Les travaux touchent à leur fin. Selon la ministre, l'inauguration du tramway aura "
        "lieu au plus tard en septembre 2023.",
        TRAMWAY,
        on=D(2023, 4, 3),
        language="fr",
    )
    assert found is not None
    assert (found.kind, found.proposed_end) == (EvidenceKind.DELAY, D(2023, 9, 30))


# A space agency promised to launch its first satellite, the Orlin-1, in 2022.
SATELLITE = profile(
    promiser="Agence spatiale de Norvalie",
    aliases=("ASN",),
    subject="Orlin-1, Norvalia's first satellite: launch",
    keywords=["Orlin-1", "premier satellite norvalien", "Norvalie", "lancement"],
    category="satellite",
    statement="Norvalia's first satellite, Orlin-1, is launched.",
    stated_on=D(2020, 2, 10),
    deadline_start=D(2022, 1, 1),
    deadline_end=D(2022, 12, 31),
)


def test_past_the_deadline_a_headline_telling_the_date_known_makes_the_date_new():
    # The date sentence names neither the agency nor the satellite's keywords; the headline
    # names the satellite and says its date is known: the date to come is the new one.
    found = best(
        "Espace : la date de lancement du premier satellite norvalien connue\n"
        "La Norvalie mettra son engin en orbite au deuxième trimestre de l'année 2024. "
        "L'annonce est de la directrice de l'ASN.",
        SATELLITE,
        on=D(2023, 10, 5),
        language="fr",
    )
    assert found is not None
    assert (found.kind, found.proposed_start, found.proposed_end) == (
        EvidenceKind.DELAY,
        D(2024, 4, 1),
        D(2024, 6, 30),
    )


def test_an_opening_date_set_in_an_english_headline_is_a_new_date():
    assert kind_of(
        "Launch date set for Orlin-1\n"
        "Norvalia will send the craft up in March 2024, the agency said.",
        SATELLITE,
        on=D(2023, 9, 1),
    ) == (EvidenceKind.DELAY)


# A central bank promised its instant payment platform, Rapido, for 30 June 2025.
PLATFORM = profile(
    promiser="Banque centrale de Norvalie",
    aliases=("BCN",),
    subject="Rapido, the BCN's instant payment platform: official launch",
    keywords=["Rapido", "paiement instantané", "plateforme de paiement", "lancement"],
    category="instant payment system",
    statement="The BCN's instant payment platform Rapido is officially launched.",
    stated_on=D(2024, 9, 2),
    deadline_start=D(2025, 6, 30),
    deadline_end=D(2025, 6, 30),
)


def test_a_launch_carried_out_by_the_ceremonial_verb_is_done():
    # "a procédé au lancement officiel de": the launch carried out, not a step.
    assert kind_of(
        "BCN : une révolution pour les paiements\n"
        "La Banque centrale de Norvalie a procédé lundi au lancement officiel de Rapido, sa "
        "plateforme de paiement instantané, devant les banques de la place.",
        PLATFORM,
        on=D(2025, 6, 30),
        language="fr",
    ) == (EvidenceKind.FULFILMENT)


def test_an_inauguration_carried_out_by_the_ceremonial_verb_is_done():
    assert kind_of(
        "Valmore : le tramway roule\n"
        "Le ministère des Transports a procédé à l'inauguration du Tramway de Valmore "
        "samedi, en présence des élus de la ville.",
        TRAMWAY,
        on=D(2022, 12, 12),
        language="fr",
    ) == (EvidenceKind.FULFILMENT)


def test_a_satellite_placed_in_orbit_is_launched():
    assert kind_of(
        "Orlin-1 : la Norvalie placée en orbite\n"
        "Orlin-1, le premier satellite norvalien, a été placé en orbite avec succès samedi "
        "dernier.",
        SATELLITE,
        on=D(2022, 11, 14),
        language="fr",
    ) == (EvidenceKind.FULFILMENT)


def test_a_satellite_to_be_placed_in_orbit_is_not_launched_yet():
    assert kind_of(
        "Orlin-1 sera placé en orbite en octobre\n"
        "Le premier satellite norvalien sera mis en orbite par une fusée européenne.",
        SATELLITE,
        on=D(2022, 6, 14),
        language="fr",
    ) != (EvidenceKind.FULFILMENT)


def test_a_headline_in_the_present_over_a_launch_set_for_a_day_ahead_is_no_launch():
    # The headline's "launches" is the news's present; the body sets the launch for Monday.
    assert kind_of(
        "Instant transfers for all: BCN launches its Rapido payment platform\n"
        "The Banque centrale de Norvalie will officially launch Rapido on Monday, June 30, "
        "2025, connecting every bank and mobile wallet of the country.",
        PLATFORM,
        on=D(2025, 6, 25),
    ) == (EvidenceKind.PROGRESS)


def test_a_french_headline_in_the_present_over_a_launch_to_come_is_no_launch():
    assert kind_of(
        "Paiements : la BCN lance sa plateforme Rapido\n"
        "La Banque centrale de Norvalie lancera sa plateforme de paiement instantané le "
        "lundi 30 juin 2025 à Valmore.",
        PLATFORM,
        on=D(2025, 6, 24),
        language="fr",
    ) == (EvidenceKind.PROGRESS)


def test_years_of_operation_completed_are_the_things_life_since_no_news():
    # Long after the opening, "completed two years of operation" counts the line's life: no
    # step and no opening, so no evidence for the promise.
    assert (
        kind_of(
            "Valmore tramway carries 30 million riders in two years\n"
            "The Tramway de Valmore completed two years of operation on Monday; since its opening "
            "in December 2022, 30 million passengers have used it.",
            TRAMWAY,
            on=D(2024, 12, 20),
        )
        is None
    )


# A power company promised its Ravel hydropower plant's commissioning in 2024.
PLANT = profile(
    promiser="Société hydroélectrique de Ravel",
    aliases=("SHR",),
    subject="Centrale hydroélectrique de Ravel (300 MW): mise en service",
    keywords=["centrale hydroélectrique de Ravel", "barrage de Ravel", "300 MW", "mise en service"],
    category="hydropower plant",
    statement="La centrale hydroélectrique de Ravel (300 MW) est mise en service.",
    stated_on=D(2021, 3, 1),
    deadline_start=D(2024, 1, 1),
    deadline_end=D(2024, 12, 31),
)


def test_a_plant_that_becomes_operational_is_commissioned():
    assert kind_of(
        "La centrale hydroélectrique de Ravel devient opérationnelle\n"
        "Les 300 MW de l'ouvrage alimentent désormais le réseau national.",
        PLANT,
        on=D(2024, 11, 4),
        language="fr",
    ) == (EvidenceKind.FULFILMENT)


def test_a_plant_operational_to_a_share_is_a_step():
    assert kind_of(
        "Le barrage de Ravel devient opérationnel à 80 %\n"
        "La capacité de la centrale atteint 240 MW sur les 300 MW programmés.",
        PLANT,
        on=D(2024, 9, 4),
        language="fr",
    ) == (EvidenceKind.PROGRESS)


def test_past_the_deadline_a_first_done_with_the_whole_dated_later_is_a_delay():
    # The first power is a part; the commissioning set for a later month is the whole late.
    found = best(
        "Centrale hydroélectrique de Ravel : les premiers MWh injectés\n"
        "La centrale hydroélectrique de Ravel a injecté ses premiers électrons dans le réseau. "
        "La mise en service de la centrale hydroélectrique de Ravel est prévue en novembre "
        "2025.",
        PLANT,
        on=D(2025, 3, 12),
        language="fr",
    )
    assert found is not None
    assert (found.kind, found.proposed_end) == (EvidenceKind.DELAY, D(2025, 11, 30))


def test_a_headline_plant_of_another_capacity_is_another_plant():
    # The claim's plant is of 300 MW; a 5 MW plant built beside it is other news.
    assert (
        kind_of(
            "SHR to build 5 MW hydropower plant for the villages near Ravel\n"
            "An additional 5 MW plant will be built in the framework of the centrale "
            "hydroélectrique de Ravel project, the Société hydroélectrique de Ravel said.",
            PLANT,
            on=D(2023, 6, 20),
        )
        is None
    )


def test_a_headline_plant_of_the_claims_capacity_is_the_claims():
    assert kind_of(
        "SHR's 300 MW hydropower plant enters service\n"
        "The centrale hydroélectrique de Ravel entered service on Monday, the Société "
        "hydroélectrique de Ravel said.",
        PLANT,
        on=D(2024, 11, 20),
    ) == (EvidenceKind.FULFILMENT)
