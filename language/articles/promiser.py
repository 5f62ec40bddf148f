"""Who promises: the organisation that commits in a sentence (`_promiser`), whether an
expectation is someone else's (`_third_party_subject`), and what a sentence is about for the
next ones (`_mark_topic`). The rules are in docs/article-import.md."""

from __future__ import annotations

import re
from dataclasses import replace

from language.text import fold_words

from .cues import _POSSESSIVE, _blockers, _names_an_organisation
from .lexicon import (
    _BACK_REFERENCE,
    _FORECASTER,
    _FORECASTS,
    _IMPERSONAL_IL,
    _NAME,
    _NOT_NAMES,
    _OUTSIDER,
    _POSSESSIVE_OPENING,
    _THIRD_PARTY,
)
from .organisations import (
    COUNTED_OR_MODEL,
    _Context,
    _known,
    _known_mentions,
    _leading_name,
    _looks_like_a_name,
    _venture,
)
from .sentence import (
    _CLAUSE_BOUNDARY,
    _VERB,
    _clause_start,
    _Cue,
    _Org,
    _outside_parentheticals,
    _Reading,
)

# How a promiser the sentence does not name is given in a draft's reason; one the sentence
# refers back to ("it", "the company") adds REFERRED_BACK, since the sentence does name it.
THE_ARTICLES_TOPIC = "the organisation the article is about"
THE_LAST_NAMED = "the organisation the article last named"
NAMED_AFTER_THE_COMMITMENT = "named after the commitment"
NOT_NAMED = "not named in the article"
REFERRED_BACK = "referred back to"
# A promiser the commitment's own clause names as its subject.
THE_SUBJECT = "subject of the commitment"


def _promiser(reading: _Reading, cue: _Cue, context: _Context) -> tuple[_Org | None, str]:
    """The organisation that commits, and how we know (for the draft's reason).

    In order: the agent of an announced action ("la création par Envision AESC d'une
    usine"); the subject of the commitment's own clause, then of the sentence's main
    clause: an organisation named there outside appositions ("Orange said Bleu aims to
    ...": Bleu; "Bleu, set up by Orange and Capgemini, will ...": Bleu), a joint venture
    named by its parents, or a back reference ("it", "the company", "nous") to the speaker's
    organisation or the article's; an organisation the commitment's subject introduces by
    where it is based ("Durham-based Duke Health anticipates"); the name the sentence opens
    with; the speaker's
    organisation ("..., a précisé Thales"); the organisation the article is about; an
    organisation named in an apposition before the commitment ("le PDG d'EDF, ...").
    """
    text, folded = reading.text, reading.folded
    if (pair := _partnership(reading, cue, context)) is not None:
        return pair, "the partnership the subject formed"
    if cue.rule.kind == "owned" and (
        owner := _known_mentions(text[cue.start : cue.end], context, cue.start)
    ):
        return owner[0], "the owner of the promise"
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
    if (introduced := _introduced_by_base(reading, clause, cue.start)) is not None:
        return introduced, "introduced by where it is based"
    # Or the sentence's, when the commitment's clause has no subject of its own; a place
    # written with a comma is no aside there: "Winston-Salem, N.C.-based Novant Health is
    # planning a hospital in Bluffton, S.C., expected to open in 2028".
    if (
        introduced := _introduced_by_base(reading, reading.body, cue.start, asides=True)
    ) is not None:
        return introduced, "introduced by where it is based"
    leading = _leading_name(text[reading.body :], context, reading.body)
    if (
        leading is not None
        and leading.start < cue.start
        # "France Connect Plus sera lancé en juillet": what a passive names is acted on.
        and not (leading.pk is None and _PASSIVE_FUTURE.match(folded, cue.start))
    ):
        return leading, "subject of the sentence"
    if cue.rule.kind != "verbless" and (
        _OUTSIDER.search(_without_asides(_antecedent(folded, clause, cue.start)))
        or _another_body(folded[clause : cue.start], context)
    ):
        return None, ""  # "The European Union aims to ...": not the article's organisation
    if reading.attribution is not None and reading.attribution.org is not None:
        return reading.attribution.org, "named as the speaker"
    if context.topic is not None:
        return context.topic, THE_ARTICLES_TOPIC
    if earlier := _known_mentions(text[reading.body : cue.start], context, reading.body):
        return earlier[-1], "named before the commitment"
    if context.last_named is not None:
        return context.last_named, THE_LAST_NAMED
    if later := _known_mentions(text[cue.end :], context, cue.end):
        # "il sera possible de commander une E-3008, la version électrique de la 3008 de
        # Peugeot": the organisation the sentence names after the commitment.
        return later[0], NAMED_AFTER_THE_COMMITMENT
    if (body := _body_by_its_noun(text, context)) is not None:
        return body, "named by its common noun"
    before = context.text[: reading.sentence.start]
    if (body := _body_by_its_noun(before, context)) is not None:
        return body, "named earlier by its common noun"
    # Nobody named: still a promise, with the promiser left for the editor to choose.
    return _Org(None, "", cue.start, cue.start), NOT_NAMED


