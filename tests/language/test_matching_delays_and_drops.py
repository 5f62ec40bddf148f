"""Late, paused, on time, on the way or dropped (docs/news-watch.md): what makes a news item a
delay (a missed date, a service short of the promise, a project said to stall, a date bumped
later), a pause rather than a drop, progress or on time (ahead of schedule, still aiming for
the date), a step on the way and a step word that is no step, and a drop (cancelled,
withdrawn, wound up, never to see the light of day). Each rule is written as a specification
on invented sentences about made-up projects, none of them in the labelled sets.
"""

from __future__ import annotations

import datetime as dt

from language.kinds import EvidenceKind
from tests.language.matching_specs import (
    ALPCOM_3G,
    BID,
    BRISAC,
    CAPSULE,
    CORSAIRS,
    FERRY,
    HEADSET,
    RIVEMONT,
    TRAMCOOP,
    VALMONT_RER,
    VAULMONT_TRAM,
    VERDOIS_STADIUM,
    best,
    kind_of,
    lagune,
    profile,
)

D = dt.date


# --- Late, paused or on time ---------------------------------------------------------------------


def test_works_at_a_standstill_are_paused_not_dropped():
    works = "Usine de dessalement de Brisac : le chantier est à l'arrêt depuis l'été"
    match = best(works, BRISAC, on=D(2024, 10, 1), language="fr")
    assert match is not None and match.kind == EvidenceKind.DELAY
    english = "Brisac desalination plant: construction at a standstill as Hydralis runs out of cash"
    match = best(english, BRISAC, on=D(2024, 10, 1))
    assert match is not None and match.kind == EvidenceKind.DELAY
    # The project itself at a standstill may be dropped: a hedged denial still.
    project = "Hydralis : le projet d'usine de dessalement de Brisac serait à l'arrêt"
    match = best(project, BRISAC, on=D(2024, 10, 1), language="fr")
    assert match is not None and match.kind == EvidenceKind.DENIAL


def test_a_deadline_missed_and_named_by_what_it_was_for_is_late():
    for said in (
        "Inverkyle misses ferry handover deadline, Loch Tarra still in the yard",
        "Inverkyle again missed its court-approved deadline to hand over the Loch Tarra ferry",
    ):
        match = best(said, FERRY, on=D(2023, 11, 2))
        assert match is not None and match.kind == EvidenceKind.DELAY, said


def test_a_headline_opening_on_how_late_it_is_is_the_news_after_a_bracketed_note():
    said = "(Mise à jour) Six mois de retard pour l'usine de dessalement de Brisac"
    match = best(said, BRISAC, on=D(2024, 10, 1), language="fr")
    assert match is not None and match.kind == EvidenceKind.DELAY


def test_more_time_granted_as_a_noun_is_late():
    said = "Inverkyle gets another 1-year extension to hand over the Loch Tarra ferry"
    match = best(said, FERRY, on=D(2023, 11, 2))
    assert match is not None and match.kind == EvidenceKind.DELAY
    said = "Hydralis obtient un délai supplémentaire pour l'usine de dessalement de Brisac"
    match = best(said, BRISAC, on=D(2024, 10, 1), language="fr")
    assert match is not None and match.kind == EvidenceKind.DELAY


def test_a_project_refused_by_whoever_must_allow_it_is_dropped():
    said = "Usine de dessalement de Brisac : l'État dit non au projet d'Hydralis"
    match = best(said, BRISAC, on=D(2024, 10, 1), language="fr")
    assert match is not None and match.kind == EvidenceKind.DENIAL
    said = (
        "Brisac : le ministre a pris la décision de ne pas autoriser le projet d'usine de "
        "dessalement d'Hydralis"
    )
    match = best(said, BRISAC, on=D(2024, 10, 1), language="fr")
    assert match is not None and match.kind == EvidenceKind.DENIAL
    # Objectors refused leave to appeal are not the project refused.
    said = (
        "Objectors to the Brisac desalination plant refused permission to appeal, "
        "Hydralis says construction starts next month"
    )
    assert kind_of(said, BRISAC, on=D(2024, 10, 1)) != EvidenceKind.DENIAL


def test_a_service_stuck_short_of_the_promise_is_late():
    stuck = (
        "Valmont Express : l'offre plafonne\n"
        "Six mois plus tard, le Valmont Express reste bloqué à 400 trains supplémentaires "
        "par semaine."
    )
    match = best(stuck, VALMONT_RER, on=D(2025, 3, 10), language="fr")
    assert match is not None and match.kind == EvidenceKind.DELAY


HARBOURLINE = profile(
    promiser="Metrovale",
    aliases=("Metrovale Transit",),
    subject="Harbourline LRT, Port Selwyn",
    keywords=["Harbourline LRT", "light rail", "opening", "Port Selwyn"],
    category="light rail line",
    statement="Metrovale opens the Harbourline light rail line to riders.",
    deadline_start=D(2023, 6, 1),
    deadline_end=D(2023, 6, 30),
)


def test_a_missed_completion_date_is_a_delay():
    missed = (
        "Council angry at Metrovale\n"
        "A year after missing its last completion date, Metrovale still cannot say when the "
        "Harbourline LRT will carry riders."
    )
    match = best(missed, HARBOURLINE, on=D(2024, 7, 1))
    assert match is not None and match.kind == EvidenceKind.DELAY
    assert best("Harbourline LRT: another missed deadline", HARBOURLINE, on=D(2024, 7, 1)).kind == (
        EvidenceKind.DELAY
    )


def test_a_project_said_to_stall_is_late():
    for said in ("Le projet de tram de Vaulmont patine encore", "Le tram de Vaulmont piétine"):
        match = best(said, VAULMONT_TRAM, on=D(2023, 3, 1), language="fr")
        assert match is not None and match.kind == EvidenceKind.DELAY, said


def test_not_opening_at_a_time_said_is_late():
    claim = lagune("Opening of Port Lagune International (PLI)")
    for said, language in (
        ("Port Lagune International will not open in June after a wiring fault", "en"),
        ("Port Lagune International n'ouvrira pas en juin, faute de pompiers", "fr"),
    ):
        match = best(said, claim, on=D(2024, 5, 2), language=language)
        assert match is not None and match.kind == EvidenceKind.DELAY, said


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


def test_bumped_to_a_later_date_is_a_delay():
    said = "Orbitec's first Halcyon crewed flight bumped into next year after parachute problems"
    assert kind_of(said, CAPSULE, on=D(2025, 8, 9)) == EvidenceKind.DELAY
    assert kind_of("Halcyon crewed flight bumped to March", CAPSULE, on=D(2025, 8, 9)) == (
        EvidenceKind.DELAY
    )


def test_a_slip_out_of_sight_is_no_delay():
    leaked = "Early copies of Tides of Corsairs slipped out of a Brightforge warehouse"
    match = best(leaked, CORSAIRS, on=D(2023, 2, 10))
    assert match is None or match.kind != EvidenceKind.DELAY
    slipped = "Brightforge's Tides of Corsairs release slips to the autumn"
    match = best(slipped, CORSAIRS, on=D(2023, 2, 10))
    assert match is not None and match.kind == EvidenceKind.DELAY


