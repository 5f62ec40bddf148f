"""Editors review the evidence the news watch found, in bulk, in the admin."""

import datetime as dt

import pytest
from django.urls import reverse

from claims.models import Evidence, Outcome, StatusEvent
from config.celery import app as celery_app
from tests.factories import ClaimFactory, OrganisationFactory
from tests.tracker.news_fixtures import day, rss
from tracker.models import Alert, AlertEvent, Feed, NewsItem, Subscription
from tracker.services import alerts_fan_out, feed_file_import

pytestmark = pytest.mark.django_db

D = dt.date
QUEUE = reverse("admin:tracker_evidencereview_changelist")
NEWS = rss(
    [
        {
            "title": "Bleu obtains SecNumCloud 3.2 qualification from ANSSI",
            "guid": "obtained",
            "link": "https://news.example.org/obtained",
            "description": "The agency qualified the trusted cloud after a long audit.",
            "date": day(2025, 11, 20),
        },
        {
            "title": "Bleu's SecNumCloud qualification slips to mid-2026",
            "guid": "slips",
            "link": "https://news.example.org/slips",
            "description": "The audit takes longer than planned.",
            "date": day(2025, 6, 18),
        },
        {
            "title": "Bleu's first Azure and Microsoft 365 services are now live",
            "guid": "live",
            "link": "https://news.example.org/live",
            "description": "A first group of ministries uses them.",
            "date": day(2025, 2, 5),
        },
    ]
)


@pytest.fixture
def claims(now):
    bleu = OrganisationFactory(name="Bleu", slug="bleu", aliases="Bleu Cloud")
    return {
        "certification": ClaimFactory(
            promiser=bleu,
            subject="Bleu",
            category="certification",
            statement="Obtain ANSSI's SecNumCloud 3.2 qualification in 2025",
            keywords="SecNumCloud, SecNumCloud 3.2, qualification, qualifié, ANSSI",
            deadline_text="in 2025",
        ),
        "launch": ClaimFactory(
            promiser=bleu,
            subject="Bleu",
            category="launch",
            statement="First services (Azure, Microsoft 365) go live, not before the end of 2024",
            keywords="Azure, Microsoft 365, go-live, general availability",
            deadline_text="not before the end of 2024",
        ),
    }


@pytest.fixture
def candidates(claims):
    feed_file_import(content=NEWS, feed_url="https://news.example.org/feed.xml")
    found = {
        (e.claim_id, e.kind): e for e in Evidence.objects.filter(state=Evidence.State.CANDIDATE)
    }
    assert set(found) == {
        (claims["certification"].pk, Evidence.Kind.FULFILMENT),
        (claims["certification"].pk, Evidence.Kind.DELAY),
        (claims["launch"].pk, Evidence.Kind.FULFILMENT),
    }
    return {
        "obtained": found[(claims["certification"].pk, Evidence.Kind.FULFILMENT)],
        "slips": found[(claims["certification"].pk, Evidence.Kind.DELAY)],
        "live": found[(claims["launch"].pk, Evidence.Kind.FULFILMENT)],
    }


def act(client, action: str, evidence: list[Evidence], **data):
    return client.post(
        QUEUE,
        {"action": action, "_selected_action": [e.pk for e in evidence], **data},
        follow=True,
    )


def test_the_queue_shows_candidates_with_why_they_matched(editor_client, candidates):
    page = editor_client.get(QUEUE).content.decode()
    assert "names the promiser: Bleu" in page
    assert "https://news.example.org/obtained" in page
    assert "mid-2026" in page


def test_confirming_fulfilments_asks_for_a_date_first(editor_client, candidates):
    response = act(editor_client, "confirm", [candidates["obtained"]])
    assert "Fulfilment date" in response.content.decode()
    candidates["obtained"].refresh_from_db()
    assert candidates["obtained"].state == Evidence.State.CANDIDATE


def test_a_confirmed_fulfilment_is_dated_by_its_item_unless_the_editor_says(
    editor_client, editor, candidates, claims
):
    act(
        editor_client,
        "confirm",
        [candidates["obtained"], candidates["live"]],
        apply="1",
        fulfilled_on="",
    )
    certification, launch = claims["certification"], claims["launch"]
    certification.refresh_from_db()
    launch.refresh_from_db()
    assert (certification.outcome, certification.outcome_on) == (Outcome.FULFILLED, D(2025, 11, 20))
    assert (launch.outcome, launch.outcome_on) == (Outcome.FULFILLED, D(2025, 2, 5))
    candidates["obtained"].refresh_from_db()
    assert candidates["obtained"].state == Evidence.State.CONFIRMED
    assert candidates["obtained"].reviewed_by == editor


def test_an_editor_may_give_the_fulfilment_date(editor_client, candidates, claims):
    act(editor_client, "confirm", [candidates["obtained"]], apply="1", fulfilled_on="2025-11-14")
    claims["certification"].refresh_from_db()
    assert claims["certification"].outcome_on == D(2025, 11, 14)


def test_a_fulfilment_date_in_the_future_is_refused_and_the_others_proceed(
    editor_client, candidates, claims
):
    response = act(
        editor_client,
        "confirm",
        [candidates["obtained"], candidates["slips"]],
        apply="1",
        fulfilled_on="2027-01-01",
    )
    assert "Not confirmed" in response.content.decode()
    claims["certification"].refresh_from_db()
    assert claims["certification"].outcome == ""
    candidates["obtained"].refresh_from_db()
    candidates["slips"].refresh_from_db()
    assert candidates["obtained"].state == Evidence.State.CANDIDATE
    assert candidates["slips"].state == Evidence.State.CONFIRMED


