"""What every ledger service shares: the acting user and the deadline parser's errors as
form errors."""

from __future__ import annotations

import datetime as dt
from typing import TypeAlias

from django.contrib.auth.models import AnonymousUser
from django.contrib.auth.models import User as UserModel  # settings.AUTH_USER_MODEL
from django.core.exceptions import ValidationError

from language.deadlines import DeadlineParseError, DeadlineWindow, parse_deadline

# Who acts, typed as request.user is: a user, or AnonymousUser when nobody is signed in (tests
# pass one). Jobs pass None. Only a saved user is recorded (saved_user).
User: TypeAlias = UserModel | AnonymousUser


def deadline_parse(*, text: str, stated_on: dt.date, field: str = "text") -> DeadlineWindow:
    """Parse a deadline phrase, turning a parse failure into a ValidationError on `field`."""
    try:
        return parse_deadline(text, stated_on=stated_on)
    except DeadlineParseError as error:
        raise ValidationError({field: str(error)}) from error


def saved_user(actor: User | None) -> UserModel | None:
    """Only saved users are recorded as actors (jobs pass None, tests may pass AnonymousUser)."""
    if actor is None or isinstance(actor, AnonymousUser) or not actor.pk:
        return None
    return actor
