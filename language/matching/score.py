"""Scoring a news item against a claim, and explaining the score. Pure: the same on every
backend; the database-side search for candidate pairs lives in tracker.matching.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace

from language.deadlines import MONTH_NUMBERS, FoundDeadline, format_window
from language.kinds import EvidenceKind
from language.text import fold_words

from .lexicon import (
    ANNOUNCEMENT_DAYS,
    BACK_IN_SERVICE_RX,
    BUILD_PROMISED_RX,
    CATEGORY_RX,
    DAY_NAMES,
    EVENT_REACH,
    FIRST_PART_RX,
    FIRST_RX,
    FULFILMENT,
    FULFILMENT_FIXED,
    HEADLINE_CLAUSE_RX,
    INSTANCE_RX,
    INVESTOR_NOTICE_RX,
    INVESTORS_RX,
    MARGIN,
    NEW_BUILD_RX,
    NOT_A_NAME,
    OPENING_PROMISED_RX,
    OTHER_INSTANCE,
    OUTAGE_RX,
    RETURN_PROMISED_RX,
    SIGNAL_RX,
    STEP_CLAIM_RX,
    STOP,
    W_CATEGORY,
    W_DEADLINE,
    W_EVENT,
    W_FIRST_TERM,
    W_MORE_TERMS,
    W_NAME,
    W_NAME_VIA_FEED,
    W_OUTCOME,
    W_SUBJECT,
    FirstWords,
    a_day_of_month,
    against_spellings,
    inner_word_spellings,
    loose_term_spans,
    narrowed,
    needle,
    number_spellings,
    other_writings,
    term_in,
    term_spans,
    without_relative_times,
    words_regex,
    writes_one_of,
    written_otherwise,
    year_spellings,
)
from .reading import (
    ItemAnalysis,
    Reading,
    Scan,
    a_journeys_stage,
    a_later_date,
    a_steps_date,
    dated_away,
    decide,
    headline_sets_a_date,
    read_item,
    scan_items,
    told_more_finely,
)

# Folding is pure, and a ledger folds the same names, keywords and subjects for each of a
# promiser's claims and again for the whole ledger (some 300,000 calls for 10,000 claims), and
# the same statements and terms for every item they are scored against.
fold = functools.lru_cache(maxsize=65_536)(fold_words)


@dataclass(frozen=True)
class ClaimProfile:
    """What the matcher needs to know about an open claim."""

    claim_id: int
    promiser_id: int
    promiser: str
    names: tuple[str, ...]  # the promiser's name and aliases, as written
    subject: str  # empty when it is just the promiser's name
    terms: tuple[str, ...]  # keywords; the statement's words when there are none
    category: str
    statement: str
    stated_on: dt.date
    # The deadline in force (the claim's current window): a new date ending after it is a
    # delay. None when the claim has no date.
    deadline_start: dt.date | None = None
    deadline_end: dt.date | None = None
    # Names of the promised thing (a product, a site: "Ariane 6", "Flamanville") that stand
    # for the promiser's name; set by `ledger_profiles`, which sees the whole ledger.
    thing_names: tuple[str, ...] = ()
    # For a claim that is itself a step (an application filed, the start of works): the
    # keywords naming that step. News that does not name it is about a sibling claim.
    step_terms: tuple[str, ...] = ()
    # Short acronyms other claims use too ("EPR", "J0"): not enough alone to name this claim.
    # Set by `ledger_profiles`.
    shared_acronyms: tuple[str, ...] = ()
    # The promiser is named after what it promised (subject "Gaia-X" for the Gaia-X
    # association, "Berlin Brandenburg Airport (BER)" for the airport company whose alias
    # is "BER"): naming the promiser names the promised thing.
    named_after_thing: bool = False
    # Aliases of the promiser that name one promised thing ("Project Kuiper" for Amazon,
    # "HS2" for the UK government): a keyword that is an alias, not the organisation's
    # own name or its initials, with which the claim's subject begins. Kept among the
    # terms; `ledger_profiles` makes it a name of the thing when the claim has no other.
    thing_aliases: tuple[str, ...] = ()
    # The subject as stated, for a promiser named after its thing (whose `subject` is
    # empty): the thing's other names are read against it ("Liège tramway" for "Tram de
    # Liège").
    stated_subject: str = ""
    # Keywords that open with one of the promiser's names, each with the words after it
    # ("Dyson electric car", "electric car"): news that names the promiser writes them so
    # ("Dyson ... its first electric car"). Set by `claim_profile`.
    owned_terms: tuple[tuple[str, str], ...] = ()
    # Keywords the press writes otherwise, each with another writing: without a possessive
    # ("Scotland's Census", "Scotland Census"), or "crewed", "manned" and "human" for one
    # another before a flight, a mission or a landing ("crewed Moon landing", "human Moon
    # landing"). Set by `claim_profile`.
    plain_terms: tuple[tuple[str, str], ...] = ()
    # Keywords of several words written with other common words, in the other language or
    # the same one ("heat network", "reseau de chaleur"; "electric buses", "electrique bus"),
    # each with that writing, read in any order. Set by `claim_profile`.
    written_terms: tuple[tuple[str, str], ...] = ()


def claim_profile(
    *,
    claim_id: int,
    promiser_id: int,
    promiser: str,
    aliases: Iterable[str],
    subject: str,
    keywords: Iterable[str],
    category: str,
    statement: str,
    stated_on: dt.date,
    deadline_start: dt.date | None = None,
    deadline_end: dt.date | None = None,
) -> ClaimProfile:
    """What the matcher reads of a claim: the promiser's names, the subject when it says more
    than the promiser's name, its keywords (the statement's words when it has none; the
    promiser's own names are not topic words) and its deadline in force."""
    names = (promiser, *aliases)
    keywords = list(keywords)
    # The promiser's names and each of their words ("EDF" of "EDF Renouvelables") say who
    # promised, not what: no topic word.
    folded_names = {fold(name) for name in names}
    folded_names |= {word for name in folded_names for word in name.split() if len(word) > 2}
    # Except a place or a part that an alias adds to another of the promiser's names ("TSMC
    # Arizona" is "TSMC" and "Arizona"), when the claim's subject names it too ("TSMC Arizona
    # fab production"): that word says what was promised, as the subject does.
    folded_names -= _qualifiers(names) & set(re.findall(r"\w+", fold(subject)))
    # And the thing a company alias is named after, which the subject opens with
    # ("Microlino AG", an alias of Micro Mobility Systems, for "Microlino electric microcar,
    # series production"); not a short form of the main name ("ACC").
    main_words = set(re.findall(r"\w+", fold(promiser)))
    opening = (re.findall(r"\w+", fold(subject)) or [""])[0]
    if opening not in main_words and any(
        opening in (words := re.findall(r"\w+", fold(alias))) and len(words) > 1
        for alias in aliases
    ):
        folded_names.discard(opening)
    # An alias the subject opens with names the thing even when the keywords leave it out
    # ("Orange Bank, Orange's mobile bank", "Northvolt Six battery gigafactory").
    keywords += [
        a
        for a in _thing_aliases(promiser, names, subject, list(aliases))
        if fold(a) not in {fold(k) for k in keywords}
    ]
    aliases_of_thing = _thing_aliases(promiser, names, subject, keywords)
    # A bare number ("7" of "7,8 milliards" cut at its comma) is no topic word either.
    terms = tuple(
        k
        for k in keywords
        if (fold(k) not in folded_names or k in aliases_of_thing) and not fold(k).isdigit()
    ) or _statement_terms(statement, folded_names)
    # A subject that is one of the promiser's names, a bracketed alias aside ("Berlin
    # Brandenburg Airport (BER)"), with the name among the claim's own keywords, says the
    # promiser is named after its promised thing (a subject that merely repeats the
    # promiser's name, with keywords about something else, says nothing).
    head = fold(re.sub(r"\([^)]*\)", " ", subject)).strip()
    named_after = (
        bool(subject)
        and head in {fold(name) for name in names}
        and any(fold(k) in {fold(name) for name in names} for k in keywords)
    ) or _event_of_a_name(head, names)
    named_after = named_after or _a_kind_of_a_name(subject, promiser)
    return ClaimProfile(
        claim_id=claim_id,
        promiser_id=promiser_id,
        promiser=promiser,
        names=names,
        subject="" if fold(subject) in folded_names or named_after else subject,
        terms=terms,
        category=category,
        statement=statement,
        stated_on=stated_on,
        deadline_start=deadline_start,
        deadline_end=deadline_end,
        step_terms=_step_terms(statement, terms),
        named_after_thing=named_after,
        thing_aliases=aliases_of_thing,
        stated_subject=subject if named_after else "",
        owned_terms=_owned_terms(names, terms),
        plain_terms=tuple(
            (term, plain) for term in terms if (plain := _POSSESSIVE_RX.sub(" ", term)) != term
        )
        + tuple(
            (term, re.sub(_CREWED, other, term, flags=re.IGNORECASE))
            for term in terms
            if re.search(_CREWED, term, re.IGNORECASE)
            for other in ("crewed", "manned", "human")
            if not re.search(rf"\b{other}\b", term, re.IGNORECASE)
        ),
        written_terms=tuple((term, other) for term in terms for other in other_writings(term)),
    )


# "Crewed", "manned" and "human" say one thing of a flight, a mission or a landing.
_CREWED = r"\b(?:crewed|manned|human)\b(?= (?:moon |lunar |space)?(?:flight|mission|landing)s?$)"
# A possessive inside a keyword: "Scotland's Census", "Europe’s data boundary".
_POSSESSIVE_RX = re.compile(r"(?<=\w)['’]s\s+")


# A model number: three digits, maybe a letter or two or a variant ("777X", "787", "737-10").
_MODEL_NUMBER_RX = re.compile(r"\d{3}(?:[A-Z]{1,2}|-\d{1,2}[A-Z]?)?")


