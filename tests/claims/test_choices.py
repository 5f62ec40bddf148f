"""The ledger stores exactly the values the language readers produce."""

from __future__ import annotations

import pytest

from claims import choices
from language import deadlines, kinds


@pytest.mark.parametrize(
    ("stored", "produced"),
    [
        (choices.Precision, deadlines.Precision),
        (choices.Qualifier, deadlines.Qualifier),
        (choices.Category, kinds.Category),
        (choices.EvidenceKind, kinds.EvidenceKind),
    ],
)
def test_every_value_a_reader_produces_is_a_choice_of_the_ledger(stored, produced) -> None:
    assert set(stored.values) == {member.value for member in produced}
