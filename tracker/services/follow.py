"""Following a claim from its public page: a subscription by e-mail with double opt-in.

The request records a subscription that is not active and e-mails a signed link (by a task,
after commit). The link confirms only on a POST (mail scanners follow GET links; a page with
a button makes a person confirm), and only once: it carries a nonce that confirming clears,
with a compare-and-swap so two clicks cannot both succeed. The public answer is the same
whether or not the address already follows, so the form does not tell strangers who reads
what. A link is re-sent at most once every FOLLOW_RESEND_AFTER per subscription.
"""

from __future__ import annotations

import datetime as dt
import logging
import secrets

from django.conf import settings
from django.core import signing
from django.core.exceptions import ValidationError
from django.core.mail import EmailMultiAlternatives
from django.core.validators import validate_email
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from claims.links import absolute, claim_url
from claims.models import Claim

from ..models import Subscription
from .alert_content import single_line

logger = logging.getLogger(__name__)

FOLLOW_SALT = "tracker.follow"
FOLLOW_RESEND_AFTER = dt.timedelta(minutes=15)


class FollowLinkInvalid(Exception):
    """A confirmation link that is forged, expired, already used or for a gone subscription."""


def follow_email_check(email: str) -> str:
    """The address as stored (trimmed), or ValidationError saying what is wrong with it."""
    email = (email or "").strip()
    if not email:
        raise ValidationError(_("Give an e-mail address."))
    if len(email) > 254:
        raise ValidationError(_("This e-mail address is too long."))
    validate_email(email)
    return email


@transaction.atomic
def follow_request(*, email: str, claim: Claim, now: dt.datetime | None = None) -> bool:
    """Ask to follow `claim` at `email`: record a subscription awaiting confirmation and queue
    the confirmation e-mail. Returns whether a link was queued; callers must not tell the
    requester (an address that already follows, or asked a moment ago, gets nothing new)."""
    email = follow_email_check(email)
    now = now or timezone.now()
    existing = (
        Subscription.objects.select_for_update()
        .filter(
            channel=Subscription.Channel.EMAIL,
            user__isnull=True,
            email__iexact=email,
            claim=claim,
        )
        .order_by("-id")
        .first()
    )
    if existing is not None and existing.active:
        return False
    if (
        existing is not None
        and existing.confirmation_requested_at is not None
        and now - existing.confirmation_requested_at < FOLLOW_RESEND_AFTER
    ):
        return False
    nonce = secrets.token_urlsafe(24)
    if existing is None:
        subscription = Subscription(
            channel=Subscription.Channel.EMAIL,
            email=email,
            claim=claim,
            active=False,
            confirmation_nonce=nonce,
            confirmation_requested_at=now,
        )
        subscription.full_clean()
        subscription.save()
    else:
        subscription = existing
        Subscription.objects.filter(pk=subscription.pk).update(
            confirmation_nonce=nonce, confirmation_requested_at=now, confirmed_at=None
        )
    subscription_id = subscription.pk
    from ..tasks import send_follow_confirmation_task

    transaction.on_commit(lambda: send_follow_confirmation_task.delay(subscription_id))
    return True


def follow_token(subscription: Subscription) -> str:
    return signing.dumps(
        {"subscription": subscription.pk, "nonce": subscription.confirmation_nonce},
        salt=FOLLOW_SALT,
        compress=True,
    )


def follow_confirm_url(subscription: Subscription) -> str:
    return absolute(reverse("tracker:follow-confirm", kwargs={"token": follow_token(subscription)}))


def follow_pending(*, token: str) -> Subscription:
    """The subscription a confirmation link is for, still waiting for it; FollowLinkInvalid
    otherwise. Reads only: a GET of the link changes nothing."""
    try:
        data = signing.loads(
            token, salt=FOLLOW_SALT, max_age=settings.TRACKER_FOLLOW_CONFIRM_MAX_AGE
        )
        nonce, pk = str(data["nonce"]), int(data["subscription"])
    except (signing.BadSignature, KeyError, TypeError, ValueError) as error:
        raise FollowLinkInvalid(str(error)) from None
    subscription = (
        Subscription.objects.select_related("claim__promiser")
        .filter(pk=pk, confirmation_nonce=nonce, active=False)
        .exclude(confirmation_nonce="")
        .first()
    )
    if subscription is None:
        raise FollowLinkInvalid("already used or no longer waiting")
    return subscription


def follow_confirm(*, token: str, now: dt.datetime | None = None) -> Subscription:
    """Confirm a follow from its link, once: the nonce is cleared in the same UPDATE that
    activates the subscription, so a second click (or a race of two) finds nothing to do."""
    subscription = follow_pending(token=token)
    confirmed = Subscription.objects.filter(
        pk=subscription.pk, confirmation_nonce=subscription.confirmation_nonce, active=False
    ).update(
        active=True,
        confirmed_at=now or timezone.now(),
        confirmation_nonce="",
        unsubscribed_at=None,
    )
    if confirmed != 1:
        raise FollowLinkInvalid("already used")
    subscription.refresh_from_db()
    return subscription


def follow_confirmation_send(*, subscription_id: int) -> bool:
    """E-mail the confirmation link, if the subscription still waits for one."""
    subscription = (
        Subscription.objects.select_related("claim__promiser")
        .filter(pk=subscription_id, active=False)
        .exclude(confirmation_nonce="")
        .first()
    )
    if subscription is None or subscription.claim is None:
        return False
    claim = subscription.claim
    context = {
        "claim": claim,
        "claim_url": claim_url(claim),
        "confirm_url": follow_confirm_url(subscription),
        "max_age_days": settings.TRACKER_FOLLOW_CONFIRM_MAX_AGE // 86400,
    }
    message = EmailMultiAlternatives(
        subject=single_line(
            _("[Pledgewatch] Confirm: follow %(statement)s") % {"statement": claim.statement},
            limit=200,
        ),
        body=render_to_string("tracker/email/follow_confirm.txt", context),
        to=[subscription.email],
    )
    message.attach_alternative(
        render_to_string("tracker/email/follow_confirm.html", context), "text/html"
    )
    message.send()
    return True
