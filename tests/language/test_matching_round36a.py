"""Rules from round 36's audit of invented news (docs/news-watch.md, "Matching"): the kinds
an item reports, each written as a specification on invented sentences about made-up
projects, none of them in the labelled sets: each fails without its rule.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from language.kinds import EvidenceKind
from language.matching import (
    ItemText,
    candidates_python,
    rank_matches,
)
from language.text import fold_words
from tests.language.matching_specs import kind_of, profile
from tests.language.real_sets import news_ledger

D = dt.date

# A school building promised for September 2025.
SCHOOL = profile(
    promiser="Kilmurry County Council",
    aliases=("Kilmurry Council",),
    subject="Glenard Community School new building",
    keywords=["Glenard Community School", "new school building"],
    category="school",
    statement="Kilmurry County Council opens the new Glenard Community School building.",
    stated_on=D(2023, 3, 1),
    deadline_start=D(2025, 9, 1),
    deadline_end=D(2025, 9, 30),
)

# A biogas plant promised by the end of 2024.
BIOGAS = profile(
    promiser="Agri-Méthane Armor",
    aliases=("Agri-Méthane",),
    subject="Unité de méthanisation de Kerlouan",
    keywords=["méthanisation", "Kerlouan", "biométhane", "biogas plant"],
    category="biogas plant",
    statement="Agri-Méthane Armor met en service l'unité de méthanisation de Kerlouan.",
    stated_on=D(2023, 3, 1),
    deadline_end=D(2024, 12, 31),
)


def test_a_step_word_challenged_in_law_is_no_step():
    # The permit, the licence or the tender is what a case contests: the news is the case,
    # and the promise is no further on.
    for said, language in (
        ("Residents challenge Kerlouan biogas plant permit in court", "en"),
        ("Farmers take Agri-Méthane Armor to court over the Kerlouan licence", "en"),
        (
            "Kerlouan : une association conteste l'autorisation de l'unité de méthanisation "
            "d'Agri-Méthane Armor",
            "fr",
        ),
        (
            "Méthanisation à Kerlouan : un voisin conteste devant le tribunal administratif "
            "le permis d'Agri-Méthane Armor",
            "fr",
        ),
    ):
        assert kind_of(said, BIOGAS, on=D(2024, 5, 2), language=language) is None, said
    # The permit granted is still a step.
    assert kind_of(
        "Agri-Méthane Armor : le permis de construire de Kerlouan accordé à l'unité de "
        "méthanisation",
        BIOGAS,
        on=D(2024, 5, 2),
        language="fr",
    ) == (EvidenceKind.PROGRESS)
    # "Challenges" as a noun does not contest the works.
    assert kind_of(
        "Kerlouan biogas plant: despite challenges in construction, Agri-Méthane Armor "
        "says works are well advanced",
        BIOGAS,
        on=D(2024, 5, 2),
    ) == (EvidenceKind.PROGRESS)


def test_lateness_said_with_a_hedge_is_a_delay():
    # Unlikely to open, may miss the date, may not be ready: the deadline is in doubt.
    for said, language, claim in (
        ("Glenard Community School unlikely to open on time, unions say", "en", SCHOOL),
        (
            "La nouvelle Glenard Community School pourrait ne pas être prête fin 2025",
            "fr",
            SCHOOL,
        ),
        ("Glenard Community School may miss its end-2025 opening", "en", SCHOOL),
        ("Kerlouan biogas plant could miss end-2024 target", "en", BIOGAS),
    ):
        assert kind_of(said, claim, on=D(2024, 6, 3), language=language) == (EvidenceKind.DELAY), (
            said
        )


def test_weeks_after_its_start_say_it_is_done():
    # The time since the start is counted: the start is behind it.
    for said, language in (
        ("A month after start-up, the Kerlouan biogas plant runs at full capacity", "en"),
        ("Six weeks after it opened, Agri-Méthane Armor's Kerlouan plant feeds 2,000 homes", "en"),
        (
            "Kerlouan : un mois après son raccordement, l'unité de méthanisation tourne sans "
            "incident",
            "fr",
        ),
    ):
        assert kind_of(said, BIOGAS, on=D(2025, 2, 3), language=language) == (
            EvidenceKind.FULFILMENT
        ), said
    # Not a start that was only planned, nor one another thing's ("the launch of the project").
    for said in (
        "Kerlouan biogas plant: six months after its scheduled start-up date, Agri-Méthane "
        "Armor is still testing",
        "Kerlouan biogas plant: two months after the launch of the project, Agri-Méthane Armor "
        "is still testing",
    ):
        assert kind_of(said, BIOGAS, on=D(2024, 6, 3)) != EvidenceKind.FULFILMENT, said


def test_its_first_users_taken_in_say_it_is_open():
    # A school's first pupils, a hospital's first patients: the thing is in use.
    for said, language in (
        ("First pupils walk into the new Glenard Community School building", "en"),
        ("Glenard Community School's new building now holds its first 600 pupils", "en"),
        (
            "Glenard Community School : les premiers élèves ont franchi les portes du nouveau "
            "bâtiment",
            "fr",
        ),
    ):
        assert kind_of(said, SCHOOL, on=D(2025, 9, 8), language=language) == (
            EvidenceKind.FULFILMENT
        ), said
    # Users yet to come are a plan.
    for said, language in (
        (
            "Kilmurry County Council says the Glenard Community School building will welcome "
            "its first pupils in September, as planned",
            "en",
        ),
        (
            "Le nouveau bâtiment de la Glenard Community School accueillera les premiers "
            "élèves en septembre, comme prévu",
            "fr",
        ),
    ):
        assert kind_of(said, SCHOOL, on=D(2025, 5, 6), language=language) == (
            EvidenceKind.PROGRESS
        ), said


def test_a_drop_said_as_a_possibility_is_a_hedged_denial():
    # "pourrait abandonner", "could abandon": the drop is in doubt, read as a denial for the
    # editor to judge, as "could be scrapped" is.
    for said, language in (
        ("Agri-Méthane Armor pourrait abandonner l'unité de méthanisation de Kerlouan", "fr"),
        ("Agri-Méthane Armor could abandon its Kerlouan biogas plant, investors say", "en"),
    ):
        assert kind_of(said, BIOGAS, on=D(2024, 6, 3), language=language) == (
            EvidenceKind.DENIAL
        ), said


def test_gas_sent_into_the_grid_is_the_plant_running():
    for said, language in (
        ("Kerlouan biogas plant starts injecting biomethane into the grid", "en"),
        (
            "Kerlouan : l'unité de méthanisation a injecté ses premiers mètres cubes de biométhane",
            "fr",
        ),
    ):
        assert kind_of(said, BIOGAS, on=D(2024, 11, 5), language=language) == (
            EvidenceKind.FULFILMENT
        ), said


def test_parts_arrived_on_site_are_a_step():
    # The plural present, as the singular "arrives at" was.
    assert kind_of(
        "Digesters for the Kerlouan biogas plant arrive at Agri-Méthane Armor's site",
        BIOGAS,
        on=D(2024, 3, 5),
    ) == (EvidenceKind.PROGRESS)


# --- The audit's invented set --------------------------------------------------------------

INVENTED = Path(__file__).parent / "data" / "news.invented36a.json"


def _invented_right(data: dict[str, Any]) -> int:
    """How many of the set's items get the labelled claim and kind (none for none), scored as
    tests.language.real_sets scores a news batch."""
    ledger = news_ledger(data)
    keys = {n: claim["key"] for n, claim in enumerate(data["claims"], 1)}
    right = 0
    for number, item in enumerate(data["items"]):
        original = f"{item['title']}\n{item['summary']}"
        text = ItemText(
            item_id=number,
            text=fold_words(original),
            published_on=D.fromisoformat(item["published"]),
            language=item["lang"],
            original=original,
        )
        found = rank_matches(candidates_python([text], ledger), threshold=0.6).get(number)
        best = found[0] if found else None
        if not item["claims"]:
            right += best is None
        else:
            right += (
                best is not None
                and keys[best.claim_id] in item["claims"]
                and (best.kind == item["kind"])
            )
    return right


def test_the_audits_invented_set_keeps_its_figure():
    # 320 invented items, labelled before the matcher read them: 197 right before round
    # 36a's rules, 220 after; 235 with round 36d's keywords written in the other language
    # (219 before them). The floor sits a little below.
    data = json.loads(INVENTED.read_text(encoding="utf-8"))
    assert len(data["items"]) == 320
    assert _invented_right(data) >= 230
