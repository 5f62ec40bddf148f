"""Every change to the ledger goes through these functions: admin, API, jobs and commands alike."""

from __future__ import annotations

import datetime as dt
import logging
from collections import Counter
from collections.abc import Iterable

from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.db import connection, transaction
from django.db.models import Count, F, Q, QuerySet
from django.utils import timezone

from .deadlines import DeadlineParseError, DeadlineWindow, parse_deadline
from .models import (
    Claim,
    DeadlineRevision,
    Evidence,
    Organisation,
    Outcome,
    Source,
    StatusEvent,
    today_in,
)
from .selectors import status_expression

logger = logging.getLogger(__name__)

User = AbstractBaseUser


def deadline_parse(*, text: str, stated_on: dt.date, field: str = "text") -> DeadlineWindow:
    """Parse a deadline phrase, turning a parse failure into a ValidationError on `field`."""
    try:
        return parse_deadline(text, stated_on=stated_on)
    except DeadlineParseError as error:
        raise ValidationError({field: str(error)}) from error


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
        actor=_user(actor),
        job=job,
        source=source,
        revision=claim.current_revision,
        rationale=f"deadline stated as {text!r} on {stated_on:%Y-%m-%d}"[:500],
    )
    claim_refresh(
        claim=claim, actor=actor, job=job, source=source, rationale=f"deadline stated as {text!r}"
    )
    return revision


def _user(actor: User | None) -> User | None:
    """Only saved users are recorded as actors (jobs pass None, tests may pass AnonymousUser)."""
    return actor if getattr(actor, "pk", None) else None


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
    job: str = "",
) -> Evidence:
    """Queue a piece of evidence for review; followers of new evidence are alerted."""
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
        job=job,
        source=source,
        revision=claim.current_revision,
        evidence=evidence,
        rationale=f"{evidence.get_kind_display()} reported by {source.title}"[:500],
    )
    return evidence


# A deadline approaching is marked at these many days before its end, the nearest one only.
DUE_SOON_DAYS = (30, 7)


def claims_record_due_soon(*, now: dt.datetime | None = None, job: str = "sweep") -> int:
    """Mark open claims whose deadline end is 30 or 7 days away (once per revision and mark).

    Set-based: one INSERT ... SELECT per time zone and mark; the partial unique constraint
    `event_due_soon_once` makes a re-run, or an overlapping run, insert nothing twice.
    Returns the number of marks recorded.
    """
    now = now or timezone.now()
    ops = connection.ops
    event_table = ops.quote_name(StatusEvent._meta.db_table)
    columns = ", ".join(ops.quote_name(c) for c in (*_EVENT_COLUMNS, "days"))
    recorded = 0
    open_claims = Claim.objects.filter(outcome="", deadline_end__isnull=False)
    time_zones = list(open_claims.order_by().values_list("timezone", flat=True).distinct())
    thresholds = sorted(DUE_SOON_DAYS)
    with transaction.atomic(), connection.cursor() as cursor:
        for tz_name in time_zones:
            today = today_in(tz_name, now)
            nearer = -1
            for days in thresholds:
                # Only the nearest mark applies: a claim 5 days from its end gets the 7-day one.
                approaching = (
                    open_claims.filter(
                        timezone=tz_name,
                        deadline_end__gt=today + dt.timedelta(days=nearer),
                        deadline_end__lte=today + dt.timedelta(days=days),
                    )
                    .annotate(claim_pk=F("pk"), revision_pk=F("current_revision_id"))
                    .order_by()
                    .values_list("claim_pk", "status", "revision_pk")
                )
                nearer = days
                select_sql, select_params = approaching.query.sql_with_params()
                cursor.execute(
                    f"""
                    INSERT INTO {event_table} ({columns})
                    SELECT claim_pk, %s, %s, status, status, NULL, %s, %s, NULL, revision_pk,
                           'due_soon', %s
                    FROM ({select_sql}) AS approaching WHERE TRUE
                    ON CONFLICT DO NOTHING
                    """,  # noqa: S608 - table names come from model metadata, values are parameters
                    [
                        ops.adapt_datetimefield_value(now),
                        ops.adapt_datefield_value(today),
                        job,
                        f"deadline in {days} days or less",
                        days,
                        *select_params,
                    ],
                )
                recorded += max(cursor.rowcount, 0)
    return recorded


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


