"""Reviewing imported drafts: the "Import article" page, approve, merge, discard, edit.

Nothing an import finds is published until an editor approves or merges it.
"""

from __future__ import annotations

import datetime as dt

import pytest
from django.contrib.messages import get_messages
from django.core.exceptions import ValidationError
from django.urls import reverse

from claims.models import Claim, ClaimDraft, DeadlineRevision, Organisation, Source, StatusEvent
from claims.services import (
    article_import,
    draft_approve,
    draft_discard,
    draft_merge,
    draft_update,
)
from tests.factories import ClaimFactory, UserFactory
from tests.language.labelled_articles import ARTICLES

pytestmark = pytest.mark.django_db

DRAFTS = reverse("admin:claims_claimdraft_changelist")
SOURCES = reverse("admin:claims_source_changelist")
IMPORT = reverse("admin:claims_claimdraft_import")
ARTICLE = (ARTICLES / "01-bleu-opens.txt").read_text(encoding="utf-8")


@pytest.fixture
def bleu(db) -> Organisation:
    for name in ("Orange", "Capgemini", "ANSSI", "Gaia-X"):
        Organisation.objects.create(name=name, slug=name.lower())
    return Organisation.objects.create(name="Bleu", slug="bleu")


@pytest.fixture
def drafts(bleu) -> list[ClaimDraft]:
    """The four drafts of the Bleu article: 2022 programme, go-live, SecNumCloud, Gaia-X."""
    return article_import(text=ARTICLE).drafts


def change_url(draft: ClaimDraft) -> str:
    return reverse("admin:claims_claimdraft_change", args=[draft.pk])


def act(client, action: str, drafts: list[ClaimDraft], **extra):
    return client.post(
        DRAFTS, {"action": action, "_selected_action": [d.pk for d in drafts], **extra}
    )


def notes(response) -> list[str]:
    return [str(m) for m in get_messages(response.wsgi_request)]


# --- Import page -----------------------------------------------------------------------


def test_the_changelists_link_to_the_import_page(editor_client, drafts):
    for changelist in (DRAFTS, SOURCES):
        assert IMPORT in editor_client.get(changelist).content.decode()


def test_an_editor_imports_pasted_text_and_lands_on_its_drafts(editor_client, bleu):
    response = editor_client.post(IMPORT, {"text": ARTICLE, "publisher": "Trade press"})
    source = Source.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"{DRAFTS}?source__id__exact={source.pk}"
    assert source.publisher == "Trade press"
    assert source.drafts.filter(state=ClaimDraft.State.DRAFT).count() == 4
    assert Claim.objects.count() == 0  # nothing published without an editor's review
    assert "4 draft claim(s) to review" in notes(response)[0]
    listed = editor_client.get(response["Location"])
    assert len(listed.context["cl"].result_list) == 4


def test_importing_again_from_the_admin_says_so(editor_client, drafts):
    response = editor_client.post(IMPORT, {"text": ARTICLE})
    assert "Already imported" in notes(response)[0]
    assert Source.objects.count() == 1 and ClaimDraft.objects.count() == 4


def test_a_failed_import_shows_why_and_stores_nothing(editor_client, bleu):
    response = editor_client.post(
        IMPORT, {"text": "Bleu will open its services by the end of 2024."}
    )
    assert response.status_code == 200
    assert "publication date is unknown" in response.content.decode()
    assert Source.objects.count() == 0


@pytest.mark.parametrize(
    ("data", "error"),
    [
        ({}, "Give the article&#x27;s URL or paste its text."),
        ({"url": "https://example.org/a", "text": "x"}, "not both"),
        ({"text": "x", "published_on": "2999-01-01"}, "in the future"),
    ],
)
def test_the_import_form_needs_exactly_one_of_url_and_text(editor_client, data, error):
    response = editor_client.post(IMPORT, data)
    assert error in response.content.decode()
    assert Source.objects.count() == 0


def test_an_editor_imports_a_url(editor_client, bleu, httpserver, settings):
    settings.OUTBOUND_ALLOW_PRIVATE_HOSTS = ["localhost", "127.0.0.1"]
    page = (
        "<html><head><title>Bleu</title>"
        '<meta property="article:published_time" content="2024-01-16"></head><body><article>'
        "<p>Bleu aims to obtain ANSSI's SecNumCloud 3.2 qualification in 2025, it said on "
        "Tuesday in a statement to the press.</p></article></body></html>"
    )
    httpserver.expect_request("/bleu").respond_with_data(page, content_type="text/html")
    editor_client.post(IMPORT, {"url": httpserver.url_for("/bleu")})
    (draft,) = ClaimDraft.objects.all()
    assert draft.source.url == httpserver.url_for("/bleu")
    assert (draft.start, draft.end) == (dt.date(2025, 1, 1), dt.date(2025, 12, 31))


