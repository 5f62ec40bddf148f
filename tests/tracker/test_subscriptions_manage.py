"""Managing subscriptions: the API for a signed-in user's own, the admin (with its test message
and secrets shown once), and `manage.py subscribe`."""

from __future__ import annotations

import io
import json

import pytest
from django.core import mail
from django.core.management import CommandError, call_command
from django.urls import reverse
from django.utils import timezone
from rest_framework.test import APIClient

from tests.factories import ClaimFactory, OrganisationFactory, UserFactory
from tracker.models import AlertEvent, AppriseTarget, Subscription, WebhookEndpoint
from tracker.services.channels import webhook_secret_new
from tracker.services.secrets import unseal

pytestmark = pytest.mark.django_db

LIST = "/api/v1/subscriptions/"
APPRISE = "slack://T1JJ3T3L2/A1BRTD4JD/TIiajkdnlazkcOXrIdevi7F"


@pytest.fixture
def reader():
    return UserFactory(username="reader", email="reader@example.org", is_staff=False)


@pytest.fixture
def api(reader):
    client = APIClient()
    client.force_authenticate(reader)
    return client


class TestAPI:
    def test_a_webhook_subscription_shows_its_secret_once(self, api, reader):
        created = api.post(
            LIST, {"channel": "webhook", "webhook_url": "https://hooks.example.org/in"}, "json"
        )
        assert created.status_code == 201, created.json()
        secret = created.json()["secret"]
        assert secret.startswith("whsec_")
        endpoint = WebhookEndpoint.objects.get()
        assert unseal(endpoint.secret_sealed) == secret and secret not in endpoint.secret_sealed
        listed = api.get(LIST).json()["results"]
        assert [s["webhook_url"] for s in listed] == ["https://hooks.example.org/in"]
        assert secret not in json.dumps(listed)
        assert "secret" not in api.get(f"{LIST}{created.json()['id']}/").json()

    def test_an_apprise_url_is_write_only(self, api):
        created = api.post(LIST, {"channel": "apprise", "apprise_url": APPRISE}, "json")
        assert created.status_code == 201, created.json()
        body = json.dumps(created.json()) + json.dumps(api.get(LIST).json())
        assert "TIiajkdnlazkcOXrIdevi7F" not in body
        assert created.json()["apprise_url_hint"] == "slack://…"  # its "host" is a token
        assert "TIiajkdnlazkcOXrIdevi7F" not in AppriseTarget.objects.get().url_sealed

    def test_bad_channel_input_gets_a_400_that_names_the_field(self, api):
        cases = [
            ({"channel": "webhook"}, "webhook_url"),
            ({"channel": "webhook", "webhook_url": "ftp://x.example.org/"}, "webhook_url"),
            (
                {"channel": "webhook", "webhook_url": "https://h.example.org/", "secret": "x"},
                "secret",
            ),
            ({"channel": "apprise", "apprise_url": "mailto://a:b@example.org"}, "apprise_url"),
            ({"channel": "apprise"}, "apprise_url"),
            # Refused before any lookup: PostgreSQL cannot even compare a NUL byte.
            ({"organisation": "bleu\x00"}, "organisation"),
            (
                {
                    "channel": "webhook",
                    "webhook_url": "https://h.example.org/",
                    "delivery": "digest",
                },
                "delivery",
            ),
        ]
        for data, field in cases:
            answer = api.post(LIST, data, "json")
            assert answer.status_code == 400, data
            assert field in answer.json()["errors"], answer.json()
        assert not Subscription.objects.exists()

    def test_an_email_subscription_defaults_to_the_users_address(self, api, reader):
        claim = ClaimFactory()
        created = api.post(LIST, {"claim": claim.pk, "on_evidence": True}, "json")
        assert created.status_code == 201
        subscription = Subscription.objects.get()
        assert (subscription.user, subscription.recipient) == (reader, "reader@example.org")
        assert subscription.claim == claim and subscription.on_evidence

    def test_a_user_sees_and_stops_only_their_own_subscriptions(self, api):
        other = Subscription.objects.create(email="other@example.org")
        Subscription.objects.create(user=UserFactory(username="someone"), email="x@example.org")
        assert api.get(LIST).json()["results"] == []
        assert api.get(f"{LIST}{other.pk}/").status_code == 404
        assert api.delete(f"{LIST}{other.pk}/").status_code == 404
        other.refresh_from_db()
        assert other.active

    def test_deleting_stops_the_subscription(self, api):
        made = api.post(LIST, {"organisation": OrganisationFactory(slug="bleu").slug}, "json")
        assert api.delete(f"{LIST}{made.json()['id']}/").status_code == 204
        assert not Subscription.objects.get().active
        assert api.get(LIST).json()["results"] == []

    def test_rotating_a_secret_returns_the_new_one_once(self, api):
        made = api.post(
            LIST, {"channel": "webhook", "webhook_url": "https://hooks.example.org/in"}, "json"
        ).json()
        rotated = api.post(f"{LIST}{made['id']}/rotate-secret/", {}, "json")
        assert rotated.status_code == 200
        new = rotated.json()["secret"]
        endpoint = WebhookEndpoint.objects.get()
        assert unseal(endpoint.secret_sealed) == new
        assert unseal(endpoint.previous_secret_sealed) == made["secret"]

    def test_anonymous_requests_are_refused(self):
        assert APIClient().get(LIST).status_code == 401
        assert APIClient().post(LIST, {}, "json").status_code == 401

    def test_a_test_message_reports_what_happened(self, api, settings):
        settings.OUTBOUND_ALLOW_PRIVATE_HOSTS = settings.FEEDS_ALLOW_PRIVATE_HOSTS = []
        made = api.post(
            LIST, {"channel": "webhook", "webhook_url": "http://127.0.0.1:9/in"}, "json"
        ).json()
        answer = api.post(f"{LIST}{made['id']}/test/").json()
        assert answer == {
            "sent": False,
            "reason": "refused to connect to 127.0.0.1: a loopback address",
        }


