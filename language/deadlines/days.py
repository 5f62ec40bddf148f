"""Days: read by hand from the rule's groups, and weekdays and near days from the stated date.

The day rules of `grammar.py` capture the day, the month and the year separately ("1er
juillet 2025", "June 30th, 2025", "30/06/2025", "2025-06-30"), so reading them is a lookup
and a check, with no general date parser on the way: phrases never seen before cost no
more than the others. Month names come from dateparser's locale data (`lexicon._MONTHS`).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable

from language.text import fold as _fold

from .lexicon import _DAY_WORD_VALUES, _MONTHS, _NEAR_DAY_VALUES, _WEEKDAYS, _squash
from .periods import (
    _RECENT_MONTHS,
    _add,
    _check_year,
    _Context,
    _group,
    _Groups,
    _next_occurrence,
    _nth_weekday,
    _Period,
    _previous_occurrence,
    _Reject,
    _year_of,
    _yearless,
    _yearly,
)
from .window import Precision

_DAY = Precision.DAY.value
_FORWARD = frozenset({"by", "before", "not_before"})


def _on_calendar(c: _Context, year: int, month: int, day: int) -> dt.date:
    """The date, or a refusal that says why it is not on the calendar."""
    if not 1 <= month <= 12:
        raise _Reject(
            f"'{c.text.strip()}' is not a date on the calendar: there is no month {month}."
        )
    last = calendar.monthrange(year, month)[1]
    if not 1 <= day <= last:
        raise _Reject(
            f"'{c.text.strip()}' is not a date on the calendar: "
            f"{calendar.month_name[month]} {year} has {last} days."
        )
    return dt.date(year, month, day)


# French words before a numeric date: French writes the day first ("le 12/03/2026").
_FRENCH_BEFORE = re.compile(
    r"(?<![\w'])(?:le|au|du|d'ici le|d'ici au|avant le|jusqu'au|a partir du|des le|depuis le)\s+",
    re.ASCII,
)
# "la semaine du", "le week-end du" before it, wherever the phrase starts ("durant la semaine
# du 11/04/2026"): the French words of the week or weekend that holds the day.
_FRENCH_WEEK_OF = re.compile(r".*\bdu\s*$", re.ASCII)


def _numeric_readings(c: _Context, a: int, b: int, year: int) -> dt.date:
    """06/07/2025 is 6 July or June 7: both are read and the later one kept (rule 8); after
    a French word ("le 06/07/2025") it is 6 July, the day first, as French writes it."""
    readings = []
    for day, month in ((a, b), (b, a)):
        try:
            readings.append(_on_calendar(c, year, month, day))
        except _Reject:
            continue
    if not readings:
        raise _Reject(f"'{c.text.strip()}' is not a date on the calendar.")
    week_of = c.groups.get("weekof") or c.groups.get("weekendof") or ""
    if len(readings) == 2 and (
        _FRENCH_BEFORE.match(_fold(c.text.strip())) or _FRENCH_WEEK_OF.match(_fold(week_of))
    ):
        return readings[0]
    return max(readings)


def _resolve_day(c: _Context) -> _Period:
    g = c.groups
    if iy := g.get("iy"):
        day = _on_calendar(c, _check_year(int(iy)), int(_group(g, "im")), int(_group(g, "id")))
        return _in_week(g, _Period(day, day, _DAY))
    if ny := g.get("ny"):
        year = _check_year(int(ny))
        day = _numeric_readings(c, int(_group(g, "num_a")), int(_group(g, "num_b")), year)
        return _in_week(g, _Period(day, day, _DAY))
    if nyy := g.get("nyy"):  # "31/12/25": a two-digit year is this century's
        year = _check_year(2000 + int(nyy))
        day = _numeric_readings(c, int(_group(g, "num_a2")), int(_group(g, "num_b2")), year)
        return _in_week(g, _Period(day, day, _DAY))
    if dm := g.get("num_a3"):
        # "le 31/12", "avant le 30/06": a French day and month, day first, with no year: its
        # next occurrence, as "le 31 decembre" is.
        dom, month = int(dm), int(_group(g, "num_b3"))
        _on_calendar(c, 2024, month, dom)
        return _in_week(
            g,
            _yearless(c, lambda y: _Period(dt.date(y, month, dom), dt.date(y, month, dom), _DAY)),
        )
    month = _MONTHS[_group(g, "mon").rstrip(".")]
    dom = int(_group(g, "dd"))
    first = int(d0) if (d0 := g.get("d0")) else dom
    first, dom = min(first, dom), max(first, dom)
    if c.moved and d0 and c.text.lower().startswith(("du ", "from ")):
        # "repoussée du 1er au 21 décembre": moved from the 1st to the 21st ("reporté aux 17
        # et 18 octobre" is two days).
        first = dom
    if (named := _year_of(g, c.stated_on, allow_generic=False)) is not None:
        period = _Period(
            _on_calendar(c, named, month, first), _on_calendar(c, named, month, dom), _DAY
        )
    else:
        # No year: check the day against the longest such month, then take its next
        # occurrence on or after the stated date ("of each year" reads the same way).
        _on_calendar(c, 2024, month, dom)
        build = lambda y: _Period(dt.date(y, month, first), dt.date(y, month, dom), _DAY)  # noqa: E731
        # "le 20 novembre dernier": the one before; "le 1er mars prochain": the one to come,
        # never the one just gone by.
        last = g.get("dlast")
        if last:
            period = _previous_occurrence(build, c.stated_on)
        elif g.get("dnext") or g.get("next_d"):
            period = _next_occurrence(build, c.stated_on)
            if (
                g.get("next_d") == "next"
                and month == c.stated_on.month
                and period.start.year == c.stated_on.year
            ):
                # "next June 30" said in June is next year's, as "next June" is then (this
                # month's day is "this June 30", or "the coming June 30").
                period = _year_after(build, period)
        else:
            period = _yearless(c, build)
        if (named_weekday := g.get("dwd")) and first == dom:
            # "as early as Wednesday, January 24": the weekday says which year's day it is
            # (the one nearest, gone by or to come, on which that weekday falls). Only a
            # recent one gone by: "this Friday, Dec. 9" said in November, when 9 December is
            # a Saturday, is a slip of the weekday, not the 9th of eleven months before.
            # "le lundi 29 août" said early in 2021, when the coming 29 August is a Sunday:
            # the one after it, a Monday in 2022, the first to come that the weekday fits.
            weekday = _WEEKDAYS[_squash(named_weekday)]
            if period.start.weekday() != weekday:
                coming = _next_occurrence(build, c.stated_on)
                for other in (
                    _previous_occurrence(build, c.stated_on),
                    coming,
                    _year_after(build, coming),
                ):
                    if other.start.weekday() == weekday and other.end >= _add(
                        c.stated_on, -_RECENT_MONTHS, 0
                    ):
                        period = other
                        break
    return _in_week(g, period)


def _in_week(g: _Groups, period: _Period) -> _Period:
    """The day itself, or the week or the weekend that holds it when the words before it
    name one ("the week of June 9", "la semaine du 20/07/2020", "the weekend of June 13")."""
    if g.get("weekendof") and period.start == period.end:
        # A Saturday or a Sunday is in its own weekend; a Friday opens the one after it.
        saturday = period.start + dt.timedelta(days=(5 - period.start.weekday()) % 7)
        if period.start.weekday() == 6:
            saturday = period.start - dt.timedelta(days=1)
        return _Period(saturday, saturday + dt.timedelta(days=1), Precision.RELATIVE.value)
    if g.get("weekof"):
        # The week of a Sunday is the one it opens (calendars that start weeks on Sunday:
        # "the week of September 10th" in 2017); of another day, Monday to Sunday around it.
        sunday = period.start.weekday() == 6
        opens = period.start if sunday else period.start - dt.timedelta(days=period.start.weekday())
        return _Period(opens, opens + dt.timedelta(days=6), Precision.RELATIVE.value, week=True)
    return period


def _year_after(build: Callable[[int], _Period], period: _Period) -> _Period:
    """The same yearless day a year after `period` (itself when that year has no such day)."""
    try:
        return build(period.start.year + 1)
    except ValueError:
        return period  # 29 February


# The n-th weekday of a month: "the first Monday of September", "le dernier vendredi
# d'octobre" (-1: the month's last).
_NTH_OF_MONTH = {"first": 1, "1st": 1, "premier": 1, "second": 2, "2nd": 2, "deuxieme": 2,
                 "third": 3, "3rd": 3, "troisieme": 3, "fourth": 4, "4th": 4, "quatrieme": 4,
                 "last": -1, "dernier": -1}  # fmt: skip


def _resolve_nth_weekday(c: _Context) -> _Period | None:
    """ "the first Monday of September", "the last Friday in October 2027", "le premier
    lundi de septembre": that day of the month, in the year written or the next to come."""
    g = c.groups
    nth = _NTH_OF_MONTH[_squash(_group(g, "nth"))]
    weekday = _WEEKDAYS[_squash(_group(g, "nwd"))]
    month = _MONTHS[_fold(_group(g, "nmon")).rstrip(".")]

    def build(year: int) -> _Period:
        day = _nth_weekday(_check_year(year), month, weekday, nth)
        return _Period(day, day, _DAY)

    return _yearly(c, build)


