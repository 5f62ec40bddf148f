"""Commitment phrases in a sentence and the words that block them: which phrases count
(`_cues`, `_judge_cues`) and which words govern a date without promising it (`_blockers`)."""

from __future__ import annotations

import re
from dataclasses import replace

from language.deadlines import (
    FoundDeadline,
)
from language.text import fold_case as _fold

from .lexicon import (
    _ACTION_NOUN,
    _BACK_REFERENCE,
    _DATE_WORD,
    _DOUBT,
    _EARLIER_AIM_OPENING,
    _EARLIER_REPORTS,
    _EVENTS,
    _FR_CONDITIONAL,
    _FR_FUTURE,
    _FR_NOT_FUTURE,
    _GIVEN_UP_BEFORE,
    _HEARSAY,
    _HEDGES,
    _NOT_PARTICIPLES,
    _NOT_PAST_ED,
    _OPINIONS,
    _OPPOSED,
    _OVERDUE_AFTER,
    _PASSIVE_BEFORE,
    _PAST_EN,
    _PAST_FR,
    _PAST_FR_ADJACENT,
    _PERSON_RELATIVE,
    _RESULTS,
    _SAYS_THAT,
    _SET_BY_A_DATED_ACT,
    _SHARE_EXPECTED,
    _SHARE_SUBJECT,
    _SUPERSEDED,
    _SUPERSEDED_GOAL,
    _SUPERSEDED_PLAN_SAYS,
    _SUPERSEDED_SPEECH,
    _WHEN_CLAUSE,
    COMMITMENT_PATTERNS,
    ENDING_VERBS,
    CueRule,
)
from .organisations import (
    _Context,
    _known_mentions,
)
from .page import _words_between
from .sentence import (
    _VERB,
    _clause_start,
    _Cue,
)

_POSSESSIVE = re.compile(r"\b(?:its|their|son|sa|ses|leurs?)\b")
# The sentence closes on who said it, nothing contrasting between: "The building was still
# expected to open in 2029 in spite of the delay, he said." The past is the tense of reported
# speech, as after "he said that"; not "was set to open in May, but Poftak said it could be".
# Nor a contrast of another word ("though it is now running late", "until the fire"); the
# sayer a person or a body, not a document ("the 2021 business case said"), saying it now, not
# told "in 2019". "until" contrasts only when no time follows it ("expected to last until
# September, he said" is the plan); a document's word names a post after "of" ("head of
# strategy", "director of audit").
_A_TIME = (
    r"(?:the\s+)?(?:\d|end|start|beginning|middle|mid|early|late|next|this|"
    r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|spring|summer|autumn|fall|winter)"
)
_A_DOCUMENT = r"(?:case|report|plan|study|review|document|filing|budget|strategy|audit)s?"
_SAID_AFTER = re.compile(
    r"(?:(?!\b(?:but|however|mais|though|although|yet)\b|\buntil\b(?!\s+" + _A_TIME + r"))"
    r"[^.;:])*,[\"”’']?\s*"
    r"(?:he|she|they|(?:[\w.'’-]+ ){1,4}?(?:(?<=\bof )|(?!" + _A_DOCUMENT + r"\s))[\w.'’-]+)"
    r" (?:said|added|told [^\W\d]['’ \w]{0,29}(?<!\d))\s*\.?\s*$"
)
# A plan in the pluperfect is earlier than the time it is told: "had been expected to open
# in March 2025, he said".
_PLUPERFECT = re.compile(r"\bhad\s+(?:been\s+)?$")
# A relative clause on the subject: "The bus garage, which was not expected until 2027, opened
# on Monday, Halden Transit said" reports the opening; the plan in the relative is the writer's
# earlier one.
_IN_A_RELATIVE = re.compile(r"\b(?:which|who|that|qui|dont)\s+(?:[\w'-]+\s+){0,3}$")


def _said_after(folded: str, cue: _Cue, before: str) -> bool:
    """Whether a plan told in the past is reported speech by the attribution that closes its
    sentence (`_SAID_AFTER`), the plan being the sentence's own clause, not a relative's."""
    return (
        bool(_SAID_AFTER.match(folded, cue.end))
        and not _IN_A_RELATIVE.search(before)
        and not (cue.phrase.startswith("had ") or _PLUPERFECT.search(before))
    )


def _names_an_organisation(text: str, context: _Context) -> bool:
    """Whether words name a ledger organisation or refer back to one ("the company", "it")."""
    folded = _fold(text)
    return bool(_known_mentions(text, context)) or bool(
        _BACK_REFERENCE.search(folded) and not re.search(r"\b(?:he|she|il|elle)\b", folded)
    )


# "aurait" is left out as a hedge or a past conditional ("aurait dû", "aurait été retardé");
# before a thing had it is the future of the past, in reported speech "would have": "a promis
# que l'armée aurait ses 129 Rafale en 2025". ("aura", the same before a thing, drafted a
# second, vaguer window beside a promise's day in a development batch.)
_WOULD_HAVE = frozenset({"aurait", "auraient"})
_A_THING_AFTER = re.compile(r" (?:ses|son|sa|leur|leurs|les|le|la|l'|un|une|des|du|de|d')")
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
                if (
                    m.group() not in _FR_NOT_FUTURE
                    or (m.group() in _WOULD_HAVE and _A_THING_AFTER.match(folded, m.end()))
                )
                and m.start() >= body
            ]
    cues += _verbless(folded, cues, body)
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


_VERBLESS = CueRule("", "plans", kind="verbless")
# A verb in the perfect ending a clause, before a date set off by commas and an action noun:
# "La première pelletée a marqué, le 3 octobre, le lancement", "launched, on 3 October, the".
_PAST_VERB_AT_END = re.compile(
    r"\b(?:a|ont|avait|avaient|has|have|had) (?:[a-z]+ )?[a-zéè]+(?:é|ée|és|ées|i|is|it|ed)\s*$"
)
_SEGMENT = re.compile(r"[^,;:()«»\"“”]+")


def _verbless(folded: str, cues: list[_Cue], body: int) -> list[_Cue]:
    """Items without a verb: an action noun and a date in a clause with no verb ("avec la
    clôture à la mi-juin de la revue", "first delivery Q4 2026", "à partir de 2026,
    intégration des assurances"): a plan, from the clause's start (or the bare date before
    it) to the noun."""
    segments = [m for m in _SEGMENT.finditer(folded, body) if m.group().strip()]
    found: list[_Cue] = []
    for index, segment in enumerate(segments):
        noun = _ACTION_NOUN.search(segment.group())
        if noun is None or _has_verb(segment.group(), cues, segment.span()):
            continue
        if _words_between(segment.group()[: noun.start()]) > 3:
            continue  # the noun heads the item: "avec la clôture", "first delivery"
        start = segment.start()
        following = segments[index + 1] if index + 1 < len(segments) else None
        if not _DATE_WORD.search(segment.group()) and not _date_after_a_colon(
            folded, segment, following, cues
        ):
            previous = segments[index - 1] if index else None
            if previous is None or _words_between(previous.group()) > 5:
                continue
            if not _DATE_WORD.search(previous.group()) or _has_verb(
                previous.group(), cues, previous.span()
            ):
                continue
            if index >= 2 and _PAST_VERB_AT_END.search(segments[index - 2].group()):
                continue  # "a lancé, le 3 octobre, la construction": the act's past day
            start = previous.start()
        end = segment.start() + noun.end()
        found.append(_Cue(start, end, folded[start:end].strip(), _VERBLESS))
    return found


