"""Alerts: made from ledger events for the subscriptions that follow them, sent once over SMTP."""

import datetime as dt
import smtplib

import pgtrigger
import pytest
import time_machine
from django.core import signing
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.urls import reverse

from claims.models import Outcome, StatusEvent
from claims.services import (
    claim_record_outcome,
    claims_sweep_statuses,
    deadline_revision_create,
    evidence_add,
)
from tests.factories import ClaimFactory, OrganisationFactory, SourceFactory, follow
from tracker.models import Alert, AlertEvent, FanOutMark, Subscription
from tracker.services import (
    alerts_dispatch,
    alerts_fan_out,
    alerts_send_digests,
    claim_snooze,
    deadlines_sweep,
    unsubscribe_token,
)

pytestmark = pytest.mark.django_db

D = dt.date


def noon(day: dt.date) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, 11, tzinfo=dt.UTC)


def alert_events(subscription: Subscription) -> list[tuple[int, str]]:
    return sorted(subscription.alerts.values_list("claim_id", "event"))


@pytest.fixture
def clock():
    with time_machine.travel(noon(D(2025, 6, 1)), tick=False) as traveller:
        yield traveller


def test_a_missed_deadline_alerts_followers_once_however_often_the_sweep_runs(clock, smtp_server):
    claim = ClaimFactory(deadline_text="in 2025")
    everyone = follow()
    alerts_fan_out()
    clock.move_to(noon(D(2026, 1, 8)))
    for _ in range(3):
        deadlines_sweep()
    # The clock jumped past the grace period: straight from due to missed, one alert.
    events = [event for _, event in alert_events(everyone)]
    assert events == [AlertEvent.MISSED]
    report = alerts_dispatch()
    assert alerts_dispatch().sent == 0
    subjects = [message["Subject"] for message in smtp_server.messages]
    assert report.sent == len(subjects) == len(events)
    assert sum("missed" in subject for subject in subjects) == 1
    assert claim.statement in subjects[-1]


def test_subscriptions_follow_all_claims_an_organisation_a_category_or_one_claim(clock):
    bleu, other = OrganisationFactory(name="Bleu"), OrganisationFactory(name="Other")
    launch = ClaimFactory(promiser=bleu, category="launch", deadline_text="by the end of 2025")
    certification = ClaimFactory(
        promiser=other, category="certification", deadline_text="by the end of 2025"
    )
    everyone = follow()
    by_org = follow(organisation=bleu)
    by_category = follow(category="certification")
    one_claim = follow(claim=certification)
    clock.move_to(noon(D(2026, 1, 1)))
    deadlines_sweep()
    assert {c for c, _ in alert_events(everyone)} == {launch.pk, certification.pk}
    assert {c for c, _ in alert_events(by_org)} == {launch.pk}
    assert {c for c, _ in alert_events(by_category)} == {certification.pk}
    assert {c for c, _ in alert_events(one_claim)} == {certification.pk}


def test_only_the_chosen_events_are_alerted(clock):
    ClaimFactory(deadline_text="by the end of 2025")
    missed_only = follow(**{f"on_{e}": False for e in AlertEvent.values} | {"on_missed": True})
    clock.move_to(noon(D(2026, 1, 1)))
    deadlines_sweep()
    clock.move_to(noon(D(2026, 1, 9)))
    deadlines_sweep()
    assert [event for _, event in alert_events(missed_only)] == [AlertEvent.MISSED]


def test_approaching_deadlines_alert_at_30_then_7_days_once_each(clock):
    claim = ClaimFactory(deadline_text="by the end of 2025")
    subscriber = follow()
    for day in [
        D(2025, 11, 30),
        D(2025, 12, 1),
        D(2025, 12, 2),
        D(2025, 12, 24),
        D(2025, 12, 25),
        D(2025, 12, 30),
    ]:
        clock.move_to(noon(day))
        deadlines_sweep()
    marks = StatusEvent.objects.filter(claim=claim, kind=StatusEvent.Kind.DUE_SOON)
    assert sorted(marks.values_list("as_of", "days")) == [
        (D(2025, 12, 1), 30),
        (D(2025, 12, 24), 7),
    ]
    assert alert_events(subscriber) == [(claim.pk, AlertEvent.DUE_30), (claim.pk, AlertEvent.DUE_7)]


