"""The article importer's extraction rules (claims.importer), one behaviour per test.

Pure functions: no database. The ledger is a list of KnownOrganisation rows.
"""

from __future__ import annotations

import datetime as dt

import pytest

from language.articles import (
    KnownOrganisation,
    article_header,
    extract_drafts,
    html_to_article,
    looks_like_html,
    split_sentences,
)
from language.deadlines import parse_deadline
from language.text import guess_language
from tests.language.labelled_articles import ARTICLES, LEDGER, evaluate, labelled_set

PUBLISHED = dt.date(2024, 1, 16)
ORGS = [
    KnownOrganisation(1, "Bleu", ("Bleu Cloud",)),
    KnownOrganisation(2, "Orange", ("Orange Business",)),
    KnownOrganisation(3, "Capgemini"),
    KnownOrganisation(4, "Gaia-X"),
    KnownOrganisation(5, "ANSSI"),
]


def drafts(text: str, published_on: dt.date = PUBLISHED):
    return extract_drafts(text, published_on=published_on, organisations=ORGS)


def windows(text: str, published_on: dt.date = PUBLISHED):
    return [(d.start, d.end) for d in drafts(text, published_on)]


# --- Sentences, language, header -------------------------------------------------------


def test_it_splits_sentences_but_not_after_abbreviations_initials_or_decimals():
    text = (
        "Bleu targets SecNumCloud 3.2 in 2025. M. Dupont, of Example Inc. in Paris, agreed. "
        "J. Smith said so! Is it true? « Oui », dit-il."
    )
    assert [s.text for s in split_sentences(text)] == [
        "Bleu targets SecNumCloud 3.2 in 2025.",
        "M. Dupont, of Example Inc. in Paris, agreed.",
        "J. Smith said so!",
        "Is it true?",
        "« Oui », dit-il.",
    ]


def test_each_sentence_knows_its_offset_in_the_article():
    text = "Title line\n\nFirst sentence here. Second one.\nThird paragraph."
    for sentence in split_sentences(text):
        assert text[sentence.start : sentence.start + len(sentence.text)] == sentence.text


def test_soft_wrapped_lines_are_one_paragraph():
    text = "Bleu will open its\nservices by the end of 2024.\n\nNext paragraph."
    assert split_sentences(text)[0].text == "Bleu will open its\nservices by the end of 2024."


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("La société prévoit d'ouvrir ses services d'ici la fin de l'année.", "fr"),
        ("The company plans to open its services by the end of the year.", "en"),
    ],
)
def test_it_tells_english_from_french(text, language):
    assert guess_language(text) == language


def test_the_header_gives_title_author_and_publication_date():
    header = article_header(
        "Bleu opens for business\nBy Claire Dubois | Published 16 January 2024\n\nBleu ...",
        today=dt.date(2026, 1, 1),
    )
    assert (header.title, header.author, header.published_on) == (
        "Bleu opens for business",
        "Claire Dubois",
        dt.date(2024, 1, 16),
    )


def test_a_french_byline_gives_author_and_date():
    header = article_header(
        "Titre\nPar Luc Fontaine, 3 février 2025\n\nTexte.", today=dt.date(2026, 1, 1)
    )
    assert (header.author, header.published_on) == ("Luc Fontaine", dt.date(2025, 2, 3))


def test_html_gives_main_text_and_metadata_without_page_furniture():
    html = """<html><head><title>Bleu | Wire</title>
    <meta name="author" content="Jeanne Martin">
    <meta property="article:published_time" content="2024-01-16T08:00:00Z"></head>
    <body><nav>Home | Cloud | Security</nav><article><h1>Bleu sets its dates</h1>
    <p>Bleu said on Tuesday it will open its first services by the end of 2024, a goal it
    set when it was created by Orange and Capgemini.</p></article>
    <footer>Copyright 2024 Wire. All rights reserved.</footer></body></html>"""
    article = html_to_article(html)
    assert article.title == "Bleu sets its dates"
    assert article.author == "Jeanne Martin"
    assert article.published_on == dt.date(2024, 1, 16)
    assert "will open its first services by the end of 2024" in article.text
    assert "Copyright" not in article.text and "Home | Cloud" not in article.text


def test_html_is_told_from_text():
    assert looks_like_html("<!DOCTYPE html><html><body><p>x</p></body></html>")
    assert not looks_like_html("Bleu will open <somewhere> by 2025.")


# --- What is a commitment --------------------------------------------------------------


def test_a_forward_looking_sentence_with_a_deadline_becomes_a_draft():
    (draft,) = drafts("Bleu aims to obtain ANSSI's SecNumCloud qualification in 2025.")
    assert (draft.promiser_pk, draft.promiser_name) == (1, "Bleu")
    assert (draft.deadline_text, draft.start, draft.end) == (
        "in 2025",
        dt.date(2025, 1, 1),
        dt.date(2025, 12, 31),
    )
    assert draft.stated_on == PUBLISHED
    assert draft.category == "certification"
    assert "'aims to'" in draft.reason and "'in 2025'" in draft.reason
    assert draft.statement == "Bleu aims to obtain ANSSI's SecNumCloud qualification in 2025"