def test_ahead_of_schedule_is_on_time():
    said = "Tides of Corsairs: Brightforge says the release is ahead of schedule"
    match = best(said, CORSAIRS, on=D(2023, 1, 12))
    assert match is not None and match.kind == EvidenceKind.PROGRESS
    french = "Tides of Corsairs : la sortie du jeu de Brightforge est en avance sur le planning"
    match = best(french, CORSAIRS, on=D(2023, 1, 12), language="fr")
    assert match is not None and match.kind == EvidenceKind.PROGRESS


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


QUILLON_LENS = profile(
    promiser="Quillon Software",
    aliases=("Quillon",),
    subject="Quillon Lens photo search (preview)",
    keywords=["Quillon Lens", "photo search", "preview"],
    category="software feature",
    statement="Quillon Lens, the photo search feature, ships as a preview on 20 May 2024.",
    stated_on=D(2024, 5, 10),
    deadline_start=D(2024, 5, 20),
    deadline_end=D(2024, 5, 20),
)


def test_a_headline_delay_in_the_promises_first_week_is_news():
    # Within a week of the promise, items are coverage of the promise itself; but a headline
    # that says it was postponed or dropped already reports its outcome.
    postponed = (
        "Quillon postpones Quillon Lens days before the May 20 launch\n"
        "The photo search feature will reach testers first."
    )
    assert kind_of(postponed, QUILLON_LENS, on=D(2024, 5, 14)) == EvidenceKind.DELAY
    scrapped = "Quillon scraps Quillon Lens photo search after a privacy outcry"
    assert kind_of(scrapped, QUILLON_LENS, on=D(2024, 5, 14)) == EvidenceKind.DENIAL
    # The coverage itself is the promise stated (progress), and so is coverage with words of
    # an outcome in its body only: a slip told there is the setting the promise is made in.
    coverage = "Quillon Lens photo search ships as a preview on May 20, Quillon says"
    match = best(coverage, QUILLON_LENS, on=D(2024, 5, 12))
    assert match is not None and match.kind == EvidenceKind.PROGRESS
    assert "the promise as it was made" in match.why
    # Coverage that gives no date of the promise reports nothing.
    undated = "Quillon Lens photo search is coming, Quillon says"
    assert best(undated, QUILLON_LENS, on=D(2024, 5, 12)) is None
    body = (
        "Quillon unveils Quillon Lens photo search\n"
        "An earlier build of Quillon Lens was delayed by a privacy review."
    )
    told = best(body, QUILLON_LENS, on=D(2024, 5, 12))
    assert told is not None and told.kind == EvidenceKind.PROGRESS
    assert "the promise as it was made" in told.why and not told.deadline_text


SKYWEAVE = profile(
    promiser="Corvane",
    aliases=("Corvane Space",),
    subject="Skyweave satellite internet service, customer trials",
    keywords=["Skyweave", "satellite internet", "customer trials"],
    category="satellite broadband",
    statement="Corvane starts customer trials of its Skyweave satellite internet service.",
    deadline_start=D(2024, 1, 1),
    deadline_end=D(2024, 12, 31),
)


def test_a_completion_put_back_by_the_verb_before_it_is_its_object():
    # "launches" is what the verb delays, a few words on, not a launch that happened.
    delayed = "Corvane delays Skyweave satellite launches"
    assert kind_of(delayed, SKYWEAVE, on=D(2024, 6, 28)) == EvidenceKind.DELAY
    halted = "Corvane halts its Skyweave launches after a rocket failure"
    assert kind_of(halted, SKYWEAVE, on=D(2024, 6, 28)) == EvidenceKind.DELAY
    # A clause later, the completion is news of its own.
    launched = "After a year of setbacks, Corvane's Skyweave satellite internet launches"
    assert kind_of(launched, SKYWEAVE, on=D(2024, 6, 28)) == EvidenceKind.FULFILMENT
    # The delay named as a noun puts back what follows it too.
    noun = "Regulators cause a six-month delay of the Skyweave satellite launches"
    assert kind_of(noun, SKYWEAVE, on=D(2024, 6, 28)) == EvidenceKind.DELAY


# --- A step on the way, and a step word that is no step ------------------------------------------


def test_a_step_word_naming_someones_job_is_no_step():
    said = (
        "Pont de Rivemont : l'heure des comptes\n"
        "Le consortium Ponteo, responsable de la construction du pont de Rivemont, a parlé ce "
        "matin. Selon Ponteo, l'ouverture du pont de Rivemont pourrait être repoussée à "
        "l'automne."
    )
    match = best(said, RIVEMONT, on=D(2025, 2, 10), language="fr")
    assert match is not None and match.kind == EvidenceKind.DELAY
    english = (
        "Rivemont bridge update\n"
        "Ponteo, the firm in charge of the construction of the Rivemont bridge, spoke on "
        "Monday. The opening of the pont de Rivemont has been pushed back to the autumn."
    )
    match = best(english, RIVEMONT, on=D(2025, 2, 10))
    assert match is not None and match.kind == EvidenceKind.DELAY


KORVIK = profile(
    promiser="Korvik Link",
    aliases=("Korvik",),
    subject="Korvik Strait tunnel opening",
    keywords=["Korvik Strait tunnel", "Korvik Strait", "tunnel elements"],
    category="other",
    statement="The Korvik Strait road tunnel between Aland and Borro opens.",
    deadline_start=D(2030, 1, 1),
    deadline_end=D(2030, 12, 31),
)


def test_a_step_word_that_is_the_promised_things_noun_is_no_step():
    said = (
        "Korvik Strait tunnel project clears a hurdle: approval of its laying vessel. "
        "The project is by now a year delayed, the builders said."
    )
    match = best(said, KORVIK, on=D(2026, 4, 1))
    assert match is not None and match.kind == EvidenceKind.DELAY
    # For a claim whose thing is no tunnel, a tunnel dug is still a step of it.
    line = profile(
        promiser="Korvik Link",
        aliases=("Korvik",),
        subject="Korvik rail line opening",
        keywords=["Korvik rail line"],
        category="other",
        statement="The Korvik rail line opens.",
        deadline_start=D(2030, 1, 1),
        deadline_end=D(2030, 12, 31),
    )
    match = best("The Korvik rail line's first tunnel is dug", line, on=D(2026, 4, 1))
    assert match is not None and match.kind == EvidenceKind.PROGRESS


def test_test_pilots_are_a_job_not_a_test():
    said = (
        "Orbitec launches its first crew\n"
        "Two test pilots blasted off aboard the Halcyon capsule on Wednesday."
    )
    assert kind_of(said, CAPSULE, on=D(2026, 6, 6)) == EvidenceKind.FULFILMENT
    french = "Deux pilotes d'essai ont décollé à bord de la capsule Halcyon mercredi"
    assert kind_of(french, CAPSULE, on=D(2026, 6, 6), language="fr") == EvidenceKind.FULFILMENT


FRIGATE = profile(
    promiser="Marine",
    aliases=("Armada Yards",),
    subject="Frégate Korvik delivery",
    keywords=["frégate Korvik", "Lorient"],
    category="other",
    statement="Armada Yards delivers the frigate Korvik to the Marine.",
    deadline_start=D(2024, 1, 1),
    deadline_end=D(2024, 12, 31),
)


