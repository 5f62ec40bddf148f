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
