"""Rules from round 49's second matcher pass over the kind confusions of the readable news
batches (docs/news-watch.md, "Reading an item"): a slip said by a phrasal verb with its
object inside it, or by a French verb in the active voice, or by a plural of a phrase the
delay list held in the singular only.
Each is written as a specification on invented sentences about made-up projects, none of
them in the labelled sets, and fails without its rule.
"""

from __future__ import annotations

import datetime as dt

from language.kinds import EvidenceKind
from tests.language.matching_specs import best, profile

D = dt.date

# A water authority promised its Calder Bay desalination plant running by the end of 2025.
CALDER = profile(
    promiser="Calder Water",
    aliases=("Calder Water Authority",),
    subject="Calder Bay desalination plant",
    keywords=["Calder Bay desalination plant", "desalination plant"],
    category="water",
    statement="The Calder Bay desalination plant produces drinking water.",
    stated_on=D(2021, 4, 1),
    deadline_start=D(2025, 1, 1),
    deadline_end=D(2025, 12, 31),
)

# A software maker promised its Lumen voice assistant released in 2026.
LUMEN = profile(
    promiser="Quillsoft",
    aliases=("Quillsoft Inc.",),
    subject="Lumen voice assistant release",
    keywords=["Lumen assistant", "voice assistant"],
    category="software",
    statement="Quillsoft releases its Lumen voice assistant.",
    stated_on=D(2024, 9, 1),
    deadline_start=D(2026, 1, 1),
    deadline_end=D(2026, 12, 31),
)

# A regional council promised its new Port-Vallier airport open by 2027.
VALLIER = profile(
    promiser="Conseil régional de Vallier",
    aliases=("région Vallier",),
    subject="Aéroport de Port-Vallier",
    keywords=["aéroport de Port-Vallier", "nouvel aéroport"],
    category="airport",
    statement="Le nouvel aéroport de Port-Vallier ouvre aux passagers.",
    stated_on=D(2022, 5, 1),
    deadline_start=D(2027, 1, 1),
    deadline_end=D(2027, 12, 31),
)

# A ministry promised the Hautmont ring road open in October 2025.
HAUTMONT = profile(
    promiser="Ministère des Routes de Hautmont",
    aliases=("ministère des Routes",),
    subject="Rocade de Hautmont",
    keywords=["rocade de Hautmont", "rocade"],
    category="road",
    statement="La rocade de Hautmont est ouverte à la circulation.",
    stated_on=D(2021, 10, 1),
    deadline_start=D(2025, 10, 1),
    deadline_end=D(2025, 10, 31),
)


# --- The phrasal verb with its object inside it ------------------------------------------


def test_pushing_the_timeline_back_is_a_delay():
    found = best(
        "Quillsoft's Lumen assistant still missing from the latest update\n"
        "Engineering troubles forced a rebuild of the Lumen assistant and pushed the release "
        "timeline back by a full year, executives said this week.",
        LUMEN,
        on=D(2025, 6, 20),
    )
    assert found is not None
    assert found.kind == EvidenceKind.DELAY


def test_setting_the_project_back_is_a_delay():
    found = best(
        "Calder Bay desalination plant hit by storms\n"
        "Flooding and high winds have set the project back several weeks at the Calder Bay "
        "desalination plant, Calder Water said.",
        CALDER,
        on=D(2025, 3, 14),
    )
    assert found is not None
    assert found.kind == EvidenceKind.DELAY


def test_pushing_back_on_a_plan_is_no_delay():
    # "Pushed back on" with its object inside is resisting, not putting off.
    found = best(
        "Calder Water pushed the critics back on the Calder Bay desalination plant\n"
        "The authority says commissioning of the desalination plant starts in September.",
        CALDER,
        on=D(2025, 3, 14),
    )
    assert found is not None
    assert found.kind != EvidenceKind.DELAY


# --- The French verb in the active voice -------------------------------------------------


def test_french_active_deferral_is_a_delay():
    found = best(
        "Aéroport de Port-Vallier : la région prend son temps\n"
        "Faute d'accord sur le financement, la région Vallier a différé le démarrage du "
        "nouvel aéroport de Port-Vallier.",
        VALLIER,
        on=D(2024, 3, 5),
        language="fr",
    )
    assert found is not None
    assert found.kind == EvidenceKind.DELAY


# --- A plural of a phrase held in the singular -------------------------------------------


def test_french_plural_deadline_extensions_are_a_delay():
    found = best(
        "Rocade de Hautmont : vers une troisième prolongation des délais\n"
        "Le ministère des Routes l'a annoncé lundi devant les élus.",
        HAUTMONT,
        on=D(2025, 6, 2),
        language="fr",
    )
    assert found is not None
    assert found.kind == EvidenceKind.DELAY
