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
    """Acme as of 2026-11-28: two promises kept on time, one kept 31 days late, one missed (its
    end of 2025 passed 332 days ago), one restated twice after the same first deadline (to the
    end of 2027: pending again, and 332 days past its first deadline)."""
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


def test_a_scorecard_counts_statuses_on_time_rates_lateness_and_restatements(anonymous, acme):
    body = anonymous.get("/api/v1/organisations/acme/scorecard/").json()
    card = body["scorecard"]
    assert card["claims"] == 5
    assert card["by_status"]["fulfilled_on_time"] == 2
    assert (card["by_status"]["fulfilled_late"], card["by_status"]["missed"]) == (1, 1)
    assert card["by_status"]["pending"] == 1
    assert card["settled"] == 4
    # The restated claim counts as a miss of its first deadline, whatever came after.
    assert card["on_time_first"] == {"share": 0.4, "met": 2, "missed": 3, "n": 5}
    # Against the deadline in force it is not decided yet (2027).
    assert card["on_time_in_force"] == {"share": 0.5, "met": 2, "missed": 2, "n": 4}
    late = [0, 0, 31, 332, 332]
    assert card["days_late"] == {"median": 31.0, "p90": round(percentile(late, 0.9), 2), "n": 5}
    moved = [0, 0, 0, 0, 730]
    assert card["slippage_days"] == {"median": 0.0, "p90": round(percentile(moved, 0.9), 2), "n": 5}
    assert (card["missed_first_deadline"], card["restated"]) == (3, 1)
    assert card["open_overdue"] == 1
    assert [c["status"] for c in body["open_overdue_claims"]] == ["missed"]


def test_an_organisation_without_settled_promises_has_no_data_not_zeros(anonymous, now):
    OrganisationFactory(slug="quiet")
    card = anonymous.get("/api/v1/organisations/quiet/scorecard/").json()["scorecard"]
    assert (card["claims"], card["settled"]) == (0, 0)
    assert card["on_time_first"] == {"share": None, "met": 0, "missed": 0, "n": 0}
    assert card["days_late"] == {"median": None, "p90": None, "n": 0}
    assert card["slippage_days"] == {"median": None, "p90": None, "n": 0}


def test_a_claim_missed_long_ago_counts_its_days_late_in_the_median(anonymous, now):
    # The case the first round got wrong: a miss 332 days ago showed "slippage 0" and pulled
    # the median down.
    missed = OrganisationFactory(slug="missed")
    ClaimFactory(promiser=missed, deadline_text="by the end of 2025")
    card = anonymous.get("/api/v1/organisations/missed/scorecard/").json()["scorecard"]
    assert card["days_late"] == {"median": 332.0, "p90": 332.0, "n": 1}


def test_the_organisation_list_carries_each_scorecard(anonymous, acme):
    OrganisationFactory(slug="no-promises")
    listed = anonymous.get("/api/v1/organisations/", {"has_claims": "true"}).json()["results"]
    assert [item["slug"] for item in listed] == ["acme"]
    assert listed[0]["scorecard"]["on_time_first"]["share"] == 0.4


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
    assert by_org["acme"]["slippage_days"]["max"] == 730 and by_org["acme"]["label"] == "Acme"
    assert by_org["acme"]["missed_first_deadline"] == 3
    assert by_org["acme"]["days_late"] == {
        "median": 31.0,
        "p90": round(percentile([0, 0, 31, 332, 332], 0.9), 2),
        "n": 5,
    }
    # Never restated: its deadline did not move; but it is 332 days late.
    assert by_org["zeta"]["slippage_days"]["median"] == 0.0
    assert by_org["zeta"]["days_late"]["median"] == 332.0
    assert {row["key"] for row in body["by_category"]} == {"launch", "certification"}
    by_year = {row["key"]: row["claims"] for row in body["by_year"]}
    assert by_year == {"2024": 3, "2025": 3}
    only_zeta = anonymous.get("/api/v1/slippage/", {"organisation": "zeta"}).json()
    assert [row["key"] for row in only_zeta["by_organisation"]] == ["zeta"]
