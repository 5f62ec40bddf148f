"""Who said it and when: attributions (", Bleu said", "Orange said ...", "selon Bleu"),
speakers' names, and the time a sentence gives for when its promises were made."""

from __future__ import annotations

import re

from language.deadlines import FoundDeadline
from language.text import MONTH_ABBREVIATIONS
from language.text import fold_case as _fold

from .lexicon import (
    _ACCORDING_TO,
    _ATTRIBUTION_NOISE,
    _BACK_REFERENCE,
    _FR_CONDITIONAL,
    _FR_FUTURE,
    _FR_NOT_FUTURE,
    _LEADING_SPEECH,
    _NOT_NAMES,
    _OWN_SPEECH,
    _PERSON_NOUN,
    _SPEECH,
    _SPEECH_AFTER_DATE,
    _SPEECH_BEFORE_DATE,
    _TRAILING_SPEECH,
    ANY_COMMITMENT,
    DATED_ACT,
)
from .organisations import _Context, _known, _known_mentions, _venture
from .sentence import _PARENTHETICAL, _Attribution, _Cue, _Reading
from .stated import Stated, from_window, spoken_times


def _attribution(text: str, folded: str, body: int, context: _Context) -> _Attribution | None:
    """Who a sentence says is speaking: ", Bleu said", "Orange said ...", "selon Bleu"."""
    span: tuple[int, int] | None = None
    who = ""
    for comma in (m.start() for m in re.finditer(",", folded[body:])):
        match = _TRAILING_SPEECH.match(folded, body + comma)
        if match is None or ANY_COMMITMENT.search(match.group("after")):
            continue
        if _is_cue_at(folded, match.start("verb"), match.end("verb")):
            continue  # "SFR a annoncé le déploiement en 2023": an announced action, not who said it
        if match.group("who") and ANY_COMMITMENT.search(match.group("who")):
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
    if span is None and lead is not None and not ANY_COMMITMENT.search(lead.group("who")):
        span = lead.span()
        who = text[lead.start("who") : lead.end("who")]
    if span is None and (according := _ACCORDING_TO.search(folded, body)):
        span = according.span()
        who = text[according.start("who") : according.end("who")]
    if span is None:
        return None
    # "according to market analysts cited by the Central News Agency": the analysts said it;
    # the agency only relays their words.
    if (relay := _RELAYED_BY.search(_fold(who))) is not None and relay.start() > 0:
        who = who[: relay.start()]
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
    cue = ANY_COMMITMENT.search(folded, start)
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
        *MONTH_ABBREVIATIONS,
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


