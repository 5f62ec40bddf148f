"""Append-only in the database, not only in Python: PostgreSQL refuses, from raw SQL, what the
services never do. (On SQLite the services enforce the same rules; these tests need
PostgreSQL and run in CI, where DATABASE_URL points at it.)"""

from __future__ import annotations

import datetime as dt

import pytest
from django.db import DatabaseError, connection, transaction

from claims.models import DeadlineRevision, Evidence, StatusEvent
from claims.services import evidence_review
from tests.factories import ClaimFactory, EvidenceFactory, OrganisationFactory
from tests.markers import postgres_marks

pytestmark = [
    pytest.mark.django_db,
    *postgres_marks("database triggers: PostgreSQL only"),
]


def refused(sql: str, params: list) -> str:
    """Run one statement that must fail; return the database's message."""
    with pytest.raises(DatabaseError) as error, transaction.atomic(), connection.cursor() as c:
        c.execute(sql, params)
    return str(error.value)


@pytest.fixture
def claim(now):
    return ClaimFactory(deadline_text="by the end of 2025", stated_on=dt.date(2024, 1, 16))


def test_status_events_cannot_be_updated_or_deleted_from_raw_sql(claim):
    event = claim.status_events.get()
    assert "Cannot update" in refused(
        "UPDATE claims_statusevent SET new_status = 'fulfilled_on_time' WHERE id = %s", [event.pk]
    )
    assert "Cannot update" in refused(
        "UPDATE claims_statusevent SET rationale = 'rewritten' WHERE id = %s", [event.pk]
    )
    assert "Cannot delete" in refused("DELETE FROM claims_statusevent WHERE id = %s", [event.pk])
    assert StatusEvent.objects.get(pk=event.pk).new_status == "missed"


def test_a_status_event_is_never_updated_not_even_to_its_own_values(claim):
    # Queued alerts are recorded as marks of their own, so no column of an event is ever
    # written after insert, and the database need not tell a harmless write from another.
    event = claim.status_events.get()
    assert "Cannot update" in refused(
        "UPDATE claims_statusevent SET new_status = new_status WHERE id = %s", [event.pk]
    )


def test_deadline_revisions_cannot_be_updated_or_deleted_from_raw_sql(claim):
    revision = claim.revisions.get()
    assert "Cannot update" in refused(
        "UPDATE claims_deadlinerevision SET \"end\" = '2027-12-31' WHERE id = %s", [revision.pk]
    )
    assert "Cannot update or delete" in refused(
        "DELETE FROM claims_deadlinerevision WHERE id = %s", [revision.pk]
    )
    assert DeadlineRevision.objects.get(pk=revision.pk).end == dt.date(2025, 12, 31)


def test_a_revision_stated_before_its_claim_is_refused_by_the_database(claim):
    message = refused(
        """
        INSERT INTO claims_deadlinerevision (claim_id, source_id, stated_on, stated_on_precision,
            text, start, "end", precision, qualifier, language, reason, recorded_at)
        VALUES (%s, %s, '2023-01-01', 'day', 'in 2027', NULL, '2027-12-31', 'year', 'in',
            'en', '', now())
        """,
        [claim.pk, claim.source_id],
    )
    assert "cannot be stated before its claim" in message


def test_a_claims_promise_is_fixed_and_a_claim_is_never_deleted(claim):
    other = OrganisationFactory()
    assert "Cannot update" in refused(
        "UPDATE claims_claim SET stated_on = '2020-01-01' WHERE id = %s", [claim.pk]
    )
    assert "Cannot update" in refused(
        "UPDATE claims_claim SET promiser_id = %s WHERE id = %s", [other.pk, claim.pk]
    )
    assert "Cannot delete" in refused("DELETE FROM claims_claim WHERE id = %s", [claim.pk])


def test_reviewed_evidence_cannot_turn_back_into_a_candidate(claim, editor):
    evidence = EvidenceFactory(claim=claim)
    evidence_review(evidence=evidence, state=Evidence.State.REJECTED, actor=editor)
    assert "Cannot update" in refused(
        "UPDATE claims_evidence SET state = 'candidate', reviewed_at = NULL WHERE id = %s",
        [evidence.pk],
    )
    assert "Cannot update" in refused(
        "UPDATE claims_evidence SET state = 'confirmed' WHERE id = %s", [evidence.pk]
    )
    assert Evidence.objects.get(pk=evidence.pk).state == Evidence.State.REJECTED


def test_a_status_outside_its_set_is_refused_by_the_database(claim):
    assert "claim_status_known" in refused(
        "UPDATE claims_claim SET status = 'bogus' WHERE id = %s", [claim.pk]
    )
