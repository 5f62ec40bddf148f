"""Folding text and telling English from French: the one way every reader in `language` does it.

Two folds, both one character for one character, so a match found on the folded copy can be
cut from the original text at the same offsets:

- `fold`: lower case, accents removed, one kind of apostrophe, dash and space. The deadline
  parser and the news matcher read this.
- `fold_case`: lower case and plain apostrophes, accents kept. The article reader's French
  patterns tell participles ("créée", "nommé") from other words by their accents.

`fold_words` is `fold` with runs of spaces squeezed, for comparing names and terms.
`tidy` writes one text the same way whatever its source's typography (composed accents, one
kind of space, no doubled spaces, lines broken inside a sentence joined), keeping where each
character came from, so that what is read in the tidy text can be cut from the original.
`language_score` and `guess_language` count each language's commonest words.
`TITLE_ABBREVIATIONS` and `ABBREVIATIONS` are the words whose full stop ends no sentence.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

__all__ = [
    "ABBREVIATIONS",
    "TITLE_ABBREVIATIONS",
    "fold",
    "fold_case",
    "fold_words",
    "guess_language",
    "language_score",
    "normalise_text",
    "single_line",
    "text_problem",
    "tidy",
    "Tidied",
]

# Words whose trailing full stop ends no sentence, in lower case, English and French; the
# article reader and the news matcher both split sentences with them. A title stands before
# a name ("Dr. Smith", "M. Jost", "Sen. Warren"), so its full stop ends no sentence before a
# capital either; the others (months, company suffixes, Latin and reference abbreviations,
# countries' initials) surely end none before a word in lower case or a number ("Sept. 9",
# "Tesla Inc. is"). A single capital letter is an initial, read as a title.
TITLE_ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "st",
        "m",
        "mme",
        "mmes",
        "mlle",
        "mm",
        "me",
        "mgr",
        "pr",
        "gen",
        "sen",
        "rep",
        "gov",
        # "Hon. Ursula Owusu", "Rt. Hon. …": the Honourable, a title in Commonwealth news.
        "hon",
        "rt",
    ]
)
# A year as written in news, 1900 to 2099 ("in 2026", "2025-2027").
YEAR_RX = re.compile(r"\b(?:19|20)\d\d\b")
# Months written short ("Nov. 12", "sept."): no sentence ends after one, and no name is one.
MONTH_ABBREVIATIONS = ("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
                       "nov", "dec")  # fmt: skip
ABBREVIATIONS = TITLE_ABBREVIATIONS | frozenset(
    [
        "inc",
        "ltd",
        "corp",
        "co",
        "no",
        "nos",
        "jr",
        "sr",
        "vs",
        "e.g",
        "i.e",
        "etc",
        "cf",
        "approx",
        "dept",
        "est",
        "pp",
        "p",
        "fig",
        *MONTH_ABBREVIATIONS,
        "u.s",
        "u.k",
        "s.a",
        "s.a.s",
        "n.v",
        "b.v",
    ]
)

_APOSTROPHES = frozenset("\u2019\u2018\u02bc\u02b9\u0060\u00b4\u2032\u201b")
_DASHES = frozenset("\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe63\uff0d")
_CASE_APOSTROPHES = str.maketrans(dict.fromkeys(_APOSTROPHES, "'"))
# Every sign written for an apostrophe, escaped for a regular expression's character set, and
# that set: for patterns that read text whose apostrophes were not folded (they keep its case).
APOSTROPHE_CHARS = re.escape("'" + "".join(sorted(_APOSTROPHES)))
APOSTROPHE_SIGNS = f"[{APOSTROPHE_CHARS}]"


@functools.lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    if ch in _APOSTROPHES:
        return "'"
    if ch in _DASHES:
        return "-"
    if ch.isspace():
        # Line breaks and tabs stay, as on the ASCII path, so a text folds the same with or
        # without an accent in it; other spaces (no-break, thin...) become the plain one.
        return ch if ch.isascii() else " "
    low = ch.lower()
    if len(low) != 1:  # e.g. "İ" lowers to two code points; keep offsets aligned
        low = ch
    decomposed = unicodedata.normalize("NFKD", low)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return stripped if len(stripped) == 1 else low


def fold(text: str) -> str:
    """Lower case, no accents, plain apostrophes, dashes and spaces; same length as `text`."""
    if text.isascii():
        # ASCII's one stand-in apostrophe is the grave accent ("d`ici").
        return text.lower().replace("`", "'")
    return "".join(map(_fold_char, text))


def fold_case(text: str) -> str:
    """Lower case and plain apostrophes, accents kept; same length as `text`."""
    return text.translate(_CASE_APOSTROPHES).lower()


def fold_words(text: str) -> str:
    """`fold`, with every run of whitespace made one space and the ends stripped (accents
    written as a letter and a combining mark composed first, invisible characters dropped)."""
    if not text.isascii():
        text = unicodedata.normalize("NFC", text).translate(_DROPPED)
    return " ".join(fold(text).split())


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Words that tell the two languages apart, folded. Words both languages use ("a", "en" as
# a number word...) are left out; deadline vocabulary is in because a short phrase ("fin
# 2025", "by Q3") has little else to go on.
_ENGLISH = _words(
    """the of and to in is that for with its will on by it was are has have from this be
    end early mid middle late beginning start before not no within next year years quarter
    quarters half first second third fourth summer spring autumn fall winter month months
    week weeks day days later latest earliest at than until during over now time decade
    go live launch available expected said would should plans plan around through least
    couple dozen months' calendar fiscal current following coming more
    one two three four five seven eight nine ten eleven twelve thirteen fourteen fifteen
    sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety"""
)
_FRENCH = _words(
    """le la les des du une est pour dans avec qui sur au aux et ses son sa par pas ne d l qu
    cette ete sont ont que en d'ici sera ici l' d' fin debut mi milieu avant plus tard tot
    prochain prochaine prochains prochaines annee annees ans trimestre trimestres semestre
    semestres premier premiere deuxieme troisieme quatrieme seconde printemps automne hiver
    mois semaine semaines jour jours cet ce courant cours de decennie seront prevu prevue
    horizon jusqu'a jusqu'au jusqu'en delai sous moins meme mieux demi demie viennent venir
    suivant suivants n' qu' jusqu' exercice rien
    janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre
    janv fevr avr juil deux trois quatre cinq huit neuf dix onze douze treize quatorze
    quinze seize vingt trente quarante cinquante soixante"""
)
_WORD = re.compile(r"[a-z]+'|[a-z]+(?:'[a-z]+)?", re.ASCII)
_FRENCH_TOKENS = re.compile(r"\b(?:t[1-4]|s[12]|[1-4]t|[12]s|[1-4]e|[1-4]eme|1er)\b", re.ASCII)
_ENGLISH_TOKENS = re.compile(r"\b(?:q[1-4]|h[12]|[1-4]q|[12]h|1st|2nd|3rd|4th)\b", re.ASCII)
# Articles are long; their first 20,000 characters say which language they are in.
_SAMPLE = 20_000


def language_score(text: str) -> int:
    """Positive for French, negative for English, zero when the text does not say.

    `text` may be folded already (folding it again changes nothing).
    """
    folded = fold(text[:_SAMPLE])
    score = 0
    for word in _WORD.findall(folded):
        if word in _FRENCH:
            score += 1
        elif word in _ENGLISH:
            score -= 1
    return score + len(_FRENCH_TOKENS.findall(folded)) - len(_ENGLISH_TOKENS.findall(folded))


def guess_language(text: str, default: str = "en") -> str:
    """ "fr" or "en" by `language_score`; `default` (English unless French) when it is a tie."""
    score = language_score(text)
    if score == 0:
        return "fr" if default == "fr" else "en"
    return "fr" if score > 0 else "en"


# Characters that change how text around them displays (the "Trojan Source" bidi controls).
_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_LINE_BREAKS = str.maketrans(dict.fromkeys("\r\u2028\u2029\x85\x0b\x0c", "\n"))


def normalise_text(text: str) -> str:
    """Plain line endings, no control characters, no trailing spaces: stored and compared."""
    text = text.replace("\r\n", "\n").translate(_LINE_BREAKS)
    text = unicodedata.normalize("NFC", text)
    text = "".join(
        ch
        for ch in text
        if ch in "\n\t" or (unicodedata.category(ch)[0] != "C" and ch not in _BIDI_CONTROLS)
    )
    return "\n".join(line.rstrip() for line in text.split("\n")).strip()


def text_problem(text: str, *, multiline: bool) -> str | None:
    """What makes `text` unfit to store, in words, or None when it is fine.

    Single-line text (a name, a title, a statement) holds no line break and no control
    character; multi-line text (a quote, notes, an article) may hold line breaks and tabs but
    no other control character. Neither may hold bidirectional overrides or lone surrogates.
    """
    for position, ch in enumerate(text, 1):
        if ch in "\n\r\u2028\u2029\x85":
            if multiline and ch in "\n\r":
                continue
            return f"a line break at character {position}: this field is one line"
        if ch == "\t" and multiline:
            continue
        category = unicodedata.category(ch)
        if category == "Cc":
            return f"the control character U+{ord(ch):04X} at character {position}"
        if category == "Cs":
            return f"an unpaired surrogate U+{ord(ch):04X} at character {position}"
        if ch in _BIDI_CONTROLS:
            return f"the text-direction override U+{ord(ch):04X} at character {position}"
    return None


def single_line(text: str) -> str:
    """One line: every run of whitespace (line breaks included) made one space, control
    characters and direction overrides dropped. For titles and names read from outside."""
    kept = "".join(
        ch
        for ch in text
        if ch not in _BIDI_CONTROLS and unicodedata.category(ch) not in ("Cc", "Cs") or ch.isspace()
    )
    return " ".join(kept.split())


# --- One text whatever its typography -------------------------------------------------------

# No-break, thin, figure and other fixed-width spaces, and tabs, are spaces to a reader.
_SPACES = frozenset(
    "\u00a0\u202f\u2007\u2009\u200a\u2002\u2003\u2004\u2005\u2006\u2008\u205f\u3000\t\x0b\x0c"
)
# Soft hyphens, zero-width spaces and joiners, word joiners and byte-order marks show nothing.
_INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
_DROPPED = str.maketrans(dict.fromkeys(_INVISIBLE))
_HYPHENS = {"\u2010": "-", "\u2011": "-"}  # the hyphen and the no-break hyphen
# Apostrophes Unicode counts as letters ("ʼ", "ʹ"): written "’", so that "lʼédition" and
# "Companyʼs" end a word where "l’édition" and "Company’s" do.
_LETTER_APOSTROPHES = {"\u02bc": "\u2019", "\u02b9": "\u2019"}
# A line ending inside a sentence whose next line goes on in lower case was broken by a width.
_BROKEN_LINE = re.compile(r"(?<=[^\s.!?:;])\n(?=[a-z\u00e0-\u00ff(])")
# A list item's marker at a line's start: its lines are items, whatever their length.
# Anything the slow path would change: a character to compose, replace or drop, a doubled
# space, a space at a line's edge.
_UNTIDY = re.compile(
    "[\r\t\x0b\x0c\u00a0\u202f\u2007\u2009\u200a\u2002-\u2006\u2008\u205f\u3000"
    "\u00ad\u200b-\u200d\u2060\ufeff\u2010\u2011\u02b9\u02bc"
    "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]|  | \n|\n |^ "
)
_LIST_MARKER = re.compile(r"^(?:[-*\u2022\u2013\u2014]|\d{1,2}[.)])\s", re.MULTILINE)
_WRAP_WIDTHS = (55, 100)  # how long the lines of a text wrapped at a fixed width run
_WRAP_SLACK = 25  # how much shorter than the longest a wrapped line may be


@dataclass(frozen=True)
class Tidied:
    """A tidy text and, for each of its characters, the span of the original it stands for
    (None when the text was already tidy)."""

    text: str
    starts: tuple[int, ...] | None = None
    ends: tuple[int, ...] | None = None

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The span of the original that the tidy text's `start:end` stands for."""
        if self.starts is None or self.ends is None:
            return start, end
        if end <= start:
            at = (
                self.starts[start]
                if start < len(self.starts)
                else self.ends[-1]
                if self.ends
                else 0
            )
            return at, at
        return self.starts[start], self.ends[end - 1]


