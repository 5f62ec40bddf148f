"""Every public link is built from SITE_URL and leads to a claim's page: Atom entries,
calendar events and e-mails (alerts are covered in test_follow)."""

from __future__ import annotations

import pytest
from django.test import override_settings

from claims.links import (
    absolute,
    claim_badge_url,
    claim_url,
    dashboard_url,
    organisation_badge_url,
    organisation_url,
)
from claims.services import claims_sweep_statuses
from tests.factories import ClaimFactory

pytestmark = pytest.mark.django_db

SITE = "http://127.0.0.1:8765"


@pytest.fixture
def missed(now, vendor):
    claim = ClaimFactory(promiser=vendor, statement="Ship the region", deadline_text="in 2025")
    claims_sweep_statuses(claim_ids=[claim.pk])
    return claim


def test_links_follow_the_one_setting(missed):
    with override_settings(SITE_URL=SITE):
        assert claim_url(missed) == f"{SITE}/claims/{missed.pk}/ship-the-region/"
        assert organisation_url(missed.promiser) == f"{SITE}/organisations/nimbus/"
        assert claim_badge_url(missed) == f"{SITE}/api/v1/claims/{missed.pk}/badge.svg"
        badge = organisation_badge_url(missed.promiser)
        assert badge == f"{SITE}/api/v1/organisations/nimbus/badge.svg"
        assert dashboard_url() == f"{SITE}/"
        assert absolute("/x/") == f"{SITE}/x/"


def test_atom_entries_link_to_claim_pages_on_the_site_url(client, missed):
    with override_settings(SITE_URL=SITE):
        feed = client.get("/api/v1/feeds/status-changes.atom").content.decode()

    assert f'href="{SITE}/claims/{missed.pk}/ship-the-region/"' in feed
    assert "#claim-" not in feed


def test_calendar_events_link_to_claim_pages_on_the_site_url(client, now, vendor):
    claim = ClaimFactory(promiser=vendor, statement="Open Lyon", deadline_text="by the end of 2027")
    with override_settings(SITE_URL=SITE):
        calendar = client.get("/api/v1/deadlines.ics").content.decode().replace("\r\n ", "")

    assert f"URL:{SITE}/claims/{claim.pk}/open-lyon/" in calendar
    assert "UID:claim-" + str(claim.pk) + "@127.0.0.1" in calendar
