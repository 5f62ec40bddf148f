"""The record does not bend: lateness that never disappears, versions that stop lost updates,
dates that respect time, corrections that leave the wrong statement in place, clean text.

The clock is 2026-11-28 (the `now` fixture): a deadline at the end of 2025 passed 332 days ago.
"""

from __future__ import annotations

import datetime as dt
import io

import pytest
from django.core.exceptions import ValidationError
from django.core.management import CommandError, call_command
from django.db import IntegrityError, transaction

from claims.models import Claim, DeadlineRevision, Evidence, Outcome, Status, StatusEvent
from claims.selectors import claim_timeline, claims_with_metrics
from claims.services import (
    FutureDateError,
    StaleVersion,
    claim_create,
    claim_record_outcome,
    claim_update,
    claims_sweep_statuses,
    deadline_revision_correct,
    deadline_revision_create,
    evidence_add,
)
from tests.factories import ClaimFactory, EvidenceFactory, OrganisationFactory, SourceFactory

pytestmark = pytest.mark.django_db

D = dt.date
CLAIMS = "/api/v1/claims/"
TODAY = D(2026, 11, 28)
DAYS_SINCE_END_OF_2025 = (TODAY - D(2025, 12, 31)).days  # 332


def metrics(claim: Claim) -> Claim:
    return claims_with_metrics().get(pk=claim.pk)


def detail(client, claim: Claim) -> dict:
    response = client.get(f"{CLAIMS}{claim.pk}/")
    assert response.status_code == 200
    return response.json()


# --- Lateness, through the API (the issue's own scenario) ----------------------------------


def test_a_miss_stays_visible_after_a_restatement_and_a_stale_patch_is_refused(editor_api, now):
    claim = ClaimFactory(deadline_text="by the end of 2025", stated_on=D(2024, 1, 10))

    body = detail(editor_api, claim)
    assert (body["status"], body["first_deadline_met"]) == ("missed", False)
    assert body["days_late"] == DAYS_SINCE_END_OF_2025
    read_version = body["version"]

    restated = editor_api.patch(
        f"{CLAIMS}{claim.pk}/",
        {
            "version": read_version,
            "deadline_text": "by the end of 2028",
            "deadline_stated_on": TODAY.isoformat(),
            "deadline_source": SourceFactory(title="Delay").pk,
        },
        format="json",
    )
    assert restated.status_code == 200, restated.json()
    body = restated.json()
    assert (body["status"], body["first_deadline_met"]) == ("pending", False)
    assert body["days_late"] == DAYS_SINCE_END_OF_2025
    assert body["version"] == read_version + 1

    revisions_before = claim.revisions.count()
    stale = editor_api.patch(
        f"{CLAIMS}{claim.pk}/",
        {"version": read_version, "statement": "Rewritten from an old copy"},
        format="json",
    )
    assert stale.status_code == 409
    assert stale.json()["current_version"] == read_version + 1
    assert "deadline in force" in stale.json()["changed"]
    assert set(stale.json()) >= {"detail", "errors"}
    assert Claim.objects.get(pk=claim.pk).statement == claim.statement
    assert claim.revisions.count() == revisions_before


def test_a_statement_with_a_line_break_is_a_400_and_nothing_changes(editor_api, now):
    claim = ClaimFactory()
    response = editor_api.patch(
        f"{CLAIMS}{claim.pk}/",
        {"version": claim.version, "statement": "Line one\r\nBcc: everyone@example.org"},
        format="json",
    )
    assert response.status_code == 400
    assert "line break" in response.json()["errors"]["statement"][0]
    assert Claim.objects.get(pk=claim.pk).statement == claim.statement


def test_a_restatement_stated_in_the_future_is_a_400(editor_api, now):
    claim = ClaimFactory()
    response = editor_api.patch(
        f"{CLAIMS}{claim.pk}/",
        {
            "version": claim.version,
            "deadline_text": "in 2029",
            "deadline_stated_on": "2029-01-01",
            "deadline_source": claim.source.pk,
        },
        format="json",
    )
    assert response.status_code == 400
    assert "in the future" in response.json()["errors"]["deadline_stated_on"][0]
    assert claim.revisions.count() == 1


def test_a_patch_without_the_version_is_refused(editor_api, now):
    claim = ClaimFactory()
    response = editor_api.patch(f"{CLAIMS}{claim.pk}/", {"statement": "x"}, format="json")
    assert response.status_code == 400
    assert "version" in response.json()["errors"]