def _owned_terms(names: tuple[str, ...], terms: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    """The keywords that open with one of the promiser's names, with what follows the name
    when it is several words or holds a digit ("Dyson electric car", "Dish 5G"): not a
    bare number ("Vineyard Wind 1"), nor one word, which says too little alone ("Cloud" of
    "Scaleway Cloud"); and a model number with the maker's initial before it ("B777X")."""
    found = []
    heads = sorted({name.lower() for name in names}, key=len, reverse=True)
    for term in terms:
        lowered = term.lower()
        for head in heads:
            rest = term[len(head) :] if lowered.startswith(head) else ""
            rest = rest[2:] if rest[:2] in ("'s", "’s") else rest
            if not rest[:1].isspace():
                continue  # not the name, or a longer word ("Dysonic")
            rest = rest.strip()
            if len(rest.split()) > 1 or (any(c.isdigit() for c in rest) and not rest.isdigit()):
                found.append((term, rest))
            break
        # A model number written with the maker's initial ("B777X" for Boeing's "777X").
        if _MODEL_NUMBER_RX.fullmatch(term) and names[0][:1].isalpha():
            found.append((term, names[0][:1].upper() + term))
    return tuple(found)


def _a_kind_of_a_name(subject: str, promiser: str) -> bool:
    """Whether a subject is the promiser's own name (its legal form aside: "Nant de Drance"
    of "Nant de Drance SA"), of two words or more and written as the promiser writes it,
    followed by the thing's kind in lower case, a unit's number, or both, up to a comma or a
    colon, brackets aside: "Nant de Drance pumped-storage power plant", "Vineyard Wind 1
    commercial operation". Such a promiser is the company of one project, named after it:
    naming it names the thing. One word names a brand with many products ("Tesla Semi
    electric truck"); a name after it says which of its things ("Envision AESC Douai
    gigafactory"); an alias is not the company's own name ("Project Kuiper" of Amazon,
    "Quebec City" of the Ville de Québec); and a growth of the named thing is a new part of
    it ("Trans Mountain pipeline expansion")."""
    words = re.split(r"[,:]", re.sub(r"\([^)]*\)", " ", subject))[0].split()
    own = _LEGAL_FORM_RX.sub("", re.sub(r"\([^)]*\)", " ", promiser)).split()
    if len(own) >= 2 and words[: len(own)] == own:
        rest = words[len(own) :]
        # A unit's number is short: four digits are a year ("Air France 2030 fleet renewal").
        unit = bool(rest) and rest[0].isdigit() and len(rest[0]) <= 3
        if rest and rest[0].isdigit():
            rest = rest[1:] or ["1"]  # a number alone is a unit's
        return (
            bool(rest)
            and all(w[:1].islower() or w.isdigit() for w in rest)
            and not any(_GROWTH_RX.fullmatch(fold(w)) for w in rest)
            # The kind is a site's, not any lower-case words: a company's "loyalty programme
            # overhaul" or "fleet renewal" is one of its many doings, not what it is named after.
            and (unit or any(_A_SITE_RX.fullmatch(fold(w)) for w in rest))
        )
    return False


# The kind of a site, a company can be named after its one of ("Nemaska Lithium hydroxide
# plant", "Provence Grand Large pilot floating offshore wind farm").
_A_SITE_RX = re.compile(
    r"plants?|farms?|stations?|mines?|pipelines?|terminals?|dams?|factory|factories|"
    r"refinery|refineries|smelters?|mills?|works|gigafactory|reactors?|parks?|ports?|"
    r"usines?|centrales?|parcs?|barrages?|raffineries|raffinerie|fonderies?"
)


# A growth of the named thing ("Trans Mountain pipeline expansion", "phase 2"): the name is
# the thing already there, and the promise a new part of it.
_GROWTH_RX = re.compile(
    r"expansions?|extensions?|phases?|upgrades?|twinning|agrandissements?|elargissements?"
)


# A company's legal form after its name: "Nant de Drance SA", "Vineyard Wind LLC".
_LEGAL_FORM_RX = re.compile(
    r"\s+(?:SA|S\.A\.|SAS|AG|GmbH|LLC|Ltd\.?|Limited|Inc\.?|plc|PLC|Corp\.?|Corporation|Co\.)\s*$"
)


_EVENT_OF_RX = re.compile(r"(.+?)\s+(?:of the|of|de la|de l'|du|de|d')\s*(.+)")


def _event_of_a_name(head: str, names: tuple[str, ...]) -> bool:
    """Whether a (folded) subject is the promised event of one of the promiser's names, of
    more than one word: "Opening of Berlin Brandenburg Airport", "Mise en service du Port
    Vert", or of its own name ("Ouverture de la Philharmonie de Paris", promised by the
    Philharmonie de Paris: an institution that opens). The name is the thing's, so naming
    the promiser names the thing; "Ligne 15 Sud du Grand Paris Express" is a line of a
    network, no event of it."""
    m = _EVENT_OF_RX.fullmatch(head)
    if m is None or len(m.group(2).split()) < 2:
        return False
    return m.group(2) in {fold(name) for name in names} and _an_event(m.group(1))


def _an_event(words: str) -> bool:
    """Whether (folded) words are a launch or a completion: "opening", "mise en service"."""
    return _whole(CATEGORY_RX["launch"], words) or _whole(_COMPLETION_RX, words)


def _event_of(alias: str, subject: str) -> bool:
    """Whether a subject is the alias and an event of it, or the alias alone (its brackets
    aside): "Thames Tideway Tunnel (London 'super sewer') completion"."""
    head = " ".join(fold(re.sub(r"\([^)]*\)", " ", subject)).split())
    rest = head.removeprefix(fold(alias)).strip()
    return head.startswith(fold(alias)) and (
        not rest or bool(_EVENT_NOUN_RX.fullmatch(rest)) or _an_event(rest)
    )


_EVENT_NOUN_RX = re.compile(
    r"(?:completion|opening|launch|commissioning|entry into service|start-up|shutdown|"
    r"switch-off|achevement|ouverture|lancement|mise en service|inauguration|fermeture|arret)"
)


def _qualifiers(names: tuple[str, ...]) -> set[str]:
    """The words an alias adds to another of the organisation's names, before or after it
    ("arizona" of "TSMC Arizona" beside "TSMC"), that are no name of it themselves ("AESC" of
    "Envision AESC", beside "Envision", is its name)."""
    folded = [fold(name) for name in names]
    words: set[str] = set()
    for alias in folded:
        for other in folded:
            if other == alias:
                continue
            if alias.startswith(other + " "):
                words.update(alias[len(other) + 1 :].split())
            elif alias.endswith(" " + other):
                words.update(alias[: -len(other) - 1].split())
    return words - set(folded)


def _thing_aliases(
    promiser: str, names: tuple[str, ...], subject: str, keywords: list[str]
) -> tuple[str, ...]:
    """The promiser's aliases that name its promised thing: a keyword that is an alias,
    with which the subject (a bracketed alias aside) begins, after one word at most, and goes
    on ("RER E extension to Nanterre", "Personalized Siri"), that adds a word to the
    organisation's own name ("Thames Tideway Tunnel" of "Tideway", "Amazon Prime Air" of
    "Amazon"; not "Delos" of "Delos Cloud", made of its words) and is not the initials of
    one of its names ("ACC" of "Automotive Cells Company", "AWS"): those name the company,
    not what it promised."""
    aliases = {fold(n) for n in names[1:]}
    if aliases.isdisjoint(fold(keyword) for keyword in keywords):
        return ()  # the common case, asked twice per claim: no keyword is an alias
    head = fold(re.sub(r"\([^)]*\)", " ", subject)).strip()
    own_words = set(re.findall(r"\w+", fold(promiser)))
    initials = {"".join(w[0] for w in re.findall(r"\w+", fold(n))) for n in names}
    found = []
    for keyword in keywords:
        alias = fold(keyword)
        if (
            alias in aliases
            and alias != fold(promiser)
            and head != alias
            and _opens_with(head, alias)
            and not own_words.issuperset(alias.split())
            and re.sub(r"\W", "", alias) not in initials
        ):
            found.append(keyword)
    return tuple(found)


# The first word of a text and the space after it.
_FIRST_WORD_RX = re.compile(r"\w+ ")


def _opens_with(head: str, alias: str) -> bool:
    """Whether `head` opens with `alias`, after one word at most (letters, then a space), the
    alias ended by a space, a comma, a colon or the end: what a pattern compiled per alias
    found before (one per claim of the ledger, more than the `re` module's cache holds: some
    5,000 compiles, 0.3 s of CPU, per scoring call of 10,000 claims)."""
    starts = [0]
    if m := _FIRST_WORD_RX.match(head):
        starts.append(m.end())
    for start in starts:
        if head.startswith(alias, start):
            after = head[start + len(alias) : start + len(alias) + 1]
            if not after or after.isspace() or after in ",:":
                return True
    return False


def _statement_terms(statement: str, names: set[str]) -> tuple[str, ...]:
    # A claim without keywords is matched on the distinctive words of its statement.
    words = re.findall(r"[\w][\w.+-]*", statement)
    return tuple(
        dict.fromkeys(
            w
            for w in words
            if len(w) >= 4 and fold(w) not in STOP and fold(w) not in names and not w.isdigit()
        )
    )


_COMPLETION_RX = words_regex((*FULFILMENT, *FULFILMENT_FIXED))


def _whole(rx: re.Pattern[str], text: str) -> bool:
    m = rx.search(text)
    return m is not None and m.start() == 0 and m.end() >= len(text) - 2


def _step_terms(statement: str, terms: tuple[str, ...]) -> tuple[str, ...]:
    """The keywords naming the step a claim promises, when the claim promises a step (its
    statement speaks of a milestone, an application or the start of works, and of no
    completion)."""
    folded = fold(statement)
    if not STEP_CLAIM_RX.search(folded) or _COMPLETION_RX.search(folded):
        return ()
    return tuple(t for t in terms if _whole(SIGNAL_RX["step"], fold(t)))


def ledger_profiles(
    profiles: list[ClaimProfile], *, organisations: Mapping[str, Iterable[str]] = {}
) -> list[ClaimProfile]:
    """The profiles of a whole ledger, each told what only the ledger knows.

    `organisations` maps every organisation's name to its aliases. Another organisation's
    name is no topic word (a Bleu claim's keyword "Orange" says who owns Bleu, not what it
    promised), unless the statement names it ("Join Gaia-X").

    A keyword written as a name (a capital or a digit: "Ariane 6", "Flamanville", "CDG
    Express") that the claim's subject holds, used by no other promiser, naming no
    organisation, category or signal, and not a short acronym (5G, SMR, EPR name techniques
    many use) unless the subject spells it out ("MRJ" of "Mitsubishi Regional Jet"), stands
    for the promiser's name: news of "Ariane 6" is news for the agency that
    promised it, named or not. A claim with no such name, nor an alias naming its thing,
    takes a keyword of several words its subject writes in lower case ("facturation
    électronique" for "Généralisation de la facturation électronique entre entreprises").
    """
    other_names = {fold(name) for name in organisations}
    every_name = other_names | {fold(a) for aliases in organisations.values() for a in aliases}
    every_name |= {fold(n) for p in profiles for n in p.names}
    promisers_of: dict[str, set[int]] = defaultdict(set)
    claims_of: dict[str, set[int]] = defaultdict(set)  # by each word of a term
    # A name names one thing: a promiser with several claims whose subject is its own name
    # ("Delos Cloud" for its platform, its examination, its data centres) is not named after
    # any one of them.
    named_after: dict[int, int] = defaultdict(int)
    alias_subjects: dict[tuple[int, str], int] = defaultdict(int)
    for profile in profiles:
        named_after[profile.promiser_id] += profile.named_after_thing
        for alias in profile.thing_aliases:
            alias_subjects[(profile.promiser_id, fold(alias))] += 1
    promisers_of_word: dict[str, set[int]] = defaultdict(set)
    for profile in profiles:
        for term in profile.terms:
            promisers_of[fold(term)].add(profile.promiser_id)
            for word in fold(term).split():
                claims_of[word].add(profile.claim_id)
            for word in _WORD_RX.findall(fold(term)):
                promisers_of_word[word].add(profile.promiser_id)
    # Words the ledger writes in lower case somewhere are common words, not names; and a
    # word of several claims of one promiser names none of them.
    common = {
        fold(w)
        for p in profiles
        for text in (*p.terms, p.subject, p.stated_subject, p.statement)
        for w in _WORD_RX.findall(text)
        if w[:1].islower()
    }
    claims_of_word: dict[tuple[int, str], set[int]] = defaultdict(set)
    for profile in profiles:
        for text in (*profile.terms, profile.subject or profile.stated_subject):
            for word in _WORD_RX.findall(fold(text)):
                claims_of_word[(profile.promiser_id, word)].add(profile.claim_id)
    countries = {fold(c) for names in _COUNTRIES.values() for c in names} | set(_COUNTRIES)
    # Each word of the subjects, with the promisers and subjects that write it.
    subject_words: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for profile in profiles:
        folded = fold(profile.subject or profile.stated_subject)
        for word in set(_WORD_RX.findall(folded)):
            subject_words[word].append((profile.promiser_id, folded))

    # The signal lists cut to the phrases the ledger's terms can start (lexicon.narrowed):
    # searched whole, each list was compiled whole here, before any news was read, and the
    # scan's narrowing of a batch (reading.scan_items) never took effect.
    starts = FirstWords(fold(t) for p in profiles for t in p.terms)
    signal_lists = tuple(narrowed(rx, starts) for rx in SIGNAL_RX.values())

    def own(t: str, subject: str = "") -> bool:
        """A term only this promiser uses, naming no organisation, category or signal, and
        not a short acronym unless the (folded) subject spells it out."""
        return (
            (len(fold(t)) >= 4 or _spelled_out(t, subject))
            and fold(t) not in every_name
            and len(promisers_of[fold(t)]) == 1
            and not any(rx.search(fold(t)) for rx in (*CATEGORY_RX.values(), *signal_lists))
        )

    result = []
    for profile in profiles:
        statement = fold(profile.statement)
        terms = (
            tuple(t for t in profile.terms if fold(t) not in other_names or term_in(t, statement))
            or profile.terms
        )
        subject = fold(profile.subject or profile.stated_subject)
        things = tuple(
            t
            for t in terms
            if own(t, subject)
            and _grounded(t, subject)
            and not _in_another_subject(t, profile, subject_words)
            and (
                (re.search(r"[A-Z0-9]", t) and not _AMOUNT_RX.fullmatch(fold(t)))
                or _capitalised_in(t, profile.subject or profile.stated_subject)
            )
        )
        # Another spelling of a name the subject writes ("Koodankulam" for "Kudankulam"),
        # one word written as a name, names it too.
        if written := _name_words(profile.subject or profile.stated_subject):
            things += tuple(
                t
                for t in terms
                if len(t) >= 6
                and t[:1].isupper()
                and t not in things
                and _respelled(t, written)
                and own(t, subject)
            )
        # An alias naming the thing ("Project Kuiper") is its name, when no other claim of
        # the promiser begins its subject with it; beside the claim's other names only when
        # the subject is that alias's event ("Thames Tideway Tunnel (London 'super sewer')
        # completion"), not a part of it ("Grand Paris Express line 15 South").
        things += tuple(
            t
            for t in profile.thing_aliases
            if t in terms
            and t not in things
            and alias_subjects[(profile.promiser_id, fold(t))] == 1
            and (not things or _event_of(t, profile.subject))
        )
        if not things:
            # A public programme is seldom named after the ministry that promised it: the
            # words its subject holds in lower case name it ("facturation électronique").
            things = tuple(
                t
                for t in terms
                if len(fold(t).split()) >= 2
                and own(t)
                and _common_words_of(t, profile.subject or profile.stated_subject)
            )
        # Words in lower case the subject glosses with one of the thing's names in brackets
        # ("electronic prescription (E-Rezept)") name it too.
        if things:
            glossed = _glossed(profile.subject or profile.stated_subject, things)
            things += tuple(t for t in terms if t not in things and fold(t) in glossed and own(t))
            # And the other way round: what the subject gives in brackets after one of the
            # thing's names, its nicknames ("Sebou-Bouregreg interconnection ('water
            # highway', autoroute de l'eau)").
            nicknames = _nicknames(profile.subject or profile.stated_subject, things)
            things += tuple(t for t in terms if t not in things and fold(t) in nicknames and own(t))
        # A keyword that writes one of the thing's names in the other language names the
        # thing too, in lower case or not: "pont de Rosso" of "Rosso bridge", the bridge told
        # by its kind and its place.
        if things:
            things += tuple(
                t for t in terms if t not in things and own(t) and writes_one_of(t, things)
            )
        # An alias that shares a word with one of the thing's names names the thing too:
        # "Siri" of "personalized Siri", "Eglinton Crosstown" beside "Crosstown LRT".
        things += tuple(
            t
            for t in profile.thing_aliases
            if t in terms and t not in things and _shares_a_word(t, things)
        )
        # The word written as a name that the subject and two keywords share ("Kudankulam"
        # of "Kudankulam unit 1" and "centrale nucléaire de Kudankulam") names the thing.
        core = _core_name(profile.subject or profile.stated_subject, terms)
        if (
            core
            and len(promisers_of_word[fold(core)]) == 1
            and len(claims_of_word[(profile.promiser_id, fold(core))]) == 1
            and fold(core) not in common
            and fold(core) not in countries
            and fold(core) not in every_name
            and not any(fold(core) == fold(t) for t in terms)
            and not any(rx.search(fold(core)) for rx in (*CATEGORY_RX.values(), *signal_lists))
        ):
            terms += (core,)
            things += (core,)
        # An alias that names no thing of this claim says who promised, as names do.
        terms = tuple(t for t in terms if t not in profile.thing_aliases or t in things) or terms
        shared = tuple(t for t in terms if _acronym(t) and len(claims_of[fold(t)]) > 1)
        result.append(
            _profile_with(
                profile,
                terms=terms,
                thing_names=things,
                shared_acronyms=shared,
                named_after_thing=named_after[profile.promiser_id] == 1
                and profile.named_after_thing,
            )
        )
    return _own_things(result)


def _own_things(profiles: list[ClaimProfile]) -> list[ClaimProfile]:
    """A name two claims of one promiser, on two things, both write in the event their
    subject tells after its colon (the rocket both missions fly on, the launch site: "Europa
    Clipper ...: launch on a SpaceX Falcon Heavy from Kennedy Space Center" and "Nancy Grace
    Roman Space Telescope: launch on a SpaceX Falcon Heavy ...") is how the thing is
    promised, not its name: it names neither, where the claim keeps a name of its own. Named
    by the item, the rocket no longer takes the other mission's news. A name before the
    colon is the thing's own or its place ("Mercer Island" of two lines through it), and two
    claims on one subject (a promise restated) share their names."""
    holders: dict[tuple[int, str], set[str]] = defaultdict(set)
    for profile in profiles:
        subject = profile.subject or profile.stated_subject
        parts = _thing_and_event(subject, profile.names)
        if parts is None:
            continue
        for thing in profile.thing_names:
            written = _written_whole(fold(thing))
            if written.search(parts[1]) and not written.search(parts[0]):
                holders[(profile.promiser_id, fold(thing))].add(_bare_subject(subject))
    result = []
    for profile in profiles:
        own = tuple(
            t for t in profile.thing_names if len(holders[(profile.promiser_id, fold(t))]) < 2
        )
        if own and len(own) < len(profile.thing_names):
            profile = _profile_with(profile, thing_names=own)
        result.append(profile)
    return result


@functools.lru_cache(maxsize=8192)
def _written_whole(name: str) -> re.Pattern[str]:
    """A folded name as written, a whole word or words: not `term_regex`, whose plural
    endings read "SpaceX" as "space" ("Roman Space Telescope" would write the rocket's
    maker)."""
    return re.compile(rf"(?<!\w){re.escape(name)}(?!\w)")


def _thing_and_event(subject: str, names: tuple[str, ...]) -> tuple[str, str] | None:
    """A subject's thing (before its colon) and the event it tells (after it), folded; none
    without a colon, or when what stands before the colon is the promiser's name or alias
    ("Orbital Science Agency: Tethys Voyager launch on a Corvid Heavy"): the thing's own name
    is then written after the colon, and no name there is only the event's."""
    thing, colon, event = subject.partition(":")
    if not colon or fold(thing).strip() in {fold(name).strip() for name in names}:
        return None
    return fold(thing), fold(event)


def _profile_with(profile: ClaimProfile, **changes: object) -> ClaimProfile:
    """`dataclasses.replace` for a profile, without its generic work: a copy of the fields
    with `changes` over them, the same profile `replace` gives (ClaimProfile has no
    `__post_init__` and every field is set by its `__init__`), at a fifth of the cost (about
    12 against 2 microseconds, 10,000 profiles per ledger)."""
    new = object.__new__(ClaimProfile)
    new.__dict__.update(profile.__dict__)
    new.__dict__.update(changes)
    return new


def _in_another_subject(
    term: str, profile: ClaimProfile, subject_words: Mapping[str, list[tuple[int, str]]]
) -> bool:
    """Whether another promiser's claim writes the term in its subject too: a place both
    things stand in ("Los Angeles" of two museums), no name of either thing. Only the
    subjects that hold the term's first word are asked."""
    words = _WORD_RX.findall(fold(term))
    return bool(words) and any(
        promiser != profile.promiser_id and term_in(term, subject)
        for promiser, subject in subject_words.get(words[0], ())
    )


_WORD_RX = re.compile(r"\w+")
# An amount is no name, though written with digits: "53 million", "$4 billion", "2 milliards".
_AMOUNT_RX = re.compile(
    r"[$€£]?\s*\d[\d\s.,]*\s*(?:million|billion|milliard|bn|m|k|mw|gw|gwh|twh|%)?s?"
)


def _respelled(term: str, written: dict[tuple[str, str], tuple[str, ...]]) -> bool:
    """Whether a keyword of one word written as a name ("Koodankulam") is another spelling
    of a word the subject writes as a name ("Kudankulam"; `written` is `_name_words`): the
    same first letter, a length of six letters or more, the same last three, and at most two
    letters added, dropped or changed between ("Russie" and "Russian" name a country and its
    people, not one thing)."""
    if not _NAME_WORD_RX.fullmatch(term):
        return False
    word = fold(term)
    return any(w != word and _two_edits(w, word) for w in written.get((word[0], word[-3:]), ()))


_NAME_WORD_RX = re.compile(r"[A-ZÀ-Ý][\w-]{5,}")


@functools.lru_cache(maxsize=65_536)
def _name_words(subject: str) -> dict[tuple[str, str], tuple[str, ...]]:
    """The (folded) words of six letters or more a subject writes with a capital, by their
    first and last three letters."""
    found: dict[tuple[str, str], tuple[str, ...]] = {}
    for x in _WORD_RX.findall(subject):
        if x[:1].isupper() and len(x) >= 6:
            w = fold(x)
            found[(w[0], w[-3:])] = (*found.get((w[0], w[-3:]), ()), w)
    return found


def _core_name(subject: str, terms: tuple[str, ...]) -> str:
    """The word of six letters or more the subject writes with a capital that two of the
    claim's keywords of several words hold, or "" when none or several do."""
    found = []
    for x in dict.fromkeys(_WORD_RX.findall(subject)):
        if x[:1].isupper() and len(x) >= 6:
            w = fold(x)
            held = [t for t in terms if len(t.split()) > 1 and w in _WORD_RX.findall(fold(t))]
            placed = any(
                re.search(rf"\b(?:de|du|d'|of|at|in|à)\s*{re.escape(w)}\b", fold(t))
                for t in (*held, subject)
            )
            if len(held) >= 2 and placed:
                found.append(x)
    return found[0] if len(found) == 1 else ""


def _two_edits(a: str, b: str) -> bool:
    """Whether two words are at most two letters apart (added, dropped or changed)."""
    if abs(len(a) - len(b)) > 2:
        return False
    previous = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        current = [i]
        for j, y in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x != y)))
        previous = current
    return previous[-1] <= 2


