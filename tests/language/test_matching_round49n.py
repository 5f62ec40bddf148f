"""Mends after review of round 49's matcher rules (docs/news-watch.md, "Reading an item" and
"Which claim an item is about"): a company is named after a site it is the one company of,
not after any lower-case words; a cost, a clock, a negated or a money deferral is no slip;
others' extra time is to answer, not to file what was promised; time running or dragging
on longer than planned is late; the outcome of "won't ... this year" may have its object
between; a courtyard is no court; a coordinated clause has a subject of its own; the noun
"commencement of production" awaited is not production begun.
Each is written as a specification on invented sentences about made-up projects, none of
them in the labelled sets, and fails without its mend.
"""

from __future__ import annotations

import datetime as dt

from language.kinds import EvidenceKind
from tests.language.matching_specs import best, kind_of, profile
from tests.language.test_matching_round49b import CALDER, VALLIER

D = dt.date

# An airline promised its fleet renewed by 2031: a subject naming a year, no site.
NORDLIGHT = profile(
    promiser="Nordlight Airways",
    aliases=(),
    subject="Nordlight Airways 2031 fleet renewal",
    keywords=["fleet renewal", "new aircraft"],
    category="airline",
    statement="Nordlight Airways replaces its whole fleet with new aircraft.",
    stated_on=D(2023, 2, 1),
    deadline_start=D(2031, 1, 1),
    deadline_end=D(2031, 12, 31),
)

# A company named after its one site: naming the company names the farm.
BRENMOOR = profile(
    promiser="Brenmoor Offshore",
    aliases=(),
    subject="Brenmoor Offshore wind farm",
    keywords=["wind farm", "offshore wind"],
    category="wind farm",
    statement="The Brenmoor Offshore wind farm delivers power to the grid.",
    stated_on=D(2022, 3, 1),
    deadline_start=D(2026, 1, 1),
    deadline_end=D(2026, 12, 31),
)

# A water authority promised to file its drought plan with the regulator.
DROUGHT = profile(
    promiser="Calder Water",
    aliases=("Calder Water Authority",),
    subject="Calder Water drought resilience plan",
    keywords=["drought resilience plan", "drought plan"],
    category="water",
    statement="Calder Water submits its drought resilience plan to the regulator.",
    stated_on=D(2024, 1, 10),
    deadline_start=D(2025, 1, 1),
    deadline_end=D(2025, 12, 31),
)


# --- A company named after its one site ---------------------------------------------------


def test_a_year_and_a_plan_after_the_name_make_no_company_named_after_it():
    # "2031 fleet renewal" is a year and a doing, not a unit and a site: the airline's other
    # news is not the claim's.
    assert (
        kind_of(
            "Nordlight Airways scraps its in-flight meal service overhaul",
            NORDLIGHT,
            on=D(2025, 4, 2),
        )
        is None
    )


def test_a_site_after_the_name_still_names_the_company_after_it():
    assert (
        kind_of(
            "Brenmoor Offshore postpones first power to 2027",
            BRENMOOR,
            on=D(2025, 4, 2),
        )
        == "delay"
    )


# --- No slip: a cost, a clock, a negation, money owed -------------------------------------


def test_a_cost_set_back_is_no_delay():
    assert (
        kind_of(
            "Repairs to the Calder Bay desalination plant's seawater intake set the authority "
            "back £12 million, the annual accounts show.",
            CALDER,
            on=D(2025, 3, 14),
        )
        != "delay"
    )


def test_clocks_set_back_are_no_delay():
    assert (
        kind_of(
            "Night shifts at the Calder Bay desalination plant set their watches back an hour "
            "this weekend; the plant stays on schedule for its first water.",
            CALDER,
            on=D(2025, 3, 14),
        )
        != "delay"
    )


def test_a_french_deferral_denied_is_no_delay():
    assert (
        kind_of(
            "Nouvel aéroport de Port-Vallier : la région Vallier n'a pas différé les travaux, "
            "qui avancent comme prévu.",
            VALLIER,
            on=D(2024, 3, 5),
            language="fr",
        )
        != "delay"
    )


