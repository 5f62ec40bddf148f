"""Subscriptions and their channels: creating them (with a webhook secret shown once or a
sealed Apprise URL), rotating a webhook's secret, pausing an endpoint that keeps failing and
resuming it, and sending a test message."""

from __future__ import annotations

import datetime as dt
import logging
import uuid
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db import transaction
from django.db.models import F
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext

from claims.links import absolute
from claims.models import Claim, Organisation
from claims.services import User, saved_user

from ..models import Alert, AppriseTarget, Subscription, WebhookEndpoint
from .alert_content import single_line
from .channels import (
    Delivery,
    apprise_deliver,
    apprise_url_check,
    apprise_url_hint,
    webhook_deliver,
    webhook_secret_check,
    webhook_secret_new,
    webhook_url_check,
)
from .secrets import reseal, seal

logger = logging.getLogger(__name__)


@dataclass
class NewSubscription:
    subscription: Subscription
    secret: str = ""  # a webhook's signing secret: returned here once, never again


@transaction.atomic
def subscription_create(
    *,
    channel: str = Subscription.Channel.EMAIL,
    user: User | None = None,
    email: str = "",
    webhook_url: str = "",
    secret: str = "",
    apprise_url: str = "",
    claim: Claim | None = None,
    organisation: Organisation | None = None,
    category: str = "",
    delivery: str = Subscription.Delivery.IMMEDIATE,
    events: dict[str, bool] | None = None,
    language: str = "",
) -> NewSubscription:
    """Record a subscription on one channel.

    A webhook gets a new whsec_ secret unless one is given; it comes back in the result once.
    An Apprise URL is checked (understood by Apprise, an allowed scheme) and stored sealed.
    `language` (one of settings.LANGUAGES) is what its e-mails and chat messages are written
    in; empty means the site's default, settings.LANGUAGE_CODE.
    """
    subscription = Subscription(
        channel=channel,
        user=saved_user(user),
        email=email if channel == Subscription.Channel.EMAIL else "",
        claim=claim,
        organisation=organisation,
        category=category,
        delivery=delivery,
        language=language or settings.LANGUAGE_CODE,
        **{f"on_{event}": value for event, value in (events or {}).items()},
    )
    if channel == Subscription.Channel.WEBHOOK:
        webhook_url = webhook_url_check(webhook_url)
        secret = webhook_secret_check(secret) if secret else webhook_secret_new()
    elif channel == Subscription.Channel.APPRISE:
        apprise_url = apprise_url_check(apprise_url)
    subscription.full_clean()
    subscription.save()
    if channel == Subscription.Channel.WEBHOOK:
        WebhookEndpoint.objects.create(
            subscription=subscription, url=webhook_url, secret_sealed=seal(secret)
        )
        return NewSubscription(subscription, secret=secret)
    if channel == Subscription.Channel.APPRISE:
        AppriseTarget.objects.create(
            subscription=subscription,
            url_sealed=seal(apprise_url),
            url_hint=apprise_url_hint(apprise_url),
        )
    return NewSubscription(subscription)


@transaction.atomic
def subscription_channel_update(
    *, subscription: Subscription, webhook_url: str = "", apprise_url: str = ""
) -> Subscription:
    """Point a webhook at a new URL, or replace an Apprise URL; empty values keep what is
    stored. The webhook's secret is kept (rotate it with webhook_secret_rotate)."""
    if webhook_url and subscription.channel == Subscription.Channel.WEBHOOK:
        WebhookEndpoint.objects.filter(subscription=subscription).update(
            url=webhook_url_check(webhook_url)
        )
    if apprise_url and subscription.channel == Subscription.Channel.APPRISE:
        apprise_url = apprise_url_check(apprise_url)
        AppriseTarget.objects.update_or_create(
            subscription=subscription,
            defaults={"url_sealed": seal(apprise_url), "url_hint": apprise_url_hint(apprise_url)},
        )
    return subscription


@transaction.atomic
def webhook_secret_rotate(
    *, subscription: Subscription, secret: str = "", grace: dt.timedelta | None = None
) -> str:
    """Give a webhook a new secret (the one given, or a new one), returned once. The previous
    secret keeps signing (beside the new one) for the grace period, so the receiver can switch."""
    endpoint = WebhookEndpoint.objects.select_for_update().get(subscription=subscription)
    secret = webhook_secret_check(secret) if secret else webhook_secret_new()
    grace = grace or dt.timedelta(hours=settings.ALERT_WEBHOOK_ROTATION_GRACE_HOURS)
    now = timezone.now()
    endpoint.previous_secret_sealed = endpoint.secret_sealed
    endpoint.previous_secret_until = now + grace
    endpoint.secret_sealed = seal(secret)
    endpoint.secret_rotated_at = now
    endpoint.save()
    return secret


