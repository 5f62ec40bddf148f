"""The ledger: who promised what, by when, according to which source, and what happened."""

from __future__ import annotations

import datetime as dt
import zoneinfo
from typing import TYPE_CHECKING

import pgtrigger
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from django.utils import timezone
from simple_history.models import HistoricalRecords

from language.deadlines import format_window

if TYPE_CHECKING:
    from django.contrib.auth.models import User

from .choices import (
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
from .validators import multiline, single_line


def validate_time_zone(name: str) -> None:
    # An unknown zone would make every status sweep fail when it works out the claim's today.
    if name not in zoneinfo.available_timezones():
        raise ValidationError(f"{name!r} is not a known time zone (for example Europe/Paris).")


def in_choices(
    field: str, choices: type[models.TextChoices], *, name: str
) -> models.CheckConstraint:
    """A CHECK that a column holds one of its choices: what Python validates, the schema keeps."""
    return models.CheckConstraint(
        condition=Q(**{f"{field}__in": choices.values}),
        name=name,
        violation_error_message=f"{field} must be one of {', '.join(choices.values)}.",
    )


def split_terms(value: str) -> list[str]:
    """Terms typed one per line or separated by commas, stripped, empty ones dropped."""
    return [term.strip() for term in value.replace("\n", ",").split(",") if term.strip()]


class Organisation(models.Model):
    class Kind(models.TextChoices):
        VENDOR = "vendor", "vendor"
        PARTNER = "partner", "partner"
        AUTHORITY = "authority", "authority"
        CUSTOMER = "customer", "customer"
        CONSORTIUM = "consortium", "consortium"
        OTHER = "other", "other"

    name = models.CharField(max_length=200, unique=True, validators=[single_line])
    slug = models.SlugField(max_length=200, unique=True)
    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.VENDOR)
    website = models.URLField(blank=True)
    aliases = models.TextField(
        blank=True,
        validators=[multiline],
        help_text="Other names the news uses, one per line or comma-separated.",
    )
    # A joint venture is often named by its parents ("the Orange-Capgemini venture"): the
    # article importer finds the venture from them.
    parents = models.ManyToManyField(
        "self",
        symmetrical=False,
        blank=True,
        related_name="ventures",
        help_text="For a joint venture: the organisations that own it.",
    )

    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    @property
    def alias_list(self) -> list[str]:
        return split_terms(self.aliases)


class Source(models.Model):
    class Kind(models.TextChoices):
        ARTICLE = "article", "article"
        PRESS_RELEASE = "press_release", "press release"
        FILING = "filing", "filing"
        STATEMENT = "statement", "public statement"
        OTHER = "other", "other"

    # NULL, not "", when absent: unique=True then allows any number of sources without a URL.
    url = models.URLField(
        "URL",
        max_length=1000,
        unique=True,
        null=True,
        blank=True,
        error_messages={"unique": "A source with this URL is already recorded."},
    )
    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.ARTICLE)
    title = models.CharField(max_length=500, validators=[single_line])
    publisher = models.CharField(max_length=200, blank=True, validators=[single_line])
    author = models.CharField(max_length=200, blank=True, validators=[single_line])
    published_on = models.DateField()
    language = models.CharField(
        max_length=8, default="en", help_text="ISO 639-1 code, e.g. en, fr."
    )
    text = models.TextField(
        blank=True, validators=[multiline], help_text="Snapshot of the text, as read when recorded."
    )
    recorded_at = models.DateTimeField(auto_now_add=True)

    history = HistoricalRecords()
    # Who makes the change being saved, set by claims.services; simple_history records it.
    _history_user: User | None

    class Meta:
        ordering = ["-published_on", "title"]

    def __str__(self) -> str:
        return f"{self.title} ({self.publisher or 'unknown publisher'}, {self.published_on})"

    def save(self, *args, **kwargs) -> None:
        self.clean()
        super().save(*args, **kwargs)

    def clean(self) -> None:
        # Stored as NULL so that any number of sources may have no URL.
        if self.url == "":
            self.url = None