def _glossed(subject: str, things: tuple[str, ...]) -> set[str]:
    """The (folded) lower-case words of two or more, up to four, that a subject writes right
    before one of the thing's names in brackets: "electronic prescription" of "German
    electronic prescription (E-Rezept) mandatory"."""
    found = set()
    for m in re.finditer(r"((?:[a-zà-ÿ][\w'-]*\s+){1,3}[a-zà-ÿ][\w'-]*)\s*\(([^)]*)\)", subject):
        if any(fold(m.group(2)).strip() == fold(t) for t in things):
            words = m.group(1).split()
            found |= {fold(" ".join(words[n:])) for n in range(len(words) - 1)}
    return found


_BRACKETED_RX = re.compile(r"((?:[\w'’–-]+\s+){1,5})\(([^)]*)\)")


def _nicknames(subject: str, things: tuple[str, ...]) -> set[str]:
    """The (folded) words a subject gives in brackets, one by one, right after one of the
    thing's names (up to five words before the bracket, the name's words in order among
    them): "water highway" and "autoroute de l'eau" of "Sebou-Bouregreg basin
    interconnection ('water highway', autoroute de l'eau)"."""
    if "(" not in subject:
        return set()
    found = set()
    for m in _BRACKETED_RX.finditer(subject):
        words = re.findall(r"\w+", fold(m.group(1)))
        if any(_in_order(re.findall(r"\w+", fold(t)), words) for t in things):
            found |= {fold(part).strip(" '‘’\"“”") for part in m.group(2).split(",")}
    return found


def _in_order(wanted: list[str], words: list[str]) -> bool:
    """Whether every word wanted stands among the words, in the same order."""
    rest = iter(words)
    return bool(wanted) and all(w in rest for w in wanted)


def _capitalised_in(term: str, subject: str) -> bool:
    """Whether a keyword typed in lower case is written as a name in the claim's subject, each
    of its longer words capitalised there ("national children's hospital" for "New National
    Children's Hospital, Dublin"): the editor's keyword is that name. Read word by word, with
    no pattern built for the keyword (a ledger has thousands of them)."""
    words = [w.lower() for w in _WORD_RX.findall(term)]
    if len(words) < 2:
        return False
    tokens = _WORD_RX.findall(subject)
    n = len(words)
    at = next(
        (i for i in range(len(tokens) - n + 1) if [w.lower() for w in tokens[i : i + n]] == words),
        None,
    )
    if at is None or not all(w[:1].isupper() for w in tokens[at : at + n] if len(w) > 3):
        return False
    # The whole name, not a piece of a longer one ("sovereign cloud" of "AWS European
    # Sovereign Cloud", "open ticket" of "Corvia Open Ticket Platform"): the word before it
    # is the subject's first or in lower case, and the word after it is in lower case.
    before = tokens[at - 1] if at > 1 else ""
    after = tokens[at + n] if at + n < len(tokens) else ""
    return not before[:1].isupper() and not after[:1].isupper()


def _common_words_of(term: str, subject: str) -> bool:
    """Whether the subject, as written, holds the term in lower case (a capital only as the
    subject's first letter): "facturation électronique" in "Généralisation de la
    facturation électronique entre entreprises", not "sovereign cloud" in "AWS European
    Sovereign Cloud", where it is a piece of a name."""
    words = r"[\s-]+".join(re.escape(w) for w in term.split())
    m = re.search(rf"(?<!\w){words}(?!\w)", subject, re.IGNORECASE)
    return m is not None and not re.search(r"[A-Z]", subject[max(m.start(), 1) : m.end()])


def _spelled_out(term: str, subject: str) -> bool:
    """Whether a short acronym is spelled out by the (folded) subject's words: "MRJ" for a
    "Mitsubishi Regional Jet", "EES" for an "Entry/Exit System"; not "SMR" in "Nuward SMR",
    a technique many build, nor "5G" read off "5 GHz"."""
    if not (_acronym(term) and term.isalpha()):
        return False
    words = re.findall(r"\w+", subject)
    # Written beside its words ("Nouvelle route du littoral (NRL)"), an acronym skips their
    # linking words; not otherwise ("PAS" is also "not" in French).
    return any(_initials_run(term, words, n) for n in range(len(words))) or (
        not _LINKING_WORDS.isdisjoint(words)
        and term_in(term, subject)
        and any(_initials_run(term, words, n, linked=True) for n in range(len(words)))
    )


def _shares_a_word(name: str, others: Iterable[str]) -> bool:
    """Whether a name and one of the others have a word in common (not a little word)."""
    words = {w for w in fold(name).split() if len(w) > 2 and w not in STOP}
    return any(words.intersection(fold(other).split()) for other in others)


def _acronym(term: str) -> bool:
    """A short word in capitals, maybe with a digit: "EPR", "J0", "SMR"."""
    return len(term) <= 4 and term.isupper() and " " not in term


def _grounded(term: str, subject: str) -> bool:
    """Whether the (folded) subject names what the term names, its words aligned in order:
    the same word; an acronym spelling the initials of a run of the subject's words ("EUDI
    Wallet" in "EU Digital Identity Wallet"); or, beside at least one word that is the same,
    a word of the other language with the same first letter, in the same place ("ligne 15
    Sud" in "line 15 South"). No table of word pairs: the alignment is the evidence."""
    folded = fold(term)
    if (
        "-" not in folded
        and any(folded in token.split("-") for token in re.findall(r"[\w-]*-[\w-]*", subject))
        and not term_in(term, re.sub(r"[\w-]*-[\w-]*", " ", subject))
    ):
        # A part of a compound ("London" of "London-Birmingham") names one end of the
        # thing, as "London" names a city: the compound names the thing, not the part.
        return False
    if term_in(term, subject):
        return True
    written = re.findall(r"\w+", term)
    # A head noun in lower case before a name of two words or more that the subject holds
    # word for word, as the thing's own name, not as a place after a preposition: "pont
    # Gordie-Howe" for "Gordie Howe International Bridge" ("aéroport de Port-Saint-Aval" is
    # no name of "Aéroport du Grand Large à Port-Saint-Aval").
    name = [w for w in written if w[:1].isupper()]
    if (
        not term[:1].isupper()
        and len(name) >= 2
        and 1 <= len(written) - len(name) <= 2
        and written[-len(name) :] == name
        and term_in(" ".join(name), subject)
        and not re.search(
            rf"\b(?:a|au|en|in|at|near|de|du|of)\s+{re.escape(fold(name[0]))}\b", subject
        )
    ):
        return True
    words = re.findall(r"\w+", subject)
    # The linking words of a name's complement are the other language's word order: "Ligne
    # de la Confédération" is the "Confederation Line", aligned without "de la", swapped.
    content = [w for w in written if fold(w) not in _LINKING_WORDS]
    # Only a name so written, with its capital ("aéroport de Port-Saint-Aval" holds a name).
    named = term[:1].isupper() and len(content) not in (0, len(written))
    forms = [written, content] if named else [written]
    # French puts most adjectives after their noun: "Grand Musée égyptien" is the "Grand
    # Egyptian Museum", its two words aligned once swapped; and its head noun before the
    # name it governs: "aéroport de Berlin-Brandebourg" is "Berlin Brandenburg Airport".
    swapped = [
        [*form[:n], form[n + 1], form[n], *form[n + 2 :]]
        for form in forms
        for n in range(len(form) - 1)
    ]
    if any(w[:1].isupper() for w in content[1:]) and len(content) not in (0, len(written)):
        swapped.append([*content[1:], content[0]])
    # And its head noun with the adjectives after it before the name: "Aéroport international
    # Blaise Diagne" is "Blaise Diagne International Airport".
    head = next((n for n, w in enumerate(content[1:], 1) if w[:1].isupper()), None)
    if head is not None and head > 1:
        swapped.append([*content[head:], *reversed(content[:head])])
    return any(_aligned(form, words) for form in forms) or any(
        _aligned(order, words) for order in swapped
    )


_LINKING_WORDS = frozenset({"de", "du", "des", "la", "le", "les", "l", "d", "of", "the"})


def _aligned(written: list[str], words: list[str]) -> bool:
    """Whether a term's words (as written) align in order with the subject's folded words."""
    position, exact = 0, False
    for raw in written:
        word = fold(raw)
        for n in range(position, len(words)):
            if words[n] == word:
                position, exact = n + 1, True
                break
            run = _initials_run(raw, words, n)
            if run:
                position, exact = n + run, True
                break
            if len(word) >= 3 and len(words[n]) >= 3 and words[n][0] == word[0]:
                position = n + 1
                break
        else:
            return False
    return exact


def _initials_run(raw: str, words: list[str], start: int, *, linked: bool = False) -> int:
    """How many of `words` from `start` an acronym written in capitals ("EUDI") spells by
    their initials (a short word in the run may give all its letters: "EU"); 0 if none.
    `linked`, for an acronym the subject writes beside its words ("Nouvelle route du
    littoral (NRL)"): a linking word inside the run gives no letter."""
    if len(raw) < 2 or not raw.isupper():
        return 0
    letters, n = fold(raw), start
    while letters and n < len(words):
        word = words[n]
        if letters.startswith(word) and len(word) <= 3:
            letters = letters[len(word) :]
        elif letters[0] == word[0]:
            letters = letters[1:]
        elif linked and word in _LINKING_WORDS and n > start:
            pass  # "Nouvelle route du littoral" is the NRL: a linking word gives no letter
        else:
            return 0
        n += 1
    return n - start if not letters and n - start >= 2 else 0


@dataclass
class ItemText:
    """A news item as the matcher reads it."""

    item_id: int | None
    text: str  # title and summary, folded
    published_on: dt.date
    language: str = "en"
    feed_organisation_ids: frozenset[int] = frozenset()
    feed_keywords: tuple[str, ...] = ()
    original: str = ""  # title and summary as written (title, a line break, summary)


@dataclass
class TermHits:
    names: list[str] = field(default_factory=list)
    via_feed: bool = False
    terms: list[str] = field(default_factory=list)
    subject: bool = False


@dataclass
class Match:
    """A claim an item is evidence for, how sure, what kind, and why.

    For a delay that gives a new date, `deadline_text` is the date as the item words it and
    `proposed_start`/`proposed_end` its window (the restatement an editor may accept);
    `proposed_end` is None for a "not before" date.
    """

    claim_id: int
    score: float
    kind: str
    why: str
    deadline_text: str = ""
    proposed_start: dt.date | None = None
    proposed_end: dt.date | None = None


def analyse_item(
    item: ItemText,
    deadline_memo: dict[tuple[str, dt.date], list[FoundDeadline]] | None = None,
    scans: dict[str, Scan] | None = None,
) -> ItemAnalysis:
    """What an item says whatever the claim: category words, signals and deadlines (the
    items of one batch may share a `deadline_memo`, see ItemAnalysis.deadline_memo, and
    their `scans`, see reading.scan_items)."""
    return read_item(
        original=item.original,
        folded=item.text,
        language=item.language,
        published_on=item.published_on,
        deadline_memo=deadline_memo,
        scans=scans,
    )


