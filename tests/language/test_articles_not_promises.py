"""What is no promise (docs/article-import.md): what others think, report or take a statement
to mean, a doubt, a negated verb after a date told first, a court's calendar, the date of a
rule or of a meeting, and words that only look like a past event; each beside the nearest
sentence that is still a promise. One behaviour per test; the sentences are invented, in the
shape real articles take.
"""

from __future__ import annotations

import datetime as dt

from tests.language.article_ledgers import (
    read,
    read_in_october,
    read_on_june_1,
    read_transit_yards_and_lumeo,
)

Y = dt.date


# --- What others think, report or take a statement to mean ---------------------------------------


def test_what_a_statement_was_taken_to_mean_is_no_promise():
    text = (
        "Corvane Motors gave no date, but its forecast was widely taken to mean the new "
        "model would reach dealers in 2026."
    )
    assert read_in_october.dated_drafts(text) == []


def test_what_the_press_reports_of_a_plan_is_no_promise():
    text = (
        "Corvane Motors' first electric van is expected in 2026, promising a longer range, "
        "according to Autoweek reporting."
    )
    assert read_in_october.dated_drafts(text) == []


def test_what_press_reports_say_of_a_plan_is_no_promise():
    text = "Corvane Motors' new depot will open in 2026, according to press reports."
    assert read_in_october.dated_drafts(text) == []


def test_what_a_report_claims_or_what_was_reported_of_a_plan_is_no_promise():
    for text in (
        "A new report from a trade magazine claims that Corvane Motors will open its depot "
        "in 2026.",
        "Reports circulating online suggest that Corvane Motors will open its depot in 2026.",
        "Last month, it was reported that Corvane Motors will open its depot in 2026.",
    ):
        assert read_in_october.dated_drafts(text) == [], text
    # The organisation's own report is its word.
    said = "Corvane Motors said in its annual report that it will open its depot in 2026."
    assert len(read_in_october.dated_drafts(said)) == 1


def test_what_unnamed_sources_say_of_a_plan_is_no_promise():
    for text in (
        "Sources in Oslo say Corvane Motors plans to open its depot in 2026.",
        "Based on a new report, Corvane Motors is planning to open its depot in 2026.",
        "Corvane Motors is likely to open its depot in 2026, according to market watchers.",
    ):
        assert read_in_october.dated_drafts(text) == [], text


def test_what_unnamed_sources_say_after_the_plan_or_a_report_gives_is_no_promise():
    for text, language in (
        (
            "Corvane Motors is expected to start building its van in November, industry "
            "sources said on Monday.",
            "en",
        ),
        ("As per the report, Corvane Motors will open its depot in 2026.", "en"),
        (
            "Corvane Motors ouvrira son dépôt en mars 2026, a déclaré lundi une source au fait "
            "du dossier.",
            "fr",
        ),
        ("Le dépôt de Corvane Motors devrait ouvrir en avril, rapporte une source.", "fr"),
    ):
        assert read_in_october.dated_drafts(text, language=language) == [], text
    # Said by the organisation's spokesman, it is its word.
    said = "Corvane Motors will start building its van in November, a spokesman said on Monday."
    assert len(read_in_october.dated_drafts(said)) == 1


def test_what_a_news_site_or_a_reports_sources_say_of_a_plan_is_no_promise():
    for text, language in (
        (
            "Le nouveau van de Corvane Motors arrivera en France le 3 novembre, selon le site "
            "Autoblog.",
            "fr",
        ),
        (
            "\u201cThe van will be unveiled in November,\u201d according to the sources cited in "
            "the report.",
            "en",
        ),
        (
            "No date is set, but if reports are true, Corvane Motors will open its depot in "
            "November.",
            "en",
        ),
    ):
        assert read_in_october.dated_drafts(text, language=language) == [], text
    # The organisation's own site is its word.
    text = "Le van de Corvane Motors arrivera le 3 novembre, selon le site de Corvane Motors."
    assert len(read_in_october.dated_drafts(text, language="fr")) == 1


