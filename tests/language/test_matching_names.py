"""How a news item names the claim's thing (docs/news-watch.md): an alias or a keyword that
holds the thing's name, a thing named after its promiser, the promised event of an alias, a
first named in apposition, a headline's kicker, and the small words a name may hold or drop
("de", "à", "le", "la", "contre le" for "anti"). Each rule is written as a specification on
invented sentences about made-up projects, none of them in the labelled sets.
"""

from __future__ import annotations

import datetime as dt

from language.kinds import EvidenceKind
from language.matching.lexicon import spellings, term_in
from language.matching.score import _grounded
from language.text import fold_words as fold
from tests.language.matching_specs import BID, SCROLL, VAULMONT_TRAM, best, kind_of, lagune, profile

D = dt.date


# --- An alias, a keyword or the promiser's own name names the thing ------------------------------


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


def test_the_promisers_own_name_written_with_its_legal_form_is_no_name_of_the_thing():
    # "Corvane, Inc.": its own name is "Corvane", whatever the comma after it.
    plant = profile(
        promiser="Corvane, Inc.",
        aliases=("Corvane",),
        subject="Corvane Gigaplant Leeds, start of production",
        keywords=["Corvane", "Gigaplant Leeds", "production start"],
        statement="Corvane starts production at its Leeds gigaplant.",
    )
    assert plant.thing_aliases == ()
    assert "Corvane" not in plant.thing_names


def test_a_keyword_listed_in_lower_case_beside_the_things_name_still_names_the_thing():
    # The ledger lists "ligne t" and "ligne T": the item need not name the promiser.
    line = profile(
        promiser="Métropole de Valmorin",
        aliases=(),
        subject="Valmorin metro line T",
        keywords=["ligne t", "ligne T", "métro de Valmorin", "Cityval"],
        category="launch",
        statement="Valmorin opens its metro line T.",
        deadline_start=D(2019, 7, 1),
        deadline_end=D(2019, 12, 31),
    )
    assert "ligne T" in line.thing_names
    text = "Valmorin : la ligne T du métro est désormais opérationnelle"
    assert kind_of(text, line, on=D(2022, 9, 20), language="fr") == EvidenceKind.FULFILMENT


def test_a_thing_named_after_its_promiser_keeps_its_other_names():
    assert VAULMONT_TRAM.named_after_thing
    assert "Vaulmont tramway" in VAULMONT_TRAM.thing_names
    match = best("Vaulmont tramway opens", VAULMONT_TRAM, on=D(2024, 4, 30))
    assert match is not None and match.kind == EvidenceKind.FULFILMENT


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


TICKET_REFORM = profile(
    promiser="Ministère des Transports de Valdorie",
    aliases=("Ministère des Transports",),
    subject="Généralisation de la billettique interopérable (Valdorie)",
    keywords=["billettique interopérable", "titre unique", "entrée en vigueur"],
    category="public digital programme",
    statement="Every transport network of Valdorie accepts the single interoperable ticket.",
    deadline_start=D(2025, 1, 1),
    deadline_end=D(2025, 1, 31),
)


def test_a_programmes_common_words_in_its_subject_name_it_when_nothing_else_does():
    # A public programme is seldom named after its ministry: the keyword the subject itself
    # holds in lower case, of several words, is the thing's name when it has no other.
    assert TICKET_REFORM.thing_names == ("billettique interopérable",)
    match = best(
        "Billettique interopérable : report au 1er septembre 2026",
        TICKET_REFORM,
        on=D(2024, 10, 20),
        language="fr",
    )
    assert match is not None and match.kind == EvidenceKind.DELAY
    # A piece of a name written with capitals ("Open Ticket" of "Corvia Open Ticket
    # Platform") is no name; nor is a lower-case keyword when the claim has a name.
    platform = profile(
        promiser="Corvia",
        aliases=("Corvia Mobility",),
        subject="Corvia Open Ticket Platform",
        keywords=["open ticket", "interoperable ticketing"],
        statement="Corvia opens its Open Ticket Platform.",
    )
    assert platform.thing_names == ()
    named = profile(
        promiser="Ministère des Transports de Valdorie",
        aliases=("Ministère des Transports",),
        subject="Billettique interopérable de Port-Salvan",
        keywords=["billettique interopérable", "Port-Salvan"],
        statement="Port-Salvan's network accepts the interoperable ticket.",
    )
    assert named.thing_names == ("Port-Salvan",)


