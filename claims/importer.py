"""Find the dated promises in a news article: pure functions, no database, no network.

`extract_drafts(text, published_on=..., organisations=...)` splits an article into sentences
and keeps those that hold a commitment: a forward-looking phrase ("will", "plans to",
"prévoit", a French future tense...), an organisation (known to the ledger, or named in
the sentence) and, usually, a deadline read by `claims.deadlines.find_deadlines`. Dates
that are not promises are dropped: bylines and datelines, past events ("launched in 2021",
"a nommé en 2023"), dates before the day the promise was made, scheduled events ("will
take place", "se tiendra"). The rules, their limits and the measured precision and recall
are in docs/article-import.md.

`html_to_article(html)` extracts an HTML page's main text and metadata with trafilatura.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

from .deadlines import DeadlineParseError, DeadlineWindow, FoundDeadline, find_deadlines
from .models import Category

__all__ = [
    "ArticleText",
    "DraftCandidate",
    "KnownOrganisation",
    "Sentence",
    "article_header",
    "detect_language",
    "extract_drafts",
    "html_to_article",
    "looks_like_html",
    "split_sentences",
]

# A sentence longer than this is page furniture (a list run together, a table), not prose.
MAX_SENTENCE_LENGTH = 1500


@dataclass(frozen=True)
class KnownOrganisation:
    """An organisation of the ledger, as the importer matches it: its name and aliases."""

    pk: int | None
    name: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Sentence:
    text: str
    start: int  # offset in the article text
    paragraph: int


@dataclass(frozen=True)
class DraftCandidate:
    """One promise found in an article, with what an editor needs to judge it."""

    quote: str
    position: int
    statement: str
    promiser_pk: int | None
    promiser_name: str
    subject: str
    category: str
    deadline_text: str
    start: dt.date | None
    end: dt.date | None
    precision: str
    qualifier: str
    stated_on: dt.date
    reason: str

    def as_record(self) -> dict[str, str | None]:
        """The JSON shape other tools read (`import_article --json`)."""
        return {
            "quote": self.quote,
            "promiser": self.promiser_name,
            "subject": self.subject,
            "category": self.category,
            "deadline_text": self.deadline_text or None,
            "start": self.start.isoformat() if self.start else None,
            "end": self.end.isoformat() if self.end else None,
            "stated_on": self.stated_on.isoformat(),
            "reason": self.reason,
        }


@dataclass(frozen=True)
class ArticleText:
    """An article's text and what its page or header says about it (each may be empty)."""

    text: str
    title: str = ""
    author: str = ""
    published_on: dt.date | None = None


# ---------------------------------------------------------------------------------------
# Text helpers
# ---------------------------------------------------------------------------------------

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'"})


def _fold(text: str) -> str:
    """Lower case, plain apostrophes; same length as the input so offsets carry over."""
    return text.translate(_APOSTROPHES).lower()


def _compile(patterns: Iterable[str]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns))


def _words_between(text: str) -> int:
    return len(re.findall(r"[\w'-]+", text))


# ---------------------------------------------------------------------------------------
# Sentences
# ---------------------------------------------------------------------------------------

# Words whose trailing full stop does not end a sentence.
_ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "st",
        "inc",
        "ltd",
        "corp",
        "co",
        "no",
        "nos",
        "vs",
        "e.g",
        "i.e",
        "etc",
        "cf",
        "approx",
        "dept",
        "est",
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
        "m",
        "mme",
        "mmes",
        "mlle",
        "mm",
        "me",
        "pp",
        "p",
        "fig",
        "u.s",
        "u.k",
        "s.a",
        "s.a.s",
        "n.v",
        "b.v",
        "gen",
        "sen",
        "rep",
        "gov",
    ]
)
_BOUNDARY = re.compile(r"[.!?\u2026]+[\"'\u00bb\u201d\u2019)\]]*\s+")
_SENTENCE_OPENER = re.compile(r"[\"'\u00ab\u201c\u2018(\[]?\s*[A-Z\u00c0-\u00de0-9]")
_TERMINAL = re.compile(r"[.!?\u2026:;][\"'\u00bb\u201d\u2019)\]]*\s*$")


