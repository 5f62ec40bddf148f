"""Which claim a news item is about (docs/news-watch.md): how an item that names the promiser
names the promised thing in fewer words than the ledger's keyword. Each rule is written as a
specification on invented sentences about made-up projects, none of them in the labelled sets.
"""

from __future__ import annotations

import datetime as dt

from language.kinds import EvidenceKind
from tests.language.matching_specs import best, profile

D = dt.date


# --- A keyword that opens with the promiser's name ---------------------------------------------


BRANWELL_CAR = profile(
    promiser="Branwell",
    aliases=("Branwell Ltd",),
    subject="Branwell battery electric car",
    keywords=["Branwell electric car", "Branwell EV", "Kestrel Hall", "launch"],
    category="vehicle launch",
    statement="Branwell will launch its own battery electric car.",
    deadline_start=D(2020, 1, 1),
    deadline_end=D(2020, 12, 31),
)


def test_a_keyword_opening_with_the_promisers_name_is_written_by_the_words_after_it():
    # News that names the promiser calls the thing "its electric car", not "the Branwell
    # electric car": the words after the name stand for the keyword.
    assert ("Branwell electric car", "electric car") in BRANWELL_CAR.owned_terms
    match = best(
        "Branwell delays its first electric car to 2022",
        BRANWELL_CAR,
        on=D(2020, 5, 2),
    )
    assert match is not None and match.kind == EvidenceKind.DELAY
    # Only in news that names the promiser: another maker's electric car is not its.
    assert (
        best("Rival start-up delays its electric car to 2022", BRANWELL_CAR, on=D(2020, 5, 2))
        is None
    )


def test_one_word_after_the_name_says_too_little_alone():
    # "Cloud" of "Corvane Cloud" is any cloud: a word alone is no keyword; a digit is.
    cloud = profile(
        promiser="Corvane",
        aliases=(),
        subject="Corvane sovereign cloud region and Corvane 6G network",
        keywords=["Corvane Cloud", "Corvane 6G", "region"],
        statement="Corvane opens its sovereign cloud region.",
    )
    assert cloud.owned_terms == (("Corvane 6G", "6G"),)
