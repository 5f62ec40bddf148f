"""Match stored news items left unmatched (a poll killed or timed out mid-way), every 5 minutes."""

from django.db import migrations

NAME = "Match pending news items (every 5 minutes)"


def create_schedule(apps, schema_editor):
    IntervalSchedule = apps.get_model("django_celery_beat", "IntervalSchedule")
    PeriodicTask = apps.get_model("django_celery_beat", "PeriodicTask")
    interval, _ = IntervalSchedule.objects.get_or_create(every=5, period="minutes")
    # A tick not started within 4 minutes is dropped: the next one does the same work.
    PeriodicTask.objects.get_or_create(
        name=NAME,
        defaults={
            "task": "tracker.tasks.match_pending_news_task",
            "interval": interval,
            "expire_seconds": 4 * 60,
        },
    )


def remove_schedule(apps, schema_editor):
    apps.get_model("django_celery_beat", "PeriodicTask").objects.filter(name=NAME).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("tracker", "0005_news_flood_control_counts"),
        ("django_celery_beat", "0019_alter_periodictasks_options"),
    ]

    operations = [migrations.RunPython(create_schedule, remove_schedule)]
