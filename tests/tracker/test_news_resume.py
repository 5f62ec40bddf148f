"""The news watch resumes: items a poll stored but did not finish matching are matched later.

Regression tests for the finding that a poll killed mid-way (or stopped at its time limit)
left every item it had stored with `matched_at` NULL for good: later polls matched only the
items they ingested themselves. Now every run matches all pending items, in batches that
commit with their candidates, and a periodic job (match_pending_news_task) catches up.
"""

from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys
import time

import pytest
from celery.exceptions import SoftTimeLimitExceeded
from django.utils import timezone
from django_celery_beat.models import PeriodicTask

from claims.models import Evidence, StatusEvent
from tests.factories import ClaimFactory, OrganisationFactory
from tests.markers import postgres_only
from tests.test_deployment import ROOT
from tests.tracker.news_fixtures import LOOPBACK, day, rss
from tests.tracker.test_kill import shared_database_url
from tracker.feeds import items_ingest, parse_feed
from tracker.models import Feed, NewsItem
from tracker.services import FEED_LEASE, feed_poll, news, news_items_match
from tracker.tasks import match_pending_news_task

TITLE = "Bleu obtains SecNumCloud qualification from ANSSI, report {n}"


@pytest.fixture
def one_candidate_per_item(settings):
    """Every item here is its own story: no collapsing, no caps (flood control has its own
    tests), so "matched exactly once" shows as one candidate per item."""
    settings.NEWS_DUPLICATE_SIMILARITY = 1.0
    settings.NEWS_MAX_CANDIDATES_PER_FEED_RUN = 0
    settings.NEWS_MAX_CANDIDATES_PER_CLAIM_DAY = 0


def make_claim():
    return ClaimFactory(
        promiser=OrganisationFactory(name="Bleu", slug="bleu"),
        subject="Bleu",
        category="certification",
        statement="Obtain SecNumCloud qualification in 2025",
        keywords="SecNumCloud, qualification, ANSSI",
        deadline_text="in 2025",
    )


def feed_items(count: int) -> list[dict]:
    return [
        {
            "title": TITLE.format(n=n),
            "guid": f"r-{n}",
            "link": f"https://news.example.org/r-{n}",
            "date": day(2025, 6, 1),
        }
        for n in range(count)
    ]


def store_unmatched(feed: Feed, count: int) -> list[int]:
    """Items stored as a poll killed right after storing them leaves them."""
    return items_ingest(feed=feed, entries=parse_feed(rss(feed_items(count))).entries).new_ids


def assert_each_item_matched_once(claim, count: int) -> None:
    assert NewsItem.objects.filter(matched_at__isnull=True).count() == 0
    evidence = Evidence.objects.filter(claim=claim)
    assert evidence.count() == count
    assert sorted(evidence.values_list("summary", flat=True)) == sorted(
        TITLE.format(n=n) for n in range(count)
    )
    assert StatusEvent.objects.filter(kind=StatusEvent.Kind.EVIDENCE).count() == count


@pytest.mark.django_db
def test_items_a_poll_left_unmatched_are_matched_by_the_next_poll_of_any_feed(
    now, feed_server, allow_loopback, one_candidate_per_item
):
    claim = make_claim()
    stranded = Feed.objects.create(url="https://news.example.org/stranded.xml")
    store_unmatched(stranded, 30)
    feed_server.expect_request("/other.xml").respond_with_data(rss([]))
    other = Feed.objects.create(url=feed_server.url_for("/other.xml"))

    report = feed_poll(feed_id=other.pk)

    assert report.new_items == 0
    assert report.evidence == 30
    assert_each_item_matched_once(claim, 30)


@pytest.mark.django_db
def test_the_periodic_job_matches_items_left_unmatched(now, one_candidate_per_item):
    claim = make_claim()
    store_unmatched(Feed.objects.create(url="https://news.example.org/feed.xml"), 12)

    result = match_pending_news_task.apply().get()

    assert result == {"items": 12, "evidence": 12, "collapsed": 0, "held_back": 0}
    assert_each_item_matched_once(claim, 12)
    assert match_pending_news_task.apply().get()["items"] == 0  # nothing twice


@pytest.mark.django_db
def test_the_matching_job_is_on_the_schedule():
    task = PeriodicTask.objects.get(task=match_pending_news_task.name)

    assert (task.interval.every, task.interval.period) == (5, "minutes")
    assert task.enabled


