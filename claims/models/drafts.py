"""Drafts found by the article importer, waiting for an editor."""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
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
        DRAFT = "draft", _("draft")
        APPROVED = "approved", _("approved")
        MERGED = "merged", _("merged into a claim")
        DISCARDED = "discarded", _("discarded")

    source = models.ForeignKey(
        Source, on_delete=models.CASCADE, related_name="drafts", verbose_name=_("source")
    )
    position = models.PositiveIntegerField(
        default=0,
        help_text=_("Where the quote starts in the source's text (keeps article order)."),
        verbose_name=_("position"),
    )
    quote = models.TextField(
        validators=[multiline],
        help_text=_("The sentence that holds the promise, verbatim."),
        verbose_name=_("quote"),
    )
    statement = models.CharField(
        max_length=300,
        validators=[single_line],
        help_text=_("The promise in one line."),
        verbose_name=_("statement"),
    )
    promiser = models.ForeignKey(
        Organisation,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="drafts",
        help_text=_("Empty when the organisation is not in the ledger yet: see the name found."),
        verbose_name=_("promiser"),
    )
    promiser_name = models.CharField(
        max_length=200,
        blank=True,
        validators=[single_line],
        help_text=_("The promiser as the article names it."),
        verbose_name=_("promiser name"),
    )
    speaker = models.CharField(
        max_length=200,
        blank=True,
        validators=[single_line],
        help_text=_("Who said it, when not the promiser (e.g. a parent company)."),
        verbose_name=_("speaker"),
    )
    subject = models.CharField(
        max_length=200, blank=True, validators=[single_line], verbose_name=_("subject")
    )
    category = models.CharField(
        max_length=20, choices=Category.choices, default=Category.OTHER, verbose_name=_("category")
    )
    deadline_text = models.CharField(
        max_length=500,
        blank=True,
        validators=[single_line],
        help_text=_("The deadline in the article's words; empty if none."),
        verbose_name=_("deadline text"),
    )
    start = models.DateField(null=True, blank=True, verbose_name=_("start"))
    end = models.DateField(null=True, blank=True, verbose_name=_("end"))
    precision = models.CharField(
        max_length=20, choices=Precision.choices, blank=True, verbose_name=_("precision")
    )
    qualifier = models.CharField(
        max_length=20, choices=Qualifier.choices, blank=True, verbose_name=_("qualifier")
    )
    stated_on = models.DateField(
        help_text=_("When the promise was made."), verbose_name=_("stated on")
    )
    stated_on_precision = models.CharField(
        max_length=5,
        choices=DatePrecision.choices,
        default=DatePrecision.DAY,
        verbose_name=_("stated on precision"),
    )
    strength = models.CharField(
        max_length=10,
        choices=Strength.choices,
        default=Strength.WILL,
        help_text=_("How firmly it was said: 'will' is a commitment, 'aims' or 'hopes' less so."),
        verbose_name=_("strength"),
    )
    condition = models.CharField(
        max_length=300,
        blank=True,
        validators=[single_line],
        help_text=_('A condition attached to the promise, e.g. "subject to regulatory approvals".'),
        verbose_name=_("condition"),
    )
    reason = models.CharField(
        max_length=500,
        blank=True,
        help_text=_("Why the importer picked it."),
        verbose_name=_("reason"),
    )
    state = models.CharField(
        max_length=20, choices=State.choices, default=State.DRAFT, verbose_name=_("state")
    )
    claim = models.ForeignKey(
        Claim,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="drafts",
        help_text=_("The claim it became or was merged into."),
        verbose_name=_("claim"),
    )
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("reviewed by"),
    )
    reviewed_at = models.DateTimeField(null=True, blank=True, verbose_name=_("reviewed at"))
    created_at = models.DateTimeField(auto_now_add=True, verbose_name=_("created at"))

    history = HistoricalRecords()
    # Who makes the change being saved, set by claims.services; simple_history records it.
    _history_user: User | None

    class Meta:
        verbose_name = _("claim draft")
        verbose_name_plural = _("claim drafts")
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
                violation_error_message=_("The deadline window ends before it starts."),
            ),
        ]

    def __str__(self) -> str:
        promiser = self.promiser if self.promiser_id else None
        who = promiser.name if promiser is not None else self.promiser_name or "?"
        return f"{who}: {self.statement}"

    @property
    def window_display(self) -> str:
        return format_window(self.start, self.end)