def _date_after_a_colon(
    folded: str, segment: re.Match[str], following: re.Match[str] | None, cues: list[_Cue]
) -> bool:
    """Whether an item's noun is followed by a colon and a bare date, a field of a project
    sheet inside a sentence: "la mention « Livraison prévue : Fin 2021 »"."""
    return (
        following is not None
        and folded[segment.end() : following.start()].strip() == ":"
        and _words_between(following.group()) <= 4
        and bool(_DATE_WORD.search(following.group()))
        and not _has_verb(following.group(), cues, following.span())
    )


def _subject_start(folded: str, position: int) -> int:
    """Where the subject of a verb at `position` may start: its clause, past a phrase set off
    by a comma before it ("le réseau étant ouvert à partir de 80 % du déploiement, les
    premiers raccordements seront possibles": the share is no subject)."""
    start = _clause_start(folded, position, 0)
    comma = folded.rfind(", ", start, position)
    return comma + 2 if comma >= 0 else start


def _has_verb(segment: str, cues: list[_Cue], span: tuple[int, int]) -> bool:
    return bool(
        _VERB.search(segment)
        or _PAST_EN.search(segment)
        or _PAST_FR.search(segment)
        or _FR_FUTURE.search(segment)
        or any(span[0] <= c.start < span[1] for c in cues)
    )


def _expected(folded: str, cues: list[_Cue], position: int) -> bool:
    """Whether a hedge is inside what an organisation expects ("EDF anticipe que les
    premiers EPR2 pourraient produire dès 2038"): part of the expectation, not a blocker."""
    return any(
        cue.rule.strength == "expects"
        and re.search(r"\b(?:que|qu'|that)$", cue.phrase)
        and 0 <= position - cue.end <= 40
        for cue in cues
    )


# A past verb of saying before "that" frames the speech, it tells no past event: "Over the
# five years, she highlighted that NHS England hopes to transition ...".
_SAID_THAT = frozenset(
    [
        "stated",
        "noted",
        "stressed",
        "highlighted",
        "underlined",
        "emphasised",
        "emphasized",
        "explained",
        "confirmed",
        "indicated",
        "reiterated",
        "reaffirmed",
        "insisted",
        "signaled",
        "signalled",
        "added",
        "announced",
    ]
)
# "originally slated to", "initially was due to": the phrase right after is an earlier plan.
_SUPERSEDED_BEFORE = re.compile(rf"(?:{_SUPERSEDED.pattern})\s+(?:[\w']+\s+)?$")
# A plan told as held at the year the sentence opens on, right after its subject: "Back in
# 2017, NuScale planned to have its first plant running by 2026" reports the plan of 2017
# (as "In 2017, X was aiming to" does); the date it is told with is when it was made.
_HELD_AT_THE_OPENING_TIME = re.compile(
    r"\W*(?:(?:way )?back |as early as )?in (?:early |late |mid-)?(?:19|20)\d\d,\s+"
    r"[^,;:]{1,40}?\s$"
)
# A time the sentence opens on, then the clause that ends on its plan.
_TIME_FIRST = re.compile(
    r"\W*(?:d'ici|à l'horizon|en|dès|à partir d[eu]) [^,;]{1,40}, [^,;]{1,120}?\s$"
)
# A share of the people or places a network reaches is its coverage target, not a forecast
# of a market: "D'ici fin 2025, 50% à 60% des foyers devront disposer de ...".
_COVERAGE_SHARE = re.compile(
    r"\d\s?(?:%|per ?cent|pour ?cent)\s+(?:of|des|de|du|d')\s*(?:la |l'|the |its |their )?"
    r"(?:population|foyers|ménages|habitants|locaux|logements|households|homes|premises|"
    r"territoire|territory|pays|country|communes|citoyens|résidents|residents|people)\b"
)
# A share of what the subject itself has or does is its own target, not a forecast of a
# market: "80 % de son activité", "30 % des travaux seront achevés d'ici la fin de l'année".
_OWN_SHARE = re.compile(
    r"\d\s?(?:%|per ?cent|pour ?cent)\s+(?:of|de|d')\s*"
    r"(?:son|sa|ses|leur|leurs|notre|nos|its|their|our)\b"
    r"|\d\s?(?:%|per ?cent|pour ?cent)\s+"
    r"(?:des travaux|du chantier|of the (?:works?|construction))\b"
)
# The people of a place, named by the place ("100 % des Héraultais", "90% des Français"),
# as "des habitants": capitalised in the text, so read there.
_A_PLACES_PEOPLE = re.compile(
    r"\d\s?(?:%|pour ?cent)\s+des\s+[A-ZÀ-Þ][a-zà-ÿ]+"
    r"(?:ais|aises|ois|oises|ains|aines|iens|iennes|ons|onnes)\b"
)


def _a_share_of_its_own(text: str, folded: str, start: int, end: int) -> bool:
    """Whether a share as the subject is a target of the promiser's (the people or places its
    network reaches, its own activity or works), not a forecast of a market."""
    return bool(
        _COVERAGE_SHARE.search(folded, start, end)
        or _OWN_SHARE.search(folded, start, end)
        or _A_PLACES_PEOPLE.search(text, start, end)
    )


_NOW = re.compile(r"\s+(?:now|désormais|maintenant)\b")
# "the original plan to", "an earlier target of": an earlier adjective on a goal or plan.
_SUPERSEDED_GOAL_BEFORE = re.compile(rf"(?:{_SUPERSEDED_GOAL.pattern})\s+$")
_NOUN_CUE = re.compile(r"(?:plans?|target|goal|aim|objective|ambition|objectif|date)\b")


# A meeting the plan is said of, in a relative clause on it: "at the next subcommittee
# meeting, which is scheduled for Aug. 29", "la prochaine réunion, qui est prévue le 3 mai";
# an auction or a vote another body holds ("la durée des enchères, qui vont commencer le 29
# septembre").
_MEETING_BEFORE = re.compile(
    r"\b(?:meeting|conference|hearing|session|summit|assembly|agm|réunion|conférence|"
    r"assemblée|audience|séance|sommet|auction|enchère|vote|election|élection|"
    r"referendum|référendum)s?,?\s+(?:which|that|qui)\s+(?:is|are|est|sont)?\s*$"
)


