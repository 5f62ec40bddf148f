"""Deadline phrasings the forty-fourth round taught the parser (helper b): refusals.

Written from the misses where a phrasing holds no deadline and the parser read one, grouped by
cause across batches: a date said not to be kept, by a modal, a verb of seeming or a doubt.
Each topic lists phrasings that failed before its rule and, as guards, neighbours whose
reading must not change. The sentences are invented. Rows are `(phrase, stated_on, start,
end)`; dates are ISO strings and None means "no such bound".
"""

from __future__ import annotations

import datetime as dt

import pytest

from language.deadlines import DeadlineParseError, find_deadlines, parse_deadline
from tests.language.deadline_specs import assert_window_on

# --- A date a modal or a verb of seeming says will not be kept --------------------------------


@pytest.mark.parametrize(
    "phrase",
    [
        "the 2031 to 2034 window for the second reactor could not be achieved",
        "a handover in March 2028 cannot be met",
        "the autumn 2029 opening date can no longer be achieved",
        "completion by the end of 2030 might not be feasible",
        # An aside between dashes does not hide the denial.
        "the target dates of June 2027 and May 2028 for both lines - already two years late -"
        ' "do not appear to be achievable"',
        "the 2030 goal does not seem realistic",
        # "never" denies as "not" does.
        "the 2030 target could never be met",
        "a handover in March 2028 may never be reached",
    ],
)
def test_a_date_a_modal_denies_is_refused(phrase: str) -> None:
    with pytest.raises(DeadlineParseError, match="negated date"):
        parse_deadline(phrase, stated_on=dt.date(2026, 5, 4))


@pytest.mark.parametrize(
    ("phrase", "stated_on", "start", "end"),
    [
        # Guards: a modal that does not deny, or a negation that turns "until" round.
        ("by 2030 can be met", "2026-05-04", None, "2030-12-31"),
        ("could not open until 2029", "2026-05-04", "2029-12-31", None),
        ("cannot be launched until 2028", "2026-05-04", "2028-12-31", None),
        # A modal that denies something else than the date keeps it.
        ("by June 2027, which cannot be achieved without new funds", "2026-05-04", None,
         "2027-06-30"),
    ],
)  # fmt: skip
def test_a_modal_that_does_not_deny_the_date_keeps_it(
    phrase: str, stated_on: str, start: str | None, end: str | None
) -> None:
    assert_window_on(phrase, stated_on, start, end)


def test_an_article_keeps_a_promise_its_critics_say_cannot_be_met() -> None:
    # Running text tells the promise: who says it will be missed is another matter.
    text = "The promise to build 30 new clinics by 2030 can no longer be met, critics said."
    found = find_deadlines(text, stated_on=dt.date(2026, 5, 4))
    assert [f.window.end for f in found] == [dt.date(2030, 12, 31)]


# --- A date in a clause that a doubt or a denied belief governs -------------------------------


@pytest.mark.parametrize(
    "phrase",
    [
        "je ne suis pas sûr que celle-ci sera prête en 2027",
        "nous doutons que la ligne ouvre, comme annoncé, en 2028",
        "is not sure that the new terminal will open in the spring of 2027",
        "doubts whether the plant, now half built, will run by 2029",
        "did not believe the planned handover date, of summer 2027, could be met",
        "we didn't believe the handover, now set for June 2027, would be achieved",
        "ne croit pas que la date du 1er juin 2027 sera tenue",
        # A doubt that is not denied still governs: "some doubt", "je doute".
        "there is some doubt that the plant will open in 2027",
        "je doute que la centrale ouvre en 2027",
    ],
)
def test_a_doubted_date_is_refused(phrase: str) -> None:
    with pytest.raises(DeadlineParseError):
        parse_deadline(phrase, stated_on=dt.date(2026, 5, 4))


