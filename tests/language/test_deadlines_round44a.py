"""Deadline phrasings the forty-fourth round taught the parser (helper a).

Written from misses of the window a phrase names that recur across batches, each read as a
construction of English or French and generalised to its neighbours: each topic lists
phrasings that failed before its rule and, as guards, neighbours the rule must leave alone.
The phrasings are invented. Rows are `(phrase, stated_on, start, end)`; dates are ISO strings
and None means "no such bound".
"""

from __future__ import annotations

import datetime as dt

import pytest

from language.deadlines import DeadlineParseError, find_deadlines, parse_deadline
from tests.language.deadline_specs import assert_window_on

# --- A month named after a common noun by "of" or "de" is that month -------------------------


@pytest.mark.parametrize(
    ("phrase", "stated_on", "start", "end"),
    [
        # The thing a noun names is dated by the month after it, as "a June launch" is by the
        # month before it: the coming month, or the one just gone by (rule 6).
        ("the revised shipping estimate of November", "2026-05-04", "2026-11-01", "2026-11-30"),
        ("the board's final review of September", "2026-05-04", "2026-09-01", "2026-09-30"),
        ("its planned software update of July", "2026-05-04", "2026-07-01", "2026-07-31"),
        ("la vendange de septembre", "2026-05-04", "2026-09-01", "2026-09-30"),
        ("le prochain comité de pilotage de juin", "2026-05-04", "2026-06-01", "2026-06-30"),
        ("la mise à jour logicielle d'octobre", "2026-05-04", "2026-10-01", "2026-10-31"),
        ("la mise à jour logicielle d’août", "2026-05-04", "2026-08-01", "2026-08-31"),
        ("l’inauguration de juin", "2026-05-04", "2026-06-01", "2026-06-30"),
        ("the theory of June", "2026-05-04", "2026-06-01", "2026-06-30"),
        ("son conseil d'administration de décembre", "2026-05-04", "2026-12-01", "2026-12-31"),
        # Said in November, a yearless month is the coming one once more than two months gone.
        ("la récolte de juin", "2026-11-20", "2027-06-01", "2027-06-30"),
        # Guards: periods the grammar read already keep their reading.
        ("the end of October", "2026-05-04", "2026-10-01", "2026-10-31"),
        ("the month of October", "2026-05-04", "2026-10-01", "2026-10-31"),
        ("de juin à septembre", "2026-05-04", "2026-06-01", "2026-09-30"),
        ("la première quinzaine de juillet", "2026-05-04", "2026-07-01", "2026-07-15"),
        # An ordinal before "of" is a day the grammar reads.
        ("the fourth of June", "2026-05-04", "2026-06-04", "2026-06-04"),
    ],
)
def test_a_month_after_a_noun_dates_it(
    phrase: str, stated_on: str, start: str | None, end: str | None
) -> None:
    assert_window_on(phrase, stated_on, start, end)


def test_a_month_after_a_noun_gone_by_is_past() -> None:
    # The month just gone by (at most two months back) is that one, as "in April" is: past.
    with pytest.raises(DeadlineParseError, match="past"):
        parse_deadline("le lancement d'avril", stated_on=dt.date(2026, 5, 4))


@pytest.mark.parametrize(
    "phrase",
    [
        # A name is an event's, dated by its month (rule 16), not a common noun.
        "après la WWDC de juin",
        "the Ides of March",
        "the Festival of June",
        # "Mars" with its capital after "de" or "of" is the planet.
        "la mission de Mars",
        "the exploration of Mars",
        # A number before "of" is no noun phrase with an article: nothing to date.
        "57 of June",
    ],
)
def test_a_month_after_a_name_is_not_read(phrase: str) -> None:
    with pytest.raises(DeadlineParseError):
        parse_deadline(phrase, stated_on=dt.date(2026, 5, 4))


@pytest.mark.parametrize(
    "phrase",
    [
        # Guards: a word that merely begins like an article has none ("le" + "aders").
        "leaders of June",
        "theory of June",
        # An ordinal names a day of the month, and "the rest" what is left of it: neither
        # dates a thing by the whole month.
        "le premier de juin",
        "la deuxième de juin",
        "the rest of October",
        "the remainder of October",
        "le reste de juin",
    ],
)
def test_a_month_after_a_part_of_it_or_no_article_is_not_read(phrase: str) -> None:
    with pytest.raises(DeadlineParseError):
        parse_deadline(phrase, stated_on=dt.date(2026, 5, 4))


def test_a_month_after_a_noun_stays_unread_in_running_text() -> None:
    # In an article "the results of June" is too often a report: only a deadline phrase reads it.
    found = find_deadlines(
        "Analysts discussed the results of June at length.", stated_on=dt.date(2026, 5, 4)
    )
    assert found == []


# --- An early or middle part of "the year", gone by, said in its last two months -----------


@pytest.mark.parametrize(
    ("phrase", "stated_on", "start", "end"),
    [
        # Given alone as a deadline in November or December, "the year" whose early or middle
        # part is gone by is the one about to open, as "the new year" is.
        ("en début d'année", "2026-11-10", "2027-01-01", "2027-04-30"),
        ("au début de l’année", "2026-12-02", "2027-01-01", "2027-04-30"),
        ("qu'en milieu d'année", "2026-11-30", "2027-05-01", "2027-08-31"),
        ("early in the year", "2026-12-15", "2027-01-01", "2027-04-30"),
        ("in the middle of the year", "2026-11-03", "2027-05-01", "2027-08-31"),
        ("by the middle of the year", "2026-11-03", None, "2027-08-31"),
        # Guards: the late part is still to come; "this year" names the year said.
        ("en fin d'année", "2026-11-10", "2026-09-01", "2026-12-31"),
        ("in the first half of the year", "2026-11-10", "2027-01-01", "2027-06-30"),
    ],
)
def test_an_early_part_of_the_year_said_at_its_end_is_the_next_ones(
    phrase: str, stated_on: str, start: str | None, end: str | None
) -> None:
    assert_window_on(phrase, stated_on, start, end)


@pytest.mark.parametrize(
    ("phrase", "stated_on"),
    [
        # Said before November, a part gone by is the one gone by: past (rule 17).
        ("en début d'année", "2026-07-01"),
        ("au début de l'année", "2026-10-28"),
        # "this year" is the year said; "since" and a past verb beside it look back.
        ("early this year", "2026-11-10"),
        ("depuis le début de l'année", "2026-11-10"),
        ("since the middle of the year", "2026-11-10"),
        ("a engagé des discussions en début d’année", "2026-11-07"),
    ],
)
def test_an_early_part_of_the_year_otherwise_stays_gone_by(phrase: str, stated_on: str) -> None:
    with pytest.raises(DeadlineParseError):
        parse_deadline(phrase, stated_on=dt.date.fromisoformat(stated_on))
