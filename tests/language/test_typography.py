"""Real text comes in many typographies: the same words with no-break or doubled spaces,
accents written as a letter and a combining mark, Windows line endings, or lines broken by a
fixed width (e-mails, PDFs). `language.text.tidy` writes them one way, keeping where each
character came from, and every reader reads tidied text: the parser, the article importer
(whose quotes are still cut from the article as given) and the news matcher."""

from __future__ import annotations

import datetime as dt
import textwrap
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from language.articles import KnownOrganisation, extract_drafts
from language.deadlines import DeadlineParseError, find_deadlines, parse_deadline
from language.text import tidy
from tests.language import real_sets, typographies
from tests.language.matching_specs import D, kind_of, profile

TYPOGRAPHIES = {
    "no-break spaces": lambda t: t.replace(" ", "\u00a0"),
    "doubled spaces": lambda t: t.replace(" ", "  "),
    "decomposed accents": lambda t: unicodedata.normalize("NFD", t),
    "Windows line endings": lambda t: t.replace("\n", "\r\n"),
    "zero-width spaces": lambda t: t.replace("-", "-\u200b"),
    "no-break hyphens": lambda t: t.replace("-", "\u2011"),
}
WRITTEN = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=80)


@given(WRITTEN)
def test_tidy_text_comes_back_unchanged(text: str) -> None:
    once = tidy(text).text
    assert tidy(once).text == once


@given(WRITTEN, st.integers(0, 80), st.integers(0, 80))
def test_every_span_of_the_tidy_text_stands_inside_the_original(text: str, a: int, b: int) -> None:
    tidied = tidy(text)
    start, end = sorted((min(a, len(tidied.text)), min(b, len(tidied.text))))
    original_start, original_end = tidied.span(start, end)
    assert 0 <= original_start <= original_end <= len(text)


def test_what_changes_and_what_does_not() -> None:
    assert tidy("fin\u00a02026,  a  dit\u202fla ministre").text == "fin 2026, a dit la ministre"
    assert tidy("Orange fermera le re\u0301seau").text == "Orange fermera le réseau"
    assert tidy("Title line\r\nBody line").text == "Title line\nBody line"
    # A line break before a capital or after a full stop is kept: layout rules read lines.
    assert tidy("Sept. 6\nThe council said").text == "Sept. 6\nThe council said"
    # One inside a sentence that goes on in lower case is a space.
    assert tidy("the plant will open\nin 2027").text == "the plant will open in 2027"


def test_a_paragraph_wrapped_at_a_fixed_width_is_one_line_again() -> None:
    paragraph = (
        "Corvane Motors said on Friday that its battery plant in Halden will start "
        "production in the second half of 2026, after a delay of Some Months."
    )
    assert tidy(textwrap.fill(paragraph, 60)).text == paragraph


def test_list_items_are_not_joined_however_long() -> None:
    items = (
        "- the first section of the line opens to passengers in March 2026\n"
        "- the second section of the line opens to passengers in June 2027"
    )
    assert tidy(items).text == items


def test_the_span_of_a_tidy_word_is_that_word_in_the_original() -> None:
    text = "Le  re\u0301seau\u00a0sera fermé"
    tidied = tidy(text)
    start = tidied.text.index("réseau")
    s, e = tidied.span(start, start + len("réseau"))
    assert unicodedata.normalize("NFC", text[s:e]) == "réseau"


@pytest.mark.parametrize("typography", sorted(TYPOGRAPHIES))
@pytest.mark.parametrize(
    ("phrase", "stated_on"),
    [
        ("d'ici la fin de l'année 2026", "2025-03-10"),
        ("au deuxième semestre 2026", "2025-03-10"),
        ("not before the end of 2027", "2025-03-10"),
        ("The store will open on 3 March, the company said.", "2025-01-10"),
    ],
)
def test_the_parser_reads_a_phrase_the_same_in_any_typography(
    phrase, stated_on, typography
) -> None:
    on = dt.date.fromisoformat(stated_on)
    plain = parse_deadline(phrase, stated_on=on)
    written = parse_deadline(TYPOGRAPHIES[typography](phrase), stated_on=on)
    assert (written.start, written.end, written.qualifier) == (
        plain.start,
        plain.end,
        plain.qualifier,
    )


