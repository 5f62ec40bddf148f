"""The importer's statement dates from the fourth round: when a promise was said, read by one
precedence (docs/article-import.md, "Fourth round"): a time of speech in the promise's own
sentence, else the time of the speaker's statement the article gives before it (in its
paragraph, or anywhere when that day is the article's news), else a later sentence that says
when it was said, else the article's date. One behaviour per test; the sentences are
invented, in the shape real articles take.
"""

from __future__ import annotations

import datetime as dt

from language.articles import KnownOrganisation
from language.articles.page import split_sentences
from language.articles.stated import Stated, from_window
from language.deadlines import parse_deadline
from tests.language.article_reading import Reader

PUBLISHED = dt.date(2024, 3, 16)  # a Saturday
ORGS = [
    KnownOrganisation(1, "Nordvik Cloud", ("Nordvik",)),
    KnownOrganisation(2, "Skyrail"),
]

read = Reader(ORGS, PUBLISHED)
dated = read.dated
Y = dt.date


# --- A later sentence that says when the promise was made ---------------------------------


def test_the_sentence_after_a_promise_that_says_who_said_it_and_when_dates_it():
    text = (
        "C'est une nouvelle date : la ligne 2 sera opérationnelle, au plus tard, le 31 janvier "
        "2025. C'est d'ailleurs ce qu'annonçait le maire, le 29 février dernier, sur une radio."
    )
    assert dated(text) == [(None, Y(2025, 1, 31), Y(2024, 2, 29))]


def test_the_sentence_after_a_promise_that_tells_something_of_its_own_does_not_date_it():
    text = (
        "La ligne 2 sera opérationnelle, au plus tard, le 31 janvier 2025. Le 29 février, "
        "le maire a annoncé que les travaux de la gare étaient achevés."
    )
    assert dated(text) == [(None, Y(2025, 1, 31), PUBLISHED)]


def test_the_sentence_after_a_promise_that_tells_a_deed_by_an_infinitive_does_not_date_it():
    text = (
        "La ligne 2 sera opérationnelle, au plus tard, le 31 janvier 2025. Et la ville attire "
        "des investisseurs, la banque Hestia a déclaré début mars avoir acquis 5 % du capital."
    )
    assert dated(text) == [(None, Y(2025, 1, 31), PUBLISHED)]
    text = (
        "Line 2 will be running by January 31, 2025. The bank Hestia said on March 1 it had "
        "bought 5% of the operator."
    )
    assert dated(text) == [(None, Y(2025, 1, 31), PUBLISHED)]


def test_the_sentence_after_a_promise_that_tells_of_a_new_thing_announced_does_not_date_it():
    # "A second depot" is another piece of news, not who said the promise before and when.
    text = (
        "Skyrail opened its first depot last year and plans to open its new line in 2026. "
        "A second depot was announced in February."
    )
    assert dated(text) == [(Y(2026, 1, 1), Y(2026, 12, 31), PUBLISHED)]
    text = (
        "Skyrail a ouvert son premier dépôt l'an dernier et prévoit d'ouvrir sa nouvelle ligne "
        "en 2026. Un second dépôt a été annoncé en février."
    )
    assert dated(text) == [(Y(2026, 1, 1), Y(2026, 12, 31), PUBLISHED)]


def test_a_statement_in_another_paragraph_does_not_say_when_the_promise_before_was_made():
    text = (
        "La ligne 2 sera opérationnelle, au plus tard, le 31 janvier 2025.\n\n"
        "C'est ce qu'annonçait le maire, le 29 février dernier, sur une radio."
    )
    assert dated(text) == [(None, Y(2025, 1, 31), PUBLISHED)]


def test_the_speakers_statement_that_is_the_articles_news_dates_its_earlier_promise():
    text = (
        "Full operations at the Triton plant are slated to begin in the first quarter of 2025, "
        "according to Skyrail.\n\n"
        "The plant has 90 turbines.\n\n"
        "In a statement Thursday Skyrail said the plant would power 800,000 homes."
    )
    assert dated(text) == [(Y(2025, 1, 1), Y(2025, 3, 31), Y(2024, 3, 14))]


def test_an_old_statement_of_the_speaker_told_later_does_not_date_todays_news():
    text = (
        "Full operations at the Triton plant are slated to begin in the first quarter of 2025, "
        "according to Skyrail.\n\n"
        "In 2021 Skyrail said the plant would power 800,000 homes."
    )
    assert dated(text) == [(Y(2025, 1, 1), Y(2025, 3, 31), PUBLISHED)]


def test_what_the_speaker_announced_last_week_is_background_not_the_news():
    text = (
        "Full operations at the Triton plant are slated to begin in the first quarter of 2025, "
        "according to Skyrail.\n\n"
        "Last week Skyrail announced the plant would power 800,000 homes."
    )
    assert dated(text) == [(Y(2025, 1, 1), Y(2025, 3, 31), PUBLISHED)]


