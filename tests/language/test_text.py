"""`language.text.fold` gives the same letters whichever path it takes: ASCII text has a fast
path, and what it returns must be what the character-by-character path returns.

Line breaks and tabs are left out: the fast path keeps them, the other makes them spaces, and
the article importer's layout rules read the line breaks it is given (a known difference,
not settled here)."""

from __future__ import annotations

import string

from hypothesis import given
from hypothesis import strategies as st

from language.text import fold


@given(st.text(alphabet=string.ascii_letters + string.digits + string.punctuation + " "))
def test_ascii_text_folds_as_it_would_beside_an_accented_letter(text: str) -> None:
    # Adding "é" sends the same text down the character-by-character path.
    assert fold(text) == fold(text + "é")[:-1]
    assert len(fold(text)) == len(text)


def test_a_grave_accent_typed_for_an_apostrophe_is_an_apostrophe() -> None:
    assert fold("D`ici 2026") == "d'ici 2026"
