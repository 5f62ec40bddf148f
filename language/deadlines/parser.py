"""Finding and resolving deadline expressions: `parse_deadline` and `find_deadlines`."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import NamedTuple

from language.text import fold as _fold
from language.text import language_score

from .grammar import _RULES, _TOKEN, _VAGUE, _Rule
from .periods import _add, _Context, _months_period, _Reject, _Span
from .window import (
    MAX_DATE,
    MAX_PHRASE_LENGTH,
    MAX_SCAN_LENGTH,
    MIN_DATE,
    DeadlineParseError,
    DeadlineWindow,
    FoundDeadline,
    Precision,
    Qualifier,
)


def _language(match_folded: str, context_folded: str) -> str:
    """The phrase's language; the words around it decide when the phrase does not."""
    score = language_score(match_folded) or language_score(context_folded)
    return "fr" if score > 0 else "en"


# ---------------------------------------------------------------------------------------
# Matching.
# ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Candidate:
    start: int
    end: int
    priority: int
    rule: _Rule
    match: re.Match[str]


def _candidates(folded: str) -> list[_Candidate]:
    """Every rule's matches, longest first among those that start at the same place."""
    tokens = set(_TOKEN.findall(folded))
    if any(t.isdigit() for t in tokens):
        tokens.add("#digit")
        if any(len(t) == 4 and t.isdigit() for t in tokens):
            tokens.add("#year")
    found = []
    for priority, rule in enumerate(_RULES):
        if rule.triggers.isdisjoint(tokens):
            continue  # cheap: most rules cannot match, and regexes cost more than sets
        for m in rule.pattern.finditer(folded):
            if m.end() > m.start():
                found.append(_Candidate(m.start(), m.end(), priority, rule, m))
    found.sort(key=lambda c: (c.start, c.start - c.end, c.priority))
    return found


def _qualifier_of(groups: dict[str, str | None]) -> str | None:
    """The qualifier the words say; a trailing one ("2026 at the latest") wins."""
    if groups.get("s_by"):
        return Qualifier.BY.value
    if groups.get("s_nb"):
        return Qualifier.NOT_BEFORE.value
    for group, qualifier in (
        ("q_nb", Qualifier.NOT_BEFORE),
        ("q_by", Qualifier.BY),
        ("q_before", Qualifier.BEFORE),
        ("q_on", Qualifier.ON),
        ("q_within", Qualifier.WITHIN),
        ("q_in", Qualifier.IN),
    ):
        if groups.get(group):
            return qualifier.value
    return None


def _part_of(groups: dict[str, str | None], rule: _Rule) -> str | None:
    for part in ("p_early", "p_mid", "p_late", "p_end"):
        if groups.get(part):
            return part
    return rule.implied_part


# Parts of a year (rule 2): first month and length.
_YEAR_PARTS = {"p_early": (1, 4), "p_mid": (5, 4), "p_late": (9, 4), "p_end": (9, 4)}


def _window(
    candidate: _Candidate, text: str, context_folded: str, stated_on: dt.date
) -> DeadlineWindow | None:
    """Resolve one match into a window, None if it is not a deadline, _Reject if impossible."""
    m = candidate.match
    groups = m.groupdict()
    qualifier = _qualifier_of(groups)
    part = _part_of(groups, candidate.rule)
    context = _Context(
        groups,
        stated_on,
        qualifier is not None or part is not None,
        text[m.start() : m.end()],
        part,
    )
    resolved = candidate.rule.resolve(context)
    if resolved is None:
        return None

    if isinstance(resolved, _Span):
        # Rule 6: a span counts from the stated date.
        reached = _add(stated_on, resolved.months, resolved.days)
        if qualifier == Qualifier.NOT_BEFORE:
            start, end = reached, None
        else:
            start, end, qualifier = None, reached, Qualifier.WITHIN.value
        precision = Precision.RELATIVE.value
    else:
        period = resolved
        if part is not None and part == "p_end" and qualifier in _DEADLINE_QUALIFIERS:
            # "by/before/not before the end of P" speak of P's last day (rules 3 to 5).
            if qualifier == Qualifier.BEFORE:
                qualifier = Qualifier.BY.value
        elif part is not None and period.precision == Precision.YEAR and not period.whole:
            first, months = _YEAR_PARTS[part]
            period = _months_period(period.start.year, first, months, "part_of_year")
        start, end, precision = period.start, period.end, str(period.precision)
        if qualifier == Qualifier.BY:
            start = None
        elif qualifier == Qualifier.BEFORE:
            start, end = None, period.start - dt.timedelta(days=1)
        elif qualifier == Qualifier.NOT_BEFORE:
            start, end = period.end, None
        elif precision == Precision.DAY:
            qualifier = Qualifier.ON.value
        else:
            qualifier = Qualifier.IN.value

    for day in (start, end):
        if day is not None and not MIN_DATE <= day <= MAX_DATE:
            raise _Reject(
                f"'{context.text.strip()}' points to {day.isoformat()}, outside the dates a "
                f"deadline can name ({MIN_DATE.isoformat()} to {MAX_DATE.isoformat()})."
            )
    language = _language(m.group(0), context_folded)
    return DeadlineWindow(text, start, end, str(precision), str(qualifier), language)


