"""Rules from round 40's reading of the news of dev-blind68 (docs/news-watch.md, "Matching").
Each is written as a specification on invented sentences about made-up projects, none of them
in the labelled sets, and fails without its rule.
"""

from __future__ import annotations

import datetime as dt

from language.kinds import EvidenceKind
from tests.language.matching_specs import best, kind_of, profile

D = dt.date

# An electric roadster its maker promised to put on sale, delivered to its first buyers, in 2021.
ROADSTER = profile(
    promiser="Voltaro",
    aliases=("Voltaro Automobili",),
    subject="Voltaro Strada electric roadster: market launch",
    keywords=["Strada", "Voltaro Strada", "roadster", "Modena plant", "commercialisation"],
    category="car launch",
    statement="The Voltaro Strada goes on sale and is delivered to its first customers.",
    stated_on=D(2019, 4, 1),
    deadline_start=D(2021, 1, 1),
    deadline_end=D(2021, 12, 31),
)


def test_first_customers_are_the_delivery_not_a_first_of_a_series():
    # "Its first customers" tells the delivery from the buyers' side: a later date for the car,
    # said with no "first", is a new date for the promise, a delay.
    match = best(
        "Voltaro Strada: the wait goes on\n"
        "Production of the Strada roadster at the Modena plant will begin in the autumn of 2022, "
        "Voltaro said on Monday.",
        ROADSTER,
        on=D(2022, 2, 14),
    )
    assert match is not None
    assert match.kind == EvidenceKind.DELAY
    assert (match.proposed_start, match.proposed_end) == (D(2022, 9, 1), D(2022, 11, 30))


# A cinema chain's first multiplex in a country, promised for the spring of 2020.
MULTIPLEX = profile(
    promiser="Lumiscope",
    aliases=("Lumiscope Cinemas", "the cinema chain"),
    subject="First Lumiscope multiplex in Portugal (Porto): opening",
    keywords=["Lumiscope Porto", "Porto", "multiplex", "Avenida dos Aliados", "opening"],
    category="retail opening",
    statement="The first Lumiscope multiplex in Portugal opens in Porto.",
    stated_on=D(2019, 1, 15),
    deadline_start=D(2020, 3, 1),
    deadline_end=D(2020, 5, 31),
)


def test_a_first_in_a_place_is_any_one_there_until_it_opens():
    # Every Lumiscope in Portugal is the first until one opens: a later date for the Porto
    # multiplex, though the item does not say "first", is a delay.
    assert kind_of(
        "Lumiscope hires a new architect\n"
        "The cinema chain said its twelve-screen multiplex on Avenida dos Aliados in Porto will "
        "open in late 2021.",
        MULTIPLEX,
        on=D(2020, 1, 20),
    ) == (EvidenceKind.DELAY)


# A shuttle service whose promise is the first of a series of buses: a later bus is no news of
# the first (the rule of a first of a series is kept).
SHUTTLE = profile(
    promiser="Navetta",
    aliases=("Navetta SpA",),
    subject="Navetta autonomous shuttle: first bus in service",
    keywords=["Navetta", "autonomous shuttle", "shuttle bus"],
    category="bus service",
    statement="The first Navetta autonomous shuttle bus enters service.",
    stated_on=D(2019, 1, 15),
    deadline_start=D(2020, 1, 1),
    deadline_end=D(2020, 12, 31),
)


def test_a_first_not_in_a_place_still_asks_for_a_first():
    # "First ... bus" is not a first in a place: a date told of a shuttle with no "first" is
    # not the promise's new date.
    assert kind_of(
        "Navetta orders more buses\n"
        "Navetta said its autonomous shuttle fleet will grow to twenty shuttle buses in 2022.",
        SHUTTLE,
        on=D(2020, 3, 2),
    ) != (EvidenceKind.DELAY)


# A Mars rover an agency promised to launch in July 2020.
ROVER = profile(
    promiser="Agence spatiale de Valdoria",
    aliases=("l'agence valdorienne",),
    subject="Rover Tessera: launch",
    keywords=["Tessera", "rover Tessera", "lancement", "launch"],
    category="space probe",
    statement="The Tessera rover is launched toward Mars.",
    stated_on=D(2016, 3, 1),
    deadline_start=D(2020, 7, 1),
    deadline_end=D(2020, 7, 31),
)


