"""The thirteenth round's rules (docs/news-watch.md, "Thirteenth round"), each written as a
specification on invented sentences: a made-up constellation, tram line, bridge, rail
service and desalination plant, none of them in the labelled sets."""

from __future__ import annotations

import datetime as dt

from language.kinds import EvidenceKind
from language.matching import ClaimProfile
from language.matching.lexicon import spellings, term_in
from language.text import fold_words as fold
from tests.language.matching_specs import best, profile

D = dt.date


KESTREL = profile(
    promiser="Orbitra",
    aliases=("Orbitra Space",),
    subject="Kestrel satellite constellation deployment",
    keywords=["Kestrel constellation", "satellites", "constellation", "launch"],
    category="satellite constellation",
    statement="Orbitra completes the launches deploying its Kestrel satellite constellation.",
    deadline_start=D(2026, 1, 1),
    deadline_end=D(2026, 4, 30),
)


# --- A completion in an "until" clause has not happened ---------------------------------


def test_a_completion_in_an_until_clause_has_not_happened():
    said = (
        "Orbitra will keep its launch pace until the Kestrel constellation is completed, "
        "its chief engineer said."
    )
    assert best(said, KESTREL, on=D(2025, 9, 1)) is None
    moved = (
        "Orbitra's next Kestrel satellites fly in May\n"
        "We will keep flying until our constellation is completed. The revised schedule "
        "completes the Kestrel constellation in mid-2026."
    )
    match = best(moved, KESTREL, on=D(2025, 9, 1))
    assert match is not None and match.kind == EvidenceKind.DELAY
    assert (match.proposed_start, match.proposed_end) == (D(2026, 5, 1), D(2026, 8, 31))


# --- A halt of the works is a pause -----------------------------------------------------

BRISAC = profile(
    promiser="Hydralis",
    aliases=("Hydralis Eau",),
    subject="Usine de dessalement de Brisac",
    keywords=["usine de dessalement", "Brisac", "mise en service"],
    category="desalination plant",
    statement="The Brisac seawater desalination plant enters service.",
    deadline_start=D(2024, 1, 1),
    deadline_end=D(2024, 12, 31),
)


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


# --- What was due to happen has not; a promise stuck is late ----------------------------

VALMONT_RER = profile(
    promiser="Région Valmont",
    aliases=("la Région", "Valmont Express"),
    subject="Service express régional de Valmont (offre complète)",
    keywords=["service express régional", "trains supplémentaires", "mise en service"],
    category="regional rail service",
    statement="The Valmont regional express runs its full service of 600 additional trains.",
    deadline_start=D(2024, 9, 1),
    deadline_end=D(2024, 9, 30),
)


def test_what_was_due_to_happen_has_not():
    said = (
        "Valmont Express : un an après\n"
        "L'essentiel des trains supplémentaires devait être mis en service dès le lancement."
    )
    assert best(said, VALMONT_RER, on=D(2025, 1, 10), language="fr") is None


def test_a_service_stuck_short_of_the_promise_is_late():
    stuck = (
        "Valmont Express : l'offre plafonne\n"
        "Six mois plus tard, le Valmont Express reste bloqué à 400 trains supplémentaires "
        "par semaine."
    )
    match = best(stuck, VALMONT_RER, on=D(2025, 3, 10), language="fr")
    assert match is not None and match.kind == EvidenceKind.DELAY


# --- A date missed is late --------------------------------------------------------------

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


# --- A step word that names someone's job is no step ------------------------------------

RIVEMONT = profile(
    promiser="Agence des Ponts",
    aliases=("Ponteo", "consortium Ponteo"),
    subject="Nouveau pont de Rivemont",
    keywords=["pont de Rivemont", "nouveau pont", "ouverture"],
    category="bridge",
    statement="The new Rivemont bridge opens to traffic.",
    deadline_start=D(2025, 3, 1),
    deadline_end=D(2025, 3, 31),
)


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


