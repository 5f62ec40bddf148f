"""The importer's rules from the thirteenth round's second part (docs/article-import.md,
"Thirteenth round, second part"), from the misses of the ninth batch labelled blind to our
conventions, once it had been scored untuned. One behaviour per test; the sentences are
invented, in the shape real articles take.
"""

from __future__ import annotations

import datetime as dt

from language.articles import KnownOrganisation
from tests.language.article_reading import Reader

PUBLISHED = dt.date(2024, 6, 1)
ORGS = [KnownOrganisation(1, "Halden Transit"), KnownOrganisation(2, "Corvane Motors")]

read = Reader(ORGS, PUBLISHED)
Y = dt.date


# --- When it was said: a quoted tweet dates a page known only to its month ---------------------

TWEETED = (
    "Halden Transit will open its new tram line by 2027, the operator said.\n\n"
    "Our new line opens by 2027! pic.twitter.com/Ab12Cd34Ef — Halden Transit (@haldentransit) "
    "June 12, 2024"
)


def test_a_quoted_tweet_dates_a_page_known_only_to_its_month():
    [draft] = read.dated_drafts(TWEETED, published_precision="month")
    assert (draft.end, draft.stated_on, draft.stated_on_precision) == (
        Y(2027, 12, 31),
        Y(2024, 6, 12),
        "day",
    )


def test_a_quoted_tweet_dates_a_page_known_only_to_its_month_in_french():
    text = (
        "Le réseau Halden Transit ouvrira sa nouvelle ligne d'ici 2027.\n\n"
        "Une nouvelle ligne d'ici 2027 ! pic.twitter.com/Ab12Cd34Ef — Halden Transit "
        "(@haldentransit) 3 mars 2024"
    )
    [draft] = read.dated_drafts(text, published_on=Y(2024, 10, 1), published_precision="month")
    assert (draft.end, draft.stated_on) == (Y(2027, 12, 31), Y(2024, 3, 3))


def test_a_tweet_signed_with_an_accented_month_and_a_hyphenated_name_dates_the_page():
    text = (
        "Le réseau Halden Transit ouvrira sa nouvelle ligne d'ici 2027.\n\n"
        "Une nouvelle ligne d'ici 2027 ! pic.twitter.com/Ab12Cd34Ef — Mairie de Saint-Vallier "
        "(@stvallier) 12 février 2024"
    )
    # The dash of a signature may follow the link with no space: an em dash, not a hyphen.
    for signed in (text, text.replace(" — Mairie", "— Mairie")):
        [draft] = read.dated_drafts(
            signed, published_on=Y(2024, 10, 1), published_precision="month"
        )
        assert draft.stated_on == Y(2024, 2, 12), signed


def test_a_page_dated_to_the_day_keeps_its_day():
    [draft] = read.dated_drafts(TWEETED, published_on=Y(2024, 6, 14))
    assert draft.stated_on == Y(2024, 6, 14)


def test_a_tweet_after_the_page_or_long_before_it_does_not_date_it():
    later = TWEETED.replace("June 12, 2024", "July 2, 2024")
    older = TWEETED.replace("June 12, 2024", "May 2, 2022")
    for text in (later, older):
        [draft] = read.dated_drafts(text, published_precision="month")
        assert (draft.stated_on, draft.stated_on_precision) == (Y(2024, 6, 1), "month")


# --- Getting ready to act is a plan ----------------------------------------------------------


def test_getting_ready_to_act_is_a_plan_in_french_as_in_english():
    text = (
        "Corvane Motors s'apprête à ouvrir une usine à Lyon dès fin 2025, puis une autre à "
        "Lille en 2026."
    )
    assert read.windows(text) == [
        (Y(2025, 9, 1), Y(2025, 12, 31)),
        (Y(2026, 1, 1), Y(2026, 12, 31)),
    ]


# --- An aim cut in two by the words saying it ------------------------------------------------