def test_a_french_deferral_never_made_is_no_delay():
    assert (
        kind_of(
            "La région Vallier n'a jamais différé le chantier du nouvel aéroport de "
            "Port-Vallier, rappelle son président.",
            VALLIER,
            on=D(2024, 3, 5),
            language="fr",
        )
        != "delay"
    )


def test_a_french_deferral_of_a_payment_is_no_delay():
    assert (
        kind_of(
            "Nouvel aéroport de Port-Vallier : la région Vallier a différé le versement de la "
            "redevance due par les commerçants.",
            VALLIER,
            on=D(2024, 3, 5),
            language="fr",
        )
        != "delay"
    )


# --- Extra time, and time taken ----------------------------------------------------------


def test_extra_time_to_file_the_promised_plan_is_its_delay():
    assert (
        kind_of(
            "Calder Water given extra time to file its drought resilience plan with the regulator",
            DROUGHT,
            on=D(2025, 9, 1),
        )
        == "delay"
    )


def test_work_running_longer_than_planned_is_a_delay():
    assert (
        kind_of(
            "Pipe-laying for the Calder Bay desalination plant is running longer than expected, "
            "Calder Water says.",
            CALDER,
            on=D(2025, 3, 14),
        )
        == "delay"
    )


def test_months_longer_than_planned_to_build_are_a_delay():
    assert (
        kind_of(
            "Calder Water: the Calder Bay desalination plant took its contractors four months "
            "longer than planned to commission.",
            CALDER,
            on=D(2025, 3, 14),
        )
        == "delay"
    )


def test_a_length_longer_than_planned_is_still_no_delay():
    assert (
        kind_of(
            "The Calder Bay desalination plant's outfall pipe will be 200 metres longer than "
            "planned, Calder Water says.",
            CALDER,
            on=D(2025, 3, 14),
        )
        != "delay"
    )


# --- Not at the time, its object between -------------------------------------------------


def test_wont_deliver_water_this_year_is_a_delay():
    assert (
        kind_of(
            "The Calder Bay desalination plant won't deliver any water this year, Calder Water "
            "admits.",
            CALDER,
            on=D(2025, 3, 14),
        )
        == "delay"
    )


# --- Courts ------------------------------------------------------------------------------


def test_a_courtyard_is_no_court():
    assert (
        kind_of(
            "Une centaine d'opposants attendaient dans la cour. Le nouvel aéroport de "
            "Port-Vallier est annulé, a indiqué la région Vallier.",
            VALLIER,
            on=D(2024, 3, 5),
            language="fr",
        )
        == "denial"
    )


def test_a_coordinated_clause_with_its_own_subject_is_not_the_courts():
    assert (
        kind_of(
            "The court rejected the objectors' appeal and the Calder Water board annulled the "
            "Calder Bay desalination plant tender anyway.",
            CALDER,
            on=D(2025, 3, 14),
        )
        == "denial"
    )


def test_a_french_coordinated_clause_with_its_own_subject_is_not_the_courts():
    assert (
        kind_of(
            "Le tribunal a rejeté le recours des riverains et la région Vallier a annulé "
            "le nouvel aéroport de Port-Vallier.",
            VALLIER,
            on=D(2024, 3, 5),
            language="fr",
        )
        == "denial"
    )


def test_the_courts_own_second_verb_is_still_its_ruling():
    assert (
        kind_of(
            "The court heard the objectors and annulled the Calder Bay desalination plant permit.",
            CALDER,
            on=D(2025, 3, 14),
        )
        == "delay"
    )


# --- Production begun ----------------------------------------------------------------------


def test_work_ahead_of_the_commencement_of_production_is_not_production():
    found = best(
        "Calder Water trains 60 operators ahead of the commencement of production at the "
        "Calder Bay desalination plant.",
        CALDER,
        on=D(2025, 3, 14),
    )
    assert found is None or found.kind != EvidenceKind.FULFILMENT
