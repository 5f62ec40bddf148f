"""Reading what a news item reports: its sentences, the signals in each, and which signal
decides the kind of evidence it is for a given claim. docs/news-watch.md states the rules
for editors; this is where they are applied.

An item is read once (`read_item`), sentence by sentence (the headline first). Every signal
the lexicon knows is found with its place (a fulfilment, a delay, a hedged lateness, a
denial, a step, an "on track") and checked where it stands:

- a completion word after a modal ("hopes to obtain") has not happened; after a negation it
  is "not in time" when its sentence speaks of time ("ne sera pas mis en service à la date
  des Jeux"), else "not done" (late only once the claim's deadline has passed);
- a completion word next to a step word ("tests completed", "fuel loading finished") reports
  the step, not the promise;
- a completion word in a sentence dated more than a year before the item ("launched in
  2013") is history, one in a sentence dated a month or more ahead is a plan;
- a delay word inside a description of lateness ("the much-delayed flight", "four years
  late") reports no delay; a delay denied ("dément tout retard") is "on track".

Deadline expressions are parsed on demand, sentence by sentence: the parser is the costly
part, and most sentences never need it.

For a claim (`decide`), the signals next to the claim's own words (within EVENT_REACH words,
in one sentence) are the event the item reports about it; the earliest sentence holding one
decides; failing that, an outcome said anywhere in the item (a step is progress only for the
claim it stands next to). In that sentence a denial says most, then a fulfilment, a delay, a
hedged lateness, "on track", a step. A denial counts only when nothing in the item says the
project is delayed or paused; a fulfilment next to the claim's words outranks an earlier
slip. With no signal at all, a new date for the claim later than its deadline in force is a
delay ("new date"); otherwise the item is not evidence.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import functools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from typing import NamedTuple

from language.deadlines import (
    MAX_SCAN_LENGTH,
    MONTH_NUMBERS,
    DeadlineParseError,
    FoundDeadline,
    find_deadlines,
)
from language.kinds import EvidenceKind
from language.text import ABBREVIATIONS, TITLE_ABBREVIATIONS, YEAR_RX, fold, fold_case, tidy

from .lexicon import (
    A_SPAN_OF_SERVICE_AFTER_RX,
    ADVERBS,
    AFFAIR_LINKS,
    AFFAIR_OBJECT_ENDS,
    AFFAIRS,
    AFFAIRS_AS_OBJECT,
    AFTER_SO_SHORT_RX,
    ANNOUNCING,
    APPROVAL_PROMISED_RX,
    APPROVED_RX,
    BACKGROUND_CLAUSE_RX,
    BEFORE_A_YEAR,
    CATEGORY_RX,
    CLOSED_DOWN_RX,
    COMPLETION_NOUNS,
    DATE_MOVED_RX,
    DAY_NAMES,
    DECIDED_FUTURE_RX,
    DECISIONS,
    DELAY_FRENCH_RX,
    DELAYING_VERB_BEFORE_RX,
    DENYING,
    DONE_WITH_A_VERDICT_RX,
    END_PROMISED_RX,
    EVENT_REACH,
    FIGURE_PEAK_RX,
    FIRST_OF_A_SERIES_RX,
    FIRST_RX,
    FIRST_USERS_RX,
    FUTURE_AFTER_RX,
    FUTURE_BEFORE_USERS_RX,
    GO_AHEAD_AFTER_RX,
    GO_AHEAD_PROMISED_RX,
    IN_TIME_RX,
    INAUGURATED,
    JOB_TITLE_RX,
    LATENESS_RX,
    LIVERY_BEFORE_RX,
    MANDATORY_RX,
    MEANS_AFTER_RX,
    MEANS_BEFORE_RX,
    MISSED_DATE_RX,
    MODALS,
    MONTHS_NOT_A_PLACE,
    NEGATIONS,
    NEGATOR_PHRASES,
    NO_DATE_RX,
    NOT_A_SLIP_RX,
    NOT_AT_THE_TIME_RX,
    NOT_UNTIL_FRENCH_RX,
    NOT_YET,
    OBTAINING,
    OPENING_PROMISED_RX,
    ORIGINAL_PLAN_RX,
    PAST_MARKERS_RX,
    PAST_PLAN_RX,
    PLUPERFECT,
    PRODUCTION_STARTED_RX,
    PROMISE_REVERSED_RX,
    RECEIPT,
    RELEASE_PROMISED_RX,
    REPORTED_BEFORE_RX,
    REPORTED_LATENESS_BEFORE_RX,
    REVOKED_RX,
    ROLE_BEFORE_RX,
    SHIPYARD_RX,
    SIDE_EVENTS,
    SIGNAL_KINDS,
    SIGNAL_ORDER,
    SIGNAL_RX,
    SINCE_ITS_START_RX,
    SINCE_RX,
    SOLD_RX,
    STEP_AS_VERDICT,
    STEP_CLAIM_RX,
    STEP_CONTEXT,
    STOP,
    THRESHOLD_CROSSED_RX,
    TIME_SINCE_ITS_START_RX,
    UNTIL_CLAUSE_RX,
    VERDICT_BEFORE_STEP,
    WEEKDAY_EN,
    WEEKDAY_FR,
    WORKS_BEFORE_RX,
    YEARS_AGO_RX,
    FirstWords,
    _stem,
    narrowed,
    relative_time,
)

# Sentence ends: a line break (headline / summary), or . ! ? ; … followed by a space, or a
# dash between spaces. Not a colon: "EPR de Flamanville : le chargement repoussé" is one
# statement, its topic and its event. "3.2" is no sentence end.
_SENTENCE_END = re.compile(r"\n+|[.!?;\u2026]+[\"'\u00bb\u201d)]*\s+|\s+[-\u2013\u2014]\s+")
# A full stop that ends an abbreviation ends no sentence: a title or an initial before a name
# ("M. Jost", "Dr. Smith"), and, before a word in lower case or a number, a month, a
# company's suffix or a country's initials ("Sept. 9", "Tesla Inc. is handing over", "the
# U.S. state of Arizona").
_TITLE_BEFORE_RX = re.compile(
    r"(?<![\w.])(?:[A-Z]|" + "|".join(sorted(w.capitalize() for w in TITLE_ABBREVIATIONS)) + ")$"
)
_ABBREVIATION_BEFORE_RX = re.compile(
    r"(?<![\w.])(?:(?:[A-Z]\.)+[A-Z]|"
    + "|".join(
        sorted(
            alternative
            for w in ABBREVIATIONS - TITLE_ABBREVIATIONS
            for alternative in {re.escape(w), re.escape(w.capitalize())}
        )
    )
    + ")$"
)
# A headline's kicker: a name of one to three capitalised words and a full stop before
# the headline proper ("Celtic Interconnector. Les travaux..."), as a colon would be.
_KICKER_RX = re.compile(
    r"(?:[A-Z\u00c0-\u00de][\w'\u2019-]*\s+){0,2}[A-Z\u00c0-\u00de][\w'\u2019-]*"
)
_LOWER_OR_NUMBER_RX = re.compile(r"[a-z\u00e0-\u00ff0-9]")
# An ellipsis before a word in lower case or a number is a pause inside the sentence, not its
# end: "sortira le... 16 février 2024" gives the date of what it tells.
_SUSPENSION_RX = re.compile(r"(?:\.\.\.|\u2026)\s+$")
_WORD = re.compile(r"[\w']+")
_CLAUSE_BREAK = re.compile(r"[,;()\u00ab\u00bb\"\u201c\u201d\u2013\u2014]|\s-\s")
# Opened to the press before the public: "opens its doors to media ahead of public reveal",
# "ouvre ses portes à la presse".
_TO_THE_PRESS_RX = re.compile(
    # What was opened may be said between: "opened the gates of the station today to
    # journalists", "ouvre le chantier aux journalistes".
    r"\s+(?:(?:its|their|ses|leurs)\s+(?:doors|portes)\s+|(?:[^\s.,;:!?]+\s+){1,6}?)?"
    r"(?<!according )(?<!selon )(?:to|aux|a la)\s+(?:the\s+)?"
    r"(?:media|press|journalists|reporters|medias|presse|journalistes)\b"
)
# Orders or bookings opened for the thing: "ouvre les précommandes de sa tablette", "is now
# open for booking", "opens reservations": it is sold ahead of its coming, a step.
_ORDERS_AFTER_RX = re.compile(
    r"\s+(?:for\s+)?(?:(?:the|its|their|les|ses|leurs|la|sa)\s+)?"
    r"(?:pre-?orders?|precommandes?|reservations?|bookings?|prises? de commandes?)(?![\w])"
)
# The spearhead, "fer de lance", launches nothing.
_SPEAR_BEFORE_RX = re.compile(r"(?<![\w])fers? de $")
# A completion as the purpose of what was planned: "pour être pleinement opérationnel".
_PURPOSE_BEFORE_RX = re.compile(r"(?<![\w'])(?:pour|afin d') ?etre\s+$")
# A thing to have done, aimed at: "affirmed its intent to have the first satellite launched
# and online in 2022", "hopes to have the line opened by May".
_TO_HAVE_IT_BEFORE_RX = re.compile(r"(?<![\w'])to have\s+(?:(?!been\b)[a-z0-9'-]+\s+){1,5}$")
# A milestone inaugurated is that milestone: "la pose du premier pilier a été inaugurée",
# "inaugurated the start of works".
_A_MILESTONE_BEFORE_RX = re.compile(
    r"(?<![\w])(?:la pose|premiere pierre|premier pilier|premier pylone|debut des travaux"
    r"|lancement des travaux|first stone|groundbreaking|start of works)\b[^.;:,]*$"
)
# A claim that promises the thing reaches its customers promises its delivery: "hits the
# road (reaches customers) in 2019".
_TO_CUSTOMERS_RX = re.compile(
    r"(?<![\w])(?:reach\w* (?:its |their )?(?:first )?customers|to (?:its |their )?customers"
    r"|aux (?:premiers )?clients|chez (?:les|ses) clients)(?![\w])"
)
# A project launched has started, not delivered what it promised (unless the claim promises
# to launch that project).
_STARTED_RX = re.compile(r"(?<![\w])(?:lanc\w*|launch\w*|kick\w* off|demarr\w*|started)(?![\w])")
_PROJECT_RX = re.compile(
    r"(?<![\w])(?:projets?|projects?|programmes?|programs?|appels? d'offres|tenders?)(?![\w])"
)
# A period counted from a day the item tells of, not from its own: "the following month",
# "l'année suivante".
_COUNTED_FROM_ANOTHER_DAY = re.compile(r"\b(?:following|suivante?s?)\b")
# A delay named as the reason for something else: "cancels plan over planning delays",
# "abandonne le projet en raison des retards".
_BECAUSE_OF_RX = re.compile(
    r"(?<![\w])(?:over|citing|because of|due to|owing to|after|en raison d(?:es|e|u)|"
    r"a cause d(?:es|e|u)|face aux|apres|suite aux?|du fait d(?:es|e|u))\s+(?:[\w'-]+\s+){0,2}$"
)
# How far (days) a dated sentence must lie for its completion word to be a plan or history.
_PLAN_DAYS = 31
_HISTORY_DAYS = 365
# A date this many words or fewer from a step word is the step's date.
_STEP_DATE_REACH = 4
# What was planned before, right before its date: "initialement la centrale devait être mise
# en service à", "was originally due in".
_MISSED_PLAN_BEFORE_RX = re.compile(
    r"(?:\b(?:initialement|originally|initially|a l'origine|au depart|devai(?:t|ent))\b"
    r"[^.;:]{0,60}|" + PAST_PLAN_RX.pattern.removesuffix("$") + r")$"
)
# A meeting held on a day, whose day is no date for the claim ("will meet by videoconference
# to discuss"; not "will meet its deadline", "struggling to meet the 2026 target").
_MEETING_RX = re.compile(
    r"\b(?:(?:will|to) meet (?:by|with|in|at|on|to)|are meeting|is meeting|will hold talks|"
    r"to discuss|se reunira|se reuniront|doivent se reunir|doit se reunir)\b"
)


@dataclass(frozen=True)
class Signal:
    """A signal found in the item: its name (a key of lexicon.SIGNAL_KINDS), the words as
    found (folded), where, and in which sentence. `demoted` is set on a completion word
    that stands next to a step word: it reports the step (unless the claim is that step)."""

    name: str
    text: str
    start: int
    end: int
    sentence: int
    demoted: bool = False
    lasting: bool = False  # a pause or delay told as lasting since ("on hold since 2023")


@dataclass
class ItemAnalysis:
    """What an item says whatever the claim: category words, signals, and (read on demand,
    sentence by sentence, as the deadline parser is the costly part) its deadlines.

    `kind` and `cue` are the reading of the first sentence holding a signal, before any
    claim is known (progress and "" when there is none).
    """

    category_words: dict[str, list[str]]
    kind: str
    cue: str
    text: str = ""  # the folded copy of the item the offsets below point into
    source: str = ""  # the item as written (same offsets), for the deadline parser
    sentences: list[tuple[int, int]] = field(default_factory=list)
    signals: list[Signal] = field(default_factory=list)
    published_on: dt.date = dt.date.min
    word_starts: list[int] = field(default_factory=list)
    _deadlines: dict[int, list[FoundDeadline]] = field(default_factory=dict, repr=False)
    _starts: list[int] = field(default_factory=list, repr=False)
    # The parser's findings by (sentence as written, publication day), shared by the items
    # read in one batch (see `read_item`): syndicated copies and a headline said again as
    # the summary's first sentence are parsed once. The parser is a function of these two.
    deadline_memo: dict[tuple[str, dt.date], list[FoundDeadline]] = field(
        default_factory=dict, repr=False, compare=False
    )
    # Where each claim term stands in `text`, found once per item: the claims of one
    # promiser ask for the same names and keywords, each several times (see score._spans_in).
    term_spans_seen: dict[str, tuple[tuple[int, int], ...]] = field(
        default_factory=dict, repr=False, compare=False
    )
    # The affair words around each signal (see _said_of_an_affair), found once per item: they
    # do not depend on the claim, which only says which of them it names itself.
    affairs_seen: dict[tuple[int, int], tuple[tuple[int, str], ...]] = field(
        default_factory=dict, repr=False, compare=False
    )
    # The instance words around each claim term's mention (see score._other_instance), and
    # whether the text holds a pattern (see `holds`), found once per item.
    instance_words_seen: dict[tuple[tuple[int, int], int], tuple[str, ...]] = field(
        default_factory=dict, repr=False, compare=False
    )
    _held: dict[object, bool] = field(default_factory=dict, repr=False, compare=False)
    # The words around each completion signal that `_side_event` reads (the last words of
    # its clause before it, the first after it), found once per item: they do not depend on
    # the claim, which `_side_event` asks about for every candidate claim.
    side_words_seen: dict[tuple[int, int], tuple[str, str]] = field(
        default_factory=dict, repr=False, compare=False
    )
    # `delayed` and `headline_delayed`, and the signals they were read from.
    _delays_seen: tuple[bool, bool] = field(default=(False, False), repr=False, compare=False)
    _delays_of: list[Signal] | None = field(default=None, repr=False, compare=False)

    def sentence_of(self, offset: int) -> int:
        if len(self._starts) != len(self.sentences):
            self._starts = [start for start, _ in self.sentences]
        return bisect.bisect_right(self._starts, offset) - 1

    def word_index(self, offset: int) -> int:
        return bisect.bisect_right(self.word_starts, offset) - 1

    def holds(self, rx: re.Pattern[str]) -> bool:
        """Whether the folded text holds a match of `rx`, looked for once per item (decide
        asks it for every candidate claim). Remembered under the pattern's source and flags,
        cheaper to hash than the pattern (see `_says`)."""
        key = (rx.pattern, rx.flags)
        found = self._held.get(key)
        if found is None:
            found = self._held[key] = rx.search(self.text) is not None
        return found

    def delayed(self) -> bool:
        """Whether anything in the item says the promise is late or paused (a go-ahead
        refused holds it up without saying so: a drop told beside it stands)."""
        return self._delays()[0]

    def headline_delayed(self) -> bool:
        """Whether the headline says it is late, or the item calls it a pause that is not
        told as what came before (see `_decisive`)."""
        return self._delays()[1]

    def _delays(self) -> tuple[bool, bool]:
        # Read once per item, not once per candidate claim (`_decisive` asks for each), and
        # again only if the item's signals are replaced.
        if self._delays_of is not self.signals:
            delayed = any(
                SIGNAL_KINDS[s.name] == EvidenceKind.DELAY
                and not s.lasting
                and not (s.name == "late risk" and REVOKED_RX.fullmatch(s.text))
                for s in self.signals
            )
            # A headline that drops the thing ("TC Energy cancels the pipeline") tells the news;
            # a pause the body tells as done ("construction was suspended", "a suspendu le
            # programme") is what came before the drop, not a pause it is (a shelving is one).
            headline_drops = any(
                SIGNAL_KINDS[s.name] == EvidenceKind.DENIAL
                and s.sentence == 0
                and not s.text.startswith("shelv")
                for s in self.signals
            )
            headline_delayed = any(
                SIGNAL_KINDS[s.name] == EvidenceKind.DELAY
                and (
                    s.sentence == 0
                    or (
                        _PAUSED_RX.search(s.text)
                        and not _paused_before(self, s)
                        and not (headline_drops and _A_PAUSE_DONE_RX.search(s.text))
                    )
                )
                for s in self.signals
            )
            self._delays_seen = (delayed, headline_delayed)
            self._delays_of = self.signals
        return self._delays_seen

    def deadlines_in(self, sentences: Iterable[int]) -> list[FoundDeadline]:
        """The deadline expressions of these sentences, in reading order (spans in the item)."""
        found = []
        for n in sorted(set(sentences)):
            if n not in self._deadlines:
                start, end = self.sentences[n]
                key = (self.source[start:end], self.published_on)
                if key not in self.deadline_memo:
                    self.deadline_memo[key] = _find_deadlines(*key)
                self._deadlines[n] = [
                    FoundDeadline(d.text, d.window, (d.span[0] + start, d.span[1] + start))
                    for d in self.deadline_memo[key]
                ]
            found += self._deadlines[n]
        return found

    @property
    def deadlines(self) -> list[FoundDeadline]:
        return self.deadlines_in(range(len(self.sentences)))


@dataclass(frozen=True)
class Reading:
    """The kind an item reports about one claim, the words that say so, whether those words
    stand next to the claim's own, and the new deadline a delay proposes."""

    kind: str
    cue: str
    signal: str  # the signal's name, or "new date"
    tied: bool
    proposed: FoundDeadline | None = None
    distance: int = EVENT_REACH + 1  # words between the signal and the claim's nearest word
    at: int = -1  # where the signal (or the new date) starts in the item


class Scan(NamedTuple):
    """An item's text as it is read (see `read_item`), as written and folded, and each signal
    list's matches in the folded text."""

    source: str
    text: str
    signals: dict[str, list[re.Match[str]]]
    categories: dict[str, list[re.Match[str]]]


def scan_items(texts: Iterable[str]) -> dict[str, Scan]:
    """The texts of a batch of items (each its `original`, or its `folded` text when the
    original is not known) as `read_item` reads them, with each signal list's matches found
    list by list over the whole batch, not item by item: a list's compiled pattern runs to a
    megabyte, and the matcher's work between two items pushed it out of the processor's
    caches (the scans took about twice as long read item by item)."""
    read = {raw: _reading_text(raw) for raw in dict.fromkeys(texts)}
    signals: dict[str, dict[str, list[re.Match[str]]]] = {text: {} for _, text in read.values()}
    # Each list without the phrases no text of the batch can start (the same matches, a
    # fraction of the compile; see lexicon.narrowed).
    starts = FirstWords(signals)
    for name, rx in SIGNAL_RX.items():
        rx = narrowed(rx, starts)
        for text, by_name in signals.items():
            by_name[name] = list(rx.finditer(text))
    categories: dict[str, dict[str, list[re.Match[str]]]] = {text: {} for text in signals}
    for category, rx in CATEGORY_RX.items():
        for text, by_category in categories.items():
            by_category[category] = list(rx.finditer(text))
    return {
        raw: Scan(source, text, signals[text], categories[text])
        for raw, (source, text) in read.items()
    }


def _reading_text(raw: str) -> tuple[str, str]:
    """An item's title and summary, each tidied (`language.text.tidy`), the title kept as the
    first line, as written and folded."""
    title, line_break, summary = raw.partition("\n")
    source = (tidy(title).text + line_break + tidy(summary).text)[:MAX_SCAN_LENGTH]
    return source, fold(source)


def read_item(
    *,
    original: str,
    folded: str,
    language: str,
    published_on: dt.date,
    deadline_memo: dict[tuple[str, dt.date], list[FoundDeadline]] | None = None,
    scans: dict[str, Scan] | None = None,
) -> ItemAnalysis:
    """Read an item once: `original` is its title and summary as written (title first, one
    line), `folded` the same folded when the original is not known. Each is read tidied
    (`language.text.tidy`), the title kept as the first line. Items read in one batch may
    share a `deadline_memo` (see ItemAnalysis.deadline_memo), and take their text and
    signal matches from `scans` (see `scan_items`)."""
    scan = scans.get(original or folded) if scans else None
    if scan is None:
        source, text = _reading_text(original or folded)
    else:
        source, text = scan.source, scan.text
    analysis = ItemAnalysis(
        category_words={},
        kind=EvidenceKind.PROGRESS,
        cue="",
        text=text,
        source=source,
        sentences=_sentences(source),
        published_on=published_on,
        word_starts=[m.start() for m in _WORD.finditer(text)],
        deadline_memo={} if deadline_memo is None else deadline_memo,
    )
    analysis.signals = _signals(analysis, language, scan.signals if scan else None)
    # A word that is the signal ("announce the launch of") is not also a category word.
    analysis.category_words = _category_words(
        text,
        [(s.start, s.end) for s in analysis.signals if s.name != "step"],
        scan.categories if scan else None,
    )
    first = _decisive(
        analysis, [s for s in analysis.signals if s.name not in ("not done", "ended")]
    )
    if first is not None:
        analysis.kind, analysis.cue = SIGNAL_KINDS[first.name], first.text
    return analysis


