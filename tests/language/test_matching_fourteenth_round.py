"""The fourteenth round's rules (docs/news-watch.md, "Fourteenth round"), each written as a
specification on invented sentences: a made-up video game, steelworks, console and
observatory, none of them in the labelled sets; then, from the fifteenth batch (the round's
second pass), a made-up ice rink, ferry, headset, park, national bid and anti-waste law."""

from __future__ import annotations

import datetime as dt

from language.kinds import EvidenceKind
from language.matching import spellings
from language.matching.lexicon import term_in
from language.text import fold_words as fold
from tests.language.matching_specs import best, profile

D = dt.date


# --- An ellipsis before a lower-case word or a number ends no sentence ----------------------

CORSAIRS = profile(
    promiser="Brightforge",
    aliases=("Brightforge Studios",),
    subject="Release of the video game Tides of Corsairs",
    keywords=["Tides of Corsairs", "jeu de pirates", "sortie", "release"],
    category="video game release",
    statement="Brightforge releases Tides of Corsairs on consoles and PC on 4 March 2023.",
    deadline_start=D(2023, 3, 4),
    deadline_end=D(2023, 3, 4),
)


def test_an_ellipsis_before_a_date_keeps_the_date_in_its_sentence():
    said = (
        "Tides of Corsairs : Brightforge a enfin tranché\n"
        "Le studio a levé le voile lors d'une soirée de gala. "
        "Tides of Corsairs sortira le... 12 septembre 2024."
    )
    match = best(said, CORSAIRS, on=D(2023, 11, 20), language="fr")
    assert match is not None and match.kind == EvidenceKind.DELAY
    assert (match.proposed_start, match.proposed_end) == (D(2024, 9, 12), D(2024, 9, 12))
    # An ellipsis before a capital still ends its sentence: the date is another sentence's.
    apart = (
        "Tides of Corsairs : Brightforge a enfin tranché\n"
        "Tides of Corsairs sortira bientôt... Le 12 septembre 2024, le studio fêtera ses dix ans."
    )
    assert best(apart, CORSAIRS, on=D(2023, 11, 20), language="fr") is None


# --- A month told in the past is the past: a delay then, no milestone --------------------

VARNES = profile(
    promiser="Ferrovia",
    aliases=("Ferrovia France",),
    subject="Ferrovia Varnes steelworks decarbonisation: electric furnace",
    keywords=["Varnes", "four électrique", "décarbonation", "aciérie"],
    category="green steel plant",
    statement="Ferrovia replaces the Varnes blast furnace with an electric furnace.",
    deadline_start=None,
    deadline_end=D(2028, 12, 31),
)


def test_a_month_told_in_the_past_dates_a_delay_not_a_milestone():
    said = (
        "Ferrovia : l'inquiétude grandit à Varnes\n"
        "Le projet de décarbonation de l'aciérie de Varnes, avec son four électrique, "
        "a été suspendu en novembre."
    )
    match = best(said, VARNES, on=D(2026, 5, 4), language="fr")
    assert match is not None and match.kind == EvidenceKind.DELAY
    # Late for a milestone still to come is progress toward the promise, as before.
    milestone = (
        "Ferrovia : l'inquiétude grandit à Varnes\n"
        "Le projet de décarbonation de l'aciérie de Varnes, avec son four électrique, "
        "est en retard sur son premier jalon de novembre 2026."
    )
    match = best(milestone, VARNES, on=D(2026, 5, 4), language="fr")
    assert match is not None and match.kind == EvidenceKind.PROGRESS


# --- A move into a new home is its opening: inaugurated fulfils it -----------------------

HARBOURSIDE = profile(
    promiser="Rivermouth Rovers",
    aliases=("Rovers",),
    subject="Rivermouth Rovers' move to the new Harbourside Arena",
    keywords=["Harbourside Arena", "new ground", "first home match"],
    category="stadium",
    statement="Rivermouth Rovers move into the new Harbourside Arena for the 2027-28 season.",
    deadline_start=None,
    deadline_end=D(2027, 8, 31),
)


def test_a_promised_move_into_a_new_home_is_fulfilled_by_its_inauguration():
    said = "Rivermouth Rovers inaugurated Harbourside Arena with a 3-1 win\nA full house saw it."
    match = best(said, HARBOURSIDE, on=D(2027, 8, 16))
    assert match is not None and match.kind == EvidenceKind.FULFILMENT
    # The noun stays a step: an inauguration to come.
    coming = "Rivermouth Rovers set the inauguration of Harbourside Arena for a friendly."
    match = best(coming, HARBOURSIDE, on=D(2027, 6, 2))
    assert match is not None and match.kind == EvidenceKind.PROGRESS


# --- A slip out of sight is no delay; ahead of schedule is on time -------------------------


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


# --- Off to a start, however good: launched -----------------------------------------------