# A rule's own date, in a relative clause on it: "répondre aux nouvelles obligations
# réglementaires qui vont s'imposer d'ici 2022", "the emission rules that will apply from
# 2027": when the rule applies, which the organisation must meet, not its promise.
_RULE_RELATIVE = re.compile(
    r"\b(?:obligations?|règles?|normes?|réglementations?|lois?|directives?|rules?|regulations?|"
    r"standards?|laws?|requirements?)(?:\s+[\w-]+)?,?\s+(?:qui|which|that)\s+$"
)

# A goal set for other bodies ("a statewide goal for public transit agencies to transition
# ... by 2040") is theirs to meet, not a promise of whoever sets it; "its goal for its stores
# to" stays the organisation's own.
_GOAL_FOR_OTHERS = re.compile(
    r"\bfor (?!(?:[\w-]+ ){0,2}?(?:its|their|our)\b)(?:[\w-]+ ){0,2}[\w-]+s to$"
)
# What a rule brings about: "Under the regulation, that number will climb to 1,000 by 2020".
_UNDER_A_RULE = re.compile(
    r"^\W*(?:under|selon|en vertu d(?:e|u|es)) (?:the |this |these |that |la |le |les |cette |ce )?"
    r"(?:new |nouvelle |nouveau )?(?:regulations?|rules?|laws?|mandates?|directives?|standards?|"
    r"réglementations?|règles?|lois?|directives?|normes?)\b"
)


# What the subject will be allowed to do is another body's permission, not its promise:
# "Dès le 18 novembre, les opérateurs seront autorisés à émettre", "will be allowed to"; so
# is the time it is given ("Interested parties will have until 2 April to submit evidence").
_PERMITTED = re.compile(
    r"(?:will|shall|would|sera|seront|serait|seraient)\s+(?:be\s+)?(?:[a-z]+ly\s+)?"
    r"(?:autorisée?s?|habilitée?s?|allowed|permitted|authori[sz]ed|cleared)\s+(?:à|to)\b"
    r"|(?:will|shall|would)\s+(?:now\s+|still\s+)?have\s+until\b"
)


# An edition of what organisers put on is their plan, not a meeting someone else calls: "La
# 60e édition du festival se déroulera du 13 au 18 août", "The shows will now be held at the
# NEC on 12-14 April". So is a milestone of the promised thing that "takes place", the
# promiser's step: "Ground breaking of the facility will take place in mid-2020", "la pose de
# la première pierre aura lieu en mars".
_OWN_OCCASION = re.compile(
    r"\b(?:édition|festival|salon|foire|exposition|edition|show|fair|expo|exhibition|"
    r"festivals|salons|shows|fairs|expos|exhibitions|events"
    r"|ground ?breaking|groundbreaking|first stone|foundation stone|commissioning|"
    r"start of (?:construction|works|production)|première pierre|lancement des travaux|"
    r"début des travaux|mise en service|"
    # A launch or works that take place: the launcher's or the builder's own schedule ("the
    # postponed launch will take place on Friday", "le chantier se tiendra jusqu'au 30 août"),
    # also when long words name what the works are on ("les travaux de rénovation des quais
    # et des abris de la gare nord se tiendront entre cette année et 2026": 80 characters).
    r"launch|launches|lancement|lancements|chantier|chantiers|travaux|"
    # Closures an organisation has scheduled take place as its own acts: "the remaining
    # closures will take place by June", "les fermetures auront lieu d'ici l'été".
    r"closures|closings|fermetures|"
    # So are an opening and a delivery, the promised thing's own milestones: "l'ouverture
    # aura lieu dans une centaine de jours", "the reopening will take place in May".
    r"(?:(?:ré)?ouvertures?|(?:re)?openings?|livraisons?|deliver(?:y|ies))"
    r"(?!\s+(?:des|du|de la|of(?: the)?)\s+(?:négociations|pourparlers|plis|offres|procès|débats|"
    r"audiences?|enquêtes?|talks|negotiations|bids|tenders|trial|hearings?|inquiry|verdict)\b)|"
    # The ceremony the subject does its act in: "will break ground for its plant in a
    # ceremony to be held Jan. 7" (not "will attend a ceremony", someone else's).
    r"(?:in|at|during) an? (?:[\w-]+ )?ceremony|lors d'une cérémonie)\b[^,;:.]{0,80}$"
)


# A plan set off by commas, then the verb that cancels it: "Le sommet des CFF, prévu le 3
# septembre, est annulé", "The summit, scheduled for 3 September, has been called off".
_CANCELLED_AFTER = re.compile(
    r"[^,;.]{0,50},\s*(?:est|sont|a été|ont été|has been|have been|is|are|was|were) "
    r"(?:(?:now|finalement|désormais|purement et simplement) )?"
    r"(?:annulée?s?|cancell?ed|called off|scrapped)\b"
)


# Works that take place, their noun right before the phrase: the builder's own schedule, as
# "les travaux se tiendront" is ("with construction expected to take place in three phases
# through 2040", "Construction work is to take place ... starting on Saturday, Jan. 18"); not
# a meeting the works' team holds ("My construction team is meeting with the city").
# Nor works that are only a meeting's topic ("a consultation on its renovation will take
# place", "a meeting about the works"), nor work as a modifier ("a work session"); a quantity
# of the works is still works ("most of the construction work will take place at night").
_WORKS_THAT_TAKE_PLACE = re.compile(
    r"\b(?:construction|drilling|renovation|roadworks|works|"
    r"work(?!\s+(?:meeting|session|group|shop|experience|permit|visa)s?\b))(?: works?)?\s+"
    r"(?:[\w-]+\s+){0,3}?take place\b"
)
_TOPIC_OF = re.compile(
    r"\b(?:on|about|over|for|against|"
    r"(?<!\bmost )(?<!\bbulk )(?<!\bpart )(?<!\brest )(?<!\ball )(?<!\bmuch )(?<!\bsome )of)\s+"
    r"(?:(?:the|its|their|his|her|a|an|this|these)\s+"
    r"|(?:[\w-]+\s+){0,2}?[\w-]+(?:['’]s|s['’])\s+)?$"
)


def _works_take_place(folded: str, start: int, end: int) -> bool:
    """Whether works (`_WORKS_THAT_TAKE_PLACE`) take place between start and end, their noun
    the subject, not the topic of a meeting (`_TOPIC_OF`)."""
    return any(
        not _TOPIC_OF.search(folded, max(0, m.start() - 40), m.start())
        for m in _WORKS_THAT_TAKE_PLACE.finditer(folded, start, end)
    )