# --- An alias sharing a word with the thing's name names the thing ----------------------

HARBOUR_CROSSTOWN = profile(
    promiser="Metrovale",
    aliases=("Metrovale Transit", "Harbour Crosstown"),
    subject="Harbour Crosstown LRT (Line 7 Harbour), Port Selwyn",
    keywords=["Harbour Crosstown", "Crosstown LRT", "Line 7 Harbour", "LRT", "opening"],
    category="light rail line",
    statement="Metrovale opens the Harbour Crosstown light rail line to riders.",
    deadline_start=D(2023, 6, 1),
    deadline_end=D(2023, 6, 30),
)


def test_an_alias_sharing_a_word_with_the_things_name_names_the_thing():
    assert HARBOUR_CROSSTOWN.thing_names == ("Crosstown LRT", "Line 7 Harbour", "Harbour Crosstown")
    match = best(
        "Harbour Crosstown hits a milestone as two-thirds of the track is installed",
        HARBOUR_CROSSTOWN,
        on=D(2022, 3, 1),
    )
    assert match is not None and match.kind == EvidenceKind.PROGRESS
    # An alias naming a whole network shares no word with the line's names: no name of it.
    network = profile(
        promiser="Metrovale",
        aliases=("Metro Network",),
        subject="Metro Network line 7 Harbour",
        keywords=["Metro Network", "Line 7 Harbour", "opening"],
        statement="Metrovale opens line 7 Harbour.",
    )
    assert network.thing_names == ("Line 7 Harbour",)


# --- A promiser named after its thing: the thing's other names still count --------------

VAULMONT_TRAM = profile(
    promiser="Tram'Vaulmont",
    aliases=("tram de Vaulmont", "consortium Tram'Vaulmont"),
    subject="Tram de Vaulmont (Bellerive – Corlay)",
    keywords=["tram de Vaulmont", "mise en service", "Vaulmont tramway", "opening"],
    category="tram line",
    statement="The Vaulmont tram line enters commercial service.",
    deadline_start=D(2022, 9, 1),
    deadline_end=D(2022, 12, 31),
)


def test_a_thing_named_after_its_promiser_keeps_its_other_names():
    assert VAULMONT_TRAM.named_after_thing
    assert "Vaulmont tramway" in VAULMONT_TRAM.thing_names
    match = best("Vaulmont tramway opens", VAULMONT_TRAM, on=D(2024, 4, 30))
    assert match is not None and match.kind == EvidenceKind.FULFILMENT


# --- What is delivered has been produced ------------------------------------------------

MARVEL_BAY_KWARGS: dict = {
    "promiser": "City of Marvel Bay",
    "aliases": ("Marvel Bay",),
    "subject": "Marvel Bay desalination plant restart",
    "keywords": ["desalination plant", "drinking water", "restart"],
    "category": "desalination plant",
    "statement": "Marvel Bay's restarted desalination plant is in service, producing drinking "
    "water for the city.",
    "deadline_start": D(2023, 9, 1),
    "deadline_end": D(2023, 9, 30),
}
MARVEL_BAY = profile(**MARVEL_BAY_KWARGS)


def test_a_delivery_of_what_a_claim_promises_to_produce_is_its_fulfilment():
    delivered = "Marvel Bay desalination plant delivers its first drinking water to homes"
    match = best(delivered, MARVEL_BAY, on=D(2024, 2, 1))
    assert match is not None and match.kind == EvidenceKind.FULFILMENT
    # A claim promising neither production nor a delivery still reads a delivery as a step.
    service = profile(**{**MARVEL_BAY_KWARGS, "statement": "Marvel Bay's plant enters service."})
    match = best(delivered, service, on=D(2024, 2, 1))
    assert match is not None and match.kind == EvidenceKind.PROGRESS


# --- Inaugurated is opened, for a claim that promises an opening ------------------------

