"""The matcher's weights and words: category words, what-happened cues, steps, negators.

A table of words, not logic; docs/news-watch.md documents the weights and lists. Every
word is folded (lower case, no accents, plain apostrophes), as the text it is looked for in.
"""

from __future__ import annotations

import bisect
import functools
import gc
import itertools
import re
from collections.abc import Collection, Iterable, Iterator
from typing import Any, cast

from language.kinds import EvidenceKind
from language.text import fold_words as fold

# Weights of the parts of a score (the total is capped at 1.0).
W_NAME = 0.25  # the promiser's name or an alias, or the name of the promised thing
W_NAME_VIA_FEED = 0.15  # the feed is about the promiser, the item does not name it
W_FIRST_TERM = 0.25  # one of the claim's keywords (or the feed's)
W_MORE_TERMS = 0.10  # each further keyword, up to two
W_SUBJECT = 0.15  # the claim's subject, when it is not just the promiser's name
W_CATEGORY = 0.15  # words of the claim's category, in English or French
W_OUTCOME = 0.10  # words saying it happened, moved, was dropped, or a step was taken
W_EVENT = 0.10  # the claim's own words stand next to those words: the event is about it
W_DEADLINE = 0.10  # a delay that gives the claim a new date
# A claim is kept for an item only if it scores within this of the item's best claim of the
# same promiser: an item about the SecNumCloud qualification that mentions Azure in passing
# should not also become evidence for the Azure launch.
MARGIN = 0.15
# Words that tie an event to a claim: a claim term this many words or fewer from the cue.
EVENT_REACH = 10
# Coverage published this many days or fewer after the promise reports the promise itself.
ANNOUNCEMENT_DAYS = 7


# Inside a name, "de" and "à" say the same: "le tram à Liège" is "le tram de Liège", as
# full-text search, for which both are stop words in French, finds it. So do the articles
# "le" and "la" (stop words too), whose gender writers differ on: "le vaccin contre la
# Covid-19" is "le vaccin contre le Covid-19".
_SAME_INSIDE_A_NAME = (("de", "a"), ("le", "la"))


def _inner_choice(word: str) -> tuple[str, ...] | None:
    """The words an inner word of a name may be written as; None for a word with no other
    spelling."""
    return next((same for same in _SAME_INSIDE_A_NAME if word in same), None)


def inner_word_spellings(name: str) -> tuple[str, ...]:
    """A folded name's other spellings with "de" or "à", "le" or "la", between its words
    ("tram a liege" for "tram de liege"); () when it has none."""
    words = fold(name).split()
    choices = [
        sorted(choice) if 0 < n < len(words) - 1 and (choice := _inner_choice(w)) else [w]
        for n, w in enumerate(words)
    ]
    if all(len(c) == 1 for c in choices):
        return ()
    return tuple(
        spelling
        for spelling in (" ".join(p) for p in itertools.product(*choices))
        if spelling != " ".join(words)
    )


@functools.lru_cache(maxsize=8192)
def term_regex(term: str) -> re.Pattern[str]:
    """A folded term as a whole-word pattern, each word plural or singular, written -re or -er
    ("data centres" finds "data center"), a number written in Roman capitals after the first
    word either way ("Grand Theft Auto VI" finds "Grand Theft Auto 6"). Between its words:
    spaces, dashes or a little punctuation ("EUDI Wallet" finds "(EUDI) Wallet"), as
    full-text search, which ignores punctuation, finds them too."""
    numbers = _numbers(term)
    folded = [w for w in re.split(r"[\s-]+", fold(term)) if w]
    words = [
        f"(?:{re.escape(word)}|{numbers[n]})"
        if n in numbers
        else f"(?:{'|'.join(choice)})"
        if 0 < n < len(folded) - 1 and (choice := _inner_choice(word))
        else _AGAINST
        if 0 < n < len(folded) - 1 and word == "anti"
        else _word(word)
        for n, word in enumerate(folded)
    ]
    if _noun_and_name(term):
        # "vaccin Sanofi" written "vaccin de Sanofi".
        body = words[0] + r"[^\w']{0,3}(?:de\s+)?" + words[1]
    elif _ends_with_a_year(folded):
        # "Exposition universelle 2025" written "Exposition universelle de 2025".
        body = r"[^\w']{0,3}".join(words[:-1]) + r"[^\w']{0,3}(?:de\s+)?" + words[-1]
    else:
        body = r"[^\w']{0,3}".join(words)
    return re.compile(r"(?<![\w])" + body + r"(?![\w])")


def _noun_and_name(term: str) -> bool:
    """A keyword of a common noun then a name ("vaccin Sanofi", "tram Vaulmont"), which
    French also writes with "de" between ("le vaccin de Sanofi et GSK")."""
    words = term.split()
    return (
        len(words) == 2
        and words[0].isalpha()
        and words[0].islower()
        and words[1][:1].isupper()
        and "-" not in term
    )


# Inside a name, the French "anti-" is also said "contre le", "contre la": "la loi
# anti-déforestation" is "la loi contre la déforestation".
_AGAINST = r"(?:anti|contre\s+(?:(?:le|la|les)\s+|l'))"


def against_spellings(term: str) -> tuple[str, ...]:
    """A folded name with "anti-" inside, written with "contre la" ("loi contre la
    deforestation" for "loi anti-déforestation"); () for any other term. Full-text search
    keeps the article's place (a stop word), which stands for "le", "la" or "les"."""
    words = [w for w in re.split(r"[\s-]+", fold(term)) if w]
    if "anti" not in words[1:-1]:
        return ()
    return (
        " ".join(
            "contre la" if 0 < n < len(words) - 1 and w == "anti" else w
            for n, w in enumerate(words)
        ),
    )


_YEAR_RX = re.compile(r"(?:19|20)\d\d")


def _ends_with_a_year(words: list[str]) -> bool:
    """A name of words then a year ("Exposition universelle 2025", "Jeux olympiques 2024"),
    which French also writes with "de" before the year ("l'Exposition universelle de
    2025")."""
    return len(words) >= 2 and words[-2] != "de" and _YEAR_RX.fullmatch(words[-1]) is not None


def year_spellings(term: str) -> tuple[str, ...]:
    """A folded name ending with a year, written with "de" before the year ("exposition
    universelle de 2025"); () for any other term. Full-text search keeps the stop word's
    place, so it finds this spelling only when asked for it; the regex path reads both."""
    words = fold(term).split()
    if not _ends_with_a_year(words):
        return ()
    return (" ".join([*words[:-1], "de", words[-1]]),)


@functools.lru_cache(maxsize=8192)
def needle(term: str) -> str:
    """Letters every match of term_regex(term) contains: its first word's stem, the part
    _word writes literally. Looked for first, so a term absent from a text costs no regex, and
    a term absent from every text it is checked against is never compiled."""
    words = [w for w in re.split(r"[\s-]+", fold(term)) if w]
    return _word_parts(words[0])[0] if words else ""


def term_in(term: str, text: str) -> bool:
    """term_regex(term) finds the term in this folded text."""
    return needle(term) in text and term_regex(term).search(text) is not None


def term_spans(term: str, text: str) -> list[tuple[int, int]]:
    """Where term_regex(term) finds the term in this folded text (a plain term's spans found
    without compiling its pattern, see `_plain_spans`)."""
    if needle(term) not in text:
        return []
    plain = _plain_words(term)
    if plain is not None:
        return _plain_spans(plain, text)
    return [m.span() for m in term_regex(term).finditer(text)]


# A plain word's endings as term_regex's pattern tries them, in its order: "(?:s|es|x)?",
# "[sx]?" and "(?:re|er)s?" (see `_word_parts`).
_ENDINGS = {"(?:s|es|x)?": ("s", "es", "x", ""), "[sx]?": ("s", "x", ""),
            "(?:re|er)s?": ("res", "re", "ers", "er")}  # fmt: skip
_WORD_CHARS_RX = re.compile(r"\w+")


@functools.lru_cache(maxsize=8192)
def _plain_words(term: str) -> tuple[tuple[str, tuple[str, ...]], ...] | None:
    """A term whose pattern is only its words (stem and ending, each stem of word characters)
    with a little punctuation between them, as (stem, endings) per word; None for a term
    whose pattern says more (a Roman number, "de" or "le" inside, "anti", "de" before a
    noun's name or a year)."""
    folded = [w for w in re.split(r"[\s-]+", fold(term)) if w]
    if (
        not folded
        or _numbers(term)
        or _noun_and_name(term)
        or _ends_with_a_year(folded)
        or any(_inner_choice(w) or w == "anti" for w in folded[1:-1])
    ):
        return None
    words = []
    for word in folded:
        stem, ending = _word_parts(word)
        if not _WORD_CHARS_RX.fullmatch(stem) or ending not in _ENDINGS:
            return None
        words.append((stem, _ENDINGS[ending]))
    return tuple(words)


def _is_word_char(text: str, at: int) -> bool:
    """Whether the character at `at` is one `\\w` matches (as the regex engine reads it)."""
    return 0 <= at < len(text) and (text[at].isalnum() or text[at] == "_")


def _plain_spans(
    words: tuple[tuple[str, tuple[str, ...]], ...], text: str
) -> list[tuple[int, int]]:
    """term_regex's matches of a plain term (`_plain_words`), found as its pattern finds them:
    leftmost first, each after the last, an ending tried in the pattern's order. Compiling a
    pattern costs about a tenth of a millisecond, reading a text with this a few microseconds;
    a ledger's 2,500 organisation names were compiled on every cold start.

    Between two words the pattern allows up to three characters that are neither word
    characters nor apostrophes; the next stem starts with a word character, so only the
    longest such run (three at most) can lead to it: each word's place is fixed by the
    ending chosen before it, and backtracking only tries the next ending."""
    spans, start = [], 0
    first = words[0][0]
    while (at := text.find(first, start)) >= 0:
        end = None if _is_word_char(text, at - 1) else _plain_end(words, 0, text, at)
        if end is None:
            start = at + 1
            continue
        spans.append((at, end))
        start = end
    return spans


def _plain_end(
    words: tuple[tuple[str, tuple[str, ...]], ...], n: int, text: str, at: int
) -> int | None:
    """Where the match of words[n:] starting at `at` ends; None when there is none."""
    stem, endings = words[n]
    if not text.startswith(stem, at):
        return None
    for ending in endings:
        after = at + len(stem)
        if not text.startswith(ending, after):
            continue
        after += len(ending)
        if n == len(words) - 1:
            if not _is_word_char(text, after):
                return after
            continue
        gap = 0
        while gap < 3 and after + gap < len(text) and not _is_word_char(text, after + gap):
            if text[after + gap] == "'":
                break
            gap += 1
        end = _plain_end(words, n + 1, text, after + gap)
        if end is not None:
            return end
    return None


# Little words a keyword's words may be reordered around ("digital switchover", "switchover
# to digital landlines").
_LOOSE_GLUE = frozenset({"a", "an", "and", "d", "de", "des", "du", "en", "et", "l", "la", "le",
                         "les", "of", "on", "the", "to"})  # fmt: skip
_TOKEN = re.compile(r"[a-z0-9]+")


def _stem(word: str) -> str:
    """A word's first five letters, or the word without a plural "s" (a coarse stem, enough
    for "landline" and "landlines", "switch-off" and "switch off")."""
    return word[:5] if len(word) > 5 else word.removesuffix("s")


@functools.lru_cache(maxsize=8192)
def _loose_words(term: str) -> tuple[str, ...]:
    """The stems of a keyword of two words or more, little words and a possessive "'s"
    aside, as a text's words are read ("Children's Hospital" is "children hospital")."""
    words = [m.group() for m in _words(fold(term)) if m.group() not in _LOOSE_GLUE]
    return tuple(_stem(w) for w in words) if len(words) >= 2 else ()


def _words(text: str) -> Iterator[re.Match[str]]:
    """A folded text's words, the "s" of a possessive "'s" aside: "Parramatta's new light
    rail" holds "Parramatta light rail" with one word between, as "Parramatta new light
    rail" would."""
    for m in _TOKEN.finditer(text):
        if not (m.group() == "s" and text[m.start() - 1 : m.start()] == "'"):
            yield m


@functools.lru_cache(maxsize=1024)
def _stemmed_tokens(text: str) -> tuple[tuple[tuple[str, int, int], ...], frozenset[str]]:
    """A folded text's words as (stem, start, end), and the set of their stems; an item's text
    is read once for all the keywords of its candidate claims."""
    tokens = tuple((_stem(m.group()), m.start(), m.end()) for m in _words(text))
    return tokens, frozenset(t for t, _, _ in tokens)


def loose_term_spans(term: str, text: str) -> list[tuple[int, int]]:
    """Where a keyword of several words stands in this folded text with its words in another
    order or with a word between, within a few words ("BT delays digital landline switchover"
    for "digital switchover", "switch off copper landlines" for "copper switch-off"): the
    press seldom writes a ledger's keyword as it was entered. Claim keywords only: a name is
    written as it is."""
    words = _loose_words(term)
    if not words or not all(word in text for word in words):
        return []  # a word's stem absent from the text: no need to read it word by word
    tokens, stems = _stemmed_tokens(text)
    if not stems.issuperset(words):
        return []
    wanted, reach, spans = set(words), len(words) + 2, []
    n = 0
    while n < len(tokens):
        if tokens[n][0] in wanted:
            window = tokens[n : n + reach]
            seen = {t for t, _, _ in window}
            if seen >= wanted:
                last = max(i for i, (t, _, _) in enumerate(window) if t in wanted)
                spans.append((tokens[n][1], window[last][2]))
                n += last + 1
                continue
        n += 1
    return spans


# Writings of one common noun or adjective of promised things, English and French, folded:
# the press writes a ledger's keyword in the other language ("réseau de chaleur" for "heat
# network", "bus électriques" for "electric buses") or in another ordinary word ("bike hire"
# for "bike-share"). A vocabulary of the languages, not of any one claim: projects,
# infrastructure, products and public programmes.
_GLOSSARY = """
heat network | district heating | district heat network | reseau de chaleur | chauffage urbain
heat | chaleur
heating | chauffage
grid | reseau electrique
homes | households | logements | foyers | menages
housing | logement
bike-share | bike hire | cycle hire | bike sharing | velos en libre-service | velopartage
bike | bicycle | cycle | velo
bus | buses | autobus
coach | autocar
fleet | flotte
electric | battery-electric | electrique
zero-emission | zero emission | zero emissions
tram | tramway
metro | subway | underground railway | metro
light rail | train leger | metro leger
railway | railway line | rail line | ligne ferroviaire | voie ferree | chemin de fer
high-speed line | high-speed rail | ligne a grande vitesse
bridge | pont
tunnel | tunnel
motorway | highway | autoroute
bypass | contournement
airport | aeroport
barrier | barrage
dam | barrage
flood | floods | crue | crues | inondations
flood barrier | flood defence | barrage anti-crues | digue anti-crues
tidal barrier | barrage anti-maree | barrage maremoteur
sea wall | dyke | digue
wind farm | parc eolien
offshore wind farm | parc eolien en mer | parc eolien offshore
offshore wind | eolien en mer | eolien offshore
solar farm | solar park | parc solaire | centrale solaire
power station | power plant | centrale electrique
nuclear power plant | nuclear plant | centrale nucleaire
reactor | reacteur
gigafactory | giga-usine | gigausine
refinery | raffinerie
battery | batterie
batteries | batteries
recycling | recyclage
recycling plant | usine de recyclage
chemical recycling | recyclage chimique
plastic | plastique
plastic waste | dechets plastiques
waste | dechets
biogas plant | methaniseur | unite de methanisation | usine de biogaz
biogas | biogaz
biomethane | biomethane
anaerobic digestion | methanisation
desalination plant | usine de dessalement | station de dessalement
desalination | dessalement
tidal turbines | tidal turbine | hydroliennes | hydrolienne
tidal farm | tidal stream farm | ferme hydrolienne
salmon farm | ferme salmonicole | elevage de saumons | ferme a saumons
fish farm | ferme piscicole | pisciculture
salmon | saumon
offshore | en mer | au large
harvest | recolte
hospital | hopital
proton therapy | protontherapie
proton therapy centre | centre de protontherapie
proton beam | faisceau de protons
cancer patients | patients atteints de cancer | malades du cancer
school | ecole | college | lycee
new school | nouvelle ecole | nouveau college | nouveau lycee
secondary school | high school | ecole secondaire | college | lycee
primary school | elementary school | ecole primaire | ecole elementaire
school building | batiment scolaire
school meals | school lunches | repas scolaires | cantine scolaire
free school meals | free school lunches | cantine gratuite | repas gratuits
canteen | cantine
meals | repas
free | gratuit | gratuits | gratuite | gratuites
pupils | eleves | ecoliers
university | universite
campus | campus
new campus | nouveau campus
library | bibliotheque | mediatheque
museum | musee
stadium | stade
concert hall | salle de concert
prison | jail | centre penitentiaire | penitencier | maison d'arret
meat | viande
chicken | poulet
cultivated | cultured | cultive | cultivee
lab-grown | lab grown | de laboratoire
cultivated meat | cultured meat | lab-grown meat | viande cultivee | viande de laboratoire
new | nouveau | nouvelle | nouvel
electric car | electric vehicle | voiture electrique | vehicule electrique
rocket | fusee
launcher | lanceur
aircraft | plane | airliner | avion
satellite | satellite
data centre | centre de donnees
chip | chips | puce | puces
semiconductor | semi-conducteur
mobile network | reseau mobile
broadband | haut debit
fibre | fibre optique
digital identity | identite numerique
identity card | carte d'identite
driving licence | permis de conduire
electronic prescription | e-prescription | ordonnance electronique
electronic invoicing | e-invoicing | facturation electronique
income tax | impot sur le revenu
withholding tax | prelevement a la source
pension reform | reforme des retraites
minimum wage | salaire minimum
"""
GLOSSARY: tuple[tuple[str, ...], ...] = tuple(
    tuple(fold(w.strip()) for w in line.split("|")) for line in _GLOSSARY.strip().splitlines()
)


def _content(words: Iterable[str]) -> tuple[str, ...]:
    return tuple(w for w in words if w not in _LOOSE_GLUE)


# Each writing of the glossary by its words' stems, little words aside ("reseau de chaleur"
# is "resea chale"), with the other writings of its group.
_GLOSSED: dict[tuple[str, ...], tuple[str, ...]] = {}
for _group in GLOSSARY:
    for _writing in _group:
        _key = tuple(_stem(w) for w in _content(_TOKEN.findall(_writing)))
        _GLOSSED[_key] = tuple(
            dict.fromkeys((*_GLOSSED.get(_key, ()), *(w for w in _group if w != _writing)))
        )
_LONGEST_GLOSS = max(len(key) for key in _GLOSSED)


@functools.lru_cache(maxsize=8192)
def other_writings(term: str) -> tuple[str, ...]:
    """A keyword of two words or more written with the glossary's other words for its common
    nouns and adjectives, folded: "electric buses" is also "electrique bus" (read in any order
    by `loose_term_spans`: "bus électriques"), "Severnmouth barrier" "Severnmouth barrage".
    Words the glossary does not hold (names) stay as they are. () when nothing changes."""
    words = _content(_TOKEN.findall(fold(term)))
    if len(words) < 2:
        return ()
    options: list[tuple[str, ...]] = []
    n = 0
    while n < len(words):
        for size in range(min(_LONGEST_GLOSS, len(words) - n), 0, -1):
            others = _GLOSSED.get(tuple(_stem(w) for w in words[n : n + size]))
            if others:
                options.append((" ".join(words[n : n + size]), *others))
                n += size
                break
        else:
            options.append((words[n],))
            n += 1
    if all(len(o) == 1 for o in options):
        return ()
    written = " ".join(words)
    found: dict[frozenset[str], str] = {}
    for choice in itertools.islice(itertools.product(*options), 256):
        writing = " ".join(choice)
        key = frozenset(_stem(w) for w in _content(_TOKEN.findall(writing)))
        if writing != written and key not in found:
            found[key] = writing
    return tuple(found.values())


def writes_one_of(term: str, names: Iterable[str]) -> bool:
    """Whether a keyword is one of these names written in the other language: its common
    nouns and adjectives as the glossary gives them, its other words as they are, in any
    order, little words aside ("pont de Rosso" for "Rosso bridge", "nouveau stade national"
    for "new National Stadium")."""
    keys = {frozenset(_stem(w) for w in _content(_TOKEN.findall(fold(n)))) for n in names}
    return any(
        frozenset(_stem(w) for w in _content(_TOKEN.findall(writing))) in keys
        for writing in other_writings(term)
    )


def written_otherwise(writing: str, text: str) -> bool:
    """Whether a folded text holds another writing of a keyword (see `other_writings`): its
    words in any order, as `loose_term_spans` reads a keyword, or, written in one word
    ("protontherapie" for "proton therapy"), that word."""
    if len(_content(_TOKEN.findall(writing))) >= 2:
        return bool(loose_term_spans(writing, text))
    return term_in(writing, text)


