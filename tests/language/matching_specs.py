"""One invented claim and one invented news item, matched as the news watch matches them: the
helpers the news watch's spec modules (test_matching_fulfilment.py,
test_matching_delays_and_drops.py, test_matching_names.py, test_matching_new_dates.py) share,
and the invented claims more than one of them reads."""

from __future__ import annotations

import datetime as dt
from typing import Any

from language.matching import (
    ClaimProfile,
    ItemText,
    Match,
    candidates_python,
    claim_profile,
    ledger_profiles,
    rank_matches,
)
from language.text import fold_words as fold

D = dt.date


def profile(**kwargs: Any) -> ClaimProfile:
    """One claim's profile as the ledger gives it (thing names and all)."""
    defaults: dict[str, Any] = {
        "claim_id": 1,
        "promiser_id": 1,
        "category": "launch",
        "stated_on": dt.date(2020, 1, 1),
    }
    return ledger_profiles([claim_profile(**{**defaults, **kwargs})])[0]


def best(text: str, claim: ClaimProfile, *, on: dt.date, language: str = "en") -> Match | None:
    """The claim's match for one news item, if it is matched at all."""
    news = ItemText(item_id=1, text=fold(text), published_on=on, language=language, original=text)
    matches = rank_matches(candidates_python([news], [claim]), threshold=0.6)
    return (matches.get(1) or [None])[0]


def kind_of(text: str, claim: ClaimProfile, *, on: dt.date, language: str = "en") -> str | None:
    """What the item reports of the claim (its evidence kind), or None when unmatched."""
    match = best(text, claim, on=on, language=language)
    return match.kind if match else None


# --- Invented claims read by more than one spec module ------------------------------------

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


CAPSULE = profile(
    promiser="Orbitec",
    aliases=("Orbitec Space",),
    subject="Orbitec Halcyon capsule first crewed flight",
    keywords=["Halcyon", "crewed flight", "capsule"],
    category="crewed spaceflight",
    statement="Orbitec's Halcyon capsule flies its first crewed flight.",
)


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


# A 3G switch-off, and a club's stadium, read in news of both kinds.
ALPCOM_3G = profile(
    promiser="Alpcom",
    aliases=(),
    subject="Alpcom 3G network shutdown",
    keywords=["3G"],
    category="network",
    statement="Alpcom has switched off its 3G network.",
    stated_on=D(2016, 1, 1),
    deadline_end=D(2019, 12, 31),
)


VERDOIS_STADIUM = profile(
    promiser="Olympique Verdois",
    aliases=("l'OV",),
    subject="new stadium of Olympique Verdois",
    keywords=["Grand Stade", "Stade des Lumières", "inauguration"],
    category="building",
    statement="Le Grand Stade de l'OV est inauguré.",
    stated_on=D(2010, 3, 1),
    deadline_end=D(2014, 6, 30),
)
