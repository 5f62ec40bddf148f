"""When a promise was made: the day a sentence gives for it, and how sure that day is.

An article reports statements made before it ("in 2022 the operator said ...", "Intel
announced Jan. 21", "il y a quelques jours, SFR a indiqué ..."). Such a time is read as an
interval of days, then given as the first day of the smallest period that holds the whole
interval, with that period as its precision: "début 2022" (January to April) is 2022 (year),
"Jan. 21" is that day, "a few days ago" in an article dated only to February 2023 is 2023.

Times of speech are past: a day without a year is the last one on or before the article's
date, a weekday the last such day (the article's own date when it is only known to the month).

A page dated only to its month or year that quotes a tweet reports what was said that day:
the latest tweet's day (not after the page, at most a year before it) is the page's day, unless
the page gives its own day at its top (a dateline, "Published 3 March 2024": `page_day`). A
quoted tweet's own text was said on its day, whatever the page's date (`quoted_tweets`).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from language.deadlines import MONTH_NUMBERS, DeadlineWindow
from language.text import fold


@dataclass(frozen=True)
class Stated:
    """The day a promise was made, its precision (day, month or year) and the words saying so."""

    on: dt.date
    precision: str
    text: str = ""


def published(on: dt.date, precision: str) -> Stated:
    """The article's own date, as precise as the page says."""
    return _from_interval(*_period(on, precision), "")


def last_day(stated: Stated) -> dt.date:
    """The last day of the period a statement date stands for (its day, month or year)."""
    return _period(stated.on, stated.precision)[1]


def _period(on: dt.date, precision: str) -> tuple[dt.date, dt.date]:
    if precision == "year":
        return dt.date(on.year, 1, 1), dt.date(on.year, 12, 31)
    if precision == "month":
        last = calendar.monthrange(on.year, on.month)[1]
        return on.replace(day=1), on.replace(day=last)
    return on, on


def _from_interval(start: dt.date, end: dt.date, text: str) -> Stated:
    if start == end:
        return Stated(start, "day", text)
    if (start.year, start.month) == (end.year, end.month):
        return Stated(start.replace(day=1), "month", text)
    return Stated(dt.date(start.year, 1, 1), "year", text)


def from_window(window: DeadlineWindow, article: Stated) -> Stated | None:
    """A time the deadline parser read ("in 2022", "Jan. 21"), read as past; None if future."""
    if window.qualifier != "in" and window.qualifier != "on":
        return None  # "d'ici la fin du mois de mars", "by 2025", "not before": deadlines
    start, end = window.start or window.end, window.end or window.start
    if start is None or end is None or window.precision == "relative":
        return None
    if article.precision != "day" and _FROM_THE_PAGES_DAY.fullmatch(window.text.lower()):
        # "today" in a page known only to be of March 2024 is March 2024, not 1 March.
        return Stated(article.on, article.precision, window.text)
    if (
        # "mardi 27 avril" in an article dated only to April is that day, not last year's.
        start > _period(article.on, article.precision)[1]
        and window.precision in ("day", "month")
        and not _RELATIVE.search(window.text.lower())
        and not re.search(r"\d{4}", window.text)
        # A weekday the parser reads ahead ("diffusé mardi") is no day of last year.
        and not any(word in _WEEKDAYS for word in re.findall(r"\w+", window.text.lower()))
    ):
        # "announced Jan. 21" in an article of 24 January: last January, not next.
        start, end = _year_before(start), _year_before(end)
    if start > _period(article.on, article.precision)[1]:
        return None
    return _from_interval(start, end, window.text)


# Days counted from the page's own day, as precise as that day is.
_FROM_THE_PAGES_DAY = re.compile(r"today|tonight|yesterday|aujourd'hui|hier|ce (?:matin|soir)")
_RELATIVE = re.compile(
    r"\b(?:next|this|coming|following|prochaine?s?|ce|cet|cette|suivante?s?|à venir)\b"
)


def _year_before(day: dt.date) -> dt.date:
    try:
        return day.replace(year=day.year - 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year - 1, day=28)


