"""Alerts by signed webhook and by Apprise URL, delivered to real receivers on loopback
through the same alert rows and dispatcher as e-mail."""

from __future__ import annotations

import datetime as dt
import io
import json
import logging
import time

import pytest
import time_machine
from django.core import mail
from django.core.management import call_command
from django.urls import reverse

from claims.links import claim_url
from claims.models import Claim
from tests.factories import ClaimFactory, UserFactory
from tracker.models import Alert, AppriseTarget, Subscription, WebhookEndpoint
from tracker.services import (
    MAX_ALERT_ATTEMPTS,
    alerts_dispatch,
    alerts_fan_out,
    channel_backoff,
    subscription_create,
    subscription_resume,
    webhook_secret_rotate,
)
from tracker.services.channels import webhook_secret_new

pytestmark = pytest.mark.django_db

D = dt.date
START = dt.datetime(2026, 11, 1, 11, tzinfo=dt.UTC)


def noon(day: dt.date) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, 11, tzinfo=dt.UTC)


@pytest.fixture
def clock():
    with time_machine.travel(START, tick=True) as traveller:
        yield traveller


def webhook(
    receiver, *, secret: str = "", path: str = "/hook", **kwargs
) -> tuple[Subscription, str]:
    created = subscription_create(
        channel=Subscription.Channel.WEBHOOK,
        webhook_url=receiver.url(path),
        secret=secret,
        **kwargs,
    )
    receiver.secrets.append(created.secret)
    return created.subscription, created.secret


def missed_claims(clock, count: int = 1) -> list[Claim]:
    """Claims that are pending now and missed once the clock moves to mid-January 2027."""
    claims = ClaimFactory.create_batch(
        count, deadline_text="by the end of 2026", stated_on=D(2026, 10, 1)
    )
    clock.move_to(noon(D(2027, 1, 15)))
    return claims


def test_done_when_subscribe_sweep_and_send_deliver_signed_posts_apprise_and_email_once(
    clock, receiver, allow_outbound, smtp_server
):
    secret = webhook_secret_new()
    out = io.StringIO()
    call_command(
        "subscribe", "--all", "--webhook", receiver.url(), "--secret", secret, "--json", stdout=out
    )
    made = json.loads(out.getvalue())
    assert (made["channel"], made["secret"]) == ("webhook", secret)
    receiver.secrets.append(secret)
    call_command(
        "subscribe", "--all", "--apprise", f"json://127.0.0.1:{receiver.port}/apprise",
        stdout=io.StringIO(),
    )  # fmt: skip
    call_command("subscribe", "--all", "--email", "analyst@example.org", stdout=io.StringIO())
    claim = ClaimFactory(deadline_text="by the end of 2026", stated_on=D(2026, 10, 1))
    clock.move_to(noon(D(2027, 1, 15)))  # past the deadline and its grace: missed

    for _ in range(2):  # the second round sends nothing more
        call_command("sweep_deadlines", stdout=io.StringIO())
        call_command("send_alerts", stdout=io.StringIO())

    [post] = receiver.hooks()
    assert post.verified_with == [secret]  # verified by the standardwebhooks library
    assert (
        post.webhook_id
        == f"msg_pledgewatch_alert_{Alert.objects.get(subscription_id=made['id']).pk}"
    )
    assert post.payload["type"] == "claim.missed"
    data = post.payload["data"]
    assert (data["old_status"], data["new_status"], data["days_late"]) == ("pending", "missed", 15)
    assert data["claim"]["url"] == f"http://testserver/api/v1/claims/{claim.pk}/"
    assert data["deadline_in_force"]["end"] == "2026-12-31"
    [chat] = receiver.apprise_messages()
    # A chat reader is sent to the claim's page on SITE_URL.
    assert claim_url(claim) in chat["message"]
    assert "missed" in chat["title"]
    [email] = smtp_server.messages
    assert f"missed: {claim.statement}" in " ".join(email["Subject"].split())
    assert set(Alert.objects.values_list("state", flat=True)) == {Alert.State.SENT}