def claim_refresh(
    *,
    claim: Claim,
    actor: User | None = None,
    job: str = "",
    rationale: str = "",
    source: Source | None = None,
) -> Claim:
    """After an edit of a claim or its revisions: re-cache the deadline, re-derive the status."""
    claim_sync_deadline(claim=claim)
    claims_sweep_statuses(
        claim_ids=[claim.pk], actor=actor, job=job, rationale=rationale, source=source
    )
    claim.refresh_from_db()
    return claim


def claim_sync_deadline(*, claim: Claim) -> None:
    """Copy the first and latest revisions' windows onto the claim's cached deadline columns."""
    revisions = list(claim.revisions.order_by("stated_on", "id").values("id", "start", "end"))
    first = revisions[0] if revisions else {"start": None, "end": None}
    latest = revisions[-1] if revisions else {"id": None, "start": None, "end": None}
    values = {
        "original_deadline_start": first["start"],
        "original_deadline_end": first["end"],
        "deadline_start": latest["start"],
        "deadline_end": latest["end"],
        "current_revision_id": latest["id"],
    }
    Claim.objects.filter(pk=claim.pk).update(**values)
    for name, value in values.items():
        setattr(claim, name, value)


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


def claims_sweep_statuses(
    *,
    now: dt.datetime | None = None,
    claim_ids: Iterable[int] | None = None,
    actor: User | None = None,
    job: str = "sweep",
    rationale: str = "",
    source: Source | None = None,
    dry_run: bool = False,
) -> Counter[str]:
    """Bring stored statuses in line with `status_expression`, recording one event per change.

    Set-based: one statement per time zone moves every claim whose status changed and writes
    its StatusEvent. Idempotent (a second run finds nothing to change) and safe when two
    sweeps overlap: see `_apply_transitions`. Returns the number of transitions by new status.
    """
    now = now or timezone.now()
    claims = Claim.objects.all() if claim_ids is None else Claim.objects.filter(pk__in=claim_ids)
    transitions: Counter[str] = Counter()
    time_zones = list(claims.order_by().values_list("timezone", flat=True).distinct())
    for tz_name in time_zones:
        today = today_in(tz_name, now)
        candidates = (
            claims.filter(timezone=tz_name)
            .annotate(new_status=status_expression(today=today))
            .filter(~Q(status=F("new_status")))
            .order_by()
        )
        if dry_run:
            counts = candidates.values_list("new_status").annotate(n=Count("pk"))
            transitions.update(dict(counts))
            continue
        event = {
            "happened_at": now,
            "as_of": today,
            "actor_id": getattr(_user(actor), "pk", None),
            "job": job,
            "rationale": rationale[:500],
            "source_id": getattr(source, "pk", None),
        }
        transitions.update(_apply_transitions(candidates, event))
    if transitions:
        logger.info(
            "status sweep: %s",
            dict(transitions),
            extra={"job": job, "transitions": dict(transitions), "dry_run": dry_run},
        )
    return transitions


_EVENT_COLUMNS = (
    "claim_id",
    "happened_at",
    "as_of",
    "old_status",
    "new_status",
    "actor_id",
    "job",
    "rationale",
    "source_id",
    "revision_id",
    "kind",
)


