"""The thirty-fifth round's rules (docs/news-watch.md), each written as a specification on
invented sentences about made-up projects, none of them in the labelled sets: each fails
without its rule.
"""

from __future__ import annotations

import datetime as dt

from language.kinds import EvidenceKind
from tests.language.matching_specs import HEADSET, kind_of

D = dt.date


def test_a_drop_counted_in_time_before_the_news_is_its_story():
    # The drop told as what came before ("eight months after scrapping"): the news is what
    # came since, here a new prototype shown, a step.
    for said, language in (
        (
            "Lumina Halo headset returns: eight months after publicly scrapping the first Halo "
            "headset, Lumina shows a new prototype",
            "en",
        ),
        (
            "Lumina Halo headset : deux ans après avoir abandonné le premier casque, Lumina "
            "présente un nouveau prototype",
            "fr",
        ),
    ):
        assert kind_of(said, HEADSET, on=D(2024, 11, 2), language=language) == (
            EvidenceKind.PROGRESS
        ), said
    # Told as the news, the drop is still one.
    assert kind_of("Lumina scraps its Halo headset", HEADSET, on=D(2024, 11, 2)) == (
        EvidenceKind.DENIAL
    )
