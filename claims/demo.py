"""The demo ledger: 28 dated public promises from the European trusted-cloud field.

The data live in `demo_ledger.json` (organisations, sources with their real URLs, claims with
their restatements, evidence and outcomes); statements and source summaries are written for
Pledgewatch from the reported facts. Everything is written through the ledger's services, as
an editor would: claims with `claim_create`, restatements with `deadline_revision_create`,
fulfilments by confirming their evidence (`evidence_review`), withdrawals and "unverifiable"
with `claim_record_outcome`.

Loading twice leaves the same rows: every row is looked up by a natural key first.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from pathlib import Path
from typing import Any

from django.db import transaction

from .models import Claim, DeadlineRevision, Evidence, Organisation, Outcome, Source
from .services import (
    claim_create,
    claim_record_outcome,
    deadline_revision_create,
    evidence_add,
    evidence_review,
    organisation_save,
    source_create,
)

DEMO_LEDGER = Path(__file__).resolve().parent / "demo_ledger.json"
JOB = "demo"


def demo_ledger_data() -> dict[str, Any]:
    """The demo ledger as stored in demo_ledger.json."""
    return json.loads(DEMO_LEDGER.read_text(encoding="utf-8"))


def _day(value: str) -> dt.date:
    return dt.date.fromisoformat(value)


def _day_or_none(value: str | None) -> dt.date | None:
    return _day(value) if value else None


@transaction.atomic
def demo_load() -> dict[str, int]:
    """Create the demo rows that are missing; return how many of each were created."""
    data = demo_ledger_data()
    created: Counter[str] = Counter()
    organisations = _organisations_load(data["organisations"], created)
    sources = _sources_load(data["sources"], created)
    for spec in data["claims"]:
        _claim_load(spec, organisations, sources, created)
    keys = ("organisations", "sources", "claims", "revisions", "evidence", "outcomes")
    return {key: created[key] for key in keys}


def _organisations_load(
    specs: list[dict[str, Any]], created: Counter[str]
) -> dict[str, Organisation]:
    existing = {o.slug: o for o in Organisation.objects.filter(slug__in=[s["slug"] for s in specs])}
    # Parents first: a joint venture names the organisations that own it.
    for spec in sorted(specs, key=lambda s: bool(s["parents"])):
        if spec["slug"] in existing:
            continue
        fields = {k: v for k, v in spec.items() if k != "parents"}
        existing[spec["slug"]] = organisation_save(
            organisation=Organisation(**fields),
            parents=[existing[slug] for slug in spec["parents"]],
        )
        created["organisations"] += 1
    return existing


def _sources_load(specs: list[dict[str, Any]], created: Counter[str]) -> dict[str, Source]:
    urls = [spec["url"] for spec in specs]
    existing = {s.url or "": s for s in Source.objects.filter(url__in=urls)}
    for spec in specs:
        if spec["url"] in existing:
            continue
        existing[spec["url"]] = source_create(
            data={**spec, "published_on": _day(spec["published_on"])}
        )
        created["sources"] += 1
    return existing


def _claim_load(
    spec: dict[str, Any],
    organisations: dict[str, Organisation],
    sources: dict[str, Source],
    created: Counter[str],
) -> None:
    promiser = organisations[spec["promiser"]]
    claim = Claim.objects.filter(promiser=promiser, statement=spec["statement"]).first()
    if claim is None:
        claim = claim_create(
            promiser=promiser,
            subject=spec["subject"],
            statement=spec["statement"],
            category=spec["category"],
            source=sources[spec["source"]],
            stated_on=_day(spec["stated_on"]),
            stated_on_precision=spec["stated_on_precision"],
            quote=spec["quote"],
            deadline_text=spec["deadline_text"],
            keywords=spec["keywords"],
            partners=[organisations[slug] for slug in spec["partners"]],
            job=JOB,
        )
        created["claims"] += 1
        created["revisions"] += bool(spec["deadline_text"])
    for restatement in spec["restatements"]:
        source, stated_on = sources[restatement["source"]], _day(restatement["stated_on"])
        if DeadlineRevision.objects.filter(
            claim=claim, source=source, stated_on=stated_on, text=restatement["text"]
        ).exists():
            continue
        deadline_revision_create(
            claim=claim,
            text=restatement["text"],
            stated_on=stated_on,
            stated_on_precision=restatement["stated_on_precision"],
            source=source,
            job=JOB,
        )
        created["revisions"] += 1
    outcome = spec["outcome"] or {}
    settled_before = claim.outcome
    for item in spec["evidence"]:
        _evidence_load(
            claim, item, sources[item["source"]], _day_or_none(outcome.get("on")), created
        )
    claim.refresh_from_db()
    if outcome and claim.outcome != outcome["outcome"]:
        # A fulfilment is settled by confirming its evidence (above); withdrawals and
        # "unverifiable" (nothing found either way) are recorded as outcomes.
        if outcome["outcome"] == Outcome.FULFILLED:
            raise ValueError(f"{spec['key']}: a fulfilment needs confirmed fulfilment evidence")
        claim = claim_record_outcome(
            claim=claim,
            outcome=outcome["outcome"],
            on=_day_or_none(outcome["on"]),
            reason=outcome["reason"],
            source=sources[outcome["source"]] if outcome["source"] else None,
            rationale=outcome["rationale"],
            job=JOB,
        )
    created["outcomes"] += claim.outcome != settled_before
    # Further reports of the same promise are kept as sources (their text says what they add);
    # _sources_load has stored them.


def _evidence_load(
    claim: Claim,
    item: dict[str, Any],
    source: Source,
    fulfilled_on: dt.date | None,
    created: Counter[str],
) -> None:
    evidence = Evidence.objects.filter(claim=claim, source=source, kind=item["kind"]).first()
    if evidence is None:
        evidence = evidence_add(
            claim=claim,
            source=source,
            observed_on=_day(item["observed_on"]),
            kind=item["kind"],
            summary=item["summary"],
            deadline_text=item["deadline_text"],
            job=JOB,
        )
        created["evidence"] += 1
    if item["review"] == Evidence.State.CONFIRMED and evidence.state == Evidence.State.CANDIDATE:
        # Confirming a fulfilment settles the claim on the day it happened.
        evidence_review(
            evidence=evidence,
            state=Evidence.State.CONFIRMED,
            fulfilled_on=fulfilled_on if item["kind"] == Evidence.Kind.FULFILMENT else None,
            job=JOB,
        )
