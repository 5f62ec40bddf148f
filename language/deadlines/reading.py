"""One match of a rule read into a period or a span, and readings turned into windows."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from typing import NamedTuple

from language.text import APOSTROPHE_CHARS, APOSTROPHE_SIGNS
from language.text import fold as _fold

from .grammar import _Rule
from .lexicon import _MOVE, _NUMBER
from .periods import (
    _DECADE_PARTS,
    _YEAR_PARTS,
    _add,
    _Context,
    _Groups,
    _has_sub,
    _has_year,
    _months_period,
    _number_value,
    _Period,
    _Reject,
    _Span,
    _span_of,
    _sub_period,
    _year_as_a_noun,
)
from .window import MAX_DATE, MIN_DATE, Precision, Qualifier


class _Candidate(NamedTuple):
    """One match of one rule (a tuple: there are many, and they are made fast)."""

    start: int
    end: int
    priority: int
    rule: _Rule
    match: re.Match[str]


@dataclass(frozen=True)
class _Reading:
    """What one match says: a period or a span, the qualifier and the part of it."""

    candidate: _Candidate
    resolved: _Period | _Span
    qualifier: str | None  # None: no qualifier was written
    qualifier_words: str  # the qualifier before the period, folded ("" when none)
    part: str | None
    part2: str | None  # "early to late": the part the range ends with
    year_given: bool  # False for a period of some year whose year was not written

    @property
    def year_as_a_noun(self) -> bool:
        """Whether its year is "the year" alone, which a range's first year may stand for."""
        return _year_as_a_noun(_Groups(self.candidate.match))

    @property
    def start(self) -> int:
        return self.candidate.start

    @property
    def end(self) -> int:
        return self.candidate.end

    @property
    def period(self) -> _Period | None:
        return self.resolved if isinstance(self.resolved, _Period) else None


_QUALIFIER_GROUPS = (
    ("q_nb", Qualifier.NOT_BEFORE),
    ("q_by", Qualifier.BY),
    ("q_before", Qualifier.BEFORE),
    ("q_after", "after"),
    ("q_on", Qualifier.ON),
    ("q_within", Qualifier.WITHIN),
    ("q_in", Qualifier.IN),
)
_PARTS = ("early", "mid", "late", "end")
# "de demain", "of tomorrow" after a noun is the future in general; "à partir de demain",
# "as of tomorrow" are a day.
_FIGURATIVE_TOMORROW = re.compile(
    r"(?<!partir )(?<!compter )(?<!as )\b(?:de|of)\s+(?:demain|tomorrow)$"
)
# "pushed back the inaugural launch of its constellation to October", "la mise en service
# est repoussée à septembre": "to", "à" after a verb of a move, up to eight words away with no
# clause break, qualify a period as "in" does; the move's new date lies ahead.
_MOVE_RX = re.compile(_MOVE, re.ASCII)
_MOVED = re.compile(rf"(?:{_MOVE})(?:\s+[a-z0-9'-]+){{0,8}}?\s+$", re.ASCII)
# "to", "à", "au" as written: folded, "à" (to) is "a" (has), as in "a été" (has been).
_TO_AS_WRITTEN = re.compile(
    r"(?:\bto|(?<!\w)à|\bau|\baux)\s+(?:the\s+|l['’]|la\s+|le\s+)?"
    r"(?:(?:[\w'-]+\s+){1,3}(?:or|ou)\s+)?$"
)
_JOINED_TO = re.compile(r"(?:to|à|au|aux)\s")  # the period's own first word
_FROM_DAY = re.compile(r"(?:du|from)\s")
# A move before a day range, a margin or a few words between: "repoussée de trois semaines,".
_MOVED_DAYS = re.compile(rf"(?:{_MOVE})(?:,?\s+[a-z0-9'-]+){{0,5}}?,?\s+$", re.ASCII)
_MOVED_TO = re.compile(
    # A comma may stand before the new date: "delayed by a year, to 2027"; an amount among
    # the words: "pushing back the $2.4 billion project's completion to late summer"; and the
    # new date may be the second of two: "to late summer or early fall". The object reaches
    # as far as a move's before "from ... to ..." (`context._OBJECT_REACH`), a name set off by
    # commas among it: "extended the charter of the present Stornoway freight ferry, MV
    # Clipper Ranger, to November".
    rf"(?:{_MOVE})(?:,?\s+[a-z0-9$£€.'-]+){{0,12}}?,?\s+(?:to|a)\s+(?:the\s+|l'|la\s+|le\s+)?"
    r"(?:(?:[a-z0-9'-]+\s+){1,3}(?:or|ou)\s+)?$",
    re.ASCII,
)


