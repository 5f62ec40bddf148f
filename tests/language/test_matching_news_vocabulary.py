"""How news ordinarily says each kind, in English and French, written as a specification on
invented headlines: a made-up data centre, app, rocket, gigafactory, ferry, tram line and
bridge, none of them in the labelled sets. The words were found by an audit of the lexicon's
coverage of journalistic wording (docs/news-watch.md, "News vocabulary"), not from a batch
of labelled news; each case names the word group it guards."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from language.kinds import EvidenceKind
from language.matching import (
    ItemText,
    candidates_python,
    claim_profile,
    ledger_profiles,
    rank_matches,
)
from language.text import fold_words as fold

D = dt.date
F, P, L, X = (
    EvidenceKind.FULFILMENT,
    EvidenceKind.PROGRESS,
    EvidenceKind.DELAY,
    EvidenceKind.DENIAL,
)

# Each invented promise: (promiser, its aliases, the promise's subject, keywords, category,
# statement, deadline's end). The deadline runs from the 1st of January of its year.
CLAIMS = {
    "kestrel": (
        "Norvia",
        ("Norvia Cloud", "Kestrel", "Osprey"),
        "Kestrel data centre in Tarnby",
        ["Kestrel", "Kestrel data centre", "centre de données Kestrel", "Tarnby"],
        "launch",
        "Norvia opens its Kestrel data centre in Tarnby.",
        D(2026, 6, 30),
    ),
    "osprey": (
        "Norvia",
        ("Norvia Cloud", "Kestrel", "Osprey"),
        "Osprey app",
        ["Osprey", "Osprey app", "application Osprey"],
        "launch",
        "Norvia launches its Osprey app to the public.",
        D(2026, 12, 31),
    ),
    "altair": (
        "Altaris",
        ("Altaris Space", "Altair-2"),
        "Altair-2 rocket maiden flight",
        ["Altair-2", "maiden flight", "premier vol", "fusée Altair-2"],
        "launch",
        "Altaris flies the Altair-2 rocket for the first time.",
        D(2026, 6, 30),
    ),
    "lannet": (
        "Corvane",
        ("Corvane Energy", "Lannet gigafactory"),
        "Lannet gigafactory production start",
        ["Lannet gigafactory", "gigafactory de Lannet"],
        "other",
        "Corvane starts battery cell production at its Lannet gigafactory.",
        D(2026, 6, 30),
    ),
    "seaotter": (
        "Harbourlink",
        ("Harbourlink Ferries", "Sea Otter"),
        "Sea Otter ferry entry into service",
        ["Sea Otter", "ferry", "Dunmore-Kells"],
        "launch",
        "Harbourlink's new Sea Otter ferry enters service on the Dunmore-Kells route.",
        D(2026, 6, 30),
    ),
    "t9": (
        "Métropole de Valmorin",
        ("Valmorin", "T9"),
        "ligne T9 du tramway de Valmorin",
        ["T9", "tramway T9", "ligne T9", "tram T9"],
        "launch",
        "La ligne T9 du tramway de Valmorin est mise en service.",
        D(2026, 9, 30),
    ),
    "pont": (
        "Morvèze",
        ("Conseil départemental", "pont de Saint-Arlan"),
        "pont de Saint-Arlan sur la Vézère",
        ["pont de Saint-Arlan", "Saint-Arlan"],
        "other",
        "Le nouveau pont de Saint-Arlan est livré et ouvert à la circulation.",
        D(2026, 6, 30),
    ),
}
KEYS = {n: key for n, key in enumerate(CLAIMS, 1)}
LEDGER = ledger_profiles(
    [
        claim_profile(
            claim_id=n,
            promiser_id=n,
            promiser=promiser,
            aliases=aliases,
            subject=subject,
            keywords=keywords,
            category=category,
            statement=statement,
            stated_on=D(2024, 1, 10),
            deadline_start=D(end.year, 1, 1),
            deadline_end=end,
        )
        for n, (promiser, aliases, subject, keywords, category, statement, end) in (
            (n, CLAIMS[key]) for n, key in KEYS.items()
        )
    ]
)


def reading(
    text: str, claim: str, *, late: bool = False, language: str = "en"
) -> tuple[str | None, str | None]:
    """The claim and kind the matcher gives an item against the whole invented ledger, dated
    in March of the deadline's year, or two months after the deadline when `late`."""
    end = CLAIMS[claim][-1]
    on = end + dt.timedelta(days=60) if late else D(end.year, 3, 16)
    item = ItemText(item_id=1, text=fold(text), published_on=on, language=language, original=text)
    matches = rank_matches(candidates_python([item], LEDGER), threshold=0.6).get(1)
    if not matches:
        return (None, None)
    return (KEYS[matches[0].claim_id], matches[0].kind)


