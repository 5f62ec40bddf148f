"""The importer's rules from the fifth round (docs/article-import.md, "Fifth round"): plans the
article says were replaced, when a promise was said (a time inside the attribution, "earlier
this week", a contrast with "but now", a press release's dateline), one draft per promise
(across statement dates, a year said again more precisely, the same amounts again) and a
rival's plan named for comparison. One behaviour per test; the sentences are invented, in
the shape real articles take.
"""

from __future__ import annotations

import datetime as dt

from language.articles import KnownOrganisation
from tests.language.article_reading import Reader

PUBLISHED = dt.date(2024, 3, 15)  # a Friday
ORGS = [
    KnownOrganisation(1, "Nordvik Cloud", ("Nordvik",)),
    KnownOrganisation(2, "Skyrail"),
    KnownOrganisation(3, "Heliantha"),
]

read = Reader(ORGS, PUBLISHED)
drafts = read.dated_drafts
dated = read.dated
Y = dt.date


# --- Plans the article says were replaced -------------------------------------------------


def test_a_goal_called_previous_is_no_promise_and_the_new_one_is():
    text = (
        "Skyrail aims to run 400 electric trains in 2026, up from its previous goal of running "
        "150 electric trains in 2025."
    )
    assert dated(text) == [(Y(2026, 1, 1), Y(2026, 12, 31), PUBLISHED)]


def test_what_the_promiser_previously_said_is_no_promise():
    text = (
        "Skyrail will open the Lund depot in 2026. Skyrail previously said the depot would open "
        "in the second half of 2025 when it bought the site."
    )
    assert dated(text) == [(Y(2026, 1, 1), Y(2026, 12, 31), PUBLISHED)]


def test_what_was_previously_said_then_replaced_in_the_same_sentence_is_not_dropped():
    text = "Skyrail previously said little, but now says the depot will open in 2026."
    assert dated(text) == [(Y(2026, 1, 1), Y(2026, 12, 31), PUBLISHED)]


# --- When it was said ---------------------------------------------------------------------


def test_a_time_after_the_verb_of_a_trailing_attribution_dates_the_promise():
    text = (
        "Heliantha plans to open a pilot line by the first half of 2026, chief executive Ana "
        "Berg told a news agency on Tuesday."
    )
    assert dated(text) == [(None, Y(2026, 6, 30), Y(2024, 3, 12))]


def test_earlier_this_week_is_the_weeks_days_so_the_month_when_it_holds_them():
    text = (
        "Skyrail will open the Lund depot later than planned, the company said in its "
        "earnings call earlier this week.\n\n"
        "“The depot will open early next year,” chief executive Ana Berg said."
    )
    [draft] = drafts(text)
    assert (draft.start, draft.end) == (Y(2025, 1, 1), Y(2025, 4, 30))
    assert (draft.stated_on, draft.stated_on_precision) == (Y(2024, 3, 1), "month")


def test_earlier_this_week_on_a_monday_is_that_monday():
    text = "Skyrail said earlier this week that the depot will open in 2026."
    monday = dt.date(2024, 3, 11)
    assert dated(text, published_on=monday) == [(Y(2026, 1, 1), Y(2026, 12, 31), monday)]


def test_a_time_of_speech_before_but_now_does_not_date_what_follows():
    text = (
        "When it was announced in 2021, the depot was said to open at the end of 2023, but now "
        "Skyrail will open it in 2026."
    )
    assert dated(text) == [(Y(2026, 1, 1), Y(2026, 12, 31), PUBLISHED)]


def test_a_time_of_speech_without_a_contrast_still_dates_its_promise():
    text = "In 2021 Skyrail said it will open the depot in 2026."
    assert dated(text) == [(Y(2026, 1, 1), Y(2026, 12, 31), Y(2021, 1, 1))]


def test_a_press_releases_dateline_dates_the_release():
    text = (
        "Press Release\n\n"
        "Oslo, March 13, 2024\n\n"
        "Nordvik Cloud opens a region in Bergen\n\n"
        "Nordvik Cloud is committed to opening a second region in Bergen by the end of 2025."
    )
    assert dated(text) == [(None, Y(2025, 12, 31), Y(2024, 3, 13))]


def test_a_dateline_far_from_the_articles_date_dates_nothing():
    text = (
        "Oslo, March 13, 2019\n\n"
        "Nordvik Cloud is committed to opening a second region in Bergen by the end of 2025."
    )
    assert dated(text) == [(None, Y(2025, 12, 31), PUBLISHED)]


# --- A move far from its date -------------------------------------------------------------


def test_a_delay_until_a_year_far_from_its_verb_is_the_whole_new_year():
    text = (
        "Skyrail said on Friday that it would delay plans to begin operations at its new depot "
        "in the north of the country until 2026."
    )
    [draft] = drafts(text)
    assert (draft.start, draft.end) == (Y(2026, 1, 1), Y(2026, 12, 31))
    assert draft.deadline_text == "delay until 2026"