@pytest.mark.parametrize(
    "sentence",
    [
        "Bleu will open its region by 2026.",
        "Bleu would open its region by 2026, it said.",
        "Bleu plans to open its region by 2026.",
        "Bleu expects to open its region by 2026.",
        "Bleu is set to open its region by 2026.",
        "Bleu is due to open its region by 2026.",
        "Bleu pledged to open its region by 2026.",
        "Bleu is on track to open its region by 2026.",
        "Bleu va ouvrir sa région d'ici 2026.",
        "Bleu vise l'ouverture de sa région d'ici 2026.",
        "Bleu prévoit d'ouvrir sa région d'ici 2026.",
        "Bleu doit ouvrir sa région d'ici 2026.",
        "Bleu compte ouvrir sa région d'ici 2026.",
        "Bleu s'engage à ouvrir sa région d'ici 2026.",
        "Bleu ouvrira sa région d'ici 2026.",
    ],
)
def test_forward_looking_phrases_in_english_and_french(sentence):
    assert windows(sentence) == [(None, dt.date(2026, 12, 31))]


def test_a_date_without_a_commitment_is_not_a_draft():
    assert drafts("Bleu's revenue in 2025 is a matter of debate among analysts.") == []


def test_relative_deadlines_count_from_the_publication_date():
    assert windows("Bleu will hire 100 engineers within 18 months.") == [
        (None, dt.date(2025, 7, 16))
    ]


def test_one_commitment_with_two_dated_objects_gives_a_draft_for_each():
    # "la fin de la 2G pour 2025 et de la 3G pour 2028": two promises sharing one verb.
    assert windows("Bleu will run a pilot in Q1 2025 and reach general availability by 2026.") == [
        (dt.date(2025, 1, 1), dt.date(2025, 3, 31)),
        (None, dt.date(2026, 12, 31)),
    ]


def test_the_french_future_tense_is_a_commitment_in_french_articles():
    (draft,) = drafts("Microsoft 365 sera disponible au premier semestre 2025, selon Bleu.")
    assert (draft.promiser_name, draft.end) == ("Bleu", dt.date(2025, 6, 30))


def test_a_third_partys_expectation_is_not_a_promise_unless_someone_is_quoted_saying_it():
    assert drafts("The European Commission is expected to publish its scheme in 2025.") == []
    (draft,) = drafts("The qualification is still expected in 2025, Bleu said.")
    assert draft.promiser_name == "Bleu"


# --- Dates that are not promises -------------------------------------------------------


def test_the_byline_and_publication_date_are_not_deadlines():
    text = (
        "Bleu will be ready\nBy Claire Dubois | Published 16 January 2024\n\n"
        "PARIS — Bleu will open its services by the end of 2024."
    )
    assert windows(text) == [(None, dt.date(2024, 12, 31))]


@pytest.mark.parametrize(
    "sentence",
    [
        "Bleu, which announced in 2021 that it would exist, will open by the end of 2024.",
        "In October it appointed a new head of cloud, and Bleu will open by the end of 2024.",
        "Bleu, créée en 2021 par Orange et Capgemini, ouvrira ses services d'ici fin 2024.",
        "Bleu, qui a nommé un directeur en mars, ouvrira ses services d'ici fin 2024.",
    ],
)
def test_past_events_in_a_promising_sentence_are_left_out(sentence):
    assert windows(sentence) == [(None, dt.date(2024, 12, 31))]


def test_a_past_verb_governs_its_date_even_when_the_date_is_read_as_future():
    # "in February" alone is next February for the parser; "reported" makes it an event.
    assert drafts("Orange, which will stay a shareholder, reported revenue in February.") == []


def test_dates_before_the_publication_date_are_not_deadlines():
    assert drafts("Bleu would have opened by the end of 2023, had it been ready.") == []


def test_biographies_are_not_promises():
    text = (
        "Jean Martin, Bleu's chief executive, joined Orange in 1998 and led its data centres "
        "from 2015 to 2020. He will take up his post in March 2024."
    )
    assert drafts(text) == []


def test_scheduled_events_are_not_promises():
    assert drafts("The Gaia-X summit will take place in Helsinki in November 2024.") == []
    assert drafts("Le salon se tiendra à Paris les 27 et 28 novembre 2024.") == []


def test_the_sentence_can_say_when_the_promise_was_made():
    (draft,) = drafts(
        "Bleu said in 2022 that it would engage its first customers by the end of 2022."
    )
    assert draft.stated_on == dt.date(2022, 1, 1)
    assert (draft.start, draft.end) == (None, dt.date(2022, 12, 31))
    assert "stated 'in 2022'" in draft.reason


def test_a_statement_date_at_the_start_of_the_sentence_counts_too():
    (draft,) = drafts("Bleu\n\nIn 2022 it had said it would engage customers by the end of 2022.")
    assert (draft.stated_on, draft.end) == (dt.date(2022, 1, 1), dt.date(2022, 12, 31))


