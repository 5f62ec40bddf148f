"""Rules from round 45's second matcher pass (the right claim, the wrong kind or the wrong new
window; docs/news-watch.md, "Fulfilment or progress"). Each is written as a specification on
invented sentences about made-up projects, none of them in the labelled sets, and fails
without its rule.
"""

from __future__ import annotations

import datetime as dt

from language.kinds import EvidenceKind
from language.matching import read_item
from language.text import fold_words as fold
from tests.language.matching_specs import best, profile

D = dt.date

# A steelmaker promised its Korvath plant producing steel by 2026.
KORVATH = profile(
    promiser="Tarsel Steel",
    aliases=("Tarsel",),
    subject="Tarsel Korvath steel plant",
    keywords=["Korvath", "steel plant"],
    category="industrial plant",
    statement="Tarsel's Korvath steel plant starts producing steel.",
    stated_on=D(2022, 1, 10),
    deadline_start=D(2026, 1, 1),
    deadline_end=D(2026, 12, 31),
)

# An airline promised its first commercial flights in spring 2024.
SKARVIA = profile(
    promiser="Skarvia",
    aliases=("Skarvia Air",),
    subject="Skarvia first commercial passenger flights",
    keywords=["Skarvia", "budget airline", "commercial flights"],
    category="airline launch",
    statement="Skarvia operates its first commercial passenger flights.",
    stated_on=D(2023, 2, 1),
    deadline_start=D(2024, 3, 1),
    deadline_end=D(2024, 5, 31),
)

# A regulator's label promised to a cloud offer: the certificate is the thing itself.
NUBRA = profile(
    promiser="Nubra",
    aliases=("Nubra Cloud",),
    subject="Nubra sovereign cloud certification",
    keywords=["Nubra", "sovereign cloud"],
    category="certification",
    statement="Nubra's sovereign cloud offer is certified by the national security agency.",
    stated_on=D(2023, 6, 1),
    deadline_start=D(2024, 7, 1),
    deadline_end=D(2024, 12, 31),
)


def _kind(text: str, claim, on: dt.date) -> str | None:
    match = best(text, claim, on=on)
    return match.kind if match else None


def test_a_clearance_granted_is_a_step_toward_the_plant():
    # The go-ahead granted for the plant is a means to it, not the steel produced.
    assert (
        _kind(
            "The ministry has granted environmental clearance to Tarsel's Korvath steel plant",
            KORVATH,
            D(2023, 3, 2),
        )
        == EvidenceKind.PROGRESS
    )


def test_a_regulators_nod_secured_is_a_step():
    # Up to four words between the verb and the go-ahead: "a key regulatory nod".
    assert (
        _kind(
            "Tarsel's Korvath steel plant has secured a key regulatory nod, bringing first "
            "steel closer.",
            KORVATH,
            D(2023, 3, 2),
        )
        == EvidenceKind.PROGRESS
    )


def test_a_certificate_granted_to_an_airline_is_a_step_toward_its_flights():
    assert (
        _kind(
            "The aviation authority has granted Skarvia an air operator certificate for its "
            "commercial flights.",
            SKARVIA,
            D(2024, 1, 12),
        )
        == EvidenceKind.PROGRESS
    )


def test_a_certification_promised_is_done_when_obtained():
    # For a claim that promises the certificate itself, winning it is the thing done.
    assert (
        _kind(
            "Nubra obtains the certification of the national security agency for its "
            "sovereign cloud",
            NUBRA,
            D(2024, 9, 3),
        )
        == EvidenceKind.FULFILMENT
    )


def test_a_completion_with_another_object_is_untouched():
    # Only a go-ahead after the verb makes it a means: the plant completed stays done.
    analysis = read_item(
        original="Tarsel completed the Korvath plant in March.",
        folded=fold("Tarsel completed the Korvath plant in March."),
        language="en",
        published_on=D(2026, 4, 2),
    )
    assert [s.name for s in analysis.signals] == ["fulfilment"]


# A ferry promised for June 2024, and a 3G network promised switched off by the end of 2023.
BRINDLE = profile(
    promiser="Compagnie Marelle",
    aliases=("Marelle",),
    subject="Brindle LNG ferry delivery",
    keywords=["Brindle", "ferry", "navire"],
    category="ship delivery",
    statement="The Brindle LNG ferry is delivered to Compagnie Marelle.",
    stated_on=D(2022, 3, 1),
    deadline_start=D(2024, 6, 1),
    deadline_end=D(2024, 6, 30),
)
NORTEL_3G = profile(
    promiser="Nortel Mobile",
    aliases=("Nortel",),
    subject="Nortel 3G network switch-off",
    keywords=["3G switch-off", "3G network"],
    category="network shutdown",
    statement="Nortel Mobile switches off its 3G network.",
    stated_on=D(2022, 5, 1),
    deadline_start=D(2023, 1, 1),
    deadline_end=D(2023, 12, 31),
)


