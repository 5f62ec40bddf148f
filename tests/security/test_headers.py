"""Headers that limit what a response can do or where it may be kept.

- Content-Security-Policy on every answer: pages run only our own static scripts; JSON, SVG
  and the other documents may load and run nothing (`default-src 'none'`).
- A response that depends on who asks is `Cache-Control: private`, and every API answer says
  it varies with Authorization and Cookie, so no shared cache hands one caller's answer to
  another. (Before, answers that needed a sign-in went out `public` with only `Vary: origin`.)
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from django.test import Client

from tests.factories import ClaimFactory, OrganisationFactory

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]


def policy(response) -> dict[str, list[str]]:
    """The Content-Security-Policy header as {directive: [sources]}."""
    header = response["Content-Security-Policy"]
    directives = {}
    for part in header.split(";"):
        name, *sources = part.split()
        directives[name] = sources
    return directives


# --- Content-Security-Policy -------------------------------------------------------------


def test_the_dashboard_runs_only_our_own_scripts(client, now):
    response = client.get("/")

    assert response.status_code == 200
    directives = policy(response)
    assert directives["default-src"] == ["'none'"]
    assert directives["script-src"] == ["'self'"]
    assert directives["style-src"] == ["'self'"]
    assert directives["base-uri"] == ["'none'"]
    assert directives["frame-ancestors"] == ["'none'"]
    assert directives["connect-src"] == ["'self'"]  # the API it draws itself from


@pytest.mark.parametrize(
    "url",
    [
        "/api/v1/claims/{claim}/badge.svg",
        "/api/v1/organisations/{organisation}/badge.svg",
        "/api/v1/claims/999999/badge.svg",
        "/api/v1/claims/",
        "/api/v1/claims/{claim}/",
        "/api/v1/claims.csv",
        "/api/v1/deadlines.ics",
        "/api/v1/feeds/status-changes.atom",
        "/api/v1/no-such-endpoint/",
        "/api/schema/",
    ],
)
def test_badges_json_and_other_documents_may_load_and_run_nothing(anonymous, now, url):
    claim = ClaimFactory(promiser=OrganisationFactory(slug="bleu"))

    response = anonymous.get(url.format(claim=claim.pk, organisation="bleu"))

    assert "text/html" not in response["Content-Type"]
    assert policy(response)["default-src"] == ["'none'"]
    assert "script-src" not in policy(response)


def test_the_admin_gets_the_page_policy(client):
    response = client.get("/admin/login/")

    assert response.status_code == 200
    assert policy(response)["script-src"] == ["'self'"]
    assert policy(response)["form-action"] == ["'self'"]


def test_the_api_docs_may_style_themselves_inline_but_run_only_our_scripts(anonymous):
    response = anonymous.get("/api/docs/")

    assert response.status_code == 200
    assert policy(response)["style-src"] == ["'self'", "'unsafe-inline'"]
    assert policy(response)["script-src"] == ["'self'"]


def project_templates() -> list[Path]:
    folders = [ROOT / "claims" / "templates", ROOT / "tracker" / "templates", ROOT / "templates"]
    return [path for folder in folders for path in folder.rglob("*.html")]


@pytest.mark.parametrize("template", project_templates(), ids=lambda path: path.name)
def test_the_projects_pages_carry_no_inline_script(template):
    # The policy refuses inline scripts; one added to a template would silently not run.
    text = template.read_text()

    # Data blocks (JSON-LD, never run) are the one exception, and carry the page's nonce.
    assert not re.search(
        r"<script(?![^>]*\bsrc=)(?![^>]*type=\"application/ld\+json\" nonce=)[^>]*>", text
    ), "inline <script>"
    assert not re.search(r"\son[a-z]+\s*=", text), "event-handler attribute"
    assert "javascript:" not in text


# --- Cache-Control and Vary --------------------------------------------------------------


def cache_control(response) -> set[str]:
    return {part.strip() for part in response.get("Cache-Control", "").split(",") if part.strip()}


def vary(response) -> set[str]:
    return {part.strip().lower() for part in response.get("Vary", "").split(",")}


@pytest.mark.parametrize(
    "url", ["/api/v1/deadlines.ics", "/api/v1/feeds/status-changes.atom", "/api/v1/claims/"]
)
def test_an_answer_that_needed_a_sign_in_is_private_and_varies_with_credentials(
    viewer_api, now, settings, url
):
    settings.API_ANONYMOUS_READ = False
    ClaimFactory(deadline_text="in 2027")

    response = viewer_api.get(url)

    assert response.status_code == 200
    assert "private" in cache_control(response)
    assert "public" not in cache_control(response)
    assert {"authorization", "cookie"} <= vary(response)


def test_a_signed_in_callers_answer_is_private_even_when_reading_is_open(viewer_api, now):
    response = viewer_api.get("/api/v1/deadlines.ics")

    assert "private" in cache_control(response) and "public" not in cache_control(response)


def test_a_refusal_to_a_wrong_token_is_private(anonymous, now):
    response = anonymous.get("/api/v1/claims/", HTTP_AUTHORIZATION="Token wrong")

    assert response.status_code == 401
    assert "private" in cache_control(response)


def test_the_public_feeds_stay_cacheable_for_anonymous_readers_but_vary_with_credentials(
    anonymous, now
):
    response = anonymous.get("/api/v1/deadlines.ics")

    assert {"public", "max-age=900"} <= cache_control(response)
    assert {"authorization", "cookie"} <= vary(response)


def test_a_session_signed_in_editor_gets_private_answers(editor, now):
    client = Client()
    client.force_login(editor)

    response = client.get("/api/v1/feeds/status-changes.atom")

    assert "private" in cache_control(response)
