"""/api/v1/subscriptions/: a signed-in user's own subscriptions, on any channel.

A user sees and changes only their own subscriptions. A webhook's signing secret is in the
answer that creates it (or rotates it) and never again; an Apprise URL is write-only: answers
carry only its hint (scheme and host).
"""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.db.models import QuerySet
from django.urls import include, path
from django.utils.translation import gettext
from drf_spectacular.utils import extend_schema, inline_serializer
from rest_framework import mixins, serializers, status, viewsets
from rest_framework.decorators import action
from rest_framework.permissions import IsAuthenticated
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.routers import SimpleRouter

from claims.api.serializers import OrganisationSlugField
from claims.models import Category, Claim

from .models import AlertEvent, Subscription
from .services import (
    subscription_create,
    subscription_resume,
    subscription_test,
    subscription_unsubscribe,
    webhook_secret_rotate,
)

EVENT_FIELDS = [f"on_{event}" for event in AlertEvent.values]


class SubscriptionSerializer(serializers.ModelSerializer):
    claim = serializers.PrimaryKeyRelatedField(
        queryset=Claim.objects.all(), required=False, allow_null=True
    )
    organisation = OrganisationSlugField(required=False, allow_null=True)
    category = serializers.ChoiceField(choices=Category.choices, required=False, allow_blank=True)
    channel = serializers.ChoiceField(
        choices=Subscription.Channel.choices, default=Subscription.Channel.EMAIL
    )
    email = serializers.EmailField(
        required=False, allow_blank=True, help_text="E-mail channel: defaults to your address."
    )
    webhook_url = serializers.URLField(
        required=False,
        allow_null=True,
        max_length=1000,
        help_text="Webhook channel: where alerts are POSTed.",
    )
    secret = serializers.CharField(
        required=False,
        write_only=True,
        help_text="Webhook channel: a whsec_ secret of your own; one is generated if left out.",
    )
    apprise_url = serializers.CharField(
        required=False,
        write_only=True,
        max_length=2000,
        help_text="Apprise channel: the service URL (slack://, ntfys://, json://...). Never "
        "shown again: answers carry only its hint.",
    )
    apprise_url_hint = serializers.SerializerMethodField()
    paused = serializers.BooleanField(read_only=True)

    class Meta:
        model = Subscription
        fields = [
            "id",
            "channel",
            "email",
            "webhook_url",
            "secret",
            "apprise_url",
            "apprise_url_hint",
            "claim",
            "organisation",
            "category",
            *EVENT_FIELDS,
            "delivery",
            "language",
            "active",
            "paused",
            "paused_at",
            "paused_reason",
            "created_at",
        ]
        read_only_fields = ["active", "paused_at", "paused_reason", "created_at"]

    def get_apprise_url_hint(self, subscription: Subscription) -> str | None:
        target = getattr(subscription, "apprise", None)
        return target.url_hint if target is not None else None

    def to_representation(self, instance: Subscription) -> dict[str, Any]:
        data = super().to_representation(instance)
        webhook = getattr(instance, "webhook", None)
        data["webhook_url"] = webhook.url if webhook is not None else None
        return data


class NewSecretSerializer(serializers.Serializer):
    secret = serializers.CharField(
        required=False, help_text="A whsec_ secret of your own; one is generated if left out."
    )


class SubscriptionViewSet(
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    mixins.CreateModelMixin,
    mixins.DestroyModelMixin,
    viewsets.GenericViewSet,
):
    """Your own subscriptions. DELETE stops one (its pending alerts are not sent)."""

    serializer_class = SubscriptionSerializer
    permission_classes = [IsAuthenticated]

    def get_queryset(self) -> QuerySet[Subscription]:
        return (
            # IsAuthenticated: the user is a saved one.
            Subscription.objects.filter(user_id=self.request.user.pk or 0, active=True)
            .select_related("organisation", "webhook", "apprise")
            .order_by("id")
        )

    def create(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        serializer = self.get_serializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        channel = data["channel"]
        missing = {
            Subscription.Channel.WEBHOOK: "webhook_url",
            Subscription.Channel.APPRISE: "apprise_url",
        }.get(channel)
        if missing and not data.get(missing):
            raise serializers.ValidationError(
                {missing: [gettext("A %(channel)s subscription needs it.") % {"channel": channel}]}
            )
        with transaction.atomic():
            created = subscription_create(
                channel=channel,
                user=request.user,
                email=data.get("email", ""),
                webhook_url=data.get("webhook_url", ""),
                secret=data.get("secret", ""),
                apprise_url=data.get("apprise_url", ""),
                claim=data.get("claim"),
                organisation=data.get("organisation"),
                category=data.get("category", ""),
                delivery=data.get("delivery", Subscription.Delivery.IMMEDIATE),
                events={name[3:]: data[name] for name in EVENT_FIELDS if name in data},
                language=data.get("language", ""),
            )
        body = self.get_serializer(self.get_queryset().get(pk=created.subscription.pk)).data
        if created.secret:
            body = {**body, "secret": created.secret}  # shown this once
        return Response(body, status=status.HTTP_201_CREATED)

    def perform_destroy(self, instance: Subscription) -> None:
        subscription_unsubscribe(subscription=instance)

    @extend_schema(
        request=NewSecretSerializer,
        responses=inline_serializer("RotatedSecret", {"secret": serializers.CharField()}),
    )
    @action(detail=True, methods=["post"], url_path="rotate-secret")
    def rotate_secret(self, request: Request, pk: str | None = None) -> Response:
        """A webhook's new signing secret, shown once; the old one keeps signing for the grace
        period (ALERT_WEBHOOK_ROTATION_GRACE_HOURS)."""
        subscription = self.get_object()
        if subscription.channel != Subscription.Channel.WEBHOOK:
            raise serializers.ValidationError(
                {"channel": [gettext("Only a webhook has a secret.")]}
            )
        given = NewSecretSerializer(data=request.data)
        given.is_valid(raise_exception=True)
        secret = webhook_secret_rotate(
            subscription=subscription, secret=given.validated_data.get("secret", "")
        )
        return Response({"secret": secret})

    @extend_schema(
        request=None,
        responses=inline_serializer(
            "TestDelivery", {"sent": serializers.BooleanField(), "reason": serializers.CharField()}
        ),
    )
    @action(detail=True, methods=["post"])
    def test(self, request: Request, pk: str | None = None) -> Response:
        """Send a test message through the subscription's channel now."""
        result = subscription_test(subscription=self.get_object())
        return Response({"sent": result.sent, "reason": result.reason})

    @extend_schema(request=None, responses=SubscriptionSerializer)
    @action(detail=True, methods=["post"])
    def resume(self, request: Request, pk: str | None = None) -> Response:
        """Resume a paused endpoint: the alerts it owes are tried again at once."""
        subscription = subscription_resume(subscription=self.get_object())
        return Response(self.get_serializer(self.get_queryset().get(pk=subscription.pk)).data)


router = SimpleRouter()
router.register("subscriptions", SubscriptionViewSet, basename="subscription")

urlpatterns = [path("v1/", include((router.urls, "tracker-api")))]
