"""The fiftieth round, third helper (docs/article-import.md, "Round 50"): drafts whose
sentence matches a label but whose statement day or window differs, by cause, across the
readable batches. One behaviour per test; the sentences are invented, in the shape real
articles take, and each test fails without its rule.
"""

from __future__ import annotations

import datetime as dt

from tests.language.article_ledgers import read

Y = dt.date


# --- The deadline: two periods, two clauses ---------------------------------------------------


def test_a_second_period_that_opens_a_clause_of_its_own_is_that_clauses_date():
    # "start in 2026, and in 2033 the first line will open": two dates, not 2026 to 2033.
    text = (
        "Halden Transit will start building the tram depot in 2026, and in 2030 the first "
        "line will open to passengers."
    )
    assert read.windows(text) == [
        (Y(2026, 1, 1), Y(2026, 12, 31)),
        (Y(2030, 1, 1), Y(2030, 12, 31)),
    ]
    # In French, the comma after "et", and a year named again ("de la même année").
    text = (
        "Halden Transit a affirmé que le dépôt sera achevé durant l'été 2025 et, à l'automne "
        "de la même année, la totalité de la ligne devrait être terminée."
    )
    assert read.windows(text, language="fr") == [
        (Y(2025, 6, 1), Y(2025, 8, 31)),
        (Y(2025, 9, 1), Y(2025, 11, 30)),
    ]


def test_two_periods_joined_without_a_clause_of_their_own_stay_one_span():
    # No subject and verb after the second period: the words give one span.
    text = "Halden Transit will run the night buses in 2025, and in 2026, on every line."
    assert read.windows(text) == [(Y(2025, 1, 1), Y(2026, 12, 31))]
    text = "Halden Transit will open new depots in 2025 and 2026."
    assert read.windows(text) == [(Y(2025, 1, 1), Y(2026, 12, 31))]


# --- When it was said: an occasion of speech ------------------------------------------------


def test_presenting_a_document_on_a_day_dates_what_the_speaker_says_as_speaking_does():
    # "Presenting the budget in Parliament on Thursday, July 24, the minister said …" tells
    # the occasion the lead's promise was made on, as "Speaking in Parliament on …" does: the
    # lead's undated promise was said on that Tuesday (11 June), not on the page's Friday.
    text = (
        "Halden Transit has listed twelve depots as priorities, with a target to complete "
        "them by the end of 2028.\n"
        "Presenting the yearly review in Parliament on Tuesday, the transport minister said "
        "the depots were chosen for their progress."
    )
    assert read.dated(text) == [(None, Y(2028, 12, 31), Y(2024, 6, 11))]
    text = (
        "Halden Transit a classé douze dépôts comme prioritaires, avec pour objectif de les "
        "achever d'ici la fin de 2028.\n"
        "Présentant le bilan annuel au Parlement mardi, le ministre des Transports a déclaré "
        "que les dépôts avaient été choisis pour leur avancement."
    )
    assert read.dated(text, language="fr") == [(None, Y(2028, 12, 31), Y(2024, 6, 11))]


# --- The deadline: a negation and a "but" ---------------------------------------------------


def test_a_but_clause_after_a_comma_is_not_denied_by_the_negation_before_it():
    # The negation denies the public funding; the "but" clause promises the three years.
    text = (
        "Halden Transit a souligné que le dépôt ne nécessitera pas de financement public, mais "
        "plutôt des partenaires capables d'achever les travaux au cours des trois prochaines "
        "années."
    )
    assert read.windows(text, language="fr") == [(None, Y(2027, 6, 14))]
    text = (
        "Halden Transit said the depot will not need public money, but rather partners able "
        "to finish the works within the next three years."
    )
    assert read.windows(text) == [(None, Y(2027, 6, 14))]
    # Without a "but", the negation still reaches the date: a floor, no deadline.
    text = "Halden Transit said the depot will not open until 2027."
    assert read.windows(text) == [(Y(2027, 12, 31), None)]


def test_a_year_long_process_names_no_year():
    # "that year-long process" is a compound adjective, not "that year" (the year just named).
    text = (
        "Halden Transit's north depot is scheduled to open in late 2025. Halden Transit will "
        "then start that year-long process of testing the new trams."
    )
    assert read.windows(text) == [(Y(2025, 9, 1), Y(2025, 12, 31))]
    # "that year" itself is still the year named before it.
    text = (
        "Halden Transit's north depot is scheduled to open in late 2025. Halden Transit will "
        "start testing the new trams that year."
    )
    assert read.windows(text) == [
        (Y(2025, 9, 1), Y(2025, 12, 31)),
        (Y(2025, 1, 1), Y(2025, 12, 31)),
    ]


# --- The deadline: two things moved, each to its date -----------------------------------------


def test_two_dates_of_one_move_each_for_its_own_thing_are_both_promises():
    # "reportés à décembre pour …, et à l'année prochaine pour celle …": two routes moved,
    # each to its date, not one route moved once and then again.
    text = (
        "Les premiers trajets de Halden Transit ont été reportés à décembre pour les lignes "
        "du nord, et à l'année prochaine pour celle du sud."
    )
    assert read.windows(text, language="fr") == [
        (Y(2024, 12, 1), Y(2024, 12, 31)),
        (Y(2025, 1, 1), Y(2025, 12, 31)),
    ]
    # One thing moved twice keeps only its last date.
    text = (
        "La ligne de Halden Transit a été reportée à décembre, et maintenant elle n'ouvrira "
        "pas avant l'année prochaine."
    )
    assert read.windows(text, language="fr") == [(Y(2025, 12, 31), None)]
