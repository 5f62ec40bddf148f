"""The forty-seventh round, second helper (docs/article-import.md, "Round 47"): the drafts that
match no label and the drafts whose quote is right but whose window is not. One behaviour per
test; the sentences are invented, in the shape real articles take, and each test fails without
its rule.
"""

from __future__ import annotations

import datetime as dt

from language.deadlines import parse_deadline
from tests.language.article_ledgers import read

Y = dt.date


# --- Which date belongs to which phrase ----------------------------------------------------


def test_a_start_and_the_day_the_same_work_is_done_by_are_one_promise():
    # Written on Friday 14 June 2024. One piece of work, its start and the day it is done by,
    # said with one subject and one auxiliary: one draft from the first period's start to the
    # second's end, not two.
    text = (
        "Halden Transit said works on the depot would commence in January 2025 and be "
        "finished by March 2026."
    )
    assert read.windows(text) == [(Y(2025, 1, 1), Y(2026, 3, 31))]
    text = (
        "Construction of the Halden Transit depot is expected to start in fall 2025, and be "
        "complete by the end of 2026, Halden Transit said."
    )
    assert read.windows(text) == [(Y(2025, 9, 1), Y(2026, 12, 31))]
    text = (
        "Halden Transit says the works will come in two phases, the first commencing in "
        "October 2025 and lasting through May 2026."
    )
    assert read.windows(text) == [(Y(2025, 10, 1), Y(2026, 5, 31))]


def test_an_end_told_as_a_period_or_with_a_verb_of_its_own_stays_a_second_promise():
    # Written on Friday 14 June 2024. "and be completed in 2026" tells the end as a period,
    # and "and aims to complete the depot by" gives the end a commitment of its own: two
    # drafts each, as before.
    text = "Halden Transit will begin work on the depot in October 2025 and be completed in 2026."
    assert read.windows(text) == [
        (Y(2025, 10, 1), Y(2025, 10, 31)),
        (Y(2026, 1, 1), Y(2026, 12, 31)),
    ]
    text = (
        "Halden Transit plans to begin construction in early 2025 and aims to complete the "
        "depot by the end of 2026."
    )
    assert read.windows(text) == [(Y(2025, 1, 1), Y(2025, 4, 30)), (None, Y(2026, 12, 31))]
    # A plan whose start had passed when it was told is still left out whole.
    text = (
        "Halden Transit's plans to rebuild the depot were approved by the board, with work "
        "set to begin in 2020 and be completed by 2025."
    )
    assert read.windows(text) == []


def test_lasting_through_a_date_ends_the_work_begun_before_it():
    # The deadline parser's rule 9: a period, then "and lasting" and a second period, are the
    # start and the end of one piece of work, as "and continue through" already was.
    window = parse_deadline(
        "in October 2025 and lasting through May 2026", stated_on=Y(2024, 6, 14)
    )
    assert (window.start, window.end) == (Y(2025, 10, 1), Y(2026, 5, 31))


# --- What is not a promise -----------------------------------------------------------------


def test_a_move_told_as_the_last_step_of_earlier_plans_in_the_pluperfect_is_no_promise():
    # Written on Friday 14 June 2024. "avait d'abord été annoncée pour …, puis reportée au …":
    # the first of the steps told in the pluperfect, and the move on the same auxiliary, tell
    # how the plan stood before; the article gives the promise elsewhere.
    text = (
        "La réouverture de la ligne de Halden Transit avait d'abord été annoncée pour le 20 "
        "juin, puis reportée au 2 juillet, en raison de dégâts plus importants que prévu."
    )
    assert read.windows(text, language="fr") == []
    text = (
        "La mise en service du dépôt de Halden Transit avait d'abord été annoncée pour "
        "septembre, avant d'être repoussée à la mi-novembre."
    )
    assert read.windows(text, language="fr") == []
    text = (
        "The reopening of the Halden Transit line had initially been scheduled for June 20, "
        "then postponed to July 2."
    )
    assert read.windows(text) == []


def test_a_move_with_a_verb_of_its_own_after_an_earlier_plan_is_still_read():
    # Written on Friday 14 June 2024. The new date has a verb of its own (a future, a perfect):
    # the date is read as before.
    text = (
        "La réouverture de la ligne avait d'abord été annoncée pour le 20 juin, mais Halden "
        "Transit rouvrira finalement la ligne le 2 juillet."
    )
    assert read.windows(text, language="fr") == [(Y(2024, 7, 2), Y(2024, 7, 2))]
    text = (
        "The reopening of the Halden Transit line had initially been scheduled for June 20, "
        "and has now been moved to July 2."
    )
    assert read.windows(text) == [(Y(2024, 7, 2), Y(2024, 7, 2))]


def test_lasting_as_an_adjective_joins_no_two_dates():
    # (Mend after the review.) "lasting" is the verb of rule 9 only before the word that says
    # how far it goes; "lasting gains by 2031" is an adjective, and 2027 is no start.
    window = parse_deadline(
        "early results in 2027 and lasting gains by 2031", stated_on=Y(2026, 3, 4)
    )
    assert (window.start, window.end) == (None, Y(2031, 12, 31))