def python_term_hits(item: ItemText, profile: ClaimProfile) -> TermHits:
    """Which of the claim's names and terms the item mentions (the regex path)."""
    hits = TermHits()
    hits.names = [name for name in profile.names if term_in(name, item.text)]
    hits.terms = [
        term
        for term in profile.terms
        if term_in(term, item.text) or loose_term_spans(term, item.text)
    ]
    hits.subject = bool(profile.subject) and term_in(profile.subject, item.text)
    return hits


def gated_terms(item: ItemText, profile: ClaimProfile, hits: TermHits) -> list[str] | None:
    """The claim's terms the item mentions, or None when a required part is missing: the
    promiser (named, standing in the name of its promised thing, the feed's subject, or the
    place a public body is named after beside a keyword of several words), an item not older
    than the promise, and at least one of the claim's own terms or its subject."""
    hits.via_feed = profile.promiser_id in item.feed_organisation_ids
    if hits.names and profile.owned_terms:
        # A keyword that opens with the promiser's name is written, in news naming the
        # promiser, by the words after the name ("Dyson ... its first electric car" for
        # "Dyson electric car").
        hits.terms += [
            term
            for term, rest in profile.owned_terms
            if term not in hits.terms and term_in(rest, item.text)
        ]
    if profile.plain_terms:
        # "Scotland census" for "Scotland's Census".
        hits.terms += [
            term
            for term, plain in profile.plain_terms
            if term not in hits.terms and term_in(plain, item.text)
        ]
    if profile.written_terms and set(profile.thing_names).isdisjoint(hits.terms):
        # "Le réseau de chaleur de Brackwater" for "heat network": only for an item that
        # holds none of the claim's keywords as the ledger writes them, or, for a thing's
        # name, none of its names ("Valdrin subway opening delayed" holds "opening" and
        # names the Valdrin metro in other words).
        written = profile.written_terms if not hits.terms else _written_things(profile)
        hits.terms += dict.fromkeys(
            term
            for term, other in written
            if term not in hits.terms and written_otherwise(other, item.text)
        )
    thing = any(term in profile.thing_names for term in hits.terms)
    if not hits.names and not hits.via_feed and not thing:
        places = [p for p in _promisers_places(profile) if term_in(p, item.text)]
        if places and any(len(t.split()) >= 2 for t in hits.terms):
            hits.names = places
        elif not _two_phrases(hits.terms):
            return None
    if item.published_on < profile.stated_on:
        return None  # news from before the promise cannot be evidence about it
    terms = list(dict.fromkeys(hits.terms))
    if hits.via_feed:
        terms += [kw for kw in item.feed_keywords if kw not in terms and term_in(kw, item.text)]
    # Overlapping keywords ("SecNumCloud" inside "SecNumCloud 3.2") count once.
    # Spellings of one keyword ("IRIS²", "IRIS2", "Iris2") count once too.
    terms = list({fold(t): t for t in reversed(terms)}.values())[::-1]
    terms = [t for t in terms if not any(fold(t) != fold(o) and fold(t) in fold(o) for o in terms)]
    if not terms and not hits.subject and not _names_the_thing(profile, hits):
        return None
    return terms


# A public body named after its place: "Toulouse Métropole", "SMTC Toulouse", "City of
# Ottawa", "Région Grand Est", "Port of Antwerp".
_PLACE_BODY_RX = re.compile(
    r"^(?:(?:SMTC|Ville de|Ville d'|City of|Port of|Port de|Région|Mairie de|Conseil régional "
    r"(?:de|d'|du)|Département (?:de|du|des)|Government of|Transport for|Métropole (?:de|du|d'))"
    r"\s*(?P<after>[A-ZÀ-Ý][\w'-]+(?: [A-ZÀ-Ý][\w'-]+)?)"
    r"|(?P<before>[A-ZÀ-Ý][\w'-]+(?: [A-ZÀ-Ý][\w'-]+)?) (?:Métropole|City Council|County Council|"
    r"Council|County|Region|Regional Council|Municipality))$"
)


# A national government named by its nationality ("Gouvernement français", "German Federal
# Government", "the French government"): the press names it by its country ("France switched
# off its last analogue transmitters", "Germany shuts down its last reactors").
_NATIONAL_GOVERNMENT_RX = re.compile(
    r"^(?:the\s+)?(?P<en>\w+)\s+(?:federal\s+)?government$"
    r"|^(?:gouvernement|état|etat)\s+(?:fédéral\s+)?(?P<fr>\w+)$",
    re.IGNORECASE,
)
# Nationality (English and French, folded) -> the country's names, English and French.
_COUNTRIES: dict[str, tuple[str, ...]] = {}
for _adjectives, _countries in (
    ("french francais francaise", "France"),
    ("german allemand allemande", "Germany|Allemagne"),
    ("british britannique", "Britain|United Kingdom|Royaume-Uni"),
    ("spanish espagnol espagnole", "Spain|Espagne"),
    ("italian italien italienne", "Italy|Italie"),
    ("belgian belge", "Belgium|Belgique"),
    ("dutch neerlandais neerlandaise", "Netherlands|Pays-Bas"),
    ("swiss suisse", "Switzerland|Suisse"),
    ("irish irlandais irlandaise", "Ireland|Irlande"),
    ("portuguese portugais portugaise", "Portugal"),
    ("polish polonais polonaise", "Poland|Pologne"),
    ("swedish suedois suedoise", "Sweden|Suède"),
    ("danish danois danoise", "Denmark|Danemark"),
    ("norwegian norvegien norvegienne", "Norway|Norvège"),
    ("canadian canadien canadienne", "Canada"),
    ("australian australien australienne", "Australia|Australie"),
    ("indian indien indienne", "India|Inde"),
    ("japanese japonais japonaise", "Japan|Japon"),
):
    for _adjective in _adjectives.split():
        _COUNTRIES[_adjective] = tuple(_countries.split("|"))


# Each country's names and its people's adjectives, English and French, folded.
_ADJECTIVES_OF: dict[tuple[str, ...], tuple[str, ...]] = defaultdict(tuple)
for _adjective, _names in _COUNTRIES.items():
    _ADJECTIVES_OF[_names] += (_adjective,)
_COUNTRY_WORDS: dict[tuple[str, ...], tuple[str, ...]] = {
    names: (*(fold(name) for name in names), *adjectives)
    for names, adjectives in _ADJECTIVES_OF.items()
}


# The letters every match of a country word holds (lexicon.needle): a text holding none of
# them names no country, which one scan tells, not one look per word (most items name none).
# The needles are grouped behind their first letter: the engine tries the alternatives of a
# flat list one by one at every letter of the text, 84 of them; grouped, a letter costs a
# couple of dozen tries (the scan of 4,000 news items 0.11 -> 0.02 s). Only whether one is
# found is asked, so the order of the alternatives does not matter.
_COUNTRY_NEEDLES_RX = re.compile(
    "|".join(
        re.escape(first) + "(?:" + "|".join(re.escape(n[1:]) for n in group) + ")"
        for first, group in itertools.groupby(
            sorted({needle(w) for words in _COUNTRY_WORDS.values() for w in words}),
            key=lambda n: n[0],
        )
    )
)


@functools.lru_cache(maxsize=4096)
def _countries_in(text: str) -> frozenset[tuple[str, ...]]:
    """The countries a folded text names, by a name or its people's adjective."""
    if not _COUNTRY_NEEDLES_RX.search(text):
        return frozenset()
    return frozenset(
        countries
        for countries, words in _COUNTRY_WORDS.items()
        if any(term_in(word, text) for word in words)
    )


def _subject_countries(profile: ClaimProfile) -> frozenset[tuple[str, ...]]:
    """The countries the claim's subject places the thing in."""
    return _countries_in(fold(profile.subject or profile.stated_subject))


def _claim_countries(profile: ClaimProfile) -> frozenset[tuple[str, ...]]:
    """The countries the claim places its thing in: its subject's, or, when the subject names
    none ("Moderna mRNA vaccine manufacturing facility in Laval, Quebec"), those its statement
    and keywords name ("made-in-Canada vaccines")."""
    return _subject_countries(profile) or _stated_countries(profile.statement, profile.terms)


@functools.lru_cache(maxsize=4096)
def _stated_countries(statement: str, terms: tuple[str, ...]) -> frozenset[tuple[str, ...]]:
    """The countries a claim's statement and keywords name: asked once per claim."""
    return _countries_in(fold(" ; ".join((statement, *terms))))


def _elsewhere(analysis: ItemAnalysis, profile: ClaimProfile) -> bool:
    """Whether the item names countries, none of them one the claim places its thing in:
    news of the promiser's project in another country, told in the claim's common words
    only."""
    # The item's countries first: read once per item, and most items name none, so the
    # claim's own (read over its statement and keywords too) are seldom needed.
    named = _countries_in(analysis.text)
    if not named:
        return False
    places = _claim_countries(profile)
    return bool(places) and not named & places


def _at_home(analysis: ItemAnalysis, profile: ClaimProfile, names: list[str]) -> bool:
    """Whether the item names, outside the promiser's names, a country the claim's subject
    names (the subject's alone, unlike `_elsewhere`: see where it is called)."""
    places = _subject_countries(profile)
    if not places:
        return False
    text = analysis.text
    for start, end in sorted((s for n in names for s in _spans_in(analysis, n)), reverse=True):
        text = text[:start] + " " * (end - start) + text[end:]
    return bool(_countries_in(text) & places)


def _countries_of(name: str) -> tuple[str, ...]:
    m = _NATIONAL_GOVERNMENT_RX.match(name.strip())
    if m is None:
        return ()
    return _COUNTRIES.get(fold(m.group("en") or m.group("fr")), ())


@functools.lru_cache(maxsize=4096)
def _places_of(subject: str, names: tuple[str, ...]) -> tuple[str, ...]:
    places = {
        m.group("after") or m.group("before") for name in names if (m := _PLACE_BODY_RX.match(name))
    }
    found = tuple(p for p in places if re.search(rf"(?<![\w]){re.escape(p)}(?![\w])", subject))
    # A national government's country, for a claim whose subject names the country or its
    # nationality ("télévision analogique en France", "German nuclear phase-out").
    folded = fold(subject)
    for name in names:
        countries = _countries_of(name)
        adjectives = [a for a, c in _COUNTRIES.items() if c == countries]
        if countries and any(term_in(w, folded) for w in (*countries, *adjectives)):
            found += tuple(c for c in countries if c not in found)
    return found


def _promisers_places(profile: ClaimProfile) -> tuple[str, ...]:
    """The place the promiser is named after that the subject names too ("Toulouse" of
    "Toulouse Métropole", for "Toulouse third metro line")."""
    return _places_of(profile.subject or profile.stated_subject, profile.names)


def _names_the_thing(profile: ClaimProfile, hits: TermHits) -> bool:
    """Whether the item names the promised thing by naming a promiser named after it."""
    return profile.named_after_thing and bool(hits.names)


@functools.lru_cache(maxsize=65_536)
def _held_in(term: str, others: tuple[str, ...]) -> tuple[str, ...]:
    """The other keywords a keyword holds ("Samaritaine" in "La Samaritaine"), looked up
    once per claim's set of keywords found."""
    return tuple(o for o in others if fold(o) != fold(term) and term_in(o, fold(term)))


def _spans(text: str, term: str) -> list[tuple[int, int]]:
    return term_spans(term, text) if term else []


def _term_spans_in(analysis: ItemAnalysis, term: str) -> list[tuple[int, int]]:
    """A claim keyword's spans: as written, else its words in another order (`loose_term_spans`)."""
    found = _spans_in(analysis, term)
    if found:
        return found
    key = f"~{term}"
    loose = analysis.term_spans_seen.get(key)
    if loose is None:
        loose = analysis.term_spans_seen[key] = tuple(loose_term_spans(term, analysis.text))
    return list(loose)


def _names_at(analysis: ItemAnalysis, profile: ClaimProfile) -> list[tuple[int, int]]:
    """Where the item names the claim's promiser, by its name or an alias."""
    return [s for name in profile.names for s in _spans_in(analysis, name)]


def _spans_in(analysis: ItemAnalysis, term: str) -> list[tuple[int, int]]:
    """`_spans` on the analysed text, each term looked for once per item (a fresh list each
    call: callers extend theirs)."""
    found = analysis.term_spans_seen.get(term)
    if found is None:
        found = analysis.term_spans_seen[term] = tuple(_spans(analysis.text, term))
    return list(found)


# An example's marker, then up to three words of the same phrase before the mention.
_CITED_RX = re.compile(r"\b(?:like|such as|comme|tel(?:le)?s? que)(?: [\w'’-]+){0,3} ?$")


def _cited(text: str, span: tuple[int, int]) -> bool:
    """Whether a mention is given as an example ("projects like the EU Data Boundary",
    "comme la qualification SecNumCloud")."""
    return _CITED_RX.search(text[max(0, span[0] - 60) : span[0]]) is not None


def _other_instance(
    analysis: ItemAnalysis, span: tuple[int, int], statement: str, reach: int
) -> bool:
    """Whether the words around a term make it another instance of the thing ("premier vol
    commercial", "Ariane 6's first commercial flight", "the second launch") that the claim's
    statement does not speak of. `reach` words on each side."""
    return any(w not in statement for w in _instance_words(analysis, span, reach))


_A_TEST = tuple([w] for w in ("test", "tests", "essai", "essais", "trial", "trials"))


def _instance_words(analysis: ItemAnalysis, span: tuple[int, int], reach: int) -> tuple[str, ...]:
    """The instance words (OTHER_INSTANCE) among the `reach` words on each side of a span,
    read once per item: the claims of one promiser ask about the same mentions."""
    found = analysis.instance_words_seen.get((span, reach))
    if found is not None:
        return found
    text = analysis.text
    # "delayed to next year" says when, not which: a time phrase is no instance word.
    window_before = without_relative_times(text[max(0, span[0] - 12 * reach) : span[0]])
    window_after = text[span[1] : span[1] + 12 * reach]
    if window_after != without_relative_times(window_after):
        # Read the time phrase whole ("next year"), then the words that are left.
        window_after = without_relative_times(text[span[1] : span[1] + 12 * reach + 12])
    before = re.findall(r"[\w]+", window_before)[-reach:]
    after = re.findall(r"[\w]+", window_after)[: reach + 1]
    # An instance word that qualifies a test is the test's ("Venise : dernier test concluant",
    # "the second trial of the barrier"): a test of the thing, not another thing.
    words = before + after
    found = tuple(
        w
        for n, w in enumerate(words[: len(before) + reach])
        if w in OTHER_INSTANCE and words[n + 1 : n + 2] not in _A_TEST
    )
    analysis.instance_words_seen[(span, reach)] = found
    return found


