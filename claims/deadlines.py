"""Turn what vendors say about a deadline into a date window.

The grammar is a table (``_RULES``): each rule is one kind of period (a day, a month, a
quarter, a half, a season, a year, a relative span...) written as a regular expression, plus
a resolver that turns the match into dates. Every rule shares the same qualifier grammar
("by", "before", "not before", "d'ici", "au plus tard"...) and the same parts of a year
("early", "mid", "fin"...), so adding a form of period means adding one row. The rules
are documented for editors in docs/deadlines.md.

dateparser reads concrete days ("le 1er juillet 2025", "June 30, 2025", "30/06/2025")
with one parser per stated date (English and French only, RELATIVE_BASE = the stated
date); month names come from dateparser's English and French locale data. Everything
else is matched on a case-, accent- and apostrophe-folded copy of the text.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import NamedTuple

from dateparser.date import DateDataParser
from dateparser.languages.loader import default_loader
from django.db import models

__all__ = [
    "MAX_PHRASE_LENGTH",
    "MAX_SCAN_LENGTH",
    "DeadlineParseError",
    "DeadlineWindow",
    "FoundDeadline",
    "Precision",
    "Qualifier",
    "find_deadlines",
    "parse_deadline",
]


class Precision(models.TextChoices):
    DAY = "day", "day"
    MONTH = "month", "month"
    QUARTER = "quarter", "quarter"
    HALF = "half", "half-year"
    SEASON = "season", "season"
    PART_OF_YEAR = "part_of_year", "part of year"
    YEAR = "year", "year"
    RELATIVE = "relative", "relative span"


class Qualifier(models.TextChoices):
    BY = "by", "by"
    IN = "in", "in / during"
    BEFORE = "before", "before"
    NOT_BEFORE = "not_before", "not before"
    WITHIN = "within", "within"
    ON = "on", "on"


def format_window(start: dt.date | None, end: dt.date | None) -> str:
    """A window in words, as every page, report and export shows it."""
    if start and end:
        return f"{start:%Y-%m-%d} to {end:%Y-%m-%d}"
    if end:
        return f"by {end:%Y-%m-%d}"
    if start:
        return f"not before {start:%Y-%m-%d} (no deadline)"
    return "no deadline"


class DeadlineParseError(ValueError):
    """The phrase holds no deadline; the message says why, for the editor."""


@dataclass(frozen=True)
class DeadlineWindow:
    """A deadline as inclusive dates: `end` is the deadline, `start` the earliest date."""

    text: str
    start: dt.date | None
    end: dt.date | None
    precision: str
    qualifier: str
    language: str


class FoundDeadline(NamedTuple):
    """One deadline expression found by `find_deadlines` in a longer text."""

    text: str
    window: DeadlineWindow
    span: tuple[int, int]


MAX_PHRASE_LENGTH = 500
MAX_SCAN_LENGTH = 20_000
MIN_DATE = dt.date(1900, 1, 1)
MAX_DATE = dt.date(2100, 12, 31)

# ---------------------------------------------------------------------------------------
# Folding: lower case, no accents, one kind of apostrophe, dash and space.
# ---------------------------------------------------------------------------------------

_APOSTROPHES = frozenset("\u2019\u2018\u02bc\u02b9\u0060\u00b4\u2032\u201b")
_DASHES = frozenset("\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe63\uff0d")


@functools.lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    if ch in _APOSTROPHES:
        return "'"
    if ch in _DASHES:
        return "-"
    if ch.isspace():
        return " "
    low = ch.lower()
    if len(low) != 1:  # e.g. "İ" lowers to two code points; keep offsets aligned
        low = ch
    decomposed = unicodedata.normalize("NFKD", low)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return stripped if len(stripped) == 1 else low


def _fold(text: str) -> str:
    """Fold case, accents, apostrophes and dashes, one character for one character.

    Keeping the length lets a match on the folded text be cut from the original.
    """
    if text.isascii():
        return text.lower()
    return "".join(map(_fold_char, text))


def _rx(source: str) -> str:
    """Expand the table's shorthand: a space is any run of whitespace, `~` an optional dash."""
    return source.replace(" ", r"\s+").replace("~", r"\s*-?\s*")


def _alternation(phrases: Iterable[str]) -> str:
    """A regex alternative of shorthand phrases, longest first so the longest one wins."""
    unique = sorted(set(phrases), key=lambda p: (-len(p), p))
    return "|".join(_rx(p) for p in unique)


