"""Editors create, restate and settle claims through the API, validated as in the admin;
anyone else is refused and nothing is stored."""

import datetime as dt

import pytest
from rest_framework.test import APIClient

from claims.models import Claim, DeadlineRevision, Evidence, Source, StatusEvent
from tests.factories import ClaimFactory, EvidenceFactory, OrganisationFactory, SourceFactory

pytestmark = pytest.mark.django_db

D = dt.date
CLAIMS = "/api/v1/claims/"


@pytest.fixture
def new_claim(now):
    organisation, source = OrganisationFactory(slug="acme"), SourceFactory()
    OrganisationFactory(slug="partner-co")
    return {
        "promiser": organisation.slug,
        "partners": ["partner-co"],
        "subject": "Acme Cloud",
        "statement": "Open the Frankfurt region",
        "category": "launch",
        "source": source.pk,
        "stated_on": "2026-03-02",
        "deadline_text": "by the end of 2027",
    }


def ledger_size() -> tuple[int, int, int, int]:
    return (
        Claim.objects.count(),
        DeadlineRevision.objects.count(),
        StatusEvent.objects.count(),
        Source.objects.count(),
    )


def test_an_editor_records_a_claim_and_its_deadline_text_is_parsed(editor_api, new_claim, editor):
    response = editor_api.post(CLAIMS, new_claim, format="json")
    assert response.status_code == 201, response.json()
    body = response.json()
    assert response["Location"] == f"{CLAIMS}{body['id']}/"
    assert body["current_deadline"]["end"] == "2027-12-31"
    assert body["status"] == "pending"
    assert [partner["slug"] for partner in body["partners"]] == ["partner-co"]
    event = StatusEvent.objects.get(claim_id=body["id"])
    assert (event.actor, event.job, event.new_status) == (editor, "api", "pending")


def test_an_unparseable_deadline_is_a_400_on_the_field_and_nothing_is_stored(editor_api, new_claim):
    before = ledger_size()
    response = editor_api.post(
        CLAIMS, {**new_claim, "deadline_text": "when pigs fly"}, format="json"
    )
    assert response.status_code == 400
    body = response.json()
    assert set(body) == {"detail", "errors"}
    assert list(body["errors"]) == ["deadline_text"]
    assert ledger_size() == before


def test_missing_and_unknown_references_are_400s_naming_each_field(editor_api, new_claim):
    before = ledger_size()
    payload = {**new_claim, "promiser": "nobody", "source": 999999}
    del payload["statement"]
    response = editor_api.post(CLAIMS, payload, format="json")
    assert response.status_code == 400
    assert set(response.json()["errors"]) == {"promiser", "source", "statement"}
    assert ledger_size() == before


@pytest.mark.parametrize("client_name, status", [("anonymous", 401), ("viewer_api", 403)])
def test_anonymous_users_and_viewers_cannot_write_and_nothing_is_stored(
    request, client_name, status, new_claim
):
    client = request.getfixturevalue(client_name)
    claim = ClaimFactory()
    before = ledger_size()
    assert client.post(CLAIMS, new_claim, format="json").status_code == status
    patch = client.patch(f"{CLAIMS}{claim.pk}/", {"statement": "rewritten"}, format="json")
    assert patch.status_code == status
    assert patch.json()["detail"]
    assert (
        client.post(
            "/api/v1/sources/", {"title": "x", "published_on": "2024-01-01"}, format="json"
        ).status_code
        == status
    )
    assert ledger_size() == before
    assert Claim.objects.get(pk=claim.pk).statement == claim.statement


def test_session_writes_need_the_csrf_token(editor, new_claim, fresh_cache):
    client = APIClient(enforce_csrf_checks=True)
    client.force_login(editor)
    before = ledger_size()
    response = client.post(CLAIMS, new_claim, format="json")
    assert response.status_code == 403
    assert "CSRF" in response.json()["detail"]
    assert ledger_size() == before


def test_a_restatement_is_a_new_revision_and_the_claim_slips(editor_api, now):
    claim = ClaimFactory(deadline_text="by the end of 2026", stated_on=D(2024, 1, 16))
    delay = SourceFactory(title="Delay")
    response = editor_api.patch(
        f"{CLAIMS}{claim.pk}/",
        {
            "version": claim.version,
            "deadline_text": "in 2028",
            "deadline_stated_on": "2026-10-01",
            "deadline_source": delay.pk,
        },
        format="json",
    )
    assert response.status_code == 200, response.json()
    body = response.json()
    assert (body["original_deadline"]["end"], body["current_deadline"]["end"]) == (
        "2026-12-31",
        "2028-12-31",
    )
    assert (body["restatements"], body["slipped"]) == (1, True)
    assert claim.revisions.count() == 2


def test_a_restatement_needs_its_date_and_source(editor_api, now):
    claim = ClaimFactory()
    response = editor_api.patch(
        f"{CLAIMS}{claim.pk}/",
        {"version": claim.version, "deadline_text": "in 2028"},
        format="json",
    )
    assert response.status_code == 400
    assert set(response.json()["errors"]) == {"deadline_stated_on", "deadline_source"}
    assert claim.revisions.count() == 1


