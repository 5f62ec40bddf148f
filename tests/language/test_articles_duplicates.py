"""One draft per promise (docs/article-import.md): a promise told twice (by the writer then
quoted, a year then said more precisely, a month then its deadline, by unnamed reports then a
named source, one window given twice, a date restated as a fiscal year, a span said again)
is one draft, the better told one; two promises (about different things, amounts, days or
objects) stay two. One behaviour per test; the sentences are invented, in the shape real
articles take.
"""

from __future__ import annotations

import datetime as dt

from tests.language.article_ledgers import (
    MARCH_15,
    read,
    read_brenmoor,
    read_in_october,
    read_nordvik,
    read_pharma_yards_and_lumeo,
)

Y = dt.date


# --- One promise told twice is one draft ---------------------------------------------------------


def test_one_promise_told_by_the_writer_then_quoted_with_its_day_is_one_draft_the_quote():
    text = (
        "Skyrail's Lund depot will open in 2026.\n\n"
        "“The Lund depot will open in 2026,” chief executive Ana Berg said in January."
    )
    [draft] = read_nordvik.dated_drafts(text)
    assert draft.quote.startswith("“The Lund depot")
    assert (draft.stated_on, draft.stated_on_precision) == (Y(2024, 1, 1), "month")


def test_a_year_said_again_more_precisely_is_one_draft_the_precise_one():
    text = (
        "Heliantha will begin mass production at its new factory in Arizona in 2025, a "
        "newspaper reports. Its chairman announced that the Arizona factory will begin mass "
        "production in the first quarter of 2025."
    )
    assert read_nordvik.dated(text) == [(Y(2025, 1, 1), Y(2025, 3, 31), MARCH_15)]


def test_a_month_then_its_deadline_about_the_same_thing_is_one_draft_the_attributed_one():
    text = (
        "Skyrail has finished testing even as the first new line is set to open this month. "
        "Meanwhile, Skyrail spokesman Tom Lind said the first line remains on schedule to go "
        "into service by the end of this month."
    )
    [draft] = read_nordvik.dated_drafts(text)
    assert (draft.start, draft.end, draft.speaker) == (None, Y(2024, 3, 31), "Tom Lind")


def test_one_promise_from_unnamed_reports_then_a_named_source_is_one_draft_the_named_one():
    text = (
        "Heliantha's new plant has delayed the start of production to 2025, according to "
        "reports.\n\n"
        "A news agency, Nordpress, wrote mass production at the plant would begin in 2025, "
        "citing a speech by its chairman."
    )
    [draft] = read_nordvik.dated_drafts(text)
    assert draft.quote.startswith("A news agency, Nordpress, wrote")
    assert draft.speaker == "Nordpress"


def test_a_standfirst_that_names_nobody_then_the_named_promise_is_one_draft_the_named_one():
    text = (
        "La nouvelle génération de rames sera mise en circulation en 2026.\n\n"
        "Skyrail a présenté samedi la nouvelle génération de rames qui sera mise en circulation "
        "en 2026."
    )
    assert [d.promiser_name for d in read_nordvik.dated_drafts(text)] == ["Skyrail"]


def test_the_same_amounts_said_again_restate_one_promise():
    text = (
        "Heliantha aims to produce 600,000 panels in 2025, three times the 190,000 it made "
        "in 2023. "
        "Heliantha has revealed an ambitious plan to make 600,000 panels in 2025."
    )
    assert len(read_nordvik.dated(text)) == 1


def test_one_window_given_twice_in_a_sentence_is_one_draft():
    text = "En 2024, l'objectif de Lumeo est de produire dix rames par mois, soit 120 sur l'année."
    assert read_pharma_yards_and_lumeo.windows(text, language="fr") == [
        (Y(2024, 1, 1), Y(2024, 12, 31))
    ]


def test_a_half_then_a_deadline_at_its_end_is_one_promise():
    text = (
        "Corvane Motors will begin van production in the second half of 2026 in Leeds.\n\n"
        "Corvane Motors is expected to begin van production in Leeds by the second half of "
        "2026."
    )
    [draft] = read.dated_drafts(text)
    assert (draft.start, draft.end) == (Y(2026, 7, 1), Y(2026, 12, 31))


def test_the_same_things_said_again_more_precisely_stay_one_promise():
    text = (
        "Halden Transit plans to open 12 new depots in 2025. "
        "The new depots will open in the first quarter of 2025."
    )
    assert read.windows(text) == [(Y(2025, 1, 1), Y(2025, 3, 31))]


def test_one_thing_said_twice_with_the_topic_as_promiser_is_one_draft():
    text = (
        "Halden Transit a présenté ses projets au salon de Lyon. "
        "Le dépôt de Vénissieux s'agrandira en 2026.\n\n"
        "L'agrandissement du dépôt de Vénissieux sera achevé en 2026, avec 40 voies."
    )
    assert len(read.dated_drafts(text, language="fr")) == 1