# Numbers in Roman capitals, as names write them ("Grand Theft Auto VI", "Phase II"); not a
# lone "X", which is a letter in names ("Model X", "Gaia-X").
_ROMAN_NUMBERS = "I II III IV V VI VII VIII IX X XI XII XIII XIV XV XVI XVII XVIII XIX XX"
_ROMAN = {numeral: n for n, numeral in enumerate(_ROMAN_NUMBERS.split(" "), 1) if numeral != "X"}


def _numbers(term: str) -> dict[int, str]:
    """The words of a term (after the first) written as a Roman number, by position, with
    their number in digits."""
    raw = [w for w in re.split(r"[\s-]+", term.strip()) if w]
    if len(raw) != len([w for w in re.split(r"[\s-]+", fold(term)) if w]):
        return {}
    return {n: str(_ROMAN[w]) for n, w in enumerate(raw) if n > 0 and w in _ROMAN}


def number_spellings(term: str) -> tuple[str, ...]:
    """A term with its Roman numbers in digits ("grand theft auto 6"), folded; () when it has
    none."""
    numbers = _numbers(term)
    if not numbers:
        return ()
    words = [w for w in re.split(r"[\s-]+", fold(term)) if w]
    return (" ".join(numbers.get(n, word) for n, word in enumerate(words)),)


# British -re, American -er: "centre"/"center", "fibre"/"fiber", "metre"/"meter",
# "litre"/"liter", "theatre"/"theater" (not "cluster" or "computer": no "clustre").
_RE_ER = re.compile(r"^(\w+(?:nt|b|et|it|at))(?:re|er)$")


def _word(word: str) -> str:
    """A word's pattern: plural or singular ("centres de données" finds "centre de données";
    short words, "gps", "bus", are left as they are), -re or -er."""
    stem, ending = _word_parts(word)
    return re.escape(stem) + ending


def _word_parts(word: str) -> tuple[str, str]:
    """A word as the letters every spelling of it starts with and the pattern of its ending."""
    m = _RE_ER.match(word.removesuffix("s"))
    if m:
        return m.group(1), r"(?:re|er)s?"
    if len(word) > 4 and word[-1] in "sx":
        return word[:-1], "[sx]?"
    return word, "(?:s|es|x)?"


# Cached by the term's text: claims share keywords, each asked for once per claim.
@functools.lru_cache(maxsize=8192)
def spellings(term: str) -> tuple[str, ...]:
    """A folded term and its other -re/-er spelling ("data centres", "data centers"), and
    its Roman numbers in digits ("grand theft auto 6"), for the full-text path, whose
    stemmers do not join them; the regex path reads them all anyway."""
    words = fold(term).split()
    other = []
    for word in words:
        stem = word.removesuffix("s")
        m = _RE_ER.match(stem)
        swapped = "er" if stem.endswith("re") else "re"
        other.append(m.group(1) + swapped + word[len(stem) :] if m else word)
    of = (f"{words[0]} de {words[1]}",) if _noun_and_name(term) else ()
    variants = (
        " ".join(words),
        " ".join(other),
        *number_spellings(term),
        *of,
        *year_spellings(term),
        *against_spellings(term),
    )
    return tuple(dict.fromkeys(variants))


def words_regex(words: Iterable[str], *, adverbs: bool = False) -> re.Pattern[str]:
    """One pattern for a list of folded words or phrases, whole words, built as a prefix tree
    (phrases sharing their first words share their pattern, which keeps a long list fast).
    A word after an auxiliary may take a participle's ending ("a été mis" finds "a été
    mise"); the phrase, a plural's. With `adverbs`, up to two adverbs or day names may stand
    between the words of a phrase ("a finalement obtenu", "has now officially launched",
    "a réussi jeudi son")."""
    words = tuple(words)
    return cast(
        re.Pattern[str],
        _CompiledOnFirstUse(words_source(words, adverbs=adverbs), ((words, adverbs),)),
    )


def words_source(
    words: Iterable[str],
    *,
    adverbs: bool = False,
    by_first_letter: bool = True,
    first_words: Collection[str] | None = None,
) -> str:
    """The source of `words_regex`'s pattern; `by_first_letter=False` gives the same pattern
    ungrouped (see `_tree_pattern`), which must find the same matches. With `first_words`,
    only the phrases whose first word is one of them (see `narrowed`)."""
    tree: dict[str, dict] = {}
    for phrase in {fold(w) for w in words}:
        node = tree
        for token in re.split(r"[\s-]+", phrase):
            node = node.setdefault(token, {})
        node[""] = {}
    if first_words is not None:
        tree = {token: child for token, child in tree.items() if token in first_words}
        if not tree:
            return "(?!)"  # no phrase left: a pattern that finds nothing
    joiner = r"[\s-]*"
    if adverbs:
        joiner = r"[\s-]*(?:(?:" + "|".join(sorted(ADVERBS | DAY_NAMES)) + r")[\s-]+){0,2}"
    body = _tree_pattern(tree, joiner, "", by_first_letter=by_first_letter)
    return rf"(?<![\w])(?:{body})(?:s|es)?(?![\w])"


def signal_regex(words: Iterable[str], fixed: Iterable[str] = ()) -> re.Pattern[str]:
    """One pattern for a signal's words, up to two adverbs between the words of each phrase
    (`words_regex` with `adverbs`), and for its fixed phrases, idioms no adverb stands inside
    ("open for business", "tombe à l'eau"), without: the adverb joiner is nineteen parts in
    twenty of a list's pattern, and compiling it between every word of every idiom cost a
    third more time to compile the lists."""
    words, fixed = tuple(words), tuple(fixed)
    lists = ((words, True), (fixed, False)) if fixed else ((words, True),)
    source = "|".join(words_source(w, adverbs=adverbs) for w, adverbs in lists)
    return cast(re.Pattern[str], _CompiledOnFirstUse(source, lists))


class FirstWords:
    """Where a phrase of a word list may start in some texts: every run of characters, no
    space among them, that starts a word or follows a character that is not a word's
    (a list's pattern finds a phrase only where no word character comes before it, and its
    first word is written as it stands, no space or hyphen inside)."""

    def __init__(self, texts: Iterable[str]):
        runs: set[str] = set()
        for chunk in set(" ".join(texts).split()):
            runs.add(chunk)
            runs.update(chunk[i:] for i in range(1, len(chunk)) if not chunk[i - 1].isalnum())
        self._runs = sorted(runs)

    def holds(self, word: str) -> bool:
        """Whether some text holds `word` where a phrase may start."""
        at = bisect.bisect_left(self._runs, word)
        return at < len(self._runs) and self._runs[at].startswith(word)


def narrowed(rx: re.Pattern[str], starts: FirstWords) -> re.Pattern[str]:
    """A word list's pattern (`words_regex`, `signal_regex`) for the texts `starts` was made
    from, without the phrases whose first word stands nowhere in them: on those texts it
    finds what `rx` finds, in the same order (a phrase left out fails wherever the engine
    tries it). The adverb lists compile to about a megabyte each, 0.5 s for the signal lists
    from cold, of which a batch of news needs a fifth or less. `rx` itself once it is
    compiled, or when it is no word list (a pattern compiled on first use from a source of
    its own has no phrases to leave out: narrowed, it would be empty, finding everywhere)."""
    if not isinstance(rx, _CompiledOnFirstUse) or "_compiled" in rx.__dict__ or not rx._lists:
        return rx
    return rx.narrowed(starts)


# A list is narrowed this many times at most in a process (each time to what the batches so
# far need); then, or once a batch needs half its first words, it is compiled whole.
NARROWINGS = 3


class _CompiledOnFirstUse:
    """A pattern compiled when first used. The word lists' patterns take about half a second
    to compile, which every process importing the matcher paid at start (each manage.py
    command, each web worker) whether it matched news or not."""

    def __init__(self, source: str, lists: tuple[tuple[tuple[str, ...], bool], ...] = ()):
        self._source = source
        # The word lists the source is written from, each with whether adverbs may stand
        # inside its phrases (see `narrowed`).
        self._lists = lists
        self._first_words: frozenset[str] | None = None
        # The last narrowed pattern, the first words it keeps, and how many were compiled.
        self._narrow: tuple[frozenset[str], re.Pattern[str] | None, int] = (frozenset(), None, 0)

    def narrowed(self, starts: FirstWords) -> re.Pattern[str]:
        """See `narrowed`. A pattern narrowed for earlier texts serves texts that need none
        of the first words it left out (the lists never change); otherwise the next keeps
        the first words of both."""
        if self._first_words is None:
            self._first_words = frozenset(
                re.split(r"[\s-]+", fold(w))[0] for words, _ in self._lists for w in words
            )
        needed = frozenset(w for w in self._first_words if starts.holds(w))
        kept, pattern, count = self._narrow
        if pattern is not None and needed <= kept:
            return pattern
        kept |= needed
        if count >= NARROWINGS or 2 * len(kept) > len(self._first_words):
            # Compiled whole, and used whole from now on.
            compiled = self.__dict__["_compiled"] = _compile_large(self._source)
            return compiled
        pattern = _compile_large(
            "|".join(
                words_source(words, adverbs=adverbs, first_words=kept)
                for words, adverbs in self._lists
            )
        )
        self._narrow = (kept, pattern, count + 1)
        return pattern

    def __getattr__(self, name: str) -> Any:
        # Only for what the instance lacks: the pattern's methods, each looked up once and
        # kept, so that later calls cost what a compiled pattern's do.
        if name.startswith("__"):
            raise AttributeError(name)  # copy and pickle probe for these before __init__ ran
        compiled = self.__dict__.get("_compiled") or _compile_large(self.__dict__["_source"])
        self.__dict__["_compiled"] = compiled
        value = getattr(compiled, name)
        setattr(self, name, value)
        return value


