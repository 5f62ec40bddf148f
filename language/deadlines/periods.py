"""Periods and their resolvers: from a matched rule to the dates it names."""

from __future__ import annotations

import calendar
import datetime as dt
import functools
from collections.abc import Callable
from dataclasses import dataclass

from dateparser.date import DateDataParser

from .lexicon import (
    _GENERIC_YEAR_NOUNS,
    _MONTHS,
    _NUMBER_VALUES,
    _ORDINALS,
    _RELATIVE_YEAR_VALUES,
    _SEASON_MONTHS,
    _SEASONS,
    _SPAN_UNIT_VALUES,
    _squash,
)
from .window import MAX_DATE, MIN_DATE, Precision

# ---------------------------------------------------------------------------------------
# Dates.
# ---------------------------------------------------------------------------------------


class _Reject(Exception):
    """A match that names an impossible date; the message is for the editor."""


@dataclass(frozen=True)
class _Period:
    start: dt.date
    end: dt.date
    precision: str
    whole: bool = False  # parts of a year do not apply ("end of the decade")


@dataclass(frozen=True)
class _Span:
    months: int
    days: int


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _months_period(year: int, first_month: int, months: int, precision: str) -> _Period:
    last = first_month + months - 1
    end_year, end_month = year + (last - 1) // 12, (last - 1) % 12 + 1
    return _Period(dt.date(year, first_month, 1), _month_end(end_year, end_month), precision)


def _add(day: dt.date, months: int, days: int) -> dt.date:
    """`day` plus a span; a month-end that does not exist falls on the month's last day."""
    total = day.year * 12 + day.month - 1 + months
    year, month = divmod(total, 12)
    if not 1 <= year <= 9999:
        raise _Reject("That span reaches beyond any date a deadline can name.")
    last = calendar.monthrange(year, month + 1)[1]
    try:
        return dt.date(year, month + 1, min(day.day, last)) + dt.timedelta(days=days)
    except OverflowError as exc:
        raise _Reject("That span reaches beyond any date a deadline can name.") from exc


def _check_year(year: int) -> int:
    if not MIN_DATE.year <= year <= MAX_DATE.year:
        raise _Reject(
            f"The year {year} is outside the years a deadline can name "
            f"({MIN_DATE.year} to {MAX_DATE.year})."
        )
    return year


def _next_occurrence(build: Callable[[int], _Period], stated_on: dt.date) -> _Period:
    """The first occurrence of a yearless period that has not ended by the stated date."""
    for year in range(stated_on.year - 1, stated_on.year + 9):
        try:
            period = build(year)
        except ValueError:  # 29 February in a common year
            continue
        if period.end >= stated_on:
            return period
    raise _Reject("That date does not come round again.")


def _next_start(build: Callable[[int], _Period], stated_on: dt.date) -> _Period:
    """The first occurrence that starts after the stated date ("next summer")."""
    for year in range(stated_on.year - 1, stated_on.year + 3):
        period = build(year)
        if period.start > stated_on:
            return period
    raise _Reject("That period does not come round again.")  # pragma: no cover


# ---------------------------------------------------------------------------------------
# dateparser, for concrete days.
# ---------------------------------------------------------------------------------------


@functools.lru_cache(maxsize=64)
def _dateparser_for(stated_on: dt.date, date_order: str) -> DateDataParser:
    """One English/French parser per stated date and date order; building one is cheap."""
    return DateDataParser(
        languages=["en", "fr"],
        use_given_order=True,
        settings={
            "PREFER_DATES_FROM": "future",
            "RELATIVE_BASE": dt.datetime.combine(stated_on, dt.time()),
            "DATE_ORDER": date_order,
            "PREFER_DAY_OF_MONTH": "first",
            "RETURN_AS_TIMEZONE_AWARE": False,
        },
    )


@functools.lru_cache(maxsize=8192)
def _dateparser_day(text: str, stated_on: dt.date, date_order: str) -> tuple[dt.date, bool] | None:
    """The day dateparser reads in `text`, and whether the text named its year."""
    try:
        data = _dateparser_for(stated_on, date_order).get_date_data(text)
    except Exception:  # noqa: BLE001 - a third-party parser must not break ours
        return None
    if data.date_obj is None or data.period != "day":
        return None
    # types-dateparser 1.4.3 predates DateData.parts (dateparser 1.5.0, which we pin).
    return data.date_obj.date(), "year" in (data.parts or ())  # type: ignore[attr-defined]


