"""Rules from round 42's first reading (the news of two blind batches released for reading;
docs/news-watch.md, "Matching"). Each is written as a specification on invented sentences
about made-up projects, none of them in the labelled sets, and fails without its rule.
"""

from __future__ import annotations

import datetime as dt

from language.kinds import EvidenceKind
from tests.language.matching_specs import best, kind_of, profile

D = dt.date

# An aircraft maker promised its Orla 9 jet in service during 2026.
JET = profile(
    promiser="Vantor Aviation",
    aliases=("Vantor",),
    subject="Vantor Orla 9 business jet: entry into service",
    keywords=["Orla 9", "Vantor Orla 9", "service entry", "entry into service"],
    category="aircraft",
    statement="The Vantor Orla 9 business jet enters service.",
    stated_on=D(2022, 5, 1),
    deadline_start=D(2026, 1, 1),
    deadline_end=D(2026, 12, 31),
)


def test_past_a_date_only_aimed_at_the_next_later_date_beside_a_step_is_the_news():
    # The first flight is only aimed at ("targets ... in 2027"); the service entry in late
    # 2028 is a new date, though a step (the ramp-up) stands beside the claim's name.
    match = best(
        "Vantor targets Orla 9 maiden flight in 2027 as ramp-up gains pace\n"
        "The long-range jet should enter service in late 2028, leaving little time for "
        "certification.",
        JET,
        on=D(2025, 10, 1),
    )
    assert match is not None
    assert match.kind == EvidenceKind.DELAY
    assert (match.proposed_start, match.proposed_end) == (D(2028, 9, 1), D(2028, 12, 31))


# A developer promised its Brume floating wind farm in service in 2024.
WIND = profile(
    promiser="Brume Énergies",
    aliases=("Brume",),
    subject="Brume floating offshore wind farm off Cap Sable: commissioning",
    keywords=["Brume floating wind farm", "parc éolien flottant de Brume", "commissioning"],
    category="energy",
    statement="The Brume floating offshore wind farm is commissioned.",
    stated_on=D(2021, 4, 1),
    deadline_start=D(2024, 1, 1),
    deadline_end=D(2024, 12, 31),
)


def test_a_farm_fully_commissioned_is_fulfilled():
    assert (
        kind_of(
            "Brume floating wind farm fully commissioned\n"
            "All four turbines now send power ashore, the operator said.",
            WIND,
            on=D(2025, 3, 3),
        )
        == EvidenceKind.FULFILMENT
    )


def test_a_headline_that_commissions_the_first_of_its_kind_tells_it_done():
    assert (
        kind_of(
            "Brume commissions first floating wind farm of the region\n"
            "The operator announced the full commissioning of the Brume floating wind farm.",
            WIND,
            on=D(2025, 3, 3),
        )
        == EvidenceKind.FULFILMENT
    )


def test_turbines_officially_put_into_service_in_the_feminine_plural_are_the_farm_done():
    assert (
        kind_of(
            "Le parc éolien flottant de Brume\n"
            "Les quatre éoliennes de Brume sont les premières officiellement mises en service "
            "sur cette côte.",
            WIND,
            on=D(2025, 3, 3),
            language="fr",
        )
        == EvidenceKind.FULFILMENT
    )


# A games studio promised its Tindra handheld console on sale early in 2023.
CONSOLE = profile(
    promiser="Corvid Games",
    aliases=("Corvid",),
    subject="Tindra, Corvid's handheld console: release and shipping to buyers",
    keywords=["Tindra", "console portable", "précommandes", "pre-orders", "shipping"],
    category="consumer electronics",
    statement="Corvid's Tindra handheld console is released and ships to buyers.",
    stated_on=D(2022, 3, 1),
    deadline_start=D(2023, 1, 1),
    deadline_end=D(2023, 4, 30),
)


def test_pre_orders_opened_are_a_step_toward_shipping():
    assert (
        kind_of(
            "Tindra : précommandes ouvertes pour la console portable de Corvid\n"
            "Le prix surprend les joueurs.",
            CONSOLE,
            on=D(2023, 6, 2),
            language="fr",
        )
        == EvidenceKind.PROGRESS
    )
    assert (
        kind_of(
            "Corvid opened pre-orders for the Tindra handheld on Tuesday\n"
            "The first units are due later.",
            CONSOLE,
            on=D(2023, 6, 2),
        )
        == EvidenceKind.PROGRESS
    )
