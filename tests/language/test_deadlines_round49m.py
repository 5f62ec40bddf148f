"""Deadline phrasings the forty-ninth round's review found misread (mender p).

The reviewer of helper a's rules found them reaching past the constructions they were written
for: a move made "on" a day in any tense, a pluperfect plan anywhere in the phrase, a modal
taken for a subject, "its first" before a verb, "for at least" after a participle, French
presents in "-aît" and "-fait", imperfects of "-rer" verbs, and a side clause's past after the
period. Each topic lists phrasings that failed before its mend and, as guards, neighbours the
rule was written for, which keep their reading. The phrasings are invented. Rows are
`(phrase, stated_on, start, end)`; dates are ISO strings and None means "no such bound".
"""

from __future__ import annotations

import datetime as dt

import pytest

from language.deadlines import DeadlineParseError, parse_deadline
from tests.language.deadline_specs import assert_window_on as _check
from tests.language.deadline_specs import found_on


def _refused(phrase: str, stated_on: str) -> str:
    """Why the phrase, said on that ISO day, gives no window: the message it is refused with."""
    with pytest.raises(DeadlineParseError) as refusal:
        parse_deadline(phrase, stated_on=dt.date.fromisoformat(stated_on))
    return str(refusal.value)


# --- Only a move in the past tense was made "on" the day (rules 6, 17) ----------------------


@pytest.mark.parametrize(
    "phrase",
    [
        "The agency moves its archive on 2 March",
        "the school agreed to move its pupils on 2 March",
        "the bank is moving its trading floor on 2 March",
    ],
)
def test_a_move_still_to_make_on_a_day_is_the_coming_day(phrase: str) -> None:
    _check(phrase, "2025-04-10", "2026-03-02", "2026-03-02")


def test_a_move_still_to_make_on_a_day_is_found_in_running_text() -> None:
    found = found_on(
        "The bank gave no reason. It is moving its trading floor on 2 March.", "2025-04-10"
    )
    assert [(start, end) for _, start, end in found] == [(dt.date(2026, 3, 2), dt.date(2026, 3, 2))]


def test_a_move_made_on_a_day_still_tells_of_the_past() -> None:
    assert "already past" in _refused("The council moved its offices on 2 March", "2025-04-10")


# --- A plan in the pluperfect counts only in the period's own clause, with its "to" ----------


@pytest.mark.parametrize(
    "phrase",
    [
        "Investors had expected higher fees, but the bridge will reopen in May",
        "the council had promised lower rents and the hall will open in May",
        "the hall, which had been expected to cost less, will open in May",
    ],
)
def test_a_pluperfect_in_another_clause_leaves_the_coming_month(phrase: str) -> None:
    _check(phrase, "2025-06-10", "2026-05-01", "2026-05-31")


@pytest.mark.parametrize(
    "phrase", ["had hoped to reopen the hall in May", "had been set to open in May"]
)
def test_a_pluperfect_plan_still_tells_of_the_month_gone_by(phrase: str) -> None:
    assert "already past" in _refused(phrase, "2025-06-10")


# --- No auxiliary is a subject's word before a past after a comma (rule 17) -----------------


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    [
        # Said on Wednesday 24 September 2025.
        ("On Friday, the plan will be presented", "2025-09-26", "2025-09-26"),
        ("In May, the depot should be completed", "2026-05-01", "2026-05-31"),
        ("On Friday, the board could be disbanded", "2025-09-26", "2025-09-26"),
    ],
)
def test_a_future_passive_after_a_comma_is_still_to_come(phrase: str, start: str, end: str) -> None:
    _check(phrase, "2025-09-24", start, end)


def test_a_subject_and_its_past_after_a_comma_still_tell_of_the_past() -> None:
    assert "already past" in _refused("On Monday, the regional council approved", "2025-09-24")


# --- "Its first" promised for a span, not counted back from it (rule 10) -------------------