def _sentences(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        if _abbreviation(text, m):
            continue
        if m.start() > start:
            spans.append((start, m.start()))
        start = m.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans or [(0, 0)]


def _abbreviation(text: str, m: re.Match[str]) -> bool:
    """Whether a sentence end found ends no sentence: the full stop of an abbreviation, or an
    ellipsis that suspends the sentence."""
    if _SUSPENSION_RX.match(m.group(0)) and _LOWER_OR_NUMBER_RX.match(text, m.end()):
        return True
    if m.group(0).strip() != ".":
        return False
    if _KICKER_RX.fullmatch(text, 0, m.start()):
        return True  # "Celtic Interconnector. Les travaux doivent débuter": the topic
    before = text[max(0, m.start() - 12) : m.start()]
    if _TITLE_BEFORE_RX.search(before):
        return True
    return bool(_ABBREVIATION_BEFORE_RX.search(before) and _LOWER_OR_NUMBER_RX.match(text, m.end()))


def _category_words(
    text: str,
    signal_spans: list[tuple[int, int]] | None = None,
    scanned: dict[str, list[re.Match[str]]] | None = None,
) -> dict[str, list[str]]:
    """Each category's words in the text, but those a signal stands on (`scanned`: each
    category's matches, when found already by `scan_items`)."""
    taken = {i for s, e in signal_spans or () for i in range(s, e)}
    categories = {}
    for category, rx in CATEGORY_RX.items():
        matches = scanned[category] if scanned is not None else rx.finditer(text)
        found = list(dict.fromkeys(m.group(0) for m in matches if m.start() not in taken))
        if found:
            categories[category] = found
    return categories


def _find_deadlines(text: str, published_on: dt.date) -> list[FoundDeadline]:
    try:
        found = find_deadlines(text, stated_on=published_on)
    except DeadlineParseError:
        return []
    return [
        _later_than(text, _past_month(text, _past_day(f, published_on), published_on))
        for f in found
        if not _no_date(text, f)
    ]


# A date said as the bound it will be passed: "could start production later than 2027",
# "beyond 2027" (the French "au-delà de 2027" is the parser's).
_LATER_THAN_BEFORE_RX = re.compile(r"(?<![\w])(?:later than|beyond)\s+(?:the\s+end\s+of\s+)?$")


def _later_than(text: str, found: FoundDeadline) -> FoundDeadline:
    """A date after "later than" or "beyond": not before the day after its period."""
    window = found.window
    if window.end is None or window.qualifier == "not_before":
        return found
    if not _LATER_THAN_BEFORE_RX.search(fold(text[max(0, found.span[0] - 30) : found.span[0]])):
        return found
    after = window.end + dt.timedelta(days=1)
    return found._replace(window=replace(window, start=after, end=None, qualifier="not_before"))


# How far back a day said without its year may lie ("a annoncé samedi 7 février").
_RECENT_DAYS = 92


def _past_day(found: FoundDeadline, published_on: dt.date) -> FoundDeadline:
    """A day said without its year that the parser read forward to next year, when this
    year's lies a little before the item: the day the item reports, in the past."""
    window = found.window
    if window.precision != "day" or window.start is None or YEAR_RX.search(found.text):
        return found
    if window.start.year <= published_on.year:
        return found
    try:
        day = window.start.replace(year=published_on.year)
    except ValueError:
        return found
    if not dt.timedelta(0) <= published_on - day <= dt.timedelta(days=_RECENT_DAYS):
        return found
    return found._replace(window=replace(window, start=day, end=day))


# A verb told in the past before a date: a participle after an auxiliary ("a été suspendu
# en novembre", "has been paused in November", "was halted in March"), its object between
# them ("had switched off 3G in Plymouth and Basingstoke in February"), but no clause that
# looks ahead ("has said the line will open in March"). Read with its accents kept: the
# French "a" (has) is not "à" ("jusqu'à la reprise des travaux en mars"), and needs a French
# participle after it, never the English article ("is planning a release in March"). A plan
# made is no past event: "has scheduled a debate in March", "a prévu une réunion en mars"
# still look ahead.
_PLANNED = (
    r"(?!(?:scheduled|planned|set|slated|earmarked|targeted|pencilled|penciled|prevu"
    r"|prévu|programm|planifi|fix)[\w'-]*\s)"
)
_FRENCH_PARTICIPLE = (
    r"(?:[\w'-]*(?:é|ée|és|ées)|pris|mis|dit|fait|écrit|conclu|voulu|pu|dû|eu|obtenu|tenu"
    r"|venu|repris|remis|promis|permis|admis|soumis|produit|construit|conduit|ouvert|offert"
    r"|suspendu|interrompu|rompu|perdu|rendu|vendu|attendu|résolu|élu|vu|reçu|connu|paru"
    r"|disparu|rejoint|atteint|éteint|acquis|compris|inscrit|détruit|réduit|introduit"
    r"|couvert|découvert)"
)
_PAST_VERB_BEFORE_RX = re.compile(
    r"(?:\b(?:ont|avait|avaient|has|have|had|was|were|a été|ont été|a ete|ont ete|has been"
    rf"|have been|had been)\s+(?:{_PLANNED}[\w'-]+\s+){{0,1}}{_PLANNED}[\w'-]*(?:e|ee|es|ees"
    r"|é|ée|és|ées|u|ue|us|ues|is|ise|ises|it|ite|ed|en)"
    rf"|\ba\s+(?:{_PLANNED}[\w'-]+\s+){{0,1}}{_PLANNED}{_FRENCH_PARTICIPLE})"
    r"\s+(?:(?!(?:will|would|shall|should|to|that|va|vont|sera|seront|pour|que|qu)\b)"
    r"[\w'-]+\s+){0,6}?(?:(?:en|in|au mois de)\s+)?$",
    re.IGNORECASE,
)


def _past_month(text: str, found: FoundDeadline, published_on: dt.date) -> FoundDeadline:
    """A month said without its year, after a verb told in the past ("le projet a été
    suspendu en novembre"), that the parser read forward: the last such month before the
    item, when it happened."""
    window = found.window
    if window.precision != "month" or window.start is None or YEAR_RX.search(found.text):
        return found
    if window.start <= published_on:
        return found
    if not _PAST_VERB_BEFORE_RX.search(fold_case(text[max(0, found.span[0] - 60) : found.span[0]])):
        return found
    start = _a_year_back(window.start)
    end = _a_year_back(window.end or window.start)
    return found._replace(window=replace(window, start=start, end=end))


def _a_year_back(day: dt.date) -> dt.date:
    """The same day a year before, or the month's last when it has fewer days: the 29th of a
    leap year's February is the 28th the year before."""
    year = day.year - 1
    return day.replace(year=year, day=min(day.day, calendar.monthrange(year, day.month)[1]))


# A number of years or months followed by "of" is a duration ("après 5 ans de restauration").
_DURATION_RX = re.compile(
    r"(?:\d+|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|one|two|three|four|five|six"
    r"|seven|eight|nine|ten)\s+(?:ans?|années?|annees?|mois|years?|months?)\s*$",
    re.IGNORECASE,
)
_DURATION_AFTER_RX = re.compile(r"\s*(?:de|d'|d’|of)\b", re.IGNORECASE)
# A bare year right after a capitalised word is part of a name ("France 2030", "Euro 2024").
_NAME_BEFORE_RX = re.compile(r"\b[A-Z][\w-]*\s+$")
_MONTHS_RX = re.compile(
    r"(?:jan|feb|fev|fév|mar|apr|avr|may|mai|jun|juin|jul|juil|aug|aou|aoû|sep|oct|nov|dec|déc)",
    re.IGNORECASE,
)


# Time gone by, counted in hours or minutes ("touched down after 16 hours in the air",
# "sold out after 20 minutes"): how long something took, not a day set for the thing.
_HOURS_TAKEN_RX = re.compile(
    r"^(?:after|apres|après)\s+(?:\d+|a few|several|quelques)\s+"
    r"(?:hours?|minutes?|mins?|heures?)$",
    re.IGNORECASE,
)


# A year that is part of an act's number, after or before a slash and a number of three
# digits or more: "Royal Decree 254/2025", "Regulation (EU) 2019/1157". Not a month ("05/2021")
# nor a season ("2022/23").
_ACT_NUMBER_BEFORE_RX = re.compile(r"(?<![\w/])\d{3,}/$")
_ACT_NUMBER_AFTER_RX = re.compile(r"/\d{3,}(?![\w/])")


def _in_an_acts_number(text: str, found: FoundDeadline) -> bool:
    """Whether a bare year is part of an act's number ("254/2025"), not one of a season or
    fiscal year's two years in a row ("the 2025/2026 season", "la saison 2026/2027")."""
    before = _ACT_NUMBER_BEFORE_RX.search(text, max(0, found.span[0] - 12), found.span[0])
    after = _ACT_NUMBER_AFTER_RX.match(text, found.span[1])
    others = [m.group(0).strip("/") for m in (before, after) if m]
    return any(
        not (YEAR_RX.fullmatch(other) and abs(int(other) - int(found.text)) == 1)
        for other in others
    )


# The planet, not the month: "posée sur Mars", "en route vers Mars", "la planète Mars" (a
# French month is written in lower case; the planet's name, alone, with a capital).
_THE_PLANET_RX = re.compile(r"(?<![\w])(?:sur|vers|planète|planete)\s+Mars$")


def _no_date(text: str, found: FoundDeadline) -> bool:
    """Whether a deadline expression names no date: a duration ("après 5 ans de
    restauration"), hours taken ("after 16 hours in the air"), part of a name ("France
    2030") or of an act's number ("Royal Decree 254/2025"), or the planet Mars ("sur
    Mars")."""
    if _HOURS_TAKEN_RX.match(found.text):
        return True
    if found.text.endswith("Mars") and _THE_PLANET_RX.search(text, 0, found.span[1]):
        return True
    if _DURATION_RX.search(found.text) and _DURATION_AFTER_RX.match(text, found.span[1]):
        return True
    if found.text.isdigit() and _in_an_acts_number(text, found):
        return True
    if found.text.isdigit():
        m = _NAME_BEFORE_RX.search(text, 0, found.span[0])
        if m and fold(m.group(0).strip()) not in BEFORE_A_YEAR and not _MONTHS_RX.match(m.group(0)):
            return True
    return False


def _end(found: FoundDeadline) -> dt.date:
    return found.window.end or found.window.start or dt.date.min


_NUMBER_SIGN_RX = re.compile(r"(?<![\w'])no\.?\s*(?=\d)")


def _preceding_words(text: str, start: int) -> tuple[list[str], str]:
    before = text[max(0, start - 40) : start]
    # A hyphenated compound is one word: the "to" of "end-to-end" is no infinitive. "No."
    # before a number numbers a thing ("Metro Line No. 1 comes into operation"): no negation.
    words = re.findall(r"[a-z']+(?:-[a-z']+)*", _NUMBER_SIGN_RX.sub(" ", before))
    if "'" in before:
        # A quotation mark is no part of a word: "'cannot be achieved'" is negated.
        words = [w for w in (w.strip("'") for w in words) if w]
    return words[-3:], before


# Out of the promised window: "will push the game out of its early 2023 release window",
# "slips outside its launch window" (not "within its launch window").
_OUT_OF_ITS_WINDOW_RX = re.compile(
    r"(?<![\w])(?:out of|out|outside(?: of)?|beyond)\s+(?:its|the|their)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:release|launch|delivery|opening|target|planned)\s+windows?(?![\w])"
)
# Out, in French: "maintenant que le jeu est sorti", "l'album est enfin sorti" (not out of
# a place: "est sorti de terre", "sont sortis de l'usine", "est sortie indemne").
_RELEASED_RX = re.compile(
    r"(?<![\w'])(?:est|sont)\s+(?:(?:enfin|bien|finalement|officiellement)\s+)?sortie?s?"
    r"(?![\w])(?!\s*(?:d'|(?:de|du|des|indemnes?|vainqueurs?|gagnants?|grandie?s?)(?![\w])))"
)


# A closing for a time: "shut down temporarily", "for two weeks", "until further notice",
# "pendant les travaux", "jusqu'à nouvel ordre", "pour rénovation".
_FOR_A_TIME_RX = re.compile(
    r"(?<![\w'])(?:temporar\w*|temporair\w*|provisoire\w*|until|till|pendant|jusqu\w*"
    r"|for\s+(?:a|an|one|two|three|four|several|a\s+few|\d+)\s+(?:days?|weeks?|months?)"
    r"|(?:pour|for)\s+(?:des\s+|les\s+)?(?:renovation|travaux|works|repairs|maintenance))"
    r"(?![\w'])"
)
# The words every match of CLOSED_DOWN_RX holds one of.
_CLOSING_CUES = ("clos", "shut", "ceas", "cess", "wind", "wound", "ferm")
# The words one of which an item must hold for PROMISE_REVERSED_RX to be run on it.
_REVERSAL_CUES = (
    "rescind",
    "revers",
    "revok",
    "overturn",
    "revenu sur",
    "revient sur",
    "revenir sur",
)


def _signals(
    analysis: ItemAnalysis,
    language: str,
    scanned: dict[str, list[re.Match[str]]] | None = None,
) -> list[Signal]:
    """Every signal of the lexicon in the item, each checked where it stands (see the
    module's docstring), in reading order; each list's matches taken from `scanned` when
    found already (`scan_items`)."""
    text = analysis.text
    lateness = [
        m.span()
        for m in LATENESS_RX.finditer(text)
        if not REPORTED_LATENESS_BEFORE_RX.search(text, max(0, m.start() - 30), m.start())
        # A headline that opens on how late it is tells it as the news: "Deux ans de retard
        # pour le CEVA" (not "Après une semaine de décalage, ...", the background).
        and not (
            _LEADS_THE_TEXT_RX.fullmatch(text, 0, m.start())
            and not m.group(0).startswith(_LATENESS_AS_BACKGROUND)
        )
    ]
    jobs = [m.span() for m in JOB_TITLE_RX.finditer(text)] if "pilot" in text else []
    if "chantier" in text:
        jobs += [m.span() for m in SHIPYARD_RX.finditer(text)]
    found: list[Signal] = []
    questions = {n for n in range(len(analysis.sentences)) if _is_question(analysis, n)}
    for name, rx in SIGNAL_RX.items():
        matches = list(scanned[name]) if scanned is not None else list(rx.finditer(text))
        if name == "delay" and language == "fr":
            matches += list(DELAY_FRENCH_RX.finditer(text))
        if name == "delay" and (
            "extend" in text or " back" in text or "deplac" in text or "differe " in text
        ):
            matches += list(DATE_MOVED_RX.finditer(text))  # "extended the deadline to 2024"
        if name == "delay" and "window" in text:
            matches += list(_OUT_OF_ITS_WINDOW_RX.finditer(text))  # "out of its 2023 window"
        if name == "delay" and language == "fr" and " qu'" in text:
            matches += list(NOT_UNTIL_FRENCH_RX.finditer(text))  # "n'arrivera qu'en 2024"
        if name == "late risk" and ("miss" in text or "to meet" in text):
            matches += list(MISSED_DATE_RX.finditer(text))
        if name == "late risk" and (" pas " in text or "not " in text or "n't " in text):
            matches += list(NOT_AT_THE_TIME_RX.finditer(text))
        if name == "denial" and any(cue in text for cue in _REVERSAL_CUES):
            matches += list(PROMISE_REVERSED_RX.finditer(text))  # "rescinds the promise"
        if name == "denial" and any(cue in text for cue in _CLOSING_CUES):
            matches += list(CLOSED_DOWN_RX.finditer(text))  # "is closing its plant"
        if name == "late risk":
            matches += list(REVOKED_RX.finditer(text))  # "revokes its licence": held up
        if name == "fulfilment" and ("franchi" in text or "depasse" in text or " the " in text):
            matches += list(THRESHOLD_CROSSED_RX.finditer(text))  # "le seuil des N franchi"
        if name == "fulfilment":
            matches += list(DONE_WITH_A_VERDICT_RX.finditer(text))  # "l'ouverture, un succès"
            matches += list(PRODUCTION_STARTED_RX.finditer(text))  # "starts mass production"
            if "sorti" in text:
                matches += list(_RELEASED_RX.finditer(text))  # "maintenant que le jeu est sorti"
            if "first " in text or "premie" in text:
                matches += [
                    u
                    for u in FIRST_USERS_RX.finditer(text)
                    if not FUTURE_BEFORE_USERS_RX.search(text, max(0, u.start() - 40), u.start())
                ]  # "first pupils walk in", not "accueilleront les premiers visiteurs"
            if " after " in text or " apres " in text:
                matches += list(TIME_SINCE_ITS_START_RX.finditer(text))  # "a month after start-up"
            if language == "fr":
                matches += [
                    p
                    for p in _OPENING_PARTICIPLE_RX.finditer(text)
                    if not text[
                        analysis.sentences[analysis.sentence_of(p.start())][0] : p.start()
                    ].strip()
                ]  # "Mise en service le 2 mai, la ligne relie ...": told as done
        for m in matches:
            sentence = analysis.sentence_of(m.start())
            if sentence in questions:
                continue  # "le projet est abandonné ? Non": a question reports nothing
            if name == "denial" and m.group(0) in ("abandonnes", "abandonnees"):
                # "des berges abandonnées": a plural's ending with no auxiliary before it is
                # the adjective (the verb's plural is "abandonnent"; "sont abandonnées" is
                # found whole, from its auxiliary).
                continue
            if name == "step" and any(s <= m.start() and m.end() <= e for s, e in jobs):
                continue  # "test pilots", "le chantier naval": a job or a yard, no step
            if (
                name == "step"
                and "pose" in m.group(0)
                and _LANDED_RX.search(text, max(0, m.start() - 30), m.end())
            ):
                continue  # "la sonde s'est posée sur Mars": landed, nothing laid
            if (
                name == "step"
                and m.group(0).startswith("install")
                and not analysis.text[analysis.sentences[sentence][0] : m.start()].strip()
                and _PLACE_AFTER_RX.match(text, m.end())
            ):
                continue  # "Installé au pied des pyramides, le musée ...": where it stands
            read_as = _read_as(analysis, name, m, sentence, lateness)
            if read_as:
                lasting = read_as == "delay" and bool(SINCE_RX.match(text, m.end()))
                found.append(
                    Signal(read_as, m.group(0), m.start(), m.end(), sentence, lasting=lasting)
                )
    found = _drop_overlaps(found)
    steps = [s for s in found if s.name == "step"]
    return sorted(
        (
            replace(s, demoted=True)
            if s.name == "fulfilment" and any(_near(analysis, s, step) for step in steps)
            else s
            for s in found
        ),
        key=lambda s: (s.start, s.name),
    )


# A past participle opening its sentence, set off by a comma before its subject, tells what
# was done to the subject: "Mise en service le 24 juin, la ligne relie ...", "Inauguré
# samedi, le pont ...". Not when what comes before the comma says it is still ahead ("Mise
# en service prévue en 2027, la ligne ..."). Not "Livré(e)": a delivery so told is as often
# the background of other news ("Livré en novembre dernier, le sous-marin a débuté son
# déploiement").
_OPENING_PARTICIPLE_RX = re.compile(
    r"(?<![\w'])(?:mise?s?\s+en\s+(?:service|exploitation|circulation)|inaugure(?:e|s|es)?)"
    r"(?=(?:(?!prevue?s?|programmee?s?|attendue?s?|prochaine?s?|envisagee?s?|annoncee?s?)"
    r"[^.;:!?,\n]){0,60},)"
)


# "Se poser" is to land ("la sonde s'est correctement posée", "les avions se sont posés"):
# nothing laid, no step of works.
_LANDED_RX = re.compile(
    r"(?<![\w'])(?:s'(?:est|etait|etaient)|se\s+(?:sont|sera|seront))\s+(?:[\w-]+\s+)?pose\w*$"
)


def _is_question(analysis: ItemAnalysis, sentence: int) -> bool:
    start, end = analysis.sentences[sentence]
    return analysis.source[end : end + 1] == "?" or analysis.source[start:end].rstrip().endswith(
        "?"
    )


# A share of the work told before a completion word: a part done ("80-85% of work ... had
# been completed", "70% complete"), not the whole (not "100%").
_SHARE_DONE_RX = re.compile(
    r"(?<![\d.])(?!100\b)\d{1,2}(?:\s*-\s*\d{1,2})?\s*(?:%|per ?cent|pour ?cent)"
)


# An item that says something brings the promised thing a step closer ("successfully completes
# its first orbital launch ... which brings the first launch from Cornwall a step closer", "un
# pas de plus vers la mise en service") tells a milestone on the way, not the thing: what it
# says was completed is a step.
_A_STEP_CLOSER_RX = re.compile(
    r"(?<![\w'])(?:(?:one|a|another)\s+(?:big\s+|major\s+|further\s+|giant\s+)?step\s+"
    r"(?:closer|nearer)|(?:un|une)\s+(?:grand\s+|nouveau\s+)?pas\s+de\s+plus\s+vers"
    r"|(?:une\s+)?(?:nouvelle\s+)?etape\s+de\s+plus\s+vers)(?![\w'])"
)


# "Stage" as a platform, not a phase: "Musk is on stage for the unveiling", "takes centre
# stage" (not "on stage two", "centre stage 3").
_ON_A_STAGE_RX = re.compile(r"(?:on|onto|centre|center)\s+$")
_A_NUMBER_AFTER_RX = re.compile(r"\s+(?:\d|one\b|two\b|three\b|four\b|five\b|[ivx]+\b)")

# The development of a thing to be released said complete: "le développement est
# officiellement terminé", "development has been completed": the release is still to come,
# a step toward it.
_DEVELOPMENT_BEFORE_RX = re.compile(r"(?<![\w])(?:development|developpement)\s+(?:[\w']+\s+){0,3}$")

# "Before" a subject and its verb in the past tells what happened, no condition: "were sold
# before Tesla pulled the plug" (not "before cancelling it", "before it is scrapped").
_BEFORE_A_SUBJECT_RX = re.compile(r"(?<![\w])before\s+(?:the\s+|its\s+|their\s+)?[\w.'-]+\s+$")

# A new date for the promise, set or to come ("the revised launch date will be announced
# later", "une nouvelle date de décollage sera annoncée", "rescheduled", "no new date has
# been set"): what was called off or cancelled is put off, a delay, not dropped.
_ANOTHER_DATE_RX = re.compile(
    r"(?<![\w'])(?:(?:revised|new)\s+(?:(?:launch|release|opening|target|delivery)\s+)?dates?"
    r"|nouvelles?\s+dates?|reschedul\w*|reprogramm\w*)(?![\w'])"
)


# The plan kept, said at the end of the clause that tells what was planned ("as planned"),
# and a negation earlier in that clause.
_AS_PLANNED_RX = re.compile(r"(?:as planned|as scheduled|comme prevu)$")
_NEGATED_CLAUSE_RX = re.compile(
    r"(?<![\w'])(?:(?:not|won't|will not|isn't|wasn't|aren't|weren't|can't|cannot|never|"
    r"ne|pas)(?![\w'])|n')"
)


# A licence applied for: the filing, not a go-ahead ("biologics license application").
_LICENCE_APPLIED_FOR_RX = re.compile(r"licen[cs]es?\s+applications?(?![\w])")
# How long the works took, told as past ("après six ans de travaux", "after a decade of
# construction", "vient achever près de dix ans de chantier"): history of a completion.
_YEARS_OF_WORKS_RX = re.compile(
    r"(?<![\w])(?:apres|after|au bout de|following|achever|acheve|achevent|ending|ends)\s+"
    r"(?:[\w']+\s+){0,3}(?:ans|annees|mois|years|months|decennies|decennie|decades?)\s+"
    r"(?:de|d'|of)\s*$"
)
# The time counted since the works began or ended ("cinq ans après le début des travaux",
# "sept ans après le lancement de son chantier", "trois ans après la fin des travaux", "six
# years after the start of construction"): how long the thing has been coming, history, not
# a step of the news.
_TIME_SINCE_WORKS_RX = re.compile(
    r"(?<![\w])(?:ans|annees|mois|years|months|decennies|decades?)\s+(?:apres|after)\s+"
    r"(?:(?:le|la|l'|the)\s*)?(?:debut|lancement|demarrage|fin|start|beginning|launch|end)\s+"
    r"(?:des|du|de|d'|of)\s*(?:(?:la|l'|son|sa|ses|leurs?|the|its|their)\s*)?$"
)


# Under works, said of the thing in passing: between commas (", currently under
# construction,", ", en cours de construction en Angleterre,") or in a relative clause
# ("which is under construction", "qui est en construction"). Not "still under
# construction", which tells where the works stand.
_UNDER_WORKS = (
    r"\s*(?:(?:currently|now|actuellement)\s+)?"
    r"(?:under|en(?:\s+cours\s+de)?)\s+$"
)
_UNDER_WORKS_SET_OFF_BEFORE_RX = re.compile(r",\s*" + _UNDER_WORKS)
_UNDER_WORKS_RELATIVE_BEFORE_RX = re.compile(
    r"(?<![\w])(?:which|that|qui)\s+(?:is|are|was|were|est|sont|etait|etaient)" + _UNDER_WORKS
)
_CLAUSE_CLOSES_AFTER_RX = re.compile(r"(?:\s+[\w'-]+){0,4}\s*,")


# A sentence that opens on how the thing began, in the past: "At first, Amazon Go was open
# only as a beta test to employees", "Initially, the line was tested ...".
_AT_FIRST_RX = re.compile(r"\s*(?:at first|initially),?\s+(?:[\w'-]+\s+){0,5}?(?:was|were|had)\b")


def _read_as(
    analysis: ItemAnalysis,
    name: str,
    m: re.Match[str],
    sentence: int,
    lateness: list[tuple[int, int]],
) -> str | None:
    """What a word of the lexicon says where it stands: its own signal, another, or none."""
    if _INSTEAD_OF_RX.search(analysis.text, max(0, m.start() - 30), m.start()):
        return None  # "proceed with construction rather than cancelling it": not done
    preceding, before = _preceding_words(analysis.text, m.start())
    if PLUPERFECT.intersection(preceding) and not REPORTED_BEFORE_RX.search(
        analysis.text, analysis.sentences[sentence][0], m.start()
    ):
        return None  # "avait été retardé": what had happened before the news
    negated = (
        bool(NEGATIONS.intersection(preceding))
        or "n't" in before[-12:]
        or (name == "fulfilment" and _denied_subject(before))
    )
    modals = MODALS.intersection(preceding)
    if any(pair in NOT_YET for pair in zip(preceding, preceding[1:], strict=False)):
        # "n'a pas encore obtenu", "has not yet obtained": the "yet" is the negation's, the
        # thing is not done (late once the deadline has passed), no plan.
        modals -= {"encore", "yet"}
    modal = (
        bool(modals)
        or any(p in before for p in NEGATOR_PHRASES)
        or (("til" in before or "jusqu" in before) and bool(UNTIL_CLAUSE_RX.search(before)))
    ) and not before.rstrip().endswith(ANNOUNCING)
    if name == "fulfilment" and before.endswith("n'"):
        return None  # "n'a réussi à forer qu'un seul des 64 trous": only so much, not done
    if name == "fulfilment" and preceding[-1:] in (["be"], ["etre"]):
        return None  # "will arrive ... and be handed over", "doit être livré": not yet done
    if name == "fulfilment" and _AN_INTERVIEW_BEFORE_RX.search(before):
        return None  # "un entretien qu'il nous a accordé": an interview given, nothing done
    if name == "fulfilment" and (
        _SHARE_DONE_RX.search(
            analysis.text, max(analysis.sentences[sentence][0], m.start() - 90), m.start()
        )
        or _SHARE_DONE_RX.search(
            analysis.text, m.end(), min(analysis.sentences[sentence][1], m.end() + 12)
        )
    ):
        # "80-85% of work for the launch had been completed", "is now available to 34% of
        # UK premises": a part done.
        return "step"
    if (
        name == "fulfilment"
        and m.group(0).startswith("commencement")
        and _AWAITED_BEFORE_RX.search(before)
    ):
        return None  # "hires 400 workers ahead of the commencement of production": to come
    if name == "fulfilment" and analysis.holds(_A_STEP_CLOSER_RX):
        return "step"  # "completes its first launch, bringing Cornwall a step closer to"
    if (
        name == "step"
        and m.group(0) == "stage"
        and _ON_A_STAGE_RX.search(before)
        and not _A_NUMBER_AFTER_RX.match(analysis.text, m.end())
    ):
        return None  # "Musk is on stage for the unveiling": a platform, no phase
    if name == "fulfilment" and _DEVELOPMENT_BEFORE_RX.search(before):
        return "step"  # "le développement est officiellement terminé": the release to come
    if name == "step" and _LICENCE_APPLIED_FOR_RX.match(analysis.text, m.start()):
        return None  # "submits a biologics license application": the filing, see its words
    if name == "step" and _AT_FIRST_RX.match(
        analysis.text, analysis.sentences[sentence][0], m.start()
    ):
        return None  # "At first, Amazon Go was open only as a beta test": how it began
    if name == "step" and _YEARS_OF_WORKS_RX.search(before):
        return None  # "après dix ans de travaux, la ligne est lancée": how long it took
    if (
        name == "step"
        and m.group(0) in _WORKS
        and (
            (
                _UNDER_WORKS_SET_OFF_BEFORE_RX.search(before)
                and _CLAUSE_CLOSES_AFTER_RX.match(analysis.text, m.end())
            )
            or _UNDER_WORKS_RELATIVE_BEFORE_RX.search(before)
        )
    ):
        # "la centrale de Hinkley Point C, en cours de construction en Angleterre, va
        # coûter", "the museum, which is under construction, will": the state of the thing
        # described in passing, no step of the news.
        return None
    if name == "step" and _TIME_SINCE_WORKS_RX.search(before):
        return None  # "cinq ans après le début des travaux": how long it has been coming
    if name in ("step", "fulfilment") and A_SPAN_OF_SERVICE_AFTER_RX.match(analysis.text, m.end()):
        return None  # "completed two years of operation": the thing's life since, no news
    if name == "fulfilment" and _NO_PROSPECT_RX.search(
        analysis.text, max(0, m.start() - 90), m.start()
    ):
        return None  # "no prospect of the data centres being built and opened this year"
    if (
        name == "fulfilment"
        and _WHEN_CLAUSE_RX.search(analysis.text, max(0, m.start() - 50), m.start())
        and not _PAST_FORM_RX.search(m.group(0))
        and not _PAST_AFTER_RX.match(analysis.text, m.end())
    ):
        return None  # "After Vulcan comes online, ULA plans to ...": a time to come
    if name == "fulfilment":
        if negated and _speaks_of_time(analysis, sentence):
            return "not in time"
        if negated and not modal:
            return "not done"  # late only once the deadline has passed (see `decide`)
        if negated or modal or dated_away(analysis, sentence, m.span()):
            return None
        if _years_ago_after(analysis.text, m.end()):
            return None  # "was launched nearly seven years ago": the past
        if _A_SPAN_SINCE_BEFORE_RX.search(
            analysis.text, max(analysis.sentences[sentence][0], m.start() - 90), m.start()
        ):
            # "more than ten years after Chandrayaan-1, the first mission, was launched":
            # what a time is counted from is the past of the news.
            return None
        if FUTURE_AFTER_RX.match(analysis.text, m.end()):
            return None  # "cette mise en service commercial sera précédée de": yet to come
        if _SOON_AFTER_RX.match(analysis.text, m.end()):
            return None  # "first India outlet opens tomorrow": the present of a time ahead
        if _THIS_WEEK_AFTER_RX.match(analysis.text, m.end()) and (
            not (
                _PAST_FORM_RX.search(m.group(0))
                or _IRREGULAR_PAST_RX.match(m.group(0))
                or _A_STATE_RX.search(m.group(0))
            )
            or _BEING_BEFORE_RX.search(before)
        ):
            return None  # "opens its doors this week": the week told in, the event ahead
        if _from_a_day_ahead(analysis, sentence, m.end()):
            return None  # "goes on sale from February 25", said in January: a date set
        if not _PAST_FORM_RX.search(m.group(0)) and _a_day_ahead_after(analysis, sentence, m.end()):
            return None  # "inaugure le 19 octobre", said on the 12th: a day set, not done
        if sentence == 0 and _told_ahead_below(analysis, m.group(0)):
            return None  # "la banque lance sa plateforme" over "va lancer le mardi 30"
        if _SOON_BEFORE_RX.search(before):
            return None  # "le tramway bientôt mis en service": yet to come
        if _A_LIST_JOINED_RX.match(analysis.text, m.end()):
            return None  # "joins the list of delayed games": one among others, nothing done
        if _A_REFUSAL_AFTER_RX.match(analysis.text, m.end()):
            return None  # "receives complete response letter from FDA": a refusal received
        if "nnonc" in m.group(0) and _announced_for_later(analysis, sentence, m.end()):
            return None  # "annonce le lancement de la production pour ce printemps": a plan
        if m.group(0) in ("livree", "livrees") and LIVERY_BEFORE_RX.search(before):
            return None  # "sa nouvelle livrée rouge": the livery, a noun, nothing delivered
        if (
            m.group(0).startswith(("obten", "obtain"))
            and _BY_AN_AGENT_RX.match(analysis.text, m.end())
            and _OBTAINED_BY_A_SOURCE_RX.search(before)
        ):
            return None  # "des documents internes, obtenus par Radio-Canada": a source's scoop
        if m.group(0).startswith(("a obten", "obten", "obtain", "has obtain")) and (
            _A_COPY_RX.match(analysis.text, m.end())
        ):
            return None  # "une décision dont l'AFP a obtenu une copie": the press's copy
        if _OPENS_A_WAY_RX.match(analysis.text, m.end()) and re.search(r"(?:ouv|open)", m.group(0)):
            return None  # "il ouvre la porte à", "opens the way for": a figure of speech
        if m.group(0).startswith(("a ", "ont ")) and before.endswith("qu'"):
            # "voilà ce qu'a lancé le maire", "les indications qu'a reçues la ministre": what
            # someone said or was told, the verb's subject after it; nothing launched.
            return None
        if m.group(0) in _MONEY_VERBS and (
            _MONEY_BEFORE_RX.search(before) or _MONEY_AFTER_RX.match(analysis.text, m.end())
        ):
            return "step"  # "€530 million was awarded for works": money for it, a step
        if m.group(0) in _RECEIVING_VERBS and _ASSURANCES_AFTER_RX.match(analysis.text, m.end()):
            return "on track"  # "a reçu les garanties de la livraison le 30": the date held
        if m.group(0) in _MONEY_VERBS and _A_CONTRACT_AFTER_RX.match(analysis.text, m.end()):
            return "step"  # "has awarded BT the final LOT 1 contract": the work let, a step
        if "decroch" in m.group(0) and _REFLEXIVE_BEFORE_RX.search(before):
            return None  # "un pan du bâtiment s'est décroché": came loose, nothing won
        if _TO_THE_PRESS_RX.match(analysis.text, m.end()):
            return "step"  # "opened its doors to media representatives": a preview
        if _ORDERS_AFTER_RX.match(analysis.text, m.end()):
            return "step"  # "ouvre les précommandes", "now open for booking": sales ahead
        if m.group(0).startswith("lance") and _SPEAR_BEFORE_RX.search(before):
            return None  # "Kinéis, fer de lance des ambitions françaises": a spearhead
        if _PURPOSE_BEFORE_RX.search(before):
            return None  # "devait être lancé début 2024 pour être pleinement opérationnel"
        if _TO_HAVE_IT_BEFORE_RX.search(
            analysis.text, max(analysis.sentences[sentence][0], m.start() - 60), m.start()
        ):
            return None  # "intent to have the first satellite launched in 2022": an aim
        if m.group(0) in COMPLETION_NOUNS and _delay_follows(analysis.text, m.end()):
            return None  # "production start pushed back": the delay's subject
        if DELAYING_VERB_BEFORE_RX.search(_CLAUSE_BREAK.split(before)[-1]):
            return None  # "delays Project Kuiper satellite launches": the delay's object
        if (
            m.group(0).endswith("ed")
            and _ATTRIBUTE_BEFORE_RX.search(before)
            and _NOUN_AFTER_RX.match(analysis.text, m.end())
        ):
            return None  # "a finalized reduction in its subsidies": said of another thing
    elif name == "ended":
        # Read as a completion is: "will stop broadcasting" or "has not ceased" is no end.
        if negated or modal or dated_away(analysis, sentence, m.span()):
            return None
    elif name == "delay":
        if negated or any(s <= m.start() < e for s, e in lateness):
            return None
        if NOT_A_SLIP_RX.match(analysis.text, m.start()):
            return None  # "slipped through the cracks": out of sight, not late
        if DENYING.intersection(preceding):
            return "on track"  # "dément tout retard": the promiser says it is on time
        if dated_away(analysis, sentence, m.span(), history_only=True):
            return None  # "placé en pause en mai 2024", read in 2026: the past
        if _moved_to_a_date_gone_by(analysis, sentence, m.start()) and not m.group(0).endswith(
            ("window", "windows")
        ):
            # "reporté au fil du temps jusqu'en 2024", read in 2025: the past (not the window
            # a thing is pushed out of: "out of its early 2023 window", read in May 2023).
            return None
        if _a_drop_then(analysis.text, m.end()):
            return None  # "met en pause puis abandonne", "paused, then scrapped": the later
        if _not_the_things_slip(analysis.text, m, preceding):
            return None
    elif name == "denial":
        if m.group(0) == "shelves" and _SHELVES_AS_A_NOUN.intersection(preceding[-1:]):
            return None  # "its first weekend on shelves", "hit the store shelves": a noun
        decided = (
            preceding[-1:] == ["to"]
            and preceding[-2:-1] != []
            and preceding[-2] in DECISIONS
            and not MODALS.intersection(preceding[:-1])
        )
        if not decided and (m_future := DECIDED_FUTURE_RX.search(before)):
            earlier, _ = _preceding_words(analysis.text, m.start() - len(m_future.group(0)))
            decided = not MODALS.intersection(earlier)
        if modals == {"before"} and _BEFORE_A_SUBJECT_RX.search(before):
            past = m.group(0).split()[0]
            decided = decided or past.endswith("ed") or past in ("tore", "gave")
        if negated or (modal and not decided):
            return None
        if analysis.holds(_ANOTHER_DATE_RX):
            return "delay"  # "launch called off ... the revised launch date will be announced"
        if _BEFORE_A_DATE_RX.match(analysis.text, m.end()):
            return "delay"  # "ne verra pas le jour avant 2031": not dropped, not before then
        if m.group(0) in _BARE_DROP_VERBS and not decided:
            return None  # "customers can cancel their orders": only a decision drops it
        if CLOSED_DOWN_RX.fullmatch(m.group(0)) and _FOR_A_TIME_RX.search(
            analysis.text, m.end(), analysis.sentences[sentence][1]
        ):
            return None  # "production shut down for two weeks": a halt, not the end
        if DENYING.intersection(m.group(0).split()) and SIGNAL_RX["delay"].search(
            analysis.text, m.end(), m.end() + 25
        ):
            return None  # what is denied is a delay, not the promise
        if _A_REQUEST_BEFORE_RX.search(before) or _A_REQUEST_AFTER_RX.match(analysis.text, m.end()):
            return None  # "a request that T-Mobile denied": the request is refused
        if _TIME_SINCE_BEFORE_RX.search(analysis.text, max(0, m.start() - 60), m.start()):
            return None  # "five months after publicly scrapping it": the story before the news
        if m.group(0).startswith("annul") and _a_courts_annulment(analysis, m, preceding):
            # A court's ruling: "le tribunal administratif a annulé l'autorisation", "annulé
            # en justice", or, in an item that names the court, the annulment told with no
            # one doing it ("l'annulation du chantier", "les travaux sont annulés"). A court
            # undoes the go-ahead and the promiser gives nothing up: the thing is held up, as
            # by a licence revoked (REVOKED_RX). Not "Apple annule son projet".
            return "late risk"
    elif name == "hedged denial":
        if "arret" in m.group(0) and _A_NAME_AFTER_RX.match(analysis.source, m.end()):
            return None  # "à l'arrêt Université Paul Sabatier": a stop of the line, by name
        if WORKS_BEFORE_RX.search(before):
            return "delay"  # "le chantier est à l'arrêt": the works paused
        if _BEFORE_A_DATE_RX.match(analysis.text, m.end()):
            return "delay"  # "might not be completed until 2026": done, but not before then
    elif name == "on track":
        if negated:
            return "late risk"  # "not on track"
        if _AS_PLANNED_RX.match(m.group(0)) and _NEGATED_CLAUSE_RX.search(
            _CLAUSE_BREAK.split(analysis.text[max(0, m.start() - 60) : m.start()])[-1]
        ):
            # "won't be coming out in 2021 as planned", "ne sera pas livré en 2021 comme
            # prévu": the plan is not kept.
            return "late risk"
        if _IF_ALL_GOES_RX.search(before):
            return None  # "si tout va comme prévu, la production débutera": a hedge, no verdict
    elif name == "step" and negated and not modal and m.group(0) in INAUGURATED:
        # "has not been inaugurated yet", "n'a toujours pas été inauguré": the opening has not
        # happened (late once the deadline has passed, see `decide`).
        return "not done"
    elif (
        name == "step"
        and (
            # "une nouvelle installation de production": a facility, not works to install.
            (m.group(0) == "installation" and _A_FACILITY_RX.match(analysis.text, m.end()))
            # "ses installations existantes", "its installations in Wichita": the sites it has,
            # not works to install.
            or (m.group(0) == "installations" and preceding[-1:] and preceding[-1] in _POSSESSIVES)
            or STEP_CONTEXT.intersection(preceding)
            or _REVOKED_BEFORE_RX.search(_CLAUSE_BREAK.split(before)[-1])
            or _CHALLENGED_BEFORE_RX.search(
                _CLAUSE_BREAK.split(analysis.text[max(0, m.start() - 70) : m.start()])[-1]
            )
            or FIGURE_PEAK_RX.match(analysis.text, m.start())
            or (("charg" in before or "respons" in before) and ROLE_BEFORE_RX.search(before))
            or BACKGROUND_CLAUSE_RX.search(analysis.text, max(0, m.start() - 80), m.start())
            or (m.group(0) in STEP_AS_VERDICT and VERDICT_BEFORE_STEP.intersection(preceding[-1:]))
            or modal
            # "has not received the go-ahead", "n'a pas reçu le feu vert": no step taken.
            or _STEP_NEGATIONS.intersection(preceding)
            or "n't" in before[-12:]
            or _infinitive_before(analysis.text, m.start())
            or dated_away(analysis, sentence, m.span(), history_only=True)
        )
    ):
        return None  # "after a long audit", "the works began in 2004": the past
    return name


# A step word that a revoking or refusing verb governs ("revokes Fibrenord's licence",
# "a refusé d'autoriser la mise en service"): no step (see lexicon.REVOKED_RX).
_REVOKED_BEFORE_RX = re.compile(
    r"(?<![\w'])(?:revok\w*|refus\w*|block\w*|annul\w*|rescind\w*|bloqu\w*"
    r"|suspend\w*)\s+(?:[\w'-]+\s+){0,4}$"
)


# A step word that a challenge in law governs ("residents challenge the biogas permit in
# court", "l'association conteste l'autorisation", "take the farm to court over its
# licence", "réclame ... devant la Haute Cour pour des travaux"): the news is the case, no
# step taken. "challenges" as a noun ("challenges in construction") is no verb.
_CHALLENGED_BEFORE_RX = re.compile(
    r"(?<![\w'])(?:contest\w*|challeng(?:e|es|ed|ing)"
    r"(?!\s+(?:in|of|to|for|with|and|on|at|from|as|during|ahead|facing|remain)\b)"
    r"|sues?|sued|suing|lawsuits?\s+(?:over|against)|recours\s+contre"
    r"|(?:to|in|before)\s+court\s+over"
    r"|devant\s+(?:le|la)\s+(?:haute\s+)?(?:tribunal|cour)(?:\s+administratif)?(?:\s+pour)?)"
    r"\s+(?:[\w'-]+\s+){0,4}?(?:[a-z]+')?$"
)


# Money obtained for the promised thing is financing, a step toward it, not the thing: "€530
# million was awarded for works", "secured $2bn in funding", "a obtenu 300 millions d'euros".
_MONEY_VERBS = frozenset(
    {"obtained", "obtains", "has obtained", "secured", "secures", "awarded", "granted",
     "receives", "received"}
)  # fmt: skip
_MONEY = (
    r"(?:[€$£]\s?\d[\d.,]*(?:\s?(?:million|billion|bn|m|k)\b)?"
    r"|\d[\d.,]*\s?(?:million|billion|bn|milliards?|millions?|m)\s?(?:d'|de\s)?"
    r"(?:euros?|dollars?|pounds?|livres?|[€$£])"
    r"|\d[\d.,]*\s?(?:[€$£]|euros?|dollars?|pounds?))"
)
_MONEY_BEFORE_RX = re.compile(_MONEY + r"[^.;:,]{0,20}$")
_MONEY_AFTER_RX = re.compile(r"\s+(?:(?:a|an|the|its|un|une)\s+)?" + _MONEY)
# A contract won or let for the promised work is a step toward it: "awarded BT the final LOT
# 1 contract", "secured a contract to build", "a obtenu le contrat".
_A_CONTRACT_AFTER_RX = re.compile(
    r"\s+(?:[^\s.;:]+\s+){0,6}?(?:contracts?|contrats?|tenders?|concession)(?![\w])"
)


# Assurances received that the promise will be kept are the promise said again, not the
# thing received: "le ministre a reçu les garanties de la livraison du stade le 30
# novembre", "obtained fresh assurances that the line will open in May".
_RECEIVING_VERBS = frozenset(
    {"obtained", "obtains", "has obtained", "secured", "secures", "receives", "received",
     "a recu", "recoit", "obtient", "a obtenu", "ont obtenu", "ont recu"}
)  # fmt: skip
_ASSURANCES_AFTER_RX = re.compile(
    r"\s+(?:[\w'-]+\s+){0,2}?(?:(?:les|des|la|l'|une|de|the|an|a|its|their|fresh|new|firm)\s*)?"
    r"(?:garanties?|assurances?|engagements?|promesses?|guarantees?|commitments?|pledges?|"
    r"reassurances?)(?![\w])"
)


# Papers a newsroom obtained: "des documents internes au caucus, obtenus par Radio-Canada",
# "emails obtained by Reuters". What was obtained is the source, not the promise.
_OBTAINED_BY_A_SOURCE_RX = re.compile(
    r"\b(?:documents?|emails?|e-mails?|courriels?|letters?|lettres?|records?|notes?|memos?|"
    r"reports?|rapports?|donnees|data|informations?|figures|chiffres)\b[^.;:]{0,60}$"
)
_BY_AN_AGENT_RX = re.compile(r"\s+(?:par|by)\b")
_A_COPY_RX = re.compile(r"\s+(?:une |a )?cop(?:ie|y)\b")


# A French reflexive pronoun right before the verb: "s'est décroché" comes loose, where "a
# décroché" wins.
_REFLEXIVE_BEFORE_RX = re.compile(r"(?<![\w'])(?:s'est|se sont|se|s')\s*$")


# "If all goes as planned", "si tout se passe comme prévu": the words of a plan's hedge, not
# a report that the promise is on time.
_IF_ALL_GOES_RX = re.compile(r"(?<![\w'])(?:if|si)\s+(?:all|everything|tout)\s+(?:[\w']+\s+){0,2}$")


# A step named after an infinitive ("expected to get the final go-ahead", "de franchir ses
# prochaines étapes") is a plan: the verb's object, up to two words (an article, an
# adjective) between. "moves to the next phase" is no infinitive: an article follows "to".
_INFINITIVE_BEFORE_RX = re.compile(
    r"(?<![\w'])(?:to\s+|de\s+|d'\s*|pour\s+)(?!(?:the|a|an|its|their|le|la|les|l'|un|une|son|sa|ses"
    r"|leur|leurs|ce|cette|ces)\b)[a-z]+\s+(?:[\w']+\s+){0,2}$"
)


# A start awaited, its noun after the words of a time before it: "ahead of the commencement
# of production", "pending the commencement of production", "in preparation for".
_AWAITED_BEFORE_RX = re.compile(
    r"(?<![\w'])(?:ahead of|before|prior to|pending|awaiting|until|towards?|for)\s+"
    r"(?:the\s+)?$"
)


# An English participle after an indefinite article, a word right after it ("a finalized
# reduction in its subsidies", "a completed survey"), describes that noun: no event of the
# claim. (The French "a" is a verb: "a livré".)
_ATTRIBUTE_BEFORE_RX = re.compile(r"(?<![\w'])(?:a|an)\s+$")
_NOUN_AFTER_RX = re.compile(r"\s+[a-z]")


_LATENESS_AS_BACKGROUND = ("apres", "after", "following", "despite", "malgre")
# Nothing before a headline's first words but a note in brackets ("(no title) Deux ans de
# retard pour ...", "(Update) ..."): the headline still opens there.
_LEADS_THE_TEXT_RX = re.compile(r"\s*(?:\([^()\n]{0,40}\)\s*)?")
# A drop's bare verb counts only as the object of a decision ("agreed to terminate").
_BARE_DROP_VERBS = frozenset({"cancel", "terminate"})
# A court or its ruling named in the item ("le tribunal administratif", "la justice", "the
# High Court", "l'État a fait appel de la décision"): an annulment there is a ruling (not
# "jugé incompatible", an opinion, nor "fait appel à", calling on someone).
_A_COURT_RX = re.compile(
    r"(?<![\w'])(?:tribunal|tribunaux|cour (?:administrative|d'appel|supreme|de cassation"
    r"|constitutionnelle|europeenne)|conseil d'etat|conseil constitutionnel"
    r"|la justice|juridiction|(?:le|la|un|une|les) juges?|(?:the|a) judges?"
    # "La cour" ruling or closing its clause ("les interventions de la cour."), not a
    # courtyard ("la cour de l'école", "la cour intérieure").
    r"|cour d'assises|la cour(?=\s*(?:(?:a\s+(?:[a-z]+\s+)?)?(?:annul|jug|estim"
    r"|rejet|confirm|valid|ordonn|suspend|statu|tranch)))"
    # Closing its clause, only after "de", "devant" or "par" ("les interventions de la
    # cour."): "dans la cour, sous la pluie" is a courtyard.
    r"|(?:(?<=de )|(?<=devant )|(?<=par ))la cour(?=\s*(?:[.,;:)!?]|$))"
    # A court of law, not "tennis courts" or "the food court" of a mall, nor the words of a
    # lawsuit or a building ("a court challenge", "a court hearing room"), no ruling.
    r"|(?:the|a|high|supreme|federal|district|appeals?|appellate|crown|county|state) courts?"
    r"(?!\s+(?:hearing|room|house|challenge|case|battle|fight|action|date|filing|paper"
    r"|document|record|fee|cost)s?(?![\w]))"
    r"|annule(?:e|s|es)? en justice|appel de (?:la|cette) decision"
    r"|appeal(?:ed|s)? (?:against )?the (?:ruling|decision))(?![\w])"
)
# The court right after the annulment: "annulé en justice", "annulled by the High Court",
# "annulée par le Conseil d'État".
_A_COURT_AFTER_RX = re.compile(
    r"\s+(?:en justice|(?:par|by)\s+(?:le|la|l'|the|a)\s*(?:[\w'-]+\s+){0,2}?"
    r"(?:tribunal|cour|conseil d'etat|conseil constitutionnel|court|judge|juge))(?![\w])"
)
# The auxiliary of a passive: "les travaux sont annulés", "the permit was annulled".
_PASSIVE = frozenset(
    {"est", "sont", "etait", "etaient", "ete", "etre", "is", "are", "was", "were", "been", "be"}
)
# Another agent after a passive: "annulé par le concessionnaire", "annulled by the board".
_AN_AGENT_AFTER_RX = re.compile(r"\s+(?:par|by)\s")
# The announcer of an annulment gives the project up: "Vialor annonce l'annulation".
_ANNOUNCED_BEFORE_RX = re.compile(
    r"(?<![\w])(?:annonc|announc|decid|confirm)\w*\s+(?:(?:l'|la|le|the|its|son|sa)\s*)?$"
)
# Words that give a clause no subject of its own: "[Le tribunal, saisi par des riverains,]
# a annulé", "[The court, in a short ruling,] has annulled".
_NO_SUBJECT = frozenset(
    {"a", "ont", "avait", "avaient", "has", "have", "had", "then", "also", "puis", "aussi"}
)
# A conjunction opening another clause, with a subject of its own, between a court and the
# annulment: "the ruling came as the port authority annulled".
_ANOTHER_CLAUSE_RX = re.compile(
    r"(?<![\w'])(?:as|while|when|after|before|since|because|alors que|tandis que|parce que"
    r"|lorsque|quand|apres que|avant que)(?![\w])"
)


# What takes longer than planned is time: "is taking longer than planned", "lasted longer
# than expected", not a length ("a quay 300 metres longer than planned").
_TAKING = frozenset(
    [
        "take",
        "takes",
        "taking",
        "took",
        "taken",
        "last",
        "lasts",
        "lasting",
        "lasted",
        "need",
        "needs",
        "needed",
        "needing",
        # Work going on past its time: "is running longer than planned", "dragged on longer".
        "run",
        "runs",
        "running",
        "ran",
        "drag",
        "drags",
        "dragging",
        "dragged",
        "continue",
        "continues",
        "continued",
        "continuing",
    ]
)
# A length or a size before "longer than planned" is a thing's, not time taken.
_A_LENGTH = frozenset(
    [
        "m",
        "metre",
        "metres",
        "meter",
        "meters",
        "km",
        "kilometre",
        "kilometres",
        "kilometer",
        "kilometers",
        "ft",
        "foot",
        "feet",
        "mile",
        "miles",
        "yards",
        "inches",
        "cm",
    ]
)
# Time said before it is time taken: "six months longer than planned".
_A_SPAN_OF_TIME = frozenset(["days", "weeks", "months", "years"])
# A deferral of money owed, no project's: "a tax deferral scheme", "the deferral of loan
# repayments".
_MONEY_OWED = frozenset(
    ["tax", "loan", "payment", "repayment", "rent", "mortgage", "debt", "interest", "fee", "bill"]
)
_OF_MONEY_OWED_RX = re.compile(
    r"\s+(?:of|on)\s+(?:the\s+|their\s+|its\s+)?(?:[a-z]+\s+)?"
    rf"(?:{'|'.join(sorted(_MONEY_OWED))})s?(?![\w])"
)
# Extra time given to others, to have their say or to pay: "residents given extra time to
# comment", not to do the promised thing ("given extra time to retire its 2G network").
_TIME_TO_ANSWER_RX = re.compile(
    r"\s+to\s+(?:comment|respond|reply|apply|pay|object|register|vote|appeal"
    # Submitting or filing is the thing's own slip when it is what was promised ("given
    # extra time to submit its plan"): only others' answers count here.
    r"|(?:submit|file|lodge)\s+(?:their\s+|an?\s+|any\s+)?(?:comments?|objections?|views"
    r"|responses?|appeals?|claims?|applications?|returns?|tax returns?))"
    r"(?![\w])"
)


def _not_the_things_slip(text: str, m: re.Match[str], preceding: list[str]) -> bool:
    """Whether a delay word, read where it stands, says no slip of the promised thing: a
    length longer than planned, a deferral of money owed, extra time given to answer."""
    word = m.group(0)
    if word.startswith("longer than"):
        if _A_LENGTH.intersection(preceding[-3:]):
            return True  # "a quay 300 metres longer than planned"
        return not (
            _TAKING.intersection(preceding[-8:]) or _A_SPAN_OF_TIME.intersection(preceding[-2:])
        )
    if word.startswith(("deferral", "deferment")):
        return bool(_MONEY_OWED.intersection(preceding[-1:])) or bool(
            _OF_MONEY_OWED_RX.match(text, m.end())
        )
    if word.startswith(("given", "granted")):
        return bool(_TIME_TO_ANSWER_RX.match(text, m.end()))
    return False


def _a_courts_annulment(analysis: ItemAnalysis, m: re.Match[str], preceding: list[str]) -> bool:
    """Whether the annulment at `m` is a court's ruling: the court named right after it, or,
    in an item that names a court, the court as the annulling verb's subject, in the clause
    of the verb (or the sentence opening with it when the verb's clause has no subject of
    its own), with no other clause between; or the annulment told with no one doing it (a
    passive with no agent, a noun no one announces). Not a court named before a comma
    ("Face à un recours devant le tribunal, Vialor annule"), nor a passive with another
    agent ("annulé par le concessionnaire")."""
    text = analysis.text
    if _A_COURT_AFTER_RX.match(text, m.end()):
        return True  # "annulé par la cour", "annulled by a federal judge"
    if not analysis.holds(_A_COURT_RX):
        return False
    start = analysis.sentences[analysis.sentence_of(m.start())][0]
    clauses = _CLAUSE_BREAK.split(text[start : m.start()])
    own = clauses[-1]
    if not own.split() or set(own.split()) <= _NO_SUBJECT | ADVERBS | DAY_NAMES:
        own = text[start : m.start()]  # the sentence's subject, before an aside
    courts = list(_A_COURT_RX.finditer(own))
    if (
        courts
        and not _ANOTHER_CLAUSE_RX.search(own, courts[-1].end())
        and not _a_coordinated_subject(own[courts[-1].end() :])
    ):
        return True
    if _AN_AGENT_AFTER_RX.match(text, m.end()):
        return False  # "annulled by the Kessmouth Port Authority": its own
    if m.group(0).startswith("annulation"):
        return not _ANNOUNCED_BEFORE_RX.search(text, max(start, m.start() - 30), m.start())
    return bool(_PASSIVE.intersection(preceding[-1:]))


def _a_coordinated_subject(tail: str) -> bool:
    """Whether the words between a court and an annulment hold another clause joined by
    "and", "but", "et" or "mais" with a subject of its own ("the court upheld the permit but
    the water board annulled", "et la région a annulé"), not the court's own second verb
    ("upheld the permit but annulled", "et l'a annulé")."""
    joins = list(_A_JOIN_RX.finditer(tail))
    if not joins:
        return False
    words = set(re.findall(r"\w+", tail[joins[-1].end() :])) - {"l"}
    return bool(words - (_NO_SUBJECT | ADVERBS | DAY_NAMES))


_A_JOIN_RX = re.compile(r"(?<![\w'])(?:and|but|et|mais)(?![\w'])")


# What makes "installation" a facility: "installation de production", "installation
# industrielle", "installation nucléaire".
_POSSESSIVES = frozenset(("ses", "leurs", "nos", "vos", "its", "their", "our"))
_A_FACILITY_RX = re.compile(
    r"\s+(?:de production|de fabrication|industrielle|nucleaire|portuaire|de stockage)\b"
)
# A halt said by the delay word: "pause", "on hold", "suspended", "halted" (not "frozen",
# as often a name: "World of Frozen").
_PAUSED_RX = re.compile(r"paus|on hold|suspen|halt")
# The pause told as done, by its participle: "suspended", "halted", "suspendu", "suspendus".
_A_PAUSE_DONE_RX = re.compile(r"(?:ed|du|due|dus|dues)$")
# "ouvre la porte à", "opened the door to", "ouvre la voie": opening as a figure of speech.
_OPENS_A_WAY_RX = re.compile(r"\s+(?:la|the)\s+(?:porte|door|voie|way)\b")
# "before" or "until" right after a drop's words: "ne verra pas le jour avant 2031".
_BEFORE_A_DATE_RX = re.compile(r"\s*,?\s*(?:avant|before|until|till|jusqu'en|jusqu'a)\b")
# A prospect denied, some words before what it denies: "there was no prospect of the data
# centres being built and opened", "aucune chance de voir la ligne ouverte".
_NO_PROSPECT_RX = re.compile(
    r"\b(?:no prospect of|no chance of|no sign of|no hope of|aucune chance (?:de|d'|que)"
    r"|aucune perspective (?:de|d'))[^.;:]{0,70}$"
)
# A name right after the word, as written: "l'arrêt Université Paul Sabatier" (a stop).
_A_NAME_AFTER_RX = re.compile(r" +[A-ZÀ-Ý]")
# A clause of time in the present tells what is to come: "after Vulcan comes online",
# "once the line opens", "dès que la ligne ouvre".
_WHEN_CLAUSE_RX = re.compile(
    r"(?<![\w'])(?:after|once|when|until|as soon as|des que|une fois que|lorsque|quand"
    r"|jusqu'a ce que)\s+(?:[\w'-]+\s+){0,4}$"
)
# A completion word in a past form ("opened", "a ouvert", "est entre"): history, read as such.
_PAST_FORM_RX = re.compile(r"ed\b|^(?:a|ont|est|sont|avait|avaient|had|has|have|was|were)\s")
# A past verb right after a noun that is the completion word: "after the first passengers
# were welcomed".
_PAST_AFTER_RX = re.compile(r"\s+(?:were|was|had|have|has|a|ont|sont|est|ete)\b")
# What sets a later phase beside the date kept: "by the end of 2021, while the full
# implementation is expected in 2022" (not "passant d'un horizon fin 2025 à 2030", a move);
# a clause of "with" after a comma adds the later phase the same way: "partial operations
# may start in 2025, with full operation slated in 2027".
_THEN_ANOTHER_PHASE_RX = re.compile(
    r"\b(?:while|whereas|alors que|tandis que|then|puis)\b|,\s+(?:with|avec)\b"
)
# What was set aside for what was done: "rather than cancelling it", "plutôt que de
# reporter", "au lieu d'abandonner".
_INSTEAD_OF_RX = re.compile(
    r"\b(?:rather than|instead of|plutot que(?: de| d')?|au lieu de|au lieu d')\s*$"
)


def _announced_for_later(analysis: ItemAnalysis, sentence: int, end: int) -> bool:
    """Whether a launch announced ("annonce le lancement de ...") is set for a date after the
    item, a few words on in its sentence: the launch is planned, not made."""
    return any(
        d.span[0] >= end
        and _word_distance(analysis, (end, end), d.span) <= 12
        and (d.window.end or d.window.start or dt.date.min) >= analysis.published_on
        for d in analysis.deadlines_in([sentence])
    )


def _moved_to_a_date_gone_by(analysis: ItemAnalysis, sentence: int, start: int) -> bool:
    """Whether the date a delay moved the promise to, a few words after the delay word, is
    already over when the item is published: a move told as the past ("l'abandon des
    cookies, reporté au fil du temps jusqu'en 2024, ne s'est pas fait", read in 2025)."""
    if not YEAR_RX.search(analysis.text, start, analysis.sentences[sentence][1]):
        return False
    moved_to = next(
        (
            d
            for d in analysis.deadlines_in([sentence])
            if d.span[0] >= start and _word_distance(analysis, (start, start), d.span) <= 6
        ),
        None,
    )
    return (
        moved_to is not None
        and moved_to.window.end is not None
        and moved_to.window.end < analysis.published_on
    )


def _delay_follows(text: str, end: int) -> bool:
    """Whether a delay or a drop is said, three words or fewer on in its clause, of the
    completion noun ending at `end`."""
    clause = _CLAUSE_BREAK.split(text[end : end + 60])[0]
    for rx in (SIGNAL_RX["delay"], SIGNAL_RX["denial"]):
        found = rx.search(clause)
        if found and len(_WORD.findall(clause[: found.start()])) <= 3:
            return True
    return False


# What follows a pause or a slip in the same clause: "puis", "then", "before", "avant de".
_THEN_RX = re.compile(
    r"(?:\s+[\w'-]+){0,3}?\s*,?\s+(?:(?:and|et)\s+)?(?:puis|then|later|ensuite|before|avant\s+d[e'])"
    r"\s*(?:(?:being|d'etre|etre|was|were|it|l'|le|la|les)\s+)?"
)


def _a_drop_then(text: str, end: int) -> bool:
    """Whether a drop follows the delay as the later state, joined by "then", "puis",
    "before": "met en pause puis abandonne sa gigafactory", "paused, then scrapped"."""
    m = _THEN_RX.match(text, end)
    return m is not None and SIGNAL_RX["denial"].match(text, m.end()) is not None


def _years_ago_after(text: str, end: int) -> bool:
    """Whether the clause after a completion word says it was years ago ("was launched by
    the First Minister nearly seven years ago")."""
    if "ago" not in text and "il y a" not in text:
        return False
    clause = _CLAUSE_BREAK.split(text[end : end + 80])[0]
    # Not past the sentence's end: "est officiellement terminée. La fin d'un chantier
    # imaginé il y a dix ans" was finished now.
    clause = re.split(r"[.!?](?:\s|$)", clause)[0]
    return bool(YEARS_AGO_RX.search(clause))


def _infinitive_before(text: str, start: int) -> bool:
    before = re.sub(r"\s*[\"\u00ab\u00bb\u201c\u201d]\s*", " ", text[max(0, start - 50) : start])
    m = _INFINITIVE_BEFORE_RX.search(before)
    if m is None:
        return False
    verb = re.findall(r"[a-z]+", m.group(0))[1]
    # An English infinitive follows "to"; a French one ends in -er, -ir or -re.
    return m.group(0).startswith("to") or verb.endswith(("er", "ir", "re"))


# A subject denied by its determiner ("no wallet has been deployed or certified", "aucun
# site n'a été ouvert"): the clause's verb, however far, has not happened.
_DENIED_SUBJECT_RX = re.compile(
    r"(?<![\w'])(?:no|none of|neither|nor|aucun|aucune|ni)\s+(?:[\w'-]+\s+){0,6}$"
)


# Words before "shelves" that make it the noun: "on shelves", "store shelves".
_SHELVES_AS_A_NOUN = frozenset(
    ("on", "the", "store", "stores", "its", "their", "off", "from", "onto", "retail", "empty")
)
# An interview granted: "dans un entretien qu'il nous a accordé", "an interview granted to".
_AN_INTERVIEW_BEFORE_RX = re.compile(
    r"(?<![\w'])(?:entretiens?|interviews?|entrevues?)\s+(?:[\w']+\s+){0,4}$"
)
# A request refused, not the promise: "Dish requested that T-Mobile maintain the network,
# a request that T-Mobile denied", "denied the request to extend", "a rejeté la demande".
_REQUEST = (
    r"(?:requests?|demands?|calls?|appeals?|pleas?|petitions?|demandes?|requetes?|recours"
    r"|sollicitations?)"
)
_A_REQUEST_BEFORE_RX = re.compile(
    rf"(?<![\w']){_REQUEST}\s+(?:that|which|qui|que|qu')\s*(?:[\w'-]+\s+){{0,3}}$"
)
_A_REQUEST_AFTER_RX = re.compile(
    rf"\s+(?:the|a|an|their|its|his|her|this|that|la|le|les|sa|son|ses|leur|leurs|cette)\s+"
    rf"(?:[\w'-]+\s+)?{_REQUEST}(?![\w])"
)


def _denied_subject(before: str) -> bool:
    return bool(_DENIED_SUBJECT_RX.search(_CLAUSE_BREAK.split(before)[-1]))


def _drop_overlaps(signals: list[Signal]) -> list[Signal]:
    """Of signals on the same words, the longest stays ("ne verra pas le jour" is a denial,
    not the completion "verra"); equal spans keep every name."""
    kept = []
    for s in signals:
        if not any(
            o is not s
            and o.start <= s.start
            and s.end <= o.end
            and (o.end - o.start) > (s.end - s.start)
            for o in signals
        ):
            kept.append(s)
    return kept


def _speaks_of_time(analysis: ItemAnalysis, sentence: int) -> bool:
    # A year counts too: the deadline parser refuses "pas terminé en 2024" as a whole.
    start, end = analysis.sentences[sentence]
    return bool(
        IN_TIME_RX.search(analysis.text, start, end)
        or YEAR_RX.search(analysis.text, start, end)
        or analysis.deadlines_in([sentence])
    )


def dated_away(
    analysis: ItemAnalysis, sentence: int, span: tuple[int, int], *, history_only: bool = False
) -> bool:
    """Whether the date nearest the words at `span`, in their sentence, lies far from the
    item: history ("launched in 2013") or a plan. The nearest decides: "two years after
    its failure in December 2022, the rocket lifted off on Thursday 5 December" is news."""
    start, end = analysis.sentences[sentence]
    years = [int(year) for year in YEAR_RX.findall(analysis.text, start, end)]
    # "next year", "le mois prochain" date a plan as a year does; a relative past ("last
    # year") is never more than a year back, so no history: not looked for then.
    relative = not history_only and relative_time(analysis.text[start:end])
    if not years and not relative:
        return False  # no year: no history or plan (and no need to parse)
    if years and history_only and min(years) >= analysis.published_on.year:
        return False  # none in the past: no history
    found = analysis.deadlines_in([sentence])
    if history_only:
        # The plan that was missed dates no slip: "le projet a pris beaucoup de retard :
        # initialement la centrale devait être mise en service à l'hiver 2016-2017".
        found = [
            d
            for d in found
            if not _MISSED_PLAN_BEFORE_RX.search(analysis.text, max(0, d.span[0] - 60), d.span[0])
        ]
    # A date inside an aside that opens on a participle dates that participle, not the verb
    # outside it: "the plant, pushed back in 2025 amid weak demand, started production".
    found = [d for d in found if not _in_an_aside(analysis.text, (start, end), d.span, span)]
    if not found:
        return False
    nearest = min(found, key=lambda d: _char_distance(d.span, span))
    if (
        not YEAR_RX.search(nearest.text)
        and not relative_time(fold(nearest.text))
        and nearest.window.precision != "day"
    ):
        return False  # a month or season said without its year is no far date
    last = _end(nearest)
    if last < analysis.published_on - dt.timedelta(days=_HISTORY_DAYS):
        return True
    first = nearest.window.start or last
    return not history_only and first > analysis.published_on + dt.timedelta(days=_PLAN_DAYS)


# An aside's opening participle, an adverb before it allowed: "pushed back in 2025", "first
# announced in 2019", "annoncée en 2019", "reportée en 2025".
_PARTICIPLE_OPENS_RX = re.compile(
    r"\s*(?:[a-z]+ly\s+|first\s+|d'abord\s+|initialement\s+)?"
    r"(?!(?:cette|notre|votre|entre|comme|contre|chaque|quelques?|presque|elles)\s)"
    r"[a-z]{3,}(?:ed|en|ee|ees|es|e|ue|ues|u|us)(?:\s+(?:back|up|off|out))?\s"
)


def _in_an_aside(
    text: str, sentence: tuple[int, int], date: tuple[int, int], span: tuple[int, int]
) -> bool:
    """Whether the date stands in an aside between commas that opens on a participle and does
    not hold the words at `span`."""
    left = text.rfind(",", sentence[0], date[0])
    right = text.find(",", date[1], sentence[1])
    if left < 0 or right < 0 or left < span[0] < right:
        return False
    return _PARTICIPLE_OPENS_RX.match(text, left + 1) is not None


def _char_distance(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, b[0] - a[1], a[0] - b[1])


def _near(analysis: ItemAnalysis, a: Signal, b: Signal) -> bool:
    """Whether a step word qualifies a completion word: in the same clause ("le tunnel de la
    ligne 15 Sud ... est terminé"), or a few words away across a comma."""
    if a.sentence != b.sentence:
        return False
    first, second = (a, b) if a.start < b.start else (b, a)
    if not _CLAUSE_BREAK.search(analysis.text, first.end, max(first.end, second.start)):
        return True
    return _word_distance(analysis, (a.start, a.end), (b.start, b.end)) <= EVENT_REACH // 2


def _word_distance(analysis: ItemAnalysis, a: tuple[int, int], b: tuple[int, int]) -> int:
    if a[0] < b[1] and b[0] < a[1]:
        return 0
    first, second = (a, b) if a[0] < b[0] else (b, a)
    return max(0, analysis.word_index(second[0]) - analysis.word_index(first[1] - 1))


def _decisive(analysis: ItemAnalysis, signals: list[Signal]) -> Signal | None:
    """The signal that decides: in the earliest sentence holding one, the first by
    SIGNAL_ORDER. A denial counts only when nothing in the item says it is delayed, or when
    the headline tells it and no delay ("Brittany Ferries renonce au Honfleur", over the
    story of its delivery "repoussée d'un an"): the headline is the news, unless the item
    calls it a pause ("plan shelved", then "on hold"; "met à l'arrêt", then "suspend"; not a
    pause told as what came before, "after placing it on pause", `_paused_before`) or the
    headline shelves it ("NBI shelves plan to deliver broadband plan in five years"), which
    the body's delay says is a pause."""
    delayed, headline_delayed = analysis.delayed(), analysis.headline_delayed()
    usable = [
        s
        for s in signals
        if not (
            SIGNAL_KINDS[s.name] == EvidenceKind.DENIAL
            and delayed
            and (
                s.sentence != 0
                or headline_delayed
                or s.text.startswith("shelv")
                or _EVENT_AFTER_RX.match(analysis.text, s.end) is not None
            )
        )
    ]
    if not usable:
        return None
    first_sentence = min(s.sentence for s in usable)
    in_sentence = [s for s in usable if s.sentence == first_sentence]
    return min(in_sentence, key=lambda s: (SIGNAL_ORDER.index(_effective(s)), s.start))


# What a headline cancels is one of the thing's events ("Arena cancels star's opening gig"):
# with a delay told in the item, the event is put off, the thing not dropped.
_EVENT_AFTER_RX = re.compile(
    r"(?:\s+[\w'-]+){0,3}?\s+(?:gigs?|concerts?|shows?|performances?|spectacles?"
    r"|representations?)(?![\w])"
)


# A drop counted in time before the news: "five months after publicly scrapping the first
# version", "deux ans après avoir abandonné le projet". What the item tells is what came since
# (the thing taken up again, sold, judged); a bare "after" may tell the drop as the news
# ("the firm was wound up after abandoning the plant").
_TIME_SINCE_BEFORE_RX = re.compile(
    r"\b(?:days?|weeks?|months?|years?|decades?|jours|semaines|mois|ans|annees)\s+"
    r"(?:after|apres(?:\s+avoir)?)\s+(?:[\w'-]+\s+){0,2}$"
)
# A span of time counted from what follows it, in its clause ("ten years after Chandrayaan-1
# was launched", "deux ans après que la ligne a été ouverte").
# The completion is the verb of that clause, after its auxiliary: not a main clause after a
# phrase ("two years after the failure of its launcher, Orbis 7 lifted off" is news).
_A_SPAN_SINCE_BEFORE_RX = re.compile(
    r"\b(?:days?|weeks?|months?|years?|decades?|jours|semaines|mois|ans|annees)\s+"
    r"(?:after|apres\s+que?)\s+[^.;:!?]{0,80}\s(?:was|were|had\s+been|has\s+been|a\s+ete"
    r"|ont\s+ete|avait\s+ete|a|ont|avait)\s+(?:[\w'-]+\s+)?$"
)
# A pause told as what came before the news: "the delivery of which had been put on hold",
# "ten months after placing the programme on an indefinite pause", "paused earlier this year".
_PAUSED_BEFORE_RX = re.compile(r"\b(?:had|after|avait|apres)\b(?:(?![.;,]).){0,50}$")
_PAUSED_EARLIER_RX = re.compile(r"\W{0,3}\s*(?:earlier|last year|l'an dernier|plus tot)\b")


def _of_another_duty_or_step(
    analysis: ItemAnalysis, signal: Signal, term_spans: list[tuple[int, int]]
) -> bool:
    """Whether a duty in force or a missing date is said of something the claim's words do
    not name: "no date" for a thing it names ("There is still no date for its night
    service", "toujours pas de date pour le service de nuit") counts only in a sentence that
    names the claim (alone, "Areva ne souhaite fixer aucune nouvelle date", it is the date of
    what the item tells); "has been mandatory" only in the clause that names the claim
    ("masks have been mandatory inside since March", after a semicolon, is some other duty)."""
    if signal.name == "not done" and NO_DATE_RX.fullmatch(signal.text):
        return _NO_DATE_FOR_RX.match(analysis.text, signal.end) is not None and not any(
            analysis.sentence_of(a) == signal.sentence for a, _ in term_spans
        )
    if signal.name == "fulfilment" and MANDATORY_RX.fullmatch(signal.text):
        return not any(
            analysis.sentence_of(a) == signal.sentence
            and ";" not in analysis.text[min(b, signal.end) : max(a, signal.start)]
            for a, b in term_spans
        )
    return False


# What a missing date is for, named after it: "no date yet for the night service", "pas de
# date pour l'extension".
_NO_DATE_FOR_RX = re.compile(r"\s+(?:yet\s+|encore\s+)?(?:(?:for|pour|on|de|du|des)(?![\w])|d')")


def _paused_before(analysis: ItemAnalysis, signal: Signal) -> bool:
    return bool(
        _PAUSED_BEFORE_RX.search(analysis.text, max(0, signal.start - 60), signal.start)
        or _PAUSED_EARLIER_RX.match(analysis.text, signal.end)
    )


def _effective(signal: Signal) -> str:
    return "step" if signal.demoted else signal.name


def _says(rx: re.Pattern[str], statement: str) -> bool:
    """Whether a claim's (folded) statement holds a match of `rx`: asked once per claim, not
    once per item it is a candidate for. Remembered under the pattern's source and flags,
    which name it as well as the pattern does (the same source and flags compile to the same
    pattern): hashing a compiled pattern hashes its whole compiled code at every call, some
    microseconds for the larger ones, 110,000 calls for 10,000 items against 10,000 claims;
    a string keeps its hash."""
    key = (rx.pattern, rx.flags)
    if key not in _SAID_OF:
        _SAID_OF[key] = rx
    return _said(key, statement)


# The patterns `_says` was asked about (module constants), under their source and flags.
_SAID_OF: dict[tuple[str, int], re.Pattern[str]] = {}


@functools.lru_cache(maxsize=65_536)
def _said(key: tuple[str, int], statement: str) -> bool:
    return _SAID_OF[key].search(statement) is not None


def decide(
    analysis: ItemAnalysis,
    *,
    term_spans: list[tuple[int, int]],
    step_spans: list[tuple[int, int]],
    deadline_end: dt.date | None,
    promises_a_first: bool = False,
    deadline_start: dt.date | None = None,
    statement: str = "",
    name_spans: list[tuple[int, int]] | None = None,
    date_spans: list[tuple[int, int]] | None = None,
    subject: str = "",
    headed: bool = False,
    another_place: Callable[[tuple[int, int]], bool] | None = None,
) -> Reading | None:
    """The kind the item reports about a claim whose words stand at `term_spans` (its step
    words, for a claim that is a step, at `step_spans`); None when it reports nothing.

    `deadline_end` is the claim's deadline in force: a new date later than it is a delay
    (when the claim `promises_a_first`, only a date said of a first). `headed`: the item's
    headline names the claim, which makes a step told anywhere in it the claim's.
    `another_place`: whether another named place qualifies the word at a span (the claim's
    thing named by its kind elsewhere, see `score._at_another_place`).
    """
    overdue = deadline_end is not None and analysis.published_on > deadline_end
    first_of_a_series = _says(FIRST_OF_A_SERIES_RX, statement) and not analysis.holds(FIRST_RX)
    signals = [
        _as_claims_step(
            analysis,
            # The subject may name what is promised too ("entry into service (first delivery
            # to the launch operator)").
            _shipment_arrived(
                analysis,
                _inauguration(
                    analysis, _side_event(analysis, s, f"{statement} {subject}"), statement
                ),
                statement,
            ),
            step_spans,
        )
        for s in _without_the_promised_thing(analysis, _ends(analysis, statement), statement)
        if not _said_of_an_affair(analysis, s, statement, term_spans)
        # An outcome word written as a name after the first word of a name of the claim's is
        # that name, no signal: "Frozen" in "World of Frozen", the land promised.
        and not (
            s.name != "step"
            and analysis.source[s.start : s.start + 1].isupper()
            and any(a < s.start and s.end <= b for a, b in term_spans)
        )
        if (s.name != "not done" or overdue)  # "still not obtained", after the deadline
        and not _of_another_duty_or_step(analysis, s, term_spans)
        # A claim promising the first of a series ("the first batch of satellites") is not
        # fulfilled or delayed by news of a launch that speaks of no first: a later one.
        and not (first_of_a_series and SIGNAL_KINDS[s.name] != EvidenceKind.PROGRESS)
    ]
    if overdue:
        # Under works since some time, once the deadline has passed, is not done: "le métro,
        # en construction depuis trois décennies", "under construction since 2015".
        signals = [replace(s, name="not done") if _under_works(analysis, s) else s for s in signals]
    if analysis.holds(_AT_LAST_RX):
        signals = sorted(
            signals + _done_at_last(analysis, statement, term_spans), key=lambda s: s.start
        )
    if _says(APPROVAL_PROMISED_RX, statement) and analysis.holds(APPROVED_RX):
        approved = _done_as_said(analysis, APPROVED_RX, term_spans, hedged=True)
        signals = sorted(signals + approved, key=lambda s: s.start)
    if _says(RELEASE_PROMISED_RX, statement) and analysis.holds(SOLD_RX):
        signals = sorted(
            signals + _done_as_said(analysis, SOLD_RX, term_spans), key=lambda s: s.start
        )
    opening_promised = _says(OPENING_PROMISED_RX, statement)
    if opening_promised:
        # "exige l'inauguration de l'AIBD en décembre": an inauguration dated ahead is the
        # opening promised, set for then; its date decides, not a step.
        signals = [s for s in signals if not _inauguration_dated_ahead(analysis, s)]
    tied = [s for s in signals if _tied(analysis, s, term_spans)]
    # A step or an "on track" is progress only for the claim whose words stand next to it;
    # an outcome (done, late, dropped) said anywhere in the item is about the claims it names.
    untied = [s for s in signals if SIGNAL_KINDS[_effective(s)] != EvidenceKind.PROGRESS]
    decisive = _decisive(analysis, tied) or _decisive(analysis, untied)
    if (
        decisive is not None
        and decisive.name == "late risk"
        and REVOKED_RX.fullmatch(decisive.text)
    ):
        # A go-ahead refused is read with what follows it: "could not go ahead" is a drop,
        # "ce qui repoussera le raccordement d'un an" a delay; alone, the thing held up.
        decisive = next(
            (
                s
                for s in signals
                if s.start > decisive.end
                and SIGNAL_KINDS[_effective(s)] in (EvidenceKind.DENIAL, EvidenceKind.DELAY)
                and not (s.name == "late risk" and REVOKED_RX.fullmatch(s.text))
            ),
            decisive,
        )
    if decisive is None and name_spans:
        # A step next to the promiser's name ("la BEI a accordé à OVHcloud un crédit"), in an
        # item that names the claim's words elsewhere, is progress toward it.
        decisive = _decisive(
            analysis,
            [s for s in signals if _effective(s) == "step" and _tied(analysis, s, name_spans)],
        )
    # A completion the headline tells beats a step the body ties to the claim's words ("Alger
    # inaugure son métro", then "Le chantier a été mené par ..."): the headline is the news.
    headline_done = [s for s in untied if s.sentence == 0 and _effective(s) == "fulfilment"]
    if decisive is not None and _effective(decisive) == "step" and headline_done:
        decisive = headline_done[0]
    done = [s for s in tied if _effective(s) == "fulfilment"]
    if (
        done
        and decisive is not None
        and decisive.sentence == 0
        and _effective(decisive) == "delay"
        and all(s.sentence > 0 for s in done)
        and _headline_moves_to_a_later_date(analysis, decisive, deadline_end)
    ):
        # A headline that moves the promise to a later date ("Stalker 2 delayed to 2024",
        # "le projet Ara repoussé à 2016") is the news: a completion word further down ("on
        # launch day", "lancé en fin d'année" in a link's title) is of the plan, not done.
        done = []
    if decisive is not None and SIGNAL_KINDS[_effective(decisive)] != EvidenceKind.DENIAL and done:
        # The latest state wins: an outcome next to the claim's words beats an earlier slip
        # or step ("the inaugural flight, postponed by a few hours, finally took place").
        decisive = done[0]
    # So does the plan now in force next to the claim's words, after a step told first ("une
    # date d'inauguration qui se précise ... l'inauguration est maintenant prévue dans ..."):
    # not a slip told as history ("a target that has been pushed back multiple times").
    replanned = [s for s in tied if _effective(s) == "delay" and s.text.startswith(_NOW)]
    if decisive is not None and _effective(decisive) == "step" and replanned:
        decisive = replanned[0]
    if overdue and decisive is not None and _effective(decisive) == "step":
        # Past the deadline, a slip next to the claim's words told after the step that
        # decided ("les travaux ... loin d'être achevés", then "le tronçon ... présente des
        # retards considérables") says the thing is late: the step is how far it has got.
        decisive = next(
            (
                s
                for s in tied
                if s.sentence > decisive.sentence
                and _effective(s) == "delay"
                and _a_slip_now(analysis, s)
            ),
            decisive,
        )
    dropped = [s for s in tied if SIGNAL_KINDS[_effective(s)] == EvidenceKind.DENIAL]
    # So does a drop the headline tells ("le choc après l'annulation de la commande"), though
    # the claim's words stand beside a step further down.
    dropped += [
        s for s in untied if s.sentence == 0 and SIGNAL_KINDS[_effective(s)] == EvidenceKind.DENIAL
    ]
    if (
        decisive is not None
        and decisive.name == "delay"
        and dropped
        and (
            _BECAUSE_OF_RX.search(analysis.text, max(0, decisive.start - 40), decisive.start)
            # The dropped thing described by its plight: "abandonne son projet à Roybon,
            # bloqué par de multiples recours", "scraps the plant, stalled by lawsuits".
            or (
                analysis.text[max(0, decisive.start - 2) : decisive.start] == ", "
                and _BY_AN_AGENT_RX.match(analysis.text, decisive.end) is not None
                and any(
                    d.sentence == decisive.sentence and d.start < decisive.start for d in dropped
                )
            )
        )
    ):
        # "Apple Cancels Data Center Plan Over Planning Delays": the delays are why it was
        # dropped.
        decisive = dropped[0]
    headline_drop = _decisive(analysis, [s for s in dropped if s.sentence == 0])
    if (
        decisive is not None
        and SIGNAL_KINDS[_effective(decisive)] == EvidenceKind.DELAY
        and decisive.sentence > 0
        and headline_drop is not None
        and not any(
            SIGNAL_KINDS[s.name] == EvidenceKind.DELAY
            and YEAR_RX.search(analysis.text, *analysis.sentences[s.sentence])
            for s in analysis.signals
        )
    ):
        # A drop the headline tells beats the slips the body tells as its story ("Bombardier
        # cancels the Lark 60", then "after a series of setbacks"), unless the item calls it a
        # pause (`_decisive` keeps no such drop) or a slip it tells gives a year: a plan in
        # force ("la livraison est repoussée à 2029").
        decisive = headline_drop
    if (
        decisive is not None
        and _effective(decisive) == "step"
        and dropped
        and not analysis.delayed()
    ):
        # A drop next to the claim's words beats an earlier step: the bid told in the
        # headline ("sur la candidature à l'Exposition"), then "une candidature qui a été
        # annulée".
        decisive = dropped[0]
    if (
        overdue
        and decisive is not None
        and _effective(decisive) == "fulfilment"
        and decisive.sentence > 0
        and _headline_dated_ahead(analysis, deadline_end)
    ):
        # Past the deadline, a headline that sets the thing for a month to come ("Nigeria Air
        # to commence full operation in October", said in August) says it is not done: a
        # completion word further down is the story's past (a ceremony, a first try), and
        # the headline's date is the new one.
        decisive = None
    # The words a date for the claim must stand next to (see `date_spans`).
    dated_spans = term_spans if date_spans is None else date_spans
    # The parser is the costly part: a new date is looked for only when it may decide.
    later = (
        _new_date(
            analysis,
            dated_spans,
            deadline_start,
            deadline_end,
            promises_a_first,
            opening_promised=opening_promised,
            of_a_stage=a_journeys_stage(analysis, statement, name_spans or ()),
        )
        if (
            decisive is None
            or _effective(decisive) in ("step", "on track")
            or (
                _effective(decisive) == "fulfilment"
                # Past the deadline only for a first done ("a injecté ses premiers
                # électrons"), of a claim that promises no first: the whole may still be
                # dated later.
                and (
                    not overdue
                    or (not promises_a_first and FIRST_RX.search(decisive.text) is not None)
                )
                # Only a year after the deadline's can date the whole later: no need to parse.
                and deadline_end is not None
                and _names_a_later_year(analysis.text, deadline_end)
            )
        )
        and not _years_since_its_start(analysis, term_spans)
        else None
    )
    if later is None and decisive is not None and _effective(decisive) == "step":
        # A step decides, and the thing's own outcome is told as planned for a date after the
        # deadline ("enters dynamic testing ... passenger service is expected to begin in
        # late 2027"): that date is the news, a delay (see `_a_planned_outcome_date`).
        later = _a_planned_outcome_date(
            analysis, dated_spans, deadline_start, deadline_end, another_place
        )
    if (
        decisive is not None
        and _effective(decisive) == "fulfilment"
        and later is not None
        and later.window.end is not None
        and later.window.precision != "relative"
        # Past the deadline, a period still to come for the whole, not the day set for the
        # first's sequel ("livre le premier CS100 ... l'entrée en service reste prévue le 15
        # juillet").
        and not (overdue and later.window.precision == "day")
    ):
        # Done before the deadline, and yet the claim is given a date after it ("the first
        # unit has begun generating power ... in full service by fall 2025", for a dam due
        # in 2024): what is done is a part, and the whole will be late. Not a span ("stops
        # supporting it after nine years": a life gone by). Past the deadline, the same for
        # a first done ("a injecté ses premiers électrons ... la mise en service commerciale
        # est prévue en décembre 2024").
        decisive = None
    if (
        decisive is not None
        and _effective(decisive) == "step"
        and later is not None
        and (
            analysis.sentence_of(later.span[0]) < decisive.sentence
            # Told with the step or after it, a new date beats it too, before the deadline as
            # after it ("enters dynamic testing phase, launch set for 2027", for spring 2022;
            # the issue's "first services expected in summer 2026" for a go-live promised for
            # the end of 2024): a period ahead, not the day the preview leads to ("the public
            # set to discover the venue on Thursday") nor a term ("gratuite jusqu'en
            # septembre").
            or (
                later.window.precision != "day"
                and not fold(later.text).startswith(("until", "till", "jusqu"))
            )
        )
    ):
        decisive = None  # a new date for the claim beats a step told further down
    if (
        decisive is not None
        and decisive.name == "delay"
        # Works paused are late whenever the sentence dates the pause ("les travaux ont pris
        # une pause avant les fêtes"): not the lateness of a milestone before the deadline.
        and not _PAUSED_RX.search(decisive.text)
        and _before_the_deadline(analysis, decisive.sentence, deadline_end, deadline_start)
    ):
        # "En retard sur ses obligations d'ici fin 2024", for a promise due in 2025: late for
        # an intermediate milestone, progress toward the promise.
        decisive = replace(decisive, name="step", demoted=False)
    if (
        decisive is not None
        and _effective(decisive) == "on track"
        and later is not None
        and _later_date_beats_on_track(
            analysis,
            [decisive],
            _date_kept(analysis, dated_spans, deadline_start, deadline_end),
            later,
        )
    ):
        # On time for a date later than the one in force ("la mise en service reste prévue
        # pour le 14 décembre" [2020], for a line promised in 2017): the later date is the
        # news, a delay.
        return Reading(
            EvidenceKind.DELAY,
            later.text,
            "new date",
            True,
            later,
            _word_distance(analysis, (decisive.start, decisive.end), later.span),
            later.span[0],
        )
    if decisive is not None:
        kind = SIGNAL_KINDS[_effective(decisive)]
        proposed = (
            _proposal(analysis, decisive, term_spans, deadline_end, name_spans or [])
            if kind == EvidenceKind.DELAY
            else None
        )
        distance = _distance(analysis, decisive, term_spans)
        return Reading(
            kind,
            decisive.text,
            _effective(decisive),
            decisive in tied,
            proposed,
            distance,
            decisive.start,
        )
    # "On time" wording beats a new date: the date is the one kept. Not a timetable said to
    # hold beside a later date ("to be ready by December 2024 ... 'on schedule'", for an
    # airport due in 2019): the later date is the news, as it is when the "on track" stands
    # next to the claim's words (above).
    on_time = [s for s in signals if s.name == "on track"]
    kept = _date_kept(analysis, dated_spans, deadline_start, deadline_end)
    if later is not None and (
        not on_time or _later_date_beats_on_track(analysis, on_time, kept, later)
    ):
        if (
            kept is not None
            and analysis.sentence_of(kept.span[0]) == analysis.sentence_of(later.span[0])
            and _THEN_ANOTHER_PHASE_RX.search(analysis.text, kept.span[1], later.span[0])
        ):
            # The deadline said again beside the later date: "due to become operational by the
            # end of 2021, while the full implementation is expected in 2022" (a later phase).
            return Reading(EvidenceKind.PROGRESS, kept.text, "date kept", True, at=kept.span[0])
        distance = min(
            (
                _word_distance(analysis, span, later.span)
                for span in term_spans
                if analysis.sentence_of(span[0]) == analysis.sentence_of(later.span[0])
            ),
            default=EVENT_REACH,
        )
        return Reading(
            EvidenceKind.DELAY, later.text, "new date", True, later, distance, later.span[0]
        )
    if not on_time and kept:
        # A date set ahead for the claim, inside its promised window ("sera lancé le 2
        # février", for early in the year): the promise holds, a step toward it.
        return Reading(EvidenceKind.PROGRESS, kept.text, "date kept", True, at=kept.span[0])
    if on_time:
        # Said to be on time, with no other signal next to the claim: progress.
        return Reading(
            EvidenceKind.PROGRESS, on_time[0].text, "on track", False, at=on_time[0].start
        )
    if headed:
        # News headed by the claim: a step told away from the claim's words is still the
        # claim's ("Edinburgh trams are almost there", then "much more testing").
        step = next((s for s in signals if _effective(s) == "step"), None)
        if step is not None:
            return Reading(EvidenceKind.PROGRESS, step.text, "step", False, at=step.start)
    return None


# The days before an event set, its eve: a slip told then is the story of how it got there.
_EVE_DAYS = 14
# Before a slip word, what makes it no slip of the thing now: a negation ("n'accuse d'aucun
# retard", "without delay") or a relative clause telling the target's history ("a target that
# has been pushed back multiple times").
_NO_SLIP_NOW_BEFORE_RX = re.compile(
    r"(?:\b(?:aucune?|no|without|sans|pas de)\s+(?:[\w'-]+\s+)?"
    r"|\b(?:that|which)\s+(?:has|have|had)\s+been\s+(?:[\w'-]+\s+)?"
    r"|\bqui\s+(?:a|ont|avait)\s+ete\s+(?:[\w'-]+\s+)?)$"
)


def _a_slip_now(analysis: ItemAnalysis, signal: Signal) -> bool:
    """Whether a slip word tells the thing late as the item speaks: not denied, not a
    relative clause's history, not dated only by days gone by ("postponed from 3 July", said
    in November: a move made), and not in an item that sets a day at most two weeks ahead,
    the event's eve (the slip is how it got there: "on the eve of the opening ... the
    postponement allowed him to attend")."""
    if _NO_SLIP_NOW_BEFORE_RX.search(analysis.text, max(0, signal.start - 40), signal.start):
        return False
    found = analysis.deadlines_in([signal.sentence])
    if found and all(
        d.window.end is not None and d.window.end <= analysis.published_on for d in found
    ):
        return False
    eve = analysis.published_on + dt.timedelta(days=_EVE_DAYS)
    return not any(
        d.window.precision == "day"
        and d.window.start is not None
        and analysis.published_on < d.window.start <= eve
        for d in analysis.deadlines
    )


# A thing told as under works for a while: "under construction since", "en cours de
# construction depuis", "en travaux depuis" (not "la construction", a step taken, nor works
# under way with no time told: a part may open while the rest is "still under construction").
_UNDER_WORKS_BEFORE_RX = re.compile(r"(?<![\w'])(?:under|en cours de|en)\s+$")
_WORKS = frozenset(("construction", "chantier", "travaux"))


def _under_works(analysis: ItemAnalysis, signal: Signal) -> bool:
    return (
        signal.name == "step"
        and signal.text in _WORKS
        and _UNDER_WORKS_BEFORE_RX.search(analysis.text, max(0, signal.start - 20), signal.start)
        is not None
        and SINCE_RX.match(analysis.text, signal.end) is not None
    )


def _headline_dated_ahead(analysis: ItemAnalysis, deadline_end: dt.date | None) -> bool:
    """Whether the headline gives a date more than a month ahead (a plan, not the days before
    an opening), after the deadline in force."""
    return deadline_end is not None and any(
        d.window.start is not None
        and d.window.start > analysis.published_on + dt.timedelta(days=_PLAN_DAYS)
        and d.window.start > deadline_end
        for d in analysis.deadlines_in([0])
    )


def _headline_moves_to_a_later_date(
    analysis: ItemAnalysis, delay: Signal, deadline_end: dt.date | None
) -> bool:
    """Whether the headline gives, after its delay word, a date ending after the deadline
    in force: the promise moved to it ("delayed to 2024", "repoussé à 2016")."""
    return any(
        d.span[0] >= delay.end
        and d.window.end is not None
        and (deadline_end is None or d.window.end > deadline_end)
        for d in analysis.deadlines_in([0])
    )


# What a slip told as the plan now in force opens with (DELAY's "now expected", "désormais
# prévue", "maintenant prévue").
_NOW = ("now ", "desormais ", "maintenant ")


_SINCE_ITS_START_CUES = ("apres s", "after its", "since its", "ses ", "anniversary")


def _years_since_its_start(analysis: ItemAnalysis, term_spans: list[tuple[int, int]]) -> bool:
    """Whether a sentence naming the claim counts the years since the thing began ("Mon
    Espace Santé : quatre ans après son lancement"): a date the item sets is a new goal."""
    if not any(cue in analysis.text for cue in _SINCE_ITS_START_CUES):
        return False  # the common case, without a regular expression
    return any(
        SINCE_ITS_START_RX.search(analysis.text, *analysis.sentences[n])
        for n in _sentences_with(analysis, term_spans)
    )


# "n'autorise pas", "won't approve": a negation or a modal just before the verb.
_NOT_GIVEN_RX = re.compile(r"(?:\bn'|\bne\s+|\bnot\s+|\bbe\s+)$")


def _done_as_said(
    analysis: ItemAnalysis,
    rx: re.Pattern[str],
    term_spans: list[tuple[int, int]],
    *,
    hedged: bool = False,
) -> list[Signal]:
    """The thing done, said in words only a claim of one kind promises, in a sentence that
    names the claim and asks nothing: an approval given, for a claim that promises that
    approval ("FDA approves Valneva's chikungunya vaccine"; for other claims an approval is a
    step on the way), or sales counted, for one that promises a release ("Stalker 2 has sold
    over 1M copies"). With `hedged`, not after a modal or a negation ("could approve",
    "n'autorise pas")."""
    text = analysis.text
    sentences = {analysis.sentence_of(start) for start, _ in term_spans}
    found = []
    for m in rx.finditer(text):
        sentence = analysis.sentence_of(m.start())
        if sentence not in sentences or _is_question(analysis, sentence):
            continue
        before = text[max(0, m.start() - 30) : m.start()]
        if hedged and (
            _NOT_YET_BEFORE_RX.search(before)
            or _NOT_GIVEN_RX.search(before)
            or _WHETHER_BEFORE_RX.search(text, max(0, m.start() - 90), m.start())
        ):
            continue
        found.append(Signal("fulfilment", m.group(0), m.start(), m.end(), sentence))
    return found


# "finally returned", "was finally released", "a enfin ouvert": the verb after it, past an
# auxiliary. Not after a modal or "to" ("will finally open", "is set to finally launch").
_AT_LAST_RX = re.compile(
    r"(?<![\w'])(?:finally|at last|enfin"
    # Succeeded in it: "Tesla parvient à produire 5000 Model 3 par semaine", "managed to".
    r"|(?:managed|manages|succeeded in|succeeds in|parvient|parviennent|(?:est|sont) parvenue?s?"
    r"|a reussi|ont reussi|reussit|reussissent)(?: a| to)?)"
    r"\s+(?:(?:been|ete|be)\s+)?(?P<verb>[a-z]\w{3,})"
)
# An indirect question: "expected to hear whether donanemab had been approved".
_WHETHER_BEFORE_RX = re.compile(r"(?<![\w'])(?:whether|savoir si)\b[^.;:!?]*$")
_NOT_YET_BEFORE_RX = re.compile(
    r"(?<![\w'])(?:will|would|could|should|may|might|to|must|can|cannot|va|vont|pourrait|pourraient"
    r"|devrait|devraient|doit|doivent|pourra|pourront|not|pas)\s+(?:\w+\s+){0,1}$"
)


def _done_at_last(
    analysis: ItemAnalysis, statement: str, term_spans: list[tuple[int, int]]
) -> list[Signal]:
    """The claim's own action said to have come at last: "finally" (or "enfin"), or said to
    have succeeded ("managed to", "parvient à", "a réussi à"), before a verb that is one of
    the claim's words, in its statement or a keyword found there ("the day Barça finally
    returned to Spotify Camp Nou", "the game was finally released", for a claim that
    "releases" it; "Tesla parvient à produire 5000 Model 3 par semaine", for one that
    "produces" them). The thing happened; no lexicon lists every verb a claim may promise."""
    text = analysis.text
    words = _WORD_RX.findall(fold(statement))
    words += [w for s, e in term_spans for w in _WORD_RX.findall(text, s, e)]
    stems = {_stem(w) for w in words if len(w) >= 4}
    found = []
    for m in _AT_LAST_RX.finditer(text):
        verb = m.group("verb")
        if verb.endswith("ing") or _NOT_YET_BEFORE_RX.search(
            text, max(0, m.start() - 30), m.start()
        ):
            continue  # "finally returning", "will finally open": not yet
        own = _stem(verb) in stems
        sentence = analysis.sentence_of(m.start())
        if own and not _is_question(analysis, sentence):
            found.append(Signal("fulfilment", m.group(0), m.start(), m.end(), sentence))
    return found


def _side_event(analysis: ItemAnalysis, signal: Signal, statement: str) -> Signal:
    """A completion the claim did not promise is a step: a delivery or a production start
    for a claim that promises neither ("the first A321XLR was delivered" for its entry into
    service), said by the completion word, by the noun just before it in its clause ("R2
    production has been launched", for a claim promising deliveries) or by its object ("has
    launched production of the ID.3"). What is delivered
    has been produced: a delivery is the production a claim promises ("the plant delivers
    its first drinking water", for a plant promised to produce it)."""
    if signal.name != "fulfilment" or signal.demoted:
        return signal
    words = analysis.side_words_seen.get((signal.start, signal.end))
    if words is None:
        words = analysis.side_words_seen[(signal.start, signal.end)] = _side_words(
            analysis.text, signal
        )
    subject, object_words = words
    # Or the object said right after it: "officially launched production of the ID.3" (for a
    # claim promising no opening: a plant that "a démarré la production" has opened).
    thing = "" if _says(OPENING_PROMISED_RX, statement) else object_words
    promises_production = _says(SIDE_EVENTS["production"], statement)
    for event, rx in SIDE_EVENTS.items():
        promised = _says(rx, statement) or (
            event == "delivery" and _says(_TO_CUSTOMERS_RX, statement)
        )
        if (rx.search(signal.text) or rx.search(subject) or rx.search(thing)) and not promised:
            if event == "delivery" and promises_production:
                continue
            return replace(signal, demoted=True)
    if RECEIPT.search(signal.text) and not _says(OBTAINING, statement):
        return replace(signal, demoted=True)
    if (
        _BARE_COMPLETION_RX.fullmatch(signal.text)
        and not _AN_OBJECT_AFTER_RX.match(analysis.text, signal.end)
        and _says(_OPERATION_PROMISED_RX, statement)
        and not _says(_COMPLETION_PROMISED_RX, statement)
    ):
        # "The IFA2 interconnector has been completed ... and is now set to enter testing",
        # for a claim promising it in commercial operation: the works done, a step toward it.
        return replace(signal, demoted=True)
    if _a_threshold_short_of_the_whole(signal, statement):
        return replace(signal, demoted=True)  # "crossed the 60,000 mark" of 100,000: a step
    if _an_ordinal_short_of_the_whole(analysis, signal, statement):
        return replace(signal, demoted=True)  # "opens its 200th station" of 500: a step
    if _a_means(analysis, signal, statement):
        return replace(signal, demoted=True)  # "secures grid connection": a means, a step
    if _a_duty_for_a_part(analysis, signal, statement):
        return replace(signal, demoted=True)  # "mandatory for large companies" of all: a step
    if _says(_A_WHOLE_RX, statement) and _a_batch_near(analysis, signal, statement):
        # "Rocket Lab launches first Kinéis satellites", "lance un quatrième lot de satellites",
        # for a constellation promised whole: a part of it.
        return replace(signal, demoted=True)
    if _A_SHARE_RX.search(
        analysis.text,
        max(analysis.sentences[signal.sentence][0], signal.start - 60),
        min(analysis.sentences[signal.sentence][1], signal.end + 60),
    ):
        # "Three quarters of the pipeline completed": a part of the whole, a step.
        return replace(signal, demoted=True)
    if (
        _FLIGHT_RX.search(signal.text)
        or _FLIGHT_RX.search(subject)
        or (
            _FIRST_AT_END_RX.search(signal.text)
            and _FLIGHT_AFTER_RX.match(analysis.text, signal.end)
        )
    ) and not _says(_FLIGHT_PROMISED_RX, _LAUNCH_CUSTOMER_RX.sub(" ", statement)):
        # "COMAC fait voler le premier C919 de série ... a décollé", "Learjet 85 effectue son
        # premier vol", "baptême de l'air réussi", "a effectué sa première plongée en mer": a
        # flight or a first trial at sea on the way to a delivery or an entry into service.
        return replace(signal, demoted=True)
    if (
        _LAUNCH_WORD_RX.match(signal.text)
        and _A_ROCKET_RX.search(
            analysis.text,
            max(analysis.sentences[signal.sentence][0], signal.start - 80),
            min(analysis.sentences[signal.sentence][1], signal.end + 80),
        )
        and not _says(_FLIGHT_PROMISED_RX, _LAUNCH_CUSTOMER_RX.sub(" ", statement))
    ):
        # "Ariane 5 lance le satellite Konnect VHTS", for a satellite promised to enter
        # service: a launch into orbit is a flight on the way to it, a step.
        return replace(signal, demoted=True)
    if (
        _STARTED_RX.search(signal.text)
        and _PROJECT_RX.search(subject)
        and not _says(_PROJECT_RX, statement)
    ):
        return replace(signal, demoted=True)  # "le projet a été lancé": its start, a step
    return signal


def _a_duty_for_a_part(analysis: ItemAnalysis, signal: Signal, statement: str) -> bool:
    """Whether a duty in force binds, in its clause, only a part of those the claim binds:
    "e-filing became mandatory for large companies on March 1", "est devenue obligatoire
    pour les grandes entreprises", for a claim that names no such part (a claim promising it
    "for large companies" is kept whole by the same words)."""
    if not MANDATORY_RX.fullmatch(signal.text):
        return False
    start, end = analysis.sentences[signal.sentence]
    before = _CLAUSE_BREAK.split(analysis.text[max(start, signal.start - 80) : signal.start])[-1]
    after = _CLAUSE_BREAK.split(analysis.text[signal.end : min(end, signal.end + 80)])[0]
    return any(
        not re.search(rf"(?<![\w]){re.escape(m.group('part'))}(?![\w])", statement)
        for clause in (before, after)
        for m in _FOR_A_PART_RX.finditer(clause)
    )


# Those a duty binds, named as a part: "for large companies", "for some employers", "pour les
# grandes entreprises", "pour certains véhicules" (not "for all", "pour toutes").
_FOR_A_PART_RX = re.compile(
    r"(?<![\w])(?:for|pour)\s+(?:(?:the|les|des|de)\s+)?(?P<part>larger?|largest|big|bigger"
    r"|biggest|smaller?|smallest|some|certain|grandes?|grands|plus\s+grandes?|petites?|petits"
    r"|certaines?|certains)(?![\w])"
)


def _side_words(text: str, signal: Signal) -> tuple[str, str]:
    """The up to four last words of a signal's clause before it, and the first two of its
    clause after it (see `_side_event`)."""
    clause = _CLAUSE_BREAK.split(text[max(0, signal.start - 40) : signal.start])[-1]
    after = _CLAUSE_BREAK.split(text[signal.end : signal.end + 30])[0]
    return (
        " ".join(re.findall(r"[\w']+", clause)[-4:]),
        " ".join(re.findall(r"[\w']+", after)[:2]),
    )


# A completion said with no more than its verb: "completed", "has been completed", "est
# achevé", "terminés" (not "has completed its final acceptance": an object tells what).
_BARE_COMPLETION_RX = re.compile(
    r"(?:(?:has|have|had|was|were|is|are|been|fully|a|ont|est|sont|ete|entierement)\s+)*"
    r"(?:completed?|finished|achevee?s?|acheve|terminee?s?|termine)"
)


# A thing promised working, open or in service, not only built: "is completed and put into
# operation", "is commissioned", "opens to traffic", "entre en service".
_OPERATION_PROMISED_RX = re.compile(
    r"(?<![\w])(?:open\w*|ouvr\w*|commission\w*|(?:in|into|en|enters?) (?:\w+ )?service"
    r"|operation\w*|operat(?:es?|ing)"
    r"|exploitation|launch\w*|lanc\w*)(?![\w])"
)
# A statement that promises the works completed too ("is completed and put into operation")
# is fulfilled by their completion, as the matcher's specifications have it (a pipeline
# "completed in the second half of March").
_COMPLETION_PROMISED_RX = re.compile(r"(?<![\w])(?:complet\w*|achev\w*|termin\w*|finish\w*)")
# An object after the verb says what was completed: "has completed its final acceptance",
# "completed a $71 million reactivation of its plant".
_AN_OBJECT_AFTER_RX = re.compile(
    r"\s+(?:its|the|a|an|one|their|his|her|son|sa|ses|leur|leurs|la|le|les|l'|un|une|\d+)"
    r"(?![\w'])"
)


def _a_means(analysis: ItemAnalysis, signal: Signal, statement: str) -> bool:
    """Whether the completion's object is a means to the thing the claim does not promise
    itself (see lexicon.MEANS_AFTER_RX): a connection, an approval, subsidies, orders, a
    hull at its yard, the structural works."""
    after = MEANS_AFTER_RX.match(analysis.text, signal.end)
    if after and not _says(MEANS_AFTER_RX, " " + statement.lower()):
        return True
    if GO_AHEAD_AFTER_RX.match(analysis.text, signal.end) and not _says(
        GO_AHEAD_PROMISED_RX, statement
    ):
        return True  # "has granted environmental clearance to the plant": a go-ahead won
    start = analysis.sentences[signal.sentence][0]
    before = MEANS_BEFORE_RX.search(analysis.text, max(start, signal.start - 60), signal.start)
    return before is not None and not _says(MEANS_BEFORE_RX, statement)


# A whole made of many ("a constellation of 25 satellites", "a fleet"), and a batch of it.
_A_WHOLE_RX = re.compile(r"(?<![\w])(?:constellations?|fleets?|flottes?)(?![\w])")
_A_BATCH_RX = re.compile(
    r"(?<![\w])(?:(?:first|second|third|fourth|fifth|next|premier|premiere|deuxieme|"
    r"troisieme|quatrieme|cinquieme|nouveau)\s+(?:batch|lot|set|tranche|wave|vague|"
    r"\w+\s+satellites?|satellites?)|batch of|lot de"
    r"|(?P<count>two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:\w+\s+){0,2}satellites?)"
    r"(?![\w])"
)
_NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                 "nine": 9, "ten": 10}  # fmt: skip


