"""Explicit serializers. Reading ones shape rows that selectors annotated; writing ones only
validate input, and the views hand it to claims.services (the same functions as the admin)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from django.utils.translation import gettext
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from .. import selectors
from ..models import (
    Category,
    Claim,
    DeadlineRevision,
    Evidence,
    Organisation,
    Outcome,
    ReasonCode,
    Source,
    Status,
    StatusEvent,
)

if TYPE_CHECKING:
    from ..selectors import ClaimWithMetrics

# The longest deadline phrase a revision stores (DeadlineRevision.text).
MAX_PHRASE_LENGTH = DeadlineRevision._meta.get_field("text").max_length
# The parser's calendar (claims.deadlines): dates outside it cannot hold a deadline.
EARLIEST_DATE = dt.date(1900, 1, 1)
LATEST_DATE = dt.date(2100, 12, 31)
SLUG_PATTERN = re.compile(r"[-a-zA-Z0-9_]{1,50}")


class LedgerDateField(serializers.DateField):
    """A date the ledger can hold: YYYY-MM-DD, between 1900 and 2100."""

    def to_internal_value(self, value):
        date = super().to_internal_value(value)
        if not EARLIEST_DATE <= date <= LATEST_DATE:
            raise serializers.ValidationError(
                gettext("Give a date between %(earliest)s and %(latest)s, not %(date)s.")
                % {"earliest": EARLIEST_DATE, "latest": LATEST_DATE, "date": date}
            )
        return date


# --- Reading ---------------------------------------------------------------------------


class OrganisationRefSerializer(serializers.ModelSerializer):
    class Meta:
        model = Organisation
        fields = ["slug", "name"]


class SourceRefSerializer(serializers.ModelSerializer):
    class Meta:
        model = Source
        fields = ["id", "kind", "title", "url", "publisher", "published_on"]


class RevisionSerializer(serializers.ModelSerializer):
    class Meta:
        model = DeadlineRevision
        fields = [
            "id",
            "stated_on",
            "text",
            "start",
            "end",
            "precision",
            "qualifier",
            "source_id",
            "corrects",
            "reason",
        ]


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value is not None else None


_DATETIME = serializers.DateTimeField()


def _forecast_json(forecast: dict[str, Any] | None) -> dict[str, Any] | None:
    """selectors.claim_forecast's dates as the API writes them (as ForecastSerializer would)."""
    if forecast is None:
        return None
    return {
        **forecast,
        "p50_date": _iso(forecast["p50_date"]),
        "p80_date": _iso(forecast["p80_date"]),
        "as_of": _iso(forecast["as_of"]),
        "computed_at": _DATETIME.to_representation(forecast["computed_at"]),
    }


def _revisions(claim: Claim) -> list[DeadlineRevision]:
    # Prefetched by the views into `revision_list`, ordered as claim_sync_deadline reads them.
    return getattr(claim, "revision_list", [])


class OriginalDeadlineSerializer(serializers.Serializer):
    """The first statement of the deadline: the promise that lateness is judged against."""

    start = serializers.DateField(source="original_deadline_start", allow_null=True)
    end = serializers.DateField(source="original_deadline_end", allow_null=True)
    text = serializers.SerializerMethodField()
    stated_on = serializers.SerializerMethodField()

    @extend_schema_field(serializers.CharField(allow_null=True))
    def get_text(self, claim: Claim) -> str | None:
        revisions = _revisions(claim)
        return revisions[0].text if revisions else None

    @extend_schema_field(serializers.DateField(allow_null=True))
    def get_stated_on(self, claim: Claim) -> str | None:
        revisions = _revisions(claim)
        return _iso(revisions[0].stated_on) if revisions else None


class CurrentDeadlineSerializer(OriginalDeadlineSerializer):
    """The latest statement of the deadline: the one in force."""

    start = serializers.DateField(source="deadline_start", allow_null=True)
    end = serializers.DateField(source="deadline_end", allow_null=True)

    @extend_schema_field(serializers.CharField(allow_null=True))
    def get_text(self, claim: Claim) -> str | None:
        revisions = _revisions(claim)
        return revisions[-1].text if revisions else None

    @extend_schema_field(serializers.DateField(allow_null=True))
    def get_stated_on(self, claim: Claim) -> str | None:
        revisions = _revisions(claim)
        return _iso(revisions[-1].stated_on) if revisions else None