def test_the_planet_mars_is_no_month():
    # "Sur Mars", written with a capital, is the planet: no new date in March, no delay.
    assert kind_of(
        "Le rover Tessera en route\n"
        "Le rover Tessera arrivera sur Mars, selon l'agence valdorienne.",
        ROVER,
        on=D(2020, 10, 20),
        language="fr",
    ) != (EvidenceKind.DELAY)


def test_a_probe_that_has_landed_has_laid_nothing():
    # "S'est posé" is to have landed: no step of works, and a landing is not the launch
    # promised, so the item reports nothing about it.
    assert (
        kind_of(
            "Le rover Tessera s'est posé sans encombre\n"
            "Après sept mois de voyage, le rover Tessera s'est doucement posé dans le cratère "
            "Jezero, a annoncé l'agence valdorienne.",
            ROVER,
            on=D(2021, 2, 19),
            language="fr",
        )
        is None
    )


def test_a_launch_told_in_the_narrative_imperfect_is_done():
    # "Décollait", the imperfect of a story told: the launch happened, and beats the slip the
    # item tells as its history.
    assert kind_of(
        "Tessera en route\n"
        "Le 30 juillet dernier, une fusée décollait avec le rover Tessera à son bord. Un "
        "problème de moteur était la cause du retard d'une semaine sur le lancement.",
        ROVER,
        on=D(2020, 8, 20),
        language="fr",
    ) == (EvidenceKind.FULFILMENT)


# A clinic a canton promised to open at the end of 2021.
CLINIC = profile(
    promiser="Clinique du Lac",
    aliases=("CDL", "Clinique du Lac de Sorens"),
    subject="Clinique du Lac at Sorens: opening",
    keywords=["Clinique du Lac", "Sorens", "Bulle", "premiers patients", "déménagement"],
    category="hospital opening",
    statement="The new Clinique du Lac at Sorens opens and receives patients.",
    stated_on=D(2017, 5, 1),
    deadline_start=D(2021, 9, 1),
    deadline_end=D(2021, 12, 31),
)


def test_first_patients_welcomed_on_a_day_ahead_are_not_yet_welcomed():
    # "Accueillera lundi ses premiers patients": the future, with the day between the verb
    # and the patients; after the promised end of 2021, that Monday is a new date, a delay.
    match = best(
        "Sorens prête à ouvrir\n"
        "Après quatre ans de travaux, la Clinique du Lac accueillera lundi ses premiers "
        "patients, transférés du site de Bulle.",
        CLINIC,
        on=D(2022, 3, 2),
        language="fr",
    )
    assert match is not None
    assert match.kind == EvidenceKind.DELAY
    assert (match.proposed_start, match.proposed_end) == (D(2022, 3, 7), D(2022, 3, 7))


# A grid battery a company promised to install within 100 days.
BATTERY = profile(
    promiser="Voltstore",
    aliases=("Voltstore SA", "la société de Lena Marsh"),
    subject="Voltstore battery at Kernow (200 MW): installed within 100 days",
    keywords=["Kernow battery", "Lena Marsh", "stockage d'électricité", "100-day guarantee"],
    category="grid battery",
    statement="Voltstore's battery at Kernow is installed and working within 100 days.",
    stated_on=D(2021, 3, 1),
    deadline_start=D(2021, 6, 9),
    deadline_end=D(2021, 6, 9),
)


def test_cest_chose_faite_is_done():
    # The French idiom of a thing done, told after the promise recalled.
    assert kind_of(
        "Lena Marsh gagne son pari\n"
        "Lena Marsh avait promis une unité de stockage d'électricité de 200 mégawatts en "
        "moins de cent jours. C'est chose faite.",
        BATTERY,
        on=D(2021, 6, 2),
        language="fr",
    ) == (EvidenceKind.FULFILMENT)


def test_a_commitment_said_to_remain_in_place_is_on_time():
    # The promise said to stand, weeks after it was made: progress, nothing done or late.
    assert kind_of(
        "Lena Marsh speaks to reporters\n"
        "Lena Marsh told reporters in Truro that the commitment remained in place for the "
        "Kernow battery.",
        BATTERY,
        on=D(2021, 4, 20),
    ) == (EvidenceKind.PROGRESS)