VOLTCELL = profile(
    promiser="Voltcell",
    aliases=("Voltcell SAS",),
    subject="Voltcell cell plant at Marsac",
    keywords=["usine", "Marsac", "cellules", "gigafactory"],
    category="battery plant",
    statement="Voltcell produces its first battery cells at its Marsac plant.",
    deadline_start=D(2024, 1, 1),
    deadline_end=D(2024, 12, 31),
)


def test_inaugurated_is_opened_for_a_claim_promising_an_opening():
    opened = "Le nouveau pont de Rivemont inauguré\nLes premières voitures l'ont traversé lundi."
    match = best(opened, RIVEMONT, on=D(2025, 5, 20), language="fr")
    assert match is not None and match.kind == EvidenceKind.FULFILMENT
    # The noun stays a step or the thing moved: "l'inauguration reportée".
    moved = "L'inauguration du pont de Rivemont reportée à l'automne"
    match = best(moved, RIVEMONT, on=D(2025, 2, 20), language="fr")
    assert match is not None and match.kind == EvidenceKind.DELAY
    # A plant promised to produce is inaugurated before it does: a step.
    plant = "Voltcell inaugure son usine de cellules de Marsac"
    match = best(plant, VOLTCELL, on=D(2024, 5, 20), language="fr")
    assert match is not None and match.kind == EvidenceKind.PROGRESS


# --- "de" or "à" inside a name ----------------------------------------------------------


def test_de_and_a_inside_a_name_say_the_same():
    assert term_in("tram de Vaulmont", fold("Le projet de tram à Vaulmont"))
    assert not term_in("tram de Vaulmont", fold("Le tram en Vaulmont"))
    match = best(
        "Le tram à Vaulmont reporté à 2026", VAULMONT_TRAM, on=D(2024, 3, 1), language="fr"
    )
    assert match is not None and match.kind == EvidenceKind.DELAY


# --- Stalling is late --------------------------------------------------------------------


def test_a_project_said_to_stall_is_late():
    for said in ("Le projet de tram de Vaulmont patine encore", "Le tram de Vaulmont piétine"):
        match = best(said, VAULMONT_TRAM, on=D(2023, 3, 1), language="fr")
        assert match is not None and match.kind == EvidenceKind.DELAY, said


# --- The old plan's date is no new date --------------------------------------------------


def test_what_was_planned_before_is_not_proposed():
    said = (
        "Le projet de tram de Vaulmont patine encore\n"
        "À l'origine, la mise en service était prévue fin 2022. L'an dernier, l'objectif était "
        "fixé à 2025. Cette fois, il est question de juin 2026."
    )
    match = best(said, VAULMONT_TRAM, on=D(2024, 11, 1), language="fr")
    assert match is not None and match.kind == EvidenceKind.DELAY
    assert (match.proposed_start, match.proposed_end) == (D(2026, 6, 1), D(2026, 6, 30))


# =========================================================================================
# Second part: the tenth blind batch (docs/news-watch.md, "Thirteenth round, second part").
# Invented again: a wind farm, a rail line, an airport, a vaccine, a phone.
# =========================================================================================

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


# --- Cancelling, pulling out ------------------------------------------------------------


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


# --- A keyword holding the thing's name names the thing ---------------------------------

SAINT_AVAL = profile(
    promiser="Aéroports de l'Estuaire",
    aliases=("AEST",),
    subject="Aéroport du Grand Large à Port-Saint-Aval",
    keywords=["aéroport de Port-Saint-Aval", "Port-Saint-Aval", "nouvel aéroport"],
    category="launch",
    statement="Le nouvel aéroport de Port-Saint-Aval ouvre.",
    deadline_start=D(2025, 1, 1),
    deadline_end=D(2025, 12, 31),
)