def test_unknown_fields_in_a_body_are_refused_by_name(editor_api, now):
    claim = ClaimFactory()
    response = editor_api.patch(
        f"{CLAIMS}{claim.pk}/",
        {"version": claim.version, "outcom": "fulfilled", "statment": "x"},
        format="json",
    )
    assert response.status_code == 400
    assert set(response.json()["errors"]) == {"outcom", "statment"}
    created = editor_api.post(
        CLAIMS, {"promiser": claim.promiser.slug, "colour": "red"}, format="json"
    )
    assert created.status_code == 400
    assert "colour" in created.json()["errors"]


def test_every_claim_in_the_list_carries_days_late_first_deadline_met_and_version(anonymous, now):
    ClaimFactory(deadline_text="in 2027")
    for item in anonymous.get(CLAIMS).json()["results"]:
        assert {"days_late", "first_deadline_met", "version"} <= set(item)


# --- What days late and the first-deadline verdict mean -----------------------------------


@pytest.mark.parametrize(
    ("deadline", "outcome", "on", "days_late", "met"),
    [
        ("in 2027", "", None, None, None),  # not passed yet: not known
        ("", "", None, None, None),  # no deadline
        ("by the end of 2025", "", None, DAYS_SINCE_END_OF_2025, False),  # still open: counts
        ("by the end of 2025", Outcome.FULFILLED, D(2025, 11, 1), 0, True),  # kept on time
        ("by the end of 2025", Outcome.FULFILLED, D(2026, 2, 1), 32, False),  # kept late
        # Withdrawn before its end: not late when dropped, but the promise was not kept.
        ("by the end of 2025", Outcome.WITHDRAWN, D(2025, 6, 1), None, False),
        ("by the end of 2027", Outcome.WITHDRAWN, D(2025, 6, 1), None, None),  # not passed
        ("by the end of 2025", Outcome.WITHDRAWN, D(2026, 1, 10), 10, False),  # after it
        ("by the end of 2025", Outcome.UNVERIFIABLE, None, None, None),
    ],
)
def test_days_late_is_never_negative_and_null_when_not_known(
    now, deadline, outcome, on, days_late, met
):
    claim = ClaimFactory(deadline_text=deadline)
    if outcome:
        claim_record_outcome(claim=claim, outcome=outcome, on=on)
    claim = metrics(claim)
    assert (claim.days_late, claim.first_deadline_met) == (days_late, met)


def test_a_fulfilment_learned_late_but_dated_before_the_first_deadline_is_on_time(now):
    claim = ClaimFactory(deadline_text="by the end of 2025")
    assert metrics(claim).first_deadline_met is False

    claim_record_outcome(claim=claim, outcome=Outcome.FULFILLED, on=D(2025, 12, 20))

    claim = metrics(claim)
    assert (claim.status, claim.first_deadline_met, claim.days_late) == (
        Status.FULFILLED_ON_TIME,
        True,
        0,
    )
    # The timeline shows the fulfilment on the day it happened, recorded now.
    [fulfilled] = [
        entry
        for entry in claim_timeline(claim=claim)
        if entry["kind"] == "status" and entry["status"].new_status == Status.FULFILLED_ON_TIME
    ]
    assert fulfilled["date"] == D(2025, 12, 20)
    assert fulfilled["status"].happened_at.date() == TODAY


@pytest.mark.parametrize(
    "precision, stated_on, end",
    [("day", D(2025, 4, 1), D(2027, 4, 1)), ("month", D(2025, 4, 1), D(2027, 4, 30))],
)
def test_a_span_said_in_a_month_known_only_to_the_month_ends_at_that_month_end(
    now, precision, stated_on, end
):
    # "Over the next two years" said some time in April 2025 runs to the end of April 2027,
    # not to the first of the month the ledger stores for an unknown day.
    claim = claim_create(
        promiser=OrganisationFactory(),
        subject="Example Cloud",
        statement="Open two regions",
        category="launch",
        source=SourceFactory(),
        stated_on=stated_on,
        stated_on_precision=precision,
        deadline_text="over the next two years",
    )
    assert claim.deadline_end == end


# --- Corrections ---------------------------------------------------------------------------


