"""Machine-readable claim pages: schema.org JSON-LD.

A claim page describes a `Claim` (the promise as stated) whose `about` is an `Event`: the
delivery promised, dated by the deadline in force. A "by" deadline has no start, so its
start and end are both its last day. Each superseded deadline adds a `previousStartDate`,
and `eventStatus` says what became of the schedule.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from django.utils.safestring import SafeString, mark_safe

from .links import claim_url, organisation_url
from .models import Outcome, Status

if TYPE_CHECKING:
    from .models import Claim, DeadlineRevision

SCHEMA = "https://schema.org/"

# Characters that could end the <script> element or start a comment inside it, as JSON
# escapes: the document means the same and no stored text can close the tag.
_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def event_status(claim: Claim, restatements: int) -> str:
    if claim.outcome == Outcome.WITHDRAWN:
        return SCHEMA + "EventCancelled"
    if claim.status in (Status.OVERDUE, Status.MISSED):
        return SCHEMA + "EventPostponed"
    if restatements:
        return SCHEMA + "EventRescheduled"
    return SCHEMA + "EventScheduled"


def _start(statement: DeadlineRevision) -> str | None:
    day = statement.start or statement.end
    return day.isoformat() if day else None


def claim_document(claim: Claim, statements: list[DeadlineRevision]) -> dict[str, Any]:
    """The claim as a schema.org Claim about an Event."""
    in_force = statements[-1] if statements else None
    event: dict[str, Any] = {
        "@type": "Event",
        "name": claim.statement,
        "eventStatus": event_status(claim, max(len(statements) - 1, 0)),
        "organizer": {"@type": "Organization", "name": claim.promiser.name},
    }
    if in_force is not None and (in_force.start or in_force.end):
        end = in_force.end or in_force.start
        event["startDate"] = _start(in_force)
        event["endDate"] = end.isoformat() if end else None
    previous = [day for day in (_start(s) for s in statements[:-1]) if day]
    if previous:
        event["previousStartDate"] = previous
    document: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "Claim",
        "url": claim_url(claim),
        "name": claim.statement,
        "text": claim.quote or claim.statement,
        "dateCreated": claim.stated_on.isoformat(),
        "author": {
            "@type": "Organization",
            "name": claim.promiser.name,
            "url": organisation_url(claim.promiser),
        },
        "about": event,
    }
    if claim.source.url:
        document["appearance"] = {
            "@type": "CreativeWork",
            "url": claim.source.url,
            "headline": claim.source.title,
        }
    return document


def script_json(document: dict[str, Any]) -> SafeString:
    """JSON safe to put between <script> tags."""
    return mark_safe(json.dumps(document, ensure_ascii=False).translate(_SCRIPT_ESCAPES))  # noqa: S308
