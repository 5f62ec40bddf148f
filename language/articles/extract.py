"""Finding the dated promises in an article's sentences: `extract_drafts`."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

from language.deadlines import DeadlineParseError, DeadlineWindow, FoundDeadline, find_deadlines
from language.kinds import Category
from language.text import fold_case as _fold
from language.text import guess_language

from .lexicon import (
    _ATTRIBUTION,
    _BACK_REFERENCE,
    _CATEGORIES,
    _CONNECTIVE,
    _EVENTS,
    _EXPECTED,
    _FORWARD_EN,
    _FORWARD_FR,
    _FR_FUTURE,
    _FR_NOT_FUTURE,
    _NAME,
    _NOT_NAMES,
    _NOT_PARTICIPLES,
    _NOT_PAST_ED,
    _ORG_NOUN,
    _PAST_EN,
    _PAST_FR,
    _PAST_FR_ADJACENT,
    _PERSON_NOUN,
    _POSSESSIVE_OPENING,
    _SPEECH_AFTER_DATE,
    _SPEECH_BEFORE_DATE,
    _STRONG,
    _VAGUE,
)
from .page import _compile, _is_heading, _paragraphs, _words_between, split_sentences
from .records import MAX_SENTENCE_LENGTH, DraftCandidate, KnownOrganisation, Sentence


@dataclass
class _Cue:
    start: int
    end: int
    phrase: str
    strong: bool


@dataclass
class _Org:
    pk: int | None
    name: str
    start: int
    end: int


@dataclass
class _Context:
    """What the scan remembers from one sentence to the next."""

    organisations: Sequence[KnownOrganisation]
    matchers: list[tuple[KnownOrganisation, re.Pattern[str]]]
    language: str
    text: str = ""
    topic: _Org | None = None
    names_seen: list[str] = field(default_factory=list)


def _organisation_matchers(
    organisations: Sequence[KnownOrganisation],
) -> list[tuple[KnownOrganisation, re.Pattern[str]]]:
    matchers = []
    for organisation in organisations:
        names = sorted({organisation.name, *organisation.aliases}, key=len, reverse=True)
        names = [n for n in names if len(n.strip()) >= 2]
        if not names:
            continue
        # Case-sensitive: "Orange" the company, not "orange" the colour.
        alternatives = "|".join(re.escape(name.strip()) for name in names)
        matchers.append(
            (organisation, re.compile(rf"(?<![\w-])(?:{alternatives})(?:'s)?(?![\w-])"))
        )
    return matchers


def _known_mentions(sentence: str, context: _Context) -> list[_Org]:
    mentions = [
        _Org(org.pk, org.name, m.start(), m.end())
        for org, pattern in context.matchers
        for m in pattern.finditer(sentence)
    ]
    # Of overlapping mentions ("Orange Business" and "Orange"), keep the longest.
    mentions.sort(key=lambda o: (o.start, -(o.end - o.start)))
    kept: list[_Org] = []
    for mention in mentions:
        if not kept or mention.start >= kept[-1].end:
            kept.append(mention)
    return kept


def _known(name: str, context: _Context) -> _Org | None:
    mentions = _known_mentions(name, context)
    return mentions[0] if mentions else None


def _leading_name(sentence: str, context: _Context) -> _Org | None:
    """The organisation a sentence starts with: "Bleu, ...", "Nordvik Cloud plans to ..."."""
    body = sentence.lstrip("\"'\u00ab\u201c\u2018( ")
    # "Meanwhile Aurora Compute plans ...", "De son côté, OVHcloud ...": skip the connective.
    if connective := _CONNECTIVE.match(body):
        body = body[connective.end() :]
    offset = len(sentence) - len(body)
    match = _NAME.match(body)
    if not match:
        return None
    name = match.group().rstrip(".")
    first_word = re.split(r"[ '-]", name)[0].lower()
    if first_word in _NOT_NAMES:
        return None
    known = _known(name, context)
    if known is not None:
        return _Org(known.pk, known.name, offset, offset + len(name))
    rest = body[match.end() :]
    apposition = re.match(r"\s*,([^,]*)", rest)
    if apposition and _PERSON_NOUN.search(_fold(apposition.group(1))):
        return None
    described = bool(apposition and _ORG_NOUN.search(_fold(apposition.group(1))))
    acting = re.match(r"\s+(?:\w+\s+)?(?:" + _ALL_CUES.pattern + ")", _fold(rest))
    # "Nordvik" after "Nordvik Cloud": the same organisation, by its full name.
    full = next((seen for seen in context.names_seen if seen.startswith(name + " ")), None)
    if not described and not (acting and (full or _looks_like_a_name(name, context))):
        return None
    return _Org(None, full or name, offset, offset + len(match.group()))


def _looks_like_a_name(name: str, context: _Context) -> bool:
    """Whether a capitalised word opening a sentence is a name, not "Prices" or "Analysts".

    Several words ("Nordvik Cloud"), capitals or digits inside ("S3NS", "OVHcloud"), a
    name already met, or the same word capitalised in the middle of a sentence elsewhere.
    """
    if " " in name or re.search(r"[A-Z0-9]", name[1:]) or name in context.names_seen:
        return True
    return bool(re.search(rf"[\w,;] {re.escape(name)}\b", context.text))


def _topic_from_title(title: str, context: _Context) -> _Org | None:
    """The organisation a headline opens with, known to the ledger or not."""
    candidates = list(_known_mentions(title, context))
    for match in _NAME.finditer(title):
        word = re.split(r"[ '-]", match.group())[0].lower()
        if word not in _NOT_NAMES and match.start() < 60:
            candidates.append(_Org(None, re.sub(r"'s$", "", match.group()), match.start(), 0))
            break
    return min(candidates, key=lambda org: (org.start, org.pk is None), default=None)


# ---------------------------------------------------------------------------------------
# The scan
# ---------------------------------------------------------------------------------------

_ALL_CUES = _compile([*_FORWARD_EN, *_FORWARD_FR, *_STRONG])
_FORWARD_EN_RX = _compile(_FORWARD_EN)
_FORWARD_FR_RX = _compile(_FORWARD_FR)
_STRONG_RX = _compile(_STRONG)
_EXPECTED_RX = re.compile(_EXPECTED)


def _cues(folded: str, language: str, attributed: bool) -> list[_Cue]:
    cues = [_Cue(m.start(), m.end(), m.group(), False) for m in _FORWARD_EN_RX.finditer(folded)]
    cues += [_Cue(m.start(), m.end(), m.group(), False) for m in _FORWARD_FR_RX.finditer(folded)]
    cues += [_Cue(m.start(), m.end(), m.group(), True) for m in _STRONG_RX.finditer(folded)]
    if language == "fr":
        cues += [
            _Cue(m.start(), m.end(), m.group(), False)
            for m in _FR_FUTURE.finditer(folded)
            if m.group() not in _FR_NOT_FUTURE
        ]
    if attributed:
        cues += [_Cue(m.start(), m.end(), m.group(), False) for m in _EXPECTED_RX.finditer(folded)]
    cues.sort(key=lambda c: (c.start, -c.end))
    kept: list[_Cue] = []
    for cue in cues:
        if kept and cue.start < kept[-1].end:
            kept[-1].strong |= cue.strong
            continue
        kept.append(cue)
    return kept


def _past_markers(
    folded: str, cues: list[_Cue], starts: Iterable[int] = ()
) -> list[tuple[int, int]]:
    markers = []
    for m in _PAST_EN.finditer(folded):
        word = m.group()
        if word in _NOT_PAST_ED:
            continue
        # "will be completed", "to be launched": a passive future, not a past event.
        if word.endswith("ed") and re.search(
            r"\b(?:be|been|being|to|get)\s+$", folded[: m.start()]
        ):
            continue
        markers.append((m.start(), m.end()))
    markers += [(m.start(), m.end()) for m in _PAST_FR.finditer(folded)]
    markers += [
        (m.start(), m.end())
        for m in _PAST_FR_ADJACENT.finditer(folded)
        if m.group(1) not in _NOT_PARTICIPLES
        and not m.group(1).endswith(("té", "tés"))
        and any(
            deadline_start in (m.end(), m.end() + 1)
            or folded[m.end() : deadline_start].strip() in ("en", "au", "le", "dès", "début", "fin")
            for deadline_start in starts
        )
    ]
    # A commitment phrase is never its own past marker ("had promised", "a promis").
    return [
        (s, e)
        for s, e in markers
        if not any(c.start <= s < c.end or s <= c.start < e for c in cues)
    ]


def _window_key(window: DeadlineWindow) -> tuple[int, dt.date, dt.date]:
    """Rule 8 of docs/deadlines.md: a window with a deadline wins, then the latest one."""
    if window.end is not None:
        return (1, window.end, window.start or dt.date.min)
    return (0, window.start or dt.date.min, dt.date.min)


def _category(folded: str) -> str:
    for category, pattern in _CATEGORIES:
        if pattern.search(folded):
            return str(category)
    return str(Category.OTHER)


def _speech_date(
    sentence: str, folded: str, found: list[FoundDeadline], cues: list[_Cue], published_on: dt.date
) -> FoundDeadline | None:
    """The date a sentence gives for when the promise was made ("said in 2022 that ...")."""
    for deadline in found:
        start, end = deadline.span
        window = deadline.window
        said_on = window.start or window.end
        if said_on is None or said_on >= published_on or window.precision == "relative":
            continue
        if not any(cue.start >= end for cue in cues):
            continue  # nothing promised after it: a past event, not a statement date
        leads_sentence = not re.search(r"[\w]", folded[:start])
        if _SPEECH_BEFORE_DATE.search(folded[:start]) or (
            leads_sentence and _SPEECH_AFTER_DATE.match(folded[end:])
        ):
            return deadline
    return None


def _promiser(sentence: str, folded: str, cue: _Cue, context: _Context) -> tuple[_Org | None, str]:
    """Who makes the promise, and how we know (for the draft's reason)."""
    if attribution := _ATTRIBUTION.search(sentence):
        said_by = next(g for g in attribution.groups() if g)
        if (known := _known(said_by, context)) is not None:
            return known, "named as the speaker"
        if _BACK_REFERENCE.search(_fold(said_by)) and context.topic is not None:
            return context.topic, "the organisation the article is about"
    leading = _leading_name(sentence, context)
    if leading is not None and leading.start < cue.start:
        return leading, "subject of the sentence"
    if _POSSESSIVE_OPENING.match(folded) and context.topic is not None:
        return context.topic, "the organisation the article is about"
    before_cue = folded[: cue.start]
    if _BACK_REFERENCE.search(before_cue) and context.topic is not None:
        return context.topic, "the organisation the article is about"
    mentions = [m for m in _known_mentions(sentence, context) if m.end <= cue.start]
    if mentions:
        return mentions[-1], "named before the commitment"
    if mentions := _known_mentions(sentence, context):
        return mentions[0], "named in the sentence"
    if context.topic is not None:
        return context.topic, "the organisation the article is about"
    return None, ""


def _statement(promiser: str, sentence: str, cue: _Cue) -> str:
    clause = sentence[cue.start :].strip().rstrip(".!?;:\"'\u00bb\u201d ")
    statement = f"{promiser} {clause}".strip() if promiser else clause
    return (statement[:1].upper() + statement[1:])[:300]


def _mark_topic(sentence: str, context: _Context) -> None:
    """Remember the organisation a sentence is about, for "it", "the company", "elle"..."""
    leading = _leading_name(sentence, context)
    if leading is not None:
        context.topic = leading
        if leading.pk is None and leading.name not in context.names_seen:
            context.names_seen.append(leading.name)


def extract_drafts(
    text: str,
    *,
    published_on: dt.date,
    organisations: Sequence[KnownOrganisation] = (),
    title: str = "",
    language: str | None = None,
) -> list[DraftCandidate]:
    """The promises in an article, in the order they appear (see the module docstring)."""
    language = language or guess_language(text)
    context = _Context(organisations, _organisation_matchers(organisations), language, text)
    headings = {p.strip() for p, _ in _paragraphs(text) if _is_heading(p)}
    title = title or next(iter(p for p, _ in _paragraphs(text)[:1] if p.strip() in headings), "")
    if title:
        context.topic = _topic_from_title(title, context)
        if context.topic is not None and context.topic.pk is None:
            context.names_seen.append(context.topic.name)
    drafts: list[DraftCandidate] = []
    for sentence in split_sentences(text):
        if sentence.text in headings or len(sentence.text) > MAX_SENTENCE_LENGTH:
            continue
        drafts.extend(_sentence_drafts(sentence, published_on, context))
        _mark_topic(sentence.text, context)
    return drafts


def _sentence_drafts(
    sentence: Sentence, published_on: dt.date, context: _Context
) -> list[DraftCandidate]:
    text = sentence.text
    folded = _fold(text)
    if _EVENTS.search(folded):
        return []
    attributed = bool(_ATTRIBUTION.search(text))
    cues = _cues(folded, context.language, attributed)
    if not cues:
        return []
    try:
        found = find_deadlines(text, stated_on=published_on)
    except DeadlineParseError:
        return []
    stated_on, said = published_on, ""
    if (speech := _speech_date(text, folded, found, cues, published_on)) is not None:
        stated_on = speech.window.start or speech.window.end or published_on
        said = f"; stated {speech.text!r} according to the sentence"
        found = [
            f
            for f in find_deadlines(text, stated_on=stated_on)
            if f.span[1] <= speech.span[0] or f.span[0] >= speech.span[1]
        ]
    past = _past_markers(folded, cues, [f.span[0] for f in found])
    by_cue: dict[int, list[FoundDeadline]] = {}
    for deadline in found:
        window = deadline.window
        if window.precision == "day" and window.start == published_on:
            continue  # the dateline, or "today": not a deadline
        latest = window.end or window.start
        if latest is None or latest < stated_on:
            continue  # before the promise was made: a past event
        cue_index = _governing_cue(deadline, cues, past, folded)
        if cue_index is not None:
            by_cue.setdefault(cue_index, []).append(deadline)

    drafts = []
    for index, deadlines in by_cue.items():
        cue = cues[index]
        best = max(deadlines, key=lambda d: _window_key(d.window))
        draft = _draft(sentence, cue, best.window, stated_on, context, f"deadline {best.text!r}")
        if draft is not None:
            drafts.append(replace(draft, reason=(draft.reason + said)[:500]))
    if drafts:
        return drafts
    vague = _VAGUE.search(folded)
    for cue in cues:
        if cue.strong or (vague and vague.start() > cue.start):
            why = f"no date: {vague.group()!r}" if vague else "no date given"
            draft = _draft(sentence, cue, None, stated_on, context, why)
            return [draft] if draft is not None else []
    return []


def _governing_cue(
    deadline: FoundDeadline, cues: list[_Cue], past: list[tuple[int, int]], folded: str
) -> int | None:
    """The commitment phrase a date belongs to, or None when a past verb governs it.

    The nearest phrase before the date governs it unless a past-tense verb stands between
    them ("will open ... , which was founded in 2021"). A date that opens the clause ("By
    2026, X will ...", "D'ici 2026, X va ...") belongs to the first phrase after it, unless a
    past verb comes first ("In October 2023 it appointed ...").
    """
    start, end = deadline.span
    before = [i for i, cue in enumerate(cues) if cue.start <= start]
    if before:
        index = before[-1]
        if not any(cues[index].end <= p_start < start for p_start, _ in past):
            return index
        return None
    after = [i for i, cue in enumerate(cues) if cue.start >= end]
    if not after:
        return None
    index = after[0]
    gap = folded[end : cues[index].start]
    if _words_between(gap) > 8 or any(end <= p_start < cues[index].start for p_start, _ in past):
        return None
    return index


def _draft(
    sentence: Sentence,
    cue: _Cue,
    window: DeadlineWindow | None,
    stated_on: dt.date,
    context: _Context,
    why: str,
) -> DraftCandidate | None:
    folded = _fold(sentence.text)
    promiser, how = _promiser(sentence.text, folded, cue, context)
    if promiser is None:
        return None
    said = sentence.text[cue.start : cue.end]
    reason = f"commitment {said!r}, {why}, promiser {promiser.name} ({how})"
    if promiser.pk is None:
        reason += ", not in the ledger yet"
    return DraftCandidate(
        quote=sentence.text,
        position=sentence.start,
        statement=_statement(promiser.name, sentence.text, cue),
        promiser_pk=promiser.pk,
        promiser_name=promiser.name,
        subject=promiser.name,
        category=_category(folded),
        deadline_text=window.text if window else "",
        start=window.start if window else None,
        end=window.end if window else None,
        precision=window.precision if window else "",
        qualifier=window.qualifier if window else "",
        stated_on=stated_on,
        reason=reason[:500],
    )
