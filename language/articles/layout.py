"""What an article's layout says, before its sentences are read: date lines and timetables.

Pages that are updated through the day or list a programme put dates on lines of their own:

- A line that is only a day ("Sept. 6") over prose dates that prose: the round-up's items
  below it were said that day, until the next such line; so does a dateline that is a place
  and a day ("Paris, November 7, 2023") over a press release, and a digest's heading that
  names the days it covers ("Top Rail News for 16th-22nd of February, 2026"): its items
  were said within them.
- A line that is only a date over a short line without a sentence's end is a timetable
  entry: "Fin 2021" over "M4 : Mairie de Montrouge - Bagneux" is that line's date.
- A project sheet's field for when a thing is due, a line of its own, is a timetable entry
  too: "Livraison : Mars 2026" under "Parc urbain".
- Short dated lines after a sentence that ends with a colon and holds a commitment are that
  sentence's items: "Additional routes launching in Q2 2025 include:" then
  "Santo Domingo–San Juan (June 4)".

Entries and items become drafts like any sentence's (see `extract.py`), with the words of
the line as the quote.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from language.deadlines import DeadlineParseError, FoundDeadline, find_deadlines
from language.text import fold_case as _fold

from .page import _TERMINAL, _words_between
from .stated import Stated, _from_interval

# A line that carries nothing but list punctuation ("-", "•").
_BULLET = re.compile(r"^\s*[-–—•*·]?\s*$")
# What may stand beside a date on a date line: an aside in brackets, punctuation.
# An excerpt's cut ("[...]") is no word of the line either.
_ASIDE = re.compile(r"\([^)]*\)|\[(?:\.\.\.|…)\]|[\s,.:;–—-]+")
# The longest line read as a timetable's short line or a list item.
_SHORT = 12
# A dateline's place before its day: "Paris, November 7, 2023", "DOUVRIN, FRANCE, le 30 mai".
_PLACE = re.compile(r"^(?:[A-ZÀ-Þ][\w'’.-]*(?:[ -][A-ZÀ-Þ][\w'’.-]*){0,3},\s*){1,2}(?=\S)")
# A project sheet's field for when it is due, then a colon: "Livraison : Mars 2026",
# "Completion: spring 2026", "Mise en service : fin 2025".
_FIELD = re.compile(
    r"^\s*(?P<what>livraison|mise en service|ouverture|achèvement|fin des travaux|"
    r"début des travaux|lancement|delivery|completion|opening|due|launch|start of works)"
    r"(?: prévue| estimée| prévisionnelle| expected| planned| due)?\s*:\s*",
    re.IGNORECASE,
)
# A digest's heading: "Top Data Center News for 16th-22nd of February, 2026", "Weekly
# round-up, 3-9 March", "L'actualité de la semaine du 3 au 9 mars".
_DIGEST = re.compile(
    r"\b(?:news|round-?up|digest|recap|week|weekly|actualités?|actus?|semaine|revue)\b",
    re.IGNORECASE,
)
# Where a list item's own words end: a full stop before a capital ("février 2025. Avec ses
# 2000 m², ..."), not an abbreviation's ("févr. 2025", "Sept. 6").
_ITEM_END = re.compile(r"\.\s+(?=[A-ZÀ-Þ])")
# How far from the article's date a date line may date the prose below it.
_NEAR = dt.timedelta(days=31)


@dataclass(frozen=True)
class Entry:
    """A dated line of a timetable or a list: its quote, the date and the phrase it inherits."""

    quote: str
    position: int
    line: str
    deadline: FoundDeadline
    commitment: str = ""


@dataclass
class Layout:
    """Per paragraph (by its number): the day a date line gives the prose from there on, the
    entries to draft there, and the paragraphs read as entries rather than as prose."""

    dates: dict[int, Stated] = field(default_factory=dict)
    entries: dict[int, list[Entry]] = field(default_factory=dict)
    consumed: set[int] = field(default_factory=set)


def date_line(line: str, on: dt.date) -> FoundDeadline | None:
    """The date a line holds when it holds nothing else ("Fin 2021", "Mi-2022 (sans doute
    plus tard)"), else None."""
    found = _dates(line, on)
    if len(found) != 1:
        return None
    start, end = found[0].span
    rest = _ASIDE.sub("", line[:start] + line[end:])
    return found[0] if not rest else None


def _dates(line: str, on: dt.date) -> list[FoundDeadline]:
    try:
        return find_deadlines(line, stated_on=on)
    except DeadlineParseError:
        return []


def _covers(line: str, on: dt.date) -> Stated | None:
    """The days a digest's heading says it covers, as a time of speech: a span of days that
    ends on or within a month before the article's day ("News for 16th-22nd of February,
    2026" on 23 February is February 2026)."""
    if _words_between(line) > _SHORT or not _DIGEST.search(line):
        return None
    found = _dates(line, on)
    if len(found) != 1:
        return None
    window = found[0].window
    start, end = window.start, window.end
    if window.precision != "day" or start is None or end is None or start == end:
        return None
    if not dt.timedelta(0) <= on - end <= _NEAR:
        return None
    return _from_interval(start, end, line)