def test_a_shipyard_is_where_ships_are_built_not_a_step():
    said = (
        "La frégate Korvik à Brest\n"
        "La frégate Korvik, réalisée par le chantier naval de Lorient, a été livrée le 17 "
        "octobre à la Marine."
    )
    assert kind_of(said, FRIGATE, on=D(2025, 11, 12), language="fr") == EvidenceKind.FULFILMENT


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


# --- Dropped -------------------------------------------------------------------------------------


GULLWING = profile(
    promiser="Marenor",
    aliases=("Marenor Offshore",),
    subject="Gullwing Bank offshore wind farm",
    keywords=["Gullwing Bank", "offshore wind farm", "commercial operations"],
    category="other",
    statement="The Gullwing Bank offshore wind farm reaches commercial operations.",
    deadline_start=D(2027, 1, 1),
    deadline_end=D(2027, 12, 31),
)


def test_cancelling_or_pulling_out_drops_the_promise():
    for said in (
        "Marenor is canceling the Gullwing Bank offshore wind farm, citing costs",
        "Marenor pulling out of Gullwing Bank as turbine prices soar",
        "Marenor pulls out of the Gullwing Bank offshore wind farm",
    ):
        match = best(said, GULLWING, on=D(2025, 3, 1))
        assert match is not None and match.kind == EvidenceKind.DENIAL, said
    # One attempt called off is no promise dropped: the noun is not read.
    said = "The cancellation of Tuesday's Gullwing Bank cable lay leaves Marenor on schedule"
    match = best(said, GULLWING, on=D(2025, 3, 1))
    assert match is None or match.kind != EvidenceKind.DENIAL


def test_scrapping_said_as_a_participle_drops_the_promise():
    said = "Markets wobble as Marenor is scrapping its Gullwing Bank offshore wind farm"
    match = best(said, GULLWING, on=D(2025, 3, 1))
    assert match is not None and match.kind == EvidenceKind.DENIAL


def test_the_wind_down_of_the_project_drops_the_promise():
    said = (
        "No more money for the MV Loch Tarra ferry\n"
        "Inverkyle's board will now oversee the wind-down of the project, the yard said."
    )
    match = best(said, FERRY, on=D(2025, 2, 3))
    assert match is not None and match.kind == EvidenceKind.DENIAL


def test_a_drop_reported_in_the_future_is_the_decision():
    for said, language in (
        ("Gullwing Bank offshore wind farm will be scrapped, Marenor sources say", "en"),
        ("Marenor's Gullwing Bank offshore wind farm is set to be shelved", "en"),
        ("Le parc Gullwing Bank de Marenor sera abandonné, annonce la ministre", "fr"),
    ):
        match = best(said, GULLWING, on=D(2025, 3, 1), language=language)
        assert match is not None and match.kind == EvidenceKind.DENIAL, said
    # A conditional stays a modal: nothing decided.
    said = "Marenor says the Gullwing Bank offshore wind farm would be scrapped if prices rose"
    match = best(said, GULLWING, on=D(2025, 3, 1))
    assert match is None or match.kind != EvidenceKind.DENIAL


def test_a_bid_withdrawn_or_cancelled_is_dropped():
    said = "Jeux méditerranéens 2031 : Valdorie retire sa candidature, faute de budget."
    match = best(said, BID, on=D(2027, 3, 2), language="fr")
    assert match is not None and match.kind == EvidenceKind.DENIAL
    cancelled = "Port-Salvan : la candidature aux Jeux méditerranéens 2031 a été annulée."
    match = best(cancelled, BID, on=D(2027, 3, 2), language="fr")
    assert match is not None and match.kind == EvidenceKind.DENIAL
    filed = "Jeux méditerranéens 2031 : Valdorie dépose sa candidature à Port-Salvan."
    match = best(filed, BID, on=D(2027, 3, 2), language="fr")
    assert match is not None and match.kind == EvidenceKind.PROGRESS


HILLPARK = profile(
    promiser="Hillcrest Trust",
    aliases=("Hillcrest Park Trust",),
    subject="Hillcrest terraced park",
    keywords=["Hillcrest park", "terraced park", "Marla Voss", "park"],
    category="urban park",
    statement="The Hillcrest terraced park on the old quarry opens to the public.",
    deadline_start=D(2022, 1, 1),
    deadline_end=D(2022, 12, 31),
)


def test_a_backers_support_pulled_is_the_demise_of_the_project():
    demise = "Neighbours mourn the demise of the Hillcrest park as Marla Voss walks away"
    match = best(demise, HILLPARK, on=D(2021, 5, 2))
    assert match is not None and match.kind == EvidenceKind.DENIAL
    pulled = "Marla Voss pulled her financial support for the terraced park, Hillcrest Trust said."
    match = best(pulled, HILLPARK, on=D(2021, 5, 2))
    assert match is not None and match.kind == EvidenceKind.DENIAL


def test_a_drop_told_after_a_step_decides():
    said = (
        "Débat au Sénat sur la candidature aux Jeux méditerranéens 2031\n"
        "Le sénateur regrette une candidature de Port-Salvan qui a été annulée sans concertation."
    )
    match = best(said, BID, on=D(2027, 3, 20), language="fr")
    assert match is not None and match.kind == EvidenceKind.DENIAL
    # A delay said anywhere still keeps a drop from deciding.
    paused = (
        "Débat au Sénat sur la candidature aux Jeux méditerranéens 2031\n"
        "Le dossier de Port-Salvan, annulé puis repris, a pris du retard."
    )
    match = best(paused, BID, on=D(2027, 3, 20), language="fr")
    assert match is None or match.kind != EvidenceKind.DENIAL


def test_a_drop_in_the_headline_beats_a_step_next_to_the_claims_words():
    said = (
        "Le choc après l'annulation de l'événement\n"
        "La Valdorie a annulé dans la nuit l'accueil des jeux, dont le chantier devait "
        "commencer à Port-Salvan."
    )
    match = best(said, BID, on=D(2027, 3, 20), language="fr")
    assert match is not None and match.kind == EvidenceKind.DENIAL


def test_a_drop_in_the_headline_beats_the_setbacks_the_body_tells_as_its_story():
    said = (
        "Inverkyle formally cancels its shipbuilding programme\n"
        "After a decade of work on the MV Loch Tarra ferry plagued with setbacks, the yard has "
        "thrown in the towel."
    )
    match = best(said, FERRY, on=D(2025, 2, 3))
    assert match is not None and match.kind == EvidenceKind.DENIAL


def test_a_pause_told_as_what_came_before_a_headline_drop_is_its_story():
    for said in (
        "Inverkyle scraps the MV Loch Tarra ferry\n"
        "The decision comes a year after placing the ferry on an indefinite pause.",
        "Inverkyle scraps the MV Loch Tarra ferry\n"
        "The yard said the ferry was paused earlier this year.",
    ):
        match = best(said, FERRY, on=D(2025, 2, 3))
        assert match is not None and match.kind == EvidenceKind.DENIAL, said
    # A pause in force now still calls the drop a pause.
    now = (
        "Inverkyle scraps the MV Loch Tarra ferry\n"
        "The ferry's handover is now on hold while the yard looks for funds."
    )
    match = best(now, FERRY, on=D(2025, 2, 3))
    assert match is not None and match.kind == EvidenceKind.DELAY


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