def test_a_keyword_holding_the_things_name_names_it():
    assert SAINT_AVAL.thing_names == ("Port-Saint-Aval",)
    # The longer keyword is counted in place of the name it holds, and names the thing.
    said = "Le gouvernement confirme l'abandon du projet d'aéroport de Port-Saint-Aval"
    match = best(said, SAINT_AVAL, on=D(2024, 2, 1), language="fr")
    assert match is not None and match.kind == EvidenceKind.DENIAL


def test_the_promised_event_of_an_alias_makes_it_the_things_name():
    claim = lagune("Opening of Port Lagune International (PLI)")
    assert claim.named_after_thing
    match = best("Port Lagune International opens its doors", claim, on=D(2025, 3, 1))
    assert match is not None and match.kind == EvidenceKind.FULFILMENT
    # A part of what the alias names is no event of it: the alias says who promised.
    assert not lagune("Terminal 2 of Port Lagune International").named_after_thing
    assert not lagune("Opening of Terminal 2").named_after_thing


def test_a_first_named_in_apposition_is_that_thing():
    said = (
        "Veltra Scroll heads to shops\n"
        "Veltra says the Veltra Scroll will go on sale in Spain on October 3, months after "
        "the date it had promised."
    )
    match = best(said, SCROLL, on=D(2024, 8, 1))
    assert match is not None and match.kind == EvidenceKind.DELAY
    assert (match.proposed_start, match.proposed_end) == (D(2024, 10, 3), D(2024, 10, 3))


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
    # A full sentence before the full stop stays a sentence of its own (under a headline that
    # does not name the claim: one that does makes any step in the item the claim's).
    sentence = (
        "Brest : ce qui change cet été\n"
        "Sealink Interconnector is not news. Les travaux de la liaison doivent démarrer"
    )
    assert kind_of(sentence, SEALINK, on=D(2025, 2, 11), language="fr") is None


# --- The small words inside a name ---------------------------------------------------------------


def test_de_and_a_inside_a_name_say_the_same():
    assert term_in("tram de Vaulmont", fold("Le projet de tram à Vaulmont"))
    assert not term_in("tram de Vaulmont", fold("Le tram en Vaulmont"))
    match = best(
        "Le tram à Vaulmont reporté à 2026", VAULMONT_TRAM, on=D(2024, 3, 1), language="fr"
    )
    assert match is not None and match.kind == EvidenceKind.DELAY


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


def test_a_name_ending_with_a_year_may_have_de_before_the_year():
    assert term_in("Jeux méditerranéens 2031", fold("les jeux mediterraneens de 2031"))
    assert not term_in("Jeux méditerranéens 2031", fold("les jeux mediterraneens du 2031"))
    # The full-text path's spelling.
    assert "jeux mediterraneens de 2031" in spellings("Jeux méditerranéens 2031")
    said = "Le pays renonce à accueillir les Jeux méditerranéens de 2031"
    match = best(said, BID, on=D(2027, 3, 2), language="fr")
    assert match is not None and match.kind == EvidenceKind.DENIAL


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


def test_a_keyword_held_by_a_longer_one_still_stands_where_it_is_written_alone():
    claim = profile(
        promiser="Ormeau Holdings",
        aliases=("Ormeau",),
        subject="Reopening of La Verrière department store",
        keywords=["La Verrière", "Verrière", "department store"],
        category="other",
        statement="Ormeau reopens La Verrière department store.",
        stated_on=D(2008, 6, 6),
        deadline_start=D(2013, 1, 1),
        deadline_end=D(2013, 12, 31),
    )
    # "Verrière" is counted once, with "La Verrière", but its own mention is where the
    # go-ahead is told.
    said = (
        "La Verrière gets a new life\n"
        "Owned by Ormeau Holdings since 2001, the closed store will be reborn as offices. "
        "Verrière said Thursday the city has given a green light to its plans."
    )
    match = best(said, claim, on=D(2009, 4, 10))
    assert match is not None and match.kind == EvidenceKind.PROGRESS