def test_what_analysts_make_of_a_plan_is_no_promise():
    text = (
        "Corvane Motors is poised to start deliveries of its electric van in the first quarter "
        "of 2026, according to research out Tuesday from a bank."
    )
    assert read_in_october.dated_drafts(text) == []
    # Said by the organisation, it is its plan.
    said = "Corvane Motors is poised to start deliveries of its electric van in early 2026."
    assert len(read_in_october.dated_drafts(said)) == 1


def test_the_time_others_are_given_to_act_is_no_promise():
    text = "Interested parties will have until 2 April to submit evidence to Corvane Motors."
    assert read_in_october.dated_drafts(text) == []


def test_a_plan_given_as_the_reason_for_an_opinion_is_still_a_plan():
    text = (
        "The mayor thinks the new depot will help the city because Halden Transit plans to "
        "open it by 2027."
    )
    [draft] = read.dated_drafts(text)
    assert (draft.promiser_name, draft.end) == ("Halden Transit", Y(2027, 12, 31))


def test_what_someone_thinks_an_organisation_will_do_is_no_promise():
    text = "The mayor thinks Halden Transit will open the depot by 2027."
    assert read.dated_drafts(text) == []


def test_a_passive_estimate_is_no_ones_opinion():
    text = (
        "The cost of the depot is estimated at 40 million, and Halden Transit will open it in 2026."
    )
    assert read_in_october.windows(text) == [(Y(2026, 1, 1), Y(2026, 12, 31))]


def test_an_estimated_amount_is_no_ones_opinion():
    text = (
        "The cooperative said construction will cost an estimated 40 million and that the "
        "depot will open by the summer of 2026."
    )
    assert read_in_october.windows(text) == [(None, Y(2026, 8, 31))]


def test_a_doubt_that_something_will_happen_is_no_promise():
    text = (
        "Halden Transit has fitted 40% of its trams so far. "
        "At this pace, it looks unlikely that the whole fleet will be fitted by 2026."
    )
    assert read_on_june_1.dated_drafts(text) == []


def test_a_doubt_that_something_will_happen_is_no_promise_in_french():
    text = (
        "Halden Transit n'a équipé que 40 % de ses rames. "
        "Il paraît peu probable que toute la flotte sera équipée d'ici 2026."
    )
    assert read_on_june_1.dated_drafts(text) == []


def test_what_nobody_knows_yet_is_no_promise():
    for text, language in (
        (
            "It is not immediately clear how many trams Halden Transit will take delivery of "
            "in 2026.",
            "en",
        ),
        ("Il n'est pas encore certain que Halden Transit ouvrira la ligne en 2026.", "fr"),
        ("On ignore encore si Halden Transit ouvrira la ligne en 2026.", "fr"),
    ):
        assert read_on_june_1.dated_drafts(text, language=language) == [], text


# --- A negated verb after a date told first ------------------------------------------------------


def test_a_date_told_first_then_a_negated_verb_is_no_promise():
    text = "En juillet et en août, la patinoire de Halden Yards ne pourra pas rouvrir ses portes."
    assert read_transit_yards_and_lumeo.windows(text, language="fr") == []


def test_a_date_told_first_then_a_negated_verb_in_english_is_no_promise():
    text = "In 2025, Lumeo will not open its Leiden depot, the company said."
    assert read_transit_yards_and_lumeo.windows(text) == []


def test_a_date_told_first_then_a_plain_verb_is_still_a_promise():
    text = "En juillet et en août, la patinoire de Halden Yards pourra rouvrir ses portes."
    assert read_transit_yards_and_lumeo.windows(text, language="fr") == [
        (Y(2024, 7, 1), Y(2024, 8, 31))
    ]


# --- A court's calendar, a rule, a meeting -------------------------------------------------------