def _squash(text: str) -> str:
    """The lookup key of a matched phrase: no spaces, no dashes."""
    return re.sub(r"[\s-]+", "", text)


# ---------------------------------------------------------------------------------------
# Lexicon. Keys are folded (no accents). A space in a key matches any whitespace, `~` an
# optional dash.
# ---------------------------------------------------------------------------------------


def _words(text: str) -> list[str]:
    """A word list written as one string, easier to read and extend than a list literal."""
    return text.split()


_EN_UNITS = _words("one two three four five six seven eight nine")
_EN_TEENS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen"
_EN_TENS = _words("twenty thirty forty fifty sixty seventy eighty ninety")
_FR_UNITS = _words("un deux trois quatre cinq six sept huit neuf")
_FR_TEENS = "dix onze douze treize quatorze quinze seize dix~sept dix~huit dix~neuf"
_FR_TENS = ["vingt", "trente", "quarante", "cinquante", "soixante"]


def _number_words() -> dict[str, float]:
    """Number words of English and French up to 99, plus "a", "a couple of", "half a"."""
    words: dict[str, float] = {}
    for i, w in enumerate(_EN_UNITS, 1):
        words[w] = i
    for i, w in enumerate(_EN_TEENS.split(), 10):
        words[w] = i
    for t, tens in enumerate(_EN_TENS, 2):
        words[tens] = t * 10
        for u, unit in enumerate(_EN_UNITS, 1):
            words[f"{tens}~{unit}"] = t * 10 + u
    for i, w in enumerate(_FR_UNITS, 1):
        words[w] = i
    words["une"] = 1
    for i, w in enumerate(_FR_TEENS.split(), 10):
        words[w] = i
    for t, tens in enumerate(_FR_TENS, 2):
        words[tens] = t * 10
        words[f"{tens}~et~un"] = words[f"{tens}~et~une"] = t * 10 + 1
        for u, unit in enumerate(_FR_UNITS[1:], 2):
            words[f"{tens}~{unit}"] = t * 10 + u
    for u, unit in enumerate(_FR_TEENS.split(), 10):  # soixante-dix .. soixante-dix-neuf
        words[f"soixante~{unit}"] = 60 + u
    words["soixante~et~onze"] = 71
    words["quatre~vingts"] = words["quatre~vingt"] = 80
    for u, unit in enumerate(_FR_UNITS + _FR_TEENS.split(), 1):
        words[f"quatre~vingt~{unit}"] = 80 + u
    words.update(
        {
            "a": 1,
            "an": 1,
            "a couple of": 2,
            "a couple": 2,
            "couple of": 2,
            "a dozen": 12,
            "half a": 0.5,
            "half an": 0.5,
            "une demi": 0.5,
            "un demi": 0.5,
        }
    )
    return words


_NUMBER_WORDS = _number_words()
_NUMBER_VALUES = {_squash(k.replace("~", "")): v for k, v in _NUMBER_WORDS.items()}
_NUMBER = rf"(?:\d{{1,3}}|{_alternation(_NUMBER_WORDS)})"

# A span unit as (months, days): months for calendar units, days for the others.
_SPAN_UNITS: dict[str, tuple[int, int]] = {
    "day": (0, 1), "days": (0, 1), "jour": (0, 1), "jours": (0, 1),
    "week": (0, 7), "weeks": (0, 7), "semaine": (0, 7), "semaines": (0, 7),
    "month": (1, 0), "months": (1, 0), "mois": (1, 0),
    "quarter": (3, 0), "quarters": (3, 0), "trimestre": (3, 0), "trimestres": (3, 0),
    "semestre": (6, 0), "semestres": (6, 0), "half~year": (6, 0), "half~years": (6, 0),
    "year": (12, 0), "years": (12, 0), "an": (12, 0), "ans": (12, 0),
    "annee": (12, 0), "annees": (12, 0),
    "decade": (120, 0), "decades": (120, 0), "decennie": (120, 0), "decennies": (120, 0),
}  # fmt: skip
_SPAN_UNIT_VALUES = {_squash(k.replace("~", "")): v for k, v in _SPAN_UNITS.items()}


def _month_names() -> dict[str, int]:
    """Month names and abbreviations of English and French, from dateparser's locale data."""
    keys = "january february march april may june july august september october november december"
    names: dict[str, int] = {}
    for language in ("en", "fr"):
        info = default_loader.get_locale(language).info
        for number, key in enumerate(keys.split(), 1):
            for name in info.get(key, []):
                names[_fold(name)] = number
    return names