_LAST_BEFORE_RX = re.compile(r"(?<![\w])(?:last|final|derniers?|dernieres?)\s+$")
_ORDINAL_WORDS = {
    "tenth": 10, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
    "hundredth": 100, "thousandth": 1000, "dixieme": 10, "vingtieme": 20, "trentieme": 30,
    "quarantieme": 40, "cinquantieme": 50, "soixantieme": 60, "centieme": 100,
    "millieme": 1000,
}  # fmt: skip
_ORDINAL_AFTER_RX = re.compile(
    r"\s+(?:(?:its|their|the|son|sa|le|la)\s+)?(?:(?P<n>\d+)(?:th|st|nd|rd|e|eme|ieme)|(?P<word>"
    + "|".join(_ORDINAL_WORDS)
    + r"))(?![\w])"
)


# A count as written: digits alone, or with thousands set off ("60 000", "100,000").
_PLAIN_COUNT_RX = re.compile(r"(?<![\d.,])\d+(?![\d.,])")
_GROUPED_COUNT_RX = re.compile(r"(?<![\d.,])\d{1,3}(?:[ ,.\u00a0]\d{3})+|\d+")


def _whole_count(statement: str, *, grouped: bool = False) -> int:
    """The largest count a statement promises ("500 stations", "25 satellites"), years left
    out; 0 when it promises none. `grouped` also reads thousands written with separators."""
    rx = _GROUPED_COUNT_RX if grouped else _PLAIN_COUNT_RX
    counts = [_count(n) for n in rx.findall(statement)]
    return max((n for n in counts if not 1900 <= n <= 2100), default=0)


