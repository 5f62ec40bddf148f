"""Rules from round 47's matcher pass over the readable news misses (docs/news-watch.md,
"Delay, new dates and new windows"). Each is written as a specification on invented
sentences about made-up projects, none of them in the labelled sets, and fails without its
rule.
"""

from __future__ import annotations

import datetime as dt

from language.kinds import EvidenceKind
from tests.language.matching_specs import best, profile

D = dt.date

# A transit agency promised its Corvale tramway open to passengers by the end of 2023.
TRAMWAY = profile(
    promiser="Corvale Transit Authority",
    aliases=("CTA",),
    subject="Corvale tramway (Line T1): opening to passengers",
    keywords=["Corvale tramway", "Line T1", "light rail"],
    category="tram line opening",
    statement="The Corvale tramway Line T1 opens to passengers.",
    stated_on=D(2019, 5, 14),
    deadline_start=D(2023, 1, 1),
    deadline_end=D(2023, 12, 31),
)

# A region promised its new Vauclair hospital delivered in 2022.
HOSPITAL = profile(
    promiser="Région de Vauclair",
    aliases=("la Région",),
    subject="Nouvel hôpital de Vauclair : livraison",
    keywords=["hôpital de Vauclair", "nouvel hôpital", "Vauclair"],
    category="hôpital",
    statement="Le nouvel hôpital de Vauclair est livré.",
    stated_on=D(2018, 3, 2),
    deadline_start=D(2022, 1, 1),
    deadline_end=D(2022, 12, 31),
)


def test_past_a_step_the_service_planned_for_a_later_date_is_a_delay():
    # The headline's step (testing) decides; the body tells the service planned for late
    # 2026, in a sentence that names the event, not the tramway: a new date, a delay.
    found = best(
        "Corvale tramway begins test runs on Line T1\n"
        "The CTA ran its first trams along the full route on Tuesday. Passenger service is "
        "expected to begin in late 2026.",
        TRAMWAY,
        on=D(2025, 3, 11),
    )
    assert found is not None
    assert found.kind == EvidenceKind.DELAY
    assert (found.proposed_start, found.proposed_end) == (D(2026, 9, 1), D(2026, 12, 31))


def test_set_to_open_with_a_later_month_is_a_delay():
    found = best(
        "Corvale tramway receives its safety certificate for Line T1\n"
        "The regulator signed off the signalling last week. The line is now set to open in "
        "May.",
        TRAMWAY,
        on=D(2025, 1, 20),
    )
    assert found is not None
    assert found.kind == EvidenceKind.DELAY
    assert (found.proposed_start, found.proposed_end) == (D(2025, 5, 1), D(2025, 5, 31))


def test_the_french_delivery_planned_for_a_later_date_is_a_delay():
    found = best(
        "Vauclair : le gros œuvre du nouvel hôpital de Vauclair est achevé\n"
        "Les façades sont en cours de pose. La livraison est prévue pour juin 2024.",
        HOSPITAL,
        on=D(2023, 4, 5),
        language="fr",
    )
    assert found is not None
    assert found.kind == EvidenceKind.DELAY
    assert (found.proposed_start, found.proposed_end) == (D(2024, 6, 1), D(2024, 6, 30))


def test_another_parts_planned_opening_is_no_new_date():
    # The other lines' date is not the tramway's: the test runs stay progress.
    found = best(
        "Corvale tramway begins test runs on Line T1\n"
        "The CTA ran its first trams along the full route on Tuesday. The two other lines "
        "are due to open in 2027.",
        TRAMWAY,
        on=D(2025, 3, 11),
    )
    assert found is not None
    assert found.kind == EvidenceKind.PROGRESS


def test_an_earliest_date_is_no_date_set():
    found = best(
        "Corvale tramway receives its safety certificate for Line T1\n"
        "The regulator signed off the signalling last week. The opening is expected as early "
        "as May or later this year.",
        TRAMWAY,
        on=D(2025, 1, 20),
    )
    assert found is not None
    assert found.kind == EvidenceKind.PROGRESS


def test_the_first_plan_is_no_new_date():
    # Past the deadline, the plan the line first had is its story, not the date now set,
    # though that year is not over yet.
    found = best(
        "Corvale tramway begins test runs on Line T1\n"
        "The CTA ran its first trams along the full route on Tuesday. Initially the works "
        "were scheduled for completion in late 2024, with passenger service in 2025.",
        TRAMWAY,
        on=D(2025, 3, 11),
    )
    assert found is not None
    assert found.kind == EvidenceKind.PROGRESS


# A chip maker promised its Kessar packaging plant in operation in 2027.
PACKAGING_PLANT = profile(
    promiser="Norvik Semiconductors",
    aliases=("Norvik",),
    subject="Norvik chip packaging plant at Kessar: entry into operation",
    keywords=["Kessar", "packaging plant", "Kessar plant"],
    category="semiconductor plant",
    statement="Norvik brings its chip packaging plant at Kessar into operation.",
    stated_on=D(2023, 6, 1),
    deadline_start=D(2027, 1, 1),
    deadline_end=D(2027, 12, 31),
)


def test_the_cancellation_of_plans_is_a_drop():
    # "The cancellation of plans", as "the abandonment of", is the promise dropped: the noun
    # with the plans or the project it calls off (not "the cancellation of the May launch",
    # one attempt called off).
    found = best(
        "Norvik walks back on Kessar\n"
        "Norvik has announced the cancellation of plans to build a packaging plant at Kessar, "
        "citing weaker demand.",
        PACKAGING_PLANT,
        on=D(2025, 7, 30),
    )
    assert found is not None
    assert found.kind == EvidenceKind.DENIAL
