"""drf-spectacular: every operation documents the shared error shape for its 4xx answers."""

from __future__ import annotations

from drf_spectacular import openapi
from drf_spectacular.utils import OpenApiResponse
from rest_framework import serializers


class ErrorSerializer(serializers.Serializer):
    """The one shape of every 4xx answer."""

    detail = serializers.CharField(help_text="What went wrong, in a sentence.")
    # Named like Serializer.errors, which the stubs see (typeddjango/djangorestframework-stubs#78);
    # DRF's metaclass takes a declared field out of the class.
    errors = serializers.DictField(  # type: ignore[assignment]
        child=serializers.ListField(child=serializers.CharField()),
        help_text='Messages by field ("non_field_errors" for the request as a whole).',
    )


ERRORS = {
    "400": "Invalid input: unknown or malformed parameter, or a refused write.",
    "401": "Authentication needed (token or session).",
    "403": "Authenticated but not allowed (e.g. a viewer writing), or reading is closed.",
    "404": "No such object or page.",
    "406": "The Accept header asks for a format this endpoint does not produce.",
    "429": "Too many requests: retry after the number of seconds in Retry-After.",
}


class AutoSchema(openapi.AutoSchema):
    def get_auth(self):
        # Our read permissions let anonymous callers in (unless API_ANONYMOUS_READ is off);
        # drf-spectacular only knows DRF's own classes, so say it here. An operation anyone may
        # call lists no security requirement (no padlock in the docs); the others list the
        # credentials they need, without the "{}" that would mark them optional.
        anonymous = any(
            getattr(permission, "anonymous_allowed", lambda method, view: False)(
                self.method, self.view
            )
            for permission in self.view.get_permissions()
        )
        if anonymous:
            return []
        return [auth for auth in super().get_auth() if auth]

    def _get_response_bodies(self, direction="response"):
        responses = super()._get_response_bodies(direction)
        if direction != "response":
            return responses
        for code, description in ERRORS.items():
            if code not in responses:
                responses[code] = self._get_response_for_code(
                    OpenApiResponse(ErrorSerializer, description=description),
                    code,
                    media_types=["application/json"],
                )
        return responses
