"""The forty-fifth round, mends after review (docs/article-import.md, "Round 45"): the
passive expectation's exemption narrowed to things, and a closing line's verb of saying in
the present. The sentences are invented; each test fails without its mend.
"""

from __future__ import annotations

import datetime as dt

from tests.language.article_ledgers import read

Y = dt.date

CROSSING = "Halden Transit is building a crossing. "


# --- Who promises: the subject of a passive expectation -----------------------------------


def test_a_name_alone_as_the_subject_of_a_passive_may_be_an_organisation():
    # Written on Friday 14 June 2024. A company's name stands alone, with no article: what
    # is expected to be done to it (listed, bought) is news of someone else, not a promise
    # of the article's organisation, nor one of its own.
    for text in (
        CROSSING + "Nordvik Ferries is expected to be listed on the stock exchange in 2026.",
        CROSSING + "Nordvik Ferries is expected to be acquired by a rival in 2026.",
        CROSSING + "Nordvik Ferries is expected to be open to bids in 2026.",
    ):
        assert read.found(text) == []
    text = "Halden Transit étend son réseau. Nordvik Ferries devrait être racheté en 2026."
    assert read.found(text, language="fr") == []
    # A thing's name takes an article or an owner: the article's organisation promises it.
    text = CROSSING + "The Nordvik Crossing is expected to be open to traffic in 2026."
    assert read.found(text) == [(Y(2026, 1, 1), Y(2026, 12, 31), "Halden Transit")]


def test_an_agent_named_after_the_participle_is_who_acts():
    # Written on Friday 14 June 2024. "by the city" names someone else who is expected to
    # act on the crossing: not the article's organisation's promise.
    text = CROSSING + "The Nordvik Crossing is expected to be taken over by the city in 2026."
    assert read.found(text) == []
    # "by" before the deadline is no agent, and the organisation itself may be the agent.
    text = CROSSING + "The Nordvik Crossing is expected to be completed by the end of 2026."
    assert read.found(text) == [(None, Y(2026, 12, 31), "Halden Transit")]
    text = CROSSING + "The Nordvik Crossing is expected to be built by Halden Transit in 2026."
    assert read.found(text) == [(Y(2026, 1, 1), Y(2026, 12, 31), "Halden Transit")]


# --- The page: a closing line ---------------------------------------------------------------


def test_a_closing_line_that_reports_a_pledge_in_the_present_is_a_sentence():
    # Written on Friday 14 June 2024. "pledges that", "promises that" open what is said, as
    # "pledged that" does: the last line is a sentence, not a heading.
    for verb in ("pledges", "promises", "announces"):
        text = (
            "Halden Transit opened its first depot last year.\n"
            f"The minister {verb} that Halden Transit will open the line within the next two "
            "years"
        )
        assert read.windows(text) == [(None, Y(2026, 6, 14))]