def _antecedent(folded: str, clause: int, cue: int) -> str:
    """The words a commitment's clause has for its subject; in a relative clause right
    before the commitment, only what the relative stands for: in "l'industrie s'est
    renforcée avec une usine de dix millions d'unités, qui seront vendues dès 2018" the
    units are sold, not the industry."""
    relative = _RELATIVE_BEFORE.search(folded, clause, cue)
    if relative is None:
        return folded[clause:cue]
    comma = folded.rfind(", ", clause, relative.start())
    return folded[comma + 2 if comma >= 0 else clause : relative.start()]


_RELATIVE_BEFORE = re.compile(r",\s*(?:qui|which)\s+(?:[\w'-]+\s+)?$")


def _without_asides(region: str) -> str:
    """A clause's words before its commitment without the asides set between commas after
    its subject: "The first 250 kiosks, for use by its customers, will be in place" names
    the kiosks, not the customers, as what will be done."""
    return re.sub(r"(?<=\w),[^,]+,\s*$", " ", region)


def _body_by_its_noun(text: str, context: _Context) -> _Org | None:
    """The ledger's one body whose name holds the common noun the sentence uses for it: "A
    police statement said ..." for the Halden Police Service, "le conseil a voté" for the
    Conseil départemental du Gard; none when two ledger names hold the noun."""
    for noun in dict.fromkeys(m.group().lower() for m in _BODY_NOUN.finditer(text)):
        holders = [o for o in context.organisations if re.search(rf"(?i)\b{noun}\b", o.name)]
        if len(holders) == 1:
            return _Org(holders[0].pk, holders[0].name, 0, 0)
    return None


# Nouns a body goes by once it is known: "the police", "the council", "la régie".
_BODY_NOUN = re.compile(
    r"(?i)\b(?:police|council|conseil|ministry|ministère|government|gouvernement|mairie|"
    r"agency|agence|régie|authority|autorité|commission|committee|comité)\b"
)


_PASSIVE_FUTURE = re.compile(
    r"(?:sera|seront|will be|shall be|is to be|are to be)\s+(?:[\w-]+\s+){0,2}?"
    r"[a-zà-ÿ]+(?:é|ée|és|ées|ed|en)\b"
)
_PASSIVE_AGENT = re.compile(
    r"\s+(?:être|be|been)\s+(?:[\w-]+ment\s+|\w+ly\s+)?[a-zà-ÿ]+(?:é|ée|és|ées|ed|en|t|te|ts|tes|is|ise)\s+"
    r"(?:par|by)\s+"
)


def _partnership(reading: _Reading, cue: _Cue, context: _Context) -> _Org | None:
    """The ledger's entry for two partners when a sentence has one form a partnership with
    the other to act: "Warby Parker confirmed a partnership with Google to ship ... in 2026"
    for "Warby Parker and Google"."""
    match = _PARTNERSHIP.search(reading.text, reading.body, cue.end)
    if match is None:
        return None
    first, second = (fold_words(match.group(g)) for g in ("first", "second"))
    for organisation in context.organisations:
        if fold_words(organisation.name) in (f"{first} and {second}", f"{second} and {first}"):
            return _Org(organisation.pk, organisation.name, match.start(), match.end())
    return None


# "Warby Parker confirmed a partnership with Google to", "X a annoncé un partenariat avec Y
# pour": two partners and what they are to do.
_PARTNERSHIP = re.compile(
    r"(?P<first>[A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*){0,3}) (?:has |have |had )?"
    r"(?:confirmed|announced|signed|formed|struck|entered into|unveiled|a annoncé|a signé|"
    r"a conclu|ont annoncé|ont signé|ont conclu) (?:a |an |its |un |une |son )?(?:new |nouveau )?"
    r"(?:partnership|alliance|collaboration|deal|agreement|partenariat|accord) (?:with|avec) "
    r"(?P<second>[A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*){0,3}) (?:to|pour)\b"
)