class OutcomeSerializer(serializers.Serializer):
    outcome = serializers.ChoiceField(choices=Outcome.choices)
    on = serializers.DateField(source="outcome_on", allow_null=True)
    reason = serializers.ChoiceField(choices=ReasonCode.choices)


class OrganisationSlugField(serializers.SlugRelatedField):
    """An organisation by slug. Anything that cannot be a slug is refused before the lookup:
    PostgreSQL rejects a NUL byte in a query, which would otherwise surface as a 500."""

    default_error_messages = {
        "not_a_slug": "{value!r} is not an organisation slug (letters, digits, hyphens).",
    }

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("queryset", Organisation.objects.all())
        super().__init__(slug_field="slug", **kwargs)

    def to_internal_value(self, data: Any) -> Organisation:
        if not isinstance(data, str) or not SLUG_PATTERN.fullmatch(data):
            self.fail("not_a_slug", value=str(data)[:60])
        return super().to_internal_value(data)


class StrictFieldsMixin(serializers.Serializer):
    """A body field the endpoint does not know is refused, by name, not silently dropped (a
    typo such as "outcom" would otherwise look like a successful write)."""

    def to_internal_value(self, data: Any) -> Any:
        if isinstance(data, Mapping):
            unknown = sorted(set(data) - set(self.fields))
            if unknown:
                raise serializers.ValidationError(
                    {
                        name: [gettext("Unknown field: this endpoint does not accept it.")]
                        for name in unknown
                    }
                )
        return super().to_internal_value(data)


class ForecastReferenceSerializer(serializers.Serializer):
    organisation = serializers.IntegerField(
        help_text="The organisation's dates in this category whose end has passed."
    )
    category = serializers.IntegerField(help_text="All organisations' in this category.")
    all_claims = serializers.IntegerField(help_text="All claims' dates whose end has passed.")


class ForecastRecordSerializer(serializers.Serializer):
    held = serializers.IntegerField()
    n = serializers.IntegerField()


class ForecastSerializer(serializers.Serializer):
    """See selectors.claim_forecast and docs/forecasts.md."""

    p_on_time = serializers.FloatField(
        help_text="Probability it is fulfilled by the end of the deadline in force (no grace)."
    )
    p_on_time_first = serializers.FloatField(help_text="The same against the first deadline.")
    p50_date = serializers.DateField(
        allow_null=True, help_text="Even odds of fulfilment by this day; null beyond the data."
    )
    p80_date = serializers.DateField(
        allow_null=True, help_text="80% odds of fulfilment by this day; null beyond the data."
    )
    p_beyond_data = serializers.FloatField(
        help_text="Probability the record cannot place (later than any claim seen, or never)."
    )
    n_reference = ForecastReferenceSerializer()
    method = serializers.CharField(
        help_text="empirical-bayes (shrinkage fitted) or published-prior (too few resolved)."
    )
    model_version = serializers.CharField()
    as_of = serializers.DateField()
    computed_at = serializers.DateTimeField()
    organisation = ForecastRecordSerializer(help_text="The organisation's first dates: held of n.")
    sentence = serializers.CharField()
    age_days = serializers.IntegerField(help_text="Days since the forecast was computed.")


