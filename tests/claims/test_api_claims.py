"""Reading claims through the API: what a claim carries, filters, search, ordering, pages."""

import datetime as dt

import pytest

from claims.models import Evidence, Outcome
from claims.services import claim_record_outcome, deadline_revision_create, evidence_review
from tests.factories import ClaimFactory, EvidenceFactory, OrganisationFactory, SourceFactory

pytestmark = pytest.mark.django_db

D = dt.date
CLAIMS = "/api/v1/claims/"


def ids(response) -> list[int]:
    return [claim["id"] for claim in response.json()["results"]]


@pytest.fixture
def ledger(now):
    """Four claims of two organisations as of 2026-11-28."""
    acme, globex = (
        OrganisationFactory(name="Acme", slug="acme"),
        OrganisationFactory(name="Globex", slug="globex"),
    )
    slipped = ClaimFactory(
        promiser=acme,
        statement="Launch the cloud region",
        deadline_text="by the end of 2024",
        stated_on=D(2024, 1, 16),
    )
    deadline_revision_create(
        claim=slipped,
        text="by the end of 2027",
        stated_on=D(2024, 9, 1),
        source=SourceFactory(title="Delay announced"),
    )
    missed = ClaimFactory(
        promiser=acme,
        statement="Obtain SecNumCloud qualification",
        category="certification",
        deadline_text="in 2025",
    )
    kept = ClaimFactory(
        promiser=globex,
        statement="Open the Paris office",
        deadline_text="in 2025",
        stated_on=D(2024, 3, 1),
    )
    claim_record_outcome(claim=kept, outcome=Outcome.FULFILLED, on=D(2025, 5, 1))
    undated = ClaimFactory(
        promiser=globex, statement="Join Gaia-X", deadline_text="", stated_on=D(2024, 6, 1)
    )
    return {"slipped": slipped, "missed": missed, "kept": kept, "undated": undated}


def test_a_claim_carries_its_original_and_current_window_status_slippage_and_source(
    anonymous, ledger
):
    claim = ledger["slipped"]
    body = anonymous.get(f"{CLAIMS}{claim.pk}/").json()
    assert body["organisation"] == {"slug": "acme", "name": "Acme"}
    assert body["original_deadline"] == {
        "start": None,
        "end": "2024-12-31",
        "text": "by the end of 2024",
        "stated_on": "2024-01-16",
    }
    assert body["current_deadline"] == {
        "start": None,
        "end": "2027-12-31",
        "text": "by the end of 2027",
        "stated_on": "2024-09-01",
    }
    assert body["status"] == "pending"
    assert (body["slipped"], body["slippage_days"], body["restatements"]) == (True, 1095, 1)
    assert body["source"]["url"] == claim.source.url
    assert body["outcome"] == {"outcome": "", "on": None, "reason": ""}
    assert [r["text"] for r in body["revisions"]] == ["by the end of 2024", "by the end of 2027"]


def test_a_kept_claim_carries_its_outcome_and_an_undated_one_has_no_window(anonymous, ledger):
    kept = anonymous.get(f"{CLAIMS}{ledger['kept'].pk}/").json()
    assert kept["outcome"] == {"outcome": "fulfilled", "on": "2025-05-01", "reason": ""}
    assert kept["status"] == "fulfilled_on_time"
    undated = anonymous.get(f"{CLAIMS}{ledger['undated'].pk}/").json()
    assert undated["current_deadline"] == {
        "start": None,
        "end": None,
        "text": None,
        "stated_on": None,
    }
    assert (undated["status"], undated["slippage_days"]) == ("undated", None)


def test_the_list_filters_by_organisation_status_category_slipped_and_overdue(anonymous, ledger):
    assert sorted(ids(anonymous.get(CLAIMS, {"organisation": "globex"}))) == sorted(
        [ledger["kept"].pk, ledger["undated"].pk]
    )
    assert ids(anonymous.get(CLAIMS, {"status": "missed"})) == [ledger["missed"].pk]
    both = anonymous.get(CLAIMS, {"status": ["missed", "undated"]})
    assert sorted(ids(both)) == sorted([ledger["missed"].pk, ledger["undated"].pk])
    assert ids(anonymous.get(CLAIMS, {"category": "certification"})) == [ledger["missed"].pk]
    assert ids(anonymous.get(CLAIMS, {"slipped": "true"})) == [ledger["slipped"].pk]
    assert ledger["slipped"].pk not in ids(anonymous.get(CLAIMS, {"slipped": "false"}))
    assert ids(anonymous.get(CLAIMS, {"overdue": "true"})) == [ledger["missed"].pk]
    assert len(ids(anonymous.get(CLAIMS, {"overdue": "false"}))) == 3


