"""Who follows which promises, and the alerts the ledger's events produce for them."""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone

from claims.models import (
    Category,
    Claim,
    DeadlineRevision,
    Evidence,
    Organisation,
    Source,
    StatusEvent,
    split_terms,
)


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

    class Channel(models.TextChoices):
        EMAIL = "email", "e-mail"
        WEBHOOK = "webhook", "webhook (Standard Webhooks, signed)"
        APPRISE = "apprise", "chat service (Apprise URL)"

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
    channel = models.CharField(
        max_length=10,
        choices=Channel.choices,
        default=Channel.EMAIL,
        help_text="Where alerts go: e-mail, a signed webhook, or a chat service (Apprise URL).",
    )
    active = models.BooleanField(default=True)
    created_at = models.DateTimeField(auto_now_add=True)
    unsubscribed_at = models.DateTimeField(null=True, blank=True, editable=False)
    # Double opt-in of a follow from a public page (tracker.services.follow): the nonce the
    # signed link carries, cleared when it is used, so the link confirms once.
    confirmation_nonce = models.CharField(max_length=64, blank=True, editable=False)
    confirmation_requested_at = models.DateTimeField(null=True, blank=True, editable=False)
    confirmed_at = models.DateTimeField(null=True, blank=True, editable=False)

    # Delivery health of a webhook or Apprise endpoint, written only by tracker.services: after
    # ALERT_CHANNEL_PAUSE_AFTER failed attempts in a row it is paused until someone resumes it.
    consecutive_failures = models.PositiveIntegerField(default=0, editable=False)
    paused_at = models.DateTimeField(null=True, blank=True, editable=False)
    paused_reason = models.CharField(max_length=500, blank=True, editable=False)

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=~Q(channel="email") | Q(user__isnull=False) | ~Q(email=""),
                name="subscription_has_recipient",
                violation_error_message="An e-mail subscription needs a user or an address.",
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
            # A follow from a public page sends nothing until its address is confirmed.
            models.CheckConstraint(
                condition=Q(confirmation_requested_at__isnull=True)
                | Q(confirmed_at__isnull=False)
                | Q(active=False),
                name="subscription_confirmed_before_active",
                violation_error_message="A subscription awaiting confirmation cannot be active.",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.destination} follows {self.scope_display}"

    @property
    def destination(self) -> str:
        """Where alerts go, safe to show: the address, the webhook URL, or the Apprise URL's
        hint (never the full URL, which holds its credentials)."""
        if self.channel == self.Channel.WEBHOOK:
            webhook = getattr(self, "webhook", None)
            return webhook.url if webhook is not None else "webhook (not set up)"
        if self.channel == self.Channel.APPRISE:
            apprise = getattr(self, "apprise", None)
            return apprise.url_hint if apprise is not None else "Apprise URL (not set up)"
        return self.recipient or "(no address)"

    @property
    def paused(self) -> bool:
        return self.paused_at is not None

    @property
    def recipient(self) -> str:
        if self.email:
            return self.email
        user = self.user if self.user_id else None
        return user.email if user is not None else ""

    @property
    def scope_display(self) -> str:
        if self.claim_id:
            return f"claim {self.claim}"
        if self.organisation_id:
            return f"organisation {self.organisation}"
        if self.category:
            return f"category {self.get_category_display()}"
        return "all claims"

    def clean(self) -> None:
        if self.channel != self.Channel.EMAIL:
            if self.delivery == self.Delivery.DIGEST:
                raise ValidationError({"delivery": "Daily digests are sent by e-mail only."})
            self._clean_scope()
            return
        if self.user_id is None and not self.email:
            raise ValidationError({"email": "Give an e-mail address or choose a user."})
        if self.user_id and not self.email:
            user = self.user
            if user is not None and not user.email:
                raise ValidationError({"email": f"User {user} has no e-mail address; give one."})
        self._clean_scope()

    def _clean_scope(self) -> None:
        scopes = [bool(self.organisation_id), bool(self.category), bool(self.claim_id)]
        if sum(scopes) > 1:
            raise ValidationError(
                "Follow all claims, one organisation, one category or one claim, not several."
            )


