"""Page-number pagination that refuses bad pages and sizes instead of guessing."""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.core.paginator import InvalidPage
from django.utils.translation import gettext
from rest_framework import pagination
from rest_framework.exceptions import NotFound, ValidationError


class PageNumberPagination(pagination.PageNumberPagination):
    page_size_query_param = "page_size"
    page_size_query_description = "Results per page, 1 to API_MAX_PAGE_SIZE (200 by default)."

    # Read per request so deployments and tests can change it. DRF declares a plain attribute,
    # which it only reads; the stubs call a read-only property an incompatible override.
    @property
    def max_page_size(self) -> int:  # type: ignore[override]
        return settings.API_MAX_PAGE_SIZE

    def get_page_size(self, request) -> int:
        raw = request.query_params.get(self.page_size_query_param)
        if raw is None or raw == "":
            if self.page_size is None:
                raise ImproperlyConfigured("Set REST_FRAMEWORK['PAGE_SIZE']: the default size.")
            return self.page_size
        try:
            size = int(raw)
        except ValueError:
            raise ValidationError(
                {"page_size": [gettext("%(raw)s is not a whole number.") % {"raw": repr(raw)}]}
            ) from None
        if not 1 <= size <= self.max_page_size:
            raise ValidationError(
                {
                    "page_size": [
                        gettext("Ask for 1 to %(max_page_size)s results per page, not %(size)s.")
                        % {"max_page_size": self.max_page_size, "size": size}
                    ]
                }
            )
        return size

    def paginate_queryset(self, queryset, request, view=None):
        self.request = request
        page_size = self.get_page_size(request)
        raw = request.query_params.get(self.page_query_param) or "1"
        try:
            number = int(raw)
        except ValueError:
            raise ValidationError(
                {"page": [gettext("%(raw)s is not a page number.") % {"raw": repr(raw)}]}
            ) from None
        if number < 1:
            raise ValidationError({"page": [gettext("Pages are numbered from 1.")]})
        paginator = self.django_paginator_class(queryset, page_size)
        try:
            self.page = paginator.page(number)
        except InvalidPage:
            raise NotFound(
                gettext(
                    "Page %(number)s is out of range: there are %(num_pages)s "
                    "page(s) of %(page_size)s."
                )
                % {"number": number, "num_pages": paginator.num_pages, "page_size": page_size}
            ) from None
        return list(self.page)

    def get_schema_operation_parameters(self, view):
        # The bounds the checks above enforce, stated in the schema so clients know them.
        parameters = super().get_schema_operation_parameters(view)
        for parameter in parameters:
            if parameter["name"] == self.page_query_param:
                parameter["schema"]["minimum"] = 1
            elif parameter["name"] == self.page_size_query_param:
                parameter["schema"].update({"minimum": 1, "maximum": self.max_page_size})
        return parameters
