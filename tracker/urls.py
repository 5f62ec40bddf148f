from django.urls import path

from . import views

app_name = "tracker"

urlpatterns = [
    path("unsubscribe/<str:token>/", views.unsubscribe, name="unsubscribe"),
    path("follow/<int:claim_id>/", views.follow, name="follow"),
    path("follow/confirm/<str:token>/", views.follow_confirm_view, name="follow-confirm"),
]
