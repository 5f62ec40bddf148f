"""full_clean() asks the database about all of a model's CheckConstraints in one query
(claims.models.common.ChecksInOneQuery) and reports exactly what Django's one query per
constraint reports."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.exceptions import ValidationError
from django.db import connection, models
from django.test.utils import CaptureQueriesContext

from claims.models import Claim, DeadlineRevision, Evidence
from tests.factories import ClaimFactory, SourceFactory

pytestmark = pytest.mark.django_db


def refusals(validate) -> dict[str, list[str]]:
    try:
        validate()
    except ValidationError as error:
        return {field: sorted(messages) for field, messages in error.message_dict.items()}
    return {}


def as_django_does(instance: models.Model, **options):
    return lambda: models.Model.validate_constraints(instance, **options)


def broken_claim(now) -> Claim:
    claim = ClaimFactory()
    claim.outcome = "kept"  # no such outcome
    claim.outcome_on = claim.stated_on - dt.timedelta(days=3)  # before the promise
    claim.category = "gossip"  # no such category
    return claim


def test_a_claim_breaking_three_rules_hears_of_all_three_as_django_would_say(now):
    claim = broken_claim(now)
    ours = refusals(claim.validate_constraints)
    assert ours == refusals(as_django_does(claim))
    said = " ".join(message for messages in ours.values() for message in messages)
    for rule in ("outcome must be one of", "settled before it was made", "category must be one of"):
        assert rule in said


def test_a_valid_claim_passes_and_its_checks_take_one_query(now):
    claim = ClaimFactory()
    with CaptureQueriesContext(connection) as ours:
        claim.validate_constraints()
    with CaptureQueriesContext(connection) as django:
        models.Model.validate_constraints(claim)
    checks = [q for q in ours.captured_queries if "_check" in q["sql"]]
    assert len(checks) == 1
    assert len([q for q in django.captured_queries if "_check" in q["sql"]]) == 7


def test_a_rule_on_a_field_left_out_is_not_checked_as_django_skips_it(now):
    claim = broken_claim(now)
    ours = refusals(lambda: claim.validate_constraints(exclude={"category"}))
    assert ours == refusals(as_django_does(claim, exclude={"category"}))
    assert "category must be one of" not in str(ours)
    assert "outcome must be one of" in str(ours)


def test_revisions_and_evidence_report_as_django_would(now):
    claim = ClaimFactory()
    revision = DeadlineRevision(
        claim=claim,
        source=claim.source,
        stated_on=claim.stated_on,
        text="in 2027",
        start=dt.date(2027, 12, 31),
        end=dt.date(2027, 1, 1),  # ends before it starts
        precision="year",
        qualifier="sometime",  # no such qualifier
    )
    evidence = Evidence(
        claim=claim,
        source=SourceFactory(),
        observed_on=claim.stated_on,
        kind=Evidence.Kind.DELAY,
        proposed_start=dt.date(2028, 6, 1),
        proposed_end=dt.date(2028, 1, 1),  # ordered backwards, and no text to propose
    )
    for instance in (revision, evidence):
        ours = refusals(instance.validate_constraints)
        assert ours, instance
        assert ours == refusals(as_django_does(instance))
