"""What the ledger's models share: time zones, choice constraints and their validation in
one query, term lists, today."""

from __future__ import annotations

import datetime as dt
import functools
import logging
import zoneinfo
from contextlib import nullcontext
from typing import Any, TypeGuard

from django.core.exceptions import FieldError, ValidationError
from django.db import DatabaseError, connections, models, router, transaction
from django.db.models import BooleanField, ExpressionWrapper, Q, Value
from django.db.models.functions import Coalesce
from django.db.models.sql import Query
from django.db.models.sql.constants import SINGLE
from django.utils import timezone

logger = logging.getLogger(__name__)


@functools.cache
def _time_zones() -> frozenset[str]:
    # available_timezones() walks the zone files on every call; they do not change while the
    # process runs, and claims are validated on every write.
    return frozenset(zoneinfo.available_timezones())


def is_known_time_zone(name: str | None) -> TypeGuard[str]:
    return name in _time_zones()


def validate_time_zone(name: str) -> None:
    # An unknown zone would make every status sweep fail when it works out the claim's today.
    if not is_known_time_zone(name):
        raise ValidationError(f"{name!r} is not a known time zone (for example Europe/Paris).")


def in_choices(
    field: str, choices: type[models.TextChoices], *, name: str
) -> models.CheckConstraint:
    """A CHECK that a column holds one of its choices: what Python validates, the schema keeps."""
    return models.CheckConstraint(
        condition=Q(**{f"{field}__in": choices.values}),
        name=name,
        violation_error_message=f"{field} must be one of {', '.join(choices.values)}.",
    )


class ChecksInOneQuery(models.Model):
    """A model whose CheckConstraints full_clean() validates in one query.

    Django asks the database about each CheckConstraint in a query of its own, in a savepoint
    of its own when a transaction is open: for a claim, seven round trips of three statements
    on every write, about a quarter of what creating one takes on PostgreSQL. Here every condition
    is one column of one SELECT, with the same messages and codes; the other constraints are
    validated as Django validates them."""

    class Meta:
        abstract = True

    def validate_constraints(self, exclude: Any = None) -> None:
        using = router.db_for_write(type(self), instance=self)
        errors: dict[str, Any] = {}
        checks: list[models.CheckConstraint] = []
        for model_class, constraints in self.get_constraints():
            for constraint in constraints:
                if isinstance(constraint, models.CheckConstraint):
                    checks.append(constraint)
                    continue
                try:
                    constraint.validate(model_class, self, exclude=exclude, using=using)
                except ValidationError as refused:
                    fields: tuple[str, ...] = tuple(getattr(constraint, "fields", ()))
                    if getattr(refused, "code", None) == "unique" and len(fields) == 1:
                        errors.setdefault(fields[0], []).append(refused)
                    else:
                        errors = refused.update_error_dict(errors)
        for check in self._violated_checks(checks, exclude, using):
            violated = ValidationError(
                check.get_violation_error_message(), code=check.violation_error_code
            )
            errors = violated.update_error_dict(errors)
        if errors:
            raise ValidationError(errors)

    def _violated_checks(
        self, checks: list[models.CheckConstraint], exclude: Any, using: str
    ) -> list[models.CheckConstraint]:
        """What Q.check() asks of each condition (NULL passes, as in the database), asked at
        once: `SELECT COALESCE(condition, true) AS _check_0, ...`."""
        query = Query(None)
        # The row's values by field name, as Q.check() is given them (a private helper of
        # Model that CheckConstraint.validate() uses too).
        values = self._get_field_expression_map(meta=self._meta, exclude=exclude)  # type: ignore[attr-defined]
        for name, value in values.items():
            if not hasattr(value, "resolve_expression"):
                value = Value(value)
            query.add_annotation(value, name, select=False)
        asked: dict[str, models.CheckConstraint] = {}
        for number, constraint in enumerate(checks):
            alias = f"_check_{number}"
            condition = ExpressionWrapper(Q(constraint.condition), output_field=BooleanField())
            try:
                query.add_annotation(Coalesce(condition, Value(True)), alias)
            except FieldError:
                continue  # it reads a field left out of the validation, as Django skips it
            asked[alias] = constraint
        if not asked:
            return []
        connection = connections[using]
        try:
            with transaction.atomic(using=using) if connection.in_atomic_block else nullcontext():
                row = query.get_compiler(using=using).execute_sql(SINGLE)
        except DatabaseError as error:
            # As Q.check(): the database itself still refuses a violating row on save.
            logger.warning("Could not check the constraints of %r: %s", self, error)
            return []
        answers = dict(zip(query.annotation_select, row, strict=True))
        return [constraint for alias, constraint in asked.items() if not answers[alias]]


def split_terms(value: str) -> list[str]:
    """Terms typed one per line or separated by commas, stripped, empty ones dropped."""
    return [term.strip() for term in value.replace("\n", ",").split(",") if term.strip()]


def today_in(tz_name: str, now: dt.datetime | None = None) -> dt.date:
    """The calendar date in a claim's time zone."""
    return timezone.localtime(now or timezone.now(), zoneinfo.ZoneInfo(tz_name)).date()
