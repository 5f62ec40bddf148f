"""Rules from round 36's reading of the labelled sets' kind misses (docs/news-watch.md, "The
kind, claim by claim"): how news says a promise is late, moved, done or on its way, each
written as a specification on invented items about made-up projects, none of them in the
labelled sets: each fails without its rule.
"""

from __future__ import annotations

import datetime as dt

from language.kinds import EvidenceKind
from tests.language.matching_specs import kind_of, profile

D = dt.date

# An arena promised to open in 2026 (a window with a start: the whole year).
ARENA = profile(
    promiser="Harbourside Arena Trust",
    aliases=("Harbourside Trust",),
    subject="Harbourside Arena opening",
    keywords=["Harbourside Arena", "arena", "opening"],
    category="venue opening",
    statement="The Harbourside Arena Trust opens the Harbourside Arena.",
    stated_on=D(2023, 5, 1),
    deadline_start=D(2026, 1, 1),
    deadline_end=D(2026, 12, 31),
)


def test_a_slip_to_a_date_inside_the_promised_window_is_a_delay():
    # The date the opening moves to lies inside the promised year: it is the promise's own
    # time that slips, not an earlier milestone's.
    for said, language in (
        ("Harbourside Arena opening delayed to June 2026", "en"),
        (
            "Harbourside Arena opening delayed\n"
            "The trust says the arena will now open its doors in June 2026.",
            "en",
        ),
        (
            "Harbourside Arena: the opening is pushed back\n"
            "The first concert will take place in May 2026, the trust said.",
            "en",
        ),
        ("L'ouverture de la Harbourside Arena repoussée à juin 2026", "fr"),
    ):
        assert kind_of(said, ARENA, on=D(2025, 10, 1), language=language) == (
            EvidenceKind.DELAY
        ), said
    # A slip dated before the promised window is an earlier milestone's: progress.
    assert kind_of(
        "Harbourside Arena: roof works delayed to October 2025", ARENA, on=D(2025, 6, 1)
    ) == (EvidenceKind.PROGRESS)


# A 3G network promised to be switched off on 30 June 2025.
NETWORK = profile(
    promiser="Kestrel Mobile",
    aliases=("Kestrel",),
    subject="Kestrel Mobile 3G switch-off",
    keywords=["3G network", "3G switch-off", "réseau 3G", "3G shutdown"],
    category="network shutdown",
    statement="Kestrel Mobile switches off its 3G network.",
    stated_on=D(2023, 5, 1),
    deadline_start=D(2025, 6, 30),
    deadline_end=D(2025, 6, 30),
)


def test_a_date_extended_or_moved_later_is_a_delay():
    # Extending a date or a deadline, or moving a date later, is a slip though no word of
    # lateness is said.
    for said, language in (
        ("Kestrel Mobile has extended the deadline for its 3G switch-off to September 30", "en"),
        ("Regulator extends Kestrel Mobile's 3G shutdown deadline", "en"),
        ("Kestrel a déplacé l'extinction de son réseau 3G du 30 juin au 30 septembre", "fr"),
    ):
        assert kind_of(said, NETWORK, on=D(2025, 5, 2), language=language) == (
            EvidenceKind.DELAY
        ), said
    # Extending something else, or moving to a place, says nothing of the date.
    for said, language in (
        ("Kestrel Mobile extends its 4G coverage to 200 towns ahead of the 3G switch-off", "en"),
        ("Kestrel Mobile moved back to its old headquarters as the 3G switch-off nears", "en"),
        ("Kestrel : le siège déplacé à Lyon avant l'arrêt du réseau 3G", "fr"),
    ):
        assert kind_of(said, NETWORK, on=D(2025, 5, 2), language=language) is None, said
