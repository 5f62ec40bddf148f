"""Fan-out marks: "this event's alerts are queued" moves from a column of the status event,
updated after insert, to a table of its own, written only by insertion.

Events already fanned out get their mark, with the time they were marked, so that none is
fanned out again after the upgrade. The old column is left in place and no longer written.
"""

import django.db.models.deletion
import pgtrigger.compiler
import pgtrigger.migrations
from django.db import migrations, models


def _tables(apps, schema_editor):
    quote = schema_editor.connection.ops.quote_name
    mark = apps.get_model("tracker", "FanOutMark")._meta.db_table
    event = apps.get_model("claims", "StatusEvent")._meta.db_table
    return quote(mark), quote(event)


def mark_events_already_fanned_out(apps, schema_editor):
    # One INSERT ... SELECT: a ledger of millions of events is not read into Python.
    mark, event = _tables(apps, schema_editor)
    with schema_editor.connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {mark} (event_id, queued_at) "  # noqa: S608 - names from model metadata
            f"SELECT id, alerts_queued_at FROM {event} WHERE alerts_queued_at IS NOT NULL"
        )


def unmark_into_the_event_column(apps, schema_editor):
    # Back to the column (it may be written once, from empty, which this does).
    mark, event = _tables(apps, schema_editor)
    with schema_editor.connection.cursor() as cursor:
        cursor.execute(
            f"UPDATE {event} SET alerts_queued_at = "  # noqa: S608 - names from model metadata
            f"(SELECT m.queued_at FROM {mark} AS m WHERE m.event_id = {event}.id) "
            f"WHERE alerts_queued_at IS NULL AND id IN (SELECT event_id FROM {mark})"
        )


class Migration(migrations.Migration):
    dependencies = [
        ("claims", "0009_translated_labels"),
        ("tracker", "0011_subscription_double_opt_in"),
    ]

    operations = [
        migrations.CreateModel(
            name="FanOutMark",
            fields=[
                (
                    "event",
                    models.OneToOneField(
                        on_delete=django.db.models.deletion.CASCADE,
                        primary_key=True,
                        related_name="fan_out_mark",
                        serialize=False,
                        to="claims.statusevent",
                        verbose_name="status event",
                    ),
                ),
                ("queued_at", models.DateTimeField(verbose_name="alerts queued at")),
            ],
            options={
                "verbose_name": "fan-out mark",
                "verbose_name_plural": "fan-out marks",
            },
        ),
        migrations.RunPython(mark_events_already_fanned_out, unmark_into_the_event_column),
        pgtrigger.migrations.AddTrigger(
            model_name="fanoutmark",
            trigger=pgtrigger.compiler.Trigger(
                name="fan_out_mark_insert_only",
                sql=pgtrigger.compiler.UpsertTriggerSql(
                    func="RAISE EXCEPTION 'pgtrigger: Cannot update or delete rows from % table', TG_TABLE_NAME;",
                    hash="1cc1e9a0333d77061321296df55065f630c47683",
                    operation="UPDATE OR DELETE",
                    pgid="pgtrigger_fan_out_mark_insert_only_87ee1",
                    table="tracker_fanoutmark",
                    when="BEFORE",
                ),
            ),
        ),
    ]
