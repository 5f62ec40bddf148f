"""The forty-second round, first pass (docs/article-import.md, "Round 42"): rules written from
dev-blind81's and dev-blind83's articles, read for the first time. One behaviour per test; the
sentences are invented, in the shape real articles take, and each test fails without its rule.
"""

from __future__ import annotations

import datetime as dt

from tests.language.article_ledgers import read

Y = dt.date


# --- The page ------------------------------------------------------------------------------


def test_a_french_closing_guillemet_after_its_space_ends_the_quotes_sentence():
    # The quote's "je pense" is the speaker's opinion; the sentence after it is another one.
    text = (
        "« Le dossier est prêt. Je pense que les subventions vont arriver. » "
        "La directrice de Halden Transit espère lancer les travaux du dépôt en 2026."
    )
    drafts = read.dated_drafts(text, language="fr")
    assert [(d.start, d.end) for d in drafts] == [(Y(2026, 1, 1), Y(2026, 12, 31))]
    assert drafts[0].quote.startswith("La directrice")
    # A speech verb in lower case after the guillemet goes on with the quote's sentence.
    text = "« Nous ouvrirons le dépôt en 2026. » a déclaré la directrice de Halden Transit."
    drafts = read.dated_drafts(text, language="fr")
    assert [d.quote for d in drafts] == [text]


# --- Finding a commitment -----------------------------------------------------------------


def test_the_aim_an_act_is_done_with_is_a_commitment():
    text = (
        "Corvane Motors s'est alliée avec deux fournisseurs dans le but de commercialiser une "
        "batterie recyclable d'ici à 2027."
    )
    assert read.windows(text, language="fr") == [(None, Y(2027, 12, 31))]
    text = (
        "Corvane Motors has teamed up with two suppliers with the aim of selling a recyclable "
        "battery by 2027."
    )
    assert read.windows(text) == [(None, Y(2027, 12, 31))]


def test_an_announcement_set_beside_anothers_keeps_its_action():
    text = (
        "Corvane Motors annonçait pour sa part le lancement commercial de sa berline "
        "électrique dès le mois de septembre 2024."
    )
    assert read.windows(text, language="fr") == [(Y(2024, 9, 1), Y(2024, 9, 30))]


def test_a_cleft_after_a_connective_and_meme_puts_the_date_first():
    text = "Et, c'est même, ce mardi 18 juin que Halden Transit ouvrira son dépôt nord."
    assert read.windows(text, language="fr") == [(Y(2024, 6, 18), Y(2024, 6, 18))]


# --- What is not a promise ----------------------------------------------------------------


def test_a_route_operated_until_a_day_is_its_season_not_a_deadline():
    text = (
        "Halden Transit ouvrira une ligne vers la côte exploitée de manière saisonnière "
        "(jusqu'au 16 septembre)."
    )
    assert read.windows(text, language="fr") == []
    text = "Halden Transit ouvrira sa ligne vers la côte d'ici au 16 septembre."
    assert read.windows(text, language="fr") == [(None, Y(2024, 9, 16))]


def test_a_span_told_after_a_start_counts_from_that_start():
    text = "Le chantier du dépôt de Halden Transit doit débuter en mars et s'étendre sur deux ans."
    assert read.windows(text, language="fr") == [(Y(2025, 3, 1), Y(2025, 3, 31))]
    text = "Work on Halden Transit's depot will start in March and last about 18 months."
    assert read.windows(text) == [(Y(2025, 3, 1), Y(2025, 3, 31))]
    # Works already started: the span counts from now, a deadline.
    text = (
        "Les travaux du dépôt de Halden Transit viennent de démarrer, le chantier s'étalera "
        "sur dix-huit mois."
    )
    assert read.windows(text, language="fr") == [(None, Y(2025, 12, 14))]


def test_an_order_booked_in_a_quarter_is_accounting_not_a_promise():
    text = (
        "Corvane Motors will include the contract, worth EUR 40M, in its order bookings for "
        "the third quarter of 2024."
    )
    assert read.windows(text) == []
    text = "Corvane Motors will deliver the first buses in the third quarter of 2024."
    assert read.windows(text) == [(Y(2024, 7, 1), Y(2024, 9, 30))]


def test_a_count_of_passengers_grown_to_a_level_is_a_forecast():
    text = (
        "The new line is expected to double the number of Halden Transit passengers to "
        "around 40 million in 2026."
    )
    assert read.windows(text) == []
    text = "Le tram devrait doubler le nombre de voyageurs de Halden Transit d'ici 2026."
    assert read.windows(text, language="fr") == []
    text = "The new Halden Transit line is expected to open in 2026."
    assert read.windows(text) == [(Y(2026, 1, 1), Y(2026, 12, 31))]


def test_se_veut_is_what_a_thing_claims_to_be_not_an_aim():
    text = (
        "Le concept-car de Corvane Motors se veut une étude de style sur l'avenir de la "
        "marque en 2035."
    )
    assert read.windows(text, language="fr") == []
    text = "Corvane Motors veut lancer sa berline électrique en 2026."
    assert read.windows(text, language="fr") == [(Y(2026, 1, 1), Y(2026, 12, 31))]


def test_a_date_set_before_a_clause_told_in_the_conditional_is_hearsay():
    text = "Attendue pour 2026, la berline de Corvane Motors reposerait sur une plateforme neuve."
    assert read.windows(text, language="fr") == []
    text = "Attendue pour 2026, la berline de Corvane Motors sera produite à Halden."
    assert read.windows(text, language="fr") == [(Y(2026, 1, 1), Y(2026, 12, 31))]


# --- One draft per promise ----------------------------------------------------------------


def test_also_on_the_verb_is_another_promise_of_the_same_year():
    text = (
        "Halden Transit's new tram depot will be available for use in 2026. A new shared "
        "workshop, owned by Halden Transit and the city, will also be completed in the "
        "vicinity of the central station in 2026."
    )
    drafts = read.dated_drafts(text)
    assert [(d.start, d.end) for d in drafts] == [(Y(2026, 1, 1), Y(2026, 12, 31))] * 2
