"""The forty-sixth round, the drafts whose quote is right but whose statement day is not
(docs/article-import.md, "When it was said"): a statement that tells a deed already done is
news of that deed, not of the plans the writer tells around it; a sentence that says when the
announcement was made dates the last promise of its paragraph. After review: a decision, a plan,
the English article and a perfect inside the subject's clause are no deed done; the announcement
reaches back across remarks only, and a year dates no promise. One behaviour per test; the
sentences are invented, in the shape real articles take, and each test fails without its rule.
"""

from __future__ import annotations

import datetime as dt

from tests.language.article_ledgers import read

Y = dt.date

# Read as an article of Friday 14 June 2024: "on Tuesday" is 11 June, "mercredi" 12 June.
PAGE = Y(2024, 6, 14)
TUESDAY = Y(2024, 6, 11)


def test_a_lead_statement_of_a_deed_done_does_not_date_the_next_paragraphs_plans():
    # The lead tells what has happened; the writer's plans in the paragraphs after it are told
    # on the article's day.
    text = (
        "Halden Transit said on Tuesday that work on its north depot has begun outside "
        "Montval.\n\n"
        "The depot is set to hold 90 electric buses next year."
    )
    assert read.dated(text)[-1] == (Y(2025, 1, 1), Y(2025, 12, 31), PAGE)
    # "recently" and a past form tell a deed done too.
    text = (
        "Halden Transit announced on Tuesday that it recently obtained a 40 million euro "
        "loan for its depots.\n\n"
        "The first electric buses will be delivered to the depot in 2025."
    )
    assert read.dated(text)[-1] == (Y(2025, 1, 1), Y(2025, 12, 31), PAGE)


def test_a_lead_statement_of_a_decision_still_dates_the_plans_that_follow():
    # A decision looks ahead: the plans told after it were made that day, as before.
    text = (
        "Halden Transit said on Tuesday that it has decided to rebuild its north depot.\n\n"
        "The depot is set to hold 90 electric buses next year."
    )
    assert read.dated(text)[-1] == (Y(2025, 1, 1), Y(2025, 12, 31), TUESDAY)


def test_a_later_statement_of_a_deed_done_does_not_date_the_promise_before_it():
    # "mercredi, X a annoncé que … venait de s'achever" tells a step just done: it does not
    # say when the writer's sentence before it was said.
    text = (
        "Halden Transit prépare l'ouverture de son dépôt nord.\n\n"
        "Il faudra plusieurs étapes pour voir le dépôt ouvrir à la fin de cette année. "
        "Mercredi, Halden Transit a annoncé que le chantier de la toiture venait de "
        "s'achever."
    )
    assert read.dated(text, language="fr")[0] == (Y(2024, 9, 1), Y(2024, 12, 31), PAGE)


def test_a_deed_just_done_may_take_an_adverb():
    # "vient officiellement de passer" is "vient de passer": a deed just done, news of its own.
    text = (
        "Ce mardi, Halden Transit a confirmé le contrat que la ville vient officiellement de "
        "lui attribuer.\n\n"
        "Le nouveau dépôt sera construit d'ici à 2025."
    )
    assert read.dated(text, language="fr")[-1] == (None, Y(2025, 12, 31), PAGE)


def test_the_announcement_dated_after_a_remark_is_the_last_promise_of_its_paragraph():
    # "The announcement was made Tuesday" names the announcement its paragraph told, even
    # with a remark of the writer's between them.
    text = (
        "Halden Transit is rebuilding its depots.\n\n"
        "The north depot will reopen on July 1. That is earlier than the city had expected. "
        "The announcement was made Tuesday by its chief executive at a board meeting."
    )
    assert read.dated(text)[-1] == (Y(2024, 7, 1), Y(2024, 7, 1), TUESDAY)


# The mends after review: what is not a deed done, and what an announcement dated after a
# remark does not reach.

DEPOT_NEXT_YEAR = "\n\nThe depot is set to hold 90 electric buses next year."


