from django.contrib import admin
from django.urls import include, path

from claims.views import dashboard

urlpatterns = [
    path("", dashboard, name="dashboard"),
    path("admin/", admin.site.urls),
    path("api/", include("claims.api.urls")),
    path("alerts/", include("tracker.urls")),
]