def test_a_project_terminated_as_decided_or_discontinued_by_its_owner_is_dropped():
    for said in (
        "Marenor and Kestrel agree to terminate the Gullwing Bank offshore wind farm",
        "Marenor decided to cancel the Gullwing Bank offshore wind farm last week",
        "We have discontinued the Gullwing Bank programme, Marenor's chief executive said",
    ):
        match = best(said, GULLWING, on=D(2025, 3, 1))
        assert match is not None and match.kind == EvidenceKind.DENIAL, said
    # A plan to cancel is no decision; studies terminated are the studies', not the farm's;
    # what someone can cancel is no drop.
    for said in (
        "Marenor's Gullwing Bank customers can cancel their offshore wind farm contracts",
        "Marenor threatens to cancel the Gullwing Bank offshore wind farm",
        "Marenor decided to terminate two seabed studies for the Gullwing Bank offshore wind farm",
    ):
        match = best(said, GULLWING, on=D(2025, 3, 1))
        assert match is None or match.kind != EvidenceKind.DENIAL, said


def test_a_schedule_milestone_missed_or_deadlines_shifted_are_late():
    for said in (
        "Marenor's Gullwing Bank offshore wind farm misses major building milestone",
        "Gullwing Bank offshore wind farm: deadlines have shifted again, Marenor admits",
        "Marenor needs more time to finish the Gullwing Bank offshore wind farm",
    ):
        match = best(said, GULLWING, on=D(2025, 3, 1))
        assert match is not None and match.kind == EvidenceKind.DELAY, said


def test_if_all_goes_as_planned_is_a_hedge_not_on_time():
    said = "Si tout va comme prévu, le parc Gullwing Bank de Marenor entrera en service en 2029."
    match = best(said, GULLWING, on=D(2025, 3, 1), language="fr")
    assert match is not None and match.kind == EvidenceKind.DELAY
    said = "Le parc Gullwing Bank de Marenor entrera en service en 2027, comme prévu."
    match = best(said, GULLWING, on=D(2025, 3, 1), language="fr")
    assert match is not None and match.kind == EvidenceKind.PROGRESS


def test_a_project_said_to_be_stuck_is_late():
    said = "Marenor's Gullwing Bank offshore wind farm remains stuck in planning"
    match = best(said, GULLWING, on=D(2025, 3, 1))
    assert match is not None and match.kind == EvidenceKind.DELAY


def test_a_step_after_an_aside_naming_the_subject_again_is_next_to_it():
    said = (
        "Le parc Gullwing Bank, le tout premier parc éolien en mer de la côte nord du pays de "
        "Galles, a franchi une double étape."
    )
    match = best(said, GULLWING, on=D(2025, 3, 1), language="fr")
    assert match is not None and match.kind == EvidenceKind.PROGRESS


def test_money_awarded_or_secured_for_it_is_a_step():
    for said in (
        "€530 million was awarded for works on the Gullwing Bank offshore wind farm",
        "Marenor secured €2bn in funding for the Gullwing Bank offshore wind farm",
        "Final grant offer provided to Marenor for its Gullwing Bank offshore wind farm",
    ):
        match = best(said, GULLWING, on=D(2025, 3, 1))
        assert match is not None and match.kind == EvidenceKind.PROGRESS, said


def test_a_target_said_to_be_out_of_reach_is_late():
    said = (
        "Marenor n'atteindra pas son objectif de mettre en service le parc Gullwing Bank d'ici "
        "2027."
    )
    match = best(said, GULLWING, on=D(2025, 3, 1), language="fr")
    assert match is not None and match.kind == EvidenceKind.DELAY


def test_not_able_to_start_or_run_at_the_date_is_late():
    for said, language in (
        (
            "Le directeur confirme que le parc Gullwing Bank de Marenor ne peut pas démarrer "
            "en avril comme annoncé.",
            "fr",
        ),
        ("Marenor's Gullwing Bank offshore wind farm will not be operational in 2027", "en"),
    ):
        match = best(said, GULLWING, on=D(2025, 3, 1), language=language)
        assert match is not None and match.kind == EvidenceKind.DELAY, said


def test_a_promise_said_unlikely_to_be_kept_is_late():
    for said in (
        "La promesse de Marenor de mettre en service le parc Gullwing Bank en 2027 a de bonnes "
        "chances de ne pas être respectée.",
        "Marenor ne pourra pas réaliser sa promesse pour le parc Gullwing Bank.",
        "Marenor n'est pas en mesure de respecter son engagement sur le parc Gullwing Bank.",
    ):
        match = best(said, GULLWING, on=D(2025, 3, 1), language="fr")
        assert match is not None and match.kind == EvidenceKind.DELAY, said


def test_a_deadline_said_hard_to_meet_or_about_to_be_overshot_is_late():
    for said, language in (
        ("Marenor's Gullwing Bank wind farm may not meet 2027 deadline", "en"),
        ("Marenor says it will be tough to meet the 2027 deadline for Gullwing Bank", "en"),
        ("Gullwing Bank wind farm of Marenor may overshoot its 2027 deadline", "en"),
        ("Pour Marenor, il sera difficile de tenir les délais du parc Gullwing Bank", "fr"),
    ):
        match = best(said, GULLWING, on=D(2025, 3, 1), language=language)
        assert match is not None and match.kind == EvidenceKind.DELAY, said


def test_the_thing_said_not_to_happen_at_a_time_named_is_late():
    for said, language in (
        ("Le parc Gullwing Bank de Marenor ne pourra pas démarrer en mars", "fr"),
        ("La mise en service du parc Gullwing Bank ne pourrait finalement pas se tenir en mars, "
         "a annoncé Marenor", "fr"),
        ("Marenor's Gullwing Bank wind farm won't start generating in March", "en"),
    ):  # fmt: skip
        match = best(said, GULLWING, on=D(2025, 3, 1), language=language)
        assert match is not None and match.kind == EvidenceKind.DELAY, said


def test_works_suspended_said_as_a_noun_are_late():
    said = (
        "Marenor a annoncé la suspension de ses activités sur le chantier du parc Gullwing "
        "Bank après une tempête."
    )
    match = best(said, GULLWING, on=D(2025, 3, 1), language="fr")
    assert match is not None and match.kind == EvidenceKind.DELAY


# A claim that promises to obtain something: what is issued to it, or obtained, is the thing.
CLOUDSUR = profile(
    promiser="Nubea",
    aliases=("Nubea Cloud",),
    subject="Qualification Cloudsûr de Nubea",
    keywords=["Cloudsûr", "qualification"],
    category="certification",
    statement="Nubea obtains the Cloudsûr qualification.",
    deadline_end=D(2026, 12, 31),
)


def test_papers_a_newsroom_obtained_are_its_source_not_the_promise():
    said = (
        "Des documents internes de Marenor, obtenus par Radio Nord, parlent du parc Gullwing Bank."
    )
    assert kind_of(said, GULLWING, on=D(2025, 3, 1), language="fr") != EvidenceKind.FULFILMENT
    # A report cited before the thing obtained is no scoop of the newsroom.
    cited = "According to its annual report, Nubea obtained the Cloudsûr qualification."
    assert kind_of(cited, CLOUDSUR, on=D(2026, 3, 1)) == EvidenceKind.FULFILMENT