def case(
    group: str,
    kind: str | None,
    claim: str,
    text: str,
    language: str = "en",
    late: bool = False,
) -> Any:
    return pytest.param(kind, claim, text, language, late, id=f"{group}: {text[:60]}")


CASES = [
    # --- Fulfilment: online, open, in service, said as the state it is now in -------------
    case("online", F, "kestrel", "Norvia's Kestrel data centre comes online"),
    case("in operation", F, "kestrel", "Norvia's Kestrel data centre goes into operation"),
    case("in operation", F, "lannet", "Corvane's Lannet gigafactory started regular production"),
    case("in operation", F, "kestrel", "Norvia's Kestrel data centre is now in operation"),
    case("in operation", F, "pont", "Le pont de Saint-Arlan est en exploitation", "fr"),
    case("in force", F, "t9", "La ligne T9 de Valmorin est entrée en vigueur ce lundi", "fr"),
    case("first users", F, "seaotter", "Riding Harbourlink's Sea Otter ferry on opening day"),
    # The "to" of "end-to-end" is no infinitive that would make the day a plan.
    case("first users", F, "seaotter", "Riding the Sea Otter ferry end-to-end on opening day"),
    case("first users", F, "seaotter", "Inside Harbourlink's new Sea Otter ferry: our first rides"),
    case("online", F, "kestrel", "Norvia's Kestrel data centre came online this week"),
    case("online", F, "kestrel", "Kestrel data centre now open, says Norvia"),
    case("online", F, "kestrel", "The Kestrel data centre is open for business"),
    case("online", F, "kestrel", "Norvia cuts the ribbon on its Kestrel data centre"),
    case("online", F, "kestrel", "Norvia's Kestrel data centre begins operations"),
    case("online", F, "seaotter", "Harbourlink's Sea Otter ferry is finally in service"),
    case("online", F, "t9", "La Métropole de Valmorin met en service la ligne T9", "fr"),
    case("online", F, "t9", "Mise en service effective du tramway T9 à Valmorin", "fr"),
    case("online", F, "t9", "Le tramway T9 est en service depuis lundi à Valmorin", "fr"),
    case("online", F, "t9", "La ligne T9 de Valmorin est ouverte au public", "fr"),
    case("online", F, "pont", "Le pont de Saint-Arlan ouvert à la circulation", "fr"),
    case("online", F, "pont", "Le pont de Saint-Arlan est désormais ouvert", "fr"),
    case("online", F, "osprey", "Norvia met en ligne son application Osprey", "fr"),
    case("online", F, "t9", "C'est parti pour le tramway T9 de Valmorin", "fr"),
    case("running", F, "t9", "Le tramway T9 de Valmorin roule enfin", "fr"),
    case("running", F, "t9", "Le tramway T9 de Valmorin circule depuis ce matin", "fr"),
    case("first users", F, "kestrel", "Norvia's Kestrel data centre welcomes its first customers"),
    case(
        "first users",
        F,
        "kestrel",
        "Le centre de données Kestrel de Norvia accueille ses premiers clients",
        "fr",
    ),
    case("first flight", F, "altair", "Altair-2 reaches orbit on maiden flight"),
    case("first flight", F, "altair", "Altaris' Altair-2 rocket makes its maiden flight"),
    case("first flight", F, "altair", "Altair-2 blasts off for the first time"),
    case("first flight", F, "altair", "Altair-2 maiden flight a success for Altaris"),
    case("first flight", F, "altair", "Altair-2 : le premier vol est un succès", "fr"),
    case(
        "first flight", F, "altair", "La fusée Altair-2 d'Altaris a effectué son premier vol", "fr"
    ),
    case("production", F, "lannet", "Corvane's Lannet gigafactory begins mass production"),
    case("production", F, "lannet", "Corvane's Lannet gigafactory kicks off production"),
    case(
        "production", F, "lannet", "First cells roll off the line at Corvane's Lannet gigafactory"
    ),
    case(
        "production",
        F,
        "lannet",
        "Corvane : la production a débuté à la gigafactory de Lannet",
        "fr",
    ),
    case("out to users", F, "osprey", "Norvia rolls out Osprey app to all users"),
    case("out to users", F, "osprey", "Norvia unveils Osprey app, available today"),
    case("out to users", F, "osprey", "Norvia's Osprey app hits app stores"),
    case("out to users", F, "osprey", "Norvia's Osprey app is out now"),
    case("out to users", F, "pont", "Le pont de Saint-Arlan est livré", "fr"),
    case("out to users", F, "osprey", "L'application Osprey est désormais accessible à tous", "fr"),
    case(
        "out to users",
        F,
        "osprey",
        "L'application Osprey a été généralisée à toute la France",
        "fr",
    ),
    case("out to users", F, "t9", "Le titre unique du tramway T9 est généralisé à Valmorin", "fr"),
    # Guards: forms the lexicon already held.
    case("held", F, "kestrel", "Norvia's Kestrel data centre goes live"),
    case(
        "held",
        F,
        "seaotter",
        "Harbourlink's Sea Otter ferry enters service between Dunmore and Kells",
    ),
    case("held", F, "t9", "Valmorin : le tramway T9 entre en service", "fr"),
    case("held", F, "osprey", "L'application Osprey de Norvia est désormais disponible", "fr"),
    # --- Delay: late, put back, held up, stalled, frozen, mothballed, scrubbed -------------
    case("late", L, "kestrel", "Norvia's Kestrel data centre is running late"),
    case("late", L, "kestrel", "Norvia says Kestrel data centre will be late"),
    case("late", L, "kestrel", "Norvia's Kestrel data centre is months late"),
    case("late", L, "seaotter", "Harbourlink's Sea Otter ferry debut put back again"),
    case("late", L, "kestrel", "Norvia's Kestrel data centre opening held up by permit dispute"),
    case("late", L, "kestrel", "Norvia's Kestrel data centre project has stalled"),
    case("late", L, "kestrel", "Norvia freezes Kestrel data centre project"),
    case("late", L, "lannet", "Corvane's Lannet gigafactory mothballed"),
    case("late", L, "altair", "Altair-2 maiden flight scrubbed after engine fault"),
    case("late", L, "t9", "Coup d'arrêt pour le tramway T9 de Valmorin", "fr"),
    case("late", L, "t9", "Le projet de tramway T9 est mis en sommeil", "fr"),
    case("late", L, "t9", "La mise en service du tramway T9 est ajournée", "fr"),
    case("late", L, "pont", "La livraison du pont de Saint-Arlan est différée", "fr"),
    case("not in time", L, "altair", "Altaris' Altair-2 maiden flight will not happen this year"),
    case(
        "not in time",
        L,
        "altair",
        "Le premier vol de la fusée Altair-2 n'aura pas lieu cette année",
        "fr",
    ),
    case("not in time", L, "pont", "Le pont de Saint-Arlan ne sera pas livré à temps", "fr"),
    case("missed date", L, "kestrel", "Norvia's Kestrel data centre will miss its June opening"),
    case("reported lateness", L, "pont", "Le pont de Saint-Arlan accuse un an de retard", "fr"),
    case("reported lateness", L, "t9", "Le tramway T9 de Valmorin aura un an de retard", "fr"),
    case("noun delayed", L, "lannet", "Corvane's Lannet gigafactory production start pushed back"),
    case("works halted", L, "pont", "Le chantier du pont de Saint-Arlan à l'arrêt", "fr"),
    case("not done", L, "kestrel", "Norvia's Kestrel data centre is still not open", late=True),
    case("not done", L, "pont", "Le pont de Saint-Arlan toujours pas ouvert", "fr", late=True),
    case(
        "not done",
        L,
        "t9",
        "Valmorin : le tramway T9 n'est toujours pas en service",
        "fr",
        late=True,
    ),
    # Guards.
    case("held", L, "kestrel", "Norvia's Kestrel data centre pushed back to 2027"),
    case("held", L, "kestrel", "Kestrel data centre opening slips to early 2027"),
    case("held", L, "lannet", "Corvane puts Lannet gigafactory on hold"),
    case("held", L, "t9", "Le tramway T9 n'ouvrira pas avant 2027", "fr"),
    case("held", L, "t9", "Report de la mise en service du tramway T9", "fr"),
    case("held", L, "t9", "Valmorin : la ligne T9 prend du retard", "fr"),
    # --- Denial: the usual words of a drop -----------------------------------------------
    case("dropped", X, "kestrel", "Norvia's Kestrel data centre axed"),
    case("dropped", X, "kestrel", "Norvia ditches plans for Kestrel data centre"),
    case("dropped", X, "kestrel", "Norvia walks away from Kestrel data centre"),
    case("dropped", X, "kestrel", "Norvia backpedals on its plan for the Kestrel data centre"),
    case("dropped", X, "t9", "Valmorin fait marche arrière sur le tramway T9", "fr"),
    case("dropped", X, "lannet", "Corvane backs out of Lannet gigafactory"),
    case("dropped", X, "kestrel", "Kestrel data centre will not go ahead, Norvia says"),
    case("dropped", X, "kestrel", "Norvia's Kestrel data centre won't go ahead"),
    case("dropped", X, "kestrel", "Norvia's Kestrel data centre is off the table"),
    case("dropped", X, "kestrel", "Norvia's Kestrel data centre will never be built"),
    case("dropped", X, "kestrel", "Norvia has decided not to build the Kestrel data centre"),
    case("dropped", X, "kestrel", "Norvia will no longer build the Kestrel data centre"),
    case("dropped", X, "kestrel", "Norvia puts Kestrel data centre on ice"),
    case("dropped", X, "osprey", "Norvia kills off Osprey app before launch"),
    case("dropped", X, "altair", "Altaris terminates Altair-2 programme"),
    case("dropped", X, "kestrel", "Kestrel data centre plans withdrawn by Norvia"),
    case("dropped", X, "kestrel", "Norvia puts an end to Kestrel data centre project"),
    case("dropped", X, "lannet", "Corvane's Lannet gigafactory plan is dead"),
    case("dropped", X, "t9", "Le tramway T9 ne sera jamais construit", "fr"),
    case("dropped", X, "t9", "Le tramway T9 de Valmorin ne se fera pas", "fr"),
    case("dropped", X, "t9", "Le tramway T9 de Valmorin passe à la trappe", "fr"),
    case(
        "dropped",
        X,
        "lannet",
        "Le projet de gigafactory de Lannet de Corvane tombe à l'eau",
        "fr",
    ),
    case("dropped", X, "lannet", "Corvane retire son projet de gigafactory à Lannet", "fr"),
    case("dropped", X, "lannet", "Corvane arrête le projet de gigafactory de Lannet", "fr"),
    case(
        "dropped",
        X,
        "lannet",
        "Arrêt définitif du projet de gigafactory de Lannet de Corvane",
        "fr",
    ),
    case("dropped", X, "kestrel", "Norvia fait une croix sur le centre de données Kestrel", "fr"),
    case(
        "dropped",
        X,
        "kestrel",
        "Norvia met un terme au projet de centre de données Kestrel",
        "fr",
    ),
    case("dropped", X, "pont", "Le pont de Saint-Arlan ne sera pas construit", "fr"),
    case("dropped", X, "altair", "Altaris stoppe le développement d'Altair-2", "fr"),
    # Guards.
    case("held", X, "kestrel", "Norvia scraps Kestrel data centre"),
    case("held", X, "kestrel", "Norvia pulls the plug on Kestrel data centre"),
    case("held", X, "kestrel", "Norvia shelves Kestrel data centre"),
    case("held", X, "t9", "La Métropole de Valmorin renonce au tramway T9", "fr"),
    case("held", X, "lannet", "Corvane jette l'éponge pour la gigafactory de Lannet", "fr"),
    case("held", X, "kestrel", "Le centre de données Kestrel de Norvia ne verra pas le jour", "fr"),
    # --- Progress: permits, the building's milestones, going well --------------------------
    case("step", P, "kestrel", "Norvia secures planning permission for Kestrel data centre"),
    case("step", P, "kestrel", "Norvia obtains building permit for Kestrel data centre"),
    case("step", P, "kestrel", "Norvia's Kestrel data centre wins planning approval"),
    case("step", P, "kestrel", "Norvia tops out Kestrel data centre"),
    case("step", P, "kestrel", "Norvia and Tarnby Energy sign agreement for Kestrel data centre"),
    case(
        "step",
        P,
        "lannet",
        "Corvane and Halvik finalize agreement for the Lannet gigafactory",
    ),
    case("step", P, "kestrel", "Norvia lays foundation stone of Kestrel data centre"),
    case("step", P, "kestrel", "Norvia's Kestrel data centre reaches halfway point"),
    case("step", P, "lannet", "Corvane installs first production line at Lannet gigafactory"),
    case("step", P, "altair", "Altair-2 maiden flight cleared by regulator"),
    case("step", P, "altair", "Altair-2 rolls out to the launch pad"),
    case(
        "step",
        P,
        "kestrel",
        "Norvia obtient le permis de construire du centre de données Kestrel",
        "fr",
    ),
    case(
        "step",
        P,
        "t9",
        "Le tramway T9 de Valmorin obtient la déclaration d'utilité publique",
        "fr",
    ),
    case("step", P, "lannet", "La gigafactory de Lannet de Corvane sort de terre", "fr"),
    case("step", P, "t9", "Les rails du tramway T9 sont posés", "fr"),
    case("step", P, "pont", "Pont de Saint-Arlan : les épreuves de charge ont été réalisées", "fr"),
    case("step", P, "t9", "Tramway T9 : marche à blanc avant l'ouverture", "fr"),
    case("out to users", P, "t9", "Les premières rames du tramway T9 livrées à Valmorin", "fr"),
    case("going well", P, "kestrel", "Norvia's Kestrel data centre is progressing well"),
    case("going well", P, "pont", "Le chantier du pont de Saint-Arlan avance bien", "fr"),
    case("going well", P, "pont", "Le pont de Saint-Arlan sera livré dans les délais", "fr"),
    case(
        "timetable kept",
        P,
        "lannet",
        "Corvane maintient son calendrier pour la gigafactory de Lannet",
        "fr",
    ),
    case("timetable kept", P, "lannet", "Gigafactory de Lannet : Corvane maintient le cap", "fr"),
    case("timetable kept", P, "kestrel", "Norvia sticks to its schedule for Kestrel data centre"),
    case(
        "timetable kept", P, "kestrel", "Norvia confirms its timetable for the Kestrel data centre"
    ),
    # Guards.
    case("held", P, "kestrel", "Norvia's Kestrel data centre on track for June opening"),
    case("held", P, "kestrel", "Norvia breaks ground on Kestrel data centre"),
    case("held", P, "osprey", "Norvia opens Osprey beta to testers"),
    case("held", P, "seaotter", "Harbourlink's Sea Otter ferry begins sea trials"),
    case("held", P, "t9", "Le tramway T9 de Valmorin obtient le feu vert de l'État", "fr"),
    # A task on the way completed is that task, not the thing: the site bought, the money
    # settled, the readiness reached.
    case(
        "held",
        P,
        "lannet",
        "Corvane has completed the acquisition of the land for Lannet gigafactory",
    ),
    case("held", P, "lannet", "Corvane achieved financial close on its Lannet gigafactory"),
    case("held", P, "pont", "Pont de Saint-Arlan : Morvèze a achevé le bouclage financier", "fr"),
    case("held", P, "seaotter", "Harbourlink's Sea Otter ferry achieved readiness for service"),
    case(
        "held", P, "t9", "Le tramway T9 en bonne voie pour une mise en service en septembre", "fr"
    ),
    # --- None: the same promisers' other news ----------------------------------------------
    case("none", None, "kestrel", "Norvia opens new office in Lisbon"),
    case("none", None, "kestrel", "Norvia delays annual shareholder meeting"),
    case("none", None, "lannet", "Corvane cancels dividend as sales fall"),
    case("none", None, "osprey", "Norvia launches new logo"),
    case("none", None, "kestrel", "Norvia ouvre un bureau à Lyon", "fr"),
    case("none", None, "t9", "Valmorin : la Métropole reporte le vote du budget", "fr"),
    case("none", None, "lannet", "Corvane suspend son dividende", "fr"),
    # Its installations are the sites it has, not works to install (the works stay a step).
    case(
        "none",
        None,
        "t9",
        "Tramway T9 : la Métropole de Valmorin veut réaménager ses installations existantes",
        "fr",
    ),
    case(
        "none",
        None,
        "kestrel",
        "Norvia to lay off staff at its installations near the Kestrel data centre",
    ),
    case("held", P, "t9", "Tramway T9 de Valmorin : l'installation des rails a commencé", "fr"),
    # A call for tenders launched, however spelt, is a step, not the thing launched.
    case("held", P, "pont", "Pont de Saint-Arlan : un nouvel appel d'offre lancé", "fr"),
]


