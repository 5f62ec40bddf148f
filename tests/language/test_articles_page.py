"""The page around the promises (docs/article-import.md): the day of a page known only to its
month or year (a quoted tweet, a dateline, a published line, a weekday and its day), a press
release's dateline, a project sheet's fields, and where a sentence ends (a full stop inside
brackets or run into the next sentence, a question that leads into its answer). One
behaviour per test; the sentences are invented, in the shape real articles take.
"""

from __future__ import annotations

import datetime as dt

import pytest

from language.articles import split_sentences
from tests.language.article_ledgers import (
    MARCH_15,
    read,
    read_in_october,
    read_nordvik,
    read_on_june_1,
)

Y = dt.date


# --- A page known only to its month or year ------------------------------------------------------


TWEETED = (
    "Halden Transit will open its new tram line by 2027, the operator said.\n\n"
    "Our new line opens by 2027! pic.twitter.com/Ab12Cd34Ef — Halden Transit (@haldentransit) "
    "June 12, 2024"
)


def test_a_time_finer_than_what_is_known_of_the_pages_day_dates_nothing():
    text = "La fin des travaux du dépôt de Halden Transit est prévue à la fin du mois."
    assert read_on_june_1.windows(text, language="fr", published_precision="year") == []
    text = "Halden Transit will reopen its depot next week."
    assert read_on_june_1.windows(text, published_precision="month") == []
    # A month known to the page dates "this month"; a month named dates itself.
    text = "Halden Transit will reopen its depot by the end of the month."
    assert read_on_june_1.windows(text, published_precision="month") == [(None, Y(2024, 6, 30))]
    text = "Halden Transit will reopen its depot by the end of the month of March."
    assert len(read_on_june_1.windows(text, published_precision="year")) == 1


def test_a_quoted_tweet_dates_a_page_known_only_to_its_month():
    [draft] = read_on_june_1.dated_drafts(TWEETED, published_precision="month")
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
    [draft] = read_on_june_1.dated_drafts(
        text, published_on=Y(2024, 10, 1), published_precision="month"
    )
    assert (draft.end, draft.stated_on) == (Y(2027, 12, 31), Y(2024, 3, 3))


def test_a_tweet_signed_with_an_accented_month_and_a_hyphenated_name_dates_the_page():
    text = (
        "Le réseau Halden Transit ouvrira sa nouvelle ligne d'ici 2027.\n\n"
        "Une nouvelle ligne d'ici 2027 ! pic.twitter.com/Ab12Cd34Ef — Mairie de Saint-Vallier "
        "(@stvallier) 12 février 2024"
    )
    # The dash of a signature may follow the link with no space: an em dash, not a hyphen.
    for signed in (text, text.replace(" — Mairie", "— Mairie")):
        [draft] = read_on_june_1.dated_drafts(
            signed, published_on=Y(2024, 10, 1), published_precision="month"
        )
        assert draft.stated_on == Y(2024, 2, 12), signed


@pytest.mark.parametrize(
    ("text", "language", "day"),
    [
        (
            "C'est un projet qui s'annonce pour Halden Transit, avec l'annonce, ce vendredi 7 "
            "juin 2024, d'un nouveau dépôt. Le PDG espère l'ouvrir d'ici fin 2026.",
            "fr",
            Y(2024, 6, 7),
        ),
        (
            "Halden Transit unveiled this Friday, June 7, a plan for a new depot. The operator "
            "hopes to open it by the end of 2026.",
            "en",
            Y(2024, 6, 7),
        ),
        # The weekday must agree with the day: 8 June 2024 was a Saturday.
        (
            "Halden Transit unveiled this Friday, June 8, a plan for a new depot. The operator "
            "hopes to open it by the end of 2026.",
            "en",
            Y(2024, 6, 1),
        ),
    ],
)
def test_this_weekday_and_its_day_at_the_top_date_a_page_known_only_to_its_month(
    text, language, day
):
    [draft] = read_on_june_1.dated_drafts(text, published_precision="month", language=language)
    assert (draft.end, draft.stated_on) == (Y(2026, 12, 31), day)


def test_a_page_dated_to_the_day_keeps_its_day():
    [draft] = read_on_june_1.dated_drafts(TWEETED, published_on=Y(2024, 6, 14))
    assert draft.stated_on == Y(2024, 6, 14)


def test_a_tweet_after_the_page_or_long_before_it_does_not_date_it():
    later = TWEETED.replace("June 12, 2024", "July 2, 2024")
    older = TWEETED.replace("June 12, 2024", "May 2, 2022")
    for text in (later, older):
        [draft] = read_on_june_1.dated_drafts(text, published_precision="month")
        assert (draft.stated_on, draft.stated_on_precision) == (Y(2024, 6, 1), "month")