def _introduced_by_base(
    reading: _Reading, start: int, end: int, *, asides: bool = False
) -> _Org | None:
    """The organisation a commitment's subject introduces by where it is based ("Chapel
    Hill-based UNC Health and Durham-based Duke Health anticipate"): the first, which acts.
    A name that qualifies a noun ("the Nashville-based HCA Healthcare-owned hospital") is
    not one."""
    text = reading.text
    parts = [(start, end)] if asides else _outside_parentheticals(text, start, end)
    for part_start, part_end in parts:
        for based in _BASED.finditer(text, part_start, part_end):
            name = _NAME.match(text, based.end(), part_end)
            if name is not None and not _DESCRIBES_A_NOUN.search(name.group()):
                return _Org(None, name.group(), name.start(), name.end())
    return None


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
        return mentions[-1], THE_SUBJECT
    region = folded[start:end]
    back = _BACK_REFERENCE.search(region)
    if not (back or _POSSESSIVE_OPENING.match(region)):
        return None
    kind = _BODY_KIND.search(back.group()) if back else None
    attribution = reading.attribution
    if attribution is not None and attribution.org is not None and not attribution.refers_back:
        found: tuple[_Org, str] | None = (attribution.org, "the speaker's own organisation")
    # Referred back to ("it", "the company"): the sentence does name its promiser.
    elif context.topic is not None:
        found = context.topic, f"{THE_ARTICLES_TOPIC}, {REFERRED_BACK}"
    elif earlier := _known_mentions(text[reading.body : end], context, reading.body):
        found = earlier[-1], "named before the commitment"
    elif context.last_named is not None:
        found = context.last_named, f"{THE_LAST_NAMED}, {REFERRED_BACK}"
    else:
        found = None
    if found is not None and kind is not None and not _of_that_kind(found[0].name, kind, context):
        # "The government is expected to decide" in an airline's article: the ledger's one
        # body of that kind, or another body than the article's.
        bodies = [o for o in context.organisations if _of_that_kind(o.name, kind, context)]
        if not bodies:
            return None
        if len(bodies) == 1:
            return _Org(bodies[0].pk, bodies[0].name, 0, 0), "named by its common noun"
    return found


# Back references that name a kind of body: they refer back only to a body of that kind.
_BODY_KIND = re.compile(
    r"\b(?:(?P<government>government|gouvernement)|(?P<ministry>ministry|minist[eè]re)|"
    r"(?P<agency>agency|agence))$"
)
_KIND_ROOTS = {
    "government": r"govern|gouvern|\betat\b|\bstate\b",
    "ministry": r"minist",
    "agency": r"agen",
}


def _another_body(region: str, context: _Context) -> bool:
    """Whether a clause's subject names a kind of body ("l'agence régionale de santé") that
    no organisation of the ledger is: another body than the article's."""
    back = _BACK_REFERENCE.search(region)
    kind = _BODY_KIND.search(back.group()) if back else None
    return kind is not None and not any(
        _of_that_kind(o.name, kind, context) for o in context.organisations
    )


def _of_that_kind(name: str, kind: re.Match[str], context: _Context) -> bool:
    """Whether an organisation is the kind of body a back reference names ("the government",
    "l'agence"): its name or an alias holds the noun, in English or French. An
    organisation's article that turns to "the government" or "l'agence régionale de santé"
    tells what another body will do."""
    root = _KIND_ROOTS[kind.lastgroup or ""]
    known = next((o for o in context.organisations if o.name == name), None)
    names = [name, *(known.aliases if known else ())]
    # An acronym ("NASA", "ANSSI") may be any kind of body: "the agency" may be it.
    return any(
        _ACRONYM.fullmatch(each) or re.search(root, fold_words(each).lower()) for each in names
    )


_ACRONYM = re.compile(r"[A-Z][A-Z&.-]{1,7}")


