"""Forms shared by the admin (and later the API): deadlines are typed as words and parsed here."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.db.models import Case, IntegerField, Value, When
from django.utils import timezone

from .models import Claim, ClaimDraft, DeadlineRevision, Outcome, ReasonCode, Source
from .services import deadline_parse, deadline_revision_apply_window


class ClaimForm(forms.ModelForm):
    deadline_text = forms.CharField(
        label="Deadline",
        required=False,
        max_length=500,
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
            "keywords",
            "timezone",
            "outcome",
            "outcome_on",
            "reason",
        ]

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            # Once recorded, the deadline changes only through revisions, never in place.
            del self.fields["deadline_text"]

    def clean(self) -> dict[str, Any]:
        super().clean()  # returns self.cleaned_data, which the stubs allow to be None
        cleaned = self.cleaned_data
        text = (cleaned.get("deadline_text") or "").strip()
        stated_on = cleaned.get("stated_on")
        if text and stated_on:
            try:
                cleaned["deadline_window"] = deadline_parse(
                    text=text, stated_on=stated_on, field="deadline_text"
                )
            except ValidationError as error:
                self.add_error(None, error)
        return cleaned


class DeadlineRevisionForm(forms.ModelForm):
    """A deadline statement typed as words; the window is filled in from the parser."""

    # Not on the form: filled in from the parsed text.
    WINDOW_FIELDS = frozenset({"start", "end", "precision", "qualifier", "language"})

    class Meta:
        model = DeadlineRevision
        fields = ["text", "stated_on", "source"]
        widgets = {"text": forms.TextInput(attrs={"class": "vTextField deadline-text", "size": 30})}

    def clean(self) -> dict[str, Any]:
        super().clean()  # returns self.cleaned_data, which the stubs allow to be None
        cleaned = self.cleaned_data
        self.window_parsed = False
        if cleaned.get("text") and cleaned.get("stated_on"):
            self.instance.text, self.instance.stated_on = cleaned["text"], cleaned["stated_on"]
            try:
                deadline_revision_apply_window(revision=self.instance)
            except ValidationError as error:
                self.add_error(None, error)
            else:
                self.window_parsed = True
        return cleaned

    def _get_validation_exclusions(self) -> set[str]:
        # A parsed window must pass the model's rules (start <= end) like the typed fields; an
        # unparsed one is already an error on the text and has nothing to validate.
        # A private hook of Django's model forms, absent from django-stubs.
        exclusions: set[str] = super()._get_validation_exclusions()  # type: ignore[misc]
        if getattr(self, "window_parsed", False):
            return exclusions - self.WINDOW_FIELDS
        return exclusions

    def _update_errors(self, errors: ValidationError) -> None:
        # An error on a window field is about the words typed: show it on the text.
        if hasattr(errors, "error_dict") and self.WINDOW_FIELDS & errors.error_dict.keys():
            moved: dict[str, list] = {}
            for field, field_errors in errors.error_dict.items():
                target = "text" if field in self.WINDOW_FIELDS else field
                moved.setdefault(target, []).extend(field_errors)
            errors = ValidationError(moved)
        super()._update_errors(errors)  # type: ignore[misc]  # private Django hook, not in stubs


class OutcomeForm(forms.Form):
    """The intermediate page of the "record fulfilment" and "record withdrawal" actions."""

    on = forms.DateField(label="Date", widget=forms.DateInput(attrs={"type": "date"}))
    reason = forms.ChoiceField(choices=ReasonCode.choices, required=False)
    source = forms.ModelChoiceField(
        queryset=Source.objects.all(),
        required=False,
        help_text="The document that shows it, if any.",
    )
    rationale = forms.CharField(max_length=500, required=False, label="Note")

    def __init__(self, *args, outcome: str, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.outcome = outcome
        if outcome == Outcome.FULFILLED:
            del self.fields["reason"]

    def clean_on(self) -> dt.date:
        on = self.cleaned_data["on"]
        if on > timezone.localdate():
            raise ValidationError(
                f"{on:%Y-%m-%d} is in the future; record the outcome once it has happened."
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
    )
    text = forms.CharField(
        label="or the article's text",
        required=False,
        widget=forms.Textarea(attrs={"rows": 14, "cols": 90}),
        help_text="Pasted text or HTML. A first line that reads like a title becomes the title.",
    )
    published_on = forms.DateField(
        label="Published on",
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text="Needed when the page or byline does not give it: relative deadlines "
        '("next year") count from this date.',
    )
    publisher = forms.CharField(max_length=200, required=False)
    title = forms.CharField(max_length=500, required=False, help_text="Default: the page's.")

    def clean(self) -> dict[str, Any]:
        super().clean()  # returns self.cleaned_data, which the stubs allow to be None
        cleaned = self.cleaned_data
        url, text = cleaned.get("url"), (cleaned.get("text") or "").strip()
        if url and text:
            raise ValidationError("Give the article's URL or its text, not both.")
        if not url and not text and not self.errors:
            raise ValidationError("Give the article's URL or paste its text.")
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
