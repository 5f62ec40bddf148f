"""Following a claim from its page: double opt-in by e-mail, a link that confirms once and
only on a click, an answer that never says who already follows, rate limits, and a one-click
unsubscribe (RFC 8058) that works from a real alert with no cookie."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from django.core import mail, signing
from django.db import IntegrityError, transaction
from django.test import Client

from claims.models import Outcome
from claims.services import claim_record_outcome
from config.celery import app as celery_app
from tests.factories import ClaimFactory
from tracker.models import Subscription
from tracker.services import alerts_fan_out, alerts_send
from tracker.services.follow import FOLLOW_SALT

pytestmark = pytest.mark.django_db

ADDRESS = "reader@example.org"


@pytest.fixture(autouse=True)
def eager_tasks():
    celery_app.conf.task_always_eager = True
    yield
    celery_app.conf.task_always_eager = False


@pytest.fixture
def claim(now):
    return ClaimFactory(statement="Open the Paris region", deadline_text="by the end of 2027")


def ask(client, claim, email=ADDRESS, **extra):
    return client.post(f"/alerts/follow/{claim.pk}/", {"email": email}, **extra)


def without_csrf(response) -> bytes:
    """The page without its CSRF token (masked afresh on every response)."""
    return re.sub(rb'name="csrfmiddlewaretoken" value="[^"]+"', b"", response.content)


def confirm_link(message) -> str:
    return re.search(r"http://testserver(/alerts/follow/confirm/[^/\s]+/)", message.body).group(1)


def test_a_request_records_an_inactive_subscription_and_mails_the_link_after_commit(
    client, claim, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        response = ask(client, claim)
        assert mail.outbox == []  # nothing is sent before the request's transaction commits
    for callback in callbacks:
        callback()

    assert response.status_code == 200
    subscription = Subscription.objects.get(email=ADDRESS)
    assert (subscription.claim, subscription.active) == (claim, False)
    [message] = mail.outbox
    assert message.to == [ADDRESS]
    assert "Open the Paris region" in message.body
    assert confirm_link(message)


def test_the_link_changes_nothing_on_a_get_and_confirms_once_on_a_post(
    client, claim, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        ask(client, claim)
    link = confirm_link(mail.outbox[0])

    shown = client.get(link)
    assert shown.status_code == 200 and b"Confirm" in shown.content
    assert not Subscription.objects.get(email=ADDRESS).active  # a mail scanner's GET

    assert client.post(link).status_code == 200
    subscription = Subscription.objects.get(email=ADDRESS)
    assert subscription.active and subscription.confirmed_at is not None

    again = client.post(link)
    assert again.status_code == 400 and b"already used" in again.content


def test_a_forged_or_expired_link_confirms_nothing(
    client, claim, now, settings, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        ask(client, claim)
    subscription = Subscription.objects.get(email=ADDRESS)
    forged = signing.dumps({"subscription": subscription.pk, "nonce": "guess"}, salt=FOLLOW_SALT)
    assert client.post(f"/alerts/follow/confirm/{forged}/").status_code == 400

    link = confirm_link(mail.outbox[0])
    now.shift(dt.timedelta(seconds=settings.TRACKER_FOLLOW_CONFIRM_MAX_AGE + 1))
    assert client.post(link).status_code == 400
    assert not Subscription.objects.get(email=ADDRESS).active


def test_the_answer_never_says_whether_the_address_already_follows(
    client, claim, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        first = ask(client, claim)
    client.post(confirm_link(mail.outbox[0]))
    with django_capture_on_commit_callbacks(execute=True):
        already = ask(client, claim)
        stranger = ask(client, claim, email="someone.else@example.org")

    assert first.status_code == already.status_code == stranger.status_code == 200
    assert without_csrf(first) == without_csrf(already) == without_csrf(stranger)
    # The follower is not mailed again; the stranger gets their own link.
    assert [m.to for m in mail.outbox] == [[ADDRESS], ["someone.else@example.org"]]


def test_a_link_is_not_sent_again_within_15_minutes(
    client, claim, now, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        ask(client, claim)
        now.shift(dt.timedelta(minutes=14))
        ask(client, claim)
    assert len(mail.outbox) == 1

    now.shift(dt.timedelta(minutes=2))
    with django_capture_on_commit_callbacks(execute=True):
        ask(client, claim)
    assert len(mail.outbox) == 2
    # The newer link replaces the older one.
    assert client.post(confirm_link(mail.outbox[0])).status_code == 400
    assert client.post(confirm_link(mail.outbox[1])).status_code == 200


def test_a_client_may_ask_20_times_an_hour(client, claim, settings):
    for n in range(settings.TRACKER_FOLLOW_REQUESTS_PER_HOUR):
        assert ask(client, claim, email=f"r{n}@example.org").status_code == 200

    refused = ask(client, claim, email="one.more@example.org")

    assert refused.status_code == 429
    assert not Subscription.objects.filter(email="one.more@example.org").exists()
    # Another client is counted apart.
    assert ask(client, claim, email="other@example.org", REMOTE_ADDR="10.0.0.9").status_code == 200


def test_a_bad_address_is_a_400_that_says_so(client, claim):
    response = ask(client, claim, email="not an address")

    assert response.status_code == 400
    assert b"valid email address" in response.content
    assert not Subscription.objects.exists()


def test_the_form_needs_its_csrf_token(claim):
    response = Client(enforce_csrf_checks=True).post(
        f"/alerts/follow/{claim.pk}/", {"email": ADDRESS}
    )

    assert response.status_code == 403
    assert not Subscription.objects.exists()


def test_the_database_refuses_an_active_subscription_awaiting_confirmation(client, claim):
    ask(client, claim)
    subscription = Subscription.objects.get(email=ADDRESS)

    with pytest.raises(IntegrityError), transaction.atomic():
        Subscription.objects.filter(pk=subscription.pk).update(active=True)


def test_one_click_unsubscribe_from_a_real_alert_needs_no_cookie(
    client, claim, now, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        ask(client, claim)
    client.post(confirm_link(mail.outbox[0]))
    now.shift(dt.timedelta(days=1))
    claim_record_outcome(claim=claim, outcome=Outcome.FULFILLED, on=dt.date(2026, 11, 29))
    alerts_fan_out()
    alerts_send()

    alert = mail.outbox[-1]
    assert alert.to == [ADDRESS]
    assert alert.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    url = re.fullmatch(r"<(https?://[^>]+)>", alert.extra_headers["List-Unsubscribe"]).group(1)
    assert url.startswith("http://testserver/alerts/unsubscribe/")
    # The claim's page link in the alert is on SITE_URL.
    assert f"http://testserver/claims/{claim.pk}/open-the-paris-region/" in alert.body

    # What a mail client sends (RFC 8058): a POST with that body, no cookie, no CSRF token.
    response = Client(enforce_csrf_checks=True).post(
        url.removeprefix("http://testserver"),
        "List-Unsubscribe=One-Click",
        content_type="application/x-www-form-urlencoded",
    )

    assert response.status_code == 200
    assert not Subscription.objects.get(email=ADDRESS).active
