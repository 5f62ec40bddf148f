"""Refresh the forecasts nightly (03:30 Europe/Paris) and every 15 minutes when claims changed."""

from django.db import migrations

NIGHTLY = "Forecast refresh (nightly, 03:30 Europe/Paris)"
ON_CHANGE = "Forecast refresh after changes (every 15 minutes)"


def create_schedule(apps, schema_editor):
    IntervalSchedule = apps.get_model("django_celery_beat", "IntervalSchedule")
    CrontabSchedule = apps.get_model("django_celery_beat", "CrontabSchedule")
    PeriodicTask = apps.get_model("django_celery_beat", "PeriodicTask")
    crontab, _ = CrontabSchedule.objects.get_or_create(
        minute="30", hour="3", day_of_week="*", day_of_month="*", month_of_year="*",
        timezone="Europe/Paris",
    )
    PeriodicTask.objects.get_or_create(
        name=NIGHTLY,
        defaults={
            "task": "tracker.tasks.refresh_forecasts_task",
            "crontab": crontab,
            "expire_seconds": 60 * 60,
        },
    )
    interval, _ = IntervalSchedule.objects.get_or_create(every=15, period="minutes")
    # Only if a claim changed since the last run saw the ledger; a tick not started within
    # 14 minutes is dropped, the next one does the same work.
    PeriodicTask.objects.get_or_create(
        name=ON_CHANGE,
        defaults={
            "task": "tracker.tasks.refresh_forecasts_task",
            "interval": interval,
            "kwargs": '{"only_if_changed": true}',
            "expire_seconds": 14 * 60,
        },
    )


def remove_schedule(apps, schema_editor):
    apps.get_model("django_celery_beat", "PeriodicTask").objects.filter(
        name__in=[NIGHTLY, ON_CHANGE]
    ).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("tracker", "0008_subscription_channels_webhook_and_apprise"),
        ("django_celery_beat", "0019_alter_periodictasks_options"),
    ]

    operations = [migrations.RunPython(create_schedule, remove_schedule)]