@pytest.mark.parametrize(
    "phrase",
    [
        "their first flats are due in three years",
        "The airline expects its first profit in three years",
        "its first branch opens in three years",
    ],
)
def test_its_first_thing_promised_is_a_span_ahead(phrase: str) -> None:
    _check(phrase, "2025-09-24", None, "2028-09-24")


def test_its_first_thing_in_so_long_still_measures_back() -> None:
    assert "superlative" in _refused("posted its first profit in three years", "2025-09-24")


# --- "For at least" gives a move's size only right after its verb (rule 10) ----------------


@pytest.mark.parametrize(
    ("phrase", "start"),
    [
        ("the long-postponed museum will not open for at least three years", "2028-09-24"),
        ("a delayed hearing will not resume for at least six months", "2026-03-24"),
        ("the route was moved and will stay shut for at least three years", "2028-09-24"),
    ],
)
def test_for_at_least_after_a_participle_is_a_floor(phrase: str, start: str) -> None:
    _check(phrase, "2025-09-24", start, None)


def test_for_at_least_right_after_a_move_is_still_its_size() -> None:
    assert "how far the date moved" in _refused("postponed for at least three years", "2025-09-24")


# --- The French imperfect after a comma: not a present, and "-rer" verbs too (rule 17) ------


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    [
        # Presents and nouns in "-ait", said in July 2025: the coming March and April.
        ("En mars, le marché couvert renaît", "2026-03-01", "2026-03-31"),
        ("En avril, l'usine refait sa toiture", "2026-04-01", "2026-04-30"),
        ("En mars, la mairie reconnaît son erreur", "2026-03-01", "2026-03-31"),
        # Conditionals stay ahead.
        ("En mars, le chantier pourrait reprendre", "2026-03-01", "2026-03-31"),
        ("En mars, le site serait fermé", "2026-03-01", "2026-03-31"),
        ("En mars, le maire aurait tranché", "2026-03-01", "2026-03-31"),
    ],
)
def test_a_french_present_or_conditional_after_a_comma_is_ahead(
    phrase: str, start: str, end: str
) -> None:
    _check(phrase, "2025-07-10", start, end)


@pytest.mark.parametrize(
    "phrase",
    [
        "En mars, le maire ignorait",
        "En mars, la direction assurait",
        "En mars, le préfet déclarait",
    ],
)
def test_the_imperfect_of_a_rer_verb_tells_of_the_past(phrase: str) -> None:
    assert "already past" in _refused(phrase, "2025-07-10")


# --- A past in a side clause after the period tells of something else (rule 17) -------------


@pytest.mark.parametrize(
    "phrase",
    [
        "the clinic opens in April, once the council approved",
        "the clinic opens in April, if the council approved",
    ],
)
def test_a_side_clause_past_after_the_period_leaves_it_ahead(phrase: str) -> None:
    _check(phrase, "2026-09-12", "2027-04-01", "2027-04-30")


def test_a_side_clause_after_an_opening_period_still_tells_of_the_past() -> None:
    assert "already past" in _refused(
        "In April, once the council approved the budget", "2026-09-12"
    )


# --- Smaller: "to have" done, a hemisphere's possessive, a move made "a second time" --------


def test_a_move_expected_to_have_been_made_on_a_day_is_ahead() -> None:
    _check(
        "is expected to have moved the staff on Friday", "2025-09-24", "2025-09-26", "2025-09-26"
    )


def test_a_move_said_to_have_been_made_on_a_day_is_past() -> None:
    assert "already past" in _refused("is said to have moved the staff on Monday", "2025-09-24")


def test_the_southern_hemispheres_winter_is_june_to_august() -> None:
    _check("by the southern hemisphere's winter of 2027", "2025-09-24", None, "2027-08-31")


def test_a_move_made_a_second_time_on_a_day_tells_of_the_past() -> None:
    assert "already past" in _refused("deferred the vote a second time on 3 March", "2025-04-10")
