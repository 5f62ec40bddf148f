"""The importer's rules from the third round (issue 15): rules that generalise to articles the
rules were never tuned on, found by labelling a fresh development set before running the
importer on it (tests/language/data/real/articles.dev-fresh.json). One behaviour per test; the
sentences are invented, in the shape real articles take.
"""

from __future__ import annotations

import datetime as dt

from language.articles import KnownOrganisation, extract_drafts

PUBLISHED = dt.date(2024, 3, 12)  # a Tuesday
ORGS = [
    KnownOrganisation(1, "Nordvik Cloud", ("Nordvik",)),
    KnownOrganisation(2, "French State", ("l'État", "le gouvernement")),
    KnownOrganisation(3, "Skyrail"),
]
Y = dt.date


def drafts(text: str, published_on: dt.date = PUBLISHED, **options):
    return extract_drafts(text, published_on=published_on, organisations=ORGS, **options)


def dated(text: str, published_on: dt.date = PUBLISHED, **options):
    """(start, end, stated_on) of each dated draft."""
    return [
        (d.start, d.end, d.stated_on)
        for d in drafts(text, published_on, **options)
        if d.start or d.end
    ]


# --- When it was said ------------------------------------------------------------------


def test_a_dated_statement_that_promised_nothing_does_not_date_the_next_paragraph():
    text = (
        "Le 4 mars, Skyrail a annoncé que les travaux de la gare étaient achevés.\n\n"
        "Skyrail prévoit d'ouvrir trois lignes en juin."
    )
    assert dated(text) == [(Y(2024, 6, 1), Y(2024, 6, 30), PUBLISHED)]


def test_a_dated_statement_that_promised_nothing_still_dates_its_own_paragraph():
    text = (
        "Le 4 mars, Skyrail a annoncé que les travaux de la gare étaient achevés. "
        "Skyrail prévoit d'ouvrir trois lignes en juin."
    )
    assert dated(text) == [(Y(2024, 6, 1), Y(2024, 6, 30), Y(2024, 3, 4))]