def test_a_case_set_to_be_heard_is_the_courts_calendar():
    text = (
        "With the appeal against the tram line, set to be heard on November 14, Halden "
        "Transit has paused its works."
    )
    assert read_in_october.dated_drafts(text) == []


def test_a_case_to_be_tried_is_the_courts_calendar_in_french():
    text = "Le recours contre la ligne de Halden Transit doit être jugé le 14 novembre."
    assert read_in_october.dated_drafts(text, language="fr") == []


def test_a_match_against_a_named_side_on_a_day_is_a_fixture_not_a_promise():
    for text in (
        "Halden Transit's football club will play Corvane Rovers on Nov. 12 and will host "
        "Lumeo United on Nov. 26 at the new ground.",
        "Halden Transit's club is scheduled to host Corvane Rovers (North) on Nov. 12.",
    ):
        assert read_in_october.dated_drafts(text) == [], text
    # Opening the ground on a day is still a promise.
    said = "Halden Transit will open its new ground on Nov. 12."
    assert len(read_in_october.dated_drafts(said)) == 1


def test_what_the_subject_will_be_allowed_to_do_is_another_bodys_permission():
    text = "Dès le 18 novembre, Halden Transit sera autorisé à rouler sur la ligne du port."
    assert read_in_october.dated_drafts(text, language="fr") == []
    text = "Halden Transit will be allowed to run trains on the harbour line from November 18."
    assert read_in_october.dated_drafts(text) == []


def test_a_date_glossed_by_a_courts_ruling_is_the_courts_calendar():
    text = (
        "Halden Transit's future will be clarified on 12 November, when the High Court of "
        "Brell rules on the sale of its depots."
    )
    assert read_in_october.dated_drafts(text) == []


def test_the_date_of_a_rule_in_a_relative_clause_on_it_is_no_promise():
    text = (
        "Halden Transit doit adapter ses dépôts aux nouvelles normes environnementales qui "
        "vont s'appliquer d'ici 2027."
    )
    assert read.dated_drafts(text, language="fr") == []


def test_the_date_of_a_rule_in_english_is_no_promise_either():
    text = "Halden Transit must meet the noise rules that will apply from 2027 at every depot."
    assert read.dated_drafts(text) == []


def test_a_promise_to_meet_a_rule_by_a_date_is_still_a_promise():
    text = "Halden Transit will meet the new noise rules at every depot by 2027."
    [draft] = read.dated_drafts(text)
    assert (draft.promiser_name, draft.end) == ("Halden Transit", Y(2027, 12, 31))


def test_what_a_rule_brings_about_is_no_promise():
    text = (
        "Halden Transit adopted new emission rules for the region's bus operators. "
        "Under the new rules, the number of electric buses will climb to 500 by 2027."
    )
    assert read_on_june_1.dated_drafts(text) == []


def test_under_a_plan_is_still_a_promise():
    text = "Under the plan, Halden Transit will open three new lines by 2027."
    assert read_on_june_1.windows(text) == [(None, Y(2027, 12, 31))]


def test_the_date_of_a_meeting_in_a_relative_clause_is_no_promise():
    text = (
        "Halden Transit said more details would follow at the next board meeting, which is "
        "scheduled for Sept. 12."
    )
    assert read.dated_drafts(text) == []


def test_the_date_of_an_auction_in_a_relative_clause_is_no_promise():
    text = (
        "Le calendrier de Halden Transit dépendra de la durée des enchères, qui vont commencer "
        "le 29 septembre."
    )
    assert read.dated_drafts(text, language="fr") == []


def test_a_line_in_a_relative_clause_keeps_its_date():
    text = "Halden Transit said the Northgate line, which is scheduled for Sept. 12, will be free."
    assert read.windows(text) == [(Y(2024, 9, 12), Y(2024, 9, 12))]


