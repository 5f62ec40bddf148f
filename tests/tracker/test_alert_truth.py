"""Alerts that tell the truth: each message describes its event as it was, nothing from before
a subscription is replayed, identical alerts collapse, evidence is named, a miss is never green,
and one alert that cannot be built or delivered fails alone with its reason."""

from __future__ import annotations

import datetime as dt
import io
from email.message import Message

import pgtrigger
import pytest
import time_machine
from django.core.management import call_command

from claims.models import Claim, Outcome, StatusEvent
from claims.services import claim_record_outcome, deadline_revision_create, evidence_add
from tests.factories import ClaimFactory, OrganisationFactory, SourceFactory, UserFactory, follow
from tests.markers import postgres_only
from tracker.models import Alert, AlertEvent, ClaimSnooze, FanOutMark, Subscription
from tracker.services import alerts as alerts_module
from tracker.services import (
    alerts_dispatch,
    alerts_fan_out,
    alerts_send,
    alerts_send_digests,
    claim_snooze,
    deadlines_sweep,
)

pytestmark = pytest.mark.django_db

D = dt.date


def noon(day: dt.date) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, 11, tzinfo=dt.UTC)


def text_of(message: Message) -> str:
    return message.get_payload()[0].get_payload(decode=True).decode()


def html_of(message: Message) -> str:
    return message.get_payload()[1].get_payload(decode=True).decode()


def subject_of(message: Message) -> str:
    return " ".join(message["Subject"].split())


@pytest.fixture
def clock():
    with time_machine.travel(noon(D(2025, 6, 1)), tick=False) as traveller:
        yield traveller


def test_a_missed_alert_tells_the_miss_even_when_the_claim_was_fulfilled_before_it_went_out(
    clock, smtp_server
):
    clock.move_to(noon(D(2024, 6, 1)))
    claim = ClaimFactory(deadline_text="by the end of 2024", stated_on=D(2024, 1, 16))
    follow()
    clock.move_to(noon(D(2025, 1, 10)))  # past the deadline and its 7-day grace
    deadlines_sweep()
    claim_record_outcome(claim=claim, outcome=Outcome.FULFILLED, on=D(2025, 1, 9))
    alerts_fan_out()

    alerts_dispatch()

    by_subject = {subject_of(m): m for m in smtp_server.messages}
    missed = text_of(by_subject[f"[Pledgewatch] {claim.promiser.name}: missed: {claim.statement}"])
    assert "What happened:     missed (was pending), recorded 2025-01-10" in missed
    assert 'Deadline in force: by 2024-12-31 ("by the end of 2024", stated 2024-01-16)' in missed
    assert "Days past it:      10" in missed
    assert "Status now:        fulfilled late (it changed after this alert's event)" in missed
    fulfilled = text_of(
        by_subject[f"[Pledgewatch] {claim.promiser.name}: fulfilled: {claim.statement}"]
    )
    assert "What happened:     fulfilled late (was missed)" in fulfilled
    assert "Status now" not in fulfilled  # nothing changed since


def test_events_from_before_a_subscription_began_are_not_sent_to_it(clock, smtp_server):
    claim = ClaimFactory(deadline_text="in 2024")  # missed as soon as it is recorded
    clock.shift(dt.timedelta(minutes=1))
    newcomer = follow()
    alerts_fan_out()
    assert not newcomer.alerts.exists()

    clock.shift(dt.timedelta(minutes=1))
    evidence_add(claim=claim, source=SourceFactory(), observed_on=D(2025, 6, 1), kind="progress")
    alerts_fan_out()

    assert list(newcomer.alerts.values_list("event", flat=True)) == [AlertEvent.EVIDENCE]


def test_loading_the_demo_sends_nothing_and_the_next_outcome_sends_one_mail(smtp_server):
    # The clock stands still, so the subscriber and the ledger's last events share their
    # timestamp: only passing the history through the fan-out before subscribing keeps it out.
    with time_machine.travel(noon(D(2026, 12, 3)), tick=False):
        call_command("load_demo", stdout=io.StringIO())
        call_command("send_alerts", stdout=io.StringIO())
        assert smtp_server.messages == []
        assert not Alert.objects.exists()

        local_zones = Claim.objects.get(statement__startswith="Extend the sovereign cloud")
        claim_record_outcome(claim=local_zones, outcome=Outcome.FULFILLED, on=D(2026, 12, 3))
        alerts_send()  # the job behind send_alerts

    assert [subject_of(m) for m in smtp_server.messages] == [
        f"[Pledgewatch] Amazon Web Services: fulfilled: {local_zones.statement}"
    ]
    assert smtp_server.messages[0]["To"] == "demo@example.org"


