"""What the article importer drafts from an invented text, in the shapes the spec tests
compare. A reader holds one invented ledger and publication day; the shared ones are in
`tests.language.article_ledgers`."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from language.articles import DraftCandidate, KnownOrganisation, extract_drafts

Window = tuple[dt.date | None, dt.date | None]


@dataclass(frozen=True)
class Reader:
    organisations: Sequence[KnownOrganisation]
    published_on: dt.date

    def drafts(
        self, text: str, published_on: dt.date | None = None, **options: Any
    ) -> list[DraftCandidate]:
        """Every draft, dated or not."""
        return extract_drafts(
            text,
            published_on=published_on or self.published_on,
            organisations=list(self.organisations),
            **options,
        )

    def dated_drafts(
        self, text: str, published_on: dt.date | None = None, **options: Any
    ) -> list[DraftCandidate]:
        """The drafts with a deadline: the ones the real sets score."""
        return [d for d in self.drafts(text, published_on, **options) if d.start or d.end]

    def windows(self, text: str, published_on: dt.date | None = None, **options: Any) -> list:
        """(start, end) of each dated draft."""
        return [(d.start, d.end) for d in self.dated_drafts(text, published_on, **options)]

    def dated(self, text: str, published_on: dt.date | None = None, **options: Any) -> list:
        """(start, end, stated_on) of each dated draft."""
        return [
            (d.start, d.end, d.stated_on) for d in self.dated_drafts(text, published_on, **options)
        ]

    def found(self, text: str, published_on: dt.date | None = None, **options: Any) -> list:
        """(start, end, promiser) of each dated draft."""
        return [
            (d.start, d.end, d.promiser_name)
            for d in self.dated_drafts(text, published_on, **options)
        ]
