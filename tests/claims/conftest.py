"""Fixtures for the API tests: clients for each kind of caller, and a fresh throttle cache."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.cache import cache
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from claims.models import Category, Claim, DeadlineRevision, Organisation, Source
from claims.services import claims_sweep_statuses


@pytest.fixture
def fresh_cache():
    """Throttle counters live in the cache; each test starts from zero."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def anonymous(fresh_cache) -> APIClient:
    return APIClient()


@pytest.fixture
def editor_api(editor, fresh_cache) -> APIClient:
    """An editor authenticated with a token, as a script or tool would be."""
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.create(user=editor).key}")
    return client


@pytest.fixture
def viewer_api(viewer, fresh_cache) -> APIClient:
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.create(user=viewer).key}")
    return client


def bulk_claims(
    count: int,
    *,
    organisation: Organisation | None = None,
    prefix: str = "bulk",
    restated_every: int = 3,
) -> list[Claim]:
    """`count` dated claims made set-based (bulk inserts, one sweep), for query-count tests.

    Every `restated_every`-th claim is restated a year later, so slippage and restatement
    figures are not all zero. The cached deadline columns are written as claim_sync_deadline would.
    """
    organisation = organisation or Organisation.objects.create(
        name=f"{prefix} org", slug=f"{prefix}-org"
    )
    source = Source.objects.create(
        url=f"https://news.example.org/{prefix}", title=prefix, published_on=dt.date(2024, 1, 16)
    )
    claims = []
    for n in range(count):
        year = 2024 + n % 4
        restated = n % restated_every == 0
        claims.append(
            Claim(
                promiser=organisation,
                subject=f"{prefix} {n}",
                statement=f"{prefix} promise {n}",
                category=Category.LAUNCH if n % 2 else Category.CERTIFICATION,
                source=source,
                stated_on=dt.date(2024, 1, 16),
                original_deadline_end=dt.date(year, 12, 31),
                deadline_end=dt.date(year + restated, 12, 31),
            )
        )
    claims = Claim.objects.bulk_create(claims)
    revisions = []
    for n, claim in enumerate(claims):
        revisions.append(
            DeadlineRevision(
                claim=claim,
                source=source,
                stated_on=dt.date(2024, 1, 16),
                text=f"in {2024 + n % 4}",
                start=None,
                end=claim.original_deadline_end,
                precision="year",
                qualifier="by",
            )
        )
        if claim.deadline_end != claim.original_deadline_end:
            revisions.append(
                DeadlineRevision(
                    claim=claim,
                    source=source,
                    stated_on=dt.date(2024, 6, 1),
                    text=f"by the end of {claim.deadline_end.year}",
                    start=None,
                    end=claim.deadline_end,
                    precision="year",
                    qualifier="by",
                )
            )
    DeadlineRevision.objects.bulk_create(revisions)
    claims_sweep_statuses(claim_ids=[claim.pk for claim in claims])
    return claims