# ---------------------------------------------------------------------------------------
# Times the deadline parser does not read: weekdays, "today", "il y a ...", "last year"
# ---------------------------------------------------------------------------------------

_WEEKDAYS = {
    name: number
    for number, names in enumerate(
        [
            ("monday", "lundi"),
            ("tuesday", "mardi"),
            ("wednesday", "mercredi"),
            ("thursday", "jeudi"),
            ("friday", "vendredi"),
            ("saturday", "samedi"),
            ("sunday", "dimanche"),
        ]
    )
    for name in names
}
_NUMBERS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "un": 1,
    "une": 1,
    "two": 2,
    "deux": 2,
    "three": 3,
    "trois": 3,
    "four": 4,
    "quatre": 4,
    "five": 5,
    "cinq": 5,
    "six": 6,
    "seven": 7,
    "sept": 7,
    "eight": 8,
    "huit": 8,
    "nine": 9,
    "neuf": 9,
    "ten": 10,
    "dix": 10,
    "eighteen": 18,
    "dix-huit": 18,
    "twelve": 12,
    "douze": 12,
}
_UNIT_DAYS = {
    "day": 1,
    "days": 1,
    "jour": 1,
    "jours": 1,
    "week": 7,
    "weeks": 7,
    "semaine": 7,
    "semaines": 7,
    "month": 30,
    "months": 30,
    "mois": 30,
    "year": 365,
    "years": 365,
    "an": 365,
    "ans": 365,
    "année": 365,
    "années": 365,
}
# How many units a vague amount is: (least, most), as a share of the named amount.
_HEDGE_SPAN = {
    "": (1.0, 1.0),
    "moins": (0.5, 1.0),
    "less": (0.5, 1.0),
    "près": (0.75, 1.1),
    "nearly": (0.75, 1.0),
    "almost": (0.75, 1.0),
    "about": (0.75, 1.25),
    "around": (0.75, 1.25),
    "environ": (0.75, 1.25),
    "plus": (1.0, 1.5),
    "more": (1.0, 1.5),
    "over": (1.0, 1.5),
}
_AMOUNT = (
    r"(?P<hedge>(?:un (?:petit )?peu )?(?:moins|près|plus) d'|(?:a little |just |slightly )?"
    r"(?:less|more) than |nearly |almost |about |around |over |environ )?"
    r"(?P<amount>\d{1,3}|quelques|plusieurs|a few|several|"
    + "|".join(sorted(_NUMBERS, key=len, reverse=True))
    + r")\s+(?P<unit>"
    + "|".join(sorted(_UNIT_DAYS, key=len, reverse=True))
    + r")\b"
)
_AGO = (re.compile(rf"\bil y a {_AMOUNT}"), re.compile(rf"\b{_AMOUNT} ago\b"))
_LAST = re.compile(
    r"\b(?:(?P<early>early|late|earlier|fin|début)\s+)?(?:last (?P<en>week|month|year)|"
    r"(?:l'|la |le )(?P<fr>an|année|semaine|mois) (?:dernier|dernière|passé|passée)|"
    r"earlier this (?P<this>week|month|year))\b"
)
# Month names and abbreviations, English and French, folded (the deadline parser's table).
_MONTH = "|".join(sorted(MONTH_NUMBERS, key=len, reverse=True))
# A statement named by its month: "In my September statement, I advised that", "in its March
# update", "said in a February earnings call that".
_OCCASION_IN_MONTH = re.compile(
    rf"\b(?:in|during|on) (?:my|our|its|his|her|their|the|a|an) (?P<month>{_MONTH}) "
    rf"(?:statement|update|announcement|report|speech|address|briefing|interview|letter|"
    rf"earnings call|conference call|call with analysts|investor call|meeting)\b"
)
_TODAY = re.compile(
    r"\b(?:today|yesterday|aujourd'hui|hier|this week|cette semaine|"
    r"(?:on |last |ce |this )?(?P<weekday>" + "|".join(_WEEKDAYS) + r"))\b"
    r"(?:\s+(?:soir|matin|morning|evening|night))?"
)


