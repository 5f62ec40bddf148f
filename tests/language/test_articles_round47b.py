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


def test_a_start_with_its_object_and_an_end_with_an_adverb_or_last_are_one_promise():
    # Written on Friday 14 June 2024. The verb of starting may have a longer object before the
    # first period ("begin construction of the new depot in"); the verb of ending an adverb
    # ("and be fully completed by") or be "last" ("and last until"): still one draft.
    for end in ("be finished by", "be fully completed by", "last until"):
        text = (
            "Halden Transit will begin construction of the new workshop in January 2025 and "
            f"{end} March 2026."
        )
        assert read.windows(text) == [(Y(2025, 1, 1), Y(2026, 3, 31))], end


def test_and_last_until_ends_the_work_begun_before_it():
    # The deadline parser's rule 9: "and last until" (the verb, the last word before the second
    # period) is read as "and lasting through" is; "last year" stays a time of its own.
    window = parse_deadline("in January 2025 and last until March 2026", stated_on=Y(2024, 6, 14))
    assert (window.start, window.end) == (Y(2025, 1, 1), Y(2026, 3, 31))


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
    # how the plan stood before; the article gives the promise elsewhere (a later date), which
    # alone is drafted.
    text = (
        "La réouverture de la ligne de Halden Transit avait d'abord été annoncée pour le 20 "
        "juin, puis reportée au 2 juillet, en raison de dégâts plus importants que prévu. "
        "Halden Transit ne rouvrira finalement la ligne que le 9 juillet."
    )
    assert read.windows(text, language="fr") == [(Y(2024, 7, 9), Y(2024, 7, 9))]
    text = (
        "La mise en service du dépôt de Halden Transit avait d'abord été annoncée pour "
        "septembre, avant d'être repoussée à la mi-novembre. Halden Transit prévoit désormais "
        "de l'ouvrir en décembre."
    )
    assert read.windows(text, language="fr") == [(Y(2024, 12, 1), Y(2024, 12, 31))]
    text = (
        "The reopening of the Halden Transit line had initially been scheduled for June 20, "
        "then postponed to July 2. Halden Transit now says the line will reopen on July 9."
    )
    assert read.windows(text) == [(Y(2024, 7, 9), Y(2024, 7, 9))]


def test_an_earlier_move_is_kept_when_nothing_in_the_article_replaces_it():
    # Written on Friday 14 June 2024. The move told in the pluperfect is the only plan the
    # article gives ("remains on track" names no date), or the only one for its thing (the
    # other date is earlier, another piece of work): the date moved to is the promise.
    text = (
        "The opening of the Halden Transit workshop had originally been planned for 2025, then "
        "delayed to 2027; Halden Transit said on Friday the workshop remains on track."
    )
    assert read.windows(text) == [(Y(2027, 1, 1), Y(2027, 12, 31))]
    text = (
        "The reopening of the Halden Transit line had initially been scheduled for June 20, "
        "then postponed to July 2. Halden Transit will open its new depot on June 25."
    )
    assert read.windows(text) == [(Y(2024, 7, 2), Y(2024, 7, 2)), (Y(2024, 6, 25), Y(2024, 6, 25))]


def test_an_abbreviated_month_ends_no_clause_before_an_earlier_move():
    # Written on Friday 14 June 2024. "Jan. 20": the full stop of a month written short
    # ends no clause, so the move after it is read as with "June 20".
    text = (
        "The reopening of the Halden Transit line had initially been scheduled for Jan. 20, "
        "then postponed to Feb. 3. Halden Transit now says the line will reopen on Feb. 10."
    )
    assert read.windows(text) == [(Y(2025, 2, 10), Y(2025, 2, 10))]


def test_an_earlier_move_is_told_with_any_verb_of_delay_or_move():
    # Written on Friday 14 June 2024. The move reads the importer's delay verbs ("slipped"),
    # "pushed", and a few words after the verb ("delayed again to", "reportée une nouvelle
    # fois au").
    later = " Halden Transit now says the line will reopen on July 9."
    for move in ("slipped to", "pushed to", "delayed again to"):
        text = (
            "The reopening of the Halden Transit line had initially been scheduled for June 20, "
            f"then {move} July 2.{later}"
        )
        assert read.windows(text) == [(Y(2024, 7, 9), Y(2024, 7, 9))], move
    text = (
        "La réouverture de la ligne de Halden Transit avait d'abord été annoncée pour le 20 "
        "juin, puis reportée une nouvelle fois au 2 juillet. Halden Transit ne rouvrira "
        "finalement la ligne que le 9 juillet."
    )
    assert read.windows(text, language="fr") == [(Y(2024, 7, 9), Y(2024, 7, 9))]


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
