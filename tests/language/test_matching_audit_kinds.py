"""Rules on the kinds of news an audit of invented items asked for (outcomes in words the
lists lacked, a means obtained told from the thing, polarity, which state wins, a go-ahead
withdrawn), each written as a specification on invented sentences about made-up projects,
none of them in the labelled sets: each fails without its rule.
"""

from __future__ import annotations

import datetime as dt

from language.kinds import EvidenceKind
from tests.language.matching_specs import FERRY, kind_of, profile

D = dt.date

# A law promised to apply from a day.
ROAD_LAW = profile(
    promiser="Estoria",
    aliases=("Estorian government", "Ministry of Roads"),
    subject="Quiet Roads Act",
    keywords=["Quiet Roads Act", "loi sur les routes calmes"],
    category="law",
    statement="The Quiet Roads Act applies from 1 March 2027.",
    deadline_start=D(2027, 3, 1),
    deadline_end=D(2027, 3, 1),
)


def test_a_law_undone_or_a_project_abandoned_is_a_denial():
    # A law repealed, struck down or said never to apply is the promise dropped, as the
    # English noun "the abandonment of" is, like the French "l'abandon de".
    for said, language in (
        ("Parliament repeals the Quiet Roads Act", "en"),
        ("Judges struck down the Quiet Roads Act on Monday", "en"),
        ("The Quiet Roads Act will never apply, the ministry says", "en"),
        ("Estoria : la loi sur les routes calmes est abrogée", "fr"),
        ("Estoria : la loi sur les routes calmes n'entrera pas en vigueur", "fr"),
        ("Estoria confirms the abandonment of the Quiet Roads Act", "en"),
    ):
        assert kind_of(said, ROAD_LAW, on=D(2026, 5, 2), language=language) == (
            EvidenceKind.DENIAL
        ), said


# A battery plant promised to produce its first cells.
CELL_PLANT = profile(
    promiser="Voltacel",
    aliases=("Voltacel SA",),
    subject="Usine de batteries de Sarlonne",
    keywords=["usine de batteries", "Sarlonne", "gigafactory"],
    category="factory",
    statement="Voltacel's Sarlonne battery plant produces its first cells.",
    deadline_start=D(2026, 1, 1),
    deadline_end=D(2026, 12, 31),
)


def test_in_force_since_a_day_reached_is_done():
    # A law "in force since" a day gone by, or that "applies since" it, is in force now.
    for said, language in (
        ("The Quiet Roads Act, in force since Tuesday, caps speeds in villages", "en"),
        ("Estoria : la loi sur les routes calmes s'applique depuis le 1er mars", "fr"),
        ("Estoria : la loi sur les routes calmes est en vigueur depuis lundi", "fr"),
    ):
        assert kind_of(said, ROAD_LAW, on=D(2027, 3, 4), language=language) == (
            EvidenceKind.FULFILMENT
        ), said
    # Every tense of "sortir des chaînes" is the first of a line produced.
    assert (
        kind_of(
            "Sarlonne : les premières cellules de Voltacel sont sorties des chaînes de "
            "l'usine de batteries",
            CELL_PLANT,
            on=D(2026, 6, 4),
            language="fr",
        )
        == EvidenceKind.FULFILMENT
    )


def test_a_delay_noun_with_its_length_puts_back_the_completion_after_it():
    # "le report d'un an du démarrage": the start of production is what is put back, not done.
    assert (
        kind_of(
            "Voltacel : le report d'un an du démarrage de la production de l'usine de "
            "batteries de Sarlonne inquiète les salariés",
            CELL_PLANT,
            on=D(2025, 9, 4),
            language="fr",
        )
        == EvidenceKind.DELAY
    )


def test_a_delay_noun_negated_by_its_determiner_is_no_delay():
    # "aucun report n'est envisagé": no delay, the plan is kept (as "no delay" reads).
    said = (
        "Usine de batteries de Sarlonne : « aucun report n'est envisagé », assure Voltacel, "
        "qui confirme la production comme prévu fin 2026"
    )
    assert kind_of(said, CELL_PLANT, on=D(2025, 9, 4), language="fr") == EvidenceKind.PROGRESS


def test_any_delay_noun_after_despite_is_background():
    # "despite a setback", "malgré le décalage": a concession, the news is the rest.
    for said, language in (
        ("Voltacel's Sarlonne battery plant stays on track despite a setback", "en"),
        ("L'usine de batteries de Sarlonne reste dans les délais malgré un décalage", "fr"),
    ):
        assert kind_of(said, CELL_PLANT, on=D(2025, 9, 4), language=language) == (
            EvidenceKind.PROGRESS
        ), said


def test_keeping_to_its_time_in_any_person_is_on_track():
    # "nous tiendrons nos délais", "respecte le calendrier": the time kept, said by anyone.
    for said in (
        "Usine de batteries de Sarlonne : « nous tiendrons nos délais », dit Voltacel",
        "Voltacel : l'usine de batteries de Sarlonne respecte le calendrier",
    ):
        assert kind_of(said, CELL_PLANT, on=D(2025, 9, 4), language="fr") == (
            EvidenceKind.PROGRESS
        ), said