_MONTHS = _month_names()
_MONTH = rf"(?:{_alternation(_MONTHS)})\.?"
_WEEKDAY = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)"
)

# Relative years, as an offset from the stated year. "the year"/"l'annee" alone needs a
# qualifier or a part of year ("by the end of the year"): alone it is just a noun.
_RELATIVE_YEARS: dict[str, int] = {
    "this year": 0, "the current year": 0, "current year": 0, "this calendar year": 0,
    "the year": 0, "cette annee": 0, "l'annee en cours": 0, "l'annee courante": 0,
    "l'annee": 0, "annee": 0, "l'an": 0,
    "next year": 1, "the next year": 1, "the following year": 1, "next calendar year": 1,
    "l'annee prochaine": 1, "annee prochaine": 1, "l'an prochain": 1, "an prochain": 1,
    "la prochaine annee": 1, "l'annee suivante": 1,
}  # fmt: skip
_RELATIVE_YEAR_VALUES = {_squash(k): v for k, v in _RELATIVE_YEARS.items()}
_GENERIC_YEAR_NOUNS = frozenset({"theyear", "l'annee", "annee", "l'an"})

# One period after another inside the same year: "Q3 2025", "third quarter of next year",
# "T3 de l'annee prochaine", "S1 2026", "FY2025" (fiscal years are read as calendar years).
_YEAR_SPEC = (
    r"(?:(?:(?:the )?(?:calendar )?year |(?:l')?annee |l'an |(?:l')?exercice (?:fiscal )?)?"
    r"(?P<y>\d{4})"
    r"|(?:fy|cy|fiscal year|fiscal|exercice)\s*'?(?P<fy>\d{4}|\d{2})"
    rf"|(?P<rely>{_alternation(_RELATIVE_YEARS)}))"
)
_YEAR_LINK = r"(?:,? (?:(?:of|de|du|in|en) )?|\s*[-/]\s*|,? d'\s*|,? de l'\s*|,?\s*(?=l'))"
_SHORT_YEAR = r"(?:\s*'\s*|\s*-\s*)?(?P<yy>\d{2})(?!\d)"
_OPT_YEAR = rf"(?:{_YEAR_LINK}{_YEAR_SPEC}|{_SHORT_YEAR})?"

_ORDINALS: dict[str, int] = {
    "first": 1, "1st": 1, "premier": 1, "premiere": 1, "1er": 1, "1ere": 1, "1re": 1,
    "second": 2, "2nd": 2, "deuxieme": 2, "seconde": 2, "2e": 2, "2eme": 2,
    "third": 3, "3rd": 3, "troisieme": 3, "3e": 3, "3eme": 3,
    "fourth": 4, "4th": 4, "quatrieme": 4, "4e": 4, "4eme": 4, "final": 4, "dernier": 4,
    "back": 2, "latter": 2, "front": 1,
}  # fmt: skip
_ORDINAL = rf"(?:{_alternation(_ORDINALS)})"

_SEASONS: dict[str, str] = {
    "spring": "spring", "printemps": "spring", "summer": "summer", "ete": "summer",
    "autumn": "autumn", "fall": "autumn", "automne": "autumn",
    "winter": "winter", "hiver": "winter",
}  # fmt: skip
# Meteorological seasons, northern hemisphere: (first month, months long). Winter starts in
# December of the year named and ends in February of the next.
_SEASON_MONTHS = {"spring": 3, "summer": 6, "autumn": 9, "winter": 12}

