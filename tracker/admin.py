"""Subscriptions, snoozes and the alert log in the admin (the schedule is django-celery-beat's)."""

from typing import Any

from django import forms
from django.conf import settings
from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import URLPattern, path, reverse
from django.utils import timezone
from django.utils.html import format_html

from claims.admin import URL_FIELDS_ASSUME_HTTPS, ReadOnlyAdminMixin
from claims.admin.common import shortened, window_in_words
from claims.models import Evidence

from .models import Alert, AlertEvent, ClaimSnooze, EvidenceReview, Feed, NewsItem, Subscription
from .services import (
    evidence_review_bulk,
    subscription_channel_update,
    subscription_create,
    subscription_resume,
    subscription_test,
    webhook_secret_rotate,
)
from .services.channels import apprise_url_check, webhook_secret_check, webhook_url_check


class PausedFilter(admin.SimpleListFilter):
    title = "endpoint"
    parameter_name = "endpoint"

    def lookups(self, request, model_admin):
        return [("paused", "paused"), ("failing", "failing, not paused")]

    def queryset(self, request, queryset):
        if self.value() == "paused":
            return queryset.filter(paused_at__isnull=False)
        if self.value() == "failing":
            return queryset.filter(paused_at__isnull=True, consecutive_failures__gt=0)
        return queryset


class SubscriptionForm(forms.ModelForm):
    """A subscription with its channel. Channel secrets are never form values shown back: the
    webhook secret is set here or generated, then shown once; the Apprise URL is write-only."""

    webhook_url = forms.URLField(
        label="Webhook URL", required=False, max_length=1000, assume_scheme="https"
    )
    secret = forms.CharField(
        label="Webhook secret",
        required=False,
        widget=forms.PasswordInput(render_value=False),
        help_text="whsec_...; leave empty to generate one (shown once, after saving).",
    )
    apprise_url = forms.CharField(
        label="Apprise URL",
        required=False,
        max_length=2000,
        widget=forms.PasswordInput(render_value=False),
        help_text="slack://, ntfys://, msteams://, json://... Stored encrypted and never shown "
        "again; on an existing subscription, leave empty to keep the current one.",
    )

    class Meta:
        model = Subscription
        fields = [
            "user",
            "email",
            "channel",
            "organisation",
            "category",
            "claim",
            *[f"on_{event}" for event in AlertEvent.values],
            "delivery",
            "language",
            "active",
        ]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        webhook = getattr(self.instance, "webhook", None) if self.instance.pk else None
        if webhook is not None:
            self.fields["webhook_url"].initial = webhook.url
        if self.instance.pk and "channel" in self.fields:
            self.fields["channel"].disabled = True
        if "language" in self.fields:  # left out: the site's language, as the services do
            self.fields["language"].required = False

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if "language" in self.fields and not data.get("language"):
            data["language"] = self.instance.language = settings.LANGUAGE_CODE
        if data.get("active") and self.instance.awaiting_confirmation:
            # The database refuses it too (subscription_confirmed_before_active); saying so
            # here keeps it a message instead of an error page.
            self.add_error(
                "active",
                "This address has not confirmed yet: the follow becomes active when its "
                "owner clicks the link in the confirmation e-mail.",
            )
        channel = data.get("channel") or self.instance.channel
        adding = self.instance.pk is None
        try:
            if channel == Subscription.Channel.WEBHOOK:
                if data.get("webhook_url"):
                    data["webhook_url"] = webhook_url_check(data["webhook_url"])
                elif adding:
                    self.add_error("webhook_url", "A webhook subscription needs its URL.")
                if data.get("secret"):
                    data["secret"] = webhook_secret_check(data["secret"])
            elif channel == Subscription.Channel.APPRISE:
                if data.get("apprise_url"):
                    data["apprise_url"] = apprise_url_check(data["apprise_url"])
                elif adding:
                    self.add_error("apprise_url", "An Apprise subscription needs its URL.")
        except ValidationError as error:
            for field, messages in error.message_dict.items():
                for message in messages:
                    self.add_error(field if field in self.fields else None, message)
        return data


