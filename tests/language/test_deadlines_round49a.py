"""Deadline phrasings the forty-ninth round taught the parser (helper a).

Written from the misses of dev-blind94 and dev-blind95, read for the first time, each read as
a construction of English or French and generalised to its neighbours. Every topic follows
from the grammar and was kept at no readable cost; the batches each comes from are named in
docs/deadlines.md. Each topic lists phrasings that failed before its rule and, as guards,
neighbours the rule must leave alone. The phrasings are invented. Rows are `(phrase,
stated_on, start, end)`; dates are ISO strings and None means "no such bound".
"""

from __future__ import annotations

import datetime as dt

import pytest

from language.deadlines import DeadlineParseError, parse_deadline
from tests.language.deadline_specs import assert_window_on as _check


def _refused(phrase: str, stated_on: str) -> str:
    """Why the phrase, said on that ISO day, gives no window: the message it is refused with."""
    with pytest.raises(DeadlineParseError) as refusal:
        parse_deadline(phrase, stated_on=dt.date.fromisoformat(stated_on))
    return str(refusal.value)


# --- A plan told in the pluperfect: the nearest occurrence, gone by or to come (rule 6) -------


@pytest.mark.parametrize(
    "phrase",
    [
        # Said in July: the June and the March just gone, not next year's.
        "had been due to open in June",
        "had been scheduled to reopen in March",
        "had originally been expected to finish in May",
    ],
)
def test_a_plan_in_the_pluperfect_tells_of_the_month_gone_by(phrase: str) -> None:
    assert "already past" in _refused(phrase, "2025-07-10")


def test_a_plan_in_the_pluperfect_keeps_a_month_still_to_come() -> None:
    # The coming August is nearer than the one gone by: the plan may still hold.
    _check("had been slated to start in early August", "2025-07-10", "2025-08-01", "2025-08-31")
    # With its year, and in the present, nothing changes.
    _check("had been due to open in June 2026", "2025-07-10", "2026-06-01", "2026-06-30")
    _check("is due to open in June", "2025-07-10", "2026-06-01", "2026-06-30")


# --- The passé composé of irregular French participles tells of the past (rules 6, 17) -------


@pytest.mark.parametrize(
    "phrase",
    [
        "a rouvert lundi",  # said on a Wednesday: the Monday just gone
        "la grève a pris fin vendredi",
        "a pris fin le 2 juin",
        "a mis fin le 14 mars",
        "le service a repris lundi",
    ],
)
def test_an_irregular_participle_after_its_auxiliary_is_past(phrase: str) -> None:
    assert "already past" in _refused(phrase, "2025-09-24")


def test_the_same_verbs_in_the_future_look_ahead() -> None:
    _check("prendra fin le 14 mars", "2025-09-24", None, "2026-03-14")
    _check("rouvrira lundi", "2025-09-24", "2025-09-29", "2025-09-29")


# --- After a period and a comma, a subject of up to four words before its past (rule 6) ------


@pytest.mark.parametrize(
    "phrase",
    [
        "On Monday, the regional transport authority voted",
        "In March, the new city council voted",
    ],
)
def test_a_longer_subject_before_its_past_after_the_comma(phrase: str) -> None:
    assert "already past" in _refused(phrase, "2025-09-24")


def test_a_longer_subject_before_a_future_keeps_the_coming_day() -> None:
    _check("On Monday, the city council will vote", "2025-09-24", "2025-09-29", "2025-09-29")


@pytest.mark.parametrize(
    "phrase",
    [
        # A side clause after the comma tells of something else: the coming April.
        "the new dean starts in April, after the dean resigned",
        "the new dean starts in April, when the old dean retired",
        "la ligne ouvre en avril, après que le maire annonçait",
    ],
)
def test_a_side_clause_after_the_comma_leaves_the_period_ahead(phrase: str) -> None:
    _check(phrase, "2026-09-12", "2027-04-01", "2027-04-30")


# --- "Have" and its object before a participle: the thing to be done (rule 6) ----------------


