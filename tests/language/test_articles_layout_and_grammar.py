"""The importer's rules for real text (issue 15, second round): who promises when nobody is
named, which phrases commit, which date a verb governs, page layout. One behaviour per test;
the sentences are invented, in the shape real articles take.
"""

from __future__ import annotations

import datetime as dt

from language.articles import KnownOrganisation, extract_drafts

PUBLISHED = dt.date(2024, 3, 12)
ORGS = [
    KnownOrganisation(1, "Nordvik Cloud", ("Nordvik",)),
    KnownOrganisation(2, "French State", ("l'État", "le gouvernement")),
    KnownOrganisation(3, "Skyrail"),
]


def drafts(text: str, published_on: dt.date = PUBLISHED, **options):
    return extract_drafts(text, published_on=published_on, organisations=ORGS, **options)


def found(text: str, published_on: dt.date = PUBLISHED, **options):
    """(start, end, promiser) of each dated draft."""
    return [
        (d.start, d.end, d.promiser_name)
        for d in drafts(text, published_on, **options)
        if d.start or d.end
    ]


Y = dt.date


# --- Promiser --------------------------------------------------------------------------


def test_a_promise_whose_promiser_is_never_named_is_drafted_for_the_editor_to_choose():
    [draft] = drafts("The new plant is expected to begin operations by the end of 2027.")
    assert (draft.promiser_pk, draft.promiser_name, draft.end) == (None, "", Y(2027, 12, 31))
    assert "to choose" in draft.reason
    assert draft.statement.startswith("Is expected to begin operations")


def test_an_outsider_as_subject_still_makes_no_draft():
    assert drafts("The European Union aims to reach 300 GW of offshore wind by 2050.") == []
