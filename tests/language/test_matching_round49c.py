"""Rules from round 49's recall pass on the news matcher (items about a claim that reached no
claim; docs/news-watch.md, "The claim side and the search index"). Each is written as a
specification on invented sentences about made-up projects, none of them in the labelled
sets, and fails without its rule.
"""

from __future__ import annotations

import datetime as dt

from language.kinds import EvidenceKind
from tests.language.matching_specs import kind_of, profile

D = dt.date

# The project company of one offshore wind farm promised it in commercial operation by the
# end of 2026; it is named after the farm, which the subject gives with its unit number.
KESTREL = profile(
    promiser="Kestrel Bank Wind",
    aliases=("Kestrel Bank Wind LLC",),
    subject="Kestrel Bank Wind 2 (900 MW, 60 turbines) commercial operation",
    keywords=["Kestrel Bank Wind 2", "offshore wind farm", "commercial operation"],
    category="energy project",
    statement="Kestrel Bank Wind 2 enters commercial operation by the end of 2026.",
    stated_on=D(2021, 4, 1),
    deadline_start=D(2026, 1, 1),
    deadline_end=D(2026, 12, 31),
)

# The company of a pumped-storage plant, named after it, promised it running in 2024.
ORVAL = profile(
    promiser="Orval de Bresse SA",
    aliases=("Orval de Bresse",),
    subject="Orval de Bresse pumped-storage power plant (Lirac, Valmont)",
    keywords=["pumped-storage", "Lirac", "Valmont", "commissioning"],
    category="energy project",
    statement="The Orval de Bresse pumped-storage power plant is commissioned in 2024.",
    stated_on=D(2019, 2, 1),
    deadline_start=D(2024, 1, 1),
    deadline_end=D(2024, 12, 31),
)

# A carmaker's battery plant in one town: the maker's name says which company, the town
# which of its plants.
SOLVIK = profile(
    promiser="Solvik Motors",
    aliases=("Solvik",),
    subject="Solvik Motors Dunmere battery plant",
    keywords=["Dunmere", "battery plant", "start of production"],
    category="battery gigafactory start of production",
    statement="Solvik Motors starts battery production at its Dunmere plant in 2025.",
    stated_on=D(2022, 3, 1),
    deadline_start=D(2025, 1, 1),
    deadline_end=D(2025, 12, 31),
)


def test_a_company_named_after_its_numbered_project_names_the_project():
    # "Kestrel Bank Wind 2": the company's name, a unit number and the promised event. The
    # item names the company alone and none of the keywords: its delay is the farm's.
    assert KESTREL.named_after_thing
    assert (
        kind_of(
            "Kestrel Bank Wind pushes back full operation to 2027 after cable faults",
            KESTREL,
            on=D(2025, 10, 2),
        )
        == EvidenceKind.DELAY
    )


def test_a_company_named_after_the_kind_of_its_project_names_the_project():
    # "Orval de Bresse pumped-storage power plant": the name, then the kind in lower case.
    assert ORVAL.named_after_thing
    assert (
        kind_of(
            "Orval de Bresse will not be running before 2026, its owners say",
            ORVAL,
            on=D(2023, 6, 14),
        )
        == EvidenceKind.DELAY
    )


def test_a_name_followed_by_a_place_says_which_of_its_things():
    # "Solvik Motors Dunmere battery plant": a capitalised place after the name tells one
    # plant of the company; naming the company does not name that plant.
    assert not SOLVIK.named_after_thing
    assert kind_of("Solvik Motors delays its new model to 2026", SOLVIK, on=D(2024, 5, 1)) is None


# A pipeline company named after its pipeline promised the pipeline's expansion.
CALDER = profile(
    promiser="Calder Valley Pipeline Corporation",
    aliases=("Calder Valley Pipeline",),
    subject="Calder Valley Pipeline expansion, Ardmore - Pellston: in service",
    keywords=["expansion project", "in service", "Ardmore"],
    category="energy project",
    statement="The Calder Valley Pipeline expansion is in service by December 2025.",
    stated_on=D(2020, 3, 1),
    deadline_start=D(2025, 12, 1),
    deadline_end=D(2025, 12, 31),
)


def test_a_growth_of_the_named_thing_is_not_the_thing_the_company_is_named_after():
    # The company's name names the pipeline already in service; the promise is its
    # expansion, a new part of it, so naming the company alone does not name the promise.
    assert not CALDER.named_after_thing
