"""The importer's rules from the twelfth round (docs/article-import.md, "Twelfth round"),
from the misses of the sixth batch labelled blind to our conventions, once it had been
scored untuned. One behaviour per test; the sentences are invented, in the shape real
articles take.
"""

from __future__ import annotations

import datetime as dt

from language.articles import KnownOrganisation, split_sentences
from tests.language.article_reading import Reader

PUBLISHED = dt.date(2024, 6, 14)
ORGS = [KnownOrganisation(1, "Halden Transit"), KnownOrganisation(2, "Corvane Motors")]

read = Reader(ORGS, PUBLISHED)
Y = dt.date


# --- A full stop inside brackets ends no sentence --------------------------------------------


def test_a_full_stop_inside_brackets_does_not_split_the_sentence():
    text = (
        "À Lyon, le projet (maître d'ouvrage Halden Transit. Architecte Studio Mar) "
        "d'un dépôt de 40 rames devrait ouvrir d'ici 2027."
    )
    assert [s.text for s in split_sentences(text)] == [text]
    [draft] = read.dated_drafts(text, language="fr")
    assert (draft.promiser_name, draft.end) == ("Halden Transit", Y(2027, 12, 31))


def test_a_bracket_closed_before_the_full_stop_still_lets_the_sentence_end():
    text = "Halden Transit (Lyon) opened a depot. Corvane Motors will follow in 2026."
    assert [s.text for s in split_sentences(text)] == [
        "Halden Transit (Lyon) opened a depot.",
        "Corvane Motors will follow in 2026.",
    ]
