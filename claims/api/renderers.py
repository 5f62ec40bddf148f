"""Renderers for the non-JSON answers (CSV, iCalendar, Atom, SVG). The views build the bytes;
these let content negotiation accept the formats. Errors are always rendered as JSON."""

from __future__ import annotations

from rest_framework.renderers import BaseRenderer, JSONRenderer


class _BytesRenderer(BaseRenderer):
    charset = "utf-8"

    def render(self, data, accepted_media_type=None, renderer_context=None) -> bytes:
        if isinstance(data, bytes):
            return data
        if isinstance(data, str):
            return data.encode(self.charset)
        return JSONRenderer().render(data)


class CSVRenderer(_BytesRenderer):
    media_type = "text/csv"
    format = "csv"


class ICalendarRenderer(_BytesRenderer):
    media_type = "text/calendar"
    format = "ics"


class AtomRenderer(_BytesRenderer):
    media_type = "application/atom+xml"
    format = "atom"


class SVGRenderer(_BytesRenderer):
    media_type = "image/svg+xml"
    format = "svg"