def test_a_means_obtained_is_a_step():
    # A connection, an approval, subsidies or the structural works are means to the plant,
    # not the plant producing; a ferry launched at its yard is its hull afloat.
    for said, language in (
        ("Voltacel secures grid connection for its Sarlonne battery plant", "en"),
        (
            "Brussels granted approval for 800 million in subsidies to Voltacel's Sarlonne "
            "battery plant",
            "en",
        ),
        ("Voltacel : le gros œuvre de l'usine de batteries de Sarlonne achevé", "fr"),
    ):
        assert kind_of(said, CELL_PLANT, on=D(2025, 9, 4), language=language) == (
            EvidenceKind.PROGRESS
        ), said
    assert (
        kind_of("Inverkyle's new ferry MV Loch Tarra launched at the yard", FERRY, on=D(2022, 5, 2))
        == EvidenceKind.PROGRESS
    )


CHARGERS = profile(
    promiser="Ampera",
    aliases=("Ampera Mobility",),
    subject="Ampera fast-charging network",
    keywords=["fast-charging", "charging stations"],
    category="infrastructure",
    statement="Ampera opens 400 fast-charging stations by the end of 2026.",
    deadline_start=D(2026, 12, 31),
    deadline_end=D(2026, 12, 31),
)
SWARM = profile(
    promiser="Stellaro",
    aliases=("Stellaro Space",),
    subject="Nimbus constellation",
    keywords=["Nimbus constellation", "constellation"],
    category="launch",
    statement="Stellaro completes its Nimbus constellation of 12 satellites.",
    deadline_start=D(2027, 1, 1),
    deadline_end=D(2027, 12, 31),
)


def test_a_count_short_of_the_promise_is_a_step_the_last_of_it_the_whole():
    # The 150th station of 400 promised is a step; the last satellites, all 12 in orbit, the
    # constellation complete.
    assert (
        kind_of("Ampera opens its 150th fast-charging station", CHARGERS, on=D(2025, 6, 2))
        == EvidenceKind.PROGRESS
    )
    assert (
        kind_of(
            "Stellaro completes its Nimbus constellation: with the launch of the last four "
            "satellites, all 12 are now in orbit",
            SWARM,
            on=D(2027, 6, 2),
        )
        == EvidenceKind.FULFILMENT
    )


def test_the_later_state_wins_a_pause_then_a_drop():
    # "met en pause puis abandonne", "paused, then scrapped": the drop came last.
    for said, language in (
        ("Voltacel met en pause puis abandonne son usine de batteries de Sarlonne", "fr"),
        ("Voltacel paused, then scrapped its Sarlonne battery plant", "en"),
    ):
        assert kind_of(said, CELL_PLANT, on=D(2025, 9, 4), language=language) == (
            EvidenceKind.DENIAL
        ), said
    # A pause alone stays a delay.
    assert (
        kind_of(
            "Voltacel met en pause son usine de batteries de Sarlonne",
            CELL_PLANT,
            on=D(2025, 9, 4),
            language="fr",
        )
        == EvidenceKind.DELAY
    )


def test_a_go_ahead_refused_by_a_third_party_is_no_step():
    # A permit revoked holds the plant up: no step, a delay.
    assert (
        kind_of(
            "Regulator revokes the building permit of Voltacel's Sarlonne battery plant",
            CELL_PLANT,
            on=D(2025, 9, 4),
        )
        == EvidenceKind.DELAY
    )
    # Read with what follows: a drop said after it decides.
    assert (
        kind_of(
            "The grid operator refused the grid connection of the Sarlonne battery plant; "
            "Voltacel said the plant could not go ahead",
            CELL_PLANT,
            on=D(2025, 9, 4),
        )
        == EvidenceKind.DENIAL
    )


def test_a_date_after_later_than_is_past_the_window():
    # "later than 2026", for a plant promised in 2026, is after the window: a delay.
    assert (
        kind_of(
            "Voltacel says its Sarlonne battery plant could start production later than 2026",
            CELL_PLANT,
            on=D(2025, 9, 4),
        )
        == EvidenceKind.DELAY
    )


def test_a_hedged_negated_completion_with_a_date_is_a_risk_of_lateness():
    # "pourrait ne pas démarrer en 2026", "risque de glisser", "may not open in 2026".
    for said, language in (
        ("L'usine de batteries de Sarlonne pourrait ne pas démarrer en 2026", "fr"),
        ("Voltacel : la production de l'usine de batteries de Sarlonne risque de glisser", "fr"),
        ("Voltacel's Sarlonne battery plant may not open in 2026", "en"),
    ):
        assert kind_of(said, CELL_PLANT, on=D(2025, 9, 4), language=language) == (
            EvidenceKind.DELAY
        ), said


