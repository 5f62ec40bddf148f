"""Periods and their resolvers: from a matched rule to the dates it names."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable, Iterator, Mapping
from contextvars import ContextVar
from dataclasses import dataclass
from functools import partial

from language.text import fold as _fold

from .lexicon import (
    _CALENDAR_NAMES,
    _EASTER_FEASTS,
    _FEASTS_NEEDING_CONTEXT,
    _FIXED_FEASTS,
    _GENERIC_YEAR_NOUNS,
    _MONTHS,
    _NUMBER_VALUES,
    _ORDINALS,
    _RELATIVE_YEAR_VALUES,
    _SEASON_MONTHS,
    _SEASONS,
    _SPAN_UNIT_VALUES,
    _SUB_ENDS,
    _SUB_ORDINALS,
    _SUB_UNIT_VALUES,
    _WEEKDAY_FEASTS,
    LAST,
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
    week: bool = False  # a calendar week, Monday to Sunday: its parts are days
    decade: bool = False  # ten years: its parts are years
    century: bool = False  # a hundred years: its parts are years ("mid-century" is 2050)
    end_later: bool = False  # "the end of the decade" said in it: a year later (rule 6)


@dataclass(frozen=True)
class _Span:
    months: int
    days: int
    anchor: str | None = None  # what the span counts from, when not the stated date
    working: bool = False  # its days are working days, Monday to Friday


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


def _previous_occurrence(build: Callable[[int], _Period], stated_on: dt.date) -> _Period:
    """The last occurrence that ended before the stated date ("last summer", "mars dernier")."""
    for year in range(stated_on.year, stated_on.year - 9, -1):
        try:
            period = build(year)
        except ValueError:
            continue
        if period.end < stated_on:
            return period
    raise _Reject("That date did not come round before.")  # pragma: no cover


# A yearless month, day or season that ended this recently is the one just past (rule 6).
_RECENT_MONTHS = 2
# Set while a text is read whose date is known only to its year (its stated day is then the
# year's first): "in November" is that year's, not the one two months before its first day.
YEAR_ONLY: ContextVar[bool] = ContextVar("YEAR_ONLY", default=False)
# Qualifiers that look back as well as forward: "in June", "on 18 March", "le 1er octobre".
_PLAIN = frozenset({None, "in", "on"})


def _said_ahead(qualifier: str | None, groups: Mapping[str, str | None]) -> bool:
    """Whether a period's own words point forward: a qualifier other than "in" or "on"
    ("by", "before", "not before"), or "next"."""
    return qualifier not in _PLAIN or bool(groups.get("next") or groups.get("next2"))


def _yearless(c: _Context, build: Callable[[int], _Period], *, recent: bool = True) -> _Period:
    """A period of some year whose year was not written: its next occurrence that has not
    ended, unless the last one ended at most two months before the stated date and nothing
    points forward. "In June" said on 2 July is the June just past (an article reporting
    it), not a promise eleven months away, which would have named its year."""
    period = _next_occurrence(build, c.stated_on)
    forward = _said_ahead(c.qualifier, c.groups) or c.moved or c.alternative
    if not recent or forward or period.start <= c.stated_on or YEAR_ONLY.get():
        return period
    try:
        before = _previous_occurrence(build, c.stated_on)
    except _Reject:  # pragma: no cover - every yearly period came round before
        return period
    return before if before.end >= _add(c.stated_on, -_RECENT_MONTHS, 0) else period


def _coming_occurrence(build: Callable[[int], _Period], stated_on: dt.date) -> _Period:
    """ "next spring", "l'hiver prochain": the first occurrence still mostly ahead.

    Said before a season's middle, the season under way is the coming one: "jusqu'au
    printemps prochain" said on 27 March is this spring, not next year's.
    """
    for year in range(stated_on.year - 1, stated_on.year + 3):
        period = build(year)
        middle = period.start + (period.end - period.start) / 2
        if middle > stated_on:
            return period
    raise _Reject("That period does not come round again.")  # pragma: no cover


# ---------------------------------------------------------------------------------------
# Resolvers: one per rule, from the match to a period.
# ---------------------------------------------------------------------------------------


class _Groups(Mapping[str, str | None]):
    """A match's named groups, read one at a time (building the dict of all of them costs
    more than the few a resolver reads), some of them set or renamed by the rule."""

    __slots__ = ("_index", "_match", "_regs", "_set")

    def __init__(self, match: re.Match[str], given: dict[str, str | None] | None = None) -> None:
        self._match = match
        self._index = match.re.groupindex
        self._regs = match.regs  # every group's span at once: cheaper than one call each
        self._set = given or {}

    def __getitem__(self, name: str) -> str | None:
        if name in self._set:
            return self._set[name]
        number = self._index.get(name)
        if number is None:
            return None  # a group the rule's pattern does not have
        start, end = self._regs[number]
        return None if start < 0 else self._match.string[start:end]

    def get(self, name: str, default: object = None) -> str | None:
        """The group's text, None when it did not take part in the match."""
        return self[name]

    def __iter__(self) -> Iterator[str]:
        return iter({**self._match.re.groupindex, **self._set})

    def __len__(self) -> int:
        return len({**self._match.re.groupindex, **self._set})

    def given(self, **groups: str | None) -> _Groups:
        """The same groups with some set: a borrowed year, a group under another name."""
        return _Groups(self._match, {**self._set, **groups})


@dataclass(frozen=True)
class _Context:
    groups: _Groups
    stated_on: dt.date
    qualified: bool  # a qualifier or a part of year stands before the period
    text: str  # the matched text, as written
    part: str | None = None
    scanning: bool = False  # find_deadlines reads a longer text, not a deadline phrase
    qualifier: str | None = None  # the reading of the words before it ("by", "in"...)
    moved: bool = False  # a verb of a move sets it as the new date ("repoussé à l'automne")
    # One of periods offered as alternatives ("late summer or early fall"): a writer unsure
    # which is looking ahead, since what is past is known.
    alternative: bool = False


def _group(g: Mapping[str, str | None], name: str) -> str:
    """A group the rule's pattern always fills when it matches."""
    value = g[name]
    if value is None:
        raise LookupError(f"The rule's pattern matched without its group {name!r}.")
    return value


def _nearest_century(two_digits: int, stated_on: dt.date) -> int:
    """ "'17" said in 2017 is 2017, "'98" said in 2017 is 1998: the year nearest the date."""
    base = stated_on.year // 100 * 100 + two_digits
    return min((base - 100, base, base + 100), key=lambda y: abs(y - stated_on.year))