def _subject_start(reading: _Reading, cue: _Cue, deadline: tuple[int, int] | None) -> int:
    """Where the subject of a commitment phrase starts: its clause, past a deadline that opens
    it ("By the end of 2025, the company expects")."""
    clause = _clause_start(reading.folded, cue.start, reading.body)
    if deadline is not None and clause <= deadline[0] and deadline[1] <= cue.start:
        gap = _FRONTED_GAP.match(reading.folded, deadline[1])
        clause = gap.end() if gap else deadline[1]
    # "Selon les autorités turques, il devrait ...": the source set before the subject says
    # who tells it, not who is expected to act.
    if source := _OPENING_SOURCE.match(reading.folded, clause, cue.start):
        clause = source.end()
    return clause


_OPENING_SOURCE = re.compile(r"\s*(?:selon|d'après|according to)\b[^,;:]{1,80},\s*")


def forecaster_subject(reading: _Reading, cue: _Cue, deadline: tuple[int, int] | None) -> bool:
    """Whether a verb of forecasting has a forecaster for its subject ("le cabinet d'analyses
    prévoit une croissance de 20 % d'ici 2020", "analysts predict"): a forecast, no promise."""
    return bool(
        _FORECASTS.match(cue.phrase.lower())
        and _FORECASTER.search(reading.folded, _subject_start(reading, cue, deadline), cue.start)
    )


# A currency's code after an amount ("2,5 milliards XPF", "300 millions FCFA", "12 million
# USD"): money the sentence counts, not someone named in its subject.
_CURRENCY_CODE = re.compile(r"[A-Z]{2,4}")
_AN_AMOUNT_BEFORE = re.compile(
    r"\d(?:[\d,.\u00a0 ]*\d)?\s*(?:(?:millions?|milliards?|billions?|million|bn|mn|m)\s+)?$"
)


def _relative_aside(folded: str, start: int, end: int) -> tuple[int, int]:
    """Where a relative clause set off by commas runs in a subject (from ", which" to the
    subject's last comma), or an empty span."""
    relative = _COMMA_RELATIVE.search(folded, start, end)
    last_comma = folded.rfind(",", start, end)
    if relative is None or last_comma <= relative.start():
        return (0, 0)
    return (relative.start(), last_comma)


_COMMA_RELATIVE = re.compile(r",\s+(?:which|who|whose|qui|dont)\b")


