"""Rules from round 46's reading of the news items matched to a claim they are not about
(docs/news-watch.md, "Matching"). Each is written as a specification on invented sentences
about a made-up airport, none of them in the labelled sets, and fails without its rule.
"""

from __future__ import annotations

import datetime as dt

from language.kinds import EvidenceKind
from tests.language.matching_specs import best, profile

D = dt.date

# A works ministry promised the airport's new passenger terminal T3 ready within three years.
TERMINAL = profile(
    promiser="Ministry of Works of Norland",
    aliases=("Norland Ministry of Works",),
    subject="Port-Elna International Airport new passenger terminal T3, completion and opening",
    keywords=["Port-Elna International Airport", "Port-Elna airport", "Terminal 3", "T3"],
    category="transport",
    statement="Port-Elna International Airport's new passenger terminal T3 will be completed.",
    stated_on=D(2019, 4, 1),
    deadline_start=D(2022, 1, 1),
    deadline_end=D(2022, 12, 31),
)


def test_another_numbered_terminal_is_another_part_of_the_airport():
    # Terminal 1 opened at the airport is no news of terminal T3, whatever the headline
    # leaves unnumbered.
    assert (
        best(
            "New terminal fully open\n"
            "Full operation has started at Port-Elna International Airport's Terminal 1, "
            "which opened its gates in record time, the aviation authority said on Sunday.",
            TERMINAL,
            on=D(2020, 6, 14),
        )
        is None
    )


def test_the_promised_terminal_named_beside_another_part_is_still_its_news():
    # "T3 terminal", written before the word, is the promised terminal, beside another phase.
    found = best(
        "Contractors begin earthworks for phase 2 of the new T3 terminal at Port-Elna "
        "International Airport\nWorks have begun on the terminal's second phase.",
        TERMINAL,
        on=D(2020, 9, 1),
    )
    assert found is not None
    assert found.kind == EvidenceKind.PROGRESS


# A city promised its first metro line open by the end of 2026.
METRO = profile(
    promiser="Ville de Port-Elna",
    aliases=("Port-Elna",),
    subject="Métro de Port-Elna, ligne 1",
    keywords=["métro de Port-Elna", "ligne 1", "métro"],
    category="transport",
    statement="La première ligne du métro de Port-Elna sera ouverte d'ici fin 2026.",
    stated_on=D(2022, 5, 1),
    deadline_start=None,
    deadline_end=D(2026, 12, 31),
)


def test_a_date_gone_by_is_not_the_promise_said_again():
    # In news headed by the claim, a date within the promised window but already past when
    # the item is published tells what was done then, not the promise restated.
    assert (
        best(
            "Métro de Port-Elna : le conseil municipal fait le point\n"
            "Le conseil s'était réuni le mois dernier pour entendre les riverains.",
            METRO,
            on=D(2025, 3, 10),
            language="fr",
        )
        is None
    )


def test_a_date_to_come_is_still_the_promise_said_again():
    found = best(
        "Métro de Port-Elna : le conseil municipal fait le point\n"
        "Le conseil se réunira en juin prochain pour entendre les riverains.",
        METRO,
        on=D(2025, 3, 10),
        language="fr",
    )
    assert found is not None
    assert found.kind == EvidenceKind.PROGRESS


def test_a_day_gone_by_is_still_read():
    # A single day gone by is most often the day a step was taken: the item stays the
    # claim's news.
    found = best(
        "Métro de Port-Elna : le conseil municipal fait le point\n"
        "Le conseil s'est réuni le 3 mars pour entendre les riverains.",
        METRO,
        on=D(2025, 3, 10),
        language="fr",
    )
    assert found is not None
    assert found.kind == EvidenceKind.PROGRESS