def _resolve_weekday(c: _Context) -> _Period | None:
    """ "by Friday", "d'ici vendredi", "Thursday": the next such day on or after the stated
    date ("next Friday": strictly after it; "last Friday": before it)."""
    g = c.groups
    is_next = bool(g.get("wnext") or g.get("wnext2"))
    is_last = bool(g.get("wlast") or g.get("wlast2"))
    today = c.stated_on
    weekday = _WEEKDAYS[_squash(_group(g, "wd"))]
    if g.get("wnw"):
        day = today + dt.timedelta(days=7 - today.weekday() + weekday)  # next week's
        return _Period(day, day, _DAY)
    later = 7 * (g.get("wk_two") == "fortnight")
    later += 7 * (bool(g.get("wk_on") or g.get("w_after_next") or g.get("w_week"))) + {
        "huit": 7,
        "quinze": 14,
    }.get(g.get("w_en") or "", 0)
    if later:
        # "Friday week", "mardi en huit": a week (or two) after the coming one.
        day = today + dt.timedelta(days=(weekday - today.weekday()) % 7 + later)
        if g.get("w_after_next") and day - today < dt.timedelta(days=8):
            day += dt.timedelta(days=7)  # the one after next, not next week's own
        return _Period(day, day, _DAY)
    if c.scanning and not (is_next or c.qualifier in _FORWARD):
        return None  # in an article, "on Friday" is when something happened
    ahead = (weekday - today.weekday()) % 7
    if is_next and ahead == 0:
        ahead = 7
    if is_last:
        ahead = ahead - 7 if ahead else -7
    day = today + dt.timedelta(days=ahead)
    return _Period(day, day, _DAY)


