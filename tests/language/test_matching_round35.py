"""The thirty-fifth round's rules (docs/news-watch.md), each written as a specification on
invented sentences about made-up projects, none of them in the labelled sets: each fails
without its rule.
"""

from __future__ import annotations

import datetime as dt

from language.kinds import EvidenceKind
from tests.language.matching_specs import (
    BRISAC,
    FERRY,
    HEADSET,
    RIVEMONT,
    TRAMCOOP,
    kind_of,
    profile,
)

D = dt.date


def test_a_drop_counted_in_time_before_the_news_is_its_story():
    # The drop told as what came before ("eight months after scrapping"): the news is what
    # came since, here a new prototype shown, a step.
    for said, language in (
        (
            "Lumina Halo headset returns: eight months after publicly scrapping the first Halo "
            "headset, Lumina shows a new prototype",
            "en",
        ),
        (
            "Lumina Halo headset : deux ans après avoir abandonné le premier casque, Lumina "
            "présente un nouveau prototype",
            "fr",
        ),
    ):
        assert kind_of(said, HEADSET, on=D(2024, 11, 2), language=language) == (
            EvidenceKind.PROGRESS
        ), said
    # Told as the news, the drop is still one.
    assert kind_of("Lumina scraps its Halo headset", HEADSET, on=D(2024, 11, 2)) == (
        EvidenceKind.DENIAL
    )


def test_lateness_said_as_the_state_now_is_a_delay():
    # "a deux ans de retard", "soit plus d'un an de retard", "is a year behind schedule": the
    # lateness is the news, as "accuse deux ans de retard" is.
    for said, language in (
        ("Le nouveau pont de Rivemont a désormais un an de retard", "fr"),
        (
            "Pont de Rivemont : l'ouverture est annoncée pour l'été 2026, soit plus d'un an "
            "de retard",
            "fr",
        ),
        ("Ponteo says the pont de Rivemont is now two years behind schedule", "en"),
    ):
        assert kind_of(said, RIVEMONT, on=D(2025, 5, 2), language=language) == (
            EvidenceKind.DELAY
        ), said
    # Told as the story before an opening, it is no delay: "after a year of delays".
    assert (
        kind_of(
            "After two years of delays, Ponteo opens the pont de Rivemont to traffic",
            RIVEMONT,
            on=D(2026, 3, 2),
        )
        == EvidenceKind.FULFILMENT
    )


def test_dead_and_buried_is_dropped():
    # The idiom, quoted or not, says the plan is given up, as "dead in the water" does.
    for said in (
        "Lumina chief says the Halo headset is 'dead and buried'",
        "The Lumina Halo headset: dead and buried, the company confirms",
    ):
        assert kind_of(said, HEADSET, on=D(2024, 6, 2)) == EvidenceKind.DENIAL, said


def test_orders_opened_for_the_thing_are_a_step():
    # Sold ahead of its coming: "ouvre les précommandes", "now open for pre-orders".
    for said, language in (
        ("Lumina ouvre les précommandes de son Halo headset", "fr"),
        ("The Lumina Halo headset is now open for pre-orders", "en"),
    ):
        assert kind_of(said, HEADSET, on=D(2024, 2, 2), language=language) == (
            EvidenceKind.PROGRESS
        ), said
    # The thing itself on sale is the promise kept.
    assert kind_of(
        "Lumina opens sales of the Halo headset in stores", HEADSET, on=D(2024, 2, 2)
    ) == (EvidenceKind.FULFILMENT)


def test_a_spearhead_launches_nothing():
    # "fer de lance" (a spearhead) is no launch; "lance" said of the thing still is.
    said = "Le Halo headset, fer de lance de Lumina dans la réalité mixte"
    assert kind_of(said, HEADSET, on=D(2024, 2, 2), language="fr") is None
    said = "Lumina lance son Halo headset en Europe"
    assert kind_of(said, HEADSET, on=D(2024, 2, 2), language="fr") == EvidenceKind.FULFILMENT


FROZEN_PEAKS = profile(
    promiser="Parc Lumen",
    aliases=(),
    subject="Realm of Frozen Peaks ride at Parc Lumen",
    keywords=["Realm of Frozen Peaks", "ride"],
    category="theme park attraction",
    statement="Parc Lumen opens its Realm of Frozen Peaks ride in spring 2026.",
    deadline_start=D(2026, 3, 1),
    deadline_end=D(2026, 5, 31),
)


def test_an_outcome_word_inside_a_name_of_the_claim_is_that_name():
    # "Frozen" in "Realm of Frozen Peaks" names the ride; it says nothing was frozen.
    said = "Parc Lumen completes the first tests of its Realm of Frozen Peaks ride"
    assert kind_of(said, FROZEN_PEAKS, on=D(2025, 11, 2)) == EvidenceKind.PROGRESS
    # Said of the ride, the word is still a signal.
    said = "Parc Lumen's Realm of Frozen Peaks ride: the works are frozen until next year"
    assert kind_of(said, FROZEN_PEAKS, on=D(2025, 11, 2)) == EvidenceKind.DELAY


def test_a_slip_of_the_promised_date_itself_is_no_earlier_milestone():
    # A headline slip read against the item's dates: the date told is the promised one, the
    # plan that slipped (15 March, for a bridge promised in March), not an earlier milestone.
    said = (
        "Ponteo delays the opening of the pont de Rivemont\n"
        "The new bridge had been due to open to traffic on 15 March."
    )
    assert kind_of(said, RIVEMONT, on=D(2025, 2, 10)) == EvidenceKind.DELAY
    # A milestone before the promised window still slips within the promise.
    said = (
        "Ponteo delays the load tests of the pont de Rivemont\n"
        "The tests had been due on 10 January."
    )
    assert kind_of(said, RIVEMONT, on=D(2024, 12, 20)) == EvidenceKind.PROGRESS


def test_a_timetable_revised_or_spread_out_is_a_delay():
    # As "revoir son calendrier" and "rescheduled" are: the English revision and the French
    # "rééchelonnement".
    for said, language in (
        ("Lumina has announced a revision to its timetable for the Halo headset", "en"),
        ("Halo headset : Lumina annonce un rééchelonnement du calendrier", "fr"),
    ):
        assert kind_of(said, HEADSET, on=D(2024, 2, 2), language=language) == (
            EvidenceKind.DELAY
        ), said


def test_handing_over_told_in_the_present_is_the_thing_delivered():
    said = "Inverkyle is handing over the Loch Tarra to the island operator this week"
    assert kind_of(said, FERRY, on=D(2023, 9, 15)) == EvidenceKind.FULFILMENT


def test_operation_started_in_the_singular_is_the_thing_in_service():
    # "started operation", as "started operations" is.
    said = "The Tramcoop tram-train started operation on Saturday between Vierzon and Guéret"
    assert kind_of(said, TRAMCOOP, on=D(2024, 6, 20)) == EvidenceKind.FULFILMENT


def test_a_dropped_thing_described_by_its_plight_is_dropped():
    # The slip in apposition, with its agent, is why it was dropped ("bloquée par de
    # multiples recours"), as "over planning delays" is.
    said = "Hydralis abandonne son usine de dessalement de Brisac, bloquée par de multiples recours"
    assert kind_of(said, BRISAC, on=D(2024, 10, 1), language="fr") == EvidenceKind.DENIAL
    # Told alone, the plight is a delay.
    said = "L'usine de dessalement de Brisac est bloquée par de multiples recours"
    assert kind_of(said, BRISAC, on=D(2024, 10, 1), language="fr") == EvidenceKind.DELAY