def test_the_thing_a_company_alias_is_named_after_stays_a_keyword():
    car = profile(
        promiser="Petite Mobilité Systèmes",
        aliases=("Petite Mobilité", "Vespina AG"),
        subject="Vespina electric microcar, series production",
        keywords=["Vespina", "microcar", "production"],
        category="car launch",
        statement="Petite Mobilité starts series production of the Vespina microcar.",
        stated_on=D(2016, 3, 15),
        deadline_end=D(2017, 9, 30),
    )
    assert "Vespina" in car.terms
    said = "Petite Mobilité has postponed the start of production of the Vespina until March 2022."
    match = best(said, car, on=D(2022, 1, 6))
    assert match is not None and match.kind == EvidenceKind.DELAY
    # A short form of the main name is the company's, not its thing's.
    plant = profile(
        promiser="Automotive Cells Company",
        aliases=("ACC",),
        subject="ACC battery-cell gigafactory in Kaiserslautern",
        keywords=["ACC", "Kaiserslautern", "gigafactory"],
        category="battery plant",
        statement="ACC opens its Kaiserslautern battery-cell gigafactory.",
    )
    assert "ACC" not in plant.terms


def test_a_name_with_a_french_complement_aligns_with_the_english_word_order():
    line = profile(
        promiser="Groupe Rideau Transit",
        aliases=("GRT",),
        subject="Valmorin Federation Line in passenger service",
        keywords=["Federation Line", "Ligne de la Fédération", "train léger"],
        category="light rail",
        statement="The Valmorin Federation Line carries its first passengers.",
        stated_on=D(2012, 12, 5),
        deadline_end=D(2018, 12, 31),
    )
    assert "Ligne de la Fédération" in line.thing_names
    said = (
        "Les retards s'accumulent pour le train léger : le maire croit que le public montera "
        "à bord de la Ligne de la Fédération au cours du mois de septembre."
    )
    match = best(said, line, on=D(2019, 8, 16), language="fr")
    assert match is not None and match.kind == EvidenceKind.DELAY


VALDOR_METRO = profile(
    promiser="Tisval Collectivités",
    aliases=("Tisval", "Valdor Métropole"),
    subject="Valdor second metro line (ligne B)",
    keywords=["deuxième ligne de métro", "ligne B", "mise en service"],
    category="metro line",
    statement="Valdor's second metro line enters passenger service.",
    stated_on=D(2015, 7, 8),
    deadline_start=D(2024, 1, 1),
    deadline_end=D(2024, 12, 31),
)


def test_the_place_a_public_body_is_named_after_names_it_beside_a_keyword_of_several_words():
    said = "Valdor : la deuxième ligne de métro prend un an de retard"
    match = best(said, VALDOR_METRO, on=D(2018, 10, 1), language="fr")
    assert match is not None and match.kind == EvidenceKind.DELAY
    # The place alone is not enough.
    said = "Valdor : le nouveau stade prend un an de retard"
    assert best(said, VALDOR_METRO, on=D(2018, 10, 1), language="fr") is None


def test_a_national_government_is_named_by_its_country_beside_a_keyword_of_several_words():
    switch_off = profile(
        promiser="Norwegian government",
        aliases=("gouvernement norvégien",),
        subject="Fin des cartes d'identité papier en Norvège",
        keywords=["paper identity cards", "digital ID", "switch-off"],
        category="public programme",
        statement="Norway stops issuing and accepting paper identity cards.",
        stated_on=D(2015, 4, 15),
        deadline_end=D(2017, 12, 31),
    )
    said = "Norway completes its switch-off of paper identity cards"
    assert kind_of(said, switch_off, on=D(2017, 12, 14)) == EvidenceKind.FULFILMENT
    # The country alone is not enough.
    said = "Norway completes its new ski jump"
    assert best(said, switch_off, on=D(2017, 12, 14)) is None
    # Nor is the country of a claim whose subject names another country.
    elsewhere = profile(
        promiser="Norwegian government",
        aliases=(),
        subject="Fin des cartes d'identité papier dans les écoles du Svalbard",
        keywords=["paper identity cards", "switch-off"],
        category="public programme",
        statement="Schools stop accepting paper identity cards.",
        stated_on=D(2015, 4, 15),
        deadline_end=D(2017, 12, 31),
    )
    said = "Norway completes its switch-off of paper identity cards"
    assert best(said, elsewhere, on=D(2017, 12, 14)) is None


