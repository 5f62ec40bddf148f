"""Evidence: queued for review, then confirmed (which settles or restates its claim) or
rejected."""

from __future__ import annotations

import datetime as dt

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext

from language.deadlines import format_window

from ..models import (
    Claim,
    Evidence,
    Outcome,
    Source,
    StatusEvent,
    today_in,
)
from .common import User, not_in_future, saved_user
from .ledger import claim_record_outcome, deadline_revision_create, statement_window


@transaction.atomic
def evidence_add(
    *,
    claim: Claim,
    source: Source,
    observed_on: dt.date,
    kind: str,
    summary: str = "",
    why: str = "",
    score: float | None = None,
    deadline_text: str = "",
    proposed_start: dt.date | None = None,
    proposed_end: dt.date | None = None,
    actor: User | None = None,
    job: str = "",
) -> Evidence:
    """Queue a piece of evidence for review; followers of new evidence are alerted.

    Evidence always starts as a candidate, whoever adds it (the news watch, an editor): it
    changes the claim only through `evidence_review`. Its date is not in the future. A delay
    may carry the window the news matcher read from `deadline_text` (`proposed_start`,
    `proposed_end`): the restatement an editor accepts by confirming it.
    """
    not_in_future(observed_on, tz_name=claim.timezone, field="observed_on", what="The date")
    evidence = Evidence(
        claim=claim,
        source=source,
        observed_on=observed_on,
        kind=kind,
        summary=summary,
        why=why,
        score=score,
        deadline_text=deadline_text,
        proposed_start=proposed_start,
        proposed_end=proposed_end,
        state=Evidence.State.CANDIDATE,
    )
    evidence.full_clean()
    evidence.save()
    StatusEvent.objects.create(
        claim=claim,
        kind=StatusEvent.Kind.EVIDENCE,
        as_of=today_in(claim.timezone),
        old_status=claim.status,
        new_status=claim.status,
        actor=saved_user(actor),
        job=job,
        source=source,
        revision=claim.current_revision,
        evidence=evidence,
        rationale=f"{evidence.get_kind_display()} reported by {source.title}"[:500],
    )
    return evidence


@transaction.atomic
def evidence_review(
    *,
    evidence: Evidence,
    state: str,
    actor: User | None = None,
    fulfilled_on: dt.date | None = None,
    job: str = "",
) -> Evidence:
    """Confirm or reject a piece of evidence, and apply what a confirmation means for its claim.

    Confirming a fulfilment records the claim as fulfilled on `fulfilled_on` (default: the day
    the evidence was observed). Confirming a delay that reports a new deadline records that
    deadline as a new revision sourced from the evidence. Reviewing again the same way changes
    nothing; a review is final otherwise, since its effect on the claim is already recorded.
    """
    if state not in (Evidence.State.CONFIRMED, Evidence.State.REJECTED):
        raise ValidationError(
            {
                "state": gettext("Evidence can be confirmed or rejected, not %(state)s.")
                % {"state": repr(state)}
            }
        )
    if evidence.state == state:
        return evidence
    # Compare-and-swap: of two editors reviewing the same candidate, one applies it.
    reviewed = Evidence.objects.filter(pk=evidence.pk, state=Evidence.State.CANDIDATE).update(
        state=state, reviewed_by=saved_user(actor), reviewed_at=timezone.now()
    )
    if not reviewed:
        evidence.refresh_from_db()
        if evidence.state == state:
            return evidence
        raise ValidationError(
            gettext(
                "This evidence was already %(state)s; a review is final. "
                "Correct the claim itself (its outcome or deadline) if the "
                "review was wrong."
            )
            % {"state": evidence.get_state_display()}
        )
    evidence.refresh_from_db()
    claim = evidence.claim
    if state == Evidence.State.CONFIRMED and evidence.kind == Evidence.Kind.FULFILMENT:
        claim_record_outcome(
            claim=claim,
            outcome=Outcome.FULFILLED,
            on=fulfilled_on or evidence.observed_on,
            source=evidence.source,
            actor=actor,
            job=job,
            rationale=f"fulfilment confirmed from {evidence.source.title}"[:500],
        )
    if (
        state == Evidence.State.CONFIRMED
        and evidence.kind == Evidence.Kind.DELAY
        and evidence.deadline_text
        and not claim.revisions.filter(
            source=evidence.source, stated_on=evidence.observed_on, text=evidence.deadline_text
        ).exists()
    ):
        if evidence.has_proposal:
            _proposal_check(evidence=evidence, claim=claim)
        # Inside this function's transaction: the review and the restatement are kept
        # together or not at all.
        deadline_revision_create(
            claim=claim,
            text=evidence.deadline_text,
            stated_on=evidence.observed_on,
            source=evidence.source,
            evidence=evidence,
            actor=actor,
            job=job,
        )
    return evidence


def _proposal_check(*, evidence: Evidence, claim: Claim) -> None:
    """Refuse to accept a proposed restatement the ledger has moved past since the news
    watch proposed it (the caller's transaction then records no review either)."""
    if claim.outcome:
        raise ValidationError(
            f"The claim was recorded as {claim.get_outcome_display()} since this delay was "
            "found, so its new deadline no longer applies: reject the evidence, or reopen the "
            "claim first."
        )
    later = (
        claim.revisions.filter(corrects__isnull=True, stated_on__gt=evidence.observed_on)
        .order_by("-stated_on", "-id")
        .first()
    )
    if later is not None:
        raise ValidationError(
            f"The deadline was stated again on {later.stated_on:%Y-%m-%d} ({later.text!r}), "
            f"after this item ({evidence.observed_on:%Y-%m-%d}): the proposal is out of date. "
            "Reject it, or add the restatement on the claim's page."
        )
    window = statement_window(
        text=evidence.deadline_text, stated_on=evidence.observed_on, claim=claim
    )
    if (window.start, window.end) != (evidence.proposed_start, evidence.proposed_end):
        raise ValidationError(
            f"{evidence.deadline_text!r} now reads as {format_window(window.start, window.end)}, "
            f"not {format_window(evidence.proposed_start, evidence.proposed_end)} as proposed: "
            "check it and add the restatement on the claim's page."
        )