# "moved up to March": "up" belongs to the verb, not to "up to".
_MOVED_UP = re.compile(r"\b(?:mov(?:e|es|ed|ing)|bump(?:s|ed|ing)?)\s+$", re.ASCII)
# A move told by how far it went, right before "N months to" a month: "delayed by three
# months to December", "retardé de six mois, à mars 2027".
_SHIFTED_BY = re.compile(rf"(?:{_MOVE})(?:\s+(?:up|ahead))?(?:\s+(?:by|of|de))?\s+$", re.ASCII)
# A count of years told as time added, before "N years to" a year: after "another" or "a
# further" ("the contract runs another two years to 2030"), or after the "for" of a move, its
# object between ("the deal extends the licence for five years to 2030"); not "for the N years
# to", the years that end with it.
_MORE_YEARS = re.compile(r"\b(?:another|a further|an additional|an extra)\s+$", re.ASCII)
_THE_COUNT = re.compile(r"\bthe\s+$", re.ASCII | re.IGNORECASE)
_MOVED_FOR = re.compile(rf"(?:{_MOVE})(?:,?\s+(?!and\b)[a-z0-9'-]+){{0,4}}?,?\s+$", re.ASCII)


def _years_added(text: str, m: re.Match[str], words: str) -> bool:
    """Whether the count of a "N years to" match after `words` is time added to a date
    (`_MORE_YEARS`, `_MOVED_FOR`)."""
    before = _fold(text[max(0, m.start() - 80) : m.start()].lower())
    if _MORE_YEARS.search(before):
        return True
    return (
        words == "for"
        and not _THE_COUNT.search(text, m.start(), m.start("body"))
        and _MOVED_FOR.search(before) is not None
    )


# A day counted from another: "the day after Christmas", "le lendemain du 14 juillet", "la
# veille de Noël", "two weeks before Christmas", "quinze jours avant Noël"; "au lendemain du
# Black Friday", "à la veille de Noël", with the "à" French contracts ("au" is "à le").
_DAY_NEXT_TO = re.compile(
    r"(?:\bthe day|\b(?P<le>(?:le|au) (?:sur)?lendemain|(?:a )?la veille)(?:\s+(?:de|du|d'))?)"
    r"\s*$",
    re.ASCII,
)
# "Until" or "by" before the words that count the day: "jusqu'au lendemain de Noël" (the "au"
# is read with "lendemain"), "until the day after Christmas".
_UNTIL_THE_DAY = re.compile(r"(?:\b(?:until|till|by|d'ici)\s+|\bjusqu'\s*)$", re.ASCII)
_COUNT_BEFORE = re.compile(
    rf"\b(?P<n>{_NUMBER})\s+(?P<unit>days?|weeks?|jours|semaines|mois|months?)\s*$", re.ASCII
)


