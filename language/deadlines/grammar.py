"""The rule table: one row per kind of period, each a pattern and its resolver.

A table of rules: docs/deadlines.md documents each row for editors.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from .days import (
    _resolve_day,
    _resolve_day_of_month,
    _resolve_near_day,
    _resolve_nth_weekday,
    _resolve_week_number,
    _resolve_weekday,
)
from .lexicon import (
    _ABOUT,
    _ANAPHORA,
    _CALENDAR_NAMES,
    _DAY_WORD_VALUES,
    _DAY_WORDS,
    _DAY_WORDS_FR,
    _DET,
    _EASTER_FEASTS,
    _EVERY_YEAR,
    _FIXED_FEASTS,
    _FRENCH_MONTH,
    _GENERIC_YEAR_NOUNS,
    _MONTH,
    _MONTHS,
    _NEAR_DAYS,
    _NUMBER,
    _OPT_CODE_YEAR,
    _OPT_YEAR,
    _ORDINAL,
    _PART,
    _POST,
    _PRE,
    _RELATIVE_YEARS,
    _SEASONS,
    _SEP,
    _SPAN_ANCHORS_END,
    _SPAN_ANCHORS_EVENT,
    _SPAN_ANCHORS_START,
    _SPAN_FROM_NOW,
    _SPAN_PRE,
    _SPAN_UNITS,
    _SUB,
    _SUB_ENDS,
    _SUB_ORDINALS,
    _THAT_PERIOD,
    _VAGUE_PHRASES,
    _WEEKDAY,
    _WEEKDAY_FEASTS,
    _WEEKDAYS,
    _YEAR_LINK,
    _YEAR_SPEC,
    _alternation,
    _rx,
    _squash,
)
from .periods import (
    _Context,
    _group,
    _Period,
    _resolve_calendar_name,
    _resolve_century,
    _resolve_decade,
    _resolve_half,
    _resolve_later_this,
    _resolve_month,
    _resolve_month_half,
    _resolve_month_quarter,
    _resolve_next_unit_or_more,
    _resolve_quarter,
    _resolve_relative_period,
    _resolve_school_year,
    _resolve_season,
    _resolve_seasons,
    _resolve_span,
    _resolve_term,
    _resolve_third,
    _resolve_this_or_next,
    _resolve_year,
    _resolve_year_end,
    _resolve_year_from,
    _resolve_year_to,
    _resolve_years_to,
    _Span,
)

# The article an alternative may repeat: "the first or the second quarter", "au premier ou
# au deuxième trimestre", "du premier ou du deuxième".
_ARTICLE = r"(?:(?:the|du|de la|au|le|la) )?"

# ---------------------------------------------------------------------------------------
# The rule table.
# ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Rule:
    """One row of the grammar: a period's pattern and the function that resolves it."""

    name: str
    body: str  # regex, with the `_rx` shorthand
    resolve: Callable[[_Context], _Period | _Span | None]
    # Folded words, or shapes ("#digit", "#year", "#iso"... see parser._tokens): a text
    # without any of them cannot hold the rule, which is then not even tried.
    triggers: frozenset[str]
    qualifiers: str = _PRE
    allow_part: bool = True
    # A stretch without a part: "the first half of the fiscal year ending 31 March 2026".
    allow_stretch: bool = False
    implied_part: str | None = None  # "year-end" carries its own "end of"
    yearly: bool = False  # a period of some year: it may take its year from a neighbour
    # Words one of which the text must also hold ("the year to March 2026" needs a month).
    requires: frozenset[str] = frozenset()

    @functools.cached_property
    def pattern(self) -> re.Pattern[str]:
        """The rule's whole pattern, compiled the first time a text may hold it: compiling
        every rule up front would cost a cold start half a second."""
        return self._compile(stretch=False)

    @functools.cached_property
    def pattern_with_stretch(self) -> re.Pattern[str]:
        """The pattern that also reads a stretch of the period ("the first three months of"),
        tried only on texts that hold a word a stretch starts with (`STRETCH_TRIGGERS`)."""
        return self._compile(stretch=self.allow_part or self.allow_stretch)

    def _compile(self, *, stretch: bool) -> re.Pattern[str]:
        # "end of the first half": a part of a period may take its own article.
        # "the first three months of": a stretch of the period (lexicon._SUB).
        sub = rf"(?:{_SUB}{_DET})?" if stretch else ""
        part = rf"(?:(?:{_PART}){_SEP}{_DET})?{sub}"
        if not self.allow_part:
            # Only a stretch may take a part: "by the end of the first half of the year to".
            part = rf"(?:(?:{_PART}){_SEP}{_DET}(?={_SUB_START}))?{sub}" if sub else ""
        # "by 5 p.m. on Friday", "no later than noon on 30 June": a time of day between a
        # "by" and its day keeps the "by" (the day is still the last one); between "no earlier
        # than" and its day ("no earlier than 8:01 a.m. on Dec. 28") it keeps the start.
        clock = (
            rf"(?(q_by){_BY_CLOCK}|(?:(?(q_before)|(?(q_nb)|(?!))){_BEFORE_CLOCK})?)"
            if self.qualifiers is _PRE
            else ""
        )
        clock_after = _CLOCK_AFTER if self.qualifiers is _PRE else ""
        source = (
            # Not inside a word nor right after an elision ("l'", "d'"), but for the months
            # French elides before ("l'échéance d'octobre 2020"); an opening quote may come
            # right before ("‘by this spring’").
            # ("une sortie d'automne 2025": a season too.)
            r"(?:(?<!\w)(?<!\w')|(?<=qu')|(?<=\bd')(?=(?:avril|aout|octobre|automne|ete|hiver)\b)"
            r"|(?=n't))"
            rf"(?:(?:{self.qualifiers})(?:\s*,\s*|{_SEP}){clock})?"
            rf"{_DET}{part}(?P<body>{_rx(self.body)}){clock_after}"
            # "mi-mars, au plus tot", "mi-mars\u2026 au plus tot": a trailing qualifier.
            rf"(?:\s*[,\u2026]?\s*(?:{_POST}))?"
            r"(?![\w])"
        )
        return re.compile(source, re.ASCII)


# A time of day said between "by" and its day, with its zone: "5 p.m. ET on", "23:59 on", "noon
# on", "close of business", "17h le".
_TIME_OF_DAY = (
    # "à 12 heures", "à 17 heures 30": French hours in words too.
    # "à 22 h 30": French hours spaced out as some papers set them.
    r"(?:\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?\s?m\.?|\d{1,2}\s?heures?(?:\s?\d\d)?|\d{1,2}[:h]\d\d"
    r"|\d{1,2}\s?h(?:\s\d\d(?!\d))?"
    r"|(?:12\s+)?noon|midnight|midi"
    r"|minuit|(?:the\s+)?close of (?:business|play)|cob|eod"
    r"|(?:the\s+)?end of (?:the\s+)?(?:business\s+)?day)"
    # Its zone, by code or in words, bracketed or not: "ET", "Pacific Time", "(UK time)".
    r"(?:\s+\(?(?:et|est|edt|pt|pst|pdt|ct|cst|cdt|gmt|bst|cet|cest|utc|ist|jst|sgt|hkt|aest"
    r"|aedt|wat|cat|eat|gst|msk|local time"
    r"|(?:pacific|eastern|central|mountain|london|uk|paris|brussels|european|new york)"
    r"(?: (?:standard |daylight )?time)?)\)?)?"
)
_BY_CLOCK = (
    rf"(?:{_TIME_OF_DAY}(?:\s*,\s*|\s+)(?:(?:on|le)\s+)?"
    # "until the morning of Sept. 3", "d'ici le soir du 3 juin": a part of the day, then the day.
    r"|(?:the\s+)?(?:morning|afternoon|evening|night)\s+of\s+|(?:le\s+)?(?:matin|soir)\s+du\s+)?"
)
# Before a time of day on a day, the day is still the last one: "avant 17h le 30 juin" and
# "before 30 June at 5 p.m." are "by 30 June".
_BEFORE_CLOCK = rf"(?P<clock>{_TIME_OF_DAY}(?:\s*,\s*|\s+)(?:on|le)\s+)?"
# After the day, before a trailing qualifier: "le 1er mars à minuit au plus tard", "1 March
# 2027, 23:59 CET, at the latest".
_CLOCK_AFTER = rf"(?P<clock2>(?:,?\s+(?:at|a)\s+|,\s*){_TIME_OF_DAY}(?![\w]))?"


