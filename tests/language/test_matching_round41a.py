"""Rules from round 41's first reading of dev-blind80's news (docs/news-watch.md, "Matching").
Each is written as a specification on invented sentences about made-up projects, none of them
in the labelled sets, and fails without its rule.
"""

from __future__ import annotations

import datetime as dt

from language.kinds import EvidenceKind
from tests.language.matching_specs import kind_of, profile

D = dt.date

# A city promised to finish its new concert hall by the end of 2025.
HALL = profile(
    promiser="Ville de Brevanne",
    aliases=("Brevanne",),
    subject="Auditorium de Brevanne: livraison",
    keywords=["Auditorium de Brevanne", "salle de concert", "livraison"],
    category="cultural building",
    statement="L'Auditorium de Brevanne est livré.",
    stated_on=D(2022, 3, 1),
    deadline_start=D(2025, 12, 1),
    deadline_end=D(2025, 12, 31),
)


def test_a_building_that_struggles_to_rise_from_the_ground_is_late():
    # "peine à sortir de terre": the works do not get going, a slip, even when the headline
    # names the construction (a step) first.
    assert kind_of(
        "La construction de l'Auditorium de Brevanne peine à sortir de terre\n"
        "Trois ans après la pose de la première pierre, la Ville de Brevanne reconnaît que "
        "le chantier n'a guère avancé.",
        HALL,
        on=D(2025, 3, 10),
        language="fr",
    ) == (EvidenceKind.DELAY)


def test_a_project_that_struggles_to_see_the_light_of_day_is_late():
    assert kind_of(
        "Brevanne : l'Auditorium peine à voir le jour\n"
        "La salle de concert promise par la Ville de Brevanne n'est toujours qu'un terrain "
        "vague.",
        HALL,
        on=D(2025, 5, 2),
        language="fr",
    ) == (EvidenceKind.DELAY)
