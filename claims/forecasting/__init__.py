"""Forecasts from the track record, in plain Python (numpy, scipy; no Django).

`model` fits the empirical-Bayes beta-binomial and the censored lateness-ratio distribution
and forecasts a claim; `survival` holds the Turnbull/Kaplan-Meier estimator; `backtest`
scores forecasts made as of each claim's stated date; `synthetic` generates a ledger from a
known model to show the method recovers calibration. claims.services.forecasts adapts the
ledger to these records. docs/forecasts.md explains the model and its limits.
"""

from .model import (
    EMPIRICAL_BAYES,
    MODEL_VERSION,
    PUBLISHED_PRIOR,
    ClaimRecord,
    FittedModel,
    Forecast,
    Revision,
    fit,
    forecast,
)

__all__ = [
    "EMPIRICAL_BAYES",
    "MODEL_VERSION",
    "PUBLISHED_PRIOR",
    "ClaimRecord",
    "FittedModel",
    "Forecast",
    "Revision",
    "fit",
    "forecast",
]
