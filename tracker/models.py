"""Who follows which promises, and the alerts the ledger's events produce for them."""

from __future__ import annotations

import pgtrigger
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

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
    DUE_30 = "due_30", _("due in 30 days")
    DUE_7 = "due_7", _("due in 7 days")
    OVERDUE = "overdue", _("overdue")
    MISSED = "missed", _("missed")
    SLIPPED = "slipped", _("slipped (a later deadline was stated)")
    FULFILLED = "fulfilled", _("fulfilled")
    EVIDENCE = "evidence", _("new evidence to review")


class Subscription(models.Model):
    """A user or an e-mail address following all claims, an organisation, a category or a claim."""

    class Delivery(models.TextChoices):
        IMMEDIATE = "immediate", _("immediately")
        DIGEST = "digest", _("in a daily digest")

    class Channel(models.TextChoices):
        EMAIL = "email", _("e-mail")
        WEBHOOK = "webhook", _("webhook (Standard Webhooks, signed)")
        APPRISE = "apprise", _("chat service (Apprise URL)")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="subscriptions",
        verbose_name=_("user"),
    )
    email = models.EmailField(
        blank=True,
        help_text=_("Where alerts go; leave empty to use the user's address."),
        verbose_name=_("email"),
    )
    # Scope: at most one of these is set; none means every claim.
    organisation = models.ForeignKey(
        Organisation,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("organisation"),
    )
    category = models.CharField(
        max_length=20, choices=Category.choices, blank=True, verbose_name=_("category")
    )
    claim = models.ForeignKey(
        Claim,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="subscriptions",
        verbose_name=_("claim"),
    )

    on_due_30 = models.BooleanField(_("due in 30 days"), default=True)
    on_due_7 = models.BooleanField(_("due in 7 days"), default=True)
    on_overdue = models.BooleanField(_("overdue"), default=True)
    on_missed = models.BooleanField(_("missed"), default=True)
    on_slipped = models.BooleanField(_("slipped"), default=True)
    on_fulfilled = models.BooleanField(_("fulfilled"), default=True)
    on_evidence = models.BooleanField(_("new evidence to review"), default=False)

    delivery = models.CharField(
        max_length=10,
        choices=Delivery.choices,
        default=Delivery.IMMEDIATE,
        verbose_name=_("delivery"),
    )
    channel = models.CharField(
        max_length=10,
        choices=Channel.choices,
        default=Channel.EMAIL,
        help_text=_("Where alerts go: e-mail, a signed webhook, or a chat service (Apprise URL)."),
        verbose_name=_("channel"),
    )
    active = models.BooleanField(default=True, verbose_name=_("active"))
    created_at = models.DateTimeField(auto_now_add=True, verbose_name=_("created at"))
    unsubscribed_at = models.DateTimeField(
        null=True, blank=True, editable=False, verbose_name=_("unsubscribed at")
    )
    # Double opt-in of a follow from a public page (tracker.services.follow): the nonce the
    # signed link carries, cleared when it is used, so the link confirms once.
    confirmation_nonce = models.CharField(max_length=64, blank=True, editable=False)
    confirmation_requested_at = models.DateTimeField(null=True, blank=True, editable=False)
    confirmed_at = models.DateTimeField(null=True, blank=True, editable=False)

    # Delivery health of a webhook or Apprise endpoint, written only by tracker.services: after
    # ALERT_CHANNEL_PAUSE_AFTER failed attempts in a row it is paused until someone resumes it.
    consecutive_failures = models.PositiveIntegerField(
        default=0, editable=False, verbose_name=_("consecutive failures")
    )
    paused_at = models.DateTimeField(
        null=True, blank=True, editable=False, verbose_name=_("paused at")
    )
    paused_reason = models.CharField(
        max_length=500, blank=True, editable=False, verbose_name=_("paused reason")
    )
    # The language of what this subscription receives (e-mails and chat messages): alerts are
    # rendered under translation.override(language), whatever language the sender runs in.
    language = models.CharField(
        max_length=8,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
        verbose_name=_("language"),
        help_text=_("The language of the alerts this subscription receives."),
    )

    class Meta:
        verbose_name = _("subscription")
        verbose_name_plural = _("subscriptions")
        constraints = [
            models.CheckConstraint(
                condition=~Q(channel="email") | Q(user__isnull=False) | ~Q(email=""),
                name="subscription_has_recipient",
                violation_error_message=_("An e-mail subscription needs a user or an address."),
            ),
            models.CheckConstraint(
                condition=(
                    Q(organisation__isnull=True, claim__isnull=True)
                    | Q(organisation__isnull=True, category="")
                    | Q(claim__isnull=True, category="")
                ),
                name="subscription_one_scope",
                violation_error_message=_(
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
    def awaiting_confirmation(self) -> bool:
        """Followed from a public page and not confirmed yet: sends nothing until then."""
        return self.confirmation_requested_at is not None and self.confirmed_at is None

    @property
    def destination(self) -> str:
        """Where alerts go, safe to show: the address, the webhook URL, or the Apprise URL's
        hint (never the full URL, which holds its credentials)."""
        if self.channel == self.Channel.WEBHOOK:
            webhook = getattr(self, "webhook", None)
            return webhook.url if webhook is not None else gettext("webhook (not set up)")
        if self.channel == self.Channel.APPRISE:
            apprise = getattr(self, "apprise", None)
            return apprise.url_hint if apprise is not None else gettext("Apprise URL (not set up)")
        return self.recipient or gettext("(no address)")

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
            return gettext("claim %(claim)s") % {"claim": self.claim}
        if self.organisation_id:
            return gettext("organisation %(organisation)s") % {"organisation": self.organisation}
        if self.category:
            return gettext("category %(category)s") % {"category": self.get_category_display()}
        return gettext("all claims")

    def clean(self) -> None:
        if self.channel != self.Channel.EMAIL:
            if self.delivery == self.Delivery.DIGEST:
                raise ValidationError({"delivery": _("Daily digests are sent by e-mail only.")})
            self._clean_scope()
            return
        if self.user_id is None and not self.email:
            raise ValidationError({"email": _("Give an e-mail address or choose a user.")})
        if self.user_id and not self.email:
            user = self.user
            if user is not None and not user.email:
                raise ValidationError(
                    {"email": _("User %(user)s has no e-mail address; give one.") % {"user": user}}
                )
        self._clean_scope()

    def _clean_scope(self) -> None:
        scopes = [bool(self.organisation_id), bool(self.category), bool(self.claim_id)]
        if sum(scopes) > 1:
            raise ValidationError(
                _("Follow all claims, one organisation, one category or one claim, not several.")
            )


class WebhookEndpoint(models.Model):
    """Where a webhook subscription POSTs its alerts, and the secrets that sign them.

    Secrets are stored sealed (tracker.services.secrets: Fernet keys from the environment).
    During a rotation's grace period the previous secret signs too, so a receiver can switch
    over without losing a delivery.
    """

    subscription = models.OneToOneField(
        Subscription,
        on_delete=models.CASCADE,
        related_name="webhook",
        primary_key=True,
        verbose_name=_("subscription"),
    )
    url = models.URLField(_("URL"), max_length=1000)
    secret_sealed = models.TextField(editable=False, verbose_name=_("secret sealed"))
    previous_secret_sealed = models.TextField(
        blank=True, editable=False, verbose_name=_("previous secret sealed")
    )
    previous_secret_until = models.DateTimeField(
        null=True, blank=True, editable=False, verbose_name=_("previous secret until")
    )
    secret_rotated_at = models.DateTimeField(
        null=True, blank=True, editable=False, verbose_name=_("secret rotated at")
    )

    class Meta:
        verbose_name = _("webhook endpoint")
        verbose_name_plural = _("webhook endpoints")

    def __str__(self) -> str:
        return self.url


class AppriseTarget(models.Model):
    """Where an Apprise subscription notifies: the URL is a secret (it holds tokens), stored
    sealed and shown only as a hint (scheme and host) once saved."""

    subscription = models.OneToOneField(
        Subscription,
        on_delete=models.CASCADE,
        related_name="apprise",
        primary_key=True,
        verbose_name=_("subscription"),
    )
    url_sealed = models.TextField(editable=False, verbose_name=_("url sealed"))
    url_hint = models.CharField(max_length=200, editable=False, verbose_name=_("url hint"))

    class Meta:
        verbose_name = _("Apprise target")
        verbose_name_plural = _("Apprise targets")

    def __str__(self) -> str:
        return self.url_hint


class ClaimSnooze(models.Model):
    """An editor's pause on a claim's alerts, with a reason. Alerts made meanwhile are kept as
    suppressed, so the record shows what was not sent and why."""

    claim = models.ForeignKey(
        Claim, on_delete=models.CASCADE, related_name="snoozes", verbose_name=_("claim")
    )
    until = models.DateField(
        help_text=_("Alerts resume the day after this date."), verbose_name=_("until")
    )
    reason = models.CharField(max_length=300, verbose_name=_("reason"))
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("created by"),
    )
    created_at = models.DateTimeField(auto_now_add=True, verbose_name=_("created at"))

    class Meta:
        verbose_name = _("claim snooze")
        verbose_name_plural = _("claim snoozes")
        ordering = ["-until"]

    def __str__(self) -> str:
        return f"{self.claim} snoozed until {self.until}: {self.reason}"


class Alert(models.Model):
    """One message owed to one subscription (by its channel) about one event of one claim."""

    class State(models.TextChoices):
        PENDING = "pending", _("pending")
        SENT = "sent", _("sent")
        FAILED = "failed", _("failed (gave up)")
        SUPPRESSED = "suppressed", _("suppressed (claim snoozed)")

    subscription = models.ForeignKey(
        Subscription,
        on_delete=models.CASCADE,
        related_name="alerts",
        verbose_name=_("subscription"),
    )
    claim = models.ForeignKey(
        Claim, on_delete=models.CASCADE, related_name="alerts", verbose_name=_("claim")
    )
    event = models.CharField(max_length=20, choices=AlertEvent.choices, verbose_name=_("event"))
    revision = models.ForeignKey(
        DeadlineRevision,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("revision"),
    )
    evidence = models.ForeignKey(
        Evidence,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("evidence"),
    )
    status_event = models.ForeignKey(
        StatusEvent, on_delete=models.CASCADE, related_name="alerts", verbose_name=_("status event")
    )
    # What the alert says beyond its event: "revision:<id>" for a deadline event, "source:<id>"
    # for evidence. Two events that would say the same thing share a key and make one alert
    # (see tracker.services.alerts.alert_content_key).
    content_key = models.CharField(max_length=64, editable=False, verbose_name=_("content key"))
    digest = models.BooleanField(
        default=False, help_text=_("Delivered in the daily digest."), verbose_name=_("digest")
    )
    state = models.CharField(
        max_length=20, choices=State.choices, default=State.PENDING, verbose_name=_("state")
    )
    attempts = models.PositiveIntegerField(default=0, verbose_name=_("attempts"))
    last_error = models.CharField(max_length=500, blank=True, verbose_name=_("last error"))
    # Webhook and Apprise deliveries that failed for now are tried again from this time on
    # (backoff, or the receiver's Retry-After); None means as soon as possible.
    next_attempt_at = models.DateTimeField(null=True, blank=True, verbose_name=_("next attempt at"))
    created_at = models.DateTimeField(auto_now_add=True, verbose_name=_("created at"))
    sent_at = models.DateTimeField(null=True, blank=True, verbose_name=_("sent at"))

    class Meta:
        verbose_name = _("alert")
        verbose_name_plural = _("alerts")
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


class FanOutMark(models.Model):
    """A ledger event whose alerts are queued: written once, with the alerts, by the fan-out.

    Kept apart from the event so that the event table is only ever inserted into; the mark's
    key is the event, so a second fan-out of the same event finds the mark and makes nothing.
    """

    event = models.OneToOneField(
        StatusEvent,
        primary_key=True,
        on_delete=models.CASCADE,
        related_name="fan_out_mark",
        verbose_name=_("status event"),
    )
    queued_at = models.DateTimeField(verbose_name=_("alerts queued at"))

    class Meta:
        verbose_name = _("fan-out mark")
        verbose_name_plural = _("fan-out marks")
        triggers = [
            # Insert-only: a mark lifted would let the event's alerts be made again.
            pgtrigger.Protect(
                name="fan_out_mark_insert_only", operation=pgtrigger.Update | pgtrigger.Delete
            ),
        ]

    def __str__(self) -> str:
        return f"event {self.event_id}: alerts queued at {self.queued_at}"


class Feed(models.Model):
    """An RSS or Atom feed the news watch polls, with its polling state."""

    url = models.URLField(_("URL"), max_length=1000, unique=True)
    title = models.CharField(
        max_length=300,
        blank=True,
        help_text=_("Filled from the feed if empty."),
        verbose_name=_("title"),
    )
    organisations = models.ManyToManyField(
        Organisation,
        blank=True,
        related_name="feeds",
        help_text=_(
            "Organisations this feed is about (e.g. a vendor's own newsroom): their claims "
            "may match its items even when an item does not name them."
        ),
        verbose_name=_("organisations"),
    )
    keywords = models.TextField(
        blank=True,
        help_text=_(
            "Extra words, comma-separated, that count like a claim's keywords for claims "
            "of this feed's organisations."
        ),
        verbose_name=_("keywords"),
    )
    language = models.CharField(
        max_length=8,
        blank=True,
        help_text=_("Items' language when the feed does not say (en, fr)."),
        verbose_name=_("language"),
    )
    enabled = models.BooleanField(default=True, verbose_name=_("enabled"))
    interval_minutes = models.PositiveIntegerField(
        default=60,
        help_text=_("Minutes between polls while the feed works."),
        verbose_name=_("interval minutes"),
    )

    # Polling state, written only by tracker.services (feed_poll, feeds_claim_due).
    etag = models.CharField(_("ETag"), max_length=500, blank=True, editable=False)
    last_modified = models.CharField(
        max_length=100, blank=True, editable=False, verbose_name=_("last modified")
    )
    last_polled_at = models.DateTimeField(
        null=True, blank=True, editable=False, verbose_name=_("last polled at")
    )
    last_success_at = models.DateTimeField(
        null=True, blank=True, editable=False, verbose_name=_("last success at")
    )
    last_error_at = models.DateTimeField(
        null=True, blank=True, editable=False, verbose_name=_("last error at")
    )
    last_error = models.CharField(
        max_length=1000, blank=True, editable=False, verbose_name=_("last error")
    )
    consecutive_failures = models.PositiveIntegerField(
        default=0, editable=False, verbose_name=_("consecutive failures")
    )
    next_poll_at = models.DateTimeField(
        default=timezone.now, editable=False, verbose_name=_("next poll at")
    )
    # Set while one worker polls the feed; a second poll of the same feed is skipped.
    polling_since = models.DateTimeField(
        null=True, blank=True, editable=False, verbose_name=_("polling since")
    )
    # Flood control (tracker.services.news): matches of this feed's items that added no
    # evidence candidate, counted since the feed was created; each item says why.
    candidates_collapsed = models.PositiveIntegerField(
        default=0,
        editable=False,
        help_text=_("Matches folded into evidence already recorded (near-duplicate titles)."),
        verbose_name=_("candidates collapsed"),
    )
    candidates_held_back = models.PositiveIntegerField(
        default=0,
        editable=False,
        help_text=_(
            "Matches held back by the caps on new candidates (per feed and run, per claim and day)."
        ),
        verbose_name=_("candidates held back"),
    )
    created_at = models.DateTimeField(auto_now_add=True, verbose_name=_("created at"))

    class Meta:
        verbose_name = _("feed")
        verbose_name_plural = _("feeds")
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

    feed = models.ForeignKey(
        Feed, on_delete=models.CASCADE, related_name="items", verbose_name=_("feed")
    )
    # The entry's GUID; without one, its canonical link; without either, "sha256:" + a hash of
    # title and summary.
    guid = models.CharField(_("GUID"), max_length=1000)
    link = models.URLField(max_length=1000, blank=True, verbose_name=_("link"))
    title = models.CharField(max_length=500, blank=True, verbose_name=_("title"))
    summary = models.TextField(blank=True, verbose_name=_("summary"))
    # None when the feed gave no date, or one we do not believe (in the future, or before 1995).
    published_at = models.DateTimeField(null=True, blank=True, verbose_name=_("published at"))
    language = models.CharField(max_length=8, blank=True, verbose_name=_("language"))
    # Title and summary, lower case without accents: what the matcher reads. On PostgreSQL a
    # generated tsvector column (english + french) with a GIN index is derived from it
    # (migration 0003), invisible to Django.
    search_text = models.TextField(blank=True, editable=False, verbose_name=_("search text"))
    fetched_at = models.DateTimeField(
        default=timezone.now, editable=False, verbose_name=_("fetched at")
    )
    matched_at = models.DateTimeField(
        null=True, blank=True, editable=False, verbose_name=_("matched at")
    )
    # Matches that became no candidate, and why (near-duplicate, cap), one per line. A default
    # in the database too: tracker.feeds inserts items with its own SQL on PostgreSQL.
    held_back = models.TextField(
        blank=True, db_default="", editable=False, verbose_name=_("held back")
    )
    source = models.ForeignKey(
        Source,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="news_items",
        help_text=_("The ledger source made from this item when it became evidence."),
        verbose_name=_("source"),
    )

    class Meta:
        verbose_name = _("news item")
        verbose_name_plural = _("news items")
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
        return self.day_observed(self.published_at, self.fetched_at)

    @staticmethod
    def day_observed(published_at, fetched_at):
        """`observed_on` from the two columns, for items read as plain rows."""
        return timezone.localdate(published_at or fetched_at)


class EvidenceReview(Evidence):
    """Evidence seen from the news watch's side: the editors' review queue (admin only)."""

    class Meta:
        proxy = True
        verbose_name = _("evidence to review")
        verbose_name_plural = _("evidence to review")
