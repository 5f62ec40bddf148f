"""Rules from round 37's reading of news never tuned on (docs/news-watch.md, "Matching"). Each
is written as a specification on invented sentences about made-up projects, none of them in
the labelled sets, and fails without its rule.
"""

from __future__ import annotations

import datetime as dt

from language.kinds import EvidenceKind
from tests.language.matching_specs import kind_of, profile

D = dt.date

# A paper ticket done away with, promised for 2024.
TICKET = profile(
    promiser="Transports de Vellmar",
    aliases=("TdV",),
    subject="End of the paper ticket in Vellmar",
    keywords=["paper ticket", "ticket papier", "ticket carton"],
    category="public transport ticketing",
    statement="Transports de Vellmar does away with the paper ticket on its network.",
    stated_on=D(2020, 5, 2),
    deadline_end=D(2024, 12, 31),
)

# A power station promised to be shut down for good in 2023.
PLANT = profile(
    promiser="Énergies du Lorn",
    aliases=("EDL",),
    subject="Centrale du Lorn",
    keywords=["centrale du Lorn", "arrêt définitif"],
    category="power plant closure",
    statement="Énergies du Lorn permanently shuts down its Lorn power station.",
    stated_on=D(2018, 5, 2),
    deadline_end=D(2023, 12, 31),
)


def test_an_end_said_to_have_happened_fulfils_a_thing_done_away_with():
    # "Does away with", "abolishes", "closed for good", "permanently shuts", "phased out"
    # promise an end as "ends" and "shuts down" do: the end told as done is the promise kept.
    assert kind_of(
        "Vellmar: a page turns for riders\n"
        "The sale of the paper ticket has been discontinued, Transports de Vellmar said.",
        TICKET,
        on=D(2025, 1, 8),
    ) == (EvidenceKind.FULFILMENT)


def test_a_plant_closed_for_good_in_french_fulfils_its_shutdown():
    # "Définitivement" before or after the verb, in the headline's present too.
    assert kind_of(
        "La centrale du Lorn ferme définitivement\n"
        "L'installation a été définitivement mise à l'arrêt après 40 ans de service.",
        PLANT,
        on=D(2023, 12, 20),
        language="fr",
    ) == (EvidenceKind.FULFILMENT)
    assert kind_of(
        "Le réacteur de la centrale du Lorn arrêté définitivement",
        PLANT,
        on=D(2023, 12, 20),
        language="fr",
    ) == (EvidenceKind.FULFILMENT)


# A tram line promised for 2020.
TRAM = profile(
    promiser="Régie de Sarlane",
    aliases=("RdS",),
    subject="Tramway de Sarlane",
    keywords=["tramway de Sarlane", "ligne de tramway"],
    category="public transport",
    statement="La Régie de Sarlane met en service le tramway de Sarlane.",
    stated_on=D(2015, 5, 2),
    deadline_end=D(2020, 12, 31),
)


def test_works_told_as_lasting_after_the_deadline_are_the_thing_not_done():
    # "En construction depuis", "under construction since": past the deadline, a thing still
    # under works is late; before it, the works are a step.
    text = (
        "Sarlane attend toujours son tram\n"
        "Le tramway de Sarlane, en construction depuis près de dix ans, divise la ville."
    )
    assert kind_of(text, TRAM, on=D(2023, 3, 4), language="fr") == (EvidenceKind.DELAY)
    assert kind_of(text, TRAM, on=D(2019, 3, 4), language="fr") == (EvidenceKind.PROGRESS)


# A gas pipeline promised in operation, and a bridge promised completed.
PIPELINE = profile(
    promiser="Korlan Gas",
    aliases=("KG",),
    subject="Korlan pipeline",
    keywords=["Korlan pipeline", "gas pipeline"],
    category="gas pipeline",
    statement="The Korlan gas pipeline is put into commercial operation.",
    stated_on=D(2018, 5, 2),
    deadline_end=D(2022, 12, 31),
)
BRIDGE = profile(
    promiser="Korlan Roads",
    aliases=("KR",),
    subject="Korlan bridge",
    keywords=["Korlan bridge"],
    category="bridge",
    statement="Korlan Roads completes the Korlan bridge.",
    stated_on=D(2018, 5, 2),
    deadline_end=D(2022, 12, 31),
)