def test_a_quoted_tweet_is_said_on_its_day_on_a_page_dated_to_the_day():
    text = (
        "Halden Transit is rebuilding its network.\n\n"
        "The new line will open by 2027! pic.twitter.com/Ab12Cd34Ef — Halden Transit "
        "(@haldentransit) June 12, 2024"
    )
    [draft] = read_on_june_1.dated_drafts(text, published_on=Y(2024, 6, 14))
    assert (draft.quote, draft.end, draft.stated_on) == (
        "The new line will open by 2027!",
        Y(2027, 12, 31),
        Y(2024, 6, 12),
    )


def test_a_dateline_dates_a_page_known_only_to_its_month():
    text = (
        "LYON, 3 mars (AFP) - Halden Transit ouvrira la ligne d'ici 2027, a annoncé l'entreprise."
    )
    assert read_on_june_1.dated(text, published_on=Y(2024, 3, 1), published_precision="month") == [
        (None, Y(2027, 12, 31), Y(2024, 3, 3))
    ]


def test_a_published_line_dates_a_page_known_only_to_its_year():
    text = "Posted on March 3, 2024 by Jane Doe\n\nHalden Transit will open the line by 2027."
    assert read_on_june_1.dated(text, published_on=Y(2024, 1, 1), published_precision="year") == [
        (None, Y(2027, 12, 31), Y(2024, 3, 3))
    ]


def test_a_dateline_outside_the_pages_month_does_not_date_it():
    text = "PARIS, April 3 (Reuters) - Halden Transit will open the line by 2027, it said."
    [draft] = read_on_june_1.dated_drafts(
        text, published_on=Y(2024, 3, 1), published_precision="month"
    )
    assert (draft.stated_on, draft.stated_on_precision) == (Y(2024, 3, 1), "month")


def test_today_in_a_page_known_only_to_its_month_is_that_month():
    text = "Halden Transit today announced that it will open the line by 2027."
    [draft] = read_on_june_1.dated_drafts(
        text, published_on=Y(2024, 3, 1), published_precision="month"
    )
    assert (draft.stated_on, draft.stated_on_precision) == (Y(2024, 3, 1), "month")


def test_a_weekday_read_ahead_is_not_that_weekday_a_year_back():
    text = "Selon un communiqué diffusé mardi, Halden Transit ouvrira la ligne d'ici 2027."
    assert read_on_june_1.dated(text, published_on=Y(2024, 6, 14)) == [
        (None, Y(2027, 12, 31), Y(2024, 6, 11))
    ]


def test_a_page_opening_on_a_weekday_and_its_day_is_of_that_day_in_french():
    text = (
        "Le mardi 15 octobre, Anne Morel, la directrice du réseau, a présenté son plan "
        "pour les années à venir.\n\nLes quais seront rénovés. Le réseau compte douze lignes.\n\n"
        "Halden Transit ouvrira sa nouvelle ligne de tramway d'ici 2027."
    )
    [draft] = read_in_october.dated_drafts(text, published_precision="month")
    assert (draft.end, draft.stated_on, draft.stated_on_precision) == (
        Y(2027, 12, 31),
        Y(2024, 10, 15),
        "day",
    )


def test_a_page_opening_on_a_weekday_and_its_day_is_of_that_day_in_english():
    text = (
        "On Tuesday, October 15, Jane Holt, the chief executive of the group, presented "
        "the plan for the years ahead.\n\nThe site employs 400 people. Sales rose last year.\n\n"
        "Corvane Motors will open a new plant by 2027."
    )
    [draft] = read_in_october.dated_drafts(text, published_precision="month")
    assert (draft.stated_on, draft.stated_on_precision) == (Y(2024, 10, 15), "day")


def test_a_weekday_that_does_not_fit_its_day_leaves_the_page_at_its_month():
    # 15 October 2024 was a Tuesday: a Thursday there is a slip, and no day is taken.
    text = (
        "Le jeudi 15 octobre, Anne Morel, la directrice du réseau, a présenté son plan "
        "pour les années à venir.\n\nLes quais seront rénovés. Le réseau compte douze lignes.\n\n"
        "Halden Transit ouvrira sa nouvelle ligne de tramway d'ici 2027."
    )
    [draft] = read_in_october.dated_drafts(text, published_precision="month")
    assert (draft.stated_on, draft.stated_on_precision) == (Y(2024, 10, 1), "month")


# --- A press release's dateline ------------------------------------------------------------------