def test_two_evidence_events_from_one_source_make_one_alert(clock):
    claim = ClaimFactory(deadline_text="by the end of 2025")
    subscriber = follow()
    article = SourceFactory(title="Vendor delays launch, cites progress")
    for kind in ("progress", "delay"):
        evidence_add(claim=claim, source=article, observed_on=D(2025, 6, 1), kind=kind)

    alerts_fan_out()

    assert StatusEvent.objects.filter(kind=StatusEvent.Kind.EVIDENCE).count() == 2
    assert list(subscriber.alerts.values_list("event", flat=True)) == [AlertEvent.EVIDENCE]


def test_a_burst_of_evidence_on_one_claim_is_one_message_naming_each_piece(clock, smtp_server):
    claim = ClaimFactory(deadline_text="by the end of 2025")
    other = ClaimFactory(deadline_text="by the end of 2025")
    subscriber = follow()
    sources = [
        SourceFactory(title=f"Report {n}", url=f"https://news.example.org/report-{n}")
        for n in range(3)
    ]
    for source, kind in zip(sources, ["fulfilment", "progress", "denial"], strict=True):
        evidence_add(claim=claim, source=source, observed_on=D(2025, 5, 30), kind=kind)
    evidence_add(claim=other, source=SourceFactory(), observed_on=D(2025, 5, 30), kind="delay")
    alerts_fan_out()
    assert subscriber.alerts.count() == 4

    report = alerts_dispatch()

    assert report.sent == 4
    assert set(subscriber.alerts.values_list("state", flat=True)) == {Alert.State.SENT}
    assert len(smtp_server.messages) == 2  # one per claim
    [burst] = [m for m in smtp_server.messages if claim.statement in subject_of(m)]
    assert "3 new pieces of evidence to review" in subject_of(burst)
    text, html = text_of(burst), html_of(burst)
    for source, kind in zip(sources, ["fulfilment", "progress", "denial"], strict=True):
        assert f"Evidence:          {kind}: {source.title}" in text
        assert source.url in text
        assert f'<a href="{source.url}">{source.title}</a>' in html


def test_an_evidence_alert_names_the_evidence_its_link_and_kind(clock, smtp_server):
    claim = ClaimFactory(deadline_text="by the end of 2025")
    follow()
    source = SourceFactory(
        title="SecNumCloud qualification slips to mid-2026",
        url="https://news.example.org/secnumcloud-slips",
    )
    evidence_add(
        claim=claim,
        source=source,
        observed_on=D(2025, 5, 30),
        kind="delay",
        summary="The vendor now expects the qualification in June 2026.",
        deadline_text="by June 2026",
    )
    alerts_fan_out()
    alerts_dispatch()

    [message] = smtp_server.messages
    text = text_of(message)
    assert "Evidence:          delay: SecNumCloud qualification slips to mid-2026" in text
    assert "https://news.example.org/secnumcloud-slips" in text
    assert "Observed on:       2025-05-30" in text
    assert "The vendor now expects the qualification in June 2026." in text
    assert "New deadline:      by June 2026" in text


def test_evidence_without_a_source_title_is_named_by_its_summary(clock, smtp_server):
    claim = ClaimFactory(deadline_text="by the end of 2025")
    follow()
    source = SourceFactory(title="")
    evidence_add(
        claim=claim, source=source, observed_on=D(2025, 5, 30), kind="progress", summary="Racks in"
    )
    alerts_fan_out()
    alerts_dispatch()
    assert "Evidence:          progress: Racks in" in text_of(smtp_server.messages[0])


GREEN = "#2e8b57"
RED = "#b22222"


def test_a_miss_is_never_shown_green_and_only_a_fulfilment_on_time_is(clock, smtp_server):
    missed = ClaimFactory(deadline_text="by the end of 2024")  # slippage 0: never restated
    on_time = ClaimFactory(deadline_text="by the end of 2025")
    follow()
    claim_record_outcome(claim=on_time, outcome=Outcome.FULFILLED, on=D(2025, 5, 1))
    alerts_fan_out()
    alerts_dispatch()

    by_claim = {
        claim.pk: m
        for m in smtp_server.messages
        for claim in (missed, on_time)
        if claim.statement in subject_of(m)
    }
    missed_html, missed_text = html_of(by_claim[missed.pk]), text_of(by_claim[missed.pk])
    assert GREEN not in missed_html
    assert f'<strong style="color:{RED}">missed</strong>' in missed_html
    assert "Slippage" not in missed_text  # "0 days" next to a miss reads as good news
    assert f'<strong style="color:{GREEN}">fulfilled on time</strong>' in html_of(
        by_claim[on_time.pk]
    )


