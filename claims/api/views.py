"""API views: thin adapters. Reads come from claims.selectors, writes go through claims.services,
and every request costs a fixed number of queries whatever the number of rows."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django.core.exceptions import ImproperlyConfigured
from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import transaction
from django.db.models import Prefetch, QuerySet
from django.http import HttpResponse, StreamingHttpResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework import generics, mixins, status, viewsets
from rest_framework.decorators import action, api_view, permission_classes
from rest_framework.exceptions import NotFound
from rest_framework.exceptions import ValidationError as DRFValidationError
from rest_framework.renderers import JSONRenderer
from rest_framework.response import Response
from rest_framework.views import APIView

from language.deadlines import DeadlineParseError, parse_deadline

from .. import exports, selectors, services
from ..models import (
    Claim,
    DeadlineRevision,
    Evidence,
    Organisation,
    Source,
)
from . import visibility
from .errors import django_validation_error_as_drf
from .filters import (
    ClaimFilter,
    EvidenceFilter,
    OrganisationFilter,
    SourceFilter,
    reject_unknown_parameters,
)
from .permissions import ModelViewPermission, PublicRead, PublicReadEditorWrite
from .renderers import AtomRenderer, CSVRenderer, ICalendarRenderer, SVGRenderer
from .schema import ERRORS, ErrorSerializer
from .serializers import (
    ClaimCreateSerializer,
    ClaimDetailSerializer,
    ClaimSerializer,
    ClaimUpdateSerializer,
    DeadlineParseRequestSerializer,
    DeadlineWindowSerializer,
    EvidenceReviewSerializer,
    EvidenceSerializer,
    OrganisationScorecardSerializer,
    OrganisationSerializer,
    SlippageQuerySerializer,
    SlippageSerializer,
    SourceSerializer,
    TimelineSerializer,
)
from .visibility import PublicSourceSerializer, sees_every_source

if TYPE_CHECKING:
    from rest_framework.views import AsView, GenericView

    from ..selectors import ClaimWithMetrics

# Events listed in the Atom feed, and open overdue claims listed on a scorecard.
FEED_LENGTH = 50
SCORECARD_OVERDUE_LIMIT = 20
# A calendar feed is a whole document; past this many events a client should filter.
CALENDAR_LIMIT = 5000


class AutocommitMixin(APIView):
    """API views run outside ATOMIC_REQUESTS: on SQLite (transaction_mode IMMEDIATE) a request
    transaction takes the write lock, which would queue every concurrent read behind it. Each
    write below opens its own transaction.atomic() around the service calls instead."""

    @classmethod
    def as_view(cls, *args: Any, **kwargs: Any) -> AsView[GenericView]:
        return transaction.non_atomic_requests(super().as_view(*args, **kwargs))


class StrictDetailMixin(AutocommitMixin, generics.GenericAPIView):
    """Filters apply to lists; any other action refuses every query parameter but `format`."""

    def filter_queryset(self, queryset: QuerySet) -> QuerySet:
        if getattr(self, "action", "list") == "list":
            return super().filter_queryset(queryset)
        reject_unknown_parameters(self.request, set())
        return queryset


def _service_call(function, *, rename: dict[str, str] | None = None, **kwargs):
    """Run a service; its ValidationError becomes a 400 with the API's field names."""
    try:
        return function(**kwargs)
    except DjangoValidationError as error:
        drf_error = django_validation_error_as_drf(error)
        if rename and isinstance(drf_error.detail, dict):
            drf_error = DRFValidationError(
                {rename.get(field, field): messages for field, messages in drf_error.detail.items()}
            )
        raise drf_error from error


def _claims(*, detail: bool = False) -> QuerySet[Claim]:
    """Claims with metrics, their latest forecast (joined, no query of its own) and their
    revisions (one prefetch query), as serializers read them."""
    revisions = DeadlineRevision.objects.order_by("stated_on", "id")
    claims = selectors.with_latest_forecast(
        selectors.claims_with_metrics().prefetch_related(
            Prefetch("revisions", queryset=revisions, to_attr="revision_list")
        )
    )
    if detail:
        claims = claims.prefetch_related("partners")
    return claims


# --- The root ------------------------------------------------------------------------------

