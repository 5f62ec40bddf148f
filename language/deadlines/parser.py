"""Finding and resolving deadline expressions: `parse_deadline` and `find_deadlines`."""

from __future__ import annotations

import calendar
import datetime as dt
import heapq
import re
from collections.abc import Callable
from dataclasses import replace
from typing import NamedTuple

from language.text import fold as _fold
from language.text import language_score, tidy

from .context import (
    _FROM_WORDS,
    _HOURS_BRACKET,
    _MOVE_RX,
    _NEGATION_RX,
    _PREVIOUSLY_AFTER,
    _Item,
    _Outcome,
    _outcomes,
)
from .grammar import (
    _ANAPHORA_RX,
    _FIGURATIVE_TOMORROW_RX,
    _MEASURED_BACK_RX,
    _MONTH_WORDS,
    _OF_THAT_PERIOD_RX,
    _RULES,
    _THAT_PERIOD_RX,
    _TOKEN,
    _VAGUE,
    STRETCH_TRIGGERS,
)
from .lexicon import _FILLER, _FRENCH_NAMES
from .periods import YEAR_ONLY, _Reject, _Span
from .reading import _Bounds, _Candidate, _check_bounds, _period_bounds, _read, _span_bounds
from .window import (
    MAX_PHRASE_LENGTH,
    MAX_SCAN_LENGTH,
    MIN_DATE,
    DeadlineInPastError,
    DeadlineParseError,
    DeadlineWindow,
    FoundDeadline,
    Precision,
    Qualifier,
)

# Quotation marks around a period ("a « mi-avril »") are read as spaces: same length.
_QUOTES = str.maketrans(dict.fromkeys('"«»“”„‹›[]', " "))
# A double quotation mark between two letters opens or closes nothing: it is an apostrophe
# typed with the wrong key ("wasn”t built by 2017", "l”été"), read as one.
_QUOTE_IN_A_WORD = re.compile('(?<=[a-z])["“”](?=[a-z])')

# Pages scraped with the wrong encoding: UTF-8 read as Windows-1252 or -1250 ("annĂ©e" for
# "année", "â€¯" for a narrow no-break space), sometimes with a byte lost on the way ("âŻ").
_MOJIBAKE = re.compile(
    r"[\u00c2\u00c3\u0102\u00e2][\u0080-\u00bf\u0100-\u017f\u2010-\u203a\u20ac]{1,2}"
)
# "mid-2026" whose dash lost its last two bytes: "mid" then U+00E2 then "2026".
_LOST_DASH = re.compile(r"(?<=\w)\u00e2(?=\d)")


def _repaired(text: str, *, keep_length: bool) -> str:
    """The text with mis-decoded characters put right, or made spaces when they cannot be
    (always when `keep_length`: `find_deadlines` reports positions in the text it was given)."""
    if text.isascii() or not (_MOJIBAKE.search(text) or _LOST_DASH.search(text)):
        return text

    def fix(m: re.Match[str]) -> str:
        said = m.group()
        if not keep_length:
            for codec in ("cp1252", "cp1250"):
                for n in (len(said), 2):
                    try:
                        return said[:n].encode(codec).decode("utf-8") + said[n:]
                    except UnicodeError:
                        continue
        return " " * len(said) if said[0] == "\u00e2" else said

    return _LOST_DASH.sub(" ", _MOJIBAKE.sub(fix, text))


# Hesitations and sayings of speech between a qualifier and its period ("by, uh, 2030", "pas
# avant, je dirais, 2028", "within, say, 18 months", "d'ici, on va dire, fin 2026") are read
# as spaces, so that the qualifier still governs its period. Said between commas, or bare for
# the sounds of hesitation ("uh", "euh").
_SPOKEN_ASIDE = re.compile(
    r",\s*(?:say|let's say|let us say|i'd say|i would say|i think|i guess|you know|shall we say"
    r"|disons|je dirais|on va dire|je pense|je crois|mettons|voyons|uh|um|er|erm|euh|heu|bah"
    r"|ben)\s*,|\b(?:uh|um|erm|euh|heu)\b,?",
    re.ASCII,
)
# A pause written as an ellipsis between a word and the number it leads to: "à l'horizon...
# 2070", "by… 2030". Only after a word that leaves the phrase open (a preposition, "l'horizon",
# "d'ici"): after "in March" or "by the end of the year" the phrase is whole, and the ellipsis
# ends its sentence ("in March… 12 stations will be rebuilt"). (Not "[...]", an excerpt's cut.)
_PAUSE_BEFORE_A_NUMBER = re.compile(
    r"\b(?:by|in|until|till|before|around|about|from|to|for|after|horizon|ici|en|vers"
    r"|avant|apres|pour|des|jusqu'en|jusqu'a|a|au|aux|dans)(?P<pause>\.\.\.|\u2026)(?=\s+\d)",
    re.ASCII,
)


# "by next late summer", "next early spring": "next" said before the part it governs, which
# the grammar reads after it ("by late next summer"). The two words trade places, the same
# length, so a part of the coming season or month is read as "late next summer" is (a bare
# season just past would otherwise be the one gone by, and the "by" be lost).
_NEXT_BEFORE_ITS_PART = re.compile(
    r"\bnext (?P<part>early|late) (?=(?:summer|spring|autumn|fall|winter|january|february"
    r"|march|april|may|june|july|august|september|october|november|december)\b)",
    re.ASCII,
)


def _part_before_next(folded: str) -> str:
    """The folded text with "next early"/"next late" written "early next"/"late next"."""
    if "next " not in folded:
        return folded
    return _NEXT_BEFORE_ITS_PART.sub(lambda m: f"{m['part']} next ", folded)


def _blank_asides(folded: str) -> str:
    """The folded text with the asides of speech made spaces (same length)."""
    if (
        "," not in folded
        and "..." not in folded
        and "\u2026" not in folded
        and not any(w in folded for w in ("uh", "um", "erm", "euh", "heu"))
    ):
        return folded
    folded = _SPOKEN_ASIDE.sub(lambda m: " " * len(m.group()), folded)
    if "..." in folded or "\u2026" in folded:
        folded = _PAUSE_BEFORE_A_NUMBER.sub(
            lambda m: m.group()[: m.start("pause") - m.start()] + " " * len(m["pause"]), folded
        )
    return folded


def _language(match_folded: str, context_folded: str) -> str:
    """The phrase's language; the words around it decide when the phrase does not, and a
    month or weekday name only French has when nothing else does ("vendredi")."""
    score = language_score(match_folded) or language_score(context_folded)
    if score == 0:
        score = any(word in _FRENCH_NAMES for word in _TOKEN.findall(match_folded))
    return "fr" if score > 0 else "en"


# ---------------------------------------------------------------------------------------
# Matching.
# ---------------------------------------------------------------------------------------


# "le 31", "the 15th": a day of the month alone (grammar's day_of_month rule).
_DAY_OF_MONTH = re.compile(r"\ble \d{1,2}(?:er)?\b|\b\d{1,2}(?:st|nd|rd|th)\b", re.ASCII)
# "31/12/2025", "31-12-2025", "31/12/25", "le 31/12": a numeric day (grammar's day_numeric).
_NUMERIC_DAY = re.compile(r"\d(?:er)?([/.-])\d{1,2}\1\d{2}|\b(?:le|au|du) \d{1,2}/\d", re.ASCII)
_SHAPES = (
    ("#iso", re.compile(r"\d{4}[-/.]\d{1,2}[-/.]\d")),
    ("#weekcode", re.compile(r"\b(?:cw|kw|w) ?\d{1,2} (?:19|20|21)\d\d\b")),
    ("#month_numeric", re.compile(r"\d/\d{4}|\d{4}-[01]\d|\b[01]\d[.-](?:19|20|21)\d\d\b")),
)


