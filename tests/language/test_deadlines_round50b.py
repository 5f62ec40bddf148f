"""Deadline phrasings the fiftieth round taught the parser (helper b).

Written from the new deadline windows the news matcher proposed wrong on the readable batches
when its claim and kind were right, where the parser had read the item's date wrong (see
docs/deadlines.md, the round's history entry). Each topic lists phrasings that failed before
its rule and, as guards, neighbours the rule must leave alone. The phrasings are invented.
Rows are `(phrase, stated_on, start, end)`; dates are ISO strings and None means "no such
bound".
"""

from __future__ import annotations

import pytest

from tests.language.deadline_specs import assert_refused_on, assert_window_on, found_on

# --- A move's "until" after a comma: "delayed once again, until the third quarter" ----------


@pytest.mark.parametrize(
    ("phrase", "stated_on", "start", "end"),
    [
        ("the opening has been delayed once again, until the third quarter of 2027",
         "2026-03-02", "2027-07-01", "2027-09-30"),
        ("the trial was postponed again, until March 2027", "2026-03-02", "2027-03-01",
         "2027-03-31"),
        ("la mise en service est repoussée, jusqu'en 2028", "2026-03-02", "2028-01-01",
         "2028-12-31"),
    ],
)  # fmt: skip
def test_a_comma_after_the_move_keeps_its_until(
    phrase: str, stated_on: str, start: str | None, end: str | None
) -> None:
    assert_window_on(phrase, stated_on, start, end)


@pytest.mark.parametrize(
    ("phrase", "stated_on", "start", "end"),
    [
        # Without a move, "until" is still "by".
        ("the offer is open, until the third quarter of 2027", "2026-03-02", None, "2027-09-30"),
        # What is extended until a date runs until then.
        ("the contract was extended again, until March 2027", "2026-03-02", None, "2027-03-31"),
        # More than an adverb between the move and the comma: a clause of its own.
        ("the works were delayed by the strike in the spring, until March 2027", "2026-03-02",
         None, "2027-03-31"),
    ],
)  # fmt: skip
def test_other_untils_after_a_comma_are_left_alone(
    phrase: str, stated_on: str, start: str | None, end: str | None
) -> None:
    assert_window_on(phrase, stated_on, start, end)


# --- A "to" between a later year and an earlier date is no range ----------------------------


@pytest.mark.parametrize(
    ("text", "stated_on", "windows"),
    [
        # A title's number before the new date of a move.
        ("The studio has delayed Starfall 2099 to October 14th, 2027.", "2026-03-02",
         [("2027-10-14", "2027-10-14")]),
        ("Le studio repousse Odyssée 3000 au 2 mars 2027.", "2026-03-02",
         [("2027-03-02", "2027-03-02")]),
    ],
)  # fmt: skip
def test_a_to_running_backwards_is_no_range(
    text: str, stated_on: str, windows: list[tuple[str, str]]
) -> None:
    found = [(str(start), str(end)) for _, start, end in found_on(text, stated_on)]
    assert found[-1:] == windows


@pytest.mark.parametrize(
    ("phrase", "stated_on", "start", "end"),
    [
        ("2027 to 2029", "2026-03-02", "2027-01-01", "2029-12-31"),
        ("December to January 2027", "2026-03-02", "2026-12-01", "2027-01-31"),
        ("late 2026 to early 2027", "2026-03-02", "2026-09-01", "2027-04-30"),
        # A move still takes the date named second, even when it is the earlier.
        ("was brought forward from 2030 to 2028", "2026-03-02", "2028-01-01", "2028-12-31"),
    ],
)  # fmt: skip
def test_ranges_running_forward_are_left_alone(
    phrase: str, stated_on: str, start: str | None, end: str | None
) -> None:
    assert_window_on(phrase, stated_on, start, end)


def test_a_bare_from_to_of_two_years_is_still_refused() -> None:
    # A move or a span? Rule 10 asks, whichever way the years run.
    assert_refused_on("from 2027 to 2029", "2026-03-02")
    assert_refused_on("from 2029 to 2027", "2026-03-02")


# --- "from the planned opening in May to June": the date left, told as the plan it was -------


@pytest.mark.parametrize(
    ("phrase", "stated_on", "start", "end"),
    [
        ("the opening faces another postponement, from the scheduled start in November to "
         "March 2027", "2026-03-02", "2027-03-01", "2027-03-31"),
        ("the link has been pushed from a planned in-service date of Dec. 13, 2026, to May 31, "
         "2027", "2026-03-02", "2027-05-31", "2027-05-31"),
        ("the launch was delayed from the original launch date of 4 May to 8 June 2027",
         "2026-03-02", "2027-06-08", "2027-06-08"),
        ("the vote was moved from its initial date in April to June 2027", "2026-03-02",
         "2027-06-01", "2027-06-30"),
    ],
)  # fmt: skip
def test_a_move_from_the_planned_date_is_the_new_date(
    phrase: str, stated_on: str, start: str | None, end: str | None
) -> None:
    assert_window_on(phrase, stated_on, start, end)


