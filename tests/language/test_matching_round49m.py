"""Mends of round 48's matcher rules after review (docs/news-watch.md, "Denial and
abandonment", "Delay, new dates and new windows" and the speed notes). Each is written as a
specification on invented sentences about made-up projects, none of them in the labelled
sets, and fails without its mend.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import cast

import pytest

from language.kinds import EvidenceKind
from language.matching import claim_profile, ledger_profiles, lexicon
from language.matching.lexicon import SIGNAL_RX, FirstWords, narrowed
from tests.language.matching_specs import kind_of, profile

D = dt.date

# A metropolis promised its Belcourt tramway line running by the end of 2027.
TRAMWAY = profile(
    promiser="Métropole de Lorvan",
    aliases=("la métropole de Lorvan",),
    subject="Tramway de Belcourt : mise en service",
    keywords=["tramway de Belcourt", "Belcourt", "ligne de tramway"],
    category="tramway opening",
    statement="Le tramway de Belcourt est mis en service.",
    stated_on=D(2021, 5, 1),
    deadline_start=D(2027, 1, 1),
    deadline_end=D(2027, 12, 31),
)

# A water company promised its Harwick desalination plant working in 2026.
DESALINATION = profile(
    promiser="Harwick Water",
    aliases=("Harwick Water Company",),
    subject="Harwick desalination plant: opening",
    keywords=["Harwick desalination plant", "desalination plant", "Harwick"],
    category="water plant opening",
    statement="The Harwick desalination plant opens.",
    stated_on=D(2022, 3, 1),
    deadline_start=D(2026, 1, 1),
    deadline_end=D(2026, 12, 31),
)


# --- The signal lists wait for the news ----------------------------------------------------


def test_the_ledger_leaves_the_signal_lists_to_be_cut_to_the_news(monkeypatch):
    # The ledger's terms are tried against the signal lists cut to what the terms can start:
    # no list is compiled whole before any news is read, or the batch's narrowing
    # (reading.scan_items) would find every list compiled whole already.
    for name, rx in SIGNAL_RX.items():
        fresh = lexicon._CompiledOnFirstUse(rx._source, rx._lists)  # type: ignore[attr-defined]
        monkeypatch.setitem(SIGNAL_RX, name, fresh)
    ledger_profiles(
        [
            claim_profile(
                claim_id=7,
                promiser_id=7,
                promiser="Harwick Water",
                aliases=(),
                subject="Harwick desalination plant: opening",
                keywords=["Harwick desalination plant", "Harwick"],
                category="water plant opening",
                statement="The Harwick desalination plant opens.",
                stated_on=D(2022, 3, 1),
            )
        ]
    )
    assert [name for name, rx in SIGNAL_RX.items() if "_compiled" in rx.__dict__] == []


def test_a_pattern_of_no_word_list_is_not_narrowed_to_nothing():
    # A pattern compiled on first use from a source of its own (MISSED_DATE_RX) has no
    # phrases to leave out: it is used as it is, not narrowed to an empty pattern.
    rx = cast(re.Pattern[str], lexicon._CompiledOnFirstUse(r"(?<![\w])missed its date(?![\w])"))
    found = narrowed(rx, FirstWords(["the plant missed"]))
    assert found.search("the plant opened") is None
    assert found.search("the plant missed its date") is not None


# --- A court's annulment is a hold-up only when the court annuls ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        # A court named in a clause of its own, before the promiser who cancels.
        "Tramway de Belcourt\nAprès un long contentieux devant la cour "
        "administrative d'appel, la métropole de Lorvan annule le tramway de Belcourt.",
        "Harwick plant dropped\nAfter years before the High Court, Harwick Water annulled the "
        "Harwick desalination plant contract and gave up the project.",
    ],
)
def test_a_court_in_an_earlier_clause_leaves_the_promisers_cancellation_a_drop(text):
    language = "fr" if "tramway" in text else "en"
    claim = TRAMWAY if language == "fr" else DESALINATION
    assert kind_of(text, claim, on=D(2025, 4, 8), language=language) == EvidenceKind.DENIAL


def test_an_annulment_by_another_agent_or_announced_is_the_promisers_drop():
    # A passive whose agent is not a court, and a noun the promiser announces, are drops,
    # though the item names a court elsewhere.
    assert (
        kind_of(
            "Harwick desalination plant annulled by Harwick Water\n"
            "The company said the supreme court had backed its water rates in 2022.",
            DESALINATION,
            on=D(2025, 4, 8),
        )
        == EvidenceKind.DENIAL
    )
    assert (
        kind_of(
            "Belcourt : la métropole de Lorvan confirme l'annulation du tramway de Belcourt\n"
            "Le tribunal administratif avait validé la déclaration d'utilité publique.",
            TRAMWAY,
            on=D(2025, 4, 8),
            language="fr",
        )
        == EvidenceKind.DENIAL
    )


def test_the_court_named_right_after_the_annulment_holds_it_up():
    # "by a state judge", "par la cour" name the court though no other court word does.
    assert (
        kind_of(
            "Harwick desalination plant permit annulled by a state judge on Friday\n"
            "Harwick Water said it would apply again.",
            DESALINATION,
            on=D(2025, 4, 8),
        )
        == EvidenceKind.DELAY
    )
    assert (
        kind_of(
            "La déclaration d'utilité publique du tramway de Belcourt annulée par la cour lundi",
            TRAMWAY,
            on=D(2025, 4, 8),
            language="fr",
        )
        == EvidenceKind.DELAY
    )


def test_la_cour_closing_its_clause_is_a_court_and_a_court_hearing_room_none():
    assert (
        kind_of(
            "Les travaux du tramway de Belcourt sont annulés après l'intervention de la cour.",
            TRAMWAY,
            on=D(2025, 4, 8),
            language="fr",
        )
        == EvidenceKind.DELAY
    )
    assert (
        kind_of(
            "Harwick desalination plant works are annulled\n"
            "Harwick Water will let the site as offices with a court hearing room; a court "
            "challenge had been threatened.",
            DESALINATION,
            on=D(2025, 4, 8),
        )
        == EvidenceKind.DENIAL
    )


# --- Delay words read where they stand -----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # Not at a time ahead said with no preposition: only of the thing's own outcome.
        "Harwick desalination plant\nThe governor can't visit this month's opening of the "
        "Harwick desalination plant.",
        "Harwick desalination plant\nHarwick Water will not hire more staff next year for the "
        "Harwick desalination plant.",
        # A length, not time, longer than planned.
        "Harwick desalination plant\nThe Harwick desalination plant's intake pipe is two "
        "kilometres longer than expected.",
        # A deferral of money owed.
        "Harwick desalination plant\nHarwick Water offers farmers near the Harwick "
        "desalination plant a deferral of their water bills.",
        # Extra time for others to have their say.
        "Harwick desalination plant\nFarmers granted extra time to object to the Harwick "
        "desalination plant.",
    ],
)
def test_words_of_other_things_are_no_delay_of_the_plant(text):
    assert kind_of(text, DESALINATION, on=D(2027, 2, 3)) != EvidenceKind.DELAY