def _year_of(g: Mapping[str, str | None], stated_on: dt.date, *, allow_generic: bool) -> int | None:
    """The year named by a _YEAR_SPEC (explicit, fiscal, short or relative), or None."""
    # "the 2022 holiday season": a named time's year written before it.
    if y := g.get("y") or g.get("y_cal"):
        return _check_year(int(y))
    if digits := g.get("fy"):
        return _check_year(int(digits) if len(digits) == 4 else 2000 + int(digits))
    if words := g.get("yw"):  # "two thousand and thirty", "deux mille vingt-six"
        units = re.sub(r"^(?:two thousand(?: and)?|deux mille|twenty)\s+", "", words)
        return _check_year(2000 + int(_NUMBER_VALUES[_squash(units)]))
    if yy := g.get("yy") or g.get("yy_code"):
        return _check_year(2000 + int(yy))
    if ay := g.get("ay"):
        return _check_year(_nearest_century(int(ay), stated_on))
    if rely := g.get("rely"):
        key = _squash(rely)
        if key in _GENERIC_YEAR_NOUNS and not allow_generic:
            return None
        return _check_year(stated_on.year + _RELATIVE_YEAR_VALUES[key])
    return None


def _year_as_a_noun(g: Mapping[str, str | None]) -> bool:
    """Whether the year is named only by the noun ("the end of the year", "la fin de
    l'année"): in a range after a period with its year, it is that year."""
    rely = g.get("rely")
    return rely is not None and _squash(rely) in _GENERIC_YEAR_NOUNS


def _has_year(g: Mapping[str, str | None]) -> bool:
    return any(
        g.get(k)
        for k in ("y", "y_pre", "y_cal", "y_pair", "fy", "yy", "yy_code", "ay", "rely", "yw")
    )


_NEW_YEAR = frozenset({"thenewyear", "lanouvelleannee", "anneuf", "annouveau"})


def _resolve_year(c: _Context) -> _Period | _Span | None:
    g = c.groups
    if not (
        g.get("y") or g.get("yw") or g.get("fy") or g.get("rely") or (g.get("ay") and c.qualified)
    ):
        return None  # "'17" alone is too often something else than a year
    if g.get("yw") and not c.qualified:
        return None  # "two thousand and twenty jobs" counts; "by two thousand and thirty" dates
    if g.get("rely") and (span := _over_the_next(c, "year")):
        return span
    if c.qualifier in ("by", "before") and _squash(g.get("rely") or "") in _NEW_YEAR:
        # "by the new year", "avant la nouvelle année": by its first day, not its end.
        day = dt.date(_check_year(c.stated_on.year + 1), 1, 1)
        return _Period(day, day, Precision.DAY.value)
    if _year_as_a_noun(g) and _BY_THE_YEAR.fullmatch(_fold(c.text)):
        return None
    year = _year_of(g, c.stated_on, allow_generic=c.qualified)
    if year is None:
        return None
    last = year // 100 * 100 + int(g.get("y_to") or 0)
    # "2028-29", "2025/26": both years; so is a fiscal year written across two ("FY2024-25",
    # "financial year 2023/24"), as "l'exercice 2024-25" is: its calendar is not known.
    if (g.get("y") or g.get("fy")) and last > year:
        return _Period(dt.date(year, 1, 1), dt.date(last, 12, 31), Precision.YEAR.value)
    return _months_period(year, 1, 12, Precision.YEAR.value)


# "une production à l'année", "50 000 tonnes à l'an": year-round or by the year, a rate and
# no date ("à" before the bare noun is no qualifier of this year).
_BY_THE_YEAR = re.compile(r"a l'an(?:nee)?")


def _resolve_year_end(c: _Context) -> _Period:
    """ "year-end", "EOY": the end of the stated year (the rule adds the part itself); "YE2026",
    "YE26": the end of that year."""
    if ye := c.groups.get("ye"):
        return _months_period(_check_year(int(ye) if len(ye) == 4 else 2000 + int(ye)), 1, 12,
                              Precision.YEAR.value)  # fmt: skip
    return _months_period(c.stated_on.year, 1, 12, Precision.YEAR.value)


