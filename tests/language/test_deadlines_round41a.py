"""Deadline phrasings the forty-first round taught the parser (helper a).

Written from the misses of the batches read for the first time this round (`dev-blind80`'s
and `dev-blind82`'s phrasings) and generalised to their neighbours: each topic lists
phrasings that failed before its rule and, as guards, neighbours it already read. The
sentences are invented. Every phrase is stated on STATED (Monday 4 May 2026) unless its row
says otherwise. Rows are `(phrase, start, end)`; dates are ISO strings and None means "no
such bound".
"""

from __future__ import annotations

import datetime as dt

import pytest

from language.deadlines import DeadlineInPastError, DeadlineParseError, parse_deadline
from tests.language.deadline_specs import day as _d

STATED = dt.date(2026, 5, 4)


def _check(phrase: str, start: str | None, end: str | None, stated_on: dt.date = STATED) -> None:
    window = parse_deadline(phrase, stated_on=stated_on)
    assert (window.start, window.end) == (_d(start), _d(end)), phrase


# --- "This November 30": a day of the stated year, not the month ----------------------------


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    [
        # Taught: "this" before a month and its day no longer drops the day.
        ("This September 15", "2026-09-15", "2026-09-15"),
        ("the filing is due this June 1st", "2026-06-01", "2026-06-01"),
        ("by this December 31", None, "2026-12-31"),
        # Guards: the month alone, the day with its year, the weekday form.
        ("this September", "2026-09-01", "2026-09-30"),
        ("this Sept. 15, 2027", "2027-09-15", "2027-09-15"),
        ("September 15 this year", "2026-09-15", "2026-09-15"),
        ("this Friday, May 8", "2026-05-08", "2026-05-08"),
    ],
)
def test_this_before_a_month_and_its_day_names_the_day(
    phrase: str, start: str | None, end: str | None
) -> None:
    _check(phrase, start, end)


def test_this_before_a_day_gone_by_is_the_stated_years_and_refused() -> None:
    # As "this March" said in May is refused, so is "this March 20": not next year's.
    with pytest.raises(DeadlineInPastError):
        parse_deadline("this March 20", stated_on=STATED)


# --- "until 2027 and probably 2028": a hedge after "and" is an alternative ------------------


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    [
        # Taught: the later date offered with "and probably" keeps the "by" of the first.
        ("until 2027 and probably 2028", None, "2028-12-31"),
        ("by the end of 2027 and maybe 2028", None, "2028-12-31"),
        ("by spring 2027 and possibly summer", None, "2027-08-31"),
        ("d'ici 2027 et probablement 2028", None, "2028-12-31"),
        ("jusqu'en 2027, probablement 2028", None, "2028-12-31"),
        # Guards: "or possibly" as before, and "and" alone still joins a range.
        ("until 2027 or possibly 2028", None, "2028-12-31"),
        ("in 2027 and 2028", "2027-01-01", "2028-12-31"),
    ],
)
def test_a_hedged_later_date_after_and_keeps_the_by(
    phrase: str, start: str | None, end: str | None
) -> None:
    _check(phrase, start, end)


# --- "a 30-day period after June 1": a span written as an adjective -------------------------


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    [
        # Taught: "30-day" before "period" or "window" is the span, counted from the day.
        ("a 30-day period after June 1, 2026", None, "2026-07-01"),
        ("a 10-day time period after 15 June 2026", None, "2026-06-25"),
        ("a 60-day window following July 1, 2026", None, "2026-08-30"),
        # Guards: the span in words, and the same span written as a noun.
        ("30 days after June 1, 2026", None, "2026-07-01"),
        ("within a period of 30 days after June 1, 2026", None, "2026-07-01"),
    ],
)
def test_a_span_written_as_an_adjective_before_a_period_is_the_span(
    phrase: str, start: str | None, end: str | None
) -> None:
    _check(phrase, start, end)


@pytest.mark.parametrize("phrase", ["a 30-day limit", "the 30-day rule"])
def test_a_span_as_an_adjective_before_another_noun_is_no_span(phrase: str) -> None:
    with pytest.raises(DeadlineParseError):
        parse_deadline(phrase, stated_on=STATED)


