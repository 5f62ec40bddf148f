"""Reads for the public pages: a claim with everything its page shows, and an organisation's
claims with filters. Lateness comes from the ledger's own expressions (selectors.rules), never
recomputed here."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from django.db.models import Prefetch, QuerySet
from django.utils.translation import gettext_lazy as _

from ..models import Category, Claim, DeadlineRevision, Evidence, Organisation, Status
from .rules import claims_with_metrics
from .scorecards import organisation_scorecards
from .timeline import claim_timeline

if TYPE_CHECKING:
    from .rules import ClaimWithMetrics

# The status meter's parts, in reading order, and the statuses each stands for. A claim's
# status is in exactly one group; "unverifiable" has no part in the meter but can be listed.
STATUS_GROUPS: dict[str, tuple[str, ...]] = {
    "kept_on_time": (Status.FULFILLED_ON_TIME,),
    "kept_late": (Status.FULFILLED_LATE,),
    "missed": (Status.MISSED,),
    "open": (Status.UNDATED, Status.PENDING, Status.DUE, Status.OVERDUE, ""),
    "withdrawn": (Status.WITHDRAWN,),
    "unverifiable": (Status.UNVERIFIABLE,),
}
STATUS_GROUP_LABELS = {
    "kept_on_time": _("kept on time"),
    "kept_late": _("kept late"),
    "missed": _("missed"),
    "open": _("open"),
    "withdrawn": _("withdrawn"),
    "unverifiable": _("unverifiable"),
}
METER_GROUPS = ("kept_on_time", "kept_late", "missed", "open", "withdrawn")


class UnknownFilter(ValueError):
    """A filter value the page does not know; the message names it."""


def status_group_of(status: str) -> str:
    for group, statuses in STATUS_GROUPS.items():
        if status in statuses:
            return group
    return "open"


def deadline_statements(revisions: list[DeadlineRevision]) -> list[DeadlineRevision]:
    """The claim's deadline statements as the ledger reads them (claim_sync_deadline's rule):
    a corrected statement reads as its latest correction, ordered by the day stated, then as
    recorded. The first is the promise; the last is in force."""
    latest_correction: dict[int, DeadlineRevision] = {}
    for revision in sorted(revisions, key=lambda r: r.pk):
        if revision.corrects_id:
            latest_correction[revision.corrects_id] = revision
    statements = [
        (latest_correction.get(r.pk, r), r.pk) for r in revisions if r.corrects_id is None
    ]
    statements.sort(key=lambda pair: (pair[0].stated_on, pair[1]))
    return [statement for statement, _pk in statements]


@dataclass
class ClaimPage:
    claim: ClaimWithMetrics
    statements: list[DeadlineRevision]
    timeline: list[dict[str, Any]]
    evidence: list[Evidence]
    partners: list[Organisation]


def claim_page(*, claim_id: int, today: dt.date) -> ClaimPage:
    """A claim with its lateness figures, deadline statements, timeline and confirmed
    evidence; raises Claim.DoesNotExist. A fixed number of queries whatever its history."""
    claim = (
        claims_with_metrics(Claim.objects.filter(pk=claim_id), today=today)
        .prefetch_related(
            Prefetch("partners", queryset=Organisation.objects.order_by("name")),
            Prefetch(
                "revisions",
                queryset=DeadlineRevision.objects.select_related("source").order_by(
                    "stated_on", "id"
                ),
            ),
        )
        .get()
    )
    revisions = list(claim.revisions.all())
    timeline = claim_timeline(claim=claim, revisions=revisions)
    evidence = [entry["evidence"] for entry in timeline if entry["kind"] == "evidence"]
    return ClaimPage(
        claim=claim,
        statements=deadline_statements(revisions),
        timeline=timeline,
        evidence=evidence,
        partners=list(claim.partners.all()),
    )


def organisation_claims(
    *,
    organisation: Organisation,
    today: dt.date,
    status_group: str = "",
    category: str = "",
) -> QuerySet[ClaimWithMetrics]:
    """The organisation's promises (as promiser) with their lateness, filtered by a status
    group and a category; an unknown value raises UnknownFilter naming it."""
    claims = claims_with_metrics(Claim.objects.filter(promiser=organisation), today=today)
    if status_group:
        if status_group not in STATUS_GROUPS:
            raise UnknownFilter(
                _("Unknown status %(value)r: use one of %(known)s.")
                % {"value": status_group, "known": ", ".join(STATUS_GROUPS)}
            )
        claims = claims.filter(status__in=STATUS_GROUPS[status_group])
    if category:
        if category not in Category.values:
            raise UnknownFilter(
                _("Unknown category %(value)r: use one of %(known)s.")
                % {"value": category, "known": ", ".join(Category.values)}
            )
        claims = claims.filter(category=category)
    return claims.order_by("deadline_end", "id")


def organisation_page_scorecard(*, organisation: Organisation, today: dt.date) -> dict[str, Any]:
    """The organisation's scorecard, with its claims counted per status group."""
    card = organisation_scorecards(organisation_ids=[organisation.pk], today=today)[organisation.pk]
    card["groups"] = {
        group: sum(card["by_status"].get(status, 0) for status in statuses if status)
        for group, statuses in STATUS_GROUPS.items()
    }
    return card
