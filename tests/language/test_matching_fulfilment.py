"""What fulfils a claim, and what has not happened yet (docs/news-watch.md): a delivery of what
the claim promises to produce, an inauguration, a launch, a thing in service or on sale, an
end said to have happened; and a completion in an "until" clause, what was due or is about to
happen, or a completion told as the subject of a future verb, none of which is done. Each
rule is written as a specification on invented sentences about made-up projects, none of
them in the labelled sets.
"""

from __future__ import annotations

import datetime as dt

from language.kinds import EvidenceKind
from tests.language.matching_specs import (
    ALPCOM_3G,
    BRISAC,
    CORSAIRS,
    FERRY,
    HEADSET,
    RIVEMONT,
    SCROLL,
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


# --- Done: delivered, inaugurated, launched, in service, ended -----------------------------------


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


def test_a_line_numbered_no_that_comes_into_operation_is_done():
    # "comes into operation" as "goes into operation"; the "No." of "Line No. 2" numbers the
    # line and negates nothing.
    line = profile(
        promiser="Marvel Bay Transit",
        aliases=("Marvel Bay",),
        subject="Marvel Bay Metro Line No. 2",
        keywords=["Metro Line No. 2", "Harbour - Airport metro"],
        category="launch",
        statement="Marvel Bay's second metro line, from the harbour to the airport, opens.",
        deadline_start=None,
        deadline_end=D(2022, 12, 31),
    )
    for said in (
        "Marvel Bay's Metro Line No. 2 officially comes into operation",
        "Marvel Bay's Metro Line No.2 came into service on Sunday",
    ):
        assert kind_of(said, line, on=D(2024, 12, 22)) == EvidenceKind.FULFILMENT, said


def test_a_delivery_of_what_a_claim_promises_to_produce_is_its_fulfilment():
    delivered = "Marvel Bay desalination plant delivers its first drinking water to homes"
    match = best(delivered, MARVEL_BAY, on=D(2024, 2, 1))
    assert match is not None and match.kind == EvidenceKind.FULFILMENT
    # A claim promising neither production nor a delivery still reads a delivery as a step.
    service = profile(**{**MARVEL_BAY_KWARGS, "statement": "Marvel Bay's plant enters service."})
    match = best(delivered, service, on=D(2024, 2, 1))
    assert match is not None and match.kind == EvidenceKind.PROGRESS


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


def test_a_milestone_inaugurated_is_that_milestone_not_the_opening():
    said = "Pont de Rivemont : la pose du premier pilier a été inaugurée le 19 octobre."
    match = best(said, RIVEMONT, on=D(2024, 11, 5), language="fr")
    assert match is not None and match.kind == EvidenceKind.PROGRESS
    # Works told as the past before it leave the opening an opening.
    said = "Après quatre ans de travaux, le nouveau pont de Rivemont a été inauguré lundi."
    match = best(said, RIVEMONT, on=D(2025, 5, 20), language="fr")
    assert match is not None and match.kind == EvidenceKind.FULFILMENT


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


def test_a_building_inaugurated_is_completed():
    said = "La patinoire olympique de Corvanne a été inaugurée samedi par le maire."
    match = best(said, RINK, on=D(2026, 2, 14), language="fr")
    assert match is not None and match.kind == EvidenceKind.FULFILMENT
    # The noun stays a step: the inauguration is only planned.
    planned = "Corvanne : l'inauguration de la patinoire olympique aura lieu en février."
    match = best(planned, RINK, on=D(2026, 1, 10), language="fr")
    assert match is not None and match.kind == EvidenceKind.PROGRESS


def test_a_thing_promised_brought_into_operation_is_done_when_inaugurated():
    for statement in (
        "Norvent brings the Kestrel Bank offshore wind farm into full operation.",
        "Norvent's Kestrel Bank offshore wind farm begins operating (first phase).",
    ):
        claim = profile(
            promiser="Norvent",
            aliases=("Norvent SA",),
            subject="Kestrel Bank offshore wind farm",
            keywords=["Kestrel Bank", "offshore wind farm", "Norvent"],
            category="energy",
            statement=statement,
            deadline_start=D(2024, 1, 1),
            deadline_end=D(2024, 12, 31),
        )
        said = "Norvent inaugurates the Kestrel Bank offshore wind farm, a year late"
        match = best(said, claim, on=D(2025, 9, 18))
        assert match is not None and match.kind == EvidenceKind.FULFILMENT, statement


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


CORVEZ = profile(
    promiser="Gouvernement de Valdorie",
    aliases=("Valdorie",),
    subject="Fermeture de la centrale de Corvez",
    keywords=["centrale de Corvez", "Corvez plant", "fermeture", "réacteur"],
    category="power plant closure",
    statement="The Corvez coal power plant is permanently shut down.",
    deadline_start=None,
    deadline_end=D(2022, 12, 31),
)


def test_a_plant_said_closed_fulfils_a_claim_promising_its_closure():
    for said, language in (
        ("La centrale de Corvez définitivement arrêtée", "fr"),
        ("Centrale de Corvez : les réacteurs ont été débranchés dans la nuit", "fr"),
        ("The Corvez plant was permanently shut down on Friday, Valdorie said", "en"),
    ):
        match = best(said, CORVEZ, on=D(2024, 3, 2), language=language)
        assert match is not None and match.kind == EvidenceKind.FULFILMENT, said


def test_a_halt_is_no_denial_of_a_claim_promising_that_halt():
    # For another claim, "à l'arrêt" is a project halted (a hedged denial); for a closure it
    # is the very thing promised, still ahead here.
    said = "Centrale de Corvez : le réacteur doit être mis à l'arrêt samedi, annonce Valdorie"
    match = best(said, CORVEZ, on=D(2022, 3, 2), language="fr")
    assert match is None or match.kind != EvidenceKind.DENIAL


def test_a_time_of_day_is_no_half_year():
    # "à 2H30 du matin" once read as the second half of 2030: a new date, hence a delay.
    said = "Centrale de Corvez : le réacteur sera arrêté à 2H30 du matin, annonce Valdorie"
    match = best(said, CORVEZ, on=D(2022, 3, 2), language="fr")
    assert match is None or match.kind != EvidenceKind.DELAY


def test_a_handover_of_what_the_claim_promises_to_deliver_is_done():
    said = "Inverkyle handed over the MV Loch Tarra to the island operator on Thursday"
    match = best(said, FERRY, on=D(2024, 2, 2))
    assert match is not None and match.kind == EvidenceKind.FULFILMENT


def test_years_ago_in_the_next_sentence_do_not_date_a_completion():
    said = (
        "Brisac : l'usine de dessalement est officiellement terminée. La fin d'un chantier "
        "imaginé il y a dix ans par Hydralis."
    )
    match = best(said, BRISAC, on=D(2025, 2, 1), language="fr")
    assert match is not None and match.kind == EvidenceKind.FULFILMENT


def test_a_completion_as_the_purpose_of_a_plan_is_not_done():
    said = (
        "Usine de dessalement de Brisac : le site devait être lancé début 2024 pour être "
        "pleinement opérationnel l'été, selon Hydralis."
    )
    match = best(said, BRISAC, on=D(2024, 2, 1), language="fr")
    assert match is None or match.kind != EvidenceKind.FULFILMENT


def test_a_project_launched_is_a_step_toward_what_it_promises():
    said = (
        "Usine de dessalement de Brisac : le projet a réellement été lancé en octobre, "
        "annonce Hydralis."
    )
    match = best(said, BRISAC, on=D(2023, 11, 2), language="fr")
    assert match is not None and match.kind == EvidenceKind.PROGRESS


def test_a_step_away_from_the_claims_words_counts_in_news_headed_by_the_claim():
    said = (
        "MV Loch Tarra: the long wait for the islanders\n"
        "Islanders on Skerrin have waited years for a reliable crossing, and the old boats keep "
        "breaking down. At the yard this week, engineers began sea trials of the new vessel."
    )
    # Before the deadline and after it: the headline makes the item the ferry's.
    for on in (D(2023, 8, 2), D(2024, 2, 1)):
        match = best(said, FERRY, on=on)
        assert match is not None and match.kind == EvidenceKind.PROGRESS
        assert "(step): 'trials'" in match.why
    # Named in the body only, far from the trials: another vessel's, for all the item says.
    body_only = said.replace(
        "MV Loch Tarra: the long wait for the islanders", "The long wait for the islanders"
    ).replace("have waited years", "have waited years for the MV Loch Tarra")
    assert best(body_only, FERRY, on=D(2023, 8, 2)) is None


def test_ready_to_enter_production_is_a_step():
    for said in (
        "Hydralis : l'usine de dessalement de Brisac prête à entrer en service",
        "Usine de dessalement de Brisac : Hydralis prête pour la production en série",
    ):
        match = best(said, BRISAC, on=D(2023, 11, 2), language="fr")
        assert match is not None and match.kind == EvidenceKind.PROGRESS, said


# --- Not happened yet ----------------------------------------------------------------------------


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


def test_what_was_due_to_happen_has_not():
    said = (
        "Valmont Express : un an après\n"
        "L'essentiel des trains supplémentaires devait être mis en service dès le lancement."
    )
    assert best(said, VALMONT_RER, on=D(2025, 1, 10), language="fr") is None


def test_what_is_about_to_happen_has_not_yet():
    for said, language in (
        ("Usine de dessalement de Brisac : les bassins sont sur le point d'être terminés", "fr"),
        ("Brisac desalination plant is on the verge of being completed", "en"),
    ):
        match = best(said, BRISAC, on=D(2024, 10, 1), language=language)
        assert match is None or match.kind != EvidenceKind.FULFILMENT, said


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


KESTREL_FAB = profile(
    promiser="Norvanta Semiconductor",
    aliases=("Norvanta",),
    subject="Norvanta chip fab in Kestrel, Ontario",
    keywords=["Kestrel", "fab", "mass production"],
    category="chips and fabs",
    statement="Norvanta's chip fab in Kestrel becomes operational.",
    deadline_start=D(2024, 7, 1),
    deadline_end=D(2024, 12, 31),
)


def test_a_participle_describing_another_noun_is_no_completion():
    # "a finalized reduction": the reduction is final, the fab is not done; the delay told
    # beside it is the news.
    cut = (
        "Norvanta's Kestrel fab setback\n"
        "Norvanta confirmed a substantial delay for its Kestrel fab, alongside a finalized "
        "reduction in its subsidies."
    )
    match = best(cut, KESTREL_FAB, on=D(2025, 3, 1))
    assert match is not None and match.kind == EvidenceKind.DELAY
    # The participle as the verb's is still the event.
    done = "Norvanta has finally completed its Kestrel fab"
    match = best(done, KESTREL_FAB, on=D(2025, 3, 1))
    assert match is not None and match.kind == EvidenceKind.FULFILMENT


# --- A permit: a step toward a plant, the thing itself when it is what was promised ---------------

HALDEN_PLANT = profile(
    promiser="Corvane Motors",
    aliases=("Corvane",),
    subject="Halden battery plant",
    keywords=["Halden battery plant", "Halden plant", "Halden"],
    category="factory (batteries)",
    statement="Corvane Motors opens its Halden battery plant by the end of 2025.",
    deadline_end=D(2025, 12, 31),
)
HALDEN_PERMIT = profile(
    promiser="Corvane Motors",
    aliases=("Corvane",),
    subject="Halden plant building permit",
    keywords=["Halden plant", "building permit"],
    category="permit",
    statement="Corvane Motors obtains the building permit for its Halden plant by mid-2025.",
    deadline_end=D(2025, 8, 31),
)


def test_a_permit_secured_for_a_promised_plant_is_a_step():
    for item in (
        "Corvane Motors secures permit for Halden battery plant",
        "Corvane Motors obtient le permis de construire de l'usine de Halden",
    ):
        match = best(item, HALDEN_PLANT, on=D(2025, 6, 1))
        assert match is not None and match.kind == EvidenceKind.PROGRESS, item


def test_a_permit_secured_fulfils_a_claim_that_promised_the_permit():
    match = best(
        "Corvane Motors secures building permit for Halden plant", HALDEN_PERMIT, on=D(2025, 6, 1)
    )
    assert match is not None and match.kind == EvidenceKind.FULFILMENT


def test_inaugurated_is_reopened_for_a_claim_promising_a_reopening():
    claim = profile(
        promiser="Ormeau Holdings",
        aliases=("Ormeau",),
        subject="Réouverture du grand magasin La Verrière",
        keywords=["La Verrière", "grand magasin", "rouvrir"],
        category="other",
        statement="Ormeau reopens La Verrière department store after its renovation.",
        deadline_start=D(2013, 1, 1),
        deadline_end=D(2013, 12, 31),
    )
    said = (
        "Fermée depuis 2005, La Verrière rouvrira ses portes au public ce mercredi\n"
        "Le grand magasin La Verrière a été inauguré ce lundi 21 juin, entièrement rénové."
    )
    match = best(said, claim, on=D(2021, 6, 21), language="fr")
    assert match is not None and match.kind == EvidenceKind.FULFILMENT


def test_a_building_that_came_loose_has_won_nothing():
    claim = profile(
        promiser="Ormeau Holdings",
        aliases=("Ormeau",),
        subject="Qualification of La Verrière store",
        keywords=["La Verrière", "qualification"],
        category="certification",
        statement="Ormeau obtains the qualification for La Verrière.",
        stated_on=D(2015, 1, 1),
        deadline_end=D(2019, 12, 31),
    )
    fell = "Un pan de La Verrière s'est décroché hier, racheté par Ormeau en 2001."
    assert kind_of(fell, claim, on=D(2018, 6, 7), language="fr") != EvidenceKind.FULFILMENT
    won = "La Verrière d'Ormeau a décroché la qualification hier."
    assert kind_of(won, claim, on=D(2018, 6, 7), language="fr") == EvidenceKind.FULFILMENT


def test_what_someone_exclaimed_launches_nothing():
    claim = profile(
        promiser="Halden Transit",
        aliases=("Halden",),
        subject="Ligne Bravo du tramway de Halden",
        keywords=["ligne Bravo", "tramway"],
        category="launch",
        statement="Halden Transit launches tram line Bravo.",
        stated_on=D(2022, 1, 1),
        deadline_start=D(2027, 1, 1),
        deadline_end=D(2027, 12, 31),
    )
    said = (
        "« La ligne Bravo du tramway, on va la faire », voilà ce qu'a lancé le président de "
        "Halden Transit mercredi."
    )
    assert kind_of(said, claim, on=D(2024, 6, 7), language="fr") != EvidenceKind.FULFILMENT
    done = "Halden Transit a lancé la ligne Bravo du tramway mercredi."
    assert kind_of(done, claim, on=D(2027, 6, 7), language="fr") == EvidenceKind.FULFILMENT


VESPINA = profile(
    promiser="Petite Mobilité",
    aliases=("Petite Mobilité SA",),
    subject="Vespina microcar series production",
    keywords=["Vespina", "production", "livraisons"],
    category="car launch",
    statement="Petite Mobilité starts series production of the Vespina.",
    stated_on=D(2016, 3, 15),
    deadline_end=D(2017, 9, 30),
)


def test_in_production_or_a_first_trip_made_is_the_thing_done():
    said = "La Vespina de Petite Mobilité est en production depuis quelques mois."
    assert kind_of(said, VESPINA, on=D(2023, 3, 1), language="fr") == EvidenceKind.FULFILMENT
    said = "This Sunday the Tramcoop Vierzon–Guéret tram-train made its first trip."
    assert kind_of(said, TRAMCOOP, on=D(2024, 6, 9)) == EvidenceKind.FULFILMENT


def test_a_launch_announced_for_a_date_ahead_is_not_made():
    said = (
        "Vespina : Petite Mobilité annonce le lancement de la production et les premières "
        "livraisons pour ce printemps."
    )
    match = best(said, VESPINA, on=D(2019, 3, 1), language="fr")
    assert match is not None and match.kind == EvidenceKind.DELAY
    said = "Vespina : Petite Mobilité annonce le lancement de la production."
    assert kind_of(said, VESPINA, on=D(2019, 3, 1), language="fr") == EvidenceKind.FULFILMENT


def test_a_delivery_fulfils_a_claim_promising_the_thing_reaches_customers():
    claim = profile(
        promiser="Voltara",
        aliases=("Voltara Trucks",),
        subject="Voltara Hauler electric truck",
        keywords=["Voltara Hauler", "electric truck"],
        category="truck",
        statement="Voltara's Hauler electric truck reaches its first customers.",
        deadline_start=D(2024, 1, 1),
        deadline_end=D(2024, 12, 31),
    )
    said = "Voltara delivers its first Voltara Hauler electric trucks to a grocer"
    match = best(said, claim, on=D(2025, 12, 2))
    assert match is not None and match.kind == EvidenceKind.FULFILMENT


def test_a_certificate_obtained_is_a_step_for_a_claim_promising_entry_into_service():
    claim = profile(
        promiser="Aerolis",
        aliases=("Aerolis Aircraft",),
        subject="Aerolis A90 entry into service",
        keywords=["Aerolis A90", "entrée en service", "certification"],
        category="aircraft",
        statement="The Aerolis A90 airliner enters service with airlines.",
        deadline_start=D(2023, 1, 1),
        deadline_end=D(2023, 12, 31),
    )
    said = (
        "L'Aerolis A90 a obtenu sa certification de l'agence de sécurité aérienne, ouvrant la "
        "voie à son entrée en service, a annoncé Aerolis vendredi."
    )
    match = best(said, claim, on=D(2024, 7, 19), language="fr")
    assert match is not None and match.kind == EvidenceKind.PROGRESS


def test_a_headlines_plural_present_opening_something_new_is_done():
    said = "Lagune Airport Company open new Lagune airport with a first flight from Madrid"
    match = best(said, lagune("New Lagune airport"), on=D(2024, 6, 20))
    assert match is not None and match.kind == EvidenceKind.FULFILMENT


def test_a_unit_feeding_electricity_to_the_grid_is_in_operation():
    claim = profile(
        promiser="Energa Slovaka",
        aliases=("Energa",),
        subject="Valka nuclear plant unit 3",
        keywords=["Valka", "third unit", "nuclear power plant"],
        category="nuclear plant",
        statement="Unit 3 of the Valka nuclear power plant enters operation.",
        deadline_start=D(2012, 1, 1),
        deadline_end=D(2012, 12, 31),
    )
    said = (
        "Valka's third unit feeds electricity to the grid. After completing the obligatory "
        "tests, Energa brought steam to the turbines."
    )
    match = best(said, claim, on=D(2023, 2, 1))
    assert match is not None and match.kind == EvidenceKind.FULFILMENT


def test_doors_opened_to_the_press_first_are_a_preview_not_the_opening():
    said = (
        "Brisac desalination plant opens its doors to media ahead of public reveal, Hydralis said."
    )
    match = best(said, BRISAC, on=D(2024, 6, 18))
    assert match is not None and match.kind == EvidenceKind.PROGRESS


# A reactor promised for 2017, its news read years later (invented).
HALVER_REACTOR = profile(
    promiser="Orvane Energy",
    aliases=(),
    subject="Halver nuclear plant unit 1",
    keywords=["Halver", "Halver plant", "nuclear plant", "nuclear reactor", "reactors"],
    category="energy",
    statement="Unit 1 of the Halver nuclear plant begins commercial operation.",
    deadline_start=D(2017, 1, 1),
    deadline_end=D(2017, 12, 31),
)


def test_commercial_operation_begun_or_power_generated_is_a_fulfilment():
    for said in (
        "Halver nuclear plant begins commercial operations\n"
        "The country's first nuclear plant, Halver, began commercial operations on Tuesday.",
        "The Halver nuclear plant has begun generating electricity for the national grid.",
    ):
        assert kind_of(said, HALVER_REACTOR, on=D(2021, 4, 6)) == EvidenceKind.FULFILMENT, said


def test_the_first_of_several_parts_done_is_a_step():
    said = (
        "First of four reactors at Halver begins generating power\n"
        "Orvane Energy says the first of four reactors at the Halver plant has begun operations."
    )
    assert kind_of(said, HALVER_REACTOR, on=D(2021, 4, 6)) == EvidenceKind.PROGRESS


def test_a_network_shut_down_by_its_operator_fulfils_a_promised_switch_off():
    network = profile(
        promiser="Alpcom",
        aliases=(),
        subject="Alpcom CDMA network shutdown",
        keywords=["CDMA", "3G"],
        category="network",
        statement="Alpcom has switched off its 3G CDMA network.",
        stated_on=D(2016, 1, 1),
        deadline_end=D(2019, 12, 31),
    )
    said = "Alpcom shut down its 3G CDMA network at year-end 2022, three years late."
    assert kind_of(said, network, on=D(2023, 1, 5)) == EvidenceKind.FULFILMENT


def test_a_completion_in_a_clause_of_time_to_come_is_not_done():
    rocket = profile(
        promiser="Orbital Alliance",
        aliases=(),
        subject="Kestrel rocket first launch",
        keywords=["Kestrel rocket", "Kestrel"],
        category="launch",
        statement="Orbital Alliance's Kestrel rocket makes its first launch.",
        stated_on=D(2015, 4, 13),
        deadline_end=D(2019, 12, 31),
    )
    said = "After Kestrel comes online, Orbital Alliance plans to retire its older rockets."
    assert kind_of(said, rocket, on=D(2023, 2, 10)) != EvidenceKind.FULFILMENT
    # Said as the news itself, it happened.
    done = "Orbital Alliance's Kestrel rocket comes online, years after it was promised."
    assert kind_of(done, rocket, on=D(2024, 2, 10)) == EvidenceKind.FULFILMENT


def test_a_network_shut_down_in_a_headline_or_turned_off_fulfils_a_promised_switch_off():
    headline = "Alpcom shuts down 3G network to free airwaves for 5G"
    assert kind_of(headline, ALPCOM_3G, on=D(2022, 2, 25)) == EvidenceKind.FULFILMENT
    turned = "Alpcom turned off its 3G wireless network on Monday, the company said."
    assert kind_of(turned, ALPCOM_3G, on=D(2022, 2, 25)) == EvidenceKind.FULFILMENT


VIREUX_METRO = profile(
    promiser="Métropole de Vireux",
    aliases=("la Métropole",),
    subject="longer trains on metro line 1 in Vireux",
    keywords=["rames de 52 mètres", "ligne 1"],
    category="rail service",
    statement="Les rames de 52 mètres circulent sur la ligne 1 du métro de Vireux.",
    stated_on=D(2012, 6, 1),
    deadline_end=D(2015, 12, 31),
)


def test_trains_that_entered_service_fulfil_the_promise():
    said = (
        "Le nouveau métro enfin sur la ligne 1\n"
        "La Métropole de Vireux l'a annoncé : les premières rames de 52 mètres sont entrées en "
        "service ce week-end."
    )
    assert kind_of(said, VIREUX_METRO, on=D(2026, 2, 16), language="fr") == EvidenceKind.FULFILMENT


def test_a_phone_sold_out_on_its_launch_was_on_sale():
    phone = profile(
        promiser="Vanta",
        aliases=(),
        subject="Vanta Fold X on sale",
        keywords=["Vanta Fold X", "Fold X", "foldable"],
        category="launch",
        statement="Vanta's foldable Fold X goes on sale.",
        stated_on=D(2019, 2, 24),
        deadline_end=D(2019, 8, 31),
    )
    said = (
        "Vanta sells out foldable Fold X\n"
        "Vanta's Fold X reportedly sold out minutes after it reached the market on 15 November."
    )
    assert kind_of(said, phone, on=D(2019, 11, 18)) == EvidenceKind.FULFILMENT


def test_a_stadium_already_ready_is_built():
    said = (
        "Pleins feux sur le Stade des Lumières\n"
        "Le nom n'est pas encore définitif, mais le Grand Stade de l'Olympique Verdois est déjà "
        "prêt."
    )
    assert (
        kind_of(said, VERDOIS_STADIUM, on=D(2016, 1, 10), language="fr") == EvidenceKind.FULFILMENT
    )


def test_a_hospital_finally_open_is_open():
    hospital = profile(
        promiser="NHS Carrow",
        aliases=(),
        subject="new children's hospital in Carrow",
        keywords=["Sick Kids", "children's hospital"],
        category="building",
        statement="NHS Carrow opens the new Sick Kids hospital.",
        stated_on=D(2015, 2, 26),
        deadline_end=D(2017, 11, 30),
    )
    said = (
        "Carrow Sick Kids: the unusable hospital that is finally open\n"
        "NHS Carrow says the new Sick Kids hospital is one of the best-designed in the world."
    )
    assert kind_of(said, hospital, on=D(2021, 3, 23)) == EvidenceKind.FULFILMENT


CREWED_FLIGHT = profile(
    promiser="Astra Agency",
    aliases=("Astra",),
    subject="Skyward crewed mission",
    keywords=["Skyward", "crewed mission"],
    category="launch",
    statement="Astra's Skyward crewed mission flies.",
    stated_on=D(2018, 8, 15),
    deadline_end=D(2022, 12, 31),
)


def test_a_share_of_the_work_completed_is_a_part_done():
    said = (
        "First crewed Skyward mission in 1st quarter of 2027\n"
        "Astra's chairman said the first of the two uncrewed Skyward missions will launch in "
        "December 2025 and the first crewed mission in the first quarter of the year 2027. The "
        "launch dates will be announced later, he said, adding that 80-85% of work for the "
        "successful launch of the Skyward mission had been completed."
    )
    assert kind_of(said, CREWED_FLIGHT, on=D(2025, 9, 20)) == EvidenceKind.DELAY


def test_a_service_available_to_a_share_of_those_promised_is_a_part_done():
    gigabit = profile(
        promiser="Valdor Government",
        aliases=(),
        subject="gigabit broadband for every home in Valdor",
        keywords=["gigabit broadband"],
        category="broadband",
        statement="Valdor brings gigabit broadband to every home.",
        stated_on=D(2019, 11, 24),
        deadline_end=D(2025, 12, 31),
    )
    said = "Valdor Government: gigabit broadband is now available to 34% of premises"
    assert kind_of(said, gigabit, on=D(2020, 11, 25)) == EvidenceKind.PROGRESS


def test_only_so_much_done_in_french_is_not_done():
    wind = profile(
        promiser="Volta Énergie",
        aliases=(),
        subject="parc éolien en mer de Kerlan",
        keywords=["parc éolien en mer de Kerlan", "Saipar", "mise en service"],
        category="power plant",
        statement="Le parc éolien en mer de Kerlan est mis en service.",
        stated_on=D(2021, 2, 22),
        deadline_end=D(2024, 12, 31),
    )
    said = (
        "Parc éolien en mer de Kerlan : le chantier prend du retard, mise en service pas avant "
        "2026\nCoup dur pour le parc éolien en mer de Kerlan. Le chantier prendrait du retard, "
        "selon une dépêche publiée mercredi dernier. Pour le moment, la société Saipar, "
        "responsable du projet, n'a réussi à forer qu'un seul des 64 trous destinés à accueillir "
        "les pieux."
    )
    assert kind_of(said, wind, on=D(2025, 1, 20), language="fr") == EvidenceKind.DELAY


def test_the_wait_told_as_over_is_the_thing_done():
    said = (
        "Métro de Vireux : le terminus devient Gare Nord\n"
        "L'attente est finie pour de nombreux habitants : les rames de 52 mètres roulent sur "
        "la ligne 1. Après 8 longues années de travaux, la ligne 1 du métro de Vireux permet "
        "depuis le 13 juin de rejoindre le centre en 25 minutes."
    )
    assert kind_of(said, VIREUX_METRO, on=D(2024, 6, 14), language="fr") == EvidenceKind.FULFILMENT


ARCADE_GAME = profile(
    promiser="Pixelwerk",
    aliases=(),
    subject="Neon Harbour video game",
    keywords=["Neon Harbour", "return"],
    category="product launch",
    statement="Pixelwerk releases Neon Harbour on PC and consoles.",
    stated_on=D(2019, 6, 9),
    deadline_end=D(2020, 4, 16),
)


def test_the_claims_own_verb_after_finally_is_done():
    released = (
        "The strange launch of Neon Harbour\n"
        "Pixelwerk faces shareholder anger. On December 10, the game was finally released "
        "following multiple delays."
    )
    assert kind_of(released, ARCADE_GAME, on=D(2020, 12, 20)) == EvidenceKind.FULFILMENT
    # A keyword found in the item counts as the claim's verb too ("return").
    returned = (
        "A triumphant return\nThe day Pixelwerk finally returned to Neon Harbour was a special "
        "day for fans."
    )
    assert kind_of(returned, ARCADE_GAME, on=D(2020, 12, 20)) == EvidenceKind.FULFILMENT
    # Not yet: after a modal or "to", or as a progressive.
    for said in (
        "Pixelwerk says Neon Harbour will finally be released in December.",
        "Pixelwerk hopes to finally release Neon Harbour next month.",
        "Neon Harbour is finally releasing, Pixelwerk says.",
    ):
        assert kind_of(said, ARCADE_GAME, on=D(2020, 10, 1)) != EvidenceKind.FULFILMENT, said
    # Another verb after "finally" is not the claim's.
    other = "Pixelwerk finally hired a new studio head for Neon Harbour."
    assert kind_of(other, ARCADE_GAME, on=D(2020, 10, 1)) != EvidenceKind.FULFILMENT


def test_a_rule_now_in_effect_is_done():
    rule = profile(
        promiser="Transit Security Office",
        aliases=("TSO",),
        subject="SecurePass identity rule",
        keywords=["SecurePass"],
        category="public programme",
        statement="Every traveller must show a SecurePass card at checkpoints.",
        stated_on=D(2016, 1, 8),
        deadline_end=D(2020, 10, 1),
    )
    said = "After years of waiting, the SecurePass rule is now in effect, the TSO said."
    assert kind_of(said, rule, on=D(2025, 5, 8)) == EvidenceKind.FULFILMENT


def test_an_extension_inaugurated_has_entered_passenger_service():
    line = profile(
        promiser="Société des transports de Valmont",
        aliases=(),
        subject="extension of metro line 9 to the airport",
        keywords=["ligne 9", "aéroport de Valmont"],
        category="metro line",
        statement="The extension of metro line 9 to Valmont airport enters passenger service.",
        stated_on=D(2014, 7, 9),
        deadline_end=D(2024, 12, 31),
    )
    said = (
        "Extension finalisée pour la ligne 9\n"
        "La ligne 9 a été étendue pour relier enfin l'aéroport de Valmont. Ce projet de "
        "4 milliards d'euros a été inauguré par le ministre."
    )
    assert kind_of(said, line, on=D(2024, 6, 25), language="fr") == EvidenceKind.FULFILMENT
    # On the way to being inaugurated is not inaugurated.
    ahead = (
        "La construction de la ligne 9 progresse et la ligne 9 est en bonne voie d'être "
        "inaugurée fin 2026."
    )
    assert kind_of(ahead, line, on=D(2024, 2, 15), language="fr") != EvidenceKind.FULFILMENT


def test_an_interview_granted_is_nothing_done():
    plant = profile(
        promiser="Helios Fab",
        aliases=(),
        subject="Helios Fab solar module plant at Port-Vendres",
        keywords=["giga-usine", "Port-Vendres"],
        category="factory",
        statement="Helios Fab's solar module plant at Port-Vendres enters service.",
        stated_on=D(2023, 3, 3),
        deadline_end=D(2025, 12, 31),
    )
    said = (
        "Port-Vendres : la giga-usine Helios Fab face à la concertation\n"
        "Dans un entretien qu'il nous a accordé, le PDG de Helios Fab a détaillé la giga-usine."
    )
    assert kind_of(said, plant, on=D(2023, 8, 31), language="fr") != EvidenceKind.FULFILMENT


def test_a_shutdown_fulfils_a_claim_to_discontinue_a_service():
    network = profile(
        promiser="Alpcom",
        aliases=(),
        subject="Alpcom 2G network shutdown",
        keywords=["2G shutdown", "2G network"],
        category="network",
        statement="Alpcom fully discontinues service on its 2G network.",
        stated_on=D(2012, 8, 3),
        deadline_end=D(2016, 12, 31),
    )
    said = "Alpcom shuts down 2G\nAlpcom has officially shut down its 2G network."
    assert kind_of(said, network, on=D(2017, 1, 18)) == EvidenceKind.FULFILMENT


def test_open_since_a_day_gone_by_is_done():
    said = (
        "Marvel Bay keeps its desalination plant running into October\n"
        "The desalination plant has served 20,000 homes since its opening in July."
    )
    assert kind_of(said, MARVEL_BAY, on=D(2023, 9, 20)) == EvidenceKind.FULFILMENT
    pool = profile(
        promiser="Ville de Marvel",
        aliases=(),
        subject="Ouverture des bassins de baignade du port de Marvel",
        keywords=["bassins de baignade", "baignade"],
        category="building",
        statement="Les bassins de baignade du port de Marvel ouvrent au public.",
        stated_on=D(2023, 7, 9),
        deadline_start=D(2025, 1, 1),
        deadline_end=D(2025, 12, 31),
    )
    said = (
        "Baignade : la Ville de Marvel prolonge les bassins jusqu'en septembre\n"
        "Les bassins de baignade ont accueilli 100 000 baigneurs depuis leur ouverture en "
        "juillet."
    )
    assert kind_of(said, pool, on=D(2025, 8, 27), language="fr") == EvidenceKind.FULFILMENT


def test_a_completion_after_a_bare_be_is_not_yet_done():
    deliveries = profile(
        promiser="Lumina",
        aliases=(),
        subject="Lumina Halo headset first deliveries",
        keywords=["Lumina Halo", "Halo headset"],
        category="consumer electronics launch",
        statement="Lumina delivers the first Halo headsets to its customers.",
        deadline_end=D(2024, 6, 30),
    )
    said = (
        "Our first Lumina Halo headsets have arrived to Dublin, Ireland. Soon they will arrive "
        "to our Irish dealerships and be handed over to our Lumina Halo customers!"
    )
    assert kind_of(said, deliveries, on=D(2024, 2, 20)) != EvidenceKind.FULFILMENT
    done = "Our first Lumina Halo headsets were handed over to customers in Dublin."
    assert kind_of(done, deliveries, on=D(2024, 2, 20)) == EvidenceKind.FULFILMENT


def test_on_shelves_is_a_noun_not_a_drop():
    said = (
        "Lumina Halo becomes Lumina's fastest-selling headset\n"
        "The Lumina Halo sold 4 million units in its first weekend on shelves, as it launched "
        "on March 8."
    )
    assert kind_of(said, HEADSET, on=D(2024, 3, 20)) == EvidenceKind.FULFILMENT


def test_a_delivery_taken_fulfils_a_claim_whose_subject_names_the_first_delivery():
    airliner = profile(
        promiser="Aerovia",
        aliases=(),
        subject="Aerovia AV100 entry into service (first delivery to the launch operator)",
        keywords=["AV100", "entry into service", "Alpair"],
        category="aircraft programme",
        statement="Aerovia's AV100 enters commercial service.",
        stated_on=D(2014, 1, 16),
        deadline_start=D(2015, 7, 1),
        deadline_end=D(2015, 12, 31),
    )
    said = "Alpair takes delivery of first Aerovia AV100 after several programme delays"
    assert kind_of(said, airliner, on=D(2016, 6, 29)) == EvidenceKind.FULFILMENT
    said = "Aerovia livre le premier AV100 à Alpair"
    assert kind_of(said, airliner, on=D(2016, 6, 30), language="fr") == EvidenceKind.FULFILMENT
    # A subject that names no delivery leaves a delivery a step toward service.
    service = profile(
        promiser="Aerovia",
        aliases=(),
        subject="Aerovia AV100 entry into service",
        keywords=["AV100", "entry into service", "Alpair"],
        category="aircraft programme",
        statement="Aerovia's AV100 enters commercial service.",
        stated_on=D(2014, 1, 16),
        deadline_start=D(2015, 7, 1),
        deadline_end=D(2015, 12, 31),
    )
    said = "Aerovia livre le premier AV100 à Alpair"
    assert kind_of(said, service, on=D(2016, 6, 30), language="fr") == EvidenceKind.PROGRESS


def test_an_inauguration_opening_a_headline_is_the_opening():
    hall = profile(
        promiser="Ville de Valmont",
        aliases=(),
        subject="Ouverture de la Philharmonie de Valmont",
        keywords=["Philharmonie de Valmont"],
        category="building",
        statement="La Philharmonie de Valmont ouvre au public.",
        stated_on=D(2007, 3, 1),
        deadline_end=D(2012, 12, 31),
    )
    said = (
        "Inauguration de la Philharmonie de Valmont\n"
        "Le concert d'ouverture a réuni 2 400 personnes."
    )
    assert kind_of(said, hall, on=D(2015, 1, 15), language="fr") == EvidenceKind.FULFILMENT
    # The noun further on is an event ahead or a step: "à deux ans de l'inauguration".
    ahead = "La Philharmonie de Valmont à deux ans de l'inauguration : les travaux avancent."
    assert kind_of(ahead, hall, on=D(2013, 1, 15), language="fr") != EvidenceKind.FULFILMENT


def test_an_inauguration_fulfils_a_line_promised_to_enter_commercial_operation():
    line = profile(
        promiser="Valmont Rail",
        aliases=(),
        subject="Valmont-Corbel high-speed railway: start of operation",
        keywords=["Valmont-Corbel high-speed railway"],
        category="railway",
        statement="The Valmont-Corbel high-speed railway enters commercial passenger operation.",
        stated_on=D(2016, 1, 21),
        deadline_start=D(2019, 1, 1),
        deadline_end=D(2019, 12, 31),
    )
    said = "The president officially inaugurated the Valmont-Corbel high-speed railway on Monday."
    assert kind_of(said, line, on=D(2023, 10, 2)) == EvidenceKind.FULFILMENT


def test_a_shipment_that_arrived_fulfils_a_promise_to_ship_it():
    mine = profile(
        promiser="Corbel Mining",
        aliases=(),
        subject="Valmont iron ore: first shipment",
        keywords=["Valmont iron ore"],
        category="mining",
        statement="Corbel Mining ships the first iron ore from its Valmont deposit.",
        stated_on=D(2011, 4, 22),
        deadline_end=D(2015, 8, 31),
    )
    said = "First Valmont iron ore shipment arrives in China"
    assert kind_of(said, mine, on=D(2026, 1, 21)) == EvidenceKind.FULFILMENT
    # Anything else arriving is a step: the ore carrier brought to its berth.
    berth = "The new Valmont iron ore carrier arrives in port ahead of loading"
    assert kind_of(berth, mine, on=D(2026, 1, 21)) == EvidenceKind.PROGRESS


def test_the_claims_own_verb_after_managed_to_or_parvient_a_is_done():
    plant = profile(
        promiser="Voltis",
        aliases=(),
        subject="Voltis Model V at 5,000 a week",
        keywords=["Model V"],
        category="production",
        statement="Voltis produces Model V cars at a rate of 5,000 a week.",
        stated_on=D(2017, 2, 22),
        deadline_start=D(2017, 10, 1),
        deadline_end=D(2017, 12, 31),
    )
    said = "Voltis parvient à produire 5000 Model V par semaine !"
    assert kind_of(said, plant, on=D(2018, 7, 2), language="fr") == EvidenceKind.FULFILMENT
    said = "Voltis managed to produce 5,000 Model V cars in the last week of June."
    assert kind_of(said, plant, on=D(2018, 7, 2)) == EvidenceKind.FULFILMENT
    # Not done when it has not succeeded.
    said = "Voltis has not managed to produce 5,000 Model V cars a week."
    assert kind_of(said, plant, on=D(2018, 7, 2)) != EvidenceKind.FULFILMENT


def test_a_completion_in_the_present_with_a_time_just_ahead_is_not_done():
    store = profile(
        promiser="Norrhus",
        aliases=(),
        subject="Norrhus first store in Bergen",
        keywords=["Norrhus Bergen"],
        category="opening",
        statement="Norrhus opens its first store in Bergen.",
        stated_on=D(2016, 8, 11),
        deadline_end=D(2017, 8, 31),
    )
    said = "Norrhus Bergen: the first store opens tomorrow, a year late."
    assert kind_of(said, store, on=D(2018, 8, 8)) == EvidenceKind.DELAY
    said = "Norrhus Bergen: the first store opened its doors this morning."
    assert kind_of(said, store, on=D(2018, 8, 9)) == EvidenceKind.FULFILMENT


def test_an_inauguration_after_a_headlines_kicker_is_the_opening():
    airport = profile(
        promiser="Government of Corbelia",
        aliases=(),
        subject="Valdor International Airport opening",
        keywords=["Valdor International Airport", "aéroport international de Valdor"],
        category="airport",
        statement="Valdor International Airport opens to passengers.",
        stated_on=D(2007, 1, 1),
        deadline_end=D(2012, 12, 31),
    )
    said = "Corbélie : inauguration de l'aéroport international de Valdor"
    assert kind_of(said, airport, on=D(2017, 12, 7), language="fr") == EvidenceKind.FULFILMENT


def test_a_thing_that_saw_the_light_of_day_is_done():
    bank = profile(
        promiser="Corbel Télécom",
        aliases=("Corbel Banque",),
        subject="Corbel Banque, banque mobile",
        keywords=["Corbel Banque", "banque mobile"],
        category="launch",
        statement="Corbel launches its mobile bank, Corbel Banque.",
        stated_on=D(2016, 4, 1),
        deadline_end=D(2017, 4, 30),
    )
    said = (
        "Lancée avec quatre mois de retard, la banque mobile Corbel Banque a finalement vu le "
        "jour le 2 novembre."
    )
    assert kind_of(said, bank, on=D(2017, 11, 12), language="fr") == EvidenceKind.FULFILMENT
    # Not said of what will never see the light of day.
    said = "La banque mobile Corbel Banque ne verra jamais le jour, annonce Corbel Télécom."
    assert kind_of(said, bank, on=D(2017, 11, 12), language="fr") == EvidenceKind.DENIAL


def test_a_completion_the_headline_tells_beats_a_step_tied_in_the_body():
    metro = profile(
        promiser="Entreprise du métro de Valdor",
        aliases=("EMV",),
        subject="Valdor metro line 1, first section",
        keywords=["ligne 1", "Grande Poste"],
        category="metro",
        statement="The first section of Valdor metro line 1 is delivered and enters commercial "
        "service.",
        stated_on=D(2005, 1, 1),
        deadline_end=D(2008, 6, 30),
    )
    said = (
        "Valdor inaugure son métro\n"
        "Composée de 10 stations, la ligne 1 relie la Grande Poste à Kouba. Le chantier de la "
        "ligne 1 a été mené par un groupement."
    )
    assert kind_of(said, metro, on=D(2011, 10, 31), language="fr") == EvidenceKind.FULFILMENT


def test_a_flight_is_a_step_toward_a_delivery_or_an_entry_into_service():
    jet = profile(
        promiser="Corbel Aviation",
        aliases=(),
        subject="Corbel C85 business jet, entry into service",
        keywords=["Corbel C85", "entrée en service"],
        category="aircraft",
        statement="The Corbel C85 business jet enters service with its first customer.",
        stated_on=D(2010, 1, 1),
        deadline_end=D(2013, 12, 31),
    )
    said = "Premier vol pour le Corbel C85 : l'appareil effectue son premier vol à Valdor."
    assert kind_of(said, jet, on=D(2014, 4, 9), language="fr") == EvidenceKind.PROGRESS
    # A claim that promises the flight is done by it.
    flight = profile(
        promiser="Corbel Aviation",
        aliases=(),
        subject="Corbel C85 business jet, first flight",
        keywords=["Corbel C85", "premier vol"],
        category="aircraft",
        statement="The Corbel C85 business jet makes its first flight.",
        stated_on=D(2010, 1, 1),
        deadline_end=D(2013, 12, 31),
    )
    assert kind_of(said, flight, on=D(2014, 4, 9), language="fr") == EvidenceKind.FULFILMENT


def test_a_first_flight_or_dive_is_a_step_toward_a_delivery_to_a_launch_customer():
    # A "launch customer" is the first buyer: no launch promised.
    jet = profile(
        promiser="Corbel Aviation",
        aliases=(),
        subject="Corbel C85 first delivery to launch customer Aéro Valdor",
        keywords=["Corbel C85", "Aéro Valdor", "première livraison"],
        category="aircraft",
        statement="Corbel delivers the first Corbel C85 to its launch customer Aéro Valdor.",
        stated_on=D(2010, 1, 1),
        deadline_end=D(2013, 12, 31),
    )
    said = "Baptême de l'air réussi pour le Corbel C85 à Valdor"
    assert kind_of(said, jet, on=D(2013, 6, 14), language="fr") == EvidenceKind.PROGRESS
    boat = profile(
        promiser="Chantiers Corbel",
        aliases=(),
        subject="sous-marin Narval, livraison à la Marine",
        keywords=["Narval", "sous-marin", "livraison"],
        category="defence",
        statement="Chantiers Corbel delivers the Narval submarine to the navy.",
        stated_on=D(2010, 1, 1),
        deadline_end=D(2019, 12, 31),
    )
    said = "Le sous-marin Narval a effectué mardi sa première plongée en mer au large de Valdor"
    assert kind_of(said, boat, on=D(2019, 4, 29), language="fr") == EvidenceKind.PROGRESS


def test_a_batch_of_a_constellation_promised_whole_is_a_step():
    constellation = profile(
        promiser="Corbelsat",
        aliases=(),
        subject="Valdor IoT constellation",
        keywords=["Valdor IoT", "constellation", "Internet of Things"],
        category="satellites",
        statement="The Valdor IoT constellation of 25 nanosatellites is launched and deployed.",
        stated_on=D(2018, 1, 1),
        deadline_end=D(2021, 12, 31),
    )
    for said in (
        "Rocket Lab successfully launches five Valdor IoT satellites for Corbelsat",
        "Rocket Lab lance un quatrième lot de satellites Valdor IoT pour Corbelsat",
    ):
        assert kind_of(said, constellation, on=D(2024, 9, 22)) == EvidenceKind.PROGRESS, said
    # The whole done: all 25 satellites, not a batch of them.
    said = "Corbelsat has completed the Valdor IoT constellation: all 25 satellites in orbit."
    assert kind_of(said, constellation, on=D(2025, 6, 1)) == EvidenceKind.FULFILMENT


def test_an_approval_given_fulfils_a_promise_of_that_approval():
    vaccine = profile(
        promiser="Corbel Biotech",
        aliases=(),
        subject="Corbel's Valmont fever vaccine: regulator's approval",
        keywords=["Valmont fever vaccine", "FDA"],
        category="drug approval",
        statement="The FDA approves Corbel's Valmont fever vaccine (licence application).",
        stated_on=D(2022, 8, 1),
        deadline_end=D(2023, 8, 31),
    )
    said = "FDA approves Corbel Biotech's Valmont fever vaccine"
    assert kind_of(said, vaccine, on=D(2023, 11, 9)) == EvidenceKind.FULFILMENT
    said = "La FDA autorise le Valmont fever vaccine de Corbel Biotech pour les adultes"
    assert kind_of(said, vaccine, on=D(2023, 11, 9), language="fr") == EvidenceKind.FULFILMENT
    # Not given: a modal before the verb, or an indirect question ("whether").
    said = "The FDA could approve Corbel Biotech's Valmont fever vaccine by the end of August"
    assert kind_of(said, vaccine, on=D(2023, 6, 9)) != EvidenceKind.FULFILMENT
    said = (
        "Corbel hit by new delay\nCorbel Biotech had expected to hear whether its Valmont "
        "fever vaccine had been approved by the end of August."
    )
    assert kind_of(said, vaccine, on=D(2023, 10, 9)) == EvidenceKind.DELAY
    # The regulator's complete response letter is a refusal pending a new filing: late.
    said = "Corbel Biotech receives complete response letter from FDA for Valmont fever vaccine"
    assert kind_of(said, vaccine, on=D(2023, 10, 9)) == EvidenceKind.DELAY
    # A law firm's notice to investors recounting it is about the suit.
    said = (
        "Law Offices of Smith Announces Investigation of Corbel Biotech\nThe firm acts on "
        "behalf of investors. Corbel disclosed receipt of a complete response letter for its "
        "Valmont fever vaccine."
    )
    assert kind_of(said, vaccine, on=D(2023, 10, 9)) is None


# A plant promised to be commissioned: approvals and sales are no commissioning.
VALMONT_SOLAR = profile(
    promiser="Corbel Energy",
    aliases=(),
    subject="Valmont solar farm: commissioning",
    keywords=["Valmont solar farm"],
    category="energy",
    statement="Corbel Energy commissions the Valmont solar farm.",
    stated_on=D(2022, 8, 1),
    deadline_end=D(2024, 12, 31),
)


def test_an_approval_is_a_step_for_a_claim_that_promises_something_else():
    said = "Regulator approves Corbel Energy's Valmont solar farm"
    assert kind_of(said, VALMONT_SOLAR, on=D(2023, 11, 9)) != EvidenceKind.FULFILMENT


def test_an_inauguration_fulfils_a_promise_to_launch_a_network_or_service():
    network = profile(
        promiser="Corbel Telecom",
        aliases=(),
        subject="Corbel Telecom 4G launch",
        keywords=["4G network", "Corbel 4G"],
        category="telecoms",
        statement="Corbel Telecom launches its 4G service across the country.",
        stated_on=D(2021, 8, 1),
        deadline_end=D(2022, 9, 30),
    )
    said = "The prime minister inaugurates Corbel Telecom's 4G network on Saturday"
    assert kind_of(said, network, on=D(2025, 9, 27)) == EvidenceKind.FULFILMENT
    # A launch of anything else inaugurated stays a step: the pad from which a rocket flies.
    rocket = profile(
        promiser="Corbel Space",
        aliases=(),
        subject="Corbel Space Valmont rocket: first launch",
        keywords=["Valmont rocket"],
        category="space",
        statement="Corbel Space launches its Valmont rocket for the first time.",
        stated_on=D(2021, 8, 1),
        deadline_end=D(2024, 12, 31),
    )
    said = "Corbel Space inaugurates the launch pad of its Valmont rocket"
    assert kind_of(said, rocket, on=D(2024, 3, 1)) != EvidenceKind.FULFILMENT


def test_sales_counted_fulfil_a_promise_to_release_the_product():
    game = profile(
        promiser="Corbel Games",
        aliases=(),
        subject="Valmont Quest release",
        keywords=["Valmont Quest"],
        category="video game",
        statement="Corbel Games releases Valmont Quest on PC and consoles.",
        stated_on=D(2020, 6, 1),
        deadline_end=D(2022, 4, 28),
    )
    said = "Valmont Quest has sold over 1 million copies, Corbel Games says"
    assert kind_of(said, game, on=D(2024, 11, 22)) == EvidenceKind.FULFILMENT
    # Sales of a claim promising something else are no release: a plant's output sold.
    said = "Corbel Energy has sold over 1 million shares to fund the Valmont solar farm"
    assert kind_of(said, VALMONT_SOLAR, on=D(2023, 11, 9)) != EvidenceKind.FULFILMENT


def test_the_goal_reached_said_with_what_it_was_is_the_promise_kept():
    chargers = profile(
        promiser="Voltaris",
        aliases=(),
        subject="400 Voltaris fast-charging parks in Europe",
        keywords=["charging parks", "stations de recharge"],
        category="charging network",
        statement="Voltaris opens 400 fast-charging parks in Europe.",
        stated_on=D(2017, 11, 3),
        deadline_end=D(2020, 12, 31),
    )
    said = "Voltaris reaches goal of 400 charging parks a year later"
    assert kind_of(said, chargers, on=D(2022, 1, 3)) == EvidenceKind.FULFILMENT
    said = (
        "Voltaris a révélé avoir atteint un de ses objectifs en matière de stations de "
        "recharge en Europe."
    )
    assert kind_of(said, chargers, on=D(2022, 1, 4), language="fr") == EvidenceKind.FULFILMENT
    # A machine that reached its goal tells of no promise kept.
    said = "The Voltaris boring machine digging the charging parks' cable tunnel reached its goal"
    assert kind_of(said, chargers, on=D(2022, 1, 4)) != EvidenceKind.FULFILMENT


def test_inaugurated_fulfils_a_claim_promising_the_thing_in_operation():
    claim = profile(
        promiser="Régie des eaux de Sorbac",
        aliases=("Régie de Sorbac",),
        subject="Station de dessalement de Port-Sorbac",
        keywords=["station de dessalement de Port-Sorbac", "dessalement", "Port-Sorbac"],
        category="desalination plant",
        statement="The Port-Sorbac seawater desalination plant is in operation.",
        deadline_end=D(2023, 12, 31),
    )
    said = "Le ministre inaugure la station de dessalement de Port-Sorbac"
    match = best(said, claim, on=D(2024, 7, 7), language="fr")
    assert match is not None and match.kind == EvidenceKind.FULFILMENT


def test_a_contract_awarded_for_the_promised_work_is_a_step():
    said = (
        "Tram'Vaulmont has awarded Railcraft (Bellerive) the final LOT 2 contract for "
        "the Vaulmont tramway"
    )
    match = best(said, VAULMONT_TRAM, on=D(2021, 5, 4))
    assert match is not None and match.kind == EvidenceKind.PROGRESS


def test_a_share_of_the_whole_completed_said_in_words_is_a_step():
    pipeline = profile(
        promiser="Nordgas Link AG",
        aliases=("Nordgas Link",),
        subject="Nordgas Link pipeline",
        keywords=["Nordgas Link", "gas pipeline", "Kestrel Sea"],
        category="pipeline",
        statement="The Nordgas Link gas pipeline under the Kestrel Sea is completed and put "
        "into operation.",
        deadline_end=D(2026, 12, 31),
    )
    # A fraction of it done is a part of the whole, a step.
    for said in (
        "Two Thirds of the Kestrel Sea Gas Pipeline Completed",
        "Nordgas Link AG says around four-fifths of the gas pipeline has been completed",
    ):
        assert kind_of(said, pipeline, on=D(2026, 3, 4)) == EvidenceKind.PROGRESS, said
    # A half of the year is no share of the work.
    said = "The Kestrel Sea gas pipeline was completed in the second half of March"
    assert kind_of(said, pipeline, on=D(2026, 4, 4)) == EvidenceKind.FULFILMENT


def test_how_long_the_works_took_is_no_step_of_a_completion():
    # The years of works told before the completion are how long it took, not a step.
    for said, language in (
        ("Après près de huit ans de chantier, le tram de Vaulmont est lancé ce lundi", "fr"),
        ("After nearly six years of construction, the Vaulmont tramway opened to riders", "en"),
    ):
        assert kind_of(said, VAULMONT_TRAM, on=D(2024, 5, 6), language=language) == (
            EvidenceKind.FULFILMENT
        ), said
    # Years of works still ahead are no completion.
    said = "Le tram de Vaulmont : encore deux ans de chantier avant la mise en service"
    assert kind_of(said, VAULMONT_TRAM, on=D(2022, 5, 6), language="fr") != (
        EvidenceKind.FULFILMENT
    )


def test_a_site_opened_to_the_press_with_what_was_opened_between_is_a_preview():
    # What was opened may stand between the verb and the press: still a preview.
    for said, language in (
        ("Hydralis opened the Brisac desalination plant's 'gates' to journalists", "en"),
        ("Hydralis ouvre l'usine de dessalement de Brisac aux journalistes", "fr"),
    ):
        assert kind_of(said, BRISAC, on=D(2024, 6, 18), language=language) == (
            EvidenceKind.PROGRESS
        ), said
    # Said by the press, the opening is the news.
    said = "The Brisac desalination plant opened yesterday according to the press"
    assert kind_of(said, BRISAC, on=D(2024, 6, 18)) == EvidenceKind.FULFILMENT