@admin.register(Subscription)
class SubscriptionAdmin(admin.ModelAdmin):
    form = SubscriptionForm
    list_display = ["destination", "channel", "scope", "delivery", "active", "health", "created_at"]
    list_filter = ["channel", "active", "delivery", "category", PausedFilter]
    search_fields = ["email", "user__username", "user__email", "webhook__url", "apprise__url_hint"]
    autocomplete_fields = ["user", "organisation", "claim"]
    list_select_related = ["user", "webhook", "apprise", "organisation", "claim"]
    readonly_fields = [
        "unsubscribed_at",
        "apprise_hint",
        "consecutive_failures",
        "paused_at",
        "paused_reason",
        "secret_rotated",
    ]
    actions = ["send_test_message", "resume", "rotate_webhook_secret"]
    change_form_template = "admin/tracker/subscription/change_form.html"
    fieldsets = [
        ("Who", {"fields": ["user", "email"]}),
        (
            "Channel (e-mail needs a user or an address; a webhook its URL; Apprise its URL)",
            {
                "fields": [
                    "channel",
                    "webhook_url",
                    "secret",
                    "secret_rotated",
                    "apprise_url",
                    "apprise_hint",
                ]
            },
        ),  # fmt: skip
        (
            "Follows (leave all empty for every claim; set at most one)",
            {"fields": ["organisation", "category", "claim"]},
        ),
        (
            "Events",
            {
                "fields": [
                    "on_due_30",
                    "on_due_7",
                    "on_overdue",
                    "on_missed",
                    "on_slipped",
                    "on_fulfilled",
                    "on_evidence",
                ]
            },
        ),
        ("Delivery", {"fields": ["delivery", "language", "active", "unsubscribed_at"]}),
        ("Endpoint health", {"fields": ["consecutive_failures", "paused_at", "paused_reason"]}),
    ]

    @admin.display(description="follows")
    def scope(self, subscription: Subscription) -> str:
        return subscription.scope_display

    @admin.display(description="health")
    def health(self, subscription: Subscription) -> str:
        if subscription.awaiting_confirmation:
            return "waiting for the address to confirm"
        if subscription.paused:
            return f"paused: {subscription.paused_reason}"
        if subscription.consecutive_failures:
            return f"failing ({subscription.consecutive_failures} in a row)"
        return "ok"

    @admin.display(description="Apprise URL (saved)")
    def apprise_hint(self, subscription: Subscription) -> str:
        target = getattr(subscription, "apprise", None)
        return target.url_hint if target is not None else "—"

    @admin.display(description="secret last rotated")
    def secret_rotated(self, subscription: Subscription) -> str:
        webhook = getattr(subscription, "webhook", None)
        if webhook is None or webhook.secret_rotated_at is None:
            return "—"
        return f"{webhook.secret_rotated_at:%Y-%m-%d %H:%M}"

    def save_model(self, request: HttpRequest, obj: Subscription, form: Any, change: bool) -> None:
        data = form.cleaned_data
        if change:
            obj.save()  # scope, events, delivery: validated by the form, no consequences
            subscription_channel_update(
                subscription=obj,
                webhook_url=data.get("webhook_url") or "",
                apprise_url=data.get("apprise_url") or "",
            )
            return
        created = subscription_create(
            channel=obj.channel,
            user=obj.user,
            email=obj.email,
            webhook_url=data.get("webhook_url") or "",
            secret=data.get("secret") or "",
            apprise_url=data.get("apprise_url") or "",
            claim=obj.claim,
            organisation=obj.organisation,
            category=obj.category,
            delivery=obj.delivery,
            events={event: getattr(obj, f"on_{event}") for event in AlertEvent.values},
            language=obj.language,
        )
        obj.pk, obj.created_at = created.subscription.pk, created.subscription.created_at
        obj._state.adding = False
        if created.secret:
            self._show_secret(request, created.secret)

    def _show_secret(self, request: HttpRequest, secret: str) -> None:
        self.message_user(
            request,
            f"The webhook's signing secret, shown this once (give it to the receiver): {secret}",
            messages.WARNING,
        )

    @admin.action(description="Send a test message to the selected subscriptions")
    def send_test_message(self, request: HttpRequest, queryset: QuerySet[Subscription]) -> None:
        for subscription in queryset.select_related("user", "webhook", "apprise"):
            result = subscription_test(subscription=subscription)
            if result.sent:
                self.message_user(request, f"Test message sent to {subscription.destination}.")
            else:
                self.message_user(
                    request,
                    f"Test message to {subscription.destination} failed: {result.reason}",
                    messages.ERROR,
                )

    @admin.action(description="Resume the selected paused endpoints", permissions=["change"])
    def resume(self, request: HttpRequest, queryset: QuerySet[Subscription]) -> None:
        paused = list(queryset.filter(paused_at__isnull=False))
        for subscription in paused:
            subscription_resume(subscription=subscription)
        self.message_user(request, f"{len(paused)} endpoint(s) resumed; owed alerts go out now.")

    @admin.action(description="Rotate the selected webhooks' secrets", permissions=["change"])
    def rotate_webhook_secret(self, request: HttpRequest, queryset: QuerySet[Subscription]) -> None:
        for subscription in queryset.filter(channel=Subscription.Channel.WEBHOOK):
            secret = webhook_secret_rotate(subscription=subscription)
            self.message_user(
                request,
                f"New secret for {subscription.destination}, shown this once (the previous one "
                f"signs too for {settings.ALERT_WEBHOOK_ROTATION_GRACE_HOURS} h): {secret}",
                messages.WARNING,
            )

    def get_urls(self) -> list[URLPattern]:
        resume = path(
            "<int:object_id>/resume/",
            self.admin_site.admin_view(self.resume_view),
            name="tracker_subscription_resume",
        )
        return [resume, *super().get_urls()]

    def resume_view(self, request: HttpRequest, object_id: int) -> HttpResponse:
        """The "Resume" button on a paused subscription's page (POST only)."""
        subscription = self.get_object(request, str(object_id))
        if subscription is None or not self.has_change_permission(request, subscription):
            raise PermissionDenied
        if request.method == "POST":
            subscription_resume(subscription=subscription)
            self.message_user(request, "Endpoint resumed; owed alerts go out now.")
        return redirect("admin:tracker_subscription_change", object_id)


