"""Rules from round 40's reading of the news of dev-blind79 (docs/news-watch.md, "Matching").
Each is written as a specification on invented sentences about made-up projects, none of them
in the labelled sets, and fails without its rule.
"""

from __future__ import annotations

import datetime as dt

from language.kinds import EvidenceKind
from tests.language.matching_specs import kind_of, profile

D = dt.date

# A parcel robot service its maker promised for 2021.
PARCELBOT = profile(
    promiser="Rollfracht",
    aliases=("Rollfracht GmbH",),
    subject="Rollfracht Kerbot: parcel delivery by sidewalk robot",
    keywords=["Kerbot", "Rollfracht Kerbot", "sidewalk robot", "robot delivery"],
    category="delivery service",
    statement="Rollfracht's Kerbot robots deliver customers' parcels.",
    stated_on=D(2019, 3, 1),
    deadline_start=D(2021, 1, 1),
    deadline_end=D(2021, 12, 31),
)


def test_still_to_come_within_months_after_the_deadline_is_late():
    # The year promised is over and the service is still ahead, "within months": late, with no
    # date a window could be read from.
    assert kind_of(
        "Rollfracht says Kerbot will start delivering parcels 'within months'\n"
        "Rollfracht told investors on Tuesday that its Kerbot sidewalk robots will begin robot "
        "delivery to customers within months.",
        PARCELBOT,
        on=D(2022, 5, 10),
    ) == (EvidenceKind.DELAY)


def test_within_a_few_months_in_french_after_the_deadline_is_late_too():
    assert kind_of(
        "Rollfracht : les robots Kerbot livreront d'ici quelques mois\n"
        "Rollfracht assure que ses robots Kerbot commenceront à livrer les colis des clients "
        "d'ici quelques mois.",
        PARCELBOT,
        on=D(2022, 5, 10),
        language="fr",
    ) == (EvidenceKind.DELAY)


def test_within_months_before_the_deadline_is_no_delay():
    assert kind_of(
        "Rollfracht says Kerbot will start delivering parcels 'within months'\n"
        "Rollfracht told investors on Tuesday that its Kerbot sidewalk robots will begin robot "
        "delivery to customers within months.",
        PARCELBOT,
        on=D(2020, 5, 10),
    ) != (EvidenceKind.DELAY)


# A detention centre a government promised to close within a year.
CAMP = profile(
    promiser="Government of Valdoria",
    aliases=("Valdorian government", "Prime Minister Ostrava"),
    subject="Closure of the Kessmar detention centre",
    keywords=["Kessmar", "Kessmar detention centre", "centre de détention de Kessmar", "detainees"],
    category="closure",
    statement="The Kessmar detention centre is closed.",
    stated_on=D(2015, 2, 1),
    deadline_start=D(2016, 2, 1),
    deadline_end=D(2016, 2, 1),
)


def test_a_promise_rescinded_is_dropped():
    # The new cabinet's decree takes back the promise to close the centre: a drop.
    assert kind_of(
        "Valdoria keeps Kessmar in use\n"
        "The new cabinet issued a decree on Monday that rescinds Prime Minister Ostrava's "
        "promise to close the Kessmar detention centre, where 60 detainees remain.",
        CAMP,
        on=D(2019, 3, 4),
    ) == (EvidenceKind.DENIAL)


def test_an_initiative_reversed_is_dropped_too():
    assert kind_of(
        "Kessmar detention centre to stay\n"
        "The decree reverses the previous government's initiative to shut the Kessmar "
        "detention centre, home to 60 detainees.",
        CAMP,
        on=D(2019, 3, 4),
    ) == (EvidenceKind.DENIAL)


def test_a_closure_still_not_made_after_the_deadline_is_late():
    # "N'est toujours pas fermé", the closure promised for a year earlier: late, no drop.
    assert kind_of(
        "Valdoria : trois ans après, le centre de détention de Kessmar n'est toujours pas fermé\n"
        "Le Premier ministre Ostrava avait promis de fermer le centre de Kessmar, où 60 "
        "détenus restent enfermés.",
        CAMP,
        on=D(2018, 2, 10),
        language="fr",
    ) == (EvidenceKind.DELAY)


def test_still_not_closed_in_english():
    assert kind_of(
        "Kessmar detention centre still not closed\n"
        "Three years on, the Valdorian government has still not closed the Kessmar detention "
        "centre and its 60 detainees.",
        CAMP,
        on=D(2018, 2, 10),
    ) == (EvidenceKind.DELAY)


def test_a_start_that_might_be_put_off_is_at_risk():
    # Before the deadline, "might be put off" and "thrown into doubt" tell the promised date
    # at risk: a delay, as "might be delayed" already was.
    assert kind_of(
        "Kerbot start in doubt\n"
        "The merger has thrown into doubt the start of Rollfracht's Kerbot robot delivery, "
        "due next year; it now appears that it might be put off.",
        PARCELBOT,
        on=D(2020, 6, 2),
    ) == (EvidenceKind.DELAY)


def test_a_commitment_said_to_hold_is_progress():
    # "Remains committed to" the closure: the promise held, no step and no date, progress.
    assert kind_of(
        "Valdoria on Kessmar\n"
        "A spokesman said the Valdorian government remains committed to closing the Kessmar "
        "detention centre and is weighing options for its 60 detainees.",
        CAMP,
        on=D(2015, 9, 1),
    ) == (EvidenceKind.PROGRESS)


def test_unwavering_in_its_commitment_is_progress_too():
    assert kind_of(
        "Kessmar: the government's word\n"
        "Prime Minister Ostrava is unwavering in his commitment to the closure of the Kessmar "
        "detention centre, officials said.",
        CAMP,
        on=D(2015, 9, 1),
    ) == (EvidenceKind.PROGRESS)
