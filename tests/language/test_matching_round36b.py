"""The thirty-sixth round's rules on which claim an item is about (docs/news-watch.md, "The
claim side" and "The score"), each written as a specification on invented sentences about
made-up projects, none of them in the labelled sets: each fails without its rule.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from language.kinds import EvidenceKind
from language.matching import claim_profile, ledger_profiles
from tests.language.matching_specs import kind_of, profile

D = dt.date


# A ministry's promise of a reactor named after its site: the site's name is written in two
# of the keywords, with a head noun or a unit number, never alone.
BRENNAC = profile(
    promiser="Ministère de l'Énergie de Valdorie",
    aliases=("ministère valdorien de l'Énergie",),
    subject="Brennac nuclear power plant unit 1 put into commercial operation",
    keywords=[
        "Brennac unit 1",
        "centrale nucléaire de Brennac",
        "réacteur n°1",
        "commercial operation",
        "mise en service",
    ],
    category="energy",
    statement="The ministry says unit 1 of the Brennac nuclear plant will enter commercial "
    "operation by the end of 2023.",
    stated_on=D(2022, 3, 1),
    deadline_start=D(2023, 12, 1),
    deadline_end=D(2023, 12, 31),
)


def test_the_name_a_subject_shares_with_two_keywords_names_the_thing():
    # "Brennac" is written alone by the press ("Brennac 1", "the Brennac plant"), never as
    # the ledger's keywords have it; it is the place the plant is named after.
    assert "Brennac" in BRENNAC.thing_names
    assert kind_of(
        "Brennac 1 reaches criticality for the first time", BRENNAC, on=D(2023, 7, 14)
    ) == (EvidenceKind.PROGRESS)
    assert (
        kind_of(
            "La mise en service commerciale de la centrale de Brennac est reportée à 2025",
            BRENNAC,
            on=D(2023, 11, 2),
            language="fr",
        )
        == EvidenceKind.DELAY
    )


def test_a_shared_word_is_no_name_when_it_is_a_common_word_a_country_or_a_siblings():
    # A word the ledger also writes in lower case is a common word ("Harbour" beside
    # "harbour"); a country is a place of many things; a word two claims of the promiser
    # hold names neither.
    def things(*claims: dict[str, Any]) -> tuple[str, ...]:
        defaults = {"promiser_id": 1, "category": "launch", "stated_on": D(2020, 1, 1)}
        return ledger_profiles([claim_profile(**{**defaults, **c}) for c in claims])[0].thing_names

    station = {
        "claim_id": 1,
        "promiser": "Ferrovia",
        "aliases": (),
        "subject": "Central Station of Orlane rebuilt",
        "keywords": ["Orlane Central Station", "gare centrale d'Orlane", "Station works"],
        "statement": "Ferrovia rebuilds the station of Orlane.",
    }
    assert "Orlane" in things(station)
    common = {
        **station,
        "subject": "Completion of the Harbour",
        "keywords": ["Harbour extension works", "works in Harbour area"],
        "statement": "Ferrovia will complete the harbour.",
    }
    assert "Harbour" not in things(common)
    country = {
        "claim_id": 1,
        "promiser": "Ferrovia",
        "aliases": (),
        "subject": "High-speed line of Portugal completed",
        "keywords": ["Portugal high-speed line", "ligne à grande vitesse du Portugal"],
        "statement": "Ferrovia completes the line.",
    }
    assert "Portugal" not in things(country)
    sibling = {**station, "claim_id": 2, "subject": "Orlane depot", "keywords": ["Orlane depot"]}
    assert "Orlane" not in things(station, sibling)


def test_an_alias_the_subject_opens_with_names_the_thing_when_no_keyword_lists_it():
    # "Verdane Pay" is an alias of the bank, not among the claim's keywords: the subject,
    # opening with it before a comma, says it is the promised thing.
    pay = profile(
        promiser="Verdane",
        aliases=("Verdane SA", "Verdane Pay"),
        subject="Verdane Pay, Verdane's mobile wallet: launch to the public",
        keywords=["mobile wallet", "portefeuille mobile", "launch"],
        category="launch",
        statement="Verdane will open its mobile wallet, Verdane Pay, to the public in 2024.",
        stated_on=D(2023, 2, 1),
        deadline_start=D(2024, 1, 1),
        deadline_end=D(2024, 6, 30),
    )
    assert "Verdane Pay" in pay.thing_names
    assert (
        kind_of(
            "Verdane Pay : l'ouverture au public repoussée à l'automne 2024",
            pay,
            on=D(2024, 5, 3),
            language="fr",
        )
        == EvidenceKind.DELAY
    )


# An airport promised in phases: the claim is on the first.
SAUVELLE = profile(
    promiser="Sauvelle Airport Company",
    aliases=("SAC",),
    subject="Sauvelle International Airport, first phase opened to passengers",
    keywords=["Sauvelle International Airport", "Sauvelle airport", "first phase", "terminal"],
    category="airport",
    statement="The first phase of Sauvelle International Airport will open to passengers in 2024.",
    stated_on=D(2021, 5, 1),
    deadline_start=D(2024, 1, 1),
    deadline_end=D(2024, 12, 31),
)


def test_a_headline_on_another_numbered_part_is_about_that_part():
    # Phase II, the second phase, unit 2: another part of the thing than the claim's.
    for said in (
        "Sauvelle airport: land survey for phase II is under way",
        "Sauvelle airport: construction of the second phase is under way",
    ):
        assert kind_of(said, SAUVELLE, on=D(2023, 3, 2)) is None, said
    assert (
        kind_of(
            "Aéroport de Sauvelle : les travaux de la deuxième tranche sont en cours, "
            "l'aéroport Sauvelle International Airport s'agrandit",
            SAUVELLE,
            on=D(2023, 3, 2),
            language="fr",
        )
        is None
    )
    # The claim's own part, named beside the other, is still its news.
    assert kind_of(
        "Sauvelle airport: first phase construction under way as phase II is planned",
        SAUVELLE,
        on=D(2023, 3, 2),
    ) == (EvidenceKind.PROGRESS)


# A metro line promised from Bellerive to Corlay, its extension to Marsac a later project.
ORLANE_METRO = profile(
    promiser="Orlane Métropole",
    aliases=("Métropole d'Orlane",),
    subject="Orlane metro line A (Bellerive – Corlay) in service",
    keywords=["Orlane metro", "métro d'Orlane", "ligne A", "Bellerive", "Corlay"],
    category="metro line",
    statement="The Orlane metro line A will carry its first passengers between Bellerive and "
    "Corlay in 2023.",
    stated_on=D(2019, 1, 10),
    deadline_start=D(2023, 1, 1),
    deadline_end=D(2023, 12, 31),
)


def test_a_headline_on_an_extension_to_another_place_is_about_that_extension():
    for said, language in (
        ("Trial runs begin on the Orlane metro extension to Marsac", "en"),
        ("Métro d'Orlane : le prolongement de la ligne A à Marsac prendra du retard", "fr"),
        ("Orlane metro: the extension of line A towards Marsac Nord is delayed", "en"),
    ):
        assert kind_of(said, ORLANE_METRO, on=D(2024, 9, 2), language=language) is None, said
    # An extension to one of the claim's own places is the claim's; a month is no place.
    assert (
        kind_of(
            "Orlane metro: the extension to Corlay is delayed to 2025",
            ORLANE_METRO,
            on=D(2023, 9, 2),
        )
        == EvidenceKind.DELAY
    )
    assert (
        kind_of(
            "Orlane metro line A: Orlane Métropole grants the builder an extension to "
            "March 2025, a delay",
            ORLANE_METRO,
            on=D(2023, 9, 2),
        )
        == EvidenceKind.DELAY
    )