# Qualifiers before a period. Each named group is one reading.
_PRE_BY = [
    "by", "no later than", "not later than", "by no later than", "at the latest by",
    "at the latest in", "at the latest on", "on or before", "until", "till", "through",
    "thru", "in time for", "due by", "due in", "d'ici", "d'ici a", "d'ici au", "au plus tard",
    "au plus tard en", "au plus tard au", "au plus tard d'ici", "au plus tard a",
    "pas plus tard que",
    "jusqu'a", "jusqu'au", "jusqu'en", "a l'horizon", "a horizon", "horizon", "a l'horizon de",
]  # fmt: skip
_PRE_IN = [
    "in", "during", "within", "over", "for", "at", "around", "circa", "sometime in",
    "some time in", "sometime during", "in the course of", "over the course of", "throughout",
    "en", "au", "aux", "courant", "dans le courant de", "dans le courant du", "au cours de",
    "au cours du", "pendant", "durant", "pour", "vers", "aux alentours de", "autour de",
    "prevu pour", "prevue pour", "prevus pour", "prevues pour",
]  # fmt: skip
_PRE_BEFORE = ["before", "prior to", "ahead of", "earlier than", "avant", "avant meme"]
_PRE_NOT_BEFORE = [
    "not before", "no earlier than", "not earlier than", "not until", "not till",
    "not prior to", "no sooner than", "at the earliest in", "at the earliest on",
    "pas avant", "au plus tot", "au plus tot en", "au plus tot le", "pas plus tot que",
    "au mieux", "at best",
]  # fmt: skip
_PRE_ON = ["on", "on or about", "as of"]
# "will not go live before", "won't be ready by", "ne sera pas disponible avant": a
# negation up to three words before "before" reads as "not before".
_NEGATED = (
    r"(?:\bnot|(?<=\w)n't|\bnever|\bpas|\bjamais)(?:\s+[a-z'-]+){0,3}?\s+"
    r"(?:before|until|till|prior to|by|avant|d'ici)"
)
# French "a" (a l'ete, a la fin de 2025) only before an article: "a ete" is a verb.
_PRE_A = r"a(?=\s+(?:l'|la\s))"

_PRE = (
    rf"(?P<q_nb>{_NEGATED}|{_alternation(_PRE_NOT_BEFORE)})"
    rf"|(?P<q_by>{_alternation(_PRE_BY)})"
    rf"|(?P<q_before>{_alternation(_PRE_BEFORE)})"
    rf"|(?P<q_on>{_alternation(_PRE_ON)})"
    rf"|(?P<q_in>{_alternation(_PRE_IN)}|{_PRE_A})"
)
_POST = (
    r"(?P<s_by>at the latest|au plus tard|latest|or earlier|or sooner|ou avant|ou plus tot)"
    r"|(?P<s_nb>at the earliest|au plus tot|or later|ou plus tard|au mieux|at best)"
)
_POST = _rx(_POST)

# Qualifiers before a span ("within 18 months", "d'ici deux ans"). "for six months" is a
# duration, not a deadline, so the span rule has its own, shorter list.
_SPAN_PRE_WITHIN = [
    "within", "in", "inside", "inside of", "in less than", "less than", "in under", "under",
    "in no more than", "no more than", "over", "by", "dans", "d'ici", "d'ici a", "sous",
    "en", "en moins de", "dans moins de", "au cours des", "dans un delai de",
    "dans un delai maximum de", "dans un delai d'", "au plus tard dans", "au plus tard d'ici",
]  # fmt: skip
_SPAN_PRE_NOT_BEFORE = ["not before", "not for", "not for another", "pas avant", "pas d'ici"]
_SPAN_PRE = (
    rf"(?P<q_nb>{_alternation(_SPAN_PRE_NOT_BEFORE)})"
    rf"|(?P<q_within>{_alternation(_SPAN_PRE_WITHIN)})"
)

_PART = _rx(
    r"(?P<p_early>early(?: in)?|(?:the )?beginning of|(?:the )?start of|debut(?: de| du| d')?"
    r"|commencement(?: de| du| d')?)"
    r"|(?P<p_mid>mid(?:dle of)?|(?:the )?middle of|mi|milieu(?: de| du| d')?)"
    r"|(?P<p_late>late(?: in)?|(?:the )?latter part of|(?:the )?last months of)"
    r"|(?P<p_end>(?:the )?end of|end|(?:the )?close of|year~end|fin(?: de| du| d')?)"
)
_SEP = r"(?:\s*-\s*|\s+|(?<='))"
_DET = r"(?:(?:the|le|la|les)\s+|l'\s*)?"


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
    return data.date_obj.date(), "year" in (data.parts or ())


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