def score(
    item: ItemText, profile: ClaimProfile, hits: TermHits, analysis: ItemAnalysis
) -> Match | None:
    """Score one item against one claim; None when a required part is missing or the item
    reports nothing about the claim (no signal, no new date).

    Pure: the same inputs give the same score and explanation on every backend.
    """
    terms = gated_terms(item, profile, hits)
    scored = _score(item, profile, hits, analysis, terms) if terms is not None else None
    return scored[0] if scored else None


def _score(
    item: ItemText,
    profile: ClaimProfile,
    hits: TermHits,
    analysis: ItemAnalysis,
    terms: list[str],
) -> tuple[Match, Reading] | None:
    text = analysis.text
    statement = fold(profile.statement)
    spans: dict[str, list[tuple[int, int]]] = {}
    for term in terms:
        found = (
            _term_spans_in(analysis, term)
            or [
                s
                for owned, rest in (*profile.owned_terms, *profile.plain_terms)
                if owned == term
                for s in _spans_in(analysis, rest)
            ]
            or [
                s
                for written, other in profile.written_terms
                if written == term
                for s in _term_spans_in(analysis, other)
            ]
        )
        # A keyword counted once for a longer one that holds it ("Samaritaine" in "La
        # Samaritaine") still stands where it is written alone ("Samaritaine said Thursday").
        found += [
            s
            for held in _held_in(term, tuple(hits.terms))
            for s in _spans_in(analysis, held)
            if not any(a <= s[0] and s[1] <= b for a, b in found)
        ]
        if found:
            # A keyword qualified by the word next to it; a thing's name by one nearby.
            reach = 3 if term in profile.thing_names else 1
            found = [s for s in found if not _other_instance(analysis, s, statement, reach)]
            if not found:
                continue  # every mention is of another instance
        spans[term] = found
    terms = [t for t in terms if t in spans]
    subject_spans = _spans_in(analysis, profile.subject) if hits.subject else []
    mentions = [s for found in spans.values() for s in found] + subject_spans
    if mentions and all(_cited(text, s) for s in mentions):
        # Every mention cites the claim's thing as an example ("projects like the EU Data
        # Boundary"): the news is about something else.
        terms, subject_spans = [], []
        hits = replace(hits, subject=False)
    named_thing = _names_the_thing(profile, hits)
    if (
        profile.thing_names
        and not named_thing
        and not hits.subject
        and not any(_names_a_thing(t, profile) for t in terms)
    ):
        # The thing has names, none of which the item uses: a common keyword right after
        # another name ("Intel's Ohio chip factory", for the Magdeburg fab) is that other
        # thing's.
        for term in list(terms):
            spans[term] = [s for s in spans[term] if not _named_otherwise(analysis, s, profile)]
            if not spans[term]:
                terms.remove(term)
    if named_thing:
        # The promiser's name is the thing's: its mentions are the claim's words.
        subject_spans += [s for name in hits.names for s in _spans_in(analysis, name)]
    if not terms and not hits.subject and not named_thing:
        return None
    things = [t for t in terms if _names_a_thing(t, profile)]
    if not hits.names and not hits.via_feed and not things and not _two_phrases(terms):
        return None
    # One common word is too little to go on ("nuclear" in news of another plant): a claim
    # needs its subject, the name of its thing, two keywords, or one written as a name or
    # made of several words.
    if (
        not things
        and not hits.subject
        and not named_thing
        and len(terms) < 2
        and not _specific(terms)
        # Beside the promiser's name, the country the subject places the thing in makes the
        # word its own ("Nimbora ouvre ses datacenters français"), as another country makes
        # it another project's (`_elsewhere`). The two do not read the same countries:
        # `_elsewhere` falls back on those the statement and keywords name when the subject
        # names none, but here only the subject's count. A statement's country is enough to
        # tell news of another country apart, not to make a lone common word the claim's: it
        # is as often a market, a partner or a funder as the thing's place ("with German
        # funding"). Read here too, it turned right items wrong (tried in round 43: two items
        # mended, three lost).
        and not (hits.names and _at_home(analysis, profile, hits.names))
    ):
        return None
    if (
        not things
        and not hits.subject
        and not named_thing
        and set(terms) <= set(profile.shared_acronyms)
    ):
        return None  # "EPR" alone: which of the promiser's reactors?
    if not things and not hits.subject and not named_thing and _elsewhere(analysis, profile):
        return None  # "Apple cancels its Danish data centre": not the one in Ireland
    if (
        _another_instance(analysis, statement)
        or _another_numbered_thing(text, profile, terms)
        or _another_variant(text, profile)
        or _a_later_unit(text, profile, statement)
        or _another_capacity(analysis, statement)
        or _another_part(analysis, profile, statement)
        or _another_extension(analysis, profile)
    ):
        return None
    if INVESTOR_NOTICE_RX.search(text, 0, analysis.sentences[0][1]) and INVESTORS_RX.search(text):
        return None  # a law firm's notice to investors: the news is the suit
    if OUTAGE_RX.search(text, 0, analysis.sentences[0][1]) and not _delayed_in_headline(analysis):
        return None  # the thing broken down in service: its running, no news of the promise
    claim_spans = [s for found in spans.values() for s in found] + subject_spans
    back = BACK_IN_SERVICE_RX.search(text, 0, analysis.sentences[0][1])
    if (
        back
        and not (
            RETURN_PROMISED_RX.search(statement) or RETURN_PROMISED_RX.search(fold(profile.subject))
        )
        and not _told_of_another(text, analysis.sentences[0][1], back, claim_spans)
    ):
        return None  # the thing back in service after a stop: its running, not its first start
    announced = 0 <= (item.published_on - profile.stated_on).days <= ANNOUNCEMENT_DAYS
    new_build = NEW_BUILD_RX.search(text, 0, analysis.sentences[0][1])
    if (
        new_build
        and not announced
        and not BUILD_PROMISED_RX.search(statement)
        # "to build new Orvane factory": the new thing is the claim's own, named by its words
        and not any(
            start == new_build.end() + 1
            for t, found in spans.items()
            if _specific_term(t)
            for start, _ in found
        )
        # the promise retold, its promised date with it, whenever the item is
        and _the_promise_told(analysis, profile, not_gone_by=item.published_on) is None
    ):
        return None  # something new still to be built: a new plan, not the promise made
    name_spans = [s for name in hits.names for s in _spans_in(analysis, name)]
    headed = any(start < analysis.sentences[0][1] for start, _ in claim_spans)
    reading = decide(
        analysis,
        term_spans=claim_spans,
        step_spans=[s for t in profile.step_terms for s in _spans_in(analysis, t)],
        deadline_end=profile.deadline_end,
        deadline_start=profile.deadline_start,
        statement=statement,
        subject=fold(profile.subject),
        promises_a_first=_promises_a_first(
            statement, profile.thing_names + profile.terms, profile.statement
        ),
        name_spans=name_spans,
        # A new date is the claim's only next to words that name it: the promiser, its
        # subject or thing, a keyword written as a name or of several words, not a common
        # word alone ("when it launches next year" is no date for a claim whose keyword is
        # "launch", in a sentence that names neither its promiser nor its thing).
        date_spans=[s for t, found in spans.items() if _specific([t]) for s in found]
        + subject_spans
        + name_spans
        + _the_thing_again(analysis, profile),
        headed=headed,
        another_place=lambda span: _at_another_place(analysis, profile, span),
    )
    if reading is None and announced:
        reading = _the_promise_told(analysis, profile)
    if headed and (reading is None or (reading.signal == "step" and not reading.tied)):
        # Nothing next to the claim's words but at most a step away from them: in news headed
        # by the claim, a date of the item comes first.
        reading = (
            _dated_by_the_headline(analysis, profile, item, a_steps_date(analysis, claim_spans))
            or reading
        )
    elif reading is not None and reading.signal == "step" and reading.tied:
        # A step next to the claim's words, before the deadline, in an item that gives a date
        # after the deadline anywhere ("Lumina signs a supply contract for its Halo headset
        # ... shoppers will find it in stores in September", for early in the year): the step
        # leads to a date already moved, and that date is the news, a delay. Not a date only
        # aimed at ("now aims for September"): beside a step, a hope is no new date.
        # Past an aim ("targets its first flight in 2026 ... service entry is scheduled for
        # late 2027"), the next later date that is not one is still the news.
        aimed, of_a_step = _aimed_at(analysis), a_steps_date(analysis, claim_spans)
        later = _a_later_date(
            analysis, profile, item, passed_over=lambda found: aimed(found) or of_a_step(found)
        )
        if later is not None:
            reading = later
    if reading is None:
        return None
    if (
        reading.signal == "new date"
        and reading.proposed is not None
        and analysis.sentence_of(reading.proposed.span[0]) == 0
    ):
        # A headline's new date is the news said short: the body's finer date inside it is
        # the window ("Dying Light 2 arrives this December", then "will arrive on Dec. 7,
        # 2021"), as for a date moved (see `told_more_finely`).
        finer = told_more_finely(analysis, reading.proposed, claim_spans + name_spans, ahead=True)
        if finer is not None:
            reading = replace(reading, proposed=finer)
    if announced and reading.kind != EvidenceKind.PROGRESS:
        # Coverage of the promise as it is made ("Thales lance S3NS ... disponible au second
        # semestre 2024", "Lilly submits donanemab to FDA, expects decision by end of year")
        # reports the promise (progress, the promise stated: see `_the_promise_told`), not
        # its outcome, whatever words of one its body holds: what it says launched, was
        # granted or moved is the setting the promise is made in. A headline that says it was
        # postponed or dropped ("Microsoft postpones Recall", days after the promise) reports
        # its outcome already; one that gives another date than the promised window, that
        # week, tells of another promise than the ledger's.
        headline = analysis.sentence_of(reading.at) == 0
        if not (headline and reading.signal in ("delay", "denial")):
            if headline and reading.proposed is not None:
                return None
            reading = Reading(
                EvidenceKind.PROGRESS, reading.cue, "announced", reading.tied, at=reading.at
            )
    parts: list[tuple[float, str]] = []
    if hits.names:
        parts.append((W_NAME, f"names the promiser: {', '.join(hits.names)}"))
    elif things:
        parts.append((W_NAME, f"names {', '.join(things)}, promised by {profile.promiser}"))
    else:
        parts.append((W_NAME_VIA_FEED, f"the feed is about {profile.promiser}"))
    if terms:
        weight = W_FIRST_TERM + W_MORE_TERMS * min(len(terms) - 1, 2)
        parts.append((weight, f"claim keywords: {', '.join(terms)}"))
    if hits.subject:
        parts.append((W_SUBJECT, f"claim subject: {profile.subject}"))
    elif named_thing:
        parts.append((W_SUBJECT, f"names what {profile.promiser} is named after"))
    category_words = analysis.category_words.get(profile.category, [])
    if category_words:
        parts.append((W_CATEGORY, f"{profile.category} words: {', '.join(category_words[:4])}"))
    parts.append((W_OUTCOME, _outcome_label(reading, profile)))
    if reading.tied:
        parts.append((W_EVENT, "next to the claim's own words"))
    proposed: FoundDeadline | None = reading.proposed
    if proposed is not None:
        window = format_window(proposed.window.start, proposed.window.end)
        parts.append((W_DEADLINE, f"new deadline: {proposed.text!r} ({window})"))
    total = round(min(1.0, sum(weight for weight, _ in parts)), 3)
    why = "; ".join(f"+{weight:.2f} {label}" for weight, label in parts)
    match = Match(
        claim_id=profile.claim_id,
        score=total,
        kind=reading.kind,
        why=f"score {total:.2f}: {why}. Kind guessed: {reading.kind} (from {reading.cue!r})",
        deadline_text=proposed.text if proposed else "",
        proposed_start=proposed.window.start if proposed else None,
        proposed_end=proposed.window.end if proposed else None,
    )
    return match, reading


def _names_a_thing(term: str, profile: ClaimProfile) -> bool:
    """Whether a keyword is a name of the thing or holds one whole ("aéroport de
    Notre-Dame-des-Landes" holds "Notre-Dame-des-Landes"): the longer keyword is counted in
    place of the name it overlaps, and names the thing as much."""
    # Compared folded: a ledger may list "ligne b" beside its name "ligne B".
    return any(
        fold(thing) == fold(term) or term_in(thing, fold(term)) for thing in profile.thing_names
    )


# Up to five words after "first", a bracket maybe, then a comma and maybe an article.
_APPOSITION_RX = re.compile(
    r"\s*(?:[\w'-]+\s+){0,4}[\w'-]+\s*(?:\([^)]*\))?\s*,\s+(?:(?:the|la|le|l')\s*)?"
)
# A first that describes the thing rather than promising a first of a series: said in an
# apposition after it ("Unit 1 of the Taishan plant, the first EPR built in China") or as a
# record ("its first full renovation since 1979").
_DESCRIPTIVE_FIRST_BEFORE_RX = re.compile(r",\s+(?:the|la|le|l')\s*$")
_AND_BEFORE_RX = re.compile(r"\b(?:and|et)\s+(?:[\w']+\s+){0,2}$")
_OF_A_SERIES_RX = re.compile(r"\s+(?:of|des|de|d')(?![\w'])")
_DESCRIPTIVE_FIRST_AFTER_RX = re.compile(r"\s+(?:[\w'-]+\s+){0,4}?(?:since|depuis)\s")
# The first of the people a thing serves ("delivered to its first customers", "accueille ses
# premiers patients"): the thing's opening or delivery told from their side, not a first of
# a series of things. Plural: "first customer delivery" is a first delivery.
_FIRST_USERS_RX = re.compile(
    r"\s+(?:[\w'-]+\s+)?(?:customers|clients|patients|passengers|passagers|users|utilisateurs"
    r"|visitors|visiteurs|buyers|acheteurs|subscribers|abonnes)(?![\w])"
)


# A first in a place: "the first Starbucks store in Italy", "le premier Ikea au Maroc".
_FIRST_IN_A_PLACE_RX = re.compile(r"\s+(?:[\w'-]+\s+){1,3}(?:in|en|au|aux)\s+(?:the\s+)?")


def _first_in_a_place(statement: str, written: str, end: int) -> bool:
    """Whether the first ending at `end` of the (folded) statement is the first of its kind in
    a place written as a name: every one of them there is that first until one opens."""
    m = _FIRST_IN_A_PLACE_RX.match(statement, end)
    return m is not None and written[m.end() : m.end() + 1].isupper()