class ClaimSerializer(serializers.ModelSerializer):
    """A claim with its first and current window, status, lateness, slippage and version."""

    organisation = OrganisationRefSerializer(source="promiser")
    status = serializers.ChoiceField(choices=Status.choices, allow_blank=True)
    original_deadline = OriginalDeadlineSerializer(source="*")
    current_deadline = CurrentDeadlineSerializer(source="*")
    slipped = serializers.BooleanField()
    slippage_days = serializers.IntegerField(
        allow_null=True,
        help_text="How far the deadline in force moved from the first: days from the first "
        "deadline's end to the current one's; null without both.",
    )
    days_late = serializers.IntegerField(
        allow_null=True,
        help_text="Days past the end of the FIRST deadline: until the fulfilment for a fulfilled "
        "claim (0 when on time), until today for one still open, whatever was restated since; "
        "null when the first deadline has not passed or there is none. Never negative.",
    )
    first_deadline_met = serializers.BooleanField(
        allow_null=True,
        help_text="Whether the first deadline was met: true, false, or null while not known.",
    )
    version = serializers.IntegerField(
        help_text="Send it back with a PATCH: a change based on an older version gets a 409."
    )
    restatements = serializers.IntegerField(help_text="Deadline statements after the first.")
    # A field named like a Field attribute: DRF's metaclass takes it out of the class, but the
    # stubs see Field.source (typeddjango/djangorestframework-stubs#158).
    source = SourceRefSerializer()  # type: ignore[assignment]
    outcome = OutcomeSerializer(source="*")
    revisions = RevisionSerializer(source="revision_list", many=True)
    forecast = serializers.SerializerMethodField(
        help_text="The latest forecast from the track record, or null: forecast_reason says why."
    )
    forecast_reason = serializers.SerializerMethodField(
        help_text="Why forecast is null (no dated deadline, settled, nothing to learn from "
        "yet); empty when there is a forecast."
    )

    @extend_schema_field(ForecastSerializer(allow_null=True))
    def get_forecast(self, claim: Claim) -> dict[str, Any] | None:
        forecast = selectors.claim_forecast(claim)
        return None if forecast is None else ForecastSerializer(forecast).data

    def get_forecast_reason(self, claim: Claim) -> str:
        return "" if selectors.claim_forecast(claim) else selectors.claim_forecast_reason(claim)

    def to_representation(self, claim: ClaimWithMetrics) -> dict[str, Any]:
        # The list's hot path (50-200 claims a page): the same keys and values as the declared
        # fields above, which document the schema and serve the detail view, built without
        # DRF's per-field walk (about a third of a page's time otherwise).
        # tests/claims/test_api_claims.py checks that both give the same output.
        revisions = getattr(claim, "revision_list", [])
        first, last = (revisions[0], revisions[-1]) if revisions else (None, None)
        forecast = _forecast_json(selectors.claim_forecast(claim))
        promiser, source = claim.promiser, claim.source
        return {
            "id": claim.pk,
            "subject": claim.subject,
            "statement": claim.statement,
            "category": claim.category,
            "organisation": {"slug": promiser.slug, "name": promiser.name},
            "stated_on": _iso(claim.stated_on),
            "status": claim.status,
            "original_deadline": {
                "start": _iso(claim.original_deadline_start),
                "end": _iso(claim.original_deadline_end),
                "text": first.text if first else None,
                "stated_on": _iso(first.stated_on) if first else None,
            },
            "current_deadline": {
                "start": _iso(claim.deadline_start),
                "end": _iso(claim.deadline_end),
                "text": last.text if last else None,
                "stated_on": _iso(last.stated_on) if last else None,
            },
            "slipped": bool(claim.slipped),
            "slippage_days": claim.slippage_days,
            "days_late": claim.days_late,
            "first_deadline_met": claim.first_deadline_met,
            "version": claim.version,
            "restatements": claim.restatements,
            "source": {
                "id": source.pk,
                "kind": source.kind,
                "title": source.title,
                "url": source.url,
                "publisher": source.publisher,
                "published_on": _iso(source.published_on),
            },
            "outcome": {
                "outcome": claim.outcome,
                "on": _iso(claim.outcome_on),
                "reason": claim.reason,
            },
            "revisions": [
                {
                    "id": revision.pk,
                    "stated_on": _iso(revision.stated_on),
                    "text": revision.text,
                    "start": _iso(revision.start),
                    "end": _iso(revision.end),
                    "precision": revision.precision,
                    "qualifier": revision.qualifier,
                    "source_id": revision.source_id,
                    "corrects": revision.corrects_id,
                    "reason": revision.reason,
                }
                for revision in revisions
            ],
            "forecast": forecast,
            "forecast_reason": "" if forecast else selectors.claim_forecast_reason(claim),
        }

    class Meta:
        model = Claim
        fields = [
            "id",
            "subject",
            "statement",
            "category",
            "organisation",
            "stated_on",
            "status",
            "original_deadline",
            "current_deadline",
            "slipped",
            "slippage_days",
            "days_late",
            "first_deadline_met",
            "version",
            "restatements",
            "source",
            "outcome",
            "revisions",
            "forecast",
            "forecast_reason",
        ]


class ClaimDetailSerializer(ClaimSerializer):
    partners = OrganisationRefSerializer(many=True)

    def to_representation(self, claim: ClaimWithMetrics) -> dict[str, Any]:
        # One claim: DRF's declared-field walk is cheap enough and covers the extra fields.
        return serializers.ModelSerializer.to_representation(self, claim)

    class Meta(ClaimSerializer.Meta):
        fields = [
            *ClaimSerializer.Meta.fields,
            "quote",
            "keywords",
            "partners",
            "timezone",
            "created_at",
            "updated_at",
        ]


