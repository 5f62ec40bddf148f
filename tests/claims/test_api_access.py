"""Who may read and write, throttling, CORS: the API's access rules."""

import pytest
from django.urls import URLPattern, URLResolver, get_resolver
from rest_framework.settings import api_settings
from rest_framework.test import APIClient, APIRequestFactory
from rest_framework.views import APIView

from claims.api.permissions import DenyAll
from tests.factories import ClaimFactory, OrganisationFactory

pytestmark = pytest.mark.django_db

READABLE = [
    "/api/v1/claims/",
    "/api/v1/organisations/",
    "/api/v1/slippage/",
    "/api/v1/sources/",
    "/api/v1/claims.csv",
    "/api/v1/deadlines.ics",
    "/api/v1/feeds/status-changes.atom",
    "/api/schema/",
]


@pytest.mark.parametrize("url", READABLE)
def test_anonymous_visitors_read_the_ledger_by_default(anonymous, now, url):
    assert anonymous.get(url).status_code == 200


@pytest.mark.parametrize("url", READABLE)
def test_turning_anonymous_reading_off_asks_for_a_sign_in(
    anonymous, viewer_api, now, settings, url
):
    settings.API_ANONYMOUS_READ = False
    response = anonymous.get(url)
    assert response.status_code == 401
    assert response["WWW-Authenticate"] == "Token"
    assert viewer_api.get(url).status_code == 200


def test_the_parser_is_closed_to_anonymous_callers_when_reading_is(anonymous, now, settings):
    settings.API_ANONYMOUS_READ = False
    response = anonymous.post("/api/v1/deadlines/parse/", {"text": "in 2025"}, format="json")
    assert response.status_code == 401


def test_the_default_permission_denies_a_view_that_names_none(editor):
    class Forgotten(APIView):
        def get(self, request):
            return None

    assert [DenyAll] == api_settings.DEFAULT_PERMISSION_CLASSES
    request = APIRequestFactory().get("/")
    request.user = editor
    assert Forgotten.as_view()(request).status_code == 403


def _api_views(resolver=None, prefix=""):
    for pattern in (resolver or get_resolver()).url_patterns:
        if isinstance(pattern, URLResolver):
            yield from _api_views(pattern, prefix + str(pattern.pattern))
        elif isinstance(pattern, URLPattern) and (prefix + str(pattern.pattern)).startswith(
            "api/v1"
        ):
            yield prefix + str(pattern.pattern), pattern.callback


def test_every_api_endpoint_opens_itself_on_purpose():
    for route, callback in _api_views():
        view = getattr(callback, "cls", None)
        assert view is not None, route
        assert "permission_classes" in vars(view) or any(
            "permission_classes" in vars(base)
            for base in view.__mro__[:-1]
            if base.__module__.startswith("claims")
        ), route


def test_too_many_requests_are_answered_429_with_retry_after(anonymous, now, settings):
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {"anon": "3/minute", "user": "1000/minute"},
    }
    statuses = [anonymous.get("/api/v1/claims/").status_code for _ in range(4)]
    assert statuses == [200, 200, 200, 429]
    response = anonymous.get("/api/v1/claims/")
    assert int(response["Retry-After"]) > 0
    assert "throttled" in response.json()["detail"].lower()


def test_signed_in_users_are_counted_per_user_not_per_address(editor_api, anonymous, now, settings):
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {"anon": "1/minute", "user": "5/minute"},
    }
    assert anonymous.get("/api/v1/claims/").status_code == 200
    assert anonymous.get("/api/v1/claims/").status_code == 429
    assert [editor_api.get("/api/v1/claims/").status_code for _ in range(3)] == [200] * 3


def test_cors_is_off_by_default(anonymous, now):
    response = anonymous.get("/api/v1/claims/", HTTP_ORIGIN="https://newsroom.example")
    assert "Access-Control-Allow-Origin" not in response


def test_cors_answers_configured_origins_only(now, settings, fresh_cache):
    settings.CORS_ALLOWED_ORIGINS = ["https://newsroom.example"]
    client = APIClient()
    allowed = client.get("/api/v1/claims/", HTTP_ORIGIN="https://newsroom.example")
    assert allowed["Access-Control-Allow-Origin"] == "https://newsroom.example"
    other = client.get("/api/v1/claims/", HTTP_ORIGIN="https://elsewhere.example")
    assert "Access-Control-Allow-Origin" not in other
    page = client.get("/", HTTP_ORIGIN="https://newsroom.example")
    assert "Access-Control-Allow-Origin" not in page  # only /api/ is shared


def test_token_and_session_authentication_both_identify_an_editor(
    editor, editor_api, now, fresh_cache
):
    organisation = OrganisationFactory()
    claim = ClaimFactory(promiser=organisation)
    assert (
        editor_api.patch(
            f"/api/v1/claims/{claim.pk}/", {"quote": "by token", "version": 1}, format="json"
        ).status_code
        == 200
    )
    session = APIClient()
    session.force_login(editor)
    assert (
        session.patch(
            f"/api/v1/claims/{claim.pk}/", {"quote": "by session", "version": 2}, format="json"
        ).status_code
        == 200
    )


def test_the_schema_and_its_docs_render_without_a_cdn(anonymous):
    schema = anonymous.get("/api/schema/", HTTP_ACCEPT="application/vnd.oai.openapi+json")
    assert schema.status_code == 200
    assert "/api/v1/claims/" in schema.json()["paths"]
    docs = anonymous.get("/api/docs/")
    assert docs.status_code == 200
    assert b"cdn" not in docs.content.lower()
    assert b"/static/drf_spectacular_sidecar/" in docs.content