class WebhookEndpoint(models.Model):
    """Where a webhook subscription POSTs its alerts, and the secrets that sign them.

    Secrets are stored sealed (tracker.services.secrets: Fernet keys from the environment).
    During a rotation's grace period the previous secret signs too, so a receiver can switch
    over without losing a delivery.
    """

    subscription = models.OneToOneField(
        Subscription, on_delete=models.CASCADE, related_name="webhook", primary_key=True
    )
    url = models.URLField("URL", max_length=1000)
    secret_sealed = models.TextField(editable=False)
    previous_secret_sealed = models.TextField(blank=True, editable=False)
    previous_secret_until = models.DateTimeField(null=True, blank=True, editable=False)
    secret_rotated_at = models.DateTimeField(null=True, blank=True, editable=False)

    def __str__(self) -> str:
        return self.url


class AppriseTarget(models.Model):
    """Where an Apprise subscription notifies: the URL is a secret (it holds tokens), stored
    sealed and shown only as a hint (scheme and host) once saved."""

    subscription = models.OneToOneField(
        Subscription, on_delete=models.CASCADE, related_name="apprise", primary_key=True
    )
    url_sealed = models.TextField(editable=False)
    url_hint = models.CharField(max_length=200, editable=False)

    def __str__(self) -> str:
        return self.url_hint


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
    """One message owed to one subscription (by its channel) about one event of one claim."""

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
    # What the alert says beyond its event: "revision:<id>" for a deadline event, "source:<id>"
    # for evidence. Two events that would say the same thing share a key and make one alert
    # (see tracker.services.alerts.alert_content_key).
    content_key = models.CharField(max_length=64, editable=False)
    digest = models.BooleanField(default=False, help_text="Delivered in the daily digest.")
    state = models.CharField(max_length=20, choices=State.choices, default=State.PENDING)
    attempts = models.PositiveIntegerField(default=0)
    last_error = models.CharField(max_length=500, blank=True)
    # Webhook and Apprise deliveries that failed for now are tried again from this time on
    # (backoff, or the receiver's Retry-After); None means as soon as possible.
    next_attempt_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["created_at", "id"]
        constraints = [
            # Exactly one alert per subscription, claim, event and content (the deadline
            # revision, or the source of the evidence): the database, not Python, refuses a
            # second one, whoever races to insert, and identical alerts collapse into one.
            models.UniqueConstraint(
                fields=["subscription", "claim", "event", "content_key"],
                name="alert_once_per_subscription_claim_event_content",
            ),
        ]
        indexes = [
            # Read by tracker.services.alerts_dispatch and alerts_send_digests: what is still owed.
            models.Index(
                fields=["digest", "id"], name="alert_pending_idx", condition=Q(state="pending")
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_event_display()} about {self.claim} to {self.subscription.destination}"


class Feed(models.Model):
    """An RSS or Atom feed the news watch polls, with its polling state."""

    url = models.URLField("URL", max_length=1000, unique=True)
    title = models.CharField(max_length=300, blank=True, help_text="Filled from the feed if empty.")
    organisations = models.ManyToManyField(
        Organisation,
        blank=True,
        related_name="feeds",
        help_text="Organisations this feed is about (e.g. a vendor's own newsroom): their claims "
        "may match its items even when an item does not name them.",
    )
    keywords = models.TextField(
        blank=True,
        help_text="Extra words, comma-separated, that count like a claim's keywords for claims "
        "of this feed's organisations.",
    )
    language = models.CharField(
        max_length=8, blank=True, help_text="Items' language when the feed does not say (en, fr)."
    )
    enabled = models.BooleanField(default=True)
    interval_minutes = models.PositiveIntegerField(
        default=60, help_text="Minutes between polls while the feed works."
    )

    # Polling state, written only by tracker.services (feed_poll, feeds_claim_due).
    etag = models.CharField("ETag", max_length=500, blank=True, editable=False)
    last_modified = models.CharField(max_length=100, blank=True, editable=False)
    last_polled_at = models.DateTimeField(null=True, blank=True, editable=False)
    last_success_at = models.DateTimeField(null=True, blank=True, editable=False)
    last_error_at = models.DateTimeField(null=True, blank=True, editable=False)
    last_error = models.CharField(max_length=1000, blank=True, editable=False)
    consecutive_failures = models.PositiveIntegerField(default=0, editable=False)
    next_poll_at = models.DateTimeField(default=timezone.now, editable=False)
    # Set while one worker polls the feed; a second poll of the same feed is skipped.
    polling_since = models.DateTimeField(null=True, blank=True, editable=False)
    # Flood control (tracker.services.news): matches of this feed's items that added no
    # evidence candidate, counted since the feed was created; each item says why.
    candidates_collapsed = models.PositiveIntegerField(
        default=0,
        editable=False,
        help_text="Matches folded into evidence already recorded (near-duplicate titles).",
    )
    candidates_held_back = models.PositiveIntegerField(
        default=0,
        editable=False,
        help_text="Matches held back by the caps on new candidates (per feed and run, per "
        "claim and day).",
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["title", "url"]
        indexes = [
            # Read by tracker.services.feeds_claim_due (the 15-minute fan-out): enabled feeds due.
            models.Index(fields=["next_poll_at"], name="feed_due_idx", condition=Q(enabled=True)),
        ]

    def __str__(self) -> str:
        return self.title or self.url

    @property
    def keyword_list(self) -> list[str]:
        return split_terms(self.keywords)

    @property
    def failing(self) -> bool:
        return self.consecutive_failures > 0


class NewsItem(models.Model):
    """One item of a feed, stored once: by its GUID, else its canonical link."""

    feed = models.ForeignKey(Feed, on_delete=models.CASCADE, related_name="items")
    # The entry's GUID; without one, its canonical link; without either, "sha256:" + a hash of
    # title and summary.
    guid = models.CharField("GUID", max_length=1000)
    link = models.URLField(max_length=1000, blank=True)
    title = models.CharField(max_length=500, blank=True)
    summary = models.TextField(blank=True)
    # None when the feed gave no date, or one we do not believe (in the future, or before 1995).
    published_at = models.DateTimeField(null=True, blank=True)
    language = models.CharField(max_length=8, blank=True)
    # Title and summary, lower case without accents: what the matcher reads. On PostgreSQL a
    # generated tsvector column (english + french) with a GIN index is derived from it
    # (migration 0003), invisible to Django.
    search_text = models.TextField(blank=True, editable=False)
    fetched_at = models.DateTimeField(default=timezone.now, editable=False)
    matched_at = models.DateTimeField(null=True, blank=True, editable=False)
    # Matches that became no candidate, and why (near-duplicate, cap), one per line. A default
    # in the database too: tracker.feeds inserts items with its own SQL on PostgreSQL.
    held_back = models.TextField(blank=True, db_default="", editable=False)
    source = models.ForeignKey(
        Source,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="news_items",
        help_text="The ledger source made from this item when it became evidence.",
    )

    class Meta:
        ordering = ["-published_at", "-id"]
        constraints = [
            models.UniqueConstraint(fields=["feed", "guid"], name="newsitem_once_per_feed"),
        ]
        indexes = [
            # Read by tracker.services.news_items_match: items not matched yet.
            models.Index(
                fields=["feed", "id"],
                name="newsitem_unmatched_idx",
                condition=Q(matched_at__isnull=True),
            ),
        ]

    def __str__(self) -> str:
        return self.title or self.guid

    @property
    def observed_on(self):
        """The day the item reports on: its publication date, else the day we fetched it."""
        return timezone.localdate(self.published_at or self.fetched_at)


class EvidenceReview(Evidence):
    """Evidence seen from the news watch's side: the editors' review queue (admin only)."""

    class Meta:
        proxy = True
        verbose_name = "evidence to review"
        verbose_name_plural = "evidence to review"
