"""Rules from round 48's first matcher pass over the readable news misses (docs/news-watch.md,
"Denial and abandonment" and "Delay, new dates and new windows"). Each is written as a
specification on invented sentences about made-up projects, none of them in the labelled
sets, and fails without its rule.
"""

from __future__ import annotations

import datetime as dt

from language.kinds import EvidenceKind
from tests.language.matching_specs import best, kind_of, profile

D = dt.date

# A concession company promised its Vaudrac bypass road open to traffic by the end of 2026.
BYPASS = profile(
    promiser="Vialor",
    aliases=("le concessionnaire Vialor",),
    subject="Rocade de Vaudrac : mise en service",
    keywords=["rocade de Vaudrac", "Vaudrac", "contournement"],
    category="route / road opening",
    statement="La rocade de Vaudrac est mise en service.",
    stated_on=D(2022, 4, 1),
    deadline_start=D(2026, 9, 1),
    deadline_end=D(2026, 12, 31),
)

# A port authority promised its Kessmouth container terminal open in 2027.
TERMINAL = profile(
    promiser="Kessmouth Port Authority",
    aliases=("KPA",),
    subject="Kessmouth container terminal: opening",
    keywords=["Kessmouth terminal", "container terminal", "Kessmouth"],
    category="port terminal opening",
    statement="The Kessmouth container terminal opens.",
    stated_on=D(2023, 2, 1),
    deadline_start=D(2027, 1, 1),
    deadline_end=D(2027, 12, 31),
)


# --- A court's annulment holds the promise up; it is no drop ------------------------------


def test_a_court_annulling_the_authorisation_is_a_hold_up_not_a_drop():
    # The promiser cancelling its project beside a lawsuit is still a drop: a challenge in
    # court is no ruling, and the promiser is the one who cancels.
    assert (
        kind_of(
            "Vialor annule la rocade de Vaudrac\n"
            "Face aux recours en justice, le concessionnaire Vialor a annoncé l'annulation du "
            "projet de contournement.",
            BYPASS,
            on=D(2025, 3, 12),
            language="fr",
        )
        == EvidenceKind.DENIAL
    )
    assert (
        kind_of(
            "Rocade de Vaudrac : le tribunal administratif annule l'arrêté préfectoral\n"
            "Le tribunal administratif a annulé mardi l'arrêté qui autorisait les travaux de "
            "la rocade de Vaudrac. Le concessionnaire Vialor étudie un recours.",
            BYPASS,
            on=D(2025, 3, 12),
            language="fr",
        )
        == EvidenceKind.DELAY
    )


def test_the_annulment_told_with_no_one_doing_it_is_the_courts_in_an_item_that_names_it():
    # Without a court named, the same words are a drop.
    assert (
        kind_of(
            "La rocade de Vaudrac est annulée\n"
            "Le concessionnaire Vialor renonce au contournement de Vaudrac.",
            BYPASS,
            on=D(2025, 3, 12),
            language="fr",
        )
        == EvidenceKind.DENIAL
    )
    # The headline's noun and the summary's passive tell the ruling the item names.
    assert (
        kind_of(
            "Annulation du chantier de la rocade de Vaudrac\n"
            "Les travaux de la rocade de Vaudrac sont annulés. La cour administrative d'appel "
            "examinera le dossier en juin.",
            BYPASS,
            on=D(2025, 3, 12),
            language="fr",
        )
        == EvidenceKind.DELAY
    )


def test_annulled_by_the_court_in_english_is_a_hold_up():
    assert (
        kind_of(
            "Kessmouth terminal permit annulled by the High Court\n"
            "The Kessmouth Port Authority said it would appeal.",
            TERMINAL,
            on=D(2025, 6, 2),
        )
        == EvidenceKind.DELAY
    )
    # Courts that are places, not a court of law, name no ruling: the annulment told with
    # no one doing it stays a drop.
    assert (
        kind_of(
            "Annulment of the Kessmouth terminal\n"
            "The Kessmouth container terminal works are annulled; the plan had food courts "
            "and tennis courts for the dock workers.",
            TERMINAL,
            on=D(2025, 6, 2),
        )
        == EvidenceKind.DENIAL
    )


# --- Past a step, the services planned for a later date are a delay -----------------------

# A rail company promised passenger trains on its Orlen–Vasse line by June 2025.
RAILWAY = profile(
    promiser="Orlen Rail Company",
    aliases=("ORC",),
    subject="Orlen–Vasse standard-gauge railway: passenger services",
    keywords=["Orlen-Vasse railway", "standard gauge", "Vasse"],
    category="railway opening",
    statement="Passenger trains run on the Orlen–Vasse standard-gauge railway.",
    stated_on=D(2021, 3, 1),
    deadline_start=None,
    deadline_end=D(2025, 6, 30),
)


def test_services_in_the_plural_planned_for_a_later_date_are_a_delay():
    # The headline's step (test runs) decides; the services are the thing's own outcome, in
    # the plural as news says it, now set for a date after the deadline.
    found = best(
        "ORC begins test runs on the Orlen-Vasse railway\n"
        "The first electric train ran to Vasse on Monday. Regular passenger services are "
        "expected to start in March 2026.",
        RAILWAY,
        on=D(2025, 9, 8),
    )
    assert found is not None
    assert found.kind == EvidenceKind.DELAY
    assert (found.proposed_start, found.proposed_end) == (D(2026, 3, 1), D(2026, 3, 31))


# --- Not at a time ahead said with no preposition -----------------------------------------


def test_wont_open_this_week_is_late_past_the_deadline():
    # English names the time ahead with no preposition ("won't open this week"): the
    # opening expected is not coming, past a deadline already gone by.
    assert (
        kind_of(
            "Kessmouth terminal questions\n"
            "The Kessmouth terminal won't open this week, the Kessmouth Port Authority said, "
            "as crane trials go on.",
            TERMINAL,
            on=D(2028, 3, 14),
        )
        == EvidenceKind.DELAY
    )
