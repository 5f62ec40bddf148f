"""Rules from round 48's second matcher pass over the readable news misses of every batch
but the two read first this round (docs/news-watch.md, "Reading an item").
Each is written as a specification on invented sentences about made-up projects, none of
them in the labelled sets, and fails without its rule.
"""

from __future__ import annotations

import datetime as dt

from language.kinds import EvidenceKind
from tests.language.matching_specs import best, profile

D = dt.date

# A rail agency promised its Estuary line open to passengers by the end of 2024.
ESTUARY = profile(
    promiser="Marlow Rail",
    aliases=("Marlow Rail Agency",),
    subject="Estuary line opening",
    keywords=["Estuary line", "rail link"],
    category="rail line opening",
    statement="The Estuary line opens to passengers.",
    stated_on=D(2019, 2, 1),
    deadline_start=D(2024, 1, 1),
    deadline_end=D(2024, 12, 31),
)

# A département promised fibre to every home of the Plateau de Sorne by 2026.
SORNE = profile(
    promiser="Syndicat Sorne Numérique",
    aliases=("Sorne Numérique",),
    subject="Fibre pour tous sur le plateau de Sorne",
    keywords=["réseau de fibre", "plateau de Sorne", "raccordement"],
    category="broadband",
    statement="Every home of the Plateau de Sorne can be connected to fibre.",
    stated_on=D(2018, 6, 1),
    deadline_start=D(2026, 1, 1),
    deadline_end=D(2026, 12, 31),
)

# A carrier promised to switch its 2G network off by the end of June 2025.
KORVA_2G = profile(
    promiser="Korva Telecom",
    aliases=("Korva",),
    subject="Korva 2G network shutdown",
    keywords=["2G network", "2G shutdown"],
    category="network",
    statement="Korva Telecom switches off its 2G network.",
    stated_on=D(2022, 3, 1),
    deadline_start=D(2025, 6, 1),
    deadline_end=D(2025, 6, 30),
)

# --- A slip said by the time it takes, or as a deferment --------------------------------


def test_taking_longer_than_planned_is_a_delay():
    found = best(
        "Estuary line: tunnelling is taking longer than planned, Marlow Rail says\n"
        "Engineers hit harder rock under the river in the spring.",
        ESTUARY,
        on=D(2023, 10, 2),
    )
    assert found is not None
    assert found.kind == EvidenceKind.DELAY


def test_advancing_more_slowly_than_planned_is_a_delay_in_french():
    found = best(
        "Plateau de Sorne : le réseau de fibre avance plus lentement que prévu\n"
        "Sorne Numérique reconnaît que les raccordements prennent du temps dans les hameaux.",
        SORNE,
        on=D(2024, 2, 12),
        language="fr",
    )
    assert found is not None
    assert found.kind == EvidenceKind.DELAY


def test_a_deferment_of_the_project_is_a_delay():
    found = best(
        "Minister seeks deferment of the Estuary line rail link\n"
        "Marlow Rail declined to comment on the talks with the treasury.",
        ESTUARY,
        on=D(2023, 5, 3),
    )
    assert found is not None
    assert found.kind == EvidenceKind.DELAY


def test_given_extra_time_to_switch_off_is_a_delay():
    found = best(
        "Korva given extra time to retire its 2G network\n"
        "The regulator said the carrier can keep its 2G network running for older devices.",
        KORVA_2G,
        on=D(2025, 6, 20),
    )
    assert found is not None
    assert found.kind == EvidenceKind.DELAY