@pytest.mark.parametrize("typography", sorted(TYPOGRAPHIES))
@pytest.mark.parametrize(
    "phrase",
    [
        "no longer anticipates opening the plant in 2026",
        "au lieu de « début 2026 »",
    ],
)
def test_a_phrase_that_is_no_deadline_stays_refused_in_any_typography(phrase, typography) -> None:
    with pytest.raises(DeadlineParseError):
        parse_deadline(phrase, stated_on=dt.date(2025, 3, 10))
    with pytest.raises(DeadlineParseError):
        parse_deadline(TYPOGRAPHIES[typography](phrase), stated_on=dt.date(2025, 3, 10))


def test_a_deadline_found_in_untidy_text_is_placed_in_that_text() -> None:
    text = "Le  chantier\u00a0doit s'achever  d'ici  fin\u00a02026, selon la mairie."
    (found,) = find_deadlines(text, stated_on=dt.date(2025, 3, 10))
    start, end = found.span
    assert " ".join(text[start:end].replace("\u00a0", " ").split()) == "d'ici fin 2026"
    assert found.window.end == dt.date(2026, 12, 31)


CORVANE = [KnownOrganisation(1, "Corvane Motors")]
ARTICLE = (
    "Corvane Motors plans to open its second battery plant in Halden by the end of 2026, "
    "the company's chief executive said on Thursday.\n\n"
    "The new line will employ 1,200 people."
)


@pytest.mark.parametrize("typography", [*sorted(TYPOGRAPHIES), "wrapped at 60 characters"])
def test_the_importer_drafts_the_same_promise_in_any_typography(typography) -> None:
    change = TYPOGRAPHIES.get(typography) or (
        lambda t: "\n\n".join(textwrap.fill(p, 60) for p in t.split("\n\n"))
    )
    written = change(ARTICLE)
    (plain,) = extract_drafts(ARTICLE, published_on=D(2024, 6, 14), organisations=CORVANE)
    (draft,) = extract_drafts(written, published_on=D(2024, 6, 14), organisations=CORVANE)
    assert (draft.start, draft.end, draft.stated_on, draft.promiser_name) == (
        plain.start,
        plain.end,
        plain.stated_on,
        plain.promiser_name,
    )
    # The quote is cut from the article as it was given, its own characters kept.
    assert draft.quote in written
    assert tidy(draft.quote).text == plain.quote


USINE_DE_HALDEN = profile(
    promiser="Corvane Motors",
    aliases=(),
    subject="usine de Halden",
    keywords=["usine de Halden", "Halden"],
    category="factory (batteries)",
    statement="Corvane Motors ouvre son usine de batteries de Halden d'ici fin 2025.",
    deadline_end=D(2025, 12, 31),
)


@pytest.mark.parametrize("typography", sorted(TYPOGRAPHIES))
@pytest.mark.parametrize(
    ("item", "kind"),
    [
        ("Corvane Motors a démarré la production dans son usine de Halden", "fulfilment"),
        ("L'usine de Halden de Corvane Motors a été mise en service", "fulfilment"),
        ("Corvane Motors : l'ouverture de l'usine de Halden décalée à 2027", "delay"),
    ],
)
def test_the_matcher_reads_an_item_the_same_in_any_typography(item, kind, typography) -> None:
    written = TYPOGRAPHIES[typography](item)
    assert kind_of(item, USINE_DE_HALDEN, on=D(2025, 6, 1), language="fr") == kind
    assert kind_of(written, USINE_DE_HALDEN, on=D(2025, 6, 1), language="fr") == kind


@pytest.mark.parametrize(
    "typography",
    [name for name in sorted(typographies.TYPOGRAPHIES) if not name.startswith("paragraphs")],
)
def test_the_development_half_scores_the_same_in_any_typography(typography) -> None:
    # The first labelled sets' development halves, read again in another typography: the
    # same words, so the same right answers (wrapping, which moves paragraph breaks, aside).
    plain = {
        "phrases": real_sets.scored_deadlines("dev").right,
        "news": real_sets.scored_news("dev").right,
        "articles": real_sets.scored_articles("dev").right,
    }
    with typographies.written(typographies.TYPOGRAPHIES[typography]):
        changed = {
            "phrases": real_sets.score_deadlines("dev").right,
            "news": real_sets.score_news("dev").right,
            "articles": real_sets.score_articles("dev").right,
        }
    assert changed == plain