# ---------------------------------------------------------------------------------------
# Resolvers: one per rule, from the match to a period.
# ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Context:
    groups: dict[str, str | None]
    stated_on: dt.date
    qualified: bool  # a qualifier or a part of year stands before the period
    text: str  # the matched text, as written
    part: str | None = None


def _group(g: dict[str, str | None], name: str) -> str:
    """A group the rule's pattern always fills when it matches."""
    value = g[name]
    if value is None:
        raise LookupError(f"The rule's pattern matched without its group {name!r}.")
    return value


def _year_of(g: dict[str, str | None], stated_on: dt.date, *, allow_generic: bool) -> int | None:
    """The year named by a _YEAR_SPEC (explicit, fiscal, short or relative), or None."""
    if y := g.get("y"):
        return _check_year(int(y))
    if digits := g.get("fy"):
        return _check_year(int(digits) if len(digits) == 4 else 2000 + int(digits))
    if yy := g.get("yy"):
        return _check_year(2000 + int(yy))
    if rely := g.get("rely"):
        key = _squash(rely)
        if key in _GENERIC_YEAR_NOUNS and not allow_generic:
            return None
        return _check_year(stated_on.year + _RELATIVE_YEAR_VALUES[key])
    return None


def _resolve_year(c: _Context) -> _Period | None:
    g = c.groups
    if not (g.get("y") or g.get("fy") or g.get("rely")):
        return None
    year = _year_of(g, c.stated_on, allow_generic=c.qualified)
    if year is None:
        return None
    return _months_period(year, 1, 12, Precision.YEAR.value)


def _resolve_year_end(c: _Context) -> _Period:
    """ "year-end", "EOY": the end of the stated year (the rule adds the part itself)."""
    return _months_period(c.stated_on.year, 1, 12, Precision.YEAR.value)