def _year_of(g: dict[str, str | None], stated_on: dt.date, *, allow_generic: bool) -> int | None:
    """The year named by a _YEAR_SPEC (explicit, fiscal, short or relative), or None."""
    if g.get("y"):
        return _check_year(int(g["y"]))
    if g.get("fy"):
        digits = g["fy"]
        return _check_year(int(digits) if len(digits) == 4 else 2000 + int(digits))
    if g.get("yy"):
        return _check_year(2000 + int(g["yy"]))
    if g.get("rely"):
        key = _squash(g["rely"])
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
    year = _check_year(int(g["ly"])) if g.get("ly") else c.stated_on.year
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
    first = int(g["qn"]) if g.get("qn") else _ORDINALS[_squash(g["qw"] or "")]
    # "Q3 or Q4 2025", "Q3-Q4 2025": both quarters, so the later end binds (rule 8).
    last = max(first, int(g["qn2"])) if g.get("qn2") else first
    first = min(first, last)
    months = 3 * (last - first + 1)
    return _yearly(c, lambda y: _months_period(y, 3 * first - 2, months, Precision.QUARTER.value))


def _resolve_half(c: _Context) -> _Period | None:
    g = c.groups
    if not _has_year(g) and (g.get("hn_pre") or (g.get("hl") == "s" and not c.qualified)):
        return None  # "1h" is an hour, "S2" a product name, unless a year follows
    number = int(g["hn"]) if g.get("hn") else _ORDINALS[_squash(g["hw"] or "")]
    number = min(number, 2)
    return _yearly(c, lambda y: _months_period(y, 6 * number - 5, 6, Precision.HALF.value))


def _season_period(season: str) -> Callable[[int], _Period]:
    return lambda y: _months_period(y, _SEASON_MONTHS[season], 3, Precision.SEASON.value)


def _resolve_season(c: _Context) -> _Period | None:
    g = c.groups
    season = _SEASONS[g["season"]]
    build = _season_period(season)
    if g.get("y2") and g.get("y"):
        # "winter 2025/26": the winter that starts in the first year named.
        return build(_check_year(int(g["y"])))
    if g.get("next"):
        return _next_start(build, c.stated_on)
    if not (g.get("this") or c.qualified or g.get("y") or g.get("fy") or g.get("rely")):
        return None  # "a fall in demand", "Spring Boot": a season needs a year or a qualifier
    return _yearly(c, build)


def _resolve_month(c: _Context) -> _Period | None:
    g = c.groups
    month = int(g["mn"]) if g.get("mn") else _MONTHS[g["mon"].rstrip(".")]
    if not 1 <= month <= 12:
        raise _Reject(f"'{c.text}' names month {month}, and a year has twelve.")
    has_year = any(g.get(k) for k in ("y", "fy", "rely"))
    if not (has_year or c.qualified):
        return None  # "may", "march", "sept": a month alone needs a year or a qualifier
    return _yearly(c, lambda y: _months_period(y, month, 1, Precision.MONTH.value))


