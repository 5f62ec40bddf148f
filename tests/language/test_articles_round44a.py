"""The forty-fourth round, a pass over the labels no draft found and the drafts whose quote is
right but whose day is not (docs/article-import.md, "When it was said"): rules written from
misses of at least three batches. One behaviour per test; the sentences are invented, in the
shape real articles take, and each test fails without its rule.
"""

from __future__ import annotations

import datetime as dt

from tests.language.article_ledgers import read

Y = dt.date

# Read as an article of Friday 14 June 2024: "on Tuesday" is 11 June.
TUESDAY = Y(2024, 6, 11)


# --- When it was said ------------------------------------------------------------------------


def test_a_statement_closing_its_paragraph_dates_the_next_paragraphs_opening_promise():
    # A wire story sets each sentence apart: the paragraph after a sentence that closes on
    # who said it and when goes on with that statement.
    text = (
        "Halden Transit plans to open its north depot in the second half of 2025.\n\n"
        "The first phase of the depot was completed in May, Halden Transit said in a statement "
        "on Tuesday.\n\n"
        "The second phase is expected to be completed by the end of this year."
    )
    assert read.dated(text)[-1] == (None, Y(2024, 12, 31), TUESDAY)
    # The quoted statement closed by its source and its day likewise.
    text = (
        "Halden Transit aims to open its north depot in the first half of 2025.\n\n"
        "“For buses, Halden Transit will focus on electric models,” a statement released "
        "Tuesday said.\n\n"
        "Deliveries are slated to start in the spring of 2025."
    )
    assert read.dated(text)[-1] == (Y(2025, 3, 1), Y(2025, 5, 31), TUESDAY)


def test_a_statement_that_opens_on_its_speaker_dates_only_its_own_paragraph():
    # "X announced on Tuesday that it has set aside …": the words after the verb are the news,
    # and the next paragraph is the writer's (said on the article's day).
    text = (
        "Halden Transit is rebuilding its north depot.\n\n"
        "Halden Transit announced on Tuesday that it has set aside 40 million euros for the "
        "depot.\n\n"
        "The works will start on July 1."
    )
    assert read.dated(text)[-1] == (Y(2024, 7, 1), Y(2024, 7, 1), Y(2024, 6, 14))
    # Nor does a statement reach further than the paragraph right after it.
    text = (
        "Halden Transit plans to open its north depot in the second half of 2025.\n\n"
        "The first phase of the depot was completed in May, Halden Transit said in a statement "
        "on Tuesday.\n\n"
        "The depot has twelve bays.\n\n"
        "The second phase is expected to be completed by the end of this year."
    )
    assert read.dated(text)[-1] == (None, Y(2024, 12, 31), Y(2024, 6, 14))


def test_an_old_statement_that_promised_nothing_does_not_date_the_writers_next_sentence():
    # Below the lead, a statement months old, then the writer's own sentence in its
    # paragraph: the promise is told as it stands on the article's day.
    text = (
        "Halden Transit runs 400 buses.\n\n"
        "Halden Transit announced last year that it would spend 40 million euros to upgrade "
        "some depots to electric charging. The upgrade is planned to be completed by 2025."
    )
    assert read.dated(text)[-1] == (None, Y(2025, 12, 31), Y(2024, 6, 14))
    text = (
        "The region is also pushing forward.\n\n"
        "In September 2023 it was reported that Halden Transit agreed to develop a depot in "
        "Montval. The Montval depot will open in Q4 2025 and is expected to hold 90 buses."
    )
    assert read.dated(text)[-1] == (Y(2025, 10, 1), Y(2025, 12, 31), Y(2024, 6, 14))


def test_an_old_statement_still_dates_a_sentence_that_refers_back_to_its_time():
    # A sentence that refers back to the statement's time ("at the time", "à l'époque") goes
    # on with it, as one that quotes or cites a source does.
    text = (
        "Halden Transit is nearing completion of its north depot.\n\n"
        "In February, Halden Transit announced plans for a new network. At the time the "
        "company didn't reveal details beyond the fact that it plans to open three depots "
        "in the second half of 2025."
    )
    assert read.dated(text)[-1] == (Y(2025, 7, 1), Y(2025, 12, 31), Y(2024, 2, 1))
    # A statement of the article's news dates the writer's sentence after it as before.
    text = (
        "Halden Transit is nearing completion of its north depot.\n\n"
        "On Tuesday, Halden Transit announced plans for a new network. The north depot will "
        "open in the second half of 2025."
    )
    assert read.dated(text)[-1] == (Y(2025, 7, 1), Y(2025, 12, 31), TUESDAY)