# Where a stretch may start, without its groups: "the first half of", "les six derniers mois".
_SUB_START = (
    rf"(?:{_alternation(_SUB_ORDINALS)}|[a-z0-9-]+ (?:premiers|premieres|derniers|dernieres))"
    r"\s"
)
# Words a stretch of a period starts with ("first", "derniers", "2nd" is "2" and "nd"): a text
# without any of them is matched without the stretch prefix, which costs every rule a little.
STRETCH_TRIGGERS = frozenset(
    w for key in (*_SUB_ORDINALS, *_SUB_ENDS) for w in re.findall(r"[a-z]+", key)
)
_MONTH_WORDS = frozenset(w for name in _MONTHS for w in re.findall(r"[a-z]+", name))
# A day with a month name needs both: "#m:" words are month words in a text with a digit.
_MONTH_WORDS_WITH_DIGIT = frozenset(f"#m:{w}" for w in _MONTH_WORDS)
_YEAR_TRIGGERS = frozenset({"#year", "fy", "cy", "year", "annee", "an", "exercice", "fiscal",
                            "financial", "#apostrophe", "thousand", "mille", "twenty"})  # fmt: skip
# "1er", and "1 er" where a line broke inside it ("Au 1\ner janvier 2024").
_DAY_SUFFIX = r"(?:st|nd|rd|th|er|e|eme| er)?"
# "between the 24th and the 28th of July", "du 3 au 5 juin": a first day before the day;
# "les 16, 17 et 18 decembre": a list of days, from the first to the last.
# "du vendredi 2 au lundi 26 aout": each day may have its weekday. A number after "article"
# or "section" is no day ("l'article 2 au 1er janvier").
_DAY_RANGE = (
    rf"(?:(?:(?:between|entre|from|du) (?:the |le )?)?"
    rf"(?<!article\x20)(?<!alinea\x20)(?<!section\x20)(?<![\d:.])(?<!\dh)(?<!\dh\x20)(?<!\d\x20h\x20)"
    rf"(?P<d0>\d{{1,2}}){_DAY_SUFFIX}"
    # "on 3rd or 6th/7th April": the listed days may be joined by "or" and "and" too.
    rf"(?:(?:,\s*|\s(?:or|ou|and|et)\s)\d{{1,2}}{_DAY_SUFFIX}(?=\s*[,/&-]|\s(?:or|ou|and|et)\s))*"
    rf"(?: (?:-|to|and|et|au|a|or|ou|through) (?:the |le )?(?:{_WEEKDAY},? )?|\s*[-/&]\s*))?"
)
# A day's year: written, or named ("on March 11 this year", "le 3 mai de l'annee prochaine").
_DAY_RELATIVE_YEAR = _alternation(
    k for k in _RELATIVE_YEARS if _squash(k) not in _GENERIC_YEAR_NOUNS and not k.startswith("l'")
)
_DAY_YEAR = (
    # "le 30 juin de l'annee 2027", "31 March of the year 2027": the year named as a year.
    # "Jan 1st, '27": a year of two digits after an apostrophe.
    # "August 15,2018": a comma may run into the year, a slip of the keyboard.
    r"(?:(?:,? |,(?=(?:19|20|21)\d\d\b)|-|,? (?:de l'annee|of the year|de l'exercice) )"
    r"(?P<y>\d{4})"
    # "30-Jun-26": two digits after a month joined to it by a dash.
    r"|(?:,? ?'|(?<=[a-z])-)(?P<ay>\d{2})(?!\d)"
    rf"|,? (?:(?:of|de|d') ?)?(?:l')?(?P<rely>{_DAY_RELATIVE_YEAR})"
    r"|(?P<dnext> prochain| next)|(?P<dlast> dernier| last))?(?:" + _EVERY_YEAR + r")?"
)
# A year written before the quarter or half it holds: "fiscal 2010 third quarter", "its 2025
# second half" (the order of financial reports), "next year's second quarter".
_YEAR_FIRST = (
    # "2027's second quarter", "fiscal 2027's first quarter": a year's with its 's too.
    r"(?:(?:(?:fiscal(?: year)?|financial year|fy|calendar)\s*)?(?P<y_pre>(?:19|20|21)\d\d)"
    r"(?:'s)?[ -]+(?:fiscal )?"
    r"|(?P<rely_pre>(?:next|this|last) (?:fiscal |financial )?year)'s (?:fiscal )?)"
)
# A year written before a quarter's or a half's code, as roadmaps and results tables write
# them: "2026 Q3", "2026-Q3", "FY26 Q2", "FY2026-H1" (the fiscal year read as the calendar's).
_YEAR_CODE = (
    r"(?:(?:fy|cy|fiscal(?: year)?)\s*'?(?P<fy_code>\d{4}|\d{2})|(?P<y_code>(?:19|20|21)\d\d))"
    r"[ -]?"
)

# "the week of June 9", "la semaine du 9 juin": the week, Monday to Sunday, that holds the day.
# "the weekend of June 13", "le week-end du 1er novembre": the Saturday and Sunday that hold it.
_WEEK_OF = (
    r"(?:(?P<weekof>(?:the )?(?:week|wk) (?:of|commencing|beginning|starting) (?:the )?|w/c "
    r"|(?:la )?semaine du )"
    r"|(?P<weekendof>(?:the )?week~?end (?:of (?:the )?)?|(?:le )?week~?end du ))?"
)


# Followed by a launch, a month or a season dates it ("a February launch", "a fall release").
# So does a target of production or of completion: "the June production target".
_DATES_A_LAUNCH = (
    r"(?=(?P<launch> (?:release|launch|debut|rollout|roll-out|opening|reopening|delivery"
    r"|(?:production|completion|delivery|launch) target)\b))"
)

# The words that may set off the named-times rule: a name's first word, or for a feast the
# word that is rarest in other text ("fourth" and "lundi" would try the rule on "fourth
# quarter" and every Monday).
_FEAST_TRIGGERS = frozenset({
    "easter", "paques", "good", "pentecost", "whitsun", "pentecote", "saint", "thanksgiving",
    "black", "cyber", "labor", "labour", "memorial", "christmas", "noel", "boxing", "eve",
    "sylvestre", "halloween", "toussaint", "valentine", "valentin", "independence", "bastille",
    "canada", "australia", "fawkes", "bonfire", "suisse", "patrick", "juneteenth", "veterans",
    "remembrance", "musique", "gras", "shrove", "fat", "pancake", "ash", "cendres", "palm",
    "rameaux", "maundy", "ascension", "whit",
})  # fmt: skip
_NAMED_TIMES = [*_CALENDAR_NAMES, *_FIXED_FEASTS, *_EASTER_FEASTS, *_WEEKDAY_FEASTS]
_CALENDAR_TRIGGERS = _FEAST_TRIGGERS | frozenset(
    name.split()[0].split("'")[0] for name in _CALENDAR_NAMES
)

# "l'exercice 2024-2025 clos le 31 mars 2025", "fiscal year 2025 ended June 30, 2025": the
# fiscal years named before the day it closes on, which alone says which months they are.
_FISCAL_YEARS = r"(?:19|20|21)\d\d(?:\s*[-/]\s*(?:19|20|21)?\d\d)?"

# Weekdays shortened before a date ("Wed., March 18", "Tues. Mar. 17"), only there: "sat" and
# "sun" are words too.
_WEEKDAY_SHORT = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)"

# Ordinals of a quarter or half, before one told by the day it closes on.
_STRETCH_ORDINAL = r"(?:first|second|third|fourth|1st|2nd|3rd|4th)"
_STRETCH_ORDINAL_FR = r"(?:premier|1er|deuxieme|2e|second|troisieme|3e|quatrieme|4e|dernier)"

_SPAN_ANCHORS_START_AFTER_COMMA = tuple(a for a in _SPAN_ANCHORS_START if a != "from")

