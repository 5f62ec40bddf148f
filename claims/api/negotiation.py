"""Content negotiation that answers an unknown ?format= with a 400 naming what is offered,
instead of DRF's bare 404 (which read as "this endpoint does not exist")."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django.utils.translation import gettext
from rest_framework.exceptions import ValidationError
from rest_framework.negotiation import DefaultContentNegotiation
from rest_framework.renderers import BaseRenderer

# The exports are their own endpoints, not formats of the lists.
EXPORTS_HINT = (
    "The claims as CSV are at /api/v1/claims.csv, the deadlines as iCalendar at "
    "/api/v1/deadlines.ics, the status changes as Atom at /api/v1/feeds/status-changes.atom."
)


class FormatNegotiation(DefaultContentNegotiation):
    def filter_renderers(
        self, renderers: Iterable[BaseRenderer], format: Any
    ) -> list[BaseRenderer]:
        renderers = list(renderers)
        matching = [renderer for renderer in renderers if renderer.format == format]
        if not matching:
            offered = ", ".join(sorted({str(renderer.format) for renderer in renderers}))
            raise ValidationError(
                {
                    "format": [
                        gettext(
                            "%(format)s is not a format of this endpoint: use %(offered)s. %(hint)s"
                        )
                        % {"format": repr(format), "offered": offered, "hint": EXPORTS_HINT}
                    ]
                }
            )
        return matching