class RateSerializer(serializers.Serializer):
    share = serializers.FloatField(allow_null=True, help_text="met / n; null when n is 0.")
    met = serializers.IntegerField()
    missed = serializers.IntegerField()
    n = serializers.IntegerField(help_text="Claims whose deadline is decided (met or missed).")


class DistributionSerializer(serializers.Serializer):
    median = serializers.FloatField(allow_null=True, help_text="null when n is 0 (no data).")
    p90 = serializers.FloatField(allow_null=True, help_text="90th percentile; null when n is 0.")
    n = serializers.IntegerField()


class OrganisationForecastSerializer(serializers.Serializer):
    p_on_time = serializers.FloatField(help_text="Its share held, shrunk toward all claims'.")
    held = serializers.IntegerField()
    n = serializers.IntegerField(help_text="Its first dates whose end has passed.")
    as_of = serializers.DateField()
    sentence = serializers.CharField()


class ScorecardSerializer(serializers.Serializer):
    """See selectors.organisation_scorecards and docs/status.md for the definitions."""

    claims = serializers.IntegerField()
    by_status = serializers.DictField(child=serializers.IntegerField())
    settled = serializers.IntegerField(help_text="Claims fulfilled on time, late, or missed.")
    on_time_first = RateSerializer(help_text="Met by the first deadline stated.")
    on_time_in_force = RateSerializer(help_text="Met by the deadline in force.")
    days_late = DistributionSerializer(
        help_text="Days past the first deadline, open claims past it included."
    )
    slippage_days = DistributionSerializer(
        help_text="How far the deadline in force moved from the first."
    )
    missed_first_deadline = serializers.IntegerField()
    restated = serializers.IntegerField(help_text="Claims restated to a later deadline.")
    open_overdue = serializers.IntegerField(
        help_text="Open claims past their current deadline (status overdue or missed)."
    )
    forecast_on_time = OrganisationForecastSerializer(
        allow_null=True,
        help_text="How often the dates it first announces hold, as the forecast model "
        "estimates it (docs/forecasts.md); null before the first refresh.",
    )


class OverdueClaimSerializer(serializers.ModelSerializer):
    class Meta:
        model = Claim
        fields = ["id", "subject", "statement", "status", "deadline_start", "deadline_end"]


class OrganisationSerializer(serializers.ModelSerializer):
    scorecard = serializers.SerializerMethodField()

    class Meta:
        model = Organisation
        fields = ["slug", "name", "kind", "website", "scorecard"]

    @extend_schema_field(ScorecardSerializer)
    def get_scorecard(self, organisation: Organisation) -> dict:
        # Worked out for the whole page in one go by the view (organisation_scorecards).
        return self.context["scorecards"][organisation.pk]


class OrganisationScorecardSerializer(serializers.Serializer):
    organisation = OrganisationRefSerializer()
    scorecard = ScorecardSerializer()
    open_overdue_claims = OverdueClaimSerializer(many=True)


class SlippageDistributionSerializer(DistributionSerializer):
    max = serializers.IntegerField(allow_null=True)


class SlippageRowSerializer(serializers.Serializer):
    key = serializers.CharField()
    # Named like Field.label, which the stubs see (typeddjango/djangorestframework-stubs#78).
    label = serializers.CharField()  # type: ignore[assignment]
    claims = serializers.IntegerField()
    slipped = serializers.IntegerField(help_text="Claims restated to a later deadline.")
    slippage_days = SlippageDistributionSerializer()
    missed_first_deadline = serializers.IntegerField()
    days_late = DistributionSerializer()


class SlippageSerializer(serializers.Serializer):
    by_organisation = SlippageRowSerializer(many=True, source="organisation")
    by_category = SlippageRowSerializer(many=True, source="category")
    by_year = SlippageRowSerializer(many=True, source="year")


class SlippageQuerySerializer(serializers.Serializer):
    organisation = serializers.SlugField(required=False, help_text="Only this promiser's claims.")
    category = serializers.ChoiceField(choices=Category.choices, required=False)

    def validate_organisation(self, slug: str) -> str:
        # An unknown slug is a 400 naming it, not an empty answer.
        if not Organisation.objects.filter(slug=slug).exists():
            raise serializers.ValidationError(
                gettext("No organisation has the slug %(slug)s.") % {"slug": repr(slug)}
            )
        return slug