def _resolve_decade_end(c: _Context) -> _Period | None:
    """The end of the decade: the later of the two ways to count a decade (rule 8).

    Said in 2024, the 2020s end in 2029 and the third decade of the century in 2030: 2030.
    """
    if c.part != "p_end":
        return None  # "this decade" alone spans ten years: no deadline in it
    year = c.stated_on.year
    last = max(year // 10 * 10 + 9, ((year - 1) // 10 + 1) * 10)
    return _Period(dt.date(_check_year(last), 1, 1), dt.date(last, 12, 31), "year", whole=True)


def _resolve_later_this_year(c: _Context) -> _Period:
    """ "later this year": from the stated date to the end of the year."""
    g = c.groups
    year = _check_year(int(ly)) if (ly := g.get("ly")) else c.stated_on.year
    start = max(c.stated_on, dt.date(year, 1, 1))
    return _Period(start, dt.date(year, 12, 31), Precision.YEAR.value, whole=True)


def _yearly(c: _Context, build: Callable[[int], _Period]) -> _Period:
    year = _year_of(c.groups, c.stated_on, allow_generic=True)
    if year is not None:
        return build(year)
    return _next_occurrence(build, c.stated_on)


def _has_year(g: dict[str, str | None]) -> bool:
    return any(g.get(k) for k in ("y", "fy", "yy", "rely"))


def _resolve_quarter(c: _Context) -> _Period | None:
    g = c.groups
    if not _has_year(g) and (g.get("qn_pre") or (g.get("ql") == "t" and not c.qualified)):
        return None  # "3q", "T3" alone are too often something else than a quarter
    first = int(qn) if (qn := g.get("qn")) else _ORDINALS[_squash(g["qw"] or "")]
    # "Q3 or Q4 2025", "Q3-Q4 2025": both quarters, so the later end binds (rule 8).
    last = max(first, int(qn2)) if (qn2 := g.get("qn2")) else first
    first = min(first, last)
    months = 3 * (last - first + 1)
    return _yearly(c, lambda y: _months_period(y, 3 * first - 2, months, Precision.QUARTER.value))


def _resolve_half(c: _Context) -> _Period | None:
    g = c.groups
    if not _has_year(g) and (g.get("hn_pre") or (g.get("hl") == "s" and not c.qualified)):
        return None  # "1h" is an hour, "S2" a product name, unless a year follows
    number = int(hn) if (hn := g.get("hn")) else _ORDINALS[_squash(g["hw"] or "")]
    number = min(number, 2)
    return _yearly(c, lambda y: _months_period(y, 6 * number - 5, 6, Precision.HALF.value))


def _season_period(season: str) -> Callable[[int], _Period]:
    return lambda y: _months_period(y, _SEASON_MONTHS[season], 3, Precision.SEASON.value)


def _resolve_season(c: _Context) -> _Period | None:
    g = c.groups
    season = _SEASONS[_group(g, "season")]
    build = _season_period(season)
    if g.get("y2") and (y := g.get("y")):
        # "winter 2025/26": the winter that starts in the first year named.
        return build(_check_year(int(y)))
    if g.get("next"):
        return _next_start(build, c.stated_on)
    if not (g.get("this") or c.qualified or g.get("y") or g.get("fy") or g.get("rely")):
        return None  # "a fall in demand", "Spring Boot": a season needs a year or a qualifier
    return _yearly(c, build)


def _resolve_month(c: _Context) -> _Period | None:
    g = c.groups
    month = int(mn) if (mn := g.get("mn")) else _MONTHS[_group(g, "mon").rstrip(".")]
    if not 1 <= month <= 12:
        raise _Reject(f"'{c.text}' names month {month}, and a year has twelve.")
    has_year = any(g.get(k) for k in ("y", "fy", "rely"))
    if not (has_year or c.qualified):
        return None  # "may", "march", "sept": a month alone needs a year or a qualifier
    return _yearly(c, lambda y: _months_period(y, month, 1, Precision.MONTH.value))


def _resolve_relative_period(c: _Context) -> _Period | None:
    """ "next quarter", "ce mois-ci", "by the end of the quarter"."""
    g = c.groups
    unit = _squash(_group(g, "unit"))
    months = {"quarter": 3, "trimestre": 3, "month": 1, "mois": 1, "halfyear": 6, "semestre": 6}
    length = months[unit]
    precision = {1: Precision.MONTH, 3: Precision.QUARTER, 6: Precision.HALF}[length].value
    is_next = bool(g.get("next") or g.get("next2"))
    if not (is_next or g.get("this") or g.get("this2") or c.qualified):
        return None
    today = c.stated_on
    first = (today.month - 1) // length * length + 1
    if is_next:
        first += length
    year = today.year + (first - 1) // 12
    first = (first - 1) % 12 + 1
    return _months_period(_check_year(year), first, length, precision)


def _resolve_day(c: _Context) -> _Period:
    g = c.groups
    core = " ".join(_group(g, "core").split())
    readings = [_dateparser_day(core, c.stated_on, "DMY")]
    num_a, num_b = g.get("num_a"), g.get("num_b")
    if num_a and num_b and int(num_a) <= 12 and int(num_b) <= 12:
        # 06/07/2025 is 6 July or June 7: both are read and the later one kept (rule 8).
        readings.append(_dateparser_day(core, c.stated_on, "MDY"))
    found = [r for r in readings if r is not None]
    if not found:
        raise _Reject(f"'{c.text.strip()}' is not a date on the calendar.")
    day, has_year = max(found)
    if has_year:
        _check_year(day.year)
    else:
        # dateparser's "future" skips the stated day itself; a yearless day is the next
        # occurrence on or after the stated date.
        month, dom = day.month, day.day
        day = _next_occurrence(
            lambda y: _Period(dt.date(y, month, dom), dt.date(y, month, dom), "day"),
            c.stated_on,
        ).start
    return _Period(day, day, Precision.DAY.value)


def _number_value(text: str) -> float:
    key = _squash(text)
    return float(key) if key.isdigit() else _NUMBER_VALUES[key]


def _resolve_span(c: _Context) -> _Span | None:
    g = c.groups
    if not (c.qualified or g.get("ahead") or g.get("after")):
        return None  # "six months" alone is a duration, not a deadline
    # "12 to 18 months": the longer span (rule 8).
    value = max(_number_value(_group(g, "n1")), _number_value(n2) if (n2 := g.get("n2")) else 0)
    if g.get("half_pre") or g.get("half_post"):
        value += 0.5
    if value <= 0:
        return None
    months, days = _SPAN_UNIT_VALUES[_squash(_group(g, "unit"))]
    whole_months = months * value
    total_days = days * value
    if whole_months != int(whole_months):  # "a month and a half": 1 month and 15 days
        total_days += 15 * (whole_months - int(whole_months)) * 2
    return _Span(int(whole_months), int(-(-total_days // 1)))
