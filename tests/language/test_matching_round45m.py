"""Mends after review of round 45's matcher rules (docs/news-watch.md, "Fulfilment or
progress"): three rules that reached too far. Each is a specification on invented sentences
about made-up projects, none of them in the labelled sets, and fails with the rule as it was.
"""

from __future__ import annotations

import datetime as dt

import pytest

from language.kinds import EvidenceKind
from tests.language.matching_specs import best, profile

D = dt.date

# A launcher promised its Perlin rocket's maiden flight by the end of 2026.
PERLIN = profile(
    promiser="Nimbrel Aerospace",
    aliases=("Nimbrel",),
    subject="Perlin rocket maiden flight",
    keywords=["Perlin", "Perlin rocket"],
    category="launch",
    statement="Nimbrel Aerospace's Perlin rocket makes its maiden flight by the end of 2026.",
    stated_on=D(2024, 2, 1),
    deadline_end=D(2026, 12, 31),
)

# A tram line promised by the end of June 2019, and a ferry promised by the end of 2021.
LIGNE_C = profile(
    promiser="Métropole de Vaudrel",
    aliases=("Vaudrel",),
    subject="Vaudrel tram line C opening",
    keywords=["ligne C", "tramway", "mise en service"],
    category="transport opening",
    statement="La ligne C du tramway de Vaudrel est mise en service.",
    stated_on=D(2018, 3, 1),
    deadline_end=D(2019, 6, 30),
)
OSKEL_FERRY = profile(
    promiser="Oskel Lines",
    aliases=("Oskel",),
    subject="Oskel electric ferry service",
    keywords=["Oskel", "electric ferry", "ferry service"],
    category="service launch",
    statement="Oskel Lines starts its electric ferry service.",
    stated_on=D(2020, 4, 1),
    deadline_end=D(2021, 12, 31),
)

# A smelter promised producing by 2027.
BRENNA = profile(
    promiser="Halvik Metals",
    aliases=("Halvik",),
    subject="Halvik Brenna aluminium smelter",
    keywords=["Brenna", "aluminium smelter"],
    category="industrial plant",
    statement="Halvik's Brenna aluminium smelter starts producing aluminium.",
    stated_on=D(2023, 1, 10),
    deadline_start=D(2027, 1, 1),
    deadline_end=D(2027, 12, 31),
)


# "2nd" and "3rd" beside a month are a day of it, not a second or third launch.
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Nimbrel's Perlin rocket reaches orbit in June 2nd launch\n"
            "The Perlin rocket made its maiden flight on Tuesday, Nimbrel Aerospace said.",
            EvidenceKind.FULFILMENT,
        ),
        (
            "Nimbrel Aerospace sets Nov. 3rd launch for Perlin rocket's maiden flight\n"
            "Nimbrel Aerospace said the Perlin rocket would lift off from its coastal pad.",
            EvidenceKind.PROGRESS,
        ),
        (
            "Nimbrel Aerospace sets 3rd October launch for Perlin rocket's maiden flight\n"
            "Nimbrel Aerospace said the Perlin rocket would lift off from its coastal pad.",
            EvidenceKind.PROGRESS,
        ),
    ],
)
def test_an_ordinal_day_beside_its_month_is_no_other_instance(text, kind):
    match = best(text, PERLIN, on=D(2026, 6, 3))
    assert match is not None and match.kind == kind


def test_a_second_launch_is_still_another_instance():
    text = (
        "Nimbrel Aerospace sets 2nd launch of Perlin rocket\n"
        "Nimbrel Aerospace said the Perlin rocket would fly again from its coastal pad."
    )
    assert best(text, PERLIN, on=D(2026, 6, 3)) is None


# The first plan's words end at the verb that moves it: the date after that verb is the new
# one, with or without commas around the first plan.
def test_a_first_plan_without_commas_leaves_the_new_date_french():
    text = "La mise en service de la ligne C initialement prévue le 30 juin repoussée au 2 octobre"
    match = best(text, LIGNE_C, on=D(2019, 6, 20), language="fr")
    assert match is not None and match.kind == EvidenceKind.DELAY
    assert (match.proposed_start, match.proposed_end) == (D(2019, 10, 2), D(2019, 10, 2))


@pytest.mark.parametrize(
    "text",
    [
        "Oskel electric ferry service originally planned for December delayed to April 2022",
        "Oskel electric ferry service initially set for this year postponed to April 2022",
        "Oskel electric ferry service, originally planned for December, delayed to April 2022",
    ],
)
def test_a_first_plan_without_commas_leaves_the_new_date(text):
    match = best(text, OSKEL_FERRY, on=D(2021, 11, 2))
    assert match is not None and match.kind == EvidenceKind.DELAY
    assert (match.proposed_start, match.proposed_end) == (D(2022, 4, 1), D(2022, 4, 30))


# A go-ahead is a means only as the completion verb's object: one after a preposition
# ("completed after environmental clearance") says when, and the thing is done.
@pytest.mark.parametrize(
    "text",
    [
        "Halvik's Brenna aluminium smelter completed after environmental clearance",
        "Halvik's Brenna aluminium smelter completed despite late certification",
    ],
)
def test_a_go_ahead_after_a_preposition_is_no_means(text):
    match = best(text, BRENNA, on=D(2027, 4, 2))
    assert match is not None and match.kind == EvidenceKind.FULFILMENT


def test_a_go_ahead_as_the_object_is_still_a_means():
    text = "Regulator grants environmental clearance to Halvik's Brenna aluminium smelter"
    match = best(text, BRENNA, on=D(2027, 4, 2))
    assert match is None or match.kind != EvidenceKind.FULFILMENT
