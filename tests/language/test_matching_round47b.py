"""Rules from round 47's reading of the news items matched to a claim they are not about
(docs/news-watch.md, "Matching"). Each is written as a specification on invented sentences
about made-up things, none of them in the labelled sets, and fails without its rule.
"""

from __future__ import annotations

import datetime as dt

from language.kinds import EvidenceKind
from tests.language.matching_specs import best, profile

D = dt.date

# A utility promised the first unit of its nuclear plant connected to the grid in 2019.
REACTOR = profile(
    promiser="Norland Nuclear Company",
    aliases=("Norland Nuclear",),
    subject="Vestrand nuclear power plant unit 1: commissioning",
    keywords=["Vestrand", "Vestrand unit 1", "first unit", "grid"],
    category="energy",
    statement="The first unit of the Vestrand nuclear power plant is connected to the grid.",
    stated_on=D(2014, 3, 1),
    deadline_start=D(2019, 1, 1),
    deadline_end=D(2019, 12, 31),
)


def test_a_unit_reconnected_after_a_stop_is_no_news_of_its_first_start():
    # Back on the grid after maintenance: the running of a unit already in service.
    assert (
        best(
            "Vestrand unit 1 reconnected to the grid after planned maintenance\n"
            "The first unit of Vestrand, inaugurated last year, was connected again on Monday "
            "after a three-week shutdown, Norland Nuclear said.",
            REACTOR,
            on=D(2021, 4, 12),
        )
        is None
    )


def test_a_cable_car_open_again_is_no_news_of_its_opening():
    cable_car = profile(
        promiser="Syndicat des transports de Brévonne",
        aliases=("Brévonne Mobilités",),
        subject="Téléphérique de Brévonne (Aérolis): mise en service",
        keywords=["Aérolis", "téléphérique de Brévonne"],
        category="transport",
        statement="Le téléphérique urbain de Brévonne, Aérolis, sera mis en service fin 2020.",
        stated_on=D(2017, 6, 1),
        deadline_start=D(2020, 9, 1),
        deadline_end=D(2020, 12, 31),
    )
    assert (
        best(
            "Aérolis : le téléphérique de Brévonne de nouveau ouvert\n"
            "Après avoir été à l'arrêt pendant deux semaines pour une maintenance, le "
            "téléphérique de Brévonne est de nouveau ouvert depuis ce lundi matin.",
            cable_car,
            on=D(2022, 9, 5),
            language="fr",
        )
        is None
    )


def test_the_first_connection_is_still_the_promise_kept():
    found = best(
        "Vestrand unit 1 connected to the grid for the first time\n"
        "Norland Nuclear said the first unit of Vestrand was connected to the grid on Monday.",
        REACTOR,
        on=D(2020, 11, 3),
    )
    assert found is not None
    assert found.kind == EvidenceKind.FULFILMENT


def test_a_promised_return_to_service_is_still_told_by_one():
    # A claim that promises the return itself keeps news of it.
    restart = profile(
        promiser="Norland Nuclear Company",
        aliases=("Norland Nuclear",),
        subject="Restart of Vestrand unit 2 after its safety upgrade",
        keywords=["Vestrand unit 2", "restart"],
        category="energy",
        statement="Norland Nuclear will restart Vestrand unit 2 by the end of 2023.",
        stated_on=D(2021, 3, 1),
        deadline_start=D(2023, 1, 1),
        deadline_end=D(2023, 12, 31),
    )
    found = best(
        "Vestrand unit 2 back in operation\n"
        "Norland Nuclear said Vestrand unit 2 resumed operation on Friday after its safety "
        "upgrade was completed.",
        restart,
        on=D(2023, 10, 6),
    )
    assert found is not None


# A carmaker promised its Orvane plant producing its first cars by the end of 2021.
PLANT = profile(
    promiser="Kestrel Motors",
    aliases=("Kestrel",),
    subject="Kestrel Motors Orvane factory: start of car production",
    keywords=["Orvane factory", "Orvane plant", "car production"],
    category="factory",
    statement="Kestrel Motors starts producing cars at its Orvane factory.",
    stated_on=D(2019, 2, 1),
    deadline_start=D(2021, 1, 1),
    deadline_end=D(2021, 12, 31),
)


def test_something_new_still_to_be_built_is_a_new_plan():
    # Years after the promise, "to build new ..." tells another plant planned, whatever
    # dates it gives.
    assert (
        best(
            "Kestrel to build new battery plant near Orvane\n"
            "Kestrel Motors has revealed plans to build a new battery factory at Orvane. It "
            "plans to start building its new Orvane factory in the third quarter of 2023, with "
            "operations to commence in the second quarter of 2024.",
            PLANT,
            on=D(2023, 5, 2),
        )
        is None
    )


def test_the_promised_plant_said_late_is_still_its_news():
    found = best(
        "Kestrel delays car production at its Orvane plant to 2023\n"
        "Kestrel Motors said the Orvane factory will start car production in 2023.",
        PLANT,
        on=D(2021, 6, 2),
    )
    assert found is not None
    assert found.kind == EvidenceKind.DELAY