def _promises_a_first(statement: str, things: tuple[str, ...], written: str = "") -> bool:
    """Whether the (folded) statement promises a first ("the first flight"), that is, not only
    the first part of a whole ("the first phase of the airport"), a first that describes the
    thing (in an apposition, or as a record "since" a year) nor a first it names."""
    firsts = [
        m
        for m in FIRST_RX.finditer(statement)
        if not FIRST_PART_RX.match(statement, m.end())
        and not (
            _DESCRIPTIVE_FIRST_BEFORE_RX.search(statement, max(0, m.start() - 12), m.start())
            # "Vogtle Unit 3, the first of the two new reactors": one of a series still.
            and not _OF_A_SERIES_RX.match(statement, m.end())
        )
        and not _DESCRIPTIVE_FIRST_AFTER_RX.match(statement, m.end())
        and not _FIRST_USERS_RX.match(statement, m.end())
        and not _first_in_a_place(statement, written, m.end())
        # "enters service and receives its first commercial passengers": a detail of the
        # opening promised first.
        and not (
            _AND_BEFORE_RX.search(statement, max(0, m.start() - 30), m.start())
            and OPENING_PROMISED_RX.search(statement, 0, m.start())
        )
    ]
    return bool(firsts) and not _first_named(statement, things)


def _first_named(statement: str, things: tuple[str, ...]) -> bool:
    """Whether the (folded) statement gives the first its own name, in apposition
    ("Samsung's first foldable smartphone, the Galaxy Fold, goes on sale"): the first is that
    thing, so news naming it speaks of the first without saying "first" ("the Galaxy Fold
    will go on sale on September 6"). "The first batch of Kuiper satellites" names none."""
    for m in FIRST_RX.finditer(statement):
        rest = statement[m.end() : m.end() + 80]
        apposition = _APPOSITION_RX.match(rest)
        if apposition and any(rest[apposition.end() :].startswith(fold(thing)) for thing in things):
            return True
    return False


def _named_otherwise(analysis: ItemAnalysis, span: tuple[int, int], profile: ClaimProfile) -> bool:
    """Whether a common keyword's mention comes right after a name (a word written with a
    capital, not at a sentence's start) that is none of the claim's words: "Ohio chip
    factory"."""
    if re.search(r"[A-Z0-9]", analysis.source[span[0] : span[1]]):
        return False  # a keyword written as a name names itself
    # "chip factories in Ohio", "usine de batteries à Dunkerque": the place says which.
    after = _PLACE_AFTER_RX.match(analysis.source, span[1])
    if after:
        place = fold(after.group(1))
        if place not in NOT_A_NAME and place not in _WHEN and not term_in(place, _own(profile)):
            return True
    before = analysis.source[max(0, span[0] - 30) : span[0]]
    m = re.search(r"(?:^|[\s(])([A-Z][\w.-]*?)(?:'s|’s)?\s+$", before)
    if m is None:
        return False
    word = fold(m.group(1)).strip(".")
    if not word or word in NOT_A_NAME:
        return False
    start = span[0] - len(before) + m.start(1)
    if any(analysis.sentences[n][0] == start for n in range(len(analysis.sentences))):
        return False  # a capital at a sentence's start is no name
    return not term_in(word, _own(profile))


def _own(profile: ClaimProfile) -> str:
    """The claim's own words, folded: its promiser's names, its keywords and its subject."""
    return fold(" ".join((*profile.names, *profile.terms, profile.subject)))


# A place named right after a common keyword: "in Ohio", "near Leeds", "à Dunkerque".
_PLACE_AFTER_RX = re.compile(r"\s+(?:in|near|à|près de)\s+([A-ZÀ-Ý][\w'-]+)")
# Capitalised words after "in" that say when, not where: "opening in January", "in Q3".
_WHEN = frozenset(
    _WORD_RX.findall(
        "january february march april may june july august september october november "
        "december janvier fevrier mars avril mai juin juillet aout septembre octobre novembre "
        "decembre monday tuesday wednesday thursday friday saturday sunday lundi mardi "
        "mercredi jeudi vendredi samedi dimanche q1 q2 q3 q4 h1 h2 phase"
    )
)


def _another_instance(analysis: ItemAnalysis, statement: str) -> bool:
    """Whether the headline is about another instance of the thing ("Ariane 6 réussit son
    premier vol commercial", "the second launch"), one the claim's statement does not name:
    the item is about it, not the promise, wherever else it names the claim's words."""
    start, end = analysis.sentences[0]
    words = set(statement.split())
    return any(
        not words.intersection(m.group(0).split())
        and not dated_away(analysis, 0, m.span(), history_only=True)  # "its 2022 failure"
        for m in INSTANCE_RX.finditer(analysis.text, start, end)
        if not a_day_of_month(analysis.text, m.start())  # "in March 2nd launch"
    )


# A numbered part of a thing: its phase, stage, unit, section, reactor or an airport's
# terminal, numbered before or after ("first phase", "phase II", "unit 2", "deuxième tranche",
# "réacteur n°2", "Terminal 4"; a terminal is numbered "T2" too: "terminal T2", "T2 terminal").
_PART = r"(?:phase|stage|unit|tranche|etape|section|troncon|reacteur|reactor|terminal|aerogare)s?"
_NUMBER = (
    r"(?:1|2|3|4|i|ii|iii|iv|one|two|three|first|second|third|premiere?|1re|1er|deuxieme|2e"
    r"|seconde?|troisieme|3e)"
)
# A part numbered in digits may carry a letter for a part of that part ("phase 2A", "stage
# 1b"): it is still of the number's part.
_PART_RX = re.compile(
    rf"(?<![\w-])(?:t?(?P<before>{_NUMBER})\s+{_PART}|{_PART}\s+(?:n[o°]\s*|t)?(?P<after>{_NUMBER})"
    r"(?:(?<=\d)[a-d])?)(?![\w-])"
)
# Each spelling of a part's number, by the number.
_PART_NUMBERS = {
    spelling: number
    for number, spellings in (
        ("1", "1 i one first premier premiere 1re 1er"),
        ("2", "2 ii two second seconde deuxieme 2e"),
        ("3", "3 iii three third troisieme 3e"),
        ("4", "4 iv"),
    )
    for spelling in spellings.split()
}


def _parts(text: str, start: int = 0, end: int | None = None) -> set[str]:
    """The numbers of the parts (phases, stages, units) a folded text names."""
    end = len(text) if end is None else end
    return {
        _PART_NUMBERS[m.group("before") or m.group("after")]
        for m in _PART_RX.finditer(text, start, end)
    }


def _another_part(analysis: ItemAnalysis, profile: ClaimProfile, statement: str) -> bool:
    """Whether the headline names only another numbered part of a thing whose claim names its
    part ("Survey for phase II land acquisition" for a claim on the first phase, "unit 2" for
    unit 1), or, naming none, its lead does: the item is about that part."""
    own = _parts(statement) | _parts(fold(profile.subject or profile.stated_subject))
    if len(own) != 1:
        return False
    start, end = analysis.sentences[0]
    named = _parts(analysis.text, start, end)
    if not named and len(analysis.sentences) > 1:
        # A headline that numbers no part leaves it to the lead, the sentence after it
        # ("Groundbreaking ceremony held for Akkuyu", then "... for Unit 3 of the plant").
        named = _parts(analysis.text, *analysis.sentences[1])
    return bool(named) and not named & own


# An extension and where it goes: "extension to Kalamaria", "prolongement de la ligne 14 à
# Saint-Ouen", "l'extension vers Nanterre" (read on the text as written, for its capitals).
_EXTENSION_RX = re.compile(
    r"(?<![\w-])(?:[Ee]xtension|[Pp]rolongement|[Pp]rolongation)s?\b"
    r"(?:\s+(?:of|de|du|des|d['’])\s*(?:the\s+|la\s+|l['’])?(?:[\w'’-]+\s+){0,3}?)?"
    r"\s*(?:to|towards|à|vers|jusqu['’]à)\s+(?:la\s+|le\s+|l['’]|the\s+)?"
    r"(?P<place>[A-ZÀ-Ý][\w'-]+(?:\s+(?:de\s+|du\s+|d['’])?[A-ZÀ-Ý][\w'-]+){0,3})"
)


def _delayed_in_headline(analysis: ItemAnalysis) -> bool:
    """Whether the headline itself says the promise is delayed to a date: "Skarvik
    interconnector delayed to 2021 as winter outages loom" is news of the date, whatever
    outages it names. A delay with no date is the outage's own ("system failure, payments
    delayed")."""
    dates = analysis.deadlines_in([0])
    return any(
        s.name == "delay" and s.sentence == 0 and any(d.span[0] >= s.end for d in dates)
        for s in analysis.signals
    )


def _another_extension(analysis: ItemAnalysis, profile: ClaimProfile) -> bool:
    """Whether the headline is about an extension to a place none of the claim's words name
    ("Trial runs begin on the metro extension to Kalamaria", for the main line; the line 14
    extension to Saint-Ouen, for the one to Orly): the item is about that extension."""
    start, end = analysis.sentences[0]
    own = _own(profile) + " " + fold(profile.statement)
    # The place whole, or its last name ("Mairie de Saint-Ouen", "Saint-Ouen"); a month is
    # no place ("a deadline extension to March").
    places = [
        place
        for m in _EXTENSION_RX.finditer(analysis.source, start, end)
        if (place := fold(m.group("place"))).split()[0] not in _WHEN
    ]
    return bool(places) and not any(
        term_in(place, own) or term_in(place.split()[-1], own) for place in places
    )


def _another_numbered_thing(text: str, profile: ClaimProfile, terms: list[str]) -> bool:
    """Whether the item names a sibling of the claim's numbered thing ("Ariane 5" for a claim
    about "Ariane 6") and not the thing itself, under any of its names ("United faces delays
    for the 737 MAX 10 ... the approval of the smaller MAX 7" names it, as "737 MAX 10")."""
    numbered = [(thing, rx) for thing in profile.thing_names if (rx := _sibling_rx(thing))]
    named = [f" {fold(t)} " for t in terms]
    if any(f" {fold(thing)} " in term for thing, _ in numbered for term in named):
        return False
    return any(m.group(1) != own for _, (rx, own) in numbered for m in rx.finditer(text))


def _another_variant(text: str, profile: ClaimProfile) -> bool:
    """Whether the item names only another variant of a thing the claim names by its
    variant ("A350-1000" for a claim about the "A350-900"): every mention of the thing's
    names is part of the other variant's ("Airbus A350" in "Airbus A350-1000")."""
    for rx, own, model in _variants(profile.thing_names):
        others = [m.span() for m in rx.finditer(text) if m.group(1) != own]
        if not others:
            continue
        return not any(
            not any(s < b and a < e for a, b in others)
            for name in profile.thing_names
            if model in fold(name)
            for s, e in term_spans(name, text)
        )
    return False


# A unit numbered by its order, before or after the thing's name: "the No. 7 H3 rocket",
# "the H3 rocket No. 3", "la fusée n° 2".
_UNIT_NUMBER = r"(?:no\.?|n°|numero)\s?(\d+)"
_UNIT_NUMBER_RX = re.compile(r"(?<![\w])" + _UNIT_NUMBER + r"\b")


# A plant's capacity, and a plant named with one in a headline: "4.5MW hydropower plant",
# "la centrale solaire de 30 MW".
_CAPACITY_RX = re.compile(r"(?<![\w.,])(\d+(?:[.,]\d+)?)\s*(mw|gw)(?![\w])")
_PLANT_WORDS = r"(?:plant|station|dam|project|farm|park|centrale|barrage|parc|projet)s?"
_PLANT_WITH_A_CAPACITY_RX = re.compile(
    rf"(?<![\w.,])(\d+(?:[.,]\d+)?)\s*(mw|gw)\s+(?:[\w-]+\s+){{0,2}}?{_PLANT_WORDS}(?![\w])"
    rf"|(?<![\w]){_PLANT_WORDS}\s+(?:[\w-]+\s+){{0,2}}?(?:de|d'|of)\s*(\d+(?:[.,]\d+)?)\s*(mw|gw)"
    r"(?![\w])"
)


def _another_capacity(analysis: ItemAnalysis, statement: str) -> bool:
    """Whether the headline names a plant of another capacity than the one the claim's
    statement gives ("NHPC to build 4.5MW hydropower plant", for the 420 MW plant): that
    other plant is the news."""
    start, end = analysis.sentences[0]
    if "mw" not in analysis.text[start:end] and "gw" not in analysis.text[start:end]:
        return False  # the common case, without a regular expression
    own = {(n.replace(",", "."), unit) for n, unit in _CAPACITY_RX.findall(statement)}
    if not own:
        return False
    named = {
        ((m.group(1) or m.group(3)).replace(",", "."), m.group(2) or m.group(4))
        for m in _PLANT_WITH_A_CAPACITY_RX.finditer(analysis.text, start, end)
    }
    return bool(named) and not named & own


def _a_later_unit(text: str, profile: ClaimProfile, statement: str) -> bool:
    """For a claim that promises a first (a first launch, a first flight), whether the item
    numbers the thing's units and names only later ones ("the H3 rocket No. 3 launched", "the
    No. 7 H3 rocket"): another flight than the first promised."""
    if not _numbers_units(text):
        return False  # the common case: no unit numbered
    numbers = [
        int(m.group(1) or m.group(2))
        for thing in profile.thing_names
        for m in _unit_rx(thing).finditer(text)
    ]
    return (
        bool(numbers)
        and min(numbers) > 1
        and _promises_a_first(statement, profile.thing_names + profile.terms, profile.statement)
    )


@functools.lru_cache(maxsize=1_024)
def _numbers_units(text: str) -> bool:
    """Whether an item's text numbers a unit ("No. 3"): asked once per item, not once per
    claim it is a candidate for."""
    return _UNIT_NUMBER_RX.search(text) is not None


@functools.lru_cache(maxsize=65_536)
def _unit_rx(thing: str) -> re.Pattern[str]:
    name = r"[\s-]+".join(map(re.escape, fold(thing).split()))
    return re.compile(
        r"(?<![\w])(?:"
        + _UNIT_NUMBER
        + r"\s+"
        + name
        + r"|"
        + name
        + r"\s+"
        + _UNIT_NUMBER
        + r")\b"
    )


@functools.lru_cache(maxsize=65_536)
def _variants(things: tuple[str, ...]) -> tuple[tuple[re.Pattern[str], str, str], ...]:
    """The variant patterns of a claim's thing names (none for most claims): asked once per
    claim."""
    return tuple(found for thing in things if (found := _variant_rx(thing)) is not None)


@functools.lru_cache(maxsize=65_536)
def _variant_rx(thing: str) -> tuple[re.Pattern[str], str, str] | None:
    """The pattern of a variant-numbered thing's siblings ("a350-1000" for "A350-900": the
    same model, another number after its hyphen), with the thing's own number and model."""
    found = re.fullmatch(r"(\S*\d\S*)-(\d{2,4})", fold(thing))
    if found is None:
        return None
    model = found.group(1)
    return (
        re.compile(r"(?<![\w])" + re.escape(model) + r"-(\d{2,4})(?![\w])"),
        found.group(2),
        model,
    )