# A quarter's number written after its noun, in figures or in words ("quarter one").
_QUARTER_NUMBERS = {
    **{str(n): str(n) for n in range(1, 5)},
    **dict.fromkeys(("one", "un"), "1"),
    **dict.fromkeys(("two", "deux"), "2"),
    **dict.fromkeys(("three", "trois"), "3"),
    **dict.fromkeys(("four", "quatre"), "4"),
}
_RULES: tuple[_Rule, ...] = (
    # Concrete days, read by hand (days.py): ISO, numeric, day-month and month-day.
    _Rule(
        "day_iso",
        rf"{_WEEK_OF}(?P<iy>\d{{4}})[-/.](?P<im>\d{{1,2}})[-/.](?P<id>\d{{1,2}})(?![-/.]?\d)",
        _resolve_day,
        frozenset({"#iso"}),
        allow_part=False,
    ),
    _Rule(
        "day_numeric",
        # "31/12/2025", "31.12.2025", "31-12-2025"; "31/12/25" with a two-digit year (slashes
        # only: "12-15-20" is more often a range, "1.2.25" a version).
        # "le 1er/01/2028": the French ordinal of the first may keep its letters.
        # "the week of 7/20/2020": the week that holds the day, as with a month's name.
        rf"{_WEEK_OF}(?:"
        r"(?P<num_a>\d{1,2})(?:er)?(?P<nsep>[/.-])(?P<num_b>\d{1,2})(?P=nsep)(?P<ny>\d{4})(?![-/.]?\d)"
        r"|(?P<num_a2>\d{1,2})/(?P<num_b2>\d{1,2})/(?P<nyy>\d{2})(?![-/.]?\d)"
        # "le 31/12", "avant le 30/06" (French, day first): a day with no year; not a fraction
        # of something ("le 1/3 des sites").
        r"|(?<=\b(?:le|au|du)\x20)(?P<num_a3>\d{1,2})/(?P<num_b3>\d{1,2})(?![-/.]?\d)"
        r"(?! (?:de|des|du|d')\b))",
        _resolve_day,
        frozenset({"#numeric"}),
        allow_part=False,
    ),
    _Rule(
        "day_month_name",
        # "ce dimanche12 decembre": a weekday may run into its day, a slip of the keyboard.
        rf"(?:(?:the )?date (?:of|du) )?{_WEEK_OF}"
        # "du vendredi 2 au lundi 26 aout": the range's first day with its weekday.
        # "ce vendredi, 9 decembre", "this Friday, Dec. 9": the day named twice, one day.
        rf"(?:(?:du|from) (?={_WEEKDAY}))?"
        rf"(?:(?:ce |this )?(?P<dwd>{_WEEKDAY})(?:,? |(?=\d))(?:the )?)?"
        rf"{_DAY_RANGE}"
        # "the 30th day of June, 2026": the legal form of a day.
        rf"(?P<dd>\d{{1,2}}){_DAY_SUFFIX}(?: (?:day )?of)?"
        # "le 1erjuillet", "le 11juillet": the day, or an ordinal's letters, may run into the
        # month, a slip of the keyboard. A hyphen joins them before a year ("14-Jul-2027"), or
        # before a French month ("le 14-Juillet", a holiday's name).
        rf"(?: |-(?={_MONTH}-\d|(?:{_FRENCH_MONTH})\b)|(?<=\d)|(?<=\d(?:er|re|st|nd|rd|th)))"
        rf"(?P<mon>{_MONTH})"
        rf"{_DAY_YEAR}",
        _resolve_day,
        _MONTH_WORDS_WITH_DIGIT,
        allow_part=False,
        yearly=True,
    ),
    # A day written in words: "the fifteenth of June 2027", "June fifteenth, 2027", "by
    # September first" (not "March first deliveries": a word follows), "le quinze juin".
    _Rule(
        "day_words",
        rf"(?:(?:the )?(?P<dw>{_alternation(_DAY_WORDS)}) (?:of |day of )?(?P<mon>{_MONTH})"
        rf"|(?P<mon2>{_MONTH}) (?:the )?(?P<dw2>{_alternation(_DAY_WORDS)})"
        r"(?=\s*(?:[,.;:)]|$|(?:19|20|21)\d\d\b))"
        rf"|(?<=\ble\x20)(?P<dw3>{_alternation(_DAY_WORDS_FR)}) (?P<mon3>{_MONTH}))"
        r"(?:,? (?P<y>(?:19|20|21)\d\d)\b)?",
        lambda c: _resolve_day(
            _with(
                c,
                dd=str(
                    _DAY_WORD_VALUES[
                        _squash(c.groups["dw"] or c.groups["dw2"] or _group(c.groups, "dw3"))
                    ]
                ),
                mon=c.groups["mon"] or c.groups["mon2"] or c.groups["mon3"],
            )
        ),
        frozenset(w for k in (*_DAY_WORDS, *_DAY_WORDS_FR) for w in k.replace("~", " ").split()),
        allow_part=False,
        yearly=True,
        requires=_MONTH_WORDS,
    ),
    _Rule(
        "month_name_day",
        rf"(?:(?:between|from) (?={_MONTH} (?:the )?\d{{1,2}}{_DAY_SUFFIX}\s*(?:-|to|and|through"
        r"|or|&)))?"
        # "by Wed., March 18": the weekday may be shortened, as newsrooms write it.
        # "this November 30": the day of the stated year, as "this November" is that month.
        rf"{_WEEK_OF}(?:(?:this |ce )?(?:(?P<dwd>{_WEEKDAY})|{_WEEKDAY_SHORT}\.?),? "
        rf"|(?P<this_d>this) "
        # "next March 10", "the coming September 5th": the day to come, as "March 10 next".
        rf"|(?P<next_d>next|the coming|this coming) )?"
        rf"(?P<mon>{_MONTH}) (?:the )?"
        rf"(?:(?P<d0>\d{{1,2}}){_DAY_SUFFIX}\s*(?:-|to|and|through|or|&)\s*)?"
        rf"(?P<dd>\d{{1,2}}){_DAY_SUFFIX}(?!\d){_DAY_YEAR}",
        lambda c: _resolve_day(
            _with(c, rely=c.groups["rely"] or (c.groups["this_d"] and "this year"))
        ),
        _MONTH_WORDS_WITH_DIGIT,
        allow_part=False,
        yearly=True,
    ),
    # Months: "June 2025", "fin mars 2026", "06/2025", "2025-06", "in June", "mars dernier".
    _Rule(
        "month",
        # "this past January": the one gone by, as "last January".
        rf"(?:(?P<last>last|previous|the previous|this past) "
        # ("the upcoming June": "upcoming" is "coming".)
        rf"|(?P<next>next|the coming|this coming|the upcoming|upcoming) "
        # "this June": the June of the stated year, as "June this year" is.
        rf"|(?P<this_m>this) )?"
        # "ce mois de mai": the May of the stated year, as "this May" is.
        rf"(?P<month_of>(?:the )?month of |(?:le |(?P<this_m2>ce) )?mois (?:de |d')?)?"
        rf"(?P<mon>{_MONTH})"
        # "the previous July 1, 2025", "next March 3, 2027": a day written with its year is
        # read whole (month_name_day), whatever word goes before its month.
        r"(?(last)(?! \d{1,2}(?:st|nd|rd|th)?,? (?:19|20|21)\d\d\b))"
        # After "next", a day without its year is still the day ("next March 10", "next
        # September 5th": the coming one), not the month with a number left over.
        r"(?(next)(?! \d{1,2}(?:st|nd|rd|th)?\b(?![.,:]?\d)))"
        # "et sept en 2025", "pour sept semaines": seven, not September (written "sept." in
        # French), before "en" or a counted noun.
        r"(?!(?<=\bsept) (?:en|semaines?|jours|mois|ans|annees|heures|minutes|fois|millions?"
        r"|milliards?|mille|cents?|autres|des|sur)\b)"
        # "en août et octobre prochains", "mai et juin derniers": the plural after two months.
        rf"(?: (?P<last2>derniers?|dernieres?|passee?s?)| (?P<next2>prochains?|qui vient))?"
        rf"{_OPT_YEAR}"
        # "a February launch", "its June release": a month that dates a launch is a date, as a
        # season is ("may launch" and "march opening" are more often a verb), unless an
        # article or a possessive goes before ("preparing for a March reopening").
        # (The shorthand's space is any run of whitespace: a look-behind spells one as \x20.)
        rf"(?:(?:(?<!\bmay)(?<!\bmarch)|(?<=\ba\x20may)|(?<=\ba\x20march)|(?<=\bits\x20may)"
        rf"|(?<=\bits\x20march)|(?<=\btheir\x20may)|(?<=\btheir\x20march)){_DATES_A_LAUNCH})?",
        lambda c: _resolve_month(
            _with(
                c,
                last=c.groups["last"] or c.groups["last2"],
                next=c.groups["next"] or c.groups["next2"],
                rely=c.groups["rely"]
                or ((c.groups["this_m"] or c.groups["this_m2"]) and "this year"),
            )
        ),  # fmt: skip
        _MONTH_WORDS,
        yearly=True,
    ),
    # Halves of a month: "la premiere quinzaine de juillet", "the second half of June 2025".
    _Rule(
        "month_half",
        rf"(?P<mhw>{_ORDINAL}) (?:half|moitie|quinzaine|fortnight) (?:of |de |du mois de |d')"
        rf"(?:the month of )?(?P<mon>{_MONTH}){_OPT_YEAR}",
        _resolve_month_half,
        frozenset({"half", "moitie", "quinzaine", "fortnight"}),
        yearly=True,
    ),
    # "the 13th month of 2025": a month by its number (refused beyond twelve).
    _Rule(
        "month_number",
        rf"(?P<mn>\d{{1,2}}){_DAY_SUFFIX} (?:month|mois)(?:,? (?:of|de|du) |,? ){_YEAR_SPEC}",
        _resolve_month,
        frozenset({"month", "mois"}),
    ),
    _Rule(
        "month_numeric",
        r"(?:(?P<mn>\d{1,2})/(?P<y>\d{4})|(?P<y_iso>\d{4})-(?P<mn_iso>0[1-9]|1[0-2])"
        # Not before "season": "the 2010-11 season" runs across two years (rule 16), as "the
        # 2024-25 season" does, and no month is named by a season.
        r"(?![-/.]?\d)(?!\s+(?:(?!(?:the|la|le|les|de|du|des|a|an)\b)[a-z]+\s+)?(?:season|saison)s?\b)"
        # "06.2027", "06-2027", as tables write a month: two digits for the month, and a year.
        r"|(?<![\d.,/-])(?P<mn_dot>0[1-9]|1[0-2])[.-](?P<y_dot>(?:19|20|21)\d\d)(?![-/.,]?\d))",
        lambda c: _resolve_month(
            _with(
                c,
                mn=c.groups["mn"] or c.groups["mn_iso"] or c.groups["mn_dot"],
                y=c.groups["y"] or c.groups["y_iso"] or c.groups["y_dot"],
            )
        ),
        frozenset({"#month_numeric"}),
    ),
    # Quarters: "Q3 2025", "T3 2025", "3Q25", "the third quarter of next year" ("Q5 2025":
    # refused).
    _Rule(
        "quarter",
        rf"(?:(?P<ql>q|t)(?P<qn>\d)(?!\d)"
        r"(?:(?:\s*[-/]\s*| (?:or|to|and|ou|et|a) )(?:q|t)(?P<qn2>\d)(?!\d))?"
        rf"|(?P<qn_pre>[1-4])(?:q|t)"
        rf"|{_YEAR_CODE}(?:q|t)(?P<qn_code>\d)(?!\d)"
        # "the third or fourth quarter": both, from the first to the last (rule 9).
        rf"|(?P<qw>{_ORDINAL})(?: (?:or|to|and|ou|et|a|through) {_ARTICLE}(?P<qw2>{_ORDINAL}))?"
        # "the third and fourth quarters", "les troisieme et quatrieme trimestres"; "1er trim.
        # 2027", as tables shorten it.
        r"[ -]+(?:calendar |fiscal |financial )?(?:quarter|trimestre|trim\b\.?)(?(qw2)s?)"
        rf"|{_YEAR_FIRST}(?P<qw_pre>{_ORDINAL})[ -]+(?:calendar |fiscal |financial )?"
        r"(?:quarter|trimestre)"
        # "by quarter one 2023", "in quarter 3 of 2026": the quarter's number after its noun,
        # as "Q1" writes it before (with a year only: "quarter 1 results" is a heading).
        r"|(?:quarter|trimestre) (?P<qn_after>[1-4]|one|two|three|four|un|deux|trois|quatre)"
        r"(?![\w-]))"
        rf"{_OPT_CODE_YEAR}",
        lambda c: _resolve_quarter(
            _with(
                c,
                qn=c.groups["qn"]
                or c.groups["qn_pre"]
                or c.groups["qn_code"]
                or _QUARTER_NUMBERS.get(c.groups["qn_after"] or ""),
                fy=c.groups["fy"] or c.groups["fy_code"],
                qw=c.groups["qw"] or c.groups["qw_pre"],
                y=c.groups["y_pre"] or c.groups["y_code"] or c.groups["y"],
                rely=c.groups["rely_pre"] or c.groups["rely"],
            )
        ),
        frozenset({"q", "t", "quarter", "trimestre", "quarters", "trimestres", "trim"}),
        yearly=True,
    ),
    # Halves: "H1 2026", "1H 2026", "S1 2026", "premier semestre 2026", "second half", and
    # "the second semester of 2023" (English as written in Asia and Latin America: a half).
    _Rule(
        "half",
        # "à 2H30 du matin" tells the time of day, not a half ("2H25" is one).
        rf"(?:(?P<hl>h|s)(?P<hn>\d)(?!\d)|(?P<hn_pre>[12])(?:h|s)"
        r"(?!\d\d (?:du matin|du soir|de l'apres-midi|heures?)\b)"
        rf"|{_YEAR_CODE}(?:h|s)(?P<hn_code>\d)(?!\d)"
        rf"|(?P<hw>{_ORDINAL})(?: (?:or|to|and|ou|et|a|through) {_ARTICLE}(?P<hw2>{_ORDINAL}))?"
        r"[ -]+(?:half|semestre|semester|moitie|sem\b\.?)"
        rf"|{_YEAR_FIRST}(?P<hw_pre>{_ORDINAL})[ -]+(?:half|semestre|semester)){_OPT_CODE_YEAR}",
        lambda c: _resolve_half(
            _with(
                c,
                hn=c.groups["hn"] or c.groups["hn_pre"] or c.groups["hn_code"],
                fy=c.groups["fy"] or c.groups["fy_code"],
                hw=c.groups["hw"] or c.groups["hw_pre"],
                y=c.groups["y_pre"] or c.groups["y_code"] or c.groups["y"],
                rely=c.groups["rely_pre"] or c.groups["rely"],
            )
        ),
        frozenset({"h", "s", "half", "semestre", "semester", "moitie", "sem"}),
        yearly=True,
    ),
    # Thirds of a year: "le dernier quadrimestre de 2023".
    _Rule(
        "third",
        rf"(?P<tw>{_ORDINAL}) (?:quadrimestre|four~month period){_OPT_YEAR}",
        _resolve_third,
        frozenset({"quadrimestre", "four"}),
        yearly=True,
    ),
    # Seasons: "summer 2025", "l'ete 2025", "winter 2025/26", "this summer", "next spring".
    # "pendant les étés 2017 et 2018", "the winters of 2025-26 and 2026-27": a season in the
    # plural, of two years, is from the first one to the last (rule 9).
    _Rule(
        "seasons",
        r"(?:(?:(?:les|des|ces|aux|the|these) (?P<seasons>etes|hivers|automnes|printemps|summers"
        r"|winters|autumns|falls|springs))|(?P<seasons_bare>etes|hivers|automnes|summers|winters"
        r"|autumns|springs))"
        r"(?: of| de)? (?P<sa>(?:19|20|21)\d\d)(?:[-/](?P<sa2>(?:19|20|21)\d\d|\d\d))?"
        # (more years may stand between, in a list: "les étés 2026, 2027 et 2028")
        r"(?:, (?:(?:of|de) )?(?:19|20|21)\d\d(?:[-/](?:(?:19|20|21)\d\d|\d\d))?)*"
        r",? (?:et|and|&) (?:(?:of|de) )?(?P<sb>(?:19|20|21)\d\d)"
        r"(?:[-/](?P<sb2>(?:19|20|21)\d\d|\d\d))?(?![\d/-])",
        lambda c: _resolve_seasons(
            _with(c, seasons=c.groups["seasons"] or c.groups["seasons_bare"])
        ),
        frozenset(
            {
                "etes",
                "hivers",
                "automnes",
                "printemps",
                "summers",
                "winters",
                "autumns",
                "falls",
                "springs",
            }
        ),  # fmt: skip
        allow_part=False,
        requires=frozenset({"#year"}),
    ),
    _Rule(
        "season",
        rf"(?:(?P<this>this|cet|ce|cette) |(?P<next>next|the coming|the next|coming|the upcoming"
        rf"|upcoming) "
        rf"|(?P<last>last|past) )?"
        # "ahead of the 2026 winter": a year written before its season, after "the".
        # "the 2025-2026 winter": a season's pair of years before it, as after it.
        # "in 2026 spring" (as written in Japan and Korea): the year alone before its season,
        # but not before "fall", a verb there ("sales in 2026 fall").
        r"(?:(?:the |(?=(?:19|20|21)\d\d[ -](?!fall\b)))(?P<y_first>(?:19|20|21)\d\d)"
        r"(?:[-/](?P<y2_first>(?:19|20|21)\d\d|\d\d))?[ -])?"
        # "last northern spring", "the austral winter", "l'été austral": a hemisphere named,
        # with its noun and in brackets too: "by the (Southern Hemisphere) winter of 2021",
        # or its possessive: "the southern hemisphere's winter".
        r"(?:(?P<hemi_open>\()?(?P<hemi>northern|boreal|southern|austral)(?: hemisphere(?:'s)?)?"
        r"(?(hemi_open)\)) )?"
        # "before the busy winter period next year", "the peak summer season": an adjective
        # of how busy or harsh the season is leaves it the season (not before "fall", which
        # after "the slow" is a drop: "the slow fall in 2025").
        r"(?:(?<=\bthe\x20)(?:busy|busiest|peak|quiet|slow|cold|harsh|hot|wet|dry|rainy"
        r"|holiday|festive|tourist) (?=(?:winter|summer|spring|autumn)\b))?"
        # "expected to fall in 2027", "prices will fall": after "to" or a modal, "fall" is the
        # verb, not the autumn.
        r"(?:(?<!\bto\x20)(?<!\bwill\x20)(?<!\bwould\x20)(?<!\bcould\x20)(?<!\bmay\x20)"
        r"(?<!\bmight\x20)(?<!\bshould\x20)(?<!\bcan\x20)(?<!'ll\x20)(?<!\bnot\x20)|(?!fall\b)"
        # ...unless a year follows it: "pushed to fall 2018" is the autumn.
        r"|(?=fall\s+(?:of\s+)?(?:19|20|21)\d\d\b))"
        rf"(?P<season>{_alternation(_SEASONS)})"
        # "before the winter period next year", "the summer months": the season itself.
        r"(?: (?:period|months)(?= (?:next|this|of|in) ))?"
        # "in Autumn statement 2011", "the Winter Olympics 2026": a season before a noun and a
        # year is that noun's kind, and the year names it (rule 16).
        # (A hedge is no noun: "by summer possibly 2027", "au printemps sinon 2027".)
        r"(?! (?!(?:of|de|du|des|and|et|or|ou|to|a|au|aux|through|thru|until|till|into|in|en"
        r"|this|next|last|austral|boreal|prochain|prochaine|dernier|derniere|passe|nor|then"
        r"|puis|vers|end|fin|starting|from|season|saison|possibly|perhaps|maybe|probably"
        r"|likely|hopefully|ideally|even|sinon|voire|probablement|eventuellement|idealement"
        r"|meme)\b)[a-z]+ (?:19|20|21)\d\d\b)"
        r"(?: (?P<hemi2>austral|boreal))?"
        r"(?: (?P<next2>prochain|prochaine|qui vient)| (?P<last2>dernier|derniere|passe))?"
        rf"(?:{_YEAR_LINK}(?:(?P<y_pair>\d{{4}})(?:\s*[-/]\s*(?P<y2>\d{{4}})|[-/](?P<y2s>\d{{2}}))"
        r"(?!\d|[-/.]\d)"
        rf"|{_YEAR_SPEC}))?"
        # "a fall release", "its spring launch": a season that dates a launch is a date.
        rf"(?:{_DATES_A_LAUNCH})?"
        # Nothing after it: the season is all the phrase says ("the summer", "l'été").
        # Not French "été" as a participle ("a été défini en 2015"): "l'été" only.
        r"(?P<ends>(?:(?<=l'ete)|(?<!ete))(?=\W*$))?",
        lambda c: _resolve_season(
            _with(
                c,
                y=c.groups["y_pair"] or c.groups["y"] or c.groups["y_first"],
                y2=c.groups["y2"] or c.groups["y2s"] or c.groups["y2_first"],
                next=c.groups["next"] or c.groups["next2"],
                last=c.groups["last"] or c.groups["last2"],
                hemi=c.groups["hemi"] or c.groups["hemi2"],
            )
        ),
        frozenset(_SEASONS) | {"estivale", "estivales"},
        yearly=True,
    ),
    # Named times of the calendar: "la rentree 2026" (September), "les fetes" (December).
    _Rule(
        "calendar_name",
        # "cette rentree": the coming one, as "la rentree" is. "les vacances de la Toussaint",
        # "de Noel": the school holidays named by their feast are read as the feast's day.
        # "la prochaine rentree": the coming one too.
        # "les prochaines vacances de la Toussaint": the coming ones.
        rf"(?:cette\s+|prochaine\s+|(?:prochaines\s+)?vacances\s+d(?:e\s+(?:la\s+)?|'))?"
        # "by the coming Christmas", "after the upcoming holiday season": the coming one, as
        # the name alone is.
        r"(?:(?<=\bthe\x20)(?:next|coming|upcoming)\s+|(?:next|this coming|upcoming)\s+)?"
        # A lunar or another calendar's new year is not 1 January ("Chinese New Year").
        r"(?<!chinese\x20)(?<!lunar\x20)(?<!jewish\x20)(?<!persian\x20)(?<!islamic\x20)"
        # A hall or a committee named for the feasts is no time: "la salle des fetes de
        # l'hotel de ville", "le comite des fetes".
        r"(?<!salle\x20des\x20)(?<!salles\x20des\x20)(?<!comite\x20des\x20)"
        # "the 2022 holiday season": its year written before it.
        r"(?:(?P<y_cal>(?:19|20|21)\d\d)\s+)?"
        rf"(?P<cal>{_alternation(_NAMED_TIMES)})"
        # "la rentree prochaine", "Noel prochain": the coming one, as "septembre prochain" is.
        r"(?:\s+(?P<next2>prochaine?)\b)?"
        # "le Nouvel An chinois": another calendar's new year is not 1 January.
        r"(?!\s+(?:chinois|lunaire|juif|persan|iranien|vietnamien|tamoul|tibetain)\b)"
        # "la rentree 2024-2025", "New Year 2017/18": a school or season year of two.
        rf"(?:{_YEAR_LINK}(?P<y_pair>\d{{4}})\s*[-/]\s*(?:(?P<y2>\d{{4}})|(?P<y2s>\d{{2}}))"
        r"(?!\d|[-/.]\d))?"
        rf"{_OPT_YEAR}",
        _resolve_calendar_name,
        _CALENDAR_TRIGGERS,
        yearly=True,
    ),
    # School and academic years: "the 2025-26 school year", "l'annee scolaire 2025-2026",
    # "this school year", "l'annee universitaire prochaine": September to August.
    _Rule(
        "school_year",
        r"(?:(?P<sy_this>this|next|cette|la prochaine)\s+)?"
        # (One year alone names no school year we can date: a calendar year in the southern
        # hemisphere, 2026-27 or 2027-28 in the northern one; "the 2027 school year" is left
        # to the year rule, read as the year it names.)
        r"(?:(?P<sy_a>(?:19|20)\d\d)\s*[-/]\s*(?P<sy_b>(?:19|20)\d\d|\d\d)\s+)?"
        # ("l'annee academique", as Belgium, Switzerland and Africa say; "academic session", as
        # India does.)
        r"(?P<sy>school year|academic year|academic session|annee scolaire|annee universitaire"
        r"|annee academique)"
        r"(?:\s+(?P<sy_next>prochaine))?"
        r"(?:\s+(?P<sy_c>(?:19|20)\d\d)\s*[-/]\s*(?P<sy_d>(?:19|20)\d\d|\d\d)(?![\d/]))?",
        _resolve_school_year,
        frozenset({"school", "academic", "scolaire", "universitaire", "academique"}),
    ),
    # "in the next year or two", "over the coming month or two": the unit counted twice.
    _Rule(
        "next_unit_or_more",
        r"(?:the )?(?:next|coming) (?P<nunit>year|quarter|month|week) (?:or|to) "
        r"(?P<nmore>two|three|2|3)"
        r"(?! (?:years|months|weeks|[a-z]+s)\b)(?![\w-])",
        _resolve_next_unit_or_more,
        frozenset({"next", "coming"}),
        allow_part=False,
    ),
    # "late this year or early next", "this quarter or next": the noun left out after "next".
    _Rule(
        "this_or_next",
        r"(?:(?P<ep1>early|mid|late|later) (?:in )?|(?P<ep1_end>(?:the )?end of) )?"
        r"this (?P<eu>year|quarter|month|decade) or "
        r"(?:(?P<ep2>early|mid|late) (?:in )?)?(?:the )?next"
        r"(?! (?:year|quarter|month|decade|week)\b)(?![\w-])",
        _resolve_this_or_next,
        frozenset({"next"}),
        allow_part=False,
    ),
    # Years: "2025", "in 2025", "FY2025", "next year", "mid-2025", "in '17".
    _Rule(
        "year",
        rf"{_YEAR_SPEC}(?:[-/](?P<y_to>\d{{2}})(?!\d))?",
        _resolve_year,
        _YEAR_TRIGGERS,
    ),
    _Rule(
        "mid_year",
        r"mid~year|mi~annee",
        _resolve_year_end,
        frozenset({"year", "annee"}),
        allow_part=False,
        implied_part="p_mid",
    ),
    _Rule(
        "year_end",
        # "by fiscal year-end 2027", "calendar year-end": the fiscal year read as the calendar.
        r"(?:(?:fiscal|financial|calendar) )?(?:year~end|yr~end|year's end|end~of~year)"
        r"|fin~d'annee"
        # "by YE2026", "YE25", "EOY 2026": the year-end of a year, as analysts abbreviate it.
        r"|(?:ye|eoy|eofy)\s*'?(?P<ye>\d{4}|\d{2})(?!\d)|eoy|eofy"
        # "from 2026 end", "by 2026-end": the year's end written after it, as Indian English
        # writes it, where nothing follows that "end" could open ("in 2026 end users").
        r"|(?P<ye_after>(?:19|20|21)\d\d)(?:\s*-\s*|\s+)end"
        r"(?=\s*(?:$|[,.;:!?)]|(?:or|and|at|ou|et|au)\b))",
        lambda c: _resolve_year_end(_with(c, ye=c.groups["ye"] or c.groups["ye_after"])),
        frozenset({"year", "yr", "eoy", "eofy", "annee", "ye", "end"}),
        allow_part=False,
        implied_part="p_end",
    ),
    _Rule(
        "later_this",
        # "later in the month", "earlier in the week", "plus tot dans la semaine": the same
        # stretches as "later this month", "earlier this week".
        # A fiscal year read as the year, as everywhere else: "later this fiscal year".
        r"(?:later|(?P<earlier>earlier)) (?:(?:this|in the) (?:(?:fiscal |financial )?"
        r"(?P<lunit>year|quarter|month|week|decade)|(?P<lseason>summer|spring|autumn|fall|winter))"
        r"|this calendar year|in (?:calendar (?:year )?|fiscal (?:year )?|financial year )?"
        r"(?P<ly>\d{4}))"
        # "later in June 2021", said in June: from the day said to the month's end.
        rf"|later in (?P<lmon>{_MONTH})(?: (?P<lmy>\d{{4}}))?"
        # "later in Q1", "later in 1Q23", "later in the first quarter": the same, a quarter.
        r"|later in (?:the )?(?:q(?P<lq>[1-4])|(?P<lq2>[1-4])q(?=\d\d)"
        r"|(?P<lqo>first|second|third|fourth) quarter)(?: (?:of )?)?(?P<lqy>\d{4}|(?<=q)\d\d)?"
        # "for the rest of the year", "over the remainder of 2025", "the balance of the year":
        # what is left of it, from the stated day, as "later this year".
        # "the remainder of fiscal 2025", "le reste de l'exercice 2025": a fiscal year read as
        # the year, as everywhere else.
        r"|(?:the )?(?:rest|remainder|balance) of (?:the |this )?(?:(?P<lunit_r>year|month|week"
        r"|decade|quarter)"
        r"|(?:calendar |fiscal (?:year )?|financial year )?(?P<ly_r>\d{4}))"
        r"|(?:le )?reste (?:de l'annee|de (?:cette|la) (?P<lunit_fr_r>semaine)"
        r"|du (?P<lunit_fr_r2>mois)|de (?:l'exercice )?(?P<ly_fr_r>\d{4}))"
        r"|plus (?:tard|(?P<earlier_fr>tot)) (?:cette (?P<lunit_fr>annee|semaine|decennie)"
        r"|cet (?P<lseason_fr>ete|automne|hiver)|ce (?P<lseason_fr2>printemps)"
        r"|ce (?P<lunit_fr2>mois|trimestre)(?:~ci)?|dans l'(?:annee|exercice)"
        r"|(?:dans|au cours de) (?:le|la) (?P<lunit_fr3>mois|semaine|trimestre|decennie)"
        r"|en (?P<ly_fr>\d{4}))",
        lambda c: _resolve_later_this(
            _with(
                c,
                ly=c.groups["ly"] or c.groups["ly_fr"] or c.groups["ly_r"] or c.groups["ly_fr_r"],
                lunit=c.groups["lunit"]
                or c.groups["lunit_fr"]
                or c.groups["lunit_fr2"]
                or c.groups["lunit_fr3"]
                or c.groups["lunit_r"]
                or c.groups["lunit_fr_r"]
                or c.groups["lunit_fr_r2"],
                earlier=c.groups["earlier"] or c.groups["earlier_fr"],
                lseason=c.groups["lseason"] or c.groups["lseason_fr"] or c.groups["lseason_fr2"],
            )
        ),
        frozenset({"later", "tard", "earlier", "tot", "rest", "remainder", "balance", "reste"}),
        allow_part=False,
    ),
    # Decades: "the 2030s", "les annees 2030", "the mid-2030s", "by the end of the decade".
    _Rule(
        "decade",
        rf"(?:(?P<dh>{_ORDINAL}) (?:half|moitie) (?:of |de )(?:the |this |la |cette )?)?"
        # "over the next half-decade": five years.
        r"(?:(?P<dnext>(?:the )?(?:next|coming) (?P<dnh>half~)?decade|(?:la )?(?:prochaine decennie"
        r"|decennie (?:a venir|prochaine|qui vient)))|(?:(?:the|this|the current) )?decade"
        r"|(?:la |cette )?decennie(?: (?:de |des )?(?:annees )?(?P<dec_fr2>(?:19|20|21)\d0)s?)?"
        r"|(?P<dec>(?:19|20|21)\d0)'?s|'(?P<dec2>\d0)s|annees (?P<dec_fr>(?:19|20|21)\d0))",
        _resolve_decade,
        frozenset({"decade", "decennie", "s", "annees"}),
    ),
    # Centuries, by their parts: "by the middle of this century", "mid-century".
    _Rule(
        "century",
        r"(?:(?:this|the current|current|ce|du|le) )?(?:century|siecle)",
        _resolve_century,
        frozenset({"century", "siecle"}),
    ),
    # Months that end on a day or a month: "the year to March 2026", "the six months to June
    # 2026", "the quarter ended 30 September 2025", "le semestre clos fin juin 2026".
    _Rule(
        "year_to",
        # The period under way may say so, and its end stand in brackets: "the current fiscal
        # year (ending 31 March 2025)".
        r"(?:(?:(?:current|this|its|our|their) )?(?:fiscal |financial )?"
        # An ordinal before a quarter or half closed on a day says no more than the day
        # does: "the third quarter ended 30 October 2016" is the quarter that ends then
        # ("from the first quarter through June" stays a range).
        rf"(?:{_STRETCH_ORDINAL} (?=(?:fiscal |financial )?(?:quarter|half)"
        rf"(?: {_FISCAL_YEARS})? \(?end(?:ing|ed) ))?"
        r"(?P<len>year|quarter|half~year|half|"
        # A retailer's year of weeks: "the 52 weeks ending January 27, 2024".
        rf"(?:twelve|12|three|3|six|6|nine|9) months|(?:13|26|39|52|53) weeks)"
        rf"(?: {_FISCAL_YEARS})? \(?(?:to|ending|ended"
        r"|through)"
        # "fiscal 2026 ended June 30, 2026", "FY2025 ending 31 March 2025": a fiscal year.
        rf"|(?:fiscal |financial |fy~){_FISCAL_YEARS} \(?(?:ending|ended)"
        rf"|(?:l')?(?:{_STRETCH_ORDINAL_FR} (?=trimestre|semestre))?"
        rf"(?P<len_fr>exercice|trimestre|semestre)(?: fiscal| financier)?(?: {_FISCAL_YEARS})?"
        # "l'exercice de la Société qui sera clos le 29 janvier 2017": the company named
        # between the noun and its closing day, the closing told in the future.
        r"(?: (?:de la |du |de l')(?:societe|compagnie|banque|entreprise|groupe|fiducie))?"
        # "l'exercice fiscal (qui se termine le 31 mars 2024)".
        r" \(?(?:clos|se terminant|s'achevant|cloture|qui (?:se termine|s'acheve)(?:ra)?"
        r"|qui (?:sera|seront) (?:clos|cloture))"
        r"|(?P<len_fr2>douze|12|trois|3|six|6|neuf|9) mois (?:a|jusqu'a|clos))"
        # ("in the six months to the end of June": the months that end with June.)
        r" (?:le |au |a |fin |on |the end of )?(?:(?:the )?(?P<dd>\d{1,2})(?:st|nd|rd|th|er)?"
        r" (?:of )?)?"
        # Its year may go unsaid: "in the three months to September".
        rf"(?P<mon>{_MONTH})(?: (?P<dd2>\d{{1,2}})(?:st|nd|rd|th)?)?(?:,? (?P<y>\d{{4}}))?",
        _resolve_year_to,
        frozenset(
            {
                "year",
                "months",
                "weeks",
                "exercice",
                "mois",
                "quarter",
                "half",
                "trimestre",
                "semestre",
                "fiscal",
                "financial",
                "fy",
            }
        ),  # fmt: skip
        allow_part=False,
        allow_stretch=True,
        yearly=True,
        requires=_MONTH_WORDS,
    ),
    # "for the five years to 2020", "over the three years through 2028": a count of years
    # that ends with the year named.
    _Rule(
        "years_to",
        rf"(?:the )?(?P<yn>{_NUMBER}) years (?:to|through|ending(?: in)?) "
        r"(?P<y>(?:19|20|21)\d\d)\b",
        _resolve_years_to,
        frozenset({"years"}),
        allow_part=False,
    ),
    # A fiscal year told by its first day: "the fiscal year beginning April 1, 2027",
    # "l'exercice ouvert le 1er juillet 2026": the twelve months from then.
    _Rule(
        "year_from",
        r"(?:(?:fiscal|financial) year (?:beginning|starting|commencing)(?: on| in)?"
        # "in the year from April 2024": the twelve months from its first day.
        r"|the (?:fiscal |financial )?year from"
        r"|(?:l')?exercice(?: fiscal)? (?:commencant|debutant|ouvert|s'ouvrant)(?: le| en)?)"
        rf" (?:(?P<mon2>{_MONTH}) (?P<dd2>\d{{1,2}})(?:st|nd|rd|th)?(?!\d)"
        rf"|(?:(?:the )?(?P<dd>\d{{1,2}})(?:st|nd|rd|th|er)? (?:of )?)?(?P<mon>{_MONTH}))"
        r"(?:,? (?P<y>\d{4}))?",
        _resolve_year_from,
        frozenset({"fiscal", "financial", "exercice", "year"}),
        allow_part=False,
        yearly=True,
        requires=_MONTH_WORDS,
    ),
    # "the December quarter", "the June quarter of 2026": the three months ending then; with
    # no article, before what a results report counts ("September quarter net sales").
    _Rule(
        "month_quarter",
        r"(?:(?<=the\s)|(?<=its\s)|(?<=their\s)|(?=[a-z.]+[ -]quarter (?:net |total )?"
        r"(?:sales|revenues?|results|earnings|guidance|shipments|deliveries|profits?)\b)"
        # An adjective may stand after the article: "during the lucrative December quarter".
        rf"|(?<=the\s)(?!{_MONTH}\b)[a-z]+(?:-[a-z]+)?\s(?={_MONTH}[ -]quarter\b))"
        rf"(?P<mon>{_MONTH})[ -]quarter{_OPT_YEAR}",
        _resolve_month_quarter,
        frozenset({"quarter"}),
        # "early in the December quarter": a part adds nothing to a quarter (rule 2).
        allow_part=True,
        yearly=True,
        requires=_MONTH_WORDS,
    ),
    # "next quarter", "this month", "le trimestre prochain", "this week", "last month".
    _Rule(
        "relative_period",
        # "un par mois", "twice a month", "each quarter": a rate, not this month.
        r"(?<!\bpar\s)(?<!\bper\s)(?<!\ba\s)(?<!\beach\s)(?<!\bevery\s)(?<!\bchaque\s)"
        r"(?:(?P<next>next|the next|the following|the coming|the upcoming|upcoming|le prochain"
        r"|la prochaine|prochain)"
        r" |(?P<this>this|the current|current|ce|cette) "
        r"|(?P<last>last|the last|the previous|previous|the past|past) |(?:the|le|la) )?"
        # "des mois d'attente", "les mois à venir", "plusieurs mois": French "mois" is plural
        # too, and months in the plural are no one month.
        r"(?<!\bdes\s)(?<!\bles\s)(?<!\bplusieurs\s)(?<!\bquelques\s)(?<!\blongs\s)"
        # "décalé d'un trimestre": one quarter's length, not the quarter under way.
        r"(?<!\bnombreux\s)(?<!\bun\s)(?<!\bune\s)(?<!\bone\s)"
        r"(?P<unit>quarter|month|half~year|week~end|week|trimestre|mois|semestre|semaine)"
        # "the week after next", "the month after next": the one after the next.
        # "dans le trimestre qui vient", "in the quarter ahead": the next one.
        r"(?:(?P<next2> prochain| prochaine| suivant| suivante| a venir| qui vient| ahead)"
        r"|(?P<this2> en cours|~ci)"
        r"|(?P<after_next> after next)"
        r"|(?P<last2> dernier| derniere| passe| passee| precedent| precedente))?"
        # Not "ce mois de mai": the month is named; not "le mois qui suit la signature": a
        # month counted from an event.
        rf"(?!\s+(?:de\s+|d')(?:{_MONTH})\b)(?!\s+qui\s+sui(?:t|vent|vra|vront)\b)",
        _resolve_relative_period,
        frozenset(
            {
                "quarter",
                "month",
                "half",
                "week",
                "weekend",
                "trimestre",
                "mois",
                "semestre",
                "semaine",
            }
        ),
    ),
    # A day of the month alone, in a deadline phrase: "avant le 31", "by the 15th" is the next
    # such day. "le 23" in an article is too often something else (days.py declines there).
    _Rule(
        "day_of_month",
        r"(?:le (?P<dom>\d{1,2})(?:er)?|(?:the )?(?P<dom_en>\d{1,2})(?:st|nd|rd|th)"
        # "on the eighth or twelfth of this month", "the 8th or 12th of next month": days in
        # words, or two days, only before the month they are of.
        rf"|(?:the )?(?:(?P<dom0>{_alternation(_DAY_WORDS)}|\d{{1,2}}(?:st|nd|rd|th)?)"
        r" (?:or|and|to|through) (?:the )?)?"
        rf"(?P<dom_w>{_alternation(_DAY_WORDS)})(?= of (?:next|the following|the coming|this"
        r"|the current) month)|(?:the )?(?P<dom0d>\d{1,2})(?:st|nd|rd|th)? (?:or|and|to|through)"
        r" (?:the )?(?P<dom_en2>\d{1,2})(?:st|nd|rd|th)(?= of (?:next|the following|the coming"
        r"|this|the current) month))"
        # "the 15th of next month", "le 15 du mois prochain": the day of a month named from the
        # stated date (read as the whole month before).
        r"(?:(?P<dom_rel> of (?:(?P<dom_next>next|the following|the coming)|this|the current)"
        r" month| (?:du mois (?:(?P<dom_next_fr>prochain|suivant)|en cours)|de ce mois(?:~ci)?))"
        r"|(?!\s*(?:[-/.,:h]\s*)?\d)(?!%)"
        r"(?! (?:of|de|du|des|d'|et|and|au|a|to|or|ou|quarter|half|week|day|month|year|century"
        r"|time|floor|phase|stage|round|edition|anniversary|place|percent|trimestre|semestre"
        r"|semaine|jour|mois|an|ans|annee|siecle|fois|etage|edition|anniversaire|arrondissement"
        r"|pour~cent|millions?|milliards?|billions?|heures?|h|minutes?"
        rf"|{_MONTH})\b))",
        _resolve_day_of_month,
        frozenset({"#dom", "month"}),
        allow_part=False,
    ),
    # Weeks by their number (ISO 8601, Monday to Sunday): "by week 23", "d'ici la semaine 40",
    # "in week 23 of 2027", "CW23 2027", "W23 2027" (a code only before its year: "W23" alone
    # is a phone); not the week of something counted ("week 1 of the trial").
    _Rule(
        "week_number",
        r"(?:(?:calendar |iso )?(?:week|semaine|wk)\.?\s*(?:no\.? |n° |number |numero )?"
        r"(?P<wn>\d{1,2})(?! (?:of|de) (?:the|its|their|a|an|this|la|le|l'|ce|cette)\b)"
        r"|(?:cw|kw|w)\s*(?P<wn2>\d{1,2})(?= (?:19|20|21)\d\d\b))"
        r"(?!\d)(?:(?: of| de| in| en|,)? (?P<y>(?:19|20|21)\d\d)\b)?",
        _resolve_week_number,
        frozenset({"week", "semaine", "wk", "#weekcode"}),
        allow_part=False,
    ),
    # The n-th weekday of a month: "the first Monday of September", "le dernier vendredi
    # d'octobre 2027".
    _Rule(
        "nth_weekday",
        r"(?P<nth>first|1st|second|2nd|third|3rd|fourth|4th|last|premier|deuxieme|troisieme"
        rf"|quatrieme|dernier) (?P<nwd>{_WEEKDAY}) (?:(?:of|in|de|du mois de) |(?:du mois )?d')"
        rf"(?P<nmon>{_MONTH})(?!\w){_OPT_YEAR}",
        _resolve_nth_weekday,
        frozenset(_WEEKDAYS),
        allow_part=False,
    ),
    # Weekdays and days named by words: "by Friday", "d'ici vendredi", "tomorrow".
    _Rule(
        "weekday",
        # "a week on Monday", "the Friday after next", "Friday week", "mardi en huit", "jeudi
        # en quinze": a week or two after the coming one.
        r"(?:(?P<wk_on>a (?P<wk_two>fortnight|week) (?:on|from) )"
        r"|(?P<wthis>this|this coming|the coming|coming|the upcoming|upcoming|ce) "
        rf"|(?P<wnext>next) |(?P<wlast>last) )?(?P<wd>{_WEEKDAY})(?: (?P<wnext2>prochain|qui vient)"
        r"| (?P<wlast2>dernier)|(?P<w_after_next> after next)"
        r"|(?P<w_week> week)(?![\w-]| (?:of|in)\b)"
        r"| en (?P<w_en>huit|quinze))?"
        # "on Friday next week", "vendredi de la semaine prochaine": that day of next week.
        r"(?P<wnw>,? next week|,? (?:de )?la semaine prochaine)?",
        _resolve_weekday,
        frozenset(_WEEKDAYS),
        allow_part=False,
    ),
    _Rule(
        "near_day",
        # "tomorrow week", "demain en huit": a week after it.
        rf"(?P<near>{_alternation(_NEAR_DAYS)}"
        # "ce jour", written French for "aujourd'hui", closes its phrase or its part ("dès ce
        # jour et jusqu'au 30 juin"): "ce jour-là", "ce jour de fête" name another day.
        r"|ce jour(?=\s*(?:$|[,.;:!?)]|(?:et|jusqu|au|a)\b)))"
        r"(?P<near_week> week(?![\w-])| en huit\b)?",
        _resolve_near_day,
        frozenset(
            {
                "today",
                "tonight",
                "evening",
                "afternoon",
                "morning",
                "midi",
                "matin",
                "aujourd",
                "soir",
                "tomorrow",
                "demain",
                "yesterday",
                "hier",
                "journee",
                "jour",
                "now",
            }
        ),
        # "by the end of today", "d'ici la fin de la journee de demain": the day itself,
        # whose end is the deadline; other parts of one day add nothing.
    ),
    # Spans from the stated date: "within 18 months", "dans les six prochains mois"; or from
    # a day named next ("six months beginning June 15th"); or from an event ("two days later").
    _Rule(
        "span",
        # "£1,254 a year from April 1", "20 euros a month": after an amount, a rate. French
        # "à jour" (up to date: "les mises à jour") is no day.
        r"(?<!\d\s)(?<!\beuros\s)(?<!\bdollars\s)(?<!\bpounds\s)(?!a jours?\b)"
        rf"(?:(?:the|les) )?(?:(?P<ahead>next|coming|following|prochains|prochaines) )?{_ABOUT}"
        # "another" alone as the count ("in another week") only after "in", "within" or
        # "for": "pushed out another month" tells how far a date moved (rule 10).
        r"(?!(?<!\bin\x20)(?<!\bwithin\x20)(?<!\bfor\x20)another "
        rf"(?:{_alternation(_SPAN_UNITS)})\b)"
        # "two or three years", "two, maybe three years", "deux, voire trois ans".
        # ("7 à10 ans": the second number may run into its "à" or "to".)
        rf"(?P<n1>{_NUMBER})(?:(?:\s*[-/]\s*| (?:to|or|a|ou)(?: |(?=\d))"
        rf"|,? (?:maybe|perhaps|possibly|or even|voire|peut~etre|ou meme) )(?P<n2>{_NUMBER}))?"
        # "a hundred or so days": an approximate number is the number.
        r"(?: or so)?"
        r"(?P<half_pre>(?: |-)and(?: |-)a(?: |-)half)?(?: (?:more|additional|autres))?"
        # "les trois prochaines semaines": the next ones, as "the next three weeks".
        # "au cours des deux derniers mois" looks back (refused in the resolver).
        r"(?: (?P<ahead2>prochains|prochaines)| (?P<back>derniers|dernieres))?"
        # "48h": the hour's "h" runs into its number.
        # "within ten working days", "sous 10 jours ouvrés": days counted Monday to Friday;
        # "60 calendar days", "jours calendaires", "jours francs": every day counts.
        r"(?: (?P<days_kind>calendar|working|business|clear)(?= days?\b))?"
        # "a 15-day period after December 31": a span written as an adjective before a
        # period or a window is that span ("a 15-day limit" is not read).
        rf"(?: |(?<=')|(?<=\d)(?=h\b)|(?P<span_hyph>-))(?P<unit>{_alternation(_SPAN_UNITS)})"
        # ("in the two-year time frame", "a 90-day timeframe": a window too.)
        r"(?(span_hyph) (?:timeframe|time frame|(?:time )?(?:period|window))\b|(?:'s?|s')?)"
        r"(?:(?:(?<=jour)|(?<=jours)) (?P<days_kind2>ouvres|ouvrables|calendaires|francs)\b)?"
        rf"(?: (?:or|ou) (?P<n3>{_NUMBER}))?"
        r"(?P<half_post>(?: |-)and(?: |-)a(?: |-)half|(?: |-)et(?: |-)demie?)?"
        # "18 months to two years", "un an et demi a deux ans": two spans, the longer read.
        rf"(?:(?:\s*-\s*| (?:to|or|a|ou) )(?P<n4>{_NUMBER})(?P<half4_pre>(?: |-)and(?: |-)a"
        rf"(?: |-)half)?(?: |(?<='))(?P<unit4>{_alternation(_SPAN_UNITS)})(?:'s?|s')?"
        r"(?P<half4_post>(?: |-)and(?: |-)a(?: |-)half|(?: |-)et(?: |-)demie?)?)?"
        r"(?: de plus| more)?"
        # "les cinq années à venir" given as a deadline: the next five years, as "prochaines".
        r"(?: (?P<ahead3>prochains|prochaines|a venir|qui viennent)| suivants| suivantes)?"
        rf"(?:(?P<after> (?:{_alternation(_SPAN_FROM_NOW)}))"
        rf"|(?P<event> (?:{_alternation(_SPAN_ANCHORS_EVENT)}))"
        rf"|(?= (?P<anchor>{_alternation(_SPAN_ANCHORS_START + _SPAN_ANCHORS_END)})\s)"
        # A start may follow a comma: "pour les cinq ans à venir, à compter du 1er avril 2021".
        # ("over seven years, from 2024 to 2030" is the stretch of those years.)
        rf"|(?=, (?P<anchor_start>{_alternation(_SPAN_ANCHORS_START_AFTER_COMMA)})\s)"
        # "apres trois ans d'exploitation": the elided "de" ("d'ici" is a "by").
        r"|(?= (?P<anchor_elided>d')(?!ici\b)[a-z]))?"
        # "just under one year ago" looks back: no span ahead; so does "in the 18 months
        # since July 2018", counted up to the day said. "In the 12 months before the date
        # of application" counts back from an event: no span from the day said either, and
        # "60 jours au plus tard avant la fin du mandat" (its bound said between) neither.
        r"(?![\w-]* ago\b)(?! since\b)(?! depuis\b)"
        r"(?!(?:,? (?:at the latest|at the earliest|au plus tard|au plus tot),?)?"
        r" (?:before|avant)\b)",
        _resolve_span,
        frozenset(w for unit in _SPAN_UNITS for w in re.findall(r"[a-z]+", unit)),
        qualifiers=_SPAN_PRE,
        allow_part=False,
    ),
    # "sous huitaine", "sous quinzaine": the French administrative terms of 8 and 15 days;
    # "au cours de la prochaine quinzaine", "within the next fortnight": the coming one.
    _Rule(
        "term",
        r"(?:(?:la|une|the)\s+)?(?:(?P<term_next>prochaine|next|coming)\s+)?"
        r"(?P<term>huitaine|quinzaine|fortnight)",
        _resolve_term,
        frozenset({"huitaine", "quinzaine", "fortnight"}),
        qualifiers=_SPAN_PRE,
        allow_part=False,
    ),
)

