"""Template helpers for dates and deadline windows in the reader's language (claims.l10n)."""

from __future__ import annotations

import datetime as dt

from django import template

from claims import l10n

register = template.Library()


@register.filter
def ledger_date(value: dt.date | None) -> str:
    """{{ claim.deadline_end|ledger_date }}: "2025-12-31", "31 décembre 2025"."""
    return l10n.ledger_date(value)


@register.simple_tag
def window(start: dt.date | None, end: dt.date | None) -> str:
    """{% window start end %}: "by 2025-12-31", "au plus tard le 31 décembre 2025"."""
    return l10n.window_display(start, end)
