"""Rules from round 49's first matcher pass over the readable news misses (docs/news-watch.md,
"Denial and abandonment" and "Delay, new dates and new windows"). Each is written
as a specification on invented sentences about made-up projects, none of them in the
labelled sets, and fails without its rule.
"""

from __future__ import annotations

import datetime as dt

from language.kinds import EvidenceKind
from tests.language.matching_specs import kind_of, profile

D = dt.date

# An energy company promised the first oil from its Corvane field by the end of 2025.
FIELD = profile(
    promiser="Meridian Petroleum",
    aliases=("Meridian",),
    subject="Corvane field: first oil",
    keywords=["Corvane", "Corvane Field Development Phase 1", "first oil", "FPSO Aurelia"],
    category="oil field first production",
    statement="Meridian Petroleum produces the first oil from its Corvane field.",
    stated_on=D(2022, 5, 1),
    deadline_start=D(2025, 1, 1),
    deadline_end=D(2025, 12, 31),
)

# A transit agency promised its Brindle Valley light rail line open in 2026.
LIGHT_RAIL = profile(
    promiser="Brindle Transit",
    aliases=("the transit agency",),
    subject="Brindle Valley light rail line: opening",
    keywords=["Brindle Valley line", "light rail", "Brindle Valley"],
    category="light rail opening",
    statement="The Brindle Valley light rail line opens to riders.",
    stated_on=D(2021, 3, 1),
    deadline_start=D(2026, 1, 1),
    deadline_end=D(2026, 12, 31),
)

# A pipeline company promised its Tallis crude pipeline in service by 2027.
PIPELINE = profile(
    promiser="Northway Energy",
    aliases=("Northway",),
    subject="Tallis crude pipeline: in service",
    keywords=["Tallis pipeline", "Tallis", "crude pipeline"],
    category="pipeline in service",
    statement="Northway Energy puts its Tallis crude pipeline into service.",
    stated_on=D(2020, 2, 1),
    deadline_start=D(2027, 1, 1),
    deadline_end=D(2027, 12, 31),
)


# --- Production commenced -----------------------------------------------------------------


def test_production_commenced_is_the_thing_done():
    assert (
        kind_of(
            "Meridian pours first oil at Corvane\n"
            "Meridian Petroleum announced the commencement of production from the Corvane "
            "field on Monday.",
            FIELD,
            on=D(2025, 8, 4),
        )
        == EvidenceKind.FULFILMENT
    )
    assert (
        kind_of(
            "Corvane is producing\n"
            "Meridian Petroleum has commenced production at its Corvane field, ahead of plan.",
            FIELD,
            on=D(2025, 8, 4),
        )
        == EvidenceKind.FULFILMENT
    )


# --- "Might not be completed until" a date is a delay --------------------------------------


def test_a_hedged_denial_with_a_date_after_it_is_a_delay():
    # "might not be completed until 2027": done, but not before then; said alone, the hedge
    # still doubts the thing itself.
    assert (
        kind_of(
            "When will the Brindle Valley line open?\n"
            "The Brindle Valley light rail line, set to open this year, might not be completed "
            "until 2027, the mayor says.",
            LIGHT_RAIL,
            on=D(2026, 5, 10),
        )
        == EvidenceKind.DELAY
    )
    assert (
        kind_of(
            "Doubts over the Brindle Valley line\n"
            "The Brindle Valley light rail line might not be completed, the mayor says, as "
            "funding runs dry.",
            LIGHT_RAIL,
            on=D(2025, 5, 10),
        )
        == EvidenceKind.DENIAL
    )


# --- A headline's drop over a pause the body tells as done ---------------------------------


def test_a_headline_drop_stands_over_a_pause_told_as_done_below():
    # The works were suspended before: the headline's cancellation is the news.
    assert (
        kind_of(
            "Northway Energy cancels Tallis pipeline\n"
            "Construction activities on the Tallis crude pipeline were suspended in January "
            "when the permit was revoked.",
            PIPELINE,
            on=D(2024, 6, 10),
        )
        == EvidenceKind.DENIAL
    )


def test_a_headline_shelving_with_a_pause_below_is_still_a_pause():
    # A shelving is a pause, which the body's suspension confirms.
    assert (
        kind_of(
            "Northway Energy shelves Tallis pipeline\n"
            "Work on the Tallis crude pipeline has been suspended until prices recover.",
            PIPELINE,
            on=D(2024, 6, 10),
        )
        == EvidenceKind.DELAY
    )