def test_a_keyword_holding_the_things_name_names_it():
    assert SAINT_AVAL.thing_names == ("Port-Saint-Aval",)
    # The longer keyword is counted in place of the name it holds, and names the thing.
    said = "Le gouvernement confirme l'abandon du projet d'aéroport de Port-Saint-Aval"
    match = best(said, SAINT_AVAL, on=D(2024, 2, 1), language="fr")
    assert match is not None and match.kind == EvidenceKind.DENIAL


# --- A drop reported in the future is the decision ---------------------------------------


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


# --- The promised event of an alias: the alias names the thing ---------------------------


def lagune(subject: str) -> ClaimProfile:
    return profile(
        promiser="Lagune Airport Company",
        aliases=("Port Lagune International", "PLI"),
        subject=subject,
        keywords=["new Lagune airport", "opening"],
        category="airport",
        statement="The new Lagune airport opens to passengers.",
        deadline_start=D(2024, 6, 1),
        deadline_end=D(2024, 6, 30),
    )


def test_the_promised_event_of_an_alias_makes_it_the_things_name():
    claim = lagune("Opening of Port Lagune International (PLI)")
    assert claim.named_after_thing
    match = best("Port Lagune International opens its doors", claim, on=D(2025, 3, 1))
    assert match is not None and match.kind == EvidenceKind.FULFILMENT
    # A part of what the alias names is no event of it: the alias says who promised.
    assert not lagune("Terminal 2 of Port Lagune International").named_after_thing
    assert not lagune("Opening of Terminal 2").named_after_thing


# --- A first named in apposition is that thing --------------------------------------------

SCROLL = profile(
    promiser="Veltra Mobile",
    aliases=("Veltra",),
    subject="Veltra Scroll on sale",
    keywords=["Veltra Scroll", "rollable phone", "on sale"],
    category="consumer product launch",
    statement="Veltra's first rollable phone, the Veltra Scroll, goes on sale.",
    deadline_start=D(2024, 4, 30),
    deadline_end=D(2024, 4, 30),
)


def test_a_first_named_in_apposition_is_that_thing():
    said = (
        "Veltra Scroll heads to shops\n"
        "Veltra says the Veltra Scroll will go on sale in Spain on October 3, months after "
        "the date it had promised."
    )
    match = best(said, SCROLL, on=D(2024, 8, 1))
    assert match is not None and match.kind == EvidenceKind.DELAY
    assert (match.proposed_start, match.proposed_end) == (D(2024, 10, 3), D(2024, 10, 3))


# --- "le" and "la" inside a name say the same ---------------------------------------------

VIRELIA = profile(
    promiser="Virelia",
    aliases=("Laboratoires Virelia",),
    subject="Spray nasal de Virelia contre le Covid-19",
    keywords=["spray contre le Covid-19", "spray nasal", "autorisation"],
    category="other",
    statement="Virelia obtient l'autorisation de son spray nasal contre le Covid-19.",
    deadline_start=D(2022, 1, 1),
    deadline_end=D(2022, 12, 31),
)


def test_le_and_la_inside_a_name_say_the_same():
    assert term_in("spray contre le Covid-19", fold("Un spray contre la Covid-19"))
    assert not term_in("spray contre le Covid-19", fold("Un spray contre Covid-19"))
    said = "Virelia abandonne son spray contre la Covid-19"
    match = best(said, VIRELIA, on=D(2022, 6, 1), language="fr")
    assert match is not None and match.kind == EvidenceKind.DENIAL


# --- What is about to happen has not yet ---------------------------------------------------


def test_what_is_about_to_happen_has_not_yet():
    for said, language in (
        ("Usine de dessalement de Brisac : les bassins sont sur le point d'être terminés", "fr"),
        ("Brisac desalination plant is on the verge of being completed", "en"),
    ):
        match = best(said, BRISAC, on=D(2024, 10, 1), language=language)
        assert match is None or match.kind != EvidenceKind.FULFILMENT, said


# --- Shipping, on sale: a product launched -------------------------------------------------


