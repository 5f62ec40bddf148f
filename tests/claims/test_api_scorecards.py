"""Scorecards and slippage aggregates: what the figures mean, on SQLite and PostgreSQL alike."""

import datetime as dt

import pytest

from claims.models import Outcome
from claims.selectors import percentile
from claims.services import claim_record_outcome, deadline_revision_create
from tests.factories import ClaimFactory, OrganisationFactory, SourceFactory

pytestmark = pytest.mark.django_db

D = dt.date


@pytest.fixture
def acme(now):
    """Acme as of 2026-11-28: two promises kept on time, one kept late, one missed, one pending
    that slipped twice. Slippage days: -30, -30, 31, 0, 730."""
    acme = OrganisationFactory(name="Acme", slug="acme")
    for _ in range(2):
        kept = ClaimFactory(promiser=acme, deadline_text="by the end of 2024")
        claim_record_outcome(claim=kept, outcome=Outcome.FULFILLED, on=D(2024, 12, 1))
    late = ClaimFactory(promiser=acme, deadline_text="by the end of 2024")
    claim_record_outcome(claim=late, outcome=Outcome.FULFILLED, on=D(2025, 1, 31))
    ClaimFactory(promiser=acme, deadline_text="by the end of 2025")  # missed
    slipping = ClaimFactory(promiser=acme, deadline_text="by the end of 2025")
    for year, stated_on in [(2026, D(2025, 6, 1)), (2027, D(2026, 6, 1))]:
        deadline_revision_create(
            claim=slipping,
            text=f"by the end of {year}",
            stated_on=stated_on,
            source=SourceFactory(),
        )
    return acme


def test_a_scorecard_counts_statuses_shares_slippage_and_restatements(anonymous, acme):
    body = anonymous.get("/api/v1/organisations/acme/scorecard/").json()
    card = body["scorecard"]
    assert card["claims"] == 5
    assert card["by_status"]["fulfilled_on_time"] == 2
    assert (card["by_status"]["fulfilled_late"], card["by_status"]["missed"]) == (1, 1)
    assert card["by_status"]["pending"] == 1
    assert card["settled"] == 4
    assert (card["share_kept_on_time"], card["share_kept_late"], card["share_missed"]) == (
        0.5,
        0.25,
        0.25,
    )
    days = sorted([-30, -30, 31, 0, 730])
    assert card["slippage_days"] == {
        "mean": round(sum(days) / 5, 2),
        "median": 0.0,
        "p90": round(percentile(days, 0.9), 2),
    }
    assert card["mean_restatements"] == 0.4
    assert card["open_overdue"] == 1
    assert [c["status"] for c in body["open_overdue_claims"]] == ["missed"]


def test_an_organisation_without_settled_promises_has_no_shares(anonymous, now):
    OrganisationFactory(slug="quiet")
    card = anonymous.get("/api/v1/organisations/quiet/scorecard/").json()["scorecard"]
    assert (card["claims"], card["settled"], card["share_kept_on_time"]) == (0, 0, None)
    assert card["slippage_days"] == {"mean": None, "median": None, "p90": None}


def test_the_organisation_list_carries_each_scorecard(anonymous, acme):
    OrganisationFactory(slug="no-promises")
    listed = anonymous.get("/api/v1/organisations/", {"has_claims": "true"}).json()["results"]
    assert [item["slug"] for item in listed] == ["acme"]
    assert listed[0]["scorecard"]["share_kept_on_time"] == 0.5


def test_percentile_interpolates_like_postgresql_percentile_cont():
    assert percentile([], 0.5) is None
    assert percentile([7], 0.9) == 7.0
    assert percentile([1, 2, 3, 4], 0.5) == 2.5
    assert percentile([0, 10], 0.9) == 9.0


def test_slippage_aggregates_group_by_organisation_category_and_year(anonymous, acme):
    other = OrganisationFactory(name="Zeta", slug="zeta")
    ClaimFactory(promiser=other, category="certification", deadline_text="in 2025")
    body = anonymous.get("/api/v1/slippage/").json()
    by_org = {row["key"]: row for row in body["by_organisation"]}
    assert by_org["acme"]["claims"] == 5 and by_org["acme"]["slipped"] == 1
    assert by_org["acme"]["max_days"] == 730 and by_org["acme"]["label"] == "Acme"
    assert by_org["zeta"]["median_days"] == 0.0
    assert {row["key"] for row in body["by_category"]} == {"launch", "certification"}
    by_year = {row["key"]: row["claims"] for row in body["by_year"]}
    assert by_year == {"2024": 3, "2025": 3}
    only_zeta = anonymous.get("/api/v1/slippage/", {"organisation": "zeta"}).json()
    assert [row["key"] for row in only_zeta["by_organisation"]] == ["zeta"]
