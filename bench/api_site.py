"""Settings and URLconf for bench/bench_api.py's gunicorn: the project's own, plus the plain
views the API is compared with (same rows, `.values()` and JsonResponse, no DRF). Not used in
production: config.urls does not include these views."""

from __future__ import annotations

from django.http import JsonResponse
from django.urls import path

from config.settings.base import *  # noqa: F403
from config.settings.base import REST_FRAMEWORK, env

DEBUG = False
ROOT_URLCONF = "api_site"
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
LOGGING = {"version": 1, "disable_existing_loggers": False, "root": {"level": "WARNING"}}
# The throttles still run (a cache round trip per request, as in production) but never bite.
REST_FRAMEWORK = {
    **REST_FRAMEWORK,
    "DEFAULT_THROTTLE_RATES": {"anon": "1000000/second", "user": "1000000/second"},
}
_redis = env("REDIS_URL", default="")
CACHES = {
    "default": (
        {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": _redis}
        if _redis
        else {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
    )
}

PLAIN_FIELDS = (
    "id",
    "subject",
    "statement",
    "category",
    "promiser__slug",
    "promiser__name",
    "stated_on",
    "status",
    "original_deadline_start",
    "original_deadline_end",
    "deadline_start",
    "deadline_end",
    "slipped",
    "slippage_days",
    "restatements",
    "source__id",
    "source__title",
    "source__url",
    "outcome",
    "outcome_on",
    "reason",
)


def plain_claims(request):
    """The API's first page of claims, as plain as Django gets: same filters, same order."""
    from claims.models import Claim
    from claims.selectors import claims_with_metrics

    claims = Claim.objects.all()
    if organisation := request.GET.get("organisation"):
        claims = claims.filter(promiser__slug=organisation)
    if status := request.GET.get("status"):
        claims = claims.filter(status=status)
    claims = claims_with_metrics(claims).order_by("deadline_end", "id")
    size = min(int(request.GET.get("page_size", 50)), 200)
    return JsonResponse(
        {"count": claims.count(), "results": list(claims.values(*PLAIN_FIELDS)[:size])}
    )


def plain_scorecard(request, slug: str):
    from claims.models import Organisation
    from claims.selectors import organisation_scorecards

    organisation = Organisation.objects.get(slug=slug)
    return JsonResponse(
        organisation_scorecards(organisation_ids=[organisation.pk])[organisation.pk]
    )


def __getattr__(name: str):
    # This module is the settings (read at start-up) and the URLconf (read once apps are ready):
    # the URL patterns import the project's views, so they are built only when asked for.
    if name != "urlpatterns":
        raise AttributeError(name)
    from config.urls import urlpatterns

    return [
        path("plain/claims/", plain_claims),
        path("plain/scorecard/<slug:slug>/", plain_scorecard),
        *urlpatterns,
    ]
