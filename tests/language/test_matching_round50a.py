"""Rules from round 50's first matcher pass over the news misses of the batches read that
round (docs/news-watch.md, "The claim side and the search index"). Each is written as a
specification on invented sentences about made-up projects, none of them in the labelled
sets, and fails without its rule.
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


def matched(text: str, profiles: list[ClaimProfile], *, on: dt.date) -> list[tuple[int, str]]:
    """The claims (id and kind) an item is matched to, best first."""
    news = ItemText(item_id=1, text=fold(text), published_on=on, language="en", original=text)
    found = rank_matches(candidates_python([news], profiles), threshold=0.6).get(1, [])
    return [(m.claim_id, m.kind) for m in found]


# --- A rocket two missions fly on names neither ---------------------------------------------

# A space agency promised two launches, both on the same heavy rocket from the same pad.
AGENCY: dict[str, Any] = {
    "promiser_id": 1,
    "promiser": "Orbital Science Agency",
    "aliases": ("OSA",),
}
PROBE = {
    **AGENCY,
    "subject": "Tethys Voyager, OSA's probe to Saturn's moon Tethys: launch on a Corvid Heavy "
    "from Marlow Launch Site",
    "keywords": ["Tethys Voyager", "Saturn", "Corvid Heavy", "Marlow Launch Site", "launch"],
    "statement": "OSA launches the Tethys Voyager probe on a Corvid Heavy from Marlow.",
    "deadline_start": D(2024, 9, 1),
    "deadline_end": D(2024, 9, 30),
}
OBSERVATORY = {
    **AGENCY,
    "subject": "Halden Infrared Observatory: launch on a Corvid Heavy from Marlow Launch Site",
    "keywords": ["Halden Infrared Observatory", "Halden", "Corvid Heavy", "Marlow Launch Site"],
    "statement": "OSA launches the Halden Infrared Observatory on a Corvid Heavy.",
    "deadline_start": D(2026, 5, 1),
    "deadline_end": D(2026, 5, 31),
}


def test_a_rocket_both_launches_fly_on_is_no_name_of_either_thing():
    probe, observatory = ledger(PROBE, OBSERVATORY)
    assert "Corvid Heavy" not in probe.thing_names
    assert "Marlow Launch Site" not in probe.thing_names
    assert "Tethys Voyager" in probe.thing_names
    assert "Corvid Heavy" not in observatory.thing_names
    assert "Halden Infrared Observatory" in observatory.thing_names


def test_news_of_one_mission_is_not_taken_by_the_other_through_the_rocket():
    profiles = ledger(PROBE, OBSERVATORY)
    # The observatory's launch contract names a date past the probe's deadline: it is no
    # delay of the probe.
    assert matched(
        "OSA picks Corvid Heavy to launch Halden Infrared Observatory in May 2026\n"
        "The Orbital Science Agency said the Corvid Heavy will fly the observatory from "
        "Marlow Launch Site, with liftoff targeted for May 2026.",
        profiles,
        on=D(2022, 3, 1),
    ) == [(2, "progress")]
    assert matched(
        "Tethys Voyager cleared for launch\n"
        "OSA gave the green light for the launch of Tethys Voyager on a Corvid Heavy rocket "
        "from Marlow Launch Site next month.",
        profiles,
        on=D(2024, 8, 1),
    ) == [(1, "progress")]


def test_a_name_before_the_colon_is_still_both_things():
    # Two lines through one town: the town is where each thing runs, not how it is promised.
    line = {
        **AGENCY,
        "promiser": "Kessel Transit",
        "aliases": ("Kessel",),
        "category": "light rail opening",
    }
    east, west = ledger(
        {
            **line,
            "subject": "Amber Line (Dunmore – Pellworth – Ashby): opening",
            "keywords": ["Amber Line", "Pellworth", "Ashby"],
            "statement": "Kessel Transit opens the Amber Line.",
        },
        {
            **line,
            "subject": "Cobalt Line (Pellworth – Ravensmoor): opening",
            "keywords": ["Cobalt Line", "Pellworth", "Ravensmoor"],
            "statement": "Kessel Transit opens the Cobalt Line.",
        },
    )
    assert "Pellworth" in east.thing_names
    assert "Pellworth" in west.thing_names


# --- A journey's later stage is no date for a launch ----------------------------------------


def test_the_arrival_of_a_launched_craft_is_no_new_date_for_its_launch():
    probe, observatory = ledger(PROBE, OBSERVATORY)
    assert matched(
        "Tethys Voyager lifts off\n"
        "The Tethys Voyager probe lifted off on a Corvid Heavy from Marlow Launch Site on "
        "Monday. After a seven-year cruise, the probe will arrive at Saturn in 2031 and begin "
        "its first flybys of Tethys in 2032.",
        [probe, observatory],
        on=D(2024, 9, 10),
    ) == [(1, "fulfilment")]
    assert (
        matched(
            "Tethys Voyager: a new route, arrival at Saturn in 2033\n"
            "OSA has changed the trajectory of the Tethys Voyager probe, launched last year.",
            [probe, observatory],
            on=D(2025, 2, 1),
        )
        == []
    )


def test_a_date_after_the_arrival_is_still_the_launch_date_when_it_comes_first():
    probe, observatory = ledger(PROBE, OBSERVATORY)
    # The launch date told before the arrival is still the new date of the launch.
    found = matched(
        "Tethys Voyager slips\n"
        "OSA has postponed the launch of Tethys Voyager to March 2025, with arrival at Saturn "
        "now expected in 2032.",
        [probe, observatory],
        on=D(2024, 6, 1),
    )
    assert found == [(1, "delay")]


def test_a_line_that_reaches_a_town_later_is_late():
    # For a line, reaching the town is its opening: the date after it is a new date.
    line = ledger(
        {
            "promiser_id": 2,
            "promiser": "Kessel Transit",
            "aliases": ("Kessel",),
            "category": "light rail opening",
            "subject": "Amber Line extension to Ravensmoor: opening",
            "keywords": ["Amber Line", "Ravensmoor"],
            "statement": "Kessel Transit opens the Amber Line extension to Ravensmoor.",
            "deadline_start": D(2025, 1, 1),
            "deadline_end": D(2025, 12, 31),
        }
    )
    assert matched(
        "Amber Line: a new timetable\n"
        "Kessel Transit said the Amber Line will only reach Ravensmoor in 2027.",
        line,
        on=D(2024, 3, 1),
    ) == [(1, "delay")]


# --- "S'est élancée": taken off ---------------------------------------------------------------


def _in_french(text: str, profiles: list[ClaimProfile], *, on: dt.date) -> list[tuple[int, str]]:
    news = ItemText(item_id=1, text=fold(text), published_on=on, language="fr", original=text)
    found = rank_matches(candidates_python([news], profiles), threshold=0.6).get(1, [])
    return [(m.claim_id, m.kind) for m in found]


def test_a_craft_that_took_off_in_the_reflexive_is_launched():
    probe, observatory = ledger(PROBE, OBSERVATORY)
    assert _in_french(
        "Succès pour la sonde Tethys Voyager\n"
        "Le 3 octobre, la sonde Tethys Voyager s'est élancée depuis Marlow Launch Site au "
        "sommet d'une Corvid Heavy.",
        [probe, observatory],
        on=D(2024, 10, 4),
    ) == [(1, "fulfilment")]


def test_a_satellite_that_took_off_is_a_step_toward_its_service():
    (service,) = ledger(
        {
            "promiser_id": 3,
            "promiser": "Astrelle",
            "aliases": ("Astrelle SA",),
            "category": "satellite broadband service",
            "subject": "Service internet par le satellite Astrelle Nova",
            "keywords": ["Astrelle Nova", "internet par satellite", "zones blanches"],
            "statement": "Astrelle ouvre son service internet par le satellite Astrelle Nova.",
            "deadline_start": D(2024, 1, 1),
            "deadline_end": D(2024, 12, 31),
        }
    )
    assert _in_french(
        "Astrelle Nova en route vers l'orbite\n"
        "La fusée s'est finalement élancée mercredi soir avec à son bord le satellite Astrelle "
        "Nova d'Astrelle, qui doit couvrir les zones blanches.",
        [service],
        on=D(2024, 3, 7),
    ) == [(1, "progress")]
