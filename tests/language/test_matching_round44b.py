"""Rules from round 44's second matcher pass (the right claim, the wrong kind or the wrong new
window; docs/news-watch.md, "Fulfilment or progress"). Each is written as a specification on
invented sentences about made-up projects, none of them in the labelled sets, and fails
without its rule.
"""

from __future__ import annotations

import datetime as dt

from language.kinds import EvidenceKind
from language.matching import read_item
from language.text import fold_words as fold
from tests.language.matching_specs import best, profile

D = dt.date
SAID_ON = D(2019, 4, 21)


def _done(text: str, language: str = "en", on: dt.date = SAID_ON) -> list[str]:
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
    assert _done("The Varenne data centre came online this week")


def test_a_state_reached_this_week_is_done():
    # "is now operational", "now open", "désormais ouvert": a state the thing is in, neither
    # an event ahead nor one gone by; the week told in does not make it a plan.
    assert _done("The Varenne plant is now operational this month")
    assert _done("The Varenne plant is fully operational this week")
    assert _done("The Varenne bridge is now open to traffic this week")
    assert _done("Varenne line now in service this week")
    assert _done("Le pont de Varenne est désormais ouvert à la circulation cette semaine", "fr")


# A studio promised its game Lumen Quest 2 out in the first half of 2021.
LUMEN_QUEST = profile(
    promiser="Valko Studio",
    aliases=("Valko",),
    subject="Lumen Quest 2 video game release",
    keywords=["Lumen Quest 2", "release"],
    category="video game",
    statement="Valko Studio releases Lumen Quest 2.",
    stated_on=D(2020, 2, 1),
    deadline_start=D(2021, 1, 1),
    deadline_end=D(2021, 6, 30),
)


def test_a_headlines_new_date_takes_the_bodys_finer_date_inside_it():
    # The headline says the new date short; the body's day inside it is the window proposed.
    match = best(
        "Lumen Quest 2 arrives this December\n"
        "Valko Studio announced today that Lumen Quest 2 will arrive on Dec. 7, 2021.",
        LUMEN_QUEST,
        on=D(2021, 5, 27),
    )
    assert match is not None and match.kind == EvidenceKind.DELAY
    assert (match.proposed_start, match.proposed_end) == (D(2021, 12, 7), D(2021, 12, 7))


def test_a_finer_date_already_over_is_no_window():
    # "reached its final build on December 6th", said on the 10th, is what happened, not the
    # day set: the headline's month stays the window.
    match = best(
        "Lumen Quest 2 arrives this December\n"
        "Valko Studio said Lumen Quest 2 reached its final build on December 6th, 2021.",
        LUMEN_QUEST,
        on=D(2021, 12, 10),
    )
    assert match is not None and match.kind == EvidenceKind.DELAY
    assert (match.proposed_start, match.proposed_end) == (D(2021, 12, 1), D(2021, 12, 31))


def _steps(text: str, language: str = "en", on: dt.date = SAID_ON) -> list[str]:
    """The step words the reading keeps."""
    analysis = read_item(original=text, folded=fold(text), language=language, published_on=on)
    return [s.text for s in analysis.signals if s.name == "step"]


def test_a_step_denied_is_no_step():
    # A step word within three words of a negation is a step not taken: no progress.
    assert not _steps("Skarvia has not received the go-ahead to lease aircraft")
    assert not _steps("Skarvia never got the green light for commercial flights")
    assert not _steps("Skarvia has not received approval to lease aircraft")
    assert not _steps("Skarvia still has not got approval for its launch")
    assert not _steps("Skarvia n'a pas reçu le feu vert pour ses vols commerciaux", "fr")
    # The step granted stays one.
    assert _steps("Skarvia receives the go-ahead to lease aircraft")
    assert _steps("Skarvia gets approval to lease aircraft")
    assert _steps("Skarvia a reçu le feu vert pour ses vols commerciaux", "fr")
    # "plus" before a noun is "the most", no negation: the works are a step.
    assert _steps("Skarvia amorce le plus grand chantier de la région", "fr") == ["chantier"]
