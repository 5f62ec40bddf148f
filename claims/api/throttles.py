"""Rate limits, counted in the default cache (Redis in production) and answered with 429.

Clients are told apart by config.clients.client_address: REMOTE_ADDR unless NUM_PROXIES says
how many proxies in front may be believed, so a made-up X-Forwarded-For earns no new quota.
"""

from __future__ import annotations

from typing import cast

from rest_framework.request import Request
from rest_framework.settings import api_settings
from rest_framework.throttling import AnonRateThrottle, SimpleRateThrottle, UserRateThrottle

from config.clients import client_address


class _LiveRatesMixin(SimpleRateThrottle):
    # DRF binds THROTTLE_RATES when the class is imported; reading the settings on every
    # request lets deployments (and tests, via override_settings) change the rates.
    def get_rate(self) -> str | None:
        if self.scope is None:
            return None
        # Rates are strings ("300/minute"); drf-stubs types the setting's values as numbers.
        return cast("str | None", api_settings.DEFAULT_THROTTLE_RATES.get(self.scope))

    def get_ident(self, request: Request) -> str:
        return client_address(request)


class AnonThrottle(_LiveRatesMixin, AnonRateThrottle):
    """Anonymous clients, counted per IP address."""


class UserThrottle(_LiveRatesMixin, UserRateThrottle):
    """Signed-in clients, counted per user."""


class FailedAuthThrottle(_LiveRatesMixin):
    """Requests with wrong credentials, counted per client address ("auth_failure" rate).

    Not one of the view throttles: DRF checks those after authentication, which a wrong token
    never passes. claims.api.authentication asks this one before it looks a token up and
    records each failure, so guessing tokens stops at the rate, whatever the endpoint.
    """

    scope = "auth_failure"
    # Set by SimpleRateThrottle.__init__ from the rate; read only once a rate is known.
    num_requests: int
    duration: int

    def get_cache_key(self, request: Request, view: object) -> str:
        return self.cache_format % {"scope": self.scope, "ident": self.get_ident(request)}

    def locked(self, request: Request) -> bool:
        """True while this client's failures are at the rate: it may try no token now."""
        if self.rate is None:
            return False
        self.key = self.get_cache_key(request, None)
        self.history = self.cache.get(self.key, [])
        self.now = self.timer()
        while self.history and self.history[-1] <= self.now - self.duration:
            self.history.pop()
        return len(self.history) >= self.num_requests

    def record_failure(self, request: Request) -> None:
        if self.rate is None:
            return
        if not hasattr(self, "key"):
            self.locked(request)
        self.history.insert(0, self.now)
        self.cache.set(self.key, self.history, self.duration)
