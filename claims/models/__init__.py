"""The ledger: who promised what, by when, according to which source, and what happened.

`sources` (organisations, sources), `claims` (claims and their deadline statements), `events`
(evidence, status events), `forecasts` (forecast snapshots), `drafts` (the article importer's
drafts). The choices the models use are importable from here too, as callers have always
imported them.
"""

from ..choices import (
    Category,
    DatePrecision,
    EventKind,
    EvidenceKind,
    EvidenceState,
    Outcome,
    Precision,
    Qualifier,
    ReasonCode,
    Status,
    Strength,
)
from .claims import Claim, DeadlineRevision
from .common import in_choices, is_known_time_zone, split_terms, today_in, validate_time_zone
from .drafts import ClaimDraft
from .events import Evidence, StatusEvent
from .forecasts import ClaimForecast, ForecastRun, OrganisationForecast
from .sources import Organisation, Source

__all__ = [
    "Category",
    "Claim",
    "ClaimForecast",
    "ClaimDraft",
    "DatePrecision",
    "DeadlineRevision",
    "EventKind",
    "Evidence",
    "EvidenceKind",
    "EvidenceState",
    "ForecastRun",
    "Organisation",
    "OrganisationForecast",
    "Outcome",
    "Precision",
    "Qualifier",
    "ReasonCode",
    "Source",
    "Status",
    "StatusEvent",
    "Strength",
    "in_choices",
    "is_known_time_zone",
    "split_terms",
    "today_in",
    "validate_time_zone",
]