def test_a_wrong_statement_is_corrected_by_a_new_one_and_stays_in_the_record(now, editor):
    claim = ClaimFactory(deadline_text="by the end of 2024", stated_on=D(2024, 1, 16))
    [typed] = claim.revisions.all()
    version = claim.version

    correction = deadline_revision_correct(
        revision=typed,
        text="by the end of 2027",
        reason="typed 2024 for 2027 (the source says 2027)",
        expected_version=version,
        actor=editor,
    )

    claim.refresh_from_db()
    assert claim.original_deadline_end == D(2027, 12, 31)  # the first statement, as corrected
    assert claim.status == Status.PENDING
    assert claim.version == version + 1
    assert DeadlineRevision.objects.get(pk=typed.pk).text == "by the end of 2024"  # kept
    assert correction.corrects == typed and correction.recorded_by == editor
    event = claim.status_events.get(kind=StatusEvent.Kind.CORRECTED)
    assert "typed 2024 for 2027" in event.rationale
    kinds = [entry["kind"] for entry in claim_timeline(claim=claim)]
    assert kinds.count("revision") == 1 and kinds.count("correction") == 1


def test_a_correction_needs_its_reason_and_correcting_a_correction_corrects_the_statement(now):
    claim = ClaimFactory(deadline_text="by the end of 2024")
    [statement] = claim.revisions.all()
    with pytest.raises(ValidationError) as error:
        deadline_revision_correct(revision=statement, text="in 2027", reason="  ")
    assert "reason" in error.value.message_dict

    first = deadline_revision_correct(revision=statement, text="in 2027", reason="typo")
    second = deadline_revision_correct(revision=first, text="in 2028", reason="typo again")

    assert second.corrects == statement
    claim.refresh_from_db()
    assert claim.original_deadline_end == D(2028, 12, 31)


def test_a_restatement_does_not_change_the_first_deadline(now):
    claim = ClaimFactory(deadline_text="by the end of 2025")
    deadline_revision_create(
        claim=claim, text="by the end of 2027", stated_on=D(2026, 6, 1), source=SourceFactory()
    )
    claim.refresh_from_db()
    assert (claim.original_deadline_end, claim.deadline_end) == (D(2025, 12, 31), D(2027, 12, 31))


# --- Versions ------------------------------------------------------------------------------


def test_a_write_based_on_an_old_version_names_what_changed_and_writes_nothing(now, editor):
    claim = ClaimFactory()
    opened = claim.version
    claim_record_outcome(claim=claim, outcome=Outcome.FULFILLED, on=D(2025, 6, 1), actor=editor)

    with pytest.raises(StaleVersion) as stale:
        claim_update(claim=claim, data={"statement": "overwrite"}, expected_version=opened)

    assert stale.value.current == opened + 1
    assert "outcome" in stale.value.changed
    claim.refresh_from_db()
    assert (claim.outcome, claim.statement != "overwrite") == (Outcome.FULFILLED, True)


def test_the_sweep_does_not_move_the_version(now):
    claim = ClaimFactory(deadline_text="by the end of 2025")
    version = claim.version
    Claim.objects.filter(pk=claim.pk).update(status=Status.PENDING)
    claims_sweep_statuses()
    claim.refresh_from_db()
    assert (claim.status, claim.version) == (Status.MISSED, version)


# --- Dates that respect time ---------------------------------------------------------------


def test_a_claim_stated_in_the_future_is_refused(now):
    with pytest.raises(ValidationError) as error:
        ClaimFactory(stated_on=D(2099, 1, 1), deadline_text="")
    assert "in the future" in error.value.message_dict["stated_on"][0]
    assert not Claim.objects.exists()


def test_a_revision_stated_before_its_claim_is_refused(now):
    claim = ClaimFactory(stated_on=D(2024, 1, 16))
    with pytest.raises(ValidationError) as error:
        deadline_revision_create(
            claim=claim, text="in 2027", stated_on=D(2023, 1, 1), source=SourceFactory()
        )
    assert "before the promise was made" in error.value.message_dict["stated_on"][0]


def test_a_restatement_to_a_deadline_already_ended_is_refused(now):
    claim = ClaimFactory()
    with pytest.raises(ValidationError) as error:
        deadline_revision_create(
            claim=claim, text="in 1999", stated_on=D(2026, 1, 5), source=SourceFactory()
        )
    assert "before it was stated" in error.value.message_dict["text"][0]
    assert claim.revisions.count() == 1


