"""The public pages: the dashboard (static HTML that draws itself from the REST API), a page
for every claim and one for every organisation, and the calibration page (drawn on the server,
no script needed)."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseBadRequest
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_safe

from . import charts
from .jsonld import claim_document, script_json
from .links import (
    claim_badge_url,
    claim_path,
    claim_slug,
    claim_url,
    organisation_badge_url,
    organisation_url,
)
from .models import Category, Claim, Organisation, Outcome, StatusEvent
from .selectors import (
    STALE_AFTER,
    claim_forecast,
    claim_forecast_reason,
    latest_forecast_run,
    organisation_forecasts,
)
from .selectors.pages import (
    METER_GROUPS,
    STATUS_GROUP_LABELS,
    UnknownFilter,
    claim_page,
    organisation_claims,
    organisation_page_scorecard,
)

WIDE, NARROW = 720, 340  # px: the two copies of each picture (desktop, phone)


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
            "organisation": request.GET.get("organisation", ""),
        },
    )


def first_deadline_verdict(claim: Any) -> str:
    """The first deadline's verdict in words, from the ledger's own figures."""
    late = claim.days_late
    if claim.first_deadline_met is True:
        return _("Kept by its first deadline")
    if claim.first_deadline_met is False:
        days = ngettext("%(n)d day late", "%(n)d days late", late or 0) % {"n": late or 0}
        if claim.outcome == Outcome.FULFILLED:
            return _("Missed its first deadline, kept %(days)s") % {"days": days}
        if claim.outcome == Outcome.WITHDRAWN:
            return _("Missed its first deadline, withdrawn %(days)s") % {"days": days}
        return _("Missed its first deadline, %(days)s") % {"days": days}
    if claim.outcome == Outcome.UNVERIFIABLE:
        return _("Could not be verified")
    if claim.original_deadline_end is None:
        return _("No dated deadline")
    if claim.outcome == Outcome.WITHDRAWN:
        return _("Withdrawn before its first deadline")
    return _("Its first deadline has not passed yet")


def role_of(entry: dict[str, Any]) -> str:
    """Who made a timeline entry, by role only: readers see "editor" or the job, never names."""
    event: StatusEvent | None = entry.get("status")
    if event is not None:
        if event.actor_id:
            return _("editor")
        return _("job: %(job)s") % {"job": event.job} if event.job else _("ledger")
    revision = entry.get("revision")
    if revision is not None and revision.recorded_by_id:
        return _("editor")
    return ""


@require_safe
def claim_detail(request: HttpRequest, pk: int, slug: str | None = None) -> HttpResponse:
    """A claim's page. /claims/<id>/ answers too; a wrong slug is moved to the canonical one."""
    today = timezone.localdate()
    try:
        page = claim_page(claim_id=pk, today=today)
    except Claim.DoesNotExist:
        raise Http404(_("No claim has the id %(id)d.") % {"id": pk}) from None
    claim = page.claim
    if slug is not None and slug != claim_slug(claim):
        return redirect(claim_path(claim), permanent=True)
    url, badge = claim_url(claim), claim_badge_url(claim)
    alt = _("Pledgewatch status: %(statement)s") % {"statement": claim.statement}
    timeline = [{**entry, "role": role_of(entry)} for entry in page.timeline]
    forecast = claim_forecast(claim)
    band = (forecast["p50_date"], forecast["p80_date"]) if forecast else None
    history = {
        width: charts.deadline_history(
            claim=claim,
            statements=page.statements,
            today=today,
            width=width,
            forecast=band if band and all(band) else None,
        )
        for width in (WIDE, NARROW)
    }
    sources = [claim.source]
    sources += [s.source for s in page.statements] + [e.source for e in page.evidence]
    sources += [e["status"].source for e in page.timeline if e.get("status") and e["status"].source]
    context = {
        "claim": claim,
        "today": today,
        "sources": list({source.pk: source for source in sources}.values()),
        "statements": page.statements,
        "superseded": page.statements[:-1],
        "in_force": page.statements[-1] if page.statements else None,
        "partners": page.partners,
        "evidence": page.evidence,
        "timeline": timeline,
        "verdict": first_deadline_verdict(claim),
        "history_wide": history[WIDE],
        "history_narrow": history[NARROW],
        "canonical_url": url,
        "badge_url": badge,
        # The preview loads from this site whatever SITE_URL says (img-src 'self').
        "badge_path": reverse("v1:claim-badge", kwargs={"pk": claim.pk}),
        "badge_markdown": f"[![{alt}]({badge})]({url})",
        "badge_html": render_to_string(
            "claims/_badge_embed.html", {"url": url, "badge": badge, "alt": alt}
        ).strip(),
        "jsonld": script_json(claim_document(claim, page.statements)),
        "organisation_url": organisation_url(claim.promiser),
        "forecast": forecast,
        "forecast_reason": "" if forecast else claim_forecast_reason(claim),
        "forecast_stale": forecast is not None and forecast["age_days"] >= STALE_AFTER.days,
    }
    return render(request, "claims/claim_detail.html", context)