@admin.register(ClaimSnooze)
class ClaimSnoozeAdmin(admin.ModelAdmin):
    list_display = ["claim", "until", "reason", "created_by", "created_at"]
    autocomplete_fields = ["claim"]
    readonly_fields = ["created_by"]

    def save_model(self, request, obj, form, change):
        if not change:
            obj.created_by = request.user
        super().save_model(request, obj, form, change)


@admin.register(Alert)
class AlertAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    """The alert log: what was owed to whom, and whether it went out."""

    list_display = [
        "claim",
        "event",
        "recipient",
        "channel",
        "digest",
        "state",
        "attempts",
        "next_attempt_at",
        "sent_at",
        "last_error",
    ]
    list_filter = ["state", "event", "digest", "subscription__channel"]
    list_select_related = [
        "claim",
        "subscription__user",
        "subscription__webhook",
        "subscription__apprise",
    ]
    search_fields = ["claim__statement", "subscription__email", "last_error"]

    @admin.display(description="to")
    def recipient(self, alert: Alert) -> str:
        return alert.subscription.destination

    @admin.display(description="channel")
    def channel(self, alert: Alert) -> str:
        return alert.subscription.get_channel_display()


# ---------------------------------------------------------------------------------------
# News watch: feeds, their items, and the review queue of the evidence they produce.
# ---------------------------------------------------------------------------------------


class FeedHealthFilter(admin.SimpleListFilter):
    title = "health"
    parameter_name = "health"

    def lookups(self, request, model_admin):
        return [("failing", "failing"), ("ok", "working")]

    def queryset(self, request, queryset):
        if self.value() == "failing":
            return queryset.filter(consecutive_failures__gt=0)
        if self.value() == "ok":
            return queryset.filter(consecutive_failures=0)
        return queryset


# The poller's state: shown to editors, written only by the poller. A tuple, as the stubs
# accept for both readonly_fields and a fieldset's fields.
POLLING_FIELDS = (
    "last_error",
    "last_error_at",
    "consecutive_failures",
    "last_polled_at",
    "last_success_at",
    "next_poll_at",
    "etag",
    "last_modified",
    "item_count",
)
# Flood control: matches of the feed's items that added no candidate (tracker.services.news).
FLOOD_FIELDS = ("candidates_collapsed", "candidates_held_back", "held_back_items")


