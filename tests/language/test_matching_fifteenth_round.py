"""The fifteenth round's rules (docs/news-watch.md, "Fifteenth round"), each written as a
specification on invented sentences: a made-up air taxi, arena, orbital capsule, observatory,
tram cooperative, subsea cable, health portal and lunar lander, none of them in the labelled
sets."""

from __future__ import annotations

import datetime as dt

from language.kinds import EvidenceKind
from tests.language.matching_specs import best, kind_of, profile

D = dt.date


# --- "Not yet" is not done, no plan -----------------------------------------------------------

SKYHOP = profile(
    promiser="Aerolis",
    aliases=("Aerolis GmbH",),
    subject="Skyhop air taxi type certificate",
    keywords=["Skyhop", "certification", "certificat de type", "air taxi", "taxi aérien"],
    category="aircraft certification",
    statement="Aerolis obtains the type certificate for its Skyhop air taxi.",
    deadline_start=D(2025, 1, 1),
    deadline_end=D(2025, 3, 31),
)


def test_not_yet_obtained_after_the_deadline_is_a_delay():
    said = (
        "Aerolis : pas de passagers à bord cet été\n"
        "Le Skyhop n'a pas encore obtenu la certification de l'agence européenne. "
        "La certification est désormais espérée fin 2025."
    )
    match = best(said, SKYHOP, on=D(2025, 5, 2), language="fr")
    assert match is not None and match.kind == EvidenceKind.DELAY
    assert (match.proposed_start, match.proposed_end) == (D(2025, 9, 1), D(2025, 12, 31))
    english = "Aerolis says the Skyhop has not yet obtained its certification"
    assert kind_of(english, SKYHOP, on=D(2025, 5, 2)) == EvidenceKind.DELAY
    # Before the deadline, not yet done is no news.
    assert best(said, SKYHOP, on=D(2025, 2, 2), language="fr") is None


# --- "Will never see the light of day" --------------------------------------------------------

ARENA = profile(
    promiser="Fédération de volley",
    aliases=("FFVB-X",),
    subject="Grande Arène de Volley at Montlouvet",
    keywords=["Grande Arène", "Montlouvet", "arène de volley"],
    category="stadium",
    statement="The volleyball federation's Grande Arène at Montlouvet opens.",
    deadline_start=D(2024, 1, 1),
    deadline_end=D(2024, 12, 31),
)


def test_never_seeing_the_light_of_day_is_dropped():
    said = (
        "Volley : le nouveau bureau enterra mercredi la Grande Arène\n"
        "La Grande Arène de Montlouvet, prévue à l'horizon 2026, ne verra donc jamais le jour."
    )
    assert kind_of(said, ARENA, on=D(2023, 6, 1), language="fr") == EvidenceKind.DENIAL
    english = "The Grande Arène at Montlouvet will therefore never see the light of day"
    assert kind_of(english, ARENA, on=D(2023, 6, 1)) == EvidenceKind.DENIAL


# --- A promiser wound up drops its promise ----------------------------------------------------

TRAMCOOP = profile(
    promiser="Tramcoop",
    aliases=("coopérative Tramcoop",),
    subject="Tramcoop Vierzon–Guéret tram-train",
    keywords=["Tramcoop", "Vierzon-Guéret", "tram-train", "ligne ferroviaire"],
    category="rail service",
    statement="Tramcoop opens its Vierzon–Guéret tram-train service.",
    deadline_start=D(2024, 6, 1),
    deadline_end=D(2024, 6, 30),
)


def test_a_promiser_wound_up_drops_its_promise():
    liquidated = (
        "Ligne ferroviaire Vierzon-Guéret : fin de l'aventure pour Tramcoop\n"
        "La coopérative annonce sa liquidation."
    )
    assert kind_of(liquidated, TRAMCOOP, on=D(2024, 9, 4), language="fr") == EvidenceKind.DENIAL
    laid_off = "Tramcoop lays off all its staff: the Vierzon-Guéret tram-train is over"
    assert kind_of(laid_off, TRAMCOOP, on=D(2024, 9, 4)) == EvidenceKind.DENIAL
    # Insolvency may be a restructuring the project survives: no drop.
    insolvent = "Tramcoop files for insolvency; the Vierzon-Guéret tram-train now expected in 2026"
    assert kind_of(insolvent, TRAMCOOP, on=D(2024, 9, 4)) == EvidenceKind.DELAY


# --- "Bumped to" a later date -----------------------------------------------------------------

CAPSULE = profile(
    promiser="Orbitec",
    aliases=("Orbitec Space",),
    subject="Orbitec Halcyon capsule first crewed flight",
    keywords=["Halcyon", "crewed flight", "capsule"],
    category="crewed spaceflight",
    statement="Orbitec's Halcyon capsule flies its first crewed flight.",
)


def test_bumped_to_a_later_date_is_a_delay():
    said = "Orbitec's first Halcyon crewed flight bumped into next year after parachute problems"
    assert kind_of(said, CAPSULE, on=D(2025, 8, 9)) == EvidenceKind.DELAY
    assert kind_of("Halcyon crewed flight bumped to March", CAPSULE, on=D(2025, 8, 9)) == (
        EvidenceKind.DELAY
    )


# --- A job's name holds no step ---------------------------------------------------------------


def test_test_pilots_are_a_job_not_a_test():
    said = (
        "Orbitec launches its first crew\n"
        "Two test pilots blasted off aboard the Halcyon capsule on Wednesday."
    )
    assert kind_of(said, CAPSULE, on=D(2026, 6, 6)) == EvidenceKind.FULFILMENT
    french = "Deux pilotes d'essai ont décollé à bord de la capsule Halcyon mercredi"
    assert kind_of(french, CAPSULE, on=D(2026, 6, 6), language="fr") == EvidenceKind.FULFILMENT


