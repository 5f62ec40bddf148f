"""The public dashboard: a page of static HTML that draws itself from the REST API."""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.http import require_safe


@require_safe
def dashboard(request: HttpRequest) -> HttpResponse:
    """Scorecards, the timeline of promises and the overdue list, for readers, not editors."""
    return render(
        request,
        "claims/dashboard.html",
        {
            "today": timezone.localdate(),
            "api_base": "/api/v1/",
            "anonymous_read": settings.API_ANONYMOUS_READ,
        },
    )