# --- "au minimum, en juin": a floor set before its period -----------------------------------


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    [
        # Taught: "au minimum" set first, with or without its comma, is "not before".
        ("au minimum, à la mi-septembre", "2026-09-30", None),
        ("au minimum, la ligne rouvrira en octobre", "2026-10-31", None),
        # Guards: set after, and the other floors set first, as before.
        ("à la mi-septembre au minimum", "2026-09-30", None),
        ("au plus tôt, en octobre", "2026-10-31", None),
        ("au minimum jusqu'en 2028", "2028-12-31", None),
        # A quantity, not a floor: the year stays the year.
        ("au minimum 40 % des trains en 2028", "2028-01-01", "2028-12-31"),
    ],
)
def test_au_minimum_set_before_its_period_is_a_floor(
    phrase: str, start: str | None, end: str | None
) -> None:
    _check(phrase, start, end)


# --- "last northern spring", "the austral summer": a season with its hemisphere -------------


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    [
        # Taught: "northern" keeps the season and its "next"; "southern" and "austral" name
        # the opposite months (the southern spring is September to November).
        ("next northern autumn", "2026-09-01", "2026-11-30"),
        ("by the southern spring", None, "2026-11-30"),
        ("the austral summer 2026/27", "2026-12-01", "2027-02-28"),
        ("avant l'hiver austral", None, "2026-05-31"),
        ("l'été austral 2026", "2026-12-01", "2027-02-28"),
        # Guards: the season alone, as before.
        ("next autumn", "2026-09-01", "2026-11-30"),
        ("by the spring of 2027", None, "2027-05-31"),
    ],
)
def test_a_season_with_its_hemisphere(phrase: str, start: str | None, end: str | None) -> None:
    _check(phrase, start, end)


def test_last_with_a_hemisphere_is_the_season_gone_by() -> None:
    # Said in May 2026, "last northern winter" ended in February: past, refused.
    with pytest.raises(DeadlineInPastError):
        parse_deadline("last northern winter", stated_on=STATED)


# --- "announced the delay in March": the noun "delay" is no move ----------------------------


@pytest.mark.parametrize(
    "phrase",
    [
        # Taught: after an article or a possessive, "delay" is a noun, and "in" or "on" after
        # it tells when the delay came: a past verb makes that month the one gone by.
        "announced the first delay in April",
        "the operator disclosed its latest delay in April",
        "confirmed a further delay on April 20",
    ],
)
def test_a_past_verb_before_the_noun_delay_tells_of_the_period_gone_by(phrase: str) -> None:
    with pytest.raises(DeadlineInPastError):
        parse_deadline(phrase, stated_on=STATED)


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    [
        # Guards: a delay "to" or "until" a month, and the verb "delayed", name a new date.
        ("announced a delay to April", "2027-04-01", "2027-04-30"),
        ("announced a delay until April", "2027-04-01", "2027-04-30"),
        ("delayed in April", "2027-04-01", "2027-04-30"),
    ],
)
def test_a_delay_to_a_month_still_names_the_coming_one(
    phrase: str, start: str | None, end: str | None
) -> None:
    _check(phrase, start, end)


# --- "postponed the opening of its new wing, the Atrium, from May to June" -----------------


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    [
        # Taught: a name set off by two commas before "from" keeps the move in reach.
        (
            "delayed the opening of its new wing, the Atrium, from May 2027 to June 2027",
            "2027-06-01",
            "2027-06-30",
        ),
        (
            "a reporté l'ouverture de son musée, le Belvédère, de 2027 à 2028",
            "2028-01-01",
            "2028-12-31",
        ),
        # Guards: one comma before "from", and no move at all.
        ("postponed the opening of the wing, from 2027 to 2028", "2028-01-01", "2028-12-31"),
        ("the museum runs from 2027 to 2028", "2027-01-01", "2028-12-31"),
    ],
)
def test_a_name_set_off_by_commas_before_a_moves_from(
    phrase: str, start: str | None, end: str | None
) -> None:
    _check(phrase, start, end)