def test_a_late_fulfilment_is_red_in_the_digest_too(clock, smtp_server):
    claim = ClaimFactory(deadline_text="by the end of 2024")
    follow(delivery=Subscription.Delivery.DIGEST)
    claim_record_outcome(claim=claim, outcome=Outcome.FULFILLED, on=D(2025, 3, 1))
    alerts_fan_out()
    alerts_send_digests()
    [message] = smtp_server.messages
    html = html_of(message)
    assert GREEN not in html
    assert f'<strong style="color:{RED}">fulfilled</strong>' in html
    assert "fulfilled late" in text_of(message)


def test_a_statement_with_a_line_break_is_folded_into_one_subject_line_and_sent(clock, smtp_server):
    broken = ClaimFactory(deadline_text="in 2024")
    # Stored before text was validated: a CR/LF that would start a new header.
    Claim.objects.filter(pk=broken.pk).update(statement="Go live\r\nBcc: everyone@example.org\x07")
    ClaimFactory.create_batch(2, deadline_text="in 2024")
    follow()
    alerts_fan_out()

    report = alerts_dispatch()

    assert (report.sent, report.failed) == (3, 0)
    subjects = [m["Subject"] for m in smtp_server.messages]
    assert f"[Pledgewatch] {broken.promiser.name}: missed: Go live Bcc: everyone@example.org" in [
        " ".join(s.split()) for s in subjects
    ]
    assert all("\n" not in s.replace("\n ", "") for s in subjects)  # only RFC folding
    assert not any(m["Bcc"] for m in smtp_server.messages)


def test_an_alert_that_cannot_be_built_fails_alone_with_its_reason(clock, smtp_server, monkeypatch):
    claims = ClaimFactory.create_batch(3, deadline_text="in 2024")
    follow()
    alerts_fan_out()
    broken = claims[0]
    real = alerts_module.alert_content

    def content(alerts, claim):
        if claim.pk == broken.pk:
            raise KeyError("a template variable that is not there")
        return real(alerts, claim)

    monkeypatch.setattr(alerts_module, "alert_content", content)

    report = alerts_dispatch()

    assert (report.sent, report.failed, report.pending) == (2, 1, 0)
    failed = Alert.objects.get(claim=broken)
    assert failed.state == Alert.State.FAILED
    assert failed.last_error.startswith("the message could not be built: KeyError")
    assert len(smtp_server.messages) == 2
    assert alerts_dispatch().sent == 0  # a failed alert is not retried


def test_an_alert_whose_subscriber_has_no_address_fails_with_that_reason(clock, smtp_server):
    ClaimFactory(deadline_text="in 2024")
    nobody = UserFactory(username="no-mail", email="")
    follow(email="", user=nobody)
    follow(email="analyst@example.org")
    follow(email="", user=nobody, delivery=Subscription.Delivery.DIGEST)
    alerts_fan_out()

    report = alerts_dispatch()
    digests = alerts_send_digests()

    assert (report.sent, report.failed) == (1, 1)
    assert (digests.sent, digests.failed) == (0, 1)
    unsent = Alert.objects.filter(subscription__user=nobody)
    assert set(unsent.values_list("state", flat=True)) == {Alert.State.FAILED}
    assert {a.last_error for a in unsent} == {
        "no deliverable address: user no-mail has no e-mail address"
    }
    assert [m["To"] for m in smtp_server.messages] == ["analyst@example.org"]