def test_the_payload_tells_the_event_its_deadline_source_and_claim(clock, receiver, allow_outbound):
    webhook(receiver)
    [claim] = missed_claims(clock)
    alerts_fan_out()  # nothing yet: the claim was pending when recorded
    from tracker.services import deadlines_sweep

    deadlines_sweep()
    alerts_dispatch()

    [post] = receiver.delivered()
    assert post.headers["content-type"] == "application/json"
    assert int(post.headers["webhook-timestamp"]) == pytest.approx(time.time(), abs=60)
    data = post.payload["data"]
    assert data["event"] == "missed"
    assert data["happened_on"] == "2027-01-15"
    assert data["deadline_in_force"] == {
        "window": "by 2026-12-31",
        "end": "2026-12-31",
        "text": "by the end of 2026",
        "stated_on": "2026-10-01",
    }
    # The sweep's event has no source of its own: the one that stated the deadline in force.
    assert data["source"]["url"] == claim.source.url
    assert data["claim"]["id"] == claim.pk and data["claim"]["status_now"] == "missed"


def sweep_and_fan_out() -> None:
    from tracker.services import deadlines_sweep

    deadlines_sweep()


def test_a_receiver_answering_500_then_200_gets_the_alert_once_after_a_backoff(
    clock, receiver, allow_outbound
):
    webhook(receiver)
    missed_claims(clock)
    sweep_and_fan_out()
    receiver.answers = [500]

    first = alerts_dispatch()
    alert = Alert.objects.get()
    assert (first.sent, first.waiting, alert.state, alert.attempts) == (0, 1, "pending", 1)
    assert alert.last_error == "127.0.0.1 answered 500"
    assert alerts_dispatch().sent == 0  # not before its next attempt is due
    clock.shift(channel_backoff(1) + dt.timedelta(seconds=1))
    second = alerts_dispatch()

    assert second.sent == 1
    assert [d.answered for d in receiver.hooks()] == [500, 200]
    assert len({d.webhook_id for d in receiver.hooks()}) == 1  # the same stable id
    alert.refresh_from_db()
    assert (alert.state, alert.attempts, alert.last_error) == ("sent", 2, "")
    assert Subscription.objects.get().consecutive_failures == 0


def test_a_429_waits_as_long_as_retry_after_asks(clock, receiver, allow_outbound):
    webhook(receiver)
    missed_claims(clock)
    sweep_and_fan_out()
    receiver.answers, receiver.retry_after = [429], "600"

    alerts_dispatch()
    clock.shift(dt.timedelta(seconds=300))  # past the backoff, not past Retry-After
    assert alerts_dispatch().sent == 0
    clock.shift(dt.timedelta(seconds=301))
    assert alerts_dispatch().sent == 1
    assert [d.answered for d in receiver.hooks()] == [429, 200]


def test_a_4xx_other_than_408_and_429_fails_at_once_with_its_reason(
    clock, receiver, allow_outbound
):
    webhook(receiver)
    missed_claims(clock)
    sweep_and_fan_out()
    receiver.answers = [410]

    report = alerts_dispatch()

    alert = Alert.objects.get()
    assert (report.failed, alert.state, alert.attempts) == (1, "failed", 1)
    assert alert.last_error.startswith("127.0.0.1 answered 410; not retried")
    clock.shift(dt.timedelta(days=1))
    alerts_dispatch()
    assert len(receiver.hooks()) == 1


def test_a_receiver_that_hangs_times_out_and_holds_up_no_other_endpoint(
    clock, receiver, allow_outbound
):
    webhook(receiver)
    webhook(receiver)
    missed_claims(clock, count=2)
    sweep_and_fan_out()
    receiver.answers, receiver.hang_seconds = ["hang"], 4.0

    started = time.monotonic()
    report = alerts_dispatch()
    took = time.monotonic() - started

    # One timeout (2 s) on the hanging endpoint; its second alert waits for the next run.
    assert took < 3.9
    assert (report.sent, report.waiting) == (2, 1)
    timed_out, untouched = Alert.objects.filter(state="pending").order_by("-attempts")
    assert timed_out.last_error == "127.0.0.1 stopped answering (timed out waiting for data)"
    assert timed_out.next_attempt_at is not None and untouched.attempts == 0