@pytest.mark.parametrize(
    ("phrase", "stated_on", "start", "end"),
    [
        # With no move, the stretch from the planned day to the other is a range.
        ("the market runs from the planned opening in May to the end of August 2027",
         "2026-03-02", "2027-05-01", "2027-08-31"),
    ],
)  # fmt: skip
def test_a_stretch_from_the_planned_date_is_left_alone(
    phrase: str, stated_on: str, start: str | None, end: str | None
) -> None:
    assert_window_on(phrase, stated_on, start, end)


# --- "next March 10": the coming day, not the month with a number left over -----------------


@pytest.mark.parametrize(
    ("phrase", "stated_on", "start", "end"),
    [
        ("the ship enters service on next March 10", "2026-09-14", "2027-03-10", "2027-03-10"),
        # Said after this year's, "next" is next year's day, never the one just gone by.
        ("the game arrives next September 5th", "2026-09-14", "2027-09-05", "2027-09-05"),
        ("the coming March 10", "2026-09-14", "2027-03-10", "2027-03-10"),
        ("by next June 30", "2026-09-14", None, "2027-06-30"),
    ],
)  # fmt: skip
def test_next_before_a_day_is_the_day_to_come(
    phrase: str, stated_on: str, start: str | None, end: str | None
) -> None:
    assert_window_on(phrase, stated_on, start, end)


@pytest.mark.parametrize(
    ("phrase", "stated_on", "start", "end"),
    [
        ("next June", "2026-09-14", "2027-06-01", "2027-06-30"),
        ("next March 3rd, 2028", "2026-09-14", "2028-03-03", "2028-03-03"),
        ("March 10 next", "2026-09-14", "2027-03-10", "2027-03-10"),
    ],
)  # fmt: skip
def test_next_months_and_days_with_years_are_left_alone(
    phrase: str, stated_on: str, start: str | None, end: str | None
) -> None:
    assert_window_on(phrase, stated_on, start, end)


# --- A move's size right before "until", and "put back" before its object -------------------


@pytest.mark.parametrize(
    ("phrase", "stated_on", "start", "end"),
    [
        # "By" and a bare count of units says how far the date moved (rule 10), even when the
        # verb stands further back than a move reaches: the "until" is the new date.
        ("the bank has delayed the launch of its new settlement and liquidity system by four "
         "months until next March", "2026-10-20", "2027-03-01", "2027-03-31"),
        ("the works slip by another six weeks until June 2027", "2026-10-20", "2027-06-01",
         "2027-06-30"),
        # "Put back" before its object is a move.
        ("the museum is putting back its opening until the latter part of 2028", "2026-10-20",
         "2028-09-01", "2028-12-31"),
        ("the council put back the reopening of the pool until March", "2026-10-20",
         "2027-03-01", "2027-03-31"),
    ],
)  # fmt: skip
def test_a_moves_size_or_put_back_makes_until_the_new_date(
    phrase: str, stated_on: str, start: str | None, end: str | None
) -> None:
    assert_window_on(phrase, stated_on, start, end)


@pytest.mark.parametrize(
    ("phrase", "stated_on", "start", "end"),
    [
        # A term extended runs until then, its size or not.
        ("the loan was extended by two years until 2028", "2026-10-20", None, "2028-12-31"),
        # A count that is no span of time.
        ("prices will rise by 5 percent until March", "2026-10-20", None, "2027-03-31"),
        # "Put back" with no date moved.
        ("the statues will be put back in June 2027", "2026-10-20", "2027-06-01", "2027-06-30"),
    ],
)  # fmt: skip
def test_other_counts_and_put_backs_are_left_alone(
    phrase: str, stated_on: str, start: str | None, end: str | None
) -> None:
    assert_window_on(phrase, stated_on, start, end)


# --- "au mieux en mai, au pire en 2028": the best case to the worst, one range ---------------


@pytest.mark.parametrize(
    ("phrase", "stated_on", "start", "end"),
    [
        ("au mieux en mai 2027, au pire en 2028", "2026-06-25", "2027-05-01", "2028-12-31"),
        ("au mieux en 2027 et au pire en 2029", "2026-06-25", "2027-01-01", "2029-12-31"),
        ("in 2027, or at worst in 2028", "2026-06-25", "2027-01-01", "2028-12-31"),
        ("at best in May 2027, at worst in 2028", "2026-06-25", "2027-05-01", "2028-12-31"),
    ],
)  # fmt: skip
def test_the_worst_case_after_a_date_ends_its_range(
    phrase: str, stated_on: str, start: str | None, end: str | None
) -> None:
    assert_window_on(phrase, stated_on, start, end)


def test_the_best_and_worst_cases_are_found_as_one_range_in_running_text() -> None:
    text = (
        "Son ouverture serait repoussée au mieux en mai 2027, au pire en 2028. Le chantier reprend."
    )
    assert [(str(start), str(end)) for _, start, end in found_on(text, "2026-06-25")] == [
        ("2027-05-01", "2028-12-31")
    ]


@pytest.mark.parametrize(
    ("phrase", "stated_on", "start", "end"),
    [
        ("au mieux en mai 2027", "2026-06-25", "2027-05-31", None),
        ("au pire en 2028", "2026-06-25", "2028-01-01", "2028-12-31"),
    ],
)  # fmt: skip
def test_each_case_alone_is_left_alone(
    phrase: str, stated_on: str, start: str | None, end: str | None
) -> None:
    assert_window_on(phrase, stated_on, start, end)
