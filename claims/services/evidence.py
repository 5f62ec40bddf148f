"""Evidence: queued for review, then confirmed (which settles or restates its claim) or
rejected."""

from __future__ import annotations

import datetime as dt

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext

from ..models import (
    Claim,
    Evidence,
    Outcome,
    Source,
    StatusEvent,
    today_in,
)
from .common import User, not_in_future, saved_user
from .ledger import claim_record_outcome, deadline_revision_create


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
    actor: User | None = None,
    job: str = "",
) -> Evidence:
    """Queue a piece of evidence for review; followers of new evidence are alerted.

    Evidence always starts as a candidate, whoever adds it (the news watch, an editor): it
    changes the claim only through `evidence_review`. Its date is not in the future.
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
        deadline_revision_create(
            claim=claim,
            text=evidence.deadline_text,
            stated_on=evidence.observed_on,
            source=evidence.source,
            actor=actor,
            job=job,
        )
    return evidence
