"""The ledger's one rule for stored text, as Django validators (models, forms and the API all
run them): single-line fields hold no line break or control character; long fields may hold
line breaks and tabs, nothing else of the kind. Text read from outside is normalised first
(`language.text.single_line`, `normalise_text`), so only what a person typed can be refused.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.utils.deconstruct import deconstructible
from django.utils.translation import gettext

from language.text import text_problem


@deconstructible
class TextValidator:
    """Refuse text that would break a page, a feed, a calendar or an e-mail header."""

    def __init__(self, *, multiline: bool) -> None:
        self.multiline = multiline

    def __call__(self, value: object) -> None:
        if not isinstance(value, str):
            return
        problem = text_problem(value, multiline=self.multiline)
        if problem is not None:
            raise ValidationError(
                gettext("This text contains %(problem)s; remove it."),
                code="invalid_text",
                params={"problem": problem},
            )

    def __eq__(self, other: object) -> bool:
        return isinstance(other, TextValidator) and other.multiline == self.multiline

    def __hash__(self) -> int:
        return hash(self.multiline)


single_line = TextValidator(multiline=False)
multiline = TextValidator(multiline=True)
