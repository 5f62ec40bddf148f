"""The forty-sixth round, first helper (docs/article-import.md, "Round 46"): the labels no
draft found, starting from the two batches read for the first time. One behaviour per test;
the sentences are invented, in the shape real articles take, and each test fails without its
rule.
"""

from __future__ import annotations

import datetime as dt

from tests.language.article_ledgers import read

Y = dt.date


# --- Which date belongs to which phrase ----------------------------------------------------


def test_a_participle_in_a_clause_of_time_is_a_passive_to_come():
    # Written on Friday 14 June 2024. English tells the future in the present after "when",
    # "once" or "as soon as": "is completed in 2027" there is a passive still to come, not a
    # past event standing between the promise and its date.
    text = "Halden Transit will add four platforms once the new depot is completed in 2027."
    assert read.windows(text) == [(Y(2027, 1, 1), Y(2027, 12, 31))]
    text = (
        "Halden Transit will run twelve trains an hour when the second track is fully "
        "commissioned in 2026."
    )
    assert read.windows(text) == [(Y(2026, 1, 1), Y(2026, 12, 31))]
    # "be" may be left out: "when completed".
    text = "The depot is expected to serve 40 buses when completed next year, Halden Transit said."
    assert read.windows(text) == [(Y(2025, 1, 1), Y(2025, 12, 31))]
    # Outside a clause of time the participle is still a past event: nothing is promised.
    text = "Halden Transit will add four platforms to the depot that was completed in 2027."
    assert read.windows(text) == []


# --- Finding a commitment ------------------------------------------------------------------


def test_a_thing_announced_with_the_infinitive_of_its_coming_is_a_plan():
    # Written on Friday 14 June 2024. "announced a new depot to open in 2026" says, "that it
    # will" left out, what "announced that a new depot will open in 2026" says.
    text = "Halden Transit announced a new bus depot to open in 2026."
    assert read.windows(text) == [(Y(2026, 1, 1), Y(2026, 12, 31))]
    text = "On Tuesday, Halden Transit unveiled its northern line to be operational by summer 2026."
    assert read.windows(text) == [(None, Y(2026, 8, 31))]
    # "to" before a noun is where something was announced, not what is to come.
    text = "Halden Transit announced its new timetable to the council in March 2025."
    assert read.windows(text) == []
    # Nor is a noun after "to" without its article: whom it was shown or sold to.
    text = "Halden Transit announced its new timetable to investors in March 2026."
    assert read.windows(text) == []
    text = "Halden Transit announced the sale of its depot to Kestrel Rail in 2026."
    assert read.windows(text) == []
    text = "Halden Transit unveiled its new trains to reporters on 20 June."
    assert read.windows(text) == []


def test_a_change_in_the_french_present_set_from_a_date_is_a_timetable():
    # Written on Friday 14 June 2024. As "la ligne ouvre le 12 juin", a change told in the
    # present from a date to come is what is arranged: a fare that rises, a service offered
    # or increased from that day.
    text = "Le ticket Halden Transit augmente de 1,90 à 2,10 euros à partir du 1er septembre."
    assert read.windows(text, language="fr") == [(Y(2024, 9, 1), Y(2024, 9, 1))]
    text = "Halden Transit propose à compter du 2 septembre dix navettes par jour vers l'aéroport."
    assert read.windows(text, language="fr") == [(Y(2024, 9, 2), Y(2024, 9, 2))]
    text = "Halden Transit passe à huit bus par heure sur la ligne 3 dès le 1er octobre."
    assert read.windows(text, language="fr") == [(Y(2024, 10, 1), Y(2024, 10, 1))]
    # Without a date it is set from, the present tells what is, not what is to come.
    text = "Halden Transit propose dix navettes par jour vers l'aéroport en semaine."
    assert read.windows(text, language="fr") == []
    # "propose" with its date after what it proposes, or with "de" or "que", is a proposal.
    text = "Le rapport de la Cour des comptes propose de fermer la ligne Halden à partir de 2027."
    assert read.windows(text, language="fr") == []
    text = "Le syndicat de Halden Transit propose une grève dès le 3 septembre."
    assert read.windows(text, language="fr") == []
    # "baisse" after its article is the noun: a fall, not a fare that falls from a date.
    text = (
        "Une baisse des tarifs Halden Transit à partir du 1er septembre serait possible, selon "
        "le syndicat."
    )
    assert read.windows(text, language="fr") == []
    text = "Le ticket Halden Transit baisse de 2,10 à 1,90 euros à partir du 1er septembre."
    assert read.windows(text, language="fr") == [(Y(2024, 9, 1), Y(2024, 9, 1))]


def test_assured_and_affirmed_report_speech_as_said_does():
    # Written on Friday 14 June 2024. As "a assuré que" and "a affirmé que" in French, the
    # English "assured that" and "affirmed that" report what was said: its conditional is the
    # promise as told then.
    text = "Halden Transit's chief executive assured that the depot would be ready in 2026."
    assert read.windows(text) == [(Y(2026, 1, 1), Y(2026, 12, 31))]
    text = "Halden Transit affirmed that the northern line would open by the end of 2025."
    assert read.windows(text) == [(None, Y(2025, 12, 31))]
    # Without a verb of saying the conditional is no promise.
    text = "That would allow Halden Transit to open the depot in 2026."
    assert read.windows(text) == []


def test_a_month_abbreviated_before_its_day_does_not_hide_a_move():
    # Written on Friday 14 June 2024. "from Sept. 9 to Oct. 14" moves a date as "from 9
    # September to 14 October" does: the abbreviation's full stop ends nothing.
    text = "The opening of the Halden Transit depot has been delayed from Sept. 9 to Oct. 14."
    assert read.windows(text) == [(Y(2024, 10, 14), Y(2024, 10, 14))]


def test_has_to_in_the_present_is_an_obligation_as_must_is():
    # Written on Friday 14 June 2024. "has to close … by March next year" binds its subject as
    # "must close" does.
    text = "Halden Transit has to close its two oldest depots by March next year."
    assert read.windows(text) == [(None, Y(2025, 3, 31))]
    # "had to" tells an obligation met or missed, no promise.
    text = "Halden Transit had to close its two oldest depots by March 2024."
    assert read.windows(text) == []
    # "has to date" is "so far": a tally of the past.
    text = "Halden Transit has to date opened four depots, the last in 2026."
    assert read.windows(text) == []


# --- What is not a promise: someone's estimate ---------------------------------------------


def test_an_amount_estimated_is_no_estimate_of_the_date():
    # Written on Friday 14 June 2024. "estimated to cost" and "estimated at" weigh the thing's
    # price; the promise that follows is still its owner's, not someone's estimate.
    text = (
        "Halden Transit's northern line, estimated to cost €2 billion, is on track to open by "
        "the end of 2027."
    )
    assert read.windows(text) == [(None, Y(2027, 12, 31))]
    text = "The depot, estimated at €90 million, will open in 2026, Halden Transit said."
    assert read.windows(text) == [(Y(2026, 1, 1), Y(2026, 12, 31))]
    # An estimate of the time itself is still someone's estimate.
    text = "Consultants estimated Halden Transit's northern line will open by the end of 2027."
    assert read.windows(text) == []
    # "estimated at" before no amount is someone's estimate still.
    text = "Mr Okafor estimated at the briefing that the Halden depot will open in 2026."
    assert read.windows(text) == []
    text = "The depot, estimated at about $90 million, will open in 2026, Halden Transit said."
    assert read.windows(text) == [(Y(2026, 1, 1), Y(2026, 12, 31))]