def test_a_confirmed_delay_restates_the_deadline_from_the_item(editor_client, candidates, claims):
    act(editor_client, "confirm", [candidates["slips"]])
    claim = claims["certification"]
    claim.refresh_from_db()
    revision = claim.current_revision
    item = NewsItem.objects.get(guid="slips")
    assert (revision.text, revision.stated_on, revision.source) == (
        "mid-2026",
        D(2025, 6, 18),
        item.source,
    )
    assert (claim.original_deadline_end, claim.deadline_end) == (D(2025, 12, 31), D(2026, 8, 31))
    assert StatusEvent.objects.filter(
        claim=claim, kind=StatusEvent.Kind.RESTATED, source=item.source
    ).exists()


def test_rejecting_in_bulk_changes_no_claim(editor_client, candidates, claims):
    act(editor_client, "reject", list(candidates.values()))
    assert set(Evidence.objects.values_list("state", flat=True)) == {Evidence.State.REJECTED}
    for claim in claims.values():
        claim.refresh_from_db()
        assert claim.outcome == "" and claim.revisions.count() == 1
    assert not Evidence.objects.filter(state=Evidence.State.CANDIDATE).exists()


def test_viewers_cannot_review(client, viewer, candidates):
    client.force_login(viewer)
    act(client, "reject", list(candidates.values()))
    assert not Evidence.objects.exclude(state=Evidence.State.CANDIDATE).exists()


def test_followers_of_new_evidence_are_alerted(claims, now):
    follower = Subscription.objects.create(email="analyst@example.org", on_evidence=True)
    Subscription.objects.create(email="quiet@example.org", on_evidence=False)
    alerts_fan_out()  # the claims' own creation events
    feed_file_import(content=NEWS, feed_url="https://news.example.org/feed.xml")
    alerts_fan_out()
    evidence_alerts = Alert.objects.filter(event=AlertEvent.EVIDENCE)
    assert set(evidence_alerts.values_list("subscription__email", flat=True)) == {
        "analyst@example.org"
    }
    assert set(evidence_alerts.values_list("evidence__kind", flat=True)) == {
        Evidence.Kind.FULFILMENT,
        Evidence.Kind.DELAY,
    }
    assert follower.alerts.filter(event=AlertEvent.EVIDENCE).count() == 3


# --- Feeds in the admin -------------------------------------------------------------------


@pytest.fixture
def eager_celery():
    celery_app.conf.task_always_eager = True
    yield
    celery_app.conf.task_always_eager = False


def test_poll_now_polls_after_commit_and_the_error_is_shown_plainly(
    editor_client, feed_server, allow_loopback, eager_celery, django_capture_on_commit_callbacks
):
    feed_server.expect_request("/gone.xml").respond_with_data("gone", status=410)
    feed_server.expect_request("/feed.xml").respond_with_data(NEWS)
    broken = Feed.objects.create(url=feed_server.url_for("/gone.xml"), title="Broken")
    working = Feed.objects.create(url=feed_server.url_for("/feed.xml"), title="Working")
    changelist = reverse("admin:tracker_feed_changelist")
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        response = editor_client.post(
            changelist,
            {"action": "poll_now", "_selected_action": [broken.pk, working.pk]},
            follow=True,
        )
    assert len(callbacks) == 2
    assert "Polling queued for 2 feed(s)" in response.content.decode()
    page = editor_client.get(changelist).content.decode()
    assert "127.0.0.1 answered 410 GONE" in page
    assert "failing (1 in a row)" in page
    assert working.items.count() == 3


def test_editors_can_add_a_feed_with_its_organisations(editor_client, claims):
    page = editor_client.get(reverse("admin:tracker_feed_add"))
    assert page.status_code == 200 and "Organisations this feed is about" in page.content.decode()


# --- The demo --------------------------------------------------------------------------


def test_the_demo_feeds_produce_candidates_for_the_demo_claims(now):
    from claims.demo import demo_load
    from tracker.demo import demo_feeds_load

    demo_load()
    before = set(
        Evidence.objects.filter(state=Evidence.State.CANDIDATE).values_list("pk", flat=True)
    )
    first = demo_feeds_load()
    assert first == {"feeds": 2, "items": 8, "new_items": 8, "matched_items": 5}
    candidates = {
        (e.claim.promiser.slug, e.claim.statement[:40], e.kind, e.deadline_text)
        for e in Evidence.objects.filter(state=Evidence.State.CANDIDATE).exclude(pk__in=before)
    }
    assert candidates == {
        ("sap", 'Launch "OpenAI for Germany" for the publ', "fulfilment", ""),
        ("aws", "Extend the sovereign cloud with Dedicate", "progress", ""),
        ("bleu", "Obtain ANSSI's SecNumCloud 3.2 qualifica", "delay", "in 2027"),
        ("delos-cloud", "Have the Delos cloud examined and accept", "fulfilment", ""),
        ("bleu", "Become a member of Gaia-X (no date given", "fulfilment", ""),
    }
    # Fictional items about real promises, each marked as such.
    assert all(item.title.startswith("[Demo] ") for item in NewsItem.objects.all())
    assert demo_feeds_load()["new_items"] == 0
    assert (
        Evidence.objects.filter(state=Evidence.State.CANDIDATE).exclude(pk__in=before).count() == 5
    )
    assert not Feed.objects.filter(enabled=True).exists()  # never polled
