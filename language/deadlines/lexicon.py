"""The parser's words: qualifiers, parts of a year, numbers, units, month and day names.

A table of words, not logic: it is long (over 600 lines would still be fine) because the
languages are. Keys are folded (no accents); a space in a key matches any whitespace, `~`
an optional dash.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from types import MappingProxyType

from dateparser.languages.loader import default_loader

from language.text import fold as _fold


def _rx(source: str) -> str:
    """Expand the table's shorthand: a space is any run of whitespace, `~` an optional dash."""
    return source.replace(" ", r"\s+").replace("~", r"\s*-?\s*")


_SHORTHAND = {" ": r"\s+", "~": r"\s*-?\s*"}
_Trie = dict[str, "_Trie"]


def _alternation(phrases: Iterable[str]) -> str:
    """A regex alternative of shorthand phrases, built as a trie ("d'ici", "d'ici a" and
    "d'ici au" share "d'ici"): a word that starts no phrase fails at its first letter, so
    the many qualifiers cost little, and at every branch the longer phrase is tried first."""
    trie: _Trie = {}
    for phrase in set(phrases):
        node = trie
        for ch in phrase:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_source(trie)


def _trie_source(node: _Trie) -> str:
    branches = [
        _SHORTHAND.get(ch, re.escape(ch)) + _trie_source(child)
        for ch, child in sorted(node.items())
        if ch
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


def _squash(text: str) -> str:
    """The lookup key of a matched phrase: no spaces, no dashes."""
    return re.sub(r"[\s-]+", "", text)


def _words(text: str) -> list[str]:
    """A word list written as one string, easier to read and extend than a list literal."""
    return text.split()


# ---------------------------------------------------------------------------------------
# Numbers and span units.
# ---------------------------------------------------------------------------------------

_EN_UNITS = _words("one two three four five six seven eight nine")
_EN_TEENS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen"
_EN_TENS = _words("twenty thirty forty fifty sixty seventy eighty ninety")
_FR_UNITS = _words("un deux trois quatre cinq six sept huit neuf")
_FR_TEENS = "dix onze douze treize quatorze quinze seize dix~sept dix~huit dix~neuf"
_FR_TENS = ["vingt", "trente", "quarante", "cinquante", "soixante"]


def _number_words() -> dict[str, float]:
    """Number words of English and French up to 99, plus "a", "a couple of", "une dizaine de",
    "a hundred", "another"."""
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
    # Belgian and Swiss French: "septante" (70), "huitante" (80), "nonante" (90).
    for tens, value in (("septante", 70), ("huitante", 80), ("nonante", 90)):
        words[tens] = value
        words[f"{tens}~et~un"] = words[f"{tens}~et~une"] = value + 1
        for u, unit in enumerate(_FR_UNITS[1:], 2):
            words[f"{tens}~{unit}"] = value + u
    words["quatre~vingts"] = words["quatre~vingt"] = 80
    for u, unit in enumerate(_FR_UNITS + _FR_TEENS.split(), 1):
        words[f"quatre~vingt~{unit}"] = 80 + u
    # Round numbers said approximately ("une dizaine de jours"): read as the number itself.
    for noun, value in (("dizaine", 10), ("douzaine", 12), ("quinzaine", 15), ("vingtaine", 20),
                        ("trentaine", 30), ("quarantaine", 40), ("cinquantaine", 50),
                        ("soixantaine", 60), ("centaine", 100)):  # fmt: skip
        words[f"une {noun} de"] = words[f"une {noun} d'"] = value
    words.update(
        {
            "a": 1,
            "an": 1,
            "a couple of": 2,
            "a couple": 2,
            "couple of": 2,
            # "in the next couple months": "couple" without its "of", as "a couple weeks".
            "couple": 2,
            "a dozen": 12,
            # A round hundred, said in words: "in a hundred days", "one hundred days".
            "a hundred": 100,
            "one hundred": 100,
            # "in another week": one more of the unit, counted from the day said, as "in
            # another two weeks" is two.
            "another": 1,
            "half a": 0.5,
            "half an": 0.5,
            "une demi": 0.5,
            "un demi": 0.5,
        }
    )
    return words


_NUMBER_WORDS = _number_words()
_NUMBER_VALUES = {_squash(k.replace("~", "")): v for k, v in _NUMBER_WORDS.items()}
# "within 1.5 years", "dans 2,5 ans": a decimal number, written with a point or a comma.
_NUMBER = rf"(?:\d{{1,3}}(?:[.,]\d(?!\d))?|{_alternation(_NUMBER_WORDS)})"
# "about six months", "environ six mois": an approximate number is read as the number.
_ABOUT = (
    r"(?:(?:about|around|some|roughly|approximately|environ|quelque|another|only|just|a mere"
    r"|seulement|juste|a peine|encore|nearly|almost|presque|a little over|a little more than"
    # "dans exactement six jours", "in exactly two weeks": the number said exactly.
    r"|exactly|precisely|exactement|precisement|tout juste"
    r"|a little less than|just over|slightly over|slightly more than|slightly less than"
    r"|(?:un peu (?:plus|moins)|pres) de) |(?:un peu (?:plus|moins)|pres) d')?"
)

# A span unit as (months, days): months for calendar units, days for the others. Hours
# count in days, rounded up to the day the span reaches ("within 48 hours": two days).
_SPAN_UNITS: dict[str, tuple[int, float]] = {
    "hour": (0, 1 / 24), "hours": (0, 1 / 24), "heure": (0, 1 / 24), "heures": (0, 1 / 24),
    "day": (0, 1), "days": (0, 1), "jour": (0, 1), "jours": (0, 1),
    "week": (0, 7), "weeks": (0, 7), "semaine": (0, 7), "semaines": (0, 7),
    "month": (1, 0), "months": (1, 0), "mois": (1, 0),
    "quarter": (3, 0), "quarters": (3, 0), "trimestre": (3, 0), "trimestres": (3, 0),
    "semestre": (6, 0), "semestres": (6, 0), "half~year": (6, 0), "half~years": (6, 0),
    "year": (12, 0), "years": (12, 0), "an": (12, 0), "ans": (12, 0),
    "annee": (12, 0), "annees": (12, 0),
    # "sous 48h", "dans les 72h", "within 48h": hours written "h" (a whole day or more only:
    # "d'ici 18h" is six in the evening, not a span).
    "h": (0, 1 / 24),
    # Abbreviations of headlines and notes: "within 6 mos.", "in 2 to 3 yrs", "48 hrs".
    "yr": (12, 0), "yrs": (12, 0), "mos": (1, 0), "mth": (1, 0), "mths": (1, 0),
    "wk": (0, 7), "wks": (0, 7), "hr": (0, 1 / 24), "hrs": (0, 1 / 24),
    "decade": (120, 0), "decades": (120, 0), "decennie": (120, 0), "decennies": (120, 0),
    "fortnight": (0, 14), "fortnights": (0, 14),
}  # fmt: skip
_SPAN_UNIT_VALUES = {_squash(k.replace("~", "")): v for k, v in _SPAN_UNITS.items()}


# ---------------------------------------------------------------------------------------
# Months, weekdays, named days.
# ---------------------------------------------------------------------------------------

_LOCALE_KEYS = _words(
    "january february march april may june july august september october november december"
)
_WEEKDAY_KEYS = _words("monday tuesday wednesday thursday friday saturday sunday")


def _locale_names(
    keys: list[str], *, shortest: int = 1, language: str | None = None
) -> dict[str, int]:
    """Names of English and French months or weekdays from dateparser's locale data.

    Keys are the entries' numbers (1 for January or Monday). `shortest` leaves out the
    locale's shortest abbreviations ("mo", "je") that are ordinary words.
    """
    names: dict[str, int] = {}
    for code in (language,) if language else ("en", "fr"):
        info = default_loader.get_locale(code).info
        for number, key in enumerate(keys, 1):
            for name in info.get(key, []):
                if len(name) >= shortest:
                    names[_fold(name)] = number
    return names


_MONTHS = _locale_names(_LOCALE_KEYS)
# The same table for other readers of dates ("january", "janv", "aout" -> 1, 1, 8), folded.
MONTH_NUMBERS: Mapping[str, int] = MappingProxyType(_MONTHS)
# Month and weekday names only French has: a phrase of one such word is French.
_FRENCH_NAMES = frozenset(
    name
    for keys in (_LOCALE_KEYS, _WEEKDAY_KEYS)
    for name in set(_locale_names(keys, shortest=4, language="fr"))
    - set(_locale_names(keys, shortest=4, language="en"))
)
_MONTH = rf"(?:{_alternation(_MONTHS)})\.?"
# French month names, none of them English: "le 14-Juillet", "le 8-Mai" name a day
# whose month is joined to it by a hyphen, as French writes its holidays.
_FRENCH_MONTH = _alternation(
    set(_locale_names(_LOCALE_KEYS, shortest=3, language="fr"))
    - set(_locale_names(_LOCALE_KEYS, language="en"))
)
# Weekday names in full ("friday", "vendredi"); abbreviations are too often other words.
_WEEKDAYS = {name: number - 1 for name, number in _locale_names(_WEEKDAY_KEYS, shortest=5).items()}
_WEEKDAY = rf"(?:{_alternation(_WEEKDAYS)})"

# Days named by words, as an offset in days from the stated date.
_NEAR_DAYS: dict[str, int] = {
    "today": 0, "tonight": 0, "this evening": 0, "aujourd'hui": 0, "ce soir": 0,
    "this afternoon": 0, "this morning": 0, "cet apres~midi": 0, "ce matin": 0,
    "dans la journee": 0,
    "tomorrow": 1, "demain": 1, "the day after tomorrow": 2, "apres~demain": 2,
    "yesterday": -1, "hier": -1,
    # "by now": by the day it is said (alone, "now" is no date: see days._resolve_near_day).
    "now": 0,
}  # fmt: skip
# Days of a month written in words: "the fifteenth of June", "September first", "le quinze
# juin". French writes the day as a cardinal ("le premier" alone as an ordinal).
_ORDINALS_EN = [
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
    "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
    "seventeenth", "eighteenth", "nineteenth", "twentieth",
]  # fmt: skip
_NUMBERS_FR = [
    "premier", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze",
    "douze", "treize", "quatorze", "quinze", "seize", "dix~sept", "dix~huit", "dix~neuf",
    "vingt",
]  # fmt: skip
_DAY_WORDS: dict[str, int] = {
    **{w: n for n, w in enumerate(_ORDINALS_EN, 1)},
    **{f"twenty~{w}": 20 + n for n, w in enumerate(_ORDINALS_EN[:9], 1)},
    "thirtieth": 30, "thirty~first": 31,
}  # fmt: skip
_DAY_WORDS_FR: dict[str, int] = {
    **{w: n for n, w in enumerate(_NUMBERS_FR, 1)},
    "vingt et un": 21, "vingt~et~un": 21,
    **{f"vingt~{w}": 20 + n for n, w in enumerate(_NUMBERS_FR[1:9], 2)},
    "trente": 30, "trente et un": 31, "trente~et~un": 31,
}  # fmt: skip
_DAY_WORD_VALUES = {
    _squash(k.replace("~", "")): v for k, v in {**_DAY_WORDS, **_DAY_WORDS_FR}.items()
}
_NEAR_DAY_VALUES = {_squash(k.replace("~", "")): v for k, v in _NEAR_DAYS.items()}
_NEAR_DAY_VALUES[_squash("ce jour")] = 0  # the near-day rule's own alternative (ends its phrase)

# Named times of the calendar: (month, first day, last day); a named day is one day. "La
# rentree" (the return to school and work) is September.
_CALENDAR_NAMES: dict[str, tuple[int, int, int]] = {
    "rentree": (9, 1, 30), "rentree scolaire": (9, 1, 30), "rentree des classes": (9, 1, 30),
    "rentree universitaire": (9, 1, 30), "rentree academique": (9, 1, 30),
    "rentree de septembre": (9, 1, 30),
    "fetes de fin d'annee": (12, 1, 31), "fetes": (12, 1, 31), "holidays": (12, 1, 31),
    "holiday season": (12, 1, 31),
    # The season named by its feast or its shops is the month, not the feast's day: "during
    # the Christmas season", "the holiday shopping season", "the festive season".
    "christmas season": (12, 1, 31), "christmas holiday season": (12, 1, 31),
    "holiday shopping season": (12, 1, 31), "christmas shopping season": (12, 1, 31),
    "festive season": (12, 1, 31),
    # "avant la période des fêtes de fin d'année": the holidays named by their time of year.
    "periode des fetes de fin d'annee": (12, 1, 31), "periode des fetes": (12, 1, 31),
    "christmas": (12, 25, 25), "christmas day": (12, 25, 25), "noel": (12, 25, 25),
    "new year's day": (1, 1, 1), "jour de l'an": (1, 1, 1), "new year": (1, 1, 1),
    # "le Nouvel An" is New Year's Day, as "New Year" is; the passage to the new year is
    # its turn, its first day ("au passage à l'an neuf", "le passage à la nouvelle année").
    "nouvel an": (1, 1, 1), "passage a l'an neuf": (1, 1, 1), "passage a l'an nouveau": (1, 1, 1),
    "passage a la nouvelle annee": (1, 1, 1), "passage au nouvel an": (1, 1, 1),
    # "by the first of the year": its first day, as "the new year" is.
    "first of the year": (1, 1, 1),
}  # fmt: skip
# Feasts on a fixed day, read as the named times are.
_FIXED_FEASTS: dict[str, tuple[int, int, int]] = {
    "christmas eve": (12, 24, 24), "veille de noel": (12, 24, 24), "boxing day": (12, 26, 26),
    "new year's eve": (12, 31, 31), "saint~sylvestre": (12, 31, 31),
    "halloween": (10, 31, 31), "toussaint": (11, 1, 1), "valentine's day": (2, 14, 14),
    "saint~valentin": (2, 14, 14), "independence day": (7, 4, 4),
    "bastille day": (7, 14, 14),
    # National and civic days on a fixed date ("by Canada Day", "d'ici la Saint-Jean-Baptiste").
    "canada day": (7, 1, 1), "australia day": (1, 26, 26), "guy fawkes night": (11, 5, 5),
    "bonfire night": (11, 5, 5), "fete nationale suisse": (8, 1, 1),
    "saint~jean~baptiste": (6, 24, 24), "st patrick's day": (3, 17, 17),
    "saint patrick's day": (3, 17, 17), "juneteenth": (6, 19, 19),
    "veterans day": (11, 11, 11), "remembrance day": (11, 11, 11),
    "fete de la musique": (6, 21, 21),
}  # fmt: skip
# Feasts whose day moves with the year: days from Easter Sunday, or the n-th weekday of a
# month (US: Thanksgiving is November's fourth Thursday; -1 is the month's last one).
_EASTER_FEASTS: dict[str, int] = {
    "easter": 0, "easter sunday": 0, "paques": 0, "dimanche de paques": 0,
    "easter monday": 1, "lundi de paques": 1, "vendredi saint": -2, "good friday": -2,
    "pentecost": 49, "whitsun": 49, "pentecote": 49, "lundi de pentecote": 50,
    "whit monday": 50,
    # Carnival's end and Lent's start: "by Mardi Gras 2027" is 9 February 2027.
    "mardi gras": -47, "shrove tuesday": -47, "fat tuesday": -47, "pancake day": -47,
    "ash wednesday": -46, "mercredi des cendres": -46,
    "palm sunday": -7, "dimanche des rameaux": -7, "jeudi saint": -3, "maundy thursday": -3,
    "ascension day": 39, "jeudi de l'ascension": 39,
}  # fmt: skip
_WEEKDAY_FEASTS: dict[str, tuple[int, int, int, int]] = {  # month, weekday, n-th, days added
    "thanksgiving": (11, 3, 4, 0), "thanksgiving day": (11, 3, 4, 0),
    "black friday": (11, 3, 4, 1), "cyber monday": (11, 3, 4, 4),
    "labor day": (9, 0, 1, 0), "labour day": (9, 0, 1, 0), "memorial day": (5, 0, -1, 0),
}  # fmt: skip
# Names a text may use otherwise ("Toussaint Louverture", "an Easter egg"): read only with a
# qualifier, an article or a year.
_FEASTS_NEEDING_CONTEXT = frozenset(
    {
        "toussaint",
        "easter",
        "paques",
        "pentecost",
        "pentecote",
        "halloween",
        "thanksgiving",
        "good friday",
    }
)

# ---------------------------------------------------------------------------------------
# Years.
# ---------------------------------------------------------------------------------------

# Relative years, as an offset from the stated year. "the year"/"l'annee" alone needs a
# qualifier or a part of year ("by the end of the year"): alone it is just a noun.
_RELATIVE_YEARS: dict[str, int] = {
    "this year": 0, "the current year": 0, "current year": 0, "this calendar year": 0,
    "this fiscal year": 0, "the current fiscal year": 0, "current fiscal year": 0,
    "the current calendar year": 0, "current calendar year": 0,
    "the fiscal year": 0, "the calendar year": 0,
    "the year": 0, "cette annee": 0, "l'annee en cours": 0, "l'annee courante": 0,
    "l'annee": 0, "annee": 0, "l'an": 0, "l'exercice": 0, "l'exercice en cours": 0,
    "next year": 1, "the next year": 1, "the following year": 1, "next calendar year": 1,
    "the year after next": 2,
    "next fiscal year": 1, "the next fiscal year": 1, "the following fiscal year": 1,
    "the coming year": 1, "the year ahead": 1, "the upcoming year": 1, "the new year": 1,
    "the coming fiscal year": 1, "the upcoming fiscal year": 1,
    "la nouvelle annee": 1, "l'an neuf": 1, "l'an nouveau": 1,
    "l'annee prochaine": 1, "annee prochaine": 1, "l'an prochain": 1, "an prochain": 1,
    "la prochaine annee": 1, "l'annee suivante": 1, "l'annee a venir": 1, "l'an a venir": 1,
    "l'annee qui vient": 1, "l'annee qui arrive": 1,
    # "en cours d'annee", "en cours d'exercice": during the year under way.
    "cours d'annee": 0, "cours d'exercice": 0,
    # Indian business English drops the "year": "during the current fiscal", "the first half
    # of next fiscal".
    "the current fiscal": 0, "current fiscal": 0, "this fiscal": 0, "next fiscal": 1,
    "the next fiscal": 1,
    "l'exercice prochain": 1, "l'exercice suivant": 1,
    "last year": -1, "the previous year": -1, "the prior year": -1, "l'annee derniere": -1,
    "l'an dernier": -1, "l'an passe": -1, "l'annee passee": -1, "l'annee precedente": -1,
    # "for the full year", "sur l'ensemble de l'annee": the year as a whole, as "the year".
    "the full year": 0, "the whole year": 0, "the entire year": 0,
    "l'ensemble de l'annee": 0, "ensemble de l'annee": 0,
}  # fmt: skip
# The article may be read before the year ("l'" by _DET): the same words without it.
_RELATIVE_YEARS |= {k[2:]: v for k, v in _RELATIVE_YEARS.items() if k.startswith("l'") and " " in k}
# British and Commonwealth texts say "financial year" for a fiscal year ("by the end of the
# financial year"): read the same way, as the calendar year.
_RELATIVE_YEARS |= {
    k.replace("fiscal", "financial"): v for k, v in _RELATIVE_YEARS.items() if "fiscal" in k
}
# A promiser's own fiscal year: "by the end of its current fiscal year", "d'ici la fin de son
# exercice" (read as the calendar year, as every fiscal year is).
_POSSESSIVE_YEARS = {
    f"{whose} {k[4:]}": v
    for k, v in _RELATIVE_YEARS.items()
    if k.startswith("the ") and ("fiscal" in k or "financial" in k)
    for whose in ("its", "their", "our")
} | {f"{whose} {k[2:]}": v for k, v in _RELATIVE_YEARS.items() if k.startswith("l'exercice")
     for whose in ("son", "leur", "notre")}  # fmt: skip
_RELATIVE_YEARS |= _POSSESSIVE_YEARS
_RELATIVE_YEAR_VALUES = {_squash(k): v for k, v in _RELATIVE_YEARS.items()}
_GENERIC_YEAR_NOUNS = frozenset(
    {"theyear", "thefiscalyear", "thefinancialyear", "thecalendaryear", "l'annee", "annee",
     "l'an", "l'exercice", "thefullyear", "thewholeyear", "theentireyear",
     "l'ensembledel'annee", "ensembledel'annee"}
    | {_squash(k) for k in _POSSESSIVE_YEARS
       if k.split(" ", 1)[1] in ("fiscal year", "financial year", "exercice")}
)  # fmt: skip

# One period after another inside the same year: "Q3 2025", "third quarter of next year",
# "T3 de l'annee prochaine", "S1 2026", "FY2025" (fiscal years are read as calendar years),
# "in '17" (a year written with an apostrophe and two digits).
# A year said in words, as speeches and formal French write it: "two thousand and thirty",
# "deux mille vingt-six" (the units of the century, 1 to 99).
_YEAR_UNIT_WORDS = _alternation(
    k
    for k, v in _NUMBER_WORDS.items()
    if v == int(v) and 1 <= v <= 99 and " " not in k and k not in ("a", "an", "une")
)
# Spoken English also says the century's number: "by twenty thirty", "in twenty twenty-six"
# (from ten on: "twenty five" is a count).
_EN_YEAR_TENS_WORDS = _alternation(
    k
    for k, v in _NUMBER_WORDS.items()
    if v == int(v)
    and 10 <= v <= 99
    and " " not in k
    and k.split("~")[0] in _EN_TEENS + " ".join(_EN_TENS)
)
# (Not "[\w~-]" after it: the shorthand would spell its "~" out inside the brackets.)
_YEAR_IN_WORDS = (
    rf"(?:(?:two thousand(?: and)?|deux mille) (?:{_YEAR_UNIT_WORDS})"
    rf"|twenty (?:{_EN_YEAR_TENS_WORDS}))(?![\w-])"
)
# A sports season of two years is read with its noun, as "l'annee 2026" is: "dans le courant
# de la saison 2015-2016" keeps its qualifier (its window is the two years, as before).
_YEAR_SPEC = (
    r"(?:(?:(?:the )?(?:calendar |full |whole |entire )?year |calendar "
    r"|(?:l')?annee (?:civile |calendaire )?|l'an |(?:la )?saison (?=\d{4}[-/]\d)"
    r"|(?:l')?exercice (?:fiscal )?)?"
    rf"(?:(?P<y>\d{{4}})|(?P<yw>{_YEAR_IN_WORDS}))"
    r"|(?:fy|cy|fiscal year|financial year|fiscal|exercice)"
    r"\s*'?(?P<fy>\d{4}|\d{2})"
    r"|'(?P<ay>\d{2})"
    # "next fiscal" alone is its year, not a fiscal quarter or half ("the next fiscal
    # quarter" names no year).
    # ("chaque année", "each year" name no one year: a yearly date is its next occurrence.)
    rf"|(?<!chaque\x20)(?<!each\x20)(?<!every\x20)(?P<rely>{_alternation(_RELATIVE_YEARS)})"
    r"(?:(?<!fiscal)|(?! (?:quarter|half|semester)s?\b)))"
)
# "the second quarter of our fiscal 2025": a possessive after "of" before a fiscal year (alone,
# "its fiscal 2023 second quarter" opens a period of its own); a name's too: "the fourth
# quarter of the Company's fiscal 2025", "of Apple's fiscal 2026".
_YEAR_LINK = (
    r"(?:,? (?:(?:of|de|du|in|en)"
    r" (?:(?:our|its|their|(?:the )?[a-z]+'s) (?=fy|fiscal|financial))?)?"
    r"|\s*[-/]\s*|,? d'\s*|,? de l'\s*|,?\s*(?=l')"
    # "Q3FY26", "H2FY2027": a fiscal year glued to its quarter, as Indian business news writes.
    r"|(?=fy'?\d)"
    # "1Q2019", "2H2026": a year's four digits glued to the code, as "3Q25" glues two.
    r"|(?<=\d[qths])(?=(?:19|20|21)\d\d(?!\d)))"
)
_SHORT_YEAR = r"(?:\s*'\s*|\s*-\s*)?(?P<yy>\d{2})(?!\d)"
_OPT_YEAR = rf"(?:{_YEAR_LINK}{_YEAR_SPEC}|{_SHORT_YEAR})?"
# After a quarter's or a half's code, two digits after a space or a slash are its year too, as
# forms and spreadsheets write them ("Q3 26", "Q4/26", "S2 26"; not "Q3 26 units", "Q3 30%").
# A trailing qualifier after them is no noun they count: "Q3 26 at the latest" (rule 3),
# "Q3 26 at the earliest" (rule 5).
_CODE_SHORT_YEAR = (
    r"(?:\s*/\s*|\s)(?P<yy_code>\d{2})(?!\d)(?![.,]\d)(?!\s*(?:%|percent|pour))"
    r"(?!\s+(?!(?:or|and|to|ou|et|a|au)\b"
    r"|at (?:the )?(?:very )?(?:latest|earliest)\b|at (?:best|least)\b)[a-z])"
)
_OPT_CODE_YEAR = rf"(?:{_YEAR_LINK}{_YEAR_SPEC}|{_SHORT_YEAR}|{_CODE_SHORT_YEAR})?"
# "of each year", "chaque annee": a yearly deadline, read as its next occurrence.
_EVERY_YEAR = r"(?:,? (?:of |de )?(?:each|every|chaque) (?:year|annee)|,? every year|,? annually)"

# Ordinals of the periods inside a year. "last"/"dernier" is the last of them, whatever
# their number (LAST).
LAST = 0
_ORDINALS: dict[str, int] = {
    "first": 1, "1st": 1, "premier": 1, "premiere": 1, "1er": 1, "1ere": 1, "1re": 1,
    "second": 2, "2nd": 2, "deuxieme": 2, "seconde": 2, "2e": 2, "2eme": 2,
    "third": 3, "3rd": 3, "troisieme": 3, "3e": 3, "3eme": 3,
    "fourth": 4, "4th": 4, "quatrieme": 4, "4e": 4, "4eme": 4,
    "final": LAST, "dernier": LAST, "derniere": LAST, "last": LAST,
    "back": 2, "latter": 2, "front": 1,
    # Roman numerals of administrative French ("au IIe semestre", "IVe trimestre") and the
    # "2d" of "2d semestre".
    "ier": 1, "iere": 1, "ire": 1, "iie": 2, "iieme": 2, "2d": 2, "2de": 2, "iiie": 3,
    "iiieme": 3, "ive": 4, "iveme": 4,
}  # fmt: skip
_ORDINAL = rf"(?:{_alternation(_ORDINALS)})"

_SEASONS: dict[str, str] = {
    "spring": "spring", "printemps": "spring", "summer": "summer", "ete": "summer",
    "autumn": "autumn", "fall": "autumn", "automne": "autumn",
    "winter": "winter", "hiver": "winter",
    # The summer break is the summer: "avant les vacances d'ete", "pendant la pause estivale",
    # "before the summer recess" (their own dates vary by country and school; the season is
    # what a reader holds them to).
    "vacances d'ete": "summer", "vacances estivales": "summer", "pause estivale": "summer",
    "treve estivale": "summer", "conges d'ete": "summer", "summer break": "summer",
    "summer recess": "summer", "summer holidays": "summer", "summer vacation": "summer",
}  # fmt: skip
# Meteorological seasons, northern hemisphere: (first month, months long). Winter starts in
# December of the year named and ends in February of the next.
_SEASON_MONTHS = {"spring": 3, "summer": 6, "autumn": 9, "winter": 12}

# ---------------------------------------------------------------------------------------
# Qualifiers before a period. Each named group is one reading.
# ---------------------------------------------------------------------------------------

_PRE_BY = [
    "by", "no later than", "not later than", "by no later than", "at the latest by",
    "no later than in", "no later than during", "by no later than in", "not later than in",
    "at the latest in", "at the latest on", "on or before", "by or before", "in or before",
    "until", "till", "'til", "til", "through", "up to and including",
    # "until sometime in 2022", "until sometime next year": the period's end all the same.
    "until sometime in", "until some time in", "till sometime in", "until sometime during",
    "until sometime", "until some time", "till sometime",
    # "expects to exit 2026 at a run-rate of", "exiting fiscal 2027": at the period's end.
    "exit", "exits", "exiting", "to exit",
    # So does the verb "end" after a modal: "will end this year with 450 stations" ("to end"
    # is left out: in "from end 2019 to end 2020" it is the move's "to" and the late part).
    "will end", "would end",
    # "need not call it until as late as 30 November": the latest the date may be.
    "until as late as", "till as late as",
    "thru", "in time for", "due by", "d'ici", "d'ici a", "d'ici au", "au plus tard",
    "au plus tard en", "au plus tard au", "au plus tard d'ici", "au plus tard a",
    "pas plus tard que", "pas plus tard qu'en", "pas plus tard qu'au", "pas plus tard qu'a",
    "pas plus tard que le", "up to", "up until", "between now and", "between today and",
    "from now until", "from now to", "from now through", "entre maintenant et",
    "entre aujourd'hui et", "d'ici au plus tard", "de maintenant a", "de maintenant au",
    "de maintenant jusqu'a", "de maintenant jusqu'au", "de maintenant jusqu'en",
    "d'aujourd'hui a", "d'aujourd'hui au", "d'aujourd'hui jusqu'a",
    # "l'objectif est fixé à fin 2027", "with the target set for 2030": the aim named.
    "l'objectif est fixe a", "l'objectif est fixe au", "objectif fixe a", "objectif fixe au",
    "target set for", "target set at",
    "jusqu'a", "jusqu'au", "jusqu'en", "jusque", "a l'horizon", "a horizon", "horizon", "l'horizon",
    "a l'horizon de", "a l'horizon du", "a l'horizon des",
    # "il a fixe un objectif de 2025", "a target of 2030": the period named as the aim.
    "objectif de", "objectif d'", "l'objectif de", "l'objectif d'", "target of",
    # "se fixe comme objectif 2030", "avec pour objectif fin 2027".
    "comme objectif", "pour objectif",
    # "by around 2030", "d'ici environ 2030": an approximate deadline is still a deadline
    # (after "by" the approximation would otherwise be read as the period itself, rule 1).
    "by around", "by about", "by approximately", "by roughly", "d'ici environ",
    "no later than around", "no later than about", "d'ici aux alentours du",
    "d'ici aux alentours de", "d'ici vers",
    "d'ici a environ",
]  # fmt: skip
# "from"-phrases ("from 2027", "des 2026", "a partir de", "starting in") name the period the
# promise starts in: read as that period (qualifier "in"), as editors record them.
_PRE_IN = [
    "in", "during", "within", "over", "for", "at", "around", "circa", "sometime", "some time",
    "sometime in",
    "some time in", "sometime during", "in the course of", "over the course of", "throughout",
    "near", "towards", "toward", "approximately", "about", "roughly", "for around",
    # "we're thinking more like September": an approximation, as "about" is.
    "more like", "something like",
    "from", "as from", "starting", "starting in", "starting from", "starting on",
    "beginning in", "beginning on", "effective", "concerning", "regarding", "into",
    "en", "au", "aux", "courant", "courant de", "courant du", "courant d'", "dans le courant de",
    "dans le courant du", "au cours de", "au cours du", "au cours des", "pendant", "durant",
    "pour", "vers",
    "aux alentours de", "autour de", "autour du", "dans",
    "aux environs de", "environ", "sur", "concernant", "des", "a partir de", "a partir du",
    "a partir d'", "a compter de", "a compter du", "a compter d'",
    "prevu pour", "prevue pour", "prevus pour", "prevues pour",
    # "il faudra attendre juin": the month waited for.
    "attendre",
]  # fmt: skip
# "pre-2030", "post-2030": the prefixes say before and after too.
# "avant l'horizon 2030": "l'horizon" names the period as "à l'horizon" does.
_PRE_BEFORE = ["before", "prior to", "ahead of", "earlier than", "avant", "avant meme",
               "well before", "bien avant", "long before", "shortly before", "pre",
               "avant l'horizon",
               # As decrees write "before": "préalablement au 1er juillet 2027".
               "prealablement a", "prealablement au", "anterieurement a",
               "anterieurement au"]  # fmt: skip
# "after P": from the day after P ends, no deadline.
_PRE_AFTER = ["after", "well after", "long after", "shortly after", "soon after", "beyond", "post",
              "apres", "bien apres", "l'apres", "au-dela de", "au~dela de", "au~dela du",
              "au-dela de l'horizon", "au~dela de l'horizon", "apres l'horizon"]  # fmt: skip
_PRE_NOT_BEFORE = [
    "not before", "no earlier than", "not earlier than", "not until", "not till",
    # "on or after 1 July 2026": from that day itself.
    "on or after",
    "not prior to", "no sooner than", "not sooner than", "at the earliest in",
    "at the earliest on", "as early as", "at the earliest by",
    # "as early as in summer 2025": the preposition said again.
    "as early as in", "as soon as in",
    # Leading as well as trailing: "delay the launch to, at earliest, the first half of 2015".
    "at the earliest", "at earliest", "at the very earliest", "at very earliest",
    # "as soon as next year": as early as then, a start ("as soon as possible" names no period
    # and stays vague).
    "as soon as",
    "until at least", "till at least", "through at least", "at least until",
    "at least through", "at least till",
    # "il faudra attendre au moins 2027": waited for until then at least.
    "attendre au moins", "attendre au minimum",
    "pas avant", "au plus tot", "au plus tot en", "au plus tot le", "au plus tot a",
    "au plus tot au", "pas plus tot que",
    # "ne ... au mieux qu'au dernier trimestre", "au mieux a la fin de 2023": only then, at
    # best. "au mieux en 2029, voire 2031" is read as the range it names (rule 9).
    "au mieux", "au mieux a", "au mieux au", "au mieux le", "au mieux qu'en", "au mieux qu'a",
    "au mieux qu'au", "au plus tot qu'en",
    "au plus tot qu'au", "at best", "au moins jusqu'en", "au moins jusqu'a", "au moins jusqu'au",
    "jusqu'a au moins", "jusqu'en au moins", "jusqu'au moins", "au minimum jusqu'en",
    "au minimum jusqu'a", "au minimum jusqu'au",
    # "jusque" unelided, as written before a consonant: "au moins jusque ce lundi".
    "au moins jusque", "au minimum jusque",
    # "repousse l'ouverture au moins a la rentree 2025", "pushed back to at least 2026".
    "au moins a", "au moins au", "au minimum a", "au minimum au", "to at least",
]  # fmt: skip


def _elisions(phrases: list[str]) -> list[str]:
    """French "de" before a vowel is "d'": "en moins d'un an", "au bout d'un an"."""
    return [p[:-3] + " d'" for p in phrases if p.endswith(" de")]


def _elided(phrases: list[str]) -> list[str]:
    """The phrases and their `_elisions`."""
    return phrases + _elisions(phrases)


def _contracted(phrases: list[str]) -> list[str]:
    """A French qualifier ending in "de" or "à" as it contracts with the article after it:
    "de" before a vowel is "d'" (`_elisions`), before "le" "du", before "les" "des"; "à"
    before "le" is "au", before "les" "aux" ("au-delà du T3", "aux alentours d'avril",
    "d'ici aux années 2030", "jusqu'aux années 2030"). A target's "objectif de" is left
    alone: "des" is also "dès" once folded ("objectif dès 2027")."""
    articled = [phrase for phrase in phrases if "objectif" not in phrase]
    forms = [*phrases, *_elisions(articled)]
    for phrase in articled:
        if phrase.endswith(" de"):
            forms += [phrase[:-3] + " du", phrase[:-3] + " des"]
        elif phrase.endswith((" a", "jusqu'a")):
            forms += [phrase + "u", phrase + "ux"]
        elif phrase.endswith((" au", "jusqu'au")):
            forms += [phrase + "x"]
    return forms


_PRE_BY = _contracted(_PRE_BY)
_PRE_IN = _contracted(_PRE_IN)
_PRE_BEFORE = _contracted(_PRE_BEFORE)
_PRE_AFTER = _contracted(_PRE_AFTER)
_PRE_NOT_BEFORE = _contracted(_PRE_NOT_BEFORE)
_PRE_ON = ["on", "on or about", "as of"]
# "will not go live before", "won't be ready by", "ne sera pas disponible avant": a
# negation up to three words before "before" reads as "not before". "never" and "jamais"
# are not in it: they deny the date outright (see _NEGATION). "n't" may start the text: a
# found expression begins there ("won't start until 2027" gives "n't start until 2027").
# A clause of cause opens: it ends a negation's reach ("n'est pas terminée puisque d'ici
# 2032, ..."), in the qualifier "not before" (_NEGATED) as in a sentence (_NEGATION_STOP).
_CAUSE_OPENS = r"puisque|parce|because|since"
# "wont", "doesnt", "isnt": the negative contractions written without an apostrophe ("dont"
# is not one of them: it is a French word).
_BARE_NT = r"(?:wo|ca|does|did|is|are|was|were|would|could|should|has|have|had)nt\b"
_NEGATED = (
    # "ne pourra lancer la production avant mars": "ne" with "pouvoir" needs no "pas".
    # "ni avant 2028": not before it either.
    # The web's contractions without their apostrophe count too ("wont be ready before").
    # "No trains before 2030", "Aucune ouverture avant 2027": a headline's denied noun.
    rf"(?:(?:\bnot|\bcannot|(?:(?<=\w)|^)n't|\b{_BARE_NT}|\bpas|\bni|\baucune?"
    # (English "no" only where it opens the clause: "there is no chance of it finishing by
    # 2025" is left to the sentence's reading.)
    r"|(?:^|(?<=[.;:!?(]\s))no(?!\s+(?:later|earlier|sooner|more|less|longer|doubt)\b)"
    r"|\bne (?:pourr(?:a|ont|ait|aient)|peu(?:t|vent)))"
    # Two words joined by "and" count as one: "won't run between London and Birmingham". A
    # clause of cause or of contrast ends the reach ("pas terminée puisque d'ici 2032").
    rf"(?:\s+(?!(?:{_CAUSE_OPENS}|car|mais|but)\b)[a-z'-]+"
    r"(?:\s+(?:and|or|et|ou)\s+[a-z'-]+)?){0,4}?"
    # "is unlikely to start generating electricity before January", "semble peu probable
    # avant 2029": not before it.
    r"|(?:\bunlikely|\bimprobable|\bpeu probable)(?:\s+[a-z'-]+){0,5}?)\s+"
    r"(?:before|until|till|prior to|by|avant|d'ici|jusqu'a|jusqu'au|jusqu'en)"
    # "won't open until after 2027": not before it either; nor "until well after 2027",
    # "until much after 2027".
    r"(?:\s+(?:at least|au moins|l'horizon"
    r"|(?:(?:well|long|much|far|bien|longtemps)\s+)?(?:after|apres))"
    # "cannot complete them by our previous target date of July 12": the date named by its
    # noun, as "by the proposed December 31 deadline" names it after.
    r"|(?<=\bby)\s+(?:the|its|their|our|his|her)\s+(?:[a-z]+\s+)?(?:target date|deadline"
    r"|due date|completion date) of)?"
)
# French "a" (a l'ete, a la fin de 2025) only before an article: "a ete" is a verb.
_PRE_A = r"a(?=\s+(?:l'|la\s))"

# "d'ici la fin du quinquennat d'Emmanuel Macron au printemps 2022", "by the end of his
# term in 2027": the end of a named term, then when that end falls, is a "by" that date.
_BY_END_OF_TERM = (
    r"(?:by|d'ici(?: a)?|until|jusqu'a|before|avant) (?:the|la|le) (?:end|fin) "
    r"(?:of|du|de la|de l'|des|de) (?:[a-z'-]+ ){0,2}?"
    r"(?:quinquennat|septennat|mandat|mandature|legislature|term|parliament|presidency"
    r"|presidence|administration"
    # "by the end of the plan period in 2030", "d'ici la fin du plan strategique, en 2028",
    # "by the end of the concession in 2034": a plan's or a contract's term.
    r"|plan|period|periode|concession|contract|contrat|programme|program|programmation"
    r"|strategy|strategie|projet|project"
    # "d'ici la fin de la phase pilote, prevue mi-2026", "by the end of the pilot phase in
    # 2027": a phase's or a stage's end, dated.
    r"|phase|pilote|pilot|stage|etape|tranche)"
    r"(?:,? (?!(?:in|en|au|a)\b)[a-z0-9'-]+){0,3}"
    r"(?:,? (?:in|en|au|a|on|le)|(?<=prevue)|(?<=prevu)|(?<=expected)|(?<=scheduled)"
    r"|(?<=attendue)|(?<=attendu)|(?<=planned)"
    # "d'ici la fin de son plan stratégique (2014-2018)": its years in brackets, whose last
    # one is the term's end.
    r"| ?\((?=[^()]{1,40}(?:\)|$)))"
)
# Closing a year, or ending it, is being at its end, as exiting it is: "is set to close 2025
# with more than 1,000 stores", "hopes to close 2016 in the black", "expects to end this year
# with 450 base stations" are by the year's last day. The year is the verb's object, right
# after it: a year's number or a year named from the day said ("to end" only before the
# latter: in "from end 2019 to end 2020" it is a move's "to" and the late part of 2020). Not
# "the year", which in running text is often a year named before ("to receive its first jet in
# March 2017 and to close the year with 13"). "Close" before "this year" or "next year" closes
# it only with what it is closed with after ("with", "in the black"): "the merger is expected
# to close this year" is a deal closing within the year. And not the adjective after an
# article: "a close 2027 race".
_CLOSING_A_YEAR = (
    r"(?:(?:to|will|would) end|ending)(?= (?:this|next|the coming)"
    r" (?:fiscal |financial )?year\b)"
    r"|clos(?:e|es|ing)(?= (?:this|next|the coming) (?:fiscal |financial )?year"
    r" (?:with|in (?:the )?(?:black|red)|in profit)\b)"
    r"|(?<!\ba\x20)(?<!\ban\x20)(?<!\bthe\x20)(?<!\bvery\x20)(?<!\bso\x20)"
    r"clos(?:e|es|ing)(?= (?:fiscal |fy)?(?:19|20)\d\d\b(?![-/]\d))"
)
_PRE = (
    rf"(?P<q_nb>{_NEGATED}|{_alternation(_PRE_NOT_BEFORE)})"
    rf"|(?P<q_by>{_BY_END_OF_TERM}|{_CLOSING_A_YEAR}|{_alternation(_PRE_BY)})"
    rf"|(?P<q_before>{_alternation(_PRE_BEFORE)})"
    # ("apres-demain" is a day, the day after tomorrow, not "after tomorrow").
    rf"|(?P<q_after>(?!apres[\s-]?demain\b){_alternation(_PRE_AFTER)}"
    # "past 2035", as "beyond 2035": after it (before a year's number only: "the past year",
    # "over the past two years" look back).
    r"|past(?= (?:19|20)\d\d\b(?![-/]\d)))"
    rf"|(?P<q_on>{_alternation(_PRE_ON)})"
    rf"|(?P<q_in>{_alternation(_PRE_IN)}|{_PRE_A})"
)
_POST = (
    r"(?P<s_by>at the latest|au plus tard|latest|or earlier|or sooner|ou avant|ou plus tot"
    # "5 octobre 2021 maximum à 14h00", "d'ici 2030 au maximum": at the latest.
    r"|maximum|au maximum"
    r"|target date|deadline|date limite|date butoir"
    # "next year's deadline": the period's own deadline, as "the 2025 deadline" is.
    r"|'s (?:[a-z]+ )?(?:deadline|target date)"
    # A timetable's line: "4 février 2026 : date limite pour s'inscrire", "June 30 - deadline".
    r"|(?:[:\u2013-]\s*)(?:deadline|date limite|date butoir|dernier delai"
    # ... and its target date, new or not: "May 28, 2026 - New target date for the flight".
    r"|(?:(?:new|revised|updated|official|nouvelle) )?(?:target date|date cible))"
    # "fixe au 30 juin 2027 la date limite": the deadline named after its date.
    r"|(?:la |l')(?:date limite|date butoir|echeance)"
    # "the expected July 25 end date": the date it must end by.
    r"|end date"
    # "Friday, May 24 - the last day for the House to act", "le 30 juin, dernier jour pour".
    r"|(?:-\s*)?(?:(?:is|was) )?the last day (?:for|to)"
    r"|(?:-\s*)?(?:(?:est|etait) )?(?:le )?dernier (?:jour|delai) pour"
    # "the June 30 filing deadline", "its 2030 net-zero target date": a few words may say
    # whose deadline it is.
    r"|(?:(?!(?:the|a|an|and|or|of|to|for|in|on|at|by|is|was|were|will|be|has|had|its"
    r"|their|but|not)\b)[a-z]+(?:-[a-z]+)? ){1,3}(?:deadline|target date)"
    # "its 2030 climate targets", "the 2030 renewables targets": a year's targets, levels to
    # reach by it (one "2031 target" is read both ways by the labels: left to the period);
    # and a target at the year's end: "its 2025 end-of-year target".
    r"|(?<=\d\x20)(?:(?!(?:the|a|an|and|or|of|to|for|in|on|at|by|is|was|were|will|be|has|had"
    r"|its|their|but|not)\b)[a-z]+(?:-[a-z]+)? ){0,3}targets"
    r"|(?:end~of~(?:the~)?year|year~end) (?:target|goal)s?"
    # "set year-end 2021 as the target date", "avec 2030 comme date butoir": named the target.
    # (A participle may come first: "with 17 May 2025 emerging as the latest feasible date".)
    r"|(?:[a-z]+ing )?(?:as|comme) (?:the |its |their |a |an |la |sa |leur |l')?"
    r"(?:target(?: date)?|deadline"
    r"|due date|date limite|date butoir|echeance|objectif|date cible"
    # "the latest feasible date": the latest date it may be.
    r"|latest (?:[a-z]+ )?date)"
    # "October 2017 remains the section's official completion date", "2035 is the deadline":
    # the period said to be the deadline, as "the deadline is 2035" says it (rule 3).
    r"|,? (?:is|was|remains|remained|will remain|will be|est|reste|demeure|sera) (?:still |now"
    r" |toujours )?(?:the|its|their|la|sa|leur|l') ?(?:(?!(?:and|or|of|to|for|in|on|at|by"
    r"|not|but|et|ou|de|du|des|pour|en|original|initial|previous|earlier|former|old|initiale"
    r"|precedente|ancienne)\b)[a-z0-9'-]+ ){0,3}(?:deadline|target date|due date"
    r"|completion date|end date|date limite|date butoir|echeance|date de fin))"
    # "a December opening date": the period is named as a date, which qualifies it.
    r"|(?P<s_in>(?:opening|launch|release|delivery|completion|start|go~live) date"
    # "its fall window", "a spring 2027 launch window": the period named as a window.
    # (Not "the previously planned 2025 window to early 2026": a move's date left behind.)
    r"|(?:(?:launch|release|delivery) )?window(?! to\b))"
    # ("until Memorial Day, perhaps at the earliest": a hedge changes no floor.)
    r"|(?P<s_nb>(?:(?:perhaps|possibly|probably|maybe|peut~etre) )?"
    r"(?:at the earliest|at the very earliest|at earliest|at very earliest|au plus tot)"
    r"|or later|ou plus tard"
    r"|au mieux|at best|au minimum|at minimum|at a minimum)"
    r"|(?P<s_from>onwards|onward|and beyond|and after|et au~dela|et apres)"
    # "until 2030 at least", "jusqu'en 2031 au moins": a floor, when "until" comes before.
    r"|(?P<s_least>at least|au moins)"
    # "before the year is over": before its end, a "by" deadline.
    r"|(?P<s_over>is over|is out|is done|is up|ends|has ended|comes to an end"
    r"|draws to a close)"
)
_POST = _rx(_POST)

# Qualifiers before a span ("within 18 months", "d'ici deux ans"). "for six months" is a
# duration, not a deadline, so the span rule has its own, shorter list.
_SPAN_PRE_WITHIN = [
    "within", "in", "inside", "inside of", "in less than", "less than", "in under", "under",
    "in no more than", "no more than", "over", "by", "dans", "d'ici", "d'ici a", "sous", "sur",
    "en", "d'ici moins de", "d'ici a moins de", "en moins de", "dans moins de", "au cours des",
    "dans un delai de",
    # Belgian French "endéans les trente jours": within.
    "endeans", "endeans les",
    "dans un delai maximum de", "dans un delai maximal de", "dans un delai max de",
    # "within a period of six months", "within a maximum of two years": the span's end.
    "within a period of", "within a maximum of", "au plus tard dans", "au plus tard d'ici",
    "in the space of", "en l'espace de", "a l'horizon de", "a horizon de", "a l'horizon",
    "a horizon", "pour dans",
    # "a un horizon de cinq ans", "dans un horizon de deux ans", "sur un horizon de trois ans".
    "a un horizon de", "dans un horizon de", "sur un horizon de",
    # "un horizon de 5 a 10 ans" with its preposition left in the sentence before it.
    "un horizon de",
    # "sur une periode de trois a cinq ans", "over a period of five years": the span's end.
    "over a period of", "over the period of", "sur une periode de", "sur la periode de",
    "sur une duree de",
    # "dans une fourchette de deux à quatre ans", "within a range of two to four years": the
    # range's spans, the longer one's end (rule 8).
    "dans une fourchette de", "within a range of",
]  # fmt: skip
# "for at least a year", "pour au moins un an de plus": it lasts until then at least.
_SPAN_PRE_NOT_BEFORE = ["not before", "not until", "not till", "not for", "not for another",
                        "pas avant", "pas d'ici",
                        # "au plus tôt dans six mois", "no sooner than six months from now".
                        "au plus tot dans", "au plus tot d'ici", "no sooner than",
                        "no earlier than", "not sooner than", "not earlier than",
                        "after", "apres", "au bout de", "for at least",
                        "pour au moins", "pendant au moins", "durant au moins"]  # fmt: skip


_SPAN_PRE_WITHIN = _elided(_SPAN_PRE_WITHIN)
_SPAN_PRE_NOT_BEFORE = _elided(_SPAN_PRE_NOT_BEFORE)
# "ne sera pas prêt avant deux ans", "won't be ready for another two years", "won't happen
# for the next three years": a negated verb before a span, as before a period (_NEGATED), is
# "not before" its end. "for" only after a future negation: "hasn't been updated for two
# years" tells how long, not when.
_SPAN_NEGATED = (
    r"(?:(?:\bnot|(?:(?<=\w)|^)n't|\bpas|\bne (?:pourr(?:a|ont|ait|aient)|peu(?:t|vent)))"
    r"(?:\s+[a-z'-]+){0,3}?\s+(?:before|prior to|until|till|avant)"
    # A found expression starts at the "n't" of "won't": its text alone starts there.
    # So may a phrase cut after its modal, at "not", when the verb after it is bare ("not
    # be completed for another 18 months"): "not been updated for two years", "not renewed
    # for two years" tell how long a past lasted.
    r"|(?:\bwill not|\bshall not|(?:(?<=\bwo)|^)n't|^not(?!\s+(?:been|[a-z]+ed)\b))"
    r"(?:\s+[a-z'-]+){0,6}?\s+for"
    r"(?:\s+another)?)"
)
_SPAN_PRE = (
    rf"(?P<q_nb>{_SPAN_NEGATED}|{_alternation(_SPAN_PRE_NOT_BEFORE)})"
    rf"|(?P<q_within>{_alternation(_SPAN_PRE_WITHIN)})"
)
# What a span may count from other than the stated date: a day named next ("six months
# beginning June 15th"), or an event ("two days later", "a compter de la promulgation").
_SPAN_FROM_NOW = (
    "time", "from now", "from today", "hence", "from the announcement",
    "a compter d'aujourd'hui", "a partir d'aujourd'hui", "a compter de ce jour",
)  # fmt: skip
_SPAN_ANCHORS_START = ("beginning", "starting", "from", "a compter de", "a compter du",
                       "a partir de", "a partir du", "des")  # fmt: skip
# "apres vingt-sept mois de travaux": a span "de" something is counted from an event.
# "dans les six mois qui suivent la publication": the same, with a relative clause.
_SPAN_ANCHORS_END = ("after", "following", "of", "apres", "suivant", "suivant le", "de",
                     "qui suit", "qui suivent", "qui suivra", "qui suivront", "that follow",
                     "that follows")  # fmt: skip
_SPAN_ANCHORS_EVENT = ("later", "plus tard", "afterwards", "thereafter", "apres cela")

# Parts of a period: early, mid, late, end. Two parts may make a range ("early to late").
_PART_WORDS = (
    r"(?P<{p}early>(?:very )?early(?: in)?|(?:the )?(?:very )?beginning of|(?:the )?start of"
    r"|(?:the )?(?:beginning|start)(?= (?:and|or) )"
    r"|(?:tout )?debut(?: de| du| des| d')?|commencement(?: de| du| des| d')?"
    # "the first weeks of 2025", "les premiers mois de 2025": how many is not said.
    r"|(?:the )?(?:first|opening|early) (?:few )?(?:days|weeks|months) of"
    r"|premi(?:ers|eres) (?:jours|semaines|mois) (?:de|du|des|d')"
    # "in the early part of next year", "the latter part of 2026", "the middle part of".
    r"|(?:the )?(?:early|earlier|first) part of|(?:the )?front end of"
    # "dans la première partie de 2027", "in the early stages of 2027".
    r"|(?:la )?premiere partie (?:de|du|d')|(?:the )?early stages? of)"
    r"|(?P<{p}mid>mid(?:dle of)?|(?:the )?middle(?: part)? of|mi|milieu(?: de| du| des| d')?"
    # "between the middle and the end of 2027": the first of two parts, its "of" left out.
    r"|(?:the )?middle(?= (?:and|or) )"
    r"|(?:the )?(?:heart|height) of|(?:au )?c\u0153ur(?: de| du| des| d'))"
    # "the back end of the decade", "the front end of next year": its late or early part.
    r"|(?P<{p}late>late(?: in)?|(?:the )?(?:latter|later|last|final) part of|(?:the )?back end of"
    r"|(?:la )?(?:derniere|seconde|deuxieme) partie (?:de|du|d')"
    r"|(?:the )?(?:late|latter|final) stages? of"
    r"|(?:the )?(?:last|final|closing) (?:few )?(?:days|weeks|months) of"
    r"|derni(?:ers|eres) (?:jours|semaines|mois) (?:de|du|des|d'))"
    # ("end December 11" is the verb before a day: "begin on September 1 and end December 11".)
    r"|(?P<{p}end>(?:the )?(?:very |tail )?end of|end(?! [a-z]+\.? \d{{1,2}}(?:st|nd|rd|th)?\b)"
    r"|(?:the )?close of|(?:the )?turn of"
    r"|(?:(?:fiscal|financial|calendar) )?year~end"
    r"|(?:au )?tournant(?: de| du| des| d')"
    r"|(?:toute )?fin(?: de| du| des| d')?|issue(?: de| du| d')|terme(?: de| du| d')"
    # "au bout de 2025" (at the end of it), as "au terme de 2025"; "au bout de trois mois",
    # a span, is read by its own rule.
    r"|bout(?: de| du| d')"
    # "à la clôture de l'exercice 2026": a fiscal year closed is its end.
    r"|cloture(?: de| du| d'))"
)
_PART = _rx(
    "(?:"
    + _PART_WORDS.format(p="p_")
    # "mid-to-late 2026", "early-to-mid 2026": the two parts may be joined by dashes, by a
    # slash ("early/mid-2027", "mi/fin 2027"), or by a dash alone ("mid-late 2026").
    # "entre le milieu et la fin des annees 2020", "in the middle or at the end of 2027": two
    # parts of one period joined by "and" or "or", the second with its own article.
    + r")(?:(?:(?: |-)(?:to|a|through)(?: |-)|\s*/\s*|-"
    + r"| (?:and|or|et|ou) (?:(?:at|in|to|a|au|en) )?(?:the |le |la |l')?)(?:"
    + _PART_WORDS.format(p="p2_")
    + "))?"
)

# A stretch at the start or the end of a period, or its n-th unit: "the first three months
# of 2022", "the last week of March", "the first half of the month", "les trois premiers mois
# de 2022", "la derniere semaine de mars". The period follows, after "of"/"de".
_SUB_UNITS: dict[str, tuple[int, int]] = {
    "day": (0, 1), "days": (0, 1), "jour": (0, 1), "jours": (0, 1),
    "week": (0, 7), "weeks": (0, 7), "semaine": (0, 7), "semaines": (0, 7),
    "month": (1, 0), "months": (1, 0), "mois": (1, 0),
    "quarter": (3, 0), "quarters": (3, 0), "trimestre": (3, 0), "trimestres": (3, 0),
    "year": (12, 0), "years": (12, 0), "an": (12, 0), "ans": (12, 0), "annee": (12, 0),
    "annees": (12, 0),
    # A half of the period, whatever its length ("la premiere quinzaine du mois").
    "half": (0, 0), "moitie": (0, 0), "quinzaine": (0, 0), "fortnight": (0, 0),
    # "le premier semestre de l'exercice clos le 31 mars 2026": a half of a fiscal year.
    "semestre": (0, 0), "semester": (0, 0),
}  # fmt: skip
_SUB_UNIT_VALUES = {_squash(k): v for k, v in _SUB_UNITS.items()}
# "the second week of" names one unit; "the first weeks of" (how many?) names no stretch.
_SUB_UNITS_ONE = [u for u in _SUB_UNITS if not u.endswith("s") or u == "mois"]
# The n-th one ("the second week of"); "first"/"last" may also take a count ("the first three").
_SUB_ORDINALS: dict[str, int] = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
    "premier": 1, "premiere": 1, "1er": 1, "1ere": 1, "deuxieme": 2, "seconde": 2,
    "2e": 2, "2eme": 2,
    "troisieme": 3, "3e": 3, "3eme": 3, "quatrieme": 4, "4e": 4, "4eme": 4,
    "last": LAST, "final": LAST, "dernier": LAST, "derniere": LAST, "opening": 1, "closing": LAST,
    "front": 1, "back": 2, "latter": 2,
}  # fmt: skip
_SUB_ENDS = {"first": 1, "last": LAST, "final": LAST, "opening": 1, "closing": LAST,
             "premiers": 1, "premieres": 1, "derniers": LAST, "dernieres": LAST}  # fmt: skip
