"""Times counted from the day a phrase was said (docs/deadlines.md): the next unit "over" or
"within" which a span runs, a month "back in" the past, a weekday named the day after it, later
or earlier in the month or week, a part of the month under way, and a negated verb before a
span. One behaviour per test; the phrases are invented, in the shape real ones take.
"""

from __future__ import annotations

import datetime as dt

import pytest

from language.deadlines import DeadlineParseError, Qualifier, parse_deadline
from tests.language.deadline_specs import JANUARY_10, STATED
from tests.language.deadline_specs import day as _d
from tests.language.deadline_specs import window_of as _window

# --- "over the next month": one unit counted from the day said -----------------------------------


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
    assert _window(phrase, JANUARY_10) == (None, _d(end), Qualifier.WITHIN.value), phrase


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
    assert _window(phrase, JANUARY_10)[:2] == (_d(start), _d(end)), phrase


# --- "back in" a month or season with no year looks at the one gone by ---------------------------


@pytest.mark.parametrize(
    "phrase",
    [
        "back in February",
        "the tender was launched back in February",
        "way back in March",
        "Back in the spring, the board agreed",
        "a report published back in April",
    ],
)
def test_back_in_a_month_without_a_year_is_the_one_gone_by(phrase) -> None:
    with pytest.raises(DeadlineParseError, match="already past"):
        parse_deadline(phrase, stated_on=STATED)


@pytest.mark.parametrize(
    ("phrase", "start"),
    [
        # "back" completes a verb here, which looks ahead: the coming month stays.
        ("the ferry will be back in February", "2026-02-01"),
        ("the inspectors come back in March", "2026-03-01"),
        ("they hope to bring the route back in January", "2026-01-01"),
    ],
)
def test_back_after_a_verb_it_completes_is_no_look_back(phrase, start) -> None:
    assert _window(phrase)[0] == _d(start), phrase


# --- A weekday named plainly the day after it is the one just gone -------------------------------


THURSDAY = dt.date(2025, 6, 12)


@pytest.mark.parametrize(
    "phrase",
    ["on Wednesday", "Wednesday", "mercredi", "ce mercredi soir", "the board met on Wednesday"],
)
def test_yesterdays_weekday_named_plainly_is_the_day_gone_by(phrase) -> None:
    with pytest.raises(DeadlineParseError, match="already past"):
        parse_deadline(phrase, stated_on=THURSDAY)


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    [
        # A forward word or a verb that looks ahead keeps the coming Wednesday.
        ("by Wednesday", None, "2025-06-18"),
        ("d'ici mercredi", None, "2025-06-18"),
        ("next Wednesday", "2025-06-18", "2025-06-18"),
        ("mercredi prochain", "2025-06-18", "2025-06-18"),
        ("the coming Wednesday", "2025-06-18", "2025-06-18"),
        ("the depot will reopen on Wednesday", "2025-06-18", "2025-06-18"),
        # Other weekdays keep the rule of the next one on or after the day said.
        ("on Tuesday", "2025-06-17", "2025-06-17"),
        ("on Thursday", "2025-06-12", "2025-06-12"),
    ],
)
def test_a_weekday_said_forward_or_further_off_stays_the_coming_one(phrase, start, end) -> None:
    assert _window(phrase, THURSDAY)[:2] == (_d(start), _d(end)), phrase


# --- "later in the month", "earlier in the week": as "later this month", "earlier this week" -----


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    [
        ("the firmware ships later in the month", "2025-06-12", "2025-06-30"),
        ("plus tard dans le mois", "2025-06-12", "2025-06-30"),
        ("later in the week", "2025-06-12", "2025-06-15"),
        ("plus tard dans la semaine", "2025-06-12", "2025-06-15"),
    ],
)
def test_later_in_the_month_or_week_runs_from_the_day_said(phrase, start, end) -> None:
    assert _window(phrase)[:2] == (_d(start), _d(end)), phrase


@pytest.mark.parametrize(
    "phrase", ["earlier in the month", "earlier in the week", "plus tôt dans la semaine"]
)
def test_earlier_in_the_month_or_week_is_already_past(phrase) -> None:
    with pytest.raises(DeadlineParseError, match="already past"):
        parse_deadline(phrase, stated_on=STATED)


# --- A part of the month under way that is over when said is past --------------------------------


LATE_JUNE = dt.date(2025, 6, 26)


@pytest.mark.parametrize(
    "phrase",
    ["mi-juin", "by mid-June", "in early June", "début juin", "early this month", "à la mi-juin"],
)
def test_a_part_of_the_month_under_way_already_over_is_past(phrase) -> None:
    with pytest.raises(DeadlineParseError, match="already past"):
        parse_deadline(phrase, stated_on=LATE_JUNE)


@pytest.mark.parametrize(
    ("phrase", "stated_on", "start", "end"),
    [
        # Read generously: early is the month's first half, mid its middle half (8th-23rd).
        ("in early June", dt.date(2025, 6, 12), "2025-06-01", "2025-06-30"),
        ("mi-juin", dt.date(2025, 6, 23), "2025-06-01", "2025-06-30"),
        # The end of the month is not over before the month is; another month is untouched.
        ("fin juin", LATE_JUNE, "2025-06-01", "2025-06-30"),
        ("late June", LATE_JUNE, "2025-06-01", "2025-06-30"),
        ("mi-juillet", LATE_JUNE, "2025-07-01", "2025-07-31"),
    ],
)
def test_a_part_of_the_month_not_yet_over_is_still_the_whole_month(
    phrase, stated_on, start, end
) -> None:
    assert _window(phrase, stated_on)[:2] == (_d(start), _d(end)), phrase


# --- A negated verb before a span: not before the span's end -------------------------------------


@pytest.mark.parametrize(
    ("phrase", "start"),
    [
        ("the new terminal won't open for another two years", "2027-06-12"),
        ("the tolls will not change for the next three years", "2028-06-12"),
        ("la ligne ne sera pas rénovée avant cinq ans", "2030-06-12"),
        ("the bridge won’t be finished for 18 months", "2026-12-12"),
        ("ne pourra accueillir de public avant six mois", "2025-12-12"),
        ("the branch won't be profitable until two years from now", "2027-06-12"),
        ("not until eighteen months from now", "2026-12-12"),
    ],
)
def test_a_negated_verb_before_a_span_is_not_before_its_end(phrase, start) -> None:
    assert _window(phrase) == (_d(start), None, Qualifier.NOT_BEFORE.value)


@pytest.mark.parametrize(
    "phrase",
    # A past negation with "for" tells how long something lasted, not when it comes.
    ["the line hasn't been upgraded for ten years", "the site did not close for two years"],
)
def test_a_past_negation_before_a_span_is_no_date(phrase) -> None:
    with pytest.raises(DeadlineParseError, match="negation"):
        parse_deadline(phrase, stated_on=STATED)