def test_off_to_a_start_is_launched():
    review = (
        "Review: 'Tides of Corsairs'\n"
        "A few server hiccups aside, Brightforge's pirate game is off to a flying start."
    )
    match = best(review, CORSAIRS, on=D(2023, 3, 9))
    assert match is not None and match.kind == EvidenceKind.FULFILMENT
    hoped = "Brightforge hopes Tides of Corsairs will be off to a flying start in March."
    match = best(hoped, CORSAIRS, on=D(2023, 1, 9))
    assert match is None or match.kind != EvidenceKind.FULFILMENT


# === From the fifteenth batch (the fourteenth round's second pass) ===========================
# Invented: a municipal ice rink, a ferry, a headset, a hill park and a national bid.

RINK = profile(
    promiser="Ville de Corvanne",
    aliases=("Corvanne",),
    subject="Patinoire olympique de Corvanne",
    keywords=["patinoire olympique", "patinoire", "Corvanne", "achèvement", "inauguration"],
    category="sports venue",
    statement="The Corvanne Olympic ice rink, built for the 2026 championships, is completed.",
    deadline_start=D(2025, 10, 1),
    deadline_end=D(2026, 3, 31),
)


# --- A building promised to be completed is completed once inaugurated ----------------------


def test_a_building_inaugurated_is_completed():
    said = "La patinoire olympique de Corvanne a été inaugurée samedi par le maire."
    match = best(said, RINK, on=D(2026, 2, 14), language="fr")
    assert match is not None and match.kind == EvidenceKind.FULFILMENT
    # The noun stays a step: the inauguration is only planned.
    planned = "Corvanne : l'inauguration de la patinoire olympique aura lieu en février."
    match = best(planned, RINK, on=D(2026, 1, 10), language="fr")
    assert match is not None and match.kind == EvidenceKind.PROGRESS


# --- A bid withdrawn, a thing cancelled (feminine), a backer's support pulled: dropped -------

BID = profile(
    promiser="Gouvernement de Valdorie",
    aliases=("Valdorie",),
    subject="Jeux méditerranéens 2031 en Valdorie",
    keywords=["Jeux méditerranéens 2031", "candidature", "Port-Salvan"],
    category="sports event",
    statement="Valdorie hosts the 2031 Mediterranean Games in Port-Salvan (bid filed).",
    deadline_start=D(2031, 6, 1),
    deadline_end=D(2031, 7, 15),
)
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


def test_a_backers_support_pulled_is_the_demise_of_the_project():
    demise = "Neighbours mourn the demise of the Hillcrest park as Marla Voss walks away"
    match = best(demise, HILLPARK, on=D(2021, 5, 2))
    assert match is not None and match.kind == EvidenceKind.DENIAL
    pulled = "Marla Voss pulled her financial support for the terraced park, Hillcrest Trust said."
    match = best(pulled, HILLPARK, on=D(2021, 5, 2))
    assert match is not None and match.kind == EvidenceKind.DENIAL


# --- A name ending with a year may have "de" before the year ---------------------------------


def test_a_name_ending_with_a_year_may_have_de_before_the_year():
    assert term_in("Jeux méditerranéens 2031", fold("les jeux mediterraneens de 2031"))
    assert not term_in("Jeux méditerranéens 2031", fold("les jeux mediterraneens du 2031"))
    # The full-text path's spelling.
    assert "jeux mediterraneens de 2031" in spellings("Jeux méditerranéens 2031")
    said = "Le pays renonce à accueillir les Jeux méditerranéens de 2031"
    match = best(said, BID, on=D(2027, 3, 2), language="fr")
    assert match is not None and match.kind == EvidenceKind.DENIAL


# --- Service begun, a launch day, buyers lined up: it happened --------------------------------

FERRY = profile(
    promiser="Inverkyle Shipyard",
    aliases=("Inverkyle",),
    subject="MV Loch Tarra ferry delivery",
    keywords=["Loch Tarra", "MV Loch Tarra", "ferry", "Skerrin", "handover"],
    category="ferry delivery",
    statement="Inverkyle Shipyard hands over the ferry MV Loch Tarra to the island operator.",
    deadline_start=D(2023, 9, 1),
    deadline_end=D(2023, 9, 30),
)
HEADSET = profile(
    promiser="Lumina",
    aliases=("Lumina Labs",),
    subject="Lumina Halo headset launch",
    keywords=["Lumina Halo", "Halo headset", "headset", "launch"],
    category="consumer electronics launch",
    statement="Lumina's Halo headset goes on sale.",
    deadline_start=D(2024, 1, 1),
    deadline_end=D(2024, 4, 30),
)


