"""A delay found in the news proposes a new deadline; an editor accepts it (the claim is
restated from the evidence's source, with the review, in one transaction) or rejects it
(the claim stays as it was). A proposal the ledger has moved past is not accepted."""

import datetime as dt

import pytest
from django.core.exceptions import ValidationError

from claims.models import DeadlineRevision, Evidence, Outcome, StatusEvent
from claims.services import (
    claim_record_outcome,
    deadline_revision_create,
    evidence_add,
    evidence_review,
)
from language.deadlines import parse_deadline
from tests.factories import ClaimFactory, OrganisationFactory, SourceFactory

pytestmark = pytest.mark.django_db

D = dt.date
SLIPS_ON = D(2025, 6, 18)
# "mid-2026" read on the day the item was published: May to August 2026.
MID_2026 = parse_deadline("mid-2026", stated_on=SLIPS_ON)


@pytest.fixture
def claim(now):
    return ClaimFactory(
        promiser=OrganisationFactory(name="Bleu", slug="bleu"),
        statement="Obtain ANSSI's SecNumCloud 3.2 qualification in 2025",
        deadline_text="in 2025",
    )


@pytest.fixture
def delay(claim):
    return evidence_add(
        claim=claim,
        source=SourceFactory(title="Qualification slips to mid-2026"),
        observed_on=SLIPS_ON,
        kind=Evidence.Kind.DELAY,
        summary="The audit takes longer than planned.",
        deadline_text="mid-2026",
        proposed_start=MID_2026.start,
        proposed_end=MID_2026.end,
        job="news",
    )


def restatements(claim) -> list[DeadlineRevision]:
    return list(claim.revisions.filter(corrects__isnull=True).order_by("stated_on", "id"))[1:]


def restated_events(claim):
    return StatusEvent.objects.filter(claim=claim, kind=StatusEvent.Kind.RESTATED)


def test_the_proposal_is_the_window_of_the_words_on_the_day_of_the_item():
    assert (MID_2026.start, MID_2026.end) == (D(2026, 5, 1), D(2026, 8, 31))


def test_accepting_restates_the_claim_from_the_evidence_with_the_proposed_window(
    claim, delay, editor
):
    evidence_review(evidence=delay, state=Evidence.State.CONFIRMED, actor=editor)

    claim.refresh_from_db()
    [revision] = restatements(claim)
    assert (revision.text, revision.stated_on, revision.source_id) == (
        "mid-2026",
        SLIPS_ON,
        delay.source_id,
    )
    assert (revision.start, revision.end) == (D(2026, 5, 1), D(2026, 8, 31))
    assert (claim.original_deadline_end, claim.deadline_end) == (D(2025, 12, 31), D(2026, 8, 31))
    delay.refresh_from_db()
    assert (delay.state, delay.reviewed_by) == (Evidence.State.CONFIRMED, editor)
    [event] = restated_events(claim)
    assert (event.evidence_id, event.source_id, event.actor) == (delay.pk, delay.source_id, editor)


def test_rejecting_does_nothing_to_the_claim(claim, delay, editor):
    before = (claim.version, claim.deadline_start, claim.deadline_end, claim.status)

    evidence_review(evidence=delay, state=Evidence.State.REJECTED, actor=editor)

    claim.refresh_from_db()
    assert (claim.version, claim.deadline_start, claim.deadline_end, claim.status) == before
    assert restatements(claim) == []
    assert not restated_events(claim).exists()
    delay.refresh_from_db()
    assert delay.state == Evidence.State.REJECTED


def test_accepting_twice_restates_once(claim, delay, editor):
    evidence_review(evidence=delay, state=Evidence.State.CONFIRMED, actor=editor)
    # A second editor, or a double click, with the page they loaded before the first review.
    stale_copy = Evidence.objects.get(pk=delay.pk)
    stale_copy.state = Evidence.State.CANDIDATE
    evidence_review(evidence=stale_copy, state=Evidence.State.CONFIRMED, actor=editor)

    assert len(restatements(claim)) == 1
    assert restated_events(claim).count() == 1


def test_a_rejected_proposal_cannot_be_accepted_afterwards(claim, delay, editor):
    evidence_review(evidence=delay, state=Evidence.State.REJECTED, actor=editor)

    with pytest.raises(ValidationError, match="already rejected"):
        evidence_review(evidence=delay, state=Evidence.State.CONFIRMED, actor=editor)

    assert restatements(claim) == []
    delay.refresh_from_db()
    assert delay.state == Evidence.State.REJECTED


def test_a_proposal_overtaken_by_a_later_restatement_is_refused_and_left_to_review(
    claim, delay, editor
):
    deadline_revision_create(
        claim=claim,
        text="by the end of 2026",
        stated_on=D(2025, 9, 1),
        source=SourceFactory(title="Bleu gives a new date"),
        actor=editor,
    )

    with pytest.raises(ValidationError, match="out of date"):
        evidence_review(evidence=delay, state=Evidence.State.CONFIRMED, actor=editor)

    # Nothing of the review was kept: the evidence waits for a rejection.
    delay.refresh_from_db()
    assert (delay.state, delay.reviewed_at) == (Evidence.State.CANDIDATE, None)
    assert [r.text for r in restatements(claim)] == ["by the end of 2026"]
    assert restated_events(claim).count() == 1


def test_a_proposal_for_a_claim_settled_since_is_refused(claim, delay, editor):
    claim_record_outcome(
        claim=claim, outcome=Outcome.FULFILLED, on=D(2025, 10, 2), actor=editor, job="admin"
    )

    with pytest.raises(ValidationError, match="no longer applies"):
        evidence_review(evidence=delay, state=Evidence.State.CONFIRMED, actor=editor)

    delay.refresh_from_db()
    assert delay.state == Evidence.State.CANDIDATE
    assert restatements(claim) == []


def test_a_proposal_whose_words_now_read_differently_is_refused(claim, editor):
    # Stored when the parser read the words otherwise: the editor accepted a window, and
    # a different one must not be recorded in its place.
    delay = evidence_add(
        claim=claim,
        source=SourceFactory(),
        observed_on=SLIPS_ON,
        kind=Evidence.Kind.DELAY,
        deadline_text="mid-2026",
        proposed_start=D(2026, 1, 1),
        proposed_end=D(2026, 12, 31),
    )

    with pytest.raises(ValidationError, match="now reads as"):
        evidence_review(evidence=delay, state=Evidence.State.CONFIRMED, actor=editor)

    delay.refresh_from_db()
    assert delay.state == Evidence.State.CANDIDATE
    assert restatements(claim) == []


def test_a_proposal_keeps_its_words_and_its_order(claim):
    source = SourceFactory()
    with pytest.raises(ValidationError):
        evidence_add(
            claim=claim,
            source=source,
            observed_on=SLIPS_ON,
            kind=Evidence.Kind.DELAY,
            deadline_text="mid-2026",
            proposed_start=D(2026, 8, 31),
            proposed_end=D(2026, 6, 1),
        )
    with pytest.raises(ValidationError):
        evidence_add(
            claim=claim,
            source=source,
            observed_on=SLIPS_ON,
            kind=Evidence.Kind.DELAY,
            proposed_start=D(2026, 6, 1),
            proposed_end=D(2026, 8, 31),
        )
    assert not Evidence.objects.filter(source=source).exists()