@pytest.mark.parametrize(
    ("phrase", "stated_on", "start", "end"),
    [
        # Said two days before: October 3 to come, not the one a year gone.
        ("with the aim of having the new line finished by October 3", "2025-09-24", None,
         "2025-10-03"),
        ("hopes to have it completed in November", "2025-09-24", "2025-11-01", "2025-11-30"),
    ],
)  # fmt: skip
def test_a_participle_after_have_and_its_object_looks_ahead(
    phrase: str, stated_on: str, start: str | None, end: str | None
) -> None:
    _check(phrase, stated_on, start, end)


@pytest.mark.parametrize(
    "phrase", ["having completed the tests in August", "had the roof finished in August"]
)
def test_a_perfect_participle_or_a_past_causative_stays_past(phrase: str) -> None:
    assert "already past" in _refused(phrase, "2025-09-24")


# --- A period's own deadline, with its possessive, is a "by" (rule 3) ------------------------


@pytest.mark.parametrize(
    ("phrase", "stated_on", "start", "end"),
    [
        ("next year's deadline", "2025-09-24", None, "2026-12-31"),
        ("next year’s deadline", "2025-09-24", None, "2026-12-31"),
        ("next month's filing deadline", "2025-09-24", None, "2025-10-31"),
        # As the deadline without the possessive already was.
        ("the 2027 deadline", "2025-09-24", None, "2027-12-31"),
    ],
)
def test_a_periods_deadline_with_its_possessive(
    phrase: str, stated_on: str, start: str | None, end: str | None
) -> None:
    _check(phrase, stated_on, start, end)


# --- A hedge before "at the earliest" keeps the floor (rule 5) -------------------------------


@pytest.mark.parametrize(
    ("phrase", "stated_on", "start", "end"),
    [
        ("a delay until Labor Day, perhaps at the earliest", "2025-06-02", "2025-09-01", None),
        ("a launch in June, possibly at the earliest", "2025-09-24", "2026-06-30", None),
    ],
)
def test_a_hedge_before_at_the_earliest(
    phrase: str, stated_on: str, start: str | None, end: str | None
) -> None:
    _check(phrase, stated_on, start, end)


def test_a_hedge_alone_after_a_period_is_no_floor() -> None:
    _check("in June, perhaps", "2025-09-24", "2026-06-01", "2026-06-30")


# --- "For at least" a span after a move says how far the date moved (rule 10) ----------------


@pytest.mark.parametrize(
    "phrase", ["pushed back for at least six months", "delayed for at least a year"]
)
def test_for_at_least_after_a_move_is_its_size(phrase: str) -> None:
    assert "how far the date moved" in _refused(phrase, "2025-09-24")


@pytest.mark.parametrize(
    ("phrase", "start"),
    [
        # Waiting, or a negated verb, still sets a floor: not before the span's end.
        ("will have to wait for at least two years", "2027-09-24"),
        ("won’t reopen for at least a year", "2026-09-24"),
        ("for at least another two years", "2027-09-24"),
    ],
)
def test_for_at_least_without_a_move_is_a_floor(phrase: str, start: str) -> None:
    _check(phrase, "2025-09-24", start, None)


# --- A span after a possessive's "first" measures back (rule 14) -----------------------------


@pytest.mark.parametrize(
    "phrase", ["its first new plant in 20 years", "their first direct flight in a decade"]
)
def test_a_span_after_its_first_measures_back(phrase: str) -> None:
    assert "measures back" in _refused(phrase, "2025-09-24")


@pytest.mark.parametrize(
    "phrase",
    [
        # A verb to come before it: the first one is promised within the span.
        "will open its first store in two years",
        "will build the largest plant in two years",
        # "The first" alone may be a first step to come.
        "the first phase in two years",
    ],
)
def test_a_first_under_a_verb_to_come_is_a_span_ahead(phrase: str) -> None:
    _check(phrase, "2025-09-24", None, "2027-09-24")


# --- A word of assurance inside a bracket giving the year (rule 21) --------------------------


