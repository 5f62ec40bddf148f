"""What a newcomer meets on the API's surface: a root that lists the endpoints, filters that
refuse what they do not know, formats that say which exist, badges that say how late."""

from __future__ import annotations

import datetime as dt
from xml.etree import ElementTree

import pytest

from tests.factories import ClaimFactory, OrganisationFactory

pytestmark = pytest.mark.django_db


def test_the_root_lists_every_endpoint_with_a_working_url(anonymous, now):
    response = anonymous.get("/api/v1/")
    assert response.status_code == 200
    body = response.json()
    assert {"claims", "organisations", "slippage", "claims_csv", "deadlines_ics"} <= set(body)
    for name in ("claims", "organisations", "slippage", "claims_csv"):
        assert anonymous.get(body[name]["url"]).status_code == 200, name


@pytest.mark.parametrize(
    "path", ["/api/v1/claims/", "/api/v1/slippage/", "/api/v1/feeds/status-changes.atom"]
)
def test_an_unknown_organisation_is_a_400_naming_it(anonymous, now, path):
    OrganisationFactory(slug="bleu")
    response = anonymous.get(path, {"organisation": "doesnotexist"})
    assert response.status_code == 400
    assert "doesnotexist" in response.json()["errors"]["organisation"][0]
    assert anonymous.get(path, {"organisation": "bleu"}).status_code == 200


def test_an_unknown_status_is_a_400_naming_it(anonymous, now):
    response = anonymous.get("/api/v1/claims/", {"status": "sort-of-late"})
    assert response.status_code == 400
    assert "sort-of-late" in response.json()["errors"]["status"][0]


def test_an_unknown_format_says_which_formats_exist(anonymous, now):
    response = anonymous.get("/api/v1/claims/", {"format": "csv"})
    assert response.status_code == 400
    message = response.json()["errors"]["format"][0]
    assert "json" in message and "/api/v1/claims.csv" in message
    assert anonymous.get("/api/v1/claims/", {"format": "json"}).status_code == 200


def test_a_claims_badge_says_its_status_and_how_late_it_is(anonymous, now):
    claim = ClaimFactory(deadline_text="by the end of 2025", stated_on=dt.date(2024, 1, 10))
    response = anonymous.get(f"/api/v1/claims/{claim.pk}/badge.svg")
    title = ElementTree.fromstring(response.content).find("{http://www.w3.org/2000/svg}title")
    assert title is not None and title.text == "promise: missed · 332 d late"


@pytest.mark.parametrize(("style", "radius"), [("flat", "3"), ("flat-square", "0")])
def test_badges_come_in_two_styles(anonymous, now, style, radius):
    claim = ClaimFactory()
    response = anonymous.get(f"/api/v1/claims/{claim.pk}/badge.svg", {"style": style})
    assert response.status_code == 200
    clip = ElementTree.fromstring(response.content).find(
        "{http://www.w3.org/2000/svg}clipPath/{http://www.w3.org/2000/svg}rect"
    )
    assert clip is not None and clip.get("rx") == radius
    assert anonymous.get(f"/api/v1/claims/{claim.pk}/badge.svg", {"style": "3d"}).status_code == 400


def test_the_docs_show_no_padlock_on_public_reads_and_one_on_writes(anonymous, now):
    schema = anonymous.get("/api/schema/", {"format": "json"}).json()
    claims = schema["paths"]["/api/v1/claims/"]
    assert not claims["get"].get("security")
    assert claims["post"]["security"] and {} not in claims["post"]["security"]
    assert "docs/" not in schema["info"]["description"]