def test_a_date_restated_as_a_fiscal_year_is_one_promise():
    text = (
        "Corvane Motors will open the plant in the fall of 2025, putting it in the "
        "company's fiscal 2026."
    )
    assert read_in_october.windows(text) == [(Y(2025, 9, 1), Y(2025, 11, 30))]


def test_a_span_said_again_with_the_day_it_runs_from_is_one_promise_dated_then():
    text = (
        "Ostvale Water Board s'est engagé à raccorder 4.000 foyers de la vallée en trois ans. "
        "Le président l'a répété hier.\n\n"
        "Ostvale Water Board s'est engagé à raccorder ces foyers en trois ans en signant une "
        "convention avec la région en 2021."
    )
    assert read_brenmoor.dated(text, language="fr") == [(None, Y(2024, 12, 31), Y(2021, 1, 1))]


def test_one_sentence_giving_its_day_again_in_a_quote_is_one_draft():
    text = (
        "Halden Transit va ouvrir la ligne T2 le 18 novembre prochain : « Le 18 novembre, nos "
        "rames T2 accueilleront leurs premiers voyageurs », a déclaré son directeur."
    )
    assert read_in_october.windows(text, language="fr") == [(Y(2024, 11, 18), Y(2024, 11, 18))]


# --- Two promises stay two -----------------------------------------------------------------------


def test_a_year_and_a_deadline_at_its_end_stay_two_drafts():
    text = (
        "Nordvik will add zones to its Oslo region by late 2025. Nordvik's Bergen region will "
        "also get new zones in 2025."
    )
    assert len(read_nordvik.dated(text)) == 2


def test_an_unnamed_promise_about_something_else_stays_beside_a_named_one():
    text = "Le nouveau dépôt ouvrira en 2026.\n\nSkyrail lancera sa ligne vers Lund en 2026."
    assert len(read_nordvik.dated(text)) == 2


def test_a_year_and_a_part_of_it_about_different_things_are_two_drafts():
    text = (
        "Heliantha will begin mass production in Arizona in 2025. Separately, its new research "
        "centre in Lyon will open in the first quarter of 2025."
    )
    assert len(read_nordvik.dated(text)) == 2


def test_words_of_attribution_do_not_make_two_things_one():
    text = (
        "Trade News reports that Heliantha is planning to open 13 new plants this year. A "
        "research centre in Lyon opens next month, according to local news reports."
    )
    assert len(read_nordvik.dated(text)) == 2


def test_two_days_of_one_month_stay_two_drafts():
    text = (
        "Skyrail plans to reopen six more lines in October. Two lines will reopen on "
        "October 8 and another on October 9."
    )
    assert len(read_nordvik.dated(text)) == 3


def test_different_amounts_with_one_deadline_are_two_promises():
    text = (
        "Heliantha aims to produce 600,000 panels in 2025. "
        "Heliantha also aims to hire 1,200 people in 2025."
    )
    assert len(read_nordvik.dated(text)) == 2


def test_two_dated_objects_of_a_sentence_stay_two_drafts():
    text = "Lumeo fermera son réseau 2G en 2025 et son réseau 3G en 2028."
    assert read_pharma_yards_and_lumeo.windows(text, language="fr") == [
        (Y(2025, 1, 1), Y(2025, 12, 31)),
        (Y(2028, 1, 1), Y(2028, 12, 31)),
    ]


def test_two_promises_of_an_unnamed_promiser_with_one_window_stay_two():
    # Neither names who promises; they share a window, not an object.
    text = (
        "Le chantier de l'école touche à sa fin.\n\n"
        "« Les deux nouvelles classes ne seront investies qu'à la rentrée », précise l'échevin. "
        "« L'inauguration officielle, ce sera en principe en septembre », promet le maïeur."
    )
    drafts = read.dated_drafts(text, language="fr")
    assert [(d.start, d.end) for d in drafts] == [(Y(2024, 9, 1), Y(2024, 9, 30))] * 2


def test_the_first_of_several_is_a_promise_of_its_own():
    text = (
        "Halden Transit plans to open 12 new depots in 2025. "
        "The first of the new depots will open in the first quarter of 2025."
    )
    assert read.windows(text) == [
        (Y(2025, 1, 1), Y(2025, 12, 31)),
        (Y(2025, 1, 1), Y(2025, 3, 31)),
    ]


def test_two_things_due_the_same_year_in_a_round_up_stay_two_drafts():
    text = (
        "Halden Transit a présenté ses projets au salon de Lyon. "
        "Le dépôt de Vénissieux s'agrandira en 2026.\n\n"
        "Une nouvelle navette électrique remplacera le vieux funiculaire en 2026."
    )
    drafts = read.dated_drafts(text, language="fr")
    assert [(d.promiser_name, d.end) for d in drafts] == [
        ("Halden Transit", Y(2026, 12, 31)),
        ("Halden Transit", Y(2026, 12, 31)),
    ]
