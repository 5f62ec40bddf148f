"""The invented ledgers and publication days the article spec tests read their texts with,
each reader named by the organisations it knows and the day its articles appear. Most tests
read as Halden Transit's and Corvane Motors' articles of Friday 14 June 2024 (`read`); a test
that needs another ledger or another day names its reader."""

from __future__ import annotations

import datetime as dt

from language.articles import KnownOrganisation
from tests.language.article_reading import Reader

HALDEN_AND_CORVANE = [
    KnownOrganisation(1, "Halden Transit"),
    KnownOrganisation(2, "Corvane Motors"),
]

PUBLISHED = dt.date(2024, 6, 14)  # a Friday
read = Reader(HALDEN_AND_CORVANE, PUBLISHED)

# The same ledger on other days.
JUNE_1 = dt.date(2024, 6, 1)  # a Saturday
read_on_june_1 = Reader(HALDEN_AND_CORVANE, JUNE_1)
OCTOBER_1 = dt.date(2024, 10, 1)  # a Tuesday
read_in_october = Reader(HALDEN_AND_CORVANE, OCTOBER_1)

# Other ledgers on the same day, 14 June 2024, where "Corvane" alone names one of them.
read_transit_and_yards = Reader(
    [KnownOrganisation(1, "Corvane Transit", ("Corvane",)), KnownOrganisation(2, "Halden Yards")],
    PUBLISHED,
)
read_transit_yards_and_lumeo = Reader(
    [
        KnownOrganisation(1, "Corvane Transit", ("Corvane",)),
        KnownOrganisation(2, "Halden Yards"),
        KnownOrganisation(3, "Lumeo"),
    ],
    PUBLISHED,
)
read_pharma_yards_and_lumeo = Reader(
    [
        KnownOrganisation(1, "Corvane Pharma", ("Corvane",)),
        KnownOrganisation(2, "Halden Yards"),
        KnownOrganisation(3, "Lumeo"),
    ],
    PUBLISHED,
)
read_motors_and_yards = Reader(
    [KnownOrganisation(1, "Corvane Motors", ("Corvane",)), KnownOrganisation(2, "Halden Yards")],
    PUBLISHED,
)

# A cloud provider, a railway and a solar maker, in articles of 15 March 2024.
MARCH_15 = dt.date(2024, 3, 15)  # a Friday
read_nordvik = Reader(
    [
        KnownOrganisation(1, "Nordvik Cloud", ("Nordvik",)),
        KnownOrganisation(2, "Skyrail"),
        KnownOrganisation(3, "Heliantha"),
    ],
    MARCH_15,
)

# Ledger names with a gloss in brackets, in articles of 6 March 2025.
MARCH_6_2025 = dt.date(2025, 3, 6)  # a Thursday
read_brenmoor = Reader(
    [
        KnownOrganisation(1, "Brenmoor Kali Mining (Brekam)"),
        KnownOrganisation(2, "Ostvale Water Board"),
        KnownOrganisation(3, "Tarrow Agency (France)"),
        KnownOrganisation(4, "Ostvale Council (Department of Parks and Roads)"),
    ],
    MARCH_6_2025,
)
