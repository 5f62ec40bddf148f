"""Writing the ledger: claims, their deadline revisions (statements and corrections),
outcomes and sources. Every editor's change checks and moves the claim's version."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext

from language.deadlines import (
    DeadlineInPastError,
    DeadlineParseError,
    DeadlineWindow,
    parse_deadline,
)

from ..choices import DatePrecision
from ..models import (
    Claim,
    DeadlineRevision,
    Evidence,
    Organisation,
    Outcome,
    Source,
    StatusEvent,
    is_known_time_zone,
    today_in,
)
from .common import (
    User,
    claim_bump_version,
    claim_locked,
    deadline_parse,
    not_in_future,
    saved_user,
)
from .statuses import claim_refresh, claim_sync_deadline


def statement_window(
    *,
    text: str,
    stated_on: dt.date,
    claim: Claim | None = None,
    tz_name: str | None = None,
    reported: bool = False,
    field: str = "text",
    stated_precision: str = "day",
) -> DeadlineWindow:
    """The window of a deadline statement, checked against time and its claim, or a
    ValidationError saying what is wrong (the admin's forms show it before anything is saved).

    A statement is not made in the future (in the claim's time zone), nor before its claim
    was stated; its window does not end before it starts, nor before it was stated: a
    restatement "in 1999" is a typing mistake, and an old promise reported by a later article
    is recorded with the date it was made (`reported`).
    """
    tz_name = claim.timezone if claim is not None else tz_name
    if not is_known_time_zone(tz_name):
        tz_name = settings.CLAIMS_DEFAULT_TIMEZONE  # an unknown zone is the model's error
    not_in_future(stated_on, tz_name=tz_name, field="stated_on", what="The stated date")
    if claim is not None and stated_on < claim.stated_on:
        raise ValidationError(
            {
                "stated_on": gettext(
                    "%(stated_on)s is before the promise was made "
                    "(%(claim_stated_on)s); a restatement comes after it."
                )
                % {
                    "stated_on": format(stated_on, "%Y-%m-%d"),
                    "claim_stated_on": format(claim.stated_on, "%Y-%m-%d"),
                }
            }
        )
    hint = (
        "give the date the promise was originally made as its stated date"
        if reported
        else "if the source reports a promise made earlier, mark it as reported after the "
        "fact and give the date it was made as the stated date"
    )
    try:
        # A span said in a month known only to the month ends at that month's end.
        window = parse_deadline(text, stated_on=stated_on, stated_precision=stated_precision)
    except DeadlineInPastError as error:
        # A restatement "in 1999" is a typing mistake; an old promise reported by a later
        # article is recorded with the date it was made.
        raise ValidationError(
            {
                field: gettext(
                    "%(text)s ended on %(start)s, before it was stated (%(stated_on)s): %(hint)s."
                )
                % {
                    "text": repr(error.window.text),
                    "start": format(error.window.end or error.window.start, "%Y-%m-%d"),
                    "stated_on": format(stated_on, "%Y-%m-%d"),
                    "hint": hint,
                }
            }
        ) from error
    except DeadlineParseError as error:
        raise ValidationError({field: str(error)}) from error
    if window.start and window.end and window.start > window.end:
        raise ValidationError({field: gettext("The deadline window ends before it starts.")})
    return window


@transaction.atomic
def claim_create(
    *,
    promiser: Organisation,
    subject: str,
    statement: str,
    category: str,
    source: Source,
    stated_on: dt.date,
    stated_on_precision: str = DatePrecision.DAY,
    reported_after_the_fact: bool = False,
    quote: str = "",
    deadline_text: str = "",
    partners: Iterable[Organisation] = (),
    keywords: str = "",
    timezone: str | None = None,
    actor: User | None = None,
    job: str = "",
) -> Claim:
    """Record a promise and, when it names one, its deadline as the first revision.

    The stated date is not in the future (in the claim's time zone). A deadline that ended
    before it was stated is refused unless the promise is reported after the fact, in which
    case `stated_on` is the day it was originally made and must come before the source.
    """
    claim = Claim(
        promiser=promiser,
        subject=subject,
        statement=statement,
        category=category,
        source=source,
        stated_on=stated_on,
        stated_on_precision=stated_on_precision,
        reported_after_the_fact=reported_after_the_fact,
        quote=quote,
        keywords=keywords,
    )
    if timezone:
        claim.timezone = timezone
    claim._history_user = saved_user(actor)
    claim.full_clean()
    if reported_after_the_fact and stated_on > source.published_on:
        raise ValidationError(
            {
                "stated_on": gettext(
                    "A promise reported after the fact was made before its source was published "
                    "(%(published_on)s), not on %(stated_on)s."
                )
                % {
                    "published_on": format(source.published_on, "%Y-%m-%d"),
                    "stated_on": format(stated_on, "%Y-%m-%d"),
                }
            }
        )
    not_in_future(stated_on, tz_name=claim.timezone, field="stated_on", what="The stated date")
    window = None
    if deadline_text.strip():
        window = statement_window(
            text=deadline_text,
            stated_on=stated_on,
            tz_name=claim.timezone,
            reported=reported_after_the_fact,
            field="deadline_text",
            stated_precision=claim.stated_on_precision,
        )
    claim.save()
    claim.partners.set(partners)
    if window is not None:
        deadline_revision_insert(
            claim=claim,
            window=window,
            stated_on=stated_on,
            stated_on_precision=stated_on_precision,
            source=source,
            actor=actor,
        )
    claim_refresh(claim=claim, actor=actor, job=job, rationale="claim recorded", source=source)
    # The history's first version as readers first see it: with its deadline and status.
    claim._history_user = saved_user(actor)
    claim.save(update_fields=["updated_at"])
    return claim


@transaction.atomic
def deadline_revision_create(
    *,
    claim: Claim,
    text: str,
    stated_on: dt.date,
    source: Source,
    stated_on_precision: str = DatePrecision.DAY,
    expected_version: int | None = None,
    evidence: Evidence | None = None,
    actor: User | None = None,
    job: str = "",
) -> DeadlineRevision:
    """State the claim's deadline again. A restatement is a new revision, never an overwrite.

    It is stated on or after the promise and not in the future; its deadline has not ended
    when it is stated. The claim keeps its first deadline: a miss of it is never erased.
    `evidence` is the reviewed delay it comes from, if any; the timeline's event names it.
    """
    claim = claim_locked(claim=claim, expected_version=expected_version)
    window = statement_window(
        text=text, stated_on=stated_on, claim=claim, stated_precision=stated_on_precision
    )
    previous_end = claim.deadline_end
    revision = deadline_revision_insert(
        claim=claim,
        window=window,
        stated_on=stated_on,
        stated_on_precision=stated_on_precision,
        source=source,
        actor=actor,
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
        evidence=evidence,
        rationale=f"deadline stated as {text!r} on {stated_on:%Y-%m-%d}"[:500],
    )
    claim_refresh(
        claim=claim, actor=actor, job=job, source=source, rationale=f"deadline stated as {text!r}"
    )
    claim_bump_version(claim=claim, actor=actor)
    return revision


@transaction.atomic
def deadline_revision_correct(
    *,
    revision: DeadlineRevision,
    text: str,
    reason: str,
    stated_on: dt.date | None = None,
    source: Source | None = None,
    expected_version: int | None = None,
    actor: User | None = None,
    job: str = "",
) -> DeadlineRevision:
    """Correct a deadline statement that was recorded wrongly: a new revision that stands in
    for it, with the reason. The wrong one stays, and the timeline shows the correction.

    Correcting a correction corrects the statement it stood in for. Use a restatement, not
    a correction, when the promiser changed its date.
    """
    if not reason.strip():
        raise ValidationError({"reason": gettext("Say why the statement is corrected.")})
    target = revision.corrects or revision
    claim = claim_locked(claim=target.claim, expected_version=expected_version)
    stated_on = stated_on or target.stated_on
    source = source or target.source
    window = statement_window(
        text=text,
        stated_on=stated_on,
        claim=claim,
        reported=claim.reported_after_the_fact,
        stated_precision=target.stated_on_precision,
    )
    first_end, current_end = claim.original_deadline_end, claim.deadline_end
    correction = deadline_revision_insert(
        claim=claim,
        window=window,
        stated_on=stated_on,
        stated_on_precision=target.stated_on_precision,
        source=source,
        actor=actor,
        corrects=target,
        reason=reason.strip(),
    )
    claim_sync_deadline(claim=claim)
    moved_end = (
        claim.original_deadline_end
        if claim.original_deadline_end != first_end
        else claim.deadline_end
    )
    before = first_end if claim.original_deadline_end != first_end else current_end
    StatusEvent.objects.create(
        claim=claim,
        kind=StatusEvent.Kind.CORRECTED,
        as_of=today_in(claim.timezone),
        old_status=claim.status,
        new_status=claim.status,
        days=(moved_end - before).days if moved_end and before else None,
        actor=saved_user(actor),
        job=job,
        source=source,
        revision=claim.current_revision,
        rationale=f"{target.text!r} corrected to {text!r}: {reason.strip()}"[:500],
    )
    claim_refresh(
        claim=claim, actor=actor, job=job, source=source, rationale=f"corrected: {reason}"[:500]
    )
    claim_bump_version(claim=claim, actor=actor)
    return correction


def deadline_revision_insert(
    *,
    claim: Claim,
    window: DeadlineWindow,
    stated_on: dt.date,
    source: Source,
    stated_on_precision: str = DatePrecision.DAY,
    actor: User | None = None,
    corrects: DeadlineRevision | None = None,
    reason: str = "",
) -> DeadlineRevision:
    """Store an already parsed window as a revision; the caller refreshes the claim."""
    revision = DeadlineRevision(
        claim=claim,
        source=source,
        stated_on=stated_on,
        stated_on_precision=stated_on_precision,
        text=window.text,
        start=window.start,
        end=window.end,
        precision=window.precision,
        qualifier=window.qualifier,
        language=window.language,
        corrects=corrects,
        reason=reason,
        recorded_by=saved_user(actor),
    )
    revision.full_clean()
    revision.save()
    return revision


def deadline_revision_apply_window(*, revision: DeadlineRevision) -> None:
    """Fill a revision's window from its text (the admin's form previews it before saving)."""
    window = deadline_parse(
        text=revision.text,
        stated_on=revision.stated_on,
        stated_precision=revision.stated_on_precision,
    )
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
    expected_version: int | None = None,
    actor: User | None = None,
    job: str = "",
) -> Claim:
    """Settle a claim (fulfilled, withdrawn, unverifiable) or reopen it (outcome "").

    The date is not in the future nor before the promise. A fulfilment dated on or before
    the first deadline is on time even when recorded after it passed (the ledger learned of
    it late). Its status event is as of that date; `happened_at` keeps when it was recorded.
    """
    claim = claim_locked(claim=claim, expected_version=expected_version)
    claim.outcome, claim.outcome_on, claim.reason = outcome, on, reason
    if outcome in (Outcome.OPEN, Outcome.UNVERIFIABLE):
        claim.outcome_on = None
    claim._history_user = saved_user(actor)
    claim.full_clean()
    # One save, one history record, per version.
    claim.version += 1
    claim.save(update_fields=["outcome", "outcome_on", "reason", "version", "updated_at"])
    return claim_refresh(
        claim=claim,
        actor=actor,
        job=job,
        source=source,
        rationale=rationale or f"outcome recorded: {Outcome(outcome).label}",
        # The status changed on the day the promise was kept (or dropped), however much
        # later the ledger learned of it; happened_at keeps when it was recorded.
        event_on=claim.outcome_on,
    )


# Fields of a claim an editor may change in place. The promise itself (promiser, stated date,
# source) is fixed once recorded; the deadline changes only through revisions
# (deadline_revision_create, deadline_revision_correct) and the outcome through
# claim_record_outcome.
CLAIM_EDITABLE_FIELDS = ("subject", "statement", "quote", "category", "keywords", "timezone")


@transaction.atomic
def claim_update(
    *,
    claim: Claim,
    data: dict[str, object],
    partners: Iterable[Organisation] | None = None,
    expected_version: int | None = None,
    actor: User | None = None,
    job: str = "",
) -> Claim:
    """Change a claim's descriptive fields (and partners), validated as in the admin.

    `expected_version` is the version the change was based on: when someone else changed
    the claim since, StaleVersion is raised and nothing is written.
    """
    unknown = set(data) - set(CLAIM_EDITABLE_FIELDS)
    if unknown:
        raise ValidationError(
            {name: gettext("This field cannot be changed in place.") for name in unknown}
        )
    claim = claim_locked(claim=claim, expected_version=expected_version)
    for name, value in data.items():
        setattr(claim, name, value)
    claim._history_user = saved_user(actor)
    claim.full_clean()
    # Only the edited columns (the cached deadline and status belong to claim_refresh), and
    # the next version: one save, one history record, per version.
    claim.version += 1
    claim.save(update_fields=[*data, "version", "updated_at"])
    if partners is not None:
        claim.partners.set(partners)
    return claim_refresh(claim=claim, actor=actor, job=job, rationale="edited")


def source_create(*, data: dict[str, object], actor: User | None = None) -> Source:
    """Record a source (an article, release, filing or statement), validated by the model."""
    return source_save(source=Source(**data), actor=actor)


def source_save(*, source: Source, actor: User | None = None) -> Source:
    """Record a source or the corrections to one (a title, a publisher), validated by the
    model; its history names who made them."""
    source._history_user = saved_user(actor)
    source.full_clean()
    source.save()
    return source
