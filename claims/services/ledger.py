"""Writing the ledger: claims, their deadline revisions, outcomes and sources."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from django.core.exceptions import ValidationError
from django.db import transaction

from language.deadlines import DeadlineWindow

from ..models import (
    Claim,
    DeadlineRevision,
    Organisation,
    Outcome,
    Source,
    StatusEvent,
    today_in,
)
from .common import User, deadline_parse, saved_user
from .statuses import claim_refresh, claim_sync_deadline


@transaction.atomic
def claim_create(
    *,
    promiser: Organisation,
    subject: str,
    statement: str,
    category: str,
    source: Source,
    stated_on: dt.date,
    quote: str = "",
    deadline_text: str = "",
    partners: Iterable[Organisation] = (),
    keywords: str = "",
    actor: User | None = None,
    job: str = "",
) -> Claim:
    """Record a promise and, when it names one, its deadline as the first revision."""
    claim = Claim(
        promiser=promiser,
        subject=subject,
        statement=statement,
        category=category,
        source=source,
        stated_on=stated_on,
        quote=quote,
        keywords=keywords,
    )
    claim.full_clean()
    window = (
        deadline_parse(text=deadline_text, stated_on=stated_on, field="deadline_text")
        if deadline_text.strip()
        else None
    )
    claim.save()
    claim.partners.set(partners)
    if window is not None:
        deadline_revision_insert(claim=claim, window=window, stated_on=stated_on, source=source)
    return claim_refresh(
        claim=claim, actor=actor, job=job, rationale="claim recorded", source=source
    )


@transaction.atomic
def deadline_revision_create(
    *,
    claim: Claim,
    text: str,
    stated_on: dt.date,
    source: Source,
    actor: User | None = None,
    job: str = "",
) -> DeadlineRevision:
    """State the claim's deadline again. A restatement is a new revision, never an overwrite."""
    window = deadline_parse(text=text, stated_on=stated_on)
    previous_end = claim.deadline_end
    revision = deadline_revision_insert(
        claim=claim, window=window, stated_on=stated_on, source=source
    )
    claim_sync_deadline(claim=claim)
    moved = (
        (claim.deadline_end - previous_end).days if claim.deadline_end and previous_end else None
    )
    StatusEvent.objects.create(
        claim=claim,
        kind=StatusEvent.Kind.RESTATED,
        as_of=today_in(claim.timezone),
        old_status=claim.status,
        new_status=claim.status,
        days=moved,
        actor=saved_user(actor),
        job=job,
        source=source,
        revision=claim.current_revision,
        rationale=f"deadline stated as {text!r} on {stated_on:%Y-%m-%d}"[:500],
    )
    claim_refresh(
        claim=claim, actor=actor, job=job, source=source, rationale=f"deadline stated as {text!r}"
    )
    return revision


def deadline_revision_insert(
    *, claim: Claim, window: DeadlineWindow, stated_on: dt.date, source: Source
) -> DeadlineRevision:
    """Store an already parsed window as a revision; the caller refreshes the claim."""
    revision = DeadlineRevision(
        claim=claim,
        source=source,
        stated_on=stated_on,
        text=window.text,
        start=window.start,
        end=window.end,
        precision=window.precision,
        qualifier=window.qualifier,
        language=window.language,
    )
    revision.full_clean()
    revision.save()
    return revision


def deadline_revision_apply_window(*, revision: DeadlineRevision) -> None:
    """Fill a revision's window from its text (used by forms before they save an edit)."""
    window = deadline_parse(text=revision.text, stated_on=revision.stated_on)
    revision.text = window.text
    revision.start, revision.end = window.start, window.end
    revision.precision, revision.qualifier = window.precision, window.qualifier
    revision.language = window.language


@transaction.atomic
def claim_record_outcome(
    *,
    claim: Claim,
    outcome: str,
    on: dt.date | None,
    reason: str = "",
    source: Source | None = None,
    rationale: str = "",
    actor: User | None = None,
    job: str = "",
) -> Claim:
    """Settle a claim (fulfilled, withdrawn, unverifiable) or reopen it (outcome "")."""
    claim.outcome, claim.outcome_on, claim.reason = outcome, on, reason
    if outcome in (Outcome.OPEN, Outcome.UNVERIFIABLE):
        claim.outcome_on = None
    claim.full_clean()
    claim.save(update_fields=["outcome", "outcome_on", "reason", "updated_at"])
    return claim_refresh(
        claim=claim,
        actor=actor,
        job=job,
        source=source,
        rationale=rationale or f"outcome recorded: {Outcome(outcome).label}",
    )


# Fields of a claim an editor may change in place; the deadline changes only through
# revisions (deadline_revision_create) and the outcome through claim_record_outcome.
CLAIM_EDITABLE_FIELDS = ("subject", "statement", "quote", "category", "keywords")


@transaction.atomic
def claim_update(
    *,
    claim: Claim,
    data: dict,
    partners: Iterable[Organisation] | None = None,
    actor: User | None = None,
    job: str = "",
) -> Claim:
    """Change a claim's descriptive fields (and partners), validated as in the admin."""
    unknown = set(data) - set(CLAIM_EDITABLE_FIELDS)
    if unknown:
        raise ValidationError({name: "This field cannot be changed in place." for name in unknown})
    for name, value in data.items():
        setattr(claim, name, value)
    claim.full_clean()
    # Only the edited columns: the cached deadline and status belong to claim_refresh.
    claim.save(update_fields=[*data, "updated_at"])
    if partners is not None:
        claim.partners.set(partners)
    return claim_refresh(claim=claim, actor=actor, job=job, rationale="edited")


def source_create(*, data: dict) -> Source:
    """Record a source (an article, release, filing or statement), validated by the model."""
    source = Source(**data)
    source.full_clean()
    source.save()
    return source