# A campaign names its year: "before the 2019 general election", "lors de la campagne
# présidentielle de 2017". Pledges made for it were made that year.
_ELECTION = re.compile(
    r"\b(?:the )?(?P<year>(?:19|20)\d\d) (?:general |presidential |local |european |"
    r"mayoral |parliamentary |leadership )?(?:election|campaign)s?(?: campaign)?\b"
    r"|\b(?:la |l')?(?:campagne|élection)s? (?:(?:présidentielle|législatives?|municipales?|"
    r"européennes?|régionales?) )?de (?P<year_fr>(?:19|20)\d\d)\b"
)


_WEEKEND = re.compile(
    r"\b(?:(?:this|over the) weekend|(?P<last>last weekend|le week-end dernier)|ce week-end)\b"
)


# A year something has held since, told by a clause on what was said then: "since 2024, when
# it said ...", "depuis 2019, lorsque le groupe a annoncé ...". (The parser reads no "since".)
_SINCE_WHEN = re.compile(
    r"\b(?:since|depuis)\s+(?P<year>(?:19|20)\d\d)(?=,\s+(?:when|lorsque|lorsqu'|quand)\b)"
)


@dataclass(frozen=True)
class SpokenTime:
    """A time of speech found in a sentence, with its span in the folded text."""

    stated: Stated
    span: tuple[int, int]


def spoken_times(folded: str, article: Stated) -> list[SpokenTime]:
    """Weekdays, "today", "il y a quelques jours", "last year": past times, read as Stated."""
    times: list[SpokenTime] = []
    first, last = _period(article.on, article.precision)
    for match in _TODAY.finditer(folded):
        weekday = match.group("weekday")
        if weekday and article.precision == "day":
            back = (article.on.weekday() - _WEEKDAYS[weekday]) % 7
            if back == 6 and not match.group().startswith("last"):
                # "said on Friday" in a page of Thursday: the page's own news, told on the
                # speaker's side of the date line (a Taipei Friday is a New York Thursday),
                # not a statement six days old, which a page would call "last Friday".
                back = 0
            stated = Stated(article.on - dt.timedelta(days=back), "day", match.group())
        elif match.group().startswith(("yesterday", "hier")) and article.precision == "day":
            stated = Stated(article.on - dt.timedelta(days=1), "day", match.group())
        else:
            stated = Stated(article.on, article.precision, match.group())
        times.append(SpokenTime(stated, match.span()))
    for match in _WEEKEND.finditer(folded):
        if article.precision != "day":
            stated = Stated(article.on, article.precision, match.group())
        else:
            # The Saturday and Sunday on or before the article's day (the one before for
            # "last weekend"): "said ... this weekend" on a Sunday is that month's.
            sunday = article.on + dt.timedelta(days=(6 - article.on.weekday()) % 7)
            if sunday > article.on or match.group("last"):
                sunday -= dt.timedelta(days=7)
            stated = _from_interval(sunday - dt.timedelta(days=1), sunday, match.group())
        times.append(SpokenTime(stated, match.span()))
    for match in (m for pattern in _AGO for m in pattern.finditer(folded)):
        least, most = _amount(match["amount"], match["hedge"] or "", match["unit"])
        start = first - dt.timedelta(days=most)
        end = last - dt.timedelta(days=least)
        times.append(SpokenTime(_from_interval(start, end, match.group()), match.span()))
    for match in _LAST.finditer(folded):
        unit = match.group("en") or match.group("fr") or match.group("this")
        days = 0 if match.group("this") else _UNIT_DAYS[unit]
        start, end = first - dt.timedelta(days=days), last - dt.timedelta(days=days)
        if match.group("this") == "week" and article.precision == "day":
            # "earlier this week": from the week's Monday to the article's day, not that day.
            start = first - dt.timedelta(days=first.weekday())
        if unit in ("year", "an", "année"):
            start, end = dt.date(start.year, 1, 1), dt.date(end.year, 12, 31)
        elif unit in ("month", "mois"):
            start = start.replace(day=1)
            end = _period(end, "month")[1]
        times.append(SpokenTime(_from_interval(start, min(end, last), match.group()), match.span()))
    for match in _ELECTION.finditer(folded):
        year = int(match["year"] or match["year_fr"])
        if year <= last.year:
            times.append(
                SpokenTime(Stated(dt.date(year, 1, 1), "year", match.group()), match.span())
            )
    for match in _SINCE_WHEN.finditer(folded):
        # "a range that has not changed since 2024, when it said operations would start":
        # the year the clause after it tells of.
        year = int(match["year"])
        if year <= last.year:
            span = (match.start("year"), match.end("year"))
            times.append(SpokenTime(Stated(dt.date(year, 1, 1), "year", match["year"]), span))
    for match in _OCCASION_IN_MONTH.finditer(folded):
        # "In my September statement": the latest such month up to the page's.
        month = MONTH_NUMBERS[match.group("month")]
        year = last.year if month <= last.month else last.year - 1
        times.append(
            SpokenTime(Stated(dt.date(year, month, 1), "month", match.group()), match.span())
        )
    return sorted(times, key=lambda t: t.span)


