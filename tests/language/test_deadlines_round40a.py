"""Deadline phrasings the fortieth round taught the parser (helper a).

Written from the misses of the batch read for the first time this round (`dev-blind79`'s
phrasings) and generalised to their neighbours: each topic lists phrasings that failed
before its rule and, as guards, neighbours it already read. The sentences are invented.
Every phrase is stated on STATED (Monday 4 May 2026) unless its row says otherwise. Rows are
`(phrase, start, end)`; dates are ISO strings and None means "no such bound".
"""

from __future__ import annotations

import datetime as dt

import pytest

from language.deadlines import DeadlineParseError, parse_deadline
from tests.language.deadline_specs import day as _d

STATED = dt.date(2026, 5, 4)


def _check(phrase: str, start: str | None, end: str | None, stated_on: dt.date = STATED) -> None:
    window = parse_deadline(phrase, stated_on=stated_on)
    assert (window.start, window.end) == (_d(start), _d(end)), phrase


# --- A time of day between "no earlier than" and its day keeps the start ------------------


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    [
        # Taught: the hour with its minutes no longer turns the floor into a "by".
        ("no earlier than 9:30 a.m. on June 12, 2026", "2026-06-12", None),
        ("no earlier than 8:45 p.m. on Friday", "2026-05-08", None),
        # Guards: the "by" and the "before" of a time of day are read as before.
        ("not earlier than 10:15 on 3 July 2026", "2026-07-03", None),
        ("au plus tôt à 17h le 30 juin", "2026-06-30", None),
        ("by 5 p.m. on June 12, 2026", None, "2026-06-12"),
        ("before 9:30 a.m. on June 12, 2026", None, "2026-06-12"),
        ("not before 9:30 a.m. on June 12, 2026", "2026-06-12", None),
    ],
)
def test_a_time_of_day_after_no_earlier_than_keeps_the_start(
    phrase: str, start: str | None, end: str | None
) -> None:
    _check(phrase, start, end)


# --- "Before the vote on Friday": a time said to fall on a day is before that day --------


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    [
        # Taught: "before" or "ahead of" a named time, then "on" and its day.
        ("ahead of the council vote on June 16", None, "2026-06-15"),
        ("before the board meeting on 9 July 2026", None, "2026-07-08"),
        ("ahead of the grand opening on Friday", None, "2026-05-07"),
        # Guards: a body one comes before is a place; "by" keeps its own reading.
        ("will come before parliament on June 16", "2026-06-16", "2026-06-16"),
        ("by June 16", None, "2026-06-16"),
        ("ahead of June 16", None, "2026-06-15"),
    ],
)
def test_before_a_time_on_a_day_is_the_day_before(
    phrase: str, start: str | None, end: str | None
) -> None:
    _check(phrase, start, end)


# --- Hosting an event named with its year: the year it is hosted ---------------------------


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    [
        # Taught: the year right after the event's name, and a few words before the event.
        ("pour accueillir le Championnat d'Europe 2028", "2028-01-01", "2028-12-31"),
        (
            "accueillir la finale du Championnat d'Europe de rugby en 2028",
            "2028-01-01",
            "2028-12-31",
        ),
        ("to host the 2028 European Championship", "2028-01-01", "2028-12-31"),
        # Guard: the old reading, with its "en".
        ("pour accueillir la Coupe d'Europe en 2027", "2027-01-01", "2027-12-31"),
    ],
)
def test_hosting_an_event_gives_its_year(phrase: str, start: str | None, end: str | None) -> None:
    _check(phrase, start, end)


@pytest.mark.parametrize(
    "phrase",
    ["avant le Championnat d'Europe 2028", "before the 2028 European Championship"],
)
def test_an_event_named_by_its_year_without_a_host_is_still_refused(phrase: str) -> None:
    with pytest.raises(DeadlineParseError, match="names an event"):
        parse_deadline(phrase, stated_on=STATED)


# --- "Since A and until B": one range from the first to the last --------------------------