@pytest.mark.parametrize(("kind", "claim", "text", "language", "late"), CASES)
def test_news_wording_reads_as_its_kind(
    kind: str | None, claim: str, text: str, language: str, late: bool
) -> None:
    expected = (claim, kind) if kind is not None else (None, None)
    assert reading(text, claim, late=late, language=language) == expected


def test_still_not_open_is_no_news_before_the_deadline():
    # "Not done" is late only once the deadline has passed.
    assert reading("Norvia's Kestrel data centre is still not open", "kestrel") == (None, None)
    french = "Le pont de Saint-Arlan toujours pas ouvert"
    assert reading(french, "pont", language="fr") == (None, None)


def test_a_completion_noun_is_still_done_when_no_delay_follows_it():
    said = "Production start at Corvane's Lannet gigafactory, two weeks ahead of plan"
    assert reading(said, "lannet")[1] == F


@pytest.mark.parametrize(
    ("misread", "claim", "text", "language"),
    [
        # "is late" before a time is a date, not lateness (both within the deadline).
        (L, "osprey", "Norvia: the Osprey app launch is late 2026, the company confirmed", "en"),
        (L, "osprey", "Norvia says the Osprey app launch is late this year", "en"),
        # "held up" as an example, costs that "dérapent", a plan that "diffère" (differs).
        (L, "kestrel", "Norvia's Kestrel data centre held up as a model of efficient design", "en"),
        (L, "t9", "Tramway T9 : les coûts dérapent, selon la Métropole de Valmorin", "fr"),
        (L, "t9", "Le tracé du tramway T9 de Valmorin diffère de celui de 2022", "fr"),
        # "slides to" a low is a share price.
        (L, "lannet", "Corvane slides to a two-year low as Lannet gigafactory costs mount", "en"),
        # A success, said of a fund-raising or a share sale, not of the flight.
        (F, "lannet", "Corvane's Lannet gigafactory fundraising a success", "en"),
        (F, "altair", "Altaris share sale a success as Altair-2 nears maiden flight", "en"),
        (F, "t9", "La concertation sur le tramway T9 de Valmorin est un succès", "fr"),
        # "Livrée" after an article or a possessive is a livery, nothing delivered.
        (F, "pont", "Pont de Saint-Arlan : une nouvelle livrée pour les garde-corps", "fr"),
        (F, "pont", "Le pont de Saint-Arlan et sa livrée rouge", "fr"),
        # "Decided not to" sell or seek a partner is no drop of the thing.
        (X, "kestrel", "Norvia decided not to sell Kestrel data centre", "en"),
        # "Tourne la page" of a chief executive, "sonne le glas" said by the new thing of
        # the old.
        (X, "lannet", "Corvane tourne la page de son PDG, la gigafactory de Lannet continue", "fr"),
        (X, "t9", "Le tramway T9 de Valmorin sonne le glas du bus 12", "fr"),
        # "Halfway" through the year, a term "à mi-parcours", a figure that "tops out at", the
        # "cornerstone" of a strategy, a "dry run" of anything: no building's milestone.
        (P, "lannet", "Corvane's Lannet gigafactory is halfway through the year on target", "en"),
        (P, "t9", "Valmorin : le tramway T9 à mi-parcours du mandat, bilan mitigé", "fr"),
        (P, "lannet", "Corvane's Lannet gigafactory output tops out at 10 GWh", "en"),
        (P, "kestrel", "Kestrel data centre is the cornerstone of Norvia's strategy", "en"),
        (P, "kestrel", "Norvia's Kestrel data centre budget: a dry run for the cloud unit", "en"),
        # An affair of the promiser's business, the subject or the object of the word: a
        # campaign rolled out, a report or an interview out, a consultation open, a petition
        # going round, a new chief executive welcomed or installed...
        (F, "osprey", "Norvia rolls out new ad campaign for Osprey app", "en"),
        (F, "kestrel", "Norvia's Kestrel data centre report available today", "en"),
        (F, "osprey", "Norvia's Osprey app launch event: interview available today", "en"),
        (F, "kestrel", "Kestrel data centre: Norvia's annual report out now", "en"),
        (F, "kestrel", "Kestrel data centre consultation now open, Norvia says", "en"),
        (F, "t9", "Tramway T9 : l'enquête publique est désormais ouverte à Valmorin", "fr"),
        (F, "t9", "Valmorin met en ligne une consultation sur le tramway T9", "fr"),
        (F, "t9", "Tramway T9 : une pétition circule depuis lundi à Valmorin", "fr"),
        (F, "osprey", "Norvia welcomes its first female CEO as Osprey app nears launch", "en"),
        (P, "kestrel", "Norvia installs new CEO at Kestrel data centre", "en"),
        # ... hiring or salaries frozen, shares stalled, results put back, payments late, a
        # strike stopped, a meeting adjourned, a merger or a party not this year, a report
        # not in time...
        (L, "lannet", "Corvane freezes hiring at Lannet gigafactory", "en"),
        (L, "kestrel", "Norvia freezes salaries while Kestrel data centre build continues", "en"),
        (L, "kestrel", "Norvia shares stalled as Kestrel data centre nears opening", "en"),
        (L, "kestrel", "Norvia puts back its results date; Kestrel data centre unaffected", "en"),
        (L, "osprey", "Norvia's Osprey app payments running late, users say", "en"),
        (L, "t9", "Coup d'arrêt pour la grève au tramway T9 de Valmorin", "fr"),
        (L, "t9", "Tramway T9 : la réunion publique est ajournée", "fr"),
        (L, "kestrel", "Norvia's Kestrel data centre: the merger will not happen this year", "en"),
        (L, "t9", "Tramway T9 : la fête n'aura pas lieu cette année à Valmorin", "fr"),
        (L, "pont", "Pont de Saint-Arlan : le rapport ne sera pas livré à temps", "fr"),
        # ... a contract terminated, a rumour dead, a partnership or a sponsorship ended,
        # talks put on ice or walked away from, a deal backed out of, speculation ended, a
        # dividend axed, a strike or an appeal that falls through...
        (X, "kestrel", "Norvia terminates contract with Kestrel data centre builder", "en"),
        (X, "kestrel", "Norvia's Kestrel data centre: sale rumour is dead", "en"),
        (
            X,
            "kestrel",
            "Norvia met un terme à son partenariat avec Tarnby pour le centre de données Kestrel",
            "fr",
        ),
        (
            X,
            "lannet",
            "Arrêt définitif du sponsoring de Corvane, gigafactory de Lannet maintenue",
            "fr",
        ),
        (X, "kestrel", "Norvia's Kestrel data centre talks put on ice", "en"),
        (X, "kestrel", "Norvia walks away from talks with Tarnby on Kestrel data centre", "en"),
        (X, "lannet", "Corvane backs out of Halvik deal for Lannet gigafactory", "en"),
        (X, "kestrel", "Norvia puts an end to speculation about Kestrel data centre", "en"),
        (X, "lannet", "Corvane axes its dividend to fund Lannet gigafactory", "en"),
        (X, "lannet", "Corvane's Lannet gigafactory strike will not go ahead", "en"),
        (X, "t9", "Tramway T9 : le recours tombe à l'eau, les travaux continuent", "fr"),
        # ... talks going well, an appeal lodged in time.
        (P, "t9", "Tramway T9 : la concertation avance bien à Valmorin", "fr"),
        (P, "pont", "Pont de Saint-Arlan : recours déposé dans les délais", "fr"),
    ],
)
def test_words_that_tell_an_outcome_elsewhere_say_none_here(
    misread: str, claim: str, text: str, language: str
):
    assert reading(text, claim, language=language)[1] != misread