# What the root lists: each endpoint's name as the URL conf names it, and what it is.
API_ENDPOINTS = {
    "claims": ("v1:claim-list", "Dated promises: filter, search, order, page; editors write."),
    "organisations": ("v1:organisation-list", "Organisations with their scorecards."),
    "slippage": ("v1:slippage", "Lateness and slippage by organisation, category and year."),
    "evidence": ("v1:evidence-list", "Evidence candidates to review (editors and viewers)."),
    "sources": ("v1:source-list", "Sources cited by reviewed material."),
    "deadline_parser": ("v1:deadline-parse", "What window a deadline phrase names (POST)."),
    "claims_csv": ("v1:claim-export", "The claim list as CSV."),
    "deadlines_ics": ("v1:deadline-calendar", "Open deadlines as an iCalendar feed."),
    "status_changes_atom": ("v1:status-feed", "Promises missed, kept and slipped, as Atom."),
    "schema": ("api-schema", "The OpenAPI schema."),
    "docs": ("api-docs", "The schema, readable."),
}


@extend_schema(tags=["root"], summary="The API's endpoints", exclude=True)
class ApiRootView(AutocommitMixin, APIView):
    """/api/v1/: every endpoint of version 1, with its absolute URL and what it is for."""

    permission_classes = [PublicRead]

    def get(self, request):
        reject_unknown_parameters(request, set())
        return Response(
            {
                name: {"url": request.build_absolute_uri(reverse(url_name)), "about": about}
                for name, (url_name, about) in API_ENDPOINTS.items()
            }
        )


# --- Claims ----------------------------------------------------------------------------


@extend_schema(tags=["claims"])
class ClaimViewSet(
    StrictDetailMixin, mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet
):
    """Dated promises, with their original and current deadline, status and slippage."""

    permission_classes = [PublicReadEditorWrite]
    queryset = Claim.objects.all()  # read by DjangoModelPermissions for the model's perms
    filterset_class = ClaimFilter
    lookup_value_regex = r"[0-9]+"
    http_method_names = ["get", "post", "patch", "head", "options"]

    def get_queryset(self) -> QuerySet[Claim]:
        return _claims(detail=self.action != "list")

    def get_serializer_class(self):
        return ClaimSerializer if self.action == "list" else ClaimDetailSerializer

    def _detail(self, pk: int) -> dict:
        return ClaimDetailSerializer(
            _claims(detail=True).get(pk=pk), context=self.get_serializer_context()
        ).data

    @extend_schema(
        summary="List claims",
        description="Filter, search, order and page the ledger. Unknown parameters "
        "are refused with a 400.",
    )
    def list(self, request, *args, **kwargs):
        return super().list(request, *args, **kwargs)

    @extend_schema(summary="One claim")
    def retrieve(self, request, *args, **kwargs):
        return super().retrieve(request, *args, **kwargs)

    @extend_schema(
        summary="Record a claim (editors)",
        request=ClaimCreateSerializer,
        responses={201: ClaimDetailSerializer},
    )
    def create(self, request, *args, **kwargs):
        reject_unknown_parameters(request, set())
        serializer = ClaimCreateSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        with transaction.atomic():
            claim = _service_call(
                services.claim_create, **serializer.validated_data, actor=request.user, job="api"
            )
        location = reverse("v1:claim-detail", kwargs={"pk": claim.pk})
        return Response(
            self._detail(claim.pk), status=status.HTTP_201_CREATED, headers={"Location": location}
        )

    @extend_schema(
        summary="Edit, restate or settle a claim (editors)",
        request=ClaimUpdateSerializer,
        responses={200: ClaimDetailSerializer},
    )
    def partial_update(self, request, *args, **kwargs):
        claim = self.get_object()
        serializer = ClaimUpdateSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = dict(serializer.validated_data)
        expected_version = data.pop("version")
        fields = {name: data.pop(name) for name in services.CLAIM_EDITABLE_FIELDS if name in data}
        partners = data.pop("partners", None)
        actor = request.user
        # One transaction, the claim's row locked and its version checked first: a refused
        # step leaves nothing written, and nobody writes in between.
        with transaction.atomic():
            _service_call(services.claim_lock, claim=claim, expected_version=expected_version)
            if fields or partners is not None:
                _service_call(
                    services.claim_update,
                    claim=claim,
                    data=fields,
                    partners=partners,
                    actor=actor,
                    job="api",
                )
            if "correct_revision" in data:
                revision = data["correct_revision"]
                if revision.claim_id != claim.pk:
                    raise DRFValidationError(
                        {"correct_revision": [gettext("This statement belongs to another claim.")]}
                    )
                _service_call(
                    services.deadline_revision_correct,
                    rename={"text": "correction_text", "reason": "correction_reason"},
                    revision=revision,
                    text=data["correction_text"],
                    reason=data["correction_reason"],
                    actor=actor,
                    job="api",
                )
            if "deadline_text" in data:
                _service_call(
                    services.deadline_revision_create,
                    rename={
                        "text": "deadline_text",
                        "stated_on": "deadline_stated_on",
                        "source": "deadline_source",
                    },
                    claim=claim,
                    text=data["deadline_text"],
                    stated_on=data["deadline_stated_on"],
                    source=data["deadline_source"],
                    actor=actor,
                    job="api",
                )
            if "outcome" in data:
                _service_call(
                    services.claim_record_outcome,
                    rename={"source": "outcome_source"},
                    claim=claim,
                    outcome=data["outcome"],
                    on=data.get("outcome_on"),
                    reason=data.get("reason", ""),
                    source=data.get("outcome_source"),
                    rationale=data.get("rationale", ""),
                    actor=actor,
                    job="api",
                )
        return Response(self._detail(claim.pk))

    @extend_schema(
        summary="A claim's timeline",
        responses=TimelineSerializer,
        description="Deadline statements and their corrections, status changes, confirmed "
        "evidence and, when the first deadline passed unmet, the day it was missed, in date "
        "order (same day: statement, evidence, status).",
    )
    @action(detail=True, methods=["get"])
    def timeline(self, request, pk=None):
        claim = self.get_object()
        entries = selectors.claim_timeline(claim=claim, revisions=claim.revision_list)
        data = TimelineSerializer(
            {"claim": claim, "entries": entries}, context=self.get_serializer_context()
        ).data
        return Response(data)