class StatusEventSerializer(serializers.ModelSerializer):
    class Meta:
        model = StatusEvent
        fields = [
            "id",
            "happened_at",
            "as_of",
            "old_status",
            "new_status",
            "job",
            "rationale",
            "source_id",
            "revision_id",
        ]


class EvidenceSerializer(serializers.ModelSerializer):
    claim = serializers.SerializerMethodField()
    # Named like Field.source, which the stubs see (typeddjango/djangorestframework-stubs#158).
    source = SourceRefSerializer()  # type: ignore[assignment]

    class Meta:
        model = Evidence
        fields = [
            "id",
            "claim",
            "source",
            "observed_on",
            "kind",
            "state",
            "summary",
            "why",
            "score",
            "deadline_text",
            "proposed_start",
            "proposed_end",
            "reviewed_at",
        ]

    @extend_schema_field(
        {
            "type": "object",
            "properties": {
                "id": {"type": "integer"},
                "statement": {"type": "string"},
                "organisation": {"type": "string"},
            },
        }
    )
    def get_claim(self, evidence: Evidence) -> dict:
        claim = evidence.claim
        return {"id": claim.pk, "statement": claim.statement, "organisation": claim.promiser.slug}


class TimelineEntrySerializer(serializers.Serializer):
    date = serializers.DateField()
    kind = serializers.ChoiceField(
        choices=["revision", "correction", "status", "evidence", "first_deadline_missed"]
    )
    revision = RevisionSerializer(required=False)
    status = StatusEventSerializer(required=False)
    evidence = EvidenceSerializer(required=False)


class TimelineSerializer(serializers.Serializer):
    claim = ClaimDetailSerializer()
    entries = TimelineEntrySerializer(many=True)


# --- Writing ---------------------------------------------------------------------------


class ClaimCreateSerializer(StrictFieldsMixin, serializers.ModelSerializer):
    """A new promise; `deadline_text` is parsed as in the admin (empty: a promise with no date)."""

    promiser = OrganisationSlugField(help_text="Organisation slug.")
    partners = OrganisationSlugField(many=True, required=False)
    # Named like Field.source, which the stubs see (typeddjango/djangorestframework-stubs#158).
    source = serializers.PrimaryKeyRelatedField(  # type: ignore[assignment]
        queryset=Source.objects.all(), help_text="Id of the source where it was made."
    )
    stated_on = LedgerDateField(help_text="When the promise was made (YYYY-MM-DD).")
    deadline_text = serializers.CharField(
        max_length=MAX_PHRASE_LENGTH,
        required=False,
        allow_blank=True,
        default="",
        help_text='The deadline in the promiser\'s words, e.g. "by the end of 2024", "fin 2025".',
    )

    class Meta:
        model = Claim
        fields = [
            "promiser",
            "partners",
            "subject",
            "statement",
            "quote",
            "category",
            "source",
            "stated_on",
            "stated_on_precision",
            "reported_after_the_fact",
            "deadline_text",
            "keywords",
            "timezone",
        ]