def test_a_claim_first_seen_inside_seven_days_gets_only_the_seven_day_alert(clock):
    clock.move_to(noon(D(2025, 12, 28)))
    claim = ClaimFactory(deadline_text="by the end of 2025")
    subscriber = follow()
    deadlines_sweep()
    assert alert_events(subscriber) == [(claim.pk, AlertEvent.DUE_7)]


def test_a_restated_deadline_alerts_again_for_the_new_revision(clock):
    claim = ClaimFactory(deadline_text="by the end of 2025")
    subscriber = follow()
    clock.move_to(noon(D(2025, 12, 1)))
    deadlines_sweep()
    clock.move_to(noon(D(2025, 12, 5)))  # a restatement is recorded once it was made
    deadline_revision_create(
        claim=claim, text="by the end of 2026", stated_on=D(2025, 12, 5), source=SourceFactory()
    )
    clock.move_to(noon(D(2026, 12, 1)))
    deadlines_sweep()
    events = alert_events(subscriber)
    assert events.count((claim.pk, AlertEvent.DUE_30)) == 2
    assert (claim.pk, AlertEvent.SLIPPED) in events
    revisions = set(
        subscriber.alerts.filter(event=AlertEvent.DUE_30).values_list("revision_id", flat=True)
    )
    assert revisions == set(claim.revisions.values_list("id", flat=True))


def test_an_earlier_restated_deadline_is_not_a_slip(clock):
    claim = ClaimFactory(deadline_text="by the end of 2026")
    subscriber = follow()
    clock.move_to(noon(D(2025, 7, 1)))  # a restatement is recorded once it was made
    deadline_revision_create(
        claim=claim, text="by the end of 2025", stated_on=D(2025, 7, 1), source=SourceFactory()
    )
    alerts_fan_out()
    assert (claim.pk, AlertEvent.SLIPPED) not in alert_events(subscriber)


def test_a_claim_with_no_deadline_never_triggers_deadline_alerts(clock):
    ClaimFactory(deadline_text="")
    subscriber = follow()
    for year in range(2025, 2031):
        clock.move_to(noon(D(year, 12, 31)))
        deadlines_sweep()
    assert alert_events(subscriber) == []


def test_fulfilment_and_new_evidence_are_alerted(clock):
    claim = ClaimFactory(deadline_text="by the end of 2025")
    subscriber = follow()
    evidence_add(
        claim=claim,
        source=SourceFactory(),
        observed_on=D(2025, 6, 1),
        kind="fulfilment",
        summary="Qualification announced",
    )
    claim_record_outcome(claim=claim, outcome=Outcome.FULFILLED, on=D(2025, 6, 1))
    alerts_fan_out()
    assert alert_events(subscriber) == [
        (claim.pk, AlertEvent.EVIDENCE),
        (claim.pk, AlertEvent.FULFILLED),
    ]


def test_the_database_refuses_a_second_alert_for_the_same_event(clock):
    ClaimFactory(deadline_text="in 2024")
    subscriber = follow()
    alerts_fan_out()
    alert = subscriber.alerts.get()
    with pytest.raises(IntegrityError), transaction.atomic():
        Alert.objects.create(
            subscription=subscriber,
            claim=alert.claim,
            event=alert.event,
            revision=alert.revision,
            status_event=alert.status_event,
            content_key=alert.content_key,
        )
    # Even if the events were fanned out again (their marks lost; the database keeps marks
    # insert-only, so the test lifts that).
    with pgtrigger.ignore("tracker.FanOutMark:fan_out_mark_insert_only"):
        FanOutMark.objects.all().delete()
    alerts_fan_out()
    assert subscriber.alerts.count() == 1