def test_an_authorisation_issued_is_a_step_for_a_claim_that_obtains_nothing():
    said = (
        "L'autorité a délivré au parc Gullwing Bank de Marenor – un projet du groupe chargé de "
        "la mise en œuvre du programme éolien – l'autorisation de mise en service."
    )
    match = best(said, GULLWING, on=D(2026, 3, 1), language="fr")
    assert match is not None and match.kind == EvidenceKind.PROGRESS
    # Issued to a claim that promises to obtain it, it is the thing done.
    issued = "L'agence a délivré à Nubea la qualification Cloudsûr."
    assert kind_of(issued, CLOUDSUR, on=D(2026, 3, 1), language="fr") == (EvidenceKind.FULFILMENT)


def test_almost_finished_is_a_step_not_done():
    said = "Marenor's Gullwing Bank offshore wind farm is almost finished, the minister says"
    match = best(said, GULLWING, on=D(2025, 3, 1))
    assert match is not None and match.kind == EvidenceKind.PROGRESS


def test_not_going_on_with_it_or_not_building_it_drops_the_promise():
    for said in (
        "Marenor has decided not to move forward with the Gullwing Bank offshore wind farm",
        "The Gullwing Bank offshore wind farm will not be built, Marenor told its staff",
    ):
        match = best(said, GULLWING, on=D(2025, 3, 1))
        assert match is not None and match.kind == EvidenceKind.DENIAL, said


def test_the_time_it_takes_growing_is_late():
    said = "Les délais s'allongent pour le parc Gullwing Bank de Marenor."
    match = best(said, GULLWING, on=D(2025, 3, 1), language="fr")
    assert match is not None and match.kind == EvidenceKind.DELAY


def test_a_project_said_not_to_be_at_risk_stands():
    for said, language in (
        ("Marenor says its Gullwing Bank offshore wind farm is not at risk", "en"),
        ("Le parc Gullwing Bank de Marenor n'est pas menacé, assure le ministre", "fr"),
    ):
        match = best(said, GULLWING, on=D(2025, 3, 1), language=language)
        assert match is not None and match.kind == EvidenceKind.PROGRESS, said


def test_lateness_taken_or_opening_a_headline_is_the_news():
    said = "Deux ans de retard pour le parc Gullwing Bank de Marenor"
    match = best(said, GULLWING, on=D(2025, 3, 1), language="fr")
    assert match is not None and match.kind == EvidenceKind.DELAY
    said = (
        "Le parc Gullwing Bank de Marenor a pris près de deux ans de retard, a indiqué la ministre."
    )
    match = best(said, GULLWING, on=D(2025, 3, 1), language="fr")
    assert match is not None and match.kind == EvidenceKind.DELAY
    # Told of a completion, it describes it: "inauguré avec deux ans de retard".
    said = "Le parc Gullwing Bank de Marenor est entré en service avec deux ans de retard."
    match = best(said, GULLWING, on=D(2029, 3, 1), language="fr")
    assert match is not None and match.kind == EvidenceKind.FULFILMENT


def test_a_drop_over_delays_is_a_drop():
    said = (
        "Marenor cancels Gullwing Bank offshore wind farm over planning delays. Marenor has "
        "abandoned plans for the farm, citing delays in the approval process."
    )
    match = best(said, GULLWING, on=D(2025, 3, 1))
    assert match is not None and match.kind == EvidenceKind.DENIAL


def test_a_plant_said_likely_never_to_open_is_dropped():
    said = (
        "En cours de construction, le parc Gullwing Bank de Marenor devrait ne jamais ouvrir "
        "ses portes."
    )
    match = best(said, GULLWING, on=D(2025, 3, 1), language="fr")
    assert match is not None and match.kind == EvidenceKind.DENIAL


def test_a_launch_pushed_again_is_a_delay_even_as_another_opens():
    airport = profile(
        promiser="Valdor Airport Authority",
        aliases=(),
        subject="Valdor International Airport opening",
        keywords=["Valdor International Airport", "Valdor airport", "commercial operations"],
        category="airport",
        statement="Valdor International Airport opens to commercial flights.",
        deadline_end=D(2023, 12, 31),
    )
    said = (
        "Valdor airport launch pushed again, flights likely only in 2026\n"
        "Even as Merrow International Airport begins commercial operations today, Valdor "
        "International Airport continues to miss deadlines."
    )
    match = best(said, airport, on=D(2025, 12, 25))
    assert match is not None and match.kind == EvidenceKind.DELAY
    # The airport that begins is the other one; said of this one, it is done.
    done = "Valdor International Airport begins commercial operations today."
    assert kind_of(done, airport, on=D(2025, 12, 25)) == EvidenceKind.FULFILMENT


def test_a_time_limit_missed_or_not_met_is_late():
    cloud = profile(
        promiser="Nimbus Soft",
        aliases=("Nimbus",),
        subject="Nimbus cloud regions in Valdor",
        keywords=["data centres", "Valdor", "Valdor North", "Valdor South"],
        category="launch",
        statement="Nimbus opens its first data centres in Valdor to customers.",
        stated_on=D(2017, 5, 18),
        deadline_start=D(2018, 1, 1),
        deadline_end=D(2018, 12, 31),
    )
    for said in (
        "Nimbus misses time limit to launch its Valdor data centres",
        "Nimbus has failed to meet a self-imposed time limit to open its Valdor data centres.",
    ):
        assert kind_of(said, cloud, on=D(2019, 1, 9)) == EvidenceKind.DELAY, said


def test_the_items_own_day_leading_it_is_no_milestone_date():
    # "May 5" is the dateline: the delay is the news, not a slip of a milestone before the
    # deadline.
    reactor = profile(
        promiser="Orvane Energy",
        aliases=("Orvane",),
        subject="Halver nuclear plant unit 1",
        keywords=["Halver", "nuclear reactor", "start-up"],
        category="energy",
        statement="Unit 1 of the Halver nuclear plant begins commercial operation.",
        stated_on=D(2014, 2, 21),
        deadline_start=D(2017, 1, 1),
        deadline_end=D(2017, 12, 31),
    )
    said = (
        "Orvane delays start-up of Halver nuclear reactor by a year\n"
        "May 5 Orvane Energy is delaying the start-up of its Halver nuclear reactor by a year."
    )
    assert kind_of(said, reactor, on=D(2017, 5, 5)) == EvidenceKind.DELAY


def test_what_was_set_aside_rather_than_done_reports_nothing():
    dam = profile(
        promiser="Kestrel Power",
        aliases=(),
        subject="Kestrel River hydroelectric dam",
        keywords=["Kestrel dam", "hydroelectric"],
        category="energy",
        statement="Kestrel Power's Kestrel dam is in service.",
        stated_on=D(2014, 12, 16),
        deadline_end=D(2024, 12, 31),
    )
    said = (
        "Kestrel Power will complete the Kestrel dam: the premier said it was better to "
        "proceed with the Kestrel dam rather than cancelling it."
    )
    assert kind_of(said, dam, on=D(2017, 12, 12)) != EvidenceKind.DENIAL
    cancelled = "Kestrel Power is cancelling the Kestrel dam, the premier said."
    assert kind_of(cancelled, dam, on=D(2017, 12, 12)) == EvidenceKind.DENIAL


