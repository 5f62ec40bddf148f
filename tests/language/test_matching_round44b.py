"""Rules from round 44's second matcher pass (the right claim, the wrong kind or the wrong new
window; docs/news-watch.md, "Fulfilment or progress"). Each is written as a specification on
invented sentences about made-up projects, none of them in the labelled sets, and fails
without its rule.
"""

from __future__ import annotations

import datetime as dt

from language.matching import read_item
from language.text import fold_words as fold

D = dt.date


def _done(text: str, language: str = "en", on: dt.date = D(2019, 4, 21)) -> list[str]:
    """The completion words the reading keeps as fulfilments."""
    analysis = read_item(original=text, folded=fold(text), language=language, published_on=on)
    return [s.text for s in analysis.signals if s.name == "fulfilment"]


def test_a_completion_set_for_next_monday_is_not_done_yet():
    # "lundi prochain", "next Monday" is a day ahead as "la semaine prochaine" is: the
    # completion word says when the thing is set for, nothing is done yet.
    assert not _done("Varenne : le nouveau terminal mis en service lundi prochain", "fr")
    assert not _done("Varenne: the new terminal opens next Monday")
    # A bare weekday is the day gone by, as before: "mis en service lundi", said on Tuesday.
    assert _done("Varenne : le nouveau terminal mis en service lundi", "fr", D(2019, 4, 23))


def test_a_completion_in_the_present_this_week_is_ahead():
    # The week or month the item is told in, after a completion in the present (or "is being
    # delivered"), is the time the thing is set for.
    for text in (
        "The Varenne terminal opens its doors this week",
        "The Varenne phone starts shipping this month",
        "The promise of a Varenne terminal is being delivered this week",
        "Le terminal de Varenne ouvre ses portes cette semaine",
    ):
        assert not _done(text, "fr" if " de " in text else "en"), text


def test_a_completion_in_the_past_this_week_is_done():
    # "opened this week", "was delivered this week": the week the thing was done in.
    assert _done("The Varenne terminal opened its doors this week, four months late")
    assert _done("The first Varenne ferry was delivered this week")
