"""The forty-seventh round, the day a promise was stated (docs/labelling.md, "Conventions where
labellers have split", first point; docs/article-import.md, "When it was said"): a speech
named by its day dates what it says, as a press release named by its day does, and so the
speaker's sentences after it in its paragraph; a sentence that only says when and where the
speaker made the remarks just told dates the promise before it. One behaviour per test; the
sentences are invented, in the shape real articles take, and each test fails without its rule.
"""

from __future__ import annotations

import datetime as dt

from tests.language.article_ledgers import read

Y = dt.date

# Read as an article of Friday 14 June 2024: "on Tuesday" is 11 June.
PAGE = Y(2024, 6, 14)
TUESDAY = Y(2024, 6, 11)


def test_a_speech_named_by_its_day_dates_the_promises_it_tells():
    # "lors de son discours … du 10 juin": the day of the speech, as "dans un communiqué
    # publié le 10 juin" is the day of the release.
    text = (
        "Lors de son discours du 10 juin, la présidente de Halden Transit a annoncé que le "
        "dépôt nord ouvrira d'ici la fin de l'année."
    )
    assert read.dated(text, language="fr") == [(None, Y(2024, 12, 31), Y(2024, 6, 10))]


def test_a_speech_may_carry_a_word_saying_which_speech():
    # "annuel", "televised": the speech is still named by its day.
    text = (
        "Lors de son discours annuel du 10 juin, la présidente de Halden Transit a annoncé "
        "que le dépôt nord ouvrira d'ici la fin de l'année."
    )
    assert read.dated(text, language="fr") == [(None, Y(2024, 12, 31), Y(2024, 6, 10))]
    text = (
        "In her televised speech of June 10, the chair of Halden Transit said the north "
        "depot would open by the end of next year."
    )
    assert read.dated(text) == [(None, Y(2025, 12, 31), Y(2024, 6, 10))]


def test_a_speech_named_by_its_day_dates_the_sentences_after_it_in_its_paragraph():
    # The convention's continuation: the same paragraph goes on reporting the speech.
    text = (
        "Lors de son discours du 10 juin, la présidente de Halden Transit a détaillé les "
        "chantiers prévus pour 2025. Le dépôt nord sera achevé avant le 1er décembre 2024, "
        "a-t-elle annoncé."
    )
    assert read.dated(text, language="fr") == [
        (Y(2025, 1, 1), Y(2025, 12, 31), Y(2024, 6, 10)),
        (None, Y(2024, 11, 30), Y(2024, 6, 10)),
    ]


def test_remarks_made_on_a_day_date_the_promise_before_them():
    # A sentence of its own that says when and where the remarks were made, even in the
    # next paragraph (a wire story sets each sentence apart).
    text = (
        "Halden Transit's chair Mara Quist has indicated the north depot will open towards "
        "the end of 2025.\n\n"
        "Quist made the remarks during a public meeting at the Montval library on Tuesday "
        "evening."
    )
    assert read.dated(text) == [(Y(2025, 9, 1), Y(2025, 12, 31), TUESDAY)]


def test_remarks_made_in_french_date_the_promise_before_them():
    text = (
        "Le dépôt nord de Halden Transit ouvrira d'ici la fin de l'année, a indiqué sa "
        "présidente. Elle a tenu ces propos mardi lors d'une visite du chantier."
    )
    assert read.dated(text, language="fr") == [(None, Y(2024, 12, 31), TUESDAY)]


def test_remarks_made_in_a_year_date_nothing():
    # A year is no such day: the promise keeps the article's.
    text = (
        "Halden Transit's chair Mara Quist has indicated the north depot will open towards "
        "the end of 2025. Quist made the remarks at a conference in 2023."
    )
    assert read.dated(text) == [(Y(2025, 9, 1), Y(2025, 12, 31), PAGE)]
