"""Deadline phrases composed from the parts the rules say they read (round 43, helper a).

No phrase here was read off labelled text. Each is built from a qualifier, a period and a
form of its year, all of which `docs/deadlines.md` ("The rules") names, and each expected
window is computed here from the rules' own arithmetic (rule 1: the whole period; rule 3:
"by" keeps its last day; rule 4: "before" ends the day before it starts, "before the end of
P" is "by P"; rule 5: "not before" starts on its last day; rule 13: "after" starts the day
after it; rule 9: a range runs from its first period's start to its last one's end), never
by calling the parser. Every phrase is then written again in capitals, with a capital
first letter, with no-break spaces, with a typographic apostrophe and with an en dash or a
no-break hyphen where it has one (rule 19).

Every phrase is stated on STATED (Monday 4 May 2026); a period already over then is left
out, so every window is one the rules keep.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass

import pytest

from language.deadlines import DeadlineParseError, parse_deadline

STATED = dt.date(2026, 5, 4)
ONE_DAY = dt.timedelta(days=1)
Window = tuple[dt.date | None, dt.date | None]


# --- Periods ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Period:
    """One period, and the ways the rules say it may be written.

    `en` are English noun phrases as they follow a preposition ("Q3 2027", "the third
    quarter of 2027"). `fr` are French noun phrases as (article, rest): the article is
    "", "le", "la" or "l'", so that each qualifier can contract with it ("du", "au"); `fr_in`
    are the phrases that say "in" the period ("en 2027", "au troisième trimestre 2027").
    `needs_qualifier` marks a month with no year or a year after an apostrophe, read only
    after a qualifier (rule 1: "may" and "march" are verbs). `end_words` marks a period
    named as the end of another ("the end of 2027", "fin 2027"): "before" it is "by" the
    other's last day (rule 4). `no_before` leaves out "before" where the rules name no
    reading ("before late 2027").
    """

    family: str
    start: dt.date
    end: dt.date
    en: tuple[str, ...] = ()
    fr: tuple[tuple[str, str], ...] = ()
    fr_in: tuple[str, ...] = ()
    day: bool = False
    end_words: bool = False
    no_before: bool = False
    needs_qualifier: bool = False


def _month_end(year: int, month: int) -> dt.date:
    first_of_next = dt.date(year + (month == 12), month % 12 + 1, 1)
    return first_of_next - ONE_DAY


def _months(year: int, first: int, last: int) -> tuple[dt.date, dt.date]:
    """The first day of one month to the last day of another (`last` may pass December)."""
    end_year, end_month = year + (last - 1) // 12, (last - 1) % 12 + 1
    return dt.date(year, first, 1), _month_end(end_year, end_month)


# A year named from the day said, in French (rule 6).
YEAR_FR_NEXT = ("l'année prochaine", "l'an prochain")

ORDINALS_EN = ("first", "second", "third", "fourth")
ORDINALS_FR = ("premier", "deuxième", "troisième", "quatrième")
ORDINALS_FR_SHORT = ("1er", "2e", "3e", "4e")


def _years() -> Iterator[Period]:
    yield Period(
        "year",
        *_months(2027, 1, 12),
        en=("2027", "next year", "FY2027", "FY27", "fiscal 2027", "calendar 2027"),
        fr=(
            ("", "2027"),
            ("l'", "année 2027"),
            ("l'", "année prochaine"),
            ("l'", "an prochain"),
            ("l'", "exercice 2027"),
        ),
        fr_in=("l'année prochaine", "l'an prochain"),
    )
    yield Period("this year", *_months(2026, 1, 12), en=("this year",), fr_in=("cette année",))
    # A year after an apostrophe is the nearest such year (rule 1), after a qualifier.
    yield Period("year", *_months(2027, 1, 12), en=("'27",), needs_qualifier=True)


def _quarters() -> Iterator[Period]:
    for number in range(1, 5):
        start, end = _months(2027, 3 * number - 2, 3 * number)
        en_ordinal, fr_ordinal = ORDINALS_EN[number - 1], ORDINALS_FR[number - 1]
        short = ORDINALS_FR_SHORT[number - 1]
        yield Period(
            "quarter",
            start,
            end,
            en=(
                f"Q{number} 2027",
                f"Q{number} 27",
                f"{number}Q27",
                f"{number}Q 2027",
                f"2027 Q{number}",
                f"2027-Q{number}",
                f"Q{number}-2027",
                f"the {en_ordinal} quarter of 2027",
                f"the {en_ordinal} quarter of next year",
                f"next year's {en_ordinal} quarter",
                f"2027's {en_ordinal} quarter",
                f"FY2027 Q{number}",
                f"Q{number}FY27",
                f"fiscal 2027's {en_ordinal} quarter",
                f"the {en_ordinal} quarter of fiscal 2027",
            ),
            fr=(
                ("le", f"T{number} 2027"),
                ("le", f"T{number}-2027"),
                ("le", f"{fr_ordinal} trimestre 2027"),
                ("le", f"{fr_ordinal} trimestre de 2027"),
                ("le", f"{short} trimestre 2027"),
                ("le", f"{fr_ordinal} trimestre de l'année prochaine"),
                ("le", f"{fr_ordinal} trimestre de l'an prochain"),
            ),
        )
    # This year's quarters still to come when said (the third and fourth).
    for number in (3, 4):
        start, end = _months(2026, 3 * number - 2, 3 * number)
        en_ordinal, fr_ordinal = ORDINALS_EN[number - 1], ORDINALS_FR[number - 1]
        yield Period(
            "quarter this year",
            start,
            end,
            en=(f"the {en_ordinal} quarter of this year", f"this year's {en_ordinal} quarter"),
            fr=(("le", f"{fr_ordinal} trimestre de cette année"),),
        )


def _halves() -> Iterator[Period]:
    names = {
        1: (("first",), ("premier semestre", "1er semestre"), ("première moitié",)),
        2: (
            ("second",),
            ("second semestre", "deuxième semestre", "2e semestre"),
            ("deuxième moitié", "seconde moitié"),
        ),
    }
    for number, (en_words, semestres, moities) in names.items():
        start, end = _months(2027, 6 * number - 5, 6 * number)
        en = [f"H{number} 2027", f"{number}H 2027", f"{number}H27", f"2027 H{number}"]
        en += [f"FY2027 H{number}", f"H{number}FY2027"]
        for word in en_words:
            en += [
                f"the {word} half of 2027",
                f"the {word} half of next year",
                f"next year's {word} half",
                f"2027's {word} half",
                f"the {word} semester of 2027",
            ]
        fr: list[tuple[str, str]] = [("le", f"S{number} 2027")]
        for semestre in semestres:
            fr += [
                ("le", f"{semestre} 2027"),
                ("le", f"{semestre} de 2027"),
                ("le", f"{semestre} de l'année prochaine"),
                ("le", f"{semestre} de l'an prochain"),
            ]
        for moitie in moities:
            fr += [("la", f"{moitie} de 2027"), ("la", f"{moitie} de l'année prochaine")]
        yield Period("half", start, end, en=tuple(en), fr=tuple(fr))
    yield Period(
        "half this year",
        *_months(2026, 7, 12),
        en=("the second half of this year", "this year's second half"),
        fr=(("le", "second semestre de cette année"), ("la", "deuxième moitié de cette année")),
    )


def _seasons() -> Iterator[Period]:
    seasons = (
        ("spring", "printemps", "le", 3, 5),
        ("summer", "été", "l'", 6, 8),
        ("autumn", "automne", "l'", 9, 11),
        ("fall", None, "", 9, 11),
        ("winter", "hiver", "l'", 12, 14),
    )
    for en_word, fr_word, article, first, last in seasons:
        start, end = _months(2027, first, last)
        en = (
            f"{en_word} 2027",
            f"the {en_word} of 2027",
            f"the {en_word} of next year",
            f"the 2027 {en_word}",
        )
        fr: tuple[tuple[str, str], ...] = ()
        fr_in: tuple[str, ...] = ()
        if fr_word:
            fr = ((article, f"{fr_word} 2027"), (article, f"{fr_word} de l'année prochaine"))
            fr_in = (f"en {fr_word} 2027",) if article == "l'" else ()
        yield Period("season", start, end, en=en, fr=fr, fr_in=fr_in)
    yield Period(
        "season this year",
        *_months(2026, 6, 8),
        en=("the summer of this year", "this summer"),
        fr=(("l'", "été de cette année"),),
        fr_in=("cet été",),
    )
    yield Period(
        "season this year",
        *_months(2026, 9, 11),
        en=("the autumn of this year", "the fall of this year", "this fall", "this autumn"),
        fr=(("l'", "automne de cette année"),),
        fr_in=("cet automne",),
    )


def _rentree() -> Iterator[Period]:
    yield Period(
        "rentrée",
        *_months(2027, 9, 9),
        fr=(
            ("la", "rentrée 2027"),
            ("la", "rentrée de septembre 2027"),
            ("la", "rentrée 2027-2028"),
            ("la", "rentrée scolaire 2027"),
        ),
    )
    yield Period(
        "rentrée",
        *_months(2026, 9, 9),
        fr=(("la", "prochaine rentrée"), ("la", "rentrée prochaine"), ("", "cette rentrée")),
    )


def _parts_of_years() -> Iterator[Period]:
    """Early, mid, late and end of a year: its thirds (rule 2)."""
    for year, en_year, fr_years in (
        (2027, "2027", ("2027",)),
        (2027, "next year", YEAR_FR_NEXT),
        (2026, "this year", ("cette année",)),
    ):
        numeric = en_year == "2027"
        if year == 2027:
            # The first third of this year is over when said: only 2027's is composed.
            early_en = [f"the beginning of {en_year}", f"the start of {en_year}"]
            early_en += [f"early {en_year}"]
            early_fr = [("le", f"début de {y}") for y in fr_years]
            if numeric:
                early_en += ["the early part of 2027"]
                early_fr += [("", "début 2027"), ("", "tout début 2027")]
            yield Period("early", *_months(year, 1, 4), en=tuple(early_en), fr=tuple(early_fr))
        mid_en = [f"the middle of {en_year}"]
        mid_fr = [("le", f"milieu de {y}") for y in fr_years]
        if numeric:
            mid_en += ["mid-2027", "mid 2027", "mid–2027"]
            mid_fr += [("", "mi-2027"), ("la", "mi-2027")]
        elif en_year == "next year":
            mid_en += ["mid-next year"]
        yield Period("mid", *_months(year, 5, 8), en=tuple(mid_en), fr=tuple(mid_fr))
        end_en = [f"the end of {en_year}"]
        end_fr = [("la", f"fin de {y}") for y in fr_years]
        if numeric:
            end_en += ["end 2027", "end-2027", "year-end 2027", "the end of the year 2027"]
            end_fr += [
                ("", "fin 2027"),
                ("", "fin-2027"),
                ("la", "fin 2027"),
                ("la", "fin de 2027"),
            ]
        else:
            end_fr += [("", f"fin {y}") for y in fr_years]
        yield Period(
            "end", *_months(year, 9, 12), en=tuple(end_en), fr=tuple(end_fr), end_words=True
        )
        late_en = [f"late {en_year}"]
        if numeric:
            late_en += ["the latter part of 2027", "the back end of 2027"]
        yield Period("late", *_months(year, 9, 12), en=tuple(late_en), no_before=True)


def _months_and_days() -> Iterator[Period]:
    yield Period(
        "month",
        *_months(2027, 6, 6),
        en=("June 2027", "June, 2027", "06/2027", "the month of June 2027"),
        fr=(("", "juin 2027"), ("le", "mois de juin 2027")),
        fr_in=("en juin 2027", "courant juin 2027"),
    )
    yield Period(
        "month",
        *_months(2027, 4, 4),
        en=("April 2027", "Apr. 2027"),
        fr=(("", "avril 2027"),),
        fr_in=("en avril 2027",),
    )
    # A part of a month is the month (rule 2).
    yield Period(
        "part of a month",
        *_months(2027, 6, 6),
        en=("early June 2027", "mid-June 2027", "late June 2027"),
        fr=(("", "début juin 2027"), ("", "mi-juin 2027"), ("la", "mi-juin 2027")),
    )
    for month, fr_month in ((4, "avril"), (8, "août"), (10, "octobre")):
        # Months that start with a vowel, where "de" is elided (rule 6).
        yield Period(
            "part of a month",
            *_months(2027, month, month),
            fr=(
                ("", f"début {fr_month} 2027"),
                ("", f"mi-{fr_month} 2027"),
                ("la", f"mi-{fr_month} 2027"),
                ("", f"{fr_month} 2027"),
                ("le", f"mois d'{fr_month} 2027"),
            ),
        )
        yield Period(
            "end of a month",
            *_months(2027, month, month),
            fr=(("", f"fin {fr_month} 2027"), ("la", f"fin {fr_month} 2027")),
            end_words=True,
        )
    yield Period(
        "end of a month",
        *_months(2027, 6, 6),
        en=("the end of June 2027",),
        fr=(("", "fin juin 2027"), ("la", "fin juin 2027"), ("la", "fin du mois de juin 2027")),
        end_words=True,
    )
    yield Period(
        "end of a quarter",
        *_months(2027, 7, 9),
        en=("the end of Q3 2027", "the end of the third quarter of 2027"),
        fr=(("la", "fin du troisième trimestre 2027"), ("", "fin T3 2027")),
        end_words=True,
    )
    june_30 = dt.date(2027, 6, 30)
    yield Period(
        "day",
        june_30,
        june_30,
        en=(
            "30 June 2027",
            "June 30, 2027",
            "June 30 2027",
            "June 30th, 2027",
            "30th June 2027",
            "2027-06-30",
            "30/06/2027",
            "30-06-2027",
        ),
        fr=(("le", "30 juin 2027"), ("le", "30/06/2027"), ("le", "30 juin de l'année prochaine")),
        day=True,
    )
    july_1 = dt.date(2027, 7, 1)
    yield Period(
        "day",
        july_1,
        july_1,
        en=("1 July 2027", "July 1, 2027", "1st July 2027", "Thursday, July 1, 2027"),
        fr=(("le", "1er juillet 2027"), ("le", "1 juillet 2027"), ("le", "jeudi 1er juillet 2027")),
        day=True,
    )


def _named_from_the_day_said() -> Iterator[Period]:
    """Periods named from the day said (rule 6), said on Monday 4 May 2026: "next spring" is
    the first spring still mostly ahead (2027: this one's middle is past), "next summer" this
    year's; "next June" and "juin prochain" the next June not started; "next quarter" the
    third of 2026. Those under way when said are not composed with "before"."""
    yield Period(
        "next year",
        *_months(2027, 1, 12),
        en=("the coming year",),
        fr=(("l'", "année à venir"), ("l'", "année qui vient")),
    )
    for en_word, fr_word, article, year, first, last in (
        ("spring", "printemps", "le", 2027, 3, 5),
        ("summer", "été", "l'", 2026, 6, 8),
        ("autumn", "automne", "l'", 2026, 9, 11),
        ("winter", "hiver", "l'", 2026, 12, 14),
    ):
        yield Period(
            "next season",
            *_months(year, first, last),
            en=(f"next {en_word}",),
            fr=((article, f"{fr_word} prochain"),),
        )
    for en_month, fr_month, year, month in (
        ("June", "juin", 2026, 6),
        ("September", "septembre", 2026, 9),
        ("January", "janvier", 2027, 1),
    ):
        yield Period(
            "next month named",
            *_months(year, month, month),
            en=(f"next {en_month}",),
            fr=(("", f"{fr_month} prochain"),),
        )
    yield Period(
        "next quarter",
        *_months(2026, 7, 9),
        en=("next quarter",),
        fr=(("le", "trimestre prochain"), ("le", "prochain trimestre")),
    )
    yield Period(
        "next month",
        *_months(2026, 6, 6),
        en=("next month",),
        fr=(("le", "mois prochain"),),
    )
    yield Period(
        "day of a named year",
        dt.date(2026, 6, 30),
        dt.date(2026, 6, 30),
        en=("June 30 this year", "30 June this year"),
        fr=(("le", "30 juin prochain"), ("le", "30 juin de cette année")),
        day=True,
    )
    yield Period(
        "day of a named year",
        dt.date(2027, 6, 30),
        dt.date(2027, 6, 30),
        en=("June 30 next year", "30 June next year"),
        fr=(("le", "30 juin de l'année prochaine"), ("le", "30 juin de l'an prochain")),
        day=True,
    )


def _decades() -> Iterator[Period]:
    """A decade and its parts: early its first three years, mid the next four, late the last
    three (rule 2)."""
    yield Period(
        "decade",
        dt.date(2030, 1, 1),
        dt.date(2039, 12, 31),
        en=("the 2030s",),
        fr=(("les", "années 2030"),),
    )
    for part, fr_part, first, last in (
        ("early", "début", 2030, 2032),
        ("mid", "milieu", 2033, 2036),
        ("late", None, 2037, 2039),
    ):
        yield Period(
            f"{part} decade",
            dt.date(first, 1, 1),
            dt.date(last, 12, 31),
            en=(f"the {part} 2030s", f"the {part}-2030s"),
            fr=(("le", f"{fr_part} des années 2030"),) if fr_part else (),
        )


def _parts_joined() -> Iterator[Period]:
    """Two parts of a year joined make one stretch (rule 2)."""
    yield Period(
        "early to mid",
        *_months(2027, 1, 8),
        en=("early to mid 2027", "early-to-mid 2027", "early-mid 2027"),
        no_before=True,
    )
    yield Period(
        "mid to late",
        *_months(2027, 5, 12),
        en=("mid-to-late 2027", "mid-late 2027", "mid to late 2027"),
        no_before=True,
    )


def _no_year() -> Iterator[Period]:
    """Periods with no year: the next occurrence that has not ended when said (rule 6). Only
    those whose occurrence is not under way when said, or already begun but for which the
    rules name a reading of "before", are composed with "before"."""
    yield Period(
        "no year month",
        *_months(2026, 6, 6),
        en=("June",),
        fr=(("", "juin"),),
        needs_qualifier=True,
    )
    yield Period(
        "no year month",
        *_months(2026, 9, 9),
        en=("September",),
        fr=(("", "septembre"),),
        needs_qualifier=True,
    )
    yield Period(
        "no year month",
        *_months(2027, 1, 1),
        en=("January",),
        fr=(("", "janvier"),),
        needs_qualifier=True,
    )
    yield Period(
        "no year quarter",
        *_months(2026, 7, 9),
        en=("Q3", "the third quarter"),
        fr=(("le", "T3"), ("le", "troisième trimestre")),
    )
    yield Period(
        "no year quarter",
        *_months(2027, 1, 3),
        en=("Q1", "the first quarter"),
        fr=(("le", "T1"), ("le", "premier trimestre")),
    )
    yield Period(
        "no year half",
        *_months(2026, 7, 12),
        en=("H2", "the second half of the year", "the second half"),
        fr=(("le", "second semestre"), ("le", "S2"), ("la", "deuxième moitié de l'année")),
    )
    for en_word, fr_word, article, first, last in (
        ("summer", "été", "l'", 6, 8),
        ("autumn", "automne", "l'", 9, 11),
        ("fall", None, "", 9, 11),
        ("winter", "hiver", "l'", 12, 14),
    ):
        yield Period(
            "no year season",
            *_months(2026, first, last),
            en=(f"the {en_word}",),
            fr=((article, fr_word),) if fr_word else (),
        )
    yield Period("no year rentrée", *_months(2026, 9, 9), fr=(("la", "rentrée"),))
    yield Period(
        "no year end",
        *_months(2026, 9, 12),
        en=("the end of the year", "year-end"),
        fr=(("la", "fin de l'année"),),
        end_words=True,
    )
    june_30 = dt.date(2026, 6, 30)
    yield Period(
        "no year day",
        june_30,
        june_30,
        en=("30 June", "June 30", "June 30th"),
        fr=(("le", "30 juin"),),
        day=True,
    )


def _parts_of_shorter_periods() -> Iterator[Period]:
    """On a quarter, a half or a season, a part adds nothing (rule 2): "early Q3 2027" is
    the quarter, and "by the end of Q3 2027" ends on its last day."""
    shorter = (
        (("Q3 2027", "the third quarter of 2027"), ("le", "T3 2027"), *_months(2027, 7, 9)),
        (
            ("H1 2027", "the first half of 2027"),
            ("le", "premier semestre 2027"),
            *_months(2027, 1, 6),
        ),
        (("summer 2027", "the summer of 2027"), ("l'", "été 2027"), *_months(2027, 6, 8)),
        (("spring 2027",), ("le", "printemps 2027"), *_months(2027, 3, 5)),
        (("winter 2027",), ("l'", "hiver 2027"), *_months(2027, 12, 14)),
        # The same with the year named from the day said.
        (
            ("the third quarter of next year", "next year's third quarter"),
            ("le", "T3 de l'année prochaine"),
            *_months(2027, 7, 9),
        ),
        (
            ("the first half of next year", "next year's first half"),
            ("le", "premier semestre de l'an prochain"),
            *_months(2027, 1, 6),
        ),
        (("the summer of next year",), ("l'", "été de l'an prochain"), *_months(2027, 6, 8)),
        (("next summer",), ("l'", "été prochain"), *_months(2026, 6, 8)),
    )
    for en_nouns, (article, fr_noun), start, end in shorter:
        fr_of = _fr_de(article, fr_noun)
        yield Period(
            "part of a shorter period",
            start,
            end,
            en=tuple(
                form
                for noun in en_nouns
                for form in (
                    f"early {noun}",
                    f"mid-{noun}",
                    f"late {noun}",
                    f"the middle of {noun}",
                )
                if not noun.startswith("the") or form.startswith("the")
            ),
            fr=(("le", f"début {fr_of}"), ("le", f"milieu {fr_of}"), ("", f"début {fr_of}")),
            no_before=True,
        )
        yield Period(
            "end of a shorter period",
            start,
            end,
            en=tuple(f"the end of {noun}" for noun in en_nouns),
            fr=(("la", f"fin {fr_of}"), ("", f"fin {fr_of}")),
            end_words=True,
        )


# --- Qualifiers ------------------------------------------------------------------------------

# How each kind of qualifier turns a period's window into the phrase's (rules 1, 3, 4, 5, 13).
IN, BY, BEFORE, NOT_BEFORE, AFTER = "in", "by", "before", "not before", "after"


def expected(kind: str, period: Period) -> Window:
    if kind == IN:
        return period.start, period.end
    if kind == BY or (kind == BEFORE and period.end_words):
        return None, period.end
    if kind == BEFORE:
        return None, period.start - ONE_DAY
    if kind == NOT_BEFORE:
        return period.end, None
    return period.end + ONE_DAY, None


# English: (kind, template). `{p}` is the period's noun phrase.
EN_QUALIFIERS: tuple[tuple[str, str], ...] = (
    (IN, "{p}"),
    (IN, "in {p}"),
    (IN, "during {p}"),
    (IN, "from {p}"),
    (IN, "starting {p}"),
    (IN, "within {p}"),
    (IN, "as from {p}"),
    (IN, "effective {p}"),
    (IN, "around {p}"),
    (IN, "towards {p}"),
    (IN, "for {p}"),
    (BY, "by around {p}"),
    (BY, "between now and {p}"),
    (BY, "by {p}"),
    (BY, "until {p}"),
    (BY, "through {p}"),
    (BY, "no later than {p}"),
    (BY, "in {p} at the latest"),
    (BEFORE, "before {p}"),
    (BEFORE, "prior to {p}"),
    (BEFORE, "ahead of {p}"),
    (BEFORE, "well before {p}"),
    (NOT_BEFORE, "not before {p}"),
    (NOT_BEFORE, "no earlier than {p}"),
    (NOT_BEFORE, "in {p} at the earliest"),
    (NOT_BEFORE, "not until {p}"),
    (NOT_BEFORE, "until at least {p}"),
    (AFTER, "after {p}"),
    (AFTER, "beyond {p}"),
    (AFTER, "well after {p}"),
)
# Only before a day (rules 3, 5 and 19).
EN_DAY_ONLY: tuple[tuple[str, str], ...] = (
    (BY, "on or before {p}"),
    (NOT_BEFORE, "on or after {p}"),
)
# A day takes "on", not "in" or "during" (rule 1).
EN_DAY_QUALIFIERS: tuple[tuple[str, str], ...] = (
    tuple(
        (kind, template.replace("in {p}", "on {p}"))
        for kind, template in EN_QUALIFIERS
        if not template.startswith(("during", "for ", "within"))
    )
    + EN_DAY_ONLY
)

# French: (kind, preposition). The preposition contracts with the article as French writes
# it: "de" + "le" is "du", "à" + "le" is "au", "de" before a vowel is "d'"; "in" is "en"
# before a bare year or month, "au", "à la", "à l'" before an article, "le" before a day.
FR_QUALIFIERS: tuple[tuple[str, str], ...] = (
    (IN, ""),
    (IN, "dès"),
    (IN, "à partir de"),
    (IN, "au cours de"),
    (IN, "pendant"),
    (IN, "courant"),
    (IN, "pour"),
    (IN, "vers"),
    (IN, "aux alentours de"),
    (IN, "à compter de"),
    (BY, "d'ici"),
    (BY, "d'ici à"),
    (BY, "au plus tard"),
    (BY, "à l'horizon"),
    (BY, "jusqu'"),
    (BEFORE, "avant"),
    (BEFORE, "bien avant"),
    (NOT_BEFORE, "pas avant"),
    (NOT_BEFORE, "au plus tôt"),
    (AFTER, "après"),
    (AFTER, "bien après"),
    (AFTER, "au-delà de"),
)
VOWELS = "aeiouéèâ"
NAMED_BARE = re.compile(r"\d|janvier|février|mars|avril|mai|juin|juillet|août|septembre")


def _fr_in(article: str, rest: str, day: bool) -> str:
    """The French "in" form of a noun phrase: "en 2027", "au T3 2027", "le 30 juin 2027"."""
    if day:
        return f"le {rest}"
    if not article:
        return f"en {rest}" if NAMED_BARE.match(rest) else rest
    return {"le": "au ", "la": "à la ", "l'": "à l'", "les": "dans les "}[article] + rest


def _fr_a(article: str, rest: str) -> str:
    """ "à" and a noun phrase: "au T3 2027", "aux années 2030", "en 2027"."""
    if not article:
        return f"en {rest}" if NAMED_BARE.match(rest) else f"à {rest}"
    return {"le": "au ", "la": "à la ", "l'": "à l'", "les": "aux "}[article] + rest


def _fr_de(article: str, rest: str) -> str:
    if not article:
        return ("d'" if rest[0] in VOWELS else "de ") + rest
    return {"le": "du ", "la": "de la ", "l'": "de l'", "les": "des "}[article] + rest


def _fr_plain(article: str, rest: str) -> str:
    return {"le": "le ", "la": "la ", "l'": "l'", "les": "les ", "": ""}[article] + rest


def _fr_phrases(preposition: str, period: Period) -> Iterator[str]:
    for article, rest in period.fr:
        in_form = _fr_in(article, rest, period.day)
        if preposition == "":
            yield in_form
        elif preposition == "au plus tard":
            yield f"au plus tard {in_form}"
            yield f"{in_form} au plus tard"
        elif preposition == "au plus tôt":
            yield f"{in_form} au plus tôt"
        elif preposition == "jusqu'":
            if period.day:
                yield f"jusqu'au {rest}"
            else:
                yield "jusqu'" + _fr_a(article, rest)
        elif preposition == "à l'horizon":
            if not period.day:
                yield (
                    f"à l'horizon {rest}" if not article else f"à l'horizon {_fr_de(article, rest)}"
                )
        elif preposition in ("pendant", "au cours de"):
            if article and not period.day:
                yield (
                    f"{preposition} {_fr_plain(article, rest)}"
                    if preposition == "pendant"
                    else (f"au cours {_fr_de(article, rest)}")
                )
        elif preposition == "courant":
            # "courant 2027", "courant juin 2027", "courant du premier trimestre 2027".
            if not period.day and article != "les":
                yield f"courant {rest}" if not article else f"courant {_fr_de(article, rest)}"
        elif preposition in ("à partir de", "au-delà de", "aux alentours de", "à compter de"):
            yield f"{preposition[: -len('de')]}{_fr_de(article, rest)}"
        elif preposition == "d'ici à":
            yield "d'ici " + ("à " + rest if not article else _fr_a(article, rest))
        else:
            yield f"{preposition} {_fr_plain(article, rest)}"
    if preposition == "":
        yield from period.fr_in


PERIODS: tuple[Period, ...] = (
    *_years(),
    *_quarters(),
    *_halves(),
    *_seasons(),
    *_rentree(),
    *_parts_of_years(),
    *_months_and_days(),
    *_named_from_the_day_said(),
    *_decades(),
    *_parts_of_shorter_periods(),
    *_parts_joined(),
    *_no_year(),
)


# --- The matrix ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Case:
    family: str
    phrase: str
    window: Window


# Nouns English puts after "at", not "in".
AT_WORDS = ("the end of", "the start of", "end ", "end-", "year-end")


def _composed(template: str, period: Period, noun: str) -> bool:
    """Whether the rules name a reading for this qualifier before this noun."""
    if template == "{p}" and period.needs_qualifier:
        return False
    if template.startswith("within"):
        # "Within" a period is the period, but "within this year" under way is a deadline and
        # "within the next year" a span (rule 6): only periods named by their year, their code
        # or their name are composed ("within 2027", "within Q3", "within June").
        return "2027" in noun or noun[0].isupper() or noun[0].isdigit()
    return True


def _base_cases() -> Iterator[Case]:
    for period in PERIODS:
        qualifiers = EN_DAY_QUALIFIERS if period.day else EN_QUALIFIERS
        for kind, template in qualifiers:
            if kind == BEFORE and period.no_before:
                continue
            for noun in period.en:
                if not _composed(template, period, noun):
                    continue
                written = template
                if noun.startswith(AT_WORDS):
                    # "at the end of 2027", not "in" or "during" it. Only a leading "in"
                    # becomes "at": "within the end of 2027" keeps its qualifier, and the
                    # next noun of the period starts again from the template.
                    if template.startswith("during"):
                        continue
                    written = re.sub(r"^in \{p\}", "at {p}", template)
                phrase = written.format(p=noun)
                yield Case(f"en {kind} {period.family}", phrase, expected(kind, period))
        for kind, preposition in FR_QUALIFIERS:
            if kind == BEFORE and period.no_before:
                continue
            for phrase in _fr_phrases(preposition, period):
                yield Case(f"fr {kind} {period.family}", phrase, expected(kind, period))


# --- Ranges and alternatives (rule 9): from the first period's start to the last one's end;
# a qualifier before the first holds for the whole range. Each row: the window, then the two
# periods as the "in" forms write them and as noun phrases after "by" / "d'ici".

RANGES: tuple[tuple[tuple[dt.date, dt.date], tuple[str, ...], tuple[str, ...]], ...] = (
    (
        (dt.date(2027, 4, 1), dt.date(2027, 9, 30)),
        (
            "in Q2 or Q3 2027",
            "in Q2 and Q3 2027",
            "in Q2-Q3 2027",
            "in Q2/Q3 2027",
            "in the second or third quarter of 2027",
            "in the second or the third quarter of 2027",
            "in the second and third quarters of 2027",
            "between Q2 and Q3 2027",
            "au T2 ou au T3 2027",
            "au T2 ou T3 2027",
            "au T2-T3 2027",
            "entre le T2 et le T3 2027",
            "au deuxième ou au troisième trimestre 2027",
            "aux deuxième et troisième trimestres 2027",
        ),
        (
            "Q2 or Q3 2027",
            "Q2-Q3 2027",
            "the second or third quarter of 2027",
            "le T2 ou le T3 2027",
            "le deuxième ou le troisième trimestre 2027",
        ),
    ),
    (
        (dt.date(2027, 6, 1), dt.date(2027, 7, 31)),
        (
            "in June or July 2027",
            "in June or in July 2027",
            "between June and July 2027",
            "in June-July 2027",
            "en juin ou juillet 2027",
            "en juin ou en juillet 2027",
            "entre juin et juillet 2027",
            "en juin-juillet 2027",
        ),
        ("June or July 2027", "juin ou juillet 2027"),
    ),
    (
        (dt.date(2027, 9, 1), dt.date(2028, 4, 30)),
        (
            "late 2027 or early 2028",
            "in late 2027 or early 2028",
            "between late 2027 and early 2028",
            "fin 2027 ou début 2028",
            "fin 2027 / début 2028",
            "entre fin 2027 et début 2028",
        ),
        ("late 2027 or early 2028", "fin 2027 ou début 2028", "fin 2027, début 2028"),
    ),
    (
        (dt.date(2027, 1, 1), dt.date(2028, 12, 31)),
        (
            "in 2027 or 2028",
            "in 2027 or in 2028",
            "between 2027 and 2028",
            "in 2027-2028",
            "in 2027–28",
            "en 2027 ou 2028",
            "en 2027 ou en 2028",
            "entre 2027 et 2028",
            "en 2027-2028",
        ),
        ("2027 or 2028", "2027 ou 2028"),
    ),
    (
        (dt.date(2027, 6, 1), dt.date(2027, 11, 30)),
        (
            "in summer or autumn 2027",
            "in summer or fall 2027",
            "in the summer or the fall of 2027",
            "à l'été ou à l'automne 2027",
            "entre l'été et l'automne 2027",
        ),
        ("summer or autumn 2027", "l'été ou l'automne 2027"),
    ),
)


def _range_cases() -> Iterator[Case]:
    for (start, end), in_forms, nouns in RANGES:
        for phrase in in_forms:
            yield Case("range in", phrase, (start, end))
            if phrase.startswith(("in ", "en ", "au ", "aux ", "à ")):
                latest = "au plus tard" if phrase.startswith(("en", "au", "à")) else "at the latest"
                yield Case("range by", f"{phrase} {latest}", (None, end))
        for noun in nouns:
            french = " ou " in noun or "début" in noun
            for qualifier in ("d'ici",) if french else ("by", "until"):
                yield Case("range by", f"{qualifier} {noun}", (None, end))


def _kept(case: Case) -> bool:
    """A window that ended before the day said is refused (rule 17), and not composed."""
    end = case.window[1]
    return end is None or end >= STATED


def _typography(case: Case) -> Iterator[Case]:
    """The phrase as written, in capitals, with no-break spaces, with curly apostrophes."""
    yield case
    yield Case(case.family, case.phrase.upper(), case.window)
    yield Case(case.family, case.phrase[0].upper() + case.phrase[1:], case.window)
    if " " in case.phrase:
        yield Case(case.family, case.phrase.replace(" ", "\u00a0"), case.window)
    if "'" in case.phrase:
        yield Case(case.family, case.phrase.replace("'", "\u2019"), case.window)
    if "-" in case.phrase:
        # An en dash, and the no-break hyphen of word processors.
        yield Case(case.family, case.phrase.replace("-", "\u2013"), case.window)
        yield Case(case.family, case.phrase.replace("-", "\u2011"), case.window)


def composed_cases() -> list[Case]:
    seen: set[str] = set()
    cases = []
    for base in filter(_kept, (*_base_cases(), *_range_cases())):
        for case in _typography(base):
            if case.phrase not in seen:
                seen.add(case.phrase)
                cases.append(case)
    return cases


CASES = composed_cases()


def window_or_refusal(phrase: str) -> Window | str:
    try:
        window = parse_deadline(phrase, stated_on=STATED)
    except DeadlineParseError as error:
        return f"refused: {error}"
    return window.start, window.end


FAMILIES: dict[str, list[Case]] = {}
for _case in CASES:
    FAMILIES.setdefault(_case.family, []).append(_case)


@pytest.mark.parametrize("family", sorted(FAMILIES))
def test_composed_phrases_get_the_window_their_parts_name(family: str) -> None:
    """One test per family (a language, a kind of qualifier, a kind of period): every phrase
    of it is read, and those read otherwise are listed together."""
    wrong = [
        (case.phrase, case.window, got)
        for case in FAMILIES[family]
        if (got := window_or_refusal(case.phrase)) != case.window
    ]
    assert wrong == []


# --- Refused: nonsense composed the same way (rule 18) -----------------------------------------

NONSENSE = tuple(
    template.format(p=noun)
    for noun in ("Q5 2027", "H3 2027", "30 February 2027")
    for _, template in EN_QUALIFIERS[1:]
) + tuple(
    phrase
    for noun in ("T5 2027", "S3 2027")
    for _, preposition in FR_QUALIFIERS[1:]
    for phrase in _fr_phrases(preposition, Period("nonsense", STATED, STATED, fr=(("le", noun),)))
)


@pytest.mark.parametrize("phrase", NONSENSE)
def test_nonsense_composed_with_any_qualifier_is_refused(phrase: str) -> None:
    with pytest.raises(DeadlineParseError):
        parse_deadline(phrase, stated_on=STATED)