def _tokens(folded: str) -> set[str]:
    """The words of a text, and the shapes some rules need ("#year": a four-digit number)."""
    tokens = set(_TOKEN.findall(folded))
    if any(t[:1].isdigit() for t in tokens):  # "2026", and "1er", "15th"
        tokens.add("#digit")
        tokens.update([f"#m:{t}" for t in tokens & _MONTH_WORDS])
        if any(len(t) == 4 and t.isdigit() for t in tokens):
            tokens.add("#year")
            tokens.update(name for name, shape in _SHAPES if shape.search(folded))
        if _NUMERIC_DAY.search(folded):
            tokens.add("#numeric")
        if "'" in folded:
            tokens.add("#apostrophe")
        if _DAY_OF_MONTH.search(folded):
            tokens.add("#dom")
    return tokens


def _rules_by_trigger() -> dict[str, list[int]]:
    """Which rules each word or shape can set off: a text tries only the rules it calls."""
    index: dict[str, list[int]] = {}
    for priority, rule in enumerate(_RULES):
        for trigger in rule.triggers:
            index.setdefault(trigger, []).append(priority)
    return index


_RULES_BY_TRIGGER = _rules_by_trigger()


def _candidates(folded: str) -> list[_Candidate]:
    """Every rule's matches, longest first among those that start at the same place."""
    called: set[int] = set()
    tokens = _tokens(folded)
    for token in tokens:
        called.update(_RULES_BY_TRIGGER.get(token, ()))
    found = []
    stretch = not STRETCH_TRIGGERS.isdisjoint(tokens)
    for priority in sorted(called):
        rule = _RULES[priority]
        if rule.requires and rule.requires.isdisjoint(tokens):
            continue
        pattern = rule.pattern_with_stretch if stretch else rule.pattern
        for m in pattern.finditer(folded):
            if m.end() > m.start():
                found.append(_Candidate(m.start(), m.end(), priority, rule, m))
    found.sort(key=lambda c: (c.start, c.start - c.end, c.priority))
    return found


def _items(text: str, folded: str, stated_on: dt.date, *, scanning: bool) -> list[_Item]:
    """The matches that do not overlap, left to right, longest first, each read on its own.

    A match its rule declines ("June" with no year or qualifier) is kept aside: a
    neighbour may give it a year ("June or July 2025"); it never hides a shorter match.
    """
    vague = [m.span() for m in _VAGUE.finditer(folded)]
    if "demain" in folded:
        vague += [m.span() for m in _FIGURATIVE_TOMORROW_RX.finditer(folded)]
    items: list[_Item] = []
    declined: dict[int, _Item] = {}
    taken_until = 0
    queue = [
        (c.start, c.start - c.end, c.priority, n, c) for n, c in enumerate(_candidates(folded))
    ]
    heapq.heapify(queue)
    while queue:
        candidate = heapq.heappop(queue)[-1]
        if candidate.start < taken_until:
            # A match that overlaps one taken may hide a shorter one of the same rule after
            # it ("1983-06-24 ou 31 October 2076": "24 ou 31 October 2076" hides the day).
            again = candidate.match.re.search(folded, taken_until)
            if again and again.start() < candidate.end and again.end() > again.start():
                hidden = _Candidate(again.start(), again.end(), candidate.priority,
                                    candidate.rule, again)  # fmt: skip
                heapq.heappush(queue, (hidden.start, hidden.start - hidden.end,
                                       hidden.priority, len(queue) + 10_000, hidden))  # fmt: skip
            continue
        if any(a <= candidate.start and candidate.end <= b for a, b in vague):
            continue  # "les mois a venir" inside "dans les mois a venir": vague (rule 7)
        try:
            reading = _read(candidate, stated_on, text=text, scanning=scanning)
        except _Reject as exc:
            items.append(_Item(candidate, None, str(exc)))
        except (ValueError, OverflowError, KeyError):
            # Dates the rules did not foresee (e.g. beyond year 9999): not a deadline.
            said = " ".join(text[candidate.start : candidate.end].split())
            items.append(_Item(candidate, None, f"'{said}' is not a usable date."))
        else:
            if reading is None:
                declined.setdefault(candidate.start, _Item(candidate, None))
                continue  # the rule declined ("may" without a year); a shorter one may fit
            items.append(_Item(candidate, reading))
        taken_until = candidate.end
    spans = [(i.candidate.start, i.candidate.end) for i in items]
    # Hours in brackets ("(de 9h à 17h)") are no period, and would cut a range across them.
    hours = (
        [m.span() for m in _HOURS_BRACKET.finditer(folded)] if declined and "(" in folded else []
    )
    for item in declined.values():
        c = item.candidate
        if any(a <= c.start and c.end <= b for a, b in hours):
            continue
        if not any(a < c.end and c.start < b for a, b in spans):
            items.append(item)
            spans.append((c.start, c.end))
    items.sort(key=lambda i: i.candidate.start)
    return items


# How precisely the stated date is known: a span counted from a day known only to its month
# or year ends on the last day of the month or year it reaches.
STATED_PRECISIONS = ("day", "month", "year")
# "within this year": a period under way, read with "within", has no start (a "by").
_WITHIN = frozenset({"within", "inside"})


def _last_day_reached(day: dt.date, stated_precision: str) -> dt.date:
    """The last day of the month (or year) a span counted from a day known only to its month
    (or year) reaches."""
    month = 12 if stated_precision == "year" else day.month
    return dt.date(day.year, month, calendar.monthrange(day.year, month)[1])


def _bounds(outcome: _Outcome, stated_on: dt.date, stated_precision: str) -> _Bounds:
    first, last = outcome.first, outcome.last
    assert first is not None and last is not None
    if isinstance(first.resolved, _Span):
        base, from_base = outcome.anchored_on or (stated_on, False)
        if outcome.anchored_on is None and stated_precision == "month":
            # Said on a day known only to its month, a span may start on the month's last
            # day: "dans une centaine de jours" said in June 2013 reaches October 2013 (30
            # June + 100 days), the later reading (rule 8). Months and years reach the same
            # month's end from either day.
            base = _last_day_reached(stated_on, stated_precision)
        bounds = _span_bounds(first.resolved, outcome.qualifier, base, from_base=from_base)
        if outcome.anchored_on is None and stated_precision != "day":
            if bounds.end is not None:
                bounds = replace(bounds, end=_last_day_reached(bounds.end, stated_precision))
            elif bounds.start is not None:
                # A floor ("pas avant cinq ans") is counted to the same last day: the day
                # said may be the month's last, as a span's end reads it.
                bounds = replace(bounds, start=_last_day_reached(bounds.start, stated_precision))
        return bounds
    bounds = _period_bounds(first, last, outcome.qualifier)
    start, end = bounds.start, bounds.end
    under_way = start is not None and end is not None and start <= stated_on <= end
    if under_way and first.qualifier_words in _WITHIN:
        return replace(bounds, start=None, qualifier=Qualifier.BY.value)
    return bounds


class _Found(NamedTuple):
    span: tuple[int, int]
    window: DeadlineWindow | None
    error: str | None
    used: list[tuple[int, int]]


def _scan(
    text: str, stated_on: dt.date, *, window_text: str | None, stated_precision: str = "day"
) -> list[_Found]:
    """Every expression of `text`, read and resolved, in order."""
    token = YEAR_ONLY.set(stated_precision == "year")
    try:
        return _scan_read(
            text, stated_on, window_text=window_text, stated_precision=stated_precision
        )
    finally:
        YEAR_ONLY.reset(token)


