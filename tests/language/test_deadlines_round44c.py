"""A period the phrase calls the one just past stays past under a verb that looks ahead.

"sera raccordée en mars dernier" is odd French but real text has it (a sentence that joins a
future with a report of what was said last March): "dernier", "last" and "passé" name the
period gone by, so no verb before them makes it the coming one. The sentences are invented.
"""

from __future__ import annotations

import datetime as dt

import pytest

from language.deadlines import DeadlineParseError, find_deadlines, parse_deadline

SAID = dt.date(2024, 10, 5)


@pytest.mark.parametrize(
    "phrase",
    [
        "la centrale sera achevée en mars dernier",
        "the terminals will be installed last March",
        "les bornes seront installées comme prévu en juin passé",
    ],
)
def test_a_period_called_the_last_one_is_past_even_after_a_future_verb(phrase: str) -> None:
    with pytest.raises(DeadlineParseError, match="already past"):
        parse_deadline(phrase, stated_on=SAID)


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    [
        # Without "dernier", the future verb still makes a month gone by the coming one.
        ("la centrale sera achevée en mars", dt.date(2025, 3, 1), dt.date(2025, 3, 31)),
        ("the plant will reopen in June", dt.date(2025, 6, 1), dt.date(2025, 6, 30)),
        # "prochain" is the coming one, as before.
        ("la centrale sera achevée en mars prochain", dt.date(2025, 3, 1), dt.date(2025, 3, 31)),
    ],
)
def test_a_month_gone_by_without_last_is_still_read_ahead_under_a_future_verb(
    phrase: str, start: dt.date, end: dt.date
) -> None:
    window = parse_deadline(phrase, stated_on=SAID)
    assert (window.start, window.end) == (start, end)


def test_in_running_text_the_last_month_is_read_as_the_one_gone_by() -> None:
    # find_deadlines keeps past dates (an article reports them): it is March 2024, not 2025.
    text = (
        "La Montérégie obtiendra près de 40 % des bornes rapides installées en mars dernier, "
        "selon le ministère."
    )
    [found] = find_deadlines(text, stated_on=SAID)
    assert found.window is not None
    assert (found.window.start, found.window.end) == (dt.date(2024, 3, 1), dt.date(2024, 3, 31))
