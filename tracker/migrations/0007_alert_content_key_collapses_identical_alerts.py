"""Alerts are unique per subscription, claim, event and content (the deadline revision, or the
source of the evidence), so identical alerts collapse into one.

Existing alerts keep the key of what made them unique before (their revision, or their piece of
evidence), so the new constraint holds on old data; new evidence alerts are keyed by source.
"""

from django.db import migrations, models
from django.db.models import CharField, Value
from django.db.models.functions import Cast, Coalesce, Concat


def key_existing_alerts(apps, schema_editor):
    Alert = apps.get_model("tracker", "Alert")
    Alert.objects.filter(evidence__isnull=False).update(
        content_key=Concat(Value("evidence:"), Cast("evidence_id", CharField()))
    )
    Alert.objects.filter(evidence__isnull=True).update(
        content_key=Concat(
            Value("revision:"), Cast(Coalesce("revision_id", Value(0)), CharField())
        )
    )


class Migration(migrations.Migration):
    dependencies = [
        ("tracker", "0006_match_pending_news_schedule"),
    ]

    operations = [
        migrations.AddField(
            model_name="alert",
            name="content_key",
            field=models.CharField(default="", editable=False, max_length=64),
            preserve_default=False,
        ),
        migrations.RunPython(key_existing_alerts, migrations.RunPython.noop),
        migrations.RemoveConstraint(
            model_name="alert",
            name="alert_once_per_subscription_claim_event_revision",
        ),
        migrations.AddConstraint(
            model_name="alert",
            constraint=models.UniqueConstraint(
                fields=("subscription", "claim", "event", "content_key"),
                name="alert_once_per_subscription_claim_event_content",
            ),
        ),
    ]
