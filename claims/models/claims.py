"""The promise and its deadline statements (revisions)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pgtrigger
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from language.deadlines import format_window

if TYPE_CHECKING:
    from django.contrib.auth.models import User

from ..choices import (
    Category,
    DatePrecision,
    Outcome,
    Precision,
    Qualifier,
    ReasonCode,
    Status,
)
from ..validators import multiline, single_line
from .common import (
    ChecksInOneQuery,
    in_choices,
    is_known_time_zone,
    split_terms,
    today_in,
    validate_time_zone,
)
from .sources import Organisation, Source


class Claim(ChecksInOneQuery):
    """A dated promise. Its deadline lives in DeadlineRevision rows; columns below cache them."""

    subject = models.CharField(
        max_length=200,
        validators=[single_line],
        help_text=_('What the promise is about, e.g. "Bleu".'),
        verbose_name=_("subject"),
    )
    # No index of its own: claim_promiser_status_idx starts with it. One index fewer for every
    # status change the sweep writes to update.
    promiser = models.ForeignKey(
        Organisation,
        on_delete=models.PROTECT,
        related_name="claims",
        db_index=False,
        verbose_name=_("promiser"),
    )
    partners = models.ManyToManyField(
        Organisation, blank=True, related_name="partner_claims", verbose_name=_("partners")
    )
    statement = models.CharField(
        max_length=300,
        validators=[single_line],
        help_text=_("The promise in one line."),
        verbose_name=_("statement"),
    )
    quote = models.TextField(
        blank=True,
        validators=[multiline],
        help_text=_("The promiser's words, verbatim."),
        verbose_name=_("quote"),
    )
    category = models.CharField(
        max_length=20, choices=Category.choices, default=Category.OTHER, verbose_name=_("category")
    )
    source = models.ForeignKey(
        Source,
        on_delete=models.PROTECT,
        related_name="claims",
        help_text=_("Where it was first made."),
        verbose_name=_("source"),
    )
    stated_on = models.DateField(
        help_text=_("When the promise was made."), verbose_name=_("stated on")
    )
    stated_on_precision = models.CharField(
        max_length=5,
        choices=DatePrecision.choices,
        default=DatePrecision.DAY,
        help_text=_("How much of the date is known: a month-only date is stored as its first day."),
        verbose_name=_("stated on precision"),
    )
    reported_after_the_fact = models.BooleanField(
        default=False,
        help_text=_(
            "The source reports a promise made earlier: the stated date is when it was "
            "made, before the source was published."
        ),
        verbose_name=_("reported after the fact"),
    )
    keywords = models.TextField(
        blank=True,
        validators=[multiline],
        help_text=_("Comma-separated; used to match news."),
        verbose_name=_("keywords"),
    )
    timezone = models.CharField(
        max_length=64,
        default=settings.CLAIMS_DEFAULT_TIMEZONE,
        validators=[validate_time_zone],
        help_text=_("Deadlines are calendar dates in this time zone."),
        verbose_name=_("timezone"),
    )

    outcome = models.CharField(
        max_length=20, choices=Outcome.choices, blank=True, default="", verbose_name=_("outcome")
    )
    outcome_on = models.DateField(
        null=True,
        blank=True,
        help_text=_("Fulfilment or withdrawal date."),
        verbose_name=_("outcome on"),
    )
    reason = models.CharField(
        max_length=20,
        choices=ReasonCode.choices,
        blank=True,
        default="",
        help_text=_("Why a claim was missed or withdrawn."),
        verbose_name=_("reason"),
    )

    # Written only by services.claim_sync_deadline from the revisions; cached so the sweep and the
    # lists filter and sort on plain indexed columns instead of a subquery per claim.
    deadline_start = models.DateField(
        null=True, blank=True, editable=False, verbose_name=_("deadline start")
    )
    deadline_end = models.DateField(
        null=True, blank=True, editable=False, verbose_name=_("deadline end")
    )
    original_deadline_start = models.DateField(
        null=True, blank=True, editable=False, verbose_name=_("original deadline start")
    )
    original_deadline_end = models.DateField(
        null=True, blank=True, editable=False, verbose_name=_("original deadline end")
    )
    current_revision = models.ForeignKey(
        "DeadlineRevision",
        null=True,
        blank=True,
        editable=False,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("current revision"),
    )
    # Written only by services (sweep, outcomes); every change is a StatusEvent.
    # Blank until the first sweep works it out (services do so as soon as a claim is recorded).
    status = models.CharField(
        max_length=20,
        choices=Status.choices,
        blank=True,
        default="",
        editable=False,
        verbose_name=_("status"),
    )

    # Bumped by every editor's change (fields, outcome, deadline): a write based on an older
    # version is refused, so two editors never overwrite each other unawares. The sweep's
    # status changes do not bump it: status is derived, nobody edits it.
    version = models.PositiveIntegerField(default=1, editable=False, verbose_name=_("version"))

    created_at = models.DateTimeField(auto_now_add=True, verbose_name=_("created at"))
    updated_at = models.DateTimeField(auto_now=True, verbose_name=_("updated at"))

    history = HistoricalRecords(excluded_fields=["updated_at"])
    # Who makes the change being saved, set by claims.services; simple_history records it.
    _history_user: User | None

    class Meta:
        verbose_name = _("claim")
        verbose_name_plural = _("claims")
        ordering = ["deadline_end", "id"]
        indexes = [
            # Read by services.claims_record_due_soon: open claims whose deadline end is near.
            models.Index(
                fields=["deadline_end", "deadline_start"],
                name="claim_open_deadline_idx",
                condition=Q(outcome=""),
            ),
            models.Index(fields=["promiser", "status"], name="claim_promiser_status_idx"),
            # Read by the lists' default ordering (API claim list, CSV and calendar exports):
            # without it a page of 50 sorts every claim.
            models.Index(fields=["deadline_end", "id"], name="claim_deadline_order_idx"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(outcome="") | Q(outcome="unverifiable") | Q(outcome_on__isnull=False),
                name="claim_outcome_has_date",
                violation_error_message=_("A fulfilment or withdrawal needs its date."),
            ),
            models.CheckConstraint(
                condition=Q(outcome_on__isnull=True) | Q(outcome_on__gte=F("stated_on")),
                name="claim_outcome_not_before_promise",
                violation_error_message=_("A promise cannot be settled before it was made."),
            ),
            models.CheckConstraint(
                condition=Q(status__in=[*Status.values, ""]),
                name="claim_status_known",
                violation_error_message=_("Unknown status."),
            ),
            in_choices("outcome", Outcome, name="claim_outcome_known"),
            in_choices("reason", ReasonCode, name="claim_reason_known"),
            in_choices("category", Category, name="claim_category_known"),
            in_choices("stated_on_precision", DatePrecision, name="claim_precision_known"),
        ]
        triggers = [
            # The promise itself (who made it, when, where it was reported) is a fact of the
            # record: revisions and the sweep rely on it. Claims are settled, never deleted.
            pgtrigger.ReadOnly(
                name="claim_promise_fixed", fields=["promiser", "stated_on", "source"]
            ),
            pgtrigger.Protect(name="claim_never_deleted", operation=pgtrigger.Delete),
        ]

    def __str__(self) -> str:
        return f"{self.subject}: {self.statement}"

    @property
    def keyword_list(self) -> list[str]:
        return split_terms(self.keywords)

    def clean(self) -> None:
        errors: dict[str, str] = {}
        # "Today" where the claim's deadlines are read (the server's, if the zone is unknown:
        # validate_time_zone reports that separately).
        today = (
            today_in(self.timezone) if is_known_time_zone(self.timezone) else timezone.localdate()
        )
        if self.outcome_on and self.outcome_on > today:
            errors["outcome_on"] = (
                f"The outcome date {self.outcome_on:%Y-%m-%d} is in the future; "
                "record a fulfilment or withdrawal once it has happened."
            )
        if self.outcome_on and self.stated_on and self.outcome_on < self.stated_on:
            errors["outcome_on"] = (
                f"{self.outcome_on:%Y-%m-%d} is before the promise was made "
                f"({self.stated_on:%Y-%m-%d}): a promise cannot be settled before it was made."
            )
        if self.outcome in (Outcome.FULFILLED, Outcome.WITHDRAWN) and not self.outcome_on:
            errors["outcome_on"] = "A fulfilment or withdrawal needs its date."
        if self.reason and self.outcome == Outcome.FULFILLED:
            errors["reason"] = "A reason code explains a miss or a withdrawal, not a fulfilment."
        if errors:
            raise ValidationError(errors)


class DeadlineRevision(ChecksInOneQuery):
    """One statement of a claim's deadline. The first is the promise; the latest is in force."""

    claim = models.ForeignKey(
        Claim, on_delete=models.PROTECT, related_name="revisions", verbose_name=_("claim")
    )
    source = models.ForeignKey(
        Source, on_delete=models.PROTECT, related_name="revisions", verbose_name=_("source")
    )
    stated_on = models.DateField(
        help_text=_("When this deadline was stated."), verbose_name=_("stated on")
    )
    stated_on_precision = models.CharField(
        max_length=5,
        choices=DatePrecision.choices,
        default=DatePrecision.DAY,
        verbose_name=_("stated on precision"),
    )
    text = models.CharField(
        max_length=500,
        validators=[single_line],
        help_text=_('The words used, e.g. "by the end of 2022", "fin 2025".'),
        verbose_name=_("text"),
    )
    # A wrong revision is never edited: a new one corrects it, with the reason. The deadline
    # chain reads the latest correction in place of the statement it corrects.
    corrects = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="corrections",
        help_text=_("The statement this revision corrects (a mistake in the record)."),
        verbose_name=_("corrects"),
    )
    reason = models.CharField(
        max_length=300,
        blank=True,
        validators=[single_line],
        help_text=_("Why the correction: what was recorded wrongly."),
        verbose_name=_("reason"),
    )
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("recorded by"),
    )
    start = models.DateField(null=True, blank=True, verbose_name=_("start"))
    end = models.DateField(
        null=True, blank=True, help_text=_("The deadline (inclusive)."), verbose_name=_("end")
    )
    precision = models.CharField(
        max_length=20, choices=Precision.choices, verbose_name=_("precision")
    )
    qualifier = models.CharField(
        max_length=20, choices=Qualifier.choices, verbose_name=_("qualifier")
    )
    language = models.CharField(max_length=8, default="en", verbose_name=_("language"))
    recorded_at = models.DateTimeField(auto_now_add=True, verbose_name=_("recorded at"))

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("deadline revision")
        verbose_name_plural = _("deadline revisions")
        ordering = ["claim", "stated_on", "id"]
        indexes = [
            models.Index(fields=["claim", "stated_on", "id"], name="revision_claim_order_idx")
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(start__isnull=True)
                | Q(end__isnull=True)
                | Q(start__lte=models.F("end")),
                name="revision_start_not_after_end",
                violation_error_message=_("The deadline window ends before it starts."),
            ),
            models.UniqueConstraint(
                fields=["claim", "source", "stated_on", "text"],
                name="revision_stated_once",
                violation_error_message=(
                    _("This deadline is already recorded from this source on this date.")
                ),
            ),
            models.CheckConstraint(
                condition=Q(end__isnull=True) | Q(end__gte=F("stated_on")),
                name="revision_not_ended_when_stated",
                violation_error_message=_("A deadline cannot end before the day it was stated."),
            ),
            models.CheckConstraint(
                condition=Q(corrects__isnull=True) | ~Q(reason=""),
                name="revision_correction_has_reason",
                violation_error_message=_("A correction needs its reason."),
            ),
            in_choices("precision", Precision, name="revision_precision_known"),
            in_choices("qualifier", Qualifier, name="revision_qualifier_known"),
        ]
        triggers = [
            # Append-only: a wrong revision is corrected by a new one, by anyone, superusers too.
            pgtrigger.Protect(
                name="revision_append_only", operation=pgtrigger.Update | pgtrigger.Delete
            ),
            pgtrigger.Trigger(
                name="revision_after_its_claim",
                when=pgtrigger.Before,
                operation=pgtrigger.Insert,
                func=pgtrigger.Func(
                    """
                    IF NEW.stated_on < (SELECT stated_on FROM claims_claim WHERE id = NEW.claim_id)
                    THEN
                        RAISE EXCEPTION 'a deadline revision cannot be stated before its claim'
                            USING ERRCODE = 'check_violation';
                    END IF;
                    IF NEW.corrects_id IS NOT NULL AND NOT EXISTS (
                        SELECT 1 FROM {meta.db_table}
                        WHERE id = NEW.corrects_id AND claim_id = NEW.claim_id
                    ) THEN
                        RAISE EXCEPTION 'a correction corrects a revision of the same claim'
                            USING ERRCODE = 'check_violation';
                    END IF;
                    RETURN NEW;
                    """
                ),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.text!r} ({self.window_display}), stated {self.stated_on}"

    def clean(self) -> None:
        # A deadline stated before the promise would become the "original" and rewrite
        # whether the claim was kept on time.
        if self.claim_id and self.stated_on and self.stated_on < self.claim.stated_on:
            raise ValidationError(
                {
                    "stated_on": (
                        f"{self.stated_on:%Y-%m-%d} is before the promise was made "
                        f"({self.claim.stated_on:%Y-%m-%d}); a restatement comes after it."
                    )
                }
            )

    @property
    def window_display(self) -> str:
        return format_window(self.start, self.end)