# A service stopped for a while, told as a notice of disruption: "la ligne sera totalement
# interrompue dimanche", "six autres interruptions nocturnes sont programmées d'ici au 10
# décembre", "la piste sera barrée entre 23 et 6 heures", "aucun TER ne circulera ce
# mercredi", "this work will pause over the summer". It says when a service is off, nothing
# promised; its return still is ("ne reprendront pas avant dimanche", "l'interruption prendra
# fin le 3 septembre").
_INTERRUPTED = re.compile(
    r"\b(?:interrompue?s?|interruptions?|barrée?s?|ne circuler(?:a|ont)|"
    r"(?:will|would) (?:pause|not run|be (?:interrupted|suspended|closed to (?:traffic|"
    r"passengers|the public)))|won't run)\b"
)
_SERVICE_RETURNS = re.compile(
    rf"\b(?:{ENDING_VERBS}|reprendr\w*|rétabli\w*|rouvrir\w*|resum\w*|restor\w*|reopen\w*)\b"
)


def _service_interrupted(folded: str, cue: _Cue) -> bool:
    """Whether a cue tells when a service is off (`_INTERRUPTED`) and not when it returns."""
    start, end = max(0, cue.start - 40), cue.end + 30
    return bool(
        _INTERRUPTED.search(folded, start, end) and not _SERVICE_RETURNS.search(folded, start, end)
    )


def _judge_cues(
    cues: list[_Cue], text: str, folded: str, reported: bool, context: _Context
) -> None:
    """Mark the phrases whose dates are no promise, and why."""
    for cue in cues:
        before = folded[: cue.start]
        if cue.rule.needs == "a time first" and not _TIME_FIRST.match(before):
            cue.dropped = "no time before it"
        elif (
            cue.rule.needs == "reported"
            and not reported
            # "l'enseigne prévoirait d'ouvrir 50 magasins d'ici à 2026": the conditional of a
            # report not yet confirmed, its plan still the subject's.
            and not _PLAN_IN_THE_CONDITIONAL.fullmatch(cue.phrase)
        ):
            if _hoped(cues, cue):
                cue.rule = replace(cue.rule, strength="hopes")
            else:
                cue.dropped = "not reported speech"
        elif (
            _SUPERSEDED_BEFORE.search(before)
            or (_SUPERSEDED.match(folded, cue.start) and not _SET_BY_A_DATED_ACT.search(before))
            # A plan in the past is an earlier one, unless someone is reported saying it;
            # not when that saying is the first ("when the project was first announced in
            # 2018, the completion date was expected to be 2026"). A plan set by a dated act
            # ("the contract signed in 2015 provided for ...") was promised then.
            or (
                (cue.rule.kind == "past" or _ANNOUNCED_THEN.search(folded, 0, cue.end))
                and (
                    not (_speech_before(before) or _said_after(folded, cue, before))
                    or _SUPERSEDED.search(before)
                )
                and not _SET_BY_A_DATED_ACT.search(before)
                and not _HELD_AT_THE_OPENING_TIME.match(before)
            )
        ):
            cue.dropped = "an earlier, superseded plan"
        elif _SUPERSEDED_GOAL.search(cue.phrase) or (
            _NOUN_CUE.match(cue.phrase) and _SUPERSEDED_GOAL_BEFORE.search(before)
        ):
            cue.dropped = "an earlier goal"  # "its previous goal of making 190,000 EVs in 2024"
        elif (
            _SUPERSEDED_SPEECH.search(before)
            or _SUPERSEDED_PLAN_SAYS.search(before)
            # Or the sentence opens on an earlier aim, the phrase perhaps that aim itself:
            # "Initially, the government aimed to hold the auction by December".
            or _EARLIER_AIM_OPENING.search(before + cue.phrase)
        ) and not _NOW.match(folded, cue.end):
            # Not the new plan said after it: "which was originally expected to go March 20
            # ..., will now open on Sept. 4".
            cue.dropped = "what it said before"  # "Samsung previously said the plant would"
        elif (
            _EVENTS.search(folded, max(0, cue.start - 4), cue.end + 40)
            or _MEETING_BEFORE.search(before)
        ) and not (
            _OWN_OCCASION.search(before)
            or _works_take_place(folded, max(0, cue.start - 30), cue.end + 40)
        ):
            cue.dropped = "a scheduled event"
        elif _service_interrupted(folded, cue):
            cue.dropped = "a service interrupted for a time"
        elif _CANCELLED_AFTER.match(folded, cue.end):
            cue.dropped = "a plan cancelled"  # "Le sommet, prévu le 3 septembre, est annulé."
        elif _GOAL_FOR_OTHERS.search(cue.phrase) or _UNDER_A_RULE.search(before):
            cue.dropped = "a goal or a rule for others"
        elif _RULE_RELATIVE.search(before):
            cue.dropped = "when a rule applies"  # "aux obligations qui vont s'imposer d'ici 2022"
        elif _PERMITTED.match(folded, cue.start):
            cue.dropped = "a permission another body gives"
        elif _PERSON_RELATIVE.search(before):
            cue.dropped = "a person's own plan"  # "Wei, who is slated to succeed Liu"
        elif (
            cue.rule.kind == "timetable"
            and _WHEN_CLAUSE.search(before)
            and not _WHEN_IT_OPENS.search(folded, 0, cue.end)
        ):
            cue.dropped = "the time of another event"  # "when it takes effect on May 25"
        elif _OPPOSED.search(before):
            cue.dropped = "a plan someone opposes"
        elif _GIVEN_UP_BEFORE.search(before) or _OVERDUE_AFTER.match(folded, cue.end):
            cue.dropped = "a promise given up or overdue"
        elif _EARLIER_REPORTS.search(before):
            cue.dropped = "what earlier reports said"
        elif _HEARSAY.search(folded):
            cue.dropped = "hearsay"  # "... is believed to be the target"
        elif _DOUBT.search(before):
            cue.dropped = "a doubt"  # "it seems unlikely that the target will be reached"
        elif cue.rule.strength == "expects" and _SHARE_EXPECTED.match(folded, cue.end):
            cue.dropped = "an expected share"
        elif _about_results(folded, cue):
            cue.dropped = "expected results"
        elif _a_level_forecast(folded, cue):
            cue.dropped = "a figure's level"
        elif _year_judged(folded, cue):
            cue.dropped = "a year judged"
        elif _FORECAST_SUBJECT.match(folded, _subject_start(folded, cue.start), cue.start):
            cue.dropped = "what a forecast says"
        elif _SHARE_SUBJECT.search(
            folded, _subject_start(folded, cue.start), cue.start
        ) and not _a_share_of_its_own(text, folded, _subject_start(folded, cue.start), cue.start):
            cue.dropped = "a share as the subject"
        elif (
            (opinion := _last(_OPINIONS, before)) is not None
            and not _names_an_organisation(text[: opinion.start()], context)
            and not _OPINION_ENDS.search(folded, opinion.end(), cue.start)
            # "who gave the earlier June estimate …, also said that the carrier remains on
            # course to": what a verb of saying after it reports is no estimate of its own.
            and not _SAYS_THAT.search(folded, opinion.end(), cue.start)
        ):
            cue.dropped = f"someone's estimate ({opinion.group()!r})"


