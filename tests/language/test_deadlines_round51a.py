"""Deadline phrasings the fifty-first round taught the parser (helper a).

Written from the misses of dev-blind98 and dev-blind99, read for the first time, each read as
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


def _refused(phrase: str, stated_on: str, precision: str = "day") -> str:
    """Why the phrase, said on that ISO day, gives no window: the message it is refused with."""
    with pytest.raises(DeadlineParseError) as refusal:
        parse_deadline(
            phrase, stated_on=dt.date.fromisoformat(stated_on), stated_precision=precision
        )
    return str(refusal.value)


# --- Begun again: "resumed", "reopened", "restarted" tell of the past (rule 6) ---------------


@pytest.mark.parametrize(
    "phrase",
    ["the ferry service resumed on 12 May", "the library reopened on 12 May", "restarted in May"],
)
def test_a_verb_of_beginning_again_tells_of_the_day_gone_by(phrase: str) -> None:
    # Said on 3 February 2027: the May of 2026, gone by.
    assert "already past" in _refused(phrase, "2027-02-03")


@pytest.mark.parametrize(
    "phrase", ["the ferry service will be resumed on 12 May", "talks are to resume on 12 May"]
)
def test_a_resumption_to_come_keeps_the_coming_day(phrase: str) -> None:
    _check(phrase, "2027-02-03", "2027-05-12", "2027-05-12")


# --- A move's margin written as a range of counts (rule 10) ----------------------------------


@pytest.mark.parametrize(
    "phrase", ["by about three to four weeks at least", "by 2-3 months", "by two or three weeks"]
)
def test_a_margin_of_two_counts_says_how_far_the_date_moved(phrase: str) -> None:
    assert "how far a date moved" in _refused(phrase, "2026-05-04")


def test_a_range_of_counts_from_now_is_still_a_span() -> None:
    _check("by three to four weeks from now", "2026-05-04", None, "2026-06-01")
    _check("within three to four weeks", "2026-05-04", None, "2026-06-01")


# --- A timetable's target date after a dash; a target named by "was" (rule 3) -----------------


@pytest.mark.parametrize(
    "phrase", ["9 October 2027 - New target date for the launch", "9 October 2027 - Target date"]
)
def test_a_timetable_line_naming_its_target_date_is_a_deadline(phrase: str) -> None:
    _check(phrase, "2027-03-01", None, "2027-10-09")


@pytest.mark.parametrize(
    "phrase",
    [
        "The initial target to finish the bridge was October 2027",
        "The target was October 2027",
        "the original goal to open the depot was October 2027",
    ],
)
def test_a_target_named_around_its_date_is_a_deadline(phrase: str) -> None:
    _check(phrase, "2026-01-05", None, "2027-10-31")


def test_a_plan_said_with_was_and_no_target_keeps_its_period() -> None:
    _check(
        "the plan to open the depot was in October 2027", "2026-01-05", "2027-10-01", "2027-10-31"
    )


# --- "au moins jusque": the unelided "jusqu'" of a floor (rule 5) ----------------------------


def test_au_moins_jusque_is_a_floor() -> None:
    # Said on Wednesday 3 March 2027: the coming Friday, 5 March.
    _check("fermé au moins jusque ce vendredi", "2027-03-03", "2027-03-05", None)
    _check("au minimum jusque fin avril", "2027-03-03", "2027-04-30", None)


def test_jusque_alone_is_still_a_by() -> None:
    _check("fermé jusque ce vendredi", "2027-03-03", None, "2027-03-05")


# --- A season's two years written like a year and a month (rule 16) ---------------------------


@pytest.mark.parametrize("phrase", ["in the 2011-12 season", "for the 2011-12 hockey season"])
def test_a_season_across_two_years_is_never_a_month(phrase: str) -> None:
    # "2011-12" alone is December 2011; before "season" it is the two years.
    _check(phrase, "2010-03-01", "2011-01-01", "2012-12-31")


def test_a_year_and_month_before_an_article_and_season_stays_the_month() -> None:
    _check("in 2011-12 the season opens", "2010-03-01", "2011-12-01", "2011-12-31")
    _check("in 2011-12", "2010-03-01", "2011-12-01", "2011-12-31")
    _check("la saison 2011-12", "2010-03-01", "2011-01-01", "2012-12-31")


# --- A double quotation mark inside a word is an apostrophe (rule 19) -------------------------


def test_a_quotation_mark_between_letters_is_an_apostrophe() -> None:
    _check("the tunnel won”t reopen before 2029", "2026-01-05", "2029-12-31", None)
    _check("d”ici 2029", "2026-01-05", None, "2029-12-31")


def test_quotation_marks_around_a_period_are_still_spaces() -> None:
    _check("by “2029”", "2026-01-05", None, "2029-12-31")


# --- More than a span away sets no end (rule 14) ----------------------------------------------


@pytest.mark.parametrize("phrase", ["still more than a decade away", "well over five years away"])
def test_more_than_a_span_away_is_refused(phrase: str) -> None:
    assert "sets no end" in _refused(phrase, "2026-01-05")


def test_a_span_over_which_something_happens_is_still_read() -> None:
    _check("over five years", "2026-01-05", None, "2031-01-05")


# --- An adjective between the article and a quarter named by its month (rule 1) ---------------


def test_an_adjective_before_a_month_quarter_leaves_the_quarter() -> None:
    _check("during the all-important September quarter", "2026-01-05", "2026-07-01", "2026-09-30")


def test_a_month_quarter_still_needs_its_article() -> None:
    assert "No deadline" in _refused("September quarter", "2026-01-05")


# --- A move in the pluperfect: the nearest occurrence (rule 6) --------------------------------


@pytest.mark.parametrize(
    "phrase",
    [
        "had been pushed back to September",
        "had been extended into September",
        "avait été reporté à septembre",
    ],
)
def test_a_move_in_the_pluperfect_is_the_nearest_occurrence(phrase: str) -> None:
    # Said on 20 October 2026: the September just gone, past.
    assert "already past" in _refused(phrase, "2026-10-20")


def test_a_move_in_the_pluperfect_far_from_its_month_keeps_the_coming_one() -> None:
    _check("had been pushed back to September", "2026-04-20", "2026-09-01", "2026-09-30")


def test_a_move_in_the_present_perfect_looks_ahead() -> None:
    _check("has been pushed back to September", "2026-10-20", "2027-09-01", "2027-09-30")


# --- A bare participle of expecting looks ahead (rule 6) --------------------------------------


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    [
        ("une hausse attendue à l'automne", "2027-09-01", "2027-11-30"),
        ("the second phase, expected in the autumn", "2027-09-01", "2027-11-30"),
        ("prévue en novembre", "2027-11-01", "2027-11-30"),
    ],
)
def test_a_bare_participle_of_expecting_is_the_coming_one(
    phrase: str, start: str, end: str
) -> None:
    # Said on 6 January 2027: the autumn and the November of 2026 ended less than two months
    # before, and are still not the ones meant.
    _check(phrase, "2027-01-06", start, end)


@pytest.mark.parametrize(
    "phrase",
    ["was expected in November", "était prévue en novembre", "prévue normalement en novembre"],
)
def test_a_participle_of_expecting_after_a_past_auxiliary_stays_past(phrase: str) -> None:
    assert "already past" in _refused(phrase, "2027-01-06")


# --- A year's four digits glued to a quarter's or a half's code (rule 19) ---------------------


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    [("a 3Q2027 start-up", "2027-07-01", "2027-09-30"), ("in 2H2027", "2027-07-01", "2027-12-31")],
)
def test_a_code_glued_to_its_four_digit_year(phrase: str, start: str, end: str) -> None:
    _check(phrase, "2026-01-05", start, end)


def test_a_code_glued_to_its_year_is_left_to_the_phrase() -> None:
    # In running text the glued form mostly restates a quarter named beside it: not found.
    found = find_deadlines(
        "It should be ready by the end of 3Q2027.", stated_on=dt.date(2026, 1, 5)
    )
    assert found == []


# --- "as soon as" a named time on its day: a floor (rule 5) -----------------------------------


def test_as_soon_as_a_time_on_its_day_is_a_floor() -> None:
    _check("as soon as the board's vote on March 9", "2027-02-01", "2027-03-09", None)
    _check("before the board's vote on March 9", "2027-02-01", None, "2027-03-08")


# --- A year's end written after it (rule 2) ---------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    [("from 2028 end", "2028-09-01", "2028-12-31"), ("2028-end", "2028-09-01", "2028-12-31")],
)
def test_a_year_then_end_is_its_late_part(phrase: str, start: str | None, end: str) -> None:
    _check(phrase, "2026-01-05", start, end)


def test_end_before_a_noun_is_no_part() -> None:
    _check("in 2028 end users", "2026-01-05", "2028-01-01", "2028-12-31")
    _check("by 2028-end", "2026-01-05", None, "2028-12-31")


# --- "à quelques jours de" a time: no count, no date (rule 7) ---------------------------------


@pytest.mark.parametrize(
    "phrase", ["à quelques semaines de Noël", "A plusieurs jours de la rentrée"]
)
def test_a_few_units_off_a_time_is_vague(phrase: str) -> None:
    assert "too vague" in _refused(phrase, "2026-08-03")