def _count(written: str) -> int:
    return int(re.sub(r"[\s.,]", "", written))


def _a_threshold_short_of_the_whole(signal: Signal, statement: str) -> bool:
    """Whether a threshold crossed ("le seuil des 60 000 bornes franchi") is a count other
    than the largest the statement promises (thousands written with separators): a step."""
    m = THRESHOLD_CROSSED_RX.fullmatch(signal.text)
    if m is None:
        return False
    crossed = _count(m.group("n") or m.group("m") or m.group("e"))
    return crossed != _whole_count(statement, grouped=True)


def _an_ordinal_short_of_the_whole(analysis: ItemAnalysis, signal: Signal, statement: str) -> bool:
    """Whether the completion names an ordinal below the statement's count: "opens its 200th
    charging station", for 500 promised, is a step on the way."""
    m = _ORDINAL_AFTER_RX.match(analysis.text, signal.end)
    if m is None:
        return False
    n = int(m.group("n")) if m.group("n") else _ORDINAL_WORDS[m.group("word")]
    return 1 < n < _whole_count(statement)


def _a_batch_near(analysis: ItemAnalysis, signal: Signal, statement: str) -> bool:
    """Whether a batch of the whole stands within 80 characters of the signal: a first or
    n-th batch, or a count smaller than the statement's ("five satellites" of 25)."""
    whole = _whole_count(statement)
    start, end = max(0, signal.start - 80), signal.end + 80
    if whole and re.search(
        rf"(?<![\w])(?:all|tous les|toutes les)\s+(?:[\w-]+\s+)?{whole}(?!\d)",
        analysis.text[start:end],
    ):
        return False  # "all 24 satellites are now in orbit": the whole, the last batch with it
    for m in _A_BATCH_RX.finditer(analysis.text, start, end):
        if _LAST_BEFORE_RX.search(analysis.text, max(0, m.start() - 12), m.start()):
            continue  # "the last six satellites": the batch that completes the whole
        count = m.group("count")
        if count is None:
            return True
        if (int(count) if count.isdigit() else _NUMBER_WORDS[count]) < whole:
            return True
    return False