def _resolve_week_number(c: _Context) -> _Period | None:
    """ "week 23", "la semaine 40 de 2027", "CW23 2027": that ISO week of the year given, or
    the next such week that has not ended."""
    g = c.groups
    number = int(g.get("wn") or _group(g, "wn2"))
    if not 1 <= number <= 53:
        return None
    if not (g.get("y") or c.qualified) and c.scanning:
        return None  # "in week 12, the team ..." of an article: no year, no deadline

    def week(year: int) -> _Period:
        try:
            monday = dt.date.fromisocalendar(year, number, 1)
        except ValueError as exc:
            raise _Reject(f"'{c.text.strip()}': {year} has no week {number}.") from exc
        return _Period(monday, monday + dt.timedelta(days=6), Precision.RELATIVE.value, week=True)

    if named := g.get("y"):
        return week(_check_year(int(named)))
    for year in range(c.stated_on.year, c.stated_on.year + 3):
        try:
            period = week(year)
        except _Reject:
            continue
        if period.end >= c.stated_on:
            return period
    raise _Reject(f"'{c.text.strip()}' names no week of the next years.")  # pragma: no cover


# "Today" and "aujourd'hui" in running text mostly mean "now"; only a qualifier ("by
# today", "dès aujourd'hui") makes them the day.
_NOW = frozenset({"today", "aujourd'hui"})
# "ce jour", written French for "aujourd'hui", is the day only after a word that starts from
# it, in a phrase alone as well: "dès ce jour", "à compter de ce jour"; "à ce jour" and
# "jusqu'à ce jour" mean "so far".
_THIS_DAY = _squash("ce jour")


def _resolve_near_day(c: _Context) -> _Period | None:
    """ "today", "tomorrow", "demain": counted in days from the stated date."""
    word = _squash(_group(c.groups, "near"))
    if c.scanning and word in _NOW and not c.qualified:
        return None  # "elle est aujourd'hui repoussée", "up from 40,000 today": now, no date
    if word == _THIS_DAY and c.qualifier != "in":
        return None
    if word == "now" and (c.scanning or not re.match(r"\s*by\s", c.text)):
        # "now expected in 2026", "until now": only "by now" names the day, and in a phrase
        # alone ("should have opened by now" in running text looks back).
        return None
    offset = _NEAR_DAY_VALUES[word]
    offset += 7 * bool(c.groups.get("near_week"))  # "tomorrow week", "demain en huit"
    day = c.stated_on + dt.timedelta(days=offset)
    return _Period(day, day, _DAY)


def _day_number(written: str | None) -> int:
    """A day of the month as written: digits with or without their letters, or a word."""
    text = _squash(written or "")
    digits = text.rstrip("stndrh")
    return int(digits) if digits.isdigit() else _DAY_WORD_VALUES.get(text.replace(" ", ""), 0)


def _resolve_day_of_month(c: _Context) -> _Period | None:
    """ "avant le 31", "by the 15th": the next day of that number, on or after the stated date
    (said on 11 December, "le 31" is 31 December; said on 30 April, 31 May)."""
    if c.scanning:
        return None
    g = c.groups
    number = _day_number(g.get("dom") or g.get("dom_en") or g.get("dom_en2") or g.get("dom_w"))
    if not 1 <= number <= 31:
        return None
    year, month = c.stated_on.year, c.stated_on.month
    if g.get("dom_rel"):
        # "the 15th of next month", "le 15 de ce mois": that day of that month, or no day;
        # "the 8th or 12th of this month": from the first to the last.
        if g.get("dom_next") or g.get("dom_next_fr"):
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        day = _on_calendar(c, _check_year(year), month, number)
        first = g.get("dom0") or g.get("dom0d")
        if first is None:
            return _Period(day, day, _DAY)
        opens = _on_calendar(c, _check_year(year), month, _day_number(first))
        return _Period(opens, day, _DAY) if opens <= day else None
    while True:  # at most two months on: every other month has a 31st
        if number <= calendar.monthrange(year, month)[1]:
            day = dt.date(_check_year(year), month, number)
            if day >= c.stated_on:
                return _Period(day, day, _DAY)
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
