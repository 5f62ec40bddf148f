from django.contrib import admin
from django.urls import include, path

from claims.views import calibration, dashboard

urlpatterns = [
    path("", dashboard, name="dashboard"),
    path("calibration/", calibration, name="calibration"),
    path("admin/", admin.site.urls),
    # Before the ledger's API, whose last pattern answers 404 for any other /api/ path.
    path("api/", include("tracker.api")),
    path("api/", include("claims.api.urls")),
    path("alerts/", include("tracker.urls")),
]
