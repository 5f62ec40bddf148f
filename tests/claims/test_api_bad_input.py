"""Bad input to the API is a 4xx in one shape, with a message that says what is wrong."""

import pytest

from claims.models import Claim
from tests.factories import ClaimFactory

pytestmark = pytest.mark.django_db

CLAIMS = "/api/v1/claims/"


def assert_error(response, status: int, *fields: str) -> dict:
    assert response.status_code == status, response.content
    assert response["Content-Type"] == "application/json"
    body = response.json()
    assert set(body) == {"detail", "errors"} and body["detail"]
    assert sorted(body["errors"]) == sorted(fields)
    return body


def test_an_unknown_filter_is_named_with_the_accepted_ones(anonymous, now):
    body = assert_error(anonymous.get(CLAIMS, {"organization": "acme"}), 400, "organization")
    assert "organisation" in body["errors"]["organization"][0]


@pytest.mark.parametrize(
    "params, field",
    [
        ({"deadline_before": "2025-13-01"}, "deadline_before"),
        ({"stated_after": "yesterday"}, "stated_after"),
        ({"status": "lost"}, "status"),
        ({"slipped": "maybe"}, "slipped"),
        ({"ordering": "statement"}, "ordering"),
        ({"search": "x" * 201}, "search"),
        ({"page": "two"}, "page"),
        ({"page": "0"}, "page"),
    ],
)
def test_malformed_filters_and_pages_are_400s_on_their_field(anonymous, now, params, field):
    assert_error(anonymous.get(CLAIMS, params), 400, field)


def test_a_page_beyond_the_last_is_a_404_that_says_how_many_pages_there_are(anonymous, now):
    ClaimFactory()
    body = assert_error(anonymous.get(CLAIMS, {"page": 99}), 404)
    assert "1 page(s)" in body["detail"]


@pytest.mark.parametrize(
    "size, message",
    [
        ("100000", "Ask for 1 to 200 results per page, not 100000."),
        ("0", "Ask for 1 to 200 results per page, not 0."),
        ("-5", "Ask for 1 to 200 results per page, not -5."),
        ("lots", "'lots' is not a whole number."),
    ],
)
def test_page_sizes_beyond_the_cap_are_refused(anonymous, now, size, message):
    body = assert_error(anonymous.get(CLAIMS, {"page_size": size}), 400, "page_size")
    assert body["errors"]["page_size"] == [message]


def test_the_cap_follows_the_setting(anonymous, now, settings):
    settings.API_MAX_PAGE_SIZE = 10
    assert anonymous.get(CLAIMS, {"page_size": 10}).status_code == 200
    assert_error(anonymous.get(CLAIMS, {"page_size": 11}), 400, "page_size")


def test_a_detail_refuses_filters_and_an_unknown_claim_is_a_404(anonymous, now):
    claim = ClaimFactory()
    assert_error(anonymous.get(f"{CLAIMS}{claim.pk}/", {"status": "missed"}), 400, "status")
    assert_error(anonymous.get(f"{CLAIMS}987654/"), 404)
    assert_error(anonymous.get(f"{CLAIMS}99999999999999999999999/"), 404)


def test_unknown_api_paths_are_json_404s(anonymous):
    assert_error(anonymous.get("/api/v1/promises/"), 404)
    assert_error(anonymous.get("/api/v2/claims/"), 404)
    assert_error(anonymous.get("/api/v1/organisations/a%0Ab/badge.svg"), 404)


def test_the_deadline_parser_answers_a_window_or_the_reason_it_cannot(anonymous, now):
    ok = anonymous.post(
        "/api/v1/deadlines/parse/",
        {"text": "by the end of 2025", "stated_on": "2024-01-16"},
        format="json",
    )
    assert ok.status_code == 200
    assert (ok.json()["end"], ok.json()["qualifier"]) == ("2025-12-31", "by")
    assert_error(
        anonymous.post("/api/v1/deadlines/parse/", {"text": "when pigs fly"}, format="json"),
        400,
        "text",
    )
    assert_error(
        anonymous.post(
            "/api/v1/deadlines/parse/",
            {"text": "in 2025", "stated_on": "0001-01-01"},
            format="json",
        ),
        400,
        "stated_on",
    )
    assert_error(anonymous.post("/api/v1/deadlines/parse/", {}, format="json"), 400, "text")


def test_malformed_json_is_a_400_and_nothing_is_stored(editor_api, now):
    response = editor_api.post(CLAIMS, data="{not json", content_type="application/json")
    assert_error(response, 400)
    assert Claim.objects.count() == 0


def test_a_format_the_endpoint_does_not_produce_is_a_406_in_json(anonymous, now):
    response = anonymous.get("/api/v1/deadlines.ics", HTTP_ACCEPT="application/pdf")
    assert_error(response, 406)


@pytest.mark.parametrize("slug", ["bleu\x00", "b leu", "x" * 51])
def test_a_promiser_that_cannot_be_a_slug_is_refused_by_name_not_looked_up(editor_api, now, slug):
    # PostgreSQL refuses a NUL byte in a query: looking it up would be a 500.
    response = editor_api.post(CLAIMS, {"promiser": slug, "partners": [slug]}, format="json")
    body = assert_error(
        response, 400, "promiser", "partners", "subject", "statement", "source", "stated_on"
    )
    assert "is not an organisation slug" in body["errors"]["promiser"][0]
    assert Claim.objects.count() == 0