def test_an_alias_that_adds_words_to_the_company_name_names_its_thing():
    # "Corvane Skyway" adds a word to "Corvane": the cable car, not the company.
    cable_car = profile(
        promiser="Corvane",
        aliases=("Corvane Skyway",),
        subject="Corvane Skyway cable car opening",
        keywords=["Corvane Skyway", "cable car"],
        category="transport",
        statement="The Corvane Skyway cable car opens to passengers.",
        stated_on=D(2020, 1, 1),
        deadline_end=D(2024, 12, 31),
    )
    assert cable_car.thing_aliases == ("Corvane Skyway",)
    said = "Corvane Skyway is behind schedule"
    assert kind_of(said, cable_car, on=D(2024, 6, 1)) == EvidenceKind.DELAY
    # An alias made of the company's own words names the company ("Corvane" of "Corvane
    # Group").
    group = profile(
        promiser="Corvane Group",
        aliases=("Corvane",),
        subject="Corvane cable car opening",
        keywords=["Corvane", "cable car"],
        category="transport",
        statement="The Corvane cable car opens to passengers.",
        stated_on=D(2020, 1, 1),
        deadline_end=D(2024, 12, 31),
    )
    assert group.thing_aliases == ()


def test_an_alias_whose_event_the_subject_is_names_the_thing_beside_its_other_names():
    sewer = profile(
        promiser="Tideflow",
        aliases=("Tideflow Harbour Tunnel", "Tideflow Ltd"),
        subject="Tideflow Harbour Tunnel (Corvane 'super drain') completion",
        keywords=["Tideflow Harbour Tunnel", "Corvane super drain", "super drain"],
        category="infrastructure",
        statement="The Tideflow Harbour Tunnel is completed and brought into operation.",
        stated_on=D(2014, 9, 12),
        deadline_end=D(2023, 12, 31),
    )
    assert "Tideflow Harbour Tunnel" in sewer.thing_names
    said = "Tideflow Harbour Tunnel construction starts as the first boring machine is lowered"
    assert kind_of(said, sewer, on=D(2018, 5, 21)) == EvidenceKind.PROGRESS
    # A network named by the alias, with the claim's part named after it, is not the thing.
    line = profile(
        promiser="Corvane Metro Company",
        aliases=("Corvane Express",),
        subject="Corvane Express line 4 South",
        keywords=["Corvane Express", "line 4 South", "line 4"],
        category="metro line",
        statement="Line 4 South of the Corvane Express opens to passengers.",
        stated_on=D(2015, 1, 1),
        deadline_end=D(2025, 12, 31),
    )
    assert "Corvane Express" not in line.thing_names


def test_a_french_name_with_its_head_noun_first_names_the_thing():
    airport = profile(
        promiser="Flughafen Valdor Brenmoor GmbH",
        aliases=("FVB",),
        subject="Opening of Valdor Brenmoor Airport",
        keywords=["Valdor Brenmoor Airport", "aéroport de Valdor-Brenmoor", "ouverture"],
        category="airport",
        statement="Valdor Brenmoor Airport opens to passengers.",
        stated_on=D(2012, 2, 24),
        deadline_end=D(2012, 6, 3),
    )
    said = (
        "Nouveau report pour l'aéroport de Valdor-Brenmoor\n"
        "Le patron du nouvel aéroport de Valdor-Brenmoor a annoncé un nouveau report de "
        "l'ouverture."
    )
    assert kind_of(said, airport, on=D(2014, 2, 26), language="fr") == EvidenceKind.DELAY