def _amount(amount: str, hedge: str, unit: str) -> tuple[int, int]:
    """The least and most days ago an amount such as "quelques jours" or "moins d'un an" is."""
    if amount.isdigit():
        low, high = int(amount), int(amount)
    elif amount in _NUMBERS:
        low = high = _NUMBERS[amount]
    else:  # "quelques", "a few", "several"
        low, high = 2, 10 if _UNIT_DAYS[unit] == 1 else 6
    word = next((w for w in _HEDGE_SPAN if w and w in hedge), "")
    least, most = _HEDGE_SPAN[word]
    days = _UNIT_DAYS[unit]
    return int(low * least * days), int(high * most * days)


# ---------------------------------------------------------------------------------------
# A quoted tweet's date: the day a page dated only to its month or year reports
# ---------------------------------------------------------------------------------------


# How a page shows a tweet it quotes: its text, its link, then "— Author (@handle) April 20,
# 2021" (or "20 avril 2021"): the day it was posted.
_TWEET_SIGNATURE = re.compile(
    r"(?:\s*pic\.twitter\.com/\w+)?(?:\s*[—–]|\s+-)\s*[^—–\n()]{0,80}"
    rf"\(@\w{{1,15}}\)\s+(?:(?P<month>{_MONTH})\.? (?P<day>\d{{1,2}}),? (?P<year>\d{{4}})|"
    rf"(?P<day_fr>\d{{1,2}})(?:er)? (?P<month_fr>{_MONTH}) (?P<year_fr>\d{{4}}))\b"
)


def _folded_keeping_dashes(text: str) -> str:
    """`fold` (month names without accents, as the table has them), but em and en dashes
    stay: a tweet's signature starts at one, where a hyphen may join two words."""
    return "".join(o if o in "—–" else f for o, f in zip(text, fold(text), strict=True))


# How much older than the page a quoted tweet may be and still be its news.
_TWEET_NEWS_AGE = dt.timedelta(days=366)


@dataclass(frozen=True)
class Tweet:
    """A quoted tweet's signature (its link, author and day): where it stands, and its day."""

    span: tuple[int, int]
    day: dt.date


def _signed_days(signature: re.Pattern[str], folded: str) -> list[Tweet]:
    """Each signature a text holds with its day, in order: the pattern names its parts
    `day`, `month`, `year` (English order) or `day_fr`, `month_fr`, `year_fr`. A day the
    calendar lacks (a slip such as 31 June) dates nothing."""
    signed = []
    for match in signature.finditer(folded):
        month = MONTH_NUMBERS[match["month"] or match["month_fr"]]
        try:
            day = dt.date(
                int(match["year"] or match["year_fr"]), month, int(match["day"] or match["day_fr"])
            )
        except ValueError:
            continue
        signed.append(Tweet(match.span(), day))
    return signed


def quoted_tweets(text: str) -> list[Tweet]:
    """The signatures of the tweets a page quotes, in order."""
    return _signed_days(_TWEET_SIGNATURE, _folded_keeping_dashes(text))


