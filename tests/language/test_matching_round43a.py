"""Rules from round 43's reading of the claim-wrong news misses (docs/news-watch.md,
"Matching"). Each is written as a specification on invented sentences about made-up projects,
none of them in the labelled sets, and fails without its rule.
"""

from __future__ import annotations

import datetime as dt

from tests.language.matching_specs import best, profile

D = dt.date

# A vaccine maker promised its plant in Orvel, a town its subject places in no country; the
# claim's keywords say the vaccines are made in Canada.
VACCINE_PLANT = profile(
    promiser="Velmora Bio",
    aliases=("Velmora",),
    subject="Velmora Bio mRNA vaccine plant in Orvel: operational",
    keywords=["Orvel", "usine de vaccins", "vaccine plant", "made-in-Canada vaccines"],
    category="factory",
    statement="Velmora Bio's vaccine plant in Orvel is operational and making vaccines.",
    stated_on=D(2021, 8, 10),
    deadline_start=D(2024, 1, 1),
    deadline_end=D(2024, 12, 31),
)

# A battery maker promised two gigafactories; only its statement names their countries.
GIGAFACTORIES = profile(
    promiser="Cellora",
    aliases=("Cellora Batteries",),
    subject="Cellora Brandt and Solvino gigafactories",
    keywords=["Brandt", "Solvino", "gigafactory", "usines de batteries"],
    category="factory",
    statement="Cellora builds its gigafactories in Brandt (Germany) and Solvino (Italy).",
    stated_on=D(2022, 3, 1),
    deadline_start=D(2026, 1, 1),
    deadline_end=D(2026, 12, 31),
)


def test_a_plant_in_another_country_than_the_keywords_give_is_another_plant():
    # The subject names a town, no country; the keywords place the vaccines in Canada. An
    # item on the maker's plant in Australia, in the claim's common words only, is news of
    # that other plant.
    assert (
        best(
            "Velmora Bio va ouvrir une usine de vaccins en Australie\n"
            "Le laboratoire a annoncé lundi l'ouverture d'une usine de vaccins à Melbourne, "
            "dont la construction commencera cet été.",
            VACCINE_PLANT,
            on=D(2022, 6, 13),
            language="fr",
        )
        is None
    )


def test_a_plant_in_the_country_the_keywords_give_is_still_the_claims():
    found = best(
        "Velmora Bio : la construction de son usine de vaccins au Canada a commencé\n"
        "Le chantier de l'usine de vaccins a débuté cette semaine.",
        VACCINE_PLANT,
        on=D(2022, 6, 13),
        language="fr",
    )
    assert found is not None


def test_a_gigafactory_in_a_country_the_statement_does_not_give_is_another():
    # The statement places the promised plants in Germany and Italy: one inaugurated in
    # France is another of the maker's plants.
    assert (
        best(
            "Cellora : la gigafactory de batteries inaugurée en France\n"
            "La première usine française de batteries de Cellora est inaugurée ce mardi.",
            GIGAFACTORIES,
            on=D(2023, 5, 30),
            language="fr",
        )
        is None
    )


def test_a_gigafactory_in_a_country_the_statement_gives_is_the_claims():
    found = best(
        "Cellora : les travaux de la gigafactory en Allemagne ont commencé\n"
        "Le chantier de l'usine de batteries a débuté cette semaine.",
        GIGAFACTORIES,
        on=D(2023, 5, 30),
        language="fr",
    )
    assert found is not None
