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
from dataclasses import dataclass, field, replace

from language.deadlines import (
    DeadlineParseError,
    DeadlineWindow,
    FoundDeadline,
    find_deadlines,
    parse_deadline,
)
from language.kinds import Category
from language.text import fold_case as _fold
from language.text import fold_words, guess_language

from .lexicon import (
    _ACCORDING_TO,
    _AFTER,
    _ATTRIBUTION_NOISE,
    _BACK_REFERENCE,
    _CATEGORIES,
    _CONDITION,
    _CONNECTIVE,
    _CONTRACT_TERM,
    _DATELINE_OPENING,
    _DELAY,
    _EVENT_SUBJECT,
    _EVENTS,
    _FR_CONDITIONAL,
    _FR_FUTURE,
    _FR_NOT_FUTURE,
    _HEDGES,
    _LEADING_SPEECH,
    _NAME,
    _NEGATION_EN,
    _NEGATION_FR,
    _NOT_NAMES,
    _NOT_PARTICIPLES,
    _NOT_PAST_ED,
    _OPINIONS,
    _ORG_NOUN,
    _OUTSIDER,
    _PASSIVE_BEFORE,
    _PAST_EN,
    _PAST_FR,
    _PAST_FR_ADJACENT,
    _PERSON_NOUN,
    _POSSESSIVE_OPENING,
    _REPORTED,
    _SPEECH_AFTER_DATE,
    _SPEECH_BEFORE_DATE,
    _SPEECH_NOW,
    _SUPERSEDED,
    _THIRD_PARTY,
    _THIRD_PARTY_SPEAKER,
    _TRAILING_SPEECH,
    _UNTIL,
    _VAGUE,
    _VENTURE,
    _WEEKDAY,
    COMMITMENTS,
    CueRule,
)
from .page import _is_heading, _paragraphs, _words_between, split_sentences
from .records import MAX_SENTENCE_LENGTH, DraftCandidate, KnownOrganisation, Sentence
from .stated import Stated, from_window, published, spoken_times


@dataclass
class _Cue:
    start: int
    end: int
    phrase: str
    rule: CueRule
    dropped: str = ""  # why its dates are no promise: "superseded", "an estimate"...


@dataclass
class _Org:
    pk: int | None
    name: str
    start: int
    end: int


@dataclass
class _Attribution:
    """Who a sentence says is speaking, where that is said, and the speaker's organisation."""

    start: int
    end: int
    speaker: str
    org: _Org | None
    refers_back: bool  # "the company said", "a-t-il noté": the organisation already named


@dataclass
class _Context:
    """What the scan remembers from one sentence to the next."""

    organisations: Sequence[KnownOrganisation]
    matchers: list[tuple[KnownOrganisation, re.Pattern[str]]]
    language: str
    article: Stated
    text: str = ""
    topic: _Org | None = None
    names_seen: list[str] = field(default_factory=list)
    previous: str = ""
    # When an organisation's statement was made, by the sentence that said so ("announced
    # Jan. 21"), and the paragraph: its next promises there without a date were made then too.
    said: dict[str, tuple[Stated, int]] = field(default_factory=dict)


@dataclass
class _Reading:
    """One sentence, read once: the parts every deadline in it is judged with."""

    sentence: Sentence
    text: str
    folded: str
    body: int  # where the sentence starts after a dateline ("PARIS (Reuters) -")
    cues: list[_Cue]
    blockers: list[tuple[int, int]]
    attribution: _Attribution | None
    reported: bool


# ---------------------------------------------------------------------------------------
# Organisations
# ---------------------------------------------------------------------------------------


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
            (organisation, re.compile(rf"(?<![\w-])(?:{alternatives})(?:['’]s)?(?![\w-])"))
        )
    return matchers


_PRODUCT_NUMBER = re.compile(r" \d+(?![\d.,]*\s*(?:%|per|pour|bn|billion|million|milliards?))")