def _third_party_subject(
    reading: _Reading,
    cue: _Cue,
    promiser: _Org,
    context: _Context,
    deadline: tuple[int, int] | None = None,
) -> bool:
    """Whether an expectation ("is expected to", "should") is someone else's, not a promise:
    its subject is a third party ("regulators", "analysts") or, unless the sentence says who
    expects it, an outsider named as its subject ("The European Commission is expected to").
    A deadline that opens the clause ("By the end of 2025, the company expects") is no part
    of its subject."""
    clause = _subject_start(reading, cue, deadline)
    end = _end_of_shared_subject(reading, cue, clause)
    subject = reading.folded[clause:end]
    if _THIRD_PARTY.search(subject):
        return True
    if re.search(r"\b(?:he|she|il|elle)\b", _IMPERSONAL_IL.sub("", subject)) and not (
        _names_an_organisation(reading.text[clause:end], context)
        or _POSSESSIVE.search(subject)
        # "Elle est désormais attendue d'ici fin 2019": a French passive says what is
        # expected, "elle" the certification, not who expects it.
        or _FRENCH_PASSIVE_PRONOUN.search(subject)
        # "Elle devrait entrer en fonctionnement fin 2022": "devrait" says what is expected
        # of its subject, a French "elle" the line, not a person who expects it.
        or (_FRENCH_THING_PRONOUN.search(subject) and _EXPECTED_OF_SUBJECT.match(cue.phrase))
    ):
        return True  # "He expects Bleu to open in 2025": a person's estimate
    if reading.reported or any(
        m.name == promiser.name for m in _known_mentions(reading.text[clause:end], context)
    ):
        return False
    if _BACK_REFERENCE.fullmatch(subject.strip(" ,")):
        return False  # "The Slovakian operator expects": the organisation again, not an outsider
    if _passive_of_a_thing(reading, cue, (clause, end), deadline, promiser, context):
        # "The transmission line, expected to be completed in 2026", "Le Nordvik Express
        # devrait être livré": the name the passive's subject gives is the thing acted on,
        # not someone else who is expected to act.
        return False
    aside = _relative_aside(reading.folded, clause, end)
    for match in _NAME.finditer(reading.text, clause, end):
        name = " ".join(w for w in match.group().split() if w.lower() not in _NOT_NAMES)
        if not name or _known(name, context) is not None:
            continue
        if aside[0] <= match.start() < aside[1]:
            # "The acquisition, which is being implemented through a Scheme of Arrangement
            # under the Companies Act 2006, is anticipated to": the relative clause describes
            # the subject; a name inside it is no one expecting.
            continue
        if not re.search(r"[^\W\d_]", name):
            continue  # "The 1.9 million-square-foot tower": a figure after "The", not a name
        if _inside_brackets(reading.text, clause, match.start()):
            continue  # "the centre at Acworth (Ga.)": an aside, not the subject
        if _CURRENCY_CODE.fullmatch(name) and _AN_AMOUNT_BEFORE.search(
            reading.text, clause, match.start()
        ):
            continue  # "dont le coût est estimé à 2,5 milliards XPF devrait": money, not a name
        if _DESCRIBES_A_NOUN.search(name):
            continue  # "the HCA Healthcare-owned hospital": its owner, the hospital is the subject
        if _A_PLACE_AFTER.match(reading.text, match.end()):
            continue  # "The Blue Oval City plant is expected to": a site named, no one expecting
        if _MODEL_NUMBER.search(name) and _A_PRODUCT_AFTER.match(reading.text, match.end()):
            continue  # "Two Corvane X5 jets are expected to be delivered": a model, not who acts
        if (bare := _MODEL_NUMBER.sub("", name)) != name and (
            _THING_NAME_END.search(bare) or _NUMBERED_THING.fullmatch(bare)
        ):
            continue  # "Fab 21 is expected to", "Terminal 4 should": a thing known by its number
        if _BASED.search(name):
            continue  # "Durham-based Duke Health anticipates": introduced as the one that acts
        if (maker := _MODEL_NUMBER.sub("", name)) != name and _known(maker, context) is not None:
            continue  # "La Polestar 4 devrait": a known maker's model, its maker's promise
        if COUNTED_OR_MODEL.fullmatch(name):
            continue  # "LVADs, particularly the M1081 cargo truck, are expected": things
        if _YEAR_OPENING.fullmatch(match.group()):
            continue  # "Pour 2026, la production devrait ...": a time, not a name
        if match.start() <= max(clause, reading.body) + 1 and not _looks_like_a_name(name, context):
            continue  # "Chip production ...": a capital that only opens the sentence
        if _COMPLEMENT.search(reading.folded, clause, match.start()) or _in_apposition(
            reading.text, clause, match.start(), match.end()
        ):
            continue  # "le datacenter de Virginie devrait", "The third project, Optimist, is"
        if _NAMED_THING.search(reading.folded, clause, match.start()):
            continue  # "la station Porte de Clichy devrait": the station's name, not who acts
        if _a_brand_of(reading.text, match, promiser.name):
            continue  # "City Express by Marriott Chicago is expected": Marriott's own brand
        if _THING_NAME_END.search(name):
            continue  # "The Trillium Line is expected to": a thing's name, not who acts
        if _A_STAGE.search(name):
            continue  # "The Phase Two expansion is expected to": a stage of a thing
        if re.search(r"\d\s*$", reading.text[clause : match.start()]):
            continue  # "2,8 MWc", "40 GW": a unit after a number, not a name
        if _SPELLED_NUMBER.search(reading.folded, clause, match.start()):
            continue  # "three new Regions are expected": things counted, not who acts
        return True
    return False


_ARTICLES = frozenset({"the", "le", "la", "les", "l'", "l’"})