# "the first week in July" as "of July".
# Before a year alone, with no word: "les trois premiers trimestres 2026".
_SUB_OF = r"(?:(?:of|in|de|du|des) |d'\s*|(?=(?:19|20|21)\d\d\b))"
# "the third or fourth week of October": both, from the first to the last (rule 9).
_SUB_ONE = (
    rf"(?P<sub_ord>{_alternation(_SUB_ORDINALS)})"
    rf"(?: (?:or|to|and|ou|et|a) (?P<sub_ord2>{_alternation(_SUB_ORDINALS)}))?"
    rf" (?P<sub_one>{_alternation(_SUB_UNITS_ONE)})"
)
_SUB_COUNT = (
    rf"(?:(?P<sub_end>first|last|final|opening|closing) (?P<sub_n>{_NUMBER})"
    rf"|(?P<sub_n_fr>{_NUMBER}) (?P<sub_end_fr>premiers|premieres|derniers|dernieres))"
    rf" (?P<sub_unit>{_alternation(_SUB_UNITS)})"
)
_SUB = _rx(rf"(?:{_SUB_ONE}|{_SUB_COUNT}) {_SUB_OF}")
# A part may run into its year, its hyphen lost in scraping: "scheduled for mid2021".
_SEP = r"(?:\s*-\s*|\s+|(?<=')|(?<=[a-z])(?=\d{4}\b)|(?<=\())"
_DET = r"(?:(?:the|le|la|les)\s+|l'\s*)?"

