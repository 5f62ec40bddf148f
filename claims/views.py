"""Public pages: the dashboard (static HTML that draws itself from the REST API) and the
calibration page (drawn on the server, no script)."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.http import require_safe

from .selectors import STALE_AFTER, latest_forecast_run


@require_safe
def dashboard(request: HttpRequest) -> HttpResponse:
    """Scorecards, the timeline of promises and the overdue list, for readers, not editors."""
    return render(
        request,
        "claims/dashboard.html",
        {
            "today": timezone.localdate(),
            "api_base": "/api/v1/",
            "anonymous_read": settings.API_ANONYMOUS_READ,
        },
    )


# The reliability diagram's plot area, in SVG user units.
_PLOT = {"left": 48, "top": 16, "size": 280}


def _diagram(bins: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each bin with a count as SVG coordinates: its point (mean forecast, observed share)
    and its 90% interval as a vertical segment. The template draws them; no script."""
    left, top, size = _PLOT["left"], _PLOT["top"], _PLOT["size"]

    # Coordinates as strings: a French page would otherwise print them with decimal commas.
    def x(p: float) -> str:
        return f"{left + p * size:.1f}"

    def y(p: float) -> str:
        return f"{top + (1 - p) * size:.1f}"

    return [
        {
            **row,
            "cx": x(row["mean_forecast"]),
            "cy": y(row["observed"]),
            "y_low": y(row["interval"][0]),
            "y_high": y(row["interval"][1]),
            "r": f"{3 + min(row['count'], 400) ** 0.5 / 2:.1f}",
        }
        for row in bins
        if row["count"]
    ]


@require_safe
def calibration(request: HttpRequest) -> HttpResponse:
    """How good the forecasts have been: the backtest on the real ledger, with its n."""
    run = latest_forecast_run()
    backtest = run.backtest if run is not None else None
    left, top, size = _PLOT["left"], _PLOT["top"], _PLOT["size"]
    return render(
        request,
        "claims/calibration.html",
        {
            "run": run,
            "backtest": backtest,
            "stale": run is not None and timezone.now() - run.computed_at >= STALE_AFTER,
            "age_days": (timezone.now() - run.computed_at).days if run is not None else None,
            "points": _diagram(backtest["bins"]) if backtest else [],
            "plot": {
                **_PLOT,
                "right": left + size,
                "bottom": top + size,
                "ticks": [
                    {
                        "label": f"{p:.1f}",
                        "x": f"{left + p * size:.1f}",
                        "y": f"{top + (1 - p) * size:.1f}",
                    }
                    for p in (0, 0.2, 0.4, 0.6, 0.8, 1.0)
                ],
            },
        },
    )