# A passive infinitive after an expectation: "expected to be completed", "is supposed to be
# delivered", "devrait être lancé", "doit être livrée"; or its participle when the phrase
# holds "be" ("must be covered").
_PARTICIPLE = (
    r"(?:\w+ly\s+|\w+ment\s+)?"
    r"[a-zà-ÿ]{2,}(?:ed|en|wn|ilt|é|ée|és|ées|is|ise|ises|it|ite|its|ites)\b"
)
# Or the adjective of a works' state, which only a thing takes: "expected to be ready", "is
# expected to be operational", "devrait être opérationnel" say what is expected of the thing
# named, as "expected to be completed" does. Not "available", which tells of products on sale
# ("smartphones are not expected to be available until 2019"), someone else's.
_STATE = (
    r"(?:(?:fully|pleinement|entièrement)\s+)?(?:ready|operational|complete|online|functional|"
    r"prête?s?|opérationnel(?:le)?s?|fonctionnel(?:le)?s?)\b"
)
_PASSIVE_AFTER = re.compile(rf"\s*(?:to\s+)?(?:be|être)\s+(?:{_PARTICIPLE}|{_STATE})")
_PASSIVE_AFTER_BE = re.compile(rf"\s*(?:{_PARTICIPLE}|{_STATE})")
# A state is said of people too ("the depot staff are expected to be ready by September"):
# their readiness, not the works'. The state adjective ending the passive, and the head of a
# subject that names people.
_ENDS_IN_A_STATE = re.compile(rf"{_STATE}$")
_PEOPLE = re.compile(
    r"\b(?:staff|personnel|workers?|employees?|crews?|teams?|residents?|people|officials?|"
    r"passengers?|drivers?|students?|members?|volunteers?|troops|soldiers?|players?|"
    r"engineers?|officers?|managers?|pilots?|nurses?|doctors?|teachers?|he|she|we|"
    r"salariée?s?|employée?s?|équipes?|habitants?|élèves|agents?|il|elle|nous)\W*$"
)
# A name that ends the subject with no article or owner before it: "Nordvik Ferries", not
# "The Nordvik Crossing", "Le Nordvik Express" or "Nordvik Ferries' NORDLYS" (things named).
_DETERMINED_BEFORE = re.compile(r"(?:\b(?:the|le|la|les)\s+|\bl['’]|['’]s?\s+)$", re.IGNORECASE)


def _passive_of_a_thing(
    reading: _Reading,
    cue: _Cue,
    subject: tuple[int, int],
    deadline: tuple[int, int] | None,
    promiser: _Org,
    context: _Context,
) -> bool:
    """Whether an expectation is a passive ("expected to be completed", "devrait être livré")
    whose subject names a thing acted on, with no one else named who acts: not an agent's
    "by" or "par" in the subject or right after the participle ("to be acquired by a rival",
    where a "by" that opens the deadline, "to be completed by 2026", is no agent, and the
    promiser as the agent, "to be built by Halden Transit", acts itself), and not a name
    standing alone as the subject, as an organisation's does ("Nordvik Ferries is expected
    to be listed")."""
    passive = _PASSIVE_AFTER.match(reading.folded, cue.end)
    if passive is None and cue.phrase.rstrip().endswith(("be", "être")):
        passive = _PASSIVE_AFTER_BE.match(reading.folded, cue.end)
    if (
        passive is None
        or _AN_AGENT.search(reading.folded, *subject)
        or (_ENDS_IN_A_STATE.search(passive.group()) and _PEOPLE.search(reading.folded, *subject))
        or _a_bare_name(reading.text[slice(*subject)])
    ):
        return False
    agent = _AGENT_AFTER.match(reading.folded, passive.end())
    if agent is None or (deadline is not None and deadline[0] <= agent.start(1) < deadline[1]):
        return True
    # "to be built by Halden Transit": the promiser itself acts.
    name = _NAME.match(reading.text, agent.end())
    return name is not None and any(
        m.name == promiser.name for m in _known_mentions(name.group(), context)
    )


def _a_bare_name(subject: str) -> bool:
    """Whether the subject is headed by a name standing alone, as an organisation's is
    ("Nordvik Ferries is expected to be listed"): a thing named takes an article or an
    owner ("The Nordvik Crossing", "Scandlines' FUTURA"), or the name describes a noun
    ("the entire NBS area")."""
    words = subject.rstrip(" ,")
    names = list(_NAME.finditer(words))
    if not names or names[-1].end() != len(words):
        return False
    last = names[-1]
    if last.group().split()[0].lower() in _ARTICLES:
        return False
    return not _DETERMINED_BEFORE.search(words, 0, last.start())


# An agent named in the subject's words ("Relayée par plusieurs médias et confirmée par X,
# l'information devrait être officialisée"): someone who acts, read as the names are.
_AN_AGENT = re.compile(r"\b(?:by|par)\s")
# The agent's "by" or "par" right after a participle, or after its particle ("taken over by").
_AGENT_AFTER = re.compile(r"(?:\s+(?:over|up|out|off|down|back))?\s+(by|par)\s")


