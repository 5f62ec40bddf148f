"""Rules from round 39's reading of the news of dev-blind64 (docs/news-watch.md, "Matching").
Each is written as a specification on invented sentences about made-up projects, none of them
in the labelled sets, and fails without its rule.
"""

from __future__ import annotations

import datetime as dt

from language.kinds import EvidenceKind
from language.matching import (
    ClaimProfile,
    ItemText,
    candidates_python,
    claim_profile,
    ledger_profiles,
    rank_matches,
)
from language.text import fold_words as fold
from tests.language.matching_specs import best, kind_of, profile

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


def _two_museums() -> list[ClaimProfile]:
    """Two museums of one city, promised by two organisations; only the first lists the
    city among its keywords."""
    common = {"category": "museum opening", "stated_on": D(2015, 5, 4)}
    return ledger_profiles(
        [
            claim_profile(
                claim_id=1,
                promiser_id=1,
                promiser="Fondation Arvelle",
                aliases=("Musée Arvelle",),
                subject="Musée Arvelle de la bande dessinée, parc des Tanneurs, Brévonne: "
                "ouverture",
                keywords=["Musée Arvelle", "parc des Tanneurs", "Brévonne", "ouverture"],
                statement="Le Musée Arvelle ouvre au public.",
                deadline_start=D(2018, 1, 1),
                deadline_end=D(2018, 12, 31),
                **common,
            ),
            claim_profile(
                claim_id=2,
                promiser_id=2,
                promiser="Académie des arts du cirque",
                aliases=("musée du Cirque",),
                subject="Musée du Cirque (ancienne halle aux grains), Brévonne: ouverture",
                keywords=["musée du Cirque", "halle aux grains", "ouverture"],
                statement="Le musée du Cirque ouvre au public.",
                deadline_start=D(2019, 1, 1),
                deadline_end=D(2019, 12, 31),
                **common,
            ),
        ]
    )


def test_a_city_two_claims_subjects_hold_names_neither_thing():
    # "Brévonne" is a keyword of the first museum only, but both subjects place their museum
    # there: the city names no museum, and news of the other museum's opening in Brévonne is
    # that museum's.
    text = (
        "Brévonne : le musée du Cirque ouvre enfin ses portes\n"
        "Après de nombreux reports, le musée du Cirque ouvre enfin ses portes ce samedi à "
        "Brévonne."
    )
    news = ItemText(
        item_id=1, text=fold(text), published_on=D(2021, 6, 5), language="fr", original=text
    )
    matches = rank_matches(candidates_python([news], _two_museums()), threshold=0.6)
    assert [(m.claim_id, m.kind) for m in matches[1][:1]] == [(2, EvidenceKind.FULFILMENT)]


# A broadcaster promised to switch off its FM transmitters in August 2024.
SWITCH_OFF = profile(
    promiser="Radiodiffusion de Norvalie",
    aliases=("RDN",),
    subject="RDN switch-off of its FM radio transmitters, moving to DAB+",
    keywords=["RDN", "FM", "DAB+", "émetteurs FM", "fin de la FM", "radio numérique"],
    category="broadcasting",
    statement="RDN switches off its FM radio transmitters.",
    stated_on=D(2022, 3, 1),
    deadline_start=D(2024, 8, 1),
    deadline_end=D(2024, 8, 31),
)


def test_giving_up_what_a_claim_promises_to_end_is_no_drop():
    # For a claim that switches FM off, radios that "abandonneraient leurs fréquences FM"
    # would do the same, no drop of the promise; the news is the end set later than
    # promised.
    match = best(
        "Fin de la FM : l'accord de branche vole en éclats\n"
        "La fin de la FM est désormais annoncée pour la fin 2026. La RDN devait éteindre ses "
        "émetteurs FM dès août 2024, mais les radios privées se sont refusées à confirmer "
        "qu'elles abandonneraient leurs fréquences FM en 2025.",
        SWITCH_OFF,
        on=D(2023, 9, 12),
        language="fr",
    )
    assert match is not None
    assert (match.kind, match.proposed_start, match.proposed_end) == (
        EvidenceKind.DELAY,
        D(2026, 9, 1),
        D(2026, 12, 31),
    )


def test_a_headline_on_giving_up_fm_is_the_topic_of_a_switch_off():
    assert kind_of(
        "Abandon de la FM : la RDN tiendra le calendrier\n"
        "La RDN a confirmé qu'elle éteindra ses émetteurs FM en août 2024, comme prévu.",
        SWITCH_OFF,
        on=D(2023, 9, 12),
        language="fr",
    ) == (EvidenceKind.PROGRESS)


