"""A fulfilment recorded late is dated on the day it happened: the claim's outcome, its
status event (`as_of`) and the timeline. The event keeps when it was recorded."""

import datetime as dt

import pytest
from django.urls import reverse

from claims.models import Outcome, Status, StatusEvent
from claims.selectors import claim_timeline
from claims.services import claim_record_outcome
from tests.conftest import NOW
from tests.factories import ClaimFactory

pytestmark = pytest.mark.django_db

D = dt.date
KEPT_ON = D(2025, 10, 2)


@pytest.fixture
def claim(now):
    return ClaimFactory(statement="Open the Paris region in 2025", deadline_text="in 2025")


def fulfilment_event(claim) -> StatusEvent:
    return StatusEvent.objects.get(
        claim=claim, kind=StatusEvent.Kind.STATUS, new_status=Status.FULFILLED_ON_TIME
    )


def test_a_fulfilment_recorded_later_is_as_of_the_day_it_happened(claim, editor):
    claim_record_outcome(
        claim=claim, outcome=Outcome.FULFILLED, on=KEPT_ON, actor=editor, job="admin"
    )

    event = fulfilment_event(claim)
    assert event.as_of == KEPT_ON
    assert event.happened_at == NOW  # when the ledger learned of it
    [entry] = [e for e in claim_timeline(claim=claim) if e.get("status") == event]
    assert entry["date"] == KEPT_ON


def test_the_outcome_page_dates_the_event_on_the_date_given(editor_client, claim):
    url = reverse("admin:claims_claim_outcome", args=[claim.pk, "fulfilled"])
    page = editor_client.get(url).content.decode()
    assert 'id="add_id_source"' in page  # the source picker's "add another"
    assert "admin-autocomplete" in page

    response = editor_client.post(url, {"on": KEPT_ON.isoformat(), "version": claim.version})

    assert response.status_code == 302
    assert fulfilment_event(claim).as_of == KEPT_ON


def test_reopening_is_dated_on_the_day_it_is_recorded(claim, editor):
    claim_record_outcome(claim=claim, outcome=Outcome.FULFILLED, on=KEPT_ON, actor=editor)
    claim_record_outcome(claim=claim, outcome=Outcome.OPEN, on=None, actor=editor)

    reopened = StatusEvent.objects.filter(claim=claim, kind=StatusEvent.Kind.STATUS).last()
    assert reopened is not None
    assert (reopened.old_status, reopened.as_of) == (Status.FULFILLED_ON_TIME, NOW.date())