def _resolve_relative_period(c: _Context) -> _Period | None:
    """ "next quarter", "ce mois-ci", "by the end of the quarter"."""
    g = c.groups
    unit = _squash(g["unit"])
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
    core = " ".join(g["core"].split())
    readings = [_dateparser_day(core, c.stated_on, "DMY")]
    if g.get("num_a") and g.get("num_b") and int(g["num_a"]) <= 12 and int(g["num_b"]) <= 12:
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
    value = max(_number_value(g["n1"]), _number_value(g["n2"]) if g.get("n2") else 0)
    if g.get("half_pre") or g.get("half_post"):
        value += 0.5
    if value <= 0:
        return None
    months, days = _SPAN_UNIT_VALUES[_squash(g["unit"])]
    whole_months = months * value
    total_days = days * value
    if whole_months != int(whole_months):  # "a month and a half": 1 month and 15 days
        total_days += 15 * (whole_months - int(whole_months)) * 2
    return _Span(int(whole_months), int(-(-total_days // 1)))


# ---------------------------------------------------------------------------------------
# The rule table.
# ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Rule:
    """One row of the grammar: a period's pattern and the function that resolves it."""

    name: str
    body: str  # regex, with the `_rx` shorthand
    resolve: Callable[[_Context], _Period | _Span | None]
    triggers: frozenset[str]  # folded words or "#digit"/"#year"; the rule needs one
    qualifiers: str = _PRE
    allow_part: bool = True
    implied_part: str | None = None  # "year-end" carries its own "end of"
    pattern: re.Pattern[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # "end of the first half": a part of a period may take its own article.
        part = rf"(?:(?:{_PART}){_SEP}{_DET})?" if self.allow_part else ""
        source = (
            r"(?:(?<![\w'])|(?=n't))"
            rf"(?:(?:{self.qualifiers}){_SEP})?"
            rf"{_DET}{part}(?P<body>{_rx(self.body)})"
            rf"(?:\s*,?\s*(?:{_POST}))?"
            r"(?![\w])"
        )
        object.__setattr__(self, "pattern", re.compile(source, re.ASCII))


_MONTH_WORDS = frozenset(w for name in _MONTHS for w in re.findall(r"[a-z]+", name))
_YEAR_TRIGGERS = frozenset({"#year", "fy", "cy", "year", "annee", "an", "exercice", "fiscal"})
_DAY_SUFFIX = r"(?:st|nd|rd|th|er|e|eme)?"

_RULES: tuple[_Rule, ...] = (
    # Concrete days go to dateparser.
    _Rule(
        "day_iso",
        r"(?P<core>\d{4}[-/.]\d{1,2}[-/.]\d{1,2})(?![-/.]?\d)",
        _resolve_day,
        frozenset({"#year"}),
        allow_part=False,
    ),
    _Rule(
        "day_numeric",
        r"(?P<core>(?P<num_a>\d{1,2})[/.](?P<num_b>\d{1,2})[/.]\d{4})",
        _resolve_day,
        frozenset({"#year"}),
        allow_part=False,
    ),
    _Rule(
        "day_month_name",
        rf"(?:{_WEEKDAY},? )?(?P<core>\d{{1,2}}{_DAY_SUFFIX}(?: of)? {_MONTH}(?:,? \d{{4}})?)",
        _resolve_day,
        frozenset({"#digit"}),
        allow_part=False,
    ),
    _Rule(
        "month_name_day",
        rf"(?:{_WEEKDAY},? )?(?P<core>{_MONTH} (?:the )?\d{{1,2}}{_DAY_SUFFIX}(?!\d)"
        rf"(?:,? \d{{4}})?)",
        _resolve_day,
        frozenset({"#digit"}),
        allow_part=False,
    ),
    # Months: "June 2025", "fin mars 2026", "06/2025", "2025-06", "in June".
    _Rule(
        "month",
        rf"(?:(?:the )?month of |(?:le )?mois (?:de |d')?)?(?P<mon>{_MONTH}){_OPT_YEAR}",
        _resolve_month,
        _MONTH_WORDS,
    ),
    _Rule(
        "month_numeric",
        r"(?:(?P<mn>\d{1,2})/(?P<y>\d{4})|(?P<y_iso>\d{4})-(?P<mn_iso>\d{2})(?![-/.]?\d))",
        lambda c: _resolve_month(
            _Context(
                {
                    "mn": c.groups["mn"] or c.groups["mn_iso"],
                    "y": c.groups["y"] or c.groups["y_iso"],
                },
                c.stated_on,
                c.qualified,
                c.text,
                c.part,
            )
        ),
        frozenset({"#year"}),
    ),
    # Quarters: "Q3 2025", "T3 2025", "3Q25", "the third quarter of next year".
    _Rule(
        "quarter",
        rf"(?:(?P<ql>q|t)(?P<qn>[1-4])(?!\d)"
        r"(?:(?:\s*[-/]\s*| (?:or|to|and|ou|et|a) )(?:q|t)(?P<qn2>[1-4])(?!\d))?"
        rf"|(?P<qn_pre>[1-4])(?:q|t)"
        rf"|(?P<qw>{_ORDINAL}) (?:calendar |fiscal )?(?:quarter|trimestre)){_OPT_YEAR}",
        lambda c: _resolve_quarter(_with(c, qn=c.groups["qn"] or c.groups["qn_pre"])),
        frozenset({"q", "t", "quarter", "trimestre"}),
    ),
    # Halves: "H1 2026", "1H 2026", "S1 2026", "premier semestre 2026", "second half".
    _Rule(
        "half",
        rf"(?:(?P<hl>h|s)(?P<hn>[12])(?!\d)|(?P<hn_pre>[12])(?:h|s)"
        rf"|(?P<hw>{_ORDINAL}) (?:half|semestre|moitie)){_OPT_YEAR}",
        lambda c: _resolve_half(_with(c, hn=c.groups["hn"] or c.groups["hn_pre"])),
        frozenset({"h", "s", "half", "semestre", "moitie"}),
    ),
    # Seasons: "summer 2025", "l'ete 2025", "winter 2025/26", "this summer", "next spring".
    _Rule(
        "season",
        rf"(?:(?P<this>this|cet|ce|cette) |(?P<next>next|the coming|the next|coming) )?"
        rf"(?P<season>{_alternation(_SEASONS)})"
        r"(?: (?P<next2>prochain|prochaine|qui vient))?"
        rf"(?:{_YEAR_LINK}(?:(?P<y_pair>\d{{4}})\s*[-/]\s*(?P<y2>\d{{4}}|\d{{2}})(?!\d)"
        rf"|{_YEAR_SPEC}))?",
        lambda c: _resolve_season(
            _with(
                c, y=c.groups["y_pair"] or c.groups["y"], next=c.groups["next"] or c.groups["next2"]
            )
        ),
        frozenset(_SEASONS),
    ),
    # Years: "2025", "in 2025", "FY2025", "next year", "mid-2025", "by year-end 2025".
    _Rule("year", _YEAR_SPEC, _resolve_year, _YEAR_TRIGGERS),
    _Rule(
        "year_end",
        r"year~end|end~of~year|eoy|fin~d'annee",
        _resolve_year_end,
        frozenset({"year", "eoy", "annee"}),
        allow_part=False,
        implied_part="p_end",
    ),
    _Rule(
        "later_this_year",
        r"later (?:this year|in the year|this calendar year|in (?P<ly>\d{4}))"
        r"|plus tard (?:cette annee|dans l'annee|en (?P<ly_fr>\d{4}))",
        lambda c: _resolve_later_this_year(_with(c, ly=c.groups["ly"] or c.groups["ly_fr"])),
        frozenset({"later", "tard"}),
        allow_part=False,
    ),
    _Rule(
        "decade_end",
        r"(?:(?:the|this) decade|(?:la |cette )decennie)",
        _resolve_decade_end,
        frozenset({"decade", "decennie"}),
    ),
    # "next quarter", "this month", "le trimestre prochain", "by the end of the quarter".
    _Rule(
        "relative_period",
        r"(?:(?P<next>next|the next|the following|the coming|le prochain|la prochaine|prochain)"
        r" |(?P<this>this|the current|current|ce|cette) |(?:the|le|la) )?"
        r"(?P<unit>quarter|month|half~year|trimestre|mois|semestre)"
        r"(?:(?P<next2> prochain| suivant| a venir)|(?P<this2> en cours|~ci))?",
        _resolve_relative_period,
        frozenset({"quarter", "month", "half", "trimestre", "mois", "semestre"}),
    ),
    # Spans from the stated date: "within 18 months", "dans les six prochains mois".
    _Rule(
        "span",
        rf"(?:(?:the|les) )?(?:(?P<ahead>next|coming|following|prochains|prochaines) )?"
        rf"(?P<n1>{_NUMBER})(?:(?:\s*[-/]\s*| (?:to|or|a|ou) )(?P<n2>{_NUMBER}))?"
        r"(?P<half_pre> and a half)?(?: (?:more|additional|autres))?"
        r"(?: (?:prochains|prochaines|derniers))?"
        rf" (?P<unit>{_alternation(_SPAN_UNITS)})(?:'s?|s')?"
        r"(?P<half_post> and a half| et demie?)?"
        r"(?: (?:prochains|prochaines|a venir|qui viennent|suivants|suivantes))?"
        r"(?P<after> time| from now| from today| hence| from the announcement"
        r"| a compter d'aujourd'hui| a partir d'aujourd'hui| a compter de ce jour)?",
        _resolve_span,
        frozenset(w for unit in _SPAN_UNITS for w in re.findall(r"[a-z]+", unit)),
        qualifiers=_SPAN_PRE,
        allow_part=False,
    ),
)


def _with(c: _Context, **groups: str | None) -> _Context:
    """The same match with some groups renamed, for rules with two spellings of a group."""
    return _Context({**c.groups, **groups}, c.stated_on, c.qualified, c.text, c.part)


# Phrases that promise nothing datable (rule 7). Only reported when no deadline is found.
_VAGUE = re.compile(
    r"(?<![\w'])(?:"
    + _alternation(
        [
            "soon",
            "very soon",
            "as soon as possible",
            "asap",
            "shortly",
            "eventually",
            "ultimately",
            "in due course",
            "at some point",
            "someday",
            "some day",
            "one day",
            "in the future",
            "in future",
            "going forward",
            "over time",
            "in time",
            "later",
            "later on",
            "at a later date",
            "in the near future",
            "in the near term",
            "near~term",
            "in the short term",
            "in the medium term",
            "in the long term",
            "in the long run",
            "down the road",
            "before long",
            "sooner or later",
            "in the coming days",
            "in the coming weeks",
            "in the coming months",
            "in the coming years",
            "in the coming quarters",
            "in the months ahead",
            "in the weeks ahead",
            "in the years ahead",
            "in the next few days",
            "in the next few weeks",
            "in the next few months",
            "in the next few years",
            "in a few days",
            "in a few weeks",
            "in a few months",
            "in a few years",
            "within a few weeks",
            "within a few months",
            "within a few years",
            "in several months",
            "in several years",
            "within months",
            "within weeks",
            "within years",
            "tbd",
            "tba",
            "to be determined",
            "to be announced",
            "to be confirmed",
            "tbc",
            "prochainement",
            "bientot",
            "tres bientot",
            "sous peu",
            "rapidement",
            "au plus vite",
            "des que possible",
            "dans les meilleurs delais",
            "dans les plus brefs delais",
            "a terme",
            "a court terme",
            "a moyen terme",
            "a long terme",
            "dans un avenir proche",
            "dans un futur proche",
            "a l'avenir",
            "un jour",
            "plus tard",
            "tot ou tard",
            "dans les jours a venir",
            "dans les semaines a venir",
            "dans les mois a venir",
            "dans les annees a venir",
            "dans les prochains jours",
            "dans les prochaines semaines",
            "dans les prochains mois",
            "dans les prochaines annees",
            "dans quelques jours",
            "dans quelques semaines",
            "dans quelques mois",
            "dans quelques annees",
            "d'ici quelques mois",
            "d'ici quelques annees",
            "d'ici quelques semaines",
            "dans plusieurs mois",
            "a une date ulterieure",
            "date a determiner",
            "a determiner",
            "a confirmer",
            "ulterieurement",
        ]
    )  # fmt: skip
    + r")(?![\w])",
    re.ASCII,
)

# Words that tell the two languages apart (folded). Words both languages use are left out.
_EN_WORDS = frozenset(
    _words(
        """by in the of end early mid middle late beginning start before not no within next this
        year years quarter quarters half first second third fourth summer spring autumn fall winter
        month months week weeks day days later latest earliest at than until during over from now
        time decade will be is are and to it its go live launch available expected said would
        should plans plan around until through least couple dozen months' calendar fiscal
        current following coming more"""
    )
) | frozenset(w for w in [*_EN_UNITS, *_EN_TEENS.split(), *_EN_TENS] if w != "six")
_FR_WORDS = frozenset(
    _words(
        """d'ici ici en au aux le la les l' d' fin debut mi milieu avant pas plus tard tot dans
        prochain prochaine prochains prochaines annee annees ans trimestre trimestres semestre
        semestres premier premiere deuxieme troisieme quatrieme seconde ete printemps automne
        hiver mois semaine semaines jour jours cette cet ce courant cours de du des decennie
        sera seront est sont et pour prevu prevue horizon jusqu'a jusqu'au jusqu'en delai
        sous moins meme mieux demi demie qui viennent venir suivant suivants ne n' qu' jusqu'
        exercice rien"""
    )
) | frozenset(
    _words(
        """janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre
        janv fevr avr juil deux trois quatre cinq huit neuf dix onze douze treize quatorze
        quinze seize vingt trente quarante cinquante soixante"""
    )
)
_WORD = re.compile(r"[a-z]+'|[a-z]+(?:'[a-z]+)?", re.ASCII)
_FR_TOKENS = re.compile(r"\b(?:t[1-4]|s[12]|[1-4]t|[12]s|[1-4]e|[1-4]eme|1er)\b", re.ASCII)
_EN_TOKENS = re.compile(r"\b(?:q[1-4]|h[12]|[1-4]q|[12]h|1st|2nd|3rd|4th)\b", re.ASCII)
_TOKEN = re.compile(r"[a-z]+|[0-9]+", re.ASCII)


def _language_score(folded: str) -> int:
    """Positive for French, negative for English, zero when the text does not say."""
    score = 0
    for word in _WORD.findall(folded):
        if word in _FR_WORDS:
            score += 1
        elif word in _EN_WORDS:
            score -= 1
    return score + len(_FR_TOKENS.findall(folded)) - len(_EN_TOKENS.findall(folded))


def _language(match_folded: str, context_folded: str) -> str:
    score = _language_score(match_folded) or _language_score(context_folded)
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
