"""Rules from round 39's second pass, reading the news of dev-blind67 (docs/news-watch.md,
"Matching"). Each is written as a specification on invented sentences about made-up
projects, none of them in the labelled sets, and fails without its rule.
"""

from __future__ import annotations

import datetime as dt

from language.kinds import EvidenceKind
from tests.language.matching_specs import kind_of, profile

D = dt.date

# A postal operator that promised to stop selling its blue stamp on 1 March 2024.
BLUE_STAMP = profile(
    promiser="Postalis",
    aliases=(),
    subject="Postalis: end of the blue stamp (lettre express), replaced by an online letter",
    keywords=["timbre bleu", "lettre express", "Postalis", "fin du timbre bleu"],
    category="service change",
    statement="Postalis stops selling the blue stamp and replaces it with an online letter.",
    stated_on=D(2023, 6, 1),
    deadline_start=D(2024, 3, 1),
    deadline_end=D(2024, 3, 1),
)


def test_a_thing_said_to_have_retired_has_ended():
    # "A pris sa retraite" tells the end the claim promises: its fulfilment.
    assert kind_of(
        "Adieu au timbre bleu\n"
        "Depuis le 1er mars, le timbre bleu de Postalis a pris sa retraite après un siècle de "
        "service.",
        BLUE_STAMP,
        on=D(2024, 3, 12),
        language="fr",
    ) == (EvidenceKind.FULFILMENT)


def test_a_thing_said_to_have_disappeared_or_to_be_no_more_has_ended():
    assert kind_of(
        "Fin du timbre bleu : les clients perplexes\n"
        "Le timbre bleu, qui servait à envoyer une lettre express, a disparu des guichets.",
        BLUE_STAMP,
        on=D(2024, 3, 9),
        language="fr",
    ) == (EvidenceKind.FULFILMENT)
    assert kind_of(
        "Postalis: the blue stamp is no more\n"
        "The timbre bleu, used for the lettre express since 1925, is no more, Postalis said.",
        BLUE_STAMP,
        on=D(2024, 3, 9),
    ) == (EvidenceKind.FULFILMENT)


def test_an_end_word_says_nothing_of_a_claim_that_promises_no_end():
    # The same words for a claim that promises a new thing are no fulfilment of it.
    kiosk = profile(
        promiser="Postalis",
        aliases=(),
        subject="Postalis parcel kiosks in every town hall",
        keywords=["bornes colis", "Postalis"],
        category="service change",
        statement="Postalis installs parcel kiosks in every town hall.",
        stated_on=D(2023, 6, 1),
        deadline_start=D(2024, 3, 1),
        deadline_end=D(2024, 3, 1),
    )
    assert kind_of(
        "Postalis : les bornes colis\nL'ancienne borne colis de Postalis a disparu de la mairie.",
        kiosk,
        on=D(2024, 3, 9),
        language="fr",
    ) != (EvidenceKind.FULFILMENT)


# A water board's programme to convert every street to smart meters within five years.
METERS = profile(
    promiser="Aquaval",
    aliases=(),
    subject="Aquaval: every home of the valley switched to smart water meters",
    keywords=["smart meters", "compteurs intelligents", "Aquaval", "meter programme"],
    category="infrastructure",
    statement="Every home of the valley has a smart water meter.",
    stated_on=D(2022, 1, 10),
    deadline_start=None,
    deadline_end=D(2026, 12, 31),
)


def test_a_programme_being_suspended_is_a_delay():
    # The progressive "is suspending" tells the pause as "has suspended" does.
    assert kind_of(
        "Aquaval temporarily suspending smart meters programme\n"
        "Aquaval is temporarily suspending the installation of smart meters while it reviews "
        "its contractor.",
        METERS,
        on=D(2023, 4, 2),
    ) == (EvidenceKind.DELAY)


def test_a_programme_well_advanced_is_progress():
    # "Le programme a bien avancé": far along, progress, with no other word of it.
    assert kind_of(
        "Compteurs intelligents : où en est Aquaval ?\n"
        "Aujourd'hui, le programme a bien avancé : Aquaval a posé des compteurs intelligents "
        "dans douze communes sur dix-huit.",
        METERS,
        on=D(2024, 5, 2),
        language="fr",
    ) == (EvidenceKind.PROGRESS)


# A studio's game promised within twelve months of March 2023.
GAME = profile(
    promiser="Studio Lanterne",
    aliases=(),
    subject="Ombres de Vellac (video game): release",
    keywords=["Ombres de Vellac", "Studio Lanterne", "sortie", "date de sortie"],
    category="product launch",
    statement="Ombres de Vellac is released.",
    stated_on=D(2023, 3, 1),
    deadline_start=None,
    deadline_end=D(2024, 3, 1),
)


def test_a_game_said_to_be_out_in_french_is_released():
    # "Est sorti", with nothing after it of a place it came out of: the release.
    assert kind_of(
        "Ombres de Vellac fait sauter les serveurs\n"
        "Maintenant qu'Ombres de Vellac est sorti, les joueurs se sont rués sur les boutiques "
        "en ligne.",
        GAME,
        on=D(2024, 2, 20),
        language="fr",
    ) == (EvidenceKind.FULFILMENT)


def test_out_of_a_place_is_no_release():
    # "Est sortie d'usine", "est sorti de terre": out of a place, not put out; nothing here
    # says the game is released.
    assert kind_of(
        "Ombres de Vellac : la boîte collector\n"
        "La première boîte collector d'Ombres de Vellac est sortie d'usine vendredi, à "
        "Angoulême.",
        GAME,
        on=D(2023, 9, 20),
        language="fr",
    ) != (EvidenceKind.FULFILMENT)


def test_not_about_to_come_out_is_a_delay():
    # "N'est pas près de sortir": not soon, the release late.
    assert kind_of(
        "Ombres de Vellac n'est pas près de sortir, selon Studio Lanterne\n"
        "Le studio ne donne plus de date pour la sortie du jeu.",
        GAME,
        on=D(2023, 11, 4),
        language="fr",
    ) == (EvidenceKind.DELAY)


def test_pushed_out_of_its_release_window_is_a_delay():
    # The window named is the one left, though it is already under way when the item is
    # read: no date gone by that the game was moved to.
    assert kind_of(
        "Studio Lanterne: news of Ombres de Vellac\n"
        "Studio Lanterne said it will push Ombres de Vellac out of its early 2024 release "
        "window.",
        GAME,
        on=D(2024, 2, 10),
    ) == (EvidenceKind.DELAY)


# A ministry's promise to complete a tidal barrier by the end of 2025.
BARRIER = profile(
    promiser="Ministère de la Mer de Corvanie",
    aliases=("gouvernement corvanien",),
    subject="Barrière mobile de Portalbe: achèvement du projet",
    keywords=["Barrière de Portalbe", "Portalbe", "digues mobiles", "achèvement"],
    category="infrastructure",
    statement="The Portalbe mobile barrier is completed.",
    stated_on=D(2021, 5, 3),
    deadline_start=None,
    deadline_end=D(2025, 12, 31),
)


def test_an_instance_word_that_qualifies_a_test_is_the_tests():
    # "Dernier" qualifies the test ("dernier test"), not the barrier: a test of the claim's
    # barrier, progress, not news of another barrier.
    assert kind_of(
        "Portalbe : dernier test concluant\n"
        "Les caissons se sont dressés puis ont regagné le fond, a annoncé le gouvernement "
        "corvanien.",
        BARRIER,
        on=D(2024, 1, 22),
        language="fr",
    ) == (EvidenceKind.PROGRESS)