def _scan_read(
    text: str, stated_on: dt.date, *, window_text: str | None, stated_precision: str
) -> list[_Found]:
    folded = _fold(_repaired(text, keep_length=True))
    folded = _blank_asides(_QUOTE_IN_A_WORD.sub("'", folded).translate(_QUOTES))
    folded = _part_before_next(folded)
    scanning = window_text is None
    items = _items(text, folded, stated_on, scanning=scanning)
    results: list[_Found] = []
    for outcome in _outcomes(items, text, folded, stated_on, scanning):
        used = [(outcome.start, outcome.end), *outcome.used]
        # The expression takes in the words around it that changed its reading ("delayed
        # until 2027"), so that parsing its text alone gives the same window.
        after_previous = results[-1].span[1] if results else 0
        span = (max(after_previous, min(a for a, _ in used)), max(b for _, b in used))
        if outcome.error is not None:
            results.append(_Found(span, None, outcome.error, used))
            continue
        said = text[span[0] : span[1]]
        try:
            bounds = _check_bounds(_bounds(outcome, stated_on, stated_precision), said)
        except _Reject as exc:
            results.append(_Found(span, None, str(exc), used))
            continue
        except (ValueError, OverflowError):
            results.append(_Found(span, None, f"'{said.strip()}' is not a usable date.", used))
            continue
        window = DeadlineWindow(
            window_text or said,
            bounds.start,
            bounds.end,
            bounds.precision,
            bounds.qualifier,
            # A phrase's language is worked out once, for the window parse_deadline keeps.
            _language(folded[span[0] : span[1]], folded) if scanning else "",
        )
        results.append(_Found(span, window, None, used))
    return results


# ---------------------------------------------------------------------------------------
# The public functions.
# ---------------------------------------------------------------------------------------


def _check_stated_on(stated_on: dt.date, precision: str = "day") -> dt.date:
    if precision not in STATED_PRECISIONS:
        raise ValueError(f"stated_precision must be one of {', '.join(STATED_PRECISIONS)}.")
    if isinstance(stated_on, dt.datetime):
        return stated_on.date()
    if not isinstance(stated_on, dt.date):
        raise TypeError(f"stated_on must be a date, not {type(stated_on).__name__}.")
    return stated_on


