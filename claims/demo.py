"""The demo ledger: Bleu, the cloud company of Orange and Capgemini, as reported in January 2024.

Loading it twice leaves the same rows: everything is looked up by a natural key first.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from django.db import transaction

from .models import Category, Claim, Evidence, Organisation, Outcome, Source
from .services import (
    claim_create,
    claim_record_outcome,
    claim_refresh,
    evidence_add,
    evidence_review,
)

ORGANISATIONS = [
    # name, slug, kind, website, aliases
    ("Bleu", "bleu", Organisation.Kind.VENDOR, "https://www.bleu-cloud.fr", "Bleu Cloud"),
    (
        "Orange",
        "orange",
        Organisation.Kind.PARTNER,
        "https://www.orange.com",
        "Orange Business, Orange Business Services",
    ),
    ("Capgemini", "capgemini", Organisation.Kind.PARTNER, "https://www.capgemini.com", ""),
    ("Microsoft", "microsoft", Organisation.Kind.PARTNER, "https://www.microsoft.com", ""),
    (
        "ANSSI",
        "anssi",
        Organisation.Kind.AUTHORITY,
        "https://cyber.gouv.fr",
        "Agence nationale de la sécurité des systèmes d'information",
    ),
    ("Gaia-X", "gaia-x", Organisation.Kind.CONSORTIUM, "https://gaia-x.eu", "GAIA-X, Gaia X"),
]

# The 2022 statement is known only through the January 2024 report, which gives the year
# but not the day; the demo places it mid-year and says so in the source.
STATEMENT_2022 = {
    "url": "https://demo.pledgewatch.invalid/bleu-2022-readiness",
    "kind": Source.Kind.STATEMENT,
    "title": "Bleu outlines a readiness programme for its first customers",
    "publisher": "Bleu (as reported in January 2024)",
    "published_on": dt.date(2022, 6, 15),
    "language": "en",
    "text": "In 2022 Bleu said it would open a readiness programme and start working with "
    "customers before the end of that year. (Demo record: the day is a placeholder; the "
    "report of 16 January 2024 gives only the year.)",
}
REPORT_2024 = {
    "url": "https://demo.pledgewatch.invalid/bleu-commercial-launch-2024",
    "kind": Source.Kind.ARTICLE,
    "title": "Bleu opens for business; first Azure and Microsoft 365 services not before end-2024",
    "publisher": "Trade press (demo)",
    "published_on": dt.date(2024, 1, 16),
    "language": "en",
    "text": "Bleu, the cloud company set up in 2021 by Orange and Capgemini on Microsoft Azure "
    "technology, started commercial activities this January. In 2022 it had said it would "
    "run a readiness programme and engage customers by the end of 2022. Its first services, "
    "Azure and Microsoft 365, will not go live before the end of 2024. It targets ANSSI's "
    "SecNumCloud 3.2 qualification in 2025 and says it will ultimately join Gaia-X.",
}


@dataclass
class DemoClaim:
    subject: str
    statement: str
    category: str
    quote: str
    source: dict
    stated_on: dt.date
    deadline_text: str
    keywords: str = ""
    partners: tuple[str, ...] = ("orange", "capgemini")
    fulfilled_on: dt.date | None = None
    evidence: list[tuple[dict, dt.date, str, str, str]] = field(default_factory=list)


CLAIMS = [
    DemoClaim(
        subject="Bleu",
        statement="Start a readiness programme and engage first customers by the end of 2022",
        category=Category.PROGRAMME,
        quote="a readiness programme, with customers engaged by the end of 2022",
        source=STATEMENT_2022,
        stated_on=dt.date(2022, 6, 15),
        deadline_text="by the end of 2022",
        keywords="readiness programme, Readiness Program, customers",
        fulfilled_on=dt.date(2024, 1, 16),
        evidence=[
            (
                REPORT_2024,
                dt.date(2024, 1, 16),
                Evidence.Kind.FULFILMENT,
                Evidence.State.CONFIRMED,
                "Commercial activities began in January 2024, a year after the promised date.",
            )
        ],
    ),
    DemoClaim(
        subject="Bleu",
        statement="First services (Azure, Microsoft 365) go live, not before the end of 2024",
        category=Category.LAUNCH,
        quote="first services will not go live before the end of 2024",
        source=REPORT_2024,
        stated_on=dt.date(2024, 1, 16),
        deadline_text="not before the end of 2024",
        keywords="Azure, Microsoft 365, go-live, general availability",
        partners=("orange", "capgemini", "microsoft"),
    ),
    DemoClaim(
        subject="Bleu",
        statement="Obtain ANSSI's SecNumCloud 3.2 qualification in 2025",
        category=Category.CERTIFICATION,
        quote="aims for SecNumCloud 3.2 qualification in 2025",
        source=REPORT_2024,
        stated_on=dt.date(2024, 1, 16),
        deadline_text="in 2025",
        keywords="SecNumCloud, SecNumCloud 3.2, qualification, qualifié, ANSSI",
    ),
    DemoClaim(
        subject="Bleu",
        statement="Join Gaia-X (no date given)",
        category=Category.MEMBERSHIP,
        quote="will ultimately join Gaia-X",
        source=REPORT_2024,
        stated_on=dt.date(2024, 1, 16),
        deadline_text="",
        keywords="Gaia-X, membership",
    ),
]


def _source(data: dict) -> Source:
    source, _ = Source.objects.get_or_create(url=data["url"], defaults=data)
    return source


@transaction.atomic
def demo_load() -> dict[str, int]:
    """Create the demo rows that are missing; return how many of each were created."""
    created = {"organisations": 0, "sources": 0, "claims": 0, "revisions": 0, "evidence": 0}
    organisations = {}
    for name, slug, kind, website, aliases in ORGANISATIONS:
        organisations[slug], was_created = Organisation.objects.get_or_create(
            slug=slug, defaults={"name": name, "kind": kind, "website": website, "aliases": aliases}
        )
        created["organisations"] += was_created
    sources_before = Source.objects.count()
    bleu = organisations["bleu"]
    for spec in CLAIMS:
        source = _source(spec.source)
        claim = Claim.objects.filter(promiser=bleu, statement=spec.statement).first()
        if claim is None:
            claim = claim_create(
                promiser=bleu,
                subject=spec.subject,
                statement=spec.statement,
                category=spec.category,
                source=source,
                stated_on=spec.stated_on,
                quote=spec.quote,
                deadline_text=spec.deadline_text,
                keywords=spec.keywords,
                partners=[organisations[slug] for slug in spec.partners],
                job="demo",
            )
            created["claims"] += 1
            created["revisions"] += bool(spec.deadline_text)
        for source_data, observed_on, evidence_kind, state, summary in spec.evidence:
            evidence_source = _source(source_data)
            if Evidence.objects.filter(
                claim=claim, source=evidence_source, kind=evidence_kind
            ).exists():
                continue
            # Evidence goes through the review like any other: confirming a fulfilment
            # settles the claim on the day it happened.
            evidence = evidence_add(
                claim=claim,
                source=evidence_source,
                observed_on=observed_on,
                kind=evidence_kind,
                summary=summary,
                job="demo",
            )
            if state != Evidence.State.CANDIDATE:
                evidence_review(
                    evidence=evidence, state=state, fulfilled_on=spec.fulfilled_on, job="demo"
                )
            created["evidence"] += 1
        claim.refresh_from_db()
        if spec.fulfilled_on and claim.outcome != Outcome.FULFILLED:
            claim_record_outcome(
                claim=claim,
                outcome=Outcome.FULFILLED,
                on=spec.fulfilled_on,
                source=_source(spec.evidence[0][0]),
                job="demo",
                rationale="fulfilment reported in January 2024",
            )
        claim_refresh(claim=claim, job="demo")
    created["sources"] = Source.objects.count() - sources_before
    return created
