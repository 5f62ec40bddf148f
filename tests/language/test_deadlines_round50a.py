"""Deadline phrasings the fiftieth round taught the parser (helper a).

Written from the misses of dev-blind96 and dev-blind97, read for the first time, each read as
a construction of English or French and generalised to its neighbours. Each topic lists
phrasings that failed before its rule and, as guards, neighbours the rule must leave alone;
the batches each comes from are named in docs/deadlines.md. The phrasings are invented. Rows
are `(phrase, stated_on, start, end)`; dates are ISO strings and None means "no such bound".
"""

from __future__ import annotations

import datetime as dt

import pytest

from language.deadlines import DeadlineParseError, find_deadlines, parse_deadline
from tests.language.deadline_specs import assert_window_on as _check


def _refused(phrase: str, stated_on: str) -> str:
    """Why the phrase, said on that ISO day, gives no window: the message it is refused with."""
    with pytest.raises(DeadlineParseError) as refusal:
        parse_deadline(phrase, stated_on=dt.date.fromisoformat(stated_on))
    return str(refusal.value)


# --- Strong pasts before a weekday: "made", "took", "met" (rules 6, 11, 17) -------------------


@pytest.mark.parametrize(
    "phrase",
    [
        # Said on Thursday 11 June 2026: the Monday just gone, 8 June.
        "the council made its choice public on Monday",
        "the minister took the decision on Monday",
        "the two mayors met on Monday",
    ],
)
def test_a_strong_past_tells_of_the_weekday_gone_by(phrase: str) -> None:
    assert "already past" in _refused(phrase, "2026-06-11")


@pytest.mark.parametrize(
    "phrase",
    [
        "the decision will be made on Monday",
        "a choice to be made on Monday",
        "the board is expected to meet on Monday",
    ],
)
def test_a_weekday_made_or_met_ahead_is_still_the_coming_one(phrase: str) -> None:
    _check(phrase, "2026-06-11", "2026-06-15", "2026-06-15")


# --- "couple" without its "of" counts two (rule 6) --------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "end"),
    [
        ("in the next couple months", "2026-08-11"),
        ("over the next couple weeks", "2026-06-25"),
    ],
)
def test_couple_without_of_is_two(phrase: str, end: str) -> None:
    _check(phrase, "2026-06-11", None, end)


def test_couple_with_its_of_or_its_a_is_unchanged() -> None:
    _check("in the next couple of months", "2026-06-11", None, "2026-08-11")
    _check("within a couple days", "2026-06-11", None, "2026-06-13")


# --- Noon and midnight after the first day of a range (rule 9) --------------------------------


@pytest.mark.parametrize(
    "phrase",
    [
        "du vendredi 12 juin midi au dimanche 14 juin",
        "du 12 juin minuit au 14 juin 2026",
        "from June 12 noon to June 14",
        "from June 12, 2026 midnight until June 14, 2026",
    ],
)
def test_noon_or_midnight_after_the_first_day_keeps_the_range(phrase: str) -> None:
    _check(phrase, "2026-06-01", "2026-06-12", "2026-06-14")


def test_a_day_with_noon_alone_is_the_day() -> None:
    _check("le 12 juin à midi", "2026-06-01", "2026-06-12", "2026-06-12")


# --- The French imperfect of a verb in "-érer" after the period (rules 6, 17) -----------------


@pytest.mark.parametrize(
    "phrase",
    [
        # Said in October 2026: the April gone by.
        "Fin avril, le maire espérait",
        "En avril, la commune considérait",
        "Mi-avril, les élus toléraient",
        "En avril, les deux sociétés coopéraient",
    ],
)
def test_an_accented_imperfect_after_the_period_tells_of_the_past(phrase: str) -> None:
    assert "already past" in _refused(phrase, "2026-10-07")


@pytest.mark.parametrize(
    "phrase",
    [
        # The conditional, always "-erait", looks ahead; so does the same word unaccented,
        # which could be either.
        "Fin avril, le maire espérerait",
        "Fin avril, le maire esperait",
        # A new sentence: its verb tells of something else.
        "Fin avril. Le maire espérait",
    ],
)
def test_a_conditional_or_an_unaccented_form_keeps_the_coming_april(phrase: str) -> None:
    _check(phrase, "2026-10-07", "2027-04-01", "2027-04-30")


