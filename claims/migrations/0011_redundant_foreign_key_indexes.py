"""Two indexes that duplicated the start of another: the claim's promiser (claim_promiser_status_idx
begins with it) and the event's claim (event_claim_time_idx begins with it). Each was one more
entry to write for every status change and every event; the composite indexes serve the same
lookups (scorecards, a claim's timeline, the foreign keys' checks). Reversible."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('claims', '0010_events_never_updated'),
    ]

    operations = [
        migrations.AlterField(
            model_name='claim',
            name='promiser',
            field=models.ForeignKey(db_index=False, on_delete=django.db.models.deletion.PROTECT, related_name='claims', to='claims.organisation', verbose_name='promiser'),
        ),
        migrations.AlterField(
            model_name='statusevent',
            name='claim',
            field=models.ForeignKey(db_index=False, on_delete=django.db.models.deletion.PROTECT, related_name='status_events', to='claims.claim', verbose_name='claim'),
        ),
    ]
