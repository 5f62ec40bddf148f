"""Rules from round 36's reading of the labelled sets' kind misses (docs/news-watch.md, "The
kind, claim by claim"): how news says a promise is late, moved, done or on its way, each
written as a specification on invented items about made-up projects, none of them in the
labelled sets: each fails without its rule.
"""

from __future__ import annotations

import datetime as dt

from language.kinds import EvidenceKind
from tests.language.matching_specs import best, kind_of, profile

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
        assert kind_of(said, ARENA, on=D(2025, 10, 1), language=language) == (EvidenceKind.DELAY), (
            said
        )
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


# A library promised to open in September or October 2024.
LIBRARY = profile(
    promiser="Ville de Montbrison-sur-Loire",
    aliases=("Montbrison-sur-Loire",),
    subject="Médiathèque des Tanneurs",
    keywords=["médiathèque des Tanneurs", "médiathèque"],
    category="library opening",
    statement="La ville ouvre la médiathèque des Tanneurs au public.",
    stated_on=D(2022, 5, 1),
    deadline_start=D(2024, 9, 1),
    deadline_end=D(2024, 10, 31),
)

# A game promised for March 2024.
GAME = profile(
    promiser="Nordlys Games",
    aliases=("Nordlys",),
    subject="Release of Frostmark",
    keywords=["Frostmark", "release"],
    category="video game release",
    statement="Nordlys Games releases Frostmark on consoles and PC.",
    stated_on=D(2023, 5, 1),
    deadline_start=D(2024, 3, 1),
    deadline_end=D(2024, 3, 31),
)


def test_a_completion_set_for_a_day_ahead_or_soon_is_not_done_yet():
    # A completion in the present with the day it is set for, still ahead of the item, is
    # the day set; "bientôt" before it says it is yet to come.
    assert kind_of(
        "Le maire inaugure le 19 octobre la médiathèque des Tanneurs",
        LIBRARY,
        on=D(2024, 10, 10),
        language="fr",
    ) == (EvidenceKind.PROGRESS)
    assert kind_of("Frostmark launches this Thursday, March 14", GAME, on=D(2024, 3, 12)) == (
        EvidenceKind.PROGRESS
    )
    assert (
        kind_of(
            "La médiathèque des Tanneurs bientôt ouverte au public",
            LIBRARY,
            on=D(2024, 10, 10),
            language="fr",
        )
        != EvidenceKind.FULFILMENT
    )
    # Told of a day gone by, it is done.
    assert kind_of(
        "Le maire a inauguré samedi la médiathèque des Tanneurs",
        LIBRARY,
        on=D(2024, 10, 21),
        language="fr",
    ) == (EvidenceKind.FULFILMENT)
    assert kind_of(
        "Frostmark launched on March 4 and sold a million copies", GAME, on=D(2024, 3, 12)
    ) == (EvidenceKind.FULFILMENT)


def test_a_headline_moving_the_promise_to_a_later_date_beats_a_completion_word_below():
    # The headline moves the release to a later date: "on launch day" further down speaks of
    # the plan, nothing released.
    assert kind_of(
        "Frostmark delayed to September 2024\n"
        "Nordlys Games says Frostmark will be playable on Game Pass on launch day.",
        GAME,
        on=D(2024, 2, 1),
    ) == (EvidenceKind.DELAY)
    # A headline slip with no date gives way to the release the body tells (the latest
    # state wins).
    assert kind_of(
        "Frostmark delayed again\n"
        "Nordlys Games finally launched Frostmark on Tuesday after two slips.",
        GAME,
        on=D(2024, 9, 5),
    ) == (EvidenceKind.FULFILMENT)


def test_a_date_moved_from_one_day_to_another_proposes_the_day_it_moves_to():
    # "Du 30 juin au 30 septembre" after words of a move is the move, not a window running
    # from one to the other: the new date is the second.
    for said, language in (
        ("Kestrel a déplacé l'extinction de son réseau 3G du 30 juin au 30 septembre", "fr"),
        (
            "Kestrel Mobile has extended the date of its 3G shutdown from June 30 to September 30",
            "en",
        ),
    ):
        match = best(said, NETWORK, on=D(2025, 5, 2), language=language)
        assert match is not None and match.kind == EvidenceKind.DELAY, said
        assert (match.proposed_start, match.proposed_end) == (D(2025, 9, 30), D(2025, 9, 30))


# A reactor promised to be connected to the grid in 2026, and a sewer to enter service.
REACTOR = profile(
    promiser="Énergie Kervalec",
    aliases=("Kervalec",),
    subject="Centrale nucléaire de Kervalec, unité 1",
    keywords=["centrale nucléaire de Kervalec", "unité 1", "Kervalec plant"],
    category="nuclear plant",
    statement="L'unité 1 de la centrale nucléaire de Kervalec est raccordée au réseau.",
    stated_on=D(2019, 5, 1),
    deadline_start=D(2026, 1, 1),
    deadline_end=D(2026, 12, 31),
)
SEWER = profile(
    promiser="Marlow Water",
    aliases=(),
    subject="Marlow relief sewer",
    keywords=["Marlow relief sewer", "relief sewer"],
    category="sewer",
    statement="Marlow Water brings the Marlow relief sewer into service.",
    stated_on=D(2019, 5, 1),
    deadline_start=D(2026, 1, 1),
    deadline_end=D(2026, 12, 31),
)


def test_tunnelling_and_assembly_completed_are_steps():
    # Digging the tunnel or assembling the reactor, done, is a step toward the promise.
    for said, claim, language in (
        ("Centrale nucléaire de Kervalec : l'unité 1 a achevé son assemblage", REACTOR, "fr"),
        ("Assemblage achevé pour l'unité 1 de la centrale nucléaire de Kervalec", REACTOR, "fr"),
        ("Marlow relief sewer: tunnelling completed", SEWER, "en"),
        ("Marlow Water completes tunnelling on the Marlow relief sewer", SEWER, "en"),
    ):
        assert kind_of(said, claim, on=D(2025, 3, 1), language=language) == (
            EvidenceKind.PROGRESS
        ), said
    # The promised connection is the thing done.
    assert kind_of(
        "Centrale nucléaire de Kervalec : l'unité 1 est raccordée au réseau",
        REACTOR,
        on=D(2025, 3, 1),
        language="fr",
    ) == (EvidenceKind.FULFILMENT)