def _hoped(cues: list[_Cue], would: _Cue) -> bool:
    """Whether a conditional is what an organisation hopes for ("hopes that its service
    would be operational by next year"): its hope, as in reported speech."""
    return any(
        cue.rule.strength == "hopes"
        and re.search(r"\b(?:que|qu'|that)$", cue.phrase)
        and 0 <= would.start - cue.end <= 60
        for cue in cues
    )


# A clause of reason or contrast ends what someone believes: "believes the building will
# help because UH has a target of ... by 2020" states the target as a fact.
_OPINION_ENDS = re.compile(r"\b(?:because|but|parce que|parce qu'|car|mais)\b")


_RESULTS_OBJECT = re.compile(
    rf"\s*(?:un |une |des |de |d'|a |an |the )?(?:\w+ )?(?:{_RESULTS.pattern})"
    # A figure of sales grown to a level: "is aiming to increase topline sales to more than
    # US$1bn by fiscal 2023", "vise à doubler ses ventes d'ici 2025".
    r"|\s*(?:to |à )?(?:increase|grow|raise|double|triple|boost|lift|doubler|tripler|augmenter|"
    r"accroître|porter) (?:its |their |son |sa |ses |leurs? |le |la |les |l')?(?:[\w-]+ )?"
    r"(?:sales|ventes)\b"
    # Or a count of users grown to a level: "is expected to double the number of passengers to
    # 120 million in 2030", "devrait doubler le nombre de visiteurs d'ici 2027": traffic.
    r"|\s*(?:to |à )?(?:increase|grow|raise|double|triple|boost|lift|doubler|tripler|augmenter|"
    r"accroître|porter) (?:the |le )?(?:number|nombre|count) (?:of |de |d')(?:[\w-]+ ){0,2}"
    r"(?:passengers|riders|visitors|travell?ers|trips|journeys|voyageurs|passagers|visiteurs|"
    r"usagers|trajets|voyages)\b"
)


# A count of users as the subject of "expected": "20,000 passengers a day are expected by
# 2030", "1,2 million de visiteurs sont attendus en 2026" forecast traffic, not an act.
_TRAFFIC_COUNTED = re.compile(
    r"\b\d[\d ,.]*(?:\s*(?:million|millions|m|k))?\s+(?:de |d')?(?:[\w-]+ )?(?:passengers|"
    r"riders|visitors|travellers|travelers|trips|journeys|voyageurs|passagers|visiteurs|"
    r"usagers|trajets|voyages)\b"
)
# Not "expected to" with a verb: "the line, with 20,000 riders, is expected to open in 2026".
_EXPECTED_PASSIVE = re.compile(
    r"(?:(?:is|are|sont|est) )?(?:expected|attendue?s?)(?: (?:by|in|from|for|pour|en|dès))?$"
)


def _about_results(folded: str, cue: _Cue) -> bool:
    """Whether a phrase expects results, not an action: "promet un chiffre d'affaires",
    "des revenus substantiels attendus au second semestre"."""
    before = _RESULTS.search(folded, max(0, cue.start - 40), cue.start)
    if cue.phrase.startswith("attendu") and before:
        return True
    if _EXPECTED_PASSIVE.match(cue.phrase.strip()) and _TRAFFIC_COUNTED.search(
        folded, max(0, cue.start - 50), cue.start
    ):
        return True  # "23 700 voyageurs sont attendus dès 2030": a forecast of traffic
    if _results_as_subject(folded, cue):
        return True
    return bool(_RESULTS_OBJECT.match(folded, cue.end))


# A figure guessed at as what "be" comes to: "Ce sera environ 1,4 milliard d'euros en 2026",
# "En 2018, le volume de production annuel sera d'environ 13 000 tonnes": the level a figure
# stands at on the date, reckoned ("environ", "about"), a state forecast with no act (the
# copula promises nothing of its own). An exact figure may be a target and stays ("capacity
# will be 40 GWh by 2030"), as do "there will be about 100 bankers in post by March" (things
# put in place), a share ("will be about 90% complete") and a figure compared ("about £50
# below the cap"). "Reach" and "atteindre" are left: "would reach 13,000 km by 2011" and "is
# expected to reach 220 stores" are targets the labels keep.
_LEVEL_VERB = re.compile(r"(?:will be|sera|seront)")
_A_LEVEL_AFTER = re.compile(
    r"\s*(?:de |d')?(?:environ|about|around|some|roughly|approximately|près de)\s+(?:[$€£]\s?)?"
    r"(?!(?:19|20)\d\d\b)\d[\d\u00a0\u202f .,]*(?:\s*à\s*\d[\d\u00a0\u202f .,]*)?"
    r"(?!\s*(?:%|per ?cent|pour ?cent|g\b|below|above|less|lower|higher|de moins|de plus))"
    r"\s*(?:[a-zà-ÿ]+)\b"
    # "about 10 minutes shorter", "environ 3 mois de retard": a figure compared, a change
    r"(?!\s+(?:shorter|longer|faster|slower|quicker|cheaper|dearer|higher|lower|greater|"
    r"smaller|bigger|larger|more|fewer|less|later|earlier|late|early|ahead|behind|"
    r"plus|moins|de retard|d'avance|de moins|de plus)\b)"
)
# What the figure's clause goes on with after it: a second predicate ("about 12 km long and
# open to passengers in 2026", "d'environ 12 km et mise en service fin 2026", "environ 200 à
# être livrés d'ici 2026", "about 40 million euros, to be spent by 2027"), a time of its own
# ("about $30,000 when it goes on sale in March 2025"), or a target's "by" ("will be about 40
# GWh by 2030", as "will be 40 GWh by 2030" is): the date is no level's.
_A_LEVEL_GOES_ON = re.compile(
    r"[^.;:]*?(?:\b(?:and|et|to be|when|once|by|d'ici)\b|\bà (?:être|l'horizon)\b)"
)
_THERE_BEFORE = re.compile(r"\b(?:there|il y)\s+$")
_BE_AFTER = re.compile(r"\s+be\b")


