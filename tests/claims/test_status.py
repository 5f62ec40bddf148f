"""Status is derived from the data by one rule; the sweep keeps the stored status in line."""

import datetime as dt

import pytest
import time_machine
from django.test import override_settings

from claims.models import Claim, Outcome, Status, StatusEvent
from claims.selectors import claim_status_on
from claims.services import claim_record_outcome, claims_sweep_statuses, deadline_revision_create
from tests.factories import ClaimFactory, SourceFactory

pytestmark = pytest.mark.django_db

D = dt.date


def at_noon_in_paris(day: dt.date) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, 11, 0, tzinfo=dt.UTC)


# "in 2025": a window 2025-01-01..2025-12-31; category launch has the default 7-day grace.
IN_2025_BOUNDARIES = [
    (D(2024, 12, 31), Status.PENDING),
    (D(2025, 1, 1), Status.DUE),
    (D(2025, 12, 31), Status.DUE),
    (D(2026, 1, 1), Status.OVERDUE),
    (D(2026, 1, 7), Status.OVERDUE),
    (D(2026, 1, 8), Status.MISSED),
]


@pytest.mark.parametrize(("today", "expected"), IN_2025_BOUNDARIES)
def test_a_window_is_pending_then_due_then_overdue_for_the_grace_period_then_missed(
    today, expected
):
    claim = ClaimFactory(deadline_text="in 2025", stated_on=D(2024, 1, 16))
    assert claim_status_on(claim, today=today) == expected


@pytest.mark.parametrize(
    ("today", "expected"),
    [
        (D(2022, 12, 31), Status.PENDING),
        (D(2023, 1, 1), Status.OVERDUE),
        (D(2023, 1, 7), Status.OVERDUE),
        (D(2023, 1, 8), Status.MISSED),
    ],
)
def test_a_by_deadline_with_no_start_is_pending_until_its_end_never_due(today, expected):
    claim = ClaimFactory(deadline_text="by the end of 2022", stated_on=D(2022, 6, 1))
    assert claim_status_on(claim, today=today) == expected


@override_settings(CLAIMS_GRACE_DAYS_BY_CATEGORY={"certification": 30})
@pytest.mark.parametrize(
    ("category", "today", "expected"),
    [
        ("certification", D(2026, 1, 30), Status.OVERDUE),
        ("certification", D(2026, 1, 31), Status.MISSED),
        ("launch", D(2026, 1, 7), Status.OVERDUE),
        ("launch", D(2026, 1, 8), Status.MISSED),
    ],
)
def test_the_grace_period_can_be_set_per_category(category, today, expected):
    claim = ClaimFactory(deadline_text="in 2025", category=category)
    assert claim_status_on(claim, today=today) == expected


@pytest.mark.parametrize(
    ("fulfilled_on", "expected"),
    [
        (D(2025, 12, 31), Status.FULFILLED_ON_TIME),
        (D(2026, 1, 1), Status.FULFILLED_LATE),
    ],
)
def test_fulfilment_is_on_time_up_to_the_last_day_of_the_original_window(
    now, fulfilled_on, expected
):
    claim = ClaimFactory(deadline_text="in 2025")
    claim = claim_record_outcome(claim=claim, outcome=Outcome.FULFILLED, on=fulfilled_on)
    assert claim.status == expected


def test_a_restated_deadline_does_not_excuse_a_late_fulfilment(now):
    claim = ClaimFactory(deadline_text="in 2025", stated_on=D(2024, 1, 16))
    deadline_revision_create(
        claim=claim, text="in 2026", stated_on=D(2025, 11, 1), source=SourceFactory()
    )
    claim = claim_record_outcome(claim=claim, outcome=Outcome.FULFILLED, on=D(2026, 3, 1))
    assert claim.status == Status.FULFILLED_LATE


def test_an_undated_claim_with_no_deadline_is_undated_whatever_the_day(now):
    claim = ClaimFactory(deadline_text="")
    assert claim.status == Status.UNDATED
    assert claim_status_on(claim, today=D(2100, 1, 1)) == Status.UNDATED


@pytest.mark.parametrize(
    ("outcome", "expected"),
    [(Outcome.WITHDRAWN, Status.WITHDRAWN), (Outcome.UNVERIFIABLE, Status.UNVERIFIABLE)],
)
def test_an_editors_outcome_settles_the_claim_whatever_the_deadline(now, outcome, expected):
    claim = ClaimFactory(deadline_text="in 2025")
    claim = claim_record_outcome(
        claim=claim,
        outcome=outcome,
        on=D(2026, 2, 1),
        reason="abandoned" if outcome == Outcome.WITHDRAWN else "",
    )
    assert claim.status == expected
    assert claim_status_on(claim, today=D(2030, 1, 1)) == expected