def test_a_press_releases_dateline_dates_the_release():
    text = (
        "Press Release\n\n"
        "Oslo, March 13, 2024\n\n"
        "Nordvik Cloud opens a region in Bergen\n\n"
        "Nordvik Cloud is committed to opening a second region in Bergen by the end of 2025."
    )
    assert read_nordvik.dated(text) == [(None, Y(2025, 12, 31), Y(2024, 3, 13))]


def test_a_dateline_far_from_the_articles_date_dates_nothing():
    text = (
        "Oslo, March 13, 2019\n\n"
        "Nordvik Cloud is committed to opening a second region in Bergen by the end of 2025."
    )
    assert read_nordvik.dated(text) == [(None, Y(2025, 12, 31), MARCH_15)]


# --- A digest's heading that names the days it covers --------------------------------------------


def test_a_digests_heading_dates_its_items_within_the_days_it_covers():
    text = (
        "Top Transit News for 3rd-9th of June, 2024.\n\n"
        "Jun 10, 2024 | Posted by Ada Brenn\n\n"
        "Halden Transit has announced plans to open a tram depot in Brell by 2027."
    )
    [draft] = read.dated_drafts(text)
    assert (draft.end, draft.stated_on, draft.stated_on_precision) == (
        Y(2027, 12, 31),
        Y(2024, 6, 1),
        "month",
    )


def test_a_digests_heading_of_days_long_before_the_page_dates_nothing():
    text = (
        "Top Transit News for 3rd-9th of March, 2024.\n\n"
        "Halden Transit has announced plans to open a tram depot in Brell by 2027."
    )
    [draft] = read.dated_drafts(text)
    assert (draft.stated_on, draft.stated_on_precision) == (Y(2024, 6, 14), "day")


# --- A project sheet's field for when it is due --------------------------------------------------


def test_a_project_sheets_delivery_field_is_a_timetable_entry_in_french():
    text = (
        "Les travaux de l'été\nMédiathèque\nRénovation de la salle de lecture.\n"
        "Livraison : Novembre 2025\nStade\nPose d'un nouveau gazon.\nLivraison : Avril 2026"
    )
    assert read_in_october.windows(text, language="fr") == [
        (Y(2025, 11, 1), Y(2025, 11, 30)),
        (Y(2026, 4, 1), Y(2026, 4, 30)),
    ]


def test_a_completion_field_after_an_excerpts_cut_is_a_timetable_entry():
    text = "Summer works\nSkate park\nA new bowl and ramps.\nCompletion: March 2026 [...]"
    assert read_in_october.windows(text) == [(Y(2026, 3, 1), Y(2026, 3, 31))]


def test_a_field_in_the_month_of_a_page_dated_to_the_month_is_still_ahead():
    text = "Les travaux de l'été\nMédiathèque\nRénovation de la salle.\nLivraison : Juillet 2025"
    assert read_in_october.windows(
        text, published_on=Y(2025, 7, 1), language="fr", published_precision="month"
    ) == [(Y(2025, 7, 1), Y(2025, 7, 31))]


# --- Where a sentence ends -----------------------------------------------------------------------


def test_a_full_stop_inside_brackets_does_not_split_the_sentence():
    text = (
        "À Lyon, le projet (maître d'ouvrage Halden Transit. Architecte Studio Mar) "
        "d'un dépôt de 40 rames devrait ouvrir d'ici 2027."
    )
    assert [s.text for s in split_sentences(text)] == [text]
    [draft] = read.dated_drafts(text, language="fr")
    assert (draft.promiser_name, draft.end) == ("Halden Transit", Y(2027, 12, 31))


def test_a_bracket_closed_before_the_full_stop_still_lets_the_sentence_end():
    text = "Halden Transit (Lyon) opened a depot. Corvane Motors will follow in 2026."
    assert [s.text for s in split_sentences(text)] == [
        "Halden Transit (Lyon) opened a depot.",
        "Corvane Motors will follow in 2026.",
    ]


def test_a_full_stop_run_into_the_next_sentence_ends_it():
    text = (
        "Corvane Motors is planning a van plant in Leeds.The company revealed the plan "
        "in its Q2 2024 earnings report. The plant is set for completion in H2 2025."
    )
    [draft] = read.dated_drafts(text)
    assert draft.quote == "The plant is set for completion in H2 2025."


def test_a_question_that_leads_into_its_answer_is_one_sentence():
    text = (
        "Halden Transit prolonge sa ligne.\n\nL’objectif ? Parvenir à une mise en service en 2028."
    )
    [draft] = read.dated_drafts(text, language="fr")
    assert (draft.quote, draft.strength) == (
        "L’objectif ? Parvenir à une mise en service en 2028.",
        "aims",
    )