def _shorten(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "\u2026"


# A year or a span of years that names a plan: after a capitalised word that does not say when
# ("Vision 2030", "Horizon 2035", "France 2030", "Strategy 2025-2030"), or with a noun of a plan
# beside it ("2024-2030 strategy", "plan 2026-2030", "loi de programmation 2024-2030").
_PLAN_YEARS = re.compile(
    r"(?:(?:fiscal|fy)\s*)?(?:19|20|21)\d\d(?:\s*[-/\u2013]\s*(?:(?:19|20|21)\d\d|\d\d))?",
    re.IGNORECASE,
)
# A number that only looks like a year: what it numbers is named before it, or what it counts
# after it.
_NUMBERED_BEFORE = re.compile(
    r"\b(?:section|article|paragraph|chapter|chapitre|rule|line|ligne|flight|vol|route|model"
    r"|highway|interstate|motorway|autoroute|d[ée]partementale|nationale"
    # A law's or a rule's number: "la loi 2026-12", "Regulation 2029", "clause 2027".
    r"|loi|ordonnance|d[ée]cret|clause|regulation|r[èe]glement|directive|arr[êe]t[ée]|circulaire"
    r"|no\.?|n°|number|numéro|numero)\s+$|§\s*$",
    re.IGNORECASE,
)
_COUNTED_AFTER = re.compile(
    r"\s+(?:[kmgt]w|[kmgt]wh|mwe|tonnes?|tons?|homes?|houses?|jobs?|units?|trees?|beds?"
    r"|nurses?|teachers?|workers?|employees?|staff|outlets?|stores?|shops?|vehicles?|cars?"
    r"|buses|trains?|km|kilometres?|kilometers?|miles?|logements?|emplois?|postes?|lits?"
    r"|arbres?|places?|salariés?|véhicules?|bornes?|chargers?|points?|people|personnes"
    r"|metres?|meters?|mètres?)\b",
    re.IGNORECASE,
)
_DETERMINER = re.compile(r"(?:[Tt]he|[Ll][ea]s?|[Ll]')\s*")
# Not a sentence's first word ("Its 2022 pledge", "Our 2030 goal"), capitalised anyway.
_CAPITALISED_BEFORE = re.compile(r"(?<![.!?:;]\s)(?<!^)\b([A-Z][\w-]*)\s+$")
# "Horizon" capitalised and not after "à l'", "a": the name of a plan.
_HORIZON_NAMED = re.compile(r"Horizon\s+")
# A period opened by "from" or "de", the date a move left ("from 2024 originally").
_LEFT_BEHIND = re.compile(r"(?:from|de|du|d')\s", re.IGNORECASE)
# "2029 (against 2027 previously)", "contre 2027 auparavant": the date set against the new one.
_SET_AGAINST = re.compile(
    r"(?:against|contre|versus|vs\.?|compared (?:with|to))\s+$", re.ASCII | re.IGNORECASE
)


def _set_aside(text: str, span: tuple[int, int]) -> bool:
    """Whether a date found opens with "from" or follows "against", "contre": the words that
    may set aside a date left behind (any case: no need to fold the text to see them)."""
    start = span[0]
    return bool(
        _LEFT_BEHIND.match(text, start) or _SET_AGAINST.search(text, max(0, start - 20), start)
    )


# A plan given up, said before its date: "initially planned for March", "which had originally
# promised deliveries in 2023", "devait initialement prendre fin en decembre", "prevue a
# l'origine en 2024". Its date is no deadline of the text. The adverb alone is not enough:
# "will initially launch in Paris in 2026" promises a first step.
_GIVEN_UP_HINT = re.compile(
    r"initial|original|at first|once|auparavant|pr[ée]c[ée]dem|[àa] l.origine|au d[ée]part"
    r"|previous|prior|earlier|former|ancien|\(\s*(?:was|[ée]tait)\b",
    re.IGNORECASE,
)
_GIVEN_UP_ADVERB = (
    r"(?:initially|originally|at first|once|previously|initialement|a l'origine|au depart"
    r"|auparavant|precedemment)"
)
_GIVEN_UP_PLAN = (
    r"(?:planned|scheduled|expected|slated|set|due|promised|targeted|announced|forecast"
    r"|foreseen|intended|meant|supposed|pledged|envisaged|projected|billed|earmarked|aimed"
    r"|hoped|prevue?s?|programmee?s?|annoncee?s?|attendue?s?|fixee?s?|envisagee?s?"
    r"|promise?s?|planifiee?s?|escomptee?s?|calee?s?"
    r"|devai(?:t|ent)|promettai(?:t|ent)|prevoyai(?:t|ent)|visai(?:t|ent)|tablai(?:t|ent)"
    r"|esperai(?:t|ent)|comptai(?:t|ent)|envisageai(?:t|ent)|annoncai(?:t|ent))"
)
_GIVEN_UP_BEFORE = re.compile(
    rf"\b(?:{_GIVEN_UP_ADVERB}\s+(?:(?:been|ete)\s+)?{_GIVEN_UP_PLAN}"
    rf"|{_GIVEN_UP_PLAN}\s+{_GIVEN_UP_ADVERB})\b"
    # Up to three words may come between ("promised deliveries in", "des livraisons en").
    r"(?:\s+(?!(?:and|but|now|then|et|mais|desormais|puis|finalement)\b)[a-z'-]+){0,3}\s*$"
    # A target named as the earlier one: "its previous 2025 target", "the original
    # deadline of 2025", "l'objectif initial de 2025", "(was 2025)".
    r"|\b(?:previous|prior|earlier|original|initial|former)\s*$"
    r"|\b(?:previous|prior|earlier|original|initial|former|precedent|ancien)\s+(?:[a-z-]+\s+)?"
    r"(?:target|goal|deadline|date|guidance|timeline|schedule|objectif|calendrier|echeance)"
    r"\s*(?:of|de|d'|was|etait|:)?\s*$"
    r"|\b(?:objectif|calendrier|echeance|date)\s+(?:initiale?|precedente?)\s*(?:de|d'|:)?\s*$"
    r"|\(\s*(?:was|previously|etait|auparavant)\s*$",
    re.ASCII,
)


# The expression found may begin with the plan's own words: "originally planned to end it in
# December", "[devait] initialement prendre fin en decembre".
_GIVEN_UP_LEAD = re.compile(
    rf"(?:{_GIVEN_UP_ADVERB}(?:\s+(?:(?:been|ete)\s+)?{_GIVEN_UP_PLAN})?"
    rf"|{_GIVEN_UP_PLAN}(?:\s+{_GIVEN_UP_ADVERB})?)\b",
    re.ASCII,
)


def _given_up(folded: str, span: tuple[int, int]) -> bool:
    """Whether a date found is that of a plan the text says was given up, named before it."""
    low = max(0, span[0] - 90)
    if _GIVEN_UP_BEFORE.search(folded, low, span[0]):
        return True
    lead = _GIVEN_UP_LEAD.match(folded, span[0])
    return bool(lead and _GIVEN_UP_BEFORE.search(folded, low, lead.end()))


def _left_behind(folded: str, span: tuple[int, int]) -> bool:
    """Whether a date found is the one a change left behind, said "previously" after it: "to
    2026, from 2024 originally", "en 2029, contre 2027 auparavant"."""
    return _set_aside(folded, span) and bool(_PREVIOUSLY_AFTER.match(folded, span[1]))


_HORIZON_AS_WORD = re.compile(r"(?:l['’]|\b[àa])\s*$", re.IGNORECASE)
_WHEN_WORDS = frozenset(
    re.findall(
        r"\S+",
        "in by from until till before after since through during around circa for to at "
        "and or du de en dans avant apres après depuis pour jusqu jusqu'en dès des fin "
        "mi late early end mid january february march april may june july august "
        "september october november december janvier fevrier février mars avril mai "
        "juin juillet aout août septembre octobre novembre decembre décembre q1 q2 q3 "
        "q4 h1 h2 fy summer winter spring autumn fall ",
    )
)
_PLAN_NOUN = (
    r"(?:plan|plans|strategy|strategie|stratégie|programme|program|programmation|roadmap"
    r"|feuille de route|schema directeur|schéma directeur|vision|agenda|pledge|ambition"
    r"|framework|contrat de plan[\w\s'-]{0,20}"
    # What a year names rather than dates: a budget, an outlook, an edition, a model.
    r"|budget|outlook|guidance|edition|édition|models?|model year|millésime|modèles?|modeles?"
    r"|versions?)"
)
_PLAN_NOUN_AFTER = re.compile(rf"\s+(?:[\w-]+\s+){{0,2}}?{_PLAN_NOUN}\b", re.IGNORECASE)
_PLAN_NOUN_BEFORE = re.compile(rf"\b{_PLAN_NOUN}(?:\s+[\w'-]+){{0,2}}?\s+$", re.IGNORECASE)


# Numbers of four digits that are no time in running text: a street number ("at 2030 Main
# Street", "au 2030, boulevard de la Croisette"), an EU act's ("Regulation (EU) 2023/1115"),
# a baseline a target is measured against ("compared with 1990 levels", "par rapport à 1990").
_BARE_YEAR_AT = re.compile(r"(?:(?:at|au|in|en|of|de)\s+)?((?:19|20|21)\d\d)", re.IGNORECASE)
_STREET_AFTER = re.compile(
    r",?\s+(?:[A-Z][a-z]+\s+){0,2}(?:Street|St\b\.?|Avenue|Ave\b\.?|Boulevard|Blvd\b\.?|Road"
    r"|Rd\b\.?|Drive|Lane|Parkway|Broadway|Highway)\b"
    r"|,?\s+(?:rue|avenue|boulevard|bd|chemin|route|all[ée]e|quai|impasse|cours)\s+"
    r"(?:de|des|du|d'|d’|la|le|l'|l’)",
)
_ACT_NUMBER_AFTER = re.compile(r"/(?!(?:19|20|21)\d\d\b)\d{3,}")
_BASELINE_AFTER = re.compile(r"(?:'s|’s)?\s+(?:levels?|baseline)\b", re.IGNORECASE)
_BASELINE_BEFORE = re.compile(
    r"\b(?:par rapport (?:à|a|au niveau de)|compared (?:with|to)|relative to|(?:niveaux?|levels?)"
    r" (?:de|d'|d’|of))\s*$",
    re.IGNORECASE,
)
# "cut waiting times to 18 weeks", "ramener les délais à six mois": a length reduced to, not
# a span to come.
_REDUCED_TO = re.compile(
    r"\b(?:cut|cuts|cutting|reduced?|reduces|reducing|lower(?:s|ed|ing)?|shorten(?:s|ed|ing)?"
    r"|slash(?:es|ed|ing)?|bring(?:s|ing)? down|brought down|r[ée]duire|r[ée]duit|ramener"
    r"|ramen[ée]s?|abaisser|raccourcir)\b(?:\s+[\w'’-]+){0,4}\s+(?:to|à|a)\s*$",
    re.IGNORECASE,
)


def _no_time(text: str, span: tuple[int, int], window: DeadlineWindow) -> bool:
    """Whether the expression at `span` is a number of four digits that is no year here (a
    street's, an act's, a baseline's) or a length something is reduced to."""
    start, end = span
    if window.qualifier == Qualifier.WITHIN.value:
        return bool(_REDUCED_TO.search(text, max(0, start - 80), start))
    year = _BARE_YEAR_AT.fullmatch(text, start, end)
    if year is None:
        return False
    after = text[end : end + 60]
    return bool(
        _STREET_AFTER.match(after)
        or _ACT_NUMBER_AFTER.match(after)
        or _BASELINE_AFTER.match(after)
        or _BASELINE_BEFORE.search(text, max(0, year.start(1) - 40), year.start(1))
    )


def _names_a_plan(phrase: str, span: tuple[int, int], *, by_noun: bool = True) -> bool:
    """Whether the expression at `span` is only a year or years in a plan's name, or a number
    that only looks like a year; with `by_noun`, also a year beside a noun of a plan ("the
    2024-2030 strategy", "its 2022 pledge"), which in running text may date a statement."""
    start, end = span
    determiner = _DETERMINER.match(phrase, start, end)
    start = determiner.end() if determiner else start
    horizon = _HORIZON_NAMED.match(phrase, start, end)
    if horizon and not _HORIZON_AS_WORD.search(phrase, max(0, start - 4), start):
        # "le programme Horizon 2030", "the Horizon 2035 roadmap": a name, not "à l'horizon".
        return bool(_PLAN_YEARS.fullmatch(phrase, horizon.end(), end))
    if not _PLAN_YEARS.fullmatch(phrase, start, end):
        return False
    before = phrase[max(0, start - 60) : start]
    if _NUMBERED_BEFORE.search(before) or _COUNTED_AFTER.match(phrase, end):
        return True  # "section 2026 of the code", "a 2030 MW solar park": a number, no year
    capital = _CAPITALISED_BEFORE.search(before)
    if capital and capital.group(1).lower() not in _WHEN_WORDS:
        return True
    return by_noun and bool(
        _PLAN_NOUN_AFTER.match(phrase[end : end + 40]) or _PLAN_NOUN_BEFORE.search(before)
    )


def _latest(windows: list[DeadlineWindow]) -> DeadlineWindow:
    """Rule 8: several deadlines in one phrase, the latest one binds the promiser.

    A window with a deadline wins over a "not before" one, which has none. A week that holds
    a day also named says when that day is ("the July 29 launch next week"): the day counts.
    """
    if len(windows) == 1:
        return windows[0]
    with_end = [w for w in windows if w.end is not None]
    days = [w for w in with_end if w.start is not None and w.start == w.end]
    with_end = [w for w in with_end if not _holds_a_day(w, days)]
    if with_end:
        return max(with_end, key=lambda w: w.end or MIN_DATE)
    return max(windows, key=lambda w: w.start or MIN_DATE)


# "qui demarreront le 11 juillet pour se terminer le 1er aout", "to start on 2 October and end
# in April": a start and an end said of one piece of work are its range (rule 9).
_START_VERB = re.compile(
    r"\b(?:start|starts|starting|begin|begins|beginning|commence|commences|commencer"
    r"|commencera|commenceront|demarr(?:e|ent|er|era|eront|age)|debut(?:e|ent|er|era|eront)"
    # Ground broken is the start of the works: "will break ground in early 2023 and complete
    # commissioning in early 2024".
    r"|break\s+ground|breaks\s+ground|breaking\s+ground"
    # A window that opens and closes: "applications open on 1 March and close on 30 April".
    r"|open|opens|ouvr(?:e|ent|ira|iront))"
    r"\s+(?:[a-z']+\s+){0,4}$",
    re.ASCII,
)
_END_VERB = re.compile(
    r"\b(?:end|ends|ending|finish|finishes|finished|finishing|complete|completed|completion"
    # "starting from this month and concluding by 31 December 2021".
    r"|conclud(?:e|es|ed|ing)|(?:se\s+)?conclu(?:re|ra|ront)"
    # "ont commencé mi-2025 et devraient durer jusqu'à fin 2026": they last until then.
    r"|dur(?:er|era|eront)"
    # "to begin in April 2015 and continue through March 2016": it goes on until then; so in
    # French, "débuteront le 17 avril et se poursuivront jusqu'en septembre".
    r"|continu(?:e|es|ed|ing|er|era|eront)|(?:se\s+)?poursuiv(?:re|ra|ront)"
    r"|(?:se\s+)?termin(?:er|era|eront)|se\s+termin\w*|s'achev\w*"
    r"|se\s+fini(?:r|t|ssent|ra|ront)"
    r"|achev(?:er|era|eront)|(?:etre|sera|seront|soit|soient)\s+(?:achev|termin)\w*"
    r"|prendre\s+fin|prendra\s+fin|(?:pour|et|and|to)\s+(?:se\s+)?(?:clore|clos\w*)"
    r"|(?:and|then|to)\s+(?:(?:will|would)\s+)?close|closes|ferm(?:e|ent|era|eront))\b",
    re.ASCII,
)

# "[will start to phase out 3G] this month and aims to complete by December 2023": a period,
# then "and" and a verb of ending before the second, are the start and the end of one piece of
# work, its verb of starting left out of the phrase (rule 9), as two periods of a plan joined
# by "and" are one range. The words before the verb are its own (an auxiliary, "aims to"), not
# another subject's ("and the tower completes by 2029" tells of another thing), and "end" is the
# verb, not the noun ("and the end of production by 2030").
_AND_THEN_ENDS = re.compile(
    r"\s*,?\s*(?:and|et)\s+"
    r"(?:(?!(?:the|a|an|its|their|his|her|our|this|that|these|those|le|la|les|un|une|son|sa"
    r"|ses|leur|leurs|ce|cet|cette|ces)\b|l')[a-z']+\s+){0,3}?(?:se\s+|s')?"
    r"(?:complet(?:e|es|ed|ing)|finish(?:es|ed|ing)?|end(?:s|ed|ing)?(?!\s+of\b)"
    r"|conclud(?:e|es|ed|ing)"
    # "commencing in October 2026 and lasting through May 2027": it goes on until then; so does
    # "and last until" (the verb, the last word before the second period: not "and last year").
    # "Lasting" is a verb only right before the period, whose "through" or "until" says how
    # far, or before that word ("lasting savings by 2030" is an adjective).
    r"|lasting(?=\s*$|\s+(?:through|thru|until|till|to|into|beyond)\b)|lasts?(?=\s*$)"
    r"|achev(?:er|era|eront|e|es|ee|ees)|termin(?:er|era|eront|e|es|ee|ees))"
    r"(?:\s+[a-z']+){0,3}?\s*",
    re.ASCII,
)
# ("in 2026 and now to complete by 2028", "in 2026 and not finish by 2028": a replacement, a
# denial.)
_DENIED_OR_CHANGED = re.compile(
    r"\b(?:not|never|n't|pas|plus|jamais|finalement|finally|now|desormais|maintenant|instead"
    r"|plutot|rather)\b",
    re.ASCII,
)
_THEN_ENDS = re.compile(r"\s*,?\s*(?:pour|avant de)\s+", re.ASCII)
# "débutera en octobre jusqu'au 31 décembre", "will begin in October through December": after
# a verb of starting, "until" opens the second period right after the first, as "starting in
# 2025 through 2029" does.
_UNTIL_NEXT = re.compile(
    r"\s*,?\s*"
    # "begin May 21 and will operate seasonally until Sept. 8", "ouvrira le 2 mai et
    # fonctionnera jusqu'au 30 septembre": what starts then goes on until the second, its
    # own verb between.
    r"(?:(?:and|et)\s+(?:(?:will|would|should|va|vont)\s+)?[a-z]+(?:\s+[a-z]+ly)?\s+"
    # "and will remain open until 30 June", "et sera ouverte jusqu'au 30 septembre": a verb
    # of being and the state that lasts.
    r"(?:(?:open|closed|in (?:place|service|operation)|ouverte?s?|fermee?s?|en service)\s+)?)?"
    r"(?:until|till|through|thru|jusqu'(?:a|au|aux|en)|jusque)\b",
    re.ASCII,
)

_OPENS_WITH_START = re.compile(r"(?:starting|beginning|commencing)\b", re.ASCII)

# What two neighbouring expressions make as one, if they make one: its window and the
# words it read besides their own.
_Joined = tuple[DeadlineWindow, list[tuple[int, int]]]


def _join_first(
    found: list[_Found],
    folded: str,
    join: Callable[[_Found, _Found, str], _Joined | None],
    text: str | None = None,
) -> list[_Found]:
    """The expressions, the first two neighbours `join` reads as one made one. Scanning,
    `text` is the scanned text, from which the joined expression's own words are cut (so
    that it reads back alone)."""
    for i in range(len(found) - 1):
        a, b = found[i], found[i + 1]
        if a.window is None or b.window is None:
            continue
        joined = join(a, b, folded)
        if joined is None:
            continue
        window, used = joined
        if text is not None:
            window = replace(window, text=text[a.span[0] : b.span[1]])
        merged = _Found((a.span[0], b.span[1]), window, None, [*used, *a.used, *b.used])
        return [*found[:i], merged, *found[i + 2 :]]
    return found


def _next_after(found: _Found, day: dt.date, folded: str) -> DeadlineWindow | None:
    """The expression read again as if said on `day`: its next occurrence from then, or None
    if it names no time after it (a year of its own that is earlier)."""
    said = folded[found.span[0] : found.span[1]]
    again = [f.window for f in _scan(said, day, window_text=said) if f.window is not None]
    if len(again) != 1 or again[0].end is None or again[0].end < day:
        return None
    assert found.window is not None
    return replace(found.window, start=again[0].start, end=again[0].end)


def _start_to_end(a: _Found, b: _Found, folded: str) -> _Joined | None:
    """Two expressions, the first after a verb of starting and the second after a verb of
    ending, make one range from the start of the first to the end of the second."""
    first, last = a.window, b.window
    assert first is not None and last is not None
    if first.start is None or last.end is None:
        return None
    # "starting this month and concluding by 31 December": "starting" opens the first one.
    if first.start > last.end:
        # "begin May 21, 2020, and will operate until Sept. 8": a second period with no year
        # of its own is the next one after the first starts, as in a range (rule 9).
        last = _next_after(b, first.start, folded)
        if last is None:
            return None
    starts = _START_VERB.search(folded, 0, a.span[0]) or _OPENS_WITH_START.match(
        folded, a.span[0], a.span[1]
    )
    ends = _END_VERB.search(folded, a.span[1], b.span[1]) if starts else None
    if starts is not None and ends is None:
        ends = _UNTIL_NEXT.match(folded, a.span[1], b.span[1])
    if (
        starts is None
        and first.qualifier == Qualifier.IN.value
        and (and_ends := _AND_THEN_ENDS.fullmatch(folded, a.span[1], b.span[0])) is not None
        and not _DENIED_OR_CHANGED.search(folded, a.span[1], b.span[0])
    ):
        joined = replace(last, start=first.start, qualifier=Qualifier.IN.value)
        return joined, [and_ends.span()]
    if starts is not None and ends is not None:
        joined = replace(last, start=first.start, qualifier=Qualifier.IN.value)
        return joined, [(starts.start(), starts.end()), ends.span()]
    # "interviendront le 29 mars pour s'achever le 16 avril": ending right after the first
    # says the first is when it starts, whatever verb said so.
    then_ends = _THEN_ENDS.fullmatch(folded, a.span[1], b.span[0])
    if then_ends is None or (ending := _END_VERB.match(folded, b.span[0])) is None:
        return None
    joined = replace(last, start=first.start, qualifier=Qualifier.IN.value)
    return joined, [then_ends.span(), ending.span()]


# "17 new stores in 2011 and 19 in 2012", "the first in 2028 and the last during 2030": two
# periods joined by "and", a few words between, name the parts of one plan (rule 9).
# A quantity written with its thousands is one word ("and 175,000 tonnes in 2030").
_AND_BETWEEN = re.compile(
    r"\s*,?\s*(?:and|et)(?:\s+[a-z0-9'-]+(?:[,.]\d{3}[a-z]*)*){0,3}\s*", re.ASCII
)
# In a deadline phrase a comma joins them too, a few words after it saying what the second
# one is: "le premier sortira en 2024, le deuxième en 2025", "en 2025, pour une réouverture
# en 2027". Not a sequence, a contrast or a denial told ("in 2025, then in 2027"); a word of
# change between them is refused before this is asked (`_CHANGED_BETWEEN`).
_COMMA_BETWEEN = re.compile(
    r"\s*,(?:\s+(?!(?:then|puis|ensuite|later|not|non|pas|ni|nor|mais|but|yet)\b)"
    r"[a-z0-9'-]+){1,3}\s*",
    re.ASCII,
)
_GIVEN_UP_EARLIER = re.compile(
    r"\b(?:initial(?:ement|ly)|original(?:ement|ly)|a l'origine|au depart|at first|previously"
    r"|auparavant|precedemment)\b",
    re.ASCII,
)

# A word between them that says the second replaces the first: "devait ouvrir en 2023 et le
# sera finalement en 2024", "due in 2023 and now in 2024" (rule 9: no alternative).
_CHANGED_BETWEEN = re.compile(
    r"\b(?:finalement|finally|now|desormais|maintenant|instead|plutot|rather)\b", re.ASCII
)


# The second said as the time from which something goes on ("la production débutera en 2025
# et à partir de 2027, près de 1 700 employés seront recrutés"): a new statement, its own
# window, not the end of a plan's range. Its words are those the readings take as a start.
_FROM_ON = re.compile(
    "|".join(
        rf"{re.escape(words)}(?:\b|(?<='))" for words in sorted(_FROM_WORDS, key=len, reverse=True)
    ),
    re.ASCII,
)


def _periods_of_a_plan(a: _Found, b: _Found, folded: str) -> _Joined | None:
    """Two periods of a plan joined by "and" are one range, from the start of the first to
    the end of the second, as "in 2028 and 2030" is."""
    first, last = a.window, b.window
    assert first is not None and last is not None
    if Qualifier.IN.value != first.qualifier or last.qualifier != Qualifier.IN.value:
        return None
    if first.start is None or last.start is None or first.end is None or last.end is None:
        return None
    # ("les années fiscales 2026-2027 et 2027-2028": two years that share one, in order.)
    if not (first.start < last.start and first.end < last.end):
        return None
    if _CHANGED_BETWEEN.search(folded, a.span[1], b.span[0]):
        return None  # "en 2023 et le sera finalement en 2024": the second replaces the first
    if _FROM_ON.match(folded, b.span[0]):
        return None  # "en 2025 et à partir de 2027": what goes on from then, no second part
    if not _AND_BETWEEN.fullmatch(folded, a.span[1], b.span[0]) and (
        not _COMMA_BETWEEN.fullmatch(folded, a.span[1], b.span[0])
        or _GIVEN_UP_EARLIER.search(folded, 0, a.span[0])
        or _MOVE_RX.search(folded, a.span[1], b.span[0])
    ):
        return None
    return replace(last, start=first.start), []


# "the end of 2018 beginning of 2019", "fin 2025 début 2026": two parts of years side by side,
# nothing but spaces between them (a line break ends the first: "in late 2026\n\nEarly 2027 will
# see ..." is two statements).
_SIDE_BY_SIDE = re.compile(r"[ \t]+", re.ASCII)


def _adjacent_parts(a: _Found, b: _Found, folded: str) -> _Joined | None:
    """A part that closes one year written right before the part that opens the next, with no
    "to" between, is one range from the start of the first to the end of the second (rule 9):
    the writer hesitates across the turn of the year, and names no alternative."""
    first, last = a.window, b.window
    assert first is not None and last is not None
    part = Precision.PART_OF_YEAR.value
    if first.precision != part or last.precision != part:
        return None
    if first.qualifier != Qualifier.IN.value or last.qualifier != Qualifier.IN.value:
        return None
    if first.start is None or first.end is None or last.start is None:
        return None
    if last.start != first.end + dt.timedelta(days=1):
        return None
    if last.start.year != first.end.year + 1:
        return None  # "early 2027 mid 2027": two parts of one year, no turn of the year
    if not _SIDE_BY_SIDE.fullmatch(folded, a.span[1], b.span[0]):
        return None
    return replace(last, start=first.start), []


# "d'ici la fin de cette année 2025", "this year 2025": the year named, then its number.
_NAMED_YEAR_END = re.compile(r"(?:annee|year)\s+$", re.ASCII)


def _year_said_again(a: _Found, b: _Found, folded: str) -> _Joined | None:
    """A year named by a word ("cette année", "this year") and then by its number is one
    year: the expression before it stands, its qualifier and part kept ("d'ici la fin de
    cette année 2025" is by the end of 2025, not the whole year)."""
    first, number = a.window, b.window
    assert first is not None and number is not None
    if number.precision != Precision.YEAR.value:
        return None
    day = first.end or first.start
    if day is None or number.start is None or number.start.year != day.year:
        return None
    if not _NAMED_YEAR_END.search(folded, a.span[0], b.span[0]):
        return None
    if folded[a.span[1] : b.span[0]].strip():
        return None
    return first, []


# "au cours de l'année financière 2024-2025", "during the fiscal year 2026": the kind of year
# between the noun and its number.
_KIND_OF_YEAR = re.compile(
    r"\s*(?:financiere|fiscale|budgetaire|civile|comptable|financial|fiscal|calendar)\s*",
    re.ASCII,
)


def _kind_of_year_named(a: _Found, b: _Found, folded: str) -> _Joined | None:
    """A year named by its noun, a word of its kind, then its number ("l'année financière
    2024-2025") is the year or years numbered, not the year under way: the noun alone had
    read as the year it was said in."""
    noun, number = a.window, b.window
    assert noun is not None and number is not None
    if number.precision != Precision.YEAR.value or noun.precision != Precision.YEAR.value:
        return None
    if noun.start is None or noun.end is None or (noun.start.month, noun.end.month) != (1, 12):
        return None
    if noun.qualifier not in (None, Qualifier.IN.value) or not _NAMED_YEAR_END.search(
        folded, a.span[0], a.span[1] + 1
    ):
        return None
    if not _KIND_OF_YEAR.fullmatch(folded, a.span[1], b.span[0]):
        return None
    joined = replace(number, qualifier=noun.qualifier or number.qualifier)
    return joined, [(a.span[1], b.span[0])]


# "in 2016 from May 2-13", "en 2026, du 2 au 13 mai": a year, then a time inside it with no
# year of its own, a comma at most between.
_YEAR_THEN = re.compile(r"\s*,?\s*", re.ASCII)
_FINER = frozenset({Precision.DAY.value, Precision.MONTH.value})


def _year_then_its_part(a: _Found, b: _Found, folded: str) -> _Joined | None:
    """A whole year followed by a day, a month or a range of them with no year is that time
    of the year named, not the next one from the day said, nor a range to it (rule 9)."""
    year, part = a.window, b.window
    assert year is not None and part is not None
    if year.precision != Precision.YEAR.value or year.qualifier not in (None, "in"):
        return None
    if year.start is None or year.end is None or year.start.year != year.end.year:
        return None
    if (year.start.month, year.start.day, year.end.month, year.end.day) != (1, 1, 12, 31):
        return None
    if part.precision not in _FINER or part.start is None or part.end is None:
        return None
    if part.start.year != part.end.year or _FOUR_DIGIT_YEAR.search(folded, *b.span):
        return None
    if not _YEAR_THEN.fullmatch(folded, a.span[1], b.span[0]):
        return None
    shift = year.start.year - part.start.year
    try:
        start = part.start.replace(year=part.start.year + shift)
        end = part.end.replace(year=part.end.year + shift)
    except ValueError:
        return None  # 29 February in a year that has none
    return replace(part, start=start, end=end), []


# "sur sept ans (2020-2026)", "over seven years, from 2024 to 2030": a stretch of time told
# by its length, then by its years, set off by a comma, a colon or a bracket.
_APPOSED = re.compile(r"\s*[,:(]?\s*")


def _dated_stretch(a: _Found, b: _Found, folded: str) -> _Joined | None:
    """A span counted from the day said ("over seven years") followed by the range it names
    is that range: the years say where the stretch lies, which the count alone cannot."""
    counted, named = a.window, b.window
    assert counted is not None and named is not None
    if counted.precision != Precision.RELATIVE.value:
        return None
    if named.start is None or named.end is None or named.start == named.end:
        return None
    if not _APPOSED.fullmatch(folded, a.span[1], b.span[0]):
        return None
    return named, []


def _holds_a_day(window: DeadlineWindow, days: list[DeadlineWindow]) -> bool:
    """Whether a week-long window ("next week", "cette semaine") holds one of the days."""
    start, end = window.start, window.end
    if start is None or end is None or (end - start).days != 6:
        return False
    return any(start <= (day.start or MIN_DATE) <= end for day in days)


_UNUSED_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)*")