def _paragraphs(text: str) -> list[tuple[str, int]]:
    """Paragraphs with their offsets: lines, with soft-wrapped lines joined back together."""
    paragraphs: list[tuple[str, int]] = []
    current_start, current_end = -1, -1
    for match in re.finditer(r"[^\n]+", text):
        line = match.group()
        if not line.strip():
            continue
        continues = (
            current_start >= 0
            and text[current_end : match.start()].count("\n") == 1
            and not _TERMINAL.search(text[current_start:current_end])
            and line.lstrip()[:1].islower()
        )
        if continues:
            current_end = match.end()
            continue
        if current_start >= 0:
            paragraphs.append((text[current_start:current_end], current_start))
        current_start, current_end = match.start(), match.end()
    if current_start >= 0:
        paragraphs.append((text[current_start:current_end], current_start))
    return paragraphs


def split_sentences(text: str) -> list[Sentence]:
    """English or French prose into sentences, each with its offset in `text`.

    A sentence ends at . ! ? or … followed by a space and a capital letter, a digit or an
    opening quote, except after an abbreviation ("M.", "Dr.", "Inc.") or an initial ("J.").
    """
    sentences: list[Sentence] = []
    for number, (paragraph, offset) in enumerate(_paragraphs(text)):
        start = 0
        for boundary in _BOUNDARY.finditer(paragraph):
            if not _SENTENCE_OPENER.match(paragraph, boundary.end()):
                continue
            before = re.search(r"([\w.]+)\.*$", paragraph[start : boundary.start() + 1])
            word = before.group(1).rstrip(".").lower() if before else ""
            if word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
                continue
            chunk = paragraph[start : boundary.end()]
            if chunk.strip():
                lead = len(chunk) - len(chunk.lstrip())
                sentences.append(Sentence(chunk.strip(), offset + start + lead, number))
            start = boundary.end()
        chunk = paragraph[start:]
        if chunk.strip():
            lead = len(chunk) - len(chunk.lstrip())
            sentences.append(Sentence(chunk.strip(), offset + start + lead, number))
    return sentences


# ---------------------------------------------------------------------------------------
# Language, header (title, byline, dateline)
# ---------------------------------------------------------------------------------------

_FR_WORDS = frozenset(
    [
        "le",
        "la",
        "les",
        "des",
        "du",
        "une",
        "est",
        "pour",
        "dans",
        "avec",
        "qui",
        "sur",
        "au",
        "aux",
        "et",
        "ses",
        "son",
        "sa",
        "par",
        "pas",
        "ne",
        "d",
        "l",
        "qu",
        "cette",
        "été",
        "sont",
        "ont",
    ]
)
_EN_WORDS = frozenset(
    [
        "the",
        "of",
        "and",
        "to",
        "in",
        "is",
        "that",
        "for",
        "with",
        "its",
        "will",
        "on",
        "by",
        "it",
        "was",
        "are",
        "has",
        "have",
        "from",
        "this",
        "be",
    ]
)


def detect_language(text: str) -> str:
    """ "fr" or "en", by counting each language's commonest words."""
    words = re.findall(r"[a-zà-ÿ]+", _fold(text[:20_000]))
    french = sum(word in _FR_WORDS for word in words)
    english = sum(word in _EN_WORDS for word in words)
    return "fr" if french > english else "en"


_BYLINE = re.compile(
    r"^\s*(?:by|par|from|de notre (?:envoy[ée]e? sp[ée]ciale?|correspondante?))\s+"
    r"(?P<author>[^|,\u2014\u2013\n]+?)\s*(?:$|[|,\u2014\u2013]|\s-\s)",
    re.IGNORECASE,
)
_DATELINE = re.compile(
    r"^\s*(?:published|updated|posted|publi[ée]e?|mis(?:e)? [àa] jour|modifi[ée]e?)\b",
    re.IGNORECASE,
)


def _is_heading(paragraph: str) -> bool:
    """A title, a byline, a dateline or a caption: short and without a sentence's end."""
    words = _words_between(paragraph)
    if _BYLINE.match(paragraph) or _DATELINE.match(paragraph):
        return words <= 20
    return words < 20 and not _TERMINAL.search(paragraph)


