"""The fifty-first round's mends of the fiftieth round's importer rules (docs/article-import.md):
an event's clause that ends where its clause ends, "hits" with an object, a level after "be"
whose clause goes on, "that year-end", and one thing moved twice "for the second time" or
"for the works". The sentences are invented; each test fails without its mend. Written on
Friday 14 June 2024, as `read` reads them.
"""

from __future__ import annotations

import datetime as dt

from tests.language.article_ledgers import read

Y = dt.date


# --- Something that happens by itself: only the dates of its own clause --------------------


def test_a_date_after_the_events_clause_is_the_promises_again():
    # A joined verb ("and open"), "then" after a comma, a closing comma: the event's clause
    # has ended, and the depot's date is the promise's.
    text = (
        "Halden Transit will add trams when the tourist season "
        "hits its peak and open the depot in May 2025."
    )
    assert read.windows(text) == [(Y(2025, 5, 1), Y(2025, 5, 31))]
    text = (
        "Halden Transit will grit the roads as the frost sets in, then open the depot in May 2025."
    )
    assert read.windows(text) == [(Y(2025, 5, 1), Y(2025, 5, 31))]
    text = (
        "Corvane Motors will keep hiring for the plant, which hits a first milestone this "
        "autumn, and finish it by April 2026."
    )
    assert read.windows(text) == [(None, Y(2026, 4, 30))]
    # The event's own date right after its verb is still its time, not the promise's.
    text = "Halden Transit will add trams as the tourist season gets underway on 1 July."
    assert read.windows(text) == []


def test_hits_with_an_object_is_the_promised_thing_reaching_a_goal():
    text = "Corvane Motors will build an engine plant that hits full output by 2028."
    assert read.windows(text) == [(None, Y(2028, 12, 31))]
    text = "Corvane Motors will launch an electric van that hits dealers in April 2025."
    assert read.windows(text) == [(Y(2025, 4, 1), Y(2025, 4, 30))]


def test_happens_to_and_the_organisations_own_drive_are_no_outside_event():
    text = "Halden Transit will open the workshop, which happens to be its oldest, in October 2025."
    assert read.windows(text) == [(Y(2025, 10, 1), Y(2025, 10, 31))]
    text = "Halden Transit will train 80 mechanics once its hiring drive gets underway in October."
    assert read.windows(text) == [(Y(2024, 10, 1), Y(2024, 10, 31))]


# --- A reckoned figure after "be" is a level only when its clause ends with it --------------


def test_a_figure_with_a_second_predicate_keeps_that_predicates_date():
    text = "The new bus lane will be about 8 km long and open to traffic in 2026."
    assert read.windows(text) == [(Y(2026, 1, 1), Y(2026, 12, 31))]
    text = (
        "Halden Transit a indiqué que le dépôt sera d'environ "
        "3 hectares et mis en service fin 2026."
    )
    assert read.windows(text, language="fr") == [(Y(2026, 9, 1), Y(2026, 12, 31))]
    text = "Halden Transit a indiqué que les bus seront environ 50 à être livrés d'ici 2026."
    assert read.windows(text, language="fr") == [(None, Y(2026, 12, 31))]


def test_a_reckoned_figure_reached_by_a_date_is_a_target():
    text = "Corvane Motors said its charging network will be about 900 stations by 2027."
    assert read.windows(text) == [(None, Y(2027, 12, 31))]
    text = "Halden Transit said its fleet will be some 300 trams by the end of 2026."
    assert read.windows(text) == [(None, Y(2026, 12, 31))]


def test_a_figure_compared_or_followed_by_a_time_of_its_own_is_no_level():
    text = "Halden Transit said the journey will be about 5 minutes faster from October 2025."
    assert read.windows(text) == [(Y(2025, 10, 1), Y(2025, 10, 31))]
    text = "Corvane Motors said the van will be about $40,000 when it goes on sale in April 2025."
    assert read.windows(text) == [(Y(2025, 4, 1), Y(2025, 4, 30))]


# --- "That year-end" still names the year ----------------------------------------------------


def test_that_year_end_names_the_year_before_it():
    # Only adjectives of length or age ("year-long", "year-old") name no year.
    text = (
        "Halden Transit will open the depot in 2026 and then hold that year-end review of routes."
    )
    assert read.windows(text) == [(Y(2026, 1, 1), Y(2026, 12, 31))]


# --- One thing moved twice -------------------------------------------------------------------


def test_a_time_counted_or_a_cause_after_for_is_no_second_thing():
    text = (
        "The opening of Halden Transit's workshop was delayed to October for the second time, "
        "and to next year for the third."
    )
    assert read.windows(text) == [(Y(2025, 1, 1), Y(2025, 12, 31))]
    text = (
        "L'ouverture de l'atelier de Halden Transit a été reportée à octobre pour les travaux, "
        "puis à mai 2025 pour les essais."
    )
    assert read.windows(text, language="fr") == [(Y(2025, 5, 1), Y(2025, 5, 31))]
    # Two parts of the service, each moved to its date, stay two.
    text = (
        "Halden Transit's workshop was postponed to October for the first bay, and to 2026 "
        "for the second."
    )
    assert read.windows(text) == [
        (Y(2024, 10, 1), Y(2024, 10, 31)),
        (Y(2026, 1, 1), Y(2026, 12, 31)),
    ]


# --- A second period opening a clause whose subject is a pronoun, an indefinite or a name ---


def test_a_second_period_before_a_pronoun_an_indefinite_or_a_name_is_its_clauses_date():
    two = [(Y(2025, 1, 1), Y(2025, 12, 31)), (Y(2028, 1, 1), Y(2028, 12, 31))]
    text = (
        "Halden Transit will start work on the tram line "
        "in 2025, and in 2028 it will carry passengers."
    )
    assert read.windows(text) == two
    text = (
        "Halden Transit will build the north workshop "
        "in 2025, and in 2028 a larger one will follow."
    )
    assert read.windows(text) == two
    text = "Halden Transit lancera le chantier en 2025 et, en 2028, elle ouvrira la ligne."
    assert read.windows(text, language="fr") == two
    text = (
        "Corvane Motors will open its paint shop in 2025, "
        "and in 2028 Halden Transit will open its depot."
    )
    assert read.windows(text) == two


# --- An occasion of speech still to come dates nothing ---------------------------------------


def test_an_occasion_whose_speech_is_still_to_come_dates_no_statement():
    # Written on Friday 14 June 2024: the minister has not yet spoken on the coming Tuesday,
    # so the lead's undated promise is the page's, not the past Tuesday's (11 June).
    lead = (
        "Halden Transit has listed nine workshops as priorities, "
        "with a target to finish them by 2027.\n"
    )
    text = lead + (
        "Presenting the list to the assembly next Tuesday, the transport minister will say the "
        "workshops were chosen for their cost."
    )
    assert read.dated(text) == [(None, Y(2027, 12, 31), Y(2024, 6, 14))]
    text = lead + (
        "Speaking to the assembly on Tuesday, the minister is expected to say the workshops were "
        "chosen for their cost."
    )
    assert read.dated(text) == [(None, Y(2027, 12, 31), Y(2024, 6, 14))]
