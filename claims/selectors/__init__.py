"""Questions asked of the ledger: `rules` (status, lateness and slippage as SQL expressions),
`scorecards` (aggregates per organisation, category and year), `timeline` (the record
over time) and `forecasts` (the latest forecasts, in numbers and words). Public names are
importable from here."""

from typing import TYPE_CHECKING

from .forecasts import (
    STALE_AFTER,
    claim_forecast,
    claim_forecast_reason,
    latest_forecast_run,
    organisation_forecasts,
    with_latest_forecast,
)
from .lookups import known_organisations
from .rules import (
    ClaimMetrics,
    DaysBetween,
    claim_status_on,
    claims_with_metrics,
    days_late_expression,
    first_deadline_met_expression,
    grace_days,
    in_force_deadline_met_expression,
    restatement_count_expression,
    slippage_days_expression,
    status_expression,
)
from .scorecards import (
    PAST_DEADLINE_STATUSES,
    SETTLED_STATUSES,
    SLIPPAGE_GROUPS,
    PercentileCont,
    claims_past_deadline,
    organisation_scorecards,
    percentile,
    slippage_aggregates,
)
from .timeline import (
    CALENDAR_PAST_DAYS,
    claim_changes_since,
    claim_timeline,
    claims_upcoming_deadlines,
    status_events_for_feed,
)

if TYPE_CHECKING:
    from .rules import ClaimWithMetrics

__all__ = [
    "ClaimWithMetrics",
    "CALENDAR_PAST_DAYS",
    "PAST_DEADLINE_STATUSES",
    "SETTLED_STATUSES",
    "SLIPPAGE_GROUPS",
    "ClaimMetrics",
    "STALE_AFTER",
    "claim_forecast",
    "claim_forecast_reason",
    "latest_forecast_run",
    "organisation_forecasts",
    "with_latest_forecast",
    "DaysBetween",
    "PercentileCont",
    "claim_changes_since",
    "claim_status_on",
    "claim_timeline",
    "claims_past_deadline",
    "claims_upcoming_deadlines",
    "claims_with_metrics",
    "days_late_expression",
    "first_deadline_met_expression",
    "grace_days",
    "in_force_deadline_met_expression",
    "known_organisations",
    "organisation_scorecards",
    "percentile",
    "restatement_count_expression",
    "slippage_aggregates",
    "slippage_days_expression",
    "status_events_for_feed",
    "status_expression",
]