def test_the_email_carries_the_claim_source_deadlines_slippage_and_links(clock, smtp_server):
    claim = ClaimFactory(
        deadline_text="by the end of 2024",
        stated_on=D(2024, 1, 16),
        quote="we will be live by the end of 2024",
    )
    deadline_revision_create(
        claim=claim,
        text="by the end of 2025",
        stated_on=D(2024, 10, 1),
        source=SourceFactory(title="Second report"),
    )
    subscriber = follow(**{f"on_{e}": False for e in AlertEvent.values} | {"on_slipped": True})
    alerts_fan_out()
    alerts_dispatch()
    [message] = smtp_server.messages
    text = message.get_payload()[0].get_payload(decode=True).decode()
    html = message.get_payload()[1].get_payload(decode=True).decode()
    assert message["To"] == subscriber.email
    assert "What happened:     deadline restated, 365 days later, recorded 2025-06-01" in text
    assert 'Deadline in force: by 2025-12-31 ("by the end of 2025", stated 2024-10-01)' in text
    assert "First deadline:    by 2024-12-31" in text
    assert "Slippage:          365 days" in text
    assert "Second report" in text  # the restatement's own source
    assert claim.source.title in text and claim.quote in text
    assert f"/admin/claims/claim/{claim.pk}/change/" in text
    assert f"/api/v1/claims/{claim.pk}/" in text
    unsubscribe = reverse("tracker:unsubscribe", args=[unsubscribe_token(subscriber)])
    assert unsubscribe in text and unsubscribe in html
    assert " ".join(message["List-Unsubscribe"].split()) == f"<http://testserver{unsubscribe}>"
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"


def test_many_alerts_go_out_over_one_smtp_connection(clock, smtp_server):
    ClaimFactory.create_batch(5, deadline_text="in 2024")
    follow()
    follow(email="second@example.org")
    alerts_fan_out()
    report = alerts_dispatch()
    assert report.sent == len(smtp_server.messages) == 10
    assert smtp_server.recorder.sessions == 1


def test_a_refused_alert_stays_pending_without_holding_up_the_others(clock, smtp_server):
    ClaimFactory.create_batch(2, deadline_text="in 2024")
    follow()
    alerts_fan_out()
    smtp_server.recorder.refuse_next = 1
    first_run = alerts_dispatch()
    assert (first_run.sent, first_run.deferred, first_run.pending) == (1, 1, 1)
    first = Alert.objects.order_by("id").first()
    assert first.state == Alert.State.PENDING
    assert first.attempts == 1 and "Try again later" in first.last_error
    report = alerts_dispatch()
    assert (report.sent, report.pending) == (1, 0)
    assert len(smtp_server.messages) == 2
    assert len(set(smtp_server.recorder.message_ids())) == 2


def test_an_unreachable_smtp_server_loses_nothing(clock, settings):
    from tests.smtp import free_port

    ClaimFactory(deadline_text="in 2024")
    follow()
    alerts_fan_out()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", free_port()
    with pytest.raises(OSError):
        alerts_dispatch()
    assert Alert.objects.get().state == Alert.State.PENDING


def test_a_snoozed_claims_alerts_are_kept_as_suppressed_and_not_sent(clock, smtp_server, editor):
    claim = ClaimFactory(deadline_text="by the end of 2025")
    subscriber = follow()
    alerts_fan_out()
    claim_snooze(claim=claim, until=D(2026, 1, 31), reason="regulator review", actor=editor)
    clock.move_to(noon(D(2026, 1, 1)))
    deadlines_sweep()
    clock.move_to(noon(D(2026, 2, 1)))
    deadlines_sweep()
    alerts_dispatch()
    states = dict(subscriber.alerts.values_list("event", "state"))
    assert states == {
        AlertEvent.OVERDUE: Alert.State.SUPPRESSED,
        AlertEvent.MISSED: Alert.State.SENT,
    }
    assert [m["Subject"] for m in smtp_server.messages] == [
        f"[Pledgewatch] {claim.promiser.name}: missed: {claim.statement}"
    ]


def test_digest_subscribers_get_one_email_with_all_their_alerts(clock, smtp_server):
    claims = ClaimFactory.create_batch(3, deadline_text="in 2024")
    follow(delivery=Subscription.Delivery.DIGEST)
    alerts_fan_out()
    assert alerts_dispatch().sent == 0
    report = alerts_send_digests()
    assert report.sent == 3
    [message] = smtp_server.messages
    body = message.get_payload()[0].get_payload(decode=True).decode()
    assert "Daily digest: 3 alerts on 3 claims" in message["Subject"]
    assert all(claim.statement in body for claim in claims)
    assert alerts_send_digests().sent == 0
    assert len(smtp_server.messages) == 1