def test_an_aim_cut_by_its_words_of_saying_is_an_aim_in_french():
    text = (
        "Halden Transit revoit son réseau. "
        '"L\'objectif", précise Anne Morel, la directrice de Halden Transit, est "de doubler '
        "la fréquentation d'ici 2028\"."
    )
    assert read.found(text) == [(None, Y(2028, 12, 31), "Halden Transit")]


def test_an_aim_cut_by_its_words_of_saying_is_an_aim_in_english():
    text = (
        'Halden Transit is reshaping its network. "The goal," said Anne Morel, its chief '
        'executive, "is to double ridership by 2028."'
    )
    assert read.windows(text) == [(None, Y(2028, 12, 31))]


# --- A doubt is no promise ------------------------------------------------------------------


def test_a_doubt_that_something_will_happen_is_no_promise():
    text = (
        "Halden Transit has fitted 40% of its trams so far. "
        "At this pace, it looks unlikely that the whole fleet will be fitted by 2026."
    )
    assert read.dated_drafts(text) == []


def test_a_doubt_that_something_will_happen_is_no_promise_in_french():
    text = (
        "Halden Transit n'a équipé que 40 % de ses rames. "
        "Il paraît peu probable que toute la flotte sera équipée d'ici 2026."
    )
    assert read.dated_drafts(text) == []


# --- A school year is not the calendar's ------------------------------------------------------


def test_the_end_of_a_school_year_is_no_calendar_deadline():
    text = "Corvane Motors ouvrira son centre de formation d'ici la fin de l'année scolaire."
    assert read.dated_drafts(text) == []


def test_the_end_of_the_calendar_year_is_still_a_deadline():
    text = "Corvane Motors ouvrira son centre de formation d'ici la fin de l'année."
    assert read.windows(text) == [(None, Y(2024, 12, 31))]


# --- "an ... goal to" is an aim, as "a ... goal to" was -------------------------------------


def test_a_goal_after_an_is_an_aim():
    text = "Halden Transit has set an internal goal to electrify its buses by 2032."
    assert read.found(text) == [(None, Y(2032, 12, 31), "Halden Transit")]


# --- A goal or a rule for others -------------------------------------------------------------


def test_a_goal_set_for_other_bodies_is_theirs_to_meet():
    text = (
        "Halden Transit's board adopted a plan that sets a regional goal for local bus "
        "operators to run only electric buses by 2035."
    )
    assert read.dated_drafts(text) == []


def test_a_goal_for_its_own_depots_is_the_organisations():
    text = "Halden Transit has set a goal for its depots to run on solar power by 2030."
    assert read.windows(text) == [(None, Y(2030, 12, 31))]


def test_what_a_rule_brings_about_is_no_promise():
    text = (
        "Halden Transit adopted new emission rules for the region's bus operators. "
        "Under the new rules, the number of electric buses will climb to 500 by 2027."
    )
    assert read.dated_drafts(text) == []


def test_under_a_plan_is_still_a_promise():
    text = "Under the plan, Halden Transit will open three new lines by 2027."
    assert read.windows(text) == [(None, Y(2027, 12, 31))]


# --- A company named without its legal form --------------------------------------------------


def test_a_company_is_named_without_its_legal_form():
    reader = Reader([KnownOrganisation(7, "Ostrava Battery Works Corp.")], PUBLISHED)
    text = "Ostrava Battery Works will start its recycling plant in the fourth quarter of 2025."
    assert [(d.promiser_pk, d.end) for d in reader.dated_drafts(text)] == [(7, Y(2025, 12, 31))]


# --- When it was said: a time between the verb of promising and the promise -------------------


def test_a_time_after_pledged_is_when_the_promise_was_made():
    [draft] = read.dated_drafts("Halden Transit pledged in 2021 to open the line by 2027.")
    assert (draft.end, draft.stated_on, draft.stated_on_precision) == (
        Y(2027, 12, 31),
        Y(2021, 1, 1),
        "year",
    )