def quoted_tweet_day(tweets: list[Tweet], article: Stated) -> Stated | None:
    """The day of the latest tweet a page quotes, when the page is dated only to its month or
    year: what it reports was said that day ("... — Métropole de Lyon (@grandlyon) September
    22, 2021" in a page of September 2021). None for a page dated to the day, which keeps
    its own day, and for a tweet after the page or much older than it (background)."""
    if article.precision == "day":
        return None
    first, last = _period(article.on, article.precision)
    days = [tweet.day for tweet in tweets if first - _TWEET_NEWS_AGE <= tweet.day <= last]
    return Stated(max(days), "day", "a quoted tweet") if days else None


# A digest item that closes on its source and day: "... by the end of this year, the company
# reported. (Reforma, May 16, 2022)". The source is a name, with no figure in it.
_SOURCE_CITATION = re.compile(
    rf"\(\s*[^()\n\d]{{2,60}},\s+(?:(?P<month>{_MONTH})\.? (?P<day>\d{{1,2}}),? (?P<year>\d{{4}})"
    rf"|(?P<day_fr>\d{{1,2}})(?:er)? (?P<month_fr>{_MONTH}) (?P<year_fr>\d{{4}}))\s*\)\s*(?=\n|$)"
)


def cited_sources(text: str) -> list[Tweet]:
    """The source citations that close a digest's items, each with its day: an item
    summarises what that source reported, and its promises were made then."""
    return _signed_days(_SOURCE_CITATION, fold(text))


# ---------------------------------------------------------------------------------------
# The day a page gives itself: its dateline, or the line saying when it was published
# ---------------------------------------------------------------------------------------

_DAY_OF_LINE = (
    rf"(?:(?P<month>{_MONTH})\.? (?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:,? (?P<year>\d{{4}}))?"
    rf"|(?:le )?(?P<day_fr>\d{{1,2}})(?:er)? (?P<month_fr>{_MONTH})\.?"
    r"(?: (?P<year_fr>\d{4}))?)"
)
# "PARIS, March 3 (Reuters) - ...", "Lyon, le 3 mars 2024 – ...": a place, a day, a dash;
# or the day and its dash alone, as a reprint keeps it: "Jan. 16—The completion of ...".
_PAGE_DATELINE = re.compile(
    rf"^\s*(?:[a-z][\w'. -]{{1,40}}?,\s+)?{_DAY_OF_LINE}\s*(?:\([^()]{{1,30}}\))?\s*[–—-]"
)
# "Published 3 March 2024", "Posted on March 3, 2024 by ...", "Publié le 3 mars 2024".
_PAGE_PUBLISHED = re.compile(
    rf"(?:^|\n)\s*(?:published|posted|publie|publiee|mis en ligne)(?: on| le)?\s+{_DAY_OF_LINE}"
)
# "Le jeudi 19 octobre, le president a presente ...", "On Thursday, October 19, the board ...":
# a page that opens on a weekday and its day tells of that day's news (the weekday must agree).
_PAGE_OPENING_DAY = re.compile(
    rf"^\s*(?:le |on )?(?P<weekday>{'|'.join(_WEEKDAYS)}),? (?:the )?{_DAY_OF_LINE},"
)
# "avec l'annonce, ce vendredi 20 janvier 2023, du futur agrandissement", "said this Friday,
# Jan. 20": "this" and a weekday near a page's top name the day of its news.
_PAGE_THIS_DAY = re.compile(
    rf"\b(?:ce|this) (?P<weekday>{'|'.join(_WEEKDAYS)}),? (?:the )?{_DAY_OF_LINE}"
)
# A verb that looks ahead just before such a day makes it an event to come, not the news
# day: "will open its new depot this Friday, June 7", "ouvrira son dépôt ce vendredi 7 juin".
_AHEAD_BEFORE_THIS_DAY = re.compile(
    r"\b(?:will|shall|'ll|going to|set to|due to|scheduled|expected|plans? to|va|vont|doit|"
    r"doivent|devrait|devraient|prevue?s?|[a-z]{3,}(?:ra|ront))\b[^.;!?]{0,60}$"
    # So does a word of a start right before it: "a annoncé la reprise des travaux à partir
    # de ce lundi 28 juillet" names when the works start again, not when that was said.
    r"|\b(?:a partir d[eu']|a compter d[eu']|des|from|starting|beginning)\s*$"
)


