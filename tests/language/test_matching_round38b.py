"""Rules from round 38's second reading of news never tuned on (docs/news-watch.md,
"Matching"). Each is written as a specification on invented sentences about made-up projects,
none of them in the labelled sets, and fails without its rule.
"""

from __future__ import annotations

import datetime as dt

from language.kinds import EvidenceKind
from tests.language.matching_specs import kind_of, profile

D = dt.date

# A cheap electric hatchback promised to customers at the end of 2020.
HATCH = profile(
    promiser="Voltara Motors",
    aliases=("Voltara",),
    subject="Voltara Spark at a $25,000 base price: first customer deliveries",
    keywords=["Voltara Spark", "$25,000 Spark", "base Spark", "deliveries"],
    category="electric car launch",
    statement="Voltara delivers the $25,000 base version of the Spark to customers.",
    stated_on=D(2018, 5, 2),
    deadline_end=D(2020, 12, 31),
)


def test_a_chief_on_stage_is_no_stage_of_the_project():
    # "on stage" is a platform: no phase of the work. What the item says is that the car is
    # still out of reach, well after the promised date.
    assert kind_of(
        "What became of the $25,000 Voltara Spark?\n"
        "Voltara's chief executive is on stage for the unveiling of the Voltara Spark. "
        "It will cost $25,000, he says to applause.\n\n"
        "Now no one can buy a base Spark under $31,000, and Voltara is a carmaker notorious "
        "for missing deadlines.",
        HATCH,
        on=D(2021, 6, 3),
    ) == (EvidenceKind.DELAY)


def test_a_drop_after_before_and_a_subject_in_the_past_happened():
    # "before" makes a drop to come a condition ("before cancelling it"); with a subject and
    # its verb in the past it tells what happened: the cheap version was pulled.
    assert kind_of(
        "The $25,000 Voltara Spark is gone already\n"
        "Hardly any $25,000 Spark cars were delivered before Voltara pulled the plug on the "
        "base Spark this week.",
        HATCH,
        on=D(2021, 4, 12),
    ) == (EvidenceKind.DENIAL)


# A video game promised for release on 3 March 2021.
GAME = profile(
    promiser="Studio Hallorn",
    aliases=("Hallorn",),
    subject="Ember Tides: worldwide release",
    keywords=["Ember Tides", "Hallorn"],
    category="video game release",
    statement="Ember Tides is released worldwide on consoles.",
    stated_on=D(2019, 6, 11),
    deadline_end=D(2021, 3, 3),
)


def test_a_game_whose_development_is_said_finished_is_on_its_way():
    # The development finished, the release is still to come: a step, no release.
    assert kind_of(
        "Ember Tides : le développement est officiellement terminé\n"
        "Le studio Hallorn annonce qu'Ember Tides sortira comme prévu dans quelques semaines.",
        GAME,
        on=D(2021, 2, 1),
        language="fr",
    ) == (EvidenceKind.PROGRESS)


# A country's target of 50,000 public charging points by the end of 2022.
CHARGERS = profile(
    promiser="Gouvernement de Norvalie",
    aliases=("le gouvernement",),
    subject="Objectif 50 000 bornes: 50,000 public charging points in Norvalie",
    keywords=["50 000 bornes", "bornes de recharge", "Objectif 50 000 bornes"],
    category="electric vehicle charging network",
    statement="Norvalie has 50,000 charging points open to the public.",
    stated_on=D(2020, 9, 1),
    deadline_end=D(2022, 12, 31),
)


def test_a_target_still_not_reached_after_its_date_is_late():
    assert kind_of(
        "Bornes de recharge : l'objectif des 50 000 bornes n'est toujours pas atteint\n"
        "Au 31 mars, le pays comptait 41 000 bornes de recharge, selon le gouvernement.",
        CHARGERS,
        on=D(2023, 4, 10),
        language="fr",
    ) == (EvidenceKind.DELAY)


def test_the_promised_count_told_as_a_threshold_crossed_is_done():
    # "le seuil des 50 000 bornes a été franchi": the whole promised count, reached (late).
    assert kind_of(
        "Bornes de recharge : le cap est passé, avec un an de retard\n"
        "Le gouvernement visait 50 000 bornes de recharge fin 2022. C'est finalement ce lundi "
        "que le seuil des 50 000 bornes a été franchi, selon l'association des opérateurs.",
        CHARGERS,
        on=D(2023, 11, 6),
        language="fr",
    ) == (EvidenceKind.FULFILMENT)


def test_a_smaller_threshold_crossed_is_no_fulfilment():
    # A lower count crossed is a step on the way, never the promise done.
    assert kind_of(
        "Bornes de recharge : le seuil des 30 000 bornes a été franchi\n"
        "Le pays compte désormais plus de 30 000 bornes de recharge, indique le gouvernement.",
        CHARGERS,
        on=D(2022, 3, 6),
        language="fr",
    ) != (EvidenceKind.FULFILMENT)


# A stormwater tank promised to be built and in service by the end of 2024.
TANK = profile(
    promiser="Ville de Brescourt",
    aliases=("la Ville",),
    subject="Bassin de Brescourt: stormwater storage tank",
    keywords=["bassin de Brescourt", "bassin de stockage", "eaux pluviales"],
    category="water infrastructure",
    statement="The Brescourt storage tank is built and in service.",
    stated_on=D(2021, 5, 3),
    deadline_end=D(2024, 12, 31),
)


def test_a_date_of_what_the_thing_is_for_is_no_new_date_for_it():
    # "permettra ... en 2026": the swimming the tank makes possible, not a later date for
    # the tank, which the item says is inaugurated.
    assert kind_of(
        "Brescourt inaugurates its stormwater tank\n"
        "The city has inaugurated the bassin de Brescourt, a tank for eaux pluviales designed "
        "to clean the river, with the objective of opening it to swimmers by summer 2026.",
        TANK,
        on=D(2024, 6, 3),
    ) == (EvidenceKind.FULFILMENT)


def test_a_delay_as_the_purpose_is_still_a_new_date():
    # "in order to delay ... to 2026": what the decision is for is the delay itself.
    assert kind_of(
        "Brescourt's storage tank: a new timetable\n"
        "After a long debate, the council amended the plan for the bassin de Brescourt in "
        "order to delay its entry into service to January 1st, 2026.",
        TANK,
        on=D(2025, 2, 3),
    ) == (EvidenceKind.DELAY)


def test_a_headline_inauguration_of_a_ceremony_to_come_is_a_step():
    # "Inauguration du bassin" over "la maire inaugurera le bassin jeudi": not yet opened.
    assert kind_of(
        "Inauguration du bassin de Brescourt : un ouvrage majeur pour la rivière\n"
        "Ce jeudi, la maire inaugurera le bassin de Brescourt, qui stockera les eaux "
        "pluviales lors des fortes pluies.",
        TANK,
        on=D(2024, 4, 29),
        language="fr",
    ) == (EvidenceKind.PROGRESS)
