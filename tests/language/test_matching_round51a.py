"""Rules from round 51's pass on the news matcher (docs/news-watch.md, "Denials"). Each is
written as a specification on invented sentences about made-up projects, none of them in the
labelled sets, and fails without its rule.
"""

from __future__ import annotations

import datetime as dt

from language.kinds import EvidenceKind
from tests.language.matching_specs import kind_of, profile

D = dt.date

# A maker promised its restarted glass-fibre plant at full capacity by the end of 2025.
FIBRAX = profile(
    promiser="Fibrax Materials",
    aliases=("Fibrax",),
    subject="Fibrax Orlen Falls glass-fibre plant restart: full production capacity",
    keywords=["Orlen Falls", "glass fibre", "full capacity", "restart"],
    category="industrial plant start-up",
    statement="Fibrax ramps its restarted Orlen Falls glass-fibre plant up to full capacity.",
    stated_on=D(2024, 2, 1),
    deadline_start=D(2025, 12, 31),
    deadline_end=D(2025, 12, 31),
)

# A city promised to close its old incinerator: a closing is the end it promised.
VALMORE = profile(
    promiser="Ville de Valmore",
    aliases=("Valmore",),
    subject="Valmore incinerator closure",
    keywords=["Valmore incinerator", "incinerator"],
    category="plant closure",
    statement="The city of Valmore shuts down its incinerator for good.",
    stated_on=D(2022, 1, 10),
    deadline_start=D(2024, 12, 31),
    deadline_end=D(2024, 12, 31),
)


def test_a_plant_closed_down_drops_the_promise_of_its_output():
    # Closing the plant, or ceasing its production, ends the promise to run it at full
    # capacity: a drop, though no word of the drop list ("abandons", "scraps") is said.
    for text in (
        "Fibrax is closing its Orlen Falls glass fibre plant, the company said on Monday",
        "Fibrax will be ceasing production at its Orlen Falls glass fibre facility",
        "Fibrax shuts down glass fibre operations at Orlen Falls",
    ):
        assert kind_of(text, FIBRAX, on=D(2025, 3, 4)) == EvidenceKind.DENIAL, text


def test_a_plant_closed_down_in_french_drops_the_promise():
    assert (
        kind_of(
            "Fibrax ferme son usine de fibre de verre d'Orlen Falls",
            FIBRAX,
            on=D(2025, 3, 4),
            language="fr",
        )
        == EvidenceKind.DENIAL
    )


def test_a_closing_for_a_time_or_planned_drops_nothing():
    # A halt for a while is no end; a plan to close is a modal, not the decision.
    for text in (
        "Fibrax shuts down glass fibre production at Orlen Falls for two weeks of repairs",
        "Fibrax plans to close its Orlen Falls glass fibre plant",
    ):
        assert kind_of(text, FIBRAX, on=D(2025, 3, 4)) != EvidenceKind.DENIAL, text


def test_the_close_of_a_deal_or_a_road_is_no_closing_down():
    # "financial close" is a step; a round of funding closed is no plant closed.
    assert (
        kind_of(
            "Fibrax reaches financial close on its Orlen Falls glass fibre plant restart",
            FIBRAX,
            on=D(2024, 6, 1),
        )
        != EvidenceKind.DENIAL
    )


def test_for_a_claim_promising_an_end_a_closing_is_no_drop():
    assert (
        kind_of(
            "Valmore incinerator: the city is closing its incinerator plant as promised",
            VALMORE,
            on=D(2024, 11, 2),
        )
        != EvidenceKind.DENIAL
    )


def test_for_a_claim_promising_an_end_a_long_closing_is_the_end_told():
    # The closing swallows the shorter end words ("shut down its"), and tells the end itself.
    assert (
        kind_of(
            "Valmore incinerator: the city shut down its last two waste incinerator plants "
            "on Friday",
            VALMORE,
            on=D(2024, 11, 2),
        )
        == EvidenceKind.FULFILMENT
    )


# A city promised the first section of its tram running by the end of 2026.
BRELLE = profile(
    promiser="Brelle Métropole",
    aliases=("Brelle",),
    subject="Brelle tram line A first section: partial operations",
    keywords=["Brelle tram", "line A", "partial operations"],
    category="rail service",
    statement="The first section of Brelle's tram line A opens to passengers.",
    stated_on=D(2022, 5, 2),
    deadline_start=D(2026, 1, 1),
    deadline_end=D(2026, 12, 31),
)


def test_a_later_phase_added_with_a_clause_of_with_keeps_the_date():
    # The claim's own date said again, then after a comma a clause of "with" that dates a
    # later phase: the promise holds, no delay.
    assert (
        kind_of(
            "Brelle tram: partial operations on line A may start in 2026, with full operation "
            "of the line slated in 2028",
            BRELLE,
            on=D(2024, 3, 5),
        )
        == EvidenceKind.PROGRESS
    )