def test_sentences_run_together_without_a_space_are_read_apart_in_french():
    text = (
        "Courant novembre 2025, la digue sud aura été achevée.A l'arrière, un premier ponton "
        "a déjà été posé en 2023."
    )
    assert [d.quote for d in read_in_october.dated_drafts(text, language="fr")] == [
        "Courant novembre 2025, la digue sud aura été achevée."
    ]


def test_a_time_of_day_followed_by_its_time_zone_does_not_end_the_sentence():
    text = (
        "The remaining terminals will reopen on Oct. 7 at 6 a.m. ET, according to the port. "
        "Trucks wait at 9 p.m. Drivers are told to come back."
    )
    assert [s.text for s in split_sentences(text)] == [
        "The remaining terminals will reopen on Oct. 7 at 6 a.m. ET, according to the port.",
        "Trucks wait at 9 p.m.",
        "Drivers are told to come back.",
    ]


def test_the_title_set_at_the_top_with_a_full_stop_is_a_headline_not_a_sentence():
    title = "Halden Transit will open a depot in Lyon by 2026."
    text = f"{title}\n\nHalden Transit said the depot is expected to be operational by 2026."
    [draft] = read.dated_drafts(text, title=title)
    assert draft.quote == "Halden Transit said the depot is expected to be operational by 2026."


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Halden Transit will open its new depot this Friday, June 7, the operator said. The "
            "line will follow by the end of 2026.",
            "en",
        ),
        (
            "Halden Transit ouvrira son nouveau dépôt ce vendredi 7 juin. La ligne suivra d'ici "
            "fin 2026.",
            "fr",
        ),
    ],
)
def test_this_weekday_and_its_day_that_a_verb_looks_ahead_to_is_an_event_not_the_pages_day(
    text, language
):
    drafts = read_on_june_1.dated_drafts(text, published_precision="month", language=language)
    assert [(d.end, d.stated_on) for d in drafts] == [
        (Y(2024, 6, 7), Y(2024, 6, 1)),
        (Y(2026, 12, 31), Y(2024, 6, 1)),
    ]


def test_a_wires_hard_wrapped_lines_are_joined_where_a_clause_goes_on():
    # A line ending on a preposition, an elision or an auxiliary, or a next line opening on a
    # quoted word in lower case, goes on with the same sentence.
    text = (
        "Le groupe indique qu'en\n"
        'Bretagne, la "remise en route" du site de Kerlo est\n'
        '"engagée" et sera achevée dimanche.\n'
        "Une heure plus tard, tout était prêt."
    )
    assert [s.text.replace("\n", " ") for s in split_sentences(text)] == [
        'Le groupe indique qu\'en Bretagne, la "remise en route" du site de Kerlo est '
        '"engagée" et sera achevée dimanche.',
        "Une heure plus tard, tout était prêt.",
    ]


def test_a_line_ending_on_a_capitalised_zone_or_name_still_ends_its_paragraph():
    text = "ZURICH | Thu Feb 14, 2013 2:24am EST\nZURICH (Reuters) - Kerlo said it would open."
    assert len(split_sentences(text)) == 2


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Halden Transit will open the line by 2027. Its chief executive gave the date "
            "during the operator's quarterly earnings call on 12 June.",
            "en",
        ),
        (
            "Halden Transit ouvrira la ligne d'ici 2027. Son directeur en a donné le calendrier "
            "pendant la conférence de presse du 12 juin, devant les élus de la métropole.",
            "fr",
        ),
    ],
)
def test_a_day_of_the_pages_month_on_which_something_was_said_dates_the_page(text, language):
    # A page known only to its month that says, anywhere, on which day of that month its news
    # was told: what it reports was said that day.
    [draft] = read_on_june_1.dated_drafts(text, published_precision="month", language=language)
    assert (draft.end, draft.stated_on, draft.stated_on_precision) == (
        Y(2027, 12, 31),
        Y(2024, 6, 12),
        "day",
    )


def test_a_day_to_come_or_one_that_tells_of_no_saying_does_not_date_the_page():
    for text in (
        "Halden Transit will open the line by 2027. Details will be announced on 20 June.",
        "Halden Transit will open the line by 2027. The old depot closed on 3 June.",
    ):
        drafts = read_on_june_1.dated_drafts(text, published_precision="month")
        [draft] = [d for d in drafts if d.end == Y(2027, 12, 31)]
        assert (draft.stated_on, draft.stated_on_precision) == (Y(2024, 6, 1), "month")
