"""Who follows which promises, and the alerts the ledger's events produce for them."""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q, Value
from django.db.models.functions import Coalesce

from claims.models import Category, Claim, DeadlineRevision, Evidence, Organisation, StatusEvent


class AlertEvent(models.TextChoices):
    DUE_30 = "due_30", "due in 30 days"
    DUE_7 = "due_7", "due in 7 days"
    OVERDUE = "overdue", "overdue"
    MISSED = "missed", "missed"
    SLIPPED = "slipped", "slipped (a later deadline was stated)"
    FULFILLED = "fulfilled", "fulfilled"
    EVIDENCE = "evidence", "new evidence to review"


class Subscription(models.Model):
    """A user or an e-mail address following all claims, an organisation, a category or a claim."""

    class Delivery(models.TextChoices):
        IMMEDIATE = "immediate", "immediately"
        DIGEST = "digest", "in a daily digest"

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="subscriptions",
    )
    email = models.EmailField(
        blank=True, help_text="Where alerts go; leave empty to use the user's address."
    )
    # Scope: at most one of these is set; none means every claim.
    organisation = models.ForeignKey(
        Organisation, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    category = models.CharField(max_length=20, choices=Category.choices, blank=True)
    claim = models.ForeignKey(
        Claim, null=True, blank=True, on_delete=models.CASCADE, related_name="subscriptions"
    )

    on_due_30 = models.BooleanField("due in 30 days", default=True)
    on_due_7 = models.BooleanField("due in 7 days", default=True)
    on_overdue = models.BooleanField("overdue", default=True)
    on_missed = models.BooleanField("missed", default=True)
    on_slipped = models.BooleanField("slipped", default=True)
    on_fulfilled = models.BooleanField("fulfilled", default=True)
    on_evidence = models.BooleanField("new evidence to review", default=False)

    delivery = models.CharField(max_length=10, choices=Delivery.choices, default=Delivery.IMMEDIATE)
    active = models.BooleanField(default=True)
    created_at = models.DateTimeField(auto_now_add=True)
    unsubscribed_at = models.DateTimeField(null=True, blank=True, editable=False)

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=Q(user__isnull=False) | ~Q(email=""),
                name="subscription_has_recipient",
                violation_error_message="A subscription needs a user or an e-mail address.",
            ),
            models.CheckConstraint(
                condition=(
                    Q(organisation__isnull=True, claim__isnull=True)
                    | Q(organisation__isnull=True, category="")
                    | Q(claim__isnull=True, category="")
                ),
                name="subscription_one_scope",
                violation_error_message=(
                    "Follow all claims, one organisation, one category or one claim, not several."
                ),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.recipient} follows {self.scope_display}"

    @property
    def recipient(self) -> str:
        return self.email or (self.user.email if self.user_id else "")

    @property
    def scope_display(self) -> str:
        if self.claim_id:
            return f"claim {self.claim}"
        if self.organisation_id:
            return f"organisation {self.organisation}"
        if self.category:
            return f"category {self.get_category_display()}"
        return "all claims"

    def wants(self, event: str) -> bool:
        return getattr(self, f"on_{event}")

    def clean(self) -> None:
        if self.user_id is None and not self.email:
            raise ValidationError({"email": "Give an e-mail address or choose a user."})
        if self.user_id and not self.email and not self.user.email:
            raise ValidationError({"email": f"User {self.user} has no e-mail address; give one."})
        scopes = [bool(self.organisation_id), bool(self.category), bool(self.claim_id)]
        if sum(scopes) > 1:
            raise ValidationError(
                "Follow all claims, one organisation, one category or one claim, not several."
            )


class ClaimSnooze(models.Model):
    """An editor's pause on a claim's alerts, with a reason. Alerts made meanwhile are kept as
    suppressed, so the record shows what was not sent and why."""

    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="snoozes")
    until = models.DateField(help_text="Alerts resume the day after this date.")
    reason = models.CharField(max_length=300)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-until"]

    def __str__(self) -> str:
        return f"{self.claim} snoozed until {self.until}: {self.reason}"


class Alert(models.Model):
    """One e-mail owed to one subscription about one event of one claim."""

    class State(models.TextChoices):
        PENDING = "pending", "pending"
        SENT = "sent", "sent"
        FAILED = "failed", "failed (gave up)"
        SUPPRESSED = "suppressed", "suppressed (claim snoozed)"

    subscription = models.ForeignKey(Subscription, on_delete=models.CASCADE, related_name="alerts")
    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="alerts")
    event = models.CharField(max_length=20, choices=AlertEvent.choices)
    revision = models.ForeignKey(
        DeadlineRevision, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    evidence = models.ForeignKey(
        Evidence, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    status_event = models.ForeignKey(StatusEvent, on_delete=models.CASCADE, related_name="alerts")
    digest = models.BooleanField(default=False, help_text="Delivered in the daily digest.")
    state = models.CharField(max_length=20, choices=State.choices, default=State.PENDING)
    attempts = models.PositiveIntegerField(default=0)
    last_error = models.CharField(max_length=500, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["created_at", "id"]
        constraints = [
            # Exactly one alert per subscription, claim, event and deadline revision (and piece of
            # evidence): the database, not Python, refuses a second one, whoever races to insert.
            models.UniqueConstraint(
                "subscription",
                "claim",
                "event",
                Coalesce("revision", Value(0)),
                Coalesce("evidence", Value(0)),
                name="alert_once_per_subscription_claim_event_revision",
            ),
        ]
        indexes = [
            # Read by tracker.services.alerts_dispatch and alerts_send_digests: what is still owed.
            models.Index(
                fields=["digest", "id"], name="alert_pending_idx", condition=Q(state="pending")
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_event_display()} about {self.claim} to {self.subscription.recipient}"
