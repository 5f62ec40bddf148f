"""The demo ledger: real, dated public promises with their sources, loaded through the services,
with every uncertainty of the research kept as it is."""

from __future__ import annotations

import datetime as dt
import sys
from collections import Counter
from collections.abc import Iterator
from urllib.parse import urlsplit

import pytest
import time_machine
from django.db import transaction

from claims.demo import demo_ledger_data, demo_load
from claims.models import (
    Claim,
    DeadlineRevision,
    Evidence,
    Outcome,
    Source,
    Status,
    StatusEvent,
)
from claims.selectors import claims_with_metrics
from tests.conftest import NOW

pytestmark = pytest.mark.django_db

D = dt.date


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker) -> Iterator[None]:
    """The demo, loaded once for this module inside a transaction rolled back after its last
    test; each test runs in a savepoint within it (the `db` fixture), so none sees another's
    writes. Loading takes seconds and every test here only reads it."""
    with django_db_blocker.unblock(), time_machine.travel(NOW, tick=False):
        loaded = transaction.atomic()
        loaded.__enter__()
        try:
            demo_load()
        except BaseException:
            loaded.__exit__(*sys.exc_info())
            raise
    yield
    with django_db_blocker.unblock():
        transaction.set_rollback(True)
        loaded.__exit__(None, None, None)


@pytest.fixture
def ledger(demo, now) -> dict[str, Claim]:
    """The loaded demo, its claims by the key the ledger file gives them (e.g. "AWS-1")."""
    data = demo_ledger_data()
    return {
        spec["key"]: Claim.objects.get(promiser__slug=spec["promiser"], statement=spec["statement"])
        for spec in data["claims"]
    }


def is_real_url(url: str | None) -> bool:
    parts = urlsplit(url or "")
    host = parts.hostname or ""
    return (
        parts.scheme in ("http", "https")
        and "." in host
        and not host.endswith((".invalid", ".example", ".test", "example.org", "example.com"))
    )


def test_a_fresh_demo_holds_at_least_25_claims_from_8_promisers_each_with_a_real_source(ledger):
    assert Claim.objects.count() == len(ledger) >= 25
    assert Claim.objects.values("promiser").distinct().count() >= 8
    for claim in Claim.objects.select_related("source"):
        assert is_real_url(claim.source.url), claim
    # Restatements and outcomes are sourced too.
    assert all(
        is_real_url(url) for url in DeadlineRevision.objects.values_list("source__url", flat=True)
    )
    assert all(is_real_url(url) for url in Evidence.objects.values_list("source__url", flat=True))


def test_every_source_of_the_ledger_file_is_stored_once_with_its_url(ledger):
    urls = [source["url"] for source in demo_ledger_data()["sources"]]
    assert len(urls) == len(set(urls)) >= 45
    assert set(Source.objects.values_list("url", flat=True)) == set(urls)


def test_restatements_are_revisions_with_their_own_sources(ledger):
    aws = ledger["AWS-1"]
    assert [(r.stated_on, r.text, r.source.publisher) for r in aws.revisions.all()] == [
        (D(2023, 10, 1), "by the end of 2025", "WebProNews"),
        (D(2024, 5, 15), "by the end of 2025", "Silicon Republic"),
        (D(2025, 6, 3), "by the end of 2025", "osftv"),
    ]
    # Restated after missing its first date: the miss stays on the record.
    bleu = claims_with_metrics().get(pk=ledger["BLEU-6"].pk)
    assert (bleu.original_deadline_end, bleu.deadline_end) == (D(2025, 12, 31), D(2026, 6, 30))
    assert (bleu.status, bleu.first_deadline_met) == (Status.MISSED, False)
    restated = StatusEvent.objects.filter(kind=StatusEvent.Kind.RESTATED)
    assert restated.count() == 13
    assert restated.count() == sum(
        len(spec["restatements"]) for spec in demo_ledger_data()["claims"]
    )