@pytest.mark.parametrize(
    "phrase",
    ["le 12 novembre (2026 bien sûr)", "on 12 November (2026, of course)", "on 12 November (2026)"],
)
def test_a_bracketed_year_with_a_word_of_assurance(phrase: str) -> None:
    _check(phrase, "2025-09-24", "2026-11-12", "2026-11-12")


# --- An extension from one date to another names the new date (rule 10) ----------------------


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    [
        ("extended the completion date from March 2026 to October 2026", "2026-10-01",
         "2026-10-31"),
        ("extend the target date from June to December 2026", "2026-12-01", "2026-12-31"),
    ],
)  # fmt: skip
def test_a_deadline_extended_from_one_date_to_another(phrase: str, start: str, end: str) -> None:
    _check(phrase, "2025-09-24", start, end)


@pytest.mark.parametrize(
    "phrase",
    [
        "extended the completion date to October 2026",
        "extended until October 2026",
        # A deadline moved from one date to another is still a deadline.
        "extend the deadline from June to October 2026",
        "la date limite est repoussée de juin à octobre 2026",
    ],
)
def test_a_deadline_extended_to_a_date_still_ends_then(phrase: str) -> None:
    _check(phrase, "2025-09-24", None, "2026-10-31")


# --- After a period and a comma, a French subject and its imperfect tell of the past (rule 6) -


@pytest.mark.parametrize(
    "phrase",
    [
        "En février, la Banque centrale (BCE) annonçait",
        "En mars, la ministre présentait",
        "En mars, les riverains s'inquiétaient",
    ],
)
def test_a_french_imperfect_after_the_comma_tells_of_the_month_gone_by(phrase: str) -> None:
    assert "already past" in _refused(phrase, "2025-07-10")


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    [
        # A conditional in "-rait" looks ahead, and a noun in "-ait" is no verb.
        ("à la rentrée, la nouvelle ligne pourrait ouvrir", "2025-09-01", "2025-09-30"),
        ("En mars, le retrait des troupes", "2026-03-01", "2026-03-31"),
    ],
)
def test_a_conditional_or_a_noun_after_the_comma_keeps_the_coming_period(
    phrase: str, start: str, end: str
) -> None:
    _check(phrase, "2025-07-10", start, end)


# --- A move's object, then "on" a day: when the move was made (rules 6, 10) ------------------


@pytest.mark.parametrize(
    "phrase",
    [
        # Said on a Wednesday: the Monday just gone, the day the vote was put off.
        "the council postponed the vote on Monday",
        "moved the first cargo on 20 September",
    ],
)
def test_a_move_and_its_object_before_on_a_day_tells_when_it_was_made(phrase: str) -> None:
    assert "already past" in _refused(phrase, "2025-09-24")


@pytest.mark.parametrize(
    "phrase",
    [
        "postponed the vote to Monday",
        "postponed the vote until Monday",
        "rescheduled the launch for Monday",
        "will postpone the vote on Monday",
    ],
)
def test_a_moves_new_day_or_a_move_to_come_is_the_coming_day(phrase: str) -> None:
    _check(phrase, "2025-09-24", "2025-09-29", "2025-09-29")


# --- A hemisphere named with its noun, or in brackets, before a season (rule 2) --------------


@pytest.mark.parametrize(
    ("phrase", "stated_on", "start", "end"),
    [
        # The southern winter runs June to August.
        ("by the (Southern Hemisphere) winter of 2027", "2025-09-24", None, "2027-08-31"),
        ("by the southern hemisphere winter of 2027", "2025-09-24", None, "2027-08-31"),
        # Its summer starts in December, as "the austral summer of 2026" does.
        ("in the Southern Hemisphere summer of 2026", "2025-09-24", "2026-12-01", "2027-02-28"),
        # The northern one named so is the season as always.
        ("in the Northern Hemisphere spring of 2026", "2025-09-24", "2026-03-01", "2026-05-31"),
        ("by the austral winter of 2027", "2025-09-24", None, "2027-08-31"),
    ],
)
def test_a_hemisphere_with_its_noun_or_in_brackets(
    phrase: str, stated_on: str, start: str | None, end: str | None
) -> None:
    _check(phrase, stated_on, start, end)
