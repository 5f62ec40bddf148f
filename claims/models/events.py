"""What happened to a claim: evidence and the append-only status events."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pgtrigger
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

if TYPE_CHECKING:
    pass

from ..choices import (
    EventKind,
    EvidenceKind,
    EvidenceState,
    Status,
)
from ..validators import multiline, single_line
from .claims import Claim, DeadlineRevision
from .common import ChecksInOneQuery, in_choices
from .sources import Source


class Evidence(ChecksInOneQuery):
    Kind = EvidenceKind
    State = EvidenceState

    claim = models.ForeignKey(
        Claim, on_delete=models.PROTECT, related_name="evidence", verbose_name=_("claim")
    )
    source = models.ForeignKey(
        Source, on_delete=models.PROTECT, related_name="evidence", verbose_name=_("source")
    )
    observed_on = models.DateField(
        help_text=_("When the observed fact happened or was reported."),
        verbose_name=_("observed on"),
    )
    kind = models.CharField(max_length=20, choices=Kind.choices, verbose_name=_("kind"))
    state = models.CharField(
        max_length=20, choices=State.choices, default=State.CANDIDATE, verbose_name=_("state")
    )
    summary = models.TextField(blank=True, validators=[multiline], verbose_name=_("summary"))
    why = models.TextField(
        blank=True,
        validators=[multiline],
        help_text=_("Why this was attached to the claim (matcher's score)."),
        verbose_name=_("why"),
    )
    score = models.FloatField(
        null=True,
        blank=True,
        help_text=_("The news matcher's score, if any."),
        verbose_name=_("score"),
    )
    deadline_text = models.CharField(
        max_length=500,
        blank=True,
        validators=[single_line],
        help_text=_("A new deadline this evidence reports (for a delay), in the source's words."),
        verbose_name=_("deadline text"),
    )
    # The window the news matcher read from `deadline_text`, on the day the item was
    # published: the restatement an editor accepts (or not) in the review queue.
    proposed_start = models.DateField(null=True, blank=True)
    proposed_end = models.DateField(
        null=True, blank=True, help_text="Empty for a not-before date (no end given)."
    )
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("reviewed by"),
    )
    reviewed_at = models.DateTimeField(null=True, blank=True, verbose_name=_("reviewed at"))
    created_at = models.DateTimeField(auto_now_add=True, verbose_name=_("created at"))

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("evidence")
        verbose_name_plural = _("evidence")
        ordering = ["observed_on", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["claim", "source", "kind"],
                name="evidence_once_per_source",
                violation_error_message=_("This source is already recorded as such evidence."),
            ),
            # Evidence starts as a candidate; only the review service confirms or rejects it,
            # and it stamps the review.
            models.CheckConstraint(
                condition=Q(state=EvidenceState.CANDIDATE, reviewed_at__isnull=True)
                | Q(
                    state__in=[EvidenceState.CONFIRMED, EvidenceState.REJECTED],
                    reviewed_at__isnull=False,
                ),
                name="evidence_reviewed_when_decided",
                violation_error_message=_("Evidence is confirmed or rejected only by a review."),
            ),
            models.CheckConstraint(
                condition=Q(proposed_start__isnull=True)
                | Q(proposed_end__isnull=True)
                | Q(proposed_start__lte=models.F("proposed_end")),
                name="evidence_proposed_window_ordered",
                violation_error_message="The proposed deadline window ends before it starts.",
            ),
            models.CheckConstraint(
                condition=Q(proposed_start__isnull=True, proposed_end__isnull=True)
                | ~Q(deadline_text=""),
                name="evidence_proposal_has_text",
                violation_error_message="A proposed deadline keeps the words it was read from.",
            ),
            in_choices("kind", EvidenceKind, name="evidence_kind_known"),
            in_choices("state", EvidenceState, name="evidence_state_known"),
        ]
        triggers = [
            # A review is final: confirmed or rejected evidence never changes state again
            # (its effect on the claim is already recorded).
            pgtrigger.Protect(
                name="evidence_review_final",
                operation=pgtrigger.Update,
                condition=pgtrigger.Q(
                    old__state__in=[EvidenceState.CONFIRMED, EvidenceState.REJECTED]
                )
                & pgtrigger.Q(old__state__df=pgtrigger.F("new__state")),
            ),
            pgtrigger.Protect(name="evidence_never_deleted", operation=pgtrigger.Delete),
        ]
        indexes = [
            # Read by the editors' review queue: candidates, oldest first.
            models.Index(
                fields=["observed_on"],
                name="evidence_candidate_idx",
                condition=Q(state="candidate"),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} ({self.get_state_display()}) for {self.claim}"

    @property
    def has_proposal(self) -> bool:
        """A delay with the new deadline window the news watch read from it."""
        return self.proposed_start is not None or self.proposed_end is not None


class StatusEvent(models.Model):
    """An append-only record of what happened to a claim: its public timeline and corrections log.

    Most events are status changes; the others mark a deadline approaching, a deadline restated
    and evidence waiting for review. Alerts are derived from these rows, never from current state.
    """

    Kind = EventKind

    # No index of its own: event_claim_time_idx starts with it (one index fewer per event).
    claim = models.ForeignKey(
        Claim,
        on_delete=models.PROTECT,
        related_name="status_events",
        db_index=False,
        verbose_name=_("claim"),
    )
    kind = models.CharField(
        max_length=20, choices=Kind.choices, default=Kind.STATUS, verbose_name=_("kind")
    )
    happened_at = models.DateTimeField(
        default=timezone.now, db_index=True, verbose_name=_("happened at")
    )
    as_of = models.DateField(
        help_text=_("The day the status was worked out for."), verbose_name=_("as of")
    )
    old_status = models.CharField(
        max_length=20, choices=Status.choices, blank=True, verbose_name=_("old status")
    )
    new_status = models.CharField(
        max_length=20, choices=Status.choices, verbose_name=_("new status")
    )
    days = models.IntegerField(
        null=True,
        blank=True,
        help_text=_(
            "Deadline approaching: days left. Restated: days the deadline moved (+ later)."
        ),
        verbose_name=_("days"),
    )
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("actor"),
    )
    job = models.CharField(
        max_length=50,
        blank=True,
        help_text=_("The job that made the change."),
        verbose_name=_("job"),
    )
    rationale = models.CharField(max_length=500, blank=True, verbose_name=_("rationale"))
    source = models.ForeignKey(
        Source,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="status_events",
        verbose_name=_("source"),
    )
    revision = models.ForeignKey(
        DeadlineRevision,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("The deadline revision in force when the change happened."),
        verbose_name=_("revision"),
    )
    evidence = models.ForeignKey(
        Evidence,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("evidence"),
    )

    class Meta:
        verbose_name = _("status event")
        verbose_name_plural = _("status events")
        ordering = ["happened_at", "id"]
        indexes = [
            models.Index(fields=["claim", "happened_at"], name="event_claim_time_idx"),
        ]
        constraints = [
            # The sweep marks each approach of a deadline once per revision, however often it runs.
            models.UniqueConstraint(
                fields=["claim", "revision", "days"],
                condition=Q(kind="due_soon"),
                name="event_due_soon_once",
            ),
            in_choices("kind", EventKind, name="event_kind_known"),
            in_choices("new_status", Status, name="event_new_status_known"),
            models.CheckConstraint(
                condition=Q(old_status__in=[*Status.values, ""]),
                name="event_old_status_known",
                violation_error_message=_("Unknown status."),
            ),
        ]
        triggers = [
            # Append-only in the database, not only in Python: no event is deleted or updated.
            # Whether its alerts were queued is recorded apart, by inserting a mark
            # (tracker.FanOutMark), so nothing is ever written to an event after insert.
            pgtrigger.Protect(name="event_never_deleted", operation=pgtrigger.Delete),
            pgtrigger.Protect(name="event_append_only", operation=pgtrigger.Update),
        ]

    def __str__(self) -> str:
        if self.kind != self.Kind.STATUS:
            return f"{self.claim_id}: {self.get_kind_display()} ({self.as_of})"
        return f"{self.claim_id}: {self.old_status or '∅'} → {self.new_status} ({self.as_of})"

    def save(self, *args, **kwargs) -> None:
        # Append-only: a correction is a new event, never an edit of an old one.
        if self.pk is not None and not self._state.adding:
            raise ValidationError(_("Status events are append-only; record a new event instead."))
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise ValidationError(_("Status events are append-only and cannot be deleted."))