_SPEECH_IN_CLAUSE = re.compile(rf"\b(?:{_SPEECH})\b[^,;:«»\"“”]{{0,80}}$")
# In a sentence that promises nothing, the time after its verb of saying, past its speaker
# ("ce qu'annonçait Willy Demeyer, le 29 août dernier, sur Bel RTL").
_SPEECH_IN_SENTENCE = re.compile(rf"\b(?:{_SPEECH})\b[^;:«»\"“”]{{0,80}}$")
_THAT = re.compile(r"\s*(?:that\b|que\b|qu')")
# A time between a verb of promising and what it promises is when the promise was made:
# "pledged in 2021 to open the line by 2027", "avait promis en 2021 d'ouvrir".
_PROMISED = (
    r"\b(?:pledged|promised|vowed|committed|undertook|(?:a|ont|avait|avaient) promis|"
    r"s'(?:est|était) engagée?|se sont engagée?s|s'étaient engagée?s)"
)
_PROMISED_BEFORE_TIME = re.compile(
    _PROMISED + r"\s+"
    r"(?:(?:in|on|last|this|back in|en|le|dès|during|before|ahead of|at|lors de|pendant|avant)"
    r"\s+)?$"
)
# An act of deciding told in the past: its time, right after the verb or opening the sentence,
# is when the promise was made ("In 2021, X set a target of opening the line by 2027", "X's
# board voted on March 3 to", "a approuvé le 3 mars l'ouverture de la ligne d'ici 2027").
_DECIDED = (
    r"(?<!is )(?<!are )(?<!was )(?<!were )(?<!be )\bset(?: out| itself| themselves)?|adopted|"
    r"approved|voted|agreed|decided|(?:a|ont|avait|avaient) (?:fixé|adopté|approuvé|voté|"
    r"décidé)|s'(?:est|était) fixée?|se sont fixée?s|s'étaient fixée?s"
)
_DECIDED_BEFORE_TIME = re.compile(rf"\b(?:{_DECIDED})\s+(?:(?:in|on|last|this|en|le)\s+)?$")
_DECIDED_PAST = re.compile(rf"\b(?:{_DECIDED})\b")
# An aim told in the past as held at a time the sentence opens on: "In 2020, X was aiming to
# open the line in 2025", "En 2021, X promettait une ouverture en 2025".
_AIM_HELD_THEN = re.compile(
    r"\b(?:was|were) (?:targeting|targetting|aiming|planning|hoping|expecting)\b|"
    r"\bplanned to\b|\b(?:visai|"
    r"tablai|comptai|espérai|promettai|prévoyai)(?:t|ent)\b"
)
# A figure right before a time, which the time dates ("contre 22 milliards en 2010").
_FIGURE_BEFORE = re.compile(
    r"\d[\d,.]*\s*(?:milliards?|millions?|billions?|bn|m|%|euros?|dollars?|pounds?)?"
    r"(?:\s+(?:d'euros|de dollars|de livres|euros|dollars))?\s+$"
)
# A period of accounts, named before its results, its report or its earnings call ("in its
# full-year 2024 financial results", "during the Q4 2023 earnings call", "its fiscal 2024
# annual report"): the period reported on, which ended before they were given, not when they
# were given.
_ACCOUNTS_AFTER = re.compile(
    r"\s*(?:(?:financial|annual|full-year|half-year|quarterly|earnings|fiscal)\s+){0,2}"
    r"(?:results|earnings|accounts|annual report|earnings call|results call)\b"
)
# Only a period of accounts (a year, a quarter, a half) is reported on so: a day or a month
# before "earnings" is when they were given ("in its Feb. 27 earnings call", "said on Tuesday
# earnings rose", "in its March 2024 annual report").
_A_DAY_OR_MONTH = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|"
    r"june|july|august|september|october|november|december|janvier|février|fevrier|mars|avril|"
    r"mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre|monday|tuesday|"
    r"wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|"
    r"dimanche|today|yesterday|tonight|week|aujourd'hui|hier|semaine|\d{1,2}(?:st|nd|rd|th|er)?"
    r")\b"
)
_ACCOUNTS_BEFORE = re.compile(r"\b(?:full-year|full year|fiscal(?: year)?|fy|half-year)\s+$")
# What may stand before a time that opens a sentence: nothing but punctuation, or "back".
_OPENS = re.compile(r"\W*(?:(?:way )?back\W+|as early as\W+)?")
# The act that set a plan told in the past, right before its time (lexicon.DATED_ACT).
_ACT_BEFORE_TIME = re.compile(DATED_ACT + "$")
# An opening that tells where and when someone spoke: "Speaking in Parliament on 23 May, the
# minister ...", "S'exprimant devant les élus le 3 mars, la ministre ...".
SPEAKING = (
    # "Presenting the budget in Parliament on Thursday, …": the occasion of a speech too.
    r"(?:speaking|testifying|presenting|s'exprimant|intervenant|présentant|en visite|"
    r"lors d'une visite|(?:during|on) a visit)\b"
)
_SPEAKING_AT = re.compile(rf"{SPEAKING}[^,;:«»\"“”]{{0,60}}?\s(?:(?:on|le)\s+)?$")
# The same set off by commas after the speaker: "X, speaking at an investor day on June 4,
# said ...".
_SPEAKING_ASIDE = re.compile(r",\s*" + _SPEAKING_AT.pattern)
# A speech still to come after the occasion: "Presenting the plan next Tuesday, the minister
# will say …", "…, the minister is expected to say …": no statement was made on that day yet.
_SAYING_TO_COME = re.compile(
    r"[^.;:]{0,80}?\b(?:will|shall|(?:is|are) (?:expected|due|set|scheduled) to|(?:is|are) to|"
    r"va|vont|doit|doivent|devrait|devraient)\s+(?:(?:also|then|aussi|ensuite)\s+)?"
    r"(?:say|tell|announce|present|unveil|outline|set out|dire|annoncer|présenter|déclarer|"
    r"indiquer|expliquer)\b"
)
# A clause after a promise that says when it was made: "…, which was promised in 2019",
# "…, first announced before the 2019 election", "…, promise faite en 2017".
_MADE_THEN = re.compile(
    r"(?:,|\b(?:which|that|qui))\s+(?:(?:was|were|had been|has been|a été|avait été)\s+)?"
    r"(?:(?:a|an|the|une|la|le) (?:pledge|promise|vow|commitment|promesse|engagement)\s+)?"
    r"(?:first\s+)?(?:promised|pledged|announced|made|set|given|promise?s?|annoncée?s?|"
    r"faite?s?|fixée?s?)\s+(?:(?:in|on|before|during|at|ahead of|en|le|avant|pendant|"
    r"lors de)\s+)?$"
)
# Who relays a source's words after its name: "cited by", "quoted by", "cité par".
_RELAYED_BY = re.compile(r"\s(?:cited|quoted|relayed|cités?|citées?|relayée?s?) (?:by|par)\b")
# A time after such a participle that opens on "for" is what was promised or set for it, not
# when: "une loi d'orientation des mobilités, promise pour avril", "the depot, set for May".
_PROMISED_FOR = re.compile(r"(?:for|pour)\b")
# The act a commitment was made by, then its time: "en signant une délégation de service
# public en 2017", "when it signed the contract in 2017", "by signing the deal in March".
_SIGNING = re.compile(
    r"\b(?:en (?:signant|concluant|adoptant)|by (?:signing|adopting)|when (?:it |they )?"
    r"(?:signed|adopted))\b[^.;:«»\"“”]{0,80}?\s(?:(?:in|on|en|le)\s+)?$"
)
# The day of a statement's document or occasion: "dans un communiqué publié le 3 mars",
# "speaking at a conference on March 3", "in a statement issued on March 3".
_DOCUMENT_OF_DAY = re.compile(
    r"\b(?:statement|press release|release|letter|filing|(?:press )?conference|conference call|"
    r"briefing|hearing|meeting|interview|communiqué|communiqué de presse|lettre|"
    r"conférence(?: de presse)?|réunion|audition|entretien|courrier|note|"
    r"délibération|décision|décret|arrêté|ruling|decision|notice|report|rapport|"
    # A speech named by its day: "lors de son discours annuel du 31 décembre", "in his
    # televised speech of March 16", "dans son allocution du 14 juillet".
    r"discours|allocution|speech)"
    r"(?:\s+(?:annual|yearly|televised|annuel|télévisé))?\s+"
    r"(?:(?:published|issued|dated|released|sent|delivered|publiée?|diffusée?|datée?|envoyée?|"
    r"accordée?|prononcée?)\s+)?(?:(?:on|of|le|du|en|in)\s+)?$"
)
# The same day written before its document: "In a March 3 statement", "in its 3 March letter".
_DOCUMENT_AFTER_DAY = re.compile(
    r"\s*(?:statement|press release|release|letter|filing|communiqué|courrier)\b"
    # An occasion of speech named by its time: "In a March 2022 interview, ... said".
    r"|\s*(?:interview|speech|briefing|presentation|earnings call|conference call|testimony)\b"
    # A pledge named by the year it was made: "in its 2019 manifesto", "its 2021 pledge to".
    r"|\s*(?:(?:general |election )?manifesto|pledge|promise|vow|commitment)\b"
)
# An occasion a statement was made at, named with its time: "At its capital markets day in
# March 2022, X set a target of ...", "At an investor gathering last month, X's chief
# maintained that ...", "Lors du salon Eurobus en mars 2022, X a promis ...". The occasion
# may carry its name (up to three words) before the time.
_OCCASION = (
    r"(?:capital markets?|investors?|analysts?|results?|media|press) (?:day|days|gathering|"
    r"meeting|briefing|event|presentation|conference)|annual (?:general )?meeting|agm|"
    r"shareholders'? meeting|general assembly|assemblée générale|keynote|summit|sommet|"
    r"trade (?:fair|show)|salon|congress|congrès|forum|ceremony|cérémonie|inauguration|"
    r"groundbreaking|earnings call|results? call|roadshow|webinar|webinaire|"
    r"journée (?:investisseurs|des investisseurs|analystes)|rencontre|colloque|séminaire"
)
_OCCASION_OF_DAY = re.compile(
    rf"\b(?:at|during|lors d[eu']|au cours d[eu']|à l'occasion d[eu']|pendant|au|à la|à l')\s*"
    rf"(?:(?:its|their|his|her|the|an?|son|sa|ses|leur|la|le|l'|une?)\s*)?"
    rf"(?:[\w'-]+\s+){{0,2}}?(?:{_OCCASION})\b(?:\s+[\w'-]+){{0,3}}?\s+"
    r"(?:(?:in|on|of|last|this|earlier this|en|le|du|de|d'|ce|cette|held|tenue?)\s+)?$"
)
# The same time written before its occasion: "At its 2021 capital markets day, X set ...".
_OCCASION_AFTER_DAY = re.compile(rf"\s*(?:[\w'-]+\s+){{0,1}}?(?:{_OCCASION})\b")
_OCCASION_BEFORE_DAY = re.compile(
    r"\b(?:at|during|lors d[eu']|au cours d[eu']|à l'occasion d[eu']|au|à la|à l')\s*"
    r"(?:(?:its|their|his|her|the|an?|son|sa|ses|leur|la|le|l'|une?)\s*)?$"
)
# A verb of promising or saying right before such an occasion.
_SAID_AT = re.compile(rf"(?:{_PROMISED}|\b(?:{_SPEECH}))\s+$")
_TO_DO = re.compile(r"\s*(?:to\b|de\b|d'|à\b)")
# The day of the source an attribution names: "according to a report by Hunan Today on Sept.
# 7", "selon un communiqué publié le 7 septembre".
_SOURCE = re.compile(r"\b(?:according to|selon|d'après|as reported by)\b[^,;:«»\"“”]{0,80}$")
_ON = re.compile(r"(?:on|le|du)\s")
_ENDS_ON = re.compile(r"\b(?:on|le|du)\s+$")
# "When it was first announced in 2021, the plant was said to open at the end of 2023, but
# now it will go online early 2024": what follows the contrast is said now, not then.
_BUT_NOW = re.compile(
    r"\b(?:but|yet|mais)\s+(?:now|today|désormais|aujourd'hui|maintenant)\b"
    # "was first announced in 2020 and since then the date has been pushed back, with
    # construction now expected to begin in 2023": the plan as it stands now.
    r"|\b(?:since then|depuis lors)\b[^.;]*?\b(?:now|désormais|aujourd'hui|maintenant)\b"
)


