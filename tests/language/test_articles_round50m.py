"""The fiftieth round, the mender of the reviewed faults (docs/article-import.md, "Round 50"):
the rules impa added this round read too much or too little; each test names the case a
reviewer found and fails without its mend. The sentences are invented.
"""

from __future__ import annotations

import datetime as dt

from tests.language.article_ledgers import read

Y = dt.date


def _drafts(text: str) -> list[tuple[str, dt.date | None, dt.date | None]]:
    return [(d.quote, d.start, d.end) for d in read.dated_drafts(text)]


# --- Fault 1: a third party acting inside a relative clause ---------------------------------


def test_a_third_party_who_acts_in_the_relative_clause_is_still_the_one_expected():
    # Written on Friday 14 June 2024. "which the Competition Authority opened": the authority
    # is the clause's subject; the review it leads is no promise of Corvane's.
    text = (
        "Corvane Motors is buying a smaller rival. The review, which the Competition Authority "
        "launched in April, is expected to end in the first quarter of 2025."
    )
    assert read.windows(text) == []
    # A one-word name after the pronoun too: "which Ofgem launched".
    text = (
        "Corvane Motors is buying a smaller rival. The inquiry, which Ofgem started in April, "
        "is expected to end in the first quarter of 2025."
    )
    assert read.windows(text) == []


def test_a_name_in_a_clause_whose_subject_is_the_pronoun_still_describes_the_subject():
    # ", which is being carried out under the Companies Act 2006,": the act describes the
    # deal; Corvane's deal stays its promise.
    text = (
        "Corvane Motors is buying a smaller rival. The takeover, which is being carried out "
        "under the Companies Act 2006, is anticipated to close in the first quarter of 2025."
    )
    assert read.windows(text) == [(Y(2025, 1, 1), Y(2025, 3, 31))]


# --- Fault 2: only a permit's application is the subject's own -------------------------------


def test_outsiders_named_with_a_permit_or_funding_word_stay_outsiders():
    # Written on Friday 14 June 2024. A board, an authority and the market's demand for
    # funding are others; only "la demande de permis" is Halden's own step.
    for sentence in (
        "Le conseil d'agrément devrait se prononcer d'ici la fin de cette année.",
        "L'autorité de financement devrait statuer d'ici la fin de cette année.",
        "La demande de financement des ménages devrait tripler d'ici la fin de cette année.",
    ):
        text = "Halden Transit dévoile son nouveau dépôt. " + sentence
        assert read.windows(text, language="fr") == [], sentence
    text = (
        "Halden Transit dévoile son nouveau dépôt. La demande de permis devrait être déposée "
        "d'ici la fin de cette année."
    )
    assert read.windows(text, language="fr") == [(None, Y(2024, 12, 31))]


# --- Fault 3: a late part and an early part join only when the early part ends the phrase ----


def test_an_early_part_that_opens_the_next_clause_is_not_joined_to_the_late_part():
    # Written on Friday 14 June 2024. "first week of 2026 the new line starts": a second
    # step's own date, not the end of the first one's window.
    text = (
        "Corvane Motors will shut the old line around the end of 2025, first week of 2026 the "
        "new line starts."
    )
    assert read.windows(text) == [(Y(2025, 9, 1), Y(2025, 12, 31)), (Y(2026, 1, 1), Y(2026, 1, 7))]


# --- Fault 4: a heading is no step of a timetable --------------------------------------------


def test_a_heading_over_a_dates_first_timetable_is_not_paired_with_its_first_date():
    # Written on Friday 14 June 2024. "Key dates" heads the timetable; each date goes with the
    # line under it, as without the heading.
    text = (
        "Halden Transit's new depot\n\n"
        "Halden Transit is building a new depot in Nordby.\n\n"
        "Key dates\n\n"
        "Spring 2025\n\n"
        "Roof finished\n\n"
        "Autumn 2025\n\n"
        "Doors open\n\n"
        "Winter 2026"
    )
    assert _drafts(text) == [
        ("Spring 2025\n\nRoof finished", Y(2025, 3, 1), Y(2025, 5, 31)),
        ("Autumn 2025\n\nDoors open", Y(2025, 9, 1), Y(2025, 11, 30)),
    ]


def test_a_names_first_timetable_under_a_heading_keeps_its_pairs_before_a_closing_line():
    # A short line after the last date ("Contact us") does not turn the steps around.
    text = (
        "Halden Transit's new depot\n\n"
        "Halden Transit is building a new depot in Nordby.\n\n"
        "Timeline\n\n"
        "Roof Finished\n\n"
        "Spring 2025\n\n"
        "Doors Open\n\n"
        "Autumn 2025\n\n"
        "Contact us"
    )
    assert _drafts(text) == [
        ("Roof Finished\n\nSpring 2025", Y(2025, 3, 1), Y(2025, 5, 31)),
        ("Doors Open\n\nAutumn 2025", Y(2025, 9, 1), Y(2025, 11, 30)),
    ]


# --- Fault 5: an opening others hold is no milestone of the subject's ------------------------


def test_the_opening_of_talks_a_trial_or_bids_is_someone_elses_occasion():
    # Written on Friday 14 June 2024.
    for text, language in (
        (
            "L'ouverture des pourparlers entre Halden Transit et la ville aura lieu en octobre.",
            "fr",
        ),
        ("L'ouverture des offres du marché de Halden Transit aura lieu en octobre.", "fr"),
        ("The opening of the hearings on Halden Transit's fares will take place in October.", "en"),
    ):
        assert read.windows(text, language=language) == [], text


def test_the_subjects_own_deliveries_and_openings_in_the_plural_take_place_as_promised():
    for text, language in (
        (
            "We are on track: the deliveries of Halden Transit's buses will take place in October.",
            "en",
        ),
        (
            "Nous tenons les délais : les ouvertures des gares de Halden Transit auront lieu "
            "en octobre.",
            "fr",
        ),
    ):
        assert read.windows(text, language=language) == [(Y(2024, 10, 1), Y(2024, 10, 31))], text


# --- Fault 6: "is predicted to" only for the thing's own step --------------------------------


def test_a_prediction_of_something_nobody_does_is_no_promise():
    # Written on Friday 14 June 2024. Ridership and the weather are predicted, not promised.
    for sentence in (
        "Passenger numbers are predicted to triple by early 2025.",
        "Strong winds are predicted to hit the coast in early December.",
    ):
        assert read.windows("Halden Transit showed its new depot. " + sentence) == [], sentence
    # The thing's own completion predicted stays an estimate of its plan.
    text = (
        "Halden Transit's crews have reached the third bridge, which is now predicted to be "
        "finished in early 2025."
    )
    assert read.windows(text) == [(Y(2025, 1, 1), Y(2025, 4, 30))]


# --- Misses: adjacent periods and completion dates -------------------------------------------


def test_an_early_part_after_a_preposition_or_in_the_plural_still_joins_the_late_part():
    # Written on Friday 14 June 2024.
    text = "Corvane Motors will have its first vans out by the end of 2025, in early 2026."
    assert read.windows(text) == [(None, Y(2026, 4, 30))]


def test_a_year_given_with_a_targeted_completion_date_or_several_is_the_aim():
    for text in (
        "Work has begun on Halden Transit's Nordby depot, due to rise by the river with a "
        "planned 2027 completion date.",
        "Work has begun on Halden Transit's Nordby depots, due to rise by the river with 2027 "
        "completion dates.",
    ):
        assert read.windows(text) == [(Y(2027, 1, 1), Y(2027, 12, 31))], text
