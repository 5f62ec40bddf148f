"""Who may do what. The default (REST_FRAMEWORK) is DenyAll: each view opts in to one of these."""

from __future__ import annotations

from django.conf import settings
from rest_framework.permissions import SAFE_METHODS, BasePermission, DjangoModelPermissions


class DenyAll(BasePermission):
    """Closed until opened on purpose: the default for any view that names no permission."""

    message = "This endpoint is not open."

    def has_permission(self, request, view) -> bool:
        return False


def reading_allowed(request) -> bool:
    """Anonymous reading is on unless API_ANONYMOUS_READ is off; then any signed-in user reads."""
    return settings.API_ANONYMOUS_READ or bool(request.user and request.user.is_authenticated)


class PublicRead(BasePermission):
    """Read-only views of the public ledger (lists, scorecards, feeds, badges, the parser)."""

    message = "Sign in to read the ledger."

    def has_permission(self, request, view) -> bool:
        return self.is_read(request.method, view) and reading_allowed(request)

    @staticmethod
    def is_read(method: str, view) -> bool:
        return method in SAFE_METHODS or getattr(view, "safe_post", False)

    def anonymous_allowed(self, method: str, view) -> bool:
        """For the OpenAPI schema: may this operation be called without credentials?"""
        return settings.API_ANONYMOUS_READ and self.is_read(method, view)


class PublicReadEditorWrite(DjangoModelPermissions):
    """Read as PublicRead; write only as an authenticated user with the model's add/change perm.

    Editors have claims.add_* and claims.change_*; Viewers only view_*; nobody has delete_*.
    """

    message = "Only editors may change the ledger."

    def has_permission(self, request, view) -> bool:
        if request.method in SAFE_METHODS:
            return reading_allowed(request)
        return super().has_permission(request, view)

    def anonymous_allowed(self, method: str, view) -> bool:
        return settings.API_ANONYMOUS_READ and method in SAFE_METHODS


class ModelViewPermission(DjangoModelPermissions):
    """Staff-only data (the evidence review queue): reading needs the model's view permission."""

    message = "You need permission to see and review evidence."
    perms_map = {
        **DjangoModelPermissions.perms_map,
        "GET": ["%(app_label)s.view_%(model_name)s"],
        "HEAD": ["%(app_label)s.view_%(model_name)s"],
        "OPTIONS": ["%(app_label)s.view_%(model_name)s"],
        "POST": ["%(app_label)s.change_%(model_name)s"],  # reviewing changes the evidence
    }