def test_a_time_after_s_est_engagee_is_when_the_promise_was_made():
    text = "Halden Transit s'est engagée en mars à ouvrir la ligne d'ici 2027."
    [draft] = read.dated_drafts(text)
    assert (draft.end, draft.stated_on, draft.stated_on_precision) == (
        Y(2027, 12, 31),
        Y(2024, 3, 1),
        "month",
    )


# --- When it was said: the day of the document or occasion that carries the statement -------


def test_the_day_a_press_release_was_published_is_when_it_was_said():
    text = (
        "Dans un communiqué publié le 3 mars, Halden Transit indique qu'elle ouvrira la ligne "
        "d'ici 2027."
    )
    assert read.dated(text) == [(None, Y(2027, 12, 31), Y(2024, 3, 3))]


def test_the_day_of_a_conference_is_when_its_speaker_said_it():
    text = (
        "Speaking at a conference on March 3, the chief executive of Halden Transit said the "
        "line would open by 2027."
    )
    assert read.dated(text) == [(None, Y(2027, 12, 31), Y(2024, 3, 3))]


# --- A tweet is a statement ------------------------------------------------------------------


def test_tweeted_reports_a_statement_and_its_day():
    text = "Halden Transit's chief executive tweeted on March 3 that the line would open by 2027."
    assert read.dated(text) == [(None, Y(2027, 12, 31), Y(2024, 3, 3))]


# --- When it was said: the time of an act of deciding told in the past -------------------------


def test_a_time_opening_a_sentence_that_sets_a_target_is_when_it_was_set():
    text = "In 2021, Halden Transit set itself the goal of opening the line by 2027."
    assert read.dated(text) == [(None, Y(2027, 12, 31), Y(2021, 1, 1))]


def test_a_time_opening_a_sentence_that_sets_a_target_in_french():
    text = "En 2021, Halden Transit s'était fixé l'objectif d'ouvrir la ligne d'ici 2027."
    assert read.dated(text) == [(None, Y(2027, 12, 31), Y(2021, 1, 1))]


def test_a_time_after_the_verb_that_sets_a_target_is_when_it_was_set():
    text = "Halden Transit set out in March a target to open the line by 2027."
    [draft] = read.dated_drafts(text)
    assert (draft.stated_on, draft.stated_on_precision) == (Y(2024, 3, 1), "month")


def test_a_day_written_before_its_document_is_when_it_was_said():
    text = "In its March 3 press release, Halden Transit said the line would open by 2027."
    assert read.dated(text) == [(None, Y(2027, 12, 31), Y(2024, 3, 3))]


def test_an_aside_that_dates_the_statement_is_when_it_was_said():
    text = "Halden Transit, in a statement released Tuesday, said the line would open by 2027."
    assert read.dated(text, published_on=Y(2024, 6, 14)) == [
        (None, Y(2027, 12, 31), Y(2024, 6, 11))
    ]


# --- French verbs of saying that date a statement --------------------------------------------


def test_comme_annonce_dates_the_statement_as_as_announced_does():
    text = "Comme annoncé en mars, Halden Transit ouvrira la ligne d'ici 2027."
    assert read.dated(text) == [(None, Y(2027, 12, 31), Y(2024, 3, 1))]


def test_a_fait_savoir_reports_a_statement_and_its_time():
    text = "Halden Transit a fait savoir en mars qu'elle ouvrirait la ligne d'ici 2027."
    assert read.dated(text) == [(None, Y(2027, 12, 31), Y(2024, 3, 1))]


def test_when_it_was_promised_does_not_block_what_was_promised():
    text = "Halden Transit promised last year to open the line by 2027."
    assert read.dated(text) == [(None, Y(2027, 12, 31), Y(2023, 1, 1))]


# --- When it was said: a plan presented dates the promises that detail it ---------------------


def test_a_plan_presented_dates_the_promises_that_follow():
    text = (
        "Halden Transit a dévoilé mardi son nouveau réseau. La première ligne ouvrira d'ici 2027."
    )
    assert read.dated(text, published_on=Y(2024, 6, 14)) == [
        (None, Y(2027, 12, 31), Y(2024, 6, 11))
    ]