def test_dropping_the_end_itself_is_still_a_drop():
    assert kind_of(
        "La RDN abandonne la fin de la FM\n"
        "La RDN renonce à couper ses émetteurs FM et abandonne l'extinction de la FM.",
        SWITCH_OFF,
        on=D(2023, 9, 12),
        language="fr",
    ) == (EvidenceKind.DENIAL)


def test_a_thing_that_will_come_only_at_a_later_date_is_late():
    # "ne sera livrée qu'à l'automne 2023": the hall comes only then, after the promised
    # March 2022; the "comme prévu" told of the works below does not keep the promise.
    match = best(
        "La salle de concerts de Pérouval ne sera livrée qu'à l'automne 2023\n"
        "Sur le chantier, les finitions avancent comme prévu, selon Bâtiloire.",
        HALL,
        on=D(2022, 1, 20),
        language="fr",
    )
    assert match is not None
    assert (match.kind, match.proposed_start, match.proposed_end) == (
        EvidenceKind.DELAY,
        D(2023, 9, 1),
        D(2023, 11, 30),
    )


def test_a_date_said_with_ne_que_is_not_a_move():
    # Beside a headline that says the promise moved, the date a part comes "only" at is not
    # the new date of the whole: the latest date said of the claim is.
    match = best(
        "La livraison de la salle de concerts de Pérouval est repoussée\n"
        "Le parvis ne sera ouvert qu'en septembre prochain. Bâtiloire prévoit désormais la "
        "livraison de la salle de concerts de Pérouval à l'horizon 2024.",
        HALL,
        on=D(2022, 1, 20),
        language="fr",
    )
    assert match is not None
    assert (match.kind, match.proposed_start, match.proposed_end) == (
        EvidenceKind.DELAY,
        None,
        D(2024, 12, 31),
    )


def test_the_date_said_to_be_the_new_one_is_proposed_over_an_earlier_move():
    # The sentence that says which date is now in force ("une nouvelle date", "désormais")
    # is read before another move the item tells ("reporter la livraison de mars à septembre
    # 2022").
    match = best(
        "Salle de concerts de Pérouval : Bâtiloire fixe une nouvelle date\n"
        "La salle de concerts de Pérouval sera désormais livrée en 2024. Les retards du "
        "chantier ont contraint Bâtiloire à reporter la livraison de mars à septembre 2022.",
        HALL,
        on=D(2022, 1, 20),
        language="fr",
    )
    assert match is not None
    assert (match.kind, match.proposed_start, match.proposed_end) == (
        EvidenceKind.DELAY,
        D(2024, 1, 1),
        D(2024, 12, 31),
    )


def test_a_new_opening_date_is_proposed_over_an_earlier_move_in_english():
    match = best(
        "Pérouval concert hall gets a new opening date\n"
        "The salle de concerts de Pérouval is now set for a new opening date in 2024. Supply "
        "delays forced Bâtiloire to shift the handover from March to September 2022.",
        HALL,
        on=D(2022, 1, 20),
    )
    assert match is not None
    assert (match.kind, match.proposed_start, match.proposed_end) == (
        EvidenceKind.DELAY,
        D(2024, 1, 1),
        D(2024, 12, 31),
    )


# A satellite promised to be launched in early 2021.
SATELLITE = profile(
    promiser="Orbilink",
    aliases=("Orbilink Inc.",),
    subject="First Orbilink-2 broadband satellite: launch",
    keywords=["Orbilink-2", "broadband satellite", "launch"],
    category="satellite launch",
    statement="Orbilink launches its first Orbilink-2 satellite.",
    stated_on=D(2019, 6, 3),
    deadline_start=D(2021, 1, 1),
    deadline_end=D(2021, 4, 30),
)


def test_a_thing_one_intends_to_have_launched_is_not_launched():
    # "intent to have the first Orbilink-2 satellite launched" is the aim; the news is the
    # delay the headline tells.
    assert kind_of(
        "Orbilink-2 launch delayed till summer\n"
        "Orbilink said on Thursday that the launch of its Orbilink-2 broadband satellite, "
        "planned for early 2022, has been delayed to the summer. Its founder still stated the "
        "group's intent to have the first Orbilink-2 satellite launched and working in 2022.",
        SATELLITE,
        on=D(2022, 2, 9),
    ) == (EvidenceKind.DELAY)