# A share of a whole said in words ("three quarters of", "around four-fifths of", "la
# moitié des"; a percentage is read as a part where the signal is found, see _read_as). Not
# a half of the year ("completed in the second half of 2024").
_A_SHARE_RX = re.compile(
    r"(?<![\w])(?<!first )(?<!second )(?<!1st )(?<!2nd )(?:half|(?:one|a|two) thirds?|"
    r"two-thirds|(?:three|a)[ -]quarters?|(?:three|four)[ -]fifths|la moitie|(?:un|deux) tiers|"
    r"trois quarts|quatre cinquiemes)\s+(?:of|de|des|du)(?![\w])"
)


# A flight made, and what a claim promising one says (a flight, a launch, a mission).
_FLIGHT_RX = re.compile(
    r"(?<![\w])(?:decoll\w*|elanc\w*|vol|vols|flight|flights|flew|took off|takes off|lift\w* off"
    r"|bapteme de l'air|plongee|plongees|dive|dives|sea trials?|essais en mer|sortie en mer)"
    r"(?![\w])"
)
# What a "made its first" signal ends on, and the flight or trial named right after it.
_FIRST_AT_END_RX = re.compile(r"(?:premier|premiere|first|maiden)$")
_FLIGHT_AFTER_RX = re.compile(r"\s+" + _FLIGHT_RX.pattern)
# A launch word, and a rocket named beside it: the launch is a flight into space.
_LAUNCH_WORD_RX = re.compile(r"(?:a |ont |has |have )?(?:a ete |been )?(?:lanc|launch)")
_A_ROCKET_RX = re.compile(
    r"(?<![\w])(?:fusees?|rockets?|lanceurs?|launchers?|launch vehicles?|ariane|falcon 9"
    r"|falcon heavy|soyouz|soyuz|vega|atlas v|proton|long march|longue marche|electron"
    r"|new glenn|vulcan"
    r"|en orbite|into orbit|mis en orbite|placed in orbit)(?![\w])"
)
# The first buyer of a type, no launch: "its launch customer", "la compagnie de lancement".
_LAUNCH_CUSTOMER_RX = re.compile(
    r"(?<![\w])(?:launch (?:customers?|operators?|airlines?)"
    r"|(?:clients?|compagnies?|operateurs?) de lancement)(?![\w])"
)
# The words of a launch, one list for a flight promised and a launch promised.
_LAUNCH_WORDS = r"launch\w*|lanc\w*|lift\w* off|liftoff|decoll\w*|elanc\w*"
_FLIGHT_PROMISED_RX = re.compile(
    r"(?<![\w])(?:flight|flights|fly|flies|flew|vol|vols|voler|vole|"
    rf"{_LAUNCH_WORDS}|missions?|orbit\w*|orbite)(?![\w])"
)