@functools.lru_cache(maxsize=65_536)
def _sibling_rx(thing: str) -> tuple[re.Pattern[str], str] | None:
    """The pattern of a numbered thing's siblings ("ariane 5" for "Ariane 6": its words, then
    a number), with the thing's own number; None for a thing not numbered."""
    name = fold(thing).split()
    if len(name) >= 2 and name[-1].isdigit():
        words = r"[\s-]+".join(map(re.escape, name[:-1]))
        return re.compile(r"(?<![\w])" + words + r"[\s-]+(\d+)\b"), name[-1]
    # A model code, letters about a number ("A350", "CS100", "A320neo", "Falcon 5X"): its
    # siblings have the same letters and as many digits ("A380", "CS300", "A321neo", "Falcon
    # 6X"; not "A7", a motorway).
    code = _MODEL_CODE_RX.fullmatch(name[-1]) if name else None
    if code is None or not (code.group(1) or code.group(3)):
        return None
    words = "".join(re.escape(w) + r"[\s-]+" for w in name[:-1])
    digits = code.group(2)
    return (
        re.compile(
            r"(?<![\w])"
            + words
            + re.escape(code.group(1))
            + rf"-?(\d{{{len(digits)}}})"
            + re.escape(code.group(3))
            + r"(?![\w-])"
        ),
        digits,
    )


_MODEL_CODE_RX = re.compile(r"([a-z]*)-?(\d+)([a-z]*)")


def _two_phrases(terms: Iterable[str]) -> bool:
    """Two of the claim's keywords of several words each ("electronic prescription",
    "Federal Ministry of Health"): enough to know what an item is about when it names no
    organisation of the ledger ("Mandatory e-prescription rollout postponed")."""
    return len({fold(t) for t in terms if len(t.split()) > 1}) >= 2


# The thing named again by its kind, with the definite article ("the plant", "the new
# terminal", "l'usine"): the head noun of a keyword of several words, English (its last word)
# or French (its first, before "de").
_DEFINITE_EN = r"\bthe (?:new |future |planned )?"
_DEFINITE_FR = r"\b(?:l'|le |la )(?:nouvel(?:le)? |nouveau |futur(?:e)? )?"


# An amount of the thing, right before it ("300 million doses of the vaccine"): its output
# counted, whose dates are a scale's, not the thing's.
_AN_AMOUNT_OF_RX = re.compile(r"\d[\d,.]*\s+(?:[\w-]+\s+){0,2}(?:of|d'|de)\s*$")


@functools.lru_cache(maxsize=4_096)
def _definite_rx(terms: tuple[str, ...]) -> re.Pattern[str] | None:
    """The pattern of the claim's thing named again by its kind (see `_the_thing_again`)."""
    heads_en: set[str] = set()
    heads_fr: set[str] = set()
    for term in terms:
        written, words = term.split(), fold(term).split()
        # Not an event ("mise en service": "the service" is no thing).
        if len(words) < 2 or len(written) != len(words) or _EVENT_NOUN_RX.search(fold(term)):
            continue
        if words[1] in ("de", "du", "des") or words[1].startswith("d'"):
            head, as_written = words[0], written[0]
            heads = heads_fr
        else:
            head, as_written = words[-1], written[-1]
            heads = heads_en
        # A head written with a capital is part of a name ("Kuwait International Airport":
        # "the airport" is not its terminal).
        if head.isalpha() and not as_written[:1].isupper():
            heads.add(head)
    parts = [f"{_DEFINITE_EN}(?:{'|'.join(sorted(heads_en))})\\b"] if heads_en else []
    parts += [f"{_DEFINITE_FR}(?:{'|'.join(sorted(heads_fr))})\\b"] if heads_fr else []
    return re.compile("|".join(parts)) if parts else None


# A place that opens the clause ("At Kessport airport, the new terminal", "À Kessport,
# l'usine") or follows the noun ("the new terminal at Kessport airport", "l'usine de
# Kessport"), as written: its capitalised words, if not the claim's, make it another thing.
_PLACE_OPENING_CLAUSE_RX = re.compile(
    r"^\s*(?:at|in|near|outside|à|au|aux|dans|près de)\s+([^,;:]*),\s*$", re.IGNORECASE
)
_PLACE_AFTER_THING_RX = re.compile(
    r"\s*(?:at|of|in|near|à|de|du|des|d')\s*(?:the\s+|l'|le\s+|la\s+)?([A-ZÀ-Ý][\w-]*)"
)
_CAPITALISED_RX = re.compile(r"\b[A-ZÀ-Ý][\w-]*")


def _at_another_place(analysis: ItemAnalysis, profile: ClaimProfile, span: tuple[int, int]) -> bool:
    """Whether another named place qualifies the thing named by its kind at `span`: "At
    Kessport airport, the new terminal is expected to open" is Kessport's terminal, not the
    claim's. A month or a day opening the clause ("In March, the plant") is no place."""
    start, end = span
    sentence_start = analysis.sentences[analysis.sentence_of(start)][0]
    opening = _PLACE_OPENING_CLAUSE_RX.match(analysis.source[sentence_start:start])
    after = _PLACE_AFTER_THING_RX.match(analysis.source, end)
    names = [
        fold(w)
        for w in (_CAPITALISED_RX.findall(opening.group(1)) if opening else [])
        + ([after.group(1)] if after else [])
    ]
    names = [w for w in names if w not in MONTH_NUMBERS and w not in DAY_NAMES]
    if not names:
        return False
    own = set(
        fold(
            " ".join((*profile.names, *profile.terms, *profile.thing_names, profile.subject))
            + " "
            + profile.stated_subject
        ).split()
    )
    return any(w not in own for w in names)


def _the_thing_again(analysis: ItemAnalysis, profile: ClaimProfile) -> list[tuple[int, int]]:
    """Where an item that names the claim names its thing again by its kind alone ("...
    the Mamelles desalination plant. Commissioning of the plant is scheduled for 2025"): a
    date said next to it is the thing's, as next to its name, unless another named place
    qualifies it (`_at_another_place`)."""
    rx = _definite_rx(profile.terms)
    if rx is None:
        return []
    return [
        m.span()
        for m in rx.finditer(analysis.text)
        if not _AN_AMOUNT_OF_RX.search(analysis.text, max(0, m.start() - 40), m.start())
        and not _at_another_place(analysis, profile, m.span())
    ]


def _told_of_another(
    text: str, headline_end: int, found: re.Match[str], claim_spans: list[tuple[int, int]]
) -> bool:
    """Whether a headline's clause that holds `found` is of another thing than the claim's:
    it names none of the claim's words while another clause of the headline does ("Unit 2
    reconnected, Vestrand unit 1 connected for the first time")."""
    bounds = [m.start() for m in HEADLINE_CLAUSE_RX.finditer(text, 0, headline_end)]
    first = max((b for b in bounds if b < found.start()), default=0)
    last = min((b for b in bounds if b >= found.end()), default=headline_end)
    heads = [start for start, _ in claim_spans if start < headline_end]
    return bool(heads) and not any(first <= start < last for start in heads)


def _specific(terms: list[str]) -> bool:
    return any(_specific_term(t) for t in terms)


@functools.lru_cache(maxsize=65_536)
def _specific_term(term: str) -> bool:
    """A keyword written as a name (a capital or a digit) or of several words: asked once
    per keyword, not once per item and claim."""
    return re.search(r"[A-Z0-9]", term) is not None or len(term.split()) > 1


# The signals whose name is their kind's: the explanation names the others ("step",
# "late risk", "on track", "not in time", "not done").
SIGNAL_KIND_NAMES = {
    "fulfilment": EvidenceKind.FULFILMENT,
    "delay": EvidenceKind.DELAY,
    "denial": EvidenceKind.DENIAL,
}


def _the_promise_told(
    analysis: ItemAnalysis, profile: ClaimProfile, not_gone_by: dt.date | None = None
) -> Reading | None:
    """In coverage of the promise as it is made, the promise itself: a date of the item
    that meets the promised window ("Free Mobile ouvrira début 2012", the day the promise was
    made; "jobs starting in 2022", "as soon as summer 2022", for a plant promised by mid-2022).
    The promise stated is progress, as a reaffirmation is. With `not_gone_by`, a span of
    time (more than a day) ended before that day is passed over."""
    if profile.deadline_end is None:
        return None
    for found in analysis.deadlines:
        first, last = found.window.start or found.window.end, found.window.end or found.window.start
        if (
            first is not None
            and last is not None
            and (not_gone_by is None or last >= not_gone_by or first == last)
            and first <= profile.deadline_end
            and last >= (profile.deadline_start or profile.stated_on)
        ):
            return Reading(EvidenceKind.PROGRESS, found.text, "announced", False, at=found.span[0])
    return None


def _dated_by_the_headline(
    analysis: ItemAnalysis,
    profile: ClaimProfile,
    item: ItemText,
    passed_over: Callable[[FoundDeadline], bool] | None = None,
) -> Reading | None:
    """Before the deadline, in news whose headline names the claim, with nothing said next to
    the claim's words but at most a step: the headline makes the item the claim's, so its
    dates count though they stand away from those words. A date after the deadline is a new
    date for it, a delay, though the item also tells a date that meets the promised window
    (a step's, or the old plan's); failing that, such a date is the promise said again
    ("Lumina Halo headset: what we know so far ... in stores in February 2024", for early
    2024), progress. Past the deadline, dates in such news are too often another thing's or
    the story's history to be read this way, unless the headline tells the date set."""
    if profile.deadline_end is None:
        return None
    if item.published_on > profile.deadline_end:
        # Past it, a headline that tells the date set ("la date de lancement du satellite
        # connue") makes the item's first date to come after the deadline the new one.
        if not headline_sets_a_date(analysis):
            return None
        found = a_later_date(
            analysis,
            profile.deadline_end,
            a_journeys_stage(analysis, fold(profile.statement), _names_at(analysis, profile)),
        )
        if found is None:
            return None
        return Reading(EvidenceKind.DELAY, found.text, "new date", False, found, at=found.span[0])
    later = _a_later_date(analysis, profile, item, passed_over)
    if later is not None:
        return later
    # A month, a season or a year already gone when the item is published ("le mois dernier",
    # "l'automne dernier", "last month", "en 2023" read in 2025) is the story's background:
    # the promise said again names a time still to come. A day gone by is kept: it is most
    # often the day a step was taken ("hier", "le 11 août"), which is progress.
    told = _the_promise_told(analysis, profile, not_gone_by=item.published_on)
    return replace(told, signal="said again") if told is not None else None


# An aim or a hope governing a date told after it in its clause.
_AIMED_BEFORE_RX = re.compile(
    r"\b(?:vis(?:e|ent|er)|aim(?:s|ing)?|target(?:s|ing)?|hop(?:es?|ing)|esper(?:e|ent))\b[^.;]*$"
)


def _aimed_at(analysis: ItemAnalysis) -> Callable[[FoundDeadline], bool]:
    """Whether a date is only aimed at: an aim or a hope governs it in its clause."""

    def aimed(found: FoundDeadline) -> bool:
        at = found.span[0]
        return _AIMED_BEFORE_RX.search(analysis.text, max(0, at - 80), at) is not None

    return aimed


def _a_later_date(
    analysis: ItemAnalysis,
    profile: ClaimProfile,
    item: ItemText,
    passed_over: Callable[[FoundDeadline], bool] | None = None,
) -> Reading | None:
    """Before the deadline, the item's first date after it, anywhere in the item (and not one
    `passed_over` says is none): a new date for the claim, a delay."""
    if profile.deadline_end is None or item.published_on > profile.deadline_end:
        return None
    of_a_stage = a_journeys_stage(analysis, fold(profile.statement), _names_at(analysis, profile))
    later = a_later_date(
        analysis,
        profile.deadline_end,
        lambda found: of_a_stage(found) or (passed_over is not None and passed_over(found)),
    )
    if later is None:
        return None
    return Reading(EvidenceKind.DELAY, later.text, "new date", False, later, at=later.span[0])


def _outcome_label(reading: Reading, profile: ClaimProfile) -> str:
    if reading.signal == "announced":
        return f"progress: the promise as it was made: {reading.cue!r}"
    if reading.signal == "said again":
        return f"progress: the promised date said again: {reading.cue!r}"
    if reading.signal == "new date":
        return f"delay: a date after the deadline in force ({profile.deadline_end})"
    if reading.signal == "date kept":
        window = format_window(profile.deadline_start, profile.deadline_end)
        return (
            f"progress: a date set within the promised window ({window}), or the promise "
            f"said again: {reading.cue!r}"
        )
    detail = "" if SIGNAL_KIND_NAMES.get(reading.signal) == reading.kind else f" ({reading.signal})"
    return f"{reading.kind} wording{detail}: {reading.cue!r}"


# ---------------------------------------------------------------------------------------
# Candidate pairs: which claims an item may be about, with their term hits.
# ---------------------------------------------------------------------------------------

Candidate = tuple[ItemText, ClaimProfile, TermHits]


def promiser_names(profiles: Iterable[ClaimProfile]) -> dict[int, set[str]]:
    """The names that make an item a candidate for a promiser's claims: its name and
    aliases, and the names of its promised things."""
    names: dict[int, set[str]] = defaultdict(set)
    for profile in profiles:
        names[profile.promiser_id].update(profile.names)
        names[profile.promiser_id].update(profile.thing_names)
        names[profile.promiser_id].update(_promisers_places(profile))
        # "Grand Theft Auto VI" is also written "Grand Theft Auto 6"; "Exposition universelle
        # 2025", "Exposition universelle de 2025".
        for thing in profile.thing_names:
            names[profile.promiser_id].update(number_spellings(thing))
            names[profile.promiser_id].update(year_spellings(thing))
            names[profile.promiser_id].update(against_spellings(thing))
    return names


class _NameIndex:
    """Every promiser name and alias in one regex, to find the organisations an item names."""

    def __init__(self, profiles: list[ClaimProfile]) -> None:
        self.claims_by_org: dict[int, list[ClaimProfile]] = defaultdict(list)
        for profile in profiles:
            self.claims_by_org[profile.promiser_id].append(profile)
        names: dict[str, set[int]] = defaultdict(set)
        for org_id, org_names in promiser_names(profiles).items():
            for name in org_names:
                for spelling in (fold(name), *inner_word_spellings(name)):
                    names[spelling].add(org_id)
        # Keyed on the name with spaces, dashes and punctuation squashed, as a match is looked up.
        self.orgs_by_key: dict[str, set[int]] = defaultdict(set)
        for name, orgs in names.items():
            self.orgs_by_key[_squash(name)] |= orgs
        if names:
            # One prefix tree of every name, letter by letter: thousands of names cost the
            # regex engine the length of a name at each place, not one try per name.
            body = _letter_tree_pattern(_prefix_tree(_units(name) for name in names))
            self.rx: re.Pattern[str] | None = re.compile(rf"(?<![\w])(?:{body})(?:s|es|x)?(?![\w])")
        else:
            self.rx = None

    def organisations(self, item: ItemText) -> set[int]:
        found = set(item.feed_organisation_ids) & set(self.claims_by_org)
        if self.rx is not None:
            for m in self.rx.finditer(item.text):
                key = _squash(m.group(0))
                for cut in (key, key[:-1], key[:-2]):
                    if cut in self.orgs_by_key:
                        found |= self.orgs_by_key[cut]
                        break
        return found


