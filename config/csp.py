"""Content-Security-Policy on every response (django-csp), chosen by what the response is.

- HTML pages (the dashboard, the admin, the browsable API, the unsubscribe page) get the
  policy in settings.CONTENT_SECURITY_POLICY: scripts and styles from our own static files
  only, so a stored string that reaches a page as markup cannot run.
- Everything else (JSON, SVG badges, CSV, iCalendar, Atom) gets `default-src 'none'`: such a
  document opened on its own (a badge opened in a tab, say) may load and run nothing at all.
- A page that needs more than the common policy (Swagger UI's inline styles) has its
  directives replaced by path prefix in settings.CONTENT_SECURITY_POLICY_REPLACE_BY_PATH.

A view may still set its own policy with django-csp's decorators; that wins.
"""

from __future__ import annotations

from csp.constants import NONE
from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings
from django.http import HttpRequest
from django.http.response import HttpResponseBase

# For every response that is not an HTML page.
DOCUMENT_POLICY: dict[str, list[str]] = {
    "default-src": [NONE],
    "frame-ancestors": [NONE],
    "base-uri": [NONE],
    "form-action": [NONE],
}


def is_html(response: HttpResponseBase) -> bool:
    return response.get("Content-Type", "").split(";")[0].strip().lower() == "text/html"


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    def get_policy_parts(
        self, request: HttpRequest, response: HttpResponseBase, report_only: bool = False
    ) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only)
        if report_only or parts.config is not None:
            return parts  # a view chose its policy; only the report-only one is left as is
        if not is_html(response):
            return PolicyParts(config=DOCUMENT_POLICY, nonce=parts.nonce)
        for prefix, directives in settings.CONTENT_SECURITY_POLICY_REPLACE_BY_PATH.items():
            if request.path_info.startswith(prefix):
                parts.replace = {**directives, **(parts.replace or {})}
        return parts