def article_header(text: str, *, today: dt.date) -> ArticleText:
    """Title, author and publication date read from a plain-text article's first lines.

    The title is the first line when it reads like a heading; the author comes from a
    "By ..." / "Par ..." line; the date is the first full date (a day) on a heading line
    among the first four, e.g. "Published 16 January 2024" or "Par X | 8 octobre 2024".
    """
    paragraphs = [p for p, _ in _paragraphs(text)][:4]
    title = paragraphs[0].strip() if paragraphs and _is_heading(paragraphs[0]) else ""
    author, published_on = "", None
    for paragraph in paragraphs[1 if title else 0 :]:
        if not _is_heading(paragraph):
            break
        if not author and (byline := _BYLINE.match(paragraph)):
            author = byline.group("author").strip()
        if published_on is None:
            try:
                found = find_deadlines(paragraph, stated_on=today)
            except DeadlineParseError:
                found = []
            days = [f.window for f in found if f.window.precision == "day"]
            if days:
                published_on = days[0].start
    return ArticleText(text=text, title=title, author=author, published_on=published_on)


def looks_like_html(text: str) -> bool:
    head = text.lstrip()[:1000].lower()
    return head.startswith(("<!doctype html", "<html", "<?xml")) or bool(
        re.search(r"<(?:html|head|body|article|p|div)[\s>]", head)
    )


def html_to_article(html: str) -> ArticleText:
    """An HTML page's main text, title, author and publication date, via trafilatura.

    trafilatura works on the string given: it fetches nothing. An empty text means the
    page has no article text that it could find.
    """
    import trafilatura  # imported here: it is slow to import and only URL imports need it

    document = trafilatura.bare_extraction(
        html,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        favor_recall=True,
    )
    if document is None:
        return ArticleText(text="")
    data = document.as_dict() if hasattr(document, "as_dict") else dict(document)
    published_on = None
    if data.get("date"):
        try:
            published_on = dt.date.fromisoformat(str(data["date"])[:10])
        except ValueError:
            published_on = None
    return ArticleText(
        text=(data.get("text") or "").strip(),
        title=(data.get("title") or "").strip(),
        author=(data.get("author") or "").strip(),
        published_on=published_on,
    )


# ---------------------------------------------------------------------------------------
# The tables: forward-looking phrases, past-tense markers, events, vague times, categories
# ---------------------------------------------------------------------------------------

# Commitment phrases, on folded text. "strong" ones make a draft even without a date.
_FORWARD_EN = [
    r"\bwill\b",
    r"\bwould\b",
    r"\bshall\b",
    r"\b(?:it|we|they|he|she)'ll\b",
    r"\b(?:aims?|aiming|aimed) (?:to|for|at)\b",
    r"\b(?:plans?|planning|planned) to\b",
    r"\b(?:expects?|expecting) to\b",
    r"\b(?:intends?|intending|intended) to\b",
    r"\bhop(?:es?|ing) to\b",
    r"\b(?:is|are|was|were) (?:now |still )?set to\b",
    r"\b(?:is|are|was|were|remains?) (?:now |still )?due (?:to|in|by)\b"
    r"(?! (?:the|a|an|its|their|delays?|problems?|issues?|concerns?)\b)",
    r"\bon (?:track|course|schedule) to\b",
    r"\bgoing to\b",
    r"\b(?:scheduled|slated) (?:to|for)\b",
    r"\btarget(?:s|ing)\b",
]
_FORWARD_FR = [
    r"\bva\b",
    r"\bvont\b",
    r"\bvis(?:e|ent|ait)\b",
    r"\bprevoi(?:t|ent|yait)\b|\bprévoi(?:t|ent|yait)\b",
    r"\bdoi(?:t|vent)\b",
    r"\bcompt(?:e|ent|ait)\b(?<!\b(?:le|un|du|au|en|de) compte)",
    r"\bentend(?:ent)?\b",
    r"\bambitionn(?:e|ent)\b",
    r"\bespèr(?:e|ent)\b",
    r"\btable sur\b",
]
_STRONG = [
    r"\b(?:has |have |had )?(?:pledged?|pledges|pledging)\b",
    r"\b(?:has |have |had )?(?:promised?|promises|promising)\b",
    r"\b(?:commits?|committed|committing) (?:itself |themselves )?to\b",
    r"\bvows?\b|\bvowed\b",
    r"\bs'(?:est )?engag(?:e|ent|ée|ées|és|eait)\b",
    r"\b(?:a|ont|avait|avaient) promis\b",
    r"\bpromet(?:tent)?\b",
]
# French future tense (ouvrira, sera, lanceront...), tested in French articles only.
_FR_FUTURE = re.compile(r"\b[a-zà-ÿ]{2,}(?:ra|ront|rons|rez)\b")
_FR_NOT_FUTURE = frozenset(
    [
        "extra",
        "ultra",
        "caméra",
        "camera",
        "opéra",
        "opera",
        "sierra",
        "mantra",
        "cobra",
        "zebra",
        "algebra",
        "hydra",
        "contra",
        "para",
        "aura",
        "front",
        "affront",
        "tiara",
        "agora",
        "sahara",
        "riviera",
        "environs",
        "patrons",
        "marrons",
        "citrons",
        "chevrons",
        "larrons",
        "poltrons",
    ]
)
# A third party's expectation ("is expected in 2025") counts only when the sentence says
# who said it ("..., Bleu said", "according to Orange", "selon Bleu").
_EXPECTED = r"\b(?:is|are) (?:still |now )?expected (?:to|in|by|before)\b"