def _unused(phrase: str, folded: str, used: list[tuple[int, int]]) -> tuple[str, ...]:
    """The words of the phrase that no rule read, as written, filler words left out."""
    read = bytearray(len(phrase) + 1)
    for a, b in used:
        read[a:b] = b"\x01" * (b - a)
    words = []
    # Words are cut from the folded text, where every apostrophe is one ("won’t" is a word).
    for m in _UNUSED_WORD.finditer(folded):
        if 1 in read[m.start() : m.end()]:
            continue  # read, wholly or in part ("won't": its "n't" was read)
        if m.group() in _FILLER or ("'" in m.group() and m.group().split("'")[-1] in _FILLER):
            continue
        words.append(phrase[m.start() : m.end()])
    return tuple(words)


def _as_written(word: str, written: str) -> str:
    """A word of the repaired phrase as the editor's text spells it ("" if it cannot be)."""
    if word in written:
        return word
    if "\u2019" in word:
        # Tidying wrote an apostrophe Unicode counts as a letter ("lʼédition") as "’".
        for sign in ("\u02bc", "\u02b9"):
            if (spelled := word.replace("\u2019", sign)) in written:
                return spelled
    for codec in ("cp1252", "cp1250"):
        try:
            spelled = word.encode("utf-8").decode(codec)
        except UnicodeError:
            continue
        if spelled in written:
            return spelled
    return ""