@pytest.mark.parametrize(
    ("phrase", "stated_on", "start", "end"),
    [
        # Guards: a doubt ended by its sentence, and a belief that is not denied.
        ("Nobody doubts that. The line opens in 2028", "2026-05-04", "2028-01-01", "2028-12-31"),
        ("believes the handover date of summer 2027 can be met", "2026-05-04", "2027-06-01",
         "2027-08-31"),
        ("sûr que celle-ci sera prête en 2027", "2026-05-04", "2027-01-01", "2027-12-31"),
        # A doubt denied affirms the date.
        ("there is no doubt that the plant will open in 2027", "2026-05-04", "2027-01-01",
         "2027-12-31"),
        ("I do not doubt that the plant will open in 2027", "2026-05-04", "2027-01-01",
         "2027-12-31"),
        ("we don't doubt that the plant will open in 2027", "2026-05-04", "2027-01-01",
         "2027-12-31"),
        ("sans doute que la centrale ouvrira en 2027", "2026-05-04", "2027-01-01", "2027-12-31"),
        ("nul doute que la centrale ouvrira en 2027", "2026-05-04", "2027-01-01", "2027-12-31"),
        ("il ne fait aucun doute que la centrale ouvrira en 2027", "2026-05-04", "2027-01-01",
         "2027-12-31"),
        ("il n'y a pas de doute que la centrale ouvrira en 2027", "2026-05-04", "2027-01-01",
         "2027-12-31"),
        # "but" and "mais" open a clause the doubt before them does not govern.
        ("we are not sure that it matters, but the plant opens in 2027", "2026-05-04",
         "2027-01-01", "2027-12-31"),
        ("nous ne sommes pas sûrs que cela compte, mais la centrale ouvrira en 2027",
         "2026-05-04", "2027-01-01", "2027-12-31"),
        ("they did not think so, but the 2027 date can be met", "2026-05-04", "2027-01-01",
         "2027-12-31"),
    ],
)  # fmt: skip
def test_a_date_no_doubt_governs_keeps_its_reading(
    phrase: str, stated_on: str, start: str | None, end: str | None
) -> None:
    assert_window_on(phrase, stated_on, start, end)


# --- A French compound past tells of the occurrence gone by -------------------------------------


@pytest.mark.parametrize(
    ("phrase", "stated_on"),
    [
        # "a" and any participle in "-é" written with its accent, with or without a subject.
        ("a voté le 14 février", "2026-09-20"),
        ("le conseil municipal a tranché en mars", "2026-09-20"),
        ("les élus ont tranché le 3 avril", "2026-09-20"),
        # "ayant" or "a" with adverbs between it and its participle.
        ("la société ayant un temps évoqué le 12 mars", "2026-09-20"),
        ("le conseil a finalement tranché en mars", "2026-09-20"),
        # A participle that agrees with its object before it: "commandées".
        ("les rames que la SNCF a commandées en mars", "2026-09-20"),
        # "paraître" told of a publication.
        ("est paru en juin", "2026-09-20"),
    ],
)
def test_a_compound_past_tells_of_the_date_gone_by(phrase: str, stated_on: str) -> None:
    with pytest.raises(DeadlineParseError, match="already past"):
        parse_deadline(phrase, stated_on=dt.date.fromisoformat(stated_on))


@pytest.mark.parametrize(
    ("phrase", "stated_on", "start", "end"),
    [
        # Guards: the preposition "à", a participle that sets or moves a date, an infinitive
        # after the participle, and a participle written without its accent (a present).
        ("à côté le 14 février", "2026-09-20", "2027-02-14", "2027-02-14"),
        ("a fixé au 14 février", "2026-09-20", "2027-02-14", "2027-02-14"),
        ("a été reporté au 14 février", "2026-09-20", "2027-02-14", "2027-02-14"),
        ("a décidé de rouvrir le 14 février", "2026-09-20", "2027-02-14", "2027-02-14"),
        ("la ville annonce en mars", "2026-09-20", "2027-03-01", "2027-03-31"),
        # "programmé" sets the date, its "m" doubled or not.
        ("la SNCF a programmé le 18 mars", "2026-09-20", "2027-03-18", "2027-03-18"),
        # After "a" ("has"), a noun in "-é" is its object, not a participle.
        ("le conseil a un comité le 18 mars", "2026-09-20", "2027-03-18", "2027-03-18"),
        ("la ministre a promis un comité le 18 mars", "2026-09-20", "2027-03-18",
         "2027-03-18"),
    ],
)  # fmt: skip
def test_a_compound_past_that_sets_the_date_keeps_the_coming_one(
    phrase: str, stated_on: str, start: str | None, end: str | None
) -> None:
    assert_window_on(phrase, stated_on, start, end)