@require_safe
def organisation_detail(request: HttpRequest, slug: str) -> HttpResponse:
    """An organisation's scorecard, status meter, days-late dots and its claims, filtered by
    ?status=<group> and ?category=<category>; an unknown value is a 400 that names it."""
    organisation = get_object_or_404(Organisation, slug=slug)
    today = timezone.localdate()
    status_group = request.GET.get("status", "")
    category = request.GET.get("category", "")
    try:
        claims = list(
            organisation_claims(
                organisation=organisation,
                today=today,
                status_group=status_group,
                category=category,
            )
        )
    except UnknownFilter as error:
        return HttpResponseBadRequest(
            render_to_string(
                "claims/bad_filter.html", {"message": str(error), "organisation": organisation}
            )
        )
    card = organisation_page_scorecard(organisation=organisation, today=today)
    every_claim = (
        claims
        if not (status_group or category)
        else list(organisation_claims(organisation=organisation, today=today))
    )
    meter_labels = {group: STATUS_GROUP_LABELS[group] for group in METER_GROUPS}
    context = {
        "organisation": organisation,
        "today": today,
        "card": card,
        "forecast": organisation_forecasts(organisation_ids=[organisation.pk]).get(organisation.pk),
        "claims": claims,
        "status_group": status_group,
        "category": category,
        "status_groups": STATUS_GROUP_LABELS,
        "categories": Category.choices,
        "meter_wide": charts.status_meter(card["groups"], meter_labels, width=WIDE),
        "meter_narrow": charts.status_meter(card["groups"], meter_labels, width=NARROW),
        "legend": [(g, label, card["groups"][g]) for g, label in meter_labels.items()],
        "dots_wide": charts.days_late_dots(every_claim, width=WIDE),
        "dots_narrow": charts.days_late_dots(every_claim, width=NARROW),
        "canonical_url": organisation_url(organisation),
        "badge_url": organisation_badge_url(organisation),
        "WIDE": WIDE,
        "NARROW": NARROW,
    }
    return render(request, "claims/organisation_detail.html", context)


# The reliability diagram's plot area, in SVG user units.
_PLOT = {"left": 48, "top": 16, "size": 280}


def _diagram(bins: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each bin with a count as SVG coordinates: its point (mean forecast, observed share)
    and its 90% interval as a vertical segment. The template draws them; no script."""
    left, top, size = _PLOT["left"], _PLOT["top"], _PLOT["size"]

    # Coordinates as strings: a French page would otherwise print them with decimal commas.
    def x(p: float) -> str:
        return f"{left + p * size:.1f}"

    def y(p: float) -> str:
        return f"{top + (1 - p) * size:.1f}"

    return [
        {
            **row,
            "cx": x(row["mean_forecast"]),
            "cy": y(row["observed"]),
            "y_low": y(row["interval"][0]),
            "y_high": y(row["interval"][1]),
            "r": f"{3 + min(row['count'], 400) ** 0.5 / 2:.1f}",
            # The corner of a 10-unit square centred on the point (the prior's mark).
            "square_x": f"{float(x(row['mean_forecast'])) - 5:.1f}",
            "square_y": f"{float(y(row['observed'])) - 5:.1f}",
        }
        for row in bins
        if row["count"]
    ]


@require_safe
def calibration(request: HttpRequest) -> HttpResponse:
    """How good the forecasts have been: the backtest on the real ledger, with its n."""
    run = latest_forecast_run()
    backtest = run.backtest if run is not None else None
    left, top, size = _PLOT["left"], _PLOT["top"], _PLOT["size"]
    return render(
        request,
        "claims/calibration.html",
        {
            "run": run,
            "backtest": backtest,
            "stale": run is not None and timezone.now() - run.computed_at >= STALE_AFTER,
            "age_days": (timezone.now() - run.computed_at).days if run is not None else None,
            "points": _diagram(backtest["bins"]) if backtest else [],
            # Forecasts from the published prior alone, before the record could teach: apart.
            "prior": (backtest or {}).get("prior_period"),
            "prior_points": _diagram([backtest["prior_period"]])
            if backtest and backtest.get("prior_period")
            else [],
            "plot": {
                **_PLOT,
                "right": left + size,
                "bottom": top + size,
                "ticks": [
                    {
                        "label": f"{p:.1f}",
                        "x": f"{left + p * size:.1f}",
                        "y": f"{top + (1 - p) * size:.1f}",
                    }
                    for p in (0, 0.2, 0.4, 0.6, 0.8, 1.0)
                ],
            },
        },
    )
