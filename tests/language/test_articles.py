"""The article importer's extraction rules (claims.importer), one behaviour per test.

Pure functions: no database. The ledger is a list of KnownOrganisation rows.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

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

PAGES = Path(__file__).parent / "data" / "pages"

PUBLISHED = dt.date(2024, 1, 16)
ORGS = [
    KnownOrganisation(1, "Bleu", ("Bleu Cloud",), parents=("Orange", "Capgemini")),
    KnownOrganisation(2, "Orange", ("Orange Business",)),
    KnownOrganisation(3, "Capgemini"),
    KnownOrganisation(4, "Gaia-X"),
    KnownOrganisation(5, "ANSSI"),
]


def drafts(text: str, published_on: dt.date = PUBLISHED, **options):
    return extract_drafts(text, published_on=published_on, organisations=ORGS, **options)


def about_bleu(*sentences: str, published_on: dt.date = PUBLISHED, **options):
    """Drafts from an article headed "Bleu sets its dates": "it", "the company" are Bleu."""
    text = "Bleu sets its dates\n\n" + " ".join(sentences)
    return drafts(text, published_on, **options)


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


def test_a_brand_written_in_lower_case_after_a_year_starts_a_sentence():
    text = "Its aim is 5 million homes by 2026. nexline said it expects 1 million soon."
    assert [s.text for s in split_sentences(text)] == [
        "Its aim is 5 million homes by 2026.",
        "nexline said it expects 1 million soon.",
    ]
    # Any other lower-case word after a full stop goes on with the sentence.
    assert len(split_sentences("It costs 3 p.c. more than planned.")) == 1


def test_a_headings_year_run_into_the_next_sentence_ends_it():
    text = "Ouverture en janvier 2022Les travaux portent sur les plafonds."
    assert [s.text for s in split_sentences(text)] == [
        "Ouverture en janvier 2022",
        "Les travaux portent sur les plafonds.",
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


# --- Pages: the metadata, not the furniture --------------------------------------------


def page(name: str):
    return html_to_article((PAGES / name).read_text(encoding="utf-8"))


def test_a_news_page_gives_its_metadata_and_its_article_without_cookie_banner_or_sponsor():
    article = page("cloud-wire-en.html")
    assert (article.title, article.author, article.published_on, article.publisher) == (
        "Nordvik Cloud sets a date for its Frankfurt region",
        "Anna Berg",
        dt.date(2024, 9, 5),
        "Cloud Wire",
    )
    assert "plans to open its first German region in Frankfurt next spring" in article.text
    for furniture in ("cookies", "Sponsored", "Acme Storage", "Read next", "Copyright"):
        assert furniture not in article.text


def test_a_page_without_metadata_is_not_dated_by_its_cookie_banner_nor_signed_by_its_sponsor():
    # The cookie policy's date (12 December 2023) and "Sponsored By Helios Capital" come
    # before the article in the page: they must not become its date and author.
    article = page("no-metadata-en.html")
    assert (article.title, article.author, article.published_on) == (
        "Bleu sets its dates",
        "Anna Berg",
        dt.date(2024, 1, 16),
    )
    assert "Helios" not in article.text and "cookies" not in article.text


def test_a_french_page_loses_its_sponsored_content_and_consent_banner():
    article = page("le-nuage-fr.html")
    assert (article.title, article.author, article.published_on, article.publisher) == (
        "Bleu repousse ses premiers services à 2025",
        "Claire Dubois",
        dt.date(2024, 3, 4),
        "Le Nuage Quotidien",
    )
    assert "NuageSûr" not in article.text and "cookies" not in article.text
    assert "sous réserve de l'achèvement de l'audit en cours" in article.text


def test_a_press_release_page_reads_its_microdata():
    article = page("press-release-en.html")
    assert (article.title, article.published_on) == (
        "Northwind Data Systems announces its sovereign cloud roadmap",
        dt.date(2024, 4, 3),
    )
    assert "Helios Capital" not in article.text and "cookies" not in article.text


def test_drafts_from_a_page_keep_the_promise_and_leave_the_furniture():
    article = page("le-nuage-fr.html")
    assert article.published_on is not None
    found = drafts(article.text, article.published_on, title=article.title)
    assert [(d.promiser_name, d.strength, d.condition) for d in found] == [
        ("Bleu", "will", ""),
        ("Bleu", "aims", "sous réserve de l'achèvement de l'audit en cours"),
    ]
    assert found[0].qualifier == "not_before"  # "ne proposera pas ... avant le second semestre"


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


def test_a_milestone_that_takes_place_is_the_promisers_step():
    (draft,) = drafts(
        "Bleu is building a data centre. Ground breaking will take place in mid-2025."
    )
    assert (draft.start, draft.end) == (dt.date(2025, 5, 1), dt.date(2025, 8, 31))
    (draft,) = drafts(
        "Bleu construit un centre. La pose de la première pierre aura lieu en mars 2025."
    )
    assert (draft.start, draft.end) == (dt.date(2025, 3, 1), dt.date(2025, 3, 31))


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


# --- When the promise was made --------------------------------------------------------


def test_a_reported_promise_is_stated_when_it_was_said_with_that_precision():
    (draft,) = about_bleu(
        "In 2022 the operator said the platform would start engaging customers by the end of 2022."
    )
    assert (draft.stated_on, draft.stated_on_precision) == (dt.date(2022, 1, 1), "year")
    assert (draft.start, draft.end) == (None, dt.date(2022, 12, 31))


def test_a_month_of_statement_gives_month_precision_and_deadlines_resolve_against_it():
    (draft,) = about_bleu("Bleu said in March 2023 that it expected qualification by next year.")
    assert (draft.stated_on, draft.stated_on_precision) == (dt.date(2023, 3, 1), "month")
    assert draft.end == dt.date(2024, 12, 31)  # "next year" from 2023, not from the article


def test_a_day_without_a_year_in_an_attribution_is_the_last_such_day():
    (draft,) = drafts(
        "Bleu plans to build two data centres, with services expected to begin in 2025, the "
        "company announced Jan. 21.",
        dt.date(2024, 1, 24),
    )
    assert (draft.stated_on, draft.stated_on_precision) == (dt.date(2024, 1, 21), "day")


def test_a_weekday_of_speech_is_the_last_such_day_before_the_article():
    (draft,) = about_bleu("Bleu announced on Monday that it would open its region in 2025.")
    assert draft.stated_on == dt.date(2024, 1, 15)  # the article is of Tuesday 16 January


def test_a_time_ago_gives_the_period_it_surely_falls_in():
    (draft,) = drafts(
        "Il y a quelques jours, Orange a indiqué que la 2G disparaîtrait en 2026.",
        dt.date(2023, 2, 1),
        published_precision="month",
        language="fr",
    )
    assert (draft.stated_on, draft.stated_on_precision) == (dt.date(2023, 1, 1), "year")


def test_the_next_sentence_of_the_same_statement_keeps_its_date_but_a_new_paragraph_does_not():
    found = about_bleu(
        "Orange avait ouvert le bal début 2022 en annonçant la fin de la 2G pour 2025. « Orange "
        "arrêtera la 3G en 2028 »",
        "\n\nOrange fermera ses cabines en 2027.",
        language="fr",
    )
    assert [(d.end, d.stated_on) for d in found] == [
        (dt.date(2025, 12, 31), dt.date(2022, 1, 1)),
        (dt.date(2028, 12, 31), dt.date(2022, 1, 1)),
        (dt.date(2027, 12, 31), PUBLISHED),
    ]


def test_the_writers_own_sentence_after_an_old_statement_is_todays():
    found = about_bleu(
        "In 2022 it had said it would engage customers by the end of 2022.",
        "Its first services will not go live before the end of 2024.",
    )
    assert [d.stated_on for d in found] == [dt.date(2022, 1, 1), PUBLISHED]


def test_the_statement_the_article_reports_as_news_dates_its_later_promises():
    found = about_bleu(
        "Bleu will open a region in 2025, the company announced on Monday.",
        "\n\nConstruction is expected to begin later this year.",
    )
    assert [(d.stated_on, d.start) for d in found] == [
        (dt.date(2024, 1, 15), dt.date(2025, 1, 1)),
        (dt.date(2024, 1, 15), dt.date(2024, 1, 15)),
    ]


# --- Who promises ----------------------------------------------------------------------


def test_the_speaker_is_not_the_promiser():
    (draft,) = drafts("Orange said Bleu aims to obtain the qualification in 2025.")
    assert (draft.promiser_name, draft.speaker, draft.strength) == ("Bleu", "Orange", "aims")


def test_the_object_of_a_promise_is_not_its_promiser():
    (draft,) = drafts("Bleu will also ultimately join Gaia-X.")
    assert draft.promiser_name == "Bleu"


@pytest.mark.parametrize(
    "text",
    [
        "The Orange-Capgemini venture will open its region in 2025.",
        "Orange et Capgemini ont créé Bleu en 2021. Leur coentreprise ouvrira sa région en 2025.",
    ],
)
def test_a_joint_venture_is_found_from_its_parents_names(text):
    (draft,) = drafts(text)
    assert (draft.promiser_pk, draft.promiser_name) == (1, "Bleu")


def test_a_person_speaking_for_the_promiser_is_its_speaker():
    (draft,) = about_bleu(
        '"We will open our first region in 2025," chief executive Jean Dupont told reporters.'
    )
    assert (draft.promiser_name, draft.speaker) == ("Bleu", "Jean Dupont")


def test_the_thing_promised_is_the_promisers_even_when_another_organisation_speaks():
    (draft,) = drafts("Les services de Bleu seront disponibles en 2025, a précisé Orange.")
    assert (draft.promiser_name, draft.speaker) == ("Bleu", "Orange")


def test_the_agent_of_an_announced_action_is_the_promiser():
    (draft,) = drafts(
        "Xavier Bertrand a confirmé la création par Bleu d'un centre de données d'ici 2026."
    )
    assert draft.promiser_name == "Bleu"


def test_a_second_organisation_sharing_the_verb_promises_its_own_date():
    found = drafts("Bleu will open in 2025 and Orange in 2026.")
    assert [(d.promiser_name, d.end) for d in found] == [
        ("Bleu", dt.date(2025, 12, 31)),
        ("Orange", dt.date(2026, 12, 31)),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The European Union aims to have most companies on a trusted cloud by 2030.",
        "Rivals such as OVHcloud plan to open new regions in 2025.",
        "Le marché du cloud souverain devrait atteindre 10 milliards d'euros en 2030.",
    ],
)
def test_what_other_bodies_will_do_is_not_put_on_the_articles_organisation(sentence):
    assert about_bleu(sentence) == []


# --- Qualifiers ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Bleu's services will not go live until the end of 2024.",
        "Bleu ne sera pas opérationnel avant fin 2024.",
        "Bleu obtiendra la qualification au plus tôt fin 2024.",
    ],
)
def test_a_negation_far_from_the_date_makes_it_not_before(sentence):
    (draft,) = drafts(sentence)
    assert (draft.qualifier, draft.start, draft.end) == ("not_before", dt.date(2024, 12, 31), None)


def test_a_negated_promise_with_a_plain_date_is_no_deadline():
    assert drafts("Bleu will not open in 2025.") == []


@pytest.mark.parametrize(
    ("sentence", "condition"),
    [
        (
            "Subject to regulatory approvals, Bleu will open its region in 2025.",
            "Subject to regulatory approvals",
        ),
        (
            "Bleu sera opérationnel d'ici fin 2025, sous réserve de l'accord de l'ANSSI.",
            "sous réserve de l'accord de l'ANSSI",
        ),
    ],
)
def test_a_condition_is_recorded_on_the_draft(sentence, condition):
    (draft,) = drafts(sentence)
    assert draft.condition == condition


@pytest.mark.parametrize(
    ("sentence", "strength"),
    [
        ("Bleu will open in 2026.", "will"),
        ("Bleu ouvrira en 2026.", "will"),
        ("Bleu aims to open in 2026.", "aims"),
        ("Bleu vise une ouverture en 2026.", "aims"),
        ("Bleu expects to open in 2026.", "expects"),
        ("Bleu devrait ouvrir en 2026.", "expects"),
        ("Bleu plans to open in 2026.", "plans"),
        ("Bleu prévoit d'ouvrir en 2026.", "plans"),
        ("Bleu hopes to open in 2026.", "hopes"),
        ("Bleu espère ouvrir en 2026.", "hopes"),
    ],
)
def test_the_draft_says_how_firm_the_promise_is(sentence, strength):
    (draft,) = drafts(sentence)
    assert draft.strength == strength


def test_a_statement_does_not_keep_the_trailing_attribution():
    (draft,) = about_bleu(
        "The company will open its region in 2025, chief executive Jean Dupont told reporters."
    )
    assert draft.statement == "Bleu will open its region in 2025"


# --- More dates that are not promises --------------------------------------------------


def test_a_superseded_date_in_the_same_sentence_is_left_out():
    found = drafts(
        "Chip production originally slated to begin in 2025 at Bleu's first site is now "
        "expected to start in 2030, Bleu said in a statement."
    )
    assert [(d.start, d.end) for d in found] == [(dt.date(2030, 1, 1), dt.date(2030, 12, 31))]


def test_a_plan_told_as_held_at_the_outset_is_superseded():
    # "au départ" as "at first" (not "au départ de Paris", where flights leave from).
    superseded = drafts(
        "La mise en service de Bleu était au départ prévue pour 2023 puis pour 2024.",
        language="fr",
    )
    assert [d for d in superseded if d.start or d.end] == []
    departures = drafts(
        "Les vols au départ de Paris seront lancés par Bleu en mars 2025.", language="fr"
    )
    assert [(d.start, d.end) for d in departures] == [(dt.date(2025, 3, 1), dt.date(2025, 3, 31))]


def test_a_company_retiring_its_network_promises_and_a_person_retiring_does_not():
    network = drafts("Bleu will retire its legacy platform by the end of 2025.")
    assert [(d.end, d.promiser_name) for d in network] == [(dt.date(2025, 12, 31), "Bleu")]
    assert drafts("Bleu's chief executive will retire in 2025.") == []


def test_someone_elses_estimate_is_not_a_promise():
    text = "He estimates Bleu will open in the third quarter of 2024. Bleu is targeting mid-2024."
    assert [d.quote for d in about_bleu(text)] == ["Bleu is targeting mid-2024."]


@pytest.mark.parametrize(
    "sentence",
    [
        "Canadian regulators are expected to give their approval in 2025.",
        "Bleu is expected to open in 2025, analysts said.",
        "Bleu will supply Air France with cloud services until 2030.",
        "Bleu will hold its annual general meeting on 15 May 2024.",
        "Bleu plans to open a second site after July.",
        "Bleu expects to push back construction by two years.",
        "Microsoft 365 is expected to follow within nine months of that launch.",
        "Bleu's revenue could reach one billion euros in 2027.",
    ],
)
def test_forecasts_contract_terms_events_and_delays_are_not_promises(sentence):
    assert about_bleu(sentence) == []


def test_a_weekday_alone_is_an_event_not_a_deadline():
    found = drafts(
        "Orange, qui doit détailler mercredi sa stratégie, compte créer 700 emplois à "
        "l'horizon 2025.",
        language="fr",
    )
    assert [(d.promiser_name, d.end) for d in found] == [("Orange", dt.date(2025, 12, 31))]


def test_respectively_pairs_each_period_with_its_own_promise():
    found = about_bleu(
        "Bleu fermera ses réseaux 2G et 3G. Ils s'éteindront respectivement fin 2026 et fin 2028.",
        language="fr",
    )
    assert [d.end for d in found] == [dt.date(2026, 12, 31), dt.date(2028, 12, 31)]


def test_a_promise_said_twice_in_an_article_is_drafted_once_from_the_promisers_own_words():
    found = about_bleu(
        "Bleu's launch is now planned for 2025, the company said.",
        '"Our launch is now planned for 2025," said Jean Dupont, its chief executive.',
    )
    assert [d.quote[:5] for d in found] == ['"Our ']


def test_a_dateline_is_not_a_deadline():
    found = drafts("Sept. 11 (UPI) -- Bleu announced on Monday that it will open in 2026.")
    assert [(d.start, d.end) for d in found] == [(dt.date(2026, 1, 1), dt.date(2026, 12, 31))]


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