def test_a_webhook_to_a_private_address_is_refused_unless_allowed(clock, receiver, settings):
    settings.OUTBOUND_ALLOW_PRIVATE_HOSTS = settings.FEEDS_ALLOW_PRIVATE_HOSTS = []
    webhook(receiver)
    missed_claims(clock)
    sweep_and_fan_out()

    alerts_dispatch()

    alert = Alert.objects.get()
    assert alert.state == "failed"
    assert alert.last_error == "refused to connect to 127.0.0.1: a loopback address"
    assert receiver.deliveries == []


def test_a_redirect_is_vetted_again(clock, receiver, allow_outbound):
    # The receiver's address is allowed; "localhost" is not, though it is the same server.
    receiver.server.expect_request("/moved").respond_with_data(
        "", status=307, headers={"Location": f"http://localhost:{receiver.port}/hook"}
    )
    webhook(receiver, path="/moved")
    missed_claims(clock)
    sweep_and_fan_out()

    alerts_dispatch()

    assert "refused to connect to localhost" in Alert.objects.get().last_error
    assert receiver.hooks() == []


def test_a_rotated_secret_signs_beside_the_old_one_for_the_grace_period(
    clock, receiver, allow_outbound
):
    subscription, old = webhook(receiver)
    new = webhook_secret_rotate(subscription=subscription, grace=dt.timedelta(hours=1))
    receiver.secrets = [old, new]
    missed_claims(clock)  # moves the clock 2.5 months: the grace period is over
    webhook_secret_rotate(subscription=subscription, secret=new, grace=dt.timedelta(hours=1))
    endpoint = WebhookEndpoint.objects.get()
    assert old not in endpoint.secret_sealed + endpoint.previous_secret_sealed  # sealed at rest
    ClaimFactory(deadline_text="in 2024", stated_on=D(2024, 1, 1))  # missed now
    alerts_fan_out()
    alerts_dispatch()
    clock.shift(dt.timedelta(hours=2))
    ClaimFactory(deadline_text="in 2024", stated_on=D(2024, 1, 1))
    alerts_fan_out()
    alerts_dispatch()

    during, after = receiver.delivered()
    assert during.verified_with == [new]  # new, and new again as "previous": both verify
    assert len(during.headers["webhook-signature"].split()) == 2
    assert after.verified_with == [new] and len(after.headers["webhook-signature"].split()) == 1


def test_both_secrets_verify_during_a_rotation(clock, receiver, allow_outbound):
    subscription, old = webhook(receiver)
    new = webhook_secret_rotate(subscription=subscription)
    receiver.secrets = [old, new]
    ClaimFactory(deadline_text="in 2024", stated_on=D(2024, 1, 1))
    alerts_fan_out()
    alerts_dispatch()
    [post] = receiver.delivered()
    assert sorted(post.verified_with) == sorted([old, new])