def test_an_output_forecast_given_as_a_range_for_a_year_is_no_promise():
    for text in (
        "Corvane Motors expects to produce between 40,000 and 45,000 tons of steel in 2025.",
        "Corvane Motors now expects to ship 20,000 to 24,000 tonnes of parts this year; "
        "25,000 to 30,000 tonnes in 2025.",
        "Corvane Motors prévoit de produire entre 4 000 et 5 000 tonnes de cuivre en 2025.",
    ):
        language = "fr" if "prévoit" in text else "en"
        assert read.dated_drafts(text, language=language) == [], text
    # An amount promised by a date, or an output started in a year, is still a promise.
    text = "Corvane Motors will produce 40,000 to 45,000 tons of steel a year by 2026."
    assert read.windows(text) == [(None, Y(2026, 12, 31))]
    assert read.windows("Corvane Motors will start production in 2025.") == [
        (Y(2025, 1, 1), Y(2025, 12, 31))
    ]


def test_how_long_a_state_or_a_pace_goes_on_is_a_term_not_a_deadline():
    for text in (
        "Corvane Motors will continue to service the old vans for the next five years.",
        "Corvane Motors' plant will build 2,000 vans annually for the next ten years.",
    ):
        assert read.dated_drafts(text) == [], text
    # What is done within the years ahead is still a promise.
    text = "Corvane Motors will invest $2 billion over the next five years."
    assert read.windows(text) == [(None, Y(2029, 6, 14))]


def test_an_anniversary_to_be_celebrated_is_no_promise():
    for text, language in (
        ("Halden Transit will celebrate its 25th anniversary in June 2025.", "en"),
        ("En 2025, Halden Transit fêtera les 25 ans de son premier tramway.", "fr"),
    ):
        assert read.dated_drafts(text, language=language) == [], text
    # What is done for the anniversary, in its own clause, is still a promise.
    text = "Halden Transit will open its new depot in June 2025, for its anniversary."
    assert read.windows(text) == [(Y(2025, 6, 1), Y(2025, 6, 30))]


def test_a_span_of_years_in_a_plans_name_is_no_deadline():
    for text in (
        "La desserte sera l'une des priorités du plan mobilité 2024-2028 de Halden Transit.",
        "Les crédits prévus par la loi de programmation [LPM] 2024-30 de Halden Transit ne "
        "doivent pas être revus.",
    ):
        assert read.dated_drafts(text, language="fr") == [], text
    # A span the sentence sets is still the promise's.
    text = "Halden Transit doit ouvrir sept lignes sur la période 2025-2027."
    assert read.windows(text, language="fr") == [(Y(2025, 1, 1), Y(2027, 12, 31))]


# --- Words that look like a past event and are not -----------------------------------------------


def test_a_noun_after_its_determiner_is_no_past_participle():
    text = "Halden Transit mettra son tram à hydrogène sur le marché en 2026."
    [draft] = read.dated_drafts(text, language="fr")
    assert (draft.start, draft.end) == (Y(2026, 1, 1), Y(2026, 12, 31))


def test_an_adjective_in_tane_is_no_past_participle():
    text = "Halden Transit proposera les virements instantanés en novembre 2025."
    [draft] = read.dated_drafts(text, language="fr")
    assert (draft.start, draft.end) == (Y(2025, 11, 1), Y(2025, 11, 30))


def test_a_participle_before_a_coming_time_is_no_past_event():
    text = (
        "Le nouveau titre devrait être disponible grâce à une application dédiée dès le début "
        "de l'année prochaine, selon Halden Transit."
    )
    [draft] = read.dated_drafts(text, language="fr")
    assert (draft.start, draft.end) == (Y(2025, 1, 1), Y(2025, 4, 30))


def test_a_participle_after_a_preposition_or_an_infinitive_does_not_make_the_date_past():
    for text in (
        "Corvane Motors pledged to use recycled aluminium by 2028.",
        "Corvane Motors pledged to raise its share of reclaimed steel by 2028.",
    ):
        [draft] = read_in_october.dated_drafts(text)
        assert draft.end == Y(2028, 12, 31), text


