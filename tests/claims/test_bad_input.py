"""Bad input is refused with a message that says what is wrong, and nothing stored changes."""

import datetime as dt

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from claims.models import Claim, DeadlineRevision, Outcome, Source, StatusEvent
from claims.services import claim_create, claim_record_outcome, deadline_revision_create
from tests.factories import ClaimFactory, OrganisationFactory, SourceFactory

pytestmark = pytest.mark.django_db

D = dt.date


def test_a_deadline_window_that_ends_before_it_starts_is_refused_by_the_model(now):
    claim = ClaimFactory()
    revision = DeadlineRevision(
        claim=claim,
        source=claim.source,
        stated_on=D(2024, 1, 16),
        text="hand-made",
        start=D(2025, 12, 31),
        end=D(2025, 1, 1),
        precision="year",
        qualifier="in",
    )
    with pytest.raises(ValidationError, match="ends before it starts"):
        revision.full_clean()


def test_the_database_refuses_a_window_that_ends_before_it_starts_even_past_the_model(now):
    claim = ClaimFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        DeadlineRevision.objects.create(
            claim=claim,
            source=claim.source,
            stated_on=D(2024, 1, 16),
            text="raw insert",
            start=D(2025, 12, 31),
            end=D(2025, 1, 1),
            precision="year",
            qualifier="in",
        )
    assert claim.revisions.count() == 1


def test_a_fulfilment_dated_in_the_future_is_refused_and_the_claim_is_unchanged(now):
    claim = ClaimFactory(deadline_text="in 2025")
    with pytest.raises(ValidationError) as error:
        claim_record_outcome(claim=claim, outcome=Outcome.FULFILLED, on=D(2026, 11, 29))
    assert "2026-11-29 is in the future" in str(error.value)
    stored = Claim.objects.get(pk=claim.pk)
    assert (stored.outcome, stored.outcome_on, stored.status) == ("", None, "missed")
    assert StatusEvent.objects.filter(claim=claim).count() == 1


def test_a_fulfilment_without_a_date_is_refused(now):
    claim = ClaimFactory()
    with pytest.raises(ValidationError, match="needs its date"):
        claim_record_outcome(claim=claim, outcome=Outcome.FULFILLED, on=None)


def test_a_duplicate_source_url_is_refused_with_a_clear_message(now):
    existing = SourceFactory(url="https://news.example.org/bleu", title="First")
    duplicate = Source(
        url="https://news.example.org/bleu", title="Second", published_on=D(2024, 2, 1)
    )
    with pytest.raises(ValidationError, match="already recorded"):
        duplicate.full_clean()
    assert Source.objects.get(pk=existing.pk).title == "First"
    assert Source.objects.count() == 1


def test_sources_without_a_url_are_not_duplicates_of_each_other(now):
    SourceFactory(url="")
    second = Source(url="", title="Also no URL", published_on=D(2024, 2, 1))
    second.full_clean()
    second.save()
    assert Source.objects.filter(url__isnull=True).count() == 2


def test_a_deadline_text_that_is_not_a_deadline_is_refused_and_no_claim_is_stored(now):
    with pytest.raises(ValidationError) as error:
        claim_create(
            promiser=OrganisationFactory(),
            subject="Bleu",
            statement="Something, some day",
            category="launch",
            source=SourceFactory(),
            stated_on=D(2024, 1, 16),
            deadline_text="whenever it suits us",
        )
    assert "deadline_text" in error.value.message_dict
    assert Claim.objects.count() == 0


def test_a_restatement_that_is_not_a_deadline_leaves_the_claim_as_it_was(now):
    claim = ClaimFactory(deadline_text="in 2025")
    with pytest.raises(ValidationError) as error:
        deadline_revision_create(
            claim=claim, text="no idea", stated_on=D(2025, 6, 1), source=SourceFactory()
        )
    assert "text" in error.value.message_dict
    claim.refresh_from_db()
    assert claim.revisions.count() == 1
    assert claim.deadline_end == D(2025, 12, 31)


def test_the_same_deadline_from_the_same_source_on_the_same_day_is_stored_once(now):
    claim = ClaimFactory(deadline_text="in 2025", stated_on=D(2024, 1, 16))
    with pytest.raises(ValidationError, match="already recorded"):
        deadline_revision_create(
            claim=claim, text="in 2025", stated_on=D(2024, 1, 16), source=claim.source
        )
    assert claim.revisions.count() == 1


def test_a_confirmed_review_cannot_be_flipped_to_rejected_leaving_its_effect(now):
    from claims.models import Evidence
    from claims.services import evidence_add, evidence_review

    claim = ClaimFactory(deadline_text="in 2025")
    evidence = evidence_add(
        claim=claim,
        source=SourceFactory(),
        observed_on=D(2025, 6, 1),
        kind=Evidence.Kind.FULFILMENT,
    )
    evidence_review(evidence=evidence, state=Evidence.State.CONFIRMED)
    with pytest.raises(ValidationError, match="already confirmed; a review is final"):
        evidence_review(evidence=evidence, state=Evidence.State.REJECTED)
    evidence.refresh_from_db()
    claim.refresh_from_db()
    assert evidence.state == Evidence.State.CONFIRMED
    assert claim.status == "fulfilled_on_time"


def test_a_restatement_dated_before_the_promise_is_refused(now):
    claim = ClaimFactory(deadline_text="in 2025", stated_on=D(2024, 1, 16))
    with pytest.raises(ValidationError) as error:
        deadline_revision_create(
            claim=claim, text="in 2027", stated_on=D(2023, 12, 1), source=SourceFactory()
        )
    assert "before the promise was made (2024-01-16)" in str(error.value)
    claim.refresh_from_db()
    assert (claim.revisions.count(), claim.original_deadline_end) == (1, D(2025, 12, 31))