# ---------------------------------------------------------------------------------------
# Words around a period that change what it means (read by `context.py`).
# ---------------------------------------------------------------------------------------

# A negation before a period denies it: "not in 2025", "pas en 2025", "jamais",
# "instead of next year", "au lieu de debut 2026".
# A French infinitive after "plus de", "aucun projet de": the verbs in -er, -ir, and the
# common ones in -re and -oir.
_INFINITIVE = (
    r"(?:[a-z]+(?:er|ir)|(?:[a-z]*(?:prendre|mettre|faire|dire|duire|truire|vendre|atteindre"
    r"|rendre|suivre|ecrire|lire|battre|joindre|peindre|naitre|etre)|[a-z]*(?:voir|cevoir)))"
)
_NEGATION = (
    r"(?:\bnot|\bneither|\bcannot|(?:(?<=\w)|^)n't|\bnever|\bno longer|\bno more|\bpas|\bjamais"
    # "ni en 2026 ni en 2027": neither.
    r"|\bni\b(?!\s+(?:plus|moins|meme)\b)"
    # "unless it slips to 2029, by 2028", "sauf à reporter en 2029": a date only supposed.
    r"|\bunless|\bsauf a\b|\ba moins (?:de|d'|que|qu')"
    # "et non le 11 février comme attendu": the date set aside.
    r"|\b(?:et|mais) non\b"
    # "without waiting for a vote in June": what is done without is not done then ("without
    # waiting until June", which says sooner, is left alone: see context._around).
    r"|\bwithout(?= [a-z]+ing\b)"
    # A subject denied by its determiner: "No new projects are scheduled to come online until
    # 2025", "aucun site ne rouvrira avant 2026".
    # Only as the clause's subject, where it opens it.
    r"|(?:^|(?<=[,.;:!?(]\s))(?:no(?=\s+(?!later\b|earlier\b|sooner\b|doubt\b)[a-z]+\s+[a-z]+)"
    # ("aucun des deux reacteurs ne": up to three words between.)
    r"|nothing|none of|aucune?(?=(?:\s+[a-z]+){1,3}\s+n(?:e\b|')))"
    r"|\bplus question"
    # The object denied by its determiner: "n'envisage aucune hausse de prix en 2022", "plans
    # no new openings in 2022".
    r"|\bn(?:e\s+|')[a-z]+(?:\s+[a-z]+)?\s+aucune?\b"
    r"|\b(?:plans?|planned|planning|expects?|expected|expecting|foresees?|foresaw|envisages?"
    r"|anticipates?|schedules?|scheduled|promises?|promised)\s+no\b"
    r"(?!\s+(?:later|earlier|sooner|doubt|more|longer)\b)"
    # Nobody: "Nobody expects the talks to conclude before March", "personne ne s'attend".
    r"|(?:^|(?<=[,.;:!?(]\s))(?:nobody|no[\s-]?one|(?:personne|nul)(?=\s+n(?:e\b|')))"
    # ("qu'" and "d'" end before the apostrophe, so a date right after them is reached.)
    r"|\binstead of|\brather than|\bau lieu d(?:e|u|(?='))|\bplutot qu(?:e|(?='))|\bexcept"
    r"|\bunable"
    # A target given up: "has dropped its 2035 target", "a renoncé à son objectif de 2030".
    r"|\b(?:dropped|abandoned|scrapped|ditched|shelved|given up on|gave up on|renonce a"
    # ("the 2030 target" is read from its "the": the negation is then looked for past it.)
    r"|abandonne)\s+(?:its|their|the|our|son|sa|ses|leur|leurs|notre|nos|l')\s*"
    r"(?:objectif (?:de |d')?)?"
    r"(?=\s*(?:\d|$))"
    r"|\bincapable|\bempech(?:e|ant|er|era|ent)|\bprevent(?:s|ed|ing)?"
    # "ne peut avoir lieu entre septembre et novembre": "ne" with "pouvoir" needs no "pas"
    # (as before "avant"), but not "ne peut ... qu'en 2027", only then.
    r"|\bne (?:pourr(?:a|ont|ait|aient)|peu(?:t|vent)|pouvai(?:t|ent))\b"
    r"(?!(?:\s+[a-z'-]+){0,6}?\s+(?:qu(?:e\b|')|pas\b|plus\b|jamais\b))"
    # "rendent impossible l'ouverture fin 2026", "impossible to open by 2026".
    r"|\bimpossible"
    # A counterfactual: "aurait du repartir au 31 decembre" (should have, and did not), "n'aurait
    # pas pu etre acheve avant 2030", "could have been finished by 2020".
    r"|\baurai(?:en)?t (?:pas |jamais )?(?:pu|du(?!\s+(?:mal|retard|succes|sens)\b))"
    r"|\bn'aurai(?:en)?t(?=\s*$)"  # the phrase read from "pas": "n'aurait | pas pu ... avant 2030"
    r"|\b(?:would|could|might) (?:not |never )?have been"
    # "could have opened by 2027" (and did not), not "should have", which may expect.
    r"|\b(?:could|might) (?:not |never )?have (?:[a-z]+ly )?[a-z]+(?:ed|en|wn)\b"
    # French "ne ... plus": "n'est plus prévue en 2027", "ne sera plus livrée en 2027" (not
    # "n'est plus qu'à", only, nor "plus tard", "plus de"), a pronoun may come first: "ne se
    # dérouleront plus en mars", "ne s'ouvrira plus".
    r"|\bn(?:e\s+|')(?:(?:se|le|la|les|lui|leur|y|en|nous|vous)\s+|[sl]')?[a-z]+"
    r"(?:\s+(?:desormais|donc|toujours|finalement|vraisemblablement))?"
    r"\s+plus\b(?!\s+(?:tard|tot|que|qu'|du|des|tres|si|aussi|loin|rien)\b)"
    # "plus de" is a quantity ("plus de 2 000 emplois"), unless an infinitive follows: "ne
    # prevoit plus de lancer le modele en 2020" (no longer plans to).
    rf"(?!\s+(?:de\s+|d')(?!{_INFINITIVE}\b)))"
)
# Words that end a negation's reach: a clause break, or "only" ("not only in 2025").
_NEGATION_STOP = re.compile(
    r"[,;:.!?]|\b(?:and|but|or|which|that|who|et|mais|ou|puis|qui|que|only|just"
    rf"|{_CAUSE_OPENS}"
    r"|seulement|uniquement|simply|merely)\b"
    # "then" opens a clause, but not after an auxiliary: "the deadline was then set for".
    r"|\bthen\b(?<!\bwas then)(?<!\bis then)(?<!\bare then)(?<!\bwere then)"
    r"(?<!\bwill then)(?<!\bhas then)(?<!\bhad then)(?<!\bbe then)"
)
# Verbs of a move: with them "until P" is "moved to P", and "from A to B" means B.
_MOVE = (
    r"\b(?:delay(?:s|ed|ing)?|postpon(?:e|es|ed|ing|ement)"
    # "push back", and "push the second launch back"; "back by four months" whose verb
    # came before the phrase.
    r"|push(?:es|ed|ing)?(?: [a-z0-9'-]+){0,4} (?:back|out)|back(?= by\b|\s+$)"
    # Right before the "from" or "de" of a move (the text read ends there): "pushed from Q3
    # to Q4" (not "push for a launch from 2025"), "la date passe de décembre 2026 à juin 2027".
    r"|(?:push(?:es|ed|ing)?|pass(?:e|ee|ent|er|era))(?=\s+$)"
    # A headline's bare "push" or "bump" before its date: "Conference pushed to 2021",
    # "Opening bumped from 2025 to 2027", "NASA pushed the launch from 2024 to 2025".
    r"|(?:push|bump)(?:s|es|ed|ing)?(?: (?!for\b)[a-z'-]+){0,3}?"
    r"(?=\s+(?:to|until|till|into)\s+(?:\d|the |late|early|mid|end|next|fall|spring|summer"
    r"|winter|autumn|q[1-4]|h[12]|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|\s*$)"
    r"|\s+$)"
    r"|pushback|mov(?:e|es|ed|ing)|reschedul(?:e|es|ed|ing)|slip(?:s|ped|ping|page)?|defer(?:s|red|ring)?"
    # "pushing the completion date of the first fab to 2030": a date pushed, with its noun.
    r"|push(?:es|ed|ing)? (?:the|its|their) (?:[a-z'-]+ ){0,2}(?:dates?|deadlines?|timelines?)"
    r"|reprogramm(?:e|ee|es|ees|er|era|ation)"
    # "le report au 16 juin", "report de 2025 à 2027" (French, a postponement), not the
    # English noun: "A report published on June 16 says".
    r"|put off|put(?:s|ting)?(?: [a-z0-9'-]+){0,4} back(?= by\b|\s+(?:to|until|till)\b|\s+$)"
    # "putting back its opening date until 2019": "put back" before its object, an event or
    # a date (not "putting back the bridge deck", "put back the original turf": restored).
    r"|put(?:s|ting)? back(?= (?:the|its|their|his|her|our) (?:[a-z'-]+ ){0,2}(?:(?:re)?opening"
    r"|launch|dates?|start|deadlines?|timelines?|timetable|schedule|votes?|elections?"
    r"|referendum|release|debut|completion|delivery|introduction|roll-?out|kick-?off"
    r"|decision|hearing|trial|meeting|ceremony|plans?|targets?)\b)"
    r"|report(?=\s+(?:a|au|aux|de|du|des|d'|en|jusqu)\b|\s*$)"
    r"|report(?:e|ee|es|ees|er|era|ent|ant)|repouss(?:e|ee|es|ees|er|era|ent|ant)"
    # "être poussé jusqu'en 2022": pushed as far as then.
    r"|pouss(?:e|ee|es|ees|er|era)(?=\s+jusqu'|\s*$)"
    r"|decal(?:e|ee|es|ees|er|era|age)|retard(?:e|ee|es|ees|er|era)|gliss(?:e|ee|er|era|ement)"
    # "the extension of the deadline to 2027" (not "the metro extension will open").
    r"|differ(?:e|ee|er)|extend(?:s|ed|ing)?|extension(?=\s+(?:of|de|du|des)\b)"
    r"|prolong(?:e|ee|er|ation)"
    r"|prorog(?:e|ee|er|ation)|shift(?:s|ed|ing)?|slid(?:e|es|ing)?"
    # Brought forward is a move too: "doit etre avancee de 2030 a 2028".
    r"|avanc(?:e|ee|es|ees|er|era)|(?:brought|bring(?:s|ing)?|pull(?:s|ed|ing)?) forward"
    # With what was brought forward between: "brings the plan forward by 15 years".
    r"|(?:brought|bring(?:s|ing)?|pull(?:s|ed|ing)?)(?: [a-z0-9'-]+){1,4} forward"
    r"(?= by\b|\s+(?:to|until|till)\b|\s+$)"
    # "accelerated to 2027 from 2029" (not "at an accelerated pace by 2020").
    r"|accelerat(?:e|es|ed|ing)(?=\s+(?:to|from)\b|\s+$)"
    # "waiting until autumn 2019", "patienter jusqu'a cet ete": it happens then.
    r"|wait(?:s|ed|ing)?|patient(?:er|era|eront)|attendre)\b"
)
# A period named as the deadline is a "by" deadline: "the deadline ... is 2035".
_DEADLINE_NOUN = (
    r"\b(?:deadlines?|due date|cut~off(?: date)?|date limite|date butoir|echeance|delai|last date"
    # "the end construction date is September 15, 2027", "la date de fin des travaux", "a
    # target action date of February 26, 2020".
    # ("a decision date of January 31, 2025": the day a decision is due by.)
    r"|(?:end|completion|finish|target|goal|decision)(?: [a-z]+)? date"
    r"|date (?:de fin|d'achevement)"
    # The dates calls, rules and deals are held to: "closing date: 28 February", "the
    # compliance date is June 30", "the long-stop date of 31 December", "date de cloture".
    r"|(?:closing|final|compliance|sunset|long~?stop|outside|expiry|expiration) date"
    r"|date de cloture|cloture des (?:inscriptions|candidatures|offres|depots|votes)"
    # Verbs of ending: "expires on 10 February", "pour se terminer le 15 decembre".
    r"|expir(?:e|es|ed|ing|era|ent|ation)|se termin(?:e|ent|er|era|eront)"
    r"|s'achev(?:e|ent|er|era|eront)|prend(?:ra|ront)? fin|prennent fin|prendre fin"
    # ("would end on Feb. 6", as a plan is reported.)
    # ("the tour will conclude April 14" as well; "conclude on" alone is read both ways by
    # the labels, and left as the day.)
    r"|will end|would end|will conclude|would conclude"
    # "pour se finir en 2023": reflexive, as "se terminer" ("finir les travaux" is an act).
    r"|se fini(?:r|t|ssent|ra|ront)"
    r"|to end|ends|will close|to close|closes"
    # "Applications close at 5pm on 14 March": a plural's verb, right after it, before its
    # hour or day ("will now close on 31 August" is a move, not a closing date); or opening
    # the words given, its subject left out ("close 24 February 2026"). Searched in a slice
    # (`_clause_before`), "^" matches at the slice's start too: context.py keeps a bare
    # "close" only at the text's first character.
    r"|(?:(?<=s\x20)|^)close(?= (?:at|on)\b|\s*$))\b"
)
# Verbs that keep to a deadline: "not going to meet its May deadline", "ne tiendra pas
# l'echeance de mars". Denied, the deadline is missed: no date is promised.
_KEEPS_TO = (
    r"\b(?:meet|make|hit|keep to|stick to|respect|tenir|tiendr(?:a|ont|ait|aient)"
    r"|respecter(?:a|ont|ait|aient)?|respecte(?:nt)?)\b"
)
# "the offer will close on 15 March" ends then; a deal or a plant "expected to close in Q4"
# closes within the quarter: an event in it, not a deadline.
_EXPECTED_TO_CLOSE = (
    r"\b(?:expected|anticipated|on track|on course|set|slated|scheduled|poised|likely|due"
    r"|planned) to close$"
)
# Events that a year may name ("les jeux Olympiques de 2024", "the 2024 elections"): the
# year is then part of a name, not a time.
_EVENT_NOUNS = (
    r"olympics?|olympiques?|paralympics?|paralympiques?|games|jeux|jo|world cup|coupe du monde"
    r"|mondial"
    r"|elections?|presidentielles?|legislatives|municipales|europeennes|midterms?|referendum"
    r"|cop|summit|sommet|expo|exposition universelle|world expo|festival|championships?"
    r"|championnats?|tournament|tournoi|grand prix|conference|congress|congres|salon"
    r"|exams|examens"
    # "the 2025 Tokyo Motor Show", "the 2026 trade fair".
    r"|motor show|auto show|air show|trade show|car show|trade fair|world fair"
    # A lunar new year moves with its calendar: "before Chinese New Year 2027".
    # ("new" alone when the year rule reads "year 2027" itself).
    r"|(?:chinese|lunar) new(?: year)?|nouvel an (?:chinois|lunaire)|tour de france"
    r"|ryder cup|euro"
    # Any cup a tournament is named by, and a yearly address to a parliament: "the 2027 Africa
    # Cup of Nations", "the 2026 Asian Cup", "his 2024 State of the Nation Address". A cup is
    # named by the word before it, not an article or a word of counting or comparing: "as the
    # cup ban widens", "by 2030 every cup" are a cup.
    r"|(?<=[a-z]\x20)(?<!\bthe\x20)(?<!\ba\x20)(?<!\ban\x20)(?<!\bevery\x20)(?<!\beach\x20)"
    r"(?<!\bas\x20)(?<!\bper\x20)(?<!\bone\x20)(?<!\bthis\x20)(?<!\bthat\x20)(?<!\bits\x20)"
    r"(?<!\btheir\x20)cup"
    r"|state of the (?:nation|union)"
    # Feasts of a lunar calendar, and tournaments named by an acronym: "avant la Tabaski
    # 2026", "d'ici l'AFCON 2027" ("CAN" and "Aid" are left out: "can" and "aid" are words).
    r"|ramadan|tabaski|diwali|hajj|eid|aid el~(?:fitr|kebir|adha)|afcon"
    # "la Coupe d'Afrique 2023", "la Foire internationale de Dakar 2022".
    r"|coupe d'afrique(?: des nations)?|foire"
    # "avant la CAN 2025": the French acronym after its article ("can" alone is a word).
    r"|(?<=\bla\x20)can"
)
# Words that point at a date said elsewhere: no date can be read from them.
_ANAPHORA = [
    "by then", "until then", "by that time", "by that date", "at that time", "at that point",
    "by that point", "a cet horizon", "a cette echeance", "a cette date", "d'ici la",
    "jusque~la", "a ce moment~la", "d'ici cette date", "d'ici cette echeance",
]  # fmt: skip
# A year or month named as one told elsewhere ("in the second half of that year", "cette
# année-là"): the period it holds is that other one's, not the year it was said in.
_THAT_PERIOD = [
    "that year", "the same year", "that same year", "that month", "the same month",
    "cette annee-la", "la meme annee", "cette meme annee", "ce mois-la", "le meme mois",
]  # fmt: skip