class FileResponseMixin(AutocommitMixin):
    """Views answering in another format than JSON: their errors are still JSON."""

    def handle_exception(self, exc: Exception) -> Response:
        response = super().handle_exception(exc)
        self.request.accepted_renderer = JSONRenderer()
        self.request.accepted_media_type = JSONRenderer.media_type
        return response


@extend_schema(
    tags=["exports"],
    summary="Claims as CSV",
    filters=True,
    description="The claim list with the same filters and ordering as /claims/, every row (not "
    "paged). Text cells a spreadsheet would run as formulas start with an apostrophe.",
    responses={(200, "text/csv"): OpenApiResponse(OpenApiTypes.STR, description="CSV rows")},
)
class ClaimExportView(FileResponseMixin, generics.GenericAPIView):
    permission_classes = [PublicRead]
    renderer_classes = [CSVRenderer]
    filterset_class = ClaimFilter
    pagination_class = None

    def get_queryset(self) -> QuerySet[ClaimWithMetrics]:
        return selectors.claims_with_metrics().select_related("current_revision")

    def get(self, request):
        claims = self.filter_queryset(self.get_queryset())
        # One query, streamed in chunks, whatever the number of rows.
        response = StreamingHttpResponse(
            exports.claims_csv(claims.iterator(chunk_size=2000)),
            content_type="text/csv; charset=utf-8",
        )
        response["Content-Disposition"] = 'attachment; filename="pledgewatch-claims.csv"'
        return response


@extend_schema(
    tags=["exports"],
    summary="Calendar of deadlines (iCalendar)",
    filters=True,
    description="One all-day event per open claim on its current deadline's last day, from "
    f"{selectors.CALENDAR_PAST_DAYS} days ago onwards. Subscribe to it: an event keeps its UID "
    "when the deadline is restated, with a higher SEQUENCE. Accepts the claim list's filters.",
    responses={
        (200, "text/calendar"): OpenApiResponse(
            OpenApiTypes.STR, description="An iCalendar document"
        )
    },
)
class DeadlineCalendarView(FileResponseMixin, generics.GenericAPIView):
    permission_classes = [PublicRead]
    renderer_classes = [ICalendarRenderer]
    filterset_class = ClaimFilter
    pagination_class = None

    def get_queryset(self) -> QuerySet[ClaimWithMetrics]:
        return selectors.claims_upcoming_deadlines(
            today=timezone.localdate(),
            claims=selectors.claims_with_metrics().select_related("current_revision"),
        )

    def get(self, request):
        claims = self.filter_queryset(self.get_queryset())
        if "ordering" not in request.query_params:
            claims = claims.order_by("deadline_end", "id")
        body = exports.deadlines_calendar(claims[:CALENDAR_LIMIT], now=timezone.now())
        response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
        response["Content-Disposition"] = 'inline; filename="pledgewatch-deadlines.ics"'
        patch_cache_control(response, public=True, max_age=900)
        return response


