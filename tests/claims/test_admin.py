"""The editors' admin: lists, filters, forms and actions over claims.services.

The clock is frozen at 2026-11-28 (the `now` fixture). Deadlines use only "in YYYY" and
"by (the end of) YYYY", which every version of the parser reads, so every window is a year.
"""

from __future__ import annotations

import datetime as dt

import pytest
from django import forms
from django.contrib.messages import get_messages
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils.html import escape

from claims.models import (
    Category,
    Claim,
    DeadlineRevision,
    Source,
    Status,
    StatusEvent,
)
from claims.selectors import claims_with_metrics
from claims.services import (
    claim_record_outcome,
    claim_update,
    claims_sweep_statuses,
    deadline_revision_create,
)
from language.deadlines import (
    DeadlineParseError,
    DeadlineWindow,
    Precision,
    Qualifier,
    parse_deadline,
)
from tests.factories import (
    ClaimFactory,
    EvidenceFactory,
    OrganisationFactory,
    SourceFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db

CHANGELIST = reverse("admin:claims_claim_changelist")
ADD = reverse("admin:claims_claim_add")
PREVIEW = reverse("admin:claims_claim_parse_deadline")
RED = "color:#b22222"
GREEN = "color:#2e8b57"


def change_url(claim: Claim) -> str:
    return reverse("admin:claims_claim_change", args=[claim.pk])


def listed(response) -> set[int]:
    """The claims a changelist response shows."""
    assert response.status_code == 200
    return {claim.pk for claim in response.context["cl"].result_list}


def form_data(client, page: str, **changes) -> dict:
    """What the browser would post back from the admin form at `page`, with `changes` applied."""
    response = client.get(page)
    assert response.status_code == 200
    data: dict = {}
    form = response.context["adminform"].form
    for name, field in form.fields.items():
        value = form[name].value()
        if isinstance(field, forms.ModelMultipleChoiceField):
            value = [str(item) for item in value or []]
        elif value is None:
            value = ""
        elif isinstance(value, list | tuple):
            value = [str(item) for item in value]
        elif isinstance(value, dt.date):
            value = value.isoformat()
        data[name] = value
    for inline in response.context["inline_admin_formsets"]:
        management = inline.formset.management_form
        for name in management.fields:
            data[management[name].html_name] = management[name].value()
    data.update(changes)
    return data


def restatement_row(client, claim: Claim, *, text: str, stated_on: str, source: Source) -> dict:
    """The claim's change form with one new row in the deadline statements inline."""
    data = form_data(client, change_url(claim))
    index = claim.revisions.count()
    data.update(
        {
            "revisions-TOTAL_FORMS": index + 1,
            f"revisions-{index}-text": text,
            f"revisions-{index}-stated_on": stated_on,
            f"revisions-{index}-source": source.pk,
        }
    )
    return data


def parser_message(text: str) -> str:
    """The parser's own explanation (its wording is the parser's business, not the admin's)."""
    with pytest.raises(DeadlineParseError) as error:
        parse_deadline(text, stated_on=dt.date(2026, 11, 1))
    return str(error.value)


def status_changes(claim: Claim):
    """The claim's status-change events (the timeline also marks restatements and the like)."""
    return claim.status_events.filter(kind=StatusEvent.Kind.STATUS)


def snapshot(claim: Claim) -> tuple:
    """Everything an admin request could change about a claim, for "nothing changed" checks."""
    claim = Claim.objects.get(pk=claim.pk)
    return (
        claim.statement,
        claim.status,
        claim.outcome,
        claim.outcome_on,
        claim.reason,
        claim.deadline_start,
        claim.deadline_end,
        claim.history.count(),
        claim.revisions.count(),
        claim.status_events.count(),
    )


@pytest.fixture
def superuser(db):
    return UserFactory(username="root", is_superuser=True)


@pytest.fixture
def bleu(now) -> Claim:
    """A cloud launch promised "by the end of 2025" in January 2024: missed by now."""
    return ClaimFactory(
        subject="Bleu",
        promiser=OrganisationFactory(name="Capgemini Orange"),
        statement="Bleu opens to customers",
        deadline_text="by the end of 2025",
        stated_on=dt.date(2024, 1, 16),
    )


# The claim list -----------------------------------------------------------------------------


def test_the_claim_list_shows_who_promised_what_how_late_and_that_the_first_deadline_was_missed(
    editor_client, bleu, editor
):
    deadline_revision_create(
        claim=bleu,
        text="by the end of 2027",
        stated_on=dt.date(2026, 6, 1),
        source=SourceFactory(),
        actor=editor,
    )

    response = editor_client.get(CHANGELIST)

    html = response.content.decode()
    assert response.status_code == 200
    assert "Capgemini Orange" in html
    assert "Bleu" in html
    assert "launch / go-live" in html
    assert '<span style="color:#4a6fa5;font-weight:bold">pending</span>' in html
    assert '<td class="field-original_deadline">by 2025-12-31</td>' in html
    assert '<td class="field-current_deadline">by 2027-12-31</td>' in html
    # 2025-12-31 → 2027-12-31: two years of 365 days, shown in red because it is a delay.
    assert f'<span style="{RED};font-weight:bold">+730</span>' in html
    # Restated after missing its first deadline: pending again, but the miss stays, and the
    # days late keep counting from 2025-12-31 to today (2026-11-28).
    assert '<span style="color:#b22222;font-weight:bold">missed</span>' in html
    assert '<span style="color:#b22222;font-weight:bold">332</span>' in html


def test_the_claim_list_shows_a_deadline_brought_forward_in_blue_not_as_a_delay(
    editor_client, bleu
):
    deadline_revision_create(
        claim=bleu, text="by the end of 2024", stated_on=dt.date(2024, 6, 1), source=SourceFactory()
    )

    html = editor_client.get(CHANGELIST).content.decode()

    assert '<span style="color:#4a6fa5;font-weight:bold">-365</span>' in html


def test_the_claim_list_shows_a_year_window_and_no_slippage_for_a_claim_never_restated(
    editor_client, now
):
    ClaimFactory(deadline_text="in 2027", stated_on=dt.date(2026, 1, 5))

    html = editor_client.get(CHANGELIST).content.decode()

    assert '<td class="field-current_deadline">2027-01-01 to 2027-12-31</td>' in html
    assert '<td class="field-slippage">0</td>' in html
    # Its first deadline has not passed: no verdict, no lateness yet.
    assert '<td class="field-first_deadline_verdict">—</td>' in html
    assert '<td class="field-days_late_display">—</td>' in html


@pytest.mark.parametrize("count", [1, 200])
def test_the_claim_list_costs_the_same_number_of_queries_for_1_or_200_claims(
    editor_client, django_assert_max_num_queries, now, count
):
    promisers = [OrganisationFactory() for _ in range(3)]
    source = SourceFactory()
    claims = Claim.objects.bulk_create(
        Claim(
            subject=f"Programme {n}",
            promiser=promisers[n % 3],
            statement=f"Ship part {n}",
            category=Category.LAUNCH,
            source=source,
            stated_on=dt.date(2024, 1, 16),
            original_deadline_end=dt.date(2025, 12, 31),
            deadline_end=dt.date(2025 + n % 3, 12, 31),
        )
        for n in range(count)
    )
    DeadlineRevision.objects.bulk_create(
        DeadlineRevision(
            claim=claim,
            source=source,
            stated_on=dt.date(2024, 1, 16),
            text="by the end of 2025",
            end=dt.date(2025, 12, 31),
            precision=Precision.YEAR,
            qualifier=Qualifier.BY,
        )
        for claim in claims
    )
    claims_sweep_statuses()

    # Session, user, permissions, counts, one page of claims, the promiser filter: no per-row query.
    with django_assert_max_num_queries(10):
        response = editor_client.get(CHANGELIST)

    assert response.status_code == 200
    assert response.context["cl"].result_count == count


# Filters and search -------------------------------------------------------------------------


@pytest.fixture
def ledger(now) -> dict[str, Claim]:
    """Claims that the filters tell apart, as of 2026-11-28."""
    acme, globex = OrganisationFactory(name="Acme"), OrganisationFactory(name="Globex")
    claims = {
        "missed": ClaimFactory(promiser=acme, subject="Rocket", deadline_text="by the end of 2025"),
        "this_year": ClaimFactory(
            promiser=acme, subject="Satellite", deadline_text="by the end of 2026"
        ),
        "next_year": ClaimFactory(
            promiser=globex,
            subject="Cloud",
            statement="Sovereign cloud GA",
            deadline_text="in 2027",
            category=Category.CERTIFICATION,
        ),
        "settled": ClaimFactory(
            promiser=globex, subject="Chip", deadline_text="by the end of 2026"
        ),
        "slipped": ClaimFactory(
            promiser=globex, subject="Reactor", deadline_text="by the end of 2025"
        ),
    }
    deadline_revision_create(
        claim=claims["slipped"],
        text="by the end of 2028",
        stated_on=dt.date(2026, 3, 1),
        source=SourceFactory(),
    )
    claim_record_outcome(claim=claims["settled"], outcome="fulfilled", on=dt.date(2026, 10, 1))
    return {name: Claim.objects.get(pk=claim.pk) for name, claim in claims.items()}


def ids(ledger: dict[str, Claim], *names: str) -> set[int]:
    return {ledger[name].pk for name in names}


def test_the_status_filter_lists_only_claims_in_that_status(editor_client, ledger):
    assert listed(editor_client.get(CHANGELIST, {"status__exact": "missed"})) == ids(
        ledger, "missed"
    )
    assert listed(editor_client.get(CHANGELIST, {"status__exact": "pending"})) == ids(
        ledger, "this_year", "next_year", "slipped"
    )


def test_the_organisation_filter_lists_only_that_promisers_claims(editor_client, ledger):
    acme = ledger["missed"].promiser

    response = editor_client.get(CHANGELIST, {"promiser__id__exact": acme.pk})

    assert listed(response) == ids(ledger, "missed", "this_year")


def test_the_category_filter_lists_only_claims_of_that_category(editor_client, ledger):
    response = editor_client.get(CHANGELIST, {"category__exact": Category.CERTIFICATION})

    assert listed(response) == ids(ledger, "next_year")


def test_due_within_90_days_lists_open_claims_ending_in_that_span(editor_client, ledger):
    # 2026-12-31 is 33 days away: inside 90 days, not 30; the fulfilled one is settled.
    assert listed(editor_client.get(CHANGELIST, {"due_within": "90"})) == ids(ledger, "this_year")
    assert listed(editor_client.get(CHANGELIST, {"due_within": "30"})) == set()


def test_due_within_30_days_lists_a_claim_once_its_deadline_is_near(
    editor_client, editor, ledger, now
):
    now.move_to(dt.datetime(2026, 12, 15, 12, tzinfo=dt.UTC))
    editor_client.force_login(editor)  # a fresh session, as of the new date

    assert listed(editor_client.get(CHANGELIST, {"due_within": "30"})) == ids(ledger, "this_year")


def test_past_deadline_lists_overdue_and_missed_claims_but_not_settled_ones(
    editor_client, editor, ledger, now
):
    now.move_to(dt.datetime(2027, 1, 3, 12, tzinfo=dt.UTC))
    editor_client.force_login(editor)
    claims_sweep_statuses()
    assert Claim.objects.get(pk=ledger["this_year"].pk).status == Status.OVERDUE

    response = editor_client.get(CHANGELIST, {"past_deadline": "yes"})

    assert listed(response) == ids(ledger, "missed", "this_year")


def test_the_slipped_filter_tells_restated_later_claims_from_the_others(editor_client, ledger):
    assert listed(editor_client.get(CHANGELIST, {"slipped": "yes"})) == ids(ledger, "slipped")
    assert listed(editor_client.get(CHANGELIST, {"slipped": "no"})) == ids(
        ledger, "missed", "this_year", "next_year", "settled"
    )


@pytest.mark.parametrize(
    ("query", "expected"),
    [("Satellite", {"this_year"}), ("sovereign", {"next_year"}), ("acme", {"missed", "this_year"})],
    ids=["subject", "statement", "promiser name"],
)
def test_search_finds_claims_by_subject_statement_or_promiser_name(
    editor_client, ledger, query, expected
):
    assert listed(editor_client.get(CHANGELIST, {"q": query})) == ids(ledger, *expected)


# Recording a claim --------------------------------------------------------------------------


@pytest.fixture
def new_claim(editor_client, now) -> dict:
    """The add form, filled in as an editor would, with a deadline typed as words."""
    return form_data(
        editor_client,
        ADD,
        subject="Bleu",
        promiser=OrganisationFactory(name="Capgemini Orange").pk,
        statement="Bleu opens to customers",
        category=Category.LAUNCH,
        source=SourceFactory().pk,
        stated_on="2026-11-01",
        deadline_text="by the end of 2027",
    )


def test_adding_a_claim_records_its_first_revision_status_event_and_history(
    editor_client, editor, new_claim
):
    response = editor_client.post(ADD, new_claim)

    assert response.status_code == 302
    claim = Claim.objects.get()
    revision = claim.revisions.get()
    assert (revision.text, revision.start, revision.end) == (
        "by the end of 2027",
        None,
        dt.date(2027, 12, 31),
    )
    assert (revision.qualifier, revision.precision) == (Qualifier.BY, Precision.YEAR)
    assert claim.current_revision == revision
    assert claim.status == Status.PENDING
    event = status_changes(claim).get()
    assert (event.old_status, event.new_status) == ("", Status.PENDING)
    assert (event.actor, event.job, event.revision) == (editor, "admin", revision)
    assert claim.history.earliest().history_user == editor


def test_adding_a_claim_without_a_deadline_records_it_as_undated(editor_client, new_claim):
    editor_client.post(ADD, {**new_claim, "deadline_text": ""})

    claim = Claim.objects.get()
    assert claim.revisions.count() == 0
    assert claim.status == Status.UNDATED


@pytest.mark.parametrize("text", ["soon-ish", "whenever"])
def test_a_deadline_that_is_no_deadline_is_refused_and_nothing_is_stored(
    editor_client, new_claim, text
):
    response = editor_client.post(ADD, {**new_claim, "deadline_text": text})

    assert response.status_code == 200
    message = parser_message(text)
    assert response.context["adminform"].form.errors["deadline_text"] == [message]
    assert escape(message) in response.content.decode()
    assert not Claim.objects.exists()
    assert not DeadlineRevision.objects.exists()
    assert not StatusEvent.objects.exists()


def test_an_unknown_time_zone_is_refused_and_nothing_is_stored(editor_client, new_claim):
    response = editor_client.post(ADD, {**new_claim, "timezone": "Mars/Olympus"})

    assert response.status_code == 200
    assert "is not a known time zone" in response.context["adminform"].form.errors["timezone"][0]
    assert not Claim.objects.exists()


# Deadline windows ---------------------------------------------------------------------------


def inverted_revision(claim: Claim) -> DeadlineRevision:
    return DeadlineRevision(
        claim=claim,
        source=claim.source,
        stated_on=dt.date(2025, 12, 1),
        text="by the end of 2026",
        start=dt.date(2026, 12, 31),
        end=dt.date(2026, 1, 1),
        precision=Precision.YEAR,
        qualifier=Qualifier.IN,
    )


def test_a_revision_whose_window_ends_before_it_starts_fails_validation(bleu):
    with pytest.raises(ValidationError) as error:
        inverted_revision(bleu).full_clean()

    assert error.value.messages == ["The deadline window ends before it starts."]


def test_the_database_refuses_a_revision_whose_window_ends_before_it_starts(bleu):
    with pytest.raises(IntegrityError), transaction.atomic():
        inverted_revision(bleu).save()

    assert bleu.revisions.count() == 1


def test_the_restatement_inline_refuses_an_inverted_window_from_the_parser(
    editor_client, bleu, monkeypatch
):
    # The parser never produces one today; the form must still hold the line if it ever does.
    data = restatement_row(
        editor_client, bleu, text="in 2026", stated_on="2026-01-05", source=bleu.source
    )
    before = snapshot(bleu)
    monkeypatch.setattr(
        "claims.services.ledger.parse_deadline",
        lambda text, *, stated_on, stated_precision="day": DeadlineWindow(
            text, dt.date(2026, 12, 31), dt.date(2026, 1, 1), Precision.YEAR, Qualifier.IN, "en"
        ),
    )

    response = editor_client.post(change_url(bleu), data)

    assert response.status_code == 200
    assert "The deadline window ends before it starts." in response.content.decode()
    assert snapshot(bleu) == before


# Restating a deadline -----------------------------------------------------------------------


def test_restating_through_the_inline_adds_a_revision_and_records_the_slippage(
    editor_client, editor, bleu
):
    first = bleu.revisions.get()
    source = SourceFactory(title="Bleu delayed")
    data = restatement_row(
        editor_client, bleu, text="by the end of 2027", stated_on="2026-06-01", source=source
    )

    response = editor_client.post(change_url(bleu), data)

    assert response.status_code == 302
    claim = Claim.objects.get(pk=bleu.pk)
    latest = claim.revisions.latest("id")
    assert claim.revisions.count() == 2
    assert DeadlineRevision.objects.get(pk=first.pk).end == dt.date(2025, 12, 31)
    assert (latest.text, latest.end, latest.source) == (
        "by the end of 2027",
        dt.date(2027, 12, 31),
        source,
    )
    assert (claim.deadline_end, claim.original_deadline_end) == (
        dt.date(2027, 12, 31),
        dt.date(2025, 12, 31),
    )
    assert claim.current_revision == latest
    with_metrics = claims_with_metrics().get(pk=claim.pk)
    assert (with_metrics.slipped, with_metrics.slippage_days) == (True, 730)
    event = status_changes(claim).latest("id")
    assert (event.old_status, event.new_status) == (Status.MISSED, Status.PENDING)
    assert (event.actor, event.job, event.revision) == (editor, "admin", latest)


def test_restating_without_a_status_change_records_no_status_event(editor_client, now):
    claim = ClaimFactory(deadline_text="by the end of 2027", stated_on=dt.date(2026, 1, 5))
    data = restatement_row(
        editor_client, claim, text="by the end of 2028", stated_on="2026-06-01", source=claim.source
    )

    editor_client.post(change_url(claim), data)

    claim.refresh_from_db()
    assert claim.deadline_end == dt.date(2028, 12, 31)
    assert claim.status == Status.PENDING
    assert status_changes(claim).count() == 1  # the one from when it was recorded


def test_a_restatement_that_is_no_deadline_is_refused_and_nothing_changes(editor_client, bleu):
    data = restatement_row(
        editor_client, bleu, text="whenever", stated_on="2026-06-01", source=bleu.source
    )
    before = snapshot(bleu)

    response = editor_client.post(change_url(bleu), data)

    assert response.status_code == 200
    assert escape(parser_message("whenever")) in response.content.decode()
    assert snapshot(bleu) == before


# Outcomes -----------------------------------------------------------------------------------


def test_an_editor_changes_a_claims_statement_and_history_names_them(editor_client, editor, bleu):
    data = form_data(editor_client, change_url(bleu), statement="Bleu opens to all customers")

    response = editor_client.post(change_url(bleu), data)

    assert response.status_code == 302
    bleu.refresh_from_db()
    assert bleu.statement == "Bleu opens to all customers"
    assert bleu.history.latest().history_user == editor
    assert bleu.status == Status.MISSED


def outcome_page(claim: Claim, page: str) -> str:
    return reverse("admin:claims_claim_outcome", args=[claim.pk, page])


def test_the_outcome_is_not_a_field_of_the_claim_form(editor_client, bleu):
    form = editor_client.get(change_url(bleu)).context["adminform"].form
    assert not {"outcome", "outcome_on", "reason", "state"} & set(form.fields)


def test_recording_fulfilment_on_its_page_settles_the_claim_through_the_service(
    editor_client, editor, bleu
):
    response = editor_client.post(
        outcome_page(bleu, "fulfilled"), {"on": "2026-02-01", "version": bleu.version}
    )

    assert response.status_code == 302
    bleu.refresh_from_db()
    assert (bleu.outcome, bleu.outcome_on) == ("fulfilled", dt.date(2026, 2, 1))
    assert bleu.status == Status.FULFILLED_LATE
    event = status_changes(bleu).latest("id")
    assert (event.old_status, event.new_status, event.actor, event.job) == (
        Status.MISSED,
        Status.FULFILLED_LATE,
        editor,
        "admin",
    )
    assert event.rationale == "outcome recorded: fulfilled"


def test_a_fulfilment_date_in_the_future_is_refused_on_its_page(editor_client, bleu):
    before = snapshot(bleu)

    response = editor_client.post(
        outcome_page(bleu, "fulfilled"), {"on": "2026-12-01", "version": bleu.version}
    )

    assert response.status_code == 200
    assert response.context["form"].errors["on"] == [
        "2026-12-01 is in the future; record the outcome once it has happened."
    ]
    assert snapshot(bleu) == before


def test_an_outcome_page_opened_before_another_editors_change_is_refused(
    editor_client, editor, bleu
):
    opened_at = bleu.version
    claim_update(claim=bleu, data={"statement": "Bleu opens to all"}, actor=editor)
    before = snapshot(bleu)

    response = editor_client.post(
        outcome_page(bleu, "withdrawn"), {"on": "2026-02-01", "version": opened_at}
    )

    assert response.status_code == 200
    assert "Someone else changed this claim" in response.content.decode()
    assert "statement changed" in response.content.decode()
    assert snapshot(bleu) == before


def action(name: str, *claims: Claim, **fields) -> dict:
    return {"action": name, "_selected_action": [c.pk for c in claims], **fields}


def test_record_fulfilment_asks_for_the_date_on_an_intermediate_page(editor_client, bleu):
    before = snapshot(bleu)

    response = editor_client.post(CHANGELIST, action("record_fulfilment", bleu))

    assert response.status_code == 200
    assert response.templates[0].name == "admin/claims/claim/record_outcome.html"
    assert list(response.context["claims"]) == [bleu]
    assert "reason" not in response.context["form"].fields
    assert snapshot(bleu) == before


def test_record_fulfilment_settles_each_claim_on_time_or_late(editor_client, editor, bleu, now):
    early = ClaimFactory(deadline_text="by the end of 2026", stated_on=dt.date(2026, 1, 5))

    response = editor_client.post(
        CHANGELIST, action("record_fulfilment", bleu, early, apply="1", on="2026-11-01")
    )

    assert response.status_code == 302
    assert Claim.objects.get(pk=bleu.pk).status == Status.FULFILLED_LATE
    assert Claim.objects.get(pk=early.pk).status == Status.FULFILLED_ON_TIME
    event = status_changes(early).latest("id")
    assert (event.old_status, event.new_status, event.actor, event.job) == (
        Status.PENDING,
        Status.FULFILLED_ON_TIME,
        editor,
        "admin",
    )
    messages = [str(m) for m in get_messages(response.wsgi_request)]
    assert messages == ["Record fulfilment: recorded for 2 claim(s)."]


def test_record_fulfilment_refuses_a_date_in_the_future_and_changes_nothing(editor_client, bleu):
    before = snapshot(bleu)

    response = editor_client.post(
        CHANGELIST, action("record_fulfilment", bleu, apply="1", on="2026-12-01")
    )

    assert response.status_code == 200
    assert response.context["form"].errors["on"] == [
        "2026-12-01 is in the future; record the outcome once it has happened."
    ]
    assert "2026-12-01 is in the future" in response.content.decode()
    assert snapshot(bleu) == before


def test_record_withdrawal_stores_the_reason_and_a_status_event(editor_client, editor, bleu):
    response = editor_client.post(
        CHANGELIST,
        action(
            "record_withdrawal",
            bleu,
            apply="1",
            on="2026-10-01",
            reason="abandoned",
            rationale="The programme was cancelled.",
        ),
    )

    assert response.status_code == 302
    bleu.refresh_from_db()
    assert (bleu.status, bleu.outcome, bleu.reason) == (Status.WITHDRAWN, "withdrawn", "abandoned")
    event = status_changes(bleu).latest("id")
    assert (event.new_status, event.actor, event.job, event.rationale) == (
        Status.WITHDRAWN,
        editor,
        "admin",
        "The programme was cancelled.",
    )


def test_record_withdrawal_before_the_promise_was_made_is_refused_with_a_message(
    editor_client, bleu
):
    before = snapshot(bleu)

    response = editor_client.post(
        CHANGELIST, action("record_withdrawal", bleu, apply="1", on="2023-06-01")
    )

    assert response.status_code == 302
    messages = [str(m) for m in get_messages(response.wsgi_request)]
    assert messages == [
        f"Not recorded. {bleu}: 2023-06-01 is before the promise was made (2024-01-16): "
        "a promise cannot be settled before it was made."
    ]
    assert snapshot(bleu) == before


# Sources ------------------------------------------------------------------------------------


def test_a_duplicate_source_url_is_refused_with_a_clear_message(editor_client, now):
    SourceFactory(url="https://news.example.org/bleu")
    data = form_data(
        editor_client,
        reverse("admin:claims_source_add"),
        url="https://news.example.org/bleu",
        title="Bleu, again",
        published_on="2024-01-16",
    )

    response = editor_client.post(reverse("admin:claims_source_add"), data)

    assert response.status_code == 200
    assert response.context["adminform"].form.errors["url"] == [
        "A source with this URL is already recorded."
    ]
    assert Source.objects.count() == 1


# Evidence -----------------------------------------------------------------------------------


def test_confirming_evidence_with_its_button_reviews_it_through_the_service(
    editor_client, editor, bleu
):
    evidence = EvidenceFactory(claim=bleu, kind="fulfilment", observed_on=dt.date(2026, 3, 1))
    button = reverse("admin:claims_evidence_review", args=[evidence.pk, "confirmed"])

    response = editor_client.post(button)

    assert response.status_code == 302
    evidence.refresh_from_db()
    assert (evidence.state, evidence.reviewed_by) == ("confirmed", editor)
    assert evidence.reviewed_at is not None
    # The review applied it: the claim is settled, with its event.
    bleu.refresh_from_db()
    assert (bleu.outcome, bleu.outcome_on) == ("fulfilled", dt.date(2026, 3, 1))
    assert status_changes(bleu).latest("id").new_status == Status.FULFILLED_LATE


def test_the_evidence_page_has_no_state_field_and_saving_it_changes_nothing(editor_client, bleu):
    evidence = EvidenceFactory(claim=bleu)
    page = reverse("admin:claims_evidence_change", args=[evidence.pk])
    form = editor_client.get(page).context["adminform"].form
    assert "state" not in form.fields

    editor_client.post(page, {"state": "confirmed"})

    evidence.refresh_from_db()
    assert (evidence.state, evidence.reviewed_at) == ("candidate", None)


# The deadline preview -----------------------------------------------------------------------


def test_the_preview_returns_the_window_a_phrase_would_get(editor_client, now):
    response = editor_client.get(PREVIEW, {"text": "by the end of 2027", "stated_on": "2026-11-01"})

    assert response.status_code == 200
    assert response.json() == {
        "window": "by 2027-12-31",
        "start": None,
        "end": "2027-12-31",
        "precision": "year",
        "qualifier": "by",
        "language": "en",
    }


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"text": "whenever"}, parser_message("whenever")),
        ({"text": ""}, parser_message("")),
        ({"text": "in 2027", "stated_on": "2026-02-30"}, "The statement date is not a valid date."),
    ],
    ids=["no deadline", "empty", "impossible date"],
)
def test_the_preview_answers_400_with_the_reason(editor_client, now, params, message):
    response = editor_client.get(PREVIEW, params)

    assert response.status_code == 400
    assert response.json() == {"error": message}


