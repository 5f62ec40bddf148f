"""The deadline rules of the fifteenth round (docs/deadlines.md, "Fifteenth round"), from the
misses of the sixteenth batch labelled blind to our conventions, once it had been scored
untuned. One behaviour per test; the phrases are invented, in the shape real ones take.
"""

from __future__ import annotations

import datetime as dt

import pytest

from language.deadlines import DeadlineParseError, Qualifier, parse_deadline

STATED = dt.date(2025, 6, 12)


def _window(phrase: str, stated_on: dt.date = STATED) -> tuple[dt.date | None, dt.date | None, str]:
    window = parse_deadline(phrase, stated_on=stated_on)
    return window.start, window.end, window.qualifier


def _d(iso: str | None) -> dt.date | None:
    return dt.date.fromisoformat(iso) if iso else None


# --- "the financial year" is a fiscal year, read as the calendar's -------------------------


@pytest.mark.parametrize(
    ("phrase", "start", "end", "qualifier"),
    [
        ("the wards should reopen by the end of the financial year", None, "2025-12-31", "by"),
        ("by the end of its financial year", None, "2025-12-31", "by"),
        ("during the next financial year", "2026-01-01", "2026-12-31", "in"),
        ("in financial year 2027", "2027-01-01", "2027-12-31", "in"),
        ("in the third quarter of the financial year", "2025-07-01", "2025-09-30", "in"),
        ("next financial year's first quarter", "2026-01-01", "2026-03-31", "in"),
    ],
)
def test_a_financial_year_is_read_as_a_fiscal_year(phrase, start, end, qualifier) -> None:
    assert _window(phrase) == (_d(start), _d(end), qualifier), phrase


def test_the_financial_year_alone_is_a_noun_as_the_fiscal_year_is() -> None:
    with pytest.raises(DeadlineParseError, match="No deadline found"):
        parse_deadline("the financial year", stated_on=STATED)


# --- "semester" in English is a half of the year, as "semestre" is ------------------------


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    [
        ("the mill should restart in the second semester of 2026", "2026-07-01", "2026-12-31"),
        ("first semester 2026", "2026-01-01", "2026-06-30"),
        ("its 2027 second semester", "2027-07-01", "2027-12-31"),
        ("in the second semester", "2025-07-01", "2025-12-31"),
    ],
)
def test_an_ordinal_semester_is_a_half_of_the_year(phrase, start, end) -> None:
    assert _window(phrase)[:2] == (_d(start), _d(end)), phrase


def test_a_semester_by_its_end_is_a_deadline_on_the_halfs_last_day() -> None:
    assert _window("by the end of the first semester of next year") == (
        None,
        dt.date(2026, 6, 30),
        Qualifier.BY.value,
    )


def test_a_school_semester_named_by_its_season_is_not_a_half() -> None:
    # "the fall semester" is a school term whose dates the phrase does not give.
    with pytest.raises(DeadlineParseError):
        parse_deadline("the fall semester", stated_on=STATED)


# --- "back in" a month or season with no year looks at the one gone by ---------------------


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


# --- A weekday named plainly the day after it is the one just gone ------------------------

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


# --- A fiscal year written across two years covers both, as "l'exercice 2024-25" does -----


@pytest.mark.parametrize(
    "phrase",
    [
        "in FY2026-27",
        "FY 2026/27",
        "FY26-27",
        "for fiscal year 2026-27",
        "during financial year 2026/27",
        "au cours de l'exercice 2026-27",
    ],
)
def test_a_fiscal_year_across_two_years_covers_both(phrase) -> None:
    assert _window(phrase)[:2] == (dt.date(2026, 1, 1), dt.date(2027, 12, 31)), phrase


def test_a_fiscal_year_across_two_years_ends_with_the_second_under_by() -> None:
    assert _window("by the end of fiscal year 2026-27") == (None, dt.date(2027, 12, 31), "by")


# --- "later in the month", "earlier in the week": as "later this month", "earlier this week"


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


# --- The end of a fiscal year followed by "ending" and its day is that day ----------------


@pytest.mark.parametrize(
    ("phrase", "end"),
    [
        ("by the end of the fiscal year ending September 30, 2026", "2026-09-30"),
        ("by the end of the financial year ending 31 March 2026", "2026-03-31"),
        ("by the end of the fiscal year that ends on June 30, 2026", "2026-06-30"),
        ("d'ici la fin de l'exercice qui se termine le 30 juin 2026", "2026-06-30"),
    ],
)
def test_the_end_of_a_fiscal_year_ending_on_a_day_is_that_day(phrase, end) -> None:
    assert _window(phrase) == (None, _d(end), Qualifier.BY.value), phrase