def test_the_promise_as_it_is_made_is_still_told():
    # Coverage in the week of the promise: the new plant is the promised one.
    found = best(
        "Kestrel Motors will build a new factory in Orvane\n"
        "Kestrel Motors will build a new car factory in Orvane and start car production "
        "there by the end of 2021.",
        PLANT,
        on=D(2019, 2, 3),
    )
    assert found is not None
    assert found.kind == EvidenceKind.PROGRESS


def test_a_claim_that_promises_the_works_is_still_told_by_them():
    works = profile(
        promiser="Kestrel Motors",
        aliases=("Kestrel",),
        subject="Kestrel Motors Orvane battery plant: start of construction",
        keywords=["Orvane battery plant", "construction"],
        category="factory",
        statement="Kestrel Motors starts the construction of its Orvane battery plant.",
        stated_on=D(2019, 2, 1),
        deadline_start=D(2021, 1, 1),
        deadline_end=D(2021, 12, 31),
    )
    found = best(
        "Kestrel to start building new Orvane battery plant in 2023\n"
        "Kestrel Motors said construction of the Orvane battery plant will start in 2023.",
        works,
        on=D(2021, 10, 5),
    )
    assert found is not None
    assert found.kind == EvidenceKind.DELAY


# Mends after review (round 47): each of the rules above holds only for its own case.


def test_a_line_reconnecting_a_town_is_its_opening():
    # "reconnecting the town": the line joins something else again; it opens itself.
    line = profile(
        promiser="Westmoor Rail",
        aliases=("Westmoor",),
        subject="Okeby line: passenger service",
        keywords=["Okeby line", "passenger trains"],
        category="rail service",
        statement="Westmoor Rail opens the Okeby line to passenger trains.",
        stated_on=D(2019, 3, 1),
        deadline_start=D(2021, 1, 1),
        deadline_end=D(2021, 12, 31),
    )
    found = best(
        "Okeby line opens, reconnecting the town to the rail network after 50 years\n"
        "Passenger trains ran on the Okeby line on Saturday for the first time since 1972, "
        "Westmoor Rail said.",
        line,
        on=D(2021, 11, 22),
    )
    assert found is not None
    assert found.kind == EvidenceKind.FULFILMENT
    # The same in one clause: "reconnects" with an object is no return of the line itself.
    found = best(
        "Okeby line opens and reconnects the town to the rail network after 50 years\n"
        "Passenger trains ran on the Okeby line on Saturday for the first time since 1972, "
        "Westmoor Rail said.",
        line,
        on=D(2021, 11, 22),
    )
    assert found is not None
    assert found.kind == EvidenceKind.FULFILMENT


def test_crews_reconnecting_cables_is_no_return_to_service():
    found = best(
        "Vestrand unit 1 grid connection slips to 2020 as crews reconnect faulty cables\n"
        "Norland Nuclear said the first unit of Vestrand will be connected to the grid in 2020.",
        REACTOR,
        on=D(2019, 6, 3),
    )
    assert found is not None
    assert found.kind == EvidenceKind.DELAY
    found = best(
        "Crews reconnect faulty cables at Vestrand unit 1, delaying its grid connection to 2020\n"
        "Norland Nuclear said the first unit of Vestrand will be connected to the grid in 2020.",
        REACTOR,
        on=D(2019, 6, 3),
    )
    assert found is not None
    assert found.kind == EvidenceKind.DELAY


def test_another_unit_back_in_service_leaves_the_claimed_units_news():
    # The clause telling a return names another unit; the claimed one starts for the first time.
    found = best(
        "Unit 2 reconnected, Vestrand unit 1 connected to the grid for the first time\n"
        "Norland Nuclear said the first unit of Vestrand was connected to the grid on Monday.",
        REACTOR,
        on=D(2019, 11, 3),
    )
    assert found is not None
    assert found.kind == EvidenceKind.FULFILMENT


def test_the_promised_plant_named_after_new_is_still_its_news():
    # "to build new Orvane factory": the new thing is the claim's own.
    found = best(
        "Kestrel to build new Orvane factory a year late\n"
        "Kestrel Motors said car production at the Orvane factory will now start in 2022, "
        "not 2021.",
        PLANT,
        on=D(2020, 5, 4),
    )
    assert found is not None
    assert found.kind == EvidenceKind.DELAY


def test_the_promise_retold_weeks_later_is_still_told():
    # Six weeks after the promise, with its promised date: the promise retold.
    found = best(
        "Kestrel Motors will build a new factory in Orvane\n"
        "Kestrel Motors will build a new car factory in Orvane and start car production "
        "there by the end of 2021.",
        PLANT,
        on=D(2019, 3, 15),
    )
    assert found is not None
    assert found.kind == EvidenceKind.PROGRESS


def test_the_promise_retold_with_its_date_keeps_a_new_plant_headline():
    # "new car plant" names none of the claim's words, but the item tells the promised
    # factory with its promised date, months after the promise: the promise retold.
    found = best(
        "Kestrel Motors to build new car plant\n"
        "Kestrel Motors said its Orvane factory will start car production by the end of 2021.",
        PLANT,
        on=D(2019, 4, 20),
    )
    assert found is not None
    assert found.kind == EvidenceKind.PROGRESS