def channel_secrets_reseal() -> int:
    """Seal every stored channel secret again with the first key (after adding a new key)."""
    count = 0
    for endpoint in WebhookEndpoint.objects.all():
        endpoint.secret_sealed = reseal(endpoint.secret_sealed)
        if endpoint.previous_secret_sealed:
            endpoint.previous_secret_sealed = reseal(endpoint.previous_secret_sealed)
        endpoint.save(update_fields=["secret_sealed", "previous_secret_sealed"])
        count += 1
    for target in AppriseTarget.objects.all():
        target.url_sealed = reseal(target.url_sealed)
        target.save(update_fields=["url_sealed"])
        count += 1
    return count


def subscription_record_failure(*, subscription_id: int, reason: str) -> bool:
    """Count a failed delivery attempt on an endpoint; pause it after
    settings.ALERT_CHANNEL_PAUSE_AFTER in a row. Returns whether this failure paused it."""
    Subscription.objects.filter(pk=subscription_id).update(
        consecutive_failures=F("consecutive_failures") + 1
    )
    paused = Subscription.objects.filter(
        pk=subscription_id,
        paused_at__isnull=True,
        consecutive_failures__gte=settings.ALERT_CHANNEL_PAUSE_AFTER,
    ).update(paused_at=timezone.now(), paused_reason=reason[:500])
    if paused:
        # Told once the pause is committed: a rolled-back dispatch paused nothing.
        transaction.on_commit(lambda: _tell_paused(subscription_id))
    return bool(paused)


def subscription_record_success(*, subscription_id: int) -> None:
    Subscription.objects.filter(pk=subscription_id, consecutive_failures__gt=0).update(
        consecutive_failures=0
    )


def _pause_notice_recipients(subscription: Subscription) -> list[str]:
    """The subscriber's own address, else the editors'."""
    if subscription.user is not None and subscription.user.email:
        return [subscription.user.email]
    if subscription.email:
        return [subscription.email]
    editors = get_user_model().objects.filter(groups__name="Editors", is_active=True, email__gt="")
    return sorted(set(editors.values_list("email", flat=True)))


def _tell_paused(subscription_id: int) -> None:
    subscription = Subscription.objects.select_related("user").get(pk=subscription_id)
    recipients = _pause_notice_recipients(subscription)
    if not recipients:
        logger.warning("endpoint of subscription %d paused; nobody to tell", subscription_id)
        return
    admin_url = absolute(reverse("admin:tracker_subscription_change", args=[subscription.pk]))
    body = (
        f"Pledgewatch stopped sending alerts to {subscription.destination} after "
        f"{subscription.consecutive_failures} failed attempts in a row.\n\n"
        f"Last error: {subscription.paused_reason}\n\n"
        "The alerts owed meanwhile are kept and go out once the endpoint is resumed: fix the "
        f'receiver, then use "Resume" in the admin ({admin_url}) or POST to '
        f"/api/v1/subscriptions/{subscription.pk}/resume/.\n"
    )
    try:
        send_mail(
            single_line(f"[Pledgewatch] Alerts paused for {subscription.destination}", limit=200),
            body,
            None,
            recipients,
        )
    except OSError as error:  # smtplib errors are OSErrors: the pause stands, shown in the admin
        logger.error("could not tell %s about a paused endpoint: %s", recipients, error)


@transaction.atomic
def subscription_resume(*, subscription: Subscription) -> Subscription:
    """Resume a paused endpoint: its pending alerts are tried again at once."""
    Subscription.objects.filter(pk=subscription.pk).update(
        paused_at=None, paused_reason="", consecutive_failures=0
    )
    subscription.alerts.filter(state=Alert.State.PENDING).update(next_attempt_at=None)
    from ..tasks import send_alerts_task

    send_alerts_task.delay_on_commit()
    subscription.refresh_from_db()
    return subscription


def subscription_test(*, subscription: Subscription) -> Delivery:
    """Send a test message through the subscription's channel now (no alert is recorded), in
    the subscription's language."""
    with translation.override(subscription.language):
        text = gettext(
            "This is a test message from Pledgewatch: alerts for %(scope)s will arrive here."
        ) % {"scope": subscription.scope_display}
        title = gettext("Pledgewatch test message")
        subject = "[Pledgewatch] " + gettext("Test message")
    if subscription.channel == Subscription.Channel.WEBHOOK:
        payload: dict[str, Any] = {
            "type": "test",
            "timestamp": timezone.now().isoformat(),
            "data": {"message": text, "subscription_id": subscription.pk},
        }
        return webhook_deliver(
            subscription.webhook, message_id=f"msg_pledgewatch_test_{uuid.uuid4().hex}",
            payload=payload,
        )  # fmt: skip
    if subscription.channel == Subscription.Channel.APPRISE:
        return apprise_deliver(subscription.apprise, title=title, body=text)
    if not subscription.recipient:
        return Delivery(sent=False, reason="no deliverable address")
    try:
        send_mail(subject, text + "\n", None, [subscription.recipient])
    except OSError as error:
        return Delivery(sent=False, reason=f"{type(error).__name__}: {error}", transient=True)
    return Delivery.ok()
