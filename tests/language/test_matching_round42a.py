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


# An airline promised a non-stop route from Varna to Osaka in October 2023.
ROUTE = profile(
    promiser="Lindra Air",
    aliases=("Lindra",),
    subject="Lindra Air non-stop Varna – Osaka route: launch",
    keywords=["Lindra Air", "Varna", "Osaka", "non-stop", "direct flight", "maiden flight"],
    category="aviation",
    statement="Lindra Air launches its non-stop Varna – Osaka route.",
    stated_on=D(2022, 2, 1),
    deadline_start=D(2023, 10, 1),
    deadline_end=D(2023, 10, 31),
)


def test_a_first_direct_flight_that_touched_down_is_the_route_launched():
    assert (
        kind_of(
            "New route for Lindra Air\n"
            "The debut flight on the new Varna route touched down at Osaka airport on Sunday.",
            ROUTE,
            on=D(2024, 5, 14),
        )
        == EvidenceKind.FULFILMENT
    )


def test_hours_spent_in_the_air_are_no_new_date():
    # "after 15 hours" tells how long the flight took, not a day set for the route.
    match = best(
        "Lindra Air connects Varna and Osaka with its first direct flight\n"
        "The plane landed in Osaka after 15 hours in the air.",
        ROUTE,
        on=D(2024, 5, 14),
    )
    assert match is None or match.kind != EvidenceKind.DELAY


# A foundation promised its Harbour Gallery open in 2020.
GALLERY = profile(
    promiser="Selden Arts Foundation",
    aliases=("Selden Arts",),
    subject="Harbour Gallery, Selden's museum of design: opening",
    keywords=["Harbour Gallery", "museum of design", "opening"],
    category="museum",
    statement="The Harbour Gallery opens to the public.",
    stated_on=D(2016, 3, 1),
    deadline_start=D(2020, 1, 1),
    deadline_end=D(2020, 12, 31),
)


def test_a_thing_to_open_years_later_than_planned_is_late():
    # "two years later than planned" is a slip told, not "two years late" said in passing.
    assert (
        kind_of(
            "Selden Arts shows its building site\n"
            "The Harbour Gallery will open two years later than planned, its director said.",
            GALLERY,
            on=D(2019, 5, 2),
        )
        == EvidenceKind.DELAY
    )


# A phone maker promised its Kestrel phone shipped to backers in spring 2021.
PHONE = profile(
    promiser="Arbor Devices",
    aliases=("Arbor",),
    subject="Kestrel, Arbor's open-source phone: shipping to backers",
    keywords=["Kestrel phone", "Arbor Kestrel", "open-source phone", "shipping"],
    category="consumer electronics",
    statement="Arbor's Kestrel phone ships to its backers.",
    stated_on=D(2019, 9, 1),
    deadline_start=D(2021, 3, 1),
    deadline_end=D(2021, 5, 31),
)


def test_specs_finalized_are_a_step_and_leave_the_slip_beside_them_the_news():
    match = best(
        "Arbor Kestrel phone specs mostly finalized, delayed to Q4\n"
        "The company settled on its chip but moved the phone by another quarter.",
        PHONE,
        on=D(2021, 2, 10),
    )
    assert match is not None
    assert match.kind == EvidenceKind.DELAY


# A venue operator promised its Quayside Arena open, with its first show, in 2023.
ARENA = profile(
    promiser="Quayside Venues",
    aliases=("Quayside Arena",),
    subject="Quayside Arena, Portmere: opening night and first event",
    keywords=["Quayside Arena", "Portmere arena", "opening night", "Mila Storm"],
    category="venue",
    statement="The Quayside Arena opens and holds its first event.",
    stated_on=D(2021, 6, 1),
    deadline_start=D(2023, 1, 1),
    deadline_end=D(2023, 12, 31),
)


def test_a_headline_cancelling_an_opening_gig_put_off_in_the_item_is_a_delay():
    # The gig is cancelled, the opening postponed: the arena is late, not dropped.
    match = best(
        "Quayside Arena cancels Mila Storm's opening gig\n"
        "Portmere's new venue has postponed its opening night as works overran. Mila Storm "
        "will now play on 12 May.",
        ARENA,
        on=D(2024, 4, 20),
    )
    assert match is not None
    assert match.kind == EvidenceKind.DELAY


# A ministry promised the Orvane-Lissac canal link (its "river road", route du fleuve)
# completed next autumn.
CANAL = profile(
    promiser="Ministry of Waterways of Veldra",
    aliases=("Veldra waterways ministry",),
    subject=(
        "Orvane-Lissac basin link ('river road', route du fleuve), first section to the "
        "Lissac reservoir: works completed"
    ),
    keywords=["Orvane-Lissac link", "river road", "route du fleuve", "Lissac reservoir"],
    category="water",
    statement="The first section of the Orvane-Lissac basin link is completed.",
    stated_on=D(2023, 3, 1),
    deadline_start=D(2023, 10, 1),
    deadline_end=D(2023, 10, 31),
)


def test_a_nickname_the_subject_gives_in_brackets_after_the_things_name_names_it():
    # "route du fleuve" is what the subject calls the link, in brackets after its name: an
    # item that names neither the ministry nor the link otherwise is its news.
    assert "route du fleuve" in CANAL.thing_names
    assert (
        kind_of(
            "Route du fleuve : ce n'est qu'un début\n"
            "Aujourd'hui, l'ouvrage vient d'être achevé, a fait savoir le ministère.",
            CANAL,
            on=D(2023, 9, 4),
            language="fr",
        )
        == EvidenceKind.FULFILMENT
    )
