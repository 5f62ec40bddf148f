"""The importer's rules from the third round (issue 15): rules that generalise to articles the
rules were never tuned on, found by labelling a fresh development set before running the
importer on it (tests/language/data/real/articles.dev-fresh.json). One behaviour per test; the
sentences are invented, in the shape real articles take.
"""

from __future__ import annotations

import datetime as dt

from language.articles import KnownOrganisation
from tests.language.article_reading import Reader
from tests.language.real_sets import EXTRA, FRESH, score_articles

PUBLISHED = dt.date(2024, 3, 12)  # a Tuesday
ORGS = [
    KnownOrganisation(1, "Nordvik Cloud", ("Nordvik",)),
    KnownOrganisation(2, "French State", ("l'État", "le gouvernement")),
    KnownOrganisation(3, "Skyrail"),
]

read = Reader(ORGS, PUBLISHED)
drafts = read.drafts
dated = read.dated
Y = dt.date


# --- When it was said ------------------------------------------------------------------


def test_a_dated_statement_that_promised_nothing_does_not_date_the_next_paragraph():
    text = (
        "Skyrail rouvre ses lignes.\n\n"
        "Le 4 mars, Skyrail a annoncé que les travaux de la gare étaient achevés.\n\n"
        "Skyrail prévoit d'ouvrir trois lignes en juin."
    )
    assert dated(text) == [(Y(2024, 6, 1), Y(2024, 6, 30), PUBLISHED)]


def test_a_dated_statement_that_promised_nothing_still_dates_its_own_paragraph():
    text = (
        "Le 4 mars, Skyrail a annoncé que les travaux de la gare étaient achevés. "
        "Skyrail prévoit d'ouvrir trois lignes en juin."
    )
    assert dated(text) == [(Y(2024, 6, 1), Y(2024, 6, 30), Y(2024, 3, 4))]


# --- Commitment phrases ----------------------------------------------------------------


def test_a_pledge_in_the_perfect_tense_commits():
    [draft] = drafts("Skyrail s'est engagé à rouvrir toutes les lignes pour juin.")
    assert (draft.start, draft.end, draft.strength) == (Y(2024, 6, 1), Y(2024, 6, 30), "will")


def test_a_plan_in_the_perfect_tense_is_the_plan_now_held():
    found = dated("Skyrail a prévu de fermer la ligne 2 en 2025, et la ligne 3 en 2028.")
    assert [(start.year, end.year) for start, end, _ in found] == [(2025, 2025), (2028, 2028)]


def test_a_plan_in_the_pluperfect_is_an_earlier_plan():
    assert dated("Skyrail avait prévu de fermer la ligne 2 en 2025.") == []


def test_the_near_future_commits_in_every_person():
    text = "« Nous allons lancer la nouvelle offre en 2025 », a expliqué la directrice de Skyrail."
    [draft] = drafts(text)
    assert (draft.end, draft.strength) == (Y(2025, 12, 31), "will")


def test_a_projection_by_the_organisation_is_an_expectation():
    [draft] = drafts("At Nordvik's new site, initial output is projected to begin in 2026.")
    assert (draft.end, draft.strength) == (Y(2026, 12, 31), "expects")


def test_a_goal_stated_with_que_is_an_aim():
    text = (
        "Le gouvernement a présenté son plan, avec pour objectif que 10 % des agents "
        "soient équipés cette année."
    )
    [draft] = drafts(text)
    assert (draft.start, draft.end, draft.strength) == (Y(2024, 1, 1), Y(2024, 12, 31), "aims")


def test_a_dated_statement_of_intent_without_a_date_of_its_own_dates_its_paragraph():
    text = (
        "Skyrail a indiqué jeudi 7 mars qu'il comptait prolonger les travaux de quelques "
        "semaines. La ligne 2 sera rouverte le 14 juin."
    )
    assert dated(text) == [(Y(2024, 6, 14), Y(2024, 6, 14), Y(2024, 3, 7))]


def test_a_document_of_the_speaker_continues_its_statement():
    text = (
        "Skyrail a indiqué jeudi 7 mars qu'il comptait prolonger les travaux. Selon le "
        "nouveau calendrier du groupe, la ligne 2 devrait rouvrir le 14 juin."
    )
    assert dated(text) == [(Y(2024, 6, 14), Y(2024, 6, 14), Y(2024, 3, 7))]


def test_another_speaker_does_not_continue_the_statement():
    text = (
        "Skyrail a indiqué jeudi 7 mars qu'il comptait prolonger les travaux. Selon "
        "Nordvik, la ligne 2 devrait rouvrir le 14 juin."
    )
    assert [stated for _, _, stated in dated(text)] == [PUBLISHED]


# --- Which dates ------------------------------------------------------------------------


