"""The article importer's drafts, reviewed by editors: nothing is published unseen."""

from __future__ import annotations

from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import path, reverse

from language.deadlines import format_window

from ..forms import (
    ArticleImportForm,
    ClaimDraftForm,
    DraftMergeForm,
)
from ..models import (
    ClaimDraft,
)
from ..services import (
    DRAFT_EDITABLE_FIELDS,
    ArticleImportError,
    article_import,
    draft_approve,
    draft_discard,
    draft_merge,
    draft_update,
)
from .common import LedgerHistoryAdmin, admin_form


@admin.register(ClaimDraft)
class ClaimDraftAdmin(LedgerHistoryAdmin):
    """Drafts found by the article importer, reviewed here: nothing is published unseen.

    Approve (a new claim), merge (a restatement of an existing claim), discard, or correct a
    draft in its change form first. Reviewed drafts are read-only. Drafts come only from
    imports ("Import article"), never from the add form.
    """

    form = ClaimDraftForm
    change_list_template = "admin/claims/import_article_changelist.html"
    list_display = [
        "statement",
        "promiser_display",
        "deadline",
        "stated_on",
        "category",
        "state",
        "source",
    ]
    list_filter = ["state", "category", "source"]
    list_select_related = ["promiser", "source"]
    search_fields = ["statement", "quote", "promiser_name", "promiser__name", "source__title"]
    autocomplete_fields = ["promiser"]
    actions = ["approve_drafts", "discard_drafts", "merge_draft"]
    readonly_fields = [
        "source",
        "deadline",
        "precision",
        "qualifier",
        "reason",
        "state",
        "claim",
        "reviewed_by",
        "reviewed_at",
        "created_at",
    ]
    fieldsets = [
        (None, {"fields": ["source", "quote", "statement", "reason", "state", "claim"]}),
        ("Who and what", {"fields": ["promiser", "promiser_name", "subject", "category"]}),
        (
            "Deadline",
            {"fields": ["deadline_text", "stated_on", "deadline", "precision", "qualifier"]},
        ),
        ("Review", {"fields": ["reviewed_by", "reviewed_at", "created_at"]}),
    ]

    class Media:
        js = ["claims/deadline_preview.js"]

    def get_queryset(self, request: HttpRequest) -> QuerySet[ClaimDraft]:
        return super().get_queryset(request).select_related("promiser", "source", "claim")

    def has_add_permission(self, request: HttpRequest) -> bool:
        # Drafts come from "Import article" (which checks this permission itself).
        return False

    def has_change_permission(self, request: HttpRequest, obj: ClaimDraft | None = None) -> bool:
        if obj is not None and obj.state != ClaimDraft.State.DRAFT:
            return False  # reviewed: kept as it was decided
        return super().has_change_permission(request, obj)

    def revert_disabled(self, request, obj=None) -> bool:
        # A revert would reopen a reviewed draft behind the services' back.
        return True

    def get_urls(self):
        import_view = path(
            "import/",
            # Outside the request-wide transaction: fetching a page can take seconds, and on
            # SQLite that transaction holds the database's write lock. article_import opens
            # its own transaction once the page is in hand.
            transaction.non_atomic_requests(self.admin_site.admin_view(self.import_article_view)),
            name="claims_claimdraft_import",
        )
        return [import_view, *super().get_urls()]

    def changelist_view(self, request, extra_context=None):
        extra_context = {**(extra_context or {}), "can_import": _can_import(request)}
        return super().changelist_view(request, extra_context)

    @admin.display(description="promiser", ordering="promiser__name")
    def promiser_display(self, draft: ClaimDraft) -> str:
        promiser = draft.promiser if draft.promiser_id else None
        if promiser is not None:
            return promiser.name
        return f"{draft.promiser_name} (not in the ledger)" if draft.promiser_name else "—"

    @admin.display(description="deadline", ordering="end")
    def deadline(self, draft: ClaimDraft) -> str:
        if not draft.deadline_text:
            return "undated"
        return f"{draft.deadline_text!r}: {format_window(draft.start, draft.end)}"

    def save_model(self, request, obj, form, change):
        # The form validated the edit; the service parses the window again and saves.
        data = {name: form.cleaned_data[name] for name in DRAFT_EDITABLE_FIELDS}
        draft_update(draft=obj, data=data, actor=request.user)

    def import_article_view(self, request: HttpRequest) -> HttpResponse:
        """Import an article from a URL or pasted text; its drafts are listed for review."""
        if not _can_import(request):
            raise PermissionDenied
        form = ArticleImportForm(request.POST if request.method == "POST" else None)
        if request.method == "POST" and form.is_valid():
            data = form.cleaned_data
            try:
                result = article_import(
                    url=data["url"] or None,
                    text=data["text"] or None,
                    title=data["title"],
                    published_on=data["published_on"],
                    publisher=data["publisher"],
                    actor=request.user,
                )
            except ArticleImportError as error:
                form.add_error(None, f"{error} Nothing was stored.")
            else:
                level = messages.SUCCESS if result.created else messages.WARNING
                self.message_user(request, result.summary, level)
                changelist = reverse("admin:claims_claimdraft_changelist")
                return HttpResponseRedirect(f"{changelist}?source__id__exact={result.source.pk}")
        return TemplateResponse(
            request,
            "admin/claims/claimdraft/import_article.html",
            {
                **self.admin_site.each_context(request),
                "title": "Import article",
                "form": form,
                "adminform": admin_form(form),
                "opts": self.model._meta,
            },
        )

    def _review(self, request, queryset, service, done: str) -> None:
        reviewed, refused = 0, []
        for draft in queryset.select_related("promiser", "source"):
            try:
                service(draft=draft, actor=request.user)
                reviewed += 1
            except ValidationError as error:
                refused.append(f"{draft}: {'; '.join(error.messages)}")
        if reviewed:
            self.message_user(request, f"{reviewed} draft(s) {done}.")
        for message in refused:
            self.message_user(request, f"Not {done}. {message}", messages.ERROR)

    @admin.action(description="Approve: record as new claims", permissions=["change"])
    def approve_drafts(self, request, queryset) -> None:
        self._review(request, queryset, draft_approve, "approved")

    @admin.action(description="Discard", permissions=["change"])
    def discard_drafts(self, request, queryset) -> None:
        self._review(request, queryset, draft_discard, "discarded")

    @admin.action(description="Merge into an existing claim…", permissions=["change"])
    def merge_draft(self, request, queryset) -> HttpResponse | None:
        if queryset.count() != 1:
            self.message_user(request, "Select exactly one draft to merge.", messages.ERROR)
            return None
        draft = queryset.select_related("promiser", "source").get()
        form = DraftMergeForm(
            request.POST if "apply" in request.POST else None, promiser_id=draft.promiser_id
        )
        if "apply" in request.POST and form.is_valid():
            claim = form.cleaned_data["claim"]
            try:
                draft_merge(draft=draft, claim=claim, actor=request.user)
            except ValidationError as error:
                self.message_user(
                    request, f"Not merged. {'; '.join(error.messages)}", messages.ERROR
                )
            else:
                self.message_user(
                    request, f"Merged: {draft.deadline_text!r} is now a restatement of {claim}."
                )
            return None
        return TemplateResponse(
            request,
            "admin/claims/claimdraft/merge.html",
            {
                **self.admin_site.each_context(request),
                "title": "Merge a draft into an existing claim",
                "draft": draft,
                "form": form,
                "opts": self.model._meta,
                "action": request.POST.get("action"),
                "action_checkbox_name": helpers.ACTION_CHECKBOX_NAME,
            },
        )


def _can_import(request: HttpRequest) -> bool:
    """Importing stores a source and drafts: it needs both add permissions."""
    return request.user.has_perms(["claims.add_source", "claims.add_claimdraft"])