class Claim(models.Model):
    """A dated promise. Its deadline lives in DeadlineRevision rows; columns below cache them."""

    subject = models.CharField(
        max_length=200,
        validators=[single_line],
        help_text='What the promise is about, e.g. "Bleu".',
    )
    promiser = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="claims")
    partners = models.ManyToManyField(Organisation, blank=True, related_name="partner_claims")
    statement = models.CharField(
        max_length=300, validators=[single_line], help_text="The promise in one line."
    )
    quote = models.TextField(
        blank=True, validators=[multiline], help_text="The promiser's words, verbatim."
    )
    category = models.CharField(max_length=20, choices=Category.choices, default=Category.OTHER)
    source = models.ForeignKey(
        Source,
        on_delete=models.PROTECT,
        related_name="claims",
        help_text="Where it was first made.",
    )
    stated_on = models.DateField(help_text="When the promise was made.")
    stated_on_precision = models.CharField(
        max_length=5,
        choices=DatePrecision.choices,
        default=DatePrecision.DAY,
        help_text="How much of the date is known: a month-only date is stored as its first day.",
    )
    reported_after_the_fact = models.BooleanField(
        default=False,
        help_text="The source reports a promise made earlier: the stated date is when it was "
        "made, before the source was published.",
    )
    keywords = models.TextField(
        blank=True, validators=[multiline], help_text="Comma-separated; used to match news."
    )
    timezone = models.CharField(
        max_length=64,
        default=settings.CLAIMS_DEFAULT_TIMEZONE,
        validators=[validate_time_zone],
        help_text="Deadlines are calendar dates in this time zone.",
    )

    outcome = models.CharField(max_length=20, choices=Outcome.choices, blank=True, default="")
    outcome_on = models.DateField(null=True, blank=True, help_text="Fulfilment or withdrawal date.")
    reason = models.CharField(
        max_length=20,
        choices=ReasonCode.choices,
        blank=True,
        default="",
        help_text="Why a claim was missed or withdrawn.",
    )

    # Written only by services.claim_sync_deadline from the revisions; cached so the sweep and the
    # lists filter and sort on plain indexed columns instead of a subquery per claim.
    deadline_start = models.DateField(null=True, blank=True, editable=False)
    deadline_end = models.DateField(null=True, blank=True, editable=False)
    original_deadline_start = models.DateField(null=True, blank=True, editable=False)
    original_deadline_end = models.DateField(null=True, blank=True, editable=False)
    current_revision = models.ForeignKey(
        "DeadlineRevision",
        null=True,
        blank=True,
        editable=False,
        on_delete=models.PROTECT,
        related_name="+",
    )
    # Written only by services (sweep, outcomes); every change is a StatusEvent.
    # Blank until the first sweep works it out (services do so as soon as a claim is recorded).
    status = models.CharField(
        max_length=20, choices=Status.choices, blank=True, default="", editable=False
    )

    # Bumped by every editor's change (fields, outcome, deadline): a write based on an older
    # version is refused, so two editors never overwrite each other unawares. The sweep's
    # status changes do not bump it: status is derived, nobody edits it.
    version = models.PositiveIntegerField(default=1, editable=False)

    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    history = HistoricalRecords(excluded_fields=["updated_at"])
    # Who makes the change being saved, set by claims.services; simple_history records it.
    _history_user: User | None

    class Meta:
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
                violation_error_message="A fulfilment or withdrawal needs its date.",
            ),
            models.CheckConstraint(
                condition=Q(outcome_on__isnull=True) | Q(outcome_on__gte=F("stated_on")),
                name="claim_outcome_not_before_promise",
                violation_error_message="A promise cannot be settled before it was made.",
            ),
            models.CheckConstraint(
                condition=Q(status__in=[*Status.values, ""]),
                name="claim_status_known",
                violation_error_message="Unknown status.",
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
            today_in(self.timezone)
            if self.timezone in zoneinfo.available_timezones()
            else timezone.localdate()
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


class DeadlineRevision(models.Model):
    """One statement of a claim's deadline. The first is the promise; the latest is in force."""

    claim = models.ForeignKey(Claim, on_delete=models.PROTECT, related_name="revisions")
    source = models.ForeignKey(Source, on_delete=models.PROTECT, related_name="revisions")
    stated_on = models.DateField(help_text="When this deadline was stated.")
    stated_on_precision = models.CharField(
        max_length=5, choices=DatePrecision.choices, default=DatePrecision.DAY
    )
    text = models.CharField(
        max_length=500,
        validators=[single_line],
        help_text='The words used, e.g. "by the end of 2022", "fin 2025".',
    )
    # A wrong revision is never edited: a new one corrects it, with the reason. The deadline
    # chain reads the latest correction in place of the statement it corrects.
    corrects = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="corrections",
        help_text="The statement this revision corrects (a mistake in the record).",
    )
    reason = models.CharField(
        max_length=300,
        blank=True,
        validators=[single_line],
        help_text="Why the correction: what was recorded wrongly.",
    )
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    start = models.DateField(null=True, blank=True)
    end = models.DateField(null=True, blank=True, help_text="The deadline (inclusive).")
    precision = models.CharField(max_length=20, choices=Precision.choices)
    qualifier = models.CharField(max_length=20, choices=Qualifier.choices)
    language = models.CharField(max_length=8, default="en")
    recorded_at = models.DateTimeField(auto_now_add=True)

    history = HistoricalRecords()

    class Meta:
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
                violation_error_message="The deadline window ends before it starts.",
            ),
            models.UniqueConstraint(
                fields=["claim", "source", "stated_on", "text"],
                name="revision_stated_once",
                violation_error_message=(
                    "This deadline is already recorded from this source on this date."
                ),
            ),
            models.CheckConstraint(
                condition=Q(end__isnull=True) | Q(end__gte=F("stated_on")),
                name="revision_not_ended_when_stated",
                violation_error_message="A deadline cannot end before the day it was stated.",
            ),
            models.CheckConstraint(
                condition=Q(corrects__isnull=True) | ~Q(reason=""),
                name="revision_correction_has_reason",
                violation_error_message="A correction needs its reason.",
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


class Evidence(models.Model):
    Kind = EvidenceKind
    State = EvidenceState

    claim = models.ForeignKey(Claim, on_delete=models.PROTECT, related_name="evidence")
    source = models.ForeignKey(Source, on_delete=models.PROTECT, related_name="evidence")
    observed_on = models.DateField(help_text="When the observed fact happened or was reported.")
    kind = models.CharField(max_length=20, choices=Kind.choices)
    state = models.CharField(max_length=20, choices=State.choices, default=State.CANDIDATE)
    summary = models.TextField(blank=True, validators=[multiline])
    why = models.TextField(
        blank=True,
        validators=[multiline],
        help_text="Why this was attached to the claim (matcher's score).",
    )
    score = models.FloatField(null=True, blank=True, help_text="The news matcher's score, if any.")
    deadline_text = models.CharField(
        max_length=500,
        blank=True,
        validators=[single_line],
        help_text="A new deadline this evidence reports (for a delay), in the source's words.",
    )
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    reviewed_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["observed_on", "id"]
        verbose_name_plural = "evidence"
        constraints = [
            models.UniqueConstraint(
                fields=["claim", "source", "kind"],
                name="evidence_once_per_source",
                violation_error_message="This source is already recorded as such evidence.",
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
                violation_error_message="Evidence is confirmed or rejected only by a review.",
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


class StatusEvent(models.Model):
    """An append-only record of what happened to a claim: its public timeline and corrections log.

    Most events are status changes; the others mark a deadline approaching, a deadline restated
    and evidence waiting for review. Alerts are derived from these rows, never from current state.
    """

    Kind = EventKind

    claim = models.ForeignKey(Claim, on_delete=models.PROTECT, related_name="status_events")
    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.STATUS)
    happened_at = models.DateTimeField(default=timezone.now, db_index=True)
    as_of = models.DateField(help_text="The day the status was worked out for.")
    old_status = models.CharField(max_length=20, choices=Status.choices, blank=True)
    new_status = models.CharField(max_length=20, choices=Status.choices)
    days = models.IntegerField(
        null=True,
        blank=True,
        help_text="Deadline approaching: days left. Restated: days the deadline moved (+ later).",
    )
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    job = models.CharField(max_length=50, blank=True, help_text="The job that made the change.")
    rationale = models.CharField(max_length=500, blank=True)
    source = models.ForeignKey(
        Source, null=True, blank=True, on_delete=models.PROTECT, related_name="status_events"
    )
    revision = models.ForeignKey(
        DeadlineRevision,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        help_text="The deadline revision in force when the change happened.",
    )
    evidence = models.ForeignKey(
        Evidence, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    # The one column written after insert, once, by tracker.services.alerts_fan_out.
    alerts_queued_at = models.DateTimeField(null=True, blank=True, editable=False)

    class Meta:
        ordering = ["happened_at", "id"]
        indexes = [
            models.Index(fields=["claim", "happened_at"], name="event_claim_time_idx"),
            # Read by tracker.services.alerts_fan_out: events not yet turned into alerts.
            models.Index(
                fields=["id"],
                name="event_alerts_unqueued_idx",
                condition=Q(alerts_queued_at__isnull=True),
            ),
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
                violation_error_message="Unknown status.",
            ),
        ]
        triggers = [
            # Append-only in the database, not only in Python: no event is deleted, and only
            # the alert bookkeeping column is written after insert, once.
            pgtrigger.Protect(name="event_never_deleted", operation=pgtrigger.Delete),
            pgtrigger.ReadOnly(name="event_append_only", exclude=["alerts_queued_at"]),
            pgtrigger.Protect(
                name="event_queued_once",
                operation=pgtrigger.Update,
                condition=pgtrigger.Q(old__alerts_queued_at__isnull=False)
                & pgtrigger.Q(old__alerts_queued_at__df=pgtrigger.F("new__alerts_queued_at")),
            ),
        ]

    def __str__(self) -> str:
        if self.kind != self.Kind.STATUS:
            return f"{self.claim_id}: {self.get_kind_display()} ({self.as_of})"
        return f"{self.claim_id}: {self.old_status or '∅'} → {self.new_status} ({self.as_of})"

    def save(self, *args, **kwargs) -> None:
        # Append-only: a correction is a new event, never an edit of an old one.
        if self.pk is not None and not self._state.adding:
            raise ValidationError("Status events are append-only; record a new event instead.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise ValidationError("Status events are append-only and cannot be deleted.")


def today_in(tz_name: str, now: dt.datetime | None = None) -> dt.date:
    """The calendar date in a claim's time zone."""
    return timezone.localtime(now or timezone.now(), zoneinfo.ZoneInfo(tz_name)).date()


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