def test_respectively_with_days_sharing_one_month_gives_one_draft_per_day():
    text = "Les lignes 1 et 4 de Skyrail devraient rouvrir respectivement les 1er et 14 novembre."
    assert [(start, end) for start, end, _ in dated(text)] == [
        (Y(2024, 11, 1), Y(2024, 11, 1)),
        (Y(2024, 11, 14), Y(2024, 11, 14)),
    ]


def test_the_correction_after_a_negation_is_the_date():
    text = (
        "Skyrail a annoncé que la ligne 2 ne sera pas rouverte dans les prochains jours, "
        "comme prévu initialement, mais le 26 novembre."
    )
    assert [(start, end) for start, end, _ in dated(text)] == [(Y(2024, 11, 26), Y(2024, 11, 26))]


def test_a_passive_future_with_an_insert_before_its_participle_is_a_promise():
    text = "La ligne 3 de Skyrail sera quant à elle redémarrée le 11 décembre."
    assert [(start, end) for start, end, _ in dated(text)] == [(Y(2024, 12, 11), Y(2024, 12, 11))]


def test_what_continues_through_a_year_is_a_term_not_a_deadline():
    text = "Skyrail's deliveries are scheduled to begin in mid-2024 and continue through 2027."
    assert [(start, end) for start, end, _ in dated(text)] == [(Y(2024, 5, 1), Y(2024, 8, 31))]


def test_a_past_schedule_is_no_promise():
    assert dated("Skyrail's official opening was scheduled for May 24.") == []


def test_an_event_named_by_its_week_is_no_promise():
    assert dated("Next week's ceremony will be attended by Skyrail's founder.") == []


def test_the_time_of_another_event_in_a_when_clause_is_no_promise():
    text = (
        "Nordvik customers can use the new region and have the support of the regulation "
        "when it takes effect on May 25, 2024."
    )
    assert dated(text) == []


def test_a_season_inside_a_place_name_is_no_date():
    text = "Nordvik is asking the regulator for a licence for its data centre in Spring City, Tenn."
    assert dated(text) == []


def test_the_statement_of_the_lead_dates_the_promises_the_article_goes_on_to_detail():
    text = (
        "Vendredi 8 mars, la ministre a présenté le plan numérique de l'État, qui courra "
        "jusqu'à la fin du quinquennat.\n\n"
        "Le service en ligne sera également lancé en juillet prochain."
    )
    [draft] = drafts(text)
    assert (draft.stated_on, draft.start, draft.promiser_name) == (
        Y(2024, 3, 8),
        Y(2024, 7, 1),
        "French State",
    )


def test_a_pronoun_speaker_continues_the_statement_the_article_reports():
    text = (
        "Nordvik on Monday announced plans to expand its cloud in Europe.\n"
        "Its French region is open to customers, and backups will follow in early 2025, he said."
    )
    assert dated(text) == [(Y(2025, 1, 1), Y(2025, 4, 30), Y(2024, 3, 11))]


def test_what_a_passive_future_names_is_not_the_promiser():
    text = "Le gouvernement présente son plan. France Connect Plus sera lancé en juillet prochain."
    [draft] = drafts(text)
    assert draft.promiser_name == "French State"


def test_a_time_between_the_verb_of_saying_and_what_was_said_is_when_it_was_said():
    text = "Skyrail's chief said at a fair in Lyon on March 4 that the line will open by June."
    assert dated(text) == [(None, Y(2024, 6, 30), Y(2024, 3, 4))]


def test_this_weekend_is_the_weekend_before_the_article():
    # Said on Saturday 9 and Sunday 10 March: the smallest period holding both is March.
    text = "Skyrail's chief said during a visit this weekend that the line will open by June."
    [draft] = drafts(text, published_on=Y(2024, 3, 11))
    assert (draft.stated_on, draft.stated_on_precision) == (Y(2024, 3, 1), "month")


# --- Who promises -----------------------------------------------------------------------


def test_the_organisation_named_after_the_commitment_is_the_promiser_when_none_before():
    text = "Dès juin, il sera possible de réserver la nouvelle ligne de Skyrail."
    [draft] = drafts(text)
    assert (draft.promiser_name, draft.start) == ("Skyrail", Y(2024, 6, 1))


def test_the_same_promise_said_again_by_name_is_one_draft():
    text = (
        "Dès juin, il sera possible de réserver la nouvelle ligne de Skyrail. "
        "Au lancement, prévu en juin, Skyrail utilisera des rames louées."
    )
    [draft] = [d for d in drafts(text) if d.start]
    assert draft.quote.startswith("Dès juin")


