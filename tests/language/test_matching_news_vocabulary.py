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
    case("first flight", F, "altair", "Le premier vol d'Altair-2 est un succès", "fr"),
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
    case("dropped", X, "t9", "Valmorin tourne la page du tramway T9", "fr"),
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
    case("dropped", X, "kestrel", "Norvia sonne le glas du centre de données Kestrel", "fr"),
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
    # Guards.
    case("held", P, "kestrel", "Norvia's Kestrel data centre on track for June opening"),
    case("held", P, "kestrel", "Norvia breaks ground on Kestrel data centre"),
    case("held", P, "osprey", "Norvia opens Osprey beta to testers"),
    case("held", P, "seaotter", "Harbourlink's Sea Otter ferry begins sea trials"),
    case("held", P, "t9", "Le tramway T9 de Valmorin obtient le feu vert de l'État", "fr"),
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
    ("text", "claim", "language"),
    [
        # "is late" before a time is a date, not lateness (both within the deadline).
        ("Norvia: the Osprey app launch is late 2026, the company confirmed", "osprey", "en"),
        ("Norvia says the Osprey app launch is late this year", "osprey", "en"),
        # "held up" as an example, costs that "dérapent", a plan that "diffère" (differs).
        ("Norvia's Kestrel data centre held up as a model of efficient design", "kestrel", "en"),
        ("Tramway T9 : les coûts dérapent, selon la Métropole de Valmorin", "t9", "fr"),
        ("Le tracé du tramway T9 de Valmorin diffère de celui de 2022", "t9", "fr"),
        # "slides to" a low is a share price.
        ("Corvane slides to a two-year low as Lannet gigafactory costs mount", "lannet", "en"),
    ],
)
def test_words_that_tell_a_delay_elsewhere_say_none_here(text: str, claim: str, language: str):
    assert reading(text, claim, language=language)[1] != L
