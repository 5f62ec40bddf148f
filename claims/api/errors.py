"""One shape for every 4xx answer: {"detail": "...", "errors": {"field": ["message", ...]}}."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import (
    PermissionDenied,
    RequestDataTooBig,
    TooManyFieldsSent,
    TooManyFilesSent,
)
from django.core.exceptions import ValidationError as DjangoValidationError
from django.http import Http404
from django.utils.translation import gettext
from rest_framework import exceptions, status
from rest_framework.response import Response
from rest_framework.settings import api_settings

from ..services import StaleVersion
from .parsers import RequestTooLarge, body_limit, too_large

NON_FIELD = api_settings.NON_FIELD_ERRORS_KEY


def _flatten(detail: Any, prefix: str = "") -> dict[str, list[str]]:
    """DRF's nested error detail as {"field" or "field.sub": [messages]}."""
    if isinstance(detail, dict):
        errors: dict[str, list[str]] = {}
        for key, value in detail.items():
            name = NON_FIELD if key in (NON_FIELD, "__all__") and not prefix else str(key)
            errors.update(_flatten(value, f"{prefix}.{name}" if prefix else name))
        return errors
    if isinstance(detail, list) and any(isinstance(item, dict | list) for item in detail):
        errors = {}
        for index, item in enumerate(detail):
            errors.update(_flatten(item, f"{prefix}.{index}" if prefix else str(index)))
        return errors
    messages = [str(item) for item in detail] if isinstance(detail, list) else [str(detail)]
    return {prefix or NON_FIELD: messages}


def django_validation_error_as_drf(error: DjangoValidationError) -> exceptions.ValidationError:
    """A model or service ValidationError as DRF's, keeping its fields."""
    if hasattr(error, "error_dict"):
        return exceptions.ValidationError(
            {
                (NON_FIELD if field == "__all__" else field): messages
                for field, messages in error.message_dict.items()
            }
        )
    return exceptions.ValidationError({NON_FIELD: error.messages})


def _summary(errors: dict[str, list[str]]) -> str:
    fields = sorted(name for name in errors if name != NON_FIELD)
    general = errors.get(NON_FIELD, [])
    if general and not fields:
        return " ".join(general)
    return gettext("Invalid input: see errors for %(fields)s.") % {
        "fields": ", ".join(fields or [NON_FIELD])
    }


class Conflict(exceptions.APIException):
    """409: the write was based on a version of the claim that is no longer the current one."""

    status_code = status.HTTP_409_CONFLICT
    default_code = "conflict"

    def __init__(self, stale: StaleVersion) -> None:
        super().__init__(str(stale))
        self.current_version = stale.current
        self.changed = stale.changed


def exception_handler(exc: Exception, context: dict) -> Response | None:
    """DRF's handler with the project's error shape; unknown exceptions still become a 500."""
    if isinstance(exc, StaleVersion):
        exc = Conflict(exc)
    if isinstance(exc, Conflict):
        return Response(
            {
                "detail": str(exc.detail),
                "errors": {"version": [str(exc.detail)]},
                "current_version": exc.current_version,
                "changed": exc.changed,
            },
            status=exc.status_code,
        )
    # Django's own body limits (forms, request.body): the API's shape, not an HTML 400.
    if isinstance(exc, RequestDataTooBig) and (limit := body_limit()) is not None:
        exc = too_large(limit)
    elif isinstance(exc, RequestDataTooBig | TooManyFieldsSent | TooManyFilesSent):
        exc = RequestTooLarge(str(exc) or None)
    elif isinstance(exc, DjangoValidationError):
        exc = django_validation_error_as_drf(exc)
    elif isinstance(exc, Http404):
        exc = exceptions.NotFound(str(exc) or None)  # DRF's "Not found.", translated
    elif isinstance(exc, PermissionDenied):
        exc = exceptions.PermissionDenied(str(exc) or None)
    if not isinstance(exc, exceptions.APIException):
        return None

    headers: dict[str, str] = {}
    if auth_header := getattr(exc, "auth_header", None):
        headers["WWW-Authenticate"] = auth_header
    if wait := getattr(exc, "wait", None):
        headers["Retry-After"] = str(int(wait))

    if isinstance(exc, exceptions.ValidationError):
        errors = _flatten(exc.detail)
        body = {"detail": _summary(errors), "errors": errors}
    else:
        detail = exc.detail
        if isinstance(detail, dict | list):
            errors = _flatten(detail)
            body = {"detail": _summary(errors), "errors": errors}
        else:
            body = {"detail": str(detail), "errors": {}}
    # No set_rollback() here: API views run outside ATOMIC_REQUESTS (views.AutocommitMixin) and
    # each write's transaction.atomic() block rolls back as the exception leaves it. Marking the
    # enclosing block instead would poison a caller's transaction (a test's, a management job's).
    return Response(body, status=exc.status_code or status.HTTP_400_BAD_REQUEST, headers=headers)
