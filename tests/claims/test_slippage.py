"""Slippage: how far a deadline moved, counted in the database."""

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claims.models import Claim, Outcome
from claims.selectors import claims_with_metrics
from claims.services import claim_record_outcome, claim_sync_deadline, deadline_revision_create
from tests.factories import ClaimFactory, SourceFactory

pytestmark = pytest.mark.django_db

D = dt.date


def metrics(claim: Claim) -> Claim:
    return claims_with_metrics().get(pk=claim.pk)


def test_an_unchanged_deadline_has_no_slippage_and_no_restatement(now):
    claim = metrics(ClaimFactory(deadline_text="in 2025"))
    assert (claim.slippage_days, claim.restatements, claim.slipped) == (0, 0, False)


def test_a_later_restated_deadline_slips_by_the_days_between_the_two_ends(now):
    claim = ClaimFactory(deadline_text="by the end of 2024", stated_on=D(2024, 1, 16))
    deadline_revision_create(
        claim=claim, text="in 2025", stated_on=D(2024, 9, 1), source=SourceFactory()
    )
    claim = metrics(claim)
    assert claim.slippage_days == (D(2025, 12, 31) - D(2024, 12, 31)).days == 365
    assert claim.restatements == 1
    assert claim.slipped is True


def test_an_earlier_restated_deadline_has_negative_slippage_and_is_not_slipped(now):
    claim = ClaimFactory(deadline_text="by the end of 2026", stated_on=D(2024, 1, 16))
    deadline_revision_create(
        claim=claim, text="by the end of 2025", stated_on=D(2024, 9, 1), source=SourceFactory()
    )
    claim = metrics(claim)
    assert (claim.slippage_days, claim.slipped) == (-365, False)


def test_each_restatement_is_a_new_revision_and_the_latest_stated_is_in_force(now):
    claim = ClaimFactory(deadline_text="by the end of 2024", stated_on=D(2024, 1, 16))
    first = claim.revisions.get()
    for year, stated_on in [(2026, D(2025, 6, 1)), (2025, D(2024, 6, 1))]:
        deadline_revision_create(
            claim=claim, text=f"by the end of {year}", stated_on=stated_on, source=SourceFactory()
        )
    claim = metrics(claim)
    assert claim.revisions.count() == 3
    assert claim.revisions.order_by("stated_on", "id").first() == first
    # The latest statement (June 2025, "2026") is in force although it was not entered last.
    assert claim.deadline_end == D(2026, 12, 31)
    assert claim.original_deadline_end == D(2024, 12, 31)
    assert claim.restatements == 2


def test_a_late_fulfilment_is_counted_in_days_late_not_in_slippage(now):
    # Slippage is how far the deadline moved; lateness is how far the fulfilment came after
    # the first deadline (docs/status.md).
    claim = ClaimFactory(deadline_text="by the end of 2022", stated_on=D(2022, 6, 15))
    claim_record_outcome(claim=claim, outcome=Outcome.FULFILLED, on=D(2024, 1, 16))
    claim = metrics(claim)
    assert (claim.days_late, claim.first_deadline_met, claim.slippage_days) == (381, False, 0)


def test_an_undated_claim_has_no_slippage(now):
    claim = metrics(ClaimFactory(deadline_text=""))
    assert (claim.slippage_days, claim.restatements, claim.slipped) == (None, 0, False)


@settings(max_examples=40, deadline=None)
@given(
    original=st.dates(min_value=D(1990, 1, 1), max_value=D(2090, 12, 31)),
    current=st.dates(min_value=D(1990, 1, 1), max_value=D(2090, 12, 31)),
)
def test_slippage_is_the_calendar_difference_of_the_two_ends(original, current):
    claim = Claim.objects.first() or ClaimFactory(deadline_text="in 2025")
    Claim.objects.filter(pk=claim.pk).update(original_deadline_end=original, deadline_end=current)
    claim = metrics(claim)
    assert claim.slippage_days == (current - original).days
    assert claim.slipped == (current > original)


def test_the_cached_deadline_columns_follow_the_revisions(now):
    claim = ClaimFactory(deadline_text="in 2025")
    Claim.objects.filter(pk=claim.pk).update(deadline_end=None, original_deadline_end=None)
    claim_sync_deadline(claim=claim)
    claim.refresh_from_db()
    assert (claim.original_deadline_end, claim.deadline_end) == (D(2025, 12, 31), D(2025, 12, 31))
