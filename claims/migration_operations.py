"""A migration operation that changes the labels of several fields of one model at once.

Django re-renders a model, and the models related to it, in the migration state after every
AlterField. The translated-labels migrations alter a few hundred fields, which made them most
of the time of a fresh `migrate` (which every test run, `make run` and each deployment pays).
AlterFieldLabels alters a run of fields of one model with one re-render and leaves the state
the AlterField operations it replaces would. It is for changes that never reach the database
(labels, help texts, choices): it refuses any other, because altering several columns from
one old model is wrong on SQLite, which rebuilds the whole table for each.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django.db import migrations
from django.db.migrations.operations.base import Operation
from django.db.migrations.state import ProjectState
from django.db.migrations.utils import field_is_referenced


class AlterFieldLabels(Operation):
    """AlterField for each (name, field) of one model, re-rendering the model once."""

    reversible = True

    def __init__(self, model_name: str, fields: list[tuple[str, Any]]):
        self.model_name = model_name
        self.fields = fields

    @property
    def model_name_lower(self) -> str:
        return self.model_name.lower()

    def deconstruct(self) -> tuple[str, list[Any], dict[str, Any]]:
        return (
            self.__class__.__qualname__,
            [],
            {"model_name": self.model_name, "fields": self.fields},
        )

    def state_forwards(self, app_label: str, state: ProjectState) -> None:
        # ProjectState.alter_field, less its reload, for each field; then one reload.
        model_key = (app_label, self.model_name_lower)
        fields = state.models[model_key].fields
        delay = True
        # The relations index, when Django has built one, follows each relational field.
        relations_known = getattr(state, "_relations", None) is not None
        for name, field in self.fields:
            if relations_known:
                old_field = fields.pop(name)
                if old_field.is_relation:
                    state.resolve_model_field_relations(model_key, name, old_field)
            fields[name] = field
            if relations_known and field.is_relation:
                state.resolve_model_field_relations(model_key, name, field)
            if field.is_relation or field_is_referenced(state, model_key, (name, field)):
                delay = False
        state.reload_model(*model_key, delay=delay)

    def database_forwards(
        self, app_label: str, schema_editor: Any, from_state: ProjectState, to_state: ProjectState
    ) -> None:
        from_model = from_state.apps.get_model(app_label, self.model_name)
        to_model = to_state.apps.get_model(app_label, self.model_name)
        for name, _ in self.fields:
            old, new = from_model._meta.get_field(name), to_model._meta.get_field(name)
            if schema_editor._field_should_be_altered(old, new):
                raise ValueError(
                    f"{self.model_name}.{name}: this change reaches the database; "
                    "AlterFieldLabels is only for labels, use AlterField"
                )

    def database_backwards(
        self, app_label: str, schema_editor: Any, from_state: ProjectState, to_state: ProjectState
    ) -> None:
        self.database_forwards(app_label, schema_editor, from_state, to_state)

    def describe(self) -> str:
        return f"Alter the labels of {len(self.fields)} fields of {self.model_name}"

    @property
    def migration_name_fragment(self) -> str:
        return f"alter_{self.model_name_lower}_labels"

    # What the migration optimizer asks before moving another operation past this one. A
    # relational field refers to other models too; rather than work out which, say yes.
    def references_field(self, model_name: str, name: str, app_label: str) -> bool:
        return self._relational or (
            model_name.lower() == self.model_name_lower
            and any(name.lower() == own.lower() for own, _ in self.fields)
        )

    def references_model(self, name: str, app_label: str) -> bool:
        return self._relational or name.lower() == self.model_name_lower

    @property
    def _relational(self) -> bool:
        return any(field.is_relation for _, field in self.fields)


def labels_together(operations: Iterable[Operation]) -> list[Operation]:
    """The operations with each run of AlterField on one model (that keeps its defaults)
    replaced by one AlterFieldLabels; everything else as it was, in its order."""
    merged: list[Operation] = []
    for operation in operations:
        if isinstance(operation, migrations.AlterField) and operation.preserve_default:
            last = merged[-1] if merged else None
            change = (operation.name, operation.field)
            if (
                isinstance(last, AlterFieldLabels)
                and last.model_name_lower == operation.model_name_lower
            ):
                last.fields.append(change)
                continue
            merged.append(AlterFieldLabels(operation.model_name, [change]))
        else:
            merged.append(operation)
    return merged