def test_a_month_without_its_year_beside_a_step_is_the_steps_time():
    # "la pose de la quille en août", said in December: last August's keel, not a new date
    # in August 2024 for the ferry promised in June.
    match = best(
        "Mise à l'eau du Brindle, le futur ferry de Marelle\n"
        "Après la découpe de la première tôle en mars et la pose de la quille en août, cette "
        "mise à l'eau constitue une étape importante dans la construction du Brindle, le "
        "premier ferry de Marelle propulsé au GNL.",
        BRINDLE,
        on=D(2023, 12, 12),
        language="fr",
    )
    assert match is not None and match.kind == EvidenceKind.PROGRESS
    # "pilots in February", said in May: February gone by, not February 2024.
    for text in (
        "Nortel 3G network: pilots completed\n"
        "Nortel completed its 3G switch-off pilots in February, moving two towns to 4G.",
        "Why Nortel is switching off its 3G network\n"
        "Andrea Dunn, Nortel's network chief, explains why the company is switching off its "
        "3G network. Following our successful Harwick and Dunmore pilots in February, more "
        "towns will follow on our roadmap for the 3G switch-off.",
    ):
        match = best(text, NORTEL_3G, on=D(2023, 5, 9))
        assert match is not None and match.kind == EvidenceKind.PROGRESS, text


def test_a_date_with_its_year_beside_a_step_is_still_read():
    # With its year, a date beside a step word is read as it is: here the ferry's new date.
    match = best(
        "Mise à l'eau du Brindle, le futur navire de Marelle\n"
        "Après cette étape, la livraison du ferry Brindle est prévue en août 2025.",
        BRINDLE,
        on=D(2023, 12, 12),
        language="fr",
    )
    assert match is not None and match.kind == EvidenceKind.DELAY


# A mobile bank promised by the end of June 2017 (since put off to 6 July), and an electric
# van promised by the end of 2020 (since put off to the spring).
ORVANE_BANK = profile(
    promiser="Orvane",
    aliases=("groupe Orvane",),
    subject="Orvane Banque mobile launch",
    keywords=["Orvane Banque", "banque mobile", "lancement"],
    category="service launch",
    statement="Orvane launches its mobile bank, Orvane Banque.",
    stated_on=D(2017, 3, 1),
    deadline_end=D(2017, 6, 30),
)
TALVEN_VAN = profile(
    promiser="Talven Motors",
    aliases=("Talven",),
    subject="Talven E-Van deliveries",
    keywords=["Talven E-Van", "electric van", "deliveries"],
    category="vehicle deliveries",
    statement="Talven Motors begins deliveries of the Talven E-Van.",
    stated_on=D(2020, 5, 1),
    deadline_end=D(2020, 12, 31),
)


def test_the_date_first_planned_is_not_the_window_proposed():
    # "initialement prévu le 6 juillet": the plan that slipped; "à la rentrée" is the new one.
    match = best(
        "Le lancement d'Orvane Banque, la future banque mobile du groupe, initialement prévu "
        "le 6 juillet, est reporté à la rentrée, a annoncé Orvane.",
        ORVANE_BANK,
        on=D(2017, 6, 29),
        language="fr",
    )
    assert match is not None and match.kind == EvidenceKind.DELAY
    assert (match.proposed_start, match.proposed_end) == (D(2017, 9, 1), D(2017, 9, 30))
    # "originally planned to begin deliveries this spring": the first plan, said by its adverb.
    match = best(
        "Talven delays E-Van\n"
        "Talven Motors is delaying the Talven E-Van by a few months. The company originally "
        "planned to begin deliveries this spring, but is now pushing the timeline back to the "
        "second half of this year.",
        TALVEN_VAN,
        on=D(2021, 3, 1),
    )
    assert match is not None and match.kind == EvidenceKind.DELAY
    assert (match.proposed_start, match.proposed_end) == (D(2021, 7, 1), D(2021, 12, 31))


def test_a_new_date_after_the_first_plan_stays_the_news():
    # "now" after the first plan: the date it governs is the plan in force.
    match = best(
        "Le lancement d'Orvane Banque, initialement prévu le 6 juillet, désormais le 15 "
        "septembre, a annoncé Orvane.",
        ORVANE_BANK,
        on=D(2017, 6, 29),
        language="fr",
    )
    assert match is not None and match.kind == EvidenceKind.DELAY
    assert (match.proposed_start, match.proposed_end) == (D(2017, 9, 15), D(2017, 9, 15))