def test_a_plan_presented_in_english_dates_the_promises_that_follow():
    text = "Halden Transit unveiled its new network on Tuesday. The first line will open by 2027."
    assert read.dated(text, published_on=Y(2024, 6, 14)) == [
        (None, Y(2027, 12, 31), Y(2024, 6, 11))
    ]


def test_a_plan_named_with_its_content_is_not_dated_by_that_content():
    text = (
        "Halden Transit announced plans for a new service this month. "
        "The first line will open by 2027."
    )
    assert read.dated(text, published_on=Y(2024, 6, 14)) == [
        (None, Y(2027, 12, 31), Y(2024, 6, 14))
    ]


# --- A quoted tweet's own text: said on the tweet's day, without its link and signature -------


def test_a_quoted_tweet_is_said_on_its_day_on_a_page_dated_to_the_day():
    text = (
        "Halden Transit is rebuilding its network.\n\n"
        "The new line will open by 2027! pic.twitter.com/Ab12Cd34Ef — Halden Transit "
        "(@haldentransit) June 12, 2024"
    )
    [draft] = read.dated_drafts(text, published_on=Y(2024, 6, 14))
    assert (draft.quote, draft.end, draft.stated_on) == (
        "The new line will open by 2027!",
        Y(2027, 12, 31),
        Y(2024, 6, 12),
    )


# --- When it was said: the day a page dated only to its month or year gives itself -----------


def test_a_dateline_dates_a_page_known_only_to_its_month():
    text = (
        "LYON, 3 mars (AFP) - Halden Transit ouvrira la ligne d'ici 2027, a annoncé l'entreprise."
    )
    assert read.dated(text, published_on=Y(2024, 3, 1), published_precision="month") == [
        (None, Y(2027, 12, 31), Y(2024, 3, 3))
    ]


def test_a_published_line_dates_a_page_known_only_to_its_year():
    text = "Posted on March 3, 2024 by Jane Doe\n\nHalden Transit will open the line by 2027."
    assert read.dated(text, published_on=Y(2024, 1, 1), published_precision="year") == [
        (None, Y(2027, 12, 31), Y(2024, 3, 3))
    ]


def test_a_dateline_outside_the_pages_month_does_not_date_it():
    text = "PARIS, April 3 (Reuters) - Halden Transit will open the line by 2027, it said."
    [draft] = read.dated_drafts(text, published_on=Y(2024, 3, 1), published_precision="month")
    assert (draft.stated_on, draft.stated_on_precision) == (Y(2024, 3, 1), "month")


def test_today_in_a_page_known_only_to_its_month_is_that_month():
    text = "Halden Transit today announced that it will open the line by 2027."
    [draft] = read.dated_drafts(text, published_on=Y(2024, 3, 1), published_precision="month")
    assert (draft.stated_on, draft.stated_on_precision) == (Y(2024, 3, 1), "month")


def test_a_weekday_read_ahead_is_not_that_weekday_a_year_back():
    text = "Selon un communiqué diffusé mardi, Halden Transit ouvrira la ligne d'ici 2027."
    assert read.dated(text, published_on=Y(2024, 6, 14)) == [
        (None, Y(2027, 12, 31), Y(2024, 6, 11))
    ]


# --- More verbs of saying: what they report is a statement, and their time its day ------------


def test_reiterated_and_stressed_report_a_statement_and_its_time():
    for verb in ("reiterated", "stressed", "insisted"):
        text = f"Halden Transit {verb} in March that the line would open by 2027."
        assert read.dated(text) == [(None, Y(2027, 12, 31), Y(2024, 3, 1))], verb


def test_a_rappele_and_indiquait_report_a_statement_and_its_time():
    for verb in ("a rappelé", "a réaffirmé", "indiquait"):
        text = f"Halden Transit {verb} en mars que la ligne ouvrirait d'ici 2027."
        assert read.dated(text) == [(None, Y(2027, 12, 31), Y(2024, 3, 1))], verb
