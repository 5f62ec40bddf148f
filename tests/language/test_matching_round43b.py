"""Rules from round 43's second matcher pass (one class of error over every readable batch: the
right claim, the wrong kind, a fulfilment read as a step; docs/news-watch.md, "Fulfilment or
progress"). Each is written as a specification on invented sentences about made-up projects,
none of them in the labelled sets, and fails without its rule.
"""

from __future__ import annotations

import datetime as dt

from language.kinds import EvidenceKind
from language.matching import read_item
from language.text import fold_words as fold
from tests.language.matching_specs import kind_of, profile

D = dt.date

# A port authority promised the widened Calder lock open to ships by mid-2016.
CALDER_LOCK = profile(
    promiser="Calder Port Authority",
    aliases=("CPA",),
    subject="Calder lock widening: opening to ships",
    keywords=["Calder lock", "lock widening", "opening"],
    category="canal",
    statement="The Calder Port Authority opens the widened Calder lock to ships.",
    stated_on=D(2012, 5, 2),
    deadline_start=D(2016, 1, 1),
    deadline_end=D(2016, 6, 30),
)


def test_an_inauguration_said_held_is_the_opening_done():
    # The noun alone is a step ("à deux ans de l'inauguration"); the ceremony said held, or
    # said to have taken place, tells the opening as done.
    for body in (
        "The Calder Port Authority celebrated the inauguration of the widened Calder lock on "
        "Sunday, in the presence of the president.",
        "The official inauguration of the widened Calder lock took place on Sunday before "
        "two thousand guests.",
    ):
        assert (
            kind_of(f"Ribbon cut on the Calder lock\n{body}", CALDER_LOCK, on=D(2016, 6, 28))
            == EvidenceKind.FULFILMENT
        ), body


def test_the_inauguration_of_the_works_stays_a_step():
    # What is inaugurated is the works: a step toward the opening, however the ceremony went.
    assert (
        kind_of(
            "Calder lock: a new stage\nThe Calder Port Authority celebrated the inauguration "
            "of the works on the widened Calder lock on Sunday.",
            CALDER_LOCK,
            on=D(2013, 3, 4),
        )
        == EvidenceKind.PROGRESS
    )


# A health board promised the main building of the new Redmere hospital handed over.
REDMERE = profile(
    promiser="Redmere Health Board",
    aliases=(),
    subject="Redmere hospital: handover of the main building",
    keywords=["Redmere hospital", "main building", "hospital"],
    category="hospital",
    statement=(
        "The Redmere Builders consortium hands over (provisional acceptance) the main building "
        "of the new Redmere hospital."
    ),
    stated_on=D(2013, 2, 1),
    deadline_start=D(2016, 1, 1),
    deadline_end=D(2016, 4, 30),
)


def test_a_statements_bracketed_remark_does_not_hide_what_it_promises():
    # "hands over (provisional acceptance) the main building" promises a building handed
    # over: the hospital inaugurated is that promise done.
    assert (
        kind_of(
            "Redmere inaugurates its new hospital\nThe new Redmere hospital held its official "
            "inauguration on Sunday.",
            REDMERE,
            on=D(2017, 9, 18),
        )
        == EvidenceKind.FULFILMENT
    )


# A ministry promised that the president inaugurates the Valbrune museum.
VALBRUNE = profile(
    promiser="Ministère de la Culture de Valbrune",
    aliases=(),
    subject="Musée de Valbrune : inauguration",
    keywords=["musée de Valbrune", "Valbrune"],
    category="museum",
    statement="Le président inaugure le musée de Valbrune.",
    stated_on=D(2023, 1, 10),
    deadline_start=D(2025, 6, 1),
    deadline_end=D(2025, 6, 30),
)


def test_a_claim_promising_the_inauguration_is_fulfilled_by_the_ceremony_held():
    assert (
        kind_of(
            "Le musée de Valbrune, un nouveau joyau\nSamedi soir, un spectacle grandiose a "
            "célébré son inauguration officielle.",
            VALBRUNE,
            on=D(2025, 11, 2),
            language="fr",
        )
        == EvidenceKind.FULFILMENT
    )


def _steps(text: str, language: str) -> list[str]:
    analysis = read_item(
        original=text, folded=fold(text), language=language, published_on=D(2025, 11, 2)
    )
    return [s.text for s in analysis.signals if s.name == "step"]


def test_a_participle_of_place_opening_its_sentence_is_no_installation():
    # "Installé au pied des collines, le musée ...": where the subject stands, no works. The
    # same word telling works done keeps its step.
    assert "installe" not in _steps(
        "Le musée de Valbrune.\nInstallé au pied des collines, le musée ouvre au public.", "fr"
    )
    assert "installed" not in _steps(
        "The Valbrune museum.\nInstalled on the lake shore, the museum welcomes its visitors.",
        "en",
    )
    assert "installees" in _steps(
        "Le parc de Valbrune.\nLes turbines ont été installées au large de la côte.", "fr"
    )
    # A time after the participle is no place: when the works were done.
    assert "installed" in _steps(
        "The Valbrune wind farm.\nInstalled in 2026, the turbines will soon produce power.", "en"
    )


def test_a_month_season_or_weekday_after_the_participle_is_a_time():
    # Not only a year: a month, a season or a weekday after the preposition says when the
    # works were done, not where the subject stands.
    assert "installed" in _steps(
        "The Valbrune wind farm.\nInstalled in March, the turbines will soon produce power.", "en"
    )
    assert "installed" in _steps(
        "The Valbrune wind farm.\nInstalled in the spring, the turbines will soon produce power.",
        "en",
    )
    assert "installees" in _steps(
        "Le parc de Valbrune.\nInstallées en juin, les turbines produiront bientôt.", "fr"
    )
    assert "installees" in _steps(
        "Le parc de Valbrune.\nInstallées au printemps, les turbines produiront bientôt.", "fr"
    )
    assert "installed" in _steps(
        "The Valbrune wind farm.\nInstalled on Monday, the turbines will soon produce power.", "en"
    )


def test_an_inauguration_said_never_held_is_no_opening_done():
    # A negation between the noun and "took place" tells the ceremony not held.
    assert (
        kind_of(
            "Calder lock: the ceremony\nThe official inauguration of the widened Calder "
            "lock never took place, the lock gates having failed on Sunday.",
            CALDER_LOCK,
            on=D(2016, 6, 28),
        )
        != EvidenceKind.FULFILMENT
    )


def test_la_grande_inauguration_said_held_is_the_opening_done():
    # French writes the article and "grande" where English writes "its grand".
    assert (
        kind_of(
            "Le musée de Valbrune, un nouveau joyau\nSamedi soir, le président a célébré la "
            "grande inauguration du musée de Valbrune.",
            VALBRUNE,
            on=D(2025, 11, 2),
            language="fr",
        )
        == EvidenceKind.FULFILMENT
    )