@pytest.mark.django_db
def test_a_run_stopped_by_its_time_limit_keeps_its_finished_batches_and_the_next_run_ends_it(
    now, settings, monkeypatch, one_candidate_per_item
):
    settings.NEWS_MATCH_BATCH = 10
    claim = make_claim()
    store_unmatched(Feed.objects.create(url="https://news.example.org/feed.xml"), 45)
    real_score = news.news_items_score
    batches = []

    def score_until_the_time_limit(**kwargs):
        batches.append(kwargs["item_ids"])
        if len(batches) == 3:
            raise SoftTimeLimitExceeded()  # what Celery raises in the task at its soft limit
        return real_score(**kwargs)

    monkeypatch.setattr(news, "news_items_score", score_until_the_time_limit)
    first_run = timezone.now()
    with pytest.raises(SoftTimeLimitExceeded):
        news_items_match()

    # Two batches committed with their candidates; the third left nothing half-done.
    assert NewsItem.objects.filter(matched_at=first_run).count() == 20
    assert NewsItem.objects.filter(matched_at__isnull=True).count() == 25
    assert Evidence.objects.count() == 20

    monkeypatch.setattr(news, "news_items_score", real_score)
    now.shift(dt.timedelta(minutes=5))
    assert news_items_match().items == 25
    assert_each_item_matched_once(claim, 45)
    assert NewsItem.objects.filter(matched_at=first_run).count() == 20  # not matched again


# --- A real process killed mid-matching ---------------------------------------------------

ITEMS = 120
BATCH = 25
STALL_AT = 2 * BATCH + 10  # the 10th candidate of the third batch


@postgres_only("the poll's subprocess must share the test database: needs PostgreSQL")
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_poll_killed_mid_matching_leaves_every_item_to_be_matched_exactly_once_next_time(
    tmp_path, feed_server, allow_loopback, one_candidate_per_item
):
    claim = make_claim()
    feed_server.expect_request("/feed.xml").respond_with_data(
        rss(feed_items(ITEMS)), content_type="application/rss+xml"
    )
    feed = Feed.objects.create(url=feed_server.url_for("/feed.xml"))
    marker = tmp_path / "stalled"
    log = tmp_path / "poll.log"
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "tests.worker_settings",
        "DATABASE_URL": shared_database_url(),
        "OUTBOUND_ALLOW_PRIVATE_HOSTS": LOOPBACK,
        "NEWS_MATCH_BATCH": str(BATCH),
        "NEWS_DUPLICATE_SIMILARITY": "1.0",
        "NEWS_MAX_CANDIDATES_PER_FEED_RUN": "0",
        "NEWS_MAX_CANDIDATES_PER_CLAIM_DAY": "0",
    }
    with log.open("wb") as output:
        poll = subprocess.Popen(
            [sys.executable, "-m", "tests.tracker.stalling_poll", str(feed.pk), str(marker)]
            + [str(STALL_AT)],
            cwd=ROOT,
            env=env,
            stdout=output,
            stderr=subprocess.STDOUT,
        )
    try:
        deadline = time.monotonic() + 60
        while not marker.exists():
            assert poll.poll() is None, log.read_text()
            assert time.monotonic() < deadline, log.read_text()
            time.sleep(0.05)
        poll.send_signal(signal.SIGKILL)
        poll.wait(timeout=10)
    finally:
        if poll.poll() is None:
            poll.kill()
            poll.wait(timeout=10)

    # All items stored; two batches matched with their candidates; the batch in progress,
    # killed with ten candidates written, left none of them.
    assert NewsItem.objects.count() == ITEMS
    killed_run = set(NewsItem.objects.exclude(matched_at=None).values_list("matched_at", flat=True))
    assert NewsItem.objects.exclude(matched_at=None).count() == 2 * BATCH
    assert Evidence.objects.count() == 2 * BATCH
    assert not Evidence.objects.filter(pk=int(marker.read_text())).exists()

    # The next poll, once the killed one's lease on the feed has expired, does the rest.
    report = feed_poll(feed_id=feed.pk, now=timezone.now() + FEED_LEASE + dt.timedelta(minutes=1))

    assert report.status == "ok"
    assert (report.new_items, report.duplicates) == (0, ITEMS)
    assert report.evidence == ITEMS - 2 * BATCH
    assert_each_item_matched_once(claim, ITEMS)
    assert NewsItem.objects.filter(matched_at__in=killed_run).count() == 2 * BATCH
