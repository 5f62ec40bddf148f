"""Token authentication whose failures are throttled per client address.

django-axes guards the admin's password form, but DRF's TokenAuthentication looks tokens up
without calling django.contrib.auth.authenticate(), so axes never sees a wrong token. Here a
client past the "auth_failure" rate of wrong tokens gets 429 for any token, right or wrong,
until the window passes, so a token cannot be guessed by trying many.
"""

from __future__ import annotations

from typing import Any

from django.utils.translation import gettext
from rest_framework import exceptions
from rest_framework.authentication import TokenAuthentication
from rest_framework.request import Request

from .throttles import FailedAuthThrottle


class ThrottledTokenAuthentication(TokenAuthentication):
    def authenticate(self, request: Request) -> tuple[Any, Any] | None:
        if not self._presents_token(request):
            return None
        throttle = FailedAuthThrottle()
        if throttle.locked(request):
            raise exceptions.Throttled(
                throttle.wait(),
                detail=gettext(
                    "Too many requests with a wrong token from this address; try later."
                ),
            )
        try:
            return super().authenticate(request)
        except exceptions.AuthenticationFailed:
            throttle.record_failure(request)
            raise

    def _presents_token(self, request: Request) -> bool:
        header = request.META.get("HTTP_AUTHORIZATION", "")
        scheme = header.split(maxsplit=1)[0] if header.strip() else ""
        return scheme.lower() == self.keyword.lower()
