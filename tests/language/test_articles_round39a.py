"""The thirty-ninth round (docs/article-import.md, "Round 39"): rules written from the first
reading of dev-blind66's articles. One behaviour per test; the sentences are invented, in the
shape real articles take, and each test fails without its rule.
"""

from __future__ import annotations

import datetime as dt

from language.articles import KnownOrganisation
from tests.language.article_ledgers import PUBLISHED, read, read_in_october
from tests.language.article_reading import Reader

Y = dt.date


# --- Finding a commitment ----------------------------------------------------------------


def test_an_organisations_strategy_to_do_a_thing_is_its_aim():
    text = (
        "The new depot is part of Halden Transit's wider strategy to run 300 electric buses "
        "by 2027."
    )
    drafts = read.dated_drafts(text)
    assert [(d.end, d.strength) for d in drafts] == [(Y(2027, 12, 31), "aims")]


def test_what_a_plan_foresees_is_planned():
    text = "Halden Transit's ambitious plan foresees opening the first of its new lines in 2026."
    assert read.windows(text) == [(Y(2026, 1, 1), Y(2026, 12, 31))]
    text = "Halden Transit's roadmap calls for a first hydrogen bus by the end of 2027."
    assert read.windows(text) == [(None, Y(2027, 12, 31))]


def test_a_timetable_laid_out_plans_its_dates():
    text = (
        "Halden Transit has laid out its latest schedule for the tram, starting with the "
        "opening of a first section by the end of this year."
    )
    assert read.windows(text) == [(None, Y(2024, 12, 31))]


def test_a_target_in_the_first_person_plural_is_an_aim():
    text = "« Nous ciblons 40 bus électriques d'ici la fin de l'année », a dit Halden Transit."
    assert read.windows(text, language="fr") == [(None, Y(2024, 12, 31))]


def test_said_to_expect_in_the_infinitive_is_an_expectation():
    text = (
        "Le président de Halden Transit a dit s'attendre à ce que 40 bus soient livrés fin "
        "septembre."
    )
    drafts = read.dated_drafts(text, language="fr")
    assert [(d.start, d.end, d.strength) for d in drafts] == [
        (Y(2024, 9, 1), Y(2024, 9, 30), "expects")
    ]


def test_sales_grown_to_a_level_are_results_not_a_promise():
    text = "Corvane Motors is aiming to increase its yearly sales to more than $2bn by 2027."
    assert read.windows(text) == []
    text = "Corvane Motors vise à doubler ses ventes d'ici 2027."
    assert read.windows(text, language="fr") == []
    # Stores opened are an action.
    text = "Corvane Motors is aiming to open 40 new showrooms by 2027."
    assert read.windows(text) == [(None, Y(2027, 12, 31))]


# --- When it was said ----------------------------------------------------------------------


def test_a_plan_presented_on_a_day_of_the_pages_month_dates_its_promises():
    # A page dated only to October 2024: the plan was presented on the 14th.
    text = (
        "Halden Transit a présenté lundi 14 octobre aux élus son plan de mobilité. Le plan "
        "prévoit de doubler la flotte de bus électriques d'ici 2028."
    )
    assert read_in_october.dated(text, language="fr", published_precision="month") == [
        (None, Y(2028, 12, 31), Y(2024, 10, 14))
    ]


def test_a_thing_presented_on_a_day_is_no_statement_of_that_day():
    # A product or a site shown that day: the page may tell of its plans later.
    text = (
        "Halden Transit a présenté, le 14 octobre, le nouveau portail de ses abonnés. Il "
        "devrait accueillir la vente des billets dès 2025."
    )
    assert read_in_october.dated(text, language="fr", published_precision="month") == [
        (Y(2025, 1, 1), Y(2025, 12, 31), Y(2024, 10, 1))
    ]


def test_a_speech_on_a_day_of_the_pages_month_dates_what_it_promised():
    text = (
        "In a speech on October 9, the chair of Halden Transit said the new depot will open "
        "by 2027."
    )
    assert read_in_october.dated(text, published_precision="month") == [
        (None, Y(2027, 12, 31), Y(2024, 10, 9))
    ]