def _known_mentions(text: str, context: _Context, offset: int = 0) -> list[_Org]:
    mentions = [
        _Org(org.pk, org.name, offset + m.start(), offset + m.end())
        for org, pattern in context.matchers
        for m in pattern.finditer(text)
        if not _PRODUCT_NUMBER.match(text, m.end())  # "Microsoft 365", "Ariane 6": a product
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


def _venture(text: str, start: int, end: int, context: _Context) -> _Org | None:
    """A joint venture named by its parents: "the Orange-Capgemini venture", "leur coentreprise".

    The parents are looked for in the sentence and the one before it; the ledger's venture
    with the most of its parents named wins.
    """
    noun = _VENTURE.search(_fold(text), start, end)
    if noun is None:
        return None
    around = fold_words(f"{context.previous} {text}")
    best: tuple[int, KnownOrganisation] | None = None
    for organisation in context.organisations:
        named = sum(
            bool(re.search(rf"(?<!\w){re.escape(fold_words(p))}(?!\w)", around))
            for p in organisation.parents
        )
        if named and (best is None or named > best[0]):
            best = (named, organisation)
    if best is None:
        return None
    return _Org(best[1].pk, best[1].name, noun.start(), noun.end())


def _leading_name(sentence: str, context: _Context, offset: int = 0) -> _Org | None:
    """The organisation a sentence starts with: "Bleu, ...", "Nordvik Cloud plans to ..."."""
    body = sentence.lstrip("\"'\u00ab\u201c\u2018( ")
    # "Meanwhile Aurora Compute plans ...", "De son côté, OVHcloud ...": skip the connective.
    if connective := _CONNECTIVE.match(body):
        body = body[connective.end() :]
    offset += len(sentence) - len(body)
    match = _NAME.match(body)
    if not match:
        return None
    name = match.group().rstrip(".")
    first_word = re.split(r"[ '’-]", name)[0].lower()
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
    if _PERSON_NOUN.search(name.lower()):
        return False
    if " " in name or re.search(r"[A-Z0-9]", name[1:]) or name in context.names_seen:
        return True
    return bool(re.search(rf"[\w,;] {re.escape(name)}\b", context.text))


def _topic_from_title(title: str, context: _Context, *, known_only: bool = False) -> _Org | None:
    """The organisation a headline is about: a ledger one, else the name it opens with."""
    known = _known_mentions(title, context)
    if known:
        return known[0]
    if known_only:
        return None
    for match in _NAME.finditer(title):
        word = re.split(r"[ '’-]", match.group())[0].lower()
        if word not in _NOT_NAMES and match.start() < 60:
            name = re.sub(r"['’]s$", "", match.group())
            if _looks_like_a_name(name, context) and not _PERSON_NOUN.search(name.lower()):
                return _Org(None, name, match.start(), 0)
            break
    return None


# ---------------------------------------------------------------------------------------
# Commitment phrases and the words that block them
# ---------------------------------------------------------------------------------------

_RULES = [(rule, re.compile(rule.pattern)) for rule in COMMITMENTS]
_ALL_CUES = re.compile("|".join(f"(?:{rule.pattern})" for rule in COMMITMENTS))
_FR_WILL = CueRule(_FR_FUTURE.pattern, "will")
_FR_WOULD = CueRule(_FR_CONDITIONAL.pattern, "will", needs="reported")


def _cues(folded: str, language: str, body: int) -> list[_Cue]:
    cues = [
        _Cue(m.start(), m.end(), m.group(), rule)
        for rule, pattern in _RULES
        for m in pattern.finditer(folded)
        if m.start() >= body
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
        if kept and cue.start < kept[-1].end:
            if cue.rule.strong:
                kept[-1].rule = replace(kept[-1].rule, strong=True)
            continue
        kept.append(cue)
    return kept


# "originally slated to", "initially was due to": the phrase right after is an earlier plan.
_SUPERSEDED_BEFORE = re.compile(rf"(?:{_SUPERSEDED.pattern})\s+(?:[\w']+\s+)?$")


def _judge_cues(cues: list[_Cue], folded: str, reported: bool, context: _Context) -> None:
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
        elif (opinion := _last(_OPINIONS, before)) is not None and not _names_an_organisation(
            before[: opinion.start()], context
        ):
            cue.dropped = f"someone's estimate ({opinion.group()!r})"


def _speech_before(before: str) -> bool:
    return bool(re.search(r"\b(?:said|says|told|announced|confirmed|que|qu'|that)\b", before))


def _last(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    found = None
    for found in pattern.finditer(text):  # noqa: B007 (the last one is wanted)
        pass
    return found


def _names_an_organisation(folded: str, context: _Context) -> bool:
    """Whether folded words name a ledger organisation or refer back to one ("the company")."""
    named = any(
        re.search(rf"(?<!\w){re.escape(_fold(name))}(?!\w)", folded)
        for org in context.organisations
        for name in (org.name, *org.aliases)
        if len(name) >= 2
    )
    return named or bool(
        _BACK_REFERENCE.search(folded) and not re.search(r"\b(?:he|she|il|elle)\b", folded)
    )


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
# Clauses, speakers and the time of speech
# ---------------------------------------------------------------------------------------

_CLAUSE_BOUNDARY = re.compile(
    r"[;:«»“”\"]|\s[—–]\s|\s--?\s"
    r"|,\s+(?=(?:and|but|while|whereas|with|as|et|mais|tandis|alors|puis|avec|having|ayant)\b)"
    r"|\b(?:that|que|qu')(?:\s+|(?<=')|$)"
)
_PARENTHETICAL = re.compile(r"\([^()]*\)|,[^,;:]*,")
# What opens an apposition or a relative clause after a comma (on the original text).
_APPOSITION = re.compile(
    r"\s*(?:[A-ZÀ-Þ]|(?:a|an|the|which|who|whose|where|un|une|le|la|les|l['’]|qui|dont|où|"
    r"set up|based|founded|born|censée?s?|supposed|chief|head|president|ceo|"
    r"[a-zà-ÿ]{3,}(?:ed|é|ée|és|ées))\b)"
)
# A sentence opening with a time or a place: its first comma ends it ("Vendredi, ...").
_LEADING_ADVERBIAL = re.compile(
    r"\W*(?:in|on|at|by|after|before|during|since|for|from|under|as|il y a|en|dans|à|après|"
    r"avant|depuis|pour|lors|dès|d'ici|fin|début|today|yesterday|aujourd'hui|hier|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|"
    r"vendredi|samedi|dimanche)\b"
)
# The first verb of a clause: what comes before it is its subject.
_VERB = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|can|could|may|might|should|must|does|did|"
    r"says|said|est|sont|a|ont|avait|avaient|était|étaient|va|vont|sera|seront|doit|doivent|"
    r"peut|peuvent)\b"
)


def _clause_start(folded: str, position: int, floor: int) -> int:
    start = floor
    for match in _CLAUSE_BOUNDARY.finditer(folded, floor, position):
        start = match.end()
    return start


def _clause_end(folded: str, position: int, limit: int) -> int:
    match = re.compile(r"[,;:]\s|\s[—–]\s|[«»“”\"]").search(folded, position, limit)
    return match.start() if match else limit


def _outside_parentheticals(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The parts of text[start:end] outside brackets and appositions (", set up by Orange
    and Capgemini,", ", qui doit ...,", ", le PDG d'EDF,"). A leading adverbial ("Il y a un
    an, Orange ...", "In 2022, Bleu ...") ends at its comma: it opens no apposition."""
    folded = _fold(text)
    asides = [m.span() for m in re.finditer(r"\([^()]*\)", folded[:end]) if m.start() >= start]
    commas = [m.start() for m in re.finditer(",", folded) if start <= m.start() < end]
    if commas and _LEADING_ADVERBIAL.match(folded, start):
        commas = commas[1:]
    brackets = list(asides)
    for opening, closing in zip(commas, commas[1:], strict=False):
        if any(a <= opening < b for a, b in brackets):
            continue
        if _APPOSITION.match(text, opening + 1) and not any(
            opening < a < closing for a, _ in brackets
        ):
            asides.append((opening, closing + 1))
    parts, cursor = [], start
    for aside_start, aside_end in sorted(asides):
        if aside_start >= cursor:
            parts.append((cursor, aside_start))
        cursor = max(cursor, aside_end)
    parts.append((cursor, end))
    return parts


def _attribution(text: str, folded: str, body: int, context: _Context) -> _Attribution | None:
    """Who a sentence says is speaking: ", Bleu said", "Orange said ...", "selon Bleu"."""
    span: tuple[int, int] | None = None
    who = ""
    for comma in (m.start() for m in re.finditer(",", folded[body:])):
        match = _TRAILING_SPEECH.match(folded, body + comma)
        if match is None or _ALL_CUES.search(match.group("after")):
            continue
        if _is_cue_at(folded, match.start("verb"), match.end("verb")):
            continue  # "SFR a annoncé le déploiement en 2023": an announced action, not who said it
        if match.group("who") and _ALL_CUES.search(match.group("who")):
            continue
        span = match.span()
        pronoun = re.search(r"-t-(il|elle|ils|elles)\b", match.group("verb") + match.group("after"))
        if pronoun and not match.group("who"):
            who = pronoun.group(1)
        elif match.group("who"):
            who = text[match.start("who") : match.end("who")]
        else:
            who = text[match.start("after") : match.end("after")]
        break
    lead = _LEADING_SPEECH.match(folded, body)
    if lead is not None and _is_cue_at(folded, lead.start("verb"), lead.end("verb")):
        lead = None  # "SFR a annoncé le déploiement en 2023": an announced action
    if span is None and lead is not None and not _ALL_CUES.search(lead.group("who")):
        span = lead.span()
        who = text[lead.start("who") : lead.end("who")]
    if span is None and (according := _ACCORDING_TO.search(folded, body)):
        span = according.span()
        who = text[according.start("who") : according.end("who")]
    if span is None:
        return None
    who = _without_leading_time(_ATTRIBUTION_NOISE.sub("", who)).strip(" ,.;:\"'«»“”’‘")
    folded_who = _fold(_last_part(who))
    refers_back = bool(
        re.fullmatch(r"(?:it|they|he|she|we|il|elle|ils|elles)", folded_who)
        or (_BACK_REFERENCE.fullmatch(folded_who) and not _PERSON_NOUN.search(folded_who))
    )
    org = _known(who, context) or _venture(who, 0, len(who), context)
    if org is None and refers_back and folded_who not in ("he", "she", "il", "elle"):
        org = context.topic
    return _Attribution(span[0], span[1], _speaker_name(who, context), org, refers_back)


def _is_cue_at(folded: str, start: int, end: int) -> bool:
    """Whether a verb of saying is an announced action ("a annoncé le déploiement en 2023"),
    not only who spoke ("l'a confirmé : ...", "announced that ...")."""
    cue = _ALL_CUES.search(folded, start)
    return (
        cue is not None
        and cue.start() < end
        and not re.search(r"(?:\bthat|\bque|qu'|:)$", cue.group().strip())
    )


def _last_part(who: str) -> str:
    """The speaker of "Dans un entretien avec l'AFP, il" is "il"."""
    parts = [p for p in who.split(",") if p.strip()]
    return parts[-1].strip() if parts else who


_TIME_WORDS = frozenset(
    [
        "last",
        "this",
        "early",
        "late",
        "mid",
        "début",
        "fin",
        "ce",
        "cette",
        "today",
        "yesterday",
        "hier",
        "aujourd'hui",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "lundi",
        "mardi",
        "mercredi",
        "jeudi",
        "vendredi",
        "samedi",
        "dimanche",
        "morning",
        "evening",
        "matin",
        "soir",
    ]
)
_TIME_PREPOSITIONS = frozenset(["in", "on", "at", "en", "le", "la", "au", "since"])


def _without_leading_time(who: str) -> str:
    """ "In 2022 the operator" is "the operator"; "la société lundi" is "la société"."""
    words = who.split()
    while words and (
        _is_time_word(words[0])
        or (words[0].lower() in _TIME_PREPOSITIONS and len(words) > 1 and _is_time_word(words[1]))
    ):
        words.pop(0)
    while words and _is_time_word(words[-1]):  # "la société lundi"
        words.pop()
    return " ".join(words)


def _is_time_word(word: str) -> bool:
    word = word.strip(",.;:")
    return word.lower() in _TIME_WORDS or word[:1].isdigit()


# A person's name: two capitalised words or more, with their particles ("Eva de Wit").
_PERSON = re.compile(
    r"\b[A-ZÀ-Þ][\w'’-]+(?:\s+(?:(?:de|du|des|van|von|der|den|di|da|le|la|bin|al)\s+)*"
    r"[A-ZÀ-Þ][\w'’-]+)+"
)


def _speaker_name(who: str, context: _Context) -> str:
    """A person's name when the attribution gives one ("... general manager Naga
    Chandrasekaran said"), else the words naming the speaker ("Semimedia", "les deux sources");
    nothing for a pronoun ("a-t-il noté")."""
    last = _last_part(who)
    if re.fullmatch(r"(?:il|elle|ils|elles|he|she|it|they|we|nous)", last, re.IGNORECASE):
        return ""
    # Names of organisations are not the speaker's: "le directeur général de l'ESA Joseph
    # Aschbacher" names Joseph Aschbacher.
    people = who
    for org in reversed(_known_mentions(who, context)):
        people = f"{people[: org.start]},{people[org.end :]}"
    for match in _PERSON.finditer(people):
        words = match.group().split()
        if words[0].lower() not in _NOT_NAMES and not _PERSON_NOUN.search(match.group().lower()):
            return match.group()
    return re.sub(r"^(?:an?|the|l'|le|la|les)\s+", "", last, flags=re.IGNORECASE)[:200]


def _in(attribution: _Attribution | None, position: int) -> bool:
    return attribution is not None and attribution.start <= position < attribution.end


def _spoken(
    reading: _Reading, found: list[FoundDeadline], context: _Context
) -> tuple[Stated, tuple[int, int]] | None:
    """The time a sentence gives for when its promises were made, with its span.

    A time next to a verb of saying ("said in 2022 that", "In 2022 it had said",
    "announced Jan. 21", "a affirmé mardi"), in the attribution, or opening a sentence that
    reports speech ("Il y a quelques jours, c'était au tour de SFR d'indiquer que ...").
    """
    folded, cues = reading.folded, reading.cues
    candidates: list[tuple[Stated, tuple[int, int]]] = []
    for deadline in found:
        stated = from_window(deadline.window, context.article)
        if stated is not None:
            candidates.append((stated, deadline.span))
    candidates += [(t.stated, t.span) for t in spoken_times(folded, context.article)]
    first_cue = min((c.start for c in cues if not c.dropped), default=len(folded))
    attribution = reading.attribution
    asides = [m.span() for m in _PARENTHETICAL.finditer(folded, reading.body)]
    for stated, (start, end) in sorted(candidates, key=lambda c: c[1]):
        if start < reading.body or any(a <= start < b for a, b in asides):
            continue  # ", who joined from Telenor in 2018, said ...": not when it was said
        leads = not re.search(r"\w", folded[reading.body : start]) and start < first_cue
        next_to_speech = bool(
            _SPEECH_BEFORE_DATE.search(folded[:start]) or _SPEECH_AFTER_DATE.match(folded[end:])
        )
        promised_after = any(cue.start >= end for cue in cues)
        if (next_to_speech and (promised_after or _in(attribution, start))) or (
            leads and reading.reported and promised_after
        ):
            return stated, (start, end)
    return None


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
        _organisation_matchers(organisations),
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
    for sentence in split_sentences(text):
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
    _judge_cues(cues, folded, reported, context)
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
    return _undated_draft(reading, stated, context)


def _carried(name: str, reading: _Reading, context: _Context) -> Stated | None:
    """When an organisation's promise without a date of its own was made, if the article said.

    The date of its last statement: « Entre 2025 et 2030, Orange arrêtera ... » right after
    "Orange avait ouvert le bal début 2022 en annonçant ..." was said then too. Beyond the
    paragraph, only the statement the article reports as news (a day, within a month of the
    article: "the company announced Jan. 21"), and only for sentences with no speaker of their
    own.
    """
    if name not in context.said:
        return None
    stated, paragraph = context.said[name]
    if paragraph == reading.sentence.paragraph:
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
    return None, ""


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
    return None


def _third_party_subject(reading: _Reading, cue: _Cue, promiser: _Org, context: _Context) -> bool:
    """Whether an expectation ("is expected to", "should") is someone else's, not a promise:
    its subject is a third party ("regulators", "analysts") or, unless the sentence says who
    expects it, an outsider named as its subject ("The European Commission is expected to")."""
    clause = _clause_start(reading.folded, cue.start, reading.body)
    if _THIRD_PARTY.search(reading.folded, clause, cue.start):
        return True
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
        return True
    return False


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
    reason = f"commitment {said!r}, {why}, promiser {promiser.name} ({how})"
    if promiser.pk is None:
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
            ),
            None,
        )
        if same is None:
            kept.append(draft)
        elif _quoted(draft) and not _quoted(kept[same]):
            kept[same] = draft
    return kept


def _quoted(draft: DraftCandidate) -> bool:
    """Whether a draft's deadline is inside quotation marks in its sentence."""
    at = draft.quote.find(draft.deadline_text)
    if at < 0:
        return False
    before = draft.quote[:at]
    opened = sum(before.count(mark) for mark in "«“") - sum(before.count(mark) for mark in "»”")
    return opened > 0 or before.count('"') % 2 == 1
