"""Rules on the kinds of news an audit of invented items asked for (outcomes in words the
lists lacked, a means obtained told from the thing, polarity, which state wins, a go-ahead
withdrawn), each written as a specification on invented sentences about made-up projects,
none of them in the labelled sets: each fails without its rule.
"""

from __future__ import annotations

import datetime as dt

from language.kinds import EvidenceKind
from tests.language.matching_specs import kind_of, profile

D = dt.date

# A law promised to apply from a day.
ROAD_LAW = profile(
    promiser="Estoria",
    aliases=("Estorian government", "Ministry of Roads"),
    subject="Quiet Roads Act",
    keywords=["Quiet Roads Act", "loi sur les routes calmes"],
    category="law",
    statement="The Quiet Roads Act applies from 1 March 2027.",
    deadline_start=D(2027, 3, 1),
    deadline_end=D(2027, 3, 1),
)


def test_a_law_undone_or_a_project_abandoned_is_a_denial():
    # A law repealed, struck down or said never to apply is the promise dropped, as the
    # English noun "the abandonment of" is, like the French "l'abandon de".
    for said, language in (
        ("Parliament repeals the Quiet Roads Act", "en"),
        ("Judges struck down the Quiet Roads Act on Monday", "en"),
        ("The Quiet Roads Act will never apply, the ministry says", "en"),
        ("Estoria : la loi sur les routes calmes est abrogée", "fr"),
        ("Estoria : la loi sur les routes calmes n'entrera pas en vigueur", "fr"),
        ("Estoria confirms the abandonment of the Quiet Roads Act", "en"),
    ):
        assert kind_of(said, ROAD_LAW, on=D(2026, 5, 2), language=language) == (
            EvidenceKind.DENIAL
        ), said
