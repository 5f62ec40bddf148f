"""News watch: poll feeds, store their items once, match them to open claims, and review
the evidence candidates they produce."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone

from claims.models import Claim, Evidence, Source
from claims.services import (
    User,
    evidence_add,
    evidence_review,
)
from config.http import FetchError, fetch
from language.matching import Match

from ..feeds import FeedError, items_ingest, parse_feed
from ..models import Feed, NewsItem
from ..selectors import news_items_score
from .alerts import _enqueue_dispatch

logger = logging.getLogger(__name__)

# A feed handed to a poll task is not handed out again for this long (a lost task frees it).
FEED_LEASE = dt.timedelta(minutes=10)
# Consecutive failures push the next poll back: 15 min, 30 min, 1 h... at most a day.
FEED_BACKOFF_BASE = dt.timedelta(minutes=15)
FEED_BACKOFF_MAX = dt.timedelta(hours=24)
FEED_ACCEPT = (
    "application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, "
    "application/xml;q=0.8, text/xml;q=0.8, */*;q=0.1"
)
NEWS_JOB = "news"


def feed_backoff(*, failures: int, interval: dt.timedelta) -> dt.timedelta:
    """Delay before the next poll after `failures` consecutive failures (exponential, capped)."""
    if failures <= 0:
        return interval
    return max(interval, min(FEED_BACKOFF_BASE * 2 ** (failures - 1), FEED_BACKOFF_MAX))


def feeds_claim_due(*, now: dt.datetime | None = None, limit: int = 500) -> list[int]:
    """The enabled feeds due for a poll, leased for FEED_LEASE so no other fan-out takes them.

    Locks the due rows with SKIP LOCKED (PostgreSQL; SQLite's write lock serialises), so two
    overlapping fan-outs hand out each feed once.
    """
    now = now or timezone.now()
    with transaction.atomic():
        ids = list(
            Feed.objects.filter(enabled=True, next_poll_at__lte=now)
            .order_by("next_poll_at", "id")
            .select_for_update(skip_locked=True)
            .values_list("id", flat=True)[:limit]
        )
        Feed.objects.filter(id__in=ids).update(next_poll_at=now + FEED_LEASE)
    return ids


@dataclass
class PollReport:
    feed: int
    status: str = "ok"  # ok, not_modified, failed, skipped
    new_items: int = 0
    duplicates: int = 0
    evidence: int = 0
    error: str = ""
    transient: bool = False

    def as_dict(self) -> dict:
        return {
            "feed": self.feed,
            "status": self.status,
            "new_items": self.new_items,
            "duplicates": self.duplicates,
            "evidence": self.evidence,
            "error": self.error,
        }


def feed_poll(*, feed_id: int, now: dt.datetime | None = None) -> PollReport:
    """Fetch one feed (conditional GET), store its new items, queue evidence candidates.

    Any failure (refused address, timeout, size, unreadable document) is recorded on the feed
    with its reason and pushes the next poll back exponentially; stored items and other feeds
    are not touched. A feed already being polled by another worker is skipped.
    """

    now = now or timezone.now()
    report = PollReport(feed=feed_id)
    # Compare-and-swap: only one worker holds the feed; a lock older than the lease is stale.
    locked = (
        Feed.objects.filter(pk=feed_id)
        .filter(Q(polling_since__isnull=True) | Q(polling_since__lt=now - FEED_LEASE))
        .update(polling_since=now)
    )
    if not locked:
        report.status = "skipped"
        return report
    feed = Feed.objects.get(pk=feed_id)
    interval = dt.timedelta(minutes=feed.interval_minutes or 60)
    try:
        result = fetch(
            feed.url, etag=feed.etag, last_modified=feed.last_modified, accept=FEED_ACCEPT
        )
        if result.not_modified:
            report.status = "not_modified"
        else:
            parsed = parse_feed(
                result.content,
                content_type=result.content_type,
                url=result.url,
                default_language=feed.language,
                now=now,
            )
            ingested = items_ingest(feed=feed, entries=parsed.entries, now=now)
            report.new_items = len(ingested.new_ids)
            report.duplicates = len(ingested.duplicate_guids)
            report.evidence = news_items_match(item_ids=ingested.new_ids, now=now).evidence
    except (FetchError, FeedError) as error:
        report.status, report.error, report.transient = "failed", error.reason, error.transient
        failures = feed.consecutive_failures + 1
        Feed.objects.filter(pk=feed_id).update(
            last_polled_at=now,
            last_error_at=now,
            last_error=error.reason[:1000],
            consecutive_failures=F("consecutive_failures") + 1,
            next_poll_at=now + feed_backoff(failures=failures, interval=interval),
            polling_since=None,
        )
        logger.warning(
            "feed %s failed: %s",
            feed_id,
            error.reason,
            extra={"job": NEWS_JOB, "feed": feed_id, "failures": failures},
        )
        return report
    except BaseException:
        Feed.objects.filter(pk=feed_id).update(polling_since=None)
        raise
    values = {
        "last_polled_at": now,
        "last_success_at": now,
        "last_error": "",
        "consecutive_failures": 0,
        "next_poll_at": now + interval,
        "polling_since": None,
    }
    if not result.not_modified:
        values.update(etag=result.etag[:500], last_modified=result.last_modified[:100])
        if not feed.title and parsed.title:
            values["title"] = parsed.title
    Feed.objects.filter(pk=feed_id).update(**values)
    logger.info(
        "feed %s polled: %s, %d new item(s), %d evidence",
        feed_id,
        report.status,
        report.new_items,
        report.evidence,
        extra={"job": NEWS_JOB, **report.as_dict()},
    )
    return report


@dataclass
class MatchReport:
    items: int = 0
    evidence: int = 0
    matches: dict[int, list[Match]] = field(default_factory=dict)


def news_items_match(
    *,
    item_ids: Iterable[int] | None = None,
    now: dt.datetime | None = None,
    threshold: float | None = None,
    batch_size: int = 2000,
) -> MatchReport:
    """Match items not matched yet (all of them, or those given) against the open claims and
    queue each match above the threshold as an evidence candidate, through
    claims.services.evidence_add, which records the event that alerts "new evidence" followers.

    Re-running is harmless: matched items are skipped, and evidence already recorded for the
    same claim, source and kind is not added twice.
    """
    now = now or timezone.now()
    report = MatchReport()
    pending = NewsItem.objects.filter(matched_at__isnull=True)
    if item_ids is not None:
        pending = pending.filter(pk__in=list(item_ids))
    ids = list(pending.order_by("id").values_list("id", flat=True))
    for start in range(0, len(ids), batch_size):
        batch = ids[start : start + batch_size]
        matches = news_items_score(item_ids=batch, threshold=threshold)
        items = NewsItem.objects.select_related("feed").in_bulk(list(matches))
        for item_id, item_matches in matches.items():
            report.matches[item_id] = item_matches
            report.evidence += _news_item_evidence(items[item_id], item_matches)
        NewsItem.objects.filter(pk__in=batch).update(matched_at=now)
        report.items += len(batch)
    if report.evidence:
        _enqueue_dispatch()
    return report


def _news_item_evidence(item: NewsItem, matches: list[Match]) -> int:

    claims = Claim.objects.in_bulk([match.claim_id for match in matches])
    created = 0
    with transaction.atomic():
        source = news_item_source(item=item)
        for match in matches:
            if Evidence.objects.filter(
                claim_id=match.claim_id, source=source, kind=match.kind
            ).exists():
                continue
            evidence_add(
                claim=claims[match.claim_id],
                source=source,
                observed_on=item.observed_on,
                kind=match.kind,
                summary=item.title[:1000],
                why=match.why,
                score=match.score,
                deadline_text=match.deadline_text[:500],
                job=NEWS_JOB,
            )
            created += 1
    return created


def news_item_source(*, item: NewsItem) -> Source:
    """The ledger source for a news item (an article), made once and shared by its evidence."""

    existing = item.source if item.source_id else None
    if existing is not None:
        return existing
    values = {
        "kind": Source.Kind.ARTICLE,
        "title": (item.title or "(untitled news item)")[:500],
        "publisher": (item.feed.title or urlsplit(item.feed.url).hostname or "")[:200],
        "published_on": item.observed_on,
        "language": item.language or "en",
        "text": item.summary,
    }
    if item.link:
        source, _ = Source.objects.get_or_create(url=item.link, defaults=values)
    else:
        source = Source.objects.create(url=None, **values)
    item.source = source
    type(item).objects.filter(pk=item.pk).update(source=source)
    return source


@dataclass
class ImportedItem:
    guid: str
    title: str
    published: str | None
    duplicate: bool
    matches: list[dict]

    def as_dict(self) -> dict:
        return {
            "guid": self.guid,
            "title": self.title,
            "published": self.published,
            "duplicate": self.duplicate,
            "matches": self.matches,
        }


def feed_file_import(
    *, content: bytes, feed_url: str, now: dt.datetime | None = None, content_type: str = ""
) -> list[ImportedItem]:
    """Read a saved RSS or Atom document through the same path as a poll (parse, store once,
    match, queue evidence), filed under the feed with `feed_url` (created disabled if new).

    Returns every item with whether it was already stored and its matches; the matches of a
    duplicate are worked out again but not stored again.
    """
    now = now or timezone.now()
    feed, _ = Feed.objects.get_or_create(url=feed_url, defaults={"enabled": False})
    parsed = parse_feed(
        content, content_type=content_type, url=feed_url, default_language=feed.language, now=now
    )
    if not feed.title and parsed.title:
        Feed.objects.filter(pk=feed.pk).update(title=parsed.title)
        feed.title = parsed.title
    ingested = items_ingest(feed=feed, entries=parsed.entries, now=now)
    news_items_match(item_ids=ingested.new_ids, now=now)
    stored = {
        item.guid: item
        for item in NewsItem.objects.filter(feed=feed, guid__in=[e.guid for e in ingested.entries])
    }
    matches = news_items_score(item_ids=[item.pk for item in stored.values()])
    new_ids = set(ingested.new_ids)
    claims = Claim.objects.in_bulk(
        [m.claim_id for item_matches in matches.values() for m in item_matches]
    )
    seen: set[str] = set()
    result = []
    for entry in parsed.entries:
        item = stored.get(entry.guid)
        duplicate = entry.guid in seen or item is None or item.pk not in new_ids
        seen.add(entry.guid)
        result.append(
            ImportedItem(
                guid=entry.guid,
                title=entry.title,
                published=entry.published_at.isoformat() if entry.published_at else None,
                duplicate=duplicate,
                matches=[
                    {
                        "claim": m.claim_id,
                        "subject": claims[m.claim_id].subject,
                        "statement": claims[m.claim_id].statement,
                        "kind": m.kind,
                        "score": m.score,
                        "why": m.why,
                    }
                    for m in (matches.get(item.pk, []) if item else [])
                ],
            )
        )
    return result


@dataclass
class ReviewReport:
    reviewed: int = 0
    unchanged: int = 0
    errors: list[str] = field(default_factory=list)


def evidence_review_bulk(
    *,
    evidence: Iterable[Evidence],
    state: str,
    actor: User | None = None,
    fulfilled_on: dt.date | None = None,
) -> ReviewReport:
    """Confirm or reject several evidence candidates, each through
    claims.services.evidence_review and in its own savepoint: one that cannot be applied (a
    date in the future, a deadline that no longer parses) is reported and the others proceed.

    A confirmed fulfilment is dated `fulfilled_on`, or each item's own date when not given;
    a confirmed delay with a new deadline becomes a revision sourced from the item.
    """

    report = ReviewReport()
    for item in evidence:
        if item.state == state:
            report.unchanged += 1
            continue
        try:
            evidence_review(
                evidence=item,
                state=state,
                actor=actor,
                fulfilled_on=fulfilled_on,
                job="" if actor else NEWS_JOB,
            )
        except ValidationError as error:
            messages = "; ".join(error.messages)
            report.errors.append(f"{item.claim}: {messages}")
            continue
        report.reviewed += 1
    if report.reviewed:
        # Confirmations change statuses and deadlines: tell their followers without waiting
        # for the 5-minute dispatch.
        _enqueue_dispatch()
    return report