def _a_level_forecast(folded: str, cue: _Cue) -> bool:
    """Whether a phrase of "be" has a reckoned figure as its complement (`_A_LEVEL_AFTER`)."""
    phrase, end = cue.phrase.strip(), cue.end
    if phrase == "will" and (be := _BE_AFTER.match(folded, end)):
        phrase, end = "will be", be.end()
    return bool(
        _LEVEL_VERB.fullmatch(phrase)
        and _A_LEVEL_AFTER.match(folded, end)
        and not _A_LEVEL_GOES_ON.match(folded, end)
        and not _THERE_BEFORE.search(folded, max(0, cue.start - 10), cue.start)
    )


# Results as the subject of the phrase: "By 2050, revenues from clean hydrogen are expected
# to exceed $280 billion", "clean hydrogen revenues will surpass …", "each $1 of cloud
# revenue in Denmark would generate $7.23": what the results will come to, a forecast, not an
# act. The results noun ends the subject, or one short phrase of what they come from follows
# it; a target of revenue the subject confirms ("confirmé son objectif de revenus … en 2024 et
# prévoit d'ouvrir") is no subject of the next verb.
_RESULTS_SUBJECT = re.compile(
    rf"(?:{_RESULTS.pattern})(?:\s+(?:from|of|in|de|du|des|d')\s*(?:[\w$€£.-]+\s+){{1,3}}?)?\s*$"
)


def _results_as_subject(folded: str, cue: _Cue) -> bool:
    return bool(_RESULTS_SUBJECT.search(folded, max(0, cue.start - 60), cue.start))


# A year as the subject of "be" with a word that judges it: "this year will be our biggest
# ever", "This year should be really exciting for us", "L'année 2025 sera charnière", "2026
# sera sous le signe des travaux": the year is described, nothing is promised in it. A
# participle still tells an act ("L'année 2010 sera consacrée à la certification", "2025
# will be marked by the opening of the depot"), and "the year when", "une année de" names
# what the year holds ("L'année 2025 sera encore une année de transition puisque …").
_YEAR_AS_SUBJECT = re.compile(
    r"(?:^|\b(?:and|but|et|mais|said|says)\s)\W*(?:(?:this|next) year|cette année|l'an prochain"
    r"|l'année (?:(?:19|20)\d\d|prochaine)(?: prochaine)?|(?:19|20)\d\d)\s+$"
)
_JUDGED_AFTER = re.compile(
    r"(?:(?:will|should|would|is going to) be|sera|devrait être|s'annonce)\s+"
    r"(?:(?:really|very|even|truly|particularly|especially|encore|aussi|très|vraiment)\s+)?+"
    r"(?:(?:our|its|their|a|an|the|notre|sa|leur)\s+)?+"
    r"(?!(?:year|année|une|un|l'année)\b)(?![a-zà-ÿ]+(?:ed|é|ée|és|ées)\b)[a-zà-ÿ]"
)


def _year_judged(folded: str, cue: _Cue) -> bool:
    return bool(
        _JUDGED_AFTER.match(folded, cue.start)
        and _YEAR_AS_SUBJECT.search(folded[_clause_start(folded, cue.start, 0) : cue.start])
    )


# Forecasts as the subject: "current projections confirm the line won't open before
# December 2028", "les prévisions de fréquentation tablent sur 140 000 passagers en 2022",
# "Anticipations indicate that …": what the forecasts say is an estimate, as it is "according
# to a forecast" or when "the analysis indicates" it after the promise.
_FORECAST_SUBJECT = re.compile(
    r"\W*(?:(?:the|its|their|current|latest|new|recent|les|des|ces|ses|leurs|nouvelles|"
    r"dernières|actuelles)\s+){0,2}(?:forecasts?|projections?|prévisions?|anticipations?|"
    r"estimates?|estimations?)\b"
)


def _speech_before(before: str) -> bool:
    return bool(re.search(r"\b(?:said|says|told|announced|confirmed|que|qu'|that)\b", before))


