"""/api/: version 1 under /api/v1/, the OpenAPI schema at /api/schema/, its docs at /api/docs/."""

from django.urls import include, path, re_path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView
from rest_framework.routers import SimpleRouter

from . import views

router = SimpleRouter()
router.register("claims", views.ClaimViewSet, basename="claim")
router.register("organisations", views.OrganisationViewSet, basename="organisation")
router.register("evidence", views.EvidenceViewSet, basename="evidence")
router.register("sources", views.SourceViewSet, basename="source")

v1 = [
    path("", views.ApiRootView.as_view(), name="root"),
    path("claims.csv", views.ClaimExportView.as_view(), name="claim-export"),
    path("claims/<int:pk>/badge.svg", views.ClaimBadgeView.as_view(), name="claim-badge"),
    path(
        "organisations/<slug:slug>/badge.svg",
        views.OrganisationBadgeView.as_view(),
        name="organisation-badge",
    ),
    path("deadlines.ics", views.DeadlineCalendarView.as_view(), name="deadline-calendar"),
    path("deadlines/parse/", views.DeadlineParseView.as_view(), name="deadline-parse"),
    path("slippage/", views.SlippageView.as_view(), name="slippage"),
    path("feeds/status-changes.atom", views.StatusFeedView.as_view(), name="status-feed"),
    *router.urls,
]

urlpatterns = [
    path("v1/", include((v1, "v1"))),
    path("schema/", SpectacularAPIView.as_view(), name="api-schema"),
    path("docs/", SpectacularSwaggerSplitView.as_view(url_name="api-schema"), name="api-docs"),
    # Any other path under /api/ (newlines included: "." would not match them) is a JSON 404.
    re_path(r"^[\s\S]*$", views.not_found),
]
