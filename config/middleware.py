"""Response headers that depend on who asked."""

from __future__ import annotations

from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest
from django.http.response import HttpResponseBase
from django.utils.cache import patch_cache_control, patch_vary_headers


def answer_depends_on_caller(request: HttpRequest) -> bool:
    """True when another caller could get a different answer to the same request: reading
    needs a sign-in, the caller is signed in, or it sent credentials (even wrong ones)."""
    user = getattr(request, "user", None)
    return (
        not settings.API_ANONYMOUS_READ
        or bool(user is not None and user.is_authenticated)
        or "HTTP_AUTHORIZATION" in request.META
    )


class PrivateWhenPersonalMiddleware:
    """API answers: `Vary: Authorization, Cookie` always, since the same URL answers an editor
    and a stranger differently (sources, 401s); `Cache-Control: private` whenever the answer
    was for this caller only, replacing any `public` a view set for anonymous readers, so no
    shared cache hands one person's answer to the next."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponseBase]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        response = self.get_response(request)
        if not request.path_info.startswith(settings.API_PATH_PREFIX):
            return response
        patch_vary_headers(response, ("Authorization", "Cookie"))
        if answer_depends_on_caller(request):
            patch_cache_control(response, private=True)
        return response