def _said_of_an_affair(
    analysis: ItemAnalysis, signal: Signal, statement: str, term_spans: list[tuple[int, int]]
) -> bool:
    """Whether the signal's subject or object (`_affair_words`) is an affair of the
    promiser's business that the claim does not name, in its statement
    or in its words found in the item ("Norvia terminates contract with the Kestrel data
    centre's builder", "the sale rumour is dead", "met un terme à son partenariat"): that
    affair's outcome, not the promise's ("l'annulation de l'IPO" is the promise's, for a
    claim whose keyword is the IPO)."""
    found = analysis.affairs_seen.get((signal.start, signal.end))
    if found is None:
        found = analysis.affairs_seen[(signal.start, signal.end)] = _affair_words(
            analysis.text, signal
        )
    inside = (
        _CONTRACT_INSIDE_RX.search(signal.text)
        if SIGNAL_KINDS[signal.name] == EvidenceKind.DENIAL
        else None
    )
    if inside is not None:
        # "la résiliation du contrat": the contract the drop names is its object.
        found = (*found, (signal.start + inside.start(), inside.group(0)))
    if not found:
        return False
    named = set(_WORD_RX.findall(fold(statement)))
    return any(
        word not in named
        and not any(s <= at < e for s, e in term_spans)
        and not _the_promises_contract(analysis.text, at, word, term_spans)
        for at, word in found
    )


def _the_promises_contract(
    text: str, at: int, word: str, term_spans: list[tuple[int, int]]
) -> bool:
    """Whether a contract or a deal is the one for the promised thing: the claim's words
    right before it ("scraps nuclear plant deal", "the submarine contract") or after it
    through what it is for ("a contract with Rosatom to build the Hanhikivi plant", "le
    contrat de construction du ferry"); not one with a party ("terminates contract with the
    data centre's builder")."""
    if word not in _CONTRACT_WORDS:
        return False
    end = at + len(word)
    if any(0 <= at - e <= 2 for _, e in term_spans):
        return True
    m = _FOR_THE_THING_RX.match(text, end)
    return m is not None and any(m.end() <= s <= m.end() + 40 for s, _ in term_spans)


_CONTRACT_WORDS = frozenset(("contract", "contracts", "deal", "deals", "contrat", "contrats"))
_CONTRACT_INSIDE_RX = re.compile(r"\bcontrats?$")
# What a contract is for, said after it: "to build", "for the construction of", "de
# construction navale du".
_FOR_THE_THING_RX = re.compile(
    r"(?:\s+with\s+(?:[\w'-]+\s+){1,4}?)?\s*(?:to\s+(?:build|construct|supply|deliver)|"
    r"for\s+the\s+(?:construction|supply|delivery)\s+of|de\s+construction(?:\s+\w+)?\s+(?:du|de)|"
    r"pour\s+(?:la\s+)?(?:construction|construire|livrer|fournir))\b"
)


def _affair_words(text: str, signal: Signal) -> tuple[tuple[int, str], ...]:
    """The words naming an affair of the business around a signal, with their places: in its
    subject (the two words before it in its clause, past a verb's auxiliary) or its object
    (up to three words after it, before a preposition or a cause)."""
    start = max(0, signal.start - 60)
    before = text[start : signal.start]
    cut = list(_CLAUSE_BREAK.finditer(before))
    subject = [
        m
        for m in _WORD_RX.finditer(text, start + (cut[-1].end() if cut else 0), signal.start)
        if len(m.group(0)) > 1 and m.group(0) not in AFFAIR_LINKS
    ][-2:]
    found = [m for m in subject if m.group(0) in AFFAIRS]
    after = _CLAUSE_BREAK.search(text, signal.end, signal.end + 60)
    taken = 0
    for m in _WORD_RX.finditer(text, signal.end, after.start() if after else signal.end + 60):
        word = m.group(0)
        if word in AFFAIR_OBJECT_ENDS or taken == 3:
            break
        if len(word) > 1:
            taken += 1
            if word in AFFAIRS or word in AFFAIRS_AS_OBJECT:
                found.append(m)
    return tuple((m.start(), m.group(0)) for m in found)


_WORD_RX = re.compile(r"\w+")


def _names_the_promised_thing(signal: Signal, statement: str) -> bool:
    """Whether a step word is the noun of what the claim promises ("the Fehmarnbelt tunnel
    opens": "tunnel" is the thing, not a tunnel dug as a step of it; "obtains the building
    permit": the permit is the thing). A claim that is itself a step keeps its step words
    (see `_as_claims_step`)."""
    return (
        signal.name == "step"
        # As a whole word, whatever stands beside it ("its operating licence."; not the
        # "tunnel" of a "bridge-tunnel link").
        and re.search(rf"(?<![\w'-]){re.escape(signal.text)}(?![\w'-])", statement) is not None
        and not STEP_CLAIM_RX.search(statement)
    )


def _without_the_promised_thing(
    analysis: ItemAnalysis, signals: list[Signal], statement: str
) -> list[Signal]:
    """The signals less the step words that name what the claim promises; a completion read
    as a step only because such a word stood near it ("secures building permit", for a claim
    that "obtains the building permit") is a completion again."""
    kept = [s for s in signals if not _names_the_promised_thing(s, statement)]
    if len(kept) == len(signals):
        return signals
    steps = [s for s in kept if s.name == "step"]
    return [
        replace(s, demoted=False)
        if s.demoted and s.name == "fulfilment" and not any(_near(analysis, s, t) for t in steps)
        else s
        for s in kept
    ]


def _ends(analysis: ItemAnalysis, statement: str) -> list[Signal]:
    """An end said to have happened ("C8 a cessé d'émettre", "Windows 10 has reached the end
    of support") fulfils a claim whose statement promises that end; for any other claim it
    says nothing of the promise and is dropped."""
    signals = analysis.signals
    end = END_PROMISED_RX.search(statement)
    if not end:
        return [s for s in signals if s.name != "ended"]
    # What the statement says is ended: "its FM radio transmitters" of "switches off its FM
    # radio transmitters".
    ended = {w for w in _WORD_RX.findall(statement, end.end()) if w not in _LITTLE_WORDS}
    return [
        # A plant or a programme closed down ("shut down its last three nuclear plants") is
        # that end told too, no drop (for any other claim it drops the promise, see
        # CLOSED_DOWN_RX).
        replace(s, name="fulfilment")
        if s.name == "ended" or (s.name == "denial" and CLOSED_DOWN_RX.fullmatch(s.text))
        else s
        for s in signals
        # "doit être mis à l'arrêt samedi", "l'arrêt définitif de la 2G à la mi-avril": a halt
        # is what such a claim promises, no denial.
        if not (s.name in ("hedged denial", "denial") and "arret" in s.text)
        and not (s.name in ("hedged denial", "denial") and _gives_up(analysis, s, ended))
    ]


# Little words between a drop word and what is dropped.
_LITTLE_WORDS = frozenset(
    {"a", "an", "the", "its", "their", "of", "de", "d", "du", "des", "la", "le", "l", "les",
     "leur", "leurs", "ses", "son", "sa", "et", "and"}
)  # fmt: skip
# What ends a thing, said after a drop word: "abandons the FM switch-off", "renonce à
# l'extinction de la FM" (the end itself dropped, a denial).
_AN_END_RX = re.compile(
    r"(?<![\w])(?:switch(?:-|\s)?off|switchover|shut(?:-|\s)?down|closure|phase-out|"
    r"arret|extinction|fin|fermeture|sortie|end|ending|sunset)(?![\w])"
)


def _gives_up(analysis: ItemAnalysis, signal: Signal, ended: set[str]) -> bool:
    """Whether a drop word gives up the very thing a claim promises to end ("l'abandon de
    la FM", "abandonneraient leurs fréquences FM", for a claim that switches off FM
    transmitters): the end told, no drop. Not when an end is dropped ("abandons the FM
    switch-off")."""
    after = re.split(r"[.;:,!?]", analysis.text[signal.end : signal.end + 40], maxsplit=1)[0]
    words = [w for w in _WORD_RX.findall(after) if w not in _LITTLE_WORDS][:2]
    return (
        bool(ended)
        and any(w in ended for w in words)
        and not _AN_END_RX.search(after)
        and not END_PROMISED_RX.search(after)
    )


# A building promised as delivered is promised finished and open: "livrera le nouveau stade
# en août", "will deliver the new hospital" (not a ship, a train or a product delivered).
_A_BUILDING_DELIVERED_RX = re.compile(
    r"(?<![\w])(?:livr\w*|deliver\w*|hand\w* over)\s+(?:[\w'-]+\s+){0,3}?"
    r"(?:stade|stadium|arena|hopital|hospital|ecole|school|college|lycee|gare|station"
    r"|piscine|musee|museum|bibliotheque|library|batiment|building|salle|hall|pont|bridge"
    r"|campus|terminal|aerogare)s?(?![\w])"
    # Or said of what is built: "is built and delivered", "construit et livré".
    r"|(?<![\w])(?:built|construit\w*|completed|acheve\w*)\s+(?:and|et)\s+(?:deliver\w*|livr\w*)"
)


# A headline that tells the date set for the thing ("Inauguration du BRT : le ministre fixe
# une date", "la date de lancement du satellite connue", "Opening date set for the museum"):
# the event is ahead, and the date the item gives is the news.
_DATE_SET_RX = re.compile(
    r"(?<![\w])(?:(?:fixe|fixent|a fixe|ont fixe|annonce|annoncent|devoile|devoilent|sets?"
    r"|names?|announces?|reveals?|gets?|given)\s+(?:une |la |a |the |its |sa |son )?"
    r"(?:nouvelle |new |official |officielle )?date"
    r"|dates?\s+(?:de |du |des |d'|for |of )?[^.;:!?]{0,60}?"
    r"(?:connue|fixee|devoilee|annoncee|set|announced|revealed|confirmed))(?![\w])"
)


def headline_sets_a_date(analysis: ItemAnalysis) -> bool:
    """Whether the headline tells the date set for the thing (`_DATE_SET_RX`)."""
    if not analysis.sentences:
        return False
    start, end = analysis.sentences[0]
    return _DATE_SET_RX.search(analysis.text, start, end) is not None


_INAUGURATION_AHEAD_RX = re.compile(
    r"(?<![\w])(?:inaugurera|inaugureront|will inaugurate|will be inaugurated"
    r"|sera inaugure|sera inauguree|seront inaugures|seront inaugurees)(?![\w])"
)


def _inauguration(analysis: ItemAnalysis, signal: Signal, statement: str) -> Signal:
    """A thing said to be inaugurated has opened, for a claim that promises an opening or a
    commissioning ("le pont inauguré"); a step for the others (a plant promised to produce)."""
    if (
        signal.name == "step"
        and (
            signal.text in INAUGURATED
            # The noun opening a headline tells the event as news ("Inauguration de la
            # Philharmonie de Paris", after a kicker: "Sénégal : inauguration du nouvel
            # aéroport"), not one ahead ("à deux ans de l'inauguration").
            or (
                signal.text == "inauguration"
                and (
                    signal.start == 0 or _COLON_KICKER_RX.fullmatch(analysis.text, 0, signal.start)
                )
            )
            # The ceremony said held ("celebrated the inauguration of the canal expansion",
            # "a célébré son inauguration officielle"): the event told as done, not the
            # works' ("l'inauguration des travaux a eu lieu" is a step).
            or (
                signal.text == "inauguration"
                and (
                    _HELD_BEFORE_RX.search(analysis.text, max(0, signal.start - 50), signal.start)
                    or _HELD_AFTER_RX.match(analysis.text, signal.end) is not None
                )
                and _OF_THE_WORKS_RX.match(analysis.text, signal.end) is None
            )
        )
        # The statement read without its bracketed remarks ("hands over (provisional
        # acceptance) the main building").
        and (
            OPENING_PROMISED_RX.search(statement)
            or _A_BUILDING_DELIVERED_RX.search(_BRACKETED_RX.sub("", statement))
        )
        and not _A_MILESTONE_BEFORE_RX.search(
            analysis.text, max(0, signal.start - 60), signal.start
        )
        # "Macron inaugure le 19 octobre la cité", said on the 12th: the day set, a step.
        and not _a_day_ahead_after(analysis, signal.sentence, signal.end)
        # A headline "Inauguration du bassin" over "la maire inaugurera le bassin jeudi": the
        # ceremony to come, a step.
        and not (signal.text == "inauguration" and analysis.holds(_INAUGURATION_AHEAD_RX))
        # "Inauguration du BRT : le ministre fixe une date": the ceremony's date, a plan.
        and not (signal.sentence == 0 and headline_sets_a_date(analysis))
    ):
        return replace(signal, name="fulfilment")
    return signal