def _last(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    matches = list(pattern.finditer(text))
    return matches[-1] if matches else None


# A participle after a determiner is an adjective: "an expanded region", "its long-awaited",
# "in all populated areas", "to many connected homes".
_DETERMINED = re.compile(
    r"\b(?:a|an|the|its|their|his|her|our|this|these|those|new|newly|all|many|most|several)"
    r"\s+(?:[\w-]+[\s-])?$"
)


# Also the future perfect of "être": "l'ensemble de ses résidences auront été rénovées en 2022"
# is done by then, not done already.
# A figure (not a year) and the object it counts, right before a participle: "40 bus rénovés".
_COUNTED_BEFORE = re.compile(
    r"\b(?!(?:19|20)\d\d\b)\d+(?:[.,\u00a0\u202f ]\d{3})*\s+(?:[a-zà-ÿ'-]+\s+){1,2}$"
)
_FUTURE_BE = re.compile(
    r"\b(?:être|sera|seront|serait|seraient|soit|soient|(?:aura|auront) été)\s+(?:[\w-]+ment\s+)?$"
)


# "dès" and a period said to come: "dès le début de l'année prochaine", "dès le mois
# prochain".
_FROM_A_COMING_TIME = re.compile(r"\s*dès\s+[^,.;]{0,40}?\b(?:prochaine?|suivante?)\b")


# "will have 120 pumps when it opens in late 2023": the opening of the thing the sentence
# is about, told by a pronoun, is its date; "when it takes effect" stays another event.
_WHEN_IT_OPENS = re.compile(
    r"\b(?:when|once|lorsqu'|lorsque|quand) (?:it|they|il|elle|ils|elles) "
    r"(?:opens?|launch(?:es)?|ouvrir(?:a|ont)|ouvre(?:nt)?)$"
)


# A determiner right before a word: what follows it is a noun, not a participle.
_FRENCH_DETERMINER = re.compile(
    r"(?:\b(?:le|les|un|une|des|du|au|aux|son|sa|ses|leur|leurs|notre|nos|votre|vos|ce|cet|"
    r"cette|ces)\s+|\bl['’])$"
)


# A future form right before an adverb of an earlier time: "will initially", "would at first",
# "vont, dans un premier temps,".
_FUTURE_JUST_BEFORE = re.compile(
    r"\b(?:will|would|shall|(?:it|we|they)'ll|va|vont|devra|devront)\s*,?\s*$"
)


# The imperfect of a verb of intent, the French future of reported speech in the past.
_FUTURE_IN_THE_PAST = re.compile(r"(?:allai|comptai|entendai|voulai)(?:t|ent)")
# "que" or "qu'" a few words before, with no full stop nor clause break between.
_REPORTED_THAT = re.compile(r"\b(?:que\s|qu')(?:[^\s,;:.]+\s+){0,5}$")


# The conditional of a verb of planning or intent: what a report, not yet confirmed, says
# its subject plans ("prévoirait", "envisagerait", "compterait", "aimerait").
_PLAN_IN_THE_CONDITIONAL = re.compile(
    r"(?:prévoi|envisage|compte|souhaite|aime|vise|ambitionne|entend|planifie|programme)"
    r"r(?:ait|aient)"
)


# A present participle or gerund, told as a verb by the word before it: a participle right
# after it qualifies its object ("is preparing and launching tailored plans", "by offering
# improved trains"); not "having" nor "being", whose participle is a verb's.
_AFTER_A_GERUND = re.compile(
    r"\b(?:and|or|is|are|be|been|by|of|for|while|also)\s+(?!having\b|being\b)[a-z]{3,}ing\s+$"
)


# An announcement in the imperfect or the pluperfect, its action and time after it: what was
# announced then, an earlier plan ("annonçait une livraison à l'été 2026", "avaient annoncé
# une ouverture fin septembre").
_ANNOUNCED_THEN = re.compile(
    r"\b(?:annonçai(?:t|ent)|(?:avait|avaient) (?:déjà |bien |alors )?annoncé) "
    r"(?:[\w'-]+ ){0,3}?[\w'-]+$"
)


# A capitalised word next, in the text as written: a place's or a thing's name (a feast is
# a time: "depuis Noël").
_MORE_THAN = re.compile(r"\s+(?:de|d'|que|qu')")
_A_NAME_NEXT = re.compile(
    r"\s+(?:l['’])?(?!Noël|Pâques|Toussaint)[A-ZÀ-Þ][a-zà-ÿ]"
    # Or a place named by its noun: "décoller depuis le centre spatial", "depuis l'espace",
    # "envoyer de l'argent depuis l'application de leur banque", "des départs depuis la gare
    # de Lyon": where from, not since when.
    r"|\s+(?:l['’]|(?:la|le|les|leur|leurs|son|sa|ses)\s+)(?:centres?|sites?|bases?|ports?|"
    r"aéroports?|gares?|espace|applications?|applis?|plateformes?|pas de tir|stations?|"
    r"terminaux|terminal|quais?|smartphones?|téléphones?|ordinateurs?|domiciles?)\b"
)


# A figure (not a year) right before a participle, and a noun after it: the participle is the
# counted object's adjective, as "40 bus rénovés" is in French ("roughly 100 converted
# locations", "40 refurbished buses"); "of which 100 opened in 2020" is still a past event,
# as is "12 opened during March", "12 opened recently": a preposition or an adverb of time
# after the participle is the verb's, no noun.
_FIGURE_BEFORE = re.compile(r"\b(?!(?:19|20)\d\d\b)\d+(?:,\d{3})*\s+$")
_NOUN_AFTER = re.compile(
    r"\s+(?!(?:in|on|at|by|to|for|from|of|with|since|during|around|before|after|until|till"
    r"|over|through|throughout|within|last|this|the|a|an|and|or|as"
    r"|earlier|recently|yesterday|today|already|again)\b)[a-z]{3,}"
)


# The words that open a condition: what follows them in the clause is the condition's.
_CONDITION_OPENS = re.compile(
    r"\b(?:if|unless|provided that|à condition que|à condition qu'|sauf si"
    r"|si (?=(?:le|la|les|l'|il|elle|ils|elles|on|un|une|des)\b))"
)


# A clause of time tells what is to come in the present: its participle is a passive to come,
# no past ("will expand when that part of the project is completed in 2028", "once the plant
# is commissioned in 2023"), the verb "be" left out too ("when completed next year").
_PRESENT_PASSIVE_OF_TIME = re.compile(
    r"\b(?:when|once|as soon as)\s+(?:(?:\S+\s+){0,8}?(?:is|are)\s+(?:[a-z]+ly\s+)?)?$"
)


# After a preposition or an infinitive's verb, a participle qualifies the noun that follows.
_ADJECTIVE_AFTER = re.compile(r"(?:\b(?:of|with|from|into)|\bto (?!have\b|be\b|been\b)[a-z]+)\s+$")


# Between a participle and its "by" date, at most a short place: "a data center launched in
# orbit by the end of 2026" is as much a passive future as "five ships delivered by 2028".
_PLACE_THEN_BY = re.compile(r"\s?(?:(?:in|into|on|at) (?:the )?[\w-]+ )?")


# A verb of seeing and its object, right before a participle: "voir son premier avion livré".
_SEEN_DONE = re.compile(
    r"\b(?:voir|verra|verront|see|seeing)\s+(?:[\w'-]+\s+){1,5}?(?:[a-z]+ment\s+|[a-z]+ly\s+)?$"
)
# A count of things right before "left": "220 branches left", "two weeks left".
_COUNTED = re.compile(r"\b\d[\d,.]*\s+(?:[a-z-]+\s+)?[a-z-]+s\s+$")


# A clause opened by a subordinator or a relative whose verb, in the present, tells something
# that happens by itself (weather, a season, an outside event): its date is that event's
# time. Not "occurs", "takes place" or "is due", which the promised thing itself may take
# ("the launch will occur between Sept. 19 and Oct. 1"), nor "kicks in", said of a price cap
# or a tariff someone sets.
_HAPPENS_BY_ITSELF = re.compile(
    r"\b(?:when|as|once|before|after|until|which|that|while)\s+"
    # "once its recruitment drive gets underway": the organisation's own act, no outside event
    r"(?!(?:its|their|our)\s)[^,.;:]{0,50}?"
    # "the depot, which happens to be its largest": an idiom of chance, no event
    r"\b(?P<verb>hits|happens(?!\s+to\b)|gets underway|sets in|rolls around|comes around)\b"
)
# Works someone does, whose getting underway is no outside event.
_WORKS = re.compile(r"\b(?:works?|construction|building|drive)\b")
# What closes the event's clause before a date: punctuation or a joined clause ("as winter
# sets in, then open the depot in March 2025", "when demand hits its peak and open ...").
_EVENT_CLAUSE_ENDS = re.compile(r"[,;:()]|\s[—–]\s|\b(?:and|or|but|then|et|ou|mais|puis)\b")


def _events_own_dates(folded: str, found: list[FoundDeadline]) -> set[tuple[int, int]]:
    """The dates told in the clause of something that happens by itself: that event's times.

    Only the dates inside the event's clause: the first date after its verb before a comma or
    a joined clause, and the same day named again right after it ("on Black Friday, Nov. 29").
    A date after the clause is closed is the promise's again ("as winter sets in, then open
    the depot in March 2025"). "Hits" is the event only with the date right after it ("when
    colder weather hits later this year"): with an object, it is the promised thing reaching a
    goal ("a battery plant that hits full output by 2027").
    """
    own: set[tuple[int, int]] = set()
    dates = sorted(f.span for f in found)
    for m in _HAPPENS_BY_ITSELF.finditer(folded):
        if m.group("verb") == "gets underway" and _WORKS.search(
            folded, max(0, m.start() - 30), m.start("verb")
        ):
            continue  # "will start the works that gets underway next spring": its own act
        end, first = m.end("verb"), True
        for start, stop in dates:
            if start < end:
                continue
            gap = folded[end:start]
            if first and (
                (m.group("verb") == "hits" and gap.strip())
                or _EVENT_CLAUSE_ENDS.search(gap)
                or len(gap) > 40
            ):
                break
            if not first and gap.strip() != ",":
                break
            own.add((start, stop))
            end, first = stop, False
    return own


def _blockers(
    folded: str,
    cues: list[_Cue],
    found: list[FoundDeadline],
    *,
    french: bool = True,
    text: str = "",
) -> list[tuple[int, int]]:
    """Words that govern a date without promising it: past verbs, superseded plans, hedges.

    A date belongs to the nearest commitment phrase before it unless one of these stands
    between them ("will open ..., which was founded in 2021"). French past forms are read in
    French text only: in English, "a joint plant", "a unit", "a summit", "await" are no
    passé composé or imperfect.
    """
    starts = [f.span[0] for f in found]
    markers: list[tuple[int, int]] = []
    for m in _PAST_EN.finditer(folded):
        word = m.group()
        if word in _NOT_PAST_ED or (word.endswith("eed") and word not in ("agreed", "freed")):
            continue  # "lightspeed", "exceed": no past tense
        if _PASSIVE_BEFORE.search(folded[: m.start()]):
            continue  # "will be completed", "to be built": a passive future
        if word.endswith("ed") and _PRESENT_PASSIVE_OF_TIME.search(
            folded, max(0, m.start() - 80), m.start()
        ):
            continue  # "once the plant is commissioned in 2023": a passive to come
        if folded[m.start() - 1 : m.start()] == "-":
            continue  # "lower-priced cars": a compound adjective
        if word in _SAID_THAT and re.match(r"\s+that\b", folded[m.end() : m.end() + 6]):
            continue  # "Over the five years, she highlighted that X hopes to": the speech told
        if word == "left" and _COUNTED.search(folded, max(0, m.start() - 40), m.start()):
            continue  # "it would have 220 branches left at the end of June": what remains
        if _DETERMINED.search(folded[: m.start()]):
            continue  # "an expanded region", "its long-awaited launch": an adjective
        if _FIGURE_BEFORE.search(folded, max(0, m.start() - 20), m.start()) and (
            _NOUN_AFTER.match(folded, m.end())
        ):
            continue  # "roughly 100 converted locations": a counted object's adjective
        if _ADJECTIVE_AFTER.search(folded, max(0, m.start() - 30), m.start()):
            continue  # "to use recycled polyester", "its use of recycled fibre": an adjective
        if _AFTER_A_GERUND.search(folded, max(0, m.start() - 40), m.start()):
            continue  # "and launching tailored plans": the object's adjective after its verb
        if any(
            f.window.qualifier == "by" and _PLACE_THEN_BY.fullmatch(folded, m.end(), f.span[0])
            for f in found
        ):
            continue  # "five ships delivered by the end of 2028": a passive future
        markers.append(m.span())
    if french:
        markers += [
            m.span()
            for m in _PAST_FR.finditer(folded)
            if m.group().split()[-1] not in _NOT_PARTICIPLES
            # "desservira Lyon depuis Monastir": "depuis" and a place's name is "from there",
            # not "since".
            and not (m.group() == "depuis" and _A_NAME_NEXT.match(text, m.end()))
            # "L'année prochaine ce sont plus de 1 000 logements qui seront …": "plus de" is a
            # quantity, no participle.
            and not (m.group().endswith(" plus") and _MORE_THAN.match(folded, m.end()))
            # "a annoncé qu'elle allait redoubler d'efforts", "a annoncé que la filiale
            # comptait investir": after the verb of saying, the future as seen then.
            and not (
                _FUTURE_IN_THE_PAST.fullmatch(m.group())
                and _REPORTED_THAT.search(folded, max(0, m.start() - 60), m.start())
            )
            and not (_HEDGES.fullmatch(m.group()) and _expected(folded, cues, m.start()))
        ]
        markers += [
            (m.start(), m.end())
            for m in _PAST_FR_ADJACENT.finditer(folded)
            if m.group(1) not in _NOT_PARTICIPLES
            # "doit être finalisée au second semestre", "sera bouclé au dernier trimestre": a
            # participle after a non-past form of être is a passive future.
            and not _FUTURE_BE.search(folded, 0, m.start())
            and not m.group(1).endswith(("té", "tés"))
            # "instantanés", "simultanée": adjectives with no verb behind them
            and not m.group(1).endswith(("tané", "tanée", "tanés", "tanées"))
            # "sur le marché en 2026", "son comité en 2026": after a determiner, a noun
            and not _FRENCH_DETERMINER.search(folded, 0, m.start())
            # "la livraison de 40 chars rénovés au-delà de 2030": a counted object's
            # adjective, no past event
            and not _COUNTED_BEFORE.search(folded, max(0, m.start() - 40), m.start())
            and any(
                start in (m.end(), m.end() + 1)
                or folded[m.end() : start].strip() in ("en", "au", "le", "dès", "début", "fin")
                for start in starts
            )
            # "une application dédiée dès le début de l'année prochaine": from a time still to
            # come, no past event.
            and not _FROM_A_COMING_TIME.match(folded, m.end())
        ]
    markers += [
        m.span()
        for m in _SUPERSEDED.finditer(folded)
        # "will initially roll out fibre to 5 million premises by 2026", "va dans un premier
        # temps ouvrir": the plan's first stage, not an earlier plan.
        if not _FUTURE_JUST_BEFORE.search(folded, max(0, m.start() - 20), m.start())
    ]
    markers += [
        m.span() for m in _HEDGES.finditer(folded) if not _expected(folded, cues, m.start())
    ]
    # "expects it to be on sale this year if it receives approval in October": a date
    # after "if" is the condition's, not the promise's.
    markers += [m.span() for m in _CONDITION_OPENS.finditer(folded)]
    markers += [
        m.span()
        for m in _EVENTS.finditer(folded)
        if not _OWN_OCCASION.search(folded, max(0, m.start() - 60), m.start())
        and not _works_take_place(folded, max(0, m.start() - 40), m.end())
    ]
    # A commitment phrase is never its own blocker ("had promised", "a promis"); nor is the
    # participle a verb of seeing takes after its object, a thing to be done ("devrait voir
    # son premier Dreamliner officiellement livré le 28 août", "expects to see its first
    # plant completed in June").
    return sorted(
        (s, e)
        for s, e in markers
        if not any(c.start <= s < c.end or s <= c.start < e for c in cues)
        and not (
            _SEEN_DONE.search(folded, max(0, s - 80), s)
            and any(0 <= start - e <= 4 for start in starts)
        )
    )