def test_the_final_halt_of_a_network_promised_to_be_switched_off_is_no_denial():
    network = profile(
        promiser="Alpcom",
        aliases=(),
        subject="Alpcom 2G network switch-off",
        keywords=["2G", "réseau 2G", "GSM"],
        category="network",
        statement="Alpcom switches off its 2G network.",
        stated_on=D(2015, 10, 8),
        deadline_start=D(2020, 1, 1),
        deadline_end=D(2020, 12, 31),
    )
    said = "Alpcom vient d'annoncer l'arrêt définitif de son réseau 2G à la mi-avril 2021."
    match = best(said, network, on=D(2021, 3, 30), language="fr")
    assert match is not None and match.kind == EvidenceKind.DELAY


# A battery plant promised for 2026, followed in the French press (invented).
GIGAFACTORY = profile(
    promiser="Voltane",
    aliases=(),
    subject="Voltane gigafactory in Montérégie",
    keywords=["usine de batteries", "Montérégie", "gigafactory"],
    category="factory",
    statement="Voltane's Montérégie battery plant produces its first cells.",
    stated_on=D(2023, 9, 28),
    deadline_start=D(2026, 1, 1),
    deadline_end=D(2026, 12, 31),
)


def test_a_revised_timetable_in_french_is_a_delay_and_figures_of_opening_say_nothing():
    said = (
        "Voltane : le gouvernement ouvre la porte à d'autres projets, mais l'usine de batteries "
        "de Montérégie sera réalisée avec un calendrier révisé, selon les indications qu'a "
        "reçues la ministre."
    )
    assert kind_of(said, GIGAFACTORY, on=D(2024, 10, 1), language="fr") == EvidenceKind.DELAY


def test_not_coming_into_being_before_a_date_is_a_delay_not_a_drop():
    said = "Voltane : l'usine de batteries de Montérégie ne verra pas le jour avant 2028."
    match = best(said, GIGAFACTORY, on=D(2024, 8, 1), language="fr")
    assert match is not None and match.kind == EvidenceKind.DELAY
    dropped = "Voltane : l'usine de batteries de Montérégie ne verra pas le jour."
    assert kind_of(dropped, GIGAFACTORY, on=D(2024, 8, 1), language="fr") == EvidenceKind.DENIAL


def test_neither_on_time_nor_on_budget_is_late():
    said = (
        "Regulator: the Voltane gigafactory in Montérégie is neither on time nor on budget, "
        "its report concludes."
    )
    assert kind_of(said, GIGAFACTORY, on=D(2024, 11, 1)) == EvidenceKind.DELAY


def test_a_contract_torn_up_is_a_drop():
    submarines = profile(
        promiser="Corsair Yards",
        aliases=(),
        subject="Corsair attack submarines for Valdor",
        keywords=["Corsair Yards", "submarine contract", "attack submarines"],
        category="defence",
        statement="Corsair Yards delivers the first of Valdor's attack submarines.",
        stated_on=D(2016, 4, 26),
        deadline_end=D(2034, 12, 31),
    )
    said = "Valdor tore up its submarine contract with Corsair Yards on Thursday."
    assert kind_of(said, submarines, on=D(2021, 9, 20)) == EvidenceKind.DENIAL


def test_works_paused_are_late_whenever_the_sentence_dates_the_pause():
    said = (
        "Voltane : les travaux de l'usine de batteries de Montérégie ont pris une pause avant "
        "les fêtes."
    )
    assert kind_of(said, GIGAFACTORY, on=D(2025, 3, 14), language="fr") == EvidenceKind.DELAY


def test_a_new_production_facility_is_no_step_of_installing():
    said = (
        "Bruxelles autorise une aide pour la nouvelle installation de production de Voltane "
        "en Montérégie. L'usine de batteries devrait livrer ses premières cellules d'ici à 2028."
    )
    match = best(said, GIGAFACTORY, on=D(2024, 4, 28), language="fr")
    assert match is not None and match.kind == EvidenceKind.DELAY


def test_no_prospect_of_it_being_opened_is_no_opening():
    cloud = profile(
        promiser="Nimbus Soft",
        aliases=("Nimbus",),
        subject="Nimbus cloud region in Valdor",
        keywords=["data centres", "Valdor"],
        category="launch",
        statement="Nimbus opens its cloud region of three data centres in Valdor.",
        stated_on=D(2021, 9, 2),
        deadline_end=D(2024, 12, 31),
    )
    said = (
        "Nimbus's Valdor data centre plan quietly put on hold\n"
        "There is no prospect of the Valdor data centres being built and opened this year, "
        "though Nimbus is not admitting it."
    )
    assert kind_of(said, cloud, on=D(2024, 3, 1)) == EvidenceKind.DELAY


def test_a_stop_of_the_line_by_name_is_no_halt():
    cable_car = profile(
        promiser="Tramcoop",
        aliases=(),
        subject="Tramcoop cable car in Vierzon",
        keywords=["téléphérique de Vierzon", "Téléo"],
        category="rail service",
        statement="Tramcoop's Téléo cable car carries its first passengers.",
        stated_on=D(2018, 10, 1),
        deadline_end=D(2020, 12, 31),
    )
    said = (
        "Lancement des travaux du Téléo, le futur téléphérique de Vierzon\n"
        "Tramcoop a lancé le chantier du Téléo : en sortant du métro à l'arrêt Université Paul "
        "Sabatier, vous pourrez monter dans une cabine."
    )
    assert kind_of(said, cable_car, on=D(2019, 7, 5), language="fr") == EvidenceKind.PROGRESS


HALVIK_PLANT = profile(
    promiser="Norvatom",
    aliases=(),
    subject="Halvik nuclear plant",
    keywords=["Halvik", "nuclear plant", "Rostek"],
    category="power plant",
    statement="Norvatom's Halvik nuclear plant begins commercial operation.",
    stated_on=D(2013, 12, 1),
    deadline_end=D(2024, 12, 31),
)


def test_ending_the_plans_is_a_drop():
    said = (
        "Norvatom ends plans for Rostek-built Halvik nuclear plant\n"
        "Norvatom said on Monday it had terminated the deal for the nuclear plant."
    )
    assert kind_of(said, HALVIK_PLANT, on=D(2022, 5, 2)) == EvidenceKind.DENIAL


def test_a_date_now_planned_beats_a_step_told_first():
    said = (
        "Grand Stade de l'OV : une date d'inauguration qui se précise\n"
        "Les journalistes ont visité le Grand Stade. L'inauguration est maintenant prévue "
        "dans un peu plus de trois mois, a confirmé le président de l'OV."
    )
    assert kind_of(said, VERDOIS_STADIUM, on=D(2015, 10, 5), language="fr") == EvidenceKind.DELAY


def test_a_planned_shutdown_pushed_off_is_late():
    said = (
        "Alpcom will keep its 3G network running for now, as planned shutdown is pushed off\n"
        "Alpcom's 3G network will continue to hang around, a spokesman said."
    )
    assert kind_of(said, ALPCOM_3G, on=D(2021, 1, 6)) == EvidenceKind.DELAY


GAS_PLANT = profile(
    promiser="Volta Énergie",
    aliases=(),
    subject="gas power plant at Kerlan",
    keywords=["centrale de Kerlan", "centrale à gaz", "Kerlan"],
    category="power plant",
    statement="La centrale à gaz de Kerlan de Volta Énergie est mise en service.",
    stated_on=D(2013, 1, 23),
    deadline_end=D(2017, 2, 28),
)


