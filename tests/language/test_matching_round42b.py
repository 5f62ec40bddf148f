"""Rules from round 42's second pass on the matcher (one class of error over every readable
batch: the right claim, the wrong kind, progress and delay mistaken for each other;
docs/news-watch.md, "Matching"). Each is written as a specification on invented sentences about
made-up projects, none of them in the labelled sets, and fails without its rule.
"""

from __future__ import annotations

import datetime as dt

from language.kinds import EvidenceKind
from tests.language.matching_specs import kind_of, profile

D = dt.date

# A transit agency promised the Orvane busway in service by the end of 2022.
BUSWAY = profile(
    promiser="Régie des transports d'Orvane",
    aliases=("RTO",),
    subject="Busway d'Orvane: mise en service",
    keywords=["busway d'Orvane", "busway", "Orvane", "mise en service"],
    category="bus rapid transit",
    statement="Le busway d'Orvane est mis en service pour les voyageurs.",
    stated_on=D(2020, 3, 2),
    deadline_start=D(2022, 1, 1),
    deadline_end=D(2022, 12, 31),
)

# Works under way in the headline (a step), and the busway said to be behind in the body.
WORKS_GO_ON_BUT_LATE = (
    "Busway d'Orvane : les travaux des stations se poursuivent\n"
    "Une visite du chantier a montré des quais presque terminés. Mais le busway "
    "d'Orvane accuse encore des retards importants sur la ligne nord."
)


def test_past_the_deadline_a_slip_told_after_the_step_says_the_thing_is_late():
    # The headline tells works under way, a step; the body says the busway is behind: a
    # year after the deadline, the thing is late, and the step is how far it has got.
    assert (
        kind_of(
            WORKS_GO_ON_BUT_LATE,
            BUSWAY,
            on=D(2023, 11, 6),
            language="fr",
        )
        == EvidenceKind.DELAY
    )


def test_before_the_deadline_the_step_still_decides():
    # The same item while the promise still runs is a step: the slip there is a milestone's.
    assert (
        kind_of(
            WORKS_GO_ON_BUT_LATE,
            BUSWAY,
            on=D(2021, 11, 8),
            language="fr",
        )
        == EvidenceKind.PROGRESS
    )


def test_a_slip_denied_or_told_as_the_targets_history_is_no_delay():
    # "n'accuse aucun retard" denies the slip; "a target that has been pushed back" is the
    # target's past: the step decides.
    for body in (
        "Une visite du chantier a montré des quais presque terminés, et le busway d'Orvane "
        "n'accuse aucun retard sur la ligne nord.",
        "The works on the Orvane busway are nearly over, a target that has been pushed back "
        "several times.",
    ):
        assert (
            kind_of(
                f"Busway d'Orvane : les travaux des stations se poursuivent\n{body}",
                BUSWAY,
                on=D(2023, 11, 6),
                language="fr" if "quais" in body else "en",
            )
            == EvidenceKind.PROGRESS
        ), body


def test_on_the_eve_of_the_event_a_slip_is_the_story_of_how_it_got_there():
    # The opening set for tomorrow: the postponement told beside it is how the day came.
    assert (
        kind_of(
            "Orvane busway: final tests under way on the eve of the opening\n"
            "The opening ceremony is set for tomorrow. Officials said the postponement of the "
            "Orvane busway gave the crews time to finish.",
            BUSWAY,
            on=D(2023, 11, 6),
            language="en",
        )
        != EvidenceKind.DELAY
    )


# A rail operator promised its Kestrel high-speed line open between Arden and Voss in 2031.
KESTREL = profile(
    promiser="Arden Rail",
    aliases=(),
    subject="Kestrel high-speed line: opening between Arden and Voss",
    keywords=["Kestrel line", "Kestrel", "high-speed line", "opening"],
    category="rail line",
    statement="Arden Rail opens the Kestrel high-speed line between Arden and Voss.",
    stated_on=D(2022, 4, 1),
    deadline_start=D(2031, 1, 1),
    deadline_end=D(2031, 12, 31),
)


def test_a_time_said_likely_to_be_set_back_is_a_hedged_delay():
    # "Set back" with a hedge is doubt about the time promised, as "likely to be delayed" is,
    # though the item's first signal is works resumed.
    assert (
        kind_of(
            "Valley council refuses early restart of Kestrel tunnel works\n"
            "The council said it cannot approve the restart of the preparatory works this "
            "month. Arden Rail's plan to open the Kestrel line in 2031 is now more likely to "
            "be set back, officials said.",
            KESTREL,
            on=D(2026, 6, 12),
        )
        == EvidenceKind.DELAY
    )
