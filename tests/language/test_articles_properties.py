"""Properties of the article importer that hold for any article and any day: whatever a page
says and whenever it was published, reading it gives drafts or none, never an error, and every
draft it gives is one an editor can save (its quote is the page's, its window runs forward and
was still ahead when the promise was made, which was no later than the page)."""

from __future__ import annotations

import calendar
import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from language.articles import KnownOrganisation, extract_drafts
from language.articles.records import STATED_PRECISIONS, STRENGTHS

D = dt.date

LEDGER = [
    KnownOrganisation(1, "Harbourline", ("HBL",)),
    KnownOrganisation(2, "Vaulmont Énergie"),
    KnownOrganisation(3, "Nordvik Cloud", parents=("Harbourline", "Vaulmont Énergie")),
]
ORGANISATIONS = ["Harbourline", "HBL", "Vaulmont Énergie", "Nordvik Cloud", "the ministry", "It"]
MONTHS_EN = list(calendar.month_name)[1:]
MONTHS_FR = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
WEEKDAYS = ["Monday", "Friday", "Sunday", "lundi", "vendredi", "dimanche"]

# What opens a sentence: nothing, a time the promise was said, a weekday, a dateline.
OPENERS = [
    "",
    "In {year}, ",
    "En {year}, ",
    "On {day} {month_en}, ",
    "Le {day} {month_fr}, ",
    "Last {weekday}, ",
    "{weekday}, ",
    "{day}/{month}/{year} - ",
    "When it was announced in {month_en} {year}, ",
]
# Who commits and how firmly, in the present, the past (reported) or the future.
COMMITMENTS = [
    "{org} will open the plant",
    "{org} aims to launch the service",
    "{org} said it would deliver the ferry",
    "{org} had promised to finish the works",
    "{org} expects to obtain the qualification",
    "{org} hopes to reach full capacity",
    "{org} prévoit de mettre en service le parc",
    "{org} devrait livrer le navire",
    "{org} avait promis d'ouvrir la ligne",
    "{org} vise l'ouverture du site",
    "the project was expected to be completed",
    "le chantier doit s'achever",
    "{org} launched the service",
    "{org} a inauguré l'usine",
]
DEADLINES = [
    "by the end of {year}",
    "d'ici fin {year}",
    "in {month_en} {year}",
    "en {month_fr} {year}",
    "on {day} {month_en}",
    "le {day} {month_fr}",
    "le 29 février",
    "on February 29",
    "by Q{quarter} {year}",
    "au {quarter}e trimestre {year}",
    "within {n} months",
    "dans {n} ans",
    "next {weekday}",
    "d'ici {weekday}",
    "not before {year}",
    "pas avant {year}",
    "between {year} and {year2}",
    "entre {year} et {year2}",
    "in the second half of the decade",
    "au plus tard le {day}/{month}/{year}",
    "later this year",
    "la rentrée {year}",
    "",
]
ENDINGS = [
    ".",
    ", subject to regulatory approval.",
    ", sous réserve de l'accord des autorités.",
    ", chief executive Ada Lind told reporters.",
    " (HBL).",
    ", rather than in {year2}.",
    "?",
]


@st.composite
def sentences(draw: st.DrawFn) -> str:
    year = draw(st.integers(1890, 2110))
    values = {
        "year": year,
        "year2": year + draw(st.integers(-3, 5)),
        "day": draw(st.integers(1, 31)),
        "month": draw(st.integers(1, 13)),
        "month_en": draw(st.sampled_from(MONTHS_EN)),
        "month_fr": draw(st.sampled_from(MONTHS_FR.split())),
        "weekday": draw(st.sampled_from(WEEKDAYS)),
        "quarter": draw(st.integers(1, 5)),
        "n": draw(st.integers(0, 40)),
        "org": draw(st.sampled_from(ORGANISATIONS)),
    }
    parts = (
        draw(st.sampled_from(OPENERS)),
        draw(st.sampled_from(COMMITMENTS)),
        " ",
        draw(st.sampled_from(DEADLINES)),
        draw(st.sampled_from(ENDINGS)),
    )
    sentence = "".join(part.format(**values) for part in parts).strip()
    return sentence[:1].upper() + sentence[1:]


@st.composite
def articles(draw: st.DrawFn) -> str:
    paragraphs = draw(
        st.lists(st.lists(sentences(), min_size=1, max_size=3), min_size=1, max_size=4)
    )
    return "\n\n".join(" ".join(paragraph) for paragraph in paragraphs)


def _last_day(day: dt.date, precision: str) -> dt.date:
    if precision == "year":
        return day.replace(month=12, day=31)
    if precision == "month":
        return day.replace(day=calendar.monthrange(day.year, day.month)[1])
    return day


@settings(max_examples=400, deadline=None)
@given(
    text=articles(),
    published_on=st.dates(min_value=D(1990, 1, 1), max_value=D(2090, 12, 31)),
    precision=st.sampled_from(STATED_PRECISIONS),
    language=st.sampled_from([None, "en", "fr"]),
)
def test_any_article_on_any_day_gives_drafts_an_editor_can_save(
    text: str, published_on: dt.date, precision: str, language: str | None
) -> None:
    if precision == "month":
        published_on = published_on.replace(day=1)
    elif precision == "year":
        published_on = published_on.replace(month=1, day=1)

    drafts = extract_drafts(
        text,
        published_on=published_on,
        organisations=LEDGER,
        language=language,
        published_precision=precision,
    )

    for draft in drafts:
        assert " ".join(draft.quote.split()) in " ".join(text.split()), draft.quote
        assert draft.stated_on <= _last_day(published_on, precision), draft
        assert draft.stated_on_precision in STATED_PRECISIONS
        assert draft.strength in STRENGTHS
        if draft.start and draft.end:
            assert draft.start <= draft.end, draft
        if draft.end:
            assert draft.end >= draft.stated_on, "a date already past when said is no promise"


@settings(max_examples=200, deadline=None)
@given(
    text=st.text(max_size=400),
    published_on=st.dates(min_value=D(1900, 1, 1), max_value=D(2100, 12, 31)),
)
def test_any_text_on_any_day_is_read_without_error(text: str, published_on: dt.date) -> None:
    extract_drafts(f"Harbourline will open the plant by 2030. {text}", published_on=published_on,
                   organisations=LEDGER)  # fmt: skip