@pytest.mark.parametrize(
    ("phrase", "start", "end", "stated_on"),
    [
        # Taught: "and" before the "until" of a range opened by "since", "depuis".
        ("depuis 2024 et jusqu'en 2027", "2024-01-01", "2027-12-31", STATED),
        ("depuis le 2 mars et jusqu'au 30 septembre", "2026-03-02", "2026-09-30", STATED),
        ("since 2025 and until 2028", "2025-01-01", "2028-12-31", STATED),
        # Guards: without "and" it was already one range; "à partir de" as before.
        ("depuis 2024 jusqu'en 2027", "2024-01-01", "2027-12-31", STATED),
        ("à partir du 16 juillet et jusqu'à décembre", "2026-07-16", "2026-12-31", STATED),
        # A period and a later "until" with no "since" stay a deadline by the last.
        ("en 2026 et jusqu'en 2028", None, "2028-12-31", STATED),
    ],
)
def test_since_and_until_is_one_range(
    phrase: str, start: str | None, end: str | None, stated_on: dt.date
) -> None:
    _check(phrase, start, end, stated_on)


# --- "No longer ... after P": it stops then, whatever stands between -----------------------


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    [
        # Taught: a whole clause between "no longer" and its "after".
        (
            "drivers will no longer be allowed to park or idle their vans on the high street "
            "after 31 December 2026",
            None,
            "2026-12-31",
        ),
        # Guards: near, it was read so already; a full stop or an "and" ends its reach.
        ("will no longer be sold after 2027", None, "2027-12-31"),
        ("The old pass is no longer valid. After June", "2026-07-01", None),
        ("the plant will no longer burn coal and will close after 2027", "2028-01-01", None),
    ],
)
def test_no_longer_before_a_far_after_is_a_by(
    phrase: str, start: str | None, end: str | None
) -> None:
    _check(phrase, start, end)


# --- "Until sometime in P" is "until P"; "would end on" is a verb of ending -----------------


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    [
        # Taught: "sometime" between "until" and the period's "in".
        ("until sometime in 2028", None, "2028-12-31"),
        ("the line won't reopen until sometime in 2028", "2028-12-31", None),
        # Taught: "would end" with its day, as "will end" is.
        ("the trial would end on 30 June", None, "2026-06-30"),
        # Guards: read so already.
        ("won't reopen until 2028", "2028-12-31", None),
        ("the trial will end on 30 June", None, "2026-06-30"),
        ("sometime in 2028", "2028-01-01", "2028-12-31"),
    ],
)
def test_until_sometime_and_would_end(phrase: str, start: str | None, end: str | None) -> None:
    _check(phrase, start, end)


# --- "Without doing X in P": what is done without is not done then -----------------------


@pytest.mark.parametrize(
    "phrase",
    [
        "without waiting for the committee's vote in July",
        "the council may adopt the plan without holding a hearing in September",
    ],
)
def test_without_and_a_gerund_denies_the_date(phrase: str) -> None:
    with pytest.raises(DeadlineParseError, match="negated date"):
        parse_deadline(phrase, stated_on=STATED)


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    [
        # Guards: "without" and a noun, a "without" after the date, and "without waiting
        # until", which says sooner, keep their reading.
        ("will open in July without delay", "2026-07-01", "2026-07-31"),
        ("by July, without raising fares", None, "2026-07-31"),
        ("without waiting until July", "2026-07-01", "2026-07-31"),
    ],
)
def test_without_leaves_other_readings_alone(
    phrase: str, start: str | None, end: str | None
) -> None:
    _check(phrase, start, end)


# --- "L'année financière 2025-2026": the noun, the kind of year, then its number ----------


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    [
        # Taught: the years numbered, not the year under way the noun alone reads as.
        ("au cours de l'année financière 2025-2026", "2025-01-01", "2026-12-31"),
        ("pendant l'année budgétaire 2025-2026", "2025-01-01", "2026-12-31"),
        # Guards: read so already, or a part of the year kept.
        ("au cours de l'année 2025-2026", "2025-01-01", "2026-12-31"),
        ("d'ici la fin de l'année financière 2027", None, "2027-12-31"),
        ("during the fiscal year 2027", "2027-01-01", "2027-12-31"),
    ],
)
def test_a_kind_of_year_before_its_number(phrase: str, start: str | None, end: str | None) -> None:
    _check(phrase, start, end, dt.date(2026, 3, 2))
