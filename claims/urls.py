"""The public pages: the dashboard, a page per claim and a page per organisation."""

from django.urls import path

from . import views

urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("claims/<int:pk>/", views.claim_detail, name="claim-page"),
    path("claims/<int:pk>/<str:slug>/", views.claim_detail, name="claim-page-slug"),
    path("organisations/<slug:slug>/", views.organisation_detail, name="organisation-page"),
]