_DEADLINE_QUALIFIERS = frozenset(
    {Qualifier.BY.value, Qualifier.BEFORE.value, Qualifier.NOT_BEFORE.value}
)


class _Found(NamedTuple):
    candidate: _Candidate
    window: DeadlineWindow | None
    error: str | None


def _scan(text: str, stated_on: dt.date, *, window_text: str | None) -> list[_Found]:
    """Resolve the matches of `text` that do not overlap, left to right, longest first."""
    folded = _fold(text)
    vague = [m.span() for m in _VAGUE.finditer(folded)]
    results: list[_Found] = []
    taken_until = 0
    for candidate in _candidates(folded):
        if candidate.start < taken_until:
            continue
        if any(a <= candidate.start and candidate.end <= b for a, b in vague):
            continue  # "les mois a venir" inside "dans les mois a venir": vague (rule 7)
        matched = text[candidate.start : candidate.end]
        try:
            window = _window(candidate, window_text or matched, folded, stated_on)
        except _Reject as exc:
            results.append(_Found(candidate, None, str(exc)))
        except (ValueError, OverflowError, KeyError):
            # Dates the rules did not foresee (e.g. beyond year 9999): not a deadline.
            results.append(_Found(candidate, None, f"'{matched.strip()}' is not a usable date."))
        else:
            if window is None:
                continue  # the rule declined ("may" without a year); a shorter one may fit
            results.append(_Found(candidate, window, None))
        taken_until = candidate.end
    return results


def _check_stated_on(stated_on: dt.date) -> dt.date:
    if isinstance(stated_on, dt.datetime):
        return stated_on.date()
    if not isinstance(stated_on, dt.date):
        raise TypeError(f"stated_on must be a date, not {type(stated_on).__name__}.")
    return stated_on


def _shorten(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "\u2026"


def _latest(windows: list[DeadlineWindow]) -> DeadlineWindow:
    """Rule 8: several deadlines in one phrase, the latest one binds the promiser.

    A window with a deadline wins over a "not before" one, which has none.
    """
    with_end = [w for w in windows if w.end is not None]
    if with_end:
        return max(with_end, key=lambda w: w.end or MIN_DATE)
    return max(windows, key=lambda w: w.start or MIN_DATE)


def parse_deadline(text: str, *, stated_on: dt.date) -> DeadlineWindow:
    """Parse one deadline phrase stated on `stated_on` into a window.

    The phrase may hold surrounding words ("the company said it would go live by the end
    of 2024."). Raises DeadlineParseError, with a message for the editor, when the phrase
    holds no deadline; never raises anything else for a str.
    """
    stated_on = _check_stated_on(stated_on)
    if text is None:
        text = ""
    if not isinstance(text, str):
        raise DeadlineParseError(f"A deadline must be text, not {type(text).__name__}.")
    if len(text) > MAX_PHRASE_LENGTH:
        raise DeadlineParseError(
            f"The text is {len(text)} characters long; a deadline phrase is at most "
            f"{MAX_PHRASE_LENGTH}."
        )
    phrase = text.strip()
    if not phrase:
        raise DeadlineParseError("The deadline text is empty.")

    found = _scan(phrase, stated_on, window_text=phrase)
    windows = [f.window for f in found if f.window is not None]
    if windows:
        return _latest(windows)
    errors = [f.error for f in found if f.error]
    if errors:
        raise DeadlineParseError(errors[0])
    if vague := _VAGUE.search(_fold(phrase)):
        said = phrase[vague.start() : vague.end()]
        raise DeadlineParseError(
            f"'{said}' is too vague to be a deadline: no date can be held against it."
        )
    raise DeadlineParseError(
        f"No deadline found in '{_shorten(phrase)}': name a day, a month, a quarter, a half, "
        "a season, a year or a span (e.g. 'by the end of 2025', 'within 18 months')."
    )


def find_deadlines(text: str, *, stated_on: dt.date) -> list[FoundDeadline]:
    """Every deadline expression in a longer text (a news item, an article), in order.

    Each comes with its window (whose `text` is the expression) and its span in `text`.
    Expressions that name no usable date (a year out of range, 31 February) are left out;
    vague phrases are not deadlines. Texts over MAX_SCAN_LENGTH characters are refused.
    """
    stated_on = _check_stated_on(stated_on)
    if not isinstance(text, str):
        raise DeadlineParseError(f"A text to scan must be text, not {type(text).__name__}.")
    if len(text) > MAX_SCAN_LENGTH:
        raise DeadlineParseError(
            f"The text is {len(text)} characters long; find_deadlines reads at most "
            f"{MAX_SCAN_LENGTH}: split it into paragraphs."
        )
    return [
        FoundDeadline(f.window.text, f.window, (f.candidate.start, f.candidate.end))
        for f in _scan(text, stated_on, window_text=None)
        if f.window is not None
    ]
