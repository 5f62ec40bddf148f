"""Create the "Editors" (change the ledger) and "Viewers" (read only) groups."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

LEDGER_MODELS = ["organisation", "source", "claim", "deadlinerevision", "evidence"]
READ_ONLY_MODELS = ["statusevent"]


def create_groups(apps, schema_editor):
    # Permissions are normally created after all migrations; the groups need them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ledger = Permission.objects.filter(content_type__app_label="claims")

    editors, _ = Group.objects.get_or_create(name="Editors")
    editors.permissions.add(
        *ledger.filter(
            content_type__model__in=LEDGER_MODELS,
            codename__regex=r"^(add|change|view)_",
        ),
        *ledger.filter(content_type__model__in=READ_ONLY_MODELS, codename__startswith="view_"),
    )
    viewers, _ = Group.objects.get_or_create(name="Viewers")
    viewers.permissions.add(
        *ledger.filter(
            content_type__model__in=LEDGER_MODELS + READ_ONLY_MODELS, codename__startswith="view_"
        )
    )


def remove_groups(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=["Editors", "Viewers"]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("claims", "0001_initial"),
    ]

    operations = [migrations.RunPython(create_groups, remove_groups)]
