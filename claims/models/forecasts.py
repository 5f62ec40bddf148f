"""Forecasts from the track record, kept as snapshots (docs/forecasts.md).

Each refresh is a ForecastRun; the forecasts it made (one per open claim, one per
organisation) are rows that are never rewritten or deleted, so Pledgewatch's own forecasts
can be scored later. The one column written after insert is `is_latest`, and only from true
to false, when a newer run takes over: readers join the latest row through a partial unique
index instead of looking for the newest run per claim.
"""

from __future__ import annotations

import pgtrigger
from django.db import models
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .claims import Claim
from .sources import Organisation


def _snapshot_triggers(prefix: str) -> list[pgtrigger.Trigger]:
    return [
        pgtrigger.Protect(name=f"{prefix}_never_deleted", operation=pgtrigger.Delete),
        # Only is_latest changes after insert, and only from true to false.
        pgtrigger.ReadOnly(name=f"{prefix}_snapshot_fixed", exclude=["is_latest"]),
        pgtrigger.Protect(
            name=f"{prefix}_latest_only_retired",
            operation=pgtrigger.Update,
            condition=pgtrigger.Q(old__is_latest=False, new__is_latest=True),
        ),
    ]


class ForecastRun(models.Model):
    """One refresh of the forecasts: when, as of which day, with which model, from what."""

    computed_at = models.DateTimeField(default=timezone.now, db_index=True)
    as_of = models.DateField(help_text=_("The day the forecasts were made for."))
    model_version = models.CharField(max_length=40)
    # What this run saw of the ledger (claims, the sum of their versions, the newest change):
    # the 15-minute job refreshes only when it differs (refresh_forecasts_task, only_if_changed).
    # Versions catch an edit made within the same clock tick as the last refresh.
    ledger_seen = models.CharField(max_length=100, blank=True)
    resolved = models.PositiveIntegerField(
        help_text=_("Resolved claim dates the model learned from.")
    )
    fitted = models.BooleanField(
        help_text=_("Shrinkage fitted from the record; false: too few resolved, published prior.")
    )
    claim_forecasts = models.PositiveIntegerField(default=0)
    backtest = models.JSONField(
        null=True, blank=True, help_text=_("The backtest on the ledger as of this run.")
    )

    class Meta:
        verbose_name = _("forecast run")
        verbose_name_plural = _("forecast runs")
        ordering = ["-computed_at", "-id"]
        triggers = [
            pgtrigger.Protect(
                name="forecast_run_fixed", operation=pgtrigger.Update | pgtrigger.Delete
            )
        ]

    def __str__(self) -> str:
        return f"Forecasts as of {self.as_of} ({self.model_version})"


class ClaimForecast(models.Model):
    """A claim's forecast in one run; or, with the probabilities null, why there is none."""

    run = models.ForeignKey(ForecastRun, on_delete=models.PROTECT, related_name="claim_rows")
    claim = models.ForeignKey(Claim, on_delete=models.PROTECT, related_name="forecasts")
    p_on_time = models.FloatField(null=True, blank=True)
    p_on_time_first = models.FloatField(null=True, blank=True)
    p50_date = models.DateField(null=True, blank=True)
    p80_date = models.DateField(null=True, blank=True)
    p_beyond_data = models.FloatField(null=True, blank=True)
    n_organisation = models.PositiveIntegerField(default=0)
    n_category = models.PositiveIntegerField(default=0)
    n_all = models.PositiveIntegerField(default=0)
    organisation_held = models.PositiveIntegerField(default=0)
    organisation_n = models.PositiveIntegerField(default=0)
    method = models.CharField(max_length=40, blank=True)
    reason = models.CharField(max_length=300, blank=True)
    is_latest = models.BooleanField(default=True)

    class Meta:
        verbose_name = _("claim forecast")
        verbose_name_plural = _("claim forecasts")
        ordering = ["run", "claim"]
        constraints = [
            models.UniqueConstraint(fields=["run", "claim"], name="claim_forecast_once_per_run"),
            # Read by selectors.with_latest_forecast: the claim lists join this one row.
            models.UniqueConstraint(
                fields=["claim"], condition=Q(is_latest=True), name="claim_forecast_one_latest"
            ),
            models.CheckConstraint(
                condition=Q(p_on_time__isnull=True)
                | Q(p_on_time__gte=0, p_on_time__lte=1, p_on_time_first__gte=0)
                & Q(p_on_time_first__lte=1),
                name="claim_forecast_probability",
                violation_error_message=_("A probability lies between 0 and 1."),
            ),
            models.CheckConstraint(
                condition=Q(p50_date__isnull=True)
                | Q(p80_date__isnull=True)
                | Q(p50_date__lte=F("p80_date")),
                name="claim_forecast_p50_not_after_p80",
                violation_error_message=_("The P50 date cannot come after the P80 date."),
            ),
            # A forecast has numbers or a reason for having none: never both, never neither.
            models.CheckConstraint(
                condition=Q(p_on_time__isnull=False, reason="")
                | Q(p_on_time__isnull=True) & ~Q(reason=""),
                name="claim_forecast_numbers_or_reason",
                violation_error_message=_("A forecast has numbers or the reason it has none."),
            ),
        ]
        triggers = _snapshot_triggers("claim_forecast")

    def __str__(self) -> str:
        return f"Forecast for claim {self.claim_id} (run {self.run_id})"


class OrganisationForecast(models.Model):
    """How often the dates an organisation first announces hold, as the model estimates it."""

    run = models.ForeignKey(ForecastRun, on_delete=models.PROTECT, related_name="organisation_rows")
    organisation = models.ForeignKey(
        Organisation, on_delete=models.PROTECT, related_name="forecasts"
    )
    p_on_time = models.FloatField(help_text=_("Shrunk toward all claims' share by its count."))
    held = models.PositiveIntegerField()
    n = models.PositiveIntegerField(help_text=_("Its first dates whose end has passed."))
    is_latest = models.BooleanField(default=True)

    class Meta:
        verbose_name = _("organisation forecast")
        verbose_name_plural = _("organisation forecasts")
        ordering = ["run", "organisation"]
        constraints = [
            models.UniqueConstraint(
                fields=["run", "organisation"], name="organisation_forecast_once_per_run"
            ),
            # Read by selectors.organisation_scorecards.
            models.UniqueConstraint(
                fields=["organisation"],
                condition=Q(is_latest=True),
                name="organisation_forecast_one_latest",
            ),
            models.CheckConstraint(
                condition=Q(p_on_time__gte=0, p_on_time__lte=1) & Q(held__lte=F("n")),
                name="organisation_forecast_valid",
                violation_error_message=_("A probability lies between 0 and 1; held <= n."),
            ),
        ]
        triggers = _snapshot_triggers("organisation_forecast")

    def __str__(self) -> str:
        return f"Forecast for {self.organisation_id} (run {self.run_id})"