def _this_day(top: str) -> re.Match[str] | None:
    """The first "ce vendredi 20 janvier" / "this Friday, June 7" at a page's top that tells
    the day of its news, not an event to come."""
    for match in _PAGE_THIS_DAY.finditer(top):
        if not _AHEAD_BEFORE_THIS_DAY.search(top, 0, match.start()):
            return match
    return None


# How far into a page its own date line may stand.
_PAGE_TOP = 400


# How long before a page's date a wire story's dateline may be: a story republished later.
_DATELINE_REACH_DAYS = 7


def _top_day(match: re.Match[str], article: Stated) -> dt.date | None:
    """The day a page's top line gives (its dateline, its "published" line), in the page's
    year when the line has none; None for an impossible day."""
    year = match["year"] or match["year_fr"]
    try:
        return dt.date(
            int(year) if year else article.on.year,
            MONTH_NUMBERS[match["month"] or match["month_fr"]],
            int(match["day"] or match["day_fr"]),
        )
    except ValueError:
        return None


def _dateline_day(top: str, article: Stated) -> Stated | None:
    """The day of a dateline ("PARIS, June 12 (Reuters) -", "Paris, le 12 juin 2024 –") at
    the top of a page dated to the day, a week or less before it: the story's own day, which
    a page that carried it later does not change."""
    match = _PAGE_DATELINE.match(top)
    if match is None:
        return None
    day = _top_day(match, article)
    if day is None or not 0 < (article.on - day).days <= _DATELINE_REACH_DAYS:
        return None
    return Stated(day, "day", match.group().strip())


def page_day(text: str, article: Stated) -> Stated | None:
    """The day a page dated only to its month or year gives itself at its top: its dateline
    ("PARIS, March 3 (Reuters) -") or a line saying when it was published ("Publié le 3 mars
    2024"), when that day falls in the page's month or year. What the page reports as news
    was said that day. A page dated to the day takes its dateline's day when that is up to a
    week earlier (`_dateline_day`). With none at its top, a page of a month takes the day of
    that month on which one of its sentences says its news was told (`_reported_day`)."""
    top = _folded_keeping_dashes(text[:_PAGE_TOP])
    if article.precision == "day":
        return _dateline_day(top, article)
    opening = _PAGE_OPENING_DAY.match(top) or _this_day(top)
    match = _PAGE_DATELINE.match(top) or _PAGE_PUBLISHED.search(top) or opening
    if match is None:
        return _reported_day(text, article)
    first, last = _period(article.on, article.precision)
    day = _top_day(match, article)
    if day is None or (match is opening and day.weekday() != _WEEKDAYS[match["weekday"]]):
        return None
    return Stated(day, "day", match.group().strip()) if first <= day <= last else None