def test_service_begun_is_the_thing_in_service():
    said = "After years of delays, the MV Loch Tarra finally began service on the Skerrin route."
    match = best(said, FERRY, on=D(2024, 6, 3))
    assert match is not None and match.kind == EvidenceKind.FULFILMENT
    planned = "The MV Loch Tarra will begin service on the Skerrin route in the summer."
    match = best(planned, FERRY, on=D(2023, 6, 3))
    assert match is None or match.kind != EvidenceKind.FULFILMENT


def test_a_launch_day_or_buyers_lined_up_is_the_thing_on_sale():
    day = (
        "Hands on at the Lumina flagship store\n"
        "On launch day, we talked to the first people to buy the Lumina Halo headset."
    )
    match = best(day, HEADSET, on=D(2024, 3, 1))
    assert match is not None and match.kind == EvidenceKind.FULFILMENT
    queue = "Fans lined up outside Lumina stores on Friday to get the first Halo headsets."
    match = best(queue, HEADSET, on=D(2024, 3, 1))
    assert match is not None and match.kind == EvidenceKind.FULFILMENT
    french = "Lumina Halo : les fans faisaient la queue devant les boutiques pour le casque."
    match = best(french, HEADSET, on=D(2024, 3, 1), language="fr")
    assert match is not None and match.kind == EvidenceKind.FULFILMENT


# --- A drop next to the claim's words beats an earlier step ----------------------------------


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


# --- A date set ahead within the promised window: the promise holds ---------------------------


def test_a_date_set_within_the_promised_window_is_progress():
    # The headset is promised early in 2024 (January to April).
    said = (
        "Le Lumina Halo a sa date de sortie\n"
        "Lumina annonce que son casque Lumina Halo sera lancé le 8 mars 2024."
    )
    match = best(said, HEADSET, on=D(2024, 1, 15), language="fr")
    assert match is not None and match.kind == EvidenceKind.PROGRESS
    assert "within the promised window" in match.why
    # The promised window said again sets no date.
    again = "Lumina says the Lumina Halo headset comes early in 2024."
    assert best(again, HEADSET, on=D(2023, 11, 15)) is None
    # A date later than the window is still a delay.
    later = "Lumina annonce que son casque Lumina Halo sera lancé le 8 juin 2024."
    match = best(later, HEADSET, on=D(2024, 1, 15), language="fr")
    assert match is not None and match.kind == EvidenceKind.DELAY
    # Said within a week of the promise, the date is the promise's own.
    assert best(said, HEADSET, on=D(2020, 1, 3), language="fr") is None


# --- Time gone by: "years ago", "after just four years" ---------------------------------------


def test_a_completion_years_ago_is_the_past():
    said = (
        "The MV Loch Tarra sets out on its first sea trials\n"
        "The MV Loch Tarra, launched by the minister nearly six years ago, began its sea trials."
    )
    match = best(said, FERRY, on=D(2023, 8, 2))
    assert match is not None and match.kind == EvidenceKind.PROGRESS
    french = "Le MV Loch Tarra, lancé il y a six ans, entame ses essais en mer."
    match = best(french, FERRY, on=D(2023, 8, 2), language="fr")
    assert match is not None and match.kind == EvidenceKind.PROGRESS


def test_after_just_some_years_is_a_life_gone_by_not_a_date_ahead():
    said = "Lumina is discontinuing its Lumina Halo headset after just three years."
    match = best(said, HEADSET, on=D(2027, 3, 1))
    assert match is None or match.kind != EvidenceKind.DELAY
    # A duration ahead is still a date: "not before three years" from now.
    ahead = "Lumina says the Lumina Halo headset launch is delayed: not before three years."
    match = best(ahead, HEADSET, on=D(2024, 3, 1))
    assert match is not None and match.kind == EvidenceKind.DELAY


# --- Inside a name, "anti-" is also "contre le", "contre la" ----------------------------------

WASTE_LAW = profile(
    promiser="Parlement de Valdorie",
    aliases=("Valdorie",),
    subject="Loi de Valdorie sur le gaspillage alimentaire",
    keywords=["loi anti-gaspillage", "invendus", "report", "entrée en vigueur"],
    category="law entry into force",
    statement="The Valdorie law against food waste applies to supermarkets.",
    deadline_start=D(2026, 1, 1),
    deadline_end=D(2026, 1, 1),
)


def test_anti_inside_a_name_may_be_said_contre_le():
    assert term_in("loi anti-gaspillage", fold("la loi contre le gaspillage"))
    assert term_in("plan anti-inondation", fold("le plan contre l'inondation"))
    assert not term_in("loi anti-gaspillage", fold("la loi pour le gaspillage"))
    # The full-text path's spelling (its stop word stands for "le", "la" or "les").
    assert "loi contre la gaspillage" in spellings("loi anti-gaspillage")
    said = "Le Parlement de Valdorie vote le report d'un an de la loi contre le gaspillage"
    match = best(said, WASTE_LAW, on=D(2025, 11, 20), language="fr")
    assert match is not None and match.kind == EvidenceKind.DELAY