_RULE_BY_NAME = {rule.name: rule for rule in _RULES}


def _with(c: _Context, **groups: str | None) -> _Context:
    """The same match with some groups renamed, for rules with two spellings of a group."""
    return replace(c, groups=c.groups.given(**groups))


def _phrases(phrases: list[str], *, alone: bool = False) -> re.Pattern[str]:
    """A pattern for whole phrases of a list; `alone`: not followed by another word."""
    tail = r"(?!\s*[a-z0-9])" if alone else r"(?![\w])"
    return re.compile(rf"(?<![\w'])(?:{_alternation(phrases)}){tail}", re.ASCII)


# Phrases that promise nothing datable (rule 7), and words pointing at a date said elsewhere.
# "la technologie de demain", "les villes de demain": "de demain" after a noun that names a
# field, a kind of place or of thing in general is the future in general, no day. After any
# other noun it is the day: "le vote de demain", "lors du conseil des ministres de demain",
# "à partir de demain", "la soirée de demain". (Tried only on a text that holds "demain".)
_FIGURATIVE_TOMORROW_RX = re.compile(
    r"(?<![a-z])(?:monde|technologies?|energies?|metiers?|villes?|usines?|ecoles?|mobilites?"
    r"|automobiles?|voitures?|vehicules?|avions?|industries?|economies?|societes?|emplois?"
    r"|competences|talents|france|europe|agricultures?|alimentation|sante|medecine|hopitaux"
    r"|hopital|transports?|logements?|habitat|batiments?|infrastructures?|reseaux|climat"
    r"|defis|enjeux|solutions|innovations?|generations?|citoyens|leaders|entreprises?|travail"
    r"|education|formations?|numerique|territoires?|campagnes?|quartiers?|maisons?|mondes"
    r"|filieres?|materiaux|services|systemes?|outils|usages|modeles?)"
    r"\s+de\s+demain(?![\w-])(?!\s+(?:matin|soir|midi|apres))",
    re.ASCII,
)
# "the first new airline in more than 15 years", "has not built one in over a decade": a
# span after "in over" or "in more than" measures the time gone by, no deadline (rule 14).
# So does "more than a span away", ahead but with no end: "was still over ten years away".
_MORE_THAN_A_SPAN = (
    rf"(?:well )?(?:over|more than) (?:{_NUMBER}|a|an|a couple of|a few|several)"
    r" (?:years?|decades?|centur(?:y|ies)|months?|weeks?)(?![\w])"
)
_MEASURED_BACK = rf"(?<![\w'])(?:in {_MORE_THAN_A_SPAN}|{_MORE_THAN_A_SPAN} away\b)"
_MEASURED_BACK_RX = re.compile(_rx(_MEASURED_BACK), re.ASCII)
_VAGUE = re.compile(
    _phrases(_VAGUE_PHRASES).pattern + "|" + _rx(_MEASURED_BACK),
    re.ASCII,
)
_ANAPHORA_RX = _phrases(_ANAPHORA, alone=True)
_THAT_PERIOD_RX = _phrases(_THAT_PERIOD)
_OF_THAT_PERIOD_RX = re.compile(
    rf"\s*(?:of|de|d')\s*(?:{_alternation(_THAT_PERIOD)})(?![\w])", re.ASCII
)

# An ordinal's letters are a word of their own, so "1erjuillet" still calls the month rules.
_TOKEN = re.compile(r"(?<=\d)(?:er|re|st|nd|rd|th)(?=[a-z])|[a-z]+|[0-9]+", re.ASCII)