@admin.register(Feed)
class FeedAdmin(admin.ModelAdmin):
    formfield_overrides = URL_FIELDS_ASSUME_HTTPS
    list_display = [
        "__str__",
        "enabled",
        "health",
        "last_success_at",
        "next_poll_at",
        "consecutive_failures",
        "candidates_collapsed",
        "candidates_held_back",
        "last_error",
    ]
    list_filter = ["enabled", FeedHealthFilter]
    search_fields = ["url", "title", "last_error"]
    filter_horizontal = ["organisations"]
    actions = ["poll_now", "enable", "disable"]
    readonly_fields = POLLING_FIELDS + FLOOD_FIELDS
    fieldsets = [
        (None, {"fields": ["url", "title", "enabled", "interval_minutes", "language"]}),
        ("Matching", {"fields": ["organisations", "keywords"]}),
        (
            "Flood control",
            {
                "fields": FLOOD_FIELDS,
                "description": "Matches that added no evidence candidate: near-duplicates of "
                "evidence already recorded, and those over the caps on new candidates.",
            },
        ),
        ("Polling", {"fields": POLLING_FIELDS}),
    ]

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name == "url":
            kwargs["assume_scheme"] = "https"
        return super().formfield_for_dbfield(db_field, request, **kwargs)

    @admin.display(description="health")
    def health(self, feed: Feed) -> str:
        if not feed.last_polled_at:
            return "not polled yet"
        if feed.failing:
            return f"failing ({feed.consecutive_failures} in a row)"
        return "ok"

    @admin.display(description="items stored")
    def item_count(self, feed: Feed) -> int:
        return feed.items.count()

    @admin.display(description="items with matches held back")
    def held_back_items(self, feed: Feed) -> str:
        count = feed.items.exclude(held_back="").count()
        if not count:
            return "none"
        url = reverse("admin:tracker_newsitem_changelist")
        return format_html(
            '<a href="{}?feed__id__exact={}&amp;held_back=yes">{} item(s)</a>', url, feed.pk, count
        )

    @admin.action(description="Poll the selected feeds now", permissions=["change"])
    def poll_now(self, request, queryset) -> None:
        from .tasks import poll_feed_task

        ids = list(queryset.values_list("pk", flat=True))
        for feed_id in ids:
            # After commit: the task must not start before the request's transaction ends.
            poll_feed_task.delay_on_commit(feed_id)
        self.message_user(
            request,
            f"Polling queued for {len(ids)} feed(s); refresh in a moment to see the outcome.",
            messages.SUCCESS,
        )

    @admin.action(description="Enable the selected feeds", permissions=["change"])
    def enable(self, request, queryset) -> None:
        count = queryset.update(enabled=True, next_poll_at=timezone.now())
        self.message_user(request, f"{count} feed(s) enabled; polled at the next round.")

    @admin.action(description="Disable the selected feeds", permissions=["change"])
    def disable(self, request, queryset) -> None:
        count = queryset.update(enabled=False)
        self.message_user(request, f"{count} feed(s) disabled.")


class HeldBackFilter(admin.SimpleListFilter):
    title = "matches held back"
    parameter_name = "held_back"

    def lookups(self, request, model_admin):
        return [("yes", "some held back"), ("no", "none held back")]

    def queryset(self, request, queryset):
        if self.value() == "yes":
            return queryset.exclude(held_back="")
        if self.value() == "no":
            return queryset.filter(held_back="")
        return queryset


@admin.register(NewsItem)
class NewsItemAdmin(admin.ModelAdmin):
    formfield_overrides = URL_FIELDS_ASSUME_HTTPS
    """What the feeds brought in; read-only (items are stored by the poll)."""

    list_display = [
        "title",
        "feed",
        "published_at",
        "language",
        "matched_at",
        "evidence_source",
        "held_back",
    ]
    list_filter = ["feed", "language", HeldBackFilter]
    list_select_related = ["feed", "source"]
    search_fields = ["title", "summary", "guid", "link"]
    date_hierarchy = "fetched_at"

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    @admin.display(description="source")
    def evidence_source(self, item: NewsItem) -> str:
        source = item.source if item.source_id else None
        if source is None:
            return "—"
        url = reverse("admin:claims_source_change", args=[item.source_id])
        return format_html('<a href="{}">{}</a>', url, source.title[:60])


class ConfirmEvidenceForm(forms.Form):
    fulfilled_on = forms.DateField(
        required=False,
        label="Fulfilment date",
        help_text="Leave empty to use each item's own date.",
        widget=forms.DateInput(attrs={"type": "date"}),
    )


