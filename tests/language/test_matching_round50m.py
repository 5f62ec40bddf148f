"""Mends of round 50's review of the matcher's journey and take-off rules (docs/news-watch.md,
"The claim side and the search index"): a thing's own name written after a promiser's colon,
a journey's later stage read only for a launch into space and only after a place, the join
of a body, more ways of getting a craft somewhere, the present and imperfect of "s'élancer".
Each is a specification on invented sentences about made-up projects, none of them in the
labelled sets, and fails without its mend.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from language.matching import (
    ClaimProfile,
    ItemText,
    candidates_python,
    claim_profile,
    ledger_profiles,
    rank_matches,
)
from language.text import fold_words as fold

D = dt.date


def ledger(*claims: dict[str, Any]) -> list[ClaimProfile]:
    """Several claims' profiles as one ledger gives them (thing names and all)."""
    defaults: dict[str, Any] = {"category": "space mission launch", "stated_on": D(2021, 5, 1)}
    return ledger_profiles(
        [claim_profile(claim_id=n, **{**defaults, **c}) for n, c in enumerate(claims, 1)]
    )


def matched(
    text: str, profiles: list[ClaimProfile], *, on: dt.date, lang: str = "en"
) -> list[tuple[int, str]]:
    """The claims (id and kind) an item is matched to, best first."""
    news = ItemText(item_id=1, text=fold(text), published_on=on, language=lang, original=text)
    found = rank_matches(candidates_python([news], profiles), threshold=0.6).get(1, [])
    return [(m.claim_id, m.kind) for m in found]


AUTHORITY: dict[str, Any] = {
    "promiser_id": 1,
    "promiser": "Helix Space Authority",
    "aliases": ("HSA",),
}
PATHFINDER = {
    **AUTHORITY,
    "subject": "Kestrel Pathfinder, HSA's probe to Neptune: launch on a Strider Heavy "
    "from Ardent Point",
    "keywords": ["Kestrel Pathfinder", "Neptune", "Strider Heavy", "Ardent Point", "launch"],
    "statement": "HSA launches the Kestrel Pathfinder probe on a Strider Heavy from Ardent Point.",
    "deadline_start": D(2024, 10, 1),
    "deadline_end": D(2024, 10, 31),
}


# --- A thing named after the promiser's colon keeps its name ----------------------------------


LAUNCH_CLAIM = {
    **AUTHORITY,
    "subject": "Helix Space Authority: Kestrel Pathfinder launch on a Strider Heavy",
    "keywords": ["Kestrel Pathfinder", "Strider Heavy", "launch"],
    "statement": "HSA launches the Kestrel Pathfinder probe on a Strider Heavy.",
    "deadline_start": D(2024, 10, 1),
    "deadline_end": D(2024, 10, 31),
}
ARRIVAL_CLAIM = {
    **AUTHORITY,
    "subject": "Helix Space Authority: Kestrel Pathfinder arrival at Neptune",
    "category": "space mission milestone",
    "keywords": ["Kestrel Pathfinder", "Neptune", "arrival"],
    "statement": "HSA's Kestrel Pathfinder probe arrives at Neptune.",
    "deadline_start": D(2036, 1, 1),
    "deadline_end": D(2036, 12, 31),
}


def test_a_name_right_after_the_promisers_colon_is_the_things_own() -> None:
    # Before the colon stands the promiser, not the thing: the probe's name is its own in
    # both claims, and a launch put back is still the launch claim's.
    profiles = ledger(LAUNCH_CLAIM, ARRIVAL_CLAIM)
    assert all("Kestrel Pathfinder" in p.thing_names for p in profiles)
    text = (
        "Kestrel Pathfinder slips\nHSA has moved the launch of the Kestrel Pathfinder probe "
        "to May 2025, after a fault in its antenna."
    )
    assert (1, "delay") in matched(text, profiles, on=D(2024, 7, 1))


# --- A journey's stage: only for a launch into space, only after a place ----------------------


SERVICE = {
    "promiser_id": 5,
    "promiser": "Brightwave",
    "aliases": ("Brightwave Media",),
    "category": "music service launch",
    "subject": "Brightwave music service launch in Mexico",
    "keywords": ["Brightwave", "Mexico", "music service"],
    "statement": "Brightwave launches its music service in Mexico.",
    "deadline_start": D(2024, 1, 1),
    "deadline_end": D(2024, 12, 31),
}


