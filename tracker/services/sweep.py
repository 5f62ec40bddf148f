"""The hourly deadline sweep: statuses, deadline-approaching marks, and the alerts they cause."""

from __future__ import annotations

import datetime as dt
import logging
from collections import Counter
from dataclasses import dataclass, field

from django.utils import timezone

from claims.services import (
    claims_record_due_soon,
    claims_sweep_statuses,
)

from .alerts import alerts_fan_out

logger = logging.getLogger(__name__)


@dataclass
class SweepReport:
    transitions: Counter[str] = field(default_factory=Counter)
    due_soon: int = 0
    alerts: int = 0

    def as_dict(self) -> dict:
        return {
            "transitions": dict(self.transitions),
            "due_soon": self.due_soon,
            "alerts": self.alerts,
        }


def deadlines_sweep(*, now: dt.datetime | None = None, dry_run: bool = False) -> SweepReport:
    """The hourly job: move statuses, mark approaching deadlines, queue the alerts they cause."""
    now = now or timezone.now()
    report = SweepReport()
    report.transitions = claims_sweep_statuses(now=now, job="sweep", dry_run=dry_run)
    if not dry_run:
        report.due_soon = claims_record_due_soon(now=now, job="sweep")
        report.alerts = alerts_fan_out(now=now)
    logger.info(
        "deadline sweep: transitions=%s due_soon=%d alerts=%d dry_run=%s",
        dict(report.transitions),
        report.due_soon,
        report.alerts,
        dry_run,
        extra={"job": "sweep", **report.as_dict(), "dry_run": dry_run},
    )
    return report