def test_the_plan_that_was_missed_does_not_date_a_slip_as_history():
    said = (
        "Centrale de Kerlan : le Conseil d'État donne raison aux opposants\n"
        "Le Conseil d'État a donné raison ce lundi aux opposants à la centrale à gaz de Kerlan, "
        "selon une décision dont l'AFP a obtenu une copie. Le projet a cependant pris beaucoup "
        "de retard : initialement la centrale de Kerlan devait être mise en service à l'hiver "
        "2016-2017."
    )
    assert kind_of(said, GAS_PLANT, on=D(2019, 2, 26), language="fr") == EvidenceKind.DELAY


def test_pushing_back_against_critics_moves_no_date():
    coin = profile(
        promiser="Faceplate",
        aliases=(),
        subject="Lumen cryptocurrency launch",
        keywords=["Lumen", "cryptocurrency"],
        category="launch",
        statement="Faceplate launches its Lumen cryptocurrency.",
        stated_on=D(2019, 6, 18),
        deadline_end=D(2020, 6, 30),
    )
    said = (
        "Faceplate's blockchain boss is pushing back against critics of the company's planned "
        "cryptocurrency Lumen, telling lawmakers it will be carefully overseen."
    )
    assert kind_of(said, coin, on=D(2019, 7, 15)) != EvidenceKind.DELAY


def test_a_project_wound_down_is_dropped():
    coin = profile(
        promiser="Faceplate",
        aliases=(),
        subject="Lumen cryptocurrency launch",
        keywords=["Lumen", "Lumen Association", "stablecoin"],
        category="launch",
        statement="Faceplate launches its Lumen cryptocurrency.",
        stated_on=D(2019, 6, 18),
        deadline_end=D(2020, 6, 30),
    )
    said = (
        "Lumen confirms shutdown as a bank acquires the project's assets\n"
        "Faceplate is officially winding down the stablecoin project it announced in 2019."
    )
    assert kind_of(said, coin, on=D(2022, 1, 31)) == EvidenceKind.DENIAL


HARBOUR_LINE_KWARGS: dict = {
    "promiser": "Portrail",
    "aliases": (),
    "subject": "Harbour Line light rail",
    "keywords": ["Harbour Line", "light rail"],
    "category": "rail service",
    "statement": "Portrail opens the Harbour Line light rail to passengers.",
    "stated_on": D(2021, 3, 1),
    "deadline_end": D(2024, 6, 30),
}
HARBOUR_LINE = profile(**HARBOUR_LINE_KWARGS)


def test_a_milestone_following_delays_tells_them_as_background():
    said = (
        "Harbour Line has gone gold\n"
        "Following a couple of delays, the Harbour Line passed its final safety audit."
    )
    assert kind_of(said, HARBOUR_LINE, on=D(2024, 5, 2)) != EvidenceKind.DELAY


def test_a_timeline_extended_is_a_delay():
    said = (
        "Portrail will mark its anniversary with a gala planned for June 29. Portrail had "
        "planned to open the Harbour Line for the gala, but that timeline has now been "
        "extended to April 2025 at the earliest."
    )
    match = best(said, HARBOUR_LINE, on=D(2024, 5, 2))
    assert match is not None and match.kind == EvidenceKind.DELAY
    assert (match.proposed_start, match.proposed_end) == (D(2025, 4, 30), None)
    assert "delay wording: 'timeline has now been extended'" in match.why


def test_a_request_denied_is_no_drop():
    for said in (
        "A rival asked Alpcom to keep its 3G network running into next year, a request that "
        "Alpcom denied.",
        "Alpcom rejected the regulator's request to keep its 3G network running.",
    ):
        assert kind_of(said, ALPCOM_3G, on=D(2019, 6, 1)) != EvidenceKind.DENIAL, said
    dropped = "Alpcom cancelled its 3G network shutdown."
    assert kind_of(dropped, ALPCOM_3G, on=D(2019, 6, 1)) == EvidenceKind.DENIAL


def test_a_delay_of_up_to_two_years_in_a_headline_is_the_news():
    said = (
        "Harbour Line hit by delay of up to two years\n"
        "Portrail said the Harbour Line would now open in the second half of 2026."
    )
    # Promised for the end of 2025: "two years" is how far it moved, no date before then.
    late_2025 = profile(**{**HARBOUR_LINE_KWARGS, "deadline_end": D(2025, 12, 31)})
    match = best(said, late_2025, on=D(2023, 5, 24))
    assert match is not None and match.kind == EvidenceKind.DELAY


def test_what_should_have_happened_and_did_not_is_a_delay():
    for said, language in (
        (
            "Le 1er juillet 2023 aurait dû être le jour de l'ouverture de la Harbour Line de "
            "Portrail, mais les portes sont restées fermées.",
            "fr",
        ),
        (
            "The Harbour Line should have opened last summer, Portrail admits.",
            "en",
        ),
        (
            "La Harbour Line devait ouvrir il y a quelques mois, mais Portrail n'a pu respecter "
            "la feuille de route initiale.",
            "fr",
        ),
    ):
        assert kind_of(said, HARBOUR_LINE, on=D(2023, 9, 1), language=language) == (
            EvidenceKind.DELAY
        ), said


def test_a_drop_the_headline_tells_beats_a_slip_the_body_recalls_unless_it_is_a_pause():
    dropped = (
        "Inverkyle Shipyard renonce au MV Loch Tarra\n"
        "Sa livraison était prévue initialement en septembre 2023, avant d'être repoussée "
        "d'un an."
    )
    assert kind_of(dropped, FERRY, on=D(2024, 6, 18), language="fr") == EvidenceKind.DENIAL
    # Shelved, then said to be on hold: a pause, no drop.
    shelved = "Inverkyle shelves the MV Loch Tarra ferry\nWork on the ferry is on hold."
    assert kind_of(shelved, FERRY, on=D(2024, 6, 18)) == EvidenceKind.DELAY
    # Shelved in the headline, late in the body: a pause still.
    shelved = "Inverkyle shelves plan to deliver MV Loch Tarra this year\nThe ferry is delayed."
    assert kind_of(shelved, FERRY, on=D(2023, 6, 18)) == EvidenceKind.DELAY
    # A headline that tells the slip itself keeps it the news.
    late = "MV Loch Tarra delayed again\nInverkyle may abandon the ferry."
    assert kind_of(late, FERRY, on=D(2024, 6, 18)) == EvidenceKind.DELAY


def test_a_target_said_out_of_reach_is_a_delay():
    for said, language in (
        (
            "MV Loch Tarra : l'objectif de septembre 2023 est intenable\n"
            "Sauf miracle, il sera impossible d'atteindre l'objectif d'Inverkyle Shipyard.",
            "fr",
        ),
        ("Inverkyle's September 2023 MV Loch Tarra target is unachievable", "en"),
    ):
        assert kind_of(said, FERRY, on=D(2023, 5, 2), language=language) == (EvidenceKind.DELAY), (
            said
        )


def test_a_completion_word_before_a_day_ahead_or_a_list_joined_is_no_completion():
    # Said on 27 May 2024, for a headset promised by the end of April: a new date, late.
    on_sale = "Lumina's Halo headset goes on sale from June 25"
    assert kind_of(on_sale, HEADSET, on=D(2024, 5, 27)) == EvidenceKind.DELAY
    # One among the delayed games, nothing released.
    listed = "Tides of Corsairs Joins List of Delayed Games"
    assert kind_of(listed, CORSAIRS, on=D(2023, 1, 20)) == EvidenceKind.DELAY