class FeedQuerySerializer(SlippageQuerySerializer):
    # None takes the inherited field out (DRF's way); the stubs only know it as a ChoiceField.
    category = None  # type: ignore[assignment]


@extend_schema(
    tags=["exports"],
    summary="Atom feed of status changes",
    description=f"The latest {FEED_LENGTH} claims that were missed, kept (on time or late), "
    "withdrawn, or that slipped out of overdue or missed to a later deadline.",
    parameters=[OpenApiParameter("organisation", str, description="Only this promiser's claims.")],
    responses={
        (200, "application/atom+xml"): OpenApiResponse(OpenApiTypes.STR, description="An Atom feed")
    },
)
class StatusFeedView(FileResponseMixin, APIView):
    permission_classes = [PublicRead]
    renderer_classes = [AtomRenderer]

    def get(self, request):
        reject_unknown_parameters(request, {"organisation"})
        query = FeedQuerySerializer(data=request.query_params)
        query.is_valid(raise_exception=True)
        events = selectors.status_events_for_feed(
            organisation_slug=query.validated_data.get("organisation"), limit=FEED_LENGTH
        )
        body = exports.status_changes_feed(events, feed_url=request.build_absolute_uri())
        response = HttpResponse(body, content_type="application/atom+xml; charset=utf-8")
        patch_cache_control(response, public=True, max_age=300)
        return response


_BADGE_RESPONSE = {
    (200, "image/svg+xml"): OpenApiResponse(OpenApiTypes.STR, description="An SVG badge"),
    # A well-formed id or slug the ledger does not hold: a badge; any other path: JSON.
    (404, "image/svg+xml"): OpenApiResponse(
        OpenApiTypes.STR, description='An SVG badge saying "unknown"'
    ),
    (404, "application/json"): OpenApiResponse(ErrorSerializer, description=ERRORS["404"]),
    (400, "application/json"): OpenApiResponse(ErrorSerializer, description="An unknown style"),
}
_BADGE_STYLE = OpenApiParameter(
    "style",
    str,
    enum=["flat", "flat-square"],
    description="flat (rounded corners, the default) or flat-square.",
)


@extend_schema(
    tags=["badges"],
    summary="A claim's status badge (SVG)",
    description='Its status and, when late, the days past its first deadline ("missed · '
    '336 d late").',
    parameters=[_BADGE_STYLE],
    responses=_BADGE_RESPONSE,
)
class ClaimBadgeView(FileResponseMixin, APIView):
    permission_classes = [PublicRead]
    renderer_classes = [SVGRenderer]

    def get(self, request, pk: int):
        style = _badge_style(request)
        claim = selectors.claims_with_metrics(Claim.objects.filter(pk=pk)).first()
        if claim is None:  # still an image, so a page embedding it shows "unknown"
            return _svg_response(exports.unknown_badge(label="promise", style=style), status=404)
        svg = exports.badge_svg(
            label="promise",
            value=exports.claim_badge_value(status=claim.status, days_late=claim.days_late),
            colour=exports.STATUS_COLOURS.get(claim.status, "#6c757d"),
            style=style,
        )
        return _svg_response(svg)


@extend_schema(
    tags=["badges"],
    summary="An organisation's on-time rate badge (SVG)",
    description="The share of its promises whose first deadline was met, of those decided.",
    parameters=[_BADGE_STYLE],
    responses=_BADGE_RESPONSE,
)
class OrganisationBadgeView(FileResponseMixin, APIView):
    permission_classes = [PublicRead]
    renderer_classes = [SVGRenderer]

    def get(self, request, slug: str):
        style = _badge_style(request)
        organisation = Organisation.objects.filter(slug=slug).first()
        if organisation is None:
            return _svg_response(
                exports.unknown_badge(label="organisation", style=style), status=404
            )
        card = selectors.organisation_scorecards(organisation_ids=[organisation.pk])[
            organisation.pk
        ]
        rate = card["on_time_first"]
        share = rate["share"]
        value = "no data" if share is None else f"{share:.0%} of {rate['n']}"
        svg = exports.badge_svg(
            label=f"{organisation.name} kept on time",
            value=value,
            colour=exports.on_time_colour(share),
            style=style,
        )
        return _svg_response(svg)


