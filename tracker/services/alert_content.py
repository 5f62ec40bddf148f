"""What an alert says, worked out from the ledger event it came from.

Every channel (e-mail, webhook, Apprise) tells the event as it was when it happened: its old
and new status, its date, the deadline revision then in force and its source are read from the
StatusEvent, never from the claim's current state. The claim's status now is added only when it
differs, and says so. Text that goes into a header or a one-line message is folded to one line.

Texts are worked out in the active language: the senders build each subscription's content under
translation.override(subscription.language), so labels here are plain strings, never lazy ones.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from django.urls import reverse
from django.utils.translation import gettext, ngettext

from claims.l10n import window_display
from claims.links import absolute, claim_url
from claims.models import Claim, DeadlineRevision, Evidence, Source, Status, StatusEvent

from ..models import Alert, AlertEvent

# Control characters (C0, DEL, C1) and Unicode line and paragraph separators: none of them may
# reach a header or a one-line message, where a line break would start a new header.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]+")
SUBJECT_MAX = 200

# How each status is coloured where a channel has colours: a miss, a delay or a late
# fulfilment is never shown green.
BAD_STATUSES = frozenset({Status.OVERDUE, Status.MISSED, Status.FULFILLED_LATE})
GOOD_STATUSES = frozenset({Status.FULFILLED_ON_TIME})


def single_line(text: str, *, limit: int | None = None) -> str:
    """`text` on one line: control characters and line breaks folded into single spaces, and
    cut at `limit` characters with an ellipsis."""
    folded = " ".join(_CONTROL.sub(" ", text).split())
    if limit is not None and len(folded) > limit:
        folded = folded[: limit - 1].rstrip() + "…"
    return folded


def status_label(value: str) -> str:
    if value in Status.values:
        return str(Status(value).label)
    return value or gettext("not yet worked out")


def status_tone(value: str) -> str:
    """How a channel with colours shows a status: "bad", "good" or "neutral"."""
    if value in BAD_STATUSES:
        return "bad"
    if value in GOOD_STATUSES:
        return "good"
    return "neutral"


@dataclass(frozen=True)
class SourceFacts:
    title: str
    url: str
    publisher: str
    published_on: dt.date | None

    @classmethod
    def of(cls, source: Source | None) -> SourceFacts | None:
        if source is None:
            return None
        return cls(
            title=single_line(source.title),
            url=source.url or "",
            publisher=single_line(source.publisher),
            published_on=source.published_on,
        )


@dataclass(frozen=True)
class EvidenceFacts:
    kind: str  # fulfilment, progress, delay, denial
    kind_label: str
    title: str  # the source's title, else the evidence's summary
    summary: str
    url: str
    observed_on: dt.date
    new_deadline: str  # a delay's new deadline in the source's words, if any


@dataclass(frozen=True)
class EventFacts:
    """One ledger event, as it was when it happened."""

    alert_id: int
    event_id: int
    event: str  # AlertEvent value
    event_label: str
    happened_at: dt.datetime
    happened_on: dt.date
    old_status: str
    new_status: str
    old_status_label: str
    new_status_label: str
    tone: str
    deadline: str  # the deadline in force then, as a window ("by 2025-12-31")
    deadline_text: str  # in the words of its revision
    deadline_stated_on: dt.date | None
    deadline_end: dt.date | None
    first_deadline: str
    days_past_deadline: int | None  # overdue and missed: days after the deadline in force ended
    days_late: int | None  # days past the first deadline's end, on the event's day (or the
    # fulfilment's); None while the first deadline had not passed or when there is none
    days_left: int | None  # approaching deadlines
    days_moved: int | None  # restatements: + later, - earlier
    slippage_days: int | None  # the deadline in force against the first one, at the time
    source: SourceFacts | None
    evidence: EvidenceFacts | None

    @property
    def event_tone(self) -> str:
        """How a channel with colours shows the event itself (a slip is bad news)."""
        if self.event == AlertEvent.SLIPPED:
            return "bad"
        if self.event in (AlertEvent.EVIDENCE, AlertEvent.DUE_30, AlertEvent.DUE_7):
            return "neutral"
        return self.tone

    @property
    def summary(self) -> str:
        """The event in one line, for a digest entry or a chat message."""
        if self.evidence is not None:
            return gettext("new %(kind)s evidence: %(title)s") % {
                "kind": self.evidence.kind_label,
                "title": self.evidence.title,
            }
        if self.event == AlertEvent.SLIPPED:
            return gettext("deadline moved %(days)s days later, now %(deadline)s") % {
                "days": self.days_moved,
                "deadline": self.deadline,
            }
        if self.event in (AlertEvent.DUE_30, AlertEvent.DUE_7):
            return gettext("deadline %(deadline)s in %(days)s days") % {
                "deadline": self.deadline,
                "days": self.days_left,
            }
        if self.days_past_deadline is not None:
            return gettext("%(status)s, %(days)s days past %(deadline)s") % {
                "status": self.new_status_label,
                "days": self.days_past_deadline,
                "deadline": self.deadline,
            }
        return gettext("%(status)s (deadline %(deadline)s)") % {
            "status": self.new_status_label,
            "deadline": self.deadline,
        }


@dataclass(frozen=True)
class AlertContent:
    """What one message says: one claim, one or more of its events (a burst of evidence)."""

    claim: Claim
    events: list[EventFacts]
    status_now: str  # the claim's status when the message is built
    status_now_label: str
    status_changed_since: bool  # the status now differs from the (last) event's new status
    claim_url: str  # public: the claim's page on SITE_URL
    admin_url: str
    api_url: str

    @property
    def first(self) -> EventFacts:
        return self.events[0]

    @property
    def headline(self) -> str:
        """The event(s) named the way subjects and chat messages name them."""
        if len(self.events) > 1:
            count = len(self.events)
            return ngettext(
                "%(count)d new piece of evidence to review",
                "%(count)d new pieces of evidence to review",
                count,
            ) % {"count": count}
        return self.first.event_label

    @property
    def subject(self) -> str:
        return single_line(
            "[Pledgewatch] "
            + gettext("%(promiser)s: %(headline)s: %(statement)s")
            % {
                "promiser": self.claim.promiser.name,
                "headline": self.headline,
                "statement": self.claim.statement,
            },
            limit=SUBJECT_MAX,
        )


def claim_api_url(claim_id: int) -> str:
    return absolute(reverse("v1:claim-detail", args=[claim_id]))


def claim_admin_url(claim_id: int) -> str:
    return absolute(reverse("admin:claims_claim_change", args=[claim_id]))


def _window(revision: DeadlineRevision | None) -> str:
    return (
        window_display(revision.start, revision.end) if revision is not None else gettext("no date")
    )


def _evidence_facts(evidence: Evidence | None) -> EvidenceFacts | None:
    if evidence is None:
        return None
    source = evidence.source
    return EvidenceFacts(
        kind=evidence.kind,
        kind_label=str(evidence.get_kind_display()),
        title=single_line(source.title or evidence.summary, limit=300) or gettext("untitled"),
        summary=evidence.summary,
        url=source.url or "",
        observed_on=evidence.observed_on,
        new_deadline=single_line(evidence.deadline_text),
    )


def event_facts(alert: Alert, claim: Claim) -> EventFacts:
    """The alert's event as it was: read from its StatusEvent and the revision then in force."""
    event: StatusEvent = alert.status_event
    revision = event.revision
    end = revision.end if revision is not None else None
    first_end = claim.original_deadline_end
    days_past = None
    if alert.event in (AlertEvent.OVERDUE, AlertEvent.MISSED) and end is not None:
        days_past = max((event.as_of - end).days, 0)
    days_left = None
    if alert.event in (AlertEvent.DUE_30, AlertEvent.DUE_7) and end is not None:
        days_left = (end - event.as_of).days
    days_late = None
    if first_end is not None:
        fulfilled = event.new_status in (Status.FULFILLED_ON_TIME, Status.FULFILLED_LATE)
        still_fulfilled = fulfilled and claim.status == event.new_status and claim.outcome_on
        day = claim.outcome_on if still_fulfilled and claim.outcome_on else event.as_of
        if fulfilled:
            days_late = max((day - first_end).days, 0)
        elif day > first_end:
            days_late = (day - first_end).days
    return EventFacts(
        alert_id=alert.pk,
        event_id=event.pk,
        event=alert.event,
        event_label=str(AlertEvent(alert.event).label),
        happened_at=event.happened_at,
        happened_on=event.as_of,
        old_status=event.old_status,
        new_status=event.new_status,
        old_status_label=status_label(event.old_status) if event.old_status else "",
        new_status_label=status_label(event.new_status),
        tone=status_tone(event.new_status),
        deadline=_window(revision),
        deadline_text=single_line(revision.text) if revision is not None else "",
        deadline_stated_on=revision.stated_on if revision is not None else None,
        deadline_end=end,
        first_deadline=window_display(claim.original_deadline_start, claim.original_deadline_end),
        days_past_deadline=days_past,
        days_late=days_late,
        days_left=days_left,
        days_moved=event.days if alert.event == AlertEvent.SLIPPED else None,
        slippage_days=(end - first_end).days if end is not None and first_end else None,
        # The event's own source; for a change the sweep made, the source that stated the
        # deadline then in force.
        source=SourceFacts.of(event.source or (revision.source if revision is not None else None)),
        evidence=_evidence_facts(event.evidence),
    )


def alert_content(alerts: Sequence[Alert], claim: Claim) -> AlertContent:
    """What the message for these alerts (one, or a burst of evidence on one claim) says."""
    events = [event_facts(alert, claim) for alert in alerts]
    last = events[-1]
    return AlertContent(
        claim=claim,
        events=events,
        status_now=claim.status,
        status_now_label=status_label(claim.status),
        status_changed_since=bool(claim.status) and claim.status != last.new_status,
        claim_url=claim_url(claim),
        admin_url=claim_admin_url(claim.pk),
        api_url=claim_api_url(claim.pk),
    )
