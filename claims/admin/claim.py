"""The claim pages: list, add and change forms, statements, evidence, timeline, outcomes.

Claims are written through claims.services, like the API and the jobs."""

from __future__ import annotations

from typing import Any

from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import QuerySet
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect, JsonResponse
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.dateparse import parse_date
from django.utils.html import format_html

from language.deadlines import DeadlineParseError, format_window, parse_deadline

from ..forms import (
    ClaimAddForm,
    ClaimChangeForm,
    DeadlineStatementForm,
    EvidenceAddForm,
    OutcomeForm,
)
from ..models import (
    Claim,
    DeadlineRevision,
    Evidence,
    Outcome,
    StatusEvent,
)
from ..selectors import claims_with_metrics
from ..services import (
    CLAIM_EDITABLE_FIELDS,
    StaleVersion,
    claim_create,
    claim_record_outcome,
    claim_update,
    deadline_revision_correct,
    deadline_revision_create,
    evidence_add,
)
from .common import (
    STATUS_COLOURS,
    DueWithinFilter,
    FirstDeadlineFilter,
    LedgerHistoryAdmin,
    PastDeadlineFilter,
    ReadOnlyAdminMixin,
    SlippedFilter,
    admin_form,
)


class AppendOnlyInlineAdminFormSet(helpers.InlineAdminFormSet):
    """An inline whose recorded rows are read-only and whose new rows are not.

    Django marks no header required when the inline's rows may not be changed, although
    a new row's fields are: a restatement's date and source, say. The headers follow the
    new row's form here."""

    def fields(self):
        new_row = self.formset.empty_form
        for field in super().fields():
            form_field = new_row.fields.get(field["name"])
            if field["name"] not in self.readonly_fields and form_field is not None:
                field = {**field, "required": form_field.required}
            yield field


class DeadlineRevisionInline(admin.TabularInline):
    """Statements are appended, never edited or deleted here (nor anywhere): a new date is a
    restatement; a statement recorded wrongly is corrected by a new one, with the reason."""

    model = DeadlineRevision
    form = DeadlineStatementForm
    fk_name = "claim"
    extra = 0
    can_delete = False
    fields = ("kind", "text", "stated_on", "source", "corrects", "reason", "window", "recorded")
    readonly_fields = ("window", "recorded")
    autocomplete_fields = ("source",)
    verbose_name = "deadline statement"
    verbose_name_plural = (
        "deadline statements (the first is the promise; add one to restate or correct)"
    )

    def get_queryset(self, request: HttpRequest) -> QuerySet[DeadlineRevision]:
        return super().get_queryset(request).select_related("source", "corrects", "recorded_by")

    def get_formset(self, request: HttpRequest, obj: Any = None, **kwargs: Any) -> Any:
        # The claim whose statements a correction may correct (see formfield_for_foreignkey).
        request.claims_parent = obj  # type: ignore[attr-defined]  # per request, not shared
        return super().get_formset(request, obj, **kwargs)

    def formfield_for_foreignkey(self, db_field: Any, request: HttpRequest, **kwargs: Any) -> Any:
        if db_field.name == "corrects":
            claim = getattr(request, "claims_parent", None)
            kwargs["queryset"] = DeadlineRevision.objects.filter(
                claim=claim, corrects__isnull=True
            ).order_by("stated_on", "id")
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        # Existing rows show read-only; new rows can still be added.
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    @admin.display(description="window")
    def window(self, revision: DeadlineRevision) -> str:
        return format_window(revision.start, revision.end) if revision.pk else ""

    @admin.display(description="recorded")
    def recorded(self, revision: DeadlineRevision) -> str:
        if not revision.pk:
            return ""
        who = revision.recorded_by.get_username() if revision.recorded_by else "a job"
        kind = (
            f"corrects {revision.corrects.text!r}: {revision.reason}" if revision.corrects else ""
        )
        return f"{revision.recorded_at:%Y-%m-%d} by {who}" + (f"; {kind}" if kind else "")


class EvidenceInline(admin.TabularInline):
    """Evidence an editor adds starts as a candidate; the review (the "Evidence to review"
    queue, or the buttons on the evidence page) confirms or rejects it and applies it."""

    model = Evidence
    form = EvidenceAddForm
    extra = 0
    can_delete = False
    fields = (
        "observed_on",
        "kind",
        "state",
        "source",
        "summary",
        "deadline_text",
        "reviewed_by",
        "reviewed_at",
    )
    readonly_fields = ("state", "reviewed_by", "reviewed_at")
    autocomplete_fields = ("source",)

    def get_queryset(self, request: HttpRequest) -> QuerySet[Evidence]:
        return super().get_queryset(request).select_related("source", "reviewed_by")

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


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


