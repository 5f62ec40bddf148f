"""Issue 15, round 46 (matchspeed): the matcher's cold call made cheaper, with every answer the
same. These pin the answers of the parts that changed how they compute."""

from __future__ import annotations

import datetime as dt

from language.matching.reading import ItemAnalysis, Signal
from language.matching.score import _COUNTRY_WORDS, _countries_in
from language.text import fold


def test_every_country_word_is_found_through_the_grouped_needles():
    # The first look (one scan for the letters every country word holds) must let each word
    # through, in the middle of a sentence as at its start or end.
    for countries, words in _COUNTRY_WORDS.items():
        for word in words:
            for text in (f"{word} opens a plant", f"a plant opens in {word} today", word):
                assert countries in _countries_in(fold(text)), (word, text)


def test_a_text_naming_no_country_names_none():
    assert _countries_in(fold("The company gave few details to its customers")) == frozenset()


def _analysis(signals: list[Signal]) -> ItemAnalysis:
    return ItemAnalysis(
        category_words={},
        kind="progress",
        cue="",
        text="the launch is delayed. the launch is cancelled.",
        sentences=[(0, 22), (23, 47)],
        signals=signals,
        published_on=dt.date(2025, 6, 1),
    )


def test_an_items_delay_facts_follow_its_signals_when_they_are_replaced():
    delay_in_headline = Signal("delay", "delayed", 15, 22, 0)
    drop_below = Signal("denial", "cancelled", 38, 47, 1)
    analysis = _analysis([drop_below])
    assert not analysis.delayed() and not analysis.headline_delayed()
    analysis.signals = [delay_in_headline, drop_below]
    assert analysis.delayed() and analysis.headline_delayed()
    analysis.signals = [Signal("delay", "delayed", 38, 47, 1)]
    assert analysis.delayed() and not analysis.headline_delayed()