def test_a_completion_noun_with_a_verdict_is_done():
    # "la mise en service ... saluée", "l'ouverture ..., un succès", "successful launch".
    for said, language in (
        ("Sarlonne : la mise en service de l'usine de batteries saluée par les élus", "fr"),
        ("Voltacel : l'ouverture de l'usine de batteries de Sarlonne, un succès", "fr"),
        ("Voltacel celebrates successful opening of its Sarlonne battery plant", "en"),
    ):
        assert kind_of(said, CELL_PLANT, on=D(2026, 9, 4), language=language) == (
            EvidenceKind.FULFILMENT
        ), said
    # Said ahead, it is no verdict.
    assert (
        kind_of(
            "Voltacel : l'ouverture de l'usine de batteries de Sarlonne sera un succès",
            CELL_PLANT,
            on=D(2025, 9, 4),
            language="fr",
        )
        != EvidenceKind.FULFILMENT
    )


def test_coming_into_force_in_the_present_is_done():
    # The headline's present: "comes into force", "entre en vigueur", on the day.
    for said, language in (
        ("Estoria's Quiet Roads Act comes into force", "en"),
        ("Estoria : la loi sur les routes calmes entre en vigueur", "fr"),
    ):
        assert kind_of(said, ROAD_LAW, on=D(2027, 3, 1), language=language) == (
            EvidenceKind.FULFILMENT
        ), said
    # With a day months ahead, it is the plan.
    assert (
        kind_of(
            "Estoria : la loi sur les routes calmes entre en vigueur le 1er mars 2027",
            ROAD_LAW,
            on=D(2026, 10, 1),
            language="fr",
        )
        != EvidenceKind.FULFILMENT
    )


def test_a_headline_participle_before_its_colon_is_done():
    # "généralisée : ce qui change" tells the extension done, as "a été généralisée" does.
    assert (
        kind_of(
            "Estoria : la loi sur les routes calmes généralisée : ce qui change pour vous",
            ROAD_LAW,
            on=D(2027, 3, 4),
            language="fr",
        )
        == EvidenceKind.FULFILMENT
    )


def test_a_date_in_an_aside_dates_its_own_participle():
    # "delayed in 2024 by a strike" dates the delay; the main verb is today's news.
    assert (
        kind_of(
            "The Sarlonne battery plant of Voltacel, delayed in 2024 by a long strike, started "
            "production on Monday",
            CELL_PLANT,
            on=D(2026, 6, 4),
        )
        == EvidenceKind.FULFILMENT
    )
    # An aside that opens on no participle still dates the verb: "le 13 avril 2007".
    assert (
        kind_of(
            "Il y a dix ans, le 13 avril 2012, l'usine de batteries de Sarlonne de Voltacel "
            "démarrait sa production",
            CELL_PLANT,
            on=D(2026, 6, 4),
            language="fr",
        )
        != EvidenceKind.FULFILMENT
    )


ARENA = profile(
    promiser="Ville de Brenac",
    aliases=("Brenac",),
    subject="Stade du Moulin",
    keywords=["Stade du Moulin", "stade"],
    category="launch",
    statement="La Ville de Brenac livrera le nouveau Stade du Moulin en juin 2026.",
    deadline_start=D(2026, 6, 1),
    deadline_end=D(2026, 6, 30),
)


def test_a_building_promised_delivered_is_done_when_inaugurated():
    # Delivering a building is finishing and opening it: "inauguré" is the thing done.
    assert (
        kind_of(
            "Brenac : le nouveau Stade du Moulin a été inauguré samedi devant 9 000 spectateurs",
            ARENA,
            on=D(2026, 6, 22),
            language="fr",
        )
        == EvidenceKind.FULFILMENT
    )
    # So is a work promised "built and delivered".
    quay = profile(
        promiser="Port de Brenac",
        aliases=("Brenac",),
        subject="Nouveau quai de Brenac",
        keywords=["nouveau quai", "quai de Brenac"],
        category="port",
        statement="The new Brenac quay is built and delivered.",
        deadline_start=D(2026, 1, 1),
        deadline_end=D(2026, 12, 31),
    )
    assert (
        kind_of(
            "Le nouveau quai de Brenac a été inauguré samedi par le maire",
            quay,
            on=D(2026, 6, 4),
            language="fr",
        )
        == EvidenceKind.FULFILMENT
    )


def test_an_ordinal_in_words_short_of_the_promise_is_a_step():
    # "its hundredth station", "sa centième", for 400 promised: a step, as "its 100th" is.
    assert (
        kind_of("Ampera opens its hundredth fast-charging station", CHARGERS, on=D(2025, 6, 2))
        == EvidenceKind.PROGRESS
    )


def test_production_started_with_its_kind_between_is_done():
    # "starts series production" is "starts production"; a trial run stays a step.
    for said in (
        "Voltacel's Sarlonne battery plant starts series production",
        "Voltacel's Sarlonne battery plant begins full-scale production",
    ):
        assert kind_of(said, CELL_PLANT, on=D(2026, 6, 4)) == EvidenceKind.FULFILMENT, said
    assert (
        kind_of(
            "Voltacel's Sarlonne battery plant starts trial production",
            CELL_PLANT,
            on=D(2026, 6, 4),
        )
        != EvidenceKind.FULFILMENT
    )