def test_a_product_shipping_or_on_sale_is_launched():
    for said, language in (
        ("Veltra started shipping the Veltra Scroll to buyers in Spain", "en"),
        ("The Veltra Scroll went on sale in Spain this morning", "en"),
        ("Le Veltra Scroll est en vente en Espagne", "fr"),
    ):
        match = best(said, SCROLL, on=D(2024, 8, 1), language=language)
        assert match is not None and match.kind == EvidenceKind.FULFILMENT, said
    said = "The Veltra Scroll will go on sale in Spain"
    match = best(said, SCROLL, on=D(2024, 3, 1))
    assert match is None or match.kind != EvidenceKind.FULFILMENT


# --- Not opening at a time said is late ---------------------------------------------------


def test_not_opening_at_a_time_said_is_late():
    claim = lagune("Opening of Port Lagune International (PLI)")
    for said, language in (
        ("Port Lagune International will not open in June after a wiring fault", "en"),
        ("Port Lagune International n'ouvrira pas en juin, faute de pompiers", "fr"),
    ):
        match = best(said, claim, on=D(2024, 5, 2), language=language)
        assert match is not None and match.kind == EvidenceKind.DELAY, said


# --- A noun and a name, with "de" between ----------------------------------------------------

BRAVIA = profile(
    promiser="Bravia Santé",
    aliases=("Bravia",),
    subject="Vaccin Bravia contre la grippe saisonnière",
    keywords=["vaccin Bravia", "grippe saisonnière"],
    category="other",
    statement="Bravia met sur le marché son vaccin contre la grippe saisonnière.",
    deadline_start=D(2025, 1, 1),
    deadline_end=D(2025, 12, 31),
)


def test_a_noun_and_a_name_may_have_de_between():
    assert term_in("vaccin Bravia", fold("le vaccin de Bravia et Tollis"))
    assert not term_in("vaccin Bravia", fold("le vaccin contre Bravia"))
    assert "vaccin de bravia" in spellings("vaccin Bravia")  # the full-text path's spelling
    said = "Le vaccin de Bravia et Tollis ne serait prêt que fin 2027"
    match = best(said, BRAVIA, on=D(2024, 11, 1), language="fr")
    assert match is not None and match.kind == EvidenceKind.DELAY
    assert (match.proposed_start, match.proposed_end) == (D(2027, 9, 1), D(2027, 12, 31))


# === Third part: the eleventh blind batch ==================================================
# A made-up radio station leaving the air, an operating system's end of support, and a
# reservoir promised to be inaugurated.

VALMER = profile(
    promiser="Conseil des ondes",
    aliases=("CDO",),
    subject="Fin de diffusion de Radio Valmer sur la bande FM",
    keywords=["Radio Valmer", "bande FM", "fréquences"],
    category="other",
    statement="Radio Valmer stops broadcasting on FM, as decided by the Conseil des ondes.",
    deadline_start=D(2025, 6, 30),
    deadline_end=D(2025, 6, 30),
)
KORALOS = profile(
    promiser="Nimbus Soft",
    aliases=("Nimbus",),
    subject="Koralos 7 end of support",
    keywords=["Koralos 7", "end of support", "security patches"],
    category="other",
    statement="Nimbus Soft ends support (security patches) for Koralos 7.",
    deadline_start=D(2026, 3, 1),
    deadline_end=D(2026, 3, 1),
)


# --- An end promised, said to have happened ------------------------------------------------


def test_an_end_said_to_have_happened_fulfils_a_claim_promising_that_end():
    for said, claim, on, language in (
        (
            "Radio Valmer a cessé d'émettre sur la bande FM, selon le Conseil des ondes",
            VALMER,
            D(2025, 7, 1),
            "fr",
        ),
        ("Koralos 7 has reached the end of support, Nimbus said", KORALOS, D(2026, 3, 2), "en"),
        ("Today Nimbus stops supporting Koralos 7 after nine years", KORALOS, D(2026, 3, 1), "en"),
    ):
        match = best(said, claim, on=on, language=language)
        assert match is not None and match.kind == EvidenceKind.FULFILMENT, said


