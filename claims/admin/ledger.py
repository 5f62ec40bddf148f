"""The other ledger pages: organisations, sources, statements (read-only), evidence and
its review buttons, the status log."""

from __future__ import annotations

from typing import Any

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.urls import path, reverse

from ..forms import (
    EvidenceAddForm,
)
from ..models import (
    DeadlineRevision,
    Evidence,
    Organisation,
    Source,
    StatusEvent,
)
from ..services import (
    evidence_add,
    evidence_review,
    organisation_save,
    source_save,
)
from .common import (
    LedgerHistoryAdmin,
    ListColumnsMixin,
    ReadOnlyAdminMixin,
    shortened,
    window_in_words,
)


@admin.register(Organisation)
class OrganisationAdmin(LedgerHistoryAdmin):
    """Saved through claims.services.organisation_save, which also gives the drafts waiting
    for this organisation their promiser."""

    list_display = ["name", "kind", "website"]
    list_filter = ["kind"]
    search_fields = ["name", "aliases"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["parents"]

    def save_model(self, request: HttpRequest, obj: Organisation, form: Any, change: bool) -> None:
        organisation_save(
            organisation=obj, parents=form.cleaned_data.get("parents"), actor=request.user
        )

    def save_related(self, request: HttpRequest, form: Any, formsets: Any, change: bool) -> None:
        pass  # organisation_save set the parents


@admin.register(Source)
class SourceAdmin(LedgerHistoryAdmin):
    # Adds the "Import article" button next to "Add source".
    change_list_template = "admin/claims/import_article_changelist.html"
    list_display = ["title", "publisher", "published_on", "kind", "language", "url_short"]
    list_filter = ["kind", "language", "publisher"]
    search_fields = ["title", "publisher", "author", "url"]
    date_hierarchy = "published_on"

    class Media:
        css = {"all": ["claims/admin.css"]}

    @admin.display(description="URL", ordering="url")
    def url_short(self, source: Source) -> str:
        return shortened(source.url or "—", 60)

    def save_model(self, request: HttpRequest, obj: Source, form: Any, change: bool) -> None:
        source_save(source=obj, actor=request.user)


@admin.register(DeadlineRevision)
class DeadlineRevisionAdmin(ReadOnlyAdminMixin, ListColumnsMixin, LedgerHistoryAdmin):
    """Every statement ever recorded, for reading. Nobody edits or deletes one, superusers
    included (the database refuses it too): a wrong one is corrected by a new statement on
    the claim's page, with the reason."""

    list_display = [
        "claim_short",
        "text",
        "stated_on",
        "start",
        "end",
        "precision",
        "qualifier",
        "corrects_short",
    ]
    list_select_related = ["claim__promiser", "corrects"]
    search_fields = ["text", "claim__subject", "claim__statement"]

    class Media:
        css = {"all": ["claims/admin.css"]}

    @admin.display(description="corrects")
    def corrects_short(self, revision: DeadlineRevision) -> str:
        if revision.corrects is None:
            return "—"
        corrected = revision.corrects
        return f"{corrected.text!r}, stated {corrected.stated_on:%Y-%m-%d}"

    def revert_disabled(self, request, obj=None) -> bool:
        return True


@admin.register(Evidence)
class EvidenceAdmin(ListColumnsMixin, LedgerHistoryAdmin):
    """Evidence is added as a candidate (here, on a claim's page, or by the news watch) and
    reviewed with the Confirm and Reject buttons of its page or the "Evidence to review"
    queue: the review service applies it to the claim, records the event and alerts
    followers. The state is never a form field; reviewed evidence is read-only."""

    form = EvidenceAddForm
    list_display = ["claim_short", "kind", "state", "observed_on", "source_short", "reviewed_by"]
    list_filter = ["state", "kind"]
    list_select_related = ["claim__promiser", "source", "reviewed_by"]
    search_fields = ["claim__subject", "summary", "source__title"]
    autocomplete_fields = ["claim", "source"]
    change_form_template = "admin/claims/evidence/change_form.html"

    class Media:
        css = {"all": ["claims/admin.css"]}

    def get_fields(self, request: HttpRequest, obj: Any = None) -> Any:
        if obj is None:
            return ["claim", "observed_on", "kind", "source", "summary", "deadline_text"]
        return [
            "claim",
            "observed_on",
            "kind",
            "state",
            "source",
            "summary",
            "deadline_text",
            "proposed_window",
            "why",
            "score",
            "reviewed_by",
            "reviewed_at",
        ]

    def get_readonly_fields(self, request: HttpRequest, obj: Any = None) -> Any:
        return () if obj is None else self.get_fields(request, obj)

    @admin.display(description="proposed new deadline")
    def proposed_window(self, evidence: Evidence) -> str:
        # Confirming the delay records it as a restatement, sourced from this evidence.
        if not evidence.has_proposal:
            return "—"
        return window_in_words(evidence.proposed_start, evidence.proposed_end)

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def revert_disabled(self, request, obj=None) -> bool:
        return True

    def get_form(self, request: HttpRequest, obj: Any = None, change: bool = False, **kwargs: Any):
        if obj is None:
            kwargs["fields"] = self.get_fields(request, obj)
        return super().get_form(request, obj, change, **kwargs)

    def save_model(self, request: HttpRequest, obj: Evidence, form: Any, change: bool) -> None:
        if change:
            return  # read-only: reviews go through the buttons
        data = form.cleaned_data
        evidence = evidence_add(
            claim=data["claim"],
            source=data["source"],
            observed_on=data["observed_on"],
            kind=data["kind"],
            summary=data.get("summary", ""),
            deadline_text=data.get("deadline_text", ""),
            actor=request.user,
            job="admin",
        )
        obj.__dict__.update(evidence.__dict__)

    def get_urls(self):
        info = self.opts.app_label, self.opts.model_name
        return [
            path(
                "<int:object_id>/review/<str:state>/",
                self.admin_site.admin_view(self.review_view),
                name="{}_{}_review".format(*info),
            ),
            *super().get_urls(),
        ]

    def review_view(self, request: HttpRequest, object_id: int, state: str) -> HttpResponse:
        """The Confirm and Reject buttons: POST only, through the evidence review service."""
        if request.method != "POST":
            return HttpResponseRedirect(reverse("admin:claims_evidence_change", args=[object_id]))
        evidence = self.get_object(request, str(object_id))
        if evidence is None:
            raise Http404("No such evidence.")
        if not self.has_change_permission(request, evidence):
            raise PermissionDenied
        if state not in (Evidence.State.CONFIRMED, Evidence.State.REJECTED):
            raise Http404("No such review.")
        try:
            evidence_review(evidence=evidence, state=state, actor=request.user, job="admin")
        except ValidationError as error:
            transaction.set_rollback(True)
            self.message_user(request, "Not reviewed. " + "; ".join(error.messages), messages.ERROR)
        else:
            self.message_user(request, f"Evidence {evidence.get_state_display()}.")
        return HttpResponseRedirect(reverse("admin:claims_evidence_change", args=[object_id]))


@admin.register(StatusEvent)
class StatusEventAdmin(ReadOnlyAdminMixin, ListColumnsMixin, admin.ModelAdmin):
    """The append-only status log: readable by all staff, writable by nobody."""

    list_display = [
        "claim_short",
        "happened_at",
        "kind",
        "old_status",
        "new_status",
        "days",
        "actor",
        "job",
        "rationale_short",
    ]
    list_filter = ["kind", "new_status", "job"]
    list_select_related = ["claim__promiser", "actor"]
    search_fields = ["claim__subject", "claim__statement", "rationale"]

    class Media:
        css = {"all": ["claims/admin.css"]}
