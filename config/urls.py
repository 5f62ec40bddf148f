from django.contrib import admin
from django.urls import include, path
from django.views.i18n import JavaScriptCatalog

urlpatterns = [
    # The public pages: dashboard, claim pages, organisation pages, calibration.
    path("", include("claims.urls")),
    path("admin/", admin.site.urls),
    # Before the ledger's API, whose last pattern answers 404 for any other /api/ path.
    path("api/", include("tracker.api")),
    path("api/", include("claims.api.urls")),
    path("alerts/", include("tracker.urls")),
    # set_language: the language switcher on public pages posts here (a cookie, then back).
    path("i18n/", include("django.conf.urls.i18n")),
    # The dashboard script's words in the reader's language (locale/*/djangojs.po).
    path("jsi18n/", JavaScriptCatalog.as_view(), name="javascript-catalog"),
]