def test_the_preview_needs_a_staff_login(client, now):
    anonymous = client.get(PREVIEW, {"text": "in 2027"})
    client.force_login(UserFactory(username="reader", is_staff=False))
    not_staff = client.get(PREVIEW, {"text": "in 2027"})

    for response in (anonymous, not_staff):
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("admin:login"))


def test_the_claim_form_tells_the_preview_script_where_to_ask(editor_client, bleu):
    for url in (ADD, change_url(bleu)):
        html = editor_client.get(url).content.decode()
        assert f'<meta name="claims-deadline-preview-url" content="{PREVIEW}">' in html
        assert "claims/deadline_preview.js" in html


# Permissions --------------------------------------------------------------------------------


def test_a_viewer_sees_the_claim_list_and_a_claim(client, viewer, bleu):
    client.force_login(viewer)

    assert listed(client.get(CHANGELIST)) == {bleu.pk}
    assert client.get(change_url(bleu)).status_code == 200


def test_a_viewer_cannot_add_a_claim(client, viewer, new_claim):
    client.force_login(viewer)

    response = client.post(ADD, new_claim)

    assert response.status_code == 403
    assert not Claim.objects.exists()


def test_a_viewer_cannot_change_a_claim(client, editor_client, viewer, bleu):
    data = form_data(editor_client, change_url(bleu), statement="Changed by a viewer")
    before = snapshot(bleu)
    client.force_login(viewer)

    response = client.post(change_url(bleu), data)

    assert response.status_code == 403
    assert snapshot(bleu) == before


