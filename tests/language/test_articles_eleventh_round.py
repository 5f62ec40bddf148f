"""The importer's rules from the eleventh round (docs/article-import.md, "Eleventh round"),
from the misses of the fourth batch labelled blind to our conventions, once it had been
scored untuned. One behaviour per test; the sentences are invented, in the shape real
articles take.
"""

from __future__ import annotations

import datetime as dt

from language.articles import KnownOrganisation
from tests.language.article_reading import Reader

PUBLISHED = dt.date(2024, 6, 14)
ORGS = [KnownOrganisation(1, "Halden Transit"), KnownOrganisation(2, "Corvane Motors")]

read = Reader(ORGS, PUBLISHED)
Y = dt.date


# --- "due" without its verb ---------------------------------------------------------------


def test_due_without_its_verb_still_commits_the_thing_it_follows():
    text = "Halden Transit opened nine platforms this week, with four more due by early 2027."
    [draft] = read.dated_drafts(text)
    assert (draft.promiser_name, draft.start, draft.end) == ("Halden Transit", None, Y(2027, 4, 30))


def test_what_was_due_is_still_an_earlier_plan():
    text = "In the first plan of Halden Transit, the four platforms were due by 2026."
    assert read.dated_drafts(text) == []