def _compile_large(source: str) -> re.Pattern[str]:
    """A long pattern compiled with the cyclic garbage collector paused. Parsing a word
    list's pattern holds some hundreds of thousands of tree nodes at once; the collector,
    counting them, ran full passes over the whole process (about 0.09 s each in the matcher
    of 10,000 claims, seven of them for the signal lists, more than the compile itself).
    The nodes form no cycles: they are freed as the compile returns, with or without it."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        return re.compile(source)
    finally:
        if enabled:
            gc.enable()


def _tree_pattern(
    node: dict[str, dict], joiner: str, previous: str, *, by_first_letter: bool = False
) -> str:
    """The alternatives of a node, longest token first. With `by_first_letter` (the first
    words, tried at every word of a text), those with the same first letter are grouped
    behind it, in the same order: the engine tries the alternatives one by one, so a word
    start then costs a few dozen letters' tries, not some hundreds (half the scan's time).
    Two alternatives of different first letters never match at the same place, so the
    matches are the same."""
    alternatives: dict[str, list[str]] = {}
    for token in sorted((t for t in node if t), key=lambda t: (-len(t), t)):
        child = node[token]
        head, tail = (token[0], token[1:]) if by_first_letter else ("", token)
        pattern = re.escape(tail) + (_ENDING if previous in AUXILIARIES else "")
        if any(child):
            rest = joiner + _tree_pattern(child, joiner, token)
            pattern += f"(?:{rest})" + ("?" if "" in child else "")
        alternatives.setdefault(head, []).append(pattern)
    return "(?:" + "|".join(_grouped(head, tails) for head, tails in alternatives.items()) + ")"


def _grouped(head: str, tails: list[str]) -> str:
    if not head:
        return "|".join(tails)
    return re.escape(head) + (tails[0] if len(tails) == 1 else "(?:" + "|".join(tails) + ")")


# A participle's ending on the word after an auxiliary: "a été lancé" finds "a été lancée",
# "est terminé" finds "sont terminés" only through its own phrase.
_ENDING = "(?:e|s|es)?"
AUXILIARIES = frozenset(("a", "ont", "est", "sont", "ete", "etait", "etaient", "sera", "seront"))


def _wordset(text: str) -> frozenset[str]:
    """A word list written as one string, easier to read and extend than a list literal."""
    return frozenset(text.split())


# Adverbs that may stand inside a signal's phrase.
ADVERBS = _wordset(
    "officiellement finalement enfin desormais deja bien totalement pleinement entierement "
    "progressivement quasiment "
    "effectivement officially finally now already successfully fully formally "
    # Concessive and repeating adverbs: "devra néanmoins attendre", "a encore été repoussé".
    "neanmoins toutefois cependant encore nonetheless however again "
    # Consequence: "ne verra donc jamais le jour", "will therefore never be built".
    "donc therefore thus"
)


# Day names, which may stand inside a signal's phrase ("a réussi jeudi son premier vol").
DAY_NAMES = _wordset(
    "lundi mardi mercredi jeudi vendredi samedi dimanche monday tuesday wednesday thursday "
    "friday saturday sunday hier yesterday today"
)


def _phrases(text: str) -> tuple[str, ...]:
    """Phrases written as one comma-separated string (folded: no accents, lower case)."""
    return tuple(phrase.strip() for phrase in text.split(",") if phrase.strip())


# --- What a claim is about --------------------------------------------------------------

# Words of each category, English and French. "availability" shares launch's.
_LAUNCH = _phrases(
    "launch, launched, go-live, go live, goes live, went live, live, general availability, "
    "generally available, available, availability, opening, opens, opened, rollout, roll out, "
    "rolls out, entry into service, in service, first flight, maiden flight, lancement, lance, "
    "lancee, disponible, disponibilite, mise en service, mis en service, entree en service, "
    "ouverture, ouvre, commercialisation, mise en production, deploiement, premier vol, "
    "vol inaugural, operationnel"
)
CATEGORY_WORDS: dict[str, tuple[str, ...]] = {
    "certification": _phrases(
        "qualification, qualified, qualify, certification, certified, certificate, "
        "accreditation, accredited, secnumcloud, label, labelled, audit, auditor, qualifie, "
        "qualifiee, certifie, certifiee, homologation, homologue, visa"
    ),
    "launch": _LAUNCH,
    "availability": _LAUNCH,
    "membership": _phrases(
        "member, membership, join, joins, joined, adhesion, adhere, membre, rejoint, rejoindre, "
        "partner, partenaire"
    ),
    "programme": _phrases(
        "programme, program, pilot, early access, first customers, readiness, pilote, "
        "premiers clients, accompagnement"
    ),
    "other": (),
}

# --- What an item reports ---------------------------------------------------------------
# Each list is a kind of signal. The reader (reading.py) finds them sentence by sentence;
# which one decides the kind is its business, not this table's.

# A duty in force, said by its word: "since January 1, the e-prescription has been
# mandatory", "la Belgique a rendu obligatoire la facturation électronique" (not "will become
# mandatory", a modal's future, nor "becomes mandatory in 2026", dated ahead). A fulfilment
# only in the clause of the claim's words (reading.decide): "masks have been mandatory
# inside since March" is some other duty.
MANDATORY = _phrases(
    "has been mandatory, have been mandatory, has become mandatory, have become mandatory, "
    "is now mandatory, are now mandatory, became mandatory, "
    "a rendu obligatoire, ont rendu obligatoire, est desormais obligatoire, "
    "sont desormais obligatoires, est devenu obligatoire, "
    "sont devenus obligatoires, sont devenues obligatoires, "
    # The same said by "compulsory", and the French present with the day it began ("est
    # obligatoire depuis le 1er mars"; "depuis" is of time, where the English "since" is as
    # often a reason).
    "has been compulsory, have been compulsory, has become compulsory, "
    "have become compulsory, is now compulsory, are now compulsory, became compulsory, "
    "est obligatoire depuis, sont obligatoires depuis"
)
# The promised thing happened. A cue right after a negator or a modal does not count.
FULFILMENT = _phrases(
    # Come into being: "Orange Bank a finalement vu le jour le 2 novembre", "finally saw the
    # light of day" (the future and the negation are plans or drops: see reading).
    "a vu le jour, ont vu le jour, avait vu le jour, saw the light of day, "
    # English
    "obtained, obtains, has obtained, secured, secures, achieved, achieves, awarded, granted, "
    "receives, received, qualified, certified, went live, goes live, is live, now live, "
    "now available, "
    "generally available, is available, are available, launched, launches, opened, opens, "
    "became a member, becomes a member, has joined, joins, joined, completed, completes, "
    "delivered, delivers, took off, lifted off, lifts off, blasted off, flew, entered service, "
    "enters service, now in service, now operational, is operational, fully operational, "
    # Become operational: "la centrale devient opérationnelle", "became operational" (a share
    # after it, "devient opérationnel à 98 %", is a part done: see reading).
    "becomes operational, became operational, has become operational, "
    "devient operationnel, devient operationnelle, deviennent operationnels, "
    "deviennent operationnelles, est devenu operationnel, est devenue operationnelle, "
    "switched on, switches on, started production, starts production, began production, "
    "begins production, produced its first, connected to the grid, announces the launch of, "
    # The same begun in the formal verb: "has commenced production", "the commencement of
    # production" (not what work is "ahead of": see reading).
    "commenced production, commences production, has commenced production, "
    "commencement of production, commencement of commercial production, "
    # Power sent out: "feeds electricity to the grid", "is already supplying electricity".
    "feeds electricity, fed electricity, supplying electricity to the grid, "
    "supplies electricity to the grid, delivered its first power, injecte ses premiers, "
    # Gas or power sent into the network: "starts injecting biomethane into the grid", "a
    # injecté ses premiers mètres cubes", "the turbines are now exporting power".
    "starts injecting, started injecting, began injecting, begins injecting, "
    "injected its first, injects its first, a injecte ses premiers, ont injecte leurs premiers, "
    "now exporting power, began exporting power, started exporting power, "
    "took place, was a success, entered commercial service, enters commercial service, "
    "announced the launch of, announce the launch of, successfully, succeeded, "
    # The goal reached, said with what it was: "Ionity reaches goal of 400 charging parks",
    # "has now reached its target of 400", "a révélé avoir atteint un de ses objectifs en
    # matière de stations" (not a tunnel boring machine that "reached its goal").
    "reaches goal of, reached goal of, reaches its goal of, reached its goal of, "
    "reaches its target of, reached its target of, hit its target of, hits its target of, "
    "met its target of, meets its target of, atteint son objectif de, atteint ses objectifs de, "
    "atteint leur objectif de, avoir atteint un de ses objectifs, "
    "finalizes, finalises, finalized, finalised, has finalized, has finalised, "
    # The first of a production line: "rolled the first Cybertruck off the assembly line".
    "rolled off the assembly line, rolls off the assembly line, to roll off the assembly line, "
    "rolled off the production line, rolls off the production line, off the assembly line, "
    "off the production line, "
    # On sale: "started shipping its foldable phone", "the handset went on sale".
    "started shipping, starts shipping, began shipping, begins shipping, now shipping, "
    "went on sale, goes on sale, now on sale, "
    # Sold out once on sale: "Huawei sells out foldable Mate X in China".
    "sells out, sold out within, sold out in, sold out minutes, sold out hours, "
    # Started, however well: "the game is off to a roaring start" (said of what was launched).
    # Judged a success: "celebrates successful launch", "un lancement réussi".
    "successful launch, successful opening, successful first flight, successful maiden flight, "
    "lancement reussi, ouverture reussie, mise en service reussie, premier vol reussi, "
    "off to a roaring start, off to a strong start, off to a good start, off to a great start, "
    "off to a flying start, off to a solid start, off to a slow start, off to a rocky start, "
    "off to a bumpy start, off to a shaky start, "
    # French
    "obtient, a obtenu, ont obtenu, obtenu, obtenue, decroche, a decroche, est qualifie, "
    "est qualifiee, desormais qualifie, desormais qualifiee, a ete qualifie, "
    "a ete qualifiee, certifie, certifiee, a recu, recoit, lance, "
    "a lance, lancent, est disponible, sont disponibles, desormais disponible, "
    # The passé composé of a thing launched, its participle agreeing with a feminine or
    # plural subject ("la sonde a été lancée", "les satellites ont été lancés").
    "a ete lance, ont ete lance, "
    "desormais disponibles, desormais accessible, desormais accessibles, "
    # Extended to all, said of a public programme: "l'application a été généralisée".
    "a ete generalise, a ete generalisee, ont ete generalises, ont ete generalisees, "
    "est generalise, est generalisee, sont generalises, sont generalisees, "
    "desormais generalise, desormais generalisee, "
    # The headline's bare participle: "la carte d'identité numérique généralisée : ce qui
    # change".
    "generalisee :, generalise :, generalisees :, generalises :, "
    "ouvre, a ouvert, ouvrent, rejoint, adhere, devient membre, "
    "est devenu membre, accorde, delivre, a decolle, decolle, s'est envolee, s'est envole, "
    # Taken off, in the other reflexive: "la sonde s'est élancée dans le ciel de la Guyane".
    "s'est elancee, s'est elance, se sont elances, se sont elancees, "
    # ... and in the present, as "décolle": "ce mardi, la sonde s'élance depuis Kourou".
    "s'elance, s'elancent, "
    # Told in the narrative imperfect: "le 5 mai, une fusée Atlas V décollait avec la sonde".
    "decollait, decollaient, s'elancait, s'elancaient, "
    "reussit, a reussi, ont reussi, reussi, reussie, est operationnel, est operationnelle, "
    "sont operationnels, desormais operationnel, desormais operationnelle, "
    "totalement operationnel, pleinement operationnel, est entre en service, entre en service, "
    # The idiom of a thing done: "il avait promis de la construire en cent jours ; c'est
    # chose faite".
    "c'est chose faite, c'est desormais chose faite, c'est maintenant chose faite, "
    "est chose faite, "
    # Built and ready: "le nom n'est pas encore définitif, mais l'enceinte est déjà prête".
    "est deja pret, est deja prete, sont deja prets, sont deja pretes, "
    # Said of plural things: "les premières rames de 52 mètres sont entrées en service".
    "sont entre en service, "
    "est mis en service, a ete mis en service, a ete mise en service, mis en service, "
    "raccorde au reseau, raccordee au reseau, raccordees au reseau, raccordes au reseau, "
    "ont ete raccordees, ont ete raccordes, a acheve, a finalise, acheve, achevee, acheves, "
    "achevees, finalise, est termine, est terminee, a livre, ont livre, demarre, a demarre, "
    "ont demarre, a produit, ont produit, annonce le lancement, annoncent le lancement, "
    "a eu lieu, a ete un succes, en service commercial, livre son premier, livre sa premiere, "
    "livre ses premiers, livre ses premieres, livre le premier, livre la premiere, "
    "a annonce le lancement, ont annonce le lancement, "
    # Said as a noun or a verdict: "la mise en service du parc marque la fin de...", "last
    # week's launch of X", "après sa réouverture", "cet objectif a été atteint".
    "announced the completion of, announces the completion of, announce the completion of, "
    # Commissioned, said as done: "the wind farm has been fully commissioned", "announced the
    # full commissioning of", "EDF commissions first floating wind farm" (not a bare
    # "commissioned", said of a study or a report as often).
    "fully commissioned, has been commissioned, have been commissioned, was commissioned, "
    "were commissioned, officially commissioned, announced the commissioning of, "
    "announces the commissioning of, announced the full commissioning of, "
    "announces the full commissioning of, commissions first, commissions its first, "
    "commissions the first, "
    # Its French plural and feminine: "les trois éoliennes ont été mises en service",
    # "officiellement mises en service".
    "ont ete mises en service, ont ete mis en service, sont mises en service, "
    "officiellement mises en service, officiellement mis en service, "
    "celebrates the completion of, celebrated the completion of, celebrating the completion of, "
    # The ceremony that marks it, held: "completion ceremony held for the new stadium".
    "completion ceremony held, held a completion ceremony, held its completion ceremony, "
    "ceremonie d'achevement organisee, "
    # Open to all, said of the thing: "Starting today, it's open to the public", "the Skyline is
    # finally open to the public", "Tel Aviv light rail opens to the public".
    "is open to the public, are open to the public, it's open to the public, "
    "opens to the public, opened to the public, open to the public today, "
    "celebre l'achevement, a celebre l'achevement, "
    "marks the end of, marked the end of, last week's launch of, yesterday's launch of, "
    # ... and its beginning marked, as its end is: "Melbourne marks official opening of the
    # Metro Tunnel", "marking the opening of the first new road crossing", "marque le début
    # du prélèvement à la source" (a step word beside it, "the start of construction", makes
    # it that step's).
    "marks the opening of, marked the opening of, marking the opening of, "
    "marks the official opening of, marked the official opening of, "
    "marking the official opening of, marks official opening of, marked official opening of, "
    "marks the start of, marked the start of, marque le debut, a marque le debut, "
    "marque l'ouverture, a marque l'ouverture, "
    "this week's launch of, since its launch, after its reopening, since its reopening, "
    "day of its reopening, has been achieved, have been achieved, was achieved, "
    "annonce la mise en service, a annonce la mise en service, ont annonce la mise en service, "
    "annonce l'achevement, a annonce l'achevement, marque la fin, a marque la fin, "
    "apres sa reouverture, depuis sa reouverture, jour de sa reouverture, "
    "apres son ouverture, depuis son ouverture, jour de son ouverture, "
    "depuis sa mise en service, apres sa mise en service, a ete atteint, a ete atteinte, "
    "ont ete atteints, ont ete atteintes, objectif atteint, pari reussi, "
    # Running: "connecté au réseau", "a commencé sa production", "tourne à plein régime".
    "connecte au reseau, connectee au reseau, connectes au reseau, connectees au reseau, "
    "a ete connecte au reseau, a ete connectee au reseau, a commence sa production, "
    "a commence la production, commence sa production, a demarre sa production, "
    "a lance sa production, met en route, a mis en route, tourne a plein regime, "
    "fonctionne a plein regime, began producing, started producing, is up and running, "
    "begins producing, begun producing, starts producing, commence a produire, "
    "a commence a produire, "
    "now up and running, demarree, demarrees, fonctionne enfin, fonctionnent enfin, "
    "fonctionnent completement, fonctionne completement, finally opening, finally opens, "
    "ouvre enfin, rouvre enfin, est enfin ouvert, est enfin ouverte, termine, terminee, "
    "termines, terminees, rolled off the assembly line, rolled off the production line, "
    "rolls off the assembly line, rolls off the production line, "
    # Its first passengers carried: "the first passengers check in", "a accueilli ses
    # premiers voyageurs" (a partial service is still a step: "partiel", "partial").
    "first passengers, premiers voyageurs, premiers passagers, "
    # Entered production, handed over (said of the thing: "the Cybertruck enters production",
    # "la frégate a été livrée"), as "enters service" is.
    "enters production, entered production, went into production, goes into production, "
    "start of production, production start, debut de la production, demarrage de la production, "
    "has been delivered, was delivered, were delivered, "
    "entre en production, est entre en production, a ete livre, ont ete livres, "
    # The French of "rolled off the line": "les premières cellules sortent de l'usine".
    "sort de l'usine, sortent de l'usine, sorti de l'usine, sortis de l'usine, "
    "sort des chaines, sortent des chaines, sorti des chaines, sortie des chaines, "
    # Every tense of it: "les premières batteries sont sorties des chaînes".
    "sortis des chaines, sorties des chaines, sont sortis de l'usine, sont sorties de l'usine, "
    "sorties de l'usine, "
    "a ete remis, ont ete remis, handed over, hands over, has handed over, "
    # Its present progressive, as a headline's news: "is handing over to customers the first
    # 30 Model Y".
    "is handing over, are handing over, "
    "est en vente, sont en vente, desormais en vente, "
    # In service, said as its start: "the ferry finally began service on the route".
    "began service, begins service, started service, starts service, begun service, "
    "began operating, begins operating, started operating, starts operating, "
    # Commercial operation begun, power generated: "began commercial operations on Tuesday",
    # "has begun generating electricity", "made their first journey".
    "began commercial operations, begins commercial operations, started commercial operations, "
    "starts commercial operations, commenced commercial operations, begun commercial operations, "
    "start of commercial operations, began commercial operation, entered commercial operation, "
    "enters commercial operation, begun operations, began generating, begins generating, "
    "begin generating, started generating, starts generating, begun generating, "
    "made their first journey, made their first trip, made their first run, "
    # The same said noun first: "commercial power generation begins", "commercial operations
    # started last midnight", "la mise en exploitation commerciale a débuté".
    "commercial operation began, commercial operation begins, commercial operation started, "
    "commercial operation starts, commercial operation has begun, commercial operations began, "
    "commercial operations begin, commercial operations started, commercial operations have "
    "begun, power generation began, power generation begins, power generation started, "
    "power generation starts, power generation has begun, "
    "exploitation commerciale a debute, exploitation commerciale a commence, "
    # The same in the forms the list lacked: the French passé composé of "mise en service"
    # said of its running ("a été mise lundi en exploitation commerciale"), a ship's or an
    # aircraft's maiden trip begun ("begins its maiden voyage from Singapore").
    "a ete mis en exploitation, ont ete mis en exploitation, "
    "begins its maiden, began its maiden, has begun its maiden, sets off on its maiden, "
    "set off on its maiden, embarks on its maiden, embarked on its maiden, "
    # ... and their other forms: the present passive, as "est mis en service" ("la ligne est
    # mise en exploitation ce lundi"); a ship's own pronoun ("begins her maiden voyage");
    # the verbs of a ship's leaving ("sets sail on its maiden cruise", "departed on her
    # maiden voyage"); "inaugural" for "maiden" ("embarks on its inaugural voyage"), and
    # the French "voyage inaugural" begun ("a entamé son voyage inaugural").
    "est mis en exploitation, sont mis en exploitation, "
    "begins her maiden, began her maiden, has begun her maiden, sets off on her maiden, "
    "set off on her maiden, embarks on her maiden, embarked on her maiden, made her maiden, "
    "sets sail on its maiden, set sail on its maiden, sets sail on her maiden, "
    "set sail on her maiden, departs on its maiden, departed on its maiden, "
    "departs on her maiden, departed on her maiden, "
    "begins its inaugural, began its inaugural, has begun its inaugural, "
    "sets off on its inaugural, set off on its inaugural, embarks on its inaugural, "
    "embarked on its inaugural, sets sail on its inaugural, set sail on its inaugural, "
    "departs on its inaugural, departed on its inaugural, "
    "entame son voyage inaugural, a entame son voyage inaugural, "
    "entame sa croisiere inaugurale, a entame sa croisiere inaugurale, "
    "part pour son voyage inaugural, est parti pour son voyage inaugural, "
    "part pour sa croisiere inaugurale, est parti pour sa croisiere inaugurale, "
    # In operation, in force: "the reactor goes into operation", "la réforme est entrée en
    # vigueur le 1er janvier", "the rules came into force" (told as done, not "will enter").
    "goes into operation, went into operation, has gone into operation, entered operation, "
    "comes into operation, came into operation, come into operation, has come into operation, "
    "have come into operation, comes into service, came into service, come into service, "
    "has come into service, have come into service, "
    "entered into operation, enters into operation, est entre en exploitation, "
    "est entree en exploitation, came into force, has come into force, have come into force, "
    "est entree en vigueur, est entre en vigueur, sont entrees en vigueur, "
    "sont entres en vigueur, "
    # In force, applying or open from a day already reached: "in force since Wednesday",
    # "à partir d'aujourd'hui", "s'applique depuis le 1er juillet", "en vigueur depuis" (not
    # "as of today", said of a figure, nor "from today", said of a time counted from it).
    "in force since, into force today, "
    # The present of the headline's news: "the act comes into force", "la loi entre en
    # vigueur" (a day ahead named beside it makes it a plan, see reading.dated_away).
    "comes into force, come into force, enters into force, enter into force, "
    "entre en vigueur, entrent en vigueur, "
    "applies since, apply since, en vigueur depuis, s'applique depuis, s'appliquent depuis, "
    "entre en vigueur aujourd'hui, entrent en vigueur aujourd'hui, "
    "a partir d'aujourd'hui, "
    # In effect: "the measure is now in effect", "the rule went into effect" (not "takes
    # effect", said of a day ahead as often).
    "is now in effect, are now in effect, went into effect, has gone into effect, "
    "took effect, has taken effect, est desormais en vigueur, sont desormais en vigueur, "
    # A duty in force, said by its word: "since January 1, the e-prescription has been
    # mandatory", "la Belgique a rendu obligatoire la facturation électronique" (not "will
    # become mandatory", a modal's future, nor "becomes mandatory in 2026", dated ahead).
    # (MANDATORY, above, which counts only beside the claim's words).
    # On sale, said by its day or its first buyers: "on launch day, we met the first
    # buyers", "fans lined up outside stores to nab the first headsets", "le jour de sa
    # sortie".
    "on launch day, on its launch day, le jour de sa sortie, le jour du lancement, "
    "lined up outside, queued outside, queued up outside, faisaient la queue devant, "
    "font la queue devant, "
    # Open to its first users, said by its day or its riders: "riding the line on opening
    # day", "our first rides" (the French "le jour de l'ouverture" as often sets a day ahead).
    "on opening day, on its opening day, first rides, first riders, "
    # In service, delivered, a first flight made, an adverb or a day inside ("is finally in
    # service", "est enfin livré", "a effectué jeudi son premier vol"); the audit's other
    # phrases are FULFILMENT_FIXED.
    "is in service, are in service, est en service, sont en service, "
    "is in operation, are in operation, est en exploitation, sont en exploitation, "
    # In production, a first trip made: "la Microlino est en production depuis quelques mois",
    # "the Léman Express made its first trip" (a production the claim did not promise is a
    # step, see reading._side_event).
    "is in production, are in production, est en production, sont en production, "
    "made its first trip, made its first journey, made its first run, made its maiden, "
    "a effectue son premier, a effectue sa premiere, a effectue son vol inaugural, "
    "est livre, est livree, sont livres, sont livrees, livree, livrees, debuted, "
    # Delivery taken by the customer: "Swiss takes delivery of first Bombardier C Series".
    "takes delivery of, took delivery of, has taken delivery of, accepted delivery of, "
    "accepts delivery of, a pris livraison, prend livraison, ont pris livraison, "
    # The event carried out, said by the official verb of ceremonies: "la banque a procédé au
    # lancement officiel de sa plateforme", "le ministre a procédé à l'inauguration du pont".
    "a procede au lancement, ont procede au lancement, a procede a l'inauguration, "
    "ont procede a l'inauguration, a procede a la mise en service, "
    "ont procede a la mise en service, a procede a l'ouverture, ont procede a l'ouverture"
)
FULFILMENT += MANDATORY
# FULFILMENT's fixed phrases: the words of an idiom, no adverb stands inside them, so
# they are compiled without the adverb joiner (see signal_regex).
FULFILMENT_FIXED = _phrases(
    # Online, open, in service, said as the state it is now in: "the data centre comes
    # online", "now open", "open for business", "est en service depuis lundi", "ouvert à la
    # circulation", "mis en ligne" (not a bare "open" or "ouvert": "the debate is open").
    "comes online, came online, come online, goes online, went online, brought online, "
    "now open, open for business, is officially open, cuts the ribbon, cut the ribbon, "
    # Open since a day gone by: "ils ont accueilli 100 000 baigneurs depuis leur ouverture en
    # juillet", "since it opened in May".
    "depuis son ouverture, depuis sa mise en service, depuis leur ouverture, "
    "depuis leur mise en service, since its opening, since their opening, since it opened, "
    "since they opened, since opening day, "
    # The wait told as over: "L'attente est finie pour de nombreux habitants", "the wait is
    # over".
    "l'attente est finie, l'attente est terminee, the wait is over, the wait is finally over, "
    # "Edinburgh Sick Kids: the unusable hospital that is finally open".
    "is finally open, are finally open, is open at last, "
    # A headline's present for a plural subject: "Spurs open new stadium with victory".
    "open new, open their new, open its new, "
    "began operations, begins operations, started operations, starts operations, "
    "commenced operations, commences operations, "
    # With the owner's possessive: "Safaricom has officially started its operations in
    # Ethiopia", "the airline began its operations on Monday".
    "began its operations, started its operations, commenced its operations, "
    "began their operations, started their operations, commenced their operations, "
    # The singular in the past ("the light rail started operation on Friday", "has started
    # operation of the plant"); the present, as often said of a time to come ("wait months
    # before the line begins operation"), is left to the plural's.
    "began operation, started operation, commenced operation, "
    "went into service, goes into service, "
    "put into service, placed into service, brought into service, desormais en service, "
    "met en service, a mis en service, ont mis en service, mise en service effective, "
    "entree en service effective, ouverture effective, ouvert au public, "
    "ouverte au public, ouverts au public, ouvertes au public, ouvert a la circulation, "
    "ouverte a la circulation, ouverts a la circulation, ouvertes a la circulation, "
    "desormais ouvert, desormais ouverte, met en ligne, a mis en ligne, "
    "ont mis en ligne, desormais en ligne, c'est parti pour, "
    # A service running: "le tramway roule enfin", "circule depuis ce matin".
    "roule enfin, roulent enfin, circule enfin, circulent enfin, roule depuis, "
    "roulent depuis, circule depuis, circulent depuis, "
    # First users welcomed: "welcomes its first customers", "accueille ses premiers clients".
    "welcomes its first, welcomed its first, welcome their first, welcomed their first, "
    "accueille ses premiers, accueille ses premieres, a accueilli ses premiers, "
    "a accueilli ses premieres, accueillent leurs premiers, "
    "accueillent leurs premieres, "
    # A first flight or voyage made: "reaches orbit", "makes its maiden flight", "a effectué
    # son premier vol", "blasts off", "maiden flight a success", "le vol est un succès" (a
    # success said of the flight only: a fund-raising or a share sale is "a success" too).
    "reaches orbit, reached orbit, blasts off, makes its maiden, made its maiden, "
    "makes her maiden, "
    # A flight or a craft arrived: "the debut flight touched down at JFK on Saturday".
    "touched down, touches down, has touched down, "
    # A satellite put in orbit: "placé en orbite avec succès", "was placed into orbit" (not
    # the noun: "la mise en orbite est prévue en mars").
    "placed in orbit, placed into orbit, place en orbite, placee en orbite, "
    "places en orbite, placees en orbite, mis en orbite, place sur orbite, "
    "placee sur orbite, mis sur orbite, "
    "makes its first flight, made its first flight, effectue son premier vol, "
    # "La New Glenn s'envole pour la première fois", "a effectué son tout premier vol" (not a
    # bare "s'envole": prices soar too).
    "s'envole pour la premiere fois, s'envolent pour la premiere fois, "
    "vole pour la premiere fois, flies for the first time, flew for the first time, "
    "a effectue son tout premier, effectue son tout premier vol, "
    "flight a success, flight is a success, flight was a success, vol est un succes, "
    "vol a ete un succes, "
    # Production under way, said of production: "begins mass production", "kicks off
    # production", "la production a débuté", "first cells roll off the line".
    "starts mass production, started mass production, begins mass production, "
    "began mass production, enters mass production, entered mass production, "
    "starts commercial production, started commercial production, "
    "begins commercial production, began commercial production, kicks off production, "
    "kicked off production, production has started, production has begun, "
    "started regular production, starts regular production, began regular production, "
    "begins regular production, kicked off regular production, started regular output, "
    "production began, production started, la production a debute, "
    "la production a demarre, la production a commence, rolls off the line, "
    "rolled off the line, roll off the line, "
    # Out to its users: "rolls out the app to all users", "available today", "hits stores",
    # "out now", "est livré". (Not "releases", said of a trailer or of figures as often, nor
    # "déploie", said of the servers or lines laid toward the promise, nor "debuts", the
    # French "débuts" of a thing.)
    "rolls out, rolled out, has rolled out, available today, available now, "
    "disponible des aujourd'hui, disponible aujourd'hui, hits stores, hit stores, "
    "hits shelves, hit shelves, hits app stores, hit app stores, out now, "
    # A vehicle out to its buyers: "the Nano hit the roads of India with the first three
    # customers receiving the keys" (not "hit the road", said of travellers setting off).
    "hits the roads, hit the roads"
)
# The promised thing moved, will be late, or is on hold (a pause is not an abandonment).
DELAY = _phrases(
    # English
    "delay, delays, delayed, delaying, postpone, postponed, postpones, postponement, "
    "pushed back, pushes back, pushing back, push back, pushed again, slip, slips, slipped, "
    "slipping, "
    "later than planned, slower than planned, slower than expected, behind schedule, "
    # The same said with an adverb or of the time it takes: "is advancing more slowly than
    # planned", "avance plus lentement que prévu", "is taking longer than expected", "met
    # plus de temps que prévu" (the time overrun is the slip).
    "more slowly than planned, more slowly than expected, more slowly than anticipated, "
    "longer than planned, longer than expected, longer than anticipated, longer than hoped, "
    "longer than initially planned, longer than initially expected, "
    "longer than originally planned, longer than originally expected, "
    "plus lentement que prevu, plus de temps que prevu, plus longtemps que prevu, "
    # Put off, said as a noun: "negotiate the deferment of the rail link", "further deferral".
    "deferment, deferral, "
    # Extra time granted, said of whoever must do it: "telcos given extra time to retire 3G",
    # "have been granted additional time" (as "needs more time"). Not "given more time": tried,
    # it is as often told beside the later date it leads to, and the wording then chose the
    # window from the nearest date, another's.
    "given extra time, given additional time, granted extra time, granted additional time, "
    "significantly behind, well behind, far behind, falling behind, fallen behind, "
    "fell behind, lagging behind, running behind, "
    # An attempt that failed leaves the promise to be done again: "rocket launch ends in
    # failure", "le premier lancement s'est soldé par un échec", "échec du vol inaugural".
    "ends in failure, ended in failure, end in failure, s'est solde par un echec, "
    "se solde par un echec, s'est soldee par un echec, se solde par un echec, "
    "echec du premier lancement, echec du lancement, echec du vol inaugural, "
    "echec du premier vol, "
    # Moved down the list: "the flight was bumped to next year".
    "bumped to, bumped into, bumped back, bumps to, bumped from, "
    # "as planned shutdown is pushed off".
    "pushed off, pushes off, "
    "rescheduled, reschedules, now expects, now expected, "
    # A regulator's refusal as it stands, pending a new filing: the FDA's "complete response
    # letter" (a refusal for good is said so: "rejected", "discontinue").
    "complete response letter, complete response letters, lettre de reponse complete, "
    "now targets, now scheduled, now slated, now planned, deferred, defers, setback, "
    # The dates moved, or more time wanted: "deadlines have shifted since 2015", "needs more
    # time to complete the filing".
    "deadlines have shifted, deadline has shifted, dates have shifted, timeline has shifted, "
    "timelines have shifted, schedule has shifted, needs more time, need more time, "
    # More time given: "that timeline has now been extended to April 2025 at the earliest".
    "timeline has been extended, timeline was extended, timelines have been extended, "
    "schedule has been extended, schedule was extended, deadline has been extended, "
    "deadline was extended, deadlines have been extended, delai a ete prolonge, "
    "calendrier a ete prolonge, "
    # More time granted, said as a noun: "gets another 1-year extension", "a six-month
    # extension to complete", "un délai supplémentaire" ("the line's extension" is a place).
    "deadline extension, deadline extensions, extension of the deadline, "
    "extension to the deadline, another extension, further extension, year extension, "
    "month extension, delai supplementaire, prolongation du delai, prolongation de delai, "
    # Its plurals: "une troisième prolongation des délais", "deux prolongations du délai".
    "prolongation des delais, prolongations du delai, prolongations des delais, "
    # A timetable revised: "avec un calendrier révisé", "un nouvel échéancier attendu" (not
    # the English "revised timetable", as often the title of the plan itself).
    "calendrier revise, echeancier revise, nouvel echeancier, "
    "needed more time, besoin de plus de temps, besoin de davantage de temps, "
    "wait longer, wait a little longer, have to wait, miss the deadline, missed the deadline, "
    "misses the deadline, on hold, pause, paused, pauses, suspended, suspends, halted, "
    # The progressive: "is temporarily suspending the programme", "pausing the roll-out".
    "suspending, pausing, "
    "halts, frozen, "
    # French
    "retard, retarde, retardee, retardes, retardees, reporte, reportee, reportes, reportees, "
    "repousse, repoussee, repousses, repoussees, decale, decalee, decales, decalees, decalage, "
    "glisse, glissement, plus lent que prevu, plus lents que prevu, plus lente que prevu, "
    "plus lentes que prevu, desormais attendu, desormais attendue, desormais prevu, "
    "desormais prevue, desormais programme, desormais programmee, plus tard que prevu, "
    # "l'inauguration est maintenant prévue dans un peu plus de trois mois".
    "maintenant prevu, maintenant prevue, maintenant attendu, maintenant attendue, "
    "maintenant programme, maintenant programmee, "
    # The aim now in force: "l'objectif est désormais de livrer l'ouvrage fin 2022",
    # "L'objectif est maintenant d'ouvrir le pont en septembre 2025", "prévoit désormais de".
    "objectif est desormais, objectif est maintenant, prevoit desormais, prevoient desormais, "
    "the goal is now, the target is now, "
    "prendra du retard, accuse un retard, en retard, se fait attendre, s'enlise, "
    "devra attendre, faudra attendre, revoir son planning, revoir son calendrier, "
    # The same in English, and the timetable spread out ("a revision to its timetable",
    # "un rééchelonnement du calendrier", as "rescheduled" above).
    "revises its timetable, revised its timetable, revision to its timetable, "
    "revision of its timetable, reechelonnement, reechelonne, reechelonnee, "
    "plus valable, en pause, mis en pause, met en pause, gel, gele, gelee, "
    "suspend, suspendu, suspendue, suspension de ses activites, suspension des travaux, "
    "suspension du chantier, suspension des activites, "
    # The works stopped, said with their noun: "Hydro-Québec stoppe la construction de la
    # ligne", "l'arrêt des travaux au Québec", "construction was halted".
    "arret des travaux, arret du chantier, interruption des travaux, interruption du chantier, "
    "stoppe les travaux, stoppe la construction, stoppe le chantier, stoppent les travaux, "
    "a stoppe les travaux, a stoppe la construction, ont stoppe les travaux, "
    "interrompt les travaux, a interrompu les travaux, ont interrompu les travaux, "
    "halts construction, halted construction, stops construction, stopped construction, "
    "construction was halted, construction has been halted, construction halted, "
    # Stuck or stalling: "le projet est bloqué", "le compteur est bloqué à 640 trains", "le
    # projet patine", "le chantier piétine".
    "bloque, bloquee, bloques, bloquees, patine, patinent, pietine, pietinent, "
    # Struggling to come about: "la mosquée peine à sortir de terre", "le projet peine à
    # voir le jour" (not "peine à accueillir", which says a lack of room).
    "peine a sortir de terre, peinent a sortir de terre, peine a voir le jour, "
    "peinent a voir le jour, peine a demarrer, peinent a demarrer, peine a avancer, "
    "peinent a avancer, peine a se concretiser, "
    # Stalled, frozen, mothballed, scrubbed, put back, held up ("has now stalled", "est
    # finalement ajourné"); the audit's phrases are DELAY_FIXED. Left out as they say other
    # things in business news: "held up" alone ("held up as a model"), "dérape" (mostly of
    # costs), "diffère" (differs; folded, the same letters as "différé").
    "stalls, stalled, stalling, freezes, mothballed, mothballs, scrubbed, scrubs, "
    # Stuck: "Apple remains stuck in mud in fields of Athenry".
    "remains stuck, remain stuck, is stuck, are stuck, still stuck, "
    "ajourne, ajournee, ajournes, ajournees, ajournement, est differe, a ete differe, "
    # The time it takes grows: "les délais pour la mise en service s'allongent".
    "delais s'allongent, delai s'allonge, calendrier s'allonge, "
    "differee, sont differes, differees, puts back, putting back, held up by"
)
# DELAY's fixed phrases: the words of an idiom, no adverb stands inside them, so
# they are compiled without the adverb joiner (see signal_regex).
DELAY_FIXED = _phrases(
    # Late, put back, held up, stalled, frozen, mothballed: the usual words of a slip or a
    # pause ("is running late", "puts back the opening", "held up by a permit dispute", "the
    # project has stalled", "a launch scrubbed"; "coup d'arrêt", "mis en sommeil",
    # "ajourné", "différé"). Not "put back" alone, whose "to" may name a nearer date than
    # the one the item settles on, nor "on ice", a drop (below). Not "is late" ("the
    # opening is late 2026" gives a date) nor "slides to" ("shares slide to a low").
    "running late, will be late, months late, years late, "
    "weeks late, put back again, put back by, put back a year, put back another, "
    "coup d'arret, mis en sommeil, mise en sommeil, "
    # What should have happened and did not: "Le 1er juillet 2021 aurait dû être le jour de
    # l'ouverture", "should have opened last year", "n'a pu respecter la feuille de route".
    "aurait du etre, aurait du ouvrir, aurait du entrer, aurait du demarrer, aurait du voir, "
    "auraient du etre, auraient du ouvrir, should have opened, should have been open, "
    "should have launched, should have been ready, should have been completed, "
    "n'a pu respecter, n'a pas pu respecter, n'ont pu respecter, n'ont pas pu respecter, "
    "n'a pas pu tenir, n'a pu tenir"
)
# "report" is a postponement only in French; in English it is a news report.
DELAY_FRENCH_ONLY = _phrases("report")
# Lateness said with a hedge: the deadline will probably be missed. Read as a delay without
# a new date (the editor judges the source); these phrases carry their own modal, so the
# negator rule does not apply to them.
LATE_RISK = _phrases(
    "unlikely to meet, unlikely to be ready, likely to be delayed, likely to slip, "
    # Unlikely to happen, or to be ready, at the time promised: "unlikely to open on time",
    # "la prison pourrait ne pas être prête fin 2025" (the "on time" is the promise doubted).
    "unlikely to open, unlikely to launch, unlikely to start, unlikely to be completed, "
    "unlikely to be finished, pourrait ne pas etre pret, pourrait ne pas etre prete, "
    "pourraient ne pas etre prets, pourraient ne pas etre pretes, "
    "at risk of, schedule at risk, timeline at risk, growing risk, risk of delay, "
    "risk of further delay, "
    "may be delayed, could be delayed, might be delayed, could slip, may slip, "
    # Put off, said with a hedge: "it now appears that it might be put off"; the start date
    # "thrown into doubt" (not "could be postponed", whose "postponed until 2017" is read
    # with its date; the French "pourrait être reporté" is read by its "report").
    "may be put off, might be put off, could be put off, thrown into doubt, "
    "not be ready in time, not ready in time, will not be ready, won't be ready, "
    # A slip said with a hedge: "la production risque de glisser", "could slip again".
    "risque de glisser, risquent de glisser, pourrait glisser, pourraient glisser, "
    "risque de retard, risque de prendre du retard, pourrait etre retarde, "
    "pourrait etre retardee, pourrait prendre du retard, ne devrait pas etre realite, "
    "ne devrait pas etre une realite, ne sera pas au rendez-vous, pas pret a temps, "
    "pas prete a temps, ne sera pas pret, ne sera pas prete, echec annonce, "
    "will not be met, won't be met, will not be kept, ne sera pas tenu, ne sera pas tenue, "
    # Not to be kept: "a de bonnes chances de ne pas être respectée", "ne sera pas respectée".
    "ne pas etre respecte, ne pas etre respectee, ne sera pas respecte, ne sera pas respectee, "
    "ne seront pas respectes, ne seront pas respectees, won't be kept, "
    # Unable to keep it: "ne pourra pas réaliser sa promesse", "ne sera pas en mesure de
    # respecter son engagement", "will not be able to keep its promise".
    "ne pourra pas realiser sa promesse, ne pourra pas tenir sa promesse, "
    "ne pourra pas respecter, pas en mesure de respecter, pas en mesure de tenir, "
    "will not be able to keep, won't be able to keep, unable to keep, unable to meet, "
    "ne seront pas tenus, ne seront pas tenues, n'a pas ete tenu, n'a pas ete tenue, "
    "n'ont pas ete tenus, pas ete tenu, was not met, has not been met, were not met, "
    "missed its target, missed the target, manque son objectif, a manque son objectif, "
    # The target said to be out of reach: "n'atteindra pas son objectif de brancher tous les
    # foyers d'ici 2022", "will not reach its goal".
    "n'atteindra pas son objectif, n'atteindra pas l'objectif, n'atteindront pas leur objectif, "
    "will not reach its target, won't reach its target, will not reach its goal, "
    "won't reach its goal, will not meet its target, won't meet its target, "
    "will not meet its goal, won't meet its goal, "
    # Not able to start or run at the time said: "ne peut pas démarrer en avril comme annoncé",
    # "ne pourra pas être opérationnel à cette date", "will not be operational in time".
    "ne peut pas demarrer, ne pourra pas demarrer, ne pourront pas demarrer, "
    "ne pourra pas etre operationnel, ne pourra pas etre operationnelle, "
    "ne sera pas operationnel, ne sera pas operationnelle, will not be operational, "
    "won't be operational, cannot start, can't start, "
    # Not opening at a time said: "will not open in June", "n'ouvrira pas avant 2026".
    "will not open in, will not open on, will not open by, will not open before, "
    "won't open in, won't open on, won't open by, won't open before, n'ouvrira pas en, "
    "n'ouvrira pas le, n'ouvrira pas avant, n'ouvriront pas en, n'ouvriront pas avant, "
    # Hard to meet, or may not be: "may not meet 2019 deadline", "it is tough to meet the
    # 2019 deadline", "may overshoot December 2019 deadline", "difficile de tenir les délais".
    "may not meet, might not meet, may fail to meet, could fail to meet, may not make, "
    "tough to meet, difficult to meet, hard to meet, challenging to meet, "
    "may overshoot, could overshoot, likely to overshoot, set to overshoot, "
    "difficile de tenir, difficile de respecter, pourrait ne pas respecter, "
    "pourrait ne pas tenir, "
    # Out of reach: "il sera impossible d'atteindre l'objectif à fin 2025", "l'objectif est
    # intenable", "the 2025 target is unachievable".
    "impossible d'atteindre, impossible de tenir, impossible de respecter, impossible to meet, "
    "impossible to reach, impossible to achieve, est intenable, sont intenables, "
    "is unachievable, are unachievable, is unattainable, are unattainable, "
    # Set back, said with a hedge: "is now more likely to be set back", "could be set back".
    "likely to be set back, may be set back, might be set back, could be set back"
)
# LATE_RISK's fixed phrases: the words of an idiom, no adverb stands inside them, so
# they are compiled without the adverb joiner (see signal_regex).
LATE_RISK_FIXED = _phrases(
    # Not happening, or not delivered, in the time said: "will not happen this year",
    # "n'aura pas lieu cette année", "ne sera pas livré à temps".
    "will not happen this year, won't happen this year, will not take place this year, "
    "won't take place this year, will not happen before, won't happen before, "
    "n'aura pas lieu cette annee, n'aura pas lieu avant, n'aura pas lieu en, "
    "pas livre a temps, pas livree a temps, pas livres a temps, pas livrees a temps, "
    "pas livre dans les temps, pas livree dans les temps, pas livre dans les delais, "
    "pas livree dans les delais, "
    # Not soon: "le jeu n'est pas près de sortir", "won't be out anytime soon".
    "n'est pas pres de, ne sont pas pres de, n'est pas pres d'etre, ne sont pas pres d'etre, "
    "not anytime soon, not any time soon"
)
# An end happened: a channel stopped broadcasting, support for a product ended. The thing
# happening only for a claim whose statement promises an end (END_PROMISED_RX); for the
# others these words say nothing of the promise (see reading.decide).
ENDED = _phrases(
    "has reached the end of, have reached the end of, reached the end of, "
    "stops supporting, stopped supporting, stops broadcasting, stopped broadcasting, "
    "ceased broadcasting, has ceased, have ceased, has been discontinued, "
    "have been discontinued, was discontinued, were discontinued, went off the air, "
    "a cesse, ont cesse, a cesse d'emettre, ont cesse d'emettre, a pris fin, ont pris fin, "
    "a tire sa reverence, ont tire leur reverence, a cesse d'etre diffusee, "
    "ont cesse d'etre diffusees, "
    # Gone, retired, no more: "le timbre vert a pris sa retraite", "the paper ticket has
    # disappeared", "the old card is no more" (an end only for a claim promising one).
    "a pris sa retraite, ont pris leur retraite, a disparu, ont disparu, n'est plus, "
    "ne sont plus, has been retired, have been retired, was retired, were retired, "
    "has disappeared, have disappeared, is no more, are no more, "
    # A plant or a site closed: "le dernier réacteur a été débranché", "la centrale
    # définitivement arrêtée", "the plant was permanently shut down".
    "a ete arrete, ont ete arretes, a ete debranche, ont ete debranches, a ete ferme, "
    "ont ete fermes, definitivement arrete, definitivement arretee, definitivement arretes, "
    "definitivement arretees, definitivement debranche, definitivement debranchee, "
    "definitivement debranches, definitivement debranchees, definitivement ferme, "
    "definitivement fermee, a ferme definitivement, ne produira plus, ne produit plus, "
    "has been shut down, have been shut down, was shut down, were shut down, "
    "permanently shut down, shut down for good, closed for good, has closed for good, "
    "has been decommissioned, was decommissioned, no longer produces, will no longer produce, "
    # A network shut down by its operator: "it shut down its 3G CDMA network at year-end".
    "shut down its, shuts down its, has shut down its, finally shut down, "
    "switched off its, has switched off its, switches off its, "
    # Told in a headline's present, or by turning it off: "AT&T shuts down 3G network",
    # "AT&T turned off its 3G wireless network on Monday".
    "shuts down, turned off its, has turned off its, turns off its, "
    # For good, the adverb before or after: "l'installation a été définitivement mise à
    # l'arrêt", "la centrale ferme définitivement", "le réacteur arrêté définitivement".
    "definitivement mis a l'arret, definitivement mise a l'arret, mis a l'arret definitivement, "
    "mise a l'arret definitivement, ferme definitivement, ferment definitivement, "
    "arrete definitivement, arretee definitivement, arretes definitivement, "
    "arretees definitivement"
)
END_PROMISED_RX = re.compile(
    r"(?<![\w])(?:ends|ending|stops?|stopping|ceases?|cesse\w*|closes|shuts? down|"
    r"phases? out|met fin|prend fin|fin de|"
    # A network or a plant switched off: "Swisscom switches off its 2G network".
    r"switch(?:es|ed)? off|switch-off|switching off|shuts? off|turns? off|decommissions?|"
    r"sunsets?|arrete|eteint|debranche"
    # Service withdrawn: "AT&T fully discontinues service on its 2G network", "retires".
    r"|discontinues?|retires?|withdraws? service|supprime"
    # A thing done away with for good: "does away with the paper metro ticket", "has the
    # power station closed for good", "permanently shuts all seven reactors", "the Airwave
    # service is phased out".
    r"|(?:does|do) away with|abolish(?:es)?|closed for good|permanently shuts?|phased out)"
    r"(?![\w])"
)
# The promise is dropped: denied, abandoned, cancelled, or redesigned out of existence.
DENIAL = _phrases(
    # English
    "denies, denied, deny, no plans to, no longer plans, abandons, abandoned, drops plans, "
    "scraps, scrapped, cancels, cancelled, canceled, will not seek, gives up, gave up, "
    "dropped plans, dropped its plans, dropped their plans, "
    "shelves, shelved, will not build, won't build, calls off, called off, pulls the plug, "
    "pulled the plug, back to the drawing board, "
    # Wound down: "Meta is officially winding down the stablecoin project".
    "winding down, winds down, wound down, begin the process of winding down, "
    "wind-down of the project, wind down of the project, wind down the project, "
    # "Fennovoima ends plans for Russian-built nuclear plant".
    "ends plans for, ended plans for, ends its plans, ended its plans, ends their plans, "
    # The present participle and the British spelling (not the noun: "the cancellation of
    # the April 9 launch" is one attempt called off); leaving the project is dropping it.
    "canceling, cancelling, scrapping, pulls out of, pulled out of, "
    "pulling out of, "
    # The noun with the plans or the project it calls off, as "the abandonment of": "announced
    # the cancellation of plans to build a chip plant", "the cancellation of the project".
    "cancellation of plans, cancellation of its plans, cancellation of the plans, "
    "cancellation of their plans, cancellation of the project, cancellation of its project, "
    # A deal torn up: "Australia tore up a $90billion submarine contract".
    "tore up, tears up, has torn up, had torn up, ripped up, rips up, "
    # French
    "dement, dementi, renonce, abandonne, abandon, n'a pas l'intention, annule, annulation, "
    "pas de projet, ne batira pas, ne construira pas, ne verront pas le jour, "
    "ne verra pas le jour, ne verra jamais le jour, ne verront jamais le jour, "
    "will never see the light of day, never see the light of day, "
    "jette l'eponge, met fin au projet, enterre, revoir le projet, "
    "revoit le projet, revoir sa copie, revoit sa copie, revoir la copie, revoit la copie, "
    # A deal or a project that fell through: "une introduction en Bourse qui a capoté".
    "a capote, ont capote, a finalement capote, "
    # Cancelled, said of a feminine or plural thing: "une candidature qui a été annulée".
    "annulee, annulees, "
    # Abandoned, the same, after its auxiliary: "la production de véhicules est abandonnée",
    # "les projets sont finalement abandonnés", "a été abandonnée" (a participle's ending and
    # an adverb are read after an auxiliary); not the adjective, "une friche abandonnée".
    "est abandonne, sont abandonne, a ete abandonne, ont ete abandonne, "
    # A bid withdrawn is the promise dropped: "la France retire sa candidature", "the city
    # withdrew its bid" (filing it was the step).
    "retire sa candidature, retirer sa candidature, a retire sa candidature, "
    "retirent leur candidature, ont retire leur candidature, withdraws its bid, "
    "withdrew its bid, has withdrawn its bid, withdraws its application, "
    "withdrew its application, "
    # Its backer gone, the project is dead: "the demise of the floating park", "pulled his
    # financial support for the park".
    "demise of, pulled his financial support, pulled her financial support, "
    "pulled its financial support, pulled their financial support, pulled his support, "
    "pulled her support, pulled its support, pulled their support, pulled its funding, "
    "pulled the funding, "
    # The promiser wound up takes its promise with it: "annonce sa liquidation", "lays off
    # all its staff", "la fin de l'aventure". Not insolvency or "dépôt de bilan", which
    # may be a restructuring the project survives, late.
    "liquidation, liquidation judiciaire, fin de l'aventure, fin d'une aventure, "
    "lays off all, laid off all, licencie tous ses, licencie l'ensemble de ses, "
    "licencie tout son personnel, "
    # Axed, ditched, binned, terminated ("was quietly axed"); the audit's phrases are
    # DENIAL_FIXED.
    "axed, axing, ditched, binned, terminates, terminated, "
    # A law undone before or after it applies: "repeals the act", "the court struck down the
    # law", "la loi a été abrogée", "will never apply", "n'entrera pas en vigueur"; and the
    # English noun of "l'abandon de" ("confirms the abandonment of the line").
    "repeals, repealed, strikes down, struck down, annulled, annuls, abroge, abrogee, "
    "abroges, abrogees, will never apply, will not enter into force, won't enter into force, "
    "will never enter into force, n'entrera pas en vigueur, n'entrera jamais en vigueur, "
    "ne s'appliquera pas, ne s'appliquera jamais, the abandonment of, "
    # The bare verb, as decided ("agreed to terminate the project", "decided to cancel"; a
    # plan to do it is a modal's, see reading), and a programme discontinued by its owner
    # ("we have discontinued the Sion program"; the passive is an end, ENDED).
    "terminate, terminating, cancel, discontinued the, discontinued its, discontinues the, "
    "discontinues its"
)
# DENIAL's fixed phrases: the words of an idiom, no adverb stands inside them, so
# they are compiled without the adverb joiner (see signal_regex).
DENIAL_FIXED = _phrases(
    # The common words of a drop: "axed", "ditches plans", "walks away from", "backs out of",
    # "will not go ahead", "off the table", "dead in the water", "dead and buried" (quoted or
    # not: "is 'dead and buried'"), "will never be built", "put on ice" (shelved, as
    # "Gigafactories put on ice" reports); "tombe à l'eau", "passe à la trappe", "fait une
    # croix sur", "ne se fera pas", "arrêt définitif", "met un terme".
    # Not a bare "axes" (the French noun: "trois axes majeurs") nor "ditches" (a
    # fund-raising may be ditched, not the promise); "decided not to" only before building,
    # opening, launching, going on ("decided not to sell the data centre" keeps it). Left
    # out as they say other things in the news: "tourne la page" (of a chief executive, of
    # an era), "sonne le glas" (said as often by the new thing of the old: "le tramway sonne
    # le glas du bus"). A contract terminated, talks put on ice, a rumour dead: see
    # AFFAIRS.
    "axes plans, axes its, ditches plans, ditched plans, ditches its plans, "
    "ditched its plans, walks away from, walked away from, walking away from, "
    "backs out of, backed out of, backing out of, will not go ahead, won't go ahead, "
    "not going ahead, will not proceed, won't proceed, off the table, "
    "dead in the water, is dead, dead and buried, will never be built, will never open, "
    "will no longer build, will no longer open, will no longer launch, on ice, "
    "decided not to build, decides not to build, decided not to open, decides not to open, "
    "decided not to launch, decides not to launch, decided not to proceed, "
    "decides not to proceed, decided not to pursue, decides not to pursue, kills off, "
    # Not going on with it, or not building it: "decided not to move forward with previously
    # planned projects", "the megafab will not be built".
    "not to move forward with, will not move forward with, won't move forward with, "
    "will not be built, won't be built, "
    "killed off, withdraws its plans, "
    "withdrew its plans, withdraws plans, withdrew plans, plans withdrawn, "
    "puts an end to, put an end to, tombe a l'eau, tombent a l'eau, est tombe a l'eau, "
    "passe a la trappe, passent a la trappe, est passe a la trappe, fait une croix sur, "
    "font une croix sur, a fait une croix sur, ne se fera pas, "
    "ne se fera jamais, ne se feront pas, ne sera jamais construit, "
    "ne sera jamais construite, ne seront jamais construits, ne sera pas construit, "
    "ne sera pas construite, arret definitif, arrete definitivement, "
    "stoppe definitivement, met un terme, a mis un terme, arrete le projet, "
    "arrete le programme, stoppe le projet, stoppe le programme, "
    "stoppe le developpement, retire son projet, retire le projet, "
    "retirent leur projet, "
    # Going back on the decision: "Google backpedals on decision to remove cookies", "fait
    # marche arrière sur", "will no longer continue with its plan".
    "backpedals on, backpedaled on, backpedalled on, backtracks on, backtracked on, "
    # Given up, as "jette l'éponge" says ("has thrown in the towel on its airliner"), and a
    # pledge broken ("has reneged on its previous pledge").
    # A contract ended ("la résiliation du contrat de construction du ferry", "le contrat a
    # été rompu"): an affair of the business unless it is the promise's own (see reading).
    "resiliation du contrat, resiliation de contrat, resilie le contrat, a resilie le contrat, "
    "rupture du contrat, rupture de contrat, a rompu le contrat, "
    "throws in the towel, threw in the towel, thrown in the towel, throw in the towel, "
    "throwing in the towel, reneges on, reneged on, renege on, reneging on, "
    "u-turn on, u-turns on, fait marche arriere sur, a fait marche arriere sur, "
    "font marche arriere sur, no longer continue with its plan, "
    "no longer continue with their plan, "
    # The project refused by whoever must allow it: "le fédéral dit non au projet", "a pris
    # la décision de ne pas autoriser le projet", "ne peut pas aller de l'avant", "rejects
    # the project", "refused planning permission" (an appeal or a claim rejected is not the
    # project, nor are objectors "refused permission" to appeal, so the object is said).
    "dit non au projet, disent non au projet, ne pas autoriser le projet, "
    "refuse d'autoriser le projet, refuse le projet, a refuse le projet, rejette le projet, "
    "a rejete le projet, ne peut pas aller de l'avant, ne pourra pas aller de l'avant, "
    "rejects the project, rejected the project, rejects the proposal, rejected the proposal, "
    "cannot go ahead, can't go ahead, could not go ahead, couldn't go ahead, "
    "refused planning permission, refused planning consent, "
    "denied planning permission"
)
# Production started, said with its kind between ("starts underground production", "began
# commercial production", "démarre la production commerciale" is the listed phrase's): not a
# trial, a pilot, a test or a risk run, which are steps.
PRODUCTION_STARTED_RX = re.compile(
    r"(?<![\w])(?:starts|started|begins|began|has begun|commences|commenced)\s+"
    r"(?!(?:trial|pilot|test|risk|pre|limited)\b)[a-z]+(?:-[a-z]+)?\s+production(?![\w])"
)
# Its first users received, said of people a school, a hospital, a prison, a library or a
# campus takes in: "first pupils walk through the doors", "became the first patient to
# receive proton therapy", "its first 100 inmates", "les premiers lecteurs ont poussé les
# portes" (as "first passengers" says a line runs). Not a trial's first patient ("first
# patient dosed", "enrolled"), a step of a drug's approval.
FIRST_USERS_RX = re.compile(
    r"(?<![\w])(?:first|premiers|premieres)\s+(?:\d[\d\s.,]*\s+)?"
    r"(?:patients?|pupils|students|inmates|prisoners|visitors|readers|eleves|etudiants"
    r"|etudiantes|detenus|visiteurs|lecteurs|patientes)(?![\w])"
    r"(?!\s+(?:(?:has|have|had|was|were)\s+(?:been\s+)?)?(?:dosed|enrolled|randomi[sz]ed|recruited"
    r"|recrutes|inclus|traites\s+dans))"
)
# The verb before the first users, in the future or an infinitive: "qui accueilleront les
# premiers visiteurs", "will welcome its first patients", "to receive the first pupils"; a day
# may come between ("accueillera lundi ses premiers patients", "will welcome on Monday").
# The days of the week, folded, as a group of alternatives.
WEEKDAY_FR = r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)"
WEEKDAY_EN = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
FUTURE_BEFORE_USERS_RX = re.compile(
    r"(?<![\w'])(?:[a-z]{3,}(?:eront|era|iront|ira|ront)|will\s+[a-z]+|to\s+[a-z]+)\s+"
    rf"(?:(?:des\s+|on\s+|this\s+|next\s+)?(?:{WEEKDAY_FR}|demain|{WEEKDAY_EN}|tomorrow)"
    r"\s+(?:prochain\s+)?)?"
    r"(?:(?:ses|les|leurs|des|its|their|the)\s+)?(?:\d[\d\s.,]*\s+)?$"
)
# A completion said as a noun with a verdict on it, given after the event: "la mise en
# service du réacteur saluée par le gouvernement", "the opening of the line, a success",
# "l'ouverture de la ligne, un succès" (not with a verb ahead between: "sera un succès").
DONE_WITH_A_VERDICT_RX = re.compile(
    r"(?<![\w])(?:mise en service|ouverture|inauguration|lancement|launch|opening"
    r"|entry into service|entree en service|premier vol|first flight)\s+"
    r"(?:(?!(?:sera|seront|will|would|devrait|pourrait|could|may|might)\s)[\w'-]+\s+){0,7}?"
    r"(?:saluee?s?|hailed|welcomed|celebrated|fetee?s?"
    r"|[\w'-]+\s*[,:]\s*(?:un|a)\s+(?:vrai\s+|franc\s+|real\s+|huge\s+|big\s+)?"
    r"(?:succes|success))(?![\w])"
)
# A count promised, told by the threshold crossed: "le seuil des 100 000 bornes a été franchi",
# "a franchi la barre des 100 000 points de charge", "crossed the 100,000 mark". Whether it
# is the whole promised or a step on the way is the count's (see reading._side_event).
_THRESHOLD_COUNT = r"(?P<n>\d{1,3}(?:[\s.,]\d{3})+|\d+)"
THRESHOLD_CROSSED_RX = re.compile(
    r"(?<![\w'])(?:(?:seuil|cap|barre)\s+(?:des|de)\s+"
    + _THRESHOLD_COUNT
    + r"(?:\s+[\w'-]+){0,4}?\s+"
    r"(?:a\s+ete|ont\s+ete|est|sont)\s+(?:franchis?|depasses?)"
    r"|(?:a|ont|avoir)\s+(?:franchi|depasse)\s+(?:le\s+seuil|le\s+cap|la\s+barre)\s+"
    r"(?:des|de)\s+"
    + _THRESHOLD_COUNT.replace("?P<n>", "?P<m>")
    + r"|(?:crossed|passed|surpassed)\s+the\s+"
    + _THRESHOLD_COUNT.replace("?P<n>", "?P<e>")
    + r"(?:\s+[\w'-]+){0,3}?\s+(?:mark|threshold|milestone))(?![\w])"
)
# A go-ahead revoked, refused or blocked by whoever gives it ("the regulator revoked its
# licence", "refused the grid connection", "l'autorité refuse le démarrage du réacteur"): no
# step, the thing held up (a drop when the item says it cannot go ahead, a delay when it
# says how long).
REVOKED_RX = re.compile(
    r"(?<![\w'])(?:revok\w*|refus\w*|block\w*|annul\w*|rescind\w*|bloqu\w*"
    r"|suspend\w*)\s+(?:(?:d'autoriser|to grant|to authori[sz]e)\s+)?"
    r"(?:[\w'-]+\s+){0,3}?(?:licen[cs]es?|permits?|permis|authori[sz]ations?|autorisations?"
    r"|approvals?|agrements?|(?:grid\s+)?connections?|raccordements?|demarrage"
    r"|mise en service)(?![\w])"
)
# A promise taken back by whoever holds the power to keep it: "the order rescinds the
# president's 2009 promise to close the prison", "reverses an Obama-era initiative", "revient
# sur l'engagement du gouvernement" (a drop; a licence revoked is REVOKED_RX's, a hold-up).
PROMISE_REVERSED_RX = re.compile(
    r"(?<![\w'])(?:rescind\w*|revok\w*|revers(?:es|ed|ing)|overturn\w*|revient\s+sur"
    r"|est\s+revenu\s+sur|revenir\s+sur)\s+(?:[\w'-]+\s+){0,4}?(?:promises?|pledges?"
    r"|commitments?|initiatives?|promesses?|engagements?)(?![\w])"
)
# A plant, a programme or a company's work closed down: "is closing its Moses Lake
# polysilicon plant", "ceasing production at its facility", "shuts down polysilicon
# operations", "decision to close the Care.data programme", "la fermeture de l'usine", "cesse
# ses activités". The verb or noun of closing, then within four words what it closes: the
# place where the thing is made or the work itself, not a road, a ramp or a round of funding
# ("closes its Series B"). For a claim that promises an end it is that end told; for any
# other it drops the promise (see reading._ends). Not "financial close", a step; the
# adjective "ferme" ("commande ferme") only before a determiner, as the verb is.
_CLOSED_THINGS = (
    r"(?:(?:manufacturing\s+)?(?:plants?|facilit(?:y|ies)|factor(?:y|ies))|operations"
    r"|production|programmes?|programs?|projects?|activities|business|usines?|activites|projets?)"
)
CLOSED_DOWN_RX = re.compile(
    r"(?<![\w'-])(?<!financial )(?:clos(?:es|ing)(?:\s+down)?|closed\s+down|(?<=to )close"
    r"|closed(?=\s+(?:its|their|the|all)\s)|closure\s+of|shut(?:s|ting)?\s+down"
    r"|ceas(?:e|es|ed|ing)|cessation\s+of|wind(?:s|ing)?\s+up|wound\s+up"
    r"|ferm(?:er|era|eront|ent|e)(?=\s+(?:son|sa|ses|leur|leurs|l'|la|le|les|definitivement)\b)"
    r"|fermeture\s+(?:definitive\s+)?(?:de|du|des|d')|cess(?:er|era|eront|ent|e)"
    r"|cessation\s+(?:de|d'))"
    rf"(?:(?:[^\S\n]+|')[\w.-]+){{0,5}}?(?:[^\S\n]+|'){_CLOSED_THINGS}(?![\w'-])"
    # The thing first: "Jolla Tablet project closes", "a project closing down" (not closing
    # something else: "the project closes its funding round").
    rf"|(?<![\w'-]){_CLOSED_THINGS}\s+(?:closes|is\s+closing|closing\s+down|shuts\s+down"
    r"|ferme\s+ses\s+portes)(?!\s+(?:a|an|its|the|their|his|her)\s)(?![\w'-])"
)
# The months in French, folded, and in English.
_FR_MONTHS = r"janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre"
_EN_MONTHS = (
    r"january|february|march|april|may|june|july|august|september|october|november|december"
)
# The months a place's capital cannot be: "mars", written with one, is the planet.
MONTHS_NOT_A_PLACE = "|".join(
    month for month in (_EN_MONTHS + "|" + _FR_MONTHS).split("|") if month != "mars"
)
# The thing said not to happen at a time named: "Artémis 2 ne pourra pas décoller en mars",
# "le lancement ne pourrait finalement pas se tenir en mars", "won't launch in March",
# "will not be ready by 2027". Late, with no new date ("won't be available until late 2012"
# gives a date instead, read as one).
_TIME_AHEAD = (
    rf"(?:\d{{4}}|{_FR_MONTHS}|{_EN_MONTHS}|cette annee|this year|next year|l'an prochain"
    r"|l'annee prochaine"
    r"|(?:the |la |le )?(?:fin|end|debut|start|beginning|mi|mid)\b)"
)
# What the thing does when it comes: opens, starts, is ready.
_AN_OUTCOME_VERB = (
    r"(?:re)?(?:open|launch|start|begin|debut|arrive|ship|fly|go live|come online|enter service"
    r"|produce|deliver|operate"
    r"|be (?:open|ready|completed|complete|finished|operational|available|delivered|launched"
    r"|opened|in service))"
)
NOT_AT_THE_TIME = (
    r"(?<![\w'])(?:ne|n')\s*(?:pourra|pourrait|pourront|pourraient|peut|peuvent)"
    r"(?:\s+(?:finalement|donc|toujours|plus))?\s+pas\s+(?:[a-z']+\s+){1,4}?"
    rf"(?:en|d'ici|au|a la|a)\s+{_TIME_AHEAD}"
    # Hedged the other way round: "pourrait ne pas démarrer en 2026", "may not open in 2026".
    r"|(?<![\w'])(?:pourrait|pourraient|risque de|risquent de)\s+ne\s+pas\s+(?:[a-z']+\s+){1,4}?"
    rf"(?:en|d'ici|au|a la|a)\s+{_TIME_AHEAD}"
    r"|(?<![\w'])(?:may not|might not)\s+(?:[a-z]+\s+){1,3}?(?:in|by)\s+"
    rf"{_TIME_AHEAD}"
    r"|(?<![\w'])(?:will not|won't|cannot|can't|will be unable to|won't be able to"
    r"|will not be able to)\s+(?:(?:[a-z]+\s+){1,3}?(?:in|by)\s+"
    rf"{_TIME_AHEAD}"
    # The time ahead said with no preposition, as English says it: "won't open this week",
    # "will not launch next month", of the thing's outcome only (not "cannot attend this
    # week's opening", "won't comment this week", "will not close this winter"), its object
    # or its place between ("won't produce drinking water this summer", "won't open to the
    # public this year").
    rf"|(?:[a-z]+\s+)?{_AN_OUTCOME_VERB}\s+(?:[a-z]+\s+){{0,3}}?(?:this|next)\s+"
    r"(?:week|month|year|spring|summer|autumn|fall|winter)(?![\w']))"
)
# Not before a time named, in the French "ne ... que" of a verb ahead: "la fin de la FM
# n'arrivera qu'en 2024", "le stade ne sera livré qu'à la fin de l'année", "n'ouvrira ses
# portes qu'au printemps 2026": the thing comes only then, late, its date given (not "ce
# n'est qu'en 2015 que", the past told).
NOT_UNTIL_FRENCH = (
    r"(?<![\w'])(?:ne|n')\s*(?:[a-z]+\s+){0,1}?[a-z]+(?:ra|ront|rait|raient)\s+"
    r"(?:[a-z'-]+\s+){0,4}?qu'\s*(?:(?:en|a|au|a la|a partir d[eu]|apres|dans|vers|courant)\s+)?"
    r"(?:[a-z'-]+\s+){0,1}?"
    rf"(?:\d{{4}}|{_FR_MONTHS}|fin|debut|mi|l'automne|l'ete|l'hiver|printemps|automne|ete|hiver"
    r"|l'an prochain|l'annee prochaine|(?:premier|second|deuxieme|troisieme|quatrieme)\s+"
    r"(?:semestre|trimestre))(?![\w])"
)
# A date missed, said of the promise: "a year after missing its last completion date",
# "missed its opening deadline", "another missed deadline". One pattern, looked for only in
# a text holding "miss", not a list of every phrase: written out, the combinations made the
# late-risk pattern eight times longer.
MISSED_DATE = (
    r"(?<![\w])(?:(?:miss|misses|missed|missing)\s+(?:its|the|their|another)\s+"
    r"(?:(?:last|latest|original|previous)\s+)?"
    r"(?:(?:completion|opening|target|launch|delivery|handover)\s+)?(?:dates?|deadlines?)"
    # "will miss its June opening", "missed its 2026 target", "misses its launch window".
    r"|(?:miss|misses|missed|missing)\s+(?:its|the|their)\s+(?:[\w-]+\s+)?"
    r"(?:opening|targets?|launch window|window)"
    # The date named in the target, with no article: "could miss end-2024 target".
    r"|(?:miss|misses|missed|missing)\s+[\w-]*\d[\w-]*\s+(?:opening|targets?|deadlines?)"
    r"|missed\s+deadlines?"
    # A deadline missed, named by what it was for: "again missed its court-approved deadline",
    # "misses lead line replacement deadline".
    r"|(?:miss|misses|missed|missing)\s+(?:(?:its|the|their|a|another)\s+)?(?:[\w-]+\s+){0,3}"
    r"deadlines?"
    # A milestone of the schedule missed: "misses major building milestone".
    r"|(?:miss|misses|missed|missing)\s+(?:(?:its|the|their|a|another)\s+)?(?:[\w-]+\s+){0,2}"
    r"milestones?"
    # A time limit missed, or not met: "Microsoft misses time limit to launch", "has failed
    # to meet up with a self-induced time limit".
    r"|(?:miss|misses|missed|missing)\s+(?:(?:its|the|their|a|another)\s+)?(?:[\w-]+\s+){0,2}"
    r"time\s+limits?"
    r"|(?:fail|fails|failed|failing)\s+to\s+meet\s+(?:up\s+with\s+)?(?:(?:its|the|their|a|an)\s+)?"
    r"(?:[\w-]+\s+){0,2}(?:deadlines?|time\s+limits?|target\s+dates?))(?![\w])"
)
# A date moved later, said of the date itself: "has extended the PDUFA action date from
# the end of August to the end of November", "extended the deadline to 2024", "the closure
# date would be extended until August 31", "it was moved back to 2020", "a déplacé son
# lancement du 24 mars au 7 avril". Extending needs a date as its object (a line, a contract
# or a warranty extended is no slip); moving back and "déplacé" need a date after them (a
# team moved back to Paris, a shop moved to the high street, are places).
_MONTH_OR_YEAR = (
    r"(?:(?:19|20)\d\d|next|later|late|early|the end|the middle|mid-?|spring|summer|autumn|"
    rf"fall|winter|{_EN_MONTHS}|q[1-4]|h[12]|\d{{1,2}}(?:er)?\s+(?:{_FR_MONTHS})|fin|debut|"
    r"mi-|l'an prochain|l'annee prochaine|" + _FR_MONTHS + r")"
)
DATE_MOVED = (
    r"(?<![\w])(?:"
    r"(?:extend|extends|extended|extending)\s+(?:(?:its|the|their|a|an|this|that)\s+)?"
    r"(?:[\w'-]+\s+){0,5}?(?:dates?|deadlines?|timelines?)(?![\w])"
    r"|(?:dates?|deadlines?|timelines?)\s+(?:(?:would|will|was|were|has|have|is|are|had|been|"
    r"be|now|to)\s+){1,3}(?:extended|moved back|pushed back)(?![\w])"
    r"|(?:moved|moves|move|moving)\s+back\s+(?:to|into|until|till)\s+(?:[\w'-]+\s+){0,2}?"
    + _MONTH_OR_YEAR
    + r"|(?:deplace|deplacee|deplaces|deplacees|deplacer)\s+(?:[\w'-]+\s+){0,5}?"
    r"(?:au|a|du|jusqu'au|jusqu'a)\s+(?:[\w'-]+\s+){0,1}?"
    + _MONTH_OR_YEAR
    # The phrasal verb with its object inside: "pushed the release timeline back by an
    # entire year", "have set the project back many weeks", "push it back to July" (not
    # "pushed back on", resisting, nor "set it back up").
    + r"|(?:push|pushes|pushed|pushing|set|sets|setting)\s+(?:the|its|their|this|that|it|them)"
    r"\s+(?:[\w'-]+\s+){0,3}?back(?![\w-])(?!\s+(?:up|down|out|on)(?![\w]))"
    # Not a cost nor a clock set back ("set the project back $40 million", "set their
    # clocks back an hour"): a length of time, or a date, follows a slip.
    r"(?!\s+(?:[$£€]|(?:an?|one)\s+hour(?![\w])|[\d.,]+\s*(?:m|bn|million|billion|"
    r"thousand|dollars|euros|pounds)(?![\w])))"
    # The French verb in the active voice, its object after it: "le gouvernement a différé
    # son démarrage" (the passive "a été différé" is in DELAY; a bare "diffère" is "differs"),
    # its word between not a negation ("n'a pas différé", which the negation check would not
    # see inside the match), nor its object money owed ("a différé le paiement de la taxe").
    r"|(?:a|ont|avait|avaient|aurait|auraient)\s+(?:(?!(?:pas|jamais|plus|point)(?![\w']))"
    r"[\w']+\s+)?differe\s+"
    r"(?:l'|(?:la|le|les|son|sa|ses|leur|leurs)(?![\w]))"
    r"(?!\s*(?:paiements?|remboursements?|loyers?|taxes?|impots?|dettes?|versements?|"
    r"echeances?)(?![\w]))"
    r")"
)
# No date for it yet, past its deadline: "Areva ne souhaite fixer aucune nouvelle date",
# "aucune date n'a encore été déterminée", "there is still no date for the opening", "no new
# date has been set" (before the deadline, no news). Not done only in a sentence that names
# the claim (reading.decide): "there is still no date for its night service" is some other
# step's.
NO_DATE = _phrases(
    "aucune nouvelle date, aucune date n'a, aucune date n'est, toujours pas de date, "
    "pas de nouvelle date, sans nouvelle date, still no date, no new date, no date has been, "
    "no date had been, no date yet, no new timeline, "
    # The same in its plural, said as not yet, or as no precise date ("no dates have been
    # set", "le tramway n'a pas encore de date", "aucune date précise", "no firm date").
    "no dates have been, no dates had been, pas encore de date, aucune date precise, "
    "no firm date"
)
# Not open, not in service yet, said with its own negation ("still not open", "toujours pas
# en service"): late once the claim's deadline has passed, no news before ("not done").
NOT_DONE = _phrases(
    "still not open, still not in service, still not operational, not yet open, "
    "not yet in service, not yet operational, still closed, "
    "toujours pas ouvert, toujours pas ouverte, toujours pas ouverts, toujours pas ouvertes, "
    "toujours pas en service, pas encore ouvert, pas encore ouverte, pas encore en service, "
    "toujours pas operationnel, toujours pas operationnelle, toujours pas livre, "
    "toujours pas livree, toujours ferme, toujours fermee, "
    # An end still not made, for a claim that promises a closure: "la prison n'est toujours
    # pas fermée", "still not closed".
    "toujours pas ferme, toujours pas fermee, toujours pas fermes, toujours pas fermees, "
    "pas encore ferme, pas encore fermee, still not closed, not yet closed, "
    # A target still not reached: "l'objectif n'est toujours pas atteint", "the target has
    # still not been reached".
    "toujours pas atteint, toujours pas atteinte, toujours pas atteints, still not reached, "
    "still not been reached, "
    # Still to come "within months", with no date to read: "will begin delivering packages
    # within months", "d'ici quelques mois" (late once the deadline has passed). Not "in the
    # coming months", "dans les mois à venir", said as often of some other step.
    "within months, within a few months, d'ici quelques mois, "
    # No date for it yet, past its deadline: "Areva ne souhaite fixer aucune nouvelle date",
    # "aucune date n'a encore été déterminée", "there is still no date for the opening", "no
    # new date has been set" (before the deadline, no news).
    # (NO_DATE, above, which counts only in a sentence naming the claim).
)
NOT_DONE += NO_DATE
# A denial said with a hedge, or a halt: the promise is probably dropped ("serait à
# l'arrêt", "pourrait ne pas arriver à son terme"). These carry their own modal or negation,
# so the negator rule does not apply to them.
HEDGED_DENIAL = _phrases(
    "a l'arret, ne pas arriver a son terme, n'arrivera pas a son terme, n'ira pas a son terme, "
    "pourrait etre annule, pourrait etre annulee, pourrait etre abandonne, "
    "pourrait etre abandonnee, could be cancelled, could be canceled, may be cancelled, "
    "may be canceled, could be scrapped, may be scrapped, may never be built, "
    "may never be completed, might never be completed, might not be completed, "
    "ne jamais ouvrir ses portes, n'ouvrira jamais ses portes, may never open, "
    "might never open, "
    "at a standstill, ground to a halt, to a halt, "
    # The drop reported, in the French conditional of hearsay: "Wolfspeed et ZF
    # abandonneraient leur projet d'usine", "envisageraient d'abandonner".
    "abandonnerait, abandonneraient, renoncerait a, renonceraient a, annulerait, "
    "annuleraient, envisagerait d'abandonner, envisageraient d'abandonner, "
    # The drop said as a possibility, in the active voice: "Polyloop pourrait abandonner
    # l'usine", "could abandon the plan", "envisage de renoncer au projet".
    "pourrait abandonner, pourraient abandonner, pourrait renoncer, pourraient renoncer, "
    "envisage d'abandonner, envisagent d'abandonner, envisage de renoncer, "
    "envisagent de renoncer, could abandon, may abandon, might abandon, could scrap, "
    "may scrap, might scrap, considering scrapping, considering abandoning"
)
# A halt said of the works ("le chantier est à l'arrêt", "construction ground to a halt") is
# a pause, a delay: the works stopped, not the promise dropped (as "le projet serait à
# l'arrêt" may be).
WORKS_BEFORE_RX = re.compile(
    r"(?<![\w'])(?:chantiers?|travaux|works?|construction|building)\s+(?:[\w'-]+\s+){0,4}$"
)
# A step toward the promise, not the promise itself: a milestone, an application, a test,
# a pilot or preview, works, an inauguration, a contract or financing. A completion verb
# next to one of these ("tests completed", "contract signed") reports the step.
STEP = _phrases(
    # English
    "milestone, first milestone, major step, key step, first step, step, stage, phase, "
    "test, tests, testing, trial, trials, simulation, pilot, preview, beta, prototype, "
    "files its application, filed its application, submitted its application, "
    "application filed, audit, construction, groundbreaking, first stone, first concrete, "
    # A review on the way, not a critic's ("Game Review"): "completed a checkpoint review".
    "checkpoint review, design review, readiness review, safety review, technical review, "
    "inauguration, inaugurates, inaugurated, contract, contracts, financing, funding, "
    # Works named by their kind ("reclamation works completed"); not a bare "works" (a plan
    # that works).
    "civil works, reclamation works, construction works, preparatory works, site works, "
    "enabling works, building works, main works, earthworks, "
    # An agreement to build or run the thing, as a contract: "finalize agreement for new
    # 300mm fab" is a step toward the fab.
    "agreement, agreements, "
    # Ready, not yet done: "prêt à entrer en production de masse", "ready for launch".
    "pret a entrer en, prete a entrer en, prets a entrer en, ready to enter, "
    "pret pour la production, prete pour la production, prets pour la production, "
    "ready for launch, ready for production, ready for mass production, "
    "ready for operation, ready for operations, ready for service, "
    # Close to done, a stage of the works: "the dam nears completion", "plant near completion".
    "nearing completion, nears completion, near completion, close to completion, "
    # Orders taken before it ships: "opened pre-orders on Tuesday", "available for pre-order",
    # "les précommandes ont été ouvertes" (a step toward shipping, not the shipping).
    "pre-orders open, pre-orders opened, pre-orders are open, pre-orders now open, "
    "preorders open, preorders opened, opens pre-orders, opened pre-orders, "
    "available for pre-order, available to pre-order, available for preorder, "
    "precommandes ouvertes, precommandes sont ouvertes, precommandes ont ete ouvertes, "
    "ouvre les precommandes, a ouvert les precommandes, ouverture des precommandes, "
    "disponible en precommande, disponibles en precommande, "
    "grant offer, grant funding, government grant, "
    "loan, subsidy, investment decision, cost estimate, fuel loading, criticality, "
    # A ship's keel laid and a reactor's core loaded are milestones on the way ("US Navy lays
    # keel for first frigate", "the commencement of core loading").
    "keel laying, keel-laying, lays keel, laid keel, lays the keel, laid the keel, "
    "core loading, "
    "installed, installation, tunnel, dome, roof, assembly, ramp-up, framework, tender, "
    # Digging and putting together, works on the way: "tunnelling on the central section has
    # been completed", "le premier module a achevé son assemblage de réacteur".
    "tunnelling, tunneling, assemblage, "
    "call for tenders, partial, partially, limited availability, early access, public preview, "
    "private preview, "
    # The first of several parts: "the first of six generating units has begun operations".
    "first of two, first of three, first of four, first of five, first of six, first of seven, "
    "first of eight, first of nine, first of ten, first of twelve, "
    # A go-ahead to do the promised thing is a step toward it ("received the green light to
    # start producing", "l'ESA a donné son feu vert").
    "green light, go-ahead, authorisation, authorization, "
    # So is an approval received ("Amazon gets approval for delivery drones", "gave approval
    # to Nigeria Air to lease aircraft") or its launch approved ("South Korea approves launch
    # of Starlink"); not a bare "approves", said of any plan or product of the promiser's.
    "gets approval, got approval, gives approval, gave approval, given approval, "
    "receives approval, received approval, obtains approval, obtained approval, "
    "secures approval, secured approval, wins approval, won approval, "
    "approves launch, approved launch, approves the launch, approved the launch, "
    # A permit to build or run it is such a go-ahead ("secures building permit for its plant").
    "permit, building permit, planning permission, planning consent, "
    # So is a licence or a permission to do it ("has been granted the first licence needed
    # for building", "granted permission for the first approach to criticality").
    "licence, license, licences, licenses, permission, "
    # French
    "jalon, jalon 0, j0, etape, une etape, premiere etape, franchit une etape, "
    "franchi une etape, franchit un cap, franchi un cap, essai, essais, simulation, pilote, "
    "preversion, prototype, candidature, dossier de candidature, dossier, audit, "
    "construction, chantier, travaux, premiere pierre, premier beton, inauguration, "
    "inaugure, inauguree, contrat, contrats, concession, financement, credit, subvention, "
    "decision d'investissement, chargement du combustible, chargement, divergence, "
    "premiere reaction nucleaire, installees, installes, installe, installee, tunnel, "
    "pose de la quille, chargement du coeur, "
    "tunnelier, creuse, posee, posees, la pose, ligne droite, montee en cadence, premier bloc, "
    "premiers tests, "
    # A call for tenders, however spelt: "un nouvel appel d'offre lancé".
    "appel d'offres, appel d'offre, appels d'offres, appels d'offre, "
    "partiel, partielle, partiellement, acces anticipe, disponibilite limitee, "
    "feu vert, autorisation, permis de construire, permis d'exploiter, "
    # On the eve of the thing ("la Marine s'apprête à la récupérer", "is about to ship"): it
    # has not happened, and it is close: a step.
    "s'apprete a, s'appretent a, is about to, are about to, prepares to, is preparing to, "
    # A completion said to be only partial: "ouvre ce lundi, mais seulement à certaines
    # heures", "opens, but only at weekends".
    "mais seulement, mais uniquement, but only, only partly, only partially, "
    # Work taken up again after a halt: "Boeing resumes certification of the 777-9" (not
    # the French "reprend", which as often takes over or takes up a race: "les fusées
    # reprennent leur course").
    "resumes, resumed, has resumed, "
    # Work said to be going on: "work is underway to extend the line" (the French says
    # "travaux" or "chantier", above).
    "underway, under way, "
    # Work started, ground broken: "has started work on the two fabs", "breaks ground on its
    # Dresden fab" (a plan when said after a modal: "to break ground on 9 September").
    "started work, starts work, start work, began work, begins work, begun work, "
    "work started, work began, work has started, work has begun, break ground, breaks ground, "
    "broke ground, broken ground, breaking ground, "
    # The thing brought where it will be finished, launched or used ("the telescope arrived
    # in French Guiana ahead of its launch", "le navire est arrivé à Brest"): a step.
    "arrives in, arrived in, arrives at, arrived at, est arrive a, est arrivee a, "
    # Plural things too: "pyrolysis reactors arrive at the Teesbank site".
    "arrive in, arrive at, "
    "est arrive en, est arrivee en, sont arrives a, sont arrivees a, "
    # The site bought: "McPhy a acheté le terrain", "acquired the land for its plant".
    "a achete le terrain, achete le terrain, acquiert le terrain, a acquis le terrain, "
    "acquisition du terrain, achat du terrain, bought the land, buys the land, "
    "acquired the land, acquires the land, acquired the site, acquires the site, "
    "acquisition of the land, acquisition of the site, acquisition of land, "
    # Money and design settled on the way: "achieved financial close on the project",
    # "completes firm configuration of the jet", "had achieved readiness for commissioning".
    "financial close, bouclage financier, bouclage du financement, firm configuration, "
    "design freeze, readiness for, "
    # Its design settled, not the thing done: "Linux phone specs mostly finalized", "la
    # conception est finalisée" (a bare "finalized" is the completion, see FULFILMENT).
    "specs finalized, specs finalised, specs mostly finalized, specs mostly finalised, "
    "specifications finalized, specifications finalised, design finalized, design finalised, "
    "conception finalisee, specifications finalisees, "
    # Permits and the building's own milestones: "secures planning permission", "obtient
    # le permis de construire" (a step, not the promise obtained), "tops out", "sort de
    # terre", "lays the foundation stone", "halfway point", "le tablier est posé", trial
    # runs. Not a bare "cornerstone" ("the cornerstone of its strategy"), "halfway" ("halfway
    # through the year"), "mi-parcours" ("le bilan à mi-parcours du mandat") nor "dry run" (a
    # rehearsal of anything); "tops out at" is a figure's peak (see reading).
    "planning permission, planning consent, planning approval, building permit, "
    "construction permit, permis de construire, permis d'amenager, "
    "declaration d'utilite publique, autorisation environnementale, "
    "tops out, topped out, topping out, sort de terre, sortent de terre, est sorti de terre, "
    "foundation stone, lays the cornerstone, laid the cornerstone, cornerstone ceremony, "
    "halfway point, halfway mark, halfway stage, halfway complete, halfway built, "
    # Nearly done is not done: "unit 3 is almost finished", "les travaux sont presque achevés".
    "almost finished, almost complete, almost completed, nearly finished, nearly complete, "
    "nearly completed, presque termine, presque terminee, presque acheve, presque achevee, "
    "quasiment termine, quasiment terminee, quasiment acheve, quasiment achevee, "
    "chantier a mi-parcours, travaux a mi-parcours, installs, est pose, sont poses, "
    "a ete pose, ont ete poses, epreuves de charge, essais de charge, load test, "
    "marche a blanc, marches a blanc, trial run, test run, cleared for, "
    "cleared by, rolls out to the launch pad, "
    "rolled out to the launch pad, rolls out to the pad, rolled out to the pad"
)
# A step noun that judges the event rather than names a step: "achieved a historic milestone
# by connecting to the grid", "this milestone marks the start of production", "cette étape".
# After one of these words it points at the event told beside it, which carries its own
# signal; "a key milestone", "a major step" still name a step.
STEP_AS_VERDICT = _wordset("milestone jalon etape step")
VERDICT_BEFORE_STEP = _wordset("historic historique this that ce cet cette")
# Said to be on time: progress, even when the date given is later than the ledger's.
ON_TRACK = _phrases(
    "on track, on schedule, remains on schedule, still on schedule, still expected, "
    "still planned, still scheduled, still slated, still aiming for, still aims for, "
    "as planned, as scheduled, "
    "remains scheduled, remain scheduled, remains slated, remains planned, remains expected, "
    "reste programme, reste programmee, "
    "toujours prevu, toujours prevue, toujours attendu, toujours attendue, dans les temps, "
    "conformement au planning, conforme aux previsions, conforme au calendrier, "
    "en bonne voie, comme prevu, reste prevu, reste prevue, "
    # The project confirmed: "has decided to go ahead with the dam", "will go ahead".
    "go ahead with, goes ahead with, going ahead with, to go ahead, will go ahead, "
    # Said not to be in danger: "the settlement in Magdeburg is not at risk", "le projet
    # n'est pas menacé", "n'est pas remis en cause".
    "not at risk, is not in doubt, n'est pas menace, n'est pas menacee, "
    "n'est pas remis en cause, n'est pas remise en cause, "
    # Early is on time too: "released a month ahead of schedule", "en avance sur le planning".
    "ahead of schedule, en avance sur le calendrier, en avance sur le planning, "
    "en avance sur son calendrier, en avance sur son planning, "
    # A verdict of "on time" said before the event: "Pari tenu!", "nous avons tenu le pari".
    "pari tenu, tenu le pari, tenu son pari, tenue des delais, delais tenus, delai tenu, "
    "calendrier tenu, calendrier respecte, kept its promise, on time, "
    # The deadline said to be kept, in the future: "les délais seront tenus", "the deadline
    # will be met"; a timetable reaffirmed or reiterated is the promise kept so far.
    "delais seront tenus, delai sera tenu, calendrier sera tenu, calendrier sera respecte, "
    "will be on time, deadline will be met, deadlines will be met, reaffirmed, reaffirms, "
    # Keeping to its time, in any person and tense: "nous tiendrons nos délais", "tient ses
    # délais", "respectera le calendrier" ("ne pourra pas tenir ses délais" is a risk).
    "tenir ses delais, tenir nos delais, tenir leurs delais, tenir les delais, "
    "tient ses delais, tiennent leurs delais, tenons nos delais, tiendra ses delais, "
    "tiendront leurs delais, tiendrons nos delais, tiendra les delais, tiendront les delais, "
    "tiendrons les delais, tenir le calendrier, tient le calendrier, tiendra le calendrier, "
    "tiendrons le calendrier, tiendront le calendrier, respecter les delais, "
    "respectera les delais, respecterons les delais, respecteront les delais, "
    "respectera ses delais, respecterons nos delais, respecteront leurs delais, "
    "respecter le calendrier, respectera le calendrier, respecterons le calendrier, "
    "respecteront le calendrier, respecte le calendrier, respectent le calendrier, "
    "respecte les delais, respectent les delais, respecte ses delais, respectent leurs delais, "
    "reaffirm, reiterated, reiterates, reiterate, reaffirme, a reaffirme, reaffirment, "
    "reitere, a reitere, "
    # The commitment said to hold: "remains committed to closing it", "is unwavering in his
    # commitment" (not "comme s'y est engagé", which recalls the promise beside other news).
    "remains committed to, remain committed to, still committed to, "
    "unwavering in his commitment, unwavering in its commitment, "
    "unwavering in her commitment, unwavering in their commitment, "
    # Or said to stand: "confirmed the commitment remained in place", "the pledge still
    # stands", "l'engagement est maintenu".
    "commitment remained in place, commitment remains in place, commitment still stands, "
    "promise remained in place, promise remains in place, promise still stands, "
    "pledge remained in place, pledge remains in place, pledge still stands, "
    "guarantee remained in place, guarantee remains in place, guarantee still stands, "
    "engagement est maintenu, engagement reste valable, promesse est maintenue, "
    # The timetable or target kept: "maintient son calendrier", "sticks to its schedule".
    "maintient son calendrier, maintient le calendrier, maintient son objectif, "
    "maintient l'objectif, maintient le cap, confirme son calendrier, confirme le calendrier, "
    "confirme son objectif, confirme l'objectif, maintains its timetable, maintains its "
    "schedule, maintains its target, sticks to its timetable, sticks to its schedule, "
    "sticks to its target, stands by its target, stands by its timetable, confirms its "
    "timetable, confirms its schedule, confirms its target"
)
# ON_TRACK's fixed phrases: the words of an idiom, no adverb stands inside them, so
# they are compiled without the adverb joiner (see signal_regex).
ON_TRACK_FIXED = _phrases(
    # Going well, within its time: "is progressing well", "avance bien", "dans les délais",
    # "le calendrier est tenu".
    "progressing well, making good progress, avance bien, avancent bien, "
    "progresse bien, dans les delais, calendrier est tenu, calendrier est respecte, "
    "delais sont tenus, delais sont respectes, "
    # Far along: "le programme a bien avancé", "le chantier est bien engagé", "the works are
    # well advanced", "well under way".
    "bien avance, bien avancee, bien avances, bien avancees, bien engage, bien engagee, "
    "bien engages, bien engagees, well advanced, well under way, well underway"
)
# Lateness described, not reported: "the much-delayed flight", "four years late", "after a
# week of delays". A delay word inside one of these is no delay cue.
LATENESS = (
    r"(?:much|long|oft|often|repeatedly|twice)[\s-]delayed",
    r"long[\s-]awaited",
    r"(?:\d+|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze|quelques|plusieurs"
    r"|one|two|three|four|five|six|seven|eight|nine|ten|twelve|several|a few|a full \w+)"
    r" (?:ans?|annees?|mois|semaines?|years?|months?|weeks?)"
    # ("two years late", not "two years later than planned": a slip told, see DELAY).
    r" (?:de retard|late(?![\w])|behind(?: the original)? schedule|of delays?)",
    r"apres (?:[\w']+ ){0,4}(?:de )?(?:retards?|decalages?|reports?)",
    r"(?:after|following) (?:[\w']+ ){0,4}(?:delays?|setbacks?)",
    # A concession is the background of the news: "despite a recent pause on construction",
    # "malgré la pause du chantier", "on track despite a setback at another site", "malgré le
    # report de la première phase" (any delay noun).
    r"(?:despite|malgre) (?:[\w']+ ){0,4}(?:delays?|retards?|pauses?|halts?|suspensions?"
    r"|setbacks?|postponements?|slippages?|hold-ups?|reports?|decalages?|glissements?"
    r"|contretemps)",
    # Delays told as the project's history: "des retards qui ont jalonné son histoire".
    r"(?:retards?|delays?|reports?) (?:qui|that|which) (?:ont|a|avaient|avait|have|has|had)",
)
# Lateness said with a verb that reports it ("accuse un an de retard", "aura six mois de
# retard", "is running two years late"): the news, not a description.
# So is lateness taken or piled up ("a pris près de deux ans de retard", "auront finalement
# pris près d'un an de retard").
REPORTED_LATENESS_BEFORE_RX = re.compile(
    r"(?<![\w'])(?:accuse|accusent|accusera|accuseront|aura|auront|prend|prennent|prendra"
    r"|prendront|pris|accumule|accumulent|will be|is running|are running|running"
    # The lateness said as the thing's state now: "le projet a deux ans de retard", "is two
    # years behind schedule", "soit plus de deux ans de retard" (not "had", "avait": told as
    # what came before).
    r"|a|ont|soit|is|are|has been|have been)\s+"
    r"(?:(?:deja|desormais|finalement|already|now)\s+)?"
    r"(?:(?:pres|environ|plus|presque|nearly|almost|about|more than|over)(?:\s+d'|\s+de\s+|\s+))?$"
)
# A delay or a drop said as a verb in the present, the completion word its object, a few
# words on ("Amazon delays Project Kuiper satellite launches", "halts its launches"): what
# is put back or dropped, not done. The French verbs are read the same way.
DELAYING_VERB_BEFORE_RX = re.compile(
    r"(?<![\w'])(?:delays|postpones|pushes back|puts back|defers|reschedules|scraps|cancels"
    r"|shelves|halts|suspends|freezes|reporte|repousse|decale|retarde|differe|ajourne"
    r"|annule|suspend"
    # The delay named as a noun: "a six-month delay of the start of production", "le report
    # de la mise en service"; with its length between: "le report d'un an du démarrage").
    r"|delay of|delay to|postponement of|report de|report du|retard de|retard du"
    r"|retard dans|report d'une?|retard d'une?)\s+(?:[\w'-]+\s+){0,4}$"
)
# A completion said as a noun that a delay or a drop follows ("production start pushed
# back", "le démarrage de la production reporté"): the subject of the delay, not done.
COMPLETION_NOUNS = frozenset(
    _phrases(
        "production start, start of production, debut de la production, "
        "demarrage de la production, mise en service effective, ouverture effective"
    )
)
# A step word right after one of these is the past the event came out of ("obtains the
# qualification after a long audit"), or its circumstance ("problems found during testing",
# "lors des essais", the place of a visit: "lors de sa visite du chantier", "visited the
# construction site"), not the event.
STEP_CONTEXT = _wordset(
    "after apres following terme issue during pendant lors durant "
    "visit visits visited visiting visite visites visiter visitait"
)
# A step word that names someone's job ("le consortium, responsable de la construction du
# pont", "the firm in charge of the works") says who they are, not what happened.
ROLE_BEFORE_RX = re.compile(
    r"(?<![\w'])(?:(?:responsables?|charges?|chargees?)\s+(?:de\s+la|de\s+l'|des|du|de|d')"
    r"|(?:in\s+charge\s+of|responsible\s+for)(?:\s+the)?)\s*$"
)
# A step word inside a job's name ("two NASA test pilots blasted off", "les pilotes
# d'essai") says who someone is: no test was run.
JOB_TITLE_RX = re.compile(r"(?<![\w])(?:test\s+pilots?|pilotes?\s+d'essais?)(?![\w])")
# A step word inside a shipyard's name ("réalisées par le chantier Naval Group de Lorient",
# "les Chantiers de l'Atlantique") names where ships are built: no works were reported.
SHIPYARD_RX = re.compile(r"(?<![\w])chantiers?\s+(?:navals?|de\s+l'atlantique)(?![\w])")
# A step in a clause that sets the time of the news ("the lawsuit comes at a time when the
# company is receiving government funding", "à l'heure où") is its background, not the news.
BACKGROUND_CLAUSE_RX = re.compile(
    r"(?<![\w])(?:at a time when|at a moment when|a l'heure ou|a un moment ou)\s[^,;:.()]*$"
)
# Instance words that make a thing another thing: "premier vol commercial" is not "premier
# vol", "the second launch" not "the launch". A claim term next to one is not the claim's,
# unless the claim's own statement uses the word. ("new" is not one: "the new Ariane 6
# rocket" is the rocket promised.)
OTHER_INSTANCE = _wordset(
    "commercial commerciale commerciaux second deuxieme next prochain prochaine last dernier "
    "derniere"
)
# Words written with a capital that name no other thing (an article, where from): "the
# French fibre plan" is the plan, "Intel's Ohio chip factory" another factory.
NOT_A_NAME = _wordset(
    "the a an its their le la les l un une son sa ses european french german british american "
    "english italian spanish chinese japanese eu uk us u.s france europe germany"
)
# An instance word that says when is a date, not another instance: "delayed to next year",
# "l'année prochaine", "en mai dernier", "last week".
_TIME_NOUNS = (
    r"(?:years?|months?|weeks?|quarters?|summer|autumn|fall|winter|spring|weekend|time"
    r"|ans?|annees?|mois|semaines?|trimestres?|semestres?|ete|hiver|automne|printemps|fois"
    rf"|{_FR_MONTHS}|{WEEKDAY_FR})"
)
TIME_INSTANCE_RX = re.compile(
    r"(?<![\w])(?:(?:next|last|prochain|prochaine|dernier|derniere)\s+"
    + _TIME_NOUNS
    + r"|"
    + _TIME_NOUNS
    + r"\s+(?:prochain|prochaine|prochains|prochaines|dernier|derniere"
    r"|derniers|dernieres))(?![\w])"
)
_TIME_MARKERS = ("next", "last", "prochain", "dernier", "derniere")


def relative_time(text: str) -> bool:
    """Whether (folded) text says a time relative to the item: "next year", "l'an
    dernier" (a look for the words first: most texts hold none)."""
    return any(w in text for w in _TIME_MARKERS) and bool(TIME_INSTANCE_RX.search(text))