def _source_day(folded: str, start: int) -> bool:
    """Whether a time at `start` is the day of the source an attribution names ("according to
    a report by Hunan Today on Sept. 7"), not a name that looks like one ("Hunan Today")."""
    before = folded[:start]
    return bool(_SOURCE.search(before) and (_ENDS_ON.search(before) or _ON.match(folded, start)))


def _aside_tells_the_promise(
    folded: str, aside: tuple[int, int], time: tuple[int, int], cues: list[_Cue]
) -> bool:
    """Whether an aside between commas that holds a time says when the promise was made: it
    holds the promise and its verb of saying next to the time ("The van, which Corvane said in
    2021 would launch in 2025, ...", "Corvane, which in 2021 promised the van would launch in
    2025, ..."), not only who someone is (", who joined from Telenor in 2018, said")."""
    (a, b), (start, end) = aside, time
    next_to_speech = bool(
        _SPEECH_BEFORE_DATE.search(folded[a:start]) or _SPEECH_AFTER_DATE.match(folded[end:b])
    )
    return (next_to_speech and any(a <= cue.start < b and not cue.dropped for cue in cues)) or bool(
        # "Le contrat, signé en 2018 par X, prévoyait ...": the act that set the plan.
        _ACT_BEFORE_TIME.search(folded[:start])
    )


