"""The kinds the language readers put things in, shared with the ledger's choices.

`claims.choices` builds the ledger's TextChoices from these values, so a category guessed
by the article reader or a news kind guessed by the matcher is always one the ledger stores.
"""

from __future__ import annotations

from enum import StrEnum


class Category(StrEnum):
    """What a promise is about."""

    PROGRAMME = "programme"
    LAUNCH = "launch"
    AVAILABILITY = "availability"
    CERTIFICATION = "certification"
    MEMBERSHIP = "membership"
    OTHER = "other"


class EvidenceKind(StrEnum):
    """What a piece of news says about a promise."""

    FULFILMENT = "fulfilment"
    PROGRESS = "progress"
    DELAY = "delay"
    DENIAL = "denial"