def _no_deadline(phrase: str) -> DeadlineParseError:
    """Why a phrase holds no deadline at all, in the words the editor wrote."""
    folded = _fold(phrase)
    if back := _MEASURED_BACK_RX.search(folded):
        said = phrase[back.start() : back.end()]
        return DeadlineParseError(
            f"'{said}' sets no end: more than a span, whether gone by ('the first in over 20"
            " years') or ahead ('in more than two years'), holds no deadline."
        )
    if vague := _VAGUE.search(folded) or _FIGURATIVE_TOMORROW_RX.search(folded):
        said = phrase[vague.start() : vague.end()]
        return DeadlineParseError(
            f"'{said}' is too vague to be a deadline: no date can be held against it."
        )
    if negation := _NEGATION_RX.search(folded):
        said = phrase[negation.start() : negation.end()]
        return DeadlineParseError(
            f"'{said}' is a negation, and the phrase names no date: it holds no deadline."
        )
    if anaphora := _ANAPHORA_RX.search(folded):
        said = phrase[anaphora.start() : anaphora.end()]
        return DeadlineParseError(
            f"'{said}' points to a date given elsewhere: write that date instead."
        )
    return DeadlineParseError(
        f"No deadline found in '{_shorten(phrase)}': name a day, a month, a quarter, a half, "
        "a season, a year or a span (e.g. 'by the end of 2025', 'within 18 months')."
    )


