"""One feed cannot flood the review queue: near-duplicates collapse, new candidates are capped.

Regression tests for the finding that 500 near-identical items in one feed made 500 evidence
candidates on one claim, 500 public sources and an e-mail each to its follower. What flood
control holds back is noted on each item and counted on its feed, where the admin shows it.
"""

from __future__ import annotations

import datetime as dt

import pytest
from django.urls import reverse

from claims.models import Evidence, Source, StatusEvent
from tests.factories import ClaimFactory, OrganisationFactory
from tests.tracker.news_fixtures import day, rss
from tracker.models import Feed, NewsItem
from tracker.services import feed_poll

pytestmark = pytest.mark.django_db


@pytest.fixture
def claim(now):
    bleu = OrganisationFactory(name="Bleu", slug="bleu")
    return ClaimFactory(
        promiser=bleu,
        subject="Bleu",
        category="certification",
        statement="Obtain SecNumCloud qualification in 2025",
        keywords="SecNumCloud, qualification, ANSSI",
        deadline_text="in 2025",
    )


@pytest.fixture
def serve(feed_server, allow_loopback):
    def serve(items: list[dict], path: str = "/feed.xml") -> Feed:
        feed_server.expect_request(path).respond_with_data(
            rss(items), content_type="application/rss+xml"
        )
        return Feed.objects.create(url=feed_server.url_for(path))

    return serve


def items(count: int, title: str, *, prefix: str = "i", date=None) -> list[dict]:
    return [
        {
            "title": title.format(n=n),
            "guid": f"{prefix}-{n}",
            "link": f"https://news.example.org/{prefix}-{n}",
            "date": date or day(2025, 6, 1),
        }
        for n in range(count)
    ]


def candidates(claim) -> int:
    return Evidence.objects.filter(claim=claim, state=Evidence.State.CANDIDATE).count()


def test_500_near_identical_items_make_one_candidate_one_source_and_one_event(claim, serve):
    feed = serve(items(500, "Bleu obtains SecNumCloud qualification from ANSSI (update {n})"))

    report = feed_poll(feed_id=feed.pk)

    assert report.new_items == 500
    assert report.evidence == 1
    assert report.collapsed == 499
    assert candidates(claim) == 1
    assert Source.objects.filter(url__startswith="https://news.example.org/i-").count() == 1
    # One "evidence to review" event: what followers are alerted from.
    assert StatusEvent.objects.filter(kind=StatusEvent.Kind.EVIDENCE).count() == 1
    feed.refresh_from_db()
    assert (feed.candidates_collapsed, feed.candidates_held_back) == (499, 0)
    assert NewsItem.objects.filter(matched_at__isnull=True).count() == 0
    note = NewsItem.objects.get(guid="i-7").held_back
    assert note.startswith(f"near-duplicate: claim {claim.pk} already has fulfilment evidence #")


def test_near_duplicates_of_evidence_recorded_in_an_earlier_poll_collapse_too(claim, serve):
    first = serve(items(1, "Bleu obtains SecNumCloud qualification from ANSSI"), "/a.xml")
    feed_poll(feed_id=first.pk)
    later = serve(
        items(3, "Bleu obtains the SecNumCloud qualification from ANSSI!", prefix="b"), "/b.xml"
    )

    report = feed_poll(feed_id=later.pk)

    assert (report.evidence, report.collapsed) == (0, 3)
    assert candidates(claim) == 1


def test_the_same_title_much_later_is_news_again(claim, serve, settings):
    settings.NEWS_DUPLICATE_WINDOW_DAYS = 14
    title = "Bleu obtains SecNumCloud qualification from ANSSI"
    early = serve(items(1, title, date=day(2025, 6, 1)), "/a.xml")
    late = serve(items(1, title, prefix="late", date=day(2025, 9, 1)), "/b.xml")

    feed_poll(feed_id=early.pk)
    feed_poll(feed_id=late.pk)

    assert candidates(claim) == 2


def test_different_stories_about_one_claim_are_capped_per_day(claim, serve, settings, now):
    settings.NEWS_DUPLICATE_SIMILARITY = 1.0  # only identical titles are duplicates here
    settings.NEWS_MAX_CANDIDATES_PER_CLAIM_DAY = 5
    feed = serve(items(8, "Bleu obtains SecNumCloud qualification from ANSSI, report {n}"))

    report = feed_poll(feed_id=feed.pk)

    assert (report.evidence, report.held_back) == (5, 3)
    assert candidates(claim) == 5
    feed.refresh_from_db()
    assert feed.candidates_held_back == 3
    held = NewsItem.objects.exclude(held_back="").values_list("held_back", flat=True)
    assert set(held) == {f"held back: claim {claim.pk} reached its cap of 5 new candidates today"}

    # The next day the claim may take new candidates again.
    now.shift(dt.timedelta(days=1))
    tomorrow = serve(
        items(2, "Bleu obtains its SecNumCloud qualification, note {n}", prefix="t"), "/t"
    )
    assert feed_poll(feed_id=tomorrow.pk).evidence == 2


def test_one_feed_adds_at_most_its_cap_of_candidates_in_a_run(serve, settings, now):
    settings.NEWS_DUPLICATE_SIMILARITY = 1.0
    settings.NEWS_MAX_CANDIDATES_PER_CLAIM_DAY = 0  # no per-claim cap here
    settings.NEWS_MAX_CANDIDATES_PER_FEED_RUN = 3
    bleu = OrganisationFactory(name="Bleu", slug="bleu")
    claims = [
        ClaimFactory(
            promiser=bleu,
            subject="Bleu",
            category="certification",
            statement=f"Obtain SecNumCloud qualification for region {n}",
            keywords=f"SecNumCloud, region{n}",
            deadline_text="in 2025",
        )
        for n in range(2)
    ]
    feed = serve(items(7, "Bleu obtains SecNumCloud qualification for region{n}"))

    report = feed_poll(feed_id=feed.pk)

    assert report.evidence == 3
    assert Evidence.objects.filter(claim__in=claims).count() == 3
    assert report.held_back >= 4
    feed.refresh_from_db()
    assert feed.candidates_held_back == report.held_back
    assert "the feed reached its cap of 3 new candidates in one run" in "".join(
        NewsItem.objects.values_list("held_back", flat=True)
    )


def test_the_feed_admin_shows_what_flood_control_held_back(claim, serve, admin_client):
    feed = serve(items(20, "Bleu obtains SecNumCloud qualification from ANSSI (update {n})"))
    feed_poll(feed_id=feed.pk)

    listing = admin_client.get(reverse("admin:tracker_feed_changelist")).content.decode()
    page = admin_client.get(reverse("admin:tracker_feed_change", args=[feed.pk])).content.decode()
    held = admin_client.get(
        reverse("admin:tracker_newsitem_changelist"),
        {"feed__id__exact": feed.pk, "held_back": "yes"},
    ).content.decode()

    assert "Candidates collapsed" in listing and ">19<" in listing
    assert "Flood control" in page and "19 item(s)" in page
    assert "19 news items" in held
