"""Questions asked of the tracker's tables: whose link is this, what would this item match."""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterable, Iterator

from django.conf import settings
from django.core import signing

from claims.models import StatusEvent
from language.matching import ItemText, Match

from .matching import claim_profiles, match_items
from .models import Feed, NewsItem, Subscription

UNSUBSCRIBE_SALT = "tracker.unsubscribe"


def events_awaiting_fan_out() -> bool:
    """Whether some ledger event has not been turned into alerts yet (it has no fan-out mark)."""
    return StatusEvent.objects.filter(fan_out_mark__isnull=True).exists()


def subscription_from_token(token: str) -> Subscription:
    """The subscription a link was signed for; raises signing.BadSignature (or its subclass
    SignatureExpired) for a forged or expired link, Subscription.DoesNotExist for a gone one."""
    data = signing.loads(token, salt=UNSUBSCRIBE_SALT, max_age=settings.TRACKER_UNSUBSCRIBE_MAX_AGE)
    return Subscription.objects.get(pk=data["subscription"])


def news_item_texts(items: Iterable[NewsItem]) -> list[ItemText]:
    """Stored news items as the matcher reads them, with their feed's organisations and
    keywords (two queries whatever the number of items)."""
    return _item_texts(
        (
            item.pk,
            item.feed_id,
            item.title,
            item.summary,
            item.search_text,
            item.language,
            item.published_at,
            item.fetched_at,
        )
        for item in items
    )


# The columns the matcher reads of a stored item, in `_item_texts`'s order.
_SCORED_COLUMNS = (
    "id", "feed_id", "title", "summary", "search_text", "language", "published_at", "fetched_at",
)  # fmt: skip


def _item_texts(rows: Iterable[tuple]) -> list[ItemText]:
    """`news_item_texts` of items given as rows of `_SCORED_COLUMNS`."""
    rows = list(rows)
    feed_ids = {row[1] for row in rows}
    feeds = Feed.objects.prefetch_related("organisations").in_bulk(feed_ids)
    # What each feed says of its items, read once per feed rather than once per item.
    feed_organisation_ids = {
        feed_id: frozenset(o.pk for o in feed.organisations.all())
        for feed_id, feed in feeds.items()
    }
    feed_keywords = {feed_id: tuple(feed.keyword_list) for feed_id, feed in feeds.items()}
    return [
        ItemText(
            item_id=pk,
            text=search_text,
            published_on=NewsItem.day_observed(published_at, fetched_at),
            language=language or "en",
            feed_organisation_ids=feed_organisation_ids[feed_id],
            feed_keywords=feed_keywords[feed_id],
            original=f"{title}\n{summary}",
        )
        for pk, feed_id, title, summary, search_text, language, published_at, fetched_at in rows
    ]


def news_items_score(
    *, item_ids: Iterable[int], threshold: float | None = None
) -> dict[int, list[Match]]:
    """The matches of stored items against the open claims, without storing anything."""
    with _collector_paused():
        # Only the columns the matcher reads, as plain rows (model instances took twice the
        # CPU to load: 0.21 s against 0.10 s for 10,000 items), put in order here: sorting
        # 10,000 whole rows made PostgreSQL write them to disk (about 6 MB) when no parallel
        # worker ran. The id comes first and is unique, so the rows sort by it.
        rows = sorted(NewsItem.objects.filter(pk__in=list(item_ids)).values_list(*_SCORED_COLUMNS))
        if not rows:
            return {}
        threshold = settings.MATCH_THRESHOLD if threshold is None else threshold
        matches = match_items(_item_texts(rows), claim_profiles(), threshold=threshold)
    # Stored items all have an id (only texts never stored are matched under None).
    return {item_id: found for item_id, found in matches.items() if item_id is not None}


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """The cyclic garbage collector paused for one scoring call, as it was before afterwards.

    A call holds what it builds until it returns (the items, a profile per open claim, the
    candidate rows, an analysis per item): some 200,000 objects for 10,000 items against
    10,000 claims, which made the collector walk the whole process five times over, about
    0.4 s of a 4.3 s call, to free almost nothing (the call's objects form few cycles; they
    go when their last reference does, with or without it). Anything cyclic left when the
    call ends is the next collection's, as usual.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