def parse_deadline(
    text: str, *, stated_on: dt.date, stated_precision: str = "day"
) -> DeadlineWindow:
    """Parse one deadline phrase stated on `stated_on` into a window.

    `stated_precision` ("day", "month" or "year") says how precisely `stated_on` is known:
    said "in April 2025" (month), "within two years" ends on 2027-04-30.

    The phrase may hold surrounding words ("the company said it would go live by the end
    of 2024."); the window lists in `unused` the words no rule read. It is read tidied
    (`language.text.tidy`): no-break spaces, doubled spaces, accents written as a letter and
    a combining mark, or a line broken by a width change nothing. Raises
    DeadlineParseError, with a message for the editor, when the phrase holds no deadline
    (nothing datable, a negated or impossible date, or a date already past when it was
    said); never raises anything else for a str.
    """
    stated_on = _check_stated_on(stated_on, stated_precision)
    if text is None:
        text = ""
    if not isinstance(text, str):
        raise DeadlineParseError(f"A deadline must be text, not {type(text).__name__}.")
    if len(text) > MAX_PHRASE_LENGTH:
        raise DeadlineParseError(
            f"The text is {len(text)} characters long; a deadline phrase is at most "
            f"{MAX_PHRASE_LENGTH}."
        )
    written = text.strip()  # the window's text, and where unused words are looked up
    # Read in one spelling whatever the typography (NFC, plain single spaces...).
    phrase = _repaired(tidy(text).text, keep_length=False).strip()
    if not phrase:
        raise DeadlineParseError("The deadline text is empty.")

    found = _scan(phrase, stated_on, window_text=written, stated_precision=stated_precision)
    windows = [f.window for f in found if f.window is not None]
    if not windows:
        errors = [f.error for f in found if f.error]
        raise DeadlineParseError(errors[0]) if errors else _no_deadline(phrase)
    folded = _fold(phrase)
    found = _join_first(found, folded, _year_said_again)
    found = _join_first(found, folded, _kind_of_year_named)
    windows = [f.window for f in found if f.window is not None]
    if len(windows) > 1:
        for join in (_year_then_its_part, _start_to_end, _dated_stretch, _adjacent_parts):
            found = _join_first(found, folded, join)
        # A plan in three parts or more ("in 2030, the second in 2033 and the third in
        # 2035"): each part joins the range the ones before it made.
        while len(joined := _join_first(found, folded, _periods_of_a_plan)) < len(found):
            found = joined
        windows = [f.window for f in found if f.window is not None]
    if len(windows) > 1:
        # "Under its Net Zero 2050 plan, ... by 2032", "The fund's 2024-2030 strategy foresees
        # a first close in Q1 2026": a plan's years name the plan, not this promise's date.
        named = [f for f in found if f.window is not None and _names_a_plan(phrase, f.span)]
        if named and len(named) < len(windows):
            found = [f for f in found if f not in named]
            windows = [f.window for f in found if f.window is not None]
    if len(windows) > 1:
        # "Selon le rapport de 2023, la ligne ne sera pas achevée avant 2031": a date already
        # past is no promise (rule 17), so a later one that is not past binds (rule 8).
        ahead = [w for w in windows if (w.end or w.start or stated_on) >= stated_on]
        windows = ahead or windows
    if (distal := _THAT_DISTANT_PERIOD.search(folded)) and not _FOUR_DIGIT_YEAR.search(folded):
        # "in November that year", "en septembre de cette année-là": "that" points away from
        # the time of speaking, to a year the phrase does not give ("the same year" may be
        # the one under way, and keeps it).
        said = phrase[distal.start() : distal.end()]
        raise DeadlineParseError(
            f"'{said}' points to a date given elsewhere: write that date instead."
        )
    window = _latest(windows)
    span = next(f.span for f in found if f.window is window)
    last_day = window.end or window.start
    if last_day is not None and last_day < stated_on:
        raise DeadlineInPastError(
            f"'{_shorten(phrase)}' ended on {last_day.isoformat()}, before it was said on "
            f"{stated_on.isoformat()}: a date already past is no promise.",
            window=window,
        )
    used = [read for f in found for read in f.used]
    return DeadlineWindow(
        window.text,
        window.start,
        window.end,
        window.precision,
        window.qualifier,
        _language(folded[span[0] : span[1]], folded),
        tuple(w for word in _unused(phrase, folded, used) if (w := _as_written(word, written))),
    )


