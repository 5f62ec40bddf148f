"""Properties of the news matcher that hold for any text and any day: whatever an item says
and whenever it was published, reading it gives matches or none, never an error (the news
watch reads thousands of items a day, and one that raised would stop its batch)."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

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

FERRY = ledger_profiles(
    [
        claim_profile(
            claim_id=1,
            promiser_id=1,
            promiser="Harbourline",
            aliases=(),
            subject="Delivery of the ferry Northern Tern",
            keywords=["Northern Tern", "ferry", "livraison", "delivery"],
            category="ferry delivery",
            statement="Harbourline takes delivery of the ferry Northern Tern by the end of 2023.",
            stated_on=D(2020, 1, 1),
            deadline_end=D(2023, 12, 31),
        )
    ]
)

# Months and the past or future verbs that come before them, in both languages.
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
]
BEFORE_A_MONTH = (
    "was paused in",
    "has been halted in",
    "had been delayed in",
    "will be delivered in",
    "is now expected in",
    "a été suspendu en",
    "ont été reportés en",
    "sera livré en",
    "devrait arriver en",
    "slipped to",
    "arrive le... 3",
)


def _matches(text: str, published_on: dt.date, claims: list[ClaimProfile]):
    item = ItemText(
        item_id=1, text=fold(text), published_on=published_on, language="en", original=text
    )
    return rank_matches(candidates_python([item], claims), threshold=0.0)


@settings(max_examples=300, deadline=None)
@given(
    before=st.sampled_from(BEFORE_A_MONTH),
    month=st.sampled_from(MONTHS),
    published_on=st.dates(min_value=D(2021, 1, 1), max_value=D(2032, 12, 31)),
)
def test_a_month_said_after_any_verb_on_any_day_is_read_without_error(
    before: str, month: str, published_on: dt.date
) -> None:
    text = f"Northern Tern update\nHarbourline said the ferry Northern Tern {before} {month}."
    _matches(text, published_on, FERRY)


def test_a_february_told_in_the_past_before_a_leap_year_february_is_the_last_one():
    # Published in January of a leap year, "suspended in February" is the February before:
    # 28 days long, where the parser's reading forward had 29.
    said = (
        "Northern Tern: Harbourline halts the ferry's fitting out\n"
        "Work on the ferry Northern Tern was suspended in February, Harbourline said."
    )
    matches = _matches(said, D(2024, 1, 10), FERRY)
    assert matches.get(1), "the item names the claim's thing and a halt: it is news of it"


@settings(max_examples=200, deadline=None)
@given(text=st.text(max_size=300), published_on=st.dates(min_value=D(1990, 1, 1)))
def test_any_text_on_any_day_is_read_without_error(text: str, published_on: dt.date) -> None:
    _matches(f"Northern Tern\n{text}", published_on, FERRY)


# --- A plain term's spans, found without its pattern ---------------------------------------

# Names and keywords whose pattern is only their words: each word plural or singular, -re or
# -er, a little punctuation between them (lexicon._plain_words).
PLAIN_TERMS = ["Velora Cloud", "Kestrel", "data centres", "Norvia Net Box", "Abs Sky", "gaz"]
# What an item may hold before, between and after those words: an ending or more letters glued
# to them, a dash, an apostrophe, a bracket, more punctuation than a name allows.
GLUE = ["", "s", "es", "x", "er", "re", "ers", "res", "e", "sx", "' ", "'s ", " ", "  ", "-",
        " - ", "(", ") ", ". ", "...", "....", ") - ", "_", "a", "l'", "»", "0", "sky"]  # fmt: skip


@st.composite
def texts_around(draw: st.DrawFn) -> str:
    """Text holding a plain term's words in their order, each with a piece of glue after
    it, once or more, between pieces of glue and other words."""
    words = [w for term in PLAIN_TERMS for w in fold(term).split()]
    glue = st.sampled_from(GLUE)
    pieces = []
    for _ in range(draw(st.integers(1, 3))):
        pieces += [draw(glue), draw(st.sampled_from(["", *words]))]
        for word in fold(draw(st.sampled_from(PLAIN_TERMS))).split():
            pieces += [word, draw(glue)]
    return "".join(pieces)


@given(texts_around())
@settings(max_examples=1500, deadline=None)
def test_a_plain_terms_spans_are_where_its_pattern_finds_it(text: str) -> None:
    from language.matching.lexicon import term_regex, term_spans

    for term in PLAIN_TERMS:
        assert term_spans(term, text) == [m.span() for m in term_regex(term).finditer(text)]


def test_a_plain_name_is_found_without_compiling_its_pattern() -> None:
    from language.matching.lexicon import term_regex, term_spans

    before = term_regex.cache_info().misses
    text = fold("Les data centres de Quillon-Fibers : Quillon Fibre's new site, quillon_fibre")
    assert [text[a:b] for a, b in term_spans("Quillon Fibre", text)] == [
        "quillon-fibers",
        "quillon fibre",
    ]
    assert term_regex.cache_info().misses == before
    # A term whose pattern says more (a Roman number) still has it compiled.
    assert term_spans("Quillon Phase IV", "quillon phase 4") == [(0, 15)]
    assert term_regex.cache_info().misses == before + 1


def test_a_profile_copied_with_changes_is_the_one_replace_gives() -> None:
    import dataclasses

    from language.matching.score import _profile_with

    profile = FERRY[0]
    changes = {"terms": ("ferry",), "thing_names": ("Northern Tern",), "shared_acronyms": ()}
    copied = _profile_with(profile, **changes, named_after_thing=True)
    replaced = dataclasses.replace(profile, **changes, named_after_thing=True)
    assert copied == replaced
    assert copied.__dict__ == replaced.__dict__
    assert profile.terms != ("ferry",)  # the original is left as it was


def test_a_pattern_is_remembered_under_its_source_and_flags() -> None:
    import re

    from language.matching.reading import _says

    # Two patterns of one source and flags find the same; other flags make another pattern.
    assert _says(re.compile("Tern"), "the northern tern") is False
    assert _says(re.compile("Tern", re.IGNORECASE), "the northern tern") is True
    assert _says(re.compile("tern"), "the northern tern") is True
