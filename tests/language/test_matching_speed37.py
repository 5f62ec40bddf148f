"""The matcher made faster from cold without changing what it finds (round 37): each faster
way of reading is checked against the slower one it replaced, on invented names and text.
"""

from __future__ import annotations

import datetime as dt
import random
import re

import pytest

from language.matching.reading import ItemAnalysis, _side_event, read_item
from language.matching.score import _opens_with
from language.text import fold_words as fold
from tests.language.matching_specs import profile

D = dt.date


def _opens_with_by_regex(head: str, alias: str) -> bool:
    """The reading `_opens_with` replaced: one pattern compiled per alias."""
    return re.match(rf"(?:\w+ )?{re.escape(alias)}(?:[\s,:]|$)", head) is not None


@pytest.mark.parametrize(
    ("head", "alias", "opens"),
    [
        ("corvane skyway cable car opening", "corvane skyway", True),
        ("new corvane skyway cable car", "corvane skyway", True),  # after one word
        ("the new corvane skyway", "corvane skyway", False),  # after two words
        ("corvane skyways", "corvane skyway", False),  # a longer word
        ("corvane skyway, the cable car", "corvane skyway", True),
        ("corvane skyway: opening", "corvane skyway", True),
        ("corvane skyway", "corvane skyway", True),  # the whole subject
        ("corvane-skyway opening", "corvane", False),  # a hyphen ends no alias
        ("l'corvane skyway", "corvane skyway", False),  # an apostrophe is no word's letter
        ("ligne_b corvane", "corvane", True),  # an underscore is
        ("", "", True),
    ],
)
def test_a_subject_opens_with_an_alias_after_one_word_at_most(head, alias, opens):
    assert _opens_with(head, alias) is opens
    assert _opens_with_by_regex(head, alias) is opens


def test_opening_with_an_alias_reads_as_the_pattern_it_replaced_on_any_text():
    rng = random.Random(37)
    letters = "ab é_1 ,:\n\t-.'"
    for _ in range(20_000):
        head = "".join(rng.choice(letters) for _ in range(rng.randint(0, 9)))
        if head and rng.random() < 0.5:
            start = rng.randint(0, len(head))
            alias = head[start : rng.randint(start, len(head))]
        else:
            alias = "".join(rng.choice(letters) for _ in range(rng.randint(0, 4)))
        assert _opens_with(head, alias) is _opens_with_by_regex(head, alias), (head, alias)


def test_an_alias_the_subject_opens_with_still_names_the_thing():
    cable_car = profile(
        promiser="Corvane",
        aliases=("Corvane Skyway",),
        subject="New Corvane Skyway: cable car opening",
        keywords=["cable car"],
        category="transport",
        statement="The Corvane Skyway cable car opens to passengers.",
        stated_on=D(2020, 1, 1),
        deadline_end=D(2024, 12, 31),
    )
    # The subject opens with the alias after one word: the alias joins the keywords as the
    # thing's name.
    assert cable_car.thing_aliases == ("Corvane Skyway",)
    assert "Corvane Skyway" in cable_car.terms


# --- The words around a completion, read once per item ---------------------------------------


_LAUNCHED = (
    "Orvane has officially launched production of the Orvane 3 hatchback at its Bellac plant."
)
_OPENING = "orvane opens its bellac car plant"
_DELIVERY = "orvane delivers the first orvane 3 to customers"
_PRODUCTION = "orvane starts production of the orvane 3"


def _launch_read() -> ItemAnalysis:
    return read_item(
        original=_LAUNCHED, folded=fold(_LAUNCHED), language="en", published_on=D(2025, 3, 1)
    )


def test_a_completion_of_another_event_is_a_step_for_each_claim_asked_in_turn():
    # One item read once, asked about by three claims in turn: the words after "launched"
    # ("production of") make it a step for a claim promising deliveries, not for one promising
    # the production itself, nor for one promising the plant's opening (whose own thing is
    # not read after the completion word).
    shared = _launch_read()
    (launched,) = shared.signals
    asked = [_OPENING, _DELIVERY, _PRODUCTION, _OPENING, _DELIVERY]
    on_one_reading = [_side_event(shared, launched, s).demoted for s in asked]
    (fresh,) = _launch_read().signals
    each_read_anew = [_side_event(_launch_read(), fresh, s).demoted for s in asked]
    assert on_one_reading == each_read_anew == [False, True, False, False, True]