# Words between two periods that make them one window: "2025 or 2026", "fin 2027 / debut
# 2028", "between 2026 and 2028", "entre janvier 2025 et 2030", "de 2025 a 2027".
_JOINERS_TO = ["to", "until", "till", "through", "thru", "through to", "a", "au", "jusqu'a",
               "jusqu'au", "jusqu'en", "jusque"]  # fmt: skip
# "from A to B" may be a move ("postponed from 2029 to 2030") or a range: these joiners only
# say "to"; "through", "until", "jusqu'en" say a range.
_JOINERS_MOVE = frozenset({"to", "a", "au"})
# "in 2026, possibly 2027", "2026 if not 2027", "fin 2026, sinon debut 2027": the second an
# alternative to the first, as "or possibly" is.
_JOINERS = ["or", "or even", "or possibly", "and", "ou", "ou meme", "ou bien", "voire", "et",
            "possibly", "perhaps", "or perhaps", "maybe", "or maybe", "if not", "sinon",
            "ou peut~etre", "peut~etre",
            # "in late November, or more likely in December": the likelier one, as an
            # alternative still.
            "or more likely", "or most likely", "ou plus probablement",
            # "until 2026 and probably 2027", "d'ici 2026, probablement 2027": a hedge after
            # "and" offers the later one as the likelier date, an alternative as well.
            "and possibly", "and perhaps", "and maybe", "and probably", "probably",
            "et peut~etre", "et probablement", "probablement",
            "soit", "-", "/", "&",
            # "les mois de mai et de juin": the preposition said again before the second.
            "et de", "et d'", "ou de", "ou d'", "ou au", "ou en", "ou a", "or in", "or at",
            # "in Q4 2026 or, failing that, Q1 2027", "fin 2026 ou, a defaut, debut 2027".
            "or failing that", "or, failing that", "failing that", "ou a defaut",
            "ou, a defaut", "a defaut", "ou alors",
            *_JOINERS_TO]  # fmt: skip