def _badge_style(request) -> str:
    """The `style` a badge was asked for (flat by default); any other parameter is a 400."""
    reject_unknown_parameters(request, {"style"})
    style = request.query_params.get("style", "flat")
    if style not in exports.BADGE_STYLES:
        raise DRFValidationError(
            {
                "style": [
                    gettext("Use one of %(styles)s, not %(style)s.")
                    % {"styles": ", ".join(exports.BADGE_STYLES), "style": repr(style)}
                ]
            }
        )
    return style


def _svg_response(svg: str, status: int = 200) -> HttpResponse:
    response = HttpResponse(svg, content_type="image/svg+xml; charset=utf-8", status=status)
    patch_cache_control(response, public=True, max_age=300)
    return response


# --- Organisations, slippage -----------------------------------------------------------


@extend_schema(tags=["organisations"])
class OrganisationViewSet(
    StrictDetailMixin, mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet
):
    """Organisations, each with the scorecard of the promises it made."""

    permission_classes = [PublicRead]
    queryset = Organisation.objects.order_by("name")
    serializer_class = OrganisationSerializer
    filterset_class = OrganisationFilter
    lookup_field = "slug"
    lookup_value_regex = r"[-a-zA-Z0-9_]+"

    def _serialize(self, organisations: list[Organisation], *, many: bool):
        scorecards = selectors.organisation_scorecards(
            organisation_ids=[organisation.pk for organisation in organisations]
        )
        context = {**self.get_serializer_context(), "scorecards": scorecards}
        return OrganisationSerializer(
            organisations if many else organisations[0], many=many, context=context
        ).data

    @extend_schema(summary="List organisations with their scorecards")
    def list(self, request, *args, **kwargs):
        page = self.paginate_queryset(self.filter_queryset(self.get_queryset()))
        if page is None:
            raise ImproperlyConfigured("Organisations are listed by page: set a pagination class.")
        return self.get_paginated_response(self._serialize(page, many=True))

    @extend_schema(summary="One organisation with its scorecard")
    def retrieve(self, request, *args, **kwargs):
        return Response(self._serialize([self.get_object()], many=False))

    @extend_schema(
        summary="An organisation's scorecard",
        responses=OrganisationScorecardSerializer,
        description="Claims by status; the share met by the first deadline and by the deadline "
        "in force, each with its n; median and 90th percentile of days late (open claims "
        "past their first deadline included) and of how far deadlines moved, each with its "
        "n and null when there is no data; and the open claims past their deadline "
        f"(the first {SCORECARD_OVERDUE_LIMIT}). Definitions: docs/status.md.",
    )
    @action(detail=True, methods=["get"])
    def scorecard(self, request, slug=None):
        organisation = self.get_object()
        card = selectors.organisation_scorecards(organisation_ids=[organisation.pk])
        overdue = selectors.claims_past_deadline(organisation_id=organisation.pk)
        data = {
            "organisation": organisation,
            "scorecard": card[organisation.pk],
            "open_overdue_claims": list(overdue[:SCORECARD_OVERDUE_LIMIT]),
        }
        return Response(OrganisationScorecardSerializer(data).data)


@extend_schema(
    tags=["slippage"],
    summary="Slippage aggregates for charts",
    description="Dated claims grouped by organisation, by category and by the year their "
    "first deadline ended: how many; how many slipped (restated later) and how far deadlines "
    "moved (median, 90th percentile, largest); how many missed their first deadline; and "
    "days late (median, 90th percentile), each with its n.",
    parameters=[SlippageQuerySerializer],
    responses=SlippageSerializer,
)
class SlippageView(AutocommitMixin, APIView):
    permission_classes = [PublicRead]

    def get(self, request):
        reject_unknown_parameters(request, {"organisation", "category"})
        query = SlippageQuerySerializer(data=request.query_params)
        query.is_valid(raise_exception=True)
        claims = Claim.objects.all()
        if organisation := query.validated_data.get("organisation"):
            claims = claims.filter(promiser__slug=organisation)
        if category := query.validated_data.get("category"):
            claims = claims.filter(category=category)
        return Response(SlippageSerializer(selectors.slippage_aggregates(claims=claims)).data)


