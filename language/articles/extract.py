"""Finding the dated promises in an article's sentences: `extract_drafts`.

Per sentence: the commitment phrases (lexicon.COMMITMENTS), the deadlines
(`language.deadlines.find_deadlines`), who said it and when (an attribution, a time of
speech), then for each deadline the phrase that governs it, the organisation that commits,
and the qualifiers (a negation, a condition, how firm the phrase is). The rules are in
docs/article-import.md.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import replace

from language.deadlines import (
    DeadlineParseError,
    DeadlineWindow,
    FoundDeadline,
    find_deadlines,
    parse_deadline,
)
from language.kinds import Category
from language.text import fold_case as _fold
from language.text import guess_language

from .layout import Entry, read_layout
from .lexicon import (
    _AFTER,
    _BACK_REFERENCE,
    _CATEGORIES,
    _CONDITION,
    _CONNECTIVE,
    _CONTRACT_TERM,
    _DATELINE_OPENING,
    _DELAY,
    _EARLIER_REPORTS,
    _EVENT_SUBJECT,
    _EVENTS,
    _FR_CONDITIONAL,
    _FR_FUTURE,
    _FR_NOT_FUTURE,
    _HEDGES,
    _NAME,
    _NEGATION_EN,
    _NEGATION_FR,
    _NOT_NAMES,
    _NOT_PARTICIPLES,
    _NOT_PAST_ED,
    _OPINIONS,
    _OPPOSED,
    _OUTSIDER,
    _PASSIVE_BEFORE,
    _PAST_EN,
    _PAST_FR,
    _PAST_FR_ADJACENT,
    _POSSESSIVE_OPENING,
    _REPORTED,
    _SHARE_EXPECTED,
    _SHARE_SUBJECT,
    _SPEECH_NOW,
    _SUPERSEDED,
    _THIRD_PARTY,
    _THIRD_PARTY_SPEAKER,
    _UNTIL,
    _VAGUE,
    _WEEKDAY,
    ANY_COMMITMENT,
    COMMITMENT_PATTERNS,
    CueRule,
)
from .organisations import (
    _Context,
    _known,
    _known_mentions,
    _leading_name,
    _looks_like_a_name,
    _organisation_names,
    _topic_from_title,
    _venture,
)
from .page import _is_heading, _paragraphs, _words_between, split_sentences
from .records import MAX_SENTENCE_LENGTH, DraftCandidate, KnownOrganisation, Sentence
from .sentence import (
    _CLAUSE_BOUNDARY,
    _VERB,
    _clause_end,
    _clause_start,
    _Cue,
    _Org,
    _outside_parentheticals,
    _Reading,
)
from .speech import _attribution, _spoken
from .stated import Stated, _year_before, published

# ---------------------------------------------------------------------------------------
# Commitment phrases and the words that block them
# ---------------------------------------------------------------------------------------

_FR_WILL = CueRule(_FR_FUTURE.pattern, "will")
_FR_WOULD = CueRule(_FR_CONDITIONAL.pattern, "will", needs="reported")


def _cues(folded: str, language: str, body: int) -> list[_Cue]:
    cues = [
        _Cue(m.start(), m.end(), m.group(), rule)
        for rule, pattern in COMMITMENT_PATTERNS
        for m in pattern.finditer(folded)
        if m.start() >= body and rule.language in ("", language)
    ]
    if language == "fr":
        for rule, pattern in ((_FR_WILL, _FR_FUTURE), (_FR_WOULD, _FR_CONDITIONAL)):
            cues += [
                _Cue(m.start(), m.end(), m.group(), rule)
                for m in pattern.finditer(folded)
                if m.group() not in _FR_NOT_FUTURE and m.start() >= body
            ]
    # Of overlapping phrases ("is expected to" and "expected to"), keep the longest.
    cues.sort(key=lambda c: (c.start, -c.end))
    kept: list[_Cue] = []
    for cue in cues:
        if (
            kept
            and cue.rule.kind == "timetable"
            and _words_between(folded[kept[-1].end : cue.start]) <= 3
        ):
            continue  # "was due to begin operating in 2025": part of the phrase before it
        if kept and cue.start < kept[-1].end:
            if cue.rule.strong:
                kept[-1].rule = replace(kept[-1].rule, strong=True)
            continue
        kept.append(cue)
    return kept


# "originally slated to", "initially was due to": the phrase right after is an earlier plan.
_SUPERSEDED_BEFORE = re.compile(rf"(?:{_SUPERSEDED.pattern})\s+(?:[\w']+\s+)?$")


def _judge_cues(
    cues: list[_Cue], text: str, folded: str, reported: bool, context: _Context
) -> None:
    """Mark the phrases whose dates are no promise, and why."""
    for cue in cues:
        before = folded[: cue.start]
        if cue.rule.needs == "reported" and not reported:
            cue.dropped = "not reported speech"
        elif (
            _SUPERSEDED_BEFORE.search(before)
            or _SUPERSEDED.match(folded, cue.start)
            or (cue.rule.kind == "past" and not _speech_before(before))
        ):
            cue.dropped = "an earlier, superseded plan"
        elif _EVENTS.search(folded, max(0, cue.start - 4), cue.end + 40):
            cue.dropped = "a scheduled event"
        elif _OPPOSED.search(before):
            cue.dropped = "a plan someone opposes"
        elif _EARLIER_REPORTS.search(before):
            cue.dropped = "what earlier reports said"
        elif cue.rule.strength == "expects" and _SHARE_EXPECTED.match(folded, cue.end):
            cue.dropped = "an expected share"
        elif _SHARE_SUBJECT.search(folded, _clause_start(folded, cue.start, 0), cue.start):
            cue.dropped = "a share as the subject"
        elif (opinion := _last(_OPINIONS, before)) is not None and not _names_an_organisation(
            text[: opinion.start()], context
        ):
            cue.dropped = f"someone's estimate ({opinion.group()!r})"


def _speech_before(before: str) -> bool:
    return bool(re.search(r"\b(?:said|says|told|announced|confirmed|que|qu'|that)\b", before))


def _last(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    matches = list(pattern.finditer(text))
    return matches[-1] if matches else None


_POSSESSIVE = re.compile(r"\b(?:its|their|son|sa|ses|leurs?)\b")


def _names_an_organisation(text: str, context: _Context) -> bool:
    """Whether words name a ledger organisation or refer back to one ("the company", "it")."""
    folded = _fold(text)
    return bool(_known_mentions(text, context)) or bool(
        _BACK_REFERENCE.search(folded) and not re.search(r"\b(?:he|she|il|elle)\b", folded)
    )


# A participle after a determiner is an adjective: "an expanded region", "its long-awaited".
_DETERMINED = re.compile(
    r"\b(?:a|an|the|its|their|his|her|our|this|these|those|new|newly)\s+(?:[\w-]+[\s-])?$"
)


_FUTURE_BE = re.compile(r"\b(?:être|sera|seront|serait|seraient|soit|soient)\s+(?:[\w-]+ment\s+)?$")


def _blockers(folded: str, cues: list[_Cue], found: list[FoundDeadline]) -> list[tuple[int, int]]:
    """Words that govern a date without promising it: past verbs, superseded plans, hedges.

    A date belongs to the nearest commitment phrase before it unless one of these stands
    between them ("will open ..., which was founded in 2021").
    """
    starts = [f.span[0] for f in found]
    markers: list[tuple[int, int]] = []
    for m in _PAST_EN.finditer(folded):
        word = m.group()
        if word in _NOT_PAST_ED or (word.endswith("eed") and word not in ("agreed", "freed")):
            continue  # "lightspeed", "exceed": no past tense
        if _PASSIVE_BEFORE.search(folded[: m.start()]):
            continue  # "will be completed", "to be built": a passive future
        if _DETERMINED.search(folded[: m.start()]):
            continue  # "an expanded region", "its long-awaited launch": an adjective
        if any(m.end() <= f.span[0] <= m.end() + 1 and f.window.qualifier == "by" for f in found):
            continue  # "five ships delivered by the end of 2028": a passive future
        markers.append(m.span())
    markers += [
        m.span() for m in _PAST_FR.finditer(folded) if m.group().split()[-1] not in _NOT_PARTICIPLES
    ]
    markers += [
        (m.start(), m.end())
        for m in _PAST_FR_ADJACENT.finditer(folded)
        if m.group(1) not in _NOT_PARTICIPLES
        # "doit être finalisée au second semestre", "sera bouclé au dernier trimestre": a
        # participle after a non-past form of être is a passive future.
        and not _FUTURE_BE.search(folded, 0, m.start())
        and not m.group(1).endswith(("té", "tés"))
        and any(
            start in (m.end(), m.end() + 1)
            or folded[m.end() : start].strip() in ("en", "au", "le", "dès", "début", "fin")
            for start in starts
        )
    ]
    markers += [m.span() for m in _SUPERSEDED.finditer(folded)]
    markers += [m.span() for m in _HEDGES.finditer(folded)]
    markers += [m.span() for m in _EVENTS.finditer(folded)]
    # A commitment phrase is never its own blocker ("had promised", "a promis").
    return sorted(
        (s, e)
        for s, e in markers
        if not any(c.start <= s < c.end or s <= c.start < e for c in cues)
    )


# ---------------------------------------------------------------------------------------
# The scan
# ---------------------------------------------------------------------------------------


def extract_drafts(
    text: str,
    *,
    published_on: dt.date,
    organisations: Sequence[KnownOrganisation] = (),
    title: str = "",
    language: str | None = None,
    published_precision: str = "day",
) -> list[DraftCandidate]:
    """The promises in an article, in the order they appear (see the module docstring).

    `published_precision` is "month" or "year" when the page gives its date only to the
    month or year (`published_on` is then the first day of it).
    """
    language = language or guess_language(text)
    context = _Context(
        organisations,
        _organisation_names(organisations),
        language,
        published(published_on, published_precision),
        text,
    )
    headings = {p.strip() for p, _ in _paragraphs(text) if _is_heading(p)}
    title = title or next(iter(p for p, _ in _paragraphs(text)[:1] if p.strip() in headings), "")
    if title:
        context.topic = _topic_from_title(title, context)
        if context.topic is not None and context.topic.pk is None:
            context.names_seen.append(context.topic.name)
    drafts: list[DraftCandidate] = []
    layout = read_layout(text, _paragraphs(text), context.article, ANY_COMMITMENT)
    for sentence in split_sentences(text):
        if (dated := layout.dates.pop(sentence.paragraph, None)) is not None:
            context.article = dated  # "Sept. 6" over a round-up's next items
        if sentence.paragraph in layout.consumed:
            for entry in layout.entries.pop(sentence.paragraph, []):
                drafts.extend(_entry_draft(entry, context))
            continue
        if sentence.text in headings:
            # A heading inside the article (a round-up's next item) names its organisation.
            if sentence.text != title and (
                topic := _topic_from_title(sentence.text, context, known_only=True)
            ):
                context.topic = topic
            continue
        if len(sentence.text) > MAX_SENTENCE_LENGTH:
            continue
        reading = _read(sentence, context)
        drafts.extend(_sentence_drafts(reading, context))
        _mark_topic(reading, context)
        if named := _known_mentions(sentence.text, context):
            context.last_named = named[-1]  # even as an object: "acquired by X"
        context.previous = sentence.text
    return _without_repeats(drafts)


def _read(sentence: Sentence, context: _Context) -> _Reading:
    text = sentence.text
    folded = _fold(text)
    opening = _DATELINE_OPENING.match(text)
    body = opening.end() if opening else 0
    reported = bool(_REPORTED.search(folded))
    cues = _cues(folded, context.language, body)
    attribution = _attribution(text, folded, body, context)
    _judge_cues(cues, text, folded, reported, context)
    return _Reading(sentence, text, folded, body, cues, [], attribution, reported)


def _sentence_drafts(reading: _Reading, context: _Context) -> list[DraftCandidate]:
    sentence = reading.sentence
    if not reading.cues or _EVENT_SUBJECT.match(reading.folded, reading.body):
        return []
    try:
        found = find_deadlines(reading.text, stated_on=context.article.on)
    except DeadlineParseError:
        return []
    spoken = _spoken(reading, found, context)
    stated = spoken[0] if spoken else context.article
    drafts = _dated_drafts(reading, stated, spoken[1] if spoken else None, context)
    if spoken is not None:
        for draft in drafts:
            context.said[draft.promiser_name] = (stated, sentence.paragraph)
    elif drafts and not _SPEECH_NOW.search(reading.folded):
        for name in {d.promiser_name for d in drafts}:
            carried = _carried(name, reading, context)
            if carried is None:
                continue
            again = _dated_drafts(reading, carried, None, context)
            drafts = [d for d in drafts if d.promiser_name != name] + [
                d for d in again if d.promiser_name == name
            ]
        drafts.sort(key=lambda d: d.position)
    if drafts:
        return drafts
    undated = _undated_draft(reading, stated, context)
    if spoken is not None and not undated:
        # "Il a annoncé mardi 27 avril sa décision d'investir ...": nothing promised, but the
        # speaker's next promises in the paragraph were made that day.
        attribution = reading.attribution
        who = attribution.org if attribution is not None and attribution.org else None
        who = who or context.topic or context.last_named
        if who is not None:
            context.said[who.name] = (stated, sentence.paragraph)
    return undated


def _carried(name: str, reading: _Reading, context: _Context) -> Stated | None:
    """When an organisation's promise without a date of its own was made, if the article said.

    The date of its last dated statement, for a sentence that continues it: a quotation right
    after it in the paragraph (« Entre 2025 et 2030, Orange arrêtera ... » after "Orange avait
    ouvert le bal début 2022 en annonçant ..."), or, when that statement is the article's
    news (a day within a month of the article: "the company announced Jan. 21"), any later
    sentence that names no speaker of its own. "In 2022 it had said ..." followed by the
    writer's "Its first services will not go live before ..." is today's news, not 2022's.
    """
    if name not in context.said:
        return None
    stated, paragraph = context.said[name]
    quoted = bool(re.search(r"[«“\"]", reading.text))
    if paragraph == reading.sentence.paragraph and quoted:
        return stated
    recent = stated.precision == "day" and (context.article.on - stated.on).days <= 31
    return stated if recent and reading.attribution is None else None


def _dated_drafts(
    reading: _Reading,
    stated: Stated,
    spoken_span: tuple[int, int] | None,
    context: _Context,
) -> list[DraftCandidate]:
    text, folded, cues = reading.text, reading.folded, reading.cues
    try:
        found = find_deadlines(text, stated_on=stated.on)
    except DeadlineParseError:
        return []
    if spoken_span is not None:
        found = [f for f in found if f.span[1] <= spoken_span[0] or f.span[0] >= spoken_span[1]]
    found = [f for f in found if f.span[0] >= reading.body]
    if _RESPECTIVELY.search(folded):
        found = [part for deadline in found for part in _each_period(deadline, stated)]
    reading.blockers = _blockers(folded, cues, found)
    drafts: list[DraftCandidate] = []
    previous_end: dict[int, int] = {}
    for deadline in found:
        if not _is_a_deadline(deadline, reading, stated, context):
            continue
        index = _governing_cue(deadline, reading)
        if index is None or cues[index].dropped:
            continue
        cue = cues[index]
        window, deadline_text = _qualified(deadline, cue, reading, stated, context)
        if window is None:
            continue
        draft = _draft(reading, cue, window, deadline_text, deadline.span, stated, context)
        if draft is None:
            continue
        start = previous_end.get(index, cue.start)
        previous_end[index] = deadline.span[1]
        if start != cue.start and (
            named := _known_mentions(text[start : deadline.span[0]], context)
        ):
            # "S3NS will open in 2025 and Bleu in 2026": the second date is Bleu's.
            draft = replace(draft, promiser_pk=named[0].pk, promiser_name=named[0].name)
            draft = replace(draft, subject=named[0].name, speaker="")
        statement = _statement(draft.promiser_name, reading, cue, start, deadline)
        drafts.append(replace(draft, statement=statement))
    return drafts


_RESPECTIVELY = re.compile(r"\b(?:respectively|respectivement)\b")
_JOINED = re.compile(r"\s*(?:,|\band\b|\bet\b|\bthen\b|\bpuis\b)\s*")


def _each_period(deadline: FoundDeadline, stated: Stated) -> list[FoundDeadline]:
    """ "Ils s'éteindront respectivement fin 2026 et fin 2028": two deadlines, not a range."""
    start = deadline.span[0]
    parts = []
    for piece in _JOINED.split(deadline.text):
        offset = deadline.text.find(piece)
        try:
            found = find_deadlines(piece, stated_on=stated.on) if piece.strip() else []
        except DeadlineParseError:
            found = []
        parts += [
            FoundDeadline(
                f.text, f.window, (start + offset + f.span[0], start + offset + f.span[1])
            )
            for f in found
        ]
    return parts if len(parts) > 1 else [deadline]


def _is_a_deadline(
    deadline: FoundDeadline, reading: _Reading, stated: Stated, context: _Context
) -> bool:
    """Whether a date found in a sentence can be a deadline at all."""
    window, (start, _) = deadline.window, deadline.span
    folded = reading.folded
    if window.precision == "day" and window.start == context.article.on:
        return False  # the dateline, or "today": not a deadline
    latest = window.end or window.start
    if latest is None or latest < stated.on:
        return False  # before the promise was made: a past event
    if (
        window.precision == "day"
        and window.start is not None
        and not re.search(r"\d{4}", deadline.text)
        and 0 <= (stated.on - _year_before(window.start)).days <= 31
    ):
        return False  # "Starting June 5" written on June 7: it passed, not next year's June 5
    if re.fullmatch(r"\d{4}", deadline.text) and re.search(
        r"\w[\w,;]* [A-Z]\w*\s$", reading.text[:start]
    ):
        return False  # "le plan France 2030": a year right after a capitalised word is a name
    if _WEEKDAY.search(_fold(deadline.text)) and window.qualifier not in ("by", "before"):
        return False  # "doit détailler mercredi sa stratégie": a meeting, not a deadline
    if _AFTER.search(folded[:start]) or _AFTER.search(_fold(deadline.text).split(" ")[0] + " "):
        return False  # "after July": the guide has no such window
    clause = _clause_start(folded, start, reading.body)
    if _UNTIL.match(_fold(deadline.text)) and _CONTRACT_TERM.search(folded, clause, start):
        return False  # "will supply batteries until 2030": the term of a contract
    if window.precision == "relative" and _OF_AN_EVENT.match(folded, deadline.span[1]):
        return False  # "within nine months of that launch": from an event, not from today
    # "push back construction by two years": a delay, not a date
    return not (
        window.precision == "relative"
        and _DELAY.search(folded, _clause_start(folded, start, reading.body), start)
    )


# What a relative span counts from when it is not the day of the statement.
_OF_AN_EVENT = re.compile(
    r"\s*(?:of|after|following|from|suivant|après|à compter de|à partir de)\s+(?:the|its|their|"
    r"that|this|le|la|les|l'|sa|son|ses|leur|cette|ce|cet)\b"
)


def _governing_cue(deadline: FoundDeadline, reading: _Reading) -> int | None:
    """The commitment phrase a date belongs to, or None when a blocker governs it.

    The nearest phrase before the date governs it unless a blocker (a past verb, a
    superseded plan, a hedge, an event) stands between them. A date that opens its clause
    ("By 2026, X will ...", "D'ici 2026, X va ...") belongs to the first phrase after it,
    unless a blocker comes first ("In October 2023 it appointed ...").
    """
    cues, folded, blockers = reading.cues, reading.folded, reading.blockers
    start, end = deadline.span
    before = [i for i, cue in enumerate(cues) if cue.start <= start]
    if before:
        index = before[-1]
        if not any(cues[index].end <= b_start < start for b_start, _ in blockers):
            return index
        return None
    clause = _clause_start(folded, start, reading.body)
    if re.search(r"\w", _CONNECTIVE.sub("", folded[clause:start])):
        return None  # inside a clause: ", censé équiper le parc à l'horizon 2030, ..."
    after = [i for i, cue in enumerate(cues) if cue.start >= end]
    if not after:
        return None
    index = after[0]
    gap = folded[end : cues[index].start]
    if _words_between(gap) > 8 or any(
        end <= b_start < cues[index].start for b_start, _ in blockers
    ):
        return None
    return index


def _qualified(
    deadline: FoundDeadline, cue: _Cue, reading: _Reading, stated: Stated, context: _Context
) -> tuple[DeadlineWindow | None, str]:
    """The deadline's window, read with a negation far from it ("will not go live ... until").

    A negated commitment is passed to the parser with its date ("not until ...", "pas avant
    ..."): a not-before window, or no deadline at all ("not in 2025").
    """
    window, (start, _) = deadline.window, deadline.span
    if window.qualifier == "not_before":
        return window, deadline.text
    negation = _NEGATION_FR if context.language == "fr" else _NEGATION_EN
    scope = reading.folded[max(reading.body, min(cue.start, start) - 12) : start]
    if not negation.search(scope):
        return window, deadline.text
    phrase = ("pas " if context.language == "fr" else "not ") + deadline.text
    try:
        negated = parse_deadline(phrase, stated_on=stated.on)
    except DeadlineParseError:
        return None, ""
    return (negated, phrase) if negated.qualifier == "not_before" else (None, "")


def _promiser(reading: _Reading, cue: _Cue, context: _Context) -> tuple[_Org | None, str]:
    """The organisation that commits, and how we know (for the draft's reason).

    In order: the agent of an announced action ("la création par Envision AESC d'une
    usine"); the subject of the commitment's own clause, then of the sentence's main
    clause: an organisation named there outside appositions ("Orange said Bleu aims to
    ...": Bleu; "Bleu, set up by Orange and Capgemini, will ...": Bleu), a joint venture
    named by its parents, or a back reference ("it", "the company", "nous") to the speaker's
    organisation or the article's; the name the sentence opens with; the speaker's
    organisation ("..., a précisé Thales"); the organisation the article is about; an
    organisation named in an apposition before the commitment ("le PDG d'EDF, ...").
    """
    text, folded = reading.text, reading.folded
    if cue.rule.kind == "announce":
        agent = re.match(r"[^,;]{0,60}?\b(?:par|by)\s+", folded[cue.end :])
        if agent and (org := _known(text[cue.end + agent.end() :], context)) and org.start == 0:
            return org, "the agent of the announced action"
    passive = _PASSIVE_AGENT.match(folded, cue.end)
    if passive and (org := _known(text[passive.end() :], context)) and org.start == 0:
        # "devrait être annoncé par OneWeb": the agent of a passive is the promiser
        return replace(org, start=passive.end(), end=passive.end() + org.end), "the agent"
    clause = _clause_start(folded, cue.start, reading.body)
    main_end = next((m.start() for m in _CLAUSE_BOUNDARY.finditer(folded, reading.body)), cue.start)
    for start, end in dict.fromkeys(
        [(clause, cue.start), (reading.body, min(main_end, cue.start))]
    ):
        if (found := _subject(reading, start, end, context)) is not None:
            return found
    leading = _leading_name(text[reading.body :], context, reading.body)
    if leading is not None and leading.start < cue.start:
        return leading, "subject of the sentence"
    if _OUTSIDER.search(folded, clause, cue.start):
        return None, ""  # "The European Union aims to ...": not the article's organisation
    if reading.attribution is not None and reading.attribution.org is not None:
        return reading.attribution.org, "named as the speaker"
    if context.topic is not None:
        return context.topic, "the organisation the article is about"
    if earlier := _known_mentions(text[reading.body : cue.start], context, reading.body):
        return earlier[-1], "named before the commitment"
    if context.last_named is not None:
        return context.last_named, "the organisation the article last named"
    # Nobody named: still a promise, with the promiser left for the editor to choose.
    return _Org(None, "", cue.start, cue.start), "not named in the article"


_PASSIVE_AGENT = re.compile(
    r"\s+(?:être|be|been)\s+(?:[\w-]+ment\s+|\w+ly\s+)?[a-zà-ÿ]+(?:é|ée|és|ées|ed|en|t|te|ts|tes|is|ise)\s+"
    r"(?:par|by)\s+"
)


def _subject(reading: _Reading, start: int, end: int, context: _Context) -> tuple[_Org, str] | None:
    """The organisation a stretch of a sentence has as its subject, if it says."""
    text, folded = reading.text, reading.folded
    if (venture := _venture(text, start, end, context)) is not None:
        return venture, "a joint venture named by its parents"
    mentions = [
        m
        for part_start, part_end in _outside_parentheticals(text, start, end)
        for m in _known_mentions(text[part_start:part_end], context, part_start)
    ]
    if mentions:
        return mentions[-1], "subject of the commitment"
    region = folded[start:end]
    if not (_BACK_REFERENCE.search(region) or _POSSESSIVE_OPENING.match(region)):
        return None
    attribution = reading.attribution
    if attribution is not None and attribution.org is not None and not attribution.refers_back:
        return attribution.org, "the speaker's own organisation"
    if context.topic is not None:
        return context.topic, "the organisation the article is about"
    if earlier := _known_mentions(text[reading.body : end], context, reading.body):
        return earlier[-1], "named before the commitment"
    if context.last_named is not None:
        return context.last_named, "the organisation the article last named"
    return None


def _third_party_subject(reading: _Reading, cue: _Cue, promiser: _Org, context: _Context) -> bool:
    """Whether an expectation ("is expected to", "should") is someone else's, not a promise:
    its subject is a third party ("regulators", "analysts") or, unless the sentence says who
    expects it, an outsider named as its subject ("The European Commission is expected to")."""
    clause = _clause_start(reading.folded, cue.start, reading.body)
    subject = reading.folded[clause : cue.start]
    if _THIRD_PARTY.search(subject):
        return True
    if re.search(r"\b(?:he|she|il|elle)\b", subject) and not (
        _names_an_organisation(reading.text[clause : cue.start], context)
        or _POSSESSIVE.search(subject)
    ):
        return True  # "He expects Bleu to open in 2025": a person's estimate
    if reading.reported or any(
        m.name == promiser.name for m in _known_mentions(reading.text[clause : cue.start], context)
    ):
        return False
    for match in _NAME.finditer(reading.text, clause, cue.start):
        name = " ".join(w for w in match.group().split() if w.lower() not in _NOT_NAMES)
        if not name or _known(name, context) is not None:
            continue
        if match.start() <= max(clause, reading.body) + 1 and not _looks_like_a_name(name, context):
            continue  # "Chip production ...": a capital that only opens the sentence
        if _COMPLEMENT.search(reading.folded, clause, match.start()) or _in_apposition(
            reading.text, clause, match.start(), match.end()
        ):
            continue  # "le datacenter de Virginie devrait", "The third project, Optimist, is"
        return True
    return False


# A name after a preposition is a complement of the subject, not its head.
_COMPLEMENT = re.compile(
    r"\b(?:of|in|at|from|near|for|de|du|des|d'|à|au|aux|en|dans|pour|près de)\s+"
    r"(?:[\w'-]+\s+){0,2}$"
)


def _in_apposition(text: str, clause: int, start: int, end: int) -> bool:
    """Whether a name stands between commas after the subject's head ("The project, X, is")."""
    before = text[:start].rstrip()
    return (
        not re.search(r"\w", text[clause:start].split(",")[-1])
        and before.endswith(",")
        and bool(re.match(r"\s*[,(–—]", text[end:]))
    )


def _category(folded: str) -> str:
    for category, pattern in _CATEGORIES:
        if pattern.search(folded):
            return str(category)
    return str(Category.OTHER)


_END_PUNCTUATION = ".!?;:,\"'\u00bb\u201d\u2019 "


def _lower_first(text: str) -> str:
    """ "By 2030" at the end of a statement is "by 2030"; "Q3 2025" stays."""
    return text[:1].lower() + text[1:] if re.match(r"[A-ZÀ-Þ][a-zà-ÿ']", text) else text


_JOINING = re.compile(r"^[,;]?\s*(?:and|et|puis)?\s*")


def _statement(
    promiser: str, reading: _Reading, cue: _Cue, start: int, deadline: FoundDeadline | None
) -> str:
    """The promise in a line: the promiser, then the commitment up to the end of its clause,
    without a trailing attribution (", chief executive X told reporters")."""
    text, folded = reading.text, reading.folded
    limit = len(text)
    if reading.attribution is not None and reading.attribution.start > cue.start:
        limit = reading.attribution.start
    if deadline is None:
        clause = text[cue.start : limit]
    else:
        end = _clause_end(folded, max(deadline.span[1], cue.end), limit)
        clause = text[start:end]
        if start != cue.start:
            clause = f"{text[cue.start : cue.end]} … {_JOINING.sub('', clause)}"
        if deadline.span[1] <= cue.start:  # "By 2030, Bleu wants to ...": the date goes last
            clause = f"{clause.strip().rstrip(_END_PUNCTUATION)} {_lower_first(deadline.text)}"
    clause = clause.strip().rstrip(_END_PUNCTUATION)
    joined = "" if re.match(r"['’]s\b", clause) else " "
    statement = f"{promiser}{joined}{clause}".strip() if promiser else clause
    return (statement[:1].upper() + statement[1:])[:300]


def _condition(reading: _Reading) -> str:
    """What the promise depends on, as worded: "subject to regulatory approval"."""
    limit = len(reading.text)
    if reading.attribution is not None and reading.attribution.start > reading.body:
        limit = reading.attribution.start
    match = _CONDITION.search(reading.folded, reading.body, limit)
    if match is None:
        return ""
    end = _clause_end(reading.folded, match.end(), limit)
    return reading.text[match.start() : end].strip(" ,.;")[:300]


def _mark_topic(reading: _Reading, context: _Context) -> None:
    """Remember the organisation a sentence is about, for "it", "the company", "elle"...

    The one it opens with ("Bleu, ...", "Si EDF a ..."), else the speaker's ("..., a
    annoncé ... l'agence spatiale européenne ESA").
    """
    text, folded, body = reading.text, reading.folded, reading.body
    leading = _leading_name(text[body:], context, body)
    if leading is None:
        # "Si EDF a tant besoin ...", "UK provider Openreach has committed ...": a ledger
        # organisation before the main clause's first verb, outside appositions.
        verbs = {m.start() for m in _VERB.finditer(folded, body)} | {c.start for c in reading.cues}
        verbs |= {start for start, _ in _blockers(folded, [], [])}
        mentions: list[_Org] = []
        for part_start, part_end in _outside_parentheticals(text, body, len(text)):
            verb = min((v for v in verbs if part_start <= v < part_end), default=part_end)
            mentions += _known_mentions(text[part_start:verb], context, part_start)
            if verb < part_end:
                break
        leading = mentions[0] if mentions else None
    attribution = reading.attribution
    if leading is None and attribution is not None and not attribution.refers_back:
        leading = attribution.org
    if leading is not None:
        context.topic = leading
        if leading.pk is None and leading.name not in context.names_seen:
            context.names_seen.append(leading.name)


def _draft(
    reading: _Reading,
    cue: _Cue,
    window: DeadlineWindow | None,
    deadline_text: str,
    span: tuple[int, int] | None,
    stated: Stated,
    context: _Context,
) -> DraftCandidate | None:
    promiser, how = _promiser(reading, cue, context)
    if promiser is None:
        return None
    attribution = reading.attribution
    if attribution is not None and _THIRD_PARTY_SPEAKER.search(_fold(attribution.speaker)):
        return None  # "..., analysts said": their forecast, not the organisation's promise
    if cue.rule.needs == "owned" and _third_party_subject(reading, cue, promiser, context):
        return None
    said = reading.text[cue.start : cue.end]
    why = f"deadline {deadline_text!r}" if window else "no date given"
    if window is None and (vague := _VAGUE.search(reading.folded)):
        why = f"no date: {vague.group()!r}"
    reason = f"commitment {said!r}, {why}, promiser {promiser.name or 'to choose'} ({how})"
    if promiser.pk is None and promiser.name:
        reason += ", not in the ledger yet"
    if stated.text:
        reason += f"; stated {stated.text!r} according to the sentence"
    speaker = ""
    if attribution is not None and not attribution.refers_back:
        # Someone else than the promiser, or a person speaking for it ("Intel CEO Pat
        # Gelsinger said"); not the promiser itself ("Intel said").
        itself = attribution.org is not None and attribution.org.name == promiser.name
        named_by_itself = _known(attribution.speaker, context) is not None
        if not itself or not named_by_itself:
            speaker = attribution.speaker
    return DraftCandidate(
        quote=reading.text,
        position=reading.sentence.start,
        statement=_statement(promiser.name, reading, cue, cue.start, None),
        promiser_pk=promiser.pk,
        promiser_name=promiser.name,
        subject=promiser.name,
        category=_category(reading.folded),
        deadline_text=deadline_text if window else "",
        start=window.start if window else None,
        end=window.end if window else None,
        precision=window.precision if window else "",
        qualifier=window.qualifier if window else "",
        stated_on=stated.on,
        reason=reason[:500],
        stated_on_precision=stated.precision,
        strength=cue.rule.strength,
        condition=_condition(reading),
        speaker=speaker,
    )


def _undated_draft(reading: _Reading, stated: Stated, context: _Context) -> list[DraftCandidate]:
    """A commitment without a date, when it is firm ("pledged") or its time is vague
    ("will ultimately join Gaia-X"); a plain "will" without a date is nothing."""
    vague = _VAGUE.search(reading.folded)
    for cue in reading.cues:
        if cue.dropped:
            continue
        if cue.rule.strong or (vague and vague.start() > cue.start):
            draft = _draft(reading, cue, None, "", None, stated, context)
            return [draft] if draft is not None else []
    return []


def _entry_draft(entry: Entry, context: _Context) -> list[DraftCandidate]:
    """A timetable entry or a list item as a draft: the organisation the article is about
    promises what the line names, by the line's date (plans, as a timetable says)."""
    window, stated = entry.deadline.window, context.article
    latest = window.end or window.start
    if latest is None or latest < stated.on or window.start == stated.on:
        return []  # an entry already past when the page was written
    promiser = context.topic or context.last_named or _Org(None, "", 0, 0)
    inherited = f"commitment {entry.commitment!r}" if entry.commitment else "a timetable entry"
    line = entry.line.strip().rstrip(_END_PUNCTUATION)
    deadline = _lower_first(entry.deadline.text)
    return [
        DraftCandidate(
            quote=entry.quote,
            position=entry.position,
            statement=(f"{promiser.name}: " if promiser.name else "")
            + (line if deadline in line else f"{line}, {deadline}"),
            promiser_pk=promiser.pk,
            promiser_name=promiser.name,
            subject=promiser.name,
            category=_category(_fold(entry.quote)),
            deadline_text=entry.deadline.text,
            start=window.start,
            end=window.end,
            precision=window.precision,
            qualifier=window.qualifier,
            stated_on=stated.on,
            reason=(
                f"{inherited}, deadline {entry.deadline.text!r}, promiser "
                f"{promiser.name or 'to choose'} (the organisation the article is about)"
            )[:500],
            stated_on_precision=stated.precision,
            strength="plans",
        )
    ]


def _without_repeats(drafts: list[DraftCandidate]) -> list[DraftCandidate]:
    """One draft per promise: an article that says the same promise twice (the lead, then a
    quote) gives the draft whose words are the promiser's own (in quotation marks), else the
    first. Two dated objects of one sentence stay two drafts."""
    kept: list[DraftCandidate] = []
    for draft in drafts:
        key = (draft.promiser_name, draft.start, draft.end, draft.stated_on)
        same = next(
            (
                i
                for i, other in enumerate(kept)
                if (draft.start or draft.end)
                and (other.promiser_name, other.start, other.end, other.stated_on) == key
                and other.position != draft.position
                and not _different_figures(other, draft)
            ),
            None,
        )
        if same is None:
            kept.append(draft)
        elif _quoted(draft) and not _quoted(kept[same]):
            kept[same] = draft
    return kept


def _different_figures(one: DraftCandidate, other: DraftCandidate) -> bool:
    """Whether two sentences with the same deadline state different figures ("a 5G network"
    and "5G in 12 US cities"): two promises. A sentence without figures restates the other;
    years and numbers of names ("Ariane 6", "Windows 10") are no figures."""
    figures = [_figures(d.quote.replace(d.deadline_text, "")) for d in (one, other)]
    return all(figures) and figures[0] != figures[1]


_FIGURE = re.compile(r"(?:(\S+) )?\b(\w*\d[\w.,]*)")


def _figures(text: str) -> frozenset[str]:
    return frozenset(
        figure.rstrip(".,")
        for before, figure in _FIGURE.findall(text)
        if not before[:1].isupper() and not re.fullmatch(r"(?:19|20)\d\d", figure.rstrip(".,"))
    )


def _quoted(draft: DraftCandidate) -> bool:
    """Whether a draft's deadline is inside quotation marks in its sentence."""
    at = draft.quote.find(draft.deadline_text)
    if at < 0:
        return False
    before = draft.quote[:at]
    opened = sum(before.count(mark) for mark in "«“") - sum(before.count(mark) for mark in "»”")
    return opened > 0 or before.count('"') % 2 == 1