# Past-tense markers: a date they govern is an event, not a deadline.
_PAST_EN = re.compile(
    r"\b(?:was|were|had been|has been|have been|did|became|began|begun|came|went|took|"
    r"made|led|left|grew|won|bought|sold|spun|rose|fell|held|ago|since|last year|"
    r"previously|formerly|born)\b"
    r"|\b(?:set up|built)\b(?! (?:by|in) (?:the end|mid))"
    r"|\b[a-z]{3,}ed\b"
)
_NOT_PAST_ED = frozenset(
    [
        "need",
        "needed",
        "speed",
        "seed",
        "feed",
        "indeed",
        "hundred",
        "proceed",
        "succeed",
        "exceed",
        "based",
        "dedicated",
        "expected",
        "scheduled",
        "slated",
        "planned",
        "related",
        "limited",
        "detailed",
        "advanced",
        "qualified",
        "certified",
        "hosted",
        "managed",
        "united",
        "interested",
        "concerned",
        "committed",
        "pledged",
        "promised",
        "intended",
        "aimed",
        "red",
        "shared",
        "required",
        "combined",
        "skilled",
        "trusted",
        "automated",
        "integrated",
        "distributed",
        "named",
    ]
)
# Participles that make a past clause in French: "a obtenu", "créée en 2021", "depuis".
_PAST_FR = re.compile(
    r"\b(?:a|ont|avait|avaient|avons|ai|est|sont|était|étaient|fut|furent)\s+"
    r"(?:(?:déjà|été|pas|bien|aussi|notamment|par ailleurs|ainsi)\s+){0,2}"
    r"[a-zà-ÿ]+(?:é|ée|és|ées|i|ie|is|it|u|ue|us|ert|erte|int)\b"
    r"|\bdepuis\b|\bil y a\b|\bl'an dernier\b|\bl'année dernière\b"
)
# A participle right before its date: "créée en 2021", "nommé en 2023". Only when it touches
# the date: "centres de données en propre ... avant 2026" holds no past event.
_PAST_FR_ADJACENT = re.compile(r"\b([a-zà-ÿ]+(?:é|ée|és|ées))\s+(?=(?:en|au|le|début|fin|dès)\b)")
# Nouns with a participle's ending.
_NOT_PARTICIPLES = frozenset(
    [
        "données",
        "année",
        "années",
        "journée",
        "idée",
        "idées",
        "entrée",
        "entrées",
        "été",
        "clé",
        "clés",
        "durée",
        "lycée",
        "musée",
        "fusée",
        "armée",
        "vallée",
        "soirée",
        "matinée",
        "chaussée",
        "pensée",
    ]
)
# "will" after these is not the promiser's will: scheduled events and personnel moves.
_EVENTS = re.compile(
    r"\b(?:take place|be held|publish (?:its|their) (?:\w+ ){0,2}results|report (?:its|their) "
    r"(?:\w+ ){0,2}results|se tiendra|se tiendront|aura lieu|auront lieu|se déroulera|"
    r"publiera ses résultats|take up (?:his|her|the|their) (?:post|role|position)|take office|"
    r"step down|retire|prendra ses fonctions|succédera|quittera ses fonctions)\b"
)
# Vague times: the promise is real but undated ("will ultimately join Gaia-X").
_VAGUE = re.compile(
    r"\b(?:ultimately|eventually|soon|shortly|in the (?:coming|next few) (?:months|years)|"
    r"in the (?:near )?future|at some point|in due course|one day|over time|à terme|"
    r"prochainement|bientôt|dans les (?:mois|années) à venir|dans les prochains mois|"
    r"à l'avenir|un jour|d'ici peu|à moyen terme|à long terme)\b"
)
# Verbs that report speech: "In 2022 it had said it would ...", "avait promis en 2023 ...".
_SPEECH = (
    r"(?:had |has |have )?(?:said|stated|announced|promised|pledged|indicated|told|declared|"
    r"committed|explained|forecast)|(?:a|ont|avait|avaient) (?:dit|déclaré|annoncé|promis|"
    r"indiqué|affirmé|expliqué|assuré)|affirmait|promettait|annonçait"
)
_SPEECH_BEFORE_DATE = re.compile(rf"\b(?:{_SPEECH})\s+(?:(?:that|que|qu')\s+)?$")
_SPEECH_AFTER_DATE = re.compile(rf"^,?\s+(?:[\w'-]+\s+){{0,3}}?(?:{_SPEECH})\b")