def _end_of_shared_subject(reading: _Reading, cue: _Cue, clause: int) -> int:
    """Where the subject of an expectation ends. A second predicate joined by "and" shares the
    first one's subject ("The second phase will link Alder Ridge to the summit and is expected
    to open in 2027", "It has signed a lease with Corran Estates and should open in May"):
    the names after the first predicate's verb are its objects, not who is expected to act,
    so the subject ends at the first commitment phrase of the clause (or at a verb of the
    present perfect, "has signed")."""
    if not _JOINED_PREDICATE.search(reading.folded, clause, cue.start):
        return cue.start
    first = next((c.start for c in reading.cues if clause <= c.start < cue.start), cue.start)
    perfect = _PERFECT.search(reading.folded, clause, first)
    return perfect.start() if perfect else first


# "… and is expected to", "… et devrait": the cue opens a predicate joined to one before it.
_JOINED_PREDICATE = re.compile(r"\s(?:and|et)\s+$")
# A verb in the present perfect: "has signed", "a signé".
_PERFECT = re.compile(r"\b(?:has|have|had)\s+(?:\w+ly\s+)?\w+ed\b|\b(?:a|ont)\s+\w+é\b")


def _a_brand_of(text: str, match: re.Match[str], promiser: str) -> bool:
    """Whether a name is a brand of the promiser's, or its place after the brand: "Courtyard
    by Halden", "Courtyard by Halden Riverside" when Halden Hotels promises."""
    # The name's own first word: "Marriott" of "Marriott International", never an article
    # ("The Halden Group" is not every "... by The ...").
    own = next((w for w in promiser.split() if w.lower() not in _ARTICLES), "")
    if not own:
        return False
    after = re.match(rf"\s+by\s+{re.escape(own)}\b", text[match.end() :])
    before = re.search(r"\bby\s+$", text[: match.start()]) and match.group().split()[0] == own
    return bool(after or before)


# A name joined to a participle qualifies the noun after it: "the HCA Healthcare-owned
# hospital", "a Paris-based start-up".
_DESCRIBES_A_NOUN = re.compile(
    r"-(?:based|owned|led|backed|run|operated|funded|controlled|headquartered|made|built)$"
)
# An organisation introduced by where it is based: "Chapel Hill-based UNC Health".
_BASED = re.compile(r"-based\s+")

# What separates a fronted deadline from the subject after it.
_FRONTED_GAP = re.compile(r"[\s,]*")

# A year after a capitalised preposition opens a sentence with its time, not a name.
_YEAR_OPENING = re.compile(r"(?:En|Pour|In|By|For|From|Dès|Until|Before|Avant)\s+(?:19|20)\d\d")

# A name right after a thing's noun is that thing's own name ("la station Porte de Clichy",
# "the plant Fermi"), not an outsider acting: the promise stays with who builds or runs it.
# Nouns for bodies ("la société X", "la région X") are left out: those name who acts.
_NAMED_THING = re.compile(
    r"\b(?:the|le|la|les|l'|l’|un|une|a|an)\s+(?:(?:new|nouvelle?|nouveaux|futur|future|"
    r"first|premier|première)\s+)?(?:station|gare|ligne|line|site|usine|plant|factory|facility|"
    r"centrale|réacteur|reactor|parc|park|chantier|tunnel|pont|bridge|stade|stadium|hôpital|"
    r"hospital|campus|aéroport|airport|terminal|port|mine|raffinerie|refinery|satellite|fusée|"
    r"rocket|lanceur|launcher|constellation|tramway|métro|bâtiment|building|tour|tower|modèle|"
    r"model|datacenter|data ?cent(?:er|re)|gigafactory|smr)\s+$"
)