def test_an_endpoint_failing_again_and_again_is_paused_its_owner_told_and_resumed_by_a_button(
    clock, receiver, allow_outbound, settings, client, django_capture_on_commit_callbacks
):
    settings.ALERT_CHANNEL_PAUSE_AFTER = 3
    owner = UserFactory(username="owner", email="owner@example.org")
    subscription, _ = webhook(receiver, user=owner)
    missed_claims(clock)
    sweep_and_fan_out()
    receiver.answers = [503] * 3

    for attempt in range(1, 4):
        with django_capture_on_commit_callbacks(execute=True):
            alerts_dispatch()
        clock.shift(channel_backoff(attempt) + dt.timedelta(seconds=1))
    subscription.refresh_from_db()
    assert subscription.paused and subscription.paused_reason == "127.0.0.1 answered 503"
    [notice] = mail.outbox
    assert notice.to == ["owner@example.org"] and "paused" in notice.subject
    assert "Resume" in notice.body
    assert alerts_dispatch().sent == 0  # paused: nothing is tried
    assert len(receiver.hooks()) == 3

    admin = UserFactory(username="boss", is_superuser=True)
    client.force_login(admin)
    page = client.get(reverse("admin:tracker_subscription_change", args=[subscription.pk]))
    assert b"Resume (paused" in page.content
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("tracker.tasks.send_alerts_task.delay_on_commit", lambda: None)
        client.post(reverse("admin:tracker_subscription_resume", args=[subscription.pk]))
    subscription.refresh_from_db()
    assert not subscription.paused
    assert alerts_dispatch().sent == 1
    assert [d.answered for d in receiver.hooks()] == [503, 503, 503, 200]


def test_an_alert_is_given_up_after_the_last_attempt(clock, receiver, allow_outbound, settings):
    settings.ALERT_CHANNEL_PAUSE_AFTER = 100
    webhook(receiver)
    missed_claims(clock)
    sweep_and_fan_out()
    receiver.answers = [502] * MAX_ALERT_ATTEMPTS
    for attempt in range(1, MAX_ALERT_ATTEMPTS + 1):
        alerts_dispatch()
        clock.shift(channel_backoff(attempt) + dt.timedelta(seconds=1))
    alert = Alert.objects.get()
    assert (alert.state, alert.attempts) == ("failed", MAX_ALERT_ATTEMPTS)


class TestApprise:
    def test_a_json_url_gets_a_short_plain_text_message_with_the_claims_link(
        self, clock, receiver, allow_outbound, caplog
    ):
        url = f"json://user:hunter2@127.0.0.1:{receiver.port}/apprise?-token=qsecret"
        created = subscription_create(channel=Subscription.Channel.APPRISE, apprise_url=url)
        [claim] = missed_claims(clock)
        caplog.set_level(logging.DEBUG)
        sweep_and_fan_out()

        report = alerts_dispatch()

        assert report.sent == 1
        [message] = receiver.apprise_messages()
        assert message["title"] == f"Pledgewatch: {claim.promiser.name}: missed"
        assert message["message"].splitlines() == [
            claim.statement,
            "- 2027-01-15: missed, 15 days past by 2026-12-31",
            claim_url(claim),
        ]
        target = AppriseTarget.objects.get(subscription=created.subscription)
        assert "hunter2" not in target.url_sealed and target.url_hint.startswith("json://127.0.0.1")
        # The URL's secrets are never logged, at any level (Apprise and urllib3 would at DEBUG).
        # (The receiver's own access log, werkzeug's, is not ours.)
        ours = "\n".join(r.getMessage() for r in caplog.records if r.name != "werkzeug")
        assert "hunter2" not in ours and "qsecret" not in ours

    def test_a_scheme_that_makes_no_http_request_is_refused(self):
        from django.core.exceptions import ValidationError

        for url in ["mailto://user:pass@example.org", "syslog://", "windows://"]:
            with pytest.raises(ValidationError, match="not allowed here"):
                subscription_create(channel=Subscription.Channel.APPRISE, apprise_url=url)
        assert not Subscription.objects.exists()

    def test_a_private_address_is_refused_unless_allowed(self, clock, receiver, settings):
        settings.OUTBOUND_ALLOW_PRIVATE_HOSTS = []
        subscription_create(
            channel=Subscription.Channel.APPRISE,
            apprise_url=f"json://127.0.0.1:{receiver.port}/apprise",
        )
        missed_claims(clock)
        sweep_and_fan_out()

        report = alerts_dispatch()

        assert report.failed == 1
        assert receiver.deliveries == []
        assert Alert.objects.get().last_error == (
            "refused to connect to 127.0.0.1: it resolves to 127.0.0.1, a loopback address"
        )

    def test_an_apprise_receiver_answering_500_then_200_gets_it_once(
        self, clock, receiver, allow_outbound
    ):
        subscription_create(
            channel=Subscription.Channel.APPRISE,
            apprise_url=f"json://127.0.0.1:{receiver.port}/apprise",
        )
        missed_claims(clock)
        sweep_and_fan_out()
        receiver.answers = [500]
        assert alerts_dispatch().waiting == 1
        clock.shift(channel_backoff(1) + dt.timedelta(seconds=1))
        assert alerts_dispatch().sent == 1
        assert len(receiver.apprise_messages()) == 2