def without_relative_times(text: str) -> str:
    return TIME_INSTANCE_RX.sub(" ", text) if any(w in text for w in _TIME_MARKERS) else text


# A headline about another instance of the promised thing: an ordinal or "commercial" next to
# a flight, a launch, a unit, a facility ("le deuxième exemplaire", "premier vol commercial",
# "second chip factory", "son 2e centre de données": an ordinal abbreviated reads as written
# in full, and a data centre is a facility as a factory is). Read by
# score.py against the claim's statement, which may promise that very instance.
INSTANCE_RX = re.compile(
    r"(?<![\w])(?:(?:second|2nd|deuxieme|2e|2eme|troisieme|3e|3eme|third|3rd|next|prochain"
    r"|prochaine)\s+(?:[\w']+\s+)?"
    r"(?:vol|flight|launch|lancement|exemplaire|mission|tir|batch|lot|factory|fab|plant"
    r"|usine|reactor|reacteur|centre|center|datacent(?:re|er)|data\s+cent(?:re|er))"
    # A later flight counted by its order ("its fourth mid-air launch", "le cinquième vol"); not
    # a later batch or lot, which may be a step toward a whole series.
    r"|(?:fourth|fifth|sixth|seventh|eighth|ninth|tenth|quatrieme|cinquieme|sixieme|septieme"
    r"|huitieme|neuvieme|dixieme)\s+(?:[\w'-]+\s+)?(?:vol|flight|launch|lancement|mission|tir)"
    r"|(?:vol|flight|launch|lancement|mission)s?\s+(?:commercial|commerciale|commerciaux)"
    r"|commercial\s+(?:flight|launch|mission))(?![\w])"
)
# "2nd" and "3rd" next to a month are a day of it, not another instance: "in March 2nd
# launch", "sets Dec. 3rd launch", "the 3rd March launch".
_EN_MONTH_ABBREVIATIONS = r"jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
_MONTH_BEFORE_RX = re.compile(rf"(?<![\w])(?:(?:{_EN_MONTHS})|(?:{_EN_MONTH_ABBREVIATIONS})\.)\s+$")
_MONTH_AFTER_RX = re.compile(
    rf"(?:2nd|3rd)\s+(?:of\s+)?(?:{_EN_MONTHS}|{_EN_MONTH_ABBREVIATIONS})(?![\w])"
)