# A verb that hedges, in what was said ("said the network could fall below 5,000 branches
# in 2014"); the future is `_in_the_future`'s.
_EN_HEDGE = re.compile(r"\b(?:would|could|might|may|should|can)\b")


def _reported_verb_ahead(said: str) -> bool:
    """Whether the words after a verb of saying hold a verb of their own in the future, the
    conditional or with a modal ("a indiqué qu'une annonce serait faite vendredi"): a time
    after them is when the thing said will happen, not when it was said."""
    return (
        _in_the_future(said) or bool(_EN_HEDGE.search(said)) or bool(_FR_CONDITIONAL.search(said))
    )


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
    # Of two times that overlap ("ce lundi" and "lundi 22 mai"), the longer one says more.
    candidates = [
        (stated, (start, end))
        for stated, (start, end) in candidates
        if not any(
            other_start < end and start < other_end and other_end - other_start > end - start
            for _, (other_start, other_end) in candidates
        )
    ]
    first_cue = min((c.start for c in cues if not c.dropped), default=len(folded))
    attribution = reading.attribution
    asides = [m.span() for m in _PARENTHETICAL.finditer(folded, reading.body)]
    # "their vow to build ... by 2030, which was promised before the 2019 election", "s'est
    # engagé à installer ... en cinq ans en signant une convention en 2017": when the promise
    # itself was made, whoever reports it and when.
    for stated, (start, end) in candidates:
        if (
            any(c.start < start for c in cues if not c.dropped)
            and (_MADE_THEN.search(folded[:start]) or _SIGNING.search(folded[:start]))
            # ", promise pour avril", ", set for May": the time it was promised for.
            and not _PROMISED_FOR.match(folded, start)
        ):
            return stated, (start, end)
    qualified: list[tuple[Stated, tuple[int, int]]] = []
    # A time right after a figure dates the figure ("estimé à 36,1 milliards d'euros, contre
    # 22 milliards en 2010"), not the statement.
    candidates = [
        c for c in candidates if not _FIGURE_BEFORE.search(folded, max(0, c[1][0] - 40), c[1][0])
    ]
    # Nor is a period of accounts named before its results the time they were given.
    candidates = [
        c
        for c in candidates
        if not (
            _ACCOUNTS_AFTER.match(folded, c[1][1])
            and not _A_DAY_OR_MONTH.search(folded, c[1][0], c[1][1])
        )
        and not _ACCOUNTS_BEFORE.search(folded, max(0, c[1][0] - 20), c[1][0])
    ]
    # The longest time at a place: "mardi 27 avril", not "mardi", when the page gives April.
    for stated, (start, end) in sorted(candidates, key=lambda c: (c[1][0], -c[1][1])):
        if (
            start < reading.body
            or any(
                a <= start < b
                and re.search(r"\w", folded[a:start] + folded[end:b])
                # ", in a statement released Tuesday, said": the aside dates the statement;
                # so does ", speaking at an investor day on June 4, said".
                and not _DOCUMENT_OF_DAY.search(folded[a:start])
                and not _SPEAKING_ASIDE.match(folded, a, start)
                # ",” the manager told reporters during a visit on Wednesday, according to
                # ...": the aside is the attribution itself, its time when it was said.
                and not (_in(attribution, start) and _SPEECH_IN_CLAUSE.search(folded[a:start]))
                and not _aside_tells_the_promise(folded, (a, b), (start, end), cues)
                for a, b in asides
            )
        ):
            # ", who joined from Telenor in 2018, said ...": not when it was said; a date
            # alone between commas (", le 9 mars, son président ... a confirmé") may be.
            continue
        # Up to the end of the last commitment, which may hold the "now" ("now expected to").
        last_cue = max((c.end for c in cues if not c.dropped), default=-1)
        if _BUT_NOW.search(folded, end, max(end, last_cue)):
            continue
        # "Back in 2017, X planned to ...": the time still opens the sentence.
        leads = bool(_OPENS.fullmatch(folded, reading.body, start)) and start < first_cue
        next_to_speech = bool(
            _SPEECH_BEFORE_DATE.search(folded[:start])
            or _SPEECH_AFTER_DATE.match(folded[end:])
            # "said during an open house near Berlin this weekend that ...": between the
            # verb of saying and what was said.
            or (_SPEECH_IN_CLAUSE.search(folded[:start]) and _THAT.match(folded, end))
            # ", President Koike told Nikkei on Tuesday.", ", the company said in its
            # earnings call earlier this week.": in the attribution, after its verb of saying.
            or (
                _in(attribution, start)
                and (said := _SPEECH_IN_CLAUSE.search(folded[:start])) is not None
                and not _reported_verb_ahead(said.group())
            )
            or (_in(attribution, start) and _source_day(folded, start))
            or bool(_DOCUMENT_OF_DAY.search(folded[:start]))
            or (
                bool(
                    _SPEAKING_AT.match(folded[reading.body : start])
                    or _SPEAKING_ASIDE.search(folded, reading.body, start)
                )
                and not _SAYING_TO_COME.match(folded, end)
            )
            or bool(_DOCUMENT_AFTER_DAY.match(folded, end))
            or bool(_OCCASION_OF_DAY.search(folded, reading.body, start))
            or bool(
                _OCCASION_BEFORE_DAY.search(folded, reading.body, start)
                and _OCCASION_AFTER_DAY.match(folded, end)
            )
        )
        # A sentence that promises nothing still dates its statement when the time is next
        # to its verb of saying ("EDF a indiqué jeudi 25 août qu'il comptait ...").
        # "its 2021 pledge to": a time inside the phrase that promises counts as before it.
        promised_after = (
            any(cue.start >= end or cue.start <= start < end <= cue.end for cue in cues) or not cues
        )
        # "a promis lors du salon Eurobus en mars 2022 400 bus d'ici 2027": the occasion the
        # verb of promising or saying was at, with its time.
        occasion = _OCCASION_OF_DAY.search(folded, reading.body, start)
        promised_then = (
            bool(_PROMISED_BEFORE_TIME.search(folded[:start]) and _TO_DO.match(folded, end))
            or (occasion is not None and bool(_SAID_AT.search(folded, 0, occasion.start())))
        ) or bool(
            (_DECIDED_BEFORE_TIME.search(folded[:start]) or _ACT_BEFORE_TIME.search(folded[:start]))
            and promised_after
        )
        if (
            (
                (next_to_speech and (promised_after or _in(attribution, start)))
                or promised_then
                # "comme l'a annoncé le groupe ce lundi 22 mai": a statement's own time
                or (
                    not cues
                    and (
                        _in(attribution, start)
                        or (
                            (said := _SPEECH_IN_SENTENCE.search(folded[:start])) is not None
                            and not _reported_verb_ahead(said.group())
                        )
                    )
                )
            )
            or (
                leads
                and (
                    (reading.reported and not _future_told_then(cues, folded, end, first_cue))
                    or _DECIDED_PAST.search(folded, end, first_cue)
                    or _AIM_HELD_THEN.search(folded, end, first_cue + 12)
                )
                and promised_after
            )
        ):
            qualified.append((stated, (start, end)))
    # Of two times next to verbs of saying before the promise ("un concept dévoilé à
    # l'automne, son président a annoncé ce vendredi matin que ..."), the one nearest the
    # promise is when it was made.
    before_promise = [q for q in qualified if q[1][1] <= first_cue]
    if len(before_promise) > 1:
        return before_promise[-1]
    return qualified[0] if qualified else None


# A commitment in the future tense: "will launch", or a French future ("mettra", "sera",
# "ouvriront"), read as the commitment cues read it.
_EN_FUTURE_CUE = re.compile(r"\bwill\b|\bshall\b|'ll\b")


def _in_the_future(phrase: str) -> bool:
    lower = phrase.lower()
    return bool(_EN_FUTURE_CUE.search(lower)) or any(
        m.group() not in _FR_NOT_FUTURE for m in _FR_FUTURE.finditer(lower)
    )


def _future_told_then(cues: list[_Cue], folded: str, end: int, first_cue: int) -> bool:
    """Whether a time opening a reported sentence is the promise's own: its clause goes
    straight on to a commitment in the future, with no verb of saying between ("Le 18 mai,
    un lanceur Soyuz mettra en orbite le satellite ..., indique Arianespace": the launch's
    day, not the day Arianespace said it)."""
    first = next((c for c in cues if not c.dropped and c.start == first_cue), None)
    return (
        first is not None
        and _in_the_future(first.phrase)
        and not _OWN_SPEECH.search(folded, end, first_cue)
    )