def test_of_two_overlapping_times_of_speech_the_longer_one_wins():
    text = "Skyrail a confirmé ce lundi 4 mars qu'il ouvrira la ligne en juin."
    [draft] = drafts(text, published_on=Y(2024, 3, 1), published_precision="month")
    assert (draft.stated_on, draft.stated_on_precision) == (Y(2024, 3, 4), "day")


def test_a_document_speaking_in_the_present_keeps_the_day_the_lead_gave_it():
    text = (
        "Les permis ont été accordés à Skyrail, comme l'a annoncé le groupe ce lundi 4 mars.\n\n"
        "Les premières lignes ouvriront début 2025, précise le communiqué."
    )
    [draft] = drafts(text, published_on=Y(2024, 3, 1), published_precision="month")
    assert (draft.stated_on, draft.start) == (Y(2024, 3, 4), Y(2025, 1, 1))


def test_a_negated_date_followed_by_as_planned_is_a_cancelled_plan_not_a_window():
    text = (
        "Skyrail a annoncé que la ligne ne rouvrira pas avant la fin de l'été comme c'était prévu."
    )
    assert dated(text) == []


def test_a_negated_date_alone_is_still_a_not_before_window():
    text = "Skyrail a annoncé que la ligne ne rouvrira pas avant la fin de l'été."
    [draft] = drafts(text)
    assert (draft.start, draft.end) == (Y(2024, 8, 31), None)


def test_a_persons_plan_in_a_relative_clause_is_not_the_organisations_promise():
    text = (
        "Skyrail's CEO Ana Ruiz, who is slated to succeed Tom Berg as chair later in the "
        "year, spoke."
    )
    assert dated(text) == []


def test_what_the_speaker_added_continues_the_statement_whoever_relays_it():
    text = (
        "Skyrail's CEO said on Monday that the line will open by June. And the CEO added "
        "he hopes to run 50 trains a day by the end of 2025, Bloomberg reported."
    )
    assert [stated for _, _, stated in dated(text)] == [Y(2024, 3, 11), Y(2024, 3, 11)]


def test_a_weekday_with_its_day_and_month_is_a_date_not_a_meeting():
    text = "La ligne 1 de Skyrail va passer en automatique dimanche 17 mars."
    assert [(start, end) for start, end, _ in dated(text)] == [(Y(2024, 3, 17), Y(2024, 3, 17))]


def test_a_date_opening_its_clause_with_des_belongs_to_the_verb_after_it():
    text = (
        "C'est la bonne : dès ce dimanche 17 mars, la ligne 1 de Skyrail va passer en automatique."
    )
    assert [(start, end) for start, end, _ in dated(text)] == [(Y(2024, 3, 17), Y(2024, 3, 17))]


def test_a_weekday_alone_is_still_a_meeting():
    assert dated("Skyrail doit détailler mercredi sa stratégie.") == []


def test_what_continues_into_a_period_is_a_trend():
    assert (
        dated("At Nordvik, that growth is expected to continue into the end of the decade.") == []
    )


def test_a_plan_or_process_that_goes_on_until_a_date_only_lasts():
    for text in (
        "Ce plan de Skyrail, qui s'étendra jusqu'à la fin de l'année, marque une étape clé.",
        "Skyrail a lancé le démantèlement, un processus qui devrait perdurer jusqu'en 2042.",
    ):
        assert dated(text) == [], text


def test_a_plan_it_had_been_expected_to_keep_is_overtaken():
    assert dated("The Skyrail line had been expected to enter service this month.") == []
    assert dated("The Skyrail line was initially expected to open in 2026.") == []


def test_hearsay_about_a_target_is_no_promise():
    assert (
        dated("A goal of about 50 Skyrail deliveries for 2025 is believed to be the target.") == []
    )


def test_a_studys_forecast_told_after_the_sentence_is_no_promise():
    text = (
        "These deliveries will put Skyrail ahead of its rivals this year, LNC's analysis indicates."
    )
    assert dated(text) == []


# --- Guards on the development data the rules were tuned on ----------------------------


def test_the_second_rounds_development_data_keeps_its_figures():
    # 0.973 / 0.863 when the third round's rules were written
    # (docs/history/article-import-rounds.md).
    score = score_articles(EXTRA)
    assert score.precision >= 0.96, score.extras
    assert score.recall >= 0.85, score.misses


def test_the_fresh_development_data_keeps_its_figures():
    # f001-g007: 0.867 / 0.852 after the third round (first, untuned: 0.420 / 0.412). With the
    # fourth round's untuned batch h001-h013 the whole file was 0.802 / 0.802 before the
    # fourth round's rules and 0.840 / 0.840 after them (docs/history/article-import-rounds.md).
    score = score_articles(FRESH)
    assert score.precision >= 0.83, score.extras
    assert score.recall >= 0.83, score.misses