# The outcome buttons of a claim's page, and what each records.
OUTCOME_PAGES = {
    "fulfilled": (Outcome.FULFILLED, "Record fulfilment"),
    "withdrawn": (Outcome.WITHDRAWN, "Record withdrawal"),
    "unverifiable": (Outcome.UNVERIFIABLE, "Mark unverifiable"),
    "open": (Outcome.OPEN, "Reopen (clear the outcome)"),
}


@admin.register(Claim)
class ClaimAdmin(LedgerHistoryAdmin):
    """Claims are written through claims.services: adding calls claim_create, a change calls
    claim_update with the version the editor started from, statements call
    deadline_revision_create or deadline_revision_correct, outcomes claim_record_outcome.
    Claims are never deleted: a promise dropped is recorded as withdrawn."""

    list_display = [
        "promise",
        "promiser",
        "status_badge",
        "first_deadline_verdict",
        "days_late_display",
        "original_deadline",
        "current_deadline",
        "slippage",
    ]
    list_display_links = ["promise"]
    list_filter = [
        "status",
        FirstDeadlineFilter,
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
    change_form_template = "admin/claims/claim/change_form.html"

    class Media:
        css = {"all": ["claims/admin.css"]}
        js = ["claims/deadline_preview.js"]

    def get_inline_formsets(self, request, formsets, inline_instances, obj=None):
        inline_admin_formsets = super().get_inline_formsets(
            request, formsets, inline_instances, obj
        )
        for inline_admin_formset in inline_admin_formsets:
            if isinstance(inline_admin_formset.opts, DeadlineRevisionInline | EvidenceInline):
                # Same state, headers that mark what a new row needs (see the class).
                inline_admin_formset.__class__ = AppendOnlyInlineAdminFormSet
        return inline_admin_formsets

    def get_form(self, request: HttpRequest, obj: Any = None, change: bool = False, **kwargs: Any):
        kwargs["form"] = ClaimChangeForm if obj is not None else ClaimAddForm
        return super().get_form(request, obj, change, **kwargs)

    def get_fieldsets(self, request: HttpRequest, obj: Any = None) -> Any:
        if obj is None:
            return [
                (None, {"fields": ["subject", "promiser", "partners", "statement", "quote"]}),
                (None, {"fields": ["category", "keywords"]}),
                (
                    "The promise",
                    {
                        "fields": [
                            "source",
                            "stated_on",
                            "stated_on_precision",
                            "reported_after_the_fact",
                            "deadline_text",
                            "timezone",
                        ]
                    },
                ),
            ]
        return [
            (None, {"fields": ["subject", "promiser", "partners", "statement", "quote"]}),
            (None, {"fields": ["category", "keywords", "timezone", "base_version"]}),
            (
                "The promise",
                {
                    "fields": [
                        "source",
                        "stated_on",
                        "stated_on_precision",
                        "reported_after_the_fact",
                    ]
                },
            ),
            (
                "Deadline, lateness and status",
                {
                    "fields": [
                        "status",
                        "original_deadline",
                        "first_deadline_verdict",
                        "days_late_display",
                        "current_deadline",
                        "slippage",
                    ]
                },
            ),
            ("Outcome", {"fields": ["outcome_display"]}),
        ]

    def get_readonly_fields(self, request: HttpRequest, obj: Any = None) -> Any:
        if obj is None:
            return ()
        # Without the right to change, every field is shown, none is a form field.
        editable = () if self.has_change_permission(request, obj) else (
            "subject", "partners", "statement", "quote", "category", "keywords", "timezone",
            "base_version",
        )  # fmt: skip
        return editable + (
            "promiser",
            "source",
            "stated_on",
            "stated_on_precision",
            "reported_after_the_fact",
            "status",
            "original_deadline",
            "first_deadline_verdict",
            "days_late_display",
            "current_deadline",
            "slippage",
            "outcome_display",
        )

    @admin.display(description="version")
    def base_version(self, claim: Claim) -> int:
        return claim.version

    def get_inlines(self, request: HttpRequest, obj: Any) -> Any:
        if obj is None:
            # A new claim states its first deadline in "Deadline" and has no timeline yet.
            return []
        return super().get_inlines(request, obj)

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def revert_disabled(self, request, obj=None) -> bool:
        # A revert would write an old status and deadline cache behind the services' back.
        return True

    def get_queryset(self, request: HttpRequest) -> QuerySet[Claim]:
        return claims_with_metrics(super().get_queryset(request))

    def get_urls(self):
        info = self.opts.app_label, self.opts.model_name
        return [
            path(
                "parse-deadline/",
                self.admin_site.admin_view(self.parse_deadline_view),
                name="{}_{}_parse_deadline".format(*info),
            ),
            path(
                "<int:object_id>/outcome/<str:page>/",
                self.admin_site.admin_view(self.outcome_view),
                name="{}_{}_outcome".format(*info),
            ),
            *super().get_urls(),
        ]

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

    # --- Columns ------------------------------------------------------------------------

    @admin.display(description="promise", ordering="statement")
    def promise(self, claim: Claim) -> str:
        text = claim.statement
        return text if len(text) <= 90 else text[:89] + "…"

    @admin.display(description="status", ordering="status")
    def status_badge(self, claim: Claim) -> str:
        colour = STATUS_COLOURS.get(claim.status, "#808080")
        return format_html(
            '<span style="color:{};font-weight:bold">{}</span>',
            colour,
            claim.get_status_display() or "not yet swept",
        )

    @admin.display(description="first deadline", ordering="first_deadline_met")
    def first_deadline_verdict(self, claim: Claim) -> str:
        met = getattr(claim, "first_deadline_met", None)
        if met is None:
            return "—"
        if met:
            return format_html('<span style="color:{}">{}</span>', "#2e8b57", "met")
        return format_html('<span style="color:{};font-weight:bold">{}</span>', "#b22222", "missed")

    @admin.display(description="days late", ordering="days_late")
    def days_late_display(self, claim: Claim) -> str:
        days = getattr(claim, "days_late", None)
        if days is None:
            return "—"
        if days == 0:
            return "0 (on time)"
        return format_html('<span style="color:#b22222;font-weight:bold">{}</span>', days)

    @admin.display(description="first deadline (window)", ordering="original_deadline_end")
    def original_deadline(self, claim: Claim) -> str:
        return format_window(claim.original_deadline_start, claim.original_deadline_end)

    @admin.display(description="deadline in force", ordering="deadline_end")
    def current_deadline(self, claim: Claim) -> str:
        return format_window(claim.deadline_start, claim.deadline_end)

    @admin.display(description="moved (days)", ordering="slippage_days")
    def slippage(self, claim: Claim) -> str:
        days = getattr(claim, "slippage_days", None)
        if days is None:
            return "—"
        if days == 0:
            return "0"
        colour = "#b22222" if days > 0 else "#4a6fa5"
        return format_html(
            '<span style="color:{};font-weight:bold">{}</span>', colour, f"{days:+d}"
        )

    @admin.display(description="outcome")
    def outcome_display(self, claim: Claim) -> str:
        if not claim.outcome:
            return "open"
        when = f" on {claim.outcome_on:%Y-%m-%d}" if claim.outcome_on else ""
        why = f" ({claim.get_reason_display()})" if claim.reason else ""
        return f"{claim.get_outcome_display()}{when}{why}"

    # --- Writes through the services ----------------------------------------------------

    def save_model(self, request: HttpRequest, obj: Claim, form: Any, change: bool) -> None:
        data = form.cleaned_data
        if not change:
            claim = claim_create(
                promiser=data["promiser"],
                subject=data["subject"],
                statement=data["statement"],
                category=data["category"],
                source=data["source"],
                stated_on=data["stated_on"],
                stated_on_precision=data["stated_on_precision"],
                reported_after_the_fact=data["reported_after_the_fact"],
                quote=data.get("quote", ""),
                deadline_text=data.get("deadline_text", ""),
                partners=data.get("partners", ()),
                keywords=data.get("keywords", ""),
                timezone=data.get("timezone"),
                actor=request.user,
                job="admin",
            )
            # The admin goes on with `obj` (the history log, the redirect): it is this claim.
            obj.__dict__.update(claim.__dict__)
            return
        changed = [name for name in form.changed_data if name in CLAIM_EDITABLE_FIELDS]
        if changed or "partners" in form.changed_data:
            claim_update(
                claim=obj,
                data={name: data[name] for name in changed},
                partners=data["partners"] if "partners" in form.changed_data else None,
                expected_version=data["base_version"],
                actor=request.user,
                job="admin",
            )

    def save_related(self, request: HttpRequest, form: Any, formsets: Any, change: bool) -> None:
        if not change:
            return  # claim_create set the partners and the first deadline
        for formset in formsets:
            self.save_formset(request, form, formset, change=True)

    def save_formset(self, request: HttpRequest, form: Any, formset: Any, change: bool) -> None:
        claim = form.instance
        formset.new_objects, formset.changed_objects, formset.deleted_objects = [], [], []
        for extra in formset.extra_forms:
            if not extra.has_changed():
                continue
            data = extra.cleaned_data
            if formset.model is DeadlineRevision:
                if data.get("kind") == DeadlineStatementForm.Kind.CORRECTION:
                    revision = deadline_revision_correct(
                        revision=data["corrects"],
                        text=data["text"],
                        reason=data["reason"],
                        stated_on=data.get("stated_on"),
                        source=data.get("source"),
                        actor=request.user,
                        job="admin",
                    )
                else:
                    revision = deadline_revision_create(
                        claim=claim,
                        text=data["text"],
                        stated_on=data["stated_on"],
                        source=data["source"],
                        actor=request.user,
                        job="admin",
                    )
                formset.new_objects.append(revision)
            elif formset.model is Evidence:
                formset.new_objects.append(
                    evidence_add(
                        claim=claim,
                        source=data["source"],
                        observed_on=data["observed_on"],
                        kind=data["kind"],
                        summary=data.get("summary", ""),
                        deadline_text=data.get("deadline_text", ""),
                        actor=request.user,
                        job="admin",
                    )
                )

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        try:
            return super().changeform_view(request, object_id, form_url, extra_context)
        except StaleVersion as stale:
            # Checked by the form first; this is the race the row lock did not cover.
            transaction.set_rollback(True)
            self.message_user(request, str(stale), messages.ERROR)
            return HttpResponseRedirect(request.path)
        except ValidationError as error:
            # A rule the services check against the stored ledger (a statement before the
            # promise, a date in the future...): nothing was saved.
            transaction.set_rollback(True)
            self.message_user(request, "Not saved. " + "; ".join(error.messages), messages.ERROR)
            return HttpResponseRedirect(request.path)

    # --- Outcomes -----------------------------------------------------------------------

    def outcome_view(self, request: HttpRequest, object_id: int, page: str) -> HttpResponse:
        """One claim's outcome page (Record fulfilment, withdrawal...), with its version."""
        if page not in OUTCOME_PAGES:
            raise Http404("No such outcome.")
        claim = self.get_object(request, str(object_id))
        if claim is None:
            raise Http404("No such claim.")
        if not self.has_change_permission(request, claim):
            raise PermissionDenied
        outcome, title = OUTCOME_PAGES[page]
        form = OutcomeForm(
            request.POST if request.method == "POST" else None,
            outcome=outcome,
            initial={"version": claim.version},
            admin_site=self.admin_site,
            can_add_source=request.user.has_perm("claims.add_source"),
        )
        if request.method == "POST" and form.is_valid():
            try:
                claim_record_outcome(
                    claim=claim,
                    outcome=outcome,
                    on=form.cleaned_data.get("on"),
                    reason=form.cleaned_data.get("reason", ""),
                    source=form.cleaned_data.get("source"),
                    rationale=form.cleaned_data.get("rationale", ""),
                    expected_version=form.cleaned_data.get("version"),
                    actor=request.user,
                    job="admin",
                )
            except (StaleVersion, ValidationError) as error:
                transaction.set_rollback(True)
                message = str(error) if isinstance(error, StaleVersion) else error.messages
                form.add_error(None, message)
            else:
                self.message_user(request, f"{title}: recorded.")
                return HttpResponseRedirect(reverse("admin:claims_claim_change", args=[claim.pk]))
        return TemplateResponse(
            request,
            "admin/claims/claim/record_outcome.html",
            {
                **self.admin_site.each_context(request),
                "title": f"{title}: {claim.statement}",
                "button": title,
                "claims": [claim],
                "form": form,
                "adminform": admin_form(form),
                "opts": self.model._meta,
                "single": True,
            },
        )

    def _outcome_action(self, request, queryset, *, outcome: str, title: str):
        form = OutcomeForm(
            request.POST if "apply" in request.POST else None,
            outcome=outcome,
            admin_site=self.admin_site,
            can_add_source=request.user.has_perm("claims.add_source"),
        )
        if "apply" in request.POST and form.is_valid():
            recorded, refused = 0, []
            for claim in queryset:
                try:
                    with transaction.atomic():
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
                "button": title,
                "claims": queryset,
                "form": form,
                "adminform": admin_form(form),
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