def test_a_margin_with_its_approximation_is_no_deadline():
    text = (
        "Corvane Motors said that it would pause its projects in Poland by approximately two "
        "years based on demand."
    )
    assert read.dated_drafts(text) == []


def test_a_negation_before_a_colon_denies_nothing_after_it():
    text = (
        "Halden Transit lance un plan. Mais le réseau ne s'arrêtera pas là : début 2026, une "
        "autre ligne ouvrira à Brenmoor."
    )
    assert read.found(text, language="fr") == [(Y(2026, 1, 1), Y(2026, 4, 30), "Halden Transit")]
    text = "Halden Transit lance un plan. Mais la ligne de Brenmoor n'ouvrira pas en 2026."
    assert read.found(text, language="fr") == []


def test_a_state_told_in_the_present_progressive_is_no_timetable():
    text = (
        "Corvane Motors is currently facing a situation with fewer engines than it needs for "
        "2026, its chief executive said."
    )
    assert read.found(text) == []
    text = "Corvane Motors is opening its Brenmoor depot in 2026."
    assert read.found(text) == [(Y(2026, 1, 1), Y(2026, 12, 31), "Corvane Motors")]


def test_what_one_would_need_is_no_promise():
    text = (
        "He said Corvane Motors has “fewer engines than what we would need for 2026,” and "
        "blamed its supplier."
    )
    assert read.found(text) == []


def test_what_a_forecasting_firm_foresees_is_no_promise():
    text = (
        "Corvane Motors grandit vite. Le cabinet d'analyses prévoit une croissance de 20 % du "
        "marché d'ici 2027."
    )
    assert read.dated_drafts(text, language="fr") == []
    # The organisation's own "prévoit" stays its plan.
    text = "Corvane Motors prévoit une usine de 20 000 m² d'ici 2027."
    assert read.found(text, language="fr") == [(None, dt.date(2027, 12, 31), "Corvane Motors")]


def test_a_term_that_runs_out_is_no_promise():
    text = "Corvane Motors' naming rights were acquired in 2021 and are set to expire in 2031."
    assert read.dated_drafts(text) == []


def test_rumours_of_something_else_do_not_make_the_main_clauses_plan_hearsay():
    text = (
        "Amid recent rumors of Corvane Motors leaving the city, the company revealed its plans "
        "for the plant, set to be ready for 2026."
    )
    assert read.windows(text) == [(dt.date(2026, 1, 1), dt.date(2026, 12, 31))]
    text = "According to earlier reports, Corvane Motors would open the plant in 2026."
    assert read.dated_drafts(text) == []


def test_a_year_as_the_subject_of_the_verb_is_no_deadline():
    for text in (
        "2026 will be a pivotal year for Halden Transit.",
        "2026 formera finalement une charnière avec 2027 pour Halden Transit.",
    ):
        assert read.dated_drafts(text) == [], text
    # A year set before its clause by a comma is still when the promise falls due.
    assert read.windows("2027, Halden Transit will open the line.") == [
        (Y(2027, 1, 1), Y(2027, 12, 31))
    ]


def test_a_share_in_a_phrase_set_off_before_the_subject_is_not_the_subject():
    text = (
        "Corvane Motors : le réseau étant ouvert à partir de 80 % du déploiement, les premiers "
        "raccordements seront possibles pour la fin 2025."
    )
    assert read.windows(text, language="fr") == [(dt.date(2025, 9, 1), dt.date(2025, 12, 31))]
    # A share that is the subject still is no promise.
    assert read.windows("D'ici 2030, 40 % des voitures seront électriques.", language="fr") == []


def test_what_the_organisation_declines_to_say_is_no_promise():
    text = "Halden Transit declined to comment on whether the depot will open in 2026."
    assert read.dated_drafts(text) == []
    text = "Halden Transit a refusé de préciser si la ligne ouvrira en 2026."
    assert read.dated_drafts(text, language="fr") == []
