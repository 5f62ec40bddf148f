"""What the article reader takes and gives: organisations, sentences, drafts, article text."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

# A sentence longer than this is page furniture (a list run together, a table), not prose.
MAX_SENTENCE_LENGTH = 1500


@dataclass(frozen=True)
class KnownOrganisation:
    """An organisation of the ledger, as the importer matches it: its name and aliases."""

    pk: int | None
    name: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Sentence:
    text: str
    start: int  # offset in the article text
    paragraph: int


@dataclass(frozen=True)
class DraftCandidate:
    """One promise found in an article, with what an editor needs to judge it."""

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

    def as_record(self) -> dict[str, str | None]:
        """The JSON shape other tools read (`import_article --json`)."""
        return {
            "quote": self.quote,
            "promiser": self.promiser_name,
            "subject": self.subject,
            "category": self.category,
            "deadline_text": self.deadline_text or None,
            "start": self.start.isoformat() if self.start else None,
            "end": self.end.isoformat() if self.end else None,
            "stated_on": self.stated_on.isoformat(),
            "reason": self.reason,
        }


@dataclass(frozen=True)
class ArticleText:
    """An article's text and what its page or header says about it (each may be empty)."""

    text: str
    title: str = ""
    author: str = ""
    published_on: dt.date | None = None