def _short(line: str) -> bool:
    return 0 < _words_between(line) <= _SHORT and not _TERMINAL.search(line)


def read_layout(
    text: str, paragraphs: list[tuple[str, int]], article: Stated, commitment: re.Pattern[str]
) -> Layout:
    """Date lines, timetable entries and colon lists of an article's paragraphs.

    `commitment` finds a commitment phrase in folded text (the colon sentence must hold one).
    """
    layout = Layout()
    lines = [
        (n, p.strip(), offset + len(p) - len(p.lstrip()))
        for n, (p, offset) in enumerate(paragraphs)
        if not _BULLET.match(p)
    ]
    paired = _named_then_dated(text, lines, article.on, layout)
    for index, (number, line, at) in enumerate(lines):
        if number in paired:
            continue
        following = lines[index + 1] if index + 1 < len(lines) else None
        date = date_line(line, article.on) if _words_between(line) <= _SHORT else None
        placed = _PLACE.match(line) if _words_between(line) <= _SHORT else None
        if date is None and placed and following is not None:
            # "Paris, November 7, 2023" heading a press release: its day, whatever follows.
            date = date_line(line[placed.end() :], article.on)
            if date is not None and date.window.precision == "day" and date.window.start:
                if abs(date.window.start - article.on) <= _NEAR:
                    layout.dates[following[0]] = Stated(date.window.start, "day", line)
                    layout.consumed.add(number)
                continue
        if date is None and following is not None and (covered := _covers(line, article.on)):
            # A digest's heading over its items: they were said within the days it names.
            layout.dates[following[0]] = covered
            continue
        field_ = _FIELD.match(line) if _words_between(line) <= _SHORT else None
        if date is None and field_ is not None:
            due = date_line(line[field_.end() :], article.on)
            if due is not None:
                # "Livraison : Mars 2026" under a project's name: when it is due, as a
                # timetable's entry says it.
                layout.entries.setdefault(number, []).append(
                    Entry(line, at, line, due, field_.group("what").strip())
                )
                layout.consumed.add(number)
                continue
        if date is not None and following is not None:
            next_number, next_line, next_at = following
            if _short(next_line) and date_line(next_line, article.on) is None:
                # "Fin 2021" over "M4 : Mairie de Montrouge - Bagneux": a timetable entry.
                quote = text[at : next_at + len(next_line)]
                layout.entries.setdefault(next_number, []).append(Entry(quote, at, next_line, date))
                layout.consumed |= {number, next_number}
            elif (
                date.window.precision == "day"
                and date.window.start is not None
                and abs(date.window.start - article.on) <= _NEAR
            ):
                # "Sept. 6" over a round-up's items: they were said that day.
                layout.dates[next_number] = Stated(date.window.start, "day", line)
                layout.consumed.add(number)
            continue
        if not line.endswith(":") or not commitment.search(_fold(line)):
            continue
        # "Routes launching in Q2 2025 include:" then its dated items, one a line.
        phrase = commitment.search(_fold(line))
        for item_number, line_, item_at in lines[index + 1 :]:
            # An item may end with a full stop, or go on with a sentence of its own: "Rennes
            # (Ille-et-Vilaine) : février 2025. Avec ses 2000 m², il sera ...".
            item = _ITEM_END.split(line_, maxsplit=1)[0].rstrip(".")
            if not _short(item):
                break
            found = _dates(item, article.on)
            if len(found) != 1:
                break
            layout.entries.setdefault(item_number, []).append(
                Entry(item, item_at, item, found[0], phrase.group() if phrase else "")
            )
            layout.consumed.add(item_number)
    return layout


def _named_then_dated(
    text: str, lines: list[tuple[int, str, int]], on: dt.date, layout: Layout
) -> set[int]:
    """A timetable whose steps come before their dates ("Construction Complete" over "Summer
    2026", then "Grand Opening" over "Fall 2026"): a run of short lines and date lines in
    turn that starts with a step (not after a date line) and ends on a date pairs each step
    with the date under it. The numbers of the lines it read."""
    kinds = [
        "D"
        if _words_between(line) <= _SHORT and date_line(line, on) is not None
        else "s"
        if _short(line)
        else "P"
        for _, line, _ in lines
    ]
    paired: set[int] = set()
    index = 0
    while index < len(lines):
        end = index
        while end + 1 < len(lines) and kinds[end] == "s" and kinds[end + 1] == "D":
            end += 2
        after = kinds[end] if end < len(lines) else ""
        if end - index >= 4 and (index == 0 or kinds[index - 1] != "D") and after != "s":
            for step in range(index, end, 2):
                number, line, at = lines[step]
                date_number, date_text, date_at = lines[step + 1]
                date = date_line(date_text, on)
                assert date is not None
                layout.entries.setdefault(number, []).append(
                    Entry(text[at : date_at + len(date_text)], at, line, date)
                )
                layout.consumed |= {number, date_number}
                paired |= {number, date_number}
            index = end
            continue
        index += 1
    return paired