def _days_from(
    day: dt.date, text: str, start: int, words: str
) -> tuple[dt.date, str | None] | None:
    """The day a day is counted from, and its qualifier, or None when nothing counts from it."""
    before = _fold(text[max(0, start - 40) : start].lower())
    m = _DAY_NEXT_TO.search(before)
    if m and m["le"] is None and words in ("after", "apres", "before", "avant"):
        # "the day after Christmas", "the day before 1 July".
        step = 1 if words in ("after", "apres") else -1
        until = _UNTIL_THE_DAY.search(before, 0, m.start())
        return day + dt.timedelta(days=step), (Qualifier.BY if until else Qualifier.ON).value
    if m and m["le"] and not words:
        # "le lendemain", "le surlendemain", "la veille".
        said = " ".join(m["le"].split()).removeprefix("a ").replace("au ", "le ", 1)
        step = {"le lendemain": 1, "le surlendemain": 2}.get(said, -1)
        # "jusqu'au lendemain de Noël", "d'ici la veille du 14 juillet": by that day.
        until = _UNTIL_THE_DAY.search(before, 0, m.start())
        return day + dt.timedelta(days=step), (Qualifier.BY if until else Qualifier.ON).value
    # "two weeks before Christmas": by then ("after" is the span rule's: "within three days
    # after 14 July").
    if words in ("before", "avant") and (m := _COUNT_BEFORE.search(before)):
        count = _number_value(m["n"])
        if count != int(count) or not 0 < count < 400:
            return None
        months, days = _span_of(count, m["unit"])
        return _add(day, -months, -days), Qualifier.BY.value
    return None


# French "été" after its auxiliary, as written ("a été", not "à été"): the verb "been".
_HAS_BEEN = re.compile(r"(?<![\w'])(?:a|ont|avait|avaient|aurait|auraient|aura|auront|ayant)\s+$")


def _moved(text: str, start: int) -> bool:
    """Whether a period at `start` is the new date of a verb of a move before it."""
    written_before = text[max(0, start - 120) : start].lower()
    before = _fold(written_before)
    if not _MOVE_RX.search(before):
        return False
    return bool(
        (_MOVED_TO.search(before) and _TO_AS_WRITTEN.search(written_before))
        or (_JOINED_TO.match(text[start : start + 5].lower()) and _MOVED.search(before))
        # Days "from" one "to" another after a move: "repoussée de trois semaines, du 1er au
        # 21 décembre" (the range rule reads both days; the move keeps the second).
        or (_FROM_DAY.match(text[start : start + 5].lower()) and _MOVED_DAYS.search(before))
    )


_UNTIL = re.compile(r"(?:until|till|jusqu)\b", re.ASCII)
# A trailing noun that names a date (not "at the latest", which bounds it).
_DATE_NOUN = re.compile(r"target date|deadline|date limite|date butoir", re.ASCII)


def _qualifier_of(groups: _Groups) -> tuple[str | None, str]:
    """The qualifier the words say, and the words before the period that say it.

    A trailing one ("2026 at the latest") wins. "after" is a reading of its own here; its
    window has the qualifier not_before.
    """
    words = ""
    found: str | None = None
    for group, qualifier in _QUALIFIER_GROUPS:
        if value := groups.get(group):
            found, words = str(qualifier), " ".join(value.split())
            break
    if s_by := groups.get("s_by"):
        # "cannot finish the works by the July 12 target date": the noun names the date a
        # negation denies, as "by our target date of July 12" does; it stays not before.
        if not (found == Qualifier.NOT_BEFORE.value and _DATE_NOUN.fullmatch(s_by)):
            found = Qualifier.BY.value
    elif groups.get("s_in") and found is None:
        found = Qualifier.IN.value
    elif groups.get("s_nb"):
        found = Qualifier.NOT_BEFORE.value
    elif groups.get("s_least") and _UNTIL.match(words):
        found = Qualifier.NOT_BEFORE.value  # "until 2030 at least": "until at least 2030"
    elif groups.get("s_over") and found == Qualifier.BEFORE.value:
        found = Qualifier.BY.value  # "before the year is over" is "by the end of the year"
    elif found == Qualifier.BEFORE.value and (groups.get("clock") or groups.get("clock2")):
        found = Qualifier.BY.value  # "avant 17h le 30 juin": by 30 June
    return found, words