def test_a_subscription_with_an_invalid_email_address_is_refused():
    subscription = Subscription(email="not-an-address")
    with pytest.raises(ValidationError) as error:
        subscription.full_clean()
    assert "email" in error.value.message_dict
    assert Subscription.objects.count() == 0


def test_a_subscription_needs_a_recipient_and_at_most_one_scope(clock):
    with pytest.raises(ValidationError, match="e-mail address"):
        Subscription().full_clean()
    with pytest.raises(ValidationError, match="not several"):
        Subscription(
            email="a@example.org", category="launch", organisation=OrganisationFactory()
        ).full_clean()


class TestUnsubscribe:
    def test_the_signed_link_shows_a_confirmation_then_unsubscribes_without_login(
        self, client, clock
    ):
        ClaimFactory(deadline_text="in 2024")
        subscriber = follow()
        alerts_fan_out()
        url = reverse("tracker:unsubscribe", args=[unsubscribe_token(subscriber)])
        page = client.get(url)
        assert page.status_code == 200
        assert b"Stop alerts to analyst@example.org" in page.content
        subscriber.refresh_from_db()
        assert subscriber.active  # a GET (a link scanner) changes nothing
        done = client.post(url)
        assert done.status_code == 200
        subscriber.refresh_from_db()
        assert not subscriber.active
        assert subscriber.alerts.get().state == Alert.State.SUPPRESSED

    def test_a_forged_link_shows_an_error_and_changes_nothing(self, client, clock):
        subscriber = follow()
        token = unsubscribe_token(subscriber)
        forged = signing.dumps({"subscription": subscriber.pk}, salt="another-salt")
        for bad in [forged, token[:-2] + "xx", "garbage"]:
            response = client.post(reverse("tracker:unsubscribe", args=[bad]))
            assert response.status_code == 400
            assert b"not valid" in response.content
        subscriber.refresh_from_db()
        assert subscriber.active

    def test_an_expired_link_shows_an_error_and_changes_nothing(self, client, clock, settings):
        subscriber = follow()
        token = unsubscribe_token(subscriber)
        clock.shift(dt.timedelta(seconds=settings.TRACKER_UNSUBSCRIBE_MAX_AGE + 60))
        response = client.post(reverse("tracker:unsubscribe", args=[token]))
        assert response.status_code == 400
        assert b"expired" in response.content
        subscriber.refresh_from_db()
        assert subscriber.active


def test_the_sweep_counts_transitions_by_new_status(clock):
    ClaimFactory.create_batch(2, deadline_text="in 2025")
    clock.move_to(noon(D(2026, 1, 2)))
    report = deadlines_sweep()
    assert report.transitions == {"overdue": 2}
    assert claims_sweep_statuses() == {}


def test_a_refused_sender_stops_the_run_without_failing_any_alert(clock, smtp_server):
    # A configuration error concerns every message: retry later rather than give them up.
    ClaimFactory.create_batch(2, deadline_text="in 2024")
    follow()
    alerts_fan_out()

    async def refuse_sender(server, session, envelope, address, mail_options):
        return "530 5.7.0 Authentication required"

    smtp_server.recorder.handle_MAIL = refuse_sender
    with pytest.raises(smtplib.SMTPSenderRefused):
        alerts_dispatch()
    assert set(Alert.objects.values_list("state", flat=True)) == {Alert.State.PENDING}


def test_one_refused_digest_does_not_hold_up_the_others(clock, smtp_server):
    ClaimFactory(deadline_text="in 2024")
    follow(email="full-mailbox@example.org", delivery=Subscription.Delivery.DIGEST)
    follow(email="analyst@example.org", delivery=Subscription.Delivery.DIGEST)
    alerts_fan_out()
    smtp_server.recorder.refuse_next = 1  # the first digest's DATA: "451 Try again later"
    report = alerts_send_digests()
    assert (report.sent, report.deferred, report.pending) == (1, 1, 1)
    assert len(smtp_server.messages) == 1
    refused = Alert.objects.get(state=Alert.State.PENDING)
    assert refused.attempts == 1 and "Try again later" in refused.last_error
    assert alerts_send_digests().sent == 1
    assert len(smtp_server.messages) == 2