def test_an_end_still_to_come_or_of_another_promise_is_no_fulfilment():
    said = "Nimbus will stop supporting Koralos 7 next March"
    match = best(said, KORALOS, on=D(2025, 10, 1))
    assert match is None or match.kind != EvidenceKind.FULFILMENT
    # A claim that promises no end: the old line having ceased says nothing of it.
    launch = profile(
        promiser="Nimbus Soft",
        aliases=("Nimbus",),
        subject="Koralos 8 launch",
        keywords=["Koralos 8"],
        statement="Nimbus Soft launches Koralos 8.",
        deadline_start=D(2026, 1, 1),
        deadline_end=D(2026, 12, 31),
    )
    said = "Nimbus: Koralos 8 is in testing, while sales of Koralos 6 have ceased"
    match = best(said, launch, on=D(2026, 2, 1))
    assert match is None or match.kind != EvidenceKind.FULFILMENT


# --- Inaugurated, for a claim that promises the inauguration ---------------------------------


def test_inaugurated_fulfils_a_claim_promising_an_inauguration():
    claim = profile(
        promiser="Republic of Varnia",
        aliases=("Varnia",),
        subject="Lake Serpa reservoir inauguration",
        keywords=["Lake Serpa reservoir", "Serpa reservoir", "reservoir"],
        category="other",
        statement="Varnia officially inaugurates the completed Lake Serpa reservoir.",
        deadline_start=D(2025, 9, 1),
        deadline_end=D(2025, 9, 30),
    )
    said = "Varnia's president has inaugurated the Lake Serpa reservoir in a ceremony"
    match = best(said, claim, on=D(2025, 9, 10))
    assert match is not None and match.kind == EvidenceKind.FULFILMENT


# --- The event of the promiser's own name ----------------------------------------------------


def test_a_subject_that_is_the_event_of_the_promisers_own_name_names_the_thing():
    claim = profile(
        promiser="Auditorium de Brévane",
        aliases=("l'Auditorium",),
        subject="Ouverture de l'Auditorium de Brévane",
        keywords=["salle de concert", "ouverture", "acoustique"],
        category="other",
        statement="The Auditorium de Brévane concert hall opens.",
        deadline_start=D(2026, 1, 1),
        deadline_end=D(2026, 12, 31),
    )
    said = "L'Auditorium de Brévane ouvre ce samedi devant mille spectateurs"
    match = best(said, claim, on=D(2026, 10, 3), language="fr")
    assert match is not None and match.kind == EvidenceKind.FULFILMENT


# --- A step word that is the promised thing's own noun -----------------------------------------

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


# --- A completion that is the subject of a verb in the future ---------------------------------


def test_a_completion_said_as_the_subject_of_a_future_verb_has_not_happened():
    claim = profile(
        promiser="Aerolis",
        aliases=("Aerolis SE",),
        subject="Aerolis Z90 entry into service",
        keywords=["Z90", "entry into service", "mise en service"],
        category="other",
        statement="The Aerolis Z90 enters service with its first airline customer.",
        deadline_start=D(2024, 4, 1),
        deadline_end=D(2024, 6, 30),
    )
    said = (
        "Aerolis Z90 : Valair sera la première compagnie à l'exploiter. "
        "Cette mise en service commercial sera précédée d'une tournée en Asie."
    )
    match = best(said, claim, on=D(2024, 3, 1), language="fr")
    assert match is None or match.kind != EvidenceKind.FULFILMENT
    said = "Aerolis Z90 : la mise en service commercial a eu lieu chez Valair"
    match = best(said, claim, on=D(2024, 5, 1), language="fr")
    assert match is not None and match.kind == EvidenceKind.FULFILMENT
