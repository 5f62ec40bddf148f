"""The fiftieth round, first helper (docs/article-import.md, "Round 50"): the misses of the two
batches read for the first time this round, then the same kind of miss across every readable
batch. One behaviour per test; the sentences are invented, in the shape real articles take, and
each test fails without its rule.
"""

from __future__ import annotations

import datetime as dt

from language.deadlines import parse_deadline
from tests.language.article_ledgers import read

Y = dt.date


# --- Which date belongs to which phrase ----------------------------------------------------


def test_a_late_part_and_the_next_early_part_joined_by_a_comma_are_one_window():
    # Written on Friday 14 June 2024. "« fin septembre, début octobre »" is one time, from
    # September to October, as "fin septembre ou début octobre" is: one draft, not two.
    text = "Le nouveau dépôt de Halden Transit ouvrira au public « fin septembre, début octobre »."
    assert read.windows(text, language="fr") == [(Y(2024, 9, 1), Y(2024, 10, 31))]
    # After "d'ici", the window keeps its "by" and reaches the second period's end.
    text = (
        "Halden Transit accueillera le public dans son nouveau dépôt d'ici fin septembre, "
        "début octobre."
    )
    assert read.windows(text, language="fr") == [(None, Y(2024, 10, 31))]
    # In English too: "before the end of July, beginning of August".
    text = (
        "Corvane Motors will have its first vans on the road before the end of July, "
        "beginning of August."
    )
    assert read.windows(text) == [(None, Y(2024, 8, 31))]
    # The next period's first days are its early part: "the end of 2025, first week of 2026".
    text = (
        "Corvane Motors is on schedule to finish the plant around the end of 2025, first week "
        "of 2026."
    )
    assert read.windows(text) == [(Y(2025, 9, 1), Y(2026, 1, 7))]


def test_two_periods_that_do_not_follow_each_other_stay_two_dates():
    # Written on Friday 14 June 2024. Two steps a comma lists, the second not the next period
    # after the first, are two promises.
    text = "Halden Transit will open the depot at the end of 2025, the workshop early in 2027."
    assert read.windows(text) == [(Y(2025, 9, 1), Y(2025, 12, 31)), (Y(2027, 1, 1), Y(2027, 4, 30))]


# --- The page ------------------------------------------------------------------------------


def test_a_timetable_whose_steps_come_before_their_dates_pairs_each_step_with_the_date_under_it():
    # Written on Friday 14 June 2024. A project page lists its steps, each over its date: the
    # step is the line before the date, not the line after it.
    text = (
        "Halden Transit's new depot\n\n"
        "Halden Transit is building a new depot in Nordby.\n\n"
        "Timeline\n\n"
        "Works Complete\n\n"
        "Spring 2025\n\n"
        "Depot Opening\n\n"
        "Autumn 2025"
    )
    assert [(d.quote, d.start, d.end) for d in read.dated_drafts(text)] == [
        ("Works Complete\n\nSpring 2025", Y(2025, 3, 1), Y(2025, 5, 31)),
        ("Depot Opening\n\nAutumn 2025", Y(2025, 9, 1), Y(2025, 11, 30)),
    ]


def test_a_timetable_whose_dates_come_first_still_pairs_each_date_with_the_line_under_it():
    # Written on Friday 14 June 2024. Dates over their steps, as before: the line after.
    text = (
        "Halden Transit's new depot\n\n"
        "Halden Transit is building a new depot in Nordby.\n\n"
        "Spring 2025\n\n"
        "Works Complete\n\n"
        "Autumn 2025\n\n"
        "Depot Opening"
    )
    assert [(d.quote, d.start, d.end) for d in read.dated_drafts(text)] == [
        ("Spring 2025\n\nWorks Complete", Y(2025, 3, 1), Y(2025, 5, 31)),
        ("Autumn 2025\n\nDepot Opening", Y(2025, 9, 1), Y(2025, 11, 30)),
    ]


