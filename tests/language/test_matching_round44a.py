"""Rules from round 44's reading of the which-claim news misses (docs/news-watch.md,
"Matching"). Each is written as a specification on invented sentences about made-up projects,
none of them in the labelled sets, and fails without its rule.
"""

from __future__ import annotations

import datetime as dt

from language.kinds import EvidenceKind
from tests.language.matching_specs import best, profile

D = dt.date

# A grid operator promised a subsea power link in service by the end of 2020.
POWER_LINK = profile(
    promiser="Nordgrid",
    aliases=("Nordgrid AS",),
    subject="Skarvik interconnector in service",
    keywords=["Skarvik interconnector", "Skarvik", "power link"],
    category="energy",
    statement="Nordgrid will put the Skarvik interconnector into service by the end of 2020.",
    stated_on=D(2017, 4, 3),
    deadline_start=D(2020, 12, 31),
    deadline_end=D(2020, 12, 31),
)

# A city promised its cable car open by the end of 2020.
CABLE_CAR = profile(
    promiser="Ville de Marbourg",
    aliases=("Marbourg",),
    subject="Téléphérique de Marbourg",
    keywords=["Cimelys", "téléphérique de Marbourg", "téléphérique"],
    category="transport",
    statement="Le téléphérique Cimelys sera mis en service fin 2020.",
    stated_on=D(2018, 2, 1),
    deadline_start=D(2020, 12, 1),
    deadline_end=D(2020, 12, 31),
)


def test_an_outage_of_the_thing_in_service_is_no_news_of_the_promise():
    # The link broke down after it went into service: the date it is back is no new
    # deadline for the promise.
    assert (
        best(
            "Cable fault takes Skarvik interconnector out of action until March\n"
            "Nordgrid said the power link would stay offline until repairs are complete.",
            POWER_LINK,
            on=D(2023, 11, 20),
        )
        is None
    )
    assert (
        best(
            "Nordgrid power link extends outage\n"
            "The Skarvik interconnector will now return in June, Nordgrid said.",
            POWER_LINK,
            on=D(2023, 12, 5),
        )
        is None
    )


def test_a_breakdown_said_in_french_is_no_news_of_the_promise_either():
    assert (
        best(
            "Marbourg : pourquoi le téléphérique Cimelys est encore tombé en rade\n"
            "Le téléphérique est arrêté depuis lundi, en retard sur sa maintenance.",
            CABLE_CAR,
            on=D(2023, 4, 12),
            language="fr",
        )
        is None
    )
    assert (
        best(
            "Le téléphérique Cimelys indisponible en fin de semaine\n"
            "Marbourg annonce une fermeture pour travaux samedi et dimanche.",
            CABLE_CAR,
            on=D(2023, 4, 12),
            language="fr",
        )
        is None
    )


def test_a_delay_of_the_promise_itself_is_still_read():
    found = best(
        "Skarvik interconnector delayed to 2021\n"
        "Nordgrid said the power link would enter service a year late.",
        POWER_LINK,
        on=D(2020, 6, 1),
    )
    assert found is not None and found.kind == EvidenceKind.DELAY


def test_a_delay_headline_naming_outages_is_still_a_delay():
    # Outages named beside the delay ("as winter outages loom") are the setting, not the
    # thing broken in service: the headline's delay is news of the promise.
    found = best(
        "Skarvik interconnector delayed to 2021 as winter outages loom\n"
        "Nordgrid said the power link will now enter service in mid-2021.",
        POWER_LINK,
        on=D(2020, 6, 1),
    )
    assert found is not None and found.kind == EvidenceKind.DELAY
    assert (found.proposed_start, found.proposed_end) == (D(2021, 5, 1), D(2021, 8, 31))
    # A delay with no date beside the breakdown is the outage's own: still no news.
    assert (
        best(
            "Skarvik interconnector suffers outage, power deliveries delayed\n"
            "Nordgrid said the power link would stay offline until repairs are complete.",
            POWER_LINK,
            on=D(2023, 11, 20),
        )
        is None
    )


# A power company promised its dam's first power by the end of 2026.
DAM = profile(
    promiser="Kavara Power",
    aliases=("Kavara",),
    subject="Lunde hydropower dam: first power",
    keywords=["Lunde dam", "Lunde hydropower project", "hydropower"],
    category="energy",
    statement="Kavara Power's Lunde dam will deliver its first power by the end of 2026.",
    stated_on=D(2021, 3, 1),
    deadline_start=D(2026, 12, 31),
    deadline_end=D(2026, 12, 31),
)


def test_a_thing_nearing_completion_is_a_stage_of_its_works():
    found = best(
        "Kavara's Lunde dam nears completion\n"
        "Engineers are finishing the spillway of the Lunde hydropower project.",
        DAM,
        on=D(2025, 5, 2),
    )
    assert found is not None and found.kind == EvidenceKind.PROGRESS


def test_a_thing_ready_for_operation_is_a_step_not_the_promise_kept():
    found = best(
        "Kavara: Lunde dam ready for operation\nThe company told reporters on Monday.",
        DAM,
        on=D(2026, 3, 9),
    )
    assert found is not None and found.kind == EvidenceKind.PROGRESS