def _resolve_decade(c: _Context) -> _Period | _Span | None:
    """ "the 2030s", "les annees 2030", and "the decade" said in it: ten years.

    The decade a phrase is said in is the one its year is in (said in 2024: the 2020s), so
    "mid-decade" is 2023-2026 and "the second half of the decade" 2025-2029. Only "the end
    of the decade" takes the later of the two ways of counting (rule 8): the third decade of
    the century ends in 2030, so said in 2024 it is 2030.
    """
    g = c.groups
    later = False
    parted = c.part is not None or g.get("dh") or _has_sub(g)
    if g.get("dnext") and not parted:  # "over the next decade": ten years from the day said
        return _Span(60 if g.get("dnh") else 120, 0)  # "the next half-decade": five
    if g.get("dnh"):
        return None  # "early next half-decade": no calendar half-decade
    if g.get("dnext"):  # "early next decade", "au debut de la prochaine decennie": the next
        first = _check_year(c.stated_on.year // 10 * 10 + 10)  # decade of the calendar
    elif named := g.get("dec") or g.get("dec_fr") or g.get("dec_fr2"):
        first = _check_year(int(named))
    elif two := g.get("dec2"):
        first = _nearest_century(int(two), c.stated_on)
    elif not parted:
        return None  # "this decade" alone spans ten years: no deadline in it
    else:
        first, later = c.stated_on.year // 10 * 10, c.stated_on.year % 10 != 0
    last = _check_year(first + 9)
    if half := g.get("dh"):  # "the second half of the decade": five years
        first += 5 * (_ordinal(half, 2) - 1)
        return _Period(dt.date(first, 1, 1), dt.date(first + 4, 12, 31), Precision.YEAR.value,
                       whole=True)  # fmt: skip
    return _Period(dt.date(first, 1, 1), dt.date(last, 12, 31), Precision.YEAR.value, decade=True,
                   end_later=later)  # fmt: skip


# Parts of a year (rule 2): first month and length. Parts of a decade: first year and length;
# "the end of the decade" is its last year.
_YEAR_PARTS = {"p_early": (1, 4), "p_mid": (5, 4), "p_late": (9, 4), "p_end": (9, 4)}
_DECADE_PARTS = {"p_early": (0, 3), "p_mid": (3, 4), "p_late": (7, 3), "p_end": (9, 1)}


def _part_span(parts: dict[str, tuple[int, int]], part: str | None, whole: int) -> tuple[int, int]:
    """The first and last unit (month of a year, year of a decade) of a part, or of the whole
    when no part is said."""
    if part is None:
        return (1, whole) if whole == 12 else (0, whole - 1)
    first, length = parts[f"p_{part}"]
    return first, first + length - 1


def _resolve_this_or_next(c: _Context) -> _Period:
    """ "late this year or early next", "this quarter or next": from (a part of) the unit under
    way to (a part of) the next one, the noun left out after "next" (rule 9)."""
    g = c.groups
    unit, first, second = _group(g, "eu"), g.get("ep1"), g.get("ep2")
    first = "late" if g.get("ep1_end") else first  # "the end of this year or early next"
    today = c.stated_on
    later = first == "later"  # "later this year or early next": from the day said
    first = None if later else first
    if unit == "decade":
        decade = today.year // 10 * 10
        begin = today.year if later else decade + _part_span(_DECADE_PARTS, first, 10)[0]
        last = decade + 10 + _part_span(_DECADE_PARTS, second, 10)[1]
        return _Period(dt.date(_check_year(begin), 1, 1), dt.date(_check_year(last), 12, 31),
                       Precision.YEAR.value)  # fmt: skip
    if unit == "year":
        month = _part_span(_YEAR_PARTS, first, 12)[0]
        start = today if later else dt.date(today.year, month, 1)
        last_month = _part_span(_YEAR_PARTS, second, 12)[1]
        end = _months_period(_check_year(today.year + 1), last_month, 1, "month").end
        precision = Precision.PART_OF_YEAR if later or first or second else Precision.YEAR
        return _Period(start, end, precision.value)
    months = 3 if unit == "quarter" else 1
    opening = (today.month - 1) // months * months + 1
    both = _months_period(today.year, opening, 2 * months, unit)
    return _Period(
        both.start, both.end, Precision.QUARTER.value if months == 3 else Precision.MONTH.value
    )


def _resolve_century(c: _Context) -> _Period | None:
    """ "by the middle of this century", "mid-century", "d'ici la fin du siecle": parts of the
    century the phrase is said in; the century alone is no deadline."""
    if c.part is None and not _has_sub(c.groups):
        return None
    first = c.stated_on.year // 100 * 100
    return _Period(dt.date(first, 1, 1), dt.date(first + 99, 12, 31), Precision.YEAR.value,
                   century=True, end_later=True)  # fmt: skip


# How many months a stretch "to" a month holds, by the word that names it (squashed).
_STRETCH_MONTHS = {
    "year": 12, "twelvemonths": 12, "12months": 12, "exercice": 12, "douze": 12, "12": 12,
    "halfyear": 6, "half": 6, "sixmonths": 6, "6months": 6, "semestre": 6, "six": 6, "6": 6,
    "ninemonths": 9, "9months": 9, "neuf": 9, "9": 9,
    "quarter": 3, "threemonths": 3, "3months": 3, "trimestre": 3, "trois": 3, "3": 3,
}  # fmt: skip
_STRETCH_PRECISION = {12: Precision.YEAR, 6: Precision.HALF, 3: Precision.QUARTER}


def _months_to(year: int, month: int, months: int) -> _Period:
    """The `months` months that end with `month` of `year`."""
    first = year * 12 + month - months  # months since year 0 of the first one, less one
    precision = _STRETCH_PRECISION.get(months, Precision.MONTH).value
    return _months_period(_check_year(first // 12), first % 12 + 1, months, precision)


_ENDED = re.compile(r"\b(?:ended|clos|achevee?)\b")


def _resolve_year_to(c: _Context) -> _Period:
    """ "the year to March 2026", "the fiscal year ending 30 June 2025", "l'exercice clos le 31
    mars 2026", "the six months to June 2026": the months that end then."""
    g = c.groups
    if not g.get("y"):
        # "the year ended February 29": a day of a leap year, its next occurrence or the last.
        build = partial(_year_to, c, clamp=True)
        if _ENDED.search(_fold(c.text)):
            return _previous_occurrence(build, c.stated_on)  # "the year ended": gone by
        return _yearly(c, build, recent=True)
    return _year_to(c, _check_year(int(_group(g, "y"))))


def _resolve_years_to(c: _Context) -> _Period | None:
    """ "the five years to 2020", "the three years through 2028": the years that end with the
    year named, as "the six months to June" are the months that end with June. After a move,
    "delayed five years to 2030", the count is its size: the year moved to alone."""
    g = c.groups
    count = _number_value(_group(g, "yn"))
    year = _check_year(int(_group(g, "y")))
    if count != int(count) or not 1 < count <= 50:
        return None
    first = year if c.moved else year - int(count) + 1
    return _Period(dt.date(first, 1, 1), dt.date(year, 12, 31), Precision.YEAR.value)


def _year_to(c: _Context, year: int, *, clamp: bool = False) -> _Period:
    g = c.groups
    month = _MONTHS[_group(g, "mon").rstrip(".")]
    word = g.get("len") or g.get("len_fr") or g.get("len_fr2") or "year"
    day = g.get("dd") or g.get("dd2")
    end = _month_end(year, month)
    if day:
        if int(day) > _month_end(2024, month).day or (int(day) > end.day and not clamp):
            raise _Reject(f"'{c.text.strip()}' is not a date on the calendar.")
        end = dt.date(year, month, min(int(day), end.day))
    if c.moved and (g.get("len_fr2") or word.endswith(("months", "weeks"))):
        # "pushed back by three months to December 2026": the month moved to, or its day.
        first = end if day else dt.date(year, month, 1)
        precision = (Precision.DAY if day else Precision.MONTH).value
        return _Period(first, end, precision, whole=True)
    if word.endswith("weeks"):
        # Weeks end on the day named (its month's last without one), whole weeks back.
        first = end - dt.timedelta(weeks=int(word.split()[0])) + dt.timedelta(days=1)
        return _Period(first, end, Precision.DAY.value, whole=True)
    months = _STRETCH_MONTHS[_squash(word)]
    if day:
        if end == _month_end(year, month):  # "ended 30 September": whole months
            period = _months_to(year, month, months)
            return _Period(period.start, period.end, period.precision, whole=True)
        start = _add(end, -months, 1)
        precision = _STRETCH_PRECISION.get(months, Precision.MONTH).value
        return _Period(start, end, precision, whole=True)
    period = _months_to(year, month, months)
    return _Period(period.start, period.end, period.precision, whole=True)


def _resolve_year_from(c: _Context) -> _Period:
    """ "the fiscal year beginning April 1, 2027", "the year from April 2024": twelve months
    from that day or month (its next occurrence without a year)."""
    g = c.groups
    month = _MONTHS[(g.get("mon") or _group(g, "mon2")).rstrip(".")]
    day = int(g.get("dd") or g.get("dd2") or 1)
    if not 1 <= day <= _month_end(2024, month).day:  # a leap year: the longest such month
        raise _Reject(f"'{c.text.strip()}' is not a date on the calendar.")

    def build(year: int) -> _Period:
        first = dt.date(year, month, min(day, _month_end(year, month).day))
        return _Period(first, _add(first, 12, -1), Precision.YEAR.value)

    return _yearly(c, build)


def _resolve_month_quarter(c: _Context) -> _Period:
    """ "the December quarter": the three months that end with that month, its next
    occurrence unless a year is given."""
    month = _MONTHS[_group(c.groups, "mon").rstrip(".")]
    return _yearly(c, lambda y: _months_to(y, month, 3))


_QUARTER_ORDINALS = {"first": "1", "second": "2", "third": "3", "fourth": "4"}


def _resolve_later_this(c: _Context) -> _Period:
    """ "later this year", "later this month", "later this summer", "later this decade" (the
    decade the year is in: said in 2024, the 2020s): from the stated date to the period's end;
    "earlier this month": from the period's start to the day before (a date already past)."""
    g = c.groups
    today = c.stated_on
    unit = g.get("lunit") or "year"
    if month_word := g.get("lmon"):
        month = _MONTHS[month_word.rstrip(".")]
        if said_year := g.get("lmy"):
            year = _check_year(int(said_year))
        else:
            year = today.year if month >= today.month else today.year + 1
        first, end, precision = dt.date(year, month, 1), _month_end(year, month), Precision.MONTH
    elif quarter := g.get("lq") or g.get("lq2") or _QUARTER_ORDINALS.get(g.get("lqo") or ""):
        said_year = g.get("lqy")
        q = int(quarter)
        if said_year:
            year = _check_year(int(said_year) + (2000 if len(said_year) == 2 else 0))
        else:
            year = today.year if (q - 1) * 3 + 3 >= today.month else today.year + 1
        first = dt.date(year, (q - 1) * 3 + 1, 1)
        end, precision = _month_end(year, (q - 1) * 3 + 3), Precision.QUARTER
    elif season := g.get("lseason"):  # "later this summer": what is left of this one
        this = _next_occurrence(_season_period(_SEASONS[season]), today)
        first, end, precision = this.start, this.end, Precision.SEASON
    elif unit in ("quarter", "trimestre"):
        q = (today.month - 1) // 3
        first = dt.date(today.year, q * 3 + 1, 1)
        end, precision = _month_end(today.year, q * 3 + 3), Precision.QUARTER
    elif unit in ("month", "mois"):
        first, end, precision = (
            today.replace(day=1),
            _month_end(today.year, today.month),
            Precision.MONTH,
        )
    elif unit in ("week", "semaine"):
        first = today - dt.timedelta(days=today.weekday())
        end, precision = first + dt.timedelta(days=6), Precision.RELATIVE
    elif unit in ("decade", "decennie"):
        first = dt.date(today.year // 10 * 10, 1, 1)
        end, precision = dt.date(first.year + 9, 12, 31), Precision.YEAR
    else:
        year = _check_year(int(ly)) if (ly := g.get("ly")) else today.year
        first, end, precision = dt.date(year, 1, 1), dt.date(year, 12, 31), Precision.YEAR
    start = max(today, first)
    if g.get("earlier"):
        # Said on the period's first day, "earlier this year" is the day before: past still.
        end = today - dt.timedelta(days=1)
        start = min(first, end)
    return _Period(start, end, precision.value, whole=True)


def _yearly(c: _Context, build: Callable[[int], _Period], *, recent: bool = False) -> _Period:
    year = _year_of(c.groups, c.stated_on, allow_generic=True)
    # "The first half of the year" said in December is the coming one, as "the first half"
    # alone is: "the year" (not "this year") names no year whose part is already gone by.
    if year is not None and not (_year_as_a_noun(c.groups) and build(year).end < c.stated_on):
        return build(year)
    if c.groups.get("last"):
        return _previous_occurrence(build, c.stated_on)
    if c.qualifier == "before" and c.part != "p_end":
        # "avant l'ete" said in July: before next summer, not before the one under way.
        return next(p for y in range(c.stated_on.year, c.stated_on.year + 3)
                    if (p := build(y)).start > c.stated_on)  # fmt: skip
    return _yearless(c, build, recent=recent)


def _ordinal(word: str, count: int) -> int:
    """The number of an ordinal among `count` periods; "last"/"dernier" is the last one."""
    number = _ORDINALS[_squash(word)]
    return count if number == LAST else number


_COUNTS = {2: "two", 3: "three", 4: "four"}


def _in_range(c: _Context, number: int, count: int, noun: str) -> bool:
    """ "Q5 2025", "H3 2025" are refused when a year makes them dates; "Audi Q5" is a name."""
    if 1 <= number <= count:
        return True
    if _has_year(c.groups):
        raise _Reject(
            f"'{c.text.strip()}' names {noun} {number}, and a year has {_COUNTS[count]} of them."
        )
    return False


# Two quarters or halves joined by "to" in one match: "from Q3 to Q4", "du T3 au T4".
_JOINED_BY_TO = re.compile(
    r"\b[a-z0-9]+ (?:to|a|au) (?:the |le |la |du )?"
    r"(?:[qtsh]\d\b|[a-z0-9]+[ -](?:quarter|trimestre|half|semestre|semester|moitie))"
)


def _moved_to_second(c: _Context) -> bool:
    """Whether a move sets the second of two periods read in one match as the new date
    ("moved from Q3 to Q4 2026"), as it does for two periods read apart."""
    return c.moved and bool(_JOINED_BY_TO.search(_fold(c.text)))


# "back" and "front" name a half or a quarter only right before it ("the back half"): before
# "to" they belong to a verb ("pushed back to the first half").
_BACK_OR_FRONT = frozenset({"back", "front"})


# A code and a year's four digits run together: "1Q2019", "2H2026". Read in a deadline phrase
# only: in running text it most often restates a quarter named in words beside it ("the third
# quarter of 2025 (3Q2025)"), and drafting it again cost an article draft.
_GLUED_YEAR = re.compile(r"\d[qths](?:19|20|21)\d\d(?!\d)", re.IGNORECASE)


def _resolve_quarter(c: _Context) -> _Period | None:
    g = c.groups
    if c.scanning and _GLUED_YEAR.search(c.text):
        return None
    if not _has_year(g) and (
        g.get("qn_pre") or g.get("qn_after") or (g.get("ql") == "t" and not c.qualified)
    ):
        # "3q", "T3" alone are too often something else than a quarter, and so is "quarter 1"
        # without its year (a heading).
        return None
    if _squash(g.get("qw") or "") == "last" and not _has_year(g):
        return None  # English "last quarter" is the one before; "the last quarter of 2025" Q4
    first = int(qn) if (qn := g.get("qn")) else _ordinal(_group(g, "qw"), 4)
    last = int(qn2) if (qn2 := g.get("qn2")) else first
    if qw2 := g.get("qw2"):  # "the third or fourth quarter"
        last = _ordinal(qw2, 4)
        if _squash(_group(g, "qw")) in _BACK_OR_FRONT:
            first = last  # "moved back to the first quarter": a move, not "back quarter"
    if not (_in_range(c, first, 4, "quarter") and _in_range(c, last, 4, "quarter")):
        return None
    # "Q3 or Q4 2025", "Q3-Q4 2025": both quarters, from the first to the last.
    if _moved_to_second(c):
        first = last  # "pushed from Q3 to Q4 2026": the new quarter
    first, last = min(first, last), max(first, last)
    months = 3 * (last - first + 1)
    return _yearly(c, lambda y: _months_period(y, 3 * first - 2, months, Precision.QUARTER.value))


# "à 1h19": an hour and its minutes, as French writes the time; a half is "1H19", "H1 2019".
_CLOCK_WRITTEN = re.compile(r"\b[12]h[0-5]\d\b")


def _resolve_half(c: _Context) -> _Period | None:
    g = c.groups
    if c.scanning and _GLUED_YEAR.search(c.text):
        return None
    if g.get("hn_pre") and _CLOCK_WRITTEN.search(c.text):
        return None
    if not _has_year(g) and (g.get("hn_pre") or (g.get("hl") == "s" and not c.qualified)):
        return None  # "1h" is an hour, "S2" a product name, unless a year follows
    number = int(hn) if (hn := g.get("hn")) else _ordinal(_group(g, "hw"), 2)
    first = _ordinal(hw2, 2) if (hw2 := g.get("hw2")) else number  # "the first or second half"
    if hw2 and _squash(_group(g, "hw")) in _BACK_OR_FRONT:
        number = first  # "pushed back to the first half of 2026": a move, not "back half"
    if not (_in_range(c, number, 2, "half") and _in_range(c, first, 2, "half")):
        return None
    if _moved_to_second(c):
        first = number  # "décalé du premier au second semestre": the new half
    first, number = min(first, number), max(first, number)
    months = 6 * (number - first + 1)
    return _yearly(c, lambda y: _months_period(y, 6 * first - 5, months, Precision.HALF.value))


def _resolve_third(c: _Context) -> _Period | None:
    """ "le dernier quadrimestre 2023": a third of a year, four months long."""
    number = _ordinal(_group(c.groups, "tw"), 3)
    if not _in_range(c, number, 3, "four-month period"):
        return None
    return _yearly(c, lambda y: _months_period(y, 4 * number - 3, 4, "part_of_year"))


_OPPOSITE_SEASONS = {"spring": "autumn", "summer": "winter", "autumn": "spring", "winter": "summer"}


def _season_period(season: str) -> Callable[[int], _Period]:
    return lambda y: _months_period(y, _SEASON_MONTHS[season], 3, Precision.SEASON.value)


def _resolve_season(c: _Context) -> _Period | None:
    g = c.groups
    season = _SEASONS[" ".join(_group(g, "season").split())]
    if g.get("hemi") in ("southern", "austral"):
        # The southern hemisphere's seasons are the northern ones' opposites: its spring is
        # September to November, its summer December to February.
        season = _OPPOSITE_SEASONS[season]
    build = _season_period(season)
    if (y2 := g.get("y2")) and (y := g.get("y")):
        first = _check_year(int(y))
        second = _check_year(int(y2) if len(y2) == 4 else first // 100 * 100 + int(y2))
        if season == "winter" and second == first + 1:
            return build(first)  # "winter 2025/26": the winter that starts in 2025
        if second > first:  # "summer 2025/2026": from that summer to the end of 2026
            return _Period(build(first).start, dt.date(second, 12, 31), Precision.YEAR.value)
        return build(first)
    if g.get("next"):
        return _coming_occurrence(build, c.stated_on)
    if not (
        g.get("this")
        or g.get("last")
        or c.qualified
        or _has_year(g)
        or g.get("launch")
        # Given alone as a deadline, "the summer" is the coming one; elsewhere ("a fall in
        # demand", "Spring Boot") a season needs a year or a qualifier.
        or (not c.scanning and g.get("ends") is not None)
    ):
        return None
    if (
        g.get("this")
        and not _has_year(g)
        and _previous_occurrence(build, c.stated_on).end.year < c.stated_on.year
    ):
        # "this autumn" said in January is this year's coming autumn: the one just past ended
        # last year (said in December, "this autumn" is the one just ended).
        return _next_occurrence(build, c.stated_on)
    if g.get("this") and not _has_year(g) and season != "winter":
        # "this summer", "cet été" are the year said's, even months after they ended: said
        # in November, the summer gone by (rule 2), never the next one.
        return build(c.stated_on.year)
    # A launch is promised ahead: "a fall release" said in January is the coming fall.
    return _yearly(c, build, recent=not g.get("launch"))


_PLURAL_SEASONS = {"springs": "spring", "printemps": "spring", "summers": "summer",
                   "etes": "summer", "autumns": "autumn", "falls": "autumn",
                   "automnes": "autumn", "winters": "winter", "hivers": "winter"}  # fmt: skip


def _resolve_seasons(c: _Context) -> _Period | None:
    """ "les étés 2017 et 2018", "the winters of 2025-26 and 2026-27": one season of two
    years, from the first one's start to the last one's end, as "l'été 2017 et l'été 2018"."""
    g = c.groups
    build = _season_period(_PLURAL_SEASONS[_group(g, "seasons")])
    years = []
    for first, second in (("sa", "sa2"), ("sb", "sb2")):
        year = _check_year(int(_group(g, first)))
        if (pair := g.get(second)) is not None:
            if int(pair) not in (year + 1, (year + 1) % 100):
                return None  # "2025-2027" names no one winter
            if _PLURAL_SEASONS[_group(g, "seasons")] != "winter":
                return None  # a pair of years is a winter's, or a school year's
        years.append(year)
    if years[1] <= years[0]:
        return None
    return _Period(build(years[0]).start, build(years[1]).end, Precision.SEASON.value)


_LOWER_CASE_VERB_MONTH = re.compile(r"(?<![\w'])(?:may|march)(?![\w'])")


def _resolve_month(c: _Context) -> _Period | None:
    g = c.groups
    month = int(mn) if (mn := g.get("mn")) else _MONTHS[_group(g, "mon").rstrip(".")]
    if not 1 <= month <= 12:
        raise _Reject(f"'{c.text.strip()}' names month {month}, and a year has twelve.")
    if not (
        _has_year(g)
        or c.qualified
        or g.get("last")
        or g.get("next")
        or g.get("launch")
        # "the month of October", "le mois de novembre": named as a month, not a verb.
        or g.get("month_of")
    ):
        return None  # "may", "march", "sept": a month alone needs a year or a qualifier
    if c.scanning and _LOWER_CASE_VERB_MONTH.search(c.text) and not (g.get("y") or g.get("yy")):
        # In running English, May and March are capitalised: "This may show the UK ..." and
        # "in march with" are a verb and a noun.
        return None
    build = lambda y: _months_period(y, month, 1, Precision.MONTH.value)  # noqa: E731
    if g.get("next") and not _has_year(g):
        # "septembre prochain", "next March": the first one that has not started.
        return next(p for y in range(c.stated_on.year, c.stated_on.year + 2)
                    if (p := build(y)).start > c.stated_on)  # fmt: skip
    # "a March launch" is read only after an article (see the grammar): as written of a plan
    # gone by ("promised a March launch", said in May), it is the March just past.
    ahead = g.get("launch") and month not in (3, 5)
    return _yearly(c, build, recent=not ahead)


def _resolve_month_half(c: _Context) -> _Period | None:
    """ "la premiere quinzaine de juillet": the 1st to the 15th; the second, the 16th to the end."""
    g = c.groups
    month = _MONTHS[_group(g, "mon").rstrip(".")]
    number = _ordinal(_group(g, "mhw"), 2)
    if not _in_range(c, number, 2, "half of a month"):
        return None

    def build(year: int) -> _Period:
        end = _month_end(year, month)
        first = dt.date(year, month, 1 if number == 1 else 16)
        return _Period(first, dt.date(year, month, 15) if number == 1 else end, "day")

    return _yearly(c, build)


def _easter(year: int) -> dt.date:
    """Easter Sunday of a Gregorian year (the anonymous computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l = (32 + 2 * e + 2 * i - h - k) % 7  # noqa: E741
    m = (a + 11 * h + 19 * l) // 433
    month = (h + l - 7 * m + 90) // 25
    return dt.date(year, month, (h + l - 7 * m + 33 * month + 19) % 32)


def _key(name: str) -> str:
    return _squash(name.replace("~", ""))


# The named times keyed as a match is looked up: "saint-sylvestre" and "saint sylvestre" alike.
_NAMED_TIMES = {_key(k): (k, v) for k, v in (*_CALENDAR_NAMES.items(), *_FIXED_FEASTS.items())}
_EASTER_OFFSETS = {_key(k): v for k, v in _EASTER_FEASTS.items()}
_NTH_WEEKDAYS = {_key(k): v for k, v in _WEEKDAY_FEASTS.items()}
_NEED_CONTEXT = frozenset(_key(k) for k in _FEASTS_NEEDING_CONTEXT)


def _nth_weekday(year: int, month: int, weekday: int, nth: int) -> dt.date:
    """The `nth` `weekday` (0 Monday) of a month; a negative `nth` counts from its end."""
    if nth > 0:
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
    end = dt.date(year, month, calendar.monthrange(year, month)[1])
    return end - dt.timedelta(days=(end.weekday() - weekday) % 7)


def _feast_day(key: str, year: int) -> dt.date:
    """The day a feast that moves with the year falls on in `year`."""
    if key in _EASTER_OFFSETS:
        return _easter(year) + dt.timedelta(days=_EASTER_OFFSETS[key])
    month, weekday, nth, added = _NTH_WEEKDAYS[key]
    return _nth_weekday(year, month, weekday, nth) + dt.timedelta(days=added)


def _resolve_calendar_name(c: _Context) -> _Period | None:
    """ "la rentree 2026" is September 2026; "les fetes de fin d'annee" December; "Noel" a day;
    "Easter", "Thanksgiving" the day they fall on that year."""
    g = c.groups
    said = " ".join(_group(g, "cal").split())
    key = _key(said)
    named = _fold(c.text)
    first_word = re.escape(said.split()[0].split("-")[0])
    article = re.search(
        r"\b(?:la|les|the|l'|cette)\s*(?:(?:prochaine|next|coming|upcoming)\s+)?" + first_word,
        named,
    )
    if key in _NEED_CONTEXT and not (c.qualified or _has_year(g) or article):
        return None  # "Toussaint Louverture", "an Easter egg hunt"
    if key in _EASTER_OFFSETS or key in _NTH_WEEKDAYS:
        return _yearly(
            c, lambda y: _Period(d := _feast_day(key, _check_year(y)), d, Precision.DAY.value)
        )
    name, (month, first, last) = _NAMED_TIMES[key]
    if name == "new year" and re.search(r"\bthe\s+new", named):
        return None  # "into the new year" is the next year; "New Year" its first day
    if not (first == last or c.qualified or _has_year(g) or "scolaire" in name or article):
        return None  # "rentree" alone is also income ("rentrees fiscales")
    precision = Precision.DAY if first == last else Precision.MONTH
    build = lambda y: _Period(  # noqa: E731
        dt.date(y, month, first), dt.date(y, month, last), precision.value
    )
    if pair := g.get("y_pair"):
        # A school or season year ("la rentree 2024-2025", "New Year 2017/18") runs from
        # one autumn to the next summer: September to December are in its first year,
        # January to June in its second.
        year = int(pair)
        second = g.get("y2") or str(year // 100 * 100 + int(g.get("y2s") or 0))
        if int(second) != year + 1:
            return None
        return build(_check_year(year if month >= 7 else year + 1))
    return _yearly(c, build)


_IN_TIME_FOR = re.compile(r"\s*(?:in time for|[aà] temps pour)\s", re.IGNORECASE)


def _resolve_school_year(c: _Context) -> _Period | None:
    """ "the 2025-26 school year" runs from September 2025 to August 2026; its start is its
    September (the "rentree"), its end the summer that closes it. With no years it is the one
    under way when said, or about to start in August ("this school year"), or the one after
    ("next school year")."""
    g = c.groups
    # "in time for the school year" is ready when it starts, as "by the start of" it is.
    # (With no year, the school year is the one under way, and what is ready in time for it
    # is ready before it ends.)
    start = c.part == "p_early" or (
        c.part is None
        and bool(g.get("sy_a") or g.get("sy_c"))
        and _IN_TIME_FOR.match(c.text) is not None
    )
    first, second = (
        (g.get("sy_a"), g.get("sy_b")) if g.get("sy_a") else (g.get("sy_c"), g.get("sy_d"))
    )
    if first is not None and second is not None:
        year = _check_year(int(first))
        if int(second) not in (year + 1, (year + 1) % 100):
            return None  # "2025-2027" names no one school year
    elif g.get("sy_this") or g.get("sy_next") or c.qualified or c.part is not None:
        # Said in August, "cette année scolaire" is the one about to start.
        year = c.stated_on.year - (c.stated_on.month < 8)
        year += bool(g.get("sy_next") or (g.get("sy_this") or "") in ("next", "la prochaine"))
    else:
        return None  # "school year" alone, in running text, is no date
    if start:
        return _Period(dt.date(year, 9, 1), dt.date(year, 9, 30), Precision.MONTH.value)
    if c.part in ("p_late", "p_end"):
        return _Period(dt.date(year + 1, 6, 1), dt.date(year + 1, 8, 31), "part_of_year")
    return _Period(dt.date(year, 9, 1), dt.date(year + 1, 8, 31), Precision.YEAR.value, whole=True)


# "over the next month", "within the coming year": one unit counted from the day said, as
# "over the next decade" is (rule 6); "in the next month", "next month" are the calendar's.
_OVER_THE_NEXT = re.compile(
    r"^(?:(?:over|within|during|in) the course of|over|within) the (?:next|coming) \S+$", re.ASCII
)
_ONE_UNIT = {"month": _Span(1, 0), "quarter": _Span(3, 0), "week": _Span(0, 7),
             "year": _Span(12, 0)}  # fmt: skip


def _over_the_next(c: _Context, unit: str) -> _Span | None:
    """The span "over the next <unit>" names, or None for any other wording or a part of it
    ("over the next year's first half" is the calendar's)."""
    if c.part is not None or _has_sub(c.groups) or unit not in _ONE_UNIT:
        return None
    return _ONE_UNIT[unit] if _OVER_THE_NEXT.match(" ".join(c.text.lower().split())) else None


def _resolve_relative_period(c: _Context) -> _Period | _Span | None:
    """ "next quarter", "ce mois-ci", "this week", "by the end of the quarter"."""
    g = c.groups
    unit = _squash(_group(g, "unit"))
    if g.get("next") and (span := _over_the_next(c, unit)):
        return span
    is_next = bool(g.get("next") or g.get("next2")) + 2 * bool(g.get("after_next"))
    is_last = bool(g.get("last") or g.get("last2"))
    if not (is_next or is_last or g.get("this") or g.get("this2") or c.qualified):
        return None
    if re.search(r"\bles\s+\S+$", _fold(c.text)):
        return None  # "dans les mois qui viennent": months, not this month
    today = c.stated_on
    if unit in ("week", "semaine", "weekend"):
        if c.scanning and not (is_next or c.qualified):
            return None  # in an article, "this week" is when things happened, not a deadline
        monday = (
            today - dt.timedelta(days=today.weekday()) + dt.timedelta(days=7 * (is_next - is_last))
        )
        if unit == "weekend":  # Saturday and Sunday
            return _Period(monday + dt.timedelta(days=5), monday + dt.timedelta(days=6), "day")
        return _Period(monday, monday + dt.timedelta(days=6), Precision.RELATIVE.value, week=True)
    months = {"quarter": 3, "trimestre": 3, "month": 1, "mois": 1, "halfyear": 6, "semestre": 6}
    length = months[unit]
    precision = {1: Precision.MONTH, 3: Precision.QUARTER, 6: Precision.HALF}[length].value
    first = (today.month - 1) // length * length + 1 + length * (is_next - is_last)
    year = today.year + (first - 1) // 12
    first = (first - 1) % 12 + 1
    return _months_period(_check_year(year), first, length, precision)


def _number_value(text: str) -> float:
    key = _squash(text)
    if key[:1].isdigit():  # "18", and the decimals "1.5", "2,5"
        return float(key.replace(",", "."))
    return _NUMBER_VALUES[key]


# "after" or "après" and the count right after it, no article between.
_AFTER_A_BARE_COUNT = re.compile(
    r"(?:after|apres)\s+(?!(?:the|les|le|la|these|those|ces)\b|l')", re.ASCII
)


def _resolve_span(c: _Context) -> _Span | None:
    g = c.groups
    anchor = g.get("event") or g.get("anchor") or g.get("anchor_start") or g.get("anchor_elided")
    # "les trois prochaines semaines" given as a deadline is "the next three weeks"; in
    # running text ("pour les quinze prochaines années") a duration.
    ahead = g.get("ahead") or ((g.get("ahead2") or g.get("ahead3")) and not c.scanning)
    if g.get("back") and c.qualified:
        # "au cours des deux derniers mois": the months before the day said, gone by.
        raise _Reject(
            f"'{c.text.strip()}' looks back from the day it was said: a date already past is "
            "no promise."
        )
    if not (c.qualified or ahead or g.get("after") or anchor):
        return None  # "six months" alone is a duration, not a deadline
    if (
        not (g.get("after") or anchor)
        and _fold(g.get("q_nb") or "").strip() in ("after", "apres")
        and _AFTER_A_BARE_COUNT.match(_fold(c.text).strip())
    ):
        # "after 28 years", "après 4 ans": how long after something the phrase does not name
        # (a start of service, of works), as "après trois ans de travaux" is; "after six
        # months from now" and "au bout de six mois" count from the day said. ("Après les
        # deux ans", the span named before, is left as it was read.)
        raise _Reject(
            f"'{c.text.strip()}' is counted from an event the phrase does not name: give that "
            "event's date."
        )
    # "12 to 18 months", "a year or two": the longer span (rule 8).
    numbers = [_group(g, "n1"), *(n for k in ("n2", "n3") if (n := g.get(k)))]
    value = max(_number_value(n) for n in numbers)
    if g.get("half_pre") or g.get("half_post"):
        value += 0.5
    if value <= 0 or (_group(g, "unit") == "h" and value < 24):
        return None  # "d'ici 18h" is a time of day
    span = _span_of(value, _group(g, "unit"))
    if unit4 := g.get("unit4"):  # "18 months to two years": the longer of the two
        value4 = _number_value(_group(g, "n4")) + 0.5 * bool(g.get("half4_pre") or
                                                             g.get("half4_post"))  # fmt: skip
        other = _span_of(value4, unit4)
        if other[0] * 31 + other[1] > span[0] * 31 + span[1]:
            span = other
    anchor = " ".join(anchor.split()) if anchor else None
    working = (g.get("days_kind") or g.get("days_kind2")) in _WORKING_DAYS and span[0] == 0
    return _Span(span[0], span[1], anchor, working)


_WORKING_DAYS = frozenset({"working", "business", "ouvres", "ouvrables"})


def _resolve_next_unit_or_more(c: _Context) -> _Span:
    """ "in the next year or two", "over the coming month or two": counted from the day said,
    the longer of the two (rule 8)."""
    return _Span(*_span_of(_number_value(_group(c.groups, "nmore")), _group(c.groups, "nunit")))


# "sous huitaine", "sous quinzaine", "dans la quinzaine": French terms of eight and fifteen days.
_TERMS = {"huitaine": 8, "quinzaine": 15, "fortnight": 14}


def _resolve_term(c: _Context) -> _Span | None:
    """ "sous huitaine", "sous quinzaine": within eight or fifteen days; "la quinzaine" alone
    (a fortnight of sales, of films) is no deadline."""
    term = _group(c.groups, "term")
    if not c.qualified or (term == "fortnight" and not c.groups.get("term_next")):
        return None  # "within a fortnight" is a count of units, read as spans are
    return _Span(0, _TERMS[term])


def _span_of(value: float, unit: str) -> tuple[int, int]:
    """A number of units as whole months and days ("a month and a half": 1 month, 15 days)."""
    months, days = _SPAN_UNIT_VALUES[_squash(unit)]
    whole_months = months * value
    total_days = days * value
    if whole_months != int(whole_months):
        total_days += 15 * (whole_months - int(whole_months)) * 2
    return int(whole_months), int(-(-total_days // 1))


def _has_sub(g: Mapping[str, str | None]) -> bool:
    return g.get("sub_unit") is not None or g.get("sub_one") is not None


def _half_of(period: _Period, second: bool) -> tuple[dt.date, dt.date]:
    """A half of a period: of its months when they pair up, of its days otherwise (a
    month's first half is the 1st to the 15th, as "la premiere quinzaine")."""
    months = (period.end.year - period.start.year) * 12 + period.end.month - period.start.month + 1
    whole_months = period.start.day == 1 and period.end == _month_end(
        period.end.year, period.end.month
    )
    if whole_months and months % 2 == 0:
        middle = _add(period.start, months // 2, 0)
    elif whole_months and months == 1:
        middle = period.start.replace(day=16)
    else:
        middle = period.start + dt.timedelta(days=((period.end - period.start).days + 1) // 2)
    return (middle, period.end) if second else (period.start, middle - dt.timedelta(days=1))


def _sub_period(period: _Period, c: _Context) -> _Period:
    """ "the first three months of 2022", "la derniere semaine de mars", "the second week of
    July", "the first half of the month": a stretch of the period, counted from its first day
    (or back from its last), that never reaches outside it."""
    g = c.groups
    months, days = _SUB_UNIT_VALUES[_squash(g.get("sub_one") or _group(g, "sub_unit"))]
    if ordinal := g.get("sub_ord"):
        number, count = _SUB_ORDINALS[_squash(ordinal)], 1
        last = _SUB_ORDINALS[_squash(ord2)] if (ord2 := g.get("sub_ord2")) else number
        if LAST not in (last, number) and number < last:  # "the third or fourth week"
            count = last - number + 1
    else:
        number = _SUB_ENDS[_squash(g.get("sub_end") or _group(g, "sub_end_fr"))]
        count_said = _number_value(g.get("sub_n") or _group(g, "sub_n_fr"))
        if count_said != int(count_said) or count_said < 1:
            raise _Reject(f"'{c.text.strip()}' does not count whole periods.")
        count = int(count_said)
    if months == days == 0:  # a half
        if count != 1 or number > 2:
            raise _Reject(f"'{c.text.strip()}' names more halves than a period has.")
        start, end = _half_of(period, number == LAST or number == 2)
        years = period.end.year - period.start.year + 1
        one_year = period.start == dt.date(period.start.year, 1, 1) and years == 1
        precision = Precision.HALF if one_year else Precision.YEAR if years > 1 else Precision.DAY
        return _Period(start, end, precision.value, whole=True)
    after = period.end + dt.timedelta(days=1)
    if number == LAST:
        start, end = _add(after, -months * count, -days * count), period.end
    else:
        start = _add(period.start, months * (number - 1), days * (number - 1))
        end = _add(start, months * count, days * count) - dt.timedelta(days=1)
    if start < period.start or end > period.end:
        raise _Reject(f"'{c.text.strip()}' reaches outside the period it is a part of.")
    if days:
        precision = Precision.DAY
    elif months * count % 12 == 0 and start.month == 1:
        precision = Precision.YEAR
    elif months * count == 3 and start.month % 3 == 1:
        precision = Precision.QUARTER
    elif months * count == 1:
        precision = Precision.MONTH
    else:
        precision = Precision.PART_OF_YEAR
    return _Period(start, end, precision.value, whole=True)