_CATEGORIES: list[tuple[str, re.Pattern[str]]] = [
    (
        Category.CERTIFICATION,
        _compile(
            [
                r"\bsecnumcloud\b",
                r"\bqualifi(?:cation|ed|ée?s?)\b",
                r"\bcertifi(?:cation|ed|ée?s?)\b",
                r"\biso ?27001\b",
                r"\bhds\b",
                r"\beucs\b",
                r"\bc5\b",
                r"\bagrément\b",
                r"\bvisa de sécurité\b",
                r"\blabel\b",
                r"\baccredit",
            ]
        ),
    ),
    (
        Category.MEMBERSHIP,
        _compile(
            [
                r"\bjoin(?:s|ing)?\b",
                r"\bmember(?:ship)?\b",
                r"\bpartner(?:ship)?s?\b",
                r"\brejoindre\b",
                r"\badhér",
                r"\bmembre\b",
                r"\bpartenariat\b",
            ]
        ),
    ),
    (
        Category.AVAILABILITY,
        _compile(
            [
                r"\bavailab(?:le|ility)\b",
                r"\bdisponib(?:le|ilité)s?\b",
                r"\bgeneral availability\b",
                r"\bregions?\b",
                r"\brégions?\b",
                r"\bcommerciali[sz]",
            ]
        ),
    ),
    (
        Category.LAUNCH,
        _compile(
            [
                r"\blaunch",
                r"\bgo(?:es)? live\b",
                r"\bopen(?:s|ing)?\b",
                r"\broll(?:s|ing)? out\b",
                r"\bdebut\b",
                r"\blanc(?:er|era|eront|ement)\b",
                r"\bouvr(?:ir|ira|iront)\b",
                r"\bouverture\b",
                r"\bmise en service\b",
                r"\bdéployer\b",
                r"\bdeploy",
            ]
        ),
    ),
    (
        Category.PROGRAMME,
        _compile(
            [
                r"\bprogramme?\b",
                r"\breadiness\b",
                r"\bpilot\b",
                r"\broadmap\b",
                r"\binvest",
                r"\bhire\b|\brecruit|\brecruter\b",
                r"\bbuild\b",
                r"\bmigrat|\bmigrer\b",
                r"\bplan\b",
                r"\bpilote\b",
                r"\binvestir\b",
                r"\bconstruire\b",
                r"\bformer\b",
            ]
        ),
    ),
]

