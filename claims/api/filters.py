"""django-filter FilterSets of the API, and a backend that refuses unknown query parameters."""

from __future__ import annotations

from functools import reduce
from operator import and_

import django_filters
from django import forms
from django.db.models import F, Q, QuerySet
from django.utils.translation import gettext
from django_filters.rest_framework import DjangoFilterBackend
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework.exceptions import ValidationError

from ..models import Category, Claim, Evidence, Organisation, Source, Status
from ..selectors import PAST_DEADLINE_STATUSES

# Accepted by every list besides its filters: pagination and DRF's format override.
COMMON_PARAMETERS = frozenset({"page", "page_size", "format"})
MAX_SEARCH_LENGTH = 200


def reject_unknown_parameters(request, known: set[str] | frozenset[str]) -> None:
    """A 400 naming each query parameter the endpoint does not know, so typos do not go unseen."""
    unknown = sorted(set(request.query_params) - set(known) - COMMON_PARAMETERS)
    if unknown:
        allowed = ", ".join(sorted(set(known) | COMMON_PARAMETERS))
        raise ValidationError(
            {
                name: [
                    gettext("Unknown query parameter. This endpoint accepts: %(allowed)s.")
                    % {"allowed": allowed}
                ]
                for name in unknown
            }
        )


class MultipleChoiceFilter(django_filters.MultipleChoiceFilter):
    """One or more values of a column. No DISTINCT (django-filter's default, for to-many
    joins): these filter plain columns, and DISTINCT made PostgreSQL sort every matching row."""

    def __init__(self, *args, **kwargs) -> None:
        kwargs.setdefault("distinct", False)
        super().__init__(*args, **kwargs)


class StrictFilterBackend(DjangoFilterBackend):
    """django-filter's backend, plus a 400 for unknown parameters (even without filters)."""

    def filter_queryset(self, request, queryset, view):
        filterset_class = self.get_filterset_class(view, queryset)
        known = set(filterset_class.base_filters) if filterset_class else set()
        reject_unknown_parameters(request, known | set(getattr(view, "extra_query_parameters", ())))
        return super().filter_queryset(request, queryset, view)


class StrictBooleanField(forms.NullBooleanField):
    """true/false (or 1/0); anything else is an error instead of being silently ignored."""

    # A text input hands the raw value to to_python: NullBooleanField's select widget would
    # turn "maybe" into None, silently ignoring the filter.
    widget = forms.TextInput
    values = {"true": True, "1": True, "false": False, "0": False}

    def to_python(self, value):
        if value in (None, ""):
            return None
        try:
            return self.values[str(value).strip().lower()]
        except KeyError:
            raise forms.ValidationError(
                gettext("Use true or false, not %(value)s.") % {"value": repr(value)}
            ) from None


@extend_schema_field(OpenApiTypes.BOOL)
class StrictBooleanFilter(django_filters.BooleanFilter):
    field_class = StrictBooleanField


