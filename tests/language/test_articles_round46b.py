"""The forty-sixth round, second helper (docs/article-import.md, "Round 46"): the drafts the
importer makes and no label keeps, from the two batches read this round and the batches that
share their shapes. One behaviour per test; the sentences are invented, in the shape real
articles take, and each test fails without its rule.
"""

from __future__ import annotations

import datetime as dt

from language.articles import split_sentences
from tests.language.article_ledgers import read

Y = dt.date


# --- The page ---------------------------------------------------------------------------------


def test_a_run_of_initials_does_not_end_the_sentence():
    # A name written with two or more initials ("K.L. Marsh", "C.J. Owusu") is one name, as
    # one initial ("J. Marsh") already is: the speaker and the day said stay in the sentence.
    text = (
        "The Halden depot will be completed by April 2026, Transport Minister K.L. Marsh said "
        "on Thursday. The second depot will follow in 2027, she added."
    )
    assert [s.text for s in split_sentences(text)] == [
        "The Halden depot will be completed by April 2026, Transport Minister K.L. Marsh said "
        "on Thursday.",
        "The second depot will follow in 2027, she added.",
    ]
    # The day said reaches the promise and the sentence that adds to it.
    assert read.dated(text) == [
        (None, Y(2026, 4, 30), Y(2024, 6, 13)),
        (Y(2027, 1, 1), Y(2027, 12, 31), Y(2024, 6, 13)),
    ]
    # Three initials, and a chief executive's name after the title.
    text = "Halden Transit chief executive J.R.T. Okafor will open the line in 2026. It is new."
    assert len(split_sentences(text)) == 2
    # Lower-case letters are no initials: a time of day still closes its sentence.
    assert len(split_sentences("The line opens at 9 a.m. The depot opens later.")) == 2


def test_an_acronym_still_ends_its_sentence():
    # An acronym after its article or before a sentence's first word is no name's initials:
    # its full stop ends the sentence, as it did before initials were joined.
    text = "The rules apply across the E.U. The Halden line opens in 2027."
    assert len(split_sentences(text)) == 2
    text = "Halden Transit is based in D.C. The line opens in 2027."
    assert len(split_sentences(text)) == 2
    text = "La ligne Halden est financée par l'U.E. Les travaux commencent en 2027."
    assert len(split_sentences(text)) == 2
    text = "The depot is funded across the E.U. Officials expect it to open in 2027."
    assert len(split_sentences(text)) == 2
    # A surname after the initials keeps the name whole.
    text = "Halden Transit chief K.L. Marsh said the line opens in 2027."
    assert len(split_sentences(text)) == 1
