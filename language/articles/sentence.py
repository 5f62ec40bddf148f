"""A sentence as the article reader sees it: its commitment phrases, its speaker, its clauses.

The clause helpers find where a commitment's clause starts (after "that", "que", a colon, a
quotation mark...) and which parts of a stretch are outside appositions (", set up by
Orange and Capgemini,"), so that the subject of a commitment can be told from the names
around it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from language.text import fold_case as _fold

from .lexicon import CueRule
from .records import Sentence


@dataclass
class _Cue:
    """A commitment phrase found in a sentence, and why its dates are no promise if they are not."""

    start: int
    end: int
    phrase: str
    rule: CueRule
    dropped: str = ""  # "an earlier, superseded plan", "someone's estimate"...


@dataclass
class _Org:
    """An organisation named in a sentence (at start..end), in the ledger (pk) or not."""

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