# A participle of place that opens its sentence, before the subject it describes: "Installé
# au pied des pyramides, le musée ouvre", "installée sur deux étages, celle-ci" (not a time:
# "Installed in 2019, the turbines", "installé en juin", "installed in spring", "installed on
# Monday": a year, month, season or weekday after the preposition says when, not where).
_A_TIME_WORD = "|".join(
    sorted(
        {*MONTH_NUMBERS, *DAY_NAMES, "spring", "summer", "autumn", "fall", "winter"}
        | {"printemps", "ete", "automne", "hiver"},
        key=len,
        reverse=True,
    )
)
_PLACE_AFTER_RX = re.compile(
    r"\s+(?:au|aux|a|dans|sur|en|pres|in|at|on|near)\s+"
    rf"(?!\d|(?:the\s+|l'|le\s+)?(?:early\s+|late\s+|mid-?)?(?:{_A_TIME_WORD})(?![\w]))"
)
# A remark in brackets, no part of the phrase around it.
_BRACKETED_RX = re.compile(r"\s*\([^()]*\)")
# What an inauguration is of when it is a step: the works, the site, the first stone.
_OF_THE_WORKS_RX = re.compile(
    r"\s+(?:of the|des|du|de la)\s+(?:[\w'-]+\s+)?(?:works?|travaux|chantiers?|construction"
    r"|site|first stone|premiere pierre)(?![\w])"
)
# The ceremony said held: "celebrated its official inauguration", "held its inauguration",
# "a célébré son inauguration officielle", "l'inauguration a eu lieu".
_HELD_BEFORE_RX = re.compile(
    r"(?<![\w'])(?:celebrated|held|hosted|a celebre|ont celebre|a fete|ont fete|a tenu"
    r"|ont tenu)\s+(?:(?:its|their|the|his|her|son|sa|leur|la|l')\s*)?"
    r"(?:official\s+|grand\s+|grande\s+)?$"
)
# ... or said held after it, with no negation between: "the inauguration never took place"
# tells that it was not held.
_HELD_AFTER_RX = re.compile(
    r"(?:\s+(?!(?:never|not|no|nor|jamais|pas|ni)(?![\w'-]))(?![\w'-]*n't(?![\w'-]))[\w'-]+)"
    r"{0,6}?\s+(?:took place|was held(?! up)|a eu lieu|s'est deroulee|s'est tenue)(?![\w])"
)


# A shipment that arrived was shipped: "First iron ore shipment from Simandou arrives in
# China", for a claim that promises to ship or export it. Other arrivals stay steps ("the
# telescope arrived in French Guiana ahead of its launch").
_SHIPPING_RX = re.compile(r"(?<![\w])(?:ships?|shipp\w+|export\w*|expedi\w+)(?![\w])")
_CARGO_RX = re.compile(r"(?<![\w])(?:shipments?|cargo(?:es)?|cargaisons?|chargements?)(?![\w])")


def _shipment_arrived(analysis: ItemAnalysis, signal: Signal, statement: str) -> Signal:
    """An arrival (a step) whose clause's subject is a shipment or cargo is the fulfilment of
    a claim to ship or export it."""
    if (
        signal.name != "step"
        or not signal.text.startswith(("arrive", "est arrive", "sont arrive"))
        or not _SHIPPING_RX.search(statement)
    ):
        return signal
    clause = _CLAUSE_BREAK.split(analysis.text[max(0, signal.start - 60) : signal.start])[-1]
    if _CARGO_RX.search(clause):
        return replace(signal, name="fulfilment")
    return signal


# On-time wording that says the time is kept ("nous avons tenu le pari", "les délais seront
# tenus", "as planned", "ahead of schedule"), not a timetable held to ("on track for",
# "reste prévue pour"): a later date beside it does not make it a delay.
_TIME_KEPT_RX = re.compile(
    r"(?<![\w])(?:tenu\w*|respecte\w*|kept|on time|met|ahead|en avance|dans les (?:delais|temps)"
    r"|as (?:planned|scheduled)|comme prevu|conform\w*|not at risk|in doubt|menace\w*"
    r"|remis\w* en cause)(?![\w])"
)


def _later_date_beats_on_track(
    analysis: ItemAnalysis,
    on_track: list[Signal],
    kept: FoundDeadline | None,
    later: FoundDeadline,
) -> bool:
    """Whether a date later than the deadline in force beats "on track" wording beside it:
    the slip not yet recorded ("reste prévue pour le 14 décembre" [2020], for a line due in
    2017), unless the wording says the time is kept ("pari tenu", "ahead of schedule") or
    the promised window is said too (`kept`: "on track to ... in the fourth quarter and
    10,000 per week in 2018"), and the promise holds. "As planned" is the plan now in force:
    said of a later date, that date is still the news ("devrait s'achever, comme prévu, fin
    2021", for a deployment promised by the end of 2018), unless the date is at most two
    weeks ahead, the event's eve ("the delivery event will proceed as scheduled"), a step."""
    if kept is not None:
        return False
    imminent = _end(later) <= analysis.published_on + dt.timedelta(days=14)
    return not any(
        _TIME_KEPT_RX.search(s.text) and (imminent or not _AS_PLANNED_RX.match(s.text))
        for s in on_track
    )


# "from", "à partir du" right after a completion word, before a day: the day it starts.
_FROM_AFTER_RX = re.compile(
    r"\s+(?:from|starting(?: on| from)?|as of|a partir du|a partir de|a compter du|des le)\s+"
)
# A regulator's refusal received: "receives complete response letter from FDA".
_A_REFUSAL_AFTER_RX = re.compile(r"\s+(?:an?\s+|une\s+)?(?:complete response|lettre de reponse)")
# "joins the list of", "joins the ranks of", "rejoint la liste des": one among others.
_A_LIST_JOINED_RX = re.compile(r"\s+(?:(?:the|la|le|les)\s+)?(?:list|ranks|club|liste|rangs)\b")


# A day named by its date or as "this Thursday", not a bare weekday ("delivers its first
# jet on Monday", said on Tuesday, is the day gone by, which the parser reads forward).
_A_DATED_DAY_RX = re.compile(r"\d|\b(?:this|ce|cette)\b")
# Words between a completion word and the day it is set for: "launches this Thursday",
# "inaugure le 19 octobre la cité", "opens its doors on 3 May".
_UP_TO_A_DAY_RX = re.compile(r"[\w' ]{0,30}")
# "Soon" right before a completion word: "bientôt mis en service", "soon-to-open".
_SOON_BEFORE_RX = re.compile(r"(?<![\w'])(?:bientot|soon-to-be|soon to be|soon-to)[\s-]*$")


def _a_day_ahead_after(analysis: ItemAnalysis, sentence: int, end: int) -> bool:
    """Whether a completion word in the present is followed, in its clause, by a day still
    ahead of the item: the day it is set for ("launches this Thursday, March 20", said on
    the 18th; "inaugure le 19 octobre", said on the 12th), nothing done yet."""
    reach = end + _UP_TO_A_DAY_RX.match(analysis.text, end).end() - end  # type: ignore[union-attr]
    return any(
        end <= d.span[0] <= reach
        and d.window.precision == "day"
        and d.window.start is not None
        and d.window.start > analysis.published_on
        and _A_DATED_DAY_RX.search(fold(d.text)) is not None
        for d in analysis.deadlines_in([sentence])
    )


def _told_ahead_below(analysis: ItemAnalysis, cue: str) -> bool:
    """Whether a headline's completion verb in the present, one word ("lance", "opens"), is
    told below in the future with a day still ahead after it in its sentence ("la BCEAO
    lance sa plateforme" over "La BCEAO va officiellement lancer le mardi 30 septembre",
    said on the 24th): the headline's present tells the event set, nothing done yet."""
    if " " in cue or len(cue) < 4 or _PAST_FORM_RX.search(cue) or len(analysis.sentences) < 2:
        return False
    stem = re.escape(cue[:4])
    future = re.compile(
        rf"(?<![\w])(?:(?:va|vont|will|to)\s+(?:[\w]+\s+)?{stem}\w*"
        rf"|{stem}\w*(?:era|eront))(?![\w])"
    )
    return any(
        d.span[0] >= found.end()
        and d.window.precision == "day"
        and d.window.start is not None
        and d.window.start > analysis.published_on
        for n in range(1, len(analysis.sentences))
        for found in future.finditer(analysis.text, *analysis.sentences[n])
        for d in analysis.deadlines_in([n])
    )


def _from_a_day_ahead(analysis: ItemAnalysis, sentence: int, end: int) -> bool:
    """Whether a completion word is followed by "from" and a day still ahead of the item: a
    date set ("goes on sale from February 25", said on 27 January), nothing done yet."""
    found = _FROM_AFTER_RX.match(analysis.text, end)
    if found is None:
        return False
    return any(
        end <= d.span[0] <= found.end() + 4
        and (d.window.start or d.window.end or dt.date.min) > analysis.published_on
        for d in analysis.deadlines_in([sentence])
    )


# A time just ahead after a completion in the present: "opens tomorrow", "ouvre ses portes
# demain", "launches next week", "est inauguré dans trois jours".
_SOON_AFTER_RX = re.compile(
    r"\s+(?:[\w']+\s+){0,3}?(?:tomorrow|demain|next (?:week|month)|la semaine prochaine"
    r"|le mois prochain|later this (?:week|month)|in (?:\d+|two|three|four|five|a few) days"
    r"|dans (?:\d+|deux|trois|quatre|cinq|quelques) jours"
    # A weekday named as the next one: "mis en service lundi prochain", "opens next Monday".
    rf"|{WEEKDAY_FR} prochain|next {WEEKDAY_EN})(?![\w])"
)
# The week or month the item is told in, after a completion in the present: "opens its
# doors this week", "starts shipping this month". Ahead only in the present (or "is being
# delivered this week"): "opened this week" is done.
_THIS_WEEK_AFTER_RX = re.compile(
    r"\s+(?:[\w']+\s+){0,3}?(?:this (?:week|weekend|month)|cette semaine|ce week-end"
    r"|ce mois-ci)(?![\w])"
)
_BEING_BEFORE_RX = re.compile(r"\bbeing\s+$")
# The negations that deny a step whose words follow within three words. Not "plus", which
# before a noun is "the most": "amorcer le plus grand chantier de la région" is a step.
_STEP_NEGATIONS = NEGATIONS - {"plus"}
# A state the thing is in, neither past nor an event to come: "is now operational this month",
# "is fully operational", "now open to traffic this week", "désormais ouvert cette semaine".
_A_STATE_RX = re.compile(r"^(?:is|are)\s|\b(?:now|desormais)\b")
# English past forms not ending in -ed that open completion phrases: "came online this week",
# "began operations", "went live", "took effect", "became operational".
_IRREGULAR_PAST_RX = re.compile(r"(?:came|began|went|took|became|got|won|made|flew)\b")


# A headline's kicker before its news, with a colon or a dash: "Sénégal : ", "Paris - ".
_COLON_KICKER_RX = re.compile(r"[^:.!?\n]{1,40}(?::|\s-)\s*")


def _inauguration_dated_ahead(analysis: ItemAnalysis, signal: Signal) -> bool:
    """Whether a step is the noun "inauguration" with a date more than a week ahead within
    eight words after it in its sentence ("l'inauguration de l'AIBD en décembre", "en vue de
    l'inauguration et du fonctionnement effectif, le 7 décembre prochain")."""
    if signal.name != "step" or not signal.text.startswith("inaugur"):
        return False
    return any(
        found.span[0] >= signal.end
        and _word_distance(analysis, (signal.start, signal.end), found.span) <= 2 * _STEP_DATE_REACH
        # Not the eve of the ceremony ("la cérémonie d'inauguration ... se déroule ce jeudi"):
        # a step still.
        and (found.window.end or found.window.start or dt.date.min)
        > analysis.published_on + dt.timedelta(days=7)
        for found in analysis.deadlines_in({signal.sentence})
    )


def _as_claims_step(
    analysis: ItemAnalysis, signal: Signal, step_spans: list[tuple[int, int]]
) -> Signal:
    """For a claim that is itself a step, its step taken is its fulfilment: a step word that
    is one of the claim's, or a completion word next to one."""
    if not step_spans:
        return signal
    on_claims_step = any(s < signal.end and signal.start < e for s, e in step_spans)
    if signal.name == "step" and on_claims_step:
        return replace(signal, name="fulfilment", demoted=False)
    if signal.demoted and any(
        analysis.sentence_of(s) == signal.sentence
        and _word_distance(analysis, (s, e), (signal.start, signal.end)) <= EVENT_REACH // 2
        for s, e in step_spans
    ):
        return replace(signal, demoted=False)
    return signal


def _tied(analysis: ItemAnalysis, signal: Signal, term_spans: list[tuple[int, int]]) -> bool:
    """Whether one of the claim's words stands next to the signal."""
    return _distance(analysis, signal, term_spans) <= EVENT_REACH


def _distance(analysis: ItemAnalysis, signal: Signal, term_spans: list[tuple[int, int]]) -> int:
    """Words between the signal and the nearest of the claim's words in its sentence, not on
    it ("lancement" is a cue, not the launch claim's word; but a step named by the claim's
    own keyword, its "labelling framework", is that claim's step)."""
    nearest = EVENT_REACH + 1
    for span in term_spans:
        if span[0] < signal.end and signal.start < span[1]:
            if _effective(signal) == "step":
                return 0
            continue
        if analysis.sentence_of(span[0]) == signal.sentence:
            if _across_a_contrast(analysis.text, span, signal):
                continue
            distance = _word_distance(analysis, span, (signal.start, signal.end))
            if span[1] <= signal.start and (
                aside := _APPOSITION_RX.match(analysis.text, span[1], signal.start)
            ):
                # "Le projet X, la toute première liaison entre la France et l'Irlande, a
                # franchi une étape": the aside names the subject; its verb comes after it.
                distance -= len(re.findall(r"\w+", aside.group(0)))
            nearest = min(nearest, distance)
    return nearest


def _across_a_contrast(text: str, span: tuple[int, int], signal: Signal) -> bool:
    """Whether the signal stands in a clause set against the one naming the claim: "Even as
    Navi Mumbai airport begins commercial operations today, Noida airport continues to miss
    deadlines" (what begins is the other airport)."""
    low = max(0, signal.start - 120)
    window = text[low : signal.start]
    if not any(word in window for word in _CONTRAST_OPENERS):
        return False  # the common case, without a regular expression
    opener = _CONTRAST_OPENER_RX.search(text, low, signal.start)
    if opener is None or span[0] >= opener.start() and span[1] <= signal.start:
        return False  # no contrast, or the claim's words are in the contrasted clause too
    return "," in text[min(span[1], signal.end) : max(span[0], signal.start)]


# A clause set against the sentence's main one, up to the signal without a comma: "even as",
# "whereas", "alors que", "tandis que" (not "while", as often "during").
_CONTRAST_OPENERS = ("even as", "whereas", "alors que", "tandis que")
_CONTRAST_OPENER_RX = re.compile(rf"\b(?:{'|'.join(_CONTRAST_OPENERS)})\b[^,;]*$")


# An aside between commas right after a subject that names it again, opening on an article
# (", la toute première liaison ...,"), not a relative clause with its own verb (", qui doit
# relier ...,", ", which will become ...,": its signals are its own).
_APPOSITION_RX = re.compile(r"\s*,\s*(?:the|a|an|le|la|les|l'|un|une)\b[^,;:.()]{1,120},")


def _sentences_with(analysis: ItemAnalysis, spans: list[tuple[int, int]]) -> set[int]:
    return {analysis.sentence_of(start) for start, _ in spans}


_HEDGE_BEFORE_DATE = re.compile(
    r"\b(?:could|might|may|possibly|pourrait|pourraient|risque de|risquent de)\b[^,;.]{0,60}$"
)
_HEDGE_AFTER_DATE = re.compile(r"^[^,;.]{0,30}\b(?:is|are|was|seems) (?:more |most )?likely\b")


def _hedged_date(analysis: ItemAnalysis, found: FoundDeadline) -> bool:
    """Whether a date is said as a possibility: after "could", "may", "pourrait" in its
    clause, or followed by "is more likely"."""
    start, end = found.span
    return bool(
        _HEDGE_BEFORE_DATE.search(analysis.text, max(0, start - 80), start)
        or _HEDGE_AFTER_DATE.match(analysis.text[end : end + 60])
    )


def _proposal(
    analysis: ItemAnalysis,
    decisive: Signal,
    term_spans: list[tuple[int, int]],
    deadline_end: dt.date | None,
    name_spans: list[tuple[int, int]],
) -> FoundDeadline | None:
    """The new deadline a delay gives: the finest date of the latest year in the first of
    these groups of sentences that has one: those saying which date is now in force ("une
    nouvelle date", "désormais"), those saying something moved ("repoussé à la
    fin 2025"), the deciding sentence, those naming the claim, those that follow, any. Never
    a date that
    ends by the deadline in force ("unlikely to meet the 2025 deadline" restates it) or one
    the text places in the past ("back in December")."""
    # "ne prendrait effet qu'en septembre" says when, not that something moved.
    moved = {
        s.sentence
        for s in analysis.signals
        if s.name == "delay" and not NOT_UNTIL_FRENCH_RX.fullmatch(s.text)
    }
    after = range(decisive.sentence + 1, len(analysis.sentences))
    following = [{n} for n in after]
    groups = (
        {
            n
            for n in range(len(analysis.sentences))
            if _NOW_RX.search(analysis.text, *analysis.sentences[n])
        },
        moved,
        {decisive.sentence},
        _sentences_with(analysis, term_spans),
        *following,
        range(len(analysis.sentences)),
    )

    def ahead(sentences: Iterable[int]) -> list[FoundDeadline]:
        future = [
            d
            for d in analysis.deadlines_in(sentences)
            if _end(d) > analysis.published_on
            and (deadline_end is None or d.window.end is None or d.window.end > deadline_end)
            and not _said_of_the_past(analysis, d)
        ]
        # A date said as a mere possibility ("could easily slip to the middle of 2020", "a
        # June 2020 launch date is more likely") gives way to one said firmly beside it.
        return [d for d in future if not _hedged_date(analysis, d)] or future

    def listed_after(first: int, dated: list[FoundDeadline]) -> list[FoundDeadline]:
        """The dates the sentences right after `first` list with its own, one a sentence,
        for a group or a part ("Corporate taxpayers must comply by 1 January 2026. All
        others must comply by 1 July 2026."): each said alike (of one precision) and going
        on with the list, by the cue said before its date ("comply"), by opening on the
        others ("all other", "les autres"), or by naming the claim or its promiser. The list
        ends at the first sentence that does none of these or has no such date ("The
        finance minister will present the budget on 14 October 2026" is another matter)."""
        alike = {d.window.precision for d in dated}
        cue = _cue_words(analysis, dated)
        naming = _sentences_with(analysis, term_spans + name_spans)
        listed: list[FoundDeadline] = []
        for n in range(first + 1, len(analysis.sentences)):
            more = [d for d in ahead({n}) if d.window.precision in alike]
            if not more or not (
                n in naming
                or cue & _cue_words(analysis, more)
                or _THE_OTHERS_RX.match(analysis.text, analysis.sentences[n][0])
            ):
                break
            listed += more
        return listed

    for sentences in groups:
        future = ahead(sentences)
        if future and any(sentences is one for one in following):
            # Of dates listed one a sentence, the thing is done by the last.
            future += listed_after(min(sentences), future)
        if future:
            # The latest year, then the finest date in it ("Q1 2023" over "2023"), then the
            # latest; of two ending together, the one with a start says more ("to 2027"
            # rather than "until 2027").
            chosen = max(
                future,
                key=lambda d: (
                    _end(d).year,
                    -_coarseness(d),
                    _end(d),
                    d.window.start or dt.date.min,
                ),
            )
            chosen = _the_date_moved_to(analysis, chosen)
            return told_more_finely(analysis, chosen, term_spans + name_spans) or chosen
    return None


# A sentence that goes on with a list by the rest of its members: "All other taxpayers ...",
# "The others ...", "Les autres entreprises ...".
_THE_OTHERS_RX = re.compile(
    r"\s*(?:(?:and|then|et|puis),?\s+)?(?:all\s+(?:the\s+)?others?|the\s+others?|the\s+rest|"
    r"(?:all\s+)?(?:the\s+)?remaining|(?:tous|toutes)\s+les\s+autres|les\s+autres)\b"
)
# Words that say how, not what: a modal or an adverb shared by two sentences lists nothing.
_NO_CUE = frozenset(
    (
        *("must", "should", "shall", "would", "could", "also", "only", "then", "still", "just"),
        *("doit", "doivent", "devra", "devront", "devrait", "devraient", "aussi"),
    )
)


def _cue_words(analysis: ItemAnalysis, dated: list[FoundDeadline]) -> set[str]:
    """The words that lead to a sentence's first date, from the sentence's start ("must
    comply by"): those of four letters or more that are neither function words nor numbers."""
    start = min(d.span[0] for d in dated)
    before = analysis.text[analysis.sentences[analysis.sentence_of(start)][0] : start]
    return {w for w in re.findall(r"[a-z]{4,}", before) if w not in STOP and w not in _NO_CUE}


# What says a date is the one now in force: "sortira désormais le 19 novembre", "is now set
# for a new opening date in 2025", "a new target of the end of 2024" (not "now" alone, nor a
# new thing: "the new Vulcan rocket", "New Glenn launch").
_NOW_RX = re.compile(
    r"(?<![\w])(?:desormais|dorenavant|(?:new|revised)\s+(?:(?:opening|launch|completion|"
    r"delivery|release|start|target|expected|estimated)\s+)?(?:dates?|targets?|deadlines?|"
    r"opening|launch|expected)"
    r"|(?:nouvelles?|nouveaux?)\s+(?:dates?|echeances?|calendriers?|objectifs?))(?![\w])"
)


# A date moved from one day to another, read by the parser as one span: "du 24 mars au 7
# avril", "from the previously communicated end of August to the end of November".
_FROM_TO_RX = re.compile(r"^(?:from|du|de)\b.*\s(?:to|au|a|until|jusqu'au)\s+(?=\S)")
# What says the span is a move, before it in its sentence: "a déplacé son lancement dans le pays",
# "has extended the PDUFA action date", "pushed back".
_MOVED_BEFORE_RX = re.compile(
    r"(?<![\w])(?:deplac\w*|decal\w*|repouss\w*|report\w*|extend\w*|extension|prolong\w*"
    r"|moved|pushed|postpon\w*|delay\w*|shift\w*)(?![\w])[^.;:!?]{0,200}$"
)


def _the_date_moved_to(analysis: ItemAnalysis, found: FoundDeadline) -> FoundDeadline:
    """A span from one date to another after words of a move is the move: the date it
    moves to is the new one ("a déplacé son lancement du 24 mars au 7 avril" proposes the
    7th of April). Any other span stays as it is."""
    folded = fold(found.text)
    to = _FROM_TO_RX.match(folded)
    if to is None or not _MOVED_BEFORE_RX.search(
        analysis.text, max(0, found.span[0] - 220), found.span[0]
    ):
        return found
    offset = found.span[0] + to.end()
    tail = _find_deadlines(found.text[to.end() :], analysis.published_on)
    if not tail:
        return found
    moved_to = tail[0]
    return FoundDeadline(
        moved_to.text,
        moved_to.window,
        (offset + moved_to.span[0], offset + moved_to.span[1]),
    )


# Two days offered for one event: "on 17 or 26 March 2022" is no one day set.
_ALTERNATIVE_DAYS_RX = re.compile(r"\d\s+(?:or|ou)\s+\d")


def told_more_finely(
    analysis: ItemAnalysis,
    chosen: FoundDeadline,
    claim_spans: list[tuple[int, int]],
    *,
    ahead: bool = False,
) -> FoundDeadline | None:
    """The new date told again more finely, inside it, in a sentence naming the claim or its
    promiser ("repousse l'ouverture à décembre 2022", then "n'ouvrirait que le 11 décembre
    2022"; "bumped into next year", then "off until at least next March"); None if not.
    With `ahead`, only a date not over when the item is published ("arrived at the centre
    on May 20th", said that day, is what happened)."""
    start, end = chosen.window.start, chosen.window.end
    if start is None or end is None or chosen.window.precision not in _REFINABLE:
        return None  # a day, a week, a span is fine enough ("the week commencing August 19")
    finer = [
        d
        for d in analysis.deadlines_in(_sentences_with(analysis, claim_spans))
        if _coarseness(d) < _coarseness(chosen)
        # A "by" date ("deadline of July 31") sets no finer window, only its end.
        and d.window.start is not None
        and start <= d.window.start <= end
        and (d.window.end is None or d.window.end <= end)
        and not _said_of_the_past(analysis, d)
        and not (
            ahead
            and (
                _end(d) <= analysis.published_on
                or analysis.sentence_of(d.span[0]) == analysis.sentence_of(chosen.span[0])
                or _ALTERNATIVE_DAYS_RX.search(fold(d.text))
            )
        )
    ]
    return min(finer, key=_coarseness) if finer else None


