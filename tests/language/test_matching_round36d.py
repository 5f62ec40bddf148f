"""Rules from round 36's claim-side work (docs/news-watch.md, "The claim side and the search
index"): news that names a promised thing in the other language, or with another common word,
than the ledger's keywords. Each is written as a specification on invented sentences about
made-up projects, none of them in the labelled sets, and fails without its rule.
"""

from __future__ import annotations

import datetime as dt

from language.kinds import EvidenceKind
from language.matching.lexicon import other_writings
from tests.language.matching_specs import kind_of, profile

D = dt.date

# A district heat network written in English in the ledger, promised for the end of 2026.
HEAT = profile(
    promiser="Kestrel Energy",
    aliases=("Kestrel Heat",),
    subject="Kestrel district heat network in Ardwyn",
    keywords=["heat network", "district heating", "12,000 homes"],
    category="district heating",
    statement="Kestrel Energy connects 12,000 homes in Ardwyn to its heat network by 2026.",
    stated_on=D(2023, 5, 2),
    deadline_end=D(2026, 12, 31),
)

# Electric buses written in French in the ledger, promised for 2027.
BUSES = profile(
    promiser="Transports de Kerbrat",
    aliases=("TdK",),
    subject="Flotte de bus électriques de Kerbrat",
    keywords=["bus électriques", "flotte zéro émission"],
    category="public transport",
    statement="Transports de Kerbrat passe tous ses bus à l'électrique d'ici 2027.",
    stated_on=D(2023, 5, 2),
    deadline_end=D(2027, 12, 31),
)

# A flood barrier named after its place, written in English.
BARRIER = profile(
    promiser="Corran Rivers Board",
    aliases=("CRB",),
    subject="Corran tidal flood barrier",
    keywords=["Corran barrier", "flood barrier"],
    category="flood defence",
    statement="The Corran Rivers Board completes the Corran flood barrier by 2028.",
    stated_on=D(2023, 5, 2),
    deadline_end=D(2028, 12, 31),
)

# A bike-share promised for spring 2025.
BIKES = profile(
    promiser="Halden City Council",
    aliases=("Halden Council",),
    subject="Halden bike-share",
    keywords=["bike-share scheme", "docking stations"],
    category="bike-share",
    statement="Halden City Council launches its bike-share scheme in spring 2025.",
    stated_on=D(2023, 5, 2),
    deadline_start=D(2025, 3, 1),
    deadline_end=D(2025, 5, 31),
)


def test_a_keyword_written_in_the_other_language_reaches_its_claim():
    # The press writes the thing in its own language: "réseau de chaleur" is the "heat
    # network", "bus électriques" the "electric buses" (in either word order).
    assert kind_of(
        "Le réseau de chaleur de Kestrel Energy prend deux ans de retard\n"
        "Kestrel Energy ne raccordera ses logements d'Ardwyn qu'en 2028.",
        HEAT,
        on=D(2025, 3, 4),
        language="fr",
    ) == (EvidenceKind.DELAY)
    assert kind_of(
        "Transports de Kerbrat takes delivery of its first 40 electric buses",
        BUSES,
        on=D(2025, 3, 4),
    ) == (EvidenceKind.PROGRESS)
    # A name with a common noun: "barrage de Corran" for "Corran barrier".
    assert kind_of(
        "Le barrage de Corran ne sera achevé qu'en 2030\n"
        "Le Corran Rivers Board invoque la nature du sous-sol.",
        BARRIER,
        on=D(2025, 3, 4),
        language="fr",
    ) == (EvidenceKind.DELAY)


def test_a_keyword_written_with_another_ordinary_word_reaches_its_claim():
    # "Bike hire" is the "bike-share"; "households" are "homes".
    assert kind_of(
        "Halden City Council pushes its bike hire scheme back to 2027",
        BIKES,
        on=D(2025, 3, 4),
    ) == (EvidenceKind.DELAY)
    assert "12 000 households" in other_writings("12,000 homes")


def test_words_that_name_many_kinds_of_things_are_not_translated():
    # A line, a station, a network, a plant: the words name too many things for one of
    # them to stand for the ledger's keyword in the other language.
    for keyword in ("ligne 15", "gare centrale", "usine de Kerbrat", "network upgrade"):
        assert other_writings(keyword) == (), keyword
    # Nor is a keyword of one word: one common word is too little to go on.
    assert other_writings("prison") == ()
