"""The fiftieth round, second helper (docs/article-import.md, "Round 50"): the drafts that
match no label, by cause, across the readable batches. One behaviour per test; the sentences
are invented, in the shape real articles take. The first and third tests fail without their
rule; the second and fourth keep what the rules must not drop and pass either way.
"""

from __future__ import annotations

import datetime as dt

from tests.language.article_ledgers import read

Y = dt.date


# --- What is not a promise -----------------------------------------------------------------


def test_a_figure_guessed_at_as_what_be_comes_to_is_a_level_not_a_promise():
    # Written on Friday 14 June 2024. The amount spent in a year, told with "sera".
    text = (
        "Halden Transit prévoit d'ouvrir le dépôt en 2026. Ses dépenses seront d'environ "
        "40 millions d'euros en 2027."
    )
    assert read.windows(text, language="fr") == [(Y(2026, 1, 1), Y(2026, 12, 31))]
    # A volume in a year, in English: what the output "will be", no act promised.
    text = (
        "Corvane Motors will open its battery plant in 2026. In 2027, the plant's output "
        "will be about 40,000 packs."
    )
    assert read.windows(text) == [(Y(2026, 1, 1), Y(2026, 12, 31))]


def test_an_exact_figure_things_put_in_place_and_a_share_after_be_stay_promises():
    # An exact figure may be a target: the capacity promised by a date.
    text = "Halden Transit said the depot's capacity will be 400 buses by the end of 2026."
    assert read.windows(text) == [(None, Y(2026, 12, 31))]
    # "There will be" about N things in place by a date: a promise of putting them there.
    text = "Halden Transit said there will be about 40 new buses on the road by the end of 2025."
    assert read.windows(text) == [(None, Y(2025, 12, 31))]
    # A share done by a date: the works, not a level.
    text = "Halden Transit said the depot will be about 90% complete by March 2025."
    assert read.windows(text) == [(None, Y(2025, 3, 31))]


def test_the_date_of_something_that_happens_by_itself_is_that_events_time():
    # Written on Friday 14 June 2024. "when colder weather hits later this year": the
    # weather's time, not the depot's.
    text = (
        "The depot will help Halden Transit curb delays and add extra buses when colder "
        "weather hits later this year."
    )
    assert read.windows(text) == []
    # A season in a relative clause, a rush after "as": their own times.
    text = (
        "Corvane Motors will be ready for the shopping season, which gets underway on 29 "
        "November. Halden Transit will add drivers as the summer rush sets in on 1 July."
    )
    assert read.windows(text) == []


def test_the_promised_thing_that_occurs_on_a_date_stays_a_promise():
    # "occur" is the promised thing's own verb; a date before the clause is the main verb's;
    # "before the election happens on 5 May 2025" is a deadline of its own.
    text = "Halden Transit said the depot's opening will occur between 2 and 9 September."
    assert read.windows(text) == [(Y(2024, 9, 2), Y(2024, 9, 9))]
    text = "Halden Transit will open the depot in March 2025, when the new timetable kicks in."
    assert read.windows(text) == [(Y(2025, 3, 1), Y(2025, 3, 31))]
    text = "Halden Transit will open its depot before the election happens on 5 May 2025."
    assert read.windows(text) == [(None, Y(2025, 5, 4))]