# Subjects that refer back to the organisation the article is about.
_BACK_REFERENCE = re.compile(
    r"\b(?:it|they|we|the (?:company|firm|group|provider|vendor|operator|business|"
    r"joint venture|start-up|startup|venture|subsidiary|management)|il|elle|ils|elles|nous|"
    r"la (?:société|coentreprise|filiale|direction|start-up|jeune pousse)|l'(?:entreprise|"
    r"hébergeur|éditeur|opérateur)|le (?:groupe|fournisseur|prestataire|spécialiste))\b"
)
# "Its first services ...", "Ses offres ...": the article's organisation again.
_POSSESSIVE_OPENING = re.compile(r"^\W*(?:its|their|son|sa|ses|leurs?)\b")
# Nouns that show a name is an organisation (in an apposition) or a person.
_ORG_NOUN = re.compile(
    r"\b(?:provider|company|vendor|firm|group|joint venture|start-?up|operator|maker|arm|"
    r"subsidiary|hébergeur|éditeur|fournisseur|société|entreprise|groupe|coentreprise|"
    r"filiale|opérateur|spécialiste|prestataire)\b"
)
_PERSON_NOUN = re.compile(
    r"\b(?:chief|ceo|cto|cfo|president|founder|director|head|chair(?:man|woman)?|minister|"
    r"directeur|directrice|président|présidente|fondateur|fondatrice|ministre|dirigeant)\b"
)
# Capitalised words that start sentences without naming anyone.
_NOT_NAMES = frozenset(
    [
        "a",
        "an",
        "the",
        "in",
        "on",
        "by",
        "at",
        "for",
        "from",
        "of",
        "to",
        "as",
        "its",
        "his",
        "her",
        "their",
        "our",
        "this",
        "that",
        "these",
        "those",
        "it",
        "we",
        "they",
        "he",
        "she",
        "but",
        "and",
        "or",
        "also",
        "after",
        "before",
        "since",
        "while",
        "when",
        "under",
        "with",
        "analysts",
        "chief",
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
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "le",
        "la",
        "les",
        "l",
        "un",
        "une",
        "des",
        "du",
        "de",
        "d",
        "en",
        "au",
        "aux",
        "par",
        "pour",
        "selon",
        "son",
        "sa",
        "ses",
        "leur",
        "leurs",
        "ce",
        "cette",
        "il",
        "elle",
        "ils",
        "elles",
        "nous",
        "dans",
        "sur",
        "avec",
        "après",
        "avant",
        "depuis",
        "chez",
        "lors",
        "et",
        "ou",
        "mais",
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
        "lundi",
        "mardi",
        "mercredi",
        "jeudi",
        "vendredi",
        "samedi",
        "dimanche",
        "q1",
        "q2",
        "q3",
        "q4",
        "h1",
        "h2",
        "t1",
        "t2",
        "t3",
        "t4",
        "s1",
        "s2",
        "general",
        "regulators",
        "customers",
    ]
)
_CONNECTIVE = re.compile(
    r"(?:meanwhile|however|separately|elsewhere|moreover|in addition|for its part|"
    r"cependant|par ailleurs|de son côté|de leur côté|enfin|ainsi|en outre)\b,?\s+",
    re.IGNORECASE,
)
_NAME = re.compile(
    r"[A-Z\u00c0-\u00de][\w&.-]*[\w&](?:[ -](?:[A-Z\u00c0-\u00de0-9][\w&.-]*[\w&]|[A-Z0-9]))*"
)
_ATTRIBUTION = re.compile(
    r"(?:according to|selon|d'après)\s+(?P<after>[^,.;]+)"
    r"|,\s*(?P<before>[^,.;\"\u00bb\u201d]+?)\s+(?:said|says|told|added|a (?:indiqué|précisé|"
    r"déclaré|annoncé|assuré)|indique|précise|affirme)\b"
    r"|^(?P<lead>[^,.;]+?)\s+(?:now |also )?(?:says|said|announced|affirme|indique|assure)\b"
)


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
    language = language or detect_language(text)
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


def normalise_text(text: str) -> str:
    """Plain line endings, no control characters, no trailing spaces: stored and compared."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = "".join(ch for ch in text if ch in "\n\t" or unicodedata.category(ch)[0] != "C")
    return "\n".join(line.rstrip() for line in text.split("\n")).strip()