class ClaimUpdateSerializer(StrictFieldsMixin, serializers.Serializer):
    """A PATCH: the version it is based on, then any of the descriptive fields, a
    restatement or a correction, an outcome, applied in that order."""

    version = serializers.IntegerField(
        help_text="The claim's version this change is based on (from a GET). If someone else "
        "changed the claim since, the answer is 409 with the current version and nothing changes."
    )
    subject = serializers.CharField(max_length=200, required=False)
    statement = serializers.CharField(max_length=300, required=False)
    quote = serializers.CharField(required=False, allow_blank=True)
    category = serializers.ChoiceField(choices=Category.choices, required=False)
    keywords = serializers.CharField(required=False, allow_blank=True)
    timezone = serializers.CharField(required=False, max_length=64)
    partners = OrganisationSlugField(many=True, required=False)
    deadline_text = serializers.CharField(
        max_length=MAX_PHRASE_LENGTH,
        required=False,
        help_text="Restate the deadline: a new revision, never an overwrite. Needs "
        "deadline_stated_on and deadline_source.",
    )
    deadline_stated_on = LedgerDateField(required=False)
    deadline_source = serializers.PrimaryKeyRelatedField(
        queryset=Source.objects.all(), required=False
    )
    correct_revision = serializers.PrimaryKeyRelatedField(
        queryset=DeadlineRevision.objects.all(),
        required=False,
        help_text="Correct this recorded statement (a mistake in the record, not a new date): "
        "send the right words in correction_text and the reason in correction_reason.",
    )
    correction_text = serializers.CharField(max_length=MAX_PHRASE_LENGTH, required=False)
    correction_reason = serializers.CharField(max_length=300, required=False)
    outcome = serializers.ChoiceField(
        choices=Outcome.choices,
        required=False,
        allow_blank=True,
        help_text='fulfilled, withdrawn, unverifiable, or "" to reopen. Needs outcome_on '
        "for a fulfilment or withdrawal.",
    )
    outcome_on = LedgerDateField(required=False, allow_null=True)
    reason = serializers.ChoiceField(choices=ReasonCode.choices, required=False, allow_blank=True)
    outcome_source = serializers.PrimaryKeyRelatedField(
        queryset=Source.objects.all(), required=False, allow_null=True
    )
    rationale = serializers.CharField(max_length=500, required=False, allow_blank=True)

    restatement_fields = ("deadline_text", "deadline_stated_on", "deadline_source")
    correction_fields = ("correct_revision", "correction_text", "correction_reason")
    outcome_fields = ("outcome_on", "reason", "outcome_source", "rationale")

    def validate(self, attrs: dict) -> dict:
        if set(attrs) == {"version"}:
            raise serializers.ValidationError(
                gettext("Nothing to change: send at least one field.")
            )
        given = [name for name in self.correction_fields if name in attrs]
        if given and len(given) != len(self.correction_fields):
            raise serializers.ValidationError(
                {
                    name: [
                        gettext(
                            "A correction needs correct_revision, correction_text and "
                            "correction_reason."
                        )
                    ]
                    for name in self.correction_fields
                    if name not in attrs
                }
            )
        given = [name for name in self.restatement_fields if name in attrs]
        if given and len(given) != len(self.restatement_fields):
            missing = [name for name in self.restatement_fields if name not in attrs]
            raise serializers.ValidationError(
                {
                    name: [
                        gettext(
                            "A restatement needs deadline_text, deadline_stated_on and "
                            "deadline_source."
                        )
                    ]
                    for name in missing
                }
            )
        stray = [name for name in self.outcome_fields if name in attrs]
        if stray and "outcome" not in attrs:
            raise serializers.ValidationError(
                {name: [gettext("Send it with the outcome it belongs to.")] for name in stray}
            )
        return attrs


class SourceSerializer(StrictFieldsMixin, serializers.ModelSerializer):
    published_on = LedgerDateField()

    class Meta:
        model = Source
        fields = [
            "id",
            "url",
            "kind",
            "title",
            "publisher",
            "author",
            "published_on",
            "language",
            "text",
            "recorded_at",
        ]
        read_only_fields = ["id", "recorded_at"]
        extra_kwargs: dict[str, dict[str, Any]] = {
            "url": {"validators": []}
        }  # the model's own message, via full_clean


class EvidenceReviewSerializer(StrictFieldsMixin, serializers.Serializer):
    state = serializers.ChoiceField(
        choices=[Evidence.State.CONFIRMED, Evidence.State.REJECTED],
        help_text="confirmed applies the evidence to its claim (a fulfilment settles it, a dated "
        "delay restates its deadline); rejected only records the review.",
    )
    fulfilled_on = LedgerDateField(
        required=False, help_text="For a fulfilment: when it happened (default: observed on)."
    )


class DeadlineParseRequestSerializer(StrictFieldsMixin, serializers.Serializer):
    text = serializers.CharField(
        max_length=MAX_PHRASE_LENGTH, help_text='e.g. "by the end of 2024", "fin 2025".'
    )
    stated_on = LedgerDateField(
        required=False,
        help_text="When the phrase was said (default: today). Relative "
        'phrases ("within 18 months") count from it.',
    )


class DeadlineWindowSerializer(serializers.Serializer):
    text = serializers.CharField()
    start = serializers.DateField(allow_null=True)
    end = serializers.DateField(allow_null=True, help_text="The deadline (inclusive).")
    precision = serializers.CharField()
    qualifier = serializers.CharField()
    language = serializers.CharField()