# A word telling of something said on an occasion: "said Feb. 8", "during its earnings call
# on 20 October", "the May 20 announcement", "a annoncé le 14 octobre", "lors de son
# déplacement lundi 18 mars". Not a product shown ("a dévoilé deux modèles le 16 novembre"):
# the page may tell of it later.
_SAID_ON_A_DAY = re.compile(
    r"\b(?:said|says|told|announced|announcement|confirmed|stated|"
    r"(?:earnings|conference) call|press conference|briefing|"
    r"a (?:annonce|indique|declare|confirme|precise|explique|affirme)|"
    r"ont (?:annonce|indique|declare|confirme|precise|explique|affirme)|"
    r"(?:a ete|ont ete) annonce|deplacement|webinaire|conference de presse|"
    # A speech, an interview: "dans son allocution du 31 mars", "in a speech on May 6".
    r"allocution|discours|speech|interview|entretien|"
    # A choice made known that day: "le groupe a été choisi le 12 janvier par la ministre".
    r"(?:a|ont) (?:[a-z]+ )?ete (?:choisie?s?|retenue?s?|designee?s?)|"
    r"(?:was|were) (?:[a-z]+ )?(?:chosen|selected)|"
    r"(?:a|ont) decide|decided|"
    # The present of the news ("X annonce, mercredi 21 décembre, la commande"), and a thing
    # made known that day ("le projet rendu public lundi 18 mars", "made public on Tuesday").
    r"annoncent|annonce|rendue?s? publi(?:c|que)s?|made public)\b"
)
# A plan presented on a day, its promises said then: "a présenté lundi 20 novembre aux élus
# son plan climat", "presented on May 6 its roadmap". Not a thing shown ("a présenté, le 24
# janvier, le nouveau portail"): the page may tell of it later.
_PRESENTED_BEFORE = re.compile(r"\b(?:a|ont|avait|avaient) presente|\bpresented\b")
_PLAN_PRESENTED_AFTER = re.compile(
    r"[^.;:!?]{0,40}?\b(?:(?:son|sa|ses|leur|leurs|its|their|the|le|la|les|un|une|a|an) )"
    r"(?:\w+ ){0,2}(?:plans?|projets?|programmes?|programs?|strategies|strategie|strategy|"
    r"budgets?|feuille de route|roadmap|calendriers?|timetable|schedule)\b"
)
_DAY_IN_TEXT = re.compile(rf"\b{_DAY_OF_LINE}\b")
# How far before a day the word saying it was said may stand: "said on Tuesday, May 6".
_SAID_REACH = 40
_NEXT_AFTER_DAY = re.compile(r"\s*(?:prochain|next)\b")
# The speaker named after the verb, then the day: "a annoncé le ministre des Comptes publics,
# Gérald Darmanin, lundi 17 septembre", "said the agency's director, Jane Roe, on May 6".
_SAID_BY_A_SPEAKER_BEFORE = re.compile(
    rf"(?:{_SAID_ON_A_DAY.pattern})\s+[^.;:!?()]{{1,100}}?,\s*(?:on\s+)?"
    rf"(?:(?:{'|'.join(_WEEKDAYS)}),?\s+)?$"
)
_SAID_BY_A_SPEAKER_REACH = 140


def _reported_day(text: str, article: Stated) -> Stated | None:
    """The day, in a page dated only to its month, on which a sentence says something was
    said or shown ("told analysts on its call on 20 October", "a annoncé vendredi 24 mai"),
    or in the last week of the month before ("dans son allocution du 31 mars" in a page of
    April): the news the page reports, said that day. The latest such day; None when none is told
    or the day is one to come ("doit être présenté le 28 juin")."""
    if article.precision != "month":
        return None
    first, last = _period(article.on, article.precision)
    # A page of April may report a speech of 31 March: the last days of the month before.
    first -= dt.timedelta(days=_DATELINE_REACH_DAYS)
    days = []
    for sentence in re.split(r"(?<=[.!?])\s+|\n+", fold(text)):
        for match in _DAY_IN_TEXT.finditer(sentence):
            day = _top_day(match, article)
            start, end = match.span()
            if (
                day is None
                or not first <= day <= last
                or not (
                    _SAID_ON_A_DAY.search(sentence, max(0, start - _SAID_REACH), start)
                    or _SAID_ON_A_DAY.match(sentence, end + 1)
                    or (
                        _PRESENTED_BEFORE.search(sentence, max(0, start - _SAID_REACH), start)
                        and _PLAN_PRESENTED_AFTER.match(sentence, end)
                    )
                    or _SAID_BY_A_SPEAKER_BEFORE.search(
                        sentence, max(0, start - _SAID_BY_A_SPEAKER_REACH), start
                    )
                )
                or _AHEAD_BEFORE_THIS_DAY.search(sentence, 0, match.start())
                or _NEXT_AFTER_DAY.match(sentence, match.end())
            ):
                continue
            days.append(day)
    # No words of its own: each sentence is dated by the page, not said on a day it names.
    return Stated(max(days), "day", "") if days else None