class TestAdmin:
    @pytest.fixture
    def admin_client(self, client):
        client.force_login(UserFactory(username="boss", is_superuser=True))
        return client

    def test_adding_a_webhook_shows_its_secret_once(self, admin_client):
        page = admin_client.post(
            reverse("admin:tracker_subscription_add"),
            {
                "channel": "webhook",
                "webhook_url": "https://hooks.example.org/in",
                "delivery": "immediate",
                "active": "on",
                "on_missed": "on",
            },
            follow=True,
        )
        endpoint = WebhookEndpoint.objects.get()
        secret = unseal(endpoint.secret_sealed)
        assert secret.encode() in page.content  # in the message after saving
        change = admin_client.get(
            reverse("admin:tracker_subscription_change", args=[endpoint.subscription_id])
        )
        assert secret.encode() not in change.content

    def test_an_apprise_url_is_never_shown_back(self, admin_client):
        admin_client.post(
            reverse("admin:tracker_subscription_add"),
            {"channel": "apprise", "apprise_url": APPRISE, "delivery": "immediate"},
        )
        target = AppriseTarget.objects.get()
        change = admin_client.get(
            reverse("admin:tracker_subscription_change", args=[target.subscription_id])
        )
        for token in [b"T1JJ3T3L2", b"A1BRTD4JD", b"TIiajkdnlazkcOXrIdevi7F"]:
            assert token not in change.content
        assert "slack://…".encode() in change.content

    def test_a_webhook_without_its_url_is_refused_with_a_message(self, admin_client):
        page = admin_client.post(
            reverse("admin:tracker_subscription_add"),
            {"channel": "webhook", "delivery": "immediate"},
        )
        assert b"A webhook subscription needs its URL." in page.content
        assert not Subscription.objects.exists()

    def test_a_follow_awaiting_confirmation_cannot_be_switched_on_by_hand(self, admin_client):
        # Double opt-in: only the address's owner turns it on. The database refuses it too;
        # the form says so instead of an error page, and nothing changes.
        subscription = Subscription.objects.create(
            email="reader@example.org", active=False, confirmation_requested_at=timezone.now()
        )
        url = reverse("admin:tracker_subscription_change", args=[subscription.pk])
        listing = admin_client.get(reverse("admin:tracker_subscription_changelist"))
        assert b"waiting for the address to confirm" in listing.content
        page = admin_client.post(
            url,
            {
                "email": "reader@example.org",
                "delivery": "immediate",
                "language": "en",
                "active": "on",
                **{f"on_{event}": "on" for event in AlertEvent.values},
            },
        )
        assert page.status_code == 200
        assert b"has not confirmed yet" in page.content
        subscription.refresh_from_db()
        assert not subscription.active

    def test_the_test_message_action_sends_an_email(self, admin_client):
        subscription = Subscription.objects.create(email="analyst@example.org")
        admin_client.post(
            reverse("admin:tracker_subscription_changelist"),
            {"action": "send_test_message", "_selected_action": [subscription.pk]},
        )
        [message] = mail.outbox
        assert message.to == ["analyst@example.org"] and "Test message" in message.subject


class TestSubscribeCommand:
    def run(self, *args: str) -> str:
        out = io.StringIO()
        call_command("subscribe", *args, stdout=out)
        return out.getvalue()

    def test_json_gives_the_id_channel_and_a_webhooks_secret_once(self):
        made = json.loads(self.run("--all", "--webhook", "https://hooks.example.org/in", "--json"))
        subscription = Subscription.objects.get(pk=made["id"])
        assert made["channel"] == "webhook" and made["secret"].startswith("whsec_")
        assert unseal(subscription.webhook.secret_sealed) == made["secret"]

    def test_a_given_secret_is_kept(self):
        secret = webhook_secret_new()
        made = json.loads(
            self.run(
                "--organisation", OrganisationFactory(slug="bleu").slug,
                "--webhook", "https://hooks.example.org/in", "--secret", secret, "--json",
            )
        )  # fmt: skip
        assert made["secret"] == secret and made["follows"].startswith("organisation Vendor")

    def test_email_and_apprise_subscriptions_print_no_secret(self):
        email = json.loads(self.run("--category", "launch", "--email", "a@example.org", "--json"))
        chat = json.loads(
            self.run("--claim", str(ClaimFactory().pk), "--apprise", APPRISE, "--json")
        )
        assert "secret" not in email and "secret" not in chat
        assert chat["destination"] == "slack://…"
        assert "T1JJ3T3L2" not in json.dumps(chat)

    def test_text_output_shows_the_secret_once(self):
        text = self.run("--all", "--webhook", "https://hooks.example.org/in")
        secret = unseal(WebhookEndpoint.objects.get().secret_sealed)
        assert text.count(secret) == 1

    @pytest.mark.parametrize(
        ("args", "message"),
        [
            (["--claim", "999", "--email", "a@example.org"], "There is no claim 999."),
            (["--organisation", "nope", "--email", "a@example.org"], "no organisation with slug"),
            (["--all", "--email", "a@example.org", "--secret", "whsec_x"], "--secret goes with"),
            (["--all", "--webhook", "https://h.example.org/", "--secret", "nope"], "whsec_"),
            (["--all", "--apprise", "syslog://"], "not allowed here"),
            (["--all", "--email", "not-an-address"], "email"),
        ],
    )
    def test_bad_input_is_refused_with_a_message(self, args, message):
        with pytest.raises(CommandError, match=message):
            self.run(*args)
        assert not Subscription.objects.exists()
