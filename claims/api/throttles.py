"""Rate limits, counted in the default cache (Redis in production) and answered with 429."""

from __future__ import annotations

from typing import cast

from rest_framework.settings import api_settings
from rest_framework.throttling import AnonRateThrottle, SimpleRateThrottle, UserRateThrottle


class _LiveRatesMixin(SimpleRateThrottle):
    # DRF binds THROTTLE_RATES when the class is imported; reading the settings on every
    # request lets deployments (and tests, via override_settings) change the rates.
    def get_rate(self) -> str | None:
        if self.scope is None:
            return None
        # Rates are strings ("300/minute"); drf-stubs types the setting's values as numbers.
        return cast("str | None", api_settings.DEFAULT_THROTTLE_RATES.get(self.scope))


class AnonThrottle(_LiveRatesMixin, AnonRateThrottle):
    """Anonymous clients, counted per IP address."""


class UserThrottle(_LiveRatesMixin, UserRateThrottle):
    """Signed-in clients, counted per user."""
