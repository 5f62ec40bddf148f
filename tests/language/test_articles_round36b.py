"""The thirty-sixth round's second pass (docs/article-import.md, "Round 36, second pass"):
constructions that say an organisation plans a thing, which the importer did not read as
commitments. One behaviour per test; the sentences are invented, in the shape real articles
take, and each test fails without its rule.
"""

from __future__ import annotations

import datetime as dt

from tests.language.article_ledgers import read

Y = dt.date
HALDEN = "Halden Transit"


# --- An owner's ambitions and programmes ----------------------------------------------------


def test_an_owners_ambitions_in_the_plural_are_its_aim():
    text = "The deal supports Halden Transit's ambitions to open twelve new depots by 2027."
    assert read.found(text) == [(None, Y(2027, 12, 31), HALDEN)]


def test_an_owners_programme_to_do_a_thing_is_its_plan():
    text = "The order is part of Halden Transit's wider programme to replace forty buses by 2026."
    assert read.found(text) == [(None, Y(2026, 12, 31), HALDEN)]


# --- A French thing "à + infinitive" with its date --------------------------------------------


def test_a_thing_to_be_done_with_its_date_is_a_plan():
    for text, window in (
        (
            "Halden Transit a présenté son plan en trois volets. Les mesures prioritaires à "
            "mettre en œuvre avant la fin de l'année 2024 ; les mesures de moyen terme pour 2025.",
            (None, Y(2024, 12, 31)),
        ),
        (
            "Halden Transit a remporté le marché. Soit 40 nouvelles rames à livrer sur six ans.",
            (None, Y(2030, 6, 14)),
        ),
    ):
        assert read.found(text, language="fr") == [(*window, HALDEN)], text


def test_a_thing_to_be_done_does_not_reach_past_a_semicolon():
    text = (
        "Halden Transit a présenté son plan. Les actions à mener au plus tard le 30 septembre "
        "2024 ; les actions envisageables au cours du second semestre 2025."
    )
    assert read.windows(text, language="fr") == [(None, Y(2024, 9, 30))]


def test_what_is_left_to_do_is_a_count_not_a_plan():
    text = (
        "Halden Transit a fait le point. Il reste plus de 30 rames à livrer dans la seconde "
        "moitié du mois."
    )
    assert read.windows(text, language="fr") == []


def test_a_thing_to_be_done_inside_a_fronted_participle_describes_the_subject():
    text = (
        "Halden Transit a présenté sa stratégie. Organisée autour d'actions à mener sur une "
        "période de trois à cinq ans, cette stratégie met l'accent sur la sécurité."
    )
    assert read.windows(text, language="fr") == []


def test_a_verb_that_governs_a_is_no_thing_to_be_done():
    # "continue à livrer" says what goes on, the verb's own construction; it is no plan
    # named by "à" after its noun.
    text = "Halden Transit continue à livrer des rames à ses voisins en 2025."
    assert read.windows(text, language="fr") == []


# --- Verbless items -----------------------------------------------------------------------


def test_operational_before_its_date_is_a_verbless_plan():
    text = (
        "Halden Transit agrandit son dépôt. Opérationnel en 2026, le nouveau bâtiment "
        "accueillera cent bus."
    )
    assert read.windows(text, language="fr") == [(Y(2026, 1, 1), Y(2026, 12, 31))]


def test_operational_in_the_world_is_no_date():
    text = (
        "Halden Transit ouvrira un atelier. Le réacteur aurait été le premier opérationnel au "
        "monde, suivi par un second en 2026."
    )
    assert read.windows(text, language="fr") == []


def test_available_before_a_season_is_a_verbless_plan():
    text = (
        "Halden Transit agrandit son dépôt. Extension du dépôt : les places disponibles avant "
        "l'été."
    )
    assert read.windows(text, language="fr") == [(None, Y(2025, 5, 31))]


def test_a_verbless_action_may_be_dated_by_the_year_or_a_season_without_a_figure():
    for text, window in (
        (
            "Halden Transit rénove la gare de Brenne pour 4 millions d'euros. Livraison avant "
            "la fin de l'année.",
            (None, Y(2024, 12, 31)),
        ),
        (
            "Halden Transit ferme le musée du tramway. Fermeture des portes jusqu'au printemps "
            "prochain pour le musée.",
            (None, Y(2025, 5, 31)),
        ),
    ):
        assert read.windows(text, language="fr") == [window], text


# --- Where a date stands ------------------------------------------------------------------


def test_a_time_set_off_by_commas_before_the_verb_is_the_verbs():
    text = (
        "Halden Transit says its rollout will have three phases. Phase 2, in 2025, will add "
        "twelve stations."
    )
    assert read.windows(text) == [(Y(2025, 1, 1), Y(2025, 12, 31))]


# --- What an organisation speaks of -------------------------------------------------------


def test_a_time_an_organisation_speaks_of_is_what_it_expects():
    text = "Halden Transit parle désormais d'un lancement début 2025 pour sa ligne de nuit."
    drafts = read.dated_drafts(text, language="fr")
    assert [(d.start, d.end, d.promiser_name, d.strength) for d in drafts] == [
        (Y(2025, 1, 1), Y(2025, 4, 30), HALDEN, "expects")
    ]