# "the following year", "l'année suivante", "durant l'hiver suivant": the one after a time
# the phrase does not give ("le mois suivant" keeps its reading: a law's "le premier jour du
# mois suivant" is next month's).
_FOLLOWING = (
    r"(?:the following (?:(?P<fyear>(?:fiscal |financial )?year)|spring|summer|autumn|fall"
    r"|winter)|(?:l')?(?:(?P<fyear_fr>annee|an|exercice)|hiver|ete|printemps|automne)"
    r" suivante?)"
)
_THAT_DISTANT_PERIOD = re.compile(
    r"\b(?:that (?:same )?(?:year|month)|cette (?:meme )?annee[- ]?la|ce mois[- ]?la"
    rf"|{_FOLLOWING})(?!\w)",
    re.ASCII,
)
_FOLLOWING_RX = re.compile(rf"\b{_FOLLOWING}(?!\w)", re.ASCII)
_FOUR_DIGIT_YEAR = re.compile(r"(?<!\d)(?:19|20|21)\d\d(?!\d)")
_NAMES_A_YEAR_OR_MONTH = re.compile(r"year|month|ann[ée]e|mois|following|suivant", re.IGNORECASE)
_SEASON_IN_A_NAME = re.compile(r"\b(?:Spring|Summer|Fall|Autumn|Winter|Printemps)$")
_CAPITALISED_NEXT = re.compile(r"[ -][A-Z][a-z]")


def _in_the_year_told_before(
    window: DeadlineWindow, folded: str, span: tuple[int, int], stated_on: dt.date
) -> DeadlineWindow | None:
    """An expression as a part of a period told elsewhere: "the third quarter of the same
    year", after "the second quarter of 2024", is the third quarter of 2024; with no year
    told before it, it is left out ("cette année-là" names no year of its own)."""
    start, end = span
    if following := _FOLLOWING_RX.search(folded, start, end):
        # "the following year" is the one after the last year the text names before it;
        # with none, it names no year of its own and is left out, as "that year" is.
        years = _FOUR_DIGIT_YEAR.findall(folded, 0, start)
        if not years:
            return None
        if not (following.group("fyear") or following.group("fyear_fr")):
            return window  # a season after a year's: as the scan read it
        named = str(int(years[-1]) + 1)
        try:
            again = parse_deadline(
                f"{folded[start : following.start()]}{named}{folded[following.end() : end]}",
                stated_on=stated_on,
            )
        except DeadlineParseError:
            return None
        return replace(again, text=window.text)
    inside = _THAT_PERIOD_RX.search(folded, start, end + 3)  # "-là" may follow the span
    after = _OF_THAT_PERIOD_RX.match(folded, end)
    if inside is None and after is None:
        return window
    if inside is not None and re.search(r"\d{4}", folded[start:end]):
        return window
    years = _FOUR_DIGIT_YEAR.findall(folded, 0, start)
    if after is None or not years:
        return None
    try:
        again = parse_deadline(f"{window.text} {years[-1]}", stated_on=stated_on)
    except DeadlineParseError:
        return None
    return replace(again, text=window.text)


def find_deadlines(
    text: str, *, stated_on: dt.date, stated_precision: str = "day", keep_given_up: bool = True
) -> list[FoundDeadline]:
    """Every deadline expression in a longer text (a news item, an article), in order.

    Each comes with its window (whose `text` is the expression) and its span in `text`; the
    text is read tidied (`language.text.tidy`), the expression given back as `text` writes it.
    Expressions that name no usable date (a year out of range, 31 February), negated or
    vague ones are left out; past ones are kept (an article reports them). Texts over
    MAX_SCAN_LENGTH characters are refused. `stated_precision` is as for `parse_deadline`.
    `keep_given_up=False` also leaves out the dates of plans the text says were given up,
    named before them ("initially planned for March", "qui promettait initialement des
    livraisons en 2023"): a reader of news wants them (a slip is told against them), a
    drafter of promises does not.
    """
    stated_on = _check_stated_on(stated_on, stated_precision)
    if not isinstance(text, str):
        raise DeadlineParseError(f"A text to scan must be text, not {type(text).__name__}.")
    if len(text) > MAX_SCAN_LENGTH:
        raise DeadlineParseError(
            f"The text is {len(text)} characters long; find_deadlines reads at most "
            f"{MAX_SCAN_LENGTH}: split it into paragraphs."
        )
    tidied = tidy(text)
    scanned = _scan(tidied.text, stated_on, window_text=None, stated_precision=stated_precision)
    # The text is folded again only when a check below needs it: `_fold` goes letter by
    # letter, and most texts the news watch scans need none. The folded copy keeps the
    # tidied text's positions, so the scan's spans hold in it.
    folded = None
    if len(scanned) > 1:
        # Two expressions may be one (a stretch and its years, a year named twice).
        folded = _fold(tidied.text)
        for join in (_dated_stretch, _year_said_again, _adjacent_parts):
            scanned = _join_first(scanned, folded, join, tidied.text)
    # "to 2026, from 2024 originally": the date left behind is no deadline of the text.
    if folded is None and any(_set_aside(tidied.text, f.span) for f in scanned):
        folded = _fold(tidied.text)
    if folded is not None:
        scanned = [f for f in scanned if not _left_behind(folded, f.span)]
    if not keep_given_up and _GIVEN_UP_HINT.search(tidied.text):
        folded = folded if folded is not None else _fold(tidied.text)
        scanned = [f for f in scanned if not _given_up(folded, f.span)]
    # A year in a plan's name or a number that only looks like one ("le plan France 2030",
    # "Article 2027", "a 2030 MW park") is no deadline of the text; a year beside a noun of
    # a plan is kept ("its 2022 pledge" dates the statement).
    found = [
        (f.window, f.span)
        for f in scanned
        if f.window is not None
        and not _names_a_plan(tidied.text, f.span, by_noun=False)
        and not _no_time(tidied.text, f.span, f.window)
    ]
    # "in Spring Hill, Tennessee", "the Fall River plant": a season's name capitalised before
    # another capitalised word names a place or a thing.
    found = [(w, span) for w, span in found if not _SEASON_IN_A_NAME.search(tidied.text, *span)
             or not _CAPITALISED_NEXT.match(tidied.text, span[1])]  # fmt: skip
    if found and _NAMES_A_YEAR_OR_MONTH.search(tidied.text):
        # A text that may name "that year" or "la même année".
        folded = folded if folded is not None else _fold(tidied.text)
        found = [
            (window, span)
            for told, span in found
            if (window := _in_the_year_told_before(told, folded, span, stated_on)) is not None
        ]
    if tidied.text == text:
        return [FoundDeadline(window.text, window, span) for window, span in found]
    results = []
    for window, span in found:
        start, end = tidied.span(*span)
        written = replace(window, text=text[start:end])
        results.append(FoundDeadline(written.text, written, (start, end)))
    return results
