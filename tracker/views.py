"""The tracker's public pages, none needing a login: following a claim (double opt-in) and
unsubscribing from a signed link."""

from __future__ import annotations

from django.conf import settings
from django.core import signing
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_POST

from claims.links import claim_path
from claims.models import Claim
from config.clients import client_address

from .models import Subscription
from .selectors import subscription_from_token
from .services import (
    FollowLinkInvalid,
    follow_confirm,
    follow_pending,
    follow_request,
    subscription_unsubscribe,
)


def _follow_allowed(request: HttpRequest) -> bool:
    """Count this client's follow requests in the current hour (the shared cache, like the
    API throttles); False past settings.TRACKER_FOLLOW_REQUESTS_PER_HOUR."""
    hour = timezone.now().strftime("%Y%m%d%H")
    key = f"tracker:follow:{client_address(request)}:{hour}"
    cache.add(key, 0, timeout=3600)
    return cache.incr(key) <= settings.TRACKER_FOLLOW_REQUESTS_PER_HOUR


@require_POST
def follow(request: HttpRequest, claim_id: int) -> HttpResponse:
    """A follow request from a claim's page. The answer is the same whether the address
    already follows, asked a moment ago, or is new: it never tells who follows what."""
    claim = get_object_or_404(Claim.objects.select_related("promiser"), pk=claim_id)
    context = {"claim": claim, "claim_path": claim_path(claim)}
    if not _follow_allowed(request):
        context["error"] = _("Too many requests from your address; try again in an hour.")
        return render(request, "tracker/follow.html", context, status=429)
    try:
        follow_request(email=request.POST.get("email", ""), claim=claim)
    except ValidationError as error:
        context["error"] = " ".join(error.messages)
        return render(request, "tracker/follow.html", context, status=400)
    context["sent"] = True
    return render(request, "tracker/follow.html", context)


@require_http_methods(["GET", "POST"])
def follow_confirm_view(request: HttpRequest, token: str) -> HttpResponse:
    """GET shows a button and changes nothing (mail scanners open links); POST confirms."""
    try:
        if request.method == "POST":
            subscription = follow_confirm(token=token)
            return render(
                request, "tracker/follow_confirm.html", {"done": True, "subscription": subscription}
            )
        subscription = follow_pending(token=token)
    except FollowLinkInvalid:
        return render(request, "tracker/follow_confirm.html", {"invalid": True}, status=400)
    return render(request, "tracker/follow_confirm.html", {"subscription": subscription})


# Exempt from CSRF: mail clients send RFC 8058 one-click POSTs with no cookie; the signed token
# in the URL is what authorises the request.
@csrf_exempt
@require_http_methods(["GET", "POST"])
def unsubscribe(request: HttpRequest, token: str) -> HttpResponse:
    try:
        subscription = subscription_from_token(token)
    except signing.SignatureExpired:
        return _refused(
            request,
            _(
                "This unsubscribe link has expired. Use the link in a more "
                "recent alert, or ask an editor to stop the subscription."
            ),
        )
    except (signing.BadSignature, Subscription.DoesNotExist, KeyError, TypeError):
        return _refused(request, _("This unsubscribe link is not valid. Nothing was changed."))
    if settings.LANGUAGE_COOKIE_NAME not in request.COOKIES:
        # Arriving from an e-mail: the page speaks the e-mail's language until the reader
        # picks another with the switcher.
        translation.activate(subscription.language)
        request.LANGUAGE_CODE = subscription.language
    if request.method == "POST":
        subscription = subscription_unsubscribe(subscription=subscription)
        return render(
            request,
            "tracker/unsubscribe.html",
            {"title": _("Unsubscribed"), "done": True, "subscription": subscription},
        )
    if not subscription.active:
        return render(
            request,
            "tracker/unsubscribe.html",
            {"title": _("Already unsubscribed"), "done": True, "subscription": subscription},
        )
    return render(
        request,
        "tracker/unsubscribe.html",
        {"title": _("Unsubscribe"), "subscription": subscription},
    )


def _refused(request: HttpRequest, error: str) -> HttpResponse:
    return render(
        request,
        "tracker/unsubscribe.html",
        {"title": _("Link not valid"), "error": error},
        status=400,
    )
