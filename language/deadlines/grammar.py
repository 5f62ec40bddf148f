"""The rule table: one row per kind of period, each a pattern and its resolver.

A table of rules: docs/deadlines.md documents each row for editors.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from .lexicon import (
    _DET,
    _MONTH,
    _MONTHS,
    _NUMBER,
    _OPT_YEAR,
    _ORDINAL,
    _PART,
    _POST,
    _PRE,
    _SEASONS,
    _SEP,
    _SPAN_PRE,
    _SPAN_UNITS,
    _WEEKDAY,
    _YEAR_LINK,
    _YEAR_SPEC,
    _alternation,
    _rx,
)
from .periods import (
    _Context,
    _Period,
    _resolve_day,
    _resolve_decade_end,
    _resolve_half,
    _resolve_later_this_year,
    _resolve_month,
    _resolve_quarter,
    _resolve_relative_period,
    _resolve_season,
    _resolve_span,
    _resolve_year,
    _resolve_year_end,
    _Span,
)

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

_TOKEN = re.compile(r"[a-z]+|[0-9]+", re.ASCII)