# A month named after a common noun by "of" or "de" says when the thing is, as "the month of"
# does: "the revised delivery estimate of October", "la récolte de juin", "le correctif de
# sécurité d'octobre". The noun phrase opens with an article or a possessive, up to four words
# before "of", and is written in lower case: a name ("la WWDC de juin", "the Ides of March") is
# an event's (rule 16); "Mars" with its capital is the planet ("la mission de Mars"). A part
# of the month is no such noun: an ordinal names a day of it ("le premier de juin", "the
# fourth of June"), and "the rest of October" only what is left of it.
_ORDINAL_OR_REST = (
    r"(?:(?:[a-z]+-)?(?:first|second|third|(?:four|fif|six|seven|eigh|nin|ten|eleven|twelf"
    r"|[a-z]+teen|twentie|thirtie)th|last)|premi[eè]re?|seconde?|derni[eè]re?"
    r"|(?:[a-z]+-)?[a-z]+i[eè]me|rest|remainder|reste)"
)
# The text is read unfolded, so any sign may stand for an apostrophe.
_APOSTROPHE = APOSTROPHE_SIGNS
_WORD_ON = rf"[\w{APOSTROPHE_CHARS}-]*"  # the rest of a word, elisions and hyphens included
_NOUN_OF_MONTH = re.compile(
    r"(?:^|\s)(?:(?i:the|its|their|his|her|our|this|that|le|la|les|son|sa|ses|leur|leurs|ce"
    rf"|cet|cette)\s+|(?i:l){_APOSTROPHE}\s*)(?:(?![A-Z])[^\W\d]{_WORD_ON}\s+){{0,3}}"
    rf"(?![A-Z]|{_ORDINAL_OR_REST}\s)[^\W\d]{_WORD_ON}\s+(?:of|de\s|d{_APOSTROPHE})\s*$"
)


def _month_of_a_noun(text: str, m: re.Match[str]) -> bool:
    """Whether the month the match names is the complement of a noun ("the harvest of June")."""
    if m.start("body") != m.start() or text.startswith("Mars", m.start()):
        return False  # a qualifier or a part of its own reads it already
    return _NOUN_OF_MONTH.search(text[max(0, m.start() - 60) : m.start()]) is not None


# Early and middle parts of "the year", and the month from which "the year" whose part is
# gone by looks to the coming one (its last two months).
_EARLY_PARTS = frozenset({"p_early", "p_mid"})
_YEAR_TURNS = 11
_LOOKING_BACK = frozenset({"since", "depuis"})
_ALONE_BEFORE = re.compile(rf"[\W_]*(?:qu{_APOSTROPHE})?[\W_]*")
_ALONE_AFTER = re.compile(r"[\W_]*")


# "pendant", "durant" say how long something lasts, and "au moins" after them sets no floor:
# "reconstruit pendant au moins 18 mois", "pendant au moins 25 ans" are durations, no deadline
# (rule 6). More of it counted ("pendant au moins deux ans de plus", "encore") or a negation
# before ("ne rouvrira pas pendant au moins deux ans") still makes it a floor (rule 5).
_LASTING = frozenset({"pendant au moins", "durant au moins"})
_MORE_OF_IT = re.compile(r"\b(?:de plus|supplementaires?|encore)\b", re.ASCII)
# ("plus" after an article, or before "de" or "que", compares or counts: "le pont, le plus
# emprunté de la région", "plus de 3000 véhicules" deny nothing.)
_DENIED_BEFORE = re.compile(
    r"\b(?:pas|jamais|ne)\b|\bn'"
    r"|(?<!\ble\x20)(?<!\bla\x20)(?<!\bles\x20)(?<!\bau\x20)(?<!\baux\x20)(?<!\bdu\x20)"
    r"(?<!\bdes\x20)\bplus\b(?!\s+(?:de\b|d'|que\b|qu'))",
    re.ASCII,
)


