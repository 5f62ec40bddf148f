"""Each subscriber reads alerts in its own language: the language is chosen when subscribing (API,
command, admin) and every message is rendered in it, whoever else follows the same claim."""

import datetime as dt
import io
import json
from email.header import decode_header, make_header
from email.message import Message

import pytest
import time_machine
from django.core.management import call_command
from django.urls import reverse
from rest_framework.test import APIClient

from tests.factories import ClaimFactory, UserFactory
from tracker.models import Alert, AlertEvent, Subscription
from tracker.services import (
    alerts_dispatch,
    alerts_fan_out,
    alerts_send_digests,
    deadlines_sweep,
    subscription_create,
    unsubscribe_token,
)

pytestmark = pytest.mark.django_db

D = dt.date


def noon(day: dt.date) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, 11, tzinfo=dt.UTC)


def follow(email: str, language: str, **kwargs) -> Subscription:
    events = {event: event == AlertEvent.MISSED for event in AlertEvent.values}
    return subscription_create(email=email, language=language, events=events, **kwargs).subscription


def subject_of(message: Message) -> str:
    """The decoded subject, its folding undone and its spaces (no-break ones too) plain."""
    return " ".join(str(make_header(decode_header(message["Subject"]))).split())


def text_of(message: Message) -> str:
    return message.get_payload()[0].get_payload(decode=True).decode()


def html_of(message: Message) -> str:
    return message.get_payload()[1].get_payload(decode=True).decode()


@pytest.fixture
def clock():
    with time_machine.travel(noon(D(2025, 6, 1)), tick=False) as traveller:
        yield traveller


def test_two_subscribers_of_one_claim_each_get_the_alert_in_their_own_language(clock, smtp_server):
    claim = ClaimFactory(deadline_text="by the end of 2025", stated_on=D(2025, 3, 2))
    english = follow("analyst@example.org", "en")
    french = follow("analyste@example.fr", "fr")
    alerts_fan_out()
    clock.move_to(noon(D(2026, 1, 8)))
    deadlines_sweep()
    # One alert each: the content key collapses identical alerts within a subscription only.
    assert Alert.objects.filter(event=AlertEvent.MISSED).count() == 2
    assert alerts_dispatch().sent == 2
    by_recipient = {message["To"]: message for message in smtp_server.messages}
    fr, en = by_recipient[french.email], by_recipient[english.email]

    assert "missed" in subject_of(en) and "manquée" not in subject_of(en)
    assert "manquée" in subject_of(fr) and claim.statement in subject_of(fr)
    text = text_of(fr)
    assert text.startswith(f"Manquée\u00a0: {claim.statement}")
    assert "En vigueur\u00a0:       au plus tard le 31 décembre 2025" in text
    first = "Échéance promise\u00a0: au plus tard le 31 décembre 2025\u00a0: manquée, 8 jours"
    assert first in text
    assert "enregistré le 8 janvier 2026" in text
    assert "Se désabonner (en un clic)" in text
    assert "What happened" not in text and "by 2025-12-31" not in text
    html = html_of(fr)
    assert '<html lang="fr">' in html and "Échéance en vigueur" in html
    assert "au plus tard le 31 décembre 2025" in html

    english_text = text_of(en)
    assert "Deadline in force: by 2025-12-31" in english_text
    assert "recorded 2026-01-08" in english_text
    assert "échéance" not in english_text.lower()
    assert '<html lang="en">' in html_of(en)


def test_a_french_digest_is_french_with_french_dates(clock, smtp_server):
    ClaimFactory.create_batch(2, deadline_text="in 2024")
    follow("analyste@example.fr", "fr", delivery=Subscription.Delivery.DIGEST)
    alerts_fan_out()
    assert alerts_send_digests().sent == 2
    [message] = smtp_server.messages
    assert subject_of(message) == "[Pledgewatch] Résumé quotidien : 2 alertes sur 2 promesses"
    text = text_of(message)
    assert "Résumé quotidien de Pledgewatch, 1er juin 2025" in text
    assert "du 1er janvier 2024 au 31 décembre 2024" in text


def test_a_subscription_takes_the_sites_language_unless_told(settings):
    assert follow("a@example.org", "").language == "en"
    settings.LANGUAGE_CODE = "fr"
    assert follow("b@example.org", "").language == "fr"


def test_the_api_records_the_language_and_refuses_one_we_do_not_have():
    client = APIClient()
    client.force_authenticate(UserFactory(email="reader@example.org"))
    made = client.post("/api/v1/subscriptions/", {"language": "fr"}, format="json")
    assert made.status_code == 201, made.content
    assert made.json()["language"] == "fr"
    assert Subscription.objects.get(pk=made.json()["id"]).language == "fr"
    refused = client.post("/api/v1/subscriptions/", {"language": "de"}, format="json")
    assert refused.status_code == 400 and list(refused.json()["errors"]) == ["language"]
    assert Subscription.objects.count() == 1


def test_the_subscribe_command_takes_a_language():
    out = io.StringIO()
    call_command(
        "subscribe", "--all", "--email", "lecteur@example.fr", "--language", "fr", "--json",
        stdout=out,
    )  # fmt: skip
    made = json.loads(out.getvalue())
    assert made["language"] == "fr"
    assert Subscription.objects.get(pk=made["id"]).language == "fr"


def test_the_admin_sets_the_language_through_the_service(admin_client):
    response = admin_client.post(
        reverse("admin:tracker_subscription_add"),
        {
            "email": "lectrice@example.fr",
            "channel": "email",
            "delivery": "immediate",
            "language": "fr",
            "active": "on",
            "on_missed": "on",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    assert Subscription.objects.get().language == "fr"


def test_the_unsubscribe_page_speaks_the_subscribers_language(client):
    subscription = follow("analyste@example.fr", "fr")
    url = reverse("tracker:unsubscribe", args=[unsubscribe_token(subscription)])
    html = client.get(url).content.decode()
    assert '<html lang="fr">' in html
    assert "Arrêter les alertes envoyées à analyste@example.fr sur toutes les promesses" in html
    # The reader's own choice, made with the switcher, wins.
    client.post("/i18n/setlang/", {"language": "en", "next": url})
    assert (
        "Stop alerts to analyste@example.fr about all claims?" in client.get(url).content.decode()
    )
