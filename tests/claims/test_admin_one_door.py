"""The admin writes only through the services: nobody edits or deletes a recorded statement,
superusers included; a change based on an old page is refused, saying what changed; new
claims and corrections go through the same functions as the API.

The clock is 2026-11-28 (the `now` fixture).
"""

from __future__ import annotations

import datetime as dt

import pytest
from django.urls import reverse

from claims.models import Claim, DeadlineRevision, Organisation, StatusEvent
from claims.services import claim_record_outcome, claim_update
from tests.claims.test_admin import change_url, form_data, restatement_row, snapshot
from tests.factories import ClaimFactory, OrganisationFactory, SourceFactory, UserFactory

pytestmark = pytest.mark.django_db

D = dt.date


@pytest.fixture
def superuser_client(client, db):
    client.force_login(UserFactory(username="root", is_superuser=True, is_staff=True))
    return client


@pytest.fixture
def claim(now) -> Claim:
    return ClaimFactory(
        statement="Bleu opens to customers",
        deadline_text="by the end of 2025",
        stated_on=D(2024, 1, 16),
    )


def test_a_superuser_can_neither_change_nor_delete_a_recorded_statement(superuser_client, claim):
    revision = claim.revisions.get()
    change = reverse("admin:claims_deadlinerevision_change", args=[revision.pk])
    delete = reverse("admin:claims_deadlinerevision_delete", args=[revision.pk])

    page = superuser_client.get(change)
    assert page.status_code == 200  # readable
    assert page.context["has_change_permission"] is False
    assert superuser_client.post(change, {"text": "by the end of 2030"}).status_code == 403
    assert superuser_client.post(delete, {"post": "yes"}).status_code == 403
    assert DeadlineRevision.objects.get(pk=revision.pk).text == "by the end of 2025"


def test_a_superuser_cannot_delete_a_claim(superuser_client, claim):
    delete = reverse("admin:claims_claim_delete", args=[claim.pk])
    assert superuser_client.post(delete, {"post": "yes"}).status_code == 403
    assert Claim.objects.filter(pk=claim.pk).exists()


def test_a_change_based_on_an_old_page_is_refused_naming_what_changed(editor_client, editor, claim):
    # Editor A opens the page; editor B records the fulfilment meanwhile.
    opened = form_data(editor_client, change_url(claim), statement="Bleu opens to everyone")
    claim_record_outcome(claim=claim, outcome="fulfilled", on=D(2026, 1, 15), actor=editor)
    before = snapshot(claim)

    response = editor_client.post(change_url(claim), opened)

    assert response.status_code == 200
    errors = response.context["adminform"].form.non_field_errors()
    assert "Someone else changed this claim since you opened it" in errors[0]
    assert "outcome, outcome date changed" in errors[0]
    assert snapshot(claim) == before  # the fulfilment B recorded is kept


def test_a_change_based_on_the_current_page_is_saved_and_moves_the_version(
    editor_client, editor, claim
):
    version = Claim.objects.get(pk=claim.pk).version
    data = form_data(editor_client, change_url(claim), statement="Bleu opens to everyone")

    response = editor_client.post(change_url(claim), data)

    assert response.status_code == 302
    claim.refresh_from_db()
    assert (claim.statement, claim.version) == ("Bleu opens to everyone", version + 1)
    assert claim.history.latest().history_user == editor


def test_the_add_form_records_a_claim_through_the_service(editor_client, editor, now):
    promiser, source = OrganisationFactory(), SourceFactory(published_on=D(2026, 11, 1))
    data = form_data(
        editor_client,
        reverse("admin:claims_claim_add"),
        subject="Bleu",
        promiser=promiser.pk,
        statement="Open a second region",
        category="launch",
        source=source.pk,
        stated_on="2026-11-01",
        deadline_text="by the end of 2027",
    )

    assert editor_client.post(reverse("admin:claims_claim_add"), data).status_code == 302

    claim = Claim.objects.get()
    assert claim.revisions.get().recorded_by == editor
    event = claim.status_events.get(kind=StatusEvent.Kind.STATUS)
    assert (event.actor, event.job, event.new_status) == (editor, "admin", "pending")