def _apply_transitions(candidates: QuerySet[Claim], event: dict) -> dict[str, int]:
    """Move the candidate claims to their new status and record the events, in one transaction.

    PostgreSQL: a single statement locks the candidates with SKIP LOCKED, updates only rows
    whose status is still the one read (compare-and-swap) and inserts an event for exactly
    the rows it updated, so two overlapping sweeps never record a transition twice.
    SQLite: the transaction takes the database's write lock first (transaction_mode
    IMMEDIATE), so reading and writing cannot interleave with another sweep.
    """
    ops = connection.ops
    claim_table = ops.quote_name(Claim._meta.db_table)
    event_table = ops.quote_name(StatusEvent._meta.db_table)
    # Aliased columns, so the raw statements below can name them on every backend.
    rows = candidates.annotate(
        claim_pk=F("pk"), old_status=F("status"), revision_pk=F("current_revision_id")
    ).values_list("claim_pk", "old_status", "new_status", "revision_pk")
    event_params = [
        ops.adapt_datetimefield_value(event["happened_at"]),
        ops.adapt_datefield_value(event["as_of"]),
        event["actor_id"],
        event["job"],
        event["rationale"],
        event["source_id"],
    ]
    columns = ", ".join(ops.quote_name(c) for c in _EVENT_COLUMNS)
    with transaction.atomic(), connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            select_sql, select_params = rows.select_for_update(
                skip_locked=True
            ).query.sql_with_params()
            cursor.execute(
                f"""
                WITH candidate (claim_id, old_status, new_status, revision_id) AS ({select_sql}),
                changed AS (
                    UPDATE {claim_table} AS claim
                    SET status = candidate.new_status, updated_at = %s
                    FROM candidate
                    WHERE claim.id = candidate.claim_id AND claim.status = candidate.old_status
                    RETURNING candidate.*
                ),
                recorded AS (
                    INSERT INTO {event_table} ({columns})
                    SELECT claim_id, %s, %s, old_status, new_status, %s, %s, %s, %s, revision_id,
                           'status'
                    FROM changed
                    RETURNING new_status
                )
                SELECT new_status, COUNT(*) FROM recorded GROUP BY new_status
                """,  # noqa: S608 - table names come from model metadata, values are parameters
                [*select_params, event_params[0], *event_params],
            )
            return dict(cursor.fetchall())
        select_sql, select_params = rows.query.sql_with_params()
        cursor.execute(
            f"SELECT new_status, COUNT(*) FROM ({select_sql}) AS candidate GROUP BY new_status",  # noqa: S608
            select_params,
        )
        counts = dict(cursor.fetchall())
        if counts:
            cursor.execute(
                f"""
                INSERT INTO {event_table} ({columns})
                SELECT claim_pk, %s, %s, old_status, new_status, %s, %s, %s, %s, revision_pk,
                       'status'
                FROM ({select_sql}) AS candidate
                """,  # noqa: S608
                [*event_params, *select_params],
            )
            Claim.objects.filter(pk__in=candidates.values("pk")).update(
                status=status_expression(today=event["as_of"]), updated_at=event["happened_at"]
            )
        return counts


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
        raise ValidationError({"state": f"Evidence can be confirmed or rejected, not {state!r}."})
    if evidence.state == state:
        return evidence
    # Compare-and-swap: of two editors reviewing the same candidate, one applies it.
    reviewed = Evidence.objects.filter(pk=evidence.pk, state=Evidence.State.CANDIDATE).update(
        state=state, reviewed_by=_user(actor), reviewed_at=timezone.now()
    )
    if not reviewed:
        evidence.refresh_from_db()
        if evidence.state == state:
            return evidence
        raise ValidationError(
            f"This evidence was already {evidence.get_state_display()}; a review is final. "
            "Correct the claim itself (its outcome or deadline) if the review was wrong."
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


# ---------------------------------------------------------------------------------------
# Article import: an article becomes a Source and draft claims that an editor reviews.
# (Appended as one block, with its own imports, so parallel work on this file merges cleanly.)
# ---------------------------------------------------------------------------------------

import re  # noqa: E402
from dataclasses import dataclass as _dataclass  # noqa: E402

from django.conf import settings  # noqa: E402
from simple_history.utils import bulk_create_with_history  # noqa: E402

from .importer import (  # noqa: E402
    ArticleText,
    KnownOrganisation,
    article_header,
    detect_language,
    extract_drafts,
    html_to_article,
    looks_like_html,
    normalise_text,
)
from .models import ClaimDraft  # noqa: E402

# A news article is a few tens of kilobytes; a page over 5 MiB is not one (and a 20 MB page
# is refused before it is read in full). Both can be set per deployment.
ARTICLE_MAX_BYTES = 5 * 1024 * 1024
ARTICLE_TIMEOUT = 20.0
# Characters of extracted text the importer reads: a long feature is about 30,000.
ARTICLE_MAX_CHARS = 100_000
_HTML_TYPES = ("text/html", "application/xhtml+xml")


class ArticleImportError(Exception):
    """An article could not be imported; the message says why, for the editor. Nothing stored."""


@_dataclass
class ImportResult:
    source: Source
    created: bool
    drafts: list[ClaimDraft]

    @property
    def summary(self) -> str:
        if not self.created:
            return (
                f"Already imported as source #{self.source.pk} ({self.source.title!r}); "
                "nothing was changed."
            )
        return (
            f"Imported {self.source.title!r} ({self.source.published_on:%Y-%m-%d}) as source "
            f"#{self.source.pk}: {len(self.drafts)} draft claim(s) to review."
        )


def article_fetch(*, url: str) -> ArticleText:
    """Fetch an article page with the safe client (tracker.fetch) and extract its text."""
    from tracker.fetch import FetchError, FetchTimeoutError, ResponseTooLargeError, fetch

    max_bytes = getattr(settings, "ARTICLE_IMPORT_MAX_BYTES", ARTICLE_MAX_BYTES)
    try:
        result = fetch(
            url,
            max_bytes=max_bytes,
            timeout=getattr(settings, "ARTICLE_IMPORT_TIMEOUT", ARTICLE_TIMEOUT),
            accept="text/html,application/xhtml+xml;q=0.9,*/*;q=0.1",
        )
    except ResponseTooLargeError as error:
        raise ArticleImportError(
            f"The page at {url} is too large to be an article ({error.reason}); "
            f"the importer reads pages of at most {max_bytes // (1024 * 1024)} MiB."
        ) from error
    except FetchTimeoutError as error:
        raise ArticleImportError(f"Timed out fetching {url}: {error.reason}.") from error
    except FetchError as error:
        raise ArticleImportError(f"Could not fetch {url}: {error.reason}.") from error
    content_type = result.content_type.split(";")[0].strip().lower()
    if content_type not in _HTML_TYPES:
        raise ArticleImportError(
            f"{url} is not an HTML page (its content type is {content_type or 'not given'}); "
            "paste the article's text instead."
        )
    if b"\x00" in result.content[:65536]:
        raise ArticleImportError(f"{url} says it is HTML but sends binary data.")
    article = html_to_article(_decode_html(result.content, result.content_type))
    if not article.text.strip():
        raise ArticleImportError(f"No article text was found on the page at {url}.")
    return article


def _decode_html(content: bytes, content_type: str) -> str:
    """The page's text in the charset its header or <meta> names, UTF-8 otherwise."""
    declared = re.search(r"charset=[\"']?([\w.:-]+)", content_type, re.IGNORECASE) or re.search(
        rb"<meta[^>]+charset=[\"']?([\w.:-]+)", content[:4096], re.IGNORECASE
    )
    charset = declared.group(1) if declared else "utf-8"
    if isinstance(charset, bytes):
        charset = charset.decode("ascii", "replace")
    try:
        return content.decode(charset, errors="replace")
    except LookupError:
        return content.decode("utf-8", errors="replace")


def article_import(
    *,
    url: str | None = None,
    text: str | None = None,
    title: str = "",
    published_on: dt.date | None = None,
    publisher: str = "",
    actor: User | None = None,
) -> ImportResult:
    """Record an article (from its URL, or its text or HTML) and the draft claims found in it.

    An article is stored once: by URL, or by its text when it has no URL. Importing it again
    returns the stored source and its drafts and changes nothing (`created` is False). On any
    failure (unreachable, not HTML, too large, empty, no publication date) ArticleImportError
    says why and nothing is stored. The drafts wait for an editor: nothing is published here.
    """
    if url and text:
        raise ArticleImportError("Give the article's URL or its text, not both.")
    url = (url or "").strip() or None
    if url is not None:
        existing = Source.objects.filter(url=url).first()
        if existing is not None:
            return ImportResult(existing, False, list(existing.drafts.all()))
        article = article_fetch(url=url)
    else:
        if text is None or not text.strip():
            raise ArticleImportError("The article is empty: there is no text to read.")
        if "\x00" in text:
            raise ArticleImportError("The article is binary data, not text.")
        article = (
            html_to_article(text)
            if looks_like_html(text)
            else article_header(normalise_text(text), today=timezone.localdate())
        )
    body = normalise_text(article.text)
    if not body:
        raise ArticleImportError("The article is empty: there is no text to read.")
    if len(body) > ARTICLE_MAX_CHARS:
        raise ArticleImportError(
            f"The article's text is {len(body):,} characters long; the importer reads at most "
            f"{ARTICLE_MAX_CHARS:,}. Paste the part that holds the promises."
        )
    if url is None:
        existing = Source.objects.filter(url__isnull=True, text=body).first()
        if existing is not None:
            return ImportResult(existing, False, list(existing.drafts.all()))
    published_on = published_on or article.published_on
    if published_on is None:
        raise ArticleImportError(
            "The article's publication date is unknown: give it (YYYY-MM-DD). Deadlines such "
            "as 'next year' are read from that date."
        )
    if published_on > timezone.localdate():
        raise ArticleImportError(f"The publication date {published_on} is in the future.")
    title = (title or article.title or body.split("\n", 1)[0])[:500].strip()
    language = detect_language(body)
    organisations = [
        KnownOrganisation(pk, name, tuple(Organisation(aliases=aliases).alias_list))
        for pk, name, aliases in Organisation.objects.values_list("pk", "name", "aliases")
    ]
    candidates = extract_drafts(
        body,
        published_on=published_on,
        organisations=organisations,
        title=title,
        language=language,
    )
    with transaction.atomic():
        source = Source(
            url=url,
            kind=Source.Kind.ARTICLE,
            title=title,
            publisher=publisher[:200],
            author=article.author[:200],
            published_on=published_on,
            language=language,
            text=body,
        )
        try:
            source.full_clean()
        except ValidationError as error:
            # Imported meanwhile by someone else (same URL): theirs is the one stored.
            if url is not None and (existing := Source.objects.filter(url=url).first()):
                return ImportResult(existing, False, list(existing.drafts.all()))
            raise ArticleImportError("; ".join(error.messages)) from error
        source._history_user = _user(actor)
        source.save()
        drafts = [
            ClaimDraft(
                source=source,
                position=c.position,
                quote=c.quote,
                statement=c.statement,
                promiser_id=c.promiser_pk,
                promiser_name=c.promiser_name[:200],
                subject=c.subject[:200],
                category=c.category,
                deadline_text=c.deadline_text[:500],
                start=c.start,
                end=c.end,
                precision=c.precision,
                qualifier=c.qualifier,
                stated_on=c.stated_on,
                reason=c.reason,
            )
            for c in candidates
        ]
        bulk_create_with_history(drafts, ClaimDraft, default_user=_user(actor))
    logger.info(
        "article imported: source %s, %d drafts",
        source.pk,
        len(drafts),
        extra={"source": source.pk, "drafts": len(drafts)},
    )
    return ImportResult(source, True, list(source.drafts.all()))


# Fields of a draft an editor may change before approving it; the window follows the text.
DRAFT_EDITABLE_FIELDS = (
    "quote",
    "statement",
    "promiser",
    "promiser_name",
    "subject",
    "category",
    "deadline_text",
    "stated_on",
)


def _draft_open(draft: ClaimDraft) -> None:
    if draft.state != ClaimDraft.State.DRAFT:
        raise ValidationError(f"This draft was already reviewed ({draft.get_state_display()}).")


@transaction.atomic
def draft_update(*, draft: ClaimDraft, data: dict, actor: User | None = None) -> ClaimDraft:
    """Edit a draft before review; a changed deadline text or date is parsed again."""
    _draft_open(draft)
    unknown = set(data) - set(DRAFT_EDITABLE_FIELDS)
    if unknown:
        raise ValidationError({name: "This field cannot be changed in place." for name in unknown})
    for name, value in data.items():
        setattr(draft, name, value)
    if draft.deadline_text.strip():
        window = deadline_parse(
            text=draft.deadline_text, stated_on=draft.stated_on, field="deadline_text"
        )
        draft.start, draft.end = window.start, window.end
        draft.precision, draft.qualifier = window.precision, window.qualifier
    else:
        draft.deadline_text, draft.start, draft.end = "", None, None
        draft.precision = draft.qualifier = ""
    draft.full_clean()
    draft._history_user = _user(actor)
    draft.save()
    return draft


def _draft_mark(draft: ClaimDraft, state: str, actor: User | None) -> None:
    """Move a draft out of review exactly once (compare-and-swap on its state)."""
    now = timezone.now()
    changed = ClaimDraft.objects.filter(pk=draft.pk, state=ClaimDraft.State.DRAFT).update(
        state=state, reviewed_by=_user(actor), reviewed_at=now
    )
    if changed != 1:
        draft.refresh_from_db()
        _draft_open(draft)
    draft.state, draft.reviewed_by, draft.reviewed_at = state, _user(actor), now


@transaction.atomic
def draft_approve(*, draft: ClaimDraft, actor: User | None = None) -> Claim:
    """Record the draft as a claim (with its deadline as the first revision) from its article."""
    _draft_open(draft)
    if draft.promiser_id is None:
        raise ValidationError(
            {
                "promiser": f"Choose the promiser first: {draft.promiser_name or 'the promiser'!r}"
                " is not an organisation of the ledger yet (add it, then pick it on the draft)."
            }
        )
    _draft_mark(draft, ClaimDraft.State.APPROVED, actor)
    claim = claim_create(
        promiser=draft.promiser,
        subject=draft.subject or draft.promiser.name,
        statement=draft.statement,
        category=draft.category,
        source=draft.source,
        stated_on=draft.stated_on,
        quote=draft.quote,
        deadline_text=draft.deadline_text,
        actor=actor,
        job="import",
    )
    draft.claim = claim
    draft._history_user = _user(actor)
    draft.save()
    return claim


@transaction.atomic
def draft_merge(*, draft: ClaimDraft, claim: Claim, actor: User | None = None) -> DeadlineRevision:
    """The draft restates an existing claim: record its deadline as a new revision of that
    claim, sourced from the draft's article and stated on the draft's date."""
    _draft_open(draft)
    if not draft.deadline_text.strip():
        raise ValidationError(
            "This draft gives no deadline, so there is nothing to restate: approve it as a new "
            "claim or discard it."
        )
    if claim.revisions.filter(
        source=draft.source, stated_on=draft.stated_on, text=draft.deadline_text
    ).exists():
        raise ValidationError("The claim already records this deadline from this article.")
    _draft_mark(draft, ClaimDraft.State.MERGED, actor)
    revision = deadline_revision_create(
        claim=claim,
        text=draft.deadline_text,
        stated_on=draft.stated_on,
        source=draft.source,
        actor=actor,
        job="import",
    )
    draft.claim = claim
    draft._history_user = _user(actor)
    draft.save()
    return revision


@transaction.atomic
def draft_discard(*, draft: ClaimDraft, actor: User | None = None) -> ClaimDraft:
    """Set a draft aside: it is kept, with who discarded it, and never becomes a claim."""
    _draft_open(draft)
    _draft_mark(draft, ClaimDraft.State.DISCARDED, actor)
    draft._history_user = _user(actor)
    draft.save()
    return draft
