"""Rules from round 46's recall pass on the news matcher (items about a claim that reached no
claim; docs/news-watch.md, "The claim side and the search index"). Each is written as a
specification on invented sentences about made-up projects, none of them in the labelled
sets, and fails without its rule.
"""

from __future__ import annotations

import datetime as dt

from language.kinds import EvidenceKind
from language.matching import loose_term_spans
from language.text import fold_words as fold
from tests.language.matching_specs import best, kind_of, profile

D = dt.date

# A transport agency promised the Dunmoor light rail open to passengers in 2025.
DUNMOOR = profile(
    promiser="Northern Transit Agency",
    aliases=("NTA",),
    subject="Dunmoor Light Rail, opening to passengers",
    keywords=["Dunmoor Light Rail", "tram", "opening"],
    category="rail service",
    statement="The Dunmoor Light Rail opens to passengers.",
    stated_on=D(2021, 3, 1),
    deadline_start=D(2025, 1, 1),
    deadline_end=D(2025, 12, 31),
)


def test_a_possessive_is_no_word_between_a_keywords_words():
    # "Dunmoor's new light rail" is the Dunmoor light rail with one word between.
    text = fold("Dunmoor's new light rail gets its first trams")
    assert loose_term_spans("Dunmoor Light Rail", text)
    assert loose_term_spans("Dunmoor Light Rail", fold("Dunmoor’s long-awaited light rail"))


def test_the_things_name_in_the_possessive_calls_up_its_claim():
    # The item names no organisation: the thing's name, written in the possessive with an
    # adjective between, is enough to make it a candidate, and the delay is the claim's.
    match = best(
        "Dunmoor's long-delayed light rail postponed again to 2026",
        DUNMOOR,
        on=D(2024, 11, 5),
    )
    assert match is not None
    assert match.kind == EvidenceKind.DELAY


def test_other_words_between_still_keep_the_name_apart():
    # The possessive alone is left out: three words between are still too many.
    assert not loose_term_spans(
        "Dunmoor Light Rail", fold("Dunmoor's plan for a new bus and light rail")
    )


# A city promised its first metro line open in 2025; the press calls it a subway.
VALDRIN = profile(
    promiser="Valdrin Transit Authority",
    aliases=("VTA",),
    subject="Valdrin metro line 1, opening",
    keywords=["Valdrin metro", "line 1", "opening"],
    category="rail service",
    statement="The first line of the Valdrin metro opens to passengers.",
    stated_on=D(2020, 5, 4),
    deadline_start=D(2025, 1, 1),
    deadline_end=D(2025, 12, 31),
)


def test_the_things_name_in_other_common_words_calls_up_its_claim():
    # No organisation named, and the thing's name only in other words ("subway" for
    # "metro"): the name so written makes the item a candidate, as it passes the gate.
    assert VALDRIN.thing_names
    assert (
        kind_of(
            "The Valdrin subway will not carry passengers before 2027 after new delays",
            VALDRIN,
            on=D(2024, 9, 12),
        )
        == EvidenceKind.DELAY
    )


def test_a_common_word_of_the_name_alone_calls_up_nothing():
    # "subway" alone is no name of the Valdrin metro.
    assert (
        kind_of("The city's subway opening is delayed to 2027", VALDRIN, on=D(2024, 9, 12)) is None
    )


def test_a_keyword_in_the_possessive_keeps_its_own_possessive():
    # The keyword's own "'s" is read as the text's is: "Children's Hospital" stands in "the
    # children's new hospital" with one word between, and "Macy's flagship" in "Macy's new
    # flagship store".
    assert loose_term_spans("Children's Hospital", fold("The children's new hospital opens"))
    assert loose_term_spans("Macy’s flagship", fold("Macy's new flagship store reopens"))
    assert loose_term_spans("St John's Hospital", fold("St John's new hospital wing"))


def test_the_things_name_in_other_words_calls_up_its_claim_beside_another_keyword():
    # The item also holds the claim's keyword "opening": more evidence, not less.
    assert (
        kind_of("Valdrin subway opening delayed to 2027", VALDRIN, on=D(2024, 9, 12))
        == EvidenceKind.DELAY
    )
