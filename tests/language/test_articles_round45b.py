"""The forty-fifth round, second helper (docs/article-import.md, "Round 45"): the drafts the
importer makes and no label keeps, sorted by cause. One behaviour per test; the sentences are
invented, in the shape real articles take, and each test fails without its rule.
"""

from __future__ import annotations

import datetime as dt

from tests.language.article_ledgers import read

Y = dt.date


# --- What is not a promise -----------------------------------------------------------------


def test_results_as_the_subject_are_a_forecast():
    # Written on Friday 14 June 2024. What revenue or earnings will come to is a forecast of
    # results, whether they are the subject or the object of the phrase.
    for text in (
        "By 2030, revenues from the new depot are expected to exceed $80 million.",
        "Halden Transit said that depot revenues will pass $80 million by 2030.",
        "Each $1 of fare revenue in the region would bring $3 to local shops by 2030.",
    ):
        assert read.windows(text) == [], text
    text = "D'ici 2030, les recettes du dépôt devraient dépasser 80 millions."
    assert read.windows(text, language="fr") == []
    # Results that describe who acts are no subject: the act is still promised.
    for text in (
        "Halden Transit, with revenues of $5 million a year, will open the new depot in 2026.",
        "Halden Transit, whose revenues rose last year, will open the new depot in 2026.",
    ):
        assert read.windows(text) == [(Y(2026, 1, 1), Y(2026, 12, 31))], text
    # Nor is a target of results the subject of the next verb.
    text = (
        "Halden Transit a confirmé son objectif de revenus d'environ 2 milliards en 2025 et "
        "prévoit d'ouvrir 12 gares en 2026."
    )
    assert read.windows(text, language="fr") == [(Y(2026, 1, 1), Y(2026, 12, 31))]


def test_a_year_judged_is_no_promise():
    # Written on Friday 14 June 2024. A year as the subject of "be" with a word that judges
    # it describes the year; nothing is promised in it.
    for text in (
        '"This year will be our biggest ever," Halden Transit\'s chief executive said.',
        "Halden Transit said 2025 should be really exciting for the network.",
    ):
        assert read.windows(text) == [], text
    for text in (
        "L'année 2025 sera charnière pour Halden Transit.",
        "L'année 2025 sera sous le signe des travaux pour Halden Transit.",
    ):
        assert read.windows(text, language="fr") == [], text
    # A participle tells an act, and "a year of" names what the year holds: still read.
    text = "L'année 2025 sera consacrée à la rénovation du dépôt de Halden Transit."
    assert read.windows(text, language="fr") == [(Y(2025, 1, 1), Y(2025, 12, 31))]
    text = "Next year will be marked by the opening of Halden Transit's new depot."
    assert read.windows(text) == [(Y(2025, 1, 1), Y(2025, 12, 31))]


def test_what_forecasts_say_is_an_estimate():
    # Written on Friday 14 June 2024. Forecasts as the subject say what someone estimates,
    # as "according to a forecast" does: no promise.
    text = "However, current projections confirm the depot won't open before December 2028."
    assert read.windows(text) == []
    text = "Les prévisions de fréquentation du dépôt tablent sur 14 000 passagers par jour en 2027."
    assert read.windows(text, language="fr") == []
    # The promiser as the subject, with its forecast named after the verb, still promises.
    text = "Halden Transit confirmed its forecasts and will open the depot in 2027."
    assert read.windows(text) == [(Y(2027, 1, 1), Y(2027, 12, 31))]


# --- The page ----------------------------------------------------------------------------


def test_a_line_ending_on_a_colon_quotes_the_list_it_announces():
    # Written on Friday 14 June 2024. The promise is told by the line and the items under
    # it: the draft quotes them all.
    text = (
        "Halden Transit gave its plans on Thursday.\n"
        "Two more depots are due to open this year, listed as follows:\n"
        "- the North depot, for the tram lines;\n"
        "- the Harbour depot, for the buses.\n"
        "The rest will follow."
    )
    [draft] = read.dated_drafts(text)
    assert draft.quote == (
        "Two more depots are due to open this year, listed as follows:\n"
        "- the North depot, for the tram lines;\n"
        "- the Harbour depot, for the buses."
    )
    text = (
        "Halden Transit a présenté ses travaux jeudi.\n"
        "D'ici la fin de l'année, Halden Transit poursuivra :\n"
        "- la pose des rails,\n"
        "- la construction du dépôt.\n"
        "En 2025, les essais commenceront."
    )
    draft = read.dated_drafts(text, language="fr")[0]
    assert draft.quote.endswith("- la construction du dépôt.")
    # A colon inside a sentence announces no list.
    text = "Halden Transit said: we will open the depot by 2026.\n- Another plan."
    [draft] = read.dated_drafts(text)
    assert draft.quote == "Halden Transit said: we will open the depot by 2026."


def test_a_headline_cut_by_its_exclamation_stays_a_headline():
    # Written on Friday 14 June 2024. The page repeats its title under the site's menu line;
    # the title's "!" cuts it in two sentences, each still the headline: the body's sentence
    # tells the promise.
    title = "Bad News! Halden Transit Depot Opening Postponed Until Year-End | Details"
    text = (
        "Home\n\n"
        f"{title}\n\n"
        "Riders will have to wait: Halden Transit said the depot will open by the end of "
        "this year."
    )
    [draft] = read.dated_drafts(text, title=title)
    assert draft.quote.startswith("Riders will have to wait")
    assert (draft.start, draft.end) == (None, Y(2024, 12, 31))
