"""What every ledger service shares: the acting user, the deadline parser's errors as form
errors, dates checked against time, and the claim's version (no lost updates)."""

from __future__ import annotations

import datetime as dt
from typing import TypeAlias

from django.contrib.auth.models import AnonymousUser
from django.contrib.auth.models import User as UserModel  # settings.AUTH_USER_MODEL
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext

from language.deadlines import DeadlineParseError, DeadlineWindow, parse_deadline

from ..models import Claim, today_in

# Who acts, typed as request.user is: a user, or AnonymousUser when nobody is signed in (tests
# pass one). Jobs pass None. Only a saved user is recorded (saved_user).
User: TypeAlias = UserModel | AnonymousUser

# How far ahead of the clock a job's "now" may be (clock skew between hosts), unless dry-run.
FUTURE_TOLERANCE = dt.timedelta(minutes=5)


class StaleVersion(Exception):
    """The claim changed since the version a write was based on: nothing was written.

    `current` is the claim's version now; `changed` names what others changed since
    `expected` (as far as the record tells).
    """

    def __init__(self, *, claim: Claim, expected: int, changed: list[str]) -> None:
        self.claim = claim
        self.expected = expected
        self.current = claim.version
        self.changed = changed
        what = f": {', '.join(changed)} changed" if changed else ""
        super().__init__(
            f"Someone else changed this claim since version {expected} was read "
            f"(it is at version {claim.version} now){what}. Reload it and make your change "
            "again."
        )


class FutureDateError(ValueError):
    """A job was asked to act as of a day that has not come yet (allowed only as a dry run)."""


def deadline_parse(
    *, text: str, stated_on: dt.date, field: str = "text", stated_precision: str = "day"
) -> DeadlineWindow:
    """Parse a deadline phrase, turning a parse failure into a ValidationError on `field`."""
    try:
        return parse_deadline(text, stated_on=stated_on, stated_precision=stated_precision)
    except DeadlineParseError as error:
        raise ValidationError({field: str(error)}) from error


def saved_user(actor: User | None) -> UserModel | None:
    """Only saved users are recorded as actors (jobs pass None, tests may pass AnonymousUser)."""
    if actor is None or isinstance(actor, AnonymousUser) or not actor.pk:
        return None
    return actor


def not_in_future(day: dt.date, *, tz_name: str, field: str, what: str) -> None:
    """Refuse a date after today in the claim's time zone: the ledger records what was said
    or happened, never what has not happened yet."""
    today = today_in(tz_name)
    if day > today:
        raise ValidationError(
            {
                field: gettext(
                    "%(what)s %(day)s is in the future (today is %(today)s in "
                    "%(tz_name)s); record it once it has happened."
                )
                % {
                    "what": what,
                    "day": format(day, "%Y-%m-%d"),
                    "today": format(today, "%Y-%m-%d"),
                    "tz_name": tz_name,
                }
            }
        )


def job_now(now: dt.datetime | None, *, dry_run: bool) -> dt.datetime:
    """The moment a job acts as of: now by default; a future moment only for a dry run, since
    a real run would write permanent events dated in the future and alert people."""
    if now is None:
        return timezone.now()
    if not dry_run and now > timezone.now() + FUTURE_TOLERANCE:
        raise FutureDateError(
            gettext(
                "%(now)s is in the future: a sweep as of a future date would "
                "record events that have not happened. Use a dry run to "
                "preview it."
            )
            % {"now": format(now, "%Y-%m-%d %H:%M")}
        )
    return now


def claim_locked(*, claim: Claim, expected_version: int | None) -> Claim:
    """Lock the claim's row for the rest of the transaction and check the version the write
    was based on (None: no check, e.g. a job acting on what it just read).

    Raises StaleVersion, naming what changed, when someone else wrote in between.
    """
    current = Claim.objects.select_for_update().get(pk=claim.pk)
    if expected_version is not None and current.version != expected_version:
        from ..selectors import claim_changes_since

        raise StaleVersion(
            claim=current,
            expected=expected_version,
            changed=claim_changes_since(claim=current, version=expected_version),
        )
    # The caller's object, brought up to date: whatever it held in memory is not written.
    claim.refresh_from_db()
    return claim


def claim_bump_version(*, claim: Claim, actor: User | None) -> None:
    """Record that an editor's change happened: the version moves on (history keeps it)."""
    claim.refresh_from_db()
    claim.version += 1
    claim._history_user = saved_user(actor)
    claim.save(update_fields=["version", "updated_at"])
