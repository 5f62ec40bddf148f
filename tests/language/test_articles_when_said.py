"""When a promise was said (docs/article-import.md), the cases beyond the precedence
test_articles_statement_dates.py specifies: a time inside the attribution or after the verb
of promising, the day of the source, document or occasion that carries the statement, the
verbs of saying that report a statement and its time, an act of deciding or a plan presented,
a statement dated after the promise, and a sentence with its own verb of saying. One
behaviour per test; the sentences are invented, in the shape real articles take.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.language.article_ledgers import (
    MARCH_6_2025,
    MARCH_15,
    PUBLISHED,
    read,
    read_brenmoor,
    read_in_october,
    read_motors_and_yards,
    read_nordvik,
    read_on_june_1,
)

Y = dt.date


# --- A time in the attribution or after the verb of promising ------------------------------------


def test_a_time_after_the_verb_of_a_trailing_attribution_dates_the_promise():
    text = (
        "Heliantha plans to open a pilot line by the first half of 2026, chief executive Ana "
        "Berg told a news agency on Tuesday."
    )
    assert read_nordvik.dated(text) == [(None, Y(2026, 6, 30), Y(2024, 3, 12))]


def test_a_day_opening_a_reported_sentence_with_a_future_verb_is_the_promises_own():
    # Published Friday 14 June 2024: the launch is on 18 July, not said on 18 July 2023.
    text = (
        "Le 18 juillet, un train Halden Transit mettra en service la ligne nord, et le 1er "
        "août la ligne sud, indique Halden Transit dans un communiqué."
    )
    assert read.dated(text, language="fr") == [
        (Y(2024, 7, 18), Y(2024, 7, 18), PUBLISHED),
        (Y(2024, 8, 1), Y(2024, 8, 1), PUBLISHED),
    ]
    # "sera", "fera" are the future too.
    text = "Le 18 juillet, la ligne nord sera mise en service, indique Halden Transit."
    assert read.dated(text, language="fr") == [(Y(2024, 7, 18), Y(2024, 7, 18), PUBLISHED)]
    # A verb of saying between the day and the promise still dates the statement.
    text = "Le 3 juin, Halden Transit a annoncé que la ligne nord ouvrira en 2026."
    assert read.dated(text, language="fr") == [(Y(2026, 1, 1), Y(2026, 12, 31), Y(2024, 6, 3))]


def test_a_weekday_in_an_attribution_between_commas_is_when_it_was_said():
    text = (
        "“The pumps will be running in May,” board chair Ida Marsh told reporters during a "
        "site tour on Monday, according to the Ostvale Courier."
    )
    assert read_brenmoor.dated(text) == [(Y(2025, 5, 1), Y(2025, 5, 31), Y(2025, 3, 3))]


def test_the_weekday_after_the_pages_day_is_the_pages_news_across_the_date_line():
    # Published Friday 14 June 2024: a Saturday said abroad is that same news, not 8 June.
    text = "Halden Transit said on Saturday that it will open the line in 2026."
    assert read.dated(text) == [(Y(2026, 1, 1), Y(2026, 12, 31), PUBLISHED)]
    # "Last Saturday" is the one before; another weekday is the last such day.
    text = "Halden Transit said last Saturday that it will open the line in 2026."
    assert read.dated(text) == [(Y(2026, 1, 1), Y(2026, 12, 31), Y(2024, 6, 8))]
    text = "Halden Transit said on Wednesday that it will open the line in 2026."
    assert read.dated(text) == [(Y(2026, 1, 1), Y(2026, 12, 31), Y(2024, 6, 12))]


def test_a_time_after_pledged_is_when_the_promise_was_made():
    [draft] = read_on_june_1.dated_drafts(
        "Halden Transit pledged in 2021 to open the line by 2027."
    )
    assert (draft.end, draft.stated_on, draft.stated_on_precision) == (
        Y(2027, 12, 31),
        Y(2021, 1, 1),
        "year",
    )


def test_a_time_after_s_est_engagee_is_when_the_promise_was_made():
    text = "Halden Transit s'est engagée en mars à ouvrir la ligne d'ici 2027."
    [draft] = read_on_june_1.dated_drafts(text)
    assert (draft.end, draft.stated_on, draft.stated_on_precision) == (
        Y(2027, 12, 31),
        Y(2024, 3, 1),
        "month",
    )


def test_an_aside_that_dates_the_statement_is_when_it_was_said():
    text = "Halden Transit, in a statement released Tuesday, said the line would open by 2027."
    assert read_on_june_1.dated(text, published_on=Y(2024, 6, 14)) == [
        (None, Y(2027, 12, 31), Y(2024, 6, 11))
    ]


def test_earlier_this_week_is_the_weeks_days_so_the_month_when_it_holds_them():
    text = (
        "Skyrail will open the Lund depot later than planned, the company said in its "
        "earnings call earlier this week.\n\n"
        "“The depot will open early next year,” chief executive Ana Berg said."
    )
    [draft] = read_nordvik.dated_drafts(text)
    assert (draft.start, draft.end) == (Y(2025, 1, 1), Y(2025, 4, 30))
    assert (draft.stated_on, draft.stated_on_precision) == (Y(2024, 3, 1), "month")


def test_earlier_this_week_on_a_monday_is_that_monday():
    text = "Skyrail said earlier this week that the depot will open in 2026."
    monday = dt.date(2024, 3, 11)
    assert read_nordvik.dated(text, published_on=monday) == [
        (Y(2026, 1, 1), Y(2026, 12, 31), monday)
    ]


def test_a_time_of_speech_before_but_now_does_not_date_what_follows():
    text = (
        "When it was announced in 2021, the depot was said to open at the end of 2023, but now "
        "Skyrail will open it in 2026."
    )
    assert read_nordvik.dated(text) == [(Y(2026, 1, 1), Y(2026, 12, 31), MARCH_15)]


def test_a_time_of_speech_without_a_contrast_still_dates_its_promise():
    text = "In 2021 Skyrail said it will open the depot in 2026."
    assert read_nordvik.dated(text) == [(Y(2026, 1, 1), Y(2026, 12, 31), Y(2021, 1, 1))]


# --- The day of the source, the document or the occasion that carries the statement --------------


def test_a_report_dated_in_the_attribution_dates_the_promise():
    text = (
        "Corvane is on track to open a battery plant in October, according to a report by "
        "the regional daily Leeds Courier on June 3."
    )
    [draft] = read_motors_and_yards.dated_drafts(text)
    assert (draft.stated_on, draft.start, draft.end) == (
        Y(2024, 6, 3),
        Y(2024, 10, 1),
        Y(2024, 10, 31),
    )


def test_a_french_source_published_on_a_day_dates_the_promise():
    text = (
        "Halden Yards livrera son premier ferry en septembre, selon un communiqué publié le 3 juin."
    )
    [draft] = read_motors_and_yards.dated_drafts(text, language="fr")
    assert draft.stated_on == Y(2024, 6, 3)


def test_a_source_without_a_day_leaves_the_article_s_date():
    text = "Corvane is on track to open a battery plant in October, according to a report."
    [draft] = read_motors_and_yards.dated_drafts(text)
    assert draft.stated_on == PUBLISHED


def test_a_source_d_apres_with_its_day_dates_the_promise():
    text = (
        "Halden Yards livrera son premier ferry en septembre, d'après un rapport publié le 3 juin."
    )
    [draft] = read_motors_and_yards.dated_drafts(text, language="fr")
    assert draft.stated_on == Y(2024, 6, 3)


def test_the_day_a_press_release_was_published_is_when_it_was_said():
    text = (
        "Dans un communiqué publié le 3 mars, Halden Transit indique qu'elle ouvrira la ligne "
        "d'ici 2027."
    )
    assert read_on_june_1.dated(text) == [(None, Y(2027, 12, 31), Y(2024, 3, 3))]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Halden Yards livrera son premier ferry en septembre, selon une délibération "
            "publiée mardi.",
            "fr",
        ),
        (
            "Halden Yards will deliver its first ferry in September, according to a decision "
            "published Tuesday.",
            "en",
        ),
    ],
)
def test_the_day_an_official_document_was_published_is_when_it_was_said(text, language):
    # A regulator's deliberation, a decision, a decree or a report carries a statement as a
    # press release does.
    [draft] = read_motors_and_yards.dated_drafts(text, language=language)
    assert draft.stated_on == Y(2024, 6, 11)


def test_the_day_of_a_conference_is_when_its_speaker_said_it():
    text = (
        "Speaking at a conference on March 3, the chief executive of Halden Transit said the "
        "line would open by 2027."
    )
    assert read_on_june_1.dated(text) == [(None, Y(2027, 12, 31), Y(2024, 3, 3))]


def test_a_day_written_before_its_document_is_when_it_was_said():
    text = "In its March 3 press release, Halden Transit said the line would open by 2027."
    assert read_on_june_1.dated(text) == [(None, Y(2027, 12, 31), Y(2024, 3, 3))]


def test_a_statement_named_by_its_month_dates_the_promise():
    text = (
        '"In my March statement, I advised that the depot would open by the end of 2026," '
        "said the chair of Halden Transit."
    )
    assert read_in_october.dated(text) == [(None, Y(2026, 12, 31), Y(2024, 3, 1))]


def test_speaking_somewhere_on_a_day_dates_what_the_speaker_goes_on_to_promise():
    text = (
        "Speaking in the council chamber on 3 March, Ostvale Water Board chair Ida Marsh "
        "reiterated the plan and gave an update. She said “We are committed to finishing the "
        "new reservoir by 2028.”"
    )
    assert read_brenmoor.dated(text) == [(None, Y(2028, 12, 31), Y(2025, 3, 3))]


def test_speaking_somewhere_on_a_day_without_saying_anything_dates_nothing_after():
    text = (
        "Speaking at the site on 3 March, the chair of Ostvale Water Board thanked the "
        "workers. Ostvale Water Board will widen the dam by 2027."
    )
    assert read_brenmoor.dated(text) == [(None, Y(2027, 12, 31), MARCH_6_2025)]


def test_a_visit_on_a_day_dates_what_is_said_in_the_present_just_after():
    text = (
        "En visite chez Ostvale Water Board le lundi 3 mars pour inaugurer la station, la "
        "ministre Ida Marsh a annoncé que l'ancienne usine pourrait tourner jusqu'en 2027. La "
        "ministre assure que Ostvale Water Board fermera l'ancienne usine en 2026."
    )
    assert read_brenmoor.dated(text, language="fr") == [
        (Y(2026, 1, 1), Y(2026, 12, 31), Y(2025, 3, 3))
    ]


def test_the_present_of_speech_with_no_dated_statement_before_is_the_articles_day():
    text = (
        "La ministre Ida Marsh a inauguré la station. La ministre assure que Ostvale Water "
        "Board fermera l'ancienne usine en 2026."
    )
    assert read_brenmoor.dated(text, language="fr") == [
        (Y(2026, 1, 1), Y(2026, 12, 31), MARCH_6_2025)
    ]


def test_the_present_of_speech_after_an_old_statement_is_the_articles_day():
    text = (
        "In 2019, Ostvale Water Board said it would build a reservoir by 2022. Ostvale Water "
        "Board says the reservoir will open in 2026."
    )
    assert read_brenmoor.dated(text) == [
        (None, Y(2022, 12, 31), Y(2019, 1, 1)),
        (Y(2026, 1, 1), Y(2026, 12, 31), MARCH_6_2025),
    ]


# --- Verbs of saying: what they report is a statement, and their time its day --------------------


def test_disclosed_dates_the_promise_it_reports():
    text = "Corvane Motors disclosed on Tuesday that it will open a plant in 2026."
    [draft] = read.dated_drafts(text)
    assert draft.stated_on == Y(2024, 6, 11)


def test_tweeted_reports_a_statement_and_its_day():
    text = "Halden Transit's chief executive tweeted on March 3 that the line would open by 2027."
    assert read_on_june_1.dated(text) == [(None, Y(2027, 12, 31), Y(2024, 3, 3))]


def test_comme_annonce_dates_the_statement_as_as_announced_does():
    text = "Comme annoncé en mars, Halden Transit ouvrira la ligne d'ici 2027."
    assert read_on_june_1.dated(text) == [(None, Y(2027, 12, 31), Y(2024, 3, 1))]


def test_a_fait_savoir_reports_a_statement_and_its_time():
    text = "Halden Transit a fait savoir en mars qu'elle ouvrirait la ligne d'ici 2027."
    assert read_on_june_1.dated(text) == [(None, Y(2027, 12, 31), Y(2024, 3, 1))]


def test_when_it_was_promised_does_not_block_what_was_promised():
    text = "Halden Transit promised last year to open the line by 2027."
    assert read_on_june_1.dated(text) == [(None, Y(2027, 12, 31), Y(2023, 1, 1))]


def test_reiterated_and_stressed_report_a_statement_and_its_time():
    for verb in ("reiterated", "stressed", "insisted"):
        text = f"Halden Transit {verb} in March that the line would open by 2027."
        assert read_on_june_1.dated(text) == [(None, Y(2027, 12, 31), Y(2024, 3, 1))], verb


def test_a_rappele_and_indiquait_report_a_statement_and_its_time():
    for verb in ("a rappelé", "a réaffirmé", "indiquait"):
        text = f"Halden Transit {verb} en mars que la ligne ouvrirait d'ici 2027."
        assert read_on_june_1.dated(text) == [(None, Y(2027, 12, 31), Y(2024, 3, 1))], verb


def test_an_adverb_or_commas_between_the_verb_of_saying_and_its_time_keep_it():
    for said in (
        "Halden Transit avait d'ailleurs annoncé en mars : « la ligne ouvrira d'ici 2027 ».",
        "Halden Transit avait annoncé, en mars : « la ligne ouvrira d'ici 2027 ».",
        "Halden Transit had announced, in March, that the line would open by 2027.",
    ):
        assert read_on_june_1.dated(said) == [(None, Y(2027, 12, 31), Y(2024, 3, 1))], said


# --- An act of deciding, a decision made public, a plan presented --------------------------------


def test_a_time_opening_a_sentence_that_sets_a_target_is_when_it_was_set():
    text = "In 2021, Halden Transit set itself the goal of opening the line by 2027."
    assert read_on_june_1.dated(text) == [(None, Y(2027, 12, 31), Y(2021, 1, 1))]


def test_a_time_opening_a_sentence_that_sets_a_target_in_french():
    text = "En 2021, Halden Transit s'était fixé l'objectif d'ouvrir la ligne d'ici 2027."
    assert read_on_june_1.dated(text) == [(None, Y(2027, 12, 31), Y(2021, 1, 1))]


def test_a_time_after_the_verb_that_sets_a_target_is_when_it_was_set():
    text = "Halden Transit set out in March a target to open the line by 2027."
    [draft] = read_on_june_1.dated_drafts(text)
    assert (draft.stated_on, draft.stated_on_precision) == (Y(2024, 3, 1), "month")


def test_a_decision_made_public_on_a_day_dates_the_promise_told_before_it():
    text = (
        "Corvane Motors has announced a delay to its new saloon, pushing its launch from "
        "the planned spring 2025 date to early 2026. This decision, made public on "
        "September 12, 2024, aims to give the engineers more time."
    )
    assert read_in_october.dated(text, published_precision="month") == [
        (Y(2026, 1, 1), Y(2026, 4, 30), Y(2024, 9, 12))
    ]


def test_a_decision_made_public_dates_nothing_in_another_paragraph():
    text = (
        "Corvane Motors has announced a delay to its new saloon, pushing its launch from "
        "the planned spring 2025 date to early 2026.\n\nThis decision, made public on "
        "September 12, 2024, aims to give the engineers more time."
    )
    assert [
        d.stated_on for d in read_in_october.dated_drafts(text, published_precision="month")
    ] == [Y(2024, 10, 1)]


def test_a_plan_presented_dates_the_promises_that_follow():
    text = (
        "Halden Transit a dévoilé mardi son nouveau réseau. La première ligne ouvrira d'ici 2027."
    )
    assert read_on_june_1.dated(text, published_on=Y(2024, 6, 14)) == [
        (None, Y(2027, 12, 31), Y(2024, 6, 11))
    ]


def test_a_plan_presented_in_english_dates_the_promises_that_follow():
    text = "Halden Transit unveiled its new network on Tuesday. The first line will open by 2027."
    assert read_on_june_1.dated(text, published_on=Y(2024, 6, 14)) == [
        (None, Y(2027, 12, 31), Y(2024, 6, 11))
    ]


def test_a_plan_named_with_its_content_is_not_dated_by_that_content():
    text = (
        "Halden Transit announced plans for a new service this month. "
        "The first line will open by 2027."
    )
    assert read_on_june_1.dated(text, published_on=Y(2024, 6, 14)) == [
        (None, Y(2027, 12, 31), Y(2024, 6, 14))
    ]


# --- A statement dated after the promise, and a statement of the sentence's own ------------------


def test_a_statement_its_organisation_dates_afterwards_dates_the_lead():
    text = (
        "Brenmoor Kali Mining plans to open its second potash shaft in the second half of "
        "2026, the company said.\n\n"
        "The first shaft reached full output in January with a crew of forty, Brenmoor Kali "
        "Mining said in a statement on Tuesday."
    )
    assert read_brenmoor.dated(text) == [(Y(2026, 7, 1), Y(2026, 12, 31), Y(2025, 3, 4))]


def test_the_time_of_an_event_its_organisation_tells_does_not_date_its_next_promise():
    text = (
        "Brenmoor Kali Mining will sink a new shaft by 2026.\n\n"
        "The first shaft opened in 2019, Brenmoor Kali Mining said. It will open a third one "
        "by 2028."
    )
    assert read_brenmoor.dated(text) == [
        (None, Y(2026, 12, 31), MARCH_6_2025),
        (None, Y(2028, 12, 31), MARCH_6_2025),
    ]


def test_a_time_in_what_a_later_sentence_says_will_happen_does_not_date_the_promise():
    # "mardi" is when the announcement would be made, not when the director spoke.
    text = (
        "Halden Yards doit ouvrir un second chantier dès 2026.\n\n"
        "Interrogé par la presse, le directeur de Halden Yards a indiqué qu'une annonce serait "
        "faite mardi par communiqué."
    )
    [draft] = read_motors_and_yards.dated_drafts(text, language="fr")
    assert (draft.stated_on, draft.start, draft.end) == (PUBLISHED, Y(2026, 1, 1), Y(2026, 12, 31))


def test_a_sentence_with_its_own_verb_of_saying_is_not_dated_by_an_older_statement():
    text = (
        "Halden Yards a annoncé l'an dernier que le chantier serait agrandi. La production "
        "doit débuter au début de l'année 2026, a déclaré Halden Yards."
    )
    [draft] = read_motors_and_yards.dated_drafts(text, language="fr")
    assert (draft.stated_on, draft.start, draft.end) == (
        PUBLISHED,
        Y(2026, 1, 1),
        Y(2026, 4, 30),
    )


def test_a_sentence_citing_a_source_still_continues_the_older_statement():
    text = (
        "Halden Yards a annoncé l'an dernier que le chantier serait agrandi. Selon Halden "
        "Yards, la production doit débuter au début de l'année 2026."
    )
    [draft] = read_motors_and_yards.dated_drafts(text, language="fr")
    assert draft.stated_on.year == 2023


# --- The pronominal "s'engager" as a verb of saying; a wire story's dateline ------------------


def test_a_time_opening_a_sentence_dates_a_promise_told_with_s_etait_engage():
    # As "In 2023, Corvane Motors had pledged to": the French pronominal pluperfect.
    for text in (
        "En 2023, Corvane Motors s'était engagé à ouvrir une usine à Halden en 2026.",
        "L'an dernier, Corvane Motors s'était engagé à ouvrir une usine à Halden en 2026.",
    ):
        (draft,) = read.dated_drafts(text, language="fr")
        assert (draft.end, draft.stated_on, draft.stated_on_precision) == (
            Y(2026, 12, 31),
            Y(2023, 1, 1),
            "year",
        )


def test_a_dateline_a_few_days_before_the_page_dates_the_wire_story():
    # The page is of Friday 14 June 2024; the agency's story, of 12 June.
    for text in (
        "PARIS, June 12 (Reuters) - Corvane Motors will open its Halden plant by the end of "
        "2026, the company said.",
        "Paris, le 12 juin 2024 – Corvane Motors ouvrira son usine de Halden d'ici fin 2026.",
    ):
        assert read.dated(text) == [(None, Y(2026, 12, 31), Y(2024, 6, 12))]


def test_a_dateline_of_the_page_day_or_long_before_it_changes_nothing():
    for day in ("June 14", "May 2"):
        text = f"PARIS, {day} (Reuters) - Corvane Motors will open its Halden plant by 2027."
        assert read.dated(text) == [(None, Y(2027, 12, 31), PUBLISHED)]


def test_assure_with_a_noun_is_to_carry_out_and_dates_no_statement():
    text = (
        "Halden Transit a annoncé prolonger ses rames jusqu'en 2030. Le modèle a été mis en "
        "service en 1991 et assure des liaisons de nuit."
    )
    [draft] = read.dated_drafts(text, language="fr")
    assert draft.stated_on == PUBLISHED


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "« Halden Transit ouvrira la ligne avant 2027. Ça n'est pas admissible. Il faut des "
            "marges », a déclaré le Premier ministre le 22 février.",
            "fr",
        ),
        (
            '"Halden Transit will open the line by 2027. That is not acceptable. We need '
            'margins," the minister said on February 22.',
            "en",
        ),
    ],
)
def test_a_quotation_over_several_sentences_was_said_when_its_attribution_says(text, language):
    [draft] = read.dated_drafts(text, language=language)
    assert draft.stated_on == Y(2024, 2, 22)


def test_a_quotation_is_dated_by_its_attribution_only_within_its_paragraph():
    text = (
        "« Halden Transit ouvrira la ligne avant 2027. Ça n'est pas admissible.\n\n"
        "Il faut des marges », a déclaré le Premier ministre le 22 février."
    )
    [draft] = read.dated_drafts(text, language="fr")
    assert draft.stated_on == PUBLISHED


def test_a_wire_leads_present_says_takes_the_day_its_body_gives_the_statement():
    text = (
        "OSLO (AP) — Halden Transit, the tram operator, says its first line in Oslo will be "
        "delayed until 2026.\n\n"
        "The operator said Wednesday that is due to supply chain issues."
    )
    [draft] = read.dated_drafts(text)
    assert (draft.start, draft.stated_on) == (Y(2026, 1, 1), Y(2024, 6, 12))


def test_present_says_outside_the_lead_stays_the_articles_day():
    text = (
        "Halden Transit opened a depot in 2023.\n\n"
        "Halden Transit says its first line in Oslo will open in 2026.\n\n"
        "The operator said Wednesday that costs had risen."
    )
    [draft] = read.dated_drafts(text)
    assert draft.stated_on == PUBLISHED


def test_a_statement_whose_plan_the_writer_says_was_moved_since_dates_nothing_after_it():
    text = (
        "Le 5 décembre prochain, Halden Transit ouvrira sa nouvelle ligne vers Lyon.\n\n"
        "Halden Transit annonçait cet été ses ambitions avec une nouvelle ligne vers Lyon ; un "
        "lancement qui a dû être reporté en raison de travaux. Cette ligne verra donc le jour à "
        "partir du 5 décembre 2024 à raison de deux trams par heure."
    )
    [draft] = read_in_october.dated_drafts(text, language="fr")
    assert (draft.start, draft.stated_on) == (Y(2024, 12, 5), Y(2024, 10, 1))


def test_of_two_times_next_to_verbs_of_saying_the_one_nearest_the_promise_dates_it():
    # "dévoilé à l'automne" tells when the design was shown; the promise was made on Friday.
    text = (
        "Après des mois de rumeurs et un modèle dévoilé à l'automne, son président a annoncé "
        "ce vendredi matin que la Corvane Motors Fjord sera disponible à partir du 3 mars "
        "prochain."
    )
    friday = Y(2025, 1, 17)
    assert read.dated(text, friday) == [(Y(2025, 3, 3), Y(2025, 3, 3), friday)]


def test_a_time_right_after_a_figure_dates_the_figure_not_the_statement():
    text = (
        "Halden Transit ouvrira la ligne d'ici à 2031. Ce chantier, selon son président, est "
        "estimé à 36 milliards d'euros, contre 22 milliards en 2010."
    )
    assert read.dated(text, language="fr") == [(None, Y(2031, 12, 31), PUBLISHED)]


def test_a_later_sentence_announcing_an_aim_of_its_own_does_not_date_the_quote_before():
    text = (
        "« D'ici deux ans, nous ouvrirons trois lignes », a souligné le directeur de Halden "
        "Transit. En septembre, il avait annoncé tabler sur un trafic record."
    )
    assert read.dated(text, language="fr") == [(None, Y(2026, 6, 14), PUBLISHED)]


def test_a_day_between_announced_and_its_action_is_when_it_was_announced():
    text = "Halden Transit a annoncé hier la création d'un nouveau dépôt à l'horizon 2027."
    assert read.dated(text, language="fr") == [(None, Y(2027, 12, 31), Y(2024, 6, 13))]
    text = "Halden Transit announced on Tuesday the closure of its old depot by 2026."
    assert read.dated(text) == [(None, Y(2026, 12, 31), Y(2024, 6, 11))]


def test_production_announced_is_an_action_announced():
    text = (
        "Halden Transit a d'ores et déjà annoncé la production de 40 rames de tramway d'ici 2027."
    )
    assert read.dated(text, language="fr") == [(None, Y(2027, 12, 31), PUBLISHED)]


def test_plans_announced_earlier_this_week_are_no_earlier_plans():
    text = "Halden Transit announced plans earlier this week to close its old depot by 2027."
    [(start, end, _)] = read.dated(text)
    assert (start, end) == (None, Y(2027, 12, 31))


def test_an_impersonal_or_inverted_verb_of_saying_dates_the_promise():
    text = "Il a été annoncé mardi 4 juin que la ligne de Halden Transit rouvrira en 2027."
    assert read.dated(text, language="fr") == [(Y(2027, 1, 1), Y(2027, 12, 31), Y(2024, 6, 4))]
    text = (
        "« Nous allons investir 2 milliards d'euros d'ici à 2026 », avait-il rappelé en février "
        "dernier, au nom de Corvane Motors."
    )
    [(start, end, stated_on)] = read.dated(text, language="fr")
    assert (end, stated_on) == (Y(2026, 12, 31), Y(2024, 2, 1))


def test_a_call_named_by_its_month_is_when_it_was_said():
    text = (
        "Halden Transit's chief executive said in a February earnings call that the line, now "
        "more than 70% complete, will likely be running sometime in 2025."
    )
    [draft] = read_on_june_1.dated_drafts(text)
    assert (draft.end, draft.stated_on, draft.stated_on_precision) == (
        Y(2025, 12, 31),
        Y(2024, 2, 1),
        "month",
    )


def test_now_just_after_a_statement_of_the_last_few_days_goes_on_with_it():
    # "now" is the day of the news the sentence before told, when that was days ago; not
    # after an older statement, whose plan "now" replaces on the article's day.
    text = (
        "On Wednesday Ostvale Water Board confirmed that the dam works would be delayed. "
        "Ostvale Water Board now expects to finish them in 2027."
    )
    assert read_brenmoor.dated(text) == [(Y(2027, 1, 1), Y(2027, 12, 31), Y(2025, 3, 5))]
    older = text.replace("On Wednesday", "On 20 February")
    assert read_brenmoor.dated(older) == [(Y(2027, 1, 1), Y(2027, 12, 31), MARCH_6_2025)]


def test_the_present_of_speech_goes_on_with_a_statement_one_sentence_of_background_back():
    # One sentence of background between the dated statement and its speaker's words in the
    # present ("indique") does not end the occasion; two do.
    text = (
        "Ce mercredi, le ministère de l'Eau a confirmé le contrat que la région vient de passer "
        "avec Ostvale Water Board. Deux barrages ont été commandés pour 40 millions d'euros. "
        "« Le premier sera livré d'ici à 2027 », indique le ministère de l'Eau."
    )
    assert read_brenmoor.dated(text, language="fr") == [(None, Y(2027, 12, 31), Y(2025, 3, 5))]
    longer = text.replace(
        "d'euros. ", "d'euros. Ils remplaceront les ouvrages actuels, vieux de soixante ans. "
    )
    assert read_brenmoor.dated(longer, language="fr") == [(None, Y(2027, 12, 31), MARCH_6_2025)]


def test_the_present_of_speech_goes_on_with_a_promise_carried_to_the_day_of_the_news():
    # A promise carried to the day of the article's news, in a later paragraph, tells that
    # occasion on: the next sentence, in the present of speech, was said that day too.
    text = (
        "Ostvale Water Board a annoncé mercredi que le barrage nord sera achevé d'ici fin 2026."
        "\n\nLa remise en eau du barrage sud est prévue en juin 2027. Sa station de pompage "
        "ouvrira en mars 2028, précise Ostvale Water Board."
    )
    assert read_brenmoor.dated(text, language="fr") == [
        (None, Y(2026, 12, 31), Y(2025, 3, 5)),
        (Y(2027, 6, 1), Y(2027, 6, 30), Y(2025, 3, 5)),
        (Y(2028, 3, 1), Y(2028, 3, 31), Y(2025, 3, 5)),
    ]


def test_the_present_of_speech_goes_on_with_a_dated_statement_its_speaker_opens_on():
    # A ledger organisation's dated statement that promises nothing, opening its sentence,
    # is the occasion its next words in the present tell; an old one is not.
    text = (
        "Ce mercredi, Ostvale Water Board a confirmé le contrat. « Le premier barrage sera "
        "livré d'ici à 2027 », indique Ostvale Water Board."
    )
    assert read_brenmoor.dated(text, language="fr") == [(None, Y(2027, 12, 31), Y(2025, 3, 5))]
    text = (
        "On Wednesday, Ostvale Water Board confirmed the contract. The first dam will be "
        "delivered by 2027, Ostvale Water Board says."
    )
    assert read_brenmoor.dated(text) == [(None, Y(2027, 12, 31), Y(2025, 3, 5))]
    older = text.replace("On Wednesday", "In 2019")
    assert read_brenmoor.dated(older) == [(None, Y(2027, 12, 31), MARCH_6_2025)]


def test_a_date_in_brackets_right_after_the_verb_of_saying_is_when_it_was_said():
    # A digest's date in brackets after its verb ("reported (4-Mar-2025)") is the day of the
    # report, not the page's.
    text = (
        "Ostvale Water Board reported (4-Mar-2025) construction of the north dam continues, "
        "with delivery expected in 2027."
    )
    assert read_brenmoor.dated(text) == [(Y(2027, 1, 1), Y(2027, 12, 31), Y(2025, 3, 4))]