# --- "target completion is" names the deadline (rule 3) -------------------------------------


@pytest.mark.parametrize(
    "phrase",
    [
        "target completion is June 2028",
        "Target opening: June 2028",
    ],
)
def test_a_target_named_with_its_thing_is_a_deadline(phrase: str) -> None:
    _check(phrase, "2026-06-11", None, "2028-06-30")


def test_a_target_thing_in_a_period_stays_the_period() -> None:
    # "remains" already named it, as a deadline's noun before it does.
    _check("our target delivery remains June 2028", "2026-06-11", None, "2028-06-30")
    _check("target completion in June 2028", "2026-06-11", "2028-06-01", "2028-06-30")


# --- "until well after": not before, as "until after" (rule 5) ------------------------------


@pytest.mark.parametrize(
    "phrase",
    [
        "won't reopen until well after 2028",
        "would not open until long after 2028",
        "ne rouvrira pas avant bien après 2028",
    ],
)
def test_a_negation_until_well_after_is_a_floor(phrase: str) -> None:
    _check(phrase, "2026-06-11", "2028-12-31", None)


def test_well_after_without_a_negation_is_after() -> None:
    _check("well after 2028", "2026-06-11", "2029-01-01", None)


# --- A start, then an end with no year of its own: the next one after the start (rule 9) ----


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    [
        ("to start on 2 October 2026 and end in April", "2026-10-02", "2027-04-30"),
        ("will begin in October 2026 and continue through March", "2026-10-01", "2027-03-31"),
        (
            "débuteront le 2 octobre 2026 et se poursuivront jusqu'en avril",
            "2026-10-02",
            "2027-04-30",
        ),
    ],
)
def test_an_end_with_no_year_follows_its_start(phrase: str, start: str, end: str) -> None:
    _check(phrase, "2026-01-01", start, end)


def test_an_end_with_its_own_earlier_year_joins_nothing() -> None:
    _check(
        "will start in October 2026 and end in April 2026", "2026-01-01", "2026-10-01", "2026-10-31"
    )


# --- After a start, "and will <verb> until" gives the end (rule 9) --------------------------


@pytest.mark.parametrize(
    "phrase",
    [
        "will open on May 21, 2027, and will operate seasonally until Sept. 8",
        "opens May 21, 2027 and runs until Sept. 8",
        "ouvrira le 21 mai 2027 et fonctionnera jusqu'au 8 septembre",
    ],
)
def test_what_starts_then_goes_on_until_the_second(phrase: str) -> None:
    _check(phrase, "2026-06-11", "2027-05-21", "2027-09-08")


# --- A span that says how far a date slipped from a plan is no deadline (rule 10) ------------


@pytest.mark.parametrize(
    "phrase",
    [
        "over half a year off its first completion estimate",
        "over two years behind schedule",
        "over six months late",
        "over three weeks ahead of the original timetable",
    ],
)
def test_a_slip_after_a_span_is_refused(phrase: str) -> None:
    assert "slipped" in _refused(phrase, "2026-06-11")


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    [
        ("over the next six months", None, "2026-12-11"),
        # A part of a year after the span is a period of its own, not a slip.
        ("within six months late 2026", "2026-09-01", "2026-12-31"),
    ],
)
def test_a_span_with_no_slip_after_it_is_read(phrase: str, start: str | None, end: str) -> None:
    _check(phrase, "2026-06-11", start, end)


# --- "upcoming" is "coming"; and "the coming" before a named time keeps its qualifier -------


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    [
        ("well after the upcoming holiday season", "2027-01-01", None),
        ("by the coming Christmas", None, "2026-12-25"),
        ("by next Christmas", None, "2026-12-25"),
        ("before the upcoming winter", None, "2026-11-30"),
        ("in the upcoming quarter", "2026-07-01", "2026-09-30"),
        ("by the upcoming September", None, "2026-09-30"),
    ],
)
def test_upcoming_and_coming_name_the_next_one(phrase: str, start: str, end: str) -> None:
    _check(phrase, "2026-06-11", start, end)