# --- The deadline parser ---------------------------------------------------------------


@extend_schema(
    tags=["deadlines"],
    summary="Parse a deadline phrase",
    description="The window the ledger would record for a phrase, without storing anything "
    "(the admin's preview uses it). An unparseable phrase is a 400 with the parser's reason.",
    request=DeadlineParseRequestSerializer,
    responses={200: DeadlineWindowSerializer},
)
class DeadlineParseView(AutocommitMixin, APIView):
    permission_classes = [PublicRead]
    safe_post = True  # a question, not a write: open to whoever may read (PublicRead)

    def post(self, request):
        reject_unknown_parameters(request, set())
        serializer = DeadlineParseRequestSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        stated_on = serializer.validated_data.get("stated_on") or timezone.localdate()
        try:
            window = parse_deadline(serializer.validated_data["text"], stated_on=stated_on)
        except DeadlineParseError as error:
            raise DRFValidationError({"text": [str(error)]}) from error
        return Response(DeadlineWindowSerializer(window).data)


# --- Evidence review, sources ----------------------------------------------------------


@extend_schema(tags=["evidence"])
class EvidenceViewSet(
    StrictDetailMixin, mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet
):
    """The editors' review queue: evidence the news matcher attached to claims."""

    permission_classes = [ModelViewPermission]
    queryset = Evidence.objects.select_related("claim__promiser", "source").order_by(
        "observed_on", "id"
    )
    serializer_class = EvidenceSerializer
    filterset_class = EvidenceFilter
    lookup_value_regex = r"[0-9]+"

    def filter_queryset(self, queryset):
        queryset = super().filter_queryset(queryset)
        if self.action == "list" and "state" not in self.request.query_params:
            queryset = queryset.filter(state=Evidence.State.CANDIDATE)
        return queryset

    @extend_schema(summary="Evidence to review (candidates unless ?state= says otherwise)")
    def list(self, request, *args, **kwargs):
        return super().list(request, *args, **kwargs)

    @extend_schema(
        summary="Confirm or reject evidence (editors)",
        request=EvidenceReviewSerializer,
        responses=EvidenceSerializer,
    )
    @action(detail=True, methods=["post"])
    def review(self, request, pk=None):
        evidence = self.get_object()
        serializer = EvidenceReviewSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        with transaction.atomic():
            _service_call(
                services.evidence_review,
                evidence=evidence,
                state=serializer.validated_data["state"],
                fulfilled_on=serializer.validated_data.get("fulfilled_on"),
                actor=request.user,
                job="api",
            )
        return Response(EvidenceSerializer(self.get_queryset().get(pk=evidence.pk)).data)


@extend_schema(tags=["sources"])
class SourceViewSet(
    StrictDetailMixin, mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet
):
    """Where promises were made: articles, press releases, filings, statements."""

    permission_classes = [PublicReadEditorWrite]
    queryset = Source.objects.order_by("-published_on", "id")
    serializer_class = SourceSerializer
    filterset_class = SourceFilter
    lookup_value_regex = r"[0-9]+"

    def get_queryset(self) -> QuerySet[Source]:
        # Unreviewed sources (evidence candidates, articles awaiting review) are for staff.
        if sees_every_source(self.request.user):
            return super().get_queryset()
        return visibility.sources_public().order_by("-published_on", "id")

    def get_serializer_class(self):
        if getattr(self, "swagger_fake_view", False) or sees_every_source(self.request.user):
            return SourceSerializer
        return PublicSourceSerializer

    @extend_schema(summary="Record a source (editors)", responses={201: SourceSerializer})
    def create(self, request, *args, **kwargs):
        reject_unknown_parameters(request, set())
        serializer = SourceSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = {key: value for key, value in serializer.validated_data.items()}
        with transaction.atomic():
            source = _service_call(services.source_create, data=data)
        return Response(SourceSerializer(source).data, status=status.HTTP_201_CREATED)


@extend_schema(exclude=True)
@api_view(["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"])
@permission_classes([])
def not_found(request, *args, **kwargs):
    """Unknown paths under /api/ answer a JSON 404, not the site's HTML page."""
    raise NotFound(gettext("No API endpoint at %(path)s. See /api/docs/.") % {"path": request.path})