def _lasts(text: str, start: int, end: int, words: str) -> bool:
    """Whether the span at `start` after `words` (its qualifier, folded) says how long
    something lasts."""
    if words not in _LASTING:
        return False
    if _MORE_OF_IT.search(_fold(text[max(0, start - 20) : end + 20])):
        return False
    return not _DENIED_BEFORE.search(_fold(text[max(0, start - 60) : start]))


def _read(
    candidate: _Candidate,
    stated_on: dt.date,
    *,
    text: str,
    scanning: bool,
    year: int | None = None,
    joined: bool = False,
    alternative: bool = False,
) -> _Reading | None:
    """Resolve one match; None if it is no period (the rule declined), _Reject if impossible.

    `year` gives a period of some year the year of its neighbour ("June or July 2025");
    `joined` says the period is read as part of a range, which stands for a qualifier;
    `alternative` that the range offers its periods as alternatives ("or").
    """
    m = candidate.match
    groups = _Groups(m)
    rule = candidate.rule
    if (
        scanning
        and rule.name == "near_day"
        and _FIGURATIVE_TOMORROW.search(text[max(0, m.start() - 40) : m.end()].lower())
    ):
        return None  # "la voiture de demain", "the factory of tomorrow": no day
    if (
        rule.name == "season"
        and _fold(m.group(0)) == "ete"
        and _HAS_BEEN.search(text[max(0, m.start() - 12) : m.start()])
    ):
        return None  # "prévu au second semestre 2025, a été repoussé": "has been"
    if year is not None and rule.yearly and not _has_year(groups):
        groups = groups.given(y=str(year))
    elif year is not None and _year_as_a_noun(groups):
        # "between March 2025 and the end of the year": the year of the range's first part.
        groups = groups.given(y=str(year), rely=None)
    qualifier, words, part, part2 = None, "", rule.implied_part, None
    if m.start("body") > m.start() or m.end("body") < m.end():
        # Words before or after the period: a qualifier, a part ("early"), an article.
        qualifier, words = _qualifier_of(groups)
        part = next((f"p_{p}" for p in _PARTS if groups.get(f"p_{p}")), rule.implied_part)
        part2 = next((f"p_{p}" for p in _PARTS if groups.get(f"p2_{p}")), None)
    moved = (
        qualifier is None or not _has_year(groups) or words in ("from", "de", "du")
    ) and _moved(text, m.start())
    if words.startswith("up ") and _MOVED_UP.search(
        _fold(text[max(0, m.start() - 30) : m.start()])
    ):
        # "moved up to March 2027": brought forward to the month, not "up to" it.
        moved, qualifier = True, None
    if (
        not moved
        and (
            rule.name == "years_to"
            or (
                rule.name == "year_to"
                and (
                    groups.get("len_fr2") or (groups.get("len") or "").endswith(("months", "weeks"))
                )
            )
        )
        and words in ("", "by", "de")
        and _SHIFTED_BY.search(_fold(text[max(0, m.start() - 80) : m.start()].lower()))
    ):
        # "delayed by three months to December 2026", "delayed five years to 2030": the
        # months or years are how far it moved.
        moved, qualifier = True, None
    if not moved and rule.name == "years_to" and _years_added(text, m, words):
        # "extended for five years to 2030": how far the end moved, as "by five years".
        moved, qualifier = True, None
    if not moved and rule.name == "years_to" and words == "by":
        # "by two years to 2025": "by" before a bare count says how far a date moved, even
        # with the verb of the move left out of the phrase (rule 10).
        moved, qualifier = True, None
    if qualifier is None and moved:
        qualifier = Qualifier.IN.value
    context = _Context(
        groups,
        stated_on,
        joined
        or qualifier is not None
        or part is not None
        or _has_sub(groups)
        or (not scanning and rule.name == "month" and _month_of_a_noun(text, m)),
        text[m.start() : m.end()],
        part,
        scanning,
        qualifier,
        moved,
        alternative,
    )
    if rule.name == "span" and _lasts(text, m.start(), m.end(), words):
        said = text[m.start() : m.end()].strip()
        raise _Reject(f"'{said}' says how long it lasts: a duration is no deadline.")
    resolved = rule.resolve(context)
    if resolved is None:
        return None
    if isinstance(resolved, _Period) and _has_sub(groups):
        resolved = _sub_period(resolved, context)  # "the first three months of 2022"
        if resolved.end < stated_on and _year_as_a_noun(groups) and not scanning:
            # "the first six months of the year" said in July is next year's, as "the first
            # half of the year" is: "the year" (not "this year") names no year gone by.
            ahead = replace(context, groups=groups.given(y=str(stated_on.year + 1), rely=None))
            if isinstance(following := rule.resolve(ahead), _Period):
                resolved = _sub_period(following, ahead)
    if (
        not scanning
        and part in _EARLY_PARTS
        and stated_on.month >= _YEAR_TURNS
        and isinstance(resolved, _Period)
        and resolved.precision == Precision.YEAR.value
        and _year_as_a_noun(groups)
        and words not in _LOOKING_BACK
        and _part_window(resolved, part)[1] < stated_on
        and _ALONE_BEFORE.fullmatch(text, 0, m.start())
        and _ALONE_AFTER.fullmatch(text, m.end())
    ):
        # "en début d'année", "qu'en milieu d'année", "early in the year", given alone as a
        # deadline in November or December: the year about to open, as "the new year" is,
        # once its part is gone by (a verb beside it may still tell of the one gone by).
        resolved = _months_period(stated_on.year + 1, 1, 12, Precision.YEAR.value)
    if (
        isinstance(resolved, _Period)
        and resolved.start == resolved.end
        and (shifted := _days_from(resolved.start, text, m.start(), words))
    ):
        resolved, qualifier = _Period(shifted[0], shifted[0], Precision.DAY.value), shifted[1]
    return _Reading(
        candidate,
        resolved,
        qualifier,
        words,
        part,
        part2,
        not rule.yearly or _has_year(groups) or year is not None,
    )


