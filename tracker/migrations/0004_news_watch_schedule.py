"""The news watch's periodic poll (editable in the admin) and its permissions."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

NAME = "Poll news feeds (every 15 minutes)"


def create_schedule(apps, schema_editor):
    IntervalSchedule = apps.get_model("django_celery_beat", "IntervalSchedule")
    PeriodicTask = apps.get_model("django_celery_beat", "PeriodicTask")
    interval, _ = IntervalSchedule.objects.get_or_create(every=15, period="minutes")
    # A tick not started within 14 minutes is dropped: the next one does the same work.
    PeriodicTask.objects.get_or_create(
        name=NAME,
        defaults={
            "task": "tracker.tasks.poll_feeds_task",
            "interval": interval,
            "expire_seconds": 14 * 60,
        },
    )


def remove_schedule(apps, schema_editor):
    apps.get_model("django_celery_beat", "PeriodicTask").objects.filter(name=NAME).delete()


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
        *tracker.filter(content_type__model="feed"),
        *tracker.filter(content_type__model="newsitem", codename="view_newsitem"),
        *tracker.filter(
            content_type__model="evidencereview",
            codename__in=["view_evidencereview", "change_evidencereview"],
        ),
    )
    viewers, _ = Group.objects.get_or_create(name="Viewers")
    viewers.permissions.add(
        *tracker.filter(
            content_type__model__in=["feed", "newsitem", "evidencereview"],
            codename__startswith="view_",
        )
    )


class Migration(migrations.Migration):
    dependencies = [
        ("tracker", "0003_news_watch"),
        ("django_celery_beat", "0019_alter_periodictasks_options"),
    ]

    operations = [
        migrations.RunPython(create_schedule, remove_schedule),
        migrations.RunPython(grant_permissions, migrations.RunPython.noop),
    ]
