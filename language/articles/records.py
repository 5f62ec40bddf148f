"""What the article reader takes and gives: organisations, sentences, drafts, article text."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

# A sentence longer than this is page furniture (a list run together, a table), not prose.
MAX_SENTENCE_LENGTH = 1500

# How sure a draft's `stated_on` is: the day, or only its month or year ("in 2022 Bleu said").
STATED_PRECISIONS = ("day", "month", "year")
# How firmly the promiser committed, from the firmest: "will", "aims to", "expects", "plans
# to", "hopes to" (and their French: futur, vise, devrait, prévoit, espère).
STRENGTHS = ("will", "aims", "expects", "plans", "hopes")


@dataclass(frozen=True)
class KnownOrganisation:
    """An organisation of the ledger, as the importer matches it.

    `parents` names the organisations that own a joint venture, so that "the
    Orange-Capgemini venture" or "leur coentreprise" is found from its parents' names.
    """

    pk: int | None
    name: str
    aliases: tuple[str, ...] = ()
    parents: tuple[str, ...] = ()


@dataclass(frozen=True)
class Sentence:
    text: str
    start: int  # offset in the article text
    paragraph: int


@dataclass(frozen=True)
class DraftCandidate:
    """One promise found in an article, with what an editor needs to judge it.

    `stated_on` is the day the promise was made (the article's date unless the sentence or
    the article says when it was said); `stated_on_precision` says whether that day is
    exact or only its month or year is known (then `stated_on` is the first day of it).
    `speaker` is who said it when that is not the promiser ("Orange said Bleu aims to..."),
    `strength` one of STRENGTHS, and `condition` what the promise depends on ("subject to
    regulatory approval"), as the article words it.
    """

    quote: str
    position: int
    statement: str
    promiser_pk: int | None
    promiser_name: str
    subject: str
    category: str
    deadline_text: str
    start: dt.date | None
    end: dt.date | None
    precision: str
    qualifier: str
    stated_on: dt.date
    reason: str
    stated_on_precision: str = "day"
    strength: str = "will"
    condition: str = ""
    speaker: str = ""

    def as_record(self) -> dict[str, str | None]:
        """The JSON shape other tools read (`import_article --json`)."""
        return {
            "quote": self.quote,
            "promiser": self.promiser_name,
            "speaker": self.speaker or None,
            "subject": self.subject,
            "category": self.category,
            "deadline_text": self.deadline_text or None,
            "start": self.start.isoformat() if self.start else None,
            "end": self.end.isoformat() if self.end else None,
            "stated_on": self.stated_on.isoformat(),
            "stated_on_precision": self.stated_on_precision,
            "strength": self.strength,
            "condition": self.condition or None,
            "reason": self.reason,
        }


@dataclass(frozen=True)
class ArticleText:
    """An article's text and what its page or header says about it (each may be empty).

    `publisher` is the site's name from the page's metadata ("og:site_name"), when it has one.
    """

    text: str
    title: str = ""
    author: str = ""
    published_on: dt.date | None = None
    publisher: str = ""