def test_until_after_a_delay_in_another_clause_is_still_a_deadline():
    text = "The delay was short: Skyrail plans to finish the works at the old depot until 2026."
    assert dated(text) == [(None, Y(2026, 12, 31), PUBLISHED)]


# --- One draft per promise ----------------------------------------------------------------


def test_one_promise_told_by_the_writer_then_quoted_with_its_day_is_one_draft_the_quote():
    text = (
        "Skyrail's Lund depot will open in 2026.\n\n"
        "“The Lund depot will open in 2026,” chief executive Ana Berg said in January."
    )
    [draft] = drafts(text)
    assert draft.quote.startswith("“The Lund depot")
    assert (draft.stated_on, draft.stated_on_precision) == (Y(2024, 1, 1), "month")


def test_a_year_said_again_more_precisely_is_one_draft_the_precise_one():
    text = (
        "Heliantha will begin mass production at its new factory in Arizona in 2025, a "
        "newspaper reports. Its chairman announced that the Arizona factory will begin mass "
        "production in the first quarter of 2025."
    )
    assert dated(text) == [(Y(2025, 1, 1), Y(2025, 3, 31), PUBLISHED)]


def test_a_month_then_its_deadline_about_the_same_thing_is_one_draft_the_attributed_one():
    text = (
        "Skyrail has finished testing even as the first new line is set to open this month. "
        "Meanwhile, Skyrail spokesman Tom Lind said the first line remains on schedule to go "
        "into service by the end of this month."
    )
    [draft] = drafts(text)
    assert (draft.start, draft.end, draft.speaker) == (None, Y(2024, 3, 31), "Tom Lind")


def test_a_year_and_a_deadline_at_its_end_stay_two_drafts():
    text = (
        "Nordvik will add zones to its Oslo region by late 2025. Nordvik's Bergen region will "
        "also get new zones in 2025."
    )
    assert len(dated(text)) == 2


def test_one_promise_from_unnamed_reports_then_a_named_source_is_one_draft_the_named_one():
    text = (
        "Heliantha's new plant has delayed the start of production to 2025, according to "
        "reports.\n\n"
        "A news agency, Nordpress, wrote mass production at the plant would begin in 2025, "
        "citing a speech by its chairman."
    )
    [draft] = drafts(text)
    assert draft.quote.startswith("A news agency, Nordpress, wrote")
    assert draft.speaker == "Nordpress"


def test_a_standfirst_that_names_nobody_then_the_named_promise_is_one_draft_the_named_one():
    text = (
        "La nouvelle génération de rames sera mise en circulation en 2026.\n\n"
        "Skyrail a présenté samedi la nouvelle génération de rames qui sera mise en circulation "
        "en 2026."
    )
    assert [d.promiser_name for d in drafts(text)] == ["Skyrail"]


def test_an_unnamed_promise_about_something_else_stays_beside_a_named_one():
    text = "Le nouveau dépôt ouvrira en 2026.\n\nSkyrail lancera sa ligne vers Lund en 2026."
    assert len(dated(text)) == 2


def test_a_year_and_a_part_of_it_about_different_things_are_two_drafts():
    text = (
        "Heliantha will begin mass production in Arizona in 2025. Separately, its new research "
        "centre in Lyon will open in the first quarter of 2025."
    )
    assert len(dated(text)) == 2


def test_two_days_of_one_month_stay_two_drafts():
    text = (
        "Skyrail plans to reopen six more lines in October. Two lines will reopen on "
        "October 8 and another on October 9."
    )
    assert len(dated(text)) == 3


def test_the_same_amounts_said_again_restate_one_promise():
    text = (
        "Heliantha aims to produce 600,000 panels in 2025, three times the 190,000 it made "
        "in 2023. "
        "Heliantha has revealed an ambitious plan to make 600,000 panels in 2025."
    )
    assert len(dated(text)) == 1


def test_different_amounts_with_one_deadline_are_two_promises():
    text = (
        "Heliantha aims to produce 600,000 panels in 2025. "
        "Heliantha also aims to hire 1,200 people in 2025."
    )
    assert len(dated(text)) == 2


# --- A rival named for comparison ---------------------------------------------------------


def test_a_rivals_plan_in_a_relative_clause_on_its_name_is_no_promise():
    text = (
        "Heliantha plans to open a pilot line by 2026. The timeline would put Heliantha not far "
        "behind Skyrail, the largest maker in the region, which aims to begin full production "
        "in 2025."
    )
    assert [d.promiser_name for d in drafts(text)] == ["Heliantha"]


def test_the_articles_own_organisation_keeps_its_plan_in_a_relative_clause():
    text = "Heliantha, which aims to begin full production in 2025, opened an office."
    assert [d.promiser_name for d in drafts(text)] == ["Heliantha"]
