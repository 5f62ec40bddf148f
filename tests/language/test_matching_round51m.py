"""Mend of the review of round 50 (fifty-first round, mender m): a month without its year
after a verb told in the past is the one gone by (docs/news-watch.md), but the French "à"
(folded, "a") and the English article "a" are no auxiliary, and a plan made looks ahead.
The sentences are invented, about made-up projects.
"""

from __future__ import annotations

import datetime as dt

import pytest

from language.matching.reading import _find_deadlines

SAID_ON = dt.date(2026, 12, 8)


def _windows(text: str) -> list[tuple[str, str]]:
    return [(str(f.window.start), str(f.window.end)) for f in _find_deadlines(text, SAID_ON)]


@pytest.mark.parametrize(
    "text",
    [
        "Le chantier du pont de Varnes est suspendu jusqu'à la reprise des travaux en mars.",
        "La ligne de Brenmoor restera fermée jusqu'à la mise en service en mars.",
        "Le projet de tram est reporté à une date fixée en mars.",
        "Ostvale Energy is planning a release in March.",
        "The Varnes council will hold a vote in March.",
        "The ministry has scheduled a debate on the Varnes bridge in March.",
        "La mairie de Varnes a prévu une réunion publique en mars.",
    ],
)
def test_a_month_after_no_past_verb_is_the_one_to_come(text: str) -> None:
    assert _windows(text) == [("2027-03-01", "2027-03-31")]


@pytest.mark.parametrize(
    "text",
    [
        "Le projet de tram a été suspendu en mars.",
        "La société a suspendu le chantier de Varnes en mars.",
        "La mairie a interrompu les travaux en mars.",
        "Work on the Brenmoor line was halted in March.",
        "Alpcom said it had switched off 3G in Brenmoor and Ostvale in March.",
    ],
)
def test_a_month_after_a_past_verb_is_still_the_one_gone_by(text: str) -> None:
    assert _windows(text) == [("2026-03-01", "2026-03-31")]