class TestFanOut:
    """The set-based fan-out (PostgreSQL) and the ORM one (SQLite) make the same alerts."""

    def scenario(self, clock) -> dict[str, Subscription]:
        bleu, other = OrganisationFactory(name="Bleu"), OrganisationFactory(name="Other")
        early = ClaimFactory(promiser=bleu, category="launch", deadline_text="by the end of 2025")
        tokyo = ClaimFactory(
            promiser=other, category="certification", deadline_text="by the end of 2025"
        )
        Claim.objects.filter(pk=tokyo.pk).update(timezone="Asia/Tokyo")
        snoozed = ClaimFactory(promiser=other, category="launch", deadline_text="in 2025")
        claim_snooze(claim=snoozed, until=D(2026, 1, 31), reason="regulator review")
        subscriptions = {
            "all": follow(),
            "org": follow(organisation=bleu),
            "category": follow(category="certification"),
            "claim": follow(claim=tokyo),
            "digest": follow(delivery=Subscription.Delivery.DIGEST),
            "missed only": follow(
                **{f"on_{e}": False for e in AlertEvent.values} | {"on_missed": True}
            ),
            "stopped": follow(active=False),
        }
        clock.move_to(noon(D(2025, 12, 1)))
        deadlines_sweep()  # due in 30 days
        clock.move_to(noon(D(2025, 12, 5)))
        subscriptions["late"] = follow()
        clock.move_to(noon(D(2025, 12, 10)))
        deadline_revision_create(
            claim=early,
            text="by the end of 2026",
            stated_on=D(2025, 12, 10),
            source=SourceFactory(),
        )
        report = SourceFactory()
        for kind in ("progress", "delay"):
            evidence_add(claim=tokyo, source=report, observed_on=D(2025, 12, 10), kind=kind)
        clock.move_to(noon(D(2026, 1, 10)))
        # Rewind the bookkeeping to run the other path; the database refuses this outside tests.
        with pgtrigger.ignore("tracker.FanOutMark:fan_out_mark_insert_only"):
            FanOutMark.objects.all().delete()
        deadlines_sweep()  # overdue, missed; fans out everything
        return subscriptions

    def alerts(self) -> set[tuple]:
        return set(
            Alert.objects.values_list(
                "subscription_id",
                "claim_id",
                "event",
                "status_event_id",
                "revision_id",
                "evidence_id",
                "content_key",
                "digest",
                "state",
            )
        )

    def test_each_subscription_gets_what_it_follows_from_when_it_began(self, clock):
        subscriptions = self.scenario(clock)

        def events(name: str) -> list[tuple[str, str]]:
            alerts = subscriptions[name].alerts.select_related("claim__promiser")
            return sorted((a.claim.promiser.name, a.event) for a in alerts)

        bleu = [("Bleu", "due_30"), ("Bleu", "slipped")]
        tokyo = [("Other", "due_30"), ("Other", "evidence"), ("Other", "missed")]
        snoozed = [("Other", "due_30"), ("Other", "missed")]
        assert events("all") == sorted(bleu + tokyo + snoozed)
        assert events("org") == bleu
        assert events("category") == events("claim") == tokyo  # one source: one evidence alert
        assert events("missed only") == [("Other", "missed")] * 2
        assert events("stopped") == []
        # Subscribed on 5 December: the 1 December marks are not replayed to it.
        assert (
            events("late")
            == [("Bleu", "slipped"), ("Other", "evidence")] + [("Other", "missed")] * 2
        )
        assert set(subscriptions["digest"].alerts.values_list("digest", flat=True)) == {True}
        snoozed_claims = set(ClaimSnooze.objects.values_list("claim_id", flat=True))
        states = {(a.claim_id in snoozed_claims, a.state) for a in Alert.objects.all()}
        assert states == {(False, Alert.State.PENDING), (True, Alert.State.SUPPRESSED)}

    @postgres_only("compares with the SQL path")
    def test_the_set_based_and_the_orm_fan_out_store_the_same_alerts(self, clock, monkeypatch):
        self.scenario(clock)
        by_sql = self.alerts()
        assert by_sql
        Alert.objects.all().delete()
        # Rewind the bookkeeping to run the other path; the database refuses this outside tests.
        with pgtrigger.ignore("tracker.FanOutMark:fan_out_mark_insert_only"):
            FanOutMark.objects.all().delete()
        monkeypatch.setattr(alerts_module.connection, "vendor", "sqlite")
        stored = alerts_fan_out(now=noon(D(2026, 1, 10)))
        assert self.alerts() == by_sql
        assert stored == len(by_sql)

    def test_the_fan_out_makes_the_same_few_queries_however_many_events(
        self, clock, django_assert_max_num_queries
    ):
        follow()
        ClaimFactory.create_batch(3, deadline_text="in 2024")
        with django_assert_max_num_queries(12) as few:
            alerts_fan_out(batch_size=100)
        ClaimFactory.create_batch(60, deadline_text="in 2024")
        with django_assert_max_num_queries(len(few.captured_queries)):
            assert alerts_fan_out(batch_size=100) == 60


def test_an_alert_for_a_claim_restated_after_a_miss_still_says_the_first_deadline_was_missed(
    clock, smtp_server
):
    clock.move_to(noon(D(2024, 6, 1)))
    claim = ClaimFactory(deadline_text="by the end of 2024", stated_on=D(2024, 1, 10))
    follow()
    clock.move_to(noon(D(2025, 6, 1)))
    deadline_revision_create(
        claim=claim, text="by the end of 2026", stated_on=D(2025, 5, 28), source=SourceFactory()
    )
    alerts_send()

    [slipped] = [m for m in smtp_server.messages if "slipped" in subject_of(m)]
    assert "deadline restated" in text_of(slipped)
    assert "missed, 152 days late, whatever was restated since" in text_of(slipped)
    assert "missed, 152 days late" in html_of(slipped)