def test_a_french_name_with_its_head_noun_and_adjective_first_names_the_thing():
    # "Aéroport international Blaise Diagne" is "Blaise Diagne International Airport": the
    # head noun and its adjective go after the name, in reverse order.
    airport = profile(
        promiser="Government of Corbelia",
        aliases=(),
        subject="Valdor Brenmoor International Airport (VBIA) opening",
        keywords=["Aéroport international Valdor Brenmoor", "VBIA"],
        category="airport",
        statement="The new Valdor Brenmoor International Airport enters service.",
        stated_on=D(2007, 1, 1),
        deadline_end=D(2012, 12, 31),
    )
    assert "Aéroport international Valdor Brenmoor" in airport.thing_names
    said = (
        "Aéroport international Valdor Brenmoor : la mise en service est désormais prévue "
        "en décembre 2017"
    )
    assert kind_of(said, airport, on=D(2016, 10, 15), language="fr") == EvidenceKind.DELAY


def test_a_french_head_noun_in_lower_case_before_a_name_the_subject_holds_names_the_thing():
    bridge = profile(
        promiser="Valdor-Corbel Bridge Authority",
        aliases=(),
        subject="Anna Berg International Bridge (Valdor–Corbel) opening to traffic",
        keywords=["Anna Berg International Bridge", "pont Anna-Berg"],
        category="bridge",
        statement="The Anna Berg International Bridge opens to traffic.",
        stated_on=D(2018, 1, 1),
        deadline_end=D(2024, 12, 31),
    )
    assert "pont Anna-Berg" in bridge.thing_names
    said = "Le pont Anna-Berg doit ouvrir en septembre 2025"
    assert kind_of(said, bridge, on=D(2025, 3, 1), language="fr") == EvidenceKind.DELAY
    # A single capitalised word after a head noun is not enough ("aéroport de Valdor").
    assert not _grounded("pont Corbel", fold("Corbel Street bridge"))


def test_a_keyword_typed_in_lower_case_that_the_subject_writes_as_a_name_names_the_thing():
    hospital = profile(
        promiser="National Paediatric Hospital Board",
        aliases=("the development board",),
        subject="New National Children's Hospital at St Anne's, Dunmore",
        keywords=["national children's hospital", "new children's hospital", "opening"],
        category="building",
        statement="The new National Children's Hospital opens to patients.",
        stated_on=D(2016, 4, 26),
        deadline_end=D(2020, 12, 31),
    )
    assert "national children's hospital" in hospital.thing_names
    # News of it that names no promiser is news of the claim.
    said = "Completion of National Children's Hospital delayed by nine months"
    assert kind_of(said, hospital, on=D(2018, 11, 2)) == EvidenceKind.DELAY
    # The tail of a longer name is not one ("sovereign cloud" of "Vanta European Sovereign
    # Cloud").
    cloud = profile(
        promiser="Vanta",
        aliases=(),
        subject="Vanta European Sovereign Cloud launch",
        keywords=["sovereign cloud"],
        statement="Vanta launches its European Sovereign Cloud.",
    )
    assert cloud.thing_names == ()


def test_an_amount_is_no_name_of_the_thing_though_written_with_digits():
    meters = profile(
        promiser="Department of Energy",
        aliases=(),
        subject="Smart meter rollout in Westmark (53 million meters)",
        keywords=["smart meter", "53 million"],
        statement="Every home in Westmark is offered a smart meter.",
    )
    # The programme's own words name it, as they do when no keyword is written as a name.
    assert "smart meter" in meters.thing_names


def test_two_phrases_of_a_claim_name_it_in_an_item_that_names_no_organisation():
    prescriptions = profile(
        promiser="Medinet",
        aliases=("Medinet GmbH",),
        subject="mandatory electronic prescriptions in Valdor",
        keywords=["e-prescription", "electronic prescription", "Valdor Ministry of Health"],
        category="public programme",
        statement="Medinet makes the electronic prescription mandatory in Valdor.",
        stated_on=D(2020, 3, 1),
        deadline_end=D(2022, 1, 1),
    )
    said = (
        "Mandatory electronic prescription rollout postponed\n"
        "According to the Valdor Ministry of Health, the technology is not yet available."
    )
    assert kind_of(said, prescriptions, on=D(2022, 5, 18)) == EvidenceKind.DELAY
    # One such keyword is too little to go on.
    said = "Mandatory electronic prescription rollout postponed"
    assert kind_of(said, prescriptions, on=D(2022, 5, 18)) is None