def test_viewers_cannot_import(client, viewer, bleu):
    client.force_login(viewer)
    assert client.get(IMPORT).status_code == 403
    assert client.post(IMPORT, {"text": ARTICLE}).status_code == 403
    assert IMPORT not in client.get(DRAFTS).content.decode()
    assert Source.objects.count() == 0


def test_anonymous_users_are_sent_to_log_in(client):
    assert client.get(IMPORT).status_code == 302


# --- Approve ---------------------------------------------------------------------------


def test_approving_a_draft_records_a_claim_with_its_first_revision(editor_client, editor, drafts):
    secnumcloud = drafts[2]
    response = act(editor_client, "approve_drafts", [secnumcloud])
    assert "1 draft(s) approved." in notes(response)
    secnumcloud.refresh_from_db()
    claim = secnumcloud.claim
    assert secnumcloud.state == ClaimDraft.State.APPROVED
    assert (secnumcloud.reviewed_by, secnumcloud.reviewed_at is not None) == (editor, True)
    assert (claim.promiser.name, claim.source, claim.stated_on) == (
        "Bleu",
        secnumcloud.source,
        dt.date(2024, 1, 16),
    )
    assert claim.quote == secnumcloud.quote and claim.category == "certification"
    (revision,) = claim.revisions.all()
    assert (revision.text, revision.start, revision.end, revision.source) == (
        "in 2025",
        dt.date(2025, 1, 1),
        dt.date(2025, 12, 31),
        secnumcloud.source,
    )
    assert claim.status  # swept as soon as recorded, like any claim


def test_an_undated_draft_becomes_an_undated_claim(editor_client, drafts):
    act(editor_client, "approve_drafts", [drafts[3]])
    claim = Claim.objects.get()
    assert (claim.revisions.count(), claim.status) == (0, "undated")


def test_a_draft_stated_earlier_keeps_its_statement_date(editor_client, drafts):
    act(editor_client, "approve_drafts", [drafts[0]])
    claim = Claim.objects.get()
    assert (claim.stated_on, claim.deadline_end) == (dt.date(2022, 1, 1), dt.date(2022, 12, 31))


def test_a_draft_whose_promiser_is_not_in_the_ledger_is_not_approved(editor_client, drafts):
    draft = drafts[1]
    ClaimDraft.objects.filter(pk=draft.pk).update(promiser=None, promiser_name="Nordvik Cloud")
    response = act(editor_client, "approve_drafts", [draft])
    assert any("'Nordvik Cloud' is not an organisation of the ledger" in m for m in notes(response))
    draft.refresh_from_db()
    assert (draft.state, draft.claim) == (ClaimDraft.State.DRAFT, None)
    assert Claim.objects.count() == 0


def test_a_draft_is_approved_once(drafts):
    draft_approve(draft=drafts[2])
    with pytest.raises(ValidationError, match="already reviewed"):
        draft_approve(draft=ClaimDraft.objects.get(pk=drafts[2].pk))
    # A stale copy loaded before the first review is refused too (compare-and-swap).
    with pytest.raises(ValidationError, match="already reviewed"):
        draft_discard(draft=drafts[2])
    assert Claim.objects.count() == 1


# --- Merge -----------------------------------------------------------------------------


def test_merging_asks_which_claim_then_records_a_restatement(editor_client, editor, drafts, bleu):
    claim = ClaimFactory(
        promiser=bleu,
        subject="Bleu",
        deadline_text="by the end of 2024",
        stated_on=dt.date(2023, 1, 1),
    )
    go_live = drafts[1]
    page = act(editor_client, "merge_draft", [go_live])
    assert page.status_code == 200
    assert go_live.quote in page.content.decode()
    assert claim in page.context["form"].fields["claim"].queryset

    response = act(editor_client, "merge_draft", [go_live], apply="1", claim=claim.pk)
    assert response.status_code == 302
    go_live.refresh_from_db()
    assert (go_live.state, go_live.claim, go_live.reviewed_by) == (
        ClaimDraft.State.MERGED,
        claim,
        editor,
    )
    latest = claim.revisions.order_by("stated_on", "id").last()
    assert (latest.source, latest.stated_on, latest.text) == (
        go_live.source,
        dt.date(2024, 1, 16),
        "not go live before the end of 2024",
    )
    assert (latest.start, latest.end) == (dt.date(2024, 12, 31), None)
    assert StatusEvent.objects.filter(
        claim=claim, kind=StatusEvent.Kind.RESTATED, source=go_live.source
    ).exists()
    assert Claim.objects.count() == 1  # no new claim


def test_merging_needs_exactly_one_draft(editor_client, drafts):
    response = act(editor_client, "merge_draft", drafts[:2])
    assert "Select exactly one draft to merge." in notes(response)
    assert not ClaimDraft.objects.exclude(state=ClaimDraft.State.DRAFT).exists()


def test_an_undated_draft_cannot_be_merged(drafts, bleu):
    claim = ClaimFactory(promiser=bleu)
    with pytest.raises(ValidationError, match="no deadline"):
        draft_merge(draft=drafts[3], claim=claim)
    assert ClaimDraft.objects.get(pk=drafts[3].pk).state == ClaimDraft.State.DRAFT