@pytest.mark.parametrize("phrase", ["in the upcoming months", "in the upcoming weeks"])
def test_upcoming_plural_units_stay_vague(phrase: str) -> None:
    _refused(phrase, "2026-06-11")


def test_an_upcoming_weekday_is_still_the_coming_one() -> None:
    _check("the upcoming Monday", "2026-06-11", "2026-06-15", "2026-06-15")


# --- A negation, "by", then the deadline's noun before its date: not before (rule 5) --------


@pytest.mark.parametrize(
    "phrase",
    [
        "cannot finish the works by our revised target date of June 30, 2028",
        "won't be ready by the deadline of June 30, 2028",
        "will not open by its completion date of June 30, 2028",
    ],
)
def test_a_negated_by_before_a_named_deadline_is_a_floor(phrase: str) -> None:
    _check(phrase, "2026-06-11", "2028-06-30", None)


def test_a_deadline_named_after_by_without_a_negation_is_a_deadline() -> None:
    _check("will be ready by our target date of June 30, 2028", "2026-06-11", None, "2028-06-30")


def test_a_deadline_said_to_be_missed_without_by_is_still_refused() -> None:
    assert "missed" in _refused("won't make its target opening date of June 2028", "2026-06-11")


# --- "du ... au ... au plus tard": the trailing "at the latest" holds for the range (rule 9) --


@pytest.mark.parametrize(
    "phrase",
    [
        "du lundi 1er juin au vendredi 30 octobre 2026 au plus tard",
        "du 1er juin au 30 octobre 2026 au plus tard",
        # The English form and the months already read so.
        "from 1 June to 30 October 2026 at the latest",
    ],
)
def test_a_range_of_days_at_the_latest_is_a_deadline(phrase: str) -> None:
    _check(phrase, "2026-05-11", None, "2026-10-30")


def test_a_range_of_days_alone_keeps_its_start() -> None:
    _check("du 1er juin au 30 octobre 2026", "2026-05-11", "2026-06-01", "2026-10-30")


# --- Scanning: a late part, a comma, the early part of the next period are one (rule 9) ----


def _found(text: str, stated_on: str) -> list[tuple[str, str | None, str | None]]:
    """What `find_deadlines` finds in the text: each expression's words and window."""
    return [
        (
            f.text,
            f.window.start and f.window.start.isoformat(),
            f.window.end and f.window.end.isoformat(),
        )
        for f in find_deadlines(text, stated_on=dt.date.fromisoformat(stated_on))
    ]


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Le musée rouvrira d'ici « fin novembre, début décembre ».", None, "2026-12-31"),
        ("Le musée rouvrira fin novembre, début décembre.", "2026-11-01", "2026-12-31"),
        (
            "The museum reopens in late 2026, early 2027 after the works.",
            "2026-09-01",
            "2027-04-30",
        ),
    ],
)
def test_a_late_part_a_comma_and_the_next_early_part_are_one_in_a_text(
    text: str, start: str | None, end: str
) -> None:
    [(_, found_start, found_end)] = _found(text, "2026-06-11")
    assert (found_start, found_end) == (start, end)


def test_parts_across_a_comma_that_skip_a_period_stay_two() -> None:
    # Late 2026 and early 2028 do not meet: two statements.
    assert len(_found("Les travaux finiront fin 2026, début 2028 la suite.", "2026-06-11")) == 2


# --- A move's object before its "to" reaches as far as before "from ... to" (rule 10) -------


def test_a_long_object_with_a_name_between_commas_keeps_the_move() -> None:
    phrase = (
        "extended the lease of the old harbour ferry terminal, the Quai Nord building, to November"
    )
    _check(phrase, "2026-06-11", "2026-11-01", "2026-11-30")


def test_to_a_month_with_no_move_before_it_is_no_deadline() -> None:
    _refused("the harbour ferry terminal, the Quai Nord building, to November", "2026-06-11")
