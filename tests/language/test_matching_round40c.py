"""Rules from round 40's reading of the items about a claim that the matcher tied to no claim
at all (docs/news-watch.md, "Matching"). Each is written as a specification on invented
sentences about made-up projects, none of them in the labelled sets, and fails without its
rule.
"""

from __future__ import annotations

import datetime as dt

from language.kinds import EvidenceKind
from tests.language.matching_specs import best, kind_of, profile

D = dt.date

# A regional government promised to open a bridge of three names' words by the end of 2024.
BRIDGE = profile(
    promiser="Gouvernement de Norvalie",
    aliases=("Norvalian government",),
    subject="Valmer-Ostrand-Korvik Bridge opening to traffic",
    keywords=["Valmer-Ostrand-Korvik Bridge", "pont Valmer-Ostrand-Korvik", "opening"],
    category="bridge opening",
    statement="The Valmer-Ostrand-Korvik Bridge opens to traffic.",
    stated_on=D(2020, 3, 1),
    deadline_start=D(2024, 12, 1),
    deadline_end=D(2024, 12, 31),
)


def test_a_long_name_of_the_thing_in_another_order_names_it_alone():
    # The item names no organisation; it writes the bridge's name with its words in another
    # order. A name of three words or more so written still names the thing.
    assert kind_of(
        "Traffic flows on the new crossing\n"
        "Cars crossed the Korvik-Valmer-Ostrand bridge for the first time on Saturday, as the "
        "bridge opened to traffic.",
        BRIDGE,
        on=D(2024, 11, 30),
    ) == (EvidenceKind.FULFILMENT)


# A company promised to ship first gas from its Dunmere gas field.
GAS = profile(
    promiser="Northsea Energy",
    aliases=("Northsea",),
    subject="Dunmere Gas (Block 7): first gas",
    keywords=["Dunmere Gas", "Block 7", "first gas"],
    category="energy",
    statement="Northsea Energy produces first gas at Dunmere Gas.",
    stated_on=D(2020, 3, 1),
    deadline_start=D(2023, 1, 1),
    deadline_end=D(2023, 12, 31),
)


def test_a_name_of_two_words_in_another_order_names_something_else():
    # "a gas project in Dunmere" is not "Dunmere Gas": two words so written name another
    # thing, which the item does not tie to the claim.
    assert (
        best(
            "Rival delays decision on its field\n"
            "Another company delayed to 2026 its decision on a gas project in Dunmere.",
            GAS,
            on=D(2024, 6, 1),
        )
        is None
    )