def a_day_of_month(text: str, start: int) -> bool:
    """Whether the instance word at `start` in (folded) text is "2nd" or "3rd" said of a
    day, with a month right before or after it."""
    if not text.startswith(("2nd", "3rd"), start):
        return False
    return bool(
        _MONTH_BEFORE_RX.search(text, max(0, start - 12), start)
        or _MONTH_AFTER_RX.match(text, start)
    )


# Completions of an event that comes before or after most promises: a delivery, the start of
# production. A step unless the claim's statement promises that very event.
SIDE_EVENTS = {
    "delivery": re.compile(
        r"(?<![\w])(?:deliver\w*|livr\w*|hand(?:s|ed|ing)? over|remis\w*)(?![\w])"
    ),
    "production": re.compile(
        r"(?<![\w])(?:produc\w*|produi\w*|produit\w*|manufactur\w*|roll\w* off"
        r"|sort\w* (?:de l'usine|des chaines))(?![\w])"
    ),
}
# A means to the promised thing, obtained, opened or completed, is a step toward it, unless
# the claim promises that very means: a connection or an approval secured ("secures grid
# connection for the data centre"), money granted ("granted approval for 2 billion in
# subsidies"), orders opened ("opens orders for the car"), a hull launched at its yard, the
# structural works finished ("le gros œuvre achevé").
MEANS_AFTER_RX = re.compile(
    r"\s+(?:[\w'-]+\s+){0,2}?(?:(?:grid\s+)?connections?|raccordements?|approvals?"
    r"|subsid(?:y|ies)|state aid|subventions?|aides? d'etat|orders|commandes"
    r"|permits?|permis de construire)(?![\w])"
    r"|\s+(?:at|from)\s+(?:the\s+|its\s+|a\s+)?(?:[\w-]+\s+)?(?:ship)?yard(?![\w])"
)
# A go-ahead won is a means too: a clearance, a certificate or a regulator's nod granted,
# received or secured is no thing done ("the government has granted environmental clearance
# to the plant", "having secured a key regulatory nod", "grants the airline its
# certification"), unless the claim promises that go-ahead ("certifies the jet"). Up to four
# words stand between the verb and the noun: the one it is granted to, and the noun's own
# words ("a key regulatory nod", "the airline an air operator certificate").
GO_AHEAD_AFTER_RX = re.compile(
    r"\s+(?:(?!(?:after|with|following|pending|despite|before|without|until|upon|apres|avec"
    r"|malgre|avant|sans)(?![\w]))[\w'-]+\s+){0,4}?"
    r"(?:clearances?|certificates?|certifications?|nods?)(?![\w])"
)
GO_AHEAD_PROMISED_RX = re.compile(
    r"(?<![\w])(?:certif\w*|qualif\w*|clearances?|cleared|nods?)(?![\w])"
)
MEANS_BEFORE_RX = re.compile(
    r"(?<![\w])(?:gros\s+(?:oe|\u0153)uvre|structural\s+works?|hulls?|coques?)\b"
    r"(?:(?![.;:!?]).){0,40}$"
)
# A thing said to be inaugurated (the verb: "le pont Samuel-De Champlain inauguré", "has
# inaugurated the wind farm") has opened, for a claim whose statement promises an opening or
# a commissioning. The noun stays a step ("l'inauguration reportée", "à deux ans de
# l'inauguration"), and so does a plant inaugurated before it produces what it promised.
INAUGURATED = _wordset("inaugure inauguree inaugures inaugurees inaugurated inaugurates")
OPENING_PROMISED_RX = re.compile(
    r"(?<![\w])(?:open\w*|ouvr\w*|reopen\w*|rouvr\w*|reouv\w*|commission\w*"
    # "enters service", "enters passenger service", "entre en service commercial"; an
    # operation begun: "enters commercial passenger operation", "exploitation commerciale".
    r"|enters? (?:\w+ )?service|in service|en service"
    r"|enters? (?:\w+ ){0,2}operation|commercial operation|exploitation commerciale"
    # Brought or set working: "brings the wind farm into full operation", "begins operating".
    r"|into (?:\w+ )?operation|(?:begins?|starts?) operating"
    r"|mise en exploitation"
    # A thing promised to be working: "the plant is in operation", "opérationnelle".
    r"|in operation|en exploitation|operational|operationnel\w*"
    # A network or service launched: "BSNL launches its 4G service" is done when it is
    # inaugurated ("PM Modi inaugurates BSNL's 4G network").
    r"|launch\w*(?= (?:\w+ ){0,3}(?:network|service|services)\b)"
    # The inauguration is itself the promise: "Ethiopia officially inaugurates the dam".
    r"|inaugur\w*"
    # A move into a new home is its opening for who moves: "Everton move into their new
    # stadium", "le musée s'installe dans ses nouveaux locaux".
    r"|mov\w*(?: \w+)? into|relocat\w*|s'install\w*|emmenag\w*|demenag\w*"
    # A building or venue promised to be completed is done once it is inaugurated: "the
    # Ravel ice rink is completed", then "le maire a inauguré la patinoire".
    r"|completed|completes|achev\w*|termine\w*|finished)(?![\w])"
)
# A claim that promises a regulator's approval ("cleared (emergency use authorisation) by
# the FDA", "the FDA acts on the BLA (approval)"): the approval given is the thing done.
APPROVAL_PROMISED_RX = re.compile(
    r"(?<![\w])(?:approv\w*|authori[sz]ation\w*|authori[sz]ed|autorisation\w*|autorise\w*"
    r"|cleared|clearance|approbation|homologation|agrement)(?![\w])"
)
# The approval given, said with its verb ("FDA approves Valneva's vaccine", "La FDA autorise
# le vaccin", "issued an emergency use authorization"). The noun alone stays a step ("an
# application for authorisation", "recommande l'approbation").
APPROVED_RX = re.compile(
    r"(?<![\w'])(?:approves|approved|authori[sz]es|authori[sz]ed|clears|cleared|grants|granted"
    r"|autorise|autorisee?s?|approuve|approuvee?s?|homologue|homologuee?s?"
    r"|(?:issued|issues|a delivre|delivre|a accorde|accorde) (?:an? |une? |l'|its |son |sa )?"
    r"(?:emergency use |d'utilisation d'urgence )?(?:authori[sz]ation|autorisation|approval))"
    r"(?![\w])"
)
# A product promised to be released or put on sale has been once its sales are counted
# ("Stalker 2 has sold over 1M copies", "sells over 12 million copies in two weeks", "s'est
# vendu à un million d'exemplaires").
RELEASE_PROMISED_RX = re.compile(
    r"(?<![\w])(?:releas\w*|on sale|sortie|sort|sortira|commercialis\w*|goes on sale)(?![\w])"
)
SOLD_RX = re.compile(
    r"(?<![\w'])(?:has sold|have sold|sold over|sold more than|sells over|sells more than"
    r"|surpass\w* (?:\w+ ){0,2}(?:sales|copies|players)|million (?:copies|sales|units)"
    r"|(?:s'est|se sont) vendue?s?|exemplaires vendus|millions? d'exemplaires)(?![\w])"
)
# Receiving is the thing happening only for a claim that promises to obtain something (a
# qualification, a certificate, a licence) or a delivery (the receiving end of it: "la
# Marine reçoit sa première frégate"): "Iberia's first A321XLR receives fresh paint" is no
# entry into service. A step for the others.
# Issuing ("l'autorité a délivré l'autorisation de mettre en service") is the receiving end's
# receipt: the thing happening only for a claim that promises to obtain what is issued.
RECEIPT = re.compile(
    r"(?<![\w])(?:receiv\w*|recoit|recoivent|a recu|ont recu|delivre|delivree|delivres|delivrees"
    # Obtained, won: "a obtenu sa certification", for a claim that promises entry into service.
    r"|a obtenu|ont obtenu|obtient|obtiennent|obtained|obtains|wins|won)"
    r"(?![\w])"
)
OBTAINING = re.compile(
    r"(?<![\w])(?:obtain\w*|obtien\w*|obten\w*|receiv\w*|recev\w*|qualif\w*|certif\w*|"
    r"accredit\w*|licen[cs]\w*|label\w*|visa|award\w*|grant\w*|approv\w*|"
    r"homolog\w*|agrement\w*|authori[sz]\w*|autoris\w*|deliver\w*|livr\w*)(?![\w])"
)
# A completion cue right after one of these has not happened (yet), or only will ("devait
# être mis en service": was due to be, and was not).
# "neither on time nor on budget": "neither" negates the first of the pair. A determiner
# negates its noun: "aucun report n'est envisagé" is no delay, as "no delay" is.
NEGATIONS = _wordset(
    "not no never pas jamais plus won't isn't aren't wasn't didn't cannot sans neither aucun aucune"
)
MODALS = _wordset(
    "yet will would to could may might should va vont devrait devraient pourrait pourraient "
    "pourra pourront compte vise espere prevoit doit doivent devra devront encore sera seront "
    "serait seraient soit soient avoir afin expects wants before avant pouvoir devait devaient"
)
# A negation with its "yet" ("pas encore", "not yet") says a thing is not done, no plan:
# "yet" and "encore" stay modals elsewhere ("has yet to", "devra encore attendre").
NOT_YET = frozenset((("pas", "encore"), ("not", "yet")))
# A completion in a clause that says until when something lasts ("to keep the pace until
# our network is completed", "jusqu'à ce que la ligne soit ouverte") has not happened yet.
UNTIL_CLAUSE_RX = re.compile(r"(?<![\w'])(?:until|till|jusqu'a ce qu'?e?)\s*(?:[\w']+\s+){0,4}$")
# A completion said as the subject of a verb in the future ("la mise en service sera
# précédée de vols d'essai", "the opening will take place in May") has not happened.
FUTURE_AFTER_RX = re.compile(
    r"\s+(?:sera|seront|will|shall|devrait|devraient|doit|doivent|is due|is expected)(?![\w'])"
)
# "plans", "aims", "hopes" are nouns as often as verbs ("Gigafactory plans scrapped"); as
# verbs they come with a "to" ("plans to launch"), which is modal on its own: not modals.
# A decision to drop a promise is the drop ("EDF decided to abandon the design"): the "to"
# after one of these is no modal for a denial.
DECISIONS = _wordset(
    "decided decides decide chose chooses choose voted votes vote agreed agrees agree"
)
# A drop reported in the passive future is the decision reported ("the northern leg will be
# scrapped", "is set to be shelved", "le projet sera abandonné"): no modal, unless another
# modal stands before it ("could be scrapped" is the hedged list's).
DECIDED_FUTURE_RX = re.compile(
    r"(?<![\w'])(?:will be|(?:is|are) (?:set |going |due )?to be|sera|seront)\s+$"
)
# What is about to happen has not yet: "les fondations sont sur le point d'être terminées",
# "the plant is on the verge of completion".
NEGATOR_PHRASES = ("still awaits", "still waiting", "en attente", "sur le point", "on the verge")
# The pluperfect tells what had happened before the news ("le retour en vol avait été
# retardé", "the launch had been postponed twice"): the background, not the event.
PLUPERFECT = _wordset("avait avaient had")
# A pluperfect reported after a verb of saying is the news told in the past ("UILM said the
# projects had been definitively shelved", "told unions it had dropped plans"), not what
# had happened before it.
REPORTED_BEFORE_RX = re.compile(
    r"(?<![\w])(?:said|says|told|informed|announced|reported|confirmed|a indique|a annonce"
    r"|a confirme|a declare|ont indique|ont annonce)\b[^.;!?]*$"
)
# A delay or pause followed by one of these is a state that lasts ("en pause depuis plusieurs
# mois", "on hold since late 2023"): the past of the news, not the news.
SINCE_RX = re.compile(r"\s+(?:depuis|since|for)\b")
# A date right after one of these lies in the past ("back in December", "depuis juin"),
# whatever the deadline parser, which reads a bare month forward, makes of it.
PAST_MARKERS_RX = re.compile(r"(?<![\w])(?:back(?:\s+(?:in|on))?|since|depuis|last)\s+$")
# A time gone by, said after a completion ("was launched nearly seven years ago", "inauguré
# il y a dix ans"), or as how short a life was ("discontinued after just four years"): the
# past, never a date ahead.
_COUNT = (
    r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|"
    r"many|a few|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|plusieurs|"
    r"quelques)"
)
YEARS_AGO_RX = re.compile(
    r"(?<![\w])(?:"
    + _COUNT
    + r"\s+(?:years?|decades?)\s+ago|il\s+y\s+a\s+(?:pres\s+de\s+|plus\s+de\s+)?"
    + _COUNT
    + r"\s+(?:ans|annees|decennies))(?![\w])"
)
# Years counted since the thing began ("quatre ans après son lancement", "fête ses quatre
# ans", "five years after its opening"): it is done, and a later date in the item is a new
# goal for it, not its promise moved.
SINCE_ITS_START_RX = re.compile(
    r"(?<![\w])(?:"
    + _COUNT
    + r"\s+(?:ans|annees|years?)\s+(?:apres|after|since)\s+(?:son|sa|its)\s+"
    r"(?:lancement|ouverture|inauguration|mise en service|launch|opening|inauguration|debut)"
    r"|(?:fete|celebre)\s+ses\s+"
    + _COUNT
    + r"\s+ans|(?:celebrates|marks)\s+its\s+\w+\s+anniversary)(?![\w])"
)
# A span of service the thing has run, told right after a completion or step word: "the line
# completed two years of operation", "has completed its first 18 months of service". The
# thing has long been done; the word counts its life since, neither a step nor its opening.
A_SPAN_OF_SERVICE_AFTER_RX = re.compile(
    r"\s+(?:its\s+|their\s+|ses\s+|leurs\s+|sa\s+)?(?:first\s+|premiers?\s+|premieres?\s+)?"
    + _COUNT
    + r"\s+(?:full\s+)?(?:years?|months?|ans|annees|mois)\s+(?:of|d'|de)\s*(?:commercial\s+)?"
    r"(?:operations?|service|exploitation|fonctionnement|activite|running)(?![\w])"
)
# Weeks or months counted since the thing began, said as the news's moment: "a month after
# start-up, the plant is running at full capacity", "six weeks after it began treatments",
# "un mois après leur raccordement". The start is behind it: the thing is done. Only its own
# start (a possessive, or no article: "after the launch of the project" is another's), not
# a start planned ("its scheduled launch date"), nor one that is a verb's subject ("after its
# grid connection was postponed"). Years are left out: "quatre ans après son lancement"
# heads a look back, no news of the promise (see SINCE_ITS_START_RX).
TIME_SINCE_ITS_START_RX = re.compile(
    r"(?<![\w])" + _COUNT + r"\s+(?:days?|weeks?|months?|jours|semaines|mois)\s+(?:after|apres)\s+"
    r"(?:(?:its|their|son|sa|leur|leurs)\s+"
    r"(?!(?:scheduled|planned|expected|original|initial|prevue?|future)\s)(?:[\w-]+\s+)?"
    r"(?:opening|launch|start-up|startup|commissioning|connection|inauguration|debut"
    r"|ouverture|lancement|mise en service|mise en place|mise en route|raccordement|demarrage)"
    r"|start-up|startup|grid connection|commissioning"
    r"|(?:it|they|il|elle|ils|elles)\s+(?:opened|began|started|launched|reached|went live"
    r"|came online|entered service|a ouvert|ont ouvert|a demarre|ont demarre))(?![\w])"
    r"(?!\s+(?:was|were|is|has|had|will|would|should|date|sera|etait|a ete|est)\b)"
)
AFTER_SO_SHORT_RX = re.compile(
    r"^(?:after\s+(?:just|only|barely)|apres\s+(?:seulement|a\s+peine|tout\s+juste))\s"
)
# A date right after one of these is what was planned before ("l'objectif était fixé à
# 2023", "la mise en service était prévue en 2022", "was originally due in 2024"), not the
# new date.
PAST_PLAN_RX = re.compile(
    r"(?<![\w])(?:etait|etaient|avait ete|avaient ete|was|were|had been)\s+(?:[\w']+\s+){0,2}"
    r"(?:prevue?s?|fixee?s?|programmee?s?|annoncee?s?|attendue?s?|scheduled|planned|due|"
    r"expected|slated|set|targeted)\s+(?:[\w']+\s+){0,3}$"
)
# The plan first made, said by its adverb: "initialement prévu le 6 juillet", "prévu
# initialement pour la fin juin", "originally planned to begin deliveries this spring",
# "Originally set to launch in April", "was originally due to be available to the public in
# May". A date up to six words after it, in its clause, is the plan that slipped, not the
# one now in force (not when "now", "désormais" or "new" come between: "initially planned,
# the opening is now set for").
_A_MOVE = (
    r"reportee?s?|repoussee?s?|decalee?s?|differee?s?|retardee?s?|pushed|delayed|postponed"
    r"|moved|deferred|rescheduled|slipped|slips|slides|slid"
)
ORIGINAL_PLAN_RX = re.compile(
    r"(?<![\w])(?:(?:initialement|originally|initially|originellement)\s+(?:[\w']+\s+){0,2}?"
    r"(?:prevue?s?|fixee?s?|programmee?s?|annoncee?s?|attendue?s?|envisagee?s?|scheduled|planned"
    r"|due|expected|slated|set|targeted|meant|supposed)"
    r"|(?:prevue?s?|fixee?s?|programmee?s?|annoncee?s?|attendue?s?)\s+initialement)"
    r"(?:\s+(?!(?:now|desormais|maintenant|new|nouvelle?s?|will|sera|seront|" + _A_MOVE + r")\b)"
    r"[\w'-]+){0,6}\s+$"
)
# A capitalised word before a bare year makes it part of a name ("France 2030", "Euro 2024"),
# unless it is one of these, which say when ("In 2030", "Fin 2025").
BEFORE_A_YEAR = _wordset(
    "in by from until before after since through du de en dans avant apres depuis pour "
    "jusqu'en des fin mi late early end mid"
)
# The affairs of a promiser's business other than what it promised: a contract, talks, hiring,
# a dividend, a takeover, a rumour, a report, a consultation, a strike, a chief executive, a
# study ("decided to terminate two Phase 3 studies": the trials, not the drug's filing).
# An outcome word whose subject (the two words before it in its clause) or whose object (up
# to three words after it, before a preposition) is one of these tells that affair's
# outcome, not the promise's ("terminates contract with the data centre's builder", "freezes
# hiring at the gigafactory", "talks put on ice", "the sale rumour is dead", "interview
# available today", "met un terme à son partenariat", "installs new CEO"), unless the claim
# names it, in its statement or in its words found in the item (a promised agreement
# terminated, "l'annulation de l'IPO" for a claim whose keyword is the IPO). Not "sale"
# nor "stock", said of the promise on sale ("on sale now", "back in stock"), nor "prix"
# ("disponible au prix de 499 euros"), "audience" ("available to a wide audience") or
# "exposition" (a world fair is promised as often as an exhibition is held), nor "vote"
# (the French verb: "le Parlement vote le report de la loi").
AFFAIRS = _wordset(
    "contract contracts agreement agreements deal deals partnership partnerships talks "
    "negotiations hiring recruitment prices salaries wages payments bills dividend dividends "
    "buyback ipo merger takeover shares results earnings rumour rumours rumor rumors "
    "speculation report interview podcast documentary survey consultation petition strike "
    "meeting hearing sponsorship campaign loan fundraising jobs shift logo studies study "
    "contrat contrats accord accords partenariat partenariats negociations discussions "
    "embauches recrutement recrutements salaires paiements factures dividende "
    "dividendes rachat fusion rumeur rumeurs rapport entretien documentaire sondage "
    "concertation petition enquete greve reunion sponsoring parrainage campagne emprunt "
    "recours proces festival fete"
)
# A person is an affair only as the object ("installs new CEO", "welcomes its first female
# CEO"): as the subject, the chief executive or the mayor may open the promised thing.
AFFAIRS_AS_OBJECT = _wordset("ceo chief chairman boss pdg directeur directrice")
# Words between an affair and its outcome word ("a sale is off the table", "l'enquête
# publique est désormais ouverte"), skipped when the subject is looked for.
AFFAIR_LINKS = _wordset(
    "is are was were be been has have had will now still already finally officially "
    "est sont a ont ete sera seront desormais deja enfin officiellement"
)
# Where the object of an outcome word ends: a cause ("delayed by a strike", "after a vote")
# a manner ("annulée sans concertation") or the next clause, not what is delayed or dropped.
AFFAIR_OBJECT_ENDS = _wordset(
    "by at for from in on with amid after due because over pending following until since as "
    "while but and or than that which who despite par apres avec dans en depuis jusqu et "
    "mais ou que qui faute malgre suite sans without selon according under sous"
)
# "livrée" after an article, a possessive or "nouvelle" is the noun, a livery ("la nouvelle
# livrée du tramway", "sa livrée rouge"), not a thing delivered.
LIVERY_BEFORE_RX = re.compile(
    r"(?<![\w'])(?:la|une|sa|ses|leur|leurs|les|des|cette|ces|nouvelle|nouvelles)\s+$"
)
# A law firm's notice to a company's investors ("Law Offices of ... Announces Investigation
# of Intercept Pharmaceuticals", "class action lawsuit filed on behalf of shareholders"): the
# news is the suit, whatever setback it recounts.
INVESTOR_NOTICE_RX = re.compile(
    r"(?<![\w])(?:investigation|class action|shareholder alert|investor alert)(?![\w])"
)
INVESTORS_RX = re.compile(r"(?<![\w])(?:investors|shareholders|securities)(?![\w])")
# A headline telling the thing broke down in service ("UK-France power link extends outage",
# "Cable fault takes IFA2 interconnector out of action until February", "le téléphérique est
# encore tombé en rade", "le service SAAQclic indisponible en fin de semaine"): the news is
# the running of a thing already in service, not the promise, whatever date or delay it
# gives. Not "en panne" or "laissé en rade", said of a stalled project too.
OUTAGE_RX = re.compile(
    r"(?<![\w])(?:outages?|out of action|down again|system failure|tombee?s? en rade"
    r"|indisponibles?)(?![\w])"
)
# A headline telling the thing is back in service after a stop ("Grid reconnection for
# Kudankulam 1", "le téléphérique de nouveau ouvert", "remise en service de
# l'interconnexion"): the news is the running of a thing already in service, not the
# promise of its first start. Not "reopens" or "redémarre", said of a first opening after
# long years ("Paris river reopens to public after century-long ban") or of a project's
# works taken up again ("le projet Empire Wind redémarre"). Not "reconnect" with an object,
# which joins something else again ("opens, reconnecting the town to the network", "as crews
# reconnect faulty cables"): only the thing reconnected ("unit 1 reconnected", "grid
# reconnection", "reconnects to the grid").
BACK_IN_SERVICE_RX = re.compile(
    r"(?<![\w])(?:reconnect(?:ed|ions?|s to|ing to)|remise? en service"
    r"|de nouveau (?:ouverte?s?|en service)|back (?:online|on line|in service|in operation)"
    r"|return(?:s|ed|ing)? to service"
    r"|reprend(?:ra)? (?:du|le) service)(?![\w])"
)
# What parts a headline into clauses, each telling its own thing ("Unit 2 reconnected,
# unit 1 connected for the first time"; "slips to 2020 as crews reconnect cables").
HEADLINE_CLAUSE_RX = re.compile(r"[,;]|(?<![\w])(?:as|while)(?![\w])")
# A claim that promises a return itself ("restart of unit 6", "réouverture de
# Notre-Dame", "remise en service du pont") is still told by one.
RETURN_PROMISED_RX = re.compile(
    r"(?<![\w])(?:re-?(?:start|open|connect|sum)\w*|reouv\w*|rouv\w*|redemarr\w*"
    r"|remise? en service|return\w*|back)(?![\w])"
)
# A headline telling something new still to be built ("Rosatom to start building new unit
# at ...", "Tesla to build new battery plant in China", "construira un nouveau centre"),
# once the promise is made, tells a new plan: the promised thing is already planned, and
# news of it builds "its" plant or "the" plant. Not "inaugurates new", the thing done. Not
# when the new thing is named by the claim's own words ("to build new Orvane factory"), nor
# in an item that tells the promise as made, whenever it is retold (see score.py).
NEW_BUILD_RX = re.compile(
    r"(?<![\w])(?:(?:to|will|plans? to|planning to|set to) (?:start )?build(?:ing)? (?:a |an )?"
    r"|(?:va|vont|veut|veulent|compte|prevoit de|projette de) construire (?:un |une )?"
    r"|construira (?:un |une )?)(?:new|nouvel(?:le)?|nouveau)(?![\w])"
)
# A claim that promises the works themselves ("construction of unit 3 starts") is still
# told by one.
BUILD_PROMISED_RX = re.compile(r"(?<![\w])(?:build\w*|construct\w*|constru\w*)(?![\w])")
# A figure's peak, no building topped out: "output tops out at 10 GWh".
FIGURE_PEAK_RX = re.compile(r"(?<![\w])top(?:s|ped)? out at(?![\w])")
# A delay these deny ("dément tout retard", "denies any delay") is a promise kept on time.
# A slip out of sight is no slip of a date: "has slipped through the cracks of retail",
# "copies slipped out early"; pushing back against critics is arguing, no date moved.
NOT_A_SLIP_RX = re.compile(
    r"(?<![\w])(?:slip\w*\s+(?:through|out|away)|push\w*\s+back\s+against\b)(?![\w])"
)
DENYING = _wordset("dement dementi denies denied deny rejects refute refutes")
# "are pleased to announce the launch": the "to" of an announcement is no future.
ANNOUNCING = ("pleased to", "proud to", "happy to", "delighted to", "heureux de", "fiers de")
# After a negated completion, these say the promised time will not be kept ("will not be
# operational in time", "ne sera pas mis en service à la date des Jeux"): a delay.
IN_TIME = _phrases(
    "in time, on time, this year, by the deadline, as planned, a temps, a la date, a l'heure, "
    "cette annee, comme prevu"
)
# Statement words of a claim that is itself a step (an application, a first milestone, the
# start of works): such a claim is matched by news of its step.
STEP_CLAIM = _phrases(
    "first milestone, milestone, j0, jalon, files, file its, application, candidature, "
    "starts building, start building, begins building, starts construction, "
    "start construction, begins construction, debuter la construction, premier beton, "
    "first concrete, groundbreaking"
)

