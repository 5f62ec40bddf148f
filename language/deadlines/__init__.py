"""Turn what vendors say about a deadline into a date window.

The grammar is a table (`grammar._RULES`): each rule is one kind of period (a day, a month,
a quarter, a half, a season, a year, a week, a relative span...) written as a regular
expression, plus a resolver that turns the match into dates. Every rule shares the same
qualifier grammar ("by", "before", "not before", "after", "d'ici", "au plus tard"...) and
the same parts ("early", "mid", "fin"...), so adding a form of period means adding one row.
`context.py` then reads the words between and around the matches: ranges ("Q2 or Q3
2027"), moves, negations, spans anchored on a day or an event. The rules are documented
for editors in docs/deadlines.md.

Concrete days ("le 1er juillet 2025", "June 30, 2025", "30/06/2025") are read by hand from
the rule's groups (`days.py`); month and weekday names come from dateparser's English and
French locale data. Everything is matched on a folded copy of the text
(`language.text.fold`).

Plain Python: no Django, importable without settings.
"""

from .lexicon import MONTH_NUMBERS
from .parser import find_deadlines, parse_deadline
from .window import (
    MAX_DATE,
    MAX_PHRASE_LENGTH,
    MAX_SCAN_LENGTH,
    MIN_DATE,
    DeadlineInPastError,
    DeadlineParseError,
    DeadlineWindow,
    FoundDeadline,
    Precision,
    Qualifier,
    format_window,
)

__all__ = [
    "MAX_DATE",
    "MAX_PHRASE_LENGTH",
    "MAX_SCAN_LENGTH",
    "MIN_DATE",
    "MONTH_NUMBERS",
    "DeadlineInPastError",
    "DeadlineParseError",
    "DeadlineWindow",
    "FoundDeadline",
    "Precision",
    "Qualifier",
    "find_deadlines",
    "format_window",
    "parse_deadline",
]
