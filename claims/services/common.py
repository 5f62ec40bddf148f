"""What every ledger service shares: the acting user and the deadline parser's errors as
form errors."""

from __future__ import annotations

import datetime as dt

from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import ValidationError

from language.deadlines import DeadlineParseError, DeadlineWindow, parse_deadline

User = AbstractBaseUser


def deadline_parse(*, text: str, stated_on: dt.date, field: str = "text") -> DeadlineWindow:
    """Parse a deadline phrase, turning a parse failure into a ValidationError on `field`."""
    try:
        return parse_deadline(text, stated_on=stated_on)
    except DeadlineParseError as error:
        raise ValidationError({field: str(error)}) from error


def saved_user(actor: User | None) -> User | None:
    """Only saved users are recorded as actors (jobs pass None, tests may pass AnonymousUser)."""
    return actor if getattr(actor, "pk", None) else None
