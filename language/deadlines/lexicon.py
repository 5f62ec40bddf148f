"""The parser's words: qualifiers, parts of a year, numbers, units and month names.

A table of words, not logic: it is long because the languages are. Keys are folded (no
accents); a space in a key matches any whitespace, `~` an optional dash.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from dateparser.languages.loader import default_loader

from language.text import fold as _fold


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
