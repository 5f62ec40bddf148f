"""The demo subscriber: follows every claim, every event, delivered immediately."""

from .models import AlertEvent, Subscription

DEMO_EMAIL = "demo@example.org"


def demo_subscriber_load() -> bool:
    """Create the demo subscription unless it exists; True when created."""
    _, created = Subscription.objects.get_or_create(
        email=DEMO_EMAIL,
        user=None,
        organisation=None,
        category="",
        claim=None,
        defaults={
            **{f"on_{event}": True for event in AlertEvent.values},
            "delivery": Subscription.Delivery.IMMEDIATE,
        },
    )
    return created
