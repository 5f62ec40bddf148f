"""Subscriptions, snoozes and the alert log in the admin (the schedule is django-celery-beat's)."""

from django.contrib import admin

from .models import Alert, ClaimSnooze, Subscription


@admin.register(Subscription)
class SubscriptionAdmin(admin.ModelAdmin):
    list_display = ["recipient", "scope", "delivery", "active", "created_at"]
    list_filter = ["active", "delivery", "category"]
    search_fields = ["email", "user__username", "user__email"]
    autocomplete_fields = ["user", "organisation", "claim"]
    readonly_fields = ["unsubscribed_at"]
    fieldsets = [
        ("Who", {"fields": ["user", "email"]}),
        (
            "Follows (leave all empty for every claim; set at most one)",
            {"fields": ["organisation", "category", "claim"]},
        ),
        (
            "Events",
            {
                "fields": [
                    "on_due_30",
                    "on_due_7",
                    "on_overdue",
                    "on_missed",
                    "on_slipped",
                    "on_fulfilled",
                    "on_evidence",
                ]
            },
        ),
        ("Delivery", {"fields": ["delivery", "active", "unsubscribed_at"]}),
    ]

    @admin.display(description="follows")
    def scope(self, subscription: Subscription) -> str:
        return subscription.scope_display


@admin.register(ClaimSnooze)
class ClaimSnoozeAdmin(admin.ModelAdmin):
    list_display = ["claim", "until", "reason", "created_by", "created_at"]
    autocomplete_fields = ["claim"]
    readonly_fields = ["created_by"]

    def save_model(self, request, obj, form, change):
        if not change:
            obj.created_by = request.user
        super().save_model(request, obj, form, change)


@admin.register(Alert)
class AlertAdmin(admin.ModelAdmin):
    """The alert log: what was owed to whom, and whether it went out."""

    list_display = [
        "claim",
        "event",
        "recipient",
        "digest",
        "state",
        "attempts",
        "sent_at",
        "last_error",
    ]
    list_filter = ["state", "event", "digest"]
    list_select_related = ["claim", "subscription__user"]
    search_fields = ["claim__statement", "subscription__email"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    @admin.display(description="to")
    def recipient(self, alert: Alert) -> str:
        return alert.subscription.recipient
