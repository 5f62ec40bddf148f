"""Rules from round 41's first reading of dev-blind80's news (docs/news-watch.md, "Matching").
Each is written as a specification on invented sentences about made-up projects, none of them
in the labelled sets, and fails without its rule.
"""

from __future__ import annotations

import datetime as dt

from language.kinds import EvidenceKind
from tests.language.matching_specs import kind_of, profile

D = dt.date

# A city promised to finish its new concert hall by the end of 2025.
HALL = profile(
    promiser="Ville de Brevanne",
    aliases=("Brevanne",),
    subject="Auditorium de Brevanne: livraison",
    keywords=["Auditorium de Brevanne", "salle de concert", "livraison"],
    category="cultural building",
    statement="L'Auditorium de Brevanne est livré.",
    stated_on=D(2022, 3, 1),
    deadline_start=D(2025, 12, 1),
    deadline_end=D(2025, 12, 31),
)


def test_a_building_that_struggles_to_rise_from_the_ground_is_late():
    # "peine à sortir de terre": the works do not get going, a slip, even when the headline
    # names the construction (a step) first.
    assert kind_of(
        "La construction de l'Auditorium de Brevanne peine à sortir de terre\n"
        "Trois ans après la pose de la première pierre, la Ville de Brevanne reconnaît que "
        "le chantier n'a guère avancé.",
        HALL,
        on=D(2025, 3, 10),
        language="fr",
    ) == (EvidenceKind.DELAY)


def test_a_project_that_struggles_to_see_the_light_of_day_is_late():
    assert kind_of(
        "Brevanne : l'Auditorium peine à voir le jour\n"
        "La salle de concert promise par la Ville de Brevanne n'est toujours qu'un terrain "
        "vague.",
        HALL,
        on=D(2025, 5, 2),
        language="fr",
    ) == (EvidenceKind.DELAY)


# A mobile operator promised to launch its network commercially in Dalmar during 2025.
OPERATOR = profile(
    promiser="Korvia Mobile",
    aliases=("Korvia",),
    subject="Korvia Mobile Dalmar: commercial launch",
    keywords=["Korvia Mobile", "Dalmar", "commercial launch", "network"],
    category="mobile operator",
    statement="Korvia Mobile launches its mobile network commercially in Dalmar.",
    stated_on=D(2023, 6, 1),
    deadline_start=D(2025, 1, 1),
    deadline_end=D(2025, 12, 31),
)


def test_a_count_of_towns_to_reach_later_is_no_new_date():
    # The launch is set within the promised year; the later date is the roll-out's reach
    # ("in 40 towns by June 2026"), not a new date for the launch.
    assert kind_of(
        "Korvia Mobile to launch in Dalmar in September\n"
        "Korvia Mobile said its commercial launch in Dalmar will start in September 2025, "
        "switching on the network in 40 towns across the country by June 2026.",
        OPERATOR,
        on=D(2025, 6, 12),
    ) == (EvidenceKind.PROGRESS)


def test_a_number_of_customers_to_serve_later_is_no_new_date():
    assert kind_of(
        "Korvia Mobile readies its Dalmar network\n"
        "Korvia Mobile has signed a tower-sharing agreement for its Dalmar network and aims "
        "to serve about 4 million customers by 2027.",
        OPERATOR,
        on=D(2025, 3, 2),
    ) == (EvidenceKind.PROGRESS)


def test_a_share_of_the_works_by_a_later_date_still_tells_a_slip():
    # A share or a sum is no count to reach: "only 60 percent ... by the end of 2026" is
    # the thing itself late.
    assert kind_of(
        "Korvia Mobile's Dalmar network to be only 60 percent built by the end of 2026\n"
        "Korvia Mobile said construction of the Dalmar network will reach 60 percent by the "
        "end of 2026.",
        OPERATOR,
        on=D(2025, 3, 2),
    ) == (EvidenceKind.DELAY)


def test_operations_started_with_the_owners_possessive_are_the_launch():
    # "started its operations": the possessive between the verb and its noun is still the
    # launch done.
    assert kind_of(
        "President Arlen in Dalmar for Korvia Mobile's day\n"
        "Korvia Mobile has officially started its operations in Dalmar, with calls and data "
        "offered in the capital from Thursday.",
        OPERATOR,
        on=D(2025, 10, 3),
    ) == (EvidenceKind.FULFILMENT)


# A carmaker promised its small car on sale in Norvalia in the first half of 2026.
CAR = profile(
    promiser="Veltra Motors",
    aliases=("Veltra",),
    subject="Veltra Pico: commercial launch",
    keywords=["Veltra Pico", "Pico", "small car"],
    category="car",
    statement="The Veltra Pico goes on sale in Norvalia.",
    stated_on=D(2024, 2, 1),
    deadline_start=D(2026, 1, 1),
    deadline_end=D(2026, 6, 30),
)


def test_a_car_that_hit_the_roads_is_out_to_its_buyers():
    assert kind_of(
        "Norvalia's cheapest car arrives\n"
        "The Veltra Pico, the country's cheapest car, hit the roads of Norvalia on Friday, "
        "with the first buyers leaving the showroom in it.",
        CAR,
        on=D(2026, 5, 15),
    ) == (EvidenceKind.FULFILMENT)


def test_a_car_that_will_hit_the_roads_later_is_not_out_yet():
    assert kind_of(
        "Veltra Pico to hit the roads in the spring\n"
        "Veltra Motors said the Veltra Pico will hit the roads of Norvalia in April 2026, "
        "once its plant is ready.",
        CAR,
        on=D(2025, 11, 15),
    ) != (EvidenceKind.FULFILMENT)


# A regional government promised its ferry line in service by the end of 2024.
FERRY = profile(
    promiser="Norvalian government",
    aliases=("Norvalia",),
    subject="Ostrand ferry line: start of service",
    keywords=["Ostrand ferry", "ferry line", "start of service"],
    category="transport",
    statement="The Ostrand ferry line starts carrying passengers.",
    stated_on=D(2022, 3, 1),
    deadline_end=D(2024, 12, 31),
)


def test_a_headline_setting_the_thing_months_ahead_past_the_deadline_is_a_new_date():
    # Past the deadline, the headline sets the service for a month to come: the completion
    # word further down (a ceremony told as the story's past) does not make it done.
    assert kind_of(
        "Ostrand ferry to start full service in June\n"
        "There are signs that the Ostrand ferry line may carry its first paying passengers "
        "in June, its operator said.\n"
        "Recall that in January the Norvalian government launched the Ostrand ferry at a "
        "ceremony with the minister on board.",
        FERRY,
        on=D(2025, 3, 10),
    ) == (EvidenceKind.DELAY)


def test_the_aim_now_in_force_is_a_slip():
    # "l'objectif est désormais de ...": the aim now in force replaces the one promised.
    assert kind_of(
        "Brevanne : l'Auditorium de Brevanne financé par la région\n"
        "La région apporte vingt millions d'euros à la salle de concert. L'objectif est "
        "désormais de parvenir à livrer l'ouvrage au plus tard à la fin de l'année 2027.",
        HALL,
        on=D(2026, 2, 10),
        language="fr",
    ) == (EvidenceKind.DELAY)
