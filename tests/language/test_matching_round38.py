"""Rules from round 38's reading of news never tuned on (docs/news-watch.md, "Matching"). Each
is written as a specification on invented sentences about made-up projects, none of them in
the labelled sets, and fails without its rule.
"""

from __future__ import annotations

import datetime as dt

from language.kinds import EvidenceKind
from tests.language.matching_specs import kind_of, profile

D = dt.date

# A lunar probe promised to be launched in 2021.
PROBE = profile(
    promiser="Agence spatiale de Norvalie",
    aliases=("ASN",),
    subject="Sonde lunaire Selka-3: lancement",
    keywords=["Selka-3", "sonde lunaire", "lancement"],
    category="launch",
    statement="L'ASN lance la sonde lunaire Selka-3 depuis le cosmodrome de Brask.",
    stated_on=D(2019, 3, 2),
    deadline_end=D(2021, 10, 31),
)


def test_a_feminine_or_plural_thing_said_to_have_been_launched_is_launched():
    # "a été lancé" was read; "a été lancée", "ont été lancés" (the participle agreeing with
    # a feminine or plural subject) say the same passé composé.
    assert kind_of(
        "La sonde Selka-3 en route vers la Lune\n"
        "La sonde lunaire Selka-3 a été lancée cette nuit depuis le cosmodrome de Brask, "
        "a indiqué l'ASN.",
        PROBE,
        on=D(2023, 6, 3),
        language="fr",
    ) == (EvidenceKind.FULFILMENT)


# A stadium's renovation promised to be complete by the end of 2022.
ARENA = profile(
    promiser="Club Atlético Varena",
    aliases=("CA Varena",),
    subject="Estadio Varena renovation: completion",
    keywords=["Estadio Varena", "stadium renovation", "inauguration"],
    category="construction",
    statement="CA Varena completes the renovation of the Estadio Varena.",
    stated_on=D(2019, 4, 2),
    deadline_end=D(2022, 12, 31),
)


def test_a_renovated_venue_said_not_inaugurated_yet_is_late():
    # A negated inauguration is no step taken: the opening has not happened, late once the
    # deadline has passed.
    assert kind_of(
        "Why the Estadio Varena has not been inaugurated yet\n"
        "Supporters are still waiting for the end of the works.",
        ARENA,
        on=D(2023, 12, 4),
    ) == (EvidenceKind.DELAY)


# A first launch from a new spaceport, promised by 2021.
SPACEPORT = profile(
    promiser="Orbital Kestrel",
    aliases=("Kestrel",),
    subject="Kestrel first orbital launch from Spaceport Morvane",
    keywords=["Spaceport Morvane", "Skylark rocket", "first orbital launch"],
    category="launch",
    statement="Orbital Kestrel puts satellites into orbit from Spaceport Morvane.",
    stated_on=D(2018, 7, 16),
    deadline_end=D(2021, 12, 31),
)


def test_a_completion_that_brings_the_promise_a_step_closer_is_a_milestone():
    # The first orbital launch done elsewhere, "a step closer" to the promised one: a step.
    assert kind_of(
        "Spaceport Morvane: launch moves closer\n"
        "Orbital Kestrel has successfully completed the first orbital launch of its Skylark "
        "rocket in the desert. The flight brings the first launch from Spaceport Morvane a "
        "step closer.",
        SPACEPORT,
        on=D(2021, 1, 18),
    ) == (EvidenceKind.PROGRESS)


def test_a_launch_called_off_with_a_new_date_to_come_is_put_off():
    # Called off, with a revised date to be announced: the launch is put off, not dropped.
    assert kind_of(
        "Selka-3 launch called off due to a technical snag\n"
        "The launch of the Selka-3 lunar probe was called off minutes before lift-off. The "
        "revised launch date will be announced later, the ASN said.",
        PROBE,
        on=D(2022, 7, 15),
    ) == (EvidenceKind.DELAY)


def test_a_first_launch_that_ends_in_failure_puts_the_promise_off():
    # The attempt failed: the promised launch is still to be done, a delay.
    assert kind_of(
        "Skylark rocket launch ends in failure\n"
        "Orbital Kestrel's first attempt to put satellites into orbit from Spaceport Morvane "
        "fell short of its target orbit.",
        SPACEPORT,
        on=D(2023, 1, 10),
    ) == (EvidenceKind.DELAY)
    assert kind_of(
        "Échec du premier lancement depuis Spaceport Morvane\n"
        "Le lancement de la fusée Skylark d'Orbital Kestrel s'est soldé par un échec.",
        SPACEPORT,
        on=D(2023, 1, 10),
        language="fr",
    ) == (EvidenceKind.DELAY)


def test_a_completion_ceremony_held_completes_the_venue():
    # The ceremony that marks the completion, told as held: the works are complete.
    assert kind_of(
        "Completion ceremony held for the Estadio Varena\n"
        "Club officials and the mayor gathered on Sunday at the renovated stadium.",
        ARENA,
        on=D(2023, 12, 15),
    ) == (EvidenceKind.FULFILMENT)


def test_a_headline_about_a_later_flight_counted_by_its_order_is_another_flight():
    # "its fourth launch" is not the first launch promised, whatever else the item names.
    assert (
        kind_of(
            "Orbital Kestrel puts six satellites in orbit on its fourth mid-air launch\n"
            "The Skylark rocket lifted off from the desert today, Orbital Kestrel said.",
            SPACEPORT,
            on=D(2022, 1, 13),
        )
        is None
    )


def test_a_launch_that_a_span_of_time_is_counted_from_is_the_past():
    # "ten years after the first probe was launched" dates the news, it tells no launch: the
    # new date for the promised probe is the news, a delay.
    assert kind_of(
        "Selka-3 to be launched in March 2022\n"
        "The ASN chief said Selka-3 will be launched from Brask on 3 March 2022. The launch "
        "will come more than ten years after Selka-1, the first lunar probe, was launched "
        "from Brask.",
        PROBE,
        on=D(2021, 11, 20),
    ) == (EvidenceKind.DELAY)
