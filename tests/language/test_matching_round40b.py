"""Rules from round 40's reading of the news of dev-blind68 (docs/news-watch.md, "Matching").
Each is written as a specification on invented sentences about made-up projects, none of them
in the labelled sets, and fails without its rule.
"""

from __future__ import annotations

import datetime as dt

from language.kinds import EvidenceKind
from tests.language.matching_specs import best, kind_of, profile

D = dt.date

# An electric roadster its maker promised to put on sale, delivered to its first buyers, in 2021.
ROADSTER = profile(
    promiser="Voltaro",
    aliases=("Voltaro Automobili",),
    subject="Voltaro Strada electric roadster: market launch",
    keywords=["Strada", "Voltaro Strada", "roadster", "Modena plant", "commercialisation"],
    category="car launch",
    statement="The Voltaro Strada goes on sale and is delivered to its first customers.",
    stated_on=D(2019, 4, 1),
    deadline_start=D(2021, 1, 1),
    deadline_end=D(2021, 12, 31),
)


def test_first_customers_are_the_delivery_not_a_first_of_a_series():
    # "Its first customers" tells the delivery from the buyers' side: a later date for the car,
    # said with no "first", is a new date for the promise, a delay.
    match = best(
        "Voltaro Strada: the wait goes on\n"
        "Production of the Strada roadster at the Modena plant will begin in the autumn of 2022, "
        "Voltaro said on Monday.",
        ROADSTER,
        on=D(2022, 2, 14),
    )
    assert match is not None
    assert match.kind == EvidenceKind.DELAY
    assert (match.proposed_start, match.proposed_end) == (D(2022, 9, 1), D(2022, 11, 30))


# A cinema chain's first multiplex in a country, promised for the spring of 2020.
MULTIPLEX = profile(
    promiser="Lumiscope",
    aliases=("Lumiscope Cinemas", "the cinema chain"),
    subject="First Lumiscope multiplex in Portugal (Porto): opening",
    keywords=["Lumiscope Porto", "Porto", "multiplex", "Avenida dos Aliados", "opening"],
    category="retail opening",
    statement="The first Lumiscope multiplex in Portugal opens in Porto.",
    stated_on=D(2019, 1, 15),
    deadline_start=D(2020, 3, 1),
    deadline_end=D(2020, 5, 31),
)


def test_a_first_in_a_place_is_any_one_there_until_it_opens():
    # Every Lumiscope in Portugal is the first until one opens: a later date for the Porto
    # multiplex, though the item does not say "first", is a delay.
    assert kind_of(
        "Lumiscope hires a new architect\n"
        "The cinema chain said its twelve-screen multiplex on Avenida dos Aliados in Porto will "
        "open in late 2021.",
        MULTIPLEX,
        on=D(2020, 1, 20),
    ) == (EvidenceKind.DELAY)


# A shuttle service whose promise is the first of a series of buses: a later bus is no news of
# the first (the rule of a first of a series is kept).
SHUTTLE = profile(
    promiser="Navetta",
    aliases=("Navetta SpA",),
    subject="Navetta autonomous shuttle: first bus in service",
    keywords=["Navetta", "autonomous shuttle", "shuttle bus"],
    category="bus service",
    statement="The first Navetta autonomous shuttle bus enters service.",
    stated_on=D(2019, 1, 15),
    deadline_start=D(2020, 1, 1),
    deadline_end=D(2020, 12, 31),
)


def test_a_first_not_in_a_place_still_asks_for_a_first():
    # "First ... bus" is not a first in a place: a date told of a shuttle with no "first" is
    # not the promise's new date.
    assert kind_of(
        "Navetta orders more buses\n"
        "Navetta said its autonomous shuttle fleet will grow to twenty shuttle buses in 2022.",
        SHUTTLE,
        on=D(2020, 3, 2),
    ) != (EvidenceKind.DELAY)