def test_a_service_launched_in_a_country_is_no_journey() -> None:
    # A product launched in a market: reaching the country later is its new date.
    text = (
        "Brightwave sets a later date\nBrightwave said its music service will now reach "
        "Mexico in April 2026, as talks with labels go on."
    )
    assert matched(text, ledger(SERVICE), on=D(2024, 5, 1)) == [(1, "delay")]


def test_a_day_after_reached_is_no_place() -> None:
    text = (
        "Kestrel Pathfinder update\nAn HSA engineer, reached Tuesday, said the Kestrel "
        "Pathfinder launch now looks likely in June 2025."
    )
    assert matched(text, ledger(PATHFINDER), on=D(2024, 7, 1)) == [(1, "delay")]


def test_a_launch_told_after_the_arrival_keeps_its_date() -> None:
    # The probe reaches the pad first; the launch date told after it is the claim's.
    text = (
        "Kestrel Pathfinder ships\nShipped by road, the Kestrel Pathfinder probe is to reach "
        "Corran Launch Site in February, with launch now targeted for June 2025."
    )
    assert matched(text, ledger(PATHFINDER), on=D(2024, 7, 1)) == [(1, "delay")]


def test_a_place_starting_like_a_preposition_is_read_whole() -> None:
    # "at Ariel": the place is "Ariel", not "a" + "riel" (a later stage, no new launch date).
    text = (
        "Kestrel Pathfinder gets a second target\nOnce launched, Kestrel Pathfinder will "
        "arrive at Ariel in 2037 after its Neptune tour, HSA said."
    )
    assert (1, "delay") not in matched(text, ledger(PATHFINDER), on=D(2024, 7, 1))


def test_joining_the_promiser_is_no_arrival() -> None:
    text = (
        "Kestrel Pathfinder\nL'agence norvégienne rejoint HSA, qui vise un lancement de "
        "Kestrel Pathfinder en juin 2025."
    )
    assert matched(text, ledger(PATHFINDER), on=D(2024, 7, 1), lang="fr") == [(1, "delay")]


def test_more_ways_to_get_a_craft_somewhere() -> None:
    for text, lang in [
        (
            "Kestrel Pathfinder: a faster route\nHSA said a flyby of Jupiter gets the Kestrel "
            "Pathfinder probe to Neptune in 2035.",
            "en",
        ),
        (
            "Kestrel Pathfinder : nouvelle route\nSelon HSA, la sonde Kestrel Pathfinder "
            "atteint Neptune en 2035 grâce à un survol de Jupiter.",
            "fr",
        ),
    ]:
        assert (1, "delay") not in matched(text, ledger(PATHFINDER), on=D(2024, 7, 1), lang=lang)


# --- "s'élancer" in the present and the imperfect ---------------------------------------------


def test_selance_and_selancait_are_a_take_off() -> None:
    for text, on in [
        (
            "Kestrel Pathfinder\nCe jeudi 10 octobre, la sonde Kestrel Pathfinder s'élance "
            "depuis Ardent Point sur une Strider Heavy.",
            D(2024, 10, 10),
        ),
        (
            "Kestrel Pathfinder\nLe 10 octobre, la sonde Kestrel Pathfinder s'élançait depuis "
            "Ardent Point sur une Strider Heavy.",
            D(2024, 10, 15),
        ),
    ]:
        assert matched(text, ledger(PATHFINDER), on=on, lang="fr") == [(1, "fulfilment")]


def test_a_claim_written_selance_is_a_flight_promised() -> None:
    claim = {
        **AUTHORITY,
        "subject": "Fusée Strider Heavy : premier envol depuis Ardent Point",
        "keywords": ["Strider Heavy", "Ardent Point"],
        "statement": "La fusée Strider Heavy de HSA s'élance pour la première fois depuis "
        "Ardent Point.",
        "deadline_start": D(2024, 10, 1),
        "deadline_end": D(2024, 10, 31),
    }
    text = (
        "Strider Heavy : premier envol\nJeudi soir, la fusée Strider Heavy de HSA s'est "
        "élancée pour la première fois depuis Ardent Point."
    )
    assert matched(text, ledger(claim), on=D(2024, 10, 11), lang="fr") == [(1, "fulfilment")]