def test_a_viewer_cannot_record_a_fulfilment(client, viewer, bleu):
    client.force_login(viewer)
    before = snapshot(bleu)

    client.post(CHANGELIST, action("record_fulfilment", bleu, apply="1", on="2026-11-01"))

    assert snapshot(bleu) == before


def test_nobody_may_revert_a_claim_to_an_old_version_from_its_history(
    client, editor_client, viewer, editor, bleu
):
    # A revert would restore an old status without a StatusEvent; simple-history would also
    # save one POSTed by a user who may only view.
    deadline_revision_create(
        claim=bleu,
        text="by the end of 2027",
        stated_on=dt.date(2026, 6, 1),
        source=bleu.source,
        actor=editor,
    )
    version = bleu.history.earliest()
    url = reverse("admin:claims_claim_simple_history", args=[bleu.pk, version.history_id])
    data = form_data(editor_client, change_url(bleu), statement="Reverted")
    before = snapshot(bleu)
    client.force_login(viewer)

    assert client.post(url, data).status_code == 403
    assert editor_client.post(url, data).status_code == 403
    assert snapshot(bleu) == before


def test_a_viewer_cannot_revert_a_source_from_its_history(client, viewer, now):
    source = SourceFactory(title="First title")
    source.title = "Second title"
    source.save()
    url = reverse(
        "admin:claims_source_simple_history", args=[source.pk, source.history.earliest().history_id]
    )
    client.force_login(viewer)

    response = client.post(
        url,
        {"title": "First title", "published_on": "2024-01-16", "kind": "article", "language": "en"},
    )

    assert response.status_code == 403
    assert Source.objects.get(pk=source.pk).title == "Second title"


@pytest.mark.parametrize("who", ["editor", "superuser"])
def test_nobody_can_add_change_or_delete_a_status_event_in_the_admin(client, request, bleu, who):
    client.force_login(request.getfixturevalue(who))
    event = bleu.status_events.get()
    before = StatusEvent.objects.values_list("pk", "new_status", "rationale").get()

    add = client.post(reverse("admin:claims_statusevent_add"), {"new_status": "pending"})
    change = client.post(
        reverse("admin:claims_statusevent_change", args=[event.pk]),
        {"new_status": "pending", "rationale": "edited"},
    )
    delete = client.post(
        reverse("admin:claims_statusevent_delete", args=[event.pk]), {"post": "yes"}
    )

    assert (add.status_code, change.status_code, delete.status_code) == (403, 403, 403)
    assert StatusEvent.objects.values_list("pk", "new_status", "rationale").get() == before
    assert client.get(reverse("admin:claims_statusevent_changelist")).status_code == 200


# Reported, not fixed here (claims/models.py is not the admin's) -----------------------------


def test_the_model_refuses_an_unknown_time_zone(bleu):
    bleu.timezone = "Mars/Olympus"

    with pytest.raises(ValidationError):
        bleu.full_clean()