class SearchFilterMixin:
    search_fields: tuple[str, ...] = ()

    def filter_search(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        """Every word must appear (any case) in one of the searched fields."""
        words = value.split()
        if not words:
            return queryset
        return queryset.filter(
            reduce(
                and_,
                (
                    reduce(
                        lambda a, b: a | b,
                        (Q(**{f"{field}__icontains": word}) for field in self.search_fields),
                    )
                    for word in words
                ),
            )
        )


def known_organisation(slug: str, *, field: str = "organisation") -> str:
    """A slug the ledger holds: an unknown one is a 400 naming it, not an empty list that
    reads as "this organisation made no promise"."""
    if not Organisation.objects.filter(slug=slug).exists():
        raise ValidationError(
            {field: [gettext("No organisation has the slug %(slug)s.") % {"slug": repr(slug)}]}
        )
    return slug


class StableOrderingFilter(django_filters.OrderingFilter):
    """Orders as asked, then by id, so pages never repeat or skip a row."""

    def filter(self, qs, value):
        qs = super().filter(qs, value)
        if value:
            return qs.order_by(*qs.query.order_by, "id")
        return qs


class ClaimFilter(SearchFilterMixin, django_filters.FilterSet):
    """Filters shared by the claim list, its CSV export and the deadline calendar."""

    search_fields = ("subject", "statement", "quote", "keywords", "promiser__name")

    organisation = django_filters.CharFilter(
        method="filter_organisation", help_text="The promiser's slug, e.g. `bleu`."
    )
    status = MultipleChoiceFilter(
        choices=Status.choices, help_text="One or more statuses (repeat the parameter)."
    )
    category = MultipleChoiceFilter(
        choices=Category.choices, help_text="One or more categories (repeat the parameter)."
    )
    slipped = StrictBooleanFilter(
        method="filter_slipped",
        help_text="true: the current deadline ends later than the original one; "
        "false: it does not.",
    )
    overdue = StrictBooleanFilter(
        method="filter_overdue",
        help_text="true: open claims whose current deadline has passed (status overdue or missed); "
        "false: all other claims.",
    )
    deadline_before = django_filters.DateFilter(
        field_name="deadline_end",
        lookup_expr="lte",
        help_text="Current deadline ends on or before this date (YYYY-MM-DD).",
    )
    deadline_after = django_filters.DateFilter(
        field_name="deadline_end",
        lookup_expr="gte",
        help_text="Current deadline ends on or after this date (YYYY-MM-DD).",
    )
    stated_before = django_filters.DateFilter(
        field_name="stated_on",
        lookup_expr="lte",
        help_text="Promise made on or before this date (YYYY-MM-DD).",
    )
    stated_after = django_filters.DateFilter(
        field_name="stated_on",
        lookup_expr="gte",
        help_text="Promise made on or after this date (YYYY-MM-DD).",
    )
    search = django_filters.CharFilter(
        method="filter_search",
        max_length=MAX_SEARCH_LENGTH,
        help_text="Words to find in the subject, statement, quote, keywords or promiser's name; "
        "every word must match.",
    )
    ordering = StableOrderingFilter(
        fields=(
            ("deadline_end", "deadline"),
            ("slippage_days", "slippage"),
            ("stated_on", "stated"),
        ),
        help_text="deadline, slippage or stated; prefix with - for descending. Default: deadline.",
    )

    class Meta:
        model = Claim
        fields: list[str] = []

    def filter_organisation(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        return queryset.filter(promiser__slug=known_organisation(value))

    def filter_slipped(self, queryset: QuerySet, name: str, value: bool | None) -> QuerySet:
        if value is None:
            return queryset
        later = Q(deadline_end__gt=F("original_deadline_end"))
        return queryset.filter(later) if value else queryset.exclude(later)

    def filter_overdue(self, queryset: QuerySet, name: str, value: bool | None) -> QuerySet:
        if value is None:
            return queryset
        past = Q(status__in=PAST_DEADLINE_STATUSES)
        return queryset.filter(past) if value else queryset.exclude(past)


class OrganisationFilter(SearchFilterMixin, django_filters.FilterSet):
    search_fields = ("name", "aliases")

    kind = MultipleChoiceFilter(choices=Organisation.Kind.choices)
    has_claims = StrictBooleanFilter(
        method="filter_has_claims", help_text="true: only organisations that made promises."
    )
    search = django_filters.CharFilter(
        method="filter_search",
        max_length=MAX_SEARCH_LENGTH,
        help_text="Words to find in the name or aliases.",
    )

    class Meta:
        model = Organisation
        fields: list[str] = []

    def filter_has_claims(self, queryset: QuerySet, name: str, value: bool | None) -> QuerySet:
        if value is None:
            return queryset
        promisers = Claim.objects.values("promiser_id")
        return queryset.filter(pk__in=promisers) if value else queryset.exclude(pk__in=promisers)


class EvidenceFilter(django_filters.FilterSet):
    state = MultipleChoiceFilter(
        choices=Evidence.State.choices,
        help_text="Review state; candidate (awaiting review) when not given.",
    )
    kind = MultipleChoiceFilter(choices=Evidence.Kind.choices)
    claim = django_filters.NumberFilter(field_name="claim_id", help_text="A claim's id.")
    organisation = django_filters.CharFilter(
        method="filter_claim_organisation", help_text="The promiser's slug."
    )

    class Meta:
        model = Evidence
        fields: list[str] = []

    def filter_claim_organisation(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        return queryset.filter(claim__promiser__slug=known_organisation(value))


class SourceFilter(SearchFilterMixin, django_filters.FilterSet):
    search_fields = ("title", "publisher", "url")

    kind = MultipleChoiceFilter(choices=Source.Kind.choices)
    search = django_filters.CharFilter(
        method="filter_search",
        max_length=MAX_SEARCH_LENGTH,
        help_text="Words to find in the title, publisher or URL.",
    )

    class Meta:
        model = Source
        fields: list[str] = []
