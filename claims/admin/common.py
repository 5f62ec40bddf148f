"""What the ledger's admin pages share: colours, mixins, list filters."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django import forms
from django.contrib import admin
from django.contrib.admin import helpers
from django.core.exceptions import PermissionDenied
from django.db import models
from django.utils import timezone
from django.utils.formats import date_format
from simple_history.admin import SimpleHistoryAdmin

from ..models import (
    Status,
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


# A URL typed without a scheme is read as https (Django 6's default, asked for now).
URL_FIELDS_ASSUME_HTTPS: dict[type[models.Field[Any, Any]], dict[str, Any]] = {
    models.URLField: {"assume_scheme": "https"}
}


def admin_form(form: forms.Form) -> helpers.AdminForm:
    """A plain form laid out as the admin's own (labels, required marks, help, errors), for
    the pages the admin does not build: outcomes, the article import, confirmations."""
    visible = [name for name, field in form.fields.items() if not field.widget.is_hidden]
    # The stubs ask for a ModelForm; AdminForm reads only a form's fields and errors.
    plain: Any = form
    return helpers.AdminForm(plain, [(None, {"fields": visible})], {})


def window_in_words(start: dt.date | None, end: dt.date | None) -> str:
    """A deadline window as an editor reads it: "1 June 2027 to 31 August 2027"."""

    def day(date: dt.date) -> str:
        return date_format(date, "j F Y")

    if start and end:
        return day(end) if start == end else f"{day(start)} to {day(end)}"
    if end:
        return f"by {day(end)}"
    if start:
        return f"not before {day(start)} (no end given)"
    return "no deadline"


def claim_label(claim: Any, length: int = 70) -> str:
    """A claim as a list names it: its statement, shortened, and who promised it."""
    return f"{shortened(claim.statement, length)} ({claim.promiser.name})"


class ListColumnsMixin:
    """Short columns for the lists that name a claim or carry long text, so that they fit
    a 1280 px screen (the full text is on each row's page)."""

    @admin.display(description="claim", ordering="claim__statement")
    def claim_short(self, obj: Any) -> str:
        return claim_label(obj.claim)

    @admin.display(description="source", ordering="source__title")
    def source_short(self, obj: Any) -> str:
        return shortened(obj.source.title, 60) if obj.source_id else "—"

    @admin.display(description="rationale")
    def rationale_short(self, obj: Any) -> str:
        return shortened(obj.rationale, 120)


def shortened(text: str, length: int) -> str:
    """The text cut to `length` characters at most, an ellipsis marking the cut."""
    text = " ".join(text.split())
    return text if len(text) <= length else text[: length - 1].rstrip() + "…"


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


class FirstDeadlineFilter(admin.SimpleListFilter):
    title = "first deadline"
    parameter_name = "first_deadline"

    def lookups(self, request, model_admin):
        return [("missed", "missed (whatever was restated since)"), ("met", "met")]

    def queryset(self, request, queryset):
        if self.value() == "missed":
            return queryset.filter(first_deadline_met=False)
        if self.value() == "met":
            return queryset.filter(first_deadline_met=True)
        return queryset


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
