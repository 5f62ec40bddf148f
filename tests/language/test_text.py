"""`language.text.fold` gives the same letters whichever path it takes: ASCII text has a fast
path, and what it returns must be what the character-by-character path returns."""

from __future__ import annotations

import string

from hypothesis import given
from hypothesis import strategies as st

from language.text import fold


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