def test_the_add_form_refuses_an_old_deadline_unless_reported_after_the_fact(editor_client, now):
    promiser, article = OrganisationFactory(), SourceFactory(published_on=D(2024, 1, 16))
    page = reverse("admin:claims_claim_add")
    data = form_data(
        editor_client,
        page,
        subject="Bleu",
        promiser=promiser.pk,
        statement="Engage customers",
        category="programme",
        source=article.pk,
        stated_on="2024-01-16",
        deadline_text="by the end of 2022",
    )

    refused = editor_client.post(page, data)
    assert refused.status_code == 200
    assert "reported after the fact" in str(refused.context["adminform"].form.errors)
    assert not Claim.objects.exists()

    accepted = editor_client.post(
        page, {**data, "stated_on": "2022-06-22", "reported_after_the_fact": "on"}
    )
    assert accepted.status_code == 302
    assert Claim.objects.get().reported_after_the_fact is True


def test_a_wrong_statement_is_corrected_from_the_claim_page_with_its_reason(
    editor_client, editor, claim
):
    typed = claim.revisions.get()
    data = restatement_row(
        editor_client, claim, text="by the end of 2027", stated_on="", source=claim.source
    )
    data.update(
        {
            "revisions-1-kind": "correction",
            "revisions-1-corrects": typed.pk,
            "revisions-1-reason": "the article says 2027",
            "revisions-1-source": "",
        }
    )

    response = editor_client.post(change_url(claim), data)

    assert response.status_code == 302
    correction = claim.revisions.get(corrects=typed)
    assert (correction.text, correction.reason, correction.recorded_by) == (
        "by the end of 2027",
        "the article says 2027",
        editor,
    )
    claim.refresh_from_db()
    assert claim.original_deadline_end == D(2027, 12, 31)
    assert claim.status_events.filter(kind=StatusEvent.Kind.CORRECTED, actor=editor).exists()


def test_a_correction_without_its_reason_is_refused_on_the_form(editor_client, claim):
    typed = claim.revisions.get()
    data = restatement_row(editor_client, claim, text="in 2027", stated_on="", source=claim.source)
    data.update({"revisions-1-kind": "correction", "revisions-1-corrects": typed.pk})
    before = snapshot(claim)

    response = editor_client.post(change_url(claim), data)

    assert response.status_code == 200
    assert "Say what was recorded wrongly." in response.content.decode()
    assert snapshot(claim) == before


def test_a_restatement_stated_before_the_promise_is_refused_on_the_form(editor_client, claim):
    data = restatement_row(
        editor_client, claim, text="in 2027", stated_on="2023-06-01", source=SourceFactory()
    )
    before = snapshot(claim)

    response = editor_client.post(change_url(claim), data)

    assert response.status_code == 200
    assert "before the promise was made" in response.content.decode()
    assert snapshot(claim) == before


def test_an_evidence_row_added_on_the_claim_page_starts_as_a_candidate(
    editor_client, editor, claim
):
    data = form_data(editor_client, change_url(claim))
    data.update(
        {
            "evidence-TOTAL_FORMS": 1,
            "evidence-0-observed_on": "2026-10-01",
            "evidence-0-kind": "fulfilment",
            "evidence-0-source": SourceFactory().pk,
            "evidence-0-summary": "Launched, says the vendor",
            "evidence-0-state": "confirmed",  # not a field: ignored
        }
    )

    assert editor_client.post(change_url(claim), data).status_code == 302

    evidence = claim.evidence.get()
    assert (evidence.state, evidence.reviewed_at) == ("candidate", None)
    claim.refresh_from_db()
    assert claim.outcome == ""  # nothing settled without a review
    assert claim.status_events.filter(kind=StatusEvent.Kind.EVIDENCE, actor=editor).exists()


def test_claim_update_refuses_to_change_the_promise_itself(claim):
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError) as error:
        claim_update(claim=claim, data={"stated_on": D(2020, 1, 1)})
    assert "stated_on" in error.value.message_dict


def test_adding_an_organisation_gives_the_drafts_waiting_for_it_their_promiser(editor_client, now):
    from claims.models import ClaimDraft

    article = SourceFactory()
    waiting = [
        ClaimDraft.objects.create(
            source=article,
            quote="Nordvik Cloud will open Oslo by 2027.",
            statement="Open Oslo",
            promiser_name=name,
            stated_on=D(2026, 11, 1),
        )
        for name in ("Nordvik Cloud", "NORDVIK CLOUD", "Someone Else")
    ]
    page = reverse("admin:claims_organisation_add")
    data = form_data(editor_client, page, name="Nordvik Cloud", slug="nordvik-cloud")

    assert editor_client.post(page, data).status_code == 302

    nordvik = Organisation.objects.get(slug="nordvik-cloud")
    promisers = [ClaimDraft.objects.get(pk=draft.pk).promiser for draft in waiting]
    assert promisers == [nordvik, nordvik, None]