_NAME_GAP = r"[^\w']{0,3}"  # between a name's words: spaces, dashes, a little punctuation


def _units(name: str) -> list[str]:
    """A name's letters, with one gap unit between its words."""
    units: list[str] = []
    for word in re.split(r"[\s-]+", name):
        if word:
            units += [_NAME_GAP] if units else []
            units += list(word)
    return units


def _prefix_tree(keys: Iterable[Iterable[str]]) -> dict[str, dict]:
    """The prefix tree of keys given unit by unit (letters, or the gap between a name's
    words); "" marks where a key ends."""
    tree: dict[str, dict] = {}
    for key in keys:
        node = tree
        for unit in key:
            node = node.setdefault(unit, {})
        node[""] = {}
    return tree


def _letter_tree_pattern(node: dict[str, dict]) -> str:
    """The pattern of a prefix tree (keys: letters or the gap, "" ends a name); a name that
    goes on is tried before the one that ends, so the longest is found."""
    branches = []
    for unit in sorted(u for u in node if u):
        child = node[unit]
        head = unit if unit == _NAME_GAP else re.escape(unit)
        rest = _letter_tree_pattern(child) if any(child) else ""
        if rest and "" in child:
            rest = f"(?:{rest})?"
        branches.append(head + rest)
    if not branches:
        return ""
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


def _squash(text: str) -> str:
    return re.sub(r"[^\w']+", "", text)


def candidates_python(items: list[ItemText], profiles: list[ClaimProfile]) -> Iterator[Candidate]:
    """Candidate pairs by regular expressions on the folded text (any backend)."""
    index = _NameIndex(profiles)
    unnamed = []
    for item in items:
        organisations = index.organisations(item)
        for org_id in organisations:
            for profile in index.claims_by_org[org_id]:
                yield item, profile, python_term_hits(item, profile)
        if not organisations:
            unnamed.append(item)
    yield from phrase_candidates(unnamed, profiles)


def phrase_candidates(items: list[ItemText], profiles: list[ClaimProfile]) -> Iterator[Candidate]:
    """Candidate pairs for items that name no organisation of the ledger: the claims two of
    whose keywords of several words each item holds (see `_two_phrases`). Both paths take
    them from here. Each keyword is first looked up by the beginnings of its words (four
    letters read plurals and -re/-er spellings alike), indexed by its longest word's: the
    full check is costly, and "de" in every French item must call up nothing."""
    claims_by_phrase: dict[tuple[str, ...], list[int]] = defaultdict(list)
    phrases_by_key: dict[str, set[tuple[str, ...]]] = defaultdict(set)
    # The claims one of whose things has that phrase for a long name: written with its words
    # in another order or a word between ("the China-Zhuhai-Macau-Hong Kong bridge"), it
    # names the thing alone, as the name index finds it written as the ledger writes it.
    named_by_phrase: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for n, profile in enumerate(profiles):
        for key, words in _phrase_beginnings(profile.terms):
            claims_by_phrase[words].append(n)
            phrases_by_key[key].add(words)
        for _, words in _phrase_beginnings(_long_names(profile.thing_names)):
            named_by_phrase[words].append(n)
        # A thing's name written with other common words ("Thessaloniki subway" for the
        # "Thessaloniki metro") names it too, as `gated_terms` reads it once a candidate.
        for key, words in _phrase_beginnings(_written_names(profile)):
            named_by_phrase[words].append(n)
            phrases_by_key[key].add(words)
    if not items or not phrases_by_key:
        return
    # Most items hold no key: one scan of a prefix tree of the keys spares reading each word.
    keys = re.compile(rf"(?<!\w){_letter_tree_pattern(_prefix_tree(phrases_by_key))}")
    for item in items:
        if not keys.search(item.text):
            continue
        beginnings = {w[:4] for w in _WORD_RX.findall(item.text)}
        held = [
            words
            for key in beginnings & phrases_by_key.keys()
            for words in phrases_by_key[key]
            if all(b in beginnings for b in words)
        ]
        named = {n for words in held for n in named_by_phrase.get(words, ())}
        if len(held) < 2 and not named:
            continue
        found: dict[int, int] = defaultdict(int)
        for words in held:
            for n in claims_by_phrase[words]:
                found[n] += 1
        for n in [*found, *(n for n in named if n not in found)]:
            if found[n] >= 2 or n in named:
                hits = python_term_hits(item, profiles[n])
                if (
                    _two_phrases(hits.terms)
                    or not set(profiles[n].thing_names).isdisjoint(hits.terms)
                    # a thing named in other words, whatever keywords the item also holds
                    or any(
                        written_otherwise(other, item.text) for other in _written_names(profiles[n])
                    )
                ):
                    yield item, profiles[n], hits


@functools.lru_cache(maxsize=65536)
def _long_names(names: tuple[str, ...]) -> tuple[str, ...]:
    """A thing's names of three words or more and no number, which still name it with their
    words in another order: two words so written name something else ("an LNG project in
    Mozambique" is not "Mozambique LNG"), and a number says which of a series ("2019 Rugby
    World Cup" for "Rugby World Cup 2019", a stadium's event, not the stadium)."""
    return tuple(
        name
        for name in names
        if len(_WORD_RX.findall(fold(name))) >= 3 and not re.search(r"\d", name)
    )


def _written_things(profile: ClaimProfile) -> tuple[tuple[str, str], ...]:
    """The thing's names with their other writings (see `ClaimProfile.written_terms`)."""
    return tuple((term, o) for term, o in profile.written_terms if term in profile.thing_names)


def _written_names(profile: ClaimProfile) -> tuple[str, ...]:
    """The other writings of the thing's names."""
    return tuple(o for _, o in _written_things(profile))


@functools.lru_cache(maxsize=65536)
def _phrase_beginnings(terms: tuple[str, ...]) -> list[tuple[str, tuple[str, ...]]]:
    """Each of a claim's keywords of several words as the beginnings of its words, with the
    beginning of its longest word as its key."""
    found = {}
    for term in terms:
        words = _WORD_RX.findall(fold(term))
        if len(term.split()) > 1 and len(words) > 1:
            found[tuple(w[:4] for w in words)] = max(words, key=len)[:4]
    return [(key, words) for words, key in found.items()]


def rank_matches(pairs: Iterable[Candidate], *, threshold: float) -> dict[int | None, list[Match]]:
    """Score candidate pairs; keep, per item, the matches at or above `threshold`, best first.

    Of the claims of one promiser: a claim that is a step gives way to a sibling when the
    item does not name the step ("S3NS obtains SecNumCloud" is news of its qualified offer,
    not of its application), and only claims within MARGIN of the best are kept.
    """
    analyses: dict[int, ItemAnalysis] = {}
    # The deadline parser's findings by sentence and day, for this call only.
    deadline_memo: dict[tuple[str, dt.date], list[FoundDeadline]] = {}
    scored: dict[int | None, list[_Scored]] = defaultdict(list)
    # (item, promiser) pairs where the item names one of the promiser's things: its claims
    # whose thing the item does not name are not its news, even when the named one reports
    # nothing ("la première éolienne de Fécamp posée" is no news of Saint-Nazaire).
    things_named: set[tuple[int | None, int]] = set()
    # Where each item names a promised thing, by claim: an outcome told next to the name of
    # one thing is its news, not news of another claim the item names elsewhere, whether or
    # not that thing's claim is open to the item ("Première mission réussie pour Vega-C",
    # Ariane 6 named further down).
    thing_spans: dict[int | None, list[tuple[int, tuple[int, int]]]] = defaultdict(list)
    published: dict[int | None, dt.date] = {}
    gated: list[tuple[ItemText, ClaimProfile, TermHits, list[str]]] = []
    for item, profile, hits in pairs:
        published[item.item_id] = item.published_on
        if set(profile.thing_names) & set(hits.terms):
            things_named.add((item.item_id, profile.promiser_id))
            for thing in set(profile.thing_names) & set(hits.terms):
                thing_spans[item.item_id] += [
                    (profile.claim_id, span) for span in _spans(item.text, thing)
                ]
        terms = gated_terms(item, profile, hits)
        if terms is not None:  # else not read: the analysis reads the item for deadlines
            gated.append((item, profile, hits, terms))
    # The signal lists read over all the items to be read first, list by list (see
    # reading.scan_items); the pairs are then scored in their order.
    scans = scan_items(item.original or item.text for item, _, _, _ in gated)
    for item, profile, hits, terms in gated:
        key = id(item)
        if key not in analyses:
            analyses[key] = analyse_item(item, deadline_memo, scans)
        found = _score(item, profile, hits, analyses[key], terms)
        if found is not None and found[0].score >= threshold:
            scored[item.item_id].append(_Scored(found[0], found[1], profile, hits, analyses[key]))
    result: dict[int | None, list[Match]] = {}
    for item_id, matches in scored.items():
        # A promise made again as a claim of its own (a later claim of the promiser on the
        # same thing, made before the item) is the promise in force: the earlier gives way.
        matches = [
            e for e in matches if not any(_supersedes(o, e, published[item_id]) for o in matches)
        ]
        # An outcome next to one candidate claim's words belongs to that claim: another
        # claim (of any promiser) that takes it from afar does not.
        owned = {e.reading.at for e in matches if e.reading.tied}
        others = thing_spans.get(item_id, [])
        matches = [
            e
            for e in matches
            if (e.reading.tied and not _only_another_thing_named(e, others))
            or (e.reading.at not in owned and not _next_to_another_thing(e, others))
        ]
        by_org: dict[int, list[_Scored]] = defaultdict(list)
        for entry in matches:
            if (item_id, entry.profile.promiser_id) in things_named and not (
                set(entry.profile.thing_names) & set(entry.hits.terms)
            ):
                continue
            by_org[entry.profile.promiser_id].append(entry)
        kept: list[_Scored] = []
        for entries in by_org.values():
            entries = _siblings_kept(entries)
            if not entries:
                continue
            best = max(e.match.score for e in entries)
            kept += [e for e in entries if e.match.score >= best - MARGIN]
        # Of claims the item matches as well, the one made last is the promise in force (a
        # promiser that restated its date as a new claim: "in mid-2022", after "for 2019").
        kept.sort(
            key=lambda e: (-e.match.score, -e.profile.stated_on.toordinal(), e.match.claim_id)
        )
        result[item_id] = [e.match for e in kept]
    return result


@dataclass(frozen=True)
class _Scored:
    match: Match
    reading: Reading
    profile: ClaimProfile
    hits: TermHits
    analysis: ItemAnalysis


def _supersedes(later: _Scored, earlier: _Scored, published_on: dt.date) -> bool:
    """Whether a claim restates another's promise (the same promiser's, on the same subject,
    its bracketed notes aside, made after it) and was made before the item's week:
    "Withholding tax in January 2019", a year after the promise for 2018 was put back to
    2019, is news of the promise for 2019."""
    return (
        later.profile.promiser_id == earlier.profile.promiser_id
        and earlier.profile.stated_on < later.profile.stated_on
        # Not the news that restates it, that week: that is the earlier promise put back.
        and (published_on - later.profile.stated_on).days > ANNOUNCEMENT_DAYS
        and _same_subject(later.profile, earlier.profile)
    )


def _same_subject(one: ClaimProfile, other: ClaimProfile) -> bool:
    """Whether two claims state one subject, their bracketed notes aside ("(initial
    timetable)", "(timetable put back)")."""
    first, second = (_bare_subject(p.subject or p.stated_subject) for p in (one, other))
    return bool(first) and first == second


@functools.lru_cache(maxsize=65_536)
def _bare_subject(subject: str) -> str:
    return " ".join(fold(re.sub(r"\([^)]*\)", " ", subject)).split())


def _next_to_another_thing(entry: _Scored, spans: list[tuple[int, tuple[int, int]]]) -> bool:
    """Whether the outcome an entry takes from afar stands next to the name of another
    claim's promised thing, in its sentence."""
    at, analysis = entry.reading.at, entry.analysis
    if at < 0:
        return False
    # A name the entry's thing shares with another claim's is its own too.
    own = {s for thing in entry.profile.thing_names for s in _spans_in(analysis, thing)}
    return any(
        claim_id != entry.profile.claim_id
        and span not in own
        and analysis.sentence_of(span[0]) == analysis.sentence_of(at)
        and abs(analysis.word_index(span[0]) - analysis.word_index(at)) <= EVENT_REACH
        for claim_id, span in spans
    )


def _only_another_thing_named(entry: _Scored, spans: list[tuple[int, tuple[int, int]]]) -> bool:
    """Whether the event an entry reads next to its common words ("vol inaugural") stands in
    a sentence that names another claim's thing and none of the entry's own names: "Vega-C
    se prépare pour son vol inaugural en juin" is Vega-C's flight, not Ariane 6's."""
    at, analysis, profile = entry.reading.at, entry.analysis, entry.profile
    if at < 0:
        return False
    own = [*profile.thing_names, *entry.hits.names] + (
        [profile.subject] if entry.hits.subject else []
    )
    sentence = analysis.sentence_of(at)
    if any(
        analysis.sentence_of(s[0]) == sentence for name in own for s in _spans_in(analysis, name)
    ):
        return False
    return _next_to_another_thing(entry, spans)


def _siblings_kept(entries: list[_Scored]) -> list[_Scored]:
    """Of one promiser's claims matched by an item: a claim whose promised thing has a name
    the item does not use gives way to one whose thing it names ("Flamanville" is not news
    of Saint-Nazaire); when the event stands next to some claims' own words, it is about
    those whose words stand nearest, not the others; and a claim that is a step gives way
    to a sibling when the item does not name the step."""
    if any(set(e.profile.thing_names) & set(e.hits.terms) for e in entries):
        entries = [
            e
            for e in entries
            if not e.profile.thing_names or set(e.profile.thing_names) & set(e.hits.terms)
        ]
    if any(e.reading.tied for e in entries):
        nearest = min(e.reading.distance for e in entries if e.reading.tied)
        entries = [e for e in entries if e.reading.tied and e.reading.distance == nearest]
    # Of claims on things in several countries ("data centre at Athenry, Ireland", "data
    # centre at Aabenraa, Denmark"), news that names one country is about the thing there
    # ("son centre de données en Irlande").
    named = _countries_in(entries[0].analysis.text) if len(entries) > 1 else frozenset()
    if named:
        placed = [e for e in entries if named & _countries_in(fold(e.profile.subject))]
        if placed and len(placed) < len(entries):
            entries = placed
    if any(not e.profile.step_terms for e in entries):
        entries = [
            e
            for e in entries
            if not e.profile.step_terms or set(e.profile.step_terms) & set(e.hits.terms)
        ]
    return entries