def test_another_organisations_statement_told_later_does_not_date_the_promise():
    text = (
        "Full operations at the Triton plant are slated to begin in the first quarter of 2025, "
        "according to Skyrail.\n\n"
        "In a statement Thursday Nordvik said its cloud would run the plant."
    )
    assert [stated for _, _, stated in dated(text)] == [PUBLISHED]


def test_a_relative_deadline_is_read_again_from_the_day_a_later_sentence_gives():
    text = (
        "La ligne 2 sera opérationnelle d'ici trois mois. C'est ce qu'annonçait le maire, "
        "le 29 février dernier, sur une radio."
    )
    assert dated(text) == [(None, Y(2024, 5, 29), Y(2024, 2, 29))]


# --- What carries a statement's time forward ----------------------------------------------


def test_whoever_relays_the_next_sentence_it_continues_the_speakers_news():
    text = (
        "Skyrail said on Thursday that the line will open by June.\n\n"
        "Its second line should follow in early 2025, a spokeswoman told Reuters."
    )
    assert [stated for _, _, stated in dated(text)] == [Y(2024, 3, 14), Y(2024, 3, 14)]


def test_another_organisation_named_as_the_source_does_not_continue_it():
    text = (
        "Skyrail said on Thursday that the line will open by June.\n\n"
        "Skyrail's second line should follow in early 2025, Nordvik said."
    )
    assert [stated for _, _, stated in dated(text)] == [Y(2024, 3, 14), PUBLISHED]


# --- A deadline is never a time of speech -------------------------------------------------


def test_a_deadline_phrase_is_not_a_time_of_speech():
    article = Stated(Y(2021, 3, 1), "month")
    window = parse_deadline("d'ici la fin du mois de mars", stated_on=Y(2021, 3, 1))
    assert from_window(window, article) is None
    said = parse_deadline("en mars", stated_on=Y(2021, 3, 1))
    assert from_window(said, article) == Stated(Y(2021, 3, 1), "month", said.text)


# --- Promises and what is not one (fourth round, found on the untuned h batch) -------------


def test_a_question_is_no_promise():
    assert dated("Alors cette ligne 2 en 2025, on y croit vraiment ?") == []
    assert dated("Will Skyrail really open the line by June?") == []


def test_a_state_kept_until_a_date_is_a_term_not_a_deadline():
    text = "Skyrail has decided to leave its old line fully operational till the end of the year."
    assert dated(text) == []
    assert dated("La ligne 1 restera ouverte jusqu'en 2026, précise Skyrail.") == []


def test_a_back_reference_with_an_adjective_of_place_is_the_organisation_not_an_outsider():
    text = (
        "Skyrail begins a phased shutdown today. The Slovakian operator expects to complete "
        "it by the end of the year."
    )
    assert dated(text) == [(None, Y(2024, 12, 31), PUBLISHED)]


def test_a_word_inside_a_compound_is_not_a_third_party_subject():
    text = "Skyrail is growing. The high-demand lines will also see new trains in 2026."
    assert dated(text) == [(Y(2026, 1, 1), Y(2026, 12, 31), PUBLISHED)]


def test_a_postponement_announced_in_the_lead_dates_the_new_dates_that_follow():
    text = (
        "Nouvelle conséquence de la crise : le 12 mars, Skyrail a annoncé le report de "
        "quelques mois de la mise en service de ses deux lignes.\n\n"
        "Au nord, la mise en service de la ligne 2 est planifiée en 2025."
    )
    assert dated(text) == [(Y(2025, 1, 1), Y(2025, 12, 31), Y(2024, 3, 12))]
    # A delay told as done, not announced, dates nothing.
    told = text.replace("Skyrail a annoncé le report", "Skyrail a subi le report")
    assert dated(told) == [(Y(2025, 1, 1), Y(2025, 12, 31), PUBLISHED)]


def test_a_dated_statement_with_an_undated_promise_still_dates_the_next_one():
    text = (
        "La ligne 2 sera bientôt mise en service, a annoncé le 12 mars Skyrail. La ligne "
        "« devrait être mise en service avant l'été », a indiqué un responsable de Skyrail."
    )
    assert dated(text) == [(None, Y(2024, 5, 31), Y(2024, 3, 12))]


def test_two_sentences_run_together_by_a_stored_copy_are_two():
    text = "a annoncé la compagnie Skyrail.La centrale, nommée Al Dhafra, devrait ouvrir."
    assert [s.text for s in split_sentences(text)] == [
        "a annoncé la compagnie Skyrail.",
        "La centrale, nommée Al Dhafra, devrait ouvrir.",
    ]