# --- Undated commitments ---------------------------------------------------------------


def test_a_vague_commitment_becomes_an_undated_draft():
    (draft,) = drafts("The company says Bleu will ultimately join Gaia-X.")
    assert (draft.deadline_text, draft.start, draft.end) == ("", None, None)
    assert draft.category == "membership"
    assert "no date: 'ultimately'" in draft.reason


def test_a_pledge_without_a_date_becomes_an_undated_draft():
    (draft,) = drafts("Bleu s'engage à migrer ses clients sans interruption de service.")
    assert (draft.start, draft.end) == (None, None)


def test_a_plain_will_without_a_date_is_not_a_draft():
    assert drafts("Orange Business, a Bleu partner, would not comment.") == []


# --- Who promised ----------------------------------------------------------------------


def test_the_promiser_is_found_by_alias():
    (draft,) = drafts("Orange Business s'engage à doubler son chiffre d'affaires d'ici 2027.")
    assert (draft.promiser_pk, draft.promiser_name) == (2, "Orange")


def test_it_and_the_company_refer_back_to_the_organisation_the_article_is_about():
    text = "Bleu sets its dates\n\nBleu started in 2021. The company will open by 2026."
    (draft,) = drafts(text)
    assert draft.promiser_name == "Bleu"
    assert "article is about" in draft.reason


def test_the_subject_of_the_sentence_wins_over_organisations_in_an_apposition():
    (draft,) = drafts("Bleu, set up by Orange and Capgemini, will open by 2026.")
    assert draft.promiser_name == "Bleu"


def test_an_organisation_unknown_to_the_ledger_is_kept_by_name():
    text = "Nordvik Cloud, a Norwegian provider, plans to open a region next spring."
    (draft,) = drafts(text, dt.date(2024, 9, 5))
    assert (draft.promiser_pk, draft.promiser_name) == (None, "Nordvik Cloud")
    assert "not in the ledger" in draft.reason


def test_without_any_organisation_there_is_no_draft():
    assert drafts("Prices will rise by 2026, according to several analysts.") == []


@pytest.mark.parametrize(
    ("sentence", "category"),
    [
        ("Bleu will obtain SecNumCloud qualification by 2026.", "certification"),
        ("Bleu sera qualifié SecNumCloud d'ici 2026.", "certification"),
        ("Bleu will join Gaia-X by 2026.", "membership"),
        ("Bleu va rejoindre Gaia-X d'ici 2026.", "membership"),
        ("Bleu will make Azure generally available by 2026.", "availability"),
        ("Bleu sera disponible d'ici 2026.", "availability"),
        ("Bleu will launch its services by 2026.", "launch"),
        ("Bleu va lancer ses services d'ici 2026.", "launch"),
        ("Bleu will invest 1 billion euros by 2026.", "programme"),
        ("Bleu va recruter 200 personnes d'ici 2026.", "programme"),
        ("Bleu will double its revenue by 2026.", "other"),
    ],
)
def test_the_category_is_guessed_from_keywords(sentence, category):
    (draft,) = drafts(sentence)
    assert draft.category == category


# --- The labelled set ------------------------------------------------------------------


def test_every_drafts_deadline_text_parses_back_to_its_window():
    # Approving a draft parses its deadline text again: it must give the same window.
    ledger = [KnownOrganisation(n, name, aliases) for n, (name, aliases) in enumerate(LEDGER)]
    for name, label in labelled_set().items():
        published = dt.date.fromisoformat(label["published"])
        text = (ARTICLES / name).read_text(encoding="utf-8")
        for draft in extract_drafts(text, published_on=published, organisations=ledger):
            if draft.deadline_text:
                window = parse_deadline(draft.deadline_text, stated_on=draft.stated_on)
                assert (window.start, window.end) == (draft.start, draft.end), draft.quote


def test_the_labelled_set_has_ten_articles_or_more_in_both_languages():
    articles = labelled_set()
    assert len(articles) >= 10
    assert {label["language"] for label in articles.values()} == {"en", "fr"}
    assert any(label["held_out"] for label in articles.values())


def test_precision_and_recall_on_the_labelled_set_are_at_least_80_percent():
    score = evaluate()
    assert score.precision >= 0.8, score.extras
    assert score.recall >= 0.8, score.misses


def test_precision_and_recall_hold_on_the_held_out_articles():
    score = evaluate(held_out=True)
    assert score.precision >= 0.8, score.extras
    assert score.recall >= 0.8, score.misses


def test_html_extraction_uses_no_network(monkeypatch):
    import socket

    def refuse(*args, **kwargs):
        raise AssertionError("trafilatura tried to open a connection")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    article = html_to_article(
        '<html><head><meta name="date" content="2024-01-16"></head><body><article><p>Bleu '
        "will open its services by the end of 2024, the company said on Tuesday in Paris."
        "</p></article></body></html>"
    )
    assert "by the end of 2024" in article.text