def test_the_same_restatement_is_not_merged_twice(drafts, bleu):
    claim = ClaimFactory(promiser=bleu)
    draft_merge(draft=drafts[2], claim=claim)
    twin = ClaimDraft.objects.create(
        **{
            f.name: getattr(drafts[2], f.name)
            for f in ClaimDraft._meta.concrete_fields
            if f.name not in ("id", "state", "claim", "reviewed_by", "reviewed_at", "created_at")
        }
    )
    with pytest.raises(ValidationError, match="already records this deadline"):
        draft_merge(draft=twin, claim=claim)
    assert DeadlineRevision.objects.filter(claim=claim).count() == 2


# --- Discard and edit ------------------------------------------------------------------


def test_discarding_keeps_the_draft_and_makes_no_claim(editor_client, editor, drafts):
    act(editor_client, "discard_drafts", drafts[:2])
    assert (
        list(
            ClaimDraft.objects.filter(pk__in=[d.pk for d in drafts[:2]]).values_list(
                "state", "reviewed_by"
            )
        )
        == [(ClaimDraft.State.DISCARDED, editor.pk)] * 2
    )
    assert Claim.objects.count() == 0


def test_an_editor_corrects_a_draft_and_its_window_is_parsed_again(editor_client, drafts):
    draft = drafts[2]
    page = editor_client.get(change_url(draft))
    form = page.context["adminform"].form
    data = {name: form.initial.get(name) or "" for name in form.fields}
    data.update(
        promiser=draft.promiser_id,
        deadline_text="by mid-2025",
        stated_on="2024-01-16",
        statement="Bleu obtains SecNumCloud 3.2 by mid-2025",
    )
    response = editor_client.post(change_url(draft), data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    draft.refresh_from_db()
    assert (draft.start, draft.end, draft.precision) == (None, dt.date(2025, 8, 31), "part_of_year")
    assert draft.statement == "Bleu obtains SecNumCloud 3.2 by mid-2025"


def test_an_unreadable_deadline_is_refused_on_the_form(editor_client, drafts):
    draft = drafts[2]
    response = editor_client.post(
        change_url(draft),
        {
            "statement": draft.statement,
            "quote": draft.quote,
            "promiser": draft.promiser_id,
            "category": draft.category,
            "deadline_text": "soon",
            "stated_on": "2024-01-16",
        },
    )
    assert response.status_code == 200
    assert "too vague" in response.content.decode()
    draft.refresh_from_db()
    assert draft.deadline_text == "in 2025"


def test_a_reviewed_draft_is_read_only(editor_client, drafts):
    draft_discard(draft=drafts[0])
    response = editor_client.post(change_url(drafts[0]), {"statement": "changed"})
    assert response.status_code == 403
    assert ClaimDraft.objects.get(pk=drafts[0].pk).statement != "changed"


def test_drafts_are_not_added_by_hand(editor_client):
    assert editor_client.get(reverse("admin:claims_claimdraft_add")).status_code == 403


# --- Permissions -----------------------------------------------------------------------


def test_editors_may_add_change_and_view_drafts_and_viewers_only_view(editor, viewer):
    for codename in ("add_claimdraft", "change_claimdraft", "view_claimdraft"):
        assert editor.has_perm(f"claims.{codename}")
    assert not editor.has_perm("claims.delete_claimdraft")
    assert viewer.has_perm("claims.view_claimdraft")
    assert not viewer.has_perm("claims.change_claimdraft")


def test_viewers_can_read_drafts_but_not_review_them(client, viewer, drafts):
    client.force_login(viewer)
    assert client.get(DRAFTS).status_code == 200
    act(client, "approve_drafts", drafts[:1])
    act(client, "discard_drafts", drafts[:1])
    assert not ClaimDraft.objects.exclude(state=ClaimDraft.State.DRAFT).exists()
    assert Claim.objects.count() == 0


def test_staff_without_permissions_see_nothing(client, drafts):
    client.force_login(UserFactory(username="intern"))
    assert client.get(DRAFTS).status_code == 403
    assert client.get(IMPORT).status_code == 403


def test_a_promise_whose_promiser_the_article_never_names_waits_for_the_editor(bleu, editor):
    text = "Factory plans\n\nThe new factory is expected to begin operations by the end of 2027."
    [draft] = article_import(text=text, published_on=dt.date(2024, 2, 6)).drafts
    assert (draft.promiser, draft.promiser_name, draft.end) == (None, "", dt.date(2027, 12, 31))
    with pytest.raises(ValidationError, match="the article does not name who promised this"):
        draft_approve(draft=draft)
    assert Claim.objects.count() == 0
    draft_update(draft=draft, data={"promiser": bleu}, actor=editor)
    claim = draft_approve(draft=draft, actor=editor)
    assert (claim.promiser, claim.deadline_end) == (bleu, dt.date(2027, 12, 31))
