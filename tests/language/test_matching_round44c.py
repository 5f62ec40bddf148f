"""Rules from round 44's reading of the news items about a claim that the matcher matched to
nothing (docs/news-watch.md, "Signals"). Each is written as a specification on invented
sentences about made-up projects, none of them in the labelled sets, and fails without its
rule.
"""

from __future__ import annotations

import datetime as dt

from language.kinds import EvidenceKind
from tests.language.matching_specs import kind_of, profile

D = dt.date

# A start-up airline promised its first commercial flights by the end of 2025.
AIRLINE = profile(
    promiser="Skarvia",
    aliases=("Skarvia Airways",),
    subject="Skarvia, a new national airline: first commercial flights",
    keywords=["Skarvia", "commercial flights", "national carrier"],
    category="transport",
    statement="Skarvia will start commercial flights by the end of 2025.",
    stated_on=D(2023, 3, 1),
    deadline_start=D(2025, 12, 1),
    deadline_end=D(2025, 12, 31),
)

# A satellite operator promised its internet service in a country by the end of 2024.
SATELLITE = profile(
    promiser="Orbilink",
    aliases=("Orbilink Inc.",),
    subject="Orbilink satellite internet service in Valdoria: launch",
    keywords=["Orbilink", "satellite internet", "Valdoria"],
    category="telecom",
    statement="Orbilink will launch its satellite internet service in Valdoria in 2024.",
    stated_on=D(2023, 5, 2),
    deadline_start=D(2024, 1, 1),
    deadline_end=D(2024, 12, 31),
)


def test_an_approval_received_is_a_step_toward_the_promise():
    assert (
        kind_of(
            "Skarvia gets approval to lease aircraft for commercial flights\n"
            "The transport ministry on Tuesday granted the start-up its request.",
            AIRLINE,
            on=D(2024, 2, 7),
        )
        == EvidenceKind.PROGRESS
    )
    assert (
        kind_of(
            "Cabinet gave approval to Skarvia to start flights with leased jets\n"
            "The national carrier expects its first aircraft next spring.",
            AIRLINE,
            on=D(2024, 4, 17),
        )
        == EvidenceKind.PROGRESS
    )


def test_a_launch_approved_is_a_step_not_the_launch():
    assert (
        kind_of(
            "Valdoria approves launch of Orbilink satellite internet\n"
            "The regulator approved the launch of the service on Friday.",
            SATELLITE,
            on=D(2024, 3, 8),
        )
        == EvidenceKind.PROGRESS
    )


def test_a_bare_approves_says_too_many_things_to_be_a_step():
    # Its prices, another product, a plan of the promiser's: no news of the promise.
    assert (
        kind_of(
            "Valdoria regulator approves Orbilink satellite internet prices\n"
            "The tariffs were set for the coming year.",
            SATELLITE,
            on=D(2024, 3, 8),
        )
        is None
    )