# Things a model's name stands before: "two Corvane X5 jets", "the Airbus A321neo aircraft".
_A_PRODUCT_AFTER = re.compile(
    r"\s+(?:aircraft|airliners?|jets?|planes?|helicopters?|trains?|trainsets?|trams?|locomotives?|"
    r"ships?|vessels?|ferr(?:y|ies)|cars?|vehicles?|trucks?|buses|satellites?|rockets?|"
    r"avions?|rames?|navires?|voitures?|véhicules?|camions?|bus)\b"
)
# What a thing known by its number is called: "Fab 21", "Terminal 4", "Unit 3", "Ligne 15".
_NUMBERED_THING = re.compile(
    r"(?:The\s+|La\s+|Le\s+|L['’])?(?:Fab|Unit|Block|Reactor|Phase|Stage|Gate|Hall|Pier|Berth|"
    r"Dock|Runway|Line|Platform|Ligne|Tranche|Unité|Réacteur|Quai|Piste|Bâtiment|Lot)"
)
# A number spelled out just before a name counts things: "four Regions", "deux Airbus".
_SPELLED_NUMBER = re.compile(
    r"\b(?:two|three|four|five|six|seven|eight|nine|ten|twelve|deux|trois|quatre|cinq|"
    r"sept|huit|neuf|dix|douze)\s+(?:(?:new|more|additional|other|nouveaux|nouvelles|autres)\s+)?$"
)
# A model number after a maker's name: "Polestar 4", "Corvane X5".
_MODEL_NUMBER = re.compile(r"(?:\s+[A-Z]{0,2}\d[\w-]*)+$")

# An English name that ends with a thing's noun names that thing ("the Trillium Line",
# "the Harbour Bridge", "the Kennestone Regional Medical Center"): the promise stays with who
# builds or runs it.
_THING_NAME_END = re.compile(
    r"\b(?:Line|Station|Bridge|Tunnel|Plant|Factory|Building|Tower|Stadium|Arena|Airport|"
    r"Terminal|Hospital|Campus|Museum|Mine|Refinery|Railway|Tramway|Center|Centre"
    # What a resort, a town or a zoo builds: "the Sunrise Gondola", "the Eastside Pool".
    r"|Gondola|Chairlift|Lift|Pool|Library|Theatre|Theater|Gallery|Road|Highway|Motorway"
    r"|Bypass|Dam|Pier|Pipeline|Trail|Habitat|Aquarium)$"
)

# A stage of a thing, capitalised with its number: "Phase Two", "Phase 2", "Stage II".
_A_STAGE = re.compile(r"\b(?:Phase|Stage|Tranche)\b")

# A name after a preposition is a complement of the subject, not its head; an elided article
# or preposition runs into the name ("la remplaçante de l'A110", "le site d'Amazon"). So is
# the agent of a participle ("La voiture, annoncée par Luca de Meo, ne devrait ...").
_COMPLEMENT = re.compile(
    r"(?:\b(?:of|in|at|from|near|for|by|between|to|de|du|des|à|au|aux|en|dans|pour|par|"
    r"près de|entre|vers)\s+"
    r"(?:l['’])?"
    r"|\bd['’]"
    # The second end of a stretch: "the section between Lajpat Nagar and Mayur Vihar".
    r"|\b(?:between|entre)\s+[^,;]{1,60}\s+(?:and|et)\s+)(?:[\w'-]+\s+){0,2}$"
)


# A facility a name stands before: "the Blue Oval City plant", "the Rock data centre".
_A_PLACE_AFTER = re.compile(
    r"\s+(?:plant|factory|facility|campus|site|fab|mine|gigafactory|data cent(?:er|re)|"
    r"terminal|station|hospital|stadium|bridge|tunnel|airport|reactor|wind farm|solar farm)s?\b"
)
# A pronoun alone, or with the negation's "ne": "Elle ne devrait pas ouvrir avant 2027".
_FRENCH_THING_PRONOUN = re.compile(r"^\s*(?:il|elle|ils|elles)(?:\s+ne|\s+n')?\s*$")
_EXPECTED_OF_SUBJECT = re.compile(r"devr(?:ait|aient|a|ont)\b|doi(?:t|vent)\b")
_FRENCH_PASSIVE_PRONOUN = re.compile(
    r"\b(?:il|elle|ils|elles) (?:est|sont|sera|seront)(?: désormais| toujours| maintenant)? $"
)


def _inside_brackets(text: str, clause: int, start: int) -> bool:
    """Whether a bracket opened in the clause before `start` is still open there."""
    return text.rfind("(", clause, start) > text.rfind(")", clause, start)


def _in_apposition(text: str, clause: int, start: int, end: int) -> bool:
    """Whether a name stands between commas after the subject's head ("The project, X, is")."""
    before = text[:start].rstrip()
    return (
        not re.search(r"\w", text[clause:start].split(",")[-1])
        and before.endswith(",")
        and bool(re.match(r"\s*[,(–—]", text[end:]))
    )


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
        french = context.language == "fr"
        verbs |= {start for start, _ in _blockers(folded, [], [], french=french)}
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