# --- A part of the month under way that is over when said is past ------------------------

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


# ===========================================================================================
# Fifteenth round, second pass: the development files' remaining misses (docs/deadlines.md).
# ===========================================================================================

# --- A day may run into its month, a slip of the keyboard ---------------------------------


@pytest.mark.parametrize(
    ("phrase", "start", "end", "qualifier"),
    [
        ("la fermeture est prévue le 14août", "2025-08-14", "2025-08-14", "on"),
        ("the depot reopens on 3September 2025", "2025-09-03", "2025-09-03", "on"),
        ("les travaux iront du 7juillet au 29 août", "2025-07-07", "2025-08-29", "in"),
        ("avant le 30septembre", None, "2025-09-29", "before"),
    ],
)
def test_a_day_run_into_its_month_is_that_day(phrase, start, end, qualifier) -> None:
    assert _window(phrase) == (_d(start), _d(end), qualifier)


# --- A negated verb before a span: not before the span's end -----------------------------


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


# --- A stretch of a fiscal year that closes on a day, and its years named before the day ---


@pytest.mark.parametrize(
    ("phrase", "start", "end", "qualifier"),
    [
        ("sales in the first half of the fiscal year ending March 31, 2026", "2025-04-01",
         "2025-09-30", "in"),
        ("during the second quarter of the financial year ending 31 January 2026", "2025-05-01",
         "2025-07-31", "in"),
        ("by the end of the first half of the year to June 2026", None, "2025-12-31", "by"),
        ("au second semestre de l'exercice clos le 30 juin 2026", "2026-01-01", "2026-06-30",
         "in"),
        ("l'exercice 2025-2026 clos au 31 mars 2026", "2025-04-01", "2026-03-31", "in"),
        ("in fiscal year 2026 ending September 30, 2026", "2025-10-01", "2026-09-30", "in"),
        ("during fiscal 2026 ended June 30, 2026", "2025-07-01", "2026-06-30", "in"),
        ("the second quarter of FY2026 ending 31 March 2026", "2025-07-01", "2025-09-30", "in"),
    ],
)  # fmt: skip
def test_a_stretch_of_a_fiscal_year_that_closes_on_a_day(phrase, start, end, qualifier) -> None:
    assert _window(phrase) == (_d(start), _d(end), qualifier)


def test_a_stretch_of_a_fiscal_year_closed_before_it_was_said_is_past() -> None:
    with pytest.raises(DeadlineParseError, match="already past"):
        parse_deadline(
            "les ventes du premier semestre de l'exercice 2024-2025 clos le 31 mars 2025",
            stated_on=STATED,
        )


# --- "until between A and B": the qualifier holds for the whole range --------------------


@pytest.mark.parametrize(
    ("phrase", "start", "end", "qualifier"),
    [
        ("the road stays shut until between March and May 2026", None, "2026-05-31", "by"),
        ("d'ici entre 2027 et 2029", None, "2029-12-31", "by"),
        ("the mine won't reopen until between 2027 and 2028", "2028-12-31", None, "not_before"),
        ("won't open until sometime between May and July 2026", "2026-07-31", None,
         "not_before"),
        ("is not expected to ship until between April and June next year", "2026-06-30", None,
         "not_before"),
        # After a move it is the new date, the range itself.
        ("the vote was postponed until between March and May 2026", "2026-03-01", "2026-05-31",
         "in"),
    ],
)  # fmt: skip
def test_until_before_a_range_holds_for_the_whole_range(phrase, start, end, qualifier) -> None:
    assert _window(phrase) == (_d(start), _d(end), qualifier)


# --- An alternative after a short aside: "in May with the beta, or even July" -------------


@pytest.mark.parametrize(
    ("phrase", "start", "end", "qualifier"),
    [
        ("the feature lands in October with version 4.2 or even December", "2025-10-01",
         "2025-12-31", "in"),
        ("livraison en mars avec le premier lot voire en mai 2026", "2026-03-01", "2026-05-31",
         "in"),
        ("by 2028 for the northern line or possibly 2029", None, "2029-12-31", "by"),
    ],
)  # fmt: skip
def test_an_alternative_after_a_short_aside_is_one_window(phrase, start, end, qualifier) -> None:
    assert _window(phrase) == (_d(start), _d(end), qualifier)