SIGNAL_KINDS: dict[str, str] = {
    "fulfilment": EvidenceKind.FULFILMENT,
    "ended": EvidenceKind.FULFILMENT,  # only for a claim promising an end (reading.decide)
    "delay": EvidenceKind.DELAY,
    "late risk": EvidenceKind.DELAY,
    "not in time": EvidenceKind.DELAY,
    "not done": EvidenceKind.DELAY,
    "new date": EvidenceKind.DELAY,
    "denial": EvidenceKind.DENIAL,
    "hedged denial": EvidenceKind.DENIAL,
    "step": EvidenceKind.PROGRESS,
    "on track": EvidenceKind.PROGRESS,
}
# In one sentence, the signal that says most decides: a denial, then a fulfilment, then a
# delay, then a step.
SIGNAL_ORDER = (
    "denial",
    "hedged denial",
    "fulfilment",
    "ended",
    "not in time",
    "not done",
    "delay",
    "late risk",
    "on track",
    "step",
)


CATEGORY_RX = {category: words_regex(words) for category, words in CATEGORY_WORDS.items() if words}
SIGNAL_RX = {
    "fulfilment": signal_regex(FULFILMENT, FULFILMENT_FIXED),
    "delay": signal_regex(DELAY, DELAY_FIXED),
    "late risk": signal_regex(LATE_RISK, LATE_RISK_FIXED),
    "denial": signal_regex(DENIAL, DENIAL_FIXED),
    "ended": words_regex(ENDED, adverbs=True),
    "hedged denial": words_regex(HEDGED_DENIAL, adverbs=True),
    "step": words_regex(STEP),
    "on track": signal_regex(ON_TRACK, ON_TRACK_FIXED),
    "not done": words_regex(NOT_DONE),
}
MANDATORY_RX = words_regex(MANDATORY, adverbs=True)
NO_DATE_RX = words_regex(NO_DATE)
DELAY_FRENCH_RX = words_regex(DELAY_FRENCH_ONLY)
MISSED_DATE_RX = cast(re.Pattern[str], _CompiledOnFirstUse(MISSED_DATE))
DATE_MOVED_RX = re.compile(DATE_MOVED)
NOT_AT_THE_TIME_RX = re.compile(NOT_AT_THE_TIME)
NOT_UNTIL_FRENCH_RX = re.compile(NOT_UNTIL_FRENCH)
LATENESS_RX = re.compile(r"(?<![\w])(?:" + "|".join(LATENESS) + r")")
IN_TIME_RX = words_regex(IN_TIME)
STEP_CLAIM_RX = words_regex(STEP_CLAIM)
# A claim whose statement promises a first (first flight, first services, first delivery)
# gets a new date only from a sentence that speaks of a first: "Ariane 6 launches Amazon's
# satellites in February" is not a new date for Ariane 6's first flight.
FIRST_RX = words_regex(
    _phrases(
        "first, initial, inaugural, maiden, debut, premier, premiere, premiers, premieres, "
        "inaugural, initial, initiale, "
        # Written in figures: "its 1st New Glenn rocket", "la 1re rame", "le 1er vol".
        "1st, 1er, 1re, 1ere, 1eres, 1ers"
    )
)

# After "first", a part of one whole ("the first phase of the airport", "le premier tronçon
# de la ligne"): the part is the thing promised, and news of it need not say "first".
FIRST_PART_RX = re.compile(
    r"\s+(?:phases?|stages?|sections?|legs?|stretch|segments?|troncons?)(?![\w])"
)

# A statement promising the first of a series: "the first batch of satellites", "la première
# tranche" (not "the first region" or "first services", the promised thing itself).
FIRST_OF_A_SERIES_RX = re.compile(
    r"(?<![\w])(?:first|initial|premier|premiere)\s+(?:batch|lot|series|serie|wave|vague|tranche)"
    r"(?![\w])"
)

_FR_MARKERS = _wordset("le la les des du une est pour dans sur avec qui que d'ici sera au aux")
_EN_MARKERS = _wordset("the and is are of for with that this will has have by its from")
STOP = (
    _EN_MARKERS
    | _FR_MARKERS
    | _wordset("first services service obtain start get make new go a an in on to de et en")
)
