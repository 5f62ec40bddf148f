"""What the ledger's models share: time zones, choice constraints, term lists, today."""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo
from typing import TYPE_CHECKING, TypeGuard

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone

if TYPE_CHECKING:
    pass


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


def split_terms(value: str) -> list[str]:
    """Terms typed one per line or separated by commas, stripped, empty ones dropped."""
    return [term.strip() for term in value.replace("\n", ",").split(",") if term.strip()]


def today_in(tz_name: str, now: dt.datetime | None = None) -> dt.date:
    """The calendar date in a claim's time zone."""
    return timezone.localtime(now or timezone.now(), zoneinfo.ZoneInfo(tz_name)).date()
