"""The deadline rules of the fourteenth round (docs/deadlines.md, "Fourteenth round"), from
the misses of the fourteenth batch labelled blind to our conventions, once it had been scored
untuned. One behaviour per test; the phrases are invented, in the shape real ones take.
"""

from __future__ import annotations

import datetime as dt

import pytest

from language.deadlines import DeadlineParseError, Qualifier, parse_deadline
from tests.language.real_sets import score_deadlines

STATED = dt.date(2026, 1, 10)


def _window(phrase: str, stated_on: dt.date = STATED) -> tuple[dt.date | None, dt.date, str]:
    window = parse_deadline(phrase, stated_on=stated_on)
    return window.start, window.end, window.qualifier


def _d(iso: str | None) -> dt.date | None:
    return dt.date.fromisoformat(iso) if iso else None


# --- "over the next month": one unit counted from the day said -------------------------------


@pytest.mark.parametrize(
    ("phrase", "end"),
    [
        ("the pumps will be replaced over the next month", "2026-02-10"),
        ("Within the next year the depot will move", "2027-01-10"),
        ("over the coming year", "2027-01-10"),
        ("trials run over the next quarter", "2026-04-10"),
        ("within the next week", "2026-01-17"),
    ],
)
def test_over_the_next_unit_is_a_span_from_the_day_said(phrase, end) -> None:
    assert _window(phrase) == (None, _d(end), Qualifier.WITHIN.value), phrase


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    [
        # Without "over" or "within", or without "the", the calendar's next unit stays.
        ("in the next month", "2026-02-01", "2026-02-28"),
        ("next month", "2026-02-01", "2026-02-28"),
        ("over next year", "2027-01-01", "2027-12-31"),
        ("during the next quarter", "2026-04-01", "2026-06-30"),
    ],
)
def test_the_next_unit_without_over_stays_the_calendars(phrase, start, end) -> None:
    assert _window(phrase)[:2] == (_d(start), _d(end)), phrase


# --- The end of a period named as a day: that day, with the period's qualifier -------------


@pytest.mark.parametrize(
    ("phrase", "end", "qualifier"),
    [
        ("by the end of the fiscal year on March 31, 2027", "2027-03-31", "by"),
        ("by the end of the year, December 18", "2026-12-18", "by"),
        ("d'ici la fin de l'exercice, le 30 juin 2026", "2026-06-30", "by"),
        ("d'ici la fin de l'année, soit le 15 décembre", "2026-12-15", "by"),
    ],
)
def test_the_end_of_a_period_named_as_a_day_is_that_day(phrase, end, qualifier) -> None:
    assert _window(phrase) == (None, _d(end), qualifier), phrase


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    [
        # Not the end of the period, or a day outside a calendar period: left as they were.
        ("in 2026 on May 4", "2026-01-01", "2026-12-31"),
        ("by the end of June, before July 4", None, "2026-07-03"),
    ],
)
def test_a_day_after_a_period_that_is_not_its_end_is_not_read_as_it(phrase, start, end) -> None:
    assert _window(phrase)[:2] == (_d(start), _d(end)), phrase


# --- A promiser's own fiscal year ----------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    [
        ("by the end of its fiscal year", None, "2026-12-31"),
        ("by the end of their current fiscal year", None, "2026-12-31"),
        ("in its next fiscal year", "2027-01-01", "2027-12-31"),
        ("d'ici la fin de son exercice", None, "2026-12-31"),
        ("au cours de leur exercice prochain", "2027-01-01", "2027-12-31"),
        ("by the end of its current fiscal year on January 30, 2027", None, "2027-01-30"),
    ],
)
def test_a_promisers_own_fiscal_year_is_the_fiscal_year(phrase, start, end) -> None:
    assert _window(phrase)[:2] == (_d(start), _d(end)), phrase


def test_a_promisers_fiscal_year_alone_is_no_deadline() -> None:
    # As "the fiscal year" alone: a noun, until a qualifier or a part of it dates it.
    with pytest.raises(DeadlineParseError):
        parse_deadline("its fiscal year", stated_on=STATED)


# --- The batch's figure -----------------------------------------------------------------------


def test_the_fourteenth_batch_keeps_its_figure() -> None:
    # Fourteenth round: 0.882 (82/93) untuned; see docs/deadlines.md for the figure after.
    score = score_deadlines("dev-blind14")
    assert score.rate >= 0.89, (f"{score.rate:.3f}", score.misses)