# --- A headline's kicker is its topic ---------------------------------------------------------

SEALINK = profile(
    promiser="Norvolt Grid",
    aliases=("Norvolt",),
    subject="Sealink Interconnector (Cornwall–Brittany subsea cable)",
    keywords=["Sealink Interconnector", "câble sous-marin", "mise en service"],
    category="power interconnector",
    statement="The Sealink Interconnector between Cornwall and Brittany is commissioned.",
    deadline_end=D(2028, 12, 31),
)


def test_a_headlines_kicker_is_its_topic():
    said = (
        "Sealink Interconnector. Les travaux de la liaison électrique doivent démarrer cet été\n"
        "Une présentation du chantier a eu lieu à Brest."
    )
    assert kind_of(said, SEALINK, on=D(2025, 2, 11), language="fr") == EvidenceKind.PROGRESS
    # A full sentence before the full stop stays a sentence of its own.
    sentence = "Sealink Interconnector is not news. Les travaux de la liaison doivent démarrer"
    assert kind_of(sentence, SEALINK, on=D(2025, 2, 11), language="fr") is None


# --- Arrived where it will be launched: a step ------------------------------------------------

OBSERVATORY = profile(
    promiser="Astra Agency",
    aliases=("Astra",),
    subject="Helios Deep Observatory launch",
    keywords=["Helios Deep Observatory", "Helios", "launch", "télescope"],
    category="space telescope launch",
    statement="Astra launches the Helios Deep Observatory from Kourou.",
    deadline_start=D(2026, 3, 1),
    deadline_end=D(2026, 3, 31),
)


def test_arrived_where_it_will_be_launched_is_a_step():
    said = (
        "Helios Deep Observatory arrives in Kourou ahead of its March launch\n"
        "Astra said the Helios Deep Observatory has successfully arrived in French Guiana."
    )
    assert kind_of(said, OBSERVATORY, on=D(2026, 1, 13)) == EvidenceKind.PROGRESS
    launched = "Astra has successfully launched the Helios Deep Observatory"
    assert kind_of(launched, OBSERVATORY, on=D(2026, 3, 20)) == EvidenceKind.FULFILMENT


# --- Years since its start: a later date is a new goal ----------------------------------------

PORTAL = profile(
    promiser="Caisse santé",
    aliases=("CSN",),
    subject="Mon carnet santé (portail de santé numérique)",
    keywords=["Mon carnet santé", "portail de santé", "généralisation"],
    category="public e-health service",
    statement="Mon carnet santé is opened to everyone nationally.",
    deadline_start=D(2022, 1, 1),
    deadline_end=D(2022, 6, 30),
)


def test_years_since_its_start_make_a_later_date_a_new_goal():
    said = (
        "Mon carnet santé : trois ans après son lancement, le portail cherche son public\n"
        "Mon carnet santé doit atteindre 30 millions de comptes actifs d'ici à la fin de 2027."
    )
    assert best(said, PORTAL, on=D(2025, 2, 1), language="fr") is None
    birthday = "Mon carnet santé fête ses trois ans : objectif 30 millions de comptes en 2027"
    assert best(birthday, PORTAL, on=D(2025, 2, 1), language="fr") is None
    # Without the years counted, the later date is the promise moved.
    moved = "Mon carnet santé : la généralisation attendue d'ici à la fin de 2027"
    assert kind_of(moved, PORTAL, on=D(2025, 2, 1), language="fr") == EvidenceKind.DELAY


# --- "Still aiming for" is on time ------------------------------------------------------------

LANDER = profile(
    promiser="Selenix",
    aliases=("Selenix Inc",),
    subject="Selenix Tern lunar lander first landing",
    keywords=["Tern", "lunar lander", "landing"],
    category="crewed spaceflight",
    statement="Selenix lands its Tern lander on the Moon.",
)


def test_still_aiming_for_is_on_time():
    said = "Selenix still aiming for a September landing of its Tern lunar lander"
    assert kind_of(said, LANDER, on=D(2026, 5, 27)) == EvidenceKind.PROGRESS


# --- A new date told again more finely -----------------------------------------------------------


def test_a_new_date_told_again_more_finely_is_the_finer_window():
    said = (
        "Orbitec's first Halcyon crewed flight bumped into next year\n"
        "Orbitec says the flight is now off until at least next March."
    )
    match = best(said, CAPSULE, on=D(2025, 8, 9))
    assert match is not None and match.kind == EvidenceKind.DELAY
    assert (match.proposed_start, match.proposed_end) == (D(2026, 3, 31), None)
    french = (
        "Tramcoop repousse l'ouverture de sa ligne Vierzon-Guéret à décembre 2024\n"
        "La coopérative annonce que le tram-train n'ouvrira que le 11 décembre 2024."
    )
    match = best(french, TRAMCOOP, on=D(2024, 3, 15), language="fr")
    assert match is not None and match.kind == EvidenceKind.DELAY
    assert (match.proposed_start, match.proposed_end) == (D(2024, 12, 11), D(2024, 12, 11))
    # A "by" date inside the month sets no finer window.
    by_date = (
        "Tramcoop repousse l'ouverture de sa ligne Vierzon-Guéret à décembre 2024\n"
        "Tramcoop s'est fixé une échéance au plus tard le 11 décembre 2024."
    )
    match = best(by_date, TRAMCOOP, on=D(2024, 3, 15), language="fr")
    assert match is not None
    assert (match.proposed_start, match.proposed_end) == (D(2024, 12, 1), D(2024, 12, 31))
