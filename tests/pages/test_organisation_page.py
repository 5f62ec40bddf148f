"""An organisation's page: its scorecard with each figure's n, a status meter whose parts open
the filtered list, a days-late dot per promise, and its promises with strict filters."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from claims.models import Category, Outcome
from claims.services import claim_record_outcome
from claims.services.forecasts import forecasts_refresh
from tests.factories import ClaimFactory, OrganisationFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def record(now, vendor):
    """Four promises of one vendor: kept on time, kept late, missed and open."""
    on_time = ClaimFactory(promiser=vendor, statement="Kept on time", deadline_text="in 2025")
    claim_record_outcome(claim=on_time, outcome=Outcome.FULFILLED, on=dt.date(2025, 6, 1))
    late = ClaimFactory(
        promiser=vendor,
        statement="Kept late",
        deadline_text="in 2024",
        category=Category.CERTIFICATION,
    )
    claim_record_outcome(claim=late, outcome=Outcome.FULFILLED, on=dt.date(2025, 3, 1))
    missed = ClaimFactory(promiser=vendor, statement="Missed", deadline_text="in 2025")
    ClaimFactory(promiser=vendor, statement="Still open", deadline_text="by the end of 2027")
    ClaimFactory(statement="Someone else's promise")  # another organisation
    return {"on_time": on_time, "late": late, "missed": missed}


def test_it_answers_with_the_scorecard_and_each_n(client, record):
    page = client.get("/organisations/nimbus/").content.decode()

    assert "<h1>Nimbus Cloud</h1>" in page
    # Met among the three decided first deadlines: one.
    assert "33% (n = 3)" in page
    assert "Someone else" not in page


def test_the_scorecard_gives_the_forecast_share_of_dates_that_hold_once_refreshed(client, record):
    assert "no forecast yet" in client.get("/organisations/nimbus/").content.decode()
    forecasts_refresh()

    page = client.get("/organisations/nimbus/").content.decode()

    assert "no forecast yet" not in page
    assert re.search(r"\d+% \(n = 3\) <span class=\"forecast-note\">Dates Nimbus Cloud", page)


def test_an_organisation_without_claims_says_no_data_with_n_zero(client, db):
    OrganisationFactory(name="Quiet Corp", slug="quiet")

    page = client.get("/organisations/quiet/").content.decode()

    assert "no data (n = 0)" in page


def test_a_missing_organisation_is_a_404(client, db):
    assert client.get("/organisations/nobody/").status_code == 404


def test_the_status_meter_parts_link_to_the_filtered_list(client, record):
    page = client.get("/organisations/nimbus/").content.decode()
    meter = page[page.index('class="meter meter-wide"') :]
    meter = meter[: meter.index("</svg>")]

    links = re.findall(r'<a href="\?status=([a-z_]+)#claims-title"', meter)
    assert links == ["kept_on_time", "kept_late", "missed", "open"]
    kept_late = client.get("/organisations/nimbus/?status=kept_late").content.decode()
    listed = re.findall(r'<li data-status="([a-z_]+)">', kept_late)
    assert listed == ["fulfilled_late"]


def test_the_legend_swatches_use_the_meter_colours(client, record):
    page = client.get("/organisations/nimbus/").content.decode()

    for group in ("kept_on_time", "kept_late", "missed", "open", "withdrawn"):
        assert f'class="swatch group-{group}"' in page
        assert f"meter-part group-{group}" in page or group == "withdrawn"


def test_each_days_late_dot_opens_its_claim(client, record):
    page = client.get("/organisations/nimbus/").content.decode()
    dots = page[page.index('class="dots dots-wide"') :]
    dots = dots[: dots.index("</svg>")]

    hrefs = re.findall(r'<a href="/claims/(\d+)/" aria-label="([^"]+)"', dots)
    # Kept on time (0 days), kept late (60 days) and missed (until today); the open one has no
    # days late yet.
    assert {int(pk) for pk, _ in hrefs} == {c.pk for c in record.values()}
    assert any("Kept late: 60 days late" in label for _, label in hrefs)


def test_the_list_filters_by_category(client, record):
    page = client.get("/organisations/nimbus/?category=certification").content.decode()

    assert re.findall(r'<li data-status="([a-z_]+)">', page) == ["fulfilled_late"]


@pytest.mark.parametrize(
    ("query", "named"),
    [("status=kaput", "kaput"), ("category=rocketry", "rocketry")],
)
def test_an_unknown_filter_value_is_a_400_that_names_it(client, record, query, named):
    response = client.get(f"/organisations/nimbus/?{query}")

    assert response.status_code == 400
    assert f"&#x27;{named}&#x27;" in response.content.decode()


def test_the_page_costs_a_fixed_number_of_queries(client, record, django_assert_max_num_queries):
    for n in range(10):
        ClaimFactory(promiser=record["missed"].promiser, statement=f"More {n}")
    with django_assert_max_num_queries(12):
        client.get("/organisations/nimbus/")