# --- Finding a commitment ------------------------------------------------------------------


def test_a_year_given_with_its_completion_date_is_the_aim():
    # Written on Friday 14 June 2024. "with a 2027 completion date", as "with a 2027
    # completion goal": the year is the promise's.
    text = (
        "Work is under way on Halden Transit's Nordby depot, set to go up by the river with "
        "a 2027 completion date."
    )
    assert read.windows(text) == [(Y(2027, 1, 1), Y(2027, 12, 31))]


def test_a_thing_predicted_to_be_done_is_expected():
    # Written on Friday 14 June 2024. "which is predicted to be completed in early 2025" is the
    # passive of an estimate, as "is expected to" is.
    text = (
        "Halden Transit's crews have moved on to the second tunnel, which is predicted to be "
        "completed in early 2025."
    )
    assert read.windows(text) == [(Y(2025, 1, 1), Y(2025, 4, 30))]


def test_an_opening_that_takes_place_is_the_promisers_own_step():
    # Written on Friday 14 June 2024. An opening that "aura lieu" is the promised thing's own
    # milestone, as works that take place are, not a meeting someone else holds.
    text = (
        "Nous sommes dans les délais : l'ouverture du dépôt de Halden Transit aura lieu en octobre."
    )
    assert read.windows(text, language="fr") == [(Y(2024, 10, 1), Y(2024, 10, 31))]
    # A meeting that takes place is still no promise.
    text = "La réunion de Halden Transit avec les riverains aura lieu en octobre."
    assert read.windows(text, language="fr") == []


# --- Who promises --------------------------------------------------------------------------


def test_a_permit_application_as_the_subject_is_the_promisers_own_step():
    # Written on Friday 14 June 2024. "La demande de permis" is a request the promiser files,
    # not the market's demand: the sentence is the article's organisation's promise.
    text = (
        "Halden Transit présente son nouveau dépôt. La demande de permis devrait être "
        "introduite d'ici la fin de cette année."
    )
    assert read.windows(text, language="fr") == [(None, Y(2024, 12, 31))]
    # Demand as the market's stays another's: "la demande devrait doubler d'ici 2030".
    text = "Halden Transit présente son nouveau dépôt. La demande devrait doubler d'ici 2030."
    assert read.windows(text, language="fr") == []


# --- The deadline --------------------------------------------------------------------------


def test_days_counted_from_a_day_known_only_to_its_month_may_start_on_its_last_day():
    # Said in June 2013 (the day unknown), "dans une centaine de jours" reaches 8 October at
    # the latest (30 June + 100 days): by the end of October, the later reading.
    window = parse_deadline(
        "dans une centaine de jours", stated_on=Y(2013, 6, 1), stated_precision="month"
    )
    assert (window.start, window.end) == (None, Y(2013, 10, 31))
    # Months and years reach the same month's end from either day.
    window = parse_deadline("dans deux ans", stated_on=Y(2013, 6, 1), stated_precision="month")
    assert (window.start, window.end) == (None, Y(2015, 6, 30))
    # Said on a day known exactly, the span counts from that day.
    window = parse_deadline("dans une centaine de jours", stated_on=Y(2013, 6, 1))
    assert (window.start, window.end) == (None, Y(2013, 9, 9))


def test_a_name_inside_a_relative_clause_on_the_subject_is_no_one_expecting():
    # Written on Friday 14 June 2024. The relative clause set off by commas describes the
    # subject ("the acquisition"); the act it names is no third party whose expectation this is.
    text = (
        "Corvane Motors is buying a rival. The acquisition, which is being carried out under "
        "the Companies Act 2006, is anticipated to become effective in the first quarter of "
        "2025."
    )
    assert read.windows(text) == [(Y(2025, 1, 1), Y(2025, 3, 31))]
    # A name that is the subject itself still speaks for itself.
    text = (
        "The Companies Registry is anticipated to publish the rules in the first quarter of 2025."
    )
    assert read.windows(text) == []
