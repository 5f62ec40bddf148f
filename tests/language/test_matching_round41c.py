"""Rules from round 41's third reading (the items about a claim that matched nothing, over
every readable batch; docs/news-watch.md, "Matching"). Each is written as a specification on
invented sentences about made-up projects, none of them in the labelled sets, and fails
without its rule.
"""

from __future__ import annotations

import datetime as dt

from language.kinds import EvidenceKind
from tests.language.matching_specs import kind_of, profile

D = dt.date

# Two governments promised the Varenne bridge over the river Lonne, open by the end of 2024.
BRIDGE = profile(
    promiser="Governments of Aldoria and Bellune",
    aliases=("Aldoria and Bellune", "les deux gouvernements"),
    subject="Varenne bridge over the Lonne between Aldoria and Bellune: open to traffic",
    keywords=["Varenne bridge", "pont de Varenne", "Lonne", "opening"],
    category="bridge",
    statement="The Varenne bridge over the Lonne is open to traffic.",
    stated_on=D(2021, 3, 1),
    deadline_start=D(2024, 12, 1),
    deadline_end=D(2024, 12, 31),
)


def test_a_thing_told_by_its_kind_and_place_in_the_other_language_names_the_thing():
    # "pont de Varenne" is the "Varenne bridge" in French: an item that names neither
    # government, only the bridge so written, is its news.
    assert "pont de Varenne" in BRIDGE.thing_names
    assert (
        kind_of(
            "Le pont de Varenne ouvert à la circulation\n"
            "Les premiers camions ont franchi l'ouvrage ce lundi matin.",
            BRIDGE,
            on=D(2024, 11, 18),
            language="fr",
        )
        == EvidenceKind.FULFILMENT
    )


# A sports council promised the new Regional Stadium of Corvane finished in 2023.
STADIUM = profile(
    promiser="Corvane Sports Council",
    aliases=("CSC",),
    subject="New Regional Stadium, Corvane: completion",
    keywords=["new Regional Stadium", "nouveau stade régional", "Corvane"],
    category="stadium",
    statement="The new Regional Stadium in Corvane is completed.",
    stated_on=D(2019, 6, 1),
    deadline_start=D(2023, 1, 1),
    deadline_end=D(2023, 12, 31),
)


def test_a_lower_case_keyword_with_the_things_words_in_the_other_language_names_it():
    # "nouveau stade régional": "new", "stadium" and "regional", the adjective after its
    # noun, all in lower case; the item names neither the council nor Corvane.
    assert "nouveau stade régional" in STADIUM.thing_names
    assert (
        kind_of(
            "Le nouveau stade régional ne sera pas prêt avant 2025\n"
            "Le chantier a pris dix-huit mois de retard, a reconnu le maître d'ouvrage.",
            STADIUM,
            on=D(2023, 5, 2),
            language="fr",
        )
        == EvidenceKind.DELAY
    )


# A cloud provider promised its data centres in France for the end of 2018.
CLOUD = profile(
    promiser="Nimbora",
    aliases=("Nimbora France", "Nimbora Cloud"),
    subject="Nimbora cloud datacenters in France",
    keywords=["datacenters", "Nimbora Cloud Region", "hébergement"],
    category="data centre",
    statement="Nimbora opens its cloud datacenters in France.",
    stated_on=D(2016, 10, 3),
    deadline_start=D(2018, 12, 1),
    deadline_end=D(2018, 12, 31),
)


def test_one_common_keyword_beside_the_promiser_in_the_things_country_is_enough():
    # "datacenters" alone is a common word; beside the promiser's name and "français", the
    # country the subject places the thing in, it is the claim's.
    assert (
        kind_of(
            "Nimbora ouvre ses datacenters français\n"
            "Les premiers clients y sont accueillis depuis lundi, a annoncé le groupe.",
            CLOUD,
            on=D(2018, 6, 4),
            language="fr",
        )
        is not None
    )


def test_the_country_in_the_promisers_own_name_places_nothing():
    # "Nimbora France" is the promiser's name: it says who spoke, not where the thing is.
    assert (
        kind_of(
            "Nimbora France ouvre ses datacenters\n"
            "Les premiers clients y sont accueillis depuis lundi, a annoncé le groupe.",
            CLOUD,
            on=D(2018, 6, 4),
            language="fr",
        )
        is None
    )
