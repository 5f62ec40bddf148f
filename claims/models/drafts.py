"""Drafts found by the article importer, waiting for an editor."""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.conf import settings
from django.db import models
from django.db.models import Q
from simple_history.models import HistoricalRecords

from language.deadlines import format_window

if TYPE_CHECKING:
    from django.contrib.auth.models import User

from ..choices import (
    Category,
    DatePrecision,
    Precision,
    Qualifier,
    Strength,
)
from ..validators import multiline, single_line
from .claims import Claim
from .sources import Organisation, Source


class ClaimDraft(models.Model):
    """A promise the article importer found, waiting for an editor: nothing is published unseen.

    Approving it records a claim; merging it records its deadline as a restatement of an
    existing claim, sourced from the article; discarding it keeps it for the record.
    """

    class State(models.TextChoices):
        DRAFT = "draft", "draft"
        APPROVED = "approved", "approved"
        MERGED = "merged", "merged into a claim"
        DISCARDED = "discarded", "discarded"

    source = models.ForeignKey(Source, on_delete=models.CASCADE, related_name="drafts")
    position = models.PositiveIntegerField(
        default=0, help_text="Where the quote starts in the source's text (keeps article order)."
    )
    quote = models.TextField(
        validators=[multiline], help_text="The sentence that holds the promise, verbatim."
    )
    statement = models.CharField(
        max_length=300, validators=[single_line], help_text="The promise in one line."
    )
    promiser = models.ForeignKey(
        Organisation,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="drafts",
        help_text="Empty when the organisation is not in the ledger yet: see the name found.",
    )
    promiser_name = models.CharField(
        max_length=200,
        blank=True,
        validators=[single_line],
        help_text="The promiser as the article names it.",
    )
    speaker = models.CharField(
        max_length=200,
        blank=True,
        validators=[single_line],
        help_text="Who said it, when not the promiser (e.g. a parent company).",
    )
    subject = models.CharField(max_length=200, blank=True, validators=[single_line])
    category = models.CharField(max_length=20, choices=Category.choices, default=Category.OTHER)
    deadline_text = models.CharField(
        max_length=500,
        blank=True,
        validators=[single_line],
        help_text="The deadline in the article's words; empty if none.",
    )
    start = models.DateField(null=True, blank=True)
    end = models.DateField(null=True, blank=True)
    precision = models.CharField(max_length=20, choices=Precision.choices, blank=True)
    qualifier = models.CharField(max_length=20, choices=Qualifier.choices, blank=True)
    stated_on = models.DateField(help_text="When the promise was made.")
    stated_on_precision = models.CharField(
        max_length=5, choices=DatePrecision.choices, default=DatePrecision.DAY
    )
    strength = models.CharField(
        max_length=10,
        choices=Strength.choices,
        default=Strength.WILL,
        help_text="How firmly it was said: 'will' is a commitment, 'aims' or 'hopes' less so.",
    )
    condition = models.CharField(
        max_length=300,
        blank=True,
        validators=[single_line],
        help_text='A condition attached to the promise, e.g. "subject to regulatory approvals".',
    )
    reason = models.CharField(max_length=500, blank=True, help_text="Why the importer picked it.")
    state = models.CharField(max_length=20, choices=State.choices, default=State.DRAFT)
    claim = models.ForeignKey(
        Claim,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="drafts",
        help_text="The claim it became or was merged into.",
    )
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    reviewed_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    history = HistoricalRecords()
    # Who makes the change being saved, set by claims.services; simple_history records it.
    _history_user: User | None

    class Meta:
        ordering = ["source", "position", "id"]
        indexes = [
            # Read by the editors' review queue (ClaimDraftAdmin): drafts still to review.
            models.Index(
                fields=["source", "position"],
                name="draft_to_review_idx",
                condition=Q(state="draft"),
            ),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(start__isnull=True)
                | Q(end__isnull=True)
                | Q(start__lte=models.F("end")),
                name="draft_start_not_after_end",
                violation_error_message="The deadline window ends before it starts.",
            ),
        ]

    def __str__(self) -> str:
        promiser = self.promiser if self.promiser_id else None
        who = promiser.name if promiser is not None else self.promiser_name or "?"
        return f"{who}: {self.statement}"

    @property
    def window_display(self) -> str:
        return format_window(self.start, self.end)
