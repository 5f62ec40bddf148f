"""The migrations: they describe the models as they are, and the labels altered together
(claims.migration_operations) leave the state one AlterField a field would."""

from __future__ import annotations

import pytest
from django.core.management import call_command
from django.db import connection, migrations, models
from django.db.migrations.loader import MigrationLoader

from claims.migration_operations import AlterFieldLabels, labels_together

LABELS = [
    ("claims", "0009_translated_labels"),
    ("tracker", "0010_subscription_language_and_translated_labels"),
]


@pytest.mark.django_db
def test_the_migrations_describe_the_models_as_they_are():
    # Exits with status 1 when a model has a change no migration records.
    call_command("makemigrations", "--check", "--dry-run", verbosity=0)


def one_alter_field_each(operations: list) -> list:
    plain = []
    for operation in operations:
        if isinstance(operation, AlterFieldLabels):
            plain += [
                migrations.AlterField(operation.model_name, name, field)
                for name, field in operation.fields
            ]
        else:
            plain.append(operation)
    return plain


def described(state) -> dict:
    return {
        key: (
            {name: field.deconstruct()[1:] for name, field in model.fields.items()},
            model.options,
        )
        for key, model in state.models.items()
    }


def test_labels_altered_together_leave_the_state_of_one_alter_field_each():
    # The smaller of the two label migrations, relations included; the makemigrations check
    # above compares both with the models.
    key = LABELS[1]
    loader = MigrationLoader(None, ignore_no_migrations=True)
    migration = loader.disk_migrations[key]
    assert any(isinstance(operation, AlterFieldLabels) for operation in migration.operations)
    before = loader.project_state(key, at_end=False)
    assert before.apps  # rendered, as migrate renders it, so that each step must re-render
    together, each = before.clone(), before.clone()
    for operation in migration.operations:
        operation.state_forwards(key[0], together)
    for operation in one_alter_field_each(migration.operations):
        operation.state_forwards(key[0], each)
    assert described(together) == described(each)
    assert described(together) != described(before)
    # Rendered as up to date as Django's own AlterField leaves them.
    assert set(stale_relations(together)) <= set(stale_relations(each))


def stale_relations(state) -> list[str]:
    """Relations of the rendered models that point at a model class since re-rendered."""
    stale = []
    for model in state.apps.get_models():
        for field in model._meta.get_fields():
            target = getattr(field, "related_model", None)
            if isinstance(target, type) and target is not state.apps.get_model(target._meta.label):
                stale.append(f"{model._meta.label}.{field.name}")
    return stale


def test_a_run_of_alter_field_on_one_model_becomes_one_operation_in_its_place():
    first = migrations.AlterField("claim", "subject", models.CharField("subject", max_length=9))
    second = migrations.AlterField("claim", "statement", models.TextField("statement"))
    other = migrations.AlterField("source", "title", models.CharField("title", max_length=9))
    options = migrations.AlterModelOptions("claim", {"verbose_name": "claim"})
    merged = labels_together([options, first, second, other])
    assert merged[0] is options
    assert [(type(op), op.model_name, [n for n, _ in op.fields]) for op in merged[1:]] == [
        (AlterFieldLabels, "claim", ["subject", "statement"]),
        (AlterFieldLabels, "source", ["title"]),
    ]


def test_a_change_that_reaches_the_database_is_refused():
    loader = MigrationLoader(None, ignore_no_migrations=True)
    before = loader.project_state(LABELS[0])
    field = before.models["claims", "claim"].fields["subject"].clone()
    field.max_length += 1  # a wider column: not a label
    operation = AlterFieldLabels("claim", [("subject", field)])
    after = before.clone()
    operation.state_forwards("claims", after)
    # Refused before any statement is made, so the editor need not open a transaction.
    editor = connection.schema_editor(collect_sql=True)
    with pytest.raises(ValueError, match="reaches the database"):
        operation.database_forwards("claims", editor, before, after)
