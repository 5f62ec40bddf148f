"""News watch: poll feeds, store their items once, match them to open claims, and review
the evidence candidates they produce."""

from __future__ import annotations

import datetime as dt
import difflib
import logging
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Count, F, Q
from django.utils import timezone

from claims.models import Claim, Evidence, Source
from claims.services import (
    User,
    evidence_add,
    evidence_review,
)
from config.http import FetchError, fetch
from language.matching import Match
from language.text import fold_words

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
    collapsed: int = 0
    held_back: int = 0
    error: str = ""
    transient: bool = False

    def as_dict(self) -> dict:
        return {
            "feed": self.feed,
            "status": self.status,
            "new_items": self.new_items,
            "duplicates": self.duplicates,
            "evidence": self.evidence,
            "collapsed": self.collapsed,
            "held_back": self.held_back,
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
            # Every item still unmatched, not only this poll's: a run killed before finishing
            # left some, and they would otherwise never be matched.
            matched = news_items_match(now=now)
            report.evidence = matched.evidence
            report.collapsed, report.held_back = matched.collapsed, matched.held_back
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
    # Matches that added no candidate: near-duplicates of recorded evidence, and those over a cap.
    collapsed: int = 0
    held_back: int = 0
    matches: dict[int, list[Match]] = field(default_factory=dict)


def news_items_match(
    *,
    item_ids: Iterable[int] | None = None,
    now: dt.datetime | None = None,
    threshold: float | None = None,
    batch_size: int | None = None,
) -> MatchReport:
    """Match every stored item not matched yet (or only those of `item_ids`) against the open
    claims, and queue each match above the threshold as an evidence candidate, through
    claims.services.evidence_add, which records the event that alerts "new evidence" followers.

    Batch by batch (settings.NEWS_MATCH_BATCH items): a batch's candidates and the mark that
    its items are matched commit together, so a run killed or stopped by its time limit loses
    at most the batch in progress, which the next run does again: every poll matches all
    pending items, not only its own, and match_pending_news_task runs every few minutes. On
    PostgreSQL a batch's rows are locked (SKIP LOCKED), so overlapping runs share the work.

    Flood control (see `FloodControl`) keeps near-duplicates and bursts out of the review
    queue; what it holds back is counted on the feed and noted on the item.
    """
    now = now or timezone.now()
    batch_size = batch_size or settings.NEWS_MATCH_BATCH
    only = None if item_ids is None else list(item_ids)
    report = MatchReport()
    flood = FloodControl(now=now)
    while True:
        with transaction.atomic():
            pending = NewsItem.objects.filter(matched_at__isnull=True)
            if only is not None:
                pending = pending.filter(pk__in=only)
            batch = list(
                pending.order_by("id")
                .select_for_update(skip_locked=True)
                .values_list("id", flat=True)[:batch_size]
            )
            if not batch:
                break
            _news_items_batch_match(batch, now=now, threshold=threshold, flood=flood, report=report)
            NewsItem.objects.filter(pk__in=batch).update(matched_at=now)
        report.items += len(batch)
    if report.evidence:
        _enqueue_dispatch()
    return report


def _news_items_batch_match(
    batch: list[int],
    *,
    now: dt.datetime,
    threshold: float | None,
    flood: FloodControl,
    report: MatchReport,
) -> None:
    matches = news_items_score(item_ids=batch, threshold=threshold)
    items = NewsItem.objects.select_related("feed").in_bulk(list(matches))
    flood.load(claim_ids={match.claim_id for found in matches.values() for match in found})
    held_by_feed: dict[int, Counter[str]] = defaultdict(Counter)
    for item_id, item_matches in matches.items():
        item = items[item_id]
        report.matches[item_id] = item_matches
        created, notes = _news_item_evidence(item, item_matches, flood=flood)
        report.evidence += created
        if notes:
            NewsItem.objects.filter(pk=item_id).update(held_back="\n".join(notes)[:5000])
            for note in notes:
                held_by_feed[item.feed_id][note.split(":", 1)[0]] += 1
    for feed_id, held in held_by_feed.items():
        report.collapsed += held[COLLAPSED]
        report.held_back += held[HELD_BACK]
        Feed.objects.filter(pk=feed_id).update(
            candidates_collapsed=F("candidates_collapsed") + held[COLLAPSED],
            candidates_held_back=F("candidates_held_back") + held[HELD_BACK],
        )


# The first word of a note on a held-back match (NewsItem.held_back), one line per match.
COLLAPSED = "near-duplicate"
HELD_BACK = "held back"


def title_key(title: str) -> str:
    """A title as near-duplicates are compared: folded, punctuation dropped, spaces squeezed."""
    return " ".join(re.sub(r"[^\w\s]", " ", fold_words(title)).split())


def nearly_same(a: str, b: str, *, similarity: float) -> bool:
    if a == b:
        return True
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    # The cheap upper bounds first: most pairs are far apart.
    return (
        matcher.real_quick_ratio() >= similarity
        and matcher.quick_ratio() >= similarity
        and matcher.ratio() >= similarity
    )


@dataclass
class _Recorded:
    evidence_id: int
    key: str
    observed_on: dt.date


class FloodControl:
    """What keeps one feed from flooding the review queue (and the followers' inboxes).

    - A match whose item title is nearly that of evidence already recorded for the same claim
      and kind, observed within NEWS_DUPLICATE_WINDOW_DAYS, adds nothing: the story is known.
    - New candidates are capped per feed in one matching run (NEWS_MAX_CANDIDATES_PER_FEED_RUN)
      and per claim per day (NEWS_MAX_CANDIDATES_PER_CLAIM_DAY).
    Every match left out is noted on its item and counted on its feed (the feed admin shows both).
    """

    def __init__(self, *, now: dt.datetime) -> None:
        self.window = dt.timedelta(days=settings.NEWS_DUPLICATE_WINDOW_DAYS)
        self.similarity = settings.NEWS_DUPLICATE_SIMILARITY
        self.feed_cap = settings.NEWS_MAX_CANDIDATES_PER_FEED_RUN
        self.claim_cap = settings.NEWS_MAX_CANDIDATES_PER_CLAIM_DAY
        self.day_start = timezone.localtime(now).replace(hour=0, minute=0, second=0, microsecond=0)
        self.per_feed: Counter[int] = Counter()
        self.per_claim_today: Counter[int] = Counter()
        self.recorded: dict[tuple[int, str], list[_Recorded]] = defaultdict(list)
        self._loaded: set[int] = set()

    def load(self, *, claim_ids: set[int]) -> None:
        """Read the evidence of claims not seen yet in this run (two queries)."""
        new = claim_ids - self._loaded
        if not new:
            return
        self._loaded |= new
        # All of it: the window is around each item's own date, which may be long past.
        recorded = Evidence.objects.filter(claim_id__in=new).values_list(
            "id", "claim_id", "kind", "summary", "observed_on"
        )
        for evidence_id, claim_id, kind, summary, observed_on in recorded:
            self.recorded[(claim_id, kind)].append(
                _Recorded(evidence_id, title_key(summary), observed_on)
            )
        self.per_claim_today.update(
            dict(
                Evidence.objects.filter(claim_id__in=new, created_at__gte=self.day_start)
                .values("claim_id")
                .annotate(n=Count("id"))
                .values_list("claim_id", "n")
            )
        )

    def refusal(self, *, item: NewsItem, match: Match) -> str | None:
        """Why this match may not add a candidate, or None when it may."""
        key = title_key(item.title)
        observed_on = item.observed_on
        for recorded in self.recorded[(match.claim_id, match.kind)]:
            if abs(recorded.observed_on - observed_on) <= self.window and nearly_same(
                key, recorded.key, similarity=self.similarity
            ):
                return (
                    f"{COLLAPSED}: claim {match.claim_id} already has {match.kind} evidence "
                    f"#{recorded.evidence_id} with nearly the same title"
                )
        if self.feed_cap and self.per_feed[item.feed_id] >= self.feed_cap:
            return (
                f"{HELD_BACK}: claim {match.claim_id}: the feed reached its cap of "
                f"{self.feed_cap} new candidates in one run"
            )
        if self.claim_cap and self.per_claim_today[match.claim_id] >= self.claim_cap:
            return (
                f"{HELD_BACK}: claim {match.claim_id} reached its cap of {self.claim_cap} "
                "new candidates today"
            )
        return None

    def recorded_one(self, *, item: NewsItem, match: Match, evidence: Evidence) -> None:
        self.per_feed[item.feed_id] += 1
        self.per_claim_today[match.claim_id] += 1
        self.recorded[(match.claim_id, match.kind)].append(
            _Recorded(evidence.pk, title_key(item.title), item.observed_on)
        )


def _news_item_evidence(
    item: NewsItem, matches: list[Match], *, flood: FloodControl
) -> tuple[int, list[str]]:
    """The candidates one item adds, and a note for each match it may not add."""
    claims = Claim.objects.in_bulk([match.claim_id for match in matches])
    created = 0
    notes: list[str] = []
    with transaction.atomic():
        source = None
        for match in matches:
            if (
                item.source_id
                and Evidence.objects.filter(
                    claim_id=match.claim_id, source_id=item.source_id, kind=match.kind
                ).exists()
            ):
                continue  # matched before a crash lost the mark: already recorded
            if refusal := flood.refusal(item=item, match=match):
                notes.append(refusal)
                continue
            # Made only for a candidate: a held-back item leaves no source behind.
            source = source or news_item_source(item=item)
            if Evidence.objects.filter(
                claim_id=match.claim_id, source=source, kind=match.kind
            ).exists():
                continue  # the same article, reached through another feed
            evidence = evidence_add(
                claim=claims[match.claim_id],
                source=source,
                observed_on=item.observed_on,
                kind=match.kind,
                summary=item.title[:1000],
                why=match.why,
                score=match.score,
                deadline_text=match.deadline_text[:500],
                # The window as the matcher read it on the item's date: accepting the
                # evidence restates the claim's deadline with it (claims.services).
                proposed_start=match.proposed_start if match.deadline_text else None,
                proposed_end=match.proposed_end if match.deadline_text else None,
                job=NEWS_JOB,
            )
            flood.recorded_one(item=item, match=match, evidence=evidence)
            created += 1
    return created, notes


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
    news_items_match(now=now)
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