def test_the_list_filters_by_deadline_and_stated_dates_inclusively(anonymous, ledger):
    before = ids(anonymous.get(CLAIMS, {"deadline_before": "2025-12-31"}))
    assert sorted(before) == sorted([ledger["missed"].pk, ledger["kept"].pk])
    assert ids(anonymous.get(CLAIMS, {"deadline_after": "2026-01-01"})) == [ledger["slipped"].pk]
    assert ids(anonymous.get(CLAIMS, {"stated_after": "2024-06-01"})) == [ledger["undated"].pk]
    assert sorted(ids(anonymous.get(CLAIMS, {"stated_before": "2024-01-16"}))) == sorted(
        [ledger["slipped"].pk, ledger["missed"].pk]
    )


def test_search_finds_every_word_in_any_searched_field(anonymous, ledger):
    assert ids(anonymous.get(CLAIMS, {"search": "secnumcloud"})) == [ledger["missed"].pk]
    assert ids(anonymous.get(CLAIMS, {"search": "globex paris"})) == [ledger["kept"].pk]
    assert ids(anonymous.get(CLAIMS, {"search": "paris secnumcloud"})) == []


def test_ordering_by_slippage_deadline_and_stated_date(anonymous, ledger):
    by_slippage = ids(anonymous.get(CLAIMS, {"ordering": "-slippage", "slipped": "true"}))
    assert by_slippage == [ledger["slipped"].pk]
    by_deadline = anonymous.get(CLAIMS, {"ordering": "-deadline", "deadline_after": "2025-01-01"})
    ends = [c["current_deadline"]["end"] for c in by_deadline.json()["results"]]
    assert ends == sorted(ends, reverse=True)
    by_stated = anonymous.get(CLAIMS, {"ordering": "stated"}).json()["results"]
    assert [c["stated_on"] for c in by_stated] == sorted(c["stated_on"] for c in by_stated)


def test_pages_hold_page_size_claims_and_link_to_the_next(anonymous, ledger):
    first = anonymous.get(CLAIMS, {"page_size": 3}).json()
    assert (first["count"], len(first["results"])) == (4, 3)
    assert "page=2" in first["next"]
    second = anonymous.get(CLAIMS, {"page_size": 3, "page": 2}).json()
    assert len(second["results"]) == 1
    assert not set(c["id"] for c in first["results"]) & set(c["id"] for c in second["results"])


def test_the_timeline_lists_revisions_confirmed_evidence_and_status_events_in_date_order(
    anonymous, ledger, editor
):
    claim = ledger["missed"]
    confirmed = EvidenceFactory(
        claim=claim, kind=Evidence.Kind.PROGRESS, observed_on=D(2025, 6, 1), summary="Audit started"
    )
    evidence_review(evidence=confirmed, state=Evidence.State.CONFIRMED, actor=editor)
    EvidenceFactory(
        claim=claim,
        kind=Evidence.Kind.DELAY,
        observed_on=D(2025, 7, 1),
        summary="an unreviewed candidate",
    )
    body = anonymous.get(f"{CLAIMS}{claim.pk}/timeline/").json()
    kinds = [(entry["date"], entry["kind"]) for entry in body["entries"]]
    assert kinds == [
        ("2024-01-16", "revision"),
        ("2025-06-01", "evidence"),
        # The day after its first deadline (the end of 2025): missed, whatever comes later.
        ("2026-01-01", "first_deadline_missed"),
        ("2026-11-28", "status"),
    ]
    assert body["entries"][1]["evidence"]["summary"] == "Audit started"
    assert body["entries"][3]["status"]["new_status"] == "missed"
    assert body["claim"]["id"] == claim.pk


def test_the_lists_fast_representation_equals_the_declared_fields(anonymous, ledger):
    from rest_framework import serializers

    from claims.api.serializers import ClaimSerializer
    from claims.api.views import _claims
    from claims.services.forecasts import forecasts_refresh

    forecasts_refresh()  # so the forecast's dates and times are formatted both ways too
    forecasts = 0
    for claim in _claims():
        serializer = ClaimSerializer(claim)
        declared = serializers.ModelSerializer.to_representation(serializer, claim)
        assert serializer.to_representation(claim) == declared
        forecasts += declared["forecast"] is not None
    assert forecasts
