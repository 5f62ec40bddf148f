"""The editors' admin. Every change goes through claims.services, like the API and the jobs."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models, transaction
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect, JsonResponse
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.dateparse import parse_date
from django.utils.html import format_html
from simple_history.admin import SimpleHistoryAdmin

from language.deadlines import DeadlineParseError, format_window, parse_deadline

from .forms import (
    ArticleImportForm,
    ClaimDraftForm,
    ClaimForm,
    DeadlineRevisionForm,
    DraftMergeForm,
    OutcomeForm,
)
from .models import (
    Claim,
    ClaimDraft,
    DeadlineRevision,
    Evidence,
    Organisation,
    Outcome,
    Source,
    Status,
    StatusEvent,
)
from .selectors import claims_with_metrics
from .services import (
    DRAFT_EDITABLE_FIELDS,
    ArticleImportError,
    article_import,
    claim_record_outcome,
    claim_refresh,
    deadline_revision_create,
    deadline_revision_insert,
    draft_approve,
    draft_discard,
    draft_merge,
    draft_update,
)

STATUS_COLOURS: dict[str, str] = {
    Status.PENDING: "#4a6fa5",
    Status.DUE: "#b8860b",
    Status.OVERDUE: "#d2691e",
    Status.MISSED: "#b22222",
    Status.FULFILLED_ON_TIME: "#2e8b57",
    Status.FULFILLED_LATE: "#6b8e23",
    Status.WITHDRAWN: "#696969",
    Status.UNVERIFIABLE: "#696969",
    Status.UNDATED: "#808080",
}


# Claim fields only claims.services.claim_record_outcome may write (it also records the event).
OUTCOME_FIELDS = ("outcome", "outcome_on", "reason")


# A URL typed without a scheme is read as https (Django 6's default, asked for now).
URL_FIELDS_ASSUME_HTTPS: dict[type[models.Field[Any, Any]], dict[str, Any]] = {
    models.URLField: {"assume_scheme": "https"}
}


class ReadOnlyAdminMixin:
    """For records only jobs write (status events, alerts): shown, never added, changed or
    deleted here, superusers included."""

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


class LedgerHistoryAdmin(SimpleHistoryAdmin):
    """History pages for all staff; reverting to an old version only where it is allowed."""

    formfield_overrides = URL_FIELDS_ASSUME_HTTPS

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        # simple-history saves a POSTed revert whenever the user may *view* history, even when
        # the Revert button is hidden; refuse it here so a Viewer cannot change the ledger.
        if request.method == "POST" and self.revert_disabled(request):
            raise PermissionDenied
        return super().history_form_view(request, object_id, version_id, extra_context)


def mark_reviewed(evidence: Evidence, changed_data: list[str], user) -> None:
    """Who reviewed evidence, and when, is recorded when its state leaves "candidate"."""
    if "state" in changed_data and evidence.state != Evidence.State.CANDIDATE:
        evidence.reviewed_by, evidence.reviewed_at = user, timezone.now()


class DueWithinFilter(admin.SimpleListFilter):
    title = "due within"
    parameter_name = "due_within"

    def lookups(self, request, model_admin):
        return [("30", "the next 30 days"), ("90", "the next 90 days")]

    def queryset(self, request, queryset):
        days = self.value()
        if days not in ("30", "90"):
            return queryset
        today = timezone.localdate()
        return queryset.filter(
            outcome="", deadline_end__range=(today, today + dt.timedelta(days=int(days)))
        )


class PastDeadlineFilter(admin.SimpleListFilter):
    title = "past deadline"
    parameter_name = "past_deadline"

    def lookups(self, request, model_admin):
        return [("yes", "overdue or missed, still open")]

    def queryset(self, request, queryset):
        if self.value() == "yes":
            return queryset.filter(status__in=[Status.OVERDUE, Status.MISSED])
        return queryset


class SlippedFilter(admin.SimpleListFilter):
    title = "slipped"
    parameter_name = "slipped"

    def lookups(self, request, model_admin):
        return [("yes", "deadline moved later"), ("no", "not slipped")]

    def queryset(self, request, queryset):
        if self.value() == "yes":
            return queryset.filter(slipped=True)
        if self.value() == "no":
            return queryset.filter(slipped=False)
        return queryset


class DeadlineRevisionInline(admin.TabularInline):
    """Revisions are appended, never edited here: a restated deadline is a new row."""

    model = DeadlineRevision
    form = DeadlineRevisionForm
    extra = 0
    can_delete = False
    fields = ["text", "stated_on", "source", "window", "precision", "qualifier"]
    readonly_fields = ["window", "precision", "qualifier"]
    autocomplete_fields = ["source"]
    verbose_name = "deadline statement"
    verbose_name_plural = "deadline statements (the first is the promise; add one to restate)"

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("source")

    def has_change_permission(self, request, obj=None):
        # Existing rows show read-only; new rows can still be added.
        return False

    @admin.display(description="window")
    def window(self, revision: DeadlineRevision) -> str:
        return format_window(revision.start, revision.end) if revision.pk else ""


class EvidenceInline(admin.TabularInline):
    model = Evidence
    extra = 0
    fields = ["observed_on", "kind", "state", "source", "summary", "reviewed_by", "reviewed_at"]
    readonly_fields = ["reviewed_by", "reviewed_at"]
    autocomplete_fields = ["source"]


class StatusEventInline(ReadOnlyAdminMixin, admin.TabularInline):
    model = StatusEvent
    extra = 0
    can_delete = False
    # A tuple: the stubs type fields and readonly_fields differently, and only a tuple is both.
    fields = readonly_fields = (
        "happened_at",
        "as_of",
        "kind",
        "old_status",
        "new_status",
        "days",
        "actor",
        "job",
        "rationale",
    )
    verbose_name_plural = "timeline (append-only)"

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("actor")


@admin.register(Claim)
class ClaimAdmin(LedgerHistoryAdmin):
    form = ClaimForm
    list_display = [
        "subject",
        "promiser",
        "category",
        "status_badge",
        "original_deadline",
        "current_deadline",
        "slippage",
        "restatements",
    ]
    list_display_links = ["subject"]
    list_filter = [
        "status",
        DueWithinFilter,
        PastDeadlineFilter,
        SlippedFilter,
        "category",
        "promiser",
    ]
    list_select_related = ["promiser"]
    search_fields = ["subject", "statement", "quote", "keywords", "promiser__name"]
    autocomplete_fields = ["promiser", "source", "partners"]
    inlines = [DeadlineRevisionInline, EvidenceInline, StatusEventInline]
    actions = ["record_fulfilment", "record_withdrawal"]
    readonly_fields = ["status", "current_deadline", "original_deadline"]
    fieldsets = [
        (None, {"fields": ["subject", "promiser", "partners", "statement", "quote", "category"]}),
        ("First statement", {"fields": ["source", "stated_on", "deadline_text"]}),
        (
            "Deadline and status",
            {
                "fields": ["status", "original_deadline", "current_deadline", "timezone"],
            },
        ),
        ("Outcome", {"fields": ["outcome", "outcome_on", "reason"]}),
        ("Matching", {"fields": ["keywords"]}),
    ]

    class Media:
        js = ["claims/deadline_preview.js"]

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        if obj is None:
            return fieldsets
        return [
            (name, {**opts, "fields": [f for f in opts["fields"] if f != "deadline_text"]})
            for name, opts in fieldsets
        ]

    def get_inlines(self, request, obj):
        if obj is None:
            # A new claim states its first deadline in "Deadline" and has no timeline yet.
            return [EvidenceInline]
        return super().get_inlines(request, obj)

    def revert_disabled(self, request, obj=None) -> bool:
        # A revert would write an old status and deadline cache behind the services' back.
        return True

    def get_queryset(self, request: HttpRequest) -> QuerySet[Claim]:
        return claims_with_metrics(super().get_queryset(request))

    def get_urls(self):
        preview = path(
            "parse-deadline/",
            self.admin_site.admin_view(self.parse_deadline_view),
            name="claims_claim_parse_deadline",
        )
        return [preview, *super().get_urls()]

    def parse_deadline_view(self, request: HttpRequest) -> JsonResponse:
        """The window a deadline phrase would get, shown next to the field before saving."""
        text = request.GET.get("text", "")
        try:
            stated_on = parse_date(request.GET.get("stated_on") or "") or timezone.localdate()
        except ValueError:
            # Well formed but impossible, e.g. 2026-02-30 (a malformed one falls back to today).
            return JsonResponse({"error": "The statement date is not a valid date."}, status=400)
        try:
            window = parse_deadline(text, stated_on=stated_on)
        except DeadlineParseError as error:
            return JsonResponse({"error": str(error)}, status=400)
        return JsonResponse(
            {
                "window": format_window(window.start, window.end),
                "start": window.start,
                "end": window.end,
                "precision": window.precision,
                "qualifier": window.qualifier,
                "language": window.language,
            }
        )

    @admin.display(description="status", ordering="status")
    def status_badge(self, claim: Claim) -> str:
        colour = STATUS_COLOURS.get(claim.status, "#808080")
        return format_html(
            '<span style="color:{};font-weight:bold">{}</span>',
            colour,
            claim.get_status_display() or "not yet swept",
        )

    @admin.display(description="original deadline", ordering="original_deadline_end")
    def original_deadline(self, claim: Claim) -> str:
        return format_window(claim.original_deadline_start, claim.original_deadline_end)

    @admin.display(description="current deadline", ordering="deadline_end")
    def current_deadline(self, claim: Claim) -> str:
        return format_window(claim.deadline_start, claim.deadline_end)

    @admin.display(description="slippage (days)", ordering="slippage_days")
    def slippage(self, claim: Claim) -> str:
        days = getattr(claim, "slippage_days", None)
        if days is None:
            return "—"
        colour = "#b22222" if days > 0 else "#2e8b57"
        return format_html(
            '<span style="color:{};font-weight:bold">{}</span>',
            colour,
            f"{days:+d}" if days else "0",
        )

    @admin.display(description="restated", ordering="restatements")
    def restatements(self, claim: Claim) -> int:
        return getattr(claim, "restatements", 0)

    def save_model(self, request, obj, form, change):
        if not change:
            super().save_model(request, obj, form, change)
            return
        obj._history_user = request.user
        concrete = {field.name for field in Claim._meta.concrete_fields}
        changed = [name for name in form.changed_data if name in concrete]
        if any(name in OUTCOME_FIELDS for name in changed):
            # The outcome is recorded by the service in save_related, after any restatement
            # from the inlines; until then the stored outcome stays as it was.
            obj._admin_outcome = {name: getattr(obj, name) for name in OUTCOME_FIELDS}
            for name in OUTCOME_FIELDS:
                setattr(obj, name, form.initial.get(name))
        # Only what the editor changed: a full save would write back the status and deadline
        # cache as loaded, undoing a sweep that ran meanwhile.
        fields = [name for name in changed if name not in OUTCOME_FIELDS]
        if fields:
            obj.save(update_fields=[*fields, "updated_at"])

    def save_formset(self, request, form, formset, change):
        if formset.model is DeadlineRevision:
            # A restatement goes through the service, like one from the API or a job.
            formset.new_objects, formset.changed_objects, formset.deleted_objects = [], [], []
            for revision_form in formset.extra_forms:
                if not revision_form.has_changed():
                    continue
                data = revision_form.cleaned_data
                formset.new_objects.append(
                    deadline_revision_create(
                        claim=form.instance,
                        text=data["text"],
                        stated_on=data["stated_on"],
                        source=data["source"],
                        actor=request.user,
                        job="admin",
                    )
                )
            return
        if formset.model is Evidence:
            for evidence_form in formset.forms:
                mark_reviewed(evidence_form.instance, evidence_form.changed_data, request.user)
        super().save_formset(request, form, formset, change)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        claim = form.instance
        window = form.cleaned_data.get("deadline_window")
        if window is not None and not change:
            deadline_revision_insert(
                claim=claim, window=window, stated_on=claim.stated_on, source=claim.source
            )
        outcome = claim.__dict__.pop("_admin_outcome", None)
        if outcome is not None:
            claim_record_outcome(
                claim=claim,
                outcome=outcome["outcome"],
                on=outcome["outcome_on"],
                reason=outcome["reason"],
                actor=request.user,
                job="admin",
            )
        elif change:
            claim_refresh(
                claim=claim, actor=request.user, job="admin", rationale="edited in the admin"
            )
        else:
            claim_refresh(
                claim=claim,
                actor=request.user,
                job="admin",
                rationale="claim recorded",
                source=claim.source,
            )

    def _outcome_action(self, request, queryset, *, outcome: str, title: str):
        form = OutcomeForm(request.POST if "apply" in request.POST else None, outcome=outcome)
        if "apply" in request.POST and form.is_valid():
            recorded, refused = 0, []
            for claim in queryset:
                try:
                    claim_record_outcome(
                        claim=claim,
                        outcome=outcome,
                        on=form.cleaned_data["on"],
                        reason=form.cleaned_data.get("reason", ""),
                        source=form.cleaned_data["source"],
                        rationale=form.cleaned_data["rationale"],
                        actor=request.user,
                        job="admin",
                    )
                    recorded += 1
                except ValidationError as error:
                    refused.append(f"{claim}: {'; '.join(error.messages)}")
            if recorded:
                self.message_user(request, f"{title}: recorded for {recorded} claim(s).")
            for message in refused:
                self.message_user(request, f"Not recorded. {message}", messages.ERROR)
            return None
        return TemplateResponse(
            request,
            "admin/claims/claim/record_outcome.html",
            {
                **self.admin_site.each_context(request),
                "title": title,
                "claims": queryset,
                "form": form,
                "opts": self.model._meta,
                "action": request.POST.get("action"),
                "action_checkbox_name": helpers.ACTION_CHECKBOX_NAME,
            },
        )

    @admin.action(description="Record fulfilment…", permissions=["change"])
    def record_fulfilment(self, request, queryset) -> HttpResponse | None:
        return self._outcome_action(
            request, queryset, outcome=Outcome.FULFILLED, title="Record fulfilment"
        )

    @admin.action(description="Record withdrawal…", permissions=["change"])
    def record_withdrawal(self, request, queryset) -> HttpResponse | None:
        return self._outcome_action(
            request, queryset, outcome=Outcome.WITHDRAWN, title="Record withdrawal"
        )


@admin.register(Organisation)
class OrganisationAdmin(LedgerHistoryAdmin):
    list_display = ["name", "kind", "website"]
    list_filter = ["kind"]
    search_fields = ["name", "aliases"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(Source)
class SourceAdmin(LedgerHistoryAdmin):
    # Adds the "Import article" button next to "Add source".
    change_list_template = "admin/claims/import_article_changelist.html"
    list_display = ["title", "publisher", "published_on", "kind", "language", "url"]
    list_filter = ["kind", "language", "publisher"]
    search_fields = ["title", "publisher", "author", "url"]
    date_hierarchy = "published_on"


@admin.register(DeadlineRevision)
class DeadlineRevisionAdmin(LedgerHistoryAdmin):
    """Corrections of a mistyped statement; restatements belong on the claim page."""

    form = DeadlineRevisionForm
    list_display = ["claim", "text", "stated_on", "start", "end", "precision", "qualifier"]
    list_select_related = ["claim"]
    search_fields = ["text", "claim__subject", "claim__statement"]
    autocomplete_fields = ["source"]

    def has_add_permission(self, request):
        return False

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        claim_refresh(
            claim=obj.claim,
            actor=request.user,
            job="admin",
            rationale=f"deadline statement corrected to {obj.text!r}",
        )


@admin.register(Evidence)
class EvidenceAdmin(LedgerHistoryAdmin):
    list_display = ["claim", "kind", "state", "observed_on", "source", "reviewed_by"]
    list_filter = ["state", "kind"]
    list_select_related = ["claim", "source", "reviewed_by"]
    search_fields = ["claim__subject", "summary", "source__title"]
    autocomplete_fields = ["claim", "source"]
    readonly_fields = ["reviewed_by", "reviewed_at"]

    def save_model(self, request, obj, form, change):
        mark_reviewed(obj, form.changed_data, request.user)
        super().save_model(request, obj, form, change)


@admin.register(StatusEvent)
class StatusEventAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    """The append-only status log: readable by all staff, writable by nobody."""

    list_display = [
        "claim",
        "happened_at",
        "kind",
        "old_status",
        "new_status",
        "days",
        "actor",
        "job",
        "rationale",
    ]
    list_filter = ["kind", "new_status", "job"]
    list_select_related = ["claim", "actor"]
    search_fields = ["claim__subject", "rationale"]


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