def tidy(text: str) -> Tidied:
    """`text` written one way whatever its source's typography: accents composed (NFC),
    every kind of space and the tab a plain space, doubled spaces and spaces around line
    breaks dropped, invisible characters dropped, no-break hyphens plain, apostrophes that
    Unicode counts as letters ("ʼ") written "’", line endings "\n";
    then the line breaks of a text wrapped at a fixed width, and those inside a sentence that
    goes on in lower case, made spaces. Idempotent: a tidy text comes back unchanged."""
    if not _UNTIDY.search(text):
        # Nothing to compose, replace or drop: only line breaks may become spaces, one for one.
        breaks = _joined_line_breaks(text)
        if not breaks:
            return Tidied(text)
        kept = list(text)
        for at in breaks:
            kept[at] = " "
        return Tidied("".join(kept))
    chars: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    n = len(text)
    i = 0
    while i < n:
        j = i + 1
        while j < n and unicodedata.combining(text[j]):
            j += 1  # a letter with the marks that follow it is one character once composed
        group = text[i:j] if j == i + 1 else unicodedata.normalize("NFC", text[i:j])
        for ch in group:
            if ch == "\r":
                if j < n and text[j] == "\n":
                    continue  # "\r\n" is one line ending
                ch = "\n"
            if ch in _INVISIBLE:
                continue
            if ch in _SPACES and not (ch == "\u00a0" and i and text[i - 1] == "\u00c2"):
                # (A no-break space after "Â" is half of one mis-decoded, which readers
                # that repair such text still recognise: left as it is.)
                ch = " "
            ch = _HYPHENS.get(ch, ch)
            ch = _LETTER_APOSTROPHES.get(ch, ch)
            if ch == " " and (not chars or chars[-1] in " \n"):
                continue
            if ch == "\n" and chars and chars[-1] == " ":
                chars.pop(), starts.pop(), ends.pop()
            chars.append(ch)
            starts.append(i)
            ends.append(j)
        i = j
    joined = "".join(chars)
    for at in _joined_line_breaks(joined):
        chars[at] = " "
    tidied = "".join(chars)
    if tidied == text:
        return Tidied(text)
    return Tidied(tidied, tuple(starts), tuple(ends))


def _joined_line_breaks(text: str) -> list[int]:
    """Where a line break is no break of the text: in a block of lines of about one length
    (a text wrapped at a fixed width), or inside a sentence that goes on in lower case."""
    if "\n" not in text:
        return []
    found = []
    offset = 0
    for block in text.split("\n\n"):
        lines = block.split("\n")
        longest = max(map(len, lines))
        if (
            len(lines) > 1
            and _WRAP_WIDTHS[0] <= longest <= _WRAP_WIDTHS[1]
            and all(len(line) >= longest - _WRAP_SLACK for line in lines[:-1])
            and not _LIST_MARKER.search(block)
        ):
            at = offset
            for line in lines[:-1]:
                at += len(line)
                found.append(at)
                at += 1
        offset += len(block) + 2
    found += [m.start() for m in _BROKEN_LINE.finditer(text) if m.start() not in found]
    return sorted(found)
