"""Status events are never updated: the alert bookkeeping column, which the fan-out used to
write once after insert, is dropped with its partial index, and every UPDATE is refused.

The fan-out records queued alerts as marks of their own (tracker 0012 copies the column into
them first, hence the dependency); going back restores the column, empty, and tracker 0012's
reverse writes the marks into it.
"""

import pgtrigger.compiler
import pgtrigger.migrations
from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("claims", "0009_translated_labels"),
        ("tracker", "0012_fan_out_marks"),
    ]

    operations = [
        pgtrigger.migrations.RemoveTrigger(
            model_name="statusevent",
            name="event_append_only",
        ),
        pgtrigger.migrations.RemoveTrigger(
            model_name="statusevent",
            name="event_queued_once",
        ),
        migrations.RemoveIndex(
            model_name="statusevent",
            name="event_alerts_unqueued_idx",
        ),
        migrations.RemoveField(
            model_name="statusevent",
            name="alerts_queued_at",
        ),
        pgtrigger.migrations.AddTrigger(
            model_name="statusevent",
            trigger=pgtrigger.compiler.Trigger(
                name="event_append_only",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    func="RAISE EXCEPTION 'pgtrigger: Cannot update rows from % table', TG_TABLE_NAME;",
                    hash="6140ae87f15786c0bd1c3413a74bf13a0b41334e",
                    operation="UPDATE",
                    pgid="pgtrigger_event_append_only_89222",
                    table="claims_statusevent",
                    when="BEFORE",
                ),
            ),
        ),
    ]
