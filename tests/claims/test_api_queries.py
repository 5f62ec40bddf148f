"""The API's query count does not grow with the rows: the same at 1 claim as at 500."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from claims.models import ClaimForecast, Organisation
from claims.services.forecasts import forecasts_refresh
from tests.claims.conftest import bulk_claims

pytestmark = pytest.mark.django_db

# A claims page: count, page (its latest forecasts joined), revisions. A scorecard: the
# organisation, aggregates (+ percentiles off PostgreSQL), the latest organisation forecasts,
# the overdue list.
ENDPOINTS = {
    "claims page": ("/api/v1/claims/?page_size=200", 3),
    "filtered claims page": ("/api/v1/claims/?page_size=50&slipped=true&ordering=-slippage", 3),
    "organisations with scorecards": ("/api/v1/organisations/", 5),
    "scorecard": ("/api/v1/organisations/{slug}/scorecard/", 5),
    "slippage": ("/api/v1/slippage/", 4),
    "csv export": ("/api/v1/claims.csv", 1),
    "calendar": ("/api/v1/deadlines.ics", 1),
    "claim timeline": ("/api/v1/claims/{claim}/timeline/", 5),
}


def queries(client, url: str) -> int:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
        if hasattr(response, "streaming_content"):
            b"".join(response.streaming_content)
    assert response.status_code == 200, response.content[:500]
    # ATOMIC_REQUESTS inside the test's transaction adds savepoints; they are not queries.
    return sum(
        q["sql"].split()[0].upper() not in ("SAVEPOINT", "RELEASE")
        for q in captured.captured_queries
    )


@pytest.mark.parametrize("name", ENDPOINTS)
def test_queries_do_not_grow_from_1_to_500_claims(anonymous, now, name):
    url, most = ENDPOINTS[name]
    organisation = Organisation.objects.create(name="Acme", slug="acme")
    first = bulk_claims(1, organisation=organisation, prefix="one")[0]
    format_args = {"slug": "acme", "claim": first.pk}
    with_one = queries(anonymous, url.format(**format_args))
    bulk_claims(499, organisation=organisation, prefix="many")
    with_500 = queries(anonymous, url.format(**format_args))
    assert with_one == with_500 <= most


@pytest.mark.parametrize("name", ["claims page", "organisations with scorecards", "scorecard"])
def test_forecasts_add_no_query_per_claim(anonymous, now, name):
    url, most = ENDPOINTS[name]
    organisation = Organisation.objects.create(name="Acme", slug="acme")
    first = bulk_claims(1, organisation=organisation, prefix="one")[0]
    forecasts_refresh()
    format_args = {"slug": "acme", "claim": first.pk}
    with_one = queries(anonymous, url.format(**format_args))
    bulk_claims(499, organisation=organisation, prefix="many")
    forecasts_refresh()
    assert ClaimForecast.objects.filter(is_latest=True).count() == 500
    assert with_one == queries(anonymous, url.format(**format_args)) <= most


def test_a_token_authenticated_page_stays_within_five_queries(editor_api, now):
    bulk_claims(60)
    assert queries(editor_api, "/api/v1/claims/?page_size=50") <= 5


def test_filtering_by_several_statuses_does_not_make_the_database_deduplicate(anonymous, now):
    # DISTINCT (django-filter's default for multiple choices) sorts every matching row.
    bulk_claims(3)
    with CaptureQueriesContext(connection) as captured:
        response = anonymous.get("/api/v1/claims/?status=missed&status=pending&category=launch")
    assert response.status_code == 200
    assert not any("DISTINCT" in query["sql"] for query in captured.captured_queries)
