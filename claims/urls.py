"""The public pages: the dashboard, a page per claim, a page per organisation, calibration."""

from django.urls import path

from . import views

urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("claims/<int:pk>/", views.claim_detail, name="claim-page"),
    path("claims/<int:pk>/<str:slug>/", views.claim_detail, name="claim-page-slug"),
    path("organisations/<slug:slug>/", views.organisation_detail, name="organisation-page"),
    path("calibration/", views.calibration, name="calibration"),
]