def test_a_drop_reported_in_the_french_conditional_of_hearsay_is_a_hedged_denial():
    said = (
        "Hydralis abandonnerait son projet d'usine de dessalement de Brisac\n"
        "Selon plusieurs médias, Hydralis envisagerait d'abandonner le projet."
    )
    assert kind_of(said, BRISAC, on=D(2024, 10, 22), language="fr") == EvidenceKind.DENIAL


def test_the_plan_said_not_to_be_kept_is_late():
    # A negation earlier in the clause that ends on "as planned": the plan is not kept.
    for said, language in (
        ("Shoppers won't find the Lumina Halo headset in stores this spring as planned", "en"),
        ("Le casque Halo de Lumina ne sera pas en vente au printemps comme prévu", "fr"),
    ):
        assert kind_of(said, HEADSET, on=D(2024, 2, 2), language=language) == (
            EvidenceKind.DELAY
        ), said
    # Said kept, or denied in another clause, it is on time.
    for said in (
        "The Lumina Halo headset is due in stores this spring as planned",
        "No change, Lumina says: the Halo headset is due in stores this spring as planned",
    ):
        assert kind_of(said, HEADSET, on=D(2024, 2, 2)) == EvidenceKind.PROGRESS, said


def test_a_licence_or_a_permission_granted_is_a_step():
    # The go-ahead to use or run the thing is a step toward it, as a permit is.
    for said in (
        "Olympique Verdois has been granted the first licence it needs to use the Grand Stade",
        "The city granted Olympique Verdois permission to stage test events at the Grand Stade",
    ):
        assert kind_of(said, VERDOIS_STADIUM, on=D(2014, 2, 2)) == EvidenceKind.PROGRESS, said
    # A claim that promises the licence is kept when it is granted.
    licence = profile(
        promiser="Orvane Telecom",
        aliases=("Orvane",),
        subject="Orvane operating licence",
        keywords=["Orvane", "operating licence"],
        category="licence",
        statement="Orvane obtains its national operating licence.",
        deadline_end=D(2026, 6, 30),
    )
    said = "Orvane granted its national operating licence by the regulator"
    assert kind_of(said, licence, on=D(2026, 5, 4)) == EvidenceKind.FULFILMENT


def test_a_step_word_ending_the_statement_names_the_promised_thing():
    # "permit" ends the statement, before its full stop: it is still the thing promised.
    permit = profile(
        promiser="Orvane Telecom",
        aliases=("Orvane",),
        subject="Orvane tower",
        keywords=["Orvane", "Orvane tower"],
        category="building",
        statement="Orvane obtains its building permit.",
        deadline_end=D(2026, 6, 30),
    )
    said = "Orvane secures building permit for the Orvane tower"
    assert kind_of(said, permit, on=D(2026, 5, 4)) == EvidenceKind.FULFILMENT
    # The "tunnel" of a "bridge-tunnel link" is no tunnel promised: a tunnel done is a step.
    link = profile(
        promiser="Kestrel Strait Authority",
        aliases=("Kestrel Strait",),
        subject="Kestrel Strait crossing",
        keywords=["Kestrel Strait crossing", "Kestrel Link Road"],
        category="bridge",
        statement="The Kestrel Strait bridge-tunnel link is operational.",
        deadline_end=D(2026, 12, 31),
    )
    said = (
        "The tunnel of the Kestrel Link Road has been completed, the Kestrel Strait crossing says"
    )
    assert kind_of(said, link, on=D(2026, 5, 4)) == EvidenceKind.PROGRESS


def test_thrown_in_the_towel_or_a_pledge_reneged_on_is_dropped():
    for said in (
        "After years of setbacks, Hydralis has thrown in the towel on its Brisac desalination "
        "plant",
        "Hydralis reneges on its pledge to open the Brisac desalination plant",
    ):
        assert kind_of(said, BRISAC, on=D(2024, 10, 22)) == EvidenceKind.DENIAL, said


def test_the_contract_for_the_promised_thing_cancelled_is_a_drop():
    plant = profile(
        promiser="Orvane Energy",
        aliases=("Orvane",),
        subject="Halver nuclear plant",
        keywords=["Halver", "nuclear plant", "Kestrel Atom"],
        category="energy",
        statement="Orvane's Halver nuclear plant begins commercial operation.",
        deadline_end=D(2028, 12, 31),
    )
    # The claim's words right before the deal, or after the contract through what it is
    # for: the promise's own contract, cancelled.
    for said in (
        "Orvane scraps Halver nuclear plant deal",
        "Orvane has terminated a contract with Kestrel Atom to build the Halver nuclear plant",
    ):
        assert kind_of(said, plant, on=D(2026, 5, 2)) == EvidenceKind.DENIAL, said
    # A contract with a party is that party's affair.
    said = "Orvane terminates contract with the Halver nuclear plant's caterer"
    assert kind_of(said, plant, on=D(2026, 5, 2)) != EvidenceKind.DENIAL


def test_the_promises_contract_ended_in_french_is_a_drop():
    # "La résiliation du contrat de construction du ferry": the promise's own contract ended.
    said = "Inverkyle : résiliation du contrat de construction du ferry Loch Tarra"
    assert kind_of(said, FERRY, on=D(2024, 6, 19), language="fr") == EvidenceKind.DENIAL
    # A contract with a party ended is that party's affair.
    said = "Loch Tarra : la rupture du contrat avec le traiteur du ferry inquiète Inverkyle"
    assert kind_of(said, FERRY, on=D(2024, 6, 19), language="fr") != EvidenceKind.DENIAL


def test_a_keel_laid_or_a_core_loaded_is_a_step():
    frigate = profile(
        promiser="Kestrel Navy",
        aliases=("the Navy",),
        subject="KNS Osprey frigate delivery",
        keywords=["KNS Osprey", "Osprey-class frigate", "frigate"],
        category="ship delivery",
        statement="The first Osprey-class frigate, KNS Osprey, is delivered to the Kestrel Navy.",
        deadline_end=D(2028, 12, 31),
    )
    said = "Kestrel Navy lays keel for KNS Osprey: the ceremony took place at the shipyard"
    assert kind_of(said, frigate, on=D(2026, 4, 16)) == EvidenceKind.PROGRESS
    reactor = profile(
        promiser="Orvane Energy",
        aliases=("Orvane",),
        subject="Halver fast reactor criticality",
        keywords=["Halver fast reactor", "criticality"],
        category="energy",
        statement="The Halver fast reactor reaches first criticality.",
        deadline_end=D(2027, 12, 31),
    )
    said = "Core loading of the Halver fast reactor took place on Monday, Orvane said"
    assert kind_of(said, reactor, on=D(2026, 3, 4)) == EvidenceKind.PROGRESS


def test_the_project_confirmed_to_go_ahead_is_on_track():
    said = "Hydralis decides to go ahead with the Brisac desalination plant despite its cost"
    assert kind_of(said, BRISAC, on=D(2024, 3, 2)) == EvidenceKind.PROGRESS
    # Said not to go ahead, it is dropped.
    said = "The Brisac desalination plant will not go ahead, Hydralis says"
    assert kind_of(said, BRISAC, on=D(2024, 3, 2)) == EvidenceKind.DENIAL
