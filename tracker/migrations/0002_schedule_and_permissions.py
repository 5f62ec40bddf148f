"""The default periodic schedule (editable in the admin) and the editors' tracker permissions."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

# name, task, schedule, expire_seconds (a tick not started by then is dropped: the next one
# does the same work)
SCHEDULE = [
    ("Deadline sweep (hourly)", "tracker.tasks.sweep_deadlines_task", ("interval", 1, "hours"), 50 * 60),
    ("Alert dispatch (every 5 minutes)", "tracker.tasks.send_alerts_task", ("interval", 5, "minutes"), 4 * 60),
    ("Daily digest (08:00 Europe/Paris)", "tracker.tasks.send_digest_task", ("crontab", "0", "8"), 60 * 60),
]


def create_schedule(apps, schema_editor):
    IntervalSchedule = apps.get_model("django_celery_beat", "IntervalSchedule")
    CrontabSchedule = apps.get_model("django_celery_beat", "CrontabSchedule")
    PeriodicTask = apps.get_model("django_celery_beat", "PeriodicTask")
    for name, task, schedule, expire_seconds in SCHEDULE:
        if schedule[0] == "interval":
            interval, _ = IntervalSchedule.objects.get_or_create(every=schedule[1], period=schedule[2])
            kwargs = {"interval": interval}
        else:
            crontab, _ = CrontabSchedule.objects.get_or_create(
                minute=schedule[1], hour=schedule[2], day_of_week="*", day_of_month="*",
                month_of_year="*", timezone="Europe/Paris",
            )
            kwargs = {"crontab": crontab}
        PeriodicTask.objects.get_or_create(
            name=name, defaults={"task": task, "expire_seconds": expire_seconds, **kwargs}
        )


def remove_schedule(apps, schema_editor):
    apps.get_model("django_celery_beat", "PeriodicTask").objects.filter(
        name__in=[name for name, *_ in SCHEDULE]
    ).delete()


def grant_permissions(apps, schema_editor):
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    tracker = Permission.objects.filter(content_type__app_label="tracker")
    editors, _ = Group.objects.get_or_create(name="Editors")
    editors.permissions.add(
        *tracker.filter(content_type__model__in=["subscription", "claimsnooze"]),
        *tracker.filter(content_type__model="alert", codename="view_alert"),
    )
    viewers, _ = Group.objects.get_or_create(name="Viewers")
    viewers.permissions.add(*tracker.filter(codename__startswith="view_")
                            .exclude(content_type__model="subscription"))


class Migration(migrations.Migration):
    dependencies = [
        ("tracker", "0001_initial"),
        ("claims", "0002_editor_and_viewer_groups"),
        ("django_celery_beat", "0019_alter_periodictasks_options"),
    ]

    operations = [
        migrations.RunPython(create_schedule, remove_schedule),
        migrations.RunPython(grant_permissions, migrations.RunPython.noop),
    ]
