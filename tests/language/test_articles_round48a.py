"""The forty-eighth round, first helper (docs/article-import.md, "Round 48"): the misses of the
two batches read for the first time this round, then the same kind of miss across every
readable batch. One behaviour per test; the sentences are invented, in the shape real articles
take, and each test fails without its rule.
"""

from __future__ import annotations

import datetime as dt

from tests.language.article_ledgers import read

Y = dt.date


# --- Finding a commitment ------------------------------------------------------------------


def test_a_deadline_named_by_its_noun_and_set_now_is_a_plan():
    # Written on Friday 14 June 2024. "The final completion date for ... is August 2026"
    # sets a date the work is held to, as "is set for" does: a deadline, a "by".
    text = "The final completion date for all of Halden Transit's depots is August 2026."
    assert read.windows(text) == [(None, Y(2026, 8, 31))]
    text = "The target date for delivery of Halden Transit's first tram is December 2025."
    assert read.windows(text) == [(None, Y(2025, 12, 31))]
    # Set by a verb of setting, after the act that set it.
    text = (
        "Halden Transit has approved a 200-day extension, setting the new deadline for "
        "10 March 2025, instead of 25 August this year."
    )
    assert read.windows(text) == [(None, Y(2025, 3, 10))]


def test_a_deadline_extended_to_a_date_is_the_date_it_was_moved_to():
    # Written on Friday 14 June 2024. "has extended the completion deadline of the depot ...
    # to January 2025" moves the date, as "pushed the opening to January 2025" does.
    text = (
        "Halden Transit has extended the completion deadline of the Nordby depot for the "
        "third time to January 2025 as its contractor is running late."
    )
    assert read.windows(text) == [(Y(2025, 1, 1), Y(2025, 1, 31))]


def test_a_deadline_for_what_others_send_is_no_promise():
    # Written on Friday 14 June 2024. "The deadline for public comments is 6 October" is the
    # public's turn to act, not a promise of the body that set it.
    text = "The deadline for public comments on Halden Transit's plan is October 6, 2024."
    assert read.windows(text) == []
    text = (
        "Halden Transit has approved the plan, setting the deadline for applications for "
        "10 March 2025."
    )
    assert read.windows(text) == []
    # A deadline told in the past is an earlier one.
    text = "The completion date for Halden Transit's depot was August 2023."
    assert read.windows(text) == []


def test_works_that_take_place_are_the_builders_schedule():
    # Written on Friday 14 June 2024. "take place" is said of events (a meeting, a vote),
    # whose dates are no promise; but the works of the promised thing take place on the
    # builder's own schedule, as "les travaux se tiendront" do.
    text = (
        "Halden Transit's new depot is slated to open in 2026, with construction expected "
        "to take place in three phases through 2030."
    )
    assert read.windows(text) == [(Y(2026, 1, 1), Y(2026, 12, 31)), (None, Y(2030, 12, 31))]
    # A meeting that takes place stays an event.
    text = "Halden Transit's annual meeting is expected to take place in September."
    assert read.windows(text) == []


def test_an_aim_whose_owner_follows_its_noun_is_an_aim():
    # Written on Friday 14 June 2024. "l'objectif des autorités ... qui est d'atteindre ...
    # d'ici 2027" names whose aim it is after the noun, then the aim, as "l'objectif est de".
    text = (
        "Ce dépôt contribuera à l'objectif des autorités régionales qui est d'atteindre une "
        "ponctualité de 95 % d'ici 2027."
    )
    assert read.windows(text, language="fr") == [(None, Y(2027, 12, 31))]
    # Without the relative, the owner named after the noun is the promiser.
    text = "L'objectif du groupe Halden Transit est de doubler sa flotte d'ici à 2026."
    assert read.found(text, language="fr") == [(None, Y(2026, 12, 31), "Halden Transit")]


# --- What is not a promise -----------------------------------------------------------------


def test_an_aim_told_after_an_earlier_adverb_that_opens_the_sentence_is_an_earlier_plan():
    # Written on Friday 14 June 2024. "Initially, the company aimed to ... by the end of this
    # year" tells the aim given up, as "Halden Transit initially aimed to" does: its subject
    # stands between the adverb and the verb.
    text = "Initially, Halden Transit aimed to open the Nordby depot by the end of this year."
    assert read.windows(text) == []
    # A move told in a relative after it is part of the same earlier story.
    text = (
        "Originally, Halden Transit intended to open the depot in March 2024, which was then "
        "scheduled for May 2025. It is now set to open on 27 January 2026."
    )
    assert read.windows(text) == [(Y(2026, 1, 27), Y(2026, 1, 27))]
    # An earlier purpose told in a participle's apposition leaves the aim now held alone.
    text = (
        "The depot, originally intended to serve Corvane Motors, is now being tested and "
        "Halden Transit aims to open it by March 2025."
    )
    assert read.windows(text) == [(None, Y(2025, 3, 31))]


def test_a_plan_set_off_by_commas_before_the_verb_that_cancels_it_is_no_promise():
    # Written on Friday 14 June 2024. "La réouverture de la ligne, prévue le 3 septembre, est
    # annulée": the plan is named only to say it is called off.
    text = "La réouverture de la ligne de Halden Transit, prévue le 3 septembre, est annulée."
    assert read.windows(text, language="fr") == []
    text = "The reopening of Halden Transit's line, scheduled for 3 September, has been cancelled."
    assert read.windows(text) == []
    # The plan kept is still one.
    text = "La réouverture de la ligne de Halden Transit, prévue le 3 septembre, est maintenue."
    assert read.windows(text, language="fr") == [(Y(2024, 9, 3), Y(2024, 9, 3))]


# --- Who promises --------------------------------------------------------------------------


def test_a_currency_code_after_an_amount_is_no_name_in_a_subject():
    # Written on Friday 14 June 2024. "dont le coût est estimé à 2,5 milliards XPF devrait
    # aboutir en 2025": XPF counts money, it names nobody else expected to act.
    text = (
        "Le nouveau dépôt de Halden Transit est en chantier. Ce projet, dont le coût est "
        "estimé à 2,5 milliards XPF devrait aboutir en 2025."
    )
    assert read.windows(text, language="fr") == [(Y(2025, 1, 1), Y(2025, 12, 31))]


# --- When it was said ----------------------------------------------------------------------


def test_a_past_plan_in_a_sentence_closing_on_who_said_it_is_reported_speech():
    # Written on Friday 14 June 2024. "The building was still expected to open in 2028 ...,
    # he said." puts the plan in the past as reported speech does ("he said it was still
    # expected"): the plan held when he spoke.
    text = (
        "Halden Transit's head of works said the depot had been delayed. The Nordby depot was "
        "still expected to open in 2028 in spite of the delay, he said."
    )
    assert read.windows(text) == [(Y(2028, 1, 1), Y(2028, 12, 31))]
    # Not when "but" sets someone's saying against the plan.
    text = (
        "The Nordby depot was set to open in May, but Halden Transit said it could be the "
        "summer instead."
    )
    assert read.windows(text) == []
    # Nor when the "but" comes before the attribution that closes the sentence: the plan is
    # still the one set against what was said after it.
    text = (
        "The Nordby depot was set to open in May 2025, but the builder warned it could slip "
        "further, he said."
    )
    assert read.windows(text) == []