_RANGE_OPENERS = r"(?:between|entre|either|soit|from|de|du|des|d')"

# Words that carry nothing for a deadline, never reported as unused. Folded.
_FILLER = frozenset(
    _words(
        """the a an of in on at by to for from this that these those it its is are was were
        be been being will would shall should can could may might has have had do does did
        and or but with as than then so such also about around just only still yet now per
        each every very our their his her they we he she you i my your some any all both
        there here which who what when where how planned plan plans scheduled expected
        due set slated targeted target aims aim hope hopes hoped expects scheduled
        le la les l un une des du de d au aux en et ou a pour par sur dans ce cet cette ces
        son sa ses leur leurs il elle ils elles on nous vous qui que qu est sont sera seront
        ete etre avoir ne n se s y plus tres aussi encore deja prevu prevue prevus prevues
        prevoit vise espere attendu attendue"""
    )
)

# Phrases that promise nothing datable (rule 7). Only reported when no deadline is found.
_VAGUE_PHRASES = [
    "soon", "very soon", "as soon as possible", "asap", "shortly", "eventually", "ultimately",
    "in due course", "at some point", "someday", "some day", "one day", "in the future",
    "in future", "going forward", "over time", "in time", "later", "later on",
    "at a later date", "in the near future", "in the near term", "near~term",
    "in the short term", "in the medium term", "in the long term", "in the long run",
    "down the road", "before long", "sooner or later", "in the coming days",
    "in the coming weeks", "in the coming months", "in the coming years",
    "in the coming quarters", "in the months ahead", "in the weeks ahead", "in the years ahead",
    "in the next few days", "in the next few weeks", "in the next few months",
    "in the next few years", "in a few days", "in a few weeks", "in a few months",
    "in a few years", "within a few weeks", "within a few months", "within a few years",
    "in several months", "in several years", "within months", "within weeks", "within years",
    "tbd", "tba", "to be determined", "to be announced", "to be confirmed", "tbc",
    "at the earliest", "as early as possible", "within days", "in days", "any day now",
    "imminently", "imminent", "any time now", "in a matter of months", "in a matter of weeks",
    "in a matter of days", "in a matter of years", "within a matter of months",
    "within a matter of weeks", "within a matter of days",
    "prochainement", "bientot", "tres bientot", "sous peu", "rapidement", "au plus vite",
    "des que possible", "dans les meilleurs delais", "dans les plus brefs delais", "a terme",
    "a court terme", "a moyen terme", "a long terme", "dans un avenir proche",
    "dans un futur proche", "a l'avenir", "un jour", "plus tard", "tot ou tard",
    "dans les jours a venir", "dans les semaines a venir", "dans les mois a venir",
    "dans les annees a venir", "dans les prochains jours", "dans les prochaines semaines",
    "dans les prochains mois", "dans les prochaines annees", "dans quelques jours",
    "dans quelques semaines", "dans quelques mois", "dans quelques annees",
    "d'ici quelques mois", "d'ici quelques annees", "d'ici quelques semaines",
    "dans plusieurs mois", "a une date ulterieure", "date a determiner", "a determiner",
    "a confirmer", "ulterieurement", "au plus tot", "au mieux", "au minimum", "a venir",
    "in the coming weeks and months", "in the coming months and years",
    "in the weeks and months ahead", "in the months and years ahead",
    "dans les semaines et mois a venir", "dans les semaines et les mois a venir",
    "dans les mois et annees a venir", "dans les mois et les annees a venir",
    "dans les jours qui viennent", "dans les semaines qui viennent", "dans les mois qui viennent",
    "dans les annees qui viennent",
    # A unit said twice, from one to the next, is time going by, no one period: "les couts
    # montent d'annee en annee", "month after month", "year on year".
    "d'annee en annee", "d'an en an", "de mois en mois", "de semaine en semaine",
    "de trimestre en trimestre", "de jour en jour", "d'une annee a l'autre",
    "d'un mois a l'autre", "from year to year", "from month to month", "year after year",
    "month after month", "quarter after quarter", "year on year", "year over year",
    "month on month", "quarter on quarter",
]  # fmt: skip