def test_reopening_a_settled_claim_brings_back_its_deadline_status(now):
    claim = ClaimFactory(deadline_text="in 2025")
    claim_record_outcome(claim=claim, outcome=Outcome.WITHDRAWN, on=D(2026, 2, 1))
    claim = claim_record_outcome(claim=claim, outcome=Outcome.OPEN, on=None)
    assert claim.status == Status.MISSED
    assert claim.outcome_on is None


def test_the_sweep_records_each_transition_as_the_clock_crosses_the_boundaries():
    with time_machine.travel(at_noon_in_paris(D(2024, 6, 1)), tick=False) as clock:
        claim = ClaimFactory(deadline_text="in 2025", stated_on=D(2024, 6, 1))
        for day, _ in IN_2025_BOUNDARIES:
            clock.move_to(at_noon_in_paris(day))
            claims_sweep_statuses()
    events = list(
        StatusEvent.objects.filter(claim=claim).values_list("old_status", "new_status", "as_of")
    )
    assert events == [
        ("", Status.PENDING, D(2024, 6, 1)),
        (Status.PENDING, Status.DUE, D(2025, 1, 1)),
        (Status.DUE, Status.OVERDUE, D(2026, 1, 1)),
        (Status.OVERDUE, Status.MISSED, D(2026, 1, 8)),
    ]


def test_the_sweep_is_idempotent_a_second_run_changes_nothing():
    with time_machine.travel(at_noon_in_paris(D(2024, 6, 1)), tick=False) as clock:
        ClaimFactory.create_batch(3, deadline_text="in 2025")
        clock.move_to(at_noon_in_paris(D(2025, 3, 1)))
        first = claims_sweep_statuses()
        events = StatusEvent.objects.count()
        second = claims_sweep_statuses()
    assert first == {Status.DUE: 3}
    assert second == {}
    assert StatusEvent.objects.count() == events


def test_a_dry_run_reports_the_transitions_without_making_them():
    with time_machine.travel(at_noon_in_paris(D(2024, 6, 1)), tick=False) as clock:
        claim = ClaimFactory(deadline_text="in 2025")
        clock.move_to(at_noon_in_paris(D(2026, 2, 1)))
        report = claims_sweep_statuses(dry_run=True)
    assert report == {Status.MISSED: 1}
    claim.refresh_from_db()
    assert claim.status == Status.PENDING
    assert StatusEvent.objects.filter(claim=claim).count() == 1


def test_the_sweep_records_who_or_which_job_made_the_change_and_the_revision_in_force():
    with time_machine.travel(at_noon_in_paris(D(2024, 6, 1)), tick=False) as clock:
        claim = ClaimFactory(deadline_text="in 2025")
        clock.move_to(at_noon_in_paris(D(2025, 3, 1)))
        claims_sweep_statuses(job="hourly sweep", rationale="deadline window opened")
    event = StatusEvent.objects.filter(claim=claim).last()
    assert (event.job, event.rationale, event.actor) == (
        "hourly sweep",
        "deadline window opened",
        None,
    )
    assert event.revision == claim.revisions.get()


def test_today_is_read_in_each_claims_own_time_zone():
    # 2025-01-01 00:30 in Auckland is still 2024-12-31 in Paris.
    with time_machine.travel(dt.datetime(2024, 6, 1, tzinfo=dt.UTC), tick=False) as clock:
        paris = ClaimFactory(deadline_text="in 2025")
        auckland = ClaimFactory(deadline_text="in 2025")
        Claim.objects.filter(pk=auckland.pk).update(timezone="Pacific/Auckland")
        clock.move_to(dt.datetime(2024, 12, 31, 11, 30, tzinfo=dt.UTC))
        claims_sweep_statuses()
    paris.refresh_from_db()
    auckland.refresh_from_db()
    assert (paris.status, auckland.status) == (Status.PENDING, Status.DUE)


def test_the_stored_status_matches_the_rule_after_a_sweep(now):
    claims = [
        ClaimFactory(deadline_text=text)
        for text in ["in 2025", "in 2026", "in 2027", "by the end of 2026", ""]
    ]
    claims_sweep_statuses()
    today = D(2026, 11, 28)
    for claim in claims:
        claim.refresh_from_db()
        assert claim.status == claim_status_on(claim, today=today)


def test_status_events_are_append_only(now):
    from django.core.exceptions import ValidationError

    event = StatusEvent.objects.filter(claim=ClaimFactory()).get()
    event.rationale = "rewritten"
    with pytest.raises(ValidationError, match="append-only"):
        event.save()
    with pytest.raises(ValidationError, match="append-only"):
        event.delete()
    assert StatusEvent.objects.get(pk=event.pk).rationale == "claim recorded"
