"""JSON request bodies, read with limits: a size cap (413) and a nesting cap (400).

DRF's parser hands the body straight to json.load, which recurses once per level: a body of
a few kilobytes nested a thousand deep raised RecursionError, a 500. Here the nesting is
counted first, outside strings, and anything deeper than settings.API_JSON_MAX_DEPTH is a
ParseError naming the limit; no request of the API needs more than a few levels. The body is
read up to DATA_UPLOAD_MAX_MEMORY_SIZE, the limit Django applies to forms; past it, 413.
"""

from __future__ import annotations

import re
from typing import Any

from django.conf import settings
from django.utils.formats import number_format
from django.utils.translation import gettext
from rest_framework import parsers, status
from rest_framework.exceptions import APIException, ParseError
from rest_framework.settings import api_settings
from rest_framework.utils import json

# A JSON string (escapes included) or one bracket: strings are skipped whole, so brackets
# inside them do not count.
_TOKENS = re.compile(rb'"(?:[^"\\]|\\.)*"|[\[\]{}]', re.DOTALL)


class RequestTooLarge(APIException):
    status_code = status.HTTP_413_REQUEST_ENTITY_TOO_LARGE
    default_detail = "The request body is too large."
    default_code = "request_too_large"


def body_limit() -> int | None:
    return settings.DATA_UPLOAD_MAX_MEMORY_SIZE


def too_large(limit: int) -> RequestTooLarge:
    return RequestTooLarge(
        gettext("The request body is larger than the %(limit)s bytes allowed.")
        % {"limit": number_format(limit, force_grouping=True)}
    )


def nesting_depth(body: bytes, *, stop_after: int) -> int:
    """The deepest nesting of arrays and objects in a JSON text (counting stops past
    `stop_after`, which is all a caller refusing deeper bodies needs to know)."""
    depth = deepest = 0
    for token in _TOKENS.finditer(body):
        bracket = token.group()
        if bracket in (b"[", b"{"):
            depth += 1
            if depth > deepest:
                deepest = depth
                if deepest > stop_after:
                    break
        elif bracket in (b"]", b"}"):
            depth -= 1
    return deepest


class JSONParser(parsers.JSONParser):
    def parse(self, stream, media_type=None, parser_context=None) -> Any:
        limit = body_limit()
        body = stream.read() if limit is None else stream.read(limit + 1)
        if limit is not None and len(body) > limit:
            raise too_large(limit)
        encoding = (parser_context or {}).get("encoding", settings.DEFAULT_CHARSET)
        max_depth = settings.API_JSON_MAX_DEPTH
        if nesting_depth(body, stop_after=max_depth) > max_depth:
            raise ParseError(
                gettext(
                    "JSON parse error - the body nests arrays and objects more "
                    "than %(max_depth)s levels deep."
                )
                % {"max_depth": max_depth}
            )
        try:
            text = body.decode(encoding)
            parse_constant = json.strict_constant if api_settings.STRICT_JSON else None
            return json.loads(text, parse_constant=parse_constant)
        except ValueError as error:  # UnicodeDecodeError and JSONDecodeError alike
            raise ParseError(gettext("JSON parse error - %(error)s") % {"error": error}) from error
