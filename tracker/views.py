"""The one page the tracker serves: unsubscribing from a signed link, without logging in."""

from django.conf import settings
from django.core import signing
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from .models import Subscription
from .selectors import subscription_from_token
from .services import subscription_unsubscribe


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