# The same kind of satellite, promised to enter service in 2021.
SATELLITE_SERVICE = profile(
    promiser="Orbilink",
    aliases=("Orbilink Inc.",),
    subject="Orbilink-3 high-throughput satellite: entry into service",
    keywords=["Orbilink-3", "satellite très haut débit", "entrée en service"],
    category="satellite broadband",
    statement="Orbilink's Orbilink-3 satellite enters service.",
    stated_on=D(2018, 6, 3),
    deadline_start=D(2021, 1, 1),
    deadline_end=D(2021, 12, 31),
)


def test_a_satellite_launched_by_a_rocket_is_a_step_toward_its_entry_into_service():
    # The launch is a flight on the way to the service promised; the service date the item
    # gives, later than promised, is the news.
    match = best(
        "Une fusée Vega lance le satellite Orbilink-3\n"
        "La fusée a décollé de Kourou mardi soir avec à son bord le satellite Orbilink-3. "
        "Le satellite Orbilink-3 entrera en service en mars 2024, après plusieurs mois de "
        "tests en orbite.",
        SATELLITE_SERVICE,
        on=D(2023, 5, 10),
        language="fr",
    )
    assert match is not None
    assert (match.kind, match.proposed_start, match.proposed_end) == (
        EvidenceKind.DELAY,
        D(2024, 3, 1),
        D(2024, 3, 31),
    )


def test_a_satellite_launched_by_a_rocket_fulfils_a_promised_launch():
    assert kind_of(
        "Falcon 9 rocket launches the first Orbilink-2 satellite\n"
        "A Falcon 9 rocket launched the first Orbilink-2 broadband satellite on Sunday.",
        SATELLITE,
        on=D(2022, 10, 3),
    ) == (EvidenceKind.FULFILMENT)


# A power station promised to be completed by the end of 2025.
PLANT = profile(
    promiser="Énergie de Varne",
    aliases=("EDV",),
    subject="Centrale de Kerlédan: mise en service",
    keywords=["centrale de Kerlédan", "Kerlédan", "mise en service"],
    category="power plant",
    statement="EDV met en service la centrale de Kerlédan.",
    stated_on=D(2019, 5, 2),
    deadline_end=D(2025, 12, 31),
)


def test_under_construction_said_in_passing_between_commas_is_no_step():
    # ", en cours de construction en Varnie," describes the plant; the news is its costs,
    # which report nothing of the promise.
    assert (
        kind_of(
            "Les coûts de Kerlédan s'envolent\n"
            "La centrale de Kerlédan, en cours de construction en Varnie, coûtera deux "
            "milliards de plus, selon EDV.",
            PLANT,
            on=D(2023, 3, 9),
            language="fr",
        )
        is None
    )


def test_under_construction_in_a_relative_clause_is_no_step():
    assert (
        kind_of(
            "EDV names a new finance director\n"
            "The centrale de Kerlédan, which is under construction, will be run by a new "
            "team, EDV said.",
            PLANT,
            on=D(2023, 3, 9),
        )
        is None
    )


def test_still_under_construction_tells_where_the_works_stand():
    assert kind_of(
        "Kerlédan: the works go on\n"
        "The centrale de Kerlédan, still under construction after two slowdowns, will "
        "employ 300 people, EDV said.",
        PLANT,
        on=D(2023, 3, 9),
    ) == (EvidenceKind.PROGRESS)


def test_as_planned_said_of_a_date_later_than_the_promise_is_a_delay():
    # "comme prévu" is the plan now in force; for a plant promised by the end of 2025, a
    # start "courant 2026" is later: the date is the news, a delay.
    match = best(
        "Kerlédan entre dans la dernière ligne droite\n"
        "Le poste électrique a été raccordé en juin. Comme prévu, la mise en service de la "
        "centrale de Kerlédan devrait avoir lieu courant 2026, selon EDV.",
        PLANT,
        on=D(2025, 10, 2),
        language="fr",
    )
    assert match is not None
    assert (match.kind, match.proposed_start, match.proposed_end) == (
        EvidenceKind.DELAY,
        D(2026, 1, 1),
        D(2026, 12, 31),
    )


def test_as_planned_on_the_eve_of_a_later_event_is_a_step():
    # A start nine days ahead that goes ahead "as planned": the event's eve, a step.
    assert kind_of(
        "Kerlédan power station to start on January 20 as planned\n"
        "The centrale de Kerlédan will start on January 20 as planned, EDV said.",
        PLANT,
        on=D(2026, 1, 11),
    ) == (EvidenceKind.PROGRESS)