# ---------------------------------------------------------------------------------------
# From readings to dates.
# ---------------------------------------------------------------------------------------

# Parts of a week: first day and length (of a year and a decade: periods._YEAR_PARTS,
# periods._DECADE_PARTS).
_WEEK_PARTS = {"p_early": (0, 2), "p_mid": (2, 1), "p_late": (3, 4), "p_end": (3, 4)}
# Parts of a century: "mid-century" is 2050 (the year climate targets name), "the end of the
# century" 2100 (the later count, as for a decade).
_CENTURY_PARTS = {"p_early": (0, 30), "p_mid": (50, 1), "p_late": (70, 30), "p_end": (100, 1)}
_DEADLINE_QUALIFIERS = frozenset(
    {Qualifier.BY.value, Qualifier.BEFORE.value, Qualifier.NOT_BEFORE.value}
)
# From the finest to the coarsest: a range of two periods is as precise as its coarser one.
_COARSENESS = [p.value for p in (Precision.DAY, Precision.RELATIVE, Precision.MONTH,
               Precision.QUARTER, Precision.SEASON, Precision.HALF, Precision.PART_OF_YEAR,
               Precision.YEAR)]  # fmt: skip


def _part_window(period: _Period, part: str) -> tuple[dt.date, dt.date]:
    if period.decade or period.century:
        first, years = (_DECADE_PARTS if period.decade else _CENTURY_PARTS)[part]
        year = period.start.year + first + (part == "p_end" and period.end_later)
        return dt.date(year, 1, 1), dt.date(year + years - 1, 12, 31)
    if period.week:
        first, days = _WEEK_PARTS[part]
        start = period.start + dt.timedelta(days=first)
        return start, start + dt.timedelta(days=days - 1)
    first, months = _YEAR_PARTS[part]
    p = _months_period(period.start.year, first, months, "part_of_year")
    return p.start, p.end