def test_the_english_article_is_no_french_perfect():
    # "a permit" is no "a signé": the statement looks ahead and dates the plans after it.
    text = "Halden Transit said on Tuesday that it will apply for a permit for its north depot."
    assert read.dated(text + DEPOT_NEXT_YEAR)[-1] == (Y(2025, 1, 1), Y(2025, 12, 31), TUESDAY)
    # The French perfect of a step done is still a deed done.
    text = (
        "Mardi, Halden Transit a annoncé qu'elle a signé le contrat du dépôt nord.\n\n"
        "Le nouveau dépôt sera construit d'ici à 2025."
    )
    assert read.dated(text, language="fr")[-1] == (None, Y(2025, 12, 31), PAGE)


def test_a_decision_or_a_plan_told_in_the_past_is_no_deed_done():
    for said in (
        "it recently decided to rebuild its north depot",
        "it has made a commitment to rebuild its north depot",
        "it has approved a plan to rebuild its north depot",
    ):
        text = f"Halden Transit said on Tuesday that {said}." + DEPOT_NEXT_YEAR
        assert read.dated(text)[-1] == (Y(2025, 1, 1), Y(2025, 12, 31), TUESDAY), said
    text = (
        "Mardi, Halden Transit a annoncé qu'elle a fixé un objectif pour son dépôt nord.\n\n"
        "Le nouveau dépôt sera construit d'ici à 2025."
    )
    assert read.dated(text, language="fr")[-1] == (None, Y(2025, 12, 31), TUESDAY)


def test_a_perfect_inside_the_subjects_own_clause_is_not_what_was_said():
    # "the site it has acquired": the perfect is the relative clause's; what was said is that
    # the site will house the depot, a plan.
    text = (
        "Halden Transit said on Tuesday that the site it has acquired will house its new depot."
        + DEPOT_NEXT_YEAR
    )
    assert read.dated(text)[-1] == (Y(2025, 1, 1), Y(2025, 12, 31), TUESDAY)
    text = (
        "Mardi, Halden Transit a annoncé que le terrain qu'elle a acquis accueillera son dépôt."
        "\n\nLe nouveau dépôt sera construit d'ici à 2025."
    )
    assert read.dated(text, language="fr")[-1] == (None, Y(2025, 12, 31), TUESDAY)


NORTH_DEPOT = "Halden Transit is rebuilding its depots.\n\nThe north depot will reopen on July 1. "


def test_the_announcement_does_not_reach_past_news_or_another_promise():
    # Only a remark on the promise lies between them; news of its own, or a promise dated by
    # its own speaker, may be what was announced.
    for between in (
        "The south depot reopened last week after a fire.",
        "Halden Transit said on Monday that the south depot will reopen on August 1.",
    ):
        text = NORTH_DEPOT + between + " The announcement was made Tuesday."
        assert read.dated(text)[0][2] != TUESDAY, between
    # A plan or a decision made public is another one than the promise before the remark.
    text = (
        NORTH_DEPOT + "The mayor has announced a plan for a new park. The plan was made public "
        "Tuesday."
    )
    assert read.dated(text)[0] == (Y(2024, 7, 1), Y(2024, 7, 1), PAGE)
    text = (
        NORTH_DEPOT + "That is earlier than the city had expected. The decision was made Tuesday."
    )
    assert read.dated(text)[0] == (Y(2024, 7, 1), Y(2024, 7, 1), PAGE)


def test_a_year_is_no_day_the_decision_was_made_public():
    # Read from last year, "July 1" would fall in the article's past.
    for when in ("last year", "in 2019"):
        text = NORTH_DEPOT + f"The decision was taken {when}."
        assert read.dated(text)[0] == (Y(2024, 7, 1), Y(2024, 7, 1), PAGE), when
    # A day still dates it.
    text = NORTH_DEPOT + "The decision was taken on June 3."
    assert read.dated(text)[0] == (Y(2024, 7, 1), Y(2024, 7, 1), Y(2024, 6, 3))