def test_works_completed_are_a_step_toward_a_thing_promised_in_operation():
    # The works done are not the operation promised: "fully completed", "has been completed
    # ... now set to enter testing" are a step. A claim that promises the completion itself
    # (alone, or "completed and put into operation") is fulfilled by it.
    assert kind_of(
        "Korlan Gas says the Korlan pipeline is fully completed",
        PIPELINE,
        on=D(2021, 9, 10),
    ) == (EvidenceKind.PROGRESS)
    assert kind_of(
        "The Korlan pipeline has been completed on time and is now set to enter testing.",
        PIPELINE,
        on=D(2021, 9, 10),
    ) == (EvidenceKind.PROGRESS)
    assert kind_of(
        "Korlan Roads says the Korlan bridge is fully completed", BRIDGE, on=D(2021, 9, 10)
    ) == (EvidenceKind.FULFILMENT)


# A reactor promised in operation, and a power line promised completed and in service.
REACTOR = profile(
    promiser="Vardenne Nuclear",
    aliases=("VNC",),
    subject="Vardenne unit 1",
    keywords=["Vardenne nuclear power plant", "Vardenne unit 1"],
    category="nuclear power",
    statement="Vardenne Nuclear puts unit 1 of the Vardenne nuclear power plant into operation.",
    stated_on=D(2013, 3, 6),
    deadline_end=D(2013, 4, 30),
)
LINE = profile(
    promiser="Tarrow Power",
    aliases=("TP",),
    subject="Tarrow Clean Energy Link",
    keywords=["Tarrow Clean Energy Link", "transmission line"],
    category="power line",
    statement="Tarrow Power completes the Tarrow Clean Energy Link and puts it into service.",
    stated_on=D(2018, 2, 20),
    deadline_end=D(2022, 12, 31),
)


def test_operation_begun_said_noun_first_and_a_completion_celebrated_are_the_promise_kept():
    assert kind_of(
        "Commercial power generation begins at Vardenne nuclear power plant",
        REACTOR,
        on=D(2014, 12, 31),
    ) == (EvidenceKind.FULFILMENT)
    assert kind_of(
        "The governor is celebrating the completion of the Tarrow Clean Energy Link "
        "transmission line.",
        LINE,
        on=D(2026, 1, 22),
    ) == (EvidenceKind.FULFILMENT)
    # Said of a time ahead, the start is a plan.
    assert kind_of(
        "At Vardenne nuclear power plant, commercial power generation will begin in June",
        REACTOR,
        on=D(2014, 3, 31),
    ) != (EvidenceKind.FULFILMENT)


# A light rail line promised to open in 2020.
SKYRAIL = profile(
    promiser="Merrow Transit",
    aliases=("MTA Merrow",),
    subject="Merrow Skyrail",
    keywords=["Merrow Skyrail", "light rail"],
    category="light rail",
    statement="Merrow Transit opens the first section of the Merrow Skyrail to passengers.",
    stated_on=D(2016, 5, 2),
    deadline_end=D(2020, 12, 31),
)


def test_a_thing_said_open_to_the_public_is_open():
    for said in (
        "Merrow's Skyrail is ready to roll: the Merrow Skyrail stations open to the public "
        "today at 2 p.m.",
        "After years of waiting, the Merrow Skyrail is finally open to the public.",
    ):
        assert kind_of(said, SKYRAIL, on=D(2023, 6, 30)) == (EvidenceKind.FULFILMENT), said
    # To come, it is a plan.
    assert kind_of(
        "The Merrow Skyrail will open to the public on Wednesday morning.",
        SKYRAIL,
        on=D(2023, 6, 26),
    ) != (EvidenceKind.FULFILMENT)


def test_works_stopped_are_a_pause_not_the_promise_dropped():
    # The works halted, said with their noun, are late (a pause), and a pause beats a denial
    # told beside it ("le référendum qui a rejeté le projet").
    assert kind_of(
        "La Régie de Sarlane stoppe la construction du tramway de Sarlane\n"
        "L'arrêt des travaux survient après le référendum qui a rejeté le projet.",
        TRAM,
        on=D(2019, 1, 25),
        language="fr",
    ) == (EvidenceKind.DELAY)
    assert kind_of(
        "La justice confirme l'arrêt du chantier du tramway de Sarlane",
        TRAM,
        on=D(2019, 1, 25),
        language="fr",
    ) == (EvidenceKind.DELAY)


def test_a_step_told_as_how_the_thing_began_is_its_past():
    # "At first, ... was open only as a beta test": how it began, not a step taken now.
    assert kind_of(
        "A new way to cross Merrow\n"
        "Starting today, it's open to the public. At first, the Merrow Skyrail was open only "
        "as a beta test to employees.",
        SKYRAIL,
        on=D(2023, 6, 30),
    ) == (EvidenceKind.FULFILMENT)