def _with_part(reading: _Reading, qualifier: str | None) -> tuple[_Period, str | None]:
    """The period once its part is applied, and the qualifier ("before the end of P" is by).

    "by/before/not before the end of P" speak of P's last day (rules 3 to 5); otherwise a
    part narrows a year or a week and adds nothing to a shorter period.
    """
    period = reading.period
    assert period is not None  # only called on periods
    part = reading.part
    if part is None:
        return period, qualifier
    if part == "p_end" and reading.part2 is None and qualifier in _DEADLINE_QUALIFIERS:
        if period.end_later:  # "by the end of the decade" said in 2024: 2030 (rule 6)
            period = replace(period, end=period.end.replace(year=period.end.year + 1))
        return period, Qualifier.BY.value if qualifier == Qualifier.BEFORE else qualifier
    if period.whole or not (period.week or period.precision == Precision.YEAR):
        return period, qualifier
    start, end = _part_window(period, part)
    if reading.part2 is not None:
        end = _part_window(period, reading.part2)[1]
    whole_years = period.week or period.decade or period.century
    precision = period.precision if whole_years else "part_of_year"
    return _Period(start, end, precision), qualifier


@dataclass(frozen=True)
class _Bounds:
    start: dt.date | None
    end: dt.date | None
    precision: str
    qualifier: str


def _working_days_after(base: dt.date, days: int) -> dt.date:
    """The day `days` working days (Monday to Friday) after `base`."""
    weeks = max(0, days - 1) // 5  # any seven days in a row hold five working days
    try:
        day = base + dt.timedelta(weeks=weeks)
    except OverflowError as exc:
        raise _Reject("That span reaches beyond any date a deadline can name.") from exc
    days -= 5 * weeks
    while days > 0:
        day += dt.timedelta(days=1)
        days -= day.weekday() < 5
    return day


def _span_bounds(span: _Span, qualifier: str | None, base: dt.date, *, from_base: bool) -> _Bounds:
    """Rule 6: a span counts from the stated date, or from the day it is anchored on."""
    if span.working:
        reached = _working_days_after(base, span.days)
    else:
        reached = _add(base, span.months, span.days)
    if qualifier == Qualifier.NOT_BEFORE:
        return _Bounds(reached, None, Precision.RELATIVE.value, Qualifier.NOT_BEFORE.value)
    start = base if from_base else None
    return _Bounds(start, reached, Precision.RELATIVE.value, Qualifier.WITHIN.value)


def _period_bounds(first: _Reading, last: _Reading, qualifier: str | None) -> _Bounds:
    """The window of one period, or of a range from `first` to `last`, under a qualifier."""
    head, qualifier = _with_part(first, qualifier)
    tail = head if last is first else _with_part(last, qualifier)[0]
    precision = max(str(head.precision), str(tail.precision), key=_COARSENESS.index)
    start, end = head.start, tail.end
    if qualifier == Qualifier.BY:
        return _Bounds(None, end, precision, qualifier)
    if qualifier == Qualifier.BEFORE:
        # "before Q2 or Q3": before the later one (rule 8).
        return _Bounds(None, tail.start - dt.timedelta(days=1), precision, qualifier)
    if qualifier == Qualifier.NOT_BEFORE:
        return _Bounds(end, None, precision, qualifier)
    if qualifier == "after":
        return _Bounds(end + dt.timedelta(days=1), None, precision, Qualifier.NOT_BEFORE.value)
    on = precision == Precision.DAY and start == end
    return _Bounds(start, end, precision, Qualifier.ON.value if on else Qualifier.IN.value)


def _check_bounds(bounds: _Bounds, said: str) -> _Bounds:
    for day in (bounds.start, bounds.end):
        if day is not None and not MIN_DATE <= day <= MAX_DATE:
            raise _Reject(
                f"'{said.strip()}' points to {day.isoformat()}, outside the dates a "
                f"deadline can name ({MIN_DATE.isoformat()} to {MAX_DATE.isoformat()})."
            )
    return bounds


def _as_joined(reading: _Reading) -> _Reading:
    """A reading whose own qualifier gave way to the range it is the end of."""
    return replace(reading, qualifier=None, qualifier_words="")
