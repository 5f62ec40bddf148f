"""One invented claim and one invented news item, matched as the news watch matches them: the
helpers the matcher's round-by-round specification tests share."""

from __future__ import annotations

import datetime as dt
from typing import Any

from language.matching import (
    ClaimProfile,
    ItemText,
    Match,
    candidates_python,
    claim_profile,
    ledger_profiles,
    rank_matches,
)
from language.text import fold_words as fold


def profile(**kwargs: Any) -> ClaimProfile:
    """One claim's profile as the ledger gives it (thing names and all)."""
    defaults: dict[str, Any] = {
        "claim_id": 1,
        "promiser_id": 1,
        "category": "launch",
        "stated_on": dt.date(2020, 1, 1),
    }
    return ledger_profiles([claim_profile(**{**defaults, **kwargs})])[0]


def best(text: str, claim: ClaimProfile, *, on: dt.date, language: str = "en") -> Match | None:
    """The claim's match for one news item, if it is matched at all."""
    news = ItemText(item_id=1, text=fold(text), published_on=on, language=language, original=text)
    matches = rank_matches(candidates_python([news], [claim]), threshold=0.6)
    return (matches.get(1) or [None])[0]


def kind_of(text: str, claim: ClaimProfile, *, on: dt.date, language: str = "en") -> str | None:
    """What the item reports of the claim (its evidence kind), or None when unmatched."""
    match = best(text, claim, on=on, language=language)
    return match.kind if match else None
