"""`language.text`: `fold` gives the same letters whichever path it takes (ASCII text has a
fast path, and what it returns must be what the character-by-character path returns), and
both sentence readers, the article importer's and the news matcher's, share one list of
abbreviations whose full stop ends no sentence."""

from __future__ import annotations

import string

import pytest
from hypothesis import given
from hypothesis import strategies as st

from language.articles.page import split_sentences
from language.matching.reading import _sentences
from language.text import ABBREVIATIONS, TITLE_ABBREVIATIONS, fold


@given(st.text(alphabet=string.printable))
def test_ascii_text_folds_as_it_would_beside_an_accented_letter(text: str) -> None:
    # Adding "é" sends the same text down the character-by-character path.
    assert fold(text) == fold(text + "é")[:-1]
    assert len(fold(text)) == len(text)


def test_a_grave_accent_typed_for_an_apostrophe_is_an_apostrophe() -> None:
    assert fold("D`ici 2026") == "d'ici 2026"


def test_line_breaks_survive_in_french_text_so_layout_rules_can_read_lines() -> None:
    assert fold("Échéancier\n\tfin 2026") == "echeancier\n\tfin 2026"


def test_other_spaces_become_the_plain_space() -> None:
    assert fold("fin\u00a02026\u202fà") == "fin 2026 a"


@pytest.mark.parametrize("title", sorted(TITLE_ABBREVIATIONS))
def test_a_title_before_a_name_ends_no_sentence_for_either_reader(title: str) -> None:
    text = f"Le projet, selon {title.capitalize()}. Martin, ouvrira en 2026."
    assert len(split_sentences(text)) == 1
    assert len(_sentences(text)) == 1


@pytest.mark.parametrize("word", sorted(ABBREVIATIONS - TITLE_ABBREVIATIONS))
def test_an_abbreviation_before_a_number_ends_no_sentence_for_either_reader(word: str) -> None:
    text = f"The plant, listed under {word}. 12 in the plan, opens in 2026."
    assert len(split_sentences(text)) == 1
    assert len(_sentences(text)) == 1


def test_a_full_stop_after_an_ordinary_word_still_ends_the_sentence() -> None:
    text = "The plant opens in 2026. 12 more follow by 2030."
    assert len(split_sentences(text)) == 2
    assert len(_sentences(text)) == 2