def test_resuming_clears_the_wait_of_owed_alerts(clock, receiver, allow_outbound, monkeypatch):
    monkeypatch.setattr("tracker.tasks.send_alerts_task.delay_on_commit", lambda: None)
    subscription, _ = webhook(receiver)
    missed_claims(clock)
    sweep_and_fan_out()
    receiver.answers = [500]
    alerts_dispatch()
    subscription_resume(subscription=subscription)
    assert alerts_dispatch().sent == 1


class TestOutboundGuard:
    """Apprise's HTTP requests go through urllib3: every connection is vetted when it opens."""

    def test_urllib3_connections_are_vetted_while_a_notification_runs_and_only_then(
        self, receiver, settings
    ):
        import requests

        from tracker.services.channels import outbound_vetting

        settings.OUTBOUND_ALLOW_PRIVATE_HOSTS = []
        with outbound_vetting(), pytest.raises(requests.ConnectionError, match="a loopback"):
            requests.post(receiver.url("/apprise"), json={}, timeout=2)
        assert receiver.deliveries == []
        settings.OUTBOUND_ALLOW_PRIVATE_HOSTS = ["127.0.0.1"]
        with outbound_vetting():
            assert requests.post(receiver.url("/apprise"), json={}, timeout=2).ok
        # Outside a notification the rest of the process is left alone.
        settings.OUTBOUND_ALLOW_PRIVATE_HOSTS = []
        assert requests.post(receiver.url("/apprise"), json={}, timeout=2).ok

    def test_an_apprise_redirect_to_a_host_not_allowed_is_refused(
        self, clock, receiver, allow_outbound
    ):
        receiver.server.expect_request("/moved").respond_with_data(
            "", status=307, headers={"Location": f"http://localhost:{receiver.port}/apprise"}
        )
        subscription_create(
            channel=Subscription.Channel.APPRISE,
            apprise_url=f"json://127.0.0.1:{receiver.port}/moved",
        )
        missed_claims(clock)
        sweep_and_fan_out()

        assert alerts_dispatch().waiting == 1
        assert receiver.apprise_messages() == []


def test_a_paused_endpoint_without_an_owner_is_reported_to_the_editors(
    clock, receiver, allow_outbound, settings, django_capture_on_commit_callbacks
):
    settings.ALERT_CHANNEL_PAUSE_AFTER = 1
    UserFactory(username="ed", email="ed@example.org", groups=["Editors"])
    UserFactory(username="vi", email="vi@example.org", groups=["Viewers"])
    webhook(receiver)
    missed_claims(clock)
    sweep_and_fan_out()
    receiver.answers = [500]
    with django_capture_on_commit_callbacks(execute=True):
        alerts_dispatch()
    [notice] = mail.outbox
    assert notice.to == ["ed@example.org"]
    assert receiver.url() in notice.body and "127.0.0.1 answered 500" in notice.body


@pytest.mark.parametrize(
    ("header", "seconds"),
    [
        ("120", 120.0),
        ("Thu, 28 Nov 2030 12:02:00 GMT", 120.0),
        ("999999999", 24 * 60 * 60.0),  # capped
        ("soon", None),
        ("", None),
    ],
)
def test_retry_after_is_read_as_seconds_or_an_http_date(header, seconds):
    from tracker.services.channels import retry_after_seconds

    now = dt.datetime(2030, 11, 28, 12, 0, tzinfo=dt.UTC)
    assert retry_after_seconds(header, now=now) == seconds