def test_an_old_promise_is_recorded_only_as_reported_after_the_fact_with_its_own_date(now):
    organisation, article = OrganisationFactory(), SourceFactory(published_on=D(2024, 1, 16))
    common = {
        "promiser": organisation,
        "subject": "Bleu",
        "statement": "Engage customers",
        "category": "programme",
        "source": article,
        "deadline_text": "by the end of 2022",
    }
    with pytest.raises(ValidationError) as error:
        claim_create(**common, stated_on=D(2024, 1, 16))
    assert "reported after the fact" in error.value.message_dict["deadline_text"][0]

    claim = claim_create(
        **common,
        stated_on=D(2022, 6, 22),
        stated_on_precision="day",
        reported_after_the_fact=True,
    )
    assert (claim.stated_on, claim.reported_after_the_fact) == (D(2022, 6, 22), True)
    assert claim.original_deadline_end == D(2022, 12, 31)


def test_evidence_observed_in_the_future_is_refused(now):
    claim = ClaimFactory()
    with pytest.raises(ValidationError) as error:
        evidence_add(claim=claim, source=SourceFactory(), observed_on=D(2027, 1, 1), kind="delay")
    assert "in the future" in error.value.message_dict["observed_on"][0]
    assert not Evidence.objects.exists()


def test_a_sweep_as_of_a_future_day_is_refused_unless_it_is_a_dry_run(now):
    ClaimFactory(deadline_text="by the end of 2026")
    out = io.StringIO()
    with pytest.raises(CommandError) as error:
        call_command("sweep_deadlines", "--as-of", "2031-02-01", stdout=out)
    assert "--dry-run" in str(error.value)
    assert not StatusEvent.objects.filter(as_of__gt=TODAY).exists()

    call_command("sweep_deadlines", "--as-of", "2031-02-01", "--dry-run", stdout=out)
    assert "Would move 1 claim(s): 1 to missed." in out.getvalue()
    assert not StatusEvent.objects.filter(as_of__gt=TODAY).exists()

    with pytest.raises(FutureDateError):
        claims_sweep_statuses(now=dt.datetime(2031, 2, 1, tzinfo=dt.UTC))


# --- Evidence and text ---------------------------------------------------------------------


def test_evidence_is_always_added_as_a_candidate(now, editor):
    evidence = evidence_add(
        claim=ClaimFactory(), source=SourceFactory(), observed_on=D(2026, 1, 1), kind="fulfilment"
    )
    assert (evidence.state, evidence.reviewed_at) == (Evidence.State.CANDIDATE, None)


def test_the_schema_refuses_evidence_decided_without_a_review(now):
    claim = ClaimFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        Evidence.objects.create(
            claim=claim,
            source=SourceFactory(),
            observed_on=D(2026, 1, 1),
            kind="fulfilment",
            state=Evidence.State.CONFIRMED,
        )


def test_the_schema_refuses_a_status_outside_its_set(now):
    claim = ClaimFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        Claim.objects.filter(pk=claim.pk).update(status="bogus")
    with pytest.raises(IntegrityError), transaction.atomic():
        StatusEvent.objects.create(claim=claim, as_of=TODAY, new_status="bogus")


@pytest.mark.parametrize(
    ("text", "multiline", "refused"),
    [
        ("One line", False, False),
        ("Two\nlines", False, True),
        ("Carriage\rreturn", False, True),
        ("Bell \x07 here", False, True),
        ("Direction \u202e override", False, True),
        ("Two\nlines\tand a tab", True, False),
        ("Bell \x07 here", True, True),
    ],
)
def test_one_text_rule_for_every_field(text, multiline, refused):
    from claims.validators import multiline as long_text
    from claims.validators import single_line

    validator = long_text if multiline else single_line
    if refused:
        with pytest.raises(ValidationError):
            validator(text)
    else:
        validator(text)


def test_a_control_character_in_a_quote_is_refused_by_the_model(now):
    with pytest.raises(ValidationError) as error:
        ClaimFactory(quote="we will \x1b[31mdeliver")
    assert "control character U+001B" in error.value.message_dict["quote"][0]


def test_an_evidence_review_is_final_even_in_python(now, editor):
    from claims.services import evidence_review

    evidence = EvidenceFactory(claim=ClaimFactory())
    evidence_review(evidence=evidence, state=Evidence.State.REJECTED, actor=editor)
    with pytest.raises(ValidationError):
        evidence_review(evidence=evidence, state=Evidence.State.CONFIRMED, actor=editor)
