"""The public sees the reviewed ledger only.

Regression tests for the finding that anonymous `GET /api/v1/sources/` listed the sources made
for unreviewed evidence candidates and for article imports still awaiting review, with their
full stored text. A source is public once the reviewed ledger cites it (a claim, a deadline
revision, a recorded status change, confirmed evidence); the stored text never is.
"""

from __future__ import annotations

import datetime as dt

import pytest

from claims.models import ClaimDraft, Evidence, Source
from claims.services import (
    claim_record_outcome,
    deadline_revision_create,
    evidence_add,
    evidence_review,
)
from tests.factories import ClaimFactory, OrganisationFactory, SourceFactory

pytestmark = pytest.mark.django_db

SECRET_TEXT = "Full text of the article, as read when it was recorded."


def source(label: str) -> Source:
    return SourceFactory(
        title=f"{label} title",
        url=f"https://news.example.org/{label}",
        text=f"{SECRET_TEXT} ({label})",
    )


@pytest.fixture
def ledger(now):
    """One claim citing sources in every way there is, and sources nothing reviewed cites."""
    bleu = OrganisationFactory(name="Bleu", slug="bleu")
    sources = {
        label: source(label)
        for label in (
            "claim",
            "second",
            "revision",
            "confirmed",
            "outcome",
            "candidate",
            "rejected",
            "draft",
            "nothing",
        )
    }
    claim = ClaimFactory(promiser=bleu, source=sources["claim"], deadline_text="in 2027")
    other = ClaimFactory(promiser=bleu, source=sources["second"], deadline_text="in 2027")
    deadline_revision_create(
        claim=claim, text="in 2028", stated_on=dt.date(2025, 3, 1), source=sources["revision"]
    )
    confirmed = evidence_add(
        claim=claim, source=sources["confirmed"], observed_on=dt.date(2025, 6, 1), kind="progress"
    )
    evidence_review(evidence=confirmed, state=Evidence.State.CONFIRMED)
    evidence_add(
        claim=claim,
        source=sources["candidate"],
        observed_on=dt.date(2025, 7, 1),
        kind="fulfilment",
        summary="candidate title",
    )
    rejected = evidence_add(
        claim=claim, source=sources["rejected"], observed_on=dt.date(2025, 7, 2), kind="delay"
    )
    evidence_review(evidence=rejected, state=Evidence.State.REJECTED)
    claim_record_outcome(
        claim=other, outcome="fulfilled", on=dt.date(2026, 1, 5), source=sources["outcome"]
    )
    ClaimDraft.objects.create(
        source=sources["draft"],
        quote="draft title: a promise awaiting review",
        statement="draft title",
        stated_on=dt.date(2026, 1, 1),
    )
    return {"claim": claim, "other": other, "sources": sources}


PUBLIC = {"claim", "second", "revision", "confirmed", "outcome"}
UNREVIEWED = {"candidate", "rejected", "draft", "nothing"}


def listed_titles(client) -> set[str]:
    response = client.get("/api/v1/sources/", {"page_size": 200})
    assert response.status_code == 200
    return {row["title"].removesuffix(" title") for row in response.json()["results"]}


def test_anonymous_readers_see_only_sources_the_reviewed_ledger_cites(anonymous, ledger):
    assert listed_titles(anonymous) == PUBLIC


def test_a_source_cited_only_by_unreviewed_material_is_not_found(anonymous, ledger):
    for label in UNREVIEWED:
        response = anonymous.get(f"/api/v1/sources/{ledger['sources'][label].pk}/")
        assert response.status_code == 404, label
    public = anonymous.get(f"/api/v1/sources/{ledger['sources']['confirmed'].pk}/")
    assert public.status_code == 200


def test_the_stored_text_of_a_source_is_never_public(anonymous, ledger):
    listing = anonymous.get("/api/v1/sources/").json()["results"]
    one = anonymous.get(f"/api/v1/sources/{ledger['sources']['claim'].pk}/").json()

    assert all("text" not in row for row in listing)
    assert "text" not in one
    assert SECRET_TEXT not in anonymous.get("/api/v1/sources/").content.decode()


def test_staff_who_may_view_sources_see_them_all_with_their_text(viewer_api, editor_api, ledger):
    for client in (viewer_api, editor_api):
        assert listed_titles(client) == PUBLIC | UNREVIEWED
        one = client.get(f"/api/v1/sources/{ledger['sources']['candidate'].pk}/").json()
        assert one["text"] == f"{SECRET_TEXT} (candidate)"


def test_reading_closed_to_anonymous_keeps_signed_in_users_without_permission_to_public_sources(
    ledger, settings, fresh_cache
):
    from rest_framework.authtoken.models import Token
    from rest_framework.test import APIClient

    from tests.factories import UserFactory

    settings.API_ANONYMOUS_READ = False
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.create(user=UserFactory()).key}")

    assert listed_titles(client) == PUBLIC


def public_urls(ledger) -> list[str]:
    claim, other = ledger["claim"].pk, ledger["other"].pk
    return [
        "/",
        "/api/v1/claims/",
        f"/api/v1/claims/{claim}/",
        f"/api/v1/claims/{claim}/timeline/",
        f"/api/v1/claims/{other}/timeline/",
        "/api/v1/organisations/",
        "/api/v1/organisations/bleu/",
        "/api/v1/organisations/bleu/scorecard/",
        "/api/v1/slippage/",
        "/api/v1/sources/",
        "/api/v1/claims.csv",
        "/api/v1/deadlines.ics",
        "/api/v1/feeds/status-changes.atom",
        f"/api/v1/claims/{claim}/badge.svg",
        "/api/v1/organisations/bleu/badge.svg",
    ]


def test_unreviewed_sources_are_absent_from_every_public_listing(anonymous, ledger):
    for url in public_urls(ledger):
        response = anonymous.get(url)
        assert response.status_code == 200, url
        body = b"".join(response) if response.streaming else response.content
        text = body.decode()
        for label in UNREVIEWED:
            assert f"{label} title" not in text, (url, label)
            assert f"news.example.org/{label}" not in text, (url, label)
        assert SECRET_TEXT not in text, url


def test_the_evidence_review_queue_is_closed_to_the_public(anonymous, viewer_api, ledger):
    assert anonymous.get("/api/v1/evidence/").status_code in (401, 403)
    queue = viewer_api.get("/api/v1/evidence/").json()["results"]
    assert [row["source"]["title"] for row in queue] == ["candidate title"]
