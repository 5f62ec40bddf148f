"""Forms shared by the admin (and later the API): deadlines are typed as words and parsed here."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django import forms
from django.contrib.admin.widgets import AutocompleteSelect, RelatedFieldWidgetWrapper
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Case, IntegerField, Value, When
from django.utils import timezone
from django.utils.translation import gettext

from .models import Claim, ClaimDraft, DeadlineRevision, Evidence, Outcome, ReasonCode, Source
from .selectors import claim_changes_since
from .services import deadline_parse, statement_window
from .validators import single_line


class ClaimAddForm(forms.ModelForm):
    """A new promise: who made it, when, where, and its first deadline in words."""

    deadline_text = forms.CharField(
        label="Deadline",
        required=False,
        max_length=500,
        validators=[single_line],
        help_text='As the promiser put it: "by the end of 2024", "in 2025", "fin 2025". '
        "Leave empty for a promise with no date. Restate it later with a new deadline revision.",
        widget=forms.TextInput(attrs={"class": "vTextField deadline-text", "size": 40}),
    )

    class Meta:
        model = Claim
        # Explicit, so a column added later is not editable in the admin until someone decides.
        fields = [
            "subject",
            "promiser",
            "partners",
            "statement",
            "quote",
            "category",
            "source",
            "stated_on",
            "stated_on_precision",
            "reported_after_the_fact",
            "keywords",
            "timezone",
        ]
        widgets = {
            "statement": forms.Textarea(attrs={"rows": 2, "cols": 80}),
            "quote": forms.Textarea(attrs={"rows": 4, "cols": 80}),
        }

    def clean(self) -> dict[str, Any]:
        super().clean()
        # The same checks as claim_create, shown on the form before anything is saved.
        text = (self.cleaned_data.get("deadline_text") or "").strip()
        stated_on = self.cleaned_data.get("stated_on")
        if text and stated_on:
            try:
                statement_window(
                    text=text,
                    stated_on=stated_on,
                    tz_name=self.cleaned_data.get("timezone"),
                    reported=bool(self.cleaned_data.get("reported_after_the_fact")),
                    field="deadline_text",
                    stated_precision=self.cleaned_data.get("stated_on_precision") or "day",
                )
            except ValidationError as error:
                self.add_error(None, error)
        return self.cleaned_data


class ClaimChangeForm(forms.ModelForm):
    """The descriptive fields of a recorded promise, and the version the editor started from.

    The promise itself (promiser, date, source) is fixed; the deadline changes through
    statements below the form, the outcome through its own buttons.
    """

    # Not "version": a ModelForm may not name the model's non-editable field.
    base_version = forms.IntegerField(widget=forms.HiddenInput)

    class Meta:
        model = Claim
        fields = ["subject", "partners", "statement", "quote", "category", "keywords", "timezone"]
        widgets = {
            "statement": forms.Textarea(attrs={"rows": 2, "cols": 80}),
            "quote": forms.Textarea(attrs={"rows": 4, "cols": 80}),
        }

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["base_version"].initial = self.instance.version

    def clean(self) -> dict[str, Any]:
        super().clean()
        expected = self.cleaned_data.get("base_version")
        if expected is not None and self.instance.pk:
            # Locked until the request's transaction ends: nobody writes between this check
            # and the save.
            current = Claim.objects.select_for_update().get(pk=self.instance.pk)
            if current.version != expected:
                changed = claim_changes_since(claim=current, version=expected)
                raise ValidationError(
                    gettext(
                        "Someone else changed this claim since you opened it "
                        "(version %(expected)s, now %(current)s): %(changed)s. Nothing was saved: "
                        "reload the page to see their change, then make yours again."
                    ),
                    code="stale",
                    params={
                        "expected": expected,
                        "current": current.version,
                        "changed": ", ".join(changed) + " changed" if changed else "it changed",
                    },
                )
        return self.cleaned_data


class DeadlineStatementForm(forms.ModelForm):
    """A new statement of the deadline: a restatement by the promiser, or the correction of a
    statement recorded wrongly (with the reason). Recorded statements are never edited."""

    class Kind(models.TextChoices):
        RESTATEMENT = "restatement", "restatement (the promiser gave a new date)"
        CORRECTION = "correction", "correction (a statement was recorded wrongly)"

    # Not on the form: filled in from the parsed text.
    WINDOW_FIELDS = frozenset({"start", "end", "precision", "qualifier", "language"})

    kind = forms.ChoiceField(choices=Kind.choices, initial=Kind.RESTATEMENT, required=False)

    class Meta:
        model = DeadlineRevision
        fields = ["kind", "text", "stated_on", "source", "corrects", "reason"]
        widgets = {"text": forms.TextInput(attrs={"class": "vTextField deadline-text", "size": 30})}

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # The admin's inline limits `corrects` to the claim's statements (it knows the claim;
        # the row does not yet when it is built).
        self.fields["corrects"].required = False
        # A restatement needs its date and source (marked required on the row); a correction
        # may keep those of the statement it corrects.
        correcting = self.is_bound and self.data.get(self.add_prefix("kind")) == (
            self.Kind.CORRECTION
        )
        for name in ("stated_on", "source"):
            self.fields[name].required = not correcting
            self.fields[name].help_text = "Required for a restatement."
            self.fields[name].error_messages["required"] = (
                "A restatement needs its date and its source."
            )

    def clean(self) -> dict[str, Any]:
        super().clean()
        cleaned = self.cleaned_data
        correction = cleaned.get("kind") == self.Kind.CORRECTION
        if correction:
            corrects = cleaned.get("corrects")
            if not corrects:
                self.add_error("corrects", "Choose the statement this corrects.")
            elif corrects.claim_id != self.instance.claim_id or corrects.corrects_id:
                self.add_error("corrects", "Choose one of this claim's statements.")
            if not (cleaned.get("reason") or "").strip():
                self.add_error("reason", "Say what was recorded wrongly.")
        else:
            for field in ("stated_on", "source"):
                if not cleaned.get(field) and field not in self.errors:
                    self.add_error(field, "A restatement needs its date and its source.")
            if cleaned.get("corrects") or (cleaned.get("reason") or "").strip():
                self.add_error("kind", "Choose correction to correct a statement.")
        stated_on = cleaned.get("stated_on") or getattr(cleaned.get("corrects"), "stated_on", None)
        if cleaned.get("text") and stated_on and self.instance.claim_id:
            # The same checks as the services, shown on the row before anything is saved.
            try:
                statement_window(
                    text=cleaned["text"],
                    stated_on=stated_on,
                    claim=self.instance.claim,
                    stated_precision=cleaned.get("stated_on_precision") or "day",
                )
            except ValidationError as error:
                self.add_error(None, error)
        return cleaned

    def _get_validation_exclusions(self) -> set[str]:
        # The services validate the new revision as a whole (window, dates, correction).
        return {field.name for field in DeadlineRevision._meta.fields}


class EvidenceAddForm(forms.ModelForm):
    """Evidence an editor adds: it starts as a candidate, like the news watch's, and is
    confirmed or rejected through the review, which applies it to the claim."""

    class Meta:
        model = Evidence
        fields = ["observed_on", "kind", "source", "summary", "deadline_text"]
        widgets = {"summary": forms.Textarea(attrs={"rows": 2, "cols": 40})}


class OutcomeForm(forms.Form):
    """The page of the outcome buttons and actions: when, why, from which source."""

    on = forms.DateField(label="Date", widget=forms.DateInput(attrs={"type": "date"}))
    reason = forms.ChoiceField(choices=ReasonCode.choices, required=False)
    source = forms.ModelChoiceField(
        queryset=Source.objects.all(),
        required=False,
        help_text="The document that shows it, if any.",
    )
    rationale = forms.CharField(
        max_length=500, required=False, label="Note", validators=[single_line]
    )
    version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    def __init__(
        self, *args: Any, outcome: str, admin_site: Any = None, can_add_source: bool = False,
        **kwargs: Any,
    ) -> None:  # fmt: skip
        super().__init__(*args, **kwargs)
        self.outcome = outcome
        if admin_site is not None:
            # The admin's picker: searched as the editor types (SourceAdmin's search_fields),
            # with "add another" when the editor may record a source.
            source_fk = Claim._meta.get_field("source")
            picker = AutocompleteSelect(source_fk, admin_site)
            picker.choices = self.fields["source"].choices  # type: ignore[attr-defined]
            self.fields["source"].widget = RelatedFieldWidgetWrapper(
                picker,
                source_fk.remote_field,
                admin_site,
                can_add_related=can_add_source,
                can_change_related=False,
                can_delete_related=False,
                can_view_related=False,
            )
        if outcome == Outcome.FULFILLED:
            del self.fields["reason"]
        if outcome in (Outcome.OPEN, Outcome.UNVERIFIABLE):
            self.fields["on"].required = False
            self.fields["on"].widget = forms.HiddenInput()

    def clean_on(self) -> dt.date | None:
        on = self.cleaned_data["on"]
        if on is not None and on > timezone.localdate():
            raise ValidationError(
                gettext("%(on)s is in the future; record the outcome once it has happened.")
                % {"on": format(on, "%Y-%m-%d")}
            )
        return on


class ArticleImportForm(forms.Form):
    """The admin's "Import article" page: a URL or the article's text (or HTML), pasted."""

    url = forms.URLField(
        label="URL",
        required=False,
        max_length=1000,
        assume_scheme="https",
        help_text="Fetched with the news watch's safe client (HTML pages of at most 5 MiB).",
        widget=forms.URLInput(attrs={"class": "vURLField"}),
    )
    text = forms.CharField(
        label="or the article's text",
        required=False,
        widget=forms.Textarea(attrs={"rows": 14, "cols": 90, "class": "vLargeTextField"}),
        help_text="Pasted text or HTML. A first line that reads like a title becomes the title.",
    )
    published_on = forms.DateField(
        label="Published on",
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text="Needed when the page or byline does not give it: relative deadlines "
        '("next year") count from this date.',
    )
    publisher = forms.CharField(
        max_length=200, required=False, widget=forms.TextInput(attrs={"class": "vTextField"})
    )
    title = forms.CharField(
        max_length=500,
        required=False,
        help_text="Default: the page's.",
        widget=forms.TextInput(attrs={"class": "vTextField"}),
    )

    def clean(self) -> dict[str, Any]:
        super().clean()  # returns self.cleaned_data, which the stubs allow to be None
        cleaned = self.cleaned_data
        url, text = cleaned.get("url"), (cleaned.get("text") or "").strip()
        if url and text:
            raise ValidationError(gettext("Give the article's URL or its text, not both."))
        if not url and not text and not self.errors:
            raise ValidationError(gettext("Give the article's URL or paste its text."))
        published_on = cleaned.get("published_on")
        if published_on and published_on > timezone.localdate():
            self.add_error("published_on", "The publication date is in the future.")
        return cleaned


class ClaimDraftForm(forms.ModelForm):
    """An editor's corrections to a draft; the window is parsed again from the deadline text."""

    class Meta:
        model = ClaimDraft
        fields = [
            "statement",
            "quote",
            "promiser",
            "promiser_name",
            "subject",
            "category",
            "deadline_text",
            "stated_on",
        ]
        widgets = {
            "deadline_text": forms.TextInput(attrs={"class": "vTextField deadline-text"}),
            "quote": forms.Textarea(attrs={"rows": 4, "cols": 90}),
        }

    def clean(self) -> dict[str, Any]:
        super().clean()  # returns self.cleaned_data, which the stubs allow to be None
        cleaned = self.cleaned_data
        text = (cleaned.get("deadline_text") or "").strip()
        if text and cleaned.get("stated_on"):
            try:
                deadline_parse(text=text, stated_on=cleaned["stated_on"], field="deadline_text")
            except ValidationError as error:
                self.add_error(None, error)
        return cleaned


class _ClaimChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj: Claim) -> str:
        return f"{obj.promiser.name} — {obj.subject}: {obj.statement}"


class DraftMergeForm(forms.Form):
    """The merge action's page: the existing claim this draft restates."""

    claim = _ClaimChoiceField(
        queryset=Claim.objects.none(),
        help_text="The draft's deadline becomes a new revision of this claim, sourced from the "
        "draft's article.",
    )

    def __init__(self, *args, promiser_id: int | None = None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        # The promiser's own claims come first: nearly always the one an editor picks.
        first = When(promiser_id=promiser_id, then=Value(0)) if promiser_id else None
        order = Case(first, default=Value(1), output_field=IntegerField()) if first else Value(1)
        claim_field = self.fields["claim"]
        if not isinstance(claim_field, forms.ModelChoiceField):
            raise TypeError("DraftMergeForm.claim is declared as a ModelChoiceField.")
        claim_field.queryset = (
            Claim.objects.select_related("promiser")
            .annotate(promiser_first=order)
            .order_by("promiser_first", "promiser__name", "subject", "id")
        )