# The adverbs that open ORIGINAL_PLAN_RX, looked for once per item before it is run.
_FIRST_PLAN_ADVERB_RX = re.compile(r"initial|origin")


def _said_of_the_past(analysis: ItemAnalysis, found: FoundDeadline) -> bool:
    """Whether a date is placed in the past ("back in December", "since June"), or is what
    was planned before ("l'objectif était fixé à 2023", "was originally due in 2024"): the
    old plan, not the new date."""
    return bool(
        PAST_MARKERS_RX.search(analysis.text, max(0, found.span[0] - 20), found.span[0])
        or PAST_PLAN_RX.search(analysis.text, max(0, found.span[0] - 50), found.span[0])
        # "initialement prévu le 6 juillet", "originally planned to begin deliveries this
        # spring": the first plan, by its adverb (looked for only in an item holding one).
        or (
            analysis.holds(_FIRST_PLAN_ADVERB_RX)
            and ORIGINAL_PLAN_RX.search(analysis.text, max(0, found.span[0] - 90), found.span[0])
            is not None
        )
        # "discontinued after just four years": a life gone by, no date ahead.
        or AFTER_SO_SHORT_RX.match(fold(found.text))
    )


# What the promised thing is for, said before a date in its sentence ("l'ouvrage permettra
# d'avoir trois piscines dans la Seine en 2025", "designed to improve the water quality ...
# with the objective of rendering the Seine swimmable for the public by summer 2025"): the
# date is the purpose's, not a new date for the thing.
_A_PURPOSE_BEFORE_RX = re.compile(
    r"(?<![\w])(?:permettra|permettront|permettre|with the objective of|designed to"
    r"|in order to|afin de|afin d'|so as to)(?![\w])(?:(?![.;:!?]).){0,200}$"
)


def _a_purpose_before(analysis: ItemAnalysis, found: FoundDeadline) -> bool:
    """Whether the date's sentence says what the thing is for before it (not a delay as the
    purpose: "in order to delay the application to January 1st, 2019" is a new date)."""
    start = analysis.sentences[analysis.sentence_of(found.span[0])][0]
    m = _A_PURPOSE_BEFORE_RX.search(analysis.text, start, found.span[0])
    return m is not None and not SIGNAL_RX["delay"].search(analysis.text, m.start(), found.span[0])


# A journey's stage told before a date in its sentence: the craft arriving at a place written
# as a name ("will arrive at Jupiter in April 2030 and begin 49 flybys of Europa in 2031",
# "il lui faudra 8 ans pour rejoindre Jupiter en 2031", "which gets Clipper to the Jovian
# system in 2030", "arrival at Mercury in November 2026"). For a claim that promises a
# launch, that stage comes after the launch by its nature: its date is none for the launch.
# A place in lower case ("arrive à quai en 2025") or a date right after the verb ("will
# arrive in 2026": the thing itself arrives) is no stage of a journey.
_A_JOURNEYS_STAGE_RX = re.compile(
    r"(?<![\w])(?:arriv\w*|reach\w*|(?P<join>rejoindr\w*|rejoint)|atteindr\w*|atteint"
    r"|atteign\w*|(?:gets?|got|getting|takes?|took|taking|will (?:get|take))"
    r"\s+(?:[\w'-]+\s+){1,4}?to"
    r"|en route (?:to|vers|pour))\s+(?:(?:at|in|on|to|a|au|aux|sur|the|le|la|les)\s+|l')*"
    r"(?=[\w-])"
)
# No place: a day or a month after the verb ("reached Monday", "will arrive in January",
# "arrivera Lundi"; not "mars", which as a name is the planet).
_A_DAY_OR_MONTH_RX = re.compile(rf"(?:{WEEKDAY_EN}|{WEEKDAY_FR}|{MONTHS_NOT_A_PLACE})(?![\w])")
# A launch promised: "ESA launches the Juice spacecraft toward Jupiter" (the launch words
# `_FLIGHT_PROMISED_RX` shares), of a craft into space: the claim names a rocket, an orbit
# (`_A_ROCKET_RX`) or a craft flown ("Streamora launches its streaming service" is none).
LAUNCH_PROMISED_RX = re.compile(rf"(?<![\w])(?:{_LAUNCH_WORDS})(?![\w])")
_A_CRAFT_RX = re.compile(
    r"(?<![\w])(?:probes?|sondes?|spacecraft|vaisseaux?|satellites?|missions?|telescopes?"
    r"|capsules?|landers?|rovers?|atterrisseurs?|flights?|vols?)(?![\w])"
)


def a_journeys_stage(
    analysis: ItemAnalysis, statement: str, name_spans: Iterable[tuple[int, int]] = ()
) -> Callable[[FoundDeadline], bool]:
    """For a claim whose (folded) statement promises a launch into space, whether a date is
    a journey's later stage: its sentence tells, before it, the craft arriving at a place
    written as a name (see `_A_JOURNEYS_STAGE_RX`), not a day or a month, not the promiser
    (at `name_spans`; "rejoint OSA", as an acronym after "rejoindre", joins a body), and no
    launch word told between the arrival and the date ("will reach the launch site in
    January, with launch now targeted for March": the launch's date). For any other claim,
    no date is."""
    if not _says(LAUNCH_PROMISED_RX, statement) or not (
        _A_ROCKET_RX.search(statement) or _A_CRAFT_RX.search(statement)
    ):
        return lambda found: False
    names_at = {start for start, _ in name_spans}

    def of_a_stage(found: FoundDeadline) -> bool:
        start = analysis.sentences[analysis.sentence_of(found.span[0])][0]
        for m in _A_JOURNEYS_STAGE_RX.finditer(analysis.text, start, found.span[0]):
            between = analysis.text[m.end() : found.span[0]]
            if re.search(r"[;:]", between) or LAUNCH_PROMISED_RX.search(between):
                continue
            if not analysis.source[m.end() : m.end() + 1].isupper():
                continue
            if _A_DAY_OR_MONTH_RX.match(analysis.text, m.end()) or m.end() in names_at:
                continue
            word = re.match(r"[\w-]+", analysis.source[m.end() :])
            if m.group("join") and word is not None and word.group().isupper():
                continue
            return True
        return False

    return of_a_stage


# A figure to reach, right before a date in its clause: a count of people, places or things
# ("to serve about 30 million people by April 2023", "in 25 cities by April 2023", "to grow
# to over 1,000 by next year"): the date is a scale's, the thing grown to it after it
# starts, not a new date for the thing itself. Not a share or a sum ("70 percent by the end
# of the year", "$16 billion by 2024"), which may tell the thing itself late.
_A_FIGURE_TO_REACH_RX = re.compile(
    r"(?:\d(?:[\d,.]*\d)?\s+(?:(?:millions?|billions?|million de|millions de)\s+)?"
    r"(?:[a-z]+\s+)?(?:people|customers|subscribers|users|cities|towns|households|villes"
    r"|clients|abonnes|foyers|habitants|personnes)"
    r"|\bto\s+(?:over|about|some|nearly|almost|more than)\s+\d[\d,.]*)"
    r"(?:\s+[\w'-]+){0,5}\s+$"
)


def _a_figure_to_reach_before(analysis: ItemAnalysis, found: FoundDeadline) -> bool:
    """Whether a figure to reach stands right before the date, in its clause."""
    start = max(0, found.span[0] - 80)
    return _A_FIGURE_TO_REACH_RX.search(analysis.text, start, found.span[0]) is not None


def _new_date(
    analysis: ItemAnalysis,
    term_spans: list[tuple[int, int]],
    deadline_start: dt.date | None,
    deadline_end: dt.date | None,
    promises_a_first: bool,
    *,
    opening_promised: bool = False,
    of_a_stage: Callable[[FoundDeadline], bool] | None = None,
) -> FoundDeadline | None:
    """A date for the claim later than its deadline in force: in a sentence naming the claim,
    next to its words, its window starting after that deadline (for a "not before" deadline,
    after its start) and not yet over. A date that belongs to a step the claim did not
    promise ("les travaux préparatoires mi-2024") is none; an inauguration's is the opening's,
    for a claim that promises one ("exige l'inauguration de l'AIBD en décembre")."""
    if deadline_end is None and deadline_start is None:
        return None
    sentences = _sentences_with(analysis, term_spans)
    if promises_a_first:
        sentences = {n for n in sentences if FIRST_RX.search(analysis.text, *analysis.sentences[n])}
    steps = [
        s
        for s in analysis.signals
        if s.name == "step" and not (opening_promised and s.text.startswith("inaugur"))
    ]
    later = []
    for found in analysis.deadlines_in(sentences):
        if not _later_than_the_deadline(analysis, found, deadline_start, deadline_end):
            continue
        if _COUNTED_FROM_ANOTHER_DAY.search(fold(found.text)):
            continue  # "payé en début de mois suivant": the month after another day's
        sentence = analysis.sentence_of(found.span[0])
        sentence_start, sentence_end = analysis.sentences[sentence]
        if _MEETING_RX.search(
            analysis.text,
            max(sentence_start, found.span[0] - 40),
            min(sentence_end, found.span[1] + 120),
        ):
            continue  # "On 12 March the two heads will meet to discuss": a meeting's day
        if _a_purpose_before(analysis, found):
            continue  # "le bassin permettra la baignade en 2025": what the thing is for
        if _a_figure_to_reach_before(analysis, found):
            continue  # "to serve 30 million people by 2027": a scale's date
        if of_a_stage is not None and of_a_stage(found):
            continue  # "will arrive at Jupiter in 2030", for a launch: a later stage's date
        near = [
            _word_distance(analysis, span, found.span)
            for span in term_spans
            if analysis.sentence_of(span[0]) == sentence
        ]
        if not near or min(near) > 2 * EVENT_REACH:
            continue
        if any(
            s.sentence == sentence
            and _word_distance(analysis, (s.start, s.end), found.span) <= _STEP_DATE_REACH
            and not any(_word_distance(analysis, t, (s.start, s.end)) == 0 for t in term_spans)
            for s in steps
        ):
            continue  # the date of a step ("la construction démarrera en 2026")
        later.append(found)
    return max(later, key=_end) if later else None


# The thing's own outcome told as planned, with the date it is now set for: "passenger
# service is expected to begin in late 2027", "set to enter commercial service in November
# 2024", "dont l'inauguration est prévue en 2026" (see `_a_planned_outcome_date`); the
# services in the plural too ("passenger services are expected to start in July").
_OUTCOME = (
    r"(?:open|opens|opening|services?|operations?|operational|operating|launch|launched|"
    r"completion|completed|complete|done|delivery|delivered|criticality|generating power|"
    r"inauguration|inauguree?|ouverture|ouvert|ouverte|livraison|livree?|exploitation|"
    r"lancement|lancee?|achevement|achevee?|operationnelle?|mise en service)"
)
_EXPECTED = (
    r"(?:expected|slated|scheduled|set|due|planned|likely|anticipated|should|"
    r"prevue?s?|attendue?s?|fixee?s?|programmee?s?|envisagee?s?|devrait|devraient)"
)
_PLANNED_OUTCOME_RX = re.compile(
    rf"(?<![\w'-]){_OUTCOME}(?:\s+[\w'-]+){{0,3}}?\s+"
    rf"(?:(?:is|are|was|were|est|sont|now|desormais|maintenant)\s+)*{_EXPECTED}(?![\w'-])"
    rf"|(?<![\w'-]){_EXPECTED}\s+(?:(?:to|a|d'|de)\s*)?(?:[\w'-]+\s+){{0,3}}?"
    rf"{_OUTCOME}(?![\w'-])"
)
_FORMERLY_BEFORE_RX = re.compile(
    r"(?<![\w'])(?:originally|initially|earlier|previously|at first|initialement|a l'origine|"
    r"au depart|supposed)\b[^.;]*$"
)
# Another part of the thing, or the rest of it, whose outcome is told: "three other routes".
_ANOTHER_PART_BEFORE_RX = re.compile(
    r"(?<![\w'])(?:other|others|remaining|autres?|restants?|restantes?)(?![\w'])[^.;]*$"
)
_EARLIEST_RX = re.compile(r"(?<![\w'])(?:as early as|at the earliest|au plus tot|des)(?![\w'])")
# How many words may stand between the planned outcome and its date ("to begin in").
_PLANNED_DATE_REACH = 6


def _a_planned_outcome_date(
    analysis: ItemAnalysis,
    term_spans: list[tuple[int, int]],
    deadline_start: dt.date | None,
    deadline_end: dt.date | None,
    another_place: Callable[[tuple[int, int]], bool] | None = None,
) -> FoundDeadline | None:
    """Past a step that decides, the date the thing's own outcome is now planned for, later
    than the deadline in force: an outcome word (opening, service, launch, completion,
    delivery, "mise en service", "livraison"...) told with what is expected of it
    ("expected", "slated", "set to", "due", "prévue", "devrait"), the date a few words
    after. The item is the claim's (the step stands next to its words), so the outcome is
    the thing's though its sentence names it only by the event; a step's own date, an older
    plan ("originally expected"), a purpose or a scale are none, and so is an outcome whose
    clause another named place qualifies (`another_place`, asked of each word before the
    outcome's expectation and of the outcome word: "À Kessport, l'usine devrait entrer en
    service"). The latest such date."""
    if (deadline_end is None and deadline_start is None) or not analysis.holds(_PLANNED_OUTCOME_RX):
        return None  # `holds` is asked once an item, whatever the claims
    found_any = list(_PLANNED_OUTCOME_RX.finditer(analysis.text))
    steps = [s for s in analysis.signals if s.name == "step"]
    later = []
    for m in found_any:
        sentence = analysis.sentence_of(m.start())
        sentence_start = analysis.sentences[sentence][0]
        if _FORMERLY_BEFORE_RX.search(analysis.text, sentence_start, m.start()):
            continue
        if _ANOTHER_PART_BEFORE_RX.search(analysis.text, sentence_start, m.start()):
            continue  # "three other routes ... due to open towards the end of 2024"
        for found in analysis.deadlines_in([sentence]):
            if found.span[0] < m.start() or found.span[1] <= m.end():
                continue  # the parser may take the expectation in ("prévue pour juin 2024")
            between = analysis.text[m.end() : max(m.end(), found.span[0])]
            if len(between.split()) > _PLANNED_DATE_REACH or re.search(r"[.;]", between):
                continue
            if _EARLIEST_RX.search(f"{between} {fold(found.text)}") or _hedged_date(
                analysis, found
            ):
                continue  # "expected as early as June": the soonest it may come, no date set
            if not _later_than_the_deadline(analysis, found, deadline_start, deadline_end):
                continue
            if _a_purpose_before(analysis, found) or _a_figure_to_reach_before(analysis, found):
                continue
            if any(
                s.sentence == sentence
                and _word_distance(analysis, (s.start, s.end), found.span) <= _STEP_DATE_REACH
                and not any(_word_distance(analysis, t, (s.start, s.end)) == 0 for t in term_spans)
                and not (m.start() <= s.start < m.end())
                for s in steps
            ):
                continue  # the date of a step ("trial runs will be conducted by June")
            if another_place is not None and any(
                another_place(w.span())
                for w in _WORD.finditer(analysis.text, sentence_start, m.end())
            ):
                break  # another place's thing ("the plant at Kessport is expected to open")
            later.append(found)
    return max(later, key=_end) if later else None


def a_steps_date(
    analysis: ItemAnalysis, term_spans: list[tuple[int, int]]
) -> Callable[[FoundDeadline], bool]:
    """Whether a date is a step's: a month or a day written without its year, within a few
    words of a step word in its sentence ("following our pilots in February", said in May;
    "la pose de la quille en août", said in December), the step not being words of the
    claim's own. The parser reads such a date forward, as the next February; beside a step
    it says when the step happened (or happens), no new date for the thing, as `_new_date`
    reads a step's date next to the claim's words. A date with its year is left to be read
    as it is: beside "phase", "pilot" or "works" it is as often the thing's own ("the
    commissioning of the pilot project is planned for the beginning of 2024")."""
    steps = [s for s in analysis.signals if s.name == "step"]

    def of_a_step(found: FoundDeadline) -> bool:
        if YEAR_RX.search(found.text):
            return False
        sentence = analysis.sentence_of(found.span[0])
        return any(
            s.sentence == sentence
            and _word_distance(analysis, (s.start, s.end), found.span) <= _STEP_DATE_REACH
            and not any(_word_distance(analysis, t, (s.start, s.end)) == 0 for t in term_spans)
            for s in steps
        )

    return of_a_step


def _later_than_the_deadline(
    analysis: ItemAnalysis,
    found: FoundDeadline,
    deadline_start: dt.date | None,
    deadline_end: dt.date | None,
) -> bool:
    """Whether a date's period starts after the deadline in force (for a "not before"
    deadline, after its start), is not over when the item is published, and is not said of
    the past ("was originally due in 2024", "after just four years")."""
    start, end = _period_start(found), found.window.end
    if deadline_end is not None:
        after = start is not None and start > deadline_end
    else:
        after = start is not None and deadline_start is not None and start > deadline_start
    return (
        after
        and (end or start or dt.date.min) > analysis.published_on
        and not _said_of_the_past(analysis, found)
    )


def a_later_date(
    analysis: ItemAnalysis,
    deadline_end: dt.date,
    passed_over: Callable[[FoundDeadline], bool] | None = None,
) -> FoundDeadline | None:
    """The item's first date, anywhere in it, later than the deadline in force (see
    `_later_than_the_deadline`): a new date, for a claim the item is about (see
    `score._dated_by_the_headline`). A date `passed_over` says is not one (an aim, beside a
    step: see `score._score`) leaves the next."""
    return next(
        (
            f
            for f in analysis.deadlines
            if _later_than_the_deadline(analysis, f, None, deadline_end)
            and not _a_purpose_before(analysis, f)
            and not _a_figure_to_reach_before(analysis, f)
            and not (passed_over is not None and passed_over(f))
        ),
        None,
    )


def _date_kept(
    analysis: ItemAnalysis,
    term_spans: list[tuple[int, int]],
    deadline_start: dt.date | None,
    deadline_end: dt.date | None,
) -> FoundDeadline | None:
    """A date for the claim set ahead and inside its promised window ("sera lancé le 2
    février 2024", for a launch promised early in 2024), or the window said again (the
    promise reaffirmed: "which we plan to open in 2022"), or its deadline said again as a
    deadline ("plans to have Giga Berlin operational by July 2021"), in a sentence naming
    the claim, next to its words, not yet come when the item is published, neither a step's
    date nor one said of the past. A finer date only for a promise with a window ("by 2026"
    has no start to hold a date within)."""
    if deadline_end is None or analysis.published_on > deadline_end:
        return None
    sentences = _sentences_with(analysis, term_spans)
    steps = [s for s in analysis.signals if s.name == "step"]
    for found in analysis.deadlines_in(sentences):
        start, end = found.window.start, found.window.end
        # The deadline said again as a deadline ("by July 2021", "d'ici 2025"), or a window
        # ahead inside the promised one.
        # For a "by" promise, its last period said ahead is the promise said again too
        # ("decommissioning all nuclear plants next year", for "by 2022", said in 2021).
        again = end == deadline_end and (
            (start is None and found.window.qualifier == "by")
            or (deadline_start is None and start is not None and analysis.published_on < start)
        )
        inside = (
            start is not None
            and end is not None
            and deadline_start is not None
            and analysis.published_on < start
            and deadline_start <= start
            and end <= deadline_end
        )
        # A nearer deadline ahead for a promise with none but its end ("d'ici septembre 2022",
        # for "by the end of 2022"): the promise said again, more tightly.
        # So is a deadline ahead that falls inside a promised window ("au plus tard le 12
        # janvier 2012", for early in 2012): done by then, within the window or before it.
        tighter = (
            start is None
            and end is not None
            and found.window.qualifier == "by"
            and analysis.published_on < end
            and (end < deadline_end if deadline_start is None else deadline_start <= end)
            and end <= deadline_end
        )
        if not (again or inside or tighter):
            continue
        if _said_of_the_past(analysis, found):
            continue
        sentence = analysis.sentence_of(found.span[0])
        near = [
            _word_distance(analysis, span, found.span)
            for span in term_spans
            if analysis.sentence_of(span[0]) == sentence
        ]
        if not near or min(near) > 2 * EVENT_REACH:
            continue
        if any(
            s.sentence == sentence
            and _word_distance(analysis, (s.start, s.end), found.span) <= _STEP_DATE_REACH
            for s in steps
        ):
            continue  # the date of a step
        return found
    return None


# How many months a named period lasts, for the start of a "by" date that names one: a
# month, a quarter, a season, a half, a year. Not "by late 2025" or "by mid-2026", whose
# part of the year writers draw loosely ("full output by late in the year").
_PERIOD_MONTHS = {"month": 1, "quarter": 3, "season": 3, "half": 6, "year": 12}


def _period_start(found: FoundDeadline) -> dt.date | None:
    """Where a window starts; for "by 2026", "d'ici juin" or "by fall 2025", the start of the
    year, month or season it names (a relative "within five years" has none)."""
    window = found.window
    if window.start is not None or window.end is None:
        return window.start
    months = _PERIOD_MONTHS.get(window.precision)
    if months is None:
        return None
    first = window.end.year * 12 + window.end.month - months
    return dt.date(first // 12, first % 12 + 1, 1)


# A promised window this long or longer is a year (or more): coarse enough that the promise's
# own date is said more finely inside it later.
_A_YEAR_DAYS = 364


def _before_the_deadline(
    analysis: ItemAnalysis,
    sentence: int,
    deadline_end: dt.date | None,
    deadline_start: dt.date | None = None,
) -> bool:
    """Whether every date of the sentence (one at least) ends well before the deadline in
    force, and the item comes before it too: what is late there is an earlier milestone
    (not the promised date itself, told as the plan that slipped).
    A headline's delay with no date of its own is read against the item's dates: when all of
    them end before the deadline ("Vega C rocket launch delay", then "ready for its return to
    flight next week" for a promise of the year's end), the slip stays within the promise.
    A date inside a promised year (from its start) is no earlier milestone's."""
    if deadline_end is None or analysis.published_on > deadline_end:
        return False
    start, end = analysis.sentences[sentence]
    if _names_a_later_year(analysis.text, deadline_end, start, end):
        return False  # a later year is said: no need to parse the sentence
    found = analysis.deadlines_in([sentence])
    margin = dt.timedelta(days=_PLAN_DAYS)
    if not found and sentence == 0:
        if _names_a_later_year(analysis.text, deadline_end):
            return False
        found = analysis.deadlines_in(list(range(len(analysis.sentences))))
        margin = dt.timedelta(0)
    # A date over when the item is published tells when something happened, no milestone;
    # so does its own day ("May 5 The United Arab Emirates is delaying ...": its dateline).
    found = [d for d in found if not (d.window.end and d.window.end <= analysis.published_on)]
    # The promised date told as the plan that slipped ("had been hoping to play their first
    # match on September 15", for the 15th; "was due to be handed over next month", within
    # the promised year) is the promise's own date, no earlier milestone's.
    return bool(found) and all(
        d.window.end
        and d.window.end + margin < deadline_end
        # A date inside a promised year is the promise's own time ("opening delayed to June
        # 2026", for an opening promised in 2026): what slips is the promise, said more
        # finely since. Not inside a window of a season or less (a flight promised for June
        # to August, "ready for its first flight on July 5, a day later than planned").
        and not (
            deadline_start is not None
            and (deadline_end - deadline_start).days >= _A_YEAR_DAYS
            and d.window.start is not None
            and d.window.start >= deadline_start
        )
        and not (
            deadline_start is not None
            and deadline_start <= d.window.end
            and _the_plan_that_slipped(analysis, d)
        )
        for d in found
    )


# A date told as the plan, before it in its clause: "was due to be handed over next month",
# "had been hoping to play their first match on September 15", "l'inauguration, prévue le 15
# septembre, a été repoussée", "initialement attendu en juin". Not a plan said to be the new
# one ("now expected", "désormais prévue", "a new date").
_PLANNED_BEFORE_RX = re.compile(
    r"\b(?:prevue?s?|due|expected|scheduled|planned|slated|hop(?:ed|ing)|initialement"
    r"|originally|initially|devait|devaient|was to|were to)\b"
    r"(?:(?!\b(?:now|desormais|maintenant|new|nouvelle?)\b)[^.;:!?])*$"
)


def _the_plan_that_slipped(analysis: ItemAnalysis, found: FoundDeadline) -> bool:
    start = max(analysis.sentences[analysis.sentence_of(found.span[0])][0], found.span[0] - 90)
    return _said_of_the_past(analysis, found) or bool(
        _PLANNED_BEFORE_RX.search(analysis.text, start, found.span[0])
    )


def _names_a_later_year(
    text: str, deadline_end: dt.date, start: int = 0, end: int | None = None
) -> bool:
    """Whether the text (between `start` and `end`) names a year after the deadline's."""
    found = YEAR_RX.findall(text, start, len(text) if end is None else end)
    return any(int(year) > deadline_end.year for year in found)


# The finer a date, the more it says: of two dates in one year, the finer is the proposal.
_FINENESS = ("day", "week", "month", "quarter", "season", "part_of_year", "half", "year")


# A month or coarser may be told again more finely (see `told_more_finely`).
_REFINABLE = frozenset(_FINENESS[_FINENESS.index("month") :])


def _coarseness(found: FoundDeadline) -> int:
    precision = found.window.precision
    return _FINENESS.index(precision) if precision in _FINENESS else len(_FINENESS)