def test_a_refused_restatement_leaves_the_other_edits_of_the_same_request_unsaved(editor_api, now):
    claim = ClaimFactory(statement="Original words")
    response = editor_api.patch(
        f"{CLAIMS}{claim.pk}/",
        {
            "version": claim.version,
            "statement": "New words",
            "deadline_text": "someday, maybe",
            "deadline_stated_on": "2026-01-01",
            "deadline_source": claim.source.pk,
        },
        format="json",
    )
    assert response.status_code == 400
    assert list(response.json()["errors"]) == ["deadline_text"]
    assert Claim.objects.get(pk=claim.pk).statement == "Original words"
    assert claim.revisions.count() == 1


def test_an_editor_records_a_fulfilment_and_a_future_one_is_refused(editor_api, now):
    claim = ClaimFactory(deadline_text="in 2027")
    future = editor_api.patch(
        f"{CLAIMS}{claim.pk}/",
        {"version": claim.version, "outcome": "fulfilled", "outcome_on": "2026-12-01"},
        format="json",
    )
    assert future.status_code == 400
    assert "in the future" in future.json()["errors"]["outcome_on"][0]
    assert Claim.objects.get(pk=claim.pk).outcome == ""
    kept = editor_api.patch(
        f"{CLAIMS}{claim.pk}/",
        {"version": claim.version, "outcome": "fulfilled", "outcome_on": "2026-11-01"},
        format="json",
    )
    assert kept.status_code == 200
    assert kept.json()["status"] == "fulfilled_on_time"


def test_an_empty_patch_and_put_are_refused(editor_api, now):
    claim = ClaimFactory()
    assert editor_api.patch(f"{CLAIMS}{claim.pk}/", {}, format="json").status_code == 400
    only_version = {"version": claim.version}
    assert editor_api.patch(f"{CLAIMS}{claim.pk}/", only_version, format="json").status_code == 400
    assert editor_api.put(f"{CLAIMS}{claim.pk}/", {}, format="json").status_code == 405


def test_an_editor_records_a_source_and_a_duplicate_url_is_refused(editor_api, now):
    payload = {
        "url": "https://news.example.org/acme",
        "title": "Acme opens",
        "published_on": "2026-01-05",
    }
    assert editor_api.post("/api/v1/sources/", payload, format="json").status_code == 201
    again = editor_api.post("/api/v1/sources/", payload, format="json")
    assert again.status_code == 400
    assert "already recorded" in again.json()["errors"]["url"][0]
    assert Source.objects.filter(url=payload["url"]).count() == 1


def test_the_review_queue_lists_candidates_to_those_allowed_to_see_them(
    editor_api, viewer_api, anonymous, now
):
    candidate = EvidenceFactory()
    EvidenceFactory(state=Evidence.State.REJECTED)
    assert anonymous.get("/api/v1/evidence/").status_code == 401
    listed = viewer_api.get("/api/v1/evidence/").json()["results"]
    assert [item["id"] for item in listed] == [candidate.pk]
    assert len(editor_api.get("/api/v1/evidence/", {"state": "rejected"}).json()["results"]) == 1


def test_an_editor_confirms_a_fulfilment_and_the_claim_is_settled(
    editor_api, viewer_api, now, editor
):
    evidence = EvidenceFactory(
        kind=Evidence.Kind.FULFILMENT,
        observed_on=D(2025, 6, 1),
        claim=ClaimFactory(deadline_text="in 2025"),
    )
    url = f"/api/v1/evidence/{evidence.pk}/review/"
    assert viewer_api.post(url, {"state": "confirmed"}, format="json").status_code == 403
    assert Evidence.objects.get(pk=evidence.pk).state == "candidate"
    response = editor_api.post(url, {"state": "confirmed"}, format="json")
    assert response.status_code == 200
    assert response.json()["state"] == "confirmed"
    claim = Claim.objects.get(pk=evidence.claim_id)
    assert (claim.status, claim.outcome_on) == ("fulfilled_on_time", D(2025, 6, 1))
    assert Evidence.objects.get(pk=evidence.pk).reviewed_by == editor


def test_evidence_can_only_be_confirmed_or_rejected(editor_api, now):
    evidence = EvidenceFactory()
    response = editor_api.post(
        f"/api/v1/evidence/{evidence.pk}/review/", {"state": "candidate"}, format="json"
    )
    assert response.status_code == 400
    assert list(response.json()["errors"]) == ["state"]


def test_the_review_queue_shows_the_new_deadline_a_delay_proposes(viewer_api, now):
    EvidenceFactory(
        kind=Evidence.Kind.DELAY,
        deadline_text="mid-2026",
        proposed_start=D(2026, 5, 1),
        proposed_end=D(2026, 8, 31),
    )
    [item] = viewer_api.get("/api/v1/evidence/").json()["results"]
    assert (item["deadline_text"], item["proposed_start"], item["proposed_end"]) == (
        "mid-2026",
        "2026-05-01",
        "2026-08-31",
    )
