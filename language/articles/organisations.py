"""Organisations in an article: the ledger's, by name and alias; joint ventures by their
parents; names not in the ledger that open a sentence; the organisation an article is about."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from language.text import fold_case as _fold
from language.text import fold_words

from .lexicon import (
    _CONNECTIVE,
    _NAME,
    _NOT_NAMES,
    _ORG_NOUN,
    _PART_HEADS,
    _PERSON_NOUN,
    _THING_HEADS,
    _VENTURE,
    ANY_COMMITMENT,
)
from .records import DraftCandidate, KnownOrganisation
from .sentence import _Org
from .stated import Stated

# ---------------------------------------------------------------------------------------
# Organisations
# ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Names:
    """Every ledger name and alias in one pattern (case-sensitive: "Orange" the company, not
    "orange" the colour), longest first, so that "Orange Business" wins over "Orange"."""

    pattern: re.Pattern[str] | None
    organisations: dict[str, KnownOrganisation]


def _organisation_names(organisations: Sequence[KnownOrganisation]) -> _Names:
    named: dict[str, list[KnownOrganisation]] = {}
    for organisation in organisations:
        for name in (organisation.name, *organisation.aliases):
            if len(name.strip()) >= 2:
                for variant in _variants(name.strip()):
                    found = named.setdefault(variant, [])
                    if organisation not in found:
                        found.append(organisation)
    # A name the ledger gives several organisations ("the company" as an alias of three)
    # names none of them: the article's own context decides.
    by_name = {variant: found[0] for variant, found in named.items() if len(found) == 1}
    # "Costa's new Toscana" for Costa Cruises: a name's own first word as an owner, when no
    # other ledger name starts with it and it is no name of its own.
    firsts: dict[str, list[KnownOrganisation]] = {}
    for organisation in organisations:
        words = organisation.name.split()
        if len(words) > 1 and _OWN_WORD.fullmatch(words[0]):
            firsts.setdefault(words[0], []).append(organisation)
    for word, owners in firsts.items():
        if len(owners) == 1 and word not in by_name:
            for apostrophe in "'’":
                by_name.setdefault(f"{word}{apostrophe}s", owners[0])
    if not by_name:
        return _Names(None, by_name)
    alternatives = "|".join(re.escape(n) for n in sorted(by_name, key=len, reverse=True))
    pattern = re.compile(rf"(?<![\w-])(?P<name>{alternatives})(?:['’]s)?(?![\w-])")
    return _Names(pattern, by_name)


# A word that can stand for its organisation: capitalised, a name's, not "The" or "New".
_OWN_WORD = re.compile(r"(?!(?:The|New|La|Le|Les|Ville|Groupe|Group)\b)[A-Z][\w&-]{3,}")


_THE_NAME = re.compile(r"[Tt]he ([A-Z][\w&'’.-]+(?: [A-Z][\w&'’.-]+)*)")
# Common nouns a ledger may capitalise ("The Government", "The City Council"): no names.
_BODY_NOUNS = re.compile(
    r"government|city|council|company|ministry|department|agency|state|authority|board|group|"
    r"port|region|club|team|league|commission|committee|corporation|bank|firm|county|province|"
    r"trust|university|college|school|hospital|airport|federal|national"
)


def _variants(name: str) -> list[str]:
    """A name as articles write it: either apostrophe ("l'État", "l’État"), without its legal
    form ("American Battery Metals" for "American Battery Metals Corp."), and a name the
    ledger writes in lower case ("le gouvernement") capitalised to open a sentence."""
    forms = {name}
    # "Rancho Poultry LLC (Keystone Foods and Lopez Foods joint venture)": the ledger's gloss
    # in brackets is no part of how an article writes the name.
    if (bare := _GLOSS.sub("", name)) != name and len(bare) >= 2:
        forms.add(bare)
        # "Aneka Tambang (Antam)", "Agence Nationale des titres sécurisés (ANTS)": a gloss
        # that shortens the name is how articles write it after the first mention.
        # So does a gloss that is a body's own name: "UK Government (Department of Health)".
        gloss = name[len(bare) :].strip(" ()")
        if _shortens(gloss, bare) or _BODY_OF.match(gloss):
            forms.add(gloss)
    # "Ville de Pornichet" is "la ville de Pornichet" inside a sentence: a body named by a
    # common noun and what it is of.
    forms |= {f[:1].lower() + f[1:] for f in forms if _BODY_OF.match(f)}
    # "The Jaguars" is "Jaguars" in a headline or after "the two": a name of its own after
    # its article.
    forms |= {
        m.group(1)
        for f in list(forms)
        if (m := _THE_NAME.fullmatch(f))
        and not all(_BODY_NOUNS.fullmatch(w.lower()) for w in m.group(1).split())
    }
    spellings = {s for f in forms for s in (f, f.replace("'", "’"), f.replace("’", "'"))}
    for form in list(spellings):
        if (short := _KIND_OF_BODY.sub("", _LEGAL_FORM.sub("", form))) != form and " " in short:
            spellings |= {short, short.replace("'", "’"), short.replace("’", "'")}
    return sorted(spellings | {s[:1].upper() + s[1:] for s in spellings if s[:1].islower()})


def _shortens(short: str, name: str) -> bool:
    """Whether `short` is made of the starts of `name`'s words, in order ("Antam" of
    "Aneka Tambang", "SFMTA" of "San Francisco Municipal Transportation Agency"), skipping
    small words ("des", "and"), and starts with the first: no place or parent ("France",
    "UK")."""
    words = [w for w in re.findall(r"[^\W\d_]+", name) if w[0].isupper() or len(w) > 3]
    short = short.lower()
    if not re.fullmatch(r"[^\W\d_]{2,}", short) or not words:
        return False

    def fits(rest: str, at: int) -> bool:
        if not rest:
            return True
        return any(
            rest[:size] == words[i][:size].lower() and fits(rest[size:], i + 1)
            for i in range(at, min(at + 2, len(words)))
            for size in range(len(rest), 0, -1)
        )

    return any(
        short[:size] == words[0][:size].lower() and fits(short[size:], 1)
        for size in range(len(short), 0, -1)
    )


# A gloss in brackets that ends a ledger name: "Gulf Coast Growth Ventures (SABIC and ExxonMobil)".
_GLOSS = re.compile(r"\s+\([^()]*\)$")
# A body named by a common noun and what it is of: "Ville de Pornichet", "Régie du port de
# La Rochelle", "Committee for Health & Social Care", "Ministère de l'Intérieur".
_BODY_OF = re.compile(r"[A-ZÀ-Ý][a-zà-ÿ]+\s+(?:de|du|des|d['’]|of|for)(?=[\s'’])")


# What kind of body a name ends by saying, which articles leave out: "VCR 8x8 Dragon" for the
# ledger's "VCR 8x8 Dragon consortium".
_KIND_OF_BODY = re.compile(r"\s+(?:consortium|joint venture|coentreprise|groupement)$", re.I)
# A company's legal form after its name: "Corp.", ", Inc.", "SA", "plc".
_LEGAL_FORM = re.compile(
    r",?\s+(?:Corp\.?|Corporation|Inc\.?|Incorporated|Ltd\.?|Limited|plc|PLC|LLC|S\.?A\.?|"
    r"AG|SE|GmbH|N\.?V\.?|Co\.)$"
)


@dataclass
class _Context:
    """What the scan remembers from one sentence to the next."""

    organisations: Sequence[KnownOrganisation]
    names: _Names
    language: str
    article: Stated
    text: str = ""
    topic: _Org | None = None
    last_named: _Org | None = None  # the last ledger organisation named, as anything
    names_seen: list[str] = field(default_factory=list)
    previous: str = ""
    # The paragraph of the sentence just read when it reported speech: the next sentence there
    # may go on in the speaker's words ("X told investors on Jan. 23 ... Construction would
    # start in 2024.").
    reporting_in: int | None = None
    # When an organisation's statement was made, by the sentence that said so ("announced
    # Jan. 21"), and the paragraph: its next promises there without a date were made then too.
    said: dict[str, tuple[Stated, int]] = field(default_factory=dict)
    # The same, from a sentence that promised nothing: carried in its paragraph only.
    said_here: dict[str, tuple[Stated, int]] = field(default_factory=dict)
    # The article's first paragraph of prose (its lead): the statement it reports is the
    # article's news, and its day dates the promises the article goes on to detail.
    lead: int | None = None
    # The sentence being read (its number in the article), the promises dated only by the
    # article's own day, by sentence (paragraph, drafts), and the statements whose time a
    # sentence gives (sentence number, organisation, time): a statement told after a promise
    # may say when it was made.
    number: int = 0
    undated: dict[int, tuple[int, list[DraftCandidate]]] = field(default_factory=dict)
    statements: list[tuple[int, str, Stated]] = field(default_factory=list)
    told_after: dict[int, Stated] = field(default_factory=dict)
    # The sentences whose statement tells a deed done ("X said Wednesday that production has
    # begun"): news of that deed, which says nothing of when the promises before it were made.
    deeds: set[int] = field(default_factory=set)
    # The sentences that drafted nothing, told no dated statement and only remarked on what was
    # told before them ("That is earlier than the city had expected."): an announcement dated
    # after them may still be the one told before them.
    remarks: set[int] = field(default_factory=set)
    # A ledger organisation's dated statement opening a sentence that promised nothing ("Ce
    # mercredi, X a confirmé le contrat"): (sentence number, organisation, time, paragraph).
    # Its words in the present just after it go on with it; it dates nothing else.
    openings: list[tuple[int, str, Stated, int]] = field(default_factory=list)
    # The sentences that promised nothing and closed on who said them and when ("…, Antam said
    # in a statement on Tuesday."), by sentence number, with that statement (organisation,
    # time): it goes on in the next paragraph's opening.
    closed_on_a_statement: dict[int, tuple[str, Stated]] = field(default_factory=dict)
    # A quotation left open at the end of a sentence: the number of the sentence that opened
    # it and its paragraph. The sentence that closes it ("… », a déclaré X le 22 février")
    # is `closes_quotation_from` while it is read: its attribution dates the whole quotation.
    quotation_from: int | None = None
    quotation_paragraph: int | None = None
    closes_quotation_from: int | None = None


_PRODUCT_NUMBER = re.compile(r" \d+(?![\d.,]*\s*(?:%|per|pour|bn|billion|million|milliards?))")


def _known_mentions(text: str, context: _Context, offset: int = 0) -> list[_Org]:
    """The ledger organisations named in a text, in order."""
    if context.names.pattern is None:
        return []
    mentions = []
    for match in context.names.pattern.finditer(text):
        if _PRODUCT_NUMBER.match(text, match.end()):
            continue  # "Microsoft 365", "Ariane 6": a product, not the organisation
        org = context.names.organisations[match.group("name")]
        mentions.append(_Org(org.pk, org.name, offset + match.start(), offset + match.end()))
    return mentions


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


# Things, not who acts: an acronym in the plural ("LVADs", "EVs", "SMRs") or a model's
# designation, letters then a number of two digits or more ("M1081", "A321XLR", "F-35"; not
# a broadcaster's "TF1" or "M6").
COUNTED_OR_MODEL = re.compile(r"[A-Z]{2,}s|[A-Z]{1,3}-?\d{2,}[\w-]*")


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
    if first_word in _THING_HEADS or COUNTED_OR_MODEL.fullmatch(name):
        return None
    rest = body[match.end() :]
    apposition = re.match(r"\s*,([^,]*)", rest)
    if apposition and _PERSON_NOUN.search(_fold(apposition.group(1))):
        return None
    described = bool(apposition and _ORG_NOUN.search(_fold(apposition.group(1))))
    acting = re.match(r"\s+(?:\w+\s+)?(?:" + ANY_COMMITMENT.pattern + ")", _fold(rest))
    # "Nordvik" after "Nordvik Cloud": the same organisation, by its full name.
    full = next((seen for seen in context.names_seen if seen.startswith(name + " ")), None)
    if not described and not (acting and (full or _looks_like_a_name(name, context))):
        return None
    return _Org(None, full or name, offset, offset + len(match.group()))


# A part of a project with its number: "Phase 1", "Stage two", "Tranche 3".
_A_PART = re.compile(
    rf"(?i)(?:{'|'.join(sorted(_PART_HEADS))})\s+(?:\d+|[ivx]+|one|two|three|four|five|"
    r"un|deux|trois|quatre|cinq)\b"
)


def _looks_like_a_name(name: str, context: _Context) -> bool:
    """Whether a capitalised word opening a sentence is a name, not "Prices" or "Analysts".

    Several words ("Nordvik Cloud"), capitals or digits inside ("S3NS", "OVHcloud"), a
    name already met, or the same word capitalised in the middle of a sentence elsewhere.
    """
    if _PERSON_NOUN.search(name.lower()):
        return False
    if _A_PART.match(name):
        return False  # "Phase 1 production is expected to": a part of the project, no one
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
        if word in _PART_HEADS:
            break
        if word not in _NOT_NAMES and match.start() < 60:
            name = re.sub(r"['’]s$", "", match.group())
            if _looks_like_a_name(name, context) and not _PERSON_NOUN.search(name.lower()):
                return _Org(None, name, match.start(), 0)
            break
    return None