@admin.register(EvidenceReview)
class EvidenceReviewAdmin(admin.ModelAdmin):
    """The editors' queue: evidence candidates, oldest first, confirmed or rejected in bulk.

    A delay whose item gives a new date shows the window the news watch read from it;
    confirming (or "Accept the proposed new deadline") records that restatement through
    claims.services.evidence_review, in the review's transaction. Rejecting leaves the
    claim as it is."""

    list_display = [
        "claim_short",
        "kind",
        "proposal",
        "observed_on",
        "source_link",
        "score",
        "why_short",
    ]
    list_display_links = ["claim_short"]
    list_filter = ["kind", "claim__promiser"]
    list_select_related = ["claim__promiser", "source"]
    search_fields = ["claim__subject", "claim__statement", "summary", "source__title"]
    ordering = ["observed_on", "id"]
    actions = ["confirm", "accept_proposal", "reject"]

    class Media:
        css = {"all": ["claims/admin.css"]}

    # A tuple: the stubs type fields and readonly_fields differently, and only a tuple is both.
    fields = readonly_fields = (
        "claim",
        "source",
        "observed_on",
        "kind",
        "summary",
        "why",
        "score",
        "deadline_text",
        "proposal",
    )

    def get_queryset(self, request):
        return super().get_queryset(request).filter(state=Evidence.State.CANDIDATE)

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    @admin.display(description="source")
    def source_link(self, evidence: Evidence) -> str:
        if evidence.source.url:
            return format_html(
                '<a href="{}" rel="noopener noreferrer">{}</a>',
                evidence.source.url,
                shortened(evidence.source.title, 60),
            )
        return shortened(evidence.source.title, 60)

    @admin.display(description="claim", ordering="claim__statement")
    def claim_short(self, evidence: Evidence) -> str:
        claim = evidence.claim
        return f"{shortened(claim.statement, 70)} ({claim.promiser.name})"

    @admin.display(description="proposed new deadline")
    def proposal(self, evidence: Evidence) -> str:
        if not evidence.has_proposal:
            return f"{evidence.deadline_text!r}" if evidence.deadline_text else "—"
        return format_html(
            "<strong>{}</strong><br><small>{}</small>",
            window_in_words(evidence.proposed_start, evidence.proposed_end),
            f"from {evidence.deadline_text!r}, stated {evidence.observed_on:%Y-%m-%d}",
        )

    @admin.display(description="why")
    def why_short(self, evidence: Evidence) -> str:
        return shortened(evidence.why, 160)

    @admin.action(description="Confirm the selected evidence", permissions=["change"])
    def confirm(self, request, queryset):
        fulfilments = queryset.filter(kind=Evidence.Kind.FULFILMENT)
        form = ConfirmEvidenceForm(request.POST if "apply" in request.POST else None)
        if fulfilments.exists() and not form.is_bound:
            # Fulfilments record a date on the claim: ask for it (empty = each item's date).
            return TemplateResponse(
                request,
                "admin/tracker/evidencereview/confirm.html",
                {
                    **self.admin_site.each_context(request),
                    "opts": self.model._meta,
                    "title": "Confirm evidence",
                    "evidence": queryset,
                    "proposals": self._proposals(queryset),
                    "form": form,
                    "action": "confirm",
                    "action_checkbox_name": helpers.ACTION_CHECKBOX_NAME,
                },
            )
        if form.is_bound and not form.is_valid():
            self.message_user(request, "The fulfilment date is not a date.", messages.ERROR)
            return None
        fulfilled_on = form.cleaned_data.get("fulfilled_on") if form.is_bound else None
        self._review(request, queryset, Evidence.State.CONFIRMED, fulfilled_on)
        return None

    @admin.action(description="Accept the proposed new deadline (restate)", permissions=["change"])
    def accept_proposal(self, request, queryset) -> None:
        proposals = queryset.filter(kind=Evidence.Kind.DELAY).exclude(
            proposed_start__isnull=True, proposed_end__isnull=True
        )
        skipped = queryset.count() - proposals.count()
        if skipped:
            self.message_user(
                request,
                f"{skipped} selected item(s) propose no new deadline: left in the queue "
                "(confirm or reject them).",
                messages.WARNING,
            )
        self._review(request, proposals, Evidence.State.CONFIRMED, None)

    @staticmethod
    def _proposals(queryset) -> list[str]:
        """The restatements confirming these items records, in words, for the confirm page."""
        delays = queryset.filter(kind=Evidence.Kind.DELAY).select_related("claim__promiser")
        return [
            f"{shortened(item.claim.statement, 80)} ({item.claim.promiser.name}): "
            f"{window_in_words(item.proposed_start, item.proposed_end)}, "
            f"from {item.deadline_text!r}"
            for item in delays
            if item.has_proposal
        ]

    @admin.action(description="Reject the selected evidence", permissions=["change"])
    def reject(self, request, queryset) -> None:
        self._review(request, queryset, Evidence.State.REJECTED, None)

    def _review(self, request, queryset, state: str, fulfilled_on) -> None:
        report = evidence_review_bulk(
            evidence=queryset.select_related("claim", "source"),
            state=state,
            actor=request.user,
            fulfilled_on=fulfilled_on,
        )
        verb = "confirmed" if state == Evidence.State.CONFIRMED else "rejected"
        if report.reviewed:
            self.message_user(request, f"{report.reviewed} evidence item(s) {verb}.")
        for error in report.errors:
            self.message_user(request, f"Not {verb}: {error}", messages.ERROR)