def test_fulfilments_are_settled_by_confirmed_evidence_on_the_day_they_happened(ledger):
    fulfilled = Claim.objects.filter(outcome=Outcome.FULFILLED)
    assert fulfilled.count() == 8
    for claim in fulfilled:
        confirmed = claim.evidence.filter(
            kind=Evidence.Kind.FULFILMENT, state=Evidence.State.CONFIRMED
        )
        assert confirmed.exists(), claim
    aws = ledger["AWS-1"]
    aws.refresh_from_db()
    assert (aws.status, aws.outcome_on) == (Status.FULFILLED_LATE, D(2026, 1, 15))
    assert ledger["MS-2"].status == Status.FULFILLED_ON_TIME


def test_a_date_known_only_to_the_month_or_year_is_its_first_day_with_its_precision(ledger):
    bleu = ledger["BLEU-1"]
    assert (bleu.stated_on, bleu.stated_on_precision) == (D(2021, 5, 1), "month")
    assert "known to the month only" in bleu.source.text
    microsoft_local = ledger["MS-5"]
    assert (microsoft_local.stated_on, microsoft_local.stated_on_precision) == (
        D(2025, 1, 1),
        "year",
    )
    assert "known to the year only" in microsoft_local.source.text
    # A fulfilment known to the month: its first day, and the record says so.
    phase_two = ledger["MS-3"]
    assert phase_two.outcome_on == D(2024, 1, 1)
    assert "month only" in phase_two.evidence.get().summary


def test_unknown_outcomes_are_unverifiable_with_their_reason_never_missed(ledger):
    for key in ("BLEU-5", "S3NS-2", "MS-5", "GOOG-1", "SAP-1", "NUMSPOT-1", "OVH-1", "SCW-1"):
        claim = ledger[key]
        claim.refresh_from_db()
        assert claim.status == Status.UNVERIFIABLE, key
        settled = claim.status_events.get(new_status=Status.UNVERIFIABLE)
        assert settled.rationale.startswith("No report of it was found"), key
    # A promise whose deadline is still ahead stays open.
    openai = ledger["DELOS-4"]
    assert (openai.outcome, openai.status) == (Outcome.OPEN, Status.DUE)


def test_gaia_x_is_recorded_as_withdrawn_superseded_by_a_framework_of_labels(ledger):
    gaia_x = ledger["GAIAX-1"]
    gaia_x.refresh_from_db()
    assert (gaia_x.status, gaia_x.reason, gaia_x.outcome_on) == (
        Status.WITHDRAWN,
        "superseded",
        D(2021, 12, 9),
    )
    assert gaia_x.status_events.get(new_status=Status.WITHDRAWN).source.url.startswith(
        "https://gaia-x.eu/"
    )


def test_german_deadlines_are_stored_in_an_english_rendering_with_the_original_words_kept(ledger):
    delos = ledger["DELOS-1"]
    assert "voraussichtlich ab 2024 verfügbar" in delos.quote
    assert delos.revisions.first().text == "in 2024"
    handover = ledger["DELOS-2"].revisions.last()
    assert handover.text == "in the second quarter of 2026"
    assert (handover.start, handover.end) == (D(2026, 4, 1), D(2026, 6, 30))
    assert "im zweiten Quartal 2026" in handover.source.text
    assert "Ende 2025" in ledger["AWS-1"].revisions.last().source.text


def test_an_undated_page_is_kept_as_a_source_with_a_date_its_text_explains(ledger):
    page = Source.objects.get(url__contains="allthe.news")
    assert page.published_on == D(2026, 1, 20)
    assert "The page carries no date" in page.text


def test_the_demo_counts_outcomes_by_kind(ledger):
    outcomes = Counter(Claim.objects.values_list("outcome", flat=True))
    assert outcomes == {
        Outcome.OPEN: 9,
        Outcome.FULFILLED: 8,
        Outcome.WITHDRAWN: 1,
        Outcome.UNVERIFIABLE: 10,
    }
