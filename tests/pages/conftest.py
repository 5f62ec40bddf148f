"""A small ledger for the public pages, made through the services (factories), not the demo."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.cache import cache

from claims.models import Evidence, Organisation
from claims.services import deadline_revision_create, evidence_review
from tests.factories import (
    ClaimFactory,
    EvidenceFactory,
    OrganisationFactory,
    SourceFactory,
)


@pytest.fixture(autouse=True)
def fresh_cache():
    """Follow requests are counted in the cache; each test starts from zero."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def vendor(db) -> Organisation:
    return OrganisationFactory(name="Nimbus Cloud", slug="nimbus")


@pytest.fixture
def named_editor(db):
    from tests.factories import UserFactory

    return UserFactory(
        username="jeanne.dupont", first_name="Jeanne", last_name="Dupont", groups=["Editors"]
    )


@pytest.fixture
def restated(now, vendor, named_editor):
    """Promised on 2024-01-16 for the end of 2024, restated on 2025-03-01 to the end of 2025
    by an editor, still open on 2026-11-28: missed, 697 days past its first deadline, with a
    partner and one confirmed and one candidate piece of evidence."""
    partner = OrganisationFactory(name="Partner Telecom", slug="partner-telecom")
    claim = ClaimFactory(
        promiser=vendor,
        statement="Open the sovereign region to all customers",
        quote="We will open the region to every customer by the end of 2024.",
        deadline_text="by the end of 2024",
        partners=[partner],
        job="import",
    )
    deadline_revision_create(
        claim=claim,
        text="by the end of 2025",
        stated_on=dt.date(2025, 3, 1),
        source=SourceFactory(title="Region delayed to 2025"),
        actor=named_editor,
    )
    confirmed = EvidenceFactory(
        claim=claim,
        kind=Evidence.Kind.DELAY,
        summary="The vendor confirms the region slips a year",
        source=SourceFactory(title="Delay confirmed"),
    )
    evidence_review(evidence=confirmed, state=Evidence.State.CONFIRMED, actor=named_editor)
    EvidenceFactory(claim=claim, summary="An unreviewed rumour", source=SourceFactory())
    from claims.services import claims_sweep_statuses

    claims_sweep_statuses(claim_ids=[claim.pk], job="sweep")
    claim.refresh_from_db()
    return claim