def test_a_sentence_saying_when_the_decision_was_made_known_dates_the_one_before():
    # Published Friday 14 June 2024: the Monday is the 10th, even a paragraph further on.
    text = (
        "Halden Transit plans to open its north depot by the end of 2026, the operator said in "
        "a statement.\n\nThis decision was voiced on Monday during the board's yearly meeting."
    )
    assert read.dated(text) == [(None, Y(2026, 12, 31), Y(2024, 6, 10))]


def test_a_speech_in_the_last_days_of_the_month_before_dates_what_it_promised():
    # A page dated only to October 2024 reports a speech of 28 September.
    text = (
        "Dans son allocution du 28 septembre, le président de Halden Transit a promis "
        "d'ouvrir la ligne nord d'ici 2026."
    )
    assert read_in_october.dated(text, language="fr", published_precision="month") == [
        (None, Y(2026, 12, 31), Y(2024, 9, 28))
    ]
    # A speech of early September is older news than the page's month tells of: it dates
    # the sentence that names it (the forty-seventh round's speech named by its day, as the
    # labelling conventions have it), not the page's other promises.
    text = text.replace("28 septembre", "3 septembre") + (
        "\n\nLe dépôt sud de Corvane Motors sera rénové d'ici 2027."
    )
    assert read_in_october.dated(text, language="fr", published_precision="month") == [
        (None, Y(2026, 12, 31), Y(2024, 9, 3)),
        (None, Y(2027, 12, 31), Y(2024, 10, 1)),
    ]


def test_a_choice_made_known_on_a_day_of_the_pages_month_dates_what_follows():
    text = (
        "Halden Transit a finalement été choisi le 15 octobre par la région. Sauf retard, la "
        "mise en service de la ligne est fixée à l'été 2026."
    )
    assert read_in_october.dated(text, language="fr", published_precision="month") == [
        (Y(2026, 6, 1), Y(2026, 8, 31), Y(2024, 10, 15))
    ]


def test_a_decision_taken_on_a_day_of_the_pages_month_dates_what_follows():
    text = (
        "The board of Halden Transit decided on October 8 to go ahead with the tram. The first "
        "line will open in 2027."
    )
    assert read_in_october.dated(text, published_precision="month") == [
        (Y(2027, 1, 1), Y(2027, 12, 31), Y(2024, 10, 8))
    ]


# --- The page --------------------------------------------------------------------------------


def test_a_dateline_with_its_place_before_the_day_is_no_promiser():
    # A wire story's dateline, its doubled dash touching the first word.
    text = (
        "Lindvik, June 12 (Nordic Wire)--Corvane Motors said Wednesday that it will set up a "
        "battery unit in the north.\n\nThe new unit will start building packs as early as 2027."
    )
    assert [d.promiser_name for d in read.dated_drafts(text)] == ["Corvane Motors"]


def test_a_text_opening_on_a_reported_promise_under_a_title_given_apart_reads_it():
    title = "Halden Transit unveils its new bus plan"
    text = (
        "Halden Transit's chair has promised to replace every diesel bus over the next five "
        "years\n\nThe operator will also open two depots. Work starts in the spring."
    )
    assert read.windows(text, title=title) == [(None, Y(2029, 6, 14))]
    # Headline grammar stays a heading: "to replace".
    text = text.replace("has promised to replace", "to replace")
    assert read.windows(text, title=title) == []


# --- Who promises ------------------------------------------------------------------------

read_lions = Reader([KnownOrganisation(1, "Lindvik Harbour Lions", ("The Lions",))], PUBLISHED)


def test_a_ledger_alias_after_the_is_the_name_without_it():
    text = "Construction of the new stadium is scheduled to be complete in August 2027."
    drafts = read_lions.dated_drafts(text, title="Lions update stadium milestones")
    assert [d.promiser_name for d in drafts] == ["Lindvik Harbour Lions"]


def test_the_speaker_who_closes_a_quotation_promises_its_earlier_sentences():
    text = (
        "\"These crews are going to hand the new depot over to the city on June 1, 2026. It's "
        'going to be a fine place," said project director Ana Berg of Corvane Motors.'
    )
    drafts = read.dated_drafts(text, title="The next chapter for the new depot")
    assert [(d.promiser_name, d.end) for d in drafts] == [("Corvane Motors", Y(2026, 6, 1))]
